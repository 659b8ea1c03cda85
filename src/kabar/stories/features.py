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
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from kabar.records import Article

# Zipf frequency (log10 per billion words) at and above which a word carries no
# weight: "yang" is 7.5, "presiden" 5.6, "gempa" 4.7, "nikel" 3.9. Words above 6.0
# are function words and the commonest verbs; rarer words weigh more.
ZIPF_CEILING = 6.0
# Words shorter than this are never terms (particles, abbreviations of units).
MIN_TERM_CHARS = 3
# Title words count this many times as body words: a headline names the event.
TITLE_BOOST = 3.0
# Only the first part of a long article is read: the event is in the lead, and the
# tail of long pieces (background, listicles) drifts to other topics.
MAX_BODY_CHARS = 3000
# Terms kept per article vector (by weight).
MAX_TERMS = 60

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z]")
_NAME = re.compile(r"\b([A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,}|bin|binti|van|de|al))*")
_FIGURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)\s*(%|persen|juta|miliar|triliun|ribu|orang|tahun|km|kg|unit|rumah|hektare|ha)?")
_STOP_NAMES = frozenset(
    ["Baca", "Juga", "Kamis", "Jumat", "Sabtu", "Minggu", "Senin", "Selasa", "Rabu", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Jakarta", "Indonesia", "Foto", "Video", "Namun", "Selain", "Menurut", "Sementara", "Sebelumnya", "Kemudian", "Dalam", "Pada", "Ini", "Itu", "Hal", "Saat", "Untuk", "Dengan", "Dari", "Karena", "Bahkan", "Adapun", "Tak", "Kami", "Kita", "Ia", "Dia", "Mereka", "Pak", "Bu", "WIB", "Rp"]
)


@lru_cache(maxsize=1)
def _stemmer() -> object:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer().stem(word))  # type: ignore[attr-defined]


@lru_cache(maxsize=200_000)
def rarity(word: str) -> float:
    """IDF stand-in: how much rarer than a function word ``word`` is (0 = no weight)."""
    from wordfreq import zipf_frequency

    return max(0.0, ZIPF_CEILING - zipf_frequency(word, "id"))


@dataclass(slots=True)
class Features:
    terms: dict[str, float]
    title_terms: dict[str, float]
    names: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    time: datetime | None = None
    language: str | None = None

    @property
    def top_terms(self) -> list[str]:
        return sorted(self.terms, key=lambda t: -self.terms[t])


# Only lower-case words with an Indonesian affix shape go through the stemmer:
# capitalised words are names (kept whole), and stemming unknown words is the
# stemmer's slow path (~0.5 ms a word).
_AFFIXED = re.compile(r"^(me|di|ke|be|te|pe|se)|(kan|an|i|nya|lah|kah|pun)$")


def _term_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        token = m.group()
        word = token.lower()
        if len(word) < MIN_TERM_CHARS or rarity(word) <= 0:
            continue
        counts[stem(word) if token.islower() and _AFFIXED.search(word) else word] += 1
    return counts


def _weights(counts: Counter[str]) -> dict[str, float]:
    weighted = {t: (1 + math.log(n)) * rarity(t) for t, n in counts.items()}
    weighted = {t: w for t, w in weighted.items() if w > 0}
    top = sorted(weighted.items(), key=lambda kv: -kv[1])[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def article_features(article: Article) -> Features:
    body = (article.clean_text if article.clean_text is not None else article.text)[:MAX_BODY_CHARS]
    title_counts = _term_counts(article.title)
    counts = _term_counts(body)
    for term, n in title_counts.items():
        counts[term] += round(n * TITLE_BOOST)
    names = {
        m.group().lower()
        for m in _NAME.finditer(article.title + "\n" + body)
        if m.group() not in _STOP_NAMES and len(m.group()) > 2
    }
    figures = {
        (m.group(1) + (" " + m.group(2).lower() if m.group(2) else ""))
        for m in _FIGURE.finditer(article.title + "\n" + body)
        if not re.fullmatch(r"(19|20)\d\d", m.group(1))
    }
    return Features(
        terms=_weights(counts),
        title_terms=_weights(title_counts),
        names=names,
        figures=figures,
        time=article.published,
        language=article.language,
    )


def cosine(
    a: dict[str, float], b: dict[str, float], norm_a: float | None = None, norm_b: float | None = None
) -> float:
    """Cosine of two sparse vectors; pass norms already known to skip computing them."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    get = large.get
    dot = sum(w * get(t, 0.0) for t, w in small.items())
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
