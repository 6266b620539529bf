"""`eventwire code`: outputs, and one clear line (no traceback) for each user mistake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "lima-port-talks-2024-03-14.txt"
runner = CliRunner()


@pytest.mark.model
def test_code_example_as_jsonl_takes_date_from_file_name() -> None:
    result = runner.invoke(app, ["code", str(EXAMPLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    meeting = next(r for r in records if r["trigger"] == "met")
    assert meeting["event_type"] == "CONSULT"
    assert meeting["date"] == "2024-03-12"  # "on Tuesday" in a story of Thursday 2024-03-14
    assert {a["country"] for a in meeting["source"]} == {"PER"}
    assert {a["country"] for a in meeting["target"]} == {"CHN"}
    threat = next(r for r in records if r["event_type"] == "THREATEN")
    assert threat["factuality"] == "denied"


@pytest.mark.model
def test_code_jsonl_input_reports_bad_lines_and_codes_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = {"id": "a1", "text": "Iran condemned Israel on Monday.", "date": "2020-05-06"}
    source.write_text(json.dumps(good) + "\n{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(source), "--format", "json"])
    assert result.exit_code == 1
    assert "error" in result.stderr and ":2:" in result.stderr
    records = json.loads(result.stdout)
    assert records and records[0]["article_id"] == "a1"


@pytest.mark.model
def test_min_confidence_drops_the_less_certain_records(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "NAIROBI (Reuters) - Investigators accused the interior ministry of fraud on Monday. "
        "Kenyan police arrested three opposition leaders in Nairobi on Tuesday.\n",
        encoding="utf-8",
    )
    base = ["code", str(story), "--date", "2017-10-04", "--format", "jsonl"]

    def coded(*extra: str) -> list[tuple[str, float]]:
        result = runner.invoke(app, [*base, *extra])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        return [(r["event_type"], r["confidence"]) for r in rows]

    everything = coded()
    assert {t for t, _ in everything} == {"ACCUSE", "COERCE"}  # the accusers are an assumed source
    floor = max(c for t, c in everything if t == "ACCUSE") + 0.01
    assert coded("--min-confidence", str(floor)) == [(t, c) for t, c in everything if c >= floor]
    assert [t for t, _ in coded("--min-confidence", str(floor))] == ["COERCE"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["code", "no-such-file.txt"], None, "not found"),
        (["code", "-"], "   \n", "empty"),
        (["code", "-", "--date", "2017-13-45"], "Iran condemned Israel.", "date"),
    ],
)
def test_user_mistakes_give_one_clear_line(args: list[str], stdin: str | None, message: str) -> None:
    result = runner.invoke(app, args, input=stdin)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_non_utf8_file_is_rejected_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Bogotá talks".encode("latin-1"))
    result = runner.invoke(app, ["code", str(bad)])
    assert result.exit_code == 1
    assert "not valid UTF-8" in result.stderr
