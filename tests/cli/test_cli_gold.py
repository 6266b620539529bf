"""``eventwire gold`` and the wire side of ``eventwire eval`` (no model needed here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.settings import Settings

runner = CliRunner()
GOLD = typer.main.get_command(app).commands["gold"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["rebuild", "strip", "agree"])
def test_gold_subcommands_have_help(name: str) -> None:
    command = GOLD.commands[name]
    assert command.help and len(command.help.strip()) > 15
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"option {param.opts} of `eventwire gold {name}` has no help"
    assert runner.invoke(app, ["gold", name, "--help"]).exit_code == 0


def _gold_file(path: Path) -> Path:
    record = {"article": "g1", "title": "A title", "date": "2016-01-04", "s": 0,
              "sentence": "Chile recalled its ambassador from Peru.", "events": []}  # fmt: skip
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_strip_writes_stand_off_lines(tmp_path: Path) -> None:
    result = runner.invoke(app, ["gold", "strip", str(_gold_file(tmp_path / "full.jsonl")),
                                 "--out", str(tmp_path / "gold" / "x.jsonl")])  # fmt: skip
    assert result.exit_code == 0, result.output
    line = json.loads((tmp_path / "gold" / "x.jsonl").read_text(encoding="utf-8"))
    assert "sentence" not in line and len(line["sha1"]) == 40


def test_eval_of_wire_gold_without_corpus_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    gold = _gold_file(tmp_path / "gold" / "wire.jsonl")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert "corpus not found" in result.output and "--corpus" in result.output


def test_eval_codes_with_the_classifier_it_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []

    def evaluate_gold(gold: Path, corpus: Path | None, part: str, settings: Settings) -> tuple[str, dict]:
        seen.append(settings)
        return "tempeval", {"total": 0, "found": 0, "correct": 0, "accuracy": 0.0}

    monkeypatch.setattr("eventwire.evaluate.run.evaluate_gold", evaluate_gold)
    assert runner.invoke(app, ["eval", str(tmp_path)]).exit_code == 0
    model = tmp_path / "look-model"
    assert runner.invoke(app, ["eval", str(tmp_path), "--classifier", str(model)]).exit_code == 0
    assert runner.invoke(app, ["eval", str(tmp_path), "--no-learned"]).exit_code == 0
    assert [(s.learned, s.classifier_path) for s in seen] == [(True, None), (True, model), (False, None)]
