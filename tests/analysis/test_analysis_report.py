"""write_report(): a self-contained, escaped HTML page that renders cleanly in headless Chromium."""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

import pytest

from eventwire.analysis import EmptyResultError, OutputFormatError, write_report
from eventwire.errors import StoreError

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def report_html(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(store_path, tmp_path_factory.mktemp("report") / "report.html")


def test_report_is_self_contained(report_html: Path) -> None:
    text = report_html.read_text(encoding="utf-8")
    assert "<script" not in text.lower()
    assert not re.search(r'(src|href)="(https?:)?//', text)
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    assert len(images) == 5  # four dyad trends and the network
    assert all(base64.b64decode(img)[:8] == b"\x89PNG\r\n\x1a\n" for img in images)


def test_report_shows_figures_and_escapes_evidence(report_html: Path) -> None:
    text = report_html.read_text(encoding="utf-8")
    assert "<b>20</b>events" in text and "<b>12</b>articles" in text and "<b>1</b>undated events" in text
    assert "<b>1</b>events without a target" in text and "articles without events" in text
    assert "USAGOV → MEXGOV" in text
    assert "<script>alert(" not in text  # the fixture evidence sentence holds a raw script tag
    assert "of &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; tariffs &amp; &quot;walls&quot;" in text
    assert "<mark>warned</mark>" in text
    first_row = text.index("<mark>warned</mark>")
    assert first_row < text.index("<mark>assault</mark>")  # highest confidence (0.95) comes first


def test_report_errors(store_path: Path, empty_store: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputFormatError):
        write_report(store_path, tmp_path / "report.pdf")
    with pytest.raises(EmptyResultError, match="no events"):
        write_report(empty_store, tmp_path / "empty.html")
    with pytest.raises(StoreError):
        write_report(tmp_path / "missing.duckdb", tmp_path / "r.html")


@pytest.mark.slow
def test_report_renders_in_chromium(report_html: Path, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not installed (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    shot = tmp_path / "report.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: problems.append(str(exc)))
            page.goto(report_html.as_uri())
            page.wait_for_load_state("load")
            widths = page.evaluate("Array.from(document.images).map(img => img.naturalWidth)")
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert problems == []
    assert len(widths) == 5 and min(widths) > 200
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
