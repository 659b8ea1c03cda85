"""Score stories against gold event clusters: B-cubed, pairwise recall, shared stories.

GOLD is a JSON object ``{cluster name: [url, ...]}``; URLs are matched without
tracking parameters. B-cubed is computed over the articles GOLD names, two ways:

- ``bcubed``: each system story restricted to gold articles. Right when GOLD lists
  only some articles of each event (the 7 shared clusters), but blind to a story that
  also holds dozens of articles on other happenings: a system that lumps a whole
  day's sport into one story loses nothing as long as no two gold events meet.
- ``bcubed_strict``: precision counts every article of the story, those outside GOLD
  as other events. Right when GOLD lists every article of its events
  (tests/stories/data/gold_events.json was built by searching the whole corpus for
  each event); too harsh otherwise. Recall is the same both ways.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kabar.ingest.ids import normalize_url

if TYPE_CHECKING:
    from kabar.store import Database


def load_gold(path: Path) -> dict[str, list[str]]:
    """GOLD from a JSON file, or from a clusters directory (one folder of JSONs each)."""
    if path.is_dir():
        gold: dict[str, list[str]] = {}
        for folder in sorted(p for p in path.iterdir() if p.is_dir()):
            urls = []
            for file in sorted(folder.glob("*.json")):
                data = json.loads(file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("url"):
                    urls.append(str(data["url"]))
            if urls:
                gold[folder.name] = urls
        return gold
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: GOLD must be a JSON object of cluster -> list of URLs")
    return {str(k): [str(u) for u in v] for k, v in data.items()}


def bcubed(
    gold: Mapping[str, str], system: Mapping[str, Any], story_sizes: Mapping[Any, int] | None = None
) -> dict[str, float]:
    """B-cubed precision/recall/F1 of ``system`` (item -> story) against ``gold`` (item -> class).

    ``story_sizes``: each story's size for precision (default: its gold items only)."""
    items = [i for i in gold if i in system]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    by_story: dict[Any, list[str]] = {}
    by_class: dict[str, list[str]] = {}
    for item in items:
        by_story.setdefault(system[item], []).append(item)
        by_class.setdefault(gold[item], []).append(item)
    precision = recall = 0.0
    for item in items:
        same_story = by_story[system[item]]
        same_class = by_class[gold[item]]
        correct = sum(1 for other in same_story if gold[other] == gold[item])
        precision += correct / (story_sizes[system[item]] if story_sizes is not None else len(same_story))
        recall += correct / len(same_class)
    p, r = precision / len(items), recall / len(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "items": len(items)}


def bcubed_strict(gold: Mapping[str, str], system: Mapping[str, Any]) -> dict[str, float]:
    """B-cubed of ``system`` (every item it placed -> story) against ``gold``, counting
    the items of a story that ``gold`` does not name as wrong for precision."""
    return bcubed(gold, system, Counter(system.values()))


def pairwise_recall(gold: Mapping[str, str], system: Mapping[str, Any]) -> float:
    pairs = [
        (a, b) for a, b in combinations(sorted(i for i in gold if i in system), 2) if gold[a] == gold[b]
    ]
    if not pairs:
        return 1.0
    return float(sum(system[a] == system[b] for a, b in pairs)) / len(pairs)


def shared_stories(gold: Mapping[str, str], system: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Pairs of gold clusters that have articles in one system story."""
    classes_of: dict[Any, set[str]] = {}
    for item, cls in gold.items():
        if item in system:
            classes_of.setdefault(system[item], set()).add(cls)
    shared: set[tuple[str, str]] = set()
    for classes in classes_of.values():
        shared.update(combinations(sorted(classes), 2))
    return sorted(shared)


def evaluate(gold_urls: Mapping[str, list[str]], url_to_story: Mapping[str, Any]) -> dict[str, Any]:
    """All scores for one system assignment (normalised URL -> story)."""
    gold: dict[str, str] = {}
    missing: list[str] = []
    for cluster, urls in gold_urls.items():
        for url in urls:
            key = normalize_url(url)
            gold[key] = cluster
            if key not in url_to_story:
                missing.append(url)
    scores = bcubed(gold, url_to_story)
    return {
        "bcubed": scores,
        "bcubed_strict": bcubed_strict(gold, url_to_story),
        "pairwise_recall": pairwise_recall(gold, url_to_story),
        "shared_stories": shared_stories(gold, url_to_story),
        "gold_articles": len(gold),
        "missing": missing,
    }


# Distance thresholds tried for the baseline; its best (an oracle choice on the gold
# clusters, which flatters it) is reported.
BASELINE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
BASELINE_BODY_CHARS = 3000


def baseline_tree(texts: list[str]) -> tuple[Any, float]:
    """TF-IDF (first ``BASELINE_BODY_CHARS`` of each text) + average-linkage
    agglomerative clustering (scikit-learn/scipy): the linkage tree and the seconds it
    took. Memory and time grow with the square of the number of texts."""
    import time

    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    start = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True, min_df=2, max_df=0.5).fit_transform(
        [t[:BASELINE_BODY_CHARS] for t in texts]
    )
    sims = (matrix @ matrix.T).toarray()
    dist = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    del sims
    tree = linkage(squareform(dist, checks=False), method="average")
    return tree, time.perf_counter() - start


def baseline(
    ids: list[str], texts: list[str], gold_urls: Mapping[str, list[str]], id_to_url: Mapping[str, str]
) -> dict[str, Any]:
    """The baseline (:func:`baseline_tree`) cut at its best distance threshold; returns
    the scores at each threshold and the time."""
    from scipy.cluster.hierarchy import fcluster

    tree, fitted = baseline_tree(texts)
    results = []
    for threshold in BASELINE_THRESHOLDS:
        labels = fcluster(tree, t=threshold, criterion="distance")
        url_to_story = {normalize_url(id_to_url[i]): int(lab) for i, lab in zip(ids, labels, strict=True)}
        scores = evaluate(gold_urls, url_to_story)
        results.append({"threshold": threshold, "clusters": int(labels.max()), **scores})
    best = max(results, key=lambda r: r["bcubed"]["f1"])
    best_strict = max(results, key=lambda r: r["bcubed_strict"]["f1"])
    return {"seconds": fitted, "best": best, "best_strict": best_strict, "all": results}


def compare_with_baseline(database: Database, gold_urls: Mapping[str, list[str]]) -> dict[str, Any]:
    """kabar's clustering and the baseline side by side, on the same articles, both
    timed from article text: the stored articles published in the gold articles' time
    window (widened by the clusterer's ``MAX_SPAN`` on each side) plus the undated
    ones. kabar runs on a scratch copy of the store, so its stored stories are kept."""
    import tempfile
    import time

    from kabar.stories.cluster import MAX_SPAN, StoryClusterer

    keys = {normalize_url(u) for urls in gold_urls.values() for u in urls}
    articles = list(database.iter_articles())
    times = [a.published for a in articles if a.published and normalize_url(a.url or "") in keys]
    if times:
        low, high = min(times) - MAX_SPAN, max(times) + MAX_SPAN
        articles = [a for a in articles if a.published is None or low <= a.published <= high]
    ids = {a.id for a in articles}
    id_to_url = {a.id: a.url or "" for a in articles}
    with tempfile.TemporaryDirectory() as tmp:
        copy = database.copy_to(Path(tmp) / "copy.db")
        try:
            copy.clear_stories()
            start = time.perf_counter()
            StoryClusterer(copy).assign_pending(only=ids)
            seconds = time.perf_counter() - start
            rows = copy.conn.execute(
                "SELECT a.id, m.story_id FROM articles a JOIN story_members m ON m.article_id = a.id"
            ).fetchall()
        finally:
            copy.close()
    kabar = evaluate(gold_urls, {normalize_url(id_to_url[r[0]]): r[1] for r in rows if r[0] in ids})
    kabar.update(seconds=seconds, stories=len({r[1] for r in rows}))
    base = baseline(
        [a.id for a in articles], [a.title + "\n" + (a.clean_text or "") for a in articles],
        gold_urls, id_to_url,
    )
    return {
        "articles": len(articles),
        "window": [min(times).isoformat(), max(times).isoformat()] if times else None,
        "kabar": kabar,
        "baseline": base,
        "kabar_beats_baseline": {
            "f1": kabar["bcubed"]["f1"] > base["best"]["bcubed"]["f1"],
            "f1_strict": kabar["bcubed_strict"]["f1"] > base["best_strict"]["bcubed_strict"]["f1"],
            "time": seconds < base["seconds"],
        },
    }
