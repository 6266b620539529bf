"""What an event is, decided in three steps (docs/architecture.md):

1. :func:`verb_sense` / :func:`noun_sense` -- the lexicon sense a trigger is read in (events stage);
2. :func:`event_type` -- the sense once the actors are known, or no event (actors stage);
3. :func:`event_code` -- the record's CAMEO code and PLOVER type, with factuality (coder).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.conditions import kind_nouns
from eventwire.events.cues import load_factuality_cues
from eventwire.events.factuality import intent_code
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense, VerbalReadings, cameo_info
from eventwire.events.verbal import armed, is_verbal
from eventwire.events.words import event_words

Holds = Callable[[Mapping[str, object]], bool]


def _never() -> bool:
    return False


def verb_sense(
    senses: tuple[Sense, ...],
    holds: Holds,
    *,
    constrained_only: bool = False,
    yields: Callable[[], bool] = _never,
) -> Sense | None:
    """The sense of a verb trigger: the first whose ``when`` ``holds``; else, unless ``constrained_only``
    (reporting verbs: "declared a state of siege", not "declared that") or ``yields()`` (a light verb
    handing over to its event noun: "hold talks"), the first sense without a ``when``."""
    for sense in senses:
        if sense.when and holds(sense.when):
            return sense
    if constrained_only or yields():
        return None
    return next((s for s in senses if not s.when), None)


def noun_sense(senses: tuple[Sense, ...], holds: Holds) -> Sense | None:
    """The sense of a noun trigger: the first that has no ``when`` or whose ``when`` ``holds``."""
    return next((s for s in senses if not s.when or holds(s.when)), None)


def event_type(frame: EventFrame, readings: VerbalReadings | None) -> Sense | None:
    """The sense a frame codes once its actors are filled in, or None when it codes no event.

    A violence verb used of words ("shot back that ...") takes the lexicon's verbal reading; a frame
    needs a source actor, a judgement of a thing ("said the talks had failed": a common noun
    that names no actor) is no event, and neither is a meeting or visit whose every source is a
    civilian or a refugee, nor an investigation by the media; a state's "protest" is criticism and
    its "strike" an attack; an exercise of two states is military cooperation and forces sent for
    disaster relief are aid (the PLOVER manual's MOBILIZE ambiguities); backing forces or fighters
    is military aid, ordering one's own forces to a place a mobilisation. Another sense without a
    target is kept: its record's confidence says how vague it is (the sense's prior, lowered for the
    missing target), for ``min_confidence`` to judge.
    """
    sense = readings.sense if readings is not None and is_verbal(frame, readings) else frame.sense
    if not frame.source or (frame.judgement and not frame.target and _of_things(frame)):
        return None
    if sense.type == "CONSULT" and all(a.sector in _PRIVATE_SECTORS for a in frame.source):
        return None  # "migrants have arrived in Europe", "doctors who visited him": no one is consulted
    if sense.mode == "investigate" and all(a.sector == "MED" for a in frame.source):
        return None  # "a Reuters investigation found": a newsroom's reporting, not a political act
    if sense.type == "PROTEST" and frame.trigger.lemma_.lower() == "protest" and of_the_state(frame):
        return replace(sense, type="ACCUSE", cameo="111", mode="disapprove", context=None)
    if sense.mode == "strike" and not sense.when and frame.trigger.pos_ == "NOUN" and _states_strike(frame):
        return replace(sense, type="ASSAULT", cameo="190", mode=None, context="military")
    if sense.type == "CONCEDE" and _regrets_anothers_act(frame):
        return replace(sense, type="ACCUSE", cameo="111", mode="disapprove", context=None)
    if sense.type == "REQUEST" and _forces_sent(frame):
        return replace(sense, type="MOBILIZE", cameo="154", mode=None, context="military")
    if sense.type == "SUPPORT" and _backs_fighters(frame):
        return replace(sense, type="AID", cameo="072", mode=None, context="military")
    if sense.type == "MOBILIZE" and _joint_exercise(frame):
        return replace(sense, type="COOPERATE", cameo="062", mode=None, context="military")
    if sense.type == "MOBILIZE" and _for_relief(frame.trigger):
        return replace(sense, type="AID", cameo="073", mode=None, context="humanitarian")
    return sense


def _regrets_anothers_act(frame: EventFrame) -> bool:
    """True for regret over an act another party owns ("regretted BRITAIN'S decision to leave",
    "expressed regret over INDIA'S military action", "regrets the U.S. move"): disapproval, not an
    apology, which is told to someone ("expressed regret TO Seoul") or of one's own act ("regrets
    its decision"). The act's owner is a name, and every target is of another country."""
    trigger = frame.trigger
    if trigger.lemma_.lower() != "regret" or not frame.target:
        return False
    if _phrase_on(trigger, "to"):  # "expressed regret TO Seoul"
        return False
    acts = [
        *roles.children(trigger, "dobj"),
        *(o for p in ("over", "about", "at") for o in roles.prep_objects(trigger, p)),
    ]
    owned = any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in roles.ACTOR_ENTS
        for a in acts
        for c in a.children
    )
    own = {a.country for a in frame.source}
    return owned and all(a.country and a.country not in own for a in frame.target)


def _states_strike(frame: EventFrame) -> bool:
    """True when every source of a strike the lexicon could not tell apart is a state, its
    government or its forces ("Trump ordered the strikes", "Israel refrained from further strikes"):
    an attack, not a stoppage of work, which workers, unions, civilians and even police stage; nor
    one whose kind a common noun or an adjective of ``labour_strike_adjectives`` names ("a French
    rail strike", "a general strike")."""
    labour = event_words("labour_strike_adjectives")
    adjectives = [c for c in frame.trigger.children if c.dep_ == "amod" and c.lemma_.lower() in labour]
    kinds = kind_nouns(frame.trigger) or adjectives
    return not kinds and all(a.country and a.sector in _STRIKING_SECTORS for a in frame.source)


_STRIKING_SECTORS = frozenset({"GOV", "MIL", None, ""})


def _for_relief(trigger: Token) -> bool:
    """True for forces sent for relief after a disaster ("deployed 2,000 troops to help victims of the
    typhoon", "deployed soldiers to search for survivors of the earthquake"): a purpose or "for" phrase
    of the trigger names a disaster or relief. The PLOVER manual: "Mobilizing police or military
    forces for disaster relief should be coded as AID"."""
    relief, disasters = event_words("relief_words"), event_words("natural_causes")
    purposes = [
        c
        for c in trigger.children
        if c.dep_ in ("xcomp", "advcl") or (c.dep_ == "prep" and c.lower_ == "for")
    ]
    lemmas = (t.lemma_.lower() for p in purposes for t in p.subtree)
    return any(w in relief or w in disasters for w in lemmas)


def _forces_sent(frame: EventFrame) -> bool:
    """True for a state ordering its own forces to a place ("Maduro ordered troops to the coast",
    "ordered warships into the Gulf"; ``sending_orders``, its targets all of its own country's
    military or police, a "to" or "into" phrase and no act to do there): a mobilisation, not a
    demand."""
    trigger = frame.trigger
    if trigger.lemma_.lower() not in event_words("sending_orders") or roles.children(trigger, "xcomp"):
        return False
    if not any(p.lower_ in ("to", "into", "toward", "towards") for p in roles.children(trigger, "prep")):
        return False
    countries = {a.country for a in frame.source if a.country}
    forces = [a for a in frame.target if a.sector in ("MIL", "COP") and a.country in countries]
    return bool(frame.target) and len(forces) == len(frame.target)


def _backs_fighters(frame: EventFrame) -> bool:
    """True for backing given to forces or fighters ("militias backed by a U.S.-led coalition",
    "Russia supports the Syrian army", "its support for separatists"; ``backing_acts``): military
    aid, as the wire gold codes it, not political support. Praise of an army stays support."""
    if frame.trigger.lemma_.lower() not in event_words("backing_acts"):
        return False
    return bool(frame.target) and all(armed(a.code or "") for a in frame.target)


def _joint_exercise(frame: EventFrame) -> bool:
    """True for a military exercise held by the forces of two or more states ("French and Egyptian
    warships launched war games") or by one with another ("Russia held exercises with Belarus"): the
    PLOVER manual's "joint military operations are coded as COOPERATE but single-country exercises
    should be coded as MOBILIZE". A state named as the target another way ("exercises near the
    border with Ukraine") is the one the show of force is aimed at."""
    trigger = frame.trigger
    if trigger.lemma_.lower() not in event_words("exercise_nouns"):
        return False
    sides = [*frame.source, *(frame.target if _phrase_on(trigger, "with") else [])]
    return len({a.country for a in sides if a.country}) >= 2


def _phrase_on(trigger: Token, preposition: str) -> bool:
    """True when a ``preposition`` phrase hangs on the trigger or on the verb it is the object of
    ("exercises WITH Belarus", "expressed regret TO Seoul")."""
    holders = (trigger, trigger.head) if trigger.dep_ == "dobj" else (trigger,)
    return any(c.dep_ == "prep" and c.lower_ == preposition for h in holders for c in h.children)


def of_the_state(frame: EventFrame) -> bool:
    """True when every source is an organ of a state (government, forces, legislature, courts,
    police). Its "protest" is an objection it lodges, which the
    PLOVER manual codes ACCUSE 'disapprove' (a PROTEST "presumes significant physical/material
    activity"), as the wire gold does ("China lodged a diplomatic protest", "German lawmakers have
    protested": 10 of 10)."""
    return all(a.sector in _STATE_SECTORS for a in frame.source)


_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


# Civilians and refugees hold no political meetings or visits: the wire gold codes 4 of its 989
# meetings from them (docs/accuracy.md, Session 32).
_PRIVATE_SECTORS = frozenset({"CVL", "REF"})


def _of_things(frame: EventFrame) -> bool:
    """True when every phrase a judgement is about is headed by a common noun ("the talks")."""
    return all(h.pos_ == "NOUN" for h in frame.target_heads)


@dataclass(frozen=True)
class EventCode:
    """The coding of one event record: PLOVER type, mode and context, CAMEO code, QuadClass, Goldstein."""

    event_type: str
    mode: str | None
    context: str | None
    cameo: str
    quad_class: int
    goldstein: float


def event_code(sense: Sense, factuality: str, announced: bool = True, offered: bool = False) -> EventCode:
    """The record's coding: a planned act is coded as the intent, offer, concession or threat it
    amounts to (CAMEO 03x/08x/13x, dropping the sense's mode; an offer only when ``offered``, a
    concession or a threat only when ``announced`` by its own side: :func:`factuality.intent_code`),
    else the sense's own CAMEO code. The PLOVER type is the sense's own with its own code (it differs
    from the code's only for the manual's documented exceptions, ``ontology.TYPE_EXCEPTIONS``: an
    apology is CONCEDE under CAMEO 055), else the one the new code maps to."""
    cameo = intent_code(sense.type, factuality, announced, offered) or sense.cameo
    info = cameo_info(cameo)
    own = cameo == sense.cameo
    return EventCode(
        event_type=sense.type if own else (info.plover_type or sense.type),
        mode=sense.mode if own else None,
        context=sense.context or info.context,
        cameo=cameo,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
    )


def announced_by_source(frame: EventFrame) -> bool:
    """True when the claim's speaker is of the event's source side: a country, or the same actor
    ("Radical French farmers said they would blockade Paris", "KCNA said its army would fire")."""
    speaker = frame.attribution_actor
    if speaker is None:
        return False
    own = {a.country for a in frame.source if a.country} | {a.code for a in frame.source if a.code}
    return speaker.country in own or speaker.code in own


def offered(frame: EventFrame) -> bool:
    """True when the act is what its actor says it is willing to do: the to-infinitive of a
    ``willingness_words`` adjective ("Syria is WILLING to withdraw", "ready to make concessions")."""
    act = roles.first_conjunct(frame.trigger)
    willing = load_factuality_cues().willingness_words
    return act.dep_ == "xcomp" and act.head.lemma_.lower() in willing
