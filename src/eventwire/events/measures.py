"""What an object measures, carries or pays for: "tons OF AID", "a mission OF OBSERVERS", "$639 million
IN AID", "30 million euros IN FUNDING" (the lexicon's ``containers`` and words.yaml's
``sums_of_money``), read by the event extractor's ``object`` and ``subject`` conditions."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.words import event_words


def contents(nouns: list[Token], containers: frozenset[str]) -> list[Token]:
    """The "of" nouns of those ``nouns`` that are containers ("tons of aid": aid), and the "in" or "of"
    nouns of sums of money ("$639 million in aid", "30 million euros in funding": aid, funding)."""
    sums = event_words("sums_of_money")
    held = [n for n in nouns if n.lemma_.lower() in containers or n.lemma_.lower() in sums]
    return [p for n in held for prep in measure_preps(n) for p in roles.prep_objects(n, prep)]


_NUMBERS = frozenset({"million", "billion", "trillion"})  # "$639 million IN aid", "$160 million OF funding"


def measure_preps(container: Token) -> tuple[str, ...]:
    """The prepositions of what a container holds: "in" for a bare number of a sum ("of" after one
    is part of a budget), "in" or "of" for a currency, "of" for anything else."""
    lemma = container.lemma_.lower()
    if lemma in _NUMBERS:
        return ("in",)
    return ("in", "of") if lemma in event_words("sums_of_money") else ("of",)


def objects_through_containers(
    token: Token, containers: frozenset[str], event_nouns: Container[str] = ()
) -> list[Token]:
    """Direct objects, the "of" noun of a container object ("tons of aid": aid), what a sum is "in"
    and the nouns that classify an object ("mediation efforts": mediation), unless the object is one
    of ``event_nouns`` (a light verb's "missile attack" is an attack, not a missile; "violated the
    ceasefire agreement" still reads "ceasefire")."""
    objects = roles.direct_object(token)
    objects += [c for o in objects for c in o.conjuncts]  # "photographs and other intelligence"
    kinds = [c for o in objects if o.lemma_.lower() not in event_nouns for c in roles.children(o, "compound")]
    return [*objects, *contents(objects, containers), *kinds, *_paid_for(token, objects)]


def _paid_for(verb: Token, objects: list[Token]) -> list[Token]:
    """What a sum of money object is "in" when the parser hangs the phrase on the verb ("cut 20
    million dollars [in aid]")."""
    sums = event_words("sums_of_money")
    return roles.prep_objects(verb, "in") if any(o.lemma_.lower() in sums for o in objects) else []
