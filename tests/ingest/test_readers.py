"""Every input format, and every kind of bad input: one clear message, batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.errors import InputError
from kabar.ingest import iter_articles
from kabar.records import Article, Skip

BODY = (
    "Gempa bermagnitudo 4,9 mengguncang Garut pada Rabu sore. Badan Penanggulangan "
    "Bencana Daerah mencatat 12 rumah rusak ringan di dua kecamatan."
)


def _items(*paths: Path) -> list[Article | Skip]:
    return list(iter_articles(paths))


def _articles(items: list[Article | Skip]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _skips(items: list[Article | Skip]) -> list[Skip]:
    return [i for i in items if isinstance(i, Skip)]


def test_txt_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n\nGempa di Garut\n\n" + BODY + "\n", encoding="utf-8")
    [article] = _articles(_items(path))
    assert article.title == "Gempa di Garut"
    assert article.text == BODY
    assert article.position == "line 3"
    assert article.language == "id"


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"judul": "A", "isi": BODY, "link": "https://a.example/1"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"title": "B", "content": BODY + " x"}, 5]))
    items = _items(one, many)
    assert [a.title for a in _articles(items)] == ["A", "B"]
    [skip] = _skips(items)
    assert skip.position == "item 1" and "not a JSON object" in skip.reason


def test_jsonl_bad_line_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps({"title": "A", "text": BODY})
    path.write_text(good + "\n{broken\n" + json.dumps({"title": "C", "text": BODY + "!"}) + "\n")
    items = _items(path)
    assert [a.title for a in _articles(items)] == ["A", "C"]
    [skip] = _skips(items)
    assert skip.position.startswith("line 2") and "invalid JSON" in skip.reason


def test_csv_with_separate_time_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "title,source,date,time,content,url\n"
        f'Gempa,news.detik.com,06 Jun 2025,21:02,"{BODY}\nBaris kedua.",https://news.detik.com/x\n',
        encoding="utf-8",
    )
    [article] = _articles(_items(path))
    assert article.outlet == "detik"
    assert article.published is not None and article.published.isoformat() == "2025-06-06T21:02:00+07:00"
    assert article.text.endswith("Baris kedua.")


def test_tsv_and_map_override(tmp_path: Path) -> None:
    path = tmp_path / "a.tsv"
    path.write_text("kepala\tnaskah\nJudul\t" + BODY + "\n", encoding="utf-8")
    assert _articles(_items(path)) == []
    items = list(iter_articles([path], {"title": "kepala", "text": "naskah"}))
    assert _articles(items)[0].title == "Judul"


def test_csv_broken_quote_skips_one_row_only(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "judul,isi_berita\n"
        f'Satu,"{BODY}"\n'
        f'Dua,"{BODY} tanpa kutip penutup\n'
        f'Tiga,"{BODY} tiga"\n',
        encoding="utf-8",
    )
    items = _items(path)
    skips = _skips(items)
    assert [a.title for a in _articles(items)] == ["Satu", "Tiga"]
    assert len(skips) == 1 and skips[0].position == "line 3"
    assert "malformed CSV" in skips[0].reason


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "win.csv"
    path.write_bytes(('judul,isi\nCaf\u00e9 \u201cbaru\u201d,"' + BODY + '"\n').encode("cp1252"))
    [article] = _articles(_items(path))
    assert article.title == "Caf\u00e9 \u201cbaru\u201d"
    assert "not UTF-8" in article.extra["warnings"][0]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.json", b"\x00\x01\x02PK\x03\x04" * 10, "binary file"),
        ("broken.json", b'{"title": "A", "text": ', "invalid JSON"),
        ("blank.txt", b"   \n\n  ", "only white space"),
        ("nohead.csv", b"\n\n", "no header"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
        ("fake.xlsx", b"not a zip", "not a readable .xlsx"),
    ],
)
def test_bad_files_give_one_line_skip(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Judul\n" + BODY, encoding="utf-8")
    items = _items(bad, good)
    [skip] = _skips(items)
    assert message in skip.reason
    assert skip.source == str(bad)
    assert "\n" not in skip.one_line()
    assert len(_articles(items)) == 1


def test_json_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n {"title": "A",\n  "text": oops}\n]')
    [skip] = _skips(_items(path))
    assert skip.position == "line 3 column 11"


def test_huge_single_line_is_refused_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("w") as fh:
        fh.write('{"title": "x", "text": "' + "a" * 50_000_000 + '"}\n')
        fh.write(json.dumps({"title": "B", "text": BODY}) + "\n")
    items = _items(path)
    [skip] = _skips(items)
    assert "over" in skip.reason and skip.position == "line 1"
    assert [a.title for a in _articles(items)] == ["B"]


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    [skip] = _skips(_items(tmp_path / "empty"))
    assert skip.reason == "directory holds no files"
    [missing] = _skips(_items(tmp_path / "nope"))
    assert missing.reason == "no such file or directory"


def test_row_without_text_is_skipped_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('judul,isi\nKosong,\nAda,"' + BODY + '"\n')
    items = _items(path)
    [skip] = _skips(items)
    assert skip.reason == "empty article text" and skip.position == "line 2"


def test_strict_mode_raises(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(InputError) as info:
        list(iter_articles([bad], strict=True))
    assert str(info.value).startswith(str(bad))


def test_html_through_trafilatura(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    paragraphs = "".join(f"<p>{BODY} Kalimat {i}.</p>" for i in range(4))
    page.write_text(
        "<html><head><title>Gempa di Garut | Warta</title>"
        '<meta property="og:site_name" content="Warta Contoh">'
        '<meta property="article:published_time" content="2025-06-19T08:10:00+07:00">'
        "</head><body><nav><a href='/'>Beranda</a><a href='/x'>Nasional</a></nav>"
        f"<article><h1>Gempa di Garut</h1>{paragraphs}</article>"
        "<footer>Hak cipta 2025</footer></body></html>",
        encoding="utf-8",
    )
    [article] = _articles(_items(page))
    assert "12 rumah rusak" in article.text
    assert "Beranda" not in article.text and "Hak cipta" not in article.text
    assert article.published is not None and article.published.isoformat() == "2025-06-19T08:10:00+07:00"
    assert article.outlet == "wartacontoh"


def test_xlsx(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "a.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Sumber", "Judul", "Isi", "Tanggal", "Kategori", "Link"])
    sheet.append([1, "Okezone", "Gempa", BODY + "_x000D_\nBaris.", "18 Juni 2025 |16:30 WIB", "News",
                  "https://news.okezone.com/read/1"])
    sheet.append([None] * 7)
    book.save(path)
    [article] = _articles(_items(path))
    assert article.outlet == "okezone"
    assert article.position == "sheet 'Sheet' row 2"
    assert "\r" not in article.text and "_x000D_" not in article.text
    assert article.published is not None and article.published.hour == 16
