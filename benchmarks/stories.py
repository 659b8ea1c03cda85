"""Story clustering time per article and peak memory as the corpus grows.

    python benchmarks/stories.py [--db STORE] [--sizes 10000,100000,1000000]

The real articles of an ingested kabar store (``--db``; by default the shared corpus
is ingested into a temporary store first, without stories) are grown synthetically to
each size: copy ``k`` of the corpus is re-dated ``k`` x ``SHIFT_DAYS`` later (so the
stream spans ever more time, as a long-running deployment would) and lightly perturbed
(about one word in ten dropped, some neighbouring words swapped, every figure
changed), under new URLs. Each size runs in a fresh process on a fresh store: the
articles are written, then ``StoryClusterer.assign_pending`` is timed (features are
computed from text inside the timed part). Printed per size: clustering seconds,
milliseconds per article, the process's peak RSS, stories made and the largest number
of stories held open at once.

Time per article must stay about flat (no step compares all pairs) and memory must
follow the open-story working set, not the corpus. Up to ``--baseline-max`` articles
the TF-IDF + average-linkage baseline (:func:`kabar.stories.evaluate.baseline_tree`)
is timed on the same grown store in its own process, side by side.

Measured 2026-11-28 (``--db`` = the shared corpus ingested without stories, shared
2-core machine, nothing else running; features by the 2 worker processes; "worker MB"
is the larger worker's peak RSS; kabar/baseline = ratio of seconds in the same run).

Session 7 (same clustering, less time per article: term weights, centroids and index
terms sorted in C, a token's term cached, the opening gate stopping at the first close
opening), one run, nothing else of ours running:

    articles   seconds ms/article  peak MB worker MB  stories open max baseline s baseline MB kabar/baseline
       10000      10.6       1.06      180       157     7337     1820       14.2        2493           0.74
       20000      20.9       1.04      185       160    14920     2015       66.0        9429           0.32

Session 6 (the opening gate: features also weigh the body's first 300 characters and
a story keeps up to 30 members' openings; "sejak" dates), one run each, nothing else of
ours running but, during the 1M run, one 20-second test:

    articles   seconds ms/article  peak MB worker MB  stories open max baseline s baseline MB kabar/baseline
       10000      12.2       1.22      181       150     7320     1814       15.5        2493           0.78
       20000      22.8       1.14      187       154    14894     2015       58.4        9429           0.39
      100000     113.9       1.14      188       158    75692     2030          -           -              -
     1000000    1415.3       1.42      189       166   759378     2054          -           -              -

Session 5 (workers read and featurise their batch themselves, the clustering process
reads only article heads; undated articles reload only stories sharing 2+ terms), one
run, nothing else of ours running on the shared machine:

    articles   seconds ms/article  peak MB worker MB  stories open max baseline s baseline MB kabar/baseline
       10000      10.5       1.05      174       150     7119     1765       15.5        2493           0.67
       20000      21.2       1.06      180       153    14488     1964       74.8        9429           0.28
      100000     121.6       1.22      180       156    73723     1979          -           -              -

and 1M on the session's final code (with the series headline bar at 0.45), run alone:

     1000000    1341.3       1.34      183       159   741211     2004          -           -              -

(session 4's final code: 1,463.7 s, 1.46 ms/article, 201 MB).

Session 4, after the write path was batched (stories and memberships once per batch,
orjson) and the feature regexes sped up, before the same-speaker rule (which adds
about 5% to feature time):

    articles   seconds ms/article  peak MB worker MB  stories open max baseline s baseline MB kabar/baseline
       10000      10.2       1.02      190       144     7127     1765       14.3        2493           0.71
       20000      26.8       1.34      197       149    14496     1964       64.0        9429           0.42
      100000     119.0       1.19      197       152    73731     1979          -           -              -

and 1M on the final code of the session (with the same-speaker rule), run alone:

     1000000    1463.7       1.46      201       154   739594     1999          -           -              -

(session 3's code: 1738.6 s, 1.74 ms/article, 252 MB with a 64 MiB page cache).

Session 3's final code, 10k and 20k:

    articles   seconds ms/article  peak MB worker MB  stories open max baseline s baseline MB kabar/baseline
       10000      14.4       1.44      179       134     7012     1738       15.8        2493           0.91
       20000      28.2       1.41      183       138    14212     1909       58.5        9429           0.48

1M, in the run before (the same clustering, with a 64 MiB SQLite page cache that was
then dropped because it changed nothing but memory): 1738.6 s, 1.74 ms/article, peak
252 MB (about 65 MB of it the cache), worker 215 MB, 721,582 stories, at most 1,936
open; 10k 1.47 and 20k 1.36 ms/article (kabar/baseline 0.80 and 0.39) in that run.
Without the cache and before the feature speed-ups: 10k 1.46, 100k 1.51, 1M 1.77
ms/article at 178 / 182 / 185 MB.

The baseline's memory grows with the square of the articles (9.4 GB at 20k): at 40k
it would not fit this 24 GB machine. kabar's memory is flat from 10k to 1M; time per
article grows ~18% from 10k to 1M, all of it past ~500k articles (1.4 -> 1.9 ms per
article over the second half of the run, the grown store then ~8-12 GB; cause not
found: the page cache was not it). Before the pending articles were read a page at a
time, the main process held ~657 MB at 1M (every pending id and date at once) and
each worker ~616 MB (forked after it).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The shared corpus covers about a month; copies are shifted by this much so that
# they do not overlap in time.
SHIFT_DAYS = 35

_CHILD = r"""
import json, random, re, resource, sys, time
from dataclasses import replace
from datetime import timedelta
from kabar.store import Database
from kabar.stories import cluster as C

base_path, out_path, size, shift_days = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
base = Database(base_path)
articles = [a for a in base.iter_articles() if a.published is not None]
base.close()
rng = random.Random(size)

def perturb(text):
    words = text.split(" ")
    words = [w for w in words if rng.random() > 0.1]
    for _ in range(max(1, len(words) // 50)):
        i = rng.randrange(max(1, len(words) - 1))
        words[i:i + 2] = words[i:i + 2][::-1]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), " ".join(words))

db = Database(out_path)
run = db.start_run(["benchmark"])
written = 0
with_copies = 0
while written < size:
    copy = written // len(articles)
    with db.transaction() as conn:
        for a in articles[written % len(articles):][: min(2000, size - written)]:
            if copy == 0:
                new = a
            else:
                text = perturb(a.clean_text or a.text)
                new = replace(a, id=f"{a.id}-{copy}", url=f"{a.url}?copy={copy}", title=perturb(a.title),
                              text=text, clean_text=text, published=a.published + timedelta(days=shift_days * copy))
            db.put_article(conn, new, run)
            written += 1
base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
clusterer = C.StoryClusterer(db)
peak_open = 0
hold = clusterer._hold
def counting_hold(story):
    global peak_open
    hold(story)
    peak_open = max(peak_open, len(clusterer.open))
clusterer._hold = counting_hold
start = time.perf_counter()
done = clusterer.assign_pending()
seconds = time.perf_counter() - start
stories = db.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
print(json.dumps({"articles": done, "seconds": seconds, "ms_per_article": 1000 * seconds / max(1, done),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "rss_before_clustering_mb": base_rss, "stories": stories, "peak_open_stories": peak_open}))
"""


# The TF-IDF + agglomerative baseline on the same grown store, in its own process (its
# own peak memory): all pairs, so only up to this many articles by default.
_BASELINE_CHILD = r"""
import json, resource, sys
from kabar.store import Database
from kabar.stories.evaluate import baseline_tree
db = Database(sys.argv[1])
texts = [a.title + "\n" + (a.clean_text or "") for a in db.iter_articles()]
db.close()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
_tree, seconds = baseline_tree(texts)
print(json.dumps({"seconds": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_before_mb": before}))
"""


def _ingest_shared(tmp: Path) -> Path:
    code = (
        "import sys\nfrom kabar.pipeline import IngestOptions, ingest_paths\nfrom kabar.store import Database\n"
        "db = Database(sys.argv[1])\n"
        "ingest_paths([sys.argv[2]], db, IngestOptions(stories=False))\n"
    )
    path = tmp / "base.db"
    corpus = REPO.parent / "shared" / "corpus" / "indonews-2025-06"
    subprocess.run([sys.executable, "-c", code, str(path), str(corpus)], check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an ingested kabar store to grow (default: ingest ../shared)")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--baseline-max", type=int, default=20000,
                        help="also time the TF-IDF + agglomerative baseline up to this many articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = Path(args.db) if args.db else _ingest_shared(tmp)
        print(f"{'articles':>9} {'seconds':>9} {'ms/article':>10} {'peak MB':>8} {'worker MB':>9} {'stories':>8} "
              f"{'open max':>8} {'baseline s':>10} {'baseline MB':>11} {'kabar/baseline':>14}")
        for size in (int(s) for s in args.sizes.split(",")):
            out = tmp / f"grown-{size}.db"
            proc = subprocess.run(
                [sys.executable, "-c", _CHILD, str(base), str(out), str(size), str(SHIFT_DAYS)],
                check=True, capture_output=True, text=True,
            )
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            side_out = "" if size > args.baseline_max else subprocess.run(
                [sys.executable, "-c", _BASELINE_CHILD, str(out)], check=True, capture_output=True, text=True,
            ).stdout.strip().splitlines()[-1]
            b = json.loads(side_out) if side_out else None
            side = (f"{b['seconds']:>10.1f} {b['peak_rss_mb']:>11.0f} {r['seconds'] / b['seconds']:>14.2f}" if b
                    else f"{'-':>10} {'-':>11} {'-':>14}")
            print(f"{r['articles']:>9} {r['seconds']:>9.1f} {r['ms_per_article']:>10.2f} "
                  f"{r['peak_rss_mb']:>8.0f} {r['peak_rss_worker_mb']:>9.0f} {r['stories']:>8} "
                  f"{r['peak_open_stories']:>8} {side}", flush=True)
            out.unlink()


if __name__ == "__main__":
    main()
