"""Publication date-times from the messy strings real scrapers keep.

Handles, among others::

    Diperbarui 18 Jun 2025, 14:05 WIB      Kompas.com- 18/06/2025, 22:01 WIB
    ,\u00a0Jurnalis-Rabu, 18 Juni 2025 |16:30 WIB     Tayang: Senin, 9 Juni 2025 10:15 WITA
    Selasa, 10 Juni 2025 - 19:32 WIB       2025-06-18T15:59:00+07:00

Indonesian time zones: WIB = UTC+7, WITA = UTC+8, WIT = UTC+9. A string without a zone
is taken as WIB (every outlet in our corpus is Jakarta-based); a string without a time
gets midnight. Anything not recognised by these rules goes to dateparser, then None.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

logger = logging.getLogger(__name__)

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"wib": WIB, "wita": WITA, "wit": WIT, "utc": UTC, "gmt": UTC}
DEFAULT_TZ = WIB

MONTHS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "februari": 2, "pebruari": 2, "february": 2,
    "mar": 3, "maret": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "agu": 8, "agt": 8, "agus": 8, "agustus": 8, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10,
    "nov": 11, "nop": 11, "november": 11, "nopember": 11,
    "des": 12, "desember": 12, "dec": 12, "december": 12,
}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s*(?P<m>{_MONTH_RE})\.?\s*,?\s*(?P<y>\d{{4}})\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE
)
_NUMERIC_DMY = re.compile(r"\b(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})\b")
_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T\s](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<z>Z|[+\-]\d{2}:?\d{2})?)?"
)
_TIME = re.compile(
    r"(?<![\d/])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d/])"
    r"(?:\s*(?P<z>WITA|WIB|WIT|UTC|GMT)\b)?",
    re.IGNORECASE,
)
_ZONE_ONLY = re.compile(r"\b(WITA|WIB|WIT)\b", re.IGNORECASE)
# xlsx keeps carriage returns as _x000D_ escapes; posmetro's dates carry them.
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _offset(z: str) -> timezone:
    if z.upper() == "Z":
        return UTC
    sign = 1 if z[0] == "+" else -1
    digits = z[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


def _date_part(text: str) -> tuple[int, int, int, int] | None:
    """(year, month, day, end offset) of the first date in ``text``."""
    best: tuple[int, int, int, int, int] | None = None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.search(text)
        if m:
            cand = (m.start(), int(m["y"]), MONTHS[m["m"].lower()], int(m["d"]), m.end())
            if best is None or cand[0] < best[0]:
                best = cand
    m = _NUMERIC_DMY.search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), int(m["y"]), int(m["m"]), int(m["d"]), m.end())
    if best is None:
        return None
    return best[1], best[2], best[3], best[4]


def parse_published(value: str | None, time_value: str | None = None) -> datetime | None:
    """A timezone-aware publication datetime, or None when there is no date in it.

    ``time_value`` is a separate time column ("21:02") when the export has one.
    """
    if value is None:
        return None
    text = _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), str(value))
    text = text.replace("\u00a0", " ").strip()
    if not text and not time_value:
        return None
    iso = _ISO.search(text)
    if iso:
        try:
            iso_tz = _offset(iso["z"]) if iso["z"] else _zone_in(text) or DEFAULT_TZ
            return datetime(
                int(iso["y"]), int(iso["m"]), int(iso["d"]),
                int(iso["H"] or 0), int(iso["M"] or 0), int(iso["S"] or 0), tzinfo=iso_tz,
            )
        except ValueError:
            pass
    found = _date_part(text)
    if found is None:
        return _fallback(text, time_value)
    year, month, day, end = found
    rest = text[end:]
    hour = minute = second = 0
    zone: timezone | None = None
    tm = _TIME.search(rest) or (_TIME.search(time_value) if time_value else None)
    if tm:
        hour, minute, second = int(tm["H"]), int(tm["M"]), int(tm["S"] or 0)
        if tm["z"]:
            zone = ZONES[tm["z"].lower()]
    tz = zone or _zone_in(text) or DEFAULT_TZ
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        logger.debug("impossible date in %r", text)
        return None


def _zone_in(text: str) -> timezone | None:
    m = _ZONE_ONLY.search(text)
    return ZONES[m.group(1).lower()] if m else None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> datetime | None:
    if not any(ch.isdigit() for ch in text):
        return None
    import dateparser  # slow to import; only for strings our rules miss

    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={"RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "Asia/Jakarta",
                  "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False},
    )
    if parsed is None:
        return None
    return parsed if isinstance(parsed, datetime) else None


def _fallback(text: str, time_value: str | None) -> datetime | None:
    combined = f"{text} {time_value or ''}".strip()
    return _dateparser(combined) if combined else None


def has_date_string(value: str | None) -> bool:
    """Whether a raw date field holds something that claims to be a date (has digits)."""
    return bool(value) and any(ch.isdigit() for ch in str(value))
