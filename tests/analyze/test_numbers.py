from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from kabar.analyze.numbers import (
    format_id,
    parse_digits,
    parse_number,
    parse_ordinal,
    parse_vague,
    parse_word_tokens,
    to_number,
    words_to_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.000", 10000),
        ("4,8", 4.8),
        ("1.234.567,89", 1234567.89),
        ("281.200.000", 281200000),
        ("0,88", 0.88),
        ("1.500", 1500),
        ("1,5", 1.5),
        ("2025", 2025),
        ("0", 0),
        # English style where Indonesian is impossible
        ("1,234,567", 1234567),
        ("1,234.5", 1234.5),
        ("0.88", 0.88),
        ("4.8", 4.8),
        ("152.25", 152.25),
        ("0.500", 0.5),
    ],
)
def test_parse_digits(text: str, expected: float) -> None:
    value = parse_digits(text)
    assert value is not None
    assert to_number(value) == expected
    assert type(to_number(value)) is type(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "1.2.3", "12.34.567", "1.234,5.6", "1,23,456", "1" * 30, "1..2", "-5"]
)
def test_parse_digits_rejects(text: str) -> None:
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 281,2 juta", 281_200_000),
        ("Rp281.200.000", 281_200_000),
        ("USD 152,5 miliar", 152_500_000_000),
        ("Rp 17,76 T", 17_760_000_000_000),
        ("Rp 5 M", 5_000_000_000),
        ("Rp 50k", 50_000),
        ("1,5 juta", 1_500_000),
        ("US$ 3 miliar", 3_000_000_000),
        ("$5", 5),
        ("3,72 jt", 3_720_000),
        ("25 rb", 25_000),
        ("2 milyar", 2_000_000_000),
        ("1,2 triliun", 1_200_000_000_000),
        ("7 million", 7_000_000),
        ("5 juta euro", 5_000_000),
        ("900 rupiah", 900),
        ("sebelas ribu", 11_000),
        ("dua puluh tiga", 23),
        ("seratus", 100),
        ("seribu", 1000),
        ("setengah", 0.5),
        ("tujuh", 7),
        ("satu", 1),
        ("sejuta", 1_000_000),
        ("dua belas", 12),
        ("seratus dua puluh lima ribu tiga ratus", 125_300),
        ("satu miliar dua ratus juta", 1_200_000_000),
        ("tiga triliun", 3_000_000_000_000),
        ("Empat Puluh", 40),
        ("ratusan", 100),
        ("puluhan", 10),
        ("ribuan", 1000),
        ("beberapa ribu", 2000),
        ("sejumlah kecil", 2),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "  ", "5 M", "17 T", "abc", "satu dua", "ribu", "Rp", "tahun"]
)
def test_parse_number_rejects(text: str) -> None:
    # "M" and "T" multiply only after a currency; stray words are not numbers
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nol", 0),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("sembilan belas", 19),
        ("seratus sebelas", 111),
        ("dua ratus lima", 205),
        ("seribu satu", 1001),
        ("satu juta seratus ribu", 1_100_000),
        ("sejuta lima ratus ribu", 1_500_000),
        ("satu setengah", 1.5),
        ("dua setengah juta", 2_500_000),
        ("setengah juta", 500_000),
        ("seperempat", 0.25),
        ("dua koma lima", 2.5),
        ("nol koma nol lima", 0.05),
        ("seribu triliun", 10**15),
        ("dua-puluh", 20),
    ],
)
def test_words_to_number(text: str, expected: float) -> None:
    assert words_to_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "dua tiga",
        "belas",
        "puluh dua",
        "seratus seratus",
        "dua ribu ribu",
        "dua juta tiga ribu juta",
        "satu nol",
        "tujuh orang",
        "5 ribu",
        "dua puluh tiga ratus",
    ],
)
def test_words_to_number_rejects(text: str) -> None:
    assert words_to_number(text) is None


def test_parse_word_tokens_reads_longest_prefix() -> None:
    assert parse_word_tokens(["dua", "puluh", "tiga", "orang"]) == (Decimal(23), 3)
    assert parse_word_tokens(["tiga", "dua"]) == (Decimal(3), 1)
    assert parse_word_tokens(["orang"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ratusan", 100),
        ("puluhan ribu", 10_000),
        ("ratusan juta", 100_000_000),
        ("belasan", 11),
        ("jutaan", 1_000_000),
        ("beberapa ratus", 200),
        ("beberapa ribu", 2000),
        ("sejumlah kecil", 2),
        ("sejumlah besar", 2),
        ("beberapa", 2),
    ],
)
def test_parse_vague(text: str, expected: int) -> None:
    assert parse_vague(text) == expected


@pytest.mark.parametrize("text", ["", "ratusan orang", "tiga", "sejumlah warga", "beberapa kali"])
def test_parse_vague_rejects(text: str) -> None:
    assert parse_vague(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ke-3", 3),
        ("ke-15", 15),
        ("Ke - 100", 100),
        ("ketiga", 3),
        ("kedua", 2),
        ("pertama", 1),
        ("kesatu", 1),
        ("kesepuluh", 10),
        ("kesebelas", 11),
        ("kedua belas", 12),
        ("ketiga puluh", 30),
        ("keseratus", 100),
    ],
)
def test_parse_ordinal(text: str, expected: int) -> None:
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize("text", ["", "ke", "keluarga", "kenol", "tiga", "ke-"])
def test_parse_ordinal_rejects(text: str) -> None:
    assert parse_ordinal(text) is None


def test_every_integer_to_ten_thousand_round_trips_through_words() -> None:
    bad = [n for n in range(10_001) if words_to_number(num2words(n, lang="id")) != n]
    assert bad == []


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_num2words_round_trip(n: int) -> None:
    assert parse_number(num2words(n, lang="id")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_indonesian_thousands_round_trip(n: int) -> None:
    assert parse_number(format_id(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=99))
def test_indonesian_decimal_comma_round_trip(whole: int, cents: int) -> None:
    text = f"{format_id(whole)},{cents:02d}"
    assert parse_number(text) == pytest.approx(whole + cents / 100)


def test_format_id() -> None:
    assert format_id(0) == "0"
    assert format_id(999) == "999"
    assert format_id(1000) == "1.000"
    assert format_id(281_200_000) == "281.200.000"
    assert all(parse_number(format_id(n)) == n for n in range(0, 2_000_000, 997))


def test_english_separators_read_a_lone_separator_the_english_way() -> None:
    from decimal import Decimal

    from kabar.analyze.numbers import english_separators

    with english_separators():
        assert parse_digits("1,500") == Decimal(1500)
        assert parse_digits("1.500") == Decimal("1.5")
        assert parse_digits("0,500") == Decimal("0.500")  # no thousands after a zero
        assert parse_digits("1,234,567") == Decimal(1234567)
        assert parse_digits("1.234,5") == Decimal("1234.5")  # both written: unambiguous
    assert parse_digits("1,500") == Decimal("1.5") and parse_digits("1.500") == Decimal(1500)
