from __future__ import annotations

import random

import pytest
from _growth import grows_linearly

from kabar.analyze.roles import RoleMention, find_role_mentions, tokenize


def model_person(text: str, first: str, after: str) -> list[tuple[int, int, str]]:
    """The NER model's person span, from the first occurrence of ``first`` to that of
    ``after`` (what the model read, given to the rules)."""
    return [(text.index(first), text.index(after), "PERSON")]


def fields(text: str, names: list[tuple[int, int, str]] | None = None) -> list[tuple[str | None, ...]]:
    """(pattern, name, role, org, rank, honorific) per mention."""
    return [(m.pattern, m.name, m.role, m.org, m.rank, m.honorific) for m in find_role_mentions(text, names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri Luar Negeri AS Antony Blinken tiba.", ("title_before", "Antony Blinken", "Menteri Luar Negeri", "AS", None, None)),
        ("Hal itu kata juru bicara Pentagon Pat Ryder.", ("title_before", "Pat Ryder", "juru bicara", "Pentagon", None, None)),
        (
            "Kabid Humas Polda Sumut Kombes Ferry Walintukan membenarkan.",
            ("title_before", "Ferry Walintukan", "Kabid Humas", "Polda Sumut", "Kombes", None),
        ),
        (
            "Kepala Suku Dinas Gulkarmat Jakarta Selatan Syamsul Huda menjelaskan.",
            ("title_before", "Syamsul Huda", "Kepala", "Suku Dinas Gulkarmat Jakarta Selatan", None, None),
        ),
        ("Presiden Prabowo Subianto hadir.", ("title_before", "Prabowo Subianto", "Presiden", None, None, None)),
        ("Menkeu Sri Mulyani hadir.", ("title_before", "Sri Mulyani", "Menkeu", None, None, None)),
        ("Bupati Garut Abdusy Syakur Amin meninjau.", ("title_before", "Abdusy Syakur Amin", "Bupati", "Garut", None, None)),
        (
            "Kapolres Garut AKBP Mochamad Fajar Gemilang membenarkan.",
            ("title_before", "Mochamad Fajar Gemilang", "Kapolres", "Garut", "AKBP", None),
        ),
        ("Gubernur Jawa Barat Dedi Mulyadi hadir.", ("title_before", "Dedi Mulyadi", "Gubernur", "Jawa Barat", None, None)),
        (
            "Kepala Pusat Gempabumi dan Tsunami BMKG Daryono mengatakan.",
            ("title_before", "Daryono", "Kepala Pusat", "Gempabumi dan Tsunami BMKG", None, None),
        ),
        ("Menlu Korsel Cho Tae-yul di Seoul.", ("title_before", "Cho Tae-yul", "Menlu", "Korsel", None, None)),
        ("Wamendagri Bima Arya menjawab.", ("title_before", "Bima Arya", "Wamendagri", None, None, None)),
        # an inspectorate's head, not a police rank; a rank between the title's body and the name
        (
            "Inspektur Kabupaten Garut Rudi Hartanto hadir.",
            ("title_before", "Rudi Hartanto", "Inspektur", "Kabupaten Garut", None, None),
        ),
        (
            "Inspektur Pengawasan Daerah Polri Komisaris Jenderal Rudi Hartanto hadir.",
            ("title_before", "Rudi Hartanto", "Inspektur Pengawasan Daerah", "Polri", "Komisaris Jenderal", None),
        ),
        ("Pemimpin Korea Utara Kim Jong Un marah.", ("title_before", "Kim Jong Un", "Pemimpin", "Korea Utara", None, None)),
        ("Menlu Korut Choe Son Hui datang.", ("title_before", "Choe Son Hui", "Menlu", "Korut", None, None)),
        ("Presiden Ukraina Volodymyr Zelenskyy menelepon.", ("title_before", "Volodymyr Zelenskyy", "Presiden", "Ukraina", None, None)),
        ("Menteri Pertahanan Rusia Sergei Shoigu menolak.", ("title_before", "Sergei Shoigu", "Menteri Pertahanan", "Rusia", None, None)),
        ("Wakil Ketua Komisi I DPR Dave Laksono hadir.", ("title_before", "Dave Laksono", "Wakil Ketua", "Komisi I DPR", None, None)),
        # a portfolio with "Sumber Daya" (not the direction of "Barat Daya") and its
        # short form in brackets stay with the title
        (
            "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia menjelaskan.",
            ("title_before", "Bahlil Lahadalia", "Menteri Energi dan Sumber Daya Mineral (ESDM)", None, None, None),
        ),
        (
            "Menteri Kelautan dan Perikanan (KKP) Sakti Wahyu Trenggono hadir.",
            ("title_before", "Sakti Wahyu Trenggono", "Menteri Kelautan dan Perikanan (KKP)", None, None, None),
        ),
        ("Gubernur Papua Barat Daya Elisa Kambu hadir.", ("title_before", "Elisa Kambu", "Gubernur", "Papua Barat Daya", None, None)),
        # a month inside a name; a lone common word after a title is not a name; a
        # securities firm's name ends at its organisation word
        ("Menhut Raja Juli Antoni meninjau hutan.", ("title_before", "Raja Juli Antoni", "Menhut", None, None, None)),
        (
            "Pengamat Pasar Uang sekaligus Presiden Direktur PT Doo Financial Futures Ariston Tjendra menilai.",
            ("title_before", "Ariston Tjendra", "Presiden Direktur", "PT Doo Financial Futures", None, None),
        ),
        (
            "Analis mata uang Doo Financial Futures Lukman Leong memprediksi.",
            ("title_before", "Lukman Leong", "Analis mata uang", "Doo Financial Futures", None, None),
        ),
        # English job titles, head last
        (
            "Marketing Director PT Honda Prospect Motor Yusak Billy mengatakan.",
            ("title_before", "Yusak Billy", "Marketing Director", "PT Honda Prospect Motor", None, None),
        ),
        (
            "Yusak Billy, Sales & Marketing and After Sales Director PT Honda Prospect Motor, mengatakan.",
            ("appositive_after", "Yusak Billy", "Sales & Marketing and After Sales Director", "PT Honda Prospect Motor", None, None),
        ),
        (
            "Rudi Hartanto, Regional Division Head PT Sinar Jaya, menjelaskan.",
            ("appositive_after", "Rudi Hartanto", "Regional Division Head", "PT Sinar Jaya", None, None),
        ),
        (
            "Head of Corporate Communication PT Gojek Indonesia Budi Santoso mengatakan.",
            ("title_before", "Budi Santoso", "Head of Corporate Communication", "PT Gojek Indonesia", None, None),
        ),
        # a title between commas after a name is that name's, the organisation's name
        # running to the comma
        (
            "Arief Harris, Direktur Utama Bank Jago, mengatakan laba naik.",
            ("appositive_after", "Arief Harris", "Direktur Utama", "Bank Jago", None, None),
        ),
        (
            "Arief Harris, Chief Executive Officer Bank Jago, mengatakan laba naik.",
            ("appositive_after", "Arief Harris", "Chief Executive Officer", "Bank Jago", None, None),
        ),
        # an English name's article opens the organisation
        ("Ketua The Fed Jerome Powell menahan suku bunga.", ("title_before", "Jerome Powell", "Ketua", "The Fed", None, None)),
        (
            "pengamat politik dari Universitas Indonesia Budi Santoso menilai.",
            ("title_before", "Budi Santoso", "pengamat politik", "Universitas Indonesia", None, None),
        ),
        (
            "Direktur Eksekutif Departemen Komunikasi BI, Ramdan Denny Prakoso mengatakan.",
            ("comma_role", "Ramdan Denny Prakoso", "Direktur Eksekutif", "Departemen Komunikasi BI", None, None),
        ),
        (
            "Mantan striker Manchester United, Teddy Sheringham, mengkritik.",
            ("comma_role", "Teddy Sheringham", "striker", "Manchester United", None, None),
        ),
        (
            "Rina Kartika, Kepala BPBD Garut, mengatakan 5 rumah rusak.",
            ("appositive_after", "Rina Kartika", "Kepala", "BPBD Garut", None, None),
        ),
        (
            "Langkah itu dikritik Budi Santoso, seorang anggota parlemen.",
            ("appositive_after", "Budi Santoso", "anggota parlemen", None, None, None),
        ),
        (
            '"Siap," kata Pat Ryder, juru bicara Pentagon, Senin.',
            ("appositive_after", "Pat Ryder", "juru bicara", "Pentagon", None, None),
        ),
        (
            "Budi selaku Kepala Desa Sukamaju menerima bantuan.",
            ("selaku", "Budi", "Kepala Desa", "Sukamaju", None, None),
        ),
        ("Ia ditemui Kombes Ferry Walintukan.", ("rank", "Ferry Walintukan", None, None, "Kombes", None)),
        ("Ia ditemui dr. Tirta kemarin.", ("honorific", "Tirta", None, None, None, "dr.")),
        ("Ia ditemui Prof. Dr. Budi Santoso kemarin.", ("honorific", "Budi Santoso", None, None, None, "Prof. Dr.")),
        ("Ia ditemui Hj. Siti Aminah kemarin.", ("honorific", "Siti Aminah", None, None, None, "Hj.")),
        # "Lalu Lintas" (traffic) is a title's field, not "then"
        (
            "Direktur Lalu Lintas Polda Metro Jaya Kombes Argo Wiyono mengatakan.",
            ("title_before", "Argo Wiyono", "Direktur Lalu Lintas", "Polda Metro Jaya", "Kombes", None),
        ),
        # acting in a title: "Plt" and the title
        ("Plt Ketua KNKT Budi Hartono mengatakan.", ("title_before", "Budi Hartono", "Plt Ketua", "KNKT", None, None)),
        # a police unit head's abbreviation
        (
            "Kanit Gakkum Polresta Bogor AKP Santi Marintan mengatakan.",
            ("title_before", "Santi Marintan", "Kanit", "Gakkum Polresta Bogor", "AKP", None),
        ),
        # the field after "Bidang" is the title's, the organisation's rarer name is not
        (
            "Wakil Rektor Bidang Kemahasiswaan UGM Sunyono mengatakan.",
            ("title_before", "Sunyono", "Wakil Rektor Bidang Kemahasiswaan", "UGM", None, None),
        ),
        # English titles with "of": the field is the title's, an organisation is not
        (
            "Corporate Director of Marketing WHHG Metty Yan Harahap mengatakan.",
            ("title_before", "Metty Yan Harahap", "Corporate Director of Marketing", "WHHG", None, None),
        ),
        (
            "President of GAC International Wei Haigang mengatakan.",
            ("title_before", "Wei Haigang", "President of", "GAC International", None, None),
        ),
        # a degree after the name is not a name; a lower-case "dr" opens the name
        (
            "Itu wajar, kata psikolog Kristina Hallett, Ph.D., kepada media.",
            ("title_before", "Kristina Hallett", "psikolog", None, None, None),
        ),
        (
            "Spesialis Anak Konsultan dr Reza Pahlevi mengatakan.",
            ("title_before", "Reza Pahlevi", "Spesialis Anak", "Konsultan", None, "dr"),
        ),
        ("Ia ditemui KH. Juhadi Muhammad kemarin.", ("honorific", "Juhadi Muhammad", None, None, None, "KH.")),
        ("Musisi Ari Lasso hadir.", ("title_before", "Ari Lasso", "Musisi", None, None, None)),
        # a unit head written as one abbreviation; a city after "Kota" is the organisation's
        (
            "Kadisdikbud Kota Tangsel Deden Deni mengatakan.",
            ("title_before", "Deden Deni", "Kadisdikbud", "Kota Tangsel", None, None),
        ),
        (
            "Dirtipidter Bareskrim Polri Brigjen Nunung Syaifuddin mengatakan.",
            ("title_before", "Nunung Syaifuddin", "Dirtipidter", "Bareskrim Polri", "Brigjen", None),
        ),
        # a title's short form in brackets right after it, when it is a title itself or
        # the title's initials, stays with the title (not "(Sekda) Provinsi Jawa Barat")
        (
            "Sekretaris Daerah (Sekda) Provinsi Jawa Barat, Herman Suryatman mengatakan.",
            ("comma_role", "Herman Suryatman", "Sekretaris Daerah (Sekda)", "Provinsi Jawa Barat", None, None),
        ),
        (
            "Jaksa Penuntut Umum (JPU) Kejaksaan Agung Nurachman Adikusumo hadir.",
            ("title_before", "Nurachman Adikusumo", "Jaksa Penuntut Umum (JPU)", "Kejaksaan Agung", None, None),
        ),
        (
            "Kepala (BPBD) Garut Rina Kartika hadir.",
            ("title_before", "Rina Kartika", "Kepala", "(BPBD) Garut", None, None),
        ),
        # a common word after an organisation noun ends the organisation: the White House
        (
            "Sekretaris Pers Gedung Putih Karoline Leavitt mengatakan.",
            ("title_before", "Karoline Leavitt", "Sekretaris", "Pers Gedung Putih", None, None),
        ),
    ],
)
def test_patterns(text: str, expected: tuple[str | None, ...]) -> None:
    assert fields(text) == [expected]


def test_spans_point_into_the_text() -> None:
    text = "Kemarin, Kabid Humas Polda Sumut Kombes Ferry Walintukan membenarkan."
    (m,) = find_role_mentions(text)
    assert text[m.name_start : m.name_end] == "Ferry Walintukan"
    assert text[m.role_start : m.role_end] == "Kabid Humas Polda Sumut"
    assert text[m.start : m.end] == "Kabid Humas Polda Sumut Kombes Ferry Walintukan"


def test_two_people_in_one_sentence() -> None:
    text = "Presiden Prabowo Subianto dan Menkeu Sri Mulyani bertemu Presiden Rusia Vladimir Putin."
    assert [(m.name, m.role, m.org) for m in find_role_mentions(text)] == [
        ("Prabowo Subianto", "Presiden", None),
        ("Sri Mulyani", "Menkeu", None),
        ("Vladimir Putin", "Presiden", "Rusia"),
    ]


def test_rank_mention_gets_the_appositive_role() -> None:
    text = "Kombes Ferry Walintukan, Kabid Humas Polda Sumut, membenarkan."
    assert fields(text) == [("appositive_after", "Ferry Walintukan", "Kabid Humas", "Polda Sumut", "Kombes", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala korban terluka parah.",
        "Anggota keluarga menunggu di rumah.",
        "Pertandingan di Gelora Bung Karno, Jakarta.",
        "Izin itu tertuang dalam SK Menteri ESDM No. 5 Tahun 2025.",
        "Para anggota Badan Legislasi (Baleg) rapat.",
        "kata Bupati Garut, Jumat (20/6/2025).",
        "Menteri Koordinator Bidang Hukum, HAM, Imigrasi hadir.",
        "",
        "🎉 日本語 Привет",
    ],
)
def test_no_person(text: str) -> None:
    assert all(m.name not in ("Karno", "No", "Legislasi", "Garut", "HAM") for m in find_role_mentions(text))
    if text in ("Kepala korban terluka parah.", "Anggota keluarga menunggu di rumah.", "", "🎉 日本語 Привет"):
        assert find_role_mentions(text) == []


def test_ner_names_decide_where_the_name_starts() -> None:
    text = "Kepala Dusun Sukamaju Indah Budi Santoso hadir."
    start = text.index("Budi")
    names = [(start, start + len("Budi Santoso"), "PERSON")]
    (m,) = find_role_mentions(text, names)
    assert (m.name, m.role, m.org) == ("Budi Santoso", "Kepala", "Dusun Sukamaju Indah")


def test_a_relative_or_a_client_holds_no_post_of_the_titled_person() -> None:
    """A college friend named after "Sekjen PDIP Hasto Kristiyanto" and a comma has
    no post, Hasto has it; "X selaku kuasa hukum Hasto": X is the lawyer, Hasto the
    client; "Kuasa hukum Hasto, X" too."""

    def roles_of(text: str, *people: str) -> dict[str | None, str | None]:
        names = [(text.index(p), text.index(p) + len(p), "PERSON") for p in people]
        return {m.name: m.role for m in find_role_mentions(text, names)}

    text = "Sahabat Sekjen PDIP Hasto Kristiyanto, Dimas Saputra, ikut bersaksi di sidang."
    assert roles_of(text, "Hasto Kristiyanto", "Dimas Saputra") == {"Hasto Kristiyanto": "Sekjen"}
    text = "Pertanyaan itu diajukan Gilang Pratama selaku kuasa hukum Hasto di ruang sidang."
    assert roles_of(text, "Gilang Pratama", "Hasto") == {"Gilang Pratama": "kuasa hukum"}
    text = "Kuasa hukum Hasto, Gilang Pratama, membantah."
    assert roles_of(text, "Hasto", "Gilang Pratama") == {"Gilang Pratama": "Kuasa hukum"}
    # "kuasa hukum dari Bung Hasto": his lawyers, whoever speaks
    text = '"Kami ini kuasa hukum dari Bung Hasto, meminta polisi bertindak," ujar Gilang.'
    assert roles_of(text, "Hasto", "Gilang").get("Hasto") is None
    # a relative after a comma between two people is the first one's, of the second
    text = "Hadir Sinta Dewi, kuasa hukum Tono Wijaya, di pengadilan."
    assert roles_of(text, "Sinta Dewi", "Tono Wijaya") == {"Sinta Dewi": "kuasa hukum"}
    text = "Hadir Sinta Dewi, stafsus Menteri Sosial Tono Wijaya, di pengadilan."
    assert roles_of(text, "Sinta Dewi", "Tono Wijaya").get("Tono Wijaya") is None
    text = "Hadir Sinta Dewi, istri Tono Wijaya, di pengadilan."
    assert roles_of(text, "Sinta Dewi", "Tono Wijaya").get("Tono Wijaya") is None


def test_tokenize_keeps_initials_and_titles() -> None:
    assert [t.text for t in tokenize("dr. Tirta dan B.J. Habibie, Kombes. Budi")] == [
        "dr.",
        "Tirta",
        "dan",
        "B.",
        "J.",
        "Habibie",
        ",",
        "Kombes.",
        "Budi",
    ]


def test_as_dict_round_trip() -> None:
    (m,) = find_role_mentions("Presiden Prabowo Subianto hadir.")
    assert RoleMention.from_dict(m.as_dict()) == m


def test_large_input_grows_linearly() -> None:
    rng = random.Random(1)
    words = ["Kepala", "BPBD", "Garut", "Budi", "Santoso", ",", "dan", "x", "Kombes", "dr.", "\n", "Presiden"]
    assert find_role_mentions(" ".join(rng.choices(words, k=200_000)))
    grows_linearly(find_role_mentions, lambda n: " ".join(random.Random(1).choices(words, k=n)), 100_000)
    assert find_role_mentions("x " * 1_000_000) == []
    grows_linearly(find_role_mentions, lambda n: "x " * (n // 2), 1_000_000)


def test_a_national_offices_name_takes_the_word_the_model_left_out() -> None:
    text = "Hadir pula Sekretaris Kabinet Teddy Indra Wijaya di Istana."
    names = model_person(text, "Indra", " di Istana")
    assert fields(text, names) == [("title_before", "Teddy Indra Wijaya", "Sekretaris Kabinet", None, None, None)]
    # a country after the office is its organisation, whatever the model says
    text = "Menteri Luar Negeri AS Antony Blinken tiba."
    names = model_person(text, "Antony", " tiba")
    assert fields(text, names) == [("title_before", "Antony Blinken", "Menteri Luar Negeri", "AS", None, None)]


def test_a_rank_the_models_name_starts_with_stays_a_rank() -> None:
    # the model reads "Pol Surawan": "Kombes Pol" is the rank
    text = "Direktur Reserse Kriminal Umum Polda Jabar Kombes Pol Surawan mengatakan."
    names = model_person(text, "Pol Surawan", " mengatakan")
    assert fields(text, names) == [
        ("title_before", "Surawan", "Direktur Reserse Kriminal Umum", "Polda Jabar", "Kombes Pol", None)
    ]


def test_a_national_offices_name_may_hold_a_common_word() -> None:
    # the model reads only "Wardhani"; "Putri" is a common word (princess) but follows
    # a rare first name, so the three words are the name
    text = "Menteri Pariwisata Widiyanti Putri Wardhani mengatakan."
    names = model_person(text, "Wardhani", " mengatakan")
    assert fields(text, names) == [("title_before", "Widiyanti Putri Wardhani", "Menteri Pariwisata", None, None, None)]
    # a common word first is not taken into the name
    text = "Menteri Pariwisata Putri Wardhani mengatakan."
    names = model_person(text, "Wardhani", " mengatakan")
    assert fields(text, names)[0][1:4] == ("Wardhani", "Menteri Pariwisata", "Putri")


def test_a_rank_before_the_models_name_opens_the_name() -> None:
    # the model reads only "Indra Wijaya" / "Handono": the rank marks where the name starts
    text = "Sekretaris Kabinet (Seskab) Letkol Teddy Indra Wijaya menegaskan hal itu."
    names = model_person(text, "Indra", " menegaskan")
    assert fields(text, names) == [
        ("title_before", "Teddy Indra Wijaya", "Sekretaris Kabinet (Seskab)", None, "Letkol", None)
    ]
    text = "Kasi Humas Polresta Sidoarjo Iptu Tri Novi Handono menjelaskan."
    names = model_person(text, "Handono", " menjelaskan")
    assert fields(text, names) == [
        ("title_before", "Tri Novi Handono", "Kasi Humas", "Polresta Sidoarjo", "Iptu", None)
    ]


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("Menteri Transportasi AS Sean Duffy mengatakan.", "Menteri Transportasi", "AS"),
        ("Chief Operation Officer PSM Makassar Rafi Razak mengatakan.", "Chief Operation Officer", "PSM Makassar"),
        # the ministry's title in two words: "Ristek" is no one's name
        ("Mantan Mendikbud Ristek Bambang Sutrisno hadir.", "Mendikbud Ristek", None),
    ],
)
def test_more_portfolios_and_english_title_words(text: str, role: str, org: str | None) -> None:
    assert fields(text)[0][2:4] == (role, org)


def test_a_place_the_models_name_starts_with_is_the_titles() -> None:
    text = "Hal itu disampaikan Gubernur Jatim Khofifah di Surabaya."
    names = model_person(text, "Jatim", " di Surabaya")
    assert fields(text, names) == [("title_before", "Khofifah", "Gubernur", "Jatim", None, None)]


def test_a_short_form_in_brackets_inside_a_name() -> None:
    # the model reads only "Soemirat"; "Roy" is "Rolliansyah"'s short form
    text = "Hal ini ditegaskan juru bicara Kemlu Rolliansyah (Roy) Soemirat."
    names = [(text.index("Soemirat"), text.index("Soemirat") + len("Soemirat"), "PERSON")]
    assert fields(text, names) == [("title_before", "Rolliansyah (Roy) Soemirat", "juru bicara", "Kemlu", None, None)]
    # an organisation's short form is not a name's
    text = "Hal ini ditegaskan Kepala Kejaksaan Agung (Kejagung) Harli Siregar."
    names = [(text.index("Harli"), text.index("Siregar") + len("Siregar"), "PERSON")]
    assert fields(text, names)[0][1:4] == ("Harli Siregar", "Kepala", "Kejaksaan Agung (Kejagung)")


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("Deputi Gubernur BI Aida Suwandi Budiman mengatakan.", "Deputi Gubernur", "BI"),
        ("Deputi Gubernur Senior BI Destry Damayanti mengatakan.", "Deputi Gubernur Senior", "BI"),
    ],
)
def test_a_central_banks_deputy_governor(text: str, role: str, org: str) -> None:
    assert fields(text)[0][2:4] == (role, org)


def test_navy_and_air_force_ranks_and_a_ranks_short_form() -> None:
    text = "Kadispenal Laksamana Pertama TNI I Made Wira Hady mengatakan kapal itu tiba."
    assert fields(text)[0][1:5] == ("I Made Wira Hady", "Kadispenal", None, "Laksamana Pertama TNI")
    text = "Kepala Dinas Penerangan TNI AL Laksamana Pertama (Laksma) Tunggul mengatakan, kapal tiba."
    assert fields(text)[0][1] == "Tunggul" and fields(text)[0][4] == "Laksamana Pertama (Laksma)"
    # ... before the model's name too, and a navy officer's corps in brackets
    text = "Kepala Dinas Penerangan Laksamana Pertama (Laksma) Rudi Wirawan mengatakan, kapal tiba."
    assert fields(text, model_person(text, "Rudi", " mengatakan"))[0][1:5] == (
        "Rudi Wirawan", "Kepala", "Dinas Penerangan", "Laksamana Pertama (Laksma)")
    text = "Danlanal Sabang Kolonel Laut (P) Rudi Wirawan mengatakan, kapal tiba."
    assert fields(text, model_person(text, "Rudi", " mengatakan"))[0][1:5] == (
        "Rudi Wirawan", "Danlanal", "Sabang", "Kolonel Laut (P)")


def test_a_degree_after_a_comma_is_not_a_name() -> None:
    # the model reads "M.Psi" as a person: a psychologist's degree
    text = "Hal itu disampaikan Psikolog Ayu Imasria, M.Psi kepada wartawan."
    names = [(text.index("M.Psi"), text.index("M.Psi") + 5, "PERSON")]
    assert fields(text, names)[0][1:3] == ("Ayu Imasria", "Psikolog")


def test_a_regional_heads_title_takes_no_portfolio_word() -> None:
    # "pasar" is a portfolio word ("Pengamat Pasar Uang"); after "Kapolsek" the words
    # name the district: the police chief of Pasar Rebo
    text = "Hal itu disampaikan Kapolsek Pasar Rebo AKP I Wayan Wijaya saat dikonfirmasi."
    assert fields(text)[0][1:5] == ("I Wayan Wijaya", "Kapolsek", "Pasar Rebo", "AKP")


def test_a_rare_word_before_the_models_surname_is_the_first_name() -> None:
    # the model reads only "Wronski"; "Piotr" is the first name, "Medcom" the organisation
    text = "Vice President Medcom Piotr Wronski mengungkapkan rencana itu."
    names = model_person(text, "Wronski", " mengungkapkan")
    assert fields(text, names)[0][1:4] == ("Piotr Wronski", "Vice President", "Medcom")
    # the organisation keeps a word; a place or a common word is not taken
    text = "Kepala BPBD Garut Rina mengatakan."
    names = model_person(text, "Rina", " mengatakan")
    assert fields(text, names)[0][1:4] == ("Rina", "Kepala", "BPBD Garut")
    text = "Direktur Utama Bank Jago Harris mengatakan."
    names = model_person(text, "Harris", " mengatakan")
    assert fields(text, names)[0][1:4] == ("Harris", "Direktur Utama", "Bank Jago")


def test_a_company_after_its_legal_form_is_not_the_name() -> None:
    # the model reads "Pegadaian Damar Latri Setiawan" as one person
    text = "Direktur Utama PT Pegadaian Damar Latri Setiawan mengungkapkan hal itu."
    names = model_person(text, "Pegadaian", " mengungkapkan")
    assert fields(text, names)[0][1:4] == ("Damar Latri Setiawan", "Direktur Utama", "PT Pegadaian")


def test_an_officers_rank_with_the_corps() -> None:
    text = "Kepala Penerangan Kodam Cenderawasih Kolonel Infanteri Candra Kurniawan mengatakan."
    names = model_person(text, "Infanteri", " mengatakan")
    assert fields(text, names)[0][1:5] == ("Candra Kurniawan", "Kepala Penerangan", "Kodam Cenderawasih", "Kolonel Infanteri")


def test_two_honorifics_before_a_name_after_a_comma() -> None:
    text = "Hal ini disampaikan Ketua Pokja Neurologi Perdosni, Dr. dr. Paulus Sugianto, Sp.S (K)."
    assert [f[1] for f in fields(text)] == ["Paulus Sugianto"]


def test_a_portfolio_word_after_a_title_is_part_of_the_role() -> None:
    # "Direktur Retail dan Niaga" is a post, not a director named Retail
    text = "Rina Kartika sebagai Direktur Retail dan Niaga, sementara Budi Santoso sebagai direktur."
    assert [(m.name, m.role) for m in find_role_mentions(text)] == [
        ("Rina Kartika", "Direktur Retail dan Niaga"), ("Budi Santoso", "direktur"),
    ]


def test_a_word_the_text_writes_after_the_organisation_elsewhere_is_the_organisations() -> None:
    # the model reads "Nikel Arya Aditya"; the article names "PT Gag Nikel" alone too
    text = ("PT Sinar Nikel masih menambang. Kemudian Plt Direktur Utama PT Sinar Nikel Budi Santoso "
            "menyatakan siap.")
    names = model_person(text, "Nikel Budi", " menyatakan")
    assert fields(text, names)[0][1:4] == ("Budi Santoso", "Plt Direktur Utama", "PT Sinar Nikel")
    # not without the organisation written so elsewhere, nor when the text writes the
    # whole name after it again
    alone = text[len("PT Sinar Nikel masih menambang. "):]
    assert fields(alone, model_person(alone, "Nikel Budi", " menyatakan"))[0][1] == "Nikel Budi Santoso"
    twice = alone + " " + alone
    assert {f[1] for f in fields(twice, model_person(twice, "Nikel Budi", " menyatakan"))} == {"Nikel Budi Santoso"}
    # the title before the shorter form too: one name shortened ("Effendi Napitupulu")
    toba = "Bupati Samosir Budi Setia Hartono Siregar hadir. Lalu Bupati Samosir Budi Siregar pulang."
    assert fields(toba, model_person(toba, "Budi Setia", " hadir"))[0][1] == "Budi Setia Hartono Siregar"


def test_a_place_named_like_a_title_is_no_role() -> None:
    # "Raja Ampat" is a regency, not a king
    assert fields("Kata Budi, Raja Ampat adalah surga bagi penyelam.") == []
    assert fields("Untuk tambang di Raja Ampat, Rina menyebut izinnya sudah lengkap.") == []
    assert fields("Bupati Raja Ampat Orideko Burdam hadir.")[0][1:4] == ("Orideko Burdam", "Bupati", "Raja Ampat")


def test_a_one_word_name_the_text_writes_after_the_organisation_elsewhere_is_no_one() -> None:
    text = "Warga Los Angeles turun ke jalan. Gubernur serta Wali Kota Los Angeles, yang sama-sama menolak, angkat bicara."
    names = model_person(text, "Angeles, yang", ", yang")
    assert [f[1] for f in fields(text, names)] == [None]
    # a name written in full elsewhere is a name
    text = "Pelatih Persib Bojan mengaku puas. Persib Bojan Hodak kini memimpin klasemen."
    assert fields(text, model_person(text, "Bojan mengaku", " mengaku"))[0][1] == "Bojan"


def test_the_organisation_is_not_read_into_a_name_the_model_finds_elsewhere() -> None:
    # "Edo Saefudin" alone is the person the model reads, not an organisation "Edo"
    text = "Warga menemui Edo Saefudin di rumahnya. Kades Edo Saefudin mengakui hal itu."
    names = [(text.index("Edo"), text.index(" di rumah"), "PERSON"), (text.rindex("Saefudin"), text.index(" mengakui"), "PERSON")]
    assert [f[1] is not None for f in fields(text, names)] == [True]


def test_with_no_organisation_read_a_first_word_written_alone_as_a_body_is_the_bodys() -> None:
    text = "Hal itu disampaikan CEO Danantara Rosan Roeslani di Jakarta. Danantara akan berinvestasi."
    names = [(text.index("Danantara Rosan"), text.index(" di Jakarta"), "PERSON"),
             (text.rindex("Danantara"), text.rindex(" akan"), "ORG")]
    assert fields(text, names)[0][1:4] == ("Rosan Roeslani", "CEO", "Danantara")
    # a first name written alone, whatever the model made of it, is the person's
    text = "Menteri Kelautan Budi Setia Hartono hadir. Menurut Budi, izin itu dicabut."
    names = [(text.index("Budi"), text.index(" hadir"), "PERSON")]
    assert fields(text, names)[0][1] == "Budi Setia Hartono"
    # nor does "Kabinet" alone name anyone
    assert fields("Presiden memanggil para Menteri Kabinet Merah Putih ke Istana.") == []


def test_a_relational_title_after_a_comma_is_the_person_befores() -> None:
    """"Dimas Anggoro, kuasa hukum Lestari Wulan": Dimas is the lawyer, of Lestari."""
    text = "Keterangan itu disampaikan Dimas Anggoro, kuasa hukum Lestari Wulan, kepada pers."
    g, f = text.index("Dimas"), text.index("Lestari")
    found = find_role_mentions(text, [(g, g + 13, "PERSON"), (f, f + 13, "PERSON")])
    assert [(m.name, m.role, m.org) for m in found] == [("Dimas Anggoro", "kuasa hukum", "Lestari Wulan")]


def test_dalam_after_a_title_and_before_a_portfolio_word_is_the_titles() -> None:
    """"Menteri Dalam Negeri": "Dalam" (a clause's opening word elsewhere) is part of
    the home minister's title, not the end of it."""
    text = "Angka itu, menurut Menteri Dalam Negeri Rendra Wiguna, masih sementara."
    found = fields(text, model_person(text, "Rendra", ", masih"))
    assert found[0][1:4] == ("Rendra Wiguna", "Menteri Dalam Negeri", None)
    text = "Hal itu dijelaskan Wakil Menteri Dalam Negeri Sekar Ayu di Jakarta."
    assert fields(text, model_person(text, "Sekar", " di Jakarta"))[0][1:3] == ("Sekar Ayu", "Wakil Menteri Dalam Negeri")
    # "Dalam" opening a clause after a title with no portfolio word after it stays out
    text = "Hal itu disampaikan Menteri Dalam rapat kerja, kata Rendra."
    assert all(f[2] != "Menteri Dalam" for f in fields(text))


def test_a_short_form_in_brackets_counts_as_one_word_of_a_long_title() -> None:
    text = (
        "Kepala Badan Riset Kebijakan Dalam Negeri (BRKDN) Kementerian Dalam Negeri "
        "(Kemendagri) Yoga Pranata menekankan pentingnya inovasi."
    )
    found = fields(text, model_person(text, "Yoga", " menekankan"))
    assert found[0][1:3] == ("Yoga Pranata", "Kepala")
    assert found[0][3] == "Badan Riset Kebijakan Dalam Negeri (BRKDN) Kementerian Dalam Negeri (Kemendagri)"


def test_a_role_after_sebagai_ends_before_dan_and_the_next_person() -> None:
    text = "Tim itu dipimpin Arief Wibowo sebagai ketua dan Rina Lestari sebagai wakil ketua."
    names = [(text.index("Arief"), text.index(" sebagai"), "PERSON"),
             (text.index("Rina"), text.rindex(" sebagai"), "PERSON")]
    assert [(f[1], f[2]) for f in fields(text, names)] == [("Arief Wibowo", "ketua"), ("Rina Lestari", "wakil ketua")]


def test_a_relational_titles_name_before_yakni_is_the_client() -> None:
    text = "Kuasa hukum Bayu Pratama yakni terdakwa Sinta Maharani dituntut 10 tahun."
    names = [(text.index("Bayu"), text.index(" yakni"), "PERSON"), (text.index("Sinta"), text.index(" dituntut"), "PERSON")]
    assert [(f[1], f[2]) for f in fields(text, names)] == [("Sinta Maharani", "terdakwa")]
    text = "Hakim menjatuhkan denda kepada pengacara Bayu Pratama itu."
    assert fields(text, [(text.index("Bayu"), text.index(" itu"), "PERSON")]) == []


def test_a_title_before_a_body_referred_back_to_names_no_one() -> None:
    """"Pembalap Ducati Lenovo itu": the team's rider, whom the text named before."""
    assert fields("Pembalap Ducati Lenovo itu finis keempat.") == []
    assert fields("Lalu eks gelandang AC Milan itu pulang.") == []
    text = "Presiden Prabowo itu hadir."
    assert fields(text, model_person(text, "Prabowo", " itu"))[0][1] == "Prabowo"


def test_jenderal_in_a_title_or_a_bodys_name_is_no_rank() -> None:
    """"Direktorat Jenderal Penegakan Hukum" names a body: "Penegakan" is no general."""
    assert fields("Aturan itu disusun Direktorat Jenderal Penataan Ruang (Ditjen PR) pekan ini.") == []
    assert fields("Sore itu tampak Jenderal Agus Santoso berpidato.")[0][1:5] == ("Agus Santoso", None, None, "Jenderal")


def test_a_title_after_selaku_in_a_list_is_the_name_before_its() -> None:
    """"A selaku Direktur Utama PT X, B selaku Komisaris ...": the title is A's, not
    that of B, named after the comma; the company's last words are no one."""
    text = (
        "Jaksa menuntut tiga orang, yakni Budi Santoso selaku Direktur Utama PT Sinar Laut Persada, "
        "Andi Wirawan selaku Komisaris PT Sinar Laut Persada, dan Eko Prasetyo selaku pemegang saham."
    )
    names = [(text.index(n), text.index(n) + len(n), "PERSON") for n in ("Budi Santoso", "Andi Wirawan", "Eko Prasetyo")]
    assert [(f[1], f[2], f[3]) for f in fields(text, names)] == [
        ("Budi Santoso", "Direktur Utama", "PT Sinar Laut Persada"),
        ("Andi Wirawan", "Komisaris", "PT Sinar Laut Persada"),
    ]
    text = "Laporan itu menyebut Rudi Hartawan selaku Direktur KabarKota dan dua stafnya."
    assert [(f[1], f[2], f[3]) for f in fields(text, model_person(text, "Rudi", " selaku"))] == [
        ("Rudi Hartawan", "Direktur", "KabarKota")
    ]


def test_a_bare_role_noun_running_into_an_adverb_opens_the_next_clause() -> None:
    """"Selain Indra, jaksa juga membacakan ...": the prosecutor is the next clause's
    subject, not Indra."""
    assert fields("Selain Tono, jaksa juga membacakan tuntutan dua terdakwa lain.") == []
    assert fields("Menurut Tono, hakim akan memutus perkara itu pekan depan.") == []
    text = "Surat itu dibacakan Tono, ketua panitia lomba, di depan warga."
    assert [(f[1], f[2]) for f in fields(text)] == [("Tono", "ketua panitia lomba")]


def test_a_legal_teams_client_holds_no_title() -> None:
    assert [(r.name, r.role) for r in find_role_mentions("Tim kuasa hukum Andika Pratama meminta sidang ditunda.")] == []
    # (a lawyer named after the client's name keeps the title)
    assert [(r.name, r.role, r.org) for r in find_role_mentions(
        "Tim kuasa hukum Andika Pratama, Yosef Lubis, meminta sidang ditunda.")] == [
        ("Yosef Lubis", "kuasa hukum", "Andika Pratama")]


def test_a_politician_of_a_party_is_a_title() -> None:
    assert fields("Politikus Partai Hijau Laras Pratiwi menolak usulan itu.") == [
        ("title_before", "Laras Pratiwi", "Politikus", "Partai Hijau", None, None)]
    assert fields("Kata politisi PDIP Guntur Wibowo, rapat ditunda.") == [
        ("title_before", "Guntur Wibowo", "politisi", "PDIP", None, None)]
    # a party's name after the title, "ini" after it: the politician referred back to
    assert fields("Politisi Gerindra ini menolak usulan itu.") == []


def test_a_name_the_model_ends_before_its_initials_full_stop_keeps_the_initial() -> None:
    """"Raja Frederik V." ending a sentence: the model's name leaves the sentence's full
    stop out ("Frederik V"); the role's name keeps the letter."""
    text = "Hadiah itu dari kakeknya, Raja Frederik V. Sesudah itu ia pulang."
    start = text.index("Frederik")
    found = find_role_mentions(text, [(start, start + len("Frederik V"), "PERSON")])
    assert [m.name for m in found] == ["Frederik V."]


def test_the_words_between_an_organisations_place_and_the_models_name_open_the_name() -> None:
    """"Wakil Ketua DPRD Jatim Budi Tua Sitompul" with the model's name "Sitompul": the
    organisation ends with its place; "Budi Tua" (a common word among them) is the
    name's."""
    text = "KPK memeriksa Wakil Ketua DPRD Jatim Budi Tua Sitompul kemarin."
    names = model_person(text, "Sitompul", " kemarin")
    assert fields(text, names)[0][1:4] == ("Budi Tua Sitompul", "Wakil Ketua DPRD", "Jatim")


def test_a_title_alone_is_no_ones_name() -> None:
    """ "Kepala ..., Dra. rina Lestari": the name written in lower case after the
    academic title is not read, and "Dra." alone is no person."""
    text = "Kepala Bidang Mutu ASN, Dra. rina Lestari, M.Si, membuka pelatihan."
    assert [m.name for m in find_role_mentions(text)] == []


def test_a_post_held_then_takes_the_name_after_the_comma() -> None:
    text = '"Kami periksa," kata jubir KPK saat itu, Rina Wulandari, di gedung KPK.'
    assert [(m.name, m.role) for m in find_role_mentions(text)] == [("Rina Wulandari", "jubir")]


def test_a_title_inside_an_associations_name_is_no_ones() -> None:
    """"Koalisi Advokat Pemantau Peradilan", "Ikatan Dokter Hewan Bogor": a word of the
    body's name, not a lawyer named "Pemantau Peradilan"; a coalition's own lawyer stays."""
    from kabar.analyze.roles import find_role_mentions

    text = "Hadir pula Koalisi Advokat Pemantau Peradilan dan Ikatan Dokter Hewan Bogor."
    # (the model read the words after the titles as people)
    names = [(text.index(n), text.index(n) + len(n), "PERSON") for n in ("Pemantau Peradilan", "Hewan Bogor")]
    assert find_role_mentions(text, names) == []
    [m] = find_role_mentions("Koalisi itu diwakili advokat Rudi Hartanto.")
    assert (m.name, m.role) == ("Rudi Hartanto", "advokat")



def test_a_titles_portfolio_after_its_body_leads_to_the_name() -> None:
    got = [(m.name, m.role) for m in find_role_mentions(
        "Staf Khusus Gubernur Jawa Barat bidang Komunikasi Publik Dimas Prayoga menjelaskan hal itu. "
        "Sambutan disampaikan Wakil Rektor II bidang Akademik\nMenurut rektor, kuliah dimulai."
    )]
    assert ("Dimas Prayoga", "Staf Khusus") in got
    assert not [name for name, _role in got if name and "Akademik" in name]


def test_another_of_someones_lawyers_is_named_after_the_comma() -> None:
    got = [(m.name, m.role, m.org) for m in find_role_mentions(
        "Namun, kuasa hukum Budi lainnya, Andi Wijaya, menyinggung soal kredit itu."
    )]
    assert got == [("Andi Wijaya", "kuasa hukum", "Budi")]


def test_a_saints_town_in_a_title_goes_on_past_its_full_stop() -> None:
    text = "Kepala SMP St. Maria Larantuka Yohanes Bala membenarkan kabar itu."
    start = text.index("Yohanes")
    got = [(m.name, m.role, m.org) for m in find_role_mentions(text, [(start, start + len("Yohanes Bala"), "PERSON")])]
    assert got == [("Yohanes Bala", "Kepala", "SMP St. Maria Larantuka")]


def test_one_word_the_model_read_as_a_name_before_the_holders_is_the_body() -> None:
    text = "\"Kami belum yakin,\" kata Waketum Garda Rian Adi Putra kepada media."
    p, f = text.index("Garda"), text.index("Rian")
    got = [(m.name, m.role, m.org) for m in find_role_mentions(text, [(p, p + 5, "PERSON"), (f, f + 14, "PERSON")])]
    assert got == [("Rian Adi Putra", "Waketum", "Garda")]
