"""The analyze stage as a whole: records that round-trip, a spaCy ``Doc`` aligned with
the analysis, bad input that never raises in batch mode, strict mode raising
:class:`AnalysisError` only on real failures, and ``sentence_of`` at boundaries.

Every text here is written for these tests.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import kabar.analyze.stage as stage
from kabar.analyze.stage import Analysis, AnalyzeOptions, analyze_article, analyze_text, to_doc
from kabar.errors import AnalysisError
from kabar.records import Article, Mention

WIB = timezone(timedelta(hours=7))
PUBLISHED = datetime(2025, 6, 18, 16, 0, tzinfo=WIB)

# A short report with a bit of everything: a person with a role, an agency by
# acronym, counts, a measure, money, a date and a time, a quotation, a pronoun cue.
STORY = (
    "Gempa bermagnitudo 5,1 mengguncang Kabupaten Cianjur, Jawa Barat, Rabu (18/6/2025) "
    "pukul 14.10 WIB. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat pusat "
    "gempa berada di kedalaman 10 km.\n"
    "Kepala BPBD Cianjur Siti Rahmawati mengatakan 84 rumah rusak dan tiga warga luka "
    "ringan. \"Kami masih mendata kerusakan di empat kecamatan,\" ujarnya.\n"
    "Kerugian sementara ditaksir sekitar Rp 2,5 miliar. Menurut BMKG, hingga pukul 18.00 WIB "
    "tercatat enam gempa susulan."
)


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyze_text("doc-1", STORY, PUBLISHED, AnalyzeOptions(strict=True))


# --- the analysis itself ----------------------------------------------------------


def test_story_is_read(analysis: Analysis) -> None:
    assert analysis.document == "doc-1"
    assert analysis.text == STORY
    assert analysis.errors == []
    assert len(analysis.sentences) == 6
    assert [STORY[s:e] for s, e in analysis.sentences][1].startswith("Badan Meteorologi")
    figures = {q.text for q in analysis.quantities}
    assert {"84 rumah", "tiga warga"} <= figures
    assert any(q.unit == "km" and q.value == 10 for q in analysis.quantities)
    assert any(d.resolved and d.value is not None and d.value.isoformat() == "2025-06-18" for d in analysis.dates)
    people = [m for m in analysis.mentions if m.type == "PERSON"]
    assert any(m.text == "Siti Rahmawati" and m.role and "BPBD" in m.role for m in people)
    speakers = {a.speaker_text for a in analysis.attributions}
    assert any("Siti Rahmawati" in s for s in speakers)


def test_offsets_point_into_the_text(analysis: Analysis) -> None:
    for s, e in analysis.sentences:
        assert 0 <= s < e <= len(STORY)
        assert not STORY[s].isspace() and not STORY[e - 1].isspace()
    for m in [*analysis.entities, *analysis.mentions]:
        assert STORY[m.start:m.end] == m.text
    for q in analysis.quantities:
        assert STORY[q.start:q.end] == q.text
    for d in analysis.dates:
        assert STORY[d.start:d.end] == d.text
    for a in analysis.attributions:
        assert STORY[a.speaker_start:a.speaker_end] == a.speaker_text
        assert 0 <= a.sentence < len(analysis.sentences)


def test_round_trip_through_dicts(analysis: Analysis) -> None:
    assert Analysis.from_dict(analysis.as_dict()) == analysis


def test_round_trip_through_json(analysis: Analysis) -> None:
    data = json.loads(json.dumps(analysis.as_dict()))
    again = Analysis.from_dict(data)
    assert again == analysis
    assert again.as_dict() == analysis.as_dict()


def test_round_trip_of_an_empty_analysis() -> None:
    empty = analyze_text("empty", "")
    assert Analysis.from_dict(empty.as_dict()) == empty
    # optional lists may be missing or null in stored data
    assert Analysis.from_dict({"document": "x", "text": "", "sentences": None}) == Analysis("x", "")


def test_analyze_article_reads_the_clean_text() -> None:
    article = Article(id="a1", title="t", text="IKLAN\n" + STORY, published=PUBLISHED, clean_text=STORY)
    got = analyze_article(article)
    assert got.document == "a1"
    assert got.text == STORY
    raw = analyze_article(Article(id="a2", title="t", text=STORY, published=PUBLISHED))
    assert raw.text == STORY  # not cleaned yet: the raw text


def test_entities_off_still_finds_figures_and_speakers() -> None:
    got = analyze_text("d", STORY, PUBLISHED, AnalyzeOptions(entities=False, strict=True))
    assert got.entities == []
    assert got.quantities and got.dates and got.attributions


# --- to_doc -----------------------------------------------------------------------


def test_to_doc_text_and_sentences(analysis: Analysis) -> None:
    doc = to_doc(analysis)
    assert doc.text == STORY
    starts = [sent.start_char for sent in doc.sents]
    assert starts == [s for s, _e in analysis.sentences]
    for sent, (s, e) in zip(doc.sents, analysis.sentences, strict=True):
        assert sent.text.strip() == STORY[s:e]


def test_to_doc_entities_cover_mentions(analysis: Analysis) -> None:
    doc = to_doc(analysis)
    assert doc.ents
    by_span = {(m.start, m.end): m.type for m in analysis.mentions}
    for ent in doc.ents:
        # each entity is a mention, expanded to whole tokens at most
        match = [
            (s, e) for (s, e), label in by_span.items()
            if label == ent.label_ and ent.start_char <= s and e <= ent.end_char
        ]
        assert match, (ent.text, ent.label_)
    # every mention is in doc.ents unless it overlaps one kept before it
    kept = [(ent.start_char, ent.end_char) for ent in doc.ents]
    for (s, e), _label in by_span.items():
        assert any(ks < e and s < ke for ks, ke in kept), STORY[s:e]


def test_to_doc_span_groups(analysis: Analysis) -> None:
    doc = to_doc(analysis)
    quantities = doc.spans["quantities"]
    assert len(quantities) == len(analysis.quantities)
    for span, q in zip(quantities, analysis.quantities, strict=True):
        assert span.label_ == q.kind
        assert span.start_char <= q.start and q.end <= span.end_char
    dates = doc.spans["dates"]
    assert [d.label_ for d in dates] == [d.kind for d in analysis.dates]
    speakers = doc.spans["speakers"]
    assert len(speakers) == len(analysis.attributions)
    for span, a in zip(speakers, analysis.attributions, strict=True):
        assert span.label_ == a.kind
        assert span.text == a.speaker_text


def test_to_doc_of_an_empty_analysis() -> None:
    doc = to_doc(analyze_text("e", ""))
    assert len(doc) == 0
    assert list(doc.ents) == []


# --- bad input --------------------------------------------------------------------


def _binary(size: int) -> str:
    rng = random.Random(20250618)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


BAD: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "whitespace only": lambda: " \n\t\r\n \u00a0 \u3000\n",
    "binary-looking garbage": lambda: _binary(20_000),
    "control characters and replacement marks": lambda: "\x00\x01\x02\ufffd\x1b[0m" * 800,
    "random code points": lambda: "".join(chr(random.Random(3).randrange(0x20, 0x3000)) for _ in range(5_000)),
    "an English article": lambda: (
        "An earthquake of magnitude 5.1 struck West Java on Wednesday, the agency said. At least "
        "12 people were injured and 300 houses were damaged, officials told reporters. \"We are "
        "still counting,\" said John Smith, head of the disaster agency. Losses reached $1.2 million."
    ),
    "no sentence punctuation": lambda: (
        "Bupati Cianjur Herman Suherman mengatakan 120 rumah rusak akibat gempa Rabu 18 Juni 2025 "
        "pukul 14.10 WIB warga diminta tetap waspada kata dia di Cianjur\n"
        "sebanyak 40 warga mengungsi ke balai desa hingga malam ini"
    ),
    "one long line without punctuation": lambda: " ".join(["kata"] * 12_000),
    "only digits and symbols": lambda: "123 456,7 %% Rp Rp 1.000.000 -- 18/6 ()()\n" * 200,
    "unbalanced quotes": lambda: '"Kami siap," ujar "Budi. "\u201cTidak\u201d \u201c\u201c ' * 100,
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_never_raises_in_batch_mode(name: str) -> None:
    text = BAD[name]()
    got = analyze_text("bad", text, PUBLISHED)
    assert got.document == "bad"
    assert got.text == text
    for s, e in got.sentences:
        assert 0 <= s < e <= len(text)


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_is_no_failure_in_strict_mode(name: str) -> None:
    got = analyze_text("bad", BAD[name](), PUBLISHED, AnalyzeOptions(strict=True))
    assert got.errors == []
    Analysis.from_dict(json.loads(json.dumps(got.as_dict())))


def test_empty_and_blank_texts_give_empty_analyses() -> None:
    for text in ("", "   \n\n\t"):
        got = analyze_text("blank", text, None, AnalyzeOptions(strict=True))
        assert got == Analysis("blank", text)


def test_one_megabyte_of_one_word() -> None:
    # strict: not raising here means no component failed, so batch mode cannot raise either
    text = "gempa " * (1_000_000 // 6)
    got = analyze_text("big", text, PUBLISHED, AnalyzeOptions(strict=True))
    assert got.errors == []
    assert got.sentences  # cut into bounded sentences
    assert got.sentences[0][0] == 0 and got.sentences[-1][1] == len(text.rstrip())
    assert got.quantities == [] and got.attributions == []


def test_lone_surrogate_never_raises_in_batch_mode() -> None:
    # text decoded with errors="surrogateescape" can hold lone surrogates
    text = "Gempa \udcff terjadi pukul 14.10 WIB. Tiga warga luka."
    got = analyze_text("sur", text, PUBLISHED)
    assert got.document == "sur"
    try:
        analyze_text("sur", text, PUBLISHED, AnalyzeOptions(strict=True))
    except AnalysisError as exc:  # strict may report it, as an AnalysisError only
        assert "sur" in str(exc)


# --- real failures ----------------------------------------------------------------


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError("component exploded")


@pytest.mark.parametrize(
    "component", ["split_sentences", "_ner", "find_role_mentions", "extract_quantities", "extract_dates", "attribute"]
)
def test_a_failing_component_is_noted_in_batch_mode(monkeypatch: pytest.MonkeyPatch, component: str) -> None:
    monkeypatch.setattr(stage, component, _boom)
    got = analyze_text("doc-9", STORY, PUBLISHED)
    assert got.document == "doc-9" and got.text == STORY
    assert len(got.errors) == 1
    assert "RuntimeError" in got.errors[0] and "component exploded" in got.errors[0]


@pytest.mark.parametrize(
    "component", ["split_sentences", "_ner", "find_role_mentions", "extract_quantities", "extract_dates", "attribute"]
)
def test_a_failing_component_raises_analysis_error_in_strict_mode(
    monkeypatch: pytest.MonkeyPatch, component: str
) -> None:
    monkeypatch.setattr(stage, component, _boom)
    with pytest.raises(AnalysisError, match="doc-9") as info:
        analyze_text("doc-9", STORY, PUBLISHED, AnalyzeOptions(strict=True))
    assert isinstance(info.value.__cause__, RuntimeError)


def test_strict_mode_does_not_touch_the_ner_when_it_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage, "_ner", _boom)
    got = analyze_text("d", STORY, PUBLISHED, AnalyzeOptions(entities=False, strict=True))
    assert got.errors == [] and got.quantities


# --- sentence_of ------------------------------------------------------------------


def test_sentence_of_at_boundaries_of_hand_made_spans() -> None:
    # "Satu dua." | "Tiga." adjacent, then a gap of two spaces before "Empat lima."
    text = "Satu dua.Tiga.  Empat lima."
    a = Analysis("d", text, sentences=[(0, 9), (9, 14), (16, 27)])
    assert a.sentence_of(0) == 0
    assert a.sentence_of(8) == 0  # the full stop
    assert a.sentence_of(9) == 1  # end is exclusive: the next sentence's first char
    assert a.sentence_of(13) == 1
    assert a.sentence_of(14) is None and a.sentence_of(15) is None  # between sentences
    assert a.sentence_of(16) == 2
    assert a.sentence_of(26) == 2
    assert a.sentence_of(27) is None  # end of text
    assert a.sentence_of(-1) is None
    assert a.sentence_of(10_000) is None


def test_sentence_of_without_sentences() -> None:
    assert Analysis("d", "").sentence_of(0) is None
    assert Analysis("d", "x", sentences=[(0, 1)]).sentence_of(0) == 0


def test_sentence_of_agrees_with_a_scan(analysis: Analysis) -> None:
    def scan(offset: int) -> int | None:
        return next((i for i, (s, e) in enumerate(analysis.sentences) if s <= offset < e), None)

    for offset in range(-2, len(STORY) + 2):
        assert analysis.sentence_of(offset) == scan(offset), offset
    # every boundary of the real split: first char, last char, one past the end
    for i, (s, e) in enumerate(analysis.sentences):
        assert analysis.sentence_of(s) == i
        assert analysis.sentence_of(e - 1) == i
        assert analysis.sentence_of(e) in (None, i + 1)


def test_sentence_of_the_figures(analysis: Analysis) -> None:
    for q in analysis.quantities:
        i = analysis.sentence_of(q.start)
        assert i is not None
        s, e = analysis.sentences[i]
        assert s <= q.start and q.end <= e


# --- named speakers the model misses ---------------------------------------------


def _people(text: str) -> set[str]:
    return {m.text for m in analyze_text("d", text).mentions if m.type == "PERSON"}


def test_a_named_speaker_opening_a_sentence_is_a_person() -> None:
    text = ("Bahlil Lahadalia mengatakan izin tambang itu tidak dicabut. "
            "Menurut Hanif Faisol Nurofiq, kerusakan lingkungan sudah terjadi.")
    # the model alone misses the unknown name that opens the sentence
    assert "Bahlil Lahadalia" not in {m.text for m in analyze_text("d", text).entities}
    assert _people(text) == {"Bahlil Lahadalia", "Hanif Faisol Nurofiq"}
    # not a name with the verb glued on where a link was stripped
    glued = analyze_text("d", "Menurut Rudi Santosomengungkapkan, timnya kalah karena lelah.")
    assert [a.speaker_name for a in glued.attributions] == ["Rudi Santosomengungkapkan"]
    assert not [m for m in glued.mentions if m.type == "PERSON"]


def test_organisations_and_places_that_speak_stay_what_they_are() -> None:
    text = ("Kementerian Kesehatan mengatakan kasus naik. Menurut BMKG, gempa tidak berpotensi "
            "tsunami. Jawa Barat menyebut ada 12 kasus baru.")
    got = analyze_text("d", text)
    assert not [m for m in got.mentions if m.type == "PERSON"]
    assert all(a.speaker_name for a in got.attributions if a.kind == "named")


def test_a_person_span_opening_with_an_organisation_noun_is_an_organisation() -> None:
    text = "Kata Himpunan Pengusaha Muda Indonesia, izin tambang itu harus dicabut."
    got = {(m.text, m.type) for m in analyze_text("d", text).mentions}
    assert ("Himpunan Pengusaha Muda Indonesia", "ORG") in got
    # (the rule, whatever the model reads there)
    person = Mention("d", 5, 38, "Himpunan Pengusaha Muda Indonesia", "PERSON")
    assert [(m.text, m.type) for m in stage._tidy(text, [person])] == [("Himpunan Pengusaha Muda Indonesia", "ORG")]
    # an acronym the article also gives as an organisation is that organisation
    bi_org, bi_person = Mention("d", 0, 2, "BI", "ORG"), Mention("d", 20, 22, "BI", "PERSON")
    assert [m.type for m in stage._tidy("BI melaporkan. Adapun BI menilai.", [bi_org, bi_person])] == ["ORG", "ORG"]
    # and a "person" named as a country is the country
    country = Mention("d", 0, 9, "Indonesia", "PERSON")
    assert [(m.text, m.type) for m in stage._tidy("Indonesia menang.", [country])] == [("Indonesia", "LOC")]


def test_a_regional_agencys_short_form_with_its_place_is_an_organisation() -> None:
    """"Dispar Padang" is the tourism office of Padang, not a place; "Tagana Dinsos" a
    unit, not a person; "Pos Damkar" is a site and keeps its type."""
    text = "Laporan itu dikirim ke Dispar Padang dan Tagana Dinsos. Warga berkumpul di Pos Damkar."
    spans = [Mention("d", 23, 36, "Dispar Padang", "LOC"), Mention("d", 41, 54, "Tagana Dinsos", "PERSON"),
             Mention("d", 75, 85, "Pos Damkar", "LOC")]
    assert [text[m.start:m.end] for m in spans] == [m.text for m in spans]
    assert [(m.text, m.type) for m in stage._tidy(text, spans)] == [
        ("Dispar Padang", "ORG"), ("Tagana Dinsos", "ORG"), ("Pos Damkar", "LOC")
    ]


def test_a_person_span_the_text_also_writes_in_lower_case_is_no_name() -> None:
    """"Undang-Undang tentang Merek Dagang" beside "soal merek dagang": a phrase, not a
    person; a name the text never writes in lower case stays, one word too."""
    text = "Ia mengutip Undang-Undang tentang Merek Dagang. Sengketa soal merek dagang itu berlanjut. Kata Bunga Lestari."
    phrase = Mention("d", text.index("Merek"), text.index("Merek") + 12, "Merek Dagang", "PERSON")
    name = Mention("d", text.index("Bunga"), text.index("Bunga") + 13, "Bunga Lestari", "PERSON")
    assert [m.text for m in stage._tidy(text, [phrase, name])] == ["Bunga Lestari"]
    also = text + " Bunga di taman itu lestari."
    assert [m.text for m in stage._tidy(also, [phrase, name])] == ["Bunga Lestari"]


def test_a_word_of_a_persons_name_is_that_person_unless_a_known_place_acronym_or_org_noun() -> None:
    """'Endang' beside 'Endang Suhendar' is the person; 'Lampung' beside a (mis-bounded)
    person span ending in 'Polda Lampung' stays the province, as do an acronym and an
    organisation noun (the guards of the resolve stage's same rule)."""
    text = "Endang Suhendar meninjau. Endang berkata. Kasubdit Polda Lampung Hadi Lampung. Lampung dan BI, Polda."
    person = Mention("d", 0, 15, "Endang Suhendar", "PERSON")
    endang = Mention("d", 26, 32, "Endang", "LOC")
    long = Mention("d", 42, 77, "Kasubdit Polda Lampung Hadi Lampung", "PERSON")
    lampung = Mention("d", 79, 86, "Lampung", "LOC")
    got = [(m.text, m.type) for m in stage._tidy(text, [person, endang, long, lampung])]
    assert ("Endang", "PERSON") in got
    assert ("Lampung", "LOC") in got
    polda = Mention("d", 97, 102, "Polda", "ORG")
    assert [(m.text, m.type) for m in stage._tidy(text, [long, polda])][1] == ("Polda", "ORG")


def test_a_name_with_an_age_in_brackets_is_a_person() -> None:
    """"berinisial JN (37)", "Ijang (45)": whatever type the model gave them; not a
    known place, nor a name in a ranking ("Vietnam (43)")."""
    text = "Polisi menangkap pria berinisial JN (37). Dua nelayan, Ijang (45) dan Sabar (38), hilang. Klub Persiku (12) di posisi tiga."
    jn = Mention("d", text.index("JN"), text.index("JN") + 2, "JN", "ORG")
    ijang = Mention("d", text.index("Ijang"), text.index("Ijang") + 5, "Ijang", "LOC")
    club = Mention("d", text.index("Persiku"), text.index("Persiku") + 7, "Persiku", "ORG")
    assert [(m.text, m.type) for m in stage._tidy(text, [jn, ijang, club])] == [
        ("JN", "PERSON"), ("Ijang", "PERSON"), ("Persiku", "ORG")
    ]
    ranking = "Indonesia di peringkat 63, tertinggal dari Vietnam (43)."
    vietnam = Mention("d", ranking.index("Vietnam"), ranking.index("Vietnam") + 7, "Vietnam", "LOC")
    assert [m.type for m in stage._tidy(ranking, [vietnam])] == ["LOC"]
    vietnam_alone = "Tim itu tertinggal dari Vietnam (43) pekan ini."
    at = vietnam_alone.index("Vietnam")
    assert [m.type for m in stage._tidy(vietnam_alone, [Mention("d", at, at + 7, "Vietnam", "LOC")])] == ["LOC"]


def test_a_name_with_a_goals_minute_in_brackets_is_a_scorer() -> None:
    text = "Gol Persiku dicetak Rudi Hartanto (88') dan Joko Susilo (45+2’); Persiku (12) di posisi tiga."
    rudi, joko = _person(text, "Rudi Hartanto", "ORG"), _person(text, "Joko Susilo", "LOC")
    club = Mention("d", text.index("Persiku ("), text.index("Persiku (") + 7, "Persiku", "ORG")
    assert [(m.text, m.type) for m in stage._tidy(text, [rudi, joko, club])] == [
        ("Rudi Hartanto", "PERSON"), ("Joko Susilo", "PERSON"), ("Persiku", "ORG")
    ]


def test_a_street_named_after_someone_is_a_place() -> None:
    """"Jalan Kapten P Tendean" is a street, not a captain; a name after a sentence that
    ends with a street, or after the word "jalan" ending a sentence, stays a person."""
    text = (
        "Artis itu datang ke kantor stasiun tv di Jalan Kapten P Tendean, Mampang, kemarin. Gedung di Jl. KH Wahid "
        "Hasyim dipugar.\nPengendara dilarang berhenti di bahu jalan.\nOny Sulistyo menjelaskan aturan itu."
    )
    got = {(m.text, m.type, m.role) for m in analyze_text("d", text).mentions}
    assert ("Jalan Kapten P Tendean", "LOC", None) in got
    assert ("Jl. KH Wahid Hasyim", "LOC", None) in got
    assert not [m for m in got if m[0] in ("P Tendean", "Wahid Hasyim")]
    people = [Mention("d", text.index("Ony"), text.index("Ony") + 11, "Ony Sulistyo", "PERSON")]
    assert stage._streets("d", text, people) == people


def test_a_title_alone_is_no_entity_and_a_bracket_no_organisation() -> None:
    """"Menpora" alone is a post, not a person; an acronym stays ("KSP" may be a
    cooperative's). "Mendagri (Rudini)": the role is "Mendagri", with no organisation
    "(" read from the bracket."""
    text = "Menpora mengatakan persiapan sudah matang. Surat itu disaksikan Mendagri (Rudini) pada 1992."
    menpora = Mention("d", 0, 7, "Menpora", "PERSON")
    ksp_text = "Perkara KSP itu diputus."
    ksp = Mention("d", 8, 11, "KSP", "ORG")
    assert stage._tidy(text, [menpora]) == []
    rank = "Marsda memimpin upacara itu."
    assert stage._tidy(rank, [Mention("d", 0, 6, "Marsda", "PERSON")]) == []
    assert stage._tidy(ksp_text, [ksp]) == [ksp]
    got = {(m.text, m.role, m.org) for m in analyze_text("d", text).mentions if m.type == "PERSON"}
    assert ("Rudini", "Mendagri", None) in got


def test_an_acronym_the_text_defines_as_a_body_is_no_title() -> None:
    """"Koperasi Simpan Pinjam (KSP) Mitrakarya": no "KSP" (the president's chief of
    staff) named Mitrakarya; "Perdana Menteri (PM)" defines the title itself."""
    coop = "Dana nasabah Koperasi Simpan Pinjam (KSP) Mitrakarya raib. Kasus KSP Mitrakarya disidangkan."
    assert not [m for m in analyze_text("d", coop).mentions if m.role == "KSP"]
    pm = "Seusai rapat, Perdana Menteri (PM) Kanada Mark Carney tampil. PM Carney kemudian berbicara."
    assert ("Carney", "PM") in {(m.text, m.role) for m in analyze_text("d", pm).mentions}


def test_a_figure_or_a_currency_sign_is_no_entity() -> None:
    text = "Saham turun 0,84 poin, lalu dijual US$ 5 per lembar."
    at, sign = text.index("0,84"), text.index("US$")
    assert stage._tidy(text, [Mention("d", at, at + 4, "0,84", "ORG"), Mention("d", sign, sign + 3, "US$", "ORG")]) == []


def test_a_name_does_not_end_with_a_relative_day() -> None:
    text = "Hadapi Jepang besok, pelatih tenang."
    at = text.index("Jepang")
    tidy = stage._tidy(text, [Mention("d", at, at + len("Jepang besok"), "Jepang Besok", "LOC")])
    assert [(m.text, m.start, m.end) for m in tidy] == [("Jepang", at, at + len("Jepang"))]
    # a time of day may be part of a name
    tidy = stage._tidy("Pasar Malam dibuka.", [Mention("d", 0, 11, "Pasar Malam", "LOC")])
    assert [m.text for m in tidy] == ["Pasar Malam"]


def test_a_body_after_a_title_is_no_person() -> None:
    """"Pemain Juventus itu" is the Juventus player, no person named Juventus; a club
    after a coach's title the article names elsewhere is the club; a person the model
    mistyped in the whole article stays a person after an official's title."""
    from kabar.analyze.roles import RoleMention

    def mentions(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.type) for m in analyze_text("a", text).mentions]

    assert ("Juventus", "PERSON") not in mentions("Pemain Juventus itu juga menyampaikan harapannya.")

    def body(text: str, name: str, role: str, label: str, *, rank: str | None = None) -> bool:
        at = text.index(name)
        role_at = text.index(role)
        r = RoleMention(role_at, at + len(name), name, at, at + len(name), role, role_at, role_at + len(role),
                        None, "title_before", rank, None)
        ents = [Mention("a", i, i + len(name), name, label) for i in range(len(text)) if text.startswith(name, i)]
        bodies = {(e.start, e.end): e for e in ents}
        return stage._body_after_title(text, r, bodies, Counter((e.text, e.type) for e in ents))

    assert body("Ia kini pelatih Roma Utara. Roma Utara membayar kompensasi.", "Roma Utara", "pelatih", "ORG")
    assert not body("Ia kini pelatih Roma Utara.", "Roma Utara", "pelatih", "ORG")
    assert body("Ia bicara soal bek asal Pantai Gading.", "Pantai Gading", "bek", "ORG")
    # an official's title, a name of two words: typed a body elsewhere too, still a person
    assert not body("Kata terdakwa Tono Sugiarto. Tono Sugiarto membantah.", "Tono Sugiarto", "terdakwa", "ORG")
    # after a rank, always a person
    assert not body("Kata Kabid Humas Kombes Rudi itu. Rudi tiba.", "Rudi", "Kabid Humas", "ORG", rank="Kombes")


def test_a_name_with_a_digit_after_a_title_is_no_person() -> None:
    """"Direktur Utama2. Dwi ..." (a numbered list without its spaces), "Presenter
    program FYP Trans7": no one is named with a digit."""
    text = "Susunan direksi: Direktur Keuangan4. Tri Wahyu - Direktur Operasi5. Budi Santoso."
    persons = [m.text for m in analyze_text("a", text).mentions if m.type == "PERSON"]
    assert not [p for p in persons if any(c.isdigit() for c in p)], persons


def test_a_title_before_the_name_of_a_place_or_body_names_no_one() -> None:
    from kabar.analyze.roles import RoleMention

    text = "Kata anggota komite Bandar Udara Tuban kemarin."
    name, role = "Bandar Udara Tuban", "anggota komite"
    at, role_at = text.index(name), text.index(role)
    r = RoleMention(role_at, at + len(name), name, at, at + len(name), role, role_at, role_at + len(role),
                    None, "title_before", None, None)
    body = Mention("a", at, at + len(name), name, "LOC")
    assert stage._body_after_title(text, r, {(at, at + len(name)): body}, Counter([(name, "LOC")]))
    # one word, named once, no demonstrative: the title's person may be mistyped
    text = "Kata anggota komite Tuban kemarin."
    at = text.index("Tuban")
    r = RoleMention(role_at, at + 5, "Tuban", at, at + 5, role, role_at, role_at + len(role), None, "title_before", None, None)
    body = Mention("a", at, at + 5, "Tuban", "LOC")
    assert not stage._body_after_title(text, r, {(at, at + 5): body}, Counter([("Tuban", "LOC")]))


def test_a_text_written_without_capitals_keeps_its_names() -> None:
    # the models for such text find the names; the stage keeps them although they are
    # in lower case and the text writes every word so
    text = (
        "menteri sosial tri rismaharini mengunjungi desa sukamaju di kabupaten bogor pada senin. "
        "warga menerima 20 ton beras dan 500 paket sembako dari kementerian. "
        "Bantuan tambahan tiba sore harinya."
    )
    found = {(e.text, e.type) for e in analyze_text("doc", text).entities}
    assert ("tri rismaharini", "PERSON") in found
    assert ("kabupaten bogor", "LOC") in found
    # a cased article's lower-case bits name nobody: an editor's initials, a sentence
    # that opens with a figure
    cased = (
        "Bupati Bogor meninjau gudang beras di Cibinong pada Senin. "
        "Bantuan itu dibagikan kepada warga yang terdampak banjir. "
        "20 ton beras dikirim ke gudang desa sukamaju. (edi)"
    )
    names = {e.text for e in analyze_text("doc", cased).entities}
    assert not any(name.islower() for name in names)
    assert {"Bogor", "Cibinong"} <= names


def test_a_former_holders_role_keeps_its_word() -> None:
    """"eks Ketua PN Surabaya Rudi": he chaired the court no longer; the brief must not
    say he does."""
    text = "Hari itu eks Ketua PN Sumenep Rudi Hartanto datang. Lalu Mantan Presiden Budi Wirawan tiba."
    roles = {m.text: m.role for m in stage.find_mentions("d", text)[1] if m.role}
    assert roles == {"Rudi Hartanto": "eks Ketua PN Sumenep", "Budi Wirawan": "mantan Presiden"}
    # a candidate holds no post yet
    text = "Kandidat Presiden Peru Ana Lucia Ramos ditembak saat berkampanye."
    roles = {m.text: m.role for m in stage.find_mentions("d", text)[1] if m.role}
    assert roles == {"Ana Lucia Ramos": "kandidat Presiden Peru"}


def _person(text: str, name: str, kind: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention("d", start, start + len(name), name, kind)


def test_another_name_of_a_person_is_marked_the_same_as_the_name() -> None:
    """"X alias Y", "X yang akrab disapa Y", "Y, sapaan akrab X": Y is another name of
    X, typed a person; one the model did not read is added; "alias" between common
    words or after a body links nothing."""
    text = "Polisi menangkap Darto Wijoyo alias Kang Codet dan RS alias Bolang (27) di Lebak."
    found = stage._aliases("d", text, [_person(text, "Darto Wijoyo"), _person(text, "Kang Codet"), _person(text, "RS")])
    assert [(x.text, x.type, x.same_as) for x in found] == [
        ("Darto Wijoyo", "PERSON", None), ("Kang Codet", "PERSON", text.index("Darto")),
        ("RS", "PERSON", None), ("Bolang", "PERSON", text.index("RS")),
    ]
    text = "Kata Rina Susanti yang akrab disapa Bunda Rina kepada wartawan."
    found = stage._aliases("d", text, [_person(text, "Rina Susanti"), _person(text, "Bunda Rina", "ORG")])
    assert [(x.type, x.same_as) for x in found] == [("PERSON", None), ("PERSON", text.index("Rina"))]
    text = "Tono, sapaan akrab Sutono Hadi, mengaku senang."
    found = stage._aliases("d", text, [_person(text, "Tono", "LOC"), _person(text, "Sutono Hadi")])
    assert [(x.text, x.type, x.same_as) for x in found] == [
        ("Tono", "PERSON", text.index("Sutono")), ("Sutono Hadi", "PERSON", None),
    ]
    # (whoever is so called is a person, after a common noun too; "dipanggil" alone is
    # being summoned)
    text = "Ia menonton bersama pengusaha yang akrab disapa Gilang itu, lalu dipanggil Bawaslu."
    found = stage._aliases("d", text, [_person(text, "Gilang", "LOC"), _person(text, "Bawaslu", "ORG")])
    assert [(x.text, x.type) for x in found] == [("Gilang", "PERSON"), ("Bawaslu", "ORG")]
    text = "Kabar itu hoaks alias Berita Palsu, kata Lembaga Cek Fakta alias LCF."
    body = _person(text, "Lembaga Cek Fakta", "ORG")
    assert stage._aliases("d", text, [body, _person(text, "LCF", "ORG")])[1].same_as is None


def test_a_name_in_brackets_after_a_person_is_another_name_of_theirs() -> None:
    """"Sudirjo (Bung Dirjo)": a person's name sharing a word with the name; "Rahmat
    Sunandar (RSN)": initials drawn from the name, typed a body, are the person's
    wherever the text writes them; a club after a player and a party after a member are
    not."""
    text = "Pahlawan Sudirjo (Bung Dirjo) lahir di Kediri."
    found = stage._aliases("d", text, [_person(text, "Sudirjo"), _person(text, "Bung Dirjo")])
    assert [(x.text, x.same_as) for x in found] == [("Sudirjo", None), ("Bung Dirjo", text.index("Sudirjo"))]
    text = "Pejabat Rahmat Sunandar (RSN) diperiksa. RSN pulang sore."
    second = text.rindex("RSN")
    found = stage._aliases("d", text, [
        _person(text, "Rahmat Sunandar"), _person(text, "RSN", "ORG"),
        Mention("d", second, second + 3, "RSN", "ORG"),
    ])
    assert [(x.text, x.type, x.same_as) for x in found][1:] == [
        ("RSN", "PERSON", text.index("Rahmat")), ("RSN", "PERSON", text.index("Rahmat"))
    ]
    for text, other, kind in (("Kiper Dani Waluyo (Persikas) tampil.", "Persikas", "PERSON"),
                              ("Anggota DPR Dani Waluyo (PKB) hadir.", "PKB", "ORG")):
        found = stage._aliases("d", text, [_person(text, "Dani Waluyo"), _person(text, other, kind)])
        assert [x.same_as for x in found] == [None, None]


def test_a_known_organisation_takes_no_role_after_it() -> None:
    """"Menurut data Transfermarkt, bek berumur 21 tahun itu ...": the player is the
    one referred back to, not the site, which stays an organisation."""
    found = analyze_text("x", "Menurut data Transfermarkt, bek berumur 21 tahun itu bernilai dua juta euro.")
    assert [(m.text, m.type, m.role) for m in found.mentions] == [("Transfermarkt", "ORG", None)]


def test_a_name_the_article_has_speak_as_a_person_is_a_person_throughout() -> None:
    """One speaker's name is one person's wherever the model read it otherwise; not a
    place's name ("Desa ...") nor a known place."""
    text = ('"Baru kali ini saya naik bus ke sini," kata Amelia di halte, Sabtu (7/6). '
            "Amelia berencana mencicipi jajanan di Blok M.")
    types = {(m.text, m.type) for m in analyze_text("w1", text, datetime(2025, 6, 9, 10)).mentions}
    assert ("Amelia", "PERSON") in types and ("Amelia", "LOC") not in types
    assert stage._speakers_typed_people("w2", "x", [
        Mention("w2", 0, 11, "Desa Kiuola", "PERSON"), Mention("w2", 20, 31, "Desa Kiuola", "LOC"),
    ], [stage.Attribution(0, 12, 19, "Desa Kiuola", 0, 11, "Desa Kiuola", "named", "kata")])[1].type == "LOC"


def test_a_police_or_state_unit_is_no_person() -> None:
    """A "person" ending in a unit's word, or in one and a place after it, is the unit;
    a name after the unit stays a person's."""
    text = "Direktur Reskrimum Polda Sultra, Kombes Rudi Hartono, memimpin gelar perkara itu."
    mentions = analyze_text("p1", text, datetime(2025, 6, 9, 10)).mentions
    assert [(m.text, m.type) for m in mentions if m.type == "PERSON"] == [("Rudi Hartono", "PERSON")]
    assert stage._label("Reskrimum Polda NTT", "PERSON") == "ORG"
    assert stage._label("Gegana Brimob Polda Aceh", "PERSON") == "ORG"
    assert stage._label("Jampidsus Kejagung Abdul Qohar", "PERSON") == "PERSON"
    assert stage._label("Polda Metro Jaya", "ORG") == "ORG"


def test_a_vehicles_make_or_model_is_no_person_nor_place() -> None:
    """"sopir Granmax" drove a van; "Yaris Cross Hybrid" is a car. A person named
    like a model keeps their name."""
    text = "Pelaku merupakan sopir Granmax berwarna putih. Sopir Avanza, Budi Santoso, selamat."
    mentions = analyze_text("v1", text, datetime(2025, 6, 9, 10)).mentions
    assert [(m.text, m.type) for m in mentions] == [("Granmax", "ORG"), ("Budi Santoso", "PERSON")]
    assert stage._label("Yaris Cross Hybrid", "PERSON") == "ORG"
    assert stage._label("Gran Max", "LOC") == "ORG"
    assert stage._label("Rocky Martin", "PERSON") == "PERSON"
    assert stage._label("Max Verstappen", "PERSON") == "PERSON"


def test_a_body_named_in_english_before_its_short_form_is_one_body() -> None:
    """A body's English name after "anggota" is the body's (an English body word cues
    it), not a person "Organization" with the title "anggota"."""
    text = "Tahun depan Vietnam ingin menjadi anggota Organization for Security and Co-operation in Europe (OSCE)."
    mentions = analyze_text("o1", text, datetime(2025, 6, 9, 10)).mentions
    assert ("Organization for Security and Co-operation in Europe", "ORG") in {(m.text, m.type) for m in mentions}
    assert [m.text for m in mentions if m.type == "PERSON"] == []


def test_a_known_organisation_after_a_title_is_no_part_of_the_name() -> None:
    """"CEO Danantara Rosan Roeslani" in an article that names Danantara only there:
    the body is known, the name is Rosan Roeslani's."""
    text = "Rapat itu dihadiri Menteri Keuangan serta CEO Danantara Rosan Roeslani di Istana."
    people = [(m.text, m.role) for m in analyze_text("k1", text, datetime(2025, 6, 9, 10)).mentions if m.type == "PERSON"]
    assert people == [("Rosan Roeslani", "CEO Danantara")]


def _typed(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyze_text("t", text, datetime(2025, 6, 19, 10)).mentions}


def test_a_person_whose_first_name_is_a_countrys_is_a_person() -> None:
    """ "Israel Katz" beside the bare "Katz" is the minister, not a place; "Korea
    Selatan" stays a place."""
    text = ("Menhan negeri itu, Israel Katz, berjanji gempuran terus berjalan. "
            "Katz juga mengancam pemimpin Iran. Rudal itu jatuh di Korea Selatan.")
    typed = _typed(text)
    assert ("Israel Katz", "PERSON") in typed and ("Israel Katz", "LOC") not in typed
    assert ("Korea Selatan", "LOC") in typed
    assert stage._country_and_name("Korea Selatan", {"Selatan"}, {("korea",): "LOC", ("korea", "selatan"): "LOC"}) is False


def test_an_officer_named_in_full_after_petugas_has_the_title() -> None:
    text = ("Petugas Pos Pengamatan Gunung Api, Hendra Wiyono Saputra, bilang abu turun ke desa. "
            "Rombongan itu dikawal Petugas Patwal menuju Kaldera Raung.")
    mentions = analyze_text("g1", text, datetime(2025, 6, 19, 10)).mentions
    people = [(m.text, m.role) for m in mentions if m.type == "PERSON"]
    assert people == [("Hendra Wiyono Saputra", "Petugas Pos Pengamatan Gunung Api")]
    assert ("Kaldera Raung", "LOC") in {(m.text, m.type) for m in mentions}


def test_a_nickname_after_atau_is_the_persons_other_name() -> None:
    text = "Mantan presiden Joko Widodo atau Jokowi datang. Budi Santoso atau Budi Hartono akan mewakili."
    mentions = analyze_text("j1", text, datetime(2025, 6, 19, 10)).mentions
    by_text = {m.text: m for m in mentions}
    assert by_text["Jokowi"].same_as == by_text["Joko Widodo"].start
    assert by_text["Budi Hartono"].same_as is None


def test_a_place_ends_before_a_weekday_and_a_police_report_is_no_body() -> None:
    typed = _typed("Ia diperiksa di Jakarta Selatan Selasa (24/6/2025). Korban sudah membuat LP ke polisi.")
    assert ("Jakarta Selatan", "LOC") in typed
    assert not {t for t, _ in typed} & {"Jakarta Selatan Selasa", "LP"}


def test_a_lawyer_named_after_the_client_has_the_title_and_a_month_opens_a_name() -> None:
    """ "Kuasa hukum M Rosyid, Juni Prasetyo Nugroho": Rosyid is the client, the
    lawyer is named after the comma (his first name spelled as a month); "13 Juni" is a
    date."""
    text = ("Kuasa hukum M Rosyid, Juni Prasetyo Nugroho, berkata gugatan itu ditolak. "
            "Sidang digelar pada 13 Juni Prasetyo Nugroho tidak hadir.")
    people = [(m.text, m.role) for m in analyze_text("h1", text, datetime(2025, 6, 19, 10)).mentions if m.type == "PERSON"]
    assert people[:2] == [("M Rosyid", None), ("Juni Prasetyo Nugroho", "Kuasa hukum M Rosyid")]
    assert people[2][0] == "Prasetyo Nugroho"


def test_a_guard_of_a_place_is_no_person() -> None:
    text = '"Tawuran itu bukan yang pertama," kata seorang petugas keamanan Toba Dream.'
    assert ("Toba Dream", "PERSON") not in _typed(text)


def test_a_titles_short_form_in_brackets_is_no_person() -> None:
    """ "Direktur Penyidikan (Dirdik) Jampidsus Kejagung Budi ...": the title's short
    form, then the man who holds it."""
    text = "Direktur Penyidikan (Dirdik) Jampidsus Kejagung Budi Santoso menjelaskan hal itu."
    people = [(m.text, m.role) for m in analyze_text("q1", text, datetime(2025, 6, 19, 10)).mentions if m.type == "PERSON"]
    assert [p for p, _ in people] == ["Budi Santoso"]
    assert (people[0][1] or "").startswith("Direktur Penyidikan")
    assert stage._titles_short_form("Menteri Bahlil (Bahlil)", Mention("b", 16, 22, "Bahlil", "PERSON")) is False
    # a nickname in brackets after the name is the person's, whatever the title before
    nicknamed = analyze_text("q2", "Presiden Joko Widodo (Jokowi) hadir.", datetime(2025, 6, 19, 10)).mentions
    assert [m.text for m in nicknamed] == ["Joko Widodo", "Jokowi"]
    # ... nor the short forms of a title and of its unit together in brackets
    text = "Kepala Bidang Hukum dan Humas (Kabid Kumham) PSSI, Rudi Hartono, belum memilih pemain."
    people = [m.text for m in analyze_text("q3", text, datetime(2025, 6, 19, 10)).mentions if m.type == "PERSON"]
    assert people == ["Rudi Hartono"]


def test_a_post_written_in_english_is_no_person() -> None:
    typed = _typed('"Motor ini irit," kata Manager Public Relations, Community PT Contoh Motor, Dedi Saputra.')
    assert ("Manager Public Relations", "PERSON") not in typed
    assert stage._english_title("Grant Manager") is False


def test_a_canal_is_a_place_and_a_bus_company_a_body() -> None:
    from kabar.analyze.entities import known_organisations

    typed = _typed("Dua kelompok remaja bentrok di tepi Kanal Banjir Timur. Layanan bus ikut terganggu.")
    assert ("Kanal Banjir Timur", "LOC") in typed
    assert {"transjakarta", "wilmar", "hybe"} <= known_organisations()


def test_initials_in_brackets_after_a_place_are_the_place() -> None:
    text = "Dua kelompok bentrok di tepi Kanal Banjir Timur (KBT) semalam."
    start = text.index("Kanal")
    tidy = stage._tidy(text, [
        Mention("k", start, start + 18, "Kanal Banjir Timur", "LOC"),
        Mention("k", start + 20, start + 23, "KBT", "PERSON"),
    ])
    assert [(m.text, m.type) for m in tidy] == [("Kanal Banjir Timur", "LOC"), ("KBT", "LOC")]


def test_a_name_cut_short_is_completed_from_its_whole_form_in_the_article() -> None:
    """The model reads "Raja" before a verb as a title and cuts the name; the article
    writes it whole before, so the speaker keeps the whole name."""
    text = (
        "Pengacara tersangka, Henri Lumban Raja, datang ke gedung itu pagi hari. "
        "Kemudian Henri Lumban Raja menyebut kliennya sudah menjawab 40 pertanyaan."
    )
    result = analyze_text("d1", text, datetime(2025, 6, 18, 20, tzinfo=WIB))
    people = [m.text for m in result.mentions if m.type == "PERSON"]
    assert people.count("Henri Lumban Raja") == 2 and "Henri Lumban" not in people
    assert [a.speaker_text for a in result.attributions] == ["Henri Lumban Raja"]


def test_the_narrator_of_a_hadith_is_named_without_hr() -> None:
    typed = _typed('Nabi bersabda, "Hari itu hari makan dan minum." (HR Abu Dawud). Hadis lain (HR. Bukhari) serupa.')
    names = [name for name, _type in typed]
    assert "Abu Dawud" in names and "HR" not in names and not any(n.startswith("HR ") for n in names)


def test_a_one_word_name_after_atau_with_an_age_is_the_same_persons() -> None:
    result = analyze_text("t", "Korban kedua ialah Dewi Kartika Sari atau Ocha (24), warga desa itu.", datetime(2025, 6, 19))
    by_start = {m.start: m for m in result.mentions}
    tika = next(m for m in result.mentions if m.text == "Ocha")
    assert tika.same_as is not None and by_start[tika.same_as].text == "Dewi Kartika Sari"


def test_a_bearing_after_a_distance_opens_no_places_name() -> None:
    typed = _typed("Pusat gempa berada 38 Km arah Tenggara Pangandaran, sementara perang di Timur Tengah berlanjut.")
    assert ("Pangandaran", "LOC") in typed and ("Timur Tengah", "LOC") in typed
    assert not any(name.startswith("Tenggara") for name, _type in typed)


def test_a_company_title_and_one_word_after_a_name_are_that_persons_role() -> None:
    result = analyze_text(
        "t", "Kata Dian Sudewo, CEO Nuon, kemarin. Mobil itu laris, kata Rian Tirto, Head of Product Jaecoo. "
        "Kata Amir, kuasa hukum Budi Santoso, kemarin.", datetime(2025, 6, 19, 10),
    )
    roles = {m.text: (m.type, m.role) for m in result.mentions}
    assert roles["Dian Sudewo"] == ("PERSON", "CEO Nuon") and roles["Nuon"] == ("ORG", None)
    assert roles["Rian Tirto"] == ("PERSON", "Head of Product Jaecoo") and roles.get("Jaecoo", ("ORG", None))[0] == "ORG"
    assert roles["Amir"] == ("PERSON", "kuasa hukum Budi Santoso") and roles["Budi Santoso"] == ("PERSON", None)


def test_a_directorate_generals_title_with_no_body_after_it_names_the_directorate() -> None:
    typed = _typed(
        "Rapat itu menghadirkan Wakil Menteri Keuangan serta Dirjen Bea Cukai pekan depan. "
        "Dirjen Pajak Bimo Wijayanto ikut hadir."
    )
    assert ("Bea Cukai", "PERSON") not in typed and ("Bimo Wijayanto", "PERSON") in typed


def test_the_one_word_of_a_company_named_in_full_is_the_company() -> None:
    text = "Nama Wilmar Group kini disorot. Kini Wilmar tumbuh jadi grup agribisnis besar."
    group = Mention("d", 5, 17, "Wilmar Group", "ORG")
    bare = Mention("d", 44, 50, "Wilmar", "PERSON")
    assert [(m.text, m.type) for m in stage._tidy(text, [group, bare])] == [("Wilmar Group", "ORG"), ("Wilmar", "ORG")]
    # not a person the article names in full
    text = "Anthoni Salim memimpin Salim Group. Salim menolak berkomentar."
    people = [Mention("d", 0, 13, "Anthoni Salim", "PERSON"), Mention("d", 23, 34, "Salim Group", "ORG"),
              Mention("d", 36, 41, "Salim", "PERSON")]
    assert [m.type for m in stage._tidy(text, people)] == ["PERSON", "ORG", "PERSON"]


def test_a_bodys_name_cut_at_its_dan_is_made_whole() -> None:
    text = "Kementerian Pangan dan Sumber Daya Hayati (KPSDH) menyegel gudang. Timnas Indonesia dan Jepang bertanding."
    def at(name: str, label: str) -> Mention:
        return Mention("d", text.index(name), text.index(name) + len(name), name, label)

    cut = [at("Kementerian Pangan", "ORG"), at("Sumber Daya Hayati", "ORG"), at("Timnas Indonesia", "ORG"),
           at("Jepang", "LOC")]
    assert [m.text for m in stage._bodies_with_dan(text, cut)] == [
        "Kementerian Pangan dan Sumber Daya Hayati", "Timnas Indonesia", "Jepang"
    ]
    # not when another body's name follows "dan"
    two = "Kementerian Keuangan dan Bank Indonesia sepakat."
    assert [m.text for m in stage._bodies_with_dan(two, [Mention("d", 0, 20, "Kementerian Keuangan", "ORG")])] == [
        "Kementerian Keuangan"
    ]


def test_a_first_name_after_a_national_bodys_short_form_is_the_names() -> None:
    text = "Wakil Ketua Baleg DPR Ahmad Doli Kurnia menilai usul itu wajar."
    people = {m.text: m.role for m in stage.find_mentions("d", text)[1] if m.type == "PERSON"}
    assert people == {"Ahmad Doli Kurnia": "Wakil Ketua Baleg DPR"}


def test_a_nickname_glossed_in_brackets_is_the_persons() -> None:
    text = "Saya sudah bicara dengan Mischa (panggilan Mudryk-red) pagi tadi."
    mischa = Mention("d", text.index("Mischa"), text.index("Mischa") + 6, "Mischa", "PERSON")
    got = stage._aliases("d", text, [mischa])
    assert [(m.text, m.same_as) for m in got] == [("Mischa", text.index("Mudryk")), ("Mudryk", None)]


def test_a_province_after_a_town_is_a_place_of_its_own() -> None:
    text = "Gempa mengguncang wilayah Tuban Jatim dan Kabupaten Bogor Jawa Barat serta Provinsi Jawa Timur."

    def at(name: str) -> Mention:
        return Mention("d", text.index(name), text.index(name) + len(name), name, "LOC")

    got = stage._town_and_province(text, [at("Tuban Jatim"), at("Kabupaten Bogor Jawa Barat"), at("Provinsi Jawa Timur")])
    assert [(m.text, text[m.start:m.end]) for m in got] == [
        ("Tuban", "Tuban"), ("Jatim", "Jatim"), ("Kabupaten Bogor", "Kabupaten Bogor"), ("Jawa Barat", "Jawa Barat"),
        ("Provinsi Jawa Timur", "Provinsi Jawa Timur"),
    ]


def test_a_country_opening_a_tournaments_name_is_no_place() -> None:
    text = "Ada Japan Open pada 8-13 Juli sebelum ia pulang ke Japan."
    last = text.rindex("Japan")
    first, second = Mention("d", 4, 9, "Japan", "LOC"), Mention("d", last, last + 5, "Japan", "LOC")
    assert [m.start for m in stage._town_and_province(text, [first, second])] == [last]


def test_a_police_rank_spelled_out_with_its_short_form_is_no_body_nor_a_role() -> None:
    """"Kapolres Sumbawa, Ajun Komisaris Besar Polisi (AKBP) Dedi Saputra": the rank in
    full is no organisation (nor its short form), and the title before it, not the
    rank cut short, is the man's role."""
    text = "Kapolres Sumbawa, Ajun Komisaris Besar Polisi (AKBP) Dedi Saputra, membenarkan penangkapan itu."
    mentions = analyze_text("d", text).mentions
    assert not [m for m in mentions if m.type == "ORG"]
    assert [(m.text, m.role) for m in mentions if m.type == "PERSON"] == [("Dedi Saputra", "Kapolres Sumbawa")]
    # "Inspektur Dua" is a rank, not the first word of the name after it
    text = "Kanit Lantas Polres Sumbawa, Inspektur Dua Rina Marlina mengatakan korban sudah dikenali."
    assert [m.text for m in analyze_text("d", text).mentions if m.type == "PERSON"] == ["Rina Marlina"]


def test_a_speaker_named_like_a_newspaper_or_a_foundation_is_no_person() -> None:
    text = "Surat kabar Austria, Kronen Zeitung, menyebut bahwa pelaku ditemukan tewas di toilet."
    assert not [m for m in analyze_text("d", text).mentions if m.type == "PERSON"]
