"""`eventwire batch` on bad and odd rows: JSON Lines, CSV and plain-text files, each case of issue #9.

A row that cannot be coded is a line in the rejects file (``outcome: rejected`` with its reason) and the
run goes on; a row coded with a caveat (truncated, not English) is a line with ``outcome: coded with a
warning``; a repeated article is counted as skipped. Uses the fast fake coder.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.batch import run_batch
from eventwire.cli import app
from eventwire.settings import Settings
from eventwire.store import Store
from fake_coder import make_fake

STORY = "Peru met Chile in Lima. Officials said talks would go on"
SPANISH = (
    "El ministro de Relaciones Exteriores del Perú se reunió el martes con su homólogo chino para "
    "discutir el puerto de Chancay, dijeron funcionarios. Las conversaciones se celebraron en Lima."
)
FIVE_MB = "Cuba met Chile in Havana, officials said. " * 125_000
ONE_MB_SENTENCE = "Haiti met Chile " + " ".join(["and officials from both sides talked in Lima"] * 23_000)
BAD_BYTES = "\ufffd"  # replaced by raw invalid bytes when the file is written

# (case, text, date, expected outcome, words in the reason)
CASES: list[tuple[str, str, str, str, str]] = [
    ("good", STORY, "2017-02-01", "coded", ""),
    ("empty", "", "2017-02-01", "rejected", "empty"),
    ("whitespace", " \t\r\n  ", "2017-02-01", "rejected", "empty"),
    ("binary", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 data", "", "rejected", "binary"),
    ("invalid utf-8", f"Peru met {BAD_BYTES} Chile.", "", "rejected", "undecodable bytes"),
    ("windows line endings", "Oman met Chile.\r\nTalks went on.\r\n", "2017-02-02", "coded", ""),
    ("html", "<html><body><p>Mali met Chile.</p><script>x()</script></body></html>", "", "coded", ""),
    ("5 MB article", FIVE_MB, "", "warning", "--max-chars"),
    ("1 MB sentence", ONE_MB_SENTENCE, "", "warning", "--max-sentence-chars"),
    ("non-English", SPANISH, "", "warning", "does not look like English"),
    ("malformed date", "Chad met Chile.", "2017-02-30", "rejected", "date"),
    ("duplicate", STORY, "2017-02-01", "skipped", ""),
]


def _encode(text: str) -> bytes:
    return text.encode("utf-8").replace(BAD_BYTES.encode(), b"\xff\xfe")


def _write_jsonl(path: Path) -> dict[int, str]:
    lines, where = [], {}
    for number, (case, text, date, _, _) in enumerate(CASES, start=1):
        lines.append(_encode(json.dumps({"id": case, "text": text, "date": date}, ensure_ascii=False)))
        where[number] = case
    lines.append(b'{"id": "broken", "text": "Peru met')
    where[len(lines)] = "malformed row"
    lines.append(b'{"id": "no text", "body": "Peru met Chile."}')
    where[len(lines)] = "missing column"
    lines.append("Peru met Chile \u00e9".encode("latin-1"))
    where[len(lines)] = "mixed encodings"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return where


def _write_csv(path: Path) -> dict[int, str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["id", "date", "text"])
    for case, text, date, _, _ in CASES:
        writer.writerow([case, date, text])
    writer.writerow(["too many", "2017-02-01", "Peru met Chile.", "extra", "fields"])
    writer.writerow(["missing column", "2017-02-01"])
    data = _encode(buffer.getvalue()) + "mixed,2017-02-01,Peru met Chile \u00e9\r\n".encode("latin-1")
    path.write_bytes(data)
    rows = {row: case for row, (case, *_) in enumerate(CASES, start=1)}
    return {
        **rows,
        len(CASES) + 1: "malformed row",
        len(CASES) + 2: "missing column",
        len(CASES) + 3: "mixed",
    }


EXPECTED = {
    **{case: (outcome, words) for case, _, _, outcome, words in CASES},
    "malformed row": ("rejected", "malformed"),
    "missing column": ("rejected", "missing"),
    "mixed encodings": ("rejected", "undecodable bytes"),
    "mixed": ("rejected", "undecodable bytes"),
}


def _entries(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_every_bad_row_is_reported_with_its_reason_and_the_run_goes_on(tmp_path: Path, kind: str) -> None:
    corpus = tmp_path / f"corpus.{kind}"
    where = _write_jsonl(corpus) if kind == "jsonl" else _write_csv(corpus)
    rejects = tmp_path / "rejects.jsonl"
    settings = Settings(max_article_chars=50_000, max_sentence_chars=2_000)
    summary = run_batch(
        [corpus], tmp_path / "e.duckdb", settings, workers=1, rejects=rejects, coder_factory=make_fake
    )
    assert summary.status == "completed" and summary.read == len(where)
    key = "line" if kind == "jsonl" else "row"
    entries = {(e[key], e["outcome"]): e for e in _entries(rejects)}
    for number, case in where.items():
        outcome, words = EXPECTED[case]
        if outcome in ("rejected", "warning"):
            label = "rejected" if outcome == "rejected" else "coded with a warning"
            entry = entries.pop((number, label))
            assert words in entry["reason"] and entry["source"] == str(corpus), (case, entry)
    assert entries == {}
    assert summary.skipped == 1  # the duplicate
    assert summary.rejected == sum(1 for c in CASES if c[3] == "rejected") + 3
    with Store.open(tmp_path / "e.duckdb", read_only=True) as store:
        sources = {row[0] for row in store.con.execute("SELECT source_code FROM events").fetchall()}
    assert {"PER", "OMA", "MAL", "CUB", "HAI"} <= sources


def test_text_files_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b" \r\n ",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin1.txt": "Bogot\u00e1 met Chile.".encode("latin-1"),
        "bad-date-2017-13-45.txt": b"Peru met Chile.",
        "crlf.txt": b"Peru met Chile.\r\nTalks went on.\r\n",
        "page.html": b"<p>Peru met Chile.</p>",
        "broken.txt.gz": b"not gzip",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    rejects = tmp_path / "rejects.jsonl"
    summary = run_batch([folder], tmp_path / "e.duckdb", workers=1, rejects=rejects, coder_factory=make_fake)
    reasons = {Path(e["source"]).name: e["reason"] for e in _entries(rejects)}
    assert summary.coded == 1 and summary.rejected == len(files) - 1
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["image.txt"] or "UTF-8" in reasons["image.txt"]
    assert "UTF-8" in reasons["latin1.txt"] and "date" in reasons["bad-date-2017-13-45.txt"]
    assert "unsupported file type" in reasons["page.html"] and "cannot read" in reasons["broken.txt.gz"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--max-chars", "0"], "max_article_chars"),
        (["--max-sentence-chars", "0"], "max_sentence_chars"),
        (["--date", "2017-02-30"], "date"),
    ],
)
def test_batch_command_bad_options_are_one_line(tmp_path: Path, options: list[str], message: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(corpus), "--store", str(tmp_path / "s.duckdb"), *options])
    assert result.exit_code == 1 and "Traceback" not in result.output + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0]


def test_folder_entries_that_cannot_be_read_are_rejects_and_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable subfolder, a broken link, link loops and a FIFO: each a rejects entry, counted."""
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text("Peru met Chile.", encoding="utf-8")
    (folder / "good.txt").write_text("Peru met Chile.", encoding="utf-8")
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "up").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self.name == "locked":  # as a folder without read permission does (root may read any)
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    rejects = tmp_path / "rejects.jsonl"
    summary = run_batch([folder], tmp_path / "e.duckdb", workers=1, rejects=rejects, coder_factory=make_fake)
    reasons = {Path(e["source"]).name: e["reason"] for e in _entries(rejects)}
    assert (summary.read, summary.coded, summary.rejected) == (6, 1, 5)
    assert reasons["locked"] == "cannot read folder: Permission denied"
    assert reasons["broken.txt"].startswith("broken symbolic link: its target")
    assert reasons["self.txt"] == "symbolic link loop: the link leads back to itself"
    assert reasons["up"].startswith("symbolic link loop: leads back to")
    assert reasons["pipe.txt"].startswith("not a regular file")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_is_a_reject(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked").chmod(0)
    try:
        summary = run_batch([folder], tmp_path / "e.duckdb", workers=1, coder_factory=make_fake)
    finally:
        (folder / "locked").chmod(0o700)
    assert summary.rejected == 1


def test_a_deeply_nested_line_and_lone_surrogates_do_not_stop_a_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "hostile.jsonl"
    lines = [
        "[" * 1000 + "]" * 1000,
        '{"id": "s", "text": "Peru met Chile \\ud800 in Lima.", "title": "Talks \\udc00"}',
        json.dumps({"id": "t", "text": "Cuba met Chile.", "title": {"en": "Talks"}}),
        json.dumps({"id": "ok", "text": "Oman met Chile."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    store = tmp_path / "e.duckdb"
    summary = run_batch([corpus], store, workers=1, rejects=rejects, coder_factory=make_fake)
    assert (summary.status, summary.coded, summary.rejected) == ("completed", 2, 2)
    assert [e["line"] for e in _entries(rejects)] == [1, 3]
    with Store.open(store, read_only=True) as opened:
        titles = {row[0] for row in opened.con.execute("SELECT title FROM articles").fetchall()}
    assert "Talks \ufffd" in titles
    again = run_batch([corpus], store, workers=1, rejects=rejects, coder_factory=make_fake)
    assert (again.status, again.coded, again.skipped) == ("completed", 0, 2)
