"""People's names read as names before the English model (nlp/names.py)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from eventwire.actors.lexicon import load_actor_lexicon
from eventwire.nlp.names import NAME_NORMS, PERSON_NORM, is_name_word, person_names
from eventwire.stage import ComponentNotInitializedError

_MONTHS = frozenset({"may", "june"})
_NAMES = frozenset({"trump", "rice", "may"})


def _marked(text: str) -> list[str]:
    doc = spacy.blank("en")(text)
    return [t.text for t in doc if is_name_word(t, _NAMES, _MONTHS)]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Trump reversed decades of policy.", ["Trump"]),
        ("Rice said TRUMP and trump are not names here.", ["Rice"]),
        # a month's name used as one is no name
        ("May said the talks began in May.", ["May"]),
        ("The talks began on May 5 and ran from April to May.", []),
    ],
)
def test_which_words_are_read_as_names(text: str, marked: list[str]) -> None:
    assert _marked(text) == marked


def test_people_s_names_are_words_that_name_nobody_else() -> None:
    names = person_names(load_actor_lexicon())
    assert {"trump", "putin", "rice"} <= names
    assert not {"king", "jordan", "general"} & names  # a title, a country, a title


def test_the_component_sets_the_norm_only() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(NAME_NORMS)
    with pytest.raises(ComponentNotInitializedError):
        nlp("Trump spoke.")
    nlp.get_pipe(NAME_NORMS).initialize(lambda: [], nlp=nlp)  # type: ignore[attr-defined]
    doc = nlp("Trump spoke to Rice.")
    assert [t.norm_ for t in doc] == [PERSON_NORM, "spoke", "to", PERSON_NORM, "."]
    assert [t.text for t in doc] == ["Trump", "spoke", "to", "Rice", "."]


@pytest.mark.model
def test_a_sentence_opening_with_a_surname_that_is_a_word_has_it_as_subject(coder: Any) -> None:
    doc = coder.nlp("Trump reversed decades of U.S. policy by recognizing Jerusalem as Israel's capital.")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "reversed")
