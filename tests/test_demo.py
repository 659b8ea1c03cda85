"""The packaged demo corpus, ingested as ``kabar demo`` does, against its answer key.

Everything expected is read from ``kabar/demo/EXPECTED.md`` (sections 1, 2 and 6), so
the answer key and this test cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

import pytest

from kabar.cli import demo_corpus_dir
from kabar.ingest.dateline import find_dateline
from kabar.pipeline import IngestOptions, IngestReport, ingest_paths
from kabar.records import Article
from kabar.store import Database

KEY_TEXT = (resources.files("kabar") / "demo" / "EXPECTED.md").read_text(encoding="utf-8")


def _section(number: int) -> str:
    match = re.search(rf"^## {number}\. .*?(?=^## |\Z)", KEY_TEXT, re.M | re.S)
    assert match is not None, f"EXPECTED.md has no section {number}"
    return match.group()


def _table(text: str, first_header: str) -> list[list[str]]:
    """Rows (cells stripped) of the Markdown table whose first header cell is given."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"\|\s*{re.escape(first_header)}\s*\|", line))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


def _code(cell: str, last: bool = False) -> str | None:
    """The first (or last) `code` span of a cell; the last of "`BERITAGARUT.id` →
    `beritagarut`" is the outlet key."""
    spans = re.findall(r"`([^`]+)`", cell)
    return (spans[-1] if last else spans[0]) if spans else None


@dataclass
class Expected:
    key: str
    id: str
    file: str
    outlet: str
    published_raw: str | None
    published: datetime | None
    author: str | None
    title: str
    url: str | None
    dateline: str | None
    dateline_city: str | None
    removals: int
    removed: list[tuple[str, str]]
    traps: list[str]


def _expected() -> dict[str, Expected]:
    s2, s6 = _section(2), _section(6)
    ids = dict(re.findall(r"\b(A\d) `([0-9a-f]{16})`", s2))
    titles = {row[0]: row for row in _table(s2[s2.index("Titles and URLs") :], "key")}
    datelines = {row[0]: row for row in _table(s2[s2.index("### Datelines") :], "key")}
    blocks = {
        key: (note, body)
        for key, note, body in re.findall(
            r"^\*\*(A\d)\*\* \((.*?)\)\n(.*?)(?=^\*\*A\d\*\*|^HTML extraction|\Z)", s6, re.M | re.S
        )
    }
    out = {}
    for row in _table(s2, "key"):
        key, where, outlet, raw, parsed, author = row
        count_note, body = blocks[key]
        removed, traps = [], []
        for reason, text, note in re.findall(r"^\* (\w+): `([^`]+)`(.*)$", body, re.M):
            removed.append((reason, text))
            for paren in re.findall(r"\(([^)]*)\)", note):
                found = re.search(r"traps?: ([^;]+)", paren)
                if found and "anyway" not in paren:  # "the clean text states this figure anyway"
                    traps += [t.strip() for t in found.group(1).split(", ")]
        title_row, dl_row = titles[key], datelines[key]
        out[key] = Expected(
            key=key,
            id=ids[key],
            file=where.split()[0],
            outlet=_code(outlet, last=True) or "",
            published_raw=_code(raw),
            published=datetime.fromisoformat(parsed) if parsed[:1].isdigit() else None,
            author=None if author.startswith("none") else author,
            title=title_row[1],
            url=title_row[2].split()[0] if title_row[2].startswith("http") else None,
            dateline=_code(dl_row[1]),
            dateline_city=None if dl_row[2] in ("—", "-") else dl_row[2].strip("*"),
            removals=int(re.match(r"(\d+) removals", count_note).group(1)),  # type: ignore[union-attr]
            removed=removed,
            traps=traps,
        )
    return out


EXPECTED = _expected()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[IngestReport, dict[str, Article]]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Database(path) as db:
        report = ingest_paths([demo_corpus_dir()], db, IngestOptions())
        articles = {a.id: a for a in db.iter_articles()}
    return report, articles


def test_answer_key_is_beside_the_corpus_not_in_it() -> None:
    corpus = demo_corpus_dir()
    assert not (corpus / "EXPECTED.md").exists()
    assert sorted(p.suffix for p in corpus.iterdir()) == [".csv", ".html", ".json", ".jsonl", ".txt"]


def test_counts(ingested: tuple[IngestReport, dict[str, Article]]) -> None:
    report, articles = ingested
    match = re.search(r"\*\*read (\d+), stored (\d+), duplicates (\d+), skipped (\d+)\*\*", _section(1))
    assert match is not None
    read, stored, duplicates, skipped = map(int, match.groups())
    assert (read, stored, duplicates, skipped) == (7, 6, 1, 0)
    assert (report.read, report.stored, report.duplicates, report.skipped) == (read, stored, duplicates, skipped)
    assert report.skips == []
    assert sorted(articles) == sorted(e.id for e in EXPECTED.values())


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_article_metadata(key: str, ingested: tuple[IngestReport, dict[str, Article]]) -> None:
    want = EXPECTED[key]
    article = ingested[1][want.id]
    assert Path(article.source).name == want.file
    assert article.outlet == want.outlet
    assert article.published == want.published
    if want.published is not None:
        assert article.published is not None and article.published.utcoffset() == want.published.utcoffset()
    assert article.published_raw == want.published_raw
    assert article.author == want.author
    assert article.title == want.title
    assert article.url == want.url


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_dateline(key: str, ingested: tuple[IngestReport, dict[str, Article]]) -> None:
    want = EXPECTED[key]
    article = ingested[1][want.id]
    assert article.dateline == want.dateline
    found = find_dateline(article.text)
    if want.dateline is None:
        assert found is None
        return
    assert found is not None
    assert found.city == want.dateline_city
    assert found.outlet == want.outlet


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_boilerplate_removed(key: str, ingested: tuple[IngestReport, dict[str, Article]]) -> None:
    want = EXPECTED[key]
    article = ingested[1][want.id]
    clean = article.clean_text or ""
    got = [(r.reason, r.text) for r in article.removed]
    assert len(got) == want.removals
    assert sorted(got) == sorted(want.removed)
    for removed in article.removed:
        assert removed.text not in clean
        assert article.text[removed.start : removed.end].strip() == removed.text
    for trap in want.traps:
        assert not re.search(rf"(?<![\w.,]){re.escape(trap)}(?![\w]|[.,]\d)", clean, re.I), trap


def test_html_page_furniture_is_left_out(ingested: tuple[IngestReport, dict[str, Article]]) -> None:
    want = EXPECTED["A5"]
    article = ingested[1][want.id]
    clean = article.clean_text or ""
    s6 = _section(6)
    furniture = s6[s6.index("HTML extraction must also leave out") : s6.index("The clean text of A5 starts")]
    quoted = re.findall(r"\"([^\"]+)\"", furniture)
    assert len(quoted) >= 6  # the time line, three sidebar headlines, two footer lines
    nav = re.search(r"nav menu \(([^)]*)\)", furniture, re.S)
    assert nav is not None
    menu = [item.strip().strip('"') for item in nav.group(1).replace("\n", " ").split(",")]
    assert "Bandung Raya" in menu
    for text in [*quoted, "Terpopuler", "›", want.title, "Hana Pertiwi"]:
        assert text not in article.text, text
        assert text not in clean, text
    for item in menu:
        assert item not in clean.splitlines()
        if item not in want.title:  # "Garut" is a menu item and also in the story
            assert not re.search(rf"\b{re.escape(item)}\b", clean), item
    start = re.search(r'A5 starts "(.+?) \.\.\."', s6, re.S)
    end = re.search(r'ends "\.\.\. (.+?)\n\n', s6, re.S)
    assert start is not None and end is not None
    assert clean.startswith(" ".join(start.group(1).split()))
    assert clean.endswith(" ".join(end.group(1).split()))
