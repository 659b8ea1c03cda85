"""Repair words glued together where hyperlinks were stripped.

Scraped Indonesian news loses the spaces around link anchors, giving tokens such as
``diGarut``, ``GarutJabar``, ``akibatkebakarandi``, ``PTBumi``, ``BRMSberada`` or
``MelansirAlmanac``.  :func:`repair_glued` puts the spaces back and reports every repair
with offsets into the original text.

How a token is judged
---------------------
Only runs of ASCII letters are looked at, and only when they stand on their own: runs inside
URLs, e-mail addresses, handles, hashtags, file names, domains (``liputan6.com``), runs
touching digits, apostrophes or non-ASCII letters are left alone.

*Case transitions* (``diGarut``, ``GarutJabar``, ``PTBumi``, ``BRMSberada``) are cut into
pieces; the token is split only if every piece is acceptable (a known word, an acronym, a
capitalised name after a real word) and the token is not a brand (``WhatsApp``, ``iPhone``,
``detikOto``, ``KapanLagi``; a known word as a whole; two English pieces such as
``CryptoQuant``; or written the same way twice in the same text).

*Lower-case runs* (``kondisikesehatan``) that are not known words are segmented with a
Viterbi search over unigram costs (``9 - zipf``, wordfreq's Indonesian list, plus English
for loan words); the split is made only if every part is a sufficiently frequent word.
A token is *known* (never split) if it is in wordfreq's Indonesian list, in the English list,
in the shipped corpus word list (``kabar/data/glue_words.txt``), if the Sastrawi stemmer
reduces it to a known root (``diberitakan``, ``keberangkatan``), or if it is a confix
compound of two roots (``menggarisbawahi``, ``ketidakpatuhan``).

*Capitalised runs* (``Hargasaham``) are mostly names (``Sukabumi``, ``Setiabudi``); they are
split only sentence-initially with common parts, as name + function word
(``Ghazalidan``), or as a name the same text writes on its own + a common word
(``Trumpmengatakan`` beside ``Donald Trump``: 1,265 repairs in the scrape, 80 of 80 drawn
at random right; also before an affixed verb, ``Juventusberpesta``), or as the second
word of a name the headline writes after the same first word (``Erick Thohiringin``
under ``Erick Thohir``). A two-letter acronym opening a token is cut off a function word
or a long frequent word (``DJmenerima``, ``RIdi``; not ``IDcard``). These three added 120
repairs over the scrape, all read, all right. A name written alone in the text or the
headline is tried first, from six letters up (``Putindi``), and wins over the other
readings (``Daguisetelah`` beside ``Alyssa Daguise`` is ``Daguise telah``, not ``Dagui
setelah``); after a capitalised word an unknown name is also cut off a function word of
four letters or more when no other cut is possible (``Bahlil Lahadaliayang``). These
added 151 repairs over the scrape and corrected 2, all read, all right. Also cut: an
English word before a function word or, after a capitalised word, a common word
(``Earbudsini``, ``Manchester Unitedkehilangan``); the second word of a name the text
writes after the same word elsewhere, before any Indonesian word (``Unitedogah``); a name
before a word opening what is said of it (``Denada Tambunankembali menjadi``); a function
word before an English word (``sebagaitop``). The pieces of a case-split token are
checked against the text: a name written alone is cut off its function word
(``dilakukanDenadadi``) and two pieces written as one word elsewhere stay one
(``HuaweiFreeBuds`` beside ``FreeBuds``).

Beside runs of letters: a comma or a bracket between letters ("Iran,Ayatollah",
"(AS)Donald", "(Mendikbud),Nadiem") and a full stop between two sentences
("katanya.Sebelumnya"), also after a figure or an acronym before a common word
("Rp3.845.000.Tidak", "UEFA.Kabar"), get their space; a common word glued onto a year or another
number ("2025mereka", "442jemaah", "386WNIberada"; also a loan word or more glue after a
count, "150buzzer", "228sahammenguat", and a known capitalised word after a year or a
figure, "2025Baca", "Rp 1.051.000Harga"), a citing word onto a site's name
("kepadaKompas.com") and two capitalised words each written alone in the text
("EvertonBrighton", a line break lost in a fixture list) are cut apart.

The thresholds below were set on the ``indonews-2025-06`` scrape (~7,700 distinct articles):
each was moved while reviewing samples of the ~11k distinct repairs it makes until the
wrong splits seen there stopped, then checked on hand-labelled tokens
(``tests/clean/data/glue_labels.tsv``, scored by ``scripts/eval_glue.py``).  A wrong split
is worse than a missed one, so every rule errs towards leaving a token alone.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

logger = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------
# Thresholds.  Zipf = log10(frequency per billion words) as in wordfreq (``the`` ~ 7.7,
# ``saham`` 4.9, ``tesis`` 3.8).  Chosen by reviewing the repairs over the whole scrape.
# --------------------------------------------------------------------------------------

#: Shortest lower-case run that is segmented at all; shorter glue ("dia" + "ke") is too
#: ambiguous with real short words.
MIN_LOWER_LEN = 6
#: Shortest capitalised run split sentence-initially ("Hargaemas" = 9).
MIN_CAPITAL_LEN = 8
#: Minimum Indonesian zipf of a segmentation part, by part length.  Four-letter parts are
#: where segmentation junk lives ("tika", "atik", "kram", "udin" < 4.0) so they need more.
PART_MIN_ZIPF_4 = 4.0
PART_MIN_ZIPF_5 = 3.6
PART_MIN_ZIPF_LONG = 3.0
#: English parts of five letters ("crude", "smart") need this English zipf.
PART_MIN_ZIPF_EN = 3.5
#: English zipf from which a whole token counts as a known (English) word.
EN_KNOWN_MIN_ZIPF = 2.0
#: Extra cost of an English part and of every part (prefers fewer, Indonesian parts).
EN_PART_PENALTY = 0.5
PART_PENALTY = 1.0
#: Zipf assumed for parts known only from the corpus list or from the stemmer.
EXTRA_PART_ZIPF = 3.0
MORPH_PART_ZIPF = 2.5
#: Stemmer-validated parts ("penambangnya") must be at least this long ("menyak" -> "nyak"
#: is junk) ...
MORPH_PART_MIN_LEN = 7
#: ... and their root at least this long (short roots validate junk: "menghen" -> "hen").
MORPH_ROOT_MIN_LEN = 4
#: Words added to Sastrawi's root list for the stemmer: at least this long and frequent.
STEM_WORD_MIN_LEN = 5
STEM_WORD_MIN_ZIPF = 3.5
#: Capitalised sentence-initial runs: every part needs this Indonesian zipf.
CAPITAL_PART_MIN_ZIPF = 3.6
#: Camel-case product names are made of English words: a piece counts as English if its
#: English zipf is at least this and not more than the margin below its Indonesian zipf.
CAMEL_EN_MIN_ZIPF = 3.0
CAMEL_EN_MARGIN = 0.5
#: An unknown name must be this long before a function word is cut off its end inside a
#: camel-case token ("Daguisedan" yes, "Indadari" no).
NAME_HEAD_MIN_LEN = 5
#: Scoring of name + tail cuts inside camel case (see :func:`_split_name_tail`); set so
#: that the examples in its docstring come out right.
NAME_KNOWN_HEAD_BONUS = 3.0
NAME_TAIL_CHAR_BONUS = 0.6
NAME_FUNCTION_TAIL_BONUS = 1.0
NAME_EXTRA_PART_COST = 2.5
#: Tail zipf counts up to this only: all function words are equally good tails.
NAME_TAIL_ZIPF_CAP = 5.5
#: A four-letter content word cut off a name needs this zipf ("baru", "kini"; not "suri").
NAME_SHORT_TAIL_MIN_ZIPF = 4.5
#: English parts of four letters ("live", "show", not "stat") need this English zipf, of
#: six or more ("mashed", "qualifiers") only this: long words do not match by chance.
PART_MIN_ZIPF_EN_4 = 4.0
PART_MIN_ZIPF_EN_LONG = 3.0
#: Longest part / run considered by the segmenter.
MAX_PART_LEN = 24
MAX_SEGMENT_LEN = 48

#: Short words (<= 3 letters) that may be a segmentation part. The nouns "bom", "bus",
#: "tol", "jet", "gas", "tes" and "bek" were added after a review found "bomterhadap"
#: and "bomyang" left whole: over the corpus's 7,527 texts they add 27 repairs in 24
#: articles ("ancamanbomtidak", "aksestol", "bekReal", "TolJasa"), all read, all right; "kas", "mal",
#: "pin", "tas", "ban" and "pun" were left out ("kasada", "maladministrasi", "meskipin",
#: "sinergitas" had been cut).
SHORT_PARTS = _words("di ke dan ini itu ada dia apa hal dua tak tim air api ibu hak jam bom bus tol jet gas tes bek")
#: Function words: may follow a capitalised name ("Ghazalidan") or stand before a capital
#: in a case transition ("dariAntara").
FUNCTION_WORDS = _words(
    """yang dan di ke dari untuk dengan pada dalam oleh atau juga ini itu akan adalah ialah
    yakni yaitu bahwa karena sebagai tidak bukan sudah telah masih belum bisa dapat harus agar
    hingga sampai sejak saat ketika jika kalau namun tetapi tapi serta bagi tentang terhadap
    antara melalui secara para sang seperti lebih paling sangat hanya lagi ada tak kepada
    daripada tersebut setelah sebelum selama menjadi meski meskipun walau sementara bahkan
    akibat usai kata ujar berikut sebuah seorang beberapa banyak semua setiap soal via"""
)
#: Function words that may end a capitalised run ("Ghazalidan", "Jakartayang"); not "di",
#: "ke", "ini", "itu": too many names end in them (Gunadi, Mahalini, Bastianini).
NAME_TAIL_WORDS = FUNCTION_WORDS - {"di", "ke", "ini", "itu", "ada", "tak", "para", "sang"}
#: Bound forms written solid with the next word ("antarnegara", "multiplatform").
COMBINING_PREFIXES = _words(
    """antar pasca pra purna tuna nir non sub supra ekstra intra inter trans multi semi super
    ultra mega mini mikro makro maha swa anti kontra pro neo hiper serba dwi tri catur panca
    dasa eka oto auto bio geo tele infra para poli mono over self cyber giga mili kilo nano
    tekno psiko sosio hidro elektro termo foto robo micro macro eko agro astro kardio neuro
    indo"""
)
#: Never a part on their own.
BOUND_SUFFIXES = _words(
    "nya lah kah tah pun ku mu an kan wan wati man isme is isasi ness ing able ability"
)
#: Camel-case brand families: ``detikOto``, ``TribunJakarta``, ``iPhone``, ``eKTP``.
BRAND_PREFIXES = ("detik", "Detik", "Tribun", "Trans", "i", "e", "Mc", "Mac", "Go", "my", "My")
#: Camel-case brands seen in Indonesian news that no word list knows.
BRANDS = _words(
    """KapanLagi VinFast GoPay GoTo GoFood GoRide GoSend GoCar GoJek ShopeePay ShopeeFood
    TransJakarta TransTV AirAsia AirNav LaLiga McLaren TikTok WhatsApp YouTube HarmonyOS
    OpenAI ChatGPT BlackRock PlayStation MotoGP NasDem HokBen BRImo JIExpo SindoNews
    CoinMarketCap CryptoQuant SharpLink MotorLand FreeGo TomTom BeAT LinkedIn PowerPoint
    FaceTime MacBook DeepSeek SpaceX SeaBank BluBCA KlikBCA LiveChat InJourney PosIND
    MyPertamina PeduliLindungi SatuSehat LinkAja OneDrive AirPods GoodDay SindoNews SINDOnews
    ByteDance JakLingko HyperOS QJMotor AirCab InJourney DANA OVO BliBli GoJek TraveLoka
    CarBuzz SamMobile GizChina PhoneArena TechCrunch MasterChef PayPal NetFlix SmackDown"""
)
#: Brands that start in lower case, found inside glue (``hargaiPhone`` -> ``harga iPhone``,
#: ``aspekwatchOS`` -> ``aspek watchOS``).
SMALL_BRANDS = _words(
    """iPhone iPad iPadOS iPod iMac iOS iCloud iTunes iWatch iMessage iQOO iQoo iQube iNews
    watchOS visionOS macOS tvOS eKTP eSIM eSports"""
)
#: Affixes stripped when testing a confix compound ("ke-tidak patuh-an").
#: Compounds take ke-/meN-/di-/peN-/per- confixes (ketidakadilan, menindaklanjuti,
#: dibebastugaskan, penatalaksanaan, pertanggungjawaban); "ber...an" and a bare "-nya"
#: would pass glue ("berkedokbantuan", "kurbanhukumnya").
_CONFIX_PREFIXES = (
    "mempe", "memper", "diper", "keter", "ketidak", "menge", "meng", "meny", "mem", "men",
    "me", "di", "ke", "peng", "peny", "pem", "pen", "per", "pe",
)
_CONFIX_SUFFIXES = ("kannya", "kan", "an", "i", "annya", "inya")

DATA_FILE = "data/glue_words.txt"

_RUN = re.compile(r"[A-Za-z]+")
_CHUNK = re.compile(r"\S+")
_URLISH = re.compile(
    r"://|^www\.|@|^#|/|\\|_|=|\.(?:com|co|id|net|org|gov|go|ac|io|ly|me|tv|info|biz|html?)\b",
    re.IGNORECASE,
)
#: Characters that may touch a run; anything else (digits, apostrophes, ``²``, non-ASCII
#: letters, ``&``, ``+``) makes the run part of something we do not understand.
_SAFE_NEIGHBOURS = frozenset(" \t\n\r,;:!?()[]{}\"“”‘«»-–—…*•|")
_SENTENCE_END = frozenset(".!?:;\n\r-–—•|")
_OPENERS = frozenset(" \t\"'“”‘’«»([{*")


@dataclass(slots=True)
class GlueRepair:
    """One repaired run: ``text[start:end] == original`` in the original text."""

    start: int
    end: int
    original: str
    replacement: str

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
        }


class _Dictionary(Protocol):
    def contains(self, word: str) -> bool: ...


class _Stemmer(Protocol):
    def get_dictionary(self) -> _Dictionary: ...

    def stem_word(self, word: str) -> str: ...


@dataclass(frozen=True, slots=True)
class _Lexicon:
    id_zipf: dict[str, float]
    en_zipf: dict[str, float]
    extra: frozenset[str]
    brands: frozenset[str]


def _read_words(name: str | None) -> frozenset[str]:
    """The corpus word list (``w<TAB>word`` lines), see ``scripts/build_wordlist.py``."""
    if name is None:
        return frozenset()
    try:
        text = resources.files("kabar").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        logger.warning("glue word list %s not found; using wordfreq and Sastrawi only", name)
        return frozenset()
    words: set[str] = set()
    for line in text.splitlines():
        kind, _, word = line.partition("\t")
        if kind == "w" and word:
            words.add(word)
    return frozenset(words)


def _zipf_dict(lang: str, min_zipf: float) -> dict[str, float]:
    import math

    import wordfreq

    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict(lang).items():
        if freq <= 0 or not word.isascii() or not word.isalpha():
            continue
        z = round(math.log10(freq) + 9, 2)
        if z >= min_zipf:
            out[word] = z
    return out


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    lex = _Lexicon(
        id_zipf=_zipf_dict("id", 0.0),
        en_zipf=_zipf_dict("en", EN_KNOWN_MIN_ZIPF),
        extra=_read_words(DATA_FILE),
        brands=BRANDS,
    )
    logger.debug(
        "glue lexicon: %d id, %d en, %d corpus words, %d brands",
        len(lex.id_zipf), len(lex.en_zipf), len(lex.extra), len(lex.brands),
    )
    return lex


def reset_caches() -> None:
    """Forget the lexicon and every memoised decision (after changing ``DATA_FILE``)."""
    for fn in (
        _lexicon, _sastrawi_roots, _stemmer, _root, _known, _part_cost, _segment,
        _split_token, _prefixed_word_start,
    ):
        fn.cache_clear()


@lru_cache(maxsize=1)
def _sastrawi_roots() -> frozenset[str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w.strip() for w in StemmerFactory().get_words() if w.strip())


@lru_cache(maxsize=1)
def _stemmer() -> _Stemmer:
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer

    lex = _lexicon()
    words: list[str] = list(_sastrawi_roots())
    # Loan words and frequent words Sastrawi lacks ("posting", "upload"); not short or rare
    # ones, which let junk through ("terferifi" -> "fifi", "mencane" -> "cane").
    words += [
        w for w, z in lex.id_zipf.items() if len(w) >= STEM_WORD_MIN_LEN and z >= STEM_WORD_MIN_ZIPF
    ]
    words += [w for w in lex.extra if len(w) >= STEM_WORD_MIN_LEN]
    stemmer: _Stemmer = Stemmer(ArrayDictionary(words))
    return stemmer


@lru_cache(maxsize=65536)
def _root(word: str) -> str | None:
    """The dictionary root of ``word`` per Sastrawi, or None if it finds none."""
    stemmer = _stemmer()
    dictionary = stemmer.get_dictionary()
    if dictionary.contains(word):
        return word
    root = stemmer.stem_word(word)
    if root != word and dictionary.contains(root):
        return root
    return None


def _is_english(word: str) -> bool:
    lex = _lexicon()
    return lex.en_zipf.get(word, 0.0) > lex.id_zipf.get(word, 0.0)


def _confix_compound(lower: str) -> bool:
    """``menggarisbawahi`` = meng + garis bawah + i: affixed compound of two roots."""
    if lower.startswith("ketidak"):  # ketidak + terpadu + an, ketidak + setuju + annya
        for suf in ("annya", "an"):
            core = lower[7 : len(lower) - len(suf)]
            if lower.endswith(suf) and len(core) >= 4 and _root(core) is not None:
                return True
    for pre in ("", *_CONFIX_PREFIXES):
        if not lower.startswith(pre):
            continue
        for suf in _CONFIX_SUFFIXES:
            if not lower.endswith(suf) or (not pre and suf not in ("i", "kan")):
                continue
            core = lower[len(pre) : len(lower) - len(suf)]
            if len(core) < 7:
                continue
            cores = [core]
            if pre.endswith(("men", "pen")):  # menindaklanjuti = men + tindak lanjut + i
                cores.append("t" + core)
            elif pre.endswith(("mem", "pem")):
                cores.append("p" + core)
            elif pre.endswith(("meng", "peng")):
                cores.append("k" + core)
            elif pre.endswith(("meny", "peny")):
                cores.append("s" + core)
            for c in cores:  # both roots of 4+ letters: not "ke-ring dar-i" (keringdari)
                for i in range(4, len(c) - 3):
                    if _is_root(c[:i]) and _is_root(c[i:]):
                        return True
    return False


def _is_root(word: str) -> bool:
    return word in _sastrawi_roots()


def _in_lexicon(lower: str) -> bool:
    """Listed as a word (``whatsapp``, ``youtube``); unlike :func:`_known`, no morphology:
    ``diGarut`` is glue although ``digarut`` would be a well-formed passive."""
    lex = _lexicon()
    return lower in lex.id_zipf or lower in lex.en_zipf or lower in lex.extra


@lru_cache(maxsize=65536)
def _known(lower: str) -> bool:
    """Is ``lower`` a word in its own right (never split)?"""
    if _in_lexicon(lower) or lower.startswith("detik"):
        return True
    root = _root(lower)
    if root is not None and len(root) >= MORPH_ROOT_MIN_LEN:
        return True
    return _confix_compound(lower) and not _two_frequent_words(lower)


#: Both words of a split at least this frequent (Indonesian zipf) outweigh a confix
#: compound's reading: "menerimaancaman" is "menerima ancaman", not men + terima ancam
#: + an; real compounds ("menindaklanjuti", "menggarisbawahi") split into no two such
#: words. Over the shared corpus this adds 49 repairs ("berikutini", "Merapikembali",
#: "memicugangguan"), one of them wrong ("aromaterapi"); the glue evaluation is unchanged.
COMPOUND_SPLIT_MIN_ZIPF = 4.0


def _two_frequent_words(lower: str) -> bool:
    parts = _segment(lower)
    zipf = _lexicon().id_zipf
    return parts is not None and len(parts) == 2 and all(zipf.get(p, 0.0) >= COMPOUND_SPLIT_MIN_ZIPF for p in parts)


def _min_zipf_en(part: str) -> float:
    if len(part) == 4:
        return PART_MIN_ZIPF_EN_4
    if len(part) == 5:
        return PART_MIN_ZIPF_EN
    return PART_MIN_ZIPF_EN_LONG


def _min_zipf(part: str) -> float:
    if len(part) == 4:
        return PART_MIN_ZIPF_4
    if len(part) == 5:
        return PART_MIN_ZIPF_5
    return PART_MIN_ZIPF_LONG


@lru_cache(maxsize=65536)
def _part_cost(part: str) -> float | None:
    """Cost (``9 - zipf`` + penalties) of ``part`` as one word of a segmentation."""
    lex = _lexicon()
    if part.startswith("detik") and len(part) > 5:  # detikcom, detiktravel: one brand
        return 9.0 - EXTRA_PART_ZIPF + PART_PENALTY
    if len(part) <= 3:
        if part in SHORT_PARTS:
            return 9.0 - lex.id_zipf.get(part, 3.0) + PART_PENALTY
        return None
    if part in BOUND_SUFFIXES:
        return None
    z = lex.id_zipf.get(part, 0.0)
    ze = lex.en_zipf.get(part, 0.0)
    if z >= ze and z >= _min_zipf(part):
        return 9.0 - z + PART_PENALTY
    if ze >= _min_zipf_en(part):
        return 9.0 - ze + EN_PART_PENALTY + PART_PENALTY
    if len(part) >= 5 and part in lex.extra:
        return 9.0 - EXTRA_PART_ZIPF + PART_PENALTY
    if len(part) >= MORPH_PART_MIN_LEN:
        root = _root(part)
        # not an affixed English word: "diblock|chain", "dismart|watch"
        if (
            root is not None
            and root != part
            and len(root) >= MORPH_ROOT_MIN_LEN
            and not _is_english(root)
        ):
            return 9.0 - MORPH_PART_ZIPF + PART_PENALTY
    return None


_PREFIX_LIKE = ("me", "di", "pe", "ke", "se", "be", "te")
_VERB_PREFIXES = ("me", "di", "ber", "ter", "per")


def _morph_only(part: str) -> bool:
    """A part accepted only through the stemmer (not listed)."""
    return len(part) >= MORPH_PART_MIN_LEN and not _in_lexicon(part)


@lru_cache(maxsize=65536)
def _segment(lower: str) -> tuple[str, ...] | None:
    """Cheapest segmentation of ``lower`` into two or more valid parts (None if none)."""
    n = len(lower)
    if n > MAX_SEGMENT_LEN:
        return None
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for i in range(2, n + 1):
        for j in range(max(0, i - MAX_PART_LEN), i - 1):
            prev = best[j]
            if prev is None:
                continue
            part = lower[j:i]
            cost = _part_cost(part)
            if cost is None:
                continue
            # an English word that looks prefixed opening the run: "mere|distribusi"
            if j == 0 and len(part) == 4 and _is_english(part) and part.startswith(_PREFIX_LIKE):
                continue
            if prev[1]:
                last = prev[1][-1]
                if last in COMBINING_PREFIXES or (_is_english(last) and _is_english(part)):
                    continue
                # No English part next to a stemmer-only part: "peer|nyataan"
                if (_is_english(last) and _morph_only(part)) or (
                    _morph_only(last) and _is_english(part)
                ):
                    continue
                # "memutusakan" is "memutuskan" mistyped, not "memutus akan"
                if part == "akan" and last.startswith(_VERB_PREFIXES) and _known(last + "kan"):
                    continue
                # "di"/"ke" first only if they are not the prefix: not di|band|ingin
                if j == 2 and last in ("di", "ke") and _prefixed_word_start(lower):
                    continue
            total = prev[0] + cost
            cur = best[i]
            if cur is None or total < cur[0]:
                best[i] = (total, (*prev[1], part))
    final = best[n]
    if final is None or len(final[1]) < 2:
        return None
    return final[1]


@lru_cache(maxsize=65536)
def _prefixed_word_start(lower: str) -> bool:
    """Does ``lower`` start with a listed di-/ke- word (``dibanding|in``, ``diklik|di``)?"""
    lex = _lexicon()
    return any(
        lex.id_zipf.get(lower[:k], 0.0) >= PART_MIN_ZIPF_LONG or _root(lower[:k]) is not None
        for k in range(5, len(lower))
    )


def _split_lower(word: str) -> list[str] | None:
    """``kondisikesehatan`` -> ``kondisi kesehatan``."""
    if len(word) < MIN_LOWER_LEN or _known(word):
        return None
    parts = _segment(word)
    return list(parts) if parts else None


def _recase(word: str, parts: Iterable[str]) -> list[str]:
    out: list[str] = []
    pos = 0
    for p in parts:
        out.append(word[pos : pos + len(p)])
        pos += len(p)
    return out


def _common_word(part: str) -> bool:
    """A frequent Indonesian word: safe to cut off a capitalised name."""
    if part in FUNCTION_WORDS:
        return True
    if part in COMBINING_PREFIXES:
        return False
    z = _lexicon().id_zipf.get(part, 0.0)
    return len(part) >= 4 and z >= max(CAPITAL_PART_MIN_ZIPF, _min_zipf(part)) and not (
        _is_english(part)  # "Gizmo|china", "Antara|news": likely one name
    )


def _head_fragment(head: str) -> bool:
    """``Tersangkaperin``, ``Israelmengat``: a listed word plus a scrap of the tail's word."""
    return any(_in_lexicon(head[:k]) for k in range(5, len(head)))


def _tail_fragment(lower: str, h: int) -> bool:
    """Is the tail ``lower[h:]`` the end of a longer word starting in the head
    (``Israelmengat|akan``, ``Rexmeng|gunakan``, ``Materialistsk|arena``; listed words
    only: the stemmer reads too much as a word, "rimerayakan"), or is the head a listed
    word and a scrap that makes a word with the tail (``Tersangkape|rintangan``)? Not a
    name opening with a listed word (``Transfermarkt|menunjukkan``)."""
    return any(_in_lexicon(lower[k:]) for k in range(1, h)) or any(
        _in_lexicon(lower[:k]) and _known(lower[k:]) for k in range(5, h)
    )


def _split_name_tail(word: str, in_camel: bool) -> list[str] | None:
    """``Ghazalidan`` -> ``Ghazali dan``; in camel case also ``Israelbaru`` -> ``Israel baru``.

    The head is kept as written (names need not be known).  Outside camel case only a
    function word after a known head is cut off.  Inside a case-split token (glued
    already) the candidates are: a function word after a known head or an unknown head of
    ``NAME_HEAD_MIN_LEN`` letters or more (``Daguisedan``); one common word after any head
    (``Kusnaditerakhir``); common words after a known head (``Israelbaru``).  The best
    candidate maximises ``NAME_KNOWN_HEAD_BONUS`` (head listed) + the tail's lowest zipf +
    ``NAME_TAIL_CHAR_BONUS`` per tail letter (a long word is rarely there by chance) +
    ``NAME_FUNCTION_TAIL_BONUS`` for a function word - ``NAME_EXTRA_PART_COST`` per extra
    tail part (zipf capped at ``NAME_TAIL_ZIPF_CAP``): ``Israel mengatakan`` beats
    ``Israelmengat akan``, ``Daguise dan`` beats ``Dagui sedan``, ``Dwikorita kepada``
    beats ``Dwikoritake pada``.
    """
    lower = word.lower()
    n = len(lower)
    lex = _lexicon()
    if not in_camel:
        for h in range(n - 2, 3, -1):  # shortest tail first
            if lower[h:] in NAME_TAIL_WORDS and _known(lower[:h]):
                return [word[:h], word[h:]]
        return None
    best: tuple[float, list[str]] | None = None
    for h in range(3, n - 1):
        head, tail = lower[:h], lower[h:]
        head_listed = _in_lexicon(head) and (len(head) >= 4 or head in FUNCTION_WORDS)
        bonus = NAME_KNOWN_HEAD_BONUS if head_listed else 0.0
        if tail in FUNCTION_WORDS:
            if not (head_listed or (len(head) >= NAME_HEAD_MIN_LEN and tail in NAME_TAIL_WORDS)):
                continue
            if not head_listed and _head_fragment(head):  # Transfermarktmengemuk|akan
                continue
            parts: tuple[str, ...] = (tail,)
            bonus += NAME_FUNCTION_TAIL_BONUS
        elif _common_word(tail) and (
            len(tail) >= 5
            or (head_listed and lex.id_zipf.get(tail, 0.0) >= NAME_SHORT_TAIL_MIN_ZIPF)
        ):
            # the end of a longer word ("Israelmengat|akan", "Gustiwiwter|sebut"); not
            # a name that opens with a listed word ("Transfermarkt|menunjukkan")
            if not head_listed and _tail_fragment(lower, h):
                continue
            parts = (tail,)
        elif head_listed and len(head) >= 5 and len(tail) >= 6 and head not in COMBINING_PREFIXES:
            seg = _segment(tail)
            if not seg or not all(_common_word(p) for p in seg):
                continue
            parts = seg
        else:
            continue
        score = (
            bonus
            + min(min(lex.id_zipf.get(p, 0.0) for p in parts), NAME_TAIL_ZIPF_CAP)
            + NAME_TAIL_CHAR_BONUS * len(tail)
            - NAME_EXTRA_PART_COST * (len(parts) - 1)
        )
        if best is None or score > best[0]:
            best = (score, [word[:h], *_recase(word[h:], parts)])
    return best[1] if best else None


#: A name the text also writes on its own, glued to a common word ("Donald Trump" and
#: later "Trumpmengatakan", "Kimberly Ryder" and "Rydersambil"): both parts at least this
#: long.
NAME_ALONE_MIN_LEN = 4
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# a capitalised word not opening a sentence: after a word or a comma, not after a
# full stop, a line break, a quote or the start of the text
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+\b")


#: A word of the headline that the text never writes in lower case (a headline
#: capitalises every word: "Suka" or "Cara" there is no name) counts as a name before a
#: function word, an affixed verb or a common word of at least this many letters;
#: shorter common words are often the second half of a name or a place ("Putratama"
#: under a headline with "Putra", "Kalibaru" under one with "Kali").
TITLE_NAME_TAIL_MIN_LEN = 5
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _split_name_written_alone(
    word: str, alone: set[str], inside: set[str], titled: set[str]
) -> tuple[str, str] | None:
    """``Trumpmengatakan`` -> ``Trump mengatakan`` when the text writes ``Trump`` on its
    own elsewhere and ``mengatakan`` is a common word; the longest such name. Not a
    known word as a whole (``Sukabumi`` beside a sentence opening with ``Suka``).
    ``alone``: the capitalised words of the text; ``inside``: those of them written
    somewhere other than at a sentence's start; ``titled``: the words of the headline
    that the text never writes in lower case (``Daguisetelah`` under "... Alyssa
    Daguise" is ``Daguise telah``)."""
    lower = word.lower()
    if _known(lower):
        return None
    for h in range(len(word) - 2, NAME_ALONE_MIN_LEN - 1, -1):
        head, tail = word[:h], lower[h:]
        if not (_common_word(tail) or _verb_tail(tail)):
            continue
        # a tail of two or three letters ("Mulyanidi", "Trumpini") only when a function
        # word (_common_word takes no other word that short) after a head written alone
        # inside a sentence, where a capital is a name: "Mahal ini" opening a sentence
        # does not make "Mahalini" two words
        if head in (alone if len(tail) >= NAME_ALONE_MIN_LEN else inside) or (
            head in titled and (len(tail) >= TITLE_NAME_TAIL_MIN_LEN or tail in FUNCTION_WORDS)
        ):
            return head, word[h:]
    return None


# The last word of a name glued to the affixed word after it, where the name was a
# link ("Presiden Prabowo Subiantomengumumkan", "Gibran Rakabuming Rakaberziarah"): the
# name need not be written alone elsewhere, but the word before it must be capitalised
# (inside a name), the tail must open with a verbal prefix, be at least
# NAME_VERB_MIN_TAIL letters and a word of at least NAME_VERB_MIN_ZIPF, and not a root
# ("Megamendung", a district, is no "Mega mendung"). Over the shared corpus's raw
# texts the rule as written makes 143 more repairs, all read, all right (a first
# version without the last two conditions also split that district).
NAME_VERB_MIN_TAIL = 7
NAME_VERB_MIN_ZIPF = 3.0
# A word this frequent opening a sentence ("Lalu", "Kemudian") is no name's first word;
# titles ("Presiden" 5.5, "Pangeran" 4.9) are below it.
SENTENCE_OPENER_MIN_ZIPF = 5.5
# _VERB_PREFIXES and "be-" ("bekerja"), which the tail may open with
_NAME_TAIL_PREFIXES = (*_VERB_PREFIXES, "be")
# (the word may be glued to the one before it: "pernikahanAl Gazalimencuri")
_CAPITALISED_BEFORE = re.compile(r"(?:\b|(?<=[a-z]))[A-Z][\w.'-]*[ \t]+$")


def _verb_tail(tail: str) -> bool:
    """An affixed verb that may follow a name (see :data:`NAME_VERB_MIN_TAIL`):
    "berpesta" of "Juventusberpesta", rarer than a common word."""
    return (
        len(tail) >= NAME_VERB_MIN_TAIL and tail.startswith(_NAME_TAIL_PREFIXES)
        and _lexicon().id_zipf.get(tail, 0.0) >= NAME_VERB_MIN_ZIPF and not _is_root(tail)
    )


def _split_name_verb(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Subiantomengumumkan`` -> ``Subianto mengumumkan`` after ``Prabowo`` (``word``
    at ``start`` in ``text``). A frequent word opening the sentence before it ("Lalu
    Zorblaxmengatakan") is no name's first word."""
    lower = word.lower()
    if _known(lower) or not _after_name_word(text, start):
        return None
    for h in range(NAME_ALONE_MIN_LEN, len(word) - NAME_VERB_MIN_TAIL + 1):  # longest tail first
        if _verb_tail(lower[h:]):
            return word[:h], word[h:]
    return None


def _after_name_word(text: str, start: int) -> bool:
    """Is the word before ``start`` capitalised and no frequent word opening a sentence?"""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    previous = before.group().split()[0].lower()
    return not (
        _sentence_initial(text, before.start())
        and (previous in FUNCTION_WORDS or _lexicon().id_zipf.get(previous, 0.0) >= SENTENCE_OPENER_MIN_ZIPF)
    )


# The last word of a name glued to a function word, with no other sign of the name in
# the text ("Bahlil Lahadaliayang", "Alyssa Daguiseyang"): after a capitalised word (as
# above), a head of at least NAME_HEAD_MIN_LEN letters and one of these words of four
# letters or more as the only possible tail ("Daguisetelah" could be "Dagui setelah").
# Not "akan" or "dari", which end verbs and names ("Sunmengatakan", "Memporakporandakan",
# "Yogandari", "Sriwadari"), nor the shorter ones ("Wamildan"). Over the shared corpus 16
# repairs, all read, all right.
BARE_NAME_TAIL_WORDS = frozenset(w for w in NAME_TAIL_WORDS if len(w) >= 4) - {"akan", "dari"}


def _split_name_function_word(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Lahadaliayang`` -> ``Lahadalia yang`` after ``Bahlil`` (``word`` at ``start`` in
    ``text``); see :data:`BARE_NAME_TAIL_WORDS`."""
    cuts = [h for h in range(NAME_HEAD_MIN_LEN, len(word) - 3) if word[h:] in BARE_NAME_TAIL_WORDS]
    if len(cuts) != 1 or _known(word.lower()) or _head_fragment(word[: cuts[0]].lower()):
        return None
    if not _after_name_word(text, start):
        return None
    return word[: cuts[0]], word[cuts[0] :]


# An English word glued to an Indonesian one after it, in a name or alone: "Earbudsini"
# (an English noun before a function word), "The Three Lionssempat", "Manchester
# Unitedjual" (after a capitalised word: the last word of a name, glued to a common
# word). The head is an English word of at least ENGLISH_HEAD_MIN_LEN letters, more
# English than Indonesian, of English zipf ENGLISH_HEAD_MIN_ZIPF or more, and no bound
# form ("Multigriya", "Neuroinfeksi", "Investindo" are names); a common tail of four
# letters needs zipf ENGLISH_HEAD_SHORT_TAIL_MIN_ZIPF ("jual" 5.3; not "awan" 4.5 of
# "Churnawan", "tara" of "Aryantara").
ENGLISH_HEAD_MIN_LEN = 5
ENGLISH_HEAD_MIN_ZIPF = 3.0
ENGLISH_HEAD_SHORT_TAIL_MIN_ZIPF = 5.0


def _english_word(lower: str) -> bool:
    return _lexicon().en_zipf.get(lower, 0.0) >= ENGLISH_HEAD_MIN_ZIPF and _is_english(lower)


def _split_english_head(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Earbudsini`` -> ``Earbuds ini``; ``Unitedogah`` -> ``United ogah`` after
    ``Manchester``."""
    lower = word.lower()
    if _known(lower):
        return None
    after_name: bool | None = None
    for h in range(len(word) - 2, ENGLISH_HEAD_MIN_LEN - 1, -1):  # longest head first
        head, tail = lower[:h], lower[h:]
        if not _english_word(head) or head in COMBINING_PREFIXES or tail in COMBINING_PREFIXES:
            continue
        if tail in FUNCTION_WORDS:
            return word[:h], word[h:]
        if not _common_word(tail) or (
            len(tail) < NAME_FREQUENT_TAIL_MIN_LEN and _lexicon().id_zipf.get(tail, 0.0) < ENGLISH_HEAD_SHORT_TAIL_MIN_ZIPF
        ):
            continue
        if after_name is None:
            after_name = _after_name_word(text, start)
        if after_name:
            return word[:h], word[h:]
    return None


# The last word of a name glued to a word opening what is said of it, with no other sign
# of the name in the text ("Denada Tambunankembali menjadi", "Eddy Marwotoresmi
# ditahan"): after a capitalised word (as above), a head of at least NAME_HEAD_MIN_LEN
# letters and one of these adverbs and intransitive verbs as the only such cut, not the
# end of a longer word ("Rexmenggunakan"), with a word in lower case after it: what is
# said of the name goes on ("Eddy Marwotoresmi ditahan"), where a name of the same
# letters stands before punctuation or a name ("Dyah Pitaloka Citraresmi.", "Desa
# Sirnaresmi,"). Frequent words in general do end names and places: "Tontowiputra",
# "Ratuprawiranegara", "Purwotengah", "Kubutambahan", "Peranginangin" (a first version
# with any word of zipf 5 or more split 15 such in the corpus against 10 right).
NAME_FREQUENT_TAIL_MIN_LEN = 5
NAME_PREDICATE_TAILS = _words(
    """kembali resmi sendiri langsung segera sempat pernah ingin mampu berhasil tetap justru
    kini terus mulai menang kalah jatuh tewas"""
)
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _split_name_common_word(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Tambunankembali`` -> ``Tambunan kembali`` after ``Denada``."""
    lower = word.lower()
    if _known(lower):
        return None
    cuts = [h for h in range(NAME_HEAD_MIN_LEN, len(word) - 3) if lower[h:] in NAME_PREDICATE_TAILS]
    if len(cuts) != 1 or _tail_fragment(lower, cuts[0]) or not _LOWER_WORD_NEXT.match(text, start + len(word)):
        return None
    if not _after_name_word(text, start):
        return None
    return word[: cuts[0]], word[cuts[0] :]


# The last word of a name glued to an Indonesian word, where the text writes the name
# with the same word before it elsewhere ("Manchester Unitedogah" beside "Manchester
# United"): the tail need only be an Indonesian word (four letters or more) listed with
# zipf PAIR_NAME_TAIL_MIN_ZIPF ("ogah" 3.3, "sedianya" 3.1), no English word.
PAIR_NAME_TAIL_MIN_ZIPF = 3.0


def _split_pair_name(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Unitedogah`` -> ``United ogah`` after ``Manchester`` beside ``Manchester United``."""
    lower = word.lower()
    before = _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or _known(lower):
        return None
    zipf = _lexicon().id_zipf
    for h in range(len(word) - NAME_ALONE_MIN_LEN, NAME_ALONE_MIN_LEN - 1, -1):  # longest head first
        tail = lower[h:]
        if tail in BOUND_SUFFIXES or zipf.get(tail, 0.0) < PAIR_NAME_TAIL_MIN_ZIPF or _is_english(tail):
            continue
        if re.search(rf"\b{before.group(1)} {word[:h]}(?![A-Za-z])", text):
            return word[:h], word[h:]
    return None


# A function word glued to an English word after it: "sebagaitop four", "untukgym"; the
# English word of at least three letters and English zipf FUNCTION_ENGLISH_MIN_ZIPF or
# more, more English than Indonesian (the segmenter takes no three-letter part but a few).
FUNCTION_ENGLISH_MIN_ZIPF = 4.5
FUNCTION_ENGLISH_HEAD_MIN_LEN = 4


def _split_function_english(word: str) -> list[str] | None:
    """``sebagaitop`` -> ``sebagai top``."""
    if _known(word):
        return None
    english_zipf = _lexicon().en_zipf
    for h in range(len(word) - 3, FUNCTION_ENGLISH_HEAD_MIN_LEN - 1, -1):
        head, tail = word[:h], word[h:]
        frequency = english_zipf.get(tail, 0.0)
        if head in FUNCTION_WORDS and frequency >= FUNCTION_ENGLISH_MIN_ZIPF and _is_english(tail):
            return [head, tail]
    return None


# An acronym glued to a name: "RIJudha" (Kemlu RI, Judha Nugraha), "PDIPHasto".
_ACRONYM_NAME = re.compile(r"([A-Z]{2,5})([A-Z][a-z]{2,})")


def _split_acronym_name(word: str, inside: set[str]) -> tuple[str, str] | None:
    """``PDIPHasto`` -> ``PDIP Hasto`` when the text writes ``Hasto`` on its own inside
    a sentence (an unknown name glued to an acronym is otherwise left whole)."""
    m = _ACRONYM_NAME.fullmatch(word)
    if m is None or m.group(2) not in inside or _known(word.lower()):
        return None
    return m.group(1), m.group(2)


# A one-letter end of a name glued to the word after it, where the name was a link:
# "ROG Xbox Ally Xhadir" beside "Ally X" written alone. The tail must be a common word of
# at least LETTER_TAIL_MIN_LEN letters, and the text must write the word before with the
# letter alone elsewhere.
LETTER_TAIL_MIN_LEN = 5
# (a capitalised word: "Ally"; the name's other words are not needed)
# (it may be glued to the word before it: "timSerie ALiga")
_LETTER_WORD_BEFORE = re.compile(r"(?:\b|(?<=[a-z]))([A-Z][a-z]+)[ \t]+$")


def _split_letter_glued(word: str, text: str, start: int) -> tuple[str, str] | None:
    """``Xhadir`` -> ``X hadir`` after ``Ally`` when the text writes ``Ally X`` alone;
    also before a capitalised word: ``ALiga`` -> ``A Liga`` after ``Serie`` beside
    ``Serie A``, the case transition telling where the cut is from four letters on."""
    tail = word[1:]
    if tail[:1].isupper() and tail[1:].islower():
        if len(tail) < NAME_ALONE_MIN_LEN or not _common_word(tail.lower()):
            return None
    elif len(tail) < LETTER_TAIL_MIN_LEN or not tail.islower() or _known(word.lower()) or not _common_word(tail):
        return None
    before = _LETTER_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    alone = re.compile(rf"\b{re.escape(before.group(1))}[ \t]+{word[0]}(?![\w.])")
    return (word[0], tail) if alone.search(text) else None


_TWO_NAMES = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def _split_two_names(word: str, alone: set[str]) -> tuple[str, str] | None:
    """``EvertonBrighton`` -> ``Everton Brighton``, ``GregoriusRonald`` -> ``Gregorius
    Ronald``: two capitalised words, each written on its own in the same text (a line
    break lost between two fixtures, a link between two names). Over the shared corpus
    152 repairs, all right or harmless ("TrumpMobile", the phone "Trump Mobile")."""
    m = _TWO_NAMES.fullmatch(word)
    if m is None or m.group(1) not in alone or m.group(2) not in alone or _is_brand(word):
        return None
    return m.group(1), m.group(2)


def _split_capitalized(word: str, sentence_initial: bool) -> list[str] | None:
    """``Hargasaham`` -> ``Harga saham`` (sentence-initially); ``Ghazalidan`` -> ``Ghazali dan``."""
    lower = word.lower()
    if len(word) < MIN_LOWER_LEN or _known(lower):
        return None
    named = _split_name_tail(word, in_camel=False)
    if named is not None:
        return named
    if not sentence_initial or len(word) < MIN_CAPITAL_LEN:
        return None
    parts = _segment(lower)
    if not parts:
        return None
    lex = _lexicon()
    if any(len(p) < 4 and p not in FUNCTION_WORDS for p in parts):
        return None
    if any(lex.id_zipf.get(p, 0.0) < CAPITAL_PART_MIN_ZIPF for p in parts):
        return None
    return _recase(word, parts)


def _case_cuts(word: str) -> list[int]:
    """Cut points at case transitions: ``diGarut`` 2, ``PTBumi`` 2, ``BRMSberada`` 4."""
    cuts: list[int] = []
    n = len(word)
    i = 1
    while i < n:
        a, b = word[i - 1], word[i]
        if a.islower() and b.isupper():
            if word[:i].lower().endswith("detik"):  # detikJabar; Dikutip|detikJatim
                if i - 5 >= 2 and _known(word[: i - 5].lower()):
                    cuts.append(i - 5)
                    i += 1
                    continue
                return []
            start = _small_brand_start(word, i)
            piece_start = cuts[-1] if cuts else 0
            if start is not None and (
                start == piece_start
                or _wordiness(word[piece_start:start])
                >= max(_wordiness(word[piece_start:i]), 0.5)
            ):
                # hargaiPhone -> harga|iPhone, aspek|watchOS; but dari|PhoneArena, Boyle|Sports
                if start - piece_start >= 2:
                    cuts.append(start)
                i += 1
                continue
            cuts.append(i)
            i += 1
            continue
        if a.isupper() and b.isupper():
            start = i - 1
            j = i
            while j < n and word[j].isupper():
                j += 1
            # caps run word[start:j] followed by lower case word[j:tail_end]
            if j < n and word[j].islower() and j - start >= 3:
                tail_end = j
                while tail_end < n and word[tail_end].islower():
                    tail_end += 1
                cap_word = word[j - 1 : tail_end]
                low_word = word[j:tail_end]
                if low_word in FUNCTION_WORDS or low_word in SHORT_PARTS:
                    cuts.append(j)  # TKI|di, HEV|ini
                elif len(cap_word) >= 4 and _capital_word_ok(cap_word):
                    cuts.append(j - 1)  # PT|Bumi
                elif _lower_word_ok(low_word):
                    cuts.append(j)  # BRMS|berada
            elif (
                j < n and word[j].islower() and j - start == 2 and start == 0
                and _two_capitals_tail_ok(word[j:])
            ):
                cuts.append(j)  # DJ|menerima, RM|menjalani, RI|di
            i = j
            continue
        i += 1
    return cuts


# A two-letter acronym opening a token ("DJmenerima", "RMmenjalani": a name's
# initials glued to the verb after them) is cut off a function word or a frequent
# Indonesian word of at least this many letters that is no English word; shorter tails
# and brands ("IDcard", "TVnya") stay whole.
TWO_CAPITALS_TAIL_MIN_LEN = 6
TWO_CAPITALS_TAIL_MIN_ZIPF = 3.5


# Number words, which open a figure or a date after a name's initials ("Fariz RMempat
# bulan lalu" had hidden four months ago from the dates).
_NUMBER_TAILS = frozenset({
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
    "seratus", "seribu",
})


def _two_capitals_tail_ok(rest: str) -> bool:
    tail = re.match(r"[a-z]+", rest)
    if tail is None:
        return False
    low = tail.group()
    if low in FUNCTION_WORDS or low in _NUMBER_TAILS:
        return True
    return (
        len(low) >= TWO_CAPITALS_TAIL_MIN_LEN
        and _lexicon().id_zipf.get(low, 0.0) >= TWO_CAPITALS_TAIL_MIN_ZIPF
        and not _is_english(low)
    )


def _wordiness(text: str) -> float:
    """Zipf if listed, 1 if otherwise a word or clean glue, else 0: ``harga`` > ``hargai``."""
    lower = text.lower()
    z = _lexicon().id_zipf.get(lower, 0.0)
    if z:
        return z
    return 1.0 if _known(lower) or _split_lower(lower) is not None else 0.0


def _small_brand_start(word: str, i: int) -> int | None:
    """Start of a :data:`SMALL_BRANDS` brand whose first capital is ``word[i]``."""
    for brand in SMALL_BRANDS:
        p = next(k for k, ch in enumerate(brand) if ch.isupper())
        if i >= p and word.startswith(brand, i - p):
            return i - p
    return None


def _small_brand_len(piece: str) -> int:
    """Length of the :data:`SMALL_BRANDS` brand ``piece`` starts with, or 0."""
    return max((len(b) for b in SMALL_BRANDS if piece.startswith(b)), default=0)


def _capital_word_ok(piece: str) -> bool:
    lower = piece.lower()
    lex = _lexicon()
    if len(lower) < 3 or lower in BOUND_SUFFIXES:
        return False
    return (
        lex.id_zipf.get(lower, 0.0) >= _min_zipf(lower)
        or lex.en_zipf.get(lower, 0.0) >= PART_MIN_ZIPF_EN
    )


def _lower_word_ok(piece: str) -> bool:
    if len(piece) < 3 or piece in BOUND_SUFFIXES:
        return False
    lex = _lexicon()
    return lex.id_zipf.get(piece, 0.0) >= _min_zipf(piece) or _split_lower(piece) is not None


def _is_brand(word: str) -> bool:
    lex = _lexicon()
    if word in lex.brands:
        return True
    if word.endswith("OS") and word[:-2] in lex.en_zipf:  # visionOS, watchOS
        return True
    return any(
        word.startswith(p) and len(word) > len(p) + 1 and word[len(p)].isupper()
        for p in BRAND_PREFIXES
    )


def _camel_english(lower: str) -> bool:
    """English enough to be half of a product name (``Free``, ``Goo``, ``Quant``)."""
    lex = _lexicon()
    ze = lex.en_zipf.get(lower, 0.0)
    return ze >= CAMEL_EN_MIN_ZIPF and ze >= lex.id_zipf.get(lower, 0.0) - CAMEL_EN_MARGIN


def _shape(piece: str) -> str:
    if piece.isupper():
        return "A"  # acronym
    if piece.islower():
        return "l"
    if piece[0].isupper() and piece[1:].islower():
        return "C"
    return "?"


def _brand_word(joined: str) -> bool:
    lex = _lexicon()
    lower = joined.lower()
    return (
        joined in lex.brands
        or lex.id_zipf.get(lower, 0.0) >= PART_MIN_ZIPF_LONG
        or lex.en_zipf.get(lower, 0.0) >= PART_MIN_ZIPF_LONG
    )


def _brand_prefix(joined: str) -> bool:
    """A brand glued to the next word: ``WhatsApp`` in ``WhatsApptanda`` (not ``BaliTa``)."""
    lex = _lexicon()
    lower = joined.lower()
    ze = lex.en_zipf.get(lower, 0.0)
    return joined in lex.brands or (
        ze >= CAMEL_EN_MIN_ZIPF and ze >= lex.id_zipf.get(lower, 0.0) - 1.0
    )


def _merge_brands(pieces: list[str]) -> list[tuple[str, bool]]:
    """Re-join capitalised pieces that form a brand, flagged True.

    ``dari|You|Tube`` -> ``dari|YouTube``; ``grup|Whats|Apptanda`` -> ``grup|WhatsApp|tanda``.
    """
    out: list[tuple[str, bool]] = []
    for piece in pieces:
        if out and _shape(out[-1][0]) in "CA" and _shape(piece) in "CA":
            prev = out[-1][0]
            if _brand_word(prev + piece):
                out[-1] = (prev + piece, True)
                continue
            hit = next(
                (
                    k
                    for k in range(len(piece) - 1, 1, -1)
                    if piece[k:].islower() and _brand_prefix(prev + piece[:k])
                ),
                None,
            )
            if hit is not None and _tail_word_ok(piece[hit:]):  # not YouTube|nya
                out[-1] = (prev + piece[:hit], True)
                out.append((piece[hit:], False))
                continue
        out.append((piece, False))
    return out


def _split_small_brands(merged: list[tuple[str, bool]]) -> list[tuple[str, bool]] | None:
    """``iPhoneyang`` -> ``iPhone`` (brand) + ``yang``; ``detikJatim`` is a brand."""
    out: list[tuple[str, bool]] = []
    for piece, brand in merged:
        if not brand and piece.startswith("detik") and _is_brand(piece):
            out.append((piece, True))
            continue
        k = 0 if brand or not piece[0].islower() else _small_brand_len(piece)
        if k == 0:
            if _shape(piece) == "?" and piece[0].islower():
                return None  # an unknown small brand: eKYC, xDrive
            out.append((piece, brand))
            continue
        rest = piece[k:]
        if rest and not (rest.islower() and _tail_word_ok(rest)):
            return None
        out.append((piece[:k], True))
        if rest:
            out.append((rest, False))
    return out


def _tail_word_ok(piece: str) -> bool:
    return piece in FUNCTION_WORDS or piece in SHORT_PARTS or _lower_word_ok(piece)


def _split_case(word: str, cuts: list[int]) -> list[str] | None:
    """Split a run with case transitions, or None if any piece is doubtful."""
    bounds = [0, *cuts, len(word)]
    joined = _merge_brands([word[a:b] for a, b in itertools.pairwise(bounds)])
    if len(joined) < 2:
        return None
    merged = _split_small_brands(joined)
    if merged is None:
        return None
    pieces = [p for p, _ in merged]
    shapes = ["B" if brand else _shape(p) for p, brand in merged]
    if "?" in shapes:
        return None
    # Capitalised English pieces and nothing else are a product name: CryptoQuant, EyeCare.
    if all(s == "C" for s in shapes) and all(_camel_english(p.lower()) for p in pieces):
        return None
    # A short capitalised piece inside is brand spelling: NasDem in PartaiNasDemitu, JakLingko.
    if any(sh == "C" and len(p) <= 3 for p, sh in zip(pieces[1:-1], shapes[1:-1], strict=True)):
        return None
    out: list[str] = []
    for k, (piece, shape) in enumerate(zip(pieces, shapes, strict=True)):
        lower = piece.lower()
        if shape == "B":
            out.append(piece)
            continue
        if k == 0:
            if shape == "A":
                if len(piece) < 2:
                    return None
                out.append(piece)
            elif shape == "l":
                if lower in FUNCTION_WORDS or lower in SHORT_PARTS or (
                    len(piece) >= 4 and _known(lower)
                ):
                    out.append(piece)
                else:
                    sub = _split_lower(piece)
                    if sub is None:
                        return None
                    out.extend(sub)
            else:  # capitalised first piece; "Jak" in JakPro is no word, "Tim" is, "Di" too short
                if len(piece) < 3 or (
                    len(piece) == 3 and lower not in SHORT_PARTS and lower not in FUNCTION_WORDS
                ):
                    return None
                if len(piece) < 4 and shapes[1] == "A":
                    return None
                if _known(lower):
                    out.append(piece)
                else:
                    sub = _split_name_tail(piece, in_camel=True)
                    if sub is None:
                        # an unknown name is fine before "Tbk" or a function word: AzzurriDengan
                        nxt = pieces[1].lower()
                        if len(piece) < 4 or not (nxt == "tbk" or nxt in NAME_TAIL_WORDS):
                            return None
                        sub = [piece]
                    out.extend(sub)
            continue
        prev = pieces[k - 1]
        if len(piece) < 2:
            return None
        if shape == "l":  # only after an acronym: BRMS|berada
            sub = None if _known(lower) else _split_lower(piece)
            out.extend(sub or [piece])
            continue
        if len(piece) == 2 and len(prev) < 4:
            return None
        if shape == "C" and not _known(lower):
            sub = _split_name_tail(piece, in_camel=True)
            if sub is not None:
                out.extend(sub)
                continue
        out.append(piece)
    return out


@lru_cache(maxsize=65536)
def _split_token(word: str, sentence_initial: bool) -> tuple[str, ...] | None:
    if len(word) < 4 or word.isupper():
        return None
    cuts = _case_cuts(word)
    parts: list[str] | None
    k = _small_brand_len(word)
    if k and k < len(word) and word[k:].islower() and _tail_word_ok(word[k:]):
        return (word[:k], word[k:])  # iMessageitu -> iMessage itu
    if cuts:
        if _is_brand(word) or _in_lexicon(word.lower()):
            return None
        parts = _split_case(word, cuts)
    elif word.islower():
        parts = _split_lower(word) or _split_function_english(word)
    elif word[0].isupper() and word[1:].islower():
        parts = _split_capitalized(word, sentence_initial)
    else:
        parts = None
    if not parts or len(parts) < 2:
        return None
    if "".join(parts) != word:  # pragma: no cover - defensive
        logger.warning("glue split changed letters: %r -> %r", word, parts)
        return None
    return tuple(parts)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


_GLUED_SENTENCE_STOP = re.compile(r"[a-z]{2}\.[A-Z][a-z]")


def _candidate_runs(text: str) -> Iterable[tuple[int, str]]:
    """Letter runs that may be repaired, with their offsets."""
    for chunk in _CHUNK.finditer(text):
        ctext = chunk.group()
        if len(ctext) < 4 or _URLISH.search(ctext):
            continue
        for run in _RUN.finditer(ctext):
            s, e = run.start(), run.end()
            if e - s < 4:
                continue
            before = ctext[s - 1] if s > 0 else " "
            after = ctext[e] if e < len(ctext) else " "
            # a full stop between two sentences, its space lost ("Idzes.Torinokabarnya":
            # see _GLUED_PUNCTUATION), stands between two runs like a space
            if before not in _SAFE_NEIGHBOURS and not (
                before == "." and _GLUED_SENTENCE_STOP.fullmatch(ctext, max(0, s - 3), s + 2)
            ):
                continue
            if after not in _SAFE_NEIGHBOURS and not (
                after == "." and (e + 1 == len(ctext) or not ctext[e + 1].isalnum())
            ) and not (after == "." and _GLUED_SENTENCE_STOP.fullmatch(ctext, e - 2, e + 3)):
                continue
            yield chunk.start() + s, run.group()


# A comma between two letters, a closing bracket before a letter: the space after them
# went with a link ("Iran,Ayatollah Ali Khamenei", "(AS)Donald Trump"); never inside a
# URL, an e-mail address, a handle or a number ("1,5").
_GLUED_PUNCTUATION = re.compile(
    r"(?<=[A-Za-z]),(?=[A-Za-z])|\)(?=[A-Za-z])"
    # (a figure's comma before a name: "NCT 127,Moon Taeil"; an exclamation or a question
    # ending a sentence: "angkat bicara!Dengan tenang")
    r"|(?<=\d),(?=[A-Z][a-z])|(?<=[a-z]{2})[!?](?=[A-Z][a-z])"
    # after a bracket: "(Mendikbudristek),Nadiem Makarim" (31 in the corpus)
    r"|(?<=[A-Za-z]\)),(?=[A-Za-z])"
    # a full stop between two sentences whose space went with the line break
    # ("tersebut.Juara", "ujarnya.Keesokan": 3,039 in the corpus, 50 drawn at random
    # all right); only after two lower-case letters ("Jl.Sudirman", "S.H." and
    # "Liputan6.com" stay)
    r"|(?<=[a-z]{2})\.(?=[A-Z][a-z])"
    # ... before an opening quotation mark or a word in capitals ("dunia.“Prestasi",
    # "anggotanya.ALLDAY PROJECT", "sendiri.OJK": 348 in the corpus, all read; a brand's
    # suffix stays: "Suvarna.ID", "Katalis.AI")
    r"|(?<=[a-z]{2})\.(?=“[A-Z]|[A-Z]{2,}\b)(?!(?:AI|ID|IO|TV|CO|COM|NET|APP)\b)"
)


# An opening bracket of a short form glued to the word it shortens: "Parawansa(KIP)",
# "Nasional(Timnas)", "Serikat(AS)" (389 in the corpus, all such).
_GLUED_BRACKET = re.compile(r"(?<=[a-z])\((?=[A-Z][A-Za-z]{1,7}\))")


def _punctuation_repairs(text: str) -> Iterable[GlueRepair]:
    if not _GLUED_PUNCTUATION.search(text) and not _GLUED_BRACKET.search(text):
        return  # most texts: no second pass over their chunks
    for chunk in _CHUNK.finditer(text):
        ctext = chunk.group()
        if ("," not in ctext and ")" not in ctext and "." not in ctext and "!" not in ctext and "?" not in ctext) or (
            _URLISH.search(ctext)
        ):
            continue
        repairs = [
            GlueRepair(chunk.start() + m.start(), chunk.start() + m.start() + 1, m.group(), m.group() + " ")
            for m in _GLUED_PUNCTUATION.finditer(ctext)
        ] + [
            GlueRepair(chunk.start() + m.start(), chunk.start() + m.start() + 1, "(", " (")
            for m in _GLUED_BRACKET.finditer(ctext)
        ]
        yield from sorted(repairs, key=lambda r: r.start)


# A sentence's mark and a quotation mark glued to the next sentence, its space lost with
# a line break: a quotation closing ("kepada Allah SWT."Dalil-dalilnya", "bersorak.”Siap")
# or opening ("katanya."Mereka berkata", "(16/6/2025).“Tim kami"). A straight quote closes
# when the line before it holds an odd number of them, else it opens; the space goes after a closing mark and
# before an opening one. Any word or figure may end the sentence ("WIB."Turut"): a
# quotation mark after the stop says the sentence ended, where a full stop alone after an
# acronym may be an abbreviation's ("PT. Bank", see _stop_repairs).
_GLUED_QUOTE = re.compile(r"(?<=[A-Za-z0-9)]{2})[.!?]([\"”“])(?=[A-Z][a-z])")


def _quote_repairs(text: str) -> Iterable[GlueRepair]:
    """"SWT."Dalil" -> "SWT." Dalil", "katanya."Mereka" -> "katanya. "Mereka"."""
    for m in _GLUED_QUOTE.finditer(text):
        quote = m.start(1)
        line_start = text.rfind("\n", 0, quote) + 1
        chunk = _CHUNK.search(text, max(line_start, text.rfind(" ", 0, quote) + 1))
        # (a bracket's date is no link: "(8/6/2025).“Saat")
        if chunk is not None and _URLISH.search(_BRACKETED.sub("", chunk.group())):
            continue
        if m.group(1) == "“":
            # (a curly opening mark opens: "Senin (16/6/2025).“Tim kami ...", the
            # narration before it had taken the quotation's speaker; after a word in
            # lower case _GLUED_PUNCTUATION spaces the stop)
            if not text[m.start() - 1].islower():
                yield GlueRepair(quote, quote + 1, m.group(1), " " + m.group(1))
        elif m.group(1) == "”" or text.count('"', line_start, quote) % 2 == 1:
            yield GlueRepair(quote, quote + 1, m.group(1), m.group(1) + " ")
        else:
            yield GlueRepair(quote, quote + 1, m.group(1), " " + m.group(1))


# A full stop glued between a figure or an acronym ending a sentence and the next
# sentence ("sekitar Rp2.150.000.Tidak cuma itu", "pada 2025.Baca juga", "sanksi
# UEFA.Kabar"): the word after must be a common one (a function word, a short part or
# a frequent Indonesian word, see _common_word), which a name, a code or a brand after
# the stop is not ("Rp2.500.000.Tjahjono", "1466K.Pid"); figures going on
# ("Rp3.845.000.000"), sites ("Liputan6.Com") and one-letter abbreviations ("S.H.",
# "M.Si", "H.Ahmad") never match, nor acronyms written before a name (_STOP_ACRONYMS).
# In 7,517 articles 196 repairs (157 distinct places), all read, all right (list
# numbers such as "1.Jalan" get the list's space).
# After a closing bracket any capitalised word opens the next sentence, a name too
# ("Kamis (12/6/2025).Sutrisno menambahkan", "(KPK).Di"): 203 in the corpus, all
# read, all so.
_GLUED_STOP = re.compile(r"(?:\d|(\))|(?<![A-Za-z.])([A-Z]{2,}))\.([A-Z][a-z]+)\b(?![.\w])")
_BRACKETED = re.compile(r"\([^()]*\)")
#: Acronyms written with a full stop before a name or a word of a name ("PT. Bank", "KH.
#: Ahmad", "RS. Harapan Kita"); none glued so in the corpus, listed as a precaution.
_STOP_ACRONYMS = frozenset({"PT", "CV", "UD", "KH", "RS", "RSUD", "TK", "SD", "SMP", "SMA", "SMK"})


def _stop_repairs(text: str) -> Iterable[GlueRepair]:
    """A full stop glued to the next sentence after a figure or an acronym:
    "Rp3.845.000.Tidak" -> "Rp3.845.000. Tidak"."""
    if not _GLUED_STOP.search(text):
        return  # most texts: no pass over their chunks
    for chunk in _CHUNK.finditer(text):
        ctext = chunk.group()
        # (a bracket's date is no link: "(10/6/2025).Wayan")
        if "." not in ctext or _URLISH.search(_BRACKETED.sub("", ctext)):
            continue
        for m in _GLUED_STOP.finditer(ctext):
            word = m.group(3).lower()
            if not m.group(1) and (m.group(2) in _STOP_ACRONYMS or not (word in SHORT_PARTS or _common_word(word))):
                continue
            dot = chunk.start() + m.start(3) - 1
            yield GlueRepair(dot, dot + 1, ".", ". ")


# A year with a word glued on ("Antarklub 2025mereka", "2025yang"): 147 in the shared
# corpus, the word nearly always a common one. A capitalised word after a year is the
# next sentence or line ("Oktober 2025Baca juga", "Juni 2025Pukul: 16.30", "Cup:1960Tuan
# Rumah"): cut off when it is a known word (all 40 in the shared corpus are glue). So is
# "di" ("Awards 2025di Studio").
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)([a-z]{3,}|di(?=[ \t])|[A-Z][a-z]{2,})\b")
#: A word glued to a year is cut off when its Indonesian zipf is at least this.
YEAR_TAIL_MIN_ZIPF = 3.0


def _year_repairs(text: str) -> Iterable[GlueRepair]:
    """A common word glued onto a year: "2025mereka" -> "2025 mereka", "2025Baca" ->
    "2025 Baca"."""
    for m in _GLUED_YEAR.finditer(text):
        word = m.group(2)
        if word[0].isupper():
            if not _known(word.lower()):
                continue
        elif _lexicon().id_zipf.get(word, 0.0) < YEAR_TAIL_MIN_ZIPF:
            continue
        yield GlueRepair(m.start(), m.end(), m.group(), f"{m.group(1)} {word}")


# Any other number with a word glued on ("442jemaah", "26pada", "386WNIberada"): a
# frequent Indonesian word that is no unit written short ("24fps", "700nits") nor the
# "20detik" of detik's video brand. 111 repairs over the shared corpus, all read, all right.
# Also a loan word the corpus uses ("150buzzer", "14assist", "56caps"), a run of words
# ("228sahammenguat", "150buzzeruntuk": the first a word as above), "di" ("episode 4di
# platform"), a number of four digits or more that is no year ("6500volunteer"), a decimal
# ("3,50Syarat"), a number after a word and a hyphen ("COVID-19yang", "U-23asuhan",
# "ke-13ini") and a capitalised frequent Indonesian word ("Rp1.051.000Harga", "Putaran
# 3Kualifikasi"); never a unit or a model written short ("5G", "4K", "10x", "2nd", "100m",
# "50kg", "24fps", "700nits", "7i"), an id glued after letters ("KM95", "A320",
# "iPhone16") nor a figure inside a code or an address (a full stop, comma, slash or colon
# before it). A capitalised word is cut off only where the number ends a phrase begun
# by the word before it ("Pekan 16Arsenal", "Rp 1.051.000Harga", "nomor 502Makkah"): a
# number opening a phrase glued to a capitalised word is a name ("(18/6/2025) 10Asia
# mewartakan", "4Kids"). A lone "0" is the letter O typed as a digit ("210 0rang").
# With the capitalised words after a year these added 219 repairs over 7,517 articles
# of the shared corpus, all read, all right; the quantity parser then reads 20 counts it
# had missed with their noun ("150 buzzer", "228 saham", "18 kloter", "56 caps").
_GLUED_NUMBER = re.compile(
    r"(?:(?<![\w.,/:+-])|(?<=[A-Za-z]-))(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d{4,})"
    r"(?:([A-Z]{2,5})?([a-z]{3,}|di(?=[ \t]))|([A-Z][a-z]{2,}))\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"(?:(?:[A-Za-z]|Rp\.)[ \t]*|[A-Za-z]-)$")
#: A word glued to a number (not a year) is cut off when its Indonesian zipf is at least
#: this and it is not more English than Indonesian; from six letters a lower zipf does
#: ("18kloter" 3.3, "1endemik" 3.3, "11Muharram"), not below: three- and four-letter
#: words of zipf 3.0 to 3.5 are mostly codes and names ("rscm", "kbps", "niko") ...
NUMBER_TAIL_MIN_ZIPF = 3.5
NUMBER_TAIL_LONG_MIN_ZIPF = 3.0
NUMBER_TAIL_LONG_LEN = 6
#: ... or, a loan word ("buzzer" 3.1, "caps" 3.4, "developer" 3.6), when its Indonesian
#: zipf is at least this and its English zipf at least the next.
NUMBER_LOAN_MIN_ZIPF = 3.0
NUMBER_LOAN_MIN_EN_ZIPF = 3.0
#: Units and measures written short that a figure carries glued ("24fps", "700nits",
#: "6000rpm"); the quantity parser reads those it knows glued ("6000rpm", "5thn"). Not
#: counted things ("2pcs", "3pax"), which it reads only as "2 pcs".
_NUMBER_UNITS = frozenset({
    "fps", "nits", "rpm", "mph", "kph", "kmh", "bpm", "psi", "ppm", "mah", "mbps", "kbps",
    "gbps", "ghz", "mhz", "khz", "kwh", "whr", "lbs", "kcal", "kkal", "cal", "dpi",
    "ppi", "mdpl", "bbl", "ltr", "mnt", "dtk", "thn", "bln", "detik",
})


def _indonesian_number_word(word: str) -> bool:
    """Is ``word`` (lower case) a frequent enough Indonesian word after a number?"""
    if word in _NUMBER_UNITS or _is_english(word):
        return False
    least = NUMBER_TAIL_LONG_MIN_ZIPF if len(word) >= NUMBER_TAIL_LONG_LEN else NUMBER_TAIL_MIN_ZIPF
    return _lexicon().id_zipf.get(word, 0.0) >= least


def _number_word(word: str) -> bool:
    """May ``word`` (lower case) follow a number as a word of its own?"""
    if word in _NUMBER_UNITS:
        return False
    if _indonesian_number_word(word):
        return True
    # a loan word; not an English -ing form: a label's name ("artis 88rising")
    lex = _lexicon()
    return (
        len(word) >= 4
        and not word.endswith("ing")
        and lex.id_zipf.get(word, 0.0) >= NUMBER_LOAN_MIN_ZIPF
        and lex.en_zipf.get(word, 0.0) >= NUMBER_LOAN_MIN_EN_ZIPF
    )


def _number_tail(tail: str) -> tuple[str, ...] | None:
    """The words of what is glued after a number, or None to leave it."""
    if tail == "di" or _number_word(tail):
        return (tail,)
    parts = _split_lower(tail)
    if parts and _number_word(parts[0]):
        return tuple(parts)
    return None


def _number_repairs(text: str) -> Iterable[GlueRepair]:
    """A common word glued onto a number: "442jemaah" -> "442 jemaah", "2WNIyang" ->
    "2 WNI yang", "150buzzeruntuk" -> "150 buzzer untuk"."""
    for m in _GLUED_NUMBER.finditer(text):
        number, acronym, word, capitalised = m.groups()
        if number == "0" or _YEAR.fullmatch(number):
            continue  # (a year: _year_repairs)
        if capitalised is not None:
            low = capitalised.lower()
            if not _indonesian_number_word(low) or not _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            parts: tuple[str, ...] | None = (capitalised,)
        else:
            parts = _number_tail(word)
        if parts is None:
            continue
        yield GlueRepair(m.start(), m.end(), m.group(), " ".join(p for p in (number, acronym, *parts) if p))


# A word citing a site glued onto the site's name where a link was stripped ("kata Ivan
# kepadaKompas.com", "dilansirCNNIndonesia.com", "dikutip dariSpace.com"): 54 in the
# shared corpus, all a preposition, a verb (di-/me- forms) or a noun of citing before a
# capitalised domain. Not a site named with a common word ("kabarGarut.id",
# "detikNews.com").
_GLUED_DOMAIN = re.compile(
    r"(?<![\w./@-])([A-Za-z][a-z]{2,})([A-Z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org|tv|news)\b)"
)
# ... and before a domain in lower case, where the word and the site meet with no case
# transition ("Menukilmui.or.id", "lamankemenag.go.id", "darimerdeka.com": 11 in the
# shared corpus): only these citing words, the longest that leaves a name of three
# letters or more, are cut off.
_GLUED_LOWER_DOMAIN = re.compile(
    r"(?<![\w./@-])[A-Za-z][a-z0-9-]+(?:\.[a-z]{2,3})?\.(?:com|id|net|org|tv|news)\b(?![.\w/-])"
)
# (what is left after the word: a site's name of three characters or more)
_SITE_NAME = re.compile(r"[a-z][a-z0-9-]{2,}\.")
_LOWER_DOMAIN_CITING_WORDS = frozenset({
    "kepada", "dari", "melalui", "via", "lewat", "laman", "situs", "menukil", "dinukil", "mengutip",
    "dikutip", "melansir", "dilansir", "menurut",
})
_CITING_WORDS = frozenset({
    "kepada", "dari", "oleh", "melalui", "via", "lewat", "laman", "situs", "artikel", "catatan",
    "pantauan", "blog", "wawancara",
})
_CITING_VERB = re.compile(r"^(?:di|me[mn]?)[a-z]{4,}$")


def _domain_repairs(text: str) -> Iterable[GlueRepair]:
    """A citing word glued onto a domain: "kepadaLiputan6.com" -> "kepada Liputan6.com"."""
    repairs: list[GlueRepair] = []
    for m in _GLUED_DOMAIN.finditer(text):
        word, site = m.group(1), m.group(2)
        low = word.lower()
        if low in _CITING_WORDS or (_CITING_VERB.match(low) and _known(low)):
            repairs.append(GlueRepair(m.start(), m.end(), m.group(), f"{word} {site}"))
    for m in _GLUED_LOWER_DOMAIN.finditer(text):
        token = m.group()
        low = token.lower()
        word = max(
            (w for w in _LOWER_DOMAIN_CITING_WORDS if low.startswith(w) and _SITE_NAME.match(low, len(w))),
            key=len,
            default=None,
        )
        if word is not None:
            cut = len(word)
            repairs.append(GlueRepair(m.start(), m.end(), token, f"{token[:cut]} {token[cut:]}"))
    yield from sorted(repairs, key=lambda r: r.start)


# An outlet's own name glued to the words around it where its link was stripped
# ("Pantauandetikcomdi gedung KPK", "kepadaKompas.comsaat ditemui", "Okezonepun"): 189
# in the shared corpus's stored texts, all read, each cut where what is glued on is a
# word of its own (a weekday after it too: "PantauandetikcomRabu"); "detikcomxNMAX"
# stays. (The weekdays are kabar.analyze.temporal.WEEKDAY_NAMES, written again here:
# the clean stage imports nothing of the analysis.)
_GLUED_OUTLET = re.compile(
    r"(?<![\w./@-])([A-Za-z]*?)(detikcom|Kompas\.com|Okezone|SINDOnews|Liputan6\.com|Tribunnews\.com)([A-Za-z]*)(?![\w.])"
)
_WEEKDAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})


def _outlet_repairs(text: str) -> Iterable[GlueRepair]:
    """An outlet's name glued to a word before or after it (:data:`_GLUED_OUTLET`)."""
    for m in _GLUED_OUTLET.finditer(text):
        before, site, after = m.groups()
        if not before and not after:
            continue
        if before and not _known(before.lower()):
            continue
        if after and not ((after.islower() and len(after) >= 2 and _known(after)) or after in _WEEKDAYS):
            continue
        yield GlueRepair(m.start(), m.end(), m.group(), " ".join(p for p in (before, site, after) if p))


_TITLE_PAIR = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)")
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _title_pairs(title: str) -> dict[str, set[str]]:
    """Each capitalised word of a headline with the capitalised words after it ("Erick"
    -> {"Thohir"} of "Respons Erick Thohir Lihat Timnas")."""
    pairs: dict[str, set[str]] = {}
    for m in _TITLE_PAIR.finditer(title):
        pairs.setdefault(m.group(1), set()).add(m.group(2))
    return pairs


def _split_title_name(word: str, text: str, start: int, pairs: dict[str, set[str]]) -> tuple[str, str] | None:
    """``Thohiringin`` -> ``Thohir ingin`` after ``Erick`` when the headline writes
    ``Erick Thohir`` and ``ingin`` is a common word: the two words of a name as the
    headline writes them, the second glued to the next word. A headline capitalises
    every word, so one word of it alone ("Lihat", "Suka") would say nothing. Not a
    known word as a whole ("Israel Benjamin" under "Israel Ben Gvir")."""
    if _known(word.lower()):
        return None
    before = _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    for head in sorted(pairs.get(before.group(1), ()), key=len, reverse=True):
        if len(word) - len(head) >= NAME_ALONE_MIN_LEN and word.startswith(head) and _common_word(word[len(head):]):
            return head, word[len(head):]
    return None


def _refine_case_parts(
    word: str, parts: tuple[str, ...], runs: Counter[str], alone: set[str], inside: set[str], titled: set[str]
) -> tuple[str, ...]:
    """The pieces of a token cut at its case transitions, checked against the rest of the
    text: two capitalised pieces the text writes as one word elsewhere stay one
    ("HuaweiFreeBuds" beside "FreeBuds" is "Huawei FreeBuds", not "Huawei Free Buds"),
    and a capitalised piece that is a name the text writes alone glued to a common word
    is cut ("dilakukanDenadadi" beside "Denada" is "dilakukan Denada di"; see
    :func:`_split_name_written_alone`)."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1][:1].isupper() and part[:1].isupper():
            pair = joined[-1] + part
            if pair != word and runs[pair] and _split_token(pair, False) is None:
                joined[-1] = pair
                continue
        joined.append(part)
    out: list[str] = []
    for part in joined:
        named = None
        if part[:1].isupper() and part[1:].islower() and len(part) >= NAME_ALONE_MIN_LEN + 2:
            named = _split_name_written_alone(part, alone, inside, titled)
        out.extend(named or (part,))
    return tuple(out)


def _repeated_glue(word: str, parts: tuple[str, ...], evidenced: bool) -> bool:
    """Is a token the text writes twice or more still glue? A scrape often repeats a
    paragraph, glue and all ("Anungmengatakan", "Applejuga", "Migasdan" twice), but a
    name or a brand written twice is no accident ("Sadakata United", "MotionBank").
    Glue if it ends in a function word or an affixed verb and the cut rests on more than
    its letters: a name the text writes alone, the name before a verb, a run in lower
    case (no name) or a case transition (a glued name is not capitalised then split
    after a known head: "Sadakata" is "Sada kata" read without other evidence)."""
    tail = parts[-1].lower()
    if not (tail in FUNCTION_WORDS or _verb_tail(tail)):
        return False
    return evidenced or not (word[:1].isupper() and word[1:].islower())


# A numbered list whose line breaks were lost: each item's number glued to the end of
# the item before ("Dadan Kusdiana sebagai Komisaris5. Jisman ... sebagai Komisaris6.",
# "Direktur Utama2. Dwi ..."), which had made "Komisaris Independen10" a role. Cut only
# where the list shows: the number before or after it is so glued too ("Fold7 dan
# Flip7." are names). Of 259 such numbers in 69 articles of the shared corpus, 207 in
# 26 articles are so cut; 30 of those read, all list numbers.
_GLUED_LIST_NUMBER = re.compile(r"(?<=[A-Za-z])(\d{1,2})\.(?=[ \t\u2060\u00a0])")


# ... or to the full stop ending the item before ("saat penyaluran BSU dilakukan.5. Bukan
# anggota TNI", which had made "BSU dilakukan.5" a name): 45 in the shared corpus, all
# read, all list numbers.
_GLUED_STOP_NUMBER = re.compile(r"(?<=[a-z]{3})\.(\d{1,2})\.(?=[ \t]+[A-Z])")


def _list_number_repairs(text: str) -> Iterable[GlueRepair]:
    """A list item's number glued to the item before: "Komisaris5." -> "Komisaris 5.",
    "dilakukan.5. Bukan" -> "dilakukan. 5. Bukan"."""
    found = [(m, int(m.group(1))) for m in _GLUED_LIST_NUMBER.finditer(text)]
    numbers = {n for _m, n in found}
    repairs = [
        GlueRepair(m.start(1), m.end(1), m.group(1), f" {m.group(1)}")
        for m, n in found if n - 1 in numbers or n + 1 in numbers
    ] + [GlueRepair(m.start(1), m.end(1), m.group(1), f" {m.group(1)}") for m in _GLUED_STOP_NUMBER.finditer(text)]
    yield from sorted(repairs, key=lambda r: r.start)


# A day of the month glued to the word before it where a link was stripped
# ("Ramalanzodiak10 Juni 2025", "horoskopzodiak16 Juni", "ini19 Juni": the date had
# been read as the month alone). 11 in the shared corpus, all so. (The months are
# written again here, as the weekdays of _GLUED_OUTLET are.)
_GLUED_DAY = re.compile(
    r"(?<![\w.-])[A-Za-z]{3,}((?:[12]\d|3[01]|0?[1-9]))(?=[ \t]+(?:Januari|Februari|Maret|April|Mei|Juni|Juli"
    r"|Agustus|September|Oktober|November|Desember)\b)"
)


def _day_repairs(text: str) -> Iterable[GlueRepair]:
    """A day glued to the word before its month: "zodiak10 Juni" -> "zodiak 10 Juni"."""
    for m in _GLUED_DAY.finditer(text):
        yield GlueRepair(m.start(1), m.end(1), m.group(1), f" {m.group(1)}")


# A word glued to a reduplicated one: "Kalimantan Timurtiba-tiba diserang" (the place
# had been "Kalimantan Timurtiba"); the word before is capitalised or a known word, not
# an affix ("berhari-hari", "mengada-ada" are single words).
_GLUED_REDUPLICATION = re.compile(r"(?<![\w-])([A-Za-z]{3,}?)([a-z]{3,})-\2(?![\w-])")
_REDUPLICATION_PREFIXES = frozenset(
    ["ber", "ter", "per", "pen", "pem", "peng", "peny", "men", "mem", "meng", "meny", "memper", "diper", "sepe",
     "nge"]
)


_REDUPLICATION_VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "di", "ber", "ter")


def _reduplication_repairs(text: str) -> Iterable[GlueRepair]:
    """A word glued to the reduplicated word after it: "Timurtiba-tiba" -> "Timur
    tiba-tiba"."""
    for m in _GLUED_REDUPLICATION.finditer(text):
        head = m.group(1)
        if head.lower() in _REDUPLICATION_PREFIXES or not (head[0].isupper() or _known(head.lower())):
            continue
        tail = m.group(2)
        if _known((head + tail).lower()) or (tail[0] in "aeiou" and _known((head + tail[:2]).lower())):
            # a word of its own before the hyphen, or a cut in doubt: "tabunganak-anak" is
            # "tabungan anak-anak", not "tabung anak-anak"
            continue
        for prefix in _REDUPLICATION_VERB_PREFIXES:
            # the reduplicated verb's prefix is its own: "PBSImewanti-wanti" is "PBSI
            # mewanti-wanti", "Atiekdikejar-kejar" "Atiek dikejar-kejar"
            rest = head[: -len(prefix)]
            if not head.endswith(prefix) or len(rest) < 2:
                continue
            # (the affixed verb a known word, or the word before it written alone in the
            # text: "PBSI" beside "PBSImewanti-wanti")
            if (_known(prefix + tail) and (rest[0].isupper() or _known(rest.lower()))) or (
                    rest[0].isupper() and re.search(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text)):
                yield GlueRepair(m.start(), m.start() + len(rest), rest, rest + " ")
                break
        else:
            yield GlueRepair(m.start(), m.end(1), head, head + " ")


# The repairs of what is glued beside runs of letters (punctuation, figures, sites).
_BESIDE_RUNS = (
    _punctuation_repairs, _quote_repairs, _stop_repairs, _year_repairs, _number_repairs, _domain_repairs,
    _list_number_repairs, _outlet_repairs, _day_repairs, _reduplication_repairs,
)


def repair_glued(text: str, title: str = "") -> tuple[str, list[GlueRepair]]:
    """Insert the spaces lost where links were stripped.

    Returns the repaired text and the repairs, whose offsets refer to ``text``.
    Repairing the result again changes nothing. ``title`` is the article's headline
    (not part of ``text``): a name it writes is cut from the word glued to it ("Alyssa
    Daguisedi" under a headline naming "Alyssa Daguise" is "Alyssa Daguise di";
    :func:`_split_name_written_alone`), and from the word glued to its second word
    after the same first word ("Erick Thohiringin" under a headline naming "Erick
    Thohir" is "Erick Thohir ingin"; :func:`_split_title_name`).
    """
    if not text:
        return text, []
    runs = list(_candidate_runs(text))
    title_pairs = _title_pairs(title)
    counts: Counter[str] | None = None
    # the capitalised words of the text, of them those inside a sentence, and the words
    # of the headline the text never writes in lower case
    alone = set(_CAPITALISED_WORD.findall(text))
    inside = set(_CAPITALISED_INSIDE.findall(text))
    titled = set(_CAPITALISED_WORD.findall(title))
    if titled:
        lowered = set(_LOWER_WORD.findall(text))
        titled = {w for w in titled if w.lower() not in lowered}
    repairs: list[GlueRepair] = []
    for start, word in runs:
        parts: tuple[str, ...] | None = None
        capitalised = word[:1].isupper() and word[1:].islower()
        # the cut rests on more than the token's letters: a name the text writes alone or
        # the capitalised word before a name glued to a verb
        evidenced = False
        if capitalised and len(word) >= NAME_ALONE_MIN_LEN + 2:
            # a name written alone wins over any other reading: "Daguisetelah" beside
            # "Alyssa Daguise" is "Daguise telah", not "Dagui setelah"; from six letters
            # ("Putindi" beside "Vladimir Putin")
            parts = _split_name_written_alone(word, alone, inside, titled)
            evidenced = parts is not None
        if parts is None:
            parts = _split_token(word, _sentence_initial(text, start))
        if parts is None and word[:1].isupper() and len(word) >= 2 * NAME_ALONE_MIN_LEN:
            if capitalised:
                parts = _split_name_verb(word, text, start)
                evidenced = parts is not None
                parts = (
                    parts
                    or (_split_title_name(word, text, start, title_pairs) if title_pairs else None)
                    or _split_name_function_word(word, text, start)
                    or _split_english_head(word, text, start)
                    or _split_pair_name(word, text, start)
                    or _split_name_common_word(word, text, start)
                )
            else:
                parts = _split_acronym_name(word, inside) or _split_two_names(word, alone)
        if parts is None and word[:1].isupper() and (len(word) > LETTER_TAIL_MIN_LEN or word[1:2].isupper()):
            parts = _split_letter_glued(word, text, start)
        if parts is None:
            continue
        if counts is None:
            counts = Counter(w for _, w in runs)
        # written the same way twice: a name or brand, not an accident; unless the
        # glue is evident (see _repeated_glue)
        if counts[word] >= 2 and not _repeated_glue(word, parts, evidenced):
            continue
        if len(parts) > 2 or not word[1:].islower():
            parts = _refine_case_parts(word, parts, counts, alone, inside, titled)
            if len(parts) < 2:
                continue
        repairs.append(GlueRepair(start, start + len(word), word, " ".join(parts)))
    punctuation = [r for rule in _BESIDE_RUNS for r in rule(text)]
    if punctuation:
        # (two rules may repair one token: the first kept, "kepadaKompas.com")
        ordered, repairs = sorted(repairs + punctuation, key=lambda r: r.start), []
        for r in ordered:
            if not repairs or r.start >= repairs[-1].end:
                repairs.append(r)
    if not repairs:
        return text, []
    out: list[str] = []
    pos = 0
    for r in repairs:
        out.append(text[pos : r.start])
        out.append(r.replacement)
        pos = r.end
    out.append(text[pos:])
    return "".join(out), repairs
