"""extract_claims: which figures of an analysed article are claims, on sentences
written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kabar.analyze.stage import analyze_text
from kabar.claims import extract_claims
from kabar.records import Article

WIB = timezone(timedelta(hours=7))


def _claims(text: str) -> tuple[list[tuple[float | int | str, str]], list[tuple[str, str]]]:
    article = Article(id="a1", title="Uji", text=text, published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    article.clean_text = text
    found = extract_claims(article, analyze_text("a1", text, article.published))
    return [(c.value, c.property_key) for c in found.claims], [(e.text, e.reason) for e in found.excluded]


def test_a_denomination_is_not_an_amount() -> None:
    claims, excluded = _claims(
        "Kejaksaan menyita uang senilai Rp 11,8 triliun. Uang pecahan Rp 100.000 itu ditumpuk memenuhi ruangan."
    )
    assert [value for value, _key in claims] == [11_800_000_000_000]
    assert [reason for _text, reason in excluded if "100.000" in _text] == [
        "a banknote's or coin's denomination, not an amount"
    ]


def test_a_distance_with_a_capitalised_direction_is_a_distance() -> None:
    """"136 km Barat Daya Kabupaten Garut" (as BMKG writes it) and "140 kilometer barat
    daya Kabupaten Garut" are one property, the epicentre's distance."""
    claims, _excluded = _claims(
        '"136 km Barat Daya Kabupaten Garut Jabar," tulis BMKG. '
        "Pusat gempa berada di laut 140 kilometer barat daya Kabupaten Garut, kata BMKG."
    )
    assert claims == [(136, "jarak:barat daya"), (140, "jarak:barat daya")]
