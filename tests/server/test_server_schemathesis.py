"""Property-based conformance: schemathesis drives every operation of the app's own OpenAPI spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from eventwire.models import Event
from eventwire.server import create_app
from eventwire.settings import Settings

# These operations validate more than a JSON schema can say (a free-form publication date must be readable,
# ``since`` must not be after ``until``), so a schema-valid request may rightly get a documented 422.
SEMANTIC_422 = {"/code", "/events", "/network"}
OPERATIONS = [
    ("GET", "/health"),
    ("POST", "/code"),
    ("GET", "/events"),
    ("GET", "/dyads/{src}/{tgt}/trend"),
    ("GET", "/articles/{article_id}"),
    ("GET", "/network"),
]


@pytest.fixture()
def api_schema(store_file: tuple[Path, dict[str, list[Event]]], coder_factory: Any) -> Any:
    app = create_app(
        Settings(), store_path=store_file[0], coder_factory=coder_factory, max_article_chars=5_000
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_operation_conforms_to_its_openapi_spec(api_schema: Any, method: str, path: str) -> None:
    @given(case=api_schema[path][method].as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: Any) -> None:
        excluded = [positive_data_acceptance] if path in SEMANTIC_422 else []
        response = case.call_and_validate(excluded_checks=excluded)
        assert response.status_code < 500

    check()
