"""kabar: what news sources agree on, where they disagree, and how the story changed.

Stages, data flowing one way::

    ingest -> clean -> analyze -> claims -> resolve -> reconcile -> report

Public API (small on purpose)::

    from kabar import Article, Database, ingest_paths, clean_article
"""

from kabar.clean import CleanOptions, clean_article
from kabar.errors import KabarError
from kabar.ingest import iter_articles
from kabar.pipeline import IngestOptions, IngestReport, ingest_paths
from kabar.records import Article, RemovedLine, Skip
from kabar.store import Database

__all__ = [
    "Article",
    "CleanOptions",
    "Database",
    "IngestOptions",
    "IngestReport",
    "KabarError",
    "RemovedLine",
    "Skip",
    "clean_article",
    "ingest_paths",
    "iter_articles",
]

__version__ = "0.1.0"
