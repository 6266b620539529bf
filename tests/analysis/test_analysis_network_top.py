"""network(), top_dyads(), top_actors(), biggest_changes(): hand-computed on the fixture store."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import networkx as nx
import pytest

from eventwire.analysis import (
    AnalysisError,
    OutputFormatError,
    PeriodError,
    biggest_changes,
    network,
    parse_period,
    top,
    top_actors,
    top_dyads,
)


def test_network_edges_and_nodes(store_path: Path) -> None:
    graph = network(store_path)
    assert isinstance(graph, nx.DiGraph)
    assert graph.number_of_nodes() == 11
    assert graph.number_of_edges() == 10
    edge = graph.edges["USAGOV", "MEXGOV"]
    assert edge["weight"] == 6
    assert edge["goldstein_mean"] == pytest.approx(8 / 6, abs=1e-4)
    assert (edge["cooperation"], edge["conflict"]) == (4, 2)
    assert graph.edges["MEXGOV", "USAGOV"]["goldstein_mean"] == pytest.approx(-4.5)
    assert graph.nodes["USAGOV"]["events"] == 13
    assert graph.nodes["USAGOV"]["label"] == "United States - government"
    assert graph.nodes["USAGOV"]["examples"]
    assert graph.nodes["UNO"]["country"] == ""


def test_network_min_events_and_dates(store_path: Path) -> None:
    strong = network(store_path, min_events=2)
    assert set(strong.edges) == {
        ("USAGOV", "MEXGOV"),
        ("MEXGOV", "USAGOV"),
        ("USAGOV", "CHNGOV"),
        ("RUSMIL", "UKRMIL"),
    }
    february = network(store_path, since=dt.date(2017, 2, 1), until=dt.date(2017, 2, 28))
    assert february.edges["USAGOV", "MEXGOV"]["weight"] == 2
    assert february.edges["RUSMIL", "UKRMIL"]["weight"] == 2
    assert february.number_of_edges() == 6
    assert network(store_path, unique=True).edges["USAGOV", "MEXGOV"]["weight"] == 5


def test_network_files_readable(store_path: Path, tmp_path: Path) -> None:
    graphml, gexf, png = tmp_path / "g.graphml", tmp_path / "g.gexf", tmp_path / "net.png"
    network(store_path, out=graphml, png=png)
    network(store_path, out=gexf)
    back = nx.read_graphml(graphml)
    assert back.is_directed() and back.number_of_edges() == 10
    assert int(back.edges["RUSMIL", "UKRMIL"]["weight"]) == 3
    assert nx.read_gexf(gexf).number_of_nodes() == 11
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert min(struct.unpack(">II", head[16:24])) > 300
    assert png.stat().st_size > 10_000


def test_network_argument_errors(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputFormatError):
        network(store_path, out=tmp_path / "g.json")
    with pytest.raises(AnalysisError):
        network(store_path, min_events=0)


def test_top_dyads(store_path: Path) -> None:
    frame = top_dyads(store_path, n=4)
    assert list(zip(frame["source"], frame["target"], frame["events"], strict=True)) == [
        ("USAGOV", "MEXGOV", 6),
        ("RUSMIL", "UKRMIL", 3),
        ("MEXGOV", "USAGOV", 2),
        ("USAGOV", "CHNGOV", 2),
    ]
    assert list(frame["conflict"]) == [2, 3, 2, 1]
    march = top_dyads(store_path, since=dt.date(2017, 3, 1))
    assert march["events"].sum() == 5


def test_top_actors(store_path: Path) -> None:
    frame = top_actors(store_path, n=3)
    assert list(frame["actor"]) == ["USAGOV", "MEXGOV", "CHNGOV"]
    assert list(frame["events"]) == [13, 8, 3]
    assert (frame.loc[0, "as_source"], frame.loc[0, "as_target"]) == (9, 4)
    usamil = top_actors(store_path, n=20).set_index("actor").loc["USAMIL"]
    assert usamil["events"] == 2  # the MOBILIZE event without a target still counts


def test_biggest_changes(store_path: Path) -> None:
    frame = biggest_changes(store_path, "2017-01..2017-01", "2017-03-01..2017-03-31")
    rows = list(zip(frame["source"], frame["target"], frame["before"], frame["after"], strict=True))
    assert rows == [
        ("RUSMIL", "UKRMIL", 0, 1),
        ("UNO", "UKR", 0, 1),
        ("CHNGOV", "USAGOV", 1, 0),
        ("USAGOV", "MEXGOV", 2, 1),
    ]
    assert list(frame["change"]) == [1, 1, -1, -1]
    assert frame["pct_change"].iloc[3] == pytest.approx(-50.0)


def test_parse_period() -> None:
    assert parse_period("2017-01..2017-03") == (dt.date(2017, 1, 1), dt.date(2017, 3, 31))
    assert parse_period("2016..2016") == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert parse_period("..2017-02") == (None, dt.date(2017, 2, 28))
    assert parse_period("2016") == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert parse_period("2017-02") == (dt.date(2017, 2, 1), dt.date(2017, 2, 28))
    assert parse_period("2017-01-05") == (dt.date(2017, 1, 5), dt.date(2017, 1, 5))
    for bad in (
        "2017-13",
        "",
        "2017..2018..2019",
        "2017-13..2017-14",
        "2017-02-30..2017-03-01",
        "2017-03..2017-01",
        "jan..feb",
    ):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_top_summary(store_path: Path) -> None:
    summary = top(store_path, n=2, period1="2017-01..2017-01", period2="2017-03..2017-03")
    assert len(summary.dyads) == 2 and len(summary.actors) == 2
    assert summary.changes is not None and len(summary.changes) == 2
    assert top(store_path).changes is None
    with pytest.raises(PeriodError):
        top(store_path, period1="2017-01..2017-01")
    with pytest.raises(AnalysisError):
        top_dyads(store_path, n=0)


def test_empty_store_gives_empty_results(empty_store: Path) -> None:
    assert top_dyads(empty_store).empty
    assert top_actors(empty_store).empty
    assert network(empty_store).number_of_edges() == 0


def test_dyad_filters_drop_self_and_domestic_pairs(tmp_path: Path) -> None:
    from fixture_store import FIXTURE_EVENTS, build_store

    from eventwire.analysis.top import DyadFilter

    extra = [
        ("e90", "a1", "CONSULT", "040", 1, 1.0, "USAGOV", "USAGOV", "2017-02-02", 0.9, "asserted"),
        ("e91", "a1", "CONSULT", "040", 1, 1.0, "USAGOV", "USAMIL", "2017-02-03", 0.9, "asserted"),
        ("e92", "a1", "CONSULT", "040", 1, 1.0, "USAGOV", "USAMIL", "2017-02-04", 0.9, "asserted"),
    ]
    path = build_store(tmp_path / "f.duckdb", [*FIXTURE_EVENTS, *extra])
    every = top_dyads(path, 50)
    assert ("USAGOV", "USAGOV") in set(zip(every["source"], every["target"], strict=True))
    no_self = top_dyads(path, 50, dyads=DyadFilter(no_self=True))
    assert all(s != t for s, t in zip(no_self["source"], no_self["target"], strict=True))
    assert ("USAGOV", "USAMIL") in set(zip(no_self["source"], no_self["target"], strict=True))
    international = top_dyads(path, 50, dyads=DyadFilter(international=True))
    assert all(s[:3] != t[:3] for s, t in zip(international["source"], international["target"], strict=True))
    assert len(international) < len(no_self)
    busy = top_dyads(path, 50, dyads=DyadFilter(min_events=2))
    assert busy["events"].min() >= 2
    graph = network(path, international=True)
    assert all(u[:3] != v[:3] for u, v in graph.edges)
    assert not any(u == v for u, v in network(path, no_self=True).edges)
