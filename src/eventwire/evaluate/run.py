"""Dispatch ``eventwire eval`` to the right evaluator by the shape of the gold data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.evaluate.split import PartChoice
from eventwire.settings import DEFAULT_SETTINGS, Settings


def _plover(gold: Path, part: PartChoice, settings: Settings) -> dict[str, Any]:
    from eventwire.coder import Coder
    from eventwire.evaluate.plover import evaluate_plover

    reports = evaluate_plover(gold, Coder(settings), part)
    look = reports.get("look")
    return {
        "part": part,
        "parts": {name: report.as_dict() for name, report in reports.items()},
        "errors": look.errors if look else [],
    }


def _claims_corpus(gold: Path) -> Path:
    """The corpus beside the gold's folder (as for wire gold), else ../shared beside the repo of
    ``gold/claims/FILE``."""
    from eventwire.evaluate.wiregold import DEFAULT_CORPUS, default_corpus

    beside = default_corpus(gold)
    parents = gold.resolve().parents
    if beside.is_file() or len(parents) < 3:
        return beside
    return parents[2].parent / "shared" / DEFAULT_CORPUS


def _claims(gold: Path, corpus: Path | None) -> dict[str, Any]:
    from eventwire.coder import Coder
    from eventwire.evaluate.claims import evaluate_claims

    corpus = corpus or _claims_corpus(gold)
    if not corpus.is_file():
        raise InputError(f"corpus not found: {corpus} (give the articles' CSV with --corpus)")
    return evaluate_claims(gold, corpus, Coder())


def evaluate_gold(
    gold: Path,
    corpus: Path | None = None,
    part: PartChoice = "all",
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[str, dict[str, Any]]:
    """("plover" | "wire" | "tempeval" | "claims", report as a dict) for a gold file or a TimeML folder.

    Wire gold (JSON Lines) takes its article texts from ``corpus`` (default: the gold's
    ``../corpus/reuters-2016-2017-sample.csv``); ``part`` picks the look or check half, or all.
    Wire and PLOVER gold are coded with ``settings`` (e.g. without the learned component, or with a
    classifier trained on the look halves only: docs/accuracy.md, "Learned component").
    """
    if gold.is_dir():
        from eventwire.evaluate.tempeval import evaluate_tempeval

        return "tempeval", evaluate_tempeval(gold).as_dict()
    if not gold.is_file():
        raise InputError(f"gold data not found: {gold}")
    from eventwire.evaluate.claims import is_claims_gold
    from eventwire.evaluate.wiregold import default_corpus, is_wire_gold

    if is_claims_gold(gold):
        return "claims", _claims(gold, corpus)

    if not is_wire_gold(gold):
        return "plover", _plover(gold, part, settings)
    corpus = corpus or default_corpus(gold)
    if not corpus.is_file():  # before the model is loaded
        raise InputError(f"corpus not found: {corpus} (give the articles' CSV with --corpus)")
    from eventwire.coder import Coder
    from eventwire.evaluate.wire import evaluate_wire

    return "wire", evaluate_wire(gold, corpus, Coder(settings), part)
