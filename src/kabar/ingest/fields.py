"""Recognise field/column names in English and Indonesian."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Canonical field -> names seen in exports (compared case-insensitively, with spaces,
# dashes and underscores ignored). Order matters: the first name present wins.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "judul", "headline", "judul_berita", "heading"),
    "text": (
        "text", "content", "body", "isi", "isi_berita", "isiberita", "konten",
        "article", "artikel", "berita", "maintext", "description_full",
    ),
    "date": (
        "date", "published", "published_at", "publishedat", "pubdate", "datetime",
        "tanggal", "tanggal_publikasi", "tanggal_terbit", "tgl", "waktu_terbit",
        "date_publish", "published_time",
    ),
    "time": ("time", "waktu", "jam", "pukul"),
    "outlet": (
        "outlet", "source", "sumber", "media", "publisher", "site", "site_name",
        "sitename", "portal", "source_name",
    ),
    "url": ("url", "link", "tautan", "permalink", "source_url", "href"),
    "author": ("author", "authors", "penulis", "reporter", "wartawan", "byline", "editor"),
    "category": ("category", "kategori", "section", "rubrik", "kanal"),
}

CANONICAL_FIELDS = tuple(FIELD_NAMES)


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name.strip().lower().lstrip("\ufeff"))


_LOOKUP: dict[str, str] = {}
for _field, _names in FIELD_NAMES.items():
    for _name in _names:
        _LOOKUP.setdefault(_fold(_name), _field)


def map_columns(columns: Iterable[str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map canonical field -> the input's column name.

    ``overrides`` is ``{field: column}`` from ``--map field=column`` and wins.
    """
    cols = [c for c in columns if c is not None]
    mapping: dict[str, str] = {}
    for col in cols:
        canon = _LOOKUP.get(_fold(str(col)))
        if canon and canon not in mapping:
            mapping[canon] = col
    if overrides:
        folded = {_fold(str(c)): c for c in cols}
        for fld, col in overrides.items():
            actual = folded.get(_fold(col), col)
            mapping[fld] = actual
    return mapping


def parse_map_option(values: Iterable[str]) -> dict[str, str]:
    """Parse ``field=column`` strings; raise ValueError naming the bad one."""
    result: dict[str, str] = {}
    for value in values:
        if "=" not in value:
            raise ValueError(f"--map expects field=column, got {value!r}")
        fld, col = (s.strip() for s in value.split("=", 1))
        if fld not in FIELD_NAMES:
            raise ValueError(
                f"--map: unknown field {fld!r} (known: {', '.join(CANONICAL_FIELDS)})"
            )
        result[fld] = col
    return result
