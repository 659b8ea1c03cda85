"""A CRF tagger (python-crfsuite) for text written without capitals: the fourth voter.

Text without capitals (:func:`kabar.analyze.ner_model.is_uncased`) goes to a vote of
the three uncased spaCy models (:func:`kabar.analyze.ner_model.vote_entities`). Those
three are one model family (a CNN over hashed embeddings) and share their errors; a
linear-chain CRF over hand-made features errs elsewhere, so as a fourth voter it
raises the vote's recall more than its false spans (see ``CRF_VOTER`` in
``scripts/train_crf.py`` for the figures). The model is trained by
``scripts/train_crf.py`` on the same data as ``ner_id_uncased_2`` (NERGrit lowercased
+ NERP) and ships in ``kabar/models/ner_id_crf`` with its ``LICENSE-DATA.md``.

Features (:func:`token_features`) are strings, one list per token: the word, its
shape, prefixes and suffixes, its Zipf frequency in Indonesian (wordfreq) in half
steps, the gazetteer marks of :class:`kabar.analyze.ner_model.GazetteerTagger` (the
shipped table), and the same for two words either side. Training and tagging call the
same function, so the two cannot drift apart.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from kabar.analyze.conll import tags_to_spans
from kabar.analyze.ner_model import (
    MODEL_DIR,
    GazetteerTagger,
    NerModelMissingError,
    _zipf_table,
    load_ner,
)

logger = logging.getLogger(__name__)

CRF_DIR = MODEL_DIR.parent / "ner_id_crf"
CRF_MODEL = CRF_DIR / "model.crfsuite"
# Words either side whose features a token also gets.
CONTEXT = (-2, -1, 1, 2)
_PAD = "<pad>"


def word_shape(word: str) -> str:
    """Capitals X, lowercase x, digits d, anything else itself; runs collapsed
    ("Jl.": "Xx.", "2025": "d")."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def zipf_step(word: str) -> str:
    """The word's Zipf frequency in Indonesian rounded down to a half step ("4.5"),
    "none" when it is not a listed word."""
    zipf = _zipf_table().get(word.lower()) if word.isalpha() else None
    return "none" if zipf is None else str(int(zipf * 2) / 2)


def token_features(words: Sequence[str], marks: Sequence[str]) -> list[list[str]]:
    """Each token's features (``marks``: the gazetteer's tag of each token, ``""`` when
    none, as :meth:`GazetteerTagger.marks` gives them)."""
    low = [w.lower() for w in words]
    shapes = [word_shape(w) for w in words]
    zipfs = [zipf_step(w) for w in words]
    out: list[list[str]] = []
    for i, word in enumerate(low):
        f = [
            "b",
            f"w={word}",
            f"sh={shapes[i]}",
            f"s3={word[-3:]}",
            f"p3={word[:3]}",
            f"s2={word[-2:]}",
            f"z={zipfs[i]}",
            f"len={min(len(word), 10)}",
        ]
        f.extend(f"g={m}" for m in marks[i].split("|") if m)
        for d in CONTEXT:
            j = i + d
            if 0 <= j < len(words):
                f.extend((f"{d}w={low[j]}", f"{d}sh={shapes[j]}", f"{d}z={zipfs[j]}"))
                f.extend(f"{d}g={m}" for m in marks[j].split("|") if m)
            else:
                f.append(f"{d}w={_PAD}")
        if i > 0:
            f.append(f"bi-={low[i - 1]}|{word}")
        if i + 1 < len(words):
            f.append(f"bi+={word}|{low[i + 1]}")
        out.append(f)
    return out


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """:func:`token_features` of ``words`` with the shipped gazetteer's marks."""
    gazetteer = cast(GazetteerTagger, load_ner(True).get_pipe("gazetteer"))
    return token_features(words, gazetteer.marks(words))


class CrfTagger:
    """One trained CRF model: :meth:`spans` of a tokenised sentence."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self.path = path
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tags(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(sentence_features(words)))

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """The entities (token start, end, label) the CRF finds in ``words``."""
        return [(s.start, s.end, s.label) for s in tags_to_spans(self.tags(words))]


@functools.cache
def load_crf() -> CrfTagger:
    """The shipped CRF (``kabar/models/ner_id_crf``), loaded on first call and cached.
    Raises :class:`NerModelMissingError` when it is missing."""
    if not CRF_MODEL.is_file():
        raise NerModelMissingError(
            f"kabar's CRF NER model is missing at {CRF_MODEL}; rebuild it with "
            "`python scripts/train_crf.py --shared ../shared` or reinstall kabar"
        )
    try:
        return CrfTagger(CRF_MODEL)
    except (OSError, ValueError) as exc:
        raise NerModelMissingError(
            f"kabar's CRF NER model at {CRF_MODEL} could not be loaded: {exc}"
        ) from exc
