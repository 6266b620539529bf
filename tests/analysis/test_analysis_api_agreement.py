"""The web API and the analysis commands answer the same question with the same numbers: both read the
store through store/queries.py (one actor definition: USA, USAGOV, USA:MIL; one default window)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.analysis import network, trend
from eventwire.server import create_app


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path=store_path)) as test_client:
        yield test_client


@pytest.mark.parametrize(("source", "target"), [("USA", "MEX"), ("USAGOV", "MEXGOV"), ("USA:MIL", "MEX")])
def test_trend_counts_agree(client: TestClient, store_path: Path, source: str, target: str) -> None:
    frame = trend(store_path, source, target, by="month")
    api = client.get(f"/dyads/{source}/{target}/trend", params={"by": "month"})
    assert api.status_code == 200, api.text
    api_counts = {p["period"]: p["events"] for p in api.json()["points"] if p["events"]}
    cli_counts = {str(row.period.date()): int(row.events) for row in frame.itertuples() if row.events}
    assert api_counts == cli_counts and sum(cli_counts.values()) > 0


def test_network_edges_agree(client: TestClient, store_path: Path) -> None:
    graph = network(store_path)
    api = client.get("/network", params={"max_edges": 2000})
    assert api.status_code == 200, api.text
    api_edges = {(e["source"], e["target"]): e["events"] for e in api.json()["edges"]}
    cli_edges = {(s, t): int(d["weight"]) for s, t, d in graph.edges(data=True)}
    assert api_edges == cli_edges and cli_edges
