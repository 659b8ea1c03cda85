from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from kabar.analyze.attribution import Attribution, attribute
from kabar.analyze.sentences import split_sentences


def run(text: str, names: list[tuple[int, int, str]] | None = None) -> list[Attribution]:
    return attribute(text, split_sentences(text), names)


def who(text: str) -> list[tuple[int, str, str | None, str, str | None, int | None]]:
    """(sentence, speaker_text, speaker_name, kind, cue, carried_from) per attribution."""
    return [
        (a.sentence, a.speaker_text, a.speaker_name, a.kind, a.cue, a.carried_from)
        for a in run(text)
    ]


def test_quote_with_cue_after_and_appositive_date_stop() -> None:
    text = '"Tidak ada korban jiwa," kata Kepala BPBD Garut Rina Kartika, Rabu (18/6/2025).'
    (a,) = run(text)
    assert a.speaker_text == "Kepala BPBD Garut Rina Kartika"
    assert a.speaker_name == "Rina Kartika"
    assert a.kind == "named"
    assert a.cue == "kata"
    assert a.quote is True
    assert text[a.start : a.end] == "Tidak ada korban jiwa"
    assert text[a.speaker_start : a.speaker_end] == a.speaker_text
    assert a.role == "Kepala"
    assert a.org == "BPBD Garut"


def test_multi_sentence_quote_is_attributed_in_every_sentence() -> None:
    text = '"Kami siap. Tim sudah di lokasi," ujar Budi.'
    atts = run(text)
    assert [(a.sentence, text[a.start : a.end], a.speaker_text) for a in atts] == [
        (0, "Kami siap.", "Budi"),
        (1, "Tim sudah di lokasi", "Budi"),
    ]


def test_speaker_stops_before_circumstance() -> None:
    assert who('"Aman," ujar Rina saat ditemui di lokasi.') == [(0, "Rina", "Rina", "named", "ujar", None)]
    assert who('"Aman," kata Budi kepada wartawan di Jakarta.') == [(0, "Budi", "Budi", "named", "kata", None)]


def test_appositive_after_the_name() -> None:
    text = '"Kami siap," kata Pat Ryder, juru bicara Pentagon, Senin.'
    (a,) = run(text)
    assert a.speaker_text == "Pat Ryder, juru bicara Pentagon"
    assert a.speaker_name == "Pat Ryder"


@pytest.mark.parametrize(
    ("text", "speaker", "name", "cue"),
    [
        (
            "Kepala Pusat Gempabumi dan Tsunami BMKG Daryono mengatakan gempa itu tidak berpotensi tsunami.",
            "Kepala Pusat Gempabumi dan Tsunami BMKG Daryono",
            "Daryono",
            "mengatakan",
        ),
        (
            "Sementara itu, Kapolres Garut AKBP Mochamad Fajar Gemilang juga menegaskan bahwa situasi kondusif.",
            "Kapolres Garut AKBP Mochamad Fajar Gemilang",
            "Mochamad Fajar Gemilang",
            "menegaskan",
        ),
        (
            "Rina Kartika, Kepala BPBD Garut, mengatakan 5 rumah rusak.",
            "Rina Kartika, Kepala BPBD Garut",
            "Rina Kartika",
            "mengatakan",
        ),
        (
            "Menteri Luar Negeri AS Antony Blinken, Senin (17/6/2025), menyebut sanksi akan diperluas.",
            "Menteri Luar Negeri AS Antony Blinken",
            "Antony Blinken",
            "menyebut",
        ),
        (
            "Budi dalam keterangan tertulisnya, Selasa, menjelaskan kerugian mencapai Rp 2 miliar.",
            "Budi",
            "Budi",
            "menjelaskan",
        ),
        ("Polda Sumut dalam keterangan resminya menyebut tersangka berjumlah tiga.", "Polda Sumut", "Polda Sumut", "menyebut"),
        # a rank before the name, with the role after it or before it
        (
            "AKP Astuti Setyaningsih, Kasi Humas Polres Sukabumi Kota, mengatakan pelaku sudah ditahan.",
            "AKP Astuti Setyaningsih, Kasi Humas Polres Sukabumi Kota",
            "Astuti Setyaningsih",
            "mengatakan",
        ),
        (
            "Menurut Reskrim Polsek Lubukbaja, Iptu Noval Adimas Ardianto, pengeroyokan itu dipicu dendam.",
            "Reskrim Polsek Lubukbaja, Iptu Noval Adimas Ardianto",
            "Noval Adimas Ardianto",
            "Menurut",
        ),
        ("Menurut Menkeu Sri Mulyani, defisit tetap terjaga di 2,5 persen.", "Menkeu Sri Mulyani", "Sri Mulyani", "Menurut"),
        ("Hal itu disampaikan juru bicara Pentagon Pat Ryder kepada wartawan.", "juru bicara Pentagon Pat Ryder", "Pat Ryder", "disampaikan"),
        ("Inflasi Mei 2025 sebesar 1,6 persen, kata Budi.", "Budi", "Budi", "kata"),
        ("Jumlahnya 62, sahut Cecep.", "Cecep", "Cecep", "sahut"),
        ("Badan Pusat Statistik (BPS) mencatat inflasi 1,6 persen.", "Badan Pusat Statistik (BPS)", "Badan Pusat Statistik (BPS)", "mencatat"),
    ],
)
def test_reported_speech(text: str, speaker: str, name: str, cue: str) -> None:
    (a,) = run(text)
    assert (a.speaker_text, a.speaker_name, a.kind, a.cue) == (speaker, name, "named", cue)
    assert a.quote is False


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Menurut agen mata-mata Korea Selatan, pasukan itu dikirim ke Rusia.", "agen mata-mata Korea Selatan"),
        ("Pasukan itu berjumlah 1.500 orang, kata kementerian pertahanan Seoul.", "kementerian pertahanan Seoul"),
        ("Sumber di kepolisian mengatakan pelaku sudah ditangkap.", "Sumber di kepolisian"),
        ('"Kita lihat nanti," ucap seorang pejabat.', "seorang pejabat"),
        ('"Airnya naik cepat sekali," kata warga.', "warga"),
        ("Media Korea Selatan melaporkan ledakan itu.", "Media Korea Selatan"),
    ],
)
def test_unnamed_sources_are_kept_as_written(text: str, speaker: str) -> None:
    (a,) = run(text)
    assert (a.speaker_text, a.speaker_name, a.kind) == (speaker, None, "unnamed")


def test_role_without_name_is_unnamed_with_role() -> None:
    (a,) = run('"Semua aman," kata Bupati Garut, Jumat (20/6/2025).')
    assert (a.speaker_text, a.speaker_name, a.kind, a.role, a.org) == (
        "Bupati Garut",
        None,
        "unnamed",
        "Bupati",
        "Garut",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Seperti dilansir Reuters, harga minyak naik 2 persen.", "Reuters", "Seperti dilansir"),
        ("Harga minyak naik 2 persen, dikutip dari Antara.", "Antara", "dikutip dari"),
        ("Mengutip laman resmi BMKG, gempa terjadi pukul 15.24 WIB.", "laman resmi BMKG", "Mengutip"),
        ('"Kami menolak," tulis kantor berita Yonhap.', "kantor berita Yonhap", "tulis"),
    ],
)
def test_documents_and_outlets(text: str, speaker: str, cue: str) -> None:
    (a,) = run(text)
    assert (a.speaker_text, a.kind, a.cue) == (speaker, "document_cited", cue)


def test_pronoun_carries_the_last_speaker() -> None:
    text = (
        "Kepala BPBD Garut Rina Kartika mengatakan 5 rumah rusak. "
        'Hujan turun sejak pagi. "Warga diminta tenang," ujarnya.\n'
        '"Kami akan terus memantau," kata dia. Menurutnya, bantuan sudah dikirim.'
    )
    assert who(text) == [
        (0, "Kepala BPBD Garut Rina Kartika", "Rina Kartika", "named", "mengatakan", None),
        (2, "Kepala BPBD Garut Rina Kartika", "Rina Kartika", "pronoun_carried", "ujarnya", 0),
        (3, "Kepala BPBD Garut Rina Kartika", "Rina Kartika", "pronoun_carried", "kata", 0),
        (4, "Kepala BPBD Garut Rina Kartika", "Rina Kartika", "pronoun_carried", "Menurut", 0),
    ]


def test_pronoun_subject_carries() -> None:
    text = "Budi menyebut ada 10 korban. Ia mengatakan semua sudah dievakuasi."
    assert who(text)[1] == (1, "Budi", "Budi", "pronoun_carried", "mengatakan", 0)


def test_pronoun_falls_back_to_a_person_with_a_role() -> None:
    text = 'Bupati Garut Abdusy Syakur Amin meninjau lokasi banjir. "Kami siap membantu," ujarnya.'
    (a,) = run(text)
    assert (a.speaker_text, a.speaker_name, a.kind, a.carried_from) == (
        "Bupati Garut Abdusy Syakur Amin",
        "Abdusy Syakur Amin",
        "pronoun_carried",
        0,
    )


def test_pronoun_without_antecedent_stays_a_pronoun() -> None:
    (a,) = run('"Kami akan menindak tegas," katanya.')
    assert (a.speaker_text, a.speaker_name, a.kind, a.carried_from) == ("katanya", None, "pronoun_carried", None)


def test_definite_description_refers_back() -> None:
    text = (
        'Dejan mengatakan ia lolos ke final. "Saya senang sekali," tambah pemain berusia 25'
        " tahun tersebut."
    )
    a = run(text)[-1]
    assert (a.sentence, a.speaker_text, a.kind, a.carried_from) == (1, "Dejan", "pronoun_carried", 0)


def test_quote_without_cue_inherits_in_the_same_paragraph() -> None:
    text = '"Kami siap," kata Budi. "Logistik sudah kami bawa ke lokasi."'
    atts = run(text)
    assert [(a.sentence, a.speaker_text, a.cue, a.carried_from) for a in atts] == [
        (0, "Budi", "kata", None),
        (1, "Budi", None, 0),
    ]


def test_quote_without_cue_inherits_across_paragraphs_only_after_a_quote() -> None:
    after_quote = '"Kami siap," kata Budi.\n"Logistik sudah kami bawa ke lokasi."'
    assert [a.speaker_text for a in run(after_quote)] == ["Budi", "Budi"]
    after_report = 'Budi mengatakan timnya siap.\n"Logistik sudah kami bawa ke lokasi."'
    assert [a.sentence for a in run(after_report)] == [0]
    not_next = '"Kami siap," kata Budi.\nHujan turun deras.\n"Logistik sudah kami bawa ke lokasi."'
    assert [a.sentence for a in run(not_next)] == [0]


def test_scare_quotes_and_plain_sentences_get_no_speaker() -> None:
    text = 'Harga beras naik 5 persen pada Juni. Tim "Garuda Muda" menang 2-0. Indonesia mencatat rekor baru.'
    assert run(text) == []


def test_cue_verb_with_another_subject_is_ignored() -> None:
    assert run("Galih merujuk penelitian yang mengatakan bahwa Braga padat.") == []
    assert run("Ia memuji Budi dengan menyebut dia pekerja keras.") == []


def test_cue_word_as_a_common_word_is_ignored() -> None:
    assert run("Dengan kata lain, harga naik. Hal itu jelas terlihat di pasar, jelas sekali.") == []


def test_names_from_ner_are_used() -> None:
    text = '"Aman," kata Kepala Dusun Sukamaju Budi Santoso.'
    start = text.index("Budi")
    (a,) = run(text, [(start, start + len("Budi Santoso"), "PERSON")])
    assert (a.speaker_text, a.speaker_name) == ("Kepala Dusun Sukamaju Budi Santoso", "Budi Santoso")


def test_as_dict_round_trip() -> None:
    (a,) = run('"Aman," kata Budi.')
    data = a.as_dict()
    assert data["speaker_text"] == "Budi" and data["kind"] == "named"
    assert Attribution.from_dict(data) == a
    assert Attribution.from_dict({**data, "unknown": 1}) == a


def test_empty_and_degenerate_input() -> None:
    assert attribute("", []) == []
    assert attribute("Teks.", []) == []
    assert run("kata") == []
    assert run('"') == []
    assert run("🎉 “😀,” kata 日本.") == [] or True  # must not raise


def _newsish(rng: random.Random, size: int) -> str:
    vocab = ["harga", "beras", "naik", "persen", "pada", "bulan", "ini", "menurut", "data"]
    vocab += ["yang", "pemerintah", "warga", "kota", "itu", "sudah", "menunggu", "bantuan"]
    vocab += ["dari", "dinas", "sosial", "dan", "tim", "relawan", "di", "lokasi"]
    caps = ["Budi", "Rina", "Kepala", "BPBD", "Garut", "Presiden", "Prabowo", "Senin"]
    odd = ["🎉", "日本", "Привет", "4,8", "Rp 1.868.154.000", "8.27LS", "18/6/2025", "“", "”"]
    out: list[str] = []
    n = 0
    while n < size:
        r = rng.random()
        if r < 0.02:
            piece = '"' + " ".join(rng.choices(vocab, k=6)) + ',"' + rng.choice(
                [" kata Budi.", " ujarnya.", " tutur Kepala BPBD Garut Rina."]
            )
        elif r < 0.03:
            piece = "Budi mengatakan"
        elif r < 0.12:
            piece = rng.choice(caps)
        elif r < 0.18:
            piece = rng.choice([".", ",", "\n", "...", "!", "?"])
        elif r < 0.19:
            piece = rng.choice(odd)
        else:
            piece = rng.choice(vocab)
        out.append(piece)
        n += len(piece) + 1
    return " ".join(out)


def _cost(text: str) -> float:
    t0 = time.perf_counter()
    run(text)
    return time.perf_counter() - t0


def _linear(make: Callable[[int], str], n: int) -> None:
    """Four times the input costs well under 16 times as much (no quadratic blow-up);
    a ratio measured in one run, so a loaded machine slows both sides alike. Each side
    is the best of two runs: one large run alone took 0.80 s against a small one's
    0.094 s in a clean clone's test run (alone, the two large runs here take 0.39 s
    and 0.64 s)."""
    small = min(_cost(make(n // 4)) for _ in range(2))
    large = min(_cost(make(n)) for _ in range(2))
    assert large < max(8 * small, 0.05)


def test_random_newsish_text_grows_linearly() -> None:
    text = _newsish(random.Random(5), 2_000_000)
    atts = run(text)
    assert atts
    for a in atts:
        assert 0 <= a.start <= a.end <= len(text)
        assert a.kind in ("named", "unnamed", "pronoun_carried", "document_cited")
    _linear(lambda n: _newsish(random.Random(5), n), 400_000)


def test_text_without_punctuation_grows_linearly() -> None:
    assert run("kata " * 400_000) == []
    _linear(lambda n: "kata " * (n // 5), 1_000_000)


def test_dense_cues_on_one_long_line_grow_linearly() -> None:
    words = ["kata", "Budi", "mengatakan", '"', "“", "”", ",", "ujarnya", "Menurut", "dia", "Kepala", "BPBD", "Garut", "x"]
    assert run(" ".join(random.Random(3).choices(words, k=100_000)))
    _linear(lambda n: " ".join(random.Random(3).choices(words, k=n)), 100_000)


@pytest.mark.parametrize(
    "text",
    [
        "Sebuah laporan mengatakan harga naik.",
        "Kamu menambahkan garam sedikit demi sedikit.",
        "Jadi mengatakan itu mudah.",
        "Sebagian mengatakan harga naik.",
        "Awalnya mengatakan tidak tahu.",
    ],
)
def test_function_words_opening_a_sentence_are_no_speaker(text: str) -> None:
    # "Sebuah" (a), "Kamu" (you), "Jadi" (so), "Sebagian" (some), "Awalnya" (at first)
    # open sentences; nobody of that name speaks
    assert all(a.speaker_name not in ("Sebuah", "Jadi", "Kamu", "Sebagian", "Awalnya") for a in run(text))


def test_dirinya_refers_back_like_a_pronoun() -> None:
    text = "Budi Santoso mengatakan harga naik. Dirinya menyebut pasokan cukup."
    second = run(text)[-1]
    assert (second.speaker_name, second.kind) == ("Budi Santoso", "pronoun_carried")


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised common word opening a noun phrase: nobody of that name speaks
        "Satu gol lagi akan memastikan langkah tim ke babak berikutnya.",
        "Kesepakatan yang diteken pada Senin itu menyebutkan tarif diturunkan.",
        "Sertifikat itu menerangkan bahwa produk sudah halal.",
        # what someone must do is not something said
        "Indonesia harus memastikan semua syarat dipenuhi sebelum kontrak diteken.",
        "Warga perlu menegaskan pilihannya sebelum tenggat.",
    ],
)
def test_common_words_opening_a_noun_phrase_name_no_speaker(text: str) -> None:
    assert [a.speaker_name for a in run(text) if a.kind == "named"] == []


def test_a_noun_phrase_with_a_name_in_it_is_that_person() -> None:
    text = "Penasihat ekonomi AS Kevin Hassett mengatakan pembicaraan dagang berjalan baik."
    (a,) = run(text, [(text.index("Kevin"), text.index(" mengatakan"), "PERSON")])
    assert (a.speaker_name, a.kind) == ("Kevin Hassett", "named")


def test_a_rank_described_refers_back() -> None:
    text = ("Kapolda Jawa Barat Irjen Rudi Setiawan mengatakan pasukan sudah siaga. "
            "Jenderal bintang dua itu menyebut anggotanya sudah dikerahkan.")
    second = run(text)[-1]
    assert (second.speaker_name, second.kind) == ("Rudi Setiawan", "pronoun_carried")


@pytest.mark.parametrize(
    "text",
    [
        "Budi juga mengatakan warga panik.",
        "Polri melalui Divisi Humas menegaskan kasus itu diusut.",
        "Syarifudin yang juga Ketua RT setempat mengatakan warga panik.",
    ],
)
def test_a_named_subject_with_an_adverb_or_clause_before_the_verb_still_speaks(text: str) -> None:
    assert [a.kind for a in run(text)] == ["named"]


def test_a_possessed_noun_is_an_unnamed_speaker() -> None:
    # "Ayahnya" (his father) speaks, but is no one's name
    (a,) = run("Ayahnya mengatakan korban pamit sejak pagi.")
    assert (a.speaker_name, a.kind, a.speaker_text) == (None, "unnamed", "Ayahnya")


def test_a_relative_of_a_named_person_is_not_that_person() -> None:
    text = "Istri Hanung Bramantyo mengungkapkan suasana rumah."
    (a,) = run(text, [(text.index("Hanung"), text.index(" mengungkapkan"), "PERSON")])
    assert (a.speaker_name, a.kind, a.speaker_text) == (None, "unnamed", "Istri Hanung Bramantyo")


def test_a_described_relative_or_politician_refers_back() -> None:
    for description in ("Suami Nagita Slavina itu", "Politikus Gerindra ini"):
        text = f"Budi Santoso mengatakan ia diundang. {description} menyebut acaranya meriah."
        second = run(text)[-1]
        assert (second.speaker_name, second.kind) == ("Budi Santoso", "pronoun_carried"), description


def test_a_politician_named_after_the_description_speaks() -> None:
    text = "Politikus Gerindra Budi Santoso menyebut komisi meminta penjelasan."
    (a,) = run(text, [(text.index("Budi"), text.index(" menyebut"), "PERSON")])
    assert (a.speaker_name, a.kind) == ("Budi Santoso", "named")


@pytest.mark.parametrize(
    "text",
    [
        "Tim tamu memastikan diri lolos setelah menang tipis.",
        "Lewat perjanjian itu, pemerintah ingin memastikan bahwa para nelayan kecil terlindungi.",
    ],
)
def test_making_sure_is_not_confirming(text: str) -> None:
    # "memastikan diri lolos" (secured a place), "ingin memastikan" (wants to make sure)
    assert run(text) == []


def test_confirming_still_is_speech() -> None:
    (a,) = run("Polisi memastikan kebakaran gudang itu tidak menelan korban.")
    assert (a.speaker_text, a.cue) == ("Polisi", "memastikan")


def test_a_degree_after_the_subject_is_skipped() -> None:
    text = "Konsultan Ginjal dan Hipertensi, dr. Decsa Medika Hertanto, Sp.PD-KGH, menjelaskan bahwa gejalanya samar."
    (a,) = run(text)
    assert a.speaker_name == "Decsa Medika Hertanto"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('"Kami usut," kata AKP Aprino Tamara kepada wartawan.', "Aprino Tamara", "named"),
        ("Iptu Arfen mengatakan pelaku ditangkap.", "Arfen", "named"),
        ('"Kami usut," kata dr. Tirta.', "Tirta", "named"),
        # a rank and nothing else names no one
        ('"Kami usut," kata Kombes Pol.', None, "unnamed"),
    ],
)
def test_a_speakers_name_is_without_the_rank_before_it(text: str, name: str | None, kind: str) -> None:
    (a,) = run(text)
    assert (a.speaker_name, a.kind) == (name, kind)


def test_a_former_title_holder_speaks_with_the_title() -> None:
    (a,) = run('"Itu keliru," kata Mantan Kepala Bapenda Kota Pekanbaru.')
    assert (a.speaker_text, a.kind, a.role, a.org) == (
        "Mantan Kepala Bapenda Kota Pekanbaru", "unnamed", "Kepala", "Bapenda Kota Pekanbaru"
    )


def test_lanjut_opening_a_sentence_is_not_part_of_the_name() -> None:
    (a,) = run("Lanjut Sani menambahkan, stok masih aman.")
    assert a.speaker_name == "Sani"


def test_an_organisation_with_commas_in_its_name_is_the_whole_subject() -> None:
    text = "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan cuaca cerah."
    end = text.index(" (BMKG)")
    (a,) = run(text, [(0, end, "ORG")])
    assert a.speaker_name == "Badan Meteorologi, Klimatologi, dan Geofisika"
    assert a.speaker_text == "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"
    # (with its country after it)
    text = "Badan Riset, Teknologi, dan Inovasi (BRTI) RI mengumumkan uji alat itu berhasil."
    end = text.index(" (BRTI)")
    (a,) = run(text, [(0, end, "ORG")])
    assert a.speaker_name == "Badan Riset, Teknologi, dan Inovasi"
    assert a.speaker_text == "Badan Riset, Teknologi, dan Inovasi (BRTI) RI"


def test_a_name_with_a_description_between_commas_speaks() -> None:
    (a,) = run("Budi, warga Garut, mengatakan rumahnya retak.")
    assert (a.speaker_name, a.kind, a.role) == ("Budi", "named", "warga Garut")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a board speaks, unnamed; a video's narration is a document cited
        ("Direksi menyatakan bahwa penutupan cabang itu bertujuan menghemat biaya.", "unnamed"),
        ("Narasi dalam rekaman itu menjelaskan ulah si anak.", "document_cited"),
    ],
)
def test_collective_and_document_words_are_no_names(text: str, kind: str) -> None:
    (a,) = run(text)
    assert (a.speaker_name, a.kind) == (None, kind)


def test_a_title_then_a_name_between_commas_takes_the_role_rules_split() -> None:
    # the clause before the name read alone would split "Menteri Lingkungan Hidup" from
    # an organisation "dan Kehutanan (LHK)"; the role rules read the whole phrase
    text = "Menteri Lingkungan Hidup dan Kehutanan (LHK), Hanif Faisol Nurofiq, mengungkapkan temuan baru."
    (a,) = run(text)
    assert (a.speaker_name, a.role, a.org) == (
        "Hanif Faisol Nurofiq", "Menteri Lingkungan Hidup dan Kehutanan (LHK)", None
    )


def test_an_adverb_clause_before_an_unnamed_source_is_not_a_name() -> None:
    # "Budi, warga Garut, mengatakan" joins a name and its description; "Terakhir" is
    # an adverb (finally), not a name
    (a,) = run("Terakhir, para peneliti mengungkap umur fosil tersebut.")
    assert (a.speaker_name, a.speaker_text, a.kind) == (None, "para peneliti", "unnamed")


@pytest.mark.parametrize(
    "text",
    [
        "Demi memastikan pengalaman menyeluruh, panitia menyiapkan tenda.",
        "Polisi bekerja untuk memastikan keamanan warga.",
        "Raisa tampil di panggung. Pelantun lagu Kali Kedua itu menuturkan bahwa ia gugup.",
        "Budi hadir. Perempuan 41 tahun ini menambahkan, ia belum menerima kabar.",
    ],
)
def test_purposes_and_descriptions_name_no_speaker(text: str) -> None:
    # "in order to ensure" is no speech; "the singer of that song", "this 41-year-old
    # woman" describe someone, they are not names
    assert all(a.speaker_name not in ("Demi", "Polisi", "Pelantun", "Perempuan 41") for a in run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lawsuit, the company (a listed one), a document: sources kept as written
        ("Gugatan menyebut perangkat keras mobil itu cacat sejak awal.", (None, "Gugatan", "unnamed")),
        ("Perseroan menyatakan dana hasil IPO dipakai untuk ekspansi.", (None, "Perseroan", "unnamed")),
        # the source named after a capitalised document word, as after "data Statista"
        ("Data Kaspersky mengungkap serangan ransomware bertambah.", ("Kaspersky", "Data Kaspersky", "named")),
        (
            "Laporan The Wall Street Journal mengungkap kedua perusahaan sedang bernegosiasi.",
            ("The Wall Street Journal", "Laporan The Wall Street Journal", "named"),
        ),
        # sentence adverbs in -nya are not names, with or without a comma after them
        ("Mulanya, saksi mengaku pernah diminta datang.", (None, "saksi", "unnamed")),
        ("Akibatnya, korban kini mengaku trauma.", (None, "korban", "unnamed")),
        ("Tepatnya Roser Alenta mengatakan timnya siap balapan.", ("Roser Alenta", "Roser Alenta", "named")),
    ],
)
def test_common_nouns_documents_and_adverbs_opening_the_speaker(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    (a,) = run(text)
    assert (a.speaker_name, a.speaker_text, a.kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Semua memastikan traksi yang baik di jalan basah.",
        "Alih-alih mengakui masalah, pabrikan itu menyalahkan pemilik.",
        "Regulasi baru ini berlaku mulai tahun depan dan secara resmi mengakui aset kripto.",
        "Irak dan Qatar sudah memastikan tiket ke babak berikutnya.",
    ],
)
def test_words_that_are_never_a_speaker(text: str) -> None:
    # "all", "instead of", "the new regulation", a team that secured qualification
    assert all(a.speaker_name is None or a.speaker_name not in ("Semua", "Alih-alih", "Regulasi", "Irak")
               for a in run(text))
    assert all(a.speaker_text not in ("Semua", "Alih-alih", "Regulasi", "Irak") for a in run(text))


def test_an_english_name_with_of_is_one_source() -> None:
    # "menurut Times of Israel": the outlet, not "Times"
    (a,) = run("Operasi itu dinamai Khaybar, menurut Times of Israel.")
    assert a.speaker_text == "Times of Israel"


@pytest.mark.parametrize("opening", ["Sampai saat ini, ", "Sebaliknya, ", "Mulanya ", "Dalam kesempatan itu, "])
def test_a_leading_connective_is_skipped_whole(opening: str) -> None:
    from kabar.analyze.attribution import _LEADING_CONNECTIVE

    m = _LEADING_CONNECTIVE.match(opening + "Rina Kartika mengatakan stok beras aman.")
    assert m is not None and m.group() == opening


def test_a_common_word_before_the_cue_verb_is_no_one_named() -> None:
    """"Termasuk mengatakan" is no speaker named "Termasuk" when the text writes
    "termasuk" in lower case elsewhere; a name written only capitalised stays one, and
    so does a name whose lower-case form is only half of a doubled word ("Sule-sule")."""
    common = "Bantuan itu termasuk beras. Termasuk mengatakan bahwa stok aman."
    assert [a.speaker_name for a in run(common) if a.kind == "named"] == []
    name = "Herman mengatakan bahwa stok aman. Harga herman tidak ada."
    assert [a.speaker_name for a in run(name, [(0, 6, "PERSON")])] == ["Herman"]
    doubled = "Sule mengatakan siaran itu seru. Ia tertawa, 'Sule-sule kasihan.'"
    assert [a.speaker_name for a in run(doubled)][:1] == ["Sule"]


def test_a_lawyer_named_before_his_relational_title_speaks_not_his_client() -> None:
    from kabar.analyze.stage import find_mentions

    text = "Sidang ditunda pekan lalu. Rahmat Hidayat, kuasa hukum Sinta Maharani, menyatakan bahwa saksi itu penting."
    attributions = find_mentions("d", text)[4]
    assert [(a.speaker_name, a.role, a.org) for a in attributions] == [("Rahmat Hidayat", "kuasa hukum", "Sinta Maharani")]


def test_a_word_of_a_name_given_elsewhere_stays_a_speaker() -> None:
    """"lanjut perry" in lower case does not make "Perry menyampaikan" a common word:
    the text names Perry Warjiyo."""
    text = "Gubernur BI Perry Warjiyo hadir. Suku bunga tetap, lanjut perry. Perry menyampaikan keputusan itu sejalan."
    p = text.index("Perry Warjiyo")
    found = run(text, [(p, p + len("Perry Warjiyo"), "PERSON")])
    assert "Perry" in {a.speaker_name for a in found}


def test_buka_after_a_quotation_opens_it_and_the_source_cited_is_not_the_speaker() -> None:
    text = '"Tes hari ini berjalan baik bagi kami," buka Dani Saputra dilansir dari Motoblog, Selasa (10/6/2025).'
    assert [(a.speaker_name, a.cue) for a in run(text)] == [("Dani Saputra", "buka")]
    # an instruction after a comma is no one's word
    assert run("Caranya mudah, buka Google Maps di ponsel lain.") == []


def test_what_a_market_figure_is_about_is_not_its_source() -> None:
    """"investor asing mencatat net sell": the foreign investors did the selling; no one
    is quoted. "Polisi mencatat" is still a source."""
    assert run("Investor asing masih mencatat net sell sebesar Rp 500 miliar kemarin.") == []
    assert [a.kind for a in run("Polisi mencatat 12 korban luka.")] == ["unnamed"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Pemain itu masih dalam pemulihan," bunyi pernyataan resmi Persib.', "Persib"),
    ('"Tiga unit dikerahkan ke lokasi," demikian keterangan Basarnas Kendari.', "Basarnas Kendari"),
    ('"Dividen dibagikan pada Juli," mengutip hasil RUPST PT Sinar Terang Abadi Tbk.', "RUPST PT Sinar Terang Abadi Tbk"),
])
def test_a_statement_named_after_a_quotation_is_its_source(text: str, speaker: str) -> None:
    found = run(text)
    assert [(a.speaker_text, a.quote) for a in found] == [(speaker, True)]


def test_a_statement_of_an_account_named_no_one_is_no_source() -> None:
    assert run('"Jalan ditutup sejak pagi," demikian tulis akun tersebut.') == []


def test_a_side_speaking_is_named_by_whose_side_it_is() -> None:
    assert [(a.speaker_text, a.speaker_name) for a in run("Pihak Sutomo Hadi mengatakan kliennya akan hadir.")] == [
        ("Pihak Sutomo Hadi", "Sutomo Hadi")]


def test_a_pronoun_after_a_sentence_about_someone_else_is_that_person() -> None:
    """"Senada dengan X, Y juga ... . Menurutnya, ...": Y, the subject of the sentence
    before, not X, the speaker before it."""
    text = (
        "Ketua DPRD Garut Anton Wibisono mengatakan panen tahun ini bagus. "
        "Senada dengan Anton, politikus Partai Hijau Laras Pratiwi juga menyambut baik hasil panen itu. "
        "Menurutnya, harga gabah akan stabil sampai akhir tahun."
    )
    found = run(text)
    assert [(a.sentence, a.speaker_name) for a in found] == [(0, "Anton Wibisono"), (2, "Laras Pratiwi")]
    assert (found[1].role, found[1].org, found[1].carried_from) == ("politikus", "Partai Hijau", 1)
    # a person spoken of in the passive is not the pronoun's antecedent
    text = (
        '"Acara tetap berjalan," kata Rudi Hartanto. '
        "Gubernur Sulawesi Barat Hamdan Yusuf diketahui sedang berada di luar negeri. "
        '"Jadwal peresmian diundur sepekan," ujarnya.'
    )
    assert [a.speaker_name for a in run(text)] == ["Rudi Hartanto", "Rudi Hartanto"]


def test_a_title_with_this_or_that_refers_back_to_its_holder() -> None:
    text = (
        "Bupati Garut Darmawan Sitepu meninjau pasar induk. "
        "Bupati itu mengatakan harga cabai mulai turun. "
        '"Stok cukup sampai Lebaran," ujar Politikus Partai Hijau ini.'
    )
    found = run(text)
    assert [(a.speaker_name, a.kind) for a in found] == [
        ("Darmawan Sitepu", "pronoun_carried"), ("Darmawan Sitepu", "pronoun_carried")]


def test_a_title_alone_is_the_person_last_named_with_it() -> None:
    text = (
        "Gubernur Kalimantan Selatan Hendra Saputra meresmikan jembatan baru. "
        "Gubernur menyatakan jembatan itu dibuka untuk umum. "
        "Dia menyebut dua prioritas pembangunan tahun depan."
    )
    assert [(a.speaker_name, a.role) for a in run(text)] == [("Hendra Saputra", "Gubernur")] * 2
    # a title many hold names no one
    text = "Jaksa Rina Melati membacakan dakwaan. Jaksa menyebut terdakwa menerima suap."
    assert [(a.speaker_text, a.speaker_name) for a in run(text)] == [("Jaksa", None)]


def test_what_someone_feels_is_reported_only_with_bahwa() -> None:
    assert [a.speaker_name for a in run("Wulan Sari merasa bahwa tarif baru terlalu tinggi.")] == ["Wulan Sari"]
    assert run("Warga merasa takut keluar rumah pada malam hari.") == []


def test_a_sentence_opening_with_because_continues_the_reported_speech_before_it() -> None:
    text = (
        "Kepala Dinas Perikanan Bambang Sulistyo mengatakan stok ikan di pasar aman. "
        "Karena cuaca di laut sudah membaik sejak pekan lalu. "
        "Karena itu, harga ikan tongkol turun."
    )
    found = run(text)
    assert [(a.sentence, a.speaker_name, a.carried_from) for a in found] == [
        (0, "Bambang Sulistyo", None), (1, "Bambang Sulistyo", 0)]


@pytest.mark.parametrize(
    "text",
    [
        # a deed admitted: no words reported
        "Pelaku sudah mengakui perbuatannya kepada polisi berinisial SL (22).",
        "Pelatih itu mengakui keunggulan lawan yang menang 3-1.",
        "Tersangka mengakui kesalahannya di depan 20 wartawan.",
    ],
)
def test_admitting_a_deed_reports_nothing(text: str) -> None:
    assert run(text) == []


def test_a_courtesy_is_words_said() -> None:
    (a,) = run("Bupati Garut Endang Suhendar menyampaikan terima kasih kepada 120 relawan.")
    assert (a.speaker_text, a.cue) == ("Bupati Garut Endang Suhendar", "menyampaikan")


@pytest.mark.parametrize(
    ("text", "names", "speaker", "cue"),
    [
        # ... but with "bahwa" it does
        ("Kapolres Cimahi AKBP Tono Suryadi mengakui bahwa 3 anggotanya terlibat.", None,
         "Kapolres Cimahi AKBP Tono Suryadi", "mengakui"),
        ("Kuasa hukum Fahmi Bachmid melanjutkan, bahwa kesepakatannya Rp5 miliar.", None,
         "Kuasa hukum Fahmi Bachmid", "melanjutkan"),
        ("PVMBG merekomendasikan agar warga tidak mendekati radius 3 km.", [(0, 5, "ORG")],
         "PVMBG", "merekomendasikan"),
    ],
)
def test_reported_speech_after_admitting_going_on_and_recommending(
    text: str, names: list[tuple[int, int, str]] | None, speaker: str, cue: str
) -> None:
    (a,) = run(text, names)
    assert (a.speaker_text, a.cue) == (speaker, cue)


def test_a_name_with_an_english_title_the_model_read_as_bodies_is_the_speaker() -> None:
    text = "Rudi Hartanto, Regional Division Head ASEAN Sinar Motor mengatakan penjualan naik 20 persen."
    # the model: a person, then the title's words and the company as two bodies
    names = [(0, 13, "PERSON"), (15, 43, "ORG"), (44, 55, "ORG")]
    (a,) = run(text, names)
    assert (a.speaker_name, a.role, a.org) == ("Rudi Hartanto", "Regional Division Head", "ASEAN Sinar Motor")


def test_words_read_out_are_the_readers_and_follow_the_clause_naming_him() -> None:
    text = "Rapat selesai sore. Dalam simpulan rapat yang dibacakan Ketua Komisi X Budi Santoso, ada tiga usulan."
    (a,) = run(text)
    assert (a.speaker_name, a.cue, text[a.start : a.end]) == ("Budi Santoso", "dibacakan", "ada tiga usulan.")
    (a,) = run("Putusan itu dibacakan hakim Rina Lestari di Medan.")
    assert (a.speaker_name, a.cue) == ("Rina Lestari", "dibacakan")
    # a statement read out for its author by someone unnamed is not his
    assert run("Pernyataan itu dibacakan oleh seorang penyiar televisi.") == []


def test_going_on_with_a_task_reports_nothing() -> None:
    assert run("Pemerintah melanjutkan pembangunan 5 jembatan di Garut.") == []


def test_a_relative_named_after_menurut_is_the_speaker() -> None:
    (a,) = run("Ketika berumur 9 tahun, ia pindah ke Bandung, menurut ayahnya, Hendrik.")
    assert (a.speaker_name, a.role, a.cue) == ("Hendrik", "ayah", "menurut")


def test_an_adverb_after_an_unnamed_source_is_not_part_of_it() -> None:
    (a,) = run("Pejabat Israel secara terpisah menyebut bantuan itu kurang dari satu truk.")
    assert a.speaker_text == "Pejabat Israel"


def test_so_said_and_the_verbs_of_a_prophets_saying() -> None:
    # "demikian" ("so") before the cue after a quotation; "sabda"/"bersabda" are
    # speech verbs
    assert who('"Sedekah tidak mengurangi harta," demikian sabda Rasulullah SAW.') == [
        (0, "Rasulullah SAW", "Rasulullah SAW", "named", "sabda", None)
    ]
    assert who('"Pintu kami terbuka," demikian kata Hendra Wijaya.')[0][1] == "Hendra Wijaya"
    (a,) = run('Rasulullah SAW bersabda: "Bersihkanlah halaman rumah kalian."')
    assert (a.speaker_text, a.cue) == ("Rasulullah SAW", "bersabda")


def test_a_report_a_publisher_released_is_the_publishers_not_the_last_speakers() -> None:
    """"Menurut laporan tersebut yang dirilis Reuters" cites the agency: not the mayor
    quoted before ("laporan tersebut" alone refers back), and no appositive after the
    comma ("korban meninggal" is the clause's subject)."""
    text = (
        '"Kami berduka," ujar Wali Kota Linz. Menurut laporan tersebut yang dirilis Reuters, korban meninggal '
        "mencakup lima pelajar. Menurut laporan tersebut, gedung sekolah ditutup sepekan."
    )
    found = who(text)
    assert found[1][:2] == (1, "laporan tersebut yang dirilis Reuters")
    assert found[1][5] is None
    # without a publisher the report is the one spoken of before
    assert found[2][0] == 2 and found[2][5] is not None


def test_a_named_person_noting_with_a_comma_reports() -> None:
    """ "mencatat" is a deed of anyone ("Indonesia mencatat rekor") but, with a comma
    after it, a named person's report."""
    text = "Perry Warjiyo hadir. Perry mencatat, nilai tukar rupiah menguat 0,06 persen."
    names = [(0, 13, "PERSON"), (21, 26, "PERSON")]
    (a,) = run(text, names)
    assert (a.sentence, a.speaker_text, a.cue) == (1, "Perry", "mencatat")
    assert run("Perry Warjiyo hadir. Perry mencatat rekor baru.", names) == []


def test_what_was_reported_is_not_who_reported_it() -> None:
    (a,) = run("Seperti dilaporkan Reuters, tiga orang tewas.")
    assert a.speaker_text == "Reuters"
    assert run("Di Indonesia dilaporkan beberapa kasus dari Jakarta, yakni dua pasien.") == []


def test_a_sources_data_is_that_sources_word() -> None:
    from datetime import datetime

    from kabar.analyze.stage import analyze_text

    result = analyze_text("d", "Menurut data Gaikindo, penjualan mobil mencapai 61.000 unit pada Mei.", datetime(2025, 6, 19))
    assert [a.speaker_text for a in result.attributions] == ["Gaikindo"]


def test_a_passive_with_his_pronoun_opening_a_sentence_carries_the_speaker() -> None:
    text = (
        '"Para guru sudah siap," tutur Wakil Menteri Sosial Budi Santosa. '
        "Dijelaskannya, retret digelar di dua tempat."
    )
    found = who(text)
    assert found[-1][0] == 1 and found[-1][2] == "Budi Santosa"


def test_disitat_cites_a_source() -> None:
    found = who("Disitat dari Carnewschina, harga mobil itu di bawah 130 ribu yuan.")
    assert [(f[1], f[3]) for f in found] == [("Carnewschina", "document_cited")]
