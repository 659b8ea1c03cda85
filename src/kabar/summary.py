"""Extractive summary of a story: 3-7 source sentences covering the most-reported facts.

Sentences are scored by TF-IDF similarity to the whole story (what many articles say)
and picked by maximal marginal relevance (MMR), so the summary does not repeat itself.
Each chosen sentence carries the documents that report the same thing (a sentence of
theirs close to it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)

# MMR trade-off between relevance to the story and novelty against what is chosen.
# 0.7 (Carbonell & Goldstein 1998, query-relevant summaries) repeated the lede three
# times on the demo corpus, where five outlets restate one quake; 0.55 keeps one
# restatement and still picks no side remarks on the dev clusters.
MMR_LAMBDA = 0.55
MIN_SENTENCES = 3
MAX_SENTENCES = 7
# Stop adding sentences when the best remaining one is this redundant or irrelevant.
MIN_GAIN = 0.05
# A sentence of another document at least this similar (TF-IDF cosine) reports the
# same thing and is counted among the chosen sentence's sources.
SAME_FACT = 0.45
# Sentences shorter or longer than these (characters) are headings or run-ons.
MIN_CHARS = 40
MAX_CHARS = 400


@dataclass(slots=True)
class SummarySentence:
    text: str
    document: str
    start: int
    end: int
    documents: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "document": self.document, "start": self.start,
                "end": self.end, "documents": self.documents}


@dataclass(slots=True)
class Sentence:
    document: str
    start: int
    end: int
    text: str
    order: int  # position in its document (leads matter in news)


def summarize(sentences: list[Sentence], max_sentences: int = MAX_SENTENCES) -> list[SummarySentence]:
    """Pick up to ``max_sentences`` sentences (at least ``MIN_SENTENCES`` when there are)."""
    pool = [s for s in sentences if MIN_CHARS <= len(s.text) <= MAX_CHARS]
    if not pool:
        pool = [s for s in sentences if s.text.strip()]
    if not pool:
        return []
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b").fit_transform(
            [s.text for s in pool]
        )
    except ValueError:  # no words at all
        return [SummarySentence(s.text, s.document, s.start, s.end, [s.document]) for s in pool[:MIN_SENTENCES]]
    sims = (matrix @ matrix.T).toarray()
    documents = sorted({s.document for s in pool})
    # relevance: how much of the story says the same, counted once per document
    relevance = np.zeros(len(pool))
    for i in range(len(pool)):
        best_per_doc: dict[str, float] = {}
        for j, other in enumerate(pool):
            if other.document != pool[i].document:
                best_per_doc[other.document] = max(best_per_doc.get(other.document, 0.0), sims[i, j])
        relevance[i] = sum(best_per_doc.values()) / max(1, len(documents) - 1)
        relevance[i] += 0.05 / (1 + pool[i].order)  # a lead sentence wins ties
    chosen: list[int] = []
    while len(chosen) < max_sentences:
        best_i, best_score = -1, -1.0
        for i in range(len(pool)):
            if i in chosen:
                continue
            redundancy = max((sims[i, j] for j in chosen), default=0.0)
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * redundancy
            if score > best_score:
                best_i, best_score = i, score
        if best_i < 0 or (len(chosen) >= MIN_SENTENCES and best_score < MIN_GAIN):
            break
        chosen.append(best_i)
    result = []
    for i in chosen:
        s = pool[i]
        docs = {s.document} | {pool[j].document for j in range(len(pool)) if sims[i, j] >= SAME_FACT}
        result.append(SummarySentence(s.text, s.document, s.start, s.end, sorted(docs)))
    return result
