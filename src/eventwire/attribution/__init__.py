"""Attribution: who a claim is attributed to ("sources said", "the ministry said", "according to CNN")."""

from eventwire.attribution.sources import AttributionFrame, AttributionLexicon, find_attribution

__all__ = ["AttributionFrame", "AttributionLexicon", "find_attribution"]
