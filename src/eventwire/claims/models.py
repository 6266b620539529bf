"""Claim records: a proposition, the mentions that state or dispute it, and how it is sourced."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from eventwire.models import AttributionKind

Stance = Literal["asserted", "reported-as-claim", "confirmed", "denied", "negated"]
Side = Literal["for", "against"]
ClaimStatus = Literal["uncontested", "corroborated", "contested", "denied", "negated"]
MentionRole = Literal["event", "report", "denial", "counter"]
VoiceKind = AttributionKind | Literal["party"]

STANCES: tuple[str, ...] = get_args(Stance)
STATUSES: tuple[str, ...] = get_args(ClaimStatus)
SIDE_OF: dict[str, Side] = {
    "asserted": "for",
    "reported-as-claim": "for",
    "confirmed": "for",
    "denied": "against",
    "negated": "against",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Voice(_Frozen):
    """Who a mention rests on: the attributed source, the denying party, or the article itself."""

    text: str = ""
    kind: VoiceKind = "none"
    code: str | None = None

    def key(self, article_id: str) -> str:
        """Identity of the voice: its actor code or words; an unattributed voice is its article."""
        if self.code:
            return self.code
        if self.text:
            return self.text.lower()
        return f"article:{article_id}"


class Mention(_Frozen):
    """One statement of a proposition in one sentence, with its stance toward it."""

    mention_id: str
    event_id: str
    article_id: str
    article_title: str | None = None
    sentence_index: int
    sentence: str
    trigger: str
    trigger_offset: int = 0
    event_type: str
    cameo: str
    source_code: str | None
    target_code: str | None
    date: str | None
    factuality: str
    stance: Stance
    side: Side
    role: MentionRole
    voice: Voice


class Claim(_Frozen):
    """One proposition (an act of a family between a dyad at a time) and every mention of it."""

    claim_id: str
    family: str
    proposition: str
    source: str | None
    target: str | None
    date_start: str | None
    date_end: str | None
    status: ClaimStatus
    mentions: list[Mention]
    num_articles: int
    asserting_articles: int
    denying_articles: int
    asserting_sources: int
    denying_sources: int


class SourcingProfile(_Frozen):
    """How one article's events are sourced: counts by attribution kind."""

    article_id: str
    named: int = 0
    official: int = 0
    anonymous: int = 0
    media: int = 0
    none: int = 0
    events: int = 0
