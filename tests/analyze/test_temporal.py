"""Tests for kabar.analyze.temporal: date/time mentions in Indonesian text.

Every sentence here is written for these tests; none is copied from a news source.
Unless a test says otherwise the anchor is Wednesday 18 June 2025, 14:05 WIB.
"""

from __future__ import annotations

import itertools
import json
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from _growth import grows_linearly
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.analyze.temporal import (
    FUTURE_WINDOW_DAYS,
    PAST_WINDOW_DAYS,
    DateMention,
    extract_dates,
)

WIB = timezone(timedelta(hours=7))
ANCHOR = datetime(2025, 6, 18, 14, 5, tzinfo=WIB)  # a Wednesday
MONDAY = datetime(2025, 6, 16, 9, 0, tzinfo=WIB)


def d(text: str) -> date:
    return date.fromisoformat(text)


def one(text: str, anchor: datetime | date | None = ANCHOR) -> DateMention:
    found = extract_dates(text, anchor)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def find(text: str, phrase: str, anchor: datetime | date | None = ANCHOR) -> DateMention:
    for m in extract_dates(text, anchor):
        if m.text == phrase:
            return m
    raise AssertionError(f"{phrase!r} not in {[m.text for m in extract_dates(text, anchor)]}")


def texts(text: str, anchor: datetime | date | None = ANCHOR) -> list[str]:
    return [m.text for m in extract_dates(text, anchor)]


# --- absolute dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gedung itu diresmikan pada 29 Oktober 2024 oleh gubernur.", "29 Oktober 2024", "2024-10-29"),
        ("Sidang digelar di Jakarta, Rabu (18/6/2025).", "Rabu (18/6/2025)", "2025-06-18"),
        ("Diperbarui 18 Jun 2025 untuk pembaca.", "18 Jun 2025", "2025-06-18"),
        ("Surat itu bertanggal 18/06/2025 dan diteken direktur.", "18/06/2025", "2025-06-18"),
        ("Data per 2025-06-18 menunjukkan kenaikan.", "2025-06-18", "2025-06-18"),
        ("Rapat dibuka Senin, 9 Juni 2025 di balai kota.", "Senin, 9 Juni 2025", "2025-06-09"),
        ("Tagihan jatuh tempo 18-06-2025.", "18-06-2025", "2025-06-18"),
        ("Laporan itu terbit June 18, 2025 di London.", "June 18, 2025", "2025-06-18"),
        ("Korban diperiksa pada Rabu (11//6/25), kata polisi.", "Rabu (11//6/25)", "2025-06-11"),
        ("Ia dilantik Senin, (9/6/2025) di istana.", "Senin, (9/6/2025)", "2025-06-09"),
        ("Acara berlangsung hari Minggu tanggal 15 Juni 2025 di taman.",
         "Minggu tanggal 15 Juni 2025", "2025-06-15"),
        ("Pengumuman dirilis 18 JUNI 2025 pagi.", "18 JUNI 2025", "2025-06-18"),
        ("Batas akhir 5 Sept. 2025 bagi peserta.", "5 Sept. 2025", "2025-09-05"),
    ],
)
def test_absolute_dates(text: str, phrase: str, value: str) -> None:
    for anchor in (ANCHOR, None):
        m = find(text, phrase, anchor)
        assert m.kind == "date"
        assert m.value == d(value)
        assert m.resolved
        assert m.rule == "absolute"
        assert m.anchor_source is None  # a full date needs no anchor
        assert text[m.start:m.end] == m.text


def test_month_and_year_is_a_period() -> None:
    m = one("Harga cabai naik sepanjang Juni 2025 di pasar induk.")
    assert (m.kind, m.value, m.end_value, m.rule) == ("period", d("2025-06-01"), d("2025-06-30"), "month_year")
    m = one("Stok beras pada akhir Mei 2025 naik tipis.")
    assert (m.text, m.value, m.end_value) == ("akhir Mei 2025", d("2025-05-21"), d("2025-05-31"))
    m = one("Penjualan Januari-Maret 2025 turun.")
    assert (m.value, m.end_value) == (d("2025-01-01"), d("2025-03-31"))


def test_iso_datetime_keeps_time_and_offset() -> None:
    m = one("Waktu unggah 2025-06-18T15:59:00+07:00 menurut server.")
    assert (m.kind, m.value, m.time, m.tz) == ("datetime", d("2025-06-18"), "15:59", "+07:00")


def test_impossible_dates_are_not_dates() -> None:
    assert texts("Nomor seri 31/2/2025 dan kode 32 Juni tidak sah.") == []


def test_weekday_that_disagrees_with_a_full_date_keeps_the_date_and_notes_it() -> None:
    m = one("Ia ditangkap Kamis (18/6/2025) malam.")  # 18 June 2025 was a Wednesday
    assert m.value == d("2025-06-18")
    assert m.note is not None and "Kamis" in m.note


def test_dateparser_fallback_for_old_spellings() -> None:
    m = one("Proklamasi dibacakan lagi pada 18 Djuni 1945 di radio.")
    assert (m.value, m.rule) == (d("1945-06-18"), "dateparser")


# --- dates without a year -------------------------------------------------------------


def test_weekday_with_day_month_takes_the_anchor_year_or_the_one_before() -> None:
    m = one("Polisi menerima laporan itu pada Selasa (10/6).")
    assert (m.value, m.rule, m.anchor_source, m.note) == (d("2025-06-10"), "weekday+daymonth", "published", None)
    # 31 October 2025 would be months after the anchor: it is last October (a Thursday)
    m = one("Pertemuan pertama terjadi Kamis (31/10).")
    assert m.value == d("2024-10-31")
    assert m.note is None


def test_weekday_that_disagrees_with_day_month_prefers_the_day_month() -> None:
    m = one("Tim tiba di lokasi Jumat (10/6).")  # 10 June 2025 was a Tuesday
    assert m.value == d("2025-06-10")
    assert m.note is not None and "Jumat" in m.note and "Selasa" in m.note


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Timnya debut pada 29 Mei di Seoul.", "2025-05-29"),
        ("Pameran dibuka 5 Agustus bagi umum.", "2025-08-05"),  # 48 days ahead: this year
        ("Pameran dibuka 5 September bagi umum.", "2024-09-05"),  # 79 days ahead: last year
        ("Ia tiba 19 Agustus di bandara.", "2025-08-19"),  # exactly FUTURE_WINDOW_DAYS ahead
        ("Ia tiba 20 Agustus di bandara.", "2024-08-20"),  # one day more
        ("Ia lahir 29 Februari di desa itu.", "2024-02-29"),
        ("Film itu tayang 12 Juni mendatang.", "2026-06-12"),  # never before the anchor
        ("Pabrik berhenti sejak 20 Juni lalu.", "2024-06-20"),  # never after the anchor
        ("Pajak baru berlaku mulai 1 Juli nanti.", "2025-07-01"),
        ("Kantor itu tutup sejak 5 Juni lalu.", "2025-06-05"),
    ],
)
def test_year_inference_for_day_and_month(text: str, value: str) -> None:
    m = one(text)
    assert m.value == d(value)
    assert m.rule == "daymonth"
    assert m.anchor_source == "published"


def test_year_window_constants_cover_one_year() -> None:
    assert FUTURE_WINDOW_DAYS + PAST_WINDOW_DAYS == 365
    assert 45 <= FUTURE_WINDOW_DAYS <= 75  # "about two months"


def test_yearless_date_across_new_year() -> None:
    anchor = datetime(2024, 12, 20, 10, 0, tzinfo=WIB)
    assert one("Sekolah dibuka lagi 5 Januari.", anchor).value == d("2025-01-05")
    assert one("Sekolah ditutup 5 Desember.", anchor).value == d("2024-12-05")


def test_tense_cues_move_a_yearless_date() -> None:
    # "akan" in the clause: a date later in the year is the coming one
    assert one("Konser itu akan digelar pada 20 Desember di stadion.").value == d("2025-12-20")
    assert one("Konser itu digelar pada 20 Desember di stadion.").value == d("2024-12-20")
    # "sempat" in the clause: never after the anchor
    assert one("Ia sempat dirawat pada 1 Agustus di rumah sakit.").value == d("2024-08-01")


def test_yearless_dates_without_anchor_stay_unresolved() -> None:
    m = one("Polisi menerima laporan itu pada Selasa (10/6).", None)
    assert (m.value, m.resolved, m.anchor_source) == (None, False, None)
    assert m.rule == "weekday+daymonth"


def test_street_named_after_a_date_is_not_a_date() -> None:
    assert texts("Kantornya di Jalan 13 Desember No. 8, Binjai.") == []


# --- weekdays -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Menurut dia, rapat berlangsung Selasa.", "Selasa", "2025-06-17"),
        ("Menurut dia, rapat berlangsung Rabu.", "Rabu", "2025-06-18"),  # the same day counts
        ("Menurut dia, rapat berlangsung Kamis.", "Kamis", "2025-06-12"),
        ("Warga berkumpul pada hari Selasa di masjid.", "hari Selasa", "2025-06-17"),
        ("Ia pulang Rabu lalu ke kampungnya.", "Rabu lalu", "2025-06-11"),  # strictly before
        ("Ia pulang Senin kemarin ke kampungnya.", "Senin kemarin", "2025-06-16"),
        ("Tim berangkat Jumat depan ke Osaka.", "Jumat depan", "2025-06-20"),
        ("Tim berangkat Rabu mendatang ke Osaka.", "Rabu mendatang", "2025-06-25"),  # strictly after
        ("Sidang dilanjutkan Jumat ini.", "Jumat ini", "2025-06-20"),
        ("Ia diperiksa Senin pekan lalu.", "Senin pekan lalu", "2025-06-09"),
        ("Ia diperiksa Selasa malam di kantor polisi.", "Selasa malam", "2025-06-17"),
        ("Kami datang pada Minggu lalu ke rumahnya.", "Minggu lalu", "2025-06-15"),
        ("Ia menelepon Jum'at pagi.", "Jum'at pagi", "2025-06-13"),
    ],
)
def test_weekday_rule(text: str, phrase: str, value: str) -> None:
    m = find(text, phrase)
    assert (m.kind, m.value, m.rule, m.anchor_source) == ("date", d(value), "weekday", "published")


def test_weekday_after_a_future_cue_is_the_next_one() -> None:
    assert find("Lomba akan digelar pada hari Jumat.", "hari Jumat").value == d("2025-06-20")
    assert find("Tim itu masih harus bertanding pada hari Jumat.", "hari Jumat").value == d("2025-06-20")
    # the cue sits in the quote, not in the clause of the weekday
    m = find('"Kami akan datang lagi," kata dia, Senin.', "Senin")
    assert m.value == d("2025-06-16")


@pytest.mark.parametrize(
    "text",
    [
        "Toko itu buka setiap Senin sampai sore.",
        "Layanan tersedia Senin-Jumat pukul kerja.",
        "Kantor buka Senin hingga Jumat.",
        "Lagu itu bertahan 5 Minggu berturut-turut di tangga lagu.",
        "Liga memasuki Minggu ke-3 musim ini.",
        "Kami libur tiap hari Minggu.",
        # a list of three or more days is a schedule's
        "Paket bahan makanan itu untuk Senin, Selasa, Rabu, kata petugas.",
        "Jadwal latihan mereka Senin, Rabu dan Jumat.",
    ],
)
def test_not_a_particular_weekday(text: str) -> None:
    assert not [m for m in extract_dates(text, ANCHOR) if m.rule == "weekday"]


def test_two_weekdays_or_weekdays_with_their_dates_are_days() -> None:
    assert len([m for m in extract_dates("Unjuk rasa digelar Senin dan Selasa.", ANCHOR) if m.rule == "weekday"]) == 2
    dated = extract_dates("Sidang digelar Senin (9/6), Selasa (10/6) dan Rabu (11/6).", ANCHOR)
    assert [m.value for m in dated] == [d("2025-06-09"), d("2025-06-10"), d("2025-06-11")]


def test_minggu_as_week_or_sunday() -> None:
    m = find("Minggu lalu, harga beras naik lagi.", "Minggu lalu")
    assert (m.kind, m.value, m.end_value) == ("period", d("2025-06-09"), d("2025-06-15"))
    m = find("Harga beras naik lagi minggu lalu.", "minggu lalu")
    assert m.kind == "period"
    m = find("Harga beras naik lagi pada Minggu lalu.", "Minggu lalu")
    assert (m.kind, m.value) == ("date", d("2025-06-15"))


# --- relative days and periods --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("kemarin", "2025-06-17"),
        ("kemarin malam", "2025-06-17"),
        ("kemarin lusa", "2025-06-16"),
        ("hari ini", "2025-06-18"),
        ("dini hari tadi", "2025-06-18"),
        ("tadi pagi", "2025-06-18"),
        ("tadi malam", "2025-06-17"),
        ("semalam", "2025-06-17"),
        ("malam ini", "2025-06-18"),
        ("besok", "2025-06-19"),
        ("esok hari", "2025-06-19"),
        ("lusa", "2025-06-20"),
    ],
)
def test_relative_days(phrase: str, value: str) -> None:
    m = one(f"Hujan deras turun {phrase} di kota itu.")
    assert (m.text, m.kind, m.value, m.resolved) == (phrase, "date", d(value), True)
    assert m.rule == "relative:" + phrase.replace(" ", "_")
    assert m.anchor_source == "published"


def test_night_before_even_for_an_evening_article() -> None:
    evening = datetime(2025, 6, 18, 21, 30, tzinfo=WIB)
    assert one("Penghargaan itu dibagikan tadi malam.", evening).value == d("2025-06-17")


def test_last_night_in_the_small_hours_is_the_anchors_own_day() -> None:
    """A time after midnight of "tadi malam" is on the day of a morning report: the
    watch "sampai pukul 00.40 WIB tadi malam" came after a quake at 23.55 the day
    before, not 24 hours before it."""
    morning = datetime(2025, 6, 10, 6, 10, tzinfo=WIB)
    after = one("Sampai pukul 00.40 WIB tadi malam, petugas belum mencatat getaran lanjutan.", morning)
    assert (after.kind, after.value, after.time) == ("datetime", d("2025-06-10"), "00:40")
    assert one("Gempa susulan terasa semalam pukul 02.15 WIB.", morning).value == d("2025-06-10")
    before = one("Gempa terjadi tadi malam pukul 23.55 WIB.", morning)
    assert (before.value, before.time) == (d("2025-06-09"), "23:55")


def test_semalam_meaning_one_night_is_not_a_date() -> None:
    assert texts("Mereka menginap semalam di hotel itu.") == []


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("pekan ini", "2025-06-16", "2025-06-22"),
        ("pekan lalu", "2025-06-09", "2025-06-15"),
        ("pekan depan", "2025-06-23", "2025-06-29"),
        ("minggu lalu", "2025-06-09", "2025-06-15"),
        ("minggu depan", "2025-06-23", "2025-06-29"),
        ("bulan ini", "2025-06-01", "2025-06-30"),
        ("bulan lalu", "2025-05-01", "2025-05-31"),
        ("bulan depan", "2025-07-01", "2025-07-31"),
        ("tahun ini", "2025-01-01", "2025-12-31"),
        ("tahun lalu", "2024-01-01", "2024-12-31"),
        ("tahun depan", "2026-01-01", "2026-12-31"),
        ("akhir pekan", "2025-06-21", "2025-06-22"),  # Wednesday: the coming weekend
        ("akhir pekan lalu", "2025-06-14", "2025-06-15"),
        ("awal bulan ini", "2025-06-01", "2025-06-10"),
        ("akhir tahun", "2025-10-01", "2025-12-31"),
        ("tengah pekan ini", "2025-06-18", "2025-06-18"),
    ],
)
def test_relative_periods(phrase: str, start: str, end: str) -> None:
    m = one(f"Harga emas bergerak {phrase} menurut analis.")
    assert (m.text, m.kind, m.value, m.end_value) == (phrase, "period", d(start), d(end))
    assert m.rule.startswith("relative:")


def test_bare_weekend_early_in_the_week_is_the_one_just_gone() -> None:
    m = one("Jalanan ramai akhir pekan.", MONDAY)
    assert (m.value, m.end_value) == (d("2025-06-14"), d("2025-06-15"))
    m = one("Jalanan ramai akhir pekan ini.", MONDAY)
    assert (m.value, m.end_value) == (d("2025-06-21"), d("2025-06-22"))


@pytest.mark.parametrize(
    "text",
    [
        "Pesta ulang tahun ini dihadiri banyak orang.",
        "Kisah itu terjadi belasan tahun lalu.",
        "Ia sudah beberapa bulan ini sakit.",
        "Selama 3 (tiga) bulan ini kami bekerja.",
        "Diskon berlaku setiap akhir pekan.",
        "Itu terjadi beberapa hari lalu.",
        "Dulu turnamen kecil itu cukup satu akhir pekan saja.",
        "Loket retribusi dibuka Senin-Kamis sejak pagi, adapun Jumat hanya sampai siang.",
        "Pamannya dosen hukum Universitas 17 Agustus 1945 di kota itu.",
        "Kiper itu mengaku musim kemarin berat untuknya.",
        "Penyerang itu tampil apik sepanjang musim 2024/2025 kemarin.",
        "Serial itu tayang setiap Selasa dan Jumat malam.",
        "Kirab budaya itu biasanya digelar pada hari Jumat.",
        "Laga akhir pekan di liga itu umumnya dimulai sore hari.",
    ],
)
def test_vague_or_habitual_spans_are_not_dates(text: str) -> None:
    assert [m.text for m in extract_dates(text, ANCHOR) if m.resolved] == []


def test_kemarin_after_a_year_is_that_year_not_yesterday() -> None:
    """"sejak tahun 2022 kemarin" is last in 2022, not the day before the report."""
    assert [(m.text, m.value) for m in extract_dates("Bek itu bermain di Wales sejak tahun 2022 kemarin.", ANCHOR)] == [
        ("tahun 2022", d("2022-01-01"))
    ]
    assert [m.text for m in extract_dates("Juara dunia 2022 kemarin (17/6/25) tiba.", ANCHOR)] == ["(17/6/25)"]
    # a count before it is no year
    assert one("Mereka menang 3-1 kemarin.").value == d("2025-06-17")


@pytest.mark.parametrize(
    "text",
    [
        "Penumpang melonjak menjelang Idul Adha kemarin.",
        "Ia berterima kasih atas suara yang diberikan pada pileg kemarin.",
        "Setelah Indonesia Open kemarin, pelatih menyusun rencana baru.",
        "Foto itu ia unggah pada bulan Ramadan kemarin.",
        "Karena libur panjang kemarin, proyek itu belum dicek.",
    ],
)
def test_kemarin_after_a_named_occasion_is_the_recent_one_not_yesterday(text: str) -> None:
    """"Idul Adha kemarin" is the holiday just gone, whenever it was: no date."""
    assert [m.text for m in extract_dates(text, ANCHOR)] == []


def test_besok_or_kemarin_after_a_written_day_only_calls_it_coming_or_past() -> None:
    """"tanggal 30 Juni besok" is the coming 30 June, not the day after the anchor."""
    assert [(m.text, m.value) for m in extract_dates("Target rampung tanggal 30 Juni besok.", ANCHOR)] == [
        ("30 Juni", d("2025-06-30"))
    ]
    assert [m.value for m in extract_dates("Rapat digelar Jumat (20/6/2025) besok.", ANCHOR)] == [d("2025-06-20")]
    assert one("Rapat digelar besok.").value == d("2025-06-19")


def test_kemarin_after_a_comma_following_an_occasion_is_yesterday() -> None:
    assert one("Kantor tutup saat libur Kenaikan Isa Almasih, kemarin.").value == d("2025-06-17")


def test_kemarin_itu_is_the_other_day_not_yesterday() -> None:
    """"Kemarin itu sekitar lima jam" in speech: some days ago, said loosely."""
    assert extract_dates('"Kemarin itu sekitar lima jam prosesnya," ujarnya.', ANCHOR) == []
    assert one("Rapat digelar kemarin, katanya.").value == d("2025-06-17")


def test_a_bare_weekday_is_the_day_of_that_weekday_the_text_writes_in_full() -> None:
    """In a report of Wednesday 18 June, "di hari Jumat" beside "Jumat, 20 Juni 2025"
    is that Friday, not the Friday before."""
    text = ("Konser digelar Jumat, 20 Juni 2025, di Bandung. Penyanyi itu bilang di hari Jumat itu ia "
            "juga punya acara lain.")
    assert find(text, "hari Jumat").value == d("2025-06-20")
    # alone, the last Friday
    assert one("Penyanyi itu bilang di hari Jumat ia punya acara lain.").value == d("2025-06-13")
    # two such days written: no telling which
    two = "Konser digelar Jumat (13/6) dan Jumat (20/6). Di hari Jumat ia tampil."
    assert find(two, "hari Jumat").value == d("2025-06-13")
    # nor against its own direction: "Jumat lalu" is the last one
    assert find("Konser digelar Jumat, 20 Juni 2025. Jumat lalu ia latihan.", "Jumat lalu").value == d("2025-06-13")
    # nor a day more than WEEKDAY_DATED_DAYS from the anchor
    far = "Konser digelar Jumat, 27 Juni 2025. Di hari Jumat ia tampil."
    assert find(far, "hari Jumat").value == d("2025-06-13")


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end", "kind"),
    [
        ("Kebakaran terjadi tiga hari lalu.", "tiga hari lalu", "2025-06-15", None, "date"),
        ("Harga naik dalam dua tahun terakhir.", "dua tahun terakhir", "2023-06-18", "2025-06-18", "period"),
        ("Hujan turun sepekan terakhir.", "sepekan terakhir", "2025-06-11", "2025-06-18", "period"),
        ("Pasar sepi sebulan terakhir.", "sebulan terakhir", "2025-05-18", "2025-06-18", "period"),
        ("Ia pindah dua pekan lalu.", "dua pekan lalu", "2025-06-02", "2025-06-08", "period"),
        ("Ia pindah tiga bulan lalu.", "tiga bulan lalu", "2025-03-01", "2025-03-31", "period"),
        ("Perusahaan berdiri 28 tahun silam.", "28 tahun silam", "1997-01-01", "1997-12-31", "period"),
        ("Cuaca cerah 5 hari ke depan.", "5 hari ke depan", "2025-06-18", "2025-06-23", "period"),
        ("Pemilu digelar dua hari lagi.", "dua hari lagi", "2025-06-20", None, "date"),
        ("Ia pergi dua belas hari lalu.", "dua belas hari lalu", "2025-06-06", None, "date"),
    ],
)
def test_counted_units(text: str, phrase: str, start: str, end: str | None, kind: str) -> None:
    m = find(text, phrase)
    assert m.kind == kind
    assert m.value == d(start)
    assert m.end_value == (d(end) if end else None)


# --- months without a year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("Harga turun sejak Juni lalu.", "Juni lalu", "2024-06-01", "2024-06-30"),
        ("Harga turun sejak April lalu.", "April lalu", "2025-04-01", "2025-04-30"),
        ("Tes dijadwalkan awal November.", "awal November", "2025-11-01", "2025-11-10"),
        ("Tes digelar awal November.", "awal November", "2024-11-01", "2024-11-10"),
        ("Gaji dibayar pada Agustus.", "Agustus", "2025-08-01", "2025-08-31"),
        ("Gaji dibayar pada bulan September.", "bulan September", "2024-09-01", "2024-09-30"),
        ("Turnamen dimulai pertengahan Juli mendatang.", "pertengahan Juli mendatang",
         "2025-07-11", "2025-07-20"),
        ("Ia menikah Mei tahun lalu.", "Mei tahun lalu", "2024-05-01", "2024-05-31"),
        ("Proyek dimulai bulan Juni ini.", "bulan Juni ini", "2025-06-01", "2025-06-30"),
    ],
)
def test_month_alone(text: str, phrase: str, start: str, end: str) -> None:
    m = find(text, phrase)
    assert (m.kind, m.value, m.end_value, m.rule) == ("period", d(start), d(end), "month")


def test_month_name_without_a_cue_is_not_a_date() -> None:
    assert texts("Menteri Raja Juli Antoni hadir bersama Nam Gi Jun.") == []


def test_bare_month_takes_the_year_another_mention_settles() -> None:
    text = "Timnas akan bertanding lagi pada Oktober nanti. Ia berkata, pada bulan Oktober lawan sudah siap."
    first, second = extract_dates(text, ANCHOR)
    assert first.value == second.value == d("2025-10-01")
    assert second.note is not None and "2025" in second.note


def test_a_written_weekday_never_moves_the_year() -> None:
    # 10 June 2024 was a Monday, 10 June 2025 a Tuesday: the slip is in the weekday
    m = one("Warga melapor Senin (10/6) ke polisi.")
    assert m.value == d("2025-06-10")
    assert m.note is not None and "Senin" in m.note


def test_weekday_in_apposition_to_a_date() -> None:
    m = one("Rapat dilanjutkan pada tanggal 1 Juli 2025, hari Selasa, di kantor desa.")
    assert (m.text, m.value, m.note) == ("1 Juli 2025, hari Selasa", d("2025-07-01"), None)


def test_future_cue_is_only_looked_for_before_the_mention() -> None:
    # "akan" belongs to the reported speech after the weekday
    m = find("Presiden pada hari Rabu mengatakan tarif akan naik.", "hari Rabu")
    assert m.value == d("2025-06-18")
    m = find("Presiden pada hari Jumat mengatakan tarif akan naik.", "hari Jumat")
    assert m.value == d("2025-06-13")


def test_a_cue_holds_for_the_other_dates_of_its_sentence() -> None:
    text = "Tahun ini akan ada pawai budaya (9-12 Juli), lomba perahu (9-13 Oktober) dan pasar malam."
    second = find(text, "9-13 Oktober")
    assert (second.value, second.end_value) == (d("2025-10-09"), d("2025-10-13"))
    # without the cue the October dates are last year's
    second = find("Ada pawai budaya (9-12 Juli), lomba perahu (9-13 Oktober) dan pasar malam.",
                  "9-13 Oktober")
    assert second.value == d("2024-10-09")


def test_periods_relative_to_the_story_are_not_resolved_against_the_anchor() -> None:
    assert texts("Harga cabai turun dibanding posisi akhir bulan sebelumnya.") == []
    assert texts("Saham itu naik dalam dua hari ini.") == []
    assert texts("Semoga acara ini lestari di tahun-tahun mendatang.") == []


def test_month_year_elsewhere_does_not_settle_a_bare_month() -> None:
    text = "Skor terbaik sejak Juni 2023. Ia lulus pada Juni dan pindah ke Bandung."
    assert find(text, "Juni").value == d("2025-06-01")


def test_month_glued_into_a_name_or_a_range() -> None:
    assert [m.text for m in extract_dates("Menurut Andi dari MEI-Travel, minat wisata turun.", ANCHOR)] == []
    m = find("Ekspor naik selama Maret-Mei menurut data itu.", "Maret")
    assert m.value == d("2025-03-01")


# --- years ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end", "rule"),
    [
        ("Anggaran tahun 2024 sudah habis.", "tahun 2024", "2024-01-01", "2024-12-31", "year"),
        ("Ia pensiun pada 2020 di klubnya.", "2020", "2020-01-01", "2020-12-31", "year"),
        ("Pabrik beroperasi sejak 2015.", "2015", "2015-01-01", "2015-12-31", "year"),
        ("Proyek rampung akhir 2025.", "akhir 2025", "2025-10-01", "2025-12-31", "year"),
        ("Tren dimulai pertengahan 2015.", "pertengahan 2015", "2015-05-01", "2015-08-31", "year"),
        ("Ia bermain untuk timnas pada 1998-2017.", "1998-2017", "1998-01-01", "2017-12-31", "year_range"),
        ("Dugaan suap terjadi pada tahun 2019-2022.", "tahun 2019-2022", "2019-01-01", "2022-12-31",
         "year_range"),
        ("Rencana kerja 2025 – 2030 disusun.", "2025 – 2030", "2025-01-01", "2030-12-31", "year_range"),
        ("Musik itu populer pada tahun 2020-an.", "tahun 2020-an", "2020-01-01", "2029-12-31", "decade"),
    ],
)
def test_years(text: str, phrase: str, start: str, end: str, rule: str) -> None:
    m = find(text, phrase, None)
    assert (m.kind, m.value, m.end_value, m.rule) == ("period", d(start), d(end), rule)
    assert m.anchor_source is None


@pytest.mark.parametrize(
    "text",
    [
        "Sesuai Pasal 4 ayat 2 undang-undang itu.",
        "Ekonomi tumbuh 4,8 persen.",
        "Sebanyak 2024 peserta hadir.",
        "Aturan itu tertuang dalam UU Nomor 1 Tahun 2023.",
        "Keputusan Menteri Nomor KP 1001 Tahun 2022 berlaku.",
        "Aturan itu dimuat dalam Lembaran Negara Republik Indonesia Tahun 2019 Nomor 45.",
        # a regulation's number translated "of 2023"
        "Berdasarkan pasal 33 peraturan KPPU no. 3 dari 2023, sidang ditunda.",
        "Harga Rp 2.025 per lembar.",
        "Skor akhir 2017-1998 tidak masuk akal.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert texts(text) == []


# --- ranges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        ("Promo berlaku 10 Juni – 10 Juli 2025.", "10 Juni – 10 Juli 2025", "2025-06-10", "2025-07-10"),
        ("Pendaftaran dibuka 27 Mei 2025 hingga 17 Juni 2025.", "27 Mei 2025 hingga 17 Juni 2025",
         "2025-05-27", "2025-06-17"),
        ("Libur 25 Desember - 2 Januari 2026.", "25 Desember - 2 Januari 2026", "2025-12-25", "2026-01-02"),
        ("Museum gratis Selasa (10/6/2025) hingga Jumat (20/6/2025).",
         "Selasa (10/6/2025) hingga Jumat (20/6/2025)", "2025-06-10", "2025-06-20"),
        ("Seleksi digelar 16-20 Juni di Bogor.", "16-20 Juni", "2025-06-16", "2025-06-20"),
        ("Verifikasi berlangsung 10 hingga 16 Juni.", "10 hingga 16 Juni", "2025-06-10", "2025-06-16"),
    ],
)
def test_ranges(text: str, phrase: str, start: str, end: str) -> None:
    m = find(text, phrase)
    assert (m.kind, m.value, m.end_value) == ("period", d(start), d(end))


# --- times ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "hhmm", "tz"),
    [
        ("Gempa terasa pukul 15.24 WIB di pesisir.", "pukul 15.24 WIB", "15:24", "+07:00"),
        ("Kapal berangkat pukul 7.30 dari dermaga.", "pukul 7.30", "07:30", None),
        ("Api muncul sekira pukul 02.02 di gudang.", "sekira pukul 02.02", "02:02", None),
        ("Getaran tercatat 15:24:49 WIB oleh alat.", "15:24:49 WIB", "15:24", "+07:00"),
        ("Rapat dimulai jam 19.15 di aula.", "jam 19.15", "19:15", None),
        ("Hujan turun pukul 18.00 Wita di Makassar.", "pukul 18.00 Wita", "18:00", "+08:00"),
        ("Bentrokan pecah pukul 18.15 WIT di Wamena.", "pukul 18.15 WIT", "18:15", "+09:00"),
        ("Lagu dirilis pukul 18:00 KST di Seoul.", "pukul 18:00 KST", "18:00", "+09:00"),
        ("Mereka tiba sekitar pukul 2 siang di stasiun.", "sekitar pukul 2 siang", "14:00", None),
        ("Toko tutup jam 11 malam setiap hari.", "jam 11 malam", "23:00", None),
        ("Sirene berbunyi pukul 12 malam.", "pukul 12 malam", "00:00", None),
    ],
)
def test_standalone_times(text: str, phrase: str, hhmm: str, tz: str | None) -> None:
    m = one(text)
    assert (m.text, m.kind, m.time, m.tz, m.value, m.resolved) == (phrase, "time", hhmm, tz, None, False)


def test_time_range_keeps_the_start_and_notes_the_end() -> None:
    m = one("Diskon berlaku pukul 17.00-21.00 WIB setiap hari.")
    assert (m.time, m.tz, m.note) == ("17:00", "+07:00", "until 21:00")


def test_a_range_with_its_zone_after_both_times_is_one_time() -> None:
    m = one("Sesi latihan berlangsung pukul 15.00 WIB sampai 15.50 WIB di Ancol.")
    assert (m.time, m.tz, m.note) == ("15:00", "+07:00", "until 15:50")
    m = one("Sesi kedua 09.10 WIB-10.05 WIB.")
    assert (m.time, m.note) == ("09:10", "until 10:05")
    # two zones are two ends of a trip, and a day after the range word is no time
    assert [m.time for m in extract_dates("Pesawat berangkat pukul 16.30 WITA - 17.20 WIB.", ANCHOR)] == ["16:30", "17:20"]
    got = extract_dates("Diskon itu dimulai 3 Juli 2025 pukul 06.00 WIB sampai 5 Juli 2025 pukul 21.00 WIB.", ANCHOR)
    assert [(m.value, m.time) for m in got] == [(date(2025, 7, 3), "06:00"), (date(2025, 7, 5), "21:00")]


def test_not_times() -> None:
    assert texts("Ia diperiksa selama 12 jam dan 6 jam lagi.") == []
    assert texts("Jam tangan itu bernilai mahal.") == []


def test_adjacent_time_merges_into_the_date() -> None:
    m = one("Laga dimulai Selasa (10/6/2025) pukul 18.05 WIB di stadion kota.")
    assert (m.text, m.kind, m.value, m.time, m.tz) == (
        "Selasa (10/6/2025) pukul 18.05 WIB", "datetime", d("2025-06-10"), "18:05", "+07:00",
    )
    m = one("Kecelakaan terjadi sekira pukul 02.02 WIB, Senin (9/6/2025).")
    assert m.text == "sekira pukul 02.02 WIB, Senin (9/6/2025)"
    assert (m.kind, m.value, m.time) == ("datetime", d("2025-06-09"), "02:02")
    assert m.time_start == m.start


def test_time_attaches_within_the_sentence_without_growing_the_span() -> None:
    text = "Polisi datang Selasa (10/6/2025) dan menangkap pelaku sekitar pukul 20.58 WIB."
    m = one(text)
    assert (m.text, m.kind, m.time) == ("Selasa (10/6/2025)", "datetime", "20:58")
    assert m.time_start is not None and m.time_end is not None
    assert text[m.time_start:m.time_end] == "sekitar pukul 20.58 WIB"


def test_time_in_another_sentence_stands_alone() -> None:
    found = extract_dates("Polisi datang Selasa (10/6/2025). Pelaku ditangkap pukul 20.58 WIB.", ANCHOR)
    assert [(m.kind, m.time) for m in found] == [("date", None), ("time", "20:58")]


def test_time_attaches_to_the_nearest_date_and_only_once() -> None:
    text = "Warga mengungsi Senin (9/6/2025) lalu kembali Selasa (10/6/2025) pukul 09.00 WIB."
    first, second = extract_dates(text, ANCHOR)
    assert (first.kind, second.kind, second.time) == ("date", "datetime", "09:00")
    text = "Api muncul kemarin pukul 14.45 WIB dan padam pukul 15.31 WIB."
    first, second = extract_dates(text, ANCHOR)
    assert (first.text, first.value, first.time) == ("kemarin pukul 14.45 WIB", d("2025-06-17"), "14:45")
    assert (second.kind, second.time) == ("time", "15:31")


def test_time_on_an_unresolved_day() -> None:
    m = one("Rapat digelar Selasa pukul 10.00 WIB.", None)
    assert (m.kind, m.value, m.resolved, m.time) == ("datetime", None, False, "10:00")


# --- anchors --------------------------------------------------------------------------


def test_latest_absolute_date_is_the_fallback_anchor() -> None:
    text = ("Sidang pertama digelar Senin (2/6/2025). Putusan dibacakan Rabu (18/6/2025). "
            "Kemarin jaksa menyerahkan berkas.")
    m = find(text, "Kemarin", None)
    assert (m.value, m.anchor_source, m.resolved) == (d("2025-06-17"), "latest_absolute", True)
    # periods do not anchor anything
    m = find("Harga naik sejak Juni 2025. Kemarin harga turun.", "Kemarin", None)
    assert (m.value, m.resolved, m.anchor_source) == (None, False, None)


def test_without_any_anchor_relative_phrases_stay_unresolved() -> None:
    for text in ("Kemarin hujan deras.", "Ia datang Selasa lalu.", "Harga naik pekan lalu.",
                 "Ia tiba 29 Mei di Seoul.", "Gaji dibayar pada Agustus."):
        m = one(text, None)
        assert (m.value, m.end_value, m.resolved, m.anchor_source) == (None, None, False, None), text
        assert m.rule


def test_published_anchor_wins_over_dates_in_the_text() -> None:
    m = find("Putusan dibacakan Rabu (18/6/2025). Kemarin jaksa hadir.", "Kemarin", MONDAY)
    assert (m.value, m.anchor_source) == (d("2025-06-15"), "published")


def test_anchor_may_be_a_date_and_uses_its_local_day() -> None:
    assert one("Kemarin hujan.", date(2025, 6, 18)).value == d("2025-06-17")
    late = datetime(2025, 6, 18, 23, 50, tzinfo=WIB)  # 16:50 UTC: still the 18th in WIB
    assert one("Kemarin hujan.", late).value == d("2025-06-17")


# --- records, offsets, robustness -----------------------------------------------------

RICH = (
    "Jakarta, Rabu (18/6/2025) - Majelis hakim membacakan putusan pukul 14.00 WIB. "
    "Sidang sebelumnya digelar Selasa (10/6) dan pekan lalu. Kasus bermula pada 2019-2022, "
    "ketika terdakwa menerima uang pada akhir Mei 2021. Kemarin jaksa menyatakan pikir-pikir. "
    "Banding akan diajukan pada hari Jumat atau dua hari lagi. Sidang lanjutan 11-12 Juni "
    "mendatang. Listrik padam sekira pukul 02.02 di gedung itu."
)


def test_round_trip_and_offsets() -> None:
    for anchor in (ANCHOR, None):
        found = extract_dates(RICH, anchor)
        assert len(found) >= 9
        for m in found:
            assert RICH[m.start:m.end] == m.text
            data = json.loads(json.dumps(m.as_dict()))
            assert DateMention.from_dict(data) == m
            if m.value is not None:
                assert data["value"] == m.value.isoformat()
        starts = [m.start for m in found]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_empty_and_dateless_text() -> None:
    assert extract_dates("", ANCHOR) == []
    assert extract_dates("Tidak ada tanggal di kalimat ini sama sekali.", ANCHOR) == []


_TOKENS = [
    "Senin", "Selasa", "(10/6)", "(18/6/2025)", "18", "Juni", "2025", "pukul", "15.24", "WIB",
    "kemarin", "lalu", "pekan", "tahun", "akhir", "hingga", "-", ",", ".", "\n", "jam", "Minggu",
    "tiga", "hari", "terakhir", "bulan", "Agustus", "pada", "/", "(", ")", "1998", "2017", "akan",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=40), st.booleans())
def test_never_fails_and_offsets_hold(tokens: list[str], with_anchor: bool) -> None:
    text = " ".join(tokens)
    found = extract_dates(text, ANCHOR if with_anchor else None)
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.kind in {"date", "datetime", "time", "period"}
        assert m.resolved == (m.value is not None)
        if m.kind == "period" and m.value is not None:
            assert m.end_value is not None and m.value <= m.end_value
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_two_megabytes_is_fast() -> None:
    dated = (
        "Polisi menyebut kejadian itu berlangsung Selasa (10/6/2025) sekira pukul 02.02 WIB. "
        "Kemarin warga berkumpul di balai desa, sementara pekan lalu harga naik 4,8 persen. "
        "Menurut Pasal 4, laporan tahun 2024 dan periode 1998-2017 diperiksa lagi pada 29 Mei. "
        "Ia berkata rapat akan digelar Jumat mendatang di Jakarta, Senin, 9 Juni 2025. "
    )
    filler = (
        "Angka penjualan naik 12.500 unit dari catatan lama menurut data itu. "
        "Warga berharap pemerintah segera memperbaiki jalan yang rusak di kawasan tersebut. "
        "Sebanyak 35 orang dilaporkan mengungsi ke balai desa dan masjid terdekat. "
    ) * 3
    block = dated + filler  # about one date expression per 130 characters
    text = (block * (2_000_000 // len(block) + 1))[:2_000_000]
    found = extract_dates(text, ANCHOR)
    assert len(found) > 10_000
    grows_linearly(lambda t: extract_dates(t, ANCHOR), lambda n: text[:n], 1_000_000)


@pytest.mark.parametrize(
    ("unit", "times"),
    [("1", 50_000), ("(", 50_000), ("Senin ", 10_000), ("pukul ", 10_000), ("2025-", 10_000)],
)
def test_degenerate_inputs_grow_linearly(unit: str, times: int) -> None:
    """Four times the input takes well under 16 times as long (no quadratic blow-up).

    Measured as a ratio in one run, so a loaded machine slows both sides alike."""

    def cost(n: int) -> float:
        started = time.perf_counter()
        extract_dates(unit * n, ANCHOR)
        return time.perf_counter() - started

    small = min(cost(times // 4) for _ in range(2))
    large = min(cost(times) for _ in range(2))
    assert large < max(8 * small, 0.05)


def test_long_blank_run_then_a_phrase() -> None:
    found = extract_dates(" " * 200_000 + "kemarin", ANCHOR)
    assert [m.text for m in found] == ["kemarin"]


# --- real texts (../shared; skipped when absent) ---------------------------------------


def test_real_cluster_articles(clusters_dir: Path) -> None:
    """Every article of the court-verdict cluster names its own day (18 June 2025)."""
    paths = sorted((clusters_dir / "vonis-zarof-ricar-2025-06-18").glob("*.json"))
    assert paths
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        published = datetime.fromisoformat(data["published"])
        found = extract_dates(data["text"], published)
        for m in found:
            assert data["text"][m.start:m.end] == m.text
        days = {m.value for m in found if m.kind in {"date", "datetime"}}
        assert date(2025, 6, 18) in days, path.name


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # from today until a weekday: the coming one (the anchor is a Wednesday)
        ("Jalan itu ditutup hari ini sampai dengan hari Jumat.", "hari Jumat", "2025-06-20"),
        ("Mulai besok hingga Minggu aturan itu berlaku.", "Minggu", "2025-06-22"),
        # without it, the last one
        ("Aturan itu berlaku pada hari Jumat.", "hari Jumat", "2025-06-13"),
    ],
)
def test_until_a_weekday_from_today_is_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == d(value)


def test_a_bare_month_listed_before_a_dated_one_takes_its_year() -> None:
    """"pada Mei dan November tahun lalu": both of last year; "Maret dan Agustus 2024"
    both of 2024; "Juni dan Oktober ini" stay this year's."""
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))

    def values(text: str) -> list[date | None]:
        return [m.value for m in extract_dates(text, anchor)]

    assert values("Dua proyek itu rampung pada Mei dan November tahun lalu.") == [date(2024, 5, 1), date(2024, 11, 1)]
    assert values("Pameran digelar pada Maret dan Agustus 2024.") == [date(2024, 3, 1), date(2024, 8, 1)]
    assert values("Rilis pada Juni dan Oktober ini.") == [date(2025, 6, 1), date(2025, 10, 1)]


def test_a_yearless_date_listed_before_a_dated_one_takes_its_year() -> None:
    """"pada 3 Maret dan 14 Agustus 2023": both of 2023, not the first of the anchor's
    year; so each date of a longer list; a weekday's date keeps its own reading."""
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))

    def values(text: str) -> list[date | None]:
        return [m.value for m in extract_dates(text, anchor)]

    assert values("Panitia bersidang pada 3 Maret dan 14 Agustus 2023 di aula.") == [date(2023, 3, 3), date(2023, 8, 14)]
    assert values("Uji coba pada 2 Februari, 9 Maret serta 1 April 2024.") == [
        date(2024, 2, 2), date(2024, 3, 9), date(2024, 4, 1)
    ]
    assert values("Kapal tiba pada 5 Juni dan 8 Juni 2025.") == [date(2025, 6, 5), date(2025, 6, 8)]


def test_the_end_of_a_decimal_or_a_thousand_is_no_count_of_units() -> None:
    """"2,5 tahun ke depan" is no five years ahead, "1.200 tahun lalu" no two hundred
    years ago: left unread rather than read wrong."""
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))
    assert extract_dates("Kontrak itu masih berlaku 2,5 tahun ke depan.", anchor) == []
    assert extract_dates("Candi itu dibangun sekitar 1.200 tahun lalu.", anchor) == []
    assert [m.text for m in extract_dates("Harga naik dalam 5 tahun terakhir.", anchor)] == ["5 tahun terakhir"]


def test_the_end_of_a_plural_is_no_day_nor_week() -> None:
    """"hari-hari ini" are these days, "minggu-minggu ini" these weeks, "kemarin-kemarin"
    lately: none is a day or a week of the calendar; "Hari ini" alone still is."""
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))
    assert extract_dates("Hari-hari ini pasar ramai dan minggu-minggu ini penuh pembeli.", anchor) == []
    assert extract_dates("Bagi yang kemarin-kemarin menunggak, ada keringanan.", anchor) == []
    assert [m.value for m in extract_dates("Hari ini pasar ramai.", anchor)] == [date(2025, 6, 10)]


def test_two_months_with_years_joined_by_hingga_are_one_period() -> None:
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))
    found = extract_dates("Program itu berjalan dari Mei 2024 hingga Februari 2025 di desa itu.", anchor)
    assert [(m.text, m.value, m.end_value) for m in found] == [
        ("Mei 2024 hingga Februari 2025", date(2024, 5, 1), date(2025, 2, 28))
    ]
    listed = extract_dates("Data Juni 2024 dan Januari 2025 dibandingkan.", anchor)
    assert [m.text for m in listed] == ["Juni 2024", "Januari 2025"]


def test_years_listed_after_a_year_are_years() -> None:
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))
    found = extract_dates("Program terbuka bagi lulusan tahun 2025, 2024, dan 2023 dari keluarga kurang mampu.", anchor)
    assert [(m.text, m.value) for m in found] == [
        ("tahun 2025", date(2025, 1, 1)), ("2024", date(2024, 1, 1)), ("2023", date(2023, 1, 1))
    ]
    assert [m.text for m in extract_dates("Tahun 2024, 150 peserta hadir.", anchor)] == ["Tahun 2024"]


def test_days_listed_before_a_date_are_of_its_month() -> None:
    anchor = datetime(2025, 6, 20, 9, tzinfo=timezone(timedelta(hours=7)))
    found = extract_dates("Festival kuliner berlangsung pada 11, 12, dan 14 Juni lalu di lapangan kota.", anchor)
    assert [(m.text, m.value) for m in found] == [
        ("11", date(2025, 6, 11)), ("12", date(2025, 6, 12)), ("14 Juni lalu", date(2025, 6, 14))
    ]
    assert [m.text for m in extract_dates("Pertemuan pada 16 dan 19 Juni 2025 menyepakati.", anchor)] == ["16", "19 Juni 2025"]
    # (a figure before "dan" that is no smaller day is none)
    assert [m.text for m in extract_dates("Sebanyak 12 dan 7 Juni tiba.", anchor)] == ["7 Juni"]


def test_months_listed_before_a_month_and_year_are_of_that_year() -> None:
    anchor = datetime(2025, 6, 10, 9, tzinfo=timezone(timedelta(hours=7)))
    found = extract_dates("Musim kemarau panjang terjadi pada Juni, Juli dan Agustus 2024 lalu.", anchor)
    assert [(m.text, m.value) for m in found][-3:] == [
        ("Juni", date(2024, 6, 1)), ("Juli", date(2024, 7, 1)), ("Agustus 2024", date(2024, 8, 1))
    ]
    assert [m.text for m in extract_dates("Hadir Raja Juli Antoni dan Agustus 2024 tiba.", anchor)] == ["Agustus 2024"]
    # items of a list, each with its month, the last with the year
    found = extract_dates("Tercatat lima kejadian pada Maret, sembilan pada April, dan naik lagi pada Mei 2023.", anchor)
    assert [(m.text, m.value) for m in found] == [
        ("Maret", date(2023, 3, 1)), ("April", date(2023, 4, 1)), ("Mei 2023", date(2023, 5, 1))
    ]
    # not across a sentence's end, nor a month later in the calendar
    found = extract_dates("Lima kejadian pada Maret. Sembilan pada Mei 2023.", anchor)
    assert (found[0].text, found[0].value) == ("Maret", date(2025, 3, 1))
    found = extract_dates("Lima kejadian pada Oktober, sembilan pada Mei 2023.", anchor)
    assert (found[0].text, found[0].value) == ("Oktober", date(2024, 10, 1))


def test_quarters_and_halves_of_a_named_year_are_periods() -> None:
    anchor = datetime(2025, 6, 18, 9, tzinfo=timezone(timedelta(hours=7)))

    def periods(text: str) -> list[tuple[str, date | None, date | None]]:
        return [(m.text, m.value, m.end_value) for m in extract_dates(text, anchor)]

    assert periods("Laba hingga kuartal I-2025 naik.") == [("kuartal I-2025", date(2025, 1, 1), date(2025, 3, 31))]
    assert periods("Ekonomi membaik pada semester II 2025.") == [
        ("semester II 2025", date(2025, 7, 1), date(2025, 12, 31))
    ]
    assert periods("Proyek rampung kuartal IV tahun lalu.") == [
        ("kuartal IV tahun lalu", date(2024, 10, 1), date(2024, 12, 31))
    ]
    assert periods("Laba Q2 2024 turun.") == [("Q2 2024", date(2024, 4, 1), date(2024, 6, 30))]
    # (a quarter with no year is not guessed)
    assert periods("Laba di kuartal I naik.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tim itu menang 2-1 di Matchday 7 pekan lalu.",
        "Laga ke-7 pekan lalu berakhir imbang.",
        "Aturan itu ada di Pasal 7 tahun lalu.",
    ],
)
def test_a_labelled_number_counts_no_weeks_or_years(text: str) -> None:
    """"Matchday 7 pekan lalu" is the seventh matchday, last week: not seven weeks ago."""
    m = one(text)
    assert m.text in ("pekan lalu", "tahun lalu")
    assert m.value == (date(2025, 6, 9) if m.text == "pekan lalu" else date(2024, 1, 1))
    # a count in figures or words still counts
    assert one("Ia pindah 7 pekan lalu.").value == date(2025, 4, 28)


def test_a_range_of_bare_times_is_read_from_its_first() -> None:
    m = one("Sesi latihan: 14.40 - 14.50 WIB")
    assert (m.text, m.time, m.note) == ("14.40 - 14.50 WIB", "14:40", "until 14:50")


def _said_dates(text: str, anchor: datetime = ANCHOR) -> list[DateMention]:
    from kabar.analyze.attribution import attribute, said_spans
    from kabar.analyze.sentences import split_sentences

    sentences = split_sentences(text)
    return extract_dates(text, anchor, said_spans(attribute(text, sentences), sentences))


def test_a_quotation_dated_by_its_attribution_is_read_from_that_day() -> None:
    # said on Monday 16 June, published on Wednesday 18 June
    found = _said_dates(
        "“Besok kami mulai memeriksa saksi, hari ini berkasnya masih kami pelajari,” "
        "kata Kapolres Wonosari AKBP Dimas Prasetyo, Senin (16/6/2025). "
        "Sampai hari ini belum ada tersangka."
    )
    assert [(m.text, m.value, m.anchor_source) for m in found] == [
        ("Besok", d("2025-06-17"), "said"),
        ("hari ini", d("2025-06-16"), "said"),
        ("Senin (16/6/2025)", d("2025-06-16"), None),
        # outside the quotation, the day is the publication's
        ("hari ini", d("2025-06-18"), "published"),
    ]
    assert found[0].note is not None and "2025-06-16" in found[0].note


def test_a_week_in_a_dated_quotation_counts_from_that_day() -> None:
    found = _said_dates(
        "“Minggu depan kami undang semua pihak,” ujar Kepala Desa Sukamaju Heru Wibowo "
        "lewat telepon, Kamis (12/6) lalu.", MONDAY,
    )
    assert (found[0].text, found[0].value) == ("Minggu depan", d("2025-06-16"))


def test_a_speakers_later_quotation_without_a_day_was_said_on_his_dated_ones_day() -> None:
    # published Wednesday 18 June; the minister spoke on Monday 16 June
    found = _said_dates(
        "“Data penerima kami perbarui,” kata Menteri Rudi Hartawan seusai rapat terbatas, Senin (16/6/2025).\n"
        "“Hingga hari ini sudah 80 persen tersalurkan,” tegas Rudi Hartawan.\n"
        "“Besok tim kami turun ke daerah,” ujar Direktur Penyaluran Ratna Dewi."
    )
    assert [(m.text, m.value, m.anchor_source) for m in found] == [
        ("Senin (16/6/2025)", d("2025-06-16"), None),
        ("hari ini", d("2025-06-16"), "said"),
        # another speaker, with no day of her own: the publication's
        ("Besok", d("2025-06-19"), "published"),
    ]


def test_a_quotation_carried_by_katanya_was_said_on_the_dated_ones_day_or_its_own() -> None:
    # published Wednesday 18 June; she spoke on Monday 16 June
    found = _said_dates(
        "“Donat kami laris sekali,” ungkap Pinkan Mambo di studio, Jakarta, Senin (16/6/2025).\n"
        "Ia juga menjual ayam rica-rica.\n"
        "“Kemarin ada yang beli ayam banyak sekali,” katanya lagi.\n"
        "“Besok kami buka cabang,” ujarnya saat dihubungi sore harinya, Senin (16/6/2025)."
    )
    assert [(m.text, m.value, m.anchor_source) for m in found if m.text in ("Kemarin", "Besok")] == [
        ("Kemarin", d("2025-06-15"), "said"),
        ("Besok", d("2025-06-17"), "said"),
    ]


@pytest.mark.parametrize("text", [
    # two days for one speaker: neither is taken for his undated quotation
    "“Kami periksa,” kata Kapolres Dimas Prasetyo, Senin (16/6/2025).\n"
    "“Kami lanjutkan,” kata Kapolres Dimas Prasetyo, Selasa (17/6/2025).\n"
    "“Hari ini kami tetapkan tersangka,” ujar Dimas Prasetyo.",
    # the undated quotation comes before the dated one
    "“Hari ini kami tetapkan tersangka,” ujar Dimas Prasetyo.\n"
    "“Kami periksa,” kata Kapolres Dimas Prasetyo, Senin (16/6/2025).",
])
def test_a_speakers_undated_quotation_keeps_the_publication_day_when_unsure(text: str) -> None:
    found = [m for m in _said_dates(text) if m.text == "Hari ini"]
    assert [(m.value, m.anchor_source) for m in found] == [(d("2025-06-18"), "published")]


@pytest.mark.parametrize("text", [
    # the weekday does not match the written date: a slip, so the day is not trusted
    "“Besok kami mulai memeriksa saksi,” kata Kapolres Dimas Prasetyo, Rabu (16/6/2025).",
    # more than SAID_MAX_DAYS before publication
    "“Besok kami mulai memeriksa saksi,” kata Kapolres Dimas Prasetyo, Jumat (2/5/2025).",
    # the date is not the attribution's last words: it is what he spoke about
    "“Besok kami mulai memeriksa saksi,” kata Kapolres Dimas Prasetyo tentang laporan 16 Juni 2025 dari warga.",
    # a date after publication
    "“Besok kami mulai memeriksa saksi,” kata Kapolres Dimas Prasetyo, Jumat (20/6/2025).",
])
def test_a_quotation_is_read_from_publication_without_a_trustworthy_day_said(text: str) -> None:
    besok = _said_dates(text)[0]
    assert (besok.text, besok.value, besok.anchor_source) == ("Besok", d("2025-06-19"), "published")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Saham itu naik 12 persen sejak awal tahun.", "2025-01-01", "2025-06-18"),
    ("Harga cabai terus naik sejak awal Mei.", "2025-05-01", "2025-06-18"),
    ("Sejak awal 2024 hingga kini tercatat 40 kasus.", "2024-01-01", "2025-06-18"),
    # the text gives the end: the part alone
    ("Sejak awal 2024 hingga Maret tercatat 40 kasus.", "2024-01-01", "2024-03-31"),
    ("Pada awal tahun ini harga sempat turun.", "2025-01-01", "2025-03-31"),
])
def test_since_the_start_of_a_period_runs_to_the_anchor(text: str, start: str, end: str) -> None:
    m = extract_dates(text, ANCHOR)[0]
    assert (m.value, m.end_value) == (d(start), d(end))


@pytest.mark.parametrize("text", [
    "Puasa sunah itu jatuh pada pertengahan bulan Hijriah.",
    "Zakat fitrah dibayar paling lambat akhir bulan Ramadan.",
])
def test_a_part_of_an_islamic_month_is_not_the_anchors_month(text: str) -> None:
    assert extract_dates(text, ANCHOR) == []


@pytest.mark.parametrize(("text", "day", "part"), [
    # a Wednesday: 18 June 2025 is one, 18 June 2026 is not
    ("“Kami siap,” ujar Rahmat di Medan, Rabu (18/6/2026).", "2025-06-18", "year"),
    ("“Kami siap,” ujar Rahmat di Medan, Rabu (18/5/2025).", "2025-06-18", "month"),
    ("Laga digelar Senin, 16 Mei 2025 di Bogor.", "2025-06-16", "month"),
])
def test_a_slip_in_a_dates_year_or_month_is_mended_by_its_weekday(text: str, day: str, part: str) -> None:
    m = extract_dates(text, ANCHOR)[0]
    assert m.value == d(day)
    assert m.note is not None and f"a slip in the {part}" in m.note


@pytest.mark.parametrize("text", [
    # near the anchor the day could be the slip as well: kept as written, noted
    "Banjir surut pada Minggu (14/6/2025).",
    # far from the anchor with no nearby day of that weekday: kept as written
    "Gedung itu diresmikan Kamis (4/3/2022).",
])
def test_a_date_whose_weekday_does_not_fit_is_otherwise_kept(text: str) -> None:
    m = extract_dates(text, ANCHOR)[0]
    assert m.note is not None and "does not match" in m.note


@pytest.mark.parametrize("text", [
    "“Stok beras kami aman,” kata Kepala Bulog Kota Sukamaju Rina Hapsari, dikutip Selasa (17/6/2025).",
    "Gudang itu terbakar sejak dini hari, seperti dikutip pada Selasa (17/06/2025).",
    "Mengutip laman resmi Pemkot Sukamaju, Selasa (17/6/2025), jalan lingkar selatan ditutup sebagian.",
    "Dilansir dari kantor berita Nusantara Pos, Selasa (17/6), dua jembatan gantung rusak berat.",
    "Video itu memperlihatkan antrean panjang di loket (dilihat dalam kanal YouTube Warga Sukamaju, Selasa (17/6/2025)).",
    "Laba bersih perseroan naik 12 persen, ditulis Selasa (17/6/2025).",
    "“Terima kasih untuk doanya,” tulis Rina dikutip dari unggahan Instagram miliknya, pada Selasa (17/06/2025).",
])
def test_the_day_an_outlet_cited_its_source_is_marked_cited(text: str) -> None:
    found = one(text)
    assert found.value == d("2025-06-17") and found.cited
    assert DateMention.from_dict(json.loads(json.dumps(found.as_dict()))).cited


@pytest.mark.parametrize("text", [
    # a post's or a report's day is its event
    "Video pernyataan itu diunggah pada Selasa (17/6/2025) di akun resmi dinas.",
    "Laporan tahunan lembaga itu dirilis Selasa (17/6/2025).",
    # the day after the citing words belongs to the sentence's own clause
    "Mengutip kantor berita Nusantara Pos, banjir merendam tiga desa sejak Selasa (17/6/2025).",
    # "Mengutip X, pada ..." opening a sentence: the day of what X tells
    "Mengutip laman BMKG, pada Selasa, 17 Juni 2025 hujan ringan turun di pesisir Sukamaju.",
    # when a thing can be seen
    "Gerhana itu bisa dilihat Selasa (17/6/2025) malam nanti.",
    # who wrote it, not when it was cited
    "Surat terbuka itu ditulis oleh Rina Hapsari, Selasa (17/6/2025).",
])
def test_an_event_day_after_such_words_is_not_cited(text: str) -> None:
    found = [m for m in extract_dates(text, ANCHOR) if m.kind != "time"]
    assert [(m.value, m.cited) for m in found] == [(d("2025-06-17"), False)]


@pytest.mark.parametrize("text", [
    "Genangan setinggi lutut muncul di Pasar Minggu, Jakarta Selatan.",
    "Videonya ditonton jutaan orang dalam semalam.",
])
def test_a_place_or_a_span_named_like_a_day_is_no_date(text: str) -> None:
    assert extract_dates(text, ANCHOR) == []


@pytest.mark.parametrize("text", [
    "Disitat dari Carnewschina, Sabtu (14/6), mobil itu mengusung desain baru.",
    "Dinukil dari laman resmi klub, Minggu (15/6), pemain itu resmi pindah.",
])
def test_a_day_the_outlet_read_its_source_is_cited(text: str) -> None:
    (m,) = extract_dates(text, ANCHOR)
    assert m.cited


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kakeknya lahir pada 22 Agustus tahun 1938 di Malang.", "1938-08-22"),
        ("Kakeknya lahir pada 22 Agustus tahun 38 di Malang.", "1938-08-22"),
        ("Adiknya lahir pada 3 Mei tahun 07 di Malang.", "2007-05-03"),
    ],
)
def test_a_year_after_tahun_belongs_to_the_day(text: str, value: str) -> None:
    # the year after "tahun", in two digits too ("tahun 38"), is the day's: not the
    # anchor's year, nor a month of 1938
    m = one(text)
    assert m.value == d(value)
    assert "Agustus tahun 38 di" not in m.text and m.text.endswith(("1938", "38", "07"))


def test_a_relative_day_up_to_a_date_is_one_span() -> None:
    """"besok hingga 30 September 2025" is one span from tomorrow, not two days."""
    m = one("Diskon pajak berlaku besok hingga 30 September 2025.")
    assert (m.kind, m.value, m.end_value) == ("period", d("2025-06-19"), d("2025-09-30"))


def test_relative_day_restated_by_a_date_takes_the_date() -> None:
    """A column reprinted a day later keeps its "kemarin": the date written right after
    it is the day, not the day before publication."""
    anchor = datetime(2025, 6, 10, 9, 0, tzinfo=WIB)
    text = "India kemarin, 8 Juni 2025, mencatat ribuan kasus aktif."
    assert find(text, "kemarin", anchor).value == d("2025-06-08")
    assert find("Polisi kemarin (8/6/2025) menangkap dua pemuda.", "kemarin", anchor).value == d("2025-06-08")
    # nothing written after it: the day before publication
    assert find("India kemarin mencatat ribuan kasus aktif.", "kemarin", anchor).value == d("2025-06-09")
    # a date far from it names another day
    assert find("Polisi kemarin, 2 Mei 2025, sudah menangkapnya.", "kemarin", anchor).value == d("2025-06-09")


def test_a_day_without_year_takes_the_year_of_its_month_written_before() -> None:
    text = (
        "Ketiganya didakwa atas penganiayaan pada Juni 2024. Dakwaan diajukan pada 28 Februari 2025. "
        "Pelaku menemui korban di kafe pada 13 Juni sekitar pukul 01.10. Sidang vonis dijadwalkan 20 Juni."
    )
    assert find(text, "13 Juni sekitar pukul 01.10").value == d("2024-06-13")
    # a day still to come is this year's
    assert find(text, "20 Juni").value == d("2025-06-20")
    # without the month written with another year, the anchor's year
    assert find("Mereka bertemu korban pada 13 Juni.", "13 Juni").value == d("2025-06-13")



def test_a_weekend_in_a_sentence_of_a_recurring_time_is_no_day() -> None:
    assert texts("Latihannya dua jam setiap hari, lebih lama di akhir pekan.") == []
    assert texts("Bantuan dibagikan kepada setiap warga pada Senin.") == ["Senin"]


def test_the_next_day_is_the_day_after_the_day_written_before() -> None:
    anchor = datetime(2025, 6, 20, 13, 36, tzinfo=WIB)
    text = (
        "Sesi pemanasan dibuka Jumat (20/6/2025) mulai 15.30 WIB. "
        "Keesokan harinya, seluruh tim akan memulai sesi kedua pukul 08.00 WIB."
    )
    m = find(text, "Keesokan harinya", anchor)
    assert (m.value, m.time) == (d("2025-06-21"), "08:00")
    past = "Pria itu berangkat kerja pada 2 Mei 2025. Sampai keesokan harinya ia tak kembali."
    assert find(past, "keesokan harinya", anchor).value == d("2025-05-03")
    # no day written before it: no day invented
    assert texts("Keesokan harinya ia tak pulang.", anchor) == []
    # a day written right after it is its day
    assert texts("Bocah itu hilang pada 6 April 2025. Keesokan harinya, Senin (7/4/2025), tim SAR tiba.", anchor) == [
        "6 April 2025", "Senin (7/4/2025)"
    ]
    # a day after the article told as past is not sure
    told = "Ia menerima telepon pada 20 Juni 2025. Keesokan harinya, unggahan itu disebut berisi kabar."
    assert texts(told, anchor) == ["20 Juni 2025"]


def test_the_next_day_is_not_counted_from_the_day_a_statement_was_made() -> None:
    anchor = datetime(2025, 6, 10, 13, 30, tzinfo=WIB)
    text = (
        "“Begini urutan kejadiannya,” kata sang menteri dalam jumpa pers, Selasa (10/6/2025). "
        "Sehari setelahnya, kata dia, tambang ditutup."
    )
    quote_end = text.index(",” kata") + 2
    said = [(0, quote_end, quote_end, text.index(". Sehari"), None)]
    assert [m.text for m in extract_dates(text, anchor, said)] == ["Selasa (10/6/2025)"]


def test_a_month_to_come_in_its_own_month_is_this_years() -> None:
    anchor = datetime(2025, 6, 10, 9, 0, tzinfo=WIB)
    m = find("Uji coba digelar setelah HUT Jakarta di akhir Juni nanti.", "akhir Juni nanti", anchor)
    assert (m.value, m.end_value) == (d("2025-06-21"), d("2025-06-30"))
    assert find("Pameran itu kembali pada Mei mendatang.", "Mei mendatang", anchor).value == d("2026-05-01")


def test_a_weekday_in_a_sentence_of_a_condition_is_no_day() -> None:
    assert texts("Bila CFD digelar pada Minggu pagi, CFN diharapkan digelar pada Sabtu malam.") == []
    # a day written in full stays, as does the day a conditional quotation was said
    assert texts("Kalau hujan, laga Sabtu (21/6) ditunda.") == ["Sabtu (21/6)"]
    assert texts("“Kalau ada pembeli, silakan saja,” kata dia di kantornya, Selasa.") == ["Selasa"]


def test_the_weekend_nanti_is_the_one_to_come_early_in_the_week() -> None:
    # (ANCHOR's week: a bare "akhir pekan" early in the week is the one just gone)
    monday = datetime(2025, 6, 9, 9, 0, tzinfo=ANCHOR.tzinfo)
    m = one("Konser itu digelar akhir pekan nanti di Senayan.", monday)
    assert (m.value, m.end_value) == (date(2025, 6, 14), date(2025, 6, 15))
