"""The brief on the packaged demo corpus, checked against its answer key (EXPECTED.md).

The demo corpus is ours (invented outlets and officials reporting one earthquake in
Garut); every figure, status, flag and speaker asserted here is listed in the key.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kabar.brief import build_brief
from kabar.cli import demo_corpus_dir
from kabar.pipeline import IngestOptions, ingest_paths
from kabar.report import render
from kabar.store import Database

A1, A2, A3 = "29d9616e1be3a592", "0a3aafb50b82d213", "f721b4bccb0fa3a0"
A4, A5, A6 = "52b9af55fba09110", "85e84b9bf71350aa", "f062be045f7fc3e3"


def _one_article_brief(text: str, published: datetime, doc: str = "t", title: str = "") -> dict[str, Any]:
    """The brief of one article of ``text`` (clean already), from outlet "contoh"."""
    from kabar.records import Article

    article = Article(id=doc, title=title, text=text, clean_text=text, outlet="contoh", published=published)
    return build_brief([article])


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db_path = tmp_path_factory.mktemp("demo") / "demo.db"
    files = [p for p in sorted(demo_corpus_dir().iterdir()) if p.suffix != ".md"]
    with Database(db_path) as db:
        ingest_paths(files, db, IngestOptions(stories=False))
        return build_brief(list(db.iter_articles()))


def _group(brief: dict[str, Any], key: str) -> dict[str, Any]:
    claims = {c["id"]: c for c in brief["claims"]}
    found = [g for g in brief["groups"] if claims[g["claims"][0]]["property_key"] == key]
    assert len(found) == 1, f"{key}: {len(found)} groups"
    group: dict[str, Any] = found[0]
    return group


def _values(group: dict[str, Any]) -> dict[Any, set[str]]:
    return {v["value"]: set(v["documents"]) for v in group["values"]}


def _entity(brief: dict[str, Any], name: str) -> dict[str, Any]:
    found = [e for e in brief["entities"] if e["name"] == name]
    assert len(found) == 1, name
    entity: dict[str, Any] = found[0]
    return entity


def test_revised_figures_are_updates(brief: dict[str, Any]) -> None:
    magnitude = _group(brief, "magnitudo")
    assert magnitude["status"] == "updated"
    assert _values(magnitude) == {5.1: {A1, A3}, 4.9: {A2, A4, A5, A6}}
    assert magnitude["consensus"]["value"] == 4.9
    depth = _group(brief, "kedalaman:length")
    assert depth["status"] == "updated"
    assert _values(depth) == {10: {A1, A3}, 13: {A2, A4}}
    aftershocks = _group(brief, "gempa susulan")
    assert aftershocks["status"] == "updated"
    assert _values(aftershocks) == {5: {A2}, 7: {A5}, 12: {A6}}
    assert aftershocks["consensus"]["value"] == 12


def test_disputed_figures_are_conflicts(brief: dict[str, Any]) -> None:
    houses = _group(brief, "rumah:rusak")
    assert houses["status"] == "conflict"
    assert _values(houses) == {127: {A2, A5}, 150: {A4}}
    assert houses["consensus"]["value"] == 127  # two sources against one
    injured = _group(brief, "orang:luka")
    assert injured["status"] == "conflict"
    assert _values(injured) == {2: {A2}, 3: {A4}}


def test_shared_figures_agree(brief: dict[str, Any]) -> None:
    everyone = {A1, A2, A3, A4, A5, A6}
    quake_time = _group(brief, "waktu:gempa")
    assert quake_time["status"] == "agree" and _values(quake_time) == {"15:24": everyone}
    distance = _group(brief, "jarak:barat daya")
    assert distance["status"] == "agree" and _values(distance) == {12: everyone}
    loss = _group(brief, "kerugian:money")  # "Rp1.200.000.000" and "Rp 1,2 miliar"
    assert loss["status"] == "agree" and _values(loss) == {1_200_000_000: {A5, A6}}
    for key in ("orang:mengungsi", "guncangan:duration", "durasi:duration"):
        assert _group(brief, key)["status"] == "single"


def test_every_group_shares_one_property(brief: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in brief["claims"]}
    for group in brief["groups"]:
        assert len({claims[c]["property_key"] for c in group["claims"]}) == 1


def test_speakers(brief: dict[str, Any]) -> None:
    ids = {e["name"]: e["id"] for e in brief["entities"]}
    by_text = {(c["document"], c["text"]): c for c in brief["claims"]}
    assert by_text[(A2, "sebanyak 127 rumah")]["speaker"] == ids["Rahmat Hidayat"]
    assert by_text[(A5, "127 rumah")]["speaker"] == ids["Rahmat Hidayat"]  # spelled Rachmat there
    assert by_text[(A2, "dua orang")]["speaker"] == ids["Rahmat Hidayat"]
    assert by_text[(A4, "tiga warga")]["speaker"] == ids["Agus Setiawan"]
    assert by_text[(A6, "tujuh hari")]["speaker"] == ids["Endang Suhendar"]
    assert by_text[(A3, "kira-kira lima detik")]["speaker"] == ids["Budi Setiawan"]
    assert by_text[(A5, "ditaksir mencapai Rp1.200.000.000")]["speaker"] == ids["Rahmat Hidayat"]  # (an estimate)
    assert by_text[(A5, "tujuh gempa")]["speaker"] == ids["BMKG"]
    assert by_text[(A5, "Sebanyak 40 warga")]["speaker"] is None


def test_claims_carry_provenance_and_skip_boilerplate(brief: dict[str, Any]) -> None:
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    for claim in brief["claims"]:
        assert claim["document"] in texts
        assert texts[claim["document"]][claim["start"]:claim["end"]] == claim["text"]
        assert claim["text"] in claim["sentence"]
    values = {c["value"] for c in brief["claims"]}
    # traps in removed lines: M4,2, 1.200 gempa, Rp60.000, [Gambas:Video 20detik]
    assert not values & {4.2, 1200, 60000, 20}
    excluded = {(e["document"], e["text"]): e["reason"] for e in brief["excluded"]}
    assert excluded[(A2, "M5,1")] == "superseded value restated"
    assert excluded[(A2, "10 km")] == "superseded value restated"
    assert not any(c["document"] == A2 and c["value"] in (5.1, 10) for c in brief["claims"])


def test_people(brief: dict[str, Any]) -> None:
    people = {e["name"] for e in brief["entities"] if e["type"] == "PERSON"}
    assert people == {"Teguh Prasetyo", "Rahmat Hidayat", "Endang Suhendar", "Agus Setiawan", "Budi Setiawan"}
    assert "Rachmat Hidayat" in _entity(brief, "Rahmat Hidayat")["aliases"]
    assert all(e["name"][:1].isupper() for e in brief["entities"])  # never "selimut"
    assert not [e for e in brief["entities"] if e["type"] != "PERSON" and e["name"] in ("Endang", "Rahmat", "Teguh")]
    roles = {r["role"]: set(r["documents"]) for r in _entity(brief, "Endang Suhendar")["roles"]}
    assert roles == {"Bupati Garut": {A4, A6}, "Wakil Bupati Garut": {A5}}


def test_a_common_word_opening_a_quote_is_not_an_organisation(brief: dict[str, Any]) -> None:
    """One article's quote opens with "Episenter gempa utama ..." (read as an
    organisation by the model); another writes "lokasi episenter": a word, not a name.
    Names opening sentences stay."""
    names = {e["name"] for e in brief["entities"]}
    assert "Episenter" not in names
    assert {"BMKG", "Polri", "TNI", "Tasikmalaya", "Bandung"} <= names


def test_flags(brief: dict[str, Any]) -> None:
    ids = {e["name"]: e["id"] for e in brief["entities"]}
    kinds: dict[str, list[dict[str, Any]]] = {}
    for flag in brief["flags"]:
        kinds.setdefault(flag["kind"], []).append(flag)
    assert [f["entities"] for f in kinds["role_conflict"]] == [[ids["Endang Suhendar"]]]
    assert [f["entities"] for f in kinds["name_variant"]] == [[ids["Rahmat Hidayat"]]]
    unattributed = kinds["unattributed"]
    assert [f["documents"] for f in unattributed] == [[A5]]
    assert "40" in unattributed[0]["message"]
    conflicts = {tuple(sorted(f["documents"])) for f in kinds["figure_conflict"]}
    assert conflicts == {tuple(sorted((A2, A4, A5))), tuple(sorted((A2, A4)))}


def test_timeline(brief: dict[str, Any]) -> None:
    entries = {(t["date"], t["time"]): t for t in brief["timeline"]}
    quake = entries[("2025-06-18", "15:24")]
    assert {A1, A2, A4, A5, A6} <= set(quake["documents"])
    assert (quake["when"], quake["end_date"]) == ("2025-06-18 15:24", None)
    assert set(entries[("2025-06-19", "06:00")]["documents"]) == {A5}
    assert set(entries[("2025-06-19", "18:00")]["documents"]) == {A6}
    dates = [t["date"] for t in brief["timeline"]]
    assert dates == sorted(dates)
    assert set(dates) <= {"2025-06-18", "2025-06-19", "2025-06-25"}
    # A6 has no publication date: said so, never guessed
    assert any(A6 in note and "no publication date" in note for note in brief["notes"])
    a6 = next(d for d in brief["documents"] if d["id"] == A6)
    assert a6["published"] is None


def test_summary_sentences_come_from_sources(brief: dict[str, Any]) -> None:
    texts = {d["id"]: d["text"] for d in brief["documents"]}
    assert 3 <= len(brief["summary"]) <= 7
    for s in brief["summary"]:
        assert s["text"] in texts[s["document"]]
        assert s["text"] == texts[s["document"]][s["start"] : s["end"]].strip()
        assert s["document"] in s["documents"]
    # a quotation's last sentence is given with the rest of the quotation, so its
    # closing mark has its opening one (the demo's "Itu taksiran sementara. Kami ...")
    for s in brief["summary"]:
        assert s["text"].count('"') % 2 == 0, s["text"]
    assert any(s["text"].startswith('"Itu taksiran sementara.') for s in brief["summary"])


def test_a_summary_sentence_takes_its_quotations_start() -> None:
    from kabar.brief import QUOTE_SPAN_MAX, _with_whole_quotation
    from kabar.summary import SummarySentence

    text = 'Warga panik. "Rumah kami retak. Kami tidur di tenda," kata Ujang.\nIa menunggu bantuan.'
    last = text.index("Kami tidur")
    end = text.index("\n")
    whole = _with_whole_quotation(SummarySentence(text[last:end], "d", last, end, ["d"]), text)
    assert whole.text == '"Rumah kami retak. Kami tidur di tenda," kata Ujang.'
    assert (whole.start, whole.end) == (text.index('"'), end)
    # a sentence with no quotation, or a quotation too long to give whole, stays
    plain = SummarySentence("Ia menunggu bantuan.", "d", end + 1, len(text), ["d"])
    assert _with_whole_quotation(plain, text) is plain
    long_text = '"' + "Kata demi kata. " * (QUOTE_SPAN_MAX // 16) + 'Selesai," kata Ujang.'
    tail = long_text.index("Selesai")
    kept = SummarySentence(long_text[tail:], "d", tail, len(long_text), ["d"])
    assert _with_whole_quotation(kept, long_text) is kept


def test_renders(brief: dict[str, Any], tmp_path: Path) -> None:
    md = render(brief, "md")
    assert md.index("Disagreements") < md.index("Headline facts")
    assert "rumah rusak" in md and "Endang Suhendar" in md
    html = render(brief, "html")
    # self-contained: nothing is fetched when the page is viewed
    assert re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=[\"']?https?:", html) is None
    assert "<svg" in html  # the chart of disputed figures
    assert "schema_version" in render(brief, "json")


def test_a_timeline_date_is_as_precise_as_the_text() -> None:
    """"tahun 1960-an" is the 1960s, not 1 January 1960; "tahun 2024" a year; "Juni
    2025" a month."""
    from datetime import date

    from kabar.brief import when_label

    assert when_label(date(1960, 1, 1), date(1969, 12, 31)) == "1960-1969"
    assert when_label(date(2024, 1, 1), date(2024, 12, 31)) == "2024"
    assert when_label(date(2024, 2, 1), date(2024, 2, 29)) == "2024-02"
    assert when_label(date(2025, 6, 1), date(2025, 6, 15)) == "2025-06-01 - 2025-06-15"
    assert when_label(date(2025, 6, 18), None, "15:24") == "2025-06-18 15:24"


def test_dates_long_before_the_story_are_its_background_listed_apart() -> None:
    """A museum's founding in 1962 and a March renovation are background to a June
    visit: marked in the JSON, listed under "Background" in Markdown and HTML; the
    visit and the weeks before it stay in the timeline."""
    text = (
        "Menteri meninjau museum itu pada Selasa (17/6/2025). Museum tersebut diresmikan pada 5 Mei 1962. "
        "Gedungnya direnovasi pada Maret 2025. Persiapan kunjungan dimulai pada 2 Juni 2025."
    )
    result = _one_article_brief(text, datetime(2025, 6, 18, 9))
    marked = {t["when"]: t["background"] for t in result["timeline"]}
    assert marked == {"1962-05-05": True, "2025-03": True, "2025-06-02": False, "2025-06-17": False}
    md = render(result, "md")
    timeline, background = md.split("## Timeline")[1].split("## Background")
    assert "2025-06-17" in timeline and "1962" not in timeline
    assert "1962-05-05" in background and "2025-03" in background and "2025-06-02" not in background
    assert "<h2>Background</h2>" in render(result, "html")


def test_the_publishing_outlets_own_name_is_no_entity_of_its_article() -> None:
    from kabar.brief import _own_outlet

    assert _own_outlet("POSMETRO MEDAN", "posmetro")
    assert _own_outlet("Kompas.com", "kompas")
    # another outlet it cites, and a name that merely holds the outlet's, stay
    assert not _own_outlet("Antara", "kompas")
    assert not _own_outlet("Istana Merdeka", "merdeka")
    assert not _own_outlet("AP", "ap")
    # a regional site of the outlet's network, by its domain
    assert _own_outlet("TribunJateng.com", "tribunnews")
    assert _own_outlet("Tribunmanado.co.id", "tribunnews")
    assert not _own_outlet("Tribun Rakyat", "tribunnews")
    assert not _own_outlet("Detik.com", "tribunnews")


def test_a_legal_form_in_brackets_is_no_acronym_of_the_company() -> None:
    from kabar.analyze.stage import Analysis
    from kabar.brief import _acronym_links
    from kabar.records import Mention

    text = "PT Listrik Kita (Persero) dan Badan Pusat Statistik (BPS) bertemu."
    mentions = [Mention("d", 0, 16, "PT Listrik Kita", "ORG"), Mention("d", 30, 51, "Badan Pusat Statistik", "ORG")]
    analysis = Analysis(document="d", text=text, mentions=mentions)
    assert _acronym_links([analysis]) == {"Badan Pusat Statistik": "BPS"}
    # nor is a word in brackets after a name in capitals, or longer than the name
    text = "Mesin DOHC i-VTEC (Hybrid) dan Honda (Motor) dipamerkan."
    mentions = [Mention("d", text.index("VTEC"), text.index("VTEC") + 4, "VTEC", "ORG"),
                Mention("d", text.index("Honda"), text.index("Honda") + 5, "Honda", "ORG")]
    assert _acronym_links([Analysis(document="d", text=text, mentions=mentions)]) == {}


def test_a_nickname_after_a_full_name_is_the_same_person() -> None:
    """"Nur Hidayat (Gus Dayat)", "Nur Hidayat atau Gus Dayat", "yang akrab disapa
    Bondan": the nickname's entry is the full name's, and so are the figures it says;
    a place in brackets or two men joined by "atau" are not."""
    from datetime import timedelta, timezone

    from kabar.records import Article

    wib = timezone(timedelta(hours=7))
    texts = [
        "Menteri Nur Hidayat (Gus Dayat) meninjau posko di Sikka, Rabu. "
        '"Kami kirim 300 tenda," kata Gus Dayat. Pelatih Adrian Popescu (Rumania) juga datang.',
        "Nur Hidayat atau Gus Dayat menyebut 300 tenda sudah dikirim. Relawan Ramdan Wijaya yang akrab "
        'disapa Bondan ikut memasang tenda. "Ada 45 relawan," ujar Bondan. Budi Santoso atau Andi Wijaya akan hadir.',
    ]
    articles = []
    for i, text in enumerate(texts):
        article = Article(id=f"n{i}", title="Posko", text=text, published=datetime(2025, 6, 18, 10 + i, tzinfo=wib))
        article.clean_text = text
        articles.append(article)
    result = build_brief(articles)
    by_name = {e["name"]: e for e in result["entities"]}
    assert "Dayat" in by_name["Nur Hidayat"]["aliases"] and "Dayat" not in by_name
    assert "Bondan" in by_name["Ramdan Wijaya"]["aliases"] and "Bondan" not in by_name
    assert "Rumania" not in by_name["Adrian Popescu"]["aliases"]
    assert "Andi" not in by_name.get("Budi Santoso", {"aliases": []})["aliases"]
    speakers = {c["speaker"] for c in result["claims"] if c["value"] == 300}
    assert speakers == {by_name["Nur Hidayat"]["id"]}


def test_a_place_read_into_a_persons_name_is_cut_off() -> None:
    """"Kepala Bandara Sumba Yohanes Bere" read as a person "Sumba Yohanes Bere": the
    person goes by "Yohanes Bere" when the story writes "Yohanes" alone for them; not
    when the first word is another person's too, nor without such a mention."""
    from kabar.brief import _without_place_prefix
    from kabar.records import Entity

    entities = [
        Entity("p1", "Sumba Yohanes Bere", "PERSON", aliases=["Yohanes"]),
        Entity("l1", "Bandara Sumba", "LOC"),
        Entity("p2", "Ratna Agus Salim", "PERSON", aliases=["Agus Salim"]),
        Entity("o1", "Toko Ratna", "ORG"),
        Entity("p3", "Dewi Ratna", "PERSON"),
        Entity("p4", "Sumba Maria Lende", "PERSON"),
    ]
    _without_place_prefix(entities)
    assert [(e.name, e.aliases) for e in entities if e.type == "PERSON"] == [
        ("Yohanes Bere", ["Sumba Yohanes Bere", "Yohanes"]),
        ("Ratna Agus Salim", ["Agus Salim"]),
        ("Dewi Ratna", []),
        ("Sumba Maria Lende", []),
    ]


def test_a_preview_gives_no_result_of_its_match() -> None:
    """An article written before its match (its headline a preview's) gives past
    meetings' scores: none of them is the match's result, nor in conflict with it."""
    from datetime import timedelta, timezone

    from kabar.records import Article

    wib = timezone(timedelta(hours=7))
    preview = Article(
        id="p1", title="Prediksi Persib vs Persija Malam Ini", published=datetime(2025, 6, 18, 9, tzinfo=wib),
        text="Persib vs Persija digelar malam ini. Pada pertemuan di Bandung, Persib menang 3-0 atas Persija.",
    )
    report = Article(
        id="r1", title="Hasil Persib vs Persija 1-1", published=datetime(2025, 6, 18, 23, tzinfo=wib),
        text="Persib ditahan imbang Persija 1-1 di Bandung. Laga berakhir 1-1.",
    )
    for article in (preview, report):
        article.clean_text = article.text
    result = build_brief([preview, report])
    keys = {c["document"]: c["property_key"] for c in result["claims"] if c["kind"] == "score"}
    assert keys == {"p1": "skor:laga lain", "r1": "skor"}
    assert not [f for f in result["flags"] if f["kind"] == "figure_conflict"]


def test_a_common_word_opening_sentences_is_no_person() -> None:
    from kabar.analyze.stage import Analysis
    from kabar.brief import _sentence_opening_words
    from kabar.records import Mention

    text = ("Duel dijadwalkan Selasa malam. Yuk, simak jadwalnya. Johnson datang. "
            "Budi hadir pagi. Pelatih Budi Santoso senang. Laga itu penting. "
            "Warga ramai di Kabinet dan medsos. Suara kabinet terbelah. Kata IA, ia lelah.")

    def at(written: str, word: str | None = None) -> Mention:
        i = text.index(written)
        name = word or written
        return Mention("d1", i, i + len(name), name, "PERSON")

    mentions = [at("Duel"), at("Yuk"), at("Johnson"), at("Budi hadir", "Budi"), at("Budi Santoso"),
                at("Kabinet"), at("IA")]
    found = {text[start:].split()[0].strip(",") for _doc, start in _sentence_opening_words([Analysis("d1", text, mentions=mentions)])}
    # a common word opening sentences, or inside one where the story also writes it in
    # lower case; not an English name, not a word of a longer name, not initials
    assert found == {"Duel", "Yuk", "Kabinet"}
    # the in-sentence rule holds in a story where no such word opens a sentence
    alone = [m for m in mentions if m.text == "Kabinet"]
    assert _sentence_opening_words([Analysis("d1", text, mentions=alone)]) == {("d1", alone[0].start)}


def test_a_timeline_date_whose_weekday_does_not_fit_is_placed_on_the_day_meant() -> None:
    """"Senin (9/6/2026)" in a report published on 10 June 2025: 9 June 2026 is a
    Tuesday, 9 June 2025 a Monday; the timeline places it on 2025-06-09 and keeps the
    written date, and the flag names both. A date whose weekday fits is left as it is,
    and so is one near the publication day whose weekday is one day off."""
    text = (
        "Sebuah truk terguling di jalan tol pada Senin (9/6/2026) dini hari. "
        "Polisi menutup satu lajur selama dua jam.\n"
        "Sehari sebelumnya, Minggu (8/6/2025), jalan itu juga macet panjang. "
        "Rapat evaluasi digelar Selasa (11/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 10, 9, 0), "t1", "Truk terguling di tol")
    by_phrase = {t["phrase"]: t for t in result["timeline"]}
    slipped = next(t for p, t in by_phrase.items() if "9/6/2026" in p)
    assert (slipped["date"], slipped["written_date"]) == ("2025-06-09", "2026-06-09")
    kept = next(t for p, t in by_phrase.items() if "8/6/2025" in p)
    assert kept["date"] == "2025-06-08" and "written_date" not in kept
    # near the publication day the weekday may be the slip: 11 June 2025 is a Wednesday,
    # not a Tuesday (flagged, not moved)
    near = next(t for p, t in by_phrase.items() if "11/6/2025" in p)
    assert near["date"] == "2025-06-11" and "written_date" not in near
    assert near["weekday_written"] == "Selasa" and "weekday_written" not in kept
    assert any(f["kind"] == "date_mismatch" and "read as 2025-06-09" in f["message"] for f in result["flags"])
    shown = render(result, "md")
    assert "2025-06-09 (written 2026-06-09)" in shown
    assert "2025-06-11 (written a Selasa: the date or the weekday is a slip)" in shown


def test_a_side_of_a_fixture_is_a_team_in_every_article_of_the_story() -> None:
    """One article writes "Persija vs Bintang Timur" (a team), another only "ditahan
    Bintang Timur" (typed a person there): who's who lists one team."""
    from kabar.analyze.stage import Analysis
    from kabar.brief import _mentions_for_resolve
    from kabar.records import Mention

    one = "Laga Persija vs Bintang Timur digelar malam ini."
    two = "Persija ditahan Bintang Timur di kandang."
    a = Analysis(document="a", text=one, mentions=[
        Mention("a", 5, 12, "Persija", "ORG"), Mention("a", 16, 29, "Bintang Timur", "ORG")])
    b = Analysis(document="b", text=two, mentions=[
        Mention("b", 0, 7, "Persija", "ORG"), Mention("b", 16, 29, "Bintang Timur", "PERSON")])
    typed = {(m.document, m.text): m.type for m in _mentions_for_resolve([a, b])}
    assert typed[("b", "Bintang Timur")] == "ORG"
    # without the fixture, the person stays
    assert {(m.document, m.text): m.type for m in _mentions_for_resolve([b])}[("b", "Bintang Timur")] == "PERSON"


def test_a_headline_fact_says_who_gave_it_and_shows_it_as_written(brief: dict[str, Any]) -> None:
    md = render(brief, "md")
    head = md.index("| property | status | consensus | range | sources | said by | as written |")
    rows = {line.split(" | ")[0].lstrip("| "): line for line in md[head:].splitlines()[2:] if line.startswith("| ")}
    # the consensus value's speaker, per outlet, and the figure in bold in its sentence
    assert "Rahmat Hidayat" in rows["kerugian"].split(" | ")[5]
    assert "**ditaksir mencapai Rp1.200.000.000**" in rows["kerugian"].split(" | ")[6]
    assert "**M4,9**" in rows["magnitudo"] and "the outlet itself" in rows["korban mengungsi"]
    html = render(brief, "html")
    assert "<th>said by</th><th>as written</th>" in html and "<b>M4,9</b>" in html


def test_as_written_cuts_a_long_sentence_at_words_around_the_figure() -> None:
    from kabar.report import EXCERPT_SIDE, as_written

    sentence = ("Menurut catatan dinas sosial kabupaten yang dirilis pada pagi hari ini, sebanyak "
                "1.250 warga masih mengungsi di sejumlah tenda darurat yang didirikan di halaman kantor kecamatan.")
    claims = [{"id": "c1", "sentence": sentence, "text": "1.250 warga", "speaker": None}]
    before, figure, after = as_written({"claims": claims}, {"claims": ["c1"]})
    assert figure == "1.250 warga"
    assert before.startswith("…") and len(before) <= EXCERPT_SIDE + 1 and sentence.find(before[1:]) > 0
    assert after.endswith("…") and after[:-1].rstrip() in sentence and " " not in (after[-2], before[1])
    assert as_written({"claims": []}, {"claims": ["c9"]}) == ("", "", "")
    # the same words twice in the sentence: the figure where the claim's offsets put it
    text = "Pengantar. Dari 5 IUP yang beroperasi, hanya 1 IUP yang memegang RKAB, kata Bahlil."
    sentence = text[len("Pengantar. "):]
    claims = [{"id": "c2", "document": "d", "sentence": sentence, "text": "1 IUP", "start": text.index("1 IUP"),
               "speaker": None}]
    brief = {"claims": claims, "documents": [{"id": "d", "text": text}]}
    assert as_written(brief, {"claims": ["c2"]}) == ("Dari 5 IUP yang beroperasi, hanya ", "1 IUP", " yang memegang RKAB, kata Bahlil.")
    claims[0].update(text="IUP", start=text.index("1 IUP") + 2)
    assert as_written(brief, {"claims": ["c2"]})[0] == "Dari 5 IUP yang beroperasi, hanya 1 "
    # a value's words are those of a claim giving the value itself, not of one agreeing
    # with it (a bound or an approximation in the value's cluster), even when only the other names a speaker
    claims = [{"id": "c3", "sentence": "Pulau kecil itu lebarnya kurang dari 2.000 km2, ujar Rudi.", "value": 2000,
               "value_max": None, "text": "kurang dari 2.000 km2", "speaker": "e1"},
              {"id": "c4", "sentence": "Luas pulau kecil itu sekitar 65 km2.", "value": 65, "value_max": None,
               "text": "65 km2", "speaker": None}]
    assert as_written({"claims": claims}, {"claims": ["c3", "c4"], "value": 65, "value_max": None})[1] == "65 km2"
    assert as_written({"claims": claims}, {"claims": ["c3", "c4"], "value": 7, "value_max": None})[1] == "kurang dari 2.000 km2"


def test_a_vague_figure_is_shown_as_written_not_as_its_nominal_value() -> None:
    """"ratusan rumah" is valued 100 and "Sejumlah kecil bantuan" 2 for comparing; the
    reports print their words."""
    from kabar.report import shown_consensus, shown_value

    claims = [{"id": "c1", "text": "ratusan rumah"}, {"id": "c2", "text": "120 rumah"}]
    vague = {"value": 100, "unit": "rumah", "qualifiers": ["vague"], "claims": ["c1"]}
    exact = {"value": 120, "unit": "rumah", "qualifiers": ["exact"], "claims": ["c2"]}
    brief = {"claims": claims}
    assert shown_value(brief, vague) == "\u201cratusan rumah\u201d"
    assert shown_value(brief, exact) == "120 rumah"
    group = {"values": [vague], "consensus": {"value": 100, "unit": "rumah", "reason": "..."}}
    assert shown_consensus(brief, group) == "\u201cratusan rumah\u201d"
    assert shown_consensus(brief, {"values": [exact], "consensus": None}) == ""


def test_a_figure_is_printed_with_the_digits_it_was_written_with() -> None:
    """No rounding that changes what the article said: "USD 0,00415 per saham" is not
    US$ 0,004, "30,002 persen" is not 30%."""
    from kabar.report import fmt_value

    assert fmt_value(10000) == "10.000"
    assert fmt_value(4.8) == "4,8"
    assert fmt_value(1200000000.0, "IDR") == "Rp 1.200.000.000"
    assert fmt_value(0.00415, "USD") == "US$ 0,00415"
    assert fmt_value(30.002, "%") == "30,002%"
    assert fmt_value(41.236, "IDR") == "Rp 41,236"
    assert fmt_value(-2.75, "%") == "-2,75%"
    assert fmt_value(48213.07) == "48.213,07"
    # a value computed, not written, is cut at MAX_SIGNIFICANT digits
    assert fmt_value(1 / 3) == "0,333333333333"


def test_a_qualifier_every_claim_of_a_value_has_is_printed_before_it() -> None:
    """"lebih dari 5 detik" in the text is "lebih dari 5 detik" in the table, not 5
    detik; claims that qualify it differently leave the value bare."""
    from kabar.report import shown_consensus, shown_value

    claims = [{"id": "c1", "text": "lebih dari 5 detik"}, {"id": "c2", "text": "lebih dari 5 detik"},
              {"id": "c3", "text": "5 detik"}, {"id": "c4", "text": "sekitar 6-7 km"}]
    brief = {"claims": claims}
    more = {"value": 5, "unit": "detik", "qualifiers": ["more_than"], "claims": ["c1", "c2"]}
    group = {"values": [more], "consensus": {"value": 5, "value_max": None, "unit": "detik", "reason": "..."}}
    assert shown_consensus(brief, group) == "lebih dari 5 detik"
    assert shown_value(brief, {**more, "qualifiers": ["exact", "more_than"], "claims": ["c1", "c3"]}) == "5 detik"
    approx = {"value": 6, "value_max": 7, "unit": "km", "qualifiers": ["approx"], "claims": ["c4"]}
    assert shown_value(brief, approx) == "sekitar 6 – 7 km"
    assert shown_value(brief, {**approx, "qualifiers": ["exact"]}) == "6 – 7 km"
    # the qualifier's words every claim wrote: "hampir", not the analyzer's "sekitar"
    brief["claims"] += [{"id": "c5", "text": "hampir 9.000 peserta"}, {"id": "c6", "text": "hampir 9.000 peserta"},
                        {"id": "c7", "text": "kurang lebih Rp 4 juta"}, {"id": "c8", "text": "sekitar 9.000 peserta"}]
    nearly = {"value": 9000, "unit": "peserta", "qualifiers": ["approx"], "claims": ["c5", "c6"]}
    assert shown_value(brief, nearly) == "hampir 9.000 peserta"
    assert shown_value(brief, {**nearly, "claims": ["c5", "c8"]}) == "sekitar 9.000 peserta"
    assert shown_value(brief, {"value": 4_000_000, "unit": "IDR", "qualifiers": ["approx"], "claims": ["c7"]}) == (
        "kurang lebih Rp 4.000.000"
    )


def test_a_score_every_claim_wrote_one_way_is_printed_as_written() -> None:
    """"kalah 0-3" in every report is 0-3 in the table, not the key's higher-first 3-0;
    reports writing it both ways leave the key's form."""
    from kabar.report import shown_value

    brief = {"claims": [{"id": "c1", "text": "0-3"}, {"id": "c2", "text": "0 - 3"}, {"id": "c3", "text": "3-0"}]}
    score = {"value": "3-0", "unit": None, "qualifiers": ["exact"], "claims": ["c1", "c2"]}
    assert shown_value(brief, score) == "0-3"
    assert shown_value(brief, {**score, "claims": ["c1", "c3"]}) == "3-0"


def test_a_place_in_brackets_after_a_club_is_no_short_form_of_it() -> None:
    """"River Plate (Argentina)" says where the club is; "Badan Pendapatan Daerah
    (Bapenda)" gives the body's short form."""
    from kabar.analyze.stage import Analysis
    from kabar.brief import _acronym_links
    from kabar.records import Mention

    text = "River Plate (Argentina) lolos. Badan Pendapatan Daerah (Bapenda) mencatat. LAFC (AS) kalah."
    mentions = [
        Mention("a", 0, 11, "River Plate", "ORG"), Mention("a", 13, 22, "Argentina", "LOC"),
        Mention("a", 31, 54, "Badan Pendapatan Daerah", "ORG"), Mention("a", 56, 63, "Bapenda", "ORG"),
        Mention("a", 75, 79, "LAFC", "ORG"),
    ]
    assert _acronym_links([Analysis(document="a", text=text, mentions=mentions)]) == {
        "Badan Pendapatan Daerah": "Bapenda"
    }
    # a ticker in capitals the model read as a place is the company's
    text = "PT Contoh Energi Tbk (TOBA) rugi."
    mentions = [Mention("b", 0, 20, "PT Contoh Energi Tbk", "ORG"), Mention("b", 22, 26, "TOBA", "LOC")]
    assert _acronym_links([Analysis(document="b", text=text, mentions=mentions)]) == {"PT Contoh Energi Tbk": "TOBA"}


def test_a_common_word_glued_onto_a_name_is_cut_off_where_the_story_writes_the_name_alone() -> None:
    from kabar.brief import _unglued_name

    last_words = {"Putin": 5, "Setia": 1, "Setiadi": 4, "Mineral": 1}
    assert _unglued_name("Vladimir Putindi", last_words) == "Vladimir Putin"
    assert _unglued_name("Vladimir Putinkemudian", last_words) == "Vladimir Putin"
    # a name the story writes so more often, a one-off head, an ending making a word
    assert _unglued_name("Budi Arie Setiadi", last_words) is None
    assert _unglued_name("PT Hengjaya Mineralindo", last_words) is None
    assert _unglued_name("Vladimir Putinan", last_words) is None
    # a name of three letters, with a word of three or more glued on; not an acronym's
    assert _unglued_name("Al Ainpada", {"Ain": 3}) == "Al Ain"
    assert _unglued_name("PIN BRImo", {"BRI": 3}) is None
    assert _unglued_name("Al Ainse", {"Ain": 3}) is None


def test_a_name_glued_onto_the_word_before_is_read_as_the_story_writes_it() -> None:
    from kabar.brief import _camel_unglued

    persons = {"Vladimir Putin": 1, "Ali Khamenei": 2, "Igor Jesus": 1, "Jim McDonnell": 3, "Tok": 2}
    assert _camel_unglued("VladimirPutin", persons) == (0, "Vladimir Putin")
    assert _camel_unglued("IranAli Khamenei", persons) == (4, "Ali Khamenei")
    assert _camel_unglued("Kemlu RIJudha Nugraha", {"Judha Nugraha": 2}) == (8, "Judha Nugraha")
    # the part after the glue written once only; one lower-case letter; a brand
    assert _camel_unglued("BotafogoIgor Jesus", persons) is None
    assert _camel_unglued("McDonnell", {"Donnell": 5}) is None
    assert _camel_unglued("TikTok", persons) is None


def test_a_speaker_named_by_a_relation_to_a_person_is_not_that_person() -> None:
    from kabar.brief import _RELATION

    assert _RELATION.match("Kuasa hukum Ronald Tannur") and _RELATION.match("istri Ferdy Sambo")
    assert _RELATION.match("Anak sulung Ahmad Dhani") and not _RELATION.match("Anak Agung Gde Agung")
    # an honorific, a spokesperson named after the body
    assert not _RELATION.match("Ibu Sri Mulyani") and not _RELATION.match("jubir KPK Budi Prasetyo")
    from kabar.brief import _speakers
    from kabar.records import Claim, Entity, Mention

    # "Kuasa hukum Ronald Tannur menyebut 3 saksi. Kuasa hukum Nikita, Fahmi Bachmid, menyebut 5 saksi."
    ronald = Mention("d", 12, 25, "Ronald Tannur", "PERSON")
    fahmi = Mention("d", 66, 79, "Fahmi Bachmid", "PERSON")
    entities = [
        Entity(id="e1", name="Ronald Tannur", type="PERSON", aliases=[], roles=[], documents=["d"], mentions=[ronald]),
        Entity(id="e2", name="Fahmi Bachmid", type="PERSON", aliases=[], roles=[], documents=["d"], mentions=[fahmi]),
    ]
    claims = [
        Claim(id="c1", document="d", sentence="", start=35, end=42, value=3, unit="saksi", kind="count",
              speaker_text="Kuasa hukum Ronald Tannur"),
        Claim(id="c2", document="d", sentence="", start=87, end=94, value=5, unit="saksi", kind="count",
              speaker_text="Kuasa hukum Nikita, Fahmi Bachmid"),
    ]
    _speakers(claims, {"c1": (0, 25), "c2": (44, 79)}, entities)
    assert [c.speaker for c in claims] == [None, "e2"]


def test_a_speaker_named_before_the_body_is_the_person() -> None:
    from kabar.brief import _speakers
    from kabar.records import Claim, Entity, Mention

    # "Rina Kartika, Kepala BPBD Garut, menyebut 5 rumah rusak."
    rina, bpbd = Mention("d", 0, 12, "Rina Kartika", "PERSON"), Mention("d", 21, 31, "BPBD Garut", "ORG")
    entities = [
        Entity(id="e1", name="Rina Kartika", type="PERSON", aliases=[], roles=[], documents=["d"], mentions=[rina]),
        Entity(id="e2", name="BPBD Garut", type="ORG", aliases=[], roles=[], documents=["d"], mentions=[bpbd]),
    ]
    claim = Claim(id="c1", document="d", sentence="", start=42, end=49, value=5, unit="rumah", kind="count",
                  speaker_text="Rina Kartika, Kepala BPBD Garut")
    _speakers([claim], {"c1": (0, 31)}, entities)
    assert claim.speaker == "e1"


def test_many_unattributed_figures_are_one_flag_in_markdown_and_html_not_in_json() -> None:
    """A launch's specifications stated by the outlet alone are listed in one line,
    after the flags that need a reader; the JSON keeps one flag per figure."""
    def loose(figure: str, *outlets: str) -> dict[str, Any]:
        return {"kind": "unattributed", "message": f"{figure}: the outlet alone ({', '.join(outlets)})",
                "claims": [], "documents": [], "figure": figure, "outlets": list(outlets)}

    flags = [loose("harga = Rp 449.000.000", "detik", "okezone"), loose("torsi = 127 Nm", "detik"),
             {"kind": "name_variant", "message": "HPM is spelled 2 ways", "claims": [], "documents": []},
             loose("katup = 16 katup", "detik")]
    brief: dict[str, Any] = {"documents": [], "flags": flags}
    md = render(brief, "md")
    assert ("- **name_variant**: HPM is spelled 2 ways\n- **unattributed**: 3 figures: no source is named, only "
            "the outlet states them: harga = Rp 449.000.000 (detik, okezone); torsi = 127 Nm (detik); "
            "katup = 16 katup (detik)") in md
    assert render(brief, "html").count("unattributed</span>") == 1
    assert len(json.loads(render(brief, "json"))["flags"]) == 4
    # two are shown as they are
    brief["flags"] = flags[:3]
    assert render(brief, "md").count("**unattributed**") == 2


def test_a_date_alone_is_no_timeline_event_but_dates_the_times_after_it() -> None:
    text = (
        "Jadwal balapan sebagai berikut.\n"
        "Sabtu, 14 Juni 2025\n"
        "Pukul 20.00 WIB: Kualifikasi\n"
        "Balapan utama digelar Minggu (15/6/2025) malam.\n"
        "\"Tahun ini ya.\""
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 12, 9, 0), "t2", "Jadwal balapan")["timeline"]
    assert [(t["date"], t["time"], t["text"]) for t in timeline] == [
        ("2025-06-14", "20:00", "Pukul 20.00 WIB: Kualifikasi"),
        ("2025-06-15", None, "Balapan utama digelar Minggu (15/6/2025) malam."),
    ]


def test_a_schedules_times_and_times_to_come_are_not_placed_on_a_past_day() -> None:
    """A time of day alone is on the day the article last named, but not a schedule's
    ("Senin - Jumat: pukul 15.00 ..."), nor a time to come whose moment on that day had
    passed when the article appeared."""
    text = (
        "Pameran itu dibuka Jumat (20/6/2025).\n"
        "- Senin - Jumat: pukul 15.00 - 21.00 WIB, Sabtu dan Minggu: pukul 09.00 - 21.00 WIB\n"
        "Panitia bilang sidang juri akan dimulai pukul 10.00 WIB di aula utama.\n"
        "Panitia bilang jumpa pers akan dimulai pukul 19.00 WIB di aula utama.\n"
        "Pertunjukan musik biasanya dimulai pukul 20.00 WIB.\n"
        "Pengunjung pertama datang pukul 09.30 WIB."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 20, 16, 30), "t5", "Pameran")["timeline"]
    assert [(t["date"], t["time"], t["text"][:30]) for t in timeline] == [
        ("2025-06-20", "09:30", "Pengunjung pertama datang puku"),
        ("2025-06-20", "19:00", "Panitia bilang jumpa pers akan"),
        ("2025-06-20", None, "Pameran itu dibuka Jumat (20/6"),
    ]


def test_a_year_is_not_placed_beside_a_shorter_span_of_its_sentence() -> None:
    """"Aturan tahun 2025 ini berlaku 16 Juni hingga 29 Agustus 2025" is placed on its
    span, not also in 2025; a year alone stays."""
    text = ("Aturan keringanan tahun 2025 ini berlaku 16 Juni hingga 29 Agustus 2025 bagi semua warga.\n"
            "Target penerimaan tahun 2025 belum tercapai.")
    timeline = _one_article_brief(text, datetime(2025, 6, 15, 9, 0), "t6", "Keringanan")["timeline"]
    assert [(t["date"], t["end_date"]) for t in timeline] == [("2025-01-01", "2025-12-31"), ("2025-06-16", "2025-08-29")]


def test_a_moment_written_in_two_zones_and_a_timed_sentence_are_placed_once() -> None:
    """"pukul 04:40 GMT atau pukul 11:40 WIB" is one moment, placed by the local time;
    a sentence a time places is not placed again on its day without it."""
    text = (
        "Pesan radio terakhir pesawat itu masuk pada 17 Juni 2025 pukul 04:40 GMT atau pukul 11:40 WIB.\n"
        "Pesawat itu, hingga hari ini pukul 07.15 WIB, Rabu 18 Juni 2025, belum ditemukan."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 18, 9, 0), "t4", "Kapal hilang")["timeline"]
    assert [(t["date"], t["time"]) for t in timeline] == [("2025-06-17", "11:40"), ("2025-06-18", "07:15")]


def test_a_date_describing_someone_named_places_nothing() -> None:
    text = (
        "Di Porto, bek kelahiran 3 Maret 1999 itu dikenal tangguh.\n"
        "Ia kini menjadi kapten klub yang berdiri sejak 1923.\n"
        "Disitat dari Autohome, Sabtu (7/6), sedan itu memakai lampu baru.\n"
        "Klub itu didirikan pada 2018 di Florida."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 9, 9, 0), "t5", "Latar")["timeline"]
    assert [t["date"] for t in timeline] == ["2018-01-01"]


def test_the_base_of_a_comparison_places_nothing() -> None:
    """"lebih kecil dibandingkan raihan tahun 2023": the year compared with, not when the
    sentence's result was; the result's own year places it."""
    text = (
        "Koperasi itu meraup untung Rp 2 miliar pada 2024, lebih kecil dibandingkan raihan tahun 2023.\n"
        "Stok beras gudang itu tetap dibandingkan catatan pada akhir April 2025.\n"
        "Pendapatan naik 12% dibandingkan dengan tahun lalu.\n"
        "Pada 2022, perusahaan itu merugi."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 10, 9, 0), "t7", "Laba")["timeline"]
    assert [t["date"] for t in timeline] == ["2022-01-01", "2024-01-01"]
    # nor does a line opening a list
    text = "Inilah lima koperasi dengan untung terbesar pada 2024:\nPada 2022, koperasi itu merugi."
    timeline = _one_article_brief(text, datetime(2025, 6, 10, 9, 0), "t8", "Daftar")["timeline"]
    assert [t["date"] for t in timeline] == ["2022-01-01"]


def test_years_that_describe_place_nothing_and_a_year_alone_does() -> None:
    """A tenure, a season or a plan's years, and a year a state has lasted since, are
    no happening of the story; a year alone is."""
    text = (
        "Ia menjabat kepala dinas (2016-2021) sebelum pindah ke provinsi.\n"
        "Klub itu menyiapkan skuad untuk musim 2025-2026 dengan pelatih baru.\n"
        "Koperasi itu melayani petani sejak 1978 hingga kini.\n"
        "Pada 2009, jembatan lama itu pertama kali diperbaiki."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 9, 9, 0), "t6", "Latar tahun")["timeline"]
    assert [t["date"] for t in timeline] == ["2009-01-01"]


def test_a_month_or_year_holding_a_day_of_its_sentence_places_it_once() -> None:
    """"tahun ini ... Kamis (12/6/2025)": on 12 June, not also over the whole year; a span
    of days ("pada 18-20 Juni") is the event's own and places it, not the day in it."""
    text = (
        "Pemerintah kota menanam 500 pohon tahun ini, kata wali kota pada Kamis (12/6/2025).\n"
        "Pameran buku berlangsung pada 18-20 Juni, dibuka Rabu (18/6/2025) oleh gubernur."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 13, 9, 0), "t3", "Pohon dan buku")["timeline"]
    assert [(t["date"], t["end_date"]) for t in timeline] == [
        ("2025-06-12", None), ("2025-06-18", "2025-06-20"),
    ]


def test_names_written_once_are_one_line_in_markdown_and_html_not_in_json() -> None:
    def entity(name: str, mentions: int, **extra: Any) -> dict[str, Any]:
        return {"id": name, "name": name, "type": "LOC", "aliases": [], "roles": [], "documents": ["d"],
                "mentions": [{"document": "d", "start": i, "end": i + 1, "text": name} for i in range(mentions)], **extra}

    entities = [entity("Garut", 4), entity("Kelly", 1), entity("Bandung", 1), entity("Endang", 1, roles=[
        {"role": "Bupati Garut", "documents": ["d"]}]), entity("Park", 1)]
    brief: dict[str, Any] = {"documents": [], "entities": entities}
    md = render(brief, "md")
    assert "- **Garut** (LOC)" in md and "- **Endang** (LOC)" in md
    assert "- Named once: Kelly (LOC), Bandung (LOC), Park (LOC)" in md and "**Kelly**" not in md
    assert "Named once: Kelly (LOC), Bandung (LOC), Park (LOC)" in render(brief, "html")
    assert len(json.loads(render(brief, "json"))["entities"]) == 5
    # two are listed as they are
    brief["entities"] = entities[:3]
    assert "Named once" not in render(brief, "md")


def test_a_short_form_typed_several_ways_is_one_entity_of_its_organisation() -> None:
    """"PT Aneka Tambang Tbk (Antam)" in one article, "Antam" typed an organisation,
    a person and a place elsewhere: one Antam, the organisation; a short form of one
    entity keeps its type ("Jurist Tan (JT)")."""
    from kabar.brief import _merge_acronym_entities
    from kabar.records import Entity, Mention

    def entity(eid: str, name: str, kind: str, n: int) -> Entity:
        return Entity(id=eid, name=name, type=kind, documents=[f"d{eid}"],
                      mentions=[Mention(f"d{eid}", i, i + 5, name, kind) for i in range(n)])

    entities = [entity("1", "Antam", "PERSON", 8), entity("2", "Antam", "ORG", 9), entity("3", "Antam", "LOC", 2),
                entity("4", "PT Aneka Tambang Tbk", "ORG", 1), entity("5", "Jurist Tan", "ORG", 1),
                entity("6", "JT", "PERSON", 9)]
    merged = _merge_acronym_entities(entities, {"PT Aneka Tambang Tbk": "Antam", "Jurist Tan": "JT"})
    assert [(e.name, e.type, e.aliases, len(e.mentions)) for e in merged] == [
        ("Antam", "ORG", ["PT Aneka Tambang Tbk"], 20), ("JT", "PERSON", ["Jurist Tan"], 10),
    ]


def test_a_time_before_its_own_sentences_date_is_on_that_date() -> None:
    text = (
        "Pameran dibuka Sabtu (14/6/2025) di Surabaya.\n"
        "Panggung utama dibuka pukul 19.00 WIB pada Jumat (20/6/2025).\n"
        "Toko-toko tutup pukul 11 malam selama 27-28 Juni."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 14, 9, 0), "t3", "Pameran")["timeline"]
    # (the shops' closing time is each day's of the period, not 20 June's at 23:00)
    assert [(t["date"], t["end_date"], t["time"]) for t in timeline] == [
        ("2025-06-14", None, None),
        ("2025-06-20", None, "19:00"),
        ("2025-06-27", "2025-06-28", None),
    ]


def test_a_places_initials_in_brackets_are_its_short_form() -> None:
    from kabar.analyze.stage import Analysis
    from kabar.brief import _acronym_links
    from kabar.records import Mention

    text = "Warga Los Angeles (LA) berunjuk rasa. Kota Bandung (Jabar) tenang."
    mentions = [Mention("a", 6, 17, "Los Angeles", "LOC"), Mention("a", 43, 49, "Bandung", "LOC")]
    assert _acronym_links([Analysis(document="a", text=text, mentions=mentions)]) == {"Los Angeles": "LA"}


def test_a_summary_sentence_another_holds_whole_is_dropped() -> None:
    from kabar.brief import _without_contained
    from kabar.summary import SummarySentence

    short = SummarySentence("“Kami ingin warga ikut merasakan.", "b", 0, 33, ["b"])
    whole = SummarySentence(
        "“Kami ingin warga ikut merasakan. Karena itu hewan dibagikan di lima desa,” kata Sari.", "a", 0, 86, ["a"])
    other = SummarySentence("Panitia menyiapkan 40 ekor sapi.", "a", 90, 122, ["a"])
    kept = _without_contained([short, whole, other])
    assert [s.text[:12] for s in kept] == ["“Kami ingin ", "Panitia meny"]
    assert kept[0].documents == ["a", "b"]


def test_a_summary_sentence_nearly_all_of_whose_words_another_holds_is_dropped() -> None:
    """Another outlet's piece of a quotation the summary gives whole, a word apart
    ("ke") or with its speaker's verb ("Sari melanjutkan,"), says nothing new; a
    sentence with another figure does."""
    from kabar.brief import _without_contained
    from kabar.summary import SummarySentence

    whole = SummarySentence(
        "“Ini kemajuan kata mereka. Tanyakan nelayan yang kembali tanpa tangkapan tiap pagi,” ucap Sari.",
        "a", 0, 99, ["a"])
    piece = SummarySentence("Tanyakan ke nelayan yang kembali tanpa tangkapan tiap pagi.", "b", 0, 63, ["b"])
    opening = SummarySentence('Sari melanjutkan, "Ini kemajuan kata mereka.', "c", 0, 44, ["c"])
    kept = _without_contained([whole, piece, opening])
    assert [s.document for s in kept] == ["a"] and kept[0].documents == ["a", "b", "c"]
    count = SummarySentence("Tanyakan 40 nelayan yang kembali tanpa tangkapan tiap pagi.", "d", 0, 63, ["d"])
    assert [s.document for s in _without_contained([whole, count])] == ["a", "d"]


def test_a_day_an_outlet_cited_its_source_places_no_timeline_event() -> None:
    """"dikutip Selasa (17/6/2025)" is when the outlet quoted, not when it was said: the
    sentence is placed by its other date, or with none listed undated with that day in
    ``cited``; nor does that day date a bare time after it."""
    text = (
        "“Kami sudah memasang jalur darurat,” kata Kepala Dinas PU Sukamaju Rina Hapsari, dikutip Selasa (17/6/2025).\n"
        "Warga mulai melintas sejak pukul 06.00 WIB.\n"
        "Mengutip laman resmi Pemkot Sukamaju, Selasa (17/6/2025), jembatan Cibeureum ambruk pada Minggu (15/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 17, 15, 0), "t4", "Jembatan ambruk")
    assert [(t["date"], t["phrase"]) for t in result["timeline"]] == [("2025-06-15", "Minggu (15/6/2025)")]
    assert [(u["cited"], u["phrase"], u["text"][:22]) for u in result["undated"]] == [
        ("2025-06-17", "Selasa (17/6/2025)", "“Kami sudah memasang j"),
    ]


def test_a_day_after_sejak_places_a_state_up_to_the_article() -> None:
    """ "ucapan pertamanya sejak Jumat (13/6)" tells of a comment made when the
    article appeared, not on the 13th: the sentence spans from that day to the
    article's. A start long ago stays the background it was."""
    text = (
        "Khamenei menyebut gempuran itu keliru dalam ucapan perdananya sejak Jumat (13/6/2025). "
        "Sejak Januari 2025 tercatat 40 korban. "
        "Gunung itu berstatus Level II sejak 19 Desember 2023. "
        "Ia tiba di Teheran pada Senin (16/6/2025)."
    )
    timeline = _one_article_brief(text, datetime.fromisoformat("2025-06-19T10:00:00+07:00"))["timeline"]
    spans = {t["text"][:12]: (t["date"], t["end_date"], t["background"]) for t in timeline}
    assert spans["Khamenei men"] == ("2025-06-13", "2025-06-19", False)
    assert spans["Sejak Januar"] == ("2025-01-01", "2025-06-19", False)
    assert spans["Gunung itu b"] == ("2023-12-19", None, True)
    assert spans["Ia tiba di T"] == ("2025-06-16", None, False)


def test_a_figures_place_is_printed_with_its_property() -> None:
    """Counts of one noun in two places are two rows the reader tells apart."""
    text = "Kini ada 390 WNI di Iran. Ada pula 190 WNI yang tinggal di Israel."
    brief = _one_article_brief(text, datetime.fromisoformat("2025-06-19T10:00:00+07:00"))
    md = render(brief, "md")
    assert "| wni di Iran |" in md and "| wni di Israel |" in md
    html = render(brief, "html")
    assert "<td>wni di Iran</td>" in html


def test_one_statement_quoted_a_day_later_is_placed_on_its_first_day() -> None:
    """One outlet quotes a spokesman on the day he spoke, another the next day with its
    own day: one statement, on the first day. A price given in the same words the next
    day, with its own figures, is the next day's."""
    from kabar.records import Article

    said = "“Kami mendalami tugas, fungsi, dan pengetahuan para saksi soal aliran dana itu,” kata juru bicara KPK Andi Wibowo"
    price = "Harga emas hari ini turun Rp{} menjadi Rp{} per gram dari harga sebelumnya Rp{} per gram, {}."
    articles = [
        Article(id="a", title="Saksi diperiksa", outlet="satu", published=datetime(2025, 6, 10, 18),
                text=f"{said}, Selasa (10/6/2025). " + price.format("6.000", "1.937.000", "1.943.000", "Selasa (10/6/2025)")),
        Article(id="b", title="Saksi diperiksa KPK", outlet="dua", published=datetime(2025, 6, 11, 9),
                text=f"{said}, Rabu (11/6/2025). " + price.format("1.000", "1.936.000", "1.937.000", "Rabu (11/6/2025)")),
    ]
    for a in articles:
        a.clean_text = a.text
    timeline = build_brief(articles)["timeline"]
    quoted = [(t["date"], t["documents"]) for t in timeline if "mendalami" in t["text"]]
    assert quoted == [("2025-06-10", ["a", "b"])]
    assert sorted(t["date"] for t in timeline if "Harga emas" in t["text"]) == ["2025-06-10", "2025-06-11"]


def test_a_statement_placed_on_its_first_day_keeps_the_other_day_and_its_flag() -> None:
    from kabar.records import Article

    said = "“Kami mendalami tugas, fungsi, dan pengetahuan para saksi soal aliran dana itu,” kata juru bicara KPK Andi Wibowo"
    articles = [
        Article(id="a", title="Saksi diperiksa", outlet="satu", published=datetime(2025, 6, 10, 18),
                text=f"{said}, Selasa (10/6/2025)."),
        Article(id="b", title="Saksi diperiksa KPK", outlet="dua", published=datetime(2025, 6, 11, 9),
                text=f"{said}, Rabu (11/6/2025)."),
    ]
    for a in articles:
        a.clean_text = a.text
    result = build_brief(articles)
    [item] = result["timeline"]
    assert item["dated_also"] == [{"date": "2025-06-11", "documents": ["b"]}]
    [flag] = [f for f in result["flags"] if f["kind"] == "statement_date"]
    assert "2025-06-10 by satu" in flag["message"] and "2025-06-11 by dua" in flag["message"]
    assert "(also dated 2025-06-11)" in render(result, "md")


def test_a_deadline_after_the_article_spans_from_the_article_to_it() -> None:
    text = (
        "Presiden memberi perpanjangan waktu bagi perusahaan itu hingga 17 September 2025. "
        "Kementerian mengumumkan, Kamis (19/6/2025), pendaftaran dibuka sampai 30 Juni 2025."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 20, 9, 0))["timeline"]
    spans = {t["text"][:12]: (t["date"], t["end_date"]) for t in timeline}
    assert spans == {"Presiden mem": ("2025-06-20", "2025-09-17"), "Kementerian ": ("2025-06-19", None)}


def test_the_town_after_a_venue_is_no_side_of_the_score() -> None:
    text = (
        "Persik ditahan imbang Arema pada laga perdana. Bermain di Stadion Gelora Baru, Kota Sukamaju, "
        "Kamis (19/6/2025), pertandingan selesai 1-1."
    )
    claims = _one_article_brief(text, datetime(2025, 6, 19, 23), title="Persik Ditahan Arema")["claims"]
    assert [(c["text"], c["property_key"], c["holder"]) for c in claims] == [("1-1", "skor", None)]


def test_a_time_after_a_day_written_after_sejak_is_on_that_day() -> None:
    text = (
        "Petani itu kembali ke rumah keluarganya Senin (9/6/2025) pagi. "
        "Keluarga mengatakan ia tak pulang sejak Selasa (3/6/2025). "
        "Ia terakhir kali terlihat di kebunnya sekitar pukul 10.00 WIB."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 9, 18, 0))["timeline"]
    assert [(t["date"], t["time"]) for t in timeline if t["text"].startswith("Ia terakhir")] == [("2025-06-03", "10:00")]


def test_a_birth_date_describing_the_speaker_dates_nothing() -> None:
    text = (
        "Penyanyi kelahiran Bandung, 3 Maret 1990, itu lalu mengkritik izin tambang. "
        "Ia mengunggah videonya pada Minggu (8/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 9, 9))
    assert [t["when"] for t in result["timeline"]] == ["2025-06-08"]


def test_a_goal_or_a_contracts_end_years_ahead_is_no_timeline_event() -> None:
    text = (
        "Presiden membuka rapat kabinet pada Kamis (19/6/2025).\n"
        "Pemerintah menargetkan masalah sampah tuntas pada 2029.\n"
        "Pemain itu terikat kontrak sampai Juni 2027.\n"
        "Laga berikutnya digelar pada 10 September 2025."
    )
    timeline = _one_article_brief(text, datetime(2025, 6, 19, 9, 0), "t9", "Rapat kabinet")["timeline"]
    assert [t["date"] for t in timeline] == ["2025-06-19", "2025-09-10"]


def test_a_time_after_a_speech_tags_day_is_on_the_events_day() -> None:
    text = (
        "Bentrokan antarwarga pecah di Jalan Merpati, Bekasi, Minggu, 8 Juni 2025 dini hari. "
        "\"Dua orang luka dalam bentrokan itu,\" kata Kapolsek Bekasi Utara Kompol Andi Wirawan, Senin (9/6/2025). "
        "Andi menyebut bentrokan antara dua kelompok itu terjadi pukul 01.30 WIB."
    )
    result = _one_article_brief(text, datetime(2025, 6, 9, 11, 0))
    timed = [(t["date"], t["time"]) for t in result["timeline"] if t["time"]]
    assert timed == [("2025-06-08", "01:30")]


def test_a_time_past_midnight_or_as_of_a_report_keeps_its_day() -> None:
    text = (
        "Lindu bermagnitudo 5,1 terasa di Cianjur pada 9 Juni 2025 malam, pukul 22.40 WIB. "
        "\"Gempa ini tidak berpotensi tsunami,\" ujar Kepala BMKG Budi Santoso, Selasa (10/6/2025). "
        "Warga yang panik baru kembali ke rumah sekitar pukul 01.15 WIB. "
        "Hingga pukul 07.00 WIB, BMKG belum mencatat gempa susulan."
    )
    result = _one_article_brief(text, datetime(2025, 6, 10, 9, 0))
    timed = {t["time"]: t["date"] for t in result["timeline"] if t["time"]}
    assert timed["22:40"] == "2025-06-09"
    assert timed["01:15"] == "2025-06-10"  # past midnight after the evening's quake
    assert timed["07:00"] == "2025-06-10"  # a state as of the morning it is reported


def test_a_list_of_times_going_back_in_the_day_dates_no_item() -> None:
    text = (
        "Sesi latihan bebas digelar Jumat (20/6/2025), lalu kualifikasi dan balapan keesokan harinya.\n"
        "- Pukul 14.00 WIB: Latihan Bebas\n- Pukul 09.30 WIB: Kualifikasi\n- Pukul 15.00 WIB: Balapan\n"
        "Penonton memadati tribune sejak pukul 08.00 WIB."
    )
    result = _one_article_brief(text, datetime(2025, 6, 20, 7, 0))
    timed = [t["time"] for t in result["timeline"] if t["time"]]
    assert timed == ["08:00"]


def test_a_zodiac_signs_days_are_no_event() -> None:
    text = "Bacaan zodiak untuk Selasa (10/6/2025).\nTaurus (20 April-20 Mei)\nKeuanganmu membaik hari ini."
    result = _one_article_brief(text, datetime(2025, 6, 10, 6, 0))
    assert not [t for t in result["timeline"] if "Taurus" in t["text"]]


def test_a_quote_of_an_earlier_day_is_not_placed_again_on_the_day_it_was_said() -> None:
    text = (
        "\"Kemarin tim kami sudah memeriksa seluruh lokasi,\" kata Kapolres Bogor Andi Saputra, Rabu (18/6/2025). "
        "\"Kami akan datang lagi Jumat,\" kata Andi, Rabu (18/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 18, 15, 0))
    dates = sorted((t["date"], t["text"][:10]) for t in result["timeline"])
    assert ("2025-06-17", "\"Kemarin t") in dates and ("2025-06-18", "\"Kemarin t") not in dates
    # a plan keeps the day it was told
    assert ("2025-06-18", "\"Kami akan") in dates


def test_a_quotations_short_last_sentence_shows_with_the_sentence_before() -> None:
    text = (
        "Penyanyi itu ditemui wartawan di Jakarta.\n"
        "\"Aku sih melihatnya biasa saja, selama mereka bahagia. Iya kan?\" kata Rina di Kemang, Senin (9/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 10, 9, 0))
    assert [t["text"][:20] for t in result["timeline"]] == ["\"Aku sih melihatnya "]


def test_a_figure_of_an_earlier_year_shows_its_time_in_the_headline_facts() -> None:
    from kabar.report import to_markdown

    text = (
        "Polisi mencatat 12 orang terluka dalam bentrokan di Cakung, Senin (9/6/2025).\n"
        "Pada Juni 2024, tercatat tujuh kasus tawuran di wilayah itu."
    )
    md = to_markdown(_one_article_brief(text, datetime(2025, 6, 10, 9, 0)))
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert any(row.startswith("| kasus (2024-06) |") for row in rows)
    assert not any("(2025" in row.split("|")[1] for row in rows)


def test_the_article_telling_what_it_holds_is_no_event() -> None:
    text = (
        "Berikut daftar harga cabai di pasar induk untuk Selasa, 10 Juni 2025.\n"
        "Harga cabai rawit naik menjadi Rp 80.000 per kilogram pada Selasa (10/6/2025)."
    )
    result = _one_article_brief(text, datetime(2025, 6, 10, 9, 0))
    assert [t["text"][:12] for t in result["timeline"]] == ["Harga cabai "]
