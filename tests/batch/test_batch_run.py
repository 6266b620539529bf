"""Batch runs with a fake coder: counts, rejects, resume, de-duplication, pool and Dask engines, kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventwire.batch import BatchProgress, run_batch
from eventwire.errors import DateError, InputError, SettingsError
from eventwire.store import Store
from fake_coder import make_fake

HERE = Path(__file__).resolve().parents[1]  # tests/, where fake_coder.py is
COUNTRIES = ("Peru", "Chile", "Cuba", "Haiti", "Oman", "Yemen", "Spain", "Italy", "Chad", "Mali")
VERBS = ("met", "accused", "helped", "attacked")


def _story(number: int) -> str:
    a, b = COUNTRIES[number % 10], COUNTRIES[(number * 3 + 1) % 10]
    verb = VERBS[number % 4]
    return f"Story {number} opens here. {a} {verb} {b} over a dispute. Officials declined to comment."


def _corpus(folder: Path, n: int) -> Path:
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(n):
            day = 1 + number % 28
            handle.write(
                json.dumps({"id": f"s{number}", "text": _story(number), "date": f"2017-03-{day:02d}"})
            )
            handle.write("\n")
    return path


def _events(store_path: Path) -> list[tuple[object, ...]]:
    with Store.open(store_path, read_only=True) as store:
        return store.con.execute(
            "SELECT event_id, article_id, event_type, source_code, target_code, date FROM events ORDER BY 1"
        ).fetchall()


def test_batch_counts_rejects_and_resume(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 12)
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
        handle.write(json.dumps({"text": "   "}) + "\n")
        handle.write(json.dumps({"text": "Dated badly.", "date": "the 45th of Nowhere"}) + "\n")
        handle.write(json.dumps({"id": "copy", "text": _story(3), "date": "2017-03-04"}) + "\n")
        handle.write(json.dumps({"text": "EXPLODE the coder. Peru met Chile."}) + "\n")
    store, rejects = tmp_path / "e.duckdb", tmp_path / "rejects.jsonl"
    seen: list[BatchProgress] = []
    summary = run_batch(
        [corpus],
        store,
        workers=1,
        batch_size=4,
        rejects=rejects,
        coder_factory=make_fake,
        progress=seen.append,
    )
    assert summary.status == "completed"
    assert (summary.read, summary.coded, summary.skipped, summary.rejected) == (17, 12, 1, 4)
    assert summary.events == 12
    assert seen and seen[-1].total == 17 and seen[-1].done == 17
    reasons = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in reasons] == [13, 14, 15, 17]
    assert "malformed JSON" in reasons[0]["reason"]
    assert "empty" in reasons[1]["reason"]
    assert "date" in reasons[2]["reason"]
    assert "coding failed (RuntimeError: fake coder failure)" in reasons[3]["reason"]
    first = _events(store)

    again = run_batch([corpus], store, workers=1, rejects=rejects, coder_factory=make_fake)
    assert (again.coded, again.skipped, again.rejected, again.events) == (0, 13, 4, 0)
    appended = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert appended[:4] == reasons and [r["line"] for r in appended[4:]] == [13, 14, 15, 17]
    assert {r["run_id"] for r in appended[4:]} == {again.run_id} != {reasons[0]["run_id"]}
    assert _events(store) == first
    with Store.open(store, read_only=True) as opened:
        runs = opened.runs()
    assert [r["status"] for r in runs] == ["completed", "completed"]
    assert runs[0]["articles_coded"] == 12 and runs[1]["articles_skipped"] == 13


def test_limit_default_rejects_path_and_dates(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for number in range(3):
        (tmp_path / "in" / f"n{number}.txt").write_text(_story(number), encoding="utf-8")
    store = tmp_path / "e.duckdb"
    summary = run_batch(
        [tmp_path / "in"], store, workers=1, limit=2, date="2016-06-01", coder_factory=make_fake
    )
    assert (summary.read, summary.coded) == (2, 2)
    assert summary.rejects_path == tmp_path / "e.duckdb.rejects.jsonl"
    assert summary.rejects_path.read_text(encoding="utf-8") == ""
    with Store.open(store, read_only=True) as opened:
        dates = {row[0].isoformat() for row in opened.con.execute("SELECT date FROM articles").fetchall()}
    assert dates == {"2016-06-01"}


def test_bad_options_raise_named_errors(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    store = tmp_path / "e.duckdb"
    with pytest.raises(SettingsError, match="engine"):
        run_batch([corpus], store, engine="spark", coder_factory=make_fake)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="dask engine"):
        run_batch([corpus], store, scheduler="tcp://127.0.0.1:8786", coder_factory=make_fake)
    with pytest.raises(SettingsError, match="workers"):
        run_batch([corpus], store, workers=0, coder_factory=make_fake)
    with pytest.raises(DateError):
        run_batch([corpus], store, date="someday", coder_factory=make_fake)
    with pytest.raises(InputError, match="input not found"):
        run_batch([tmp_path / "absent.csv"], store, coder_factory=make_fake)
    assert not store.exists()


def test_process_pool_gives_the_same_events(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 20)
    run_batch([corpus], tmp_path / "one.duckdb", workers=1, batch_size=3, coder_factory=make_fake)
    summary = run_batch([corpus], tmp_path / "two.duckdb", workers=2, batch_size=3, coder_factory=make_fake)
    assert summary.coded == 20
    assert _events(tmp_path / "two.duckdb") == _events(tmp_path / "one.duckdb")


def test_dask_local_cluster_gives_the_same_events(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 6)
    run_batch([corpus], tmp_path / "local.duckdb", workers=1, batch_size=2, coder_factory=make_fake)
    summary = run_batch(
        [corpus], tmp_path / "dask.duckdb", engine="dask", workers=2, batch_size=2, coder_factory=make_fake
    )
    assert (summary.status, summary.coded) == ("completed", 6)
    assert _events(tmp_path / "dask.duckdb") == _events(tmp_path / "local.duckdb")


def test_kill_9_half_way_then_resume_loses_and_doubles_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 24)
    reference = tmp_path / "reference.duckdb"
    run_batch([corpus], reference, workers=1, batch_size=2, coder_factory=make_fake)
    store = tmp_path / "killed.duckdb"
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(HERE)!r})
        from fake_coder import make_slow_fake
        from eventwire.batch import run_batch

        def report(progress):
            print("committed", progress.coded, flush=True)

        run_batch([{str(corpus)!r}], {str(store)!r}, workers=1, batch_size=2,
                  coder_factory=make_slow_fake, progress=report)
        print("finished", flush=True)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("committed") and int(line.split()[1]) >= 4:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    with Store.open(store, read_only=True) as opened:
        stored = opened.count("articles")
    assert 4 <= stored < 24

    resumed = run_batch([corpus], store, workers=1, batch_size=2, coder_factory=make_fake)
    assert resumed.skipped == stored and resumed.coded == 24 - stored
    assert _events(store) == _events(reference)
    with Store.open(store, read_only=True) as opened:
        assert [r["status"] for r in opened.runs()] == ["interrupted", "completed"]
