"""Event coding: the trigger lexicon and CAMEO table (``lexicon``) and, later, the matching engine."""

from eventwire.events.lexicon import (
    GOLD_LABEL_MAP,
    CameoCode,
    Lexicon,
    Sense,
    cameo_info,
    load_cameo,
    load_lexicon,
)

__all__ = ["GOLD_LABEL_MAP", "CameoCode", "Lexicon", "Sense", "cameo_info", "load_cameo", "load_lexicon"]
