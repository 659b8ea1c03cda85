"""Shared fixtures. Data in ../shared is optional: tests that need it skip cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared data directory; skips the test when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / "indonews-2025-06"
    if not path.is_dir():
        pytest.skip("../shared/corpus/indonews-2025-06 is absent")
    return path


@pytest.fixture(scope="session")
def clusters_dir(shared_dir: Path) -> Path:
    path = shared_dir / "clusters"
    if not path.is_dir():
        pytest.skip("../shared/clusters is absent")
    return path


@pytest.fixture(scope="session")
def ner_dir(shared_dir: Path) -> Path:
    path = shared_dir / "ner"
    if not path.is_dir():
        pytest.skip("../shared/ner is absent")
    return path
