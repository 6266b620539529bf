"""The ``eventwire_time`` stage: the date of every event frame (decided by temporal.event.event_date)."""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.spans import sentence_of
from eventwire.stage import ARTICLE_DATE, EVENT_FRAMES, Stage
from eventwire.temporal.event import StoryDay, event_date, sentence_expressions
from eventwire.temporal.finder import find_time_expressions
from eventwire.temporal.types import TimeExpression


class TimeComponent(Stage):
    """Sets ``frame.date`` of every frame of ``Doc._.event_frames``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def initialize(
        self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Compile the time grammar (data/temporal/) now rather than on the first article."""
        find_time_expressions("on Tuesday")
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        cache: dict[int, list[tuple[TimeExpression, Token]]] = {}
        story_day = StoryDay(doc._.article_date)
        for frame in sorted(doc._.event_frames or [], key=lambda f: f.anchor.i):
            sent = sentence_of(frame.anchor)
            if sent.start not in cache:
                cache[sent.start] = sentence_expressions(sent)
            found = event_date(frame, cache[sent.start], doc._.article_date, story_day.reached)
            frame.date = story_day.date_of(frame, found, sent.start)
        return doc


@Language.factory(
    "eventwire_time",
    assigns=[EVENT_FRAMES],
    requires=[EVENT_FRAMES, ARTICLE_DATE, "doc.sents", "token.dep", "token.pos"],
)
def make_time(nlp: Language, name: str) -> TimeComponent:
    return TimeComponent(name)
