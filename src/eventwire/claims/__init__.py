"""Claims: the mentions of one proposition within and across articles, their stances and the claim's status.

``find_claims(events)`` groups coded events into :class:`Claim` records (pure functions, no model);
``sourcing_profile(events)`` counts an article's events by attribution kind.
docs/claims.md explains the rules.
"""

from eventwire.claims.group import claim_status, find_claims
from eventwire.claims.models import STANCES, STATUSES, Claim, Mention, SourcingProfile, Voice
from eventwire.claims.sourcing import sourcing_profile

__all__ = [
    "STANCES",
    "STATUSES",
    "Claim",
    "Mention",
    "SourcingProfile",
    "Voice",
    "claim_status",
    "find_claims",
    "sourcing_profile",
]
