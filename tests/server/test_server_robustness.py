"""POST /code on bad and odd bodies, each case of issue #9: a JSON error with a status, or a 200 whose
``warnings`` say what was done (truncation, not English); never a traceback, never a 500."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.settings import Settings

STORY = "OTTAWA (Reuters) - Mexico met Canada on Tuesday. Officials said Peru accused Chile of spying."
SPANISH = (
    "El ministro de Relaciones Exteriores del Perú se reunió el martes con su homólogo chino para "
    "discutir el puerto de Chancay, dijeron funcionarios. Las conversaciones se celebraron en Lima."
)
FIVE_MB = "Mexico met Canada in Ottawa, officials said. " * 115_000
ONE_MB_SENTENCE = "Peru accused Chile " + " ".join(["and officials from both sides talked in Lima"] * 23_000)


@pytest.fixture()
def big_client(coder_factory: Any) -> Iterator[TestClient]:
    """Bodies up to 8 MB, articles up to 20,000 characters, sentences up to 2,000."""
    app = create_app(
        Settings(max_article_chars=20_000, max_sentence_chars=2_000),
        coder_factory=coder_factory,
        max_body_bytes=8_000_000,
    )
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _error(response: Any, status: int, code: str, words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    message = body["error"]["message"]
    assert words in message and "\n" not in message and "Traceback" not in message


def _post_raw(client: TestClient, data: bytes, content_type: str = "application/json") -> Any:
    return client.post("/code", content=data, headers={"content-type": content_type})


@pytest.mark.parametrize(
    ("body", "status", "code", "words"),
    [
        ({"text": ""}, 422, "invalid_request", "text"),
        ({"text": " \r\n\t  "}, 422, "invalid_input", "empty"),
        ({"text": "<html><body><script>x()</script></body></html>"}, 422, "invalid_input", "empty"),
        (
            {"text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 data"},
            422,
            "invalid_input",
            "binary",
        ),
        ({"text": STORY, "date": "2017-02-30"}, 422, "invalid_input", "date"),
        ({"text": STORY, "date": "next blue moon"}, 422, "invalid_input", "date"),
        ({"title": "no text"}, 422, "invalid_request", "text"),
        ({"text": 42}, 422, "invalid_request", "text"),
        ({"text": STORY, "source": "extra field"}, 422, "invalid_request", "source"),
        ({"text": STORY, "date": "x" * 100}, 422, "invalid_request", "date"),
    ],
    ids=[
        "empty",
        "whitespace",
        "html-without-text",
        "binary-text",
        "impossible-date",
        "unreadable-date",
        "missing-text",
        "text-not-string",
        "unknown-field",
        "date-too-long",
    ],
)
def test_uncodable_bodies_get_a_json_error(
    client: TestClient, body: dict[str, Any], status: int, code: str, words: str
) -> None:
    _error(client.post("/code", json=body), status, code, words)


@pytest.mark.parametrize(
    ("data", "content_type", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "application/json", "JSON"),
        (b'{"text": "Mexico met \xff\xfe Canada."}', "application/json", ""),
        (b'{"text": "Bogot\xe1 talks"}', "application/json", ""),
        (b'{"text": "Mexico met', "application/json", "JSON"),
        (b"", "application/json", ""),
        (STORY.encode(), "text/plain", ""),
    ],
    ids=["binary-body", "invalid-utf8", "mixed-encodings", "malformed-json", "empty-body", "not-json"],
)
def test_malformed_bodies_get_a_json_422(
    client: TestClient, data: bytes, content_type: str, words: str
) -> None:
    _error(_post_raw(client, data, content_type), 422, "invalid_request", words)


def test_windows_line_endings_and_html_are_coded(client: TestClient) -> None:
    for text in (
        STORY.replace(". ", ".\r\n"),
        f"<html><body><p>{STORY}</p><script>x()</script></body></html>",
    ):
        response = client.post("/code", json={"text": text})
        assert response.status_code == 200, response.text
        body = response.json()
        article = body["article"]["text"]
        assert "\r" not in article and "<" not in article and body["warnings"] == []
        assert [e["trigger"] for e in body["events"]] == ["met", "accused"]
        for event in body["events"]:
            assert article[event["trigger_span"][0] : event["trigger_span"][1]] == event["trigger"]


def test_five_megabyte_body_over_the_limit_gets_413(client: TestClient) -> None:
    _error(client.post("/code", json={"text": FIVE_MB}), 413, "payload_too_large", "bytes")


def test_five_megabyte_article_is_truncated_and_says_so(big_client: TestClient) -> None:
    response = big_client.post("/code", json={"text": FIVE_MB})
    assert response.status_code == 200
    body = response.json()
    assert len(body["article"]["text"]) <= 20_000 and body["article"]["truncated_from"] > 5_000_000
    assert len(body["warnings"]) == 1 and "--max-chars" in body["warnings"][0]
    assert body["events"] and {e["trigger"] for e in body["events"]} == {"met"}


def test_one_megabyte_sentence_is_cut_and_says_so(big_client: TestClient) -> None:
    response = big_client.post("/code", json={"text": ONE_MB_SENTENCE})
    assert response.status_code == 200
    body = response.json()
    assert len(body["article"]["text"]) <= 2_000
    assert len(body["warnings"]) == 1 and "--max-sentence-chars" in body["warnings"][0]
    assert [e["trigger"] for e in body["events"]] == ["accused"]


def test_non_english_text_is_coded_with_a_warning(client: TestClient) -> None:
    body = client.post("/code", json={"text": SPANISH}).json()
    assert body["events"] == [] and "does not look like English" in body["warnings"][0]


def test_the_same_article_twice_gives_the_same_answer(client: TestClient) -> None:
    first = client.post("/code", json={"text": STORY, "date": "2017-02-01"})
    second = client.post("/code", json={"text": STORY, "date": "2017-02-01"})
    assert first.status_code == second.status_code == 200
    assert json.loads(first.text) == json.loads(second.text)


def test_limits_come_from_the_settings(big_client: TestClient) -> None:
    health = big_client.get("/health").json()
    assert (health["max_article_chars"], health["max_sentence_chars"]) == (20_000, 2_000)
    assert health["max_body_bytes"] == 8_000_000
