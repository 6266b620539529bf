"""Acts a sentence names without their taking place: proposed or planned in a noun's infinitive
("legislation TO IMPOSE sanctions", "a plan TO ATTACK"), kept from happening by a ban ("a moratorium
ON DEPORTING migrants"), feared ("the risk OF North Korea ATTACKING"), told ("told Greece TO
WITHDRAW"), demanded in the subjunctive ("that Kyiv WITHDRAW"), supposed of no one in particular
("anyone who ATTACKS"), only intended ("keen on RESUMING talks") or not wished for ("has no
intention of STEPPING down", :func:`refused_stance`). Used by
:func:`eventwire.events.factuality.factuality` and :mod:`eventwire.events.refusals`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.cues import FactualityCues
from eventwire.events.partners import completed_word
from eventwire.spans import is_bare_finite, is_to_infinitive


def infinitive_of(node: Token, nouns: frozenset[str]) -> bool:
    """ "legislation TO IMPOSE sanctions", "a plan TO ATTACK", "the idea OF the United States
    IMPOSING tariffs": a to-infinitive, or a gerund after "of", that completes one of ``nouns``, an
    act proposed or intended rather than done. The parser sometimes makes the noun the infinitive's
    subject instead, which a to-infinitive cannot otherwise have."""
    noun = _noun_of_gerund(node)
    if noun is not None:
        return noun.lemma_.lower() in nouns
    if not is_to_infinitive(node):
        return False
    if node.dep_ in ("acl", "relcl") and node.head.lemma_.lower() in nouns:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in node.children)


def banned(node: Token, nouns: frozenset[str]) -> bool:
    """ "a moratorium ON DEPORTING migrants", "the taboo ON COOPERATING with": a gerund after "on" or
    "against" that completes one of ``nouns``, an act a ban keeps from happening. The parser often
    hangs the preposition on the verb whose object the noun is ("imposed a moratorium on ...")."""
    prep = node.head
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or prep.lower_ not in ("on", "against"):
        return False
    owner = prep.head
    owners = [owner] if owner.pos_ == "NOUN" else roles.children(owner, "dobj")
    return any(o.lemma_.lower() in nouns for o in owners)


def _noun_of_gerund(node: Token) -> Token | None:
    """The noun a gerund after "of" completes ("the idea of the United States imposing": idea; "fear of
    being attacked": fear), which the parser hangs on the preposition or, when the gerund's subject is
    the preposition's object ("the idea of Peru imposing"), on the noun itself; None for any other word."""
    if node.tag_ != "VBG" and not any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in node.children):
        return None  # neither "imposing" nor "being attacked"
    head = node.head
    if node.dep_ == "pcomp" and head.lower_ == "of" and head.dep_ == "prep":
        return head.head
    if node.dep_ == "acl" and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i < node.i for c in head.children
    ):
        return head
    return None


def _feared(node: Token, cues: FactualityCues) -> bool:
    """An act feared or risked, which is only possible: the clause or gerund a verb of fearing governs
    ("Turkey fears that militants WILL ATTACK", "risks ANTAGONIZING Beijing"), or the "of" gerund or
    to-infinitive of such a noun ("for fear of BEING ATTACKED", "the risk of North Korea ATTACKING")."""
    if infinitive_of(node, cues.fear_words):
        return True
    if node.head.lemma_.lower() not in cues.fear_words:
        return False
    if node.dep_ == "acl" and node.tag_ == "VBG":
        return True  # "risks ANGERING the White House" with "risks" read as a noun
    return node.dep_ in ("ccomp", "xcomp") and node.head.pos_ == "VERB"


def feared_nodes(chain: list[Token], cues: FactualityCues) -> set[int]:
    """The nodes of a clause chain whose act is feared or risked (:func:`_feared`), not past a relative
    clause: in "risks alienating the Greens, who REJECT a limit" the Greens' rejection is no risk."""
    found: set[int] = set()
    for node in chain:
        if _feared(node, cues):
            found.add(node.i)
        if node.dep_ == "relcl":
            break
    return found


def directed(node: Token, stop: frozenset[str]) -> bool:
    """The act a speaker tells someone to do, which is asked for, not done: "told Greece TO
    WITHDRAW its troops" (a reporting verb with an object, and a to-infinitive). A passive is not
    one: "is known to have died", "is believed to have killed" judge what happened."""
    if node.dep_ != "xcomp" or not is_to_infinitive(node):
        return False
    speech = node.head
    return speech.lemma_.lower() in stop and bool(roles.children(speech, "dobj", "dative"))


_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def mandated(node: Token) -> bool:
    """True for a clause in the mandative subjunctive, which tells what is demanded or proposed, not
    what happens: "demands, including that Kyiv WITHDRAW its troops", "proposed that he BE removed"
    ("that", a singular subject, a bare verb and no other auxiliary)."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children) or not is_bare_finite(node):
        return False
    subject = roles.children(node, "nsubj", "nsubjpass")[0]
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in _SINGULAR_PRONOUNS


_ANYONE = frozenset({"anyone", "anybody", "whoever", "anything", "whatever", "everyone", "everybody"})
_ANY = frozenset({"any", "whichever", "whatever"})  # not "every": "every day"


def supposed_doer(node: Token) -> bool:
    """ "ANYONE who attacks a police station will face the law", "will sanction ANY country that
    ATTACKS": a relative clause in the present tense on a noun of no one in particular names an act
    supposed, not one done."""
    if node.dep_ != "relcl" or node.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    head = node.head
    return head.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ in _ANY for c in head.children)


def intended_act(node: Token, adjectives: frozenset[str]) -> bool:
    """ "not serious ABOUT ENDING the war", "keen ON RESUMING talks", "interested IN HELPING": a gerund
    after an adjective of intent (``adjectives``) names an act intended, not done."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or node.head.dep_ != "prep":
        return False
    adjective = node.head.head  # an adjective, or a participle the parser reads as one ("is interested in")
    return adjective.pos_ in ("ADJ", "VERB") and adjective.lower_ in adjectives


def unrealised(node: Token, stop: frozenset[str], cues: FactualityCues) -> bool:
    """True for a clause of the chain whose act is named but not done: proposed, banned, told or
    demanded of another, supposed of no one in particular, or only intended (``stop``: the
    reporting verbs)."""
    return (
        infinitive_of(node, cues.proposal_nouns)
        or banned(node, cues.prohibition_nouns)
        or directed(node, stop)
        or mandated(node)
        or supposed_doer(node)
        or intended_act(node, cues.intent_adjectives)
    )


_STANCE_PREPS = frozenset({"of", "in", "on", "about"})
_STANCE_DEPS = frozenset({"acl", "xcomp"})
_SCANT = frozenset({"no", "little"})


def refused_stance(node: Token, cues: FactualityCues) -> bool:
    """An act its actor has no wish to do: "has NO intention of stepping down", "showed LITTLE
    interest in pursuing talks", "is NOT willing to negotiate", "is UNWILLING to accept a ceasefire"
    (``stance_nouns`` with "no" or "little", ``willingness_words`` that "not" negates, or
    ``unwilling_adjectives``)."""
    word = completed_word(node, _STANCE_PREPS, _STANCE_DEPS)
    if word is None:
        return False
    lemma = word.lemma_.lower()
    if word.pos_ == "NOUN":
        scant = any(c.lower_ in _SCANT for c in roles.children(word, "det", "amod"))
        return scant and lemma in cues.stance_nouns
    if lemma in cues.unwilling_adjectives:
        return True
    copula = [word.head] if word.dep_ == "acomp" else []
    return lemma in cues.willingness_words and any(roles.children(w, "neg") for w in [word, *copula])
