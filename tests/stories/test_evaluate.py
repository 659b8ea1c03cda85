"""B-cubed scores of kabar.stories.evaluate, checked against sums done by hand."""

from __future__ import annotations

import pytest

from kabar.ingest.ids import normalize_url
from kabar.stories.evaluate import bcubed, bcubed_strict, evaluate, pairwise_recall, shared_stories

# two gold events: a (3 articles), b (2); x and y are articles GOLD does not name
GOLD = {"a1": "a", "a2": "a", "a3": "a", "b1": "b", "b2": "b"}


def test_perfect_partition_scores_one_both_ways() -> None:
    system = {"a1": 1, "a2": 1, "a3": 1, "b1": 2, "b2": 2, "x": 3}
    for scores in (bcubed(GOLD, system), bcubed_strict(GOLD, system)):
        assert scores["precision"] == scores["recall"] == scores["f1"] == 1.0
        assert scores["items"] == 5


def test_strict_precision_counts_articles_outside_gold() -> None:
    # story 1 holds event a and two other articles; event b is split
    system = {"a1": 1, "a2": 1, "a3": 1, "x": 1, "y": 1, "b1": 2, "b2": 3}
    lenient, strict = bcubed(GOLD, system), bcubed_strict(GOLD, system)
    # lenient: every story is pure among gold articles
    assert lenient["precision"] == 1.0
    # recall: a's three articles 1 each, b's two 1/2 each -> 4/5
    assert lenient["recall"] == pytest.approx(0.8) and strict["recall"] == pytest.approx(0.8)
    # strict: a's articles 3/5 each, b's 1/1 each -> (3 * 0.6 + 2) / 5
    assert strict["precision"] == pytest.approx(0.76)
    assert strict["f1"] == pytest.approx(2 * 0.76 * 0.8 / 1.56)


def test_mixed_story_lowers_precision_both_ways() -> None:
    system = {"a1": 1, "a2": 1, "b1": 1, "a3": 2, "b2": 2}
    lenient = bcubed(GOLD, system)
    # a1, a2: 2/3; b1: 1/3; a3, b2: 1/2 -> (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5
    assert lenient["precision"] == pytest.approx((4 / 3 + 1 / 3 + 1) / 5)
    assert bcubed_strict(GOLD, system)["precision"] == pytest.approx(lenient["precision"])
    assert shared_stories(GOLD, system) == [("a", "b")]
    # pairs in gold: a1-a2, a1-a3, a2-a3, b1-b2; together: a1-a2 only
    assert pairwise_recall(GOLD, system) == pytest.approx(1 / 4)


def test_evaluate_matches_urls_without_tracking_and_lists_missing() -> None:
    gold_urls = {"a": ["https://x.id/a1?utm_source=wa", "https://x.id/a2"], "b": ["https://x.id/b1"]}
    # the keys are normalised URLs, as the CLI builds them
    url_to_story = {normalize_url(u): 1 for u in ("https://x.id/a1", "https://www.x.id/a2", "https://x.id/other")}
    result = evaluate(gold_urls, url_to_story)
    assert result["missing"] == ["https://x.id/b1"]
    assert result["bcubed"]["precision"] == 1.0
    assert result["bcubed_strict"]["precision"] == pytest.approx(2 / 3)
