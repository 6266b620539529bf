"""Integrity of data/temporal/lexicon.yaml and of its validation."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest
import yaml

from eventwire.errors import DataFileError
from eventwire.temporal.lexicon import TemporalDataError, load_lexicon, parse_lexicon


def _raw() -> dict[str, Any]:
    text = (files("eventwire") / "data" / "temporal" / "lexicon.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_bundled_lexicon_is_valid() -> None:
    lex = load_lexicon()
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(1, 8))
    assert set(lex.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert set(lex.references.values()) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert len(lex.month_names) == 12 and lex.month_names <= set(lex.months)
    assert "on" in lex.prepositions and "no" in lex.number_labels


def test_every_list_is_strings_without_duplicates() -> None:
    raw = _raw()
    for key, value in raw.items():
        lists = value.values() if isinstance(value, dict) else [value]
        for words in lists:
            if isinstance(words, list):
                assert all(isinstance(w, str) and w == w.strip().lower() for w in words), key
                assert len(set(words)) == len(words), key


def test_cues_do_not_contradict() -> None:
    lex = load_lexicon()
    assert not set(lex.future_cues) & set(lex.past_cues)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda raw: raw["months"].pop(5), "1 to 12"),
        (lambda raw: raw["seasons"].update({"monsoon": "MO"}), "season"),
        (lambda raw: raw["prepositions"].append(True), "strings"),
        (lambda raw: raw["prepositions"].append("in"), "duplicate"),
        (lambda raw: raw.pop("units"), "missing"),
        (lambda raw: raw["shifts"].update({"meanwhile": 0}), "-1 or 1"),
        (lambda raw: raw["counted_prepositions"].update({"around": 0}), "-1 or 1"),
        (lambda raw: raw["weekdays"][2].append("monday"), "twice"),
    ],
)
def test_malformed_lexicon_is_a_data_file_error(mutate: Any, message: str) -> None:
    raw = _raw()
    mutate(raw)
    with pytest.raises(TemporalDataError, match=message):
        parse_lexicon(raw)
    assert issubclass(TemporalDataError, DataFileError)
