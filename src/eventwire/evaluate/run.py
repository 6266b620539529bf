"""Dispatch ``eventwire eval`` to the right evaluator by the shape of the gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.errors import InputError


def evaluate_gold(gold: Path) -> tuple[str, dict[str, Any]]:
    """("plover" | "tempeval", report as a dict) for a gold JSON file or a TimeML folder."""
    if gold.is_dir():
        from eventwire.evaluate.tempeval import evaluate_tempeval

        return "tempeval", evaluate_tempeval(gold).as_dict()
    if not gold.is_file():
        raise InputError(f"gold data not found: {gold}")
    from eventwire.coder import Coder
    from eventwire.evaluate.plover import evaluate_plover

    plover = evaluate_plover(gold, Coder())
    result = plover.as_dict()
    result["errors"] = plover.errors
    return "plover", result
