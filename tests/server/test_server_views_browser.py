"""The store views in headless Chromium: the trend (Vega-Lite), the network (Cytoscape.js) and the browse
table, each driven like a user would, its points asserted, and its screenshot checked (not empty, no
horizontal overflow), with no console error and no request leaving the server.

Set EVENTWIRE_SCREENSHOTS=DIR to keep the screenshots for a look.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from eventwire.actors.labels import actor_label
from eventwire.events.cameo import load_cameo
from eventwire.ingest import prepare_article
from eventwire.models import Actor, Article, Event
from eventwire.server import create_app
from eventwire.settings import Settings
from eventwire.store import Store

pytestmark = pytest.mark.slow
WIDTH = 1280
QUAD_COLOURS = {(0x74, 0xC4, 0x76), (0x23, 0x8B, 0x45), (0xFD, 0x8D, 0x3C), (0xCB, 0x18, 0x1D)}
# (publication date, [(source codes, trigger, target codes, cameo, date, precision)]); the sentence of each
# event is written from its parts. January and April 2017 have MEX -> CAN events, February and March none.
STORIES: list[tuple[str, list[tuple[list[str], str, list[str], str, str, str]]]] = [
    (
        "2017-01-10",
        [
            (["MEX"], "met", ["CAN"], "040", "2017-01-09", "day"),
            (["MEXGOV"], "accused", ["CAN"], "112", "2017-01-10", "day"),
            (["USAMIL", "USAMIL"], "visited", ["MEX"], "042", "2017-W02", "week"),
        ],
    ),
    (
        "2017-04-18",
        [
            (["MEX"], "praised", ["CAN"], "051", "2017-04-18", "day"),
            (["MEX"], "attacked", ["CAN"], "190", "2017-04", "month"),
            (["IGOUNO"], "urged", ["MEXGOV", "CANGOV"], "020", "2017", "year"),
            (["BRA"], "threatened", ["PER"], "130", "2017-04-17", "day"),
            (["CHL"], "criticized", ["PER"], "111", "2017-04-18", "day"),
            (["RUS"], "condemned", ["USAMIL"], "111", "2017-04-16", "day"),
        ],
    ),
]
_TYPES = {"040": "CONSULT", "042": "CONSULT", "112": "ACCUSE", "111": "ACCUSE", "051": "SUPPORT",
          "190": "ASSAULT", "020": "REQUEST", "130": "THREATEN"}  # fmt: skip
_QUADS = {"040": (1, 1.0), "042": (1, 1.9), "112": (3, -2.0), "111": (3, -2.0), "051": (1, 3.4),
          "190": (4, -10.0), "020": (1, 3.0), "130": (3, -4.4)}  # fmt: skip


def _actor(code: str, words: str) -> Actor:
    return Actor(text=words, code=code, country=code[:3] if code[:3] != "IGO" else None)


def _story(
    date: str, specs: list[tuple[list[str], str, list[str], str, str, str]]
) -> tuple[Article, list[Event]]:
    sentences = [
        f'<b>Officials</b> of {"+".join(src)} {trigger} {"+".join(tgt)} & said "no" on the day.'
        for src, trigger, tgt, *_ in specs
    ]
    article = prepare_article(" ".join(sentences), date=date, title=f"Story of {date}")[0]
    events, start = [], 0
    for index, ((src, trigger, tgt, cameo, when, precision), sentence) in enumerate(
        zip(specs, sentences, strict=True)
    ):
        start = article.text.index(sentence, start)
        at = start + sentence.index(f" {trigger} ") + 1
        quad, goldstein = _QUADS[cameo]
        events.append(
            Event(
                event_id=f"{article.id[:8]}-{index}", article_id=article.id, event_type=_TYPES[cameo],  # type: ignore[arg-type]
                cameo=cameo, quad_class=quad, goldstein=goldstein,
                source=[_actor(code, "the two") for code in src], target=[_actor(code, code) for code in tgt],
                date=when, date_precision=precision, factuality="asserted",  # type: ignore[arg-type]
                trigger=trigger, sentence=sentence, sentence_index=index,
                span=(start, start + len(sentence)), trigger_span=(at, at + len(trigger)), confidence=0.8,
            )
        )  # fmt: skip
    return article, events


@pytest.fixture(scope="module")
def views_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("views") / "views.duckdb"
    with Store.open(path) as store:
        run_id = store.start_run(Settings(), ["test"], "single")
        coded = []
        for date, specs in STORIES:
            article, events = _story(date, specs)
            coded.append((article, None, events))
        store.write_batch(run_id, coded)
    return path


@pytest.fixture(scope="module")
def views_url(views_store: Path, coder_factory: Any, live_server: Any) -> Iterator[str]:
    app = create_app(Settings(), store_path=views_store, coder_factory=coder_factory)
    with live_server(app) as url:
        yield url


@pytest.fixture()
def page(views_url: str, chromium: tuple[str, list[str]]) -> Iterator[tuple[Any, list[str]]]:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium[0], args=chromium[1])
        try:
            tab = browser.new_page(viewport={"width": WIDTH, "height": 900})
            tab.on(
                "console", lambda msg: problems.append(msg.text) if msg.type in ("error", "warning") else None
            )
            tab.on("pageerror", lambda exc: problems.append(str(exc)))
            tab.on("request", lambda req: None if req.url.startswith(views_url) else problems.append(req.url))
            tab.goto(views_url + "/")
            tab.wait_for_selector("body[data-ready=true]")
            yield tab, problems
        finally:
            browser.close()


def _no_overflow(tab: Any) -> None:
    scroll, inner = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner, f"horizontal overflow: {scroll} > {inner}"


def _screenshot(tab: Any, name: str, tmp_path: Path, section: str) -> Image.Image:
    """A full-page screenshot (kept under EVENTWIRE_SCREENSHOTS if set) that must be a real picture as
    wide as the window, and the section's own screenshot, returned for colour checks."""
    folder = Path(os.environ.get("EVENTWIRE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    full, part = folder / f"{name}-page.png", folder / f"{name}.png"
    tab.screenshot(path=str(full), full_page=True)
    tab.locator(section).screenshot(path=str(part))
    for shot in (full, part):
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    with Image.open(full) as image:
        assert image.width == WIDTH  # a full-page shot grows wider when the page overflows
    image = Image.open(part).convert("RGB")
    colours = image.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, "the screenshot is (nearly) one flat colour"
    return image


def _texts(tab: Any, selector: str) -> list[str]:
    texts: list[str] = tab.evaluate(
        "(selector) => [...document.querySelectorAll(selector)].map((node) => node.textContent)", selector
    )
    return texts


def _pixels(image: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in image.getcolors(maxcolors=1_000_000) or []}


def test_trend_has_a_time_axis_zero_filled_months_and_quad_stacks(page: Any, tmp_path: Path) -> None:
    tab, problems = page
    tab.fill("#trend-form input[name=src]", "MEX")
    tab.fill("#trend-form input[name=tgt]", "CAN")
    tab.click("#trend-form button[type=submit]")
    tab.wait_for_selector("#trend-plot svg .mark-rect path")
    assert tab.get_attribute("#trend-chart", "data-periods") == "4"  # January to April, both included
    assert "over 4 months" in tab.inner_text("#trend-summary") and "2 without events" in tab.inner_text(
        "#trend-summary"
    )
    assert tab.locator("#trend-plot svg .mark-rect path").count() == 4 * 4  # a (zero) stack per month
    axis = _texts(tab, "#trend-plot svg .role-axis-label text")
    assert {"Feb 2017", "Mar 2017"} <= set(axis), axis  # empty months are on the axis
    legend = _texts(tab, "#trend-plot svg .role-legend-label text")
    assert legend == [
        "1 verbal cooperation",
        "2 material cooperation",
        "3 verbal conflict",
        "4 material conflict",
    ]
    heights = tab.evaluate(
        "[...document.querySelectorAll('#trend-plot svg .mark-rect path')].map(p => p.getBBox().height)"
    )
    assert sum(h > 0 for h in heights) == 4  # Jan: quad 1 + quad 3; Apr: quad 1 + quad 4
    _no_overflow(tab)
    image = _screenshot(tab, "trend", tmp_path, "#trend")
    present = _pixels(image)
    assert {(0x74, 0xC4, 0x76), (0xFD, 0x8D, 0x3C), (0xCB, 0x18, 0x1D)} <= present
    assert (0x23, 0x8B, 0x45) in present  # in the legend, though no material cooperation was coded
    assert problems == []


def test_trend_by_week_and_with_a_range(page: Any) -> None:
    tab, problems = page
    tab.fill("#trend-form input[name=src]", "MEX")
    tab.fill("#trend-form input[name=tgt]", "CAN")
    tab.select_option("#trend-form select[name=by]", "week")
    tab.fill("#trend-form input[name=until]", "2017-01-31")
    tab.click("#trend-form button[type=submit]")
    tab.wait_for_selector("#trend-plot svg .mark-rect path")
    assert tab.get_attribute("#trend-chart", "data-periods") == "1"
    tab.fill("#trend-form input[name=until]", "")
    tab.click("#trend-form button[type=submit]")
    tab.wait_for_selector("#trend-chart[data-periods='15']")
    assert problems == []


def test_network_force_layout_labels_legend_details_and_zoom(page: Any, tmp_path: Path) -> None:
    tab, problems = page
    tab.click("#network-form button[type=submit]")
    tab.wait_for_selector("#network-canvas canvas")
    info = tab.evaluate(
        """() => { const cy = window.eventwireViews.network;
        const inside = cy.nodes().every((n) => { const b = n.renderedBoundingBox({includeLabels: true});
          return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); });
        const xs = cy.nodes().map((n) => Math.round(n.position('x')));
        return { nodes: cy.nodes().length, edges: cy.edges().length, inside, distinctX: new Set(xs).size,
          labels: cy.nodes().map((n) => n.style('label')), zoomable: cy.userZoomingEnabled(),
          pannable: cy.userPanningEnabled(), width: cy.width(),
          sizes: [cy.$id('MEX').width(), cy.$id('BRA').width()] }; }"""
    )
    assert info["nodes"] == 9 and info["edges"] == 7
    assert info["inside"], "a node or its label is cut at the edge of the canvas"
    assert info["distinctX"] > 3  # laid out by force, not stacked
    assert "USAMIL" in info["labels"] and "MEX" in info["labels"]
    assert info["zoomable"] and info["pannable"]
    assert info["sizes"][0] > info["sizes"][1]  # MEX has more events than BRA
    main_width = tab.evaluate("document.querySelector('main').clientWidth")
    assert info["width"] > 0.6 * main_width
    legend = tab.inner_text("#network-legend")
    assert "mean Goldstein" in legend and "Node size = events" in legend
    tab.evaluate("window.eventwireViews.network.$id('USAMIL').emit('tap')")
    details = tab.inner_text("#network-details")
    assert actor_label("USAMIL") in details and "the two" in details
    before = tab.evaluate("window.eventwireViews.network.zoom()")
    tab.locator("#network-canvas").scroll_into_view_if_needed()
    box = tab.locator("#network-canvas").bounding_box()
    tab.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.wait_for_timeout(600)  # Cytoscape ignores the wheel while the page is still scrolling
    tab.mouse.wheel(0, -300)
    tab.wait_for_function("(before) => window.eventwireViews.network.zoom() > before", arg=before)
    tab.click("#network-fit")
    _no_overflow(tab)
    _screenshot(tab, "network", tmp_path, "#network")
    assert problems == []


def test_network_fills_a_narrow_window(page: Any) -> None:
    tab, problems = page
    tab.set_viewport_size({"width": 700, "height": 800})
    tab.click("#network-form button[type=submit]")
    tab.wait_for_selector("#network-canvas canvas")
    width = tab.evaluate("window.eventwireViews.network.width()")
    assert 500 < width <= 700
    tab.set_viewport_size({"width": WIDTH, "height": 900})
    tab.wait_for_function("(width) => window.eventwireViews.network.width() > width + 200", arg=width)
    inside = tab.evaluate(
        """window.eventwireViews.network.nodes().every((n) => { const cy = window.eventwireViews.network;
        const b = n.renderedBoundingBox({includeLabels: true});
        return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(); })"""
    )
    assert inside
    assert problems == []


def _column(tab: Any, index: int) -> list[str]:
    return [
        t.strip() for t in tab.locator(f"#events-result tbody tr td:nth-child({index})").all_inner_texts()
    ]


def test_browse_table_evidence_labels_dates_actors_sorting(page: Any, tmp_path: Path) -> None:
    tab, problems = page
    tab.click("#filter-form button[type=submit]")
    tab.wait_for_selector("#events-result tbody tr")
    assert tab.locator("#events-result tbody tr").count() == 9
    headings = tab.locator("#events-result thead th").all_inner_texts()
    assert [h.rstrip(" ▲▼") for h in headings][:6] == [
        "Date",
        "Type",
        "CAMEO",
        "Source",
        "Target",
        "Evidence",
    ]
    # evidence: the sentence as text (markup in it shown, not parsed) with its trigger marked
    first = tab.locator("#events-result tbody tr").first
    cell = first.locator("td.evidence-cell")
    assert cell.locator("b").count() == 0 and cell.inner_text().startswith("<b>Officials</b>")
    assert cell.locator("mark.hl-trigger").inner_text() in {s[1] for _, specs in STORIES for s in specs}
    # dates: one line, days as YYYY-MM-DD, coarser dates labelled
    dates = _column(tab, 1)
    assert all(
        re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}(-W\d{2}|-\d{2})? \((week|month|year)\)", d) for d in dates
    )
    assert {"2017-W02 (week)", "2017-04 (month)", "2017 (year)"} <= set(dates)
    one_line = tab.evaluate(
        """[...document.querySelectorAll('#events-result td.date')].every((td) => {
        const r = document.createRange(); r.selectNodeContents(td);
        return r.getClientRects().length === 1; })"""
    )
    assert one_line
    # CAMEO codes with their labels; actors named once
    cameo = tab.locator("#events-result td.cameo").all_inner_texts()
    assert all(text.split(None, 1)[1].strip() == load_cameo()[text.split()[0]].label for text in cameo)
    assert "the two [USAMIL]" in _column(tab, 4)
    assert not any("USAMIL]; the two [USAMIL" in s for s in _column(tab, 4))
    # sort by type, both ways
    tab.click("#events-result th[data-sort=type] button")
    tab.wait_for_selector("#events-result th[data-sort=type][aria-sort=ascending]")
    assert _column(tab, 2) == sorted(_column(tab, 2))
    tab.click("#events-result th[data-sort=type] button")
    tab.wait_for_selector("#events-result th[data-sort=type][aria-sort=descending]")
    assert _column(tab, 2) == sorted(_column(tab, 2), reverse=True)
    _no_overflow(tab)
    _screenshot(tab, "browse", tmp_path, "#browse")
    assert problems == []


def test_browse_downloads_follow_the_current_filter(page: Any) -> None:
    tab, problems = page
    tab.fill("#filter-form input[name=actor]", "CAN")
    tab.click("#filter-form button[type=submit]")
    tab.wait_for_selector("#events-result tbody tr")
    shown = tab.locator("#events-result tbody tr").count()
    href = tab.get_attribute("#download-csv", "href")
    assert href is not None and "actor=CAN" in href and "sort=date" in href
    with tab.expect_download() as download:
        tab.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == shown == 4
    assert all("CAN" in (r["source"] + r["target"]) for r in rows)
    jsonl = tab.request.get(tab.evaluate("document.getElementById('download-jsonl').href"))
    assert jsonl.ok and len(jsonl.text().splitlines()) == 4
    assert problems == []
