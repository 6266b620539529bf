"""`eventwire claims` over a store (the CLI lives in cli/claims.py; its store fixture is shared here)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from builders import make_store
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return make_store(tmp_path / "claims.duckdb")


def test_contested_claims_as_a_table_show_both_sides(store: Path) -> None:
    result = runner.invoke(
        app, ["claims", "--store", str(store), "--status", "contested"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "1 contested claims" in result.stdout
    assert "SYL threatens military force -> FRE" in result.stdout
    assert "media reports" in result.stdout and "denied" in result.stdout


def test_jsonl_has_one_claim_per_line(store: Path) -> None:
    result = runner.invoke(app, ["claims", "--store", str(store), "--format", "jsonl", "--actor", "SYL"])
    assert result.exit_code == 0, result.output
    claims = {c["status"]: c for c in map(json.loads, result.stdout.splitlines())}
    assert sorted(claims) == ["contested", "uncontested"]
    assert {m["stance"] for m in claims["contested"]["mentions"]} == {
        "reported-as-claim",
        "denied",
        "asserted",
    }
    other = runner.invoke(app, ["claims", "--store", str(store), "--format", "jsonl", "--actor", "XYZ"])
    assert other.exit_code == 0 and other.stdout == ""


def test_csv_has_one_row_per_mention(store: Path) -> None:
    result = runner.invoke(app, ["claims", "--store", str(store), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4
    assert {r["role"] for r in rows} == {"report", "denial", "event"}


def test_save_writes_the_claims_tables(store: Path) -> None:
    result = runner.invoke(app, ["claims", "--store", str(store), "--save", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "saved 2 claims" in result.stderr


def test_missing_store_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["claims", "--store", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "error" in result.stderr and "Traceback" not in result.output
