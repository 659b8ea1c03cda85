"""The ``clean`` stage: boilerplate out (kept with reasons), broken lines mended.

Steps, in order:

1. the dateline at the top ("JAKARTA, KOMPAS.com -") goes to ``Article.dateline``;
2. each raw line is tested against the line rules (read-also links and the headlines
   after a bare "Baca juga", ads, promos, bylines, captions, embeds, ...) and against
   the lines learned to repeat across many articles of the same outlet; a line written
   twice in a row loses its double, and another article's headline written twice at
   the end goes whole;
3. lines broken where the scraper stripped a link ("mendesak agar anggota polisi" /
   "Polsek Wewewa Selatan" / ", Sumba Barat Daya") are joined back into paragraphs;
4. inline read-also headlines and trailing editor initials are cut from paragraphs;
5. mojibake (UTF-8 read as Latin-1 upstream: "2,5Â±1%", "MbappÃ©") is decoded back
   (ftfy, the encoding fix only);
6. words glued where a link was stripped ("diGarut") are split (``kabar.clean.glue``,
   on by default), before paragraphs learned as an outlet's boilerplate are dropped.

The clean text is the only text repaired: removed lines keep the words as written
and their spans in the raw text; the repairs are listed in ``extra["glue_repairs"]``
and the number of paragraphs whose encoding was repaired in ``extra["encoding_repairs"]``.

Everything removed is kept as a :class:`~kabar.records.RemovedLine` with its reason
and its span in the raw text.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kabar.clean import rules
from kabar.clean.glue import GlueRepair, repair_glued
from kabar.ingest.dateline import find_dateline
from kabar.records import Article, RemovedLine

logger = logging.getLogger(__name__)

# A paragraph longer than this is never learned as boilerplate: repeated boilerplate
# in the corpus is short (promos, credits: < 150 chars), while long repeated
# paragraphs are syndicated article text.
MAX_LEARN_CHARS = 160
# Paragraphs with a figure or a quotation are never learned: in the corpus the short
# paragraphs that repeat with digits or quotes are facts of syndicated stories ("...
# pidana penjara selama 11 tahun," ujar hakim), not boilerplate.
_NEVER_LEARN = re.compile(r"[0-9\"“”]")


@dataclass(slots=True)
class CleanOptions:
    """Options of the clean stage.

    ``boilerplate`` maps an outlet to the fingerprints (:func:`fingerprint`) of the
    paragraphs learned to repeat across its articles.
    """

    boilerplate: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # On since kabar.clean.glue landed: P 0.955 / R 0.737 on the held-out labelled
    # sample (scripts/eval_glue.py); a wrong split is rarer than a fixed one.
    repair_glued: bool = True


def fingerprint(paragraph: str) -> str:
    """A short hash of a paragraph folded for comparison (case, digits, spaces)."""
    folded = re.sub(r"\d+", "0", " ".join(paragraph.lower().split()))
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def learnable(paragraph: str) -> bool:
    """Whether a paragraph is short enough to be counted as possible boilerplate."""
    return 0 < len(paragraph) <= MAX_LEARN_CHARS and not _NEVER_LEARN.search(paragraph)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def raw_span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(slots=True)
class _Paragraph:
    pieces: list[tuple[int, int, str]] = field(default_factory=list)  # (para offset, raw start, text)
    text: str = ""

    def add(self, line: _Line, glue: str) -> None:
        if self.text:
            self.text += glue
        self.pieces.append((len(self.text), line.start, line.text))
        self.text += line.text

    def raw_offset(self, offset: int) -> int:
        """Map an offset in the paragraph text to an offset in the raw text."""
        best = self.pieces[0]
        for piece in self.pieces:
            if piece[0] <= offset:
                best = piece
        para_start, raw_start, text = best
        return raw_start + min(offset - para_start, len(text))

    @property
    def raw_start(self) -> int:
        return self.pieces[0][1] if self.pieces else -1

    @property
    def raw_end(self) -> int:
        if not self.pieces:
            return -1
        _, raw_start, text = self.pieces[-1]
        return raw_start + len(text)


def _split_lines(text: str, begin: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = begin
    for raw in text[begin:].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        else:
            lines.append(_Line(pos, pos, ""))
        pos += len(raw) + 1
    return lines


# (also a short form in brackets: "... Car Free Night" / "(CFN) atau ...", kompas)
# (not a list's dash before a capital: "- Pukul 09.30 WIB: Sesi 2", a schedule's
# items, had been run together into one line)
_JOIN_NEXT_START = re.compile(
    r"^(?:[a-z,.;:)%?!\u201d\u2019]|[\-\u2013](?![ \t]+[A-Z0-9])|\([A-Z][A-Za-z]{1,7}\)\s)"
)
_NO_SPACE_BEFORE = re.compile(r"^[,.;:)%?!\u201d\u2019]")


def _joins(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` continues the sentence that ``prev`` left open."""
    if rules.ends_sentence(prev) or prev.endswith(":"):
        return False
    if _JOIN_NEXT_START.match(nxt):
        return True
    last = prev.split()[-1] if prev.split() else ""
    if prev.endswith((",", "(", "-", "\u2013", "/", "&")):
        return True
    # a sentence cut after a lower-case word ("mendesak agar anggota polisi") goes on,
    # unless the line is a short heading-like fragment of its own
    if not last[:1].islower():
        # ... and one cut after the capitalised first words that follow a finished
        # sentence in the same line ("... di Jakarta. Gubernur" / "Jakarta" / "Pramono
        # Anung mengatakan ...", detik, where a linked name was stripped): no heading
        # holds a sentence before it
        tail = _LAST_SENTENCE.split(prev)[-1]
        return (
            tail != prev and len(tail.split()) <= FRAGMENT_MAX_WORDS and _FRAGMENT.fullmatch(tail) is not None
            and nxt[:1].isupper() and not _LIST_ITEM.match(prev)
        )
    return len(prev.split()) >= 3 or last.lower() in _OPEN_ENDINGS


def _link_inside(prev: str, nxt: str, after: str) -> bool:
    """Whether ``nxt`` is a stripped link's words inside the sentence ``prev`` left open.

    A link's anchor alone on its line ("Mobil anggota DPRD" / "Cilegon" / "diduga
    menabrak ...", detik) is known by the line after it, which goes on in lower case:
    the short capitalised line is inside a sentence, so the open line before it is
    that sentence's beginning, not a heading.
    """
    if rules.ends_sentence(prev) or prev.endswith(":") or _LIST_ITEM.match(prev) or prev[-1:].isdigit():
        return False  # (nor a list's "Harga emas 1 gram: Rp ..." line, ending with its figure)
    words = prev.split()
    if len(words) >= HEADING_MIN_WORDS and "(" not in prev and all(w[:1].isupper() for w in words):
        return False  # a title-cased subheading ("Indonesia Dalam Laju Positif")
    return (
        len(nxt.split()) <= FRAGMENT_MAX_WORDS and _FRAGMENT.fullmatch(nxt) is not None
        and after[:1].islower() and _JOIN_NEXT_START.match(after) is not None
    )


# A sentence's end inside a line, and the most words of a sentence's opening left
# unfinished at a line's end by a stripped link (see _joins).
# (a sentence's end after a word, not a list's "1." or "C." nor "QS.")
# (nor a quotation's, which a pull quote's author may follow on its own line)
_LAST_SENTENCE = re.compile(r"(?<=[a-z]{3}[.!?])\s+")
_LIST_ITEM = re.compile(r"(?:\d{1,2}|[A-Za-z])[.)]\s")  # (a list item's heading: "1. Fitur ...? Ini Jawaban")
_FRAGMENT = re.compile(r"[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)*")
FRAGMENT_MAX_WORDS = 4
# A title-cased line of at least this many words, with no bracketed short form, is a
# subheading, not a sentence's opening cut by a link ("Gubernur Jawa Barat" / "Dedi
# Mulyadi" / "mengatakan": three words; a title such as "Menteri Dalam Negeri
# (Mendagri)" holds its short form). Of the 68 articles the link rule changed on the
# shared corpus, the one subheading joined had four words.
HEADING_MIN_WORDS = 4
# Words after which a sentence cannot end ("Dikutip dari" / "CNN, ...").
_OPEN_ENDINGS = frozenset(
    ["dari", "di", "ke", "oleh", "dengan", "untuk", "kepada", "yakni", "yaitu", "dan", "atau", "serta", "bahwa", "pada", "oleh", "sebagai", "seperti", "the", "of"]
)


# A Latin-1 reading of UTF-8's lead bytes followed by a continuation: the sign of
# mojibake, checked before ftfy is asked (most texts have none).
# (Any lead byte of a two-byte sequence, "Ä°ndonesia" for "İndonesia", besides
# the three-byte ones' "â"; ftfy judges, the hint only spares it most texts.)
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00df\u00e2][\u0080-\u00bf\u00a0-\u00ff\u2018-\u201e\u20ac\u2122]")


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    import ftfy

    # only the encoding: quotes, widths, ligatures, line breaks and HTML stay as written
    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False,
    )


# Dashes the analysis does not read as one ("13─ 29 Juni": a box-drawing line for a
# range, liputan6; the figure dash, the horizontal bar): an en dash, one character for
# one, so offsets stay.
_DASHES = str.maketrans({"\u2500": "\u2013", "\u2012": "\u2013", "\u2015": "\u2013"})


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8 mis-read as Latin-1 or Windows-1252 decoded back ("2,5Â±1%"
    -> "2,5±1%"; ftfy), else unchanged."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    fixed: str = ftfy.fix_text(text, _ftfy_config())
    return fixed


# The article written again after itself, whole or its lead (a scraper's or a page's
# double: okezone's body twice, republika's in up to five differently broken copies,
# detik's lead again after a related headline): a later line (its dateline aside) that
# opens as the first line kept does, over at least this many characters, starts a
# copy. The copy with most words is kept, the others removed ("repeated_copy").
COPY_OPENING_CHARS = 80
# ... and a copy's words are nearly all in the one kept (a share of its words): on the
# corpus's 68 articles opening twice, the copies share 0.84-1.0 of their words (line
# breaks and glue differ); a body after a teaser line (tribunnews writes a sentence of
# the body first) shares 0.3-0.8.
COPY_SHARE = 0.9
_WORD = re.compile(r"\w+")


def _share_in(words: list[str], kept: set[str]) -> float:
    return sum(w in kept for w in words) / len(words) if words else 1.0


def _drop_copies(keep: list[_Line | None], removed: list[RemovedLine]) -> None:
    lines = [k for k, line in enumerate(keep) if line is not None]
    if len(lines) < 2:
        return
    first = keep[lines[0]]
    assert first is not None
    if len(first.text) < COPY_OPENING_CHARS:
        return
    def body(line: _Line) -> str:  # (a copy's dateline aside)
        dateline = find_dateline(line.text)
        return line.text[dateline.end:].lstrip() if dateline is not None else line.text

    opening = first.text[:COPY_OPENING_CHARS]
    starts = [lines[0]]
    for k in lines[1:]:
        line = keep[k]
        assert line is not None
        if opening not in line.text:
            continue  # (no copy opens here: spares reading a dateline on every line)
        text = body(line)
        n = min(len(text), len(first.text))
        if n >= COPY_OPENING_CHARS and text[:n] == first.text[:n]:
            starts.append(k)
    if len(starts) < 2:
        return
    bounds = [*starts, len(keep)]
    copies = list(pairwise(bounds))

    words = {
        (a, b): [w for line in keep[a:b] if line is not None for w in _WORD.findall(body(line).lower())]
        for a, b in copies
    }
    best = max(copies, key=lambda c: len(words[c]))  # (the first of equals)
    kept_words = set(words[best])
    if any(_share_in(words[c], kept_words) < COPY_SHARE for c in copies if c != best):
        # not the article again: its first line, a sentence of the body put first as
        # a teaser (tribunnews), is written again where it belongs; only the teaser goes
        if first.text == (keep[starts[1]] or first).text:
            removed.append(RemovedLine(first.text, "repeated_copy", first.start, first.end))
            keep[lines[0]] = None
        return
    for a, b in copies:
        if (a, b) == best:
            continue
        for k in range(a, b):
            line = keep[k]
            if line is not None:
                removed.append(RemovedLine(line.text, "repeated_copy", line.start, line.end))
                keep[k] = None


# A paragraph written with every paragraph after it glued on, then again without them
# (republika: "P2 P3 P4 P5", "P2", "P3 P4 P5", "P3", ...): a line that the next line
# opens, at least this long, and whose rest is written again after it, is such a
# cascade's copy ("repeated_copy"); it had told a drone's price and a tweet four times.
CASCADE_MIN_CHARS = 40
_SPACES = re.compile(r"\s+")


def _without_inline(text: str) -> str:
    """``text`` without the related headlines and embeds cut from inside paragraphs
    (compared as the paragraph will read)."""
    cuts = sorted(rules.inline_read_also(text) + rules.inline_embeds(text), reverse=True)
    for start, end in cuts:
        text = text[:start] + " " + text[end:]
    return text


def _drop_cascades(keep: list[_Line | None], removed: list[RemovedLine]) -> None:
    lines = [k for k, line in enumerate(keep) if line is not None]
    flat = [_SPACES.sub("", _without_inline(keep[k].text)) for k in lines]  # type: ignore[union-attr]
    for i in range(len(lines) - 1):
        line, following = flat[i], flat[i + 1]
        if len(following) < CASCADE_MIN_CHARS or len(line) <= len(following) or not line.startswith(following):
            continue
        # (the closing promo the cleaning cuts off each copy, "... 5,4 juta dolar
        # AS.Ikuti Whatsapp Channel ...", is no words of the article's own: the
        # cascade's last copy is the last paragraph and that promo)
        text = keep[lines[i]].text  # type: ignore[union-attr]
        tail = rules.promo_tail(text)
        cut = _SPACES.sub("", _without_inline(text[:tail])) if tail is not None else line
        if not cut.startswith(following):
            continue
        rest = cut[len(following):]
        if (tail is not None and not rest) or (len(rest) >= CASCADE_MIN_CHARS and rest in "".join(flat[i + 2 :])):
            dropped = keep[lines[i]]
            assert dropped is not None
            removed.append(RemovedLine(text, "repeated_copy", dropped.start, dropped.end))
            keep[lines[i]] = None


def clean_article(article: Article, options: CleanOptions | None = None) -> Article:
    """A copy of ``article`` with ``clean_text``, ``removed``, ``dateline``, ``byline``."""
    options = options or CleanOptions()
    text = article.text
    removed: list[RemovedLine] = []
    begin = 0
    dateline = find_dateline(text)
    dateline_text = article.dateline
    if dateline is not None:
        begin = dateline.end
        dateline_text = dateline.text
        lead = len(text) - len(text.lstrip())
        removed.append(RemovedLine(dateline.text, "dateline", lead, lead + len(dateline.text)))
    learned = options.boilerplate.get(article.outlet or "", frozenset())
    lines = _split_lines(text, begin)

    keep: list[_Line | None] = []  # None marks a paragraph break
    bylines: list[str] = []
    read_also_budget = 0
    saw_editor_initials = False
    dangling: str | None = None  # the reason of a removed line that ends "... di"
    dangling_line = ""
    linked = False  # the line before completed a dangling one
    previous: _Line | None = None  # the last line kept
    for n, line in enumerate(lines):
        if not line.text:
            keep.append(None)
            continue
        reason = rules.match_line(line.text)
        if (
            reason is None and previous is not None and line.text == previous.text
            and rules.doubled(line.text) and not rules.video_title(line.text)
        ):
            reason = "repeated_line"  # the scraper's double of the line before
        if reason is None and dangling and (
            rules.continues_link(line.text) if linked else rules.completes_dangling(line.text, dangling_line)
        ):
            # the outlet's name on the line after a removed "... telah naik di": the end
            # of the removed line (and the rest of its sentence: "dan" / "di sini.")
            reason = dangling
            linked = True
        else:
            dangling, linked = None, False
        if reason is None and read_also_budget and rules.looks_like_title(line.text):
            reason = "read_also"
            read_also_budget -= 1
        elif reason is None:
            read_also_budget = 0
        if reason is None and keep and rules.body_headline(line.text) and (
            n + 1 == len(lines) or lines[n + 1].text != line.text
        ):
            # another article's title, or a subheading that asks (one written twice at
            # the end is a related link's, below)
            reason = "headline"
        if reason is None and saw_editor_initials and rules.looks_like_tag(line.text):
            reason = "tags"
        if reason is None and learned and learnable(line.text) and fingerprint(line.text) in learned:
            reason = "repeated_boilerplate"
        if reason is None and dateline is None and removed and not any(keep):
            # the dateline opening the first line kept, after a byline ("Laporan
            # Wartawan TribunSolo.com, ..." / "TRIBUNSOLO.COM, KLATEN - ..."): 142
            # tribunnews, prohaba and pos-kupang articles of the corpus
            dateline = find_dateline(line.text)
            if dateline is not None:
                dateline_text = dateline.text
                removed.append(RemovedLine(dateline.text, "dateline", line.start, line.start + len(dateline.text)))
                rest = line.text[dateline.end:]
                body = rest.lstrip()
                line = _Line(line.end - len(body), line.end, body)
                if not body:
                    continue
        if reason is None:
            keep.append(line)
            previous = line
            continue
        removed.append(RemovedLine(line.text, reason, line.start, line.end))
        if reason in ("republished", "read_also") and rules.dangles(line.text):
            dangling, dangling_line = reason, line.text
        if reason == "read_also" and rules.read_also_budget(line.text):
            read_also_budget = rules.read_also_budget(line.text)
        if reason == "editor_initials":
            saw_editor_initials = True
        if reason == "byline":
            bylines.append(line.text)

    _drop_copies(keep, removed)
    _drop_cascades(keep, removed)
    # the first line left may open with an outlet's dateline, once a copy or a teaser
    # before it went ("REPUBLIKA.CO.ID, SUKAMAJU--Banjir ...", "SERAMBINEWS.COM,
    # SINGKIL - ..."): that goes too (it had read as the first sentence's subject and
    # speaker; 34 such articles in the shared corpus)
    first_kept = next((k for k, line in enumerate(keep) if line is not None), None)
    if first_kept is not None and (head := keep[first_kept]) is not None and (
        (late := find_dateline(head.text)) is not None and late.brand
    ):
        removed.append(RemovedLine(late.text, "dateline", head.start, head.start + late.end))
        dateline_text = dateline_text or late.text
        body_text = head.text[late.end:].lstrip()
        keep[first_kept] = _Line(head.end - len(body_text), head.end, body_text) if body_text else None
    # another article's headline written twice closes the article (detik's related
    # links: 143 articles of the shared corpus): the double is gone (repeated_line); the
    # first copy goes too (boilerplate, initials, tags may follow them)
    last_kept = next((k for k in range(len(keep) - 1, -1, -1) if keep[k] is not None), -1)
    final = keep[last_kept] if last_kept >= 0 else None
    if final is not None and rules.headline(final.text):
        doubles = [i for i, r in enumerate(removed) if r.reason == "repeated_line" and r.start > final.start]
        if doubles and removed[doubles[0]].text == final.text:
            removed[doubles[0]] = replace(removed[doubles[0]], reason="read_also")
            removed.append(RemovedLine(final.text, "read_also", final.start, final.end))
            keep[last_kept] = None
    # related videos' headlines close the article (rules.video_title)
    trailing = 0
    for k in range(len(keep) - 1, -1, -1):
        last = keep[k]
        if last is None:
            continue
        if trailing == rules.MAX_TRAILING_VIDEO_TITLES or not rules.video_title(last.text):
            break
        removed.append(RemovedLine(last.text, "video_embed", last.start, last.end))
        keep[k] = None
        trailing += 1

    paragraphs = _join_paragraphs(keep)
    kept: list[tuple[_Paragraph, str]] = []
    for para in paragraphs:
        para_text = para.text
        cuts = [(s, e, "read_also") for s, e in rules.inline_read_also(para_text)]
        cuts += [(s, e, "social_embed") for s, e in rules.inline_embeds(para_text)]
        for tail_reason, tail in (
            ("editor_initials", rules.editor_tail(para_text)),
            ("promo", rules.promo_tail(para_text)),
            ("byline", rules.credit_tail(para_text)),
        ):
            if tail is not None and not any(s <= tail < e for s, e, _r in cuts):
                cuts.append((tail, len(para_text), tail_reason))
        for start, end, reason in sorted(cuts, reverse=True):
            piece = para_text[start:end]
            removed.append(RemovedLine(piece.strip(), reason, para.raw_offset(start), para.raw_offset(end)))
            para_text = (para_text[:start].rstrip() + " " + para_text[end:].lstrip()).strip()
        if para_text:
            kept.append((para, para_text))
    # Glue is repaired over the whole text (a run written the same way twice is left
    # alone), before the learned-boilerplate test: paragraphs are learned from repaired
    # clean texts, so a repeated promo with a glued word ("diWhatsApp") is only
    # recognised in its repaired form. Repairs never add or remove a line break, so the
    # paragraphs stay aligned.
    repaired = [text for _para, text in kept]
    # Mojibake (UTF-8 read as Latin-1 upstream: "2,5Â±1%", "MbappÃ©", "â\x80¢") is decoded
    # back first, so that figures and names read right.
    encoding_repairs = 0
    for i, para_text in enumerate(repaired):
        fixed_text = fix_mojibake(para_text).translate(_DASHES)
        if fixed_text != para_text:
            repaired[i] = fixed_text
            encoding_repairs += 1
    repairs: list[GlueRepair] = []
    if options.repair_glued and kept:
        joined, repairs = repair_glued("\n".join(repaired), article.title or "")
        repaired = joined.split("\n")
    out: list[str] = []
    dropped: list[tuple[int, int]] = []  # spans of dropped paragraphs in the joined text
    pos = 0
    for (para, para_text), fixed in zip(kept, repaired, strict=True):
        start, pos = pos, pos + len(para_text) + 1
        if learned and (
            (learnable(fixed) and fingerprint(fixed) in learned)
            or (learnable(para_text) and fingerprint(para_text) in learned)
        ):
            # the text as written, with its span in the raw text
            removed.append(RemovedLine(para_text, "repeated_boilerplate", para.raw_start, para.raw_end))
            dropped.append((start, pos))
            continue
        out.append(fixed)
    clean = "\n".join(out)
    extra = dict(article.extra)
    repairs = [r for r in repairs if not any(s <= r.start < e for s, e in dropped)]
    if repairs:
        extra["glue_repairs"] = [[r.original, r.replacement] for r in repairs]
    else:
        extra.pop("glue_repairs", None)
    if encoding_repairs:
        extra["encoding_repairs"] = encoding_repairs
    else:
        extra.pop("encoding_repairs", None)
    removed.sort(key=lambda r: (r.start, r.end))
    return replace(
        article,
        clean_text=clean,
        removed=removed,
        dateline=dateline_text,
        byline="; ".join(bylines) if bylines else article.byline,
        extra=extra,
    )


def _join_paragraphs(keep: list[_Line | None]) -> list[_Paragraph]:
    """Join kept lines into paragraphs, mending lines broken by stripped links.

    Boilerplate removed between two pieces of one sentence does not break it; a blank
    line ends a paragraph only when the sentence before it is complete.
    """
    paragraphs: list[_Paragraph] = []
    current = _Paragraph()
    pending_break = False
    lines = [line for line in keep if line is not None]
    following = {id(a): b.text for a, b in pairwise(lines)}
    for line in keep:
        if line is None:
            pending_break = True
            continue
        if current.text and (
            _joins(current.text, line.text) or _link_inside(current.text, line.text, following.get(id(line), ""))
        ):
            glue = "" if _NO_SPACE_BEFORE.match(line.text) else " "
            current.add(line, glue)
        else:
            if current.text:
                paragraphs.append(current)
            current = _Paragraph()
            current.add(line, "")
        pending_break = False
    del pending_break
    if current.text:
        paragraphs.append(current)
    return paragraphs
