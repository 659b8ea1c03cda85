"""The ``kabar`` command line: a thin layer over the library."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
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
console = Console()
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


def _print_report(report: IngestReport) -> None:
    console.print(
        f"read {report.read}, stored {report.stored}, duplicates {report.duplicates} "
        f"(of which {report.replaced} replaced by a fuller text), skipped {report.skipped}",
        highlight=False,
    )
    if report.boilerplate_added:
        console.print(
            f"learned {report.boilerplate_added} repeated lines as boilerplate; "
            f"re-cleaned {report.relearned} articles", highlight=False,
        )
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False, soft_wrap=True)
    for skip in report.skips[:50]:
        err_console.print(f"skipped: {skip.one_line()}", highlight=False, soft_wrap=True)
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


def demo_corpus_dir() -> Path:
    """The demo corpus shipped inside the package."""
    return Path(str(resources.files("kabar") / "demo" / "corpus"))


@app.command()
def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Store to use (default: a temporary one).")] = None,
) -> None:
    """Run kabar on the demo corpus shipped with the package."""
    corpus = demo_corpus_dir()
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "demo.db"
        with Database(path) as database:
            report = _run_ingest([corpus], database, IngestOptions())
            _print_report(report)
            articles = list(database.iter_articles())
        for article in articles:
            console.rule(f"{article.outlet} · {article.published} · {article.id}")
            console.print(f"[bold]{article.title}[/bold]", highlight=False)
            console.print(article.clean_text or "", highlight=False, markup=False)
            if article.removed:
                console.print(
                    "[dim]removed: " + "; ".join(
                        f"{r.reason}: {r.text[:50]}" for r in article.removed
                    ) + "[/dim]", highlight=False, markup=False,
                )


def main() -> None:
    """Console entry point: KabarError becomes one line on stderr, never a traceback."""
    try:
        app()
    except KabarError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
