"""Actor networks: who acts on whom, how often and how (mean Goldstein), as a networkx DiGraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import networkx as nx

from eventwire.actors.labels import actor_label
from eventwire.analysis.errors import AnalysisError, OutputFormatError
from eventwire.store.queries import (
    DateWindow,
    actor_profiles,
    dyad_edges,
    dyad_filter,
    example_names,
    open_readonly,
    relation,
)

GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf")


def network(
    store: Path | str,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_events: int = 1,
    *,
    unique: bool = False,
    international: bool = False,
    no_self: bool = False,
    out: Path | str | None = None,
    png: Path | str | None = None,
) -> nx.DiGraph:
    """Directed actor graph: nodes are actor codes, edges carry per-direction event counts.

    Edge attributes: ``weight`` (events), ``goldstein_mean``, ``cooperation`` (quads 1-2) and
    ``conflict`` (quads 3-4). Node attributes: ``label``, ``examples``, ``country``, ``sector``,
    ``events``. Edges with fewer than ``min_events`` events are dropped; events without both actor
    codes are ignored; ``international`` keeps only edges between different countries, ``no_self``
    drops self-loops. ``out`` (.graphml or .gexf) and ``png`` (.png or .svg) write the graph and a drawing.
    """
    if min_events < 1:
        raise AnalysisError(f"min_events must be at least 1, not {min_events}")
    if out is not None:
        graph_format(Path(out))
    with open_readonly(store) as con:
        rel = relation(con, unique)
        graph = _edges(con, rel, (since, until), min_events, dyad_filter(international, no_self))
        _annotate_nodes(con, rel, graph)
    graph.graph.update(
        since=since.isoformat() if since else "",
        until=until.isoformat() if until else "",
        min_events=min_events,
        unique=unique,
        international=international,
        no_self=no_self,
    )
    if out is not None:
        write_graph(graph, Path(out))
    if png is not None:
        from eventwire.analysis.charts import network_figure, save_figure

        save_figure(network_figure(graph), Path(png))
    return graph


def graph_format(out: Path) -> str:
    """The graph file format named by ``out``'s extension; raise OutputFormatError for others."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in GRAPH_FORMATS:
        raise OutputFormatError(f"cannot write {out.name}: the graph file must end in .graphml or .gexf")
    return fmt


def write_graph(graph: nx.DiGraph, out: Path) -> Path:
    """Write ``graph`` as GraphML or GEXF (for Gephi), chosen by the file extension."""
    fmt = graph_format(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
    else:
        nx.write_gexf(graph, out)
    return out


def _edges(
    con: duckdb.DuckDBPyConnection,
    rel: str,
    window: DateWindow,
    min_events: int,
    keep: str,
) -> nx.DiGraph:
    rows = sorted(dyad_edges(con, rel, window, min_events, keep))  # nodes in code order
    graph = nx.DiGraph()
    for source, target, count, tone, coop, conflict, _ in rows:
        graph.add_edge(
            source,
            target,
            weight=count,
            goldstein_mean=round(tone, 4),
            cooperation=coop,
            conflict=conflict,
        )
    return graph


def _annotate_nodes(con: duckdb.DuckDBPyConnection, rel: str, graph: nx.DiGraph) -> None:
    """Give every node its label (the code's meaning), its most frequent names as examples, its
    country, sector and event count."""
    if graph.number_of_nodes() == 0:
        return
    profiles = actor_profiles(con, rel, list(graph.nodes))
    examples = example_names(con, rel, list(graph.nodes))
    for code, (country, sector) in profiles.items():
        graph.nodes[code].update(
            label=actor_label(code),
            examples="; ".join(examples.get(code, [])),
            country=country or "",
            sector=sector or "",
        )
    for node in graph.nodes:
        out_w = sum(d["weight"] for _, _, d in graph.out_edges(node, data=True))
        in_w = sum(d["weight"] for _, _, d in graph.in_edges(node, data=True))
        loop = graph.edges[node, node]["weight"] if graph.has_edge(node, node) else 0
        graph.nodes[node]["events"] = int(out_w + in_w - loop)
