from __future__ import annotations

import random

import pytest
from _growth import grows_linearly

from kabar.analyze.sentences import (
    MAX_SENTENCE_CHARS,
    find_quotes,
    sentence_index,
    split_sentences,
)


def texts(text: str, **kwargs: bool) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, **kwargs)]


def assert_cover(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans in order, disjoint, stripped, and every non-space character in one."""
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text)
        assert not text[pos:s].strip(), repr(text[pos:s])
        assert not text[s].isspace() and not text[e - 1].isspace()
        pos = e
    assert not text[pos:].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   \n\n  ", []),
        ("Satu. Dua.", ["Satu.", "Dua."]),
        ("Apa? Ya! Baik.", ["Apa?", "Ya!", "Baik."]),
        ("Tanpa titik", ["Tanpa titik"]),
        # titles and abbreviations
        (
            "Dr. Budi tinggal di Jl. Merdeka No. 5. Ia bekerja di PT. Maju.",
            ["Dr. Budi tinggal di Jl. Merdeka No. 5.", "Ia bekerja di PT. Maju."],
        ),
        (
            "Ia ditemui dr. Tirta dan Ir. H. Djuanda serta Hj. Siti. Prof. Budi hadir.",
            ["Ia ditemui dr. Tirta dan Ir. H. Djuanda serta Hj. Siti.", "Prof. Budi hadir."],
        ),
        (
            "Kombes. Ferry dan Kompol. Budi bersama AKBP. Andi tiba. Bpk. Sdr. St. hadir.",
            ["Kombes. Ferry dan Kompol. Budi bersama AKBP. Andi tiba.", "Bpk. Sdr. St. hadir."],
        ),
        ("Dana a.n. Budi dikirim. Lalu selesai.", ["Dana a.n. Budi dikirim.", "Lalu selesai."]),
        # suffix abbreviations end a sentence before a capital only
        (
            "Ia membeli beras, gula, dll. Pemerintah siap. Budi dkk. datang.",
            ["Ia membeli beras, gula, dll.", "Pemerintah siap.", "Budi dkk. datang."],
        ),
        (
            "Sahamnya milik PT Antam Tbk. Perusahaan itu untung.",
            ["Sahamnya milik PT Antam Tbk.", "Perusahaan itu untung."],
        ),
        # a company's "Pte. Ltd." and "Sdn. Bhd." are one name
        (
            "Sidang TikTok Nusantara (SG) Pte. Ltd. digelar di KPPU. Lalu ditunda. Maybank Sdn. Bhd. Untung.",
            ["Sidang TikTok Nusantara (SG) Pte. Ltd. digelar di KPPU.", "Lalu ditunda.", "Maybank Sdn. Bhd.", "Untung."],
        ),
        (
            "Budi Santoso, S.H., M.Si. mengatakan itu. Ia lulus S.H. M.H. Lalu bekerja.",
            ["Budi Santoso, S.H., M.Si. mengatakan itu.", "Ia lulus S.H. M.H.", "Lalu bekerja."],
        ),
        # initials
        (
            "Maruba B.Sinaga dan B.J. Habibie serta Susilo B. Yudhoyono datang. Lalu pulang.",
            ["Maruba B.Sinaga dan B.J. Habibie serta Susilo B. Yudhoyono datang.", "Lalu pulang."],
        ),
        ("Tim lolos dari Grup A. Indonesia menang.", ["Tim lolos dari Grup A.", "Indonesia menang."]),
        ("Ia menulis di platform X. Ia menyesal.", ["Ia menulis di platform X.", "Ia menyesal."]),
        # a letter that is a label, not an initial: after a word the text writes before a
        # letter without a full stop, after a figure, at a list's end, before a connective
        (
            "Klub Serie A memantau Rossi. Timnya turun ke Serie B. Kabar itu ramai.",
            ["Klub Serie A memantau Rossi.", "Timnya turun ke Serie B.", "Kabar itu ramai."],
        ),
        ("Tim itu turun ke Serie C. Lantas, siapa pelatihnya?", ["Tim itu turun ke Serie C.", "Lantas, siapa pelatihnya?"]),
        ("Mobil itu ada di tipe S dan X. Harganya mahal.", ["Mobil itu ada di tipe S dan X.", "Harganya mahal."]),
        ("Pesantren itu berdiri pada 1402 H. Santrinya ribuan.", ["Pesantren itu berdiri pada 1402 H.", "Santrinya ribuan."]),
        ("Candi itu dibangun pada 850 M. Kini ramai.", ["Candi itu dibangun pada 850 M.", "Kini ramai."]),
        ("Kami tiba di Gedung Sinar Jaya, Jalan Kenanga H. Umar mengantar.", ["Kami tiba di Gedung Sinar Jaya, Jalan Kenanga H. Umar mengantar."]),
        ("Kata Hendra S. Wibisono, Hendra S Wibisono datang.", ["Kata Hendra S. Wibisono, Hendra S Wibisono datang."]),
        # figures
        (
            "Gempa M 4,8 di 8.27 LS dan 8.27LS pukul 15.24 WIB pada 18/6/2025. Nilainya Rp 1.868.154.000 atau 0,88%.",
            [
                "Gempa M 4,8 di 8.27 LS dan 8.27LS pukul 15.24 WIB pada 18/6/2025.",
                "Nilainya Rp 1.868.154.000 atau 0,88%.",
            ],
        ),
        ("Harganya naik 5. Pada 2024. 10 orang tewas.", ["Harganya naik 5.", "Pada 2024.", "10 orang tewas."]),
        # ellipses
        (
            "Kami... tidak tahu. Dia pergi... Lalu pulang. Lihat … Nanti.",
            ["Kami... tidak tahu.", "Dia pergi...", "Lalu pulang.", "Lihat …", "Nanti."],
        ),
        # enumerators opening a line
        ("1. Pertama adalah ini. 2. Kedua.", ["1. Pertama adalah ini.", "2. Kedua."]),
        # a full stop with the space lost
        ("Tim tiba di lokasi.Korban dibawa pulang.", ["Tim tiba di lokasi.", "Korban dibawa pulang."]),
        ("Baca di detik.com.Budi pulang.", ["Baca di detik.com.Budi pulang."]),
        # ... or a zero-width space after it
        ("Pendapatan Rp81,6 triliun.\u200bDi tahun 2024 laba naik.",
         ["Pendapatan Rp81,6 triliun.", "\u200bDi tahun 2024 laba naik."]),
        # ... after a bracket closing a date or a gloss, not inside a case number
        ("Ia diperiksa Kamis (12/6/2025).Menurut Dedi, semua beres.",
         ["Ia diperiksa Kamis (12/6/2025).", "Menurut Dedi, semua beres."]),
        ("Gugatan No.31/Pdt.Sus-Pailit/2023/PN.Smg. Sidang ditunda.",
         ["Gugatan No.31/Pdt.Sus-Pailit/2023/PN.Smg.", "Sidang ditunda."]),
        # "kl." (kurang lebih, "about") before a figure
        ("Kolom abu teramati setinggi kl. 800 meter di atas puncak. Angin ke barat.",
         ["Kolom abu teramati setinggi kl. 800 meter di atas puncak.", "Angin ke barat."]),
        # newlines always end a sentence
        ("Judul tanpa titik\nIsi pertama. Isi kedua\n\nPenutup", ["Judul tanpa titik", "Isi pertama.", "Isi kedua", "Penutup"]),
        ("Baris satu\r\nBaris dua", ["Baris satu", "Baris dua"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    assert_cover(text, split_sentences(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue after a quote stays with the quote
        (
            '"Kami siap. Tim sudah di lokasi," kata Budi. Ia lalu pergi.',
            ['"Kami siap.', 'Tim sudah di lokasi," kata Budi.', "Ia lalu pergi."],
        ),
        ('"Siapa yang salah?" tanya dia. Tidak ada jawaban.', ['"Siapa yang salah?" tanya dia.', "Tidak ada jawaban."]),
        ('"Saya!" Kata Budi. "Kamu!" Ujarnya pula.', ['"Saya!" Kata Budi.', '"Kamu!" Ujarnya pula.']),
        ('Ia berkata, "Kami siap." Lalu ia pergi.', ['Ia berkata, "Kami siap."', "Lalu ia pergi."]),
        # curly quotes
        (
            "“Kami siap. Tim sudah di lokasi,” ujar Rina. “Aman.” Selesai.",
            ["“Kami siap.", "Tim sudah di lokasi,” ujar Rina.", "“Aman.”", "Selesai."],
        ),
        ("‘Kami siap.’ Budi pergi.", ["‘Kami siap.’", "Budi pergi."]),
        ("(Lihat tabel.) Budi pergi.", ["(Lihat tabel.)", "Budi pergi."]),
    ],
)
def test_quotes(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_keep_quotes_keeps_a_quotation_and_its_cue_whole() -> None:
    text = '"Kami siap. Tim sudah di lokasi," kata Budi. Ia pergi. "Satu. Dua." Tiga.'
    assert texts(text, keep_quotes=True) == [
        '"Kami siap. Tim sudah di lokasi," kata Budi.',
        "Ia pergi.",
        '"Satu. Dua."',
        "Tiga.",
    ]


def test_emoji_and_mixed_scripts() -> None:
    text = "Mantap 🎉🔥. 日本語の文です。Ini bahasa Indonesia. Привет мир! مرحبا. Selesai 😀"
    spans = split_sentences(text)
    assert_cover(text, spans)
    assert texts(text) == [
        "Mantap 🎉🔥.",
        "日本語の文です。Ini bahasa Indonesia.",
        "Привет мир!",
        "مرحبا.",
        "Selesai 😀",
    ]


def test_long_text_without_punctuation_is_cut_in_bounded_chunks() -> None:
    text = " ".join(["kata"] * 420_000)  # ~2.1 MB
    assert len(text) > 2_000_000
    spans = split_sentences(text)
    assert_cover(text, spans)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert len(spans) >= len(text) // MAX_SENTENCE_CHARS
    grows_linearly(split_sentences, lambda n: "kata " * (n // 5), 1_000_000)


def test_one_huge_token_is_cut_hard() -> None:
    text = "x" * 10_000
    spans = split_sentences(text)
    assert_cover(text, spans)
    assert [e - s for s, e in spans] == [MAX_SENTENCE_CHARS] * 5


def test_random_text_is_covered_in_linear_time() -> None:
    rng = random.Random(7)
    alphabet = [*"abcdefghij ABCDE .,!?…\"“”‘’'()0123456789\n", "Dr.", "No.", " ", "🎉", "日", "…"]
    text = "".join(rng.choices(alphabet, k=2_000_000))
    spans = split_sentences(text)
    assert_cover(text, spans)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    split_sentences(text, keep_quotes=True)
    grows_linearly(split_sentences, lambda n: text[:n], 1_000_000)
    grows_linearly(lambda t: split_sentences(t, keep_quotes=True), lambda n: text[:n], 1_000_000)


def test_sentence_index() -> None:
    text = "Satu dua. Tiga empat.\nLima."
    spans = split_sentences(text)
    assert sentence_index(spans, 0) == 0
    assert sentence_index(spans, text.index("Tiga")) == 1
    assert sentence_index(spans, text.index("Lima")) == 2
    assert sentence_index(spans, text.index(" Tiga")) is None  # the space between
    assert sentence_index(spans, len(text) + 5) is None
    assert sentence_index([], 0) is None


def test_find_quotes() -> None:
    text = 'Ia berkata "kami siap" dan “semua aman,” ujar Ma\'ruf pada Jum\'at. ‘Oke’ katanya.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ['"kami siap"', "“semua aman,”", "‘Oke’"]
    assert all(q.closed for q in quotes)
    assert text[quotes[1].inner_start : quotes[1].inner_end] == "semua aman,"


def test_find_quotes_open_at_end_of_line() -> None:
    text = '"Kami siap. Tim sudah di lokasi.\n"Kami juga membawa logistik," kata Budi.'
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], q.closed) for q in quotes] == [
        ('"Kami siap. Tim sudah di lokasi.', False),
        ('"Kami juga membawa logistik,"', True),
    ]
