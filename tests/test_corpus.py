"""The whole shared corpus through ingest + clean (skips when ../shared is absent).

Issue 2's acceptance: one article per distinct URL, rows read = stored + duplicates +
skipped, re-ingest adds nothing, no boilerplate kind survives, dates parse for >= 99%
of rows with a date string, every article has an outlet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kabar.clean.audit import audit
from kabar.ingest.ids import normalize_url
from kabar.ingest.published import has_date_string
from kabar.pipeline import IngestOptions, IngestReport, ingest_paths
from kabar.store import Database

MIN_DATE_PARSE_RATE = 0.99


@pytest.fixture(scope="module")
def corpus_db(
    corpus_dir: Path, clusters_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, IngestReport, IngestReport]]:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with Database(path) as db:
        first = ingest_paths([corpus_dir], db, IngestOptions())
        second = ingest_paths([corpus_dir], db, IngestOptions())
        # the dev clusters: six are in the corpus already, the 2018 one is added
        ingest_paths([clusters_dir], db, IngestOptions())
        yield db, first, second


def test_nothing_lost_and_reingest_adds_nothing(corpus_db: tuple[Database, IngestReport, IngestReport]) -> None:
    _db, first, second = corpus_db
    assert first.read == first.stored + first.duplicates + first.skipped
    assert first.read > 9_000
    assert all(skip.reason for skip in first.skips)
    assert second.stored == 0 and second.replaced == 0
    assert second.duplicates == first.stored + first.duplicates
    assert second.assigned == 0


def test_one_article_per_distinct_url(corpus_db: tuple[Database, IngestReport, IngestReport]) -> None:
    db, _first, _second = corpus_db
    urls = [normalize_url(a.url or "") for a in db.iter_articles() if "clusters" not in a.source]
    assert all(urls)
    assert len(urls) == len(set(urls))


def test_no_boilerplate_survives(corpus_db: tuple[Database, IngestReport, IngestReport]) -> None:
    db, _first, _second = corpus_db
    assert audit(a.clean_text or "" for a in db.iter_articles()) == {}


def test_dates_and_outlets(corpus_db: tuple[Database, IngestReport, IngestReport]) -> None:
    db, _first, _second = corpus_db
    articles = list(db.iter_articles())
    dated = [a for a in articles if has_date_string(a.published_raw)]
    parsed = sum(a.published is not None for a in dated)
    assert parsed / len(dated) >= MIN_DATE_PARSE_RATE
    assert all(a.outlet for a in articles)


def test_clean_text_keeps_most_of_the_article(corpus_db: tuple[Database, IngestReport, IngestReport]) -> None:
    """Cleaning removes boilerplate, not articles: the median article keeps > 85% of its
    characters and almost no article is emptied."""
    db, _first, _second = corpus_db
    ratios = sorted(len(a.clean_text or "") / max(1, len(a.text)) for a in db.iter_articles())
    assert ratios[len(ratios) // 2] > 0.85
    emptied = sum(r == 0 for r in ratios)
    assert emptied / len(ratios) < 0.005


def test_dev_clusters_each_in_one_story(
    corpus_db: tuple[Database, IngestReport, IngestReport], clusters_dir: Path
) -> None:
    from kabar.stories.evaluate import evaluate, load_gold

    db, _first, _second = corpus_db
    rows = db.conn.execute(
        "SELECT a.url, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id"
    ).fetchall()
    result = evaluate(load_gold(clusters_dir), {normalize_url(r[0]): r[1] for r in rows if r[0]})
    assert result["missing"] == []
    assert result["pairwise_recall"] >= 0.95
    assert result["shared_stories"] == []
    assert result["bcubed"]["f1"] >= 0.95
