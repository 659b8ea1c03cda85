"""The ``analyze`` stage: one clean article in, everything kabar reads off it out.

``analyze_article(article, options)`` runs, over the article's clean text:

1. sentences (:mod:`kabar.analyze.sentences`),
2. people, organisations and places (:mod:`kabar.analyze.entities`: the shipped
   statistical NER combined with rules), with the role the text attaches to each
   person (:mod:`kabar.analyze.roles`),
3. numbers and quantities (:mod:`kabar.analyze.quantities`),
4. dates and times resolved against the publication time, else the latest absolute
   date in the text (:mod:`kabar.analyze.temporal`),
5. who is speaking in each sentence and quotation (:mod:`kabar.analyze.attribution`).

The result is an :class:`Analysis` record (offsets into ``Article.clean_text``).
The stage is pure and parallel-safe: it reads only the article and the shipped model.
:func:`to_doc` turns an analysis into a spaCy ``Doc`` with sentences, entities and
span groups for callers that want spaCy's API.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from kabar.analyze.attribution import Attribution, attribute, said_spans
from kabar.analyze.quantities import Quantity, extract_quantities
from kabar.analyze.roles import (
    DIRECTION_WORDS,
    EN_TITLE_HEADS,
    EN_TITLE_WORDS,
    FORMER,
    HEADS,
    HONORIFICS,
    ORG_NOUNS,
    RANK_WORDS,
    RoleMention,
    find_role_mentions,
    holds_a_word,
)
from kabar.analyze.sentences import split_sentences
from kabar.analyze.temporal import DateMention, extract_dates
from kabar.errors import AnalysisError
from kabar.records import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class AnalyzeOptions:
    """Options of the analyze stage.

    ``entities`` switches the NER off (numbers, dates and speakers still work, but
    speakers are then found by rules alone); ``strict`` raises on a failure instead of
    returning an empty analysis with the error noted.
    """

    entities: bool = True
    strict: bool = False


@dataclass(slots=True)
class Analysis:
    """What the analyze stage read off one article. Offsets are into ``text``."""

    document: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)  # NER spans (model + rules)
    mentions: list[Mention] = field(default_factory=list)  # people/orgs/places with roles
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            start, end = self.sentences[mid]
            if offset < start:
                hi = mid - 1
            elif offset >= end:
                lo = mid + 1
            else:
                return mid
        return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "text": self.text,
            "sentences": [list(s) for s in self.sentences],
            "entities": [e.as_dict() for e in self.entities],
            "mentions": [m.as_dict() for m in self.mentions],
            "quantities": [q.as_dict() for q in self.quantities],
            "dates": [d.as_dict() for d in self.dates],
            "attributions": [a.as_dict() for a in self.attributions],
            "roles": [r.as_dict() for r in self.roles],
            "errors": list(self.errors),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            document=str(data["document"]),
            text=str(data["text"]),
            sentences=[(int(s[0]), int(s[1])) for s in data.get("sentences") or []],
            entities=[Mention.from_dict(e) for e in data.get("entities") or []],
            mentions=[Mention.from_dict(m) for m in data.get("mentions") or []],
            quantities=[Quantity.from_dict(q) for q in data.get("quantities") or []],
            dates=[DateMention.from_dict(d) for d in data.get("dates") or []],
            attributions=[Attribution.from_dict(a) for a in data.get("attributions") or []],
            roles=[RoleMention.from_dict(r) for r in data.get("roles") or []],
            errors=list(data.get("errors") or []),
        )


# (the words of a former or future holder, and "bekas")
_FORMER_BEFORE = re.compile(rf"\b({'|'.join(sorted(FORMER | {'bekas'}))})[ \t]+$", re.IGNORECASE)


def _role_text(role: RoleMention, text: str = "") -> str | None:
    """The role with its organisation; a former or future holder's word before it kept
    ("eks Ketua PN Surabaya": he chaired the court no longer)."""
    if not role.role:
        return None
    title = f"{role.role} {role.org}".strip() if role.org else role.role
    former = _FORMER_BEFORE.search(text, max(0, role.role_start - 10), role.role_start) if role.role_start > 0 else None
    return f"{former.group(1).lower()} {title}" if former else title


_DIRECTORATE_TITLES = frozenset({"dirjen", "direktur jenderal"})


def _mentions(document: str, text: str, entities: list[Mention], roles: list[RoleMention]) -> list[Mention]:
    """Entity mentions, persons carrying the role the text gives them.

    A role mention's name wins over a statistical span that overlaps it ("Bupati Garut
    Endang Suhendar" is a person with the role "Bupati Garut", not a place).
    """
    bodies = {(e.start, e.end): e for e in entities if e.type != "PERSON"}
    typed = Counter((e.text, e.type) for e in entities)
    from kabar.analyze.entities import (
        BYNAME_HONORIFICS,
        FOREIGN_LEGAL_FORMS,
        in_named_body,
        known_organisations,
    )

    # (a directorate general's title with no body after it names the directorate:
    # "Dirjen Bea Cukai", "Dirjen Binapenta" are no people; "Dirjen Pajak Bimo
    # Wijayanto" is, of "Pajak")
    directorates = {
        (r.name_start, r.name_end) for r in roles
        if r.name and not r.org and (r.role or "").lower() in _DIRECTORATE_TITLES
    }
    roles = [r for r in roles if (r.name_start, r.name_end) not in directorates]
    entities = [
        Mention(e.document, e.start, e.end, e.text, "ORG", e.role, e.org, e.same_as)
        if e.type == "PERSON" and (e.start, e.end) in directorates else e
        for e in entities
    ]
    # (a name with a digit is no one's: "Presenter program FYP Trans7" names a channel;
    # nor is a known organisation's: "Menurut data Transfermarkt, bek berumur 21 tahun
    # itu ..." gives the player's role to no site)
    named = [
        r for r in roles
        if r.name and not _DIGIT.search(r.name) and not _body_after_title(text, r, bodies, typed)
        and not _opens_longer_body(text, r, bodies)
        and " ".join(r.name.lower().split()) not in known_organisations()
        and _label(r.name, "PERSON") == "PERSON"  # ("sopir Granmax" drove a van)
        # ("Direktur Wilmar Trading Pte Ltd": the title's company, no one)
        and r.name.split()[-1].lower().rstrip(".") not in FOREIGN_LEGAL_FORMS
    ]

    # (the words of the places and bodies the model read: "Kepala BPBD Garut Rachmat
    # Hidayat" keeps Garut in the title)
    body_words = {w for e in entities if e.type != "PERSON" for w in e.text.split()}
    out: list[Mention] = []
    for r in named:
        # (a byname's honorific alone is the name's: "Bung Karno"; not in "Yayasan Bung
        # Karno")
        byname = (
            r.honorific in BYNAME_HONORIFICS and text[r.start:r.name_start].strip() == r.honorific
            and not in_named_body((text[max(0, r.start - 40):r.start].split() or [""])[-1])
        )
        start = r.start if byname else r.name_start
        role, org = _role_text(r, text), r.org
        if not byname and (first := _first_name_of(text, r, body_words)) is not None:
            # "Wakil Ketua Baleg DPR Ahmad Doli Kurnia": the model's name began a word
            # late, the body's acronym ends before it (the title had read "... DPR Ahmad")
            start = r.name_start - len(first) - 1
            role = role[: -len(first) - 1] if role and role.endswith(" " + first) else role
            org = org[: -len(first) - 1] if org and org.endswith(" " + first) else org
        out.append(Mention(document, start, r.name_end, text[start:r.name_end], "PERSON", role=role, org=org))
    taken = [(m.start, m.end) for m in out]
    for e in entities:
        if any(e.start < end and start < e.end for start, end in taken):
            continue
        out.append(e)
    out.sort(key=lambda m: (m.start, m.end))
    return out


# A capitalised word after a body's acronym that ends a title's organisation, right
# before the name ("... (Baleg) DPR Ahmad" + "Doli Kurnia").
# Only after a national body's with no regional offices, which no region's name follows
# ("PN Sumenep Rudi", "BPBD Garut Rachmat", "Kantor OJK Jabodebek Andes": a court's, an
# agency's and an office's regions).
_WORD_AFTER_ACRONYM = re.compile(r"\b(?:DPR|MPR|KPK|MK|MA|KY|PBNU|PBB|BUMN) ([A-Z][a-z]{2,})$")


def _first_name_of(text: str, r: RoleMention, body_words: set[str]) -> str | None:
    """The first name a title's organisation took from the name after it (see
    :data:`_WORD_AFTER_ACRONYM`), if any: not a body's or a place's word, nor one of
    ``body_words`` (of the places and bodies the article names)."""
    from kabar.analyze.entities import place_names

    found = _WORD_AFTER_ACRONYM.search(r.org or "")
    if found is None:
        return None
    word = found.group(1)
    if (
        text[r.name_start - len(word) - 1 : r.name_start] != f"{word} " or word in body_words or word.lower() in ORG_NOUNS
        or (word.lower(),) in place_names() or word.lower() in HEADS or word.lower() in RANK_WORDS
    ):
        return None
    return word


# A street named after someone, up to the name: "Jalan Jenderal Sudirman", "Jl. KH
# Wahid Hasyim", "Jalan Kapten P Tendean" (a title's abbreviation may have its period;
# another word with one ends a sentence: "Jalan Karang Rejo. Mirhansyah meminta").
_STREET_BEFORE = re.compile(
    r"\b(?:Jl\.?|Jln\.?|Gg\.?|Jalan|jalan|Gang)[ \t]+"
    r"(?:(?:[A-Z][A-Za-z]*|Jend\.|Brigjen\.|Mayjen\.|Letjen\.|Kol\.|Dr\.|Ir\.|KH\.|H\.|Prof\.|[A-Z]\.)[ \t]+){0,3}$"
)
STREET_WINDOW = 60


def _streets(document: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person named right after a street's noun (and the titles
    before the name) made the street, a place: in 2,000 random articles 9 of the 10
    persons so placed were streets ("Jalan Jenderal Ahmad Yani, Pekanbaru"), the tenth
    a sentence's first word, which the abbreviations' rule now leaves."""
    out = []
    for m in mentions:
        street = _STREET_BEFORE.search(text, max(0, m.start - STREET_WINDOW), m.start) if m.type == "PERSON" else None
        if street is not None:
            m = Mention(document, street.start(), m.end, text[street.start():m.end], "LOC")
        out.append(m)
    return out


# Titles of players and their staff, after which a name typed a body is the team's.
_SPORT_ROLES = frozenset(
    ["pemain", "pelatih", "gelandang", "kiper", "bek", "striker", "penyerang", "winger", "kapten",
     "manajer", "pembalap", "asisten"]
)
_DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:itu|tersebut|ini)\b")


# Connectors inside a body's name written in a western language, after which a title's
# "name" goes on: "anggota Organization for Security and Co-operation in Europe".
_NAME_CONNECTOR = re.compile(r"\s+(?:for|of|and|de|du|des|del|della|di)\s+[A-Z]")


def _opens_longer_body(text: str, r: RoleMention, bodies: dict[tuple[int, int], Mention]) -> bool:
    """Whether the "name" after a title is the first words of a body's name that runs
    on past a connector (the OECD's full name after "anggota": the model had typed its
    first word, "Organization", a person with the title "anggota")."""
    return _NAME_CONNECTOR.match(text, r.name_end) is not None and any(
        start == r.name_start and end > r.name_end for start, end in bodies
    )


def _body_after_title(
    text: str, r: RoleMention, bodies: dict[tuple[int, int], Mention], typed: Counter[tuple[str, str]]
) -> bool:
    """Whether the "name" after a title is a club, a body or a place the analysis typed
    so, not a person: "Pemain Juventus itu", "pelatih Roma" in an article that names
    Roma elsewhere, "bek asal Pantai Gading". It is when an organisation or place has
    exactly its span and a demonstrative follows it ("the Juventus player"), the article
    gives the same name that type elsewhere (after a player's or coach's title, or a
    one-word name right after any title), it opens with the noun of a place or body
    ("anggota komite [Bandar Udara Tuban]"), or it is a known place; never after a rank
    or an honorific. In two draws of 500 random articles, 18 mentions changed, all of
    them clubs, bodies and places that had been made people; no person was lost (and 3
    more, all right, in another 500 when the noun opening was added)."""
    from kabar.analyze.entities import PLACE_HEADS, place_names

    if r.rank or r.honorific:
        return False  # "Kombes Ihsan", "Pak Gio": someone
    body = bodies.get((r.name_start, r.name_end))
    if body is None:
        return False
    # typed so elsewhere too: a club after a player's or coach's title, or one word
    # right after any title (a person's full name the model mistyped in the whole
    # article, "terdakwa Tom Lembong", "Kepala Pusat ..., Liliek Marhaendro", stays his)
    elsewhere = typed[(body.text, body.type)] > 1
    direct = "," not in text[r.role_end:r.name_start]
    sport = any(w in _SPORT_ROLES for w in (r.role or "").lower().split())
    first = body.text.split()[0].lower()
    return bool(
        _DEMONSTRATIVE_AFTER.match(text, r.name_end)
        or (" " in body.text and (first in PLACE_HEADS or first in ORG_NOUNS))
        or (elsewhere and direct and (sport or " " not in body.text))
        or tuple(body.text.lower().split()) in place_names()
    )


# Words of police, prosecution, army and government units that no one's name holds: a
# "person" ending in one, or in one and a place's word after it, is the unit
# ("Reskrimum Polda NTT" before its director's name, Kombes Patar Silalahi;
# "Gegana Brimob Polda Aceh"). A name after the unit stays a person's ("Jampidsus
# Kejagung Abdul Qohar"). On the mentions of 1,500 random articles, 6 such, all units
# (their one label per article then made a regency's short form a place again).
_UNIT_WORDS = frozenset(
    ["polda", "polres", "polresta", "polrestabes", "polsek", "polri", "mabes", "brimob", "bareskrim", "kodam",
     "korem", "kodim", "koramil", "kejati", "kejari", "kejagung", "pemkab", "pemkot", "pemprov", "dprd",
     "satreskrim", "satlantas", "ditreskrimum", "ditlantas"]
)


# Vehicles' makes and models: a name made of them (and of a variant's words) is the
# maker's product, typed as its maker is, never a person or a place ("sopir Gran Max",
# "Innova Zenix", "Yaris Cross Hybrid": on the mentions of 1,500 random articles, 95
# such people and places in 14 articles, an accident's van among them, all read, all
# vehicles). Only models no one is named after ("Satria", "Rocky", "Jazz", "City" are
# left out).
_VEHICLE_WORDS = frozenset(
    ["toyota", "daihatsu", "honda", "suzuki", "mitsubishi", "nissan", "hyundai", "wuling", "isuzu", "hino", "fuso",
     "yamaha", "kawasaki", "avanza", "xenia", "innova", "zenix", "fortuner", "stargazer", "xpander", "pajero",
     "confero", "almaz", "granmax", "hiace", "sigra", "calya", "ayla", "agya", "terios", "ertiga", "livina",
     "alphard", "vellfire", "veloz", "raize", "yaris", "vios", "camry", "ioniq", "creta", "nmax", "xmax", "aerox",
     "pcx", "fazzio", "filano", "hr-v", "cr-v", "wr-v", "br-v", "mobilio", "luxio", "l300", "apv"]
)
_VARIANT_WORDS = frozenset(
    ["gran", "grand", "max", "hybrid", "cross", "sport", "pick-up", "pickup", "alpha", "rs", "gr", "new", "pro",
     "premio", "e:hev", "turbo", "zenix", "maxi"]
)


def _label(name: str, label: str) -> str:
    """``label``, but an organisation's for a "person" that is a unit (_UNIT_WORDS) or a
    body (_INSTITUTION_WORDS), and for a person or place that is a vehicle
    (_VEHICLE_WORDS: "Gran Max" is two variant words, a van all the same)."""
    if label == "ORG":
        return label
    words = name.lower().split()
    if any(w in _VEHICLE_WORDS or (w == "max" and "gran" in words) for w in words) and all(
        w in _VEHICLE_WORDS or w in _VARIANT_WORDS or w.isdigit() for w in words
    ):
        return "ORG"
    if label != "PERSON":
        return label
    # (a unit's place after it, one word; a body's name after its noun, up to two)
    unit = any(len(words) - i - 1 <= 1 for i, w in enumerate(words) if w in _UNIT_WORDS)
    body = any(len(words) - i - 1 <= 2 for i, w in enumerate(words) if w in _INSTITUTION_WORDS)
    return "ORG" if unit or body else label


def _ner(document: str, text: str, sentences: Sequence[tuple[int, int]]) -> list[Mention]:
    """People, organisations and places: the shipped model combined with rules
    (:func:`kabar.analyze.entities.find_entities`); ``sentences`` are the text's."""
    from kabar.analyze.entities import find_entities

    return _town_and_province(text, _bodies_with_dan(text, _completed(text, _tidy(text, [
        Mention(document, e.start, e.end, e.text, _label(e.text, e.label))
        for e in find_entities(text)
        if not (e.label == "PERSON" and _DIGIT.search(e.text))  # "M5,1" is a magnitude, not a man
    ], sentences))))


# A province after a town with no comma between ("wilayah Tuban Jatim", "Kabupaten Bogor
# Jawa Barat"): two places, the model's one span had been a place "Tuban Jatim".
_PROVINCE_AFTER = re.compile(
    r"^(?P<town>.+?) (?P<province>Jatim|Jateng|Jabar|Sumut|Sumbar|Sumsel|Kaltim|Kalbar|Kalsel|Kalteng|Kaltara"
    r"|Sulsel|Sulteng|Sultra|Sulut|Sulbar|NTT|NTB|DIY|Kepri|Babel|Malut|Jawa (?:Timur|Tengah|Barat)"
    r"|Sumatera (?:Utara|Barat|Selatan)|Kalimantan (?:Timur|Barat|Selatan|Tengah|Utara)"
    r"|Sulawesi (?:Selatan|Tengah|Tenggara|Utara|Barat)|Nusa Tenggara (?:Timur|Barat))$"
)
# A town's name: capitalised words, none of them a short form in capitals.
_TOWN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}")
_TOWN_HEADS = frozenset({"kabupaten", "kota", "kecamatan", "desa", "kelurahan"})
# ... and bodies written as words, which ORG_NOUNS does not list
_PROVINCE_BODIES = frozenset({"bapenda", "samsat", "ombudsman", "mapolda", "mapolres", "pupuk", "dispenda"})
# Words before a province that make it the province's own name ("Provinsi Jawa Timur").
_PROVINCE_HEADS = frozenset({"provinsi", "prov", "prov.", "wilayah", "kawasan", "daerah", "pemprov", "polda"})


_TOURNAMENT_AFTER = re.compile(r" (?:Open|Masters)\b")


def _town_and_province(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place's span ending in a province after a town (:data:`_PROVINCE_AFTER`) made
    two places; a country's name opening a tournament's ("Japan Open") no place."""
    out: list[Mention] = []
    for m in mentions:
        if m.type == "LOC" and _TOURNAMENT_AFTER.match(text, m.end):
            continue  # "Japan Open", "Malaysia Open": a tournament, not the country
        found = _PROVINCE_AFTER.match(m.text) if m.type == "LOC" else None
        words = found.group("town").split() if found is not None else []
        if found is None or not _TOWN.fullmatch(found.group("town")) or (
            words[0].lower() not in _TOWN_HEADS and (len(words) > 2 or any(
                w.lower() in ORG_NOUNS or w.lower() in _PLACE_NOUNS or w.lower() in _PROVINCE_HEADS
                or w.lower() in _PROVINCE_BODIES for w in words
            ))
        ):
            # (a body of the province, "DPRD Jabar", "Bapenda Jabar", or a site named
            # after it, "Bandara Internasional Jawa Barat", stays whole)
            out.append(m)
            continue
        cut = m.start + found.start("province")
        out.append(Mention(m.document, m.start, m.start + found.end("town"), found.group("town"), "LOC", m.role, m.org))
        out.append(Mention(m.document, cut, m.end, found.group("province"), "LOC"))
    return out


# The first words of bodies whose names join two fields with "dan" ("Kementerian Energi
# dan Sumber Daya ...", "Asosiasi Pembuat Kain dan Benang ...").
_DAN_BODY_HEADS = frozenset({
    "kementerian", "komisi", "asosiasi", "institut", "direktorat", "badan", "balai", "otoritas", "sekolah",
    "departemen", "dinas", "lembaga", "pusat", "biro", "fakultas", "akademi", "yayasan", "dewan", "ikatan",
    "himpunan", "persatuan", "perhimpunan", "kantor", "pt",
})
# ... of which these may open a place's name too ("Kantor Pos", "Balai Kota"): a body
# only when the model read one ("Dinas Kependudukan" had been a place).
_DAN_PLACE_HEADS = frozenset({"kantor", "balai", "sekolah", "pusat", "pt", "yayasan", "akademi", "fakultas"})
# "dan" and the capitalised words after a body's name, up to a lower-case word, a
# bracket or another body's name.
_DAN_RUN = re.compile(r" dan ((?:[A-Z][a-z][\w-]*)(?: [A-Z][\w-]*){0,5})")


def _bodies_with_dan(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body's name the model cut at its "dan": "Kementerian Energi" before "dan Sumber
    Daya Mineral (ESDM)" is the ministry's whole name (it had been "Kementerian Energi",
    its short form another body). Not when the words after "dan" open another body's
    name ("Kementerian Keuangan dan Bank Indonesia"), name a place or a person
    ("Timnas Indonesia dan Jepang"), or the name is one word ("TNI dan Polri")."""
    from kabar.analyze.entities import place_names

    places = place_names()
    out: list[Mention] = []
    swallowed: set[int] = set()
    for m in mentions:
        head = m.text.split()[0].lower()
        typed = m.type == "ORG" or (m.type == "LOC" and head not in _DAN_PLACE_HEADS)
        run = _DAN_RUN.match(text, m.end) if typed and " " in m.text else None
        if run is None or head not in _DAN_BODY_HEADS:
            out.append(m)
            continue
        words = run.group(1).split()
        for i, w in enumerate(words):
            if w.lower() in ORG_NOUNS or w.lower() in _DAN_BODY_HEADS:
                words = words[:i]
                break
        end = run.start(1) + len(" ".join(words))
        inside = [o for o in mentions if o is not m and run.start(1) <= o.start < end]
        if not words or tuple(w.lower() for w in words) in places or any(
            o.type != "ORG" for o in inside
        ) or (words[0].lower(),) in places:
            out.append(m)
            continue
        swallowed.update(id(o) for o in inside)
        out.append(Mention(m.document, m.start, end, text[m.start:end], "ORG", m.role, m.org, m.same_as))
    return [m for m in out if id(m) not in swallowed]


def _completed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name the model cut short where the article writes it whole elsewhere:
    "Henri Lumban" right before "Raja menyebut", beside "Henri Lumban Raja" (the model
    read the last word as a title; the cut name had lost the sentence its speaker)."""
    full = {m.text for m in mentions if m.type == "PERSON" and " " in m.text}
    if not full:
        return mentions
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        if m.type == "PERSON":
            longer = [
                f for f in full
                if len(f) > len(m.text) and f.startswith(m.text + " ") and text.startswith(f, m.start)
                and not text[m.start + len(f):m.start + len(f) + 1].isalnum()
                and not any(m.end < s < m.start + len(f) for s in starts)
            ]
            if longer:
                f = max(longer, key=len)
                m = Mention(m.document, m.start, m.start + len(f), f, m.type, m.role, m.org, m.same_as)
        out.append(m)
    return out


_TITLE_BEFORE_BRACKET = re.compile(r"((?:[A-Za-z]+[ \t]+){1,3})\([ \t]*\Z")


def _english_title(name: str) -> bool:
    """Whether a name of two words or more is all words of an English title, one of
    them its head ("Manager Public Relations", "Chief Executive Officer")."""
    words = name.lower().split()
    return len(words) >= 2 and all(w in EN_TITLE_WORDS for w in words) and any(w in EN_TITLE_HEADS for w in words)


def _before_bracket(text: str, m: Mention) -> int | None:
    """Where a name would end that ``m`` is in brackets right after ("Kanal Banjir Timur
    (KBT)": the end of "Timur"), if ``m`` is in brackets; else None."""
    opened = text.rfind("(", max(0, m.start - 3), m.start)
    if opened < 0:
        return None
    while opened > 0 and text[opened - 1] in " \t":
        opened -= 1
    return opened


def _titles_short_form(text: str, m: Mention) -> bool:
    """Whether a one-word "person" in brackets is the short form of the title written
    right before it ("Direktur Penyidikan (Dirdik)", "Kepala Bidang (Kabid)"): the
    words before the bracket open with a title and hold its letters in order."""
    from kabar.analyze.entities import short_form_of

    if " " in m.text or text[m.end:m.end + 1] != ")":
        return False
    before = _TITLE_BEFORE_BRACKET.search(text, max(0, m.start - 50), m.start)
    if before is None:
        return False
    words = before.group(1).lower().split()
    if m.text.lower() in words:
        return False  # "Menteri Bahlil (Bahlil)": his name again
    return any(" ".join(words[k:]) in HEADS or words[k] in HEADS for k in range(len(words))) and short_form_of(
        m.text, words
    )


def _country_and_name(name: str, alone: set[str], places: Mapping[tuple[str, ...], str]) -> bool:
    """Whether a "place" of two words is a person whose first name is a country's
    ("Israel Katz"): the first word a country or region, the second a person the same
    article names alone, and the two no place's name nor a direction ("Korea Selatan")."""
    words = name.split()
    return (
        len(words) == 2 and words[1] in alone and (words[0].lower(),) in places
        and tuple(w.lower() for w in words) not in places and words[1].lower() not in DIRECTION_WORDS
    )


# A company's name: a word and a company's word after it, or "Grup"/"PT" and one word.
_COMPANY_NAME = re.compile(
    r"([A-Z][\w-]++) (?:Group|Grup|International|Internasional|Corporation|Corp|Limited|Ltd|Inc|Holdings?)\b"
    r"|(?:Grup|Group|PT) ([A-Z][\w-]++)$"
)


def _tidy(text: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Drop what cannot be a name and give one label to one name in one article.

    * a span starting in lower case ("selimut") is not a name;
    * one capitalised word that the article also writes in lower case is a common word
      opening a sentence ("Episenter gempa utama ..." beside "episenter");
    * (neither holds in a text written without capitals, which the models for such text
      read: there every name is in lower case, "tri rismaharini");
    * a word that is part of a person's full name in this article is that person
      ("Endang" tagged as a place beside "Endang Suhendar"), unless it is a known place,
      an acronym or an organisation noun (the resolve stage's guards for the same rule:
      "Lampung" beside a person span ending in "Polda Lampung" stays the province);
    * a "person" whose name opens with an organisation noun is an organisation
      ("Himpunan Pengusaha Muda Indonesia" after "Ketua Umum"), one named exactly
      as a country or region is that place ("Indonesia"), and an acronym the article
      also gives as an organisation is that organisation ("Adapun BI menilai ...").
    """
    from kabar.analyze.entities import CURRENCY_SIGNS, never_a_name_word, place_names

    places = place_names()
    lower = lower_words(text)
    person_tokens = {t for m in mentions if m.type == "PERSON" and " " in m.text for t in m.text.split()}
    org_words = {m.text for m in mentions if m.type == "ORG" and " " not in m.text}
    # a body's short form the article defines in brackets ("... Nusantara (Danantara)")
    # stays the body's beside a person span that holds it ("CEO Danantara Rosan ...")
    short_forms = {
        m.text for m in mentions
        if m.type == "ORG" and " " not in m.text and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"
    }
    uncased = (
        _uncased_sentences(text, split_sentences(text) if sentences is None else sentences)
        if any(m.text[:1].islower() for m in mentions) else []
    )
    written_lower = _written_lower(text, mentions, lower)
    # people the article names by one word: "Katz" makes "Israel Katz" (a country's
    # name and his) a person, not a place (the Israeli defence minister had been a
    # place and a person in two briefs)
    alone = {m.text for m in mentions if m.type == "PERSON" and " " not in m.text}
    companies = {
        found.group(1) or found.group(2)
        for m in mentions if m.type == "ORG" and (found := _COMPANY_NAME.match(m.text)) is not None
    }
    person_ends = {m.end for m in mentions if m.type == "PERSON"}
    body_ends: dict[int | None, Mention] = {m.end: m for m in mentions if m.type != "PERSON"}
    out = []
    for m in mentions:
        month = _MONTH_FIRST_NAME.search(text, max(0, m.start - 12), m.start) if m.type == "PERSON" else None
        if month is not None and not _BEFORE_A_MONTH.search(text, max(0, month.start() - 16), month.start()):
            # "Juni Prasetyo Nugroho": a first name spelled as a month, which the model
            # leaves out of the name (not a date's month: "13 Juni Prasetyo ...")
            m = Mention(m.document, month.start(), m.end, text[month.start():m.end], m.type, m.role, m.org, m.same_as)
        hadith = _NARRATED_BY.match(text, max(0, m.start - 1))
        if hadith is not None and hadith.start() == m.start - 1:
            if hadith.end() >= m.end:
                continue
            m = Mention(m.document, hadith.end(), m.end, text[hadith.end():m.end], "PERSON", m.role, m.org)
        if m.type == "LOC" and (bearing := _BEARING.match(text, m.start)) is not None and bearing.end() < m.end:
            m = Mention(m.document, bearing.end(), m.end, text[bearing.end():m.end], m.type, m.role, m.org)
        kept = _NOT_NAME_END.sub("", m.text)
        if m.type != "PERSON":
            kept = _DAY_END.sub("", kept)
        if kept != m.text:
            # "Jepang Besok" (a headline's "Japan tomorrow"): the name ends before
            m = Mention(m.document, m.start, m.start + len(kept), kept, m.type, m.role, m.org)
        in_uncased = bool(uncased) and any(s <= m.start and m.end <= e for s, e in uncased)
        if not m.text[:1].isupper() and not m.text[:1].isdigit() and not in_uncased:
            continue
        if common_word(m.text, lower) and not in_uncased:
            continue
        if m.type == "PERSON" and m.text in written_lower and not in_uncased:
            continue  # a phrase the text writes in lower case too (_written_lower)
        if not _LETTER.search(m.text) or m.text.lower() in CURRENCY_SIGNS:
            continue  # a figure ("0,84") or a currency's sign ("US$") names no one
        if m.type == "PERSON" and m.text.isupper() and (named := body_ends.get(_before_bracket(text, m))) is not None and (
            "".join(w[0] for w in named.text.split() if w[:1].isupper()) == m.text
        ):
            # "Kanal Banjir Timur (KBT)": the initials of the place or body before them
            m = Mention(m.document, m.start, m.end, m.text, named.type, m.role, m.org)
        if m.type == "PERSON" and _english_title(m.text):
            continue  # "Manager Public Relations": a post written in English, no one's name
        # (not a nickname right after a person's name, "Joko Widodo (Jokowi)", whatever
        # title comes before)
        if m.type == "PERSON" and _before_bracket(text, m) not in person_ends and _titles_short_form(text, m):
            continue  # "Direktur Penyidikan (Dirdik)": the title's short form, no one's name
        if " " not in m.text and not m.text.isupper() and (m.text.lower() in HEADS or m.text.lower() in RANK_WORDS):
            # a title or rank alone ("Menpora", "Mendag", "Dubes", "Marsda") names no
            # one: a post (an acronym may be a body's too: "Koperasi Simpan Pinjam (KSP)")
            continue
        if (
            m.type != "PERSON" and " " not in m.text and m.text in person_tokens
            and not never_a_name_word(m.text) and m.text not in short_forms
        ) or (m.type == "LOC" and _country_and_name(m.text, alone, places)):
            m = Mention(m.document, m.start, m.end, m.text, "PERSON", m.role, m.org)
        elif (m.type == "PERSON" and " " in m.text and m.text.split()[0].lower() in ORG_NOUNS) or (
            m.type != "ORG" and _regional_agency(m.text)
        ):
            m = Mention(m.document, m.start, m.end, m.text, "ORG")
        elif m.type == "PERSON" and tuple(m.text.lower().split()) in places:
            m = Mention(m.document, m.start, m.end, m.text, "LOC")
        elif m.type == "PERSON" and ((m.text.isupper() and m.text in org_words) or (
            m.text in companies and m.text not in person_tokens
        )):
            # an acronym the article gives as a body, or the one word of a company's name
            # the article gives in full ("Kini Wilmar menjadi ..." beside "Wilmar Group",
            # "Grup Wilmar": Wilmar had been a person)
            m = Mention(m.document, m.start, m.end, m.text, "ORG")
        elif m.type != "PERSON" and _AGE_AFTER.match(text, m.end) and tuple(m.text.lower().split()) not in places and (
            not _ranked(text, m.start, m.end)
        ):
            # a name with an age in brackets is a person's: "berinisial JN (37)",
            # "Dua nelayan, Ijang (45) dan ..." (not a country's or a club's rank or
            # points: "Vietnam (43), Thailand (34)")
            m = Mention(m.document, m.start, m.end, m.text, "PERSON", m.role, m.org)
        elif m.type != "PERSON" and _MINUTE_AFTER.match(text, m.end):
            # a goal's minute in brackets after a name is a scorer's: "Dion Cools (88')",
            # "La'Vere Corbon-Ong (67')" had been organisations of a match's brief
            m = Mention(m.document, m.start, m.end, m.text, "PERSON", m.role, m.org)
        out.append(m)
    return out


# A goal's minute in brackets, with added time, a penalty's or an own goal's mark:
# "(88')", "(45+2’)", "(pen 67')", "(og 12')".
_MINUTE_AFTER = re.compile(r"\s?\((?:(?:pen|p|og)\.?\s*)?\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['’′]")


# Short forms of regional and national agencies, written as words, not capitals
# ("Dinsos", "Bapenda"), and the words of a site that holds one ("Kantor Bapenda Kota
# Pekanbaru" is a building, "Pos Damkar" a post). The model types the agency with its
# place a place ("Bapenda Jabar", "Dispar Padang", "Damkar Wonogiri", "Dinkes
# Banyuwangi": 24 of the 129 corpus articles naming such an agency) and now and then a
# person ("Tagana Dinsos", "Dispar NTB").
REGIONAL_AGENCIES = frozenset({
    "dinsos", "dinkes", "disdik", "dishub", "disnaker", "disdukcapil", "dispendukcapil", "disperindag",
    "dispar", "disparbud", "disbudpar", "diskominfo", "dispora", "distan", "damkar", "bapenda", "bappeda",
    "bappenas", "basarnas", "satpol", "tagana",
})
_AGENCY_SITES = frozenset({"kantor", "pos", "posko", "gedung", "markas", "mako"})


def _regional_agency(name: str) -> bool:
    """Whether ``name`` is an agency's short form alone or with its unit or place
    ("Dispar Padang", "Tagana Dinsos"), not a site of it (:data:`REGIONAL_AGENCIES`)."""
    words = name.lower().split()
    return bool(REGIONAL_AGENCIES.intersection(words)) and words[0] not in _AGENCY_SITES


def _written_lower(text: str, mentions: list[Mention], lower: set[str]) -> set[str]:
    """The person spans of two words or more that ``text`` also writes, whole, in lower
    case: "Undang-Undang ... tentang Hak Cipta" beside "hak cipta" is no one named, nor
    are "Ventura Syariah" or "Dimethyl Ether". In 1,500 random corpus articles 8 such
    spans, 7 of them plainly no person's name. Names are not so written in a text with
    capitals. One pass over the text for all of them."""
    phrases = {
        m.text for m in mentions
        if m.type == "PERSON" and " " in m.text and m.text[:1].isupper()
        and all(w in lower for w in m.text.lower().split())
    }
    if not phrases:
        return set()
    by_lower = {p.lower(): p for p in phrases}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(by_lower, key=len, reverse=True)) + r")(?![\w-])")
    return {by_lower[m.group()] for m in pattern.finditer(text)}


# An age in brackets right after a name ("JN (37)"), and words near it that make the
# number a rank or points instead ("peringkat 63 ... Vietnam (43)"). In 2,000 random
# articles, 22 of the 25 organisations and places followed by such a number were
# people; the 3 others, countries in a ranking, are known places anyway.
_AGE_AFTER = re.compile(r"\s?\((?:[1-9]|[1-9]\d|1[01]\d)\)")
_RANKING_NEAR = re.compile(r"\b(?:poin|peringkat|posisi|urutan|klasemen|ranking|skor|nilai)\b", re.IGNORECASE)
RANKING_WINDOW = 120


def _ranked(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (within RANKING_WINDOW) speaks
    of ranks or points."""
    low = max(text.rfind(". ", max(0, start - RANKING_WINDOW), start) + 1, start - RANKING_WINDOW, 0)
    high = text.find(".", end, end + RANKING_WINDOW)
    high = min(len(text), end + RANKING_WINDOW) if high < 0 else high
    return _RANKING_NEAR.search(text, low, high) is not None


_LETTER = re.compile(r"[^\W\d_]")


# A text is written without capitals when at least this share of its characters is in
# such sentences. A cased article's few lower-case bits (an editor's initials "(edi)",
# a sentence opening with a figure, "88 rumah adat ... wungu bele") name nobody: on
# 1,500 corpus articles, every name found in them was wrong.
UNCASED_TEXT_SHARE = 0.5


def _uncased_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of ``sentences`` (the text's), those written without capitals when the text is
    mostly so written (none when it is mostly cased: see UNCASED_TEXT_SHARE)."""
    from kabar.analyze.ner_model import is_uncased

    spans = [(s, e) for s, e in sentences if is_uncased(text[s:e])]
    if sum(e - s for s, e in spans) < UNCASED_TEXT_SHARE * len(text.strip()):
        return []
    return spans


# Words that never end a name: relative days ("Jepang Besok" in a headline). Not the
# times of day: "Pasar Malam" is a name.
_NOT_NAME_END = re.compile(r"(?:\s+(?i:besok|kemarin|lusa|nanti|ini|tadi))+$")
# ... nor, of a place or a body, a weekday: "Jakarta Selatan Selasa" is the dateline's
# place and day ("Kantor Polres Metro Jakarta Selatan Selasa (17/6)")
_DAY_END = re.compile(r"\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
# A bearing opening a place's name after a distance or "arah": "49 Km arah Tenggara
# Pangandaran" is south-east of Pangandaran, no place "Tenggara Pangandaran" (an
# earthquake's epicentre as the agency writes it).
_BEARING = re.compile(
    r"(?:(?<=\bkm )|(?<=\bKm )|(?<=\bKM )|(?<=kilometer )|(?<=\barah )|(?<=\bArah )|(?<=sebelah ))"
    r"(?:Barat Daya|Barat Laut|Timur Laut|Tenggara|Utara|Selatan|Barat|Timur)[ \t]+(?=[A-Z])"
)
# "(HR Bukhari)", "[HR. Muslim]": "hadits riwayat", who a hadith is narrated by;
# the name after it is the narrator's, "HR" no one's (30 in the shared corpus).
_NARRATED_BY = re.compile(r"[(\[]\s*HR\b\.?\s*")
_MONTH_FIRST_NAME = re.compile(
    r"(?<![\w/-])(?:Januari|Februari|April|Mei|Juni|Juli|Agustus|Oktober|November|Desember) \Z"
)
# ... not after a day's number or a word that opens a time ("13 Juni", "sejak Juni")
_BEFORE_A_MONTH = re.compile(
    r"(?:\d|\b(?i:pada|sejak|hingga|sampai|bulan|awal|akhir|pertengahan|medio|tanggal|per|selama|dari|jelang"
    r"|menjelang|akan|lalu|dan|atau))[ \t]*\Z"
)


def lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case."""
    return set(_LOWER_WORD.findall(text))


def common_word(name: str, lower: set[str]) -> bool:
    """Whether ``name``, one capitalised word, is a word written in lower case in
    ``lower`` (:func:`lower_words`): a common word opening a sentence, not a name."""
    return " " not in name and not name.isupper() and name.lower() in lower
# A speaker's name that can be a person's: two to five capitalised words.
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*(?: [A-Z][a-z]+(?:[-'][A-Za-z]+)*){1,4}")
# ... whose last word has no speech verb or function word glued on where a link was
# stripped ("Patrick Kluivertmengungkapkan", "Erick Thohiringin").
_GLUED_TAIL = re.compile(
    r"[a-z]{3}(?:mengatakan|menyebut|menyebutkan|menjelaskan|menegaskan|mengungkapkan|menuturkan"
    r"|menyampaikan|memaparkan|menerangkan|ingin|dengan|yang|juga|saat|bahwa)$"
)


# Nouns of public bodies that no one's name holds, wherever they stand in a speaker's
# name ("Command Center Dinas Gulkarmat Jakarta", "Kasiops Sudin Penanggulangan
# Kebakaran")
_INSTITUTION_WORDS = frozenset(
    ["dinas", "sudin", "badan", "kementerian", "komisi", "kantor", "direktorat", "pemerintah", "kepolisian",
     "kejaksaan", "pengadilan", "satgas", "posko", "sekretariat", "lembaga", "yayasan", "universitas"]
)


def _speaker_persons(document: str, text: str, mentions: list[Mention],
                     attributions: list[Attribution]) -> list[Mention]:
    """``mentions`` plus the named speakers no entity covers whose name reads as a
    person's: the model misses unknown names that open a sentence ("Bahlil Lahadalia
    mengatakan ...", "Menurut Hanif Faisol Nurofiq, ..."), which is where news puts
    whoever speaks. Organisations ("Kementerian Kesehatan"), places and one-word names
    ("Polri") are left as they are."""
    from kabar.analyze.entities import ENGLISH_ORG_HEADS, place_names

    out = list(mentions)
    for a in attributions:
        name = a.speaker_name
        if a.kind != "named" or not name or not _PERSON_NAME.fullmatch(name) or _GLUED_TAIL.search(name):
            continue
        start = text.find(name, a.speaker_start, a.speaker_end)
        if start < 0 or any(m.start < start + len(name) and start < m.end for m in out):
            continue
        words = name.lower().split()
        if words[0] in ORG_NOUNS or tuple(words) in place_names() or any(
            w in _INSTITUTION_WORDS or w in _UNIT_WORDS for w in words
        ) or words[-1] in ENGLISH_ORG_HEADS:
            continue  # ("kata Command Center Dinas Gulkarmat Jakarta", "Kronen Zeitung": a body speaks)
        out.append(Mention(document, start, start + len(name), name, "PERSON", a.role, a.org))
    out.sort(key=lambda m: (m.start, m.end))
    return out


# Words that say the name after them is another name of the person named right before:
# "alias" ("Agung Pamungkas alias Don Papank", in crime news "AW alias Bowo"), "(atau)
# (yang) akrab/biasa disapa/dipanggil", "atau (yang) dikenal dengan/sebagai"; and
# "sapaan akrab", after which the full name follows ("Mualem, sapaan akrab Muzakir
# Manaf"). "alias" also joins common words ("hoaks alias berita bohong", "Build Your
# Dreams alias BYD"): only a person's name before it counts. Being called by a name
# ("disapa", "dipanggil", "sapaan") is said of people only: a name after it that the
# model typed a place or a body is a person's ("Fujianti Utami atau akrab disapa Fuji").
_ALIAS_AFTER = re.compile(
    r"[ \t]+alias[ \t]+"
    r"|(?P<called>,?[ \t]+(?:atau[ \t]+)?(?:yang[ \t]+)?(?:juga[ \t]+)?(?:lebih[ \t]+)?(?:akrab|biasa)[ \t]+"
    r"(?:disapa|dipanggil)[ \t]+)"
    r"|,?[ \t]+atau[ \t]+(?:yang[ \t]+)?(?:lebih[ \t]+)?dikenal[ \t]+(?:dengan|sebagai)[ \t]+"
    r"(?:nama[ \t]+(?:panggung(?:nya)?[ \t]+)?)?"
)
# (also in brackets, with "panggilan": "Mischa (panggilan Mudryk)", "Jorji (sapaan
# Gregoria)")
_ALIAS_BEFORE = re.compile(
    r",?[ \t]+sapaan[ \t]+akrab(?:nya)?[ \t]+|[ \t]+\((?:sapaan|panggilan)(?:[ \t]+akrab)?(?:nya)?[ \t]+"
)
# "Joko Widodo atau Jokowi": a one-word name after "atau" that holds a word of the
# name before it, or is held in one ("Jokowi" holds "Joko"), is that person's other
# name (:func:`_bracket_alias`'s test). Only one word: "atau" also offers a choice
# between two people ("Budi Santoso atau Budi Hartono" stay two); an honorific or
# "Coach" before it counts no word ("Justinus Lhaksana atau Coach Justin").
_OR_ALIAS = re.compile(r",?[ \t]+atau[ \t]+")
_ALIAS_TITLES = HONORIFICS | {"coach", "bang", "mas", "kak", "cak", "om", "abah", "uda", "uni"}
# ... and after a common noun (a businessman "yang akrab disapa" by a short name):
# whoever is so called is a person, though the text does not say whom (the name had
# been a place in a celebrity story's who's who). Not "dipanggil" alone: "dipanggil
# KPK" is summoned by it.
_CALLED_BEFORE = re.compile(r"\b(?:akrab|biasa)[ \t]+(?:disapa|dipanggil)[ \t]+$")
CALLED_LOOKBACK = 24
# The other name where the model read none: up to four capitalised words ("alias Haji
# Isam", "alias Mualem", "alias SYA (41)"), not running into digits ...
_ALIAS_NAME = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*){0,3}(?![\w'’-])")
# ... and without an editor's "-red" after it ("(panggilan Mudryk-red)").
_EDITORS_MARK = re.compile(r"-red$")


# A name in brackets right after a person's ("Sukarno (Bung Karno)", "Muhamad Haniv
# (HNV)"): another name of that person when it is a person's sharing a word of at
# least BRACKET_ALIAS_MIN_LETTERS letters with the name, one inside the other ("Karno",
# "Sukarno"), or two or three capitals drawn in order from the letters of a name of two
# words or more, the first a word's initial ("HNV" of "Muhamad Haniv", "JKW"; a party's
# "PDIP" after "Said Abdullah" is none). Not any person's name in brackets: a lineup
# writes a player's club so ("Emil Audero (Cremonese)"); nor a name's very initials, nor
# four letters: a company or a term the model typed a person defines its short form so
# ("Culturally Responsive Teaching (CRT)", "Indofood Sukses Makmur (INDF)"; of 20
# capitals so placed after a "person" in the corpus, 15 were such, 5 a person's).
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_BRACKET_INITIALS = re.compile(r"[A-Z]{2,3}")
BRACKET_ALIAS_MIN_LETTERS = 4


def _bracket_alias(name: str, other: Mention) -> bool:
    words = [w.lower() for w in name.split()]
    if other.type == "PERSON":
        return holds_a_word(words, other.text.lower().split(), BRACKET_ALIAS_MIN_LETTERS)
    short = other.text
    if (
        len(words) < 2 or not _BRACKET_INITIALS.fullmatch(short) or short[0].lower() not in {w[:1] for w in words}
        or short.lower() == "".join(w[:1] for w in words)
    ):
        return False
    letters = iter("".join(words))
    return all(c in letters for c in short.lower())


def _aliases(document: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each other name the text gives a person (:data:`_ALIAS_AFTER`,
    :data:`_ALIAS_BEFORE`) marked ``same_as`` the mention of that person's name (the
    resolve stage makes them one), typed a person, or added when the model read no
    name there."""
    out = list(mentions)
    at = {m.start: k for k, m in enumerate(out)}
    lower: set[str] | None = None
    added: list[Mention] = []
    for k in range(len(mentions)):
        m = out[k]
        after = _ALIAS_AFTER.match(text, m.end) if m.type == "PERSON" else None
        if after is not None:
            name = _ALIAS_NAME.match(text, after.end())
            # (the model's name may start after an honorific: "alias Pak Kumis")
            j = at.get(after.end()) if name is None else next(
                (at[x.start] for x in out if name.start() <= x.start < name.end() and x.start in at), None
            )
            if j is not None:
                other = out[j]
                if other.type == "PERSON" or after.group("called"):
                    out[j] = Mention(document, other.start, other.end, other.text, "PERSON", other.role, other.org,
                                     same_as=m.start)
                continue
            if name is None or any(x.start < name.end() and name.start() < x.end for x in out):
                continue
            if lower is None:
                lower = lower_words(text)
            if not common_word(name.group(), lower):
                added.append(Mention(document, name.start(), name.end(), name.group(), "PERSON", same_as=m.start))
            continue
        bracket = _BRACKET_OPEN.match(text, m.end) if m.type == "PERSON" else None
        j = at.get(bracket.end()) if bracket is not None else None
        if j is not None and _BRACKET_CLOSE.match(text, out[j].end) and _bracket_alias(m.text, out[j]):
            # (initials typed a body are the person's all over the text)
            short, typed = out[j].text, out[j].type
            for i, x in enumerate(out):
                if i == j or (typed != "PERSON" and x.type == typed and x.text == short):
                    out[i] = Mention(document, x.start, x.end, x.text, "PERSON", x.role, x.org, same_as=m.start)
            continue
        nickname = _OR_ALIAS.match(text, m.end) if m.type == "PERSON" else None
        j = at.get(nickname.end()) if nickname is not None else None
        if (
            j is not None and out[j].type == "PERSON"
            and len([w for w in out[j].text.split() if w.lower() not in _ALIAS_TITLES]) == 1
            and len(m.text.split()) >= 2
            # (made from the name, or with the one age the two names are given: "Siska
            # Oktavia Rusdi atau Cika (23)", one young woman)
            and (_bracket_alias(m.text, out[j]) or _AGE_AFTER.match(text, out[j].end) is not None)
        ):
            other = out[j]
            out[j] = Mention(document, other.start, other.end, other.text, "PERSON", other.role, other.org,
                             same_as=m.start)
            continue
        before = _ALIAS_BEFORE.match(text, m.end)
        j = at.get(before.end()) if before is not None else None
        if before is not None and j is None and m.type == "PERSON":
            # the name it stands for, where the model read none ("Mischa (panggilan
            # Mudryk)")
            name = _ALIAS_NAME.match(text, before.end())
            if name is not None and not any(x.start < name.end() and name.start() < x.end for x in out + added):
                if lower is None:
                    lower = lower_words(text)
                written = _EDITORS_MARK.sub("", name.group())  # ("Mudryk-red": the editor's note)
                if written and not common_word(written, lower):
                    added.append(Mention(document, name.start(), name.start() + len(written), written, "PERSON"))
                    out[k] = Mention(document, m.start, m.end, m.text, "PERSON", m.role, m.org, same_as=name.start())
            continue
        if j is not None and "PERSON" in (m.type, out[j].type):
            # "Indram, sapaan akrab Indra Mardiatna": the first is the other name
            full = out[j]
            if full.type != "PERSON":
                out[j] = Mention(document, full.start, full.end, full.text, "PERSON", full.role, full.org)
            out[k] = Mention(document, m.start, m.end, m.text, "PERSON", m.role, m.org, same_as=full.start)
    for k, m in enumerate(out):
        if m.type != "PERSON" and _CALLED_BEFORE.search(text, max(0, m.start - CALLED_LOOKBACK), m.start):
            out[k] = Mention(document, m.start, m.end, m.text, "PERSON", m.role, m.org, same_as=m.same_as)
    out.extend(added)
    out.sort(key=lambda m: (m.start, m.end))
    return out


# First words of places' names ("Desa Kiuola", "Gunung Marapi")
_PLACE_NOUNS = frozenset(
    ["desa", "dusun", "kampung", "jalan", "jl", "gang", "gunung", "pulau", "pantai", "sungai", "danau",
     "teluk", "selat", "stadion", "bandara", "pelabuhan", "pasar", "terminal", "tol", "kawasan", "kompleks"]
)


def _speakers_typed_people(document: str, text: str, mentions: list[Mention],
                           attributions: list[Attribution]) -> list[Mention]:
    """``mentions`` with every mention of a name the article has speak as a person
    typed a person too: "kata Amelia" makes the "Amelia" of "Amelia berencana ..." a
    person, not the place the model read there (one PERSON and one LOC mention had
    left her a place in the story's who's who). Not a name the gazetteers or the place
    list know only as a place or only as an organisation, nor one opening with a
    place's or an institution's noun ("Desa Kiuola")."""
    from kabar.analyze.entities import place_names
    from kabar.analyze.ner_model import gazetteer_labels

    spoken = {
        m.text for a in attributions if a.kind == "named"
        for m in mentions
        if m.type == "PERSON" and a.speaker_start <= m.start and m.end <= a.speaker_end
    }
    if not spoken:
        return mentions
    out = list(mentions)
    for k, m in enumerate(out):
        if m.type == "PERSON" or m.text not in spoken:
            continue
        words = tuple(m.text.lower().split())
        if (words[0] in ORG_NOUNS or words[0] in _PLACE_NOUNS or words in place_names()
                or gazetteer_labels(words) in (frozenset({"LOC"}), frozenset({"ORG"}))):
            continue
        out[k] = Mention(document, m.start, m.end, m.text, "PERSON", m.role, m.org, same_as=m.same_as)
    return out


def find_mentions(document: str, text: str, ner: bool = True) -> tuple[
        list[Mention], list[Mention], list[RoleMention], list[tuple[int, int]], list[Attribution]]:
    """The people, organisations and places of one clean text: (entities, mentions with
    roles and named speakers, role mentions, sentences, attributions). What
    :func:`analyze_text` reads besides numbers and dates. ``ner`` False: no NER, the
    mentions are the people the role rules find."""
    sentences = split_sentences(text)
    entities = _ner(document, text, sentences) if ner else []
    role_mentions = find_role_mentions(text, [(e.start, e.end, e.type) for e in entities])
    mentions = _streets(document, text, _mentions(document, text, entities, role_mentions))
    attributions = attribute(text, sentences, [(m.start, m.end, m.type) for m in mentions])
    if ner:
        mentions = _speakers_typed_people(document, text, _speaker_persons(document, text, mentions, attributions),
                                          attributions)
    return entities, _aliases(document, text, _companies_of_titles(mentions, role_mentions)), role_mentions, \
        sentences, attributions


def _companies_of_titles(mentions: list[Mention], role_mentions: list[RoleMention]) -> list[Mention]:
    """A "person" that is the organisation of someone's title written after his name
    ("Dian Sudewo, CEO Nuon."): the organisation (roles._relation_of)."""
    orgs = {
        (r.role_end - len(r.org), r.role_end) for r in role_mentions
        if r.pattern == "appositive_after" and r.org and " " not in r.org
    }
    return [
        Mention(m.document, m.start, m.end, m.text, "ORG") if m.type == "PERSON" and not m.role and (m.start, m.end) in orgs
        else m
        for m in mentions
    ]


_DIGIT = re.compile(r"\d")
_SURROGATE = re.compile("[\ud800-\udfff]")


def analyze_text(
    document: str, text: str, published: Any = None, options: AnalyzeOptions | None = None,
    language: str | None = None,
) -> Analysis:
    """Analyse one clean text (see :func:`analyze_article`); ``language`` its ISO 639-1
    code as ingest detected it (figures in an English text are read the English way)."""
    options = options or AnalyzeOptions()
    # a lone surrogate (a broken decode upstream) becomes U+FFFD: same length, so every
    # offset still points into the article's text
    text = _SURROGATE.sub("\ufffd", text)
    result = Analysis(document=document, text=text)
    if not text.strip():
        return result
    try:
        (result.entities, result.mentions, result.roles, result.sentences,
         result.attributions) = find_mentions(document, text, options.entities)
        result.quantities = extract_quantities(text, language=language)
        result.dates = extract_dates(text, published, said_spans(result.attributions, result.sentences))
    except Exception as exc:  # a bug on one article must not kill a batch
        if options.strict:
            raise AnalysisError(f"{document}: analysis failed: {exc}") from exc
        logger.warning("%s: analysis failed: %s", document, exc)
        result.errors.append(f"analysis failed: {type(exc).__name__}: {exc}")
    return result


def analyze_article(article: Article, options: AnalyzeOptions | None = None) -> Analysis:
    """The analyze stage for one cleaned article."""
    text = article.clean_text if article.clean_text is not None else article.text
    return analyze_text(article.id, text, article.published, options, article.language)


def to_doc(analysis: Analysis) -> Doc:
    """A spaCy ``Doc`` of the analysed text: sentences, entities (``doc.ents``) and span
    groups ``quantities``, ``dates`` and ``speakers`` carrying our records as labels."""
    from kabar.analyze.ner_model import load_ner

    nlp = load_ner()
    doc = nlp.make_doc(analysis.text)
    starts = {s for s, _e in analysis.sentences}
    if len(doc):
        import numpy as np
        from spacy.attrs import SENT_START

        # all at once: setting token.is_sent_start one by one costs the document's length each time
        flags = np.array([[1 if t.i == 0 or t.idx in starts else -1] for t in doc], dtype="int32").astype("uint64")
        doc.from_array([SENT_START], cast(Any, flags))

    def spans(items: list[tuple[int, int, str]]) -> list[Any]:
        out = []
        for start, end, label in items:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                out.append(span)
        return out

    ents = spans([(m.start, m.end, m.type) for m in analysis.mentions])
    kept: list[Any] = []
    used: set[int] = set()
    for span in sorted(ents, key=lambda s: (s.start, -len(s))):
        if used.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            used.update(range(span.start, span.end))
    doc.ents = kept
    doc.spans["quantities"] = spans([(q.start, q.end, q.kind) for q in analysis.quantities])
    doc.spans["dates"] = spans([(d.start, d.end, d.kind) for d in analysis.dates])
    doc.spans["speakers"] = spans([(a.speaker_start, a.speaker_end, a.kind) for a in analysis.attributions])
    return doc
