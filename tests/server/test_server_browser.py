"""The bundled page in a real browser: Playwright drives Debian's chromium against a live uvicorn server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.models import Event
from eventwire.server import create_app
from eventwire.settings import Settings

ARTICLE = (
    "SANTIAGO (Reuters) - Chile accused Peru on Thursday of violating the fishing accord. "
    "The two neighbours have argued over the maritime border for years. "
    "Later Brazil praised Chile for its restraint."
)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live_url(
    store_file: tuple[Path, dict[str, list[Event]]], coder_factory: Any, live_server: Any, chromium: Any
) -> Iterator[str]:
    app = create_app(Settings(), store_path=store_file[0], coder_factory=coder_factory)
    with live_server(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser_page(live_url: str, chromium: tuple[str, list[str]]) -> Iterator[tuple[Any, list[str]]]:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], args=chromium[1])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.on("request", lambda req: None if req.url.startswith(live_url) else problems.append(req.url))
            page.goto(live_url + "/")
            page.wait_for_selector("body[data-ready=true]")
            yield page, problems
        finally:
            browser.close()


def test_paste_code_and_see_highlighted_events(browser_page: tuple[Any, list[str]], tmp_path: Path) -> None:
    page, problems = browser_page
    problems.clear()
    page.fill("#article-title", "Fishing dispute")
    page.fill("#article-date", "2017-03-02")
    page.fill("#article-text", ARTICLE)
    page.click("#code-submit")
    page.wait_for_selector("#code-result .sentence-row")
    rows = page.locator("#code-result .sentence-row")
    assert rows.count() == 2
    first = rows.nth(0)
    assert first.locator("mark.hl-trigger").inner_text() == "accused"
    assert first.locator("mark.hl-source").inner_text() == "Chile"
    assert first.locator("mark.hl-target").inner_text() == "Peru"
    card = first.locator("article.event")
    assert card.get_attribute("data-type") == "ACCUSE"
    details = card.inner_text()
    for expected in ("112", "Chile [CHL]", "Peru [PER]", "2017-03-02", "asserted"):
        assert expected in details
    assert rows.nth(1).locator("article.event").get_attribute("data-type") == "SUPPORT"
    meta = page.inner_text("#article-meta")
    assert "Santiago (Reuters)" in meta and "2 events" in meta and "Fishing dispute" in meta
    shot = tmp_path / "code.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert problems == []


def test_upload_a_txt_file_fills_the_form(browser_page: tuple[Any, list[str]], tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page, problems = browser_page
    problems.clear()
    page.fill("#article-title", "")
    upload = tmp_path / "peru-brief.txt"
    upload.write_text("Peru threatened Brazil over the dam.", encoding="utf-8")
    page.set_input_files("#article-file", str(upload))
    expect(page.locator("#article-text")).to_have_value(re.compile("threatened"))
    assert page.input_value("#article-title") == "peru-brief"
    page.click("#code-submit")
    page.wait_for_selector("#code-result article.event[data-type=THREATEN]")
    assert page.locator("#code-result .sentence mark.hl-target").inner_text() == "Brazil"
    assert problems == []


def test_code_errors_are_shown(browser_page: tuple[Any, list[str]]) -> None:
    page, problems = browser_page
    problems.clear()
    page.fill("#article-text", "Chile accused Peru.")
    page.fill("#article-date", "")
    page.evaluate("document.getElementById('article-text').value = '   '")
    page.evaluate("document.getElementById('article-text').removeAttribute('required')")
    page.click("#code-submit")
    page.wait_for_selector("#code-result .error")
    assert "empty" in page.inner_text("#code-result .error")
    assert [p for p in problems if "status of 422" not in p] == []


def test_store_browser_opens_an_article(browser_page: tuple[Any, list[str]]) -> None:
    """The trend, network and table views have their own tests in test_server_views_browser.py."""
    page, problems = browser_page
    problems.clear()
    page.fill("#filter-form input[name=actor]", "MEX")
    page.click("#filter-form button[type=submit]")
    page.wait_for_selector("#events-result table")
    assert page.locator("#events-result tbody tr").count() == 4
    assert "of 4" in page.inner_text("#events-result .pager")
    page.locator("#events-result tbody tr").first.locator("button").click()
    page.wait_for_selector("#article-view .sentence mark.hl-trigger")
    assert page.locator("#article-view .sentence mark.hl-trigger").first.inner_text() == "met"
    assert problems == []


def test_api_docs_page_renders_from_bundled_assets(
    browser_page: tuple[Any, list[str]], live_url: str, tmp_path: Path
) -> None:
    """/docs is Swagger UI from the package's own files: no request leaves the server, no script error."""
    problems: list[str] = []
    page = browser_page[0].context.browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("request", lambda req: None if req.url.startswith(live_url) else problems.append(req.url))
        page.goto(live_url + "/docs")
        page.wait_for_selector(".opblock-summary-path", timeout=15000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        page.screenshot(path=str(tmp_path / "docs.png"))
    finally:
        page.close()
    assert "/code" in paths and "/health" in paths
    assert problems == []
    assert (tmp_path / "docs.png").stat().st_size > 10_000
