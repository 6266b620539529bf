"""The eventwire_learned component: on a blank pipeline with a tiny classifier, and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from learned_helpers import train_tiny

from eventwire.errors import DataFileError
from eventwire.events import learned  # noqa: F401  (registers eventwire_learned)
from eventwire.events.learned import bundled_model_path, load_classifier
from eventwire.events.train import LABELS, METADATA_FILE
from eventwire.stage import ComponentNotInitializedError


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tiny(tmp_path_factory.mktemp("sentence_types"))


def _blank(model: Path, **config: Any) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("eventwire_learned", config={"model_path": str(model), **config})
    return nlp


def test_the_component_scores_every_sentence(tiny_model: Path) -> None:
    nlp = _blank(tiny_model)
    nlp.initialize()
    doc = nlp("The minister condemned the raid. Shares rose in early trading.")
    first, second = list(doc.sents)
    assert set(first._.type_scores) == set(LABELS)
    assert first._.type_scores["ACCUSE"] > second._.type_scores["ACCUSE"]
    assert doc._.event_frames == []  # no parse, no rule frames: nothing to judge or propose


def test_a_sentence_over_the_limit_gets_no_scores(tiny_model: Path) -> None:
    nlp = _blank(tiny_model, max_sentence_chars=40)
    nlp.initialize()
    doc = nlp("The minister condemned the raid. Officials denounced the rebels for the shelling at dawn.")
    short, long = list(doc.sents)
    assert short._.type_scores is not None and long._.type_scores is None


def test_calling_before_initialize_is_a_named_error(tiny_model: Path) -> None:
    nlp = _blank(tiny_model)
    with pytest.raises(ComponentNotInitializedError):
        nlp("The minister condemned the raid.")


def test_a_missing_model_is_a_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        load_classifier(tmp_path / "nothing-here")


def test_the_shipped_model_has_its_training_metadata() -> None:
    path = bundled_model_path()
    meta = json.loads((path / METADATA_FILE).read_text(encoding="utf-8"))
    assert meta["data"] and all(len(d["sha256"]) == 64 for d in meta["data"])
    assert "seed" in meta["options"] and meta["check"]["f1"] > 0
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 20_000_000


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister condemned the attack on the embassy.", "ACCUSE"),
        ("Rebels attacked an army base overnight, killing twelve soldiers.", "ASSAULT"),
    ],
)
def test_the_shipped_model_knows_an_obvious_sentence(nlp: Any, sentence: str, expected: str) -> None:
    from eventwire.events.features import feature_words
    from eventwire.events.learned import probabilities, trigger_types
    from eventwire.events.lexicon import load_lexicon

    doc = nlp(sentence)
    words = feature_words(doc, trigger_types(bundled_model_path(), load_lexicon()))
    (scores,) = probabilities(
        load_classifier(bundled_model_path()), [spacy.tokens.Doc(doc.vocab, words=words)]
    )
    assert max(scores, key=lambda t: scores[t]) == expected and scores[expected] > 0.5
    assert sorted(scores.values())[len(scores) // 2] < 0.2  # multi-label, but most types stay unlikely


@pytest.mark.model
def test_the_audience_of_a_reporting_verb_is_not_a_target(nlp: Any) -> None:
    from eventwire.attribution import load_attribution_lexicon
    from eventwire.events.learned import _targets

    reporting = load_attribution_lexicon().reporting_verbs
    told = next(t for t in nlp("The spokesman told reporters on Monday.") if t.lemma_ == "tell")
    assert _targets(told, reporting) == []
    said = next(t for t in nlp("The minister said to parliament that it failed.") if t.lemma_ == "say")
    assert _targets(said, reporting) == []
    ordered = next(t for t in nlp("The president told Iran to stop the tests.") if t.lemma_ == "tell")
    assert [t.text for t in _targets(ordered, reporting)] == ["Iran"]
    condemned = next(t for t in nlp("The minister condemned Iran.") if t.lemma_ == "condemn")
    assert [t.text for t in _targets(condemned, reporting)] == ["Iran"]


@pytest.mark.model
def test_where_and_with_whom_something_is_said_is_not_a_target(nlp: Any) -> None:
    from eventwire.attribution import load_attribution_lexicon
    from eventwire.events.learned import _said

    reporting = load_attribution_lexicon().reporting_verbs
    doc = nlp('"China has cheated us for years," Trump said at a news conference with Vietnam\'s president.')
    said = {doc[i].text for i in _said(next(t for t in doc if t.lemma_ == "say"), doc[:], reporting)}
    assert "China" in said and not {"Vietnam", "conference"} & said
    doc = nlp("Police in Peru arrested a Chilean citizen.")
    assert _said(next(t for t in doc if t.lemma_ == "arrest"), doc[:], reporting) == {t.i for t in doc}


@pytest.mark.model
def test_no_proposal_on_a_clause_whose_object_is_no_thing(nlp: Any) -> None:
    """ "found no evidence of gunfire": nothing the classifier reads in the clause happened; "left no
    doubt" affirms."""
    from eventwire.events.learned import _found_nothing

    def verb(sentence: str) -> Any:
        return next(t for t in nlp(sentence) if t.pos_ == "VERB")

    assert _found_nothing(verb("Police found no evidence of gunfire in the square."))
    assert not _found_nothing(verb("Police found evidence of gunfire in the square."))
    assert not _found_nothing(verb("The senator left no doubt about his anger at the army."))


@pytest.mark.model
def test_the_lexicon_bars_a_proposal_only_of_a_type_it_knows_for_the_verb(nlp: Any, tiny_model: Path) -> None:
    """ "The Senate killed the bill": the rules read "kill" as an attack and found none, so the
    classifier may not propose one; it may propose a type the lexicon never gives the verb ("the
    campaign released an ad" criticising someone). A verb whose subject receives the act ("drew
    criticism") takes no proposal of any type."""
    pipeline = _blank(tiny_model)
    pipeline.initialize()
    component = pipeline.get_pipe("eventwire_learned")

    def verb(sentence: str, lemma: str) -> Any:
        return next(t for t in nlp(sentence) if t.lemma_ == lemma)

    killed = verb("The Senate killed the bill on Monday.", "kill")
    assert component._rule_trigger(killed, "ASSAULT")
    assert not component._rule_trigger(killed, "REJECT")
    released = verb("The campaign released an ad on Monday.", "release")
    assert component._rule_trigger(released, "RETREAT")
    assert not component._rule_trigger(released, "ACCUSE")
    drew = verb("The plan drew criticism on Monday.", "draw")
    assert component._rule_trigger(drew, "ACCUSE")


@pytest.mark.model
def test_a_warning_takes_no_proposal_of_a_deed(nlp: Any, tiny_model: Path) -> None:
    """ "Shulkin warned that the buildings were falling into disrepair" is no sanction and no attack,
    whatever the classifier reads in it; a speech act may still be proposed on it."""
    pipeline = _blank(tiny_model)
    pipeline.initialize()
    component = pipeline.get_pipe("eventwire_learned")
    sentence = nlp("The minister warned that the buildings were falling into disrepair.")
    assert component.propose(sentence[:], "SANCTION", 0.9) is None
    proposed = component.propose(sentence[:], "ACCUSE", 0.9)
    assert proposed is not None and proposed.trigger.lemma_ == "warn"


@pytest.mark.model
def test_an_agreement_is_proposed_on_what_a_speaker_reports(nlp: Any, tiny_model: Path) -> None:
    """ "Obama said Google would provide more Wi-Fi on the island": the agreement, if any, is
    Google's, not the speaker's; a speaker who reports no act of another promises it himself."""
    pipeline = _blank(tiny_model)
    pipeline.initialize()
    component = pipeline.get_pipe("eventwire_learned")
    reported = nlp("The minister said the company would provide more internet access on the island.")
    proposed = component.propose(reported[:], "AGREE", 0.9)
    assert proposed is not None and proposed.trigger.lemma_ == "provide"
    accused = component.propose(reported[:], "ACCUSE", 0.9)
    assert accused is not None and accused.trigger.lemma_ == "say"
    own = nlp("The minister said on Monday.")
    proposed = component.propose(own[:], "AGREE", 0.9)
    assert proposed is not None and proposed.trigger.lemma_ == "say"
