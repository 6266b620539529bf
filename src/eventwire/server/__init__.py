"""Web app and HTTP API: code articles and browse an event store from a browser."""

from eventwire.coding import CoderLike
from eventwire.server.app import DEFAULT_MAX_BODY_BYTES, create_app
from eventwire.server.run import serve

__all__ = ["DEFAULT_MAX_BODY_BYTES", "CoderLike", "create_app", "serve"]
