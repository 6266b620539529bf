"""The CAMEO table (``data/events/cameo.tsv``): each code with its PLOVER type, quad class, Goldstein."""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from eventwire.errors import DataFileError, InputError
from eventwire.events.ontology import check_mode_context
from eventwire.models import EVENT_TYPES

CODE_RE = re.compile(r"^\d{2,4}$")
TSV_HEADER = ["code", "label", "plover_type", "mode", "context", "quad_class", "goldstein"]


class UnknownCameoCodeError(InputError):
    """A CAMEO code is not in the bundled table (nor is any parent code)."""


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    label: str
    plover_type: str | None
    mode: str | None
    context: str | None
    quad_class: int
    goldstein: float


def bundled_file(name: str) -> Any:
    return resources.files("eventwire") / "data" / "events" / name


def _parse_cameo_row(where: str, row: list[str]) -> CameoCode:
    if len(row) != len(TSV_HEADER):
        raise DataFileError(f"{where}: expected {len(TSV_HEADER)} tab-separated columns, got {len(row)}")
    code, label, ptype, mode, context, quad_text, gold_text = (cell.strip() for cell in row)
    if not CODE_RE.match(code):
        raise DataFileError(f"{where}: malformed CAMEO code {code!r}")
    if not label:
        raise DataFileError(f"{where}: code {code} has no label")
    if ptype and ptype not in EVENT_TYPES:
        raise DataFileError(f"{where}: code {code} has unknown PLOVER type {ptype!r}")
    if (mode or context) and not ptype:
        raise DataFileError(f"{where}: code {code} has a mode or context but no PLOVER type")
    if ptype:
        check_mode_context(f"{where}: code {code}", ptype, mode or None, context or None)
    try:
        quad, goldstein = int(quad_text), float(gold_text)
    except ValueError:
        raise DataFileError(f"{where}: code {code} has a non-numeric quad_class or goldstein") from None
    root = int(code[:2])
    expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
    if not 1 <= root <= 20 or quad != expected:
        raise DataFileError(f"{where}: code {code} should have quad_class {expected}, not {quad}")
    if not -10.0 <= goldstein <= 10.0:
        raise DataFileError(f"{where}: code {code} has goldstein {goldstein} outside -10..10")
    return CameoCode(code, label, ptype or None, mode or None, context or None, quad, goldstein)


def _read_cameo(text: str, name: str) -> Mapping[str, CameoCode]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and line[0] != "#"]
    if not lines:
        raise DataFileError(f"{name}: the CAMEO table is empty")
    header_no, header = lines[0]
    if header.split("\t") != TSV_HEADER:
        raise DataFileError(f"{name} line {header_no}: header must be {' '.join(TSV_HEADER)}")
    table: dict[str, CameoCode] = {}
    for number, line in lines[1:]:
        row = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        entry = _parse_cameo_row(f"{name} line {number}", row)
        if entry.code in table:
            raise DataFileError(f"{name} line {number}: duplicate CAMEO code {entry.code}")
        table[entry.code] = entry
    for code in table:
        if len(code) > 2 and code[:2] not in table:
            raise DataFileError(f"{name}: code {code} has no root code {code[:2]} in the table")
    return MappingProxyType(table)


def read_text(path: Path | None, bundled_name: str) -> tuple[str, str]:
    if path is None:
        return bundled_file(bundled_name).read_text(encoding="utf-8"), bundled_name
    try:
        return Path(path).read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"cannot read {path}: {exc.__class__.__name__}") from None


@functools.cache
def _bundled_cameo() -> Mapping[str, CameoCode]:
    text, name = read_text(None, "cameo.tsv")
    return _read_cameo(text, name)


def load_cameo(path: Path | None = None) -> Mapping[str, CameoCode]:
    """Read and validate a CAMEO table (``None``: the bundled one, cached)."""
    if path is None:
        return _bundled_cameo()
    text, name = read_text(path, "cameo.tsv")
    return _read_cameo(text, name)


def cameo_info(code: str) -> CameoCode:
    """The table row for ``code``, falling back to its parent code (4 -> 3 -> 2 digits)."""
    table = _bundled_cameo()
    clean = str(code).strip()
    for length in (len(clean), 3, 2):
        if length <= len(clean) and clean[:length] in table:
            return table[clean[:length]]
    raise UnknownCameoCodeError(f"unknown CAMEO code {code!r}: expected 2-4 digits from 01 to 20")
