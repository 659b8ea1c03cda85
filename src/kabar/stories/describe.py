"""What to call a story: the headline that says what most of its headlines say.

A story is stored under its first article's headline, which is often a preview or an
early, partial report (a match story that began with the coach's pre-match remarks).
Lists, the story view and briefs show instead the *representative* headline: the
member headline closest to all of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kabar.stories.features import cosine, title_vector


def representative_title(titles: Sequence[str]) -> str:
    """The headline among ``titles`` (a story's, oldest first) whose terms are closest
    (cosine) to the sum of every headline's: the medoid, in linear time. Ties go to the
    earlier headline; headlines without a usable word count for nothing. "" for none."""
    vectors = [title_vector(t) for t in titles]
    centroid: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
    if not centroid:
        return next((t for t in titles if t.strip()), "")
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    best, best_score = 0, -1.0
    for i, vector in enumerate(vectors):
        score = cosine(vector, centroid, 1.0, norm)
        if score > best_score:
            best, best_score = i, score
    return titles[best]
