"""The front door: :class:`Coder` loads the pipeline once and turns articles into :class:`Event` records."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from spacy.tokens import Doc

from eventwire.errors import EventwireError
from eventwire.events.factuality import intent_code
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import cameo_info
from eventwire.ingest import make_article
from eventwire.ingest.inputs import InputFormat, read_input
from eventwire.ingest.readers import Reject
from eventwire.models import Article, Attribution, Event
from eventwire.nlp import build_pipeline
from eventwire.settings import DEFAULT_SETTINGS, Settings


def _event_id(article_id: str, start: int, cameo: str) -> str:
    return hashlib.sha1(f"{article_id}|{start}|{cameo}".encode()).hexdigest()[:16]


def frame_to_event(frame: EventFrame, article: Article, sentence_index: int) -> Event:
    """Turn a filled frame into an immutable record; offsets are moved into article coordinates."""
    offset = article.body_start
    sent = frame.anchor.sent
    trigger_start = frame.trigger.idx + offset
    cameo = intent_code(frame.sense.type, frame.factuality) or frame.sense.cameo
    info = cameo_info(cameo)
    mode = frame.sense.mode if cameo == frame.sense.cameo else None
    published = article.date.isoformat() if article.date else None
    date = frame.date
    return Event(
        event_id=_event_id(article.id, trigger_start, frame.sense.cameo),
        article_id=article.id,
        event_type=info.plover_type or frame.sense.type,  # type: ignore[arg-type]
        mode=mode,
        context=frame.sense.context or info.context,
        cameo=cameo,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        source=frame.source,
        target=frame.target,
        date=date.value if date else published,
        date_precision=date.precision if date else ("day" if published else None),
        date_text=date.text if date else None,
        date_approximate=date.approximate if date else False,
        date_source=frame.date_source if (date or published) else None,  # type: ignore[arg-type]
        location=frame.location,
        factuality=frame.factuality,
        attribution=Attribution(
            text=frame.attribution.text, actor=frame.attribution_actor, kind=frame.attribution.kind
        ),
        trigger=frame.trigger.text,
        sentence=sent.text.strip(),
        sentence_index=sentence_index,
        span=(sent.start_char + offset, sent.end_char + offset),
        trigger_span=(trigger_start, trigger_start + len(frame.trigger.text)),
        confidence=frame.confidence,
    )


class Coder:
    """Loads the spaCy model and all data once; codes any number of articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or DEFAULT_SETTINGS
        self.nlp = build_pipeline(self.settings)

    def article(
        self,
        text: str | bytes,
        date: dt.date | str | None = None,
        title: str | None = None,
        article_id: str | None = None,
    ) -> Article:
        """Validate raw input into an :class:`Article` under this coder's limits."""
        return make_article(text, date, title, article_id, max_chars=self.settings.max_article_chars)

    def code(
        self,
        text: str | bytes,
        date: dt.date | str | None = None,
        title: str | None = None,
        article_id: str | None = None,
    ) -> list[Event]:
        return self.code_article(self.article(text, date, title, article_id))

    def code_article(self, article: Article) -> list[Event]:
        return next(self.code_articles([article]))[1]

    def _doc(self, article: Article) -> Doc:
        body = article.text[article.body_start :].replace("\n", " ")
        doc = self.nlp.make_doc(body)
        doc._.article_date = article.date
        doc._.dateline_place = article.dateline.place if article.dateline else None
        return doc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Stream (article, events) pairs through ``nlp.pipe`` in batches."""
        pairs = ((self._doc(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield article, self.events_of(doc, article)

    def events_of(self, doc: Doc, article: Article) -> list[Event]:
        starts = {sent.start: i for i, sent in enumerate(doc.sents)}
        events = [
            frame_to_event(frame, article, starts[frame.anchor.sent.start])
            for frame in doc._.event_frames or []
        ]
        keep = [e for e in events if e.confidence >= self.settings.min_confidence]
        if not self.settings.include_nonfactual:
            keep = [e for e in keep if e.factuality == "asserted"]
        return sorted(keep, key=lambda e: (e.trigger_span[0], e.cameo))


@dataclass(frozen=True)
class CodingResult:
    """One input record's outcome: its article and events, or the reason it could not be coded."""

    source: str
    line: int
    article: Article | None
    events: list[Event]
    error: str | None = None


def code_input(
    source: str,
    input_format: InputFormat = "auto",
    date: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[CodingResult]:
    """Code a file or standard input (plain text or JSON Lines); bad records come back with an error."""
    coder: Coder | None = None
    for item in read_input(source, input_format, date, title, stdin):
        if isinstance(item, Reject):
            yield CodingResult(item.source, item.line or 0, None, [], item.reason)
            continue
        coder = coder or Coder(settings)
        try:
            article = coder.article(item.text, item.date, item.title, item.source_id)
        except EventwireError as exc:
            yield CodingResult(item.source, item.line, None, [], str(exc))
            continue
        yield CodingResult(item.source, item.line, article, coder.code_article(article))
