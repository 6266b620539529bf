"""Who reacts to what a causing verb's subject did (events/reactions.py; sentences written here)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.lexicon import load_lexicon
from eventwire.events.reactions import reacting_actors

pytestmark = pytest.mark.model


def _reacting(nlp: Any, sentence: str, noun: str, verb: str) -> list[str]:
    doc = nlp(sentence)
    words = {t.text: t for t in doc}
    return [t.text for t in reacting_actors(words[noun], words[verb], load_lexicon())]


@pytest.mark.parametrize(
    ("sentence", "noun", "verb", "reacting"),
    [
        ("Peru stirred outrage among Chilean lawmakers.", "outrage", "stirred", ["lawmakers"]),
        ("The decision sparked criticism from Chile.", "criticism", "sparked", ["Chile"]),
        # no phrase names who reacts, or the verb causes nothing
        ("The raid sparked clashes on the border.", "clashes", "sparked", []),
        ("Peru voiced outrage among friends.", "outrage", "voiced", []),
    ],
)
def test_reacting_actors(nlp: Any, sentence: str, noun: str, verb: str, reacting: list[str]) -> None:
    assert _reacting(nlp, sentence, noun, verb) == reacting
