"""Violence verbs used of words: "Trump shot back that ...", "Schumer clashed with Trump" (lexicon.yaml)."""

from __future__ import annotations

from eventwire.events import roles
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import VerbalReadings

_PARTICLES = frozenset({"prt", "advmod"})


def _key(frame: EventFrame) -> set[str]:
    return set(roles.phrasal_keys(frame.trigger, _PARTICLES))


def is_verbal(frame: EventFrame, readings: VerbalReadings) -> bool:
    """True when an assault frame (actors filled in) reports words rather than force: its verb takes a
    that-clause, or every actor on both sides is political and none is armed."""
    if frame.sense.type != "ASSAULT" or frame.nominal or not _key(frame) & readings.verbs:
        return False
    if any(c.dep_ == "ccomp" for c in frame.trigger.children):
        return True
    actors = [*frame.source, *frame.target]
    armed = any((a.code or "").endswith(("MIL", "REB", "COP")) for a in actors)  # "UN peacekeepers"
    return bool(frame.target) and not armed and all(a.sector in readings.political_sectors for a in actors)
