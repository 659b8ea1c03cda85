"""Near-duplicate articles: syndication, re-posts, one piece under two URLs, excerpts.

MinHash signatures (datasketch) over word shingles of the clean text, banded into an
LSH index that lives in SQLite (so it is incremental and needs no rebuild), then each
candidate is checked with the signature's Jaccard estimate and with the estimated
containment of the shorter text in the longer one (a page-one excerpt is contained in
the full article but shares little of it by Jaccard).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from kabar.analyze.temporal import DAY_IN_BRACKETS

# 128 permutations: Jaccard estimates within about +-0.09 (2 sigma) at J=0.5.
NUM_PERM = 128
# Word 5-grams: long enough that unrelated news on one topic rarely shares them,
# short enough that light edits (a changed word per sentence) keep most of them.
SHINGLE_WORDS = 5
# LSH bands x rows for a candidate threshold near Jaccard 0.3 (datasketch's optimal
# parameters for t=0.3, 128 permutations): low, so that excerpts (containment high,
# Jaccard low) still become candidates; candidates are verified below.
LSH_BANDS = 37
LSH_ROWS = 3
# Verified duplicate: estimated Jaccard >= 0.7 (re-posts with light edits score 0.75-1
# on the corpus's cross-file copies), or the shorter text >= 90% contained in the
# longer (excerpts, teasers) when the shorter has at least MIN_SHINGLES shingles.
DUPLICATE_JACCARD = 0.7
DUPLICATE_CONTAINMENT = 0.9
MIN_SHINGLES = 20

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class Signature:
    hashvalues: np.ndarray
    shingles: int

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype(np.uint64).tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        return cls(np.frombuffer(data, dtype=np.uint64), shingles)

    def bands(self) -> list[bytes]:
        values = self.hashvalues.astype(np.uint64)
        return [
            hashlib.blake2b(values[i * LSH_ROWS : (i + 1) * LSH_ROWS].tobytes(), digest_size=8).digest()
            for i in range(LSH_BANDS)
        ]


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text, or None when it has no words."""
    from datasketch import MinHash

    items = shingles(text)
    if not items:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(items))
    return Signature(np.asarray(mh.hashvalues, dtype=np.uint64), len(items))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    jaccard = float(np.mean(a.hashvalues == b.hashvalues))
    small, large = sorted((a.shingles, b.shingles))
    intersection = jaccard * (small + large) / (1.0 + jaccard)
    return jaccard, min(1.0, intersection / max(1, small))


def is_duplicate(a: Signature, b: Signature) -> tuple[bool, float, float]:
    jaccard, containment = similarity(a, b)
    contained = containment >= DUPLICATE_CONTAINMENT and min(a.shingles, b.shingles) >= MIN_SHINGLES
    return jaccard >= DUPLICATE_JACCARD or contained, jaccard, containment


# Below this Jaccard, two texts that share most words must also share their figures:
# templated stories of one outlet ("6,5 Hektar Lahan Terbakar di ..." and "2 Hektar
# Lahan Terbakar di ...") share their wording but not their numbers, while excerpts
# and re-posts carry the same figures.
FIGURES_CHECK_BELOW_JACCARD = 0.9
# Share of the shorter text's figures that must appear in the longer one.
MIN_SHARED_FIGURES = 0.9
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


# Two texts that both write days in brackets (:data:`DAY_IN_BRACKETS`), the shorter
# some the longer does not, are two reports however alike: one outlet's schedule
# template filled in for a Wednesday and again for the Friday after (Jaccard 0.92) had
# been one article and its copy. Of the 108 copies linked in the shared corpus, that
# pair was the only one so told apart.


def same_figures(a: str, b: str, jaccard: float) -> bool:
    """Whether the shorter text's figures (nearly) all appear in the longer text, and
    the days in brackets it writes too (see :data:`DAY_IN_BRACKETS`)."""
    short, long = sorted((a, b), key=len)
    short_days = {m.groups() for m in DAY_IN_BRACKETS.finditer(short)}
    long_days = {m.groups() for m in DAY_IN_BRACKETS.finditer(long)}
    if short_days and long_days and not short_days <= long_days:
        return False
    if jaccard >= FIGURES_CHECK_BELOW_JACCARD:
        return True
    figures = set(_FIGURE.findall(short))
    if not figures:
        return True
    shared = len(figures & set(_FIGURE.findall(long)))
    return shared / len(figures) >= MIN_SHARED_FIGURES
