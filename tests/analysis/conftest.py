"""Fixtures of the analysis tests: the hand-written store of fixture_store.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_store import build_store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 20-event fixture store (read-only use only)."""
    return build_store(tmp_path_factory.mktemp("store") / "events.duckdb")


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    """A store with the contract's tables but no events."""
    return build_store(tmp_path / "empty.duckdb", events=[])
