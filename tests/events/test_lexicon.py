"""Integrity of the event lexicon and CAMEO table, and the loader's error handling."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import DataFileError, EventwireError
from eventwire.events import lexicon as lx
from eventwire.models import EVENT_TYPES

DATA = resources.files("eventwire") / "data" / "events"

# Codes whose PLOVER columns deliberately differ from ../shared/reference/cameo-to-plover.txt
# (reasons in docs/lexicon.md, "Where cameo.tsv departs from the conversion table").
TYPE_OVERRIDES = {"116": "SANCTION", "163": "SANCTION", "1712": "ASSAULT"}


@pytest.fixture(scope="module")
def lex() -> lx.Lexicon:
    return lx.load_lexicon()


def _senses(lex: lx.Lexicon) -> list[tuple[str, str, lx.Sense]]:
    return [
        (section, lemma, sense)
        for section, entries in (("verbs", lex.verbs), ("nouns", lex.nouns))
        for lemma, senses in entries.items()
        for sense in senses
    ]


def _tsv_rows() -> list[dict[str, str]]:
    lines = [line for line in DATA.joinpath("cameo.tsv").read_text("utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


# ------------------------------------------------------------------ cameo.tsv


def test_cameo_table_rows_are_well_formed() -> None:
    rows = _tsv_rows()
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)), "duplicate CAMEO codes"
    assert {f"{n:02d}" for n in range(1, 21)} <= set(codes)
    for row in rows:
        code = row["code"]
        assert re.fullmatch(r"\d{2,4}", code), code
        assert len(code) == 2 or code[:-1] in codes or code[:3] in codes, f"{code} has no parent"
        root = int(code[:2])
        assert int(row["quad_class"]) == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
        assert -10.0 <= float(row["goldstein"]) <= 10.0
        assert row["label"].strip()
        if row["plover_type"]:
            assert row["plover_type"] in EVENT_TYPES
            assert not row["mode"] or row["mode"] in lx.MODES_BY_TYPE[row["plover_type"]], code
        else:
            assert not row["mode"] and not row["context"], code
        for part in filter(None, row["context"].split(";")):
            assert part in lx.CONTEXTS, (code, part)


def test_cameo_goldstein_signs_follow_quad_class() -> None:
    for row in _tsv_rows():
        weight, quad = float(row["goldstein"]), int(row["quad_class"])
        if quad == 4:
            assert weight < 0, row["code"]
        if quad == 2:
            assert weight > 0, row["code"]


def test_cameo_table_covers_every_reference_code(shared_dir: Path) -> None:
    text = (shared_dir / "reference" / "cameo-codes.txt").read_text("utf-8")
    reference = set(re.findall(r"^LABEL[iI]?: (\d{2,4})=", text, flags=re.M))
    assert reference <= set(lx.load_cameo())


def test_cameo_types_agree_with_conversion_table(shared_dir: Path) -> None:
    table = lx.load_cameo()
    text = (shared_dir / "reference" / "cameo-to-plover.txt").read_text("utf-8")
    checked = 0
    for code, ptype in re.findall(r"^(\d{3,4}):\s*([A-Z]+)\s*,", text, flags=re.M):
        expected = TYPE_OVERRIDES.get(code, ptype)
        assert table[code].plover_type == expected, code
        checked += 1
    assert checked > 200
    assert all(table[code].plover_type is None for code in table if code.startswith("01"))
    assert all(table[code].plover_type == "REQUEST" for code in table if code.startswith("02"))


def test_cameo_info_falls_back_to_parent_codes() -> None:
    assert lx.cameo_info("1951").mode == "aerial"
    assert lx.cameo_info("0431").code == "043"
    assert lx.cameo_info("1999").code == "19"
    assert lx.cameo_info(" 173 ").plover_type == "COERCE"
    assert lx.cameo_info("19").quad_class == 4
    for bad in ("99", "abc", "", "7"):
        with pytest.raises(lx.UnknownCameoCodeError):
            lx.cameo_info(bad)
    assert issubclass(lx.UnknownCameoCodeError, EventwireError)


# ------------------------------------------------------------------ lexicon.yaml


def test_lexicon_loads_and_is_cached(lex: lx.Lexicon) -> None:
    assert lex is lx.load_lexicon()
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", lex.version)
    assert 250 <= len(lex.verbs) <= 600  # a sanity bound on the size of the whole table
    assert len(lex.nouns) >= 80
    assert lex.cameo is lx.load_cameo()


def test_every_sense_is_valid(lex: lx.Lexicon) -> None:
    slot = re.compile(r"^(subject|object|dative|xcomp_object|prep:[a-z]+)$")
    for section, lemma, sense in _senses(lex):
        where = f"{section}.{lemma}"
        assert sense.type in EVENT_TYPES, where
        code = lex.cameo[sense.cameo]
        assert code.plover_type == sense.type or (sense.type, sense.cameo) in lx.TYPE_EXCEPTIONS, where
        assert sense.mode is None or sense.mode in lx.MODES_BY_TYPE[sense.type], where
        assert all(part in lx.CONTEXTS for part in filter(None, (sense.context or "").split(";"))), where
        assert sense.target and all(slot.match(s) for s in sense.target), where
        assert sense.source and all(slot.match(s) for s in sense.source), where
        allowed = lx.VERB_WHEN_KEYS if section == "verbs" else lx.NOUN_WHEN_KEYS
        assert set(sense.when) <= allowed, where
        assert 0.0 < sense.confidence <= 1.0, where


def test_no_unreachable_senses(lex: lx.Lexicon) -> None:
    """A sense after an unconstrained one, or repeating an earlier `when`, could never be chosen."""
    for entries in (lex.verbs, lex.nouns):
        for lemma, senses in entries.items():
            conditions = [dict(s.when) for s in senses]
            assert all(conditions[:-1]), f"{lemma}: an unconstrained sense must come last"
            for i, cond in enumerate(conditions):
                assert cond not in conditions[:i], f"{lemma}: sense {i} repeats an earlier condition"


def test_no_duplicate_lemmas_in_bundled_file(lex: lx.Lexicon) -> None:
    text = DATA.joinpath("lexicon.yaml").read_text("utf-8")
    verbs_part, nouns_part = text.split("\nnouns:\n")
    key = re.compile(r'^  ("?)([a-z][^":]*)\1:', flags=re.M)
    verb_keys = key.findall(verbs_part.split("\nverbs:\n")[1])
    noun_keys = key.findall(nouns_part)
    assert len(verb_keys) == len(lex.verbs)
    assert len(noun_keys) == len(lex.nouns)


def test_all_types_and_main_modes_are_covered(lex: lx.Lexicon) -> None:
    senses = _senses(lex)
    for ptype in EVENT_TYPES:
        verbs = {lemma for section, lemma, s in senses if section == "verbs" and s.type == ptype}
        assert len(verbs) >= 5, ptype
        assert any(section == "nouns" and s.type == ptype for section, _, s in senses), ptype
    used = {(s.type, s.mode) for _, _, s in senses}
    required = {
        "CONSULT": {"visit", "phone", "multilateral"},
        "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
        "REQUEST": {"assist", "change", "yield", "meet"},
        "ACCUSE": {"disapprove", "investigate", "allege"},
        "REJECT": {"assist", "change", "yield", "meet"},
        "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
        "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
        "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
        "MOBILIZE": {"troops", "weapons", "police"},
        "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold"},
        "ASSAULT": {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        },
    }
    for ptype, modes in required.items():
        assert {(ptype, m) for m in modes} <= used, ptype


def test_type_exceptions_are_all_used(lex: lx.Lexicon) -> None:
    used = {(s.type, s.cameo) for _, _, s in _senses(lex) if lex.cameo[s.cameo].plover_type != s.type}
    assert used == set(lx.TYPE_EXCEPTIONS)


def test_light_verbs(lex: lx.Lexicon) -> None:
    required = {
        "hold",
        "have",
        "conduct",
        "carry",
        "stage",
        "launch",
        "sign",
        "reach",
        "express",
        "voice",
        "make",
        "give",
        "issue",
        "impose",
        "announce",
    }
    assert required <= lex.light_verbs
    assert all(word == word.lower().strip() for word in lex.light_verbs)


def _holds(sense: lx.Sense, facts: Mapping[str, str]) -> bool:
    return all(
        (facts.get(key) in value) if isinstance(value, tuple) else False for key, value in sense.when.items()
    )


def _resolve(lex: lx.Lexicon, verb: str, **facts: str) -> lx.Sense | None:
    """The documented precedence: constrained verb sense, then light-verb noun, then fallback."""
    senses = lex.verbs.get(verb, ())
    for sense in senses:
        if sense.when and _holds(sense, facts):
            return sense
    obj = facts.get("object")
    if verb in lex.light_verbs and obj in lex.nouns:
        return lex.nouns[obj][0]
    return next((s for s in senses if not s.when), None)


@pytest.mark.parametrize(
    ("verb", "facts", "ptype", "mode"),
    [
        ("hold", {"object": "talk"}, "CONSULT", None),
        ("impose", {"object": "sanction"}, "SANCTION", "discontinue"),
        ("impose", {"object": "curfew"}, "COERCE", "curfew"),
        ("launch", {"object": "offensive"}, "ASSAULT", None),
        ("sign", {"object": "agreement"}, "SUPPORT", None),
        ("reach", {"object": "deal"}, "AGREE", None),
        ("carry out", {"object": "airstrike"}, "ASSAULT", "aerial"),
        ("express", {"object": "concern"}, "ACCUSE", "disapprove"),
        ("express", {"object": "regret"}, "CONCEDE", None),
        ("issue", {"object": "warning"}, "THREATEN", None),
        ("issue", {"object": "ultimatum"}, "THREATEN", "relations"),
        ("stage", {"object": "protest"}, "PROTEST", "demo"),
        ("threaten", {"xcomp": "impose", "xcomp_object": "tariff"}, "THREATEN", "restrict"),
        ("threaten", {"xcomp": "send", "xcomp_object": "troop"}, "THREATEN", "violence"),
        ("threaten", {"prep_object": "sanction"}, "THREATEN", "restrict"),
        ("threaten", {}, "THREATEN", None),
        ("release", {"object": "prisoner"}, "RETREAT", "release"),
        ("release", {"object": "statement"}, None, None),
        ("lift", {"object": "sanction"}, "RETREAT", None),
        ("expel", {"object": "diplomat"}, "SANCTION", "expel"),
        ("expel", {"object": "migrant"}, "COERCE", "deport"),
        ("decline", {"xcomp": "comment"}, None, None),
        ("call", {"prep": "on"}, "REQUEST", None),
        ("deny", {"object": "access"}, "REJECT", "yield"),
        ("fire", {"object": "gas"}, "ASSAULT", "crowd-control"),
        ("agree", {"xcomp": "withdraw"}, "CONCEDE", None),
        ("protest", {"prep": "to"}, "ACCUSE", "disapprove"),
        ("protest", {}, "PROTEST", "demo"),
    ],
)
def test_constructions_resolve_as_documented(
    lex: lx.Lexicon, verb: str, facts: dict[str, str], ptype: str | None, mode: str | None
) -> None:
    sense = _resolve(lex, verb, **facts)
    if ptype is None:
        assert sense is None
    else:
        assert sense is not None
        assert (sense.type, sense.mode) == (ptype, mode)


def test_argument_roles_of_hosting_and_receiving(lex: lx.Lexicon) -> None:
    host = lex.verbs["host"][-1]  # CAMEO 043 "host a visit": the host is the source
    assert (host.type, host.mode, host.source, host.target) == ("CONSULT", "visit", ("subject",), ("object",))
    receive = _resolve(lex, "receive", object="aid")
    assert receive is not None and receive.source == ("prep:from",) and receive.target == ("subject",)


def test_gold_label_map_covers_gold_labels(shared_dir: Path) -> None:
    assert set(lx.GOLD_LABEL_MAP.values()) <= set(EVENT_TYPES)
    records = json.loads((shared_dir / "gold" / "plover-gsr-dev.json").read_text("utf-8"))
    labels = {record["event"] for record in records}
    assert {lx.GOLD_LABEL_MAP.get(label, label) for label in labels} <= set(EVENT_TYPES)
    assert set(lx.GOLD_LABEL_MAP) <= labels


# ------------------------------------------------------------------ loader errors

GOOD_SENSE = '{type: CONSULT, cameo: "040", target: [prep:with]}'


def _write(tmp_path: Path, verbs: str = f"  meet: [{GOOD_SENSE}]", extra: str = "") -> Path:
    body = (
        'version: "1"\nlight_verbs: [hold]\n'
        f"verbs:\n{verbs}\n"
        f'nouns:\n  talk: [{{type: CONSULT, cameo: "046"}}]\n{extra}'
    )
    path = tmp_path / "lexicon.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_small_valid_file_loads_with_defaults(tmp_path: Path) -> None:
    loaded = lx.load_lexicon(_write(tmp_path))
    talk = loaded.nouns["talk"][0]
    assert talk.target == ("object", "dative") and talk.source == ("subject",)
    assert talk.confidence == pytest.approx(0.8) and dict(talk.when) == {}
    assert loaded.verbs["meet"][0].target == ("prep:with",)
    with pytest.raises(TypeError):
        loaded.verbs["meet"][0].when["object"] = ("x",)  # type: ignore[index]
    assert loaded.not_events == frozenset() and loaded.containers == frozenset()
    assert loaded.receiving_verbs == frozenset() and dict(loaded.implied_agents) == {}
    assert loaded.causing_verbs == frozenset()


def test_not_events_are_lemma_phrases(tmp_path: Path) -> None:
    loaded = lx.load_lexicon(_write(tmp_path, extra="not_events: [talk about weather]\n"))
    assert loaded.not_events == frozenset({"talk about weather"})
    with pytest.raises(DataFileError, match="not_events entry 'talk'"):
        lx.load_lexicon(_write(tmp_path, extra="not_events: [talk]\n"))


def test_implied_agents_name_known_modes_and_sectors(tmp_path: Path) -> None:
    loaded = lx.load_lexicon(_write(tmp_path, extra="implied_agents: {arrest: COP}\n"))
    assert dict(loaded.implied_agents) == {"arrest": "COP"}
    for bad in ("{arrest: POLICE}", "{jailing: COP}", "[arrest]"):
        with pytest.raises(DataFileError, match="implied_agents"):
            lx.load_lexicon(_write(tmp_path, extra=f"implied_agents: {bad}\n"))


@pytest.mark.parametrize(
    ("verbs", "message"),
    [
        ('  meet: [{type: MEET, cameo: "040"}]', "not one of the 16"),
        ("  meet: [{type: CONSULT, cameo: 40}]", "quoted code"),
        ('  meet: [{type: CONSULT, cameo: "049"}]', "quoted code"),
        ('  meet: [{type: ASSAULT, cameo: "040"}]', "maps to CONSULT"),
        ('  meet: [{type: CONSULT, cameo: "040", mode: aerial}]', "not a PLOVER mode"),
        ('  meet: [{type: CONSULT, cameo: "040", context: weather}]', "unknown PLOVER context"),
        ('  meet: [{type: CONSULT, cameo: "040", target: [beside]}]', "unknown target slot"),
        ('  meet: [{type: CONSULT, cameo: "040", target: []}]', "non-empty list"),
        ('  meet: [{type: CONSULT, cameo: "040", when: {agent: [x]}}]', "unknown 'when' key"),
        ('  meet: [{type: CONSULT, cameo: "040", when: {prep: [on]}}]', "non-empty list of strings"),
        ('  meet: [{type: CONSULT, cameo: "040", when: {negated: maybe}}]', "negated"),
        ('  seize: [{type: ASSAULT, cameo: "190", when: {object_place: [city]}}]', "object_place"),
        ('  meet: [{type: CONSULT, cameo: "040", confidence: 1.5}]', "confidence"),
        ('  meet: [{type: CONSULT, cameo: "040", colour: red}]', "unknown sense field"),
        ("  meet: []", "non-empty list of senses"),
        (f"  Meet: [{GOOD_SENSE}]", "lower-case"),
        (f"  meet: [{GOOD_SENSE}]\n  meet: [{GOOD_SENSE}]", "duplicate key"),
        ('  meet: [{type: CONSULT, type: CONSULT, cameo: "040"}]', "duplicate key"),
        ("  meet: [{type: CONSULT", "invalid YAML"),
    ],
)
def test_malformed_lexicon_entries_raise(tmp_path: Path, verbs: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message) as info:
        lx.load_lexicon(_write(tmp_path, verbs))
    assert str(tmp_path) in str(info.value)


def test_noun_senses_reject_verb_only_constraints(tmp_path: Path) -> None:
    path = _write(tmp_path)
    path.write_text(
        path.read_text("utf-8").replace('cameo: "046"}', 'cameo: "046", when: {xcomp: [hold]}}'), "utf-8"
    )
    with pytest.raises(DataFileError, match=r"nouns\.talk\[0\].*unknown 'when' key"):
        lx.load_lexicon(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- just\n- a list\n", "top level must be a mapping"),
        ("version: 2\nlight_verbs: [hold]\nverbs: {}\nnouns: {}\n", "'version' must be"),
        ('version: "1"\nlight_verbs: [Hold]\nverbs: {}\nnouns: {}\n', "light_verbs entry"),
        ('version: "1"\nlight_verbs: [hold]\nverbs: {}\nnouns: {}\n', "'verbs' must be a non-empty"),
        ('version: "1"\nlight_verbs: [hold]\nadjectives: {}\n', "unknown top-level key"),
    ],
)
def test_malformed_lexicon_structure_raises(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        lx.load_lexicon(path)


def test_unreadable_lexicon_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        lx.load_lexicon(tmp_path / "missing.yaml")
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(DataFileError, match="cannot read"):
        lx.load_lexicon(binary)


HEADER = "code\tlabel\tplover_type\tmode\tcontext\tquad_class\tgoldstein\n"
ROOT = "04\tconsultation\tCONSULT\t\t\t1\t1.0\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "empty"),
        ("code\tlabel\n" + ROOT, "header must be"),
        (HEADER + "04\tconsultation\tCONSULT\t\t1\t1.0\n", "expected 7"),
        (HEADER + ROOT + ROOT, "duplicate CAMEO code 04"),
        (HEADER + ROOT + "041\tphone\tCONSULT\tphone\t\t3\t1.0\n", "quad_class 1"),
        (HEADER + ROOT + "041\tphone\tCONSULT\tphone\t\t1\t11.0\n", "outside -10..10"),
        (HEADER + ROOT + "041\tphone\tCONSULT\tphone\t\t1\thigh\n", "non-numeric"),
        (HEADER + ROOT + "041\tphone\tCHAT\t\t\t1\t1.0\n", "unknown PLOVER type"),
        (HEADER + ROOT + "041\tphone\tCONSULT\tfax\t\t1\t1.0\n", "not a PLOVER mode"),
        (HEADER + ROOT + "041\tphone\t\tphone\t\t1\t1.0\n", "no PLOVER type"),
        (HEADER + ROOT + "4x1\tphone\tCONSULT\t\t\t1\t1.0\n", "malformed CAMEO code"),
        (HEADER + ROOT + "051\tpraise\tSUPPORT\t\t\t1\t3.4\n", "no root code 05"),
        (HEADER + ROOT + "041\t\tCONSULT\t\t\t1\t1.0\n", "no label"),
    ],
)
def test_malformed_cameo_table_raises(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("# comment lines are skipped\n" + body, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        lx.load_cameo(path)


def test_small_cameo_table_loads(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text(HEADER + ROOT + "041\tphone call\tCONSULT\tphone\t\t1\t1.0\n", encoding="utf-8")
    table = lx.load_cameo(path)
    assert table["041"] == lx.CameoCode("041", "phone call", "CONSULT", "phone", None, 1, 1.0)


# ------------------------------------------------------------------ keys are the lemmas the pipeline produces


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "word", "key", "section"),
    [
        ("Farmers staged a noisy sit-down outside the ministry.", "staged", "stage", "light_verbs"),
        ("The minister criticised the court ruling.", "criticised", "criticise", "verbs"),
        ("The army shelled two villages overnight.", "shelled", "shell", "verbs"),
        ("Gunmen kidnapped three engineers near the border.", "kidnapped", "kidnap", "verbs"),
        ("The premier stepped down after the vote.", "stepped", "step down", "verbs"),
        ("Police cracked down on the marchers.", "cracked", "crack down", "verbs"),
        ("The rebels pulled out of the town.", "pulled", "pull out", "verbs"),
        ("Overnight air strikes hit the depot.", "strikes", "air strike", "nouns"),
        ("The two delegations held talks in Oslo.", "talks", "talk", "nouns"),
        ("Brussels imposed new sanctions on the regime.", "sanctions", "sanction", "nouns"),
    ],
)
def test_keys_match_the_pipelines_lemmas(
    coder: Any, lex: lx.Lexicon, sentence: str, word: str, key: str, section: str
) -> None:
    """Particles may be parsed as prt, advmod ("stepped down") or prep ("pulled out of"); "staged" is
    "stage" by eventwire's lemmatizer (spaCy's own gives "stag", nlp/lemmas.py)."""
    token = next(t for t in coder.nlp(sentence) if t.text == word)
    lemma = token.lemma_.lower()
    words = [lemma]
    words += [f"{c.lemma_.lower()} {lemma}" for c in token.children if c.dep_ in ("compound", "amod")]
    words += [f"{lemma} {c.lower_}" for c in token.children if c.dep_ in ("prt", "advmod", "prep")]
    assert key in words
    table = {"verbs": lex.verbs, "nouns": lex.nouns}.get(section, lex.light_verbs)
    assert key in table


def test_obligations_section_is_validated(tmp_path: Path) -> None:
    good = (
        "obligations: {modals: [must], speech_verbs: [say], speech_nouns: [note], "
        'sense: {type: REQUEST, cameo: "100"}}\n'
    )
    loaded = lx.load_lexicon(_write(tmp_path, extra=good))
    assert loaded.obligations is not None and loaded.obligations.modals == frozenset({"must"})
    assert loaded.obligations.semi_modals == frozenset()
    semi = lx.load_lexicon(_write(tmp_path, extra=good.replace("[must],", "[must], semi_modals: [need],")))
    assert semi.obligations is not None and semi.obligations.semi_modals == frozenset({"need"})
    with pytest.raises(DataFileError, match="needs modals, speech_verbs"):
        lx.load_lexicon(_write(tmp_path, extra="obligations: {modals: [must]}\n"))
    forewarnings = good.replace("obligations", "forewarnings").replace("[must]", "[would], verbs: [regret]")
    loaded = lx.load_lexicon(_write(tmp_path, extra=forewarnings))
    assert loaded.forewarnings is not None and loaded.forewarnings.verbs == frozenset({"regret"})
    with pytest.raises(DataFileError, match="forewarnings: needs modals"):
        lx.load_lexicon(_write(tmp_path, extra=forewarnings.replace("verbs: [regret]", "nouns: [regret]")))
    cautions = good.replace("obligations", "cautions").replace("[must]", "[could]").replace("[say]", "[warn]")
    loaded = lx.load_lexicon(_write(tmp_path, extra=cautions))
    assert loaded.cautions is not None and loaded.cautions.modals == frozenset({"could"})
    desires = good.replace("obligations", "desires").replace("[must]", "[to]").replace("[say]", "[want]")
    loaded = lx.load_lexicon(_write(tmp_path, extra=desires))
    assert loaded.desires is not None and loaded.desires.speech_verbs == frozenset({"want"})
    with pytest.raises(DataFileError, match="desires: needs modals"):
        lx.load_lexicon(_write(tmp_path, extra="desires: {modals: [to]}\n"))


def test_a_subjunctive_section_needs_no_modals_and_a_true_or_false_flag(tmp_path: Path) -> None:
    good = (
        "mandates: {subjunctive: true, speech_verbs: [insist], speech_nouns: [proposal], "
        'sense: {type: REQUEST, cameo: "100"}}\n'
    )
    loaded = lx.load_lexicon(_write(tmp_path, extra=good))
    assert (
        loaded.mandates is not None and loaded.mandates.subjunctive and loaded.mandates.modals == frozenset()
    )
    with pytest.raises(DataFileError, match="mandates: needs modals"):
        lx.load_lexicon(_write(tmp_path, extra=good.replace("subjunctive: true", "subjunctive: false")))
    with pytest.raises(DataFileError, match="subjunctive: must be true or false"):
        lx.load_lexicon(_write(tmp_path, extra=good.replace("subjunctive: true", "subjunctive: yes please")))


def test_verbal_readings_section_is_validated(tmp_path: Path) -> None:
    good = (
        'verbal_readings: {verbs: [attack], political_sectors: [GOV], sense: {type: ACCUSE, cameo: "111"}}\n'
    )
    loaded = lx.load_lexicon(_write(tmp_path, extra=good))
    assert loaded.verbal_readings is not None and loaded.verbal_readings.sense.type == "ACCUSE"
    assert loaded.verbal_readings.venues == frozenset()
    with_venues = good.replace("sense:", "venues: [speech], sense:")
    venues = lx.load_lexicon(_write(tmp_path, extra=with_venues)).verbal_readings
    assert venues is not None and venues.venues == frozenset({"speech"})
    with pytest.raises(DataFileError, match="needs exactly verbs"):
        lx.load_lexicon(_write(tmp_path, extra="verbal_readings: {verbs: [attack]}\n"))


def test_synonyms_read_as_an_entry_and_are_validated(tmp_path: Path) -> None:
    loaded = lx.load_lexicon(
        _write(tmp_path, extra="synonyms: {verbs: {confer: meet}, nouns: {parley: talk}}\n")
    )
    assert dict(loaded.verb_synonyms) == {"confer": "meet"} and dict(loaded.noun_synonyms) == {
        "parley": "talk"
    }
    assert "confer" not in loaded.verbs  # the classifier's lexicon features see entries only
    for bad in ("{verbs: {confer: greet}}", "{verbs: {meet: meet}}", "{adverbs: {}}", "[meet]"):
        with pytest.raises(DataFileError, match="synonyms"):
            lx.load_lexicon(_write(tmp_path, extra=f"synonyms: {bad}\n"))


def test_words_spelt_with_ize_are_read_in_their_british_spelling_too(tmp_path: Path) -> None:
    verbs = f"  meet: [{GOOD_SENSE}]\n  nationalize: [{GOOD_SENSE}]\n  seize: [{GOOD_SENSE}]"
    extra = '  mobilization: [{type: MOBILIZE, cameo: "150"}]\n'
    loaded = lx.load_lexicon(_write(tmp_path, verbs=verbs, extra=extra))
    assert loaded.trigger_verbs["nationalise"] == loaded.verbs["nationalize"]
    assert loaded.trigger_nouns["mobilisation"] == loaded.nouns["mobilization"]
    assert "nationalise" not in loaded.verbs  # the classifier's lexicon features see entries only
    assert "seise" not in loaded.trigger_verbs  # a short stem: "seize" has no "-ize" ending


def test_the_bundled_synonyms_read_as_entries_of_their_own_kind(lex: lx.Lexicon) -> None:
    assert lex.verb_synonyms["chastise"] in lex.verbs and lex.noun_synonyms["dismay"] in lex.nouns
    assert lex.noun_synonyms["drill"] == "military drill"  # bare drills in the news are military


def test_conduct_verbs_are_left_to_the_verbs_the_lexicon_codes_itself(lex: lx.Lexicon) -> None:
    cues = lex.evaluations
    assert cues is not None and cues.conduct_sense is not None and cues.conduct_sense.type == "ACCUSE"
    assert cues.misconduct and cues.neglect and "say" in cues.conduct_speech
    # only breaking or ignoring a rule is both: told by another it is the teller's charge (a negated
    # "help" may be coded as denied aid, so neglect verbs stay apart)
    assert sorted(cues.misconduct & set(lex.verbs)) == [
        "abuse",
        "breach",
        "defy",
        "flout",
        "ignore",
        "violate",
    ]
    assert not cues.misconduct & cues.neglect
