from __future__ import annotations

from pathlib import Path

import pytest

from kabar.analyze.conll import (
    NERGRIT_LABELS,
    NERP_LABELS,
    evaluate_ner,
    map_sentences,
    read_conll,
    split_sentences,
)
from kabar.analyze.ner_model import NER_LABELS, NerModelMissingError, load_ner, model_path

# Floors for entity F1 on the held-out splits (NERGrit alone: cased text as in news;
# NERGrit + NERP), for the model alone and with find_entities' rules. The shipped
# model scores 0.732 and 0.750 both ways (models/ner_id/LICENSE-DATA.md); inference
# is deterministic, so the floors sit just under (a retrained model must update them).
# The project target of 0.80 is not reached by this small CNN model.
MIN_HELD_OUT_F1 = 0.725
MIN_HELD_OUT_COMBINED_F1 = 0.745
MIN_HELD_OUT_F1_RULES = 0.725
MIN_HELD_OUT_COMBINED_F1_RULES = 0.745
# The pair as find_entities runs it (each sentence to the model for its casing: NERP's
# lowercased sentences to the vote of the three uncased models, models/ner_id_uncased,
# _2 and _3, and the CRF, models/ner_id_crf): 0.791 on both held-out splits, NERP's
# alone 0.814 against the cased model's 0.757, ner_id_uncased's alone 0.792 and the
# vote without the CRF 0.805.
MIN_HELD_OUT_PAIR_F1_RULES = 0.788
MIN_HELD_OUT_NERP_GAIN = 0.03
MIN_HELD_OUT_VOTE_GAIN = 0.008
MIN_HELD_OUT_CRF_GAIN = 0.006


def ents(text: str) -> set[tuple[str, str]]:
    doc = load_ner()(text)
    return {(e.text, e.label_) for e in doc.ents}


def test_model_loads_once_and_has_our_labels() -> None:
    nlp = load_ner()
    assert load_ner() is nlp
    assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)  # type: ignore[attr-defined]
    assert nlp.lang == "id"
    assert (model_path() / "LICENSE-DATA.md").is_file()
    # load_ner builds the tokenizer from spaCy's defaults instead of reading it back:
    # that is only right while the saved one is the default.
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == (model_path() / "tokenizer").read_bytes()  # type: ignore[union-attr]


def test_uncased_model_loads_once_and_has_our_labels() -> None:
    nlp = load_ner(uncased=True)
    assert load_ner(uncased=True) is nlp and load_ner() is not nlp
    assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)  # type: ignore[attr-defined]
    assert nlp.get_pipe("gazetteer").frequency  # type: ignore[attr-defined]
    assert (model_path(uncased=True) / "LICENSE-DATA.md").is_file()
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == (model_path(uncased=True) / "tokenizer").read_bytes()  # type: ignore[union-attr]


def test_uncased_members_load_once_and_have_our_labels() -> None:
    from kabar.analyze.ner_model import UNCASED_MEMBER_DIRS, load_uncased_members

    members = load_uncased_members()
    assert load_uncased_members() is members and len(members) == len(UNCASED_MEMBER_DIRS) == 2
    for nlp, path in zip(members, UNCASED_MEMBER_DIRS, strict=True):
        assert set(nlp.get_pipe("ner").labels) == set(NER_LABELS)  # type: ignore[attr-defined]
        assert (path / "LICENSE-DATA.md").is_file()
        # no word list of the training data ships
        assert (path / "vocab" / "strings.json").read_text() == "[]"
        # the vote lines up tokens: every member tokenises as the defaults do
        assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == (path / "tokenizer").read_bytes()  # type: ignore[union-attr]
        assert (path / "tokenizer").read_bytes() == (model_path(uncased=True) / "tokenizer").read_bytes()


def test_each_model_loads_once_whatever_the_call() -> None:
    from kabar.analyze.ner_model import load_uncased_members

    cased = load_ner()
    # every way of asking for a model is one cache entry: asking for the three in
    # turn, as a batch does, reloads none of them
    for _ in range(2):
        assert load_ner(False) is cased and load_ner(uncased=False) is cased
        uncased = load_ner(True)
        assert load_ner(uncased=True) is uncased
        load_uncased_members()
        assert load_ner() is cased


def test_models_share_one_tokenizer() -> None:
    from kabar.analyze.ner_model import load_uncased_members

    # building the Indonesian tokenizer is most of a model's load: it is built once
    models = (load_ner(), load_ner(uncased=True), *load_uncased_members())
    assert len({id(m.tokenizer) for m in models}) == 1
    assert len({id(m.vocab) for m in models}) == 1
    text = "Rp 17,76 T untuk 1.500 tentara, kata jubir Pentagon Pat Ryder di Washington, D.C."
    tokens = [t.text for t in models[0].make_doc(text)]
    for nlp in models:
        doc = nlp(text)
        assert [t.text for t in doc] == tokens
        assert doc.vocab is nlp.vocab


def test_vote_keeps_what_two_of_three_find() -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from kabar.analyze.ner_model import set_voted_entities, vote_entities

    vocab = spacy.blank("id").vocab
    words = ["kata", "joko", "widodo", "di", "istana", "bogor", "kemarin"]

    def doc(*spans: tuple[int, int, str]) -> Doc:
        d = Doc(vocab, words=words)
        d.ents = [Span(d, a, b, label=label) for a, b, label in spans]
        return d

    docs = [
        doc((1, 3, "PERSON"), (4, 6, "LOC")),
        doc((1, 3, "PERSON"), (4, 6, "ORG")),
        doc((1, 2, "PERSON"), (5, 6, "LOC")),
    ]
    # joko widodo: two votes; istana bogor: a place once, an organisation once (no
    # majority); "bogor" alone once
    assert vote_entities(docs) == [(1, 3, "PERSON")]
    # of two overlapping spans with votes enough, the one with more votes wins
    docs = [doc((4, 6, "LOC")), doc((4, 6, "LOC")), doc((4, 6, "LOC")), doc((5, 6, "LOC")), doc((5, 6, "LOC"))]
    assert vote_entities(docs) == [(4, 6, "LOC")]
    voted = set_voted_entities(doc((1, 2, "PERSON")), [doc((1, 3, "PERSON")), doc((1, 3, "PERSON"))])
    assert [(e.text, e.label_) for e in voted.ents] == [("joko widodo", "PERSON")]


def test_frequency_bands() -> None:
    from kabar.analyze.ner_model import frequency_band

    # a common word, a rare name, not a word
    assert frequency_band("yang") == "F3"
    assert frequency_band("hartantyo") == "F0"
    assert frequency_band("2025") == "F0"


def test_missing_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import kabar.analyze.ner_model as ner_model

    monkeypatch.setattr(ner_model, "MODEL_DIR", tmp_path / "nowhere")
    monkeypatch.setattr(ner_model, "UNCASED_MODEL_DIR", tmp_path / "nowhere_uncased")
    ner_model._load_ner.cache_clear()
    try:
        with pytest.raises(NerModelMissingError, match="rebuild it"):
            ner_model.load_ner()
        with pytest.raises(NerModelMissingError, match="--experiment uncased --out src/kabar/models/nowhere_uncased"):
            ner_model.load_ner(uncased=True)
    finally:
        monkeypatch.undo()
        ner_model._load_ner.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Keuangan Sri Mulyani Indrawati berbicara di Jakarta pada Senin.",
            {("Sri Mulyani Indrawati", "PERSON"), ("Jakarta", "LOC")},
        ),
        (
            "Presiden Joko Widodo meresmikan bendungan baru di Kabupaten Bogor, Jawa Barat.",
            {("Joko Widodo", "PERSON"), ("Jawa Barat", "LOC")},
        ),
        (
            "Gubernur Ridwan Kamil meninjau lokasi banjir di Bandung kemarin sore.",
            {("Ridwan Kamil", "PERSON"), ("Bandung", "LOC")},
        ),
        (
            "Warga Surabaya memadati alun-alun kota untuk menyaksikan pesta kembang api.",
            {("Surabaya", "LOC")},
        ),
    ],
)
def test_finds_people_and_places(text: str, expected: set[tuple[str, str]]) -> None:
    found = ents(text)
    assert expected <= found, found


def test_finds_organisations() -> None:
    found = ents("Bank Indonesia menaikkan suku bunga acuan, kata gubernurnya di Jakarta.")
    assert ("Bank Indonesia", "ORG") in found, found
    found = ents("Pertamina menaikkan harga BBM mulai Senin.")
    assert ("Pertamina", "ORG") in found, found


def test_no_entities_in_plain_text() -> None:
    assert ents("Harga beras naik lagi minggu ini karena panen terlambat.") == set()


def test_held_out_f1(ner_dir: Path) -> None:
    """F1 on the NERGrit held-out split, rebuilt from ../shared exactly as in training."""
    sentences = read_conll(ner_dir / "nergrit-train.txt")
    _, held_out = split_sentences(sentences)
    assert len(held_out) == 241
    result = evaluate_ner(map_sentences(held_out, NERGRIT_LABELS), load_ner())
    assert result["sentences"] == 241
    assert result["overall"]["support"] == 713
    assert result["overall"]["f1"] >= MIN_HELD_OUT_F1, result


def test_held_out_f1_combined(ner_dir: Path) -> None:
    """F1 on the NERGrit + NERP held-out splits (NERP is lowercased text)."""
    grit = map_sentences(
        split_sentences(read_conll(ner_dir / "nergrit-train.txt"))[1], NERGRIT_LABELS
    )
    train, held_out = split_sentences(read_conll(ner_dir / "nerp-train.txt"))
    assert (len(train), len(held_out)) == (5684, 1036)
    nerp = map_sentences(held_out, NERP_LABELS)
    result = evaluate_ner(grit + nerp, load_ner())
    assert result["overall"]["support"] == 713 + 1911
    assert result["overall"]["f1"] >= MIN_HELD_OUT_COMBINED_F1, result


def test_held_out_f1_with_rules(ner_dir: Path) -> None:
    """Model + find_entities' rules (what `kabar eval ner` scores) on both held-out
    splits: the rules must not cost more than noise on text they were not written for
    (NERGrit is encyclopedic, NERP lowercased)."""
    from kabar.analyze.entities import token_predictor

    grit = map_sentences(
        split_sentences(read_conll(ner_dir / "nergrit-train.txt"))[1], NERGRIT_LABELS
    )
    nerp = map_sentences(split_sentences(read_conll(ner_dir / "nerp-train.txt"))[1], NERP_LABELS)
    predict = token_predictor(load_ner())
    grit_result = evaluate_ner(grit, predict)
    assert grit_result["overall"]["f1"] >= MIN_HELD_OUT_F1_RULES, grit_result
    combined = evaluate_ner(grit + nerp, predict)
    assert combined["overall"]["f1"] >= MIN_HELD_OUT_COMBINED_F1_RULES, combined


def test_held_out_f1_pair(ner_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both held-out splits as `kabar eval ner` scores them: each sentence to the model
    for its casing, with the rules; NERP's lowercased sentences gain from the uncased
    model."""
    from kabar.analyze.entities import token_predictor

    grit = map_sentences(
        split_sentences(read_conll(ner_dir / "nergrit-train.txt"))[1], NERGRIT_LABELS
    )
    nerp = map_sentences(split_sentences(read_conll(ner_dir / "nerp-train.txt"))[1], NERP_LABELS)
    pair = token_predictor()
    combined = evaluate_ner(grit + nerp, pair)
    assert combined["overall"]["f1"] >= MIN_HELD_OUT_PAIR_F1_RULES, combined
    voted = evaluate_ner(nerp, pair)["overall"]["f1"]
    gain = voted - evaluate_ner(nerp, token_predictor(load_ner()))["overall"]["f1"]
    assert gain >= MIN_HELD_OUT_NERP_GAIN, gain
    # the vote of the three uncased models beats the first of them alone
    alone = evaluate_ner(nerp, token_predictor(load_ner(), uncased=load_ner(uncased=True)))["overall"]["f1"]
    assert voted - alone >= MIN_HELD_OUT_VOTE_GAIN, (voted, alone)
    # the CRF as a fourth voter adds to the vote of the three
    monkeypatch.setattr("kabar.analyze.ner_model.CRF_VOTER", False)
    three = evaluate_ner(nerp, token_predictor())["overall"]["f1"]
    assert voted - three >= MIN_HELD_OUT_CRF_GAIN, (voted, three)
