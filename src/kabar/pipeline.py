"""Ingest + clean into the store: what ``kabar ingest`` runs.

``ingest_paths`` streams articles from :func:`kabar.ingest.iter_articles`, cleans each,
writes them to a :class:`~kabar.store.Database` batch by batch (one transaction per
batch), then learns the short paragraphs that repeat across an outlet's articles as
boilerplate and re-cleans the articles that hold them.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path

from kabar.clean import CleanOptions, clean_article, fingerprint, learnable
from kabar.ingest import iter_articles
from kabar.records import Article, Skip
from kabar.store import Database, text_hash
from kabar.stories import neardup
from kabar.stories.cluster import StoryClusterer

logger = logging.getLogger(__name__)

# Articles written per transaction: large enough to amortise the commit, small enough
# that a crash loses little work and memory stays flat.
BATCH_SIZE = 200
# A short paragraph found in at least this many distinct articles of one outlet is
# boilerplate. Chosen on the shared corpus: real repeated boilerplate (promos, credits,
# campaign blurbs) appears in 9 to 3,700 articles of an outlet, while short real
# sentences shared by syndicated copies of one story appear in at most 6.
LEARN_MIN_ARTICLES = 8


@dataclass(slots=True)
class IngestOptions:
    mapping: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    batch_size: int = BATCH_SIZE
    learn_min_articles: int = LEARN_MIN_ARTICLES
    # on by default since kabar.clean.glue landed (see CleanOptions.repair_glued)
    repair_glued: bool = True
    stories: bool = True


@dataclass(slots=True)
class IngestReport:
    run: int = 0
    read: int = 0
    stored: int = 0
    replaced: int = 0
    duplicates: int = 0
    skipped: int = 0
    relearned: int = 0
    boilerplate_added: int = 0
    assigned: int = 0
    skips: list[Skip] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "read": self.read, "stored": self.stored, "replaced": self.replaced,
            "duplicates": self.duplicates, "skipped": self.skipped,
        }


def _index_paragraphs(db: Database, conn: object, article: Article) -> None:
    items = [
        (fingerprint(p), p) for p in set((article.clean_text or "").split("\n")) if learnable(p)
    ]
    db.put_paragraphs(conn, article.id, article.outlet or "", items)  # type: ignore[arg-type]


def ingest_paths(
    paths: Iterable[str | Path],
    db: Database,
    options: IngestOptions | None = None,
    on_item: Callable[[Article | Skip], None] | None = None,
) -> IngestReport:
    """Ingest and clean ``paths`` into ``db``; return what was read, stored and skipped."""
    options = options or IngestOptions()
    path_list = [str(p) for p in paths]
    report = IngestReport(run=db.start_run(path_list))
    clean_options = CleanOptions(boilerplate=db.boilerplate(), repair_glued=options.repair_glued)
    batch: list[Article | Skip] = []
    status = "failed"
    try:
        for item in iter_articles(path_list, options.mapping, options.strict):
            report.read += 1
            if isinstance(item, Article):
                try:
                    item = clean_article(item, clean_options)
                except Exception as exc:  # one bad article never stops the batch
                    if options.strict:
                        raise
                    logger.warning("%s:%s: cleaning failed: %s", item.source, item.position, exc)
                    item = Skip(item.source, item.position, f"cleaning failed: {exc}")
            batch.append(item)
            if on_item is not None:
                on_item(item)
            if len(batch) >= options.batch_size:
                _write_batch(db, batch, report)
                batch = []
        _write_batch(db, batch, report)
        _learn(db, report, options)
        if options.stories:
            report.assigned = StoryClusterer(db).assign_pending(options.batch_size)
        status = "done"
    finally:
        db.finish_run(report.run, report.counts(), status)
    return report


def _sort_key(article: Article) -> str:
    """Order that decides which of two copies is the original: earliest published,
    then smallest id (so the answer does not depend on ingestion order)."""
    stamp = article.published.astimezone(UTC).isoformat() if article.published else "~"
    return f"{stamp}|{article.id}"


def _link_near_duplicates(db: Database, conn: sqlite3.Connection, article: Article) -> None:
    sig = neardup.signature(article.clean_text or "")
    if sig is None:
        return
    bands = sig.bands()
    key = _sort_key(article)
    best: tuple[str, float, float] | None = None
    for cand_id, cand_sig, cand_shingles, _cand_key in db.lsh_candidates(bands, article.id):
        dup, jaccard, containment = neardup.is_duplicate(
            sig, neardup.Signature.from_bytes(cand_sig, cand_shingles)
        )
        if not dup or (best is not None and jaccard <= best[1]):
            continue
        other = db.get_article(cand_id)
        if other is not None and neardup.same_figures(article.clean_text or "", other.clean_text or "", jaccard):
            best = (cand_id, jaccard, containment)
    db.put_signature(conn, article.id, sig.to_bytes(), sig.shingles, key, bands)
    if best is None:
        return
    root = db.original_of(best[0])
    if key < db.sort_key_of(root):
        db.link_duplicate(conn, root, article.id, best[1], best[2])
    else:
        db.link_duplicate(conn, article.id, root, best[1], best[2])


def _write_batch(db: Database, batch: list[Article | Skip], report: IngestReport) -> None:
    if not batch:
        return
    stored = db.article_texts(a.id for a in batch if isinstance(a, Article))
    with db.transaction() as conn:
        for item in batch:
            if isinstance(item, Skip):
                report.skipped += 1
                report.skips.append(item)
                db.put_skip(conn, item, report.run)
                logger.info("skipped %s", item.one_line())
                continue
            for warning in item.extra.get("warnings", []):
                message = f"{item.source}: {warning}"
                if message not in report.warnings:
                    report.warnings.append(message)
            previous = stored.get(item.id)
            if previous is None:
                db.put_article(conn, item, report.run)
                _index_paragraphs(db, conn, item)
                _link_near_duplicates(db, conn, item)
                report.stored += 1
                stored[item.id] = (len(item.text), text_hash(item.text))
                continue
            report.duplicates += 1
            previous_len, previous_hash = previous
            if previous_hash == text_hash(item.text):
                continue
            if len(item.text) > previous_len:
                # the fuller text wins; the one it replaces is kept as a variant
                old = db.get_article(item.id)
                if old is not None:
                    db.put_variant(conn, old, kept=False, run=report.run)
                db.put_article(conn, item, report.run)
                _index_paragraphs(db, conn, item)
                stored[item.id] = (len(item.text), text_hash(item.text))
                report.replaced += 1
            else:
                db.put_variant(conn, item, kept=False, run=report.run)


def _learn(db: Database, report: IngestReport, options: IngestOptions) -> None:
    """Learn newly repeated paragraphs as boilerplate and re-clean what holds them."""
    repeated = db.repeated_paragraphs(options.learn_min_articles)
    if not repeated:
        return
    with db.transaction() as conn:
        db.add_boilerplate(conn, repeated)
    report.boilerplate_added = len(repeated)
    clean_options = CleanOptions(boilerplate=db.boilerplate(), repair_glued=options.repair_glued)
    ids = db.articles_with_paragraphs((outlet, fp) for outlet, fp, _t, _n in repeated)
    for start in range(0, len(ids), options.batch_size):
        chunk = ids[start : start + options.batch_size]
        with db.transaction() as conn:
            for article_id in chunk:
                article = db.get_article(article_id)
                if article is None:
                    continue
                cleaned = clean_article(article, clean_options)
                db.put_article(conn, cleaned, report.run)
                _index_paragraphs(db, conn, cleaned)
                report.relearned += 1
    logger.info(
        "learned %d repeated paragraphs as boilerplate; re-cleaned %d articles",
        len(repeated), report.relearned,
    )


__all__ = ["IngestOptions", "IngestReport", "ingest_paths"]
