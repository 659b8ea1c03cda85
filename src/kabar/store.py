"""The SQLite store. :class:`Database` is the only code that opens a connection.

WAL journal, one transaction per batch: a crash mid-ingest leaves every committed
batch intact and the rest absent, and a re-run stores what is missing (articles are
keyed by their stable id).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from kabar.errors import StoreError
from kabar.records import Article, Skip

logger = logging.getLogger(__name__)


def _dumps(value: Any) -> str:
    """A stored record as JSON text (orjson: the store writes a story's state after
    every batch that changed it, and stdlib json was a fifth of the clustering's time)."""
    return orjson.dumps(value).decode("utf-8")


_loads = orjson.loads

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    language TEXT,
    source TEXT NOT NULL,
    position TEXT NOT NULL,
    text_len INTEGER NOT NULL,
    text_hash TEXT NOT NULL,
    data TEXT NOT NULL,
    ingest_run INTEGER,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- publication instants in UTC (julianday applies the offset): the clustering order
CREATE INDEX IF NOT EXISTS articles_published_utc ON articles(julianday(published), id);
CREATE TABLE IF NOT EXISTS variants (
    article_id TEXT NOT NULL,
    source TEXT NOT NULL,
    position TEXT NOT NULL,
    text_len INTEGER NOT NULL,
    kept INTEGER NOT NULL,
    data TEXT NOT NULL,
    run INTEGER
);
CREATE INDEX IF NOT EXISTS variants_article ON variants(article_id);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    inputs TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    replaced INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS skips (
    run INTEGER NOT NULL,
    source TEXT NOT NULL,
    position TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS paragraphs (
    outlet TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    article_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (outlet, fingerprint, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS paragraphs_article ON paragraphs(article_id);
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY,
    sig BLOB NOT NULL,
    shingles INTEGER NOT NULL,
    sort_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lsh (
    band INTEGER NOT NULL,
    key BLOB NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(band, key);
CREATE INDEX IF NOT EXISTS lsh_article ON lsh(article_id);
CREATE TABLE IF NOT EXISTS duplicates (
    article_id TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    jaccard REAL NOT NULL,
    containment REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS duplicates_original ON duplicates(original_id);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    first TEXT,
    last TEXT,
    language TEXT,
    n INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last);
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id INTEGER NOT NULL,
    score REAL NOT NULL,
    undated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
CREATE TABLE IF NOT EXISTS story_terms (
    term TEXT NOT NULL,
    story_id INTEGER NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
-- a merge deletes the merged-away story's terms: without this, a scan of all terms
CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms(story_id);
CREATE TABLE IF NOT EXISTS boilerplate (
    outlet TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    text TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (outlet, fingerprint)
) WITHOUT ROWID;
"""


def text_hash(text: str) -> str:
    """A hash of an article's raw text, to tell a re-read copy from a different text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """kabar's SQLite store of articles, ingest runs, skips and learned boilerplate."""

    def __init__(self, path: str | Path = "kabar.db") -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.executescript(_SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the kabar store ({exc})") from None

    @classmethod
    def reader(cls, path: str | Path) -> Database:
        """The store at ``path`` opened read-only (no schema set-up, never a write
        lock): for worker processes that read articles while another connection writes."""
        db = cls.__new__(cls)
        db.path = Path(path)
        try:
            db.conn = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the kabar store ({exc})") from None
        db.conn.row_factory = sqlite3.Row
        return db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # --- runs -------------------------------------------------------------------
    def start_run(self, inputs: Iterable[str]) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO runs(started_at, status, inputs) VALUES (?, 'running', ?)",
                (_now(), json.dumps(list(inputs))),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run: int, counts: dict[str, int], status: str = "done") -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at=?, status=?, read=?, stored=?, replaced=?, "
                "duplicates=?, skipped=? WHERE id=?",
                (_now(), status, counts.get("read", 0), counts.get("stored", 0),
                 counts.get("replaced", 0), counts.get("duplicates", 0),
                 counts.get("skipped", 0), run),
            )

    # --- articles ------------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        return Article.from_dict(_loads(row["data"])) if row else None

    def get_articles(self, ids: list[str]) -> dict[str, Article]:
        """The stored articles among ``ids`` (one query per 500)."""
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, data FROM articles WHERE id IN ({marks})", chunk):
                found[row["id"]] = Article.from_dict(_loads(row["data"]))
        return found

    def article_heads(self, ids: list[str]) -> dict[str, Article]:
        """The stored articles among ``ids`` with their id, URL, title, outlet,
        publication time and language only (no text): read from the columns, without
        decoding the records."""
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, url, title, outlet, published, language FROM articles WHERE id IN ({marks})"
            for row in self.conn.execute(sql, chunk):
                found[row["id"]] = Article(
                    id=row["id"], title=row["title"], text="", url=row["url"], outlet=row["outlet"],
                    published=datetime.fromisoformat(row["published"]) if row["published"] else None,
                    language=row["language"],
                )
        return found

    def originals_of(self, ids: list[str]) -> dict[str, str]:
        """The original of each article among ``ids`` that is a near-duplicate."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT article_id, original_id FROM duplicates WHERE article_id IN ({marks})"
            found.update((str(r[0]), str(r[1])) for r in self.conn.execute(sql, chunk))
        return found

    def find_articles(self, prefix: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? ORDER BY id LIMIT 10", (prefix + "%",)
        ).fetchall()
        return [r["id"] for r in rows]

    def iter_articles(self, outlet: str | None = None) -> Iterator[Article]:
        sql = "SELECT data FROM articles"
        args: tuple[Any, ...] = ()
        if outlet is not None:
            sql += " WHERE outlet=?"
            args = (outlet,)
        for row in self.conn.execute(sql + " ORDER BY published, id", args):
            yield Article.from_dict(_loads(row["data"]))

    def article_texts(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """(raw text length, raw text hash) of each stored article among ``ids``."""
        id_list = list(ids)
        result: dict[str, tuple[int, str]] = {}
        for i in range(0, len(id_list), 500):
            chunk = id_list[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT id, text_len, text_hash FROM articles WHERE id IN ({marks})", chunk
            ):
                result[row["id"]] = (int(row["text_len"]), row["text_hash"])
        return result

    def put_article(self, conn: sqlite3.Connection, article: Article, run: int) -> None:
        data = _dumps(article.as_dict())
        conn.execute(
            "INSERT OR REPLACE INTO articles(id, url, title, outlet, published, language, "
            "source, position, text_len, text_hash, data, ingest_run, added_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.url, article.title, article.outlet,
             article.published.isoformat() if article.published else None,
             article.language, article.source, article.position, len(article.text),
             text_hash(article.text), data, run, _now()),
        )

    def put_variant(self, conn: sqlite3.Connection, article: Article, kept: bool, run: int) -> None:
        """Record another text of a stored URL (``kept``: it replaced the stored one)."""
        conn.execute(
            "INSERT INTO variants(article_id, source, position, text_len, kept, data, run) "
            "VALUES (?,?,?,?,?,?,?)",
            (article.id, article.source, article.position, len(article.text), int(kept),
             _dumps(article.as_dict()), run),
        )

    def put_skip(self, conn: sqlite3.Connection, skip: Skip, run: int) -> None:
        conn.execute(
            "INSERT INTO skips(run, source, position, reason) VALUES (?,?,?,?)",
            (run, skip.source, skip.position, skip.reason),
        )

    def variants(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, position, text_len, kept FROM variants WHERE article_id=?",
            (article_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    # --- learned boilerplate ----------------------------------------------------------
    def put_paragraphs(
        self, conn: sqlite3.Connection, article_id: str, outlet: str, items: Iterable[tuple[str, str]]
    ) -> None:
        """Index an article's short paragraphs ``(fingerprint, text)`` for learning."""
        conn.execute("DELETE FROM paragraphs WHERE article_id=?", (article_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO paragraphs(outlet, fingerprint, article_id, text) VALUES (?,?,?,?)",
            ((outlet, fp, article_id, text) for fp, text in items),
        )

    def repeated_paragraphs(self, min_articles: int) -> list[tuple[str, str, str, int]]:
        """(outlet, fingerprint, text, articles) repeated in >= ``min_articles`` articles
        and not yet known as boilerplate."""
        rows = self.conn.execute(
            "SELECT p.outlet, p.fingerprint, MIN(p.text) AS text, COUNT(*) AS n "
            "FROM paragraphs p LEFT JOIN boilerplate b "
            "ON b.outlet=p.outlet AND b.fingerprint=p.fingerprint "
            "WHERE b.fingerprint IS NULL GROUP BY p.outlet, p.fingerprint HAVING n >= ?",
            (min_articles,),
        ).fetchall()
        return [(r["outlet"], r["fingerprint"], r["text"], int(r["n"])) for r in rows]

    def add_boilerplate(self, conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str, int]]) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO boilerplate(outlet, fingerprint, text, articles) VALUES (?,?,?,?)",
            rows,
        )

    def boilerplate(self) -> dict[str, frozenset[str]]:
        result: dict[str, set[str]] = {}
        for row in self.conn.execute("SELECT outlet, fingerprint FROM boilerplate"):
            result.setdefault(row["outlet"], set()).add(row["fingerprint"])
        return {k: frozenset(v) for k, v in result.items()}

    def articles_with_paragraphs(self, keys: Iterable[tuple[str, str]]) -> list[str]:
        ids: set[str] = set()
        for outlet, fp in keys:
            for row in self.conn.execute(
                "SELECT article_id FROM paragraphs WHERE outlet=? AND fingerprint=?", (outlet, fp)
            ):
                ids.add(row["article_id"])
        return sorted(ids)

    # --- near-duplicates ---------------------------------------------------------------
    def put_signature(
        self, conn: sqlite3.Connection, article_id: str, sig: bytes, shingles: int,
        sort_key: str, bands: list[bytes],
    ) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO signatures(article_id, sig, shingles, sort_key) VALUES (?,?,?,?)",
            (article_id, sig, shingles, sort_key),
        )
        conn.execute("DELETE FROM lsh WHERE article_id=?", (article_id,))
        conn.executemany(
            "INSERT INTO lsh(band, key, article_id) VALUES (?,?,?)",
            ((i, key, article_id) for i, key in enumerate(bands)),
        )

    def lsh_candidates(self, bands: list[bytes], exclude: str) -> list[tuple[str, bytes, int, str]]:
        """(id, signature, shingles, sort key) of articles sharing an LSH band."""
        ids: set[str] = set()
        for i, key in enumerate(bands):
            for row in self.conn.execute(
                "SELECT article_id FROM lsh WHERE band=? AND key=?", (i, key)
            ):
                ids.add(row[0])
        ids.discard(exclude)
        result = []
        for article_id in sorted(ids):
            row = self.conn.execute(
                "SELECT sig, shingles, sort_key FROM signatures WHERE article_id=?", (article_id,)
            ).fetchone()
            if row:
                result.append((article_id, row["sig"], int(row["shingles"]), row["sort_key"]))
        return result

    def original_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT original_id FROM duplicates WHERE article_id=?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else article_id

    def duplicate_links(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Near-duplicate links among ``article_ids``: each copy -> its original, where
        the original is among them too (one source, not two, in a brief)."""
        ids = set(article_ids)
        links = {}
        for article_id in ids:
            original = self.original_of(article_id)
            if original != article_id and original in ids:
                links[article_id] = original
        return links

    def sort_key_of(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT sort_key FROM signatures WHERE article_id=?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else "~"

    def link_duplicate(
        self, conn: sqlite3.Connection, article_id: str, original_id: str, jaccard: float,
        containment: float,
    ) -> None:
        """Make ``original_id`` the original of ``article_id`` and of its own copies."""
        conn.execute(
            "UPDATE duplicates SET original_id=? WHERE original_id=?", (original_id, article_id)
        )
        conn.execute("DELETE FROM duplicates WHERE article_id=?", (original_id,))
        conn.execute(
            "INSERT OR REPLACE INTO duplicates(article_id, original_id, jaccard, containment) "
            "VALUES (?,?,?,?)",
            (article_id, original_id, jaccard, containment),
        )

    def duplicates_of(self, original_id: str) -> list[str]:
        return [
            r[0] for r in self.conn.execute(
                "SELECT article_id FROM duplicates WHERE original_id=? ORDER BY article_id",
                (original_id,),
            )
        ]

    # --- stories -------------------------------------------------------------------
    def story_of(self, article_id: str) -> int | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id=?", (article_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def story_candidates(
        self, terms: list[str], since: str | None, language: str | None, min_shared: int = 1
    ) -> list[int]:
        """Stories sharing at least ``min_shared`` of ``terms`` whose last article is not
        before ``since``."""
        if not terms:
            return []
        marks = ",".join("?" * len(terms))
        sql = (
            f"SELECT st.story_id FROM story_terms st JOIN stories s ON s.id = st.story_id "
            f"WHERE st.term IN ({marks})"
        )
        args: list[Any] = list(terms)
        if since is not None:
            sql += " AND (s.last IS NULL OR s.last >= ?)"
            args.append(since)
        if language is not None:
            sql += " AND (s.language IS ? OR s.language IS NULL)"
            args.append(language)
        sql += " GROUP BY st.story_id HAVING COUNT(DISTINCT st.term) >= ?"
        args.append(min_shared)
        return [int(r[0]) for r in self.conn.execute(sql, args)]

    def get_story(self, story_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        if row is None:
            return None
        story = dict(row)
        story["data"] = _loads(story["data"])
        return story

    def last_story_id(self) -> int:
        """The highest story id stored (0 for none): new stories take the ids after it."""
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM stories").fetchone()[0])

    def put_stories(
        self, conn: sqlite3.Connection,
        stories: Iterable[tuple[int, str, str | None, str | None, str | None, int, dict[str, Any]]],
        terms: Iterable[tuple[str, int]],
    ) -> None:
        """Write stories' state, each ``(id, title, first, last, language, articles,
        data)``, inserted or replacing the stored one, and add index ``terms``
        (``(term, story id)``)."""
        conn.executemany(
            "INSERT INTO stories(id, title, first, last, language, n, data) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET title=excluded.title, first=excluded.first, "
            "last=excluded.last, language=excluded.language, n=excluded.n, data=excluded.data",
            ((sid, title, first, last, language, n, _dumps(data))
             for sid, title, first, last, language, n, data in stories),
        )
        conn.executemany("INSERT OR IGNORE INTO story_terms(term, story_id) VALUES (?,?)", terms)

    def put_story_members(
        self, conn: sqlite3.Connection, members: Iterable[tuple[str, int, float, bool]]
    ) -> None:
        """Place articles in stories: ``(article id, story id, score, undated)`` each."""
        conn.executemany(
            "INSERT OR REPLACE INTO story_members(article_id, story_id, score, undated) VALUES (?,?,?,?)",
            ((aid, sid, score, int(undated)) for aid, sid, score, undated in members),
        )

    def merge_stories(self, conn: sqlite3.Connection, keep: int, gone: int) -> None:
        conn.execute("UPDATE story_members SET story_id=? WHERE story_id=?", (keep, gone))
        conn.execute("DELETE FROM story_terms WHERE story_id=?", (gone,))
        conn.execute("DELETE FROM stories WHERE id=?", (gone,))

    def story_members(self, story_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT m.article_id, m.score, m.undated, a.url, a.title, a.outlet, a.published "
            "FROM story_members m JOIN articles a ON a.id = m.article_id "
            "WHERE m.story_id=? ORDER BY a.published, a.id",
            (story_id,),
        ).fetchall()
        return [dict(r) for r in rows]

    def list_stories(self, since: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM stories"
        args: list[Any] = []
        if since:
            sql += " WHERE last >= ?"
            args.append(since)
        rows = self.conn.execute(sql + " ORDER BY n DESC, first", args).fetchall()
        result = []
        for row in rows:
            story = dict(row)
            story["data"] = _loads(story["data"])
            result.append(story)
        return result

    def count_unassigned(self) -> int:
        """How many stored articles are in no story yet."""
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
        ).fetchone()[0])

    def unassigned_pages(self, size: int) -> Iterator[list[tuple[str, str | None]]]:
        """(id, published) of the stored articles in no story yet, ``size`` at a time:
        the dated ones by publication instant (UTC, then id), then the undated ones
        (no date, or one SQLite cannot read) in storage order. Each page is one
        indexed query, so memory does not grow with the store."""
        unassigned = "NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
        last_day, last_id = -1.0, ""
        while True:
            rows = self.conn.execute(
                "SELECT a.id, a.published, julianday(a.published) FROM articles a "
                "WHERE julianday(a.published) >= ? AND (julianday(a.published) > ? OR a.id > ?) "
                f"AND {unassigned} ORDER BY julianday(a.published), a.id LIMIT ?",
                (last_day, last_day, last_id, size),
            ).fetchall()
            if not rows:
                break
            last_day, last_id = float(rows[-1][2]), str(rows[-1][0])
            yield [(str(r[0]), r[1]) for r in rows]
        last_rowid = -1
        while True:
            rows = self.conn.execute(
                "SELECT a.rowid, a.id, a.published FROM articles a "
                f"WHERE julianday(a.published) IS NULL AND a.rowid > ? AND {unassigned} "
                "ORDER BY a.rowid LIMIT ?",
                (last_rowid, size),
            ).fetchall()
            if not rows:
                break
            last_rowid = int(rows[-1][0])
            yield [(str(r[1]), r[2]) for r in rows]

    def copy_to(self, path: str | Path) -> Database:
        """A copy of this store at ``path`` (SQLite's online backup), opened."""
        target = Database(path)
        self.conn.backup(target.conn)
        return target

    def clear_stories(self) -> None:
        with self.transaction() as conn:
            for table in ("story_members", "story_terms", "stories"):
                conn.execute(f"DELETE FROM {table}")

    # --- stats -------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        conn = self.conn
        totals = conn.execute(
            "SELECT COALESCE(SUM(read),0) AS read, COALESCE(SUM(stored),0) AS stored, "
            "COALESCE(SUM(replaced),0) AS replaced, COALESCE(SUM(duplicates),0) AS duplicates, "
            "COALESCE(SUM(skipped),0) AS skipped, COUNT(*) AS runs FROM runs"
        ).fetchone()
        by_outlet = {
            (r["outlet"] or "(unknown)"): r["n"]
            for r in conn.execute(
                "SELECT outlet, COUNT(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC"
            )
        }
        by_date = {
            (r["d"] or "(no date)"): r["n"]
            for r in conn.execute(
                "SELECT substr(published, 1, 10) AS d, COUNT(*) AS n FROM articles "
                "GROUP BY d ORDER BY d"
            )
        }
        by_language = {
            (r["language"] or "(unknown)"): r["n"]
            for r in conn.execute(
                "SELECT language, COUNT(*) AS n FROM articles GROUP BY language ORDER BY n DESC"
            )
        }
        skip_reasons = {
            r["reason"]: r["n"]
            for r in conn.execute(
                "SELECT reason, COUNT(*) AS n FROM skips GROUP BY reason ORDER BY n DESC"
            )
        }
        skips = [
            dict(r) for r in conn.execute(
                "SELECT source, position, reason FROM skips ORDER BY rowid LIMIT 1000"
            )
        ]
        last = conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return {
            "articles": conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "read": totals["read"],
            "stored": totals["stored"],
            "replaced": totals["replaced"],
            "duplicates": totals["duplicates"],
            "skipped": totals["skipped"],
            "runs": totals["runs"],
            "variants": conn.execute("SELECT COUNT(*) FROM variants").fetchone()[0],
            "near_duplicates": conn.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0],
            "boilerplate_lines": conn.execute("SELECT COUNT(*) FROM boilerplate").fetchone()[0],
            "by_outlet": by_outlet,
            "by_date": by_date,
            "by_language": by_language,
            "skip_reasons": skip_reasons,
            "skips": skips,
            "last_run": dict(last) if last else None,
        }
