"""Line rules: which lines of a scraped body are not the article, and why.

Each rule names the kind of boilerplate it removes (the ``reason`` kept with the
removed line). The patterns were written from the lines that repeat most per outlet
in the shared June 2025 corpus (detik, kompas, liputan6, okezone, tribun, sindonews,
tempo, kapanlagi, republika, posmetro) and from the issue's list.
"""

from __future__ import annotations

import re

# How many lines after a bare read-also marker may be headlines of other articles:
# detik writes "Baca juga:" and one headline; republika "Baca Juga" and up to three;
# liputan6 "Baca Juga" and none (its headlines were stripped by the scraper).
MAX_READ_ALSO_TITLES = 3
MAX_READ_ALSO_TITLES_AFTER_COLON = 1
# A read-also title (or tag) has at most this many words; real paragraphs are longer.
MAX_TITLE_WORDS = 22
# Trailing tag lines (detik) have at most this many words each.
MAX_TAG_WORDS = 6
# An inline "Baca Juga: <title>" title runs at most this many tokens; when its end
# cannot be seen, it is taken to be this long (the median headline in the corpus).
MAX_INLINE_TITLE_TOKENS = 25
TYPICAL_TITLE_TOKENS = 10

IC = re.IGNORECASE

# Line rules: (reason, pattern matched against the stripped line).
LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # a whole line only when it is marker + headline; a longer line is a paragraph with
    # a headline glued in, cut inline by inline_read_also()
    ("read_also", re.compile(
        r"^[\W_]*(yuk\s+)?(baca|lihat|simak|tonton|cek)\s+(juga|pula|selengkapnya|berita|artikel)\b\W*(\S+\s+){0,24}\S*$", IC)),
    ("read_also", re.compile(r"^\[?baca\s*juga\s*:.*$", IC)),
    ("read_also", re.compile(r"^[\W_]*(membaca|baca)\b\W*$", IC)),
    ("read_also", re.compile(r"^!*\s*membaca\b.*$", IC)),
    ("read_also", re.compile(r"^(artikel|berita)\s+(terkait|lainnya|pilihan)\s*:?.*$", IC)),
    ("scroll_marker", re.compile(r"^scroll\s+(to|ke)\s+(continue|bawah)\b.*$", IC)),
    ("advertisement", re.compile(r"^(advertisement|advertisment|iklan|ads|sponsored|konten\s+sponsor)\W*$", IC)),
    ("video_embed", re.compile(r"^\[gambas:[^\]]*\]$", IC)),
    ("video_embed", re.compile(r"^(saksikan|tonton|simak)\s+(juga\s+)?(video|live)\b.*$", IC)),
    ("video_embed", re.compile(r"^(video|foto)\s*:?\s*['\"‘“].*$", IC)),
    # a related video's headline ("Video: Cara Billy Syahputra Menemani Vika
    # Kolesnaya Berlibur", detik; 171 in the shared corpus): no sentence end in it
    ("video_embed", re.compile(r"^(tonton\s+)?video\s*:\s*[^.!?]{3,150}[^.!?\s]$", IC)),
    ("republished", re.compile(r"^artikel\s+ini\s+(telah|sudah)\s+(naik|tayang|terbit|dipublikasikan)\b.*$", IC)),
    ("republished", re.compile(r"^(artikel|berita)\s+ini\s+(juga\s+)?(telah\s+)?(tayang|terbit)\b.*$", IC)),
    ("promo", re.compile(r"^.{0,150}\b(whats\s?app\s+channel|(saluran|channel)\s+whats\s?app|wa\s+channel|google\s+news|telegram\s+channel)\b.{0,150}$", IC)),
    ("promo", re.compile(r"^\(?(ayo|yuk|ikuti|gabung|join|follow|dengarkan|dapatkan)\b.{0,80}\bwhats\s?app\b.{0,120}$", IC)),
    ("promo", re.compile(r"^\(?(dengarkan|ikuti|follow|download|unduh|akses|update|dapatkan|gabung|install|klik|yuk)\b.{0,200}\b(berita|aplikasi|saluran|channel|kami|di sini|disini|podcast|update)\b.*$", IC)),
    ("promo", re.compile(r"^ikuti\s+kami\s+di\W*$", IC)),
    ("promo", re.compile(r"^simak\s+breaking\s+news\b.*$", IC)),
    ("promo", re.compile(r"^[.\s]*pastikan\b.{0,60}\binstall\s+aplikasi\b.{0,40}$", IC)),
    ("promo", re.compile(r"^.{0,200}\byuk\s+baca\s+di\s+\S+\.com\b.*$", IC)),
    ("promo", re.compile(r"^\[?cek\s+berita\b.*klik\s+disini.*$", IC)),
    ("disclaimer", re.compile(r"^disclaimer\s*:.*$", IC)),
    ("editor_initials", re.compile(r"^[(\[]\s*[a-z*][a-z0-9*]{0,5}(\s*/\s*[a-z*][a-z0-9*]{0,5}){0,3}\s*[)\]]$", IC)),
    ("byline", re.compile(r"^\(\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,5}\s*\)$")),
    ("byline", re.compile(r"^(penulis|reporter|editor|redaktur|pewarta|wartawan|kontributor|laporan\s+wartawan|laporan|editing|penyunting)\s*[:|]?\s*[A-Z].{0,80}$", IC)),
    ("byline", re.compile(r"^laporan\s+[A-Z][\w.' ]{2,40}\s*\|\s*[A-Z][\w ]{2,30}$")),
    ("source_credit", re.compile(r"^(sumber|source)\s*:.{0,100}$", IC)),
    ("photo_caption", re.compile(r"^(foto|ilustrasi|gambar|dok(\.|umentasi)?|infografis|istimewa)\s*[:(/-].{0,200}$", IC)),
    ("photo_caption", re.compile(r"^.{0,160}\((foto|dok\.?|image by|doc|ist|istimewa|antara foto|shutterstock|freepik|getty images)\b[^)]*\)\.?$", IC)),
    ("social_embed", re.compile(r"^.{0,300}pic\.twitter\.com/\S+(\s*[\u2014\u2013-]\s*[^()]{1,80}\(@\w{1,30}\)\s*[A-Za-z]{3,9}\.? \d{1,2}, \d{4}(Loading\.\.\.)?)?$", IC)),
    ("social_embed", re.compile(r"^.{0,300}\(@\w{1,30}\)\s*(on\s*)?[A-Z][a-z]{2,8}\.? ?\d{1,2}, \d{4}(\s*at\s+[\d:]+\s*[ap]m\s*[A-Z]{0,4})?(Loading\.\.\.)?$")),
    ("social_embed", re.compile(r"^[\u2014\u2013-]\s*.{1,60}\(@\w{1,30}\)\s*.{0,40}$")),
    ("social_embed", re.compile(r"^(a\s+(photo|video)\s+posted\s+by)\b.*$", IC)),
    ("social_embed", re.compile(r"^(#\S+\s*)+$")),
    ("social_embed", re.compile(r"^@\w{1,30}$")),
    ("social_embed", re.compile(r"^(a\s+post\s+shared\s+by|view\s+this\s+post\s+on|lihat\s+postingan\s+ini\s+di)\b.*$", IC)),
    ("social_embed", re.compile(r"^(instagram|twitter|tiktok|youtube)\s*(embed)?\W*$", IC)),
    ("link", re.compile(r"^(https?://|www\.)\S+$", IC)),
    ("separator", re.compile(r"^[\W_]{3,}$")),
    ("scroll_marker", re.compile(r"^(geser|swipe)\s+untuk\s+melihat\b.*$", IC)),
]

_BARE_READ_ALSO = re.compile(r"^[\W_]*(baca|lihat|simak)\s+(juga|pula)\s*:?\s*$", IC)
_TERMINAL = re.compile(r"[.!?…]['\"”’)]*$|[\"”]$")
_INLINE_READ_ALSO = re.compile(
    r"((Yuk|yuk)\s+)?(Baca|BACA|baca|Lihat|LIHAT)\s+(Juga|juga|JUGA)\s*:\s*"
)
# "(acd/acd)" at a paragraph's end, with detik's topic tags glued after it
# editors' initials may carry a digit ("(ahs/nu2)")
_EDITOR_TAIL = re.compile(r"\s*[(\[]\s*[a-z][a-z0-9]{1,4}(\s*/\s*[a-z][a-z0-9]{1,4}){1,3}\s*[)\]][a-z0-9 \-&.]*$")
# A promo sentence closing a paragraph ("Akses X di Google News atau WhatsApp Channel")
_PROMO_TAIL = re.compile(
    r"(?:(?<=[.!?”\"\d])|(?<=[.!?”\"]\s)|(?<=\s\s))\s*[A-Z(][^.!?]{0,200}\b(google\s+news|whats\s?app\s+channel|saluran\s+whats\s?app)\b.{0,200}$",
    IC,
)

# Lower-case words that may sit inside a Title Case headline.
TITLE_FUNCTION_WORDS = frozenset(
    ["di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "pada", "vs", "usai", "jadi", "ini", "itu", "akan", "bagi", "oleh", "soal", "tak", "tidak", "hingga", "saat", "demi", "jelang", "karena", "agar", "tapi", "serta", "dalam", "terhadap", "antara"]
)


def match_line(line: str) -> str | None:
    """The reason a stripped line is boilerplate, or None when it is article text."""
    for reason, pattern in LINE_RULES:
        if pattern.match(line):
            return reason
    return None


def read_also_budget(line: str) -> int:
    """How many headline lines may follow this line (0 unless it is a bare marker)."""
    if not _BARE_READ_ALSO.match(line):
        return 0
    return MAX_READ_ALSO_TITLES_AFTER_COLON if line.rstrip().endswith(":") else MAX_READ_ALSO_TITLES


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def looks_like_title(line: str) -> bool:
    """A headline of another article: short, no sentence end, not a quote."""
    stripped = line.strip()
    if not stripped or stripped[0] in "\"“'‘":
        return False
    words = stripped.split()
    return len(words) <= MAX_TITLE_WORDS and not ends_sentence(stripped)


def looks_like_tag(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(words) <= MAX_TAG_WORDS and not ends_sentence(stripped) and "," not in stripped


def inline_read_also(line: str) -> list[tuple[int, int]]:
    """Spans of "Baca Juga: <headline>" glued inside a paragraph (sindonews, kapanlagi).

    Headlines are Title Case, so the headline ends before a capitalised word followed
    by a lower-case content word (the next sentence: "Berdasarkan data ..."), or after
    a word ending in "!". Failing both, it is taken to run ``TYPICAL_TITLE_TOKENS``.
    """
    spans: list[tuple[int, int]] = []
    for m in _INLINE_READ_ALSO.finditer(line):
        rest = line[m.end():]
        if m.start() == 0 and not rest.strip():
            continue
        tokens = list(re.finditer(r"\S+", rest))[: MAX_INLINE_TITLE_TOKENS + 2]
        words = [t.group().strip("\"'“”‘’,:;()") for t in tokens]
        cut: int | None = None
        for i, tok in enumerate(tokens[:MAX_INLINE_TITLE_TOKENS]):
            word = words[i]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if (
                i > 0
                and word[:1].isupper()
                and nxt[:1].islower()
                and nxt.lower() not in TITLE_FUNCTION_WORDS
            ):
                cut = tok.start()
                break
            if i >= 2 and tok.group().endswith("!"):
                cut = tok.end()
                break
        if cut is None:
            if len(tokens) <= MAX_INLINE_TITLE_TOKENS:
                cut = len(rest)
            else:
                cut = tokens[TYPICAL_TITLE_TOKENS - 1].end()
        spans.append((m.start(), m.end() + cut))
    return spans


# Tweet residue inside a longer paragraph: the link, the author and the date.
_INLINE_EMBED = re.compile(
    r"\S*pic\.twitter\.com/\w+(\s*[\u2014\u2013-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*"
    r"(on\s*)?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(\s*at\s+[\d:]+\s*[ap]m\s*[A-Z]{0,4})?(Loading\.\.\.)?)?"
    r"|A (?:photo|video) posted by [^()\n]{1,80}\(@\w{1,30}\)\s*on\s*[A-Z][a-z]{2,8}\.? ?\d{1,2}, \d{4}"
    r"(?:\s*at\s+[\d:]+\s*[ap]m\s*[A-Z]{0,4})?"
    r"|[\u2014\u2013]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(on\s*)?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(Loading\.\.\.)?"
)


def inline_embeds(line: str) -> list[tuple[int, int]]:
    """Spans of social-media embed residue inside a paragraph."""
    return [m.span() for m in _INLINE_EMBED.finditer(line)]


def promo_tail(line: str) -> int | None:
    """Offset where a closing promo sentence starts in a paragraph, if any."""
    m = _PROMO_TAIL.search(line)
    return m.start() if m and m.start() > 0 else None


def editor_tail(line: str) -> int | None:
    """Offset where trailing editor initials "(dry/din)" start in a line, if any."""
    m = _EDITOR_TAIL.search(line)
    return m.start() if m and m.start() > 0 else None
