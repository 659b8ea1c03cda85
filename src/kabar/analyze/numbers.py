"""Parse Indonesian numbers written in digits or in words.

Digits follow Indonesian conventions first ("10.000" is ten thousand, "4,8" is four
point eight, "1.234.567,89") and fall back to English conventions only where the
string cannot be Indonesian ("1,234,567", "1,234.5", "0.88", "4.8"). A trailing
multiplier word is applied ("1,5 juta", "281,2 jt", "Rp 17,76 T"). Words cover the
cardinal system up to triliun ("seratus dua puluh lima ribu tiga ratus",
"satu miliar dua ratus juta", "dua koma lima", "satu setengah"). Vague amounts
("ratusan", "puluhan ribu", "beberapa ribu") parse to their lower bound.

Everything here works on plain strings; :mod:`kabar.analyze.quantities` finds
the numbers in running text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation

logger = logging.getLogger(__name__)

Number = int | float

# Longest digit string (with separators) that is still read as a number. The
# longest real figure seen in the June 2025 corpus is "1.234.567.890.123,45"-sized
# (about 20 characters); anything longer is an id, a hash or garbage, and skipping it
# keeps int() away from Python's 4300-digit limit.
MAX_NUMBER_CHARS = 24

UNIT_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
SCALE_WORDS: dict[str, int] = {
    "ribu": 10**3,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
}
SE_SCALE_WORDS: dict[str, int] = {
    "seribu": 10**3,
    "sejuta": 10**6,
    "semiliar": 10**9,
    "semilyar": 10**9,
    "setriliun": 10**12,
}
FRACTION_WORDS: dict[str, Decimal] = {
    "setengah": Decimal("0.5"),
    "seperempat": Decimal("0.25"),
}
# Every word that can be part of a number written in words.
NUMBER_WORDS: frozenset[str] = frozenset(
    {*UNIT_WORDS, *SCALE_WORDS, *SE_SCALE_WORDS, *FRACTION_WORDS}
    | {"belas", "puluh", "ratus", "sepuluh", "sebelas", "seratus", "koma"}
)
# Words that can open a number written in words.
NUMBER_START_WORDS: frozenset[str] = frozenset(
    [*UNIT_WORDS, *SE_SCALE_WORDS, *FRACTION_WORDS, "sepuluh", "sebelas", "seratus"]
)

# Multipliers written after digits ("1,5 juta", "Rp 5 jt"), lower-cased.
MULTIPLIERS: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "rbu": 10**3,
    "thousand": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "million": 10**6,
    "mio": 10**6,
    "mn": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trillion": 10**12,
}
# One-letter multipliers that mean something only after a currency ("Rp 5 M").
MONEY_MULTIPLIERS: dict[str, int] = {"K": 10**3, "k": 10**3, "M": 10**9, "T": 10**12}

# Vague amounts and the lower bound they stand for.
VAGUE_WORDS: dict[str, int] = {
    "puluhan": 10,
    "belasan": 11,
    "ratusan": 100,
    "ribuan": 10**3,
    "jutaan": 10**6,
    "miliaran": 10**9,
    "milyaran": 10**9,
    "triliunan": 10**12,
}
# "Several"/"a number of": the lower bound of a plural is two.
VAGUE_SEVERAL: dict[str, int] = {"beberapa": 2, "sejumlah": 2}
VAGUE_SIZE_WORDS: frozenset[str] = frozenset({"kecil", "besar"})
# Scale words that may follow a vague word ("puluhan ribu", "beberapa ratus").
VAGUE_SCALES: dict[str, int] = {
    "puluh": 10,
    "ratus": 100,
    **{
        k: v for k, v in MULTIPLIERS.items() if k in ("ribu", "juta", "miliar", "milyar", "triliun")
    },
}

ORDINAL_WORDS: dict[str, int] = {"pertama": 1, "kesatu": 1}

_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_WORD_SPLIT_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_ORDINAL_DIGITS_RE = re.compile(r"(?i)ke\s*[-‐‑–]\s*(\d{1,4})")
_CURRENCY_AROUND_RE = re.compile(
    r"(?i)^\s*(?:rp\.?|idr|usd|us\s?\$|\$|€|eur|£|gbp|sgd|s\$|rm|myr|aud|a\$|jpy|¥|cny|rmb)\s*"
    r"|\s*(?:rupiah|dolar(?:\s+as)?|dollar|euro|yen|yuan|ringgit)\s*$"
)
_NUMBER_WITH_MULT_RE = re.compile(r"(\d+(?:[.,]\d+)*)\s*([A-Za-z]+)?\.?")


def to_number(value: Decimal) -> Number:
    """Return ``value`` as an int when it is whole, else as a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _valid_thousands(groups: Sequence[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


# Whether a lone separator is read the English way (see english_separators).
_ENGLISH = ContextVar("kabar_english_separators", default=False)


@contextmanager
def english_separators(on: bool = True) -> Iterator[None]:
    """Within the block, :func:`parse_digits` reads a lone separator the English way,
    for a text written in English: "1,500 soldiers" is 1500 and "1.500" 1.5. (A
    context variable: safe in threads and worker processes.)"""
    token = _ENGLISH.set(on)
    try:
        yield
    finally:
        _ENGLISH.reset(token)


def parse_digits(text: str) -> Decimal | None:
    """Read a digit string with Indonesian (or unambiguous English) separators.

    ``"10.000"`` → 10000, ``"4,8"`` → 4.8, ``"1.234.567,89"`` → 1234567.89,
    ``"1,234,567"`` → 1234567, ``"0.88"`` → 0.88. A lone comma is always a decimal
    comma (``"1,500"`` → 1.5); a lone dot is a thousands dot only before exactly
    three digits (``"1.500"`` → 1500, ``"1.5"`` → 1.5). In an English text
    (:func:`english_separators`) the other way round: a lone comma before exactly
    three digits groups thousands (``"1,500"`` → 1500), a lone dot is a decimal point
    (``"1.500"`` → 1.5). Returns None when the grouping is impossible (``"1.2.3"``) or
    the string is too long.
    """
    s = text.strip()
    if len(s) > MAX_NUMBER_CHARS or not _DIGITS_RE.fullmatch(s):
        return None
    dots, commas = s.count("."), s.count(",")
    try:
        if not dots and not commas:
            return Decimal(s)
        if dots and commas:
            last = max(s.rfind("."), s.rfind(","))
            dec_sep = s[last]
            thou_sep = "," if dec_sep == "." else "."
            int_part, frac = s[:last], s[last + 1 :]
            if dec_sep in int_part or not _valid_thousands(int_part.split(thou_sep)):
                return None
            return Decimal(int_part.replace(thou_sep, "") + "." + frac)
        sep = "." if dots else ","
        groups = s.split(sep)
        if len(groups) > 2:
            if not _valid_thousands(groups):
                return None
            return Decimal("".join(groups))
        head, tail = groups
        grouping = "," if _ENGLISH.get() else "."
        if sep == grouping and len(tail) == 3 and _valid_thousands(groups) and head != "0":
            return Decimal(head + tail)
        return Decimal(head + "." + tail)
    except InvalidOperation:  # pragma: no cover - the regex guards the input
        return None


def format_id(value: int) -> str:
    """Format an integer with Indonesian thousands dots (1234567 → "1.234.567")."""
    return f"{value:,}".replace(",", ".")


class WordParser:
    """Greedy reader of Indonesian number words; one instance per number."""

    __slots__ = ("f", "h", "last_scale", "max_scale", "pending", "t", "total", "u_done")

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.h = 0
        self.t = 0
        self.pending: int | None = None
        self.u_done = False
        self.f = Decimal(0)
        self.last_scale = 10**18
        self.max_scale = 0

    def _group_empty(self) -> bool:
        return (
            self.h == 0 and self.t == 0 and self.pending is None and not self.u_done and not self.f
        )

    def _group_value(self) -> Decimal:
        return Decimal(self.h + self.t + (self.pending or 0)) + self.f

    def _reset_group(self) -> None:
        self.h = self.t = 0
        self.pending = None
        self.u_done = False
        self.f = Decimal(0)

    def _apply_scale(self, group: Decimal, scale: int) -> bool:
        if scale < self.last_scale:
            self.total += group * scale
        elif scale > self.max_scale:
            self.total = (self.total + group) * scale
        else:
            return False
        self.last_scale = scale
        self.max_scale = max(self.max_scale, scale)
        self._reset_group()
        return True

    def feed(self, word: str) -> bool:
        """Take one word; return False (and change nothing) if it cannot continue."""
        if self.f and word not in SCALE_WORDS:
            return False
        if word in UNIT_WORDS:
            v = UNIT_WORDS[word]
            if self.pending is not None or self.u_done:
                return False
            if v == 0 and not (self._group_empty() and self.total == 0 and self.max_scale == 0):
                return False
            self.pending = v
            return True
        if word == "belas":
            if self.pending is None or self.pending == 0 or self.t or self.u_done:
                return False
            self.t, self.pending, self.u_done = 10 + self.pending, None, True
            return True
        if word == "puluh":
            if self.pending is None or self.pending == 0 or self.t or self.u_done:
                return False
            self.t, self.pending = 10 * self.pending, None
            return True
        if word == "ratus":
            if self.pending is None or self.pending == 0 or self.h or self.t or self.u_done:
                return False
            self.h, self.pending = 100 * self.pending, None
            return True
        if word in ("sepuluh", "sebelas"):
            if self.pending is not None or self.t or self.u_done:
                return False
            self.t = 10 if word == "sepuluh" else 11
            self.u_done = word == "sebelas"
            return True
        if word == "seratus":
            if not self._group_empty():
                return False
            self.h = 100
            return True
        if word in FRACTION_WORDS:
            if self.pending == 0:
                return False
            if self.pending is not None:
                self.u_done = True
            self.f = FRACTION_WORDS[word]
            return True
        if word in SCALE_WORDS:
            group = self._group_value()
            scale = SCALE_WORDS[word]
            if group == 0:
                # "seribu triliun": a scale may multiply everything read so far.
                if self.total == 0 or scale <= self.max_scale:
                    return False
                self.total *= scale
                self.last_scale = self.max_scale = scale
                return True
            return self._apply_scale(group, scale)
        if word in SE_SCALE_WORDS:
            if not self._group_empty():
                return False
            return self._apply_scale(Decimal(1), SE_SCALE_WORDS[word])
        return False

    def value(self) -> Decimal:
        return self.total + self._group_value()


def parse_word_tokens(words: Sequence[str]) -> tuple[Decimal, int] | None:
    """Read the longest number at the start of ``words`` (lower-cased words).

    Returns ``(value, words_used)`` or None if the first word does not start a
    number. "koma" followed by digit words adds decimals ("dua koma lima" → 2.5).
    """
    parser = WordParser()
    used = 0
    for word in words:
        if not parser.feed(word):
            break
        used += 1
    if used == 0:
        return None
    value = parser.value()
    if used < len(words) - 1 and words[used] == "koma":
        digits = ""
        for word in words[used + 1 :]:
            if word not in UNIT_WORDS:
                break
            digits += str(UNIT_WORDS[word])
        if digits:
            value += Decimal("0." + digits)
            used += 1 + len(digits)
    return value, used


def words_to_number(text: str) -> Number | None:
    """Read a number written wholly in Indonesian words; None if anything is left over.

    ``"sebelas ribu"`` → 11000, ``"dua puluh tiga"`` → 23, ``"setengah"`` → 0.5,
    ``"satu miliar dua ratus juta"`` → 1200000000.
    """
    words = [w.lower() for w in _WORD_SPLIT_RE.findall(text)]
    if not words or "".join(words) != re.sub(r"[\s-]+", "", text.lower()):
        return None
    parsed = parse_word_tokens(words)
    if parsed is None or parsed[1] != len(words):
        return None
    return to_number(parsed[0])


def parse_vague(text: str) -> int | None:
    """Lower bound of a vague amount: "ratusan" → 100, "puluhan ribu" → 10000,
    "beberapa ribu" → 2000, "sejumlah kecil" → 2. None if ``text`` is not one."""
    words = [w.lower() for w in text.split()]
    if not words:
        return None
    head, rest = words[0], words[1:]
    if head in VAGUE_WORDS:
        value = VAGUE_WORDS[head]
    elif head in VAGUE_SEVERAL:
        value = VAGUE_SEVERAL[head]
        if rest and rest[0] in VAGUE_SIZE_WORDS and len(rest) == 1:
            return value
    else:
        return None
    for word in rest:
        if word not in VAGUE_SCALES:
            return None
        value *= VAGUE_SCALES[word]
    return value


def parse_ordinal(text: str) -> int | None:
    """Value of an ordinal: "ke-3" → 3, "ketiga" → 3, "kedua belas" → 12, "pertama" → 1."""
    s = text.strip()
    m = _ORDINAL_DIGITS_RE.fullmatch(s)
    if m:
        return int(m.group(1))
    words = [w.lower() for w in s.split()]
    if not words:
        return None
    if words == ["pertama"] or words == ["kesatu"]:
        return 1
    if not words[0].startswith("ke") or len(words[0]) <= 2:
        return None
    words[0] = words[0][2:]
    parsed = parse_word_tokens(words)
    if parsed is None or parsed[1] != len(words) or parsed[0] < 1:
        return None
    value = to_number(parsed[0])
    return value if isinstance(value, int) else None


def parse_number(text: str) -> Number | None:
    """Read a number from a short string: digits, digits with a multiplier, or words.

    A currency sign or name around it is ignored ("Rp 281,2 juta" → 281200000,
    "US$ 3 miliar" → 3000000000, "$5" → 5); the one-letter multipliers M and T are
    read only after a currency ("Rp 17,76 T"). Vague amounts give their lower bound
    ("ratusan" → 100). Returns None for anything else.
    """
    s = text.strip()
    if not s:
        return None
    stripped = _CURRENCY_AROUND_RE.sub("", s)
    money = stripped != s
    s = stripped.strip()
    m = _NUMBER_WITH_MULT_RE.fullmatch(s)
    if m:
        base = parse_digits(m.group(1))
        if base is None:
            return None
        word = m.group(2)
        if word is None:
            return to_number(base)
        if word.lower() in MULTIPLIERS:
            return to_number(base * MULTIPLIERS[word.lower()])
        if money and word in MONEY_MULTIPLIERS:
            return to_number(base * MONEY_MULTIPLIERS[word])
        return None
    vague = parse_vague(s)
    if vague is not None:
        return vague
    return words_to_number(s)
