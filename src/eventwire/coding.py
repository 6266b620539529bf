"""What the front ends (CLI, batch, server) need of a coder, without importing spaCy.

:class:`CoderLike` is the one protocol they code through (``eventwire.Coder`` satisfies it; tests pass
fakes), :func:`build_coder` the one way they build the real coder, and :func:`failure_reason` the one
way a failed article is reported: a line, never a traceback.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from eventwire.errors import EventwireError
from eventwire.models import Article, Event
from eventwire.settings import Settings


class CoderLike(Protocol):
    """A coder: one article at a time, or a stream of them (batched through the pipeline)."""

    def code_article(self, article: Article) -> list[Event]: ...

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]: ...


CoderFactory = Callable[[Settings], CoderLike]


def build_coder(settings: Settings) -> CoderLike:
    """The real coder, :class:`eventwire.coder.Coder` (imported on first use: loading spaCy is slow).

    Its model and tables live as long as the process, so the collector is off while they load, and
    they are then moved out of its sight (``gc.freeze``): later collections, and the last one at exit
    (a quarter of a second), no longer walk them, and forked workers do not copy the pages a
    collection would touch.
    """
    from eventwire.coder import Coder

    collecting = gc.isenabled()
    gc.disable()
    try:
        coder = Coder(settings)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return coder


def confident(events: Iterable[Event], floor: float) -> list[Event]:
    """The events whose confidence is at least ``floor`` (``Settings.min_confidence``, or one
    request's ``min_confidence`` at the server)."""
    return [e for e in events if e.confidence >= floor]


def failure_reason(exc: Exception) -> str:
    """One line saying why an article could not be coded: the message of an input or configuration
    error, or the exception's class and message for a bug (with a request to report it)."""
    if isinstance(exc, EventwireError):
        return str(exc)
    return f"coding failed ({exc.__class__.__name__}: {exc}); please report this as a bug"


def code_or_report(coder: CoderLike, article: Article) -> tuple[list[Event], str | None]:
    """The article's events and None, or no events and the :func:`failure_reason` when coding raised."""
    try:
        return coder.code_article(article), None
    except Exception as exc:  # a bug must not show a traceback to the user: report it in one line
        return [], failure_reason(exc)


def code_all_or_report(coder: CoderLike, articles: list[Article]) -> list[tuple[list[Event], str | None]]:
    """:func:`code_or_report` for each article, the articles piped through the coder together
    (``code_articles``: batched, faster); if that raises, each is coded again on its own, so one
    failing article costs the others nothing but time."""
    try:
        return [(events, None) for _, events in coder.code_articles(articles)]
    except Exception:  # which article failed is found by coding them one by one
        return [code_or_report(coder, article) for article in articles]
