"""A small hand-written event store following the STORE contract, built directly with DuckDB SQL.

Imported by name in tests/analysis (``from fixture_store import build_store``; the fixtures are in
conftest.py) and by file path in tests/cli/test_cli_analysis.py. Hand-computed expectations for
these rows live in the tests that use them.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

EVENTS_DDL = """
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, event_type VARCHAR, mode VARCHAR,
    context VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    date DATE, date_precision VARCHAR, location_name VARCHAR, location_country VARCHAR,
    lat DOUBLE, lon DOUBLE, factuality VARCHAR, attribution_kind VARCHAR, attribution_text VARCHAR,
    trigger VARCHAR, sentence VARCHAR, sentence_index INTEGER, span_start INTEGER, span_end INTEGER,
    confidence DOUBLE, record JSON
)"""

ARTICLES_DDL = """
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, source_id VARCHAR, title VARCHAR,
    date DATE, text VARCHAR, dateline_place VARCHAR, agency VARCHAR, coded_at TIMESTAMP, run_id VARCHAR
)"""

UNIQUE_VIEW = """
CREATE VIEW unique_events AS
SELECT * EXCLUDE (rank_in_group) FROM (
    SELECT *,
        count(DISTINCT article_id) OVER grp AS num_articles,
        count(*) OVER grp AS num_mentions,
        row_number() OVER (PARTITION BY source_code, target_code, event_type, date
                           ORDER BY confidence DESC, event_id) AS rank_in_group
    FROM events
    WINDOW grp AS (PARTITION BY source_code, target_code, event_type, date)
) WHERE rank_in_group = 1"""

ACTORS: dict[str, tuple[str | None, str | None, str]] = {
    "USAGOV": ("USA", "GOV", "United States government"),
    "USAMIL": ("USA", "MIL", "US military"),
    "MEX": ("MEX", None, "Mexico"),
    "MEXGOV": ("MEX", "GOV", "Mexican government"),
    "CHNGOV": ("CHN", "GOV", "Chinese government"),
    "RUSMIL": ("RUS", "MIL", "Russian forces"),
    "RUSGOV": ("RUS", "GOV", "Kremlin"),
    "UKRMIL": ("UKR", "MIL", "Ukrainian army"),
    "UKRGOV": ("UKR", "GOV", "Kyiv government"),
    "UKR": ("UKR", None, "Ukraine"),
    "UNO": (None, "IGO", "United Nations"),
}

# id, article, type, cameo, quad, goldstein, source, target, date, confidence, factuality
FIXTURE_EVENTS: list[tuple[str, str, str, str, int, float, str, str | None, str | None, float, str]] = [
    ("e01", "a1", "CONSULT", "040", 1, 1.0, "USAGOV", "MEXGOV", "2017-01-05", 0.90, "asserted"),
    ("e02", "a1", "ACCUSE", "112", 3, -2.0, "USAGOV", "MEXGOV", "2017-01-20", 0.80, "asserted"),
    ("e03", "a2", "REJECT", "120", 3, -4.0, "MEXGOV", "USAGOV", "2017-01-21", 0.70, "asserted"),
    ("e04", "a3", "THREATEN", "130", 3, -4.4, "USAGOV", "MEX", "2017-02-01", 0.95, "asserted"),
    ("e05", "a3", "COOPERATE", "061", 2, 6.4, "USAMIL", "MEX", "2017-02-03", 0.60, "asserted"),
    ("e06", "a4", "AGREE", "057", 1, 8.0, "USAGOV", "MEXGOV", "2017-02-14", 0.85, "asserted"),
    ("e07", "a5", "AGREE", "057", 1, 8.0, "USAGOV", "MEXGOV", "2017-02-14", 0.50, "asserted"),
    ("e08", "a6", "SANCTION", "163", 4, -8.0, "USAGOV", "MEXGOV", "2017-03-02", 0.75, "asserted"),
    ("e09", "a7", "CONSULT", "040", 1, 1.0, "USAGOV", "MEXGOV", None, 0.40, "planned"),
    ("e10", "a6", "REQUEST", "100", 3, -5.0, "MEXGOV", "USAGOV", "2017-03-10", 0.65, "asserted"),
    ("e11", "a8", "ACCUSE", "112", 3, -2.0, "CHNGOV", "USAGOV", "2017-01-10", 0.55, "asserted"),
    ("e12", "a8", "CONSULT", "040", 1, 1.0, "USAGOV", "CHNGOV", "2017-01-11", 0.58, "asserted"),
    ("e13", "a9", "SANCTION", "163", 4, -8.0, "USAGOV", "CHNGOV", "2017-03-15", 0.88, "asserted"),
    ("e14", "a10", "ASSAULT", "190", 4, -10.0, "RUSMIL", "UKRMIL", "2017-02-10", 0.92, "asserted"),
    ("e15", "a10", "ASSAULT", "190", 4, -10.0, "RUSMIL", "UKRMIL", "2017-02-20", 0.91, "asserted"),
    ("e16", "a11", "ASSAULT", "190", 4, -10.0, "RUSMIL", "UKRMIL", "2017-03-05", 0.45, "asserted"),
    ("e17", "a11", "ACCUSE", "112", 3, -2.0, "UKRGOV", "RUSGOV", "2017-02-21", 0.62, "asserted"),
    ("e18", "a12", "AID", "070", 2, 7.0, "UNO", "UKR", "2017-03-01", 0.66, "asserted"),
    ("e19", "a3", "PROTEST", "140", 3, -6.5, "MEX", "USAGOV", "2017-02-02", 0.35, "asserted"),
    ("e20", "a3", "MOBILIZE", "150", 4, -7.2, "USAMIL", None, "2017-02-05", 0.30, "asserted"),
]

SCRIPT_SENTENCE = 'Officials warned of <script>alert("x")</script> tariffs & "walls" at the border.'


def _sentence(event_id: str, source: str, event_type: str, target: str | None) -> str:
    if event_id == "e04":
        return SCRIPT_SENTENCE
    return f"Fixture sentence {event_id}: {source} {event_type.lower()} {target or 'nobody'}."


def _actor_columns(code: str | None) -> list[object]:
    if code is None:
        return [None, None, None, None]
    country, sector, name = ACTORS[code]
    return [code, country, sector, name]


def event_row(
    item: tuple[str, str, str, str, int, float, str, str | None, str | None, float, str],
) -> list[object]:
    """One `events` row (all contract columns) for a FIXTURE_EVENTS tuple."""
    event_id, article, etype, cameo, quad, gold, source, target, date, conf, fact = item
    sentence = _sentence(event_id, source, etype, target)
    trigger = "warned" if event_id == "e04" else etype.lower()
    record = {"event_id": event_id, "article_id": article, "event_type": etype, "cameo": cameo}
    return [
        event_id,
        article,
        etype,
        None,
        None,
        cameo,
        quad,
        gold,
        *_actor_columns(source),
        *_actor_columns(target),
        date,
        "day" if date else None,
        None,
        None,
        None,
        None,
        fact,
        "none",
        None,
        trigger,
        sentence,
        0,
        0,
        len(sentence),
        conf,
        json.dumps(record),
    ]


def build_store(path: Path, events: list | None = None, with_view: bool = True) -> Path:  # type: ignore[type-arg]
    """Create a DuckDB store at ``path`` holding ``events`` (default: FIXTURE_EVENTS)."""
    rows = [event_row(item) for item in (FIXTURE_EVENTS if events is None else events)]
    con = duckdb.connect(str(path))
    try:
        con.execute(EVENTS_DDL)
        con.execute(ARTICLES_DDL)
        if with_view:
            con.execute(UNIQUE_VIEW)
        if rows:
            con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(rows[0]))})", rows)
        articles = sorted({row[1] for row in rows})
        if articles:
            con.executemany(
                "INSERT INTO articles VALUES (?, ?, 'fixture', ?, NULL, ?, NULL, NULL, NULL, 'run1')",
                [[a, f"hash-{a}", f"Title {a}", f"Text of {a}."] for a in articles],
            )
    finally:
        con.close()
    return path
