"""code_input: articles of one input go through the coder in batches, results in input order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from tests.fake_coder import FakeCoder

from eventwire.coder import code_input
from eventwire.models import Article, Event
from eventwire.settings import Settings


class _Recording(FakeCoder):
    """The fake coder, noting the size of each stream ``code_articles`` was given."""

    streams: ClassVar[list[int]] = []

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        batch = list(articles)
        self.streams.append(len(batch))
        return super().code_articles(batch)


def _write(path: Path, texts: list[str]) -> str:
    lines = [json.dumps({"id": f"a{i}", "text": t, "date": "2024-03-14"}) for i, t in enumerate(texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_articles_are_coded_in_batches_of_the_batch_size(tmp_path: Path) -> None:
    texts = [f"Peru met Chile in round {i}." for i in range(5)]
    _Recording.streams = []
    results = list(
        code_input(
            _write(tmp_path / "in.jsonl", texts), settings=Settings(batch_size=2), make_coder=_Recording
        )
    )
    assert _Recording.streams == [2, 2, 1]
    assert [r.where for r in results] == [f"{tmp_path / 'in.jsonl'}:{i}" for i in range(1, 6)]
    assert all(r.events and r.events[0].trigger == "met" for r in results)


def test_a_failing_article_does_not_fail_its_batch(tmp_path: Path) -> None:
    texts = ["Peru met Chile.", "Peru EXPLODE Chile.", "Iran accused Iraq."]
    results = list(code_input(_write(tmp_path / "in.jsonl", texts), make_coder=FakeCoder))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error and "fake coder failure" in results[1].error
    assert [e.trigger for r in results for e in r.events] == ["met", "accused"]


def test_rejects_and_repeats_keep_their_place_among_coded_articles(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": "Peru met Chile.", "date": "2024-03-14"})
    path.write_text(f"{good}\n{{broken\n{good}\n", encoding="utf-8")
    results = list(code_input(str(path), make_coder=FakeCoder))
    assert [r.error is not None for r in results] == [False, True, False]
    assert results[0].events and not results[2].events
    assert "same text" in results[2].warnings[0]


def test_no_coder_is_built_for_an_input_without_articles(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("{broken\n", encoding="utf-8")

    def refuse(settings: Settings) -> FakeCoder:
        raise AssertionError("the coder should not be built")

    results = list(code_input(str(path), make_coder=refuse))
    assert len(results) == 1 and results[0].error
