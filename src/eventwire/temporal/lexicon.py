"""The temporal word lists (``data/temporal/lexicon.yaml``), loaded and checked once on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from eventwire.data import parse_yaml
from eventwire.errors import DataFileError

LEXICON_FILE = "lexicon.yaml"
SEASON_CODES = frozenset({"SP", "SU", "FA", "WI"})
REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
PART_NAMES = frozenset({"early", "mid", "late"})


class TemporalDataError(DataFileError):
    """The bundled temporal lexicon is malformed."""


@dataclass(frozen=True)
class Lexicon:
    """Validated word lists; every mapping key is lower case."""

    months: dict[str, int]
    month_names: frozenset[str]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    day_parts: tuple[str, ...]
    day_words: dict[str, int]
    relatives: dict[str, int]
    units: tuple[str, ...]
    shifts: dict[str, int]
    counted_prepositions: dict[str, int]
    vague_counts: frozenset[str]
    numbers: dict[str, int]
    approximators: tuple[str, ...]
    parts: dict[str, str]
    references: dict[str, str]
    prepositions: tuple[str, ...]
    number_labels: frozenset[str]
    count_nouns: frozenset[str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    not_past_ed: frozenset[str]
    implicative_verbs: frozenset[str]


def _words(raw: Any, key: str) -> list[str]:
    if not isinstance(raw, list) or not raw:
        raise TemporalDataError(f"temporal lexicon: '{key}' must be a non-empty list of words")
    if any(not isinstance(item, str) for item in raw):
        raise TemporalDataError(f"temporal lexicon: '{key}' entries must be strings (quote yes/no/on/off)")
    out = [item.strip().lower() for item in raw]
    if any(not item for item in out):
        raise TemporalDataError(f"temporal lexicon: '{key}' has an empty entry")
    if len(set(out)) != len(out):
        raise TemporalDataError(f"temporal lexicon: '{key}' has duplicate entries")
    return out


def _inverted(raw: Any, key: str) -> dict[str, Any]:
    """Turn ``{value: [word, ...]}`` into ``{word: value}``, refusing a word listed twice."""
    if not isinstance(raw, dict) or not raw:
        raise TemporalDataError(f"temporal lexicon: '{key}' must be a non-empty mapping")
    out: dict[str, Any] = {}
    for value, words in raw.items():
        for word in _words(words, f"{key}.{value}"):
            if word in out:
                raise TemporalDataError(f"temporal lexicon: '{word}' is listed twice under '{key}'")
            out[word] = value
    return out


def _scalar_map(raw: Any, key: str, kind: type) -> dict[str, Any]:
    if not isinstance(raw, dict) or not raw:
        raise TemporalDataError(f"temporal lexicon: '{key}' must be a non-empty mapping")
    out = {str(word).lower(): value for word, value in raw.items()}
    if any(not isinstance(value, kind) for value in out.values()):
        raise TemporalDataError(f"temporal lexicon: '{key}' values must be {kind.__name__}")
    return out


def _check_ranges(lex: Lexicon) -> None:
    if sorted(set(lex.months.values())) != list(range(1, 13)):
        raise TemporalDataError("temporal lexicon: 'months' must cover month numbers 1 to 12")
    if sorted(set(lex.weekdays.values())) != list(range(1, 8)):
        raise TemporalDataError("temporal lexicon: 'weekdays' must cover ISO weekdays 1 to 7")
    if not set(lex.seasons.values()) <= SEASON_CODES:
        raise TemporalDataError("temporal lexicon: 'seasons' codes must be SP, SU, FA or WI")
    if not set(lex.references.values()) <= REFERENCE_VALUES:
        raise TemporalDataError("temporal lexicon: 'references' keys must be TimeML *_REF values")
    if not set(lex.parts.values()) <= PART_NAMES:
        raise TemporalDataError("temporal lexicon: 'parts' keys must be early, mid or late")
    if not lex.ambiguous_months <= set(lex.months):
        raise TemporalDataError("temporal lexicon: 'ambiguous_months' must be listed under 'months'")
    if not set(lex.relatives.values()) <= {-1, 0, 1}:
        raise TemporalDataError("temporal lexicon: 'relatives' directions must be -1, 0 or 1")
    for key in ("shifts", "counted_prepositions"):
        if not set(getattr(lex, key).values()) <= {-1, 1}:
            raise TemporalDataError(f"temporal lexicon: '{key}' directions must be -1 or 1")


def parse_lexicon(raw: Any) -> Lexicon:
    """Validate the parsed YAML document and build a :class:`Lexicon`."""
    if not isinstance(raw, dict):
        raise TemporalDataError("temporal lexicon: the file must hold a mapping")
    try:
        lex = Lexicon(
            months={w: int(n) for w, n in _inverted(raw["months"], "months").items()},
            month_names=frozenset(str(words[0]).lower() for words in raw["months"].values()),
            ambiguous_months=frozenset(_words(raw["ambiguous_months"], "ambiguous_months")),
            weekdays={w: int(n) for w, n in _inverted(raw["weekdays"], "weekdays").items()},
            seasons={w: str(c) for w, c in _scalar_map(raw["seasons"], "seasons", str).items()},
            day_parts=tuple(_words(raw["day_parts"], "day_parts")),
            day_words=_scalar_map(raw["day_words"], "day_words", int),
            relatives=_scalar_map(raw["relatives"], "relatives", int),
            units=tuple(_words(raw["units"], "units")),
            shifts=_scalar_map(raw["shifts"], "shifts", int),
            counted_prepositions=_scalar_map(raw["counted_prepositions"], "counted_prepositions", int),
            vague_counts=frozenset(_words(raw["vague_counts"], "vague_counts")),
            numbers=_scalar_map(raw["numbers"], "numbers", int),
            approximators=tuple(_words(raw["approximators"], "approximators")),
            parts=_inverted(raw["parts"], "parts"),
            references=_inverted(raw["references"], "references"),
            prepositions=tuple(_words(raw["prepositions"], "prepositions")),
            number_labels=frozenset(_words(raw["number_labels"], "number_labels")),
            count_nouns=frozenset(_words(raw["count_nouns"], "count_nouns")),
            future_cues=tuple(_words(raw["future_cues"], "future_cues")),
            past_cues=tuple(_words(raw["past_cues"], "past_cues")),
            not_past_ed=frozenset(_words(raw["not_past_ed"], "not_past_ed")),
            implicative_verbs=frozenset(_words(raw["implicative_verbs"], "implicative_verbs")),
        )
    except KeyError as exc:
        raise TemporalDataError(f"temporal lexicon: missing section {exc}") from None
    except (TypeError, ValueError) as exc:
        raise TemporalDataError(f"temporal lexicon: bad value ({exc})") from None
    _check_ranges(lex)
    return lex


@cache
def load_lexicon() -> Lexicon:
    """The bundled lexicon, read on first use and cached."""
    node = files("eventwire") / "data" / "temporal" / LEXICON_FILE
    try:
        raw = parse_yaml(node.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TemporalDataError(f"temporal lexicon cannot be read: {exc}") from None
    return parse_lexicon(raw)
