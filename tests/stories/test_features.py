"""Article features for clustering (kabar.stories.features)."""

from __future__ import annotations

from datetime import datetime

import pytest

from kabar.stories.features import _is_preview, text_features

MORNING = datetime.fromisoformat("2025-06-10T08:00:00+07:00")


@pytest.mark.parametrize(
    ("title", "preview"),
    [
        ("Jelang Jepang vs Indonesia, Kluivert Siapkan Kejutan", True),
        ("Pemain Tertua Jepang Jelang Lawan Timnas Indonesia", True),
        ("Link Live Streaming Jepang vs Timnas Indonesia, Kick-off Sebentar Lagi", True),
        ("Prediksi Skor Jepang vs Indonesia: Garuda Tak Diunggulkan", True),
        ("Jadwal Siaran Langsung Timnas Indonesia vs Jepang Sore Ini", True),
        # a result word, a score, or "jelang" outside a match: reports
        ("Prediksi Ranking FIFA Indonesia usai Laga vs Jepang Berakhir 0-6", False),
        ("Hasil Jepang vs Indonesia: Garuda Tertinggal 0-3", False),
        ("Jelang Iduladha, Banyuwangi Jamin Hewan Kurban Bebas PMK", False),
        ("IHSG Amblas Lagi ke Zona Merah Jelang Akhir Pekan", False),
        ("Pertama Kalinya Angka Streaming Lampaui Penonton TV", False),
    ],
)
def test_headline_cues_tell_previews(title: str, preview: bool) -> None:
    assert _is_preview(title, "Tanpa tanggal di sini.", MORNING) is preview
    # undated articles are judged by their headline too
    assert _is_preview(title, "", None) is preview


def test_a_date_to_come_in_the_lead_makes_a_preview() -> None:
    assert _is_preview("Kluivert Siapkan Kejutan", "Jakarta, Selasa (17/6/2025) - Laga digelar.", MORNING)
    assert not _is_preview("Kluivert Siapkan Kejutan", "Jakarta, Selasa (10/6/2025) - Laga digelar.", MORNING)


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
