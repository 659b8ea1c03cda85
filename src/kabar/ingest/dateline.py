"""Datelines ("JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -") at the top of a body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.ingest.outlets import canonical_outlet

_BRAND = r"(?P<brand>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z]{2,}){1,2}|detik[A-Za-z]+|SINDOnews|Okezone)"
# A capital letter, accented ones too: a foreign city's dateline ("GDAŃSK-",
# "MÖNCHENGLADBACH -", okezone) had stayed in the text, and "GDAŃSK" been an organisation.
_CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]"
# (each word capitalised or in capitals, not two glued: "Liputan6.com, JakartaVirus
# SARS-CoV-2 penyebab ..." had lost "Virus SARS-CoV-" with its dateline)
_CITY_WORD = r"[A-Z](?:[a-z'.]+|[A-Z'.]+)(?![A-Za-z])"
_CITY = rf"(?P<city>{_CITY_WORD}(?:[ \-]{_CITY_WORD}){{0,3}})"
_DASH = r"\s*[-\u2013\u2014]+\s*"

# "JAKARTA, KOMPAS.com -", "GARUT, KABARJABAR.com -", "REPUBLIKA.CO.ID, JAKARTA --",
# "GIANYAR, TRIBUN-BALI.COM –"
# "Liputan6.com, Jakarta -", "SinPo.id -", "Jakarta -", "Jakarta, CNN Indonesia --"
_PATTERNS = [
    re.compile(rf"^{_CITY}\s*,\s*{_BRAND}{_DASH}"),
    # (and a state after the city: "Liputan6.com, Washington, DC -")
    re.compile(rf"^{_BRAND}\s*,\s*{_CITY}(?:,\s*[A-Z]{{2}})?{_DASH}"),
    # "Liputan6.com, JakartaKita semua ...", "JakartaPT Pupuk ...", "Ogan IlirPT ...",
    # "Jakarta“Iris” ..." (the dash was a stripped link; 48 articles of the shared
    # corpus had kept such a dateline glued to a capital or a quote)
    re.compile(r"^(?P<brand>Liputan6\.com)\s*,\s*(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[A-Z\"\u201c])"),
    # (a comma before the dash: "TRIBUN-MEDAN.COM,- Sosok ...")
    re.compile(rf"^{_BRAND},?{_DASH}"),
    # "Jakarta, CNN Indonesia --", "Warta Nusantara, Garut -", "Probolinggo, Jawa Timur -":
    # two names in words; which is the brand is decided by :func:`_order_words`. The dash
    # must stand apart ("Kim Jong-hyeok" is a name, not a dateline).
    re.compile(
        r"^(?P<first>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*,\s*"
        r"(?P<second>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?:\s+[-\u2013\u2014]+\s*|[-\u2013\u2014]+\s+)"
    ),
    re.compile(r"^(?P<city>[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:\s*\([A-Za-z0-9/]+\))?\s*[-\u2013\u2014]{1,2}\s+"),
    # "LOS ANGELES - Polisi ...", "LAMPUNG SELATAN - ", "SAINT-ETIENNE– Timnas", "OSAKA
    # –Hasil" (the space after the dash went with a link), "POSMETRO MEDAN– ": a place
    # (or an outlet and its city) in capitals, up to four words, before a dash and a
    # capital; two vowels at least ("KPK -" would be an acronym). 348 corpus articles
    # had kept such a dateline in their text (okezone, tribunnews, posmetromedan,
    # sindonews, tempo's "INFO NASIONAL -" label).
    re.compile(
        rf"^(?P<caps>{_CAP}(?:{_CAP}|[.'])+(?:[ \-]{_CAP}(?:{_CAP}|[.'])+){{0,3}})"
        # (a word after the dash, not more capitals: "TRIBUN-MEDAN.COM" is no "TRIBUN -")
        r"\s*[-\u2013\u2014]{1,2}\s*(?=[A-Z][a-z]|[\"\u201c])"
    ),
    # "JAKARTA-Pemimpin Tertinggi Iran ...": a city in capitals glued to the first word
    # by its dash (the space went with a link)
    # (two vowels at least: "BMKG-" or "KPK-" would be an acronym)
    re.compile(
        rf"^(?P<city>(?=(?:(?:{_CAP}| )*?[AEIOUÀ-ÆÈ-ÏÒ-ÖØ-Ü]){{2}}){_CAP}{{3,}}(?: {_CAP}{{3,}})?)"
        r"[-\u2013\u2014]{1,2}(?=[A-Z][a-z])"
    ),
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
        if "first" in groups:
            city, brand = _order_words(groups["first"], groups["second"])
        if "caps" in groups:
            city = groups["caps"]
            if sum(ch in "AEIOU" for ch in city) < 2 and city.isascii():
                continue  # an acronym ("KPK -", "BMKG -"; not "GDAŃSK-")
        if city and city.isupper() is False and city.lower() in _NOT_CITIES:
            continue
        end = _map_flat_offset(head, m.end())
        return Dateline(text=stripped[:end].strip(), city=city, brand=brand, end=offset + end)
    return None


# Words that make up the names of Indonesian news outlets written as words ("Warta
# Nusantara", "CNN Indonesia", "Pikiran Rakyat", "Tribun", "Beritasatu"), none of which
# names a place. Chosen from the outlets of the shared corpus and the major national and
# regional press. Names are also recognised by how a word starts ("Beritasatu",
# "Kabarbanten") or ends ("Jatimnews", "Bantenpost"); "antara" only as a whole word, as
# "Nusantara" is also a place.
_BRAND_WORDS = frozenset({
    "antara", "cnn", "inews", "media", "news", "online", "pos", "post", "rri", "times",
    "tv", "tvri",
})
_BRAND_STARTS = (
    "berita", "bisnis", "harian", "jurnal", "kabar", "koran", "pikiran", "portal", "radar",
    "sinar", "suara", "tribun", "warta",
)
_BRAND_ENDS = ("media", "news", "online", "post", "times", "tv")


def _brandish(name: str) -> bool:
    """Whether a name written as words reads as an outlet's name rather than a place."""
    return any(
        word in _BRAND_WORDS or word.startswith(_BRAND_STARTS) or word.endswith(_BRAND_ENDS)
        for word in name.lower().split()
    )


def _order_words(first: str, second: str) -> tuple[str | None, str | None]:
    """(city, brand) of a dateline of two names in words, "first, second -".

    The name that reads as an outlet is the brand, whichever side it is on ("Warta
    Nusantara, Garut", "Jakarta, CNN Indonesia"). When neither does, the dateline is a
    place and its region ("Probolinggo, Jawa Timur", "Chanthaburi, Thailand"): no brand,
    rather than a region taken for an outlet.
    """
    if _brandish(first) and not _brandish(second):
        return second, first
    if _brandish(second):
        return first, second
    return first, None


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
