"""Ingest: turn raw text (and metadata) into validated :class:`~eventwire.models.Article` records."""

from eventwire.ingest.article import content_hash, parse_date, parse_dateline, prepare_article
from eventwire.ingest.readers import read

__all__ = ["content_hash", "parse_date", "parse_dateline", "prepare_article", "read"]
