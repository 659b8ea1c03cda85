"""Entity resolution across articles: variants merge, namesakes stay apart."""

from __future__ import annotations

from kabar.records import Mention
from kabar.resolve import name_match, name_tokens, resolve


def m(doc: str, text: str, kind: str = "PERSON", role: str | None = None, at: int = 0) -> Mention:
    return Mention(document=doc, start=at, end=at + len(text), text=text, type=kind, role=role)


def _names(entities: list) -> list[set[str]]:  # type: ignore[type-arg]
    return [{e.name, *e.aliases} for e in entities]


def test_transliteration_variants_merge() -> None:
    entities = resolve([
        m("a", "Volodymyr Zelensky"), m("b", "Volodymyr Zelenskyy"),
        m("a", "Choe Son Hui", role="Menteri Luar Negeri Korea Utara"), m("b", "Cho Son Hui"),
        m("c", "Antony Blinken", role="Menteri Luar Negeri AS"), m("d", "Anthony Blinken"),
    ])
    groups = _names(entities)
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} in groups
    assert {"Choe Son Hui", "Cho Son Hui"} in groups
    assert {"Antony Blinken", "Anthony Blinken"} in groups
    assert len(entities) == 3


def test_apostrophe_spellings_are_one_name() -> None:
    entities = resolve([m("a", "Al-Qur'an", "ORG"), m("b", "Al-Qur\u2019an", "ORG"), m("c", "Al-Quran", "ORG")])
    assert name_tokens("Al-Qur\u2019an") == name_tokens("Al-Qur'an") == ["al-qur'an"]
    assert {"Al-Qur'an", "Al-Qur\u2019an"} <= _names(entities)[0]


def test_one_name_spaced_otherwise_or_with_its_legal_form_short_is_one() -> None:
    entities = resolve([
        m("a", "Lanud Adi Sucipto", "LOC"), m("b", "Lanud Adisucipto", "LOC"),
        m("a", "Sinar Mas Agro Limited", "ORG"), m("b", "Sinar Mas Agro Ltd", "ORG"),
        # not two names of different letters
        m("c", "Adi Sucipto", "PERSON"), m("d", "Adi Susanto", "PERSON"),
    ])
    groups = _names(entities)
    assert {"Lanud Adi Sucipto", "Lanud Adisucipto"} in groups
    assert {"Sinar Mas Agro Limited", "Sinar Mas Agro Ltd"} in groups
    assert not any({"Adi Sucipto", "Adi Susanto"} <= g for g in groups)


def test_an_initial_for_a_first_name_joins_it_but_never_two_first_names() -> None:
    entities = resolve([m("a", "R Santoso", role="Kapusdatin"), m("b", "Rudi Santoso"), m("c", "Wahyu Santoso")])
    groups = _names(entities)
    assert {"R Santoso", "Rudi Santoso"} in groups
    assert not any({"Rudi Santoso", "Wahyu Santoso"} <= g for g in groups)
    # nor through the initial when it fits both
    entities = resolve([m("a", "R Santoso"), m("b", "Rudi Santoso"), m("c", "Rahmat Santoso")])
    assert not any({"Rudi Santoso", "Rahmat Santoso"} <= g for g in _names(entities))


def test_a_site_or_a_ministry_named_with_or_without_its_kind_is_one() -> None:
    entities = resolve([
        m("a", "Kementerian ESDM", "ORG"), m("b", "ESDM", "ORG"),
        m("a", "Stadion Rose Bowl", "LOC"), m("b", "Rose Bowl", "LOC"),
        m("c", "Kabupaten Kepulauan Anambas", "LOC"), m("d", "Kabupaten Anambas", "LOC"),
        # two things of one name: a district and a river, a city and a regency
        m("e", "Kecamatan Batang Anai", "LOC"), m("f", "Sungai Batang Anai", "LOC"),
        m("e", "Kota Bekasi", "LOC"), m("f", "Kabupaten Bekasi", "LOC"),
        # a company with and without its legal form is one
        m("g", "PT Pertamina", "ORG"), m("h", "Pertamina", "ORG"),
    ])
    groups = _names(entities)
    for together in ({"Kementerian ESDM", "ESDM"}, {"Stadion Rose Bowl", "Rose Bowl"},
                     {"Kabupaten Kepulauan Anambas", "Kabupaten Anambas"}, {"PT Pertamina", "Pertamina"}):
        assert any(together <= g for g in groups), together
    for apart in ({"Kecamatan Batang Anai", "Sungai Batang Anai"}, {"Kota Bekasi", "Kabupaten Bekasi"}):
        assert not any(apart <= g for g in groups), apart


def test_namesakes_stay_apart() -> None:
    entities = resolve([
        m("a", "Agus Setiawan", role="Kepala Desa Sukamaju"), m("a", "Budi Setiawan", role="warga"),
        m("b", "Cho Tae-yul"), m("b", "Cho Son Hui"), m("a", "Setiawan", at=50),
    ])
    groups = _names(entities)
    assert {"Agus Setiawan"} in groups and {"Budi Setiawan"} in groups
    assert {"Cho Tae-yul"} in groups and {"Cho Son Hui"} in groups
    # "Setiawan" alone is ambiguous in its article: joins neither
    assert {"Setiawan"} in groups
    # a father and son of one name: a short form both hold joins neither to the other
    entities = resolve([
        m("a", "Miguel Uribe Turbay"), m("a", "Miguel Uribe Londoño", at=30), m("a", "Miguel Uribe", at=60),
        m("b", "Miguel Uribe Turbay"), m("b", "Uribe Turbay", at=30),
    ])
    assert {"Miguel Uribe Londoño"} in _names(entities)


def test_short_form_joins_full_name_in_same_article_and_unique_across() -> None:
    entities = resolve([
        m("a", "Zarof Ricar", role="mantan pejabat MA"), m("a", "Zarof", at=80),
        m("b", "Zarof"), m("c", "Sri Mulyani Indrawati", role="Menteri Keuangan"), m("d", "Sri Mulyani"),
    ])
    zarof = next(e for e in entities if e.name == "Zarof Ricar")
    assert zarof.aliases == ["Zarof"] and zarof.documents == ["a", "b"]
    assert zarof.roles == [{"role": "mantan pejabat MA", "documents": ["a"]}]
    sri = next(e for e in entities if e.name == "Sri Mulyani Indrawati")
    assert sri.aliases == ["Sri Mulyani"]


def test_borderline_spelling_needs_agreeing_roles() -> None:
    same = resolve([m("a", "Rahmat Hidayat", role="Kepala BPBD Garut"),
                    m("b", "Rachmat Hidayat", role="Kepala BPBD Garut")])
    assert len(same) == 1
    assert name_match(name_tokens("Rahmat Hidayat"), name_tokens("Rachmat Hidayat")) > 0.9


def test_titles_and_ranks_are_not_name_tokens() -> None:
    assert name_tokens("Kombes Ferry Walintukan") == ["fery", "walintukan"]
    assert name_tokens("Pak Bahlil") == ["bahlil"]
    entities = resolve([m("a", "Kombes Ferry Walintukan"), m("b", "Ferry Walintukan")])
    assert len(entities) == 1


def test_types_never_merge() -> None:
    entities = resolve([m("a", "Garut", kind="LOC"), m("a", "Garut", kind="ORG")])
    assert len(entities) == 2


def test_borderline_spelling_with_different_roles_stays_apart() -> None:
    apart = resolve([m("a", "Rahmat Hidayat", role="Kepala BPBD Garut"),
                     m("b", "Rachmat Hidayat", role="pelatih Persib")])
    assert len(apart) == 2


def test_initials_and_single_names_are_one_person_across_articles() -> None:
    entities = resolve([m("a", "AA"), m("b", "AA"), m("c", "AA"), m("a", "SS"), m("b", "Yerru")])
    assert sorted(len(e.documents) for e in entities if e.name == "AA") == [3]
    assert {e.name for e in entities} == {"AA", "SS", "Yerru"}


def test_a_single_name_inside_a_full_name_is_left_to_the_full_name() -> None:
    entities = resolve([m("a", "Agus Setiawan"), m("a", "Budi Setiawan"), m("b", "Setiawan"), m("c", "Setiawan")])
    full = {e.name for e in entities if " " in e.name}
    assert full == {"Agus Setiawan", "Budi Setiawan"}
    # an ambiguous surname never joins either full name
    assert all("Setiawan" not in e.aliases for e in entities if e.name in full)


def test_a_word_of_one_persons_full_name_typed_a_place_is_that_person() -> None:
    entities = resolve([m("a", "Endang Suhendar", role="Bupati Garut"), m("b", "Endang", kind="LOC"),
                        m("b", "Garut", kind="LOC")])
    person = next(e for e in entities if e.name == "Endang Suhendar")
    assert person.type == "PERSON" and person.documents == ["a", "b"] and person.aliases == ["Endang"]
    assert {e.name for e in entities if e.type == "LOC"} == {"Garut"}
    # a known country stays a place, whatever the model took for a person
    assert any(e.name == "Indonesia" and e.type == "LOC" for e in resolve(
        [m("a", "Chery Sales Indonesia"), m("b", "Indonesia", kind="LOC")]))
    # a word of two people's names stays what the model said
    two = resolve([m("a", "Agus Setiawan"), m("a", "Budi Setiawan"), m("b", "Setiawan", kind="LOC")])
    assert any(e.name == "Setiawan" and e.type == "LOC" for e in two)


def test_an_acronym_and_its_expansion_are_one_organisation() -> None:
    entities = resolve([m("a", "Badan Meteorologi, Klimatologi, dan Geofisika", kind="ORG"), m("a", "BMKG", kind="ORG"),
                        m("b", "BMKG", kind="ORG"), m("c", "Badan Meteorologi, Klimatologi, dan Geofisika", kind="ORG")])
    assert len(entities) == 1
    assert entities[0].name == "BMKG" and entities[0].documents == ["a", "b", "c"]
    assert entities[0].aliases == ["Badan Meteorologi, Klimatologi, dan Geofisika"]
    # two letters are the initials of too many names; an acronym alone keeps its name
    apart = resolve([m("a", "BI", kind="ORG"), m("b", "Bank Indonesia", kind="ORG"), m("c", "KPK", kind="ORG")])
    assert {e.name for e in apart} == {"BI", "Bank Indonesia", "KPK"}


def test_a_person_named_as_a_company_without_its_legal_form_is_the_company() -> None:
    entities = resolve([
        m("a", "PT Gag Nikel", "ORG"), m("b", "Gag Nikel"), m("b", "PT Gag Nikel", "ORG", at=40),
        # a person with a role keeps being a person
        m("c", "Surya Pratama", role="Direktur"), m("c", "PT Surya Pratama", "ORG", at=40),
    ])
    by_name = {e.name: e for e in entities}
    company = next(e for e in entities if "Gag Nikel" in {e.name, *e.aliases})
    assert company.type == "ORG" and {"PT Gag Nikel", "Gag Nikel"} <= {company.name, *company.aliases}
    assert by_name["Surya Pratama"].type == "PERSON"


def test_a_person_also_typed_an_organisation_under_the_same_name_stays_a_person() -> None:
    # the model typed one mention of a player an organisation: not a company's name
    entities = resolve([m("a", "Shuto Machino", "ORG"), m("b", "Shuto Machino"), m("b", "Shuto Mashino", at=40)])
    person = next(e for e in entities if e.type == "PERSON")
    assert {"Shuto Machino", "Shuto Mashino"} <= {person.name, *person.aliases}


def test_an_institution_typed_a_place_is_an_organisation_and_its_city_apart() -> None:
    entities = resolve([m("a", "Pengadilan Tipikor Jakarta Pusat", "LOC"), m("a", "Jakarta", "LOC", at=60)])
    kinds = {e.name: e.type for e in entities}
    assert kinds == {"Pengadilan Tipikor Jakarta Pusat": "ORG", "Jakarta": "LOC"}


def test_a_full_name_mostly_typed_a_person_is_one_person() -> None:
    entities = resolve([
        m("a", "Zarof Ricar", role="terdakwa"), m("b", "Zarof Ricar"), m("c", "Zarof Ricar", "ORG"),
    ])
    assert [(e.name, e.type, len(e.mentions)) for e in entities] == [("Zarof Ricar", "PERSON", 3)]


def test_a_place_or_organisation_inside_a_longer_name_is_another_one() -> None:
    """"Israel" is not "Times of Israel" (a newspaper), "New York" not "New York Times",
    "Pertamina" not its subsidiary "Pertamina Patra Niaga": in one article or across."""
    entities = resolve([
        m("a", "Times of Israel", "LOC", at=0), m("a", "Israel", "LOC", at=40),
        m("b", "Israel", "LOC"), m("c", "New York Times", "LOC"), m("d", "New York", "LOC"),
        m("e", "Pertamina Patra Niaga", "ORG"), m("f", "Pertamina", "ORG"),
    ])
    assert sorted(map(sorted, _names(entities))) == [
        ["Israel"], ["New York"], ["New York Times"], ["Pertamina"], ["Pertamina Patra Niaga"], ["Times of Israel"],
    ]


def test_a_place_or_company_with_or_without_its_kind_is_one() -> None:
    """"Kabupaten Garut" is Garut, "Republik Indonesia" Indonesia, "PT Pertamina
    (Persero)" Pertamina."""
    entities = resolve([
        m("a", "Kabupaten Garut", "LOC", at=0), m("a", "Garut", "LOC", at=30), m("b", "Garut", "LOC"),
        m("c", "Republik Indonesia", "LOC"), m("d", "Indonesia", "LOC"),
        m("e", "PT Pertamina (Persero)", "ORG", at=0), m("e", "Pertamina", "ORG", at=40),
    ])
    assert sorted(map(sorted, _names(entities))) == [
        ["Garut", "Kabupaten Garut"], ["Indonesia", "Republik Indonesia"], ["PT Pertamina (Persero)", "Pertamina"],
    ]


def test_a_headline_read_as_one_name_takes_in_no_one() -> None:
    # a related video's headline read by the model as one person: it holds two people's
    # names, and must not merge them (nor lend its words as the person's name)
    entities = resolve([
        m("a", "Billy Syahputra"), m("b", "Billy Syahputra"), m("c", "Vika Kolesnaya"),
        m("c", "Cara Billy Syahputra Menemani Vika Kolesnaya Berlibur", at=90),
    ])
    groups = _names(entities)
    assert {"Billy Syahputra"} in groups and {"Vika Kolesnaya"} in groups


def test_a_form_several_articles_write_names_the_entity_over_a_one_off() -> None:
    # a longer form one article alone writes (a word glued on, read as part of the
    # name) does not name the person that two articles write otherwise
    entities = resolve([m("a", "Sri Mulyani"), m("b", "Sri Mulyani"), m("c", "Sri Mulyani Gedung")])
    [sri] = entities
    assert sri.name == "Sri Mulyani" and sri.aliases == ["Sri Mulyani Gedung"]
    # (a last name one article alone adds, too: word lists cannot tell it from a
    # headline's verb, "Dilamar Billy Syahputra"; it stays a spelling)
    full = resolve([m("a", "Billy Syahputra"), m("b", "Billy Syahputra"), m("c", "Dilamar Billy Syahputra")])
    assert full[0].name == "Billy Syahputra"
    # with every form in one article only, the longest most frequent one, as before
    one_each = resolve([m("a", "Sri Mulyani Indrawati"), m("b", "Sri Mulyani")])
    assert one_each[0].name == "Sri Mulyani Indrawati"


def test_a_person_goes_by_a_name_without_a_body_or_place_read_into_it() -> None:
    [ateng] = resolve([m("a", "Ateng Hartono BPS"), m("a", "Ateng Hartono", at=40), m("b", "Ateng Hartono BPS")])
    assert ateng.name == "Ateng Hartono" and ateng.aliases == ["Ateng Hartono BPS"]
    # nor a rank before it
    [hendra] = resolve([m("a", "Kombes Pol Hendra Rochmawan"), m("a", "Hendra Rochmawan", at=50),
                        m("b", "Kombes Pol Hendra Rochmawan")])
    assert hendra.name == "Hendra Rochmawan"
    # a Roman numeral is part of the name; an organisation keeps its acronym
    [sultan] = resolve([m("a", "Hamengku Buwono II"), m("b", "Hamengku Buwono II"), m("c", "Hamengku Buwono")])
    assert sultan.name == "Hamengku Buwono II"
    from collections import Counter

    from kabar.resolve import _display_name

    forms = [m("a", "Bank Mulia BJB", "ORG"), m("b", "Bank Mulia BJB", "ORG"), m("b", "Bank Mulia", "ORG", at=40)]
    assert _display_name(Counter(f.text for f in forms), forms) == "Bank Mulia BJB"
    assert _display_name(Counter(f.text for f in forms), forms, person=True) == "Bank Mulia"


def test_an_acronym_typed_an_organisation_is_one_where_typed_a_place() -> None:
    entities = resolve([
        m("a", "KLH", "ORG"), m("b", "KLH", "LOC"), m("b", "AS", "LOC"), m("c", "AS", "ORG"),
    ])
    assert {(e.name, e.type) for e in entities if e.name == "KLH"} == {("KLH", "ORG")}
    # a known place's acronym stays a place where typed one
    assert ("AS", "LOC") in {(e.name, e.type) for e in entities}


def _types(entities: list, name: str) -> list[str]:  # type: ignore[type-arg]
    return sorted(e.type for e in entities if e.name == name)


def test_one_name_gets_one_type_in_a_story() -> None:
    # typed a person in three articles and an organisation in one: one person
    entities = resolve([m(d, "Sumardji") for d in "abc"] + [m("d", "Sumardji", "ORG")])
    assert _types(entities, "Sumardji") == ["PERSON"] and len(entities) == 1
    # a role given to a club ("pemain Liverpool") does not make it a person
    entities = resolve([m(d, "Liverpool", "ORG") for d in "abc"] + [m("d", "Liverpool", role="pemain")])
    assert _types(entities, "Liverpool") == ["ORG"]
    # ... nor is it the club's role
    assert [e.roles for e in entities] == [[]]
    # a name with a familiar honorific is a person's however most mentions were typed
    entities = resolve([m(d, "Bang Billy", "LOC") for d in "abc"] + [m(d, "Bang Billy") for d in "de"])
    assert _types(entities, "Bang Billy") == ["PERSON"]


def test_a_known_place_is_never_a_person_and_a_tie_stays_apart() -> None:
    # the gazetteers list Barcelona only as a place: the club, not a person
    entities = resolve([m("a", "Barcelona"), m("b", "Barcelona"), m("c", "Barcelona", "ORG")])
    assert _types(entities, "Barcelona") == ["ORG"]
    entities = resolve([m("a", "Tel Aviv", "LOC"), m("b", "Tel Aviv")])
    assert _types(entities, "Tel Aviv") == ["LOC"]
    # an unknown name typed a place once and a person once: nothing to go by
    entities = resolve([m("a", "Kalobo", "LOC"), m("b", "Kalobo")])
    assert _types(entities, "Kalobo") == ["LOC", "PERSON"]


def test_a_company_and_a_persons_surname_keep_their_types() -> None:
    # "Sritex" beside "PT Sritex" is the company wherever it was typed a person or place
    entities = resolve([m("a", "PT Sritex", "ORG"), m("a", "Sritex", "ORG", at=40), m("b", "Sritex", "LOC"),
                        m("c", "Sritex"), m("d", "Sritex")])
    sritex = [e for e in entities if "Sritex" in {e.name, *e.aliases}]
    assert [e.type for e in sritex] == ["ORG"] and sritex[0].name == "PT Sritex"
    # a word of players' full names typed an organisation more often is still a person
    entities = resolve([m("a", "Emil Audero"), m("a", "Audero", "ORG", at=30), m("b", "Audero Mulyadi"),
                        m("c", "Audero", "ORG"), m("d", "Audero", "ORG"), m("e", "Audero")])
    assert all(e.type == "PERSON" for e in entities)


def test_a_close_vote_leaves_the_types_and_place_nouns_decide() -> None:
    # five lineup mentions typed an organisation, three a person: not clear enough
    mentions = [m(d, "Rian Takeda", "ORG") for d in "abcde"] + [m(d, "Rian Takeda") for d in "fgh"]
    assert _types(resolve(mentions), "Rian Takeda") == ["ORG", "PERSON"]
    # a regency is a place however close the vote
    mentions = [m(d, "Kabupaten Boltim", "LOC") for d in "abc"] + [m(d, "Kabupaten Boltim", "ORG") for d in "de"]
    assert _types(resolve(mentions), "Kabupaten Boltim") == ["LOC"]


def test_bare_names_of_one_article_are_one_entry() -> None:
    # several full names hold "Prabowo" but they are one person: the bare name joins them
    entities = resolve([m("a", "Prabowo Subianto"), m("a", "Prabowo Subianto Insya Allah", at=40)]
                       + [m("a", "Prabowo", at=100 + 10 * k) for k in range(5)])
    assert len(entities) == 1 and len(entities[0].mentions) == 7
    assert {"Prabowo", "Prabowo Subianto"} <= {entities[0].name, *entities[0].aliases}
    # two brothers' full names hold "Iwan": the article's bare "Iwan" is one entry, of neither
    entities = resolve([m("a", "Iwan Setiawan Lukminto"), m("a", "Iwan Kurniawan Lukminto", at=40),
                        m("a", "Iwan", at=100), m("a", "Iwan", at=120)])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [
        ("Iwan", 2), ("Iwan Kurniawan Lukminto", 1), ("Iwan Setiawan Lukminto", 1)]


def test_a_site_named_by_its_kind_is_a_place_however_close_the_vote() -> None:
    mentions = ([m(d, "Suita City Football Stadium", "ORG") for d in "abc"]
                + [m(d, "Suita City Football Stadium", "LOC") for d in "de"]
                + [m("f", "Selat Hormuz", "ORG"), m("g", "Selat Hormuz", "LOC")])
    entities = resolve(mentions)
    assert _types(entities, "Suita City Football Stadium") == ["LOC"]
    assert _types(entities, "Selat Hormuz") == ["LOC"]
    # a place named in English after what it is, also with an area's name after it
    entities = resolve([m("a", "Habitat Park SCBD", "PERSON"), m("b", "Habitat Park SCBD", "PERSON"),
                        m("c", "Habitat Park SCBD", "LOC"), m("d", "Cat Lounge", "PERSON"), m("e", "Cat Lounge", "LOC")])
    assert _types(entities, "Habitat Park SCBD") == ["LOC"] and _types(entities, "Cat Lounge") == ["LOC"]
    entities = resolve([m("a", "Park Ji-sung"), m("b", "Park Ji-sung"), m("c", "Park Ji-sung", "LOC")])
    assert _types(entities, "Park Ji-sung") == ["PERSON"]


def test_two_full_names_written_together_take_in_neither() -> None:
    """A lineup that lost its separators writes two players as one name: it is neither
    one's longer form, and the two stay apart (a glued "dan" spelled close enough)."""
    entities = resolve([
        m("a", "Justin Hubner"), m("b", "Daichi Kamada"), m("c", "Justin Hubner Daichi Kamada"),
        m("a", "Kevin Diks", at=40), m("b", "Yakob Sayuri", at=40), m("c", "Kevin Diksdan Yakob Sayuri", at=60),
        m("d", "Sri Mulyani"), m("e", "Sri Mulyani Indrawati"),
    ])
    groups = _names(entities)
    assert {"Justin Hubner"} in groups and {"Daichi Kamada"} in groups
    assert {"Kevin Diks"} in groups and {"Yakob Sayuri"} in groups
    assert {"Sri Mulyani", "Sri Mulyani Indrawati"} in groups


def test_a_legal_form_gives_no_letter_of_an_acronym() -> None:
    from kabar.resolve import expands

    assert not expands("PKS", "PT Kawai Sejahtera")
    assert expands("PKS", "Partai Keadilan Sejahtera")
    assert expands("KSM", "PT Kawei Sejahtera Mining") and expands("MRP", "PT. Mulia Raymond Perkasa")


def test_initials_in_brackets_after_a_full_name_are_that_person() -> None:
    """"Agus Harimurti Yudhoyono (AHY)": AHY is him in every article; initials that
    only happen to match, written elsewhere, join nobody."""
    entities = resolve([
        m("a", "Agus Harimurti Yudhoyono", at=6), m("a", "AHY", at=32),
        m("b", "AHY", at=0),
        m("c", "Budi Gunawan", at=0), m("c", "BG", at=40),
    ])
    names = _names(entities)
    assert {"Agus Harimurti Yudhoyono", "AHY"} in names
    assert {"Budi Gunawan"} in names and {"BG"} in names


def test_a_body_read_into_a_name_once_stays_the_body() -> None:
    """"COO Danantara Dony Oskaria" once, "Danantara" as an organisation four times:
    Danantara is no short form of the man. One word typed a place once beside a full
    name that holds it is still the person ("Endang")."""
    entities = resolve([
        m("a", "Danantara Dony Oskaria"), m("a", "Dony", at=60),
        m("b", "Danantara", "ORG"), m("b", "Danantara", "ORG", at=50), m("c", "Danantara", "ORG"),
        m("c", "Danantara", "ORG", at=70),
        m("d", "Endang Suhendar"), m("e", "Endang", "LOC"),
    ])
    by_name = {e.name: e for e in entities}
    assert by_name["Danantara"].type == "ORG"
    assert "Danantara" not in {e.name for e in entities if e.type == "PERSON"} | {
        a for e in entities if e.type == "PERSON" for a in e.aliases}
    assert "Endang" in by_name["Endang Suhendar"].aliases


def test_the_names_of_one_place_are_one_place() -> None:
    entities = resolve([
        m("a", "AS", "LOC"), m("b", "Amerika Serikat", "LOC"), m("c", "UEA", "LOC"),
        m("c", "Uni Emirat Arab", "LOC", at=10), m("d", "Jatim", "LOC"), m("d", "Jawa Timur", "LOC", at=10),
        m("e", "Jawa Barat", "LOC"), m("f", "RI", "LOC"), m("g", "Indonesia", "LOC"),
    ])
    assert sorted(sorted(n) for n in _names(entities)) == [
        ["AS", "Amerika Serikat"], ["Indonesia", "RI"], ["Jatim", "Jawa Timur"], ["Jawa Barat"],
        ["UEA", "Uni Emirat Arab"],
    ]


def test_a_familiar_honorific_is_no_part_of_a_name() -> None:
    """"Mas Fariz" and "Bang Billy" are Fariz and Billy, joining the full name their
    article writes."""
    entities = resolve([m("a", "Fariz RM"), m("a", "Mas Fariz", at=20), m("b", "Billy Syahputra"), m("b", "Bang Billy", at=30)])
    assert sorted(sorted(n) for n in _names(entities)) == [["Bang Billy", "Billy Syahputra"], ["Fariz RM", "Mas Fariz"]]


def test_a_name_the_text_gives_as_another_is_that_persons() -> None:
    """"Rahmat Wibisono alias Kang Kumis": one person, who goes by his name; another
    article's "Kang Kumis" is him too."""
    entities = resolve([
        m("a", "Rahmat Wibisono", role="Pendiri Kopi Senja"),
        Mention("a", 22, 32, "Kang Kumis", "PERSON", same_as=0),
        m("a", "Kang Kumis", at=90), m("b", "Kang Kumis", at=5),
        m("b", "Dimas Prakoso", at=40),
    ])
    people = {e.name: e for e in entities}
    assert set(people) == {"Rahmat Wibisono", "Dimas Prakoso"}
    assert people["Rahmat Wibisono"].aliases == ["Kang Kumis"]
    assert len(people["Rahmat Wibisono"].mentions) == 4


def test_a_bare_name_two_full_names_held_joins_them_once_an_alias_makes_them_one() -> None:
    """"Sinta Ayu Lestari alias Sinta Biru": the bare "Sinta" of that article and of an
    article naming neither is her, not an entry of its own."""
    entities = resolve([
        m("a", "Sinta Ayu Lestari"), Mention("a", 24, 34, "Sinta Biru", "PERSON", same_as=0),
        m("a", "Sinta", at=80), m("b", "Sinta", at=5), m("b", "Sinta", at=60),
        m("c", "Sinta Ayu Lestari", at=3), m("c", "Sinta", at=70),
    ])
    assert len(entities) == 1
    assert entities[0].name == "Sinta Ayu Lestari" and entities[0].documents == ["a", "b", "c"]


def test_another_name_draws_in_no_one_elses_full_name() -> None:
    """"Darto alias Budi" beside "Budi Hartawan", to whom the short-form rules give the
    bare "Budi": Darto stays apart from Budi Hartawan."""
    entities = resolve([
        m("a", "Darto"), Mention("a", 12, 16, "Budi", "PERSON", same_as=0), m("a", "Budi Hartawan", at=60),
    ])
    assert sorted(_names(entities), key=len) == [{"Darto"}, {"Budi Hartawan", "Budi"}]


def test_a_title_and_a_word_a_letter_from_it_stay_apart() -> None:
    """"Kapolres Kendal" (the chief's title) and "Mapolres Kendal" (his headquarters)."""
    assert name_match(name_tokens("Kapolres Kendal"), name_tokens("Mapolres Kendal")) == 0.0
    entities = resolve([m("a", "Mapolres Kendal", "LOC"), m("a", "Kapolres Kendal", "LOC", at=40)])
    assert sorted(map(sorted, _names(entities))) == [["Kapolres Kendal"], ["Mapolres Kendal"]]


def test_two_quarters_of_one_place_are_two_places() -> None:
    """"Asia Tengah" and "Asia Tenggara" had been one region spelled two ways."""
    assert name_match(name_tokens("Asia Tengah"), name_tokens("Asia Tenggara")) == 0.0
    entities = resolve([m("a", "Asia Tengah", "LOC"), m("b", "Asia Tenggara", "LOC", at=40),
                        m("b", "Sulawesi Utara", "LOC", at=80), m("a", "Sulawesi Utara", "LOC", at=90)])
    assert sorted(map(sorted, _names(entities))) == [["Asia Tengah"], ["Asia Tenggara"], ["Sulawesi Utara"]]


def test_a_short_form_in_brackets_after_its_name_is_that_name() -> None:
    """"Kejaksaan Agung (Kejagung)", "Jakarta Timur (Jaktim)": one entity each, the short
    form an alias wherever the story writes it; a short form whose letters do not run
    through the name before it is another name."""
    entities = resolve([
        m("a", "Kejaksaan Agung", "ORG"), m("a", "Kejagung", "ORG", at=17), m("b", "Kejagung", "ORG"),
        m("a", "Jakarta Timur", "LOC", at=40), m("a", "Jaktim", "LOC", at=55),
        m("a", "Dinas Pendidikan", "ORG", at=80), m("a", "Bapenda", "ORG", at=98),
        m("a", "Jakarta Utara", "LOC", at=120), m("a", "Jakarta", "LOC", at=135),
    ])
    names = sorted(map(sorted, _names(entities)))
    assert ["Kejagung", "Kejaksaan Agung"] in names and ["Jakarta Timur", "Jaktim"] in names
    assert ["Bapenda"] in names and ["Dinas Pendidikan"] in names
    assert ["Jakarta"] in names and ["Jakarta Utara"] in names


def test_a_role_ending_with_the_persons_first_name_loses_it() -> None:
    """The role rule reads "Wali Kota Marta Haas" as the mayor of a town "Marta" when
    the article names her nowhere else; the full name, known from the story, takes
    the first name back from the role."""
    [person] = resolve([m("a", "Haas", role="Wali Kota Marta"), m("b", "Marta Haas", role="Wali Kota Linz")])
    assert person.name == "Marta Haas"
    assert sorted(r["role"] for r in person.roles) == ["Wali Kota", "Wali Kota Linz"]
    # not a body's word read into a name that is also written without it, nor a place
    [racer] = resolve([
        m("a", "Racing Paolo Pavesio", role="Direktur Yamaha"), m("b", "Racing Paolo Pavesio", role="Direktur Yamaha"),
        m("b", "Pavesio", role="Direktur Yamaha Racing", at=40), m("c", "Paolo Pavesio", role="Direktur Yamaha"),
    ])
    assert "Direktur Yamaha Racing" in [r["role"] for r in racer.roles]
    [speaker] = resolve([m("a", "Kusnadi", role="Ketua DPRD Jatim"), m("a", "Jatim Kusnadi", at=30)])
    assert [r["role"] for r in speaker.roles] == ["Ketua DPRD Jatim"]


def test_a_nickname_made_from_the_name_is_that_persons_not_a_namesakes() -> None:
    """ "Joko Widodo atau Jokowi" beside his wife "Iriana Jokowi": the bare "Jokowi" is the
    former president's, in that article and in another naming both."""
    entities = resolve([
        m("a", "Joko Widodo", at=0), Mention("a", 17, 23, "Jokowi", "PERSON", same_as=0),
        m("a", "Iriana Jokowi", at=40), m("a", "Jokowi", at=80),
        m("b", "Joko Widodo", at=0), m("b", "Jokowi", at=30), m("b", "Iriana Jokowi", at=60),
    ])
    assert sorted(_names(entities), key=len) == [{"Iriana Jokowi"}, {"Joko Widodo", "Jokowi"}]


def test_names_holding_different_acronyms_are_two() -> None:
    entities = resolve([m("a", "PT PSS", "ORG"), m("b", "PT PSSI", "ORG"), m("c", "PT PSS", "ORG", at=9)])
    assert sorted(_names(entities), key=len) == [{"PT PSS"}, {"PT PSSI"}]


def test_a_short_name_cut_from_a_later_word_of_the_articles_full_name_is_that_person() -> None:
    """ "Eli" after "Suharini Eliawati", "Purnomo" after "Mochamad Purnomosidi"; not a
    first word ("Budi" beside "Budiman Sudjatmiko" may be another man)."""
    entities = resolve([
        m("a", "Suharini Eliawati"), m("a", "Eli", at=60),
        m("b", "Mochamad Purnomosidi"), m("b", "Purnomo", at=60),
        m("c", "Budiman Sudjatmiko"), m("c", "Budi", at=60),
    ])
    names = sorted(_names(entities), key=lambda n: sorted(n))
    assert {"Suharini Eliawati", "Eli"} in names and {"Mochamad Purnomosidi", "Purnomo"} in names
    assert {"Budi"} in names


def test_initials_alone_in_one_article_are_the_one_full_name_with_them_in_another() -> None:
    """A victim "berinisial SA" in one report and "Septia Adinda" in another are one
    woman; not where two full names have the initials, nor within one article."""
    entities = resolve([
        m("a", "SA", at=10), m("b", "Septia Adinda", at=5),
        m("a", "RK", at=40), m("b", "Rudi Kurniawan", at=30), m("c", "Rina Kartika", at=0),
        m("d", "Dodi Hartono", at=0), m("d", "DH", at=50),
        m("e", "Sandi Surya", role="Direktur Pelatihan", at=0), m("f", "SSU", at=3), m("f", "SS", at=20),
    ])
    names = _names(entities)
    assert {"Sandi Surya"} in names and {"SS"} in names
    assert {"Septia Adinda", "SA"} in names
    assert {"RK"} in names and {"Rudi Kurniawan"} in names and {"Rina Kartika"} in names
    assert {"DH"} in names and {"Dodi Hartono"} in names


def test_a_short_form_in_capitals_is_not_the_word_in_lower_case() -> None:
    """ "AS" is the United States; "As", a Spanish daily ("kata Zanetti di As"), is not."""
    entities = resolve([m("a", "Amerika Serikat", "LOC"), m("a", "AS", "LOC", at=30), m("b", "As", "LOC", at=5)])
    names = _names(entities)
    assert {"Amerika Serikat", "AS"} in names and {"As"} in names


def test_a_bodys_short_head_is_its_written_out_name() -> None:
    found = resolve([
        Mention("a", 0, 26, "Pengadilan Negeri Surabaya", "ORG"), Mention("b", 0, 11, "PN Surabaya", "LOC"),
        Mention("a", 40, 66, "Pengadilan Tipikor Jakarta", "ORG"),
        Mention("b", 40, 80, "Pengadilan Tindak Pidana Korupsi Jakarta", "ORG"),
        Mention("a", 90, 109, "Pemprov DKI Jakarta", "ORG"), Mention("b", 90, 121, "Pemerintah Provinsi DKI Jakarta", "ORG"),
    ])
    assert sorted(sorted([e.name, *e.aliases]) for e in found) == [
        ["PN Surabaya", "Pengadilan Negeri Surabaya"],
        ["Pemerintah Provinsi DKI Jakarta", "Pemprov DKI Jakarta"],
        ["Pengadilan Tindak Pidana Korupsi Jakarta", "Pengadilan Tipikor Jakarta"],
    ]
    # a company's "PT" is no court's short form
    assert len(resolve([Mention("a", 0, 9, "PT Sritex", "ORG"), Mention("b", 0, 25, "Pengadilan Tinggi Sritex", "ORG")])) == 2


def test_a_nickname_glossed_by_a_surname_joins_the_full_name() -> None:
    found = resolve([
        Mention("a", 0, 15, "Mykhailo Mudryk", "PERSON"),
        Mention("b", 0, 6, "Mischa", "PERSON", same_as=20), Mention("b", 20, 26, "Mudryk", "PERSON"),
    ])
    assert [sorted([e.name, *e.aliases]) for e in found] == [["Mischa", "Mudryk", "Mykhailo Mudryk"]]


def test_a_bodys_country_after_it_is_no_other_body() -> None:
    found = resolve([Mention("a", 0, 13, "Komisi XI DPR", "ORG"), Mention("b", 0, 16, "Komisi XI DPR RI", "ORG")])
    assert [sorted([e.name, *e.aliases]) for e in found] == [["Komisi XI DPR", "Komisi XI DPR RI"]]


def test_a_given_name_cut_short_is_the_same_person() -> None:
    entities = resolve([
        m("a", "Emiliano Martinez"), m("b", "Emi Martinez"), m("b", "Martinez", at=40),
        m("c", "Rudi Hartono", role="pelatih"), m("c", "Rudiyanto Hartono", role="terdakwa", at=30),
    ])
    groups = _names(entities)
    assert {"Emiliano Martinez", "Emi Martinez", "Martinez"} in groups
    # not when the roles say two people
    assert not any({"Rudi Hartono", "Rudiyanto Hartono"} <= g for g in groups)


def test_a_sea_named_after_a_country_is_not_the_country() -> None:
    entities = resolve([
        m("a", "Oman", "LOC"), m("a", "Teluk Oman", "LOC", at=20),
        m("b", "Selat Sunda", "LOC"), m("b", "Sunda", "LOC", at=30),
    ])
    groups = _names(entities)
    assert {"Oman"} in groups and {"Teluk Oman"} in groups
    assert {"Selat Sunda", "Sunda"} in groups  # no country of that name: the strait's short name


def test_an_acronym_with_or_without_its_hyphen_and_a_name_opening_with_it_are_one() -> None:
    entities = resolve([
        m("a", "PDI-P", "ORG"), m("b", "PDIP", "ORG"), m("b", "Partai Demokrasi Indonesia Perjuangan", "ORG", at=10),
        m("c", "PDI Perjuangan", "ORG"), m("c", "PKS", "ORG", at=30),
    ])
    groups = _names(entities)
    assert {"PDI-P", "PDIP", "Partai Demokrasi Indonesia Perjuangan", "PDI Perjuangan"} in groups
    assert {"PKS"} in groups
