"""Datelines ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -") at the top of a body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.ingest.outlets import canonical_outlet

_BRAND = r"(?P<brand>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]{2,}){1,2}|detik[A-Za-z]+|SINDOnews|Okezone)"
_CITY = r"(?P<city>[A-Z][A-Za-z'.]+(?:[ \-][A-Z][A-Za-z'.]+){0,3})"
_DASH = r"\s*[-\u2013\u2014]+\s*"

# "JAKARTA, KOMPAS.com -", "GARUT, KABARJABAR.com -", "REPUBLIKA.CO.ID, JAKARTA --"
# "Liputan6.com, Jakarta -", "SinPo.id -", "Jakarta -", "Jakarta, CNN Indonesia --"
_PATTERNS = [
    re.compile(rf"^{_CITY}\s*,\s*{_BRAND}{_DASH}"),
    re.compile(rf"^{_BRAND}\s*,\s*{_CITY}{_DASH}"),
    # "Liputan6.com, JakartaKita semua ..." (the dash was a stripped link)
    re.compile(r"^(?P<brand>Liputan6\.com)\s*,\s*(?P<city>[A-Z][a-z]+)(?=[A-Z][a-z])"),
    re.compile(rf"^{_BRAND}{_DASH}"),
    re.compile(rf"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*,\s*(?P<brand>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?){_DASH}"),
    re.compile(r"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:\s*\([A-Za-z0-9/]+\))?\s*[-\u2013\u2014]{1,2}\s+"),
]

MAX_DATELINE_CHARS = 60  # the longest real dateline seen in the corpus is ~40 chars


@dataclass(slots=True)
class Dateline:
    text: str  # as written, dash included
    city: str | None
    brand: str | None
    end: int  # offset into the body where the article proper starts

    @property
    def outlet(self) -> str | None:
        return canonical_outlet(self.brand) if self.brand else None


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the start of ``body`` (after leading whitespace), if any."""
    stripped = body.lstrip()
    offset = len(body) - len(stripped)
    head = stripped[: MAX_DATELINE_CHARS + 20]
    # scrapers break the dateline over lines ("Jakarta\n-\nLuna Maya"): read it flat
    flat = re.sub(r"\s*\n\s*", " ", head)
    for pattern in _PATTERNS:
        m = pattern.match(flat)
        if not m or m.end() > MAX_DATELINE_CHARS:
            continue
        groups = m.groupdict()
        city = groups.get("city")
        brand = groups.get("brand")
        if city and city.isupper() is False and city.lower() in _NOT_CITIES:
            continue
        end = _map_flat_offset(head, m.end())
        return Dateline(text=stripped[:end].strip(), city=city, brand=brand, end=offset + end)
    return None


# Sentence openers that look like "City -" but are not (seen in the corpus).
_NOT_CITIES = frozenset({"baca", "foto", "video", "sumber", "simak", "lihat", "editor"})


def _map_flat_offset(head: str, flat_end: int) -> int:
    """Map an offset in the newline-flattened head back to an offset in ``head``."""
    flat_pos = 0
    i = 0
    while i < len(head) and flat_pos < flat_end:
        if head[i].isspace():
            j = i
            while j < len(head) and head[j].isspace():
                j += 1
            chunk = head[i:j]
            # a whitespace run containing a newline became one space; others are kept
            width = 1 if "\n" in chunk else len(chunk)
            if flat_pos + width > flat_end:
                return i + (flat_end - flat_pos)
            flat_pos += width
            i = j
        else:
            flat_pos += 1
            i += 1
    return i
