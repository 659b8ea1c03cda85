"""The ``resolve`` stage: one entity per real-world person/organisation/place across
all articles, with every surface form and the roles each article gives it.

Rules, in order:

0. A one-word name typed an organisation or a place that is a word of exactly one
   person's full name in the story is that person ("Endang" read as a place beside
   "Endang Suhendar"), unless it is a known country or region ("Indonesia" beside a
   company misread as a person, "Chery Sales Indonesia"), an acronym ("BI") or an
   organisation noun ("Istana").
1. Inside one article, a short form ("Zarof", "Pak Bahlil") joins the one full name of
   the same type that contains it; when several contain it, it joins them only if they
   turn out one entity (rule 2), else neither; an article's bare mentions of one name
   are one entry either way.
2. Across articles, full names join when every token of the shorter aligns with a
   token of the longer by spelling similarity (rapidfuzz Jaro-Winkler), so that
   transliteration variants merge ("Zelensky"/"Zelenskyy", "Choe Son Hui"/"Cho Son
   Hui", "Antony"/"Anthony Blinken", "Sri Mulyani"/"Sri Mulyani Indrawati") while two
   people who share a surname stay apart ("Agus Setiawan"/"Budi Setiawan", "Cho
   Tae-yul"/"Cho Son Hui").
3. A name spelled differently needs no disagreeing roles ("Rahmat Hidayat, Kepala
   BPBD" and "Rachmat Hidayat" merge; with roles in different organisations they do
   not), and a borderline one also a token spelled the same. The same spelling merges
   whatever the roles: that is one person given incompatible roles (a flag).
4. A bare short form in an article without a full name joins the only full name in the
   story that contains it, if there is exactly one.
5. Organisations and places named by one word are one wherever written the same way.
6. A person known only by one name or by initials is one person across the story.
7. An organisation's acronym of three or more letters and its expansion are one
   ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"), named by the acronym.
8. A person's initials written in brackets right after the full name ("Agus Harimurti
   Yudhoyono (AHY)") are that person wherever the story writes them; initials an article
   gives alone are the one full name with them another article gives.
9. The names of one place are one place ("AS" and "Amerika Serikat", "Jatim" and "Jawa
   Timur": :func:`kabar.analyze.entities.place_synonym`).
10. A name the text gives as another name of a person ("Agung Pamungkas alias Don
   Papank", "AW alias Bowo": the analyze stage marks it ``same_as``) is that person,
   unless that would draw in a full name of someone else (:func:`_join_aliases`).

No rule joins two full names of three words or more alike but for a differing last
word ("Miguel Uribe Turbay" and his father "Miguel Uribe Londoño"), whatever short
form links them.

Before the rules, an acronym typed an organisation somewhere in the story is one where
it was typed a place ("KLH"), unless a known place's ("AS"), and a name written the
same way takes one type across the story (:func:`_one_type_per_name`: "Sumardji" a
person in eight mentions and an organisation in one is a person); in rule 2 a form more
than two words longer joins nothing (a headline read as one name). An entity goes by
the most frequent of its longest full forms among those two articles write, if any.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import JaroWinkler

from kabar.analyze import roles
from kabar.records import Entity, Mention

logger = logging.getLogger(__name__)

# Token similarity (Jaro-Winkler) at or above which two spellings are one name:
# "zelensky"/"zelenskyy" 0.98, "antony"/"anthony" 0.95, "choe"/"cho" 0.94,
# "rahmat"/"rachmat" 0.96; different given names sharing a surname score far lower
# ("agus"/"budi" 0.0, "tae-yul"/"son" 0.0).
TOKEN_SIMILAR = 0.9
# Below this, a token match is borderline and needs agreeing roles/organisations.
TOKEN_SURE = 0.95
# Words a longer form of a full name may add: a middle and a last name ("Sri Mulyani"
# / "Sri Mulyani Indrawati", "Muhammad Yusuf" / "Muhammad Yusuf Ateh Saputra"); more is
# a headline read as one name ("Cara Billy Syahputra Menemani Vika Kolesnaya
# Berlibur"), which would take in every name it holds.
MAX_EXTRA_TOKENS = 2
# Below this similarity two first names before one surname are two people's
# ("mohamad"/"mario" 0.56, "marc"/"alex" 0.50); spellings of one name score above it
# ("muhammad"/"mohamad" 0.88, "moh"/"mohamad" 0.87).
OTHER_FIRST_NAME = 0.75
# Letters of an acronym joined to its expansion in a story (rule 7): "BMKG", "KPK";
# not "PT", "BI" (the initials of many two-word names).
MIN_ACRONYM = 3
MAX_ACRONYM = 10
# A short form in capitals of at most this many letters is no word written in lower
# case ("AS" is not "As"; rule 5).
SHORT_CAPITALS = 3
# A person's initials alone are at most this many letters ("SA", "MRS").
MAX_INITIALS = 4

HONORIFICS = frozenset(
    ["pak", "bu", "bapak", "ibu", "mas", "mbak", "bung", "bang", "cak", "kang", "sdr", "saudara", "saudari", "tuan", "nyonya", "mr", "mrs", "ms", "dr", "dr.", "prof", "prof.", "ir", "ir.", "h", "h.", "hj", "hj.", "kh", "kh.", "drs", "drs.", "kombes", "kombes.", "akbp", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "bripda", "brigjen", "irjen", "komjen", "jenderal", "kolonel", "letkol", "mayor", "mayjen", "letjen", "laksamana", "marsekal", "kapten", "kompol", "st", "s.h.", "m.si.", "se", "s.e.", "mm"]
)
_TOKEN = re.compile(r"[\w'-]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, accents off, doubled letters single ("Zelenskyy" -> "zelensky")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"(\w)\1+", r"\1", text)


# Apostrophes written as quotation marks or modifier letters ("Al-Qur’an" beside
# "Al-Qur'an", "Maʼruf"): one spelling.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


# Legal forms written out and short: one word to the matching ("Wilmar International
# Limited" and "... Ltd" had been two entries of one story).
_LEGAL_SHORT = {"limited": "ltd", "incorporated": "inc", "corporation": "corp"}


# Short forms of a body's first words, written out: "PN Surabaya" is "Pengadilan Negeri
# Surabaya", "Pemprov DKI" "Pemerintah Provinsi DKI" (a court story had listed both
# forms of one court, one a place); "Tipikor" anywhere, as it is written out.
_SHORT_HEADS = {
    "pn": ("pengadilan", "negeri"), "pemprov": ("pemerintah", "provinsi"), "pemkot": ("pemerintah", "kota"),
    "pemkab": ("pemerintah", "kabupaten"), "kejari": ("kejaksaan", "negeri"), "kejati": ("kejaksaan", "tinggi"),
}
_TIPIKOR = ("tindak", "pidana", "korupsi")


def written_out(words: list[str]) -> list[str]:
    """Lower-case ``words`` of a name with a short head written out (_SHORT_HEADS)."""
    out = list(words)
    if len(out) > 1 and out[0] in _SHORT_HEADS:
        out[:1] = _SHORT_HEADS[out[0]]
    if "tipikor" in out[1:]:
        i = out.index("tipikor", 1)
        out[i:i + 1] = _TIPIKOR
    return out


def name_tokens(text: str) -> list[str]:
    tokens = [fold(t) for t in _TOKEN.findall(text.translate(_APOSTROPHES))]
    return written_out([_LEGAL_SHORT.get(t, t) for t in tokens if t not in HONORIFICS and t.strip("'-")])


def _token_sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if (a in roles.ROLE_WORDS) != (b in roles.ROLE_WORDS):
        # a title and a word a letter from it name two things: "Kapolres Kendal" (the
        # police chief) is not "Mapolres Kendal" (his headquarters), which had been one
        # place spelled two ways
        return 0.0
    if a in _DIRECTIONS or b in _DIRECTIONS:
        # two quarters of one place name two places: "Asia Tengah" is not "Asia
        # Tenggara" (one region spelled two ways in a trade deal's brief), nor "Papua
        # Barat" "Papua Barat Daya"
        return 0.0
    return float(JaroWinkler.similarity(a, b))


# Compass words that tell one place from its neighbour.
_DIRECTIONS = frozenset(["utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut", "raya", "north",
                         "south", "east", "west", "central"])


def name_match(a: list[str], b: list[str]) -> float:
    """How surely two token lists name one entity: min token similarity over the
    alignment of the shorter into the longer (in order); 0 when they cannot align."""
    if not a or not b:
        return 0.0
    if len(a) != len(b) and _spaceless(a) == _spaceless(b):
        return 1.0  # the same letters spaced otherwise: "Perdanakusuma", "Perdana Kusuma"
    if len(a) == len(b) > 1 and (initialled := _initialled(a, b)) is not None:
        return initialled
    if len(a) == len(b) > 1 and (shortened := _short_given_name(a, b)) is not None:
        return shortened
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1 and len(long) > 1:
        return 0.0  # a bare short form is handled by the short-form rules
    if len(long) - len(short) > MAX_EXTRA_TOKENS:
        return 0.0  # a run of words holding the name, not a longer form of it
    pos = 0
    worst = 1.0
    for token in short:
        best, best_at = 0.0, -1
        for i in range(pos, len(long)):
            sim = _token_sim(token, long[i])
            if sim > best:
                best, best_at = sim, i
        if best < TOKEN_SIMILAR:
            return 0.0
        worst = min(worst, best)
        pos = best_at + 1
    return worst


def _initialled(a: list[str], b: list[str]) -> float | None:
    """Two names word for word, where one writes an initial for the other's first word
    and the rest alike ("M Yohan", "Mohamad Yohan"): similar, not sure (the names must
    share a word as well to be joined); None when no first word is an initial."""
    x, y = a[0], b[0]
    if (len(x) == 1) == (len(y) == 1) or not (x + y).isalpha() or x[0] != y[0]:
        return None
    rest = [_token_sim(p, q) for p, q in zip(a[1:], b[1:], strict=True)]
    return TOKEN_SIMILAR if min(rest) >= TOKEN_SIMILAR else 0.0


def _short_given_name(a: list[str], b: list[str]) -> float | None:
    """Two names word for word, where one's first word is the start of the other's, at
    least :data:`NICKNAME_MIN_LETTERS` letters and two letters shorter, and the rest
    alike ("Emi Martinez", "Emiliano Martinez"; "Man City", "Manchester City"): similar, not sure
    (the names must share a word and have no conflicting roles to be joined); None
    when neither first word starts the other."""
    x, y = sorted((a[0], b[0]), key=len)
    if len(x) < NICKNAME_MIN_LETTERS or len(y) < len(x) + 2 or not y.startswith(x):
        return None
    rest = [_token_sim(p, q) for p, q in zip(a[1:], b[1:], strict=True)]
    return TOKEN_SIMILAR if min(rest) >= TOKEN_SURE else 0.0


class _UnionFind:
    """Union-find over mentions that never joins two people's different full names
    (:func:`_other_people`): each root keeps the full names of its people."""

    def __init__(self, n: int, names: list[tuple[str, ...] | None] | None = None) -> None:
        self.parent = list(range(n))
        self.names: dict[int, set[tuple[str, ...]]] = {
            i: {name} for i, name in enumerate(names or ()) if name is not None
        }

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        na, nb = self.names.get(ra, set()), self.names.get(rb, set())
        if na and nb and any(_other_people(x, y) for x in na for y in nb):
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        if na or nb:
            self.names[root] = na | nb
            self.names.pop(child, None)


def _other_people(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of three words or more alike but for the last, which differ:
    "Miguel Uribe Turbay" and his father "Miguel Uribe Londoño" (a short form both
    hold, "Miguel Uribe", had joined them). Not "Miguel Uribe" beside "Miguel Uribe
    Turbay", nor transliterations ("Londono"), nor two-word names, where a typo
    ("Nadiem Nakarim", "Nadiem Makariem") is likelier than a namesake."""
    if len(a) == len(b) == 2 and a[1] == b[1] and min(len(a[0]), len(b[0])) > 1:
        # two first names plainly different before one surname ("Mohamad Yohan" and
        # "Mario Yohan"): two people, whatever initial links them ("M Yohan"); not
        # spellings of one name ("Muhammad", "Mohamad")
        return _token_sim(a[0], b[0]) < OTHER_FIRST_NAME
    if len(a) != len(b) or len(a) < 3 or a == b:
        return False
    return (
        all(_token_sim(x, y) >= TOKEN_SIMILAR for x, y in zip(a[:-1], b[:-1], strict=True))
        and _token_sim(a[-1], b[-1]) < TOKEN_SIMILAR
    )


def _roles_conflict(a: Iterable[Mention], b: Iterable[Mention]) -> bool:
    """Both sides have roles or organisations, and they share no word."""
    return _has_role(a) and _has_role(b) and not _roles_agree(a, b)


def _has_role(ms: Iterable[Mention]) -> bool:
    return any(m.role or m.org for m in ms)


def _roles_agree(a: Iterable[Mention], b: Iterable[Mention]) -> bool:
    def keys(ms: Iterable[Mention]) -> set[str]:
        out: set[str] = set()
        for m in ms:
            for value in (m.role, m.org):
                if value:
                    out.update(t for t in name_tokens(value) if len(t) > 2)
        return out

    ka, kb = keys(a), keys(b)
    return bool(ka & kb)


def resolve(mentions: Iterable[Mention]) -> list[Entity]:
    """Entities from mentions of all documents of a story."""
    items = list(mentions)
    tokens = [name_tokens(m.text) for m in items]

    # 0. a one-word name typed an organisation or a place that is a word of exactly
    # one person's full name in the story is that person ("Endang" read as a place
    # beside "Endang Suhendar")
    # (unless the story types it an organisation more often than it writes the full
    # name: a body read into a name once, "COO Danantara Dony Oskaria", beside
    # "Danantara" four times, is the body. Not a place: in the 426 multi-outlet stories
    # the model typed four people's short names places more often than it wrote their
    # full names, "Sugeng", "Mario", "Lame", "Dul"; the six words it typed
    # organisations so were all organisations, "Danantara", "Kemlu", "Antam")
    full_names: dict[str, set[str]] = defaultdict(set)
    in_full_names: Counter[str] = Counter()
    for m, toks in zip(items, tokens, strict=True):
        if m.type == "PERSON" and len(toks) > 1:
            for t in toks:
                full_names[t].add(_canonical_key(toks))
                in_full_names[t] += 1
    if full_names:
        from kabar.analyze.entities import never_a_name_word

        alone = Counter(toks[0] for m, toks in zip(items, tokens, strict=True) if m.type == "ORG" and len(toks) == 1)
        for i, m in enumerate(items):
            if (m.type != "PERSON" and len(tokens[i]) == 1 and len(full_names.get(tokens[i][0], ())) == 1
                    and not never_a_name_word(m.text)
                    and (m.type != "ORG" or alone[tokens[i][0]] <= in_full_names[tokens[i][0]])):
                items[i] = Mention(m.document, m.start, m.end, m.text, "PERSON", m.role, m.org)
    # 0a. an institution named by its kind ("Pengadilan Tipikor Jakarta Pusat") is an
    # organisation even where the model typed it a place (its city is then not its
    # short form); a full name typed a person more often than anything else in the
    # story, or given a role as a person, is a person wherever it was typed otherwise
    # ("Zarof Ricar", "terdakwa" in one article, an ORG in others)
    for i, m in enumerate(items):
        if m.type == "LOC" and tokens[i] and tokens[i][0] in _INSTITUTIONS:
            items[i] = Mention(m.document, m.start, m.end, m.text, "ORG", m.role, m.org)
    typed: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for i, m in enumerate(items):
        if len(tokens[i]) > 1:
            typed[tuple(tokens[i])][m.type] += 1
            if m.type == "PERSON" and m.role:
                typed[tuple(tokens[i])]["PERSON with a role"] += 1
    for i, m in enumerate(items):
        counts = typed.get(tuple(tokens[i]))
        if (
            counts is not None and m.type != "PERSON" and tokens[i][0] not in _INSTITUTIONS
            and not (m.type == "LOC" and _named_as_site(tokens[i]))
            and (counts["PERSON"] > counts[m.type] or counts["PERSON with a role"])
            and not _LEGAL_FORMS.intersection(tokens[i])
        ):
            items[i] = Mention(m.document, m.start, m.end, m.text, "PERSON", m.role, m.org)

    # 0a'. an acronym typed an organisation somewhere in the story is one wherever
    # the model typed it a place ("KLH", the ministry, read as a place in one
    # sentence), unless it is a known place's ("AS", "NTT", "DKI")
    org_acronyms = {m.text for m in items if m.type == "ORG" and is_acronym(m.text)}
    if org_acronyms:
        from kabar.analyze.entities import place_names

        places = place_names()
        for i, m in enumerate(items):
            if m.type == "LOC" and m.text in org_acronyms and (m.text.lower(),) not in places:
                items[i] = Mention(m.document, m.start, m.end, m.text, "ORG", m.role, m.org)

    # 0b. a "person" named exactly as a company of the story without its legal form
    # ("Gag Nikel" beside "PT Gag Nikel") is that company
    org_keys = {
        _tokens_without_legal_form(tokens[i]) for i, m in enumerate(items)
        if m.type == "ORG" and _LEGAL_FORMS.intersection(tokens[i])
    }
    for i, m in enumerate(items):
        if m.type == "PERSON" and m.role is None and len(tokens[i]) > 1 and tuple(tokens[i]) in org_keys:
            items[i] = Mention(m.document, m.start, m.end, m.text, "ORG", m.role, m.org)
    # 0c. one name, one type: a name written the same way is one thing in a story
    # ("Sumardji" a person in eight mentions and an organisation in one, "Tel Aviv" a
    # place and once a person)
    _one_type_per_name(items, tokens, org_keys, set(full_names))
    glued = _glued_pairs(items, tokens)
    uf = _UnionFind(len(items), [
        tuple(tokens[i]) if m.type == "PERSON" and len(tokens[i]) > 1 else None for i, m in enumerate(items)
    ])
    by_type: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(items):
        if tokens[i] and i not in glued:
            by_type[m.type].append(i)

    # 1. short forms inside one document
    # (a one-word name the story gives as a person's other name, "Joko Widodo atau
    # Jokowi", is that person's wherever written, not the short form of another full
    # name holding it, "Iriana Jokowi": its bare mentions join the marked one, which
    # rule 10 joins to the person)
    # Only a name made from the person's own ("Jokowi" of "Joko Widodo"): another
    # name ("Darto alias Budi") may be a short form of someone else's full name in the
    # article, "Budi Hartawan", and is left to the short-form rules.
    aliased: dict[str, int] = {}
    starts = {(m.document, m.start): i for i, m in enumerate(items)}
    for i, m in enumerate(items):
        host = starts.get((m.document, m.same_as)) if m.same_as is not None else None
        if host is not None and m.type == "PERSON" and len(tokens[i]) == 1 and _made_from(tokens[i][0], tokens[host]):
            aliased.setdefault(tokens[i][0], i)
    for ids in by_type.values():
        per_doc: dict[str, list[int]] = defaultdict(list)
        for i in ids:
            per_doc[items[i].document].append(i)
        for doc_ids in per_doc.values():
            full = [i for i in doc_ids if len(tokens[i]) > 1]
            for i in doc_ids:
                if len(tokens[i]) != 1:
                    continue
                if items[i].type == "PERSON" and tokens[i][0] in aliased:
                    uf.union(i, aliased[tokens[i][0]])
                    continue
                within = [j for j in full if _contains(tokens[j], tokens[i][0])]
                if not within and items[i].type == "PERSON":
                    # "Eli" of "Suharini Eliawati", "Purnomo" of "Mochamad Purnomosidi":
                    # a short name cut from a word of the article's one full name so
                    # beginning (of NICKNAME_MIN_LETTERS letters or more)
                    within = [j for j in full if _nickname_of(tokens[i][0], tokens[j])]
                hosts = {_canonical_key(tokens[j]) for j in within}
                if len(hosts) == 1:
                    host = within[0]
                    if _same_named(items[i].type, tokens[i], tokens[host]):
                        uf.union(i, host)
                else:
                    # no full name holds it, or several do: the article's bare
                    # mentions of it are one (seven "Prabowo" of one article were
                    # seven entries beside "Prabowo Subianto" and a headline's
                    # "Prabowo Subianto Insya Allah")
                    for j in doc_ids:
                        if len(tokens[j]) == 1 and tokens[j] == tokens[i]:
                            uf.union(i, j)

    # 2./3. full names across documents, blocked by each token's first letter
    # (two names holding two acronyms alike but not the same name two things: "PT PSS"
    # is not "PT PSSI", Jaro-Winkler 0.94)
    acronyms = [_acronym_words(m.text) for m in items]
    for ids in by_type.values():
        full = [i for i in ids if len(tokens[i]) > 1]
        blocks: dict[str, list[int]] = defaultdict(list)
        for i in full:
            for t in set(tokens[i]):
                blocks[t[:2]].append(i)
        seen: set[tuple[int, int]] = set()
        for block in blocks.values():
            for x, i in enumerate(block):
                for j in block[x + 1 :]:
                    pair = (min(i, j), max(i, j))
                    if pair in seen or uf.find(i) == uf.find(j):
                        continue
                    seen.add(pair)
                    if not _same_named(items[i].type, tokens[i], tokens[j]) or _other_acronyms(acronyms[i], acronyms[j]):
                        continue
                    score = name_match(tokens[i], tokens[j])
                    if score >= 1.0 or (
                        score >= TOKEN_SIMILAR
                        and (score >= TOKEN_SURE or set(tokens[i]) & set(tokens[j]))
                        and not _roles_conflict([items[i]], [items[j]])
                    ):
                        uf.union(i, j)

    _join_bare_names(items, tokens, by_type, uf, aliased)

    # 5. organisations and places named by one word (an acronym, a city) are the same
    # one wherever they are written the same way ("BMKG", "Garut"); people are not
    # (two "Agus" in two articles may be two men)
    for kind, ids in by_type.items():
        if kind == "PERSON":
            continue
        first_of: dict[tuple[str, bool], int] = {}
        for i in ids:
            if len(tokens[i]) == 1:
                # (a short form in capitals is not the word written so in lower case:
                # "AS", the United States, is not the Spanish daily "As")
                short = items[i].text.isupper() and len(tokens[i][0]) <= SHORT_CAPITALS
                first = first_of.setdefault((tokens[i][0], short), i)
                uf.union(first, i)

    # 6. a person known in a story only by one name or by initials ("AA", "Yerru"),
    # never with a full name that has it, is one person across the story's articles:
    # one story rarely names two people by the same single name without telling
    # them apart, and initials of victims and suspects are unique in it
    persons = by_type.get("PERSON", [])
    in_full = {t for i in persons if len(tokens[i]) > 1 for t in tokens[i]}
    first_person: dict[str, int] = {}
    for i in persons:
        if len(tokens[i]) == 1 and tokens[i][0] not in in_full:
            uf.union(first_person.setdefault(tokens[i][0], i), i)

    # 6b. the bare mentions of a name several people's full names hold ("Audero", of
    # "Emil Audero" and of a role's "Audero Mulyadi"), in articles that name neither,
    # are one entry, not one per article (the 101 articles of one match's story
    # listed fourteen "Audero"); they join no full name: which one, the text does not
    # say
    with_full = {uf.find(i) for i in persons if len(tokens[i]) > 1}
    first_bare: dict[str, int] = {}
    for i in persons:
        if len(tokens[i]) == 1 and tokens[i][0] in in_full and uf.find(i) not in with_full:
            uf.union(first_bare.setdefault(tokens[i][0], i), i)

    # 7. an organisation's acronym and its expansion are one ("BMKG", "Badan
    # Meteorologi, Klimatologi, dan Geofisika"), when the acronym has at least
    # MIN_ACRONYM letters (two letters are the initials of too many names)
    _join_acronyms(items, by_type.get("ORG", []), uf)
    # 8. a person's initials in brackets right after the full name ("Agus Harimurti
    # Yudhoyono (AHY)") are that person wherever the story writes them
    _join_initials(items, persons, uf)
    # 8b. ... and initials an article gives alone, of the one full name another
    # article gives with them (a victim "berinisial SA" in one report, "Septia
    # Adinda" in another)
    _join_initials_across(items, persons, uf)
    # ... and a body's or a place's short form in brackets right after its name
    # ("Kejaksaan Agung (Kejagung)", "Badan Pendapatan Daerah (Bapenda)", "Jakarta
    # Timur (Jaktim)"), which the analyze stage reads as a name of the same type
    _join_short_forms(items, [*by_type.get("ORG", []), *by_type.get("LOC", [])], uf)

    # 9. the names of one place are one place ("AS", "Amerika Serikat"; "UEA", "Uni
    # Emirat Arab"; "Jatim", "Jawa Timur")
    from kabar.analyze.entities import place_synonym

    first_place: dict[str, int] = {}
    for i in by_type.get("LOC", []):
        same = place_synonym(items[i].text)
        if same is not None:
            uf.union(first_place.setdefault(same, i), i)

    # 10. another name the text gives a person ("Agung Pamungkas alias Don Papank",
    # "AW alias Bowo", "Gus Ipul" after "akrab disapa") is that person
    _join_aliases(items, tokens, uf)
    # ... and the bare short forms again: two full names held the bare one apart until
    # an alias made them one ("Sinta Ayu Lestari alias Sinta Biru", and "Sinta" in the
    # articles naming neither, which had been an entry of its own)
    _join_bare_names(items, tokens, by_type, uf, aliased)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        if tokens[i]:
            groups[uf.find(i)].append(i)  # (a glued pair stays an entry of its own)
    entities = [_entity([items[i] for i in members]) for members in groups.values()]
    entities.sort(key=lambda e: (-len(e.documents), e.name))
    return entities


# (as the analyze stage's aliases: :data:`kabar.analyze.stage.BRACKET_ALIAS_MIN_LETTERS`)
MADE_FROM_MIN_LETTERS = 4


def _made_from(alias: str, name: list[str]) -> bool:
    """Whether a one-word other name holds a word of the name or is held in one, of
    four letters or more ("jokowi", "joko widodo")."""
    return roles.holds_a_word([alias], name, MADE_FROM_MIN_LETTERS)


def _other_acronyms(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' acronyms (:func:`_acronym_words`) hold two of three letters
    or more that differ but would pass for spellings of one ("pss", "pssi"): acronyms
    are spelled one way. (Two letters may be three cut short: "Bank BJ" of "Bank
    BJB".)"""
    return any(
        x != y and min(len(x), len(y)) >= MIN_ACRONYM and _token_sim(x, y) >= TOKEN_SIMILAR
        for x in a - b for y in b - a
    )


def _acronym_words(name: str) -> frozenset[str]:
    """The acronyms a name holds (words of two or more capitals, not a legal form):
    "PT PSS" -> {"pss"}."""
    return frozenset(
        w.lower() for w in name.split() if len(w) >= 2 and w.isalpha() and w.isupper() and w.lower() not in _LEGAL_FORMS
    )


def _join_bare_names(
    items: list[Mention], tokens: list[list[str]], by_type: Mapping[str, list[int]], uf: _UnionFind,
    aliased: Mapping[str, int],
) -> None:
    """Steps 3b and 4 of :func:`resolve` (bare short forms joining the one entity the
    full names holding them are by now); not a person's one-word name in ``aliased``
    (another name of someone, joined by the alias rule)."""
    # 3b. a short form several full names of its article hold joins them when those
    # are one entity by now ("Prabowo Subianto" and "Prabowo Subianto Insya Allah")
    for ids in by_type.values():
        per_doc_full: dict[str, list[int]] = defaultdict(list)
        for i in ids:
            if len(tokens[i]) > 1:
                per_doc_full[items[i].document].append(i)
        for i in ids:
            if len(tokens[i]) != 1 or (items[i].type == "PERSON" and tokens[i][0] in aliased):
                continue
            within = [j for j in per_doc_full.get(items[i].document, ()) if _contains(tokens[j], tokens[i][0])]
            roots = {uf.find(j) for j in within}
            if len(roots) == 1 and uf.find(i) not in roots and _same_named(items[i].type, tokens[i], tokens[within[0]]):
                uf.union(i, within[0])

    # 4. bare short forms in documents without a full name
    full_tokens: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i, m in enumerate(items):
        if len(tokens[i]) > 1:
            full_tokens[(m.document, m.type)].update(tokens[i])
    for ids in by_type.values():
        full_roots: dict[str, set[int]] = defaultdict(set)
        for i in ids:
            if len(tokens[i]) > 1:
                for t in tokens[i]:
                    if _same_named(items[i].type, [t], tokens[i]):
                        full_roots[t].add(uf.find(i))
        for i in ids:
            if len(tokens[i]) == 1 and not (items[i].type == "PERSON" and tokens[i][0] in aliased):
                roots = full_roots.get(tokens[i][0], set())
                if len(roots) == 1 and tokens[i][0] not in full_tokens[(items[i].document, items[i].type)]:
                    uf.union(i, next(iter(roots)))


def _glued_pairs(items: list[Mention], tokens: list[list[str]]) -> set[int]:
    """The person mentions that are two people's full names written together, as a
    lineup whose separators were lost writes them ("Justin Hubner Daichi Kamada",
    "Kevin Diksdan Yakob Sayuri"): each part is, or closely spells, a full name of
    two or three words the story writes apart. Such a mention would take both people
    in as the longer form of each (a Japanese and an Indonesian player were one entry
    in the 101 articles of their match's story)."""
    long = [i for i, (m, toks) in enumerate(zip(items, tokens, strict=True)) if m.type == "PERSON" and len(toks) >= 4]
    if not long:
        return set()
    known: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m, toks in zip(items, tokens, strict=True):
        if m.type == "PERSON" and 2 <= len(toks) <= 3:
            known[toks[0][:2]].add(tuple(toks))

    def is_known(part: list[str]) -> bool:
        return any(
            len(name) == len(part) and name_match(part, list(name)) >= TOKEN_SIMILAR for name in known.get(part[0][:2], ())
        )

    return {i for i in long if any(is_known(tokens[i][:k]) and is_known(tokens[i][k:]) for k in range(2, len(tokens[i]) - 1))}


# A name typed differently across a story takes the type of most mentions only when
# they are at least this many times as many as those of the next type. Read on 90
# random stories of three or more articles of the shared corpus (seeds 7 and 11):
# names typed two or three ways went from 56 to 12; of the 30 entries changed, 28 were
# better (a coach a person, not once an organisation; a club, a strait, a regency one
# entry of the right type), 3 worse (a city's dateline an organisation; a Malaysian
# district and an employers' association people), the rest junk either way. At 1 (a
# plain majority) a footballer typed an organisation in five lineup mentions and a
# person in three became an organisation only, gone from the story's people.
TYPE_VOTE_MARGIN = 2.0
# Nouns that make a name a place's in that vote, besides the administrative ones: the
# first word of a site ("Stadion", "Bandara", "Pulau", "Selat") or the last of one named
# in English ("... Stadium", "... Airport").
_SITE_NOUNS_FIRST = frozenset(
    ["stadion", "bandara", "pelabuhan", "gedung", "masjid", "pasar", "terminal", "sirkuit", "gunung", "pulau",
     "sungai", "danau", "pantai", "teluk", "selat", "tol"]
)
_SITE_NOUNS_LAST = frozenset(
    ["stadium", "stadion", "arena", "airport", "circuit",
     # places named in English after what they are ("Habitat Park SCBD" is no person)
     "park", "lounge", "mall", "plaza", "square", "hotel", "resort", "tower", "garden", "gardens", "beach"]
)
# Words before a name that make it a person's however the model typed it: the
# honorifics above and the familiar ones ("Bang Bily", "Mbak Rara", "Bung Karno"),
# which name_tokens keeps (they are also words of names: "Mas", "Kak").
_PERSON_CUES = HONORIFICS | frozenset(["bang", "mas", "mbak", "kak", "bung", "cak", "abang", "teh", "akang"])


def _named_as_site(toks: list[str]) -> bool:
    """Whether a name's tokens name a place by its kind: opening with an administrative
    or a site's noun ("Kabupaten Boltim", "Selat Hormuz"), ending with a site's noun in
    English ("Suita City Football Stadium") or with one word after it ("Habitat Park
    SCBD")."""
    return bool(toks) and (
        toks[0] in _ADMIN_NOUNS or toks[0] in _SITE_NOUNS_FIRST or toks[-1] in _SITE_NOUNS_LAST
        or (len(toks) > 2 and toks[-2] in _SITE_NOUNS_LAST)  # (not "Park Ji-sung")
    )


def _one_type_per_name(
    items: list[Mention], tokens: list[list[str]], companies: set[tuple[str, ...]], person_words: set[str]
) -> None:
    """Give every mention of a name the story types differently (the same tokens)
    one type, in place:

    - a company's for the name of a company of the story without its legal form
      ("Sritex" beside "PT Sritex");
    - a person's for a name opening with an honorific ("Bang Billy"), and for one word
      of a person's full name in the story ("Audero" beside "Emil Audero") typed a
      person somewhere, unless a known place or organisation ("Maumere" beside "Frans
      Seda Maumere", its airport);
    - a place's for a name opening with a place noun ("Kabupaten Boltim", "Selat
      Hormuz") or ending with a site's (:func:`_named_as_site`), an organisation's for
      one opening with an institution's ("Kejaksaan Agung");
    - else the type of most mentions when they are at least TYPE_VOTE_MARGIN times the
      next type's, never a person's for a name the country list or the gazetteers know
      only as a place or only as an organisation ("Barcelona", typed a person twice and
      a club once, is the club). Anything closer stays as typed, unless it is such a
      place (then a place) or organisation (then one).

    A role is no cue: "pemain Liverpool" gives the club a role."""
    from kabar.analyze.entities import place_names
    from kabar.analyze.ner_model import gazetteer_labels

    counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    person_cue: set[tuple[str, ...]] = set()
    for m, toks in zip(items, tokens, strict=True):
        if toks:
            key = tuple(toks)
            counts[key][m.type] += 1
            first = _TOKEN.match(m.text.strip())
            if first and fold(first.group()) in _PERSON_CUES:
                person_cue.add(key)
    chosen: dict[tuple[str, ...], str] = {}
    for key, by_kind in counts.items():
        if len(by_kind) < 2:
            continue
        if key in companies:
            chosen[key] = "ORG"
            continue
        listed = gazetteer_labels(key)
        place = key in place_names() or listed == {"LOC"}
        # a name the gazetteers list only as a place or only as an organisation is
        # never a person's
        no_person = place or listed == {"ORG"}
        if key in person_cue or (
            not no_person and len(key) == 1 and key[0] in person_words and "PERSON" in by_kind
        ):
            chosen[key] = "PERSON"
            continue
        if _named_as_site(list(key)) and "LOC" in by_kind:
            chosen[key] = "LOC"  # "Kabupaten Boltim", "Selat Hormuz", "Suita City Football Stadium"
            continue
        if key[0] in _INSTITUTIONS and "ORG" in by_kind:
            chosen[key] = "ORG"  # "Kejaksaan Agung"
            continue
        ranked = [(n, kind) for kind, n in by_kind.items() if not (no_person and kind == "PERSON")]
        ranked.sort(reverse=True)
        if not ranked:
            continue
        if len(ranked) > 1 and ranked[0][0] < TYPE_VOTE_MARGIN * ranked[1][0]:
            if place and "LOC" in by_kind:
                chosen[key] = "LOC"
            elif listed == {"ORG"} and "ORG" in by_kind:
                chosen[key] = "ORG"
            continue
        chosen[key] = ranked[0][1]
    for i, m in enumerate(items):
        kind = chosen.get(tuple(tokens[i])) if tokens[i] else None
        if kind is not None and kind != m.type:
            items[i] = Mention(m.document, m.start, m.end, m.text, kind, m.role, m.org)


# First words of institutions' names: organisations, whatever the model typed them.
_INSTITUTIONS = frozenset(
    [
        "pengadilan", "kejaksaan", "kementerian", "kemenko", "badan", "dinas", "komisi", "lembaga",
        "kepolisian", "polda", "polres", "polresta", "polrestabes", "polsek", "universitas", "institut",
        "partai", "bank", "dewan", "majelis", "mahkamah", "direktorat", "kejati", "kejari", "tipikor",
    ]
)  # fmt: skip
# Legal forms of Indonesian companies written before or after their names.
_LEGAL_FORMS = frozenset(["pt", "cv", "tbk", "persero", "perum", "ud", "pd"])


def _tokens_without_legal_form(toks: list[str]) -> tuple[str, ...]:
    """A company's name tokens without "PT", "Tbk", "(Persero)" ..."""
    return tuple(t for t in toks if t not in _LEGAL_FORMS)


# Words that name the kind of a place, not the place: "Kabupaten Garut" is Garut,
# "Kompleks Istana Bogor" Istana Bogor, "Jalan Ruas Tol Bakauheni" Tol Bakauheni ("Tol"
# itself is not: the toll road is not the town).
_ADMIN_NOUNS = frozenset(
    ["kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kec", "desa", "kelurahan", "kampung", "dusun",
     "kompleks", "kawasan", "jalan", "jl", "ruas", "republik"]
)


# ... and the nouns of sites whose name is the thing's own name ("Stadion Rose Bowl" is
# Rose Bowl, "Gunung Semeru" Semeru, "Kepulauan Anambas" Anambas; not "Pasar Senen",
# "Terminal Pulogadung" nor "Sirkuit Ancol", named after their district)
_NAMED_SITE_NOUNS = frozenset(
    ["stadion", "gunung", "pulau", "kepulauan", "selat", "sungai", "danau", "teluk", "masjid"]
)
# ... and an organisation's: "Kementerian ESDM" is ESDM, "Partai Gerindra" Gerindra (not
# "Bank" nor "Universitas": "Bank Indonesia" and "Universitas Indonesia" are no team)
# ("RI" after a body is the country it is of: "Komisi XI DPR RI" is "Komisi XI DPR")
BODY_COUNTRY = "ri"
_ORG_KIND_NOUNS = frozenset(["kementerian", "partai", BODY_COUNTRY])
_GENERIC = {
    "LOC": _ADMIN_NOUNS | _NAMED_SITE_NOUNS,
    "ORG": _LEGAL_FORMS | _ORG_KIND_NOUNS,
}


def _generic(kind: str) -> frozenset[str]:
    """Words a place's or an organisation's name may have or drop and stay the same
    one: "Kabupaten Garut" and "Garut", "PT Pertamina (Persero)" and "Pertamina"."""
    return _GENERIC.get(kind, frozenset())


# Waters named after the land beside them ("Teluk Oman", "Selat Malaka", "Laut Jawa").
_WATER_NOUNS = frozenset(["teluk", "selat", "laut", "samudra", "samudera"])


def _a_place_itself(word: str) -> bool:
    """A country or a region pycountry or the place aliases know ("oman", "malaka")."""
    from kabar.analyze.entities import place_names

    return (word,) in place_names()


def _same_named(kind: str, short: list[str], long: list[str]) -> bool:
    """Whether a shorter name may be a form of a longer one of the same type: for a
    person, any of its words ("Khamenei" of "Ali Khamenei"); for a place or an
    organisation only the name without the words of :func:`_generic` ("Israel" is not
    "Times of Israel", "New York" not "New York Times", "Pertamina" not "Pertamina Patra
    Niaga")."""
    if kind == "PERSON":
        return True
    if kind == "LOC" and long[:1] and long[0] in _WATER_NOUNS and len(short) == 1 and _a_place_itself(short[0]):
        # a sea named after a country or a region is not that place: "Teluk Oman" and
        # "Oman" (one entry of a Hormuz story), "Selat Malaka" and "Malaka"
        return False
    generic = _generic(kind)
    kinds = ({t for t in short if t in generic}, {t for t in long if t in generic})
    if kind == "LOC" and all(kinds) and not kinds[0] & kinds[1]:
        # "Kecamatan Batang Anai" and "Sungai Batang Anai" (a district, a river), "Kota
        # Bekasi" and "Kabupaten Bekasi"
        return False
    # (distinct words: "IUP IUP", a repeated word, is IUP; or the same letters spaced
    # otherwise: "Lanud Adisucipto")
    return len({t for t in short if t not in generic}) == len({t for t in long if t not in generic}) or (
        _spaceless(short) == _spaceless(long)
    )


def _spaceless(tokens: list[str]) -> str:
    return "".join(tokens).replace("-", "")


def _join_acronyms(items: list[Mention], orgs: list[int], uf: _UnionFind) -> None:
    """An organisation's acronym, hyphenated or not ("PDIP", "PDI-P"), is one with what it
    stands for ("Partai Demokrasi Indonesia Perjuangan"), as is a name opening with the
    acronym of the words it ends with ("PDI Perjuangan"): three entries of one party in
    a story's who's who had been."""
    acronyms: dict[str, list[int]] = defaultdict(list)
    expansions: dict[str, list[int]] = defaultdict(list)
    for i in orgs:
        text = items[i].text
        unhyphenated = text.replace("-", "")
        if is_acronym(unhyphenated):
            acronyms[unhyphenated].append(i)
        elif len(text.split()) > 1:
            expansions[text].append(i)
    for acronym, short in acronyms.items():
        for i in short[1:]:
            uf.union(short[0], i)
        for expansion, long in expansions.items():
            if expands(acronym, expansion):
                for i in long:
                    uf.union(short[0], i)
    for text, ids in expansions.items():
        first, _, rest = text.partition(" ")
        if not is_acronym(first):
            continue
        for expansion, long in expansions.items():
            head = expansion[: -len(rest) - 1]
            if expansion.endswith(" " + rest) and not is_acronym(head.split()[0]) and expands(first, head):
                for i in ids + long:
                    uf.union(ids[0], i)


def _join_aliases(items: list[Mention], tokens: list[list[str]], uf: _UnionFind) -> None:
    """Join each person's mention marked ``same_as`` another (the analyze stage's:
    "Agung Pamungkas alias Don Papank") to that one, unless either one's entity by now
    holds a full name that is no spelling of a name so linked: "Muhrijan alias Agus"
    joins no "Agus Salim" that the short-form rules gave the bare "Agus" to."""
    at = {(m.document, m.start): i for i, m in enumerate(items) if m.type == "PERSON" and tokens[i]}
    links = [
        (at[(m.document, m.same_as)], i) for i, m in enumerate(items)
        if m.same_as is not None and m.type == "PERSON" and tokens[i] and (m.document, m.same_as) in at
    ]
    linked = {i for pair in links for i in pair}

    def foreign(k: int, host: list[str] | None = None) -> bool:
        root = uf.find(k)
        group = [i for i in range(len(items)) if tokens[i] and uf.find(i) == root]
        own = [tokens[i] for i in group if i in linked]
        return any(
            items[i].type == "PERSON" and len(tokens[i]) > 1
            and not any(tokens[i] == o or name_match(tokens[i], o) >= TOKEN_SIMILAR for o in own)
            # (the name the other stands for may be a word of the full name: "Mischa
            # (panggilan Mudryk)" joins Mykhailo Mudryk)
            and not (host and set(host) <= set(tokens[i]))
            for i in group
        )

    for name, alias in links:
        if uf.find(name) != uf.find(alias) and not foreign(name, tokens[name]) and not foreign(alias):
            uf.union(name, alias)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("Agus Harimurti Yudhoyono":
    "AHY")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _join_initials(items: list[Mention], persons: list[int], uf: _UnionFind) -> None:
    ends = {(items[i].document, items[i].end): i for i in persons if len(items[i].text.split()) > 1}
    for j in persons:
        short = items[j].text
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= MAX_ACRONYM):
            continue
        # (" (" or "(" between the name and its initials: the text's own definition)
        full = next((ends[key] for gap in (2, 1) if (key := (items[j].document, items[j].start - gap)) in ends), None)
        if full is not None and _initials(items[full].text) == short:
            uf.union(full, j)


def _join_initials_across(items: list[Mention], persons: list[int], uf: _UnionFind) -> None:
    """Join a person written by initials alone (two to MAX_INITIALS capitals) to the one
    full name of the story with those initials, in another article, when the article
    of the initials names no one with them in full (police reports name suspects and
    victims by initials; another outlet may print the name). Not where two full names
    have them (which one, the text does not say), nor a name given with a title."""
    from kabar.analyze.entities import place_names

    places = place_names()
    bodies = {m.text for m in items if m.type != "PERSON"}
    by_initials: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    titled = {items[i].text for i in persons if items[i].role}
    for i in persons:
        words = items[i].text.split()
        # (not a name given with a title: an expert's or an official's, "Director
        # Training ... Sony Susmana", is no suspect's "berinisial SS")
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and items[i].text not in titled:
            key = _initials(items[i].text)
            by_initials[key].add(items[i].text)
            first.setdefault(items[i].text, i)
    for j in persons:
        short = items[j].text
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= MAX_INITIALS) or (
            short in bodies or (short.lower(),) in places
        ):
            continue
        names = by_initials.get(short, set())
        if len(names) != 1:
            continue
        full = first[next(iter(names))]
        if items[full].document != items[j].document and not any(
            items[i].document == items[j].document and _initials(items[i].text) == short and i != j for i in persons
        ):
            uf.union(full, j)


# At most this many characters between a name and its short form: " (" or "( ".
SHORT_FORM_GAP = 3


def _join_short_forms(items: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """Join a one-word short form ("Kejagung") to the name of the same type ending just
    before it ("Kejaksaan Agung", SHORT_FORM_GAP), when its letters run in order
    through the name's words, the first opening one of them (all-capital acronyms are
    :func:`_join_acronyms`')."""
    from kabar.analyze.entities import place_names, short_form_of

    ends = {(items[i].document, items[i].end): i for i in named if len(items[i].text.split()) > 1}
    for j in named:
        short = items[j].text
        if len(short.split()) != 1 or not short[:1].isupper() or short.isupper() or not short.isalpha():
            continue
        for gap in range(1, SHORT_FORM_GAP + 1):
            i = ends.get((items[j].document, items[j].start - gap))
            if i is None or items[i].type != items[j].type:
                continue
            words = [w.lower() for w in re.findall(r"[^\W\d_]+", without_legal_form(items[i].text))]
            if short.lower() not in words and (short.lower(),) not in place_names() and short_form_of(short, words):
                # (not a word of the name nor a place of its own: "Jakarta Utara, Jakarta")
                uf.union(i, j)
            break


def is_acronym(text: str) -> bool:
    return text.isupper() and text.isalpha() and MIN_ACRONYM <= len(text) <= MAX_ACRONYM


# A company's legal form, before or after its name ("PT", "CV", "UD", "Tbk", "(Persero)").
LEGAL_FORM = re.compile(r"^(?:PT|CV|UD)\.?\s+|\s+Tbk\.?$|\s+\(Persero\)$")


def without_legal_form(name: str) -> str:
    """A company's name without its legal form ("PT MRP" -> "MRP")."""
    return LEGAL_FORM.sub("", name).strip()


def expands(acronym: str, name: str) -> bool:
    """Whether ``name`` (several words) is what ``acronym`` stands for. A legal form
    gives no letter: "PT Kawai Sejahtera" is not PKS (Partai Keadilan Sejahtera), "PT
    Kawei Sejahtera Mining" is KSM."""
    from kabar.analyze.entities import expansion_matches

    name = without_legal_form(name)
    return len(name.split()) > 1 and expansion_matches(acronym, re.findall(r"\w+|,", name))


# The fewest letters of a short name cut from the start of a word of a full name.
NICKNAME_MIN_LETTERS = 3


def _nickname_of(short: str, full: list[str]) -> bool:
    """Whether ``short`` begins a word of ``full`` that is at least two letters longer
    ("eli", "eliawati"), not the full name's first word, which a namesake may share."""
    return len(short) >= NICKNAME_MIN_LETTERS and any(
        t.startswith(short) and len(t) >= len(short) + 2 for t in full[1:]
    )


def _contains(full: list[str], token: str) -> bool:
    return any(_token_sim(token, t) >= TOKEN_SURE for t in full)


def _canonical_key(tokens: list[str]) -> str:
    return " ".join(tokens)


_ROMAN = re.compile(r"^[IVX]+$")


def _decorated(form: str) -> bool:
    """A person's name with a body's acronym or a place read into it ("Ateng Hartono
    BPS", "Jatim Kusnadi"): a first or last word in capitals (not a Roman numeral,
    "Hamengku Buwono II") or a region's name."""
    from kabar.analyze.entities import place_names

    words = form.split()
    if len(words) < 2:
        return False
    ends = (words[0], words[-1])
    return any(
        (len(w) >= 2 and w.isupper() and w.isalpha() and not _ROMAN.match(w)) or (w.lower(),) in place_names()
        for w in ends
    )


def _display_name(surface: Counter[str], members: list[Mention], person: bool = False) -> str:
    """The name an entity goes by: the most frequent of its longest full forms (full
    names over surnames), among the forms at least two articles write when there are
    such: a form one article alone has may be a misreading ("Sri Mulyanidi Kompleks
    Istana Presiden", glued words read as one name; "Pemukiman Maruarar Sirait",
    "Dilamar Billy Syahputra", headlines), and a full name one article alone gives
    ("Sri Mulyani Indrawati") stays among the entity's spellings. A person goes by a
    form without a body or place read into it (:func:`_decorated`) nor a rank before it
    (:func:`_titled`) when there is one."""
    documents: dict[str, set[str]] = defaultdict(set)
    for m in members:
        documents[m.text].add(m.document)
    forms = [t for t in surface if len(name_tokens(t)) > 1] or list(surface)
    if person:
        forms = [t for t in forms if not _decorated(t) and not _titled(t)] or forms
        # (a name the text gives as another name goes after the name: "Agung Pamungkas
        # alias Don Papank" is Agung Pamungkas however often the article says "Don Papank")
        others = {m.text for m in members if m.same_as is not None}
        forms = [t for t in forms if t not in others] or forms
    forms = [t for t in forms if len(documents[t]) > 1] or forms
    longest = max(len(name_tokens(t)) for t in forms)
    candidates = [t for t in forms if len(name_tokens(t)) == longest]
    return max(sorted(candidates), key=lambda t: surface[t])


def _titled(form: str) -> bool:
    """A person's name written after a rank or title ("Kombes Pol Hendra Rochmawan"):
    the name goes by the form without it when there is one."""
    words = form.split()
    return len(words) > 1 and fold(words[0].strip(".")) in HONORIFICS


def _without_name_start(role: str, name: str, forms: Iterable[str]) -> str:
    """``role`` without the first words of the person's ``name`` it ends with: the role
    rule reads "Wali Kota Elke Kahr" as the mayor of a town "Elke" when the article has
    no other mention of the name to tell it ("Wali Kota Elke" of Elke Kahr). Not when
    those words are a body or a place read into the name ("Jatim Kusnadi" of "Ketua
    DPRD Jatim", :func:`_decorated`), nor when the name without them is one of its
    written forms of two words or more ("Paolo Pavesio" beside "Racing Paolo Pavesio"
    of "Direktur Pelaksana Yamaha Racing")."""
    words, names = role.split(), name.split()
    if _decorated(name):
        return role
    for k in range(min(len(names), len(words)) - 1, 0, -1):
        rest = " ".join(names[k:])
        if [fold(w) for w in words[-k:]] == [fold(w) for w in names[:k]] and not (
            len(names) - k > 1 and rest in forms
        ):
            return " ".join(words[:-k])
    return role


def _entity(members: list[Mention]) -> Entity:
    surface = Counter(m.text for m in members)
    kind = Counter(m.type for m in members).most_common(1)[0][0]
    name = _display_name(surface, members, person=kind == "PERSON")
    acronyms = [t for t in surface if is_acronym(t) and any(expands(t, other) for other in surface)]
    if kind == "ORG" and acronyms:
        # an organisation with its expansion goes by its acronym, as news calls it
        # after the first mention ("BMKG")
        name = max(sorted(acronyms), key=lambda t: surface[t])
    roles: dict[str, set[str]] = defaultdict(set)
    for m in members:
        # (a body or a place holds no post: the role of a name the story types one is
        # the role rule's misreading, "sopir Lalamove", "Pengamat Gunung Marapi",
        # "Jalan Kapten Tendean"; 4 such entries in 120 random stories, all wrong)
        if m.role and kind == "PERSON":
            roles[_without_name_start(m.role, name, surface)].add(m.document)
    key = kind + ":" + " ".join(name_tokens(name))
    return Entity(
        id="e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10],
        name=name,
        type=kind,
        aliases=sorted(t for t in surface if t != name),
        roles=[{"role": r, "documents": sorted(d)} for r, d in sorted(roles.items())],
        documents=sorted({m.document for m in members}),
        mentions=sorted(members, key=lambda m: (m.document, m.start)),
    )
