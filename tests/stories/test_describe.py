"""A story's representative headline and its people, organisations and places."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from kabar.records import Article, Mention
from kabar.stories.describe import (
    LEAD_CHARS,
    WEAK_MATCH,
    display_name,
    lead,
    representative_title,
    story_entities,
    weak_members,
)


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


def test_a_half_time_headline_is_no_title_while_another_is_at_hand() -> None:
    titles = [
        "Hasil Babak Pertama Jepang vs Indonesia: Jepang Unggul 3-0",
        "Jepang vs Indonesia Babak Pertama, Jepang Unggul 3-0",
        "Jepang Kalahkan Indonesia 6-0 di Osaka",
    ]
    assert representative_title(titles) == "Jepang Kalahkan Indonesia 6-0 di Osaka"
    assert representative_title(titles[:2]) == titles[0]


def test_ties_go_to_the_earlier_headline() -> None:
    assert representative_title(["Gempa Guncang Garut", "Gempa Guncang Garut"]) == "Gempa Guncang Garut"
    twins = ["Banjir Rendam Bekasi", "Bekasi Rendam Banjir"]  # the same terms
    assert representative_title(twins) == twins[0]
    assert representative_title(list(reversed(twins))) == twins[1]


def test_headlines_without_words() -> None:
    assert representative_title([]) == ""
    assert representative_title(["", "2025", "Gudang Mebel Terbakar"]) == "Gudang Mebel Terbakar"
    assert representative_title(["", "  ", "123"]) == "123"


FIRE = [
    "Kebakaran melanda gudang mebel di Jalan Daan Mogot, Cengkareng, Jakarta Barat, Selasa pagi. "
    "Kepala Suku Dinas Gulkarmat Jakarta Barat Syarifudin mengatakan 12 unit mobil pemadam dikerahkan.",
    "Gudang mebel di Cengkareng, Jakarta Barat, terbakar. Syarifudin dari Suku Dinas Gulkarmat Jakarta "
    "Barat menyebut api berasal dari korsleting listrik.",
    "Api yang membakar gudang mebel di Cengkareng padam setelah tiga jam, kata Kepala Sudin Gulkarmat "
    "Jakarta Barat, Syarifudin. Warga bernama Budi Santoso sempat merekam kejadian itu.",
]


def _articles(texts: list[str]) -> list[Article]:
    return [Article(id=f"a{i}", title="Gudang Mebel Terbakar", text=t, clean_text=t) for i, t in enumerate(texts)]


def test_story_entities_by_articles_naming_them() -> None:
    found = story_entities(_articles(FIRE))
    assert set(found) == {"people", "organisations", "places"}
    assert [(e["name"], e["articles"]) for e in found["people"]] == [("Syarifudin", 3)]
    assert found["places"][0] == {"name": "Cengkareng", "articles": 3, "aliases": []}
    # named in one lead of a three-article story: left out; in a two-article one: kept
    assert "Budi Santoso" not in {e["name"] for e in found["people"]}
    assert "Budi Santoso" in {e["name"] for e in story_entities(_articles(FIRE[1:]))["people"]}


def test_story_entities_read_only_the_leads() -> None:
    late = FIRE[0] + " " + "Sementara itu, petugas terus mendinginkan lokasi. " * 12 + "Menurut Ahmad Riza, warga sekitar."
    assert len(lead(late)) <= LEAD_CHARS and lead(late).endswith(".")
    assert all(e["name"] != "Ahmad Riza" for e in story_entities(_articles([late]))["people"])
    # (found when in the lead)
    assert "Ahmad Riza" in {e["name"] for e in story_entities(_articles([FIRE[1] + " Menurut Ahmad Riza, warga sekitar."]))["people"]}


def test_display_name_is_the_form_most_articles_use() -> None:
    mentions = [Mention("a", 0, 5, "Kluivert", "PERSON"), Mention("b", 0, 16, "Patrick Kluivert", "PERSON"),
                Mention("c", 0, 16, "Patrick Kluivert", "PERSON"), Mention("d", 0, 9, "AS)Donald", "PERSON"),
                Mention("e", 0, 9, "AS)Donald", "PERSON"), Mention("f", 0, 9, "AS)Donald", "PERSON")]
    assert display_name(mentions[:3]) == "Patrick Kluivert"
    # a clean form before a more frequent one with a stray mark
    assert display_name(mentions) == "Patrick Kluivert"


QUAKE = [
    "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 4,9 mengguncang "
    "Kabupaten Garut, Jawa Barat, Rabu sore. Bupati Garut Endang Suhendar meminta warga tetap tenang.",
    # the model types this "Endang" a place
    "Gempa magnitudo 4,9 terjadi di Garut. Menurut BMKG, pusat gempa berada di darat. Endang mengatakan "
    "belum ada laporan korban.",
    "Data gempa Garut dimutakhirkan menjadi magnitudo 4,9 dengan kedalaman 13 kilometer, kata Kepala "
    "Pusat Gempa BMKG Teguh Prasetyo.",
]


def test_an_acronym_and_its_expansion_are_one_organisation() -> None:
    found = story_entities(_articles(QUAKE))
    assert [(e["name"], e["articles"]) for e in found["organisations"]] == [("BMKG", 2)]
    assert found["organisations"][0]["aliases"] == ["Badan Meteorologi, Klimatologi, dan Geofisika"]
    # the short form of the regent's name is his, not a place of its own
    assert ("Endang Suhendar", 2) in [(e["name"], e["articles"]) for e in found["people"]]
    assert "Endang" not in {e["name"] for e in found["places"]}


def test_weak_members_are_those_that_joined_below_the_bar() -> None:
    rows = [{"article_id": "a", "score": 1.0}, {"article_id": "b", "score": WEAK_MATCH - 0.01},
            {"article_id": "c", "score": WEAK_MATCH}, {"article_id": "d", "score": 0.31}]
    assert weak_members(rows) == ["b", "d"]


def test_the_representative_title_does_not_depend_on_the_hash_seed() -> None:
    """Of two headlines the centroid is equally near (any two: it is their sum), which
    one wins must not follow Python's hash order (sets of terms are summed over)."""
    places = ["Garut", "Cianjur", "Kudus", "Sleman", "Bantul", "Sumedang", "Lebak", "Pati"]
    events = ["banjir rendam", "longsor tutup jalan", "angin kencang robohkan", "gempa guncang", "kebakaran hanguskan"]
    pairs = [
        [f"{e} {p} warga mengungsi", f"warga {p} mengungsi usai {f}"]
        for p in places for e in events for f in events if e != f
    ]
    script = (
        "import json, sys\n"
        "from kabar.stories.describe import representative_title\n"
        "print(json.dumps([representative_title(p) for p in json.loads(sys.stdin.read())]))\n"
    )
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps(pairs), env=env,
                              capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
