"""When a lexicon sense's ``when`` holds for a trigger (see the header of data/events/lexicon.yaml).

A verb's conditions read its objects, complements, prepositions, particle, subject, that-clauses and
negation; a noun's read the prepositions attached to it, the verb it is the subject of, and whether a
state's name modifies it.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping

from spacy.tokens import Token

from eventwire.events import flags, phrasal, roles
from eventwire.events.measures import contents, objects_through_containers
from eventwire.spans import of_time


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _as_set(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, Iterable):
        return {str(v) for v in value}
    return set()


_AIMING_PREPS = frozenset({"at", "toward", "towards", "into", "against"})


def _aimed_on_object(verb: Token) -> list[Token]:
    """The prepositions of aim the parser hung on a verb's object ("launched 100 drones TOWARDS
    Israel"), which belong to the verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        p for o in roles.direct_object(verb) for p in roles.children(o, "prep") if p.lower_ in _AIMING_PREPS
    ]


def holds(
    when: Mapping[str, object],
    token: Token,
    containers: frozenset[str] = frozenset(),
    event_nouns: Container[str] = (),
) -> bool:
    for key, want in when.items():
        flag = _flag(key, token)
        if flag is not None:
            if flag != bool(want):
                return False
            continue
        wanted = _as_set(want)
        if key == "object":
            have = _lemmas(objects_through_containers(token, containers, event_nouns))
        elif key == "xcomp":
            have = _lemmas(flags.infinitives(token))
        elif key == "xcomp_object":
            have = _lemmas(roles.xcomp_objects(token))
        elif key == "prep":  # "fired ON Friday" is no "fired on"
            preps = roles.prepositions(token) + _aimed_on_object(token)
            have = {c.lower_ for c in preps if not of_time(c)}
        elif key == "prep_object":
            have = _lemmas(roles.objects_of_prepositions(token))
        elif key == "subject":
            heads = roles.subject(token)
            nouns = [*heads, *contents(heads, containers)]
            have = _lemmas(m for h in nouns for m in (h, *roles.children(h, "amod", "compound")))
        elif key == "subject_of":  # "the strike destroyed a boat"
            have = {token.head.lemma_.lower()} if token.dep_ in ("nsubj", "nsubjpass") else set()
        elif key == "clause_aux":
            have = {a.lower_ for c in roles.children(token, "ccomp") for a in roles.children(c, "aux")}
        elif key == "particle":
            have = {c.lower_ for c in token.children if c.dep_ in phrasal.PARTICLE_DEPS}
        else:
            return False
        if not have & wanted:
            return False
    return True


FLAG_KEYS = frozenset({"negated", "state_modifier"}) | flags.FLAGS  # true or false, not lemmas


def _flag(key: str, token: Token) -> bool | None:
    """Whether the true-or-false condition ``key`` holds for ``token``; None for a lemma condition."""
    if key == "negated":
        return bool(roles.children(token, "neg"))
    if key == "state_modifier":  # "a U.S. strike", "Israel's strikes": a state's, not a union's
        return _state_modified(token)
    if key in flags.FLAGS:  # "seized Damascus", "warned that ... if": what the object or clause is
        return flags.flag_holds(key, token)
    return None


_STATE_ENTS = frozenset({"GPE", "NORP"})


def _state_modified(noun: Token) -> bool:
    """True when a modifier or owner of ``noun`` names a country or its people ("a U.S. strike",
    "Russian strikes", "Israel's strike") and no common noun says what kind it is ("a French rail
    strike", "Greek port strikes": whose workers)."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return not kind_nouns(noun) and any(c.ent_type_ in _STATE_ENTS for c in mods)


def kind_nouns(noun: Token) -> list[Token]:
    """The common nouns before ``noun`` that say what kind it is ("a RAIL strike", "PORT strikes")."""
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]


def holds_for_noun(when: Mapping[str, object], noun: Token) -> bool:
    """``when`` holds for a noun trigger, or for the verb it is the object of, since the parser
    often hangs a noun's phrase on its verb ("opened a hearing Wednesday INTO the legality")."""
    return holds(when, noun) or (noun.dep_ == "dobj" and holds(when, noun.head))
