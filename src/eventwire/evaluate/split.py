"""The look/check split of every development set (discipline against fitting to the gold).

Each article (wire gold) or record (PLOVER gold) falls, by a hash of its id, into the ``look`` half,
whose errors may be read and studied, or the ``check`` half, whose figures are reported but whose
errors are never listed. The split is deterministic and the same on every machine.
"""

from __future__ import annotations

import hashlib
from typing import Literal, get_args

Part = Literal["look", "check"]
PartChoice = Literal["look", "check", "all"]
PARTS: tuple[Part, ...] = get_args(Part)


def part_of(key: str) -> Part:
    """``"look"`` or ``"check"`` for an article or record id (its SHA-1's first byte decides)."""
    return "look" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def in_part(key: str, part: PartChoice) -> bool:
    """True when ``key`` belongs to ``part`` (every key belongs to ``"all"``)."""
    return part == "all" or part_of(key) == part


def parts_shown(part: PartChoice) -> tuple[PartChoice, ...]:
    """The columns a report shows: look, check and all for ``"all"``, else just the chosen half."""
    return ("look", "check", "all") if part == "all" else (part,)
