"""Attribution: who a claim is attributed to ("sources said", "the ministry said", "according to CNN")."""

from eventwire.attribution.sources import (
    AttributionFrame,
    AttributionLexicon,
    continued_quotes,
    find_attribution,
    load_attribution_lexicon,
)

__all__ = [
    "AttributionFrame",
    "AttributionLexicon",
    "continued_quotes",
    "find_attribution",
    "load_attribution_lexicon",
]
