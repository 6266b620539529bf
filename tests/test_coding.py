"""The one way a failed article is reported (CLI, batch and server alike): a line, never a traceback."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator

import pytest

from eventwire.coding import build_coder, code_or_report, failure_reason
from eventwire.errors import InputError
from eventwire.ingest import prepare_article
from eventwire.models import Article, Event
from eventwire.settings import DEFAULT_SETTINGS, Settings


class _Raising:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def code_article(self, article: Article) -> list[Event]:
        raise self.exc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        raise self.exc


def test_an_input_error_is_its_own_message() -> None:
    assert failure_reason(InputError("the article is empty")) == "the article is empty"


def test_a_bug_names_its_class_and_asks_for_a_report() -> None:
    reason = failure_reason(KeyError("lemma"))
    assert reason == "coding failed (KeyError: 'lemma'); please report this as a bug"


def test_code_or_report_turns_an_exception_into_a_reason() -> None:
    article = prepare_article("Peru met Chile.", date="2024-03-14")[0]
    events, reason = code_or_report(_Raising(ZeroDivisionError("division by zero")), article)
    assert events == []
    assert reason == "coding failed (ZeroDivisionError: division by zero); please report this as a bug"


def test_the_built_coder_is_frozen_out_of_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.coder

    class Loaded:
        def __init__(self, settings: Settings) -> None:
            self.tables = [{"city": "Lima"} for _ in range(100)]

    monkeypatch.setattr(eventwire.coder, "Coder", Loaded)
    gc.unfreeze()
    try:
        coder = build_coder(DEFAULT_SETTINGS)
        assert isinstance(coder, Loaded)
        assert gc.get_freeze_count() >= len(coder.tables)
    finally:
        gc.unfreeze()


def test_the_collector_is_off_only_while_the_coder_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.coder

    class Loaded:
        def __init__(self, settings: Settings) -> None:
            self.collecting = gc.isenabled()

    monkeypatch.setattr(eventwire.coder, "Coder", Loaded)
    assert gc.isenabled()
    try:
        coder = build_coder(DEFAULT_SETTINGS)
        assert isinstance(coder, Loaded) and not coder.collecting
        assert gc.isenabled()
    finally:
        gc.unfreeze()
