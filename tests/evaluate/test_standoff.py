"""Stand-off gold: strip full records, rebuild them from a corpus, report what cannot be found."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluate.standoff import (
    rebuild_file,
    sentence_sha1,
    strip_file,
    strip_record,
    trigger_spans,
    trigger_text,
)
from eventwire.evaluate.wiregold import load_wire_gold

TEXT = (
    "OSLO (Reuters) - Norway's prime minister met the Swedish foreign minister in Oslo on Monday. "
    "The two governments agreed to share border patrol data. "
    "Fishermen protested outside the parliament later in the day."
)
SENTENCES = [  # as the small English model splits TEXT
    "OSLO (Reuters) - Norway's prime minister met the Swedish foreign minister in Oslo on Monday.",
    "The two governments agreed to share border patrol data.",
    "Fishermen protested outside the parliament later in the day.",
]
EVENTS = [{"type": ["CONSULT"], "src": [{"country": "NOR", "sector": "GOV", "org": None}],
           "tgt": [{"country": "SWE", "sector": "GOV", "org": None}], "factuality": "asserted",
           "core": True, "trigger": "met", "date": "2016-03-07"}]  # fmt: skip


def _full(s: int, sentence: str, events: list | None = None) -> dict:  # type: ignore[type-arg]
    return {"article": "n1", "title": "Nordic talks", "date": "2016-03-08", "s": s,
            "sentence": sentence, "events": events or []}  # fmt: skip


def _write(path: Path, records: list[dict]) -> Path:  # type: ignore[type-arg]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text", "subject", "date", "label"])
        writer.writerow(["Nordic talks", TEXT, "worldnews", "March 8, 2016 ", "true"])
    return path


def test_strip_keeps_no_words_of_the_sentence() -> None:
    line = strip_record(_full(0, SENTENCES[0], EVENTS))
    assert list(line) == ["article", "title", "date", "s", "sha1", "events"]
    assert line["sha1"] == sentence_sha1(SENTENCES[0])
    (event,) = line["events"]
    assert "trigger" not in event and event["type"] == EVENTS[0]["type"]
    (span,) = event["trigger_spans"]
    assert SENTENCES[0][span[0] : span[1]] == EVENTS[0]["trigger"]
    with pytest.raises(InputError):
        strip_record({"title": "no sentence"})


def test_elided_triggers_keep_one_span_per_part() -> None:
    sentence = "The council voted on Monday to impose new sanctions on the regime."
    spans = trigger_spans("voted ... to impose new sanctions", sentence)
    assert spans is not None and len(spans) == 2
    assert trigger_text(spans, sentence) == "voted ... to impose new sanctions"
    assert trigger_spans("declared war", sentence) is None


@pytest.mark.model
def test_strip_and_rebuild_round_trip(tmp_path: Path, corpus: Path) -> None:
    full = [_full(i, s, EVENTS if i == 0 else []) for i, s in enumerate(SENTENCES)]
    source = _write(tmp_path / "full.jsonl", full)
    assert strip_file(source, tmp_path / "standoff" / "a.jsonl") == 3
    assert "Norway" not in (tmp_path / "standoff" / "a.jsonl").read_text(encoding="utf-8")
    result = rebuild_file(tmp_path / "standoff", corpus, tmp_path / "build" / "gold.jsonl")
    assert result.unmatched == [] and result.moved == 0
    assert (tmp_path / "build" / "gold.jsonl").read_text(encoding="utf-8") == source.read_text(
        encoding="utf-8"
    )
    assert [g.sentence for g in load_wire_gold(tmp_path / "build" / "gold.jsonl")] == SENTENCES


@pytest.mark.model
def test_rebuild_finds_moved_sentences_and_reports_unmatched(tmp_path: Path, corpus: Path) -> None:
    lines = [
        strip_record(_full(3, SENTENCES[2])),  # wrong position, right hash
        strip_record(_full(1, "A sentence that is not in the article.")),
        {**strip_record(_full(0, SENTENCES[0])), "title": "Another story"},
    ]
    source = _write(tmp_path / "standoff.jsonl", lines)
    result = rebuild_file(source, corpus, tmp_path / "out.jsonl")
    assert result.moved == 1 and [r["s"] for r in result.records] == [2]
    assert len(result.unmatched) == 2
    assert "standoff.jsonl:2" in result.unmatched[0] and "Another story" in result.unmatched[1]


def test_rebuild_without_corpus_is_a_clear_error(tmp_path: Path) -> None:
    source = _write(tmp_path / "s.jsonl", [strip_record(_full(1, SENTENCES[1]))])
    with pytest.raises(InputError, match="corpus not found"):
        rebuild_file(source, tmp_path / "missing.csv", tmp_path / "out.jsonl")
