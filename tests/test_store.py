"""The SQLite store: what the story clusterer's worker processes rely on."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from kabar.records import Article
from kabar.store import Database


def _stored(path: Path) -> Database:
    db = Database(path)
    run = db.start_run(["test"])
    with db.transaction() as conn:
        for i, published in enumerate(("2025-06-18T07:05:00+07:00", None)):
            db.put_article(conn, Article(
                id=f"a{i}", title=f"Judul {i}", text="Teks berita yang panjang. " * 20, url=f"https://o.example/{i}",
                outlet="detik", published=datetime.fromisoformat(published) if published else None, language="id",
                clean_text="Teks bersih.",
            ), run)
    return db


def test_article_heads_agree_with_the_records(tmp_path: Path) -> None:
    with _stored(tmp_path / "k.db") as db:
        full = db.get_articles(["a0", "a1", "nope"])
        heads = db.article_heads(["a0", "a1", "nope"])
        assert set(heads) == set(full) == {"a0", "a1"}
        for article_id, head in heads.items():
            record = full[article_id]
            assert (head.id, head.title, head.url, head.outlet, head.published, head.language) == (
                record.id, record.title, record.url, record.outlet, record.published, record.language)
            assert head.text == "" and head.clean_text is None
        assert heads["a0"].published is not None and heads["a0"].published.utcoffset() is not None


def test_reader_reads_while_a_write_transaction_is_open_and_cannot_write(tmp_path: Path) -> None:
    with _stored(tmp_path / "k.db") as db:
        reader = Database.reader(tmp_path / "k.db")
        try:
            with db.transaction():
                # a worker reading the next batch while the clusterer writes stories
                assert reader.get_articles(["a0"])["a0"].clean_text == "Teks bersih."
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.conn.execute("DELETE FROM articles")
        finally:
            reader.close()
