"""Cooperative acts an actor refuses: what it says it will not do, does not do as a standing position,
or has no wish to do becomes PLOVER REJECT, asserted (used by :mod:`eventwire.events.extract`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.cues import FactualityCues, load_factuality_cues
from eventwire.events.factuality import PRESENT_TAGS, do_aux, has_aux, negated_token
from eventwire.events.lexicon import Sense
from eventwire.events.unrealised import refused_stance
from eventwire.models import Factuality

_STANCES = frozenset({"SUPPORT"})  # a stance, not an occasion: "said they did not support" still holds


def _reported_past_do(verb: Token) -> bool:
    """ "did not support" reported by a past speech verb: the speaker's "we do not support" in the
    past tense of reported speech."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.tag_ == "VBD" and do_aux(verb, frozenset({"VBD"}))


def _negated_predicate(verb: Token) -> bool:
    """ "pleaded NOT guilty": the verb predicates an adjective that "not" negates."""
    return any(roles.children(a, "neg") for a in roles.children(verb, "acomp", "oprd"))


def _stance_above(anchor: Token, cues: FactualityCues) -> bool:
    """The act, or the gerund whose object the event noun is ("no interest in pursuing TALKS"), is one
    its actor has no wish to do (:func:`eventwire.events.unrealised.refused_stance`)."""
    if refused_stance(anchor, cues):
        return True
    return anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and refused_stance(anchor.head, cues)


def as_refusal(sense: Sense, value: Factuality, anchor: Token) -> tuple[Sense, Factuality]:
    """A cooperative act the actor says it will not do ("Syria will not accept more refugees"), does
    not do as a standing position ("the government does not recognize the vote", and in reported
    speech "said they did not support the inquiry") or has no wish to do ("has no intention of
    stepping down", "is not willing to negotiate") is a refusal it asserts: PLOVER REJECT with the
    CAMEO 12x code of ``refusal_codes``, and so is one whose predicate "not" negates ("pleaded NOT
    guilty" refuses the charges a plea of guilty concedes). Past negation ("did not meet") stays a
    negated event."""
    cues = load_factuality_cues()
    code = cues.refusal_codes.get(sense.type)
    if code is None:
        return sense, value
    refusal = replace(sense, type="REJECT", cameo=code, mode=None, context=None)
    if value == "asserted" and _negated_predicate(anchor):
        return refusal, "asserted"
    if value == "negated" and _stance_above(anchor, cues):
        return refusal, "asserted"
    future = has_aux(anchor, cues.future_auxiliaries | {"would"}) or do_aux(anchor, PRESENT_TAGS)
    future = future or (sense.type in _STANCES and _reported_past_do(anchor))
    if value != "negated" or not future or not negated_token(anchor, cues):
        return sense, value
    return refusal, "asserted"
