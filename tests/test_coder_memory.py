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


def _renamed(text: str, suffix: str) -> str:
    return " ".join(w + suffix if w[:1].isupper() and w.isalpha() else w for w in text.split(" "))


def test_new_words_of_a_stream_are_freed_once_its_events_are_made(coder: Any, monkeypatch: Any) -> None:
    """Each run of articles is coded in a spaCy memory zone: the names and numbers a stream brings
    leave no strings behind, and the events are those of articles coded one by one."""
    import eventwire.coder

    texts = [_renamed(STORY, suffix) for suffix in ("qa", "qb", "qc", "qd", "qe")]
    articles = [coder.article(text, date="2024-05-06", article_id=f"z{i}") for i, text in enumerate(texts)]
    alone = [coder.code_article(article) for article in articles]
    before = len(coder.nlp.vocab.strings)
    monkeypatch.setattr(eventwire.coder, "ZONE_ARTICLES", 2)
    streamed = [events for _, events in coder.code_articles(articles)]
    assert streamed == alone
    assert all(streamed)
    assert len(coder.nlp.vocab.strings) == before
