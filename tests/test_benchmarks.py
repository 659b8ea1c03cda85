"""The benchmarks' own code, run small: a benchmark that no longer follows the stage
it measures fails here, not on the day someone wants its figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kabar.analyze.stage import AnalyzeOptions, analyze_article
from kabar.cli import demo_corpus_dir
from kabar.pipeline import IngestOptions, ingest_paths
from kabar.store import Database

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_analyze_benchmark_times_every_component_of_the_stage(tmp_path: Path) -> None:
    bench = _load("analyze")
    with Database(tmp_path / "demo.db") as db:
        ingest_paths([demo_corpus_dir()], db, IngestOptions(stories=False))
        articles = list(db.iter_articles())[:3]
    spent = bench._components(articles)
    assert set(spent) == set(bench.COMPONENTS)
    assert all(seconds > 0 for seconds in spent.values())
    # the articles hold names: the stage finds them, and the benchmark's NER step ran the models
    assert any(analyze_article(a, AnalyzeOptions()).entities for a in articles)
    assert spent["ner"] > spent["sentences"]
