"""Hostile acts a rival tells of: "North Korea's foreign minister said Trump had declared war on
North Korea", "U.S. intelligence agencies said Russia hacked emails of senior Democrats".

Told by a speaker of the country it was done to (and not of the doer's), such an act is also the
speaker's charge against the doer (ACCUSE), as the wire gold codes it; the act itself stays. A report
by the doer's own side ("the Russian Defence Ministry said its bombers struck"), by a third country,
by an anonymous source, by the press, or "according to" someone adds nothing: those are news, not
charges. Nor does an act the classifier proposed, or one inside a clause that describes something
the speaker says.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.attribution.sources import NO_ATTRIBUTION
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import Sense

HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})  # attacks and uses of force
_SPEAKERS = frozenset({"official", "named"})  # not "anonymous", "media" or none
_ASIDES = frozenset({"relcl", "acl", "advcl"})


def _told(anchor: Token, verb: Token) -> bool:
    """True when ``anchor`` is what ``verb`` reports, not a clause that describes something in it
    ("said it had requested a U.S. air strike THAT KILLED scores of militants")."""
    node = anchor
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in _ASIDES and node.head.i != verb.i:
            return False
        node = node.head
    return node.i == verb.i


def _charge(frame: EventFrame, sense: Sense) -> EventFrame | None:
    """The speaker's charge of ``sense`` against the doers of ``frame``, if its report is one."""
    speaker, verb = frame.attribution_actor, frame.attribution.verb
    if speaker is None or verb is None or frame.attribution.head is None:
        return None
    if frame.proposed or frame.source_assumed:
        return None
    if frame.factuality != "asserted" or frame.sense.type not in HOSTILE_TYPES:
        return None
    if frame.attribution.kind not in _SPEAKERS:
        return None
    doers = {a.country for a in frame.source}
    if not speaker.country or not doers or None in doers or speaker.country in doers:
        return None
    if speaker.country not in {a.country for a in frame.target} or not _told(frame.anchor, verb):
        return None
    return EventFrame(
        trigger=verb,
        anchor=verb,
        sense=sense,
        source_heads=[frame.attribution.head],
        target_heads=[],
        fallback_heads=[],
        fallback_foreign=[],
        factuality="asserted",
        attribution=NO_ATTRIBUTION,
        source=[speaker],
        target=list(frame.source),
    )


def reported_charges(frames: Iterable[EventFrame], sense: Sense) -> list[EventFrame]:
    """The charges of ``sense`` (an accusation) that the hostile acts among ``frames`` imply, one
    per reporting verb and doer, none where the speaker already accuses the doer by that verb."""
    frames = list(frames)
    made: dict[tuple[int, str], EventFrame] = {
        (f.trigger.i, a.country or ""): f for f in frames if f.sense.type == sense.type for a in f.target
    }
    for frame in frames:
        charge = _charge(frame, sense)
        if charge is None:
            continue
        key = (charge.trigger.i, charge.target[0].country or "")
        if key not in made:
            made[key] = charge
    known = {id(f) for f in frames}
    return [f for f in made.values() if id(f) not in known]
