"""Sourcing profile: how many of an article's events rest on each kind of source."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.claims.models import SourcingProfile
from eventwire.models import Event


def sourcing_profile(article_id: str, events: Iterable[Event]) -> SourcingProfile:
    """Counts of the article's events by attribution kind (the store's ``article_sourcing`` view)."""
    counts: Counter[str] = Counter(e.attribution.kind for e in events if e.article_id == article_id)
    return SourcingProfile(
        article_id=article_id,
        events=sum(counts.values()),
        named=counts["named"],
        official=counts["official"],
        anonymous=counts["anonymous"],
        media=counts["media"],
        none=counts["none"],
    )
