"""A story's representative headline."""

from __future__ import annotations

from kabar.stories.describe import representative_title


def test_the_headline_most_headlines_agree_with_not_the_first() -> None:
    titles = [
        "Pelatih Optimistis Jelang Laga Tandang",  # the build-up piece that began the story
        "Jepang Kalahkan Indonesia 6-0 di Osaka",
        "Hasil Kualifikasi: Jepang Kalahkan Indonesia 6-0",
        "Indonesia Kalah 0-6, Jepang Juara Grup",
        "Suporter Tetap Bangga meski Indonesia Kalah dari Jepang",
    ]
    # "kalahkan", "jepang" and "kualifikasi" are in most of the others
    assert representative_title(titles) == "Hasil Kualifikasi: Jepang Kalahkan Indonesia 6-0"


def test_ties_go_to_the_earlier_headline() -> None:
    assert representative_title(["Gempa Guncang Garut", "Gempa Guncang Garut"]) == "Gempa Guncang Garut"
    twins = ["Banjir Rendam Bekasi", "Bekasi Rendam Banjir"]  # the same terms
    assert representative_title(twins) == twins[0]
    assert representative_title(list(reversed(twins))) == twins[1]


def test_headlines_without_words() -> None:
    assert representative_title([]) == ""
    assert representative_title(["", "2025", "Gudang Mebel Terbakar"]) == "Gudang Mebel Terbakar"
    assert representative_title(["", "  ", "123"]) == "123"
