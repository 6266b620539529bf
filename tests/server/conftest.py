"""Fixtures for the web app tests: a fast fake coder and a small store built with plain DuckDB SQL."""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import duckdb
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.ingest import make_article
from eventwire.models import Actor, Article, Event
from eventwire.server import create_app
from eventwire.settings import Settings

_COUNTRIES = {"Mexico": "MEX", "Canada": "CAN", "Brazil": "BRA", "Peru": "PER", "Chile": "CHL"}
_VERBS = {
    "met": ("CONSULT", "040", 1, 1.0),
    "praised": ("SUPPORT", "051", 1, 3.4),
    "accused": ("ACCUSE", "112", 3, -2.0),
    "threatened": ("THREATEN", "130", 3, -4.4),
    "attacked": ("ASSAULT", "190", 4, -10.0),
}
_CLAUSE = re.compile(r"\b(Mexico|Canada|Brazil|Peru|Chile) (met|praised|accused|threatened|attacked) (\w+)")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


class FakeCoder:
    """Codes "<Country> <verb> <Country>" clauses; enough to exercise the API without spaCy."""

    calls = 0

    def __init__(self, settings: Settings) -> None:
        FakeCoder.calls += 1

    def code_article(self, article: Article) -> list[Event]:
        events: list[Event] = []
        sentences = [m for m in _SENTENCE.finditer(article.text) if m.group().strip()]
        for index, sent in enumerate(sentences):
            for clause in _CLAUSE.finditer(sent.group()):
                events.append(make_event(article, sent, index, clause))
        return events


def make_event(article: Article, sent: re.Match[str], index: int, clause: re.Match[str]) -> Event:
    event_type, cameo, quad, goldstein = _VERBS[clause.group(2)]
    start = sent.start() + clause.start()
    lead = len(sent.group()) - len(sent.group().lstrip())
    digest = hashlib.sha256(f"{article.id}:{start}".encode()).hexdigest()[:16]
    target = clause.group(3)
    return Event(
        event_id=digest,
        article_id=article.id,
        event_type=event_type,  # type: ignore[arg-type]
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        source=[
            Actor(text=clause.group(1), country=_COUNTRIES[clause.group(1)], code=_COUNTRIES[clause.group(1)])
        ],
        target=[Actor(text=target, country=_COUNTRIES.get(target), code=_COUNTRIES.get(target))],
        date=article.date.isoformat() if article.date else None,
        date_precision="day" if article.date else None,
        factuality="asserted",
        trigger=clause.group(2),
        sentence=sent.group().strip(),
        sentence_index=index,
        span=(sent.start() + lead, sent.start() + lead + len(sent.group().strip())),
        trigger_span=(sent.start() + clause.start(2), sent.start() + clause.end(2)),
        confidence=0.9,
    )


def fake_factory(settings: Settings) -> FakeCoder:
    return FakeCoder(settings)


_SCHEMA = """
CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, source_id VARCHAR,
  title VARCHAR, date DATE, text VARCHAR, dateline_place VARCHAR, agency VARCHAR, coded_at TIMESTAMP,
  run_id VARCHAR);
CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR, event_type VARCHAR, mode VARCHAR,
  context VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, source_code VARCHAR,
  source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR, target_code VARCHAR,
  target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR, date DATE, date_precision VARCHAR,
  location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, factuality VARCHAR,
  attribution_kind VARCHAR, attribution_text VARCHAR, trigger VARCHAR, sentence VARCHAR,
  sentence_index INTEGER, span_start INTEGER, span_end INTEGER, confidence DOUBLE, record JSON);
"""

STORE_ARTICLES = (
    ("2017-01-10", "Trade talks", "MEXICO CITY (Reuters) - Mexico met Canada on Monday. Chile stayed out."),
    (
        "2017-01-20",
        "Border row",
        "Mexico accused Canada of delays. Later Canada accused Mexico of bad faith.",
    ),
    ("2017-02-03", "Aid", "LIMA (AP) - Peru praised Chile. Brazil threatened Peru over the dam."),
    ("2017-02-15", "More talks", "Mexico met Canada again in Ottawa."),
)


def build_store(path: Path) -> dict[str, list[Event]]:
    """A store file in the documented schema holding ``STORE_ARTICLES`` coded with :class:`FakeCoder`."""
    coder = FakeCoder(Settings())
    coded: dict[str, list[Event]] = {}
    con = duckdb.connect(str(path))
    con.execute(_SCHEMA)
    for date, title, text in STORE_ARTICLES:
        article = make_article(text, date=date, title=title)
        events = coder.code_article(article)
        coded[article.id] = events
        place = article.dateline.place if article.dateline else None
        agency = article.dateline.agency if article.dateline else None
        con.execute(
            "INSERT INTO articles VALUES (?, ?, NULL, ?, ?, ?, ?, ?, now(), 'r1')",
            [article.id, article.id, title, article.date, article.text, place, agency],
        )
        for e in events:
            src, tgt = e.source[0], e.target[0]
            con.execute(
                "INSERT INTO events VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?, ?, "
                "?, NULL, NULL, NULL, NULL, ?, 'none', NULL, ?, ?, ?, ?, ?, ?, ?)",
                [
                    e.event_id,
                    e.article_id,
                    e.event_type,
                    e.cameo,
                    e.quad_class,
                    e.goldstein,
                    src.code,
                    src.country,
                    src.text,
                    tgt.code,
                    tgt.country,
                    tgt.text,
                    e.date,
                    e.date_precision,
                    e.factuality,
                    e.trigger,
                    e.sentence,
                    e.sentence_index,
                    e.span[0],
                    e.span[1],
                    e.confidence,
                    json.dumps(e.model_dump(mode="json")),
                ],
            )
    con.close()
    return coded


@pytest.fixture(scope="session")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[Event]]]:
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    return path, build_store(path)


@pytest.fixture()
def client(store_file: tuple[Path, dict[str, list[Event]]]) -> Iterator[TestClient]:
    app = create_app(
        Settings(max_article_chars=5_000, max_sentence_chars=1_000),
        store_path=store_file[0],
        coder_factory=fake_factory,
        max_body_bytes=20_000,
    )
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture()
def bare_client() -> Iterator[TestClient]:
    app = create_app(Settings(), coder_factory=fake_factory)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def coder_factory() -> type[FakeCoder]:
    """The fake coder class (callable with Settings, like a coder factory)."""
    return FakeCoder


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture(scope="session")
def chromium() -> tuple[str, list[str]]:
    """Debian's chromium and its launch arguments; skip without it (fail under CI=true)."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not installed (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return str(CHROMIUM), list(CHROMIUM_ARGS)


@contextmanager
def _live(app: FastAPI) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server() -> Callable[[FastAPI], AbstractContextManager[str]]:
    """``with live_server(app) as url:`` runs ``app`` with uvicorn on a free 127.0.0.1 port."""
    return _live
