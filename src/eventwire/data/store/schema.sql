-- eventwire store schema (DuckDB). Applied on every read-write open; every statement is idempotent.
-- Documented in docs/store.md.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    eventwire_version VARCHAR,
    settings JSON,
    engine VARCHAR,
    inputs JSON,
    status VARCHAR NOT NULL,
    articles_read BIGINT NOT NULL DEFAULT 0,
    articles_coded BIGINT NOT NULL DEFAULT 0,
    articles_skipped BIGINT NOT NULL DEFAULT 0,
    articles_rejected BIGINT NOT NULL DEFAULT 0,
    events BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR UNIQUE,
    source_id VARCHAR,
    title VARCHAR,
    date DATE,
    text VARCHAR,
    dateline_place VARCHAR,
    agency VARCHAR,
    coded_at TIMESTAMP,
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR,
    cameo VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    source_code VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_name VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_name VARCHAR,
    date DATE,
    date_precision VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    factuality VARCHAR,
    attribution_kind VARCHAR,
    attribution_text VARCHAR,
    trigger VARCHAR,
    sentence VARCHAR,
    sentence_index INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    confidence DOUBLE,
    record JSON
);

-- Every event mention with the key of the de-duplicated event it supports. Events without a date are
-- never merged across mentions: their key is their own event_id.
CREATE OR REPLACE VIEW mentions AS
SELECT
    CASE
        WHEN e.date IS NULL THEN 'u' || e.event_id
        ELSE md5(concat_ws('|', coalesce(e.source_code, ''), coalesce(e.target_code, ''),
                           e.event_type, strftime(e.date, '%Y-%m-%d')))
    END AS event_key,
    e.event_id AS mention_id,
    e.article_id,
    a.source_id,
    a.agency,
    a.title AS article_title,
    a.date AS article_date,
    e.sentence_index,
    e.sentence_index = 0 AS in_lead,
    e.sentence,
    e.trigger,
    e.span_start,
    e.span_end,
    e.factuality,
    e.attribution_kind,
    e.attribution_text,
    e.confidence
FROM events AS e
LEFT JOIN articles AS a USING (article_id);

-- One row per de-duplicated event (same source_code, target_code, event_type and date): the most confident
-- mention stands for the group; counts and a stable 63-bit global id are added.
CREATE OR REPLACE VIEW unique_events AS
WITH groups AS (
    SELECT
        event_key,
        count(*)::INTEGER AS num_mentions,
        count(DISTINCT article_id)::INTEGER AS num_articles,
        count(DISTINCT coalesce(agency, article_id))::INTEGER AS num_sources,
        max(CASE WHEN in_lead THEN 1 ELSE 0 END)::INTEGER AS is_root_event
    FROM mentions
    GROUP BY event_key
),
ranked AS (
    SELECT
        e.*,
        m.event_key,
        row_number() OVER (PARTITION BY m.event_key ORDER BY e.confidence DESC, e.event_id) AS rank_in_group
    FROM events AS e
    JOIN mentions AS m ON m.mention_id = e.event_id
)
SELECT
    r.* EXCLUDE (rank_in_group),
    g.num_articles,
    g.num_mentions,
    g.num_sources,
    g.is_root_event,
    (md5_number(r.event_key) >> 65)::BIGINT AS global_event_id
FROM ranked AS r
JOIN groups AS g USING (event_key)
WHERE r.rank_in_group = 1;

-- Sourcing profile of every article: how many of its events rest on named people, officials, anonymous
-- sources, other media or no attribution (docs/schema.md, "Claims and sourcing").
CREATE OR REPLACE VIEW article_sourcing AS
SELECT
    a.article_id,
    a.title,
    a.date,
    count(e.event_id)::INTEGER AS events,
    count(e.event_id) FILTER (WHERE e.attribution_kind = 'named')::INTEGER AS named,
    count(e.event_id) FILTER (WHERE e.attribution_kind = 'official')::INTEGER AS official,
    count(e.event_id) FILTER (WHERE e.attribution_kind = 'anonymous')::INTEGER AS anonymous,
    count(e.event_id) FILTER (WHERE e.attribution_kind = 'media')::INTEGER AS media,
    count(e.event_id) FILTER (WHERE e.attribution_kind = 'none')::INTEGER AS "none"
FROM articles AS a
LEFT JOIN events AS e USING (article_id)
GROUP BY ALL;

-- Claims (eventwire.claims; docs/claims.md), written by `eventwire claims --save` in one transaction from
-- the events above; they are derived data and can be rebuilt at any time.
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY,
    family VARCHAR,
    proposition VARCHAR,
    source VARCHAR,
    target VARCHAR,
    date_start DATE,
    date_end DATE,
    status VARCHAR,
    num_mentions INTEGER,
    num_articles INTEGER,
    asserting_articles INTEGER,
    denying_articles INTEGER,
    asserting_sources INTEGER,
    denying_sources INTEGER
);

CREATE TABLE IF NOT EXISTS claim_mentions (
    claim_id VARCHAR,
    mention_id VARCHAR,
    event_id VARCHAR,
    article_id VARCHAR,
    sentence_index INTEGER,
    stance VARCHAR,
    side VARCHAR,
    role VARCHAR,
    voice_text VARCHAR,
    voice_kind VARCHAR,
    voice_code VARCHAR,
    PRIMARY KEY (claim_id, mention_id)
);
