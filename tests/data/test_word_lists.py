"""data/*/words.yaml: every list the code reads is there, well formed, and checked on load."""

from __future__ import annotations

import pytest

from eventwire.actors.words import ACTOR_WORD_LISTS, actor_words
from eventwire.data import load_yaml, parse_word_lists
from eventwire.errors import DataFileError
from eventwire.events.words import EVENT_WORD_LISTS, event_words


def test_every_list_loads() -> None:
    assert "decade" in event_words("spans_of_time") and "communique" in event_words("messages")
    assert "thousands" in actor_words("quantity_heads") and "jr." in actor_words("name_suffixes")
    for folder, names in (("events", EVENT_WORD_LISTS), ("actors", ACTOR_WORD_LISTS)):
        assert set(load_yaml(folder, "words.yaml")) == names


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"spans": ["year"], "extra": ["x"]}, "unknown lists"),
        ({}, "missing lists"),
        ({"spans": []}, "non-empty"),
        ({"spans": ["Year"]}, "capitalised"),
        ({"spans": [True]}, "yes/no"),
        ({"spans": ["year", "year"]}, "twice"),
        (["year"], "mapping"),
    ],
)
def test_malformed_lists_are_refused(raw: object, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_word_lists(raw, frozenset({"spans"}), "test/words.yaml")
