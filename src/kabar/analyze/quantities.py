"""Find quantities in Indonesian news text: counts, measures, money, percentages,
times of day, ages, scores, ordinals and coordinates, each with its span.

The extractor is rule-based and works on plain text with character offsets. It
walks the text once, token by token (digit strings and words); at each number it
reads a bounded window to the left (qualifier, currency, keyword such as "pukul"
or "berusia") and to the right (range, multiplier, unit, counted noun). All
patterns are precompiled, possessive or anchored, so run time is linear in the
length of the text.

Decisions worth knowing:

* A span covers the whole expression: qualifier, currency, keyword ("pukul",
  "berusia", "magnitudo", "skor"), number, multiplier, unit and counted noun, e.g.
  "sekitar Rp 5 juta", "tiga orang", "pukul 19.15 WIB". For measures the noun may
  come from a property word just before the span ("kedalaman 10 km" → noun
  "kedalaman").
* Qualifiers: approx (sekitar, kira-kira, sekira, kurang lebih, hampir, nyaris,
  ±, kisaran, berkisar, diperkirakan, ditaksir), at_least (setidaknya, sedikitnya,
  minimal, paling sedikit; "mulai (dari)" before a single sum), more_than
  (lebih dari, di atas, "100 orang lebih"), up_to (hingga, sampai, maksimal,
  paling banyak), less_than (kurang dari, di bawah), exact (sebanyak, sebesar,
  total, tepat, genap), vague (ratusan, puluhan ribu, beberapa ribu, "2.000-an").
  A bound before "sebesar"/"sebanyak" wins ("paling banyak sebesar Rp3,5 juta" is
  up_to).
  "hampir" ("nearly") is approx: news uses it for rounded estimates, and a
  reconciler should treat "hampir 100" and "98" as agreeing.
* Vague amounts take their lower bound as value ("ratusan warga" → 100).
  "beberapa"/"sejumlah" alone are determiners, not figures: they are extracted only
  with a scale ("beberapa ribu") or as "sejumlah kecil/besar" before a noun (value 2).
* Not quantities (skipped): years ("2025", "tahun 2024", "1998-2017"), calendar
  dates ("18/6/2025", "(31/10)", "18 Juni 2025", "1447 H"), phone numbers, URLs,
  e-mails, ids glued to letters ("d-7970478", "/read/6055023/", "G20"), kilometre
  posts ("KM 014200", "Km 01+200"), legal references ("Pasal 4 Ayat 1",
  "UU No 11 Tahun 2020"), labels ("RT 03", "Grup 2", "level siaga 2"), number
  plates, model numbers ("iPhone 16", "nova 13 Pro"), table rows of bare numbers,
  and spans passed in ``exclude``. "Ronde 3", "peringkat 3", "menit ke-15",
  "babak kedua" are ordinals.
* "a-b" with no unit after it is a score when a > b, either side is 0, or the
  clause has a match word ("menang", "skor", "vs"); otherwise it is a range. Single
  digits chained by dashes ("3-4-2-1", "4-3-3") are a formation: no quantity.
* A percentage plus or minus another ("2,5±1%", "2,5% plus minus 1%", "2,5 +- 1
  persen") is one range, the band (1,5 to 3,5%).
* Ages: "APW (25)" (a capitalised name before the bracket; under 10 only near a
  child word, since "Kamada (2)" counts goals), "berusia 63 tahun", "pria 44 tahun".
* Ranges keep the low end in ``value`` and the high end in ``value_max``
  ("10-12 orang", "Rp 10 juta hingga Rp 20 juta", "pukul 08.00-10.00 WIB").
* Magnitudes are kind "measure" with unit "M"; durations ("16 tahun penjara") are
  measures with a time unit; times of day have value "HH:MM" and ``tz``.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise
from typing import Any

from kabar.analyze.numbers import (
    FRACTION_WORDS,
    MAX_NUMBER_CHARS,
    MONEY_MULTIPLIERS,
    MULTIPLIERS,
    NUMBER_START_WORDS,
    UNIT_WORDS,
    VAGUE_SCALES,
    VAGUE_SEVERAL,
    VAGUE_SIZE_WORDS,
    VAGUE_WORDS,
    WordParser,
    english_separators,
    parse_digits,
    parse_ordinal,
    to_number,
    words_to_number,
)
from kabar.analyze.roles import zipf

logger = logging.getLogger(__name__)

__all__ = [
    "AGE",
    "APPROX",
    "AT_LEAST",
    "COORDINATE",
    "COUNT",
    "EXACT",
    "KINDS",
    "LESS_THAN",
    "MEASURE",
    "MONEY",
    "MORE_THAN",
    "ORDINAL",
    "PERCENT",
    "QUALIFIERS",
    "SCORE",
    "TIME",
    "UP_TO",
    "VAGUE",
    "Quantity",
    "extract_quantities",
]

# Kinds.
COUNT = "count"
MEASURE = "measure"
MONEY = "money"
PERCENT = "percent"
TIME = "time"
AGE = "age"
SCORE = "score"
ORDINAL = "ordinal"
COORDINATE = "coordinate"
KINDS: tuple[str, ...] = (COUNT, MEASURE, MONEY, PERCENT, TIME, AGE, SCORE, ORDINAL, COORDINATE)

# Qualifiers.
APPROX = "approx"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
UP_TO = "up_to"
LESS_THAN = "less_than"
EXACT = "exact"
VAGUE = "vague"
QUALIFIERS: tuple[str, ...] = (APPROX, AT_LEAST, MORE_THAN, UP_TO, LESS_THAN, EXACT, VAGUE)

Value = int | float | str

# How far to look left of a number for a qualifier, currency or keyword. The
# longest prefix chain seen in the corpus ("berusia sekurang-kurangnya", "sekira
# pukul") is under 30 characters; twice that leaves room for odd spacing.
LEFT_WINDOW = 60
# How far left of "3M" its money word is looked for: the word and a qualifier
# ("dapat lebih dari 3M"), under 30 characters.
MONEY_SLANG_WINDOW = 40
# How far back (within the sentence) a match keyword ("skor", "menang", "vs") may
# stand for "a-b" to be read as a score; one clause in sports reports.
SCORE_WINDOW = 80
# A product's name in camel case ("iPhone", "FreeBuds", "iOS"): a number right after it
# is the model's, whatever word follows ("iOS 26 segera", "FreeBuds 6 mampu"), but for
# a classifier ("iPhone 2 unit"). In the corpus 56 such counts, all model numbers (and
# train numbers after a glued "menitKA 108 Senja Utama"); the one real count after a
# hyphened name, "i-VTEC 4 silinder", has no capital after a small letter and stays.
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# So is a number between a capitalised word inside a sentence and a code in capitals
# ("Chery Tiggo 8 CSH", "Galaxy Z Flip 7 FE", "Komisi 4 DPRD", "Round 3 FIFA", "Jak 101
# FM"): a model's or a body's name, no count of "CSH". In the corpus 114 such counts, all
# names; a count after a word opening the sentence stays ("Ada 386 WNI", "Dari 5 IUP"),
# and so do the codes of people and households counted ("warga Garut 5 KK").
_CODE_NOUN = re.compile(r"[A-Z]{2,6}")
_COUNTED_CODES = frozenset({"KK", "WNI", "WNA", "ASN", "PNS", "TKI", "PMI", "KPM", "UMKM", "ODGJ", "PPPK", "TNI"})
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
# A capitalised word after a number (not opening a sentence): a name.
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")
# Scores above this are not scores (basketball tops out near 150).
SCORE_MAX = 200
# A bare four-digit number in this range is a year, not a count.
YEAR_MIN = 1900
YEAR_MAX = 2100
# "Name (NN)" is an age for 1..AGE_MAX; below AGE_PAREN_MIN only when a child word
# ("bocah", "balita") is near, since "Kamada (2)" in match reports counts goals.
AGE_MAX = 120
AGE_PAREN_MIN = 10
# Bare list markers ("3. Klik") are small; larger bare numbers before a full stop
# are usually real figures at the end of a sentence.
LIST_MARKER_MAX = 20
# Emergency and service numbers that appear bare ("hubungi 112").
EMERGENCY_NUMBERS: frozenset[int] = frozenset({110, 112, 113, 115, 119, 129, 911})
# After a phone word ("call center", "hotline", "telepon") a number of at least this
# many digits is the number to call whatever word follows ("Call Center 135 apabila
# ...", "hotline 14080 dibuka"): service numbers have three digits or more, while
# "layanan call center 24 jam" gives the hours.
PHONE_MIN_DIGITS = 3
# "-nya" is cut from a counted noun only if at least this much stem is left, so
# that "golnya" → "gol" but "punya"/"tanya" stay whole.
NYA_MIN_STEM = 3
# ... and "-mu"/"-ku" when this much stem is left, the stem a common word (Zipf, wordfreq)
# and this much more common than the word: "orangtuamu" 3.8, "orangtua" 4.7;
# "anakku" 4.2, "anak" 6.3; "rumahmu" 4.1, "rumah" 6.0.
MU_KU_MIN_STEM = 4
MU_KU_STEM_ZIPF = 4.0
MU_KU_MARGIN = 0.5
# Longest run of number words read as one number: 999.999.999.999 in words has 24.
MAX_WORD_RUN = 30

_SP = r"[^\S\n]"  # horizontal white space, including NBSP

# One token at a time: a digit string with separators, or a word.
_TOKEN_RE = re.compile(r"(?<!\d)(?<!\d[.,:])\d++(?:[.,:]\d++)*+|[^\W\d_]++")
_DIGITS_AT_RE = re.compile(r"(?<!\d)\d++(?:[.,]\d++)*+")
_WORD_AT_RE = re.compile(r"[^\W\d_]++")
_NEXT_WORD_RE = re.compile(rf"{_SP}++([^\W\d_]++)")
_NOUN_RE = re.compile(rf"{_SP}++([^\W\d_]++(?:-[^\W\d_]++)?+)")

# ---------------------------------------------------------------- patterns
#
# Right context is read with anchored ``match(text, pos)``. Left context is read by
# matching a pattern written backwards against the reversed window before the
# number, so that each look-up is one anchored attempt rather than a search.


def _alternation(forms: Iterable[str], *, reverse: bool = False) -> str:
    """Regex alternation of literal phrases, longest first; spaces match any blanks."""
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(f[::-1] if reverse else f).replace(r"\ ", _SP + "+") for f in ordered)


_MONTH_NAMES: tuple[str, ...] = (
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "january", "february", "march", "may", "june", "july",
    "august", "october", "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
    "ags", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec", "muharram", "safar",
    "rabiul awal", "rabiul akhir", "jumadil awal", "jumadil akhir", "rajab", "syaban",
    "sya'ban", "ramadan", "ramadhan", "syawal", "dzulqadah", "dzulqa'dah", "zulkaidah",
    "dzulhijjah", "dzulhijah", "zulhijah", "zulhijjah",
)  # fmt: skip
_MONTHS = _alternation(_MONTH_NAMES)

# Spans skipped before anything else: URLs, e-mail addresses, bare domains, and street
# addresses written the English way ("80 Simcoe Street", "28 Biopolis Road": the house
# number had been a count of "simcoe"/"biopolis").
_BLOCK_RES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?<![\w.,])\d{1,5}[A-Z]?(?:[ \t]++[A-Z][\w'-]*+){1,3}[ \t]++"
        r"(?:Road|Street|Avenue|Boulevard|Lane|Drive|Rd|St|Ave|Blvd)\b"
    ),
    re.compile(r"(?:https?://|www\.)[^\s<>\"']++"),
    re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"),
    re.compile(
        r"(?<![\w.-])[\w-]++\.(?:com|co\.id|go\.id|ac\.id|or\.id|id|net|org|tv|news|io)\b"
        r"(?:/[^\s<>\"']*+)?+",
        re.IGNORECASE,
    ),
)
# Dates and date-like numbers starting at a digit: 18/6/2025, (31/10), 11/2020,
# 2024/2025, 18-06-2025, 2025-06-18, 10-Jun-25, 18 Juni 2025, 9-10 Juni, 1447 H,
# 2025 M, 1990-an, and detik.com's "20detik".
_DATE_AT_RE = re.compile(
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,4}/\d{4}|\d{4}/\d{2})(?![\d/])"
    r"|\d{1,2}[-.]\d{1,2}[-.]\d{4}(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    r"|\d{1,2}-[A-Za-z]{3}-\d{2,4}(?!\d)"
    rf"|\d{{1,2}}(?:{_SP}*+(?:-|–|—|/|(?i:s\.d\.?|s/d|hingga|sampai|dan)){_SP}*+\d{{1,2}})?"
    rf"{_SP}*+(?i:{_MONTHS})\b(?:{_SP}*+\d{{4}}\b)?"
    rf"|\d{{3,4}}{_SP}?(?:H|Hijriah|Hijriyah|Masehi)\b|(?:19|20)\d\d{_SP}?M\b"
    r"|(?:1[0-9]|20)\d0-?an\b|(?i:20detik)\b"
)
_PHONE_AT_RE = re.compile(
    rf"(?:\(0\d{{1,3}}\)|0\d{{2,3}})(?:{_SP}|[.-])?\d{{3,4}}(?:{_SP}|[.-])?\d{{3,5}}(?!\d)"
    r"|0\d{8,13}(?!\d)"
)
# Names that are numbers in words: the regency and the university.
_NAMED_AT_RE = re.compile(rf"(?i:lima{_SP}+puluh{_SP}+kota|sebelas{_SP}+maret)\b")

# ---------------------------------------------------------------- left context
_QUALIFIER_PHRASES: dict[str, str] = {
    "kurang lebih": APPROX,
    "lebih kurang": APPROX,
    "kira-kira": APPROX,
    "kira kira": APPROX,
    "sekitar": APPROX,
    "sekira": APPROX,
    "hampir": APPROX,
    "nyaris": APPROX,
    # (with the verb between: "nasabahnya hampir mencapai 2 juta orang")
    "hampir mencapai": APPROX,
    "nyaris mencapai": APPROX,
    "mendekati": APPROX,
    "±": APPROX,
    "+/-": APPROX,
    # about, in a band around: "di kisaran Rp 2,1 juta", "berkisar antara Rp3.845.000"
    # (before a range, the band it is: "berkisar 22 hingga 27 derajat" stays unqualified)
    "kisaran": APPROX,
    "berkisar": APPROX,
    "berkisar antara": APPROX,
    # an estimate: "kerugiannya diperkirakan mencapai Rp 7 juta", "ditaksir Rp 3 miliar"
    "diperkirakan": APPROX,
    "diperkirakan mencapai": APPROX,
    "ditaksir": APPROX,
    "ditaksir mencapai": APPROX,
    "diprediksi": APPROX,
    "diprediksi mencapai": APPROX,
    "diestimasi": APPROX,
    "diestimasi mencapai": APPROX,
    "lebih dari": MORE_THAN,
    "lebih daripada": MORE_THAN,
    "di atas": MORE_THAN,
    "melebihi": MORE_THAN,
    "setidaknya": AT_LEAST,
    "sedikitnya": AT_LEAST,
    "minimal": AT_LEAST,
    "minimum": AT_LEAST,
    "paling sedikit": AT_LEAST,
    "sekurang-kurangnya": AT_LEAST,
    "sekurangnya": AT_LEAST,
    "tidak kurang dari": AT_LEAST,
    "tak kurang dari": AT_LEAST,
    "hingga": UP_TO,
    "sampai": UP_TO,
    "sampai dengan": UP_TO,
    "maksimal": UP_TO,
    "maksimum": UP_TO,
    "paling banyak": UP_TO,
    "sebanyak-banyaknya": UP_TO,
    "tidak lebih dari": UP_TO,
    "tak lebih dari": UP_TO,
    "tidak sampai": LESS_THAN,
    "tak sampai": LESS_THAN,
    "kurang dari": LESS_THAN,
    "di bawah": LESS_THAN,
    "sebanyak": EXACT,
    "sebesar": EXACT,
    "total": EXACT,
    "totalnya": EXACT,
    "tepat": EXACT,
    "genap": EXACT,
    "persis": EXACT,
}


def qualifier_of(words: str) -> str | None:
    """The qualifier a phrase before a figure gives ("hampir": approx, "lebih dari":
    more_than), or None when it is none of :data:`_QUALIFIER_PHRASES`."""
    return _QUALIFIER_PHRASES.get(" ".join(words.lower().split()))


_REV_QUALIFIER_RE = re.compile(
    rf"{_SP}*+((?i:{_alternation(_QUALIFIER_PHRASES, reverse=True)}))(?![\w-])"
)
# The qualifiers above that say a figure is a band (no qualifier of a range, which is
# the band) or an estimate (which a trailing "lebih" outranks: "ditaksir mencapai Rp 5 M
# lebih" is over Rp 5 M).
_BAND_RE = re.compile(r"(?i:kisaran|berkisar)\b")
_ESTIMATE_RE = re.compile(r"(?i:diperkirakan|ditaksir|diprediksi|diestimasi)\b")
# A price's lower end, before a sum that is no range: "dibanderol mulai Rp 449 juta",
# "harga mulai dari Rp 2.450.000" (price lists and launches; only money: "mulai pukul
# 08.00", "mulai dari empat gelar" are a start and a list's first item).
_REV_FROM_RE = re.compile(rf"{_SP}*+((?i:{_alternation(('mulai', 'mulai dari'), reverse=True)}))(?![\w-])")
_TRAILING_LEBIH_RE = re.compile(
    rf"{_SP}++lebih(?:\s+sedikit)?(?=\s*(?:[.,;:!?)\"”’]|$)|{_SP}++(?:dan|yang|di|pada|untuk|dengan|sejak|"
    r"serta|itu|ini|tersebut)\b)",
    re.IGNORECASE,
)
# A bound after the figure: "siswa berusia 16 tahun ke atas" (at least 16: who may
# enrol, no one's age), "anak 6 tahun ke bawah", "kendaraan 2.000 cc ke atas"; not a
# direction with its place after it ("10 orang ke atas kapal").
_UPWARD_RE = re.compile(
    rf"{_SP}++ke{_SP}++(atas|bawah)(?=\s*(?:[.,;:!?)\"”’]|$)|{_SP}++(?:dan|yang|di|pada|untuk|dengan|wajib|harus"
    r"|dapat|bisa|boleh|diwajibkan|diminta|akan|tidak|tak|serta|itu|ini|tersebut|saja|juga)\b)",
    re.IGNORECASE,
)

_CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "IDR",
    "idr": "IDR",
    "usd": "USD",
    "us$": "USD",
    "us $": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "sgd": "SGD",
    "s$": "SGD",
    "rm": "MYR",
    "myr": "MYR",
    "aud": "AUD",
    "a$": "AUD",
    "cny": "CNY",
    "rmb": "CNY",
    "hkd": "HKD",
    "hk$": "HKD",
    "sar": "SAR",
    "aed": "AED",
    "krw": "KRW",
    "inr": "INR",
    "thb": "THB",
    "chf": "CHF",
}
_CURRENCY_PREFIX_FORMS: tuple[str, ...] = (
    "Rp.", "Rp", "RP.", "RP", "rp.", "rp", "IDR", "USD", "US$", "US $", "U.S.$", "HK$", "S$",
    "A$", "$", "€", "EUR", "EURO", "Euro", "euro", "£", "GBP", "¥", "JPY", "SGD", "RM", "MYR",
    "AUD", "CNY", "RMB", "HKD", "SAR", "AED", "KRW", "INR", "THB", "CHF",
)  # fmt: skip
# A currency may be glued to a lower-case word ("sebesarRp5 juta"), not to a capital.
_REV_CURRENCY_RE = re.compile(
    rf"{_SP}*+({_alternation(_CURRENCY_PREFIX_FORMS, reverse=True)})(?![A-Z])"
)
# (and BMKG's feed as outlets paste it: "#Gempa Mag:3.8, 14-Jun-2025 22:05:31WIB")
_REV_MAGNITUDE_RE = re.compile(
    rf"{_SP}*+(?::{_SP}*+gaM(?![\w])|[=:]?{_SP}*+(?:(?i:odutingam|edutingam|\.gam)(?![\w])|M(?![\w.])))"
)
_TIME_PREFIXES: tuple[str, ...] = (
    "pukul", "pkl.", "pkl", "jam", "imsak", "subuh", "shubuh", "terbit", "duha", "dhuha",
    "zuhur", "dzuhur", "asar", "ashar", "magrib", "maghrib", "isya", "isya'",
)  # fmt: skip
_REV_TIME_RE = re.compile(
    rf"{_SP}*+:?{_SP}*+((?i:{_alternation(_TIME_PREFIXES, reverse=True)}))(?![\w])"
)
_AGE_QUALIFIERS: tuple[str, ...] = (
    "sekitar", "kira-kira", "baru", "sudah", "masih", "genap", "hampir", "lebih dari",
    "di atas", "di bawah", "kurang dari", "sekira", "menginjak", "mencapai",
)  # fmt: skip
_AGE_KEYWORDS: tuple[str, ...] = ("berusia", "usia", "usianya", "umur", "umurnya", "berumur")
_REV_AGE_RE = re.compile(
    rf"{_SP}++(?:(?i:{_alternation(_AGE_QUALIFIERS, reverse=True)}){_SP}++)?"
    rf"(?i:{_alternation(_AGE_KEYWORDS, reverse=True)})(?![\w])"
)
# "pria 44 tahun", "nenek 80 tahun": a person noun right before "NN tahun" gives an age.
_PERSON_NOUNS: tuple[str, ...] = (
    "pria", "wanita", "perempuan", "laki-laki", "lelaki", "kakek", "nenek", "bocah", "remaja",
    "gadis", "pemuda", "pemudi", "ibu", "bapak", "balita", "bayi", "anak", "siswa", "siswi",
    "pelajar", "mahasiswa", "mahasiswi", "janda", "duda", "lansia", "korban", "pelaku",
    "pasien", "sopir", "pengemudi", "nelayan", "petani", "buruh", "warga", "pensiunan",
    "pelatih", "pemain", "aktor", "aktris", "penyanyi", "artis", "atlet", "pesepakbola",
    "penulis", "musisi", "pebulu tangkis", "petinju", "pembalap", "pebalap", "petenis", "pelari",
    "perenang", "pegolf", "bek", "kiper", "gelandang", "striker", "penyerang",
    # "ujar pengacara 29 tahun tersebut", "politikus 52 tahun itu": a description of
    # someone named before, by trade
    "pengacara", "advokat", "politikus", "politisi", "presenter", "komedian", "pedangdut",
    "rapper", "selebgram", "pengusaha", "penumpang",
)  # fmt: skip
# "memvonis pria itu 4 tahun" aside, a sentence after a person's noun: "menuntut
# pengusaha 12 tahun penjara", "hukuman pria 44 tahun kurungan" is no age.
_SENTENCE_TERM_RE = re.compile(rf"{_SP}*+(?i:tahun|thn|th)\.?{_SP}++(?i:penjara|kurungan|bui|hukuman|pidana)\b")
_REV_PERSON_RE = re.compile(rf"{_SP}++(?i:{_alternation(_PERSON_NOUNS, reverse=True)})(?![\w-])")
_REV_ORDINAL_RE = re.compile(rf"{_SP}?[-‐‑–]{_SP}?[eE][kK](?![\w])")
_REV_ORDINAL_SPACED_RE = re.compile(rf"{_SP}++[eE][kK](?![\w])")
_REV_KM_POST_RE = re.compile(rf"{_SP}*+\.?[mM][kK](?![\w])")
_KM_POST_TAIL_RE = re.compile(rf"{_SP}*+(?:\+|-{{1,2}}|–|—){_SP}*+\d++")
# Words after which a number is a label, not a quantity ("Pasal 4", "RT 03", "Grup 2").
_LABELS: tuple[str, ...] = (
    "pasal", "ayat", "no", "nomor", "nomer", "nmr", "uu", "pp", "perpres", "permen",
    "permenkes", "permendagri", "permenkeu", "permendikbud", "permenpan", "perda", "perdes",
    "perkap", "perpol", "perma", "keppres", "kepres", "inpres", "perppu", "perpu", "kuhp",
    "bab", "butir", "huruf", "rt", "rw", "seri", "series", "grup", "group", "lantai", "blok", "kavling", "kav", "gang", "gg", "jalan",
    "jl", "jln", "eps", "volume", "vol", "chapter", "bagian", "part", "kode",
    "kelas", "tipe", "type", "versi", "gen", "generasi", "season", "zona", "level", "pos", "kamar", "ruang", "halaman", "hal",
    "slot", "gate", "gerbang", "terminal", "pintu", "rute", "koridor", "peron", "nopol",
    "punggung", "liga", "divisi", "pilar", "sila", "sektor", "rayon", "klaster",
    "cluster", "tol", "dapil", "tps", "sdn", "smpn", "sman", "smkn", "paragraf", "lampiran",
    "batch", "tahun", "pekan", "jalur", "lajur", "platform",
    "nomor urut", "menit", "jam ke", "hari ke", "siaga", "status",
    # units named by a number: "Densus 88 Antiteror", "Kodim 0412", "Yonif 712"
    "densus", "yonif", "brigif", "kodim", "korem", "lanud", "lantamal", "batalyon",
    # a level crossing's number: "JPL 27 KM 18+000" (had been 27 km)
    "jpl",
)  # fmt: skip
# Schools named by a number: "SMP Negeri 1 Kota Bengkulu", "MTsN 1 Barito Timur" (their
# "1 Kota", "1 Barito" had been counts of the place's first word: capitalised words after
# a number are read as a counted noun in headlines).
_SCHOOLS = (
    "SD", "SMP", "SMA", "SMK", "MA", "MAN", "MTs", "MTS", "MI", "MIN", "SLB", "SDN", "SMPN",
    "SMAN", "SMKN", "MTsN", "SDIT", "SMPIT", "SMAIT",
)  # fmt: skip
_SCHOOL_KINDS = ("Negeri", "Swasta", "Muhammadiyah", "Islam", "IT")
_REV_LABEL_RE = re.compile(
    # (the label may be a short form in brackets: "Detasemen Khusus (Densus) 88")
    rf"{_SP}*+[:()]?{_SP}*+\.?(?i:{_alternation(_LABELS, reverse=True)})(?![\w])"
    # a capitalised label glued to the word before where a link was stripped
    # ("UU TipikorjunctoPasal 55 ayat (1)")
    rf"|{_SP}*+(?:{_alternation(('Pasal', 'UU', 'Ayat'), reverse=True)})(?=[a-z])"
    # a tournament's grade, capitalised: "BWF Super 750", "Super 1000 China Open" (not
    # "beras super 5 kg")
    rf"|{_SP}+repuS(?![\w])"
)
# (apart from the labels: "MA", "MI" before a bracket are a person's initials, "MA (11)")
_REV_SCHOOL_RE = re.compile(
    rf"{_SP}++(?:(?:{_alternation(_SCHOOL_KINDS, reverse=True)}){_SP}++)?"
    rf"(?:{_alternation(_SCHOOLS, reverse=True)})(?![\w])"
)
# A unit of time right after a short number (not "pekan lalu", a date): no currency
# before it makes it money. In the corpus one such slip, "pidana penjara selama Rp 5
# tahun", and one date ("USD 112.000 pekan lalu").
_TIME_UNIT_AFTER_RE = re.compile(
    rf"{_SP}*+(?:tahun|bulan|minggu|pekan|hari|jam|menit|detik)\b"
    rf"(?!{_SP}+(?:lalu|ini|depan|mendatang|kemarin|silam|terakhir|yang)\b)",
    re.IGNORECASE,
)
# A number before "jam": "19 jam 36 menit" is a duration, so its "36" no time of day.
# Without one, "jam 10" is a time: in the corpus all 22 bare "jam N" followed by no
# time zone or part of the day were times ("pulang jam 10", "jam 8 sudah di rumah").
_NUMBER_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|setengah))"
    r"[^\S\n]*+$",
    re.IGNORECASE,
)
# The hour after "setengah" in a time of day ("jam setengah tujuh": 06:30).
_HOURS = {w: n for w, n in UNIT_WORDS.items() if n} | {"sepuluh": 10, "sebelas": 11, "dua belas": 12}
_HALF_HOUR_RE = re.compile(rf"{_SP}+(dua{_SP}+belas|{'|'.join(_HOURS)})(?![^\W_])", re.IGNORECASE)
# A number word that goes on a number: "dua tiga ratus" is no "two or three".
_SCALE_NEXT_RE = re.compile(rf"{_SP}+(?:puluh|belas|ratus|ribu|juta|miliar|triliun)\b", re.IGNORECASE)
# "roda" or "beroda" right before a number, read backwards: "roda empat", "beroda dua",
# "roda 4" (a class of vehicle, nothing counted).
_REV_WHEELS_RE = re.compile(r"\s+ador(?:eb)?(?!\w)", re.IGNORECASE)
# A whole number written in figures at least this large before a scale word ("juta",
# "ribu", ...) is a full amount with the scale word left by a slip.
SLIP_MULTIPLIED_MIN = 1_000_000
# Words before a number word that make it a tier's or an item's number, read backwards:
# "turun ke divisi dua" (the second division), "lantai tiga", "babak dua", "Pasal satu".
_TIER_WORDS = ("divisi", "bab", "ronde", "lantai", "kelas", "babak", "putaran", "tahap", "gelombang",
               "jilid", "sesi", "pasal", "nomor")
_REV_TIER_RE = re.compile(r"\s+(?:" + "|".join(w[::-1] for w in _TIER_WORDS) + r")(?!\w)", re.IGNORECASE)
# A ratio or a score after a number, the colon glued to the second ("1 :3"; "1:12.698"
# is one token); a time of day is read first. Not a label's colon: "BYD Sealion 7: 1.232
# unit" counts 1,232 cars.
_RATIO_AT_RE = re.compile(r" ?:\d[\d.,]*")
# An English ordinal's ending after a number ("the 28 th", "the 5th").
_ENGLISH_ORDINAL_AT_RE = re.compile(r" ?(?:st|nd|rd|th)\b")
# After "satu": a noun and "pun", "not even one" ("tak ada satu pemain pun").
_NOT_EVEN_ONE_RE = re.compile(r"\s+[a-z-]+\s+pun\b")
# After "satu": idioms that count nothing. "satu per satu" (one by one), "satu tarikan
# napas" (in one breath), "satu lompatan" (a leap), "satu atap" (under one roof),
# "satu hati/visi/frekuensi" (of one mind), "satu momen" (at one moment). Read in the
# corpus: every "satu" before these words was such (a wedding story's "satu per satu
# momen" had agreed across two outlets as "1 momen").
_ONE_IDIOM_RE = re.compile(
    r"(?:\s+per\s*satu|\s+demi\s+satu|\s+(?:tarikan|lompatan|atap|hati|visi|frekuensi|momen)\b"
    # "satu satu" (one by one, its hyphen dropped: "Satu-satu, satu satu")
    r"|\s+satu\b)",
    re.IGNORECASE,
)
# After "satu" or "dua": idioms that count nothing. "satu arah" (one-way), "dua arah"
# (two-way), "dua dunia" (two worlds apart: a figure of speech a celebrity story had as
# a figure its source agreed on).
_ONE_OR_TWO_IDIOM_RE = re.compile(r"\s+(?:arah|dunia)\b", re.IGNORECASE)
# Words after which a number is an ordinal: "peringkat 3", "Ronde 4", "putaran 2".
_RANK_LABELS: tuple[str, ...] = (
    "peringkat", "ranking", "rangking", "urutan", "juara", "putaran", "babak", "ronde",
    "gelombang", "tahap", "fase", "sesi", "matchday", "gameweek", "episode", "edisi", "kloter",
    "angkatan", "jilid",
)  # fmt: skip
# Two-word nouns whose first word alone counts something else: a hospital is not a
# house, a parent not a person's count of "orang".
_COMPOUND_NOUNS = frozenset(
    (a, b) for a, b in (w.split() for w in (
        "rumah sakit", "rumah makan", "rumah ibadah", "rumah susun", "rumah tangga", "rumah potong",
        "rumah adat", "orang tua", "kereta api", "tempat tidur", "anak buah", "tenaga kerja",
        "tenaga kesehatan", "alat berat", "kapal selam", "pesawat tempur", "kartu keluarga",
        # an act's name of two words: "empat kerja sama", "dua unjuk rasa"
        "kerja sama", "uji coba", "unjuk rasa", "tindak pidana", "jumpa pers", "lapangan kerja",
        # "12 mata uang" are currencies, not eyes
        "mata uang", "mata pelajaran", "mata kuliah", "mata acara", "mata pencaharian", "mata air",
        # people named by two words: "ribuan pengunjuk rasa", "puluhan wali murid"
        "pengunjuk rasa", "wali murid", "wali kota", "ibu rumah", "pekerja migran", "anak didik",
        # ... and players written in two words ("23 pesepak bola", one "pesepakbola")
        "pesepak bola", "pebulu tangkis",
        # read after numbers in the corpus, each first word alone another thing: a
        # motorcycle is no bicycle, a subsidiary no child, an attraction no power, a
        # lawyer no "kuasa", a cook no "juru" ("dua sepeda motor" had been 2 "sepeda")
        "sepeda motor", "anak usaha", "anak perusahaan", "anak tangga", "daya tarik",
        "kuasa hukum", "juru masak", "juru bicara", "juru parkir", "juru kamera", "alat bukti",
        "pusat perbelanjaan", "tempat ibadah", "kepala daerah", "kepala desa", "kepala sekolah",
        "wakil menteri", "orang asing",
    ))
)  # fmt: skip
# Compounds another outlet writes shorter: "dua sepeda motor" are "dua motor".
_COMPOUND_SHORT = {"sepeda motor": "motor", "pesepak bola": "pesepakbola", "pebulu tangkis": "pebulutangkis"}
# ke-...-an verbs of what befalls someone, which look like nouns: "1,4 juta orang
# kehilangan pekerjaan" counts people, not losses.
_ADVERSATIVE = frozenset(
    (
        "kehilangan", "kedatangan", "kecurian", "kebanjiran", "kemalingan", "kecopetan", "kesulitan",
        "kekurangan", "kelaparan", "kehujanan", "kepanasan", "kedinginan", "ketakutan", "kebingungan",
        "kejatuhan", "kehabisan", "kelebihan", "ketinggalan", "kesurupan", "keracunan", "kesakitan",
    )
)  # fmt: skip
# The ordinal words that open the items of a list ("pertama ..., kedua ..., dan ketiga
# ..."; read by numbers.parse_ordinal), up to this item: "kedua kedisiplinan" there is
# the second item, not "both".
LIST_ORDINAL_MAX = 10
_ORDINAL_WORD_RE = re.compile(r"\b(?:pertama|kesatu|ke[a-z]+)\b", re.IGNORECASE)
_ITEM_OPENING = re.compile(r"(?:[,;:]|\b(?:dan|serta))\s*(?:yang\s+)?$", re.IGNORECASE)
# Nouns an ordinal word follows ("babak kedua", "anak ketiga", "hari kedua"): after
# any other noun, "kedua X" is "both X" ("nasib kedua tim").
_ORDINAL_NOUNS = frozenset(_RANK_LABELS) | frozenset(
    (
        "pemenang", "posisi", "tempat", "anak", "cucu", "istri", "suami", "lantai", "hari", "pekan",
        "minggu", "bulan", "tahun", "kali", "gol", "set", "game", "leg", "laga", "pertandingan",
        "musim", "periode", "kuartal", "triwulan", "semester", "generasi", "kelas", "tingkat",
        "jalur", "pintu", "gelar", "trofi", "putra", "putri", "kakak", "adik", "bagian", "seri",
        "tes", "ujian", "dosis", "vaksin", "gelaran", "kesempatan", "langkah", "opsi", "pilihan",
        "kasta", "divisi", "level", "jenjang",
        # "dana pihak ketiga" (third-party funds), "negara dunia ketiga", "gelombang kedua"
        "pihak", "dunia", "putaran", "gelombang", "tahap", "tahapan", "fase", "termin", "jilid",
        "edisi", "sesi", "angkatan", "lapis", "lini", "urutan",
        # parts of a sequence, read in the corpus after each ordinal word: every one was
        # "the n-th" ("paruh kedua musim", "Klaster keempat tindak pidana", "mata acara
        # ketiga rapat", "menit keenam", "gim keenam final", "lap kelima", "kuarter
        # keempat", "kategori ketiga", "podium kedua", "malam kedua kerusuhan", "album
        # kedua", "pilar keempat demokrasi", "halaman ketiga artikel"). Not "penampilan",
        # "pemeriksaan", "jabatan": "pemeriksaan keempat tersangka" examines all four.
        "paruh", "klaster", "kluster", "acara", "menit", "gim", "lap", "etape", "kuarter",
        "kategori", "podium", "malam", "album", "pilar", "halaman",
    )
)  # fmt: skip
# "kedua kali(nya)" (the second time), also after "sudah" or "yang"; after a noun, the
# n-th of a year or season: "Grand Slam ketiga tahun ini", "seri kedelapan musim ini"
# (every such ordinal word before "tahun"/"musim" in the corpus was one).
_NTH_TIME = re.compile(r"\s+kali(?:nya)?\b", re.IGNORECASE)
_NTH_OF_PERIOD = re.compile(r"\s+(?:tahun|musim)\b", re.IGNORECASE)
# "pihak-pihak ketiga": a plural by doubling is looked up by its single form.
_REDUPLICATED = re.compile(r"([a-z]+)-\1")
# "kedua pelaku berinisial K": one person's initials after "kedua X" make it "the second
# X", not "both X" ("kedua pelaku berinisial K dan M", "... MR (22) GAB (21)" are two).
_ONE_INITIAL = re.compile(
    r"\s*,?\s+(?:yang\s+)?berinisial\s+[A-Z]{1,5}\b"
    r"(?!\s*(?:\([^()]{0,20}\))?\s*(?:(?:,|dan\b|serta\b|&)\s*)?[A-Z]{1,5}\b)"
)
_REV_RANK_RE = re.compile(
    rf"(?:(?i:-?ek))?{_SP}++((?i:{_alternation(_RANK_LABELS, reverse=True)}))(?![\w])"
)
# "posisi" before a number is a rank when a total follows ("posisi 62 dari 69 negara")
# or when it is where something finishes, stands or moves to ("finis di posisi 4",
# "menempati posisi 16", "naik ke posisi 27"), up to two digits; otherwise it is mostly
# a market's level ("IHSG turun 0,5% ke posisi 7.001,20", "saham ENRG naik ke posisi
# 324": 101 of the 122 corpus cases), left a plain figure; nor a split ("posisi 52-48
# di parlemen").
POSITION_MAX_DIGITS = 2
_REV_POSITION_RE = re.compile(
    rf"{_SP}++(?i:isisop)({_SP}++(?i:id|ek)|(?:{_SP}++(?i:id|ek))?{_SP}++(?i:sinif|itapmenem|adareb|kudud|rednegreb))?(?![\w])"
)
_OF_TOTAL_RE = re.compile(r"\s+dari\s+\d+\b(?![.,]\d)")
_DASH_DIGIT = re.compile(r"[ \t]*[-\u2013][ \t]*\d")
# ... nor a share's price after its move ("saham itu jatuh 3,1 persen ke posisi 71")
_MOVE_BEFORE = re.compile(r"(?:%|persen|poin)\s*$", re.IGNORECASE)
_REV_NEGATIVE_RE = re.compile(rf"[-−](?=[\s(]|$)|{_SP}++(?i:sunim)(?![\w])")
# A figure plus or minus another: "2,5±1%", "2,5 +- 1 persen", "2,5% plus minus 1%".
_TOLERANCE_AT_RE = re.compile(
    r"(\d+(?:,\d+)?)[ \t]*(%|persen\b)?[ \t]*(?:±|\+/-|\+-|-\+|(?i:plus[ \t-]*minus))[ \t]*"
    r"(\d+(?:,\d+)?)[ \t]*(%|persen\b)?"
)
# The rest of a formation after its first two numbers, and a digit and dash before one.
_FORMATION_TAIL = re.compile(r"(?:[ \t]*[-\u2013][ \t]*\d(?!\d))+")
_FORMATION_HEAD = re.compile(r"(?<!\d)\d[ \t]*[-\u2013][ \t]*$")
_REV_SCORE_WORD_RE = re.compile(rf"{_SP}++(?:(?i:rihka){_SP}++)?(?i:roks)(?![\w])")
# Words before a phone or service number: "telepon 112", "Call Center 135".
_PHONE_LABELS = ("telepon", "telp", "hubungi", "hotline", "call center", "contact center", "wa", "whatsapp")
_PHONE_LABEL = rf"{_SP}*+:?{_SP}*+(?i:{_alternation(_PHONE_LABELS, reverse=True)})(?![\w])"
_REV_PHONE_LABEL_RE = re.compile(_PHONE_LABEL)
# Before a bare number: ") 21" (after a bracketed name), "@akun 2", "#tagar 3", "telepon 112".
_REV_BARE_SKIP_RE = re.compile(rf"{_SP}*+\)|{_SP}*+[\w.]++[@#]|{_PHONE_LABEL}")
_REV_MONTH_RE = re.compile(rf"{_SP}*+'?(?i:{_alternation(_MONTH_NAMES, reverse=True)})(?![\w])")
_REV_PLATE_RE = re.compile(rf"{_SP}++[A-Z]{{1,2}}(?![\w])")
_PLATE_AFTER_RE = re.compile(rf"{_SP}++[A-Z]{{1,3}}(?![\w])")
# A flight number: "penerbangan GA 716 ke Melbourne" (a story's one "fact"
# had been "716 rute", agreed by four outlets), "JT 610": an airline's two-character code
# after a word of flying, or one of the codes Indonesian news names most.
_AIRLINES = ("GA", "JT", "QZ", "QG", "IU", "IW", "ID", "IN", "SJ", "SV", "EK", "QR", "SQ", "MH", "TR", "AK", "OD", "8B")
_REV_FLIGHT_RE = re.compile(
    rf"{_SP}++(?:(?:{_alternation(_AIRLINES, reverse=True)})(?![\w])"
    rf"|[A-Z0-9]{{2}}{_SP}++(?:(?:{_alternation(('nomor', 'no.', 'no'), reverse=True)}){_SP}++)?"
    rf"(?i:{_alternation(('penerbangan', 'flight', 'pesawat'), reverse=True)})(?![\w]))"
)
_TODAY_AFTER_RE = re.compile(r"\s+hari\s+(?:ini|itu)\b", re.IGNORECASE)
_YEARISH_RE = re.compile(r"(?:19|20)\d\d|(?:19|20)\.?\d{3}")
_REV_WORD_RE = re.compile(rf"{_SP}*+([\w-]++)")
_CHILD_RE = re.compile(
    r"\b(?:bocah|balita|bayi|anak|bocil|siswa|murid|adik|putra|putri|putrinya|putranya)\b",
    re.IGNORECASE,
)
# Words after "a-b" that name the other side, not what is counted: "imbang 1-1 kontra
# Al-Hilal" is a score, not one to one "kontra".
_MATCH_WORDS_AFTER = frozenset({"kontra", "melawan", "lawan", "vs", "versus"})
# Words that make "a-b" without a unit a score.
_SCORE_KEYWORDS: frozenset[str] = frozenset(
    {
        "skor", "menang", "kalah", "unggul", "imbang", "tertinggal", "memimpin", "takluk",
        "tumbang", "menekuk", "ditekuk", "membantai", "dibantai", "menghajar", "dihajar",
        "mengalahkan", "dikalahkan", "menundukkan", "ditundukkan", "menaklukkan",
        "ditaklukkan", "membungkam", "dibungkam", "melibas", "dilibas", "menggilas", "digilas",
        "hasil", "laga", "pertandingan", "vs", "versus", "agregat", "gol", "set", "kemenangan",
        "kekalahan", "bekuk", "dibekuk", "membekuk", "ditahan", "menahan", "menjadi",
        "keunggulan",
    }
)  # fmt: skip
_WORDS_RE = re.compile(r"[^\W\d_]++")
# "... akun 3. Klik": a list marker glued to the previous item after line breaks were lost.
# A bare number next to another bare number is a table cell ("Jepang 10 7 2 1 27 23").
_TABLE_CELL_AFTER_RE = re.compile(rf"{_SP}++[-+]?\d")
_REV_TABLE_CELL_RE = re.compile(rf"{_SP}++\d")
_LIST_MARKER_AFTER_RE = re.compile(r"\.[^\S\n]*+[A-Z“\"]")
_QUAKE_RE = re.compile(r"(?i)\bgempa")
_PROPERTY_WORDS: dict[str, str] = {
    "kedalaman": "kedalaman",
    "kecepatan": "kecepatan",
    "jarak": "jarak",
    "panjang": "panjang",
    "lebar": "lebar",
    "tinggi": "tinggi",
    "ketinggian": "ketinggian",
    "luas": "luas",
    "berat": "berat",
    "bobot": "bobot",
    "volume": "volume",
    "suhu": "suhu",
    "durasi": "durasi",
    "radius": "radius",
    "diameter": "diameter",
    "ketebalan": "ketebalan",
    "kapasitas": "kapasitas",
    "daya": "daya",
    "sejauh": "jarak",
    "sepanjang": "panjang",
    "setinggi": "tinggi",
    "seluas": "luas",
    "seberat": "berat",
    "selama": "durasi",
    "sedalam": "kedalaman",
}

# ---------------------------------------------------------------- right context
_MULT_RE = re.compile(
    rf"{_SP}*+(ribu|rb|rbu|juta|jt|miliar|milyar|billion|bn|million|mio|mn|triliun|trilyun|"
    r"trillion|thousand)(?![^\W_])",
    re.IGNORECASE,
)
# "Rp 430 jutaan": a vague multiplier after digits.
_VAGUE_MULT_RE = re.compile(
    rf"{_SP}*+(ribuan|jutaan|miliaran|milyaran|triliunan)(?![^\W_])", re.IGNORECASE
)
# "2 (dua) sepeda motor", "dua (2) orang": the number said again in brackets.
_RESTATED_WORDS_RE = re.compile(rf"{_SP}*+\({_SP}*+([^\W\d_]++(?:{_SP}++[^\W\d_]++)*+){_SP}*+\)")
_RESTATED_DIGITS_RE = re.compile(rf"{_SP}*+\({_SP}*+(\d++){_SP}*+\)")
_MONEY_MULT_RE = re.compile(rf"{_SP}*+(M|T|K|k)(?![^\W_])")
# Money talk without a currency: "M"/"T" after a number is miliar/triliun (rupiah) just
# after a word of money or of gaining it: "gue dapat 3M", "uang 4 M ini", "untung 10M".
# Without such a word it is no scale: "tahun 122 M" (Masehi), "daerah 3T", "mesin 1.5T",
# "4028 T" (a truck); a magnitude's "M" comes before its number. Read in the corpus: each
# "N M"/"N T" after these words was rupiah, none other was.
_MONEY_SLANG_MULT_RE = re.compile(rf"{_SP}*+[MT](?![^\W_])")
_MONEY_SLANG_BEFORE = re.compile(
    r"\b(?:uang|duit|dana|senilai|seharga|sebesar|harga|biaya|tarif|bayar|membayar|dibayar|"
    r"untung|rugi|cuan|laba|omzet|omset|gaji|modal|dapat|mendapat|meraup|menggelontorkan)"
    rf"{_SP}+(?:(?:sekitar|hampir|nyaris|lebih\s+dari|sampai|hingga|total){_SP}+)?$",
    re.IGNORECASE,
)
# "antara A dan B": a range only after "antara" ("2 dan 3 persen" alone may be two).
# (the currency a range's second figure may repeat: "Rp10 juta hingga Rp20 juta")
_RANGE_CURRENCY = r"(?:Rp\.?|US\$|\$|USD|IDR)"
_BETWEEN_BEFORE = re.compile(rf"\bantara\s+(?:{_RANGE_CURRENCY}\s*)?$", re.IGNORECASE)
# "atau" between two figures, the second larger: "dua atau tiga jahitan", "5 atau 6
# orang" are a range of one guess, not two counts.
_OR_SEP_RE = re.compile(rf"{_SP}++atau{_SP}++(?=\w)", re.IGNORECASE)
_AND_SEP_RE = re.compile(rf"{_SP}++dan{_SP}++(?:{_RANGE_CURRENCY}{_SP}*+)?(?=\w)", re.IGNORECASE)
# A year before a dash and a figure far above it ("Pesta 2024 - 500.000 Paket"): no
# range; a range's ends are of one size. Over the 322 corpus texts with a year before a
# dash or "hingga" and a figure, 2 ranges go, both this programme's name.
_YEAR_LOW_RE = re.compile(r"(?:19|20)\d\d")
YEAR_RANGE_FACTOR = 100
_RANGE_SEP_RE = re.compile(
    rf"{_SP}*+(?:--|-|–|—|s\.d\.?|s/d|hingga|sampai(?:{_SP}++dengan)?){_SP}*+"
    rf"(?:{_RANGE_CURRENCY}{_SP}*+)?(?=\d)",
    re.IGNORECASE,
)
_VAGUE_AN_RE = re.compile(r"-?an(?![^\W_])")
_PERCENT_RE = re.compile(rf"{_SP}*+(?:%|(?i:persen(?:nya)?|per{_SP}?sen|pct)(?![^\W_]))")
_CURRENCY_SUFFIXES: dict[str, str] = {
    "rupiah": "IDR",
    "dolar": "USD",
    "dollar": "USD",
    "usd": "USD",
    "dolar as": "USD",
    "dollar as": "USD",
    "dolar amerika": "USD",
    "dolar amerika serikat": "USD",
    "dolar singapura": "SGD",
    "dolar australia": "AUD",
    "dolar hong kong": "HKD",
    "dolar taiwan": "TWD",
    "euro": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ringgit": "MYR",
    "won": "KRW",
    "riyal": "SAR",
    "rial": "SAR",
    "poundsterling": "GBP",
    "pound sterling": "GBP",
    "pound": "GBP",
    "rupee": "INR",
    "baht": "THB",
    "sgd": "SGD",
    "idr": "IDR",
    "jpy": "JPY",
    "cny": "CNY",
    "myr": "MYR",
    "aud": "AUD",
}
_CURRENCY_SUFFIX_RE = re.compile(
    rf"{_SP}*+({_alternation(_CURRENCY_SUFFIXES)})(?![^\W_])", re.IGNORECASE
)
_COORD_LABELS: dict[str, str] = {
    "LS": "LS",
    "LU": "LU",
    "BT": "BT",
    "BB": "BB",
    "lintang selatan": "LS",
    "lintang utara": "LU",
    "bujur timur": "BT",
    "bujur barat": "BB",
}
_COORD_RE = re.compile(
    rf"{_SP}*+(?:°|º|˚|(?i:derajat))?{_SP}*+"
    rf"(?:(\d{{1,2}}){_SP}*+['′’]{_SP}*+(?:(\d{{1,2}}(?:[.,]\d+)?){_SP}*+[\"″”]{_SP}*+)?)?"
    rf"(LS|LU|BT|BB|(?i:lintang{_SP}+selatan|lintang{_SP}+utara|bujur{_SP}+timur|bujur{_SP}+barat))"
    r"(?![^\W_])"
)
_MAGNITUDE_SUFFIX_RE = re.compile(rf"{_SP}*+(?:SR|(?i:skala{_SP}++richter))(?![^\W_])")
_TZ_RE = re.compile(rf"{_SP}*+(WIB|WITA|WIT|Wib|Wita|Wit|wib|wita|wit)(?![^\W\d_])")
_DAYPART_RE = re.compile(
    rf"{_SP}*+(pagi|siang|sore|petang|malam|dini{_SP}+hari)(?![^\W_])", re.IGNORECASE
)
_TIME_TOKEN_RE = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)(?:[.:]([0-5]\d))?")
_TIME_RANGE_RE = re.compile(
    rf"{_SP}*+(?:-|–|—|s\.d\.?|s/d|hingga|sampai(?:{_SP}++dengan)?){_SP}*+(?:(?:pukul|jam){_SP}*+)?"
    r"(?<!\d)(\d{1,2})[.:]([0-5]\d)(?![\d.,])",
    re.IGNORECASE,
)
_HOUR_RANGE_RE = re.compile(
    rf"{_SP}*+(?:-|–|—|hingga|sampai){_SP}*+(?:(?:pukul|jam){_SP}*+)?(\d{{1,2}})(?![\d.,:])",
    re.IGNORECASE,
)
# A time unit with "-an", in speech about so long: "sekitar 7 jaman", "15 menitan" (had
# been counts of "jaman", or nothing: "menitan" looks like a verb). "harian", "bulanan"
# ... say how often (_FREQUENCY_WORDS).
_ABOUT_UNIT_RE = re.compile(rf"{_SP}*+(jam|menit|detik)-?an(?![^\W_])", re.IGNORECASE)
# "lagi" (more) between a number and what it counts: "merencanakan 100 lagi titik",
# "tiga lagi pegawai" (had been a bare 100, or nothing); not after one: "satu lagi film
# komedi" is "another comedy", no figure.
_MORE_RE = re.compile(rf"{_SP}++lagi(?![^\W_])", re.IGNORECASE)
_AGE_OR_RE = re.compile(rf"{_SP}++atau{_SP}++(?=\d)", re.IGNORECASE)
_AGE_UNIT_RE = re.compile(rf"{_SP}*+(?:tahun|thn|th)(?![^\W_])", re.IGNORECASE)

_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    "km/jam": ("km/jam", "Km/jam", "KM/jam", "km/j", "kpj", "kph", "km per jam", "kilometer per jam"),
    "m/s": ("m/s", "meter per detik", "m/detik"),
    # "kmÂ²": km² read with the wrong encoding, common in scraped pages
    "km2": ("km2", "km²", "kmÂ²", "km persegi", "kilometer persegi"),
    "m2": ("m2", "m²", "mÂ²", "meter persegi"),
    "m3": ("m3", "m³", "mÂ³", "meter kubik", "kubik"),
    # capitalised symbols after a figure are units too ("Kedalaman 56 Km", "tergenang 60-80
    # CM", "sabu seberat 48,54 Kg", "60KM/jam"): in the corpus 90 such, all units (a
    # bare "5 Km" had been no figure and "10 KM" a count of "KM")
    "km": ("km", "Km", "KM", "kilometer", "kilo meter"),
    "m": ("m", "meter", "metre"),
    "cm": ("cm", "Cm", "CM", "sentimeter", "centimeter", "senti"),
    "mm": ("mm", "milimeter", "millimeter"),
    "mdpl": ("mdpl",),
    "mil laut": ("mil laut", "nautical mile"),
    "mil": ("mil", "mile", "miles"),
    "inci": ("inci", "inch", "inchi"),
    "kaki": ("kaki", "ft", "feet"),
    "ha": ("ha", "Ha", "hektare", "hektar", "hektaree"),
    "karat": ("karat",),
    "kg": ("kg", "Kg", "KG", "kilogram", "kilo"),
    "mg": ("mg", "miligram"),
    "g": ("g", "gr", "gram"),
    # a metric ton, in a company's capacities ("kilang berkapasitas 700 MT", "4.600 metrik
    # ton tepung": had been counts of "MT" and "metrik")
    "ton": ("ton", "metrik ton", "metric ton", "MT", "tonnes", "tonne"),
    "kuintal": ("kuintal",),
    "ons": ("ons",),
    "liter": ("liter", "l", "L", "ltr", "litre"),
    "ml": ("ml", "mililiter"),
    "kl": ("kl", "kiloliter"),
    "barel": ("barel", "barrel", "bbl"),
    "cc": ("cc",),
    "°C": ("°C", "° C", "ºC", "derajat celsius", "derajat celcius", "derajat C"),
    "derajat": ("derajat", "°", "º"),
    "knot": ("knot", "knots"),
    "kWh": ("kWh", "KWh", "kwh", "kilowatt hour", "kilowatt jam", "kilowatt-jam", "kilowatt-hour"),
    "MWh": ("MWh", "megawatt hour", "megawatt jam", "megawatt-jam", "megawatt-hour"),
    "GWh": ("GWh", "gigawatt hour", "gigawatt jam", "gigawatt-jam", "gigawatt-hour"),
    "TWh": ("TWh", "terawatt hour", "terawatt jam", "terawatt-hour"),
    # a solar plant's peak power ("150 kilo Watt peak" had been read as 150 kg)
    "kWp": ("kWp", "kilowatt peak", "kilo watt peak", "kilowatt-peak"),
    "MWp": ("MWp", "megawatt peak", "megawatt-peak"),
    "Wp": ("Wp", "watt peak", "watt-peak"),
    "W": ("W", "watt"),
    "kW": ("kW", "KW", "kilowatt", "kilo watt"),
    "MW": ("MW", "megawatt"),
    "GW": ("GW", "gigawatt"),
    "kV": ("kV", "KV", "kilovolt"),
    "VA": ("VA", "volt ampere", "volt-ampere"),
    "V": ("V", "volt"),
    "kVA": ("kVA", "KVA"),
    "MVA": ("MVA",),
    "mAh": ("mAh",),
    "MB": ("MB",),
    "GB": ("GB",),
    "MP": ("MP", "megapiksel", "megapixel"),
    "TB": ("TB",),
    "Mbps": ("Mbps",),
    "Gbps": ("Gbps",),
    "MHz": ("MHz",),
    "GHz": ("GHz",),
    "kHz": ("kHz", "KHz", "khz"),
    "Hz": ("Hz",),
    "hp": ("hp", "tenaga kuda", "daya kuda"),
    "PS": ("PS",),
    "Nm": ("Nm",),
    "rpm": ("rpm",),
    "bps": ("bps", "basis poin", "basis points"),
    "MMSCFD": ("MMSCFD", "mmscfd"),
    "BOPD": ("BOPD", "bopd"),
    "ppm": ("ppm",),
    "dB": ("dB", "desibel"),
    "kalori": ("kalori", "kkal", "kcal"),
    # (and in English, _ENGLISH_TIME_UNITS: "2 hrs of sleep" had been a count of "hrs")
    "tahun": ("tahun", "thn", "years", "year", "yrs"),
    "bulan": ("bulan", "bln", "months", "month"),
    "minggu": ("minggu", "pekan", "weeks", "week"),
    "hari": ("hari", "days", "day"),
    "jam": ("jam", "hours", "hour", "hrs"),
    "menit": ("menit", "mnt", "minutes", "minute", "mins"),
    "detik": ("detik", "dtk", "seconds"),
    "dekade": ("dekade",),
    "abad": ("abad",),
}
# Word-like unit forms are matched ignoring case; symbols ("m", "MW", "g") exactly.
# English time units match in lower case only: capitalised they open a title ("24 Hours of
# Le Mans", "28 Years Later", "7 Days of Wonders").
_ENGLISH_TIME_UNITS = frozenset({
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
    "minutes", "minute", "seconds",
})  # fmt: skip
_UNIT_CI: dict[str, str] = {}
_UNIT_CS: dict[str, str] = {}
for _norm, _forms in _UNIT_FORMS.items():
    for _form in _forms:
        if (
            _form not in _ENGLISH_TIME_UNITS
            and len(_form) >= 4
            and _form.replace(" ", "").replace("-", "").isalpha()
            and _form.islower()
        ):
            _UNIT_CI[_form] = _norm
        else:
            _UNIT_CS[_form] = _norm


_UNIT_CI_RE = re.compile(rf"{_SP}*+({_alternation(_UNIT_CI)})(?![^\W_])", re.IGNORECASE)
_UNIT_CS_RE = re.compile(rf"{_SP}*+({_alternation(_UNIT_CS)})(?![^\W_])")

CLASSIFIERS: frozenset[str] = frozenset(
    {
        "orang", "jiwa", "unit", "ekor", "buah", "batang", "lembar", "biji", "butir", "helai",
        "pucuk", "bidang", "petak", "pasang", "set", "paket", "porsi", "botol", "bungkus",
        "karung", "sak", "kotak", "dus", "keping", "potong", "ruas", "rombongan", "kelompok",
        "pasukan", "armada", "gerbong", "rangkaian", "kepala",
    }
)  # fmt: skip
# Nouns that make a four-digit number a count rather than a year ("2025 orang").
COUNT_NOUNS: frozenset[str] = CLASSIFIERS | frozenset(
    {
        "warga", "korban", "penumpang", "personel", "tentara", "prajurit", "polisi", "siswa",
        "mahasiswa", "pekerja", "karyawan", "buruh", "peserta", "jemaah", "pasien", "kasus",
        "rumah", "kendaraan", "mobil", "motor", "kapal", "pesawat", "desa", "sekolah",
        "tersangka", "narapidana", "napi", "pengungsi", "anak", "wisatawan", "penonton",
        "pemilih", "suara", "pelanggan", "perusahaan", "titik", "sampel", "dosis", "keluarga",
        "kk", "pelamar", "pendaftar", "guru", "dokter", "relawan", "penduduk", "petani",
        "nelayan", "tps", "kursi", "bangunan", "gedung", "hewan", "sapi", "kambing", "pohon",
        "kali", "poin", "gol", "laga", "pertandingan", "medali", "emas",
    }
)  # fmt: skip
# Words that never are the counted noun right after a number.
_NON_NOUNS: frozenset[str] = frozenset(
    {
        # ("ada", is: "keempat ada Bagnaia" is the fourth place, no count of four)
        "ada", "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "atau", "itu", "ini",
        "tersebut", "juga", "sudah", "telah", "akan", "masih", "saja", "pun", "lalu", "lagi",
        "kemudian", "sebagai", "dalam", "oleh", "karena", "tetapi", "tapi", "namun", "serta",
        "hingga", "sampai", "sejak", "menjadi", "jadi", "adalah", "ialah", "yaitu", "yakni",
        "bahwa", "agar", "supaya", "jika", "kalau", "bila", "apabila", "maka", "sehingga", "para", "per",
        "tiap", "setiap", "lebih", "kurang", "saat", "ketika", "tak", "tidak", "bukan", "belum",
        "hanya", "cuma", "sekitar", "sebelumnya", "sebelum", "sesudah", "setelah", "usai",
        "selama", "sepanjang", "antara", "bagi", "tentang", "terhadap", "atas", "bawah", "kepada", "melalui",
        "lewat", "tanpa", "bersama", "seperti", "sekali", "sangat", "paling", "cukup", "pula",
        "nya", "mana", "apa", "siapa", "tadi", "nanti", "kini", "sekarang", "semua", "seluruh",
        "masing-masing", "sisanya", "lainnya", "lain", "baru", "lama", "terakhir", "pertama",
        "beberapa", "sejumlah", "berbagai", "maksud",
        # adverbs after a model's number: "Suzuki Thunder 250 resmi dihentikan"
        "resmi", "akhirnya", "justru", "memang", "pernah",
        "kedua", "sendiri", "sama", "silam", "mendatang", "kemarin", "besok", "tewas",
        "meninggal", "wafat", "luka", "luka-luka", "hilang", "selamat", "tenggelam", "hanyut",
        "positif", "negatif", "sembuh", "aktif", "tersisa", "sisa", "kembali", "langsung",
        "masuk", "keluar", "naik", "turun", "tumbuh", "via", "vs", "versus", "dll",
        "dsb", "dst", "pukul", "sebanyak", "sebesar", "mencapai", "kata", "ujar", "ucap", "tutur", "jelas", "terang", "ungkap", "imbuh", "tambah",
        "lho", "kok", "sih", "dong", "kah", "loh", "deh", "yah", "jo", "juncto",
        "tentu", "bisa", "dapat", "harus", "perlu", "boleh", "mau", "ingin", "sedang", "tengah",
        "berat", "ringan", "besar", "kecil", "tinggi", "rendah", "banyak", "sedikit", "jauh",
        "dekat", "penuh", "kosong", "sekaligus", "berturut-turut", "berikutnya", "ribu", "juta", "miliar", "milyar", "triliun", "persen", "setengah", "puluh", "ratus",
        "belas", "koma", "versi", "hal", "awal", "akhir", "pertengahan", "waktu",
        "sedangkan", "sementara", "padahal", "meskipun", "meski", "walaupun", "walau", "bahkan",
        "apalagi", "termasuk", "kecuali", "selain", "pasca", "jelang", "menuju", "sekitarnya",
        "saya", "aku", "kami", "kita", "mereka", "dia", "beliau", "anda", "kamu", "kalian",
        "maupun", "ataupun", "tampil", "tiba", "datang", "pergi", "pulang", "hadir", "lolos", "gagal", "sukses",
        "habis", "rusak", "mati", "jatuh", "lahir", "kalah", "menang", "selesai", "inisial",
        # ("Hoka Hemat 3 seharga Rp1": a menu's name, priced; "Hermes 900 milik Israel")
        "seharga", "senilai", "bernilai", "milik",
        "umumnya", "biasanya", "sebagian", "rata-rata", "terutama", "khususnya", "misalnya",
        "puluhan", "belasan", "ratusan", "ribuan", "jutaan", "miliaran", "milyaran", "triliunan", "usia", "sebab", "akibat", "demi", "soal", "terkait", "sesuai", "kurun",
        # English, in quotations: "2 hrs of sleep"
        "of", "the", "and", "to", "for", "from", "with", "ago",
    }
)  # fmt: skip
_NOUN_EXCEPTIONS: frozenset[str] = frozenset(
    {
        "menteri", "member", "merek", "meriam", "mentor", "menantu", "mempelai", "beras",
        "berita", "berkas", "dinas", "direktur", "direksi", "distrik", "divisi", "digit",
        "dimensi", "diskon", "dividen", "dirut", "diaspora", "tersangka", "terdakwa",
        "terpidana", "terminal", "teroris", "terapis", "terowongan", "bersaudara", "memori",
        "menara", "mentega", "merpati", "mesin", "medali", "meja", "meter",
    }
)  # fmt: skip
_VERB_LIKE_RE = re.compile(
    r"(?:mem[bfpaeiou]|men[cdjtsyzaeiou]|meng|meny|me[lrwy]|ber|di|ter)[a-z]{3,}"
)


@dataclass(slots=True)
class Quantity:
    """One quantity found in a text; ``start``/``end`` are offsets into that text."""

    start: int
    end: int
    text: str
    value: Value
    unit: str | None
    kind: str
    qualifier: str | None = None
    noun: str | None = None
    value_max: Value | None = None
    tz: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "noun": self.noun,
            "value_max": self.value_max,
            "tz": self.tz,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            value=data["value"],
            unit=data.get("unit"),
            kind=str(data["kind"]),
            qualifier=data.get("qualifier"),
            noun=data.get("noun"),
            value_max=data.get("value_max"),
            tz=data.get("tz"),
        )


@dataclass(slots=True)
class _Amount:
    value: Decimal
    end: int
    token: str
    plain_int: bool  # digits only, no separator and no multiplier
    multiplied: bool
    vague: bool = False  # "430 jutaan"


@dataclass(slots=True)
class _Tail:
    kind: str | None = None  # None: nothing recognised after the number
    unit: str | None = None
    noun: str | None = None
    end: int = 0
    qualifier: str | None = None  # what the unit's form says: "7 jaman" is about 7 hours


def _is_noun(word: str) -> bool:
    low = word.lower()
    # (with "-nya" as well: "triliunan jadinya", "62 maksudnya")
    if low in _NON_NOUNS or len(low) < 2 or _norm_noun(low) in _NON_NOUNS:
        return False
    if word[0].isupper():
        return word.isupper() and len(word) <= 6
    if low in _NOUN_EXCEPTIONS or low in COUNT_NOUNS:
        return True
    return not _VERB_LIKE_RE.fullmatch(low)


def _compound_at(first: str, second: re.Match[str] | None) -> tuple[str, int] | None:
    """The two-word noun of :data:`_COMPOUND_NOUNS` that ``first`` and the word
    ``second`` matched after it (by ``_NOUN_RE``) make, in its short form
    (:data:`_COMPOUND_SHORT`), and where it ends."""
    # (with "-nya" on the second: "kedua orang tuanya", both his parents)
    if second is None or (first, _norm_noun(second.group(1).lower())) not in _COMPOUND_NOUNS:
        return None
    compound = f"{first} {_norm_noun(second.group(1).lower())}"
    return _COMPOUND_SHORT.get(compound, compound), second.end()


def _norm_noun(word: str) -> str:
    if word.isupper():
        return word
    low = word.lower()
    # "penumpangnya" → "penumpang"
    if low.endswith("nya") and len(low) - 3 >= NYA_MIN_STEM:
        return low[:-3]
    # "orangtuamu" → "orangtua", "anakku" → "anak": "-mu"/"-ku" (yours, mine) off a
    # noun much more common without them (not "ilmu", "jamu", "tamu": no such stem)
    if low.endswith(("mu", "ku")) and len(low) - 2 >= MU_KU_MIN_STEM:
        stem = low[:-2]
        if zipf(stem) >= MU_KU_STEM_ZIPF and zipf(stem) >= zipf(low) + MU_KU_MARGIN:
            return stem
    return low


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# After "Euro 1" to "Euro 7", what makes it money rather than an emission standard: a
# price's word in the 30 characters before ("harga tiket Euro 5"), or a decimal or a
# scale word after ("Euro 5 juta", "Euro 4,5 miliar").
_MONEY_CUE_RE = re.compile(r"\b(?:harga\w*|seharga|biaya\w*|tarif\w*|senilai|sebesar|bayar|membayar|dibayar)\b", re.IGNORECASE)
_EMISSION_NOT_RE = re.compile(r"[.,]\d|\s*(?:ribu|rb|juta|jt|miliar|milyar|triliun|trilyun)\b", re.IGNORECASE)

class _Left:
    """A match found by a reversed pattern: where it starts and its groups, unreversed."""

    __slots__ = ("groups", "start")

    def __init__(self, start: int, groups: tuple[str | None, ...] = ()) -> None:
        self.start = start
        self.groups = groups

    @classmethod
    def from_reversed(cls, start: int, m: re.Match[str]) -> _Left:
        return cls(start, tuple(g[::-1] if g is not None else None for g in m.groups()))

    def group(self, i: int) -> str:
        g = self.groups[i - 1]
        return g if g is not None else ""


# A work's title with a figure in it, after "berjudul"/"bertajuk" ("buku berjudul “39 is
# 0”", "pameran bertajuk 39 is 0": "39 is" had been a count of "is"): quoted, or
# unquoted as capitalised words, figures and English function words. Its other
# occurrences in the text are the title too ("dua buku, yakni ... dan 39 is 0").
_TITLED_RE = re.compile(
    r"\b(?:berjudul|bertajuk|bertema|bertitel)\s*+"
    r"(?:[\"“”'‘’]([^\"“”'‘’\n]{1,80})[\"“”'‘’]"
    r"|((?:(?:[A-Z0-9][\w'&:-]*+|is|of|the|in|on|a|an|to|and|for|vs)(?:[ \t]++|(?=[,.;!?)]|$)))+))"
)


def _title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the titles holding a figure named after "berjudul" and the like."""
    titles = {
        t.strip() for m in _TITLED_RE.finditer(text) if (t := m.group(1) or m.group(2)) and any(c.isdigit() for c in t)
    }
    return [m.span() for t in titles if len(t) >= 2 for m in re.finditer(re.escape(t), text)]


class _Extractor:
    """State for one pass over one text."""

    def __init__(self, text: str, exclude: Sequence[tuple[int, int]]) -> None:
        self.text = text
        blocked = [(int(s), int(e)) for s, e in exclude if e > s]
        for pattern in _BLOCK_RES:
            blocked.extend(m.span() for m in pattern.finditer(text))
        blocked.extend(_title_spans(text))
        self.blocked = _merge_spans(blocked)
        self.blocked_starts = [s for s, _ in self.blocked]
        self.floor = 0  # a span may not reach left of the end of the previous one
        self._rev_pos = -1
        self._rev = ""

    # ------------------------------------------------------------ helpers
    def blocked_at(self, start: int, end: int) -> int | None:
        """End of a blocked span overlapping [start, end), if any."""
        i = bisect.bisect_right(self.blocked_starts, end - 1) - 1
        if i >= 0 and self.blocked[i][1] > start:
            return self.blocked[i][1]
        return None

    def left(self, pattern: re.Pattern[str], pos: int, *, span: bool = False) -> _Left | None:
        """Match ``pattern`` (written backwards) against the text ending at ``pos``.

        With ``span`` the match becomes part of the quantity's span, so it may not
        reach into the previous quantity.
        """
        if pos != self._rev_pos:
            self._rev = self.text[max(0, pos - LEFT_WINDOW) : pos][::-1]
            self._rev_pos = pos
        m = pattern.match(self._rev)
        if m is None:
            return None
        start = pos - m.end()
        if span and start < self.floor:
            return None
        return _Left.from_reversed(start, m)

    def qualifier_before(self, pos: int) -> tuple[str | None, int]:
        m = self.left(_REV_QUALIFIER_RE, pos, span=True)
        if m is None:
            return None, pos
        qualifier = _QUALIFIER_PHRASES[_squash(m.group(1)).lower()]
        if qualifier == EXACT:
            # "paling banyak sebesar Rp3,5 juta", "hingga sebanyak 20 orang": the bound
            # before "sebesar" / "sebanyak" qualifies the figure
            outer = self.left(_REV_QUALIFIER_RE, m.start, span=True)
            bound = _QUALIFIER_PHRASES[_squash(outer.group(1)).lower()] if outer is not None else EXACT
            if outer is not None and bound != EXACT:
                return bound, outer.start
        return qualifier, m.start

    def prev_word_at(self, pos: int) -> tuple[str, int] | None:
        """The word just before ``pos`` (blanks between allowed) and its start."""
        m = self.left(_REV_WORD_RE, pos)
        if m is None or not m.group(1)[:1].isalpha():
            return None
        return m.group(1), m.start

    def prev_word(self, pos: int) -> str | None:
        pw = self.prev_word_at(pos)
        return pw[0] if pw else None

    def noun_before(self, pos: int) -> str | None:
        word = self.prev_word(pos)
        return word.lower() if word and _is_noun(word) else None

    def sentence_start(self, pos: int, marks: str = ".!?\n\"“”‘’':;(-–—•*") -> bool:
        i = pos - 1
        while i >= 0 and self.text[i] in " \t\u00a0":
            i -= 1
        return i < 0 or self.text[i] in marks

    def sentence_window(self, pos: int) -> str:
        window = self.text[max(0, pos - SCORE_WINDOW) : pos]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("! "), window.rfind("? "))
        return window[cut + 1 :] if cut >= 0 else window

    def score_context(self, pos: int) -> bool:
        """Whether the clause before ``pos`` talks about a match ("menang", "skor", "vs")."""
        words = _WORDS_RE.findall(self.sentence_window(pos).lower())
        return not _SCORE_KEYWORDS.isdisjoint(words)

    def title_case_at(self, pos: int) -> bool:
        m = _NEXT_WORD_RE.match(self.text, pos)
        return m is not None and m.group(1)[0].isupper() and not m.group(1).isupper()

    def read_amount(self, pos: int, money: bool) -> _Amount | None:
        m = _DIGITS_AT_RE.match(self.text, pos)
        if m is None or len(m.group()) > MAX_NUMBER_CHARS:
            return None
        value = parse_digits(m.group())
        if value is None:
            return None
        end = m.end()
        plain = m.group().isdecimal()
        multiplied = False
        mm = _MULT_RE.match(self.text, end)
        if mm:
            if value >= SLIP_MULTIPLIED_MIN and value == value.to_integral_value():
                # "Rp 37.705.000 juta", "Rp 88393902 juta per bulan": a full amount with
                # a scale word left from an edit; the digits are the amount (all three
                # such in the shared corpus are slips, the largest a salary of Rp 88
                # trillion a month)
                return _Amount(value, mm.end(), m.group(), False, False)
            value *= MULTIPLIERS[mm.group(1).lower()]
            end, plain, multiplied = mm.end(), False, True
            return _Amount(value, end, m.group(), plain, multiplied)
        vm = _VAGUE_MULT_RE.match(self.text, end)
        if vm:
            value *= VAGUE_WORDS[vm.group(1).lower()]
            return _Amount(value, vm.end(), m.group(), False, True, vague=True)
        if money:
            mm = _MONEY_MULT_RE.match(self.text, end)
            if mm:
                value *= MONEY_MULTIPLIERS[mm.group(1)]
                end, plain, multiplied = mm.end(), False, True
        return _Amount(value, end, m.group(), plain, multiplied)

    def read_noun(self, pos: int) -> tuple[str, str, int] | None:
        """(unit, noun, end) of a counted noun right after ``pos``, if any."""
        m = _NOUN_RE.match(self.text, pos)
        if m is None:
            return None
        word = m.group(1)
        low = word.lower()
        if not _is_noun(word):
            # Title case: "29 Proyek Strategis", "50 Unit Vespa" (headlines, lists).
            if not (
                word[0].isupper()
                and low not in _NON_NOUNS
                and (low in COUNT_NOUNS or self.title_case_at(m.end()))
            ):
                return None
            word = low
        m2 = _NOUN_RE.match(self.text, m.end())
        if (compound := _compound_at(low, m2)) is not None:
            # "3.000 rumah sakit" are hospitals, not houses
            return compound[0], compound[0], compound[1]
        if low == "kepala":
            if m2 and m2.group(1).lower() == "keluarga":
                return "KK", "kepala keluarga", m2.end()
            return None
        if low in CLASSIFIERS:
            if (
                m2 and _is_noun(m2.group(1)) and m2.group(1).lower() not in CLASSIFIERS
                and m2.group(1).lower() not in _ADVERSATIVE
            ):
                # "2 unit sepeda motor": what a classifier counts may be a compound
                compound = _compound_at(m2.group(1).lower(), _NOUN_RE.match(self.text, m2.end()))
                if compound is not None:
                    return low, compound[0], compound[1]
                return low, _norm_noun(m2.group(1)), m2.end()
            return low, low, m.end()
        return _norm_noun(word), _norm_noun(word), m.end()

    def read_tail(self, pos: int, *, money: bool, one: bool = False) -> _Tail:
        """What follows a number: percent, currency, unit or counted noun (``one``: the
        number is 1, whose "satu lagi X" is "another X", no figure)."""
        text = self.text
        if money:
            return _Tail(MONEY, None, None, pos)
        m = _PERCENT_RE.match(text, pos)
        if m:
            return _Tail(PERCENT, "%", None, m.end())
        m = _MAGNITUDE_SUFFIX_RE.match(text, pos)
        if m:
            return _Tail(MEASURE, "M", None, m.end())
        m = _CURRENCY_SUFFIX_RE.match(text, pos)
        if m:
            return _Tail(MONEY, _CURRENCY_SUFFIXES[_squash(m.group(1)).lower()], None, m.end())
        m = _ABOUT_UNIT_RE.match(text, pos)
        if m:
            return _Tail(MEASURE, m.group(1).lower(), None, m.end(), APPROX)
        m = _UNIT_CI_RE.match(text, pos) or _UNIT_CS_RE.match(text, pos)
        if m:
            key = _squash(m.group(1))
            unit = _UNIT_CI.get(key.lower()) or _UNIT_CS.get(key)
            if unit is not None:
                tail = _Tail(MEASURE, unit, None, m.end())
                noun = self.read_noun(m.end())
                if noun is not None and noun[1].lower() not in CLASSIFIERS:
                    tail.noun, tail.end = noun[1], noun[2]
                return tail
        noun = self.read_noun(pos)
        if noun is None and not one and (more := _MORE_RE.match(text, pos)) is not None:
            noun = self.read_noun(more.end())  # "100 lagi titik": 100 more of them
        if noun is not None:
            return _Tail(COUNT, noun[0], noun[1], noun[2])
        return _Tail(None, None, None, pos)

    def make(
        self,
        start: int,
        end: int,
        value: Value,
        unit: str | None,
        kind: str,
        qualifier: str | None = None,
        noun: str | None = None,
        value_max: Value | None = None,
        tz: str | None = None,
    ) -> Quantity:
        if kind in (COUNT, MEASURE, MONEY, PERCENT) and qualifier is None:
            m = _TRAILING_LEBIH_RE.match(self.text, end)
            if m:
                qualifier, end = MORE_THAN, m.end()
        if kind in (COUNT, MEASURE, MONEY, PERCENT, AGE) and qualifier is None and value_max is None:
            m = _UPWARD_RE.match(self.text, end)
            if m:
                qualifier, end = AT_LEAST if m.group(1).lower() == "atas" else UP_TO, m.end()
        return Quantity(
            start, end, self.text[start:end], value, unit, kind, qualifier, noun, value_max, tz
        )

    # ------------------------------------------------------------ digit candidates
    def digit_candidate(self, s: int, e: int) -> Quantity | int | None:
        """Classify the digit token at [s, e); an int return means 'skip up to here'."""
        text = self.text
        tok = text[s:e]
        if len(tok) > MAX_NUMBER_CHARS:
            return e
        blocked_end = self.blocked_at(s, e)
        if blocked_end is not None:
            return blocked_end
        prev = text[s - 1] if s > 0 else ""
        date = _DATE_AT_RE.match(text, s)
        if date is not None:
            return date.end()
        band = _TOLERANCE_AT_RE.match(text, s)
        if band is not None and (band.group(2) or band.group(4)):
            # "sasaran inflasi 2,5±1%", "2,5% plus minus 1%": a target band, 1,5 to 3,5
            # percent (the "±1%" is no figure of its own)
            centre, spread = parse_digits(band.group(1)), parse_digits(band.group(3))
            if centre is not None and spread is not None and spread < centre:
                return self.make(s, band.end(), to_number(centre - spread), "%", PERCENT,
                                 value_max=to_number(centre + spread))
        if tok.isdecimal() and _ENGLISH_ORDINAL_AT_RE.match(text, e) and text[max(0, s - 4):s].lower() == "the ":
            # "the 28 th St. Petersburg International Economic Forum": an edition
            return _ENGLISH_ORDINAL_AT_RE.match(text, e).end()  # type: ignore[union-attr]
        if tok[0] == "0" or prev == "(":
            phone = _PHONE_AT_RE.match(text, s - 1 if prev == "(" else s)
            if phone is not None and tok[0] == "0":
                return phone.end()

        ordm = self.left(_REV_ORDINAL_RE, s, span=True) if tok.isdecimal() else None
        if (
            ordm is not None
            and text[ordm.start + 2] != "-"
            and self.read_tail(e, money=False).kind
            in (
                MEASURE,
                PERCENT,
            )
        ):
            ordm = None  # "turun ke -3 °C": a sign, not "ke-"
        if ordm is not None:
            return self.make(
                ordm.start, e, int(tok), None, ORDINAL, noun=self.noun_before(ordm.start)
            )
        if prev in "-‐‑" and s >= 2 and text[s - 2].isalpha():
            return e  # "d-7970478", "COVID-19", "U-23"
        if prev and prev in "/#@_\\":
            return e
        if prev == "+" and not _PERCENT_RE.match(text, e):
            return e
        if text[e : e + 1] == "/" and text[e + 1 : e + 2].isdecimal():
            return e
        cur = self.left(_REV_CURRENCY_RE, s, span=True)
        if cur is not None and len(tok) <= 3 and _TIME_UNIT_AFTER_RE.match(text, e):
            cur = None  # "selama Rp 5 tahun": a slip, the number is a duration
        mag = self.left(_REV_MAGNITUDE_RE, s, span=True) if cur is None else None
        if prev.isalpha() and cur is None and mag is None:
            return e  # glued to a word: "G20", "B40", "Liputan6"
        if cur is None:
            if self.left(_REV_KM_POST_RE, s):
                m = _KM_POST_TAIL_RE.match(text, e)
                return m.end() if m else e
            if 3 <= len(tok) <= 4 and tok.isdecimal() and self.left(_REV_MONTH_RE, s):
                return e  # "Juni 2025"
            rank = self.left(_REV_RANK_RE, s, span=True) if tok.isdecimal() else None
            if rank is not None:
                return self.make(rank.start, e, int(tok), None, ORDINAL, noun=rank.group(1).lower())
            position = self.left(_REV_POSITION_RE, s, span=True) if tok.isdecimal() else None
            if position is not None and not _DASH_DIGIT.match(text, e) and not _MOVE_BEFORE.search(
                text, max(0, position.start - 12), position.start
            ) and (
                _OF_TOTAL_RE.match(text, e) or (position.group(1) and len(tok) <= POSITION_MAX_DIGITS)
            ):
                # (the span from "posisi" on: "finis di" is no part of the figure)
                begin = position.start + len(position.group(1) or "")
                return self.make(begin, e, int(tok), None, ORDINAL, noun="posisi")
            if prev == " " and self.left(_REV_FLIGHT_RE, s):
                return e
            if len(tok) == 1 and tok in "2346" and self.left(_REV_WHEELS_RE, s):
                return e  # "kendaraan roda 4" (a wheelbase, "sumbu roda 2.790 mm", is a length)
            if _day_listed(text, s):
                return e  # "tanggal 13, 14 dan 15 tiap bulan": days of a month
            if (
                (self.left(_REV_LABEL_RE, s) or self.left(_REV_SCHOOL_RE, s)) and not _compound_part(text, s, e)
                and not _PERCENT_RE.match(text, e)  # ("di level 6 persen": a rate)
            ):
                rng = _RANGE_SEP_RE.match(text, e)
                hi = _DIGITS_AT_RE.match(text, rng.end()) if rng else None
                return hi.end() if hi else e  # "Pasal 2-5", "pintu 360 sampai 365"

        special = (
            self.time_candidate(s, e, tok)
            or (self.magnitude_candidate(s, e, tok, mag) if mag is not None else None)
            or self.age_candidate(s, e, tok)
            or self.coordinate_candidate(s, e, tok)
        )
        if special is not None:
            return special
        if cur is None and ":" in tok:
            return e  # "rasio 1:12.698", "skor 2:1" (not a time): neither number counted
        if cur is None and (ratio := _RATIO_AT_RE.match(text, e)) is not None and not (prev == ":" or prev.isdigit()):
            return ratio.end()  # ... and written with a space before its colon
        if mag is not None and prev.isalpha():
            return e  # "M6", "M3": model names
        money_unit = _currency_code(cur.group(1)) if cur is not None else None
        if cur is not None and cur.group(1) in ("Euro", "EURO") and _YEARISH_RE.fullmatch(tok):
            return e  # "Euro 2024" the tournament
        if (
            cur is not None and cur.group(1) in ("Euro", "EURO") and len(tok) == 1 and "1" <= tok <= "7"
            and not _EMISSION_NOT_RE.match(text, e)
            and not _MONEY_CUE_RE.search(text, max(0, cur.start - 30), cur.start)
        ):
            return e  # "standar emisi Euro 4": an emission standard ("Euro 5 juta" is money)
        if cur is None and self.left(_REV_PLATE_RE, s) and _PLATE_AFTER_RE.match(text, e):
            return e  # a number plate: "N 8528 EC", "B 1234 XYZ"
        if (
            cur is None and _MONEY_SLANG_MULT_RE.match(text, e)
            and _MONEY_SLANG_BEFORE.search(text, max(0, s - MONEY_SLANG_WINDOW), s)
        ):
            money_unit = "IDR"  # "gue dapat 3M": Rp 3 miliar
        return self.amount_candidate(s, e, cur.start if cur else s, money_unit)

    def magnitude_candidate(self, s: int, e: int, tok: str, mag: _Left) -> Quantity | None:
        """ "M 4,8", "M4,9", "magnitudo 5,0" (a bare "M6" is a car model)."""
        is_word = (
            self.text[mag.start : mag.start + 1] in "mM"
            and self.text[mag.start : mag.start + 3].lower() == "mag"
        )
        if not (
            is_word
            or not tok.isdecimal()
            or _QUAKE_RE.search(self.text, max(0, s - LEFT_WINDOW), s)
        ):
            return None
        value = parse_digits(tok)
        if value is None:
            return None
        qual, qstart = self.qualifier_before(mag.start)
        end = e
        sr = _MAGNITUDE_SUFFIX_RE.match(self.text, e)
        if sr:
            end = sr.end()
        return self.make(qstart, end, to_number(value), "M", MEASURE, qual)

    def age_candidate(self, s: int, e: int, tok: str) -> Quantity | int | None:
        """ "berusia 63 tahun", "usianya 63", "APW (25)", "RK (25 tahun)"."""
        text = self.text
        if not tok.isdecimal() or int(tok) == 0 or _MULT_RE.match(text, e):
            return None  # "berusia 120 juta tahun" is a measure
        n = int(tok)
        age = self.left(_REV_AGE_RE, s, span=True)
        if age is None and n <= AGE_MAX and _AGE_UNIT_RE.match(text, e):
            person = self.left(_REV_PERSON_RE, s)
            if person is not None and not _SENTENCE_TERM_RE.match(text, e):
                age = _Left(s)  # "pria 44 tahun": the span starts at the number
        if age is not None and (n <= AGE_MAX or _AGE_UNIT_RE.match(text, e)):
            end = e
            value_max: int | None = None
            # (an uncertain age too: "ketika berusia 13 atau 14 tahun", one age, not two)
            rng = _RANGE_SEP_RE.match(text, e) or _AGE_OR_RE.match(text, e)
            hi = _DIGITS_AT_RE.match(text, rng.end()) if rng else None
            if hi is not None and hi.group().isdecimal() and n < int(hi.group()) <= AGE_MAX:
                value_max, end = int(hi.group()), hi.end()
            qual = None
            an = _VAGUE_AN_RE.match(text, end)
            if an:
                qual, end = VAGUE, an.end()
            unit_m = _AGE_UNIT_RE.match(text, end)
            if unit_m:
                end = unit_m.end()
            q_inner, _ = self.qualifier_before(s)
            return self.make(age.start, end, n, "tahun", AGE, qual or q_inner, value_max=value_max)
        if s > 0 and text[s - 1] == "(" and n <= AGE_MAX:
            after = _AGE_UNIT_RE.match(text, e)
            close = after.end() if after else e
            if text[close : close + 1] != ")":
                return None
            name = self.prev_word(s - 1)
            is_name = (
                name is not None and name[:1].isupper() and not self.left(_REV_LABEL_RE, s - 1)
            )
            near_child = _CHILD_RE.search(text, max(0, s - LEFT_WINDOW), s)
            if is_name and (n >= AGE_PAREN_MIN or near_child):
                return self.make(s - 1, close + 1, n, "tahun", AGE)
            return close + 1
        return None

    def coordinate_candidate(self, s: int, e: int, tok: str) -> Quantity | None:
        """ "8,72 LS", "8.27LS", "112,5 BT", "8°27' LS"."""
        cm = _COORD_RE.match(self.text, e)
        if cm is None:
            return None
        value = _coord_value(tok)
        if value is None:
            return None
        if cm.group(1):
            value += Decimal(cm.group(1)) / 60
            if cm.group(2):
                value += Decimal(cm.group(2).replace(",", ".")) / 3600
        label = _COORD_LABELS.get(cm.group(3)) or _COORD_LABELS[_squash(cm.group(3)).lower()]
        return self.make(s, cm.end(), round(float(value), 6), label, COORDINATE)

    def amount_candidate(
        self, s: int, e: int, start: int, money_unit: str | None
    ) -> Quantity | int:
        """Counts, measures, money, percentages, ranges and scores."""
        text = self.text
        money = money_unit is not None
        amount = self.read_amount(s, money)
        if amount is None:
            return e
        end = amount.end
        if (
            not money and amount.plain_int and len(amount.token) >= PHONE_MIN_DIGITS
            and self.left(_REV_PHONE_LABEL_RE, s)
        ):
            return end  # "hubungi Call Center 135 apabila ...": a number to call
        qualifier: str | None = VAGUE if amount.vague else None
        restated = _RESTATED_WORDS_RE.match(text, end)
        if restated is not None and words_to_number(restated.group(1)) == to_number(amount.value):
            end = restated.end()  # "2 (dua) sepeda motor"
        an = _VAGUE_AN_RE.match(text, end) if text.startswith(("-an", "an"), end) else None
        if an is not None and not amount.multiplied:
            qualifier, end = VAGUE, an.end()

        # Range: "10-12 orang", "Rp10-20 juta", "5 hingga 7 hari", "6-0".
        hi: _Amount | None = None
        rng = _RANGE_SEP_RE.match(text, end) if qualifier is None else None
        if rng is None and qualifier is None and _BETWEEN_BEFORE.search(text, max(0, s - 12), s):
            rng = _AND_SEP_RE.match(text, end)  # "antara 5 dan 7 hari"
        if rng is None and qualifier is None and amount.plain_int and (alt := _OR_SEP_RE.match(text, end)):
            # "5 atau 6 orang": one or the other, a range when the second is larger
            upper = _DIGITS_AT_RE.match(text, alt.end())
            if upper is not None and upper.group().isdecimal() and int(upper.group()) > amount.value:
                rng = alt
        if rng is not None and self.blocked_at(rng.end(), rng.end() + 1) is None:
            hi = self.read_amount(rng.end(), money)
            if hi is not None and _TIME_TOKEN_RE.fullmatch(hi.token) and _TZ_RE.match(text, hi.end):
                hi = None
        if (
            hi is not None and amount.plain_int and _YEAR_LOW_RE.fullmatch(amount.token)
            and not hi.multiplied and not _YEAR_LOW_RE.fullmatch(hi.token) and hi.value > YEAR_RANGE_FACTOR * amount.value
        ):
            # "Festival Panen 2024 - 500.000 Paket": a year in a name, then another
            # figure, no range of 2.025 to a million
            return rng.start() if rng is not None else end
        lo_value = amount.value
        if hi is not None:
            hi_base = parse_digits(hi.token) or Decimal(1)
            if not amount.multiplied and hi.multiplied and lo_value * hi.value / hi_base < hi.value:
                lo_value = lo_value * hi.value / hi_base
            end = hi.end
        tail = self.read_tail(end, money=money, one=hi is None and lo_value == 1)

        # A football formation ("3-4-2-1", "4-3-3"): single digits joined by dashes,
        # three or more; neither a score nor a range
        if (
            hi is not None and rng is not None and amount.plain_int and hi.plain_int
            and len(amount.token) == 1 and len(hi.token) == 1 and _is_dash(text[amount.end : rng.end()])
        ):
            chain = _FORMATION_TAIL.match(text, hi.end)
            if chain is not None or _FORMATION_HEAD.search(text, max(0, s - 3), s):
                return chain.end() if chain is not None else hi.end

        # Scores: "6-0", "skor 3-0", "menang 2-1".
        # (a name after it is a side, not what is counted: "hasil 10-0 Bayern Muenchen")
        side_after = (
            tail.kind == COUNT and _NAME_AFTER_RE.match(text, end) is not None
            and (tail.noun or "").lower() not in COUNT_NOUNS
        )
        if (
            hi is not None
            and rng is not None
            and (tail.kind is None or (tail.noun or "").lower() in _MATCH_WORDS_AFTER or side_after)
            and amount.plain_int
            and hi.plain_int
            and _is_dash(text[amount.end : rng.end()])
            and int(amount.token) <= SCORE_MAX
            and int(hi.token) <= SCORE_MAX
        ):
            a, b = int(amount.token), int(hi.token)
            if a > b or a == 0 or b == 0 or self.score_context(s):
                sw = self.left(_REV_SCORE_WORD_RE, s, span=True)
                return self.make(sw.start if sw else s, hi.end, f"{a}-{b}", None, SCORE)

        # Years are not quantities ("2025", "1998-2017", "pada 2024 PLN").
        weak_tail = tail.kind is None or (
            tail.kind == COUNT and (tail.noun or "").lower() not in COUNT_NOUNS
        )
        if weak_tail and _is_year(amount) and (hi is None or _is_year(hi)):
            return end
        if hi is None and _is_year(amount) and _TODAY_AFTER_RE.match(text, amount.end):
            return end  # a year, then today ("buku 2024 hari ini"): no 2,024 days

        value: Value = to_number(lo_value)
        vmax: Value | None = None
        if hi is not None:
            if hi.value > lo_value:
                vmax = to_number(hi.value)
            else:
                # Not a range after all ("4-1" with a unit): keep the first number only.
                hi = None
                end = amount.end
                tail = self.read_tail(end, money=money)
        if money_unit == "IDR" and (other := _CURRENCY_SUFFIX_RE.match(self.text, tail.end)) is not None:
            code = _CURRENCY_SUFFIXES[_squash(other.group(1)).lower()]
            if code != "IDR":
                # "Rp 496 juta dollar AS": the currency written after the amount is its
                # own, the "Rp" before it a slip (the same figure elsewhere: US$ 496 juta)
                money_unit, tail = code, _Tail(MONEY, None, None, other.end())
        kind = tail.kind
        unit = money_unit or tail.unit
        noun = tail.noun
        if kind == COUNT and hi is None and lo_value == 12 and (noun or "").lower() == "pas":
            return tail.end  # "titik 12 pas", "tendangan 12 pas": the penalty spot, no count
        if (
            kind == COUNT and not money and (unit or "").lower() not in CLASSIFIERS
            and (pw := self.prev_word(start)) is not None and _CAMEL_CASE.search(pw)
        ):
            return tail.end  # "FreeBuds 6 mampu", "iPhone 16 Pro": a model's number
        if (
            kind == COUNT and not money and noun and _CODE_NOUN.fullmatch(noun) and noun not in _COUNTED_CODES
            and (pwa := self.prev_word_at(start)) is not None and _TITLE_WORD.fullmatch(pwa[0])
            and not self.sentence_start(pwa[1])
        ):
            return tail.end  # "Tiggo 8 CSH", "Komisi 4 DPRD", "Burgman Street 125 EX": a name's code
        if kind is not None:
            end = tail.end
        else:
            bare = self.bare_number(s, e, end, amount)
            if not isinstance(bare, bool):
                return bare
            if not bare:
                return end
            kind = COUNT

        if kind == MEASURE and noun is None:
            pw = self.prev_word(start)
            if pw and pw.lower() in _PROPERTY_WORDS:
                noun = _PROPERTY_WORDS[pw.lower()]

        signed = kind in (PERCENT, MEASURE) or (kind == COUNT and noun is not None)
        if signed and isinstance(value, int | float):
            neg = self.left(_REV_NEGATIVE_RE, start, span=True)
            if neg is not None:
                value = -value
                vmax = -vmax if isinstance(vmax, int | float) else vmax
                start = neg.start

        q_left, qstart = self.qualifier_before(start)
        if qualifier == VAGUE and q_left in (LESS_THAN, MORE_THAN, UP_TO, AT_LEAST):
            # a bound before a round figure bounds it: "ditawarkan di bawah Rp 400 jutaan"
            # (the bound's words had been left out, and "bawah" became the figure's key)
            qualifier, start = q_left, qstart
        elif qualifier is None and q_left is not None:
            if q_left == APPROX and (
                (vmax is not None and _BAND_RE.match(self.text, qstart))
                or (_ESTIMATE_RE.match(self.text, qstart) and _TRAILING_LEBIH_RE.match(self.text, end))
            ):
                start = qstart  # (the words in the span; the range or the "lebih" says how much)
            else:
                qualifier, start = q_left, qstart
        elif qualifier is None and kind == MONEY and vmax is None and (lowest := self.left(_REV_FROM_RE, start, span=True)):
            qualifier, start = AT_LEAST, lowest.start
        return self.make(start, end, value, unit, kind, qualifier or tail.qualifier, noun, vmax)

    def bare_number(self, s: int, e: int, end: int, amount: _Amount) -> bool | Quantity:
        """Whether a number with nothing recognisable after it is kept (as a count).

        Skipped: labels, codes and model numbers ("(3)", "iPhone 16", "@akun 2",
        "hubungi 112", a list marker "3. Klik"). "menit ke 109" becomes an ordinal.
        """
        text = self.text
        prev = text[s - 1] if s > 0 else ""
        if prev == "(" or prev in "-−+" or text[end : end + 1] in (")", "/", "’", "'"):
            return False
        if text[end : end + 1].isalpha():
            return False  # glued to a word: "0rang", "5IUP"
        if prev in ".:" and text[s - 2 : s - 1].isalpha():
            return False  # a code: "TL.01", "Lok:5"
        if _TABLE_CELL_AFTER_RE.match(text, end) or self.left(_REV_TABLE_CELL_RE, s):
            return False  # a row of a table: "9 4 4 1 8 16"
        spaced = self.left(_REV_ORDINAL_SPACED_RE, s, span=True)
        if spaced is not None and amount.plain_int:
            # "menit ke 109"; "ke 3 lokasi" has a noun and never gets here.
            noun = self.noun_before(spaced.start)
            return self.make(spaced.start, e, int(amount.token), None, ORDINAL, noun=noun)
        if self.left(_REV_BARE_SKIP_RE, s):
            return False
        if amount.plain_int and (
            int(amount.token) in EMERGENCY_NUMBERS
            or (int(amount.token) <= LIST_MARKER_MAX and _LIST_MARKER_AFTER_RE.match(text, end))
        ):
            return False
        pw = self.prev_word_at(s)
        if pw is not None and self.left(_REV_QUALIFIER_RE, s) is None:
            word, wstart = pw
            if any(c.isupper() for c in word[1:]) or (
                word[0].isupper() and not self.sentence_start(wstart, '.!?\n"“”')
            ):
                return False  # "iPhone 16", "Practice 2"
        nxt = _NEXT_WORD_RE.match(text, end) if amount.plain_int else None
        # "nova 13 Pro": part of a name
        return nxt is None or not nxt.group(1)[0].isupper()

    def time_candidate(self, s: int, e: int, tok: str) -> Quantity | None:
        """Times of day: "pukul 15.24 WIB", "15:24:49", "jam 19.15", "pukul 7 pagi"."""
        text = self.text
        tm = _TIME_TOKEN_RE.fullmatch(tok)
        if tm is None and not (tok.isdecimal() and int(tok) <= 24):
            return None
        pre = self.left(_REV_TIME_RE, s, span=True)
        hour_only = tm is None and pre is not None
        if tm is None and not hour_only:
            return None
        if tm is not None and ":" not in tok and pre is None:
            # "15.24" is a time only with "pukul" before or a time zone or a part of the
            # day after ("02.45 dini hari WIB" had been 2.45 of "dini")
            rng0 = _TIME_RANGE_RE.match(text, e)
            after = rng0.end() if rng0 else e
            if not (_TZ_RE.match(text, after) or _DAYPART_RE.match(text, after)):
                return None
        # "jam 3 sore", "jam 8-9", "pulang jam 10"; but "1 jam 15 menit" is a duration.
        if (
            hour_only
            and pre is not None
            and pre.group(1).lower() == "jam"
            and (_UNIT_CI_RE.match(text, e) or _NUMBER_BEFORE_RE.search(text, max(0, pre.start - 12), pre.start))
        ):
            return None
        hour, minute = (int(tm.group(1)), int(tm.group(2))) if tm else (int(tok), 0)
        end = e
        value_max: str | None = None
        rng = _TIME_RANGE_RE.match(text, e) if tm else _HOUR_RANGE_RE.match(text, e)
        if rng and int(rng.group(1)) <= 24:
            minutes = rng.group(2) if tm else "00"
            value_max = f"{int(rng.group(1)):02d}:{minutes}"
            end = rng.end()
        tz: str | None = None
        tz_m = _TZ_RE.match(text, end)
        if tz_m:
            tz, end = tz_m.group(1).upper(), tz_m.end()
        dp = _DAYPART_RE.match(text, end)
        if dp:
            part = dp.group(1).lower()
            if (
                (part in ("sore", "petang") and hour < 12)
                or (part == "malam" and 6 <= hour < 12)
                or (part == "siang" and 1 <= hour < 6)
            ):
                hour += 12
            end = dp.end()
            if tz is None:
                tz_m = _TZ_RE.match(text, end)
                if tz_m:
                    tz, end = tz_m.group(1).upper(), tz_m.end()
        start = pre.start if pre and pre.group(1)[:1].lower() in "pj" else s
        qual, qstart = self.qualifier_before(start)
        if qual is not None:
            start = qstart
        return self.make(
            start, end, f"{hour:02d}:{minute:02d}", None, TIME, qual, value_max=value_max, tz=tz
        )

    # ------------------------------------------------------------ word candidates
    def word_candidate(self, s: int, e: int) -> Quantity | int | None:
        """Numbers, ordinals and vague amounts written in words."""
        text = self.text
        word = text[s:e]
        low = word.lower()
        if self.blocked_at(s, e) is not None:
            return None
        if low in VAGUE_WORDS or low in VAGUE_SEVERAL:
            return self.vague_candidate(s, e, low)
        if word[0].isupper() and not word.isupper() and not self.sentence_start(s):
            return None  # "Lima" the city, "Pertolongan Pertama", "Tujuh" in a name
        named = _NAMED_AT_RE.match(text, s)
        if named is not None:
            return named.end()
        if self.left(_REV_WHEELS_RE, s):
            return e  # "kendaraan roda empat": a class of vehicle, nothing counted
        if low == "setengah" and (half := self.half_hour(s, e)) is not None:
            return half  # "jam setengah tujuh": half past six
        if low == "satu" and _ONE_IDIOM_RE.match(text, e):
            return _ONE_IDIOM_RE.match(text, e).end()  # type: ignore[union-attr]
        if low in ("satu", "dua") and _ONE_OR_TWO_IDIOM_RE.match(text, e):
            return _ONE_OR_TWO_IDIOM_RE.match(text, e).end()  # type: ignore[union-attr]
        if low == "satu" and _NOT_EVEN_ONE_RE.match(text, e):
            return e  # "dalam satu tes pun": not even one, nothing counted
        if low == "satu" and text[e:e + 5].lower() == " sisi" and text[max(0, s - 3):s].lower() == "di ":
            return e  # "di satu sisi": on the one hand
        if low != "pertama" and not low.startswith("ke") and self.left(_REV_TIER_RE, s):
            return e  # "divisi dua", "lantai tiga": a tier's number, nothing counted
        if low in ("pertama", "kesatu"):
            if text[e : e + 1] == "-":
                return None
            return self.ordinal_word(s, e, 1)
        ordinal = (
            low.startswith("ke") and low[2:] in NUMBER_START_WORDS and low[2:] not in FRACTION_WORDS
        )
        first = low[2:] if ordinal else low
        if first not in NUMBER_START_WORDS:
            return None
        hi_range: tuple[Decimal, int] | None = None
        if text[e : e + 1] in ("-", "‐") and text[e + 1 : e + 2].isalpha():
            # "satu-satunya", "dua-duanya" are not numbers; "lima-sepuluh tahun" is a range
            hi_range = self.words_at(e + 1)
            if hi_range is None or text[e + 1 : e + 1 + len(first)].lower() == first:
                return None
        parser = WordParser()
        if not parser.feed(first):
            return None
        end = e
        for _ in range(MAX_WORD_RUN):
            m = _NEXT_WORD_RE.match(text, end)
            if m is None or not parser.feed(m.group(1).lower()):
                break
            end = m.end()
        value = parser.value()
        m = _NEXT_WORD_RE.match(text, end)
        if m and m.group(1).lower() == "koma":
            digits = ""
            pos = m.end()
            for _ in range(MAX_WORD_RUN):
                m2 = _NEXT_WORD_RE.match(text, pos)
                if m2 is None or m2.group(1).lower() not in UNIT_WORDS:
                    break
                digits += str(UNIT_WORDS[m2.group(1).lower()])
                pos = m2.end()
            if digits:
                value += Decimal("0." + digits)
                end = pos
        if ordinal:
            if value != value.to_integral_value() or value < 1 or hi_range is not None:
                return end
            return self.ordinal_word(s, end, int(value))
        restated = _RESTATED_DIGITS_RE.match(text, end)
        if restated is not None and Decimal(restated.group(1)) == value:
            end = restated.end()  # "dua (2) orang"
        following = _NEXT_WORD_RE.match(text, end) if hi_range is None and end == e else None
        if (
            following is not None and 1 <= value <= 9
            and UNIT_WORDS.get(following.group(1).lower()) == value + 1
            and not _SCALE_NEXT_RE.match(text, following.end())
            and not ((after := _NEXT_WORD_RE.match(text, following.end())) and after.group(1).lower() in UNIT_WORDS)
        ):
            # "satu dua orang", "dua tiga hari": one or two, two or three (spoken)
            hi_range = (value + 1, following.end())
        vmax: Value | None = None
        if hi_range is not None and end == e:
            if hi_range[0] <= value:
                return hi_range[1]
            vmax, end = to_number(hi_range[0]), hi_range[1]
        elif hi_range is None and (
            (alt := _OR_SEP_RE.match(text, end)) is not None
            or (_BETWEEN_BEFORE.search(text, max(0, s - 12), s) and (alt := _AND_SEP_RE.match(text, end)) is not None)
        ) and (upper := self.words_at(alt.end())) is not None and upper[0] > value:
            # "dua atau tiga jahitan", "antara lima dan tujuh hari": a range
            vmax, end = to_number(upper[0]), upper[1]
        prev = self.prev_word(s)
        if first == "satu" and prev and prev.lower() in ("salah", "nomor"):
            return end
        tail = self.read_tail(end, money=False, one=hi_range is None and value == 1)
        if tail.kind is None:
            return end
        qual, start = self.qualifier_before(s)
        noun = tail.noun
        if tail.kind == MEASURE and noun is None and prev and prev.lower() in _PROPERTY_WORDS:
            noun = _PROPERTY_WORDS[prev.lower()]
        return self.make(
            start, tail.end, to_number(value), tail.unit, tail.kind, qual or tail.qualifier, noun, vmax
        )

    def half_hour(self, s: int, e: int) -> Quantity | None:
        """"jam setengah tujuh" (pagi): half an hour before the hour named, 06:30."""
        pre = self.left(_REV_TIME_RE, s, span=True)
        hour = _HALF_HOUR_RE.match(self.text, e)
        if pre is None or hour is None:
            return None
        h = _HOURS[" ".join(hour.group(1).lower().split())] - 1
        end = hour.end()
        dp = _DAYPART_RE.match(self.text, end)
        if dp is not None:
            part = dp.group(1).lower()
            if (part in ("sore", "petang") and h < 12) or (part == "malam" and 6 <= h < 12) or (part == "siang" and 1 <= h < 6):
                h += 12
            end = dp.end()
        return self.make(pre.start, end, f"{h:02d}:30", None, TIME)

    def words_at(self, pos: int) -> tuple[Decimal, int] | None:
        """A number in words starting exactly at ``pos``: (value, end)."""
        m = _WORD_AT_RE.match(self.text, pos)
        if m is None or m.group().lower() not in NUMBER_START_WORDS:
            return None
        parser = WordParser()
        if not parser.feed(m.group().lower()):
            return None
        end = m.end()
        for _ in range(MAX_WORD_RUN):
            m2 = _NEXT_WORD_RE.match(self.text, end)
            if m2 is None or not parser.feed(m2.group(1).lower()):
                break
            end = m2.end()
        return parser.value(), end

    def listed_ordinal(self, s: int, value: int) -> bool:
        """Whether this ordinal word opens a list's item (after a comma, a semicolon or
        "dan") after the ordinal word before it ("pertama" before "kedua", "kedua" before
        "ketiga") earlier in the same sentence."""
        if not 2 <= value <= LIST_ORDINAL_MAX or not _ITEM_OPENING.search(self.text, max(0, s - 8), s):
            return False
        return any(parse_ordinal(m.group()) == value - 1 for m in _ORDINAL_WORD_RE.finditer(self.sentence_window(s)))

    def ordinal_word(self, s: int, end: int, value: int) -> Quantity | int:
        """ "ketiga", "babak kedua"; "kedua tim" at the head of a phrase means "both teams"."""
        text = self.text
        if text[end : end + 3].lower() == "nya":
            return end
        prev = self.prev_word(s)
        collective_slot = (
            prev is None
            or self.sentence_start(s)
            or prev.lower() in _NON_NOUNS
            or (prev.lower().endswith("nya") and len(prev) > 5)
            or _VERB_LIKE_RE.fullmatch(prev.lower()) is not None
        )
        prev_low = (prev or "").lower()
        if (single := _REDUPLICATED.fullmatch(prev_low)) is not None:
            prev_low = single.group(1)
        if value > 1 and text[s].lower() == "k" and self.listed_ordinal(s, value):
            # "pertama soal sejarah sekolah, kedua etika, dan ketiga disiplin":
            # items of a list, not "the three"
            return self.make(s, end, value, None, ORDINAL)
        if (
            value > 1 and text[s].lower() == "k"
            and (
                collective_slot
                or (prev_low not in _ORDINAL_NOUNS and not _NTH_OF_PERIOD.match(text, end))
            )
            # "alasan yang ketiga" (the third reason), "kedua kalinya" (the second time)
            and (prev or "").lower() != "yang" and not _NTH_TIME.match(text, end)
        ):
            # "kedua tim" (both teams), also after a noun that takes no ordinal: "nasib
            # kedua tim" (the fate of both teams), not "babak kedua pertandingan"
            noun = self.read_noun(end)
            # (after a noun, only before a lower-case one: "kasta kedua Liga 1" ranks)
            if (
                noun is not None and (collective_slot or text[end:].lstrip()[:1].islower())
                and not _ONE_INITIAL.match(text, noun[2])
            ):
                return self.make(s, noun[2], value, noun[0], COUNT, noun=noun[1])
        noun_word: str | None = None
        if prev and not self.sentence_start(s) and (_is_noun(prev) or _is_noun(prev.lower())):
            noun_word = prev.lower()
        return self.make(s, end, value, None, ORDINAL, noun=noun_word)

    def vague_candidate(self, s: int, e: int, low: str) -> Quantity | int | None:
        """ "ratusan warga", "puluhan ribu orang", "beberapa ribu", "Rp ratusan juta"."""
        text = self.text
        end = e
        if low in VAGUE_SEVERAL:
            m = _NEXT_WORD_RE.match(text, e)
            if m is None:
                return None
            nxt = m.group(1).lower()
            if nxt in VAGUE_SIZE_WORDS:
                tail = self.read_tail(m.end(), money=False)
                if tail.kind != COUNT:
                    return None
                return self.make(
                    s, tail.end, VAGUE_SEVERAL[low], tail.unit, COUNT, VAGUE, tail.noun
                )
            if nxt not in VAGUE_SCALES:
                return None
            value = VAGUE_SEVERAL[low]
        else:
            value = VAGUE_WORDS[low]
        for _ in range(3):
            m = _NEXT_WORD_RE.match(text, end)
            if m is None or m.group(1).lower() not in VAGUE_SCALES:
                break
            value *= VAGUE_SCALES[m.group(1).lower()]
            end = m.end()
        cur = self.left(_REV_CURRENCY_RE, s, span=True)
        money_unit = _currency_code(cur.group(1)) if cur else None
        tail = self.read_tail(end, money=money_unit is not None)
        start = cur.start if cur else s
        kind = tail.kind
        if kind is None:
            if low in VAGUE_SEVERAL:
                return None
            tail.end, kind = end, COUNT
        return self.make(start, tail.end, value, money_unit or tail.unit, kind, VAGUE, tail.noun)

    # ------------------------------------------------------------ driver
    def about_duration(self, q: Quantity) -> Quantity | None:
        """A number before a frequency word: about so long ("sejak 10 tahunan lampau",
        "kurang lebih dua mingguan", "sekitar tiga bulanan": an approximate duration,
        in colloquial Indonesian), else how often ("secara tiga bulanan", quarterly;
        "turnamen empat tahunan"), which counts nothing: None."""
        before = self.text[max(0, q.start - 20):q.start].lower()
        after = self.text[q.end:q.end + 12].lower()
        if not (q.qualifier or _ABOUT_BEFORE.search(before) or _ABOUT_AFTER.match(after)):
            return None
        unit = _FREQUENCY_WORDS[str(q.unit)]
        return Quantity(q.start, q.end, q.text, q.value, unit, "measure", qualifier="approx", value_max=q.value_max)

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        consumed = 0
        for m in _TOKEN_RE.finditer(self.text):
            s, e = m.span()
            if s < consumed:
                continue
            tok = m.group()
            if tok[0].isdecimal():
                self.floor = consumed
                result = self.digit_candidate(s, e)
            else:
                low = tok.lower()
                if not (
                    low in _WORD_TRIGGERS or (low[:2] == "ke" and low[2:] in NUMBER_START_WORDS)
                ):
                    continue
                self.floor = consumed
                result = self.word_candidate(s, e)
            if result is None:
                continue
            if isinstance(result, int):
                consumed = max(consumed, result)
                continue
            if self.blocked_at(result.start, result.end) is not None:
                consumed = max(consumed, e)
                continue
            if result.kind == "count" and result.unit in _FREQUENCY_WORDS:
                consumed = max(result.end, e)
                result = self.about_duration(result)
                if result is None:
                    continue
            out.append(result)
            consumed = max(result.end, e)
        return _merge_ranges(self.text, _join_compound_durations(self.text, out))


# Adjectives of frequency: a number before one says how often ("tiga bulanan",
# quarterly), it counts nothing; or, in speech, about how long ("10 tahunan lampau"):
# the duration's unit. Over the shared corpus 65 such numbers, all read (all had been
# counts of "tahunan" etc.): 52 say how often (STNK "5 tahunan", "turnamen empat
# tahunan", "secara tiga bulanan", "MA 200 harian") and are dropped; 6 about how long,
# marked by a qualifier of the number or a word before or after (_ABOUT_BEFORE,
# _ABOUT_AFTER: "sekitar tiga bulanan", "sejak 10 tahunan lampau"), kept as approximate
# durations; 5 ages ("usia 50 tahunan", read by the age rule); 2 unmarked colloquial
# durations ("3 mingguan,") dropped.
_FREQUENCY_WORDS = {
    "harian": "hari", "mingguan": "minggu", "bulanan": "bulan", "tahunan": "tahun",
    "semesteran": "semester", "kuartalan": "kuartal",
}
_ABOUT_BEFORE = re.compile(
    r"\b(?:sekitar|kurang\s+lebih|sejak|setelah|selama|sudah|hampir|kira-kira|kayak|baru|usia|umur|berusia)\s+$"
)
_ABOUT_AFTER = re.compile(r"\s+(?:lampau|lalu|silam|terakhir|kali|lamanya|yang\s+lalu)\b")

_WORD_TRIGGERS: frozenset[str] = (
    NUMBER_START_WORDS | frozenset(VAGUE_WORDS) | frozenset(VAGUE_SEVERAL) | {"pertama", "kesatu"}
)


def _is_dash(gap: str) -> bool:
    return gap.strip() in ("-", "--", "–", "—")


_RANGE_GAP_RE = re.compile(rf"{_SP}*+(?:-|–|—|s\.d\.?|s/d){_SP}*+", re.IGNORECASE)
_RANGE_WORD_RE = re.compile(r"(?:hingga|sampai)\b", re.IGNORECASE)


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "5 persen hingga 10 persen" and "Rp 10 juta - Rp 20 juta" into one range."""
    out: list[Quantity] = []
    for q in quantities:
        if out:
            p = out[-1]
            gap = text[p.end : q.start]
            joined = (
                p.kind == q.kind
                and p.unit == q.unit
                and p.kind in (COUNT, MEASURE, MONEY, PERCENT)
                and p.value_max is None
                and q.value_max is None
                and isinstance(p.value, int | float)
                and isinstance(q.value, int | float)
                and p.value < q.value
                and (
                    (_RANGE_GAP_RE.fullmatch(gap) is not None and q.qualifier is None)
                    or (
                        gap.strip() == ""
                        and q.qualifier == UP_TO
                        and _RANGE_WORD_RE.match(q.text) is not None
                    )
                )
            )
            if joined:
                out[-1] = Quantity(
                    p.start, q.end, text[p.start : q.end], p.value, p.unit, p.kind,
                    p.qualifier, p.noun or q.noun, q.value, p.tz,
                )  # fmt: skip
                continue
        out.append(q)
    return out


# A duration written in two units, "5 tahun dan 6 bulan", "2 tahun 3 bulan", "1 jam 30
# menit", is one duration: in the larger unit when that is exact to two decimals (5,5
# tahun, 1,5 jam), else in the smaller (164 detik); an age so written ("umur 2
# tahun 3 bulan") one age. Read apart, the "6 bulan" of a prison demand agreed across
# outlets as a demand of six months. The smaller unit's number of the larger one for
# each pair.
COMPOUND_DURATIONS = {
    ("tahun", "bulan"): 12, ("bulan", "hari"): 30, ("minggu", "hari"): 7, ("pekan", "hari"): 7,
    ("hari", "jam"): 24, ("jam", "menit"): 60, ("menit", "detik"): 60,
}
_COMPOUND_GAP = re.compile(rf"{_SP}+(?:dan{_SP}+)?")
_COMPOUND_BEFORE = re.compile(
    rf"\d{_SP}*+(?:{'|'.join(sorted({a for a, _ in COMPOUND_DURATIONS}))}){_SP}+(?:dan{_SP}+)?$",
    re.IGNORECASE,
)
_COMPOUND_AFTER = re.compile(rf"{_SP}*+({'|'.join(sorted({b for _, b in COMPOUND_DURATIONS}))})\b", re.IGNORECASE)


# A list of days after "tanggal": "tanggal 13, 14, dan 15" (the label stands before
# the first only).
_DAYS_LISTED = re.compile(r"\b(?:tanggal|tgl)\.?\s*(?:\d{1,2}\s*(?:,\s*(?:dan\s+)?|dan\s+|-\s*))+$", re.IGNORECASE)


_DAY_LABEL = re.compile(r"\b(?:tanggal|tgl)\.?\s*$", re.IGNORECASE)
_DAY_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:dan\s+)?|dan\s+|-\s*)\d{1,2}\b")


def _day_listed(text: str, s: int) -> bool:
    window = text[max(0, s - 60):s]
    if "anggal" not in window and "gl" not in window:
        return False
    if _DAYS_LISTED.search(window) is not None:
        return True
    end = s
    while end < len(text) and text[end].isdecimal():
        end += 1
    return _DAY_LABEL.search(window) is not None and _DAY_LIST_NEXT.match(text, end) is not None


def _compound_part(text: str, s: int, e: int) -> bool:
    """The number at [s, e) is the second part of a two-unit duration ("2 tahun 3
    bulan"), though a label ("tahun 3") stands before it."""
    before = _COMPOUND_BEFORE.search(text, max(0, s - 24), s)
    after = _COMPOUND_AFTER.match(text, e)
    if before is None or after is None:
        return False
    first = before.group().rstrip().lower().split()
    larger = first[-2] if first[-1] == "dan" else first[-1]
    return (larger.lstrip("0123456789.,"), after.group(1).lower()) in COMPOUND_DURATIONS


def _join_compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "5 tahun dan 6 bulan" into one duration of 5,5 tahun (see
    :data:`COMPOUND_DURATIONS`)."""
    out: list[Quantity] = []
    for q in quantities:
        p = out[-1] if out else None
        factor = COMPOUND_DURATIONS.get((str(p.unit), str(q.unit))) if p is not None else None
        if (
            p is not None and factor is not None and q.kind == MEASURE and p.kind in (MEASURE, AGE)
            and p.value_max is None and q.value_max is None and q.qualifier is None
            and isinstance(p.value, int | float) and isinstance(q.value, int | float)
            and 0 < q.value < factor and _COMPOUND_GAP.fullmatch(text, p.end, q.start)
        ):
            value: float = p.value + q.value / factor
            unit = p.unit
            if round(value, 2) != value:  # "2 menit 44 detik": 164 detik, not 2,7333 menit
                value, unit = p.value * factor + q.value, q.unit
            out[-1] = replace(
                p, end=q.end, text=text[p.start:q.end], unit=unit,
                value=int(value) if value == int(value) else value,
                noun=q.noun if p.noun in (None, "durasi") and q.noun else p.noun,
            )
            continue
        out.append(q)
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _currency_code(symbol: str) -> str | None:
    return _CURRENCY_PREFIXES.get(_squash(symbol).lower().rstrip("."))


def _is_year(amount: _Amount) -> bool:
    return amount.plain_int and len(amount.token) == 4 and YEAR_MIN <= int(amount.token) <= YEAR_MAX


def _coord_value(tok: str) -> Decimal | None:
    """Coordinates use one separator as a decimal mark, whichever it is ("8.27", "112,5")."""
    if tok.count(".") + tok.count(",") == 1:
        try:
            return Decimal(tok.replace(",", "."))
        except ArithmeticError:  # pragma: no cover
            return None
    return parse_digits(tok)


def extract_quantities(
    text: str, *, exclude: Sequence[tuple[int, int]] = (), language: str | None = None
) -> list[Quantity]:
    """All quantities in ``text`` in reading order, skipping spans in ``exclude``. A
    text in English (``language`` "en") has its separators read the English way
    (:func:`kabar.analyze.numbers.english_separators`: "12,000 people" are 12000)."""
    if not text:
        return []
    with english_separators(language == "en"):
        found = _Extractor(text, exclude).run()
    _share_list_units(text, found)
    _part_of_units(text, found)
    _change_units(text, found)
    logger.debug("%d quantities in %d characters", len(found), len(text))
    return found


# Bare numbers listed before one with a unit take its unit: "bertenor 3, 6 dan 9
# bulan", "mencetak 11 dan 14 gol", "turun 0,3 dan 0,4 persen". Not after "atau" (a
# restatement: "naik 42,10 atau 0,61%" is points, then the percentage), nor a list
# after a label ("tanggal 13, 14, dan 15", "pasal 3, 4, 5 UU", "jam 6 dan 8 malam"),
# nor a count in capitals ("1000 dan 400 SM"). Over the corpus 19 numbers take a unit
# so, all rightly.
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")
_LIST_LABELS = frozenset({
    "tanggal", "tgl", "pasal", "ayat", "jam", "pukul", "nomor", "no", "lingkungan", "rt", "rw", "saksi",
    "ke", "tahun", "gang", "blok", "kav", "kamar", "lantai", "jalur", "peron", "gerbang", "zona",
})
_LIST_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*(?:\d[\d.,]*\s*,?\s*(?:dan\s+)?)*$")
# How far before a list its label is looked for (characters): the label and the
# numbers before the list that are no quantities ("pasal 2, 3 dan 4 ayat"). Bounded so
# that the work per list is constant (a table of lists stays linear).
LIST_LABEL_WINDOW = 120


# A part of a whole counted after it: "21 dari 24 unit vila", "3 dari 10 korban", "40
# dari total 69 negara" (143 such in the shared corpus).
PART_OF = re.compile(r"[ \t]+dari[ \t]+(?:total[ \t]+)?")


def _part_of_units(text: str, found: list[Quantity]) -> None:
    """A bare count before "dari" and a count with its noun takes that noun: 21 villas
    of 24, not 21 of nothing (the part had been a figure with no noun, no row of its own).
    Not a figure larger than the count after it: "nilai 12 dari sembilan pertandingan"
    is 12 points from nine matches."""
    for k, (part, whole) in enumerate(pairwise(found)):
        if (
            part.kind == COUNT and part.unit is None and whole.kind == COUNT and whole.unit is not None
            and PART_OF.fullmatch(text, part.end, whole.start)
            and not isinstance(part.value, str) and not isinstance(whole.value, str) and part.value <= whole.value
        ):
            found[k] = replace(part, unit=whole.unit, noun=whole.noun)


# A change told "dari A menjadi B unit", or "dari A ke B unit" after a verb of change:
# the bare A is in B's unit ("turun dari 61 ke 48 kg" is 61 kg, not 61 of nothing;
# "dipangkas dari 14 menjadi 4 perusahaan"). Without the verb "dari A ke B" is mostly a
# span ("mengisi baterai dari 10 ke 80 persen", "dari 0 ke 60 km/jam"), left alone.
_CHANGE_FROM = re.compile(r"\bdari[ \t]+$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"[ \t]+(?:(ke)|menjadi|jadi)[ \t]+")
CHANGE_VERBS = (
    r"turun|naik|berkurang|bertambah|meningkat|menurun|melonjak|anjlok|merosot|susut|menyusut"
    r"|membengkak|melambung|dipangkas|memangkas|dikurangi|ditambah|berubah|diubah|direvisi"
)
CHANGE_VERB_FROM = re.compile(rf"\b(?:{CHANGE_VERBS})[ \t]+(?:\w+[ \t]+)?dari[ \t]+$", re.IGNORECASE)


def _change_units(text: str, found: list[Quantity]) -> None:
    """The bare first figure of a change "dari A ke B unit" takes B's unit."""
    for k, (before, after) in enumerate(pairwise(found)):
        if (
            before.kind == COUNT and before.unit is None and before.qualifier is None and after.unit is not None
            and (after.kind in (MEASURE, PERCENT) or (after.kind == COUNT and after.unit[:1].islower()))
            and (to := _CHANGE_TO.fullmatch(text, before.end, after.start))
            and (CHANGE_VERB_FROM if to.group(1) else _CHANGE_FROM).search(text, max(0, before.start - 40), before.start)
        ):
            found[k] = replace(before, unit=after.unit, kind=after.kind, noun=after.noun)


def _share_list_units(text: str, found: list[Quantity]) -> None:
    i = 0
    while i < len(found):
        j = i
        while j < len(found) and found[j].kind == COUNT and found[j].unit is None and found[j].qualifier is None:
            if j + 1 >= len(found) or _LIST_SEP.fullmatch(text, found[j].end, found[j + 1].start) is None:
                break
            j += 1
        last = found[j] if j < len(found) else None
        if j > i and last is not None and last.unit is not None and (
            last.kind in (MEASURE, PERCENT) or (last.kind == COUNT and last.unit[:1].islower())
        ):
            label = _LIST_LABEL_BEFORE.search(text, max(0, found[i].start - LIST_LABEL_WINDOW), found[i].start)
            if label is None or label.group(1).lower() not in _LIST_LABELS:
                for k in range(i, j):
                    found[k] = replace(found[k], unit=last.unit, kind=last.kind, noun=last.noun)
        i = max(j, i + 1)
