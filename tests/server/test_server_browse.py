"""The browse table's API: sorting, CSV/JSONL downloads of the current filter, the CAMEO labels."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.events.cameo import load_cameo
from eventwire.models import Event
from eventwire.server.browse import CSV_COLUMNS

StoreFixture = tuple[Path, dict[str, list[Event]]]


def _csv(response: Any) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


def _jsonl(response: Any) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines()]


@pytest.mark.parametrize(
    ("sort", "order", "key"),
    [
        ("date", "asc", lambda e: e["date"]),
        ("type", "asc", lambda e: e["event_type"]),
        ("source", "desc", lambda e: e["source"][0]["code"]),
        ("target", "asc", lambda e: e["target"][0]["code"]),
        ("trigger", "desc", lambda e: e["trigger"]),
        ("cameo", "asc", lambda e: e["cameo"]),
    ],
)
def test_events_sort_by_any_column(client: TestClient, sort: str, order: str, key: Any) -> None:
    events = client.get("/events", params={"sort": sort, "order": order}).json()["events"]
    values = [key(e) for e in events]
    assert len(values) == 6 and len(set(values)) > 1
    assert values == sorted(values, reverse=order == "desc")


def test_events_sort_is_stable_across_pages(client: TestClient) -> None:
    whole = client.get("/events", params={"sort": "type", "order": "asc"}).json()["events"]
    pages = [
        client.get("/events", params={"sort": "type", "order": "asc", "limit": 2, "offset": o}).json()
        for o in (0, 2, 4)
    ]
    assert [e["event_id"] for p in pages for e in p["events"]] == [e["event_id"] for e in whole]


def test_events_unknown_sort_gets_422(client: TestClient) -> None:
    for params in ({"sort": "goldstein"}, {"order": "up"}):
        response = client.get("/events", params=params)
        assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_csv_download_holds_the_whole_filter_in_table_order(client: TestClient) -> None:
    params = {"actor": "MEX", "sort": "date", "order": "asc"}
    response = client.get("/events.csv", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = _csv(response)
    assert list(rows[0]) == list(CSV_COLUMNS)
    page = client.get("/events", params={**params, "limit": 1000}).json()
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in page["events"]]
    assert len(rows) == page["total"] == 4
    accusation = next(r for r in rows if r["event_type"] == "ACCUSE")
    assert accusation["cameo"] == "112" and accusation["cameo_label"] == load_cameo()["112"].label
    assert accusation["article_title"] == "Border row" and accusation["article_date"] == "2017-01-20"
    assert accusation["trigger"] == "accused" and "accused" in accusation["sentence"]


def test_jsonl_download_has_full_records_with_article_date_and_title(client: TestClient) -> None:
    response = client.get("/events.jsonl", params={"type": "CONSULT"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    records = _jsonl(response)
    assert len(records) == 2 and {r["event_type"] for r in records} == {"CONSULT"}
    for record in records:
        Event.model_validate({k: v for k, v in record.items() if k not in {"article_date", "article_title"}})
        assert record["article_title"] in {"Trade talks", "More talks"}
    assert [r["date"] for r in records] == sorted((r["date"] for r in records), reverse=True)


def test_download_of_an_empty_filter_is_a_header_only_csv(client: TestClient) -> None:
    response = client.get("/events.csv", params={"factuality": "negated"})
    assert response.status_code == 200 and response.text.splitlines() == [",".join(CSV_COLUMNS)]
    assert client.get("/events.jsonl", params={"factuality": "negated"}).text == ""


def test_csv_download_names_each_actor_once(client: TestClient, store_file: StoreFixture) -> None:
    from eventwire.server.browse import csv_row

    event = next(iter(store_file[1].values()))[0]
    doubled = event.model_copy(update={"source": [event.source[0], event.source[0]]})
    row = dict(zip(CSV_COLUMNS, csv_row(doubled, None, None), strict=True))
    assert row["source"] == event.source[0].code and row["source_text"] == event.source[0].text


@pytest.mark.parametrize("path", ["/events.csv", "/events.jsonl"])
def test_download_errors(client: TestClient, bare_client: TestClient, path: str) -> None:
    bad = client.get(path, params={"since": "2017-03-01", "until": "2017-01-01"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_range"
    assert client.get(path, params={"type": "HUG"}).status_code == 422
    missing = bare_client.get(path)
    assert missing.status_code == 503 and missing.json()["error"]["code"] == "no_store"


def test_cameo_reference_lists_every_bundled_code(bare_client: TestClient) -> None:
    codes = bare_client.get("/reference/cameo").json()["codes"]
    assert set(codes) == set(load_cameo())
    assert codes["112"]["label"] == load_cameo()["112"].label
    assert codes["190"]["quad_class"] == 4 and codes["190"]["plover_type"] == "ASSAULT"


def test_trend_takes_a_date_range(client: TestClient) -> None:
    body = client.get("/dyads/MEX/CAN/trend", params={"since": "2017-02-01"}).json()
    assert [p["period"] for p in body["points"]] == ["2017-02-01"]
    bad = client.get("/dyads/MEX/CAN/trend", params={"since": "2017-03-01", "until": "2017-01-01"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_range"


def test_vendored_libraries_ship_their_licences_and_the_page_loads_them(client: TestClient) -> None:
    from importlib import resources

    vendor = resources.files("eventwire") / "server" / "static" / "vendor"
    readme = (vendor / "README.md").read_text(encoding="utf-8")
    libraries = [item.name for item in vendor.iterdir() if item.is_dir()]
    assert {"vega", "vega-lite", "vega-embed", "cytoscape"} <= set(libraries)
    for library in libraries:
        assert f"`{library}/`" in readme
        assert client.get(f"/static/vendor/{library}/LICENSE").status_code == 200
    page = client.get("/").text
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert len(scripts) == 8
    for src in scripts:
        response = client.get(src)
        assert response.status_code == 200 and "javascript" in response.headers["content-type"], src
