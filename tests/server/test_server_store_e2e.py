"""The app against a store written by the real :class:`eventwire.store.Store` (not the SQL fixture)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.ingest import prepare_article
from eventwire.server import create_app
from eventwire.settings import Settings
from eventwire.store import Store

TEXTS = (
    ("2016-11-02", "Mexico met Canada in Ottawa. Brazil accused Peru of dumping steel."),
    ("2016-11-20", "QUITO (AP) - Canada accused Mexico of stalling. Mexico met Canada again."),
)


@pytest.fixture()
def real_store(tmp_path: Path, coder_factory: Any) -> Path:
    path = tmp_path / "real.duckdb"
    coder = coder_factory(Settings())
    with Store.open(path) as store:
        run_id = store.start_run(Settings(), ["test"], "single")
        coded = []
        for date, text in TEXTS:
            article = prepare_article(text, date=date)[0]
            coded.append((article, None, coder.code_article(article)))
        store.write_batch(run_id, coded)
    return path


@pytest.fixture()
def real_client(real_store: Path, coder_factory: Any) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(), store_path=real_store, coder_factory=coder_factory)) as client:
        yield client


def test_events_trend_network_and_article_from_a_real_store(real_client: TestClient) -> None:
    page = real_client.get("/events", params={"actor": "MEX"}).json()
    assert page["total"] == 3
    article_id = page["events"][0]["article_id"]
    article = real_client.get(f"/articles/{article_id}").json()
    assert article["article"]["dateline_place"] == "Quito" and article["article"]["agency"] == "AP"
    assert [s["index"] for s in article["sentences"]] == [0, 1]
    trend = real_client.get("/dyads/MEX/CAN/trend", params={"by": "month"}).json()
    assert [(p["period"], p["events"]) for p in trend["points"]] == [("2016-11-01", 2)]
    edges = {(e["source"], e["target"]): e["events"] for e in real_client.get("/network").json()["edges"]}
    assert edges == {("MEX", "CAN"): 2, ("CAN", "MEX"): 1, ("BRA", "PER"): 1}


def test_store_held_by_a_writer_gets_503(real_store: Path, real_client: TestClient) -> None:
    with Store.open(real_store):
        response = real_client.get("/events")
    assert response.status_code == 503 and response.json()["error"]["code"] == "store_unavailable"
    assert real_client.get("/events").status_code == 200
