"""Reactions a subject caused: "Trump sparked outrage in Mexico", "the decision sparked criticism from
China" (the lexicon's ``causing_verbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import phrasal, roles
from eventwire.events.lexicon import Lexicon

REACTING_PREPS = ("among", "from", "in")  # who reacts to what a causing verb's subject did


def reacting_actors(noun: Token, verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who reacts in a noun event that a causing verb carries: the objects of the noun's or the
    verb's "among", "from" or "in" phrase ("stirred outrage AMONG Palestinians"); [] when ``verb``
    causes nothing or no phrase names them (the noun is then read as any other)."""
    if not lexicon.causing_verbs.intersection(phrasal.phrasal_keys(verb)):
        return []
    return [o for w in (noun, verb) for p in REACTING_PREPS for o in roles.prep_objects(w, p)]
