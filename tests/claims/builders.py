"""Hand-made Event records for the claims tests (no model)."""

from __future__ import annotations

import hashlib

from eventwire.events.cameo import cameo_info
from eventwire.models import Actor, Attribution, Event

SECTORS = {"GOV", "MIL", "MED", "CVL", "REB", "COP"}


def actor(code: str, text: str | None = None) -> Actor:
    country = code[:3] if len(code) >= 3 and code[:3] not in SECTORS else None
    sector = code[3:] or None if country else code
    return Actor(text=text or code, country=country, sector=sector, code=code)


def event(
    sentence: str,
    trigger: str,
    cameo: str,
    source: str | None,
    target: str | None,
    *,
    article: str = "a1",
    index: int = 0,
    date: str | None = "2017-02-01",
    factuality: str = "asserted",
    kind: str = "none",
    said_by: str | None = None,
    said_by_code: str | None = None,
) -> Event:
    info = cameo_info(cameo)
    offset = index * 1000
    at = sentence.index(trigger)
    attribution = Attribution.model_validate(
        {"text": said_by, "kind": kind, "actor": actor(said_by_code, said_by) if said_by_code else None}
    )
    ident = hashlib.sha1(f"{article}|{index}|{trigger}|{cameo}".encode()).hexdigest()[:16]
    return Event.model_validate(
        dict(
            event_id=ident,
            article_id=article,
            event_type=info.plover_type,
            cameo=cameo,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            source=[actor(source)] if source else [],
            target=[actor(target)] if target else [],
            date=date,
            date_precision="day" if date and len(date) == 10 else ("month" if date else None),
            factuality=factuality,
            attribution=attribution,
            trigger=trigger,
            sentence=sentence,
            sentence_index=index,
            span=(offset, offset + len(sentence)),
            trigger_span=(offset + at, offset + at + len(trigger)),
            confidence=0.8,
        )
    )
