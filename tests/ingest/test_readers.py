"""Corpus readers: every format, gzip, directories, and a Reject (never a crash) for every bad row."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import prepare_article, read
from eventwire.ingest.readers import Reject, SourceRecord, count_records, file_date, file_kind, iter_records


def _records(items: list[SourceRecord | Reject]) -> list[SourceRecord]:
    return [i for i in items if isinstance(i, SourceRecord)]


def _rejects(items: list[SourceRecord | Reject]) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


def test_file_kind_looks_through_gzip() -> None:
    assert file_kind(Path("a/b.txt")) == "text"
    assert file_kind(Path("b.JSONL.gz")) == "jsonl"
    assert file_kind(Path("x.2017.csv.gz")) == "csv"
    assert file_kind(Path("x.tsv")) == "csv"
    assert file_kind(Path("x.parquet")) is None
    assert file_kind(Path("x.gz")) is None


def test_text_file_date_from_name_or_option(tmp_path: Path) -> None:
    dated = tmp_path / "wire-2017-02-01-mexico.txt"
    dated.write_text("Mexico met Canada on trade.", encoding="utf-8")
    plain = tmp_path / "story.txt"
    plain.write_text("Chile met Peru.", encoding="utf-8")
    by_name = _records(list(iter_records([dated, plain])))
    assert [r.date for r in by_name] == ["2017-02-01", None]
    assert by_name[0].source == str(dated) and by_name[0].source_id is None  # known by its content hash
    overridden = _records(list(iter_records([dated], date="2020-05-05")))
    assert overridden[0].date == "2020-05-05"


def test_one_file_name_date_rule() -> None:
    assert file_date(Path("corpus/lima-talks-2024-03-14.txt")) == "2024-03-14"
    assert file_date(Path("20240314-lima.txt")) is None
    assert file_date(Path("id-12024-03-14.txt")) is None


def test_read_one_input_whatever_its_kind(tmp_path: Path) -> None:
    story = tmp_path / "talks-2017-02-01"  # no suffix: plain text
    story.write_text("Chile met Peru.", encoding="utf-8")
    (record,) = _records(list(read(story, title="Talks")))
    assert (record.text, record.date, record.title, record.line) == (
        "Chile met Peru.",
        "2017-02-01",
        "Talks",
        1,
    )
    feed = tmp_path / "feed.txt"
    feed.write_text('{"id": "a", "text": "Peru met Chile."}\n', encoding="utf-8")
    (row,) = _records(list(read(feed, "jsonl")))
    assert (row.source_id, row.text) == ("a", "Peru met Chile.")
    (piped,) = _records(list(read("-", "text", "2020-01-02", stdin=io.BytesIO(b"Oman met Chad."))))
    assert (piped.source, piped.date) == ("<stdin>", "2020-01-02")
    with pytest.raises(InputError, match="is a directory"):
        list(read(tmp_path))
    with pytest.raises(InputError, match="was not found"):
        list(read(tmp_path / "missing.txt"))


def test_text_file_with_bad_bytes_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 story".encode("latin-1"))
    (reject,) = list(iter_records([bad]))
    assert isinstance(reject, Reject)
    assert "not valid UTF-8" in reject.reason


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "Oman helped Yemen.", "date": "2017-01-02", "title": "Aid"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "n4", "title": "no text"}),
        json.dumps({"id": "n5", "text": 42}),
        json.dumps({"text": "No id here."}),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "bad \xff byte"}\n')
    items = list(iter_records([path]))
    good = _records(items)
    assert [(r.source_id, r.line, r.title, r.date) for r in good] == [
        ("n1", 1, "Aid", "2017-01-02"),
        (f"{path}:7", 7, None, None),
    ]
    reasons = {r.line: r.reason for r in _rejects(items)}
    assert set(reasons) == {3, 4, 5, 6, 8}
    assert reasons[3].startswith("malformed JSON")
    assert "JSON object" in reasons[4]
    assert "missing field 'text'" in reasons[5]
    assert "must be a string" in reasons[6]
    assert "undecodable" in reasons[8]


def test_csv_rows_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_bytes(
        b"title,text,subject,date,label\n"
        b'"First","Iran met Iraq.\nSecond line of the story.",world,"November 17, 2017 ",1\n'
        b"short,row\n"
        b'"Extra","Text",a,b,c,d\n'
        b'"Bytes","Bad \xfe byte",x,"May 1, 2016",1\n'
        b'"Last","Syria accused Turkey.",world,"May 2, 2016",1\n'
    )
    items = list(iter_records([path]))
    good = _records(items)
    assert [(r.title, r.line, r.row) for r in good] == [("First", 2, 1), ("Last", 7, 5)]
    assert good[0].text.endswith("Second line of the story.")
    reasons = {r.row: r.reason for r in _rejects(items)}
    assert reasons[2].startswith("missing columns")
    assert reasons[3].startswith("malformed CSV row")
    assert "undecodable" in reasons[4]


def test_csv_without_text_column_rejects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("headline,body\na,b\n", encoding="utf-8")
    (reject,) = list(iter_records([path]))
    assert isinstance(reject, Reject)
    assert "no 'text' column" in reject.reason


def test_gzip_of_every_format(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": "Cuba met Chile."}) + "\n")
    with gzip.open(tmp_path / "b.csv.gz", "wt", encoding="utf-8") as handle:
        handle.write("text,date\nPeru met Bolivia.,2016-03-03\n")
    with gzip.open(tmp_path / "c-2016-04-04.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("Japan helped Nepal.")
    (tmp_path / "broken.jsonl.gz").write_bytes(b"this is not gzip")
    items = list(iter_records([tmp_path]))
    texts = [r.text for r in _records(items)]
    assert texts == ["Cuba met Chile.", "Peru met Bolivia.", "Japan helped Nepal."]
    assert _records(items)[2].date == "2016-04-04"
    (reject,) = _rejects(items)
    assert reject.source.endswith("broken.jsonl.gz") and "cannot read file" in reject.reason


def test_directories_walk_sorted_and_report_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Laos met Vietnam.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Iran met Oman.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    items = list(iter_records([tmp_path]))
    assert [Path(r.source).name for r in _records(items)] == ["a.txt", "b.txt"]
    (reject,) = _rejects(items)
    assert "unsupported file type" in reject.reason
    assert count_records([tmp_path]) == 3


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input not found"):
        list(iter_records([tmp_path / "nope.csv"]))
    with pytest.raises(InputError, match="no input"):
        list(iter_records([]))


def test_reuters_sample_csv_layout(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "reuters-2016-2017-sample.csv"
    records = []
    for item in iter_records([corpus]):
        assert isinstance(item, SourceRecord), item
        records.append(item)
        if len(records) == 25:
            break
    articles = [prepare_article(r.text, date=r.date, title=r.title)[0] for r in records]
    assert all(a.date is not None and 2016 <= a.date.year <= 2017 for a in articles)
    assert all(a.title for a in articles)
    assert all(r.date and r.date == r.date.strip() for r in records)


def test_utf16_jsonl_and_csv_files_are_read(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(
        ("\ufeff" + json.dumps({"id": "a", "text": "Peru met Chile."}) + "\n").encode("utf-16-le")
    )
    table = tmp_path / "rows.csv"
    table.write_bytes("\ufeffid,text\nb,Cuba met Chile.\n".encode("utf-16-be"))
    plain = tmp_path / "story.txt"
    plain.write_bytes("\ufeffOman met Chile.".encode("utf-32-le"))
    records = _records(list(iter_records([rows, table, plain])))
    assert [r.text for r in records] == ["Peru met Chile.", "Cuba met Chile.", "Oman met Chile."]


def test_hostile_jsonl_lines_are_rejects(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    lines = ["[" * 1000 + "]" * 1000, '{"text": "x", "title": {"a": 1}}', '{"text": "x", "id": [1]}']
    path.write_text("\n".join([*lines, '{"text": "Peru met \\ud800 Chile."}']) + "\n", encoding="utf-8")
    items = list(iter_records([path]))
    assert [r.reason for r in _rejects(items)] == [
        "malformed JSON: nested too deeply",
        "field 'title' must be a string, got dict",
        "field 'id' must be a string, got list",
    ]
    (record,) = _records(items)
    assert prepare_article(record.text)[0].text == "Peru met \ufffd Chile."
