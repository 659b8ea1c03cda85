"""What an article is about, for event clustering: weighted terms, names, figures.

Term weights need no corpus statistics: a word's rarity in general Indonesian
(wordfreq's Zipf frequency) stands in for IDF, so an article's features never change
as more articles arrive, and clustering gives the same stories whether a corpus is
ingested at once or day by day.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from kabar.records import Article

# Zipf frequency (log10 per billion words) at and above which a word carries no
# weight: "yang" is 7.5, "presiden" 5.6, "gempa" 4.7, "nikel" 3.9. Words above 6.0
# are function words and the commonest verbs; rarer words weigh more.
ZIPF_CEILING = 6.0
# A capitalised word at least this common (Zipf) is not a name: sentence openers
# and titles ("Keputusan" 5.2, "Gubernur" 5.2); "Prabowo" is 4.4, "Tuban" 3.9.
NAME_MAX_ZIPF = 5.0
# Words shorter than this are never terms (particles, abbreviations of units).
MIN_TERM_CHARS = 3
# Title words count this many times as body words: a headline names the event.
TITLE_BOOST = 3.0
# Only the first part of a long article is read: the event is in the lead, and the
# tail of long pieces (background, listicles) drifts to other topics.
MAX_BODY_CHARS = 3000
# Terms kept per article vector (by weight).
MAX_TERMS = 60

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# The patterns below begin with a character class and test what precedes it by a
# lookbehind after it ("\d(?<![\w.,]\d)" rather than "(?<![\w.,])\d"): the regex engine
# then skips ahead to the next candidate character instead of trying every position
# (2-4x faster on the shared corpus, same matches).
_NAME = re.compile(r"[A-Z](?<![\w][A-Z])(?:[a-z]+|[A-Z]+)(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}|bin|binti|van|de|al))*")
_FIGURE = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)\s*(%|persen|juta|miliar|triliun|ribu|orang|tahun|km|kg|unit|rumah|hektare|ha)?")
# A match score in a title or lead ("Jepang 6-0 Indonesia", "skor 1-1"); not a range
# with a unit or month after it ("tumbuh 8-11 persen", "RDG 17-18 Juni", "usia 10-12
# tahun": a central bank's press conference read as two results of one matchday was
# kept apart from its own facets) nor a time ("pukul 10-12").
_SCORE = re.compile(
    r"(\d(?<![\d/.,-]\d)(?<!pukul \d)(?<!jam \d)\d?) ?- ?(\d{1,2})(?![\d/-]|[.,]\d)"
    r"(?!\s?(?:%|(?i:persen|jan|januari|feb|februari|mar|maret|apr|april|mei|jun|juni|jul|juli|agu|agt"
    r"|agustus|sep|sept|september|okt|oktober|nov|november|des|desember|tahun|bulan|hari|jam|menit|detik"
    r"|wib|wita|wit|juta|miliar|triliun|ribu|orang|kg|km|cm|meter|derajat)\b))"
)
# "X vs Y" in a headline: up to two capitalised words each side.
_SIDE = r"((?:[A-Z][\w.'&-]*\s+)?[A-Z][\w.'&-]*)"
_MATCHUP = re.compile(_SIDE + r"\s+(?:[Vv][Ss]\.?|[Vv]ersus|[Kk]ontra)\s+" + r"((?:[A-Z][\w.'&-]*)(?:\s+[A-Z][\w.'&-]*)?)")
# "Gunung Semeru" in a headline: the eruption of one volcano is not another's.
_MOUNTAIN = re.compile(r"\b(?:Gunung|Gn\.)\s+([A-Z][\w-]+)")
# Headline words next to a matchup that are not a side's name.
_NOT_SIDES = frozenset(
    ["hasil", "prediksi", "skor", "jadwal", "link", "live", "streaming", "statistik", "laga", "timnas", "babak", "klasemen", "susunan", "pemain", "rating", "momen", "siaran", "nonton", "big", "match", "final", "semifinal"]
)
_YEAR = re.compile(r"(19|20)\d\d")
# An earthquake's magnitude ("magnitudo 4,5", "M 5.0", "Mag:4.5").
# ("[Mm]agnitudo", "\bM" or "Mag:?", written to begin with one character class)
_MAGNITUDE = re.compile(r"[Mm](?:(?<=m)agnitudo|(?<=M)(?:agnitudo|(?<![\w]M)|ag:?))\s?(\d(?:[.,]\d)?)\b")
# What every match of _MAGNITUDE holds ("agnitudo", or a capital M, "ag" or "ag:" and a
# digit), found by a literal search: most articles have neither and skip _MAGNITUDE,
# which tries every "m" of the text (a twentieth of the features' time).
_MAGNITUDE_HINT = re.compile(r"agnitudo|M(?:ag:?)?\s?\d")
# The lead is where an article dates its event ("Jakarta, Kamis (19/6/2025)").
LEAD_CHARS = 600
# The opening this many characters long says what happened: two reports of one event
# open alike, two happenings of one person or place do not (the opening gate in
# kabar.stories.cluster). Of 200 / 300 / 400 characters, 300 and 400 told right from
# wrong joins best on the first 100 labelled joins (ROC AUC 0.73 / 0.76 / 0.76); in the
# clustering, with the gate, 300 parts 19 of the 52 wrong joins and 400 16 (gold recall
# 0.810 vs 0.794).
OPENING_CHARS = 300
# A date in the lead older than this (days before publication) is background, not
# the event's day (news reports events of the day before or the same week).
LEAD_DATE_MAX_AGE_DAYS = 7
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember"])}
_LEAD_DATE = re.compile(
    r"\((?P<d1>\d{1,2})/(?P<m1>\d{1,2})(?:/(?P<y1>\d{2,4}))?\)"
    r"|\b(?P<d2>\d{1,2}) (?P<m2>" + "|".join(_MONTHS) + r")(?: (?P<y2>\d{4}))?\b",
    re.IGNORECASE,
)
_STOP_NAMES = frozenset(
    ["Baca", "Juga", "Kamis", "Jumat", "Sabtu", "Minggu", "Senin", "Selasa", "Rabu", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Jakarta", "Indonesia", "Foto", "Video", "Namun", "Selain", "Menurut", "Sementara", "Sebelumnya", "Kemudian", "Dalam", "Pada", "Ini", "Itu", "Hal", "Saat", "Untuk", "Dengan", "Dari", "Karena", "Bahkan", "Adapun", "Tak", "Kami", "Kita", "Ia", "Dia", "Mereka", "Pak", "Bu", "WIB", "Rp"]
)


def _roots() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words."""
    from kabar.analyze.roles import indonesian_roots

    return indonesian_roots()


_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
# prefix -> replacements for the root's first letter (nasal assimilation: me+pukul
# = memukul, me+tulis = menulis, me+kirim = mengirim, me+sapu = menyapu)
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)), ("diper", ("",)), ("menge", ("",)), ("penge", ("",)),
    ("meng", ("", "k")), ("meny", ("s",)), ("mem", ("p", "")), ("men", ("t", "")), ("me", ("",)),
    ("peng", ("", "k")), ("peny", ("s",)), ("pem", ("p", "")), ("pen", ("t", "")),
    ("ber", ("",)), ("be", ("",)), ("ter", ("",)), ("te", ("",)), ("per", ("",)), ("pe", ("",)),
    ("di", ("",)), ("ke", ("",)), ("se", ("",)),
)


def _suffix_forms(word: str) -> tuple[list[str], str]:
    """The word with ever more suffixes stripped, and its form without particle and
    possessive (what is left when no root is found)."""
    forms = [word]
    bare = word
    for group in (_PARTICLES, _POSSESSIVES, _SUFFIXES):
        for suffix in group:
            if forms[-1].endswith(suffix) and len(forms[-1]) - len(suffix) >= MIN_TERM_CHARS:
                forms.append(forms[-1][: -len(suffix)])
                break
        if group is not _SUFFIXES:
            bare = forms[-1]
    return forms, bare


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Root of an affixed Indonesian word, by stripping affixes until a known root is
    left (``menyerang`` and ``serangan`` -> ``serang``); a word with no known root
    loses only its particle and possessive (``jokowinya`` -> ``jokowi``).

    A dictionary-checked affix stripper, not Sastrawi's full Nazief-Adriani stemmer:
    that one costs ~1 ms a word (half of all clustering time on the shared corpus),
    this one a few microseconds, and clustering only needs one form per root.
    """
    roots = _roots()
    if word in roots:
        return word
    forms, bare = _suffix_forms(word)
    for form in forms:
        if form in roots:
            return form
        for prefix, heads in _PREFIXES:
            if not form.startswith(prefix):
                continue
            rest = form[len(prefix):]
            for head in heads:
                candidate = head + rest
                if len(candidate) >= MIN_TERM_CHARS and candidate in roots:
                    return candidate
    return bare


@lru_cache(maxsize=1)
def _rarities() -> dict[str, float]:
    """Rarity of every word in wordfreq's Indonesian list, computed as wordfreq's
    ``zipf_frequency`` does (checked equal on the shared corpus's vocabulary): one
    dictionary read instead of ~100 us of tokenising per word."""
    from wordfreq import get_frequency_dict

    return {
        word: max(0.0, ZIPF_CEILING - round(math.log10(freq) + 9, 2))
        for word, freq in get_frequency_dict("id").items() if freq > 0
    }


def load_tables() -> None:
    """Load the word tables (rarities, stemmer roots) now, not at the first article:
    in a process about to fork feature workers, so that they share one copy."""
    _rarities()
    _roots()


@lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """IDF stand-in: how much rarer than a function word ``word`` is (0 = no weight)."""
    if "-" in word:
        # wordfreq splits hyphenated words and combines their parts
        from wordfreq import zipf_frequency

        return max(0.0, ZIPF_CEILING - zipf_frequency(word, "id"))
    return _rarities().get(word, ZIPF_CEILING)


@dataclass(slots=True)
class Features:
    terms: dict[str, float]
    title_terms: dict[str, float]
    names: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    time: datetime | None = None
    language: str | None = None
    # the day the lead says the event happened on ("Kamis (19/6/2025)"), if it says
    day: date | None = None
    # names in the title: who or where the headline is about
    title_names: set[str] = field(default_factory=set)
    # the day the title names ("Harga Emas Hari Ini 19 Juni 2025"): one item of a
    # daily series (prices, forecasts, trading sessions), never another day's item
    title_day: date | None = None
    top_terms: list[str] = field(default_factory=list)
    # what exactly the headline is about: the sides of a matchup ("PSG vs Botafogo"),
    # the volcano ("Gunung Semeru"); two headlines with none in common are two events
    teams: set[str] = field(default_factory=set)
    # the first date the title (else the lead) names is after the publication day: a
    # preview of the event (the prediction, the schedule), not a report of it
    preview: bool = False
    # ``figures`` by unit ({"unit": {"12"}}), and the local day of publication
    units: dict[str, set[str]] = field(default_factory=dict)
    pub_day: str | None = None
    # name words of the people the article quotes ("kata Gubernur BI Perry Warjiyo",
    # "Perry mengatakan"): facets of one press conference share their speaker
    speakers: set[str] = field(default_factory=set)
    # how many articles these features stand for (a story's centroid: its articles)
    articles: int = 1
    # the weighted terms of the body's first ``OPENING_CHARS`` (none for a centroid)
    opening: dict[str, float] = field(default_factory=dict)
    # a preview's event begins then (where the text says: "Kamis (12/6/2025) pukul
    # 19.05 WIB"); an article published before it is no report of the event
    event_at: datetime | None = None
    # the headline announces a profile of someone (or some firm): their biography,
    # schooling or wealth ("Profil X", "Harta Kekayaan X"), not a happening
    profile: bool = False


# Only lower-case words with an Indonesian affix shape go through the stemmer:
# capitalised words are names (kept whole).
_AFFIXED = re.compile(r"^(me|di|ke|be|te|pe|se)|(kan|an|i|nya|lah|kah|pun)$")


@lru_cache(maxsize=200_000)
def _term_of(token: str) -> str:
    """The term a token counts as ("" for none)."""
    word = token.lower()
    if len(word) < MIN_TERM_CHARS or rarity(word) <= 0:
        return ""
    return stem(word) if token.islower() and _AFFIXED.search(word) else word


def _term_counts(text: str, tokens: list[str] | None = None) -> dict[str, int]:
    """Term counts of ``text`` (``tokens``: its words, when already found), terms in
    the order of their first word."""
    # mapped and counted in C (the cached _term_of called by map, counted by Counter):
    # a Python loop over the distinct words took a fifth of the features' time
    counts = Counter(map(_term_of, _WORD.findall(text) if tokens is None else tokens))
    counts.pop("", None)
    return counts


def _weights(counts: dict[str, int]) -> dict[str, float]:
    # weight = (1 + log count) x rarity; terms of no rarity left out
    logs = _LOG1
    weighted = [
        (t, (logs[n] if n < 64 else 1.0 + math.log(n)) * r)
        for (t, n), r in zip(counts.items(), map(rarity, counts), strict=True)
        if r > 0
    ]
    # sorted()[:n] is what heapq.nlargest returns (ties in input order), with the key
    # in C: a fifth less time per article
    top = sorted(weighted, key=_SECOND, reverse=True)[:MAX_TERMS]
    norm = math.sqrt(sum([w * w for _, w in top])) or 1.0
    return {t: w / norm for t, w in top}


# 1 + log(n) for the counts most terms have
_LOG1 = [1.0] + [1.0 + math.log(n) for n in range(1, 64)]
_SECOND = itemgetter(1)


def title_vector(title: str) -> dict[str, float]:
    """A headline's weighted terms (unit length), as clustering compares headlines."""
    return _weights(_term_counts(title))


# "sejak Selasa (17/6/2025)", "sejak 13 Juni lalu": the day something began, told as
# background ("the price has fallen since Tuesday"), not the day of what is reported.
# Up to three words may stand between "sejak" and the date ("sejak hari Selasa",
# "sejak Jumat"), looked for in the 30 characters before it.
_SINCE = re.compile(r"\bsejak\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
SINCE_LOOKBACK = 30


def _named_dates(text: str, default_year: int | None) -> Iterator[date]:
    """The dates ``text`` names ("(19/6/2025)", "19 Juni"), in order; one without a
    year takes ``default_year`` (skipped when that is None); impossible ones and those
    after "sejak" skipped."""
    for m in _LEAD_DATE.finditer(text):
        if _SINCE.search(text, max(0, m.start() - SINCE_LOOKBACK), m.start()):
            continue
        if m.group("d1"):
            day, month, year_text = int(m.group("d1")), int(m.group("m1")), m.group("y1")
        else:
            day, month, year_text = int(m.group("d2")), _MONTHS[m.group("m2").lower()], m.group("y2")
        year = int(year_text) if year_text else default_year
        if year is None:
            continue
        try:
            yield date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            continue


_TODAY = re.compile(r"\bhari ini\b", re.IGNORECASE)


def _title_day(title: str, published: datetime | None, dates: list[date] | None = None) -> date | None:
    """The day a headline names: a date, or "Hari Ini" (the day of publication) in
    a series headline that names none ("Harga Emas Pegadaian Hari Ini Turun Tipis").
    ``dates``: the title's named dates, when already found."""
    found = _lead_day(title, published, dates)
    if found is None and published is not None and _TODAY.search(title):
        return published.date()
    return found


def _dates(text: str, published: datetime | None) -> list[date]:
    """The dates ``text`` names, a year-less one taking the publication's year (left
    out when there is none): found once, read by the day and preview rules."""
    return list(_named_dates(text, published.year if published is not None else None))


def _lead_day(lead: str, published: datetime | None, dates: list[date] | None = None) -> date | None:
    """The first date the lead names, when it is plausible as the event's day (from a
    week before publication to the day after). ``dates``: :func:`_dates` of the lead,
    when already found."""
    found_dates = _dates(lead, published) if dates is None else dates
    if published is None:
        return found_dates[0] if found_dates else None
    for found in found_dates:
        if timedelta(days=-1) <= published.date() - found <= timedelta(days=LEAD_DATE_MAX_AGE_DAYS):
            return found
    return None


@lru_cache(maxsize=200_000)
def _name_token(token: str) -> str:
    word = token.lower()
    if token in _STOP_NAMES or len(word) < 2 or rarity(word) < ZIPF_CEILING - NAME_MAX_ZIPF:
        return ""
    return word


def _names(text: str, common: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The rare words of capitalised spans (``Gubernur BI Perry Warjiyo`` gives
    ``bi``, ``perry``, ``warjiyo``): words, not whole spans, so that "Perry Warjiyo"
    and "Gubernur BI Perry Warjiyo" share their names; none of ``common``."""
    names = set(map(_name_token, " ".join(_NAME.findall(text)).split()))
    names.discard("")
    return names - common if common else names


def feature_input(article: Article) -> tuple[str, str, datetime | None, str | None]:
    """What the features of ``article`` are computed from (title, the body's first
    ``MAX_BODY_CHARS``, publication time, language): small enough to send to a worker."""
    body = (article.clean_text if article.clean_text is not None else article.text)[:MAX_BODY_CHARS]
    return article.title, body, article.published, article.language


def article_features(article: Article) -> Features:
    return text_features(feature_input(article))


def text_features(data: tuple[str, str, datetime | None, str | None]) -> Features:
    """Features of a :func:`feature_input`."""
    title, body, published, language = data
    title_counts = _term_counts(title)
    body_words = _WORD.findall(body)
    counts = _term_counts(body, body_words)
    for term, n in title_counts.items():
        counts[term] = counts.get(term, 0) + round(n * TITLE_BOOST)
    text = title + "\n" + body
    # names from the body only: headlines are title-cased, every word capitalised
    # ... and not the words the text also writes in lower case: "Gempa" opening a
    # sentence is the word gempa, not a name
    # (a name word is all lower-case letters, so it is one of the body's lower-case
    # words exactly when it is one of its words)
    names = _names(body, set(body_words))
    title_names = {w.lower() for w in _WORD.findall(title)} & names
    speakers = _speakers(body_words, names)
    figures = {
        (m.group(1) + (" " + m.group(2).lower() if m.group(2) else ""))
        for m in _FIGURE.finditer(text)
        if (m.group(2) or "," in m.group(1) or "." in m.group(1))
        and not _YEAR.fullmatch(m.group(1))
    }
    lead = body[:LEAD_CHARS]
    # a match score, either way round (Jepang 6-0 Indonesia = Indonesia 0-6 Jepang),
    # counted under a unit of its own: two results of one matchday conflict
    figures.update(
        "{}-{} skor".format(*sorted((int(m.group(1)), int(m.group(2))))) for m in _SCORE.finditer(title + "\n" + lead)
    )
    if _MAGNITUDE_HINT.search(text):
        figures.update(f"{m.group(1).replace('.', ',')} magnitudo" for m in _MAGNITUDE.finditer(text))
    terms = _weights(counts)
    # the dates title and lead name, found once for the day and preview rules
    title_dates, lead_dates = _dates(title, published), _dates(lead, published)
    preview, event_at = _preview(title, lead, published, title_dates, lead_dates)
    return Features(
        terms=terms,
        title_terms=_weights(title_counts),
        names=names,
        figures=figures,
        time=published,
        language=language,
        day=_lead_day(lead, published, lead_dates),
        title_day=_title_day(title, published, title_dates),
        title_names=title_names,
        # _weights keeps the terms heaviest first
        top_terms=list(terms),
        teams=_teams(title),
        preview=preview,
        event_at=event_at,
        profile=bool(_PROFILE.search(title)),
        units=figure_units(figures),
        pub_day=local_day(published) if published is not None else None,
        speakers=speakers,
        opening=_weights(_term_counts(body[:OPENING_CHARS])),
    )


# Who is quoted: the capitalised words right after a speech verb ("kata", "ujar", ...,
# their -nya forms, "menurut") or right before one ("mengatakan", "menjelaskan", ...).
_SPEECH_AFTER = frozenset(
    w + suffix
    for w in ("kata", "ujar", "ucap", "tutur", "jelas", "papar", "sebut", "tegas", "ungkap", "terang",
              "imbuh", "tambah", "lanjut", "menurut")
    for suffix in ("", "nya")
)
_SPEECH_BEFORE = frozenset(
    ["mengatakan", "menyebut", "menyebutkan", "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan",
     "menyampaikan", "memaparkan", "menerangkan"]
)
_SPEECH_CUES = _SPEECH_AFTER | _SPEECH_BEFORE
# ... as written: lower case, capitalised, upper case (a look-up per word, not a
# lower-casing of every word)
_SPEECH_CUES_CASED = frozenset(c for cue in _SPEECH_CUES for c in (cue, cue.capitalize(), cue.upper()))
# Capitalised words taken after / before the verb (a title and a name: "kata Gubernur
# BI Perry Warjiyo").
_SPEAKER_WORDS_AFTER = 6
_SPEAKER_WORDS_BEFORE = 4


def _speakers(words: list[str], names: set[str]) -> set[str]:
    """The name words (among ``names``) of the people quoted in the text whose words
    (in order) are ``words``."""
    found: set[str] = set()
    last = len(words)
    # the few speech verbs first (found in C: compress over a membership map), then
    # the words around each
    for i in compress(count(), map(_SPEECH_CUES_CASED.__contains__, words)):
        lower = words[i].lower()
        if lower in _SPEECH_AFTER:
            j = i + 1
            while j < last and j <= i + _SPEAKER_WORDS_AFTER and words[j][:1].isupper():
                found.add(words[j].lower())
                j += 1
        elif lower in _SPEECH_BEFORE:
            j = i - 1
            while j >= 0 and j >= i - _SPEAKER_WORDS_BEFORE and words[j][:1].isupper():
                found.add(words[j].lower())
                j -= 1
    return found & names


# Publication days are local days in Western Indonesian Time (UTC+7).
LOCAL_TZ = timezone(timedelta(hours=7))


def aware(time: datetime) -> datetime:
    """``time`` with its time zone (naive = UTC)."""
    return time if time.tzinfo else time.replace(tzinfo=UTC)


def local_day(time: datetime) -> str:
    """The day (ISO) ``time`` falls on in Western Indonesian Time (naive = UTC)."""
    return aware(time).astimezone(LOCAL_TZ).date().isoformat()


def figure_units(figures: Iterable[str]) -> dict[str, set[str]]:
    """Figures ("12 unit", "4,5 magnitudo") grouped by unit; figures without one left out."""
    by_unit: dict[str, set[str]] = {}
    for figure in figures:
        value, _sep, unit = figure.partition(" ")
        if unit:
            by_unit.setdefault(unit, set()).add(value)
    return by_unit


# How far ahead a preview's date may lie (a weekend fixture previewed on Monday).
PREVIEW_MAX_DAYS = 7


# Headline words of a piece written before its event: the prediction, the schedule,
# where to watch it, the build-up to a match ("Jelang Jepang vs Indonesia"; "jelang"
# alone is too wide: "Jelang Lebaran Haji, Dinas Periksa Sapi Kurban" reports a
# happening). Read off the shared corpus's headlines with each word.
_PREVIEW_CUES = re.compile(
    r"\b(?:prediksi|jadwal|preview|h2h|head to head|cara nonton|link nonton|nonton streaming"
    r"|live streaming|link streaming|siaran langsung|jam tayang|(?:jelang|menjelang) (?:laga|lawan|duel"
    r"|pertandingan|final|semifinal|kontra|menghadapi|hadapi|timnas|big match|\S+ vs))\b",
    re.IGNORECASE,
)
# ... unless the headline gives the result or speaks of the event as past ("Prediksi
# Peringkat Garuda usai Laga Berakhir 0-6").
_REPORT_CUES = re.compile(r"\b(?:hasil|usai|seusai|setelah|berakhir|klasemen)\b", re.IGNORECASE)


# The lead's date of the publication day followed by the hour of the event ("Kamis
# (12/6/2025) pukul 19.05 WIB", "Kamis (12/6/2025) petang WIB"): in a piece published
# before that hour, the event is still to come that day. Only a clock time or a part of
# the day right after the date counts (within _LATER_GAP characters: "Senin (9/6/2025)
# pukul 20.00" of a report the next morning names another day, not a later hour).
_LATER_HOUR = re.compile(
    r"\W{0,3}(?:(?:pagi|siang|sore|petang|malam)\s+(?:hari\s+)?(?:ini[\s,]+)?)?"
    r"(?:(?:mulai\s+|sekitar\s+|sekira\s+)?pukul\s+(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*(?P<zone>WIB|WITA|WIT)\b"
    r"|(?P<part>sore|petang|malam)\b)",
    re.IGNORECASE,
)
_LATER_GAP = 40
_ZONE_HOURS = {"wib": 7, "wita": 8, "wit": 9}
# Where a part of the day begins (hours, WIB): a piece published before it previews
# what the lead puts then.
_PART_STARTS = {"sore": 15, "petang": 15, "malam": 18}
# How much later than publication a clock time must be to be an event to come: an
# article published within two hours of a kick-off (the official line-ups, crowds
# gathering to watch) is coverage of the match, as tests/stories/data/gold_events.json
# has it.
LATER_MIN_AHEAD = timedelta(hours=2)


def _later_today(lead: str, published: datetime) -> datetime | None:
    """When the event the lead puts later on the day of publication begins (None when
    it puts none there): the publication day's date followed by a clock time or a part
    of the day still to come (:data:`_LATER_HOUR`)."""
    published = aware(published)
    for m in _LEAD_DATE.finditer(lead):
        later = _LATER_HOUR.match(lead, m.end(), m.end() + _LATER_GAP)
        if later is None:
            continue
        if later.group("h"):
            zone = timezone(timedelta(hours=_ZONE_HOURS[later.group("zone").lower()]))
            local = published.astimezone(zone)
            hour, minute = int(later.group("h")), int(later.group("m"))
            if hour > 23 or minute > 59:
                continue
            start = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        else:
            local = published.astimezone(LOCAL_TZ)
            start = local.replace(hour=_PART_STARTS[later.group("part").lower()], minute=0, second=0, microsecond=0)
        found = next(_named_dates(m.group(0), local.year), None)
        if found == local.date() and start - local >= LATER_MIN_AHEAD:
            return start
    return None


def _preview(
    title: str, lead: str, published: datetime | None,
    title_dates: list[date] | None = None, lead_dates: list[date] | None = None,
) -> tuple[bool, datetime | None]:
    """Whether the article previews an event to come, and when that event begins
    where the text says (the day to come at its start in Western Indonesian Time, or
    the hour of :func:`_later_today`). A preview: the headline announces an event to
    come (:data:`_PREVIEW_CUES`, no score nor result word), else the first date of the
    title, else of the lead, is a day to come (``title_dates``, ``lead_dates``: their
    :func:`_dates`, when already found), else the lead puts the event later that day
    (:func:`_later_today`)."""
    if _PREVIEW_CUES.search(title) and not _REPORT_CUES.search(title) and not _SCORE.search(title):
        return True, None
    if published is None:
        return False, None
    for text, known in ((title, title_dates), (lead, lead_dates)):
        for found in _dates(text, published) if known is None else known:
            ahead = (found - published.date()).days
            if -LEAD_DATE_MAX_AGE_DAYS <= ahead <= PREVIEW_MAX_DAYS:
                if ahead > 0:
                    return True, datetime(found.year, found.month, found.day, tzinfo=LOCAL_TZ)
                start = _later_today(lead, published) if text is lead and ahead == 0 else None
                return start is not None, start
    return False, None


# A profile piece's headline: a biography, schooling or wealth ("Profil Yovie
# Widianto, ...", "Riwayat Pendidikan ...", "Segini Kekayaan ...", "... di LHKPN", "...,
# Ini Profilnya"), published when someone is in the news but about the person, not
# the happening (the hand checks count it out of the happening's story). Left out:
# "Sosok X", as tribunnews heads its reports of a happening's people ("SOSOK ... Tewas
# di Hotel"), and "Perjalanan Karier X, Meninggal ...", an obituary told with the
# death (tests/stories/data/gold_events.json counts it with it). Read off the shared
# corpus's 52 headlines these match.
_PROFILE = re.compile(
    r"^(?:(?:potret|foto|mengenal|kenali)\s+(?:dan\s+)?)?(?:profil|biodata|rekam jejak|riwayat pendidikan"
    r"|(?:segini |adu |daftar )(?:harta )?kekayaan|harta kekayaan)\b"
    r"|\blhkpn\b|\bini (?:profil|biodata)(?:nya)?\b|\bprofil singkat"
    # "Siapa Greta Thunberg? Aktivis ...", "Siapa Marcella Santoso? Tersangka ...": a
    # headline asking who a name is, the name in capitals and up to four words (in the
    # corpus 5 such titles, all profiles; not "Siapa Sangka, ...", "Siapa Sosok di
    # Balik ...?", whose words run on in lower case)
    r"|^siapa\s+(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*\?",
    re.IGNORECASE,
)


def _teams(title: str) -> set[str]:
    """Words naming the sides of the headline's matchups ("Hasil PSG vs Botafogo" gives
    ``psg``, ``botafogo``) and the mountain it names ("Gunung Semeru Erupsi" gives
    ``semeru``): who or what exactly the event is about."""
    words: set[str] = set()
    # most headlines have neither: their words looked for first (a substring search)
    lower = title.lower()
    if "vs" in lower or "versus" in lower or "kontra" in lower:
        for m in _MATCHUP.finditer(title):
            for side in m.groups():
                words.update(w for w in side.lower().split() if w not in _NOT_SIDES)
    if "Gunung" in title or "Gn." in title:
        words.update(m.group(1).lower() for m in _MOUNTAIN.finditer(title))
    return words


def cosine(
    a: dict[str, float], b: dict[str, float], norm_a: float | None = None, norm_b: float | None = None
) -> float:
    """Cosine of two sparse vectors; pass norms already known to skip computing them."""
    # the shared keys by C set intersection, then a sum over those few; fsum, exact, so
    # the sum does not depend on the set's order (which follows the hash seed: a plain
    # sum made two equal headlines' scores differ in the last bit from run to run, and
    # a story's title with them)
    dot = math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])
    if not dot:
        return 0.0
    na = norm_a if norm_a is not None else (math.sqrt(sum(w * w for w in a.values())) or 1.0)
    nb = norm_b if norm_b is not None else (math.sqrt(sum(w * w for w in b.values())) or 1.0)
    return dot / (na * nb)


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
