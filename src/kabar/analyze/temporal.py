"""Dates and times in Indonesian news text, resolved to calendar values.

:func:`extract_dates` finds date and time expressions in plain text and returns them
as :class:`DateMention` records with character offsets into that text::

    Rabu (18/6/2025)        Senin, 9 Juni 2025      18 Jun 2025     18/06/2025
    2025-06-18              Kamis (31/10)           29 Mei          Juni 2025
    akhir Mei 2025          tahun 2024              1998-2017       pada Agustus
    kemarin                 tadi malam              pekan lalu      akhir pekan
    Selasa lalu             pada hari Senin         tiga hari lalu  dua tahun terakhir
    pukul 15.24 WIB         sekira pukul 02.02      15:24:49 WIB    jam 11 malam

How it works: a fixed set of precompiled regular expressions proposes candidate spans
(each pass is linear in the text); where candidates overlap the longest wins; adjacent
dates joined by "hingga"/"-"/"s.d." become one period; then every candidate is resolved
against an *anchor* day:

* the ``anchor`` argument (the article's publication time) when given
  (``anchor_source="published"``);
* else the latest full date (day, month and year) written in the same text
  (``anchor_source="latest_absolute"``);
* else nothing: phrases that need an anchor stay ``resolved=False`` with
  ``value=None``. A date is never invented.

Inside a quotation whose attribution after it dates the words ('"Besok kami siap,"
kata dia, Senin (9/6/2025).'), relative phrases are resolved against that day
(``anchor_source="said"``): the speaker's "besok" is the day after he spoke, not the
day after publication. The day must be the attribution's last words, not after the
publication anchor and at most :data:`SAID_MAX_DAYS` before it, and agree with its
weekday when one is written; a day the outlet cited its source on ("kata dia, dikutip
Senin") is not the day the words were said.

Full dates need no anchor (``anchor_source=None``). Resolution rules:

* A weekday alone ("Selasa", "pada hari Selasa") is the nearest such day not after the
  anchor, the anchor's own day included; with "lalu"/"kemarin" strictly before it;
  with "depan"/"mendatang"/"nanti" strictly after it; with "ini" the one in the
  anchor's Monday-to-Sunday week; "Senin pekan lalu" is the Monday of the week before.
* A day and month without a year takes the anchor's year, unless that puts it more
  than :data:`FUTURE_WINDOW_DAYS` after the anchor (then the year before) or more than
  :data:`PAST_WINDOW_DAYS` before it (then the year after: "(5/1)" in an article of
  20 December). "29 Mei lalu" is never after the anchor, "12 Juni mendatang" never
  before it. A month alone ("pada Agustus") follows the same window on its first day.
* A weekday written with a date ("Kamis (31/10)", "1 Juli 2025, hari Selasa") is
  checked against it; when they disagree the explicit day and month win (the year
  too) and ``note`` says so.
* "hari ini sampai dengan hari Kamis", "mulai besok hingga Minggu": from today on, so
  the weekday is ahead (a future cue).
* Tense cues before a mention in its clause ("akan", "dijadwalkan", "berencana" /
  "telah", "sempat") shift yearless dates, bare months and bare weekdays: forward up to
  :data:`FUTURE_CUE_WINDOW_DAYS`, or never after the anchor; a cue found for one such
  mention of a sentence holds for the others ("akan ada A (9-12 Juli), B (9-13
  Agustus)").
* "tadi malam"/"semalam" is the evening before the anchor's day, whatever the hour of
  publication (articles posted at 18:00-22:00 still meant the night before in every
  case checked); "malam ini" is the anchor's own evening. A bare "akhir pekan" is the
  weekend just gone early in the week and the coming one later
  (:data:`WEEKEND_LOOKBACK_WEEKDAYS`).
* A month named alone ("pada bulan Oktober") takes the year of another mention of
  the same month in the text that settles it ("Oktober nanti", "Oktober tahun lalu";
  not "Oktober 2023", which often names another event).
* "awal"/"pertengahan"/"akhir" narrow a week, month or year to the parts in
  :data:`MONTH_PARTS`, :data:`YEAR_PARTS` and :data:`WEEK_PARTS` (a convention, stated
  here so a reader can undo it: the periods are approximate).

Times ("pukul 15.24 WIB", "jam 19.15", "15:24:49 WIB", "pukul 2 siang") attach to the
nearest single-day mention in the same sentence (which becomes ``kind="datetime"``; its
span grows over the time when only a comma or "sekitar" lies between them); a time with
no day in its sentence stands alone as ``kind="time"``.

A day the outlet cited or viewed its source on ("kata X, dikutip Selasa (10/6/2025)",
"Mengutip Reuters, Senin (9/6)") is marked ``cited``: not a day of the events told.

Habitual phrases ("setiap Senin", "tiap akhir pekan"), weekday ranges ("Senin-Jumat"),
law numbers ("Nomor 5 Tahun 2024"), vague spans ("beberapa hari lalu") and bare
numbers ("Pasal 4", "4,8", "2025" with no cue) are not dates.

dateparser is not used for the common forms: our own rules parse a span in
microseconds where ``dateparser.parse`` takes 0.5-1 ms, and dateparser misses most of
the relative phrases above ("Selasa lalu", "pekan lalu", "tiga hari lalu", "akhir
pekan", "awal November"). It is kept as a fallback for "<day> <Word> <year>" spans
whose month word our table does not know (old spellings such as "18 Djuni 1945"), at
most :data:`MAX_DATEPARSER_CALLS` times per text.

Speed: each pattern has a literal "trigger" (a year, a month name, "pukul", a weekday
name) searched on a lower-cased copy; the full pattern runs only in short windows
around its triggers. About 0.5 ms for a typical 2,000-character article; a 2 MB text
takes well under a second to a few seconds depending on how many dates it holds.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)

# --- thresholds and conventions ------------------------------------------------------

# A date written without a year is taken to lie at most this many days after the
# anchor ("~2 months", as the design asks): news mentions upcoming events a few weeks
# ahead (a match on "12 Juni" in an article of 5 June), while a day/month much further
# ahead is usually one already gone ("Kamis (31/10)" in a June article is last
# October). In the hand-checked samples the errors it leaves are future events listed
# with no cue at all ("Festival X (20-21 September)" in a June article).
FUTURE_WINDOW_DAYS = 62
# The rest of the year lies behind the anchor, so every day/month has exactly one year.
PAST_WINDOW_DAYS = 365 - FUTURE_WINDOW_DAYS
# A future cue in the same clause ("akan digelar pada 5 Agustus", "dijadwalkan pada
# hari Jumat") lets a yearless date lie up to this many days after the anchor (about
# ten months: the rest of the year ahead) and sends a bare weekday forward; a past
# cue ("telah", "sempat", ...) keeps it on or before the anchor. Clauses end at
# punctuation or quotes, so '"Kami akan datang," kata dia, Selasa.' has no cue for
# "Selasa". Added after checking sample errors by hand (see the module docstring).
FUTURE_CUE_WINDOW_DAYS = 300
# How long before publication the day a quotation was said may lie for its relative
# phrases to be resolved against it. Quotations reused from weeks before are dated so
# ("kata Pramono ..., Selasa (20/5)" in a June article); a longer gap was, in the
# corpus, mostly a slip in the written date ("Rabu (18/5/2025)" for 18 June).
SAID_MAX_DAYS = 31
# How far before a mention (in characters, within its clause) a tense cue is looked
# for; only before it: in "Trump hari Rabu mengatakan China akan ..." the "akan" after
# the weekday belongs to the reported speech.
CLAUSE_CHARS = 120
# A bare "akhir pekan" in an article of Monday or Tuesday is the weekend just gone;
# from Wednesday on it is the coming one (news previews the weekend mid-week).
WEEKEND_LOOKBACK_WEEKDAYS = frozenset({0, 1})
# Parts of a month, year and week named by "awal"/"pertengahan"/"akhir": thirds of a
# month, the first/middle/last months of a year, Monday-Tuesday / Wednesday /
# Saturday-Sunday of a week. A convention (no corpus tells us), documented so that a
# consumer can widen them back to the whole unit.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "awal": (1, 10), "pertengahan": (11, 20), "tengah": (11, 20), "medio": (11, 20),
    "akhir": (21, 31),
}
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "awal": (1, 3), "pertengahan": (5, 8), "tengah": (5, 8), "medio": (5, 8),
    "akhir": (10, 12),
}
WEEK_PARTS: dict[str, tuple[int, int]] = {
    "awal": (0, 1), "tengah": (2, 2), "pertengahan": (2, 2), "akhir": (5, 6),
}
# dateparser is only a fallback for odd month spellings; cap the calls per text so that
# a long text full of "<n> <Word> <year>" shapes stays fast (each call is ~0.2-1 ms).
MAX_DATEPARSER_CALLS = 32
# Years outside this range are not dates in news text (prices, counts, codes).
MIN_YEAR, MAX_YEAR = 1900, 2100

# --- vocabularies -------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
# Month names that may stand alone ("pada Agustus"): Indonesian full names only, since
# short forms and English names collide with words and names ("Nam Gi Jun", "may").
FULL_MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
    "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11,
    "nopember": 11, "desember": 12,
}
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6,
}
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# Offsets from UTC of the zones that appear after times in Indonesian news.
TIME_ZONES: dict[str, str] = {
    "wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "kst": "+09:00", "jst": "+09:00",
    "was": "+03:00", "gmt": "+00:00", "utc": "+00:00",
}
NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
}

# --- regular expressions ------------------------------------------------------------


def _alt(words: list[str] | dict[str, int]) -> str:
    """A regex matching any of ``words``, as a trie ("j(?:an(?:uari)?|un(?:i)?)").

    Prefix-factored alternatives run about twice as fast as a flat "a|b|c" list in
    CPython's engine; the optional tails are greedy, so the longest word wins.
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


_MON = _alt(MONTHS)
_MON_FULL = _alt(FULL_MONTHS)
_WD = r"senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad"
_QUAL = r"awal|akhir|pertengahan|tengah|medio"
_PART = r"pagi|siang|sore|malam|dini\s+hari|subuh"
_YEAR = r"(?:19|20)\d\d"
_RANGE_WORD = r"-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga"
_ZONES = r"WITA|WIB|WIT|KST|JST|WAS|GMT|UTC"
_NUM = (
    r"\d{1,3}|(?:" + _alt([w for w in NUMBER_WORDS if w != "se"]) + r")(?:\s+(?:belas|puluh))?"
)
# Words that make a bare month or year a date ("pada Agustus", "sejak 2015"); "tahun",
# "bulan" and the qualifiers are matched by their own groups.
_PREP = (
    r"pada|sejak|hingga|sampai|mulai|per|jelang|menjelang|selama|sepanjang|dari|"
    r"memasuki|periode|era|di|antara"
)
_END = r"(?![\w/]|[.,\-]\d)"  # not glued to a following word or number

# A day in brackets alone, as datelines and attributions write the day of what they
# tell ("Rabu (18/6/2025)", "(18/6)"), its day and month the groups: what the summary
# and the near-duplicate test compare (the date scanners read more: _PAREN_DM).
DAY_IN_BRACKETS = re.compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{2,4})?\s*\)")
# "Rabu (18/6/2025)", "Kamis (31/10)", "Senin, (9/6/2025)", "(11//6/25)"
_PAREN_DM = re.compile(
    rf"(?:\b(?P<wd>{_WD})\b(?:\s+(?:{_PART}))?(?:\s+(?:WIB|WITA|WIT))?\s*,?\s*)?"
    rf"\(\s*(?P<d>\d{{1,2}})\s*/{{1,2}}\s*(?P<m>\d{{1,2}})"
    rf"(?:\s*/{{1,2}}\s*(?P<y>\d{{4}}|\d{{2}}))?\s*"
    rf"(?:\)(?:(?:\s+(?:{_PART}))?\s+(?P<dir>lalu|kemarin)\b)?|(?=\D))",
    re.IGNORECASE,
)
# "18/06/2025", "18-06-2025", "18.06.2025", "Selasa, 10/6/2025"
_NUM_DMY = re.compile(
    rf"(?:\b(?P<wd>{_WD})\b\s*,?\s*(?:(?:tanggal|tgl\.?)\s*)?)?(?<![\w.,/:\-])(?P<d>\d{{1,2}})(?P<sep>[/.\-])"
    rf"(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR}){_END}",
    re.IGNORECASE,
)
# "2025-06-18", "2025/06/18", "2025-06-18T15:59:00+07:00"
_ISO = re.compile(
    rf"(?<![\w.,/\-])(?P<y>{_YEAR})(?P<sep>[\-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
    r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"(?P<z>Z|[+\-]\d\d:?\d\d)?)?"
    rf"{_END}"
)
# "Senin, 9 Juni 2025", "18 Jun 2025", "29 Mei", "11-12 Juni", "5 Juni lalu"
_DMY = re.compile(
    rf"(?:\b(?P<wd>{_WD})\b\s*,?\s*(?:(?:tanggal|tgl\.?)\s*)?)?(?<![\w.,/:])(?P<d>\d{{1,2}})"
    rf"(?:\s*(?:{_RANGE_WORD})\s*(?P<d2>\d{{1,2}}))?"
    rf"\s*(?P<mon>{_MON})\.?(?![a-z])"
    # (the year may follow "tahun", in two digits too: "22 Agustus tahun 40" is 1940)
    rf"(?:\s*,?\s*(?:tahun\s+)?(?P<y>{_YEAR}(?!\d)|(?<=tahun\s)\d\d(?![\d.,]\d)(?!\d)))?"
    r"(?:\s+(?P<dir>lalu|kemarin|silam|mendatang|depan|nanti)\b)?",
    re.IGNORECASE,
)
# "June 18, 2025", "Juni 18, 2025"
_MDY = re.compile(
    rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<y>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
# "Juni 2025", "akhir Mei 2025", "bulan Maret tahun 2024", "Januari-Maret 2025"
_MONTH_YEAR = re.compile(
    rf"\b(?:(?P<q>{_QUAL})\s+)?(?:bulan\s+)?(?:(?P<mon1>{_MON_FULL})\s*(?:{_RANGE_WORD})\s*)?"
    rf"(?P<mon>{_MON})\.?(?:\s+tahun)?\s*,?\s+(?P<y>{_YEAR}){_END}",
    re.IGNORECASE,
)
# "pada Agustus", "awal November", "bulan September", "Juni lalu", "Mei tahun lalu"
_MONTH_ALONE = re.compile(
    rf"\b(?:(?P<prep>{_PREP})\s+)?(?P<span>(?:(?P<q>{_QUAL})\s+)?(?:(?P<bulan>bulan)\s+)?"
    rf"(?P<mon>{_MON_FULL})"
    r"(?:\s+(?P<dir>lalu|kemarin|mendatang|depan|nanti|ini"
    r"|tahun\s+(?:ini|lalu|kemarin|depan)))?)\b",
    re.IGNORECASE,
)
# "tahun 2024", "pada 2020", "akhir 2025", "1998-2017", "tahun 2020-an"
_YEARS = re.compile(
    rf"(?<![\w.,/\-])(?:(?P<prep>{_PREP})\s+)?(?P<span>(?:(?P<q>{_QUAL})\s+)?"
    rf"(?:(?P<tahun>tahun|thn\.?)\s+)?(?P<y>{_YEAR})"
    rf"(?:(?P<an>\s?-?an)\b|\s*(?:{_RANGE_WORD})\s*(?P<y2>{_YEAR}))?){_END}",
    re.IGNORECASE,
)
# A quarter or half of a year with its year: "kuartal I 2025", "kuartal I-2025", "Q1
# 2025", "triwulan II/2025", "semester I tahun ini" (a bare "kuartal I" names no year:
# left alone, never guessed).
_QUARTER = re.compile(
    r"(?<![\w])(?P<kind>kuartal|triwulan|semester|q)\s*(?:ke-?\s*)?"
    r"(?P<n>iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat)(?![\w])"
    r"(?:\s*[-/]\s*|\s+(?:tahun\s+)?)"
    r"(?:(?P<y>(?:19|20)\d\d)(?![\w])|(?P<rel>tahun\s+(?:ini|lalu|depan|kemarin))(?![\w]))",
    re.IGNORECASE,
)
_QUARTER_NUMBERS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
}
# "kemarin", "hari ini", "tadi malam", "dini hari tadi", "semalam", "besok", "lusa"
# (not a part of a reduplicated plural: "hari-hari ini" are these days, "minggu-minggu
# ini" these weeks, "kemarin-kemarin" lately, no day nor week)
# "kemarin itu", spoken: the other day, not yesterday.
_THE_OTHER_DAY = re.compile(r"\s+itu\b", re.IGNORECASE)
_REL_DAY = re.compile(
    rf"(?<!-)\b(?:kemarin\s+lusa|kemarin(?:\s+(?:{_PART}))?|hari\s+ini|(?:{_PART})\s+ini"
    rf"|dini\s+hari\s+tadi|tadi\s+(?:{_PART})|semalam|besok(?:\s+(?:{_PART}))?"
    r"|esok\s+hari|lusa)\b(?!-\w)",
    re.IGNORECASE,
)
# "pekan lalu", "minggu depan", "bulan ini", "tahun lalu", "akhir pekan", "awal tahun",
# "akhir pekan nanti"
_REL_PERIOD = re.compile(
    rf"(?<!-)\b(?:(?P<q>{_QUAL})\s+)?(?P<unit>pekan|minggu|bulan|tahun)"
    r"(?:\s+(?P<dir>ini|lalu|kemarin|depan|mendatang|nanti))?\b",
    re.IGNORECASE,
)
# "tiga hari lalu", "dua tahun terakhir", "sepekan terakhir", "5 hari ke depan"; not
# the end of a decimal ("3,5 tahun ke depan" is no five years)
_N_UNITS = re.compile(
    rf"(?<!\d[.,])\b(?:(?P<n>{_NUM})\s*|(?P<se>se))(?P<unit>hari|pekan|minggu|bulan|tahun|dekade|dasawarsa)"
    r"\s+(?:(?P<ago>(?:yang\s+)?lalu|silam)|(?P<last>terakhir|belakangan(?:\s+ini)?)"
    r"|(?P<ahead>ke\s+depan|mendatang)|(?P<later>lagi))\b",
    re.IGNORECASE,
)
# "Selasa", "pada hari Selasa", "Senin lalu", "Jumat mendatang", "Selasa malam",
# "Senin pekan lalu"
_WEEKDAY = re.compile(
    rf"\b(?:(?P<pre>kemarin)\s+)?(?:(?P<hari>hari)\s+)?(?P<wd>{_WD})\b(?:\s+(?P<part>{_PART}))?"
    r"(?:\s+(?P<wk>pekan|minggu)\s+(?P<wkdir>ini|lalu|kemarin|depan|mendatang))?"
    r"(?:\s+(?P<dir>lalu|kemarin|depan|mendatang|nanti|ini|besok))?\b",
    re.IGNORECASE,
)
# "pukul 15.24 WIB", "sekira pukul 02.02", "jam 19.15", "pukul 2 siang", "pukul 17.00-23.00 WIB"
_TIME_KW = re.compile(
    r"\b(?:(?:sekitar|sekira|kira-kira|kurang\s+lebih)\s+)?(?P<kw>pukul|jam|pkl\.?)\s*"
    r"(?P<h>\d{1,2})(?:[.:](?P<mi>[0-5]\d))?(?::(?P<s>[0-5]\d))?"
    # (the zone may be written after both times, "pukul 15.00 WIB sampai 15.50 WIB", the
    # same zone: a WITA time, a dash and a WIB time are a flight's two ends; a day after
    # it is no time, "pukul 00.00 WIB sampai 7 Juli")
    rf"(?:\s*(?P<tz0>{_ZONES})(?=\s*(?:{_RANGE_WORD})\s*(?:pukul\s+)?\d{{1,2}}[.:][0-5]\d"
    rf"(?:\s*(?P=tz0)\b|(?!\s*(?:{_ZONES})))))?"
    rf"(?:\s*(?:{_RANGE_WORD})\s*(?:pukul\s+)?(?P<h2>\d{{1,2}})(?:[.:](?P<mi2>[0-5]\d))?)?"
    r"(?![\d.,:]\d)"
    rf"(?:\s*(?P<tz>(?(tz0)(?P=tz0)|(?:{_ZONES})))\b)?"
    rf"(?:\s+(?P<part>{_PART}))?\b",
    re.IGNORECASE,
)
# "15:24:49 WIB", "10.44 WIB" (a time with no "pukul" needs a zone)
_TIME_BARE = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])[.:](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    # "14.40 - 14.50 WIB": a range of times, from the first (also "09.10 WIB-10.05 WIB",
    # "15.00 WIB sampai 15.50 WIB")
    r"(?:\s*(?P<tz0>WITA|WIB|WIT)?\s*(?:[-–—]|sampai|hingga|s\.?/?d\.?)\s*(?P<h2>[01]?\d|2[0-4])[.:](?P<mi2>[0-5]\d))?"
    r"\s*(?P<tz>(?(tz0)(?P=tz0)|(?:WITA|WIB|WIT)))\b"
)
# "18 Djuni 1945": a day, a capitalised word that is not in MONTHS and a year; only
# these spans go to dateparser.
_ODD_MONTH = re.compile(
    rf"(?<![\w.,/:\-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<w>[A-Z][a-z]{{2,9}})\.?,?\s+"
    rf"(?P<y>{_YEAR})(?!\d)"
)
_ODD_MONTH_STOP = frozenset({"tahun", "hari", "bulan", "pekan", "minggu", "orang", "unit"})

_RANGE_GAP = re.compile(rf"\s*(?:{_RANGE_WORD})\s*", re.IGNORECASE)
# A weekday that names a place with the word before it ("Pasar Minggu", a district of
# South Jakarta; "Desa Pasar Jumat"): in the corpus all 8 such mentions are places.
_PLACE_BEFORE_WEEKDAY = re.compile(r"\bPasar\s+$")
_HABITUAL = re.compile(r"\b(?:setiap|tiap|saban|tiap-tiap)\s+(?:hari\s+)?$", re.IGNORECASE)
_LAW_NUMBER = re.compile(r"\b(?:nomor|no\.?)\s*(?:[a-z]+\s*)?[\w./-]*\d[a-z]?\s*$", re.IGNORECASE)
# The state gazette's "Tahun 2019 Nomor 45" after a regulation's title: its year and
# number name where the law is published, no date
_GAZETTE_NUMBER = re.compile(r"\s+(?:nomor|no\.?)\s*\d", re.IGNORECASE)
_WEEKDAY_RANGE_AFTER = re.compile(rf"\s*(?:{_RANGE_WORD})\s*(?:{_WD})\b", re.IGNORECASE)
_WEEKDAY_RANGE_BEFORE = re.compile(rf"\b(?:{_WD})\s*(?:{_RANGE_WORD})\s*$", re.IGNORECASE)
# ... and a weekday after such a range in its sentence is another day of the schedule
# ("loket dibuka tiap Senin-Kamis sejak pagi, adapun Jumat hanya sampai siang")
# (looked for this many characters back, in the weekday's sentence: a bounded window
# keeps a text of weekdays without full stops linear)
SCHEDULE_WINDOW = 160
_WEEKDAY_RANGE = re.compile(rf"\b(?:{_WD})\s*(?:{_RANGE_WORD})\s*(?:{_WD})\b", re.IGNORECASE)
# Three or more bare weekdays listed ("paket kemarin buat Senin, Selasa, Rabu", "setiap
# Selasa, Kamis, dan Sabtu") are a schedule's days, not days the story names: a
# quotation's list had put its sentence on the timeline three times. (3 lists in the
# shared corpus; two after "setiap", already habitual.) A weekday with its date
# ("Senin (9/6), Selasa (10/6) dan Rabu (11/6)") is dated by the date.
_LIST_SEP = r"(?:\s*,\s*(?:dan\s+|atau\s+)?|\s+(?:dan|atau)\s+)"
_WEEKDAY_LIST = re.compile(rf"\b(?:{_WD})(?:{_LIST_SEP}(?:{_WD})){{2,}}\b(?!\s*\()", re.IGNORECASE)
WEEKDAY_LIST_WINDOW = 60
# ... and the days listed after "setiap" ("tayang setiap Rabu dan Kamis"):
# every one of them is habitual, not only the first
_HABITUAL_LIST = re.compile(
    rf"\b(?:setiap|tiap|saban)\s+(?:hari\s+)?(?:{_WD})(?:{_LIST_SEP}(?:{_WD}))*{_LIST_SEP}$", re.IGNORECASE
)
# "tadi malam"/"semalam" with a time before this hour is the small hours after
# midnight, on the anchor's own day: "tadi malam" at 00.20 in a report of
# 06:10 is 00:20 that day, not the day before (an earthquake's brief had its aftershock
# watch 24 hours before the quake). The night ends at dawn, about 05:00 in Indonesia;
# nobody writes "tadi malam pukul 05.30" of the evening before.
NIGHT_ENDS_HOUR = 6
_LAST_NIGHT_RULES = frozenset({"relative:tadi_malam", "relative:semalam"})
_ATTACH_GAP = re.compile(
    rf"[\s,]*(?:(?:{_PART}|sekitar|sekira|mulai|pada|sejak|hingga|sampai)[\s,]+)*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"”'’)]|$)|\n")
_CLAUSE_DELIMS = ",;:\"“”\n.!?"
_FUTURE_CUE = re.compile(
    r"\b(?:akan|bakal|hendak|berencana|direncanakan|rencananya|dijadwalkan|terjadwal|"
    r"mendatang|nanti|diprediksi|diperkirakan|ditargetkan|menjelang|jelang|masih\s+harus"
    # "hari ini sampai dengan hari Kamis", "mulai besok hingga Minggu": from today on
    r"|(?:hari\s+ini|mulai\s+besok|besok)\s+(?:sampai(?:\s+dengan)?|hingga))\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:telah|sudah|sempat|pernah|silam|tadi|kemarin|sebelumnya)\b", re.IGNORECASE
)
# A street, campus or monument named after a date: "Jalan 13 Desember".
_NAMED_AFTER = r"\b(?:jalan|jl|jln|gang|gg|universitas|untag|stadion|tugu|monumen|lapangan|simpang|bundaran)\.?\s*"
_NAMED_AFTER_DATE = re.compile(_NAMED_AFTER + r"$", re.IGNORECASE)
# ... with its day before a month and year the month scanner reads ("Universitas 17
# Agustus 1945" is no August 1945)
_NAMED_AFTER_DAY = re.compile(_NAMED_AFTER + r"\d{1,2}\s+$", re.IGNORECASE)
# A count before a unit or weekday word: "5 Minggu", "belasan tahun lalu".
_COUNTED = re.compile(
    r"(?:\d|\b(?:beberapa|belasan|puluhan|ratusan|ribuan|sekian|berapa|banyak|"
    r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh))"
    r"\)?\s*$",
    re.IGNORECASE,
)
_NARRATIVE_AFTER = re.compile(r"\s+(?:sebelumnya|berikutnya|selanjutnya|itu)\b", re.IGNORECASE)
# "1 Juli 2025, hari Selasa": a weekday in apposition to the date before it.
_APPOSITION_GAP = re.compile(r"\s*,\s*")
_WEEK_ORDINAL = re.compile(
    r"\s*(?:ke[-\s]?\d|pertama|kedua|ketiga|keempat|kelima|terakhir)", re.IGNORECASE
)
# ("dalam semalam": within a night, overnight; all 6 in the corpus)
_SEASON_BEFORE = re.compile(r"\b(?:musim|edisi|periode)\s+$", re.IGNORECASE)
# ... nor after a year or a season the text names ("sejak tahun 2023 kemarin", "musim
# 2024/2025 kemarin", "Aragon 2025 kemarin"): the past year, not the day before. (In the
# corpus 17 bare "kemarin" so go, all right; a footballer's club since 2023 had been
# placed on the day before his release.)
_YEAR_BEFORE = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\s+$")
# ... nor right after a named occasion, which "kemarin" then calls the recent one
# ("menjelang Idul Adha kemarin", "bulan Ramadan kemarin", "pada pileg kemarin", "libur
# panjang kemarin", "setelah Indonesia Open kemarin"): when the holiday, the election or
# the tournament was the text does not say (14 in the corpus, 13 not the day before, and
# one red-letter day that was, now undated; after a comma, "hari libur Kenaikan Isa
# Almasih, kemarin", it is the day before).
_OCCASION_BEFORE = re.compile(
    r"\b(?:idul\s*(?:adha|fitri)|iduladha|idulfitri|lebaran(?:\s+(?:haji|kurban|qurban))?"
    r"|ramadh?an|bulan\s+puasa|natal|imlek|nyepi|waisak|tahun\s+baru|tanggal\s+merah"
    r"|libur(?:an)?(?:\s+(?:panjang|nasional|sekolah|lebaran|natal|akhir\s+tahun))?|mudik"
    r"|pemilu|pileg|pilpres|pilkada|pilgub|pemilihan(?:\s+umum)?|open|masters|grand\s+prix"
    r"|piala\s+\w+|euro)\s+$",
    re.IGNORECASE,
)
# ... nor after a day written out, which "besok" or "kemarin" only calls coming or past
# ("tanggal 30 Juni besok", "17 Agustus kemarin", "Senin (16/6) kemarin"): the written
# day places the sentence; "besok" had put a target of 30 June on the day after the
# statement.
_WRITTEN_DAY_BEFORE = re.compile(
    r"\b\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:\s+\d{4})?\s+$"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)?\s+$",
    re.IGNORECASE,
)
_NOT_NIGHT_BEFORE = re.compile(r"\b(?:menginap|bermalam|selama|hanya|satu|dalam)\s+$", re.IGNORECASE)

# The words before a day an outlet cited, quoted or viewed its source on, not a day of
# the events it tells: "kata Budi, dikutip Selasa (3/6)", "seperti dikutip pada
# Jumat (20/6)", "Mengutip Reuters, Senin (9/6)", "dilansir dari laman resmi BMKG,
# Rabu (11/6)", "dilihat dalam kanal YouTube X, Rabu (18/6)", "dikutip dari Yonhap,
# pada Selasa (10/6)", Liputan6's "ditulis Jumat (20/6/2025)" after a source or a
# quotation. Only a day is such a day ("Mengutip data BPS, 2023" is the data's year).
# The source named between a citing verb and the day is at most CITED_SOURCE_CHARS
# long and holds no clause punctuation, so "Mengutip Reuters, Israel pada Jumat (13/6)
# menyerang ..." keeps its day; the longest in the corpus is 95 characters (a
# documentation network's web page named in full before the day), and allowing
# 160 found no other such day in the corpus. ", pada" before the day only after a passive verb: the
# sentence-opening "Mengutip dari BMKG, pada Selasa, ..." names the forecast's day.
# Not "diunggah", "dirilis", "diterbitkan", "dipublikasikan": a post's or a report's
# day is its event (every such case of the corpus, read). "dilihat", "ditonton",
# "diakses" after "bisa", "dapat" or "akan" say when a thing can be seen ("gerhana bisa
# dilihat pada 7 September"), an event too. "ditulis" only right before its day
# ("ditulis oleh X, Senin" names a writer).
CITED_SOURCE_CHARS = 120
_PASSIVE_CITING = (
    r"(?:dikutip|dilansir|disitat|dinukil|disadur|dirangkum"
    r"|(?<!bisa\s)(?<!dapat\s)(?<!akan\s)(?:dilihat|ditonton|diakses))"
)
# (also "Disitat dari Autohome, Jumat (13/6)", "dirangkum dari sejumlah laman, Rabu
# (11/6)": 160 such verbs in the corpus, the day the outlet read its sources)
_CITING_VERB = rf"(?:{_PASSIVE_CITING}|mengutip|melansir|menukil|menyadur|merangkum)"
_CITED_SOURCE = (
    r"(?:\s+(?:dari|oleh|melalui|lewat|dalam|di|pada))?\s*"
    rf"(?:[^\s,.;!?\"“”]|\.(?=\S))(?:[^,.;!?\"“”\n]|\.(?=\S)){{0,{CITED_SOURCE_CHARS}}},\s*"
)
_CITED_DAY = re.compile(
    rf"(?<![\w-])(?:{_CITING_VERB}|ditulis)\s*,?\s*(?:pada\s*,?\s+)?(?:hari\s+)?\Z"
    rf"|(?<![\w-]){_CITING_VERB}{_CITED_SOURCE}(?:hari\s+)?\Z"
    rf"|(?<![\w-]){_PASSIVE_CITING}{_CITED_SOURCE}pada\s+(?:hari\s+)?\Z",
    re.IGNORECASE,
)
# How far before a day its citing words are looked for (characters): a citing verb,
# its longest source and the spaces between.
CITED_WINDOW = CITED_SOURCE_CHARS + 40

# --- records ------------------------------------------------------------------------


@dataclass(slots=True)
class DateMention:
    """A date, period or time named in a text, with what it resolves to.

    ``start``/``end`` are character offsets into the text given to
    :func:`extract_dates`. ``kind`` is "date" (one day), "datetime" (one day with a
    time), "time" (a time with no day) or "period" (``value`` to ``end_value``, both
    inclusive). ``value`` is None when the mention could not be resolved (no anchor;
    ``resolved`` is then False). ``time`` is "HH:MM", ``tz`` an offset like "+07:00".
    ``rule`` names the rule that resolved it; ``anchor_source`` says what relative
    phrases were resolved against ("published", "latest_absolute" or None when the
    mention needed no anchor). ``note`` explains a choice (e.g. a weekday that
    disagrees with the date). ``time_start``/``time_end`` locate an attached time.
    ``written`` is the date as written when ``value`` mends a slip in it (see
    :data:`SLIP_NEAR_DAYS`).
    ``cited`` marks the day an outlet cited or viewed its source ("dikutip Selasa
    (10/6/2025)", "Mengutip Reuters, Senin (9/6)"; see :data:`_CITED_DAY`): the events
    it tells were on or before that day, not necessarily on it.
    """

    start: int
    end: int
    text: str
    kind: str
    value: date | None = None
    end_value: date | None = None
    time: str | None = None
    tz: str | None = None
    resolved: bool = False
    rule: str = ""
    anchor_source: str | None = None
    note: str | None = None
    time_start: int | None = None
    time_end: int | None = None
    written: date | None = None
    cited: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "value": self.value.isoformat() if self.value else None,
            "end_value": self.end_value.isoformat() if self.end_value else None,
            "time": self.time, "tz": self.tz, "resolved": self.resolved, "rule": self.rule,
            "anchor_source": self.anchor_source, "note": self.note,
            "time_start": self.time_start, "time_end": self.time_end, "cited": self.cited,
            "written": self.written.isoformat() if self.written else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        def day(v: Any) -> date | None:
            return date.fromisoformat(str(v)) if v else None

        def opt_int(v: Any) -> int | None:
            return int(v) if v is not None else None

        return cls(
            start=int(data["start"]), end=int(data["end"]), text=str(data["text"]),
            kind=str(data["kind"]), value=day(data.get("value")),
            end_value=day(data.get("end_value")), time=data.get("time"), tz=data.get("tz"),
            resolved=bool(data.get("resolved", False)), rule=str(data.get("rule") or ""),
            anchor_source=data.get("anchor_source"), note=data.get("note"),
            time_start=opt_int(data.get("time_start")), time_end=opt_int(data.get("time_end")),
            written=day(data.get("written")),
            cited=bool(data.get("cited", False)),
        )


@dataclass(slots=True)
class _Anchor:
    day: date
    source: str


# What a candidate resolves to: (value, end_value, note) or None when it cannot be.
_Resolved = tuple[date, date | None, str | None]


@dataclass(slots=True)
class _Cand:
    """A candidate span, parsed but not yet resolved against an anchor."""

    start: int
    end: int
    rule: str
    day_level: bool  # names one day (a time can attach to it)
    fixed: _Resolved | None = None  # resolved without an anchor
    # needs an anchor; called with the anchor and the tense cue (see ``tense``)
    relative: Callable[[_Anchor, str | None], _Resolved | None] | None = None
    # day/month parts, kept so that ranges can borrow a year ("10 Juni - 10 Juli 2025")
    ymd: tuple[int | None, int, int] | None = None
    weekday: int | None = None
    direction: str | None = None  # "past" | "future" | None
    time: str | None = None
    tz: str | None = None
    note: str | None = None
    absolute_day: bool = False  # a full written date: may serve as the fallback anchor
    # "future"/"past" from a cue before it in its clause; ``tense_ok`` when the
    # resolution uses it (yearless dates, months, weekdays): a cue found for one such
    # mention also holds for the others of its sentence ("akan ada A (9-12 Juli),
    # B (9-13 Agustus)").
    tense: str | None = None
    tense_ok: bool = False
    # a month-level mention: its month, part ("akhir") and whether its year is only
    # the default guess (a bare "pada Oktober") that another mention may settle
    month: int | None = None
    month_part: str | None = None
    weak_year: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


# --- calendar helpers ---------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` units (days, weeks, months, years; month ends clamp)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = _add_months(day.year, day.month, months)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _month_period(y: int, m: int, part: str | None) -> tuple[date, date]:
    if part is None:
        return date(y, m, 1), _month_end(y, m)
    lo, hi = MONTH_PARTS[part]
    last = calendar.monthrange(y, m)[1]
    return date(y, m, lo), date(y, m, min(hi, last))


def _year_period(y: int, part: str | None) -> tuple[date, date]:
    if part is None:
        return date(y, 1, 1), date(y, 12, 31)
    lo, hi = YEAR_PARTS[part]
    return date(y, lo, 1), _month_end(y, hi)


def _week_period(monday: date, part: str | None) -> tuple[date, date]:
    lo, hi = WEEK_PARTS[part] if part else (0, 6)
    return monday + timedelta(days=lo), monday + timedelta(days=hi)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _infer_year(
    m: int, d: int, anchor: date, direction: str | None, tense: str | None = None
) -> date | None:
    """The year of a day/month written without one (see the module docstring).

    ``direction`` comes from the phrase itself ("lalu", "mendatang"), ``tense`` from
    cues before it. A written weekday never moves the year: "Senin (10/6)" in a June
    2025 article is 10 June 2025 with a note, not 10 June 2024 (a Monday), since a
    wrong weekday is a far likelier slip than a year-old date.
    """
    options = [x for x in (_safe_date(anchor.year + k, m, d) for k in (-1, 0, 1)) if x]
    if not options:
        return None
    if direction == "past" or (direction is None and tense == "past"):
        before = [x for x in options if x <= anchor]
        return max(before) if before else None
    if direction == "future":
        after = [x for x in options if x >= anchor]
        return min(after) if after else None
    ahead = FUTURE_CUE_WINDOW_DAYS if tense == "future" else FUTURE_WINDOW_DAYS
    lo = anchor - timedelta(days=365 - ahead)
    hi = anchor + timedelta(days=ahead)
    inside = [x for x in options if lo < x <= hi]  # exactly one year fits
    # 29 February: take the nearest leap year before the anchor
    return inside[0] if inside else max((x for x in options if x <= hi), default=None)


def _infer_month_year(
    m: int, anchor: date, direction: str | None, tense: str | None = None
) -> int:
    """The year of a month written without one, by the same window as days."""
    if direction == "past":  # strictly before the anchor's month
        return anchor.year if m < anchor.month else anchor.year - 1
    if direction == "future":  # the anchor's month or after: "akhir Juni nanti" in a
        # report of 10 June is this June's end (it had been a year later)
        return anchor.year if m >= anchor.month else anchor.year + 1
    if tense == "past":  # the anchor's month or before
        return anchor.year if m <= anchor.month else anchor.year - 1
    ahead = FUTURE_CUE_WINDOW_DAYS if tense == "future" else FUTURE_WINDOW_DAYS
    first = date(anchor.year, m, 1)
    if first > anchor + timedelta(days=ahead):
        return anchor.year - 1
    if _month_end(anchor.year, m) < anchor - timedelta(days=365 - ahead):
        return anchor.year + 1
    return anchor.year


def _clause_tense(text: str, start: int) -> str | None:
    """ "future"/"past" when the clause before ``start`` has a tense cue."""
    back = text[max(0, start - CLAUSE_CHARS):start]
    clause = back[max(back.rfind(ch) for ch in _CLAUSE_DELIMS) + 1:]
    if _FUTURE_CUE.search(clause):
        return "future"
    if _PAST_CUE.search(clause):
        return "past"
    return None


def _weekday_check(day: date, weekday: int | None, wd_text: str | None) -> str | None:
    if weekday is None or day.weekday() == weekday:
        return None
    return (
        f"weekday {wd_text or WEEKDAY_NAMES[weekday]} does not match {day.isoformat()} "
        f"({WEEKDAY_NAMES[day.weekday()]}); kept the written day and month"
    )


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower()
    if w in {"lalu", "kemarin", "silam"}:
        return "past"
    if w in {"depan", "mendatang", "nanti", "besok"}:
        return "future"
    if w == "ini":
        return "this"
    return None


def _norm(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip().lower())


# A year written in two digits ("(9/6/25)") is of this century up to this value, else
# of the last.
TWO_DIGIT_YEAR_PIVOT = 69
# ... and after "tahun" ("lahir 22 Agustus tahun 40") up to this one: a birth or a
# founding told in passing, mostly of the last century; "tahun 25" is 2025.
SPOKEN_YEAR_PIVOT = 30


def _two_digit_year(y: str, pivot: int = TWO_DIGIT_YEAR_PIVOT) -> int:
    v = int(y)
    if len(y) == 4:
        return v
    return 2000 + v if v <= pivot else 1900 + v


def _weekday_of(word: str | None) -> int | None:
    if not word:
        return None
    return WEEKDAYS.get(re.sub(r"['’]", "", word.lower()))


# A sentence that tells what usually happens ("Pertandingan akhir pekan biasanya dimulai
# pukul 15.00", "Prosesi itu biasanya pada hari Jumat Legi"): its bare weekdays, weeks
# and times of day are any such, no day of the story. All 5 such sentences of the
# corpus with a bare weekday or "akhir/tengah pekan" are so.
# So does a sentence naming a recurring time ("latihan dua jam setiap hari, lebih lama
# di akhir pekan": any weekend, not the last one).
_HABIT = re.compile(
    r"\b(?:biasanya|umumnya|lazimnya"
    r"|(?:setiap|tiap|saban)\s+(?:hari|pagi|siang|sore|malam|pekan|minggu|bulan|akhir\s+pekan"
    r"|senin|selasa|rabu|kamis|jumat|sabtu))\b",
    re.IGNORECASE,
)
HABIT_WINDOW = 160


def _sentence_start(text: str, pos: int, window: int) -> int:
    """Where the sentence holding ``pos`` starts, looked for ``window`` characters back
    at most (a bounded window keeps a text without full stops linear)."""
    lo = max(0, pos - window)
    return max(lo, text.rfind(". ", lo, pos) + 1, text.rfind("\n", lo, pos) + 1)


def _in_habit(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` (HABIT_WINDOW characters each way at most)
    says what usually happens (_HABIT)."""
    lo = _sentence_start(text, pos, HABIT_WINDOW)
    hi = min(len(text), pos + HABIT_WINDOW)
    ends = [i for i in (text.find(". ", pos, hi), text.find("\n", pos, hi)) if i >= 0]
    return _HABIT.search(text, lo, min(ends) if ends else hi) is not None


# A sentence opening with "if": "Bila pasar pagi digelar pada Minggu pagi, pasar malam diharapkan
# bisa dilaksanakan pada Sabtu malam" tells of any such week, not of a day (a plan had
# been placed on the last weekend).
_CONDITION_OPENS = re.compile(r"\W{0,3}(?:bila|jika|apabila|kalau|seandainya|andaikan)\b", re.IGNORECASE)


def _in_condition(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` opens with a condition (_CONDITION_OPENS),
    ``pos`` not after a quotation's end (',"Kalau ... kenapa tidak," kata dia di
    Istana, Selasa': the day it was said)."""
    lo = _sentence_start(text, pos, HABIT_WINDOW)
    return _CONDITION_OPENS.match(text, lo) is not None and not any(q in text[lo + 1:pos] for q in '"\u201d')


def _preceded(text: str, start: int, pattern: re.Pattern[str], window: int = 24) -> bool:
    return pattern.search(text, max(0, start - window), start) is not None


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“'‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


# --- fast search: literal triggers, full patterns only around them --------------------

# Every full pattern above contains a match of its trigger (a lower-case literal-first
# regex run on an ASCII-lower-cased copy of the text). CPython's regex engine skips
# quickly to a literal first character but tries a case-insensitive pattern with a
# lookbehind or optional prefix at every position; scanning triggers first and the
# full patterns only in windows around them makes the whole pass ~5x faster.
_MONTH_TRIGGER = _alt(MONTHS)
_YEAR_TRIGGER = re.compile(r"(?:19|20)\d\d")
# Per pattern: its trigger, and how many characters a match may reach before the
# trigger's start and after its end. The reaches are the longest forms written out
# ("Jum'at dini hari WITA, (", "pertengahan bulan September - " before a year,
# "sekitar pukul 17.00 - pukul 23.00 WITA dini hari") plus room for odd spacing; a
# window shorter than a match would cut it, so they err on the long side.
_TRIGGERS: dict[re.Pattern[str], tuple[re.Pattern[str], int, int]] = {
    _QUARTER: (re.compile(r"kuartal|triwulan|semester|q[1-4]"), 5, 40),
    _PAREN_DM: (re.compile(r"\(\s*\d"), 50, 50),
    _NUM_DMY: (_YEAR_TRIGGER, 50, 10),
    _ISO: (_YEAR_TRIGGER, 10, 50),
    _DMY: (re.compile(rf"\d\s*(?:{_MONTH_TRIGGER})"), 60, 40),
    _MDY: (
        re.compile(rf"(?:{_MONTH_TRIGGER})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*(?:19|20)\d\d"),
        10, 10,
    ),
    _MONTH_YEAR: (
        re.compile(rf"(?:{_MONTH_TRIGGER})\.?(?:\s+tahun)?\s*,?\s+(?:19|20)\d\d"), 60, 10,
    ),
    _MONTH_ALONE: (re.compile(_alt(FULL_MONTHS)), 60, 40),
    _YEARS: (_YEAR_TRIGGER, 60, 40),
    _REL_DAY: (
        re.compile(r"(?:hari|pagi|siang|sore|malam)\s+ini|kemarin|tadi|semalam|besok|esok|lusa"),
        30, 30,
    ),
    _REL_PERIOD: (
        re.compile(
            r"(?:pekan|minggu|bulan|tahun)\s+(?:ini|lalu|kemarin|depan|mendatang)"
            r"|(?:awal|akhir|pertengahan|tengah|medio)\s+(?:pekan|minggu|bulan|tahun)"
        ),
        30, 30,
    ),
    _N_UNITS: (
        re.compile(
            r"(?:hari|pekan|minggu|bulan|tahun|dekade|dasawarsa)\s+"
            r"(?:yang|lalu|silam|terakhir|belakangan|ke|mendatang|lagi)"
        ),
        40, 30,
    ),
    _WEEKDAY: (re.compile(r"senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad"), 30, 60),
    _TIME_KW: (re.compile(r"pukul|jam|pkl"), 40, 60),
    _TIME_BARE: (re.compile(r"\d[.:][0-5]\d(?::[0-5]\d)?\s*wi"), 10, 20),
    _ODD_MONTH: (_YEAR_TRIGGER, 40, 10),
}
_Finder = Callable[[re.Pattern[str]], Iterator[re.Match[str]]]


class _WindowFinder:
    """``find(pattern)``: the matches of ``pattern`` in the text, via its trigger."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        if len(low) != len(text):  # a few Unicode letters change length when lowered
            low = text.translate(_ASCII_LOWER)
        self.low = low
        self._spans: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    def windows(self, trigger: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
        spans = self._spans.get(trigger)
        if spans is None:
            spans = [t.span() for t in trigger.finditer(self.low)]
            self._spans[trigger] = spans
        found: list[tuple[int, int]] = []
        for start, end in spans:
            lo, hi = max(0, start - before), end + after
            if found and lo <= found[-1][1]:
                found[-1] = (found[-1][0], hi)
            else:
                found.append((lo, hi))
        return found

    def __call__(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        trigger, before, after = _TRIGGERS[pattern]
        for lo, hi in self.windows(trigger, before, after):
            yield from pattern.finditer(self.text, lo, min(hi, len(self.text)))


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}

# --- candidate scanners -------------------------------------------------------------


def _day_cand(
    start: int, end: int, y: int | None, m: int, d: int, *, weekday: int | None,
    wd_text: str | None, direction: str | None, rule_full: str, rule_partial: str,
    tense: str | None = None,
) -> _Cand | None:
    """A one-day candidate from parts; yearless ones are resolved later."""
    if y is not None:
        day = _safe_date(y, m, d)
        if day is None:
            return None
        note = _weekday_check(day, weekday, wd_text)
        return _Cand(start, end, rule_full, True, fixed=(day, None, note), ymd=(y, m, d),
                     weekday=weekday, absolute_day=True, note=note)
    if _safe_date(2000, m, d) is None:  # 2000 is a leap year: accepts 29/2
        return None

    def resolve(a: _Anchor, tense: str | None) -> _Resolved | None:
        day = _infer_year(m, d, a.day, direction, tense)
        if day is None:
            return None
        return day, None, _weekday_check(day, weekday, wd_text)

    return _Cand(start, end, rule_partial, True, relative=resolve, ymd=(None, m, d),
                 weekday=weekday, direction=direction, tense=tense, tense_ok=True)


def _scan_paren(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_PAREN_DM):
        wd = _weekday_of(mt["wd"])
        if wd is None and not mt["y"]:
            continue  # "(1/2)" alone is a fraction as often as a date
        start = mt.start("wd") if wd is not None else mt.start()
        y = _two_digit_year(mt["y"]) if mt["y"] else None
        cand = _day_cand(
            start, mt.end(), y, int(mt["m"]), int(mt["d"]), weekday=wd, wd_text=mt["wd"],
            direction=_direction(mt["dir"]), rule_full="absolute",
            rule_partial="weekday+daymonth" if wd is not None else "daymonth",
            tense=None if y else _clause_tense(text, start),
        )
        if cand:
            yield cand


def _scan_num_dmy(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_NUM_DMY):
        wd = _weekday_of(mt["wd"])
        start = mt.start("wd") if wd is not None else mt.start("d")
        cand = _day_cand(
            start, mt.end(), int(mt["y"]), int(mt["m"]), int(mt["d"]), weekday=wd,
            wd_text=mt["wd"], direction=None, rule_full="absolute", rule_partial="daymonth",
        )
        if cand:
            yield cand


def _scan_iso(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_ISO):
        day = _safe_date(int(mt["y"]), int(mt["m"]), int(mt["d"]))
        if day is None:
            continue
        cand = _Cand(mt.start(), mt.end(), "absolute", True, fixed=(day, None, None),
                     ymd=(day.year, day.month, day.day), absolute_day=True)
        if mt["H"]:
            cand.time = f"{mt['H']}:{mt['M']}"
            z = mt["z"]
            if z:
                cand.tz = "+00:00" if z == "Z" else f"{z[:3]}:{z[-2:]}"
        yield cand


# Days listed before a date: "5 dan ", "5, 6 dan ", "5, 6, dan " (not a figure's
# decimals or a date's other parts: no digit, slash, point or comma glued before).
_LISTED_DAYS = re.compile(r"(?<![\d/.,-])\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,\s*)?(?:dan|serta)\s+$")


def _scan_dmy(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_DMY):
        mon = mt["mon"]
        month = MONTHS[mon.lower()]
        wd = _weekday_of(mt["wd"])
        start = mt.start("wd") if wd is not None else mt.start("d")
        if _preceded(text, mt.start("d"), _NAMED_AFTER_DATE, 16):
            continue  # "Jalan 13 Desember" is a street
        end = mt.end()
        y = _two_digit_year(mt["y"], SPOKEN_YEAR_PIVOT) if mt["y"] else None
        direction = _direction(mt["dir"])
        if mt["dir"] is None and mt["y"] is None:
            # "29 Mei." ends a sentence; "29 Sept." is an abbreviation
            abbrev = mon.lower() not in FULL_MONTHS and text[mt.end("mon"):mt.end("mon") + 1] == "."
            end = mt.end("mon") + (1 if abbrev else 0)
        if mt["d2"]:  # "11-12 Juni (2025)": a period within one month
            d1, d2 = int(mt["d"]), int(mt["d2"])
            if not d1 < d2 <= 31:
                continue
            yield from _day_range(start, end, y, month, d1, month, d2, direction,
                                  None if y else _clause_tense(text, start))
            continue
        cand = _day_cand(
            start, end, y, month, int(mt["d"]), weekday=wd, wd_text=mt["wd"],
            direction=direction if direction != "this" else None, rule_full="absolute",
            rule_partial="weekday+daymonth" if wd is not None else "daymonth",
            tense=None if y else _clause_tense(text, start),
        )
        if cand:
            yield cand
        if wd is None and (listed := _LISTED_DAYS.search(text, max(0, start - 40), start)) is not None:
            # the days listed before it are of its month: "pada 5, 6 dan 7 Juni"
            days = [(d.start(), int(d.group())) for d in re.finditer(r"\d{1,2}", listed.group())]
            if all(a < b for (_, a), (_, b) in itertools.pairwise([*days, (start, int(mt["d"]))])):
                for at, day in days:
                    pos = listed.start() + at
                    early = _day_cand(
                        pos, pos + len(str(day)), y, month, day, weekday=None, wd_text=None,
                        direction=direction if direction != "this" else None,
                        rule_full="absolute", rule_partial="daymonth", tense=None if y else _clause_tense(text, pos),
                    )
                    if early:
                        yield early


def _day_range(
    start: int, end: int, y: int | None, m1: int, d1: int, m2: int, d2: int,
    direction: str | None, tense: str | None = None,
) -> Iterator[_Cand]:
    if y is not None:
        a = _safe_date(y if (m1, d1) <= (m2, d2) else y - 1, m1, d1)
        b = _safe_date(y, m2, d2)
        if a and b:
            yield _Cand(start, end, "absolute:range", False, fixed=(a, b, None))
        return
    if _safe_date(2000, m1, d1) is None or _safe_date(2000, m2, d2) is None:
        return

    def resolve(anc: _Anchor, tense: str | None) -> _Resolved | None:
        b = _infer_year(m2, d2, anc.day, direction if direction != "this" else None, tense)
        if b is None:
            return None
        a = _safe_date(b.year if (m1, d1) <= (m2, d2) else b.year - 1, m1, d1)
        return (a, b, None) if a else None

    yield _Cand(start, end, "daymonth:range", False, relative=resolve, tense=tense,
                tense_ok=True)


def _scan_mdy(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_MDY):
        cand = _day_cand(
            mt.start(), mt.end(), int(mt["y"]), MONTHS[mt["mon"].lower()], int(mt["d"]),
            weekday=None, wd_text=None, direction=None, rule_full="absolute",
            rule_partial="daymonth",
        )
        if cand:
            yield cand


_FULL_MON = r"\b(?:" + "|".join(sorted(FULL_MONTHS, key=len, reverse=True)) + r")\b"
# Months listed before a month and year: "Juni, Juli dan ", "Maret dan ".
_LISTED_MONTHS = re.compile(
    rf"(?i:{_FULL_MON})(?:\s*,\s*(?i:{_FULL_MON}))*\s*(?:,\s*)?(?:dan|serta)\s+$"
)


def _scan_month_year(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_MONTH_YEAR):
        mon = mt["mon"]
        if mon.lower() not in FULL_MONTHS and not mon[0].isupper():
            continue
        if _preceded(text, mt.start(), _NAMED_AFTER_DAY, 20):
            continue  # "Universitas 17 Agustus 1945": a campus
        y = int(mt["y"])
        m2 = MONTHS[mon.lower()]
        q = mt["q"].lower() if mt["q"] else None
        if mt["mon1"]:
            m1 = FULL_MONTHS[mt["mon1"].lower()]
            y1 = y if m1 <= m2 else y - 1
            fixed: _Resolved = (date(y1, m1, 1), _month_end(y, m2), None)
            yield _Cand(mt.start(), mt.end(), "month_year:range", False, fixed=fixed)
            continue
        lo, hi = _month_period(y, m2, q)
        yield _Cand(mt.start(), mt.end(), "month_year", False, fixed=(lo, hi, None))
        if q is None and (listed := _LISTED_MONTHS.search(text, max(0, mt.start() - 60), mt.start())) is not None:
            # the months listed before it are of its year: "Juni, Juli dan Agustus 2024"
            for named in re.finditer(_FULL_MON, listed.group(), re.IGNORECASE):
                month = FULL_MONTHS[named.group().lower()]
                if month < m2 and named.group()[0].isupper():
                    first, last = _month_period(y, month, None)
                    at = listed.start() + named.start()
                    yield _Cand(at, at + len(named.group()), "month_year", False, fixed=(first, last, None))
        elif q is None:
            # items of a list, each with its month: "lima insiden pada Maret, delapan
            # pada April, dan sembilan pada Mei 2023" (all of 2023)
            for at, end, month in _listed_items(text, mt.start(), m2):
                first, last = _month_period(y, month, None)
                yield _Cand(at, end, "month_year", False, fixed=(first, last, None))


# A list's item ending with its month after "pada" or "bulan", the next item after a
# comma or "dan" at most LIST_ITEM_CHARS on: "delapan pada April, dan naik lagi jadi
# sembilan pada Mei 2023" (one corpus article so lists a year's brawls).
_ITEM_MONTH = re.compile(rf"\b(?:pada|bulan)\s+(?P<mon>(?i:{_FULL_MON}))")
LIST_ITEM_CHARS = 50
_ITEM_JOIN = re.compile(r",|\bdan\b")


def _listed_items(text: str, start: int, month: int) -> list[tuple[int, int, int]]:
    """Where the months of the list's earlier items are (start, end) and which: each
    before the next in the calendar, each item's gap to the next in one sentence,
    holding a comma or "dan" and no year."""
    out: list[tuple[int, int, int]] = []
    end = start
    while (found := list(_ITEM_MONTH.finditer(text, max(0, end - LIST_ITEM_CHARS - 20), end))):
        m = found[-1]
        gap = text[m.end():end]
        named = m.group("mon")
        earlier = FULL_MONTHS[named.lower()]
        if (
            not named[0].isupper() or len(gap) > LIST_ITEM_CHARS or not _ITEM_JOIN.search(gap)
            or _YEAR_TRIGGER.search(gap) or _SENTENCE_END.search(gap) or earlier >= month
        ):
            break
        out.append((m.start("mon"), m.end("mon"), earlier))
        end, month = m.start("mon"), earlier
    return out


def _scan_month_alone(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_MONTH_ALONE):
        mon = mt["mon"]
        if not mon[0].isupper():
            continue
        if not (mt["prep"] or mt["q"] or mt["bulan"] or mt["dir"]):
            continue  # "Raja Juli Antoni": a month name alone is not a date
        glued = re.match(r"-([A-Za-z]+)", text[mt.end("mon"):mt.end("mon") + 12])
        if glued and glued.group(1).lower() not in MONTHS:
            continue  # "MEI-Travel": part of a name ("Maret-Mei" is a range)
        start, end = mt.start("span"), mt.end("span")
        if _preceded(text, start, _HABITUAL):
            continue
        m = FULL_MONTHS[mon.lower()]
        q = mt["q"].lower() if mt["q"] else None
        d = mt["dir"].lower() if mt["dir"] else None
        year_shift: int | None = None
        direction: str | None = None
        if d and d.startswith("tahun"):
            year_shift = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1}[d.split()[-1]]
        else:
            direction = _direction(d)

        tense = _clause_tense(text, start) if year_shift is None and not d else None

        def resolve(a: _Anchor, tense: str | None, m: int = m, q: str | None = q,
                    ys: int | None = year_shift, dr: str | None = direction) -> _Resolved:
            if ys is not None:
                y = a.day.year + ys
            elif dr == "this":
                y = a.day.year
            else:
                y = _infer_month_year(m, a.day, dr, tense)
            lo, hi = _month_period(y, m, q)
            return lo, hi, None

        yield _Cand(start, end, "month", False, relative=resolve, month=m, month_part=q,
                    tense=tense, tense_ok=year_shift is None and not d,
                    weak_year=year_shift is None and direction is None)


_LISTED_YEAR = re.compile(r"(?:\s*,\s*(?:(?:dan|serta|atau)\s+)?|\s+(?:dan|serta|atau)\s+)(?P<y>(?:19|20)\d\d)(?![\d/.,-]\d|[^\W\d_])")


def _scan_years(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_YEARS):
        y = int(mt["y"])
        start, end = mt.start("span"), mt.end("span")
        q = mt["q"].lower() if mt["q"] else None
        if mt["y2"]:
            y2 = int(mt["y2"])
            if y2 <= y:
                continue
            yield _Cand(start, end, "year_range", False,
                        fixed=(date(y, 1, 1), date(y2, 12, 31), None))
            continue
        if not (mt["prep"] or mt["q"] or mt["tahun"]):
            continue  # a bare number, not a date
        if mt["tahun"] and (_preceded(text, start, _LAW_NUMBER) or _GAZETTE_NUMBER.match(text, end)):
            continue  # "UU Nomor 1 Tahun 2023" names a law, "... Tahun 2019 Nomor 45" its gazette
        if (mt["prep"] or "").lower() == "dari" and _preceded(text, mt.start(), _LAW_NUMBER):
            continue  # "peraturan KPPU no. 3 dari 2023" (translated "of 2023"): a regulation's number
        if mt["an"]:
            if y % 10:
                continue
            yield _Cand(start, end, "decade", False,
                        fixed=(date(y, 1, 1), date(y + 9, 12, 31), None))
            continue
        lo, hi = _year_period(y, q)
        yield _Cand(start, end, "year", False, fixed=(lo, hi, None))
        if q is None:
            # the years listed after it are years too: "lulusan tahun 2025, 2024, dan 2023"
            at = end
            while (more := _LISTED_YEAR.match(text, at)) is not None:
                listed = int(more["y"])
                lo, hi = _year_period(listed, None)
                yield _Cand(more.start("y"), more.end("y"), "year", False, fixed=(lo, hi, None))
                at = more.end()


def _quarter_period(y: int, kind: str, n: int) -> tuple[date, date]:
    months = 6 if kind == "semester" else 3
    first = (n - 1) * months + 1
    return date(y, first, 1), _month_end(y, first + months - 1)


def _scan_quarters(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_QUARTER):
        kind = mt["kind"].lower()
        n = _QUARTER_NUMBERS[mt["n"].lower()]
        if kind == "q" and not mt["n"].isdigit():
            continue  # "Q" with a Roman numeral is no quarter ("Q II")
        if kind == "semester" and n > 2:
            continue
        kind = "semester" if kind == "semester" else "quarter"
        if mt["y"]:
            lo, hi = _quarter_period(int(mt["y"]), kind, n)
            yield _Cand(mt.start(), mt.end(), "quarter", False, fixed=(lo, hi, None))
            continue
        shift = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1}[mt["rel"].split()[-1].lower()]

        def resolve(a: _Anchor, tense: str | None, kind: str = kind, n: int = n, shift: int = shift) -> _Resolved:
            lo, hi = _quarter_period(a.day.year + shift, kind, n)
            return lo, hi, None

        yield _Cand(mt.start(), mt.end(), "quarter", False, relative=resolve)


def _scan_rel_day(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_REL_DAY):
        phrase = re.sub(r"\s+", " ", mt.group(0).lower())
        first = phrase.split()[0]
        if phrase == "semalam" and _preceded(text, mt.start(), _NOT_NIGHT_BEFORE):
            continue  # "menginap semalam": one night, not last night
        if phrase == "hari ini" and _preceded(text, mt.start(), _COUNTED, 16):
            continue  # "dalam dua hari ini": a span, not today
        if first == "kemarin" and (
            _preceded(text, mt.start(), _SEASON_BEFORE, 12) or _preceded(text, mt.start(), _YEAR_BEFORE, 12)
        ):
            continue  # "musim kemarin", "tahun 2023 kemarin": last season, last year, not yesterday
        if first in {"besok", "esok", "kemarin"} and _preceded(text, mt.start(), _WRITTEN_DAY_BEFORE, 24):
            continue  # "30 Juni besok": the coming 30 June, placed by its own date
        if first == "kemarin" and _preceded(text, mt.start(), _OCCASION_BEFORE, 40):
            continue  # "Idul Adha kemarin": the recent holiday, whenever it was
        if phrase == "kemarin" and _THE_OTHER_DAY.match(text, mt.end()):
            # "Kemarin itu sekitar 7 jam", "evaluasi kemarin itu": the other day, said
            # loosely (9 of the 11 such in the corpus; 2, a stock's close and a bomb
            # sweep, may have been yesterday, now undated)
            continue
        offset: int
        if phrase == "kemarin lusa":
            offset = -2
        elif first == "kemarin":
            offset = -1
        elif phrase in {"semalam", "tadi malam"}:
            offset = -1  # the night that ended on the anchor's day
        elif first in {"besok", "esok"}:
            offset = 1
        elif phrase == "lusa":
            offset = 2
        else:  # hari ini, malam ini, dini hari tadi, tadi pagi, ...
            offset = 0

        def resolve(a: _Anchor, _tense: str | None, offset: int = offset) -> _Resolved:
            return a.day + timedelta(days=offset), None, None

        yield _Cand(mt.start(), mt.end(), f"relative:{_norm(phrase)}", True, relative=resolve)


_UNIT = {"pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
         "hari": "day", "dekade": "decade", "dasawarsa": "decade"}


def _scan_rel_period(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_REL_PERIOD):
        q = mt["q"].lower() if mt["q"] else None
        d = mt["dir"].lower() if mt["dir"] else None
        if q is None and d is None:
            continue
        if d is None and _NARRATIVE_AFTER.match(text, mt.end()):
            continue  # "akhir bulan sebelumnya": relative to the story, not the anchor
        unit_word = mt["unit"]
        unit = _UNIT[unit_word.lower()]
        if unit_word == "Minggu" and q is None and not _sentence_initial(text, mt.start()):
            continue  # "pada Minggu lalu" is a Sunday (the weekday scanner has it)
        if q is not None and unit != "week" and q not in MONTH_PARTS:
            continue
        if q is not None and unit == "week" and q not in WEEK_PARTS:
            continue
        if _preceded(text, mt.start(), _HABITUAL) or (d is None and _in_habit(text, mt.start())):
            continue
        if q is not None and _preceded(text, mt.start(), _COUNTED, 16):
            continue  # "cukup satu akhir pekan saja", "dua akhir pekan": a length
        before = text[max(0, mt.start() - 6):mt.start()].lower()
        if unit == "year" and before.endswith("ulang "):
            continue  # "ulang tahun ini" is a birthday
        if re.search(r"(?:tahun|bulan|minggu|pekan)-$", before):
            continue  # "tahun-tahun mendatang": the years to come
        if unit in ("month", "year") and _HIJRI_AFTER.match(text, mt.end()):
            continue  # "pertengahan bulan Hijriah", "akhir bulan Ramadan": another calendar
        if q is None and _preceded(text, mt.start(), _COUNTED, 16) and not _labelled_number_before(text, mt.start()):
            continue  # "belasan tahun lalu", "beberapa bulan ini": vague spans
        # ("akhir pekan nanti": the weekend still to come in this week, not the one just
        # gone a bare "akhir pekan" is early in the week)
        step = {None: 0, "ini": 0, "nanti": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}[d]

        def resolve(a: _Anchor, _tense: str | None, unit: str = unit, step: int = step,
                    q: str | None = q,
                    bare: bool = d is None) -> _Resolved:
            if unit == "week":
                monday = _monday(a.day)
                if bare and q == "akhir" and a.day.weekday() in WEEKEND_LOOKBACK_WEEKDAYS:
                    monday -= timedelta(weeks=1)
                lo, hi = _week_period(monday + timedelta(weeks=step), q)
            elif unit == "month":
                y, m = _add_months(a.day.year, a.day.month, step)
                lo, hi = _month_period(y, m, q)
            else:
                lo, hi = _year_period(a.day.year + step, q)
            return lo, hi, None

        phrase = re.sub(r"\s+", " ", mt.group(0).lower())
        yield _Cand(mt.start(), mt.end(), f"relative:{_norm(phrase)}", False, relative=resolve)


def _number(n: str | None, se: str | None) -> int | None:
    if se:
        return 1
    if n is None:
        return None
    n = n.lower().strip()
    if n.isdigit():
        return int(n)
    parts = n.split()
    base = NUMBER_WORDS.get(parts[0])
    if base is None:
        return None
    if len(parts) == 2:
        return base + 10 if parts[1] == "belas" else base * 10
    return base


# A number in figures right after one of these labels numbers the thing before it, not
# the weeks or years after it: "Matchday 9 pekan lalu" (the ninth matchday, last week),
# "laga ke-9 pekan lalu", "Pasal 5 tahun lalu".
_LABELLED_NUMBER = re.compile(
    r"(?:\bke-?|\b(?:matchday|md|matchweek|gameweek|gw|pekan|laga|game|giornata|jornada|seri|series"
    r"|episode|eps|ep|jilid|ronde|round|leg|grup|group|no|nomor|nomer|pasal|ayat|tahap|gelombang"
    r"|putaran|season|musim|volume|vol|bab|part|chapter|stage|etape|sesi|angkatan)\.?\s*)$",
    re.IGNORECASE,
)


_DIGITS_BEFORE = re.compile(r"\d+\s*$")


def _labelled(text: str, at: int) -> bool:
    """Whether one of the labels of :data:`_LABELLED_NUMBER` ends right before ``at``."""
    return _LABELLED_NUMBER.search(text, max(0, at - 12), at) is not None


def _labelled_number_before(text: str, at: int) -> bool:
    """Whether a labelled number in figures ends right before ``at`` ("Matchday 9 ")."""
    m = _DIGITS_BEFORE.search(text, max(0, at - 8), at)
    return m is not None and _labelled(text, m.start())


def _scan_n_units(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_N_UNITS):
        n = _number(mt["n"], mt["se"])
        if n is None or n == 0:
            continue
        if mt["n"] and mt["n"][0].isdigit() and _labelled(text, mt.start()):
            continue  # the period alone ("pekan lalu") is read by _scan_rel_period
        unit = _UNIT[mt["unit"].lower()]
        if mt["ago"]:
            mode = "ago"
        elif mt["last"]:
            mode = "last"
        elif mt["ahead"]:
            mode = "ahead"
        else:
            mode = "later"
        day_level = unit == "day" and mode in {"ago", "later"}

        def resolve(
            a: _Anchor, _tense: str | None, unit: str = unit, n: int = n, mode: str = mode
        ) -> _Resolved:
            if mode == "last":
                return _shift(a.day, unit, -n), a.day, None
            if mode == "ahead":
                return a.day, _shift(a.day, unit, n), None
            there = _shift(a.day, unit, -n if mode == "ago" else n)
            if unit == "day":
                return there, None, None
            if unit == "week":
                lo, hi = _week_period(_monday(there), None)
            elif unit == "month":
                lo, hi = _month_period(there.year, there.month, None)
            else:
                lo, hi = _year_period(there.year, None)
            return lo, hi, "approximate: the period around that time"

        rule = f"relative:n_{mt['unit'].lower()}_{'lalu' if mode == 'ago' else mode}"
        rule = rule.replace("_last", "_terakhir").replace("_ahead", "_ke_depan")
        rule = rule.replace("_later", "_lagi")
        yield _Cand(mt.start(), mt.end(), rule, day_level, relative=resolve)


def _scan_weekday(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_WEEKDAY):
        word = mt["wd"]
        wd = _weekday_of(word)
        if wd is None:
            continue
        hari = mt["hari"] is not None
        if not hari and not word[0].isupper():
            continue  # "minggu" is a week; lower-case weekdays are rare and noisy
        direction_word = mt["dir"]
        if wd == 6 and not hari and word.lower() == "minggu":
            if direction_word and not mt["wk"] and _sentence_initial(text, mt.start()):
                continue  # "Minggu lalu, ..." opens a sentence: last week
            if _WEEK_ORDINAL.match(text, mt.end("wd")):
                continue  # "Minggu ke-3", "minggu pertama": a week
        start = mt.start()
        if _PLACE_BEFORE_WEEKDAY.search(text, max(0, start - 8), start):
            continue  # "Pasar Minggu", "Pasar Senen": a place in Jakarta
        if _preceded(text, start, _HABITUAL) or _preceded(text, start, _HABITUAL_LIST, 40):
            continue  # "setiap Senin", "setiap Rabu dan Kamis"
        if _preceded(text, start, _COUNTED, 16):
            continue  # "5 Minggu berturut-turut": weeks
        if _WEEKDAY_RANGE_AFTER.match(text, mt.end("wd")) or _preceded(
            text, start, _WEEKDAY_RANGE_BEFORE, 16
        ):
            continue  # "Senin-Jumat": opening hours, not a day
        if _WEEKDAY_RANGE.search(text, _sentence_start(text, start, SCHEDULE_WINDOW), start):
            continue  # "Senin-Kamis ..., sedangkan Jumat ...": a schedule's day
        if any(
            lm.start() <= mt.start("wd") < lm.end()
            for lm in _WEEKDAY_LIST.finditer(text, max(0, start - WEEKDAY_LIST_WINDOW), mt.end() + WEEKDAY_LIST_WINDOW)
        ):
            continue  # "Senin, Selasa, Rabu": a list of days (_WEEKDAY_LIST)
        if not (mt["dir"] or mt["wk"] or mt["pre"]) and (_in_habit(text, start) or _in_condition(text, start)):
            continue  # "Prosesi itu biasanya pada hari Jumat": any Friday
        end = mt.end()
        week_step: int | None = None
        if mt["wk"]:
            week_step = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}[
                mt["wkdir"].lower()
            ]
        direction = _direction(direction_word) or ("past" if mt["pre"] else None)
        tense = _clause_tense(text, start) if direction is None and mt["wk"] is None else None

        def resolve(a: _Anchor, tense: str | None, wd: int = wd,
                    direction: str | None = direction,
                    week_step: int | None = week_step) -> _Resolved:
            if week_step is not None:
                return _monday(a.day) + timedelta(weeks=week_step, days=wd), None, None
            if direction == "this":
                return _monday(a.day) + timedelta(days=wd), None, None
            back = (a.day.weekday() - wd) % 7
            if direction == "future":
                ahead = (wd - a.day.weekday()) % 7 or 7
                return a.day + timedelta(days=ahead), None, None
            if direction == "past" and back == 0:
                back = 7
            if direction is None and tense == "future":  # the next one, the same day counts
                return a.day + timedelta(days=(wd - a.day.weekday()) % 7), None, None
            return a.day - timedelta(days=back), None, None

        rule = "weekday"
        yield _Cand(start, end, rule, True, relative=resolve, weekday=wd, direction=direction,
                    tense=tense, tense_ok=direction is None and mt["wk"] is None)


def _hhmm(h: int, mi: int, part: str | None) -> str | None:
    if part:
        p = part.lower().split()[0]
        if (p == "siang" and 1 <= h <= 5) or (p == "sore" and 1 <= h <= 11):
            h += 12
        elif p == "malam":
            if 6 <= h <= 11:
                h += 12
            elif h == 12:
                h = 0
    if h > 24 or (h == 24 and mi):
        return None
    return f"{h:02d}:{mi:02d}"


def _scan_times(text: str, find: _Finder) -> Iterator[_Cand]:
    for mt in find(_TIME_KW):
        if mt["kw"].lower() == "jam" and not (mt["mi"] or mt["tz"] or mt["part"]):
            continue  # "jam 10" alone may be a count; "6 jam" never matches
        # (a part of the day after the second time, its zone written after the first,
        # is the second's: "pukul 07.00 WIB sampai 15.00 sore")
        hhmm = _hhmm(int(mt["h"]), int(mt["mi"] or 0), None if mt["tz0"] else mt["part"])
        if hhmm is None:
            continue
        zone = mt["tz"] or mt["tz0"]
        tz = TIME_ZONES.get(zone.lower()) if zone else None
        until = _hhmm(int(mt["h2"]), int(mt["mi2"] or 0), mt["part"]) if mt["h2"] else None
        yield _Cand(mt.start(), mt.end(), "time", False, time=hhmm, tz=tz,
                    note=f"until {until}" if until else None)
    for mt in find(_TIME_BARE):
        hhmm = _hhmm(int(mt["h"]), int(mt["mi"]), None)
        if hhmm is None:
            continue
        until = _hhmm(int(mt["h2"]), int(mt["mi2"]), None) if mt["h2"] else None
        yield _Cand(mt.start(), mt.end(), "time", False, time=hhmm,
                    tz=TIME_ZONES[mt["tz"].lower()], note=f"until {until}" if until else None)


@lru_cache(maxsize=4096)
def _dateparser_day(span: str) -> date | None:
    import dateparser  # slow to import; only for odd month spellings

    try:
        parsed = dateparser.parse(
            span, languages=["id", "en"],
            settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY",
                      "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError):  # pragma: no cover - dateparser internals
        return None
    if not isinstance(parsed, datetime):
        return None
    return parsed.date()


def _scan_odd_months(text: str, find: _Finder) -> Iterator[_Cand]:
    calls = 0
    for mt in find(_ODD_MONTH):
        word = mt["w"].lower()
        if word in MONTHS or word in _ODD_MONTH_STOP or calls >= MAX_DATEPARSER_CALLS:
            continue
        calls += 1
        day = _dateparser_day(mt.group(0))
        if day is None or day.year != int(mt["y"]) or day.day != int(mt["d"]):
            continue
        yield _Cand(mt.start(), mt.end(), "dateparser", True, fixed=(day, None, None),
                    ymd=(day.year, day.month, day.day), absolute_day=True)


# Scanners in priority order: on equal length the earlier one wins.
_SCANNERS: tuple[Callable[[str, _Finder], Iterator[_Cand]], ...] = (
    _scan_quarters, _scan_iso, _scan_num_dmy, _scan_paren, _scan_dmy, _scan_mdy, _scan_month_year,
    _scan_years, _scan_month_alone, _scan_n_units, _scan_rel_period, _scan_weekday,
    _scan_rel_day, _scan_times, _scan_odd_months,
)

# --- putting it together ------------------------------------------------------------


def _select(cands: list[tuple[int, _Cand]], size: int) -> list[_Cand]:
    """Non-overlapping candidates, longest first (then by scanner priority)."""
    cands.sort(key=lambda pc: (-pc[1].length, pc[0], pc[1].start))
    taken = bytearray(size)  # 1 where a kept candidate lies
    kept: list[_Cand] = []
    for _, c in cands:
        if taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * c.length
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def _relative_to(
    first: Callable[[_Anchor, str | None], _Resolved | None], last: date
) -> Callable[[_Anchor, str | None], _Resolved | None]:
    """A resolver of the span from the day ``first`` resolves to up to ``last``; that
    day alone when it is not before ``last``."""
    def resolve(anchor: _Anchor, tense: str | None) -> _Resolved | None:
        got = first(anchor, tense)
        if got is None or got[0] >= last:
            return got
        return got[0], last, None
    return resolve


def _merge_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "27 Mei 2025 hingga 17 Juni 2025", "10 Juni - 10 Juli 2025" -> one period."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None and a.absolute_day and a.fixed is not None and b.rule == "weekday"
            and b.direction is None and _APPOSITION_GAP.fullmatch(text, a.end, b.start)
        ):
            day = a.fixed[0]
            note = _weekday_check(day, b.weekday, None) or a.note
            out.append(replace(a, end=b.end, fixed=(day, None, note), note=note))
            i += 2
            continue
        if (
            b is not None and a.rule.startswith("relative:") and a.day_level and a.relative is not None
            and b.absolute_day and b.fixed is not None and b.fixed[1] is None
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            # "mulai besok hingga 30 September", "dari hari ini sampai 30 Juni 2025":
            # one span from the relative day, not two days
            out.append(_Cand(a.start, b.end, a.rule + ":range", False,
                             relative=_relative_to(a.relative, b.fixed[0])))
            i += 2
            continue
        if (
            b is not None and a.ymd is not None and b.ymd is not None
            and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            (y1, m1, d1), (y2, m2, d2) = a.ymd, b.ymd
            if y1 is not None and y2 is not None:
                lo, hi = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
                if lo and hi and lo < hi:
                    out.append(_Cand(a.start, b.end, "absolute:range", False,
                                     fixed=(lo, hi, None)))
                    i += 2
                    continue
            elif y1 is None and y2 is not None:
                merged = list(_day_range(a.start, b.end, y2, m1, d1, m2, d2, None))
                if merged:
                    out.extend(merged)
                    i += 2
                    continue
            elif y1 is None and y2 is None:
                merged = list(_day_range(a.start, b.end, None, m1, d1, m2, d2,
                                         b.direction, a.tense or b.tense))
                if merged:
                    out.extend(merged)
                    i += 2
                    continue
        if (
            b is not None and a.rule == b.rule == "month_year" and a.fixed is not None
            and b.fixed is not None and a.fixed[1] is not None and b.fixed[1] is not None
            and a.fixed[0] < b.fixed[0] and _RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            # two months with their years: "Juni 2024 hingga Januari 2025", one period
            out.append(_Cand(a.start, b.end, "absolute:range", False, fixed=(a.fixed[0], b.fixed[1], None)))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _anchor_from(anchor: datetime | date | None, cands: list[_Cand]) -> _Anchor | None:
    if isinstance(anchor, datetime):
        return _Anchor(anchor.date(), "published")
    if isinstance(anchor, date):
        return _Anchor(anchor, "published")
    days = [c.fixed[0] for c in cands if c.absolute_day and c.fixed is not None]
    if not days:
        return None
    return _Anchor(max(days), "latest_absolute")


def _to_mention(text: str, c: _Cand, anchor: _Anchor | None) -> DateMention:
    kind = "time" if c.rule == "time" else ("date" if c.day_level else "period")
    mention = DateMention(start=c.start, end=c.end, text=text[c.start:c.end], kind=kind,
                          rule=c.rule, time=c.time, tz=c.tz, note=c.note)
    res: _Resolved | None = None
    if c.fixed is not None:
        res = c.fixed
    elif c.relative is not None and anchor is not None:
        res = c.relative(anchor, c.tense)
        mention.anchor_source = anchor.source
    if res is not None:
        mention.value, mention.end_value, note = res
        mention.note = note or mention.note
        mention.resolved = True
    if c.time is not None and kind == "date":
        mention.kind = "datetime"
    if kind == "period" and mention.end_value is None and mention.value is not None:
        mention.end_value = mention.value
    return mention


def _attach_times(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Attach each time to the nearest one-day mention of its sentence."""
    if not any(m.kind == "time" for m in mentions):
        return mentions

    def same_sentence(a: DateMention, b: DateMention) -> bool:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return _SENTENCE_END.search(text, lo, hi) is None

    days = [i for i, m in enumerate(mentions) if m.kind == "date"]
    day_starts = [mentions[i].start for i in days]
    absorbed: set[int] = set()
    for ti, t in enumerate(mentions):
        if t.kind != "time":
            continue
        k = bisect.bisect_left(day_starts, t.start)
        best: tuple[int, int] | None = None  # (distance, index into mentions)
        for j in (k - 1, k):
            if not 0 <= j < len(days):
                continue
            di = days[j]
            d = mentions[di]
            if d.kind != "date" or not same_sentence(d, t):
                continue
            dist = t.start - d.end if d.end <= t.start else d.start - t.end
            if best is None or dist < best[0]:
                best = (dist, di)
        if best is None:
            continue
        d = mentions[best[1]]
        lo, hi = (d.end, t.start) if d.end <= t.start else (t.end, d.start)
        adjacent = _ATTACH_GAP.fullmatch(text, lo, hi) is not None
        updated = replace(d, kind="datetime", time=t.time, tz=t.tz, time_start=t.start,
                          time_end=t.end)
        if d.rule in _LAST_NIGHT_RULES and d.value is not None and t.time and int(t.time[:2]) < NIGHT_ENDS_HOUR:
            updated.value = d.value + timedelta(days=1)
            updated.note = "after midnight: the anchor's own day"
        if adjacent:
            updated.start, updated.end = min(d.start, t.start), max(d.end, t.end)
            updated.text = text[updated.start:updated.end]
        mentions[best[1]] = updated
        absorbed.add(ti)
    return [m for i, m in enumerate(mentions) if i not in absorbed]


def _share_tense(text: str, cands: list[_Cand]) -> None:
    """Give a sentence's tense cue to its other yearless mentions that have none."""
    group: list[_Cand] = []

    def flush() -> None:
        tenses = {c.tense for c in group if c.tense}
        if len(tenses) == 1:
            tense = tenses.pop()
            for c in group:
                c.tense = c.tense or tense
        group.clear()

    for c in cands:
        if not c.tense_ok:
            continue
        if group and _SENTENCE_END.search(text, group[-1].end, c.start):
            flush()
        group.append(c)
    flush()


def _settle_month_years(cands: list[_Cand], mentions: list[DateMention]) -> None:
    """A bare month takes the year another mention of that month settles, if any."""
    settled: dict[int, int] = {}
    for c, m in zip(cands, mentions, strict=True):
        if c.month is not None and not c.weak_year and m.value is not None:
            settled.setdefault(c.month, m.value.year)
    if not settled:
        return
    for c, m in zip(cands, mentions, strict=True):
        if c.month is None or not c.weak_year or m.value is None:
            continue
        year = settled.get(c.month)
        if year is None or year == m.value.year:
            continue
        m.value, m.end_value = _month_period(year, c.month, c.month_part)
        m.note = f"year {year} taken from another mention of the same month"


# A day written without its year takes the year of the same month the text wrote
# with its year this few characters before (a crime "pada Juni 2024", then, sentences
# on, its hour "pada 13 Juni ... pukul 02.33": 2024, not the year of
# publication, which had put the crime five days before its trial).
YEARLESS_DAY_WINDOW = 600


def _yearless_days_of_month(cands: list[_Cand], mentions: list[DateMention], anchor: _Anchor) -> None:
    """A day and month without a year, past by the anchor, take the year of the last
    mention of that month with its year written before it (within
    :data:`YEARLESS_DAY_WINDOW`), in place. Not a day to come ("Sidang digelar 20
    Juni" two days after publication is this year's)."""
    for i, (c, m) in enumerate(zip(cands, mentions, strict=True)):
        if (
            c.ymd is None or c.ymd[0] is not None or m.value is None or m.end_value is not None
            or m.value > anchor.day
        ):
            continue
        month = c.ymd[1]
        for b, bm in zip(reversed(cands[:i]), reversed(mentions[:i]), strict=True):
            if c.start - b.end > YEARLESS_DAY_WINDOW:
                break
            if bm.value is None:
                continue
            written = (
                (b.rule == "month_year" and bm.value.month == month and bm.end_value is not None
                 and bm.end_value.month == month)
                or (b.ymd is not None and b.ymd[0] is not None and b.ymd[1] == month)
            )
            if not written:
                continue
            fixed = _safe_date(bm.value.year, month, c.ymd[2])
            if fixed is not None and bm.value.year != m.value.year:
                m.value = fixed
                m.note = f"year {bm.value.year} of the {bm.text!r} written before it"
            break


_LISTED = re.compile(r"\s*(?:,\s*)?(?:dan|serta|atau|,)\s*")


def _listed_month_years(text: str, cands: list[_Cand], mentions: list[DateMention]) -> None:
    """A bare month listed right before a month or date with its year takes that year:
    "pada Mei dan November tahun lalu": May of last year, not this one's; "Maret dan
    Agustus 2024": March 2024."""
    for i in range(len(cands) - 2, -1, -1):
        c, nxt = cands[i], cands[i + 1]
        m, after = mentions[i], mentions[i + 1]
        if (
            c.month is None or not c.weak_year or m.value is None or after.value is None
            or (nxt.fixed is None and (nxt.month is None or nxt.weak_year))
            or not _LISTED.fullmatch(text, c.end, nxt.start)
        ):
            continue
        year = after.value.year
        if year != m.value.year:
            m.value, m.end_value = _month_period(year, c.month, c.month_part)
            m.note = f"year {year} taken from the month listed after it"
            c.weak_year = False  # (so that a month listed before it takes it in turn)


def _listed_day_years(text: str, cands: list[_Cand], mentions: list[DateMention]) -> None:
    """A date without its year listed right before a date with one takes that year:
    "pada 3 Maret dan 14 Agustus 2023" is 3 March 2023, not of the anchor's year; so
    does each date of a longer list ("2 Februari, 9 Maret serta 1 April 2024")."""
    for i in range(len(cands) - 2, -1, -1):
        c, nxt = cands[i], cands[i + 1]
        m = mentions[i]
        if (
            c.ymd is None or c.ymd[0] is not None or nxt.ymd is None or nxt.ymd[0] is None
            or m.value is None or m.end_value is not None or c.weekday is not None
            or not _LISTED.fullmatch(text, c.end, nxt.start)
        ):
            continue
        year = nxt.ymd[0]
        day = _safe_date(year, c.ymd[1], c.ymd[2])
        c.ymd = (year, c.ymd[1], c.ymd[2])  # (so that a date listed before it takes it in turn)
        if day is not None and day != m.value:
            m.value = day
            m.note = f"year {year} taken from the date listed after it"


# What may follow the day a quotation was said, up to its attribution's end: "lalu",
# "kemarin", a part of the day, closing marks.
_SAID_TAIL = re.compile(r"[\s).,;:]*(?:(?:lalu|kemarin|pagi|siang|sore|malam)\b[\s.,;:]*)?", re.IGNORECASE)


def _said_day(
    text: str, mentions: list[DateMention], starts: list[int], tail: tuple[int, int], anchor: _Anchor
) -> date | None:
    """The day a quotation's attribution (``tail``: from its speaker to its sentence's
    end) ends with, when it can date the quotation. ``starts``: the mentions' starts,
    in order."""
    k = bisect.bisect_left(starts, tail[1]) - 1
    last = mentions[k] if k >= 0 and starts[k] >= tail[0] else None
    if (
        last is None or last.value is None or last.kind not in ("date", "datetime") or last.cited
        or (last.note is not None and "does not match" in last.note)
        or not _SAID_TAIL.fullmatch(text, min(last.end, tail[1]), tail[1])
    ):
        return None
    day = last.value
    if not timedelta(0) < anchor.day - day <= timedelta(days=SAID_MAX_DAYS):
        return None
    return day


def _resolve_said(
    text: str, cands: list[_Cand], mentions: list[DateMention],
    said: Sequence[tuple[int, int, int, int, str | None]], anchor: _Anchor,
) -> None:
    """Resolve the relative phrases inside dated quotations against the day they were
    said (see the module docstring). Each quotation is looked up among the candidates,
    which are in order and do not overlap, not read against all of them.

    A quotation whose attribution gives no day, after one of the same named speaker's
    that does, was said that day too, when all of the speaker's dated quotations in
    the text give that one day: an article reports one occasion of a speaker ('"...,"
    kata Menteri Rudi seusai rapat, Minggu (15/6/2025).' then '"Sampai hari ini dana
    sudah cair ...," tegas Rudi.' in an article of 17 June: 15 June, not 17)."""
    starts = [c.start for c in cands]
    days = [_said_day(text, mentions, starts, (tail_start, tail_end), anchor)
            for _, _, tail_start, tail_end, _ in said]
    speaker_days: dict[str, set[date]] = {}
    first_dated: dict[str, int] = {}
    for (start, _, _, _, speaker), day in zip(said, days, strict=True):
        if speaker is not None and day is not None:
            speaker_days.setdefault(speaker, set()).add(day)
            first_dated.setdefault(speaker, start)
    for (start, end, _, _, speaker), own in zip(said, days, strict=True):
        day = own
        if day is None and speaker is not None and len(speaker_days.get(speaker, ())) == 1 and (
            start > first_dated[speaker]
        ):
            (day,) = speaker_days[speaker]
        if day is None:
            continue
        said_anchor = _Anchor(day, "said")
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            c = cands[i]
            if c.end <= end and c.relative is not None and c.fixed is None:
                mention = _to_mention(text, c, said_anchor)
                if mention.value is not None:
                    mention.note = mention.note or f"resolved against {day.isoformat()}, the day it was said"
                    mention.cited = mentions[i].cited
                    mentions[i] = mention


# A month or year of the Islamic calendar after "bulan"/"tahun": not the Gregorian one
# around the anchor ("puasa pertengahan bulan Hijriah" had been dated to mid-June).
_HIJRI_AFTER = re.compile(
    r"\s+(?:hijriah|hijriyah|hijri|qamariah|qamariyah|komariah|muharram|safar|shafar|rabiul|jumadil"
    r"|rajab|syaban|sya'ban|ramadan|ramadhan|syawal|dzulqa'dah|dzulkaidah|zulkaidah|dzulhijjah|zulhijah)\b",
    re.IGNORECASE,
)
# A written date whose weekday does not fit it, far from the anchor, is taken as a slip
# in its year or month when the weekday fits the same day in the anchor's year, or in
# the anchor's month or the one before, and that day lies at most this many days
# before the anchor (a day after it allowed:
# publication times are sometimes a few hours early). "Rabu (18/6/2026)" and "Rabu
# (18/5/2025)" in an article of Wednesday 18 June 2025 are that day; "Minggu (7/6/2025)"
# two days before it could be a slip in the day as well as in the weekday, and stays.
# Of the corpus's 291 written dates whose weekday does not fit, 122 (in 115 articles)
# are so mended, all read and right ("Kamis (14/11/2016)" in a report of the 14 January
# 2016 Thamrin attack; a race "Minggu 8 Mei" of an article of 10 June, for 8 June).
SLIP_NEAR_DAYS = 14


# A bare weekday (a singer's "di hari Kamis", the day a wedding reception is held) is
# the day of that weekday the same text writes in full, when it writes
# exactly one such day within this many days of the anchor ("Kamis, 19 Juni 2025" in a
# report of Wednesday 18 June): the writer names again a day already given. Without it
# the bare weekday is the last such day (12 June), a week before the reception. Not
# against its tense ("Kamis lalu", a past cue with a later day) nor a weekday with its
# own week ("Kamis pekan depan").
WEEKDAY_DATED_DAYS = 6


# A relative day the text restates as a date right after it, after a comma or in
# brackets ("... kemarin, 8 Juni 2025, ..."): the written date is the day
# (a column reprinted a day later had kept its "kemarin" and moved the report to the
# 9th). Only a date this near: farther, the two name two days.
RESTATED_RELATIVE_DAYS = 3
_RESTATED_GAP = re.compile(r"\s*[,(]?\s*")


# "Keesokan harinya", "sehari kemudian": the day after the day the text last named, not
# the day after the article (a schedule's "Jumat (20/6) ... FP1 pukul 16.00. Keesokan
# harinya ... balapan pukul 15.05 WIB" had put the race on the 20th). Only after a
# single day written at most this many characters before; else no date is invented.
NEXT_DAY_WINDOW = 600
_NEXT_DAY = re.compile(
    r"\b(?:keesokan\s+(?:hari(?:nya)?|pagi(?:nya)?|siang(?:nya)?|malam(?:nya)?)|esok\s+harinya"
    r"|sehari\s+(?:kemudian|setelahnya|sesudahnya))\b",
    re.IGNORECASE,
)


def _next_days(
    text: str, mentions: list[DateMention], anchor: date | None,
    said: Sequence[tuple[int, int, int, int, str | None]] = (),
) -> list[DateMention]:
    """``mentions`` with a date for each "keesokan harinya" after a written day (see
    :data:`NEXT_DAY_WINDOW`), in order. Not after the day a statement was made (',"
    kata sang menteri dalam jumpa pers, Senin (16/6/2025). Sehari setelahnya, kata
    Bahlil, ...' tells of the day after an earlier event, not after the briefing)."""
    added: list[DateMention] = []
    tails = [(a, b) for _s, _e, a, b, _who in said]
    for mt in _NEXT_DAY.finditer(text):
        if any(m.start < mt.end() and mt.start() < m.end for m in mentions):
            continue
        before = [
            m for m in mentions
            if m.end <= mt.start() and mt.start() - m.end <= NEXT_DAY_WINDOW and m.kind in ("date", "datetime")
            and m.value is not None and m.end_value is None and not m.cited
        ]
        if (
            not before or any(a <= before[-1].start < b for a, b in tails)
            or any(0 <= m.start - mt.end() <= 3 for m in mentions)
        ):
            # (no day before it, or a statement's day; or a day written right after it
            # dates it: "Keesokan harinya, Jumat (6/6/2025), ...")
            continue
        day = before[-1].value
        assert day is not None
        stop = _SENTENCE_END.search(text, mt.end())
        future = _clause_tense(text, mt.end()) == "future" or _FUTURE_CUE.search(
            text, mt.end(), stop.start() if stop else len(text)
        ) is not None
        if anchor is not None and day + timedelta(days=1) > anchor and not future:
            # a day after the article told as past ('"Hari ini saya menerima ..." ...
            # keesokan harinya, disebutkan ...': "hari ini" was the post's day, not the
            # article's): no day is sure
            continue
        added.append(DateMention(
            mt.start(), mt.end(), mt.group(0), "date", day + timedelta(days=1), resolved=True,
            rule=f"relative:{_norm(mt.group(0).lower())}", anchor_source="text",
            note=f"the day after {day.isoformat()}, the day written before it",
        ))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _restated_relative(text: str, mentions: list[DateMention]) -> None:
    """Give each relative day restated by a full date right after it that date, in place
    (see :data:`RESTATED_RELATIVE_DAYS`)."""
    for m, n in itertools.pairwise(mentions):
        if (
            m.rule.startswith("relative:") and m.kind == "date" and m.value is not None and m.end_value is None
            and n.kind == "date" and n.value is not None and n.end_value is None and n.value != m.value
            and n.rule != "weekday" and not n.rule.startswith("relative:")
            and _RESTATED_GAP.fullmatch(text, m.end, n.start)
            and abs((n.value - m.value).days) <= RESTATED_RELATIVE_DAYS
        ):
            m.value = n.value
            m.note = f"the {n.value.isoformat()} the text writes right after it"


def _weekday_as_dated(cands: list[_Cand], mentions: list[DateMention], anchor: _Anchor) -> None:
    """Move each bare weekday to the day of that weekday the text writes in full, in
    place (see :data:`WEEKDAY_DATED_DAYS`)."""
    dated: dict[int, set[date]] = {}
    for c, m in zip(cands, mentions, strict=True):
        if (
            c.ymd is not None and c.rule != "weekday" and m.resolved and m.value is not None and not m.cited
            and m.kind in ("date", "datetime") and abs((m.value - anchor.day).days) <= WEEKDAY_DATED_DAYS
        ):
            dated.setdefault(m.value.weekday(), set()).add(m.value)
    for c, m in zip(cands, mentions, strict=True):
        if c.rule != "weekday" or c.weekday is None or c.direction is not None or not c.tense_ok:
            continue
        days = dated.get(c.weekday, set())
        if len(days) != 1 or m.value is None or m.anchor_source != anchor.source:
            continue
        (day,) = days
        if day == m.value or (c.tense == "past" and day > anchor.day) or (c.tense == "future" and day < anchor.day):
            continue
        m.value = day
        m.note = f"the {day.isoformat()} the text writes in full"


def _mend_slips(cands: list[_Cand], mentions: list[DateMention], anchor: _Anchor) -> None:
    """Take a written date far from the anchor whose weekday fits the anchor's year or
    month as a slip (see :data:`SLIP_NEAR_DAYS`)."""
    for c, m in zip(cands, mentions, strict=True):
        written = m.value
        if (
            c.weekday is None or written is None or m.end_value is not None
            or written.weekday() == c.weekday
            or abs((written - anchor.day).days) <= SLIP_NEAR_DAYS
        ):
            continue
        before = _add_months(anchor.day.year, anchor.day.month, -1)
        for part, fixed in (
            ("year", _safe_date(anchor.day.year, written.month, written.day)),
            ("month", _safe_date(anchor.day.year, anchor.day.month, written.day)),
            ("month", _safe_date(before[0], before[1], written.day)),
        ):
            if (
                fixed is not None and fixed.weekday() == c.weekday
                and -1 <= (anchor.day - fixed).days <= SLIP_NEAR_DAYS
            ):
                m.value, m.written = fixed, written
                m.note = (
                    f"weekday {WEEKDAY_NAMES[c.weekday]} does not match {written.isoformat()} "
                    f"({WEEKDAY_NAMES[written.weekday()]}); read as {fixed.isoformat()} (a slip in the {part})"
                )
                break


_SINCE = re.compile(r"\bsejak\s+$", re.IGNORECASE)
# ... unless the text gives its end: "sejak awal 2024 sampai 3 Maret" ("hingga kini"
# is the anchor).
_SINCE_UNTIL = re.compile(
    r"[^.\n]{0,40}?\b(?:hingga|sampai|s\.\s?d\.?)\s+(?!(?:kini|saat\s+ini|sekarang|hari\s+ini)\b)",
    re.IGNORECASE,
)


def _since_start(text: str, mentions: list[DateMention], anchor: _Anchor) -> None:
    """"sejak awal tahun" (year to date), "sejak awal Juni": from the part's first day
    to the anchor's, not the part alone (the first quarter, the first ten days)."""
    for m in mentions:
        if (
            m.value is not None and m.end_value is not None and m.text[:4].lower() == "awal"
            and m.value <= anchor.day and m.end_value < anchor.day
            and _SINCE.search(text, max(0, m.start - 8), m.start)
            and not _SINCE_UNTIL.match(text, m.end)
        ):
            m.end_value = anchor.day
            m.note = m.note or "from its start to the anchor's day (\"sejak\")"


def since_open(text: str, start: int, end: int) -> bool:
    """Whether the date written at ``start``-``end`` follows "sejak" with no end given
    after it ("sejak Jumat (13/6/2025)", not "sejak 5 hingga 11 Juni"): a state from
    that day on."""
    return _SINCE.search(text, max(0, start - 8), start) is not None and not _SINCE_UNTIL.match(text, end)


# "setiap hari pukul 08.00", "tiap malam": a time of day that recurs
_DAILY_BEFORE = re.compile(r"\b(?:setiap|tiap|saban)\s+(?:hari|malam|pagi|siang|sore)\b", re.IGNORECASE)


def in_schedule(text: str, pos: int) -> bool:
    """Whether a time of day at ``pos`` is a schedule's, not a moment of the story: its
    sentence names before it a range or a list of weekdays ("- Senin - Jumat: Pukul
    15.00 - 20.00 WIB", a fair's opening hours) or a daily habit ("setiap hari pukul
    08.00"), or the sentence says what usually happens (:func:`_in_habit`). Looked for
    SCHEDULE_WINDOW characters back at most, in its sentence."""
    lo = _sentence_start(text, pos, SCHEDULE_WINDOW)
    return any(p.search(text, lo, pos) for p in (_WEEKDAY_RANGE, _WEEKDAY_LIST, _DAILY_BEFORE)) or _in_habit(text, pos)


def future_before(text: str, start: int, pos: int) -> bool:
    """Whether the words from ``start`` to ``pos`` hold a cue of the future ("akan",
    "dijadwalkan", "rencananya")."""
    return _FUTURE_CUE.search(text, start, pos) is not None


def extract_dates(
    text: str, anchor: datetime | date | None = None,
    said: Sequence[tuple[int, int, int, int, str | None]] = (),
) -> list[DateMention]:
    """Date, period and time mentions in ``text``, in order, resolved where possible.

    ``anchor`` is the article's publication time; relative phrases ("kemarin",
    "Selasa", "29 Mei") are resolved against it, or, when it is None, against the
    latest full date written in the text, or left unresolved when there is none.
    ``said`` lists quotations with their attribution after them, as (quotation start,
    end, attribution start, end, speaker's name or None): a quotation's relative
    phrases are resolved against the day its attribution ends with, if any, else the
    day the same speaker's earlier quotations were said (see :func:`_resolve_said`).
    """
    if not text:
        return []
    finder = _WindowFinder(text)
    ranked: list[tuple[int, _Cand]] = []
    for priority, scan in enumerate(_SCANNERS):
        ranked.extend((priority, c) for c in scan(text, finder))
    cands = _merge_ranges(text, _select(ranked, len(text)))
    _share_tense(text, cands)
    anc = _anchor_from(anchor, cands)
    mentions = [_to_mention(text, c, anc) for c in cands]
    for m in mentions:
        m.cited = m.kind == "date" and _preceded(text, m.start, _CITED_DAY, CITED_WINDOW)
    if said and anc is not None and anc.source == "published":
        _resolve_said(text, cands, mentions, said, anc)
    _listed_month_years(text, cands, mentions)
    _listed_day_years(text, cands, mentions)
    _settle_month_years(cands, mentions)
    if anc is not None:
        _yearless_days_of_month(cands, mentions, anc)
        _since_start(text, mentions, anc)
        if anc.source == "published":
            _mend_slips(cands, mentions, anc)
        _weekday_as_dated(cands, mentions, anc)
    _restated_relative(text, mentions)
    mentions = _next_days(text, mentions, anc.day if anc is not None and anc.source == "published" else None, said)
    found = _attach_times(text, mentions)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%d date mentions (%d resolved) in %d chars; anchor %s",
            len(found), sum(m.resolved for m in found), len(text),
            f"{anc.day} ({anc.source})" if anc else None,
        )
    return found


__all__ = [
    "FUTURE_WINDOW_DAYS",
    "MAX_DATEPARSER_CALLS",
    "MONTH_PARTS",
    "PAST_WINDOW_DAYS",
    "SAID_MAX_DAYS",
    "WEEKEND_LOOKBACK_WEEKDAYS",
    "WEEK_PARTS",
    "YEAR_PARTS",
    "DateMention",
    "extract_dates",
    "future_before",
    "in_schedule",
]
