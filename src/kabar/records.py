"""The records that flow between stages.

Every record is a slotted dataclass with ``as_dict``/``from_dict`` so that it can be
stored, sent to a worker process and written to JSON without loss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def _dt_to_str(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _str_to_dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@dataclass(slots=True)
class RemovedLine:
    """A line (or part of one) taken out of an article's body, and why.

    ``start``/``end`` are character offsets into the article's raw ``text``.
    """

    text: str
    reason: str
    start: int = -1
    end: int = -1

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RemovedLine:
        return cls(
            text=str(data["text"]),
            reason=str(data["reason"]),
            start=int(data.get("start", -1)),
            end=int(data.get("end", -1)),
        )


@dataclass(slots=True)
class Article:
    """One news article as read from a user's input, later cleaned.

    ``text`` is the body as the input gave it (raw); ``clean_text`` is filled by the
    ``clean`` stage, with what it took out in ``removed``. ``source`` and
    ``position`` say where the article came from (file and row/line/index).
    """

    id: str
    title: str
    text: str
    url: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None  # "field" | "url" | "dateline" | "title" | None
    published: datetime | None = None
    published_raw: str | None = None
    author: str | None = None
    category: str | None = None
    language: str | None = None
    source: str = ""
    position: str = ""
    dateline: str | None = None
    byline: str | None = None
    clean_text: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The clean text when the article has been cleaned, else the raw text."""
        return self.clean_text if self.clean_text is not None else self.text

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "url": self.url,
            "outlet": self.outlet,
            "outlet_from": self.outlet_from,
            "published": _dt_to_str(self.published),
            "published_raw": self.published_raw,
            "author": self.author,
            "category": self.category,
            "language": self.language,
            "source": self.source,
            "position": self.position,
            "dateline": self.dateline,
            "byline": self.byline,
            "clean_text": self.clean_text,
            "removed": [r.as_dict() for r in self.removed],
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            text=str(data.get("text") or ""),
            url=data.get("url"),
            outlet=data.get("outlet"),
            outlet_from=data.get("outlet_from"),
            published=_str_to_dt(data.get("published")),
            published_raw=data.get("published_raw"),
            author=data.get("author"),
            category=data.get("category"),
            language=data.get("language"),
            source=str(data.get("source") or ""),
            position=str(data.get("position") or ""),
            dateline=data.get("dateline"),
            byline=data.get("byline"),
            clean_text=data.get("clean_text"),
            removed=[RemovedLine.from_dict(r) for r in data.get("removed") or []],
            extra=dict(data.get("extra") or {}),
        )


@dataclass(slots=True)
class Skip:
    """An input (a file, or one record in it) that was not stored, and why."""

    source: str
    position: str
    reason: str

    def one_line(self) -> str:
        where = f"{self.source}:{self.position}" if self.position else self.source
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "position": self.position, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Skip:
        return cls(
            source=str(data["source"]),
            position=str(data.get("position") or ""),
            reason=str(data["reason"]),
        )


@dataclass(slots=True)
class Claim:
    """A factual statement with a figure, tied to who said it and where it appeared.

    ``start``/``end`` are character offsets into the document's clean text and
    ``sentence`` is that sentence's text. ``value`` is a number, or "HH:MM" for kind
    ``time`` and "YYYY-MM-DD" for kind ``date``. ``property`` says what is counted or
    measured, as written; ``property_key`` is its normalised form used for grouping.
    """

    id: str
    document: str
    sentence: str
    start: int
    end: int
    value: float | int | str
    unit: str | None
    kind: str
    qualifier: str | None = None
    property: str = ""
    property_key: str = ""
    location: str | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    date: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    source_group: str | None = None  # the original of a near-duplicate: one source, not two
    text: str = ""  # the figure as written
    # when the figure was reported: the publication time, or for an undated article the
    # latest date-time its text names (it was written no earlier); None if neither
    reported: datetime | None = None
    # the upper end of a range ("radius 6-7 km": value 6, value_max 7), else None
    value_max: float | int | None = None
    # whose figure it is: the company, brand or product the sentence names as its
    # holder ("laba bersih Pertamina ..."), or the sides a score's words name ("Bahrain
    # vs Arab Saudi"); else None
    holder: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "property": self.property,
            "property_key": self.property_key,
            "location": self.location,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "date": self.date,
            "published": _dt_to_str(self.published),
            "outlet": self.outlet,
            "source_group": self.source_group,
            "text": self.text,
            "reported": _dt_to_str(self.reported),
            "value_max": self.value_max,
            "holder": self.holder,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            id=str(data["id"]),
            document=str(data["document"]),
            sentence=str(data.get("sentence") or ""),
            start=int(data["start"]),
            end=int(data["end"]),
            value=data["value"],
            unit=data.get("unit"),
            kind=str(data["kind"]),
            qualifier=data.get("qualifier"),
            property=str(data.get("property") or ""),
            property_key=str(data.get("property_key") or ""),
            location=data.get("location"),
            speaker=data.get("speaker"),
            speaker_text=data.get("speaker_text"),
            date=data.get("date"),
            published=_str_to_dt(data.get("published")),
            outlet=data.get("outlet"),
            source_group=data.get("source_group"),
            text=str(data.get("text") or ""),
            reported=_str_to_dt(data.get("reported")),
            value_max=data.get("value_max"),
            holder=data.get("holder"),
        )


@dataclass(slots=True)
class Mention:
    """A person, organisation or place named in a document, with the role given to it."""

    document: str
    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | LOC
    role: str | None = None
    org: str | None = None
    # another name of the person named by the mention starting there in the same
    # document, as the text says ("Agung Pamungkas alias Don Papank": Don Papank's)
    same_as: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document": self.document, "start": self.start, "end": self.end, "text": self.text,
            "type": self.type, "role": self.role, "org": self.org,
        }
        if self.same_as is not None:
            out["same_as"] = self.same_as
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        same_as = data.get("same_as")
        return cls(
            document=str(data["document"]), start=int(data["start"]), end=int(data["end"]),
            text=str(data["text"]), type=str(data["type"]), role=data.get("role"), org=data.get("org"),
            same_as=None if same_as is None else int(same_as),
        )


@dataclass(slots=True)
class Entity:
    """One real-world person/organisation/place across documents, with every spelling."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)  # {role, documents}
    documents: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
            "roles": [dict(r) for r in self.roles], "documents": list(self.documents),
            "mentions": [m.as_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]), name=str(data["name"]), type=str(data["type"]),
            aliases=list(data.get("aliases") or []), roles=list(data.get("roles") or []),
            documents=list(data.get("documents") or []),
            mentions=[Mention.from_dict(m) for m in data.get("mentions") or []],
        )
