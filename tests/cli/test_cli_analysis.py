"""The trend, network, top and report commands, run through Typer's CliRunner on the fixture store."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def _fixture_module() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "analysis" / "fixture_store.py"
    spec = importlib.util.spec_from_file_location("eventwire_analysis_fixture_store", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fixture_module().build_store(tmp_path_factory.mktemp("clistore") / "events.duckdb")


def test_trend_csv_has_hand_computed_counts(store: Path) -> None:
    result = runner.invoke(app, ["trend", "USA", "MEX", "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame["period"]) == ["2017-01-01", "2017-02-01", "2017-03-01"]
    assert list(frame["events"]) == [2, 4, 1]
    assert "skipped 1 events without a date" in result.stderr


def test_trend_table_and_chart(store: Path, tmp_path: Path) -> None:
    chart = tmp_path / "usa-mex.svg"
    args = ["trend", "usa", "mex", "--store", str(store), "--by", "week", "--both-directions", "--unique"]
    result = runner.invoke(app, [*args, "--chart", str(chart)])
    assert result.exit_code == 0, result.output
    assert "USA → MEX" in result.stdout
    assert chart.read_text().lstrip().startswith("<?xml") and chart.stat().st_size > 5_000


def test_trend_since_until_and_a_table_that_fits_80_columns(store: Path) -> None:
    args = ["trend", "USA", "MEX", "--store", str(store), "--since", "2017-02-01"]
    result = runner.invoke(app, [*args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(io.StringIO(result.stdout))["events"]) == [4, 1]
    assert "skipped 2 events dated outside --since/--until" in result.stderr
    table = runner.invoke(app, args, terminal_width=80)
    assert table.exit_code == 0, table.output
    assert max(len(line) for line in table.stdout.splitlines()) <= 80
    assert "AGREE 2" in table.stdout and "THREATEN 1" in table.stdout and "SANCTION 1" in table.stdout


def test_trend_user_errors_are_one_line(store: Path, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["trend", "USAGVO", "MEX", "--store", str(store)])
    assert unknown.exit_code == 1
    assert "error:" in unknown.stderr and "USAGOV" in unknown.stderr
    assert "Traceback" not in unknown.output
    missing = runner.invoke(app, ["trend", "USA", "MEX", "--store", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "not found" in missing.stderr


def test_trend_empty_dyad_says_so(store: Path) -> None:
    result = runner.invoke(app, ["trend", "CHN", "UKR", "--store", str(store)])
    assert result.exit_code == 0
    assert "no dated events between CHN and UKR" in result.stderr


def test_network_writes_graphml_and_png(store: Path, tmp_path: Path) -> None:
    out, png = tmp_path / "net.graphml", tmp_path / "net.png"
    args = ["network", "--store", str(store), "--out", str(out), "--png", str(png)]
    result = runner.invoke(
        app, [*args, "--since", "2017-02-01", "--until", "2017-02-28", "--min-events", "2"]
    )
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert set(graph.edges) == {("USAGOV", "MEXGOV"), ("RUSMIL", "UKRMIL")}
    assert png.read_bytes()[:4] == b"\x89PNG"
    bad = runner.invoke(app, ["network", "--store", str(store), "--out", str(tmp_path / "net.txt")])
    assert bad.exit_code == 1 and ".graphml or .gexf" in bad.stderr


def test_top_with_periods(store: Path) -> None:
    args = ["top", "--store", str(store), "--n", "2", "--period1", "2017-01..2017-01", "--period2", "2017-03"]
    bad = runner.invoke(app, [*args[:-1], "2017-03..2017..2018"])
    assert bad.exit_code == 1 and "START..END" in bad.stderr
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Most active dyads" in result.stdout and "Biggest changes" in result.stdout
    assert "USAGOV" in result.stdout and "RUSMIL" in result.stdout


def test_report_command(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--store", str(store), "--out", str(out), "--events", "5"])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert text.count("<mark>") == 5


def test_commands_have_help() -> None:
    for command in ("trend", "network", "top", "report"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--store" in result.stdout
