"""CoNLL-style NER files: read them, map their label sets to kabar's, and score.

A file holds one ``token<TAB>label`` line per token and a blank line between
sentences. The reader is lenient: labels may follow BIO, IOB1 (a chunk that opens
with ``I-``) or BIOES; lines may carry trailing spaces, use spaces instead of a tab,
or be in a legacy 8-bit encoding; ``-DOCSTART-`` lines and comment lines are skipped.

kabar's entity types are ``PERSON``, ``ORG`` and ``LOC``. The label maps below turn
the types of NERGrit (``PERSON``/``ORGANISATION``/``PLACE``) and NERP
(``PPL``/``IND``/``PLC``, with ``EVT``/``FNB`` dropped) into them.

Scoring is exact-span, CoNLL-style: a predicted entity counts only when its start,
end and type all equal those of a gold entity. Precision, recall and F1 are given per
type and micro-averaged over all types.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kabar.errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

PERSON = "PERSON"
ORG = "ORG"
LOC = "LOC"
ENTITY_TYPES: tuple[str, ...] = (PERSON, ORG, LOC)
OUTSIDE = "O"

# Source label -> kabar label. A type mapped to None is dropped (its tokens become O).
NERGRIT_LABELS: Mapping[str, str | None] = {
    "PERSON": PERSON,
    "ORGANISATION": ORG,
    "ORGANIZATION": ORG,
    "PLACE": LOC,
}
NERP_LABELS: Mapping[str, str | None] = {
    "PPL": PERSON,
    "IND": ORG,
    "PLC": LOC,
    "EVT": None,
    "FNB": None,
}
# Common spellings elsewhere (CoNLL-2003, OntoNotes, spaCy), so that a model or file
# using them can be scored without a custom map.
OTHER_LABELS: Mapping[str, str | None] = {
    "PER": PERSON,
    "PERSON": PERSON,
    "ORG": ORG,
    "LOC": LOC,
    "GPE": LOC,
    "MISC": None,
}
# Every map above at once; the source sets do not clash on a name.
DEFAULT_LABELS: Mapping[str, str | None] = {**OTHER_LABELS, **NERP_LABELS, **NERGRIT_LABELS}

# Bytes that are not UTF-8 are read as Windows-1252 (the usual culprit in the
# DBpedia-derived lists and hand-edited files), falling back to Latin-1 which
# decodes every byte.
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class ConllFormatError(InputError):
    """A line of a CoNLL file that strict reading rejects (``source:line: message``)."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its tokens and one tag per token (``O``, ``B-X``, ``I-X``...)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.tokens) != len(self.tags):
            raise ValueError(f"{len(self.tokens)} tokens but {len(self.tags)} tags")

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """An entity over tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 of one entity type (or of all, micro-averaged)."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.gold,
            "predicted": self.predicted,
            "true_positives": self.true_positives,
        }


@dataclass(frozen=True, slots=True)
class Scores:
    overall: PRF
    per_type: dict[str, PRF]
    sentences: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "per_type": {label: prf.as_dict() for label, prf in sorted(self.per_type.items())},
            "sentences": self.sentences,
        }


# ---------------------------------------------------------------------------
# Reading


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        for encoding in _FALLBACK_ENCODINGS:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    return raw.decode("utf-8", errors="replace")  # pragma: no cover - latin-1 never fails


def _split_line(line: str) -> tuple[str, str] | None:
    """(token, tag) of one non-blank line, or None when the line carries no token.

    Tab-separated lines keep their first field as the token (even with spaces around
    it) and their last as the tag; other lines are split on whitespace. A token whose
    tag is missing or unrecognisable is kept as ``O``.
    """
    if "\t" in line:
        fields = line.split("\t")
        token, tag = fields[0].strip(), fields[-1].strip() if len(fields) > 1 else ""
    else:
        parts = line.split()
        token, tag = parts[0], parts[-1] if len(parts) > 1 else ""
    if not token:
        return None
    tag = tag.replace("_", "-", 1)
    if not _looks_like_tag(tag):
        if tag:
            logger.debug("unrecognised tag %r for token %r; using O", tag, token)
        tag = OUTSIDE
    return token, tag


def _looks_like_tag(field: str) -> bool:
    return field == OUTSIDE or (len(field) > 2 and field[0] in "BIES" and field[1] == "-")


def _strict_check(
    line: str, label_map: Mapping[str, str | None] | None, source: str, number: int
) -> None:
    """Raise :class:`ConllFormatError` unless ``line`` is ``token<TAB>label``."""

    def fail(message: str) -> None:
        raise ConllFormatError(message, source, str(number))

    if "\x00" in line:
        fail("binary data, not a CoNLL text file")
    fields = line.split("\t") if "\t" in line else line.split()
    if len(fields) < 2 or not fields[0].strip():
        fail(f"expected 'token<TAB>label', got {line.strip()[:40]!r}")
    tag = fields[-1].strip().replace("_", "-", 1)
    if not _looks_like_tag(tag):
        fail(f"{tag[:40]!r} is not a BIO label (O, B-TYPE, I-TYPE)")
    if tag != OUTSIDE and label_map is not None and tag[2:] not in label_map:
        known = ", ".join(sorted(label_map))
        fail(f"unknown entity type {tag[2:]!r} (known: {known})")


def parse_conll(
    lines: Iterable[str],
    *,
    strict: bool = False,
    label_map: Mapping[str, str | None] | None = None,
    source: str = "",
) -> list[Sentence]:
    """Sentences from the lines of a CoNLL-style file (text already decoded).

    ``strict`` rejects, with :class:`ConllFormatError` naming ``source`` and the line
    number, a line without a label, a label that is not BIO, and (given
    ``label_map``) an entity type the map does not know.
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            sentences.append(Sentence(tuple(tokens), tuple(tags)))
        tokens.clear()
        tags.clear()

    for number, raw_line in enumerate(lines, start=1):
        line = raw_line.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip():
            flush()
            continue
        if line.startswith("-DOCSTART-") or line.startswith("# "):
            flush()
            continue
        if strict:
            _strict_check(line, label_map, source, number)
        pair = _split_line(line)
        if pair is None:
            continue
        tokens.append(pair[0])
        tags.append(pair[1])
    flush()
    return sentences


def read_conll(
    path: str | Path,
    *,
    strict: bool = False,
    label_map: Mapping[str, str | None] | None = None,
) -> list[Sentence]:
    """Read a CoNLL-style file; lines that are not UTF-8 are decoded as cp1252.

    With ``strict`` (see :func:`parse_conll`), an unreadable file, a malformed line or
    a file without sentences raises :class:`ConllFormatError`.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        if not strict:
            raise
        raise ConllFormatError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    # Split on \n only (not on form feeds etc. that splitlines() also honours), so
    # line numbers in errors match an editor's.
    lines = (_decode(raw) for raw in data.split(b"\n"))
    sentences = parse_conll(lines, strict=strict, label_map=label_map, source=str(path))
    if strict and not sentences:
        raise ConllFormatError("no sentences (expected 'token<TAB>label' lines)", str(path))
    logger.debug("read %d sentences from %s", len(sentences), path)
    return sentences


# ---------------------------------------------------------------------------
# Tags, spans and label maps


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Entity spans of a tag sequence, tolerating IOB1 and BIOES.

    An ``I-X`` after ``O`` or after another type opens a new entity (IOB1 / broken
    BIO); ``S-X`` is a one-token entity and ``E-X`` closes the current one.
    """
    spans: list[Span] = []
    start: int | None = None
    label: str | None = None

    def close(end: int) -> None:
        nonlocal start, label
        if start is not None and label is not None:
            spans.append(Span(start, end, label))
        start, label = None, None

    for i, tag in enumerate(tags):
        if tag == OUTSIDE or len(tag) < 3 or tag[1] != "-":
            close(i)
            continue
        prefix, kind = tag[0], tag[2:]
        if prefix in "BS" or kind != label:
            close(i)
            start, label = i, kind
        if prefix in "ES":
            close(i + 1)
    close(len(tags))
    return spans


def spans_to_tags(spans: Iterable[Span], length: int) -> list[str]:
    """BIO tags for ``length`` tokens; later spans do not overwrite earlier ones."""
    tags = [OUTSIDE] * length
    for span in sorted(spans):
        if any(t != OUTSIDE for t in tags[span.start : span.end]):
            continue
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


def map_spans(
    spans: Iterable[Span], label_map: Mapping[str, str | None] = DEFAULT_LABELS
) -> list[Span]:
    """Spans relabelled by ``label_map``; types mapped to None or absent are dropped."""
    out: list[Span] = []
    for span in spans:
        label = label_map.get(span.label)
        if label is not None:
            out.append(Span(span.start, span.end, label))
    return out


def map_sentence(
    sentence: Sentence, label_map: Mapping[str, str | None] = DEFAULT_LABELS
) -> Sentence:
    """The sentence with its tags normalised to BIO over kabar's types."""
    spans = map_spans(tags_to_spans(sentence.tags), label_map)
    return Sentence(sentence.tokens, tuple(spans_to_tags(spans, len(sentence.tokens))))


def map_sentences(
    sentences: Iterable[Sentence], label_map: Mapping[str, str | None] = DEFAULT_LABELS
) -> list[Sentence]:
    return [map_sentence(s, label_map) for s in sentences]


# ---------------------------------------------------------------------------
# Deterministic split

# Fraction of each file held out for evaluation. 15% rather than 10% because NERGrit's
# training file has only 1,672 sentences: 15% gives ~250 sentences and ~800 entities,
# enough for an F1 whose sampling error is about ±0.02.
HELD_OUT_FRACTION = 0.15
SPLIT_SEED = "kabar-ner-2025"


def _split_key(sentence: Sentence, seed: str) -> float:
    digest = hashlib.sha256(f"{seed}\x00{sentence.text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_sentences(
    sentences: Sequence[Sentence],
    seed: str = SPLIT_SEED,
    held_out: float = HELD_OUT_FRACTION,
) -> tuple[list[Sentence], list[Sentence]]:
    """(train, held_out): a sentence is held out when a hash of seed and its text < ``held_out``.

    Hashing the text (not the position) keeps the split stable when a file is
    reordered and sends repeated sentences to the same side, so no held-out sentence
    was seen in training. The order of the input is kept on both sides.
    """
    if not 0.0 <= held_out <= 1.0:
        raise ValueError(f"held_out must be in [0, 1], got {held_out}")
    train: list[Sentence] = []
    test: list[Sentence] = []
    for sentence in sentences:
        (test if _split_key(sentence, seed) < held_out else train).append(sentence)
    return train, test


# ---------------------------------------------------------------------------
# Scoring


def score_spans(gold: Sequence[Iterable[Span]], predicted: Sequence[Iterable[Span]]) -> Scores:
    """Exact-span precision/recall/F1 per type and micro-averaged over all types."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        g = {(s.start, s.end, s.label) for s in gold_spans}
        p = {(s.start, s.end, s.label) for s in pred_spans}
        for _, _, label in g:
            n_gold[label] += 1
        for _, _, label in p:
            n_pred[label] += 1
        for _, _, label in g & p:
            tp[label] += 1
    labels = sorted(set(n_gold) | set(n_pred))
    per_type = {label: PRF(tp[label], n_pred[label], n_gold[label]) for label in labels}
    overall = PRF(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Scores(overall=overall, per_type=per_type, sentences=len(gold))


def score_tags(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Scores:
    """:func:`score_spans` over tag sequences."""
    return score_spans([tags_to_spans(t) for t in gold], [tags_to_spans(t) for t in predicted])


# ---------------------------------------------------------------------------
# Evaluating a model

Predictor = Callable[[Sequence[str]], Iterable[Span]]


def spacy_predictor(
    nlp: Language, batch_size: int = 64
) -> Callable[[Sequence[Sequence[str]]], list[list[Span]]]:
    """A batch predictor running ``nlp`` on pre-tokenised sentences."""
    from spacy.tokens import Doc

    def predict(batch: Sequence[Sequence[str]]) -> list[list[Span]]:
        docs = (Doc(nlp.vocab, words=list(tokens)) for tokens in batch)
        return [
            [Span(ent.start, ent.end, ent.label_) for ent in doc.ents]
            for doc in nlp.pipe(docs, batch_size=batch_size)
        ]

    return predict


def evaluate_ner(
    path: str | Path | Sequence[Sentence],
    nlp_or_predict: Language | Predictor,
    label_map: Mapping[str, str | None] = DEFAULT_LABELS,
) -> dict[str, Any]:
    """Score a model against a CoNLL file (or already-read sentences).

    ``nlp_or_predict`` is a spaCy pipeline or a function from a token list to spans.
    Gold and predicted labels both go through ``label_map``, so a model using
    ``PER``/``GPE`` or a file using NERGrit/NERP names is scored on kabar's types.
    Returns ``{"overall": {...}, "per_type": {...}, "sentences": n}`` (JSON-able).
    """
    sentences = read_conll(path) if isinstance(path, str | Path) else list(path)
    token_lists = [s.tokens for s in sentences]
    raw_pred: list[list[Span]]
    if hasattr(nlp_or_predict, "pipe") and hasattr(nlp_or_predict, "vocab"):
        raw_pred = spacy_predictor(cast("Language", nlp_or_predict))(token_lists)
    else:
        raw_pred = [list(nlp_or_predict(tokens)) for tokens in token_lists]
    gold = [map_spans(tags_to_spans(s.tags), label_map) for s in sentences]
    pred = [map_spans(spans, label_map) for spans in raw_pred]
    return score_spans(gold, pred).as_dict()
