"""Article features for clustering (kabar.stories.features)."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar.stories import features
from kabar.stories.features import _preview, text_features

MORNING = datetime.fromisoformat("2025-06-10T08:00:00+07:00")


@pytest.mark.parametrize(
    ("title", "preview"),
    [
        ("Jelang Laga Garuda vs Samurai Biru, Pelatih Minta Fokus", True),
        ("Kiper Veteran Siap Tampil Jelang Lawan Timnas Tamu", True),
        ("Link Live Streaming Garuda vs Samurai Biru Malam Nanti", True),
        ("Prediksi Skor Garuda vs Samurai Biru: Tuan Rumah Unggul", True),
        ("Jadwal Siaran Langsung Garuda vs Samurai Biru Besok Sore", True),
        # a result word, a score, or "jelang" outside a match: reports
        ("Prediksi Peringkat Garuda usai Laga vs Samurai Biru Berakhir 0-6", False),
        ("Hasil Samurai Biru vs Garuda: Tamu Tertinggal 0-3", False),
        ("Jelang Lebaran Haji, Dinas Periksa Kesehatan Sapi Kurban", False),
        ("Indeks Saham Turun Lagi Jelang Akhir Pekan", False),
        ("Jumlah Pelanggan Streaming Musik Naik Dua Kali Lipat", False),
    ],
)
def test_headline_cues_tell_previews(title: str, preview: bool) -> None:
    assert _preview(title, "Tanpa tanggal di sini.", MORNING)[0] is preview
    # undated articles are judged by their headline too
    assert _preview(title, "", None)[0] is preview


def test_a_date_to_come_in_the_lead_makes_a_preview() -> None:
    assert _preview("Kluivert Siapkan Kejutan", "Jakarta, Selasa (17/6/2025) - Laga digelar.", MORNING)[0]
    assert not _preview("Kluivert Siapkan Kejutan", "Jakarta, Selasa (10/6/2025) - Laga digelar.", MORNING)[0]


@pytest.mark.parametrize(
    ("lead", "published", "starts"),
    [
        # the publication day's date, then the hour still to come
        ("Laga digelar di Stadion Mandala, Kamis (12/6/2025) pukul 19.05 WIB.", "2025-06-12T10:00:00+07:00",
         "2025-06-12T19:05:00+07:00"),
        # Central Indonesian Time: 20.05 WITA is 19.05 WIB
        ("Kick-off Kamis 12 Juni 2025 pukul 20.05 WITA.", "2025-06-12T17:00:00+07:00", "2025-06-12T20:05:00+08:00"),
        # ... 1 h 35 before it: within LATER_MIN_AHEAD, the match's own coverage
        ("Kick-off Kamis 12 Juni 2025 pukul 20.05 WITA.", "2025-06-12T17:30:00+07:00", None),
        # a part of the day after the date
        ("Kedua tim bertemu Kamis (12/6/2025) petang WIB di Osaka.", "2025-06-12T01:00:00+07:00",
         "2025-06-12T15:00:00+07:00"),
        ("Laga berlangsung Kamis (12/6/2025), malam ini, mulai pukul 21.15 WIB.", "2025-06-12T16:59:00+07:00",
         "2025-06-12T21:15:00+07:00"),
        # published after the hour, or less than LATER_MIN_AHEAD before it: a report
        ("Laga digelar di Stadion Mandala, Kamis (12/6/2025) pukul 19.05 WIB.", "2025-06-12T21:40:00+07:00", None),
        ("Laga digelar di Stadion Mandala, Kamis (12/6/2025) pukul 19.05 WIB.", "2025-06-12T17:49:00+07:00", None),
        # the hour of another day (last night's event, reported this morning)
        ("Kebakaran terjadi Rabu (11/6/2025) pukul 20.00 WIB.", "2025-06-12T08:00:00+07:00", None),
        # a date with no hour after it, and an hour far from the date
        ("Kata dia, Kamis (12/6/2025). Acara dimulai lagi pukul 20.00 WIB.", "2025-06-12T08:00:00+07:00", None),
    ],
)
def test_the_hour_of_an_event_to_come_that_day_makes_a_preview(lead: str, published: str, starts: str | None) -> None:
    when = datetime.fromisoformat(published)
    preview, event_at = features._preview("Osaka Blue vs Garuda Muda", lead, when)
    assert preview is (starts is not None)
    assert event_at == (datetime.fromisoformat(starts) if starts else None)
    f = text_features(("Osaka Blue vs Garuda Muda", lead, when, "id"))
    assert (f.preview, f.event_at) == (preview, event_at)


def test_a_day_to_come_is_when_the_previewed_event_begins() -> None:
    preview, event_at = features._preview("Kluivert Siapkan Kejutan", "Jakarta, Selasa (17/6/2025) - Laga digelar.", MORNING)
    assert preview and event_at == datetime.fromisoformat("2025-06-17T00:00:00+07:00")


@pytest.mark.parametrize(
    ("title", "profile"),
    [
        ("Profil Rina Kusuma, Dirut Baru Bank Daerah yang Pernah Jadi Atlet", True),
        ("Potret dan Profil Rina Kusuma, Kini Pimpin Bank Daerah", True),
        ("Riwayat Pendidikan Rina Kusuma yang Ditunjuk Jadi Dirut", True),
        ("Segini Harta Kekayaan Rina Kusuma di LHKPN", True),
        ("Dirut Baru Bank Daerah Dilantik, Ini Profilnya", True),
        # reports, and tribunnews' "SOSOK" heads of a happening's people
        ("Rina Kusuma Ditunjuk Jadi Dirut Bank Daerah", False),
        ("SOSOK Pemuda Penolong Korban Banjir di Bekasi, Rela Berenang", False),
        ("Kekayaan Alam Raja Ampat Terancam Tambang", False),
        # a headline asking who a named person is
        ("Siapa Rina Kusuma? Dirut Baru yang Pernah Jadi Atlet Dayung", True),
        ("Siapa Sangka, Dirut Baru Bank Daerah Itu Dulu Atlet Dayung", False),
        ("Siapa Dalang di Balik Kebakaran Gudang Itu? Polisi Periksa 5 Saksi", False),
    ],
)
def test_profile_headlines(title: str, profile: bool) -> None:
    assert text_features((title, "Isi berita.", MORNING, "id")).profile is profile


def test_features_read_scores_magnitudes_and_names() -> None:
    f = text_features((
        "Gempa M 4,9 Guncang Garut, Jepang 6-0 Indonesia",
        "Gempa magnitudo 4,9 terjadi Rabu (18/6/2025). Kepala BMKG Dwikorita Karnawati menyebut "
        "12 rumah rusak. Skor akhir 0-6 untuk Jepang.",
        datetime.fromisoformat("2025-06-18T16:00:00+07:00"), "id",
    ))
    assert {"4,9 magnitudo", "0-6 skor", "12 rumah"} <= f.figures
    assert f.units["magnitudo"] == {"4,9"}
    assert {"dwikorita", "karnawati", "bmkg"} <= f.names
    assert f.day is not None and f.day.isoformat() == "2025-06-18"


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Jepang 6-0, Suporter Tetap Bangga", {"0-6 skor"}),
        ("Garuda kalah 0-3.", {"0-3 skor"}),
        ("Persib menang 2-1 atas Persija", {"1-2 skor"}),
        # ranges with a unit or a month, times of day: not results
        ("Rapat Dewan Gubernur BI 17-18 Juni memutuskan", set()),
        ("Kredit diramal tumbuh 8-11 persen tahun ini", set()),
        ("Remaja usia 15-19 tahun paling rentan", set()),
        ("Layanan dibuka pukul 10-12 setiap hari", set()),
        ("Ruas ditutup 1-2.000 meter", set()),
    ],
)
def test_match_scores_are_not_ranges_dates_or_times(text: str, scores: set[str]) -> None:
    f = text_features((text, "Isi berita tanpa angka.", MORNING, "id"))
    assert {x for x in f.figures if x.endswith(" skor")} == scores


def test_the_opening_is_the_first_300_characters_of_the_body() -> None:
    body = (
        "Petugas pemadam kebakaran memadamkan api di gudang kertas Cikarang, Selasa (10/6/2025). "
        + "Warga sekitar ikut membantu. " * 10
        + "Sementara itu, harga cabai rawit di pasar induk naik tajam menjelang akhir pekan."
    )
    f = text_features(("Gudang Kertas Terbakar", body, MORNING, "id"))
    assert {"gudang", "kertas", "cikarang"} <= set(f.opening)
    # what comes after the opening is not in it; the headline is not either
    assert "cabai" not in f.opening and "cabai" in f.terms
    assert "terbakar" not in f.opening
    # unit length: openings are compared by cosine without recomputing norms
    assert abs(sum(w * w for w in f.opening.values()) - 1.0) < 1e-9


@pytest.mark.parametrize("cue", ["kata", "Kata", "KATA", "menurut", "Menurut"])
def test_speakers_after_a_speech_cue_in_any_of_its_cases(cue: str) -> None:
    body = f"Harga beras naik lagi pekan ini, {cue} Kepala Bulog Rizal Ramdhani di Jakarta."
    f = text_features(("Harga Beras Naik", body, MORNING, "id"))
    assert {"rizal", "ramdhani"} <= f.speakers


def test_a_name_word_the_body_also_writes_in_lower_case_is_not_a_name() -> None:
    # "Gempa" opens a sentence, "gempa" is also in the text: a word, not a name
    body = "Gempa mengguncang Garut pagi tadi. Warga Cibalong merasakan gempa cukup kuat."
    f = text_features(("Gempa di Garut", body, MORNING, "id"))
    assert "cibalong" in f.names
    assert "gempa" not in f.names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gempa magnitudo 4,5 mengguncang pesisir.", {"4,5"}),
        ("Gempa Magnitudo 5.0 tercatat pagi tadi.", {"5,0"}),
        ("Guncangan M 5,2 terasa hingga kota.", {"5,2"}),
        ("Info gempa Mag:4.8, kedalaman 10 km.", {"4,8"}),
        ("Gempa M4,9 di laut selatan.", {"4,9"}),
        # an M inside a word, or no digit after it: no magnitude
        ("Tim SM 5 menang dan Mall M baru dibuka.", set()),
        ("Musim 2025 dimulai.", set()),
    ],
)
def test_magnitudes_in_every_spelling(text: str, found: set[str]) -> None:
    f = text_features(("Berita", text, MORNING, "id"))
    assert f.units.get("magnitudo", set()) == found


@given(st.text(alphabet="Mmagnitudo: 0123456789.,xS", max_size=30))
def test_the_magnitude_hint_is_in_every_magnitude(text: str) -> None:
    # the literal pre-check may only skip texts the full pattern finds nothing in
    if features._MAGNITUDE.search(text):
        assert features._MAGNITUDE_HINT.search(text)


@pytest.mark.parametrize(
    ("title", "teams"),
    [
        ("Hasil PSG vs Botafogo: Gol Tunggal Menentukan", {"psg", "botafogo"}),
        ("Persib Versus Persija: Tiket Habis", {"persib", "persija"}),
        ("Persebaya kontra Arema, Tiket Ludes", {"persebaya", "arema"}),
        ("Status Gunung Semeru Naik, Warga Mengungsi", {"semeru"}),
        ("Harga Emas Turun Lagi Hari Ini", set()),
    ],
)
def test_matchup_sides_and_mountains_in_headlines(title: str, teams: set[str]) -> None:
    assert text_features((title, "Isi berita.", MORNING, "id")).teams == teams
