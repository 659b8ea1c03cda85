"""The clean stage on texts written for these tests (shapes copied from real scrapes)."""

from __future__ import annotations

import pytest

from kabar.clean import CleanOptions, clean_article, fingerprint
from kabar.clean.audit import survivors
from kabar.records import Article

OPTS = CleanOptions(repair_glued=False)


def _clean(text: str, outlet: str = "contoh", options: CleanOptions = OPTS) -> Article:
    return clean_article(Article(id="x", title="t", text=text, outlet=outlet), options)


def _reasons(article: Article) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in article.removed]


def _kept_after_a_sentence(line: str) -> bool:
    """Whether ``line``, after a sentence of the body, stays in the clean text."""
    return line in (_clean("Jalan itu rusak sejak Januari.\n" + line).clean_text or "")


RAW = """JAKARTA, KOMPAS.com
- Kepala Pelaksana BPBD Garut,
Rina Kartika
mengatakan bahwa
12 rumah
rusak akibat gempa pada Rabu (18/6/2025).
SCROLL TO CONTINUE WITH CONTENT
Baca juga:
Gempa M4,2 Guncang Sukabumi, 3 Rumah Rusak
Petugas masih mendata kerusakan di Kecamatan Cikajang.
ADVERTISEMENT
[Gambas:Video 20detik]
Dengarkan berita terbaru di WhatsApp channel kami
Foto: Warga membersihkan puing rumah (Dok. BPBD Garut)
"Kami minta warga tetap tenang," ujar Rina.
(Angkasa Yudhistira)
(rdp/yld)
gempa garut
bpbd
"""


def test_boilerplate_removed_with_reasons() -> None:
    article = _clean(RAW)
    assert article.clean_text == (
        "Kepala Pelaksana BPBD Garut, Rina Kartika mengatakan bahwa 12 rumah rusak akibat "
        "gempa pada Rabu (18/6/2025).\n"
        "Petugas masih mendata kerusakan di Kecamatan Cikajang.\n"
        '"Kami minta warga tetap tenang," ujar Rina.'
    )
    reasons = _reasons(article)
    assert ("dateline", "JAKARTA, KOMPAS.com\n-") in reasons
    assert ("scroll_marker", "SCROLL TO CONTINUE WITH CONTENT") in reasons
    assert ("read_also", "Baca juga:") in reasons
    assert ("read_also", "Gempa M4,2 Guncang Sukabumi, 3 Rumah Rusak") in reasons
    assert ("advertisement", "ADVERTISEMENT") in reasons
    assert ("video_embed", "[Gambas:Video 20detik]") in reasons
    assert ("promo", "Dengarkan berita terbaru di WhatsApp channel kami") in reasons
    assert ("photo_caption", "Foto: Warga membersihkan puing rumah (Dok. BPBD Garut)") in reasons
    assert ("byline", "(Angkasa Yudhistira)") in reasons
    assert ("editor_initials", "(rdp/yld)") in reasons
    assert ("tags", "gempa garut") in reasons and ("tags", "bpbd") in reasons
    assert article.dateline == "JAKARTA, KOMPAS.com\n-"
    assert article.byline == "(Angkasa Yudhistira)"
    for removed in article.removed:
        assert RAW[removed.start : removed.end] == removed.text


@pytest.mark.parametrize(
    "line",
    [
        "Baca Juga", "BACA JUGA:", "Baca juga: Harga Emas Naik Rp 10.000", "Lihat juga Video 'Banjir':",
        "MEMBACA: Polisi Tangkap Dua Pelaku", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Instagram]", "Artikel ini telah naik di Kompas.com dengan judul X",
        "Ikuti Whatsapp Channel Republika", "[ab/lt]", "(Fitra Iskandar)", "Penulis: Arby Salim",
        "Sumber: Antara", "pic.twitter.com/abc123XYZ",
        "— Badan Geologi (@badangeologi) June 18, 2025", "Editor: Oki Budiman",
        "Ilustrasi gempa (Image by Freepik)", "https://www.whatsapp.com/channel/0029",
    ],
)
def test_each_kind_of_boilerplate_line(line: str) -> None:
    article = _clean(f"Gempa terjadi di Garut pada Rabu sore.\n{line}\nWarga diminta tenang.")
    assert article.clean_text == "Gempa terjadi di Garut pada Rabu sore.\nWarga diminta tenang."
    assert len(article.removed) == 1


def test_read_also_titles_after_bare_marker_but_not_paragraphs() -> None:
    text = (
        "Paragraf pertama selesai di sini.\nBaca Juga\n"
        "Tersangka Korupsi Ditahan\nHarga Cabai Naik Lagi\n"
        "Polisi menyebut penyelidikan masih berjalan."
    )
    article = _clean(text)
    assert article.clean_text == "Paragraf pertama selesai di sini.\nPolisi menyebut penyelidikan masih berjalan."
    # liputan6: a bare marker followed directly by a real paragraph keeps it
    article = _clean("Satu dua tiga.\nBaca Juga\nDepresi adalah kondisi kesehatan mental yang nyata.")
    assert article.clean_text == "Satu dua tiga.\nDepresi adalah kondisi kesehatan mental yang nyata."


def test_inline_read_also_glued_into_paragraph() -> None:
    text = (
        "Tim tampil baik sejak awal.Baca Juga: Jadwal Lengkap Timnas Indonesia di Ronde Empat "
        "Namun begitu, lawan masih kesulitan menembus pertahanan."
    )
    article = _clean(text)
    assert article.clean_text == "Tim tampil baik sejak awal. Namun begitu, lawan masih kesulitan menembus pertahanan."
    [removed] = article.removed
    assert removed.reason == "read_also"
    assert removed.text == "Baca Juga: Jadwal Lengkap Timnas Indonesia di Ronde Empat"
    assert text[removed.start : removed.end].strip() == removed.text


def test_read_also_after_a_dash_is_cut_at_the_next_sentence() -> None:
    text = (
        "Pabrik itu mulai beroperasi pekan ini.BACA JUGA - Wuling Siap Luncurkan Dua Model Baru "
        "Ditawarkan pada harga Rp 250 juta, mobil itu menyasar keluarga muda."
    )
    article = _clean(text)
    assert article.clean_text == (
        "Pabrik itu mulai beroperasi pekan ini. Ditawarkan pada harga Rp 250 juta, mobil itu menyasar keluarga muda."
    )
    assert _reasons(article) == [("read_also", "BACA JUGA - Wuling Siap Luncurkan Dua Model Baru")]


def test_read_also_headlines_glued_on_without_spaces() -> None:
    # republika: the marker, then headlines and the next sentence glued together
    text = (
        "Warga diminta waspada sejak pagi.Baca JugaBanjir Rendam Tiga Desa di KarawangIni "
        "Jadwal Kereta Tambahan Libur Panjang?Petugas MotoGP Mandalika Siap BertugasDalam "
        "rapat itu, bupati meminta 40 perahu karet disiagakan."
    )
    article = _clean(text)
    assert article.clean_text == (
        "Warga diminta waspada sejak pagi. Dalam rapat itu, bupati meminta 40 perahu karet disiagakan."
    )
    [removed] = article.removed
    assert removed.reason == "read_also"
    # a name written with a capital inside ("MotoGP") is no place where headlines meet
    assert removed.text.endswith("Petugas MotoGP Mandalika Siap Bertugas")
    assert text[removed.start : removed.end] == removed.text
    # kapanlagi: "Yuk, simak juga" with headlines glued on to the paragraph's end
    text = "Serial itu tayang setiap Jumat malam.Yuk, simak jugaDaftar Drama Baru Bulan IniAktor Muda Raih Penghargaan"
    assert _clean(text).clean_text == "Serial itu tayang setiap Jumat malam."
    # a sentence that says "simak juga" is kept
    kept = "Selain itu, simak juga informasi keselamatan saat gempa."
    assert _clean(kept).clean_text == kept


def test_a_line_of_glued_headlines_after_a_call_to_read_more() -> None:
    # kapanlagi: many headlines glued after "Simak berita lainnya:", longer than a marker
    # + one headline
    listing = (
        "Simak berita lainnya:Penyanyi Muda Siap Rilis Album Kedua Akhir BulanKonser Amal di "
        "Bandung Kumpulkan Donasi RekorAktor Senior Kembali ke Layar Lebar Setelah Lima "
        "TahunFestival Musik Pantai Umumkan Jadwal Lengkap"
    )
    article = _clean("Album itu berisi sepuluh lagu.\n" + listing + "\nPenyanyi itu akan tur ke lima kota.")
    assert article.clean_text == "Album itu berisi sepuluh lagu.\nPenyanyi itu akan tur ke lima kota."
    assert _reasons(article) == [("read_also", listing)]
    # a paragraph that opens with "Cek" and goes on as sentences is kept
    kept = "Cek kondisi ban sebelum berangkat.DishubMengingatkan pemudik agar beristirahat tiap empat jam."
    assert _clean(kept).clean_text == kept


def test_read_also_headline_ends_where_a_sentence_is_glued_on() -> None:
    text = (
        "Harga minyak naik tajam.Baca Juga: Menteri Bahas Subsidi Energi dengan DPR RIMenurut "
        "data resmi, konsumsi solar naik 5 persen."
    )
    article = _clean(text)
    assert article.clean_text == "Harga minyak naik tajam. Menurut data resmi, konsumsi solar naik 5 persen."
    assert _reasons(article) == [("read_also", "Baca Juga: Menteri Bahas Subsidi Energi dengan DPR RI")]
    # "ini" after a capital word opens a sentence; a headline writes "Ini"
    text = (
        "Jalan itu ditutup sementara.Baca juga: Ini Syarat Mudik Gratis dari Pemprov Pabrik ini "
        "berdiri sejak 1990 dan mempekerjakan 300 orang."
    )
    assert _clean(text).clean_text == (
        "Jalan itu ditutup sementara. Pabrik ini berdiri sejak 1990 dan mempekerjakan 300 orang."
    )


def test_a_call_to_watch_a_programme_on_the_networks_channel_is_a_promo() -> None:
    text = (
        "Dalam episode terbaru, Sinta akhirnya bertemu ayahnya.\n"
        "Saksikan terus sinetron Cahaya Senja di SCTV.\n"
        "Apakah Sinta memaafkannya? Tonton kelanjutannya tiap malam jam 19.30 hanya di RCTI!"
    )
    article = _clean(text)
    assert article.clean_text == "Dalam episode terbaru, Sinta akhirnya bertemu ayahnya.\nApakah Sinta memaafkannya?"
    assert [reason for reason, _text in _reasons(article)] == ["promo", "promo"]
    # watching on television as a fact of the story is kept
    kept = "Ribuan warga menonton laga itu di alun-alun, sementara siaran langsung tayang di RCTI."
    assert _clean(kept).clean_text == kept


def test_editor_initials_glued_to_tags_at_end() -> None:
    article = _clean('"Kita jaga bersama," kata Basuki.(shc/kil)energi terbarukaninvestasi hijau')
    assert article.clean_text == '"Kita jaga bersama," kata Basuki.'


def test_a_headline_that_exclaims_or_asks_inside_the_body_is_removed() -> None:
    text = (
        "Dinas perhubungan membuka dua jalur baru pada Senin pagi.\n"
        "Mobil Listrik Murah Meluncur Pekan Depan, Harga Mulai Rp 90 Juta!\n"
        "Kepala dinas mengatakan jalur itu mengurangi antrean di gerbang tol.\n"
        "Kenapa Jalur Baru Dibuka Sekarang?\n"
        "Menurut dia, arus kendaraan naik sejak awal bulan.\n"
        "9 Motor Sitaan yang Dilelang Pekan Ini: Vespa sampai Harley!\n"
        "Lelang dibuka untuk umum."
    )
    article = _clean(text)
    reasons = _reasons(article)
    assert ("headline", "9 Motor Sitaan yang Dilelang Pekan Ini: Vespa sampai Harley!") in reasons
    assert ("headline", "Mobil Listrik Murah Meluncur Pekan Depan, Harga Mulai Rp 90 Juta!") in reasons
    assert ("headline", "Kenapa Jalur Baru Dibuka Sekarang?") in reasons
    assert "Rp 90" not in (article.clean_text or "")
    # a sentence that asks, a numbered item, a quote and a short cry stay
    for kept in (
        "Warga bertanya, kapan jalan itu diperbaiki?",
        "3. Cek Jadwal Kereta Sebelum Berangkat!",
        "\"Ayo Dukung Timnas Indonesia Sampai Akhir!\"",
        "Awas Macet!",
    ):
        assert _kept_after_a_sentence(kept), kept


def test_a_title_cased_line_with_no_end_mark_inside_the_body_is_a_headline() -> None:
    text = (
        "Umat Islam menjalankan puasa sunnah mulai Selasa pekan ini.\n"
        "Perahu Nelayan Terbalik Diterjang Ombak, Dua Awak Hilang di Laut Selatan\n"
        "Berikut tata cara dan niat puasa yang dianjurkan para ulama.\n"
        "Jadwal dan Niat Puasa Sunnah Pekan Ini\n"
        "Niat puasa dibaca pada malam hari."
    )
    article = _clean(text)
    reasons = _reasons(article)
    assert ("headline", "Perahu Nelayan Terbalik Diterjang Ombak, Dua Awak Hilang di Laut Selatan") in reasons
    assert ("headline", "Jadwal dan Niat Puasa Sunnah Pekan Ini") in reasons
    assert "Awak Hilang" not in (article.clean_text or "")
    # a list's, a schedule's, a line-up's or a CV's line stays, and so does a short one
    for kept in (
        "Bek: Rizky Ridho, Jay Idzes, Kevin Diks, Justin Hubner",
        "Sabtu 21 Juni 2025 19.30 WIB Persib Bandung vs Persija Jakarta",
        "Ketua Dewan Pengawas Rumah Sakit Umum Daerah 2019-2024",
        "Seattle Sounders FC (AS) - Liga Champions Concacaf",
        "Profil Singkat Pelatih Baru Itu",
        # a numbered heading, its space written as word joiners
        "2.\u2060 \u2060PT Sinar Baru Makmur (SBM) di Pulau Kecil Utara",
    ):
        assert _kept_after_a_sentence(kept), kept


def test_one_editors_initials_after_the_last_sentence_are_boilerplate() -> None:
    article = _clean("Panitia membagikan daging kepada warga sekitar masjid.(kmr)")
    assert article.clean_text == "Panitia membagikan daging kepada warga sekitar masjid."
    assert ("editor_initials", "(kmr)") in _reasons(article)
    # a bracketed word inside a sentence, or one not after a sentence's end, is the text's
    for kept in ("Harga cabai naik (lagi) di pasar itu.", "Pemain itu cedera lutut (acl)"):
        assert _clean(kept).clean_text == kept


def test_a_related_videos_headline_and_initials_with_a_digit_are_boilerplate() -> None:
    text = (
        "Banjir merendam tiga desa sejak Senin pagi.\n"
        "Warga mengungsi ke balai desa terdekat.\n"
        "Video: Warga Tiga Desa Mengungsi Akibat Banjir Kiriman\n"
        "(abc/de2)\n"
        "banjir kiriman"
    )
    article = _clean(text)
    assert article.clean_text == "Banjir merendam tiga desa sejak Senin pagi.\nWarga mengungsi ke balai desa terdekat."
    reasons = _reasons(article)
    assert ("video_embed", "Video: Warga Tiga Desa Mengungsi Akibat Banjir Kiriman") in reasons
    assert ("editor_initials", "(abc/de2)") in reasons
    # a sentence that opens with "Video:" is kept
    kept = _clean("Video: polisi merilis rekaman itu pada Senin.\nRekaman itu beredar luas.")
    assert (kept.clean_text or "").startswith("Video: polisi merilis")


def test_embedded_tweet_residue_cut_inside_paragraph() -> None:
    text = (
        "Drone itu ditembak jatuh.pic.twitter.com/abcDEF123— Akun Berita (@akunberita)June 18, 2025 "
        "Militer menyebut 10 drone lain masih beroperasi."
    )
    article = _clean(text)
    assert survivors(article.clean_text or "") == {}
    assert "10 drone lain masih beroperasi" in (article.clean_text or "")


def test_learned_boilerplate_only_for_its_outlet() -> None:
    line = "Simak informasi selengkapnya di bawah ini."
    options = CleanOptions(boilerplate={"contoh": frozenset({fingerprint(line)})}, repair_glued=False)
    text = f"Kalimat berita pertama.\n{line}\nKalimat berita kedua."
    assert _clean(text, "contoh", options).clean_text == "Kalimat berita pertama.\nKalimat berita kedua."
    assert line in (_clean(text, "lain", options).clean_text or "")


def test_real_lists_and_quotes_are_kept() -> None:
    text = (
        "Berikut daftar perusahaan yang izinnya dicabut:\n"
        "1. PT Anugerah Surya Pratama\n2. PT Nurham\n"
        '"Keputusan ini final," kata Bahlil.\n'
        "Harga saham ditutup naik 0,88% ke Rp 458 per saham."
    )
    article = _clean(text)
    assert article.clean_text == text
    assert article.removed == []


def test_empty_and_whitespace_text() -> None:
    assert _clean("").clean_text == ""
    assert _clean("\n \n").clean_text == ""


def test_mojibake_is_decoded_and_counted() -> None:
    # UTF-8 read as Latin-1 upstream: the band "2,5±1%" and a name read right again;
    # curly quotes and the rest stay as written
    text = "BI menjaga inflasi dalam sasaran 2,5Â±1%, kata Perry.\n\nKylian MbappÃ© mencetak “gol” pertama."
    article = clean_article(Article(id="m1", title="Uji", text=text))
    assert article.clean_text == (
        "BI menjaga inflasi dalam sasaran 2,5±1%, kata Perry.\nKylian Mbappé mencetak “gol” pertama."
    )
    assert article.extra["encoding_repairs"] == 2
    plain = clean_article(Article(id="m2", title="Uji", text="Harga naik 5% — kata dia “pekan ini”."))
    assert "encoding_repairs" not in plain.extra
    # letters of other two-byte sequences than "Â"/"Ã" ones; real accents stay
    other = clean_article(Article(id="m3", title="Uji", text="Forum itu digelar di GdaÅ\x84sk dan Ä°zmir."))
    assert other.clean_text == "Forum itu digelar di Gdańsk dan İzmir."
    kept = clean_article(Article(id="m4", title="Uji", text="Ärger di Öresund, kata Ødegaard."))
    assert kept.clean_text == "Ärger di Öresund, kata Ødegaard."


def test_glue_repair_reads_the_headline_names() -> None:
    text = "Ketua Umum PSSI, Erick Thohiringin timnas berbenah usai kalah."
    article = clean_article(Article(id="g1", title="Kata Erick Thohir Usai Laga", text=text))
    assert article.clean_text == "Ketua Umum PSSI, Erick Thohir ingin timnas berbenah usai kalah."
    assert article.extra["glue_repairs"] == [["Thohiringin", "Thohir ingin"]]


def test_related_videos_headlines_closing_an_article_are_removed() -> None:
    text = (
        "Polisi menahan dua pengemudi truk setelah tabrakan di Tol Cipali, Senin (9/6/2025).\n\n"
        "\"Keduanya masih diperiksa,\" kata Kasat Lantas.\n\n"
        "Lihat Video '12 Penerbangan Dibatalkan Imbas Abu Vulkanik':\n\n"
        "Video 7 Gol Tercipta di Laga Uji Coba, Pelatih Puas\n"
        "Video Bus Terguling di Jalan Menurun, Dua Penumpang Luka\n"
    )
    article = _clean(text)
    assert article.clean_text == (
        "Polisi menahan dua pengemudi truk setelah tabrakan di Tol Cipali, Senin (9/6/2025).\n"
        "\"Keduanya masih diperiksa,\" kata Kasat Lantas."
    )
    assert [r for r, _t in _reasons(article)] == ["video_embed"] * 3


def test_a_video_headline_inside_an_article_is_kept() -> None:
    # a hoax check's list names the hoaxes by their headlines; only the last lines of an
    # article are related videos, and only two of them are taken
    text = (
        "Berikut daftar hoaks pekan ini.\n"
        "Video Awan Panas Turun dari Puncak Sindoro 3 Maret 2025\n"
        "Klaim itu keliru: video tersebut direkam di Guatemala.\n"
        "Video Banjir Setinggi 3 Meter di Pusat Kota\n"
        "Video Lama Beredar Lagi dengan Narasi Baru\n"
        "Video Tornado di Sumedang Disebut Terjadi Hari Ini\n"
    )
    kept = _clean(text).clean_text
    assert "Video Awan Panas Turun dari Puncak Sindoro 3 Maret 2025" in kept
    assert "Video Banjir Setinggi 3 Meter di Pusat Kota" in kept
    assert "Tornado" not in kept and "Narasi Baru" not in kept


def test_a_reporters_credit_with_the_outlets_site_is_a_byline() -> None:
    text = (
        "Api melalap tiga kios di Pasar Atas, Selasa (17/6/2025). \"Tidak ada korban jiwa,\" "
        "kata Kapolsek. (TribunPadang.com/Rahmat Hidayat)\n"
        "Warga membantu memadamkan api dengan ember.\n"
        "( TRIBUNLAMPUNG.CO.ID / KOMPAS.COM )\n"
        "(alj/tribun-medan.com)\n"
        "Bergabung dengan WA Tribun Medan di sini >>>\n"
        "Artikel ini pertama kali tayang dalam bahasa Jerman\n"
        "Diadaptasi oleh Dewi Lestari\n"
        "Diproduksi oleh Rina Wulan dari laporan dalam bahasa Inggris\n"
    )
    article = _clean(text)
    assert article.clean_text == (
        "Api melalap tiga kios di Pasar Atas, Selasa (17/6/2025). \"Tidak ada korban jiwa,\" kata Kapolsek.\n"
        "Warga membantu memadamkan api dengan ember."
    )
    assert _reasons(article) == [
        ("byline", "(TribunPadang.com/Rahmat Hidayat)"),
        ("byline", "( TRIBUNLAMPUNG.CO.ID / KOMPAS.COM )"),
        ("byline", "(alj/tribun-medan.com)"),
        ("promo", "Bergabung dengan WA Tribun Medan di sini >>>"),
        ("byline", "Artikel ini pertama kali tayang dalam bahasa Jerman"),
        ("byline", "Diadaptasi oleh Dewi Lestari"),
        ("byline", "Diproduksi oleh Rina Wulan dari laporan dalam bahasa Inggris"),
    ]


def test_the_words_a_removed_line_was_cut_before_go_with_it() -> None:
    # the scraper put the link's words on their own line; a long line after is text
    text = (
        "Warga diminta tetap waspada terhadap cuaca ekstrem.\n"
        "Artikel ini telah naik di\n"
        "detikBali.\n"
        "Baca selengkapnya di\n"
        "Petugas BPBD masih berjaga di lokasi hingga Kamis malam.\n"
        "Simak selengkapnyadi sini.\n"
    )
    article = _clean(text)
    assert article.clean_text == (
        "Warga diminta tetap waspada terhadap cuaca ekstrem.\n"
        "Petugas BPBD masih berjaga di lokasi hingga Kamis malam."
    )
    assert _reasons(article) == [
        ("republished", "Artikel ini telah naik di"), ("republished", "detikBali."),
        ("read_also", "Baca selengkapnya di"), ("read_also", "Simak selengkapnyadi sini."),
    ]


def test_the_place_a_removed_read_more_line_points_to_goes_with_it() -> None:
    # "selengkapnya" and the link's preposition and words on the next lines
    text = (
        "Warga diminta tetap waspada terhadap cuaca ekstrem.\n"
        "Baca berita selengkapnya\ndi sini.\n"
        "Petugas BPBD masih berjaga di lokasi.\n"
        "Baca selengkapnya di\nsini\n.\n"
        "Artikel ini sudah naik di detikSulsel, silakan dibaca selengkapnya\ndi sini\ndan\ndi sini.\n"
        "Baca selengkapnya\nGempa susulan terasa hingga Bantul.\n"
    )
    assert _clean(text).clean_text == (
        "Warga diminta tetap waspada terhadap cuaca ekstrem.\nPetugas BPBD masih berjaga di lokasi.\n"
        "Gempa susulan terasa hingga Bantul."
    )


def test_a_report_opening_a_line_is_no_byline_unless_a_reporter_is_named() -> None:
    text = (
        "Laporan Wartawan Tribun Contoh, Rina Lestari\n"
        "Laporan Dedi Kurnia | Banda Aceh\n"
        "Laporan tersebut telah diterima pihak kepolisian pada Senin (9/6/2025).\n"
        "Laporan media lokal\n"
        "menyebut dua orang terluka.\n"
        "Pilihan editor:Harga Cabai Naik Jelang Lebaran\n"
    )
    article = _clean(text)
    assert [r for r, _t in _reasons(article)] == ["byline", "byline", "read_also"]
    assert "Laporan tersebut telah diterima" in article.clean_text and "Laporan media lokal" in article.clean_text



def test_a_dateline_after_a_byline_line_is_a_dateline() -> None:
    raw = "Laporan Wartawan TribunContoh.com, Dewi Lestari\nTRIBUNCONTOH.COM, KLATEN - Seorang warga ditemukan.\nIsi kedua."
    article = _clean(raw)
    assert article.clean_text == "Seorang warga ditemukan.\nIsi kedua."
    assert article.dateline == "TRIBUNCONTOH.COM, KLATEN -"
    assert ("dateline", "TRIBUNCONTOH.COM, KLATEN -") in _reasons(article)
    for removed in article.removed:
        assert raw[removed.start : removed.end] == removed.text
    # a text that opens with its own words keeps them
    assert _clean("Laporan Wartawan TribunContoh.com, Dewi Lestari\nSeorang warga - kata polisi.").clean_text == (
        "Seorang warga - kata polisi."
    )


def test_a_caption_with_its_credit_after_foto_is_a_caption() -> None:
    text = (
        "Pabrikan itu membuka pabrik keduanya di Karawang, Selasa (10/6/2025).\n"
        "Pabrik baru di Karawang. Foto: Dok. Pabrikan\n"
        "Mobil uji berwarna merah Foto: (Nama Fotografer/detikOto)\n"
        "Warga mengirim foto: gambar itu viral.\n"
    )
    article = _clean(text)
    assert [r for r, _t in _reasons(article)] == ["photo_caption", "photo_caption"]
    assert "Warga mengirim foto: gambar itu viral." in (article.clean_text or "")


def test_a_caption_ending_with_its_photographer_or_credit_is_a_caption() -> None:
    text = (
        "Festival layang-layang digelar di pantai selatan, Minggu (15/6/2025).\n"
        "Layang-layang naga di atas pantai (Rina Kartika/detikJateng)\n"
        "Poster film horor terbaru (credit: instagram/rumahproduksi)\n"
        "Letak dua pulau kecil di selatan teluk itu (Tangkapan layar peta daring)\n"
        "Panitia mencatat 300 peserta (data panitia/2025) dari lima provinsi.\n"
    )
    article = _clean(text)
    assert [r for r, _t in _reasons(article)] == ["photo_caption"] * 3
    assert "Panitia mencatat 300 peserta" in (article.clean_text or "")


def test_a_credit_alone_under_a_picture_or_capitalised_is_a_caption() -> None:
    text = (
        "Drama itu tayang di tiga layanan streaming mulai pekan depan.\n"
        "(credit: situsdrama.com)\n"
        "Penyanyi muda di panggung festival (Credit: Istimewa)\n"
        "Loading...\n"
        "KOMPAS.com/AndiMobil listrik keluaran terbaru\n"
        "Penjualan mobil listrik naik 12 persen pada Mei.\n"
    )
    article = _clean(text)
    assert [r for r, _t in _reasons(article)] == ["photo_caption", "photo_caption", "social_embed", "photo_caption"]
    assert "Penjualan mobil listrik naik 12 persen" in (article.clean_text or "")


def test_a_caption_opening_with_an_agency_and_its_photographer_is_a_caption() -> None:
    text = (
        "Emiten itu melepas 10 persen sahamnya kepada publik pada Juni 2025.\n"
        "UNSPLASH/RINA KARTIKA Ilustrasi layar perdagangan saham.\n"
        "SHUTTERSTOCK/BUDI SANTOSO\n"
        "Kompas.com/Andi mencatat harga saham naik 3 persen.\n"
    )
    article = _clean(text)
    assert [r for r, _t in _reasons(article)] == ["photo_caption", "photo_caption"]
    assert "Kompas.com/Andi mencatat" in (article.clean_text or "")


def test_a_line_written_twice_in_a_row_is_kept_once() -> None:
    text = (
        "Film itu tayang perdana di Busan pada Oktober 2025.\n"
        "Film itu tayang perdana di Busan pada Oktober 2025.\n"
        "Lagu penutupnya berulang:\n"
        "La-la-li la-la-li lo\n"
        "La-la-li la-la-li lo\n"
        "Harga tiket: Rp 50.000\n"
        "Penonton antre sejak pagi.\n"
    )
    article = _clean(text)
    assert _reasons(article) == [("repeated_line", "Film itu tayang perdana di Busan pada Oktober 2025.")]
    # a song's lines are repeated as sung
    assert (article.clean_text or "").count("La-la-li la-la-li lo") == 2


def test_another_articles_headline_written_twice_at_the_end_is_a_read_also() -> None:
    text = (
        "Mobil itu dijual mulai Rp 449 juta, kata juru bicara pabrikan.\n"
        "Uji Jalan Mobil Hybrid Baru: Irit, tapi Mahal?\n"
        "Uji Jalan Mobil Hybrid Baru: Irit, tapi Mahal?\n"
        "(abc/def)\n"
    )
    article = _clean(text)
    assert article.clean_text == "Mobil itu dijual mulai Rp 449 juta, kata juru bicara pabrikan."
    assert [r for r, _t in _reasons(article)] == ["read_also", "read_also", "editor_initials"]
    # a line of a song ending an article, written twice, is no headline
    song = _clean("Lirik lagu itu sebagai berikut.\nKau tetap di hatiku\nKau tetap di hatiku\n")
    assert (song.clean_text or "").count("Kau tetap di hatiku") == 2


def test_the_article_written_again_after_itself_is_kept_once() -> None:
    body = (
        "Banjir setinggi satu meter merendam tiga desa di Kecamatan Sukamaju sejak Senin malam, kata petugas BPBD.\n"
        "Sebanyak 240 warga mengungsi ke balai desa.\n"
        "Petugas masih menyedot air dari permukiman."
    )
    # the scraper's second copy, with its dateline and its lines joined differently
    copy = (
        "SUKAMAJU - Banjir setinggi satu meter merendam tiga desa di Kecamatan Sukamaju sejak Senin malam, "
        "kata petugas BPBD. Sebanyak 240 warga mengungsi ke balai desa. Petugas masih menyedot air dari permukiman."
    )
    cleaned = _clean(body + "\n" + copy)
    assert cleaned.clean_text is not None and cleaned.clean_text.count("240 warga") == 1
    assert [r.reason for r in cleaned.removed] == ["repeated_copy"]


def test_a_teaser_line_written_again_in_the_body_goes_alone() -> None:
    text = (
        "Warga menolak rencana pembangunan tempat pembuangan sampah di dekat sumber mata air desa mereka.\n"
        "KOTA SUKAMAJU - Ratusan warga Desa Cibeureum berunjuk rasa di kantor bupati, Selasa.\n"
        "Warga menolak rencana pembangunan tempat pembuangan sampah di dekat sumber mata air desa mereka.\n"
        "Bupati berjanji meninjau ulang izin proyek itu pekan depan.\n"
        "Aksi berakhir damai menjelang sore."
    )
    cleaned = _clean(text)
    assert cleaned.clean_text is not None
    assert cleaned.clean_text.count("sumber mata air") == 1 and "meninjau ulang" in cleaned.clean_text
    assert [(r.reason, r.start) for r in cleaned.removed if r.reason == "repeated_copy"] == [("repeated_copy", 0)]


def test_a_range_written_with_a_box_drawing_dash_reads_as_a_range() -> None:
    cleaned = _clean("Diskon berlaku 13\u2500 29 Juni 2025 di semua gerai.")
    assert cleaned.clean_text == "Diskon berlaku 13\u2013 29 Juni 2025 di semua gerai."


def test_the_outlets_dateline_opening_the_copy_kept_goes_too() -> None:
    body = (
        "Banjir setinggi satu meter merendam tiga desa di Kecamatan Sukamaju sejak Senin malam, kata petugas BPBD.\n"
        "Petugas masih menyedot air."
    )
    # the fuller copy after it opens with the outlet's dateline
    copy = (
        "REPUBLIKA.CO.ID, SUKAMAJU--Banjir setinggi satu meter merendam tiga desa di Kecamatan Sukamaju sejak "
        "Senin malam, kata petugas BPBD. Sebanyak 240 warga mengungsi ke balai desa. Petugas masih menyedot air."
    )
    cleaned = _clean(body + "\n" + copy)
    assert cleaned.clean_text is not None and cleaned.clean_text.startswith("Banjir setinggi")
    assert "REPUBLIKA" not in cleaned.clean_text and "240 warga" in cleaned.clean_text
    assert ("dateline", "REPUBLIKA.CO.ID, SUKAMAJU--") in [(r.reason, r.text) for r in cleaned.removed]


def test_an_outlets_note_that_the_article_ran_first_elsewhere_goes() -> None:
    article = _clean(
        "Gunung itu ditutup sementara.\nArtikel ini telah lebih dulu tayang di detiksulsel, baca di sana."
    )
    assert article.clean_text == "Gunung itu ditutup sementara."
    assert _reasons(article)[0][0] == "republished"


def test_a_dateline_of_a_city_written_with_accents_goes() -> None:
    article = _clean("GDAŃSK- Menteri Kebudayaan berpidato di forum bisnis.")
    assert article.dateline == "GDAŃSK-"
    assert article.clean_text == "Menteri Kebudayaan berpidato di forum bisnis."


def test_a_sentence_opening_cut_off_by_a_stripped_link_is_joined_again() -> None:
    text = (
        "Pemkot masih menimbang usul itu di Bogor. Wali Kota\nBogor\nDedie Rachim berkata usul itu "
        "dibahas.\nIa menimbang Pasar Malam Rakyat\n(PMR) setiap akhir bulan.\nKodifikasi\nUsul serupa pernah muncul."
    )
    assert _clean(text).clean_text == (
        "Pemkot masih menimbang usul itu di Bogor. Wali Kota Bogor Dedie Rachim berkata usul itu dibahas.\n"
        "Ia menimbang Pasar Malam Rakyat (PMR) setiap akhir bulan.\nKodifikasi\nUsul serupa pernah muncul."
    )
    # a list item's heading and a pull quote's author stay lines of their own
    item = "1. Tombol Baru Bisa Curi Data? Ini Penjelasan Pabrik\nPengguna ramai membahas pesan berantai."
    assert _clean(item).clean_text == item
    quote = "“Emas tetap menarik bagi para pemodal besar.” Rudi Hartono\nLaporan itu terbit tiap kuartal."
    assert _clean(quote).clean_text == quote


def test_a_lead_opening_cut_before_a_linked_name_is_joined_again() -> None:
    # the link's words alone on their line, the sentence going on in lower case after them
    text = "Penyanyi\nRaisa Andriana\nmenunda konser di Medan. Tiket tetap berlaku.\nBupati Sleman\nHarda\nmeninjau pasar."
    assert _clean(text).clean_text == (
        "Penyanyi Raisa Andriana menunda konser di Medan. Tiket tetap berlaku.\nBupati Sleman Harda meninjau pasar."
    )
    # a subheading and a list's figure stay lines of their own
    heading = "Harga Cabai Terus Naik\nBawang\nmerah ikut naik di pasar."
    assert _clean(heading).clean_text.startswith("Harga Cabai Terus Naik\n")
    item = "Harga per kilo: Rp 40.000\nSemua\nharga berlaku hari ini."
    assert _clean(item).clean_text.startswith("Harga per kilo: Rp 40.000\n")


def test_an_inline_related_headline_leaves_the_next_sentences_opening_word() -> None:
    from kabar.clean.rules import inline_read_also

    line = (
        "Hal itu ia katakan pada Senin (2/6).Baca Juga: Gula Selundupan Bukan Soal Kecil, Rugi Negara "
        "hingga Rp5 Triliun Menurut Misbakhun, pabrik gula kecil ikut menopang desa."
    )
    [(_start, end)] = inline_read_also(line)
    assert line[end:].startswith("Menurut Misbakhun, pabrik gula")
    # a headline's own last word stays cut with it
    other = "Kata dia. Baca Juga: Bentrok Suporter Pecah di Stadion Utama Polisi menangkap tiga orang."
    [(_start, end)] = inline_read_also(other)
    assert other[end:].startswith("Polisi menangkap")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a sentence opener further back than the word before the first lower-case word
        ("Ia tiba. Baca juga: Bus Tabrak Truk di Tol, 2 Orang Luka Sesampainya di TKP KM 12 jalur B, petugas "
         "memeriksa bus.", "Sesampainya di TKP KM 12 jalur B"),
        ("Ia tiba. Baca Juga: Warga Tinjau Tenda Pengungsi Diketahui, Wali Kota Bandung Budi meninjau tenda.",
         "Diketahui, Wali Kota Bandung Budi meninjau"),
        ("Ia tiba. Baca Juga: Suporter Ramaikan Stadion Namun, Jepang tetap tak terbendung.",
         "Namun, Jepang tetap"),
        # a question closing the headline right before a name opening the sentence
        ("Ia tiba. Baca juga: Pelatih Dicopot Usai Gagal Juara Piala Liga? Arne Slot sendiri mengaku betah.",
         "Arne Slot sendiri"),
    ],
)
def test_an_inline_related_headline_ends_where_the_glued_sentence_opens(line: str, kept: str) -> None:
    from kabar.clean.rules import inline_read_also

    [(_start, end)] = inline_read_also(line)
    assert line[end:].startswith(kept)


def test_a_question_inside_an_inline_headline_does_not_end_it() -> None:
    from kabar.clean.rules import inline_read_also

    line = "Ia tiba. Baca juga: Ingin Jadi Abdi Negara? Daftar di Tujuh Akademi Kedinasan Ini Lulus dari akademi itu mudah."
    [(_start, end)] = inline_read_also(line)
    assert line[end:].startswith("Lulus dari akademi")


def test_an_outlets_sign_off_and_the_headlines_after_it_go() -> None:
    article = _clean(
        "Begitulah kisah sang aktris di lokasi syuting. Temukan kabar seru lain di Kapanlagi.com, ya. Kalau "
        "bukan sekarang, KapanLagi? Baca artikel seru lainnya:Gaya Sang Aktris Saat Berlibur"
    )
    assert article.clean_text == "Begitulah kisah sang aktris di lokasi syuting."


def test_a_related_headline_cut_short_by_an_ellipsis_goes_with_its_marker() -> None:
    article = _clean(
        "Omzet usahanya di atas usaha mikro.\nBaca juga:\n"
        "Koperasi Boleh Kelola Pasar, Menteri: Tapi Jangan Sampai Kiosnya Dijual ...\n"
        "Jadi, izin cuma bisa diberikan bagi usaha kecil."
    )
    assert article.clean_text == "Omzet usahanya di atas usaha mikro.\nJadi, izin cuma bisa diberikan bagi usaha kecil."


def test_a_lists_dashed_items_stay_lines_of_their_own() -> None:
    text = "Jadwal sesi:\n- Pukul 16.00 WIB: Latihan 1\n- Pukul 08.00 WIB: Latihan 2\n- Pukul 15.05 WIB: Balapan."
    assert _clean(text).clean_text == text
    # a dash before a lower-case word goes on the sentence
    assert _clean("Harga naik\n- dan terus naik - sejak Mei.").clean_text == "Harga naik - dan terus naik - sejak Mei."


def test_a_paragraph_written_with_the_rest_glued_on_before_its_pieces_goes() -> None:
    """republika's cascade: each paragraph with every later one glued on, then alone;
    only the pieces stay, each once, and nothing is lost."""
    p1 = "Pesawat nirawak itu ditembak jatuh di atas Provinsi Lorestan pada Rabu pagi waktu setempat."
    p2 = "Menurut pembuatnya, pesawat jenis ini telah dipakai oleh lebih dari dua puluh pelanggan."
    p3 = "Harga satu unit pesawat itu disebut dapat mencapai Rp 112 miliar menurut sejumlah laporan."
    p4 = "Kantor berita setempat menyebut serangan itu sebagai balasan atas agresi sebelumnya."
    text = "\n".join([p1, f"{p2} {p3} {p4}", p2, f"{p3} {p4}", p3, p4])
    art = _clean(text)
    assert art.clean_text == "\n".join([p1, p2, p3, p4])
    assert [r.reason for r in art.removed] == ["repeated_copy", "repeated_copy"]
    # with the closing promo glued onto each copy, the copies go all the same
    promo = "Ikuti Whatsapp Channel Republika"
    promoted = _clean("\n".join([f"{p2} {p3} {p4}{promo}", p2, f"{p3} {p4}{promo}", p3, f"{p4}{promo}", p4]))
    assert promoted.clean_text == "\n".join([p2, p3, p4])
    # a paragraph that goes on after a shorter one opening it, with words of its own, stays
    own = "\n".join([p1, f"{p2} {p3}", p2, p4])
    assert _clean(own).clean_text == own


def test_a_call_to_read_more_articles_goes_with_the_headlines_glued_on() -> None:
    out = _clean(
        "Film itu tayang di bioskop mulai pekan depan. Baca juga berita lainnya tentang Rina di Liputan6.com.\n"
        "Sutradara menyiapkan sekuelnya.\n"
        "Baca artikel menarik lainnya:Rina Tampil Memukau di Karpet MerahLima Film Terlaris Pekan Ini"
    )
    assert out.clean_text == "Film itu tayang di bioskop mulai pekan depan.\nSutradara menyiapkan sekuelnya."
