"""Hand-made Event records for the claims tests (no model)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from eventwire.events.cameo import cameo_info
from eventwire.models import Actor, Article, Attribution, Event
from eventwire.settings import Settings
from eventwire.store.db import Store

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


DENIAL = "Freedonia denied media reports that Sylvania had threatened to send soldiers over."


def _events() -> dict[str, list[Event]]:
    return {
        "a1": [
            event(DENIAL, "denied", "120", "FRE", None, article="a1", index=1),
            event(DENIAL, "threatened", "138", "SYLGOV", "FRE", article="a1", index=1, factuality="denied"),
            event(
                "Sylvanian envoys met Freedonian officials.",
                "met",
                "040",
                "SYLGOV",
                "FREGOV",
                article="a1",
                index=5,
                kind="anonymous",
                said_by="two sources",
            ),
        ],
        "a2": [
            event("Sylvania threatened to invade Freedonia.", "threatened", "138", "SYL", "FRE", article="a2")
        ],
    }


def make_store(path: Path) -> Path:
    """A store of two articles: a denied media report of a threat (a1) and the threat asserted (a2)."""
    coded = [
        (Article(id=article_id, text="x " * 50, title=f"title {article_id}"), None, events)
        for article_id, events in _events().items()
    ]
    with Store.open(path) as db:
        run = db.start_run(Settings(), ["test"], "local")
        db.write_batch(run, coded)
    return path
