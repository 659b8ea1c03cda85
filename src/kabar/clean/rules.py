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

# A television network's own channels.
_TV_CHANNELS = r"(?:RCTI\+?|GTV|MNCTV|iNews(?:\s*TV)?|SCTV|Indosiar|ANTV|Trans\s?7|Trans\s?TV|Vision\+|Moji|Mentari\s?TV)"
# A sentence that calls to watch a programme on one of them.
# (a time's dot is inside it: "pukul 15.00 WIB"; "di" may be glued to the word before
# it, "Sinetron Luka Cintadi SCTV")
_IN_SENTENCE = r"(?:[^.!?\n]|(?<=\d)\.(?=\d))"
_TV_PROMO_SENTENCE = (
    r"(?:saksikan|tonton)\b" + _IN_SENTENCE + r"{0,200}?(?:\bhanya\s+di|\beksklusif\s+di|\bmelalui|di)\s+"
    + _TV_CHANNELS + r"\b" + _IN_SENTENCE + r"{0,160}[.!?]?"
)
_TV_PROMO = re.compile(r"^" + _TV_PROMO_SENTENCE + r"\s*$", re.IGNORECASE)
# ... and the same sentence closing a paragraph
_TV_PROMO_TAIL = re.compile(r"(?<=[.!?\u201d\"])\s*" + _TV_PROMO_SENTENCE + r"\s*$", re.IGNORECASE)

# A credit in brackets: an outlet's site, a slash, the names ("(TribunPadang.com/Muhammad
# Iqbal)", "(tribunpekanbaru.com/mayonal putra)", "(Tribunnews.com/Latifah/Widya)"), or a
# photo's source after its caption ("(mydramalist.com/instagram/...)").
_CREDIT = (
    r"\(\s*(?:[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|id|net)\s*/\s*[^()\n]{2,80}"
    # ... or the editor's initials, then the site ("(alj/tribun-medan.com)")
    r"|[A-Za-z0-9]{1,6}\s*/\s*[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|id|net))\s*\)"
)

# Line rules: (reason, pattern matched against the stripped line).
LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # a whole line only when it is marker + headline; a longer line is a paragraph with
    # a headline glued in, cut inline by inline_read_also()
    ("read_also", re.compile(
        # ("Baca selengkapnyadi sini": the link's space stripped, the glue repaired later)
        r"^[\W_]*(yuk\s+)?(baca|lihat|simak|tonton|cek)\s+(juga|pula|selengkapnya(?:di)?|berita|artikel)\b\W*(\S+\s+){0,24}\S*$", IC)),
    ("read_also", re.compile(r"^\[?baca\s*juga\s*:.*$", IC)),
    ("read_also", re.compile(r"^[\W_]*(membaca|baca)\b\W*$", IC)),
    ("read_also", re.compile(r"^!*\s*membaca\b.*$", IC)),
    ("read_also", re.compile(r"^(artikel|berita)\s+(terkait|lainnya|pilihan)\s*:?.*$", IC)),
    # ... and a call to read them with a colon, the headlines glued on ("Baca artikel
    # menarik lainnya:Potret ...", kapanlagi; too few glue points for glued_headlines)
    ("read_also", re.compile(r"^[\W_]*(yuk,?\s+)?baca\s+(juga\s+)?(artikel|berita)\s+(menarik\s+)?(lainnya|lain|terkait)\s*:.*$", IC)),
    # the editor's pick of another article ("Pilihan editor:Apa Dampak ...", tempo)
    ("read_also", re.compile(r"^pilihan\s+editor\s*:.{0,200}$", IC)),
    ("scroll_marker", re.compile(r"^scroll\s+(to|ke)\s+(continue|bawah)\b.*$", IC)),
    ("advertisement", re.compile(r"^(advertisement|advertisment|iklan|ads|sponsored|konten\s+sponsor)\W*$", IC)),
    ("video_embed", re.compile(r"^\[gambas:[^\]]*\]$", IC)),
    ("video_embed", re.compile(r"^(saksikan|tonton|simak|lihat)\s+(juga\s+)?(video|live)\b.*$", IC)),
    ("video_embed", re.compile(r"^(video|foto)\s*:?\s*['\"‘“].*$", IC)),
    # a related video's headline ("Video: Cara Billy Syahputra Menemani Vika
    # Kolesnaya Berlibur", detik; 171 in the shared corpus): no sentence end in it
    ("video_embed", re.compile(r"^(tonton\s+)?video\s*:\s*[^.!?]{3,150}[^.!?\s]$", IC)),
    # (detik's note that the article "sudah lebih dulu tayang" on a regional site, also
    # without "ini" and with "lebih dulu" between: 14 in the shared corpus had stayed)
    ("republished", re.compile(
        r"^artikel\s+(ini\s+)?(telah|sudah)\s+(lebih\s+dulu\s+|terlebih\s+dahulu\s+)?"
        r"(naik|tayang|terbit|dipublikasikan)\b.*$", IC)),
    ("republished", re.compile(r"^(artikel|berita)\s+ini\s+(juga\s+)?(telah\s+)?(tayang|terbit)\b.*$", IC)),
    ("promo", re.compile(r"^.{0,150}\b(whats\s?app\s+channel|(saluran|channel)\s+whats\s?app|wa\s+channel|google\s+news|telegram\s+channel)\b.{0,150}$", IC)),
    ("promo", re.compile(r"^\(?(ayo|yuk|ikuti|gabung|join|follow|dengarkan|dapatkan)\b.{0,80}\bwhats\s?app\b.{0,120}$", IC)),
    ("promo", re.compile(r"^\(?(dengarkan|ikuti|follow|download|unduh|akses|update|dapatkan|gabung|install|klik|yuk)\b.{0,200}\b(berita|aplikasi|saluran|channel|kami|di sini|disini|podcast|update)\b.*$", IC)),
    ("promo", re.compile(r"^ikuti\s+kami\s+di\W*$", IC)),
    ("promo", re.compile(r"^(?:ikuti|temukan|dapatkan)\b.{0,160}\bkapanlagi\.com\b.*$", IC)),
    ("promo", re.compile(r"^kalau\s+bukan\s+sekarang,\s*kapanlagi\?.*$", IC)),
    # "Bergabung dengan WA Tribun Manado di sini >>>"
    ("promo", re.compile(r"^(bergabung|gabung)\s+(dengan|ke|di)\s+(wa|whatsapp|saluran|channel|grup)\b.{0,80}$", IC)),
    ("promo", re.compile(r"^simak\s+breaking\s+news\b.*$", IC)),
    ("promo", re.compile(r"^[.\s]*pastikan\b.{0,60}\binstall\s+aplikasi\b.{0,40}$", IC)),
    ("promo", re.compile(r"^.{0,200}\byuk\s+baca\s+di\s+\S+\.com\b.*$", IC)),
    ("promo", re.compile(r"^\[?cek\s+berita\b.*klik\s+disini.*$", IC)),
    # a sister channel's programme ("Saksikan terus Sinetron X di SCTV.", "Tonton X
    # tiap sore ... di Indosiar."): its times and channel numbers are no facts of the
    # article (35 lines in the shared corpus)
    ("promo", _TV_PROMO),
    ("disclaimer", re.compile(r"^disclaimer\s*:.*$", IC)),
    ("editor_initials", re.compile(r"^[(\[]\s*[a-z*][a-z0-9*]{0,5}(\s*/\s*[a-z*][a-z0-9*]{0,5}){0,3}\s*[)\]]$", IC)),
    ("byline", re.compile(r"^\(\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,5}\s*\)$")),
    # (a name after the word, in capitals: not "Penulisan ulang ..." nor "Laporan tersebut
    # telah diterima polisi", "Laporan media lokal", which are the article's words)
    ("byline", re.compile(r"^(penulis|reporter|editor|redaktur|pewarta|wartawan|kontributor|editing|penyunting)\b\s*[:|]?\s*(?-i:[A-Z]).{0,80}$", IC)),
    ("byline", re.compile(r"^laporan\s+(langsung\s+)?(wartawan|reporter|kontributor|jurnalis|koresponden)\b.{0,120}$", IC)),
    # a translated piece's credits (DW, ABC): where the article first appeared, in
    # which language ("Artikel ini ... dalam bahasa Inggris"), "Diadaptasi oleh ...",
    # "Diproduksi oleh ... dari laporan dalam bahasa Inggris" (8 lines in the corpus)
    ("byline", re.compile(
        r"^(artikel\s+ini\s+(pertama\s+kali\s+)?(terbit|rilis|tayang)\s+dalam\s+bahasa\s+\w+.{0,80}"
        r"|diadaptasi\s+oleh\s+(?-i:[A-Z]).{0,80}|diproduksi\s+oleh\s+.{0,40}\bdari\s+laporan\s+dalam\s+bahasa\s+\w+)$",
        IC,
    )),
    ("byline", re.compile(r"^[Ll]aporan\s+[A-Z][\w'.-]*(\s+[A-Z][\w'.-]*){0,3}(\s*[|lI]\s*[A-Z][\w'.-]*(\s+[A-Z][\w'.-]*){0,3})?$")),
    # a reporter's or photographer's credit with the outlet's site ("(Bangkapos.com/Sela
    # Agustika)", "( TRIBUNLAMPUNG.CO.ID / KOMPAS.COM )": tribun's regional sites)
    ("byline", re.compile(r"^[\u200b-\u200f\ufeff]*" + _CREDIT + r"$", IC)),
    ("byline", re.compile(r"^laporan\s+[A-Z][\w.' ]{2,40}\s*\|\s*[A-Z][\w ]{2,30}$")),
    ("source_credit", re.compile(r"^(sumber|source)\s*:.{0,100}$", IC)),
    ("photo_caption", re.compile(r"^(foto|ilustrasi|gambar|dok(\.|umentasi)?|infografis|istimewa)\s*[:(/-].{0,200}$", IC)),
    ("photo_caption", re.compile(r"^.{0,160}\((foto|dok\.?|image by|doc|ist|istimewa|antara foto|shutterstock|freepik|getty images|tangkapan layar|screenshot)\b[^)]*\)\.?$", IC)),
    # a caption opening with its credit, a photo agency's or the outlet's site and the
    # photographer in capitals ("UNSPLASH/RINA KARTIKA Ilustrasi layar perdagangan saham.",
    # "SHUTTERSTOCK/BUDI SANTOSO"): kompas, 5 lines of the shared corpus, all captions (one
    # had listed its agency and its photographer as organisations of a story)
    ("photo_caption", re.compile(
        r"^(?i:shutterstock|freepik|unsplash|pixabay|pexels|getty\s*images|istock(?:photo)?|kompas\.com"
        r"|antara\s*foto)\s*/\s*[A-Z][A-Z .'-]{1,40}(?:\s.{0,200})?$"
        # (kompas's own photographers in any case, the caption often glued on:
        # "KOMPAS.com/GilangChery Tiggo 7 PHEV", "KOMPAS.com/Ruly Kurniawan Produk ...";
        # 10 more lines, all captions)
        r"|^KOMPAS\.com/[A-Z][^\n]{1,200}$"
    )),
    # a caption with its credit after "Foto:" ("Honda Civic Type R Foto: Dok. Honda",
    # "Pabrik Daihatsu. Foto: Doc. ADM."; detik: 80 lines in the shared corpus, all
    # captions). The word capitalised: "... dengan foto: ..." is a sentence's.
    ("photo_caption", re.compile(r"^.{3,300}?\s(?:Foto|FOTO)\s*:\s*.{1,100}$")),
    # a caption ending with its photographer and detik's site ("Warung Nasi Ibu Imas
    # (Anindyadevi Aurellia/detikJabar)") or kapanlagi's credit ("(credit: instagram.com/
    # ...)"): 101 lines of 27 raw texts of the shared corpus, all captions (one had made its
    # photographer a person of a story); kapanlagi's credit also stands alone on its line
    # under the picture, and is written "Credit" too (19 more lines: one had made
    # "Credit" a person)
    ("photo_caption", re.compile(
        r"^.{3,200}?\(\s*(?:[A-Z][^()\n/]{1,50}/\s*detik[A-Za-z]*(?:\.com)?|(?i:credit)\s*:[^()\n]{1,80})\s*\)\.?$"
        r"|^\(\s*(?i:credit)\s*:[^()\n]{1,80}\)$"
    )),
    # a page's loading placeholder left on a line of its own ("Loading...")
    ("social_embed", re.compile(r"^Loading\.\.\.$")),
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

# A related video's headline after "Video" ("Video Warga Gotong Royong Bersihkan Pasar
# Usai Banjir"): no sentence end; removed only among an article's last lines, where detik
# puts them (160 in the shared corpus, all there). Elsewhere such a line may be an item of
# a hoax check's list ("Video Awan Panas Turun dari Puncak Sindoro 3 Maret 2025").
_VIDEO_TITLE = re.compile(r"^(?i:video)\s+[A-Z0-9'\"\u2018\u201c][^.!?\n]{3,150}[^.!?\s]$")
MAX_TRAILING_VIDEO_TITLES = 2
_CREDIT_TAIL = re.compile(r"\s*" + _CREDIT + r"\s*$", IC)

_BARE_READ_ALSO = re.compile(r"^[\W_]*(baca|lihat|simak)\s+(juga|pula)\s*:?\s*$", IC)
_TERMINAL = re.compile(r"[.!?…]['\"”’)]*$|[\"”]$")
# The marker, then a colon ("Baca Juga: ..."), a dash ("BACA JUGA - ...", sindonews) or
# nothing: the headlines glued straight on ("Baca JugaWarga ...", republika; "Yuk, simak
# jugaRekomendasi ...", kapanlagi; group "glued"). Not "simak juga informasi ...": a
# sentence's words, spaced and in lower case.
_INLINE_READ_ALSO = re.compile(
    r"((Yuk|yuk),?\s+)?(Baca|BACA|baca|Lihat|LIHAT|Simak|simak|SIMAK)\s+(Juga|juga|JUGA)"
    r"(\s*:\s*|\s+[-\u2013\u2014]\s+|(?P<glued>(?=[A-Z])))"
)
# A line opening with a call to read more ("Simak berita lainnya:", "Baca artikel
# menarik lainnya:", "Jangan ketinggalan ...!", "Cek Yang Lain Juga,
# Yuk!", "Yuk baca artikel lainnya"): a list of headlines when glued_headlines() says so.
_LIST_MARKER = re.compile(r"^[\W_]*(yuk,?\s+)?(baca|simak|cek|lihat|jangan\s+ketinggalan)\b", IC)
# Where two glued headlines meet, or the last one and the paragraph's next sentence,
# with no space (_glue_points): two words glue repair parts ("TikusIni", "CirebonDalam";
# not a name written so, "MotoGP", "PaDi": kabar.clean.glue), or, matched here, a digit
# or a headline's closing mark before a capital ("2025Apakah", "Itu?Mengenal") or an
# opening quote glued on ("Ribu\u201cYang").
_MARK_GLUE_POINT = re.compile(
    r"(?<=[0-9?!.)\u201d\u2019])(?=[\"\u201c\u2018']?[A-Z])|(?<=[a-z])(?=[\"\u201c\u2018'][A-Z])"
)
# Glued headlines are read this far at most; a run of them longer than this (three
# headlines of ~100 characters each, as republika glues them) is not cut whole.
MAX_GLUED_TITLES_CHARS = 600
# Quotes, brackets and punctuation around a word.
_WORD_MARKS = "\"'\u201c\u201d\u2018\u2019,:;()[]"
# The words after a glue point, up to the next, tell a headline (Title Case: only
# function words in lower case) from the paragraph's next sentence: among the first
# SENTENCE_WORDS, a sentence has at least SENTENCE_LOWER_WORDS lower-case words that are
# no function words ("Seperti dilansir", cut short by the next glue point,
# "dilansirBloomberg": one).
SENTENCE_WORDS = 8
SENTENCE_LOWER_WORDS = 1
# "(acd/acd)" at a paragraph's end, with detik's topic tags glued after it
# editors' initials may carry a digit ("(ahs/nu2)")
# ... or one editor's initials right after a sentence's end ("... berkualitas.(unt)":
# 70 paragraphs of the shared corpus, tribun, sindonews and posmetro; a lone bracketed
# word elsewhere may be the text's own)
_EDITOR_TAIL = re.compile(
    r"\s*[(\[]\s*[a-z][a-z0-9]{1,4}(\s*/\s*[a-z][a-z0-9]{1,4}){1,3}\s*[)\]][a-z0-9 \-&.]*$"
    r"|(?<=[.!?\"\u201d])\s*[(\[][a-z][a-z0-9]{1,4}[)\]]\s*$"
)
# A promo sentence closing a paragraph ("Akses X di Google News atau WhatsApp Channel")
_PROMO_TAIL = re.compile(
    r"(?:(?<=[.!?”\"\d])|(?<=[.!?”\"]\s)|(?<=\s\s))\s*[A-Z(][^.!?]{0,200}\b(google\s+news|whats\s?app\s+channel|saluran\s+whats\s?app)\b.{0,200}$",
    IC,
)

# Lower-case words that may sit inside a Title Case headline.
TITLE_FUNCTION_WORDS = frozenset(
    ["di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "pada", "vs", "usai", "jadi", "ini", "itu", "akan", "bagi", "oleh", "soal", "tak", "tidak", "hingga", "saat", "demi", "jelang", "karena", "agar", "tapi", "serta", "dalam", "terhadap", "antara", "sampai"]
)
# Of those, the ones a headline writes in lower case where it has a capital word before:
# "ini" and "itu" are written "Ini", "Itu" in Title Case ("Ini Syaratnya"), so a capital
# word with "ini" after it opens a sentence ("Pabrik ini dirancang ...").
_HEADLINE_LOWER_WORDS = TITLE_FUNCTION_WORDS - {"ini", "itu"}


def match_line(line: str) -> str | None:
    """The reason a stripped line is boilerplate, or None when it is article text."""
    for reason, pattern in LINE_RULES:
        if pattern.match(line):
            return reason
    if _LIST_MARKER.match(line) and glued_headlines(line):
        return "read_also"
    return None


def glued_headlines(line: str) -> bool:
    """Whether ``line`` is a list of headlines glued together (after a marker such as
    "Simak berita lainnya:", "Cek Yang Lain Juga, Yuk!"): at least two glue points, no
    sentence after any of them and no sentence end (kapanlagi's related lists, whose
    many headlines are longer than a line rule's marker + one headline)."""
    points = _glue_points(line[:MAX_GLUED_TITLES_CHARS])
    return len(points) >= 2 and _sentence_point(line, points) is None and not ends_sentence(line)


def read_also_budget(line: str) -> int:
    """How many headline lines may follow this line (0 unless it is a bare marker)."""
    if not _BARE_READ_ALSO.match(line):
        return 0
    return MAX_READ_ALSO_TITLES_AFTER_COLON if line.rstrip().endswith(":") else MAX_READ_ALSO_TITLES


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


# A line repeated right after itself is a scraper's double (kapanlagi, republika: 70
# paragraphs of the shared corpus) when at least this long and a sentence or a
# headline; shorter ones may be list items written twice on purpose, and a song's
# lines ("Na-na-na", a refrain) are repeated as sung.
MIN_REPEATED_CHARS = 16
# Share of a headline's words that are capitalised (or figures): Indonesian headlines
# are title-cased ("Melihat Festival Layang-layang di Pantai Sanur"), a song's
# line is not ("Kau tak akan terganti").
HEADLINE_CAPITALS = 0.6


def doubled(line: str) -> bool:
    """Whether ``line``, written twice in a row, is a scraper's double (see
    :data:`MIN_REPEATED_CHARS`)."""
    return len(line) >= MIN_REPEATED_CHARS and (ends_sentence(line) or headline(line))


_CUT_SHORT = re.compile(r"\s*(?:\.\.\.|…)$")


def headline(line: str) -> bool:
    """A headline: short, title-cased, no full stop, not a quote. Unlike
    :func:`looks_like_title`, it may end with "!" or "?" as headlines do ("Review
    Mobil Listrik Mungil: Irit, tapi Mahal?")."""
    # (a headline cut short by its link ends in an ellipsis: "UMKM Boleh Kelola Tambang,
    # Menteri: Tapi Jangan Sampai ... Digadaikan ...", kompas)
    stripped = _CUT_SHORT.sub("", line.strip())
    if not stripped or stripped[0] in "\"“'‘" or stripped.endswith((".", "\"", "”")):
        return False
    words = [w for w in stripped.split() if w[:1].isalnum()]
    if not words or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) >= HEADLINE_CAPITALS * len(words)


# A headline standing alone in the body that exclaims or asks, of at least this many
# words: another article's title left where its link was stripped ("Mobil Mungil Baru
# Dijual, Harganya Cuma Rp 90 Juta!" in a piece on another car), or
# a subheading that asks ("Kenapa Apel Cocok Jadi Camilan?"); neither states a fact of
# the article, and the first brings another story's figures and names ("Emang Boleh"
# had been a person). Lines of the shared corpus's clean texts of this shape: 135, 115
# of them detik's; 45 are the titles of other articles of the corpus. Every word but
# function words capitalised (a sentence has lower-case words); a numbered line is a
# list's item, a quote's line a quote.
MIN_BODY_HEADLINE_WORDS = 5
# (a word joiner or a zero-width space may stand for the space: "1.\u2060 \u2060PT ..."
# numbers a list of companies whose paragraphs follow)
_NUMBERED = re.compile(r"^[\s\u200b-\u200f\u2060\ufeff]*\d+[.)][\s\u200b-\u200f\u2060\ufeff]")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


# A title-cased line with no mark at its end at all is a headline too from this many
# words: another article's title left where its link was stripped (liputan6 keeps them
# away from their "Baca Juga": "Perahu Terbalik ..., Nelayan Cilacap Tewas Tenggelam"
# in a piece on a fast had made "Tewas Tenggelam" a fisherman), an article's own title
# repeated over its body, or a subheading ("Alasan Izin Tambang Itu Tak Dicabut"). None
# states a fact of the article in a sentence. Not a line of a list, a schedule, a
# line-up or a CV (a colon, a bar, a bullet or a dash between items, a time, "vs", a
# year range, an amount, two commas): 222 lines of the shared corpus's clean texts,
# read in a sample of 70: other articles' titles, own titles, subheadings and promo
# titles.
MIN_BARE_HEADLINE_WORDS = 6
_LISTING = re.compile(
    r"[:|→•*;]|^\s*[-–—]|\s[-–—]\s|\d[.:]\d\d|\b(?:vs|VS|Vs)\b\.?|\d{4}\s*[-–—/]\s*\d{2,4}|\bRp|\.(?:COM|com|id)\b"
)


def body_headline(line: str) -> bool:
    """A title-cased line ending "!" or "?" (see :data:`MIN_BODY_HEADLINE_WORDS`), or
    with no mark at its end (see :data:`MIN_BARE_HEADLINE_WORDS`)."""
    stripped = line.strip()
    if _NUMBERED.match(stripped) or not headline(stripped):
        return False
    words = _HEADLINE_WORD.findall(stripped)
    if any(w[0].islower() and w.lower() not in TITLE_FUNCTION_WORDS for w in words):
        return False
    if stripped.endswith(("!", "?")):
        return len(words) >= MIN_BODY_HEADLINE_WORDS
    return (
        len(words) >= MIN_BARE_HEADLINE_WORDS and stripped[-1:].isalnum()
        and stripped.count(",") <= 1 and not _LISTING.search(stripped) and not video_title(stripped)
    )


def looks_like_title(line: str) -> bool:
    """A headline of another article: short, no sentence end (an ellipsis cutting it
    short aside), not a quote."""
    stripped = _CUT_SHORT.sub("", line.strip())
    if not stripped or stripped[0] in "\"“'‘":
        return False
    words = stripped.split()
    return len(words) <= MAX_TITLE_WORDS and not ends_sentence(stripped)


def looks_like_tag(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(words) <= MAX_TAG_WORDS and not ends_sentence(stripped) and "," not in stripped


# Words that open a sentence, written so, and end no headline.
_SENTENCE_OPENING_WORDS = frozenset({
    "Menurut", "Namun", "Sementara", "Adapun", "Sedangkan", "Meski", "Meskipun", "Walaupun", "Ketika", "Saat",
    "Berdasarkan",
})
# Words that open a sentence and no headline, found further back than the word before
# the cut: a headline's last words and the sentence's capitalised opening run
# together ("... Mas Diketahui, Gubernur DKI ... meninjau ...", "... Tewas
# Sesampainya di TKP KM ... jalur B, terdapat
# ..."). Those in _OPENS_WITH_COMMA only with a comma after them ("Namun," not a
# headline's "Namun"); "Menurut", "Saat", "Dalam" end headlines too ("Ciri-cirinya
# Menurut Dokter").
_OPENS_ANYWHERE = frozenset({"Sesampainya", "Setibanya", "Adapun", "Sedangkan"})
_OPENS_WITH_COMMA = frozenset({
    "Namun", "Diketahui", "Dikatakan", "Akibatnya", "Selanjutnya", "Sebelumnya", "Sementara", "Kemudian",
})
# How far back from the cut such a word is looked for, in tokens.
MAX_OPENING_BACK_TOKENS = 8
# At most this many capitalised words between a headline's "?" and the sentence's
# first lower-case word are the sentence's (a name's two words: "FA? Pep Guardiola
# sendiri"); more are the headline's second part ("Ingat Evan Dimas? Pesepakbola ...").
MAX_AFTER_QUESTION_TOKENS = 2


def _opening_back(tokens: list[re.Match[str]], words: list[str], i: int) -> int | None:
    """The index of the word that opens the sentence glued to a headline, looking back
    from token ``i`` (exclusive) at most :data:`MAX_OPENING_BACK_TOKENS` tokens, never
    at the headline's first two words; None when there is none."""
    for j in range(i - 1, max(1, i - MAX_OPENING_BACK_TOKENS) - 1, -1):
        if words[j] in _OPENS_ANYWHERE or (words[j] in _OPENS_WITH_COMMA and tokens[j].group().endswith(",")):
            return j
    return None


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
        if m.group("glued") is not None:
            end = _glued_titles_end(rest)
            if end is not None:
                spans.append((m.start(), m.end() + end))
            continue
        tokens = list(re.finditer(r"\S+", rest))[: MAX_INLINE_TITLE_TOKENS + 2]
        words = [t.group().strip(_WORD_MARKS) for t in tokens]
        cut: int | None = None
        cut_word_end = 0
        asked: int | None = None
        for i, tok in enumerate(tokens[:MAX_INLINE_TITLE_TOKENS]):
            word = words[i]
            # the next word that is not a headline's lower-case function word
            # ("Ditawarkan pada harga ...": a sentence; not "iOS": a name)
            nxt = next((w for w in words[i + 1 :] if w not in _HEADLINE_LOWER_WORDS), "")
            opens_sentence = i > 0 and word[:1].isupper() and nxt.islower()
            if opens_sentence or (i >= 2 and word.islower() and word not in _HEADLINE_LOWER_WORDS):
                back = _opening_back(tokens, words, i)
                if back is not None:
                    cut, cut_word_end = tokens[back].start(), tokens[back].end()
                    break
            if opens_sentence:
                # (a word that opens sentences and ends no headline before it is the
                # sentence's: "... Rp97 Triliun Menurut Misbakhun, pabrik ..." opens at
                # "Menurut", which had been cut away with the headline)
                if i > 1 and words[i - 1] in _SENTENCE_OPENING_WORDS:
                    i -= 1
                cut, cut_word_end = tokens[i].start(), tokens[i].end()
                # (a question closing the headline a word or two before: "... Juara
                # FA? Pep Guardiola sendiri ..." had lost "Pep"; further back a
                # "?" is a headline's own, "Siapa X? Ini Y")
                if asked is not None and i - asked <= MAX_AFTER_QUESTION_TOKENS:
                    cut, cut_word_end = tokens[asked + 1].start(), tokens[asked + 1].end()
                break
            if tok.group().endswith("?"):
                asked = i
            if i >= 2 and tok.group().endswith("!"):
                cut = tok.end()
                break
        if cut is None:
            if len(tokens) <= MAX_INLINE_TITLE_TOKENS:
                cut = len(rest)
            else:
                cut = tokens[TYPICAL_TITLE_TOKENS - 1].end()
        # a sentence glued to the headline ends it sooner ("... Melawan RusiaSeperti
        # dilansir ..."), or inside the word found to open it ("Sang BundaPrestasi ini")
        glued = _glued_sentence_start(rest)
        if glued is not None and glued < max(cut, cut_word_end):
            cut = glued
        spans.append((m.start(), m.end() + cut))
    return spans


def _glued_titles_end(rest: str) -> int | None:
    """Where headlines glued to a marker with no space end in ``rest`` (the text after
    the marker): at the first glue point (:func:`_glue_points`) that a sentence follows,
    or at the paragraph's end when only headlines follow; None when neither is found
    within :data:`MAX_GLUED_TITLES_CHARS` (nothing is cut)."""
    sentence = _glued_sentence_start(rest)
    if sentence is not None:
        return sentence
    if len(rest) <= MAX_GLUED_TITLES_CHARS and not ends_sentence(rest):
        return len(rest)
    return None


def _glue_points(text: str) -> list[int]:
    """Where glued headlines may meet in ``text`` (see :data:`_MARK_GLUE_POINT`), in
    order."""
    from kabar.clean.glue import repair_glued

    points = {m.start() for m in _MARK_GLUE_POINT.finditer(text)}
    for repair in repair_glued(text)[1]:
        at = 0  # where the replacement's spaces fall in the original
        for char in repair.replacement:
            if at < len(repair.original) and char == repair.original[at]:
                at += 1
            elif char == " ":
                points.add(repair.start + at)
    # (a headline starts with a capital: "SingapuraSementaraemas" is one point, at
    # "Sementara")
    return sorted(p for p in points if text[p : p + 2].lstrip("\"\u201c\u2018'")[:1].isupper())


def _glued_sentence_start(rest: str) -> int | None:
    """The first glue point in ``rest`` that a sentence, not a headline, follows: its
    words up to the next glue point (at most SENTENCE_WORDS of them) hold
    SENTENCE_LOWER_WORDS lower-case words that a headline would capitalise."""
    return _sentence_point(rest, _glue_points(rest[:MAX_GLUED_TITLES_CHARS]))


def _sentence_point(rest: str, points: list[int]) -> int | None:
    """Of the glue ``points`` of ``rest``, the first a sentence follows (see
    :func:`_glued_sentence_start`)."""
    if not points:
        return None
    for point, after in zip(points, [*points[1:], len(rest)], strict=True):
        words = (w.strip(_WORD_MARKS) for w in rest[point:after].split()[:SENTENCE_WORDS])
        if sum(w.islower() and w not in TITLE_FUNCTION_WORDS for w in words) >= SENTENCE_LOWER_WORDS:
            return point
    return None


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


# kapanlagi's sign-off (a call to follow the site, its slogan "Kalau bukan sekarang,
# KapanLagi?") and the related headlines glued after it: 38 paragraphs of the shared
# corpus had kept it.
_SIGNOFF_TAIL = re.compile(
    r"(?:(?<=[.!?\u201d\"])\s*)(?:(?:Ikuti|Temukan|Dapatkan)\b[^.!?]{0,160}\bkapanlagi\.com\b"
    r"|Kalau\s+bukan\s+sekarang,\s*KapanLagi\?"
    # (a call to read more closing the paragraph: "Baca juga berita lainnya tentang X di
    # Liputan6.com.", "Baca berita lainnya:10 Aktris ...", "Baca artikel menarik lainnya:")
    r"|Baca\s+(?:juga\s+)?(?:berita|artikel)\s+(?:menarik\s+)?(?:lainnya|lain)\b(?:\s*:|[^.!?]{0,120}\bdi\s+\S+\.com\b)).*$",
    IC | re.DOTALL,
)


def promo_tail(line: str) -> int | None:
    """Offset where a closing promo sentence starts in a paragraph, if any: a call to
    follow the outlet, or to watch a programme on its network's channel ("Apakah Damar
    ... ? Saksikan Layar Drama Indonesia ... di RCTI ..."), or kapanlagi's sign-off."""
    m = _PROMO_TAIL.search(line) or _TV_PROMO_TAIL.search(line) or _SIGNOFF_TAIL.search(line)
    return m.start() if m and m.start() > 0 else None


# A removed line cut off before its last words ("Artikel ini telah naik di", "Baca
# selengkapnya di": the scraper put the link's words on the next line), and those words:
# at most MAX_DANGLING_WORDS words, no sentence after them ("detikBali.", "CNN
# Indonesia.", "sini"; in 15 articles of the shared corpus).
_LINK_PREPOSITIONS = r"(?:di|ke|dari)"
_DANGLING = re.compile(rf"\b{_LINK_PREPOSITIONS}\s*$", re.IGNORECASE)
MAX_DANGLING_WORDS = 3


# ... or before the place its "selengkapnya" points to, the preposition on the next line
# with the link ("Baca berita selengkapnya" / "di sini.": 20 articles of the corpus).
_DANGLING_FULL = re.compile(r"\bselengkapnya\s*$", re.IGNORECASE)
_PLACE_OF_LINK = re.compile(rf"{_LINK_PREPOSITIONS}\s", re.IGNORECASE)


# What may follow a dangling line's completion, the rest of the same link sentence: its
# full stop on a line of its own, "dan" and another link ("di sini" / "dan" / "di sini.").
_LINK_CONTINUATION = re.compile(rf"[.;!]|dan|(?:dan\s+)?{_LINK_PREPOSITIONS}\s+\S+\.?", re.IGNORECASE)


def continues_link(line: str) -> bool:
    """Whether ``line`` goes on with the link sentence of a dangling removed line."""
    return _LINK_CONTINUATION.fullmatch(line.strip()) is not None


def dangles(line: str) -> bool:
    """Whether a removed line ends before the words its preposition needs."""
    return bool(_DANGLING.search(line) or _DANGLING_FULL.search(line))


def completes_dangling(line: str, removed: str = "") -> bool:
    """Whether ``line`` can be the words a dangling removed line (``removed``) needs: a
    link's few words ("detikBali.", "CNN Indonesia.", "sini"; "di sini." after a
    "selengkapnya")."""
    words = line.split()
    if _DANGLING_FULL.search(removed) and not _DANGLING.search(removed):
        if not _PLACE_OF_LINK.match(line):
            return False
        words = words[1:]
    return 0 < len(words) <= MAX_DANGLING_WORDS and len(line) <= 40 and not any(ch in line for ch in ",;:\"")


def video_title(line: str) -> bool:
    """Whether a stripped line is a related video's headline ("Video Menko AHY Dorong
    ..."): the clean stage removes it from an article's last lines only."""
    return bool(_VIDEO_TITLE.match(line))


def credit_tail(line: str) -> int | None:
    """Offset where a closing credit "(Bangkapos.com/Rifqi Nugroho)" starts in a
    paragraph, if any."""
    m = _CREDIT_TAIL.search(line)
    return m.start() if m and m.start() > 0 else None


def editor_tail(line: str) -> int | None:
    """Offset where trailing editor initials "(dry/din)" start in a line, if any."""
    m = _EDITOR_TAIL.search(line)
    return m.start() if m and m.start() > 0 else None
