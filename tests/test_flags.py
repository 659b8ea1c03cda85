from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kabar.analyze.stage import analyze_text
from kabar.flags import (
    Flag,
    date_mismatches,
    identifier_variants,
    name_variants,
    role_conflicts,
    roles_compatible,
    statement_dates,
)
from kabar.records import Mention
from kabar.resolve import resolve


def test_roles_compatible() -> None:
    assert roles_compatible("Menteri", "Menteri Pertahanan AS")
    assert not roles_compatible("Menteri Pertahanan AS", "Menteri Luar Negeri AS")
    assert not roles_compatible("Bupati Garut", "Wakil Bupati Garut")
    assert roles_compatible("mantan Menteri Keuangan", "Menteri Keuangan")
    # one portfolio, once by its short form
    assert roles_compatible("Menteri ESDM", "Menteri Energi Sumber Daya Mineral (ESDM)")
    assert roles_compatible("Menteri ESDM", "Menteri Energi dan Sumber Daya Mineral")
    assert not roles_compatible("Menteri ESDM", "Menteri Keuangan")
    assert not roles_compatible("Menteri BUMN", "Menteri Keuangan (Menkeu)")
    # a contracted title spelled out before it in brackets
    long = "Wakil Direktur Kriminal Umum (Wadirkrimum) Polda Bengkulu"
    assert roles_compatible("Wadirkrimum Polda Bengkulu", long)
    assert not roles_compatible("Wadirkrimum Polda Bengkulu", long.replace("Bengkulu", "Jambi"))
    assert roles_compatible("Wadir Krimum Polda Bengkulu", long)
    assert roles_compatible("Ketua Umum PSN", "Ketua Umum Partai Suara Nusantara (PS-N)")
    # a deputy's post in one body and a post in another: two posts at once
    assert roles_compatible("Ketua Fraksi Partai Contoh DPR", "Wakil Ketua Komisi XIV DPR")
    assert not roles_compatible("Ketua Komisi XIV DPR", "Wakil Ketua Komisi XIV DPR")
    assert not roles_compatible("Ketua DPR", "Wakil Ketua Komisi III DPR")


def test_role_conflict_and_name_variant_flags() -> None:
    entities = resolve([
        Mention("a", 0, 14, "Pete Hegseth", "PERSON", role="Menteri Pertahanan AS"),
        Mention("b", 0, 14, "Pete Hegseth", "PERSON", role="Menteri Luar Negeri AS"),
        Mention("a", 30, 44, "Mark Rutte", "PERSON"), Mention("a", 60, 74, "Mark Ruttee", "PERSON"),
    ])
    [conflict] = role_conflicts(entities)
    assert conflict.kind == "role_conflict" and conflict.documents == ["a", "b"]
    assert "Menteri Luar Negeri AS" in conflict.message
    [variant] = name_variants(entities)
    assert "within a" in variant.message
    # two posts one article gives the same person: held together, no conflict
    both = resolve([
        Mention("c", 0, 12, "Anne Wijaya", "PERSON", role="Wakil Ketua Umum API"),
        Mention("c", 40, 52, "Anne Wijaya", "PERSON", role="Ketua Bidang Perdagangan Apindo"),
        Mention("d", 0, 12, "Anne Wijaya", "PERSON", role="Ketua Bidang Perdagangan Apindo"),
    ])
    assert role_conflicts(both) == []


def test_a_name_shortened_lengthened_or_with_a_word_glued_on_is_no_other_spelling() -> None:
    from kabar.records import Entity

    def flagged(*forms: str) -> list[str]:
        entity = Entity(id="e1", name=forms[0], type="PERSON", aliases=list(forms[1:]), roles=[], documents=["a"],
                        mentions=[Mention("a", 0, len(f), f, "PERSON") for f in forms])
        return [f.message for f in name_variants([entity])]

    assert flagged("Sri Mulyani Indrawati", "Sri Mulyani") == []
    assert flagged("Kabupaten Raja Ampat", "Raja Ampat") == []
    assert flagged("Vladimir Putin", "Vladimir Putindi", "Vladimir Putinkembali") == []
    # a misspelling, another surname, a word made by a suffix are
    assert len(flagged("Filianingsih Hendarta", "Filiniangsih Hendarta", "Sri Filianingsih Hendarta")) == 1
    assert "2 ways: Miguel Uribe Londoño, Miguel Uribe Turbay" in flagged(
        "Miguel Uribe Turbay", "Miguel Uribe Londoño", "Miguel Uribe")[0]
    # two words written as their short form: another name, not a spelling
    assert flagged("Provinsi Jawa Timur", "Provinsi Jatim") == []
    assert flagged("Polda Sulawesi Tenggara", "Polda Sultra") == []
    assert len(flagged("Provinsi Jawa Timur", "Provinsi Jawa Timor")) == 1
    assert len(flagged("Stadion Lincoln Financial Field", "Lincol Financial Field")) == 1
    assert len(flagged("Pemantau Peradilan", "Pemantauan Peradilan")) == 1
    # a figure or a quote glued on; a short figure alone telling two things apart
    assert flagged("Turkish Airlines", "Turkish Airlines7") == []
    assert flagged("Kelurahan Merah Putih", "Kelurahan Merah Putih'") == []
    assert flagged("Moto2 Race", "Moto3 Race") == []
    # but a count written two ways is worth a look
    assert len(flagged("4.120.330 Penerima Bantuan Tunai", "4.120.830 Penerima Bantuan Tunai")) == 1
    # a middle name shortened to its initial, a nickname, an alias: no other spelling
    assert flagged("Bagas Prasetyo Wibowo", "Bagas P. Wibowo", "Bang Bagas") == []
    assert flagged("Joko Santoso", "Si Kancil") == []
    # an older spelling is ("oe" for "u")
    assert len(flagged("Pak Soedirman Hadi", "Pak Sudirman Hadi")) == 1


def test_an_acronym_and_its_expansion_are_not_two_spellings() -> None:
    entities = resolve([
        Mention("a", 0, 23, "Izin Usaha Pertambangan", "ORG"), Mention("a", 30, 33, "IUP", "ORG"),
        Mention("b", 0, 7, "IUP IUP", "ORG"),
    ])
    assert [e.name for e in entities] == ["IUP"]
    assert name_variants(entities) == []
    # two spellings of the expansion still are
    misspelt = resolve([Mention("a", 0, 23, "Izin Usaha Pertambangan", "ORG"), Mention("a", 30, 33, "IUP", "ORG"),
                        Mention("b", 0, 23, "Izin Usaha Pertambagan", "ORG")])
    assert len(name_variants(misspelt)) == 1
    # a company's acronym with its legal form is no spelling of its name either
    from kabar.records import Entity

    company = Entity("e1", "PT BSN", "ORG", aliases=["PT Bumi Sentosa Nusantara", "PT Bumi Sentosa Nusantra"])
    [flag] = name_variants([company])
    assert flag.message.endswith("spelled 2 ways: PT Bumi Sentosa Nusantara, PT Bumi Sentosa Nusantra")
    assert name_variants([Entity("e2", "PT BSN", "ORG", aliases=["PT Bumi Sentosa Nusantara"])]) == []


def test_identifier_variants() -> None:
    flags = identifier_variants({
        "a": "Pesawat SV-5276 mendarat darurat.", "b": "Penerbangan SV-5726 tertunda.",
        "c": "Kecelakaan terjadi di KM 014200.", "d": "Lokasi di Km 01+200 arah Bakauheni.",
    })
    messages = sorted(f.message for f in flags)
    assert len(flags) == 2
    assert "SV-5276" in messages[1] and "SV-5726" in messages[1]
    assert "KM 014200" in messages[0] and "Km 01+200" in messages[0]
    # (a slip or a disagreement: the reader is not told they are one)
    assert all(m.startswith("one identifier written differently (a slip or a disagreement): ") for m in messages)
    # two codes an article writes both of are two things; sums are no codes; spaces and
    # dashes alone are no variant
    assert identifier_variants({
        "a": "Timnas U-19 dan U-20 berlatih.", "b": "Skuad U-23 menang.", "c": "Motor GP24 dan GP25 diuji.",
        "d": "Ponsel dijual USD499.", "e": "Harganya USD 449.", "f": "Pesawat SV 5276 dan SV5276.",
    }) == []


def test_a_flag_names_a_figure_as_the_table_prints_it() -> None:
    """The qualifier and every written digit: "lebih dari 5 detik", not 5 detik;
    US$ 0,00415, not 0 USD; 35,125%, not 35,13 %."""
    from kabar.brief import build_brief
    from kabar.records import Article
    from kabar.report import render, shown_consensus

    text = ("Mesinnya mati sendiri bila kendaraan berhenti lebih dari 5 detik. PT Contoh Jaya Tbk membagikan "
            "dividen tunai USD 0,00415 per saham kepada pemegang saham. Porsi dividen itu 35,125 persen dari laba bersih.")
    article = Article(id="s1", title="Skuter", text=text, clean_text=text, outlet="contoh",
                      published=datetime(2025, 6, 10, 9, 0))
    brief = build_brief([article])
    figures = sorted(f["figure"] for f in brief["flags"] if f["kind"] == "unattributed")
    assert figures == ["dividen = 35,125%", "dividen per saham = US$ 0,00415", "kendaraan = lebih dari 5 detik"]
    table = sorted(f"{g['property']} = {shown_consensus(brief, g)}" for g in brief["groups"])
    assert table == figures
    assert "| kendaraan | single | lebih dari 5 detik |" in render(brief, "md")


def test_one_vehicle_named_by_two_makes() -> None:
    from kabar.flags import detail_variants

    flags = detail_variants({
        "a": "Minibus menabrak truk Fuso yang melaju pelan. Sopir truk Fuso diamankan.",
        "b": "Mobil itu menabrak truk Hino berwarna hijau.",
        "c": "Kecelakaan melibatkan truk Hino hijau.",
        "d": "Di pameran ada truk Fuso dan truk Hino.",  # names both: speaks for neither
    })
    assert [(f.kind, f.documents) for f in flags] == [("detail_variant", ["a", "b", "c"])]
    assert "truk Fuso (a)" in flags[0].message and "truk Hino (b, c)" in flags[0].message
    assert detail_variants({"a": "truk Hino", "b": "truk Hino terguling"}) == []
    # a launch's or a race's vehicles, a common word, a place or a ship's prefix are no
    # make of the vehicle in a mishap
    assert detail_variants({
        "a": "Honda merilis mobil HR-V.", "b": "Mobil Anda bisa dicas di rumah.",
        "c": "Pesawat Israel menembak jatuh drone.", "d": "Sebuah pesawat Hermes jatuh di Isfahan.",
        "e": "Mobil Putih itu menabrak pagar. Warnanya putih.", "f": "Mobil Toyota menabrak pagar.",
        "g": "Kapal KM Sinar tenggelam.", "h": "Kapal Sinar Bahari tenggelam.",
    }) == []
    # nor where it was nor its kind: a crossing's street, "kereta Api"
    assert detail_variants({
        "a": "KRL menabrak truk di perlintasan kereta Jalan Raya Serpong.", "b": "Kereta Commuter menabrak truk.",
        "c": "Truk ditabrak kereta Api di Bekasi.",
    }) == []


def test_a_weekday_that_is_not_its_dates_is_flagged_with_the_slip_near_the_article() -> None:
    wib = timezone(timedelta(hours=7))
    text = (
        "Bus itu terguling Senin (9/6/2026) menjelang subuh. Polisi memeriksa sopir pada Senin (9/6/2025). "
        "Rapat digelar Rabu (24/5). Hakim membacakan putusan Rabu (11/9/2025). Sidang lanjutan Jumat (12/6/2025)."
    )
    analysis = analyze_text("a1", text, datetime(2025, 6, 10, 8, tzinfo=wib))
    flags = date_mismatches({"a1": analysis.dates}, {"a1": date(2025, 6, 10)})
    assert [f.message for f in flags] == [
        # read (by the analysis) as the day near the article its weekday fits
        '"Senin (9/6/2026)": 2026-06-09 is a Selasa, not a Senin; read as 2025-06-09',
        # no date one slip away with that weekday is near the article: no guess
        '"Rabu (24/5)": 2025-05-24 is a Sabtu, not a Rabu',
        # another month, a digit misread (6 as 9)
        '"Rabu (11/9/2025)": 2025-09-11 is a Kamis, not a Rabu; read as 2025-06-11',
        # near the article, the day may be the slip as well as the weekday: a guess only
        '"Jumat (12/6/2025)": 2025-06-12 is a Kamis, not a Jumat; perhaps 2025-06-13, a Jumat near the article\'s date',
    ]
    assert all(f.kind == "date_mismatch" and f.documents == ["a1"] for f in flags)
    named = date_mismatches({"a1": analysis.dates}, {"a1": date(2025, 6, 10)}, {"a1": "detik"})
    assert [f.message.endswith(" (detik)") for f in named] == [True] * 4
    # the outlet's second article writing the same slip: one flag for both
    twice = date_mismatches({"a1": analysis.dates, "a2": analysis.dates}, {"a1": date(2025, 6, 10), "a2": date(2025, 6, 10)},
                            {"a1": "detik", "a2": "detik"})
    assert [f.documents for f in twice] == [["a1", "a2"]] * 4


def test_an_unattributed_vague_figure_is_flagged_as_written() -> None:
    from datetime import datetime

    from kabar.brief import build_brief
    from kabar.records import Article

    text = "Layanan itu kini melayani puluhan juta pelanggan di seluruh negeri."
    article = Article(id="v1", title="Layanan", text=text, clean_text=text, outlet="contoh",
                      published=datetime(2025, 6, 10, 9, 0))
    [flag] = [f for f in build_brief([article])["flags"] if f["kind"] == "unattributed"]
    assert "= \u201cpuluhan juta pelanggan\u201d:" in flag["message"] and "10.000.000" not in flag["message"]
    # the flag names its figure and outlets for a report to list, and reads back
    assert flag["figure"].endswith("= \u201cpuluhan juta pelanggan\u201d") and flag["outlets"] == ["contoh"]
    assert Flag.from_dict(flag).as_dict() == flag


def test_a_vague_figure_in_a_conflict_is_named_as_written() -> None:
    from datetime import datetime

    from kabar.brief import build_brief
    from kabar.records import Article

    def article(doc: str, outlet: str, text: str) -> Article:
        return Article(id=doc, title="Gempa", text=text, clean_text=text, outlet=outlet,
                       published=datetime(2025, 6, 18, 9, 0))

    brief = build_brief([
        article("a1", "satu", "Ratusan rumah rusak akibat gempa di Garut, kata Bupati Garut Endang."),
        article("b1", "dua", "Sebanyak 12 rumah rusak akibat gempa di Garut, kata Kepala BPBD Rahmat."),
    ])
    [flag] = [f for f in brief["flags"] if f["kind"] == "figure_conflict"]
    assert flag["message"] == "rumah rusak: sources disagree: \u201cRatusan rumah\u201d (satu); 12 rumah (dua)"


def test_the_same_statement_dated_to_two_days_by_two_outlets_is_flagged() -> None:
    words = '"Gudang pupuk di tiga kabupaten itu kami isi ulang sebelum musim tanam tiba," '
    timeline = [
        {"date": "2025-06-17", "text": words + "ujar Rina, Selasa (17/6/2025).", "documents": ["a"]},
        {"date": "2025-06-19", "text": words + "tutur Rina via siaran pers, Kamis (19/6/2025).", "documents": ["b"]},
        # the same day, another statement, a sentence with no attribution: none
        {"date": "2025-06-19", "text": words + "ujar Rina, Kamis (19/6/2025).", "documents": ["c"]},
        {"date": "2025-06-18", "text": "Gudang pupuk di tiga kabupaten itu kami isi ulang sebelum musim tanam tiba.",
         "documents": ["d"]},
        {"date": "2025-06-16", "text": '"Pabrik baru itu mulai beroperasi pada akhir tahun ini," kata Rina, Senin (16/6/2025).',
         "documents": ["e"]},
    ]
    flags = statement_dates(timeline, {"a": "liputan6", "b": "detik", "c": "kompas", "d": "tempo", "e": "antara"})
    assert [f.kind for f in flags] == ["statement_date", "statement_date"]
    assert "2025-06-17 by liputan6 and 2025-06-19 by detik" in flags[0].message
    assert flags[0].documents == ["a", "b"] and flags[1].documents == ["a", "c"]


def test_another_name_the_text_gives_is_no_spelling() -> None:
    """ "Justinus Lhaksana atau Coach Justin": one man under his name and his byname,
    not one name spelled two ways."""
    entities = resolve([
        Mention("a", 0, 17, "Justinus Lhaksana", "PERSON"), Mention("a", 23, 35, "Coach Justin", "PERSON", same_as=0),
        Mention("b", 0, 17, "Justinus Lhaksana", "PERSON"),
    ])
    assert len(entities) == 1 and name_variants(entities) == []
    misspelt = resolve([Mention("a", 0, 17, "Justinus Lhaksana", "PERSON"), Mention("b", 0, 17, "Justinus Lhaksono", "PERSON")])
    assert len(name_variants(misspelt)) == 1


def test_no_date_after_the_article_is_offered_for_a_date_written_before_it() -> None:
    """ "Selasa (2/6/2025)" in a report of Monday 2 June: 2 June is a Monday, and the
    Tuesday after the report cannot be meant; a slip of the month still can be."""
    from kabar.flags import meant_date

    assert meant_date(date(2025, 6, 2), "weekday Selasa written", date(2025, 6, 2)) is None
    assert meant_date(date(2025, 9, 18), "weekday Rabu written", date(2025, 6, 18)) == date(2025, 6, 18)


def test_a_figure_revised_within_one_article_is_flagged() -> None:
    from kabar.brief import build_brief
    from kabar.records import Article

    text = "Bank sentral merevisi proyeksi pertumbuhan ekonomi dari 5,1%-5,5% menjadi 4,8-5,2% untuk tahun ini."
    article = Article(id="r1", title="Proyeksi Turun", text=text, clean_text=text, outlet="contoh",
                      published=datetime(2025, 6, 19, 10, tzinfo=timezone(timedelta(hours=7))))
    revised = [f for f in build_brief([article])["flags"] if f["kind"] == "revised_within"]
    assert [f["message"] for f in revised] == [
        "pertumbuhan ekonomi: from 5,1%-5,5% to 4,8-5,2% within one article (contoh); the earlier figure is no claim"
    ]


def test_a_head_written_short_is_no_other_spelling() -> None:
    from kabar.resolve import resolve

    entities = resolve([Mention("a", 0, 26, "Pengadilan Negeri Surabaya", "ORG"), Mention("b", 0, 11, "PN Surabaya", "ORG")])
    assert name_variants(entities) == []
    misspelt = resolve([*(Mention("a", 0, 26, "Pengadilan Negeri Surabaya", "ORG"), Mention("b", 0, 11, "PN Surabaya", "ORG")),
                        Mention("c", 0, 25, "Pengadilan Negri Surabaya", "ORG")])
    assert [f.message for f in name_variants(misspelt)] == [
        "PN Surabaya is spelled 2 ways: Pengadilan Negeri Surabaya, Pengadilan Negri Surabaya"
    ]


def test_a_short_form_with_the_countrys_ri_is_no_other_spelling() -> None:
    entities = resolve([
        Mention("a", 0, 15, "Kejaksaan Agung", "ORG"), Mention("a", 20, 28, "Kejagung", "ORG", same_as=0),
        Mention("b", 0, 11, "Kejagung RI", "ORG", same_as=None),
    ])
    assert not [f for f in name_variants(entities) if "Kejagung RI" in f.message]
