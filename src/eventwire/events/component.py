"""The ``eventwire_events`` stage: event frames from lexicon triggers (rules in extract.py and decide.py)."""

# Runtime annotations (no __future__ import): spaCy validates initialize() arguments from them.
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.attribution import continued_quotes, load_attribution_lexicon
from eventwire.events.extract import EventExtractor
from eventwire.events.frames import EventFrame
from eventwire.events.lexicon import load_lexicon
from eventwire.events.nonevents import editorial_note
from eventwire.stage import EVENT_FRAMES, Stage


class EventsComponent(Stage):
    """Writes ``Doc._.event_frames``: triggers, argument heads, factuality and attribution per sentence."""

    def __init__(self, name: str, max_sentence_chars: int) -> None:
        self.name = name
        self.max_sentence_chars = max_sentence_chars
        self.extractor: EventExtractor | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        lexicon_path: Path | None = None,
    ) -> None:
        """Load the event lexicon (``lexicon_path``, else the bundled one) and the attribution cues."""
        self.extractor = EventExtractor(load_lexicon(lexicon_path), load_attribution_lexicon())
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        self._check()
        assert self.extractor is not None
        frames: list[EventFrame] = []
        sents = list(doc.sents)
        continued = continued_quotes(sents, self.extractor.attribution)
        for sent in sents:
            if sent.end_char - sent.start_char <= self.max_sentence_chars and not editorial_note(sent):
                found = self.extractor.sentence_frames(sent)
                speaker = continued.get(sent.start)
                for frame in found:
                    if speaker is not None and frame.attribution.head is None:  # a quotation going on
                        frame.attribution = speaker
                frames.extend(found)
        doc._.event_frames = frames
        return doc


@Language.factory(
    "eventwire_events",
    assigns=[EVENT_FRAMES],
    requires=["doc.sents", "token.dep", "token.lemma", "token.pos", "token.ent_type"],
    default_config={"max_sentence_chars": 5000},
)
def make_events(nlp: Language, name: str, max_sentence_chars: int) -> EventsComponent:
    return EventsComponent(name, max_sentence_chars)
