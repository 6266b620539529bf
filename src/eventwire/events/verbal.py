"""Violence verbs used of words: "Trump shot back that ...", "Schumer clashed with Trump" (lexicon.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import phrasal, roles
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import VerbalReadings
from eventwire.events.words import event_words

_PARTICLES = frozenset({"prt", "advmod"})
_NOT_REASONS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "LOC", "FAC"})
_LABEL_DEPS = frozenset({"pobj", "amod", "acomp"})  # "as a traitor", "as crooked"


def _key(frame: EventFrame) -> set[str]:
    if frame.nominal:
        lemma = frame.trigger.lemma_.lower()
        return {lemma} if lemma in event_words("verbal_attack_nouns") else set()
    return set(phrasal.phrasal_keys(frame.trigger, _PARTICLES))


def is_verbal(frame: EventFrame, readings: VerbalReadings) -> bool:
    """True when an assault frame (actors filled in) reports words rather than force: no actor is armed
    and its verb takes a that-clause, is done in one of the ``venues`` ("attacked the Fed on
    Twitter"), is told in words of speech ("a scathing attack", "attacked Clinton as crooked"), is
    between political actors only, or is a political actor's against an actor of its own country
    ("Trump attacked the Federal Reserve"). A noun of attack (``verbal_attack_nouns``) reads as its
    verb ("Trump's attacks on Clinton")."""
    if frame.sense.type != "ASSAULT" or not _key(frame) & readings.verbs:
        return False
    if frame.nominal and (frame.sense.mode or frame.sense.context):
        return False  # a kind of attack the lexicon knows ("a terrorist attack", "a rocket attack")
    if any(armed(a.code or "") for a in [*frame.source, *frame.target]):  # "UN peacekeepers"
        return False
    if _told_in_words(frame.trigger) or (not frame.nominal and _in_venue(frame, readings)):
        return True
    if not all(a.sector in readings.political_sectors for a in frame.source):
        return False
    if _blamed_for(frame.trigger):
        return True
    if not frame.target:
        return False
    political = all(a.sector in readings.political_sectors for a in frame.target)
    return political or _own_country(frame)


def armed(code: str) -> bool:
    """Forces, rebels, police, and militant groups of no state (CAMEO's IMG: "IMGISL")."""
    return code.endswith(("MIL", "REB", "COP")) or code.startswith("IMG")


def _told_in_words(trigger: Token) -> bool:
    """True when the trigger takes a that-clause ("shot back that ..."), a word of speech
    (``verbal_manners``: "a scathing attack", "publicly attacked") or a label ("attacked Clinton AS
    crooked"; on the trigger or on its object)."""
    manners = event_words("verbal_manners")
    if any(
        c.dep_ == "ccomp" or (c.dep_ in ("amod", "advmod") and c.lemma_.lower() in manners)
        for c in trigger.children
    ):
        return True
    labels = [c for h in (trigger, *roles.children(trigger, "dobj")) for c in h.children if c.lower_ == "as"]
    return any(c.dep_ == "prep" and any(g.dep_ in _LABEL_DEPS for g in c.children) for c in labels)


def _blamed_for(trigger: Token) -> bool:
    """True when a "for" phrase of a trigger with an object, or an "over" phrase, gives what the attack
    blames ("attacked the state FOR its sponsorship system", "clashed with the United States OVER
    civilian casualties"), not a time or a place ("continue to battle FOR his people's dream")."""
    times = event_words("spans_of_time") | event_words("moments")
    blamed = roles.children(trigger, "dobj")  # "attacked the state FOR its system", not "battle FOR"
    return any(
        o.ent_type_ not in _NOT_REASONS and o.lemma_.lower() not in times
        for p in roles.children(trigger, "prep")
        if p.lower_ == "over" or (p.lower_ == "for" and blamed)
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
    )


def _in_venue(frame: EventFrame, readings: VerbalReadings) -> bool:
    """True when a preposition of the verb places the act in words: "on Twitter", "in a speech"."""
    return any(o.lemma_.lower() in readings.venues for o in roles.objects_of_prepositions(frame.trigger))


def _own_country(frame: EventFrame) -> bool:
    """True when every target is of the source's one country and none has a sector of its own."""
    countries = {a.country for a in frame.source}
    return (
        len(countries) == 1
        and None not in countries
        and all(a.country in countries and a.sector is None for a in frame.target)
    )
