import pytest

from kabar.ingest.fields import map_columns, parse_map_option


def test_indonesian_and_english_columns() -> None:
    cols = ["\ufeffsumber", "url", "judul", "author", "tanggal_publikasi", "isi_berita"]
    assert map_columns(cols) == {
        "outlet": "\ufeffsumber", "url": "url", "title": "judul", "author": "author",
        "date": "tanggal_publikasi", "text": "isi_berita",
    }
    assert map_columns(["No", "Sumber", "Judul", "Isi", "Tanggal", "Kategori", "Link"])["text"] == "Isi"
    assert map_columns(["Title", "Content", "Date", "Time"])["time"] == "Time"


def test_override_wins() -> None:
    assert map_columns(["naskah", "judul"], {"text": "NASKAH"})["text"] == "naskah"


def test_bad_map_option() -> None:
    with pytest.raises(ValueError, match="field=column"):
        parse_map_option(["text"])
    with pytest.raises(ValueError, match="unknown field"):
        parse_map_option(["teks=isi"])
