"""The front door: :class:`Coder` loads the pipeline once and turns articles into :class:`Event` records."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.coding import CoderFactory, CoderLike, code_all_or_report, confident
from eventwire.errors import EventwireError
from eventwire.events.decide import announced_by_source, event_code, offered
from eventwire.events.frames import EventFrame
from eventwire.ingest import prepare_article
from eventwire.ingest.readers import InputFormat, Reject, SourceRecord, read
from eventwire.models import Article, Attribution, Event
from eventwire.nlp import build_pipeline
from eventwire.settings import DEFAULT_SETTINGS, Settings
from eventwire.spans import keep_text, sentence_of, sentence_starts, span_text
from eventwire.temporal.event import NO_DATE

ZONE_ARTICLES = 256  # articles coded in one spaCy memory zone (its new strings freed at its end)
_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


def _event_id(article_id: str, start: int, cameo: str) -> str:
    return hashlib.sha1(f"{article_id}|{start}|{cameo}".encode()).hexdigest()[:16]


def frame_to_event(frame: EventFrame, article: Article, sentence_index: int) -> Event:
    """Turn a filled frame into an immutable record; offsets are moved into article coordinates."""
    offset = article.body_start
    sent = sentence_of(frame.anchor)
    trigger_start = frame.trigger.idx + offset
    code = event_code(frame.sense, frame.factuality, announced_by_source(frame), offered(frame))
    date = frame.date or NO_DATE
    return Event(
        event_id=_event_id(article.id, trigger_start, frame.sense.cameo),
        article_id=article.id,
        event_type=code.event_type,  # type: ignore[arg-type]
        mode=code.mode,
        context=code.context,
        cameo=code.cameo,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=frame.source,
        target=frame.target,
        date=date.value,
        date_precision=date.precision,
        date_text=date.text,
        date_approximate=date.approximate,
        date_source=date.source,
        location=frame.location,
        factuality=frame.factuality,
        attribution=Attribution(
            text=frame.attribution.text, actor=frame.attribution_actor, kind=frame.attribution.kind
        ),
        trigger=frame.trigger.text,
        sentence=span_text(sent).strip(),
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
        return prepare_article(
            text,
            date,
            title,
            article_id,
            max_chars=self.settings.max_article_chars,
            max_sentence_chars=self.settings.max_sentence_chars,
        )[0]

    def code(
        self,
        text: str | bytes,
        date: dt.date | str | None = None,
        title: str | None = None,
        article_id: str | None = None,
    ) -> list[Event]:
        return self.code_article(self.article(text, date, title, article_id))

    def code_article(self, article: Article) -> list[Event]:
        ((_, events),) = self.code_articles([article])  # consumed whole: its memory zone is closed
        return events

    def make_doc(self, article: Article) -> Doc:
        """The article's body as the unprocessed Doc ``nlp.pipe`` is given, with its date and
        dateline place set (blank lines still end a paragraph)."""
        body = _LONE_NEWLINE.sub(" ", article.text[article.body_start :])  # blank lines end paragraphs
        doc = self.nlp.make_doc(body)
        keep_text(doc, body)
        doc._.article_date = article.date
        doc._.dateline_place = article.dateline.place if article.dateline else None
        return doc

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Stream (article, events) pairs through ``nlp.pipe`` in batches.

        Each run of ``ZONE_ARTICLES`` articles is coded in a spaCy memory zone: the words and strings
        its texts add to the vocabulary are freed once its events are made (they are plain Python
        objects), so a stream of any length holds only the vocabulary the model came with."""
        pending = iter(articles)
        while zone := list(itertools.islice(pending, ZONE_ARTICLES)):
            with self.nlp.memory_zone():
                pairs = ((self.make_doc(a), a) for a in zone)
                batches = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size)
                for doc, article in batches:
                    events = self.events_of(doc, article)
                    doc._.event_frames = None  # the frames hold its tokens: free the doc now
                    yield article, events

    def events_of(self, doc: Doc, article: Article) -> list[Event]:
        starts = {start: i for i, start in enumerate(sentence_starts(doc))}
        events = [
            frame_to_event(frame, article, starts[sentence_of(frame.anchor).start])
            for frame in doc._.event_frames or []
        ]
        keep = confident(events, self.settings.min_confidence)
        if not self.settings.include_nonfactual:
            keep = [e for e in keep if e.factuality == "asserted"]
        return sorted(keep, key=lambda e: (e.trigger_span[0], e.cameo))


@dataclass
class CodingResult:
    """One input record: its article and events, or why it could not be coded; plus warnings."""

    where: str
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def _where(item: SourceRecord | Reject) -> str:
    whole = item.line is None or (item.source == "<stdin>" and item.line == 1)
    return item.source if whole else f"{item.source}:{item.line}"


def _prepare(item: SourceRecord | Reject, settings: Settings, seen: dict[str, str]) -> CodingResult:
    """The record's result before coding: an article to code, or why there is none."""
    where = _where(item)
    if isinstance(item, Reject):
        return CodingResult(where, error=item.reason)
    try:
        article, notes = prepare_article(
            item.text, item.date, item.title, item.source_id,
            settings.max_article_chars, settings.max_sentence_chars,
        )  # fmt: skip
    except EventwireError as exc:
        return CodingResult(where, error=str(exc))
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    if digest in seen:
        return CodingResult(where, warnings=[f"same text as {seen[digest]}; not coded again"])
    seen[digest] = where
    return CodingResult(where, article, warnings=notes)


def code_input(
    path: str,
    input_format: InputFormat = "auto",
    date: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
    make_coder: CoderFactory | None = None,
) -> Iterator[CodingResult]:
    """Read, validate and code every record of ``path`` (a file or "-"); never raises for a bad record.

    The coder is built (by ``make_coder``, default :class:`Coder`) on the first valid record, so bad
    input is reported without loading the model. A text seen before is reported, not coded again.
    The articles go through the pipeline ``settings.batch_size`` at a time (faster than one by one,
    the same events); results come in input order.
    """
    settings = settings or DEFAULT_SETTINGS
    coder: CoderLike | None = None
    seen: dict[str, str] = {}
    pending: list[CodingResult] = []
    for item in read(path, input_format, date, title):
        pending.append(_prepare(item, settings, seen))
        if sum(r.article is not None for r in pending) == settings.batch_size:
            coder = coder or (make_coder or Coder)(settings)
            yield from _code_pending(coder, pending)
            pending = []
    if any(r.article is not None for r in pending):
        coder = coder or (make_coder or Coder)(settings)
    yield from _code_pending(coder, pending)


def _code_pending(coder: CoderLike | None, pending: list[CodingResult]) -> list[CodingResult]:
    """Fill in the events (or the failure) of the pending results that hold an article."""
    with_article = [r for r in pending if r.article is not None]
    if coder is not None and with_article:
        outcomes = code_all_or_report(coder, [r.article for r in with_article if r.article])
        for result, (events, error) in zip(with_article, outcomes, strict=True):
            result.events, result.error = events, error
    return pending
