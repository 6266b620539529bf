"""Read the input of ``eventwire code``: one text file, a JSON Lines or CSV file, or standard input."""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from eventwire.errors import InputError
from eventwire.ingest.article import decode_bytes
from eventwire.ingest.readers import (
    _FILE_DATE,
    Item,
    SourceRecord,
    _open_binary,
    _read_csv,
    _read_jsonl,
    file_kind,
)

InputFormat = Literal["auto", "text", "jsonl"]


def read_input(
    source: str,
    input_format: InputFormat = "auto",
    date: str | None = None,
    title: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Records of ``source`` (a path, or ``-`` for standard input) in the given or detected format."""
    if source == "-":
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
    try:
        with _open_binary(path) as raw_file:
            kind = file_kind(path) if input_format == "auto" else input_format
            if kind == "jsonl":
                yield from _read_jsonl(path, raw_file)
                return
            if kind == "csv":
                yield from _read_csv(path, raw_file)
                return
            data = raw_file.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read {path}: {exc.__class__.__name__}: {exc}") from None
    match = _FILE_DATE.search(path.name)
    text = decode_bytes(data, str(path))
    yield SourceRecord(str(path), 1, text, date=date or (match.group(1) if match else None), title=title)


def _read_stdin(stdin: BinaryIO | None) -> bytes:
    """All of standard input; a closed or unreadable one is an :class:`InputError`."""
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed: pipe an article into `eventwire code -`")
    try:
        return stream.read()
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read standard input: {exc}") from None
