"""Sentence boundaries and quotation spans for clean Indonesian news text.

:func:`split_sentences` returns character spans; every non-space character of the
text lies in exactly one span. It is a single left-to-right scan with precompiled
regexes (no model), linear in the length of the text, so it can set spaCy's
sentence boundaries later:

* a newline always ends a sentence (clean text has one paragraph per line);
* ``.``, ``!``, ``?``, ``...`` and ``…`` end a sentence when followed by space and a
  character that is not a lowercase letter; closing quotes and brackets right after
  the mark stay with the sentence;
* no end after abbreviations and titles (``Jl.``, ``No.``, ``Dr.``, ``Kombes.``,
  ``H.``, ``a.n.``), initials (``Maruba B. Sinaga``, ``B.J. Habibie``), enumerators
  (``1.`` at the start of a line), nor before a speech cue after a closing quote
  (``"Siap!" Kata Budi.``); suffix abbreviations (``dll.``, ``Tbk.``, ``S.H.``) end
  a sentence only before a capital;
* decimals, times, coordinates and thousands (``4,8``, ``15.24``, ``8.27LS``,
  ``1.868.154.000``) never end one: the mark is not followed by space;
* a sentence never runs past :data:`MAX_SENTENCE_CHARS`: a longer stretch (text
  without punctuation) is cut at the last space before the cap.

Inside one pair of quotes the inner sentence ends are kept (``keep_quotes=False``,
the default); the ``," kata X.`` after the closing quote stays with the last of them.
``keep_quotes=True`` keeps a whole quotation and its cue as one sentence.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon written as a block of text."""
    return text.split()

# Longest sentence kept whole. News sentences in the June 2025 corpus are < 700
# characters (99.9th percentile ~ 600); 2,000 leaves room for long lists and still
# bounds the work of later stages on text without punctuation.
MAX_SENTENCE_CHARS = 2000
# A cut for the cap is searched in the last part of the window only, so chunks stay
# at least this long (a long unbroken token is cut hard at the cap instead).
MIN_CHUNK_CHARS = 200
# How far back (characters) the word before a full stop is looked at: the longest
# abbreviation handled ("Kapuspenkum.", "Bripka.") is far shorter.
_TOKEN_LOOKBACK = 40

# Sentence-final marks: an ellipsis (three dots, spaced dots, "…"), or a run of ! ? .
_TERMINAL = re.compile(r"\.(?: ?\.){2,}|…+|[!?]+[.!?]*|\.[!?]*")
_CLOSERS = frozenset("\"”’'»)]}")
_OPENERS = frozenset("\"“‘'«([{")
# (with the zero-width ones scraped pages keep: "triliun.\u200bDi tahun 2024" is two
# sentences; 140 such in the corpus)
_SPACE = frozenset(" \t\u00a0\u2009\u200a\u202f\u3000\r\f\v\u200b\u200c\u200d\u2060\ufeff")
_NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")

# Words before a full stop after which the sentence goes on: titles, ranks, address
# parts, and other abbreviations that precede what they qualify (lowercase; "kl." is
# kurang lebih, "about": "mencapai kl. 1000 meter"; "Pte." and "Sdn." are always
# followed by "Ltd." and "Bhd.": "TikTok Nusantara (SG) Pte. Ltd., di kantor KPPU").
PREFIX_ABBREVIATIONS = frozenset(
    _words(
        """
        jl jln gg kp no nomor rt rw kav blok kel kec kab kota prov ds dsn dr drs dra dr
        ir prof h hj kh k.h st sdr sdri bpk bp ibu ny nn tn yth mr mrs ms moh muh mochd
        mohd abd ust ustadz pdt ps drg kombes kompol akbp akp iptu ipda aiptu aipda
        bripka brigpol briptu bripda brigjen irjen komjen jend jen kol letkol mayjen
        mayor kapt lettu letda serka sertu laksma laksda laksdya marsma marsda marsdya
        let brig sgt lt gen col capt pt cv ud rp usd tel telp tlp fax hp wa vol hlm tgl
        pk a.n u.p s.d a.l d.a vs kl pte sdn
        """
    )
)
# Abbreviations written after what they qualify: they may end a sentence, and do
# when a capital follows (lowercase).
SUFFIX_ABBREVIATIONS = frozenset(
    _words(
        """
        dll dsb dst dkk cs etc tbk inc ltd co corp bhd plc llc jr sr s.h s.e s.t s.pd s.kom s.sos
        s.ag s.ip s.psi s.ked s.hut s.i.kom m.h m.si m.m m.kes m.pd m.a m.sc m.t m.kn
        ph.d b.a b.sc mba
        """
    )
)
# Words before a single capital letter that make it a label, not an initial
# ("Grup A. Indonesia ...").
_LETTER_LABELS = frozenset(
    _words(
        """
        grup group kelompok kelas tipe type golongan blok vitamin huruf opsi poin zona
        seri babak kategori gedung tower menara lantai pintu gerbang ruang sektor plan
        pasal serie liga generasi gen sim jawaban opsi pilihan model varian level fase
        tahap gelombang paket
        """
    )
)
# Lowercase words that may stand before an initial ("kata A. Rahman").
_BEFORE_INITIAL = frozenset(
    _words(
        """
        kata ujar tutur jelas ucap oleh dan dengan bersama dari untuk kepada atau serta
        bin binti van de dr drs ir prof h hj
        """
    )
)
# Words that tie a sentence to the one before it (conjunctive adverbs, discourse
# words; lowercase): common words that name no one, which open a sentence and never a
# name. The model reads them into the name after them ("Berarti Haniv diperiksa",
# :mod:`kabar.analyze.entities`); "Lalu", also a Sasak title ("Lalu Muhamad Iqbal"), is
# one only where the text never writes it before the same word inside a sentence.
SENTENCE_CONNECTIVES = frozenset(
    _words(
        """
        berarti artinya namun tetapi tapi bahkan padahal kemudian lalu lantas makanya maka
        jadi pokoknya sehingga apalagi akhirnya ternyata tentu tentunya rupanya nyatanya
        sebenarnya sesungguhnya sebetulnya memang justru malah pun soalnya intinya
        singkatnya alhasil akibatnya sayangnya untungnya selanjutnya berikutnya sebelumnya
        setelahnya sesudahnya kini sekarang kemarin tadi mungkin barangkali misalnya
        contohnya adapun sedangkan sementara selain meski meskipun walau walaupun kalau
        jika bila apabila karena sebab dan atau serta juga hanya cuma bukan tak tidak
        sudah telah masih belum yakni yaitu semula sebagaimana seperti awalnya mulanya biasanya
        """
    )
)
# Words that open a sentence and never stand after an initial in a name: the
# connectives but "lalu" (a Sasak title after "H.": "H. Lalu Gita"), pronouns and the
# prepositions and conjunctions sentences open with (lowercase): "ke Serie B. Lantas,
# klub mana ..." ends after "B.", as "P dan K. Mereka ..." after "K.".
_NEVER_AFTER_INITIAL = (SENTENCE_CONNECTIVES - {"lalu"}) | frozenset(
    _words(
        """
        ia dia mereka kami kita saya aku kamu anda beliau di dengan dalam pada untuk
        menurut saat ketika setelah sebelum selama sejak usai seusai hingga sampai
        """
    )
)
# The last letter of a list of labels ("Grup C dan D", "tipe E, G, dan V") before its
# full stop; and a figure (a year before its era, "1446 H.").
_LETTER_LIST_END = re.compile(r"(?<![\w.])[A-Z],?\s+(?:dan|atau|serta|hingga|sampai)\s+[A-Z]$")
_NUMBER = re.compile(r"\d[\d.,]*")
# Speech cues that continue a sentence after a closing quote even when capitalised
# ('"Siap!" Kata Budi.'); lowercase.
_CUE_AFTER_QUOTE = re.compile(
    r"(?:kata|ujar|ucap|tutur|jelas|papar|sebut|tulis|lanjut|tambah|imbuh|terang|ungkap"
    r"|tegas|pungkas|beber|tanya|seru|jawab|timpal|sambung|kilah|cetus|katanya|akunya)"
    r"(?:nya)?\b",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}$")
_ENUMERATOR = re.compile(r"^(?:\(?\d{1,3}\)?|[A-Za-z]|[IVXivx]{1,5})$")
_GLUED_BEFORE = re.compile(r"[a-z]{3}$")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``closed`` is False for a quote
    left open at the end of its line (a quote going on in the next paragraph)."""

    start: int
    end: int
    mark: str  # the opening mark
    closed: bool

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the lines of ``text[start:end]`` (without their newline)."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _NEWLINE.finditer(text, start, stop):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, stop))
    return out


def split_sentences(text: str, *, keep_quotes: bool = False) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, in order, without outer space."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in lines(text):
        if line_start == line_end:
            continue
        quotes = find_quotes(text, line_start, line_end) if keep_quotes else []
        start = line_start
        for end in _line_boundaries(text, line_start, line_end, quotes):
            _emit(text, start, end, spans)
            start = end
        _emit(text, start, line_end, spans)
    return spans


def sentence_index(spans: Sequence[tuple[int, int]], offset: int) -> int | None:
    """Index of the span holding character ``offset`` (None between sentences)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return i
    return None


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``text[start:end]`` stripped, cut into pieces no longer than the cap."""
    while start < end and (text[start].isspace()):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        window_end = start + MAX_SENTENCE_CHARS
        cut = -1
        for i in range(window_end, start + MIN_CHUNK_CHARS, -1):
            if text[i].isspace():
                cut = i
                break
        if cut < 0:
            cut = window_end
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def _line_boundaries(
    text: str, line_start: int, line_end: int, quotes: list[Quote]
) -> list[int]:
    """Offsets inside one line where a sentence ends (exclusive ends)."""
    out: list[int] = []
    sentence_start = line_start
    qi = 0
    for m in _TERMINAL.finditer(text, line_start, line_end):
        mark = m.group()
        p = m.end()
        closed_quote = False
        while p < line_end and text[p] in _CLOSERS:
            if text[p] in "\"”’'":
                closed_quote = True
            p += 1
        if p < line_end and text[p] not in _SPACE:
            if _glued_end(text, m.start(), p, line_end, mark):
                out.append(p)
                sentence_start = p
            continue
        q = p
        while q < line_end and text[q] in _SPACE:
            q += 1
        if q >= line_end:
            continue  # end of the line ends the sentence anyway
        if not _ends_here(text, m.start(), mark, q, line_end, sentence_start, closed_quote):
            continue
        if quotes:
            while qi < len(quotes) and quotes[qi].end <= m.start():
                qi += 1
            if qi < len(quotes):
                quote = quotes[qi]
                close = quote.end - 1 if quote.closed else quote.end
                if quote.start < m.start() and p <= close:
                    continue
        out.append(p)
        sentence_start = p
    return out


def _glued_end(text: str, mark_start: int, p: int, line_end: int, mark: str) -> bool:
    """'lokasi.Tim' (a space lost by the scraper): a word of lowercase letters or a
    closing bracket, a mark, then a capitalised word."""
    if mark not in (".", "!", "?") or p + 1 >= line_end:
        return False
    if not (text[p].isupper() and text[p + 1].islower()):
        return False
    token = _token_before(text, mark_start)
    if text[mark_start - 1 : mark_start] == ")":
        # a bracket closing a date or a gloss: "Kamis (12/6/2025).Menurut Dedi",
        # "(Rusia).Konsep" (in the corpus ~150 such, all sentence ends)
        return not any(c in token for c in ".@:")
    if not _GLUED_BEFORE.search(text, max(0, mark_start - 3), mark_start):
        return False
    if any(c in token for c in "./@:") or token.lower() in PREFIX_ABBREVIATIONS:
        return False
    return token.lower() not in SUFFIX_ABBREVIATIONS


def _token_before(text: str, pos: int) -> str:
    """The word ending at ``pos`` (letters, digits, dots and the like)."""
    i = pos
    limit = max(0, pos - _TOKEN_LOOKBACK)
    while i > limit and not text[i - 1].isspace() and text[i - 1] not in _OPENERS:
        i -= 1
    return text[i:pos]


def _word_before(text: str, pos: int) -> str:
    """The word before the word ending at ``pos``."""
    i = pos
    limit = max(0, pos - _TOKEN_LOOKBACK)
    while i > limit and not text[i - 1].isspace():
        i -= 1
    j = i
    while j > limit and text[j - 1].isspace():
        j -= 1
    return _token_before(text, j).strip(",;:()\"'“”")


def _next_token(text: str, q: int, line_end: int) -> str:
    i = q
    limit = min(line_end, q + _TOKEN_LOOKBACK)
    while i < limit and not text[i].isspace():
        i += 1
    return text[q:i]


def _ends_here(
    text: str,
    mark_start: int,
    mark: str,
    q: int,
    line_end: int,
    sentence_start: int,
    closed_quote: bool,
) -> bool:
    """Whether the mark at ``mark_start``, followed by space and ``text[q]``, ends a
    sentence."""
    nxt = text[q]
    if nxt.islower():
        return False
    if closed_quote and _CUE_AFTER_QUOTE.match(text, q, min(line_end, q + 20)):
        return False
    if "…" in mark or mark.count(".") >= 2:
        return nxt.isupper() or nxt in _OPENERS
    if mark != ".":
        return True
    token = _token_before(text, mark_start)
    if not token:
        return True
    if _ENUMERATOR.match(token) and not text[sentence_start:mark_start - len(token)].strip():
        return False  # "1." / "a." / "(2)." opening a line
    lower = token.lower()
    if len(token) == 1 and token.isalpha() and token.isupper():
        before = _word_before(text, mark_start - 1)
        if _NUMBER.fullmatch(before):
            return True  # a year's era or a label after a figure: "1446 H.", "indeks 211 A."
        if lower in PREFIX_ABBREVIATIONS:
            return False  # "H. Lalu Gita"
        if _next_token(text, q, line_end).strip(",;:!?\"'”“’").lower() in _NEVER_AFTER_INITIAL:
            return True
        if before.lower() in _LETTER_LABELS or _label_word(text, before):
            return True
        if _LETTER_LIST_END.search(text, max(0, mark_start - _TOKEN_LOOKBACK), mark_start):
            return True  # the last of a list of labels: "tipe G dan Z."
        # an initial follows a name part, a title or a cue ("Maruba B. Sinaga",
        # "kata A. Rahman"); "lewat platform X. Ia ..." ends a sentence
        return bool(before) and before[0].islower() and before.lower() not in _BEFORE_INITIAL
    if lower in PREFIX_ABBREVIATIONS:
        return False
    if _DOTTED.match(token):
        nxt_token = _next_token(text, q, line_end).rstrip(",.;:").lower()
        if lower in SUFFIX_ABBREVIATIONS:
            return nxt_token not in SUFFIX_ABBREVIATIONS
        if all(len(part) == 1 and part.isupper() for part in token.split(".")):
            return False  # "B.J. Habibie": initials
        return nxt_token not in SUFFIX_ABBREVIATIONS
    return True


def _label_word(text: str, word: str) -> bool:
    """Whether ``text`` writes capitalised ``word`` before a single capital letter with no
    full stop and no name after it ("klub Serie A meminati", "SIM A dan"): a word that
    labels letters, so its letter before a full stop is no initial."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    pattern = rf"(?<![\w.-]){re.escape(word)} [A-Z](?![\w.'’-])(?!\s+[A-Z])"
    return re.search(pattern, text) is not None


# --- quotations ---------------------------------------------------------------


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Double- and single-quoted spans in ``text[start:end]``, line by line.

    Straight quotes are told apart by their context (an opening quote follows space or
    a bracket and precedes a non-space); curly ones by their shape, tolerating ” used
    for both. A quote still open at the end of its line is returned with
    ``closed=False``. Single quotes nested in a double quote are not returned, nor
    apostrophes (``Ma'ruf``, ``Jum'at``).
    """
    out: list[Quote] = []
    for line_start, line_end in lines(text, start, end):
        out.extend(_line_quotes(text, line_start, line_end))
    return out


def _line_quotes(text: str, line_start: int, line_end: int) -> list[Quote]:
    out: list[Quote] = []
    open_at = -1
    open_mark = ""
    single_at = -1
    i = line_start
    while i < line_end:
        c = text[i]
        if c in "\"“”«»":
            before = text[i - 1] if i > line_start else " "
            after = text[i + 1] if i + 1 < line_end else " "
            opening_ctx = (before.isspace() or before in "([{-—–:") and not after.isspace()
            closing_ctx = not before.isspace() and (
                after.isspace() or after in ",.;:!?)]}-—–\"”'’" or i + 1 == line_end
            )
            if open_at < 0:
                if c in "“«" or (c in "\"”" and (opening_ctx or not closing_ctx)):
                    open_at, open_mark = i, c
                    single_at = -1
            elif c in "”\"»" or (c == "“" and closing_ctx and not opening_ctx):
                out.append(Quote(open_at, i + 1, open_mark, True))
                open_at = -1
            elif c == "“":
                # a second opening mark: the first was never closed on this line
                open_at, open_mark = i, c
        elif c in "‘’'" and open_at < 0:
            before = text[i - 1] if i > line_start else " "
            after = text[i + 1] if i + 1 < line_end else " "
            if single_at < 0:
                if (c == "‘" or c == "'") and (before.isspace() or before in "([{") and (
                    after.isalnum()
                ):
                    single_at = i
            elif (c == "’" or c == "'") and not before.isspace() and (
                after.isspace() or after in ",.;:!?)]}" or i + 1 == line_end
            ):
                out.append(Quote(single_at, i + 1, text[single_at], True))
                single_at = -1
        i += 1
    if open_at >= 0:
        end = line_end
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        out.append(Quote(open_at, end, open_mark, False))
    out.sort(key=lambda q: q.start)
    return out
