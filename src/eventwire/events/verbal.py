"""Violence verbs used of words: "Trump shot back that ...", "Schumer clashed with Trump" (lexicon.yaml)."""

from __future__ import annotations

from eventwire.events import roles
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import VerbalReadings

_PARTICLES = frozenset({"prt", "advmod"})


def _key(frame: EventFrame) -> set[str]:
    return set(roles.phrasal_keys(frame.trigger, _PARTICLES))


def is_verbal(frame: EventFrame, readings: VerbalReadings) -> bool:
    """True when an assault frame (actors filled in) reports words rather than force: no actor is armed
    and its verb takes a that-clause, is done in one of the ``venues`` ("attacked the Fed on
    Twitter"), is between political actors only, or is a political actor's against an actor of its
    own country ("Trump attacked the Federal Reserve")."""
    if frame.sense.type != "ASSAULT" or frame.nominal or not _key(frame) & readings.verbs:
        return False
    actors = [*frame.source, *frame.target]
    if any((a.code or "").endswith(("MIL", "REB", "COP")) for a in actors):  # "UN peacekeepers"
        return False
    if any(c.dep_ == "ccomp" for c in frame.trigger.children) or _in_venue(frame, readings):
        return True
    if not frame.target or not all(a.sector in readings.political_sectors for a in frame.source):
        return False
    political = all(a.sector in readings.political_sectors for a in frame.target)
    return political or _own_country(frame)


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
