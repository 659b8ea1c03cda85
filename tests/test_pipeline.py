"""Ingest + clean into the store: counts, duplicates, fuller texts, crash safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.pipeline import IngestOptions, ingest_paths
from kabar.store import Database

TEXT = (
    "Liputan Contoh, Garut - Gempa bermagnitudo 4,9 mengguncang Garut, Rabu (18/6/2025).\n"
    "SCROLL TO CONTINUE WITH CONTENT\n"
    "BPBD mencatat 12 rumah rusak ringan."
)
OPTS = IngestOptions(repair_glued=False)


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_counts_add_up_and_reingest_adds_nothing(tmp_path: Path) -> None:
    rows = [
        {"title": "Gempa", "text": TEXT, "url": "https://contoh.example/gempa?utm_source=wa"},
        {"title": "Gempa", "text": TEXT, "url": "https://www.contoh.example/gempa/"},
        {"title": "Kosong", "text": ""},
        {"title": "Lain", "text": "Harga cabai naik menjadi Rp 80.000 per kilogram di Pasar Garut."},
    ]
    src = _write_jsonl(tmp_path / "a.jsonl", rows)
    with Database(tmp_path / "k.db") as db:
        first = ingest_paths([src], db, OPTS)
        assert first.counts() == {"read": 4, "stored": 2, "replaced": 0, "duplicates": 1, "skipped": 1}
        again = ingest_paths([src], db, OPTS)
        assert again.counts() == {"read": 4, "stored": 0, "replaced": 0, "duplicates": 3, "skipped": 1}
        stats = db.stats()
        assert stats["articles"] == 2
        assert stats["read"] == stats["stored"] + stats["duplicates"] + stats["skipped"] == 8
        assert stats["skip_reasons"] == {"empty article text": 2}
        stored = db.get_article(first_id(db))
        assert stored is not None and stored.clean_text is not None
        assert "SCROLL" not in stored.clean_text


def first_id(db: Database) -> str:
    return next(iter(db.iter_articles())).id


def test_fuller_text_of_same_url_wins_and_other_is_recorded(tmp_path: Path) -> None:
    short = _write_jsonl(tmp_path / "a.jsonl", [{"title": "G", "text": "Gempa di Garut.", "url": "https://c.example/g"}])
    full = _write_jsonl(tmp_path / "b.jsonl", [{"title": "G", "text": TEXT, "url": "https://c.example/g"}])
    with Database(tmp_path / "k.db") as db:
        ingest_paths([short], db, OPTS)
        report = ingest_paths([full], db, OPTS)
        assert report.replaced == 1 and report.duplicates == 1
        article = next(iter(db.iter_articles()))
        assert article.text == TEXT
        [variant] = db.variants(article.id)
        assert variant["text_len"] == len("Gempa di Garut.")
        # the shorter one arriving later does not replace it
        ingest_paths([short], db, OPTS)
        assert next(iter(db.iter_articles())).text == TEXT
        assert len(db.variants(article.id)) == 2


def test_crash_mid_ingest_keeps_committed_batches_and_rerun_finishes(tmp_path: Path) -> None:
    rows = [{"title": f"A{i}", "text": f"Berita nomor {i} tentang banjir di Bekasi."} for i in range(10)]
    src = _write_jsonl(tmp_path / "a.jsonl", rows)
    seen = 0

    def crash(_item: object) -> None:
        nonlocal seen
        seen += 1
        if seen == 7:
            raise KeyboardInterrupt

    options = IngestOptions(batch_size=3, repair_glued=False)
    with Database(tmp_path / "k.db") as db:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths([src], db, options, on_item=crash)
        assert db.stats()["articles"] == 6  # two committed batches of three
        assert db.stats()["last_run"]["status"] == "failed"
        report = ingest_paths([src], db, options)
        assert report.stored == 4 and report.duplicates == 6
        assert db.stats()["articles"] == 10


def test_repeated_lines_of_an_outlet_are_learned(tmp_path: Path) -> None:
    promo = "Jangan lewatkan kabar terbaru dari redaksi kami setiap pagi."
    rows = [
        {"title": f"A{i}", "text": f"Berita ke {i} tentang pasar Garut.\n{promo}", "url": f"https://contoh.example/{i}"}
        for i in range(9)
    ]
    src = _write_jsonl(tmp_path / "a.jsonl", rows)
    with Database(tmp_path / "k.db") as db:
        report = ingest_paths([src], db, OPTS)
        assert report.boilerplate_added == 1 and report.relearned == 9
        for article in db.iter_articles():
            assert promo not in (article.clean_text or "")
            assert ("repeated_boilerplate", promo) in [(r.reason, r.text) for r in article.removed]
