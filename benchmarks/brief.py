"""Time to brief a story: the seven shared clusters, and a growth series.

    python benchmarks/brief.py [--shared ../shared] [--sizes 25,50,100,200,400]

1. Each cluster of ``../shared/clusters`` is ingested into a fresh store and briefed
   (near-duplicates linked as ``kabar brief`` links them); per cluster: articles,
   claims, groups, flags and seconds of ``build_brief``.
2. Growth: one real multi-outlet story from the corpus, the Iran-Israel war of June
   2025 (every corpus row whose title names Iran, Israel, Teheran, Tel Aviv, Khamenei
   or Netanyahu, written to temporary CSV files and ingested: ~200 articles from
   several outlets), shuffled with a fixed seed; the first 25, 50, 100 and 200 are
   briefed, and 400 is those 200 plus a re-dated copy of each (new id and URL,
   published one day later). Should the story have fewer than 200 articles, sizes
   above it are filled with re-dated copies too (the output says so). Per size: seconds, seconds
   per article, and the split between the per-article stages (analyze + claims) and
   the cross-article ones (resolve, reconcile, flags, timeline, summary). The brief
   must stay near-linear: time(400)/time(200) is printed (2.0 is linear).

One-time costs (loading the NER model, lazy imports, compiled regexes) are paid by a
warm-up brief before anything is timed, and are excluded from every figure. Ingesting
is not timed either. The machine is shared and noisy: compare sizes of one run.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
# The growth story: the Iran-Israel war of June 2025, by title.
GROWTH_TITLE = re.compile(r"\b(?:Iran|Israel|Teheran|Tel Aviv|Khamenei|Netanyahu)\b")
SEED = 20250618
# Real articles in the growth story; larger sizes add re-dated copies of these.
BASE_STORY = 200


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ingest(paths: list[Path], db_path: Path) -> tuple[list[Any], dict[str, str]]:
    """Clean articles of ``paths`` and their near-duplicate links (as ``kabar brief`` does)."""
    from kabar.pipeline import IngestOptions, ingest_paths
    from kabar.store import Database

    with Database(db_path) as db:
        ingest_paths(paths, db, IngestOptions(stories=False))
        articles = list(db.iter_articles())
        duplicates = db.duplicate_links(a.id for a in articles)
    return articles, duplicates


def _brief(articles: list[Any], duplicates: dict[str, str] | None = None) -> tuple[dict[str, Any], float, float]:
    """The brief, its total seconds, and the seconds of the per-article stages."""
    from kabar.brief import build_brief

    last = [0.0]
    started = time.perf_counter()
    result = build_brief(articles, duplicates=duplicates or {},
                         on_article=lambda _a: last.__setitem__(0, time.perf_counter()))
    total = time.perf_counter() - started
    return result, total, (last[0] - started) if last[0] else 0.0


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a corpus CSV or XLSX file."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = book.active.iter_rows(values_only=True) if book.active is not None else iter(())
        header = [str(h) for h in next(rows, ())]
        return header, [{h: "" if v is None else str(v) for h, v in zip(header, row, strict=False)} for row in rows]
    finally:
        book.close()


def _story_files(corpus: Path, tmp: Path) -> tuple[list[Path], int]:
    """The growth story's rows (title matches) of every corpus file, one CSV per file
    (same columns) in a temp dir; and how many rows matched."""
    out: list[Path] = []
    matched = 0
    for path in sorted(corpus.glob("*")):
        if path.suffix not in (".csv", ".xlsx"):
            continue
        header, rows = _rows(path)
        title = next((h for h in header if h.lower() in ("judul", "title")), None)
        keep = [r for r in rows if title and GROWTH_TITLE.search(r.get(title) or "")]
        if not keep:
            continue
        dst = tmp / f"story-{path.stem}.csv"
        with dst.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header)
            writer.writeheader()
            writer.writerows(keep)
        out.append(dst)
        matched += len(keep)
    return out, matched


def _clusters(shared: Path, tmp: Path) -> None:
    clusters = shared / "clusters"
    index = json.loads((clusters / "index.json").read_text(encoding="utf-8"))
    print("clusters (build_brief only; ingest not timed):")
    print(f"  {'cluster':52s} {'articles':>8s} {'claims':>6s} {'groups':>6s} {'flags':>5s} {'seconds':>7s}")
    total = 0.0
    for entry in index:
        slug = entry["slug"]
        articles, duplicates = _ingest([clusters / slug], tmp / f"{slug}.db")
        result, seconds, _per_article = _brief(articles, duplicates)
        total += seconds
        print(f"  {slug:52s} {len(articles):8d} {len(result['claims']):6d} {len(result['groups']):6d} "
              f"{len(result['flags']):5d} {seconds:7.2f}")
    print(f"  all seven: {total:.2f} s")


def _growth(corpus: Path, tmp: Path, sizes: list[int]) -> None:
    files, rows = _story_files(corpus, tmp)
    if rows == 0:
        print("growth story: no rows found in the corpus; skipped")
        return
    articles, _dups = _ingest(files, tmp / "story.db")
    articles.sort(key=lambda a: a.id)
    random.Random(SEED).shuffle(articles)
    base = articles[:BASE_STORY]
    pool = list(base)
    copy = 0
    while len(pool) < max(sizes):
        copy += 1
        pool += [
            replace(a, id=f"{a.id}-redated{copy}", url=f"{a.url or a.id}?redated={copy}",
                    published=(a.published + timedelta(days=copy)) if a.published else None)
            for a in base
        ]
    outlets = sorted({a.outlet or "?" for a in base})
    print(f"\ngrowth: Iran-Israel story, {rows} rows -> {len(articles)} articles after ingest "
          f"({len(outlets)} outlets: {', '.join(outlets)}); sizes above {len(base)} add re-dated copies")
    print(f"  {'size':>5s} {'seconds':>8s} {'s/article':>9s} {'per-article':>11s} {'cross-article':>13s} "
          f"{'claims':>6s} {'groups':>6s} {'peak RSS':>8s}")
    times: dict[int, tuple[float, float]] = {}
    for size in sizes:
        if size > len(pool):
            print(f"  {size:5d} skipped: only {len(pool)} articles")
            continue
        result, seconds, per_article = _brief(pool[:size])
        times[size] = (seconds, per_article)
        print(f"  {size:5d} {seconds:8.2f} {seconds / size:9.3f} {per_article:10.2f}s {seconds - per_article:12.2f}s "
              f"{len(result['claims']):6d} {len(result['groups']):6d} {_peak_mb():6.0f}MB")
    if 200 in times and 400 in times:
        (t2, p2), (t4, p4) = times[200], times[400]
        print(f"  time(400)/time(200) = {t4 / t2:.2f} (2.00 is linear); per-article stages "
              f"{p4 / p2:.2f}, cross-article stages {(t4 - p4) / max(t2 - p2, 1e-9):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(DEFAULT_SHARED))
    parser.add_argument("--sizes", default="25,50,100,200,400")
    parser.add_argument("--skip-clusters", action="store_true")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not (shared / "clusters" / "index.json").is_file():
        print(f"shared data not found at {shared}; nothing to measure")
        return
    sizes = sorted(int(s) for s in args.sizes.split(","))

    from kabar.cli import demo_corpus_dir

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        # warm-up: NER model, lazy imports (sklearn, rapidfuzz), compiled regexes
        started = time.perf_counter()
        demo, demo_dups = _ingest([demo_corpus_dir()], tmp / "demo.db")
        _brief(demo, demo_dups)
        print(f"warm-up brief of the demo corpus (model loading etc., excluded from all figures): "
              f"{time.perf_counter() - started:.1f} s; peak RSS {_peak_mb():.0f} MB\n")
        if not args.skip_clusters:
            _clusters(shared, tmp)
        _growth(shared / "corpus" / "indonews-2025-06", tmp, sizes)


if __name__ == "__main__":
    main()
