"""Training the sentence-type classifier on a handful of sentences written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from learned_helpers import SENTENCES, train_tiny, write_gold

from eventwire.errors import InputError
from eventwire.evaluate.split import part_of
from eventwire.events.learned import load_classifier, probabilities
from eventwire.events.train import (
    LABELS,
    METADATA_FILE,
    TrainingOptions,
    is_check,
    read_gold,
    split_by_article,
    train_sentence_types,
    type_scores,
)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return train_tiny(tmp_path_factory.mktemp("sentence_types"))


def test_training_writes_a_loadable_model_and_its_metadata(tiny_model: Path) -> None:
    meta = json.loads((tiny_model / METADATA_FILE).read_text(encoding="utf-8"))
    assert meta["options"]["seed"] == 0 and meta["data"][0]["name"] == "gold.jsonl"
    assert len(meta["data"][0]["sha256"]) == 64
    assert 1 <= meta["best_epoch"] <= 4 and meta["sentences"]["check"] > 0
    assert set(meta["labels"]) == set(LABELS)
    classifier = load_classifier(tiny_model)
    blank = spacy.blank("en")
    docs = [blank.make_doc("the minister condemn the raid"), blank.make_doc("share rise in early trading")]
    accuse, shares = probabilities(classifier, docs)
    assert set(accuse) == set(LABELS)
    assert max(accuse, key=lambda t: accuse[t]) == "ACCUSE"
    assert accuse["ACCUSE"] > 0.4 > shares["ACCUSE"]


def test_training_saves_the_trigger_types_the_model_was_trained_to_read(tiny_model: Path) -> None:
    from eventwire.events.features import TRIGGER_TYPES_FILE, TriggerTypes
    from eventwire.events.lexicon import load_lexicon

    saved = TriggerTypes.from_disk(tiny_model / TRIGGER_TYPES_FILE)
    live = TriggerTypes.of_lexicon(load_lexicon())
    assert dict(saved.verbs) == dict(live.verbs) and dict(saved.nouns) == dict(live.nouns)
    assert "ACCUSE" in saved.verbs["condemn"]


def test_the_same_seed_gives_the_same_model(tiny_model: Path, tmp_path: Path) -> None:
    again = train_tiny(tmp_path)
    weights = Path("textcat_multilabel") / "model"
    assert (tiny_model / weights).read_bytes() == (again / weights).read_bytes()


def test_a_look_half_model_never_sees_a_check_half_article(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl", articles=24)
    options = TrainingOptions(seed=0, epochs=1, check_share=0.3, part="look")
    report = train_sentence_types([gold], tmp_path / "model", options, spacy.blank("en"))
    look = sum(part_of(f"a{n}") == "look" for n in range(24))
    assert 0 < look < 24
    assert report.sentences["train"] + report.sentences["check"] == look * len(SENTENCES)
    assert report.options["part"] == "look"


def test_core_only_labels_leave_out_background_events(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    events = [{"type": ["ACCUSE"], "core": True}, {"type": ["ASSAULT", "COERCE"], "core": False}]
    path.write_text(json.dumps({"article": "x", "sentence": "S.", "events": events}) + "\n", encoding="utf-8")
    assert read_gold([path])[0].labels == {"ACCUSE", "ASSAULT"}
    assert read_gold([path], core_only=True)[0].labels == {"ACCUSE"}


@pytest.mark.parametrize(
    "line", ['{"article": "x"}', "not json", '{"sentence": "S.", "events": [{"type": ["SHOUT"]}]}']
)
def test_bad_gold_lines_are_named_errors(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:1"):
        read_gold([path])


def test_the_check_split_keeps_articles_whole_and_is_stable(
    tmp_path: Path,
) -> None:
    sentences = read_gold([write_gold(tmp_path / "gold.jsonl", articles=30)])
    train, check = split_by_article(sentences, 0.3)
    assert {s.article for s in train}.isdisjoint({s.article for s in check})
    assert all(is_check(s.article, 0.3) for s in check)
    assert is_check("a1", 0.3) == is_check("a1", 0.3)


def test_type_scores_are_micro_and_macro() -> None:
    gold = [frozenset({"ACCUSE"}), frozenset({"CONSULT", "AGREE"}), frozenset()]
    pred = [frozenset({"ACCUSE"}), frozenset({"CONSULT"}), frozenset({"ASSAULT"})]
    scores = type_scores(pred, gold)
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["macro_f1"] == pytest.approx((1 + 1 + 0) / 3, abs=1e-3)


def test_the_train_command_s_defaults_are_the_training_defaults() -> None:
    from eventwire.cli import train as cli_train

    defaults = TrainingOptions()
    assert (
        defaults.architecture,
        defaults.learn_rate,
    ) == (cli_train.DEFAULT_ARCHITECTURE, cli_train.DEFAULT_LEARN_RATE)
