"""Speed of the analyze stage on real articles, side by side with spaCy baselines.

    python benchmarks/analyze.py [--n 300] [--repeat 2] [--corpus ../shared/corpus/indonews-2025-06]
                                 [--file scrapping_news_2025-06-18.csv]

One corpus file is ingested and cleaned (in a child process, so that its memory does
not count here) and ``--n`` of its articles, spread over the file by id, are
analysed. In each repeat, over the same clean texts and in one process:

* a bare spaCy blank ``id`` tokenizer pass (``nlp.make_doc``): the floor;
* the shipped NER model alone (``load_ner().pipe``, batches of
  ``kabar.analyze.entities.PIPE_BATCH``), over the sentences the stage gives it and
  over whole texts;
* the analyze stage component by component (sentences, entities as the stage finds
  them: model + rules, roles, quantities, dates, attribution), to show where the time
  goes;
* the full stage (``analyze_article``), and the full stage with the NER off.

Ratios are of times measured in the same repeat (the machine is shared and noisy);
the fastest repeat of each time and the median of each ratio are printed. One-time costs (model and tokenizer loading,
lazy imports, regex compilation) are paid in a warm-up before any timing. Peak RSS is
the process's maximum resident set: after the warm-up (model loaded), after the stage
ran, and at the end (the whole-text NER baseline needs more memory than the stage,
which feeds the model sentence by sentence; with spaCy's default batch of 1000 texts
it peaked at 1.6 GB on 300 articles).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "indonews-2025-06"
DEFAULT_FILE = "scrapping_news_2025-06-18.csv"  # six outlets, ~2k articles
COMPONENTS = ("sentences", "ner", "roles", "quantities", "dates", "attribution")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest(path: Path, db: Path) -> None:
    code = (
        "import sys\n"
        "from kabar.pipeline import IngestOptions, ingest_paths\n"
        "from kabar.store import Database\n"
        "with Database(sys.argv[2]) as db:\n"
        "    ingest_paths([sys.argv[1]], db, IngestOptions(stories=False))\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path), str(db)], check=True, capture_output=True)


def _components(articles: list[Any]) -> dict[str, float]:
    """Seconds spent in each component of the stage, summed over ``articles``.

    Mirrors :func:`kabar.analyze.stage.analyze_text` step by step (it uses the
    stage's private helpers, so it follows the stage when that changes).
    """
    from kabar.analyze.attribution import attribute
    from kabar.analyze.quantities import extract_quantities
    from kabar.analyze.roles import find_role_mentions
    from kabar.analyze.sentences import split_sentences
    from kabar.analyze.stage import _mentions, _ner
    from kabar.analyze.temporal import extract_dates

    spent = dict.fromkeys(COMPONENTS, 0.0)
    clock = time.perf_counter
    for a in articles:
        text = a.clean_text if a.clean_text is not None else a.text
        if not text.strip():
            continue
        t0 = clock()
        sentences = split_sentences(text)
        t1 = clock()
        entities = _ner(a.id, text, sentences)
        t2 = clock()
        persons = [(e.start, e.end, e.type) for e in entities if e.type == "PERSON"]
        roles = find_role_mentions(text, persons)
        mentions = _mentions(a.id, text, entities, roles)
        t3 = clock()
        extract_quantities(text)
        t4 = clock()
        extract_dates(text, a.published)
        t5 = clock()
        attribute(text, sentences, [(m.start, m.end, m.type) for m in mentions])
        t6 = clock()
        for name, seconds in zip(COMPONENTS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=True):
            spent[name] += seconds
    return spent


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--file", default=DEFAULT_FILE, help="corpus file to take articles from")
    parser.add_argument("--n", type=int, default=300, help="articles to analyse")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = Path(args.corpus) / args.file
    if not source.is_file():
        print(f"corpus file not found at {source}; nothing to measure")
        return

    import spacy

    from kabar.analyze.entities import PIPE_BATCH, _chunks
    from kabar.analyze.ner_model import load_ner
    from kabar.analyze.stage import AnalyzeOptions, analyze_article
    from kabar.store import Database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        _ingest(source, db_path)
        ingest_s = time.perf_counter() - started
        with Database(db_path) as db:
            everything = sorted(
                (a for a in db.iter_articles() if (a.clean_text or a.text).strip()), key=lambda a: a.id
            )
    if not everything:
        print(f"no articles ingested from {source}; nothing to measure")
        return
    step = max(1, len(everything) // max(1, args.n))
    articles = everything[::step][: args.n]
    texts = [a.clean_text if a.clean_text is not None else a.text for a in articles]
    chars = sum(len(t) for t in texts)
    n = len(articles)
    print(f"{n} articles from {source.name} ({len(everything)} ingested in {ingest_s:.0f} s, child process), "
          f"{chars / n:.0f} chars/article on average")

    # warm-up: model and tokenizer loading, lazy imports, compiled regexes
    started = time.perf_counter()
    ner = load_ner()
    # the model for sentences written without capitals, loaded by the stage at the
    # first such sentence (an outlet's lowercase line): loaded here, not in a timing
    load_ner(uncased=True)
    blank = spacy.blank("id")
    blank.make_doc(texts[0])
    list(ner.pipe(texts[:3]))
    for a in articles[:3]:
        analyze_article(a)
    print(f"warm-up (not in any figure below): {time.perf_counter() - started:.1f} s; "
          f"peak RSS after it {_peak_mb():.0f} MB")

    runs: dict[str, list[float]] = {}
    parts_runs: list[dict[str, float]] = []
    slowest: list[tuple[float, str, int]] = []

    def full() -> None:
        slowest.clear()
        for a, text in zip(articles, texts, strict=True):
            t = time.perf_counter()
            analyze_article(a)
            slowest.append((time.perf_counter() - t, a.id, len(text)))

    no_ner = AnalyzeOptions(entities=False)
    chunks = [t[s:e] for t in texts for s, e in _chunks(t)]
    stage_peak = 0.0
    for _ in range(args.repeat):
        # the stage first, so that its peak RSS is read before the baselines run
        runs.setdefault("stage", []).append(_timed(full))
        runs.setdefault("stage_no_ner", []).append(_timed(lambda: [analyze_article(a, no_ner) for a in articles]))
        parts_runs.append(_components(articles))
        stage_peak = stage_peak or _peak_mb()
        runs.setdefault("tokenizer", []).append(_timed(lambda: [blank.make_doc(t) for t in texts]))
        runs.setdefault("ner_sentences", []).append(_timed(lambda: list(ner.pipe(chunks, batch_size=PIPE_BATCH))))
        runs.setdefault("ner_model", []).append(_timed(lambda: list(ner.pipe(texts, batch_size=PIPE_BATCH))))

    # ratios within each repeat, then the best (lowest-time) repeat of each measure
    best = {k: min(v) for k, v in runs.items()}

    def ms(seconds: float) -> str:
        return f"{seconds * 1000 / n:7.2f} ms/article"

    print(f"\ntimes per article (fastest of {args.repeat} repeats, same process, same texts):")
    print(f"  blank spaCy 'id' tokenizer      {ms(best['tokenizer'])}")
    print(f"  NER model alone, whole texts    {ms(best['ner_model'])}")
    print(f"  NER model alone, sentences      {ms(best['ner_sentences'])}   (what the stage feeds it)")
    print(f"  analyze stage, full             {ms(best['stage'])}   "
          f"({chars / best['stage'] / 1000:.0f} k chars/s)")
    print(f"  analyze stage, entities=False   {ms(best['stage_no_ner'])}")
    print("ratios (per repeat):")
    for name, num, den in (
        ("stage / tokenizer", "stage", "tokenizer"),
        ("stage / NER model (sentences)", "stage", "ner_sentences"),
        ("stage / NER model (whole)", "stage", "ner_model"),
        ("NER model / tokenizer", "ner_model", "tokenizer"),
        ("stage without NER / tokenizer", "stage_no_ner", "tokenizer"),
    ):
        ratios = [x / y for x, y in zip(runs[num], runs[den], strict=True)]
        print(f"  {name:32s} median {statistics.median(ratios):5.1f}x   ({', '.join(f'{r:.1f}x' for r in ratios)})")

    parts = {k: min(p[k] for p in parts_runs) for k in COMPONENTS}
    total = sum(parts.values())
    print(f"components (fastest repeat each; they sum to {total * 1000 / n:.2f} ms/article, "
          f"the full stage took {best['stage'] * 1000 / n:.2f}):")
    sums = ", ".join(f"{sum(p.values()) * 1000 / n:.1f}/{t * 1000 / n:.1f}" for p, t in zip(parts_runs, runs["stage"], strict=True))
    print(f"  (per repeat, components sum / full stage, ms/article: {sums})")
    for name in sorted(COMPONENTS, key=lambda k: -parts[k]):
        print(f"  {name:12s} {ms(parts[name])}  {parts[name] / total:6.1%}")

    slowest.sort(reverse=True)
    print("slowest articles in the last full-stage repeat (id, chars, ms):")
    for seconds, doc_id, size in slowest[:3]:
        print(f"  {doc_id} {size:6d} chars {seconds * 1000:7.1f} ms")
    print(f"peak RSS after the stage runs: {stage_peak:.0f} MB; at the end, after the whole-text "
          f"NER baseline: {_peak_mb():.0f} MB")
    print(json.dumps({"articles": n, "ms_per_article": {k: v * 1000 / n for k, v in best.items()},
                      "components_ms": {k: v * 1000 / n for k, v in parts.items()},
                      "peak_rss_mb_stage": stage_peak, "peak_rss_mb_end": _peak_mb()}))


if __name__ == "__main__":
    main()
