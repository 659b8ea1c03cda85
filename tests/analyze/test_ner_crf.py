from __future__ import annotations

from pathlib import Path

import pytest

from kabar.analyze.ner_crf import (
    CRF_DIR,
    CRF_MODEL,
    load_crf,
    sentence_features,
    token_features,
    word_shape,
    zipf_step,
)
from kabar.analyze.ner_model import NerModelMissingError

# "menurut menteri keuangan sri mulyani indrawati ,": a minister named in lower case,
# tokens 3-6 her name
MINISTER_SAYS = ("menurut", "menteri", "keuangan", "sri", "mulyani", "indrawati", ",")


def test_word_shape_collapses_runs() -> None:
    assert word_shape("Jl.") == "Xx."
    assert word_shape("2025") == "d"
    assert word_shape("BMKG") == "X"
    assert word_shape("ke-3") == "x-d"
    assert word_shape("") == ""


def test_zipf_step_is_a_half_step_or_none() -> None:
    common = zipf_step("yang")
    assert common != "none" and float(common) * 2 == int(float(common) * 2) and float(common) >= 6
    assert zipf_step("Yang") == common
    assert zipf_step("hartantyo") == "none"
    # not a word: no frequency looked up
    assert zipf_step("2025") == "none"
    assert zipf_step("s.h.") == "none"


def test_token_features_carry_context_marks_and_pairs() -> None:
    words = ["kata", "Joko", "widodo"]
    marks = ["", "PERSON-B", "PERSON-I|LOC-S"]
    features = token_features(words, marks)
    assert len(features) == 3
    first, middle, last = (set(f) for f in features)
    assert {
        "b",
        "w=kata",
        "-1w=<pad>",
        "-2w=<pad>",
        "1w=joko",
        "2w=widodo",
        "1g=PERSON-B",
        "bi+=kata|joko",
    } <= first
    assert not any(f.startswith("bi-=") or f.startswith("g=") for f in first)
    # the word is lowercased, its shape is not
    assert {
        "w=joko",
        "sh=Xx",
        "g=PERSON-B",
        "-1w=kata",
        "bi-=kata|joko",
        "bi+=joko|widodo",
    } <= middle
    assert {
        "g=PERSON-I",
        "g=LOC-S",
        "1w=<pad>",
        "-1g=PERSON-B",
        "s3=odo",
        "p3=wid",
        "len=6",
    } <= last
    assert token_features([], []) == []


def test_sentence_features_use_the_shipped_gazetteer() -> None:
    words = ["gubernur", "jawa", "barat", "berkunjung", "ke", "surabaya"]
    features = sentence_features(words)
    # the gazetteer knows the province and the city, in lowercase too
    assert any(f.startswith("g=LOC") for f in features[1])
    assert any(f.startswith("g=LOC") for f in features[5])
    assert not any(f.startswith("g=") for f in features[3])


def test_shipped_crf_loads_once_and_tags_lowercased_text() -> None:
    crf = load_crf()
    assert load_crf() is crf
    assert (CRF_DIR / "LICENSE-DATA.md").is_file() and CRF_MODEL.is_file()
    words = [*MINISTER_SAYS, "penerimaan", "pajak", "di", "jakarta", "naik"]
    tags = crf.tags(words)
    assert len(tags) == len(words)
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in tags)
    spans = crf.spans(words)
    assert (3, 6, "PERSON") in spans
    assert (9, 10, "O") not in spans
    assert any(words[a:b] == ["jakarta"] and label == "LOC" for a, b, label in spans)
    assert crf.tags([]) == [] and crf.spans([]) == []


def test_missing_crf_model_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kabar.analyze import ner_crf

    monkeypatch.setattr(ner_crf, "CRF_MODEL", tmp_path / "model.crfsuite")
    ner_crf.load_crf.cache_clear()
    try:
        with pytest.raises(NerModelMissingError, match=r"train_crf\.py"):
            ner_crf.load_crf()
        (tmp_path / "model.crfsuite").write_bytes(b"not a model")
        with pytest.raises(NerModelMissingError, match="could not be loaded"):
            ner_crf.load_crf()
    finally:
        ner_crf.load_crf.cache_clear()


def test_crf_is_a_voter_on_text_without_capitals(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from kabar.analyze import ner_model
    from kabar.analyze.ner_model import set_voted_entities, vote_entities

    vocab = spacy.blank("id").vocab
    words = [*MINISTER_SAYS, "penerimaan", "pajak", "naik"]

    def doc(*spans: tuple[int, int, str]) -> Doc:
        d = Doc(vocab, words=words)
        d.ents = [Span(d, a, b, label=label) for a, b, label in spans]
        return d

    # one spaCy voter and the other voters' spans make two votes; a voter's span
    # counted once however often it lists it
    assert vote_entities([doc((3, 6, "PERSON")), doc(), doc()], [[(3, 6, "PERSON")]]) == [
        (3, 6, "PERSON")
    ]
    assert vote_entities([doc(), doc(), doc()], [[(3, 6, "PERSON"), (3, 6, "PERSON")]]) == []
    # the CRF finds the minister: with one spaCy model it makes the majority
    assert (3, 6, "PERSON") in load_crf().spans(words)
    voted = set_voted_entities(doc((3, 6, "PERSON")), [doc(), doc()])
    assert [(e.text, e.label_) for e in voted.ents] == [("sri mulyani indrawati", "PERSON")]
    monkeypatch.setattr(ner_model, "CRF_VOTER", False)
    assert list(set_voted_entities(doc((3, 6, "PERSON")), [doc(), doc()]).ents) == []
