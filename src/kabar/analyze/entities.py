"""Named entities (PERSON, ORG, LOC) of one clean article: the NER model plus rules.

:func:`find_entities` splits the text into sentences (:mod:`kabar.analyze.sentences`),
runs the shipped spaCy models (:func:`kabar.analyze.ner_model.load_ner`: the cased one,
and on sentences written without capitals the vote of the uncased ones,
:func:`kabar.analyze.ner_model.vote_entities`) on them in batches, and
corrects their output with rules that hold in Indonesian news:

* **roles** -- a role title, rank or honorific before or around a name makes the name
  a PERSON and keeps the title out of it ("Menteri Luar Negeri AS Antony Blinken",
  "Kombes Ferry Walintukan", "Kapolda Jabar Irjen Rudi Setiawan"), by
  :func:`kabar.analyze.roles.find_role_mentions`;
* **acronyms** -- "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the
  expansion and the acronym are one organisation (or place, when the model says so:
  "Nusa Tenggara Barat (NTB)"), and the acronym keeps that type everywhere in the
  text;
* **places** -- countries in Indonesian (pycountry's Indonesian translations and
  common short forms: "AS", "Tiongkok", "Korsel"), Indonesian provinces and regions
  are LOC where the model found nothing; a token the gazetteer marks as a known
  place right after "di", "ke" or "dari" is LOC too;
* **hyphenated names** -- "Kim Jong-un", "Choi Han-kyul", "Jean-Pierre" are kept
  whole (the tokenizer splits at the hyphen).

Offsets are character offsets into the text given. Each span says where it came
from: ``model``, ``rule`` or ``gazetteer``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kabar.analyze import roles
from kabar.analyze.conll import LOC, ORG, PERSON, Span
from kabar.analyze.ner_model import (
    gazetteer_labels,
    is_uncased,
    load_ner,
    load_uncased_members,
    set_voted_entities,
)
from kabar.analyze.sentences import SENTENCE_CONNECTIVES, split_sentences
from kabar.analyze.temporal import MONTHS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon written as a block of text."""
    return text.split()


ENTITY_LABELS = frozenset([PERSON, ORG, LOC])
SOURCES = frozenset(["model", "rule", "gazetteer"])
# Sentences per nlp.pipe batch: large enough that batching pays, small enough to keep
# memory flat on long articles (an article has ~20-60 sentences).
PIPE_BATCH = 64
# Longest acronym expansion looked at, in tokens before "(": "Kepala Pusat Data,
# Informasi, dan Komunikasi Kebencanaan Badan Nasional Penanggulangan Bencana" has 14.
MAX_EXPANSION_TOKENS = 16
# Acronyms are 2-10 characters with at least two capitals ("BMKG", "KPU", "PBNU",
# "BPJS", "OJK"); mixed-case short forms ("Kemenkes") are not matched by initials.
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]{1,9}$")
# Words that may sit inside an expansion without giving a letter.
_EXPANSION_CONNECTORS = frozenset(
    ["dan", "&", ",", "serta", "untuk", "dari", "of", "the", "and", "for", "de", "di", "-", "/"]
)
# First words of expansions that name documents, permits, programmes or measures,
# not bodies ("Izin Usaha Pertambangan (IUP)", "Rencana Kerja dan Anggaran Biaya
# (RKAB)", "Produk Domestik Bruto (PDB)"), nor posts ("Chief Operating Officer (COO)"),
# lowercase.
_NOT_ORG_HEADS = frozenset(
    _words(
        """izin rencana undang peraturan program sistem indeks produk surat kartu
        bantuan dana anggaran pajak tunjangan harga nomor kredit kawasan bahan
        tindak pembatasan penerimaan pendapatan pemutusan pelaksanaan penilaian
        operasi standar sertifikat laporan proyek obat alat tes uji pembangkit
        chief"""
    )
)
# The "label" of an acronym defined as one of those: no entity.
NOT_A_NAME = ""
# Legal forms written before a company name, part of it.
_COMPANY_PREFIXES = frozenset(["PT", "CV", "PERUM", "PD", "UD"])
# Suffixes and clitics written after a hyphen that are not parts of a name
# ("Zelensky-nya").
_NOT_NAME_PARTS = frozenset(["nya", "lah", "kah", "pun", "ku", "mu", "an", "in"])
# Place-cue prepositions before a gazetteer place.
_PLACE_CUES = frozenset(["di", "ke", "dari"])
# Words that, capitalised right before a country, make it part of an organisation or
# title the model did not find ("Bank Indonesia", "Timnas Indonesia").
_ORG_BEFORE_PLACE = roles.ORG_NOUNS | frozenset(
    ["timnas", "tim", "kedutaan", "kedubes", "konsulat", "universitas", "liga", "piala"]
)
# Capitalised at the start of a sentence, these are not part of a name before a place.
_FUNCTION_WORDS = frozenset(
    _words(
        """di ke dari dalam menurut sementara untuk bagi pada dan sedangkan seperti warga
        pemerintah presiden rakyat bahkan namun"""
    )
)
# Street words: "jalan Belitung" is an address, not the island.
_STREET_WORDS = frozenset(["jalan", "jl", "jln", "gang", "gg", "lorong"])
# Short forms and names used in Indonesian news for countries and regions, lowercase,
# besides pycountry's Indonesian names (chosen from the role lexicon's place list and
# the outlets' usage: AS for the United States, Korsel/Korut, Tiongkok).
_PLACE_ALIASES = """
as|amerika|amerika serikat|tiongkok|china|cina|rusia|korea selatan|korsel|korea utara|korut
inggris|britania raya|prancis|perancis|belanda|jerman|jepang|arab saudi|uni emirat arab|uea
iran|israel|palestina|gaza|tepi barat|ukraina|turki|mesir|suriah|irak|yaman|lebanon|qatar
taiwan|hong kong|vietnam|filipina|thailand|malaysia|singapura|brunei|myanmar|kamboja|laos
timor leste|australia|selandia baru|india|pakistan|bangladesh|afganistan|afghanistan
eropa|asia|afrika|amerika latin|timur tengah|asia tenggara|asia timur|asia selatan
asia pasifik|amerika utara|amerika selatan|indonesia|jakarta|dki jakarta|jawa|sumatera
sumatra|kalimantan|sulawesi|papua|bali|aceh|nusa tenggara barat|nusa tenggara timur
ntb|ntt|jabar|jateng|jatim|sumut|sumbar|sumsel|kaltim|kalbar|kalsel|kalteng|kaltara
sulsel|sulut|sulteng|sultra|sulbar|diy|daerah istimewa yogyakarta|yogyakarta|jogja
jawa barat|jawa tengah|jawa timur|banten|lampung|riau|kepulauan riau|kepri|jambi
bengkulu|bangka belitung|babel|gorontalo|maluku|maluku utara|papua barat|papua tengah
papua selatan|papua pegunungan|papua barat daya|sumatera utara|sumatera barat
sumatera selatan|kalimantan timur|kalimantan barat|kalimantan selatan|kalimantan tengah
kalimantan utara|sulawesi selatan|sulawesi utara|sulawesi tengah|sulawesi tenggara
sulawesi barat|bangka belitung|kepulauan bangka belitung|mentawai|kepulauan mentawai
"""


# Names of one place, the name it goes by first: a story's "UEA" and "Uni Emirat Arab",
# "AS" and "Amerika Serikat" are one place (the resolve stage joins them).
_PLACE_SYNONYMS = """
Indonesia|RI|Republik Indonesia|NKRI
Amerika Serikat|AS|Amerika|USA|US
Uni Emirat Arab|UEA
China|Tiongkok|Cina|RRT|RRC
Korea Selatan|Korsel
Korea Utara|Korut
Inggris|Britania Raya
Prancis|Perancis
Afghanistan|Afganistan
Sumatera|Sumatra
Daerah Istimewa Yogyakarta|DIY|Yogyakarta|Jogja|Yogya
Jawa Barat|Jabar
Jawa Tengah|Jateng
Jawa Timur|Jatim
Sumatera Utara|Sumut
Sumatera Barat|Sumbar
Sumatera Selatan|Sumsel
Kalimantan Timur|Kaltim
Kalimantan Barat|Kalbar
Kalimantan Selatan|Kalsel
Kalimantan Tengah|Kalteng
Kalimantan Utara|Kaltara
Sulawesi Selatan|Sulsel
Sulawesi Utara|Sulut
Sulawesi Tengah|Sulteng
Sulawesi Tenggara|Sultra
Sulawesi Barat|Sulbar
Nusa Tenggara Barat|NTB
Nusa Tenggara Timur|NTT
Kepulauan Riau|Kepri
Kepulauan Bangka Belitung|Bangka Belitung|Babel
"""


@functools.lru_cache(maxsize=1)
def _place_synonyms() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for line in _PLACE_SYNONYMS.strip().splitlines():
        names = [n.strip() for n in line.split("|")]
        for name in names:
            out[tuple(name.lower().split())] = names[0]
    return out


@functools.lru_cache(maxsize=1)
def _capital_synonyms() -> frozenset[str]:
    """The synonyms written in capitals only ("AS", "RI", "UEA", "US")."""
    return frozenset(n.strip().lower() for line in _PLACE_SYNONYMS.strip().splitlines()
                     for n in line.split("|") if n.strip().isupper())


def place_synonym(name: str) -> str | None:
    """The name a place written ``name`` goes by when it has several ("AS" ->
    "Amerika Serikat", "Jatim" -> "Jawa Timur"), else None. A short form written in
    capitals is that place only so written: "As" (a Spanish daily, "kata Zanetti di
    As") or "Us" is none."""
    if name.lower() in _capital_synonyms() and not name.isupper():
        return None
    return _place_synonyms().get(tuple(name.lower().split()))


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named entity: character offsets into the article text, text, type, source."""

    start: int
    end: int
    text: str
    label: str  # PERSON | ORG | LOC
    source: str  # model | rule | gazetteer

    def __post_init__(self) -> None:
        if self.label not in ENTITY_LABELS:
            raise ValueError(f"unknown entity label {self.label!r}")
        if self.source not in SOURCES:
            raise ValueError(f"unknown entity source {self.source!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntitySpan:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            label=str(data["label"]),
            source=str(data["source"]),
        )


@dataclass(slots=True)
class _Ent:
    """A span over the tokens of one Doc while rules run."""

    start: int
    end: int
    label: str
    source: str


def _model_ents(doc: Doc) -> list[_Ent]:
    """The model's entities of ``doc``, as the rules take them."""
    return [_Ent(e.start, e.end, e.label_, "model") for e in doc.ents]


# ---------------------------------------------------------------------------
# Lexicons


@functools.lru_cache(maxsize=1)
def place_names() -> dict[tuple[str, ...], str]:
    """Lowercased token tuples of countries and regions -> "LOC".

    pycountry's country names in Indonesian (name, common and official names), the
    Indonesian subdivisions it lists, and :data:`_PLACE_ALIASES`.
    """
    import gettext

    import pycountry

    names: set[str] = set()
    translate: Callable[[str], str]
    try:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["id"]
        ).gettext
    except OSError:  # pragma: no cover - pycountry always ships the Indonesian catalogue
        translate = str
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(translate(value))
    for sub in pycountry.subdivisions.get(country_code="ID") or []:  # type: ignore[no-untyped-call]
        names.add(sub.name)
    for line in _PLACE_ALIASES.strip().splitlines():
        names.update(name.strip() for name in line.split("|"))
    out: dict[tuple[str, ...], str] = {}
    for name in names:
        tokens = tuple(re.findall(r"\w+|[^\w\s]", name.lower()))
        # Names with commas or brackets ("Kepulauan Virgin, A.S.") are not written so
        # in running text.
        if tokens and all(t.isalnum() for t in tokens):
            out[tokens] = LOC
    return out


def never_a_name_word(word: str) -> bool:
    """Whether one word typed a place or an organisation stays so even beside a person
    whose full name contains it: a known place ("Lampung" in "... Polda Lampung"), an
    acronym ("BI") or an organisation noun ("Istana")."""
    return word.isupper() or word.lower() in roles.ORG_NOUNS or (word.lower(),) in place_names()


# ---------------------------------------------------------------------------
# Rules over one Doc


def _overlaps(a: _Ent, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _put(ents: list[_Ent], new: _Ent) -> None:
    """Add ``new``, dropping every span it overlaps."""
    ents[:] = [e for e in ents if not _overlaps(e, new.start, new.end)]
    ents.append(new)


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


# Nouns of buildings and institutions named after them: "Masjid An-Nur", "Pondok
# Pesantren Al-Hikmah", "Gereja Santo Yosef", "Jalan Ahmad Yani".
_NAMED_PLACE_NOUNS = frozenset(
    ["masjid", "musala", "musholla", "mushola", "gereja", "pura", "vihara", "klenteng", "pondok", "pesantren",
     "ponpes", "madrasah", "jalan", "jl", "hotel", "klinik", "stadion", "gelanggang", "taman", "lapangan"]
)


# An academic degree or title in its dotted short form ("M.Si", "S.H.", "Dr.", "Dra.",
# "M.Psi"): the model sometimes types one written beside a name as a person or body.
_DOTTED_DEGREE = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,4}\.?")


def _degree_rule(ents: list[_Ent], doc: Doc) -> None:
    """Drop person and organisation spans that are only a dotted degree."""
    ents[:] = [
        e for e in ents
        if e.label == LOC or not _DOTTED_DEGREE.fullmatch(doc[e.start : e.end].text.replace(" ", ""))
    ]


# A venue's word closing its name, in English ("Isa Bin Rashid Hall", "Gelora Arena",
# "Jakarta International Stadium"): a model "person" ending with one is the venue. In
# the corpus 34 such "people" become places, 33 venues (Dubai Mall, Suita Stadium, Neo
# Soho Mall, ...) and a website, no person either; "Dome" is left out (a missile
# shield's "Iron Dome"), and "Hall", a surname too ("Larry Hall, seorang pengusaha"),
# closes a venue's name only after two words or more.
_VENUE_TAILS = frozenset(
    ["Hall", "Arena", "Stadium", "Center", "Centre", "Tower", "Mall", "Plaza", "Convention", "Resort",
     "Airport", "Station", "Theatre", "Theater", "Building", "Gallery", "Museum", "Hotel"]
)  # fmt: skip


def _building_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A model "person" right after the noun of a building or institution ("di Masjid
    An-*Nur Supiori*") is that building's name, not someone: one place with the noun
    (the model's span of the noun, "Masjid An-", grown over it; else a new place). The
    hyphen rule would have made "An-Nur Supiori" a person. So is one closing with a
    venue's word (:data:`_VENUE_TAILS`)."""
    for e in list(ents):
        if (
            e.label == PERSON and e.source == "model" and doc[e.end - 1].text in _VENUE_TAILS
            and e.end - e.start >= (3 if doc[e.end - 1].text == "Hall" else 2)
        ):
            ents.remove(e)
            ents.append(_Ent(e.start, e.end, LOC, "rule"))
            continue
        if e.label != PERSON or e.source != "model" or e.start == 0:
            continue
        before = next(
            (o for o in ents if o.label != PERSON and o.end == e.start and doc[o.start].lower_ in _NAMED_PLACE_NOUNS),
            None,
        )
        if before is not None:
            ents.remove(before)
            ents.remove(e)
            ents.append(_Ent(before.start, e.end, before.label, "rule"))
        elif doc[e.start - 1].lower_ in _NAMED_PLACE_NOUNS and _is_cap(doc[e.start - 1].text):
            ents.remove(e)
            ents.append(_Ent(e.start - 1, e.end, LOC, "rule"))
        elif doc[e.start - 1].text in _PLACE_NOUNS_BEFORE and (e.start < 2 or doc[e.start - 2].lower_ not in ("wali", "kepala")):
            # "ke bandara Ben Gurion", "di pelabuhan Ashdod": the place's name
            ents.remove(e)
            ents.append(_Ent(e.start, e.end, LOC, "rule"))


# Nouns of places written in lower case before a place's name ("bandara Ben Gurion",
# "pelabuhan Ashdod", "pulau Gag"): a model "person" right after one is the place.
_PLACE_NOUNS_BEFORE = frozenset(
    ["bandara", "pelabuhan", "stasiun", "terminal", "stadion", "pulau", "gunung", "sungai", "danau", "selat",
     "teluk", "pantai", "kabupaten", "provinsi", "kecamatan", "kelurahan", "jalan", "jl."]
)  # fmt: skip


# Nouns of natural places and regions that open their names ("Pulau Gag", "Gunung
# Semeru", "Selat Hormuz", "Kabupaten Garut"): a span opening with one, capitalised, is
# a place, not someone. In the 92 articles of the Raja Ampat nickel story the model had
# typed "Pulau Gag", "Pulau Piaynemo" and "Geopark Raja Ampat" people, and the brief
# listed them among the people with a role ("Raja Ampat").
_PLACE_NOUNS = frozenset(
    ["pulau", "gunung", "sungai", "danau", "selat", "teluk", "tanjung", "bukit", "pantai", "kepulauan", "laut",
     "samudra", "lembah", "goa", "gua", "kabupaten", "provinsi", "kecamatan", "kelurahan", "dusun", "kampung",
     "kawah", "kaldera", "telaga", "curug", "kanal", "waduk", "bendungan"]
)  # fmt: skip
PLACE_HEADS = _PLACE_NOUNS | frozenset(["pulau-pulau", "pegunungan", "samudera", "geopark", "bandara", "bandar"])


# Capitalised words after a place noun taken for the place's name where nothing was
# found ("Pulau Gag", "Desa Lengau Seprang", "Kabupaten Raja Ampat").
MAX_PLACE_NAME_WORDS = 3
# A first word this common (wordfreq's Zipf) is no place's name but a phrase's
# ("Kabupaten Kota", "Kampung Bebas Narkoba", "Kabupaten Seluruh Indonesia"), unless it
# opens a known place ("Provinsi Bali", 5.3; "Kabupaten Raja Ampat"). Set on 3,500
# random corpus articles: 5.0 keeps "Pulau Gag" (3.3), "Gunung Semeru" (3.6), "Pulau
# Dewata" (3.8), and loses a few names of common words ("Pantai Air Manis", "Gunung
# Anak Krakatau").
PLACE_NAME_MAX_ZIPF = 5.0
_NOT_IN_PLACE_NAMES = frozenset(
    ["no", "rt", "rw", "nomor", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", *MONTHS]
)


def _place_head_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person span opening with a capitalised place noun (:data:`PLACE_HEADS`) is a
    place; so is such a noun and the capitalised words after it (up to
    :data:`MAX_PLACE_NAME_WORDS`, not another place noun) where no span is: "Aktivis
    berunjuk rasa soal Pulau Gag, Raja Ampat" (the model had found none there)."""
    for i, e in enumerate(ents):
        head = doc[e.start]
        if e.label == PERSON and head.lower_ in PLACE_HEADS and _is_cap(head.text) and e.end - e.start >= 2:
            ents[i] = _Ent(e.start, e.end, LOC, "rule")
    taken = {t for e in ents for t in range(e.start, e.end)}
    for tok in doc:
        if tok.i in taken or tok.lower_ not in _PLACE_NOUNS or not _is_cap(tok.text):
            continue
        end = tok.i + 1
        while (
            end < len(doc) and end - tok.i <= MAX_PLACE_NAME_WORDS and end not in taken
            and _is_cap(doc[end].text) and doc[end].is_alpha and doc[end].lower_ not in PLACE_HEADS
            and doc[end].lower_ not in _NOT_IN_PLACE_NAMES
            # (not words glued where a link was stripped: "SitoliGubernurSumatera")
            and (doc[end].text.isupper() or not any(c.isupper() for c in doc[end].text[1:]))
        ):
            end += 1
        name = tuple(t.lower_ for t in doc[tok.i + 1:end])
        if name and (
            roles.zipf(name[0]) < PLACE_NAME_MAX_ZIPF or name[0] in roles.PLACES
            or any(name[:k] in place_names() or name[:k] in roles.PLACES_NAMED_LIKE_TITLES
                   for k in range(1, len(name) + 1))
        ):
            ents.append(_Ent(tok.i, end, LOC, "rule"))
            taken.update(range(tok.i, end))


# Initials standing for someone's name, as Indonesian crime and accident news names
# victims and suspects ("berinisial AB (31), CD (45), dan EF (29)", "inisial Y, A,
# dan E", "M.H."): up to five capitals, dots allowed. Over 60 random corpus articles
# with "inisial", the model typed 27 of 100 such initials a person, 34 an organisation
# and missed 39; a company's ("berinisial PT AB") is none of them.
_INITIALS = re.compile(r"(?:[A-Z]\.){1,5}|[A-Z]{1,5}")
_INITIALS_CUES = frozenset({"inisial", "berinisial"})
_NOT_INITIALS = frozenset({"PT", "CV", "UD", "Tbk"})


def _initials_rule(doc: Doc, ents: list[_Ent]) -> None:
    """The initials after "(ber)inisial", and those listed with them, are people."""
    for cue in doc:
        if cue.lower_ not in _INITIALS_CUES:
            continue
        i = cue.i + 1
        while i < len(doc) and doc[i].is_space:
            i += 1
        while i < len(doc) and _INITIALS.fullmatch(doc[i].text) and doc[i].text not in _NOT_INITIALS:
            ents[:] = [e for e in ents if e.end <= i or e.start > i]
            ents.append(_Ent(i, i + 1, PERSON, "rule"))
            i += 1
            # an age in brackets, then a comma or "dan" before the next initials
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].like_num and doc[i + 2].text == ")":
                i += 3
            j = i
            while j < len(doc) and doc[j].lower_ in (",", "dan", "serta"):
                j += 1
            if j == i and not (i < len(doc) and _INITIALS.fullmatch(doc[i].text) and doc[i - 1].text == ")"):
                break
            i = j


# Nouns of places and routes named after a pair ("Bandara Soekarno-Hatta", "Jalan Tol
# Bakauheni-Terbanggi Besar", "Stasiun Tangerang-Batu Ceper", "rute Lombok-Bima").
_PAIR_NAMED_NOUNS = PLACE_HEADS | _NAMED_PLACE_NOUNS | frozenset(
    ["tol", "stasiun", "terminal", "jalur", "rute", "ruas", "bandar", "bandara", "jl."]
)


def _hyphen_rule(doc: Doc, ents: list[_Ent]) -> None:
    """Keep hyphenated names whole: "Kim Jong-un", "Choi Han-kyul", "Jean-Pierre"."""
    n = len(doc)
    for e in list(ents):
        if e.label != PERSON or e not in ents:
            continue
        start, end = e.start, e.end
        # Forwards: "Jong" "-" "un" with no space around the hyphen, or "- Kyul"
        # capitalised (pre-tokenised text).
        while end + 1 < n and doc[end].text == "-":
            part = doc[end + 1]
            glued = not doc[end - 1].whitespace_ and not doc[end].whitespace_
            if not part.is_alpha or part.lower_ in _NOT_NAME_PARTS:
                break
            if not (glued or _is_cap(part.text)):
                break
            end += 2
        # The model, thrown by the hyphen, often stops there: "Jean-Pierre | Raffarin".
        if end > e.end:
            while (
                end < n
                and end - start < roles.MAX_NAME_TOKENS + 2
                and doc[end].is_alpha
                and _is_cap(doc[end].text)
                and not any(o.label != PERSON and _overlaps(o, end, end + 1) for o in ents)
                and not roles.common_word(doc[end].lower_)
            ):
                end += 1
        # A span ending in the hyphen itself.
        if end - start > 1 and doc[end - 1].text == "-":
            if end < n and doc[end].is_alpha and doc[end].lower_ not in _NOT_NAME_PARTS:
                end += 1
            else:
                end -= 1
        # Backwards: "Jean" "-" "Pierre Dupont" where the model began at "Pierre".
        place = None
        while start >= 2 and doc[start - 1].text == "-":
            part = doc[start - 2]
            glued = not part.whitespace_ and not doc[start - 1].whitespace_
            if not (part.is_alpha and _is_cap(part.text) and (glued or _is_cap(doc[start].text))):
                break
            # a place or body the model ended at the hyphen ("Bandara Soekarno" -
            # "Hatta", "Jalan Soekarno" - "Hatta Bandung") is named after the pair: the
            # name after the hyphen is the rest of it, no one's
            place = next(
                (o for o in ents if o.label != PERSON and o.end == start - 1 and doc[o.start].lower_ in _PAIR_NAMED_NOUNS),
                None,
            )
            if place is not None:
                break
            start -= 2
        if place is not None and end == e.end:
            ents.remove(e)
            _put(ents, _Ent(place.start, end, place.label, "rule"))
            continue
        if (start, end) != (e.start, e.end):
            for other in ents:
                if other.label == PERSON and _overlaps(other, start, end):
                    start, end = min(start, other.start), max(end, other.end)
            _put(ents, _Ent(start, end, PERSON, "rule"))


# An English word at least this frequent (wordfreq's Zipf), and more English than
# Indonesian, is no word of a name in a pair: in the corpus such "pairs" were a list's
# name and status ("Trent Alexander-Arnold Transfer Out", "Jack Henry-Francis
# Released") or a product ("Hongqi Energy-Saving Vehicles"); the Indonesian names of
# pairs score under 2.3 ("Iskandar" 2.2, "Gibran" 2.2), "Al" of "Al Ghazali" is more
# Indonesian than English.
PAIR_ENGLISH_MAX_ZIPF = 4.3


def _pair_word(word: str) -> bool:
    """A capitalised word that may be part of a name in a pair (:func:`_pair_rule`)."""
    lower = word.lower()
    english = roles.zipf(lower, "en")
    return (
        word.isalpha() and _is_cap(word) and not roles.common_word(lower) and not affixed_common_word(lower)
        and not (english >= PAIR_ENGLISH_MAX_ZIPF and english > roles.zipf(lower, "id"))
    )


def _pair_rule(doc: Doc, ents: list[_Ent]) -> None:
    """Two people joined by a hyphen are two, not one: a running pair, a couple
    ("Prabowo Subianto-Gibran Rakabuming Raka", "Anies Baswedan-Muhaimin Iskandar", "Al
    Ghazali-Alyssa Daguise"), each side a name of two words or more; and a dash with a
    space on both sides joins no name's parts, more than one word on one side ("Giring
    Ganesha - Komisaris" in a list of appointments, "Prasasti Asmoro - Wulan Viano"). A
    side that is a title or a common word is no one; a known place stays a place
    ("Jakarta - Deddy Corbuzier", a dateline). One word on either side is a double
    surname or a hyphenated given name ("Trent Alexander-Arnold", "Jean-Pierre Raffarin",
    "Kim Jong-un") and stays whole."""
    for e in list(ents):
        if e.label != PERSON:
            continue
        dashes = [i for i in range(e.start + 1, e.end - 1) if doc[i].text in ("-", "–")]
        if len(dashes) != 1:
            continue
        h = dashes[0]
        sides = ((e.start, h), (h + 1, e.end))
        # (a spaced dash between two single words may be a tokenised hyphen: "Coke - Pit",
        # a band; "saif al - islam")
        spaced = (
            bool(doc[h - 1].whitespace_) and bool(doc[h].whitespace_) and e.end - e.start > 3
            and _is_cap(doc[e.start].text) and _is_cap(doc[h + 1].text)
        )
        if not spaced and not all(b - a >= 2 and all(_pair_word(t.text) for t in doc[a:b]) for a, b in sides):
            continue
        ents.remove(e)
        for a, b in sides:
            words = tuple(t.lower_ for t in doc[a:b])
            if words in place_names():
                ents.append(_Ent(a, b, LOC, "rule"))
            elif (
                _is_cap(doc[a].text) and not roles.match_head(roles.tokenize(doc[a:b].text), 0)[0]
                and not (b - a == 1 and not _pair_word(doc[a].text))
            ):
                ents.append(_Ent(a, b, PERSON, "rule"))


def _particle_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person's name goes on over a capitalised surname particle and the word after it
    (:data:`kabar.analyze.roles.CAPITAL_PARTICLES`): "Fabio" + "Di" + "Giannantonio" (a
    place: the model had read "di", in, and a place) is one person."""
    for e in list(ents):
        if e.label != PERSON or e not in ents:
            continue
        j = e.end if doc[e.end - 1].text in roles.CAPITAL_PARTICLES and e.end - e.start > 1 else e.end + 1
        if j == e.end + 1 and not (e.end < len(doc) and doc[e.end].text in roles.CAPITAL_PARTICLES):
            continue
        if j >= len(doc) or not (doc[j].is_alpha and _is_cap(doc[j].text)) or roles.common_word(doc[j].lower_):
            continue
        nxt = next((o for o in ents if o.start == j), None)
        end = nxt.end if nxt is not None else j + 1
        _put(ents, _Ent(e.start, end, PERSON, "rule"))


# Companies' legal forms written after their names abroad: no person's name ends so.
FOREIGN_LEGAL_FORMS = frozenset(["ltd", "inc", "llc", "corp", "gmbh", "plc", "bhd", "pte"])


def _plausible_name(span: Any) -> bool:
    """A name found after a title: capitalised words, not a known place or body only.

    Initials ("A.", "K") and short acronyms are left out: after a title they are more
    often an academic suffix or a unit than a name.
    """
    words = [t for t in span if t.is_alpha]
    if not words or not _is_cap(span.text) or len(span.text) < 3:
        return False
    if len(words) == 1 and (
        len(words[0]) < 3 or words[0].text.isupper() or roles.common_word(words[0].lower_)
    ):
        return False
    if words[-1].lower_ in FOREIGN_LEGAL_FORMS:
        # "Direktur Wilmar [Trading Pte Ltd]": the company the title is of
        return False
    marks = {m.split("-")[0] for t in span for m in t.tag_.split("|") if m}
    return not (marks and PERSON not in marks)


def _role_org(doc: Doc, ents: list[_Ent], mention: roles.RoleMention) -> None:
    """The organisation or place in a role phrase ("Kabid Humas *Polda Sumut*",
    "Menteri Luar Negeri *AS*"), where the model found nothing: ORG when it starts
    with an organisation noun or is an acronym, LOC when it is a known place."""
    if not mention.org or mention.role_end <= mention.role_start:
        return
    at = doc.text.find(mention.org, mention.role_start, mention.role_end)
    if at < 0:
        return
    span = doc.char_span(at, at + len(mention.org), alignment_mode="expand")
    if span is None or not _is_cap(span.text):
        return
    if any(_overlaps(e, span.start, span.end) for e in ents):
        return
    words = tuple(t.lower_ for t in span)
    if words in place_names() or place_synonym(span.text) is not None:
        # (a country's short form too: "Menteri Luar Negeri RI" had made "RI" an
        # organisation beside the place "RI" of "Presiden RI")
        label = LOC
    elif len(words) == 1 and words[0] in roles.NEEDS_COMPLEMENT:
        return  # ("Kepala Sekretaris Kabinet Yoshimasa Hayashi": a noun alone names nothing)
    elif words[0] in roles.ORG_NOUNS or (
        len(span) == 1 and span.text.isupper() and len(span.text) > 1
    ):
        label = ORG
    else:
        return
    ents.append(_Ent(span.start, span.end, label, "rule"))


def _title_acronym_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person span of the model that starts with the acronym of an organisation,
    after a title or a known one ("Gubernur *BI Perry Warjiyo*", "Ketua *KPK Setyo
    Budiyanto*", "Departemen Komunikasi *BI Ramdan Denny Prakoso*"): the acronym is the
    organisation, the rest the person. ("KH Ma'ruf Amin" keeps its honorific.)"""
    for ent in list(ents):
        if ent.label != PERSON or ent.end - ent.start < 3:
            continue
        first = doc[ent.start]
        after_title = ent.start > 0 and doc[ent.start - 1].lower_ in roles.ROLE_WORDS
        if (first.is_alpha and first.text.isupper() and 2 <= len(first.text) <= 8
                and (after_title or first.lower_ in roles.ORG_NOUNS)
                and doc[ent.start + 1].text[:1].isupper()):
            ents.remove(ent)
            ents.append(_Ent(ent.start + 1, ent.end, PERSON, ent.source))
            ents.append(_Ent(ent.start, ent.start + 1, ORG, "rule"))


# Legal forms written before a company's name: a title ending with one is followed by
# the company's name, not a person's ("Komisaris PT Gag Nikel"; a title ending with
# "Tbk", after the name, is followed by someone's: "Director PT X Tbk Reza ...").
COMPANY_FORMS = frozenset({"PT", "CV", "UD", "PD", "PERUM"})


def _role_rule(doc: Doc, ents: list[_Ent]) -> None:
    """Names that come with a role, rank or honorific are PERSON, without the title."""
    text = doc.text
    if not text:
        return
    names = [(doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1]), e.label) for e in ents]
    for mention in roles.find_role_mentions(text, names):
        _role_org(doc, ents, mention)
        if mention.name is None or mention.name_end <= mention.name_start:
            continue
        title = doc.char_span(mention.start, mention.name_start, alignment_mode="contract")
        if title is not None:
            # a "person" that opens the title before the name and ends inside it is
            # the title ("[Ps Kasubdit Gakkum Ditlantas Polda Lampung], Kompol Yerru
            # Wandono"), an acting prefix before it included; one further inside is
            # someone the title names ("kuasa hukum [Nikita], Fahmi Bachmid")
            first = title.start - (title.start > 0 and doc[title.start - 1].lower_.rstrip(".") in roles.ACTING_PREFIXES)
            ents[:] = [
                e for e in ents
                if not (e.label == PERSON and e.start in (first, title.start) and e.end <= title.end)
            ]
        if title is not None and len(title) and title[-1].text.rstrip(".").upper() in COMPANY_FORMS:
            # "Komisaris PT Gag Nikel": the company the title is of, no one's name
            continue
        span = doc.char_span(mention.name_start, mention.name_end, alignment_mode="expand")
        if span is None or not _plausible_name(span):
            continue
        mention_start = doc.char_span(mention.start, mention.name_end, alignment_mode="expand")
        first = mention_start.start if mention_start is not None else span.start
        # A model ORG/LOC over the name stands unless it also takes the title words
        # ("Kapolda Jabar Irjen Rudi" as ORG): then the title made the model wrong.
        if any(
            e.label != PERSON and _overlaps(e, span.start, span.end) and e.start < first
            for e in ents
        ):
            continue
        if any(
            e.label != PERSON and _overlaps(e, span.start, span.end) and e.start == span.start
            for e in ents
        ):
            continue
        if any(e.label == PERSON and e.start == span.start and e.end >= span.end for e in ents):
            continue  # the model has the name (perhaps longer: "Zelensky-nya" cut it)
        # A model span covering the whole role phrase as ORG ("Kapolda Jabar Irjen X")
        # gives way; one only overlapping the name is replaced.
        _put(ents, _Ent(span.start, span.end, PERSON, "rule"))


# Lists of names ("Jepang: Ayumu Seko, Kota Takai, Keisuke Osako (Mao Hosoya 69'),
# ..."): items are parted by these, a bracket after an item is its note (a substitute,
# a party, a minute).
_LIST_SEPARATORS = frozenset([",", ";", ":"])
_LIST_JOINERS = frozenset(["dan", "serta", "&"])
# Items in a run of names, people among them, and people for each other name typed,
# before the run is taken for a list of people: lineups, casts and lists of suspects are
# such lists; a run of places ("Jakarta, Bandung, Surabaya"), of parties or of brands
# has few people in it. Set on the lists of 1,500 random articles of the shared corpus:
# with two people and no ratio, brand and zodiac lists turned into people.
LIST_MIN_ITEMS = 3
LIST_MIN_PEOPLE = 4
LIST_PEOPLE_PER_OTHER = 4
# Longest item (tokens) taken for one name.
LIST_MAX_NAME_TOKENS = 4
# A one-word item that is this common an English word is no name ("File, Edit, View",
# a menu the model read as people): wordfreq's English Zipf ("file" 5.0, "sales" 4.9;
# "lunga", "stanisic" below 2).
LIST_ENGLISH_WORD_ZIPF = 4.5


def _name_words(doc: Doc, start: int, end: int) -> bool:
    return 0 < end - start <= LIST_MAX_NAME_TOKENS and all(_is_cap(t.text) and t.is_alpha for t in doc[start:end])


def _after_brackets(doc: Doc, i: int) -> int:
    """The index after the bracket opened at ``i`` closes (or the end)."""
    depth = 0
    for j in range(i, len(doc)):
        depth += doc[j].text == "("
        depth -= doc[j].text == ")"
        if depth == 0:
            return j + 1
    return len(doc)


def _list_items(doc: Doc) -> list[list[tuple[int, int]]]:
    """Runs of at least :data:`LIST_MIN_ITEMS` consecutive list items that are names
    (capitalised words, each item's bracketed note left out), as token spans."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j < n and doc[j].text not in _LIST_SEPARATORS and doc[j].text != "(" and (
            j == i or doc[j].lower_ not in _LIST_JOINERS
        ):
            j += 1
        start = i + 1 if i < j and doc[i].lower_ in _LIST_JOINERS else i
        end = j
        if j < n and doc[j].text == "(":
            j = _after_brackets(doc, j)
            if j < n and doc[j].text not in _LIST_SEPARATORS:
                end = start  # the text goes on after the note: no list item
        heading = j < n and doc[j].text == ":"  # "Atletico Madrid: Jan Oblak; ...": the list's label
        if _name_words(doc, start, end) and not heading:
            run.append((start, end))
        else:
            # a list may close before words ("..., dan Jay Idzes sejak awal")
            tail = start
            while tail < end and tail - start < LIST_MAX_NAME_TOKENS and _is_cap(doc[tail].text) and doc[tail].is_alpha:
                tail += 1
            if run and start < tail < end:
                run.append((start, tail))
            if len(run) >= LIST_MIN_ITEMS:
                runs.append(run)
            # a list may open after words ("diperkuat Emil Audero, Justin Hubner, ...")
            head = end
            while head > start and end - head < LIST_MAX_NAME_TOKENS and _is_cap(doc[head - 1].text) and doc[head - 1].is_alpha:
                head -= 1
            run = [(head, end)] if start < head < end and not heading else []
        i = j + 1 if j < n and doc[j].text in _LIST_SEPARATORS else max(j, start + 1)
    if len(run) >= LIST_MIN_ITEMS:
        runs.append(run)
    return runs


def _list_rule(doc: Doc, ents: list[_Ent]) -> None:
    """In a list of people, an item the model typed an organisation or a place, or of
    which it typed only a part so ("Emil [Audero]"), is a person. Only items with such a
    span are retyped (an untyped word in a list may be anything: a zodiac sign, a brand),
    and only in a list of at least :data:`LIST_MIN_PEOPLE` people and
    :data:`LIST_PEOPLE_PER_OTHER` times as many people as other names (a list of car
    brands with a few read as people is no list of people); never a known place, an
    acronym, an item with a title or an institution's noun ("Gubernur Jawa Barat",
    "Bank Indonesia") or opening with a common word ("Yaitu Joko", "Tekanan Darah")."""
    if len(doc) < 2 * LIST_MIN_ITEMS or not any(t.text in _LIST_SEPARATORS for t in doc):
        return
    places = place_names()
    for run in _list_items(doc):
        person = [any(e.label == PERSON and e.start == s and e.end == t for e in ents) for s, t in run]
        other = [
            [e for e in ents if e.label != PERSON and s <= e.start and e.end <= t] for s, t in run
        ]
        people, others = sum(person), sum(bool(o) for o in other)
        if people < LIST_MIN_PEOPLE or people < LIST_PEOPLE_PER_OTHER * others:
            continue
        for (s, t), is_person, inside in zip(run, person, other, strict=True):
            if is_person or not inside:
                continue
            words = doc[s:t]
            lower = [w.lower_ for w in words]
            if (
                tuple(lower) in places or words.text.isupper() or roles.common_word(lower[0])
                or any(w in roles.ORG_NOUNS or w in _NAMED_PLACE_NOUNS or w in roles.ROLE_WORDS or w in roles.EN_TITLE_HEADS for w in lower)
                or (len(lower) == 1 and roles.zipf(lower[0], "en") >= LIST_ENGLISH_WORD_ZIPF)
            ):
                continue
            if any(_overlaps(e, s, t) and (e.start < s or e.end > t) for e in ents):
                continue  # a span reaching out of the item: not this item's name
            _put(ents, _Ent(s, t, PERSON, "rule"))


def expansion_matches(acronym: str, words: Sequence[str]) -> bool:
    """Whether the capitals of ``acronym`` are the initials of ``words`` in order.

    Content words give their first letter; connectors ("dan", ",") may give nothing.
    Every content word must give one letter.
    """
    letters = [c for c in acronym.upper() if c.isalnum()]
    memo: dict[tuple[int, int], bool] = {}

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        key = (i, j)
        if key in memo:
            return memo[key]
        word = words[j]
        ok = False
        if word.lower() in _EXPANSION_CONNECTORS:
            ok = match(i, j + 1) or (
                i < len(letters) and word[:1].upper() == letters[i] and match(i + 1, j + 1)
            )
        elif i < len(letters) and word[:1].upper() == letters[i]:
            ok = match(i + 1, j + 1)
        memo[key] = ok
        return ok

    return match(0, 0)


def _acronym_definitions(doc: Doc, ents: list[_Ent]) -> dict[str, str]:
    """Mark "Expansion (ACR)" pairs; returns acronym -> label for the rest of the text."""
    found: dict[str, str] = {}
    n = len(doc)
    for i in range(1, n - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not _ACRONYM.match(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        best: int | None = None
        lo = max(0, i - MAX_EXPANSION_TOKENS)
        for start in range(i - 1, lo - 1, -1):
            word = doc[start].text
            if not (_is_cap(word) or word.lower() in _EXPANSION_CONNECTORS):
                break
            if _is_cap(word) and expansion_matches(acronym, [t.text for t in doc[start:i]]):
                best = start
        if best is None:
            continue
        label = ORG
        for e in ents:
            if e.start == best and e.end == i and e.label != ORG:
                label = e.label
        cued = doc[best].lower_ in roles.ORG_NOUNS or any(
            (e.start, e.end) in ((best, i), (i + 1, i + 2)) for e in ents
        ) or any(t.lower_ in _ENGLISH_BODY_WORDS for t in doc[best:i])
        expansion = tuple(t.lower_ for t in doc[best:i])
        if (
            doc[best].lower_ in _NOT_ORG_HEADS or acronym.lower() in _NOT_NAMES
            or " ".join(expansion) in _NOT_NAMES  # "Lintang Selatan (LS)"
            # a rank spelled out: "Ajun Komisaris Besar Polisi (AKBP) Dedi"
            or expansion in roles.RANKS.get(expansion[0], ())
        ):
            # "Izin Usaha Pertambangan (IUP)", "Pembangkit Listrik Tenaga Nuklir (PLTN)":
            # a permit, a programme or a kind of plant, no name here or where the short
            # form is used again
            ents[:] = [e for e in ents if not (best <= e.start and e.end <= i + 3)]
            found[acronym] = NOT_A_NAME
            continue
        if not cued:
            continue  # "Air Conditioning (AC)"
        if best > 0 and doc[best - 1].text.rstrip(".").upper() in _COMPANY_PREFIXES:
            best -= 1  # "PT Anugerah Surya Pratama (ASP)": the company form is in the name
        if label == ORG and tuple(t.lower_ for t in doc[best:i]) in place_names():
            label = LOC
        _put(ents, _Ent(best, i, label, "rule"))
        _put(ents, _Ent(i + 1, i + 2, label, "rule"))
        found[acronym] = label
    return found


def _expansions_after(doc: Doc, ents: list[_Ent]) -> None:
    """A short form that names nothing, spelled out in brackets after it ("identitas NIK
    (Nomor Induk Kependudukan)", "SIM (Surat Izin Mengemudi)"): no name in the brackets
    (the model had read "Induk Kependudukan" as a person)."""
    n = len(doc)
    for i in range(n - 3):
        if doc[i + 1].text != "(" or doc[i].lower_ not in _NOT_NAMES or not doc[i].text.isupper():
            continue
        close = next((k for k in range(i + 2, min(n, i + 2 + MAX_EXPANSION_TOKENS)) if doc[k].text == ")"), None)
        if close is not None and expansion_matches(doc[i].text, [t.text for t in doc[i + 2:close]]):
            ents[:] = [e for e in ents if not (i + 2 <= e.start and e.end <= close)]


# Words of a body's name written in English, anywhere in an expansion before its
# short form: the OECD's in full, "World Health Organization (WHO)", "International
# Monetary Fund (IMF)" (the model had made the first word, "Organization", a person,
# and nothing else cued the body).
_ENGLISH_BODY_WORDS = frozenset(
    _words(
        """organization organisation association federation agency council commission committee
        authority union fund bank nations ministry department bureau office institute foundation
        corporation company alliance court forum"""
    )
)


# A short form made of syllables, in brackets after the organisation it stands for:
# "Badan Pendapatan Daerah (Bapenda)", "Badan Pengelola Investasi Daya Anagata
# Nusantara (Danantara)", "Kementerian Perhubungan (Kemenhub)". The initials rule needs
# capitals; the model types such words as people or places.
_SYLLABIC = re.compile(r"^[A-Z][a-z]{3,14}$")


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def short_form_of(short: str, words: Sequence[str]) -> bool:
    """Whether ``short``'s letters run in order through ``words`` (lower case), its
    first letter opening one of them ("Kejagung" of "kejaksaan agung")."""
    return any(w.startswith(short[0].lower()) for w in words) and _subsequence(short.lower(), "".join(words))


def _body_name_start(doc: Doc, i: int) -> int | None:
    """Where the body's name ending before token ``i`` starts: the first of its organisation
    nouns in the run of capitalised words and connectors before ``i`` ("[Badan]
    Pendapatan Daerah"), else None."""
    start = None
    k = i - 1
    while k >= max(0, i - MAX_EXPANSION_TOKENS) and (_is_cap(doc[k].text) or doc[k].lower_ in _SHORT_FORM_CONNECTORS):
        if doc[k].lower_ in roles.ORG_NOUNS and _is_cap(doc[k].text):
            start = k
        k -= 1
    return start


def _short_form_definitions(doc: Doc, ents: list[_Ent]) -> dict[str, str]:
    """Mark "Name (Shortform)" where the short form is one capitalised word whose letters
    run in order through the name and whose first letter opens one of its words: the
    name being an entity the model read (the short form takes its type: "Jakarta Timur
    (Jaktim)" a place, "Heri Gunawan (Hergun)" a person), else a run of capitalised
    words opening with an organisation's noun ("Badan Pendapatan Daerah (Bapenda)").
    Returns short form -> type for the rest of the text."""
    found: dict[str, str] = {}
    ending = {e.end: e for e in ents if e.end - e.start >= 2}
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _SYLLABIC.match(doc[i + 1].text):
            continue
        short = doc[i + 1].text
        if short.lower() in _LEGAL_FORM_WORDS or roles.common_word(short.lower()) or short.lower() in roles.RANK_WORDS:
            continue  # "(Persero)", "(Laksma)": a legal form or a rank, no name
        named = ending.get(i)
        # (scanned: the name is a body's whose span this rule finds and puts, not the model's)
        scanned = named is None or (named.label == PERSON and doc[named.start].lower_ not in _BODY_OPENERS)
        if named is not None and not scanned:
            # the model's name; one opening with a body's or a building's noun
            # ("Kementerian Luar Negeri (Kemlu)" read as a person, "Gedung Jaksa Agung
            # Muda ... (Jampidsus)" as a place) has the body's short form
            start: int | None = named.start
            label = ORG if doc[named.start].lower_ in _BODY_OPENERS else named.label
        else:
            start, label = _body_name_start(doc, i), ORG
            if named is not None and (
                start is None or any(t.lower_ in roles.ROLE_WORDS for t in doc[start:named.start])
            ):
                # a person with no body's noun before, or a title between ("Anggota Komisi
                # X DPR Rudi Santoso (Rusan)"): the person's nickname; else a
                # "person" inside a body's name ("Badan Pengelola Investasi [Daya Anagata
                # Nusantara] (Danantara)"): the body's short form
                start, label = named.start, PERSON
        if start is None or i - start < 2:
            continue
        if scanned and start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in _COUNTING_WORDS):
            continue  # "memiliki 1 Pusat Kesehatan Masyarakat (Puskesmas)": a kind, counted
        starts = [start]
        if named is not None and not scanned and start == named.start and start >= 2 and doc[start - 1].text in _HYPHENS:
            # a name the model read as two, joined by a hyphen: "Tol Bakauheni-Terbanggi
            # Besar (Bakter)" runs through both
            joined = next((e for e in ents if e.end == start - 1 and e.label == named.label), None)
            if joined is not None:
                starts.append(joined.start)
        start = next((s for s in starts if _short_form_of(short, doc, s, i)), None)
        if start is None:
            continue
        if scanned and label == ORG:
            _put(ents, _Ent(start, i, ORG, "rule"))
        _put(ents, _Ent(i + 1, i + 2, label, "rule"))
        found[short] = label
    return found


_HYPHENS = frozenset(["-", "\u2013", "\u2014"])


def _short_form_of(short: str, doc: Doc, start: int, end: int) -> bool:
    """Whether ``short``'s letters run in order through the words of ``doc[start:end]``,
    its first letter opening one of them."""
    return short_form_of(short, [t.lower_ for t in doc[start:end] if t.is_alpha])


# Words counting what follows: a kind of body, not one body ("setiap Pusat Kesehatan
# Masyarakat (Puskesmas)").
_COUNTING_WORDS = frozenset(["sebuah", "satu", "setiap", "tiap", "beberapa", "para", "sejumlah", "seluruh", "semua"])
# First words of a name whose short form is a body's whatever the model typed the name.
_BODY_OPENERS = frozenset(
    ["kementerian", "badan", "dinas", "gedung", "kantor", "komisi", "lembaga", "direktorat", "institute", "institut"]
)
# Words inside a body's written-out name before its short form: an expansion's, but no
# comma ("Kecamatan Kotabunan, Kabupaten Bolaang Mongondow Timur (Boltim)" is two
# places), slash or place preposition.
_SHORT_FORM_CONNECTORS = _EXPANSION_CONNECTORS - {",", "/", "de", "di"}


def _named_body_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A "person" inside the written-out name of a body, after "dan" or a comma, before
    its short form ("Asosiasi Petani Kopi dan [Kakao] (Aspekindo)", "Asosiasi Petani
    Kopi, [Kakao] dan Teh Indonesia (Aspekindo)"): a word of the name, which a short
    form made of syllables kept the initials rule from finding. The name is then the
    organisation, from its noun ("Asosiasi") to the bracket."""
    n = len(doc)
    for ent in list(ents):
        if ent.label != PERSON or ent.start == 0 or doc[ent.start - 1].lower_ not in ("dan", ",", "&", "serta"):
            continue
        close = ent.end
        while close < n and close - ent.end <= MAX_EXPANSION_TOKENS and (
            _is_cap(doc[close].text) or doc[close].lower_ in _EXPANSION_CONNECTORS
        ):
            close += 1
        if not (close + 2 < n and doc[close].text == "(" and _ACRONYM.match(doc[close + 1].text)
                and doc[close + 2].text == ")"):
            continue
        if close == ent.end and doc[ent.start - 1].text == ",":
            continue  # "Kepala Kantor Pajak Bogor, Rudi Hartono (RH)": a person
        head = ent.start - 1
        while head > 0 and ent.start - head <= MAX_EXPANSION_TOKENS and doc[head].lower_ not in roles.ORG_NOUNS and (
            _is_cap(doc[head - 1].text) or doc[head - 1].lower_ in _EXPANSION_CONNECTORS
        ):
            head -= 1
        if doc[head].lower_ not in roles.ORG_NOUNS or not _is_cap(doc[head].text):
            continue
        if any(t.lower_ in roles.ORG_NOUNS for t in doc[head + 1:close]) or any(
            e is not ent and e.start < close and head < e.end and e.start != head for e in ents
        ):
            continue  # a list of bodies ("..., Biro Narkotika, Bea Cukai, Dewan ...")
        ents[:] = [e for e in ents if not (e.start < close and head < e.end)]
        ents.append(_Ent(head, close, ORG, "rule"))


def _acronym_uses(doc: Doc, ents: list[_Ent], known: dict[str, str]) -> None:
    """Other mentions of acronyms defined in the text get the same type."""
    if not known:
        return
    for token in doc:
        label = known.get(token.text)
        if label is None:
            continue
        if label == NOT_A_NAME:
            ents[:] = [e for e in ents if (e.start, e.end) != (token.i, token.i + 1)]
            continue
        covering = [e for e in ents if _overlaps(e, token.i, token.i + 1)]
        if covering and any(e.end - e.start > 1 for e in covering):
            continue  # part of a longer name ("Kantor BMKG Bandung")
        _put(ents, _Ent(token.i, token.i + 1, label, "rule"))


def _place_rule(doc: Doc, ents: list[_Ent]) -> None:
    """Countries and regions the model left out are LOC; a place the model cut short of
    a known longer one ("Papua Barat" of "Papua Barat Daya") is that one."""
    names = place_names()
    starts = {e.start for e in ents}
    for i, e in enumerate(ents):
        if e.label != LOC:
            continue
        for extra in (2, 1):
            end = e.end + extra
            if (
                end <= len(doc) and not any(k in starts for k in range(e.end, end))
                and all(_is_cap(t.text) for t in doc[e.end:end])
                and tuple(t.lower_ for t in doc[e.start:end]) in names
            ):
                ents[i] = _Ent(e.start, end, LOC, "rule")
                break
    taken = [False] * len(doc)
    for e in ents:
        for k in range(e.start, e.end):
            taken[k] = True
    i = 0
    n = len(doc)
    while i < n:
        if taken[i] or not _is_cap(doc[i].text):
            i += 1
            continue
        matched = 0
        for length in range(min(4, n - i), 0, -1):
            words = tuple(t.lower_ for t in doc[i : i + length])
            if words in names and not any(taken[i : i + length]):
                matched = length
                break
        if not matched:
            i += 1
            continue
        # Short forms only in capitals ("AS", not the word "as" or "As").
        if matched == 1 and len(doc[i]) <= 3 and not doc[i].text.isupper():
            i += 1
            continue
        prev = doc[i - 1] if i else None
        following = doc[i + matched] if i + matched < n else None
        # Part of a longer name the model missed ("Bank Indonesia", "Grand Indonesia",
        # "MTV Indonesia Music Award", "Jl Belitung"): a capitalised word before (not
        # at the start of the sentence) or after, or a hyphen glued on.
        prev_word = prev.text.lstrip("-–—") if prev is not None else ""
        glued_to_name = (
            prev_word.isalpha()
            and (
                (_is_cap(prev_word) and prev_word.lower() not in _FUNCTION_WORDS)
                or prev_word.lower() in _STREET_WORDS
            )
        ) or (
            following is not None
            and (
                (_is_cap(following.text) and following.is_alpha)
                or (following.text == "-" and not doc[i + matched - 1].whitespace_)
            )
        )
        if not glued_to_name:
            ents.append(_Ent(i, i + matched, LOC, "rule"))
            for k in range(i, i + matched):
                taken[k] = True
        i += matched


def _gazetteer_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A "di/ke/dari X" where X is one capitalised token the gazetteer knows as a place."""
    taken = {k for e in ents for k in range(e.start, e.end)}
    for token in doc[1:]:
        i = token.i
        if i in taken or not _is_cap(token.text) or not token.is_alpha:
            continue
        if doc[i - 1].lower_ not in _PLACE_CUES:
            continue
        if i + 1 < len(doc) and (doc[i + 1].i in taken or _is_cap(doc[i + 1].text)):
            continue  # a longer name the model did not take: leave it
        marks = token.tag_.split("|") if token.tag_ else []
        if "LOC-S" in marks and not any(m.startswith(("PERSON", "ORG")) for m in marks):
            ents.append(_Ent(i, i + 1, LOC, "gazetteer"))


# Words that are no entity on their own: currencies ("IDR", "Ringgit": the model reads
# them as organisations in exchange-rate reports) and companies' legal forms ("Persero"
# of "PT PLN (Persero)").
_CURRENCIES = frozenset(
    ["idr", "usd", "eur", "jpy", "cny", "rmb", "sgd", "myr", "gbp", "aud", "hkd", "krw", "thb", "sar", "aed", "inr",
     "chf", "cad", "vnd", "rupiah", "ringgit", "dolar", "dollar", "yen", "yuan", "renminbi", "baht", "peso",
     "rupee", "riyal", "dirham", "poundsterling"]
)  # fmt: skip
_LEGAL_FORM_WORDS = frozenset(["pt", "cv", "tbk", "persero", "perum", "perseroda", "ud"])
# Punctuation that ends or opens a sentence or clause, never a name's end.
_EDGE_PUNCTUATION = frozenset(["?", "!", ".", ",", ";", ":", "?!", "..."])
# Signs written before an amount, which no name ends with (nor is one alone).
CURRENCY_SIGNS = frozenset(["rp", "rp.", "us$", "usd", "idr", "s$", "€", "$", "£", "¥"])
# A word all in lower case, which no name in text written with capitals ends with.
_LOWER_TAIL = re.compile(r"[a-z]+")
# Marks that may stand before a sentence's first word, and after its last.
_SENTENCE_OPENING_MARKS = frozenset("\"“”'‘’«([-–—")
_SENTENCE_CLOSING_MARKS = frozenset("\"”'’»)]")
# A letter and a full stop (a token): at a sentence's end, a label's letter and the
# sentence's full stop ("Serie B."), not an initial.
_LETTER_AND_STOP = re.compile(r"[A-Z]\.")


def title_only(words: Sequence[str]) -> bool:
    """Whether ``words`` are a title with what it heads and no name: "Jaksa Agung",
    "Kapolda Jabar", "Wamen ATR", "Direktur Utama PLN"."""
    lower = [w.lower() for w in words]
    if len(lower) > 1 and lower[0].rstrip(".") in roles.ACTING_PREFIXES | roles.FORMER:
        words, lower = words[1:], lower[1:]  # "Plt Kepala Dinas", "Ps Kasubdit", "Mantan Menkominfo"
    heads = roles.HEADS.get(lower[0], [])
    head = next((h for h, _ in heads if tuple(lower[: len(h)]) == h), None)
    if head is None:
        return False
    places = place_names()
    return all(
        w.isupper() or low in roles.PORTFOLIO_WORDS or low in roles.ORG_NOUNS or low in roles.DIRECTION_WORDS
        or low in roles.ROLE_WORDS or (low,) in places
        for w, low in zip(words[len(head) :], lower[len(head) :], strict=True)
    )


# A time of day ("IMSAK 04:17", "DUHA 06.27": prayer times read as organisations) and
# a weekday alone ("Sabtu" typed a person) are in no name. (Months are: "Juni", "Mei".)
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
# a field of an agency's feed pasted into the text, its name glued to its figure: BMKG's
# "Lok:5.84 LS" and "Kedlmn:5 Km" had been a person and a place
_FEED_FIELD = re.compile(r"[^\W\d_]+:\d")
_WEEKDAYS = frozenset(["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu"])
# Holidays and diseases the model reads as people or organisations ("Idul Adha" typed a
# person in six of 150 random stories, "COVID" an organisation in four): no one's name,
# with or without a year after them ("Lebaran 2025").
_NOT_NAMES = frozenset(
    ["idul fitri", "idulfitri", "idul adha", "iduladha", "idul kurban", "lebaran", "lebaran haji", "ramadan",
     "ramadhan", "natal", "imlek", "tahun baru imlek", "nyepi", "waisak", "paskah", "jumat agung", "maulid nabi",
     "isra miraj", "isra mikraj", "tahun baru", "tahun baru islam", "hari raya", "hari raya idul fitri",
     "hari raya idul adha", "hari kemerdekaan", "malam tahun baru",
     "covid", "covid-19", "covid19", "omicron", "sars", "sars-cov-2", "mers", "hiv", "aids", "hiv/aids", "tbc",
     "dbd", "ispa", "gerd", "mpox", "ebola", "polio", "hmpv",
     # interjections opening a sentence ("Yuk intip potret ...": a person in 25 mentions
     # of 1,500 random corpus articles)
     "yuk", "ayo", "yah", "nah", "wah", "lho", "loh", "duh", "terima", "oh", "eh",
     # ... and colloquial words opening one ("Gak cuma donat, ...": a person, then the
     # speaker a "katanya" after it was carried to)
     "gak", "ga", "nggak", "enggak", "engga", "ngga", "udah", "udh", "aja", "emang", "kayak", "gimana",
     # an English sentence opener ("Kick off Malaysia vs Vietnam pukul 20.00 WIB"), and
     # a feed's mark of a revised report ("#Gempa (UPDATE) Mag:4.5")
     "kick", "kick off", "kick-off", "update",
     # ... and a tournament's second place opening a sentence ("Runner up Piala X itu
     # ...": a person of a badminton story)
     "runner", "runner up", "runner-up",
     # ... and "ahead of" opening a sentence ("Jelang musim 2025/2026, ...": a place of a
     # transfer story; 24 of the 131 stored texts with the word had typed it a place)
     "jelang", "menjelang",
     # the months of the Hijri calendar and the fasts named after their days ("puasa
     # Ayyamul Bidh Dzulhijjah 1446 H": two people of one brief)
     "muharram", "muharam", "safar", "rabiul awal", "rabiul akhir", "jumadil awal", "jumadil akhir",
     "syaban", "sya'ban", "syawal", "dzulqaidah", "dzulqa'dah", "zulkaidah", "dzulhijjah", "zulhijah",
     "ayyamul bidh", "tasyrik", "hari tasyrik",
     # formulas of prayer and praise ("Innalillahi wainna ilaihi rojiun", "Amin
     # Allahumma Amin", "bertemu dengan Rabbmu") read as people
     "innalillahi", "inna lillahi", "innalillahi wa inna ilaihi rojiun", "allahumma", "allahumma amin",
     "aamiin", "amiin", "alhamdulillah", "insyaallah", "insya allah", "masyaallah", "masya allah",
     "subhanallah", "bismillah", "astagfirullah", "astaghfirullah", "rabbmu", "rabbku", "wallahu a'lam",
     # ... and the words of the Prophet cited ("sebagaimana Hadits ...": a person of one brief)
     "hadits", "hadis", "hadist",
     # the words of a quake's coordinates ("7,12 Lintang Selatan dan 110,05 Bujur Timur"): no place
     "lintang selatan", "lintang utara", "bujur timur", "bujur barat",
     # nor its scales ("skala III MMI (Modified Mercalli Intensity)": a person in 2 of
     # the 6 corpus articles naming it); not "LS", "BT" or "SR", also suspects' initials
     "modified mercalli intensity", "mmi", "skala richter", "skala mmi"]
) | frozenset(
    # Short forms of documents, permits, laws, taxes, budgets, programmes, measures,
    # classes of goods and of people, which the model types as organisations ("IUP",
    # "RKAB", "Perpres", "UMKM", "SUV", "TKDN", "EBITDA", "WNA"; a police report and its
    # papers, "LP", "BAP", "SPDP"; a corruption offence, "TPK"; a test, "PCR"; a
    # hearing, "RDP", "RDPU"; a dismissal, "PTDH"; a police escort, "Patwal"; the video
    # referee, "VAR"): no one in who's who.
    # (Not "ICE", the US agency; not "MRT" or "KRL", services run by companies.)
    _words(
        """iup iupk rkab amdal perpres perppu permen perda pergub perbup perwal kuhp kuhap uu pp nik ktp sim stnk
    bpkb npwp nib skck pma pmdn apbn apbd pdb ppn pph bbnkb tkdn umkm bbm lpg cpo suv mpv lcgc bev phev hev
    adas cbu ckd ebitda rups rupst rupslb kur bsu thr phk ott tppu umr ump umk blt pkh mbg csr otr gdp cagr
    yoy ytd qoq ipo eps roe roa pbv kpr kkb iot cctv atm otp qris nfc cvt rpm kwh gps usb led lcd
    aph lsm asn pns wni wna spbu spklu tps ppkm hp tkw tki
    lp bap dpo tkp spdp sprindik sp3 tpk pcr ili rdp rdpu ptdh patwal var"""
    )
)
_TRAILING_YEAR = re.compile(r"\s+\d{4}$")
# A capitalised common word made from a root by affixes ("Mengadili", the heading of a
# verdict, typed an organisation in 12 mentions of one story; "Dihadiri", "Kekalahan",
# "Menurutku") is no name: Indonesian at least AFFIXED_MIN_ZIPF, English below
# AFFIXED_EN_MAX_ZIPF ("Diana", "Teresa"), a root of AFFIXED_ROOT_MIN_LEN letters or
# more ("Dimas" is no "di" + "mas", "Berlin" no "ber" + "lin") and in no gazetteer
# ("Bekasi", whose letters read as "be" + "kasi", is a city).
AFFIXED_MIN_ZIPF = 3.0
AFFIXED_EN_MAX_ZIPF = 3.0
AFFIXED_ROOT_MIN_LEN = 4
_AFFIX_STARTS = ("me", "be", "di", "te", "pe", "ke", "se")
_NOUN_PREFIXES = ("pe", "ke", "se")
_NOUN_SUFFIXES = ("an", "nya", "kan", "kah", "ku", "mu")


@functools.lru_cache(maxsize=1)
def _sastrawi() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@functools.lru_cache(maxsize=8192)
def affixed_common_word(word: str) -> bool:
    """Whether ``word`` is a common Indonesian word with affixes, not a name (see
    :data:`AFFIXED_MIN_ZIPF`)."""
    low = word.lower()
    if not low.isalpha() or not low.startswith(_AFFIX_STARTS):
        return False
    if low.startswith(_NOUN_PREFIXES) and not low.endswith(_NOUN_SUFFIXES):
        # "pe-", "ke-", "se-" alone start names too: clubs ("Persela", "Persib")
        return False
    if roles.zipf(low) < AFFIXED_MIN_ZIPF or roles.zipf(low, "en") >= AFFIXED_EN_MAX_ZIPF:
        return False
    root = str(_sastrawi().stem(low))
    if root == low or len(root) < AFFIXED_ROOT_MIN_LEN or (low,) in place_names():
        return False
    from kabar.analyze.ner_model import gazetteer_labels

    return not gazetteer_labels([low])


# Words citing another outlet or website right before its name ("dikutip dari AP",
# "seperti dilansir Xinhua", "Mengutip Tech Target", "melansir dari Carnewschina").
# The model types such names as people or places: in 4,000 random corpus articles, of
# 413 names right after one, 27 were typed people (AP, Crash, Koreaboo, Soccerway,
# Xinhua ...; one a journalist, Fabrizio Romano) and 27 places (New York Post, Soompi,
# Times of India ..., all outlets or websites).
_CITING_WORDS = frozenset(["dilansir", "melansir", "lansir", "mengutip", "dikutip", "diwartakan", "disitat"])
# ... and "data" before a one-word "person": the source of the figures ("Data Bloomberg
# pada Senin menunjukkan ..."; in 1,500 random corpus articles, 3 one-word people after
# it, Bloomberg twice and the pilgrims' system Siskohat, and no person).
_DATA_WORDS = frozenset(["data"])


def _cited_source_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A name right after a citing word (:data:`_CITING_WORDS`, "dari" allowed after
    it) is an outlet's or a website's: a place or a one-word person so typed becomes an
    organisation; so does a one-word person after "data" (:data:`_DATA_WORDS`). A person
    of two or more words is kept (a journalist or an expert can be cited: "dilansir dari
    Fabrizio Romano")."""
    for i, e in enumerate(ents):
        if e.label == ORG or (e.label == PERSON and e.end - e.start > 1):
            continue
        at = e.start - 1
        if at >= 0 and doc[at].lower_ == "dari":
            at -= 1
        cited = at >= 0 and doc[at].lower_ in _CITING_WORDS and (doc[at].lower_ != "dikutip" or at < e.start - 1)
        data = e.label == PERSON and e.start >= 1 and doc[e.start - 1].lower_ in _DATA_WORDS
        if cited or data:
            ents[i] = _Ent(e.start, e.end, ORG, "rule")


# Words for a national team before its country's name ("Timnas Indonesia", "Timnas
# Jepang"): the team, an organisation, not "Timnas" and a place.
_NATIONAL_TEAM_WORDS = frozenset(["timnas"])


def _national_team_rule(doc: Doc, ents: list[_Ent]) -> None:
    """"Timnas" and the place after it are one organisation: the country's team (the
    model read "Timnas" and "Indonesia" apart in 20 of 1,500 random corpus articles, or
    only the place); after "timnas" in lower case the place alone is the team."""
    merged: set[int] = set()  # the "Timnas" spans taken into their team's
    for i, e in enumerate(ents):
        if e.label != LOC or e.start == 0 or doc[e.start - 1].lower_ not in _NATIONAL_TEAM_WORDS:
            continue
        covering = [k for k, other in enumerate(ents) if other.start <= e.start - 1 < other.end]
        if (covering and ents[covering[0]].start != e.start - 1) or len(covering) > 1:
            continue  # "Timnas" inside a longer name
        if not doc[e.start - 1].text[:1].isupper():
            # "timnas Qatar": the team, named by its country (a name opens capitalised)
            ents[i] = _Ent(e.start, e.end, ORG, "rule")
            continue
        ents[i] = _Ent(e.start - 1, e.end, ORG, "rule")
        merged.update(covering)
    ents[:] = [e for k, e in enumerate(ents) if k not in merged]


_DECIMAL = re.compile(r"\d+[.,]\d+")


def _slashed_code(doc: Doc, end: int) -> bool:
    """Whether a slash glued to the span's end opens a run of slashed parts with a
    figure: a numbered letter's or report's code, not a name."""
    if end >= len(doc) or doc[end].text != "/" or doc[end - 1].whitespace_:
        return False
    i = end
    while i < len(doc):
        if any(c.isdigit() for c in doc[i].text):
            return True
        if doc[i].whitespace_:
            return False
        i += 1
    return False


# Words (as written) that end the name of an event named after a place: "Jakarta Fair",
# "Hong Kong Open", "Indonesia Masters", "Singapore Airshow": the place before them is
# the event's name, no place the text is about.
_EVENT_HEADS = frozenset(["Fair", "Open", "Expo", "Festival", "Masters", "Marathon", "Airshow", "Summit", "Week",
                          "Championship", "Championships", "Motor", "Fashion", "Grand"])
# An all-capitals word this long, alone, may be shouting rather than an acronym.
SHOUTED_WORD_MIN_CHARS = 6


def _shouted_words(doc: Doc, e: _Ent, words: list[str], lower: list[str]) -> bool:
    """Whether a span is ordinary Indonesian words written in capitals (a caption's or
    a post's shouting: "MASA LALU", "PAGI HARI", "ATMOSFER"): every word a root word of
    the language (Sastrawi's list), none marked by the gazetteers nor the whole a known
    organisation; one word alone at least ``SHOUTED_WORD_MIN_CHARS`` long, as acronyms
    ("PAN", "SAR", "KUR") are short."""
    if not all(w.isalpha() and w.isupper() and len(w) >= 3 for w in words):
        return False
    if len(words) == 1 and (len(words[0]) < SHOUTED_WORD_MIN_CHARS or e.start == 0):
        # (nor a dateline's city, "BANDUNG - ...", "MALANG, ...": words of the language too)
        return False
    roots = roles.indonesian_roots()
    return (
        all(w in roots for w in lower)
        and not any(doc[k].tag_ for k in range(e.start, e.end))
        and " ".join(lower) not in known_organisations()
    )


def _not_a_name_rule(doc: Doc, ents: list[_Ent]) -> None:
    """Drop spans that name no one: a currency, a legal form alone, a weekday alone, a
    common word with affixes alone (:func:`affixed_common_word`), a holiday or a disease
    (:data:`_NOT_NAMES`), the platform X alone, and anything with a percent sign ("Bank
    Indonesia Tahan Suku Bunga di 5,75%", a headline) or a time of day ("IMSAK 04:17"). (A title alone typed
    a person, "Menkes", stays here: the speaker of "Menkes menyebut" is
    found through it and named by the role; the brief leaves it out of its people,
    :func:`title_only`.)"""
    kept = []
    for e in ents:
        words = [t.text for t in doc[e.start : e.end]]
        lower = [w.lower() for w in words]
        if any("%" in w or _CLOCK_TIME.fullmatch(w) or _FEED_FIELD.match(w) for w in words) or all(
            w in _LEGAL_FORM_WORDS for w in lower
        ):
            continue
        if len(lower) == 1 and (lower[0] in _CURRENCIES or lower[0] in _WEEKDAYS or affixed_common_word(words[0])):
            continue
        if "".join(words) in ("X", "X."):
            continue  # the platform ("diunggah di X", "akun X"); "berinisial X" is put back last
        if lower[0] in _CURRENCIES and any(c.isdigit() for c in lower[-1]):
            continue  # a price ("menguat 2,15% ke USD 301,40")
        if len(lower) == 2 and lower[0] in ("grup", "group") and len(words[1].rstrip(".")) == 1:
            continue  # a tournament's group ("Grup A", "Grup H")
        if _slashed_code(doc, e.end):
            continue  # a letter's or report's number ("LP/B/731/VI/2025/SPKT")
        if _TRAILING_YEAR.sub("", " ".join(lower)) in _NOT_NAMES:
            continue
        if len(lower) > 1 and _DECIMAL.fullmatch(lower[0]) and " ".join(lower[1:]) in _NOT_NAMES:
            continue  # a coordinate ("7,15 Lintang Selatan")
        if _shouted_words(doc, e, words, lower):
            continue  # a caption's shouting ("MASA LALU", "CONTOH TELADAN", "ATMOSFER")
        if e.end < len(doc) and doc[e.end].text in _EVENT_HEADS and e.label != PERSON:
            continue  # the first words of an event's name ("[Jakarta] Fair 2025", "[Hong Kong] Open")
        kept.append(e)
    ents[:] = kept


# Name particles written in lower case inside a name ("Saif al-Islam", "Robin van
# Persie", "Ahmad bin Said"), kept where a person's name ends or starts.
_LOWER_NAME_WORDS = roles._NAME_PARTICLES | {"la", "le", "del", "della", "ibn", "abu"}
_LOWER_EDGE_WORD = re.compile(r"[a-z][a-z'-]*")


def _lowercase_edge_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person the model read over a lower-case word next to the name ("Vidi menghapus",
    "Guardiola nihil", "Sugiono via", "Boleh gak") in a sentence written with capitals:
    the name without it; nothing when what is left of it is a common word ("Boleh",
    "Oke") or nothing. (A name written all in lower case is left to the model.)"""
    kept = []
    for e in ents:
        start, end = e.start, e.end
        if e.label == PERSON and any(t.text[:1].isupper() for t in doc[start:end]):
            # (not the piece of a word a broken character split: "G ? ? mez")
            while end - start > 1 and _lower_edge(doc[end - 1].text) and doc[end - 2].is_alpha:
                end -= 1
            while end - start > 1 and _lower_edge(doc[start].text) and doc[start + 1].is_alpha:
                start += 1
            if (start, end) != (e.start, e.end) and end - start == 1 and (
                _lower_edge(doc[start].text) or roles.common_word(doc[start].text.lower())
            ):
                continue
        kept.append(e if (start, end) == (e.start, e.end) else _Ent(start, end, e.label, e.source))
    ents[:] = kept


# A figure written with separators, opening what the model read as a name: "80 persen,
# [2.615.300 Keluarga Penerima Manfaat] (KPM)" is a count of families, the name
# after it (a name opening with a figure has none: "7-Eleven", "21 Cineplex").
_SEPARATED_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d+)+")


def _figure_edge_rule(doc: Doc, ents: list[_Ent]) -> None:
    """An entity opening with a figure written with separators (:data:`_SEPARATED_FIGURE`)
    starts after it."""
    ents[:] = [
        _Ent(e.start + 1, e.end, e.label, e.source)
        if e.end - e.start > 1 and _SEPARATED_FIGURE.fullmatch(doc[e.start].text) else e
        for e in ents
    ]


def _lower_edge(word: str) -> bool:
    return bool(_LOWER_EDGE_WORD.fullmatch(word)) and word not in _LOWER_NAME_WORDS


# English nouns that end an organisation's name ("Civil Defense Force", "Federal
# Aviation Administration", "Associated Press"): a capitalised run the model typed a
# person that ends with one is an organisation. (Not "Court", "Guard", "Bank", "Union",
# "Times", "Council" (the blues singer Floyd Council), "Press", "Party": surnames too.)
ENGLISH_ORG_HEADS = frozenset({
    "force", "forces", "agency", "administration", "committee", "authority", "department",
    "ministry", "bureau", "commission", "office", "services", "association", "federation",
    "organization", "organisation", "parliament", "assembly", "senate", "congress", "corporation",
    "company", "foundation", "institute", "university", "college", "hospital", "airlines", "airways",
    "network", "command", "coalition", "alliance", "associations",
    # clubs, and towns and malls written in English ("Man City", "Hull City", "Gandaria
    # City", "Ho Chi Minh City"): none a person
    "city", "united", "fc",
    # newspapers and agencies ("Mehr News" 4 times a person in 1,500 random corpus
    # articles; "Kronen Zeitung", "Jerusalem Post")
    "news", "zeitung", "times", "post", "journal", "gazette", "herald", "tribune", "telegraph",
    # companies' legal forms ("Wilmar Trading Pte Ltd", "Apple Inc"), no one's name
    "ltd", "limited", "inc", "corp", "llc", "plc", "gmbh", "pte", "bhd",
    # firms of partners and groups' holding companies ("Assegaf Hamzah & Partners")
    "partners", "holdings",
    # events named in English, and their organisers ("Indo Defence Expo & Forum", "MIA
    # Conference", a travel firm's "Hannien Tour": 4 people of 1,500 random corpus
    # articles, none anyone's name); an event is kept with the bodies, kabar's types
    # having none of their own
    "expo", "forum", "conference", "summit", "festival", "awards", "championships", "tour",
})


# Plural articles opening a team's nickname: "Gli Azzurri", "Los Blancos", "Les Bleus"
# (typed people 21, 9 and 3 times in about 4,000 corpus articles). "Les" only before a
# plural: "Les Ferdinand" is a footballer.
_PLURAL_ARTICLES = frozenset(["gli", "los", "las"])
# ... of at most this many words: "[Los Blancos Xabi Alonso]" after "Pelatih" is the
# team and its coach, which the article-level pass parts.
NICKNAME_WORDS = 3


ORGANISATIONS_FILE = "data/organisations.txt"


@functools.lru_cache(maxsize=1)
def known_organisations() -> frozenset[str]:
    """The organisations of ``kabar/data/organisations.txt`` (names of two words or
    more, and a few one-word names of companies and media), lowercased, one space
    between words."""
    from importlib import resources

    lines = (resources.files("kabar") / ORGANISATIONS_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(" ".join(line.lower().split()) for line in lines if line.strip() and not line.startswith("#"))


def _known_organisations(entities: list[EntitySpan]) -> list[EntitySpan]:
    """An entity that is exactly a known organisation's name (:func:`known_organisations`:
    "Al Hilal", "River Plate", "Wilmar Group") is an organisation, whatever the model
    typed it. In 1,500 random corpus articles 36 mentions were typed people or places,
    Al Hilal 16 times. Read on the finished mentions, not among the rules over the
    model's spans: the model's span may hold a score the rules cut later ("Al Hilal
    1-1")."""
    known = known_organisations()
    return [
        EntitySpan(e.start, e.end, e.text, ORG, "rule")
        if e.label != ORG and " ".join(e.text.lower().split()) in known else e
        for e in entities
    ]


# Head nouns of firms' names that end the firm's part of a run-on with a person's name
# (besides ENGLISH_ORG_HEADS): "... Wealth Management Josh Brown", "... Capital Ray Dalio".
_RUN_ON_HEADS = frozenset(["management", "securities", "capital", "group", "ventures", "investments", "advisors"])


def _english_org_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person span of two or more capitalised words ending with an English
    organisation noun (:data:`ENGLISH_ORG_HEADS`) is an organisation, and so is one
    opening with a plural article (:data:`_PLURAL_ARTICLES`, "Les" before a plural):
    a team's nickname."""
    for i, e in enumerate(ents):
        words = doc[e.start : e.end]
        if e.label != PERSON or len(words) < 2 or not all(t.text[:1].isupper() or t.text == "&" for t in words):
            continue
        nickname = len(words) <= NICKNAME_WORDS and (
            words[0].lower_ in _PLURAL_ARTICLES or (words[0].lower_ == "les" and words[1].lower_.endswith("s"))
        )
        if words[-1].lower_.rstrip(".") in ENGLISH_ORG_HEADS or nickname:
            ents[i] = _Ent(e.start, e.end, ORG, "rule")
            continue
        # a firm's name and its chief's run together ("CEO Ritholtz Wealth Management
        # Josh Brown"): the organisation up to its head noun, a name of two words or
        # more after it
        heads = [k for k in range(1, len(words) - 2) if words[k].lower_ in ENGLISH_ORG_HEADS | _RUN_ON_HEADS]
        if heads:
            k = e.start + heads[-1] + 1
            ents[i] = _Ent(e.start, k, ORG, "rule")
            ents.append(_Ent(k, e.end, PERSON, e.source))


# Honorifics that make, with the name after them, the name a person is known by ("Bung
# Karno", "Bung Hatta", "Bung Tomo"), which the model and the role rules leave out.
BYNAME_HONORIFICS = frozenset(["Bung"])


def in_named_body(word: str) -> bool:
    """Whether ``word``, right before a byname ("Yayasan Bung Karno", "Gelora Bung
    Karno", "Universitas Bung Hatta"), makes it part of a body's or a place's name."""
    low = word.lower()
    return low in roles.ORG_NOUNS or low in _PLACE_NOUNS or low in _NAMED_PLACE_NOUNS or low in _NAME_NOUNS or low == "gelora"


# A company's name and its foreign legal form, with a country code between them
# ("TikTok Nusantara (SG) Pte. Ltd.", "Maybank Sdn Bhd", "Nvidia Corp."): the model
# took the bracketed code for a person ("SG") and left the rest out.
_COMPANY_WITH_FORM = re.compile(
    r"(?<![\w&-])[A-Z][\w&.'-]*(?:\s+(?:[A-Z0-9][\w&.'-]*|&|of|and|de))*?"
    r"(?:\s+\([A-Z]{2,5}\))?\s+(?:Pte\.?\s+Ltd|Sdn\.?\s+Bhd|Ltd|Inc|LLC|Corp|GmbH|PLC|Plc)\b\.?"
    # (not where the name goes on: "Room Inc Hotel" is a hotel)
    r"(?!\s*[A-Z])"
)


# A country's air force, navy, army or armed forces, the country's name after it
# ("Angkatan Udara Israel" had been a place, "Angkatan Laut AS" a place and a person).
_ARMED_FORCE = re.compile(r"\bAngkatan\s+(?:Udara|Laut|Darat|Bersenjata)\b")
_NEXT_WORDS = re.compile(r"(?:\s+[A-Z][\w-]*){1,3}")


def _armed_force_rule(doc: Doc, ents: list[_Ent]) -> None:
    """"Angkatan Udara/Laut/Darat/Bersenjata" and the capitalised words after it are one
    organisation (:data:`_ARMED_FORCE`)."""
    text = doc.text
    if "Angkatan" not in text:
        return
    places = place_names()
    for m in _ARMED_FORCE.finditer(text):
        end = m.end()
        after = _NEXT_WORDS.match(text, end)
        if after is not None:
            # the country's name after it, if one follows ("... Laut AS USS Nimitz": the
            # ship is not the navy's name)
            words = after.group().split()
            for k in range(len(words), 0, -1):
                if tuple(w.lower() for w in words[:k]) in places:
                    end = text.index(words[k - 1], end) + len(words[k - 1])
                    break
        span = doc.char_span(m.start(), end, alignment_mode="contract")
        if span is not None and len(span) >= 2:
            _put(ents, _Ent(span.start, span.end, ORG, "rule"))


# Nouns for people after which a name in brackets is that person's: "anak menantunya
# (Mestina)" (which the model had typed an organisation), "korban (Andi)".
_BRACKET_PERSON_NOUNS = frozenset(
    roles._words(
        """
        suami istri ayah ibu anak adik kakak cucu paman bibi kakek nenek menantu mertua
        keponakan sepupu kekasih pacar korban pelaku tersangka terdakwa saksi pria wanita
        perempuan lelaki bocah remaja balita siswa siswi mahasiswa sopir pengemudi warga
        tetangga teman rekan
        """
    )
)


def _bracketed_person_rule(doc: Doc, ents: list[_Ent]) -> None:
    """An organisation or place that is alone in brackets right after a noun for a
    person (:data:`_BRACKET_PERSON_NOUNS`, possessed or not: "menantunya") is that
    person's name. Acronyms stay as they are ("korban (ASN)")."""
    for i, e in enumerate(ents):
        if e.label == PERSON or e.start < 2 or e.end >= len(doc):
            continue
        if doc[e.start - 1].text != "(" or doc[e.end].text != ")":
            continue
        before = doc[e.start - 2].lower_
        noun = before[:-3] if before.endswith("nya") else before
        words = doc[e.start : e.end]
        if noun in _BRACKET_PERSON_NOUNS and all(t.text[:1].isupper() and not t.text.isupper() for t in words):
            ents[i] = _Ent(e.start, e.end, PERSON, "rule")


def _bracketed_short_name_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person the model found alone in brackets right after an organisation's name is
    the organisation's short name (a textile firm's "(Sritex)" right after its full name
    and before its director's had made "Sritex" a person, the role's holder)."""
    for i, e in enumerate(ents):
        if e.label != PERSON or e.start < 2 or e.end >= len(doc):
            continue
        if doc[e.start - 1].text != "(" or doc[e.end].text != ")":
            continue
        before = next((o for o in ents if o.label == ORG and o.end == e.start - 1), None)
        if before is None or (
            before.end - before.start == 1 and doc[before.start].text.isupper()
            and expansion_matches(doc[before.start].text, [t.text for t in doc[e.start:e.end]])
        ):
            continue  # (initials, then the name they stand for: "UBN (Ust Bakhtiar Nasir)")
        body = [t.lower_ for t in doc[before.start:before.end]]
        if e.end - e.start > 1 and not any(
            len(t.text) >= 3 and any(w.startswith(t.lower_) for w in body) for t in doc[e.start:e.end]
        ):
            continue  # (a band member's part: "Fery Gustian (George Harrison)"; not "(Sat Reskrim)")
        ents[i] = _Ent(e.start, e.end, ORG, "rule")


# First words of a road's name: a road named after the towns it joins is one place
# ("Jalan Tol Bakauheni-Terbanggi Besar" had been cut at its hyphen into two).
_ROAD_WORDS = frozenset(["jalan", "jl", "jl.", "jln", "tol", "ruas", "jalur"])


def _road_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A road's name and the place glued to it by a hyphen are one place; a kilometre
    marker after a place is no part of its name ("... Terbanggi Besar [KM 01+200 jalur
    B]")."""
    for k, e in enumerate(ents):
        if e.label != LOC:
            continue
        cut = next((t for t in range(e.start + 1, e.end - 1)
                    if doc[t].lower_ == "km" and any(c.isdigit() for c in doc[t + 1].text)), None)
        if cut is not None:
            ents[k] = _Ent(e.start, cut, LOC, e.source)
    ents.sort(key=lambda e: (e.start, e.end))
    i = 0
    while i + 1 < len(ents):
        a, b = ents[i], ents[i + 1]
        if (a.label == LOC and b.label == LOC and b.start == a.end + 1 and doc[a.end].text in ("-", "–")
                and not doc[a.end - 1].whitespace_ and not doc[a.end].whitespace_
                and doc[a.start].lower_ in _ROAD_WORDS and doc[a.start].text[:1].isupper()):
            ents[i : i + 2] = [_Ent(a.start, b.end, LOC, "rule")]
            continue
        i += 1


def _dan_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A one-word person right after "Dan" written with a capital inside a sentence has
    it as a first name ("analis Wedbush Securities Dan Ives", "menurut Dan Ives"): the
    conjunction is written "dan" there."""
    for i, e in enumerate(ents):
        if e.label != PERSON or e.end - e.start != 1 or e.start < 2 or doc[e.start - 1].text != "Dan":
            continue
        before = doc[e.start - 2]
        if before.is_punct and before.text not in (",", ")"):
            continue  # ("... selesai. Dan Budi pulang": a sentence opened with it)
        ents[i] = _Ent(e.start - 1, e.end, PERSON, e.source)


def _company_form_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A capitalised run ending with a foreign company's legal form
    (:data:`_COMPANY_WITH_FORM`) is one organisation, its legal form included."""
    text = doc.text
    if "Ltd" not in text and "Bhd" not in text and not re.search(r"\b(?:Inc|LLC|Corp|GmbH|PLC|Plc)\b", text):
        return
    for m in _COMPANY_WITH_FORM.finditer(text):
        start = m.start()
        # not the sentence's first words when they are Indonesian words ("Sidang
        # TikTok ...", "Saham Nvidia Corp.": capitalised as the first word only) ...
        # ... nor a role's words before it ("Pengacara Bank of America Corp.", "Kuasa
        # Hukum TikTok Nusantara (SG) Pte Ltd")
        at_start = not text[:start].strip(" \"“'(")
        while text.find(" ", start, m.end()) > 0:
            words = text[start:m.end()].lower().split()
            head = max((len(h) for h, _kind in roles.HEADS.get(words[0], ()) if tuple(words[: len(h)]) == h), default=0)
            if head == 0 and at_start and words[0] in roles.indonesian_roots():
                head = 1
            if head == 0 or head >= len(words) - 1:
                break
            for _ in range(head):
                start = text.find(" ", start, m.end()) + 1
            at_start = False
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is not None and len(span) >= 2:
            _put(ents, _Ent(span.start, span.end, ORG, "rule"))


def _byname_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A person right after a byname's honorific (:data:`BYNAME_HONORIFICS`) is named
    with it, unless the honorific is another entity's or a body's or place's name holds
    it (:func:`in_named_body`)."""
    for k, e in enumerate(ents):
        before = e.start - 1
        if (
            e.label == PERSON and before >= 0 and doc[before].text in BYNAME_HONORIFICS
            and not any(_overlaps(o, before, e.start) for o in ents)
            and not (before > 0 and in_named_body(doc[before - 1].text))
        ):
            ents[k] = _Ent(before, e.end, e.label, e.source)


# A rank's short form, one word, that may stand between a unit and its holder's name (a
# district police chief's "... Rebo AKP I Wayan ...", a spokesman's "Polda Jateng
# Kombes Pol ...").
# (not the ranks that are words of names too: "Jenderal", "Brigadir", "Kolonel", "Mayor",
# "Kapten", "Marsekal", "Laksamana")
_RANK_SHORT_FORMS = frozenset(
    w for w, entries in roles.RANKS.items() if (w,) in entries
) - {"jenderal", "brigadir", "kolonel", "mayor", "kapten", "marsekal", "laksamana"}


# Formulas of prayer and praise written right after or before a name ("pemerintahan
# Prabowo Subianto Insya Allah akan ...", "Alhamdulillah Budi ..."): no word of it.
_FORMULAS = frozenset(
    ["insya allah", "insyaallah", "insha allah", "inshaallah", "insyallah", "masya allah", "masyaallah",
     "alhamdulillah", "aamiin", "amiin", "subhanallah", "bismillah", "astagfirullah", "astaghfirullah"]
)  # fmt: skip


def _formula_edge_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A name read over a formula of prayer or praise next to it (:data:`_FORMULAS`) ends
    or starts without it; nothing when nothing else is left."""
    kept = []
    for e in ents:
        start, end = e.start, e.end
        for n in (2, 1):
            if end - start > n and " ".join(t.lower_ for t in doc[end - n:end]) in _FORMULAS:
                end -= n
                break
        for n in (2, 1):
            if end - start > n and " ".join(t.lower_ for t in doc[start:start + n]) in _FORMULAS:
                start += n
                break
        kept.append(e if (start, end) == (e.start, e.end) else _Ent(start, end, e.label, e.source))
    ents[:] = kept


def _rank_edge_rule(doc: Doc, ents: list[_Ent]) -> None:
    """A unit or place read over the rank of the officer named after it ends before the
    rank ("Pasar Rebo AKP", "Polda Jabar Kombes", "Tol Jagorawi Kompol" had been places
    and bodies of 13 mentions in the 477 stored texts with such ranks): the rank's short
    form, capitalised, with a capitalised word after it."""
    kept = []
    for e in ents:
        last = doc[e.end - 1]
        if (
            e.label != PERSON and e.end - e.start > 1 and last.text[:1].isupper()
            and last.lower_ in _RANK_SHORT_FORMS
            and e.end < len(doc) and doc[e.end].text[:1].isupper()
        ):
            e = _Ent(e.start, e.end - 1, e.label, e.source)
        kept.append(e)
    ents[:] = kept


def apply_rules(doc: Doc, acronyms: dict[str, str] | None = None) -> list[_Ent]:
    """The model's entities of ``doc`` corrected by the rules (token spans).

    ``acronyms`` (acronym -> label) carries definitions across the sentences of one
    text; definitions found in ``doc`` are added to it.
    """
    ents = [_Ent(e.start, e.end, e.label_, "model") for e in doc.ents if e.label_ in ENTITY_LABELS]
    _degree_rule(ents, doc)
    _figure_edge_rule(doc, ents)
    _lowercase_edge_rule(doc, ents)
    _english_org_rule(doc, ents)
    _company_form_rule(doc, ents)
    _armed_force_rule(doc, ents)
    _bracketed_person_rule(doc, ents)
    _bracketed_short_name_rule(doc, ents)
    _dan_rule(doc, ents)
    _road_rule(doc, ents)
    _building_rule(doc, ents)
    _hyphen_rule(doc, ents)
    _particle_rule(doc, ents)
    _title_acronym_rule(doc, ents)
    _role_rule(doc, ents)
    _list_rule(doc, ents)
    known = acronyms if acronyms is not None else {}
    known.update(_acronym_definitions(doc, ents))
    _expansions_after(doc, ents)
    known.update(_short_form_definitions(doc, ents))
    _named_body_rule(doc, ents)
    _acronym_uses(doc, ents, known)
    _place_rule(doc, ents)
    _gazetteer_rule(doc, ents)
    _not_a_name_rule(doc, ents)
    # (after the rules that trim a name's edges: "Diperkuat Jean-Eric Vergne" is one)
    _pair_rule(doc, ents)
    _cited_source_rule(doc, ents)
    _national_team_rule(doc, ents)
    # (after the role rule: "Pulau Gag, Raja Ampat" reads like a name and its title)
    _place_head_rule(doc, ents)
    _byname_rule(doc, ents)
    _rank_edge_rule(doc, ents)
    _formula_edge_rule(doc, ents)
    # (last: "inisial SAR" is someone, whatever the acronyms and lists say)
    _initials_rule(doc, ents)
    ents.sort(key=lambda e: (e.start, e.end))
    return ents


# ---------------------------------------------------------------------------
# Public API


def _chunks(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` trimmed of surrounding whitespace."""
    out: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


# Headline-styled sentences ("Cocok Dibagikan Lewat Pesan WhatsApp", a listicle's
# subheading, a related article's title): every word capitalised, so the model reads
# runs of common words as names. Such a sentence goes to the model with the words the
# article itself writes in lower case elsewhere lowercased (the same length, so offsets
# hold; the entities keep the text as written). A sentence is headline-styled when at
# least this share of its words of three or more letters are capitalised, of at least
# TITLE_CASE_MIN_WORDS words, and at least TITLE_CASE_MIN_COMMON of them are words the
# article writes in lower case: a lineup or a list of places has no such words.
TITLE_CASE_SHARE = 0.9
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_MIN_COMMON = 2
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z]+\b")


# Nouns of places and of shops that open their names ("Pulau Gag", "Warung Nasi Ibu
# Imas"), kept capitalised in a headline-styled sentence.
_NAME_NOUNS = _PLACE_NOUNS | frozenset(
    ["air", "terjun", "warung", "kedai", "toko", "rumah", "kafe", "restoran", "pasar", "desa", "kota", "tanah",
     "tol", "gang", "jembatan", "bandara", "pelabuhan", "stasiun", "terminal"]
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _kept_capitalised() -> frozenset[str]:
    """Words kept capitalised in a headline-styled sentence: titles, honorifics,
    institutions', places' and shops' nouns, directions, one-word places; they make
    names, lower or not."""
    places = {name[0] for name in place_names() if len(name) == 1}
    honorifics = {h.rstrip(".") for h in roles.HONORIFICS}
    return frozenset(
        roles.ROLE_WORDS | roles.ORG_NOUNS | _NAMED_PLACE_NOUNS | _NAME_NOUNS | roles.DIRECTION_WORDS | places | honorifics
    )


# A chunk of text that is a link, a handle, a hashtag or a file, not words.
_LINKISH = re.compile(r"[/@#_=]|www\.|\.(?:com|id|co|net|org)\b")
_LINE_WITH_CAPITAL = re.compile(r"[A-Z]")


def _lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case in its prose: not in links, handles
    or hashtags, nor in lines without a capital (an outlet's lowercase tags, "jessica
    mila yakup hasibuan", name people in lower case)."""
    words: set[str] = set()
    for line in text.splitlines():
        if not _LINE_WITH_CAPITAL.search(line):
            continue
        for chunk in line.split():
            if not _LINKISH.search(chunk):
                words.update(_LOWERCASE_WORD.findall(chunk))
    return words


def _truecase(sentence: str, lower: set[str]) -> str:
    """``sentence`` with its title-cased common words lowercased when it is
    headline-styled (see :data:`TITLE_CASE_SHARE`), else as it is."""
    words = _LONG_WORD.findall(sentence)
    if len(words) < TITLE_CASE_MIN_WORDS or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return sentence
    kept = _kept_capitalised()
    common = [m for m in _CAPITALISED.finditer(sentence) if m.group().lower() in lower and m.group().lower() not in kept]
    if len(common) < TITLE_CASE_MIN_COMMON:
        return sentence
    out = list(sentence)
    for m in common:
        out[m.start()] = sentence[m.start()].lower()
    return "".join(out)


# A sentence's first word and the rest (the first word of letters, after any quote or
# bracket that opens it).
_FIRST_WORD = re.compile(r"[\W\d_]*([A-Za-z]+)(.*)", re.DOTALL)


@functools.lru_cache(maxsize=4096)
def _common_opener(word: str) -> bool:
    """Whether ``word`` (a sentence's capitalised first word) is a common word that no
    gazetteer lists as a name: "Selain", "Namun", "Gaya"; not "Indonesia" nor
    "Jakarta", common as they are."""
    low = word.lower()
    return roles.common_word(low) and (low,) not in place_names() and not gazetteer_labels([word])


def nameless(sentence: str, lower: set[str]) -> bool:
    """Whether ``sentence`` (of a text with capitals) can hold no name: no capital
    after its first word, which is a common word in sentence case (:func:`_common_opener`)
    that the text also writes in lower case (``lower``, :func:`_lower_words`: "David",
    "Muhammad" and "City" are as common as "Namun" by frequency). In text with capitals
    a name is capitalised, and the stage keeps no entity that opens in lower case
    (:func:`kabar.analyze.stage._tidy`), so the model is not run on it: a tenth of a
    news article's text."""
    m = _FIRST_WORD.match(sentence)
    if m is None:
        return False
    first, rest = m.groups()
    return (first[:1].isupper() and first[1:].islower() and first.lower() in lower
            and not any(ch.isupper() for ch in rest) and _common_opener(first))


def _pipe(texts: list[str], nlp: Language | None, lower: set[str] | None = None) -> list[Doc]:
    """``texts`` through ``nlp``, else through the shipped models: the uncased one for
    the texts written without capitals (loaded only then), the cased one for the rest,
    but only its gazetteer for a :func:`nameless` sentence (``lower``: the words the
    text writes in lower case; the rules still read the gazetteer's marks)."""
    if nlp is not None:
        return list(nlp.pipe(texts, batch_size=PIPE_BATCH))
    uncased: list[bool | None] = [None if lower and nameless(t, lower) else is_uncased(t) for t in texts]
    docs: list[Doc | None] = [None] * len(texts)
    plain = [i for i, u in enumerate(uncased) if u is None]
    if plain:
        cased = load_ner(False)
        models = [name for name in cased.pipe_names if name != "gazetteer"]
        gazetteered = cased.pipe([texts[i] for i in plain], batch_size=PIPE_BATCH, disable=models)
        for i, doc in zip(plain, gazetteered, strict=True):
            docs[i] = doc
    for flag in (False, True):
        at = [i for i, u in enumerate(uncased) if u is flag]
        if not at:
            continue
        piped = list(load_ner(flag).pipe([texts[i] for i in at], batch_size=PIPE_BATCH))
        if flag:
            # text without capitals: the vote of the uncased models
            others = [list(m.pipe([texts[i] for i in at], batch_size=PIPE_BATCH)) for m in load_uncased_members()]
            piped = [set_voted_entities(doc, votes) for doc, *votes in zip(piped, *others, strict=True)]
        for i, doc in zip(at, piped, strict=True):
            docs[i] = doc
    return [d for d in docs if d is not None]


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# "daya" before these is "power" ("Jawa Barat daya listrik ..."), not a direction
_DAYA_NOUNS = frozenset((
    "listrik", "beli", "saing", "tarik", "dukung", "tahan", "tampung", "serap", "ledak", "guna", "juang",
    "pikir", "ingat", "cipta", "hidup", "jual", "angkut", "rusak",
))


def term_year_end(doc: Doc, first: int, last: int) -> int:
    """The end of the name ``doc[first:last]`` without the first year of a term written
    after it: "Komisioner Komnas HAM [2017]-2022", "Kabinet Indonesia Maju [2019]-2024"."""
    if last - first > 1 and last < len(doc) and _YEAR_TOKEN.fullmatch(doc[last - 1].text) and (
        doc[last].text in ("-", "\u2013", "\u2014")
    ):
        return last - 1
    return last


def find_entities(text: str, nlp: Language | None = None) -> list[EntitySpan]:
    """PERSON, ORG and LOC entities of one clean article, in text order.

    The model runs on each sentence (``nlp``, else the shipped models: the vote of the
    uncased ones on sentences written without capitals, the cased one on the rest);
    acronyms defined anywhere in the article are labelled in all its sentences.
    """
    if not text.strip():
        return []
    spans = _chunks(text)
    lower = _lower_words(text)
    docs = _pipe([_truecase(text[s:e], lower) for s, e in spans], nlp, lower)
    acronyms: dict[str, str] = {}
    # Two passes: definitions first, so an acronym used before its expansion (in a
    # headline or lead) is labelled too.
    for doc in docs:
        model_ents = _model_ents(doc)
        acronyms.update(_acronym_definitions(doc, model_ents))
    out: list[EntitySpan] = []
    for (offset, end_), doc in zip(spans, docs, strict=True):
        truecased = doc.text != text[offset:end_]
        for e in apply_rules(doc, acronyms):
            first, last = e.start, e.end
            if truecased and doc[first].lower_ not in _kept_capitalised():
                # a word the article writes in lower case is no name's first or last
                # word ("Ahmad Dhani [Belum Minta Maaf]"); after a noun of a place, an
                # institution or a shop it may be ("Laut Merah", "Pasar Baru")
                while first < last and doc[first].text[:1].islower():
                    first += 1
                while last > first and doc[last - 1].text[:1].islower():
                    last -= 1
                if first == last:
                    continue
            # (no whitespace or punctuation token at either end: "RM  dan V", a double
            # space where a link was stripped, had given the name "RM  ")
            while first < last and (doc[first].is_space or doc[first].text in _EDGE_PUNCTUATION):
                first += 1
            # (nor a currency after the name, the figure's: "uang kepada Wahyu Setiawan
            # Rp 600 juta"; nor a sentence's punctuation: "pemilik Selat Hormuz?")
            while last > first and (
                doc[last - 1].is_space or doc[last - 1].text in _EDGE_PUNCTUATION
                or (last - first > 1 and doc[last - 1].lower_ in CURRENCY_SIGNS)
            ):
                last -= 1
            last = term_year_end(doc, first, last)
            if first == last:
                continue
            # (and a place's compound direction written in lower case is its end:
            # "Provinsi Papua Barat daya" is Papua Barat Daya, another province)
            if e.label == LOC and last < len(doc) and doc[last - 1].lower_ == "barat" and doc[last].lower_ == "daya" and (
                last + 1 >= len(doc) or doc[last + 1].lower_ not in _DAYA_NOUNS
            ):
                last += 1
            # (nor a sentence's opening word after a name that ends with an initial's
            # period, the sentence split missed: "Jogja-Blok M. [Bahkan] ada ...")
            last = next(
                (k for k in range(first + 1, last)
                 if doc[k - 1].text.endswith(".") and doc[k].text[:1].isupper() and doc[k].lower_ in lower),
                last,
            )
            if (
                last - first > 1
                and (doc[first].lower_ in SENTENCE_CONNECTIVES or (
                    e.label == PERSON and doc[first].lower_ not in roles.ORG_NOUNS
                    and doc[first].lower_ not in _PLACE_NOUNS and affixed_common_word(doc[first].text)
                ))
                and all(t.is_space or t.text in _SENTENCE_OPENING_MARKS for t in doc[:first])
                and not _inside_sentence(text, doc[first].text, doc[first + 1].text)
            ):
                # (nor a connective opening the sentence, nor a person's first word
                # that is a verb or a noun with affixes, not a body's or a place's:
                # "[Berarti] Haniv diperiksa", "[Diperkuat] Robin Frijns")
                first += 1
            if not truecased and doc[first].text[:1].isupper():
                # (nor, in text written with capitals, a lower-case word the model read
                # into a name's end: "Persija [cuma]", "Blok M [cukup]", "PT Pegadaian
                # [hari] ini"; a direction stays, "Jawa tengah", and so does a word
                # after a hyphen, "Shin Tae-yong")
                while last - first > 1 and _LOWER_TAIL.fullmatch(doc[last - 1].text) and (
                    doc[last - 2].whitespace_ and doc[last - 1].lower_ not in roles.DIRECTION_WORDS
                ):
                    last -= 1
            start = offset + doc[first].idx
            end = offset + doc[last - 1].idx + len(doc[last - 1])
            if _LETTER_AND_STOP.fullmatch(doc[last - 1].text) and all(
                t.is_space or t.text in _SENTENCE_CLOSING_MARKS for t in doc[last:]
            ):
                end -= 1  # (nor the full stop of the sentence it ends: "turun ke Serie B.")
            out.append(EntitySpan(start, end, text[start:end], e.label, e.source))
    return _without_zodiac_signs(
        text, _known_organisations(_match_sides(text, _team_and_name(text, _mayor_by_surname(text, _without_scores(out)))))
    )


# A horoscope ("ramalan zodiak ... Aries, Gemini"): the signs are no one. In the 66
# stored texts naming the zodiac, 178 mentions were signs alone or in a row ("Libra
# Scorpio Sagitarius", "Cancer" an organisation, "Aries" a person).
_HOROSCOPE = re.compile(r"\b(?:zodiak|horoskop|rasi\s+bintang)\b", re.IGNORECASE)
ZODIAC_SIGNS = frozenset(_words(
    """akuarius aquarius aries cancer capricorn capricornus gemini kaprikornus leo libra pisces sagitarius
    sagittarius scorpio scorpion taurus virgo"""
))


def _without_zodiac_signs(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """The mentions of a horoscope's text that are not zodiac signs alone or in a row."""
    if not _HOROSCOPE.search(text):
        return entities
    return [e for e in entities if not all(w in ZODIAC_SIGNS for w in re.findall(r"\w+", e.text.lower()))]


# "Wali Kota Kahr": the model reads "Kota Kahr" as a town, where the text names the
# mayor by her surname after naming her in full ("Wali Kota Elke Kahr").
_MAYOR = re.compile(r"\b(?:Wali|Wakil\s+Wali)\s*$")


def _mayor_by_surname(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A place "Kota X" right after "Wali" whose X the text names as a person (alone or
    as a full name's last word) is that person."""
    people = {e.text.split()[-1] for e in entities if e.label == PERSON}
    out = []
    for e in entities:
        head, _sep, rest = e.text.partition(" ")
        if e.label == LOC and head == "Kota" and rest in people and _MAYOR.search(text, max(0, e.start - 12), e.start):
            start = e.start + len(head) + 1
            e = EntitySpan(start, e.end, rest, PERSON, "rule")
        out.append(e)
    return out


def _inside_sentence(text: str, word: str, after: str) -> bool:
    """Whether ``text`` writes ``word`` then ``after`` inside a sentence (after a word,
    a figure or a comma): a name's part there, not a connective opening a sentence."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(after)}(?![\w-])", text):
        i = m.start()
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] == ","):
            return True
    return False


_WORD_RUN = re.compile(r"\S+")
_GLUED = re.compile(r"[a-z][A-Z]")


def _name_run(text: str) -> bool:
    """Words that can be a person's name: capitalised, none a common word or a known
    place, none two words glued ("MunichVincent")."""
    words = text.split()
    return len(words) >= 2 and all(
        _is_cap(w) and w.isalpha() and not _GLUED.search(w)
        and not roles.common_word(w.lower()) and (w.lower(),) not in place_names()
        for w in words
    )


def _team_and_name(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A span after a title that holds a team or a country and then a person ("pelatih
    [Persija Carlos Pena]", "manajer [Brentford Thomas Frank]", "kiper [AC Milan Mike
    Maignan]"), which the model read as one organisation or one person, is parted when
    the article itself names one side alone elsewhere: the person's name (the longest
    such ending) as a person, else the team's or place's name (the shortest such
    opening) as an organisation or place. Nothing is guessed from the words alone: a
    span neither of whose sides the article names apart is kept."""
    persons = {e.text for e in entities if e.label == PERSON}
    others = {e.text: e.label for e in entities if e.label != PERSON}
    out: list[EntitySpan] = []
    for e in entities:
        words = list(_WORD_RUN.finditer(e.text))
        before = text[max(0, e.start - 30):e.start].split()
        if len(words) < 3 or not before or before[-1].lower() not in roles.ROLE_WORDS:
            out.append(e)
            continue
        cut = next(
            (k for k in range(1, len(words) - 1) if e.text[words[k].start():] in persons),
            None,
        )
        if cut is None:
            cut = next(
                (k for k in range(1, len(words) - 1) if e.text[:words[k - 1].end()] in others),
                None,
            )
        tail = e.text[words[cut].start():] if cut is not None else ""
        if cut is None or not _name_run(tail):
            out.append(e)
            continue
        head = e.text[:words[cut - 1].end()]
        if head.split()[-1].rstrip(".").upper() in COMPANY_FORMS or (
            tail.split()[0] in BYNAME_HONORIFICS and in_named_body(head.split()[-1])
        ):
            # (nor a body's noun before a person's byname: "Yayasan Bung Karno")
            out.append(e)  # "PT Gag Nikel": a company's name after its legal form
            continue
        label = others.get(head) or (LOC if tuple(head.lower().split()) in place_names() else ORG)
        if head in others or not all(roles.common_word(w.lower()) for w in head.split()):
            # (a title's word the title rules left: "Wakil Menteri [Ketenagakerjaan]
            # Immanuel ...", no name of its own)
            out.append(EntitySpan(e.start, e.start + len(head), head, label, "rule"))
        at = e.start + words[cut].start()
        out.append(EntitySpan(at, e.end, tail, PERSON, "rule"))
    return out


# A score the model read into a team's name, written apart or glued where a link was
# stripped: "[Real Madrid 1-1]", "[Al Hilal1-1]" ("ditahan Al Hilal1-1 di ...").
_TRAILING_SCORE = re.compile(r"\s*\d{1,3}\s*-\s*\d{1,3}$")


_INNER_SCORE = re.compile(r"(?<=[A-Za-z])\s*\d{1,3}\s*-\s*\d{1,3}\s+(?=[A-Z])")


def _without_scores(entities: list[EntitySpan]) -> list[EntitySpan]:
    """The entities with a trailing match score cut off their names ("Real Madrid 1-1"
    is Real Madrid; "Timnas U-23" keeps its age group), and a result read as one name
    parted into its two sides ("[Real Madrid 1-1 Al Hilal]")."""
    out = []
    for e in entities:
        inner = _INNER_SCORE.search(e.text)
        if inner is not None and not e.text[: inner.start()].endswith(("U", "u")):
            out.append(EntitySpan(e.start, e.start + inner.start(), e.text[: inner.start()], e.label, e.source))
            rest = e.text[inner.end():]
            if rest.split()[0].lower() not in MONTHS:
                # (not "[Arab Saudi 7-21 November]": a span of days, the place's alone)
                out.append(EntitySpan(e.start + inner.end(), e.end, rest, e.label, e.source))
            continue
        m = _TRAILING_SCORE.search(e.text)
        if m is not None and m.start() > 0 and e.text[: m.start()][-1:].isalpha() and not e.text[: m.start()].endswith(("U", "u")):
            out.append(EntitySpan(e.start, e.start + m.start(), e.text[: m.start()], e.label, e.source))
        else:
            out.append(e)
    return out


# Between the two sides of a fixture: "Real Madrid vs Al Hilal", "PSIS Semarang v
# Barito Putera", "Persib kontra Persija". (Not "melawan": "pelatih Patrick Kluivert
# melawan Jepang" is the coach's match.)
VERSUS = re.compile(r"\s+(?:vs\.?|v\.?|versus|kontra)\s+", re.IGNORECASE)


def _match_sides(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A person the model read on one side of "vs" or "kontra" with an organisation or
    a place on the other ("Real Madrid vs [Al Hilal]", "Liverpool vs [Bournemouth]")
    is a team, and so is every mention of that name the article types a person
    ("ditahan imbang oleh Al Hilal"). Not after a title ("pelatih ... vs ..."), and two
    people either side of "vs" are a bout's or a duel's ("Jonatan Christie vs ...")."""
    teams: set[str] = set()
    for left, right in pairwise(entities):
        if {left.label, right.label} == {PERSON} or PERSON not in (left.label, right.label):
            continue
        if not VERSUS.fullmatch(text[left.end:right.start]):
            continue
        person = left if left.label == PERSON else right
        before = text[max(0, person.start - 30):person.start].split()
        if before and before[-1].lower() in roles.ROLE_WORDS:
            continue
        teams.add(person.text)
    if not teams:
        return entities
    return [
        EntitySpan(e.start, e.end, e.text, ORG, "rule") if e.label == PERSON and e.text in teams else e
        for e in entities
    ]


def token_predictor(
    nlp: Language | None = None, rules: bool = True, uncased: Language | None = None
) -> Callable[[Sequence[str]], list[Span]]:
    """A predictor for :func:`kabar.analyze.conll.evaluate_ner`: model + rules (the
    model alone when not ``rules``) on one pre-tokenised sentence (the gold tokens, so
    spans line up with the gold ones). The model is ``nlp`` (the shipped cased one when
    None) and, for a sentence written without capitals, ``uncased`` (the vote of the
    shipped uncased ones when ``nlp`` is None too, else ``nlp``): as
    :func:`find_entities` runs them when both are None."""
    from spacy.tokens import Doc

    def predict(tokens: Sequence[str]) -> list[Span]:
        lower = is_uncased(" ".join(tokens))
        if lower and uncased is not None:
            model = uncased
        elif nlp is not None:
            model = nlp
        else:
            model = load_ner(lower)
        doc = model(Doc(model.vocab, words=list(tokens)))
        if lower and uncased is None and nlp is None:
            set_voted_entities(doc, [m(Doc(m.vocab, words=list(tokens))) for m in load_uncased_members()])
        return [Span(e.start, e.end, e.label) for e in (apply_rules(doc) if rules else _model_ents(doc))]

    return predict


def entities_as_dicts(entities: Iterable[EntitySpan]) -> list[dict[str, Any]]:
    return [e.as_dict() for e in entities]
