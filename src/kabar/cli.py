"""The ``kabar`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kabar.errors import KabarError
from kabar.ingest.fields import parse_map_option
from kabar.pipeline import IngestOptions, IngestReport, ingest_paths
from kabar.records import Article, Skip
from kabar.store import Database

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="kabar: what news sources agree on, where they disagree, how the story changed.",
)
# Output piped to a file or a pager is not cut to 80 columns (rich's default off a
# terminal): tables keep a row per story. COLUMNS, when set, still decides.
PIPED_WIDTH = 160
# A story's title in the list is cut to this many characters, with an ellipsis.
TITLE_CHARS = 80
console = Console(width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else PIPED_WIDTH)
err_console = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store to use.")]


@app.callback()
def _main(
    verbose: Annotated[int, typer.Option("-v", "--verbose", count=True, help="-v info, -vv debug.")] = 0,
) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(message: str) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def _run_ingest(paths: list[Path], db: Database, options: IngestOptions) -> IngestReport:
    quiet = not sys.stderr.isatty()
    with Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        TextColumn("{task.completed} read"), TimeElapsedColumn(),
        console=err_console, disable=quiet, transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)

        def tick(_item: Article | Skip) -> None:
            progress.advance(task)

        return ingest_paths(paths, db, options, on_item=tick)


def _print_report(report: IngestReport, out: Console = console) -> None:
    out.print(
        f"read {report.read}, stored {report.stored}, duplicates {report.duplicates} "
        f"(of which {report.replaced} replaced by a fuller text), skipped {report.skipped}",
        highlight=False,
    )
    if report.boilerplate_added:
        out.print(
            f"learned {report.boilerplate_added} repeated lines as boilerplate; "
            f"re-cleaned {report.relearned} articles", highlight=False,
        )
    for warning in report.warnings:
        err_console.print(f"warning: {warning}", style="yellow", highlight=False, soft_wrap=True, markup=False)
    for skip in report.skips[:50]:
        err_console.print(f"skipped: {skip.one_line()}", highlight=False, soft_wrap=True, markup=False)
    if len(report.skips) > 50:
        err_console.print(f"... and {len(report.skips) - 50} more (see `kabar stats`)")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (recursive).")],
    db: DbOption = Path("kabar.db"),
    map_: Annotated[list[str] | None, typer.Option("--map", help="field=column override.")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
) -> None:
    """Read articles from files (txt, json, jsonl, csv, tsv, html, xlsx), clean, store."""
    try:
        mapping = parse_map_option(map_ or [])
    except ValueError as exc:
        _fail(str(exc))
        return
    try:
        with Database(db) as database:
            report = _run_ingest(paths, database, IngestOptions(mapping=mapping, strict=strict))
    except KabarError as exc:
        _fail(str(exc))
        return
    _print_report(report)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOption = Path("kabar.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the article as JSON.")] = False,
) -> None:
    """Print an article's metadata, clean text, and what was removed and why."""
    with Database(db) as database:
        article = database.get_article(article_id)
        if article is None:
            matches = database.find_articles(article_id)
            if len(matches) == 1:
                article = database.get_article(matches[0])
            elif matches:
                _fail(f"{article_id!r} matches several articles: {', '.join(matches)}")
        if article is None:
            _fail(f"no article {article_id!r} in {db}")
            return
        variants = database.variants(article.id)
    if as_json:
        data = article.as_dict()
        data["variants"] = variants
        console.print_json(json.dumps(data, ensure_ascii=False))
        return
    table = Table(show_header=False, box=None)
    for key in ("id", "title", "outlet", "published", "language", "url", "author", "category",
                "dateline", "byline", "source", "position"):
        value = getattr(article, key)
        if key == "outlet" and article.outlet_from:
            value = f"{value} (from {article.outlet_from})"
        table.add_row(f"[bold]{key}[/bold]", "" if value is None else str(value))
    console.print(table)
    console.rule("clean text")
    console.print(article.clean_text or "", highlight=False, markup=False)
    console.rule(f"removed ({len(article.removed)})")
    for removed in article.removed:
        console.print(f"[dim]{removed.reason:>20}[/dim]  ", end="")
        console.print(removed.text, highlight=False, markup=False)
    repairs = article.extra.get("glue_repairs") or []
    if repairs:
        console.rule(f"glued words split ({len(repairs)})")
        console.print(", ".join(f"{a} → {b}" for a, b in repairs), highlight=False, markup=False)
    if variants:
        console.rule("other texts of this URL")
        for v in variants:
            console.print(f"{v['source']}:{v['position']} ({v['text_len']} chars)", highlight=False)


@app.command()
def stats(
    db: DbOption = Path("kabar.db"),
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """Count articles by outlet, date and language; inputs read, stored, duplicate, skipped."""
    if not db.exists():
        _fail(f"no store at {db} (run `kabar ingest` first)")
    with Database(db) as database:
        data = database.stats()
    if fmt == "json":
        console.print_json(json.dumps(data, ensure_ascii=False, default=str))
        return
    if fmt != "text":
        _fail(f"unknown format {fmt!r} (text or json)")
    console.print(
        f"[bold]{data['articles']}[/bold] articles; over {data['runs']} ingest runs: read "
        f"{data['read']}, stored {data['stored']}, duplicates {data['duplicates']} "
        f"({data['replaced']} replaced by a fuller text), skipped {data['skipped']}",
        highlight=False,
    )
    for title, key in (("outlet", "by_outlet"), ("date", "by_date"), ("language", "by_language"),
                       ("skip reason", "skip_reasons")):
        mapping: dict[str, Any] = data[key]
        if not mapping:
            continue
        table = Table(title=f"by {title}", title_justify="left")
        table.add_column(title)
        table.add_column("count", justify="right")
        for name, count in mapping.items():
            table.add_row(str(name), str(count))
        console.print(table)
    if data["skips"]:
        console.print("[bold]skipped inputs[/bold]")
        for skip in data["skips"]:
            where = f"{skip['source']}:{skip['position']}" if skip["position"] else skip["source"]
            console.print(f"  {where}: {skip['reason']}", highlight=False, markup=False)


stories_app = typer.Typer(help="Stories: which articles report the same event.", no_args_is_help=False)
app.add_typer(stories_app, name="stories")
eval_app = typer.Typer(help="Evaluate kabar against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _open_existing(db: Path) -> Database:
    if not db.exists():
        _fail(f"no store at {db} (run `kabar ingest` first)")
    return Database(db)


@stories_app.callback(invoke_without_command=True)
def stories_list(
    ctx: typer.Context,
    db: DbOption = Path("kabar.db"),
    since: Annotated[str | None, typer.Option(help="Only stories active on or after this date (YYYY-MM-DD).")] = None,
    min_outlets: Annotated[int, typer.Option("--min-outlets", help="Only stories from at least N outlets.")] = 1,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only stories of this kind: event, preview (build-up of an event to come) or profile "
        "(profiles of someone in the news).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    limit: Annotated[int, typer.Option(help="Show at most this many (text format).")] = 50,
    entities: Annotated[bool, typer.Option(
        "--entities", help="JSON: add each story's people, organisations and places (reads every "
        "article's lead with the NER model: ~10 ms an article)")] = False,
) -> None:
    """List stories: size, outlets, time span, title (previews and profiles marked)."""
    if ctx.invoked_subcommand is not None:
        return
    from kabar.stories.cluster import STORY_KINDS, story_kind

    if kind is not None and kind not in STORY_KINDS:
        _fail(f"unknown kind {kind!r} ({', '.join(STORY_KINDS)})")
    with _open_existing(db) as database:
        stories = [
            s for s in database.list_stories(since)
            if len(s["data"].get("outlets", {})) >= min_outlets and kind in (None, story_kind(s["data"]))
        ]
        if fmt == "json":
            from kabar.stories.describe import weak_members

            out = []
            for s in stories:
                members = database.story_members(s["id"])
                out.append({
                    "id": s["id"], "title": _story_title(s, members), "first": s["first"], "last": s["last"],
                    "language": s["language"], "size": s["n"], "kind": story_kind(s["data"]),
                    "outlets": sorted(s["data"].get("outlets", {})),
                    "top_names": list(s["data"].get("names", {}))[:10],
                    "weak_matches": len(weak_members(members)),
                    "articles": [
                        {"id": m["article_id"], "url": m["url"], "title": m["title"],
                         "outlet": m["outlet"], "published": m["published"],
                         "undated": bool(m["undated"]), "score": round(float(m["score"]), 3)}
                        for m in members
                    ],
                })
                if entities:
                    out[-1]["entities"] = _story_entities(database, members)
            console.print_json(json.dumps(out, ensure_ascii=False))
            return
        if fmt != "text":
            _fail(f"unknown format {fmt!r} (text or json)")
        table = Table(title=f"{len(stories)} stories", title_justify="left")
        # (dates and counts never wrap; the title takes the width left: `stories show ID`
        # names the outlets)
        for column in ("id", "size", "outlets", "first (UTC)", "last (UTC)", "title"):
            table.add_column(column, justify="right" if column in ("id", "size", "outlets") else "left",
                             no_wrap=column != "title")  # (stored times are UTC)
        for s in stories[:limit]:
            outlets = s["data"].get("outlets", {})
            title, what = _story_title(s, database.story_members(s["id"])), story_kind(s["data"])
            if what != "event":
                title = f"({what}) {title}"
            table.add_row(
                str(s["id"]), str(s["n"]), str(len(outlets)),
                (s["first"] or "")[:16].replace("T", " "), (s["last"] or "")[:16].replace("T", " "),
                title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS - 1].rstrip() + "…",
            )
    console.print(table)


def _story_entities(database: Database, members: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The people, organisations and places of a story's members (``story_members`` rows)."""
    from kabar.stories.describe import story_entities

    return story_entities(database.get_articles([m["article_id"] for m in members]).values())


def _story_title(story: dict[str, Any], members: list[dict[str, Any]]) -> str:
    """The story's representative headline (its stored one, the first article's, when
    it has no members)."""
    from kabar.stories.describe import representative_title

    return representative_title([m["title"] or "" for m in members]) or story["title"]


@stories_app.command("show")
def stories_show(story_id: int, db: DbOption = Path("kabar.db")) -> None:
    """List a story's articles, with the people, organisations and places their leads
    name (in how many articles)."""
    from kabar.stories.describe import WEAK_MATCH, weak_members

    with _open_existing(db) as database:
        story = database.get_story(story_id)
        if story is None:
            _fail(f"no story {story_id} in {db}")
            return
        members = database.story_members(story_id)
        entities = _story_entities(database, members)
    from kabar.stories.cluster import story_kind

    what = {"preview": "; previews of an event to come", "profile": "; profiles"}.get(story_kind(story["data"]), "")
    console.print(f"[bold]{escape(_story_title(story, members))}[/bold]  ({story['n']} articles, "
                  f"{story['first']} → {story['last']}{what})", highlight=False)
    for kind, found in entities.items():
        listed = ", ".join(f"{e['name']} ({e['articles']})" for e in found) or "-"
        console.print(f"{kind}: {listed}", highlight=False, markup=False)
    weak = set(weak_members(members))
    if weak:
        console.print(f"{len(weak)} weak matches (joined below {WEAK_MATCH}, marked ?): check them first, "
                      "the story may mix happenings", highlight=False, markup=False)
    for m in members:
        flag = " (undated: placed by ingestion order)" if m["undated"] else ""
        mark = "?" if m["article_id"] in weak else " "
        console.print(f" {mark}{m['article_id']}  {m['outlet']:<12} {m['published'] or '-':<25} {m['title']}{flag}",
                      highlight=False, markup=False)


@eval_app.command("stories")
def eval_stories(
    gold: Annotated[Path, typer.Argument(help="JSON {cluster: [url, ...]} or a clusters folder.")],
    db: DbOption = Path("kabar.db"),
    with_baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also run TF-IDF + agglomerative.")] = False,
) -> None:
    """B-cubed precision/recall/F1 of the stored stories against GOLD, as JSON."""
    from kabar.ingest.ids import normalize_url
    from kabar.stories.evaluate import compare_with_baseline, evaluate, load_gold

    try:
        gold_urls = load_gold(gold)
    except (OSError, ValueError) as exc:
        _fail(f"{gold}: cannot read gold clusters ({exc})")
        return
    with _open_existing(db) as database:
        rows = database.conn.execute(
            "SELECT a.id, a.url, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id"
        ).fetchall()
        url_to_story = {normalize_url(r["url"] or ""): r["story_id"] for r in rows if r["url"]}
        result: dict[str, Any] = {"kabar": evaluate(gold_urls, url_to_story)}
        result["kabar"]["stories"] = len(database.list_stories())
        if with_baseline:
            # kabar's clustering again, from scratch and timed, beside the baseline,
            # on the same articles (the gold's time window)
            result["side_by_side"] = compare_with_baseline(database, gold_urls)
    console.print_json(json.dumps(result, ensure_ascii=False, default=str))


@eval_app.command("analysis")
def eval_analysis(
    devset: Annotated[Path | None, typer.Option("--devset", help="Dev set JSON (default: the repo's).")] = None,
    shared: Annotated[Path, typer.Option("--shared", help="Shared data folder with the corpus.")] = Path("../shared"),
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="Also list every mistake.")] = False,
) -> None:
    """Precision/recall/F1 of quantities, dates, speakers and roles on the dev set, as JSON."""
    from kabar.analyze.evaluate import DEFAULT_DEVSET, DevsetError, evaluate

    try:
        result = evaluate(devset or DEFAULT_DEVSET, shared, with_errors=errors)
    except DevsetError as exc:
        _fail(str(exc))
        return
    console.print_json(json.dumps(result, ensure_ascii=False, default=str))


@eval_app.command("ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(help="CoNLL file: token<TAB>BIO-label, blank line between sentences.")],
    model_only: Annotated[bool, typer.Option("--model-only", help="Score the model without kabar's rules.")] = False,
) -> None:
    """Entity precision/recall/F1 (per type and overall) of kabar's NER on FILE, as JSON.

    Labels PERSON/PLACE/ORGANISATION (NERGrit), PPL/PLC/IND (NERP) and PER/LOC/ORG/GPE
    are mapped to PERSON, LOC, ORG; other types (EVT, FNB, MISC) are ignored. Each
    sentence is read by the model for its casing, as in analysis: a sentence written
    without capitals by the uncased model.
    """
    from kabar.analyze.conll import DEFAULT_LABELS, ConllFormatError, evaluate_ner, read_conll
    from kabar.analyze.entities import token_predictor
    from kabar.analyze.ner_model import NerModelMissingError

    try:
        sentences = read_conll(file, strict=True, label_map=DEFAULT_LABELS)
    except ConllFormatError as exc:
        _fail(str(exc))
        return
    try:
        # the shipped models, as find_entities runs them: the uncased one on sentences
        # written without capitals (NERP's), the cased one on the rest
        result = evaluate_ner(sentences, token_predictor(rules=not model_only))
    except NerModelMissingError as exc:
        _fail(str(exc))
        return
    result["system"] = "model" if model_only else "model+rules"
    console.print_json(json.dumps(result, ensure_ascii=False))


def _brief_articles(database: Database, story: int | None) -> tuple[list[Article], dict[str, str], str | None]:
    """The articles to brief (a stored story's, else all in the store), the
    near-duplicate links among them, and the story's title."""
    title = None
    if story is not None:
        found = database.get_story(story)
        if found is None:
            _fail(f"no story {story} in the store")
        assert found is not None
        members = database.story_members(story)
        title = _story_title(found, members)
        ids = [m["article_id"] for m in members]
        articles = [a for a in (database.get_article(i) for i in ids) if a is not None]
    else:
        articles = list(database.iter_articles())
    return articles, database.duplicate_links(a.id for a in articles), title


def _write_brief(articles: list[Article], duplicates: dict[str, str], title: str | None,
                 fmt: str, output: Path | None) -> None:
    from kabar.brief import BriefOptions, build_brief
    from kabar.report import render

    if fmt not in ("json", "md", "html"):
        _fail(f"unknown format {fmt!r} (json, md or html)")
    if not articles:
        _fail("no articles to brief")
    quiet = not sys.stderr.isatty()
    with Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(),
        console=err_console, disable=quiet, transient=True,
    ) as progress:
        task = progress.add_task("analysing", total=len(articles))
        result = build_brief(articles, BriefOptions(title=title), duplicates=duplicates,
                             on_article=lambda _a: progress.advance(task))
    text = render(result, fmt)
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")
        err_console.print(f"wrote {output} ({len(result['claims'])} claims, {len(result['groups'])} groups, "
                          f"{len(result['flags'])} flags)", highlight=False)


@app.command()
def brief(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or directories of one story's articles.")] = None,
    story: Annotated[int | None, typer.Option("--story", help="Brief a stored story instead (see `kabar stories`).")] = None,
    db: DbOption = Path("kabar.db"),
    fmt: Annotated[str, typer.Option("--format", help="md, json or html")] = "md",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    map_: Annotated[list[str] | None, typer.Option("--map", help="field=column override.")] = None,
) -> None:
    """The brief: every figure with who said it, what agrees, what conflicts, what was revised."""
    if bool(paths) == (story is not None):
        _fail("give either PATH... (articles of one story) or --story ID")
    if story is not None:
        with _open_existing(db) as database:
            articles, duplicates, title = _brief_articles(database, story)
        _write_brief(articles, duplicates, title, fmt, output)
        return
    try:
        mapping = parse_map_option(map_ or [])
    except ValueError as exc:
        _fail(str(exc))
        return
    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "brief.db") as database:
        try:
            report = _run_ingest(list(paths or []), database, IngestOptions(mapping=mapping, stories=False))
        except KabarError as exc:
            _fail(str(exc))
            return
        for skip in report.skips:
            err_console.print(f"skipped: {skip.one_line()}", highlight=False, soft_wrap=True, markup=False)
        articles, duplicates, _title = _brief_articles(database, None)
    _write_brief(articles, duplicates, None, fmt, output)


def demo_corpus_dir() -> Path:
    """The demo corpus shipped inside the package."""
    return Path(str(resources.files("kabar") / "demo" / "corpus"))


@app.command()
def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Store to use (default: a temporary one).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Brief as md, json or html.")] = "md",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the brief here instead of stdout.")] = None,
    texts: Annotated[bool, typer.Option("--texts/--no-texts", help="Also print each clean article.")] = False,
) -> None:
    """Run kabar on the demo corpus shipped with the package: ingest, clean, brief."""
    corpus = demo_corpus_dir()
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "demo.db"
        with Database(path) as database:
            report = _run_ingest([corpus], database, IngestOptions())
            _print_report(report, err_console)  # stdout carries the brief alone
            articles, duplicates, _title = _brief_articles(database, None)
        for article in articles:
            err_console.print(
                f"{article.id}  {article.outlet or '?':<15} {article.published or 'undated'!s:<26} "
                f"{article.title}  ({len(article.removed)} lines removed)",
                highlight=False, markup=False, soft_wrap=True,
            )
            if texts:
                console.rule(f"{article.outlet} · {article.published} · {article.id}")
                console.print(article.clean_text or "", highlight=False, markup=False)
                for r in article.removed:
                    # removed text is printed as is (markup=False), so the style is an argument
                    console.print(f"removed ({r.reason}): {r.text}", style="dim", highlight=False, markup=False)
        _write_brief(articles, duplicates, None, fmt, output)


def main() -> None:
    """Console entry point: KabarError becomes one line on stderr, never a traceback."""
    try:
        app()
    except KabarError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
