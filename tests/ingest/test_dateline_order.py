"""Which side of a dateline is the outlet and which the city (shapes from real scrapes)."""

from __future__ import annotations

import pytest

from kabar.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    ("body", "city", "outlet", "rest"),
    [
        # brand first, written as words (the demo corpus's Warta Nusantara)
        ("Warta Nusantara, Garut - Bupati Garut Endang", "Garut", "wartanusantara", "Bupati"),
        ("Jakarta, CNN Indonesia -- Presiden meminta", "Jakarta", "cnnindonesia", "Presiden"),
        ("Bandung, Pikiran Rakyat - Harga cabai", "Bandung", "pikiranrakyat", "Harga"),
                # a place and its region: no outlet, rather than "jawatimur"
        ("Probolinggo, Jawa Timur -Pemerintah Kabupaten", "Probolinggo", None, "Pemerintah"),
        ("Chanthaburi, Thailand\n-\nDua perbatasan", "Chanthaburi", None, "Dua"),
        # the dotted brands of the corpus, either side, any dash
        ("JAKARTA, KOMPAS.com- Direktur Eksekutif", "JAKARTA", "kompas", "Direktur"),
        ("Liputan6.com, Jakarta - Saham PT Bumi", "Jakarta", "liputan6", "Saham"),
        ("KabarPriangan.id, Garut - Gempa bumi", "Garut", "kabarpriangan", "Gempa"),
        ("GARUT, BERITAGARUT.id \u2013 Badan Meteorologi", "GARUT", "beritagarut", "Badan"),
        ("GIANYAR, TRIBUN-BALI.COM \u2013 Menyongsong Liga 1", "GIANYAR", "tribun-bali", "Menyongsong"),
    ],
)
def test_city_and_outlet(body: str, city: str, outlet: str | None, rest: str) -> None:
    found = find_dateline(body)
    assert found is not None
    assert found.city == city
    assert found.outlet == outlet
    assert body[found.end :].lstrip().startswith(rest)


def test_hyphenated_name_is_not_a_dateline() -> None:
    # "Kim Jong-hyeok": the hyphen inside a name is no dateline dash
    assert find_dateline("WASITKorea Selatan, Kim Jong-hyeok, ditunjuk bertugas di laga itu") is None
