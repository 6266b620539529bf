"""The JSON Schema of an event record, shipped as ``data/schema/event.schema.json``.

The shipped file is generated from :class:`eventwire.models.Event`; after changing the model,
regenerate it with :func:`write_event_schema` (see docs/schema.md).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from eventwire.data import data_path
from eventwire.errors import DataFileError, InputError
from eventwire.models import Event

SCHEMA_ID = "https://eventwire.dev/schema/event.json"
_SHIPPED = ("schema", "event.schema.json")


class SchemaError(InputError):
    """An event record does not conform to the event JSON Schema."""


def build_event_schema() -> dict[str, Any]:
    """The event schema as generated from the pydantic model, with its identifying header."""
    generated = Event.model_json_schema()
    header = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "eventwire event record",
        "description": (
            "One political event coded from a news article (PLOVER type, CAMEO code, actors, "
            "date, place, factuality, attribution and evidence). See docs/schema.md."
        ),
    }
    body = {key: value for key, value in generated.items() if key not in ("title", "description")}
    return {**header, **body}


def write_event_schema(path: Path | None = None) -> Path:
    """Regenerate the shipped schema file (or write it to ``path``); returns the path written."""
    target = path or Path(__file__).parent / "data" / "schema" / "event.schema.json"
    target.write_text(json.dumps(build_event_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


@cache
def _shipped_text() -> str:
    try:
        return data_path(*_SHIPPED).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"bundled data file schema/event.schema.json cannot be read: {exc}") from None


def event_schema() -> dict[str, Any]:
    """The shipped event JSON Schema (a fresh copy each call, so callers may change it)."""
    try:
        loaded: dict[str, Any] = json.loads(_shipped_text())
    except json.JSONDecodeError as exc:
        raise DataFileError(f"bundled data file schema/event.schema.json is not JSON: {exc}") from None
    return loaded


@cache
def _validator() -> Draft202012Validator:
    schema = event_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate_event(record: dict[str, Any]) -> None:
    """Check one event record (as from ``Event.model_dump(mode="json")``); raise :class:`SchemaError`."""
    error = best_match(_validator().iter_errors(record))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "record"
        raise SchemaError(f"event record does not match the schema at {where}: {error.message}")
