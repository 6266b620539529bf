"""Corpus scale: the DuckDB event store, batch coding into it, and exports out of it."""

from eventwire.store.batch import BatchProgress, BatchSummary, run_batch
from eventwire.store.db import Store
from eventwire.store.export import EXPORT_FORMATS, export_store

__all__ = ["EXPORT_FORMATS", "BatchProgress", "BatchSummary", "Store", "export_store", "run_batch"]
