"""The PLOVER ontology as eventwire uses it: modes per type, contexts, and documented exceptions."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from eventwire.errors import DataFileError

GOLD_LABEL_MAP: Mapping[str, str] = MappingProxyType(
    {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
)
"""Older labels used by the PLOVER gold-standard records, mapped to current PLOVER types."""

JOINT_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})
"""Acts two sides do together: talks, agreement, cooperation (both gold sets accept either side as
the source)."""

JOINT_CODES: frozenset[str] = frozenset({"057"})
"""CAMEO codes of acts two sides do together though their type (SUPPORT by the CAMEO table) is
one-sided: signing a formal agreement (057: "X and Y signed a peace agreement" is X with Y)."""


def is_joint(event_type: str, cameo: str) -> bool:
    """True for an act two sides do together (:data:`JOINT_TYPES`, :data:`JOINT_CODES`)."""
    return event_type in JOINT_TYPES or cameo in JOINT_CODES


MODES_BY_TYPE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "AGREE": frozenset(),
        "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
        "SUPPORT": frozenset(),
        "CONCEDE": frozenset(),
        "COOPERATE": frozenset(),
        "AID": frozenset(),
        "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
        "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
        "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
        "REJECT": frozenset({"assist", "change", "yield", "meet"}),
        "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
        "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
        "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
        "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
        "COERCE": frozenset(
            {
                "seize",
                "restrict",
                "censor",
                "curfew",
                "martial-law",
                "arrest",
                "deport",
                "withhold",
                "misinformation",
                "cyber",
            }
        ),
        "ASSAULT": frozenset(
            {
                "abduct",
                "beat",
                "torture",
                "sexual",
                "targeted",
                "destroy",
                "primitive",
                "firearms",
                "explosives",
                "suicide-attack",
                "aerial",
                "drone",
                "heavy-weapons",
                "crowd-control",
                "unconventional",
            }
        ),
    }
)
"""The modes the PLOVER manual lists for each event type (types without modes map to an empty set)."""

CONTEXTS: frozenset[str] = frozenset(
    {
        "military",
        "intelligence",
        "executive",
        "legislative",
        "election",
        "political_institutions",
        "pro_democracy",
        "pro_autocracy",
        "economic",
        "legal",
        "reparations",
        "human_rights",
        "rights_freedoms",
        "repression",
        "human_security",
        "gender",
        "lgbt",
        "religion_ethnicity",
        "inequality",
        "diplomatic",
        "territory",
        "peacekeeping",
        "health",
        "asylum",
        "migration",
        "disasters",
        "natural_resource",
        "environment",
        "technology",
        "terrorism",
        "cbrn",
        "cyber",
        "misinformation",
        "crime",
        "corruption",
        "illegal_drugs",
        "trafficking",
        "humanitarian",
    }
)
"""PLOVER general contexts, plus ``humanitarian`` which the CAMEO-to-PLOVER table uses."""

TYPE_EXCEPTIONS: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("CONCEDE", "055"): "the manual codes expressions of regret or apology as CONCEDE",
        ("CONCEDE", "0874"): "announcing a future withdrawal is CONCEDE per the manual",
        ("RETREAT", "0831"): "the manual codes official resignations as RETREAT 'resign'",
        ("AID", "0841"): "the manual codes rescues of hostages or captives as AID",
    }
)
"""(sense type, CAMEO code) pairs allowed to disagree with the code's PLOVER type, with the reason."""


def check_mode_context(where: str, ptype: str, mode: str | None, context: str | None) -> None:
    if mode is not None and mode not in MODES_BY_TYPE[ptype]:
        raise DataFileError(f"{where}: mode {mode!r} is not a PLOVER mode of {ptype}")
    for part in (context or "").split(";"):
        if part and part not in CONTEXTS:
            raise DataFileError(f"{where}: unknown PLOVER context {part!r}")
