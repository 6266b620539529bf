"""The matching rule of the wire gold (``../shared/gold/ANNOTATION.md``, "How it is scored").

A coded event and an annotated one are compared through :class:`Candidate`, so the same rule scores
the coder against the gold and one annotator against another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.evaluate.wiregold import GoldActor, GoldEvent
from eventwire.models import Actor, Event

SWAPPABLE = frozenset({"CONSULT", "COOPERATE", "AGREE"})
MIN_OVERLAP = 0.6
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Candidate:
    """An event to be matched: its types, factuality, and the keys (countries, sectors, code
    prefixes) of its source and target actors."""

    types: tuple[str, ...]
    factuality: str
    src: frozenset[str]
    tgt: frozenset[str]
    src_sectors: frozenset[str] = frozenset()
    date: str | None = None
    label: str = ""


def words(text: str) -> frozenset[str]:
    """The set of lower-cased letter/digit words of ``text``."""
    return frozenset(_WORD.findall(text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def best_sentence(sentence: str, gold_sentences: Sequence[frozenset[str]]) -> int | None:
    """Index of the gold sentence whose word set overlaps ``sentence``'s most (Jaccard >= 0.6), or None."""
    own = words(sentence)
    scored = [(jaccard(own, g), -i) for i, g in enumerate(gold_sentences)]
    best = max(scored, default=(0.0, 0))
    return -best[1] if best[0] >= MIN_OVERLAP else None


def _actor_keys(actors: Iterable[Actor]) -> frozenset[str]:
    keys: set[str] = set()
    for actor in actors:
        keys.update(k for k in (actor.country, actor.sector, (actor.code or "")[:3]) if k)
    return frozenset(keys)


def _gold_keys(actors: Iterable[GoldActor]) -> frozenset[str]:
    return frozenset(k for a in actors for k in (a.country, a.sector) if k)


def describe_actors(codes: Iterable[str | None]) -> str:
    return "/".join(c for c in codes if c) or "-"


def from_event(event: Event) -> Candidate:
    """A coded event as a candidate."""
    return Candidate(
        types=(event.event_type,),
        factuality=event.factuality,
        src=_actor_keys(event.source),
        tgt=_actor_keys(event.target),
        src_sectors=frozenset(a.sector for a in event.source if a.sector),
        date=event.date,
        label=f"{event.event_type} {describe_actors(a.code for a in event.source)}"
        f"->{describe_actors(a.code for a in event.target)} ({event.factuality}, {event.trigger!r})",
    )


def gold_label(event: GoldEvent) -> str:
    def side(actors: tuple[GoldActor, ...]) -> str:
        return describe_actors((a.org or a.country or "?") + (a.sector or "") for a in actors)

    types = "|".join(event.types)
    return f"{types} {side(event.src)}->{side(event.tgt)} ({event.factuality}, {event.trigger!r})"


def from_gold(event: GoldEvent) -> Candidate:
    """An annotated event as a candidate (for agreement between two annotators)."""
    return Candidate(
        types=event.types,
        factuality=event.factuality,
        src=_gold_keys(event.src),
        tgt=_gold_keys(event.tgt),
        src_sectors=frozenset(a.sector for a in event.src if a.sector),
        date=event.date,
        label=gold_label(event),
    )


def side_ok(gold: tuple[GoldActor, ...], keys: frozenset[str]) -> bool:
    """A gold side that names no country is not checked; else one of its countries must be a key."""
    countries = {a.country for a in gold if a.country}
    return not countries or bool(countries & keys)


def matches(candidate: Candidate, gold: GoldEvent, type_only: bool = False) -> bool:
    """The candidate's type is acceptable and (unless ``type_only``) both sides agree, either way round
    for CONSULT, COOPERATE and AGREE."""
    types = set(candidate.types) & set(gold.types)
    if not types:
        return False
    if type_only or (side_ok(gold.src, candidate.src) and side_ok(gold.tgt, candidate.tgt)):
        return True
    return bool(types & SWAPPABLE) and side_ok(gold.src, candidate.tgt) and side_ok(gold.tgt, candidate.src)
