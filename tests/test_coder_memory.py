"""A coded article's Doc is freed as soon as its events are made, not at the next garbage collection."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from spacy.tokens import Doc

pytestmark = pytest.mark.model

STORY = (
    "BRASILIA (Reuters) - Brazil's foreign minister met his Argentine counterpart in Brasilia on "
    "Monday. Police arrested twelve protesters outside the ministry, officials said."
)


def _live_docs() -> int:
    return sum(isinstance(o, Doc) for o in gc.get_objects())


def test_docs_do_not_wait_for_the_collector(coder: Any) -> None:
    articles = [coder.article(STORY, date="2024-05-06", article_id=f"a{i}") for i in range(3)]
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        before = _live_docs()
        coded = list(coder.code_articles(articles))
        after = _live_docs()
    finally:
        if collecting:
            gc.enable()
    assert [len(events) > 0 for _, events in coded] == [True, True, True]
    assert after == before
