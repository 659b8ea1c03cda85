from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from kabar.analyze.conll import (
    NERGRIT_LABELS,
    NERP_LABELS,
    PRF,
    Sentence,
    Span,
    evaluate_ner,
    map_sentence,
    map_spans,
    parse_conll,
    read_conll,
    score_spans,
    score_tags,
    spans_to_tags,
    split_sentences,
    tags_to_spans,
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_reader_sentences_trailing_spaces_and_missing_final_blank(tmp_path: Path) -> None:
    text = (
        "Budi\tB-PERSON\nke\tO \nBandung  \tB-PLACE\n.\tO\n\n\n"
        "-DOCSTART-\tO\n\n"
        "Kemarin\tO\nhujan\tO"
    )
    sents = read_conll(write(tmp_path / "a.txt", text.encode()))
    assert [s.tokens for s in sents] == [("Budi", "ke", "Bandung", "."), ("Kemarin", "hujan")]
    assert sents[0].tags == ("B-PERSON", "O", "B-PLACE", "O")
    assert sents[0].text == "Budi ke Bandung ."


def test_reader_tolerates_bad_lines_spaces_and_encodings(tmp_path: Path) -> None:
    data = (
        "Caf\xe9\tB-PLACE\n".encode("latin-1")  # not UTF-8: read as cp1252
        + "Jos\u00e9\tB-PERSON\r\n".encode()  # UTF-8 with CRLF
        + b"Ali B_PER\n"  # space-separated, underscore tag
        + b"\tO\n"  # tag without token: skipped
        + b"Lone\n"  # token without tag: O
        + b"x\tNOTATAG\n"  # unknown tag: O
    )
    (sent,) = read_conll(write(tmp_path / "b.txt", data))
    assert sent.tokens == ("Café", "José", "Ali", "Lone", "x")
    assert sent.tags == ("B-PLACE", "B-PERSON", "B-PER", "O", "O")


def test_sentence_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        Sentence(("a", "b"), ("O",))


def test_tags_to_spans_bio_iob1_and_bioes() -> None:
    # BIO
    assert tags_to_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [
        Span(0, 2, "PER"),
        Span(3, 4, "LOC"),
    ]
    # IOB1: an entity may open with I-, and B- only separates two adjacent entities
    assert tags_to_spans(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]) == [
        Span(0, 2, "PER"),
        Span(2, 3, "PER"),
        Span(4, 5, "LOC"),
    ]
    # An I- of another type opens a new entity
    assert tags_to_spans(["B-PER", "I-LOC", "I-LOC"]) == [Span(0, 1, "PER"), Span(1, 3, "LOC")]
    # BIOES
    assert tags_to_spans(["S-ORG", "B-LOC", "E-LOC", "E-LOC"]) == [
        Span(0, 1, "ORG"),
        Span(1, 3, "LOC"),
        Span(3, 4, "LOC"),
    ]
    assert tags_to_spans([]) == []
    assert tags_to_spans(["O", "O"]) == []


def test_spans_to_tags_round_trip() -> None:
    spans = [Span(0, 2, "PERSON"), Span(3, 4, "LOC")]
    tags = spans_to_tags(spans, 5)
    assert tags == ["B-PERSON", "I-PERSON", "O", "B-LOC", "O"]
    assert tags_to_spans(tags) == spans
    # an overlapping later span is dropped
    assert spans_to_tags([Span(0, 2, "ORG"), Span(1, 3, "LOC")], 3) == ["B-ORG", "I-ORG", "O"]


def test_label_maps() -> None:
    grit = Sentence(
        ("Joko", "Widodo", "dari", "PDIP", "di", "Solo"),
        ("B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "O", "B-PLACE"),
    )
    assert map_sentence(grit, NERGRIT_LABELS).tags == (
        "B-PERSON",
        "I-PERSON",
        "O",
        "B-ORG",
        "O",
        "B-LOC",
    )
    nerp = Sentence(
        ("festival", "jazz", "di", "bali", "oleh", "ani", "bni", "rendang"),
        ("B-EVT", "I-EVT", "O", "B-PLC", "O", "B-PPL", "B-IND", "B-FNB"),
    )
    assert map_sentence(nerp, NERP_LABELS).tags == (
        "O",
        "O",
        "O",
        "B-LOC",
        "O",
        "B-PERSON",
        "B-ORG",
        "O",
    )
    # the default map knows every set, including CoNLL/OntoNotes names
    assert map_spans([Span(0, 1, "GPE"), Span(1, 2, "PER"), Span(2, 3, "MISC")]) == [
        Span(0, 1, "LOC"),
        Span(1, 2, "PERSON"),
    ]


def test_score_spans_exact_numbers() -> None:
    gold = [
        [Span(0, 2, "PERSON"), Span(4, 5, "LOC")],
        [Span(1, 3, "ORG"), Span(5, 6, "LOC")],
    ]
    pred = [
        [Span(0, 2, "PERSON"), Span(4, 5, "ORG")],  # right; wrong type
        [Span(1, 2, "ORG"), Span(5, 6, "LOC"), Span(7, 8, "PERSON")],  # short; right; spurious
    ]
    scores = score_spans(gold, pred)
    assert scores.sentences == 2
    assert scores.overall == PRF(true_positives=2, predicted=5, gold=4)
    assert scores.overall.precision == pytest.approx(0.4)
    assert scores.overall.recall == pytest.approx(0.5)
    assert scores.overall.f1 == pytest.approx(4 / 9)
    assert scores.per_type["PERSON"] == PRF(1, 2, 1)
    assert scores.per_type["PERSON"].f1 == pytest.approx(2 / 3)
    assert scores.per_type["ORG"] == PRF(0, 2, 1)
    assert scores.per_type["ORG"].f1 == 0.0
    assert scores.per_type["LOC"] == PRF(1, 1, 2)
    assert scores.per_type["LOC"].recall == pytest.approx(0.5)


def test_score_edge_cases() -> None:
    empty = score_spans([[]], [[]])
    assert empty.overall.f1 == 0.0 and empty.per_type == {}
    with pytest.raises(ValueError):
        score_spans([[]], [])
    perfect = score_tags([["B-LOC", "I-LOC", "O"]], [["B-LOC", "I-LOC", "O"]])
    assert perfect.overall.f1 == 1.0
    # a span that is one token too long is wrong
    assert score_tags([["B-LOC", "O"]], [["B-LOC", "I-LOC"]]).overall.f1 == 0.0


def test_split_is_deterministic_disjoint_and_keeps_duplicates_together() -> None:
    sents = [Sentence((f"kalimat{i}", "."), ("O", "O")) for i in range(1000)]
    sents += [sents[0]] * 3
    train, held = split_sentences(sents, seed="s", held_out=0.2)
    again = split_sentences(sents, seed="s", held_out=0.2)
    assert (train, held) == again
    assert len(train) + len(held) == len(sents)
    assert 150 < len(held) < 250
    assert {s.text for s in train}.isdisjoint({s.text for s in held})
    other = split_sentences(sents, seed="t", held_out=0.2)[1]
    assert other != held
    assert split_sentences(sents, held_out=0.0)[1] == []
    with pytest.raises(ValueError):
        split_sentences(sents, held_out=1.5)


def test_evaluate_ner_with_a_predict_function(tmp_path: Path) -> None:
    path = write(
        tmp_path / "gold.txt",
        b"Sri\tB-PPL\nMulyani\tI-PPL\ndi\tO\njakarta\tB-PLC\n\nbank\tB-IND\nbri\tI-IND\nbuka\tO\n\n",
    )

    def predict(tokens: Sequence[str]) -> list[Span]:
        # finds the person and (as GPE) the place; misses the organisation
        out = []
        if tokens[0] == "Sri":
            out += [Span(0, 2, "PER"), Span(3, 4, "GPE")]
        return out

    result = evaluate_ner(path, predict)
    json.dumps(result)  # JSON-able
    assert result["sentences"] == 2
    assert result["overall"]["precision"] == 1.0
    assert result["overall"]["recall"] == pytest.approx(0.6667)
    assert result["overall"]["f1"] == 0.8
    assert result["overall"]["support"] == 3
    assert result["per_type"]["ORG"]["f1"] == 0.0
    assert result["per_type"]["PERSON"]["f1"] == 1.0
    assert result["per_type"]["LOC"]["support"] == 1


def test_evaluate_ner_with_a_spacy_pipeline() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Jakarta"}])
    sents = parse_conll(["Ke\tO", "Jakarta\tB-PLACE", "dan\tO", "Bogor\tB-PLACE", ""])
    result = evaluate_ner(sents, nlp)
    assert result["overall"]["precision"] == 1.0
    assert result["overall"]["recall"] == 0.5
    assert result["per_type"] == {
        "LOC": {
            "precision": 1.0,
            "recall": 0.5,
            "f1": 0.6667,
            "support": 2,
            "predicted": 1,
            "true_positives": 1,
        }
    }


# ---------------------------------------------------------------------------
# Strict reading and `kabar eval ner`

# Sentences written for these tests (not from any data set), NERGrit and NERP labels.
FIXTURE = """\
Presiden\tO
Joko\tB-PERSON
Widodo\tI-PERSON
meresmikan\tO
bendungan\tO
di\tO
Bandung\tB-PLACE
.\tO

Bank\tB-ORGANISATION
Indonesia\tI-ORGANISATION
menaikkan\tO
suku\tO
bunga\tO
.\tO

Warga\tO
Surabaya\tB-PLC
menonton\tO
Persebaya\tB-IND
bersama\tO
Budi\tB-PPL
Santoso\tI-PPL
.\tO
"""


def test_strict_reader_accepts_good_file_and_names_bad_lines(tmp_path: Path) -> None:
    from kabar.analyze.conll import DEFAULT_LABELS, ConllFormatError

    good = write(tmp_path / "good.conll", FIXTURE.encode())
    assert len(read_conll(good, strict=True, label_map=DEFAULT_LABELS)) == 3
    cases = {
        "Budi\tB-PERSON\nSantoso\n": (2, "expected 'token<TAB>label'"),
        "Budi\tB-PERSON\n\nx\tNOTATAG\n": (3, "not a BIO label"),
        "Budi\tB-FOO\n": (1, "unknown entity type 'FOO'"),
        "Budi\tB-PERSON\nx\x00y\tO\n": (2, "binary data"),
    }
    for i, (text, (line, message)) in enumerate(cases.items()):
        path = write(tmp_path / f"bad{i}.conll", text.encode())
        with pytest.raises(ConllFormatError) as info:
            read_conll(path, strict=True, label_map=DEFAULT_LABELS)
        assert str(info.value).startswith(f"{path}:{line}: "), str(info.value)
        assert message in str(info.value)
        # The lenient reader still takes it.
        read_conll(path)
    empty = write(tmp_path / "empty.conll", b"\n\n")
    with pytest.raises(ConllFormatError, match="no sentences"):
        read_conll(empty, strict=True)
    with pytest.raises(ConllFormatError, match="cannot read"):
        read_conll(tmp_path / "missing.conll", strict=True)


def test_cli_eval_ner_prints_scores_as_json(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.analyze.entities import token_predictor
    from kabar.analyze.ner_model import load_ner
    from kabar.cli import app

    path = write(tmp_path / "fixture.conll", FIXTURE.encode())
    result = CliRunner().invoke(app, ["eval", "ner", str(path)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["system"] == "model+rules"
    assert scores["sentences"] == 3
    # Gold after mapping: PERSON x2 (Joko Widodo, Budi Santoso), LOC x2 (Bandung,
    # Surabaya), ORG x2 (Bank Indonesia, Persebaya).
    assert {k: v["support"] for k, v in scores["per_type"].items()} == {
        "LOC": 2,
        "ORG": 2,
        "PERSON": 2,
    }
    assert scores["overall"]["support"] == 6
    # The same numbers as scoring in Python, and the shipped model gets most right.
    expected = evaluate_ner(read_conll(path), token_predictor(load_ner()))
    assert scores["overall"] == expected["overall"]
    assert scores["overall"]["true_positives"] >= 4, scores
    # lowercased, the file is read by the vote of the uncased models and the CRF, as
    # find_entities reads such text, not by the cased model
    lowered = [line.split("\t")[0].lower() + "\t" + line.split("\t")[1] if line else "" for line in FIXTURE.splitlines()]
    coach = "pelatih O persib B-IND bojan B-PPL hodak I-PPL memuji O ciro B-PPL alves I-PPL . O"
    lowered += ["", *(pair.replace(" ", "\t") for pair in re.findall(r"\S+ \S+", coach))]
    lower = write(tmp_path / "lower.conll", ("\n".join(lowered) + "\n").encode())
    uncased = json.loads(CliRunner().invoke(app, ["eval", "ner", str(lower)]).output)
    assert uncased["overall"] == evaluate_ner(read_conll(lower), token_predictor())["overall"]
    assert uncased["overall"] != evaluate_ner(read_conll(lower), token_predictor(load_ner()))["overall"]

    model_only = CliRunner().invoke(app, ["eval", "ner", str(path), "--model-only"])
    assert model_only.exit_code == 0, model_only.output
    assert json.loads(model_only.output)["system"] == "model"


def test_cli_eval_ner_bad_file_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.cli import app

    path = write(tmp_path / "bad.conll", FIXTURE.replace("Bandung\tB-PLACE", "Bandung").encode())
    result = CliRunner().invoke(app, ["eval", "ner", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert f"{path}:7:" in lines[0].replace("\n", "")
    missing = CliRunner().invoke(app, ["eval", "ner", str(tmp_path / "nope.conll")])
    assert missing.exit_code == 1 and "cannot read" in missing.output
