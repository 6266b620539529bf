"""A tiny deterministic stand-in for eventwire.Coder, so store tests need no spaCy model.

Every sentence of the form "<Source> <verb> <Target> ..." whose verb is in ``VERBS`` yields one event;
actor codes are the first three letters of the actor word in upper case. The word "EXPLODE" in an
article makes the coder raise, to test how a run survives a coder failure.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator

from eventwire.models import Actor, Article, Event
from eventwire.settings import Settings

VERBS = {
    "accused": ("ACCUSE", "112", 3, -2.0),
    "met": ("CONSULT", "040", 1, 1.0),
    "attacked": ("ASSAULT", "190", 4, -10.0),
    "helped": ("AID", "070", 2, 7.0),
}
_CLAUSE = re.compile(r"\b([A-Z][a-z]+) (" + "|".join(VERBS) + r") ([A-Z][a-z]+)")


class FakeCoder:
    """Codes articles with one regular expression; ``delay`` seconds of sleep per article."""

    delay = 0.0

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def code_article(self, article: Article) -> list[Event]:
        if "EXPLODE" in article.text:
            raise RuntimeError("fake coder failure")
        events = []
        offset = 0
        for index, sentence in enumerate(article.text.split(". ")):
            for match in _CLAUSE.finditer(sentence):
                events.append(self._event(article, index, sentence, offset, match))
            offset += len(sentence) + 2
        return events

    def _event(self, article: Article, index: int, sentence: str, offset: int, match: re.Match[str]) -> Event:
        source, verb, target = match.groups()
        event_type, cameo, quad, goldstein = VERBS[verb]
        digest = hashlib.sha1(f"{article.id}|{index}|{match.start()}".encode()).hexdigest()[:16]
        return Event(
            event_id=f"{article.id}-{digest}",
            article_id=article.id,
            event_type=event_type,  # type: ignore[arg-type]
            cameo=cameo,
            quad_class=quad,
            goldstein=goldstein,
            source=[Actor(text=source, code=source[:3].upper(), country=source[:3].upper())],
            target=[Actor(text=target, code=target[:3].upper(), country=target[:3].upper())],
            date=article.date.isoformat() if article.date else None,
            date_precision="day" if article.date else None,
            trigger=verb,
            sentence=sentence,
            sentence_index=index,
            span=(offset + match.start(2), offset + match.end(2)),
            trigger_span=(offset + match.start(2), offset + match.end(2)),
            confidence=0.5 + 0.1 * (len(source) % 5),
        )

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            if self.delay:
                time.sleep(self.delay)
            yield article, self.code_article(article)


class SlowFakeCoder(FakeCoder):
    delay = 0.15


def make_fake(settings: Settings) -> FakeCoder:
    return FakeCoder(settings)


def make_slow_fake(settings: Settings) -> FakeCoder:
    return SlowFakeCoder(settings)
