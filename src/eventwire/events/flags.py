"""The lexicon's true-or-false conditions on what a verb's object or that-clause is (``when:
{object_place: true}``, ``object_person``, ``object_any``, ``clause_condition``, ``clause_any``), or
whether it has an infinitive (``infinitive_any``; docs/lexicon.md), read by events/conditions.py and
checked as keys by events/lexicon.py."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.roles import children, direct_object
from eventwire.events.words import event_words
from eventwire.spans import is_to_infinitive

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def place_name(token: Token) -> bool:
    """A name the model tags as a place, or a proper name it leaves untagged ("captured Aleppo")."""
    return token.ent_type_ in _PLACE_ENTS or (token.pos_ == "PROPN" and not token.ent_type_)


def person_or_office(token: Token) -> bool:
    """A person's name or an office holder ("fired Comey", "sacked the army chief"): ``office_nouns``."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in event_words("office_nouns")


def any_object(token: Token) -> bool:
    """Any direct object: "warned NORTH KOREA", not "warned of the risk"."""
    return True


_CONDITIONS = frozenset({"if", "unless"})


def conditional_clause(clause: Token) -> bool:
    """A clause with a condition of its own: "that Peru's exports could suffer IF the talks failed"."""
    return any(c.lower_ in _CONDITIONS for a in children(clause, "advcl") for c in children(a, "mark"))


def infinitives(verb: Token) -> list[Token]:
    """Open complements, including to-infinitives the parser hangs as ccomp ("allowed X to return"):
    what the ``xcomp`` condition reads and the ``infinitive_any`` flag asks for."""
    infinitival = [c for c in children(verb, "ccomp") if is_to_infinitive(c)]
    return [*children(verb, "xcomp"), *infinitival]


def any_clause(clause: Token) -> bool:
    """Any that-clause: "demonstrated THAT SHE SHOULD BE GRANTED BAIL", not "demonstrated outside"."""
    return True


OBJECT_KINDS = {"object_place": place_name, "object_person": person_or_office, "object_any": any_object}
"""The lexicon's flags on what a verb's object names (``when: {object_place: true}``, or that it has
one at all: ``object_any``)."""
CLAUSE_KINDS = {"clause_condition": conditional_clause, "clause_any": any_clause}
"""The lexicon's flags on a verb's that-clause (``when: {clause_condition: true}``, or that it has
one at all: ``clause_any``)."""
INFINITIVE = "infinitive_any"
"""The lexicon's flag that a verb has an open complement ("declined TO WITHDRAW the book"), not
"exports declined"."""
FLAGS = frozenset(OBJECT_KINDS) | frozenset(CLAUSE_KINDS) | {INFINITIVE}


def flag_holds(key: str, verb: Token) -> bool:
    """Whether a flag of :data:`FLAGS` holds for ``verb``: one of its direct objects, or of its
    that-clauses, is of that kind, or it has an infinitive."""
    if key in OBJECT_KINDS:
        return any(OBJECT_KINDS[key](o) for o in direct_object(verb))
    if key == INFINITIVE:
        return bool(infinitives(verb))
    return any(CLAUSE_KINDS[key](c) for c in children(verb, "ccomp"))
