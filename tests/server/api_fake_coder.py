"""A fast fake coder for the web app tests: codes "<Country> <verb> <Country>" clauses without spaCy.

A module of its own (not conftest) so that test modules can import it by a name no other folder uses.
"""

from __future__ import annotations

import hashlib
import re

from eventwire.models import Actor, Article, Event
from eventwire.settings import Settings

_COUNTRIES = {"Mexico": "MEX", "Canada": "CAN", "Brazil": "BRA", "Peru": "PER", "Chile": "CHL"}
_VERBS = {
    "met": ("CONSULT", "040", 1, 1.0),
    "praised": ("SUPPORT", "051", 1, 3.4),
    "accused": ("ACCUSE", "112", 3, -2.0),
    "threatened": ("THREATEN", "130", 3, -4.4),
    "attacked": ("ASSAULT", "190", 4, -10.0),
}
_CLAUSE = re.compile(r"\b(Mexico|Canada|Brazil|Peru|Chile) (met|praised|accused|threatened|attacked) (\w+)")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


class FakeCoder:
    """Codes "<Country> <verb> <Country>" clauses; enough to exercise the API without spaCy."""

    calls = 0

    def __init__(self, settings: Settings) -> None:
        FakeCoder.calls += 1

    def code_article(self, article: Article) -> list[Event]:
        events: list[Event] = []
        sentences = [m for m in _SENTENCE.finditer(article.text) if m.group().strip()]
        for index, sent in enumerate(sentences):
            for clause in _CLAUSE.finditer(sent.group()):
                events.append(make_event(article, sent, index, clause))
        return events


def make_event(article: Article, sent: re.Match[str], index: int, clause: re.Match[str]) -> Event:
    event_type, cameo, quad, goldstein = _VERBS[clause.group(2)]
    start = sent.start() + clause.start()
    lead = len(sent.group()) - len(sent.group().lstrip())
    digest = hashlib.sha256(f"{article.id}:{start}".encode()).hexdigest()[:16]
    target = clause.group(3)
    return Event(
        event_id=digest,
        article_id=article.id,
        event_type=event_type,  # type: ignore[arg-type]
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        source=[
            Actor(text=clause.group(1), country=_COUNTRIES[clause.group(1)], code=_COUNTRIES[clause.group(1)])
        ],
        target=[Actor(text=target, country=_COUNTRIES.get(target), code=_COUNTRIES.get(target))],
        date=article.date.isoformat() if article.date else None,
        date_precision="day" if article.date else None,
        factuality="asserted",
        trigger=clause.group(2),
        sentence=sent.group().strip(),
        sentence_index=index,
        span=(sent.start() + lead, sent.start() + lead + len(sent.group().strip())),
        trigger_span=(sent.start() + clause.start(2), sent.start() + clause.end(2)),
        confidence=0.9,
    )
