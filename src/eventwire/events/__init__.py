"""Event coding: the PLOVER ontology, the CAMEO table, the trigger lexicon and the matching engine."""

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
