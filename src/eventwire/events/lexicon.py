"""The event lexicon: trigger words mapped to PLOVER types, modes, contexts and CAMEO codes.

Two bundled data files back this module:

* ``data/events/lexicon.yaml`` -- verb and noun triggers, each with one or more senses;
* ``data/events/cameo.tsv`` -- every CAMEO code with its PLOVER equivalent, quad class and
  Goldstein weight.

Both are read lazily on first use, validated in full and cached. Any problem raises
:class:`eventwire.errors.DataFileError` naming the file and the offending entry.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.actors.codes import SECTORS
from eventwire.data import SafeLoader
from eventwire.datacache import cached
from eventwire.errors import DataFileError
from eventwire.events import flags
from eventwire.events.cameo import (
    CameoCode,
    UnknownCameoCodeError,
    cameo_info,
    load_cameo,
    read_text,
)
from eventwire.events.conditions import FLAG_KEYS
from eventwire.events.ontology import (
    CONTEXTS,
    GOLD_LABEL_MAP,
    MODES_BY_TYPE,
    TYPE_EXCEPTIONS,
    check_mode_context,
)
from eventwire.models import EVENT_TYPES

__all__ = [
    "CONTEXTS",
    "GOLD_LABEL_MAP",
    "MODES_BY_TYPE",
    "TYPE_EXCEPTIONS",
    "CameoCode",
    "Evaluations",
    "Lexicon",
    "Sense",
    "UnknownCameoCodeError",
    "cameo_info",
    "load_cameo",
    "load_lexicon",
]

SLOT_RE = re.compile(r"^(subject|object|dative|xcomp_object|prep:[a-z]+)$")
# spaCy splits hyphenated words into several tokens, so a hyphenated key could never match.
LEMMA_RE = re.compile(r"^[a-z][a-z']*( [a-z][a-z']*){0,2}$")
SENSE_KEYS = frozenset({"type", "cameo", "mode", "context", "target", "source", "when", "confidence"})
VERB_WHEN_KEYS = (
    frozenset(
        {
            "object",
            "xcomp",
            "xcomp_object",
            "prep",
            "particle",
            "prep_object",
            "negated",
            "clause_aux",
            "subject",
        }
    )
    | flags.FLAGS
)
NOUN_WHEN_KEYS = frozenset({"prep", "prep_object", "state_modifier", "subject_of"})
TOP_KEYS = frozenset(
    {
        "version",
        "light_verbs",
        "containers",
        "not_events",
        "obligations",
        "forewarnings",
        "cautions",
        "desires",
        "mandates",
        "evaluations",
        "verbal_readings",
        "implied_agents",
        "receiving_verbs",
        "winning_verbs",
        "causing_verbs",
        "commitment_verbs",
        "synonyms",
        "verbs",
        "nouns",
    }
)
DEFAULT_TARGET: tuple[str, ...] = ("object", "dative")
DEFAULT_SOURCE: tuple[str, ...] = ("subject",)
DEFAULT_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word: what event it codes and where its arguments are."""

    type: str
    cameo: str
    mode: str | None
    context: str | None
    target: tuple[str, ...]
    source: tuple[str, ...]
    when: Mapping[str, object]
    confidence: float


@dataclass(frozen=True)
class Obligations:
    """A speaker saying another party must act is a demand: "Russia said Sudan must return the jet";
    one saying another party will suffer is a threat: "Iran warned that Israel would regret it"
    (``verbs``: the clause's verb must be one of them, or one with its object or adverb: "pay price";
    none: any verb)."""

    modals: frozenset[str]
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    sense: Sense
    verbs: frozenset[str] = frozenset()
    semi_modals: frozenset[str] = frozenset()  # lemmas that oblige with a to-infinitive: "needs to"
    subjunctive: bool = False  # a clause whose verb is bare obliges: "insisted that Russia WITHDRAW"


@dataclass(frozen=True)
class Evaluations:
    """A speaker judging an actor or its act: "X said Y's plan was a disgrace", "X called Y a hero"."""

    naming_verbs: frozenset[str]
    negative: frozenset[str]
    positive: frozenset[str]
    negative_sense: Sense
    positive_sense: Sense
    misconduct: frozenset[str] = frozenset()
    neglect: frozenset[str] = frozenset()
    conduct_speech: frozenset[str] = frozenset()
    conduct_sense: Sense | None = None
    rejection_sense: Sense | None = None
    feelings: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()
    feeling_sense: Sense | None = None
    glad_feelings: frozenset[str] = frozenset()
    glad_sense: Sense | None = None
    necessities: frozenset[str] = frozenset()
    necessity_sense: Sense | None = None


@dataclass(frozen=True)
class VerbalReadings:
    """Violence verbs used of words: "shot back that ...", "Schumer clashed with Trump"."""

    verbs: frozenset[str]
    political_sectors: frozenset[str]
    sense: Sense
    venues: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The validated lexicon: verb and noun senses by trigger lemma, plus the CAMEO table."""

    version: str
    light_verbs: frozenset[str]
    not_events: frozenset[str]
    containers: frozenset[str]
    obligations: Obligations | None
    forewarnings: Obligations | None
    cautions: Obligations | None
    desires: Obligations | None
    mandates: Obligations | None
    verbal_readings: VerbalReadings | None
    implied_agents: Mapping[str, str]
    receiving_verbs: frozenset[str]
    causing_verbs: frozenset[str]
    verbs: Mapping[str, tuple[Sense, ...]]
    nouns: Mapping[str, tuple[Sense, ...]]
    cameo: Mapping[str, CameoCode]
    evaluations: Evaluations | None = None
    commitment_verbs: frozenset[str] = frozenset()
    winning_verbs: frozenset[str] = frozenset()
    verb_synonyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    noun_synonyms: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @functools.cached_property
    def trigger_verbs(self) -> Mapping[str, tuple[Sense, ...]]:
        """``verbs`` with each synonym read as the entry it names, and each "-ize" entry under its
        British spelling too: every key the event rules read as a verb trigger (``verbs`` alone is
        what the classifier's input marks: events/features.py)."""
        read = {**self.verbs, **{w: self.verbs[e] for w, e in self.verb_synonyms.items()}}
        return MappingProxyType({**_british_spellings(read), **read})

    @functools.cached_property
    def trigger_nouns(self) -> Mapping[str, tuple[Sense, ...]]:
        """``nouns`` with each synonym read as the entry it names (see :attr:`trigger_verbs`)."""
        read = {**self.nouns, **{w: self.nouns[e] for w, e in self.noun_synonyms.items()}}
        return MappingProxyType({**_british_spellings(read), **read})


_AMERICAN_ENDINGS = re.compile(r"(?<=[a-z]{3})(iz|yz)(e|ation)$")


def _british_spellings(entries: Mapping[str, tuple[Sense, ...]]) -> dict[str, tuple[Sense, ...]]:
    """Every entry under its British spelling ("nationalise", "paralyse", "mobilisation"; the same key
    for a word without "-ize", "-yze" or "-ization"): the lexicon lists a word once."""

    def spelt(word: str) -> str:
        return _AMERICAN_ENDINGS.sub(lambda m: m[1].replace("z", "s") + m[2], word)

    return {" ".join(map(spelt, key.split(" "))): senses for key, senses in entries.items()}


class _UniqueKeyLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """A safe YAML loader that rejects duplicate mapping keys instead of silently keeping the last."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            line = key_node.start_mark.line + 1
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r} (line {line})")
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def _as_str_tuple(where: str, value: object, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise DataFileError(f"{where}: {what} must be a non-empty list of strings")
    if len(set(value)) != len(value):
        raise DataFileError(f"{where}: {what} lists the same item twice")
    return tuple(value)


def _parse_slots(where: str, value: object, what: str) -> tuple[str, ...]:
    slots = _as_str_tuple(where, value, what)
    for slot in slots:
        if not SLOT_RE.match(slot):
            raise DataFileError(f"{where}: unknown {what} slot {slot!r}")
    return slots


def _parse_when(where: str, value: object, allowed: frozenset[str]) -> Mapping[str, object]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, dict):
        raise DataFileError(f"{where}: 'when' must be a mapping")
    when: dict[str, object] = {}
    for key, item in value.items():
        if key not in allowed:
            raise DataFileError(f"{where}: unknown 'when' key {key!r}")
        if key in FLAG_KEYS:
            if not isinstance(item, bool):
                raise DataFileError(f"{where}: when.{key} must be true or false")
            when[key] = item
        else:
            words = _as_str_tuple(where, item, f"when.{key}")
            if any(not LEMMA_RE.match(w) for w in words):
                raise DataFileError(f"{where}: when.{key} must list lower-case lemmas")
            when[key] = words
    return MappingProxyType(when)


def _parse_sense(where: str, raw: object, cameo: Mapping[str, CameoCode], when_keys: frozenset[str]) -> Sense:
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: a sense must be a mapping")
    unknown = set(raw) - SENSE_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown sense field(s) {', '.join(sorted(map(str, unknown)))}")
    ptype, code = raw.get("type"), raw.get("cameo")
    if ptype not in EVENT_TYPES:
        raise DataFileError(f"{where}: type {ptype!r} is not one of the 16 PLOVER types")
    if not isinstance(code, str) or code not in cameo:
        raise DataFileError(f"{where}: cameo {code!r} is not a quoted code from cameo.tsv")
    if cameo[code].plover_type != ptype and (ptype, code) not in TYPE_EXCEPTIONS:
        raise DataFileError(f"{where}: CAMEO {code} maps to {cameo[code].plover_type}, not {ptype}")
    mode, context = raw.get("mode"), raw.get("context")
    if not (mode is None or isinstance(mode, str)) or not (context is None or isinstance(context, str)):
        raise DataFileError(f"{where}: mode and context must be strings or null")
    check_mode_context(where, ptype, mode, context)
    confidence = raw.get("confidence", DEFAULT_CONFIDENCE)
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        raise DataFileError(f"{where}: confidence must be a number in [0, 1]")
    target = _parse_slots(where, raw["target"], "target") if "target" in raw else DEFAULT_TARGET
    source = _parse_slots(where, raw["source"], "source") if "source" in raw else DEFAULT_SOURCE
    when = _parse_when(where, raw.get("when"), when_keys)
    return Sense(ptype, code, mode, context, target, source, when, float(confidence))


def _optional_words(name: str, raw: Mapping[str, object], key: str) -> tuple[str, ...]:
    listed = raw.get(key)
    return () if listed is None else _as_str_tuple(f"{name}: {key}", listed, key)


def _parse_synonyms(where: str, raw: object, entries: Mapping[str, object]) -> Mapping[str, str]:
    """Words read in the senses of an entry of ``entries`` (``{chastise: rebuke}``), none an entry itself."""
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise DataFileError(f"{where}: must be a mapping of word to the entry it reads as")
    for word, entry in raw.items():
        if entry not in entries or word in entries or not LEMMA_RE.match(word):
            raise DataFileError(
                f"{where}: {word!r} must be a lemma of no entry of its own, read as an entry ({entry!r})"
            )
    return MappingProxyType(dict(raw))


def _parse_implied(where: str, raw: object, verbs: Mapping[str, object]) -> Mapping[str, str]:
    """Who does an act the text leaves agentless, keyed by trigger lemma, mode or PLOVER type:
    ``{charge: JUD, arrest: COP, ASSAULT: ""}`` ("" for an agent of unknown kind)."""
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: must be a mapping of verb, mode or type to sector code")
    keys = set().union(*MODES_BY_TYPE.values()) | set(EVENT_TYPES) | set(verbs)
    for key, sector in raw.items():
        if key not in keys or not (sector == "" or sector in SECTORS):
            raise DataFileError(f"{where}: {key!r}: {sector!r} is not a known verb, mode or type and sector")
    return MappingProxyType(dict(raw))


def _parse_obligations(where: str, raw: object, cameo: Mapping[str, CameoCode]) -> Obligations | None:
    """An obligations-like section; ``modals`` may be left out only where ``subjunctive`` is true."""
    if raw is None:
        return None
    needed = {"speech_verbs", "speech_nouns", "sense"}
    allowed = needed | {"modals", "verbs", "semi_modals", "subjunctive"}
    if not isinstance(raw, dict) or not needed <= set(raw) <= allowed:
        raise DataFileError(
            f"{where}: needs modals, speech_verbs, speech_nouns, sense"
            " (and may have verbs, semi_modals, subjunctive)"
        )
    subjunctive = raw.get("subjunctive", False)
    if not isinstance(subjunctive, bool):
        raise DataFileError(f"{where}.subjunctive: must be true or false, not {subjunctive!r}")
    if "modals" not in raw and not subjunctive:
        raise DataFileError(f"{where}: needs modals (or subjunctive: true)")
    listed = set(raw) - {"sense", "subjunctive"}
    words = {key: frozenset(_as_str_tuple(f"{where}.{key}", raw[key], key)) for key in listed}
    return Obligations(
        modals=words.get("modals", frozenset()),
        speech_verbs=words["speech_verbs"],
        speech_nouns=words["speech_nouns"],
        sense=_parse_sense(f"{where}.sense", raw["sense"], cameo, VERB_WHEN_KEYS),
        verbs=words.get("verbs", frozenset()),
        semi_modals=words.get("semi_modals", frozenset()),
        subjunctive=subjunctive,
    )


def _parse_evaluations(where: str, raw: object, cameo: Mapping[str, CameoCode]) -> Evaluations | None:
    if raw is None:
        return None
    keys = {"naming_verbs", "negative", "positive", "negative_sense", "positive_sense"}
    lists = {"misconduct", "neglect", "conduct_speech", "feelings", "stances", "necessities", "glad_feelings"}
    senses = {"conduct_sense", "rejection_sense", "feeling_sense", "necessity_sense", "glad_sense"}
    if not isinstance(raw, dict) or not keys <= set(raw) <= keys | lists | senses:
        allowed = ", ".join(sorted(lists | senses))
        raise DataFileError(f"{where}: needs {', '.join(sorted(keys))} (and may have {allowed})")
    words: dict[str, Any] = {
        key: frozenset(_as_str_tuple(f"{where}.{key}", value, key))
        for key, value in raw.items()
        if not key.endswith("_sense")
    }
    for key in (k for k in raw if k.endswith("_sense")):  # negative_sense, glad_sense, ...
        words[key] = _parse_sense(f"{where}.{key}", raw[key], cameo, VERB_WHEN_KEYS)
    return Evaluations(**words)


def _parse_verbal(where: str, raw: object, cameo: Mapping[str, CameoCode]) -> VerbalReadings | None:
    if raw is None:
        return None
    required = {"verbs", "political_sectors", "sense"}
    if not isinstance(raw, dict) or not required <= set(raw) <= required | {"venues"}:
        raise DataFileError(f"{where}: needs exactly verbs, political_sectors and sense, and may have venues")
    venues = _as_str_tuple(f"{where}.venues", raw["venues"], "venues") if "venues" in raw else ()
    return VerbalReadings(
        verbs=frozenset(_as_str_tuple(f"{where}.verbs", raw["verbs"], "verbs")),
        political_sectors=frozenset(
            _as_str_tuple(f"{where}.political_sectors", raw["political_sectors"], "political_sectors")
        ),
        sense=_parse_sense(f"{where}.sense", raw["sense"], cameo, VERB_WHEN_KEYS),
        venues=frozenset(venues),
    )


def _parse_entries(
    name: str, section: str, raw: object, cameo: Mapping[str, CameoCode]
) -> Mapping[str, tuple[Sense, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise DataFileError(f"{name}: '{section}' must be a non-empty mapping of lemma to senses")
    when_keys = VERB_WHEN_KEYS if section == "verbs" else NOUN_WHEN_KEYS
    entries: dict[str, tuple[Sense, ...]] = {}
    for lemma, senses in raw.items():
        where = f"{name}: {section}.{lemma}"
        if not isinstance(lemma, str) or not LEMMA_RE.match(lemma):
            raise DataFileError(f"{where}: a lemma must be 1-3 lower-case words separated by one space")
        if not isinstance(senses, list) or not senses:
            raise DataFileError(f"{where}: needs a non-empty list of senses")
        entries[lemma] = tuple(
            _parse_sense(f"{where}[{i}]", sense, cameo, when_keys) for i, sense in enumerate(senses)
        )
    return MappingProxyType(entries)


def _parse_lexicon(text: str, name: str, cameo: Mapping[str, CameoCode]) -> Lexicon:
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise DataFileError(f"{name}: invalid YAML ({first})") from None
    if not isinstance(raw, dict):
        raise DataFileError(f"{name}: the top level must be a mapping")
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise DataFileError(f"{name}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}")
    version = raw.get("version")
    if not isinstance(version, str) or not version:
        raise DataFileError(f"{name}: 'version' must be a quoted string")
    light = _as_str_tuple(f"{name}: light_verbs", raw.get("light_verbs"), "light_verbs")
    bad = [word for word in light if not LEMMA_RE.match(word)]
    if bad:
        raise DataFileError(f"{name}: light_verbs entry {bad[0]!r} is not a lower-case lemma")
    idioms = _optional_words(name, raw, "not_events")
    bad = [phrase for phrase in idioms if not LEMMA_RE.match(phrase) or " " not in phrase]
    if bad:
        raise DataFileError(f"{name}: not_events entry {bad[0]!r} is not 2-3 lower-case lemmas")
    verbs = _parse_entries(name, "verbs", raw.get("verbs"), cameo)
    nouns = _parse_entries(name, "nouns", raw.get("nouns"), cameo)
    synonyms = raw.get("synonyms") or {}
    if not isinstance(synonyms, dict) or not set(synonyms) <= {"verbs", "nouns"}:
        raise DataFileError(f"{name}: synonyms must be a mapping with 'verbs' and 'nouns'")
    return Lexicon(
        version=version,
        light_verbs=frozenset(light),
        not_events=frozenset(idioms),
        containers=frozenset(_optional_words(name, raw, "containers")),
        obligations=_parse_obligations(f"{name}: obligations", raw.get("obligations"), cameo),
        forewarnings=_parse_obligations(f"{name}: forewarnings", raw.get("forewarnings"), cameo),
        cautions=_parse_obligations(f"{name}: cautions", raw.get("cautions"), cameo),
        desires=_parse_obligations(f"{name}: desires", raw.get("desires"), cameo),
        mandates=_parse_obligations(f"{name}: mandates", raw.get("mandates"), cameo),
        verbal_readings=_parse_verbal(f"{name}: verbal_readings", raw.get("verbal_readings"), cameo),
        implied_agents=_parse_implied(f"{name}: implied_agents", raw.get("implied_agents"), verbs),
        receiving_verbs=frozenset(_optional_words(name, raw, "receiving_verbs")),
        winning_verbs=frozenset(_optional_words(name, raw, "winning_verbs")),
        causing_verbs=frozenset(_optional_words(name, raw, "causing_verbs")),
        verbs=verbs,
        nouns=nouns,
        cameo=cameo,
        evaluations=_parse_evaluations(f"{name}: evaluations", raw.get("evaluations"), cameo),
        commitment_verbs=frozenset(_optional_words(name, raw, "commitment_verbs")),
        verb_synonyms=_parse_synonyms(f"{name}: synonyms.verbs", synonyms.get("verbs"), verbs),
        noun_synonyms=_parse_synonyms(f"{name}: synonyms.nouns", synonyms.get("nouns"), nouns),
    )


@functools.cache
def _bundled_lexicon() -> Lexicon:
    return cached("event_lexicon", _parse_bundled)


def _parse_bundled() -> Lexicon:
    text, name = read_text(None, "lexicon.yaml")
    return _parse_lexicon(text, name, load_cameo())


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and validate a lexicon YAML file (``None``: the bundled one, cached after first use).

    CAMEO codes are always checked against the bundled ``cameo.tsv``.
    """
    if path is None:
        return _bundled_lexicon()
    text, name = read_text(path, "lexicon.yaml")
    return _parse_lexicon(text, name, load_cameo())
