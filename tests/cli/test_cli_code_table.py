"""`eventwire code`'s table: one line per event that fits an 80-column terminal; `--wide` has every column."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from eventwire.cli import app
from eventwire.cli import code as code_command
from eventwire.models import Actor, Article, Event
from eventwire.settings import Settings

runner = CliRunner()
_CODES = ["USAMIL", "MEXGOV", "IGOUNOMIL", "CHNGOVLEG", "BRA", "GTMCOPCRM", "NGOHRI", "RUSGOVELIMIL"]
_PRECISIONS = [("2017-02-01", "day"), ("2017-W05", "week"), ("2017-02", "month"), ("2017", "year")]


def _actors(rng: random.Random) -> list[Actor]:
    picked = [rng.choice(_CODES) for _ in range(rng.randint(0, 4))]
    return [Actor(text="the two officials of the delegation", code=code) for code in picked]


class GeneratedCoder:
    """One event per sentence, with random (often repeated) actors, dates of every precision and long
    triggers: a worst case for the table's width."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def code_article(self, article: Article) -> list[Event]:
        rng = random.Random(article.text)
        events, start = [], 0
        for index, sentence in enumerate(article.text.split(". ")):
            date, precision = rng.choice(_PRECISIONS)
            trigger = sentence.split()[1]
            at = start + sentence.index(trigger)
            events.append(
                Event(
                    event_id=f"e{index}", article_id=article.id, event_type="COOPERATE", cameo="0834",
                    quad_class=2, goldstein=5.0, source=_actors(rng), target=_actors(rng), date=date,
                    date_precision=precision, factuality="hypothetical", trigger=trigger, sentence=sentence,
                    sentence_index=index, span=(start, start + len(sentence)),
                    trigger_span=(at, at + len(trigger)), confidence=0.5,
                )
            )  # fmt: skip
            start += len(sentence) + 2
        return events


def _article(tmp_path: Path, sentences: int) -> Path:
    words = ["reconsidered", "internationalised", "counterbalancing", "met", "called"]
    text = ". ".join(
        f"Officials {words[i % len(words)]} a long list of grievances about the border number {i}"
        for i in range(sentences)
    )
    path = tmp_path / "generated-2017-02-01.txt"
    path.write_text(text + ".", encoding="utf-8")
    return path


def _run(path: Path, *args: str, columns: int = 80) -> Result:
    return runner.invoke(app, ["code", str(path), *args], env={"COLUMNS": str(columns)})


@pytest.fixture()
def generated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code_command, "build_coder", GeneratedCoder)


@pytest.mark.usefixtures("generated")
def test_compact_table_is_one_line_per_event_within_80_columns(tmp_path: Path) -> None:
    result = _run(_article(tmp_path, 40))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    rows = [line for line in lines if line.startswith("COOPERATE")]
    assert len(rows) == 40 and len(lines) <= 40 + 5
    header = next(line for line in lines if line.startswith("type"))
    assert header.split() == ["type", "cameo", "source", "->", "target", "date", "factuality", "trigger"]
    assert any("(week)" in row for row in rows) and any("(year)" in row for row in rows)


@pytest.mark.usefixtures("generated")
def test_compact_table_names_each_actor_once(tmp_path: Path) -> None:
    result = _run(_article(tmp_path, 40), columns=200)
    rows = [line for line in result.stdout.splitlines() if line.startswith("COOPERATE")]
    assert rows
    for row in rows:
        dyad = re.split(r"\s{2,}", row)[2]
        for side in dyad.split(" -> "):
            codes = side.split(", ")
            assert len(codes) == len(set(codes)), row
    assert any(", " in row for row in rows)


@pytest.mark.usefixtures("generated")
def test_wide_table_keeps_every_column(tmp_path: Path) -> None:
    result = _run(_article(tmp_path, 3), "--wide", columns=200)
    assert result.exit_code == 0, result.output
    for column in ("place", "according to", "evidence", "grievances"):
        assert column in result.stdout
    assert len(result.stdout.splitlines()) > 3 * 2


@pytest.mark.model
def test_compact_table_of_a_real_article_fits_80_columns(tmp_path: Path) -> None:
    path = tmp_path / "story-2019-06-04.txt"
    path.write_text(
        "BOGOTA (Reuters) - Colombia's foreign minister met his Venezuelan counterpart in Caracas on "
        "Monday to discuss the border crossings, officials said. Venezuela accused Colombia of harbouring "
        "armed groups. The United Nations urged both governments to reopen the bridges, and Brazil offered "
        "to mediate. Colombian police arrested 12 protesters in Cucuta on Sunday.",
        encoding="utf-8",
    )
    result = _run(path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    events = [line for line in lines if line.split() and line.split()[0] in {"CONSULT", "ACCUSE", "REQUEST"}]
    assert len(events) >= 3
    assert max(len(line) for line in lines) <= 80
    assert len(lines) <= 6 + 10


class ImpliedTargetCoder(GeneratedCoder):
    """Every event aimed at an implied Chilean target (empty text) besides a named Peruvian one."""

    def code_article(self, article: Article) -> list[Event]:
        source, target = [Actor(text="the ministry", code="PERGOV")], [Actor(text="", code="CHL")]
        events = super().code_article(article)
        return [e.model_copy(update={"source": source, "target": target}) for e in events]


def test_implied_actors_are_shown_in_parentheses_and_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(code_command, "build_coder", ImpliedTargetCoder)
    result = _run(_article(tmp_path, 2))
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if line.startswith("COOPERATE")]
    assert rows and all("PERGOV -> (CHL)" in row for row in rows)
    assert "(CODE): implied, not named in the text" in result.stdout


@pytest.mark.usefixtures("generated")
def test_no_implied_caption_when_every_actor_is_named(tmp_path: Path) -> None:
    result = _run(_article(tmp_path, 3))
    assert result.exit_code == 0, result.output
    assert "implied, not named" not in result.stdout
