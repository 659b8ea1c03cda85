"""Speed guards as ratios measured in one run: four times the input must cost well
under sixteen times as much (no quadratic blow-up). A loaded machine slows both sides
alike, so these do not flake the way wall-clock limits do; absolute speed lives in
``benchmarks/``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

# Linear work on 4x the input costs ~4x; quadratic ~16x. 8x leaves room for noise.
MAX_RATIO = 8.0
# Below this (seconds) timings are noise: the small run is floored to it. (At 0.01 a
# run of 0.018 s on 100,000 digits against 0.10 s on 400,000, the machine loaded by two
# other jobs, failed; alone the two take 0.018 s and 0.071 s.)
FLOOR = 0.02


def grows_linearly(fn: Callable[[str], Any], make: Callable[[int], str], n: int) -> float:
    """Assert that ``fn`` on ``make(n)`` costs under ``MAX_RATIO`` times its cost on
    ``make(n // 4)``; return the seconds of the large run (the best of two)."""

    def cost(size: int) -> float:
        text = make(size)
        started = time.perf_counter()
        fn(text)
        return time.perf_counter() - started

    # the best of two on both sides: a pause of the shared machine inflates one run,
    # not the growth
    small = max(min(cost(n // 4) for _ in range(2)), FLOOR)
    large = min(cost(n) for _ in range(2))
    assert large < MAX_RATIO * small, f"{n} chars took {large:.2f}s, {n // 4} took {small:.2f}s"
    return large
