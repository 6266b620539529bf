"""Typed request and response bodies of the HTTP API (they make the OpenAPI spec precise)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eventwire.models import Article, Event

MarkKind = Literal["trigger", "source", "target"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(_Body):
    code: str = Field(description="machine-readable error code, e.g. invalid_request, not_found")
    message: str = Field(description="one-line human-readable explanation")


class ErrorResponse(_Body):
    error: ErrorDetail


class CodeRequest(_Body):
    text: str = Field(min_length=1, description="full article text, optionally opening with a wire dateline")
    date: str | None = Field(default=None, max_length=64, description="publication date, e.g. 2017-02-01")
    title: str | None = Field(default=None, max_length=1000)
    min_confidence: float = Field(
        default=0.0, ge=0.0, le=1.0, description="leave out events whose confidence is below this"
    )


class Mark(_Body):
    """A highlighted stretch of one sentence: offsets are relative to the sentence text."""

    kind: MarkKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    event_id: str


class SentenceView(_Body):
    """One sentence that carries events, with its position in the article text."""

    index: int = Field(ge=0, description="sentence index within the article")
    text: str
    start: int | None = Field(description="offset of the sentence in the article text, when found")
    event_ids: list[str]
    marks: list[Mark]


class CodeResponse(_Body):
    article: Article
    events: list[Event]
    sentences: list[SentenceView]
    warnings: list[str] = Field(
        default_factory=list, description="one line per caveat: text truncated, text not English"
    )


class HealthResponse(_Body):
    status: Literal["ok"]
    version: str
    store: bool = Field(description="whether an event store is configured")
    coder_loaded: bool
    max_body_bytes: int
    max_article_chars: int = Field(description="longer articles are truncated")
    max_sentence_chars: int = Field(description="an article is cut inside a longer run-on sentence")


class EventPage(_Body):
    total: int = Field(ge=0, description="number of events matching the filters")
    limit: int
    offset: int
    events: list[Event]


class StoredArticle(_Body):
    id: str
    title: str | None
    date: dt.date | None
    text: str
    dateline_place: str | None
    agency: str | None


class ArticleResponse(_Body):
    article: StoredArticle
    events: list[Event]
    sentences: list[SentenceView]


class TrendPoint(_Body):
    period: dt.date = Field(description="first day of the day, week (Monday) or month")
    events: int
    goldstein_mean: float | None
    quad_counts: list[int] = Field(min_length=4, max_length=4, description="events per quad class 1..4")


class TrendResponse(_Body):
    source: str
    target: str
    by: Literal["day", "week", "month"]
    both_directions: bool
    points: list[TrendPoint]


class NetworkNode(_Body):
    id: str
    label: str = Field(description="what the actor code means, e.g. 'United States - government'")
    examples: list[str] = Field(default=[], description="names most often found under the code")
    country: str | None
    events: int = Field(description="events in which the actor is source or target")


class NetworkEdge(_Body):
    source: str
    target: str
    events: int
    goldstein_mean: float | None
    top_type: str | None = Field(description="most frequent event type on this edge")


class NetworkResponse(_Body):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
