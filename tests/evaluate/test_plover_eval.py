"""Regression guard: the PLOVER dev-set scores must not drop below what the pipeline reached.

The thresholds are the measured scores rounded down a little (not targets to tune towards).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluate.plover import actor_key, load_gold
from eventwire.models import Actor

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def dev_report(shared_dir: Path):  # type: ignore[no-untyped-def]
    from eventwire.coder import Coder
    from eventwire.evaluate.plover import evaluate_plover

    reports = evaluate_plover(shared_dir / "gold" / "plover-gsr-dev.json", Coder())
    assert set(reports) == {"look", "check", "all"}
    assert reports["look"].records + reports["check"].records == reports["all"].records
    assert reports["look"].records and reports["check"].records
    return reports["all"].as_dict()


def test_event_type_accuracy_does_not_regress(dev_report: dict) -> None:  # type: ignore[type-arg]
    assert dev_report["records"] == 213
    assert dev_report["event_type_accuracy"] >= 0.80


def test_actor_and_triple_scores_do_not_regress(dev_report: dict) -> None:  # type: ignore[type-arg]
    # issue #3's bar: source country >= 85 %, target country >= 80 %
    assert dev_report["source_country_accuracy"] >= 0.85
    assert dev_report["target_country_accuracy"] >= 0.80
    assert dev_report["triple_main"]["f1"] >= 0.69


def test_gold_labels_are_mapped_to_current_plover(shared_dir: Path) -> None:
    types = {record.event_type for record in load_gold(shared_dir / "gold" / "plover-gsr-dev.json")}
    assert not types & {"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= types


def test_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a list of PLOVER gold records"):
        load_gold(bad)


@pytest.mark.parametrize(
    ("actor", "key"),
    [
        (Actor(text="Chile", country="CHL", code="CHL"), "CHL"),
        (Actor(text="UN", sector="IGO", code="IGOUNO"), "IGO"),
        (Actor(text="Amnesty", name="Amnesty International", sector="NGO", code="NGOAMN"), "NGO"),
        (Actor(text="al-Qaeda", name="al-Qaeda", sector="REB", code="REB"), "IMG"),
        (Actor(text="rebels", sector="REB", code="REB"), "-"),
    ],
)
def test_actor_keys_follow_cameo_codes(actor: Actor, key: str) -> None:
    assert actor_key(actor) == key
