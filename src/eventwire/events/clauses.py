"""Clauses out of the reach of what the clause above them says (events.factuality). Coordinated
verbs with a tense of their own: "said the government would withdraw the bill and CALLED for
dialogue", "Russia may impose sanctions, and Ukraine HAS EXPELLED three diplomats", "She denies the
charges, and Britain HAS CALLED for her release". Adverbial and relative clauses the writer tells in
a past tense: "could impose sanctions after Ukraine EXPELLED its diplomats", "may attack the militia
that KILLED 20 soldiers"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.spans import FINITE_TAGS, is_participial_adjunct

_OPEN_MARKS = frozenset({"if", "unless", "before", "until", "till", "once", "whether", "lest", "so"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_PERFECT_OR_PASSIVE = frozenset({"has", "have", "had", "'s", "'ve", "is", "are", "'re", "was", "were"})


def own_tense(conjunct: Token) -> bool:
    """True for a conjoined verb whose finite tense its head cannot share: "said the government
    would withdraw the bill and CALLED for dialogue" (a past tense after "would" is a clause of its
    own, whatever the parser attached it to; so is a finite auxiliary after a modal: "will cost
    Slovakia dearly and HAS threatened"), or one with a subject and a tense of its own and no
    modal: "Russia may impose sanctions, and Ukraine HAS EXPELLED three diplomats"."""
    if conjunct.dep_ != "conj" or conjunct.head.pos_ not in ("VERB", "AUX"):
        return False
    if conjunct.tag_ in FINITE_TAGS and conjunct.head.tag_ != conjunct.tag_:
        return True
    if _finite_auxiliary(conjunct) and _modal(conjunct.head):  # "will cost ... and HAS threatened"
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children)
    return own and not _modal(conjunct) and own_clause(conjunct)


def _finite_auxiliary(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def own_clause(verb: Token) -> bool:
    """True for a coordinated verb that is finite ("and said") or has a subject or auxiliary of its own."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def another_partys_clause(verb: Token) -> bool:
    """True for a coordinated verb with a named subject of its own, other than its head's, and no "that":
    "denied it had hacked the vote and the United States has expelled ..." (the writer's, wherever hung)."""
    own = roles.children(verb, "nsubj", "nsubjpass")
    if not own or own[0].pos_ == "PRON" or roles.children(verb, "mark"):
        return False
    theirs = roles.children(verb.head, "nsubj", "nsubjpass")
    return not theirs or theirs[0].lower_ != own[0].lower_


def told_past(clause: Token) -> bool:
    """True for an adverbial or relative clause with a subject of its own whose verb is in a past
    tense, simple or perfect or passive, with no modal: "after Ukraine EXPELLED", "the militia that
    HAD KILLED 20 soldiers", "as Ukraine ACCUSED Moscow", "which WAS JAILED". The writer tells it as
    done, whatever the clause above plans, weighs or denies. Not a condition or a time still to
    come ("if", "before", "until", "once": "will strike once the deal was signed")."""
    if clause.dep_ not in ("advcl", "relcl") or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in clause.children):
        return False
    if not roles.children(clause, "nsubj", "nsubjpass"):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if clause.tag_ == "VBD":
        return not auxes
    return clause.tag_ == "VBN" and any(a.lower_ in _PERFECT_OR_PASSIVE and a.tag_ in _TENSED for a in auxes)


def denier_adjunct(clause: Token, reporting: frozenset[str]) -> bool:
    """A participle after a comma or its own conjunction, with no subject of its own, with which the
    one who denies acts besides ("denied the report, CALLING it baseless", "rejected the account,
    ACCUSING the group of kidnapping the crew", "denied it while CALLING for an inquiry"); a verb of
    saying is left to what it reports."""
    before = clause.doc[clause.i - 1]
    marked = before.dep_ == "mark" and before.head == clause  # "denied it WHILE calling for talks"
    if not is_participial_adjunct(clause) or not (before.is_punct or marked):
        return False
    return clause.lemma_.lower() not in reporting and not roles.children(clause, "nsubj", "nsubjpass")
