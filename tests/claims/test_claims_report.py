"""The HTML report's contested-claims section (analysis/claims_html.py) on a small store."""

from __future__ import annotations

from pathlib import Path

from builders import make_store

from eventwire.analysis.claims_html import claims_section
from eventwire.analysis.report import write_report


def test_report_shows_both_sides_of_a_contested_claim(tmp_path: Path) -> None:
    store = make_store(tmp_path / "claims.duckdb")
    html = write_report(store, tmp_path / "report.html").read_text(encoding="utf-8")
    section = html.split("<h2>Contested claims</h2>", 1)[1].split("<h2>", 1)[0]
    assert "SYL threatens military force -&gt; FRE" in section
    asserted, denied = section.split('<div class="side against">', 1)
    assert "media reports" in asserted and "<mark>threatened</mark>" in asserted
    assert "<b>denied</b>" in denied and "<mark>denied</mark>" in denied
    assert "title a1, sentence 1" in section


def test_no_contested_claims_is_said_plainly() -> None:
    assert "No claim is both asserted and denied" in claims_section([])
