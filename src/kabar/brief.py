"""The brief: every figure with who said it, what agrees, what conflicts, what was
revised, across all the articles of one story.

``build_brief(articles, options)`` runs the per-article stages (analyze, claims) and
then the cross-article ones (resolve, reconcile, flags, timeline, summary) and returns
the brief as a plain dict, the versioned JSON documented in ``docs/brief.md``;
:mod:`kabar.report` renders it as Markdown or HTML.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kabar.analyze import roles
from kabar.analyze.entities import VERSUS, ZODIAC_SIGNS, title_only
from kabar.analyze.stage import Analysis, AnalyzeOptions, analyze_article, common_word, lower_words
from kabar.analyze.temporal import TIME_ZONES, DateMention, future_before, in_schedule, since_open
from kabar.claims import (
    SUPERSEDED,
    ClaimOptions,
    ClaimSet,
    extract_claims,
    join_same_figures,
    mark_before_start,
    mark_other_matches,
    mark_previews,
)
from kabar.flags import all_flags, date_mismatches, glued_on, revised_within, statement_dates
from kabar.reconcile import reconcile
from kabar.records import Article, Claim, Entity, Mention
from kabar.report import BACKGROUND_DAYS, SCHEMA_VERSION
from kabar.resolve import resolve
from kabar.stories.features import article_features
from kabar.summary import Sentence, SummarySentence, summarize

logger = logging.getLogger(__name__)

# Two timeline items on the same date (with no time of day) are one event when their
# sentences share at least this share of content words (Jaccard); chosen on the demo
# corpus and the dev clusters, where restatements of one event across outlets share
# 0.3-0.6 and different events of one day under 0.2.
TIMELINE_SAME_EVENT = 0.3
# One sentence two outlets give with two dates a day or a few apart is one statement
# dated twice: an outlet that quoted it a day later wrote its own day ("Rabu (11/6/2025)"
# for what was said on Tuesday; a copy of a press release with a mistyped date). Items
# at most SAME_STATEMENT_DAYS apart whose sentences share at least this share of their
# content words (of SAME_STATEMENT_MIN_WORDS or more) are placed on the earlier day.
# Set on the 431 stories of two outlets or more: restatements of one sentence share
# 0.8 or more; one outlet's reports of a daily figure on two days (a price, a toll)
# stay under it by their figures and days.
TIMELINE_SAME_STATEMENT = 0.8
SAME_STATEMENT_DAYS = 3
SAME_STATEMENT_MIN_WORDS = 8
# Timeline items give at most this many characters of their sentence.
TIMELINE_TEXT_CHARS = 240
# Words before a date that describe a person or a body by it, inside the sentence
# about something else.
# (with the place between: "penyanyi kelahiran Bandung, 3 Maret 1990, itu menyoroti
# ..." had placed what she said in 1993; "yang lahir di Bogor, 2 Mei 1990")
_BACKGROUND_DATE = re.compile(
    r"(?:\bkelahiran|\byang\s+(?:berdiri|didirikan|dibangun|dibentuk|lahir|diresmikan)(?:\s+(?:sejak|pada))?"
    r"|\bberdiri\s+sejak"
    r"|\b(?:kelahiran|yang\s+lahir\s+di)(?:\s+(?-i:[A-Z])[\w.'-]*){1,3}\s*(?:,|\(|\bpada\b|\btanggal\b)"
    r")\s*(?:tahun\s+)?\Z",
    re.IGNORECASE,
)
# A date a figure is compared with ("untung ... pada 2024, lebih kecil dibandingkan
# raihan tahun 2023", "tetap dibandingkan catatan akhir Maret", "tumbuh 40%
# dibandingkan dengan 2022"): the base of the comparison, not when the sentence's event was;
# up to four words between, none of them a clause's end (one brief of the shared corpus
# listed an RUPS's results four times under 2023).
_COMPARED_DATE = re.compile(
    r"\b(?:dibandingkan|dibanding|ketimbang|daripada)(?:\s+[\w-]+){0,4}\s+\Z", re.IGNORECASE
)
# A day written in a speech tag after the words ('..." kata Kapolsek X, Selasa
# (10/6/2025).'): the day it was said, which dates no time of day written after it
# when the article named the event's day before ("tawuran ... Senin, 9 Juni 2025 dini
# hari ... Wayan menyampaikan aksi tawuran ... terjadi pukul 02.00 WIB" had put the
# brawl at 02:00 on the 10th as well as on the 9th).
_SAID_ON = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|papar|ungkap|terang|tegas|sebut|tambah|lanjut|imbuh)(?:nya)?\b"
    r"[^.!?\"“”\n]{0,80},\s*\Z",
    re.IGNORECASE,
)
# A zodiac sign and the bracket its days are written in ("Sagitarius (22 November - 21
# Desember)"): a horoscope's label, which had placed its sign on the timeline.
_ZODIAC_SPAN = re.compile(
    r"\b(?:" + "|".join(sorted(ZODIAC_SIGNS)) + r")\s*\(\s*\Z", re.IGNORECASE
)
# A line of a list of times ("- Pukul 14.00 WIB: Latihan Bebas", "09.30 WIB:
# Kualifikasi").
_TIME_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:(?:pukul|jam)[ \t]*)?(\d{1,2})[.:](\d\d)\b.*$", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)
def _time_lines(text: str) -> tuple[tuple[int, int, int], ...]:
    """The lines of ``text`` that open with a time of day: (start, end, minutes), found
    once per article for all its times (:func:`_days_unwritten`)."""
    return tuple((m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2))) for m in _TIME_LINE.finditer(text))


def _days_unwritten(text: str, pos: int) -> bool:
    """Whether the time at ``pos`` is an item of a list of times, one per line, that goes
    back in the day (a practice session at 14.00, then qualifying at 09.30): a schedule
    over several days whose days the list does not write (its headings lost), no time
    of the day the article named last."""
    lines = _time_lines(text)
    at = next((k for k, (lo, hi, _t) in enumerate(lines) if lo <= pos < hi), None)
    if at is None:
        return False
    first = last = at
    while first > 0 and lines[first - 1][1] + 1 == lines[first][0]:
        first -= 1
    while last + 1 < len(lines) and lines[last][1] + 1 == lines[last + 1][0]:
        last += 1
    times = [t for _lo, _hi, t in lines[first:last + 1]]
    return any(later < earlier for earlier, later in pairwise(times))


# The article telling what it holds, dated by its own day ("Berikut daftar harga ...
# pada Rabu (11/6/2025)", "Dirangkum dari berbagai sumber, berikut ...", an article
# saying on which day it was written and what it discusses): no event of the story;
# not a list it opens with its items after a colon, nor what "informasi yang dihimpun"
# (the information gathered) tells.
_ABOUT_ITSELF = re.compile(
    r"^(?:Simak|Berikut)\b[^:]*$|\b(?:artikel|berita)\s+ini\s+(?:akan\s+)?(?:membahas|menyajikan|mengulas|merangkum)"
    r"|\bdirangkum\b|\bdari\s+berbagai\s+sumber\b",
    re.IGNORECASE,
)
# A quotation's last sentence with fewer words than this before its closing mark is
# shown on the timeline with the sentence before it ('Iya kan?" kata X, Senin
# (9/6/2025).' had been an entry: the words said were in the sentence before).
QUOTE_TAIL_MIN_WORDS = 6
_CLOSING_QUOTE = re.compile(r"[\"”]")


def _quote_opening(a: Analysis, si: int) -> int | None:
    """Where to start the timeline text of sentence ``si`` when it is a short last
    sentence of a quotation opened by the sentence before it, in its paragraph (see
    :data:`QUOTE_TAIL_MIN_WORDS`); None otherwise."""
    start, end = a.sentences[si]
    text = a.text[start:end]
    close = _CLOSING_QUOTE.search(text)
    if (
        si == 0 or close is None or text.lstrip()[:1] in ("\"", "“")
        or len(_WORDS.findall(text[:close.start()])) >= QUOTE_TAIL_MIN_WORDS
    ):
        return None
    before = a.sentences[si - 1][0]
    previous = a.text[before:start]
    if "\n" in previous.strip() or previous.lstrip()[:1] not in ("\"", "“") or _CLOSING_QUOTE.search(previous.strip()[1:]):
        return None  # (another paragraph, or no quotation the sentence before opens and leaves open)
    return before


# A time after "hingga"/"sampai"/"per": a state as of then ("Hingga pukul 00.20 WIB,
# BMKG belum mencatat gempa susulan"), placed on the day it is reported.
_AS_OF_TIME = re.compile(r"\b(?:hingga|sampai|per)\s+(?:pukul|jam)?\s*\Z", re.IGNORECASE)
# A time of day before NIGHT_ENDS written after an evening's time (from
# EVENING_STARTS on) of the day last named is past midnight, on the next day (a quake at
# 23.55 then "hingga pukul 00.20", a hospital at 01.30 "dini hari" after a Sunday
# evening's 23.30).
NIGHT_ENDS = "06:00"
EVENING_STARTS = "18:00"
# Indonesia's time zones (WIB, WITA, WIT): a time in another zone written beside one of
# these is the same moment, placed by the local one.
_LOCAL_ZONES = frozenset(TIME_ZONES[z] for z in ("wib", "wita", "wit"))


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _wordset("""
yang dan di ke dari pada untuk dengan itu ini dalam akan telah sudah juga tidak karena oleh
sebagai atau bahwa ada para saat kata ujar mengatakan menurut pukul wib wita wit hari
""")
_WORD = re.compile(r"\w+")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# A company's legal form in brackets is no acronym: "PT PLN (Persero)".
_LEGAL_FORMS_IN_PARENS = frozenset(["persero", "perseroda", "tbk", "perum"])


@dataclass(slots=True)
class BriefOptions:
    analyze: AnalyzeOptions = field(default_factory=AnalyzeOptions)
    claims: ClaimOptions = field(default_factory=ClaimOptions)
    title: str | None = None


def _content_words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP and not w.isdigit()}


def _acronym_links(analyses: Iterable[Analysis]) -> dict[str, str]:
    """Organisation names written out with their acronym ("Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)") → the acronym, so both forms are one entity."""
    from kabar.analyze.entities import place_names

    known_places = place_names()
    links: dict[str, str] = {}
    for a in analyses:
        places = {x.start for x in a.mentions if x.type == "LOC"}
        for m in a.mentions:
            if m.type not in ("ORG", "LOC"):
                continue
            after = a.text[m.end:m.end + 14]
            found = _ACRONYM_IN_PARENS.match(after.lstrip(" ,"))
            if m.type == "LOC":
                # a place's initials in brackets: "Los Angeles (LA)"; "Jakarta
                # Convention Center (JCC)"
                words = m.text.split()
                initials = "".join(w[0] for w in words).upper()
                if found and len(words) >= 2 and found.group(1) == initials and found.group(1).isupper():
                    links[m.text] = found.group(1)
                continue
            if (
                found and found.group(1) != m.text and found.group(1).lower() not in _LEGAL_FORMS_IN_PARENS
                # (a short form is shorter, and a name in capitals is one already: "DOHC
                # i-VTEC (Hybrid)" says which engine, it spells out no "VTEC")
                and len(found.group(1)) < len(m.text) and not (m.text.isupper() and " " not in m.text)
                # (a place in brackets says where the body is: "River Plate (Argentina)",
                # "LAFC (AS)" had made one entry of a country and its clubs; a country
                # or region by name, else a place by the model's type but for a ticker in
                # capitals, "(TOBA)")
                and (found.group(1).lower(),) not in known_places
                and (found.group(1).isupper() or m.end + len(after) - len(after.lstrip(" ,")) + found.start(1) not in places)
            ):
                links[m.text] = found.group(1)
    return links


# A person's nickname written right after the full name: "Saifullah Yusuf (Gus Ipul)",
# "Joko Widodo (Jokowi)", "Saifullah Yusuf atau Gus Ipul", "Ramdan Wahyudi yang akrab
# disapa Bondan". After "atau" only with an honorific or "disapa" ("Prabowo atau
# Gibran" is either of two men). In the 426 multi-outlet stories of at most 40
# articles, 12 stories join a nickname to its person (Jokowi, Zulhas, Gus Ipul, Ara,
# Gustiwiw), and 63 figures' speakers with it; no wrong join was seen.
_NICK_HONORIFIC = (
    r"(?:Gus|Cak|Kang|Mas|Bang|Mbak|Ning|Neng|Daeng|Abah|Kak|Koh|Teh|Ustaz|Ustadz|Kiai|Kyai"
    r"|Habib|Buya|Bunda|Eyang|Opung|Pak|Bu)"
)
_NICK_CALLED = r"(?:yang\s+)?(?:akrab\s+|biasa\s+|lebih\s+)?(?:disapa|dipanggil|dikenal\s+dengan\s+(?:nama\s+)?sapaan)\s+"
_NICKNAME_AFTER = re.compile(
    rf"\s*\(\s*(?:{_NICK_HONORIFIC}\s+)?(?P<paren>[A-Z][a-z]+)\s*\)"
    rf"|,?\s+atau\s+(?:{_NICK_CALLED})?{_NICK_HONORIFIC}\s+(?P<atau>[A-Z][a-z]+)(?![\w'-]|\s+[A-Z])"
    rf"|,?\s+(?:atau\s+)?{_NICK_CALLED}(?:{_NICK_HONORIFIC}\s+)?(?P<called>[A-Z][a-z]+)(?![\w'-]|\s+[A-Z])"
)


def _nickname_links(analyses: Iterable[Analysis]) -> list[tuple[str, int, str]]:
    """(document, start of the full name, nickname) of each person named with a
    nickname right after (:data:`_NICKNAME_AFTER`); not a place or a word of the name
    itself ("Joko Widodo (Jokowi)" is one, "Bogdan Lobont (Romania)" is not)."""
    from kabar.analyze.entities import place_names

    known_places = place_names()
    links: list[tuple[str, int, str]] = []
    for a in analyses:
        for m in a.mentions:
            if m.type != "PERSON" or " " not in m.text.strip():
                continue
            found = _NICKNAME_AFTER.match(a.text, m.end)
            if found is None:
                continue
            nick = found.group("paren") or found.group("atau") or found.group("called")
            if (nick.lower(),) in known_places or nick in m.text.split() or roles.common_word(nick.lower()):
                continue
            links.append((m.document, m.start, nick))
    return links


def _merge_nicknames(entities: list[Entity], links: Iterable[tuple[str, int, str]]) -> list[Entity]:
    """Merge into a person's entry the entry of a nickname the text gives them
    (:func:`_nickname_links`): only an entry known by that one word alone, so no other
    person named so is drawn in."""
    at = {(m.document, m.start): e for e in entities if e.type == "PERSON" for m in e.mentions}
    alone = {
        e.name: e for e in entities
        if " " not in e.name and all(m.text.split()[-1] == e.name for m in e.mentions)
    }
    gone: set[str] = set()
    for document, start, nick in links:
        full, short = at.get((document, start)), alone.get(nick)
        if full is None or short is None or short is full or full.id in gone or short.id in gone:
            continue
        _absorb(full, short)
        gone.add(short.id)
    return [e for e in entities if e.id not in gone]


def _without_place_prefix(entities: list[Entity]) -> None:
    """A person's name whose first words end a place's or a body's name of the story
    ("Kepala UPBU Bandara Komodo Ceppy Triono" read "Komodo Ceppy Triono", "Direktur
    Ditjen Migas Erika Retnowati" read "Migas Erika Retnowati") goes by the rest, when
    the story also writes the rest (or its first or last word) alone for the same
    person. Not when those words are another person's ("Iriana Jokowi" beside "Dewi
    Iriana"). In the 426 multi-outlet stories of at most 40 articles: 8 names, all
    right."""
    from kabar.analyze.entities import place_names

    known_places = place_names()
    tails: set[tuple[str, ...]] = set()
    person_forms: list[tuple[str, list[str]]] = []
    for e in entities:
        for form in (e.name, *e.aliases):
            words = form.split()
            if e.type in ("LOC", "ORG"):
                tails.update(tuple(words[-k:]) for k in range(1, len(words)))
            elif e.type == "PERSON":
                person_forms.append((e.id, words))

    def another_persons(head: tuple[str, ...], own: str) -> bool:
        # (another name read the same way, "Bandara Sumba Maria Lende", is no other
        # person's name of those words)
        return any(
            other != own and set(head) & set(words) and not (len(words) > len(head) and tuple(words[: len(head)]) == head)
            for other, words in person_forms
        )

    for e in entities:
        if e.type != "PERSON":
            continue
        words = e.name.split()
        alone = set(e.aliases)
        for k in range(len(words) - 1, 0, -1):
            head, rest = tuple(words[:k]), words[k:]
            if not (head in tails or (k == 1 and (head[0].lower(),) in known_places)):
                continue
            if another_persons(head, e.id):
                break
            if " ".join(rest) in alone or rest[0] in alone or rest[-1] in alone:
                e.aliases = sorted((alone - {" ".join(rest)}) | {e.name})
                e.name = " ".join(rest)
                break


# What may stand between a sentence's (or a quote's) start and its first word.
_OPENERS = " \t\"'\u201c\u2018("


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


def _story_lower_words(analyses: list[Analysis]) -> set[str]:
    """The words any article of the story writes in lower case (:func:`lower_words`)."""
    lower: set[str] = set()
    for a in analyses:
        lower |= lower_words(a.text)
    return lower


def _common_word_mentions(analyses: list[Analysis], lower: set[str]) -> set[tuple[str, int]]:
    """The analyze stage's common-word rule (:func:`kabar.analyze.stage.common_word`)
    across a story (``lower``: :func:`_story_lower_words`): a one-word organisation or
    place opening a sentence or a quote that another article writes in lower case
    ("Episenter gempa utama ..." in one article, "lokasi episenter" in another) is a
    word, not a name. (Persons and mid-sentence words are left alone: one article's
    lower-case word is weaker evidence against another's name.) (document, start) of
    each."""
    found: set[tuple[str, int]] = set()
    for a in analyses:
        for m in a.mentions:
            if m.type in ("ORG", "LOC") and common_word(m.text, lower) and _opens_sentence(a.text, m.start):
                found.add((m.document, m.start))
    return found


# A one-word "person" opening a sentence ("Duel dijadwalkan Selasa ...", "Yuk, simak
# ...", "Gak ribet") that the story never writes capitalised inside a sentence nor as a
# word of a longer name, and that is a common Indonesian word (wordfreq Zipf at least
# SENTENCE_WORD_MIN_ZIPF) but not a common English one (names in translated news,
# "Johnson", are): a word. On 150 random stories it took 17 entries ("Duel", "Yuk",
# "Gak", "Jendela", ...), all words; "Widyawati" (a name, Zipf 0) and "Johnson" stay.
SENTENCE_WORD_MIN_ZIPF = 4.0
SENTENCE_WORD_EN_MAX_ZIPF = 4.5


def _written_inside(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (as written) somewhere not opening a sentence."""
    return any(not _opens_sentence(text, m.start()) for m in re.finditer(r"\b" + re.escape(word) + r"\b", text))


def _sentence_opening_words(analyses: list[Analysis], lower: set[str] | None = None) -> set[tuple[str, int]]:
    """(document, start) of one-word "persons" that are words opening sentences (see
    :data:`SENTENCE_WORD_MIN_ZIPF`), or words inside one the story also writes in lower
    case (``lower``, :func:`_story_lower_words` when not given: "Kabinet", "Dirawat";
    not initials, "IA")."""
    candidates = [
        m for a in analyses for m in a.mentions
        if m.type == "PERSON" and len(m.text.split()) == 1 and _opens_sentence(a.text, m.start)
    ]
    in_longer = {w.lower() for a in analyses for m in a.mentions if len(m.text.split()) > 1 for w in m.text.split()}

    def a_word(low: str) -> bool:
        """No word of a longer name, a common Indonesian word, no common English one."""
        return (
            low not in in_longer and roles.zipf(low) >= SENTENCE_WORD_MIN_ZIPF
            and roles.zipf(low, "en") < SENTENCE_WORD_EN_MAX_ZIPF
        )

    verdict: dict[str, bool] = {}
    found: set[tuple[str, int]] = set()
    for m in candidates:
        word = m.text
        if word not in verdict:
            verdict[word] = a_word(word.lower()) and not any(_written_inside(a.text, word) for a in analyses)
        if verdict[word]:
            found.add((m.document, m.start))
    # inside a sentence, such a word is one when the story also writes it in lower case
    # ("... maupun Medsos" beside "medsos")
    if lower is None:
        lower = _story_lower_words(analyses)
    for a in analyses:
        for m in a.mentions:
            word = m.text
            if (
                m.type != "PERSON" or " " in word or word.isupper() or _opens_sentence(a.text, m.start)
                or word.lower() not in lower
            ):
                continue  # (initials in capitals are someone's: "IA" beside the pronoun "ia")
            if a_word(word.lower()):
                found.add((m.document, m.start))
    return found


_NOT_ALNUM = re.compile(r"[\W_]+")
# Shortest outlet name taken for one (shorter ones, "ap", are words of other names).
MIN_OUTLET_KEY = 4
_SITE = re.compile(r"\.(?:com|co\.id|id|net)$", re.IGNORECASE)


def _own_outlet(mention: str, outlet: str | None) -> bool:
    """Whether ``mention`` names the outlet that published the article ("POSMETRO
    MEDAN", its dateline; "Kompas.com" in kompas's article): the publisher, not a
    party to the story. Other outlets an article cites stay."""
    key = _NOT_ALNUM.sub("", (outlet or "").lower())
    if len(key) < MIN_OUTLET_KEY:
        return False
    name = _NOT_ALNUM.sub("", mention.lower())
    if name.startswith(key):
        return True
    # a site of the outlet's network by its domain ("TribunJateng.com" in an article of
    # tribunnews, its regional edition's dateline)
    stem = key.removesuffix("news")
    return len(stem) >= MIN_OUTLET_KEY and _SITE.search(mention.strip()) is not None and name.startswith(stem)


def _fixture_sides(analyses: list[Analysis]) -> set[str]:
    """The names the story writes as a side of a fixture with a team or a country on the
    other ("Real Madrid vs Al Hilal", "Persib kontra Persija"): teams, in every article
    (:func:`kabar.analyze.entities._match_sides` types them so within one)."""
    sides: set[str] = set()
    for a in analyses:
        ms = [m for m in a.mentions if m.type in ("ORG", "LOC")]
        for left, right in pairwise(ms):
            if VERSUS.fullmatch(a.text[left.end:right.start]):
                sides.update(m.text for m in (left, right) if m.type == "ORG")
    return sides


# The shortest last word a glued word may be cut off ("Ain" of "Al Ainpada").
UNGLUE_MIN_WORD = 3


def _unglued_name(name: str, last_words: Mapping[str, int]) -> str | None:
    """``name`` without a common word glued onto its last word where a link was
    stripped, when the story ends names with that word alone more often, twice at
    least (``last_words``: how many mentions of the type end with each word): "Vladimir
    Putindi" beside "Vladimir Putin", "Marcella Santosodi"; not "Budi Arie Setiadi"
    beside a one-off "Budi Arie Setia", nor "PT Hengjaya Mineralindo". In 300 random
    multi-outlet stories 17 who's who entries lose such a form, all glue."""
    words = name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    for cut in range(len(last) - 2, UNGLUE_MIN_WORD - 1, -1):
        head, tail = last[:cut], last[cut:]
        if (
            last_words.get(head, 0) >= 2 and last_words[head] > last_words.get(last, 0)
            and tail.islower() and glued_on(last, head)
            # (a word of three letters only with a word of three or more glued on, and
            # not an acronym's: "Al Ainpada", not "BRImo")
            and (len(head) > UNGLUE_MIN_WORD or (len(tail) >= UNGLUE_MIN_WORD and not head.isupper()))
        ):
            return " ".join([*words[:-1], head])
    return None


# Where a link was stripped between two capitalised words ("VladimirPutin",
# "IranAli Khamenei", "Inter MiamiLionel Messi") or after an acronym ("Kemlu
# RIJudha Nugraha"): two lower-case letters or two capitals, then a capital and a
# lower-case one ("McDonnell" has one).
_CAMEL_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])")


def _camel_unglued(name: str, persons: Mapping[str, int]) -> tuple[int, str] | None:
    """A person's name glued onto the word before it where a link was stripped, as
    the story writes it elsewhere (``persons``: how many mentions of people are
    written each way): the two parts spaced when the story writes that ("VladimirPutin"
    beside "Vladimir Putin"), else the part after the glue, a full name, when the story
    writes it twice at least ("IranAli Khamenei" beside "Ali Khamenei"; not "TikTok"
    beside a "Tok"). Returns (offset in ``name``, the name) or None. In 426
    multi-outlet stories, 12 entries lose such a form, all glue."""
    for glue in _CAMEL_GLUE.finditer(name):
        at = glue.start()
        spaced = f"{name[:at]} {name[at:]}"
        if persons.get(spaced, 0) >= 1:
            return 0, spaced
        if " " in name[at:] and persons.get(name[at:], 0) >= 2:
            return at, name[at:]
    return None


def _mentions_for_resolve(analyses: list[Analysis], outlets: Mapping[str, str | None] | None = None) -> list[Mention]:
    links = _acronym_links(analyses)
    lower = _story_lower_words(analyses)
    common = _common_word_mentions(analyses, lower) | _sentence_opening_words(analyses, lower)
    teams = _fixture_sides(analyses)
    outlets = outlets or {}
    last_words: dict[str, Counter[str]] = defaultdict(Counter)
    persons: Counter[str] = Counter()
    for a in analyses:
        for m in a.mentions:
            if " " in m.text:
                last_words[m.type][m.text.split()[-1]] += 1
            if m.type == "PERSON":
                persons[m.text] += 1
    out: list[Mention] = []
    for a in analyses:
        for m in a.mentions:
            if (m.document, m.start) in common or _own_outlet(m.text, outlets.get(m.document)):
                continue
            if (unglued := _unglued_name(m.text, last_words[m.type])) is not None:
                m = Mention(m.document, m.start, m.start + len(unglued), unglued, m.type, m.role, m.org)
            if m.type == "PERSON" and (camel := _camel_unglued(m.text, persons)) is not None:
                # (the span stays the text's: "VladimirPutin" is read "Vladimir Putin")
                m = Mention(m.document, m.start + camel[0], m.end, camel[1], m.type, m.role, m.org)
            if m.type == "PERSON" and title_only(m.text.split()):
                continue  # a title alone ("Jaksa Agung", "Menkes") is no one in who's who
            if m.type == "PERSON" and m.role is None and m.text in teams:
                m = Mention(m.document, m.start, m.end, m.text, "ORG", None, m.org)
            if m.type == "ORG" and m.text in links:
                # the written-out name is an alias of its acronym: resolve on the acronym
                # and keep the long form as a spelling
                out.append(Mention(m.document, m.start, m.end, links[m.text], m.type, m.role, m.org))
                out.append(Mention(m.document, m.start, m.end, m.text, m.type, m.role, m.org))
            else:
                out.append(m)
    return out


def _absorb(entity: Entity, other: Entity) -> None:
    """Make ``other``'s names, documents and mentions ``entity``'s (the caller drops
    ``other``)."""
    entity.aliases = sorted((set(entity.aliases) | {other.name} | set(other.aliases)) - {entity.name})
    entity.documents = sorted(set(entity.documents) | set(other.documents))
    entity.mentions = sorted(entity.mentions + other.mentions, key=lambda m: (m.document, m.start))


def _merge_acronym_entities(entities: list[Entity], links: Mapping[str, str]) -> list[Entity]:
    """Each organisation written out with its short form in brackets joins the short
    form's entity; so do the entities of that short form typed otherwise, into its
    organisation's when it has one ("PT Aneka Tambang Tbk (Antam)" in one article,
    "harga emas Antam" typed a person in two others and a place in one: one Antam, not
    three). A short form of one entity keeps its type ("Jurist Tan (JT)", a person the
    model once typed an organisation)."""
    by_name: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        by_name[e.name].append(e)
    gone: set[str] = set()
    for long_form, acronym in links.items():
        shorts = [e for e in by_name.get(acronym, []) if e.id not in gone]
        longs = [e for e in by_name.get(long_form, []) if e.id not in gone]
        full = next((e for e in longs if e.type == "ORG"), longs[0] if longs else None)
        if not shorts or full is None or full in shorts:
            continue
        short = next((e for e in shorts if e.type == "ORG"), max(shorts, key=lambda e: len(e.mentions)))
        for other in [full, *(e for e in shorts if e is not short)]:
            _absorb(short, other)
            gone.add(other.id)
    return [e for e in entities if e.id not in gone]


def _entity_at(
    index: Mapping[str, list[tuple[int, int, str]]], document: str, start: int, end: int, types: Mapping[str, str],
) -> str | None:
    """The entity whose mention overlaps [start, end) in ``document``: the last person
    there, else the last one ("Kepala BPBD Garut Rahmat Hidayat" is Rahmat Hidayat;
    so is "Rahmat Hidayat, Kepala BPBD Garut", and "Yusak Billy sebagai ... Director PT
    Honda Prospect Motor" Yusak Billy, not the company)."""
    best = person = None
    for s, e, entity in index.get(document, []):
        if s < end and start < e:
            best = entity
            if types.get(entity) == "PERSON":
                person = entity
    return person or best


# Someone named by their relation to a person ("kuasa hukum X", "istri X", "ibunda X"):
# the speaker is not X. ("Ibu"/"Bapak" are also honorifics, "Ibu Sri Mulyani"; "Putri",
# "Putra" and "Anak" open names, "Putri Ariani", "Anak Agung ..."; a spokesperson is
# named after the body, "jubir KPK Budi Prasetyo".)
_RELATION = re.compile(
    r"(?i:(?:tim\s+)?(?:kuasa\s+hukum|pengacara|penasihat\s+hukum|istri|suami|kakak|adik|"
    r"keluarga|kerabat|orang\s+tua|ayah|ayahanda|ibunda|ajudan|rekan|teman|sahabat|"
    r"tetangga|paman|kakek|nenek|mantan\s+istri|mantan\s+suami|"
    # (a child by rank: "Anak sulung Ahmad Dhani"; "Anak" alone opens names, "Anak Agung")
    r"(?:anak|putra|putri)\s+(?:sulung|bungsu|pertama|kedua|ketiga|tengah)))\s+[A-Z]"
)


def _speakers(claims: list[Claim], spans: Mapping[str, tuple[int, int]], entities: list[Entity]) -> None:
    """Link each claim's speaker, where it is written, to its entity."""
    index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    types = {e.id: e.type for e in entities}
    for e in entities:
        for m in e.mentions:
            index[m.document].append((m.start, m.end, e.id))
    for items in index.values():
        items.sort()
    names: dict[str, str] = {}
    for e in entities:
        if e.type == "LOC":
            continue
        for form in [e.name, *e.aliases]:
            if len(form.split()) > 1 or e.type == "ORG":
                names.setdefault(form.casefold(), e.id)
    for c in claims:
        span = spans.get(c.id)
        if span is None:
            continue
        found = _entity_at(index, c.document, span[0], span[1], types)
        if (
            found is not None and types.get(found) == "PERSON" and c.speaker_text
            and _RELATION.match(c.speaker_text) and "," not in c.speaker_text
        ):
            # "Kuasa hukum Ronald Tannur" speaks for him, and is not him (but "Kuasa
            # hukum Nikita, Fahmi Bachmid" is Fahmi Bachmid)
            continue
        if found is None and c.speaker_text:
            # the speaker as written, by name: "Menurut BMKG" where the model missed
            # BMKG, "Geofisika (BMKG)" cut from its expansion
            written = c.speaker_text
            acronym = _ACRONYM_IN_PARENS.search(written)
            key = (acronym.group(1) if acronym else written).casefold()
            found = names.get(key)
            if found is None:
                found = next((eid for name, eid in names.items() if key.endswith(" " + name) and len(name) > 3), None)
        if found is None and c.speaker_text and len(c.speaker_text.split()) == 1:
            # a surname alone ("kata Bahlil"): the one person of this article it names
            token = c.speaker_text.casefold()
            hits = {
                e.id for e in entities
                if e.type == "PERSON" and c.document in e.documents
                and token in {t.casefold() for form in [e.name, *e.aliases] for t in form.split()}
            }
            if len(hits) == 1:
                found = hits.pop()
        if found is None and c.speaker_text and c.speaker_text[:1].islower():
            found = _by_role(entities, c.document, c.speaker_text)
        if found is not None and types.get(found) == "LOC":
            found = None  # a place is where it was said, not who said it
        c.speaker = found


def _by_role(entities: list[Entity], document: str, written: str) -> str | None:
    """A speaker named only by role ("ujar hakim", "kata jaksa"): the one person the
    same article gives that role, if there is exactly one."""
    words = set(written.casefold().split())
    if not words:
        return None
    found = {
        e.id for e in entities if e.type == "PERSON"
        for r in e.roles if document in r["documents"] and words <= set(r["role"].casefold().split())
    }
    return found.pop() if len(found) == 1 else None


def when_label(first: date, last: date | None = None, time: str | None = None) -> str:
    """A timeline item's date as precise as the text was: a day ("2025-06-18", with its
    time), a month ("2025-06"), a year ("1989"), years ("1960-1969"), else the first and
    last day ("2025-06-01 - 2025-06-15"): "tahun 1960-an" is not 1 January 1960."""
    if last is None or last == first:
        return first.isoformat() + (f" {time}" if time else "")
    whole_years = first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31
    if whole_years:
        return str(first.year) if first.year == last.year else f"{first.year}-{last.year}"
    next_day = last + timedelta(days=1)
    if first.day == 1 and next_day.day == 1 and (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.isoformat()} - {last.isoformat()}"


# Particles of speech, no event: "Tahun ini ya." (a quotation's two words) tells nothing.
_WORDS = re.compile(r"[^\W\d_]{2,}")
_PARTICLES = frozenset({"ya", "yah", "kan", "sih", "lho", "loh", "dong", "deh", "kok", "nah", "toh", "pun", "juga", "lagi", "saja", "aja", "ini", "itu"})


# A period this long (days from first to last) or longer is a month, a quarter, a year:
# coarser than any day named with it (February's first to last day: 27).
COARSE_PERIOD_DAYS = 27
# A period longer than a year (two calendar years or more: "2019-2024", "musim
# 2025-2026", "RUPTL Tahun 2025-2034", "model produksi 2023 hingga 2025") is someone's
# tenure, a season, a plan's or a product's years: it describes what it is written
# with, it is no happening of the story (reviewers met 13 such timeline lines in 15
# briefs, none an event). A year alone ("pada 2008, uji coba pertama") stays.
MULTI_YEAR_DAYS = 366
# A date this many days or more after its article's publication is a goal or a plan,
# not a happening: a match or a hearing is announced weeks ahead, "2029" and "2045"
# are targets (a brief's timeline had ended with "negara maju pada 2045").
FAR_AHEAD_DAYS = 366
# A year's first to last day.
YEAR_DAYS = 364
# "sejak 1901 hingga kini", "sejak 2018": a year that starts a state lasting to now.
_SINCE_YEAR = re.compile(r"\bsejak\s+(?:tahun\s+)?\Z", re.IGNORECASE)


# The note of a day after "sejak" placed up to its article (:func:`_since_to_publication`).
SINCE_NOTE = "since"


def _dating_day(d: DateMention) -> date | None:
    """The day ``d`` names that dates the times of day written after it: a resolved day
    of its own, not a period's nor one the outlet cited its source on; a day after
    "sejak" is its own ("tak pulang sejak Selasa (3/6/2025). Ia terakhir terlihat ...
    pukul 10.00": on the 3rd, not on the article's day)."""
    if not d.resolved or d.value is None or d.cited:
        return None
    return d.value if d.kind != "period" or d.note == SINCE_NOTE else None


def _since_to_publication(text: str, d: DateMention, published: datetime | None) -> DateMention:
    """A day or a month after "sejak" with no end written ("ucapan pertamanya sejak
    Jumat (13/6)", "sejak Januari ada 40 korban") places its sentence
    from that day to the article's: a state that lasts, not an event on that day (a
    comment made on the 18th had been placed on the 13th). Not "sejak hari ini", from
    the day it is said on."""
    if (
        published is None or not d.resolved or d.value is None or d.cited or d.rule == "relative:hari_ini"
        or (published.date() - d.value).days > MULTI_YEAR_DAYS  # (a start long ago is background)
        or not (d.kind == "date" or d.rule in ("month_year", "month"))
        or (d.end_value or d.value) >= published.date() or not since_open(text, d.start, d.end)
    ):
        return d
    return replace(d, kind="period", end_value=published.date(), note=d.note or SINCE_NOTE)


# A day after "hingga", "paling lambat", "tenggat": a deadline, not when something happened.
_UNTIL_BEFORE = re.compile(
    r"\b(?:hingga|sampai(?:\s+dengan)?|paling\s+lambat|batas\s+waktu|tenggat(?:\s+waktu)?)\s+"
    r"(?:(?:tanggal|hari|pada)\s+)?\Z",
    re.IGNORECASE,
)


def _deadline(text: str, d: DateMention, published: datetime) -> bool:
    """Whether ``d`` is a day after the article's publication written as a deadline
    ("Trump memberi perpanjangan ... hingga 17 September 2025"): the sentence tells of
    something from now to that day, not of that day (the extension had been placed on
    17 September)."""
    return (
        d.resolved and d.value is not None and d.kind in ("date", "datetime")
        and d.value > published.date() and not d.cited
        and _UNTIL_BEFORE.search(text, max(0, d.start - 24), d.start) is not None
    )


def _timeline(
    analyses: list[Analysis], by_doc: Mapping[str, Analysis], claims: list[Claim],
    published: Mapping[str, datetime | None] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Dated events from the dated sentences, merged across documents; undated kept apart.

    A date the analysis read as a slip of the pen (its weekday fits a day near the
    article's publication: "Senin (9/6/2026)" in a report of 10 June 2025 is on
    2025-06-09, not a year later; :data:`kabar.analyze.temporal.SLIP_NEAR_DAYS`) keeps
    the written date in ``written_date``. Near the publication day, the weekday may be
    the slip as well as the day ("Selasa (18/6/2025)" for Wednesday 18 June): the date
    stays as written, with the weekday written in ``weekday_written`` (the
    date_mismatch flag names both).

    A day the outlet cited or viewed its source on (``DateMention.cited``: "kata Budi,
    dikutip Selasa (10/6/2025)", "Mengutip Reuters, Senin (9/6)") places nothing: its
    sentence is placed by its other dates, and with none it is listed undated, the day
    kept in ``cited`` (what it tells was on or before that day). Nor does such a day
    date the times of day after it.
    """
    published = published or {}
    items: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    claims_by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    for c in claims:
        a = by_doc.get(c.document)
        si = a.sentence_of(c.start) if a else None
        if si is not None:
            claims_by_sentence[(c.document, si)].append(c.id)
    for a in analyses:
        seen: set[tuple[int, str, str | None]] = set()
        last_day = None
        said_day: date | None = None  # (the last day of any kind, a speech tag's too)
        last_time: str | None = None  # (the time of day written with last_day, if any)
        last_sentence = -1  # (the sentence that named last_day)
        ordered = [_since_to_publication(a.text, x, published.get(a.document)) for x in sorted(a.dates, key=lambda x: x.start)]
        # the sentences a date other than a citation day places
        placed = {a.sentence_of(x.start) for x in ordered if x.kind != "time" and not x.cited}
        # the days named in each sentence, which a month or a longer period holding them
        # does not place again ("pada tahun ini ..., Jumat (20/6/2025)": on 20 June, not
        # also in 2025); a span of days ("pada 18-20 Juni", "libur panjang 27-29 Juni")
        # is the event's own and stays beside a day in it
        days: dict[int | None, list[date]] = defaultdict(list)
        # ... and the narrower periods, by length: an amnesty of "tahun 2025" in force
        # from 14 June to 31 August is placed on that span of days, not also in 2025
        spans: dict[int | None, list[tuple[date, int]]] = defaultdict(list)
        for x in ordered:
            if x.kind in ("date", "datetime") and x.resolved and x.value is not None and not x.cited:
                days[a.sentence_of(x.start)].append(x.value)
            elif x.kind == "period" and x.resolved and x.value is not None and x.end_value is not None:
                spans[a.sentence_of(x.start)].append((x.value, (x.end_value - x.value).days))
        for i, d in enumerate(ordered):
            si = a.sentence_of(d.start)
            if si is None:
                continue
            if d.kind == "time" and not d.resolved and any(
                x.kind != "time" and x.resolved and a.sentence_of(x.start) == si for x in ordered[i + 1:]
            ):
                # a time before its own sentence's date ("buka hingga jam 11 malam ...
                # 28 - 29 Juni") is that date's, not the day an earlier sentence
                # named: the sentence is placed by its date's entry
                continue
            if d.cited and si in placed:
                continue  # the sentence's other date places it
            if (
                d.kind in ("date", "datetime") and d.value is not None
                and any(day < d.value for day in days.get(si, ()))
                and _SAID_ON.search(a.text, max(0, d.start - 100), d.start)
            ):
                # the day it was said, in a sentence that names an earlier day it tells
                # of ('"Saya lihat kemarin ... ," kata X, Rabu (18/6/2025)' had been on
                # the 17th and again on the 18th); with a later day named ("Akan hadir
                # Senin", a plan) the day of saying stays
                said_day = _dating_day(d) or said_day
                continue
            if _BACKGROUND_DATE.search(a.text, max(0, d.start - 40), d.start):
                # a date describing someone or something named, not the sentence's event:
                # "bek kelahiran 3 Maret 1999 itu", "klub yang berdiri sejak 1923"
                continue
            if _COMPARED_DATE.search(a.text, max(0, d.start - 60), d.start):
                continue  # the base a figure is compared with (_COMPARED_DATE)
            if _ZODIAC_SPAN.search(a.text, max(0, d.start - 20), d.start):
                continue  # a sign's days ("Aries (21 Maret-19 April)"), no happening
            days_long = (d.end_value - d.value).days if d.value is not None and d.end_value is not None else 0
            if d.kind == "period" and (
                days_long > MULTI_YEAR_DAYS
                or (days_long >= YEAR_DAYS and _SINCE_YEAR.search(a.text, max(0, d.start - 20), d.start))
            ):
                continue  # years that describe, not a happening (MULTI_YEAR_DAYS)
            if d.tz is not None and d.tz not in _LOCAL_ZONES and any(
                x.tz in _LOCAL_ZONES and x.time and a.sentence_of(x.start) == si for x in ordered
            ):
                # "pukul 04:40 GMT atau pukul 11:40 WIB": one moment, the local time places
                # it (on the day written with the other)
                last_day = _dating_day(d) or last_day
                continue
            if d.kind == "period" and d.value is not None and d.end_value is not None and (
                days_long >= COARSE_PERIOD_DAYS
            ) and (
                any(d.value <= day <= d.end_value for day in days.get(si, ()))
                or any(d.value <= day <= d.end_value and length < days_long for day, length in spans.get(si, ()))
            ):
                continue  # a day or a shorter span of the period places the sentence
            issued = published.get(a.document)
            if issued is not None and d.value is not None and (d.value - issued.date()).days > FAR_AHEAD_DAYS:
                # a goal or a plan's year ("cita-cita negara maju pada 2045", "sampah
                # tuntas 2029"): no happening of the story to put on its timeline
                continue
            if issued is not None and _deadline(a.text, d, issued):
                if any(day != d.value for day in days.get(si, ())):
                    continue  # the sentence's other day places it
                if d.value is not None and (d.value - issued.date()).days > MULTI_YEAR_DAYS:
                    continue  # a permit valid "hingga 26 Februari 2033": what it is, no happening
                d = replace(d, kind="period", value=issued.date(), end_value=d.value, time=None)
            written = d.written.isoformat() if d.written else None
            if (day_of := _dating_day(d)) is not None:
                said_day = day_of
                if last_day is None or not _SAID_ON.search(a.text, max(0, d.start - 100), d.start):
                    last_day, last_time, last_sentence = day_of, d.time, si
            elif d.kind == "time" and d.time and last_day is not None:
                # a time of day alone ("BMKG mencatat gempa terjadi pukul 15.24 WIB") is
                # on the day the article last named: its context, not a guess. Not a
                # schedule's (opening hours "Senin - Jumat" from 15.00), nor a time the
                # sentence tells is to come when that day's time had passed when the
                # article appeared ("pemeriksaan akan dimulai pukul 09.00" in a report of
                # 16:18, after "Jumat (20/6/2025)": the examination is on Monday)
                if in_schedule(a.text, d.start) or _days_unwritten(a.text, d.start) or (
                    future_before(a.text, a.sentences[si][0], d.start)
                    and (when := published.get(a.document)) is not None
                    and (last_day, d.time) < (when.date(), when.strftime("%H:%M"))
                ):
                    continue
                on_day = last_day
                if _AS_OF_TIME.search(a.text, max(0, d.start - 12), d.start) and said_day is not None:
                    # an airport's ash test negative "hingga pukul 07.00 WITA": a state as
                    # of that time, on the day it is reported
                    on_day = said_day
                elif (
                    last_time is not None and d.time < NIGHT_ENDS and last_time >= EVENING_STARTS
                    and si != last_sentence  # (one sentence's two times: "19:00 BST atau 01.00 WIB")
                ):
                    # a stabbing on Sunday evening at 23.30 and the victims taken to
                    # hospital "sekitar pukul 01.30 dini hari": past midnight
                    on_day = last_day + timedelta(days=1)
                d = replace(d, value=on_day, resolved=True, kind="datetime")
            start, end = a.sentences[si]
            text = a.text[start:end].strip()
            if (opened := _quote_opening(a, si)) is not None:
                text = a.text[opened:end].strip()
            if not any(w.lower() not in _PARTICLES for w in _WORDS.findall(text.replace(d.text, " "))) or text.endswith(":"):
                # a date alone ("Minggu, 15 Juni 2025", a schedule's heading) tells no
                # event; it still dates the times after it. Nor does a date with a
                # particle ("Tahun ini ya.", a quotation's fragment), nor a line that
                # opens a list ("Berikut lima negara teratas dibanding tahun lalu:")
                continue
            if _ABOUT_ITSELF.search(text) and text[:1] not in ("\"", "“"):
                continue  # the article telling what it holds ("Berikut daftar harga ...")
            if len(text) > TIMELINE_TEXT_CHARS:
                text = text[:TIMELINE_TEXT_CHARS].rsplit(" ", 1)[0] + " …"
            if not d.resolved or d.value is None or d.cited:
                if d.kind != "time":
                    undated.append({"date": None, "end_date": None, "when": None, "time": d.time, "text": text,
                                    "phrase": d.text,
                                    "documents": [a.document], "claims": claims_by_sentence.get((a.document, si), [])})
                    if d.cited and d.value is not None:
                        undated[-1]["cited"] = d.value.isoformat()
                continue
            day = d.value.isoformat()  # a period is placed on its first day
            last = d.end_value.isoformat() if d.kind == "period" and d.end_value and d.end_value != d.value else None
            key = (si, day, d.time)
            if key in seen:
                continue
            seen.add(key)
            items.append({
                "date": day, "end_date": last, "when": when_label(d.value, d.end_value if last else None, d.time),
                "time": d.time, "text": text, "phrase": d.text,
                "documents": [a.document], "claims": list(claims_by_sentence.get((a.document, si), [])),
                "_words": _content_words(text),
            })
            if written is not None:
                items[-1]["written_date"] = written
            elif d.note and d.note.startswith("weekday "):
                # kept as written though its weekday does not fit ("Rabu (16/5/2025)" in a
                # report of 19 June): either may be the slip, the reader is told
                items[-1]["weekday_written"] = d.note.split()[1]
    # a sentence a time of day places is not placed again on its day without the time
    # ("Pesawat itu, hingga hari ini pukul 07.15 WIB, Rabu 18 Juni 2025, ..." had been listed twice)
    timed = {(tuple(i["documents"]), i["text"], i["date"]) for i in items if i["time"] is not None}
    items = [i for i in items if i["time"] is not None or (tuple(i["documents"]), i["text"], i["date"]) not in timed]
    # merge: the same date and time of day is one event; the same date without a time
    # is one event when the sentences say much the same thing
    merged: list[dict[str, Any]] = []
    for item in sorted(items, key=lambda i: (i["date"], i["time"] or "", i["documents"][0])):
        for other in merged:
            if other["date"] != item["date"] or other["time"] != item["time"] or other["end_date"] != item["end_date"]:
                continue
            if item["time"] is None:
                union = other["_words"] | item["_words"]
                if not union or len(other["_words"] & item["_words"]) / len(union) < TIMELINE_SAME_EVENT:
                    continue
            for doc in item["documents"]:
                if doc not in other["documents"]:
                    other["documents"].append(doc)
            other["claims"].extend(c for c in item["claims"] if c not in other["claims"])
            break
        else:
            merged.append(item)
    merged = _restatements_merged(merged)
    first_days = [p.date() for p in published.values() if p is not None]
    cut = (min(first_days) - timedelta(days=BACKGROUND_DAYS)).isoformat() if first_days else None
    for item in merged:
        item.pop("_words", None)
        item["documents"].sort()
        item["background"] = cut is not None and (item["end_date"] or item["date"]) < cut
    merged.sort(key=lambda i: (i["date"], i["time"] or "99:99"))
    return merged, undated


# Dates written in a sentence ("Rabu (11/6/2025)", "19 Juni 2025"), and its figures.
_WRITTEN_DAY = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b")
_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(_WRITTEN_DAY.sub(" ", text)))


def _restatements_merged(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` (in date order) with a sentence other articles give again, dated a few
    days later, kept on its first day only (:data:`TIMELINE_SAME_STATEMENT`); not one
    with other figures ("turun Rp2.000 menjadi Rp1.905.000" the day after "turun
    Rp4.000 menjadi Rp1.907.000": the next day's price, in the same words)."""
    out: list[dict[str, Any]] = []
    figures: list[set[str]] = []  # (of each item in out)
    for item in items:
        day = date.fromisoformat(item["date"])
        words = item["_words"]
        own = _figures(item["text"])
        for other, theirs in zip(out, figures, strict=True):
            if (
                item["time"] is None and other["time"] is None and item["end_date"] is None and other["end_date"] is None
                and len(words) >= SAME_STATEMENT_MIN_WORDS and not set(item["documents"]) & set(other["documents"])
                and own == theirs
                and 0 < (day - date.fromisoformat(other["date"])).days <= SAME_STATEMENT_DAYS
                and len(words & other["_words"]) / len(words | other["_words"]) >= TIMELINE_SAME_STATEMENT
            ):
                other["documents"].extend(item["documents"])
                other["claims"].extend(c for c in item["claims"] if c not in other["claims"])
                # (the other day is kept: the statement_date flag asks when it was said)
                other.setdefault("dated_also", []).append({"date": item["date"], "documents": sorted(item["documents"])})
                break
        else:
            out.append(item)
            figures.append(own)
    return out


def _document(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.url or f"{article.source}{':' + article.position if article.position else ''}",
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "text": article.clean_text if article.clean_text is not None else article.text,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "url": article.url,
        "duplicate_of": None,
    }


# A summary sentence that goes on a quotation opened in an earlier sentence is shown
# from the quotation's opening mark when the whole is at most this long (characters,
# summary.MAX_CHARS): alone it reads with a closing mark and no opening one
# ("Kami masih memverifikasi ...," kata Rahmat.).
QUOTE_SPAN_MAX = 400


def _with_whole_quotation(sentence: SummarySentence, text: str) -> SummarySentence:
    """``sentence`` (chosen for the summary) from the opening mark of the quotation it
    ends, when that quotation began in an earlier sentence (see QUOTE_SPAN_MAX)."""
    from kabar.analyze.sentences import find_quotes

    opened = next(
        (
            q for q in find_quotes(text, *_line_of(text, sentence.start))
            if q.closed and q.start < sentence.start < q.end <= sentence.end
        ),
        None,
    )
    if opened is None or sentence.end - opened.start > QUOTE_SPAN_MAX:
        return sentence
    return SummarySentence(
        text[opened.start:sentence.end].strip(), sentence.document, opened.start, sentence.end, sentence.documents
    )


_SUMMARY_WORDS = re.compile(r"\w+")


# A summary sentence whose words are at least this share of a longer one's, its
# figures all among them, is a piece of it: another outlet's sentence of a quotation
# the summary gives whole ('Coba tanya ke mama-mama ...' beside the quotation
# without its 'ke'; 'Cinta melanjutkan, "Katanya ini kemajuan.' beside the quotation
# that opens so and names her).
CONTAINED_SHARE = 0.8


def _without_contained(summary: list[SummarySentence]) -> list[SummarySentence]:
    """Drop a summary sentence whose words all stand, in order, in another one (one
    outlet's sentence that another quotes whole with the sentence after it), or nearly
    all (:data:`CONTAINED_SHARE`); the longer one takes its documents."""
    words = [" " + " ".join(_SUMMARY_WORDS.findall(s.text.lower())) + " " for s in summary]
    sets = [set(w.split()) for w in words]

    def piece(i: int, j: int) -> bool:
        return bool(sets[i]) and len(sets[i]) < len(sets[j]) and (
            len(sets[i] & sets[j]) >= CONTAINED_SHARE * len(sets[i])
            and all(w in sets[j] for w in sets[i] if any(ch.isdigit() for ch in w))
        )

    out: list[SummarySentence] = []
    for i, s in enumerate(summary):
        holders = [
            j for j in range(len(summary))
            if j != i and ((words[i] in words[j] and (len(words[i]) < len(words[j]) or j < i)) or piece(i, j))
        ]
        if not holders:
            out.append(s)
        else:
            holder = max(holders, key=lambda j: (len(words[j]), -j))
            summary[holder].documents = sorted(set(summary[holder].documents) | set(s.documents))
    return out


def _line_of(text: str, at: int) -> tuple[int, int]:
    """The line (paragraph) of ``text`` holding offset ``at``, as a span."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def build_brief(
    articles: Iterable[Article],
    options: BriefOptions | None = None,
    *,
    duplicates: Mapping[str, str] | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> dict[str, Any]:
    """The brief of one story from its cleaned articles.

    ``duplicates`` maps an article id to the id of the article it is a near-duplicate
    of (one source, not two, in reconciliation).
    """
    options = options or BriefOptions()
    duplicates = duplicates or {}
    docs = sorted(articles, key=lambda a: (a.published is None, a.published or datetime.min, a.id))
    analyses: list[Analysis] = []
    claim_sets: list[ClaimSet] = []
    notes: list[str] = []
    for article in docs:
        analysis = analyze_article(article, options.analyze)
        analyses.append(analysis)
        for error in analysis.errors:
            notes.append(f"{article.id}: {error}")
        claim_set = extract_claims(article, analysis, options.claims)
        for c in claim_set.claims:
            c.source_group = duplicates.get(article.id)
        claim_sets.append(claim_set)
        if on_article is not None:
            on_article(article)
    claims = [c for cs in claim_sets for c in cs.claims]
    by_doc = {a.document: a for a in analyses}
    links = _acronym_links(analyses)
    entities = _merge_nicknames(
        _merge_acronym_entities(resolve(_mentions_for_resolve(analyses, {a.id: a.outlet for a in docs})), links),
        _nickname_links(analyses),
    )
    _without_place_prefix(entities)
    _speakers(claims, {k: v for cs in claim_sets for k, v in cs.speaker_spans.items()}, entities)
    title = options.title or (docs[0].title if docs else "")
    # (an article written before its match gives no result of it)
    for article, claim_set in zip(docs, claim_sets, strict=True):
        if any(c.kind == "score" for c in claim_set.claims) and article_features(article).preview:
            mark_previews(claim_set.claims)
    # (the story's headline names its match: a roundup's other scores are other matches')
    mark_other_matches(claims, title, [name for e in entities if e.type == "PERSON" for name in (e.name, *e.aliases)])
    # (nor does any article published before the match began)
    mark_before_start(claims)
    # (one figure the outlets' sentences name differently is one property's)
    join_same_figures(claims)
    groups = reconcile(claims, people=[e.id for e in entities if e.type == "PERSON"])
    claim_index = {c.id: c for c in claims}
    texts = {a.document: a.text for a in analyses}
    published_days = {a.id: a.published.date() if a.published else None for a in docs}
    flags = all_flags(entities, groups, claim_index, texts) + date_mismatches(
        {a.document: a.dates for a in analyses},
        published_days,
        {a.id: a.outlet for a in docs},
    )
    timeline, undated = _timeline(analyses, by_doc, claims, {a.id: a.published for a in docs})
    flags += statement_dates(timeline, {a.id: a.outlet for a in docs})
    flags += revised_within(
        [(e.document, e.start, e.end, e.text) for cs in claim_sets for e in cs.excluded if e.reason == SUPERSEDED],
        claims, {a.id: a.outlet for a in docs}, texts,
    )
    # a summary never states a figure that later reports replaced
    outdated: set[tuple[str, int]] = set()
    for g in groups:
        if g.status == "updated" and g.consensus:
            for v in g.values:
                if v.value != g.consensus["value"]:
                    for cid in v.claims:
                        c = claim_index[cid]
                        si = by_doc[c.document].sentence_of(c.start)
                        if si is not None:
                            outdated.add((c.document, si))
    sentences = [
        Sentence(a.document, s, e, a.text[s:e].strip(), i)
        for a in analyses for i, (s, e) in enumerate(a.sentences)
        if (a.document, i) not in outdated
    ]
    summary = _without_contained([_with_whole_quotation(s, by_doc[s.document].text) for s in summarize(sentences)])
    undated_docs = [a.id for a in docs if a.published is None]
    if undated_docs:
        notes.append(
            f"{len(undated_docs)} article(s) have no publication date ({', '.join(undated_docs)}): "
            "their figures are dated only by dates in their text, never by a guess"
        )
    published = [a.published for a in docs if a.published]
    documents = []
    for a in docs:
        d = _document(a)
        d["duplicate_of"] = duplicates.get(a.id)
        documents.append(d)
    return {
        "schema_version": SCHEMA_VERSION,
        "story": {
            "title": title,
            "first": min(published).isoformat() if published else None,
            "last": max(published).isoformat() if published else None,
            "documents": len(docs),
            "outlets": sorted({a.outlet or "?" for a in docs}),
        },
        "notes": notes,
        "documents": documents,
        "entities": [_entity_dict(e) for e in entities],
        "claims": [c.as_dict() for c in claims],
        "excluded": [e.as_dict() for cs in claim_sets for e in cs.excluded],
        "groups": [g.as_dict() for g in groups],
        "timeline": timeline,
        "undated": undated,
        "flags": [f.as_dict() for f in flags],
        "summary": [s.as_dict() for s in summary],
    }


def _entity_dict(e: Entity) -> dict[str, Any]:
    d = e.as_dict()
    d["mentions"] = [{"document": m.document, "start": m.start, "end": m.end, "text": m.text} for m in e.mentions]
    return d

