"""The actor tests' shared fixture: one ActorResolver with the bundled tables loaded."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorResolver


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    r = ActorResolver()
    r.initialize()
    return r
