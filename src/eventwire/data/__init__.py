"""Bundled data files (lexicons, dictionaries, schema, defaults), read with importlib.resources."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.errors import DataFileError

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, the C one (libyaml, about five times faster) when the wheel has it."""


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with :data:`SafeLoader`: the same documents, parsed faster."""
    return yaml.load(text, Loader=SafeLoader)


def data_path(*parts: str) -> Traversable:
    """The bundled data file at ``data/<parts...>``."""
    node = files("eventwire") / "data"
    for part in parts:
        node = node / part
    return node


def load_tsv(*parts: str, width: int) -> list[tuple[int, list[str]]]:
    """The rows of a bundled tab-separated file as (line number, cells), comments and blank lines left
    out; a row without exactly ``width`` non-empty cells is a :class:`DataFileError` naming its line."""
    name = "/".join(parts)
    rows = []
    for number, raw in enumerate(data_path(*parts).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != width or not all(c.strip() for c in cells):
            raise DataFileError(f"{name}:{number}: expected {width} tab-separated cells, got {raw!r}")
        rows.append((number, [c.strip() for c in cells]))
    return rows


@cache
def load_country_names() -> tuple[tuple[int, str, str, str], ...]:
    """``data/actors/countries.tsv``, the one table of other country names, demonyms, peoples and
    capitals (for actors and places alike): (line, text, iso3, kind) rows."""
    return tuple(
        (line, text, iso3, kind) for line, (text, iso3, kind) in load_tsv("actors", "countries.tsv", width=3)
    )


@cache
def load_yaml(*parts: str) -> Any:
    """Parse a bundled YAML file once; a malformed file is a :class:`DataFileError` naming it."""
    node = data_path(*parts)
    try:
        return parse_yaml(node.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"bundled data file {'/'.join(parts)} cannot be read: {exc}") from None


def parse_words(raw: Any, where: str, error: type[DataFileError] = DataFileError) -> frozenset[str]:
    """Check one word list: a non-empty list of distinct lower-case words (``where`` names it in the
    ``error`` raised otherwise)."""
    if not isinstance(raw, list) or not raw:
        raise error(f"{where} must be a non-empty list of words")
    if any(not isinstance(w, str) or not w.strip() or w != w.strip().lower() for w in raw):
        raise error(f"{where} holds an empty, padded or capitalised word (or yes/no/on/off: quote them)")
    if len(set(raw)) != len(raw):
        raise error(f"{where} lists a word twice")
    return frozenset(raw)


def parse_word_lists(raw: Any, names: frozenset[str], source: str) -> Mapping[str, frozenset[str]]:
    """Check a file of word lists (``{name: [word, ...]}``): exactly the ``names`` expected, each
    checked by :func:`parse_words`; a fault is a :class:`DataFileError` naming it."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{source} must hold a mapping of word lists")
    missing, unknown = sorted(names - set(raw)), sorted(set(raw) - names)
    if missing or unknown:
        raise DataFileError(f"{source}: missing lists {missing or 'none'}, unknown lists {unknown or 'none'}")
    return MappingProxyType({name: parse_words(raw[name], f"{source}: '{name}'") for name in sorted(names)})


@cache
def load_word_lists(folder: str, names: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """The word lists of ``data/<folder>/words.yaml``, checked by :func:`parse_word_lists`."""
    return parse_word_lists(load_yaml(folder, "words.yaml"), names, f"{folder}/words.yaml")
