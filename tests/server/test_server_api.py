"""HTTP API behaviour: every endpoint, good and bad requests, with a fake coder and a fixture store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import StoreError
from eventwire.models import Event
from eventwire.server import create_app
from eventwire.settings import Settings

StoreFixture = tuple[Path, dict[str, list[Event]]]
TEXT = "OTTAWA (Reuters) - Mexico met Canada on Tuesday. Officials said Peru accused Chile of spying."


def _error(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert "Traceback" not in response.text
    return str(body["error"]["message"])


def test_health_reports_configuration(client: TestClient, bare_client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["store"] is True and body["coder_loaded"] is False
    assert body["max_body_bytes"] == 20_000 and body["max_article_chars"] == 5_000
    assert body["max_sentence_chars"] == 1_000
    assert bare_client.get("/health").json()["store"] is False


def test_code_returns_article_events_and_marks(client: TestClient) -> None:
    response = client.post("/code", json={"text": TEXT, "date": "2017-02-01", "title": " Talks "})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["dateline"]["place"] == "Ottawa"
    assert body["article"]["dateline"]["agency"] == "Reuters"
    assert body["article"]["date"] == "2017-02-01" and body["article"]["title"] == "Talks"
    assert [e["event_type"] for e in body["events"]] == ["CONSULT", "ACCUSE"]
    assert body["events"][0]["source"][0]["code"] == "MEX"
    assert [s["index"] for s in body["sentences"]] == [0, 1]
    first = body["sentences"][0]
    marked = {m["kind"]: first["text"][m["start"] : m["end"]] for m in first["marks"]}
    assert marked == {"trigger": "met", "source": "Mexico", "target": "Canada"}
    assert body["article"]["text"][first["start"] :].startswith(first["text"])
    assert client.get("/health").json()["coder_loaded"] is True


def test_code_leaves_out_events_below_the_confidence_asked_for(client: TestClient) -> None:
    kept = client.post("/code", json={"text": TEXT, "min_confidence": 0.5}).json()
    assert [e["event_type"] for e in kept["events"]] == ["CONSULT", "ACCUSE"]  # the fake codes 0.9
    none = client.post("/code", json={"text": TEXT, "min_confidence": 0.95}).json()
    assert none["events"] == [] and none["sentences"] == []
    assert "min_confidence" in _error(
        client.post("/code", json={"text": TEXT, "min_confidence": 2}), 422, "invalid_request"
    )


def test_coder_is_built_once_per_app(store_file: StoreFixture, coder_factory: Any) -> None:
    app = create_app(Settings(), coder_factory=coder_factory)
    before = coder_factory.calls
    with TestClient(app) as test_client:
        for _ in range(3):
            assert test_client.post("/code", json={"text": TEXT}).status_code == 200
    assert coder_factory.calls == before + 1


def test_preload_builds_the_coder_at_startup(coder_factory: Any) -> None:
    before = coder_factory.calls
    app = create_app(Settings(), coder_factory=coder_factory, preload=True)
    assert coder_factory.calls == before + 1
    with TestClient(app) as test_client:
        assert test_client.get("/health").json()["coder_loaded"] is True


@pytest.mark.parametrize(
    ("payload", "code", "needle"),
    [
        ({"text": "   \n  "}, "invalid_input", "empty"),
        ({"text": TEXT, "date": "the day after"}, "invalid_input", "date"),
        ({}, "invalid_request", "text"),
        ({"text": 42}, "invalid_request", "text"),
        ({"text": TEXT, "colour": "red"}, "invalid_request", "colour"),
    ],
)
def test_code_rejects_bad_input_with_422(
    client: TestClient, payload: dict[str, Any], code: str, needle: str
) -> None:
    assert needle in _error(client.post("/code", json=payload), 422, code)


def test_code_rejects_malformed_json(client: TestClient) -> None:
    response = client.post("/code", content=b"{not json", headers={"content-type": "application/json"})
    _error(response, 422, "invalid_request")


def test_too_large_body_gets_413_and_long_article_is_truncated(client: TestClient) -> None:
    assert "bytes" in _error(client.post("/code", json={"text": "x" * 30_000}), 413, "payload_too_large")
    response = client.post("/code", json={"text": "Mexico met Canada. " * 300})
    assert response.status_code == 200
    body = response.json()
    assert body["article"]["truncated_from"] == len("Mexico met Canada. " * 300) - 1
    assert len(body["article"]["text"]) <= 5_000 and "--max-chars" in body["warnings"][0]


def test_streamed_body_over_limit_gets_413(client: TestClient) -> None:
    chunks = (b'{"text": "' + b"z" * 5_000 for _ in range(6))
    response = client.post("/code", content=chunks, headers={"content-type": "application/json"})
    _error(response, 413, "payload_too_large")


def test_events_pagination_and_total(client: TestClient) -> None:
    first = client.get("/events", params={"limit": 2}).json()
    assert first["total"] == 6 and len(first["events"]) == 2 and first["offset"] == 0
    rest = client.get("/events", params={"limit": 10, "offset": 2}).json()
    ids = [e["event_id"] for e in first["events"] + rest["events"]]
    assert len(ids) == len(set(ids)) == 6
    dates = [e["date"] for e in first["events"] + rest["events"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "total"),
    [
        ({"actor": "mex"}, 4),
        ({"actor": "CHL"}, 1),
        ({"type": "ACCUSE"}, 2),
        ({"type": "CONSULT", "since": "2017-02-01"}, 1),
        ({"until": "2017-01-31"}, 3),
        ({"factuality": "negated"}, 0),
        ({"actor": "PER", "type": "THREATEN"}, 1),
    ],
)
def test_events_filters(client: TestClient, params: dict[str, str], total: int) -> None:
    body = client.get("/events", params=params).json()
    assert body["total"] == total == len(body["events"])


@pytest.mark.parametrize(
    "params",
    [
        {"type": "HUG"},
        {"limit": 0},
        {"limit": 5000},
        {"offset": -1},
        {"since": "yesterday"},
        {"since": "2017-03-01", "until": "2017-01-01"},
        {"factuality": "maybe"},
    ],
)
def test_events_bad_filters_get_422(client: TestClient, params: dict[str, Any]) -> None:
    code = "invalid_range" if "until" in params else "invalid_request"
    _error(client.get("/events", params=params), 422, code)


def test_dyad_trend_by_month_and_directions(client: TestClient) -> None:
    body = client.get("/dyads/MEX/CAN/trend", params={"by": "month"}).json()
    assert [(p["period"], p["events"]) for p in body["points"]] == [("2017-01-01", 2), ("2017-02-01", 1)]
    assert body["points"][0]["quad_counts"] == [1, 0, 1, 0]
    assert body["points"][0]["goldstein_mean"] == pytest.approx(-0.5)
    both = client.get("/dyads/MEX/CAN/trend", params={"both_directions": True}).json()
    assert [p["events"] for p in both["points"]] == [3, 1]
    days = client.get("/dyads/mex/can/trend", params={"by": "day"}).json()
    assert [p["period"] for p in days["points"]] == ["2017-01-10", "2017-01-20", "2017-02-15"]


def test_dyad_trend_bad_requests(client: TestClient) -> None:
    _error(client.get("/dyads/MEX/CAN/trend", params={"by": "year"}), 422, "invalid_request")
    _error(client.get("/dyads/ME X/CAN/trend"), 422, "invalid_request")
    assert client.get("/dyads/USA/RUS/trend").json()["points"] == []


def test_article_with_events_and_marks(client: TestClient, store_file: StoreFixture) -> None:
    article_id = next(
        aid for aid, evs in store_file[1].items() if len(evs) == 2 and evs[0].trigger == "accused"
    )
    body = client.get(f"/articles/{article_id}").json()
    assert body["article"]["title"] == "Border row" and body["article"]["date"] == "2017-01-20"
    assert len(body["events"]) == 2 and len(body["sentences"]) == 2
    second = body["sentences"][1]
    spans = {m["kind"]: second["text"][m["start"] : m["end"]] for m in second["marks"]}
    assert spans == {"trigger": "accused", "source": "Canada", "target": "Mexico"}


def test_article_dateline_fields(client: TestClient, store_file: StoreFixture) -> None:
    dated = [client.get(f"/articles/{aid}").json()["article"] for aid in store_file[1]]
    assert {(a["dateline_place"], a["agency"]) for a in dated} >= {("Mexico City", "Reuters"), ("Lima", "AP")}


def test_unknown_article_and_route_get_404(client: TestClient) -> None:
    assert "nope" in _error(client.get("/articles/nope"), 404, "not_found")
    assert "/no/such/route" in _error(client.get("/no/such/route"), 404, "not_found")
    _error(client.get("/static/../../etc/passwd"), 404, "not_found")
    _error(client.get("/static/secret.py"), 404, "not_found")


def test_wrong_method_gets_405(client: TestClient) -> None:
    assert "GET is not allowed on /code" in _error(client.get("/code"), 405, "method_not_allowed")


def test_network_nodes_and_edges(client: TestClient) -> None:
    body = client.get("/network").json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("MEX", "CAN")]["events"] == 3
    assert edges[("MEX", "CAN")]["top_type"] == "CONSULT"
    assert {n["id"] for n in body["nodes"]} == {"MEX", "CAN", "PER", "CHL", "BRA"}
    mex = next(n for n in body["nodes"] if n["id"] == "MEX")
    assert mex["events"] == 4 and mex["country"] == "MEX" and mex["label"] == "Mexico"
    strong = client.get("/network", params={"min_events": 2}).json()
    assert {(e["source"], e["target"]) for e in strong["edges"]} == {("MEX", "CAN")}
    assert client.get("/network", params={"since": "2017-02-01"}).json()["edges"][0]["events"] == 1


def test_store_endpoints_without_store_get_503(bare_client: TestClient) -> None:
    for path in ("/events", "/dyads/MEX/CAN/trend", "/articles/abc", "/network"):
        assert "--store" in _error(bare_client.get(path), 503, "no_store")


def test_missing_store_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no event store"):
        create_app(Settings(), store_path=tmp_path / "missing.duckdb")


def test_non_store_database_gets_503(tmp_path: Path, coder_factory: Any) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with TestClient(create_app(Settings(), store_path=path, coder_factory=coder_factory)) as test_client:
        assert "not an eventwire store" in _error(test_client.get("/events"), 503, "store_unavailable")


def test_unexpected_error_is_500_without_traceback() -> None:
    class Broken:
        def __init__(self, settings: Settings) -> None:
            pass

        def code_article(self, article: Any) -> list[Event]:
            raise RuntimeError("secret internal detail")

    with TestClient(
        create_app(Settings(), coder_factory=Broken), raise_server_exceptions=False
    ) as test_client:
        response = test_client.post("/code", json={"text": TEXT})
    assert "secret" not in _error(response, 500, "internal_error")


def test_page_and_static_assets(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert (
        "Content-Security-Policy" in page.headers
        and "script-src" not in page.headers["Content-Security-Policy"]
    )
    assert 'id="code-form"' in page.text and "http" not in page.text.replace("http-equiv", "")
    for name, kind in (("app.js", "javascript"), ("app.css", "text/css")):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"]
        assert "//cdn" not in asset.text and "https://" not in asset.text


def test_openapi_spec_is_precise(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/health",
        "/code",
        "/events",
        "/dyads/{src}/{tgt}/trend",
        "/articles/{article_id}",
        "/network",
        "/claims",
        "/claims/{claim_id}",
        "/articles/{article_id}/claims",
        "/articles/{article_id}/sourcing",
        "/events.csv",
        "/events.jsonl",
        "/reference/cameo",
    }
    code = spec["paths"]["/code"]["post"]
    assert code["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("CodeResponse")
    assert {"413", "422"} <= set(code["responses"])
    assert {"Event", "Actor", "ErrorResponse", "EventPage"} <= set(spec["components"]["schemas"])
    assert "/docs" not in spec["paths"]  # the page is served, but is not part of the API


def test_trend_rejects_an_unknown_granularity(store_file: StoreFixture) -> None:
    from eventwire.server.storeview import StoreReader

    with pytest.raises(StoreError, match="granularity"):
        StoreReader(store_file[0]).trend("MEX", "CAN", "year", False)  # type: ignore[arg-type]


def test_coding_does_not_block_the_event_loop(coder_factory: Any) -> None:
    import asyncio
    import threading

    import httpx

    release = threading.Event()

    class SlowCoder(coder_factory):  # type: ignore[misc, valid-type]
        def code_article(self, article: Any) -> list[Event]:
            release.wait(timeout=10)
            return list(super().code_article(article))

    app = create_app(Settings(), coder_factory=SlowCoder)

    async def scenario() -> tuple[int, bool, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            coding = asyncio.create_task(http.post("/code", json={"text": TEXT}))
            await asyncio.sleep(0.2)
            health = await http.get("/health")
            still_coding = not coding.done()
            release.set()
            return health.status_code, still_coding, (await coding).status_code

    health_status, still_coding, code_status = asyncio.run(scenario())
    assert (health_status, code_status) == (200, 200)
    assert still_coding, "/health was answered only after coding ended: coding blocked the event loop"


def test_allowed_hosts_refuse_foreign_host_headers(coder_factory: Any) -> None:
    app = create_app(Settings(), coder_factory=coder_factory, allowed_hosts={"127.0.0.1", "localhost", "::1"})
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        assert test_client.get("/health").status_code == 200
        assert test_client.get("/health", headers={"host": "localhost:8000"}).status_code == 200
        assert test_client.get("/health", headers={"host": "[::1]:8000"}).status_code == 200
        refused = test_client.get("/events", headers={"host": "attacker.example:8000"})
    assert "Host header" in _error(refused, 400, "bad_host")


def test_docs_page_and_vendored_assets_are_served(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    script = client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "SwaggerUIBundle" in script.text
    assert client.get("/static/vendor/swagger-ui/LICENSE").status_code == 200
    assert client.get("/static/docs.js").status_code == 200
    for missing in ("/static/vendor/swagger-ui/nope.js", "/static/vendor/..%2F..%2Fapp.py/x"):
        assert client.get(missing).status_code == 404
