"""Ingest + clean throughput and peak memory on the shared corpus.

    python benchmarks/ingest.py [--corpus ../shared/corpus/indonews-2025-06] [--repeat 3]

The whole corpus is ingested twice into fresh stores, with glued-word repair on (the
default) and off, to show what the repair costs. Memory must stay flat as input grows
(streaming): the corpus is ingested 1x, 2x and 4x over (copies under new URLs) into
fresh stores, and the peak RSS of each run is printed beside the article count.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run_once(paths: list[str], db: str, repair_glued: bool = True) -> dict[str, float]:
    code = (
        "import json,resource,sys,time\n"
        "from kabar.pipeline import IngestOptions, ingest_paths\n"
        "from kabar.store import Database\n"
        "t=time.perf_counter()\n"
        f"db=Database({db!r})\n"
        f"r=ingest_paths({paths!r}, db, IngestOptions(repair_glued={repair_glued!r}))\n"
        "el=time.perf_counter()-t\n"
        "print(json.dumps({'read': r.read, 'stored': r.stored, 'seconds': el,"
        " 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _copies(corpus: Path, n: int, tmp: Path) -> list[str]:
    """``n`` copies of the corpus's CSV files with URLs made unique per copy."""
    paths = []
    for k in range(n):
        for src in sorted(corpus.glob("*.csv")):
            dst = tmp / f"copy{k}-{src.name}"
            with src.open(encoding="utf-8-sig", newline="") as fin, dst.open("w", encoding="utf-8", newline="") as fout:
                reader = csv.DictReader(fin)
                writer = csv.DictWriter(fout, fieldnames=reader.fieldnames or [])
                writer.writeheader()
                for row in reader:
                    if row.get("url"):
                        row["url"] = row["url"] + f"?copy={k}"
                    writer.writerow(row)
            paths.append(str(dst))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus" / "indonews-2025-06"))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}; nothing to measure")
        return
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for glue in (True, False):
            full = _run_once([str(corpus)], str(tmp / f"full-{glue}.db"), repair_glued=glue)
            print(f"whole corpus, glue repair {'on ' if glue else 'off'}: {full['read']:.0f} rows read, "
                  f"{full['stored']:.0f} stored in {full['seconds']:.1f} s = "
                  f"{full['read'] / full['seconds']:.0f} articles/s; peak RSS {full['peak_mb']:.0f} MB")
        print("memory as input grows (CSV files only, copies under new URLs):")
        base = None
        for n in (1, 2, 4):
            result = _run_once(_copies(corpus, n, tmp), str(tmp / f"x{n}.db"))
            base = base or result["peak_mb"]
            print(f"  {n}x: {result['read']:.0f} rows, {result['read'] / result['seconds']:.0f} articles/s, "
                  f"peak RSS {result['peak_mb']:.0f} MB ({result['peak_mb'] / base:.2f}x of 1x)")


if __name__ == "__main__":
    main()
