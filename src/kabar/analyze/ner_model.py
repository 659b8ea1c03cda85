"""kabar's shipped Indonesian NER models (spaCy; PERSON, ORG, LOC).

The models live inside the package, built by ``scripts/train_ner.py``: ``ner_id`` for
ordinary (cased) text and ``ner_id_uncased`` for text written without capitals
(:func:`is_uncased`), which the cased model, leaning on capitals, reads poorly. Text
without capitals goes to a vote of four (:func:`vote_entities`): ``ner_id_uncased``,
two more spaCy models trained on other data (``ner_id_uncased_2``,
``ner_id_uncased_3``, :func:`load_uncased_members`) and a CRF (``ner_id_crf``,
:mod:`kabar.analyze.ner_crf`). ``LICENSE-DATA.md`` in each says
what it was trained on and how well it scores. :func:`load_ner` loads each once per
process, the uncased ones only when asked for.

The pipelines start with a ``kabar_gazetteer`` component (registered here): it marks
the tokens of known names in ``token.tag_`` (e.g. ``"LOC-B|PERSON-S"``), and with its
``frequency`` option each word's frequency band (:func:`frequency_band`), so that the
tok2vec layer can use them as a feature. It stores names only as 64-bit hashes of
their lowercased tokens, never as text.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_id"
# The model for text written without capitals (NERP-style lowercased text, an outlet's
# lowercase lines): the cased model leans on capitals, this one cannot.
UNCASED_MODEL_DIR = MODEL_DIR.parent / "ner_id_uncased"
# The other members of the vote on text without capitals (see scripts/train_ner.py):
# NERGrit lowercased + NERP with frequency bands ("lower_freq"), NERP alone without
# them ("lower_nerp"). Each scores below ner_id_uncased on NERP dev (0.791, 0.788
# against 0.795, the model alone); the vote of the three 0.811 (0.804 held-out against
# 0.792): their errors differ. Chosen on NERP dev among seven uncased models (every
# three and five of them; the best five 0.813, for two more models' size).
UNCASED_MEMBER_DIRS: tuple[Path, ...] = (MODEL_DIR.parent / "ner_id_uncased_2", MODEL_DIR.parent / "ner_id_uncased_3")
UNCASED_MEMBER_EXPERIMENTS: tuple[str, ...] = ("lower_freq", "lower_nerp")
# The CRF (kabar.analyze.ner_crf, models/ner_id_crf) votes too: a fourth voter of
# another model family, whose errors differ more (NERP held-out 0.805 -> 0.813; see
# scripts/train_crf.py). Scripts turn it off to score the vote without it.
CRF_VOTER = True
# A span (start, end, label) stays when this many of the voters find it (2 of 4 chosen
# on NERP dev: 0.815, 3 of 4 0.811; 2 of the three spaCy models alone 0.811).
UNCASED_VOTES = 2
NER_LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOC")
GAZETTEER_FACTORY = "kabar_gazetteer"
PLACEHOLDER_TOKENIZER = "kabar.PlaceholderTokenizer.v1"
# Longest name (in tokens) looked up. Longer gazetteer names are dropped; 8 covers
# all but a handful of the names in the lists the model was trained with.
MAX_NAME_TOKENS = 8
# Bit set on a key that is the start of a longer name: the lookup goes on.
_PREFIX_BIT = 0x80


class NerModelMissingError(RuntimeError):
    """The shipped NER model is not where the package expects it."""


def model_path(uncased: bool = False) -> Path:
    """Directory of the shipped model (``uncased``: the one for text written without
    capitals); it may not exist in a source checkout."""
    return UNCASED_MODEL_DIR if uncased else MODEL_DIR


def is_uncased(text: str) -> bool:
    """Whether ``text`` is written without capitals: it has letters of a script with
    capitals (Latin, not Arabic), none upper-case."""
    return text == text.lower() and text != text.upper()


def name_key(tokens: Sequence[str]) -> int:
    """Stable 64-bit key of a token sequence (lowercased, joined by spaces)."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return int(hash_string(" ".join(t.lower() for t in tokens)))


class GazetteerTagger:
    """Marks tokens inside known names; the mark goes into ``token.tag_``.

    A token gets, for each label of a name that covers it, ``LABEL-S`` (a one-token
    name), ``LABEL-B`` (first token of a longer name) or ``LABEL-I`` (inside one),
    joined by ``|`` and sorted; tokens in no name keep an empty tag. Names are matched
    case-insensitively on spaCy's tokens, every match counted (not only the longest).
    """

    def __init__(self, labels: Sequence[str] = NER_LABELS, frequency: bool = False) -> None:
        self.labels = tuple(labels)
        self.table: dict[int, int] = {}
        # also mark every word with how common it is in Indonesian (FREQUENCY_BANDS):
        # in text written without capitals, a rare word is the cue that it is a name
        self.frequency = frequency

    # -- building

    def add_names(self, names: Iterable[Sequence[str]], label: str) -> int:
        """Add tokenised names of one label; returns how many were added."""
        bit = 1 << self.labels.index(label)
        added = 0
        for tokens in names:
            if not tokens or len(tokens) > MAX_NAME_TOKENS:
                continue
            for end in range(1, len(tokens)):
                key = name_key(tokens[:end])
                self.table[key] = self.table.get(key, 0) | _PREFIX_BIT
            key = name_key(tokens)
            self.table[key] = self.table.get(key, 0) | bit
            added += 1
        return added

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        path: str | None = None,
    ) -> None:
        """Load the table from ``path`` (an ``.npz`` written by :meth:`save_table`)."""
        if path:
            self.load_table(Path(path))

    # -- matching

    def marks(self, words: Sequence[str]) -> list[str]:
        """The tag of each token (``""`` when it is in no name)."""
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        lowered = [w.lower() for w in words]
        found: list[set[str]] = [set() for _ in lowered]
        table = self.table
        for start in range(len(lowered)):
            for end in range(start + 1, min(start + MAX_NAME_TOKENS, len(lowered)) + 1):
                value = table.get(hash_string(" ".join(lowered[start:end])))
                if value is None:
                    break
                for i, label in enumerate(self.labels):
                    if value & (1 << i):
                        if end - start == 1:
                            found[start].add(f"{label}-S")
                        else:
                            found[start].add(f"{label}-B")
                            for j in range(start + 1, end):
                                found[j].add(f"{label}-I")
                if not value & _PREFIX_BIT:
                    break
        return ["|".join(sorted(marks)) for marks in found]

    def labels_of(self, tokens: Sequence[str]) -> frozenset[str]:
        """The labels under which the gazetteers list exactly this name (none when
        it is not listed)."""
        value = self.table.get(name_key(tokens), 0) if tokens else 0
        return frozenset(label for i, label in enumerate(self.labels) if value & (1 << i))

    def __call__(self, doc: Doc) -> Doc:
        marks = self.marks([t.text for t in doc]) if self.table else [""] * len(doc)
        if self.frequency:
            marks = [f"{m}|{frequency_band(t.lower_)}" if m else frequency_band(t.lower_) for t, m in zip(doc, marks, strict=True)]
        for token, mark in zip(doc, marks, strict=True):
            if mark:
                token.tag_ = mark
        return doc

    # -- serialisation (names only as hashes)

    def save_table(self, path: Path) -> None:
        import numpy as np

        keys = np.fromiter(self.table.keys(), dtype=np.uint64, count=len(self.table))
        values = np.fromiter(self.table.values(), dtype=np.uint8, count=len(self.table))
        order = np.argsort(keys)
        with path.open("wb") as fh:
            np.savez_compressed(
                fh, keys=keys[order], values=values[order], labels=np.array(self.labels)
            )

    def load_table(self, path: Path) -> None:
        import numpy as np

        with np.load(path) as data:
            labels = tuple(str(x) for x in data["labels"])
            if labels != self.labels:
                raise ValueError(f"gazetteer table labels {labels} != {self.labels}")
            self.table = dict(zip(data["keys"].tolist(), data["values"].tolist(), strict=True))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.save_table(path / "table.npz")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetteerTagger:
        table = Path(path) / "table.npz"
        if table.exists():
            self.load_table(table)
        return self


# Bands of a word's Zipf frequency in Indonesian (wordfreq): not listed, below 3
# (rare), below 4, from 4 (common). Names the lists hold are mostly in the lower bands.
FREQUENCY_BANDS = (3.0, 4.0)


@functools.lru_cache(maxsize=1)
def _zipf_table() -> dict[str, float]:
    import math

    from wordfreq import get_frequency_dict

    return {w: math.log10(f) + 9 for w, f in get_frequency_dict("id").items() if f > 0}


@functools.lru_cache(maxsize=200_000)
def frequency_band(word: str) -> str:
    """``F0`` (not a listed word, or not a word), ``F1``, ``F2``, ``F3`` (common)."""
    zipf = _zipf_table().get(word) if word.isalpha() else None
    if zipf is None:
        return "F0"
    return f"F{1 + sum(zipf >= b for b in FREQUENCY_BANDS)}"


def _make_gazetteer(nlp: Language, name: str, labels: Sequence[str], frequency: bool) -> GazetteerTagger:
    return GazetteerTagger(labels, frequency)


def register_components() -> None:
    """Register kabar's spaCy factories and the placeholder tokenizer (idempotent)."""
    from spacy.language import Language
    from spacy.util import registry

    if PLACEHOLDER_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(PLACEHOLDER_TOKENIZER, func=_placeholder_tokenizer)
    if not Language.has_factory(GAZETTEER_FACTORY):
        Language.factory(
            GAZETTEER_FACTORY,
            default_config={"labels": list(NER_LABELS), "frequency": False},
            assigns=["token.tag"],
            func=_make_gazetteer,
        )


def _placeholder_tokenizer() -> Callable[[Language], Any]:
    """A tokenizer without rules, built in no time: the stand-in a model loaded after
    the first gets until it takes the first's tokenizer (see :func:`_load`)."""
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def gazetteer_from_names(names: Mapping[str, Iterable[str]], nlp: Language) -> GazetteerTagger:
    """A tagger for ``{label: [name, ...]}``, names tokenised by ``nlp``'s tokenizer."""
    tagger = GazetteerTagger()
    for label, label_names in names.items():
        tokenised = ([t.text for t in nlp.make_doc(n)] for n in label_names)
        tagger.add_names(tokenised, label)
    return tagger


def gazetteer_labels(tokens: Sequence[str]) -> frozenset[str]:
    """The labels the shipped model's gazetteers list the name ``tokens`` under
    (``{"LOC"}`` for "Brisbane"); none when the model or the name is missing."""
    try:
        nlp = load_ner()
    except NerModelMissingError:
        return frozenset()
    if "gazetteer" not in nlp.pipe_names:
        return frozenset()
    tagger = nlp.get_pipe("gazetteer")
    return tagger.labels_of(tokens) if isinstance(tagger, GazetteerTagger) else frozenset()


@functools.lru_cache(maxsize=1)
def load_uncased_members() -> tuple[Language, ...]:
    """The other models of the vote on text without capitals (``UNCASED_MEMBER_DIRS``),
    loaded on first call and cached. Raises :class:`NerModelMissingError` as
    :func:`load_ner` does."""
    return tuple(
        _load(path, f" --experiment {experiment}")
        for path, experiment in zip(UNCASED_MEMBER_DIRS, UNCASED_MEMBER_EXPERIMENTS, strict=True)
    )


def vote_entities(
    docs: Sequence[Doc], extra: Sequence[Sequence[tuple[int, int, str]]] = ()
) -> list[tuple[int, int, str]]:
    """The entities (token start, end, label) that at least ``UNCASED_VOTES`` of
    ``docs`` (one text through each model of the vote, same tokens) and ``extra`` (the
    spans other voters found in the same tokens) find; of overlapping ones, the one
    found by more voters, then the earlier, then the longer."""
    from collections import Counter

    votes = Counter((e.start, e.end, e.label_) for doc in docs for e in doc.ents)
    votes.update(span for spans in extra for span in set(spans))
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for span in sorted((s for s, n in votes.items() if n >= UNCASED_VOTES), key=lambda s: (-votes[s], s[0], -s[1])):
        if taken.isdisjoint(range(span[0], span[1])):
            kept.append(span)
            taken.update(range(span[0], span[1]))
    return sorted(kept)


def set_voted_entities(doc: Doc, others: Sequence[Doc]) -> Doc:
    """``doc`` (from ``ner_id_uncased``) with its entities replaced by the vote of it,
    ``others`` (the same text through the other members) and, when ``CRF_VOTER``, the
    CRF (:func:`kabar.analyze.ner_crf.load_crf`) on its tokens."""
    from spacy.tokens import Span

    extra: list[list[tuple[int, int, str]]] = []
    if CRF_VOTER:
        from kabar.analyze.ner_crf import load_crf

        extra.append(load_crf().spans([t.text for t in doc]))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in vote_entities([doc, *others], extra)]
    return doc


def load_ner(uncased: bool = False) -> Language:
    """The shipped NER pipeline (``uncased``: the one for text written without
    capitals), loaded on first call and cached.

    Raises :class:`NerModelMissingError` when the model directory is missing or
    incomplete (rebuild it with ``python scripts/train_ner.py``).
    """
    # One cache entry per model: a cache on this function itself keyed ``load_ner()``
    # and ``load_ner(False)`` apart, and with room for two entries the three keys
    # pushed each other out, so a batch mixing the callers reloaded a model about
    # once an article.
    return _load_ner(bool(uncased))


@functools.cache
def _load_ner(uncased: bool) -> Language:
    return _load(model_path(uncased), " --experiment uncased" if uncased else "")


# The first model loaded in this process: the models after it share its vocab and
# tokenizer (see _load).
_FIRST_LOADED: list[Language] = []


def _load(path: Path, experiment: str) -> Language:
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise NerModelMissingError(
            f"kabar's NER model is missing at {path}; rebuild it with "
            f"`python scripts/train_ner.py --shared ../shared{experiment} --out src/kabar/models/{path.name}` "
            "or reinstall kabar"
        )
    import spacy

    register_components()
    started = time.perf_counter()
    try:
        # The saved tokenizer is spaCy's default Indonesian one (training never changes
        # it; tests check the bytes match). Building it from the language defaults
        # instead of also reading it back from disk halves the load time (~5 s -> ~2.5 s:
        # the Indonesian tokenizer has ~32k special cases).
        #
        # Every model's tokenizer is that same default one, and building it is most of a
        # model's load (its special cases: ~5 s each on a slow machine, four models for
        # a brief of text with and without capitals). So the models after the first
        # share the first's vocab (their own vocab holds no strings, vectors or
        # lookups: emptied at install) and its tokenizer, loaded with a placeholder
        # without rules: one build per process. The vote also needs its members'
        # tokens to be the same, which one tokenizer makes sure of.
        if _FIRST_LOADED:
            first = _FIRST_LOADED[0]
            nlp = spacy.load(
                path,
                vocab=first.vocab,
                exclude=["tokenizer", "vocab"],
                config={"nlp": {"tokenizer": {"@tokenizers": PLACEHOLDER_TOKENIZER}}},
            )
            nlp.tokenizer = first.tokenizer
        else:
            nlp = spacy.load(path, exclude=["tokenizer"])
            _FIRST_LOADED.append(nlp)
    except (OSError, ValueError) as exc:
        raise NerModelMissingError(
            f"kabar's NER model at {path} could not be loaded: {exc}"
        ) from exc
    logger.debug("loaded NER model from %s in %.2fs", path, time.perf_counter() - started)
    return nlp
