"""One initialised gazetteer for the places tests."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    gaz.initialize()
    return gaz
