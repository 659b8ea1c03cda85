"""What a story is: the headline that says what most of its headlines say, and the
people, organisations and places its articles name.

A story is stored under its first article's headline, which is often a preview or an
early, partial report (a match story that began with the coach's pre-match remarks).
Lists, the story view and briefs show instead the *representative* headline: the
member headline closest to all of them. Its entities are read from its articles'
leads when asked for (the NER model costs ~10 ms a lead: too much to run on every
article the clusterer places).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kabar.records import Article, Mention
from kabar.resolve import fold
from kabar.stories.features import cosine, title_vector

# A headline of the score at half-time ("Hasil Babak Pertama ...: Skor Masih 0-0",
# "Tim Tamu Tertinggal 0-2 di Babak Pertama") tells a moment of the match, not its
# result: no story's title while another headline is at hand (2 of the shared corpus's
# 823 multi-article stories had one, a 0-0 for a 4-0 and a 0-3 for a 0-5).
_INTERIM = re.compile(r"\b(?:babak pertama|babak I|half[- ]?time|turun minum|skor sementara)\b", re.IGNORECASE)


def representative_title(titles: Sequence[str]) -> str:
    """The headline among ``titles`` (a story's, oldest first) whose terms are closest
    (cosine) to the sum of every headline's: the medoid, in linear time. Ties go to the
    earlier headline; headlines without a usable word count for nothing, and a
    half-time headline (:data:`_INTERIM`) only when every headline is one. "" for none."""
    vectors = [title_vector(t) for t in titles]
    final = [not _INTERIM.search(t) for t in titles]
    if not any(final):
        final = [True] * len(titles)
    centroid: dict[str, float] = {}
    for vector in vectors:
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + weight
    if not centroid:
        return next((t for t in titles if t.strip()), "")
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    best, best_score = 0, -1.0
    for i, vector in enumerate(vectors):
        score = cosine(vector, centroid, 1.0, norm) if final[i] else -1.0
        if score > best_score:
            best, best_score = i, score
    return titles[best]


# An article that joined its story with a score below this is a weak match, shown as
# such: on the 60 hand-checked stories of tests/stories/data/purity_check.md (checks 7
# and 8), 16 of the 20 stories mixing happenings had a member that joined below 0.4,
# and 13 of the 40 pure ones (the join threshold is 0.3).
WEAK_MATCH = 0.4


def weak_members(members: Iterable[dict[str, Any]]) -> list[str]:
    """The ids of the members (``Database.story_members`` rows) that joined their
    story on weak evidence: the articles to check first when a story may mix two
    happenings."""
    return [m["article_id"] for m in members if float(m["score"]) < WEAK_MATCH]


# How much of each article is read for the story's people, organisations and places:
# the lead, where news names who and where (the rest is background and quotes).
LEAD_CHARS = 600
# Entities shown per type.
TOP_ENTITIES = 5
# In a story of at least this many articles, an entity named by one article only is
# left out: a single lead's passing mention (or a model slip) is not what the story is
# about.
ENTITY_MIN_STORY = 3
_TYPES = {"PERSON": "people", "ORG": "organisations", "LOC": "places"}


def lead(text: str, chars: int = LEAD_CHARS) -> str:
    """The first ``chars`` of ``text``, cut back to the last sentence end (else word
    end) inside them, so no name is cut in two."""
    if len(text) <= chars:
        return text
    head = text[:chars]
    end = max(head.rfind(". "), head.rfind(".\n"))
    if end >= chars // 3:
        return head[: end + 1]
    space = head.rfind(" ")
    return head[:space] if space > 0 else head


def story_entities(articles: Iterable[Article], top: int = TOP_ENTITIES) -> dict[str, list[dict[str, Any]]]:
    """The people, organisations and places a story's articles name in their leads
    (the analyze stage's mentions: entities, people with a role, named speakers; one
    entity per person across spellings, an acronym with its expansion, by the resolve
    stage), most articles first:
    ``{"people": [{"name", "articles", "aliases"}, ...], "organisations": [...],
    "places": [...]}``."""
    from kabar.analyze.stage import find_mentions
    from kabar.resolve import resolve

    mentions: list[Mention] = []
    documents = 0
    for article in articles:
        documents += 1
        mentions.extend(find_mentions(article.id, lead(article.body))[1])
    least = 2 if documents >= ENTITY_MIN_STORY else 1
    found = [_Found(e.type, display_name(e.mentions), {m.document for m in e.mentions}, {m.text for m in e.mentions})
             for e in resolve(mentions)]
    # a name the model also typed otherwise ("Iran" as a person in two leads, a place
    # in twenty) is kept under its commonest type, a full name's on a tie
    best_type: dict[str, tuple[int, int, str]] = {}
    for item in found:
        rank = (len(item.documents), len(item.name.split()), item.kind)
        for form in item.forms:
            best_type[fold(form)] = max(best_type.get(fold(form), rank), rank)
    out: dict[str, list[dict[str, Any]]] = {kind: [] for kind in _TYPES.values()}
    for item in sorted(found, key=lambda f: (-len(f.documents), f.name)):
        listed = out[_TYPES[item.kind]]
        if (len(listed) >= top or len(item.documents) < least or item.name == item.name.lower()
                or best_type[fold(item.name)][2] != item.kind):
            # (a lower-case "name" is a common word the model took for one)
            continue
        listed.append({"name": item.name, "articles": len(item.documents), "aliases": sorted(item.forms - {item.name})})
    return out


@dataclass(slots=True)
class _Found:
    kind: str
    name: str
    documents: set[str]
    forms: set[str]


_CLEAN_NAME = re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+)*\.?")


def display_name(mentions: Sequence[Mention]) -> str:
    """The form of a name most articles use ("Patrick Kluivert" over "Kluivert"), a
    clean one over one with a glued word or stray mark ("AS)Donald Trump"); on a tie
    the longer."""
    docs: dict[str, set[str]] = {}
    for mention in mentions:
        docs.setdefault(mention.text, set()).add(mention.document)
    return max(docs, key=lambda form: (bool(_CLEAN_NAME.fullmatch(form)), len(docs[form]), len(form.split()), form))
