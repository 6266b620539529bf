"""A blank line always starts a new sentence, even after an abbreviation."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def test_a_paragraph_break_after_an_abbreviation_splits_sentences(coder: Any) -> None:
    text = "Exports rose 5 pct in Jan.\n\nMexican police arrested three men.\nThey were released later."
    events = coder.code(text, date="2021-06-10")
    assert [(e.event_type, e.sentence_index) for e in events] == [("COERCE", 1)]
    assert events[0].sentence.startswith("Mexican police")


def test_the_paragraph_component_runs_before_the_parser(coder: Any) -> None:
    names = coder.nlp.pipe_names
    assert names.index("eventwire_paragraphs") < names.index("parser")
