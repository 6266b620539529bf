from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.agree import agreement, cohen_kappa
from eventwire.evaluate.standoff import strip_record


def _record(s: int, sentence: str, *types: str) -> dict:  # type: ignore[type-arg]
    events = [{"type": [t], "src": [{"country": "KEN"}], "tgt": [{"country": "UGA"}],
               "factuality": "asserted", "core": True} for t in types]  # fmt: skip
    return {
        "article": "k1",
        "title": "East Africa",
        "date": "2017-01-02",
        "s": s,
        "sentence": sentence,
        "events": events,
    }


def test_cohen_kappa() -> None:
    assert cohen_kappa([(True, True), (False, False)]) == 1.0
    assert cohen_kappa([(True, False), (False, True)]) == -1.0
    assert cohen_kappa([(True, True), (True, False), (False, False), (False, False)]) == 0.5


def test_agreement_on_shared_sentences(tmp_path: Path) -> None:
    a = [_record(0, "Kenya accused Uganda.", "ACCUSE"), _record(1, "Talks were held.", "CONSULT"),
         _record(2, "Nothing happened."), _record(3, "Only A annotated this.", "AID")]  # fmt: skip
    b = [_record(0, "Kenya accused Uganda.", "ACCUSE"), _record(1, "Talks were held.", "AGREE"),
         _record(2, "Nothing happened.", "THREATEN")]  # fmt: skip
    path_a, path_b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    path_a.write_text("".join(json.dumps(r) + "\n" for r in a), encoding="utf-8")
    path_b.write_text("".join(json.dumps(strip_record(r)) + "\n" for r in b), encoding="utf-8")  # stand-off
    result = agreement(path_a, path_b)
    assert result["shared"] == 3
    assert result["presence"]["b_only"] == 1 and result["presence"]["agree"] == 2
    # B: ACCUSE right, AGREE and THREATEN wrong -> P 1/3; A's core events: 1 of 2 found
    assert result["type"]["precision"] == pytest.approx(0.3333) and result["type"]["recall"] == 0.5
    assert result["triple"] == result["type"]
