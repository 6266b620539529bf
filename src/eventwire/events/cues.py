"""The factuality cues (``data/factuality.yaml``), read and checked once on first use.

Word lists are lemmas in lower case; the code tables map a PLOVER type to the CAMEO code of the
intent, threat or refusal a planned or refused act becomes (:mod:`eventwire.events.factuality`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from types import MappingProxyType
from typing import Any

from eventwire.data import load_yaml, parse_words
from eventwire.errors import DataFileError
from eventwire.events.cameo import load_cameo
from eventwire.models import EVENT_TYPES

FACTUALITY_FILE = "factuality.yaml"
_CODE_TABLES = frozenset(
    {
        "intent_codes",
        "offer_codes",
        "announcement_codes",
        "threat_codes",
        "refusal_codes",
        "commitment_threat_codes",
    }
)


class FactualityDataError(DataFileError):
    """``data/factuality.yaml`` is malformed."""


@dataclass(frozen=True)
class FactualityCues:
    negating_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    allegation_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_modals: frozenset[str]
    plan_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    fear_words: frozenset[str]
    conditional_markers: frozenset[str]
    awaiting_markers: frozenset[str]
    plan_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    cancel_verbs: frozenset[str]
    negating_prepositions: frozenset[str]
    affirming_nouns: frozenset[str]
    negative_pronouns: frozenset[str]
    contrast_conjunctions: frozenset[str]
    purpose_verbs: frozenset[str]
    plan_adjectives: frozenset[str]
    intent_adjectives: frozenset[str]
    proposal_nouns: frozenset[str]
    prohibition_nouns: frozenset[str]
    request_words: frozenset[str]
    plan_nouns: frozenset[str]
    aim_nouns: frozenset[str]
    plan_object_verbs: frozenset[str]
    hypothetical_object_verbs: frozenset[str]
    willingness_words: frozenset[str]
    stance_nouns: frozenset[str]
    unwilling_adjectives: frozenset[str]
    intent_codes: Mapping[str, str]
    offer_codes: Mapping[str, str]
    announcement_codes: Mapping[str, str]
    threat_codes: Mapping[str, str]
    refusal_codes: Mapping[str, str]
    commitment_threat_codes: Mapping[str, str]


def _code_table(raw: Any, key: str, cameo: Mapping[str, Any]) -> Mapping[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise FactualityDataError(f"{FACTUALITY_FILE}: '{key}' must map PLOVER types to CAMEO codes")
    for event_type, code in raw.items():
        if event_type not in EVENT_TYPES:
            raise FactualityDataError(f"{FACTUALITY_FILE}: '{key}' has an unknown PLOVER type {event_type!r}")
        if not isinstance(code, str) or code not in cameo:
            raise FactualityDataError(f"{FACTUALITY_FILE}: '{key}.{event_type}' is no CAMEO code: {code!r}")
    return MappingProxyType(dict(raw))


def parse_factuality_cues(raw: Any) -> FactualityCues:
    """Validate the parsed file; raise :class:`FactualityDataError` on the first fault."""
    if not isinstance(raw, dict):
        raise FactualityDataError(f"{FACTUALITY_FILE} must hold a mapping")
    names = [field.name for field in fields(FactualityCues)]
    missing = [name for name in names if name not in raw]
    unknown = sorted(set(raw) - set(names) - {"version"})
    if missing or unknown:
        raise FactualityDataError(
            f"{FACTUALITY_FILE}: missing {missing or 'nothing'}, unknown {unknown or 'none'}"
        )
    cameo = load_cameo()
    words = {
        name: parse_words(raw[name], f"{FACTUALITY_FILE}: '{name}'", FactualityDataError)
        for name in names
        if name not in _CODE_TABLES
    }
    tables = {name: _code_table(raw[name], name, cameo) for name in _CODE_TABLES}
    return FactualityCues(**words, **tables)  # type: ignore[arg-type]


@cache
def load_factuality_cues() -> FactualityCues:
    """The bundled cues, parsed and checked once."""
    return parse_factuality_cues(load_yaml(FACTUALITY_FILE))
