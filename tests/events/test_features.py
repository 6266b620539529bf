"""feature_words: the classifier's words, read from the document's columns, are those its Tokens give."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.events.features import EMPTY, NAME_TYPES, TriggerTypes, feature_words, lexicon_types
from eventwire.events.lexicon import load_lexicon

pytestmark = pytest.mark.model

_TEXT = (
    "Russia's Foreign Minister Sergei Lavrov accused the United States on Tuesday of violating "
    "the 2015 deal. "
    "Twelve protesters were killed and 3,000 more stepped up attacks in Aleppo, the U.N. said. "
    '"We condemn it," he told reporters at the White House.  \n\nThen talks broke down; ...'
)


def _from_tokens(tokens: Any, types: TriggerTypes) -> list[str]:
    """The same words read Token by Token."""
    words: list[str] = []
    for token in tokens:
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ in NAME_TYPES:
            if token.ent_iob_ == "B":
                words.append(token.ent_type_)
            continue
        words.append("NUM" if token.like_num else (token.lemma_ or token.text).lower())
        words.extend(f"LEX_{t}" for t in sorted(lexicon_types(token, types)))
    return words or [EMPTY]


def test_feature_words_are_those_of_the_tokens(nlp: Any) -> None:
    types = TriggerTypes.of_lexicon(load_lexicon())
    doc = nlp(_TEXT)
    for sent in doc.sents:
        assert feature_words(sent, types) == _from_tokens(sent, types)
    assert feature_words(doc, types) == _from_tokens(doc, types)
    assert feature_words(doc[0:0], types) == [EMPTY]
    words = feature_words(doc, types)
    assert {"GPE", "PERSON", "NUM", "LEX_ACCUSE"} <= set(words)  # names, numbers and lexicon types are read


def test_the_classifier_reads_the_trigger_types_it_was_trained_on_not_the_lexicons(
    nlp: Any, tmp_path: Any
) -> None:
    """A sense added to the lexicon after training changes nothing the classifier sees: the types
    saved beside the model are read (and a model saved without them reads the lexicon's)."""
    from eventwire.events.features import TRIGGER_TYPES_FILE
    from eventwire.events.learned import trigger_types

    lexicon = load_lexicon()
    live = TriggerTypes.of_lexicon(lexicon)
    trained = TriggerTypes({**live.verbs, "condemn": frozenset({"SUPPORT"})}, live.nouns)
    trained.to_disk(tmp_path / TRIGGER_TYPES_FILE)
    doc = nlp("The minister condemned the raid.")
    assert "LEX_SUPPORT" in feature_words(doc, trigger_types(tmp_path, lexicon))
    assert "LEX_ACCUSE" not in feature_words(doc, trigger_types(tmp_path, lexicon))
    older = tmp_path / "older"
    older.mkdir()
    assert feature_words(doc, trigger_types(older, lexicon)) == feature_words(doc, live)


@pytest.mark.parametrize(
    "text",
    ["{", '{"verbs": {}}', '{"verbs": {"condemn": ["SCOLD"]}, "nouns": {}}', '{"verbs": [], "nouns": {}}'],
)
def test_malformed_trigger_types_are_a_named_error(tmp_path: Any, text: str) -> None:
    from eventwire.errors import DataFileError

    path = tmp_path / "trigger_types.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="trigger types"):
        TriggerTypes.from_disk(path)
    with pytest.raises(DataFileError, match="trigger types"):
        TriggerTypes.from_disk(tmp_path / "missing.json")


def test_the_bundled_classifiers_trigger_types_are_well_formed() -> None:
    """The shipped model's types load, and name every PLOVER type only as such."""
    from eventwire.events.features import TRIGGER_TYPES_FILE
    from eventwire.events.learned import bundled_model_path

    types = TriggerTypes.from_disk(bundled_model_path() / TRIGGER_TYPES_FILE)
    assert len(types.verbs) > 300 and len(types.nouns) > 200
    assert types.verbs["condemn"] == frozenset({"ACCUSE"})
