"""Typed records that flow through the pipeline: Article in, Event out.

Every model is immutable (``frozen``) so that a record handed to a user, a store or an
exporter cannot be changed behind the pipeline's back.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Factuality = Literal["asserted", "negated", "denied", "planned", "hypothetical"]
AttributionKind = Literal["named", "anonymous", "official", "media", "none"]
DatePrecision = Literal["day", "week", "month", "season", "year"]
DateSource = Literal["clause", "sentence", "article", "publication"]
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
FACTUALITY: tuple[str, ...] = get_args(Factuality)
ATTRIBUTION_KINDS: tuple[str, ...] = get_args(AttributionKind)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Dateline(_Frozen):
    """The wire dateline that opens an article ("MEXICO CITY (Reuters) -")."""

    place: str | None = None
    agency: str | None = None
    text: str = ""


class Article(_Frozen):
    """One news article. ``text`` is the full text; spans in events index into it."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    dateline: Dateline | None = None
    body_start: int = 0
    truncated_from: int | None = Field(default=None, description="original length when the text was cut")


class Actor(_Frozen):
    """One actor of an event: a country, a sector within it, an organisation or a person."""

    text: str
    name: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    sector: str | None = None
    code: str | None = None
    role: str | None = None


class Location(_Frozen):
    text: str
    name: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    region: str | None = None
    source: Literal["clause", "dateline", "article"] = "clause"


class Attribution(_Frozen):
    text: str | None = None
    actor: Actor | None = None
    kind: AttributionKind = "none"


class Event(_Frozen):
    """One coded event with the evidence that supports it."""

    event_id: str
    article_id: str
    event_type: EventType
    mode: str | None = None
    context: str | None = None
    cameo: str
    quad_class: int = Field(ge=1, le=4)
    goldstein: float = Field(ge=-10, le=10)
    source: list[Actor]
    target: list[Actor]
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    date_approximate: bool = False
    date_source: DateSource | None = None
    location: Location | None = None
    factuality: Factuality = "asserted"
    attribution: Attribution = Attribution()
    trigger: str
    sentence: str
    sentence_index: int = Field(ge=0)
    span: tuple[int, int]
    trigger_span: tuple[int, int]
    confidence: float = Field(ge=0, le=1)
