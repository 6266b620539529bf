"""Events of a phrase counted from the clause it hangs on: "the outburst came A DAY AFTER Trump
recognized Jerusalem" (the recognition was a day before the outburst), "met on Monday, THREE DAYS
AFTER Israel struck Gaza" (Friday), "two weeks before the vote". The phrase's own time, if it has
one, comes first (:func:`eventwire.temporal.event.event_date`); this is the next best."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.temporal.lexicon import load_lexicon

_DAYS_PER_UNIT = {"day": 1, "week": 7}


def _preposition(anchor: Token) -> tuple[Token, Token] | None:
    """("after" or "before", the word the phrase hangs on) for an event that is the phrase's object
    ("a day after THE VOTE") or its clause ("a day after Trump RECOGNIZED Jerusalem")."""
    words = load_lexicon().counted_prepositions
    head = anchor.head
    if anchor.dep_ in ("pobj", "pcomp") and head.lower_ in words and head.dep_ == "prep":
        return head, head.head
    if anchor.dep_ == "advcl":
        marks = [c for c in anchor.children if c.dep_ == "mark" and c.lower_ in words]
        return (marks[0], head) if marks else None
    return None


def _count(unit: Token) -> int | None:
    """The number of a unit word: "THREE days", "A day", "10 weeks"; None for a vague one ("a few days")."""
    lexicon = load_lexicon()
    numbers = lexicon.numbers
    if any(child.lower_ in lexicon.vague_counts for child in unit.children):
        return None
    for child in unit.children:
        if child.dep_ in ("nummod", "det") and child.i < unit.i:
            word = child.lower_
            return int(word) if word.isdigit() else numbers.get(word)
    return None


def counted_days(anchor: Token) -> tuple[Token, int, str] | None:
    """(the verb or noun the phrase is counted from, the days from its date to the event's, the words
    that count) for an event of a counted phrase, or None. The parser hangs the unit word ("days") on
    the preposition, on the phrase's verb, or, right before the preposition, on the verb it hangs on."""
    found = _preposition(anchor)
    if found is None:
        return None
    preposition, governor = found
    units = [c for w in (preposition, anchor) for c in w.children if c.dep_ == "npadvmod"]
    units += [c for c in governor.children if c.dep_ == "npadvmod" and c.i == preposition.i - 1]
    for unit in units:
        per_unit = _DAYS_PER_UNIT.get(unit.lemma_.lower())
        count = _count(unit) if per_unit is not None else None
        if per_unit is not None and count is not None:
            direction = load_lexicon().counted_prepositions[preposition.lower_]
            text = unit.doc[unit.left_edge.i : preposition.i + 1].text
            return governor, direction * count * per_unit, text
    return None
