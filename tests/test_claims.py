"""extract_claims: which figures of an analysed article are claims, on sentences
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kabar.analyze.stage import analyze_text
from kabar.claims import ClaimSet, extract_claims, mark_other_matches
from kabar.records import Article, Claim, Mention

WIB = timezone(timedelta(hours=7))


def _extract(text: str, title: str = "Uji", published: datetime = datetime(2025, 6, 18, 10, tzinfo=WIB)) -> ClaimSet:
    """The claims of an article of ``text``, analysed as the pipeline does."""
    article = Article(id="a1", title=title, text=text, published=published)
    article.clean_text = text
    return extract_claims(article, analyze_text("a1", text, published))


def _claims(text: str, hour: int = 10) -> tuple[list[tuple[float | int | str, str]], list[tuple[str, str]]]:
    found = _extract(text, published=datetime(2025, 6, 18, hour, tzinfo=WIB))
    return [(c.value, c.property_key) for c in found.claims], [(e.text, e.reason) for e in found.excluded]


def _keys(text: str, hour: int = 10) -> dict[float | int | str, str]:
    """The key of each figure of an article of ``text`` (published at ``hour``), by value."""
    return dict(_claims(text, hour)[0])


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
    daya kota itu" are one property, the epicentre's distance."""
    claims, _excluded = _claims(
        '"136 km Barat Daya Kabupaten Garut Jabar," tulis BMKG. '
        "Episenter terletak 140 kilometer barat daya kota itu, kata BMKG."
    )
    assert claims == [(136, "jarak:barat daya"), (140, "jarak:barat daya")]


def test_a_rate_is_another_property_than_a_total() -> None:
    # Rp300 ribu per month for two months is Rp600 ribu in all: two figures, never
    # one in conflict with the other
    claims, _excluded = _claims(
        "Pemerintah menyalurkan subsidi Rp300 ribu per bulan selama dua bulan. "
        "Total subsidi yang diterima pekerja Rp600 ribu. Tarif parkir Rp 5.000 tiap jamnya."
    )
    keys = {value: key for value, key in claims}
    assert keys[300_000] == "subsidi:money:per bulan"
    assert keys[600_000] == "subsidi:money"
    assert keys[5_000] == "tarif:money:per jam"


def test_whose_salary_after_for_or_before_receiving() -> None:
    claims, _excluded = _claims(
        "Gaji untuk wakil presiden disebut mencapai Rp 368,9 juta. "
        "Menurut rancangan itu, presiden akan menerima gaji sampai Rp 553 juta sebulan. "
        "Gaji pokok itu berindeks penghasilan Rp64.000."
    )
    assert claims == [
        (368_900_000, "gaji wakil presiden:money"),
        (553_000_000, "gaji presiden:money:per bulan"),
        (64_000, "indeks penghasilan:money"),
    ]


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        # "sebulan", "setahun", "sehari" right after a figure: a rate, as "per bulan"
        ("Honor petugas itu Rp 4 juta sebulan.", "per bulan"),
        ("Bunga pinjaman itu 6 persen setahun.", "per tahun"),
        ("Ongkos sewa Rp 150 ribu sehari.", "per hari"),
        # over the last month: a change, not a rate; "sehari-hari" is no rate either
        ("Harga cabai naik 12 persen sebulan terakhir.", None),
        ("Biaya Rp 50 ribu sehari-hari ditanggung keluarga.", None),
    ],
)
def test_a_rate_written_with_se(sentence: str, rate: str | None) -> None:
    claims, _excluded = _claims(sentence)
    (key,) = [k for _value, k in claims]
    assert (key.split(":")[-1] if key.count(":") == 2 else None) == rate, key


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # a name before a verb of movement is the figure's subject
        ("Saham ABCD anjlok 7,5 persen pada Kamis sore.", ["saham abcd:percent"]),
        ("Indeks LQ45 mendaki 0,5% sore tadi.", ["indeks lq45:percent"]),
        ("Koin Solana naik tipis 0,8 persen siang ini.", ["koin solana:percent"]),
        # a ticker in brackets names the company
        ("PT Sinar Contoh Makmur Tbk (SCMK) turun 9,1% pagi ini.", ["scmk:percent"]),
        # a coordinated percentage shares the subject; "sepekan" makes it a weekly one
        (
            "Koin XYZ terkoreksi 2,4 persen dalam sehari dan 6,1 persen sepekan.",
            ["koin xyz:percent", "koin xyz:percent:per pekan"],
        ),
        (
            "Koin XYZ naik 3,2 persen dalam 12 jam dan naik 1,5 persen sepekan.",
            ["koin xyz:percent", "koin xyz:percent:per pekan"],
        ),
        # the unit or number word of the figure before is no subject
        ("Dari 9 ribu hektare cuma 310 hektare yang digarap.", ["", ""]),
        # not across a verb of speech, nor a common word opening the sentence
        ("Darmawan menyebut naik 30 persen.", [""]),
        ("Angka tersebut naik 12 persen dibanding tahun lalu.", [""]),
        # a word that only says a figure is there, or about how much, is no subject; a
        # ticker in capitals is
        ("Lahan tambangnya tinggal sedikit, sekarang masih ada 130 hektare.", [""]),
        ("Sisanya, kurang lebih sekitar 54 hektare.", [""]),
        ("Koin ADA melemah 3,1 persen hari ini.", ["koin ada:percent"]),
    ],
)
def test_a_name_moving_by_a_figure_is_its_subject(sentence: str, keys: list[str]) -> None:
    claims, _excluded = _claims(sentence)
    assert [k for _value, k in claims] == keys


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # the period a change is over: year on year and month to month are two figures
        (
            "Inflasi tercatat 1,87 persen secara tahunan (yoy), sedangkan inflasi bulanan 0,19 persen.",
            ["inflasi:percent:yoy", "inflasi bulanan:percent:mtm"],
        ),
        ("Data itu menunjukkan penjualan ritel tumbuh 3,4 persen year-on-year.", ["penjualan ritel:percent:yoy"]),
        ("Sepanjang tahun ini IHSG turun 4 persen.", ["ihsg:percent:ytd"]),
        # a period after a conjunction is the next figure's
        (
            "Secara mingguan IHSG melemah 1,2% dan secara bulanan melemah 0,9%.",
            ["ihsg:percent:mingguan", "bulanan:percent:mtm"],
        ),
    ],
)
def test_the_period_of_a_change_is_part_of_its_property(sentence: str, keys: list[str]) -> None:
    claims, _excluded = _claims(sentence)
    assert [k for _value, k in claims] == keys


@pytest.mark.parametrize(
    ("sentence", "keys", "excluded"),
    [
        # a date between the subject and its figure is skipped
        ("Data itu menunjukkan kredit pada bulan April 2025 tumbuh sebesar 7,9 persen.", ["kredit:percent"], []),
        # a noun opening the sentence is the subject; a conjunction is not
        ("Konsumsi rumah tangga tumbuh 4,9 persen.", ["konsumsi rumah tangga:percent"], []),
        ("Sementara bobot kosongnya 98 kg.", ["bobot kosong:mass"], []),
        # the window a change is measured over, and a period the sentence is about,
        # are no figures of their own; a charging time is
        ("Harga koin itu turun 3,2 persen dalam 24 jam.", ["harga koin:percent"], ["24 jam"]),
        ("Dalam 24 jam terakhir harga koin itu naik 2 persen.", ["harga koin:percent"], ["24 jam"]),
        ("Baterai terisi dari 10 persen ke 80 persen dalam 18 menit.", None, []),
    ],
)
def test_dates_openers_and_periods(sentence: str, keys: list[str] | None, excluded: list[str]) -> None:
    claims, why = _claims(sentence)
    if keys is not None:
        assert [k for _value, k in claims] == keys
    else:
        assert 18 in [value for value, _k in claims]
    assert [text for text, _reason in why if "period" in _reason] == excluded


def test_a_period_is_named_once() -> None:
    text = "Inflasi tercatat 1,87 persen secara tahunan (yoy), sedangkan inflasi bulanan 0,19 persen."
    found = _extract(text)
    # the period is added to the property's name, unless the name already says it
    assert [c.property for c in found.claims] == ["inflasi (yoy)", "inflasi bulanan"]


def test_a_bound_before_sebesar_qualifies_the_figure() -> None:
    article_text = "Penerima adalah pekerja dengan gaji paling banyak sebesar Rp3.500.000 per bulan."
    (claim,) = _extract(article_text).claims
    assert (claim.value, claim.qualifier) == (3_500_000, "up_to")


def test_a_yardstick_is_not_a_claim() -> None:
    claims, excluded = _claims("Gaji presiden saat ini masih jauh dari angka Rp 500 juta, hanya Rp 30 juta.")
    assert [value for value, _key in claims] == [30_000_000]
    assert [reason for text, reason in excluded if "500" in text] == [
        "a yardstick the text compares with, not a figure of its own"
    ]


def test_a_factor_is_not_a_claim() -> None:
    claims, excluded = _claims(
        "Rumah subsidi tahun ini 350.000 unit, dikali 5 pekerja berarti 1.750.000 orang bekerja. "
        "Pemerintah juga membagikan 500 paket sembako yang dibagikan 40 relawan."
    )
    assert [value for value, _key in claims] == [350_000, 1_750_000, 500, 40]
    assert [text for text, reason in excluded if reason.startswith("a factor")] == ["5 pekerja"]


def test_a_range_keeps_its_high_end() -> None:
    from kabar.records import Claim

    text = "Warga dilarang beraktivitas dalam radius 6-7 km dari puncak."
    (claim,) = _extract(text).claims
    assert (claim.value, claim.value_max, claim.property_key) == (6, 7, "radius:length")
    assert Claim.from_dict(claim.as_dict()) == claim


def test_a_weak_keyword_takes_the_word_that_says_of_what() -> None:
    # "nilai" (value), "luas" (area) or "harga" (price) alone say little: two outlets'
    # "nilai transaksi" agree or conflict, a "luas lahan" and a "luas wilayah" never do
    claims, _excluded = _claims(
        "Nilai transaksi mencapai Rp11,45 triliun. Luas lahan tambang itu 131 hektare, "
        "sedangkan luas wilayah konsesi 5.922 hektare. Harganya naik menjadi Rp 20.000."
    )
    keys = [key for _value, key in claims]
    assert keys[:3] == ["nilai transaksi:money", "luas lahan:ha", "luas wilayah:ha"]
    assert keys[3].startswith("harga")


def test_a_weak_keyword_inside_a_name_is_no_property() -> None:
    # the composite index is no "harga saham" (share price) of its own
    claims, _excluded = _claims("Indeks Harga Saham Gabungan (IHSG) melemah 0,72 persen sore ini. Harga saham BIRD naik 1,06%.")
    assert [key for _value, key in claims][1] == "harga saham:percent"
    assert not claims[0][1].startswith("harga")


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # the reported match
        ("Timnas Indonesia kalah 1-5 dari Australia di Sydney, Selasa (17/6/2025).", False),
        ("Australia menang 5-1 pada laga terakhir Grup C itu.", False),
        ("Saat itu skor masih 2-0 untuk tuan rumah.", False),
        # a season and a tournament's year are no date of the score
        ("Klub juara Liga Champions 2024-2025 itu takluk 0-2 dari tim Meksiko.", False),
        ("Jepang menang 6-0 di babak ketiga kualifikasi Piala Dunia 2026.", False),
        # the season of a title a side holds
        ("Persik menang 3-0 atas juara Piala Asia 2022-2023, Tigres.", False),
        # an earlier meeting, another fixture, a date weeks before the article
        ("Pada pertemuan pertama di Jakarta, Australia hanya bermain imbang 0-0.", True),
        ("Australia menang 2-0 atas Bahrain pada laga sebelumnya.", True),
        ("Sebelumnya, Garuda menang 1-0 atas Bahrain di Jakarta.", True),
        ("Kala itu Indonesia bermain imbang 1-1 dengan Filipina.", True),
        ("Saat itu, sang pelatih juga ditahan imbang 2-2 dalam debutnya.", True),
        ("Di Jakarta, 10 September 2024, kedua tim bermain imbang 0-0.", True),
        ("Jepang menang 4-0 di Jakarta pada November 2024.", True),
        ("Tuan rumah kalah 0-1 saat bertandang ke Qatar pekan lalu.", True),
        ("Bahrain kalah 0-2 dari Jepang dalam dua laga lainnya.", True),
    ],
)
def test_a_score_of_another_match_is_keyed_apart(sentence: str, other: bool) -> None:
    claims, _excluded = _claims(sentence)
    assert [key for _value, key in claims if key.startswith("skor")] == ["skor:laga lain" if other else "skor"]


def test_several_other_fixtures_named_after_their_scores_take_them_all() -> None:
    claims, _excluded = _claims("Timnas kalah 0-2 dari Qatar dan takluk 1-3 dari Oman dalam dua laga lainnya.")
    assert [key for _value, key in claims if key.startswith("skor")] == ["skor:laga lain", "skor:laga lain"]
    # one other match named after the last score is that score's only
    claims, _excluded = _claims("Jepang menang 6-0 atas Indonesia, dan Australia menang 2-1 pada laga lainnya.")
    assert [key for _value, key in claims if key.startswith("skor")] == ["skor", "skor:laga lain"]


@pytest.mark.parametrize(
    ("sentence", "running"),
    [
        # a lead, an equaliser, a minute's or the half-time score, a set's
        ("Ricky Kambuaya menggandakan keunggulan menjadi 2-0 pada menit ke-30.", True),
        ("Tuan rumah unggul 3-1 saat laga memasuki menit ke-70.", True),
        ("Skor 1-1 bertahan hingga turun minum.", True),
        ("Babak pertama berakhir dengan skor 2-0 untuk Persib.", True),
        ("Indonesia sempat tertinggal 7-12 pada set kedua.", True),
        ("Persik memegang keunggulan 2-0 atas juara Piala Asia, Tigres, pada babak pertama.", True),
        # the result, whatever else its words say
        ("Persib menang 2-1 berkat gol di babak pertama.", False),
        ("Tim tamu harus mengakui keunggulan tuan rumah 0-3.", False),
        ("Sampai akhir laga, skor 2-1 untuk keunggulan Persija tak berubah.", False),
        ("Timnas Indonesia kalah 1-5 dari Australia di Sydney.", False),
    ],
)
def test_a_score_during_the_match_is_keyed_apart_from_its_result(sentence: str, running: bool) -> None:
    claims, _excluded = _claims(sentence)
    assert [key for _value, key in claims if key.startswith("skor")] == ["skor:sementara" if running else "skor"]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # the shootout in brackets after a draw, or after the shootout's words
        ("Persis menang atas Persebaya 1-1 (4-2) di semifinal.", ["skor", "skor:adu penalti"]),
        ("Persis menang lewat adu penalti dengan skor akhir 1-1 (4-2).", ["skor", "skor:adu penalti"]),
        ("Persis menang melalui adu penalti melawan Persebaya dengan skor 4-2.", ["skor:adu penalti"]),
        # a bracket after a win gives the half-time score; a level score is no shootout's
        ("Persis menang 3-1 (1-1) atas Persebaya.", ["skor", "skor:sementara"]),
        ("Adu penalti digelar karena kedua kesebelasan imbang 2-2.", ["skor"]),
    ],
)
def test_a_penalty_shootouts_score_is_keyed_beside_the_matchs(sentence: str, keys: list[str]) -> None:
    claims, _excluded = _claims(sentence)
    assert [key for _value, key in claims if key.startswith("skor")] == keys


def test_a_shootout_of_an_earlier_match_is_that_matchs() -> None:
    claims, _excluded = _claims(
        "Persis menang 2-0 atas Persebaya. Dua tahun lalu, Persis kalah dari Persebaya 1-1 (3-4) di final."
    )
    assert [key for _value, key in claims if key.startswith("skor")] == [
        "skor", "skor:laga lain", "skor:adu penalti:laga lain"
    ]


def test_the_score_word_before_a_score_is_not_the_next_figures() -> None:
    claims, _excluded = _claims("Persis meraih kemenangan dengan skor, 2-0 atas Persik, sedangkan Persebaya menang besar, 50 atas Persiba.")
    assert [key for _value, key in claims] == ["skor", ""]


def test_a_court_figure_is_of_the_person_sentenced() -> None:
    claims, _excluded = _claims(
        "Pengacara terdakwa, Rina Kartikasari, divonis 9 tahun penjara dan denda Rp 650 juta. "
        "Sebelumnya, Hendro Wicaksono dituntut 4 tahun penjara. "
        "Majelis hakim menjatuhkan pidana 3 tahun kepada Hendro. "
        "Hakim menyebut hukuman 5 tahun sudah cukup."
    )
    assert claims == [
        (9, "vonis:duration@rina kartikasari"),
        (650_000_000, "denda:money@rina kartikasari"),
        (4, "tuntutan:duration@hendro wicaksono"),
        (3, "vonis:duration@hendro wicaksono"),
        (5, "vonis:duration"),
    ]


def test_a_plea_against_a_demand_is_the_pleaders_and_sendiri_is_no_gap() -> None:
    claims, _excluded = _claims(
        "Kuasa hukum terdakwa, Rina Kartikasari meminta dibebaskan dari tuntutan 12 tahun penjara. "
        "Hendro Wicaksono sendiri telah dihukum 6 tahun penjara."
    )
    assert claims == [(12, "tuntutan:duration@rina kartikasari"), (6, "vonis:duration@hendro wicaksono")]


def test_an_article_on_one_defendant_gives_its_court_figures_to_that_person() -> None:
    claims, _excluded = _claims(
        "Terdakwa Rina Kartikasari divonis 9 tahun penjara. "
        '"Kami menghukum Terdakwa dengan penjara 9 tahun," kata hakim ketua.'
    )
    assert claims == [(9, "vonis:duration@rina kartikasari"), (9, "vonis:duration@rina kartikasari")]


def test_worth_and_a_conjunction_are_no_subjects() -> None:
    """"senilai" (worth) links a figure to its subject; a conjunction before a figure
    leaves it without one rather than named "tetapi"."""
    claims, _excluded = _claims(
        "China telah mengamankan pesanan senilai USD 4,6 miliar. "
        "Pada 2014 ia pergi ke Inter senilai 28 juta euro, tetapi kembali seharga 97 juta euro."
    )
    # (the second fee is a price by its own word: "seharga")
    assert claims == [(4_600_000_000, "pesanan:money"), (28_000_000, ""), (97_000_000, "harga:money")]


def test_a_classifier_counts_the_thing_named_before_it() -> None:
    """"50 unit" counts what the clause names (buses that burnt, cattle), in that
    thing's unit, so it meets "20 bus" of another source; a whole that some were "out
    of" is in no state."""
    found = _extract(
        "Truk yang hangus kira-kira ada 12 unit, kata saksi. Petugas mencatat 7 truk terbakar dari total 40 truk "
        "di gudang itu. Yang diperiksa yakni kambing sebanyak 320 ekor dan kerbau 15 ekor. Mobil itu laku 900 unit."
    )
    assert [(c.value, c.unit, c.property_key) for c in found.claims] == [
        (12, "truk", "truk:terbakar"),
        (7, "truk", "truk:terbakar"),
        (40, "truk", "truk"),
        (320, "kambing", "kambing"),
        (15, "kerbau", "kerbau"),
        (900, "unit", "unit"),
    ]


def test_orang_before_a_noun_counts_in_that_noun() -> None:
    """"sepuluh orang saksi" and another source's "sepuluh saksi" are one property in
    one unit (they had been two rows: "orang" is a unit of people, "saksi" not); people's
    own nouns stay people's ("enam orang warga")."""
    found = _extract(
        "Jaksa menghadirkan sepuluh orang saksi di persidangan. Hakim lalu memeriksa sepuluh saksi itu. "
        "Rapat itu dihadiri enam orang warga."
    )
    assert [(c.value, c.unit, c.property_key) for c in found.claims] == [
        (10, "saksi", "saksi"),
        (10, "saksi", "saksi"),
        (6, "orang", "orang"),
    ]


def test_citizens_abroad_are_counted_with_their_place() -> None:
    """"Warga Negara Indonesia (WNI)" is "WNI", "orang WNI" too; a place named right
    after the count is its location, unless two are."""
    found = _extract(
        "Kementerian mendata 412 Warga Negara Indonesia (WNI) yang kini tinggal di Lebanon. "
        "Sementara itu ada sekitar 95 orang WNI di Suriah. Total 507 WNI di Lebanon dan Suriah."
    )
    assert [(c.value, c.unit, c.property_key, c.location) for c in found.claims] == [
        (412, "WNI", "wni", "Lebanon"),
        (95, "WNI", "wni", "Suriah"),
        (507, "WNI", "wni", None),
    ]


def test_troops_however_written_count_people() -> None:
    """"personil" (as many write "personel") and "Garda Nasional" count people, as
    "pasukan" does."""
    found = _extract("AS mengirim 800 personil Marinir dan 1.500 Garda Nasional, total 2.300 pasukan.")
    assert [(c.value, c.property_key) for c in found.claims] == [(800, "orang"), (1500, "orang"), (2300, "orang")]


def test_an_area_is_of_the_place_named_after_it() -> None:
    """Two islands' concessions are two figures: an area takes the place named right
    after it, by its kind ("Pulau", "Desa") or a known place; a bare area none."""
    found = _extract(
        "Perusahaan itu memegang izin wilayah 4.100 hektare di Pulau Kayoa. "
        "Perusahaan lain memegang izin wilayah 950 hektare di Pulau Mare Besar. Lahan 20 hektare sudah ditanami."
    )
    assert [(c.value, c.location) for c in found.claims] == [(4100, "Pulau Kayoa"), (950, "Pulau Mare Besar"), (20, None)]


def test_a_time_ago_is_no_length_of_time() -> None:
    """"tiga bulan yang lalu" and "dua tahun silam" say when, not how long; "selama tiga
    bulan" is a length."""
    found = _extract(
        "Petisi itu diterima tiga bulan yang lalu. Pabrik dibangun dua tahun silam. Proyek berjalan selama lima bulan."
    )
    assert [c.value for c in found.claims] == [5]
    assert [e.reason for e in found.excluded][:2] == ["a time ago: when something happened, not a length of time"] * 2


def test_a_predicted_or_changing_score_is_no_result() -> None:
    """"memprediksi ... menang 2-1" is a guess, "Skor berubah 1-0" a score during the
    match; the result stays."""
    found = _extract(
        "Pelatih itu memprediksi timnya menang 2-1. Skor berubah 1-0 di menit awal. Laga berakhir 3-1 untuk tuan rumah."
    )
    assert [(c.value, c.property_key) for c in found.claims] == [("1-0", "skor:sementara"), ("3-1", "skor")]
    assert "a predicted score, not a result" in [e.reason for e in found.excluded]


def test_a_particle_of_speech_is_no_subject() -> None:
    """A minister's spoken "ya" before a figure names nothing; the figure's noun is
    read past it."""
    claims, _excluded = _claims(
        '"Bantuan yang sudah kami salurkan, ya hampir Rp 6 miliar," kata Menteri. '
        '"Kenaikan harga sih 5 persen," ujarnya. Penguasaan bola tim tamu cuma 25 persen.'
    )
    assert [key.split(":")[0] for _value, key in claims] == ["", "harga", "bola tim tamu"]


def test_an_average_is_its_own_figure() -> None:
    claims, _excluded = _claims(
        "Nilai transaksi hari ini mencapai Rp 16,6 triliun. "
        "Rata-rata nilai transaksi harian sepekan naik menjadi Rp 17,1 triliun. "
        "Rata-rata usia korban 30 tahun, sedangkan nilai kerugian Rp 5 juta."
    )
    assert claims == [
        (16_600_000_000_000, "nilai transaksi:money"),
        (17_100_000_000_000, "rata-rata nilai transaksi:money"),
        (30, "rata-rata usia"),
        (5_000_000, "kerugian:money"),
    ]


def test_the_penalty_a_charge_carries_is_no_sentence() -> None:
    """The police's "dijerat Pasal ... dengan ancaman hukuman ..." is what the law sets,
    not a sentence: its least and most are two figures, not a conflict."""
    claims, _excluded = _claims(
        "Tersangka dijerat Pasal 365 KUHP, ancaman hukuman maksimal 9 tahun penjara. "
        "Komplotan itu diancam hukuman penjara paling singkat 3 tahun dan paling lama 11 tahun serta denda Rp 800 juta. "
        '"Setiap orang yang dengan sengaja menimbun bahan peledak diganjar hukuman bui paling lama 14 tahun '
        'dan denda paling sedikit Rp 70 juta dan paling banyak Rp 3 miliar," kata Rina.'
    )
    assert claims == [
        (9, "ancaman hukuman:duration"),
        (3, "ancaman hukuman minimal:duration"),
        (11, "ancaman hukuman:duration"),
        (800_000_000, "ancaman denda:money"),
        (14, "ancaman hukuman:duration"),
        (70_000_000, "ancaman denda minimal:money"),
        (3_000_000_000, "ancaman denda:money"),
    ]
    claims, _excluded = _claims(
        "Rina Kartikasari terancam hukuman 7 tahun penjara. "
        "Hendro Wicaksono yang terancam hukuman 20 tahun akhirnya divonis 16 tahun penjara."
    )
    assert claims == [
        (7, "ancaman hukuman:duration@rina kartikasari"),
        (20, "ancaman hukuman:duration@hendro wicaksono"),
        (16, "vonis:duration@hendro wicaksono"),
    ]


def test_a_fine_demanded_is_not_the_fine_imposed() -> None:
    claims, _excluded = _claims(
        "Jaksa menuntut Rina Kartikasari 5 tahun penjara serta denda Rp 400 juta subsider 4 bulan kurungan. "
        "Rina Kartikasari divonis 2 tahun penjara dan denda Rp 250 juta subsider 2 bulan kurungan. "
        "Hendro Wicaksono dituntut 20 tahun, tetapi hakim menjatuhkan vonis 16 tahun."
    )
    assert claims == [
        (5, "tuntutan:duration@rina kartikasari"),
        (400_000_000, "tuntutan denda:money@rina kartikasari"),
        (4, "tuntutan subsider:duration@rina kartikasari"),
        (2, "vonis:duration@rina kartikasari"),
        (250_000_000, "denda:money@rina kartikasari"),
        (2, "subsider:duration@rina kartikasari"),
        (20, "tuntutan:duration@hendro wicaksono"),
        (16, "vonis:duration@hendro wicaksono"),
    ]


def test_the_unit_of_the_figure_before_is_no_subject() -> None:
    claims, _excluded = _claims("Tuan rumah unggul penguasaan bola 69 persen berbanding 31 persen.")
    keys = dict(claims)
    assert keys[69].endswith("penguasaan bola:percent") and keys[31] == ""


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("IHSG dibuka menguat 0,52% ke level 7.050 pagi ini.", "ihsg:percent:pembukaan"),
        ("IHSG ditutup turun 0,41 persen pada penutupan sesi pertama.", "ihsg:percent:sesi i"),
        ("Sepanjang perdagangan hari ini IHSG melemah 0,83%.", "ihsg:percent:penutupan"),
        # the close a morning move is measured from is no session of its own; the time
        # of day is a moment of the session, compared with none
        ("Pukul 09.05 WIB, IHSG turun 0,27 persen dibanding penutupan sebelumnya.", "ihsg:percent:intraday"),
        ("Saat berita ini ditulis, IHSG melemah 1,2 persen.", "ihsg:percent:intraday"),
        ("IHSG dibuka pada pukul 09.00 WIB menguat 0,5%.", "ihsg:percent:pembukaan"),
        # nor is a shareholders' meeting a market session
        ("Rapat pemegang saham ditutup dengan keputusan laba naik 12 persen.", "laba:percent"),
    ],
)
def test_a_market_figure_is_of_its_session(sentence: str, key: str) -> None:
    claims, _excluded = _claims(sentence, hour=17)
    assert [k for _value, k in claims if k.endswith(("percent", "pembukaan", "intraday", "sesi i", "penutupan"))] == [key]


def test_a_substitute_term_is_the_fines_or_the_restitutions() -> None:
    claims, _excluded = _claims(
        "Hendro Wicaksono dituntut 7 tahun penjara, denda Rp 200 juta subsider 3 bulan kurungan, "
        "serta uang pengganti Rp 1,5 miliar subsider 2 tahun kurungan."
    )
    assert claims == [
        (7, "tuntutan:duration@hendro wicaksono"),
        (200_000_000, "tuntutan denda:money@hendro wicaksono"),
        (3, "tuntutan subsider:duration@hendro wicaksono"),
        (1_500_000_000, "tuntutan uang pengganti:money@hendro wicaksono"),
        (2, "tuntutan subsider uang pengganti:duration@hendro wicaksono"),
    ]


def test_a_figure_over_months_to_date_is_not_the_months_own() -> None:
    claims, _excluded = _claims(
        "Ekspor sepeda motor mencapai 41.200 unit pada Mei 2025. "
        "Selama Januari-Mei 2025, ekspor sepeda motor sudah mencapai 190.500 unit. "
        "Penerimaan pajak hingga akhir Mei 2025 mencapai Rp 610 triliun. "
        "Laba bersih sepanjang 2024 mencapai Rp 12 triliun. "
        "Kontraknya berlaku sampai Juni 2028, klausul rilisnya 40 juta euro."
    )
    assert claims == [
        (41_200, "ekspor:unit"),
        (190_500, "ekspor:unit:kumulatif"),
        (610_000_000_000_000, "penerimaan pajak:money:kumulatif"),
        (12_000_000_000_000, "laba bersih:money"),
        (40_000_000, "klausul rilis:money"),
    ]


def test_a_count_beside_an_events_run_of_days_is_no_figure_to_date() -> None:
    """"mulai 16 Juni 2025 sampai dengan 10 Juli 2025" is a fair's run, after which a
    count of parking sites is the fair's, no total to date."""
    text = ("Untuk bazar yang berlangsung mulai 16 Juni 2025 sampai dengan 10 Juli 2025, panitia menyiapkan "
            "empat lokasi parkir. Selama Januari-Mei 2025, penjualan mobil sudah mencapai 9.500 unit.")
    found = _extract(text, published=datetime(2025, 6, 20, 10, tzinfo=WIB))
    assert [(c.value, c.property_key) for c in found.claims] == [(4, "lokasi"), (9_500, "unit:kumulatif")]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        # the verb of what did it, before the count; after it, the next count's
        ("Kecelakaan itu menewaskan sedikitnya 12 orang dan melukai 30 orang lainnya.",
         ["orang:meninggal", "orang:luka"]),
        ("Polisi menangkap 7 orang pelaku pencurian.", ["orang:ditangkap"]),
        ("Kebakaran itu menghanguskan 85 rumah warga.", ["rumah:terbakar"]),
        # one arrests only people: points won, goods seized
        ("Tim itu sudah mengamankan 12 poin sejauh ini.", ["poin"]),
    ],
)
def test_the_verb_before_a_count_says_what_happened(sentence: str, keys: list[str]) -> None:
    claims, _excluded = _claims(sentence)
    assert [key for _value, key in claims] == keys


def test_a_count_of_others_is_a_part_unless_others_by_what_happened() -> None:
    claims, _excluded = _claims(
        "Sebanyak 11 orang tewas di lokasi kejadian. Tiga korban lainnya meninggal di rumah sakit."
    )
    assert claims == [(11, "orang:meninggal"), (3, "orang:meninggal:lainnya")]
    # the injured beside the dead: their total, not a part of it
    claims, _excluded = _claims("Ledakan gudang itu menewaskan 14 orang, sedangkan 320 orang lainnya terluka.")
    assert claims == [(14, "orang:meninggal"), (320, "orang:luka")]


def test_people_affected_in_another_capacity_are_other_people() -> None:
    """Passengers of cancelled flights and residents who fled are both "terdampak",
    two counts; the dead are one count whatever noun counts them."""
    claims, _excluded = _claims(
        "Pembatalan penerbangan membuat 700 penumpang terdampak. Sementara itu 4.000 jiwa terdampak letusan. "
        "Kecelakaan itu menewaskan 5 penumpang dan 2 warga tewas."
    )
    assert claims == [(700, "penumpang:terdampak"), (4000, "orang:terdampak"), (5, "orang:meninggal"),
                      (2, "orang:meninggal")]


def test_lines_of_an_income_statement_are_their_own_figures() -> None:
    claims, _excluded = _claims(
        "Perseroan mencatatkan pendapatan Rp 7,5 triliun dengan EBITDA mencapai Rp 2,2 triliun. "
        "Laba kotor tercatat Rp 3,1 triliun, beban usaha Rp 1,2 triliun dan laba bersih Rp 1,4 triliun."
    )
    assert [key for _value, key in claims] == [
        "pendapatan:money", "ebitda:money", "laba kotor:money", "beban usaha:money", "laba bersih:money",
    ]


def test_a_close_told_before_the_market_closes_is_the_previous_one() -> None:
    text = "IHSG hari ini ditutup naik 0,41% ke level 7.050. Sektor saham energi menanjak 0,35%."
    # a morning's outlook recalls the last close; an evening's report gives the day's
    morning, _excluded = _claims(text, hour=7)
    assert [k for _v, k in morning if k] == [
        "ihsg:percent:penutupan sebelumnya", "sektor saham energi:percent:penutupan sebelumnya",
    ]
    evening, _excluded = _claims(text, hour=17)
    assert [k for _v, k in evening if k] == ["ihsg:percent:penutupan", "sektor saham energi:percent:penutupan"]


def test_an_amount_after_a_verb_of_movement_is_a_change_not_a_level() -> None:
    claims, _excluded = _claims(
        "Harga emas Galeri24 merosot Rp 4.000 menjadi Rp 1.884.000 per gram. Harga emas UBS naik menjadi Rp 1.921.000 per gram."
    )
    assert claims == [
        (4000, "emas:money:perubahan"), (1_884_000, "emas:money:per gram"), (1_921_000, "emas UBS:money:per gram")
    ]
    # a bound before the amount makes it the level risen to
    claims, _excluded = _claims("Tunjangan pejabat itu disebut naik hingga Rp45 juta per bulan.")
    assert claims == [(45_000_000, "tunjangan pejabat:money:per bulan")]


def test_whose_a_companys_or_products_figure_is() -> None:
    """The holder a sentence names for a figure of an owned property: right after the
    property word, or the subject shortly before it, and the one of a list of figures;
    not the source that says it."""
    text = (
        "Di daftar tersebut, Pupuk Indonesia tahun lalu meraup pendapatan Rp 81,6 triliun. "
        "Pada tahun yang sama, pendapatan Pertamina mencapai Rp 1.194 triliun. "
        "Adapun Xpeng G6 berukuran panjang 4.753 mm dan lebar 1.920 mm. "
        "Laba bersih perseroan naik menjadi Rp 2 triliun, kata Direktur Keuangan Budi Santoso. "
        "Kementerian Keuangan menyebutkan utang mencapai Rp 9.000 triliun."
    )
    found = _extract(text).claims
    assert [(c.value, c.holder) for c in found] == [
        (81_600_000_000_000, "Pupuk Indonesia"),
        (1_194_000_000_000_000, "Pertamina"),
        (4753, "Xpeng G6"),
        (1920, "Xpeng G6"),
        (2_000_000_000_000, None),
        (9_000_000_000_000_000, None),
    ]


def test_a_holder_with_its_short_form_and_a_list_of_one_property() -> None:
    """A name's bracketed short form does not hide it; a currency after a name is not
    part of it; a figure of the same property named again for something else does not
    take the figure before it's holder."""
    text = (
        "Investor menanti The Federal Reserve (the Fed) yang memilih menahan suku bunga di 4,5%. "
        "Pendapatan Pertamina Rp 100 triliun pada 2024 dan Rp 90 triliun pada 2023. "
        "Perusahaan itu membangun Solar PV dengan kapasitas 60 MW dan pembangkit biomassa dengan kapasitas 20 MW."
    )
    found = _extract(text).claims
    assert [(c.value, c.holder) for c in found] == [
        (4.5, "The Federal Reserve"),
        (100_000_000_000_000, "Pertamina"),
        (90_000_000_000_000, "Pertamina"),
        (60, "Solar PV"),
        (20, None),
    ]


def test_a_scores_sides_are_not_a_length_holder() -> None:
    """A figure listed after another takes its holder only when that one is an owned
    property's: a match's sides do not own the running track of its stadium."""
    text = "Timnas Indonesia menang 2-0 atas China di stadion dengan lintasan lari sepanjang 400 meter."
    found = _extract(text).claims
    assert [(c.property_key, c.holder) for c in found] == [("skor", "Indonesia vs China"), ("panjang:length", None)]


def test_a_gold_bars_size_is_not_a_figure() -> None:
    """The sizes a gold price list is of are no figures; gold seized stays one."""
    claims, excluded = _claims(
        "Harga emas Antam 1 gram: Rp 2.050.000Harga emas Antam 3 gram: Rp 5.800.000. "
        "Emas UBS tersedia dalam kuantitas 1 gram hingga 250 gram. Emas 10 gram: Rp 19.000.000. "
        "Penyidik menyita uang Rp 800 miliar dan emas 40 kg dari rumah terdakwa."
    )
    assert [(value, key) for value, key in claims if key.endswith(":mass")] == [(40, "emas:mass")]
    assert sum(reason.startswith("a gold bar's size") for _text, reason in excluded) == 4


def test_a_stocks_turnover_is_not_the_exchanges() -> None:
    claims, _excluded = _claims(
        "IHSG ditutup menguat. Nilai transaksi indeks mencapai Rp 16,67 triliun.\n"
        "Saham BUMI melemah 1,6% ke level Rp 125 per saham. Nilai transaksi Rp 150,2 miliar."
    )
    assert [key for value, key in claims if str(key).startswith("nilai transaksi")] == [
        "nilai transaksi:money", "nilai transaksi bumi:money",
    ]


def test_a_days_trading_figures_are_its_turnover_and_volume() -> None:
    """"nilai" and a count of shares after "volume" in a sentence of the day's trading
    are the exchange's turnover and volume, of the session the report names; a stock's
    paragraph's are that stock's, though its sentence opens with "Total"."""
    keys = _keys(
        "IHSG ditutup melemah 0,5% sore ini. Volume transaksi hari ini sebanyak 21,4 miliar saham dengan nilai "
        "Rp 12,3 triliun dan frekuensi 1.100.000 kali.\n"
        "Saham ABCD ditutup naik 2%. Total frekuensi perdagangan 500 kali dengan volume perdagangan 41.000 saham.",
        hour=17,
    )
    assert keys[21_400_000_000] == "saham:volume:penutupan"
    assert keys[12_300_000_000_000] == "nilai transaksi:money:penutupan"
    assert keys[41_000] == "saham abcd:volume:penutupan"


def test_indeks_saham_of_a_report_naming_the_ihsg_is_the_ihsg() -> None:
    keys = _keys(
        "Pasar menanti IHSG (Indeks Harga Saham Gabungan) lesu sepanjang hari. Indeks saham ditutup turun 0,42% ke level 7.215. "
        "Indeks saham Asia ditutup naik 0,3%.",
        hour=17,
    )
    assert keys[-0.42] == "ihsg:percent:penutupan"
    assert not keys[0.3].startswith("ihsg")
    assert _keys("Indeks saham ditutup turun 0,42% ke level 7.215.")[-0.42].startswith("indeks saham")
    # "bursa saham" moving in percent too, but not the exchange's other figures
    keys = _keys("IHSG dibuka menguat. Bursa saham naik 0,85% atau 60,1 poin di sesi I. "
                 "Bursa saham mencatat 12.000 investor baru.", hour=12)
    assert keys[0.85] == "ihsg:percent:sesi i" and not keys[12_000].startswith("ihsg")


def test_a_buyback_price_is_not_the_selling_price() -> None:
    claims, _excluded = _claims(
        "Emas Antam kini dijual Rp 1.952.500 per gram. Untuk buyback, Antam kini membeli kembali emas pelanggan "
        "seharga Rp 1.781.500 per gram. Buyback emas di butik lain Rp 1.790.500 per gram, sementara emas UBS "
        "dijual Rp 1.900.000 per gram."
    )
    assert [key for _v, key in claims] == [
        "emas:money:per gram", "buyback emas:money:per gram", "buyback emas:money:per gram", "emas UBS:money:per gram"
    ]


def test_the_size_of_a_gold_sale_is_no_gold_price() -> None:
    """Gold price stories repeat the tax rule: a sale's threshold is keyed apart from
    the price; the tax's rate keeps the key it had."""
    claims, _excluded = _claims(
        "Emas batangan itu kini dibanderol Rp 1.945.500 per gram. Pembelian emas batangan di atas Rp 10 juta "
        "harus memakai NPWP. Penjualan emas ke butik senilai lebih dari Rp10 juta terkena PPh sebesar 1,5 persen."
    )
    assert [key for _v, key in claims] == [
        "emas:money:per gram", "transaksi emas:money", "transaksi emas:money", "emas:percent"
    ]


def test_korban_jiwa_are_the_dead() -> None:
    """"korban jiwa" (lives lost) is a state, read before the injured counted after it."""
    claims, _excluded = _claims(
        "Ledakan gudang itu memakan sedikitnya 24 korban jiwa, lalu ratusan luka-luka di kampung sekitar. "
        "Kebakaran pabrik menelan dua korban jiwa."
    )
    assert [(value, key) for value, key in claims if value in (24, 2)] == [
        (24, "orang:meninggal"), (2, "orang:meninggal")
    ]


def test_a_score_of_sides_the_headline_does_not_name_is_another_matchs() -> None:
    """In a report headlined on Salzburg and Pachuca, "Man City menang 2-0" is another
    match's score; the report's own score, a score naming no side (a nickname) and a
    score in an article whose headline names no side stay the match's."""
    text = (
        "Salzburg mengalahkan Pachuca 2-1 di Cincinnati. Sang tamu sempat menyamakan skor. "
        "Adapun Man City menang 2-0 atas Wydad. Los Blancos bermain imbang 1-1."
    )
    published = datetime(2025, 6, 19, 9, tzinfo=WIB)

    def keys(title: str) -> list[tuple[object, str]]:
        return [(c.value, c.property_key) for c in _extract(text, title, published).claims]

    assert keys("Salzburg Kalahkan Pachuca di Piala Dunia Antarklub") == [
        ("2-1", "skor"), ("2-0", "skor:laga lain"), ("1-1", "skor"),
    ]
    assert [key for _v, key in keys("Hasil Laga Semalam")] == ["skor", "skor", "skor"]


def test_a_function_word_opening_a_sentence_names_no_side() -> None:
    text = "Meski Kluivert kecewa, Indonesia kalah 1-4 dari Jepang."
    (claim,) = _extract(text, published=datetime(2025, 6, 11, 9, tzinfo=WIB)).claims
    assert claim.holder == "Kluivert / Indonesia vs Jepang"


def test_a_club_the_model_took_for_a_person_is_still_a_side() -> None:
    from types import SimpleNamespace

    from kabar.claims import _people_words

    entities = [SimpleNamespace(type="PERSON", text="Man City"), SimpleNamespace(type="PERSON", text="Thomas Letsch")]
    assert _people_words(SimpleNamespace(entities=entities), frozenset()) == {"thomas", "letsch"}  # type: ignore[arg-type]


def _score(value: str, holder: str | None, key: str = "skor") -> Claim:
    return Claim(id=f"c{value}{holder}", document="d", sentence="", start=0, end=1, value=value, unit=None,
                 kind="score", property="skor", property_key=key, holder=holder)


def test_a_storys_headline_tells_its_match_from_others() -> None:
    """Over a story, the headline's sides decide: a roundup's score of two other sides,
    one of the headline's sides against another, are other matches'; the headline's
    own score, a side by its initials, a score naming both headline sides or none stay
    the match's."""
    claims = [
        _score("2-0", "Man City vs Wydad"),
        _score("1-0", "Indonesia vs China"),
        _score("2-1", "Salzburg vs Pachuca"),
        _score("2-1", "Pachuca / Onisiwo"),
        _score("1-0", "Salzburg vs Pachuca"),
        _score("3-0", None),
        _score("3-1", "Salzburg", "skor:sementara"),
    ]
    mark_other_matches(claims, "Salzburg Kalahkan Pachuca di Piala Dunia Antarklub")
    assert [c.property_key for c in claims] == [
        "skor:laga lain", "skor:laga lain", "skor", "skor", "skor", "skor", "skor:sementara",
    ]
    claims = [_score("1-0", "Botafogo vs Paris Saint-Germain"), _score("4-0", "PSG vs Atletico Madrid"),
              _score("1-0", "Botafogo vs Seattle")]
    mark_other_matches(claims, "Hasil Piala Dunia Antarklub: PSG Vs Botafogo 0-1")
    assert [c.property_key for c in claims] == ["skor", "skor:laga lain", "skor"]
    # a roundup's headline names three sides: a score of one of them against another
    # is one of the matches it reports
    claims = [_score("2-0", "Italia vs Moldova"), _score("3-2", "Belgia vs Wales"), _score("1-0", "Kroasia"),
              _score("2-1", "Faroe vs Gibraltar")]
    mark_other_matches(claims, "Hasil Akhir Kualifikasi: Belgia, Italia dan Kroasia Menang")
    assert [c.property_key for c in claims] == ["skor", "skor", "skor", "skor:laga lain"]
    # a coach the headline names, written as a side by a few scores beside his team, is
    # no third side that would make the headline a roundup's
    claims = [_score("6-0", "Jepang vs Indonesia") for _ in range(8)] + [
        _score("1-0", "Indonesia / Kluivert vs Jepang"), _score("1-1", "Indonesia vs Filipina"),
    ]
    mark_other_matches(claims, "Kluivert: Indonesia Berjuang, Jepang Terlalu Kuat")
    assert [c.property_key for c in claims][-2:] == ["skor", "skor:laga lain"]
    # a side written by its initials is the headline's side
    claims = [_score("4-1", "Chelsea vs Real Betis"), _score("1-0", "MU vs Tottenham")]
    mark_other_matches(claims, "Manchester United Rela Rugi demi Sancho")
    assert [c.property_key for c in claims] == ["skor:laga lain", "skor"]
    # a player and his club the headline names, written on one side of a score, are
    # one side: the club's win over another is the match's
    claims = [_score("3-1", "Persib"), _score("3-1", "Persib"), _score("3-1", "Ciro Alves / Persib vs Persik"),
              _score("3-1", "Persib vs Persik"), _score("2-2", "Persija vs Bali United")]
    mark_other_matches(claims, "Ciro Alves Cetak Gol Ke-20 untuk Persib", ["Ciro Alves", "Bojan Hodak"])
    assert [c.property_key for c in claims] == ["skor", "skor", "skor", "skor", "skor:laga lain"]
    # ... but two clubs the headline names are two sides, however a sentence joins them
    claims = [_score("1-0", "Upaya Persib / Persik"), _score("3-1", "Persija vs Bali United vs Madura United")]
    mark_other_matches(claims, "Hasil Liga 1: Persib Vs Persik 0-1", ["Bojan Hodak"])
    assert [c.property_key for c in claims] == ["skor", "skor:laga lain"]


def test_a_score_published_before_its_match_began_is_another_matchs() -> None:
    """The story's match begins when most of its articles say (17.35 WIB on 10 June):
    a score published before then is a past meeting or a prediction, one published after
    may be the result; an article's slip (15.00 WIB, once) decides nothing."""
    from kabar.claims import mark_before_start, match_start

    def start(at: str, unit: str = "WIB") -> Claim:
        return Claim(id=f"t{at}{unit}", document="d", sentence="", start=0, end=1, value=at[-5:], unit=unit,
                     kind="time", property="waktu laga", property_key="waktu:laga", date=at)

    def score(value: str, published: datetime | None) -> Claim:
        claim = _score(value, "Indonesia vs Jepang")
        claim.id, claim.published = f"{claim.id}{published}", published
        return claim

    wib = timezone(timedelta(hours=7))
    starts = [start("2025-06-10T17:35"), start("2025-06-10T17:35"), start("2025-06-10T15:00")]
    claims = [*starts, score("4-0", datetime(2025, 6, 10, 14, 40, tzinfo=wib)),
              score("4-0", datetime(2025, 6, 10, 15, 40)), score("6-0", datetime(2025, 6, 10, 20, 1, tzinfo=wib)),
              score("6-0", datetime(2025, 6, 10, 11, 5, tzinfo=UTC)), score("1-0", None)]
    assert match_start(claims) == datetime(2025, 6, 10, 17, 35, tzinfo=wib)
    mark_before_start(claims)
    assert [c.property_key for c in claims[3:]] == ["skor:laga lain", "skor:laga lain", "skor", "skor", "skor"]
    # no start given twice, or two given as often: nothing is marked
    for given in ([starts[0]], [starts[0], starts[2]], [*starts[:2], start("2025-06-10T20:00"), start("2025-06-10T20:00")]):
        claims = [*given, score("4-0", datetime(2025, 6, 10, 14, 40, tzinfo=wib))]
        mark_before_start(claims)
        assert claims[-1].property_key == "skor"
    # a time in another zone is read in it (17.35 WIB is 18.35 WITA)
    assert match_start([start("2025-06-10T18:35", "WITA")] * 2) == datetime(2025, 6, 10, 17, 35, tzinfo=wib)
    # a score the text dates two days or more before the story's first report
    # (not a year's or a season's first of January: "juara Liga Champions 2024-2025")
    dated = [score("1-0", datetime(2025, 6, 10, 17, 24, tzinfo=wib)) for _ in range(4)]
    dated[0].date, dated[1].date, dated[2].date = "2025-06-05", "2025-06-09", "2024-01-01"
    mark_before_start(dated)
    assert [c.property_key for c in dated] == ["skor:laga lain", "skor", "skor", "skor"]


def test_selama_names_only_a_length_of_time() -> None:
    """"Selama" before a figure says how long only of a length of time: an amount after
    it is of what the words say ("omzet"), not a duration."""
    claims, _excluded = _claims("Selama tiga bulan, koperasi itu mencatat omzet Rp 2 miliar. Rapat berlangsung selama 45 menit.")
    assert [key for _v, key in claims] == ["durasi:duration", "omzet:money", "durasi:duration"]
    # the noun after a length of time opens the clause it is the time of; a kind of
    # day made with it ("hari kerja") is what is counted
    claims, _excluded = _claims("Selama hampir 4 tahun nilai kinerjanya biru. Program itu berjalan selama 100 hari kerja.")
    assert [key for _v, key in claims] == ["durasi:duration", "kerja:duration"]


def test_an_amount_that_is_a_share_of_a_whole_is_the_shares() -> None:
    """"dividen sebesar 30% dari laba ... atau sebesar Rp 1,9 triliun": the amount is
    the dividend, not the profit it is a share of; a dividend per share is its own
    figure, a share's price is per share whether or not the text says so."""
    claims, _ = _claims(
        "Rapat itu menyetujui dividen sebesar 30% dari laba bersih tahun lalu atau sebesar Rp 1,9 triliun. "
        "Laba bersih perseroan tahun lalu tercatat Rp 6,3 triliun. "
        "Pemegang saham menerima dividen Rp 25 per saham. "
        "Saham perseroan naik 2% ke posisi Rp 1.875 per saham."
    )
    assert (1_900_000_000_000, "dividen:money") in claims
    assert (6_300_000_000_000, "laba bersih:money") in claims
    assert (25, "dividen:money:per saham") in claims
    # (where the price moved to names nothing: "ke posisi" keys no "posisi")
    assert (1875, "") in claims


def test_a_time_of_day_is_no_figures_subject() -> None:
    claims, _ = _claims("Perahu itu ditahan Selasa (3/6) pagi sekitar 40 kilometer dari pantai.")
    assert not [key for _, key in claims if key.startswith("pagi")], claims


def test_both_sides_together_are_no_figure() -> None:
    """"kedua tim", "kedua negara", "kedua belah pihak": both sides, not a count
    anyone reports; two of a noun that is no side is a figure."""
    claims, excluded = _claims(
        "Kedua tim berbagi satu poin. Pejabat kedua negara bertemu di London. Kedua korban dirawat di rumah sakit."
    )
    assert [key for _value, key in claims if key in ("tim", "negara")] == []
    assert (2, "orang:dirawat") in claims, claims
    assert sum("both teams" in reason for _text, reason in excluded) == 2


def test_a_place_pointed_at_is_no_figures_subject() -> None:
    claims, _ = _claims("Kelembapan udara di sana sekitar 80 persen.")
    assert not [key for _, key in claims if key.startswith("sana")], claims


def test_a_preposition_right_before_a_figure_is_no_subject() -> None:
    """"dibanderol mulai Rp 180 juta", "habis dalam 3 hari", "setelah 6 bulan": the
    preposition is read past, never the figure's property."""
    for text in (
        "Mobil itu dibanderol mulai Rp 180 juta.",
        "Daging kurban harus habis dalam 3 hari.",
        "Kondisinya membaik setelah 6 bulan.",
    ):
        claims, _ = _claims(text)
        assert claims and not [k for _v, k in claims if k.split(":")[0].split()[-1:] in (["mulai"], ["dalam"], ["setelah"])], claims
    claims, _ = _claims("Harga tiket mulai Rp 50 ribu.")
    assert [k for _v, k in claims] == ["harga tiket:money"], claims


def test_a_headline_naming_one_side_names_its_usual_opponent_too() -> None:
    """"Manajer Timnas Indonesia Ungkap ...": most scores name Indonesia and China, so
    "Arab Saudi / Indonesia vs Bahrain" is another match's; with no usual opponent (two
    of five), nothing changes."""
    claims = [_score("1-0", "Indonesia vs China") for _ in range(3)] + [
        _score("2-0", "Arab Saudi / Indonesia vs Bahrain"), _score("1-0", None)]
    mark_other_matches(claims, "Manajer Timnas Indonesia Ungkap Hal Positif")
    assert [c.property_key for c in claims] == ["skor", "skor", "skor", "skor:laga lain", "skor"]
    claims = [_score("1-0", "Indonesia vs China"), _score("1-0", "Indonesia vs China"),
              _score("2-0", "Arab Saudi / Indonesia vs Bahrain"), _score("3-1", "Indonesia vs Jepang"),
              _score("0-0", "Indonesia vs Laos")]
    mark_other_matches(claims, "Manajer Timnas Indonesia Ungkap Hal Positif")
    assert [c.property_key for c in claims] == ["skor"] * 5


def test_a_function_word_opening_the_sentence_is_no_part_of_a_named_subject() -> None:
    claims = _extract(
        "Rupiah menguat 1,4 persen hingga 20 Mei. Kemudian Filipina naik 0,8 persen, kata Ramdan. "
        "Sementara Nasdaq naik 0,2 persen."
    ).claims
    assert {c.property_key for c in claims} >= {"filipina:percent", "nasdaq:percent"}
    assert not any(c.property_key.startswith(("kemudian", "sementara")) for c in claims)


def test_a_percentage_after_a_contrast_and_its_verb_is_the_same_subjects() -> None:
    claims = _extract("SOL naik 1,15 persen dalam 24 jam, namun masih turun 4,1 persen sepekan.").claims
    assert [(c.property_key, c.value) for c in claims] == [("sol:percent", 1.15), ("sol:percent:per pekan", -4.1)]


def test_a_gap_between_two_moments_of_the_story_is_no_figure() -> None:
    claims, excluded = _claims(
        "Jepang unggul lewat gol menit ke-15. Dua menit kemudian gol kedua hadir, dan gol ketiga tiga menit "
        "berselang. Sepuluh menit pertandingan berjalan, tuan rumah menguasai bola. Ada tambahan waktu enam menit."
    )
    assert claims == [(6, "tambahan waktu:duration")]
    gaps = [text for text, reason in excluded if reason.startswith("a step of the narration")]
    assert gaps == ["Dua menit", "tiga menit", "Sepuluh menit pertandingan"]


def test_the_parts_a_total_is_broken_down_into_are_no_second_total() -> None:
    keys = _keys(
        "Penembakan di sekolah itu menewaskan 10 orang. Korban tewas terdiri dari tujuh siswa dan satu orang dewasa. "
        "Surat itu terdiri atas 110 ayat."
    )
    assert keys[10] == "orang:meninggal"
    assert keys[7].endswith(":rincian") and keys[1].endswith(":rincian")
    # one figure after "terdiri atas" is a size, not a part
    assert not keys[110].endswith(":rincian")


def test_parts_listed_after_a_colon_are_parts_of_the_total_before_it() -> None:
    """A colon in the total's clause opens its breakdown, as "terdiri dari" does, so
    that one outlet's 6 pupils are compared with another's 5; a colon after a list of
    targets, with the last total in another clause, opens none."""
    keys = _keys("Polisi menyebut tujuh orang tewas dalam kebakaran itu: enam siswa dan satu orang guru.")
    assert keys[7] == "orang:meninggal"
    assert keys[6].endswith(":rincian") and keys[1].endswith(":rincian")
    # the part keeps its noun and what happened to the total, as after "terdiri dari"
    assert keys[6] == "siswa:meninggal:rincian"
    assert _keys("Korban tewas terdiri dari lima siswa dan dua guru.")[5] == "siswa:meninggal:rincian"
    keys = _keys("Layanan gigi tercapai 9 orang, selanjutnya layanan mata: target 40 orang, tercapai 35 orang.")
    assert not any(key.endswith(":rincian") for key in keys.values())



def test_a_company_in_the_dock_is_the_defendant_of_its_court_figures() -> None:
    claims, _excluded = _claims(
        "Dalam perkara itu, terdakwa PT Sawit Makmur Group dituntut membayar denda sebesar Rp 2 miliar."
    )
    assert [key for _value, key in claims] == ["tuntutan denda:money@pt sawit makmur group"]


def test_a_person_who_undergoes_the_verb_is_no_source() -> None:
    """A titled person opening the sentence is its source when acting ("menetapkan"),
    not when sentenced ("divonis"), even with a name in apposition."""
    found = _extract(
        "Bupati Garut Endang Suhendar menetapkan status tanggap darurat selama tujuh hari.\n"
        "Bupati Cianjur Rina Kartikasari dihukum tiga tahun penjara.\n"
        "Pengacara Hendro, Lisa Wulandari divonis 11 tahun penjara.\n"
        "Penyanyi Ratna Dewi Lestari alias Ratna Idol diperiksa penyidik selama 6 jam di gedung itu.\n"
        "Aktor Bayu Santoso (BS) ditahan 20 hari oleh jaksa."
    )
    assert [(c.value, c.speaker_text) for c in found.claims] == [
        (7, "Bupati Garut Endang Suhendar"), (3, None), (11, None), (6, None), (20, None)
    ]


def test_a_trade_figure_of_goods_named_by_code_is_their_own() -> None:
    claims, _excluded = _claims(
        "Ekspor CBU mencapai 41.000 unit, CKD mencapai 650.000 unit. "
        "Ekspor CKD pada periode itu naik 9,5 persen. Ekspor RI ke Jepang turun 4 persen."
    )
    assert claims == [
        (41_000, "ekspor cbu:unit"), (650_000, "ekspor ckd:unit"), (9.5, "ekspor ckd:percent"), (-4, "ekspor:percent"),
    ]


def test_a_dimension_after_a_figure_in_other_units_is_not_what_it_measures() -> None:
    claims, _excluded = _claims("Berbekal tangki penuh 45 liter jarak tempuh sedan itu bisa mencapai 900 km.")
    assert (45, "tangki penuh:liter") in claims
    claims, _excluded = _claims("Jalan itu memiliki 12 km panjang jalur sepeda.")
    assert (12, "panjang:length") in claims


def test_a_keyword_before_a_count_names_it_only_for_trade() -> None:
    claims, _excluded = _claims("Gelandang berusia 29 tahun itu mencetak dua gol musim ini.")
    assert (2, "gol") in claims and (29, "usia") in claims
    claims, _excluded = _claims("Pada April 2025, ekspor mobil mencapai 34.663 unit.")
    assert [key for _value, key in claims if _value == 34663] == ["ekspor:unit"]
    claims, _excluded = _claims("Kontingen kami membawa pulang empat medali emas serta satu medali perunggu.")
    assert (4, "medali emas") in claims and (1, "medali perunggu") in claims


def test_people_arrested_are_no_victims() -> None:
    found = _extract("Polisi menyebut 12 orang ditangkap dan 3 orang tewas.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert sorted(c.property for c in found.claims) == ["korban meninggal", "orang ditangkap"]


def test_a_keyword_whose_dimension_the_figure_lacks_names_nothing() -> None:
    claims, _excluded = _claims("Daging disimpan dalam suhu dingin selama 12 jam.")
    assert [key for _value, key in claims if _value == 12] == ["durasi:duration"]
    claims, _excluded = _claims("Denda Rp 400 ribu menanti, sedangkan pidana kurungan maksimal dua bulan.")
    assert sorted(key for _value, key in claims) == ["denda:money", "pidana kurungan:duration"]
    # how often shares changed hands is no value of the trades
    claims, _excluded = _claims("Nilai transaksi saham mencapai Rp 5,2 triliun dan ditransaksikan sebanyak 512.300 kali.")
    assert [key for value, key in claims if value == 512300] == [""]
    # an age is a length of time: a calibre after it is no age
    claims, _excluded = _claims("Pemuda berusia 19 tahun itu ditangkap membawa pistol jenis Glock 9mm.")
    assert [key for value, key in claims if value == 9] == ["pistol jenis glock:mm"]
    # nor does it come back as the clause's subject: an engine's litres are no price
    claims, _excluded = _claims("Tipe dengan harga termurah 1.5L Hybrid ialah Rp 398 juta.")
    assert sorted((value, key) for value, key in claims) == [(1.5, ""), (398_000_000, "harga:money")]


def test_both_of_them_is_no_figure_but_people_stay() -> None:
    claims, excluded = _claims("Kedua perusahaan rintisan itu sepakat bergabung. Kedua korban dirawat di rumah sakit.")
    assert [value for value, _key in claims] == [2]
    assert [reason for _text, reason in excluded] == ["'kedua' (both) names the two already spoken of, no figure"]


def test_a_change_in_points_restated_as_a_percentage_is_the_index() -> None:
    claims, _excluded = _claims("Indeks LQ45 turun 12,5 poin atau sekitar 1,4% pada perdagangan hari ini.")
    # (a fall: negative, as "turun 1,4%" is)
    assert [key.split(":")[0] for value, key in claims if value == -1.4] == ["indeks lq45"]
    # the points unnamed, after a verb of movement and the level closed at
    claims, _excluded = _claims("IHSG ditutup di level 7.215, turun 35,20 atau 0,51%.", hour=17)
    assert [key for value, key in claims if value == -0.51] == ["ihsg:percent:penutupan"]


def test_an_adjective_is_no_subject_the_noun_it_describes_is() -> None:
    claims, _excluded = _claims("Paket wisata itu dijual dengan ongkos yang amat terjangkau mulai dari Rp 2 juta.")
    assert [key for _value, key in claims] == ["ongkos:money"]


def test_a_particle_of_speech_after_a_number_counts_nothing() -> None:
    # "dua ya": two (people), with the particle of a spoken sentence after it
    claims, _excluded = _claims('"Rasanya kok tinggal dua ya di rumah," kata Rina. Sudah hampir empat bulan nih.')
    assert [key for _value, key in claims] == ["", ""]


def test_counts_listed_after_a_total_are_its_parts() -> None:
    """"5 penerbangan ... adalah 4 jadwal ke A dan 1 jadwal ke B": the 4 and the 1 are
    parts of the 5, compared with nothing; a price listed after "yaitu" is no part."""
    claims, _excluded = _claims(
        "Ada 5 penerbangan yang dibatalkan, yaitu 4 jadwal ke Kupang dan 1 jadwal ke Ende. "
        "Harga tiketnya yaitu Rp 900.000 atau Rp 850.000 bagi anggota."
    )
    assert [key for _value, key in claims][1:3] == ["jadwal:rincian", "jadwal:rincian"]
    assert not any(key.endswith(":rincian") for _value, key in claims[3:])



def test_a_number_word_is_no_part_of_a_figures_subject() -> None:
    """"dua layar lebar berukuran 300 inci" is the screens' size; "dua bulan sesudahnya
    sebesar 20 persen" names nothing the figure is of."""
    keys = _keys(
        "Penonton melihat dua layar lebar berukuran 300 inci. Potongan retribusi 40 persen berlaku dua bulan, "
        "lalu dua bulan sesudahnya sebesar 20 persen."
    )
    assert keys[300] == "layar lebar:inci"
    assert not str(keys[20]).startswith(("dua", "bulan"))


def test_a_keyword_inside_an_aside_with_its_own_figure_is_not_the_next_figures() -> None:
    keys = _keys(
        "Omzet perusahaan itu merosot ke US$ 150 juta atau kira-kira Rp 2,4 triliun (dengan kurs Rp 16.050) "
        "dari US$ 210 juta setahun sebelumnya."
    )
    assert keys[16050] == "kurs:money"
    assert not str(keys[210_000_000]).startswith("kurs")


def test_a_weak_keyword_with_its_word_of_what_keeps_its_dimension() -> None:
    """"harga saham ... tertinggi dalam tiga tahun" is no share price, nor "tinggi jok
    790 mm, dan kapasitas tangki ... 14,5 liter" a seat's height."""
    keys = _keys(
        "Harga saham emiten itu menyentuh puncak tertinggi dalam tiga tahun. Harga saham emiten itu naik 2,3 persen. "
        "Berat skuter 110 kg, tinggi jok 760 mm, serta kapasitas tangki bensin mencapai 14,5 liter."
    )
    assert keys[2.3] == "harga saham:percent"
    assert not str(keys[3]).startswith("harga")
    assert not str(keys[14.5]).startswith("tinggi")


def test_years_after_a_persons_noun_with_a_demonstrative_are_an_age() -> None:
    """"penyerang 26 tahun itu" is the striker's age; "selama delapan tahun ini" and
    "pemain selama 5 tahun ini" are lengths of time."""
    keys = _keys(
        "Gol penentu dibuat penyerang 26 tahun itu pada menit akhir. Selama delapan tahun ini ia bekerja. "
        "Ia menjadi pemain selama 5 tahun ini."
    )
    assert keys[26] == "usia"
    assert keys[8] == keys[5] == "durasi:duration"


def test_a_state_across_a_conjunction_is_the_other_counts() -> None:
    """"3 penumpang cedera ringan dan satu orang patah tangan": the one is no second
    count of the injured; "tewas 3 orang dan luka 5 orang": the three are dead."""
    keys = _keys(
        "Tiga penumpang menderita cedera ringan dan satu orang menderita patah tangan. "
        "Korban tewas 7 orang dan luka 5 orang."
    )
    assert keys[3] == "orang:luka" and keys[1] != "orang:luka"
    assert keys[7] == "orang:meninggal" and keys[5] == "orang:luka"


def test_a_change_word_before_a_figure_is_no_subject_when_the_changed_thing_is_named() -> None:
    """"Sektor konsumer mengalami kenaikan 1,01 persen" is the consumer sector's; "ikut"
    is no part of "sektor energi"; with nothing named before it, or only a clause joined
    by "dengan", the change word keys the figure as before."""
    keys = _keys(
        "Sektor konsumer mengalami kenaikan 1,01 persen. Sektor tambang ikut melemah 0,11%. "
        "Penjualan ritel mencatatkan pertumbuhan sebesar 11 persen. "
        "Sektor lain mencuri perhatian dengan kenaikan 2,55%. Pertumbuhan sebesar 7,5 persen tercatat."
    )
    assert keys[1.01] == "sektor konsumer:percent"
    assert keys[-0.11] == "sektor tambang:percent"
    assert keys[11] == "penjualan ritel:percent"
    assert keys[2.55] == "kenaikan:percent"


def test_a_lists_next_item_with_its_own_noun_is_not_the_keyword_befores() -> None:
    keys = _keys("Sedan mungil itu panjangnya 4.711 mm, lebarnya 1.821 mm, tinggi 1.455 mm dan jarak antarsumbu kendaraan 2.741 mm.")
    assert (keys[1455], keys[2741]) == ("tinggi:mm", "jarak antarsumbu kendaraan:mm")
    keys = _keys("Laba ditahan perseroan Rp 12,40 triliun, serta total ekuitas Rp 30,15 triliun.")
    assert keys[30_150_000_000_000] == "total ekuitas:money"
    # a holder after the conjunction is whose the keyword's figure is
    keys = _keys("Usulan gaji presiden Rp 500 juta per bulan dan wakil presiden Rp 300 juta tiap bulan.")
    assert keys[300_000_000] == "gaji wakil presiden:money:per bulan"


def test_a_number_after_roda_is_a_class_of_vehicle_not_a_count() -> None:
    assert _keys("Produsen roda empat asal Korea itu resmi masuk pasar.") == {}
    assert _keys("Penjualan kendaraan beroda dua sepanjang Mei naik.") == {}
    assert 3 in _keys("Ia membeli tiga kendaraan roda empat.")


def test_a_money_keyword_keys_no_measure_and_a_comparative_is_no_subject() -> None:
    keys = _keys("Pabrik dengan nilai investasi Rp 800 miliar itu berdiri di atas lahan seluas 12 hektare.")
    assert keys[800_000_000_000] == "investasi:money" and keys[12] == "luas:ha"
    # "lebih murah", "lebih cepat": an adjective of comparison; the noun before "yang" or nothing
    keys = _keys("Model tertinggi memakai 2TB, sedangkan model yang lebih murah memakai 256GB.")
    assert keys[256] == "model:gb"
    assert _keys("Ia finis lebih cepat 0,005 detik dari rivalnya.") == {0.005: ""}
    # a conjunction of purpose after a measure is no noun, and "pas" no subject
    assert _keys("Perangkat itu punya port audio 3,5mm guna menyambung headset.") == {3.5: "punya port audio:mm"}
    assert _keys('Hakim bertanya pas di Rp 40 juta saja.') == {40_000_000: ""}
    # (asked, the figure is none: test_a_figure_a_question_asks_about_is_not_stated)
    assert _keys('"Pas di Rp 40 juta ya?" tanya hakim.') == {}


def test_a_papers_maturity_is_no_figure_but_a_loans_term_is() -> None:
    # "tenor 5 tahun", "tenor 3, 6 dan 9 bulan": which paper the yield or rate is of
    found = _extract(
        "Imbal hasil SBN untuk tenor 5 tahun turun menjadi 6,4%. Suku bunga SRBI untuk tenor 3, 6 dan 9 bulan "
        "turun menjadi 6,1%; 6,2% dan 6,3%."
    )
    assert [c.value for c in found.claims] == [6.4, 6.1, 6.2, 6.3]
    assert sum("maturity" in e.reason for e in found.excluded) == 4
    assert 15 in _keys("Bank itu menawarkan kredit rumah dengan tenor 15 tahun.")


def test_angka_in_a_sports_text_counts_points() -> None:
    found = _extract("Tim tamu kini mengoleksi 14 angka di puncak klasemen, terpaut dua angka dari rivalnya yang punya 12 poin.")
    assert [(c.value, c.property_key, c.unit) for c in found.claims] == [(14, "poin", "poin"), (2, "poin", "poin"), (12, "poin", "poin")]


def test_words_of_order_and_adverbs_after_a_figure_are_no_nouns() -> None:
    # "tiga bulan berikutnya": which months, no "berikut"; "dua kelompok saling ...":
    # groups, no "saling"
    assert _keys("Adapun tiga bulan selanjutnya, keringanan dipangkas menjadi 15 persen.")[3] == ""
    assert _keys("Dalam video itu tiga kelompok saling lempar batu.") == {3: "kelompok"}


def test_the_policy_rate_named_before_a_percentage_is_one_property() -> None:
    # a name, "BI Rate" had keyed nothing; "suku bunga atau BI-Rate" the bare rate
    assert _keys("Rapat Dewan Gubernur memutuskan menahan BI Rate sebesar 6,00%.") == {6.0: "bi-rate:percent"}
    assert _keys("Dewan gubernur menahan bunga acuan atau BI-Rate sebesar 6 persen.") == {6: "bi-rate:percent"}
    assert _keys("Suku bunga Lending Facility tetap 6,75%.") == {6.75: "suku bunga:percent"}


def test_a_fact_checks_examined_material_gives_no_figure() -> None:
    """A fact-check quotes the post it debunks: its figures are not asserted; the
    facts it states are."""
    text = (
        "Beredar unggahan yang menyebut bantuan tunai Rp 5 juta untuk setiap warga. "
        '"*Segera daftar, bantuan Rp 5 juta cair minggu ini*" tulis akun itu. '
        "Kementerian menyatakan bantuan tahun ini hanya Rp 600 ribu per keluarga."
    )
    found = _extract(text, title="Cek Fakta: Tidak Benar Ada Bantuan Tunai Rp 5 Juta")
    assert [c.value for c in found.claims] == [600_000]
    assert sum("fact-check" in e.reason for e in found.excluded) == 2
    # not in another article
    assert 5_000_000 in [c.value for c in _extract(text, title="Bantuan Tunai Disalurkan").claims]


def test_a_formula_of_prayer_is_no_subject() -> None:
    """"insyaallah paling lama 4 tahun lagi": the figure is no one's "insyaallah"."""
    assert _keys('"Kami optimistis, insyaallah paling lama 4 tahun lagi kita bergabung," kata menteri.') == {4: ""}
    assert _keys("Alhamdulillah 30 persen pekerjaan sudah rampung.") == {30: ""}


def test_a_weak_keyword_of_a_capitalised_name_takes_the_names_next_words() -> None:
    assert _keys("Luas Pasar Kembang mencapai 12.000 meter persegi.") == {12_000: "luas pasar kembang:m2"}
    # not a currency's code nor a figure
    assert _keys("Saham itu dibuka pada harga USD 48 di bursa.")[48].startswith("harga:")


def test_in_a_text_that_lost_its_line_breaks_a_source_carries_on_two_sentences_only() -> None:
    said = "Menteri Keuangan Ratna Dewi mengatakan kabar itu tidak benar. "
    filler = "Rapat itu berlangsung di Jakarta pada pagi hari dan dihadiri banyak pejabat dari berbagai daerah. " * 16
    text = said + "Gaji itu tetap Rp 30 juta. " + filler + "Dokumen itu menyebut angka Rp 553 juta."
    found = _extract(text, published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    speakers = {c.value: c.speaker_text for c in found.claims}
    assert speakers[30_000_000] is not None and "Ratna Dewi" in speakers[30_000_000]
    assert speakers[553_000_000] is None


def test_a_closed_quotation_ends_the_reported_speech_a_source_carries_on_from() -> None:
    said = "Manajer kantor itu, Rudi Hartono, menyampaikan bahwa kurban digelar serentak di tiap cabang. "
    quoted = '"Ini wujud syukur kami kepada warga sekitar," ujar Rudi Hartono. '
    after = "Di kantor pusat sendiri, perusahaan itu menyembelih 4 ekor sapi."
    carried = {c.value: c.speaker_text for c in _extract(said + after).claims}
    assert carried[4] is not None and "Rudi Hartono" in carried[4]
    ended = {c.value: c.speaker_text for c in _extract(said + quoted + after).claims}
    assert ended[4] is None


def test_where_a_figure_moved_to_and_a_unit_before_it_key_nothing() -> None:
    assert _keys("Rupiah menguat 0,05% ke level Rp 16.100 per dolar AS.")[16_100] == ""
    assert _keys("Top speed tembus 180,2 km/jam di lintasan itu.")[180.2] == "top speed:km/jam"
    assert _keys("Beratnya turun dari 60 ke 48 kg dalam waktu sekitar 2 tahun.")[2] == ""
    assert _keys("Kini koin XYZ berada di level Rp 40 juta per keping.")[40_000_000] == ""


def test_data_of_a_source_written_in_title_case_is_the_source() -> None:
    found = _extract("Data Bloomberg menunjukkan rupiah menguat 0,04% pagi ini.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [c.speaker_text for c in found.claims] == ["Bloomberg"]
    found = _extract("Data Juni menunjukkan inflasi 2 persen.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [c.speaker_text for c in found.claims] == [None]


def test_a_player_as_the_subject_of_a_sentence_is_no_source_of_its_figures() -> None:
    found = _extract("Bek Timnas Indonesia Rafi Hakim masuk daftar 100 pemain terbaik.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [c.speaker_text for c in found.claims] == [None]
    found = _extract("Bupati Garut Endang Suhendar menetapkan status tanggap darurat selama tujuh hari.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [c.speaker_text for c in found.claims] == ["Bupati Garut Endang Suhendar"]


def test_a_court_or_prosecutor_acting_as_the_subject_is_the_source() -> None:
    found = _extract("Majelis hakim juga menghukum terdakwa membayar denda Rp 300 juta.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [c.speaker_text for c in found.claims] == ["Majelis hakim"]
    found = _extract("Jaksa menuntut terdakwa 12 tahun penjara.", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    assert [(c.property_key.partition(":")[0], c.speaker_text) for c in found.claims] == [("tuntutan", "Jaksa")]


def test_an_age_is_named_after_whose_it_is() -> None:
    found = _extract(
        "Keduanya berinisial RTA (perempuan, 41 tahun) dan BW (laki-laki, 38 tahun). Pengemudi Joko Santoso (26) luka.",
        published=datetime(2025, 6, 18, 10, tzinfo=WIB),
    )
    assert [(c.property, c.property_key, c.value) for c in found.claims] == [
        ("usia (RTA)", "usia@rta", 41), ("usia (BW)", "usia@bw", 38), ("usia (Joko Santoso)", "usia@joko santoso", 26)
    ]


def test_an_age_said_of_this_singer_or_in_ones_own_words_is_keyed_by_whose() -> None:
    """"Penyanyi 46 tahun ini" refers back to the one person named before; "aku yang
    berusia 52 tahun" in a quotation is the speaker's own age. Two outlets' ages of one
    person are then compared (kabar.reconcile)."""
    referred = _extract(
        "Penyanyi Rina Kartika kembali merilis lagu baru pekan ini. Penyanyi 46 tahun ini menulis liriknya sendiri."
    )
    assert [(c.property, c.property_key) for c in referred.claims if c.kind == "age"] == [
        ("usia (Rina Kartika)", "usia@rina kartika")
    ]
    own = _extract(
        'Rina Kartika tampil di Bandung. "Bagi aku yang berusia 52 tahun, panggung tetap berat," ujar Rina.'
    )
    assert [c.property_key for c in own.claims if c.kind == "age"] == ["usia@rina kartika"]
    # (the speaker's fuller name holds hers as whole words: Ayu is not Ayunda Putri)
    other = _extract(
        'Penyanyi Ayunda Putri hadir di Bandung bersama rekannya, Ayu. "Bagi aku yang berusia 52 tahun, '
        'panggung tetap berat," ujar Ayu.'
    )
    assert [c.property_key for c in other.claims if c.kind == "age"] == ["usia@ayu"]
    # a name in apposition, or with "(yang) berusia"
    apposed = _extract(
        '"Korban meninggal berinisial RDS, perempuan 31 tahun," kata petugas. '
        "Pelaku Tono Wijaya yang kini berusia 27 tahun ditahan."
    )
    assert [c.property_key for c in apposed.claims if c.kind == "age"] == ["usia@rds", "usia@tono wijaya"]
    # (not a word the model took for a name, nor a car's model)
    assert [c.property_key for c in _extract("Makanya, kiper berumur 33 tahun itu tetap dipercaya.").claims] == [
        "usia"
    ]
    # nobody named before: whose age it is the text does not say
    assert [c.property_key for c in _extract("Pria berusia 35 tahun itu ditangkap polisi.").claims] == ["usia"]


def test_an_age_refers_to_the_person_the_title_names_not_the_coach_beside() -> None:
    """A player's age after a sentence naming the coach is not the coach's: with the
    player named in the title it is the player's; without, nobody's."""
    text = (
        "Dimas Pratama kembali dipercaya tampil sejak awal oleh pelatih Hendra Wijaya. "
        "Sayangnya, permainan bek berumur 22 tahun itu belum memuaskan."
    )
    titled = _extract(text, title="Dimas Pratama Belum Tampil Maksimal")
    assert [c.property_key for c in titled.claims if c.kind == "age"] == ["usia@dimas pratama"]
    untitled = _extract(text.replace("Dimas Pratama kembali", "Ia kembali"), title="Timnas Belum Tampil Maksimal")
    assert [c.property_key for c in untitled.claims if c.kind == "age"] == ["usia"]


def test_a_conversion_in_brackets_is_no_figure_of_its_own_and_a_currency_code_keys_nothing() -> None:
    found = _extract("Menurut Budi, nilainya US$ 5 juta (sekitar Rp 81 miliar).", published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    speakers = {c.value: c.speaker_text for c in found.claims}
    # the outlet's conversion of Budi's sum: not a second figure (nor Budi's)
    assert speakers == {5_000_000: "Budi"}
    assert _keys("Saham itu dibuka pada harga USD 40 setelah dipatok USD 20 saat IPO.")[20].startswith("harga:")


def test_a_lists_next_item_after_dengan_is_its_own() -> None:
    keys = _keys("Skuter mungil itu lebarnya 760 mm dan tinggi 1.070 mm, dengan jarak antarsumbu kendaraan 1.281 mm.")
    assert (keys[1070], keys[1281]) == ("tinggi:mm", "jarak antarsumbu kendaraan:mm")


@pytest.mark.parametrize(("sentence", "value"), [
    ("“Tak terasa sudah 2 tahun saya mengajar di Kairo,” kata Rahmi.", 2),
    ("Perseroan mencatat laba ditahan yang tidak dibatasi pemakaiannya Rp 4,2 triliun.", 4_200_000_000_000),
    ("Di kecamatan itu, warga yang belum divaksin sebanyak 140 orang.", 140),
])
def test_a_negation_that_negates_nothing_keeps_the_figure(sentence: str, value: int) -> None:
    claims, excluded = _claims(sentence)
    assert value in [v for v, _key in claims]
    assert "negated" not in [reason for _text, reason in excluded]


def test_a_negated_figure_is_left_out() -> None:
    claims, excluded = _claims("Terdakwa tidak dijatuhi hukuman 12 tahun seperti tuntutan jaksa.")
    assert 12 not in [v for v, _key in claims]
    assert "negated" in [reason for _text, reason in excluded]


def test_an_epithet_with_children_is_no_figure() -> None:
    claims, excluded = _claims("Ibu dua anak itu membuka butik di Bandung. Sebanyak 4 anak dilaporkan hilang di pantai.")
    assert [v for v, _key in claims] == [4]
    assert [reason for text, reason in excluded if "dua" in text] == [
        "a person's epithet (\"ibu dua anak itu\"), not a figure of the story"]


def test_a_price_written_with_seharga_or_dibanderol_is_a_price() -> None:
    keys = _keys("Skuter listrik itu dipasarkan seharga Rp 18.500.000. Varian tertingginya dibanderol Rp 21,2 juta.")
    assert keys == {18_500_000: "harga:money", 21_200_000: "harga:money"}


def test_in_all_is_no_condition() -> None:
    claims, _excluded = _claims("Kalau ditotal, uang tunai yang disita mencapai Rp 7,4 miliar.")
    assert [v for v, _k in claims] == [7_400_000_000]
    claims, _excluded = _claims("Kalau divonis 15 tahun, ia baru bebas pada 2040.")
    assert 15 not in [v for v, _k in claims]


def test_matches_are_counted_as_one_thing() -> None:
    assert _keys("Tim tamu baru memainkan tiga pertandingan musim ini.") == {3: "laga"}
    # a player's appearances are his matches
    assert _keys("Bek itu sudah mencatatkan 27 penampilan musim ini.") == {27: "laga"}


def test_a_listicles_count_of_its_items_is_no_figure() -> None:
    claims, excluded = _claims("Berikut 7 potret liburan keluarga itu di Lombok. Polisi menyita 7 foto dari ponsel pelaku.")
    assert [(v, k) for v, k in claims] == [(7, "foto")]
    assert any("listicle" in reason for _t, reason in excluded)


def test_spoken_negation_negates_and_at_least_does_not() -> None:
    claims, excluded = _claims("“Kondisi saya enggak 100 persen bugar,” kata Rudi.")
    assert 100 not in [v for v, _k in claims] and "negated" in [r for _t, r in excluded]
    claims, _excluded = _claims("Paling tidak 300 rumah terendam banjir.")
    assert 300 in [v for v, _k in claims]


def test_a_companys_worth_is_keyed_as_such() -> None:
    assert _keys("Analis memperkirakan valuasi perusahaan rintisan itu mencapai US$ 2,5 miliar.") == {
        2_500_000_000: "valuasi:money"}


def _figure(key: str, value: float, document: str, qualifier: str | None = "exact", holder: str | None = None,
            unit: str = "IDR", kind: str = "money") -> Claim:
    return Claim(id=f"c{key}{value}{document}", document=document, sentence="", start=0, end=1, value=value,
                 unit=unit, kind=kind, qualifier=qualifier, property=key.split(":")[0], property_key=key,
                 holder=holder)


def test_one_figure_named_differently_by_outlets_takes_one_key() -> None:
    """A wage subsidy's Rp 750.000 that three outlets call "subsidi" and two name after
    other words ("dana", a junk "sekaligus") is one property's: the named measure most
    articles give; a figure per month and another rate keep their keys."""
    from kabar.claims import join_same_figures

    claims = [
        *(_figure("subsidi:money", 750_000, d) for d in ("d1", "d2", "d3")),
        _figure("dana:money", 750_000, "d4"),
        _figure("sekaligus:money", 750_000, "d5"),
        _figure("bantuan:money:per bulan", 750_000, "d6"),
        _figure("subsidi:money:per bulan", 375_000, "d1"),
    ]
    join_same_figures(claims)
    assert [(c.property_key, c.property) for c in claims] == [("subsidi:money", "subsidi")] * 5 + [
        ("bantuan:money:per bulan", "bantuan"), ("subsidi:money:per bulan", "subsidi"),
    ]


def test_a_seizure_written_in_full_and_short_takes_one_key_but_not_a_loss() -> None:
    """Rp 4,35 triliun and Rp 4.351.902.117.440 are one seizure whether its sentence says
    "uang" or "penyitaan"; the loss it repays, of the same size, is another fact when
    fewer articles name it so."""
    from kabar.claims import join_same_figures

    claims = [
        _figure("uang:money", 4_350_000_000_000, "d1"),
        _figure("uang:money", 4_351_902_117_440, "d2"),
        _figure("uang:money", 4_350_000_000_000, "d3"),
        _figure("penyitaan:money", 4_350_000_000_000, "d4"),
        _figure("kerugian:money", 4_351_902_117_440, "d1"),
    ]
    join_same_figures(claims)
    assert [c.property_key for c in claims] == ["uang:money"] * 4 + ["kerugian:money"]


def test_figures_of_one_size_that_are_two_facts_keep_their_keys() -> None:
    """Two named measures (a fine and the demand), a court story's round sums (a fine
    and a fee of Rp 2 miliar), changes of gold prices, a sum "Rp 300 jutaan", two cars'
    dimensions, two percentages and two defendants' fines keep their keys."""
    from kabar.claims import join_same_figures

    groups = [
        [_figure("denda:money", 2e9, "d1"), _figure("tuntutan denda:money", 2e9, "d2")],
        [_figure("denda:money", 2e9, "d1"), _figure("biaya pengurusan:money", 2e9, "d2")],
        [_figure("emas:money:perubahan", 4_000, "d1"), _figure("buyback emas:money:perubahan", 4_000, "d2")],
        [_figure("harga:money", 3e8, "d1", "vague"), _figure("njkb:money", 3e8, "d2", "vague")],
        [_figure("lebar:mm", 1_875, "d1", holder="Sedan A", unit="mm", kind="measure"),
         _figure("tinggi:mm", 1_875, "d2", holder="Sedan B", unit="mm", kind="measure")],
        [_figure("sektor energi:percent", 1.37, "d1", unit="%", kind="percent"),
         _figure("indeks hang seng:percent", 1.37, "d2", unit="%", kind="percent")],
        [_figure("tuntutan denda:money@budi", 450_500_000, "d1"),
         _figure("tuntutan denda:money@agus", 450_500_000, "d2")],
    ]
    for claims in groups:
        keys = [c.property_key for c in claims]
        join_same_figures(claims)
        assert [c.property_key for c in claims] == keys


def test_a_speakers_own_age_is_the_outlets_figure() -> None:
    found = _extract("Seorang pedagang, Wati (52) mengatakan harga cabai naik 40 persen sejak Senin.")
    by_value = {c.value: c.speaker_text for c in found.claims}
    assert by_value[52] is None and by_value[40] == "Wati"


def test_the_age_describing_a_speaker_referred_back_to_is_the_outlets_figure() -> None:
    """"Perempuan berusia 47 tahun itu mengatakan ...": the woman quoted before speaks,
    but her age is the outlet's description of her."""
    found = _extract(
        '"Stok beras di gudang masih aman," kata Sari Wulandari.\n'
        "Perempuan berusia 47 tahun itu mengatakan harga beras naik 12 persen."
    )
    by_value = {c.value: c.speaker_text for c in found.claims}
    assert by_value[47] is None and by_value[12] == "Sari Wulandari"


def test_not_at_all_keys_nothing() -> None:
    assert _keys("Jujur, kemampuan memasak saya nol banget.") == {0: ""}


def test_the_scores_of_a_match_s_sets_are_no_figures_of_their_own() -> None:
    """"menang 3-1 (25-20, 23-25, 25-18, 25-21)": the sets belong to the result; only as
    many scores as the result counts sets, after it, are sets: two fixtures' results
    listed one after the other stay results."""
    claims, excluded = _claims(
        "Tim voli Garuda menang 3-1 (25-20, 23-25, 25-18, 25-21) atas tuan rumah. "
        "Sehari kemudian tim itu menyerah 0-2 setelah kalah 19-25 dan 21-25. "
        "Di liga lain, Persija menang 2-1 dan 3-0 di dua laga."
    )
    assert [value for value, _key in claims if isinstance(value, str)] == ["3-1", "2-0", "2-1", "3-0"]
    assert sorted(t for t, reason in excluded if reason.startswith("a set's score")) == [
        "19-25", "21-25", "23-25", "25-18", "25-20", "25-21",
    ]



def test_the_time_a_crash_began_is_the_event_s_time() -> None:
    """"insiden ... tertemper truk ... sekitar pukul 05.11 WIB", "Kejadian itu bermula
    kira-kira pukul 19.00 WITA": the time of the incident, not some other time of day."""
    claims, _excluded = _claims(
        "Sebuah bus wisata mengalami insiden tertemper truk di jalan tol sekitar pukul 05.11 WIB. "
        "Kejadian itu bermula kira-kira pukul 19.00 WITA saat angin kencang."
    )
    assert [(value, key) for value, key in claims if key.startswith("waktu")] == [
        ("05:11", "waktu:insiden"), ("19:00", "waktu:kejadian"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kafe itu memesan mesin kopi seharga EUR 3.150 atau sekitar Rp 57 juta dari Italia.",
        "Klub itu menebus sang bek dengan 9,5 juta euro atau hampir Rp180 miliar.",
        "Yayasan menerima hibah Rp 2 miliar atau kurang lebih USD 123.000 dari donatur.",
        "Laba bersih perusahaan itu mencapai US$ 2,4 miliar (Rp 39,1 triliun) sepanjang tahun lalu.",
    ],
)
def test_a_sum_restated_in_another_currency_after_atau_and_about_is_a_conversion(text: str) -> None:
    claims, excluded = _claims(text)
    assert len(claims) == 1
    assert [reason for _text, reason in excluded] == ["conversion of the figure before it"]


def test_a_sum_after_atau_in_the_same_currency_or_after_a_percentage_stays() -> None:
    claims, _excluded = _claims("Laba naik 12 persen atau sekitar Rp 80 miliar pada semester ini.")
    assert [value for value, _key in claims] == [12, 80_000_000_000]
    # a second sum in brackets in the same currency is no conversion
    claims, _excluded = _claims("Dana itu Rp 5 miliar (Rp 2 miliar dari APBD) untuk dua sekolah.")
    assert {5_000_000_000, 2_000_000_000} <= {value for value, _key in claims}


@pytest.mark.parametrize(
    ("text", "value", "key"),
    [
        ("Sewa apartemen di kisaran Rp 7,4 juta.", 7_400_000, "sewa apartemen:money"),
        ("Klub itu melepasnya dengan nominal sebesar 14 juta euro.", 14_000_000, ""),
        ("Penjaga gawang berpostur 1,94 meter itu tampil apik.", 1.94, "tinggi badan:length"),
        ("Gadis itu bertinggi badan 168 cm dan gemar menari.", 168, "tinggi badan:length"),
        ("Nilai pasarnya kini mencapai 12 juta euro.", 12_000_000, "nilai pasar:money"),
        ("Ia menjelaskan kenapa tiga hari setelah lebaran itu istimewa.", 3, ""),
        ("Sebab setelahnya masih ada lima hari yang istimewa.", 5, ""),
        ("Ini artinya sudah 37 persen anggaran terpakai.", 37, ""),
        ("Pasien dewasa umumnya sekitar 250 gram per hari.", 250, "pasien dewasa:mass:per hari"),
    ],
)
def test_a_key_names_what_is_measured_not_a_word_beside_the_figure(text: str, value: float, key: str) -> None:
    assert _keys(text)[value] == key


@pytest.mark.parametrize(
    "text",
    [
        "Meski kami beda usia 9 tahun, kami tetap akrab.",
        "Ia dan suaminya terpaut usia 14 tahun.",
        "Selisih umur keduanya 11 tahun.",
    ],
)
def test_a_difference_of_ages_is_no_age(text: str) -> None:
    found = _extract(text)
    assert [(c.property_key, c.kind) for c in found.claims] == [("selisih usia:duration", "measure")]


@pytest.mark.parametrize(
    "text",
    [
        "Tujuh potret yang redaksi pilih ini memperlihatkan rumah sang aktor.",
        "Dalam artikel ini, kami membagikan empat resep sambal khas Bandung.",
        "Ini 6 cara merawat tanaman hias di musim hujan.",
    ],
)
def test_a_listicles_count_of_its_own_items_is_no_figure(text: str) -> None:
    claims, excluded = _claims(text)
    assert claims == []
    assert [reason for _text, reason in excluded] == [
        "a listicle's count of its own items (\"berikut 6 potret\"), not a figure of the story"
    ]


def test_a_count_of_such_items_in_the_story_stays() -> None:
    claims, _excluded = _claims("Polisi menyita dua foto dari ponsel tersangka.")
    assert claims == [(2, "foto")]


def test_a_fall_in_percent_is_negative() -> None:
    """"ditutup turun 0,45 persen": -0,45%, so a fall and a rise of one size never agree;
    a level it fell to or from stays as written, as does a rise."""
    claims, _excluded = _claims(
        "Indeks saham ditutup turun 0,45 persen sore ini. Saham PT Contoh Jaya melemah tipis 1,5%. "
        "Suku bunga turun ke 5 persen. Harga kedelai naik 2,25 persen. Ekspor menyusut 3-4 persen."
    )
    assert [value for value, _key in claims] == [-0.45, -1.5, 5, 2.25, -4]
    # a fall told as a noun, what fell between; not a level it fell to, nor a rise
    # told after it
    claims, _excluded = _claims(
        "PT Contoh Jaya mencatat penurunan laba di kuartal II 2024 sebesar 14% menjadi Rp 80 miliar. "
        "Penurunan suku bunga ke 5,5% disambut pasar. Penurunan saham itu terjadi setelah lonjakan 31% pada April."
    )
    assert [value for value, _key in claims if not isinstance(value, int) or value < 1000] == [-14, 5.5, 31]
    # verbs of a slip: the fall's, with what fell its key
    assert _claims("Indeks sektor tambang tergelincir 1,4%. Kurs won tersungkur 0,9% sore ini.")[0] == [
        (-1.4, "indeks sektor tambang:percent"), (-0.9, "kurs:percent"),
    ]


def test_stocks_counted_by_how_they_moved_are_the_market_s_breadth() -> None:
    """"210 saham menguat, 305 melemah, dan 180 stagnan": rising, falling and flat
    stocks, each its own key (the two left out after the first too), however the
    outlet words it ("harganya naik", "lainnya diam di tempat")."""
    assert _keys("Sebanyak 210 saham menguat, 305 melemah, dan 180 stagnan.") == {
        210: "saham:menguat", 305: "saham:melemah", 180: "saham:stagnan",
    }
    assert _keys("Adapun 305 saham harganya turun, 210 saham harganya naik dan 180 saham lainnya diam di tempat.") == {
        305: "saham:melemah", 210: "saham:menguat", 180: "saham:stagnan",
    }
    # no stocks, no breadth: passengers who boarded
    assert _keys("Sebanyak 15 penumpang naik kereta pagi itu.")[15] == "orang"


def test_a_subject_is_read_across_the_name_it_is_of() -> None:
    """"penundaan jadwal Kereta Bandara hingga 40 menit": the delay's, read across the
    train's name, with it; a title before a name is the name's ("pelatih Garuda Muda"),
    and a word of saying before it names no subject ("kata Rina Wulandari")."""
    keys = _keys(
        "Penundaan jadwal Kereta Bandara hingga 40 menit. "
        "Menurut laporan itu, bonus tahunan pelatih Garuda Muda itu menyentuh Rp 12 miliar. "
        "Sebagian besar stok, kata Rina Wulandari, sekitar 35 persen."
    )
    assert keys[40] == "penundaan jadwal kereta bandara:duration"
    assert keys[12_000_000_000] == "bonus tahunan pelatih garuda muda:money"
    assert keys[35] == ""
    # Two places' figures are two, so no subject is read across a place's name; a verb
    # and a count before the name make the phrase its object
    keys = _keys(
        "Tingkat hunian Kota Semarang sebesar 64 persen. "
        "Tersangka menyuap dua petugas Dinas Contoh Rp 3 miliar."
    )
    assert keys[64] == ""
    assert keys[3_000_000_000] == ""


def test_a_fold_is_its_subject_s_ratio() -> None:
    keys = _keys("Permintaan benang hampir 6 kali lipat lebih besar dari pasokan.")
    assert keys[6] == "permintaan benang:kali"


def test_a_hyphenated_noun_and_an_average_word_are_read_as_words() -> None:
    keys = _keys(
        "Perangkat itu memakai triple-magnet 9 mm. "
        "Tingkat okupansi hotel mencapai rata2 72,5% sepanjang tahun lalu."
    )
    assert keys[9] == "triple-magnet:mm"
    assert keys[72.5] == "rata-rata tingkat okupansi hotel:percent"


def test_a_change_restated_after_a_level_is_of_the_level_s_subject() -> None:
    keys = _keys("Tahun lalu perseroan membukukan produksi air bersih 41,5 juta meter kubik (mkb) atau naik 3,2%.")
    assert keys[3.2] == "produksi air bersih:percent"


def test_no_subject_is_read_across_a_name_to_a_moment_or_another_item() -> None:
    """A length of time after a name is the phrase's ("masa tunggu Kereta Sinar Pagi 15
    menit"), not when it is a moment ("... 20 menit setelah kedatangan"); nor across a
    conjunction: the item before it is another's ("bagi pemilik NPWP dan 4 persen")."""
    keys = _keys(
        "Masa tunggu Kereta Sinar Pagi 15 menit. "
        "Masa tunggu Kereta Sinar Pagi 20 menit setelah kedatangan. "
        "Potongan 2 persen bagi pemilik NPWP dan 4 persen bagi lainnya."
    )
    assert keys[15] == "masa tunggu kereta sinar pagi:duration"
    assert keys[20] == ""
    assert keys[4] == ""


def test_a_figure_a_question_asks_about_is_not_stated() -> None:
    """"Benarkah ... bantuan Rp 700 ribu?" (a hoax a fact-check asks about), "Berapa harga
    satu rumah?", a short rhetorical "Satu mobil mewah?": no figure the outlet states; a
    fact told before the question stays."""
    claims, excluded = _claims(
        "Benarkah pesan berantai itu menjanjikan bantuan Rp 700 ribu? "
        '"Berapa harga satu rumah? Satu mobil mewah?" ujarnya. '
        "Baterai itu butuh 70 menit untuk penuh, apakah itu lambat?"
    )
    assert [value for value, _key in claims] == [70]
    assert sorted(t for t, reason in excluded if reason.startswith("asked")) == ["Rp 700 ribu", "Satu mobil", "satu rumah"]


def test_an_age_in_brackets_is_the_outlets_note_not_the_speakers_word() -> None:
    found = _extract(
        "Pelaku menyampaikan permohonan maaf kepada korban berinisial RA (24) di kantor polisi. "
        '"Anak itu, DN (9), lari ke rumah," kata Kapolsek Cibiru Kompol Hendra Wijaya.'
    )
    assert [(c.value, c.speaker_text) for c in found.claims] == [
        (24, None),
        # inside a quotation the age is the speaker's
        (9, "Kapolsek Cibiru Kompol Hendra Wijaya"),
    ]


def test_a_depth_in_bmkgs_feed_is_a_depth() -> None:
    claims, _excluded = _claims("#Gempa Mag:3.8, 14-Jun-2025 22:05:31WIB, Kedlmn:33 Km #BMKG")
    assert (3.8, "magnitudo") in claims and (33, "kedalaman:length") in claims


def test_a_figure_in_the_occasion_after_a_speaker_is_the_outlets() -> None:
    found = _extract(
        "Hal itu disampaikan pengacara Dodi, Rahmat Hidayat, usai kliennya diperiksa kurang lebih 9 jam. "
        "Menurut Kepala BPBD Garut Rina Kartika, kerugian mencapai Rp 5 juta."
    )
    assert [(c.value, c.speaker_text) for c in found.claims] == [
        (9, None), (5_000_000, "Kepala BPBD Garut Rina Kartika"),
    ]


def test_an_age_word_with_its_own_age_does_not_name_a_later_length() -> None:
    keys = _keys("Atlet berusia 27 tahun itu terancam absen bertanding selama 2 tahun.")
    assert keys == {27: "usia", 2: "durasi:duration"}
    # nor, weak keywords aside, a length of another thing: a contract's
    keys = _keys("Penyerang berusia 23 tahun itu meneken kontrak tiga tahun dengan klub barunya.")
    assert keys == {23: "usia", 3: "kontrak:duration"}


def test_the_old_figure_before_menjadi_is_restated_and_the_new_one_keeps_its_property() -> None:
    """"Batas saldo sebelumnya Rp 750 juta kini menjadi Rp 2 miliar": the old limit is
    restated, the new one is the figure (both had been taken for restated ones) and is
    of what the old one was; "dulunya" says restated too, and "sebelumnya" far before
    a figure right before "menjadi"."""
    claims, excluded = _claims("Batas saldo sebelumnya Rp 750 juta kini menjadi Rp 2 miliar.")
    assert claims == [(2_000_000_000, "batas saldo:money")]
    assert excluded == [("Rp 750 juta", "superseded value restated")]
    claims, excluded = _claims("Tarif parkir yang dulunya Rp 4.000 sekarang menjadi Rp 6.000.")
    assert claims == [(6000, "tarif:money")] and [t for t, _r in excluded] == ["Rp 4.000"]
    claims, excluded = _claims(
        "Bank itu mengubah syarat yang sebelumnya berdasarkan kepemilikan total dana kelolaan nasabah "
        "minimum sebesar Rp300 juta menjadi minimum sebesar Rp600 juta."
    )
    assert [v for v, _k in claims] == [600_000_000] and [r for _t, r in excluded] == ["superseded value restated"]


def test_the_old_figure_of_a_change_told_with_ke_is_restated() -> None:
    """"Beratnya turun dari 61 ke 48 kg": 61 kg is the old figure, restated; "dari 10
    ke 80 persen" without a verb of change is a span, whose first figure stays."""
    claims, excluded = _claims("Berat badan petinju itu turun dari 61 ke 48 kg selama pemusatan latihan.")
    assert [v for v, _k in claims] == [48] and excluded == [("61", "superseded value restated")]
    claims, excluded = _claims("Baterai mobil itu terisi dari 10 ke 80 persen dalam 25 menit.")
    assert ("10", "superseded value restated") not in excluded


def test_satu_as_an_article_is_no_figure() -> None:
    """"dinilai sebagai satu langkah maju", "merupakan satu contoh": "satu" is "a", not
    a count of one; before a noun things are counted in it stays a figure."""
    claims, excluded = _claims("Kebijakan itu dinilai sebagai satu langkah maju. Kerja sama ini merupakan satu contoh baik.")
    assert claims == [] and [t for t, _r in excluded] == ["satu langkah", "satu contoh"]
    claims, _excluded = _claims("Korban tewas dalam kecelakaan itu adalah satu orang pejalan kaki.")
    assert [v for v, _k in claims] == [1]


def test_players_are_counted_as_people_however_the_noun_is_written() -> None:
    """"19 pemain", "19 pesepakbola" and "19 pesepak bola" (two words) are one figure of
    people, not three rows (nor a count of "pesepak")."""
    for noun in ("pemain", "pesepakbola", "pesepak bola"):
        found = _extract(f"Pelatih tim itu memanggil 19 {noun} untuk pemusatan latihan.")
        assert [(c.value, c.property_key, c.unit) for c in found.claims] == [(19, "orang", noun.replace(" ", ""))]


def test_the_same_period_compared_with_is_no_subject() -> None:
    """The figure of "periode yang sama" a year before: the base a change is compared
    with names no property "sama"."""
    claims, _excluded = _claims(
        "Penjualan grup tercatat 80 juta dollar AS, alias merosot 9 persen tahunan dibandingkan periode yang sama "
        "tahun 2023 yang mencapai 88 juta dollar AS."
    )
    assert [key for value, key in claims if value == 88_000_000] == [""]
    # (with the keyword in its clause, the base is that property's: the profit before)
    claims, _excluded = _claims(
        "Laba perusahaan tambang itu merosot 12 persen dari periode yang sama 2023 yang mencapai 312 juta dollar AS."
    )
    assert [key for value, key in claims if value == 312_000_000] == ["laba:money"]


def test_the_number_of_unnamed_sources_is_no_figure() -> None:
    """ "Menurut tiga pejabat AS", "kata dua petugas", "dua sumber mengatakan": how many
    speak, not what they say; "100 karyawan mengaku ..." is a figure."""
    found = _extract(
        "Menurut tiga pejabat kepada wartawan, militer mengirim 12 jet tempur. Dua sumber mengatakan 5 rumah rusak. "
        "Tim SAR mengevakuasi 3 orang, kata dua petugas. Sebanyak 100 karyawan mengaku belum digaji."
    )
    assert sorted(c.text for c in found.claims) == ["12 jet", "3 orang", "5 rumah", "Sebanyak 100 karyawan"]
    assert {e.text for e in found.excluded if "sources" in e.reason} == {"tiga pejabat", "Dua sumber", "dua petugas"}


def test_a_size_written_a_by_b_is_one_figure_of_the_size() -> None:
    claims, excluded = _claims("Danau itu berbentuk oval dengan ukuran 1.200 x 800 m dan dalam 40 m.")
    assert (800, "ukuran:length") in claims and not any(key.startswith("x") for _v, key in claims)
    assert ("1.200", "a side of a size written 'A x B' (the last figure carries the size)") in excluded


def test_a_figure_of_nothing_named_takes_the_headlines_property() -> None:
    """ "jumlah ini meningkat sekitar 12%" under "Penumpang LRT Jabodebek Naik 12%": the
    riders' rise the article is about; a figure of another value stays unkeyed."""
    found = _extract(
        "Rudi mengatakan jumlah ini naik sekitar 12% dari bulan sebelumnya. "
        "Angka itu naik 3% dari bulan lalu.",
        title="Penumpang LRT Jabodebek Naik 12%",
    )
    keys = {c.text: c.property_key for c in found.claims}
    assert keys["sekitar 12%"] == "penumpang lrt jabodebek:percent"
    assert keys["3%"] == ""


def test_the_whole_a_part_is_counted_of_is_keyed_apart() -> None:
    claims, _excluded = _claims("Sebanyak 18 dari 30 vila di kompleks itu terjual pada hari pertama.")
    assert claims == [(18, "vila"), (30, "vila:total")]


def test_a_titled_subjects_act_does_not_carry_to_the_next_sentence() -> None:
    found = _extract(
        "Presiden Prabowo Subianto meluncurkan lima paket stimulus ekonomi di Istana. "
        "Program bantuan itu dibayarkan Rp 250 ribu tiap bulannya selama dua bulan."
    )
    assert [(c.value, c.speaker_text) for c in found.claims][:2] == [
        (5, "Presiden Prabowo Subianto"), (250_000, None)
    ]


def test_di_mana_names_no_property() -> None:
    claims, _excluded = _claims(
        "Perusahaan itu memiliki target untuk mencapai 4 GW pada 2030, dengan di mana 2 GW akan rampung tahun ini."
    )
    assert not any(key.startswith("mana") for _value, key in claims)


def test_a_percentage_of_a_companys_shares_is_a_stake() -> None:
    claims, _excluded = _claims(
        "Kerja sama ini menandai kepemilikan PT Energi Baru atas 25% saham Surya Corp. "
        "Holding itu kini menguasai 51 persen saham Garuda Indonesia."
    )
    assert claims == [(25, "saham:percent"), (51, "saham:percent")]


def test_a_figure_naming_the_speaker_after_the_quotation_is_not_the_speakers() -> None:
    found = _extract(
        'Rudi Santoso mengaku senang bermain di klub barunya. "Kami akan bangkit di laga berikutnya," '
        'sambung bek 38 tahun itu. "Kami siap," kata Budi yang menyebut 5 korban tewas.'
    )
    said = {c.text: c.speaker_text for c in found.claims}
    assert said["38 tahun"] is None and said["5 korban"] == "Budi"


def test_two_years_figures_joined_by_menjadi_are_both_claims() -> None:
    found = _extract(
        "Pendapatan perseroan naik dari Rp 310,5 triliun di 2023 menjadi Rp 352,1 triliun di 2024. "
        "Batas itu diubah dari 10 persen menjadi 12 persen."
    )
    assert [c.text for c in found.claims] == ["Rp 310,5 triliun", "Rp 352,1 triliun", "12 persen"]


def test_listed_percentages_each_share_what_follows_it() -> None:
    claims, _excluded = _claims(
        "Perseroan menyumbang 61 persen produksi minyak nasional dan 33 persen produksi gas nasional. "
        "Ekonomi tumbuh 2 persen tahun ini dan 3 persen tahun depan."
    )
    keys = [key for _value, key in claims]
    assert keys[:2] == ["produksi minyak nasional:percent", "produksi gas nasional:percent"]
    assert not any(key.startswith("tahun") for key in keys)


def test_a_strength_in_a_unit_is_no_magnitude() -> None:
    keys = _keys("Mobil itu memakai motor listrik berkekuatan 200 kW. Pasukan berkekuatan 500 personel dikerahkan.")
    assert keys[200] == "motor listrik:kw" and keys[500] == "orang"
    assert _keys("Gempa berkekuatan 4,8 mengguncang Bekasi.")[4.8] == "magnitudo"


def test_a_gold_price_list_keys_each_brand_and_weight() -> None:
    keys = _keys(
        "Emas Antam 1 gram: Rp1.999.000; emas Antam 2 gram: Rp3.936.000; emas UBS 1 gram: "
        "Rp1.944.000; lalu emas UBS 2 gram: Rp3.855.000."
    )
    # (Antam's price per gram keeps the plain key, as outlets write it with or without the brand)
    assert keys == {1_999_000: "emas:money", 3_936_000: "emas 2 gram:money", 1_944_000: "emas UBS:money",
                    3_855_000: "emas UBS 2 gram:money"}
    # a change is keyed as outlets write it with or without the brand
    assert _keys("Emas UBS kini lebih murah Rp 11.000 menjadi Rp 1.944.000.")[11_000].endswith(":perubahan")


def test_an_occasion_before_the_prosecutor_keeps_him_the_source() -> None:
    found = _extract("Pada sidang hari itu, jaksa menuntut terdakwa dipenjara enam tahun.").claims
    assert [(c.value, c.speaker_text) for c in found] == [(6, "jaksa")]


def test_a_count_in_brackets_after_a_name_is_that_ones() -> None:
    text = "Tim tamu dimotori Budi Santoso (16 poin), sedangkan tuan rumah mengandalkan Andi Wijaya (16 poin)."
    article = Article(id="a1", title="Uji", text=text, published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    article.clean_text = text
    analysis = analyze_text("a1", text, article.published)
    analysis.mentions = [
        Mention("a1", text.index("Budi"), text.index("Budi") + 12, "Budi Santoso", "PERSON"),
        Mention("a1", text.index("Andi"), text.index("Andi") + 11, "Andi Wijaya", "PERSON"),
    ]
    keys = [c.property_key for c in extract_claims(article, analysis).claims]
    assert keys == ["poin@budi santoso", "poin@andi wijaya"]


def test_a_tally_after_a_name_and_dengan_is_that_ones() -> None:
    """"Budi Santoso dengan 31 gol dari 58 laga": his goals and his matches, not the
    story's player's; a pair's tally ("Fikri/Daniel dengan 640 poin") is no one's alone."""
    text = (
        "Andi Wijaya kini mengemas 50 gol. Di urutan kedua ada Budi Santoso dengan 31 gol dari 58 laga. "
        "Ganda Rina/Dewi dengan 640 poin ada di urutan kedua. "
        "Tim yang dipimpin Rudi Hartono dengan 7 anggota menyisir hutan."
    )
    article = Article(id="a1", title="Uji", text=text, published=datetime(2025, 6, 18, 10, tzinfo=WIB))
    article.clean_text = text
    analysis = analyze_text("a1", text, article.published)
    analysis.mentions = [
        Mention("a1", text.index(n), text.index(n) + len(n), n, "PERSON")
        for n in ("Andi Wijaya", "Budi Santoso", "Dewi", "Rudi Hartono")
    ]
    keys = [c.property_key for c in extract_claims(article, analysis).claims]
    assert keys == ["gol", "gol@budi santoso", "laga@budi santoso", "poin", "orang"]


def test_a_width_is_the_figure_right_after_its_word() -> None:
    keys = _keys(
        "Terusan itu panjangnya hampir 190 kilometer dan lebarnya 40 km di bagian tersempit. "
        "Jembatan gantung itu punya lebar 6 meter dan tebal 30 cm."
    )
    assert keys[190] == "panjang:length"
    assert keys[40] == "lebar:length"
    assert keys[6] == "lebar:length"
    assert not keys[30].startswith("lebar")


def test_a_number_inside_a_name_is_no_figure() -> None:
    claims, excluded = _claims(
        "Detasemen Khusus 88 Antiteror Polri memeriksa pesawat itu. Tim Resmob 212 Polsek Cempaka memburu pelaku. "
        "Banjir merendam 12 Rumah Warga di desa itu."
    )
    assert [value for value, _key in claims] == [12]
    assert {text for text, _reason in excluded} >= {"88 Antiteror", "212 Polsek"}


def test_the_period_a_count_is_over_is_no_figure_of_its_own() -> None:
    claims, excluded = _claims(
        "Polisi mencatat 28 kasus dalam dua bulan itu. Mobil itu ditempuh 1.200 kilometer selama 5 hari."
    )
    values = [value for value, _key in claims]
    assert 28 in values and 2 not in values
    assert 5 in values  # a length of its own after "selama"
    assert any("period a count" in reason for _text, reason in excluded)


def test_the_last_years_are_a_period_with_or_without_dalam() -> None:
    claims, excluded = _claims("Menurut dia, penjualannya tiga tahun terakhir mulai bergeser. Kontraknya dua tahun ke depan.")
    assert [value for value, _key in claims] == [2]
    assert [text for text, reason in excluded if "period" in reason] == ["tiga tahun"]


def test_a_height_above_the_sea_is_its_own_property() -> None:
    keys = _keys(
        "Tinggi kolom letusan terpantau 1.600 meter di atas puncaknya atau 4.829 meter di atas permukaan laut. "
        "Gunung itu memiliki ketinggian 3.329 meter di atas permukaan laut."
    )
    assert keys[1600] == "tinggi kolom:length"
    assert keys[4829] == "tinggi kolom dpl:length"
    assert keys[3329] == "ketinggian dpl:length"


def test_satu_before_an_abstract_noun_is_an_article() -> None:
    claims, excluded = _claims(
        "Kami berharap penyidik segera memberikan satu kejelasan kepada publik. Kecelakaan itu menewaskan satu orang."
    )
    assert [value for value, _key in claims] == [1]
    assert any("abstract noun" in reason for _text, reason in excluded)
