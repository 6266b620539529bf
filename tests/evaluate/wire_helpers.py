"""Hand-made wire gold records and coded events for the scorer's tests (no model needed)."""

from __future__ import annotations

from eventwire.evaluate.wiregold import GoldActor, GoldEvent, GoldSentence
from eventwire.models import Actor, Event


def actor(code: str) -> Actor:
    """An actor from a CAMEO-like code: ``FRAGOV`` (country + sector), ``IGOUNO``, ``REB``."""
    if code.startswith(("IGO", "NGO")):
        return Actor(text=code, sector=code[:3], code=code)
    country = code[:3] if len(code) >= 3 and code[:3] not in ("REB", "CVL", "GOV") else None
    sector = code[3:] if country else code
    return Actor(text=code, country=country, sector=sector or None, code=code)


def event(
    kind: str,
    source: list[str],
    target: list[str],
    sentence: str,
    factuality: str = "asserted",
    date: str | None = "2016-05-04",
) -> Event:
    return Event(
        event_id=f"{kind}{source}{target}",
        article_id="a",
        event_type=kind,  # type: ignore[arg-type]
        cameo="010",
        quad_class=1,
        goldstein=0.0,
        source=[actor(c) for c in source],
        target=[actor(c) for c in target],
        date=date,
        factuality=factuality,  # type: ignore[arg-type]
        trigger=kind.lower(),
        sentence=sentence,
        sentence_index=0,
        span=(0, len(sentence)),
        trigger_span=(0, 1),
        confidence=0.9,
    )


def gold(
    types: list[str],
    src: list[tuple[str | None, str | None]] | None,
    tgt: list[tuple[str | None, str | None]] | None,
    factuality: str = "asserted",
    core: bool = True,
    date: str | None = "2016-05-04",
) -> GoldEvent:
    return GoldEvent(
        types=tuple(types),
        src=tuple(GoldActor(c, s) for c, s in src or []),
        tgt=tuple(GoldActor(c, s) for c, s in tgt or []),
        factuality=factuality,
        core=core,
        trigger="t",
        date=date,
    )


def sentence(text: str, *events: GoldEvent, s: int = 1, article: str = "a") -> GoldSentence:
    return GoldSentence(article, f"title {article}", "2016-05-05", s, text, tuple(events))
