"""Matplotlib drawings (Agg canvas, no pyplot state): dyad trend bars and actor networks."""

from __future__ import annotations

import io
import math
from pathlib import Path

import networkx as nx
import pandas as pd
from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from eventwire.analysis.errors import EmptyResultError, OutputFormatError
from eventwire.analysis.frames import QUAD_LABELS

QUAD_COLOURS: dict[str, str] = {
    "quad1": "#9ecae1",
    "quad2": "#2171b5",
    "quad3": "#fdae6b",
    "quad4": "#d94801",
}
_TICK_FORMAT: dict[str, str] = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m"}
IMAGE_FORMATS: tuple[str, ...] = ("png", "svg")
MAX_DRAWN_NODES = 40


def image_format(out: Path) -> str:
    """The image format named by ``out``'s extension; raise OutputFormatError for others."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in IMAGE_FORMATS:
        raise OutputFormatError(f"cannot draw {out.name}: the chart file must end in .png or .svg")
    return fmt


def figure_bytes(fig: Figure, fmt: str = "png") -> bytes:
    """Render ``fig`` to PNG or SVG bytes."""
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=110, bbox_inches="tight")
    return buffer.getvalue()


def save_figure(fig: Figure, out: Path) -> Path:
    """Write ``fig`` to ``out`` in the format its extension names."""
    fmt = image_format(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(figure_bytes(fig, fmt))
    return out


def trend_figure(frame: pd.DataFrame, title: str | None = None) -> Figure:
    """Stacked bars per period: cooperation (quads 1-2) above the axis, conflict (3-4) below."""
    if frame.empty:
        raise EmptyResultError("no dated events for this dyad; nothing to chart")
    by = str(frame.attrs.get("by", "month"))
    fig = Figure(figsize=(max(6.0, min(16.0, 0.35 * len(frame) + 4)), 4.2))
    ax = fig.add_subplot()
    positions = list(range(len(frame)))
    for quads, sign in ((("quad1", "quad2"), 1), (("quad3", "quad4"), -1)):
        bottom = [0.0] * len(frame)
        for quad in quads:
            values = [sign * float(v) for v in frame[quad]]
            ax.bar(positions, values, bottom=bottom, color=QUAD_COLOURS[quad], label=QUAD_LABELS[quad])
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.axhline(0, color="black", linewidth=0.8)
    reach = max(1, int((frame["quad1"] + frame["quad2"]).max()), int((frame["quad3"] + frame["quad4"]).max()))
    ax.set_ylim(-1.15 * reach, 1.15 * reach)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
    step = max(1, math.ceil(len(frame) / 20))
    ax.set_xticks(positions[::step])
    ax.set_xticklabels(
        [p.strftime(_TICK_FORMAT[by]) for p in frame["period"].iloc[::step]], rotation=45, ha="right"
    )
    ax.set_xlabel(f"period ({by})")
    ax.set_ylabel("events (cooperation above, conflict below)")
    ax.set_title(title or _default_title(frame))
    ax.legend(loc="best", fontsize="small")
    fig.tight_layout()
    return fig


def _default_title(frame: pd.DataFrame) -> str:
    attrs = frame.attrs
    arrow = "↔" if attrs.get("both_directions") else "→"
    dyad = f"{attrs.get('source', '?')} {arrow} {attrs.get('target', '?')}"
    return f"{dyad}: events per {attrs.get('by', 'month')}"


def save_trend_chart(frame: pd.DataFrame, out: Path, title: str | None = None) -> Path:
    """Draw :func:`trend_figure` to ``out`` (.png or .svg)."""
    image_format(out)
    return save_figure(trend_figure(frame, title), out)


def _layout(sub: nx.DiGraph) -> dict[str, object]:
    """Node positions: a spring layout of the undirected, unweighted graph, spread wide enough that a
    hub (USAGOV in most news corpora) does not pull every other actor into one unreadable knot."""
    plain = nx.Graph()
    plain.add_nodes_from(sub)
    plain.add_edges_from((u, v) for u, v in sub.edges if u != v)
    spread = 2.5 / math.sqrt(max(1, len(plain)))
    positions: dict[str, object] = nx.spring_layout(plain, seed=7, k=spread, weight=None, iterations=300)
    return positions


def network_figure(graph: nx.DiGraph, title: str = "Actor network") -> Figure:
    """Draw the most active actors: node size by events, edge width by count, colour by Goldstein."""
    if graph.number_of_edges() == 0:
        raise EmptyResultError("the network has no edges; nothing to draw")
    activity = {n: int(d.get("events", 0)) for n, d in graph.nodes(data=True)}
    keep = sorted(activity, key=lambda n: (-activity[n], str(n)))[:MAX_DRAWN_NODES]
    sub = graph.subgraph(keep)
    fig = Figure(figsize=(9, 7))
    ax = fig.add_subplot()
    pos = _layout(sub)
    sizes = [300 + 80 * math.sqrt(activity[n]) for n in sub.nodes]
    counts = [float(d["weight"]) for _, _, d in sub.edges(data=True)]
    tones = [float(d["goldstein_mean"]) for _, _, d in sub.edges(data=True)]
    nx.draw_networkx_nodes(
        sub,
        pos,
        ax=ax,
        node_color="#dddddd",
        edgecolors="#555555",
        node_size=sizes,
    )
    scale = ScalarMappable(norm=Normalize(vmin=-10, vmax=10), cmap=colormaps["RdYlGn"])
    nx.draw_networkx_edges(
        sub,
        pos,
        ax=ax,
        width=[0.8 + 1.2 * math.log1p(c) for c in counts],
        edge_color=[scale.cmap((t + 10) / 20) for t in tones],
        arrows=True,
        arrowsize=12,
        connectionstyle="arc3,rad=0.12",
        node_size=sizes,
    )
    nx.draw_networkx_labels(sub, pos, ax=ax, font_size=8)
    fig.colorbar(scale, ax=ax, label="mean Goldstein score", shrink=0.7)
    shown = "" if len(sub) == len(graph) else f" (top {len(sub)} of {len(graph)} actors)"
    ax.set_title(title + shown)
    ax.set_axis_off()
    fig.tight_layout()
    return fig
