"""The ``report`` stage: a brief as JSON, Markdown, or one self-contained HTML page.

The HTML needs no network at view time (inline CSS and SVG, no scripts) and escapes
every piece of article text.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Collection, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

SCHEMA_VERSION = 1
STATUS_ORDER = {"conflict": 0, "updated": 1, "agree": 2, "single": 3}
# Chart geometry (pixels) of the per-figure timelines in the HTML page.
CHART_W, CHART_H, CHART_PAD = 560, 180, 40


# From this many unattributed figures on, the Markdown and HTML list them in one flag:
# a product launch's specifications (35 of a brief's 36 flags) otherwise bury the flags
# that need a reader (a name spelled two ways). The JSON keeps one flag per figure.
GROUP_UNATTRIBUTED = 3


def shown_flags(brief: dict[str, Any]) -> list[tuple[str, str]]:
    """The brief's flags as (kind, message) to print: every flag as it is, but the
    ``unattributed`` ones in one line when there are :data:`GROUP_UNATTRIBUTED` or more,
    after the others ("12 figures: no source is named, only the outlet states them:
    harga = Rp 449.000.000 (detik, okezone); ...")."""
    flags = brief.get("flags") or []
    figures = [f for f in flags if f["kind"] == "unattributed" and f.get("figure")]
    if len(figures) < GROUP_UNATTRIBUTED:
        return [(f["kind"], f["message"]) for f in flags]
    shown = [(f["kind"], f["message"]) for f in flags if not (f["kind"] == "unattributed" and f.get("figure"))]
    items = "; ".join(f"{f['figure']} ({', '.join(f.get('outlets') or [])})" for f in figures)
    shown.append(("unattributed", f"{len(figures)} figures: no source is named, only the outlet states them: {items}"))
    return shown


# A timeline item that ends more than this many days before the story's first article
# is background (a life's dates, a company's history, last year's figures): the brief
# marks it (``background``) and Markdown and HTML list it apart from the story's own
# events. A month: in the 99 dated briefs of 150 random multi-outlet stories, 107 of
# 720 items so (a 1958 death, 2024's monthly brawl counts, a player's 2018 transfer);
# the weeks of build-up before an event stay.
BACKGROUND_DAYS = 30
# The line under the "Background" heading, in Markdown and HTML.
_BACKGROUND_NOTE = f"Dated more than {BACKGROUND_DAYS} days before the first article."


def split_timeline(brief: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The brief's timeline items of the story, and its background (items marked
    ``background``: dated more than :data:`BACKGROUND_DAYS` before the first article)."""
    timeline = brief.get("timeline") or []
    return [t for t in timeline if not t.get("background")], [t for t in timeline if t.get("background")]


def split_entities(brief: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The brief's entities to print in full, and those named once only (one mention,
    no other spelling, no role), which the Markdown and HTML list in one line when
    there are :data:`GROUP_NAMED_ONCE` or more: a match report's who's who had 50
    entries, most of them a word read as a name once ("Kelly", "Mediaset"). The JSON
    keeps every entity."""
    entities = brief.get("entities") or []
    once = [e for e in entities if len(e.get("mentions") or []) <= 1 and not e.get("aliases") and not e.get("roles")]
    if len(once) < GROUP_NAMED_ONCE:
        return list(entities), []
    ids = {id(e) for e in once}
    return [e for e in entities if id(e) not in ids], once


# From this many entities named once, they are listed in one line (split_entities).
GROUP_NAMED_ONCE = 3


# At most this many significant digits of a number that is not whole are printed, its
# whole part always in full: a figure read from an article is printed with every digit
# it was written with (the analyzer reads "USD 0,00329" into the float 0.00329, whose
# shortest form gives the digits back), and the corpus's most are 7 ("38.211,51"); a
# value computed rather than written (a third, 0.333...) would otherwise print 16 or 17.
MAX_SIGNIFICANT = 12


def _digits(value: float) -> str:
    """A number that is not whole the Indonesian way, with the digits it was written
    with (see :data:`MAX_SIGNIFICANT`): 0,00329, 30,357, 1.234,5."""
    number = Decimal(repr(value))
    if len(number.normalize().as_tuple().digits) > MAX_SIGNIFICANT:
        number = round(number, max(MAX_SIGNIFICANT - 1 - number.adjusted(), 0))
    whole, _, fraction = format(abs(number).normalize(), "f").partition(".")
    sign = "-" if number < 0 else ""
    return sign + f"{int(whole):,}".replace(",", ".") + ("," + fraction if fraction else "")


def fmt_value(value: Any, unit: str | None = None) -> str:
    """A figure the Indonesian way, as written: 10.000, 4,8, 0,00329 (never rounded),
    Rp 1,2 miliar stays as 1.200.000.000. The one formatter of figures: the tables and
    the flags (kabar.flags) print a figure alike."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or value is None:
        text = str(value)
    elif isinstance(value, int):
        text = f"{value:,}".replace(",", ".")
    elif isinstance(value, float) and math.isfinite(value):
        text = _digits(value)
    else:
        text = str(value)
    if unit == "IDR":
        return f"Rp {text}"
    if unit == "USD":
        return f"US$ {text}"
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit else text


def to_json(brief: dict[str, Any]) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=2, default=str)


def _when(item: dict[str, Any]) -> str:
    """A timeline item's date as shown, with the date its text wrote when that was
    corrected (a weekday that did not fit the written date), or the weekday it wrote
    when neither could be told the slip."""
    when = item.get("when") or (item.get("date") or "undated") + (f" {item['time']}" if item.get("time") else "")
    if item.get("dated_also"):
        # (the same sentence another article gave days later, with its own day)
        when += " (also dated " + ", ".join(alt["date"] for alt in item["dated_also"]) + ")"
    if item.get("weekday_written"):
        return f"{when} (written a {item['weekday_written']}: the date or the weekday is a slip)"
    return f"{when} (written {item['written_date']})" if item.get("written_date") else when


def _docs_label(brief: dict[str, Any], ids: list[str]) -> str:
    by_id = {d["id"]: d for d in brief.get("documents", [])}
    labels = [f"{by_id[i]['outlet'] or '?'}" if i in by_id else i for i in ids]
    return ", ".join(dict.fromkeys(labels))  # one outlet once, in order


def _groups(brief: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(brief.get("groups", []), key=lambda g: (STATUS_ORDER.get(g["status"], 9), -len(g["documents"])))


def fmt_summary(value: Mapping[str, Any]) -> str:
    """A value of a group, a range as "6 – 7 km"."""
    if value.get("value_max") is not None:
        return f"{fmt_value(value['value'])} – {fmt_value(value['value_max'], value.get('unit'))}"
    return fmt_value(value["value"], value.get("unit"))


# The words a figure is printed after when every claim of it has that qualifier
# (kabar.analyze.quantities' names), the most common of the analyzer's phrases for each:
# "lebih dari 5 detik", as the articles write it, not a bare 5 detik. "exact" ("sebanyak")
# adds nothing, and a vague figure is printed as its words (:func:`fmt_figure`). (The
# analyzer's "approx" is also "hampir", nearly: 22 of 182 such claims in 423 briefs.)
QUALIFIER_WORDS = {
    "approx": "sekitar", "at_least": "setidaknya", "more_than": "lebih dari",
    "up_to": "hingga", "less_than": "kurang dari",
}


# The words before a figure as written, up to its first digit (a currency's word
# after them is no qualifier's: "kurang lebih Rp 38 juta").
_LEAD = re.compile(r"^\s*([^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){0,3})\s*(?=[\d$€£¥])")
_CURRENCY_WORDS = frozenset({"rp", "usd", "us", "eur", "idr", "sgd", "s", "jpy"})


def _shared_lead(texts: Collection[str], qualifier: str) -> str | None:
    """The qualifier's words every claim wrote before the figure, when all wrote the
    same ones ("hampir 10.000 siswa" twice: "hampir", not the analyzer's "sekitar")."""
    from kabar.analyze.quantities import qualifier_of

    leads = set()
    for text in texts:
        m = _LEAD.match(text)
        words = m.group(1).lower().split() if m else []
        while words and words[-1] in _CURRENCY_WORDS:
            words.pop()
        if not words or qualifier_of(" ".join(words)) != qualifier:
            return None
        leads.add(" ".join(words))
    return leads.pop() if len(leads) == 1 else None


_SCORE_WRITTEN = re.compile(r"\d+\s*[-–:]\s*\d+")


def _score_as_written(value: str, texts: Collection[str]) -> str | None:
    """A score as every claim of it wrote it ("0-3": the side named lost; the key is
    "3-0", the higher first, so that "3-0" and "0-3" of one match agree), when they all
    wrote it one way."""
    found = [_SCORE_WRITTEN.search(t) for t in texts]
    written = {m.group().replace(" ", "") for m in found if m}
    if len(written) != 1 or not all(found):
        return None
    (score,) = written
    return score if sorted(re.findall(r"\d+", score)) == sorted(re.findall(r"\d+", value)) else None


def fmt_figure(
    value: Mapping[str, Any], qualifiers: Collection[str], written: str | None = None, texts: Collection[str] = (),
) -> str:
    """A value as the reports and the flags print it: :func:`fmt_summary`, after the
    words of the qualifier its claims (``qualifiers``, "exact" or None for none) all
    share ("lebih dari 30 tahun"), as they all wrote them when they did (``texts``, the
    claims' figures as written: "hampir 10.000", not "sekitar 10.000"), or, when every
    claim is vague ("ratusan rumah", "Sejumlah kecil bantuan": the analyzer's nominal 100
    or 2), ``written`` (a claim's words) quoted. Claims that qualify it differently ("5
    detik" and "lebih dari 5 detik", "sekitar 40" and "setidaknya 40") get no words: the
    value is then an exact claim's when there is one, and no one qualifier is true of
    all the claims."""
    shared = {q or "exact" for q in qualifiers}
    if shared == {"vague"} and written:
        return f"\u201c{written}\u201d"
    if isinstance(value.get("value"), str) and (score := _score_as_written(str(value["value"]), texts)):
        return score
    qualifier = next(iter(shared)) if len(shared) == 1 else None
    words = QUALIFIER_WORDS.get(qualifier) if qualifier else None
    if words and texts and qualifier:
        words = _shared_lead(texts, qualifier) or words
    return f"{words} {fmt_summary(value)}" if words else fmt_summary(value)


def shown_value(brief: dict[str, Any], value: dict[str, Any]) -> str:
    """A value of a group as the reports print it (:func:`fmt_figure`)."""
    qualifiers = value.get("qualifiers") or []
    claims = {c["id"]: c for c in brief.get("claims", [])}
    texts = [claims[i].get("text") or "" for i in value.get("claims", []) if i in claims]
    text = None
    if set(qualifiers) == {"vague"}:  # (its words are printed)
        text = next((t for t in texts if t), None)
    return fmt_figure(value, qualifiers, text, texts)


def shown_consensus(brief: dict[str, Any], group: dict[str, Any]) -> str:
    """The consensus of ``group`` as :func:`shown_value` prints it ("" when none)."""
    c = group.get("consensus")
    if not c:
        return ""
    v = headline_value(group)
    return shown_value(brief, v) if v is not None and v.get("value") == c.get("value") else fmt_summary(c)


def said_by(brief: dict[str, Any], value: dict[str, Any]) -> str:
    """Who gave a value, per outlet: "portaljabar: Rahmat Hidayat; warta: (outlet)"."""
    claims = {c["id"]: c for c in brief.get("claims", [])}
    names = {e["id"]: e["name"] for e in brief.get("entities", [])}
    docs = {d["id"]: d for d in brief.get("documents", [])}
    parts: dict[str, list[str]] = {}
    for cid in value.get("claims", []):
        c = claims.get(cid)
        if c is None:
            continue
        who = names.get(c.get("speaker") or "") or c.get("speaker_text") or "the outlet itself"
        outlet = (docs.get(c["document"]) or {}).get("outlet") or "?"
        if who not in parts.setdefault(outlet, []):
            parts[outlet].append(who)
    return "; ".join(f"{outlet}: {', '.join(who)}" for outlet, who in parts.items())


# Characters of a claim's sentence shown each side of its figure in the headline facts
# ("as written"): enough for the noun and the verb around it ("... pemerintah mencabut
# izin dua perusahaan tambang di pulau itu ..."), short enough for a table cell.
EXCERPT_SIDE = 50


def property_label(group: Mapping[str, Any], brief: Mapping[str, Any] | None = None) -> str:
    """A group's property as the tables print it, with the place its figures are of when
    the property does not name it ("wni di Iran", "wni di Israel": two rows, not two
    rows of one "wni"), and, given the brief, the time its figures are of when every one
    is dated in the background (:func:`background_date`)."""
    place = group.get("location")
    prop = str(group["property"])
    if place and str(place).lower() not in prop.lower():
        prop = f"{prop} di {place}"
    when = background_date(brief, group) if brief is not None else None
    return f"{prop} ({when})" if when else prop


def background_date(brief: Mapping[str, Any], group: Mapping[str, Any]) -> str | None:
    """The day (the year or the month, at their first day) a group's figures are of, when
    every figure's sentence is dated more than :data:`BACKGROUND_DAYS` before the first
    article and on one day: last year's statistics a story recalls ("tujuh kasus pada
    Juni 2024" beside this week's brawl) had been headline rows with no date."""
    ids = {c for v in group.get("values") or [] for c in v.get("claims") or []}
    dates = {str(c.get("date") or "")[:10] for c in brief.get("claims") or [] if c.get("id") in ids}
    published = [str(d.get("published"))[:10] for d in brief.get("documents") or [] if d.get("published")]
    if not ids or len(dates) != 1 or "" in dates or not published:
        return None
    (day,) = dates
    first = datetime.fromisoformat(min(published))
    if (first - datetime.fromisoformat(day)).days <= BACKGROUND_DAYS:
        return None
    # (a claim keeps a day only: a year or a month is written on its first day, so the
    # first of January shows the year and another month's first the month)
    return day[:4] if day.endswith("-01-01") else day[:7] if day.endswith("-01") else day


def headline_value(group: dict[str, Any]) -> dict[str, Any] | None:
    """The value of ``group`` its headline row stands for: the consensus's, else the
    first."""
    values: list[dict[str, Any]] = group.get("values") or []
    c = group.get("consensus") or {}
    for v in values:
        if v.get("value") == c.get("value") and v.get("unit") == c.get("unit"):
            return v
    return values[0] if values else None


def as_written(brief: dict[str, Any], value: dict[str, Any]) -> tuple[str, str, str]:
    """Where the text gives ``value``: (before, figure, after), a window of
    ``EXCERPT_SIDE`` characters each side of the figure in the sentence of its first
    claim that writes the value itself and names a speaker (else the first that writes
    it: not "sekitar 66 km2" for 65 km2, which it agrees with; else its first
    claim), cut at words; empty when none of its claims is in the brief."""
    claims = {c["id"]: c for c in brief.get("claims", [])}
    chosen = [claims[i] for i in value.get("claims", []) if i in claims]
    if not chosen:
        return "", "", ""

    def rank(c: dict[str, Any]) -> tuple[bool, bool]:
        itself = c.get("value") == value.get("value") and c.get("value_max") == value.get("value_max")
        return not itself, not (c.get("speaker") or c.get("speaker_text"))

    claim = min(chosen, key=rank)
    sentence, figure = claim.get("sentence") or "", claim.get("text") or ""
    # the figure where the claim's offsets put it (the same words may come twice in the
    # sentence: "Dari 5 IUP ... hanya satu IUP"), else its first occurrence
    text = next((d.get("text") or "" for d in brief.get("documents", []) if d.get("id") == claim.get("document")), "")
    start = claim.get("start")
    opens = text.rfind(sentence, 0, start + len(sentence)) if isinstance(start, int) and sentence else -1
    at = start - opens if opens >= 0 and sentence[start - opens:].startswith(figure) else sentence.find(figure)
    if not figure or at < 0:
        return "", figure, ""
    before, after = sentence[:at], sentence[at + len(figure):]
    if len(before) > EXCERPT_SIDE:
        cut = before[-EXCERPT_SIDE:]
        before = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    if len(after) > EXCERPT_SIDE:
        cut = after[:EXCERPT_SIDE]
        after = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
    return before, figure, after


def _range(group: dict[str, Any]) -> str:
    """The lowest and highest values of ``group``, bare: its values may be qualified
    differently, and each is printed with its qualifier where it is shown."""
    rng = group.get("range")
    if not rng or rng[0] == rng[1]:
        return ""
    return f"{fmt_value(rng[0], group.get('unit'))} – {fmt_value(rng[1], group.get('unit'))}"


def to_markdown(brief: dict[str, Any]) -> str:
    lines: list[str] = []
    story = brief.get("story", {})
    lines.append(f"# {story.get('title') or 'Brief'}")
    lines.append("")
    docs = brief.get("documents", [])
    lines.append(f"{len(docs)} articles from {len({d['outlet'] for d in docs})} outlets"
                 + (f", {story['first']} to {story['last']}" if story.get("first") else "") + ".")
    for note in brief.get("notes", []):
        lines.append(f"> {note}")
    lines.append("")
    if brief.get("summary"):
        lines.append("## Summary")
        lines.append("")
        for s in brief["summary"]:
            lines.append(f"- {s['text']} _({_docs_label(brief, s['documents'])})_")
        lines.append("")
    groups = _groups(brief)
    disputed = [g for g in groups if g["status"] in ("conflict", "updated")]
    if disputed:
        lines.append("## Disagreements and revisions")
        lines.append("")
        for g in disputed:
            lines.append(f"### {property_label(g, brief)} — {g['status']}")
            for v in g["values"]:
                when = f"{v['first'][:16]}" + (f" to {v['last'][:16]}" if v['last'] != v['first'] else "") if v.get("first") else "undated"
                lines.append(f"- **{shown_value(brief, v)}** ({', '.join(v['qualifiers'])}): "
                             f"{_md(said_by(brief, v))}; {when}")
            if g.get("consensus"):
                c = g["consensus"]
                lines.append(f"- consensus: **{shown_consensus(brief, g)}** — {c['reason']}")
            lines.append("")
    if groups:
        lines.append("## Headline facts")
        lines.append("")
        lines.append("| property | status | consensus | range | sources | said by | as written |")
        lines.append("|---|---|---|---|---|---|---|")
        for g in groups:
            v = headline_value(g)
            before, figure, after = as_written(brief, v) if v else ("", "", "")
            written = f"{_md(before)}**{_md(figure)}**{_md(after)}" if figure else ""
            lines.append(
                f"| {_md(property_label(g, brief))} | {g['status']} | {_md(shown_consensus(brief, g))} "
                f"| {_md(_range(g))} | {_md(_docs_label(brief, g['documents']))} "
                f"| {_md(said_by(brief, v)) if v else ''} | {written} |"
            )
        lines.append("")
    if brief.get("flags"):
        lines.append("## Flags")
        lines.append("")
        for kind, message in shown_flags(brief):
            lines.append(f"- **{kind}**: {_md(message)}")
        lines.append("")
    events, background = split_timeline(brief)
    for heading, items in (("Timeline", events), ("Background", background)):
        if not items:
            continue
        lines.append(f"## {heading}")
        lines.append("")
        if heading == "Background":
            lines.append(f"_{_BACKGROUND_NOTE}_")
            lines.append("")
        for t in items:
            when = _when(t)
            lines.append(f"- **{when}** — {_md(t['text'])} _({_docs_label(brief, t['documents'])})_")
        lines.append("")
    if brief.get("entities"):
        lines.append("## Who's who")
        lines.append("")
        full, once = split_entities(brief)
        for e in full:
            roles = "; ".join(f"{r['role']} ({_docs_label(brief, r['documents'])})" for r in e.get("roles", []))
            aliases = f" — also written {', '.join(e['aliases'])}" if e.get("aliases") else ""
            lines.append(f"- **{_md(e['name'])}** ({e['type']}){aliases}{': ' + _md(roles) if roles else ''}")
        if once:
            lines.append("- Named once: " + ", ".join(f"{_md(e['name'])} ({e['type']})" for e in once))
        lines.append("")
    lines.append("## Sources")
    lines.append("")
    for d in docs:
        removed = d.get("removed", [])
        dup = f"; copy of {d['duplicate_of']}" if d.get("duplicate_of") else ""
        lines.append(f"- `{d['id']}` **{d['outlet']}**, {d.get('published') or 'undated'}: {_md(d['title'])} "
                     f"({d.get('source') or ''}){dup}; {len(removed)} lines removed")
    lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
.conflict{background:#fdecea}.updated{background:#fff4e0}.agree{background:#eaf6ec}.single{background:#f4f4f4}
.status{font-weight:600;text-transform:uppercase;font-size:.8em}.muted{color:#777}.flag{margin:.3em 0}
details{margin:.3em 0}summary{cursor:pointer}.doc{white-space:pre-wrap;font-size:.9em;background:#fafafa;padding:.5em}
svg text{font-size:11px;fill:#444}
"""


def _e(text: Any) -> str:
    return html.escape(str(text if text is not None else ""), quote=True)


def _chart(group: dict[str, Any], claims: dict[str, dict[str, Any]], docs: dict[str, dict[str, Any]]) -> str:
    """Inline SVG: each claim of a disputed figure by time, one row per outlet."""
    points = []
    for cid in group["claims"]:
        c = claims.get(cid)
        if not c or isinstance(c["value"], str) or not c.get("published"):
            continue
        points.append((datetime.fromisoformat(c["published"]), float(c["value"]), docs.get(c["document"], {}).get("outlet") or "?"))
    if len(points) < 2:
        return ""
    t0 = min(p[0] for p in points).timestamp()
    t1 = max(p[0] for p in points).timestamp()
    v0, v1 = min(p[1] for p in points), max(p[1] for p in points)
    span_t, span_v = (t1 - t0) or 1.0, (v1 - v0) or 1.0
    outlets = sorted({p[2] for p in points})
    colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]
    parts = [f'<svg width="{CHART_W}" height="{CHART_H}" role="img" aria-label="{_e(property_label(group))} over time">']
    parts.append(f'<line x1="{CHART_PAD}" y1="{CHART_H - CHART_PAD}" x2="{CHART_W - 10}" y2="{CHART_H - CHART_PAD}" stroke="#999"/>')
    for v in sorted({p[1] for p in points}):
        y = CHART_H - CHART_PAD - (v - v0) / span_v * (CHART_H - 2 * CHART_PAD)
        parts.append(f'<text x="2" y="{y + 4:.0f}">{_e(fmt_value(v))}</text>')
    for t, v, outlet in points:
        x = CHART_PAD + (t.timestamp() - t0) / span_t * (CHART_W - CHART_PAD - 20)
        y = CHART_H - CHART_PAD - (v - v0) / span_v * (CHART_H - 2 * CHART_PAD)
        color = colors[outlets.index(outlet) % len(colors)]
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="5" fill="{color}"><title>{_e(outlet)}: {_e(fmt_value(v))} at {_e(t.isoformat())}</title></circle>')
    for i, outlet in enumerate(outlets):
        parts.append(f'<text x="{CHART_PAD + i * 110}" y="{CHART_H - 8}" fill="{colors[i % len(colors)]}">● {_e(outlet)}</text>')
    parts.append(f'<text x="{CHART_PAD}" y="{CHART_H - CHART_PAD + 14}">{_e(min(p[0] for p in points).isoformat()[:16])}</text>')
    parts.append(f'<text x="{CHART_W - 130}" y="{CHART_H - CHART_PAD + 14}">{_e(max(p[0] for p in points).isoformat()[:16])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(brief: dict[str, Any]) -> str:
    story = brief.get("story", {})
    docs = {d["id"]: d for d in brief.get("documents", [])}
    claims = {c["id"]: c for c in brief.get("claims", [])}
    out: list[str] = ["<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">",
                      f"<title>{_e(story.get('title') or 'kabar brief')}</title><style>{_CSS}</style></head><body>"]
    out.append(f"<h1>{_e(story.get('title') or 'Brief')}</h1>")
    out.append(f"<p class=\"muted\">{len(docs)} articles from {len({d['outlet'] for d in docs.values()})} outlets"
               + (f", {_e(story.get('first'))} to {_e(story.get('last'))}" if story.get("first") else "") + "</p>")
    for note in brief.get("notes", []):
        out.append(f"<p class=\"muted\">{_e(note)}</p>")
    if brief.get("summary"):
        out.append("<h2>Summary</h2><ul>")
        for s in brief["summary"]:
            out.append(f"<li>{_e(s['text'])} <span class=\"muted\">({_e(_docs_label(brief, s['documents']))})</span></li>")
        out.append("</ul>")
    groups = _groups(brief)
    disputed = [g for g in groups if g["status"] in ("conflict", "updated")]
    if disputed:
        out.append("<h2>Disagreements and revisions</h2>")
        for g in disputed:
            out.append(f"<div class=\"{_e(g['status'])}\" style=\"padding:.5em;margin:.5em 0\">"
                       f"<span class=\"status\">{_e(g['status'])}</span> <b>{_e(property_label(g, brief))}</b><ul>")
            for v in g["values"]:
                out.append(f"<li><b>{_e(shown_value(brief, v))}</b> — {_e(said_by(brief, v))}"
                           f" <span class=\"muted\">{_e((v.get('first') or 'undated')[:16])}</span></li>")
            out.append("</ul>")
            if g.get("consensus"):
                c = g["consensus"]
                out.append(f"<p>Consensus: <b>{_e(shown_consensus(brief, g))}</b> — {_e(c['reason'])}</p>")
            out.append(_chart(g, claims, docs))
            out.append("</div>")
    if groups:
        out.append("<h2>Headline facts</h2><table><tr><th>property</th><th>status</th><th>consensus</th><th>range</th>"
                   "<th>sources</th><th>said by</th><th>as written</th></tr>")
        for g in groups:
            v = headline_value(g)
            before, figure, after = as_written(brief, v) if v else ("", "", "")
            written = f"{_e(before)}<b>{_e(figure)}</b>{_e(after)}" if figure else ""
            out.append(f"<tr class=\"{_e(g['status'])}\"><td>{_e(property_label(g, brief))}</td><td>{_e(g['status'])}</td>"
                       f"<td>{_e(shown_consensus(brief, g))}</td><td>{_e(_range(g))}</td>"
                       f"<td>{_e(_docs_label(brief, g['documents']))}</td><td>{_e(said_by(brief, v)) if v else ''}</td>"
                       f"<td>{written}</td></tr>")
        out.append("</table>")
    if brief.get("flags"):
        out.append("<h2>Flags</h2>")
        for kind, message in shown_flags(brief):
            out.append(f"<div class=\"flag\"><span class=\"status\">{_e(kind)}</span> {_e(message)}</div>")
    events, background = split_timeline(brief)
    for heading, items in (("Timeline", events), ("Background", background)):
        if not items:
            continue
        out.append(f"<h2>{heading}</h2>")
        if heading == "Background":
            out.append(f"<p class=\"muted\">{_e(_BACKGROUND_NOTE)}</p>")
        out.append("<table><tr><th>when</th><th>what</th><th>sources</th></tr>")
        for t in items:
            when = _when(t)
            out.append(f"<tr><td>{_e(when)}</td><td>{_e(t['text'])}</td><td>{_e(_docs_label(brief, t['documents']))}</td></tr>")
        out.append("</table>")
    if brief.get("entities"):
        out.append("<h2>Who's who</h2><table><tr><th>name</th><th>type</th><th>also written</th><th>roles</th></tr>")
        full, once = split_entities(brief)
        for e in full:
            roles = "; ".join(f"{r['role']} ({_docs_label(brief, r['documents'])})" for r in e.get("roles", []))
            out.append(f"<tr><td>{_e(e['name'])}</td><td>{_e(e['type'])}</td><td>{_e(', '.join(e.get('aliases', [])))}</td><td>{_e(roles)}</td></tr>")
        out.append("</table>")
        if once:
            out.append("<p class=\"muted\">Named once: " + _e(", ".join(f"{e['name']} ({e['type']})" for e in once)) + "</p>")
    out.append("<h2>Sources</h2>")
    for d in docs.values():
        removed = d.get("removed", [])
        out.append(f"<details><summary><b>{_e(d['outlet'])}</b> {_e(d.get('published') or 'undated')} — {_e(d['title'])}"
                   f" <span class=\"muted\">{_e(d['id'])}</span></summary>")
        if d.get("source"):
            out.append(f"<p class=\"muted\">{_e(d['source'])}</p>")
        out.append(f"<div class=\"doc\">{_e(d.get('text', ''))}</div>")
        if removed:
            out.append(f"<p>Removed ({len(removed)}):</p><ul>")
            for r in removed:
                out.append(f"<li><span class=\"muted\">{_e(r['reason'])}</span> {_e(r['text'])}</li>")
            out.append("</ul>")
        out.append("</details>")
    out.append("</body></html>")
    return "\n".join(out)


def render(brief: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return to_json(brief)
    if fmt == "md":
        return to_markdown(brief)
    if fmt == "html":
        return to_html(brief)
    raise ValueError(f"unknown format {fmt!r} (json, md or html)")
