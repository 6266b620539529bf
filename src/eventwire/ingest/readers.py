"""The one input reader: raw article records out of files (plain text, JSON Lines, CSV/TSV and gzip of
any), folders and standard input, for ``eventwire code`` and ``eventwire batch`` alike (:func:`read`,
:func:`iter_records`).

Readers never load a whole corpus: files are visited one at a time and JSONL/CSV files are read row by
row. A row that cannot become an article (malformed JSON, a CSV row with the wrong number of fields,
undecodable bytes, a missing ``text``) is yielded as a :class:`Reject` so the caller can record it and
carry on; a readable row is yielded as a :class:`SourceRecord` whose text and date are still unvalidated
(``prepare_article`` does that).
"""

from __future__ import annotations

import csv
import errno
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from eventwire.errors import InputError
from eventwire.ingest.article import bom_encoding, decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
_FILE_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_SURROGATE = re.compile("[\udc80-\udcff]")
_CSV_FIELD_LIMIT = 2**31 - 1
InputFormat = Literal["auto", "text", "jsonl"]


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One raw article as read from a file, before validation."""

    source: str
    line: int
    text: str
    date: str | None = None
    title: str | None = None
    source_id: str | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """A row or file that could not be read as an article, and why."""

    source: str
    line: int | None
    reason: str
    row: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "row": self.row, "reason": self.reason}


Item = SourceRecord | Reject


def file_date(path: Path) -> str | None:
    """The publication date a file's name gives (``lima-talks-2024-03-14.txt``), as written, or None."""
    match = _FILE_DATE.search(path.name)
    return match.group(1) if match else None


def file_kind(path: Path) -> str | None:
    """``"text"``, ``"jsonl"`` or ``"csv"`` from the file name (``.gz`` looked through), else None."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in CSV_SUFFIXES:
        return "csv"
    return None


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """Files named in ``inputs``, folders walked recursively in sorted order (hidden entries left out).

    What cannot be walked is a :class:`Reject` with its reason, never silently left out: an unreadable
    folder, a broken symbolic link, a link that loops (to itself, or to a folder it is inside of),
    and anything that is not a regular file (a FIFO would block the run).
    """
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, {path.resolve()})
        elif path.is_file():
            yield path
        else:
            raise InputError(f"input not found: {path}")


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | Reject]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield Reject(str(folder), None, f"cannot read folder: {exc.strerror or exc}")
        return
    for child in entries:
        if child.name.startswith("."):
            continue
        problem = _link_problem(child) if child.is_symlink() else None
        if problem is not None:
            yield Reject(str(child), None, problem)
        elif child.is_dir():
            real = child.resolve()
            if real in seen:
                yield Reject(str(child), None, f"symbolic link loop: leads back to {real}")
            else:
                yield from _walk(child, seen | {real})
        elif child.is_file():
            yield child
        else:
            yield Reject(str(child), None, "not a regular file (a pipe, socket or device)")


def _link_problem(link: Path) -> str | None:
    """Why the symbolic link ``link`` cannot be followed, or None."""
    try:
        link.resolve(strict=True)
    except FileNotFoundError:
        return f"broken symbolic link: its target {os.readlink(link)} does not exist"
    except (OSError, RuntimeError) as exc:
        if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
        return f"cannot follow symbolic link: {exc.strerror or exc}"
    return None


def check_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """The inputs as paths; raises :class:`InputError` at once when one of them does not exist."""
    paths = [Path(p) for p in inputs]
    if not paths:
        raise InputError("no input files given")
    for path in paths:
        if not path.exists():
            raise InputError(f"input not found: {path}")
    return paths


def iter_records(inputs: Iterable[str | Path], date: str | None = None) -> Iterator[Item]:
    """Every record of every input file, streamed; ``date`` is the default date of plain-text files."""
    for path in expand_inputs(check_inputs(inputs)):
        if isinstance(path, Reject):
            yield path
        else:
            yield from read_file(path, date=date)


def read_file(path: Path, date: str | None = None) -> Iterator[Item]:
    """The records of one corpus file; a file of no known kind or an unreadable one yields a
    single :class:`Reject`."""
    if file_kind(path) is None:
        yield Reject(str(path), None, f"unsupported file type {''.join(path.suffixes) or '(none)'!r}")
        return
    yield from _read_path(path, "auto", date, None)


def read(
    source: str | Path,
    input_format: InputFormat = "auto",
    date: str | None = None,
    title: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """The records of one input: a file (its kind from ``input_format`` or its name, plain text when the
    name says nothing) or ``-`` for standard input. ``date`` and ``title`` go to a plain-text article;
    without ``date`` the file name's date (:func:`file_date`) is used. A missing input or a folder is an
    :class:`InputError`; an unreadable file or row is a :class:`Reject`."""
    if str(source) == "-":
        raw = _read_stdin(stdin)
        if input_format == "jsonl":
            yield from _read_jsonl(Path("<stdin>"), io.BufferedReader(io.BytesIO(raw)))
        else:
            yield SourceRecord("<stdin>", 1, decode_bytes(raw, "standard input"), date=date, title=title)
        return
    path = Path(source)
    if not path.is_file():
        what = "is a directory (use `eventwire batch` for folders)" if path.is_dir() else "was not found"
        raise InputError(f"input {path} {what}")
    yield from _read_path(path, input_format, date, title)


def _read_path(path: Path, input_format: InputFormat, date: str | None, title: str | None) -> Iterator[Item]:
    kind = (file_kind(path) or "text") if input_format == "auto" else input_format
    try:
        with _open_binary(path) as raw:
            if kind == "text":
                yield _read_text(path, raw, date, title)
            elif kind == "jsonl":
                yield from _read_jsonl(path, raw)
            else:
                yield from _read_csv(path, raw)
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(str(path), None, f"cannot read file: {exc.__class__.__name__}: {exc}")


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    """All of standard input; a closed or unreadable one is an :class:`InputError`."""
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed: pipe an article into `eventwire code -`")
    try:
        return stream.read()
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read standard input: {exc}") from None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (blank lines skipped); anything else is an InputError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number} is not valid JSON: {exc.msg}") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number} is not a JSON object")
        records.append(record)
    return records


def count_records(inputs: Iterable[str | Path]) -> int:
    """How many records :func:`iter_records` will yield (a cheap pass without validation)."""
    return sum(1 for _ in iter_records(inputs))


def _open_binary(path: Path) -> gzip.GzipFile | io.BufferedReader:
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return path.open("rb")


def _text_stream(raw: gzip.GzipFile | io.BufferedReader) -> io.TextIOWrapper:
    """UTF-8 (BOM skipped), or UTF-16/32 when the file starts with their byte-order mark."""
    encoding = bom_encoding(raw.peek(4)[:4]) or "utf-8-sig"
    return io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline="")


def _read_text(
    path: Path, raw: gzip.GzipFile | io.BufferedReader, date: str | None, title: str | None
) -> Item:
    """A plain-text file as one article; it has no id of its own (the article's id is its content hash)."""
    try:
        text = decode_bytes(raw.read(), "the file")
    except InputError as exc:
        return Reject(str(path), None, str(exc))
    return SourceRecord(source=str(path), line=1, text=text, date=date or file_date(path), title=title)


def _read_jsonl(path: Path, raw: gzip.GzipFile | io.BufferedReader) -> Iterator[Item]:
    source = str(path)
    for number, line in enumerate(_text_stream(raw), start=1):
        if not line.strip():
            continue
        if _SURROGATE.search(line):
            yield Reject(source, number, "undecodable bytes: the line is not valid UTF-8")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(source, number, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield Reject(source, number, "malformed JSON: nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield Reject(source, number, f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield _record_from_mapping(obj, source, number, None)


def _record_from_mapping(obj: dict[str, Any], source: str, line: int, row: int | None) -> Item:
    text = obj.get("text")
    if text is None:
        return Reject(source, line, "missing field 'text'", row)
    if not isinstance(text, str):
        return Reject(source, line, f"field 'text' must be a string, got {type(text).__name__}", row)
    for name in ("title", "date", "id"):
        if isinstance(obj.get(name), dict | list):
            kind = type(obj[name]).__name__
            return Reject(source, line, f"field {name!r} must be a string, got {kind}", row)
    fallback_id = f"{source}:{line}"
    return SourceRecord(
        source=source,
        line=line,
        text=text,
        date=_optional_str(obj.get("date")),
        title=_optional_str(obj.get("title")),
        source_id=_optional_str(obj.get("id")) or fallback_id,
        row=row,
    )


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_csv(path: Path, raw: gzip.GzipFile | io.BufferedReader) -> Iterator[Item]:
    source = str(path)
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    delimiter = "\t" if ".tsv" in (s.lower() for s in path.suffixes) else ","
    reader = csv.reader(_text_stream(raw), delimiter=delimiter)
    header = _csv_header(reader)
    if header is None:
        yield Reject(source, 1, "the CSV file has no header row")
        return
    if "text" not in header:
        yield Reject(source, 1, f"the CSV header has no 'text' column (found: {', '.join(header)})")
        return
    yield from _csv_rows(reader, header, source)


def _csv_header(reader: Any) -> list[str] | None:
    try:
        for fields in reader:
            if any(f.strip() for f in fields):
                return [f.strip().lower() for f in fields]
    except csv.Error:
        return None
    return None


def _csv_rows(reader: Any, header: list[str], source: str) -> Iterator[Item]:
    row = 0
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            row += 1
            yield Reject(source, start, f"malformed CSV row: {exc}", row)
            continue
        if not fields or not any(f.strip() for f in fields):
            continue
        row += 1
        if len(fields) != len(header):
            reason = f"missing columns: the row has {len(fields)} fields, the header has {len(header)}"
            if len(fields) > len(header):
                reason = f"malformed CSV row: {len(fields)} fields, the header has {len(header)}"
            yield Reject(source, start, reason, row)
        elif any(_SURROGATE.search(f) for f in fields):
            yield Reject(source, start, "undecodable bytes: the row is not valid UTF-8", row)
        else:
            yield _record_from_mapping(dict(zip(header, fields, strict=True)), source, start, row)
