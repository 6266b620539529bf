"""People's names read as names before the English model (nlp/names.py)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from eventwire.actors.lexicon import load_actor_lexicon
from eventwire.nlp.names import (
    NAME_NORMS,
    PERSON_NORM,
    PeopleNames,
    name_positions,
    people_names,
    surnames_named,
)
from eventwire.stage import ComponentNotInitializedError

_MONTHS = frozenset({"may", "june"})
_NAMES = frozenset({"trump", "rice", "may"})


def _marked(text: str) -> list[str]:
    doc = spacy.blank("en")(text)
    return [doc[i].text for i in name_positions(doc, [t.text for t in doc], _NAMES, _MONTHS)]


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
    names = people_names(load_actor_lexicon())
    assert {"trump", "putin", "rice"} <= names.words
    assert not {"king", "jordan", "general"} & names.words  # a title, a country, a title
    assert ("theresa", "may") in names.full
    assert "may" not in names.words  # only her full name is listed


def test_the_names_of_officials_are_not_normed() -> None:
    from eventwire.actors.lexicon import Entry, Lexicon

    lexicon = Lexicon()
    lexicon.add("Donald Trump", Entry("person", "Donald Trump", "USA", "GOV"))
    lexicon.add("Trump", Entry("person", "Donald Trump", "USA", "GOV"))
    lexicon.add("Ted Cruz", Entry("person", "Ted Cruz", "USA", "LEG"))
    lexicon.add("Cruz", Entry("person", "Ted Cruz", "USA", "LEG"))
    names = people_names(lexicon, unnormed=frozenset({"Ted Cruz"}))
    assert names == PeopleNames(frozenset({"trump"}), frozenset({("donald", "trump")}))
    assert "cruz" in people_names(lexicon).words


def test_the_surnames_of_full_names_in_the_doc_are_names() -> None:
    doc = spacy.blank("en")("Theresa May met Jeremy Hunt in May. May said Young people would vote.")
    texts = [t.text for t in doc]
    assert surnames_named(texts, frozenset({("theresa", "may"), ("jeremy", "hunt")})) == {"may", "hunt"}
    names = frozenset({"may", "hunt"})
    assert name_positions(doc, texts, names, _MONTHS) == [1, 4, 8]  # not "in May"


def test_a_text_may_end_on_a_full_name() -> None:
    texts = ["The", "statement", "was", "signed", "by", "Theresa", "May"]  # no full stop
    assert surnames_named(texts, frozenset({("theresa", "may")})) == {"may"}


def test_the_component_sets_the_norm_only() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(NAME_NORMS)
    with pytest.raises(ComponentNotInitializedError):
        nlp("Trump spoke.")
    nlp.get_pipe(NAME_NORMS).initialize(lambda: [], nlp=nlp)  # type: ignore[attr-defined]
    doc = nlp("Trump spoke to Rice and Theresa May. May said no.")
    norms = [PERSON_NORM, "spoke", "to", PERSON_NORM, "and", "theresa", PERSON_NORM, ".", PERSON_NORM]
    assert [t.norm_ for t in doc][:9] == norms
    assert doc.text == "Trump spoke to Rice and Theresa May. May said no."


@pytest.mark.model
def test_a_sentence_opening_with_a_surname_that_is_a_word_has_it_as_subject(coder: Any) -> None:
    doc = coder.nlp("Trump reversed decades of U.S. policy by recognizing Jerusalem as Israel's capital.")
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "reversed")
