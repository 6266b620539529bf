"""Plural anaphors that point back at a coordinated group: "the two", "both", "the two leaders"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.words import actor_words
from eventwire.spans import labelled_children

_NUMBERS = {"two": 2, "three": 3, "both": 2, "pair": 2}


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)


def group_size(head: Token) -> int | None:
    """How many members a plural anaphor headed by ``head`` refers back to; None if it is not one.

    "the two" / "the three" / "the pair" / "both" standing alone, or a generic plural noun counted or
    marked by "both" ("the two leaders", "both sides"). "two of the ..." is a quantity, not an anaphor.
    """
    word = head.lower_
    if any(c.lower_ == "of" for c in labelled_children(head, ("prep",))):
        return None
    if word in _NUMBERS and head.pos_ in ("NUM", "PRON", "DET", "NOUN"):
        if word == "both" or _definite(head):
            return _NUMBERS[word]
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() not in actor_words("group_nouns") or head.tag_ != "NNS":
        return None
    for child in head.children:
        number = _NUMBERS.get(child.lower_)
        if number is None:
            continue
        if child.lower_ == "both" or (child.dep_ == "nummod" and _definite(head)):
            return number
    return None
