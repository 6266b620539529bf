"""/claims, /claims/{id}, an article's claims and sourcing, and the claims page in headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from claims.builders import make_store
from eventwire.server import create_app
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def claims_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("claims") / "claims.duckdb")


@pytest.fixture()
def api(claims_store: Path, coder_factory: Any) -> Iterator[TestClient]:
    app = create_app(Settings(), store_path=claims_store, coder_factory=coder_factory)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_claims_list_filters_and_pages(api: TestClient) -> None:
    everything = api.get("/claims").json()
    assert everything["total"] == 2
    contested = api.get("/claims", params={"status": "contested"}).json()
    assert contested["total"] == 1
    claim = contested["claims"][0]
    assert claim["proposition"] == "SYL threatens military force -> FRE"
    assert {m["side"] for m in claim["mentions"]} == {"for", "against"}
    assert api.get("/claims", params={"actor": "XYZ"}).json()["total"] == 0
    assert len(api.get("/claims", params={"limit": 1, "offset": 1}).json()["claims"]) == 1
    assert api.get("/claims", params={"status": "sure"}).status_code == 422


def test_one_claim_and_unknown_claim(api: TestClient) -> None:
    claim_id = api.get("/claims", params={"status": "contested"}).json()["claims"][0]["claim_id"]
    claim = api.get(f"/claims/{claim_id}").json()
    assert [m["role"] for m in claim["mentions"]] == ["report", "denial", "event"]
    missing = api.get("/claims/abc123")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_article_claims_and_sourcing(api: TestClient) -> None:
    assert len(api.get("/articles/a1/claims").json()) == 2
    profile = api.get("/articles/a1/sourcing").json()
    assert (profile["events"], profile["anonymous"], profile["none"]) == (3, 1, 2)


def test_claims_need_a_store(coder_factory: Any) -> None:
    with TestClient(
        create_app(Settings(), coder_factory=coder_factory), raise_server_exceptions=False
    ) as bare:
        assert bare.get("/claims").status_code == 503


@pytest.mark.slow
def test_claim_page_shows_both_sides_and_sourcing(
    claims_store: Path, coder_factory: Any, live_server: Any, chromium: tuple[str, list[str]], tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    app = create_app(Settings(), store_path=claims_store, coder_factory=coder_factory)
    problems: list[str] = []
    with live_server(app) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], args=chromium[1])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(url + "/claims-view")
            page.wait_for_selector("body[data-ready=true]")
            assert page.inner_text("#claims-status-line") == "1 claims"
            page.click("#claim-list button")
            page.wait_for_selector("#claim-detail[data-ready=true]")
            pro = page.locator('.side[data-side="for"] .mention')
            con = page.locator('.side[data-side="against"] .mention')
            assert pro.count() == 2 and con.count() == 1
            assert (
                "media reports" in pro.nth(0).inner_text()
                and pro.nth(0).locator("mark").inner_text() == "threatened"
            )
            assert con.nth(0).get_attribute("data-stance") == "denied"
            left, right = (page.locator(f'.side[data-side="{s}"]').bounding_box() for s in ("for", "against"))
            assert (
                left is not None and right is not None and left["x"] < right["x"] and left["y"] == right["y"]
            )
            assert page.locator(".article-profile").count() == 2
            bars = page.locator('.article-profile[data-article="a1"] svg .mark-rect path')
            assert bars.count() == 5  # named, official, anonymous, media, none (Vega-Lite bars)
            widths = [bars.nth(i).bounding_box()["width"] for i in range(bars.count())]  # type: ignore[index]
            assert widths[4] > widths[2] > widths[0]  # none 2, anonymous 1, named 0
            page.select_option("#claims-status", "")
            page.click("#claims-form button[type=submit]")
            page.wait_for_function("() => document.querySelectorAll('#claim-list li').length === 2")
            shot = tmp_path / "claims.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
    assert problems == []
