"""Glued-word repair as part of the clean stage and of ingest (on by default)."""

from __future__ import annotations

import json
from pathlib import Path

from kabar.clean import CleanOptions, clean_article, fingerprint
from kabar.pipeline import IngestOptions, ingest_paths
from kabar.records import Article
from kabar.store import Database

# Shapes copied from real scrapes: the dateline, a link stripped inside a sentence
# ("diGarut"), boilerplate lines with and without glue, editor initials at the end.
RAW = """GARUT, KABARJABAR.com -
Petugas BPBD tiba diGarut pada Rabu (18/6/2025) dan mencatat
12 rumah
rusak ringan di Kecamatan Cikajang.
Baca juga: Gempa M4,2 Guncang Sukabumi, 3 Rumah Rusak
ADVERTISEMENT
Foto: Warga membersihkan puing rumah diGarut (Dok. BPBD)
"Kami minta warga tetap tenang," ujar Rina.(rdp/yld)
"""


def _clean(text: str, options: CleanOptions | None = None, outlet: str = "contoh") -> Article:
    return clean_article(Article(id="x", title="t", text=text, outlet=outlet), options)


def test_repair_is_on_by_default() -> None:
    assert CleanOptions().repair_glued
    assert IngestOptions().repair_glued
    article = _clean(RAW)
    assert article.clean_text == (
        "Petugas BPBD tiba di Garut pada Rabu (18/6/2025) dan mencatat 12 rumah rusak ringan "
        "di Kecamatan Cikajang.\n"
        '"Kami minta warga tetap tenang," ujar Rina.'
    )
    assert article.extra["glue_repairs"] == [["diGarut", "di Garut"]]


def test_removed_lines_keep_raw_spans_and_reasons() -> None:
    on = _clean(RAW)
    off = _clean(RAW, CleanOptions(repair_glued=False))
    assert "diGarut" in (off.clean_text or "")
    assert [(r.reason, r.text, r.start, r.end) for r in on.removed] == [
        (r.reason, r.text, r.start, r.end) for r in off.removed
    ]
    reasons = {r.reason for r in on.removed}
    assert {"dateline", "read_also", "advertisement", "photo_caption", "editor_initials"} <= reasons
    for removed in on.removed:
        # removed text is kept as written (unrepaired), at its place in the raw text
        assert RAW[removed.start : removed.end].strip() == removed.text
    caption = next(r for r in on.removed if r.reason == "photo_caption")
    assert "diGarut" in caption.text


def test_learned_paragraph_with_glue_is_recognised() -> None:
    promo = "Jangan lewatkan liputan khusus redaksi tentang pasardiGarut setiap pekan."
    # paragraphs are learned from repaired clean texts
    learned = frozenset({fingerprint("Jangan lewatkan liputan khusus redaksi tentang pasar di Garut setiap pekan.")})
    options = CleanOptions(boilerplate={"contoh": learned})
    text = f"Petugas tiba diGarut pada Rabu.\n\n{promo}\n\nWarga diminta tetap tenang."
    article = _clean(text, options)
    assert article.clean_text == "Petugas tiba di Garut pada Rabu.\nWarga diminta tetap tenang."
    [removed] = [r for r in article.removed if r.reason == "repeated_boilerplate"]
    assert removed.text == promo
    assert text[removed.start : removed.end] == promo
    # a repair inside a dropped paragraph is not reported
    assert article.extra["glue_repairs"] == [["diGarut", "di Garut"]]


def test_ingest_learns_and_removes_a_glued_promo(tmp_path: Path) -> None:
    # not a promo the line rules know: only learning removes it
    promo = "Jangan lewatkan liputan khusus redaksi tentang pasardiGarut setiap pekan."
    rows = [
        {"title": f"A{i}", "text": f"Berita ke {i} tentang harga cabai.\n{promo}", "url": f"https://contoh.example/{i}"}
        for i in range(9)
    ]
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Database(tmp_path / "k.db") as db:
        report = ingest_paths([src], db, IngestOptions(stories=False))
        assert report.boilerplate_added == 1 and report.relearned == 9
        articles = list(db.iter_articles())
        assert len(articles) == 9
        for article in articles:
            assert "pasar" not in (article.clean_text or "")
            assert ("repeated_boilerplate", promo) in [(r.reason, r.text) for r in article.removed]
