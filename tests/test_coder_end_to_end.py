"""The whole pipeline on the shared seed story and on three Reuters articles read by hand."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from eventwire.models import Article, Event
from eventwire.schema import validate_event

pytestmark = pytest.mark.model

SEED_DATE = "2017-02-01"


@pytest.fixture(scope="module")
def seed(shared_dir: Path, coder: Any) -> tuple[Article, list[Event]]:
    text = (shared_dir / "corpus" / "seed-mexico-2017-02-01.txt").read_text(encoding="utf-8")
    article = coder.article(text, date=SEED_DATE)
    return article, coder.code_article(article)


@pytest.fixture(scope="module")
def reuters(shared_dir: Path) -> dict[str, dict[str, str]]:
    with (shared_dir / "corpus" / "reuters-2016-2017-sample.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        return {row["title"].strip(): row for row in csv.DictReader(handle)}


def _countries(actors: list[Any]) -> set[str | None]:
    return {a.country for a in actors}


def _find(events: list[Event], **want: Any) -> list[Event]:
    return [e for e in events if all(getattr(e, key) == value for key, value in want.items())]


def test_seed_article_has_a_dateline_and_events(seed: tuple[Article, list[Event]]) -> None:
    article, events = seed
    assert article.dateline is not None and article.dateline.place == "Mexico City"
    assert len(events) >= 6


def test_seed_mexican_delegation_met_us_military(seed: tuple[Article, list[Event]]) -> None:
    met = _find(seed[1], trigger="met")
    assert len(met) == 1
    event = met[0]
    assert event.event_type == "CONSULT" and event.factuality == "asserted"
    assert _countries(event.source) == {"MEX"} and event.source[0].code == "MEXGOV"
    assert event.target and event.target[0].code == "USAMIL"
    assert event.date == "2017-01-31" and event.date_precision == "day"
    assert event.location is not None and event.location.country == "MEX"
    assert event.attribution.kind == "anonymous"


def test_seed_robinson_and_tidd_visited_mexico(seed: tuple[Article, list[Event]]) -> None:
    visits = [e for e in seed[1] if e.trigger == "visited"]
    assert len(visits) == 1
    event = visits[0]
    assert event.event_type == "CONSULT"
    assert [a.code for a in event.source] == ["USAMIL", "USAMIL"]
    assert {a.text for a in event.source} == {"Robinson", "Tidd"}
    assert [a.code for a in event.target] == ["MEX"]
    assert event.date == "2017-01-31"
    assert event.attribution.kind == "official"


def test_seed_us_economic_threat_against_mexico(seed: tuple[Article, list[Event]]) -> None:
    threats = [e for e in seed[1] if e.event_type == "THREATEN" and e.cameo.startswith("131")]
    assert len(threats) == 1
    event = threats[0]
    assert event.factuality == "asserted"
    assert _countries(event.source) == {"USA"} and _countries(event.target) == {"MEX"}
    assert "tax" in event.sentence


def test_seed_nafta_talks_are_planned_for_may(seed: tuple[Article, list[Event]]) -> None:
    talks = [e for e in seed[1] if e.trigger == "talks" and "Free Trade" in e.sentence]
    assert len(talks) == 1
    event = talks[0]
    assert event.event_type in ("CONSULT", "AGREE")
    assert event.factuality == "planned"
    assert _countries(event.source) == {"MEX"}
    # no side named in the sentence is Mexico; the only Mexican target is the dateline's implied one
    assert all(a.text == "" for a in event.target if a.country == "MEX")
    assert event.date == "2017-05" and event.date_precision == "month"


def test_seed_mexico_denial_is_a_reject_dated_on_publication_day(seed: tuple[Article, list[Event]]) -> None:
    denials = [e for e in seed[1] if e.trigger == "denied"]
    assert len(denials) == 1
    event = denials[0]
    assert event.event_type == "REJECT" and event.factuality == "asserted"
    assert _countries(event.source) == {"MEX"}
    assert event.date == SEED_DATE


def test_seed_troop_threat_is_only_denied(seed: tuple[Article, list[Event]]) -> None:
    troops = [e for e in seed[1] if e.event_type == "THREATEN" and "troops" in e.sentence]
    assert troops, "the denied troop threat should still be coded"
    assert {e.factuality for e in troops} == {"denied"}
    assert all(_countries(e.source) == {"USA"} for e in troops)
    assert all(_countries(e.target) == {"MEX"} for e in troops)


def test_seed_offer_of_help_is_trumps_to_mexico(seed: tuple[Article, list[Event]]) -> None:
    offer = next(e for e in seed[1] if e.trigger == "offering")
    assert offer.event_type == "AGREE"
    assert [a.code for a in offer.source] == ["USAGOV"] and _countries(offer.target) == {"MEX"}


def test_seed_no_asserted_event_by_videgaray(seed: tuple[Article, list[Event]]) -> None:
    for event in seed[1]:
        if event.factuality == "asserted":
            assert not any("Videgaray" in (a.text + (a.name or "")) for a in event.source)


def test_seed_event_ids_are_stable_across_runs(seed: tuple[Article, list[Event]], coder: Any) -> None:
    article, events = seed
    again = coder.code(article.text, date=SEED_DATE)
    assert [e.event_id for e in again] == [e.event_id for e in events]
    assert len({e.event_id for e in events}) == len(events)
    assert all(e.article_id == article.id for e in events)


def test_seed_records_validate_and_spans_point_into_the_text(seed: tuple[Article, list[Event]]) -> None:
    article, events = seed
    for event in events:
        validate_event(event.model_dump(mode="json"))
        start, end = event.span
        assert 0 <= start < end <= len(article.text)
        assert event.sentence.split()[0] in article.text[start:end]
        t_start, t_end = event.trigger_span
        assert start <= t_start < t_end <= end
        assert article.text[t_start:t_end] == event.trigger


def _coded(reuters: dict[str, dict[str, str]], coder: Any, title: str) -> list[Event]:
    row = reuters[title]
    events: list[Event] = coder.code(row["text"], date=row["date"], title=row["title"])
    for event in events:
        validate_event(event.model_dump(mode="json"))
    return events


def test_reuters_china_complains_to_united_states(reuters: dict[str, dict[str, str]], coder: Any) -> None:
    events = _coded(reuters, coder, "China complains about Taiwan content in U.S. defense act")
    found = [e for e in events if e.event_type == "ACCUSE" and e.trigger == "complained"]
    assert len(found) == 1
    assert _countries(found[0].source) == {"CHN"} and _countries(found[0].target) == {"USA"}
    assert found[0].factuality == "asserted" and found[0].date == "2017-12-14"


def test_reuters_trump_scolds_germany(reuters: dict[str, dict[str, str]], coder: Any) -> None:
    events = _coded(reuters, coder, "Trump picks former U.N. spokesman Grenell for ambassador to Germany")
    found = [e for e in events if e.event_type == "ACCUSE" and e.trigger == "scolded"]
    assert len(found) == 1
    assert _countries(found[0].source) == {"USA"} and _countries(found[0].target) == {"DEU"}
    assert found[0].factuality == "asserted"


def test_reuters_pena_nieto_will_meet_trump(reuters: dict[str, dict[str, str]], coder: Any) -> None:
    events = _coded(reuters, coder, "Mexico says president Pena Nieto to meet Trump on Wednesday")
    found = [e for e in events if e.trigger == "meet"]
    assert len(found) == 1
    event = found[0]
    assert event.event_type in ("CONSULT", "AGREE") and event.factuality == "planned"
    assert _countries(event.source) == {"MEX"} and _countries(event.target) == {"USA"}
    assert event.date == "2016-08-31"


def test_seed_the_two_also_visited_honduras_and_guatemala(
    seed: tuple[Article, list[Event]],
) -> None:
    visits = [e for e in seed[1] if e.event_type == "CONSULT" and e.mode == "visit"]
    targets = {a.country for e in visits for a in e.target}
    assert {"MEX", "HND", "GTM"} <= targets
    onward = next(e for e in visits if {a.country for a in e.target} == {"HND", "GTM"})
    assert [a.code for a in onward.source] == ["USAMIL", "USAMIL"]
    assert {a.name for a in onward.source} == {
        a.name for e in visits if e.trigger == "visited" for a in e.source
    }


def test_seed_cancelled_summit_is_between_trump_and_pena_nieto(seed: tuple[Article, list[Event]]) -> None:
    _, events = seed
    summits = [e for e in events if e.trigger == "summit" and "between Trump" in e.sentence]
    assert summits and all(e.factuality == "negated" for e in summits)
    assert [(a.code, a.text) for a in summits[0].source] == [("USAGOV", "Trump")]
    assert [(a.code, a.text) for a in summits[0].target] == [("MEXGOV", "Pena Nieto")]
