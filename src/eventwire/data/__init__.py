"""Bundled data files (lexicons, dictionaries, schema, defaults), read with importlib.resources."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
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


@cache
def load_yaml(*parts: str) -> Any:
    """Parse a bundled YAML file once; a malformed file is a :class:`DataFileError` naming it."""
    node = data_path(*parts)
    try:
        return parse_yaml(node.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"bundled data file {'/'.join(parts)} cannot be read: {exc}") from None
