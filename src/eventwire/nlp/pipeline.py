"""Build the full pipeline: the installed English model plus eventwire's components."""

from __future__ import annotations

import spacy
from spacy.language import Language

from eventwire.errors import ModelNotInstalledError
from eventwire.nlp import components  # noqa: F401  (registers the factories)
from eventwire.settings import Settings

EVENTWIRE_COMPONENTS = ("eventwire_events", "eventwire_actors", "eventwire_time", "eventwire_places")


def build_pipeline(settings: Settings) -> Language:
    """Load the model once, add and initialise eventwire's components (without retraining anything)."""
    try:
        nlp = spacy.load(settings.model)
    except OSError:
        raise ModelNotInstalledError(
            f"the spaCy pipeline {settings.model!r} is not installed: run the install command in README.md"
        ) from None
    nlp.add_pipe("eventwire_events", config={"max_sentence_chars": settings.max_sentence_chars})
    nlp.add_pipe(
        "eventwire_actors", config={"actor_dictionaries": [str(p) for p in settings.actor_dictionaries]}
    )
    nlp.add_pipe("eventwire_time")
    nlp.add_pipe("eventwire_places")
    for name in EVENTWIRE_COMPONENTS:
        nlp.get_pipe(name).initialize(lambda: [], nlp=nlp)  # type: ignore[attr-defined]
    return nlp
