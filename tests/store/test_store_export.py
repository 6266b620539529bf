"""Exports: each format is read back with pandas, DuckDB and polars."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from eventwire.batch import run_batch
from eventwire.errors import StoreError
from eventwire.ingest import prepare_article
from eventwire.models import Location
from eventwire.settings import Settings
from eventwire.store import EXPORT_FORMATS, Store, export_store
from eventwire.store.export import ExportError
from fake_coder import FakeCoder, make_fake

GDELT_HEAD = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
]
GDELT_TAIL = [
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    corpus = folder / "c.jsonl"
    stories = [
        ("a", "Peru accused Chile of spying. Cuba met Haiti.", "2017-03-02"),
        ("b", "Officials said Peru accused Chile again.", "2017-03-02"),
        ("c", "Spain helped Italy.", "2017-04-10"),
        ("d", "Chad met Mali.", None),
    ]
    with corpus.open("w", encoding="utf-8") as handle:
        for source_id, text, date in stories:
            handle.write(json.dumps({"id": source_id, "text": text, "date": date}) + "\n")
    path = folder / "events.duckdb"
    run_batch([corpus], path, workers=1, coder_factory=make_fake)
    return path


def test_parquet_is_one_file_with_article_columns(store: Path, tmp_path: Path) -> None:
    out = export_store(store, "parquet", tmp_path / "events.parquet")
    assert out.is_file()
    frame = pd.read_parquet(out)
    assert len(frame) == 5 and "record" in frame.columns
    assert {"article_id", "article_date", "article_title"} <= set(frame.columns)
    assert len(pl.read_parquet(out)) == 5
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall() == [(5,)]
    assert len(pd.read_parquet(export_store(store, "parquet", out, unique=True))) == 4
    with pytest.raises(ExportError, match="folder"):
        export_store(store, "parquet", tmp_path)


def test_parquet_partitioned_by_month_on_request(store: Path, tmp_path: Path) -> None:
    out = export_store(store, "parquet", tmp_path / "pq", partition_by="month")
    months = sorted(p.name for p in out.iterdir())
    assert months == ["month=2017-03", "month=2017-04", "month=unknown"]
    assert len(pd.read_parquet(out)) == 5
    assert len(pl.read_parquet(out / "*" / "*.parquet", hive_partitioning=True)) == 5
    export_store(store, "parquet", out, unique=True, partition_by="month")
    assert len(pd.read_parquet(out)) == 4
    (out / "stranger.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="refusing to overwrite"):
        export_store(store, "parquet", out, partition_by="month")
    with pytest.raises(ExportError, match="only parquet"):
        export_store(store, "csv", tmp_path / "x.csv", partition_by="month")


def test_csv_plain_and_unique(store: Path, tmp_path: Path) -> None:
    plain = export_store(store, "csv", tmp_path / "events.csv")
    frame = pd.read_csv(plain)
    assert len(frame) == 5 and "record" not in frame.columns
    assert list(frame.columns[:3]) == ["event_id", "article_id", "event_type"]
    assert list(frame.columns[-3:]) == ["article_date", "article_title", "article_source"]
    assert set(frame["article_date"].dropna()) == {"2017-03-02", "2017-04-10"}
    unique = export_store(store, "csv", tmp_path / "unique.csv", unique=True)
    table = pl.read_csv(unique)
    accuse = table.filter(pl.col("event_type") == "ACCUSE")
    assert accuse["num_articles"].to_list() == [2] and accuse["num_mentions"].to_list() == [2]
    assert duckdb.sql(f"SELECT count(*) FROM read_csv('{unique}')").fetchall() == [(4,)]


def test_jsonl_holds_full_records(store: Path, tmp_path: Path) -> None:
    out = export_store(store, "jsonl", tmp_path / "events.jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    assert {"event_id", "source", "target", "sentence", "span", "attribution"} <= set(records[0])
    assert {"article_id", "article_date", "article_title"} <= set(records[0])
    assert {r["article_date"] for r in records} == {"2017-03-02", "2017-04-10", None}
    assert len(pd.read_json(out, lines=True)) == 5
    assert len(pl.read_ndjson(out)) == 5
    assert duckdb.sql(f"SELECT count(*) FROM read_json('{out}')").fetchall() == [(5,)]
    unique = export_store(store, "jsonl", tmp_path / "unique.jsonl", unique=True)
    merged = [json.loads(line) for line in unique.read_text(encoding="utf-8").splitlines()]
    accuse = next(r for r in merged if r["event_type"] == "ACCUSE")
    assert accuse["num_articles"] == 2 and len(accuse["mention_ids"]) == 2


def test_gdelt_columns_and_semantics(store: Path, tmp_path: Path) -> None:
    out = export_store(store, "gdelt", tmp_path / "gdelt.csv", header=True)
    frame = pd.read_csv(out, sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert len(frame.columns) == 61
    assert list(frame.columns[: len(GDELT_HEAD)]) == GDELT_HEAD
    assert list(frame.columns[-len(GDELT_TAIL) :]) == GDELT_TAIL
    assert len(frame) == 4
    accuse = frame[frame["EventRootCode"] == "11"].iloc[0]
    assert (accuse["SQLDATE"], accuse["MonthYear"], accuse["Year"]) == (20170302, 201703, 2017)
    assert (accuse["Actor1Code"], accuse["Actor1Name"], accuse["Actor2Code"]) == ("PER", "PERU", "CHI")
    assert (accuse["EventCode"], accuse["QuadClass"], accuse["NumArticles"], accuse["NumMentions"]) == (
        "112",
        3,
        2,
        2,
    )
    assert accuse["IsRootEvent"] == 1 and pd.isna(accuse["AvgTone"])
    assert frame["GLOBALEVENTID"].is_unique
    assert len(pl.read_csv(out, separator="\t")) == 4
    assert duckdb.sql(f"SELECT count(DISTINCT GLOBALEVENTID) FROM read_csv('{out}')").fetchall() == [(4,)]


def test_gdelt_default_is_headerless_tsv_like_gdelt_files(store: Path, tmp_path: Path) -> None:
    out = export_store(store, "gdelt", tmp_path / "20170302.export.CSV")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert not lines[0].startswith("GLOBALEVENTID")
    frame = pd.read_csv(out, sep="\t", header=None)
    assert frame.shape == (4, 61)


def test_failed_export_leaves_nothing_at_the_final_path(store: Path, tmp_path: Path) -> None:
    """A write that fails part-way (here: a 4 KB file-size limit) leaves no file and no partial one."""
    out = tmp_path / "big.jsonl"
    script = (
        "import resource, signal, sys\n"
        "from eventwire.store import export_store\n"
        "from eventwire.errors import EventwireError\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "try:\n"
        f"    export_store({str(store)!r}, 'jsonl', {str(out)!r})\n"
        "except EventwireError as exc:\n"
        "    print('error:', exc); sys.exit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert "cannot write" in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_export_errors(store: Path, tmp_path: Path) -> None:
    assert set(EXPORT_FORMATS) == {"parquet", "csv", "jsonl", "gdelt"}
    with pytest.raises(ExportError, match="unknown export format"):
        export_store(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        export_store(store, "csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(StoreError, match="no event store"):
        export_store(tmp_path / "none.duckdb", "csv", tmp_path / "x.csv")
    with pytest.raises(ExportError, match="folder"):
        export_store(store, "csv", tmp_path)


def test_gdelt_action_geography_uses_fips_codes(tmp_path: Path) -> None:
    coder = FakeCoder()
    places = {
        "Peru met Chile.": Location(
            text="Mexico City", name="Mexico City", country="MEX", lat=19.43, lon=-99.13
        ),
        "Spain met Italy.": Location(text="Germany", name="Germany", country="DEU"),
        "Cuba met Haiti.": Location(text="Austin", name="Austin", country="USA", lat=30.27, lon=-97.74),
    }
    path = tmp_path / "geo.duckdb"
    with Store.open(path) as opened:
        run_id = opened.start_run(Settings(), ["x"], "local")
        rows = []
        for text, place in places.items():
            article = prepare_article(text, date="2017-02-01")[0]
            events = [e.model_copy(update={"location": place}) for e in coder.code_article(article)]
            rows.append((article, None, events))
        opened.write_batch(run_id, rows)
    out = export_store(path, "gdelt", tmp_path / "geo.csv", header=True)
    frame = pd.read_csv(out, sep="\t", keep_default_na=False).set_index("Actor1Code")
    geo = frame[["ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode"]]
    assert geo.loc["PER"].tolist() == [4, "Mexico City, Mexico", "MX"]
    assert geo.loc["SPA"].tolist() == [1, "Germany", "GM"]
    assert geo.loc["CUB"].tolist() == [3, "Austin, United States", "US"]


def test_an_attack_by_an_unnamed_attacker_exports_with_an_empty_source(tmp_path: Path) -> None:
    """An attack the text gives no attacker ("a car bomb killed three soldiers") has no source; every
    format keeps the event with the source's columns empty (GDELT's Actor1 too)."""
    article = prepare_article("Peru attacked Chile.", date="2017-02-01")[0]
    (event,) = FakeCoder().code_article(article)
    path = tmp_path / "unnamed.duckdb"
    with Store.open(path) as opened:
        run_id = opened.start_run(Settings(), ["x"], "local")
        opened.write_batch(run_id, [(article, None, [event.model_copy(update={"source": []})])])
    csv = pd.read_csv(export_store(path, "csv", tmp_path / "e.csv"), keep_default_na=False)
    assert csv[["source_code", "target_code"]].values.tolist() == [["", "CHI"]]
    (record,) = [
        json.loads(line)
        for line in (export_store(path, "jsonl", tmp_path / "e.jsonl")).read_text().splitlines()
    ]
    assert record["source"] == [] and record["target"][0]["code"] == "CHI"
    assert pl.read_parquet(export_store(path, "parquet", tmp_path / "e.parquet"))[
        "source_code"
    ].to_list() == [None]
    gdelt = pd.read_csv(
        export_store(path, "gdelt", tmp_path / "e.tsv", header=True), sep="\t", keep_default_na=False
    )
    assert gdelt[["Actor1Code", "Actor2Code"]].values.tolist() == [["", "CHI"]]
