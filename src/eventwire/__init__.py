"""eventwire: turn news articles into sourced political event data (PLOVER and CAMEO).

    >>> import eventwire
    >>> events = eventwire.code("WASHINGTON (Reuters) - ...", date="2017-02-01")

``code()`` is the one front door for a single article; :class:`Coder` loads the model once
for many articles.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from eventwire.errors import EventwireError
from eventwire.models import Actor, Article, Attribution, Event, Location
from eventwire.settings import Settings

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "Article",
    "Attribution",
    "Coder",
    "Event",
    "EventwireError",
    "Location",
    "Settings",
    "__version__",
    "code",
]


def __getattr__(name: str) -> object:
    if name == "Coder":
        from eventwire.coder import Coder

        return Coder
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")


@cache
def _default_coder() -> object:
    from eventwire.coding import build_coder
    from eventwire.settings import DEFAULT_SETTINGS

    return build_coder(DEFAULT_SETTINGS)


def code(text: str | bytes, date: dt.date | str | None = None, title: str | None = None) -> list[Event]:
    """Code one article with the default settings (the model is loaded on first use, then reused)."""
    from eventwire.coder import Coder

    coder = _default_coder()
    assert isinstance(coder, Coder)
    return coder.code(text, date=date, title=title)
