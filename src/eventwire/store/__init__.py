"""The DuckDB event store: persistence, read-only access and exports (batch coding is in ``batch``)."""

from eventwire.store.db import Store
from eventwire.store.export import EXPORT_FORMATS, export_store

__all__ = ["EXPORT_FORMATS", "Store", "export_store"]
