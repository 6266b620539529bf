"""Demands phrased as obligations: "Russia said Sudan must return the helicopter" (see lexicon.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.attribution import load_attribution_lexicon
from eventwire.attribution.sources import classify
from eventwire.events import roles
from eventwire.events.lexicon import Obligations
from eventwire.spans import is_bare_finite, is_condition, is_to_infinitive, tokens_where

_FIRST_PERSON = frozenset({"i", "we"})
_CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl", "advcl"})
_XCOMP = frozenset({"xcomp"})


@dataclass(frozen=True)
class Obligation:
    """One demand: who speaks (``trigger``, ``sources``), to whom (``targets``), and the clause it covers."""

    trigger: Token
    sources: list[Token]
    targets: list[Token]
    clause: Token


def _speaker(clause: Token, cues: Obligations, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """(trigger, verb whose subject speaks) governing ``clause``, or None."""
    parent = clause.head
    if clause.dep_ not in _CLAUSE_DEPS or parent == clause:
        return None
    lemma = parent.lemma_.lower()
    if parent.pos_ in ("VERB", "AUX") and (lemma in cues.speech_verbs or lemma in reporting):
        return parent, parent
    if parent.pos_ == "NOUN" and lemma in cues.speech_nouns:
        verb = parent.head.head if parent.dep_ == "pobj" else parent.head
        return (parent, verb) if verb.pos_ in ("VERB", "AUX") else None
    return None


def _addressees(clause: Token, trigger: Token, verb: Token) -> list[Token]:
    """Who is obliged: the clause's subject, or for a pronoun the one the speaker addresses ("said TO
    Iran that it must", "told TEHRAN it should stop", "told U.S. REGULATORS they should revise": a
    verb's object that names an actor is whom it tells; "told reporters it must" tells no one)."""
    subjects = roles.children(clause, "nsubj", "nsubjpass")
    if subjects and subjects[0].pos_ != "PRON":
        return subjects
    for word in (trigger, verb):
        found = roles.prep_objects(word, "to") or roles.children(word, "dative")
        if not found and word.pos_ in ("VERB", "AUX"):
            found = [o for o in roles.children(word, "dobj") if _names_an_actor(o)]
        if found:
            return found
    return []


def _names_an_actor(noun: Token) -> bool:
    """ "Tehran", "U.S. regulators", "Iran's leaders": a name, or a noun a name modifies or owns; not
    a newspaper or broadcaster one tells something to ("told CNN", "told the Times")."""
    if classify(noun, load_attribution_lexicon()) == "media":
        return False
    named = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "poss"))]
    return any(t.ent_type_ in roles.ACTOR_ENTS for t in named)


def _verb_keys(clause: Token) -> set[str]:
    """ "regret", and "pay price" / "pay dearly": the clause's verb alone and with its object or adverb."""
    lemma = clause.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lemma_.lower()}" for c in roles.children(clause, "dobj", "advmod")}


def _semi_modal(verb: Token, cues: Obligations) -> bool:
    """ "NEEDS to stop", "HAD to implement"; not "does not need to", which frees rather than obliges, nor
    "has yet to", which tells what has not happened."""
    if verb.lemma_.lower() not in cues.semi_modals or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ == "neg" or c.lower_ == "yet" for c in verb.children)


def _subjunctive(clause: Token) -> bool:
    """True for a finite clause whose verb is bare: "insisted that Russia WITHDRAW", "recommended that
    he BE dismissed" (no other auxiliary, no infinitive "to"; "insisted that Cuba HAS" is told)."""
    return clause.dep_ in _CLAUSE_DEPS and is_bare_finite(clause)


def _inverted(modal: Token) -> bool:
    """A modal before its clause's subject asks or supposes, it does not oblige: "SHOULD he become
    president", "MUST we wait?"."""
    return any(s.i > modal.i for s in roles.children(modal.head, "nsubj", "nsubjpass"))


def _obliging(sent: Span, cues: Obligations) -> list[Token]:
    """The clauses whose auxiliary is a modal ("must RETURN"), the semi-modals with a to-infinitive
    (:func:`_semi_modal`), and, for ``cues.subjunctive``, the bare clauses (:func:`_subjunctive`), in
    text order."""
    modals = [t for t in tokens_where(sent, lower=cues.modals) if t.dep_ == "aux" and not _inverted(t)]
    governed = {t.head.i for t in modals}
    if cues.semi_modals:
        xcomps = tokens_where(sent, deps=_XCOMP)
        governed |= {t.head.i for t in xcomps if is_to_infinitive(t) and _semi_modal(t.head, cues)}
    if cues.subjunctive:
        clauses = tokens_where(sent, deps=_CLAUSE_DEPS)
        governed |= {t.i for t in clauses if t.pos_ in ("VERB", "AUX") and _subjunctive(t)}
    return [sent.doc[i] for i in sorted(governed)]


def conditional(clause: Token) -> bool:
    """True when ``clause`` holds a condition ("could be affected IF Iraq's unity was threatened")."""
    return any(c.dep_ == "advcl" and is_condition(c) for c in clause.children)


def find_obligations(sent: Span, cues: Obligations, reporting: frozenset[str]) -> list[Obligation]:
    """Every obligation clause in ``sent`` that a speaker other than the obliged party utters."""
    found: list[Obligation] = []
    for clause in _obliging(sent, cues):
        if cues.verbs and not _verb_keys(clause) & cues.verbs:
            continue
        subjects = roles.children(clause, "nsubj", "nsubjpass")
        if not subjects or subjects[0].lower_ in _FIRST_PERSON:
            continue
        spoken = _speaker(clause, cues, reporting)
        if spoken is None:
            continue
        trigger, verb = spoken
        sources = roles.subject(verb)
        if not sources or sources[0].i == subjects[0].i:
            continue
        targets = _addressees(clause, trigger, verb)
        if targets:
            found.append(Obligation(trigger, sources, targets, clause))
    return found
