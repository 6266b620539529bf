"""The shipped event JSON Schema: in sync with the model, valid Draft 2020-12, and strict."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from eventwire.errors import InputError
from eventwire.models import EVENT_TYPES, Actor, Attribution, Event, Location
from eventwire.schema import SCHEMA_ID, SchemaError, build_event_schema, event_schema, validate_event

SHIPPED = (
    Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "schema" / "event.schema.json"
)


def _event(**changes: Any) -> Event:
    base: dict[str, Any] = {
        "event_id": "0123456789abcdef",
        "article_id": "a1",
        "event_type": "CONSULT",
        "cameo": "040",
        "quad_class": 1,
        "goldstein": 1.0,
        "source": [Actor(text="Chile", country="CHL", code="CHL")],
        "target": [Actor(text="Peru", country="PER", code="PER")],
        "date": "2020-03-04",
        "date_precision": "day",
        "location": Location(text="Lima", country="PER", source="clause"),
        "attribution": Attribution(text="officials", kind="official"),
        "trigger": "met",
        "sentence": "Chile met Peru in Lima.",
        "sentence_index": 0,
        "span": (0, 23),
        "trigger_span": (6, 9),
        "confidence": 0.8,
    }
    base.update(changes)
    return Event(**base)


def test_shipped_schema_is_in_sync_with_the_model() -> None:
    # Fails after a change to eventwire.models.Event: regenerate as docs/schema.md explains.
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == build_event_schema()


def test_shipped_schema_is_valid_draft_2020_12_with_header() -> None:
    schema = event_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"] and schema["description"]
    assert schema["additionalProperties"] is False


def test_event_schema_returns_an_independent_copy() -> None:
    first = event_schema()
    first["title"] = "changed"
    assert event_schema()["title"] != "changed"


def test_a_model_dump_validates() -> None:
    validate_event(_event().model_dump(mode="json"))


def test_every_event_type_and_factuality_is_allowed_by_the_schema() -> None:
    for event_type in EVENT_TYPES:
        validate_event(_event(event_type=event_type).model_dump(mode="json"))
    for value in ("asserted", "negated", "denied", "planned", "hypothetical"):
        validate_event(_event(factuality=value).model_dump(mode="json"))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"event_type": "FIGHT"}, "event_type"),
        ({"quad_class": 5}, "quad_class"),
        ({"goldstein": -11}, "goldstein"),
        ({"factuality": "rumoured"}, "factuality"),
        ({"span": [1]}, "span"),
        ({"confidence": 1.5}, "confidence"),
        ({"unexpected": 1}, "record"),
    ],
)
def test_bad_records_raise_schema_error_naming_the_field(change: dict[str, Any], where: str) -> None:
    record = _event().model_dump(mode="json")
    record.update(change)
    with pytest.raises(SchemaError, match=where) as info:
        validate_event(record)
    assert isinstance(info.value, InputError)
    assert "\n" not in str(info.value)


def test_bad_actor_country_code_is_rejected() -> None:
    record = _event().model_dump(mode="json")
    record["source"][0]["country"] = "chile"
    with pytest.raises(SchemaError, match="source/0/country"):
        validate_event(record)


def test_missing_required_field_is_rejected() -> None:
    record = _event().model_dump(mode="json")
    del record["trigger"]
    with pytest.raises(SchemaError, match="trigger"):
        validate_event(record)
