"""The eventwire_events stage on a blank spaCy pipeline with hand-made parses (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire.events.component import EventsComponent
from parley import PARLEY_LEXICON, parley_doc


def _pipeline(tmp_path: Path, **config: int) -> Language:
    path = tmp_path / "lexicon.yaml"
    path.write_text(PARLEY_LEXICON, encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_events", config=config)
    nlp.config["initialize"]["components"]["eventwire_events"] = {"lexicon_path": str(path)}
    nlp.initialize()
    return nlp


def test_nlp_initialize_passes_the_lexicon_path_from_config(tmp_path: Path) -> None:
    nlp = _pipeline(tmp_path)
    events = nlp.get_pipe("eventwire_events")
    assert isinstance(events, EventsComponent)
    frames = events(parley_doc(nlp.vocab))._.event_frames
    assert len(frames) == 1
    frame = frames[0]
    assert (frame.sense.cameo, frame.factuality) == ("040", "asserted")
    assert [t.text for t in frame.source_heads] == ["Ruritania"]


def test_sentences_longer_than_the_limit_are_skipped(tmp_path: Path) -> None:
    nlp = _pipeline(tmp_path, max_sentence_chars=10)
    assert nlp.get_pipe("eventwire_events")(parley_doc(nlp.vocab))._.event_frames == []


def test_the_bundled_lexicon_is_used_without_a_path() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_events")
    nlp.initialize()
    extractor = nlp.get_pipe("eventwire_events").extractor
    assert extractor is not None and "meet" in extractor.lexicon.verbs


def test_a_bad_lexicon_path_fails_at_initialize(tmp_path: Path) -> None:
    from eventwire.errors import DataFileError

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_events")
    nlp.config["initialize"]["components"]["eventwire_events"] = {"lexicon_path": str(tmp_path / "none")}
    with pytest.raises(DataFileError):
        nlp.initialize()
