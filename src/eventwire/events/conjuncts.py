"""Which coordinated verbs are clauses of their own, out of the reach of what their head says:
"said the government would withdraw the bill and CALLED for dialogue", "Russia may impose
sanctions, and Ukraine HAS EXPELLED three diplomats", "She denies the charges, and Britain HAS
CALLED for her release" (events.factuality)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.spans import FINITE_TAGS


def own_tense(conjunct: Token) -> bool:
    """True for a conjoined verb whose finite tense its head cannot share: "said the government
    would withdraw the bill and CALLED for dialogue" (a past tense after "would" is a clause of its
    own, whatever the parser attached it to), or one with a subject and a tense of its own and no
    modal: "Russia may impose sanctions, and Ukraine HAS EXPELLED three diplomats"."""
    if conjunct.dep_ != "conj" or conjunct.head.pos_ not in ("VERB", "AUX"):
        return False
    if conjunct.tag_ in FINITE_TAGS and conjunct.head.tag_ != conjunct.tag_:
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in conjunct.children)
    return own and not modal and own_clause(conjunct)


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
