"""kill -9 at 20+ random points of a batch run: the store always opens, and the resumed store holds
exactly the events of an uninterrupted run (none lost, none doubled).

The child process codes 30 generated articles with the slow fake coder (0.15 s an article, one article
per committed batch) and prints how many articles the store holds after every commit. Kill points are
drawn with a seeded RNG: a number of stored articles to wait for (spread over the whole run, 0 = during
start-up) plus a random fraction of an article's coding time, so kills land while importing, coding,
writing and committing.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from eventwire.batch import run_batch
from eventwire.store import Store
from fake_coder import make_fake

HERE = Path(__file__).resolve().parents[1]  # tests/, where fake_coder.py is
ARTICLES = 30
KILLS = 20
COUNTRIES = ("Peru", "Chile", "Cuba", "Haiti", "Oman", "Yemen", "Spain", "Italy", "Chad", "Mali")
VERBS = ("met", "accused", "helped", "attacked")


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(ARTICLES):
            a, b, c = COUNTRIES[n % 10], COUNTRIES[(n * 3 + 1) % 10], COUNTRIES[(n * 7 + 2) % 10]
            text = f"Item {n}. {a} {VERBS[n % 4]} {b} in March. {c} {VERBS[(n + 1) % 4]} {a} later"
            handle.write(
                json.dumps({"id": f"k{n}", "text": text, "date": f"2017-03-{1 + n % 28:02d}"}) + "\n"
            )
    return path


def _child_script(corpus: Path, store: Path) -> str:
    return textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(HERE)!r})
        from fake_coder import make_slow_fake
        from eventwire.batch import run_batch

        def report(progress):
            print("stored", progress.coded + progress.skipped, flush=True)

        run_batch([{str(corpus)!r}], {str(store)!r}, workers=1, batch_size=1,
                  coder_factory=make_slow_fake, progress=report)
        print("finished", flush=True)
        """
    )


def _events(store_path: Path) -> list[tuple[object, ...]]:
    with Store.open(store_path, read_only=True) as store:
        return store.con.execute("SELECT event_id, article_id, record FROM events ORDER BY 1").fetchall()


def _kill_at(script: str, wait_for: int, extra: float) -> bool:
    """Start the child, wait until the store holds ``wait_for`` articles and ``extra`` s more, kill -9 it.

    False when the child had already finished.
    """
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    if wait_for > 0:
        for line in child.stdout:
            if line.startswith("stored") and int(line.split()[1]) >= wait_for:
                break
    time.sleep(extra)
    killed = child.poll() is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    child.stdout.close()
    child.wait(timeout=30)
    return killed


def test_kill_9_at_twenty_random_points_loses_and_doubles_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    reference = tmp_path / "reference.duckdb"
    run_batch([corpus], reference, workers=1, batch_size=1, coder_factory=make_fake)
    expected = _events(reference)
    store = tmp_path / "killed.duckdb"
    script = _child_script(corpus, store)
    rng = random.Random(20240314)
    points = sorted(max(0, rng.randrange(-3, ARTICLES - 2)) for _ in range(KILLS))
    kills, stored_before = 0, 0
    for wait_for in points:
        extra = rng.uniform(0.0, 1.5) if wait_for == 0 else rng.uniform(0.0, 0.17)
        kills += _kill_at(script, wait_for, extra)
        if not store.exists():
            continue
        with Store.open(store, read_only=True) as opened:  # opens cleanly after every kill
            stored = opened.count("articles")
            ids = {row[0] for row in opened.con.execute("SELECT article_id FROM articles").fetchall()}
        assert stored >= stored_before
        stored_before = stored
        partial = [e for e in _events(store) if e[1] in ids]
        assert partial == [e for e in expected if e[1] in ids]  # whole articles only
    assert kills >= KILLS
    resumed = run_batch([corpus], store, workers=1, batch_size=1, coder_factory=make_fake)
    assert resumed.status == "completed" and resumed.skipped + resumed.coded == ARTICLES
    assert _events(store) == expected
    with Store.open(store, read_only=True) as opened:
        assert opened.count("articles") == ARTICLES
        statuses = [r["status"] for r in opened.runs()]
    assert statuses[-1] == "completed" and "running" not in statuses
