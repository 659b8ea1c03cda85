"""Train kabar's CRF NER model, the fourth voter on text written without capitals.

Usage (from the repository root)::

    python scripts/train_crf.py --shared ../shared

Data and splits are ``scripts/train_ner.py``'s (same seeds): the training split of
NERGrit lowercased + NERP's (data variant "lower", as ``ner_id_uncased_2``). Features:
:func:`kabar.analyze.ner_crf.token_features`. The model is written to
``src/kabar/models/ner_id_crf`` with its ``LICENSE-DATA.md``; the script then scores
the vote as ``find_entities`` runs it (the three uncased spaCy models and the CRF,
with the rules) on the dev and held-out splits, beside the vote without the CRF.

CRF_VOTER (session 23; entity F1, model + rules; dev / held-out):
  the CRF alone on lowercased NERP                        0.771 / 0.783
  the CRF alone on NERGrit lowercased (cased NERGrit: the shipped cased model
  with the rules 0.740 / 0.733)                            0.705 / 0.708
  NERP, the vote of the three uncased spaCy models         0.811 / 0.805
  NERP, the same with the CRF as a fourth voter (2 of 4)   0.814 / 0.814
  NERGrit + NERP as `kabar eval ner` scores them           0.787 / 0.785 -> 0.789 / 0.791
Tried and not kept (chosen on dev): 3 of 4 (NERP dev 0.811); a fifth voter (a CRF
without the word's own identity, dev 0.815; the cased CRF below, 0.811); the CRF's
spans added where the vote finds nothing, above a marginal (dev 0.813 at 0.8).
On cased text a CRF trained like ``ner_id`` (NERGrit + NERP half recased) scores as
the spaCy model on NERGrit (dev 0.713, held-out 0.753; dev + held-out together 0.737
against 0.736), but no vote or union of it with ``ner_id`` was better on dev (the
best, their union, dev 0.739 against 0.740). A stacker (logistic regression over every
member's spans, the CRFs' marginals and the gazetteer, trained on the dev split)
scored held-out 0.799 (0.796 without the uncased models on cased text), but on dev
by cross-validation no better than the vote (0.786 against 0.787): the spaCy models'
checkpoints were chosen on that dev split, so it cannot choose the stacker's settings
fairly, and running four spaCy models on every cased sentence would quadruple the
stage's time. Not kept.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_ner

from kabar.analyze.conll import Sentence, evaluate_ner
from kabar.analyze.ner_crf import CRF_DIR, CRF_MODEL, sentence_features

# L1 and L2 penalties: 0.05 / 0.01 scored best on NERP dev among 0.02-0.3 / 0.01-0.2
# (0.771; the others 0.765-0.768: it matters little).
C1 = 0.05
C2 = 0.01
MAX_ITERATIONS = 150
DATA = "lower"

LICENSE = """# ner_id_crf: data, licence and scores

A linear-chain CRF (python-crfsuite {version}) for Indonesian text written without
capitals: the fourth voter beside `ner_id_uncased`, `ner_id_uncased_2` and
`ner_id_uncased_3` (`kabar.analyze.ner_model.vote_entities`). Loaded by
`kabar.analyze.ner_crf.load_crf()`; features `kabar.analyze.ner_crf.token_features`.

Built by `python scripts/train_crf.py --shared ../shared` from the training split
(data variant "{data}": NERGrit lowercased + NERP) of:

- NERGrit and NERP from IndoNLU (indobenchmark/indonlu), MIT licence;
- its gazetteer feature: the table of `ner_id/gazetteer` (DBpedia-derived gazetteers,
  Alfina et al. 2017), names stored only as 64-bit hashes there;
- word frequencies: wordfreq's Indonesian list (its data under CC BY-SA 4.0).

The model file holds feature strings: words and word pairs of the training sentences
(as a CRF's weights), no sentence whole.

Splits as `scripts/train_ner.py`'s:

{split_table}

Entity F1, dev / held-out (dev chose the settings; held-out was only scored):

| | dev | held-out |
|---|---|---|
{rows}

{sentences} training sentences, {features} features kept, trained in {minutes:.1f} min; {size:.1f} MB.
"""


def train(sentences: Sequence[Sentence], out: Path) -> dict[str, Any]:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.tokens), list(sentence.tags))
    trainer.set_params(
        {"c1": C1, "c2": C2, "max_iterations": MAX_ITERATIONS, "feature.possible_transitions": True}
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    info = pycrfsuite.Tagger()
    info.open(str(out))
    return {"features": len(info.info().state_features)}


def score(splits: dict[str, dict[str, list[Sentence]]]) -> dict[str, dict[str, float]]:
    """F1 of the vote with and without the CRF, on NERP and on NERGrit + NERP, as
    ``kabar eval ner`` scores them (each sentence to the models for its casing)."""
    from kabar.analyze import ner_model
    from kabar.analyze.entities import token_predictor

    rows: dict[str, dict[str, float]] = {}
    for with_crf in (False, True):
        ner_model.CRF_VOTER = with_crf
        predict = token_predictor()
        name = "vote of four (with the CRF)" if with_crf else "vote of three (without)"
        for part in ("dev", "held_out"):
            grit, nerp = splits["grit"][part], splits["nerp"][part]
            nerp_f1 = evaluate_ner(nerp, predict)["overall"]["f1"]
            both_f1 = evaluate_ner(grit + nerp, predict)["overall"]["f1"]
            rows.setdefault(f"NERP, {name}", {})[part] = nerp_f1
            rows.setdefault(f"NERGrit + NERP, {name}", {})[part] = both_f1
    ner_model.CRF_VOTER = True
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    splits = train_ner.load_splits(args.shared)
    sentences = train_ner.training_sentences(DATA, splits, args.shared)
    started = time.monotonic()
    info = train(sentences, CRF_MODEL)
    minutes = (time.monotonic() - started) / 60
    rows = score(splits)
    for name, by_part in rows.items():
        print(f"{name}: dev {by_part['dev']:.4f}, held-out {by_part['held_out']:.4f}")
    (CRF_DIR / "LICENSE-DATA.md").write_text(
        LICENSE.format(
            version=importlib.metadata.version("python-crfsuite"),
            data=DATA,
            split_table=train_ner.split_table(splits),
            rows="\n".join(
                f"| {n} | {p['dev']:.3f} | {p['held_out']:.3f} |" for n, p in rows.items()
            ),
            sentences=len(sentences),
            features=info["features"],
            minutes=minutes,
            size=CRF_MODEL.stat().st_size / 1e6,
        )
    )
    print(f"saved to {CRF_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
