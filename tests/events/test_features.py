"""feature_words: the classifier's words, read from the document's columns, are those its Tokens give."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.features import EMPTY, NAME_TYPES, feature_words, lexicon_types
from eventwire.events.lexicon import Lexicon, load_lexicon

pytestmark = pytest.mark.model

_TEXT = (
    "Russia's Foreign Minister Sergei Lavrov accused the United States on Tuesday of violating "
    "the 2015 deal. "
    "Twelve protesters were killed and 3,000 more stepped up attacks in Aleppo, the U.N. said. "
    '"We condemn it," he told reporters at the White House.  \n\nThen talks broke down; ...'
)


def _from_tokens(tokens: Any, lexicon: Lexicon) -> list[str]:
    """The same words read Token by Token."""
    words: list[str] = []
    for token in tokens:
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ in NAME_TYPES:
            if token.ent_iob_ == "B":
                words.append(token.ent_type_)
            continue
        words.append("NUM" if token.like_num else (token.lemma_ or token.text).lower())
        words.extend(f"LEX_{t}" for t in sorted(lexicon_types(token, lexicon)))
    return words or [EMPTY]


def test_feature_words_are_those_of_the_tokens(nlp: Any) -> None:
    lexicon = load_lexicon()
    doc = nlp(_TEXT)
    for sent in doc.sents:
        assert feature_words(sent, lexicon) == _from_tokens(sent, lexicon)
    assert feature_words(doc, lexicon) == _from_tokens(doc, lexicon)
    assert feature_words(doc[0:0], lexicon) == [EMPTY]
    words = feature_words(doc, lexicon)
    assert {"GPE", "PERSON", "NUM", "LEX_ACCUSE"} <= set(words)  # names, numbers and lexicon types are read
