"""End to end on the seed article (../shared/corpus): one contested claim about sending troops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.claims import find_claims
from eventwire.cli import app

pytestmark = pytest.mark.model
SEED = "corpus/seed-mexico-2017-02-01.txt"


def test_seed_article_has_one_contested_troops_claim(coder: Any, shared_dir: Path) -> None:
    text = (shared_dir / SEED).read_text(encoding="utf-8")
    events = coder.code(text, date="2017-02-01")
    contested = [c for c in find_claims(events) if c.status == "contested"]
    assert len(contested) == 1
    claim = contested[0]
    assert (claim.family, claim.source, claim.target) == ("force", "USA", "MEX")
    sides = [(m.role, m.stance, m.side, m.voice.text, m.trigger) for m in claim.mentions]
    assert sides == [
        ("report", "reported-as-claim", "for", "media reports", "threatened"),
        ("denial", "denied", "against", "Mexico", "denied"),
        ("counter", "reported-as-claim", "against", "CNN", "offering"),
    ]
    assert claim.mentions[0].sentence_index == claim.mentions[1].sentence_index
    assert claim.mentions[2].sentence_index == claim.mentions[0].sentence_index + 1


def test_code_prints_the_claim_after_the_events(shared_dir: Path) -> None:
    result = CliRunner().invoke(app, ["code", str(shared_dir / SEED)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    claims_part = result.stdout.split("claims", 1)[1]
    assert "contested" in claims_part and "threatens military force" in claims_part
    assert "media reports" in claims_part and "CNN" in claims_part
