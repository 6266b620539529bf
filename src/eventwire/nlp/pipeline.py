"""Build the full pipeline: the installed English model plus eventwire's stages, in order.

Each stage is declared in its own package (``events/component.py``, ``actors/component.py``,
``temporal/component.py``, ``places/component.py``); this module only assembles them, passing the
settings to each stage's config (``add_pipe``) and data paths to its ``initialize()``.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from eventwire.actors import component as _actors  # noqa: F401  (each import registers a factory)
from eventwire.errors import ModelNotInstalledError
from eventwire.events import component as _events  # noqa: F401
from eventwire.events import learned as _learned  # noqa: F401
from eventwire.ingest.paragraphs import PARAGRAPHS
from eventwire.nlp.attributes import speed_up_attribute_ruler
from eventwire.nlp.blank import BLANK_TOKENIZER
from eventwire.nlp.lemmas import speed_up_lemmatizer
from eventwire.nlp.names import NAME_NORMS
from eventwire.nlp.skim import SKIM, SKIPPED_PIPES
from eventwire.places import component as _places  # noqa: F401
from eventwire.settings import DEFAULT_MODEL, Settings
from eventwire.temporal import component as _time  # noqa: F401

EVENTWIRE_COMPONENTS = ("eventwire_events", "eventwire_actors", "eventwire_time", "eventwire_places")


def stage_settings(settings: Settings) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """For each stage: its factory config and its ``initialize()`` arguments, taken from ``settings``."""
    return {
        "eventwire_events": (
            {"max_sentence_chars": settings.max_sentence_chars},
            {"lexicon_path": settings.lexicon_path},
        ),
        "eventwire_actors": (
            {},
            {"actor_dictionaries": settings.actor_dictionaries, "lexicon_path": settings.lexicon_path},
        ),
        "eventwire_learned": (
            {
                "max_sentence_chars": settings.max_sentence_chars,
                "model_path": str(settings.classifier_path or ""),
            },
            {"lexicon_path": settings.lexicon_path},
        ),
        "eventwire_time": ({}, {}),
        "eventwire_places": ({}, {}),
    }


def stage_names(settings: Settings) -> tuple[str, ...]:
    """The stages in pipeline order: the learned second opinion (if on) between events and actors."""
    learned = ("eventwire_learned",) if settings.learned else ()
    return (EVENTWIRE_COMPONENTS[0], *learned, *EVENTWIRE_COMPONENTS[1:])


def add_stages(nlp: Language, settings: Settings) -> Language:
    """Add and initialise eventwire's stages on ``nlp`` (a parsed English pipeline; blank in tests)."""
    stages = stage_settings(settings)
    for name in stage_names(settings):
        nlp.add_pipe(name, config=stages[name][0])
    for name in stage_names(settings):
        nlp.get_pipe(name).initialize(lambda: [], nlp=nlp, **stages[name][1])  # type: ignore[attr-defined]
    return nlp


def build_pipeline(settings: Settings) -> Language:
    """Load the model once, add and initialise eventwire's components (without retraining anything)."""
    nlp = load_english(settings)
    if settings.skip_sentences and {"senter", *SKIPPED_PIPES} <= set(nlp.component_names):
        skim(nlp, settings)
    return add_stages(nlp, settings)


def load_english(settings: Settings) -> Language:
    """The English model as eventwire runs it, without the stages: paragraph breaks as sentence
    breaks, people's names read as names, and the faster attribute ruler and lemmatizer.

    The default model is loaded from a tokenizer without rules, which its saved tokenizer fills: the
    same tokenizer, 0.06 s sooner (nlp/blank.py); another pipeline's tokenizer is made as it says.
    The sentence recognizer, disabled in the model, is loaded only to skim (nlp/skim.py): 0.01 s."""
    overrides = BLANK_TOKENIZER if settings.model == DEFAULT_MODEL else {}
    unused = [] if settings.skip_sentences else ["senter"]
    try:
        nlp = spacy.load(settings.model, config=overrides, exclude=unused)
    except OSError:
        raise ModelNotInstalledError(
            f"the spaCy pipeline {settings.model!r} is not installed: run the install command in README.md"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(NAME_NORMS, first=True)  # people's names read as names (nlp/names.py)
        names = nlp.get_pipe(NAME_NORMS)
        names.initialize(lambda: [], nlp=nlp, actor_dictionaries=settings.actor_dictionaries)  # type: ignore[attr-defined]
    if {"attribute_ruler", "lemmatizer"} <= set(nlp.component_names):
        speed_up_attribute_ruler(nlp)  # the same annotations, faster (nlp/attributes.py, nlp/lemmas.py)
        speed_up_lemmatizer(nlp)
    return nlp


def skim(nlp: Language, settings: Settings) -> None:
    """Sentence boundaries from the model's senter; the components after the tagger run by
    ``eventwire_skim``, only on the sentences that may hold an event (nlp/skim.py)."""
    nlp.enable_pipe("senter")
    for name in SKIPPED_PIPES:
        nlp.disable_pipe(name)
    nlp.add_pipe(SKIM, after="senter")
    nlp.get_pipe(SKIM).initialize(lambda: [], nlp=nlp, lexicon_path=settings.lexicon_path)  # type: ignore[attr-defined]
