from datetime import UTC, datetime, timedelta, timezone

import pytest

from kabar.ingest.published import has_date_string, parse_published

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("raw", "time", "expected"),
    [
        ("Diperbarui 18 Jun 2025, 14:05 WIB", None, datetime(2025, 6, 18, 14, 5, tzinfo=WIB)),
        ("Kompas.com- 18/06/2025, 22:01 WIB", None, datetime(2025, 6, 18, 22, 1, tzinfo=WIB)),
        (",\u00a0Jurnalis-Rabu, 18 Juni 2025 |16:30 WIB", None, datetime(2025, 6, 18, 16, 30, tzinfo=WIB)),
        ("Rabu, 18 Juni 2025 |16:30 WIB", None, datetime(2025, 6, 18, 16, 30, tzinfo=WIB)),
        ("Tayang: Senin, 9 Juni 2025 10:15 WITA", None, datetime(2025, 6, 9, 10, 15, tzinfo=WITA)),
        ("Selasa, 10 Juni 2025 - 19:32 WIT", None, datetime(2025, 6, 10, 19, 32, tzinfo=WIT)),
        ("10 Juni 2025 | 13.21 WIB", None, datetime(2025, 6, 10, 13, 21, tzinfo=WIB)),
        ("Senin, 9 Jun 2025 - 10:15 WIB_x000D_", None, datetime(2025, 6, 9, 10, 15, tzinfo=WIB)),
        ("2025-06-18T15:59:00+07:00", None, datetime(2025, 6, 18, 15, 59, tzinfo=WIB)),
        ("2025-06-18T08:59:00Z", None, datetime(2025, 6, 18, 8, 59, tzinfo=UTC)),
        ("06 Jun 2025", "21:02", datetime(2025, 6, 6, 21, 2, tzinfo=WIB)),
        ("Rabu, 21 Mei  2025 09:00 WIB", None, datetime(2025, 5, 21, 9, 0, tzinfo=WIB)),
        ("18 Juni 2025", None, datetime(2025, 6, 18, 0, 0, tzinfo=WIB)),
    ],
)
def test_parse_published(raw: str, time: str | None, expected: datetime) -> None:
    parsed = parse_published(raw, time)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("raw", ["Tidak Ditemukan", "Scroll ke bawah untuk membaca berita", "", None])
def test_no_date(raw: str | None) -> None:
    assert parse_published(raw) is None
    assert not has_date_string(raw)


def test_impossible_date_is_none() -> None:
    assert parse_published("31 Februari 2025 10:00 WIB") is None
