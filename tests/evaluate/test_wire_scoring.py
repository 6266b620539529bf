"""The wire scorer on hand-made gold and coded events (the rule of ANNOTATION.md)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from wire_helpers import event, gold, sentence

from eventwire.errors import InputError
from eventwire.evaluate.split import part_of
from eventwire.evaluate.wire import evaluate_wire, score_article
from eventwire.evaluate.wirematch import best_sentence, matches, words
from eventwire.ingest import prepare_article
from eventwire.models import Article, Event

MEET = "The foreign minister of France met his German counterpart in Paris on Wednesday."
QUIET = "The weather in the capital stayed mild for most of the week."


def figures(sentences, events) -> dict:  # type: ignore[no-untyped-def]
    return score_article(sentences, events).counts.as_dict()


def test_a_matching_event_scores_full_marks() -> None:
    sents = [sentence(MEET, gold(["CONSULT"], [("FRA", "GOV")], [("DEU", "GOV")]))]
    result = figures(sents, [event("CONSULT", ["FRAGOV"], ["DEUGOV"], MEET)])
    assert result["triple"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["source_sector_accuracy"] == 1.0 and result["date_accuracy"] == 1.0


def test_wrong_target_country_keeps_the_type_but_not_the_triple() -> None:
    sents = [sentence(MEET, gold(["ACCUSE"], [("FRA", "GOV")], [("DEU", "GOV")]))]
    result = figures(sents, [event("ACCUSE", ["FRAGOV"], ["ITAGOV"], MEET)])
    assert result["triple"]["f1"] == 0.0
    assert result["type"]["f1"] == 1.0


@pytest.mark.parametrize(("kind", "ok"), [("CONSULT", True), ("AGREE", True), ("ACCUSE", False)])
def test_only_symmetric_types_may_swap_sides(kind: str, ok: bool) -> None:
    gold_event = gold([kind], [("FRA", None)], [("DEU", None)])
    assert matches(_candidate(event(kind, ["DEUGOV"], ["FRAGOV"], MEET)), gold_event) is ok


def test_sides_without_a_gold_country_are_not_checked_and_igo_matches_by_code() -> None:
    gold_event = gold(["ASSAULT"], None, [("IGO", None)])
    assert matches(_candidate(event("ASSAULT", ["REB"], ["IGOUNO"], MEET)), gold_event)
    assert not matches(_candidate(event("ASSAULT", ["REB"], ["FRAMIL"], MEET)), gold_event)


def test_secondary_events_count_for_precision_only() -> None:
    sents = [sentence(MEET, gold(["CONSULT"], [("FRA", None)], [("DEU", None)], core=False))]
    result = figures(sents, [event("CONSULT", ["FRAGOV"], ["DEUGOV"], MEET)])
    assert result["core_gold_events"] == 0
    assert result["triple"]["precision"] == 1.0


def test_asserted_event_that_gold_calls_hypothetical_is_a_falsehood() -> None:
    sents = [sentence(MEET, gold(["SANCTION"], [("FRA", None)], [("DEU", None)], factuality="hypothetical"))]
    result = figures(sents, [event("SANCTION", ["FRAGOV"], ["DEUGOV"], MEET)])
    assert result["asserted_falsehoods"] == 1
    assert result["triple"]["precision"] == 0.0 and result["core_gold_events"] == 0


def test_non_asserted_system_events_are_not_counted() -> None:
    sents = [sentence(MEET, gold(["CONSULT"], [("FRA", None)], [("DEU", None)]))]
    result = figures(sents, [event("CONSULT", ["FRAGOV"], ["DEUGOV"], MEET, factuality="negated")])
    assert result["system_events"] == 0 and result["triple"]["recall"] == 0.0


def test_clean_empty_sentences_and_unaligned_events() -> None:
    sents = [sentence(QUIET, s=0), sentence(MEET, s=1)]
    elsewhere = "An entirely different sentence about something else altogether happened here."
    result = figures(sents, [event("ACCUSE", ["FRA"], ["DEU"], elsewhere)])
    assert result["clean_empty_sentences"] == {"clean": 2, "empty": 2, "ratio": 1.0}
    assert result["system_events"] == 0
    result = figures(sents, [event("ACCUSE", ["FRA"], ["DEU"], QUIET)])
    assert result["clean_empty_sentences"]["clean"] == 1 and result["system_events"] == 1


def test_sentence_alignment_needs_an_overlap_of_six_tenths() -> None:
    gold_words = [words(QUIET), words(MEET)]
    assert best_sentence(MEET.replace("Wednesday", "Tuesday"), gold_words) == 1
    assert best_sentence("The foreign minister of France met reporters.", gold_words) is None


def _candidate(e: Event):  # type: ignore[no-untyped-def]
    from eventwire.evaluate.wirematch import from_event

    return from_event(e)


class FakeCoder:
    """Stands in for eventwire.Coder: returns preset events per article id."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events

    def article(self, text: str, date: str | None, title: str | None, article_id: str) -> Article:
        return prepare_article(text, date, title, article_id)[0]

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        for article in articles:
            yield article, self.events.get(article.id, [])


def _write_gold(path: Path, ids: list[str]) -> None:
    import json

    with path.open("w", encoding="utf-8") as handle:
        for key in ids:
            record = {"article": key, "title": f"title {key}", "date": "2016-05-05", "s": 0,
                      "sentence": MEET, "events": [{"type": ["CONSULT"], "src": [{"country": "FRA"}],
                      "tgt": [{"country": "DEU"}], "factuality": "asserted", "core": True}]}  # fmt: skip
            handle.write(json.dumps(record) + "\n")


def _write_corpus(path: Path, ids: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "subject", "date", "label"])
        for key in ids:
            writer.writerow([f"title {key}", MEET, "worldnews", "May 5, 2016 ", "true"])


def test_evaluate_wire_reports_both_halves_and_lists_look_errors_only(tmp_path: Path) -> None:
    look = next(f"a{i}" for i in range(50) if part_of(f"a{i}") == "look")
    check = next(f"a{i}" for i in range(50) if part_of(f"a{i}") == "check")
    _write_gold(tmp_path / "gold.jsonl", [look, check])
    _write_corpus(tmp_path / "corpus.csv", [look, check])
    wrong = [event("ACCUSE", ["ITA"], ["ESP"], MEET)]
    coder = FakeCoder({look: wrong, check: wrong})
    result = evaluate_wire(tmp_path / "gold.jsonl", tmp_path / "corpus.csv", coder)
    assert set(result["parts"]) == {"look", "check", "all"}
    assert result["parts"]["all"]["core_gold_events"] == 2
    assert [e["article"] for e in result["missed"]] == [look]
    assert [e["article"] for e in result["false_positives"]] == [look]
    only_check = evaluate_wire(tmp_path / "gold.jsonl", tmp_path / "corpus.csv", coder, "check")
    assert set(only_check["parts"]) == {"check"} and only_check["missed"] == []


def test_missing_corpus_article_is_a_clear_error(tmp_path: Path) -> None:
    _write_gold(tmp_path / "gold.jsonl", ["a1"])
    _write_corpus(tmp_path / "corpus.csv", ["a2"])
    with pytest.raises(InputError, match="not in"):
        evaluate_wire(tmp_path / "gold.jsonl", tmp_path / "corpus.csv", FakeCoder({}))
