"""The lexicon keys of a verb: its lemma with a particle ("step down", "plead guilty") before the bare
lemma, read from the parse once per document."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.spans import labelled_children

PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "acomp", "oprd"})  # "plead guilty", "was found guilty"


_KEPT_KEYS = "eventwire.phrasal_keys"  # Doc.user_data: each verb's keys with the particle labels


def phrasal_keys(verb: Token, deps: frozenset[str] = PARTICLE_DEPS) -> tuple[str, ...]:
    """The lexicon keys a verb may have: "lemma particle" readings first ("step down", "pull
    out", "come under"), then the bare lemma. With ``PARTICLE_DEPS`` (the events, learned and
    actors stages ask for most verbs' keys more than once), kept per document in ``Doc.user_data``."""
    if deps is not PARTICLE_DEPS:
        return _phrasal_keys(verb, deps)
    kept = verb.doc.user_data.get(_KEPT_KEYS)
    if kept is None:
        kept = verb.doc.user_data[_KEPT_KEYS] = {}
    found = kept.get(verb.i)
    if found is None:
        found = kept[verb.i] = _phrasal_keys(verb, deps)
    return found


def _phrasal_keys(verb: Token, deps: frozenset[str]) -> tuple[str, ...]:
    lemma = verb.lemma_.lower()
    particles = [
        c for c in labelled_children(verb, deps) if c.dep_ != "oprd" or not labelled_children(c, ("neg",))
    ]
    words = [*particles, *small_clauses(verb)]  # not "was found NOT guilty"
    return (*(f"{lemma} {c.lower_}" for c in words), lemma)


def small_clauses(verb: Token) -> list[Token]:
    """Adjectives the parser heads a clause of the verb's object with ("found Le Pen GUILTY")."""
    adjectives = [c for c in labelled_children(verb, ("ccomp",)) if c.pos_ == "ADJ"]
    return [c for c in adjectives if labelled_children(c, ("nsubj",)) and not labelled_children(c, ("neg",))]
