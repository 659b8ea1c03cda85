"""find_entities: the NER model plus rules, on sentences written for these tests."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
import spacy

from kabar.analyze.entities import (
    EntitySpan,
    _building_rule,
    _cited_source_rule,
    _english_org_rule,
    _Ent,
    _pipe,
    expansion_matches,
    find_entities,
    nameless,
    place_names,
    term_year_end,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in find_entities(text)}


@functools.lru_cache(maxsize=1)
def _blank() -> Language:
    import spacy

    return spacy.blank("id")


def ruled(rule: Callable[[Doc, list[_Ent]], None], text: str, name: str, label: str = "PERSON") -> list[tuple[str, str]]:
    """(text, label) of the spans once ``rule`` ran over ``text`` with one span from the
    model: ``name``, typed ``label``."""
    doc = _blank()(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None, name
    ents = [_Ent(span.start, span.end, label, "model")]
    rule(doc, ents)
    return [(doc[e.start:e.end].text, e.label) for e in ents]


def test_offsets_point_into_the_text_and_sources_are_known() -> None:
    text = "  Presiden Joko Widodo tiba di Bandung.\n\nIa disambut warga Surabaya.  "
    entities = find_entities(text)
    assert entities, entities
    for e in entities:
        assert text[e.start : e.end] == e.text
        assert e.source in {"model", "rule", "gazetteer"}
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    assert ("Joko Widodo", "PERSON") in found(text)


def test_entity_span_round_trips_and_validates() -> None:
    span = EntitySpan(3, 8, "Budi", "PERSON", "rule")
    assert EntitySpan.from_dict(span.as_dict()) == span
    assert span.as_dict()["source"] == "rule"
    with pytest.raises(ValueError):
        EntitySpan(0, 4, "Budi", "PER", "model")
    with pytest.raises(ValueError):
        EntitySpan(0, 4, "Budi", "PERSON", "guess")
    with pytest.raises(ValueError):
        EntitySpan(4, 4, "", "PERSON", "model")
    assert not hasattr(span, "__dict__")  # slotted


def test_empty_text() -> None:
    assert find_entities("") == []
    assert find_entities(" \n ") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Menteri Luar Negeri AS Antony Blinken tiba di Jakarta, Selasa.",
            "Antony Blinken",
        ),
        (
            "Kabid Humas Polda Sumut Kombes Ferry Walintukan mengatakan pelaku sudah ditangkap.",
            "Ferry Walintukan",
        ),
        (
            "Kapolda Jabar Irjen Rudi Setiawan meninjau lokasi longsor di Cianjur.",
            "Rudi Setiawan",
        ),
        (
            "Bupati Garut Abdusy Syakur Amin menetapkan status tanggap darurat.",
            "Abdusy Syakur Amin",
        ),
    ],
)
def test_role_titles_mark_the_name_only(text: str, name: str) -> None:
    entities = find_entities(text)
    people = [e.text for e in entities if e.label == "PERSON"]
    assert name in people, entities
    # The title is never inside the PERSON span.
    for e in entities:
        if e.label == "PERSON":
            assert e.text.split()[0] not in {"Menteri", "Kombes", "Kapolda", "Irjen", "Bupati"}


def test_acronym_with_expansion_is_one_organisation_everywhere() -> None:
    text = (
        "BMKG meminta warga waspada.\n"
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan lebat "
        "turun hingga Jumat. Menurut BMKG, angin kencang juga mungkin terjadi."
    )
    entities = find_entities(text)
    assert ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG") in found(text)
    bmkg = [e for e in entities if e.text == "BMKG"]
    assert len(bmkg) == 3 and {e.label for e in bmkg} == {"ORG"}, entities


def test_acronym_expansion_matching() -> None:
    assert expansion_matches(
        "BMKG", ["Badan", "Meteorologi", ",", "Klimatologi", ",", "dan", "Geofisika"]
    )
    assert expansion_matches("KPK", ["Komisi", "Pemberantasan", "Korupsi"])
    assert not expansion_matches("KPU", ["Komisi", "Pemberantasan", "Korupsi"])
    assert not expansion_matches("BPS", ["Badan", "Pusat"])


def test_countries_and_provinces_are_places() -> None:
    text = "Delegasi dari Tiongkok, Korea Selatan dan Uzbekistan bertemu di Nusa Tenggara Timur."
    places = {t for t, label in found(text) if label == "LOC"}
    assert {"Tiongkok", "Korea Selatan", "Uzbekistan", "Nusa Tenggara Timur"} <= places, found(text)


def test_country_inside_an_organisation_name_is_not_a_place() -> None:
    # "Indonesia" here is part of an organisation, never a LOC of its own.
    assert ("Indonesia", "LOC") not in found("Bank Indonesia menahan suku bunga acuan.")
    assert ("Indonesia", "LOC") not in found("Timnas Indonesia menang 2-0 atas Vietnam.")


def test_place_lexicon_has_indonesian_country_names() -> None:
    names = place_names()
    for name in ("jepang", "korea selatan", "amerika serikat", "jawa barat", "belanda"):
        assert tuple(name.split()) in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemimpin Korea Utara Kim Jong-un menembakkan rudal ke laut.", "Kim Jong-un"),
        ("Aktor Choi Han-kyul tiba di Bandara Soekarno-Hatta pagi ini.", "Choi Han-kyul"),
        ("Menurut Jean-Pierre Raffarin, kesepakatan itu penting.", "Jean-Pierre Raffarin"),
    ],
)
def test_hyphenated_names_kept_whole(text: str, name: str) -> None:
    people = [e.text for e in find_entities(text) if e.label == "PERSON"]
    assert name in people, find_entities(text)


def test_clitic_after_a_name_is_not_part_of_it() -> None:
    people = [
        e.text
        for e in find_entities("Ucapan Prabowo-nya disambut tepuk tangan.")
        if e.label == "PERSON"
    ]
    assert all("-nya" not in p for p in people)


def test_long_article_is_split_and_fast_enough() -> None:
    paragraph = (
        "Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi gempa di Garut bersama Kepala "
        "Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto. "
    )
    text = "\n".join(paragraph for _ in range(60))
    entities = find_entities(text)
    people = [e for e in entities if e.label == "PERSON"]
    assert len([e for e in people if e.text == "Dedi Mulyadi"]) == 60
    assert len([e for e in entities if e.text == "BNPB" and e.label == "ORG"]) == 60
    assert all(text[e.start : e.end] == e.text for e in entities)


def test_organisation_in_a_role_phrase() -> None:
    text = "Kabid Humas Polda Sumut Kombes Ferry Walintukan mengatakan pelaku sudah ditangkap."
    assert {("Polda Sumut", "ORG"), ("Ferry Walintukan", "PERSON")} <= found(text)


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Gubernur BI Perry Warjiyo mengatakan suku bunga ditahan.", "BI", "Perry Warjiyo"),
        ("Kata Ketua KPK Setyo Budiyanto, penyidik sudah bekerja.", "KPK", "Setyo Budiyanto"),
        # no title right before, but a known organisation's acronym
        ("Direktur Eksekutif Departemen Komunikasi BI Ramdan Denny Prakoso mengatakan hal itu.", "BI",
         "Ramdan Denny Prakoso"),
    ],
)
def test_the_acronym_after_a_title_is_the_organisation_not_part_of_the_name(text: str, org: str, person: str) -> None:
    # the model reads "BI Perry Warjiyo" as one person
    assert {(org, "ORG"), (person, "PERSON")} <= found(text)
    assert not any(label == "PERSON" and name.startswith(org) for name, label in found(text))


def test_an_honorific_in_capitals_stays_with_the_name() -> None:
    assert ("KH", "ORG") not in found("KH Ma'ruf Amin hadir di acara itu bersama warga.")


def test_multiword_place_aliases_are_not_split() -> None:
    # "Selandia Baru" is a country; "Baru" alone ("Baru pulih cedera") is a word.
    names = place_names()
    assert ("selandia", "baru") in names
    assert ("baru",) not in names and ("selandia",) not in names
    assert ("Baru", "LOC") not in found("Baru pulih dari cedera, dia kembali berlatih.")


def test_acronyms_of_permits_are_not_organisations_but_companies_are() -> None:
    text = (
        "Pemerintah mencabut Izin Usaha Pertambangan (IUP) milik "
        "PT Anugerah Surya Pratama (ASP) pekan lalu."
    )
    entities = found(text)
    assert ("Izin Usaha Pertambangan", "ORG") not in entities
    assert {("PT Anugerah Surya Pratama", "ORG"), ("ASP", "ORG")} <= entities, entities
    # nor is a post's ("Chief Operating Officer (COO)")
    post = found("Ia kini menjabat Chief Operating Officer (COO) Danantara. COO itu menegaskan hal tersebut.")
    assert not {name for name, _label in post} & {"COO", "Chief Operating Officer"}, post


def test_a_name_after_the_noun_of_a_building_is_the_buildings() -> None:
    # the model reads "Masjid An-" as a place and "Nur Supiori" as a person (and the
    # hyphen rule grew that to "An-Nur Supiori"): one place, no person
    assert found("Panitia memotong sapi kurban di Masjid An-Nur Supiori pagi tadi.") == {
        ("Masjid An-Nur Supiori", "LOC")
    }


def test_building_rule_on_the_models_spans() -> None:
    import spacy

    from kabar.analyze.conll import LOC, PERSON
    from kabar.analyze.entities import _building_rule, _Ent

    doc = spacy.blank("id")("Ia salat di Masjid Istiqlal bersama Budi Santoso .")
    ents = [_Ent(4, 5, PERSON, "model"), _Ent(6, 8, PERSON, "model")]
    _building_rule(doc, ents)
    # "Istiqlal" after "Masjid" is the mosque's name; the person after "bersama" stays
    assert sorted((e.start, e.end, e.label) for e in ents) == [(3, 5, LOC), (6, 8, PERSON)]


def test_a_dotted_degree_is_no_person_or_organisation() -> None:
    from spacy.tokens import Doc, Span

    from kabar.analyze.entities import apply_rules
    from kabar.analyze.ner_model import load_ner

    nlp = load_ner()
    words = ["Deputi", "ASN", ",", "Dra.", "Army", "Winarty", ",", "M.Si", "memberi", "sambutan", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    # the model's spans stand as given, so the rule alone decides
    doc.ents = [Span(doc, 4, 6, label="PERSON"), Span(doc, 7, 8, label="PERSON")]
    found = [(doc[e.start : e.end].text, e.label) for e in apply_rules(doc)]
    assert ("Army Winarty", "PERSON") in found
    assert all(text != "M.Si" for text, _label in found)


def _list_rule_on(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The list rule alone over the space-parted tokens of ``text`` and the given model
    spans: (text, label) of every span after it."""
    import spacy
    from spacy.tokens import Doc

    from kabar.analyze.entities import _Ent, _list_rule

    doc = Doc(spacy.blank("id").vocab, words=text.split())
    ents = [_Ent(s, e, label, "model") for s, e, label in spans]
    _list_rule(doc, ents)
    return sorted((doc[e.start : e.end].text, e.label) for e in ents)


# A lineup (our sentence, real players): the model types one name an organisation and
# takes only the surname of another, as an organisation.
_LINEUP = (
    "Indonesia : Emil Audero , Jay Idzes , Kevin Diks , Justin Hubner ; Ole Romeny , Thom Haye ( Ricky Kambuaya 70 ) ,"
    " Mees Hilgers , Dean James , Yakob Sayuri , Calvin Verdonk , Joey Pelupessy"
)


def test_a_name_typed_otherwise_in_a_list_of_people_is_a_person() -> None:
    people = [(5, 7), (8, 10), (11, 13), (17, 19), (20, 22), (25, 27), (28, 30), (31, 33), (34, 36), (37, 39)]
    spans = [(0, 1, "LOC"), (3, 4, "ORG"), (14, 16, "ORG")] + [(s, e, "PERSON") for s, e in people]
    found = _list_rule_on(_LINEUP, spans)
    assert ("Emil Audero", "PERSON") in found  # the whole item, not "Audero" alone
    assert ("Ole Romeny", "PERSON") in found
    assert ("Audero", "ORG") not in found
    # the list's label (a country before ":") stays a place
    assert ("Indonesia", "LOC") in found


def test_a_list_with_few_people_or_of_titles_and_places_is_left_alone() -> None:
    # three people are too few: another list (of brands, of bands) may hold three
    # names read as people
    few = "Selis , Goda , Saige , Volta dan Polygon"
    assert ("Saige", "LOC") in _list_rule_on(few, [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "LOC"), (6, 7, "PERSON")])
    # an item with a title, a known place or a common English word is not retyped
    words = "Hadir Budi Santoso , Agus Salim , Rina Wati , Dedi Mulyadi , Gubernur Jawa Barat , Jawa Tengah , File"
    spans = [(1, 3, "PERSON"), (4, 6, "PERSON"), (7, 9, "PERSON"), (10, 12, "PERSON"), (14, 16, "LOC"),
             (17, 19, "LOC"), (20, 21, "ORG")]
    found = _list_rule_on(words, spans)
    assert ("Jawa Barat", "LOC") in found and ("Jawa Tengah", "LOC") in found and ("File", "ORG") in found


# A headline-styled line above a body that writes its common words in lower case (our
# sentences).
_BODY = (
    "\nPemain itu belum datang ke latihan pagi ini. Pelatih menyebut dia sedang sakit dan"
    " akan minta maaf secara langsung."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Pelatih Sebut Andi Wijaya Belum Datang Ke Latihan Pagi Ini",
        "Ternyata Andi Wijaya Belum Minta Maaf Secara Langsung Kepada Pelatih",
        "Kata Pelatih, Andi Wijaya Sedang Sakit Dan Belum Datang",
    ],
)
def test_a_headline_styled_line_does_not_make_its_words_a_name(headline: str) -> None:
    # the model alone reads "Andi Wijaya Belum Datang Ke Latihan Pagi" as one person
    people = {e.text for e in find_entities(headline + _BODY) if e.label == "PERSON"}
    assert "Andi Wijaya" in people
    assert not any(p.startswith("Andi Wijaya ") for p in people)


def test_truecasing_lowers_only_a_headline_styled_lines_common_words() -> None:
    from kabar.analyze.entities import _LOWERCASE_WORD, _truecase

    lower = set(_LOWERCASE_WORD.findall(_BODY))
    # names, titles and what the body never writes in lower case keep their capitals;
    # the length (so every offset) is kept
    headline = "Pelatih Sebut Andi Wijaya Belum Datang Ke Latihan Pagi Ini"
    assert _truecase(headline, lower) == "Pelatih Sebut Andi Wijaya belum datang ke latihan pagi ini"
    # a sentence in sentence case, and a list of names, are left as written
    sentence = "Andi Wijaya belum datang ke latihan Pagi Ini."
    assert _truecase(sentence, lower) == sentence
    lineup = "Jepang: Ayumu Seko, Kota Takai, Keisuke Osako, Ryoya Morishita"
    assert _truecase(lineup, lower | {"kota"}) == lineup


def test_currencies_legal_forms_and_percentages_are_no_names() -> None:
    import spacy
    from spacy.tokens import Doc

    from kabar.analyze.entities import _Ent, _not_a_name_rule

    line = "kata Jaksa Agung , Kapolda Jabar , PT PLN ( Persero ) , USD , Ringgit , naik 0,4 % , Agung Santoso"
    doc = Doc(spacy.blank("id").vocab, words=line.split())
    spans = [(1, 3, "PERSON"), (4, 6, "PERSON"), (7, 9, "ORG"), (10, 11, "ORG"), (13, 14, "ORG"), (15, 16, "ORG"),
             (17, 20, "ORG"), (21, 23, "PERSON")]
    ents = [_Ent(s, e, label, "model") for s, e, label in spans]
    _not_a_name_rule(doc, ents)
    # titles stay for the speakers ("kata Jaksa Agung" is said by whoever holds it);
    # the brief leaves them out of its people (title_only)
    assert sorted(doc[e.start : e.end].text for e in ents) == ["Agung Santoso", "Jaksa Agung", "Kapolda Jabar", "PT PLN"]


def test_times_of_day_and_weekdays_are_no_names() -> None:
    import spacy
    from spacy.tokens import Doc

    from kabar.analyze.entities import _Ent, _not_a_name_rule

    line = "IMSAK 04:17 , DUHA 06.27 , Sabtu , Jumat Legi , Juni Rahayu , Hyundai Ioniq 5"
    doc = Doc(spacy.blank("id").vocab, words=line.split())
    spans = [(0, 2, "ORG"), (3, 5, "ORG"), (6, 7, "PERSON"), (8, 10, "PERSON"), (11, 13, "PERSON"), (14, 17, "ORG")]
    ents = [_Ent(s, e, label, "model") for s, e, label in spans]
    _not_a_name_rule(doc, ents)
    # a weekday inside a longer name, a month that is a given name and a model number stay
    assert sorted(doc[e.start : e.end].text for e in ents) == ["Hyundai Ioniq 5", "Jumat Legi", "Juni Rahayu"]


@pytest.mark.parametrize("text", ["Idul Adha", "Lebaran 2025", "COVID-19", "Omicron", "Hari Raya Idul Fitri"])
def test_holidays_and_diseases_are_no_names(text: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from kabar.analyze.entities import _Ent, _not_a_name_rule

    words = [*text.split(), "dan", "Budi", "Santoso"]
    doc = Doc(spacy.blank("id").vocab, words=words)
    n = len(text.split())
    ents = [_Ent(0, n, "PERSON", "model"), _Ent(n + 1, n + 3, "PERSON", "model")]
    _not_a_name_rule(doc, ents)
    assert [doc[e.start : e.end].text for e in ents] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("words", "title"),
    [("Jaksa Agung", True), ("Kapolda Jabar", True), ("Wamen ATR", True), ("Plt Kepala Dinas", True),
     ("Menkes", True), ("Menpan", True), ("Kaindik PJR", True), ("Equity Analyst", True), ("Agung Santoso", False),
     ("Kapolda Jabar Rudi Setiawan", False), ("Mantan Menkominfo", True), ("Eks Kapolda Jabar", True),
     ("Mantan Kapolda Jabar Rudi Setiawan", False), ("Wakasau", True), ("Walkot", True)],
)
def test_a_title_alone_is_told_from_a_name(words: str, title: bool) -> None:
    from kabar.analyze.entities import title_only

    assert title_only(words.split()) is title


def test_lowercase_tags_and_links_do_not_make_a_name_a_common_word() -> None:
    from kabar.analyze.entities import _lower_words

    text = (
        "Rina Wati Datang Ke Kantor Polisi Hari Ini\n"
        "Ia datang ke kantor polisi, lihat https://contoh.id/rina-wati-datang.\n"
        "rina wati kantor polisi"
    )
    lower = _lower_words(text)
    assert {"datang", "kantor", "polisi"} <= lower
    assert "rina" not in lower and "wati" not in lower
    people = {e.text for e in find_entities(text) if e.label == "PERSON"}
    assert "Rina Wati" in people and not any(p.startswith("Rina Wati ") for p in people)


def test_a_person_span_over_a_title_before_the_name_is_dropped() -> None:
    from spacy.tokens import Doc, Span

    from kabar.analyze.entities import apply_rules
    from kabar.analyze.ner_model import load_ner

    nlp = load_ner()
    line = "kata Plh Sekdaprov Gorontalo , Hendra Saputra , dan kuasa hukum Rina , Fahmi Rahman ."
    doc = nlp(Doc(nlp.vocab, words=line.split()))
    # the model's spans as given: the title read as a person, and the lawyer's client
    doc.ents = [Span(doc, 1, 4, label="PERSON"), Span(doc, 5, 7, label="PERSON"), Span(doc, 11, 12, label="PERSON"),
                Span(doc, 13, 15, label="PERSON")]
    found = {doc[e.start : e.end].text for e in apply_rules(doc) if e.label == "PERSON"}
    assert "Plh Sekdaprov Gorontalo" not in found
    assert {"Hendra Saputra", "Rina", "Fahmi Rahman"} <= found


@pytest.mark.parametrize(
    ("word", "common"),
    [("Mengadili", True), ("Dihadiri", True), ("Kekalahan", True), ("Menurutku", True), ("Perundingan", True),
     # names whose letters read as affixes: a place, people, a club, islands
     ("Bekasi", False), ("Dimas", False), ("Diana", False), ("Persela", False), ("Mentawai", False),
     ("Semarang", False), ("Berlin", False)],
)
def test_a_common_word_with_affixes_is_told_from_a_name(word: str, common: bool) -> None:
    from kabar.analyze.entities import affixed_common_word

    assert affixed_common_word(word) is common


def test_text_written_without_capitals_goes_to_the_uncased_model() -> None:
    """A sentence without capitals (NERP-style text, an outlet's lowercase line) is read
    by the uncased model; the cased sentences of the same text by the cased one."""
    from kabar.analyze.ner_model import is_uncased, load_ner

    lower = "pelatih persib bojan hodak memuji penampilan ciro alves saat melawan persija di stadion si jalak harupat ."
    cased = "Menurut Budi Santoso, Kepala Dinas Perhubungan Kota Bandung, jalan itu ditutup sejak Senin."
    assert is_uncased(lower) and not is_uncased(cased) and not is_uncased("12 . 3")
    # a script without capitals is not text written without them
    assert not is_uncased("صلى الله عليه وسلم") and is_uncased("kata ali, صلى الله")
    found = find_entities(lower)
    assert found == find_entities(lower, load_ner(uncased=True))
    assert {(e.text, e.label) for e in found} == {
        ("persib", "ORG"), ("bojan hodak", "PERSON"), ("ciro alves", "PERSON"), ("persija", "ORG"),
        ("stadion si jalak harupat", "LOC"),
    }
    # the cased model, which leans on capitals, reads it otherwise ("persib bojan")
    assert found != find_entities(lower, load_ner())
    # each sentence of a mixed text to its own model, offsets into the whole text
    mixed = cased + "\n" + lower
    expected = find_entities(cased) + [
        EntitySpan(e.start + len(cased) + 1, e.end + len(cased) + 1, e.text, e.label, e.source) for e in found
    ]
    assert find_entities(mixed) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Polisi menahan tiga pengurus berinisial RSA (38), TW (57), dan HP (35) di Bogor.", ["RSA", "TW", "HP"]),
        ("Polisi menahan dua tersangka, inisial SAR (41) dan TIO (19), di Palu.", ["SAR", "TIO"]),
        ("Tiga remaja berinisial R, F, dan K diamankan di Kendari.", ["R", "F", "K"]),
        ("Sopir berinisial DI dan penumpang berinisial MRA tewas di tempat.", ["DI", "MRA"]),
        ("Polisi memeriksa pria berinisial M.H. (25), warga Desa Tanjung.", ["M.H."]),
        # a company's initials are no one's
        ("Jaksa menyelidiki perusahaan berinisial PT AB di Bekasi.", []),
    ],
)
def test_initials_after_inisial_are_people(text: str, people: list[str]) -> None:
    found = find_entities(text)
    assert [e.text for e in found if e.label == "PERSON"] == people


def test_a_lower_case_word_at_the_edge_of_a_name_is_not_the_name() -> None:
    # the model read a name over the verb or preposition after it, or over a phrase of
    # common words; particles of names stay
    text = (
        'Alasan Vidi menghapus lagu itu sudah jelas, ujar Sugiono via media sosial. '
        '"Oke oke," jawab Evan Dimas kepada Robin van Persie.'
    )
    people = [e.text for e in find_entities(text) if e.label == "PERSON"]
    assert "Vidi menghapus" not in people and "Sugiono via" not in people
    assert "Oke oke" not in people and "Oke" not in people
    assert {"Evan Dimas", "Robin van Persie"} <= set(people)


def test_a_name_ending_with_an_english_organisation_noun_is_an_organisation() -> None:
    text = "Tabrakan itu melibatkan 48 orang, kata Civil Defense Force dalam sebuah pernyataan."
    assert [(e.text, e.label) for e in find_entities(text) if "Force" in e.text] == [("Civil Defense Force", "ORG")]
    # nor does a newspaper ("Mehr News" had been a person)
    papers = find_entities("Kantor berita Mehr News dan harian Kronen Zeitung melaporkan hal serupa.")
    assert {(e.text, e.label) for e in papers if e.text in ("Mehr News", "Kronen Zeitung")} <= {
        ("Mehr News", "ORG"), ("Kronen Zeitung", "ORG")
    }
    assert not [e for e in papers if e.label == "PERSON"]
    # nor a company by its legal form ("Pte Ltd", "Inc"), which no one's name ends with
    companies = find_entities("Usaha itu dimulai oleh Sinar Dagang Pte Ltd, lalu dibeli Hartono Wijaya Inc.")
    assert [(e.text, e.label) for e in companies] == [("Sinar Dagang Pte Ltd", "ORG"), ("Hartono Wijaya Inc", "ORG")]
    # a surname that is also such a noun ("Council") is not on the list
    found = find_entities("Nama band itu diambil dari penyanyi Pink Anderson dan Floyd Council.")
    assert ("Floyd Council", "ORG", "rule") not in [(e.text, e.label, e.source) for e in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menteri itu berpidato di acara Nusa Defence Expo & Forum, Jakarta.", "Nusa Defence Expo & Forum"),
        ("Puluhan jemaah menggugat Biro Umrah Sahara Tour ke pengadilan.", "Sahara Tour"),
        ("Acara itu menandai ulang tahun Asia Media Conference di Bali.", "Asia Media Conference"),
    ],
)
def test_an_event_or_its_organiser_named_in_english_is_no_person(text: str, name: str) -> None:
    assert ruled(_english_org_rule, text, name) == [(name, "ORG")]


def test_a_name_opening_with_a_place_noun_is_a_place() -> None:
    """"Pulau Gag, Raja Ampat" reads like a name with its title ("Raja"): the island
    is a place whatever the role rule makes of it."""
    text = "Aktivis berunjuk rasa soal Pulau Gag, Raja Ampat, Papua Barat Daya."
    assert ("Pulau Gag", "LOC") in found(text)
    assert not [e for e in find_entities(text) if e.label == "PERSON"]
    # a place noun and the capitalised words after it, up to the next place noun
    text = "Aktivis berunjuk rasa soal Pulau Gag Kabupaten Raja Ampat pekan ini."
    assert found(text) == {("Pulau Gag", "LOC"), ("Kabupaten Raja Ampat", "LOC")}


def test_a_title_ending_with_a_legal_form_names_a_company() -> None:
    """"Komisaris PT Gag Nikel": the company, no person; after "Tbk" a person's name
    follows the company's."""
    text = "Para komisaris PT Gag Nikel dipanggil DPR pekan ini."
    assert [(e.text, e.label) for e in find_entities(text)] == [("PT Gag Nikel", "ORG")]
    text = "Director PT Cahaya Sekuritas Tbk Andi Wibowo menilai pasar masih lesu."
    assert ("Andi Wibowo", "PERSON") in found(text)


def test_a_place_cut_short_of_a_known_longer_one_is_the_longer() -> None:
    text = "Gubernur Papua Barat Daya Elisa Kambu meninjau tambang itu, bukan di Papua Barat."
    assert [(e.text, e.label) for e in find_entities(text)] == [
        ("Papua Barat Daya", "LOC"), ("Elisa Kambu", "PERSON"), ("Papua Barat", "LOC"),
    ]


def test_a_team_and_its_coach_read_as_one_name_are_parted_when_the_article_names_either() -> None:
    """"pelatih Persija Carlos Pena", read by the model as one organisation: the coach
    is a person of his own, the club the organisation, as the article names them
    apart elsewhere."""
    text = "Pelatih Persija Carlos Pena mengatakan timnya siap. Carlos Pena memuji lini belakang."
    assert ("Carlos Pena", "PERSON") in found(text)
    assert ("Persija", "ORG") in found(text)
    assert not [e for e in find_entities(text) if "Persija C" in e.text]


def test_team_and_name_rule_needs_the_article_to_name_one_side_apart() -> None:
    from kabar.analyze.entities import _team_and_name

    def spans(text: str, *names: tuple[str, str]) -> list[EntitySpan]:
        out, at = [], 0
        for name, label in names:
            at = text.index(name, at)
            out.append(EntitySpan(at, at + len(name), name, label, "model"))
            at += len(name)
        return out

    def parted(text: str, *names: tuple[str, str]) -> list[tuple[str, str]]:
        return [(e.text, e.label) for e in _team_and_name(text, spans(text, *names))]

    text = "Kata manajer Brentford Thomas Frank. Brentford menang."
    assert parted(text, ("Brentford Thomas Frank", "PERSON"), ("Brentford", "ORG")) == [
        ("Brentford", "ORG"), ("Thomas Frank", "PERSON"), ("Brentford", "ORG"),
    ]
    # neither side named apart: kept as the model read it
    assert parted(text, ("Brentford Thomas Frank", "PERSON")) == [("Brentford Thomas Frank", "PERSON")]
    # not after a title: kept
    text = "Kata Brentford Thomas Frank. Brentford menang."
    assert parted(text, ("Brentford Thomas Frank", "PERSON"), ("Brentford", "ORG"))[0] == (
        "Brentford Thomas Frank", "PERSON")
    # the rest is no name (a common word, a place, two words glued)
    for rest in ("Sepak Bola", "Indonesia Raya", "MunichVincent Kompany"):
        text = f"Kata pelatih Timnas {rest}. Timnas menang."
        assert parted(text, (f"Timnas {rest}", "ORG"), ("Timnas", "ORG"))[0] == (f"Timnas {rest}", "ORG")
    # a company's name after its legal form stays the company's
    text = "Kata Direktur PT Gag Nikel. Gag Nikel menambang."
    assert parted(text, ("PT Gag Nikel", "ORG"), ("Gag Nikel", "PERSON"))[0] == ("PT Gag Nikel", "ORG")


def test_a_person_inside_a_bodys_written_out_name_before_its_short_form_is_the_body() -> None:
    """"Asosiasi Petani Kopi dan [Kakao] (Aspekindo)": a word of the body's name (a
    syllable short form the initials rule cannot match), not a person;
    not a person after a comma right before brackets, nor a list of bodies."""
    import spacy

    from kabar.analyze.entities import _Ent, _named_body_rule

    nlp = spacy.blank("id")

    def rule(text: str, person: str, *orgs: str) -> list[tuple[str, str]]:
        doc = nlp(text)
        ents = []
        for name, label in [(person, "PERSON"), *((o, "ORG") for o in orgs)]:
            at = text.index(name)
            span = doc.char_span(at, at + len(name))
            ents.append(_Ent(span.start, span.end, label, "model"))
        _named_body_rule(doc, ents)
        return sorted((doc[e.start:e.end].text, e.label) for e in ents)

    assert rule("Ketua Asosiasi Petani Kopi dan Kakao (Aspekindo) hadir.", "Kakao") == [
        ("Asosiasi Petani Kopi dan Kakao", "ORG")
    ]
    assert rule("Ketua Asosiasi Petani Kopi, Kakao dan Teh Indonesia (Aspekindo) hadir.", "Kakao",
                "Asosiasi Petani Kopi") == [("Asosiasi Petani Kopi, Kakao dan Teh Indonesia", "ORG")]
    # an appositive name after a comma, with its initials: a person
    assert ("Rudi Hartono", "PERSON") in rule("Kepala Kantor Pajak Bogor, Rudi Hartono (RH) diperiksa.", "Rudi Hartono")
    # a list of bodies is no one body
    text = "Hadir pula Biro Hukum, Bea Cukai dan Kakao Nusantara (BHKN)."
    assert ("Kakao Nusantara", "PERSON") in rule(text, "Kakao Nusantara", "Biro Hukum", "Bea Cukai")


def test_an_acronym_defined_as_a_permit_plan_or_plant_is_no_name_where_used_again() -> None:
    """"Pembangkit Listrik Tenaga Nuklir (PLTN)", "Indeks Harga Saham Gabungan (IHSG)":
    kinds of things, not bodies; their short forms used later are no names either."""
    import spacy

    from kabar.analyze.entities import NOT_A_NAME, _acronym_uses, _Ent

    text = "Pemerintah menyiapkan Pembangkit Listrik Tenaga Nuklir (PLTN) baru. Kelak PLTN itu dibangun di Kalimantan."
    labels = {(e.text, e.label) for e in find_entities(text)}
    assert not {t for t, _ in labels} & {"PLTN", "Pembangkit Listrik Tenaga Nuklir"}, labels

    doc = spacy.blank("id")("Kemarin IHSG turun tajam.")
    ents = [_Ent(1, 2, "ORG", "model")]
    _acronym_uses(doc, ents, {"IHSG": NOT_A_NAME})
    assert ents == []


def test_the_platform_x_is_no_name_but_initials_x_are_someone() -> None:
    assert found("Pernyataan itu ia unggah di X, Selasa malam.") == set()
    assert not [e for e in find_entities("Kata Rima Hassan di X.") if e.text.startswith("X")]
    assert ("X", "PERSON") in found("Polisi menangkap pria berinisial X di Bogor.")


def test_a_person_after_a_place_noun_in_lower_case_is_the_place() -> None:
    """"ke bandara Ben Gurion", "di jalan Abdul Fatah": the airport's and the street's
    names, though they are people's; not after "wali kota" or "kepala desa"."""
    for text, name, label in [
        ("Mereka dibawa ke bandara Ben Gurion hari itu.", "Ben Gurion", "LOC"),
        ("Warga mengeluhkan jalan Abdul Fatah yang rusak.", "Abdul Fatah", "LOC"),
        ("Kata wali kota Rudi Santoso kemarin.", "Rudi Santoso", "PERSON"),
    ]:
        assert ruled(_building_rule, text, name) == [(name, label)]


def test_a_person_span_closing_with_a_venue_s_word_is_the_venue() -> None:
    """"di Zayed bin Karim Hall", "Lumbung Arena": venues, though their names hold a
    person's; a surname "Hall" after one given name stays a person."""
    for text, name, label in [
        ("Laga digelar di Zayed bin Karim Hall malam ini.", "Zayed bin Karim Hall", "LOC"),
        ("Konser berlangsung di Lumbung Arena, Bekasi.", "Lumbung Arena", "LOC"),
        ("Rudi Hall, seorang perajin, membuka toko.", "Rudi Hall", "PERSON"),
    ]:
        assert ruled(_building_rule, text, name) == [(name, label)]


def test_a_person_span_ending_with_city_united_or_fc_is_an_organisation() -> None:
    for text, name in [("Kemarin Hull City kalah lagi.", "Hull City"), ("Laga itu dimenangi Pangsuma FC.", "Pangsuma FC")]:
        assert ruled(_english_org_rule, text, name)[0][1] == "ORG"


def test_words_inside_the_expansion_of_a_document_acronym_are_no_names() -> None:
    """"Nomor [Induk Kependudukan] (NIK)": a number, no person inside it."""
    import spacy

    from kabar.analyze.entities import _acronym_definitions, _Ent

    doc = spacy.blank("id")("Siapkan Nomor Induk Kependudukan (NIK) Anda.")
    ents = [_Ent(2, 4, "PERSON", "model"), _Ent(5, 6, "ORG", "model")]
    assert _acronym_definitions(doc, ents) == {"NIK": ""}
    assert ents == []


def test_a_name_right_after_a_citing_word_is_an_outlet() -> None:
    """"dikutip dari AP", "seperti dilansir Kantor Pos Harian" typed a person or a
    place: an organisation (an outlet or a website); a person of two words is kept (a
    journalist may be cited), and so is a name a citing word does not precede."""
    for text, name, label, expected in [
        ("Hal itu disampaikan Rudi, dikutip dari AP, Senin (9/6/2025).", "AP", "PERSON", "ORG"),
        ("Mengutip Xinhua, pejabat itu hadir.", "Xinhua", "PERSON", "ORG"),
        ("Angka itu naik, seperti dilansir Harian Pagi Raya kemarin.", "Harian Pagi Raya", "LOC", "ORG"),
        ("Kabar itu dilansir dari Budi Santoso, wartawan olahraga.", "Budi Santoso", "PERSON", "PERSON"),
        ("Ia dikutip Budi di acara itu.", "Budi", "PERSON", "PERSON"),
        ("Ia datang dari Bandung kemarin.", "Bandung", "LOC", "LOC"),
        # the source of the figures after "data"; a place after it is the figures' place
        ("Data Bloomberg pada Senin menunjukkan rupiah menguat.", "Bloomberg", "PERSON", "ORG"),
        ("Menurut data Indonesia tumbuh 5 persen.", "Indonesia", "LOC", "LOC"),
    ]:
        assert ruled(_cited_source_rule, text, name, label) == [(name, expected)], text


def test_a_person_on_one_side_of_vs_with_a_team_on_the_other_is_a_team() -> None:
    """"Real Madrid vs [Al Hilal]": a team, in that mention and in the article's other
    mentions of the name the model typed a person; two people either side of "vs" and
    a coach after his title stay people."""
    from kabar.analyze.entities import EntitySpan, _match_sides

    text = "Laga Persija vs Bintang Timur digelar malam ini. Bintang Timur datang dengan skuad penuh."
    def span(name: str, label: str, nth: int = 0) -> EntitySpan:
        at = -1
        for _ in range(nth + 1):
            at = text.index(name, at + 1)
        return EntitySpan(at, at + len(name), name, label, "model")

    ents = [span("Persija", "ORG"), span("Bintang Timur", "PERSON"), span("Bintang Timur", "PERSON", 1)]
    assert [e.label for e in _match_sides(text, ents)] == ["ORG", "ORG", "ORG"]

    duel = "Final itu mempertemukan Rudi Hartono vs Liem Swie King di Jakarta."
    people = [EntitySpan(duel.index("Rudi"), duel.index("Rudi") + 12, "Rudi Hartono", "PERSON", "model"),
              EntitySpan(duel.index("Liem"), duel.index("Liem") + 14, "Liem Swie King", "PERSON", "model"),
              EntitySpan(duel.index("Jakarta"), duel.index("Jakarta") + 7, "Jakarta", "LOC", "model")]
    assert [e.label for e in _match_sides(duel, people)] == ["PERSON", "PERSON", "LOC"]

    coach = "Strategi pelatih Budi Santoso vs Jepang berhasil."
    ents = [EntitySpan(coach.index("Budi"), coach.index("Budi") + 12, "Budi Santoso", "PERSON", "model"),
            EntitySpan(coach.index("Jepang"), coach.index("Jepang") + 6, "Jepang", "LOC", "model")]
    assert [e.label for e in _match_sides(coach, ents)] == ["PERSON", "LOC"]


def test_a_score_read_into_a_teams_name_is_cut_off() -> None:
    from kabar.analyze.entities import EntitySpan, _without_scores

    def ent(text: str) -> EntitySpan:
        return EntitySpan(10, 10 + len(text), text, "ORG", "model")

    assert [e.text for e in _without_scores([ent("Al Hilal1-1")])] == ["Al Hilal"]
    assert [e.text for e in _without_scores([ent("Republik Ceko 2-0")])] == ["Republik Ceko"]
    parted = _without_scores([ent("Persija 2-1 Persib")])
    assert [(e.text, e.start, e.end) for e in parted] == [("Persija", 10, 17), ("Persib", 22, 28)]
    # an age group is no score, and days of a month are no result
    assert [e.text for e in _without_scores([ent("Timnas U-23"), ent("Liga 1")])] == ["Timnas U-23", "Liga 1"]
    assert [e.text for e in _without_scores([ent("Arab Saudi 7-21 November")])] == ["Arab Saudi"]


@pytest.mark.parametrize(
    ("text", "short", "label"),
    [
        ("Data itu berasal dari Badan Pendapatan Daerah (Bapenda) setempat. Bapenda menyebut angkanya naik.",
         "Bapenda", "ORG"),
        ("Dana untuk Badan Pengelola Aset Daya Nusa Raya (Danusra) naik. Kantor Danusra sepi.",
         "Danusra", "ORG"),
        ("Menurut Kementerian Perhubungan (Kemenhub), pemudik naik.", "Kemenhub", "ORG"),
    ],
)
def test_a_short_form_of_syllables_in_brackets_is_the_bodys(text: str, short: str, label: str) -> None:
    """"Badan Pendapatan Daerah (Bapenda)": the short form, made of syllables, is the
    body's in every mention; a legal form in brackets is no short form."""
    found = [(e.text, e.label) for e in find_entities(text) if e.text == short]
    assert found and all(lab == label for _t, lab in found), find_entities(text)


def test_a_legal_form_or_a_rank_in_brackets_is_no_short_form() -> None:
    import spacy

    from kabar.analyze.entities import _Ent, _short_form_definitions

    nlp = spacy.blank("id")
    assert _short_form_definitions(nlp("Perusahaan Perseroan (Persero) PT Pupuk hadir."), []) == {}
    # (the model reads the rank as a person's name)
    assert _short_form_definitions(nlp("Laksamana Pertama (Laksma) Tunggul hadir."), [_Ent(0, 2, "PERSON", "model")]) == {}
    # a nickname after a person's name is the person's
    assert _short_form_definitions(nlp("Heri Gunawan (Hergun) hadir."), [_Ent(0, 2, "PERSON", "model")]) == {"Hergun": "PERSON"}


def test_short_forms_of_documents_goods_and_measures_are_no_names() -> None:
    """"IUP", "UMKM", "SUV", "TKDN": no organisation in who's who, nor the written-out
    form a definition gives them; "ICE" (the agency) and "PT Gag Nikel" stay."""
    text = (
        "Pemerintah mencabut Izin Usaha Pertambangan Khusus (IUPK) dan IUP milik PT Gag Nikel. "
        "Penjualan SUV dan MPV naik, UMKM ikut menikmati. ICE menangkap dua orang. "
        "Komisi VII mengadakan Rapat Dengar Pendapat Umum (RDPU) untuk mendengar warga, lalu RDP dengan PT Gag Nikel. "
        "Oknum itu telah diberhentikan dengan tidak hormat (PTDH) dan menabrak mobil Patwal. Wasit memeriksa VAR."
    )
    found = {(e.text, e.label) for e in find_entities(text)}
    assert not {name for name, _ in found} & {
        "IUPK", "IUP", "SUV", "MPV", "UMKM", "Izin Usaha Pertambangan Khusus", "RDPU", "RDP",
        "Rapat Dengar Pendapat Umum", "PTDH", "Patwal", "VAR",
    }
    assert ("PT Gag Nikel", "ORG") in found and ("ICE", "ORG") in found


def test_a_nickname_opening_with_a_plural_article_is_a_team() -> None:
    """"Gli Azzurri", "Los Blancos", "Les Bleus" typed a person: a team; "Les Ferdinand"
    (a footballer) and a longer span (a team and its coach) are left."""
    for text, label in [("Gli Azzurri", "ORG"), ("Los Blancos", "ORG"), ("Les Bleus", "ORG"),
                        ("Les Ferdinand", "PERSON"), ("Los Blancos Xabi Alonso", "PERSON")]:
        assert ruled(_english_org_rule, text, text)[0][1] == label, text


# the words an article writes in lower case elsewhere
LOWER = {"selain", "namun", "indonesia", "jakarta", "jokowi", "harga", "muhammad"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Selain itu, harga cabai ikut naik.", True),
        ("“Namun kami akan datang lagi,” ujarnya.", True),
        ("Namun ia menolak berkomentar.", True),
        # a name after the first word, or a first word that is a name, common or not
        ("Namun Prabowo menolak berkomentar.", False),
        ("Indonesia mengekspor batu bara.", False),
        ("Jakarta diguyur hujan sejak pagi.", False),
        ("Jokowi tiba pukul 10.00.", False),
        # as common as "Namun" by frequency, but a name where the text never writes it in lower case
        ("David kemudian tertarik.", False),
        ("Sementara itu harga naik.", False),
        # a dateline in capitals, an acronym, a first word in lower case (text without capitals)
        ("JAKARTA - harga cabai naik.", False),
        ("TNI mengirim bantuan.", False),
        ("harga cabai naik.", False),
        ("", False),
    ],
)
def test_a_sentence_whose_only_capital_opens_a_common_word_is_nameless(
    sentence: str, expected: bool
) -> None:
    assert nameless(sentence, LOWER) is expected


def test_the_model_does_not_run_on_nameless_sentences_and_finds_the_rest() -> None:
    texts = [
        "Selain itu, harga cabai ikut naik di pasar.",
        "Namun Prabowo menolak berkomentar di Jakarta.",
    ]
    docs = _pipe(texts, None, {"selain", "namun"})
    assert [d.text for d in docs] == texts
    # the gazetteer ran on both (the rules read its marks); tok2vec and NER only on the second
    assert docs[0].tensor.size == 0 and not docs[0].ents
    assert docs[1].tensor.size > 0
    assert {(e.text, e.label_) for e in docs[1].ents} == {("Prabowo", "PERSON"), ("Jakarta", "LOC")}
    # without the text's lower-case words (one sentence alone), the model runs on every sentence
    assert all(d.tensor.size > 0 for d in _pipe(texts, None))
    text = " ".join(texts) + " Selain cabai, namun, harga bawang juga naik."
    assert found(text) == {("Prabowo", "PERSON"), ("Jakarta", "LOC")}


def test_a_short_form_runs_through_a_name_the_model_read_as_two_around_a_hyphen() -> None:
    text = "Kecelakaan terjadi di Jalan Tol Bakauheni-Terbanggi Besar (Bakter) pada Senin malam."
    assert ("Bakter", "LOC") in found(text)


def test_an_interjection_opening_a_sentence_is_no_one() -> None:
    found_names = found("Yuk intip potret pernikahan Dinda Kirana di Bandung. Terima kasih, kata Dinda.")
    assert not any(name in ("Yuk", "Terima") for name, _label in found_names)
    assert ("Dinda Kirana", "PERSON") in found_names
    # ... nor "Oh" opening a quotation
    quoted = found('"Oh, lebih dari itu, mungkin sembilan puluh," ujar Henri Saputra.')
    assert not any(name == "Oh" for name, _label in quoted)
    assert ("Henri Saputra", "PERSON") in quoted
    # ... nor "Runner up" opening a sentence
    assert not any(name == "Runner" for name, _label in found("Runner up Thailand Masters ini sempat ditanya soal pasangan baru."))


def test_a_known_organisations_name_is_an_organisation_whatever_the_model_typed() -> None:
    # "Al Hilal" read as a person (with the score glued on, then cut); a club written
    # like a place; a name not on the list keeps the model's type
    text = "Laga Real Madrid melawan Al Hilal 1-1 di Miami. Pemain River Plate tiba di Seattle."
    entities = {(e.text, e.label) for e in find_entities(text)}
    assert {("Al Hilal", "ORG"), ("River Plate", "ORG"), ("Miami", "LOC")} <= entities
    # a platform the model typed a person in a story of its ads
    from kabar.analyze.entities import EntitySpan, _known_organisations

    assert _known_organisations([EntitySpan(0, 8, "WhatsApp", "PERSON", "model")])[0].label == "ORG"
    # ... and a team's nickname the model typed a place or a person
    assert _known_organisations([EntitySpan(0, 12, "Samurai Biru", "LOC", "model")])[0].label == "ORG"
    assert _known_organisations([EntitySpan(0, 9, "Blaugrana", "PERSON", "model")])[0].label == "ORG"


def test_a_national_team_is_one_organisation() -> None:
    assert ("Timnas Indonesia", "ORG") in found("Laga itu dimenangi Timnas Indonesia dengan skor tipis.")
    assert ("Timnas Jepang", "ORG") in found("Pelatih Timnas Jepang Hajime Moriyasu menurunkan pemain muda.")
    # "timnas" in lower case: the country alone names the team
    lowered = found("Ia sempat membela timnas Belanda pada Piala Eropa.")
    assert ("Belanda", "ORG") in lowered and not any(name.startswith("timnas") for name, _ in lowered)


def test_a_name_holds_no_whitespace_at_its_ends() -> None:
    # a double space where a link was stripped
    spans = find_entities("RM  dan V  pulang  dari dinas militer  pekan ini.")
    assert spans and all(e.text == e.text.strip() for e in spans)


def test_a_sentences_punctuation_is_no_part_of_a_name() -> None:
    spans = find_entities("Siapa sebenarnya pemilik Selat Hormuz?\nSitus First Post yang dikutip menjelaskan.")
    assert ("Selat Hormuz", "LOC") in {(e.text, e.label) for e in spans}
    assert not [e for e in spans if e.text[-1] in "?!.,;:"]


def test_a_currency_after_a_name_is_the_figures() -> None:
    text = "KPK menduga Saeful Bahri memberi uang kepada Wahyu Setiawan Rp 600 juta."
    assert ("Wahyu Setiawan", "PERSON") in found(text)
    assert not [e for e in find_entities(text) if e.text.endswith("Rp")]


def test_the_first_year_of_a_term_after_a_name_is_no_part_of_it() -> None:
    doc = spacy.blank("id")("Ketua Komnas HAM 2017-2022 itu hadir. Ia lahir 2017-an.")
    assert [t.text for t in doc[:6]] == ["Ketua", "Komnas", "HAM", "2017", "-", "2022"]
    assert term_year_end(doc, 0, 4) == 3  # (the model's span had held 2017)
    assert term_year_end(doc, 0, 3) == 3
    assert term_year_end(doc, 3, 4) == 4  # (a year alone stays)
    spans = find_entities("Menurut Komisioner Komnas Perempuan 2020-2025 itu, pelaku harus dihukum berat.")
    assert [e.text for e in spans if e.label == "ORG"] == ["Komisioner Komnas Perempuan"]


def test_barat_daya_written_in_lower_case_ends_a_place() -> None:
    """"Provinsi Papua Barat daya" is Papua Barat Daya, another province than Papua
    Barat; "daya listrik" after a province is power."""
    spans = {e.text for e in find_entities("Pulau kecil itu masuk Provinsi Papua Barat daya sejak 2022.")}
    assert "Provinsi Papua Barat daya" in spans
    spans = {e.text for e in find_entities("Pasokan di Jawa Barat daya listrik turun sejak kemarin.")}
    assert not [s for s in spans if s.endswith("daya")]


def test_a_lower_case_word_after_a_name_in_cased_text_is_no_part_of_it() -> None:
    """"Persija cuma", "PT Pegadaian hari ini": the model reads the next word into the
    name; a direction ("Jawa tengah") and a hyphenated name's end ("Tae-yong") stay."""
    spans = {e.text for e in find_entities(
        "Persija cuma sanggup finis kelima musim lalu. Cek harga emas di PT Pegadaian hari ini. "
        "Hujan lebat turun di Jawa tengah. Pelatih Shin Tae-yong memimpin latihan."
    )}
    assert {"Persija", "PT Pegadaian", "Jawa tengah", "Shin Tae-yong"} <= spans
    assert not {"Persija cuma", "PT Pegadaian hari"} & spans


def test_a_sentence_opening_after_an_initial_is_no_part_of_the_name() -> None:
    """A period after a one-letter initial hides a sentence end: "Blok M. Bahkan" is
    Blok M, when the article writes "bahkan" in lower case elsewhere."""
    spans = {e.text for e in find_entities(
        "Warga ingin trayek Bogor-Blok M. Bahkan sebagian mau trayek Bekasi-Blok M, bahkan yang lebih jauh."
    )}
    assert not [s for s in spans if "Bahkan" in s]
    assert "Blok M" in spans


def test_a_known_one_word_company_is_an_organisation() -> None:
    spans = {(e.text, e.label) for e in find_entities("Persaingan Grab dan Gojek ketat. Pembayaran lewat Mastercard makin mudah.")}
    assert {("Gojek", "ORG"), ("Mastercard", "ORG")} <= spans


@pytest.mark.parametrize(("text", "name"), [
    ("Innalillahi, kakek kami berpulang pagi tadi.", "Innalillahi"),
    ("Semoga lekas sembuh. Amin Allahumma Amin, tulis Rina.", "Allahumma Amin"),
    ("Semoga amalmu menjadi bekal bertemu dengan Rabbmu.", "Rabbmu"),
])
def test_a_formula_of_prayer_is_no_one(text: str, name: str) -> None:
    from kabar.analyze.entities import _not_a_name_rule

    assert ruled(_not_a_name_rule, text, name) == []
    # a man called Amin stays
    assert ruled(_not_a_name_rule, "Menurut Amin, latihan dimulai besok.", "Amin") == [("Amin", "PERSON")]


def test_a_connective_opening_the_sentence_is_no_part_of_the_name() -> None:
    """"Berarti Rudiansyah ditanyai ...": the word tying the sentence to the one before
    is no part of the name the model reads after it."""
    spans = {e.text for e in find_entities(
        "Rudiansyah tiba di kantor jaksa pukul 08.00 WIB. Berarti Rudiansyah ditanyai hampir tujuh jam."
    )}
    assert not [s for s in spans if "Berarti" in s]
    assert "Rudiansyah" in spans


def test_a_connective_word_written_inside_a_sentence_before_the_name_is_its_part() -> None:
    from kabar.analyze.entities import _inside_sentence

    text = "Gubernur NTB Lalu Gede Santika hadir. Lalu Gede Santika menyapa warga."
    assert _inside_sentence(text, "Lalu", "Gede")
    assert not _inside_sentence("Hujan reda. Lalu Gede Santika menyapa warga.", "Lalu", "Gede")


def test_a_label_letter_ending_a_sentence_is_no_initial_of_the_next_word() -> None:
    """"turun ke Serie B. Rumor beredar ...": the sentence ends after the letter, so the
    next sentence's first word is no part of the name, and the name has no full stop."""
    spans = {e.text for e in find_entities(
        "Musim lalu Parma Raya harus turun ke Serie B. Rumor beredar bahwa pelatihnya pergi. "
        "Klub itu turun ke Serie C. Lantas, siapa yang membeli Dario Fenzi?"
    )}
    assert {"Serie B", "Serie C", "Dario Fenzi"} <= spans
    assert not [s for s in spans if "Rumor" in s or "Lantas" in s or s.endswith(".")]


def test_a_verb_with_affixes_opening_the_sentence_is_no_part_of_a_persons_name() -> None:
    spans = {e.text for e in find_entities(
        "Tim itu bermarkas di Inggris. Diperkuat Rendra Halim dan Dion Marbun untuk musim depan, tim itu yakin juara."
    )}
    assert "Rendra Halim" in spans
    assert not [s for s in spans if "Diperkuat" in s]


def test_bung_before_a_name_is_part_of_the_name_people_know() -> None:
    from kabar.analyze.stage import find_mentions

    text = "Bung Tarno membacakan pidato itu. Peran Bung Hatta juga besar."
    assert {"Bung Tarno", "Bung Hatta"} <= {e.text for e in find_entities(text)}
    assert {"Bung Tarno", "Bung Hatta"} <= {m.text for m in find_mentions("d", text)[1]}


def test_a_quakes_feed_fields_and_coordinates_are_no_names() -> None:
    got = found(
        "Gempa Mag:3.9, 14-Jun-25 22:05:31 WIB, Lok:7.12 LS, 110.05 BT (42 km barat daya Kebumen), "
        "Kedlmn:12 Km Dirasakan di Cilacap. Pusatnya di 7,12 Lintang Selatan dan 110,05 Bujur Timur."
    )
    assert not {name for name, _label in got if ":" in name or "Lintang" in name or "Bujur" in name}
    assert ("Kebumen", "LOC") in got
    # nor is the intensity scale anyone
    got = found("Getaran terasa di Kebumen dengan skala II-III MMI (Modified Mercalli Intensity).")
    assert not {name for name, _label in got if "Mercalli" in name or name == "MMI"}


def test_a_price_and_a_tournaments_group_are_no_names() -> None:
    got = found("Saham itu naik ke posisi USD 295,14 pada Jumat. Di Grup A ada Inter Miami. Real Madrid di Grup H.")
    assert not {name for name, _label in got if name.startswith(("USD", "Grup"))}
    assert ("Inter Miami", "ORG") in got


def test_a_mayor_named_by_surname_is_no_town() -> None:
    """"Wali Kota Kahr" after "Wali Kota Elke Kahr": the model's town "Kota Kahr" is
    the mayor; a town after "Wali Kota" that names no one stays a place."""
    pairs = found(
        "Dalam jumpa pers, Wali Kota Elke Kahr meminta warga tenang. \"Kami berduka,\" ujar Wali Kota Kahr kepada wartawan. "
        "Wali Kota Surabaya juga hadir."
    )
    assert ("Kota Kahr", "LOC") not in pairs
    assert ("Kahr", "PERSON") in pairs
    assert ("Kota Surabaya", "LOC") in pairs


def test_a_letters_or_reports_slashed_number_is_no_name() -> None:
    """A police report's number had made "LP" a person; two names joined by a slash stay."""
    assert [e.text for e in find_entities("Polisi menerbitkan laporan bernomor LP/B/731/VI/2025/SPKT tanggal 3 Juni.")
            if e.text == "LP"] == []
    assert {e.text for e in find_entities("Laga Persib/Persija berlangsung seru di Bandung.")} >= {"Persib", "Persija"}


def test_a_coordinates_short_forms_and_a_feeds_update_mark_are_no_names() -> None:
    """"7,15 Lintang Selatan (LS)" defines no body "LS"; "(UPDATE)" in an agency's feed
    is no organisation; initials after "berinisial" stay someone's."""
    text = "Pusat gempa di 7,15 Lintang Selatan (LS) dan 106,2 Bujur Timur (BT). Info Gempa (UPDATE) Mag:4.1."
    assert find_entities(text) == []
    assert ("LS", "PERSON") in {(e.text, e.label) for e in find_entities("Polisi menangkap pria berinisial LS di Bogor.")}


def test_a_figure_with_separators_opens_no_name() -> None:
    from kabar.analyze.entities import _figure_edge_rule

    text = "Dana itu sampai ke 61 persen, yakni 2.615.300 Keluarga Penerima Manfaat (KPM)."
    assert ruled(_figure_edge_rule, text, "2.615.300 Keluarga Penerima Manfaat", "ORG") == [
        ("Keluarga Penerima Manfaat", "ORG")
    ]
    assert ruled(_figure_edge_rule, "Film itu tayang di 21 Cineplex.", "21 Cineplex", "ORG") == [("21 Cineplex", "ORG")]


def test_a_short_form_naming_nothing_spelled_out_after_it_holds_no_name() -> None:
    from kabar.analyze.entities import _expansions_after

    text = "Cek dengan memasukkan identitas NIK (Nomor Induk Kependudukan) di laman itu."
    assert ruled(_expansions_after, text, "Induk Kependudukan") == []
    text = "Laporan itu diperiksa BPK (Badan Pemeriksa Keuangan) pekan lalu."
    assert ruled(_expansions_after, text, "Badan Pemeriksa Keuangan", "ORG") == [("Badan Pemeriksa Keuangan", "ORG")]


def test_a_company_with_a_foreign_legal_form_is_one_organisation() -> None:
    """"TikTok Nusantara (SG) Pte. Ltd." had left only "SG", a person; "Direktur Wilmar
    Trading Pte Ltd" names the title's company, no one; a law firm of partners is no
    person; a hotel named "Room Inc Hotel" keeps its name whole."""
    got = found(
        "Sidang TikTok Nusantara (SG) Pte. Ltd. ditunda di KPPU. Kuasa hukum dari Assegaf Hamzah & Partners, "
        "Farid Nasution, hadir. Direktur Wilmar Trading Pte Ltd hadir. Pengacara Bank of America Corp. hadir."
    )
    assert ("TikTok Nusantara (SG) Pte. Ltd", "ORG") in got
    assert ("Assegaf Hamzah & Partners", "ORG") in got
    assert ("Wilmar Trading Pte Ltd", "ORG") in got
    assert ("Bank of America Corp", "ORG") in got
    assert not {name for name, label in got if label == "PERSON" and name != "Farid Nasution"}
    assert ("Room Inc", "ORG") not in found("Mereka menginap di Room Inc Hotel di Semarang.")


def test_ordinary_words_written_in_capitals_are_no_names() -> None:
    """A caption's shouting ("MASA LALU", "ATMOSFER") had been organisations; acronyms,
    known names in capitals and a dateline's city stay."""
    got = found("Ia menulis: MASA LALU adalah CONTOH TELADAN bagi kita. Ada ATMOSFER yang SPIRITUAL sekali.")
    assert not {name for name, _label in got if name.isupper()}
    assert ("GARUDA INDONESIA", "ORG") in found("Maskapai GARUDA INDONESIA menambah rute ke Jeddah.")


def test_an_armed_force_and_its_country_are_one_organisation() -> None:
    """"Angkatan Udara Israel" had been a place; a ship after the navy's country is no
    part of the navy's name."""
    got = found("Angkatan Udara Israel mengonfirmasi drone itu jatuh. Kapal Angkatan Laut AS USS Nimitz tiba.")
    assert ("Angkatan Udara Israel", "ORG") in got
    assert ("Angkatan Laut AS", "ORG") in got
    assert not {name for name, _label in found("Ia lulus dari angkatan 2020 di kampus itu.")}


def test_a_name_in_brackets_after_a_noun_for_a_person_is_that_persons() -> None:
    got = found("Pelaku menikam anak menantunya (Mestina) dan ayahnya. Pegawai (ASN) itu diperiksa.")
    assert ("Mestina", "PERSON") in got
    assert ("ASN", "PERSON") not in got


def test_a_firm_and_its_chief_run_together_are_parted() -> None:
    got = found("CEO Ritholtz Wealth Management Josh Brown berkata begitu.")
    assert ("Ritholtz Wealth Management", "ORG") in got
    assert ("Josh Brown", "PERSON") in got


def test_dan_written_with_a_capital_inside_a_sentence_is_a_first_name() -> None:
    got = found("Analis Wedbush Securities Dan Ives mengatakan saham itu turun. Semua selesai. Dan Budi pulang.")
    assert ("Dan Ives", "PERSON") in got
    assert ("Budi", "PERSON") in got and ("Dan Budi", "PERSON") not in got


def test_a_place_opening_an_events_name_is_no_place_of_the_text() -> None:
    got = found("Pengunjung Jakarta Fair 2025 membeludak. Ia juara Hong Kong Open. Ia menang di Jakarta.")
    assert got == {("Jakarta", "LOC")}
    assert len([e for e in find_entities("Pengunjung Jakarta Fair 2025 membeludak di Jakarta.") if e.text == "Jakarta"]) == 1


def test_a_road_named_after_the_towns_it_joins_is_one_place_without_its_kilometre() -> None:
    got = found("Kecelakaan terjadi di Jalan Tol Bakauheni-Terbanggi Besar KM 01+200 jalur B. "
                "Kereta cepat Jakarta-Bandung melaju.")
    assert ("Jalan Tol Bakauheni-Terbanggi Besar", "LOC") in got
    assert {("Jakarta", "LOC"), ("Bandung", "LOC")} <= got


def test_a_unit_or_place_ends_before_the_rank_of_the_officer_named_after_it() -> None:
    got = found("Kapolsek Rawalumbu AKP Siti Nur Aini mengatakan sudah memeriksa saksi. "
                "Kepala Induk PJR Tol Cipularang Kompol Suparman, mengatakan truk itu terguling.")
    assert {"Rawalumbu", "Tol Cipularang"} <= {name for name, _label in got}
    assert {("Siti Nur Aini", "PERSON"), ("Suparman", "PERSON")} <= got
    assert not {name for name, _label in got if name.endswith(("AKP", "Kompol"))}


def test_two_people_joined_by_a_hyphen_are_two() -> None:
    got = found("Koalisi itu dulu mendukung Ganjar Pranowo-Mahfud Md. "
                "Susunan direksi: Dewi Lestari Anggraini - Komisaris Utama, Budi Santoso - Direktur.")
    assert {("Ganjar Pranowo", "PERSON"), ("Dewi Lestari Anggraini", "PERSON")} <= got
    assert not {name for name, _label in got if "-" in name}
    # a double surname or a hyphenated given name stays whole
    assert ("Trent Alexander-Arnold", "PERSON") in found("Trent Alexander-Arnold resmi pindah ke Real Madrid.")


def test_a_place_named_after_a_pair_is_one_place() -> None:
    got = found("Rombongan itu tiba di Bandara Soekarno-Hatta pada Senin malam.")
    assert ("Bandara Soekarno-Hatta", "LOC") in got
    assert not {name for name, label in got if label == "PERSON"}


def test_a_name_ends_before_a_formula_of_prayer_written_after_it() -> None:
    got = found("Kabinet Joko Widodo Insya Allah akan menuntaskan proyek itu, kata Andi Wijaya Alhamdulillah.")
    assert {("Joko Widodo", "PERSON"), ("Andi Wijaya", "PERSON")} <= got
    assert not {name for name, _label in got if "Allah" in name or "Alhamdulillah" in name}


def test_a_countrys_short_form_after_a_title_is_the_country() -> None:
    got = found("Tamu itu disambut Menteri Luar Negeri RI Sugiono setibanya di Bandung.")
    assert ("RI", "LOC") in got and ("RI", "ORG") not in got


def test_ahead_of_opening_a_sentence_is_no_place() -> None:
    got = found("Jelang laga final, Persib Bandung menggelar latihan tertutup.")
    assert ("Jelang", "LOC") not in got and ("Persib Bandung", "ORG") in got


def test_a_name_alone_in_brackets_after_a_company_is_its_short_name() -> None:
    got = found("Penyidik memanggil lagi bos PT Sri Rejeki Isman (Sritex) Iwan Kurniawan Lukminto pekan ini.")
    assert ("Sritex", "ORG") in got and ("Sritex", "PERSON") not in got
    assert ("Iwan Kurniawan Lukminto", "PERSON") in got
    # initials before the name they stand for stay a person's
    assert ("Ust Bakhtiar Nasir", "PERSON") in found("Tokoh yang hadir antara lain UBN (Ust Bakhtiar Nasir).")


def test_a_horoscopes_signs_are_no_one() -> None:
    text = "Ramalan zodiak hari ini: Aries akan sibuk, Cancer perlu istirahat. Libra Scorpio Sagitarius beruntung."
    assert not {e.text for e in find_entities(text)} & {"Aries", "Cancer", "Libra Scorpio Sagitarius"}
    # outside a horoscope the words are left to the model and the rules
    assert ("Leo Messi", "PERSON") in found("Leo Messi mencetak gol untuk Inter Miami.")


def test_a_surnames_capitalised_particle_is_part_of_the_name() -> None:
    assert ("Fabio Di Giannantonio", "PERSON") in found("Pembalap Fabio Di Giannantonio finis kedua di Mugello.")
    assert ("Eusebio Di Francesco", "PERSON") in found("Klub itu memecat pelatih Eusebio Di Francesco pekan lalu.")


def test_a_person_in_brackets_after_another_name_is_not_a_short_name() -> None:
    got = found("Grup tribut itu diisi Dimas Ardian (Paul McCartney) dan Yoga Pratama (John Lennon).")
    assert ("Paul McCartney", "ORG") not in got
