"""Flags: what a fact-checker should look at, each naming entities, claims, documents.

Kinds: ``role_conflict``, ``name_variant``, ``identifier_variant``, ``figure_conflict``,
``unattributed``, ``date_mismatch``, ``statement_date``, ``revised_within``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from rapidfuzz.distance import JaroWinkler, Levenshtein

from kabar.analyze.ner_model import frequency_band
from kabar.analyze.roles import NEEDS_COMPLEMENT
from kabar.analyze.temporal import WEEKDAY_NAMES, WEEKDAYS, DateMention
from kabar.reconcile import Group, ValueSummary
from kabar.records import Claim, Entity
from kabar.report import fmt_figure
from kabar.resolve import (
    BODY_COUNTRY,
    HONORIFICS,
    expands,
    fold,
    is_acronym,
    name_tokens,
    without_legal_form,
    written_out,
)


@dataclass(slots=True)
class Flag:
    """One thing to look at. ``figure`` and ``outlets``, for a flag about one figure
    (``unattributed``), name it ("harga = Rp 449.000.000") and the outlets stating it,
    so that a report can list many such flags in one line without reading the message."""

    kind: str
    message: str
    entities: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    figure: str | None = None
    outlets: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message, "entities": self.entities,
                "claims": self.claims, "documents": self.documents, "figure": self.figure,
                "outlets": self.outlets}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Flag:
        return cls(data["kind"], data["message"], list(data.get("entities") or []),
                   list(data.get("claims") or []), list(data.get("documents") or []),
                   data.get("figure"), list(data.get("outlets") or []))


# Words that qualify a role without changing it ("mantan", "plt.") and the role
# words that never decide a conflict on their own.
_ROLE_NOISE = frozenset(["mantan", "eks", "plt", "plh", "sementara", "baru", "seorang", "sang", "the", "of", "dan"])
_DEPUTY = frozenset({"wakil", "deputi", "deputy", "vice", "wamen", "wabup", "wawali", "wagub"})


def _role_words(role: str) -> set[str]:
    return {t for t in name_tokens(role) if t not in _ROLE_NOISE}


# Titles that name a portfolio in the next word: "Menteri Pertahanan" and "Menteri Luar
# Negeri" are different offices, while "Ketua Majelis Hakim" and "Ketua Majelis
# Pengadilan Tipikor Jakarta" describe one judge in more or fewer words.
PORTFOLIO_TITLES = frozenset({"menteri", "menko", "wamen", "minister", "secretary", "sekretaris", "panglima"})
# Two role words this similar (Jaro-Winkler) are one word misspelt ("Eksekutir").
SAME_ROLE_WORD = 0.9


def roles_compatible(a: str, b: str) -> bool:
    """Whether two roles can describe one person at one time.

    Incompatible only when the text clearly names two offices: one role is the deputy
    of the other ("Bupati Garut" vs "Wakil Bupati Garut"), or the same title with
    different portfolios ("Menteri Pertahanan" vs "Menteri Luar Negeri"). Other
    differences are the same office described in more or fewer words, and flagging
    them would bury the real conflicts.
    """
    wa, wb = _role_words(a), _role_words(b)
    if not wa or not wb:
        return True
    if _spelled_out(a, b) or _spelled_out(b, a):
        return True
    if bool(wa & _DEPUTY) != bool(wb & _DEPUTY) and (wa - _DEPUTY) & (wb - _DEPUTY) and not _two_bodies(wa, wb):
        return False
    ta = [t for t in name_tokens(a) if t not in _ROLE_NOISE and t not in _DEPUTY]
    tb = [t for t in name_tokens(b) if t not in _ROLE_NOISE and t not in _DEPUTY]
    if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0] and ta[0] in PORTFOLIO_TITLES:
        return JaroWinkler.similarity(ta[1], tb[1]) >= SAME_ROLE_WORD or _same_portfolio(a, b)
    return True


def _two_bodies(wa: set[str], wb: set[str]) -> bool:
    """Whether two roles are posts in two bodies each names by its kind ("Wakil Ketua
    Komisi XII DPR" and "Ketua Fraksi PAN DPR": a commission and a party's group, two
    posts one member of parliament holds at once)."""
    ba, bb = wa & NEEDS_COMPLEMENT, wb & NEEDS_COMPLEMENT
    return bool(ba) and bool(bb) and not ba & bb


_BRACKETED = re.compile(r"\(([^()\s]{2,})\)")


def _spelled_out(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with its short form spelled out before it in
    brackets: "Wadirkrimum Polda Bengkulu" and "Wakil Direktur Kriminal Umum
    (Wadirkrimum) Polda Bengkulu"; "Ketua Umum PSN" and "Ketua Umum Partai Suara
    Nusantara (PS-N)"."""
    words = short.split()
    for m in _BRACKETED.finditer(long):
        # (hyphens, spaces and case aside: "(PS-N)" is "PSN", "(Wadirkrimum)" "Wadir Krimum")
        abbr = m.group(1).replace("-", "").lower()
        at = next(
            ((i, j) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)
             if "".join(words[i:j]).replace("-", "").lower() == abbr),
            None,
        )
        if at is not None:
            head, tail = words[:at[0]], words[at[1]:]
            before = long[:m.start()].lower().split()
            if tail == long[m.end():].split() and all(w.lower() in before for w in head):
                return True
    return False


# A portfolio's short form: in brackets ("... Mineral (ESDM)") or right after the title
# word ("Menteri ESDM"); not any capitals ("Menteri Pertahanan AS": a country).
_ROLE_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]+)\)|^\S+\s+([A-Z][A-Z0-9]+)\b")


_NOT_PORTFOLIO = _ROLE_NOISE | _DEPUTY


def _short_forms(role: str) -> set[str]:
    bare = " ".join(w for w in role.split() if w.lower().strip(".") not in _NOT_PORTFOLIO)
    return {x for m in _ROLE_ACRONYM.finditer(bare) for x in m.groups() if x}


def _same_portfolio(a: str, b: str) -> bool:
    """Whether two roles name one portfolio, once by its short form: "Menteri ESDM" and
    "Menteri Energi dan Sumber Daya Mineral (ESDM)" or "... Mineral" alone."""
    short_a, short_b = _short_forms(a), _short_forms(b)
    if short_a & short_b:
        return True
    for shorts, other in ((short_a, b), (short_b, a)):
        words = other.split()[1:]  # the portfolio, after the title word
        if any(expands(short, " ".join(words)) for short in shorts):
            return True
    return False


def role_conflicts(entities: Iterable[Entity]) -> list[Flag]:
    flags = []
    for entity in entities:
        roles = entity.roles
        for i, first in enumerate(roles):
            for second in roles[i + 1 :]:
                if roles_compatible(first["role"], second["role"]):
                    continue
                if set(first["documents"]) & set(second["documents"]):
                    # one article gives both: posts held together ("wakil ketua asosiasi
                    # tekstil sekaligus ketua bidang di Apindo"), or a former and a
                    # present one, not outlets disagreeing on who one is
                    continue
                docs = sorted(set(first["documents"]) | set(second["documents"]))
                flags.append(Flag(
                    "role_conflict",
                    f"{entity.name} is called \u201c{first['role']}\u201d in {', '.join(first['documents'])} "
                    f"but \u201c{second['role']}\u201d in {', '.join(second['documents'])}",
                    entities=[entity.id], documents=docs,
                ))
    return flags


def name_variants(entities: Iterable[Entity]) -> list[Flag]:
    """An entity written in several spellings (not merely shortened)."""
    flags = []
    for entity in entities:
        # (another name the text gives, "Justinus Lhaksana atau Coach Justin", "X alias
        # Y", is no spelling of the name)
        given = {m.text for m in entity.mentions if m.same_as is not None}
        forms = [f for f in (entity.name, *entity.aliases) if f not in given or f == entity.name]
        # an acronym's expansion ("Badan Meteorologi, Klimatologi, dan Geofisika" of
        # "BMKG") is another name, not another spelling: expansions are compared with
        # each other, the other forms with each other
        # (a company's, with its legal form aside: "PT MRP" of "PT Mulia Raymond Perkasa")
        bare = {f: without_legal_form(f) for f in forms}
        acronyms = [bare[f] for f in forms if is_acronym(bare[f])]
        expansions = [f for f in forms if any(expands(a, bare[f]) for a in acronyms)]
        docs_by_form: dict[str, set[str]] = defaultdict(set)
        for mention in entity.mentions:
            docs_by_form[mention.text].add(mention.document)
        for family in ([f for f in forms if f not in expansions and not is_acronym(bare[f])], expansions):
            # spellings as written (case and accents aside; fold() would hide "Ruttee"),
            # each only where no longer form holds all its words: "Sri Mulyani" beside
            # "Sri Mulyani Indrawati", "Raja Ampat" beside "Kabupaten Raja Ampat" and
            # "Putindi" (a word glued on) beside "Putin" are one spelling shortened or
            # lengthened. In 300 random multi-outlet stories 238 flags had listed 151
            # such forms alone; misspellings ("Filiniangsih"), other surnames ("Miguel
            # Uribe Londoño" beside "Miguel Uribe Turbay") and other words ("Asia
            # Tengah", "Asia Tenggara") stay.
            # (a body's "RI" after it adds no word: "Kejagung RI" is the one word "Kejagung")
            variants = _another_name_apart(_longest_spellings(
                [f for f in family if len([t for t in name_tokens(f) if t != BODY_COUNTRY]) >= 2]
            ))
            variants = [f for f in variants if not any(_shortened(f, g) for g in variants if g != f)]
            # (one name with its head written short or out: "PN Surabaya" and
            # "Pengadilan Negeri Surabaya", as kabar.resolve reads them)
            keys = {f: tuple(written_out(_spelling_words(f))) for f in variants}
            longest: dict[tuple[str, ...], str] = {}
            for f, key in keys.items():
                longest[key] = max(longest.get(key, f), f, key=len)
            variants = [f for f in variants if longest[keys[f]] == f]
            full = {_spelling(f) for f in variants}
            if len(full) < 2 or (
                len({re.sub(r"\d", "", f) for f in full}) < 2 and not any(re.search(r"\d{3}", f) for f in full)
            ):
                # (spellings differing in a short figure alone name other things: "Moto2
                # Race", "Moto3 Race"; a count written two ways stays: "7.991.160 KPM")
                continue
            inside = sorted(
                {d for d in entity.documents if sum(d in docs_by_form[f] for f in variants) > 1}
            )
            where = f" (within {', '.join(inside)})" if inside else ""
            flags.append(Flag(
                "name_variant",
                f"{entity.name} is spelled {len(full)} ways: " + ", ".join(sorted(set(variants))) + where,
                entities=[entity.id], documents=list(entity.documents),
            ))
    return flags


def _spelling_words(form: str) -> list[str]:
    return _spelling(form).split()


def glued_on(word: str, head: str) -> bool:
    """Whether ``word`` is ``head`` (three letters at least) with a common word of two
    letters or more glued on where a link was stripped ("putindi", "Kristiyantokembali");
    not an ending that makes another word ("Pemantauan")."""
    tail = word[len(head):]
    return (
        len(head) >= 3 and word.startswith(head) and len(tail) >= 2
        and tail not in _GLUE_SUFFIXES and frequency_band(tail) == "F3"
    )


_GLUE_SUFFIXES = frozenset({"an", "kan", "nya", "lah", "kah", "in", "se"})


def _same_word(a: str, b: str) -> bool:
    """``a`` is ``b``, or one is the other with a word (:func:`glued_on`) or a figure
    glued on ("Airlines7", "Ketenagakerjaan2025")."""
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    tail = longer[len(shorter):]
    return glued_on(longer, shorter) or (
        len(shorter) >= 3 and longer.startswith(shorter) and tail.isdigit() and not shorter[-1].isdigit()
    )


def _holds(longer: list[str], shorter: list[str]) -> bool:
    """Every word of ``shorter`` is one of ``longer``, or its initial ("Ronald A. Sinaga"
    of "Ronald Aristone Sinaga")."""
    return all(any(_same_word(w, x) or (len(w) == 1 < len(x) and x.startswith(w)) for x in longer) for w in shorter)


# Two forms of one entity are two spellings of one name only when a word of one is a
# word of the other or close to it (Jaro-Winkler similarity at least this, both words of
# four letters or more: "Filianingsih" and "Filiniangsih" 0.98, "Rutte" and "Ruttee"
# 0.97, "Soekarno" and "Sukarno" 0.88); a form sharing no such word is another name the
# text gives ("Bro Ron" of "Ronald Aristone Sinaga", "Don Papank" of "Agung
# Pamungkas"), not a misspelling.
SPELLING_WORD_MIN_SIMILARITY = 0.85


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with two words or more written as their short form
    ("Provinsi Jatim" of "Provinsi Jawa Timur", "PT Antam Tbk" of "PT Aneka Tambang
    Tbk"): another name, not another spelling. Of the 49 name_variant flags of 200
    stories' briefs, 4 were only such (and go)."""
    from kabar.analyze.entities import short_form_of

    a, b = _spelling_words(short), _spelling_words(full)
    if len(a) >= len(b):
        return False
    head = 0
    while head < len(a) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    if len(a) - head - tail != 1:
        return False
    run = b[head:len(b) - tail]
    # (opening as the first word opens: "Lincol Financial Field" is no short form of
    # "Stadion Lincoln Financial Field")
    return len(run) >= 2 and a[head][:2] == run[0][:2] and short_form_of(a[head], run)


def _another_name_apart(variants: list[str]) -> list[str]:
    """The forms of :func:`_longest_spellings` that share a word, or a word spelled
    nearly alike (:data:`SPELLING_WORD_MIN_SIMILARITY`), with another of them."""
    words = {f: set(_spelling_words(f)) for f in variants}

    def close(a: str, b: str) -> bool:
        return any(
            x == y or (min(len(x), len(y)) >= 4 and JaroWinkler.similarity(x, y) >= SPELLING_WORD_MIN_SIMILARITY)
            for x in words[a] for y in words[b]
        )

    return [f for f in variants if any(close(f, g) for g in variants if g != f)]


def _longest_spellings(forms: list[str]) -> list[str]:
    """The forms no other form holds all the words of (:func:`_holds`), and of two forms
    each holding the other's words (the same words, one glued) the one with more
    letters left out."""
    words = {f: _spelling_words(f) for f in forms}
    kept = []
    for f in forms:
        held = False
        for g in forms:
            if g == f or not _holds(words[g], words[f]):
                continue
            # g holds f: f is a shortening unless f holds g too and is the plainer form
            if not _holds(words[f], words[g]) or len(_spelling(f)) > len(_spelling(g)):
                held = True
                break
            if len(_spelling(f)) == len(_spelling(g)) and f > g:
                held = True
                break
        if not held:
            kept.append(f)
    return kept


def _spelling(form: str) -> str:
    # (quotes and hyphens inside a word only: "Merah Putih'" is "Merah Putih")
    words = (w.strip("'-") for w in re.findall(r"[\w'-]+", form.lower()))
    return " ".join(w for w in words if w and fold(w) not in _HONORIFIC_FOLDS)


_HONORIFIC_FOLDS = frozenset(fold(h) for h in HONORIFICS)


def figure_conflicts(groups: Iterable[Group], claims: Mapping[str, Claim] | None = None) -> list[Flag]:
    """Groups whose sources disagree, each value with its outlets, as the brief's tables
    print it (:func:`_shown`; a vague one as written when ``claims`` are given)."""
    claims = claims or {}
    flags = []
    for group in groups:
        if group.status != "conflict":
            continue
        values = "; ".join(f"{_shown(v, claims)} ({', '.join(v.outlets)})" for v in group.values)
        flags.append(Flag(
            "figure_conflict", f"{group.property}: sources disagree: {values}",
            claims=list(group.claims), documents=list(group.documents),
        ))
    return flags


def _shown(value: ValueSummary, claims: Mapping[str, Claim]) -> str:
    """A value of a group as the brief's tables print it (kabar.report.fmt_figure):
    "lebih dari 5 detik", "US$ 0,00329", or, when every claim of it is vague, the first
    one's words quoted ("“puluhan juta pelanggan”", not 10.000.000)."""
    texts = [claims[c].text for c in value.claims if c in claims]
    written = next((t for t in texts if t), None)
    return fmt_figure(value.as_dict(), value.qualifiers, written, texts)


def unattributed(groups: Iterable[Group], claims: Mapping[str, Claim]) -> list[Flag]:
    """Figures whose only source is the outlet itself: nobody is quoted for them. Each
    flag names its figure, the consensus as the brief's table prints it, and outlets
    (kabar.report.shown_flags lists many in one line)."""
    flags = []
    for group in groups:
        members = [claims[c] for c in group.claims if c in claims]
        if members and group.values and all(c.speaker is None and not c.speaker_text for c in members):
            shown = next(
                (v for v in group.values if group.consensus
                 and (v.value, v.unit) == (group.consensus["value"], group.consensus["unit"])),
                group.values[0],
            )
            figure = f"{group.property} = {_shown(shown, claims)}"
            outlets = sorted({c.outlet or "?" for c in members})
            flags.append(Flag(
                "unattributed",
                f"{figure}: no source is named; only the outlet ({', '.join(outlets)}) states it",
                claims=[c.id for c in members], documents=sorted({c.document for c in members}),
                figure=figure, outlets=outlets,
            ))
    return flags


# Codes that identify one thing: flight numbers ("SV-5276", "SI-576"), kilometre
# posts ("KM 014200", "Km 01+200"), plates, case numbers; not sums ("USD499").
_IDENTIFIER = re.compile(
    r"\b(?:(?:KM|Km|km)\s?\d{1,3}(?:\+\d{3}|\d{3,4})|(?!(?:USD|IDR|EUR|SGD|JPY|GBP|AUD|MYR|CNY|RP)\b|"
    r"(?:USD|IDR|EUR|SGD|JPY|GBP|AUD|MYR|CNY|RP)\d)[A-Z]{1,3}[- ]?\d{2,5}[A-Z]{0,3})\b"
)
# Two codes with the same shape are variants when they differ in at most this many
# characters (a transposed or dropped digit), beyond that they are different things;
# and two codes one article writes both of are two things it names ("U-19" and "U-20",
# "GP24" and "GP25", "BJ30" and "BJ40"): in 120 random multi-outlet stories 7 of the 8
# flags had been such pairs, the eighth a flight number written five ways by five
# outlets ("SV-5276", "SV-5726", "SI-576"), kept.
MAX_IDENTIFIER_EDITS = 2


def identifiers(texts: Mapping[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for doc, text in texts.items():
        for m in _IDENTIFIER.finditer(text):
            found[m.group()].add(doc)
    return found


def _shape_key(code: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", code).upper()
    return letters[:1]


def _may_be_one(a: str, b: str) -> bool:
    """Whether two codes' forms may be one code mistyped: at most
    ``MAX_IDENTIFIER_EDITS`` apart, and, but for kilometre posts ("KM 93", "KM 95": a
    story's one place), not two numbers of one or two digits ("U-19", "U-23": two
    teams; "BJ30", "BJ40": two models)."""
    if Levenshtein.distance(a, b) > MAX_IDENTIFIER_EDITS:
        return False
    digits_a, digits_b = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    short = digits_a != digits_b and max(len(digits_a), len(digits_b)) <= 2
    return not short or a.startswith("KM")


def identifier_variants(texts: Mapping[str, str]) -> list[Flag]:
    found = identifiers(texts)
    by_shape: dict[str, list[str]] = defaultdict(list)
    for code in sorted(found):
        by_shape[_shape_key(code)].append(code)
    flags = []
    for group in by_shape.values():
        # codes written alike but for spaces and dashes are one form ("SV 5276", "SV-5276")
        forms: dict[str, set[str]] = defaultdict(set)
        for code in group:
            forms[re.sub(r"[\s\-+]", "", code).upper()].add(code)
        # forms one edit or two apart join, unless an article writes forms of both sides
        clusters = [({form}, set().union(*(found[c] for c in codes))) for form, codes in sorted(forms.items())]
        merged = True
        while merged:
            merged = False
            for i, (a_forms, a_docs) in enumerate(clusters):
                for j in range(i + 1, len(clusters)):
                    b_forms, b_docs = clusters[j]
                    if not a_docs & b_docs and any(_may_be_one(x, y) for x in a_forms for y in b_forms):
                        clusters[i] = (a_forms | b_forms, a_docs | b_docs)
                        del clusters[j]
                        merged = True
                        break
                if merged:
                    break
        for cluster_forms, docs in clusters:
            if len(cluster_forms) < 2:
                continue  # (only spaces and dashes differ)
            codes = sorted(set().union(*(forms[f] for f in cluster_forms)))
            # (forms that differ in a character are a slip or a disagreement: "KM 93"
            # of the police and "KM 95" of a video's caption may be two places)
            flags.append(Flag(
                "identifier_variant",
                "one identifier written differently (a slip or a disagreement): " + ", ".join(
                    f"{c} ({', '.join(sorted(found[c]))})" for c in codes
                ),
                documents=sorted(docs),
            ))
    return flags


# Things a story's articles name by make or model: "truk Fuso" in one outlet and "truk
# Hino" in the others is a detail the sources disagree on. Limited to vehicles and
# craft, where one accident involves one of each; "kota X" or "desa X" name many places.
VEHICLES = ("truk", "mobil", "minibus", "bus", "pesawat", "kapal", "motor", "sepeda motor", "kereta", "helikopter")
# (the make in capitals: a lower-case word after a vehicle, "Minibus menabrak truk
# Fuso", must not take the vehicle after it)
_VEHICLE = re.compile(r"\b((?i:" + "|".join(VEHICLES) + r"))\s+((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?)")


# Words before a craft's own name ("KM Sinar Bangun", "KRI Nanggala") and kinds of
# vehicle written in capitals ("mobil MPV"), neither a make. Of 9 such flags in 300
# random multi-outlet stories 6 had been a kind, a colour, a common word, a place or a
# ship's prefix ("mobil Listrik" against "mobil MPV", "pesawat Hermes" against
# "pesawat Israel"); left: "truk Fuso" against "truk Hino", the airline's and the van's
# spellings.
_CRAFT_PREFIXES = frozenset({"KM", "KMP", "KRI", "MV", "MT", "KLM", "KP", "KN"})
_VEHICLE_KINDS = frozenset({"MPV", "SUV", "LCGC", "EV", "BEV", "PHEV", "HEV", "LMPV", "SPV"})
_NYA = re.compile(r"-?nya$")
_NOT_MAKES = frozenset({
    "Anda", "Ini", "Itu", "Tersebut", "Baru", "Milik", "Yang",
    # where it was or what kind it is: "kereta Jalan ..." (a crossing's street), "kereta
    # Api", "kereta Cepat"
    "Jalan", "Jl", "Tol", "Stasiun", "Bandara", "Pelabuhan", "Terminal", "Rel", "Perlintasan", "Api",
    "Cepat", "Listrik",
})
# The mishap the premise is about: a vehicle is counted where its sentence tells one
# (a launch's "mobil Anda" and "mobil HR-V", a race's "motor Ducati" and "motor Honda"
# are many vehicles).
_MISHAP = re.compile(
    r"\b(?:kecelakaan|laka|tabrakan|bertabrakan|tabrak|menabrak|ditabrak|tertabrak|hantam|menghantam|dihantam"
    r"|terguling|terbalik|terperosok|terjun|masuk\s+jurang|tenggelam|karam|kandas|terbakar|meledak|jatuh"
    r"|mendarat\s+darurat|tergelincir|ringsek|rusak|tewas|meninggal|korban|insiden|menodong\w*|mogok)\b",
    re.IGNORECASE,
)


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around ``pos``."""
    stop = text.rfind(". ", 0, pos)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, pos) + 1)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return start, min(ends) if ends else len(text)


def detail_variants(texts: Mapping[str, str]) -> list[Flag]:
    """One vehicle named by different makes in different articles ("truk Fuso" vs
    "truk Hino"), each article naming only one make for it."""
    from kabar.analyze.ner_model import gazetteer_labels
    from kabar.analyze.stage import common_word, lower_words

    by_vehicle: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, text in texts.items():
        written_lower: set[str] | None = None
        for m in _VEHICLE.finditer(text):
            words = m.group(2).split()
            if words[0].upper() in _CRAFT_PREFIXES:
                words = words[1:]  # "kapal KM Sinar Bangun": the ship's name after its kind
            if not words or (words[0].isupper() and words[0] in _VEHICLE_KINDS) or words[0] in _NOT_MAKES:
                continue
            if not _MISHAP.search(text, *_sentence_around(text, m.start())):
                continue  # (a launch's or a race's cars are many)
            make = _NYA.sub("", words[0])
            if written_lower is None:
                written_lower = lower_words(text)
            # (a common word the article also writes in lower case, "mobil Listrik",
            # "motor Baru", "mobil Putih"; a place, "pesawat Israel", "mobil China")
            if common_word(make, written_lower) or "LOC" in gazetteer_labels([make]):
                continue
            by_vehicle[m.group(1).lower()][make].add(doc)
    flags = []
    for vehicle, makes in sorted(by_vehicle.items()):
        # only articles that name one make for this vehicle speak for it
        single = {make: {d for d in docs if sum(d in ds for ds in makes.values()) == 1} for make, docs in makes.items()}
        single = {make: docs for make, docs in single.items() if docs}
        if len(single) < 2:
            continue
        listed = "; ".join(f"{vehicle} {make} ({', '.join(sorted(docs))})" for make, docs in sorted(single.items()))
        flags.append(Flag(
            "detail_variant", f"the {vehicle} is named differently: {listed}",
            documents=sorted(set().union(*single.values())),
        ))
    return flags


# How near the article's publication a date one slip away from the written one must be
# to be named as what was perhaps meant: a report's dates are of the days around it.
DATE_HINT_DAYS = 14


def _slips(day: date) -> Iterable[date]:
    """The dates one slip of the pen from ``day``: the year or the day off by one, or
    another month ("Rabu (18/9/2025)" in a report of Wednesday 18 June, a 6 read as
    9)."""
    for year, month, d in (
        (day.year - 1, day.month, day.day), (day.year + 1, day.month, day.day),
        *((day.year, m, day.day) for m in range(1, 13) if m != day.month),
    ):
        try:
            yield date(year, month, d)
        except ValueError:  # 31 April, 29 February
            continue
    yield day - timedelta(days=1)
    yield day + timedelta(days=1)


def meant_date(value: date, note: str | None, published: date | None) -> date | None:
    """The date perhaps meant by a date whose written weekday is not its day's (``note``
    "weekday Senin ..." from kabar.analyze.temporal): the nearest of the dates one slip
    away (:func:`_slips`) with that weekday within :data:`DATE_HINT_DAYS` of the
    article's publication day ``published``; else None."""
    if published is None or not note or not note.startswith("weekday "):
        return None
    weekday = WEEKDAYS.get(note.split()[1].lower())
    near = [
        s for s in _slips(value) if s.weekday() == weekday and abs((s - published).days) <= DATE_HINT_DAYS
        # (a date written as past, on or before the article, is meant so: "ujar AKBP
        # Hendrix, Selasa (2/6/2025)" in a report of Monday 2 June is no Tuesday 3 June)
        and not (value <= published < s)
    ]
    return min(near, key=lambda s: abs((s - published).days)) if near else None


def date_mismatches(
    dates: Mapping[str, Iterable[DateMention]],
    published: Mapping[str, date | None],
    outlets: Mapping[str, str | None] | None = None,
) -> list[Flag]:
    """Dates whose written weekday is not their day's ("Senin (9/6/2026)": 9 June 2026 is
    a Tuesday; kabar.analyze.temporal keeps the written date and notes the mismatch).
    When one slip of the year, the month or the day gives a date with that weekday near
    the article's publication (:func:`meant_date`; ``published``: document -> day), the
    message names it; it ends with the document's outlet (``outlets``) when known."""
    flags: list[Flag] = []
    for doc, mentions in dates.items():
        seen: set[str] = set()
        for d in mentions:
            if d.value is None or not d.note or not d.note.startswith("weekday ") or d.text in seen:
                continue
            seen.add(d.text)
            written = d.note.split()[1]
            if d.written is not None:  # (read as the day near the article its weekday fits)
                message = (
                    f'"{" ".join(d.text.split())}": {d.written.isoformat()} is a '
                    f"{WEEKDAY_NAMES[d.written.weekday()]}, not a {written}; read as {d.value.isoformat()}"
                )
            else:
                message = f'"{" ".join(d.text.split())}": {d.value.isoformat()} is a {WEEKDAY_NAMES[d.value.weekday()]}, not a {written}'
                meant = meant_date(d.value, d.note, published.get(doc))
                if meant is not None:
                    message += f"; perhaps {meant.isoformat()}, a {written} near the article's date"
            if outlets and outlets.get(doc):
                message += f" ({outlets[doc]})"
            same = next((f for f in flags if f.message == message), None)
            if same is not None:
                same.documents.append(doc)  # (the outlet's two articles writing the same slip: one flag)
            else:
                flags.append(Flag("date_mismatch", message, documents=[doc]))
    return flags


# Two attributed sentences are the same statement when this share of their words
# (without the attribution) is common to both (Jaccard), and both have at least
# STATEMENT_MIN_WORDS words: one quotation as two outlets wrote it, a word or two
# apart ("dalam keterangan tertulis").
STATEMENT_SAME = 0.8
STATEMENT_MIN_WORDS = 8
_STATEMENT_WORD = re.compile(r"\w+")


def statement_dates(timeline: Iterable[Mapping[str, Any]], outlets: Mapping[str, str | None]) -> list[Flag]:
    """The same attributed words dated to two days by different articles of a story
    (one outlet closes a quotation '..., ujar Rina, Senin (2/6)', another the same one
    '..., tutur Rina via siaran pers, Rabu (4/6)'): when was it said? Reviewers met
    two such statements in 15 briefs, each listed twice in the timeline with nothing to
    say the outlets disagree. ``timeline``: the brief's timeline items; ``outlets``:
    document -> outlet."""
    from kabar.summary import attributed, without_attribution

    def where(item: Mapping[str, Any]) -> str:
        names = sorted({outlets.get(d) or d for d in item["documents"]})
        return f"{item['date']} by {', '.join(names)}"

    said = []
    for item in timeline:
        text = str(item.get("text") or "")
        if item.get("date") and attributed(text):
            core = without_attribution(text)
            words = frozenset(_STATEMENT_WORD.findall(core.lower()))
            if len(words) >= STATEMENT_MIN_WORDS:
                # (the brief places a sentence given again days later on its first day,
                # the other day in "dated_also": one item per day here)
                later = item.get("dated_also") or []
                moved = {d for alt in later for d in alt["documents"]}
                said.append(({**item, "documents": [d for d in item["documents"] if d not in moved]}, words, core))
                said.extend(({"date": alt["date"], "documents": alt["documents"]}, words, core) for alt in later)
    flags: list[Flag] = []
    for i, (a, wa, core) in enumerate(said):
        for b, wb, _core in said[i + 1:]:
            if a["date"] == b["date"] or set(a["documents"]) & set(b["documents"]):
                continue
            if len(wa & wb) / len(wa | wb) < STATEMENT_SAME:
                continue
            quoted = " ".join(core.split()[:12])
            flags.append(Flag(
                "statement_date",
                f"the same words are dated {where(a)} and {where(b)}: \u201c{quoted} \u2026\u201d",
                documents=sorted(set(a["documents"]) | set(b["documents"])),
            ))
    return flags


def all_flags(
    entities: list[Entity], groups: list[Group], claims: Mapping[str, Claim], texts: Mapping[str, str]
) -> list[Flag]:
    return (
        figure_conflicts(groups, claims)
        + role_conflicts(entities)
        + name_variants(entities)
        + identifier_variants(texts)
        + detail_variants(texts)
        + unattributed(groups, claims)
    )


# How far (characters) the new figure may follow the superseded one it replaces, within
# one sentence ("dari 5,1%-5,5% menjadi 4,8-5,2%", "diperbarui dari M5,0 menjadi M4,7").
REVISED_REACH = 120
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_TO = re.compile(r"\bmenjadi\b", re.IGNORECASE)


def revised_within(
    superseded: Iterable[tuple[str, int, int, str]], claims: Iterable[Claim], outlets: Mapping[str, str | None],
    texts: Mapping[str, str],
) -> list[Flag]:
    """A figure one article gives as replaced by another, a revision or a change ("BI
    merevisi proyeksi pertumbuhan dari 5,1-5,5% menjadi 4,8-5,2%", "dipangkas dari 12
    menjadi 2 perusahaan"): the earlier figure is no claim of the article (kabar.claims
    excludes it as superseded), so the brief would show the new one alone; the flag
    names both. ``superseded``: (document, start, end,
    text) of each such figure; the new figure is the claim after "menjadi" within
    :data:`REVISED_REACH` characters of it in its sentence."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    flags: list[Flag] = []
    for doc, _start, end, written in superseded:
        text = texts.get(doc, "")
        after = sorted((c for c in by_doc.get(doc, []) if end <= c.start <= end + REVISED_REACH), key=lambda c: c.start)
        new = next((c for c in after if _TO.search(text, end, c.start) and not _SENTENCE_BREAK.search(text, end, c.start)), None)
        if new is None:
            continue
        old_text, new_text = " ".join(written.split()), " ".join(new.text.split())
        if old_text == new_text:
            continue
        what = new.property or "a figure"
        outlet = f" ({outlets[doc]})" if outlets.get(doc) else ""
        message = f"{what}: from {old_text} to {new_text} within one article{outlet}; the earlier figure is no claim"
        same = next((f for f in flags if f.message == message), None)
        if same is not None:  # (one sentence written twice, or one outlet's two articles)
            same.claims.append(new.id)
            if doc not in same.documents:
                same.documents.append(doc)
            continue
        flags.append(Flag("revised_within", message, claims=[new.id], documents=[doc]))
    return flags
