"""Fixtures for the web app tests: a fast fake coder and a small store built with plain DuckDB SQL."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pytest
import uvicorn
from api_fake_coder import FakeCoder
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.ingest import prepare_article
from eventwire.models import Event
from eventwire.server import create_app
from eventwire.settings import Settings


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
        article = prepare_article(text, date=date, title=title)[0]
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
def _live(app: FastAPI, **config: Any) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **config))
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
def live_server() -> Callable[..., AbstractContextManager[str]]:
    """``with live_server(app) as url:`` runs ``app`` with uvicorn on a free 127.0.0.1 port (keyword
    arguments go to ``uvicorn.Config``)."""
    return _live
