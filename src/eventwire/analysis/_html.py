"""HTML for the report: one page, inline CSS, no scripts, every value escaped."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from eventwire.analysis.frames import QUAD_LABELS

if TYPE_CHECKING:
    from eventwire.analysis.report import ReportData

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1100px;
       color: #222; line-height: 1.45; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #666; font-size: 0.9rem; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem 1rem; min-width: 8rem;
        background: #fafafa; }
.card b { display: block; font-size: 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { color: #555; font-size: 0.9rem; }
mark { background: #ffe58a; padding: 0 0.1rem; }
"""


def _esc(value: object) -> str:
    """HTML-escape any cell value (quotes too); missing values become an empty string."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def page(data: ReportData) -> str:
    """The whole HTML document."""
    from eventwire.analysis.claims_html import CLAIMS_CSS, claims_section

    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        "<title>eventwire report</title>",
        f"<style>{CSS}{CLAIMS_CSS}</style></head><body>",
        "<h1>eventwire report</h1>",
        f'<p class="meta">Store {_esc(data.store)} · generated {generated}</p>',
        _summary_section(data),
        _trend_section(data),
        _network_section(data),
        "<h2>Most active dyads</h2>",
        table(data.dyads, ["source", "target", "events", "cooperation", "conflict", "goldstein_mean"]),
        "<h2>Most active actors</h2>",
        table(data.actors, ["actor", "label", "events", "as_source", "as_target", "examples"]),
        "<h2>Event types</h2>",
        table(data.by_type, ["event_type", "quad_class", "events", "goldstein_mean"]),
        claims_section(data.contested),
        _events_section(data.events),
        "</body></html>",
    ]
    return "\n".join(parts)


def _summary_section(data: ReportData) -> str:
    s = data.summary
    span = f"{s['first_date']} – {s['last_date']}" if s["first_date"] else "no dated events"
    if s.get("first_published"):
        span += f"; articles published {s['first_published']} – {s['last_published']}"
    cards = [
        ("events", s["events"]),
        ("articles", s["articles"]),
        ("actors", s["actors"]),
        ("dyads", s["dyads"]),
        ("undated events", s["undated"]),
        ("events without a target", s["untargeted"]),
        ("articles without events", s["articles_without_events"]),
        ("events dated outside the publication period (left out of charts)", s["outside_period"]),
        ("mean Goldstein", s["goldstein_mean"]),
        ("mean confidence", s["confidence_mean"]),
    ]
    cards += [(QUAD_LABELS[f"quad{q}"], count) for q, count in s["quads"].items()]
    body = "".join(f'<div class="card"><b>{_esc(v)}</b>{_esc(k)}</div>' for k, v in cards)
    return f'<h2>Summary</h2><p>Dates covered: {_esc(span)}</p><div class="cards">{body}</div>'


def _trend_section(data: ReportData) -> str:
    if not data.charts:
        return "<h2>Dyad trends</h2><p>No dyads with both actors coded.</p>"
    figures = []
    for caption, uri in data.charts:
        if uri:
            figures.append(
                f'<figure><img src="{uri}" alt="{_esc(caption)}">'
                f"<figcaption>{_esc(caption)}</figcaption></figure>"
            )
        else:
            figures.append(f"<p>{_esc(caption)}: no dated events.</p>")
    intro = "<p>Cooperation (quad classes 1–2) above the axis, conflict (3–4) below.</p>"
    return "<h2>Dyad trends</h2>" + intro + "".join(figures)


def _network_section(data: ReportData) -> str:
    if not data.network_png:
        return "<h2>Actor network</h2><p>No events with both actors coded.</p>"
    caption = "Directed actor network: edge width by event count, colour by mean Goldstein score."
    return (
        f'<h2>Actor network</h2><figure><img src="{data.network_png}" alt="actor network">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def _evidence(trigger: object, sentence: object) -> str:
    """The escaped sentence with its first case-insensitive trigger match marked."""
    text = "" if sentence is None else str(sentence)
    word = "" if trigger is None or pd.isna(trigger) else str(trigger)
    at = text.lower().find(word.lower()) if word else -1
    if at < 0:
        return _esc(text)
    end = at + len(word)
    return f"{_esc(text[:at])}<mark>{_esc(text[at:end])}</mark>{_esc(text[end:])}"


def _events_section(events: pd.DataFrame) -> str:
    head = "".join(
        f"<th>{h}</th>"
        for h in ("confidence", "date", "type", "CAMEO", "source", "target", "factuality", "evidence")
    )
    rows = []
    for ev in events.itertuples():
        date = "" if pd.isna(ev.date) else str(pd.Timestamp(ev.date).date())
        rows.append(
            f'<tr><td class="num">{ev.confidence:.2f}</td><td>{_esc(date)}</td><td>{_esc(ev.event_type)}</td>'
            f"<td>{_esc(ev.cameo)}</td><td>{_esc(ev.source)}</td><td>{_esc(ev.target)}</td>"
            f"<td>{_esc(ev.factuality)}</td><td>{_evidence(ev.trigger, ev.sentence)}</td></tr>"
        )
    return f"<h2>Highest-confidence events</h2><table><tr>{head}</tr>{''.join(rows)}</table>"


def table(frame: pd.DataFrame, columns: Iterable[str]) -> str:
    """A plain HTML table of ``columns``; numbers right-aligned, every cell escaped."""
    cols = list(columns)
    if frame.empty:
        return "<p>None.</p>"
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    body = []
    for _, row in frame[cols].iterrows():
        cells = []
        for c in cols:
            numeric = pd.api.types.is_number(row[c]) and not isinstance(row[c], bool)
            cells.append(f'<td class="num">{_esc(row[c])}</td>' if numeric else f"<td>{_esc(row[c])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"
