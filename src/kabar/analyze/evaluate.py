"""Score the analyzers against a hand-annotated dev set of real articles.

The dev set (``tests/analyze/data/devset.json``) names articles of the shared corpus
(``../shared``) by file, row and id and holds, for each, the gold annotations on the
article's **clean text** as kabar's cleaner produces it: character offsets plus the
values. Article text is never stored; it is read from the shared corpus at run time.
Each short annotation also keeps its surface string, each long one and each sentence
(a speaker's) its first characters and a hash, so that a cleaner that shifts offsets is
noticed: the annotation is found again near its old offset, or :class:`DevsetError`
says which one is lost.

Four tasks, each scored with precision, recall and F1 over spans matched by overlap:

* ``quantities``: right when value, upper value, unit, kind and qualifier all are;
* ``dates``: mentions naming a day or a period, right when resolved to the same days
  (``value``, ``end_value``) and, when it has one, the same time of day; a time with no
  day in its sentence is not scored here (quantities score it);
* ``speakers``: the attributed sentences and quotations, right when the speaker is the
  gold person (name tokens of one contained in the other's, so "Rina" is "Rina Kartika");
* ``roles``: person mentions with a role, right when name, role and organisation are.

Scores are reported for the whole set and for its ``tune`` and ``heldout`` parts.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kabar.analyze.attribution import Attribution, attribute, said_spans
from kabar.analyze.quantities import Quantity, extract_quantities
from kabar.analyze.roles import RoleMention, find_role_mentions
from kabar.analyze.sentences import split_sentences
from kabar.analyze.temporal import DateMention, extract_dates
from kabar.clean import clean_article
from kabar.errors import KabarError
from kabar.ingest.build import build_article
from kabar.ingest.readers import RawRecord, read_file
from kabar.records import Article

TASKS: tuple[str, ...] = ("quantities", "dates", "speakers", "roles")
SPLITS: tuple[str, ...] = ("tune", "heldout")

# How far (characters, either side) an annotation is looked for when the clean text no
# longer has its surface at the stored offset. Cleaner changes seen so far move text by
# a removed line or two (under 200 characters); further than this is another text.
RELOCATE_WINDOW = 400
# Spans longer than this keep only a head and a hash in the dev set, never their text:
# the articles belong to their publishers. Sentences (the speakers' annotations) keep a
# head and a hash whatever their length: a short quotation is still the article's prose.
MAX_SURFACE_CHARS = 60
# Characters of a long span kept to find it again.
HEAD_CHARS = 12
# Hex digits of the SHA-1 kept to check a long span.
HASH_CHARS = 10

# Keys of an annotation that locate it rather than say what it is.
ANCHOR_KEYS = frozenset({"start", "end", "surface", "head", "chars", "hash", "note"})

DEFAULT_DEVSET = Path(__file__).resolve().parents[3] / "tests" / "analyze" / "data" / "devset.json"


class DevsetError(KabarError):
    """The dev set cannot be read or no longer fits the texts it annotates."""


def _squash(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and the offset in ``text`` of each kept character.

    Anchors are compared without whitespace so that a cleaner which splits glued words
    ("kembalierupsi" → "kembali erupsi") or joins lines does not lose them."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def span_hash(text: str) -> str:
    """The short hash kept for a long span (of its characters without whitespace)."""
    return hashlib.sha1(_squash(text)[0].encode("utf-8")).hexdigest()[:HASH_CHARS]


def anchor_of(text: str, start: int, end: int, sentence: bool = False) -> dict[str, Any]:
    """What the dev set keeps of ``text[start:end]`` to find and check it later: its
    surface when short, else (and always for a ``sentence``) a head and a hash."""
    piece = text[start:end]
    if len(piece) <= MAX_SURFACE_CHARS and not sentence:
        return {"start": start, "end": end, "surface": piece}
    squashed = _squash(piece)[0]
    return {"start": start, "end": end, "head": squashed[:HEAD_CHARS], "chars": len(squashed),
            "hash": span_hash(piece)}


def relocate(text: str, ann: dict[str, Any], where: str) -> tuple[int, int]:
    """The span of annotation ``ann`` in ``text``: at its offsets, or found again nearby
    (the nearest place whose characters, whitespace aside, are the same)."""
    start, end = int(ann["start"]), int(ann["end"])
    if "surface" in ann:
        surface = str(ann["surface"])
        if text[start:end] == surface:
            return start, end
        target, check = _squash(surface)[0], None
        what = repr(surface)
    else:
        if span_hash(text[start:end]) == ann["hash"]:
            return start, end
        target, check = str(ann["head"]), (int(ann["chars"]), str(ann["hash"]))
        what = f"span starting {target!r}"
    squashed, offsets = _squash(text)
    if not target:
        raise DevsetError(f"{where}: empty annotation")
    best: tuple[int, int] | None = None
    pos = squashed.find(target)
    while pos != -1:
        length = check[0] if check else len(target)
        if pos + length <= len(squashed):
            span = (offsets[pos], offsets[pos + length - 1] + 1)
            ok = check is None or span_hash(text[span[0] : span[1]]) == check[1]
            if ok and abs(span[0] - start) <= RELOCATE_WINDOW and (
                best is None or abs(span[0] - start) < abs(best[0] - start)
            ):
                best = span
        pos = squashed.find(target, pos + 1)
    if best is None:
        raise DevsetError(f"{where}: {what} not found near offset {start} (the clean text changed)")
    return best


# --- loading articles --------------------------------------------------------------------


class CorpusReader:
    """Clean articles of the shared corpus by file and row, each file read once."""

    def __init__(self, shared: Path) -> None:
        self.shared = shared
        self._records: dict[str, dict[str, RawRecord]] = {}
        self._articles: dict[tuple[str, str], Article] = {}

    def article(self, file: str, position: str, article_id: str) -> Article:
        article = self._articles.get((file, position))
        if article is None:
            by_position = self._records.get(file)
            if by_position is None:
                path = self.shared / file
                if not path.exists():
                    raise DevsetError(f"{path}: corpus file not found")
                by_position = {r.position: r for r in read_file(path) if isinstance(r, RawRecord)}
                self._records[file] = by_position
            record = by_position.get(position)
            if record is None:
                raise DevsetError(f"{file}: no row {position!r}")
            built = build_article(record)
            if not isinstance(built, Article):
                raise DevsetError(f"{file}:{position}: not an article ({built.reason})")
            article = clean_article(built)
            self._articles[(file, position)] = article
        if article.id != article_id:
            raise DevsetError(f"{file}:{position}: article id {article.id}, dev set says {article_id}")
        return article


# --- system output in the dev set's terms -----------------------------------------------


@dataclass(slots=True)
class Item:
    """One annotation, gold or system: a span and the fields that are scored."""

    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)


def _num(value: Any) -> Any:
    if value is None or (isinstance(value, str) and not re.fullmatch(r"-?\d+(?:\.\d+)?", value)):
        return value
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return value


def quantity_item(q: Quantity) -> Item:
    return Item(q.start, q.end, {
        "value": q.value, "value_max": q.value_max, "unit": q.unit, "kind": q.kind,
        "qualifier": q.qualifier,
    })


def date_item(d: DateMention) -> Item:
    return Item(d.start, d.end, {
        "value": d.value.isoformat() if d.value else None,
        "end_value": d.end_value.isoformat() if d.end_value else None,
        "time": d.time,
    })


def speaker_item(a: Attribution) -> Item:
    return Item(a.start, a.end, {"speaker": a.speaker_name or a.speaker_text})


def role_item(r: RoleMention) -> Item:
    return Item(r.name_start, r.name_end, {"name": r.name, "role": r.role, "org": r.org})


def run_system(text: str, anchor: Any) -> dict[str, list[Item]]:
    """The analyzers' output on one clean text, as scored items."""
    sentences = split_sentences(text)
    attributions = attribute(text, sentences)
    said = said_spans(attributions, sentences)
    return {
        "quantities": [quantity_item(q) for q in extract_quantities(text)],
        "dates": [date_item(d) for d in extract_dates(text, anchor, said) if d.kind != "time"],
        "speakers": [speaker_item(a) for a in attributions],
        "roles": [role_item(r) for r in find_role_mentions(text) if r.role and r.name],
    }


# --- matching ----------------------------------------------------------------------------


def _tokens(name: Any) -> set[str]:
    return set(re.findall(r"\w+", str(name or "").lower()))


def same_quantity(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    return all(
        _num(gold.get(k)) == _num(system.get(k)) for k in ("value", "value_max")
    ) and all(gold.get(k) == system.get(k) for k in ("unit", "kind", "qualifier"))


def same_date(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    g_end = gold.get("end_value") or gold.get("value")
    s_end = system.get("end_value") or system.get("value")
    return bool(gold.get("value")) and gold.get("value") == system.get("value") and g_end == s_end and (
        gold.get("time") == system.get("time")
    )


def same_speaker(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    g, s = _tokens(gold.get("speaker")), _tokens(system.get("speaker"))
    aliases = [_tokens(a) for a in gold.get("aliases", [])]
    return any(bool(a) and bool(s) and (a <= s or s <= a) for a in [g, *aliases])


def _role_phrase(fields: dict[str, Any]) -> list[str]:
    """Role and organisation as one phrase of words, parenthesised abbreviations out:
    where the title ends and the organisation begins is a convention, not a fact."""
    phrase = f"{fields.get('role') or ''} {fields.get('org') or ''}"
    return re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", phrase).lower())


def same_role(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    return same_speaker({"speaker": gold.get("name")}, {"speaker": system.get("name")}) and (
        _role_phrase(gold) == _role_phrase(system)
    )


SAME: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool]] = {
    "quantities": same_quantity, "dates": same_date, "speakers": same_speaker, "roles": same_role,
}


def _overlaps(a: Item, b: Item) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass(slots=True)
class Counts:
    """True positives over system and gold items, and the mistakes to look at."""

    tp_gold: int = 0
    tp_system: int = 0
    gold: int = 0
    system: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp_gold += other.tp_gold
        self.tp_system += other.tp_system
        self.gold += other.gold
        self.system += other.system
        self.errors.extend(other.errors)

    def scores(self) -> dict[str, float | int]:
        p = self.tp_system / self.system if self.system else 1.0
        r = self.tp_gold / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "gold": self.gold, "system": self.system, "correct": self.tp_gold}


def score(task: str, gold: Sequence[Item], system: Sequence[Item], text: str = "") -> Counts:
    """Counts for one article: a gold item is found when an overlapping system item
    has the right fields; a system item is right when it overlaps a gold item whose
    fields it has. Speakers are counted once per speaker and gold span, however many
    pieces (quotation, clause) the system cut the span into."""
    same = SAME[task]
    counts = Counts(gold=len(gold))
    for g in gold:
        hits = [s for s in system if _overlaps(g, s)]
        if any(same(g.fields, s.fields) for s in hits):
            counts.tp_gold += 1
        else:
            got = [dict(s.fields, surface=text[s.start : s.end][:MAX_SURFACE_CHARS]) for s in hits]
            counts.errors.append({"task": task, "missed": dict(g.fields, at=g.start,
                                  surface=text[g.start : g.end][:MAX_SURFACE_CHARS]), "got": got})
    seen: set[tuple[int, str]] = set()
    for s in system:
        if task == "speakers":
            owner = next((i for i, g in enumerate(gold) if _overlaps(g, s)), -1 - s.start)
            key = (owner, " ".join(sorted(_tokens(s.fields.get("speaker")))))
            if key in seen:
                continue
            seen.add(key)
        counts.system += 1
        if any(_overlaps(g, s) and same(g.fields, s.fields) for g in gold):
            counts.tp_system += 1
        elif not any(_overlaps(g, s) for g in gold):
            counts.errors.append({"task": task, "spurious": dict(s.fields, at=s.start,
                                  surface=text[s.start : s.end][:MAX_SURFACE_CHARS])})
    return counts


# --- the dev set ---------------------------------------------------------------------------


@dataclass(slots=True)
class GoldArticle:
    id: str
    file: str
    position: str
    split: str
    entry: dict[str, Any]


def load_devset(path: Path) -> list[GoldArticle]:
    """The articles of a dev set file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DevsetError(f"{path}: cannot read dev set ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise DevsetError(f"{path}: a dev set is an object with a list of articles")
    out = []
    for entry in data["articles"]:
        split = str(entry.get("split", "tune"))
        if split not in SPLITS:
            raise DevsetError(f"{path}: article {entry.get('id')}: unknown split {split!r}")
        out.append(GoldArticle(str(entry["id"]), str(entry["file"]), str(entry["position"]), split, entry))
    return out


def gold_items(article: GoldArticle, task: str, text: str) -> list[Item]:
    """The gold items of one task, placed on ``text``."""
    items = []
    for n, ann in enumerate(article.entry.get(task, [])):
        start, end = relocate(text, ann, f"{article.id} {task}[{n}]")
        values = {k: v for k, v in ann.items() if k not in ANCHOR_KEYS}
        items.append(Item(start, end, values))
    return items


def evaluate(
    devset: Path = DEFAULT_DEVSET,
    shared: Path = Path("../shared"),
    system: Callable[[str, Any], dict[str, list[Item]]] = run_system,
    with_errors: bool = False,
) -> dict[str, Any]:
    """Precision, recall and F1 per task on the whole dev set and on each split."""
    if not shared.is_dir():
        raise DevsetError(f"{shared}: shared data folder not found (needed for the dev set texts)")
    articles = load_devset(devset)
    reader = CorpusReader(shared)
    totals = {part: {task: Counts() for task in TASKS} for part in ("all", *SPLITS)}
    for ga in articles:
        article = reader.article(ga.file, ga.position, ga.id)
        text = article.clean_text or ""
        found = system(text, article.published)
        for task in TASKS:
            counts = score(task, gold_items(ga, task, text), found[task], text)
            for e in counts.errors:
                e["article"] = ga.id
            totals["all"][task].add(counts)
            totals[ga.split][task].add(counts)
    result: dict[str, Any] = {
        "devset": str(devset),
        "articles": {"all": len(articles), **{s: sum(a.split == s for a in articles) for s in SPLITS}},
    }
    for part, by_task in totals.items():
        result[part] = {task: c.scores() for task, c in by_task.items()}
    if with_errors:
        result["errors"] = [e for c in totals["all"].values() for e in c.errors]
    return result


def iter_texts(devset: Path, shared: Path) -> Iterable[tuple[GoldArticle, Article]]:
    """Each dev set article with its clean corpus article (for annotating tools)."""
    reader = CorpusReader(shared)
    for ga in load_devset(devset):
        yield ga, reader.article(ga.file, ga.position, ga.id)
