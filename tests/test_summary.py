"""The extractive summary on sentences written for these tests."""

from __future__ import annotations

from kabar.summary import Sentence, summarize


def _summary_of_copies(texts: tuple[str, ...], documents: int) -> list[str]:
    """The summary's sentences of ``documents`` articles that each write ``texts`` in
    that order (every outlet reports the same)."""
    sentences = [
        Sentence(f"d{k}", order * 200, order * 200 + len(text), text, order)
        for k in range(documents) for order, text in enumerate(texts)
    ]
    return [s.text for s in summarize(sentences)]


def test_the_summary_tells_leads_first_whatever_was_picked_first() -> None:
    quote = '"Kami akan terus memantau cadangan devisa dan menjaga stabilitas rupiah," kata juru bicara bank itu.'
    leads = [
        "Bank sentral mencatat cadangan devisa sebesar 152 miliar dolar pada akhir Mei, stabil dari April.",
        "Cadangan devisa tercatat 152 miliar dolar pada akhir Mei, sama dengan posisi akhir April lalu.",
        "Posisi cadangan devisa akhir Mei sebesar 152 miliar dolar, tidak berubah dibanding April.",
    ]
    sentences = []
    for k, lead in enumerate(leads):
        doc = f"d{k}"
        sentences.append(Sentence(doc, 0, len(lead), lead, 0))
        sentences.append(Sentence(doc, 500, 500 + len(quote), quote, 6))
    summary = summarize(sentences)
    texts = [s.text for s in summary]
    # the quote, said the same way by every outlet, is the most relevant, but comes after the lead
    assert quote in texts and any(t in leads for t in texts)
    assert texts.index(quote) > min(texts.index(t) for t in texts if t in leads)
    assert sorted(summary[texts.index(quote)].documents) == ["d0", "d1", "d2"]


def test_a_sentence_leaning_on_the_one_before_is_no_summary_sentence() -> None:
    """"Dia mengatakan ..." out of its article names no one: the summary leaves it out
    however many outlets write it, but keeps a quote that opens with "Ini"."""
    lead = "Gubernur Bali membuka festival seni tahunan di Denpasar pada Sabtu pagi bersama ribuan warga."
    leaning = "Dia mengatakan festival seni tahunan di Denpasar itu dihadiri ribuan warga setiap tahun."
    quote = '"Ini festival seni tahunan kebanggaan warga Denpasar," kata Gubernur Bali di Denpasar.'
    texts = _summary_of_copies((lead, leaning, quote), 4)
    assert leaning not in texts
    assert lead in texts and quote in texts


def test_an_epithet_or_a_reason_leaning_on_the_one_before_is_no_summary_sentence() -> None:
    """"Penyanyi 40 tahun itu ..." (who?), "Karena ..." (of what?), "Menurutnya ..."
    (whose?) out of their article: left out however many outlets write them; "Sementara
    itu, ..." goes on a story and stays."""
    lead = "Penyanyi Rara Kinanti merilis album keempat berisi sepuluh lagu di Jakarta pada Jumat malam."
    leaning = [
        "Penyanyi 40 tahun itu merilis album keempat berisi sepuluh lagu di Jakarta pada Jumat.",
        "Pesepak bola berusia 23 tahun itu menonton album keempat berisi sepuluh lagu di Jakarta.",
        "Karena album keempat berisi sepuluh lagu itu dirilis di Jakarta, konser digelar Jumat.",
        "Menurutnya, album keempat berisi sepuluh lagu itu dirilis di Jakarta pada Jumat malam.",
        "Saat itu, album keempat berisi sepuluh lagu itu belum dirilis di Jakarta maupun kota lain.",
        "Capaian ini membuat album keempat berisi sepuluh lagu itu laris di Jakarta sejak Jumat.",
        "Dengan begitu, album keempat berisi sepuluh lagu itu bisa dirilis di Jakarta pada Jumat.",
        "Album tersebut, menurut manajernya, berisi sepuluh lagu yang dirilis di Jakarta pada Jumat.",
        "Album itu, katanya, berisi sepuluh lagu yang dirilis di Jakarta pada Jumat malam ini.",
        "Sementara, ia merilis album keempat berisi sepuluh lagu itu di Jakarta pada Jumat malam.",
    ]
    going_on = "Sementara itu, album keempat Rara Kinanti berisi sepuluh lagu dijual di Jakarta mulai Jumat."
    # ("ini" of now opens a sentence that stands alone)
    now = "Tahun ini album keempat Rara Kinanti berisi sepuluh lagu diputar di radio Jakarta setiap Jumat."
    texts = _summary_of_copies((lead, *leaning, going_on, now), 4)
    assert not set(leaning) & set(texts)
    assert lead in texts and going_on in texts and now in texts


def test_another_outlet_is_credited_only_for_the_same_words_and_figures() -> None:
    """A quotation ending with the same attribution, or a sentence with another figure,
    is no report of the same thing."""
    sentences = [
        Sentence("a", 0, 90, '"Tersangka kini ditahan di rutan polres," kata Kapolres Blora AKBP Wahyu Nugroho, Jumat (13/6/2025).', 0),
        Sentence("b", 0, 90, '"Hasil tes urine tersangka negatif," kata Kapolres Blora AKBP Wahyu Nugroho, Jumat (13/6/2025).', 0),
        Sentence("c", 0, 90, "Bantuan beras sudah sampai ke 72 persen atau 5.433.210 keluarga di provinsi itu.", 1),
        Sentence("d", 0, 90, "Bantuan beras sudah sampai ke 72 persen atau 5.433.810 keluarga di provinsi itu.", 1),
        Sentence("e", 0, 90, "Bantuan beras sudah sampai ke 72 persen atau 5.433.210 keluarga di provinsi itu.", 2),
        # the same quotation dated to another day by its attribution, and to none
        Sentence("f", 0, 90, '"Tersangka kini ditahan di rutan polres," kata Kapolres Blora AKBP Wahyu Nugroho, Rabu (11/6/2025).', 0),
        Sentence("g", 0, 90, '"Tersangka kini ditahan di rutan polres," kata Kapolres Blora AKBP Wahyu Nugroho.', 0),
    ]
    expected = {"a": ["a", "g"], "b": ["b"], "c": ["c", "e"], "d": ["d"], "e": ["c", "e"], "f": ["f", "g"], "g": ["a", "f", "g"]}
    chosen = summarize(sentences)
    assert {c.document for c in chosen} & {"a", "b"} and {c.document for c in chosen} & {"c", "d", "e"}
    assert all(c.documents == expected[c.document] for c in chosen)


def test_a_sentence_pointing_at_what_follows_is_no_summary_sentence() -> None:
    sentences = [
        Sentence(d, 0, 90, "Simak daftar lengkap tim peserta turnamen itu di bawah ini.", 0)
        for d in "abc"
    ] + [
        Sentence("a", 100, 190, "Persib bermain imbang 2-2 melawan Persebaya di Bandung pada Minggu malam.", 1),
        Sentence("b", 100, 190, "Laga Persib melawan Persebaya di Bandung berakhir imbang 2-2 pada Minggu malam.", 1),
        Sentence("c", 100, 190, "Ciro Alves mencetak gol kedua Persib sebelum Persebaya menyamakan skor.", 1),
    ]
    assert not [c for c in summarize(sentences) if c.text.startswith("Simak")]
    listing = [
        Sentence(d, 0, 90, "Inilah lima klub dengan penonton terbanyak di liga musim ini dibanding musim lalu:", 0)
        for d in "abc"
    ] + sentences[3:]
    assert not [c for c in summarize(listing) if c.text.endswith(":")]


def test_a_numbered_item_of_a_list_is_no_summary_sentence() -> None:
    """A step or an item lifted out of its numbered list says nothing alone, however
    many outlets copy the list."""
    step = "2. Pilih barang yang ingin ditawar dari katalog lelang lalu daftarkan akun Anda."
    sentences = [Sentence(d, 300, 300 + len(step), step, 3) for d in "abc"] + [
        Sentence("a", 0, 90, "Kejaksaan akan melelang 40 mobil sitaan kasus korupsi secara daring pekan depan.", 0),
        Sentence("b", 0, 90, "Sebanyak 40 mobil sitaan kasus korupsi dilelang kejaksaan secara daring pekan depan.", 0),
        Sentence("c", 0, 90, "Lelang daring 40 mobil sitaan itu dibuka kejaksaan mulai pekan depan.", 0),
    ]
    texts = [c.text for c in summarize(sentences)]
    assert texts and step not in texts


def test_a_sentence_of_a_quotation_that_does_not_say_who_speaks_is_no_summary_sentence() -> None:
    """The first sentence of a quotation whose speaker comes sentences later, and the
    last one of a quotation with no attribution after it, say nobody's words out of
    their article; a whole quotation with its speaker stays."""
    opened = '"Tidak ada aturan yang membolehkan pulau kecil itu dijual kepada pihak asing mana pun.'
    closed = 'Kami sudah memeriksa lokasi pulau kecil itu bersama petugas pengawas perikanan."'
    whole = '"Pulau kecil itu tidak boleh dijual kepada pihak asing," kata juru bicara kementerian itu.'
    lead = "Kementerian kelautan menyatakan pulau kecil di Anambas itu tidak boleh dijual kepada pihak asing."
    texts = _summary_of_copies((lead, opened, closed, whole), 3)
    assert opened not in texts and closed not in texts
    assert lead in texts and whole in texts


def test_a_quotation_said_by_a_pronoun_or_a_teaser_is_no_summary_sentence() -> None:
    pronoun = '"Kami sudah menemukan mobil itu di parkiran pasar," ucapnya.'
    teaser = "Simak rekor pertemuan kedua tim dan prediksi skor pertandingan itu."
    named = '"Kami sudah menemukan mobil itu di parkiran pasar," kata Kapolsek Sukamaju.'
    lead = "Polisi menemukan mobil yang dicuri dari parkiran pasar Sukamaju pada Senin pagi."
    # (nor by an epithet for someone named before)
    epithet = '"Mobil itu sudah kami kembalikan kepada pemiliknya di pasar," ujar Kapolsek Sukamaju itu.'
    texts = _summary_of_copies((lead, pronoun, teaser, named, epithet), 3)
    assert pronoun not in texts and teaser not in texts and epithet not in texts
    assert lead in texts and named in texts


def test_a_sentence_in_the_first_person_out_of_quotation_marks_is_no_summary_sentence() -> None:
    """The middle sentence of a quotation split into sentences has no quotation marks
    and names no speaker: "Saya minta semua direksi hadir tepat waktu." is nobody's out
    of its article. Attributed, or in the third person, a sentence stays."""
    middle = "Saya minta semua direksi hadir tepat waktu setiap rapat mingguan."
    said = "Saya minta semua direksi hadir tepat waktu, kata Menteri Perhubungan."
    lead = "Menteri Perhubungan meminta direksi perusahaan negara hadir tepat waktu dalam setiap rapat."
    # (a speaker named in place, and a first person only inside single quotes, stay)
    told = "Direktur Utama Kereta Api Indonesia mengatakan, hadir tepat waktu dalam rapat adalah budaya yang kami jaga."
    titled = "Buku berjudul 'Siapa saya sebenarnya' dibagikan Partai Kita kepada direksi perusahaan negara dalam rapat."
    # (its own verb of saying is no speaker: "kami ingin menegaskan")
    own = "Melalui rapat mingguan itu, kami ingin menegaskan bahwa direksi harus hadir tepat waktu."
    texts = _summary_of_copies((lead, middle, said, own), 3)
    assert middle not in texts and own not in texts
    assert lead in texts and said in texts
    one_each = [Sentence(f"d{k}", 0, len(text), text, 0) for k, text in enumerate((lead, middle, told, titled))]
    assert sorted(s.text for s in summarize(one_each)) == sorted([lead, told, titled])
    # (an editor's gloss in brackets marks a quotation's middle, outside its marks)
    glossed = "Pasti (dibayar dari kas sendiri, red.), itu sudah pasti sejak rapat direksi."
    one_each = [Sentence(f"d{k}", 0, len(text), text, 0) for k, text in enumerate((lead, glossed, told, titled))]
    assert glossed not in [s.text for s in summarize(one_each)]
    # (any verb of saying the attribution stage knows names the speaker in place)
    for verb in ("memaparkan", "menilai", "menyampaikan"):
        named = f"Direktur Utama Kereta Api Indonesia {verb}, hadir tepat waktu dalam rapat adalah budaya yang kami jaga."
        one_each = [Sentence(f"d{k}", 0, len(text), text, 0) for k, text in enumerate((lead, middle, named, titled))]
        assert named in [s.text for s in summarize(one_each)], verb


def test_when_every_sentence_leans_one_leaning_back_is_told_before_a_fragment() -> None:
    """A story of nothing but sentences that lean on another: one that only leans back
    ("Dia mengatakan ...") still tells something; a quotation's middle ("Saya minta ...")
    or a teaser ("Simak ...") only when nothing else is left."""
    leaning = "Dia mengatakan jembatan gantung di desa itu ditutup sejak Senin karena talinya putus."
    fragment = "Saya minta jembatan gantung di desa itu ditutup sampai talinya diganti semua."
    teaser = "Simak foto jembatan gantung di desa itu yang ditutup sejak Senin."
    texts = _summary_of_copies((leaning, fragment, teaser), 3)
    assert leaning in texts and fragment not in texts and teaser not in texts
    assert _summary_of_copies((fragment, teaser), 3)  # (all there is: something rather than nothing)


def test_a_recap_of_earlier_reports_is_no_summary_sentence() -> None:
    from kabar.summary import leans_back

    assert leans_back("Diberitakan sebelumnya, ada tiga kelompok tersangka.")
    assert leans_back("Seperti diberitakan sebelumnya, polisi menangkap dua orang.")
    assert leans_back("Sebelumnya, KPK telah memeriksa sejumlah saksi.")
    assert not leans_back("Sebelumnya tidak ada yang menyangka hasil itu.")
    assert not leans_back("Saksi ahli mengungkap isi percakapan kedua terdakwa dalam sidang.")


def test_a_sentence_opening_with_a_connective_leans_back() -> None:
    from kabar.summary import leans_back

    assert leans_back("Sehingga, kolaborasi ini diharapkan memperkuat fondasi pembangunan.")
    assert leans_back("Selain itu, gugatan tadi juga mengutip keluhan para pembeli.")
    assert not leans_back("Tapioka kini dijual lebih mahal di pasar.")


def test_a_sentence_going_on_from_a_step_or_an_occasion_told_before_leans_back() -> None:
    from kabar.summary import leans_back

    assert leans_back("Setelah itu, pelanggan dapat langsung menggunakan voucher di aplikasi.")
    assert leans_back("Kemudian, Trump menyebut Tesla sebagai salah satu produsen mobil terbaik.")
    assert leans_back("Dalam acara tersebut, Maia tampil dengan kebaya berwarna biru.")
    assert not leans_back("Dalam acara pembukaan pameran, Presiden memotong pita.")
    assert not leans_back("Lalu lintas di Jalan Sudirman padat sejak pagi.")


def test_his_side_or_both_of_them_lean_back() -> None:
    from kabar.summary import leans_back

    assert leans_back("Pihaknya hanya menyoroti ucapan sang menteri yang dianggap merugikan partai.")
    assert leans_back("Keduanya disebut sudah berpacaran sejak tahun lalu.")
    assert not leans_back("Pihak kepolisian masih menyelidiki penyebab kebakaran itu.")
