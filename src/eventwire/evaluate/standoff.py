"""Stand-off wire gold: annotations kept in the repo without the (copyrighted) sentence text.

A stand-off line is ``{"article", "title", "date", "s", "sha1", "events"}``: the article is found in
the corpus by title, re-split into sentences exactly as the annotation files were made (the spaCy
small English model on the whole text, dateline included, non-empty ``doc.sents`` stripped of
whitespace), and sentence ``s`` is checked against ``sha1``; when it differs, the article's other
sentences are searched for the hash. ``gold/README.md`` describes the commands that use this.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from eventwire.errors import InputError, ModelNotInstalledError
from eventwire.evaluate.wiregold import load_corpus, read_jsonl
from eventwire.settings import DEFAULT_SETTINGS

STANDOFF_KEYS = ("article", "title", "date", "s", "sha1", "events")


def sentence_sha1(sentence: str) -> str:
    """The hex SHA-1 of a sentence's UTF-8 text (as split, stripped)."""
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()


def strip_record(record: dict[str, Any]) -> dict[str, Any]:
    """A full wire gold record without its sentence text, which becomes a ``sha1``."""
    if "sentence" not in record or "title" not in record:
        raise InputError("a full wire gold record needs 'title' and 'sentence'")
    out = {k: record.get(k) for k in STANDOFF_KEYS if k != "sha1"}
    out["sha1"] = sentence_sha1(str(record["sentence"]))
    return {k: out[k] for k in STANDOFF_KEYS}


def write_jsonl(records: Iterable[dict[str, Any]], out: Path) -> int:
    """Write ``records`` one per line (parent folders created); the number written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def strip_file(source: Path, out: Path) -> int:
    """Turn the full records of ``source`` into stand-off lines in ``out``; the number of lines."""
    records = []
    for number, record in enumerate(read_jsonl(source), 1):
        try:
            records.append(strip_record(record))
        except InputError as exc:
            raise InputError(f"{source}:{number}: {exc}") from None
    return write_jsonl(records, out)


def standoff_lines(source: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """("file:line", record) for a stand-off file, or every ``*.jsonl`` of a folder in name order."""
    files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"no stand-off gold found at {source} (a .jsonl file or a folder of them)")
    for path in files:
        for number, record in enumerate(read_jsonl(path), 1):
            missing = [k for k in ("title", "s", "sha1", "events") if k not in record]
            if missing:
                raise InputError(f"{path}:{number}: stand-off line lacks {', '.join(missing)}")
            yield f"{path}:{number}", record


def sentence_model(model: str = DEFAULT_SETTINGS.model) -> Language:
    """The spaCy pipeline the gold sentences were split with (NER off: it does not move boundaries)."""
    try:
        return spacy.load(model, disable=["ner"])
    except OSError:
        raise ModelNotInstalledError(f"the spaCy pipeline {model!r} is not installed") from None


def split_sentences(nlp: Language, texts: Iterable[str]) -> Iterator[list[str]]:
    """The non-empty sentences of each text, stripped of surrounding whitespace."""
    for doc in nlp.pipe(texts):
        yield [s.text.strip() for s in doc.sents if s.text.strip()]


@dataclass
class RebuildResult:
    """Full records rebuilt, how many were found at another position, and the lines left unmatched."""

    records: list[dict[str, Any]] = field(default_factory=list)
    moved: int = 0
    unmatched: list[str] = field(default_factory=list)


def _place(record: dict[str, Any], sentences: list[str], where: str, result: RebuildResult) -> None:
    hashes = [sentence_sha1(s) for s in sentences]
    index = int(record["s"])
    if not (0 <= index < len(hashes) and hashes[index] == record["sha1"]):
        if record["sha1"] not in hashes:
            result.unmatched.append(f"{where}: no sentence of {record['title']!r} has this sha1")
            return
        index = hashes.index(record["sha1"])
        result.moved += 1
    full = {k: record.get(k) for k in ("article", "title", "date")}
    result.records.append({**full, "s": index, "sentence": sentences[index], "events": record["events"]})


def rebuild(source: Path, corpus: Path, nlp: Language) -> RebuildResult:
    """Full wire gold records (with ``sentence``) for the stand-off lines of ``source``."""
    lines = list(standoff_lines(source))
    texts = load_corpus(corpus)
    result = RebuildResult()
    titles = list(dict.fromkeys(r["title"] for _, r in lines if r["title"] in texts))
    sentences = dict(zip(titles, split_sentences(nlp, (texts[t][0] for t in titles)), strict=True))
    for where, record in lines:
        if record["title"] not in sentences:
            result.unmatched.append(f"{where}: article {record['title']!r} is not in {corpus}")
            continue
        _place(record, sentences[record["title"]], where, result)
    return result


def rebuild_file(source: Path, corpus: Path, out: Path) -> RebuildResult:
    """Rebuild the stand-off gold of ``source`` against ``corpus`` into the full records of ``out``."""
    if not corpus.is_file():
        raise InputError(f"corpus not found: {corpus} (give the articles' CSV with --corpus)")
    result = rebuild(source, corpus, sentence_model())
    write_jsonl(result.records, out)
    return result
