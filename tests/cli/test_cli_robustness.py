"""`eventwire code` on bad and odd input, through a file, standard input and JSON Lines.

Each case of issue #9 on each path: what cannot be coded is one ``error:`` line and exit status 1,
what is coded with a caveat is one ``warning:`` line and exit status 0; never a traceback. A fast
stand-in coder ("<Word> met <Word>" is a meeting) keeps the model out of these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from eventwire.cli import app
from eventwire.cli import code as code_command
from eventwire.models import Actor, Article, Event
from eventwire.settings import Settings

runner = CliRunner()
STORY = "Peru met Chile in Lima on Tuesday. The officials said talks would go on."
SPANISH = (
    "El ministro de Relaciones Exteriores del Perú se reunió el martes con su homólogo chino para "
    "discutir el puerto de Chancay, dijeron funcionarios. Las conversaciones se celebraron en Lima."
)
FIVE_MB = "Peru met Chile in Lima on Tuesday, officials said. " * 100_000
ONE_MB_SENTENCE = " ".join(["officials from Peru and Chile met in Lima"] * 25_000)


class MeetingCoder:
    """Every "<Word> met <Word>" is a CONSULT event; offsets come from the article text."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def code_article(self, article: Article) -> list[Event]:
        text, events, start = article.text, [], article.text.find(" met ")
        while start > 0 and len(events) < 3:
            source = text[:start].split()[-1]
            events.append(
                Event(
                    event_id=f"{article.id}-{start}", article_id=article.id, event_type="CONSULT",
                    cameo="040", quad_class=1, goldstein=1.0, source=[Actor(text=source)], target=[],
                    factuality="asserted", trigger="met", sentence=text, sentence_index=0,
                    span=(0, len(text)), trigger_span=(start + 1, start + 4), confidence=0.9,
                )
            )  # fmt: skip
            start = text.find(" met ", start + 1)
        return events


@pytest.fixture(autouse=True)
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code_command, "build_coder", MeetingCoder)


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def _warnings(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def _assert_one_error(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output + result.stderr
    errors = _errors(result)
    assert len(errors) == 1 and message in errors[0], result.stderr


def _events(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _run_file(tmp_path: Path, raw: bytes, *args: str, name: str = "article.txt") -> Result:
    path = tmp_path / name
    path.write_bytes(raw)
    return runner.invoke(app, ["code", str(path), "--format", "jsonl", *args])


def _run_stdin(raw: bytes, *args: str) -> Result:
    return runner.invoke(app, ["code", "-", "--format", "jsonl", *args], input=raw)


UNCODABLE = [
    ("empty", b"", "empty"),
    ("whitespace", b"  \n\t \r\n  ", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("invalid utf-8", b"Peru met Chile \xff\xfe in Lima.", "not valid UTF-8"),
    ("mixed encodings", "Bogotá talks. ".encode() + "Peña met Chile.".encode("latin-1"), "not valid UTF-8"),
    ("HTML without text", b"<html><body><script>var x = 1;</script></body></html>", "empty"),
]


@pytest.mark.parametrize(("case", "raw", "message"), UNCODABLE, ids=[c[0] for c in UNCODABLE])
@pytest.mark.parametrize("path", ["file", "stdin"])
def test_uncodable_text_is_one_error_line(
    tmp_path: Path, path: str, case: str, raw: bytes, message: str
) -> None:
    result = _run_file(tmp_path, raw) if path == "file" else _run_stdin(raw)
    _assert_one_error(result, message)
    assert result.stdout == ""


CODABLE = [
    ("windows line endings", STORY.replace(". ", ".\r\n").encode(), None, 1),
    ("HTML", f"<html><body><p>{STORY}</p><script>x()</script></body></html>".encode(), None, 1),
    ("5 MB article", FIVE_MB.encode(), "--max-chars", 3),
    ("1 MB sentence", ONE_MB_SENTENCE.encode(), "--max-sentence-chars", 3),
    ("non-English", SPANISH.encode(), "does not look like English", 0),
]


@pytest.mark.parametrize(("case", "raw", "warning", "events"), CODABLE, ids=[c[0] for c in CODABLE])
@pytest.mark.parametrize("path", ["file", "stdin"])
def test_codable_text_is_coded_with_at_most_one_warning(
    tmp_path: Path, path: str, case: str, raw: bytes, warning: str | None, events: int
) -> None:
    result = _run_file(tmp_path, raw) if path == "file" else _run_stdin(raw)
    assert result.exit_code == 0, result.stderr
    assert _errors(result) == [] and "Traceback" not in result.stderr
    assert [warning in line for line in _warnings(result)] == ([True] if warning else [])
    records = _events(result)
    assert len(records) == events
    for record in records:
        assert record["trigger"] == "met"


def test_windows_line_endings_keep_offsets_on_the_normalised_text(tmp_path: Path) -> None:
    result = _run_file(tmp_path, b"Officials said so.\r\nPeru met Chile.\r\n")
    (record,) = _events(result)
    assert record["trigger_span"] == [24, 27]  # "\r\n" counts as one character, "\n"


def test_limits_are_options_and_bad_limits_one_line(tmp_path: Path) -> None:
    result = _run_stdin(STORY.encode(), "--max-chars", "20")
    assert result.exit_code == 0 and "truncated to 17 of" in _warnings(result)[0]
    _assert_one_error(_run_stdin(STORY.encode(), "--max-chars", "0"), "max_article_chars")
    _assert_one_error(_run_stdin(STORY.encode(), "--max-chars", "5000000"), "1000000")
    _assert_one_error(_run_stdin(STORY.encode(), "--max-sentence-chars", "-3"), "max_sentence_chars")


@pytest.mark.parametrize("date", ["2017-02-30", "yesterday-ish", "13/45/2017"])
@pytest.mark.parametrize("path", ["file", "stdin"])
def test_malformed_date_option_is_one_error_line(tmp_path: Path, path: str, date: str) -> None:
    raw = STORY.encode()
    result = _run_file(tmp_path, raw, "--date", date) if path == "file" else _run_stdin(raw, "--date", date)
    _assert_one_error(result, "date")


def test_malformed_date_in_the_file_name_is_one_error_line(tmp_path: Path) -> None:
    _assert_one_error(_run_file(tmp_path, STORY.encode(), name="talks-2017-13-45.txt"), "date")


def test_same_file_twice_gives_the_same_records(tmp_path: Path) -> None:
    first, second = _run_file(tmp_path, STORY.encode()), _run_file(tmp_path, STORY.encode())
    assert first.stdout == second.stdout and _events(first)


def test_unreadable_inputs_are_one_error_line(tmp_path: Path) -> None:
    _assert_one_error(runner.invoke(app, ["code", str(tmp_path)]), "is a directory")
    _assert_one_error(_run_file(tmp_path, b"not gzip at all", name="story.txt.gz"), "cannot read")


def _jsonl_rows() -> bytes:
    rows = [
        json.dumps({"id": "good", "text": STORY, "date": "2017-02-01"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "blank", "text": " \r\n\t "}),
        json.dumps({"id": "binary", "text": "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11"}),
        '{"id": "bad-bytes", "text": "Peru met BAD_BYTE Chile."}',
        json.dumps({"id": "crlf", "text": "Cuba met Chile.\r\nTalks went on."}),
        json.dumps({"id": "html", "text": "<p>Haiti met Chile.</p>"}),
        json.dumps({"id": "big", "text": FIVE_MB}),
        json.dumps({"id": "run-on", "text": ONE_MB_SENTENCE}),
        json.dumps({"id": "es", "text": SPANISH}),
        json.dumps({"id": "bad-date", "text": "Oman met Chile.", "date": "2017-02-30"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "no-text", "body": "Mali met Chile."}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "again", "text": STORY}),
    ]
    return "\r\n".join(rows).encode().replace(b"BAD_BYTE", b"\xff\xfe") + b"\r\n"


JSONL_ERRORS = {
    2: "empty",
    3: "empty",
    4: "binary",
    5: "not valid UTF-8",
    11: "date",
    12: "malformed JSON",
    13: "missing field 'text'",
    14: "must be a string",
    15: "expected a JSON object",
}
JSONL_WARNINGS = {
    8: "--max-chars",
    9: "--max-sentence-chars",
    10: "not look like English",
    16: "same text as",
}


@pytest.mark.parametrize("path", ["file", "stdin"])
def test_jsonl_rows_each_get_one_line_and_the_rest_is_coded(tmp_path: Path, path: str) -> None:
    raw = _jsonl_rows()
    if path == "file":
        result = _run_file(tmp_path, raw, name="rows.jsonl")
    else:
        result = _run_stdin(raw, "--input-format", "jsonl")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    errors = {int(line.split(":")[2]): line for line in _errors(result)}
    assert set(errors) == set(JSONL_ERRORS), result.stderr
    for line, message in JSONL_ERRORS.items():
        assert message in errors[line], errors[line]
    warnings = {int(line.split(":")[2]): line for line in _warnings(result)}
    assert set(warnings) == set(JSONL_WARNINGS), result.stderr
    for line, message in JSONL_WARNINGS.items():
        assert message in warnings[line]
    coded = {record["article_id"] for record in _events(result)}
    assert coded == {"good", "crlf", "html", "big", "run-on"}


# Issue 18: hostile input found by a red-team pass; each reproduction is one error line or a result.


def test_deeply_nested_json_line_is_one_error_and_the_rest_is_coded(tmp_path: Path) -> None:
    raw = "\n".join(["[" * 1000 + "]" * 1000, json.dumps({"id": "ok", "text": STORY})]).encode()
    result = _run_file(tmp_path, raw, name="deep.jsonl")
    _assert_one_error(result, "nested too deeply")
    assert {record["article_id"] for record in _events(result)} == {"ok"}


def test_json_escaped_lone_surrogate_is_replaced_and_coded(tmp_path: Path) -> None:
    raw = b'{"id": "s", "text": "Peru met Chile \\ud800 in Lima.", "title": "T \\udc00"}\n'
    result = _run_file(tmp_path, raw, name="surrogate.jsonl")
    assert result.exit_code == 0 and _errors(result) == [], result.stderr
    (record,) = _events(result)
    assert "\ufffd" in record["sentence"]


def test_closed_standard_input_is_one_error_line() -> None:
    import subprocess
    import sys

    script = "import sys; from eventwire.cli import app; sys.argv = ['eventwire', 'code', '-']; app()"
    done = subprocess.run(
        ["sh", "-c", 'exec "$0" -c "$1" <&-', sys.executable, script],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: standard input is closed: pipe an article into `eventwire code -`"
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
@pytest.mark.parametrize("path", ["file", "stdin"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, path: str, encoding: str) -> None:
    raw = ("\ufeff" + STORY).encode(encoding)
    result = _run_file(tmp_path, raw) if path == "file" else _run_stdin(raw)
    assert result.exit_code == 0 and _errors(result) == [], result.stderr
    assert [record["sentence"][:4] for record in _events(result)] == ["Peru"]


def test_csv_without_a_text_column_is_one_error_not_one_article(tmp_path: Path) -> None:
    _assert_one_error(_run_file(tmp_path, b"id,body\n1,Peru met Chile.\n", name="x.csv"), "no 'text' column")
    result = _run_file(tmp_path, b"id,text\na,Peru met Chile.\nb,Cuba met Chile.\n", name="y.csv")
    assert result.exit_code == 0 and {r["article_id"] for r in _events(result)} == {"a", "b"}


def test_jsonl_title_that_is_an_object_is_one_error_not_its_repr(tmp_path: Path) -> None:
    raw = json.dumps({"id": "t", "text": STORY, "title": {"en": "Talks"}}).encode()
    _assert_one_error(
        _run_file(tmp_path, raw, name="title.jsonl"), "field 'title' must be a string, got dict"
    )
