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
from eventwire.evaluate.wiregold import load_corpus
from eventwire.ingest.readers import read_jsonl
from eventwire.settings import DEFAULT_SETTINGS

STANDOFF_KEYS = ("article", "title", "date", "s", "sha1", "events")


def sentence_sha1(sentence: str) -> str:
    """The hex SHA-1 of a sentence's UTF-8 text (as split, stripped)."""
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()


ELISION = " ... "


def trigger_spans(trigger: str | None, sentence: str) -> list[list[int]] | None:
    """Character spans of a trigger in its sentence (one per part of an elided "a ... b" trigger),
    searched left to right; None when a part is not in the sentence."""
    if not trigger:
        return None
    spans: list[list[int]] = []
    start = 0
    for part in (p.strip() for p in trigger.split("...")):
        if not part:
            continue
        found = sentence.find(part, start)
        if found < 0:
            return None
        spans.append([found, found + len(part)])
        start = found + len(part)
    return spans or None


def trigger_text(spans: list[list[int]] | None, sentence: str) -> str | None:
    """The trigger a list of spans points at, parts joined by " ... "."""
    if not spans:
        return None
    return ELISION.join(sentence[a:b] for a, b in spans)


def _standoff_event(event: dict[str, Any], sentence: str) -> dict[str, Any]:
    """An event with its trigger kept as character spans instead of words of the sentence."""
    return {
        ("trigger_spans" if k == "trigger" else k): (trigger_spans(v, sentence) if k == "trigger" else v)
        for k, v in event.items()
    }


def _full_event(event: dict[str, Any], sentence: str) -> dict[str, Any]:
    return {
        ("trigger" if k == "trigger_spans" else k): (trigger_text(v, sentence) if k == "trigger_spans" else v)
        for k, v in event.items()
    }


def strip_record(record: dict[str, Any]) -> dict[str, Any]:
    """A full wire gold record without its text: the sentence becomes a ``sha1``, each trigger the
    character spans it covers (``trigger_spans``), so no words of the article are kept."""
    if "sentence" not in record or "title" not in record:
        raise InputError("a full wire gold record needs 'title' and 'sentence'")
    sentence = str(record["sentence"])
    out = {k: record.get(k) for k in STANDOFF_KEYS if k != "sha1"}
    out["sha1"] = sentence_sha1(sentence)
    out["events"] = [_standoff_event(e, sentence) for e in record.get("events") or []]
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
    sentence = sentences[index]
    events = [_full_event(e, sentence) for e in record["events"]]
    result.records.append({**full, "s": index, "sentence": sentence, "events": events})


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
