"""The ``reconcile`` stage: group claims about the same property, and say whether the
sources agree, conflict, or whether a later report updated an earlier figure.

Grouping uses blocking keys (kind, unit family, property key), so the cost grows with
the number of claims, not with its square. Inside a block, claims whose locations are
incompatible are split apart.

Status of a group:

* ``single``: one independent source;
* ``agree``: every value agrees (allowing qualifiers: "sekitar 10.000" agrees with
  "10.000", "setidaknya 12" with 15);
* ``updated``: the values change over time and never coexist: each later value was
  first reported after the previous one was last reported (3.000 in mid-October,
  10.000 by the end of the month; M5,1 then M4,9 after the agency's revision), or one
  source revised its own figure;
* ``conflict``: different values reported at about the same time.

Values too thin to compare (a bare count, a length of time that does not say what
lasted, an amount that does not say of what, an age that does not say whose) and values one source gives together are split
into groups of their own, each with a ``note`` saying why.

Near-duplicate articles count as one source (``Claim.source_group``).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kabar.analyze.entities import expansion_matches
from kabar.records import Claim

logger = logging.getLogger(__name__)

# Two numbers are the same value when they differ by at most this share: rounding in
# prose ("Rp 1,2 miliar" for Rp1.195.000.000) stays within 0.5%.
SAME_VALUE_TOLERANCE = 0.005
# An approximate figure ("sekitar", "hampir", "kurang lebih") agrees with one within
# this share of it.
APPROX_TOLERANCE = 0.1
# A bound ("setidaknya 12", "lebih dari 150", "hingga Rp 2.900") agrees with a figure
# on its side of it up to this factor away: a toll that rose from "setidaknya 12" to
# 17 is one count. In the briefs of 426 multi-outlet stories, all 49 values that joined
# a bound at twice it or more were other figures: "lebih dari 150 mahasiswa" with 14,16
# juta investors, Israel's "setidaknya 24" dead with Iran's "sedikitnya 224", a
# maximum fee of Rp 2.900 with a fee of Rp 1.
BOUND_FACTOR = 1.5
# Values reported within this time of each other are "at about the same time": a
# difference inside it is a conflict, not an update. One news cycle on a breaking event.
SAME_TIME = timedelta(hours=3)

UNIT_FAMILIES = {
    "IDR": "money", "USD": "money", "EUR": "money", "SGD": "money", "JPY": "money",
    "km": "length", "m": "length", "cm": "length", "mil": "length",
    "kg": "mass", "ton": "mass", "gram": "mass", "g": "mass",
    "tahun": "duration", "bulan": "duration", "hari": "duration", "jam": "duration",
    "menit": "duration", "detik": "duration", "minggu": "duration", "pekan": "duration",
    "%": "percent", "persen": "percent",
}
# Conversion of units in one family to a base unit, so "1,5 km" and "1.500 m" compare.
TO_BASE = {
    "km": 1000.0, "m": 1.0, "cm": 0.01, "kg": 1.0, "ton": 1000.0, "gram": 0.001, "g": 0.001,
    "tahun": 365.0, "bulan": 30.0, "minggu": 7.0, "pekan": 7.0, "hari": 1.0,
    "jam": 1 / 24, "menit": 1 / 1440, "detik": 1 / 86400,
}



def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that count people are one unit family: "dua orang luka" and "tiga warga
# terluka" count the same thing ("personil" is how many write "personel"; "2.000
# Garda Nasional" are "2.000 pasukan Garda Nasional"; "23 pesepakbola" are "23
# pemain").
PEOPLE_UNITS = _wordset("""
orang warga jiwa korban penumpang penduduk pengungsi pasien siswa pelajar mahasiswa anak
tentara prajurit personel pasukan serdadu polisi anggota pekerja buruh karyawan pegawai
nelayan petani pendaki wisatawan turis jemaah jamaah peserta pemain atlet tersangka
pelaku tahanan napi narapidana pendemo demonstran massa relawan petugas awak kru
personil garda marinir pesepakbola pebulutangkis
""")


# The key's word for a count of people of any of those words (kabar.claims).
PEOPLE_KEY = "orang"


# Words that count one team's matches: "dua laga" and "dua pertandingan" agree, and a
# player's "35 penampilan" (appearances) with another outlet's "35 pertandingan".
MATCH_UNITS = frozenset({"laga", "pertandingan", "penampilan"})


def unit_family(unit: str | None) -> str:
    if unit is None:
        return ""
    if unit.lower() in PEOPLE_UNITS:
        return "people"
    if unit.lower() in MATCH_UNITS:
        return "laga"
    return UNIT_FAMILIES.get(unit, unit.lower())


def base_value(claim: Claim) -> float | str:
    if isinstance(claim.value, str):
        return claim.value
    return _to_base(claim.value, claim.unit)


def _to_base(value: float | int, unit: str | None) -> float:
    return float(value) * TO_BASE.get(unit or "", 1.0)


@dataclass(slots=True)
class ValueSummary:
    value: float | int | str
    unit: str | None
    qualifiers: list[str]
    claims: list[str]
    documents: list[str]
    outlets: list[str]
    sources: int  # independent sources (near-duplicates count once)
    first: datetime | None
    last: datetime | None
    value_max: float | int | None = None  # the upper end when the value is a range

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifiers": self.qualifiers,
            "claims": self.claims,
            "documents": self.documents,
            "outlets": self.outlets,
            "sources": self.sources,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }


@dataclass(slots=True)
class Group:
    id: str
    property: str
    kind: str
    unit: str | None
    location: str | None
    claims: list[str]
    status: str
    values: list[ValueSummary]
    consensus: dict[str, Any] | None
    documents: list[str] = field(default_factory=list)
    note: str | None = None

    def value_range(self) -> tuple[float, float] | None:
        numbers = [float(v.value) for v in self.values if not isinstance(v.value, str)]
        return (min(numbers), max(numbers)) if numbers else None

    def as_dict(self) -> dict[str, Any]:
        rng = self.value_range()
        return {
            "id": self.id,
            "property": self.property,
            "kind": self.kind,
            "unit": self.unit,
            "location": self.location,
            "claims": self.claims,
            "status": self.status,
            "values": [v.as_dict() for v in self.values],
            "range": list(rng) if rng else None,
            "consensus": self.consensus,
            "documents": self.documents,
            "note": self.note,
        }


def _power_of_ten(value: float) -> bool:
    """Whether ``value`` is 10, 100, 1000 ...: the value the analyzer gives a vague
    order of magnitude ("puluhan", "ratusan", "ribuan", "puluhan ribu")."""
    if value < 10:
        return False
    exponent = round(math.log10(value))
    return bool(abs(value - 10.0**exponent) < 1e-9 * value)


# An amount written short ("Rp11,8 triliun") is the full figure ("Rp11.880.351.802.619")
# cut or rounded to the digits it shows, when it shows at least this many significant
# digits and is at least LARGE_AMOUNT: writers cut as often as they round, and three
# digits keep the difference under 1%. (A liputan6 report gave both forms of one
# seizure, which had stood as two figures "given together".) Counts of people are
# below LARGE_AMOUNT: "1.500 tentara" against 1.580 stays two figures.
SHORT_FORM_DIGITS = 3
LARGE_AMOUNT = 1_000_000
# Two figures both written to at least this many significant digits are rounded by
# neither, and agree only when equal: "7.991.160 KPM" (detik, liputan6) and "7.991.960
# KPM" (kompas), 0.01% apart, had agreed under SAME_VALUE_TOLERANCE, hiding a slip in one
# outlet, and each outlet had been listed for a value it never wrote.
PRECISE_DIGITS = 4


def _precise(a: float, b: float) -> bool:
    """Whether both figures are written to PRECISE_DIGITS significant digits or more."""
    return min(len(_significant(a)), len(_significant(b))) >= PRECISE_DIGITS


def _significant(value: float) -> str:
    """The significant digits of a large ``value`` written in full, to the unit
    ("11800000000000": "118")."""
    return f"{abs(value):.0f}".rstrip("0")


def same_as_written(a: float, b: float) -> bool:
    """Whether the shorter written of two large amounts is the other cut or rounded to
    its significant digits (see :data:`SHORT_FORM_DIGITS`)."""
    if min(abs(a), abs(b)) < LARGE_AMOUNT or (a < 0) != (b < 0):
        return False
    short, full = (a, b) if len(_significant(a)) <= len(_significant(b)) else (b, a)
    k = len(_significant(short))
    if k < SHORT_FORM_DIGITS or len(_significant(full)) <= k:
        return False
    step = 10.0 ** (math.floor(math.log10(abs(full))) - k + 1)
    return any(math.isclose(short, f(full / step) * step, rel_tol=1e-9) for f in (math.floor, round))


def _same(a: float | str, b: float | str, qualifiers: tuple[str | None, str | None]) -> bool:
    """Whether two base values agree, allowing for the claims' qualifiers."""
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    if a == b:
        return True
    scale = max(abs(a), abs(b), 1e-9)
    if same_as_written(a, b):
        return True
    if abs(a - b) / scale <= SAME_VALUE_TOLERANCE and not _precise(a, b):
        return True
    qa, qb = qualifiers
    for q, low, other in ((qa, a, b), (qb, b, a)):
        # "puluhan demonstran" (tens: 10 to 99) agrees with 39, "ratusan" with 250
        if q == "vague" and _power_of_ten(low) and low <= other < 10 * low:
            return True
    if "approx" in (qa, qb) or "vague" in (qa, qb):
        return abs(a - b) / scale <= APPROX_TOLERANCE
    # "setidaknya 12" agrees with a figure of 12 up to BOUND_FACTOR times it, "lebih
    # dari 10" with one above 10, "hingga 20" with one up to 20
    for q, bound, other in ((qa, a, b), (qb, b, a)):
        if not _near(bound, other):
            continue
        if (q == "at_least" and other >= bound) or (q == "more_than" and other > bound):
            return True
        if q in ("up_to", "less_than") and other <= bound:
            return True
    return False


_LOWER_BOUNDS = frozenset({"at_least", "more_than"})
_UPPER_BOUNDS = frozenset({"up_to", "less_than"})


def _within_bounds(clusters: list[tuple[float | str, list[Claim]]], rising: bool = False) -> bool:
    """Whether no two of ``clusters`` (claims by value) contradict each other because
    one is a bound the other lies within, too far from it to be the same figure (see
    BOUND_FACTOR): "hingga 50%" (the largest tax cut) and "pajak 10 persen", Israel's
    "setidaknya 24" dead and Iran's "sedikitnya 224". Such values are two figures, not
    two accounts of one. ``rising`` (the values came hours apart): a lower bound
    followed by a larger figure is a tally that rose ("setidaknya 24 korban luka", then
    40), so that pair is no proof of two figures."""
    def side(members: list[Claim]) -> str | None:
        qualifiers = {c.qualifier for c in members}
        return "lower" if qualifiers <= _LOWER_BOUNDS else "upper" if qualifiers <= _UPPER_BOUNDS else None

    timed = sorted(clusters, key=lambda vc: min((_claim_time(c) or _EARLIEST for c in vc[1]), default=_EARLIEST))
    for (va, a), (vb, b) in itertools.combinations(timed, 2):
        if isinstance(va, str) or isinstance(vb, str):
            return False
        allowed = (
            (side(a) == "lower" and vb >= va and not rising) or (side(a) == "upper" and vb <= va)
            or (side(b) == "lower" and va >= vb) or (side(b) == "upper" and va <= vb)
        )
        if not allowed:
            return False
    return True


def _near(a: float, b: float) -> bool:
    """Whether two numbers of one sign are at most BOUND_FACTOR times apart."""
    return a * b > 0 and max(abs(a), abs(b)) <= BOUND_FACTOR * min(abs(a), abs(b))


# Times written without a zone (a naive published time, a date in the text) are taken
# as Western Indonesian Time, the zone of most Indonesian news.
DEFAULT_TZ = timezone(timedelta(hours=7))
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=DEFAULT_TZ)


def _claim_time(claim: Claim) -> datetime | None:
    """When a figure was reported: the article's publication time, else (an undated
    article) the latest date-time its text names, else the date-time the text gives for
    the figure ("hingga Kamis (19/6/2025) pukul 18.00 WIB"); never a guess."""
    if claim.published is not None:
        return _aware(claim.published)
    if claim.reported is not None:
        return _aware(claim.reported)
    if claim.date:
        try:
            return _aware(datetime.fromisoformat(claim.date))
        except ValueError:
            return None
    return None


def _independent(claims: Iterable[Claim]) -> int:
    return len({c.source_group or c.document for c in claims})


def _location_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = a.lower(), b.lower()
    return fa in fb or fb in fa


# Durations whose property says what lasted: a prison term handed down or demanded, a
# substitute term, an age, a life expectancy (the normalised keys of
# ``kabar.claims.MEASURES``). Any other duration ("selama 45 menit", "dalam 3 jam",
# "durasi 13 menit") says only how long something took: in 25 random multi-outlet
# stories of the shared corpus every conflict or update between such durations was
# two different spans ("selama lebih dari 40 tahun" of a leader's rule and "selama enam
# hari" of a war; 13 minutes a substitute played and the 90 of the match).
# Last parts of a key (set by kabar.claims) that say when a figure is of: a trading
# session (in the day's order) or the previous close, months to date.
SESSION_KEYS = ("pembukaan", "intraday", "sesi i", "penutupan")
# A market figure at a time of day the sentence gives ("pada pukul 09.38 WIB", "saat
# berita ditulis"): during a session, no other report's moment (set by kabar.claims).
INTRADAY_KEY = "intraday"
# (the close an article published before the market closed recalls)
PREVIOUS_CLOSE_KEY = "penutupan sebelumnya"
TO_DATE_KEY = "kumulatif"
WHEN_PARTS = frozenset({*SESSION_KEYS, PREVIOUS_CLOSE_KEY, TO_DATE_KEY})
# The penalty the law sets for a charge (set by kabar.claims): the most, and the least
# where the text gives one ("paling singkat 4 tahun, paling lama 12 tahun").
THREAT_KEY = "ancaman hukuman"
THREAT_FINE_KEY = "ancaman denda"
LEAST_WORD = "minimal"
THREAT_LEAST_KEY = f"{THREAT_KEY} {LEAST_WORD}"
DURATION_PROPERTIES = frozenset({
    "vonis", "tuntutan", "subsider", "tuntutan subsider", "subsider uang pengganti",
    "tuntutan subsider uang pengganti", "usia", "harapan hidup", THREAT_KEY, THREAT_LEAST_KEY,
})


# Bare counts that a story's later reports raise: tallies of what an unfolding event
# produces (aftershocks, cases, victims, evacuees). Any other bare count that changes
# between reports ("3 bek", then "4 bek"; "1 tempat", then "3 tempat") counts different
# things: in 25 random multi-outlet stories of the shared corpus all 14 such "updates"
# were.
TALLY_NOUNS = frozenset({
    "gempa", "gempa susulan", "kasus", "korban", "pasien", "pengungsi", "titik api", "titik panas",
    "kebakaran", "kejadian", "laporan", "aduan", "pengaduan", "longsor", "banjir",
})


# Counts of people abroad ("380 WNI yang berada di Iran", "194 WNI di Israel"): of one
# named place (kabar.claims sets the location), two sources' counts are one figure.
ABROAD_COUNTS = frozenset({"wni", "wna", "tki", "pmi"})


# Figures a body decides once (a fine, a sentence, a prosecutor's demand): two values
# reported within DECISION_WINDOW of each other are two reports of one decision that
# disagree, never a revision (a club's fine given as about Rp 23,8 miliar in the
# morning and about Rp 17 miliar in the afternoon had been an "update"). An appeal
# decides again, weeks later.
DECIDED_PROPERTIES = frozenset({"denda", "vonis", "tuntutan", "subsider", "uang pengganti", "tuntutan denda",
                                "tuntutan uang pengganti", "tuntutan subsider"})
DECISION_WINDOW = timedelta(days=2)
# One person's age told two ways within this span is a disagreement, not a revision
# (46, then 47 of one singer a day later): an age changes once a year, so two reports
# a month apart straddle a birthday about one time in twelve.
AGE_WINDOW = timedelta(days=30)

# A thing's attributes (weight, size, range, power): one thing's do not change from
# report to report, so two values hours or days apart that the articles do not tie to one
# thing are two things' (16,6 grams of gold, a dowry, and 2 grams, a guest's souvenir
# coin; a car's range of 230 km after ten minutes' charge and 435 km in all), not an
# update.
ATTRIBUTE_PROPERTIES = frozenset({
    "berat", "panjang", "lebar", "tinggi", "jarak tempuh", "kapasitas", "daya", "torsi", "baterai",
    "kecepatan", "diameter", "volume",
})

# Units of a product's specification (unit families, lower case): a product's memory,
# battery or height is not revised from report to report, so two values reported hours
# apart are two products', not an update (a console's 64 GB, then another model's 16
# GB; a car's height, then another car's). Two values at once may still conflict.
SPEC_FAMILIES = frozenset({"mm", "gb", "tb", "mb", "mah", "inci", "hz", "mp", "cc", "ps", "hp", "nm", "w", "kwh"})


# Keywords that name a property without saying of what ("luas", "nilai", "harga"):
# alone, their figures are too thin to compare (with the word after them, "luas
# lahan", "nilai transaksi", they are compared).
THIN_MEASURES = frozenset(["luas", "nilai", "harga", "dana", "biaya", "uang", "aset"])


# Digits at least: two three-digit counts of one noun share their digits by chance too
# often ("120 rumah" and "210 rumah" of two villages); four-digit ones rarely.
TRANSPOSED_DIGITS = 4


def _transposed(a: float | str, b: float | str) -> bool:
    """Two whole numbers of four digits or more written with the same digits in
    another order (4.075 and 4.705): one figure with a typing slip, whatever it counts."""
    if isinstance(a, str) or isinstance(b, str) or a == b or a != int(a) or b != int(b):
        return False
    da, db = str(int(a)), str(int(b))
    return len(da) >= TRANSPOSED_DIGITS and len(da) == len(db) and sorted(da) == sorted(db)


def _slips(
    clusters: list[tuple[float | str, list[Claim]]],
) -> list[list[tuple[float | str, list[Claim]]]]:
    """Pairs of value clusters that are one figure with a slip (:func:`_slipped`), each
    cluster in one pair at most."""
    pairs: list[list[tuple[float | str, list[Claim]]]] = []
    used: set[int] = set()
    for i, a in enumerate(clusters):
        for j in range(i + 1, len(clusters)):
            if i not in used and j not in used and _slipped(a[0], clusters[j][0]) and not _given_together(a[1], clusters[j][1]):
                pairs.append([a, clusters[j]])
                used.update((i, j))
    return pairs


def _given_together(a: list[Claim], b: list[Claim]) -> bool:
    """Whether an article gives both values: two figures of its list or table (a
    month's sales this year and last, 505.350 and 505.670 units, in each of two
    articles' tables), not one figure and its slip."""
    return bool({c.document for c in a} & {c.document for c in b})


def _slipped(a: float | str, b: float | str) -> bool:
    """Two figures written to PRECISE_DIGITS significant digits or more, different but
    within SAME_VALUE_TOLERANCE of each other (7.991.160 and 7.991.960 families): of a
    count, one figure with a slip in a digit, not two counts that happen to be that
    close. (Not of prices or index levels, which move by as little in a day.)"""
    if isinstance(a, str) or isinstance(b, str) or a == b:
        return False
    return _precise(a, b) and abs(a - b) / max(abs(a), abs(b), 1e-9) <= SAME_VALUE_TOLERANCE


# The states of kabar.claims.MARKET_STATES: how a count of stocks moved.
MARKET_MOVES = frozenset({"menguat", "melemah", "stagnan"})


def _thin(kind: str, key: str) -> str | None:
    """Why values of this block are too thin to call a conflict (None when they are
    not): a bare count, a duration that does not say what lasted, an amount that does
    not say of what, an age that does not say whose, a market figure of a moment."""
    if key.endswith(f":{INTRADAY_KEY}"):
        # "IHSG anjlok 1,12%" at 09.38 and "turun 1,5 persen" when the article was
        # written: two moments of one session, not two accounts of one figure
        return "a market figure at a moment of the session; the articles do not say it is the same moment"
    if kind == "count" and key.partition(":")[0] == "saham" and key.partition(":")[2] in MARKET_MOVES:
        # "332 saham melemah" before the opening and "187" at 09.22 (kabar.claims'
        # market states, no session named): the breadth changes all day
        return "a count of stocks that moved, at a moment of the session; the articles do not say it is the same moment"
    # (when a figure is of, a session or months to date, says nothing of what it is:
    # "unit:kumulatif" is as bare a count as "unit")
    while key.rpartition(":")[2] in WHEN_PARTS:
        key = key.rpartition(":")[0]
    if kind == "count" and ":" not in key:
        # "dua gol" and "lima gol": nothing said about what happened to what is counted
        return "a count of the same noun as other groups; the articles do not say it is the same thing"
    if kind == "measure" and key.endswith(":duration") and key.partition(":")[0] not in DURATION_PROPERTIES:
        return "a length of time like other groups; the articles do not say it is the same span"
    if key.partition(":")[0] in THIN_MEASURES:
        # "luas 5.922 ha" and "luas 13.136 ha" (two companies' concessions), "harga Rp
        # 10 juta" (a tax threshold) and "harga Rp 7.000" (a day's change): in 100
        # random multi-outlet stories all 5 such conflicts and updates were of
        # different things (a volcano's "tinggi" 10 against 10.000 m, a typo, is kept)
        return "an amount like other groups; the articles do not say of what, nor that it is the same"
    if key.endswith(SEVERAL):
        # "Menjatuhkan pidana terhadap Terdakwa ... 16 tahun" beside another
        # defendant's 3 years
        return "a court figure that does not say whose, in a story on several people; the articles do not say it is the same person's"
    if kind == "score" and key.endswith(f":{OTHER_MATCH_KEY}"):
        # an earlier meeting's or another fixture's score (kabar.claims._other_match):
        # the first leg's 0-4 and a group rival's 1-5 are two matches
        return "a score of another match than the one reported; the articles do not say it is the same match"
    if kind == "score" and key.endswith(f":{RUNNING_KEY}"):
        # a lead, a half-time score (kabar.claims._running_score): 2-0 at the 19th
        # minute and 5-0 at the 62nd are two moments
        return "a score during the match; the articles do not say it is the same moment"
    if key.endswith(f":{CHANGE_KEY}"):
        # "turun Rp3.000" (one brand of gold) beside "turun Rp 1.000" (another's buyback
        # price): in the daily gold-price stories of 400 random multi-outlet ones, such
        # conflicts were of different products or days
        return "a change like other groups; the articles do not say it is the same change"
    if kind in ("count", "money") and key.endswith(f":{BREAKDOWN_KEY}") and (
        ":" not in (part := key.removesuffix(f":{BREAKDOWN_KEY}")) or part.startswith(f"{PEOPLE_KEY}:")
    ):
        # "korban luka terdiri atas empat penumpang dan dua pejalan kaki" beside "enam
        # orang luka": a part of the total, not a second total (a part that says what
        # happened to whom, "siswa:meninggal:rincian", is compared with the same part;
        # not "orang:luka:rincian", which does not say which people)
        return "a part of a total the text breaks down; the articles do not say it is a total"
    if kind == "count" and key.endswith(f":{OTHERS_KEY}"):
        # "Tiga korban lainnya meninggal di rumah sakit" beside "11 orang tewas":
        # three of the eleven, not a second total
        return "a count of others than those counted before it; the articles do not say it is a total"
    if kind == "age" and ":" not in key and WHOSE not in key:
        # "pemain berusia 25 tahun itu", "pelatih berusia 43 tahun itu": in 25 random
        # multi-outlet stories every conflict of such ages was several people's (an age
        # kabar.claims could tell whose, "usia@denada tambunan", is compared)
        return "an age like other groups; the articles do not say it is the same person's"
    return None


# Joins a court figure's key or an age's to the person it is of ("vonis:duration@zarof
# ricar", "usia@denada tambunan"; set by kabar.claims).
WHOSE = "@"
AGE_KEY = "usia"


def fullest_name(name: str, names: Iterable[str]) -> str:
    """The longest of ``names`` whose words hold ``name``'s (case aside) when it holds
    all the others that do ("ricar" -> "zarof ricar"); else ``name`` itself (a short
    name two full names share, "rachmat" of two Rachmats, stays short)."""
    longer = [n for n in names if f" {name.lower()} " in f" {n.lower()} "]
    if not longer:
        return name
    top = max(longer, key=len)
    return top if all(f" {n.lower()} " in f" {top.lower()} " for n in longer) else name


def _whose_keys(claims: Iterable[Claim]) -> dict[str, str]:
    """Court figures' keys completed with whose they are, over a story: a name that is
    part of a longer one named with the same property takes the longer ("ricar" ->
    "zarof ricar"), and a figure whose article does not say whose is that of the one
    person the story names with its property, if only one ("Eks pejabat MA divonis 16
    tahun" beside "Zarof Ricar divonis 16 tahun"); not an age, which may be anyone's
    ("pria berusia 25 tahun")."""
    named: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        base, sep, whose = claim.property_key.partition(WHOSE)
        if sep:
            named[base].add(whose)
    out: dict[str, str] = {}
    for base, names in named.items():
        full = {n: fullest_name(n, names) for n in names}
        for n, m in full.items():
            out[f"{base}{WHOSE}{n}"] = f"{base}{WHOSE}{m}"
        if base == AGE_KEY:
            continue  # (an age that does not say whose is no one named's: "pria berusia 25 tahun")
        if len(set(full.values())) == 1:
            out[base] = f"{base}{WHOSE}{next(iter(full.values()))}"
        else:
            out[base] = base + SEVERAL
    return out


def _age_owners(claims: Sequence[Claim], whose: Mapping[str, str]) -> dict[str, str]:
    """Ages that do not say whose ("pemain berusia 25 tahun itu") with the key of the
    one person the story names with the same age (Jay Idzes, 25, in another outlet),
    by claim id: one more source for that age, not a second row. With two people of
    that age named, or none, the age stays whose the text does not say."""
    named: dict[tuple[float | str, str | None], set[str]] = defaultdict(set)
    for claim in claims:
        if claim.kind == "age" and claim.property_key.partition(WHOSE)[0] == AGE_KEY and WHOSE in claim.property_key:
            named[(claim.value, claim.unit)].add(whose.get(claim.property_key, claim.property_key))
    return {
        claim.id: next(iter(owners))
        for claim in claims
        if claim.kind == "age" and claim.property_key == AGE_KEY
        and len(owners := named.get((claim.value, claim.unit), set())) == 1
    }


# Ends the block key of court figures that do not say whose in a story that names
# several people with their property (see _whose_keys): too thin to compare.
SEVERAL = "@?"


# The last part of the property key of a score of another match than the one the
# story reports (set by kabar.claims).
OTHER_MATCH_KEY = "laga lain"
# The last part of the property key of a count of others than those counted before it
# ("dua korban lainnya"; set by kabar.claims).
OTHERS_KEY = "lainnya"
# The last part of the property key of the whole a part is counted of ("21 dari [24
# unit vila] terjual"; set by kabar.claims): not the part's figure.
WHOLE_KEY = "total"
# The last part of the property key of a count or an amount a total is broken down into
# ("korban luka terdiri atas empat penumpang dan dua pejalan kaki"; set by kabar.claims).
BREAKDOWN_KEY = "rincian"
# The last part of the property key of a score during the match, not its result (set
# by kabar.claims).
RUNNING_KEY = "sementara"
# The last part of the property key of a penalty shootout's score, beside the match's
# (set by kabar.claims): compared with the other outlets' shootout scores only.
SHOOTOUT_KEY = "adu penalti"
# The last part of the property key of an amount that is a change ("turun Rp 6.000
# menjadi ..."; set by kabar.claims).
CHANGE_KEY = "perubahan"


# Properties a company, a brand or a product holds (kabar.claims sets the holder a
# sentence names): two holders' figures are two figures ("Pupuk Indonesia" Rp 81,6
# triliun and "Pertamina" Rp 1.194 triliun of revenue in one ranking story; the length
# of an Xpeng beside a Toyota's it is compared with; an auction's reserve prices of a
# motorcycle and a bag, "harga limit").
OWNED_PROPERTIES = frozenset({
    "pendapatan", "laba", "laba bersih", "laba kotor", "laba usaha", "laba sebelum pajak", "ebitda",
    "beban usaha", "beban pokok", "aset", "utang", "penjualan", "panjang", "lebar", "tinggi",
    "kapasitas", "daya", "torsi", "baterai", "kecepatan", "investasi", "suku bunga", "harga limit",
})
# Words of a company's name that do not tell two companies apart.
_LEGAL_WORDS = frozenset({"pt", "tbk", "persero", "(persero)", "inc", "inc.", "ltd", "corp", "co"})


def _holder_forms(holder: str) -> list[tuple[str, ...]]:
    """A holder's name as words without legal forms, whole and without its bracketed
    ticker ("PT Bank Rakyat Indonesia Tbk (BBRI)": bank rakyat indonesia bbri, bank
    rakyat indonesia)."""
    bare = re.sub(r"\([^)]*\)", " ", holder)
    return [
        tuple(w for w in form.lower().replace("(", " ").replace(")", " ").split() if w not in _LEGAL_WORDS)
        for form in (holder, bare)
    ]


def same_holder(a: str, b: str) -> bool:
    """Whether two holders' names may be one: the words of one within the other's
    ("Pupuk Indonesia", "PT Pupuk Indonesia (Persero)"), or one the initials of the
    other ("BRI", "PT Bank Rakyat Indonesia Tbk (BBRI)")."""
    for wa in _holder_forms(a):
        for wb in _holder_forms(b):
            if not wa or not wb or set(wa) <= set(wb) or set(wb) <= set(wa):
                return True
            for short, long in ((wa, wb), (wb, wa)):
                if len(short) == 1 and len(long) > 1 and short[0] == "".join(w[0] for w in long):
                    return True
    return False


def _holder_name(members: Iterable[Claim]) -> str | None:
    """The holder most of the claims name, the shortest of those ("Pupuk Indonesia", not
    "PT Pupuk Indonesia (Persero)"); None when none names one."""
    written = [c.holder for c in members if c.holder]
    return min(written, key=lambda h: (-written.count(h), len(h), h)) if written else None


def _split_holders(
    clusters: list[tuple[float | str, list[Claim]]],
) -> list[tuple[str | None, list[tuple[float | str, list[Claim]]]]]:
    """The values of a disputed block by whose they are: when the values name two or
    more holders that cannot be one (:func:`same_holder`), one part per holder with
    its values, and the values that name none apart; otherwise the values whole (None:
    no holder to name). A value's holder is the one most of its claims name."""

    parts: list[tuple[str, list[tuple[float | str, list[Claim]]]]] = []
    unnamed: list[tuple[float | str, list[Claim]]] = []
    for value, members in clusters:
        holder = _holder_name(members)
        if holder is None:
            unnamed.append((value, members))
            continue
        for part_holder, values in parts:
            if same_holder(part_holder, holder):
                values.append((value, members))
                break
        else:
            parts.append((holder, [(value, members)]))
    if len(parts) < 2:
        return [(None, clusters)]
    named: list[tuple[str | None, list[tuple[float | str, list[Claim]]]]] = [
        (_holder_name([c for _v, cs in values for c in cs]), values) for _h, values in parts
    ]
    return [*named, (None, unnamed)] if unnamed else named


# A word of a key spelled one letter apart from another key's, at least this long, is
# the same word ("voucer" and "voucher", "logistic" and "logistik", "penguata" and
# "penguatan"): shorter words one letter apart are often two ("harga" and "harta",
# "uang" and "utang").
SPELLING_MIN_LETTERS = 6


_KEY_PARTS = re.compile(r"([ :@])")


# The words after a counted noun with their short form in brackets: "2.500 Keluarga
# Penerima Manfaat (KPM)", "4 Unit Pelaksana Teknis (UPT)".
_SHORT_FORM_AFTER = re.compile(r"((?:[ \t]+[A-Za-z][\w-]*){0,6})[ \t]*\(([A-Z]{2,6})\)")


def _short_form_keys(claims: Sequence[Claim]) -> dict[str, tuple[str, str]]:
    """Claim id -> (key, unit family): a count by a short form ("4 UPT", "2.340 SHM")
    where another claim of the story counts by the phrase the short form stands for,
    given right after its noun ("4 Unit Pelaksana Teknis (UPT)", "2.340 sertifikat hak
    milik (SHM)"), is a count of that noun: one figure, not a count of "unit" beside a
    count of "UPT" (and with a third outlet's "2.340 sertipikat")."""
    keys = {c.property_key for c in claims if c.kind == "count"}
    nouns: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for c in claims:
        if c.kind != "count" or not c.unit or c.property_key != c.unit.lower():
            continue
        at = c.sentence.find(c.text) if c.text else -1
        after = _SHORT_FORM_AFTER.match(c.sentence, at + len(c.text)) if at >= 0 else None
        if after is None or (short := after.group(2).lower()) not in keys or short == c.property_key:
            continue
        if expansion_matches(after.group(2), c.text.split()[-len(c.unit.split()):] + after.group(1).split()):
            nouns[short][(c.property_key, _compared_family(c))] += 1
    return {
        c.id: nouns[c.property_key].most_common(1)[0][0]
        for c in claims if c.kind == "count" and c.property_key in nouns
    }


def _spelling_keys(claims: Iterable[Claim]) -> dict[str, str]:
    """Keys of a story spelled two ways mapped to the way more claims spell them (the
    longer on a tie): the same words but one, which differs by one letter (an edit).
    Keys are compared only within buckets of the same other words (linear in the keys,
    not all pairs: a story may hold thousands)."""
    counts = Counter(c.property_key for c in claims if c.property_key)
    keys = sorted(counts, key=lambda k: (-counts[k], -len(k), k))
    rank = {k: n for n, k in enumerate(keys)}
    buckets: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        parts = _KEY_PARTS.split(key)
        for j, word in enumerate(parts):
            if len(word) >= SPELLING_MIN_LETTERS - 1 and word.isalpha():
                buckets[(j, (*parts[:j], *parts[j + 1:]))].append((key, word))
    out: dict[str, str] = {}
    for members in buckets.values():
        if len(members) < 2:
            continue
        words = [w for _, w in members]
        for n, (key, word) in enumerate(members):  # (in rank order: the commoner first)
            if key in out:
                continue
            for theirs, _score, m in process.extract(
                word, words, scorer=Levenshtein.distance, score_cutoff=1, limit=None
            ):
                other = members[m][0]
                if m > n and other not in out and rank[other] > rank[key] and max(
                    len(word), len(theirs)
                ) >= SPELLING_MIN_LETTERS and theirs != word:
                    out[other] = key
    return out


# One figure two outlets write in the same words is one property, whatever label the
# words next to it gave each ("porsi saham publik setara 1 persen dari seluruh modal"
# and "jumlah saham publik setara 10% dari seluruh modal": a 1% against 10% hidden in
# two rows). Context: the content words (:data:`_CONTEXT_SKIP` left out) of the
# figure's sentence, at most CONTEXT_WORDS on each side; two figures of two articles
# are written alike when their contexts share at least ALIGN_MIN_SHARED words, at
# least one on each side: a sentence's lead words and the words after its figure
# both, not a phrase two unlike figures share. On the 80 random stories' briefs it
# joins 2 pairs of rows, each one property (a 5% sample of cases, a 60 m house size).
CONTEXT_WORDS = 4
ALIGN_MIN_SHARED = 3
ALIGN_KINDS = frozenset({"count", "money", "measure", "percent"})
# Two figures written alike but this many times apart or more are two things: a
# programme's "total anggaran Rp 9,8 triliun" and its "Rp 250 ribu per bulan" (both
# after "Program BSU 2025") had made one row in conflict. A thousand times (a "juta"
# written for a "miliar") is still one figure mistyped.
ALIGN_MAX_RATIO = 1000.0
_CONTEXT_WORD = re.compile(r"[^\W\d_]{3,}")
_CONTEXT_SKIP = _wordset("""
    yang dan atau dengan dari pada untuk dalam oleh akan telah sudah masih juga itu ini
    tersebut adalah ialah merupakan sebesar sebanyak senilai seharga sekitar hingga
    sampai lebih kurang mencapai menjadi hampir setidaknya sedikitnya
    persen juta miliar triliun ribu ratus puluh rupiah dolar dollar euro
    per kata ujar ucap tutur jelas sebut ungkap katanya ujarnya tuturnya jelasnya
    senin selasa rabu kamis jumat sabtu minggu hari tahun bulan pekan
""")


def _context(claim: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
    """The content words before and after the figure in its sentence, or None when the
    sentence writes the figure more than once (which one is it?)."""
    sentence, text = claim.sentence, claim.text
    at = sentence.find(text) if text else -1
    if at < 0 or sentence.find(text, at + 1) >= 0:
        return None
    def words(part: str) -> list[str]:
        return [w for w in (m.group().lower() for m in _CONTEXT_WORD.finditer(part)) if w not in _CONTEXT_SKIP]
    left = words(sentence[:at])[-CONTEXT_WORDS:]
    right = words(sentence[at + len(text):])[:CONTEXT_WORDS]
    return frozenset(left), frozenset(right)


def _told_apart(a: str, b: str) -> bool:
    """Whether two keys name two things of one noun, each by its own word after it
    ("pertumbuhan kredit perbankan" and "pertumbuhan ekonomi": credit and the economy,
    though both figures sit in the same words, "BI memperkirakan ... berada dalam
    kisaran", and the governor said both); not one key that goes on from the other
    ("harga minyak", "harga minyak mentah")."""
    x, y = a.partition(":")[0].split(), b.partition(":")[0].split()
    # (neither next word in the other key: an airline's "rata-rata keterisian kursi" and
    # another outlet's "rata-rata peningkatan keterisian kursi" are one occupancy)
    return len(x) > 1 and len(y) > 1 and x[0] == y[0] and x[1] not in y and y[1] not in x


def _aligned_keys(claims: Iterable[Claim], key_of: Mapping[str, str]) -> dict[str, str]:
    """Claim id -> a new key: the rows of two keys with figures of two articles written
    in the same words (see :data:`CONTEXT_WORDS`) are one row, under the key more
    claims have (the first in order on a tie), and a figure with no key so written
    joins the row. Keys are joined only with the same part after ":" ("saham:percent",
    "jumlah saham:percent"), never whose ("@") keys, and never two rows one article
    gives figures of both: it tells them apart."""
    claims = [c for c in claims if c.kind in ALIGN_KINDS and "@" not in key_of.get(c.id, "")]
    family = {c.id: (c.kind, _compared_family(c)) for c in claims}
    # (a sentence with two figures of a kind is a list or a comparison, whose words
    # around each figure are its neighbours': "sektor bahan baku naik 0,3%, sektor
    # transportasi turun 0,2%, ..." had joined the sectors of two outlets' lists)
    per_sentence = Counter((c.document, c.sentence, c.kind) for c in claims)
    contexts: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    index: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    # a node per row (family + key) and per claim without a key; each with its
    # articles and, for a row, its size
    node_of: dict[str, tuple[str, ...]] = {}
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    docs: dict[tuple[str, ...], set[str]] = defaultdict(set)
    size: Counter[tuple[str, ...]] = Counter()
    for c in claims:
        key = key_of.get(c.id, "")
        node = (*family[c.id], key) if key else ("", "", c.id)
        node_of[c.id] = node
        parent.setdefault(node, node)
        docs[node].add(c.document)
        size[node] += 1 if key else 0
        ctx = _context(c) if per_sentence[(c.document, c.sentence, c.kind)] == 1 else None
        if ctx is not None and ctx[0] and ctx[1]:
            contexts[c.id] = ctx
            for w in ctx[0] | ctx[1]:
                index[(*family[c.id], w)].append(c)

    def find(node: tuple[str, ...]) -> tuple[str, ...]:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for c in claims:
        if c.id not in contexts:
            continue
        left, right = contexts[c.id]
        own = key_of.get(c.id, "")
        # (words in a fixed order: the joins are greedy, one article's two rows never
        # joined, so the order of a set, which follows the hash seed, had decided which
        # rows joined: one story's brief differed from run to run)
        for w in sorted(left | right):
            for other in index[(*family[c.id], w)]:
                theirs = key_of.get(other.id, "")
                if other.document == c.document or find(node_of[c.id]) == find(node_of[other.id]) or (
                    own and theirs and (own.partition(":")[2] != theirs.partition(":")[2] or _told_apart(own, theirs))
                ):
                    continue
                if _far_apart(c, other):
                    continue
                o_left, o_right = contexts[other.id]
                shared_left, shared_right = len(left & o_left), len(right & o_right)
                if not (shared_left and shared_right and shared_left + shared_right >= ALIGN_MIN_SHARED):
                    continue
                a, b = find(node_of[c.id]), find(node_of[other.id])
                if docs[a] & docs[b]:
                    continue  # (one article gives both: two things)
                parent[b] = a
                docs[a] |= docs[b]
    members: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for each in parent:
        members[find(each)].append(each)
    out: dict[str, str] = {}
    best: dict[tuple[str, ...], str] = {}
    for root, nodes in members.items():
        keyed = [n for n in nodes if n[0] and n[2]]
        if len(nodes) > 1 and keyed:
            best[root] = min(keyed, key=lambda n: (-size[n], n[2]))[2]
    for c in claims:
        joined = best.get(find(node_of[c.id]))
        if joined is not None and key_of.get(c.id, "") != joined:
            out[c.id] = joined
    return out


def _far_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures are ALIGN_MAX_RATIO times apart or more (in base units)."""
    x, y = base_value(a), base_value(b)
    if isinstance(x, str) or isinstance(y, str) or x * y <= 0:
        return False
    return max(abs(x), abs(y)) > ALIGN_MAX_RATIO * min(abs(x), abs(y))


def _block_key(
    claim: Claim, whose: Mapping[str, str] | None = None, spelled: Mapping[str, str] | None = None,
    aligned: Mapping[str, str] | None = None, shortened: Mapping[str, tuple[str, str]] | None = None,
) -> tuple[str, str, str]:
    key = (aligned or {}).get(claim.id) or (spelled or {}).get(claim.property_key, claim.property_key)
    family = _compared_family(claim)
    if (respelled := (spelled or {}).get(claim.property_key)) and family == claim.property_key.partition(":")[0]:
        # a count's unit is its noun, respelled with it: "1.120 sertipikat" and "1.120
        # sertifikat" are one figure
        family = respelled.partition(":")[0]
    if (noun := (shortened or {}).get(claim.id)) is not None:
        key, family = noun  # (a count by a short form: its noun's, :func:`_short_form_keys`)
    return (claim.kind, family, (whose or {}).get(key, key))


def _compared_family(claim: Claim) -> str:
    """The unit family a claim's figure is compared within. Two currencies are never
    compared (no rates are known): "7,5 juta euro" and another outlet's "Rp 130 miliar"
    of one market value had been a conflict."""
    family = unit_family(claim.unit)
    return claim.unit if family == "money" and claim.unit else family


def _group_id(claims: list[Claim]) -> str:
    basis = "|".join(sorted(c.id for c in claims))
    return "g" + hashlib.sha1(basis.encode()).hexdigest()[:10]


def _split_days(claims: list[Claim]) -> list[list[Claim]]:
    """Split times of day dated to different days: two events (an eruption at 17.35 on
    Tuesday, another at 22.12 on Wednesday), not two accounts of one. Times whose day
    is unknown stay together, apart from the dated ones when those fall on several days."""
    days: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        days[(claim.date or "")[:10]].append(claim)
    if len([day for day in days if day]) <= 1:
        return [claims]
    return [days[day] for day in sorted(days)]


def _split_locations(claims: list[Claim]) -> list[list[Claim]]:
    """Split a block into groups whose named locations are compatible."""
    groups: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.location is None, c.id)):
        for group in groups:
            if all(_location_compatible(claim.location, other.location) for other in group):
                group.append(claim)
                break
        else:
            groups.append([claim])
    return groups


# People no figure of the other side counts: the forces sent and the protesters they
# face. A protest story's "puluhan ribu demonstran" had agreed with another outlet's
# "lebih dari 50.000 prajurit" of a 2005 flood, both bare counts of people.
FORCES_UNITS = _wordset("tentara prajurit personel personil pasukan serdadu polisi garda marinir")
PROTESTER_UNITS = _wordset("pendemo demonstran massa")


def _split_sides(claims: list[Claim]) -> list[list[Claim]]:
    """Split a block of people counts that holds both forces and protesters
    (FORCES_UNITS, PROTESTER_UNITS): the protesters apart, any other people with the
    forces."""
    protesters = [c for c in claims if (c.unit or "").lower() in PROTESTER_UNITS]
    if not protesters or not any((c.unit or "").lower() in FORCES_UNITS for c in claims):
        return [claims]
    return [[c for c in claims if (c.unit or "").lower() not in PROTESTER_UNITS], protesters]


def _interval(claim: Claim) -> tuple[float, float] | None:
    """A numeric claim's range in base units (one point when it is no range)."""
    value = base_value(claim)
    if isinstance(value, str):
        return None
    high = _to_base(claim.value_max, claim.unit) if claim.value_max is not None else value
    return value, high


def _decimals(value: float) -> int:
    text = f"{value:.10g}"
    return len(text.partition(".")[2]) if "e" not in text else 0


def _other_decimals(a: Claim, b: Claim) -> bool:
    """Whether two exact percentages are two figures as written: neither is the other
    rounded to its decimals ("6,22%" and "6,25%", 0.5% apart, had agreed under
    SAME_VALUE_TOLERANCE: an instrument's rate listed with the central bank's)."""
    if a.kind != "percent" or b.kind != "percent" or {a.qualifier, b.qualifier} - {None, "exact"}:
        return False
    x, y = base_value(a), base_value(b)
    if isinstance(x, str) or isinstance(y, str) or x == y:
        return False
    coarse, fine = (x, y) if _decimals(x) <= _decimals(y) else (y, x)
    return abs(fine - coarse) > 0.5 * 10.0 ** -_decimals(coarse) + 1e-9


def _agree(a: Claim, b: Claim) -> bool:
    """Whether two claims give one figure: :func:`_same` values, or, when either is a
    range, the same range, or a figure the range ends at ("radius 6-7 km" and "7 km";
    not the core inflation of 2,4% and the target band of 1,5-3,5%, which holds it but
    is another figure)."""
    if a.value_max is None and b.value_max is None:
        if _other_decimals(a, b):
            return False
        return _same(base_value(a), base_value(b), (a.qualifier, b.qualifier))
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    if a.value_max is not None and b.value_max is not None:
        return _same(ia[0], ib[0], (None, None)) and _same(ia[1], ib[1], (None, None))
    (low, high), point = (ia, ib[0]) if a.value_max is not None else (ib, ia[0])
    return _same(low, point, (None, None)) or _same(high, point, (None, None))


def _beside_in_sentence(claim: Claim, members: list[Claim]) -> bool:
    """Whether ``claim``, a bound, is written in one sentence with another value of
    ``members``: "lebih dari 12 juta KPM, sekitar 70 persen dari total 17,1 juta
    penerima" gives two figures, a part and its whole, not one (the bound had joined
    the whole, and a second outlet's "lebih dari 12 juta" with it, as agreeing)."""
    if claim.qualifier not in _LOWER_BOUNDS and claim.qualifier not in _UPPER_BOUNDS:
        return False
    value = base_value(claim)
    return any(
        m.document == claim.document and m.sentence == claim.sentence and m.start != claim.start
        and not _same(base_value(m), value, (None, None))
        for m in members
    )


def _values(claims: list[Claim]) -> list[tuple[float | str, list[Claim]]]:
    """Cluster claims by agreeing value (in base units)."""
    clusters: list[tuple[float | str, list[Claim]]] = []
    # exact figures first, so that qualified ones and ranges join the figure they qualify
    # or end at; vague ones last, so that "puluhan" (10 to 99) joins a figure and does
    # not gather 39 and "setidaknya 42", a count that rose, into one
    ordered = sorted(
        claims,
        key=lambda c: (c.value_max is not None, c.qualifier == "vague", c.qualifier is not None, str(base_value(c)), c.id),
    )
    for claim in ordered:
        # (a qualified figure joins the figure it writes when there is one: "sedikitnya
        # delapan" with 8, not with the 10 reported a day later that it also allows;
        # joined to 10, it had made the toll's rise 8, 9, 10 a conflict)
        value = base_value(claim)
        same = [
            members for anchor, members in clusters
            if claim.value_max is None and members[0].value_max is None and _same(anchor, value, (None, None))
        ]
        for members in [*same, *(members for _anchor, members in clusters)]:
            if _agree(members[0], claim) and not _beside_in_sentence(claim, members):
                members.append(claim)
                break
        else:
            clusters.append((value, [claim]))
    return _apart_when_ambiguous(clusters)


def _apart_when_ambiguous(
    clusters: list[tuple[float | str, list[Claim]]],
) -> list[tuple[float | str, list[Claim]]]:
    """A rounded figure that two of the values round to is neither's: it stands as
    its own value. "Rp 11,5 triliun" (liputan6) agrees with okezone's Rp11,45 triliun
    and with detik's Rp 11,51 triliun alike; joined to the first it had made a majority
    of "2 of 3", and liputan6 was listed for a figure it never wrote."""
    if len(clusters) < 2:
        return clusters
    out: list[tuple[float | str, list[Claim]]] = []
    apart: list[tuple[float | str, list[Claim]]] = []
    for index, (anchor, members) in enumerate(clusters):
        kept: list[Claim] = []
        for claim in members:
            value = base_value(claim)
            ambiguous = (
                claim is not members[0] and claim.value_max is None and value != anchor
                and claim.qualifier in (None, "exact")
                and any(
                    j != index and others[0].value_max is None and _agree(others[0], claim)
                    for j, (_a, others) in enumerate(clusters)
                )
            )
            if not ambiguous:
                kept.append(claim)
                continue
            for other_value, together in apart:
                if other_value == value:
                    together.append(claim)
                    break
            else:
                apart.append((value, [claim]))
        out.append((anchor, kept))
    return out + apart


def _summary(members: list[Claim]) -> ValueSummary:
    exact = (
        [c for c in members if c.qualifier in (None, "exact") and c.value_max is None]
        or [c for c in members if c.qualifier in (None, "exact")]
        or members
    )
    head = exact[0]
    times = [t for t in (_claim_time(c) for c in members) if t is not None]
    return ValueSummary(
        value=head.value,
        unit=head.unit,
        qualifiers=sorted({c.qualifier or "exact" for c in members}),
        claims=[c.id for c in members],
        documents=sorted({c.document for c in members}),
        outlets=sorted({c.outlet or "?" for c in members}),
        sources=_independent(members),
        first=min(times) if times else None,
        last=max(times) if times else None,
        value_max=head.value_max,
    )


def _agreeing(summary: ValueSummary) -> bool:
    """Whether a value has two or more independent sources from two or more outlets: two
    articles of one outlet (its morning and evening reports) are one outlet's word, not
    two sources agreeing. Articles with no outlet named count by independent sources."""
    if summary.sources < 2:
        return False
    return "?" in summary.outlets or len(summary.outlets) >= 2


def _status(
    summaries: list[ValueSummary], claims: list[Claim], sources: Mapping[str, frozenset[str]] | None = None,
    not_revisers: frozenset[str] = frozenset(),
) -> str:
    if len(summaries) == 1:
        return "agree" if _agreeing(summaries[0]) else "single"
    if any(s.first is None for s in summaries):
        return "conflict"
    ordered = sorted(summaries, key=lambda s: s.first or _EARLIEST)
    for earlier, later in itertools.pairwise(ordered):
        assert earlier.last is not None and later.first is not None
        if later.first - earlier.last < SAME_TIME:
            # coexisting values, unless one source revised its own figure
            if _self_revision(earlier, later, claims, sources or {}, not_revisers):
                continue
            return "conflict"
    return "updated"


def _make_conflict(group: Group, note: str) -> None:
    """Call ``group`` a conflict, for the reason ``note`` gives, with the consensus of one."""
    group.status = "conflict"
    group.consensus = _consensus(group.status, group.values)
    group.note = note


def _within(summaries: list[ValueSummary], window: timedelta) -> bool:
    """Whether every value of ``summaries`` was reported within ``window`` of the first."""
    times = [t for s in summaries for t in (s.first, s.last) if t is not None]
    return bool(times) and max(times) - min(times) < window


def _self_revision(
    earlier: ValueSummary, later: ValueSummary, claims: list[Claim], sources: Mapping[str, frozenset[str]],
    not_revisers: frozenset[str] = frozenset(),
) -> bool:
    """The same speaker gave the earlier value first and the later one after. A figure
    an article states in its own voice is its one cited source's when it cites only one
    (``sources``: document -> the speakers of its claims): "Gempa Magnitudo 4,8
    mengguncang Garut" in an article whose figures are all BMKG's, then BMKG's M4,9.
    Speakers in ``not_revisers`` revise nothing: people, for a figure other than a count
    (an agency revises its measurements, and an official's count of victims rises within
    hours; a minister's "120 hektare" at 11:29 and "130 hektare lebih" at 12:20 are two
    transcriptions of one press conference)."""

    def speakers(ids: list[str]) -> set[str]:
        out: set[str] = set()
        for i in ids:
            c = by_id[i]
            if c.speaker:
                out.add(c.speaker)
            elif len(sources.get(c.document, ())) == 1:
                out.update(sources[c.document])
        return out

    by_id = {c.id: c for c in claims}
    if _outlet_revision([by_id[i] for i in earlier.claims], [by_id[i] for i in later.claims]):
        return True
    return bool((speakers(earlier.claims) & speakers(later.claims)) - not_revisers) and (later.first or _EARLIEST) > (
        earlier.first or _EARLIEST
    )


def _outlet_revision(earlier: list[Claim], later: list[Claim]) -> bool:
    """An outlet that gave the earlier value and, in a later article, states the later
    one in its own voice (no one named for it) has revised its report: sindonews' BMKG
    depth of 47 km at 00:21, then "pada kedalaman 70 Km" in its own words at 08:21, as
    the agency updated its reading. (Two outlets' values an hour apart had made a
    conflict of it.) A later value that the outlet puts in someone's mouth revises
    nothing: that is one more official's figure. Measurements only (a depth, a
    distance, a height): an outlet's own two sums or prices are two items more often
    than one revised (a programme's total budget and its monthly payment; two gold
    bars' prices of one morning: in the briefs of 200 random multi-outlet stories both
    sums so read were two items, the one measurement a revision)."""
    if any(c.kind != "measure" for c in (*earlier, *later)):
        return False
    # (each outlet's last report of the earlier value)
    last_given: dict[str, datetime] = {}
    for c in earlier:
        if c.outlet and (t := _claim_time(c)) is not None:
            last_given[c.outlet] = max(t, last_given.get(c.outlet, t))
    return any(
        c.outlet in last_given and c.speaker is None and not c.speaker_text
        and (t := _claim_time(c)) is not None and t > last_given[c.outlet]
        for c in later
    )


def _consensus(status: str, summaries: list[ValueSummary]) -> dict[str, Any] | None:
    if not summaries:
        return None
    if status == "updated":
        latest = max(summaries, key=lambda s: s.last or _EARLIEST)
        return _shown(latest, "latest figure: later reports replaced earlier ones")
    if status == "conflict":
        # (by outlets: one newsroom's two articles are one voice against another's one;
        # a singer's 46 in two articles of one outlet had been "2 of 3" against her own
        # 47 in another's)
        best = max(summaries, key=lambda s: (_outlet_count(s), s.sources, s.last or _EARLIEST))
        count = _outlet_count(best)
        tied = [s for s in summaries if _outlet_count(s) == count]
        if len(tied) > 1:
            latest = max(tied, key=lambda s: s.last or _EARLIEST)
            each = f"{count} outlet{'s' if count != 1 else ''} each"
            return _shown(latest, f"no majority ({each}); latest figure shown")
        return _shown(best, f"most outlets ({count} of {sum(_outlet_count(s) for s in summaries)})")
    best = max(summaries, key=lambda s: (s.sources, s.last or _EARLIEST))
    reason = f"reported by {best.sources} independent source{'s' if best.sources != 1 else ''}"
    if status == "single" and best.sources > 1:
        # (several articles, so one named outlet: see _agreeing)
        reason = f"reported by one outlet ({best.outlets[0]}) in {best.sources} articles"
    return _shown(best, reason)


def _outlet_count(summary: ValueSummary) -> int:
    """How many outlets give a value; articles that name none count by independent
    sources."""
    return summary.sources if "?" in summary.outlets else len(summary.outlets)


def _shown(summary: ValueSummary, reason: str) -> dict[str, Any]:
    """A consensus: the value (a range's upper end too) and why it is shown."""
    return {"value": summary.value, "value_max": summary.value_max, "unit": summary.unit, "reason": reason}


def reconcile(claims: Iterable[Claim], people: Iterable[str] = ()) -> list[Group]:
    """Group claims by property and decide each group's status and consensus.
    ``people``: the speakers (entity ids) who are people, whose figures other than
    counts are never their own revisions (:func:`_self_revision`)."""
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    cited: dict[str, set[str]] = defaultdict(set)
    claims = list(claims)
    whose = _whose_keys(claims)
    spelled = _spelling_keys(claims)
    aligned = _aligned_keys(claims, {
        c.id: whose.get(k, k) for c in claims if (k := spelled.get(c.property_key, c.property_key))
    })
    shortened = _short_form_keys(claims)
    aligned.update(_age_owners(claims, whose))
    for claim in claims:
        if claim.speaker:
            cited[claim.document].add(claim.speaker)
        if claim.property_key or claim.id in aligned:
            blocks[_block_key(claim, whose, spelled, aligned, shortened)].append(claim)
    sources = {doc: frozenset(speakers) for doc, speakers in cited.items()}
    persons = frozenset(people)
    groups: list[Group] = []
    for (kind, _family, _key), block in sorted(blocks.items()):
        fixed = frozenset() if kind == "count" else persons
        parts = _split_locations(block)
        if kind == "count" and _key in ABROAD_COUNTS:
            # (a count that names no place is no count of the place another names)
            parts = [p for part in parts for p in (
                [c for c in part if c.location], [c for c in part if not c.location]) if p]
        if kind == "time":
            parts = [day for part in parts for day in _split_days(part)]
        if _family == "people":
            parts = [side for part in parts for side in _split_sides(part)]
        for members in parts:
            main, secondary = _split_secondary(_values(members), own_voice=kind != "count")
            for pair in _slips(main + secondary) if kind == "count" else []:
                # one count with a slip in a digit, beside the group's other figures: a
                # disagreement of its own, however thin the group's key (not a tally
                # that rose by two in a day: "1.234 korban", then 1.236)
                if _key.partition(":")[0] in TALLY_NOUNS and not _within([_summary(m) for _v, m in pair], SAME_TIME):
                    continue
                slip = _group(kind, pair, sources, not_revisers=fixed)
                _make_conflict(slip, "the same figure but for a digit: one of them a slip")
                groups.append(slip)
                main = [vc for vc in main if all(vc is not p for p in pair)]
                secondary = [vc for vc in secondary if all(vc is not p for p in pair)]
            if not main:
                # (a slip took the main values: the values set apart are still the
                # block's figures, each shown; they had been dropped)
                main, secondary = secondary[:1], secondary[1:]
            if not main:
                continue
            head = _group(kind, main, sources, not_revisers=fixed)
            if head.status == "conflict" and _key.endswith(f":{BREAKDOWN_KEY}"):
                head.note = "parts of totals the articles break down: they may count different people (one with the suspect)"
            thin = _thin(kind, _key)
            if thin is None and kind == "score" and head.status == "updated":
                # (a result is not revised: a story's two results on two days are two
                # matches', "3-2" over Thailand and "0-3" to Bahrain two days later)
                thin = "results reported on different days; the articles do not say it is the same match"
            if thin is not None and kind == "count" and _key in ABROAD_COUNTS and members[0].location:
                thin = None  # "380 WNI di Iran" and "386 WNI di Iran": one count, of one place
            if len(main) == 2 and _transposed(main[0][0], main[1][0]):
                # "4.075 siswa" and "4.705 siswa" hours apart: one count with its digits
                # swapped, a disagreement whenever each was reported
                thin = None
                _make_conflict(head, "the same digits in another order: one figure written two ways")
            if head.status == "updated" and _key.partition(":")[0] in DECIDED_PROPERTIES and _within(
                head.values, DECISION_WINDOW
            ):
                _make_conflict(head, "a decided figure (a fine, a sentence) reported two ways within days: not a revision")
            if head.status == "updated" and _key.partition(WHOSE)[0] == AGE_KEY and _within(head.values, AGE_WINDOW):
                _make_conflict(head, "one person's age reported two ways within weeks: not a revision")
            if thin is None and head.status == "updated" and (
                _family in SPEC_FAMILIES or _key.partition(":")[0] in ATTRIBUTE_PROPERTIES
            ):
                thin = "a specification like other groups; the articles do not say it is the same product's"
            if thin is None and len(main) > 1 and head.status in ("conflict", "updated") and _within_bounds(
                main, rising=head.status == "updated"
            ):
                thin = "a bound and a figure it allows far from it: the articles do not say they are one figure"
            # (a tally may rise: "gempa susulan" 5, then 7, then 12 is an update)
            if thin is not None and len(main) > 1 and (
                head.status == "conflict" or (head.status == "updated" and (kind != "count" or _key not in TALLY_NOUNS))
            ):
                # too thin to call two values a conflict or an update: each its own figure
                for cluster in main:
                    group = _group(kind, [cluster], sources, not_revisers=fixed)
                    group.note = thin
                    groups.append(group)
                head = groups[-1]
            elif head.status in ("conflict", "updated") and _key.partition(":")[0] in OWNED_PROPERTIES and len(
                holders := _split_holders(main)
            ) > 1:
                # two companies' or products' figures: each holder's its own group
                for holder, values in holders:
                    groups.append(_group(kind, values, sources, holder, fixed))
                head = groups[-1]
            else:
                groups.append(head)
            for cluster in secondary:
                group = _group(kind, [cluster], sources, not_revisers=fixed)
                group.note = (
                    f"stated beside {', '.join(str(v.value) for v in head.values)} by the same source in one article: "
                    "another figure of the same kind, not a disagreement"
                )
                groups.append(group)
    _name_holders(groups, {c.id: c for c in claims})
    order = {"conflict": 0, "updated": 1, "agree": 2, "single": 3}
    groups.sort(key=lambda g: (order[g.status], -len(g.documents), g.property))
    return groups


def _name_holders(groups: list[Group], claims: Mapping[str, Claim]) -> None:
    """Groups of one property whose claims name different holders are named after them
    ("pendapatan (Pupuk Indonesia)", "pendapatan (Pertamina)"), as a disputed block split
    by holder is (:func:`_split_holders`): two companies' figures in two currencies are
    two groups, which the property alone would not tell apart. Scores' sides are not
    named."""
    by_property: dict[str, list[tuple[Group, str | None]]] = defaultdict(list)
    for g in groups:
        if g.kind == "score" or g.property.endswith(")"):
            continue
        by_property[g.property].append((g, _holder_name(claims[c] for c in g.claims if c in claims)))
    for named in by_property.values():
        holders = [h for _g, h in named if h]
        if len(holders) < 2 or all(same_holder(holders[0], h) for h in holders[1:]):
            continue
        for g, holder in named:
            if holder:
                g.property = f"{g.property} ({holder})"


def _group(
    kind: str,
    clusters: list[tuple[float | str, list[Claim]]],
    sources: Mapping[str, frozenset[str]] | None = None,
    holder: str | None = None,
    not_revisers: frozenset[str] = frozenset(),
) -> Group:
    """A group of ``clusters`` (claims by value); ``holder``, when given, is named after
    the property ("pendapatan (Pertamina)"); ``not_revisers`` as :func:`_self_revision`'s."""
    members = [c for _v, cs in clusters for c in cs]
    prop = _most_common(c.property for c in members if c.property)
    summaries = sorted((_summary(m) for _v, m in clusters), key=lambda s: (s.first or _EARLIEST, str(s.value)))
    status = _status(summaries, members, sources, not_revisers)
    return Group(
        id=_group_id(members),
        property=f"{prop} ({holder})" if holder else prop,
        kind=kind,
        unit=summaries[0].unit,
        location=next((c.location for c in members if c.location), None),
        claims=[c.id for c in sorted(members, key=lambda c: (_claim_time(c) or _EARLIEST, c.id))],
        status=status,
        values=summaries,
        consensus=_consensus(status, summaries),
        documents=sorted({c.document for c in members}),
    )


def _split_secondary(
    clusters: list[tuple[float | str, list[Claim]]], own_voice: bool = True,
) -> tuple[list[tuple[float | str, list[Claim]]], list[tuple[float | str, list[Claim]]]]:
    """Set apart the values that a source gives beside another value, from one speaker.

    Two values are two accounts of one figure only if no source states both in its own
    voice. When an article gives 3-0 and 6-0 (half-time and final score), Rp 22,07 and
    Rp 17,76 triliun (last year's and this year's profit), or "tiga orang tewas" next to
    "lima orang meninggal" in a recap of an older crash, the values are different
    figures of the same kind. An article quoting two speakers with two values ("polisi
    menyebut 3, warga menyebut 5") still reports a conflict. With ``own_voice`` (not for
    counts, whose thin groups are split by :func:`_thin`), a value only one article
    gives beside another of its values, one of them in the article's own voice, is set
    apart too. Values are taken by support, most first; the less supported one is set
    apart.
    """
    ordered = sorted(clusters, key=lambda vc: (-_independent(vc[1]), -len(vc[1]), str(vc[0])))
    main: list[tuple[float | str, list[Claim]]] = []
    secondary: list[tuple[float | str, list[Claim]]] = []

    def voices(members: list[Claim]) -> set[tuple[str, str]]:
        return {(c.source_group or c.document, c.speaker or (c.speaker_text or "").casefold()) for c in members}

    def own_voice_beside(members: list[Claim], other: list[Claim]) -> bool:
        # a value only one article gives, beside another value of that article, one of
        # the two in the article's own voice: the outlet is not disputing the source it
        # quotes in the next sentence ("harga minyak mentah AS ... USD 75,14" from CNBC,
        # then "harga minyak Brent ... USD 76,70" unattributed: two crudes, not two prices)
        # (or any article giving both values so, whoever else gives either: a
        # president's pay in a minister's words and the ministers' pay in the outlet's
        # own, each repeated by another outlet, are two figures, not a dispute)
        for source in {c.source_group or c.document for c in members}:
            mine = [c for c in members if (c.source_group or c.document) == source]
            theirs = [c for c in other if (c.source_group or c.document) == source]
            if theirs and (
                all(not (c.speaker or c.speaker_text) for c in mine)
                or all(not (c.speaker or c.speaker_text) for c in theirs)
            ):
                return True
        return False

    for value, members in ordered:
        mine = voices(members)
        # (against the values set apart too: a value its source gives beside one set
        # apart is another figure of that source, not one disputing the first value)
        if any(mine & voices(m) or (own_voice and own_voice_beside(members, m)) for _v, m in main) or any(
            mine & voices(m) for _v, m in secondary
        ):
            secondary.append((value, members))
        else:
            main.append((value, members))
    return main, secondary


def _most_common(items: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item] += 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""

