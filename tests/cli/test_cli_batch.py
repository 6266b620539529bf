"""`eventwire batch` and `eventwire export` through the Typer app."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.models import Actor, Article, Event
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.queries import article_records

runner = CliRunner()


class OneEventCoder:
    """Codes every article as one CONSULT event between two fixed actors."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            event = Event(
                event_id=f"{article.id}-0",
                article_id=article.id,
                event_type="CONSULT",
                cameo="040",
                quad_class=1,
                goldstein=1.0,
                source=[Actor(text="Peru", code="PER", country="PER")],
                target=[Actor(text="Chile", code="CHL", country="CHL")],
                date=article.date.isoformat() if article.date else None,
                trigger="met",
                sentence=article.text,
                sentence_index=0,
                span=(0, 3),
                trigger_span=(0, 3),
                confidence=0.9,
            )
            yield article, [event]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [{"text": f"Peru met Chile, round {n}.", "date": "2017-06-0" + str(1 + n % 3)} for n in range(5)]
    lines = [json.dumps(row) for row in rows] + ["{oops"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_batch_then_export(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("eventwire.batch.run.build_coder", OneEventCoder)
    store = tmp_path / "e.duckdb"
    rejects = tmp_path / "rejects.jsonl"
    args = ["batch", str(corpus), "--store", str(store), "--workers", "1", "--rejects", str(rejects)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "articles read" in result.output and "rejected" in result.output
    assert json.loads(rejects.read_text(encoding="utf-8"))["line"] == 6
    with Store.open(store, read_only=True) as opened:
        assert (opened.count("articles"), opened.count("events"), opened.count("unique_events")) == (5, 5, 3)

    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "skipped" in again.output

    out = tmp_path / "gdelt.csv"
    export = ["export", "--store", str(store), "--format", "gdelt", "--out", str(out), "--header"]
    exported = runner.invoke(app, export)
    assert exported.exit_code == 0, exported.output
    frame = pd.read_csv(out, sep="\t")
    assert sorted(frame["NumArticles"]) == [1, 2, 2]


def test_batch_passes_the_confidence_floor_to_the_coder(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[float] = []

    def recording_coder(settings: Settings) -> OneEventCoder:
        seen.append(settings.min_confidence)
        return OneEventCoder(settings)

    monkeypatch.setattr("eventwire.batch.run.build_coder", recording_coder)
    args = ["batch", str(corpus), "--store", str(tmp_path / "c.duckdb"), "--workers", "1"]
    result = runner.invoke(app, [*args, "--min-confidence", "0.6"])
    assert result.exit_code == 0, result.output
    assert seen == [0.6]
    wrong = runner.invoke(app, [*args, "--min-confidence", "1.5"])
    assert wrong.exit_code != 0 and "Traceback" not in wrong.output


def test_user_errors_are_one_line_messages(corpus: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope.csv"), "--store", str(tmp_path / "s.duckdb")])
    assert missing.exit_code == 1
    assert "input not found" in missing.output and "Traceback" not in missing.output
    none = str(tmp_path / "none.duckdb")
    out = str(tmp_path / "x.csv")
    bad_export = runner.invoke(app, ["export", "--store", none, "--format", "csv", "--out", out])
    assert bad_export.exit_code == 1 and "no event store" in bad_export.output


@pytest.mark.model
def test_batch_with_the_real_coder(shared_dir: Path, tmp_path: Path) -> None:
    corpus = shared_dir / "corpus" / "reuters-2016-2017-sample.csv"
    store = tmp_path / "real.duckdb"
    args = ["batch", str(corpus), "--store", str(store), "--workers", "1", "--limit", "4"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    with Store.open(store, read_only=True) as opened:
        assert opened.count("articles") == 4
        assert opened.count("events") > 0
        first = opened.con.execute("SELECT article_id FROM events LIMIT 1").fetchone()
        assert first is not None
        records = [json.loads(r) for r in article_records(opened.con, first[0])]
    assert records and all(e["article_id"] == first[0] for e in records)
