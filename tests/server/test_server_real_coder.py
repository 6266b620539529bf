"""The app with the real :class:`eventwire.Coder` (spaCy model): API and page end to end."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

WIRE = (
    "BOGOTA (Reuters) - Colombia's government accused rebel commanders on Tuesday of breaking the ceasefire. "
    "President Juan Manuel Santos met Ecuador's foreign minister in Quito to discuss border security. "
    "Venezuela threatened to expel Colombian diplomats, officials said."
)


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lima-port-talks-2024-03-14.txt"


@pytest.fixture(scope="module")
def real_app() -> FastAPI:
    if not hasattr(importlib.import_module("eventwire"), "Coder"):
        reason = "eventwire.Coder is not available yet (the coder package has not landed)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return create_app(Settings(), preload=True)


def test_code_with_the_real_coder(real_app: FastAPI) -> None:
    with TestClient(real_app) as client:
        assert client.get("/health").json()["coder_loaded"] is True
        body = client.post("/code", json={"text": WIRE, "date": "2017-03-07"}).json()
        again = client.post("/code", json={"text": WIRE, "date": "2017-03-07"}).json()
    assert body["article"]["dateline"]["place"] == "Bogota"
    types = {e["event_type"] for e in body["events"]}
    assert "ACCUSE" in types
    assert [e["event_id"] for e in body["events"]] == [e["event_id"] for e in again["events"]]
    by_id = {e["event_id"]: e for e in body["events"]}
    for view in body["sentences"]:
        assert body["article"]["text"][view["start"] :].startswith(view["text"])
        triggers = [m for m in view["marks"] if m["kind"] == "trigger"]
        assert {m["event_id"] for m in triggers} == set(view["event_ids"]), "every event's trigger is marked"
        for mark in triggers:
            marked = view["text"][mark["start"] : mark["end"]].lower()
            trigger = by_id[mark["event_id"]]["trigger"].lower()
            assert trigger[:4] in marked or marked[:4] in trigger


@pytest.fixture(scope="module")
def real_url(real_app: FastAPI, live_server: Any, chromium: Any) -> Iterator[str]:
    with live_server(real_app) as url:
        yield url


def test_page_with_the_real_coder(real_url: str, chromium: tuple[str, list[str]], tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], args=chromium[1])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(real_url + "/")
            page.wait_for_selector("body[data-ready=true]")
            page.fill("#article-date", "2024-03-14")
            page.fill("#article-text", EXAMPLE.read_text(encoding="utf-8"))
            page.click("#code-submit")
            page.wait_for_selector("#code-result .sentence mark.hl-trigger", timeout=60_000)
            meeting = page.locator("#code-result article.event[data-type=CONSULT]").first
            assert "PER" in meeting.inner_text() and "CHN" in meeting.inner_text()
            triggers = page.locator("#code-result .sentence mark.hl-trigger").all_inner_texts()
            assert "met" in [t.lower() for t in triggers]
            page.screenshot(path=str(tmp_path / "real-coder.png"), full_page=True)
        finally:
            browser.close()
    assert problems == []
