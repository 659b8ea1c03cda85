"""Count boilerplate that survived cleaning: the quality gate for ``clean``.

Each pattern matches one kind of non-article text that must never reach clean text.
The corpus test asserts zero survivors; ``kabar stats --audit`` can show them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

SURVIVOR_PATTERNS: dict[str, re.Pattern[str]] = {
    # (also the marker with a dash, "BACA JUGA - ...", or a headline glued straight on,
    # "Baca JugaWarga ...")
    "read_also": re.compile(
        r"\b(baca|lihat)\s*juga\s*(:|\s[-\u2013\u2014]\s)|(^|\n)\s*baca\s+juga\s*($|\n)|\[bacajuga"
        r"|\b(baca|lihat|simak)\s+juga(?-i:[A-Z])",
        re.I,
    ),
    "membaca": re.compile(r"(^|\n)\W*membaca\b", re.I),
    "scroll_marker": re.compile(r"scroll to continue|scroll ke bawah untuk", re.I),
    "advertisement": re.compile(r"(^|\n)\s*advertisement\s*($|\n)", re.I),
    "video_embed": re.compile(r"\[gambas:|(^|\n)\s*lihat\s+video\s+['\u2018]", re.I),
    # a reporter's credit with the outlet's site, "(Bangkapos.com/Widodo)"
    "byline": re.compile(r"\(\s*[\w-]+(\.[\w-]+)*\.(com|co\.id|id)\s*/\s*[^()\n]{2,80}\)\s*($|\n)", re.I),
    "republished": re.compile(r"artikel ini telah (naik|tayang)", re.I),
    # a call to follow the outlet somewhere, not an article about WhatsApp
    "promo": re.compile(
        r"\b(ikuti|gabung|akses|follow|join|dengarkan|dapatkan)\b.{0,80}\b(whats\s?app|google\s+news|saluran|channel)\b"
        r"|dengarkan\s+berita|pastikan\s.{0,40}install\s+aplikasi",
        re.I,
    ),
    "editor_initials": re.compile(r"[(\[][a-z]{2,5}/[a-z]{2,5}[)\]]"),
    "social_embed": re.compile(r"pic\.twitter\.com|\(@\w+\)\s*(on\s*)?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"),
}


def survivors(text: str) -> Counter[str]:
    """How many matches of each boilerplate kind ``text`` still holds."""
    counts: Counter[str] = Counter()
    for kind, pattern in SURVIVOR_PATTERNS.items():
        n = sum(1 for _ in pattern.finditer(text))
        if n:
            counts[kind] += n
    return counts


def audit(texts: Iterable[str]) -> Counter[str]:
    total: Counter[str] = Counter()
    for text in texts:
        total.update(survivors(text))
    return total
