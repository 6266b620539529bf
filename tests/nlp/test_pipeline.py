"""Assembly of eventwire's stages (nlp/pipeline.py) on a blank spaCy pipeline (no model needed), and the
English model as load_english loads it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire.nlp import EVENTWIRE_COMPONENTS, add_stages
from eventwire.nlp.blank import BLANK_TOKENIZER
from eventwire.nlp.pipeline import load_english, stage_names, stage_settings
from eventwire.settings import Settings
from eventwire.stage import EVENT_FRAMES, ComponentNotInitializedError
from parley import PARLEY_LEXICON, parley_doc


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Language:
    path = tmp_path_factory.mktemp("lexicon") / "lexicon.yaml"
    path.write_text(PARLEY_LEXICON, encoding="utf-8")
    nlp = spacy.blank("en")
    return add_stages(nlp, Settings.make(lexicon_path=path))


def test_stages_are_added_in_order_after_the_model(user_pipeline: Language) -> None:
    assert tuple(user_pipeline.pipe_names) == stage_names(Settings())
    assert stage_names(Settings()) == ("eventwire_events", "eventwire_learned", *EVENTWIRE_COMPONENTS[1:])
    assert stage_names(Settings.make(learned=False)) == EVENTWIRE_COMPONENTS


def test_every_stage_declares_what_it_assigns_and_requires(user_pipeline: Language) -> None:
    for name in EVENTWIRE_COMPONENTS:
        meta = user_pipeline.get_pipe_meta(name)
        assert meta.assigns == [EVENT_FRAMES]
        assert meta.requires
    assert EVENT_FRAMES in user_pipeline.get_pipe_meta("eventwire_actors").requires


def test_settings_reach_the_stage_config_and_initialize() -> None:
    settings = Settings.make(
        lexicon_path=Path("mine.yaml"), max_sentence_chars=70, classifier_path=Path("look-model")
    )
    stages = stage_settings(settings)
    assert set(stages) == {*EVENTWIRE_COMPONENTS, "eventwire_learned"}
    assert stages["eventwire_events"] == ({"max_sentence_chars": 70}, {"lexicon_path": Path("mine.yaml")})
    assert stages["eventwire_actors"][1]["lexicon_path"] == Path("mine.yaml")
    assert stages["eventwire_learned"][0]["model_path"] == "look-model"
    assert stage_settings(Settings())["eventwire_learned"][0]["model_path"] == ""  # the bundled one


def test_a_user_lexicon_in_settings_reaches_the_events_component(user_pipeline: Language) -> None:
    events = user_pipeline.get_pipe("eventwire_events")
    assert events.extractor.lexicon.version == "user-1"
    assert user_pipeline.get_pipe("eventwire_actors").verbal_readings is None
    doc = events(parley_doc(user_pipeline.vocab))
    assert [(f.trigger.text, f.sense.type) for f in doc._.event_frames] == [("parleyed", "CONSULT")]


def test_a_stage_refuses_to_run_before_initialize() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_time")
    with pytest.raises(ComponentNotInitializedError, match="eventwire_time"):
        nlp("Nothing happened.")


@pytest.fixture(scope="module")
def english() -> Language:
    return load_english(Settings())


@pytest.mark.model
def test_the_default_model_loads_the_same_tokenizer_from_a_blank_one(
    nlp: Language, english: Language
) -> None:
    """load_english makes the default model's tokenizer without rules and lets the saved one fill it:
    the same rules and affix expressions as spaCy's own load (byte for byte), the same tokens."""
    assert english.config["nlp"]["tokenizer"] == BLANK_TOKENIZER["nlp"]["tokenizer"]
    assert english.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])
    text = (
        "U.S. officials didn't say (at 5:30 p.m.) whether Mr. O'Neil's e-mail, sent to info@un.org, was real."
    )
    assert [t.text for t in english.tokenizer(text)] == [t.text for t in nlp.tokenizer(text)]


@pytest.mark.model
def test_the_sentence_recognizer_is_loaded_only_to_skim(english: Language) -> None:
    assert "senter" not in english.component_names
    assert "senter" in load_english(Settings.make(skip_sentences=True)).component_names
