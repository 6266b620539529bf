"""Judgements as events: a speaker calling an actor, or what it did, bad or good (see lexicon.yaml).

Two constructions carry most criticism and praise in wire copy:

* reported speech whose clause judges its subject: "X said Y's policy was a disgrace",
  "'The decision is illegal,' X said" -- a copular clause under a speech verb; with an expletive
  subject the judged one is the subject of the extraposed clause ("it was wrong for Russia to annex
  Crimea", "it is unacceptable that Israel builds"); a clause whose subject makes or commits a
  judged act judges that subject ("'Washington is making a grave mistake,' X said");
* naming verbs with a predicate: "X called Y a traitor", "X described the raid as aggression".

The judge is the speaker (the subject of the speech or naming verb); the judged actor is the
subject of the clause or the object of the naming verb, with the owners of that phrase ("Y's
policy", "the British decision") as further candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events import roles
from eventwire.events.lexicon import Evaluations, Sense
from eventwire.events.words import event_words

_SKIPPED_SUBJECTS = frozenset({"i", "we", "me", "us", "it", "this", "that", "which"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True)
class Evaluation:
    """One judgement: the word that carries it, the speech or naming verb, who judges whom."""

    trigger: Token
    verb: Token
    sense: Sense
    sources: list[Token]
    targets: list[Token]
    predicate: Token


def _phrases(word: Token) -> set[str]:
    """The judging word as the lexicon may list it: "disgrace", "war crime", "act of war"."""
    lemma = word.lemma_.lower()
    found = {lemma, word.lower_}
    found |= {f"{c.lemma_.lower()} {lemma}" for c in roles.children(word, "compound")}
    found |= {f"{lemma} of {o.lemma_.lower()}" for o in roles.prep_objects(word, "of")}
    found |= {o.lemma_.lower() for o in roles.prep_objects(word, "of")}  # "an act of aggression"
    return found


def _polarity(predicate: Token, cues: Evaluations) -> Sense | None:
    words = [predicate, *predicate.conjuncts, *roles.children(predicate, "amod")]
    phrases = set().union(*(_phrases(w) for w in words))
    if phrases & cues.negative:
        return cues.negative_sense
    if phrases & cues.positive:
        return cues.positive_sense
    return None


def _owners(phrase: Token) -> list[Token]:
    """``phrase`` and who it belongs to: "the president's policy", "the British decision"."""
    owners = [
        c
        for c in phrase.children
        if c.dep_ in _OWNER_DEPS and (c.dep_ == "poss" or c.ent_type_ in roles.ACTOR_ENTS)
    ]
    return [phrase, *owners, *roles.prep_objects(phrase, "of")]


def _about_another(judged: Token) -> bool:
    """False for a judgement of the speaker's own act ("her decision was a mistake": a concession)
    or of a claim ("the report was false": a rejection), and for a subject that names nothing."""
    if judged.lower_ in _SKIPPED_SUBJECTS or judged.lemma_.lower() in event_words("claim_nouns"):
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in judged.children)


def _negated(*tokens: Token) -> bool:
    return any(roles.children(t, "neg") for t in tokens)


_ACT_VERBS = frozenset({"make", "commit"})  # "is making a grave mistake", "committed a crime"


def _judged_subjects(clause: Token) -> list[Token]:
    """The subject a judging clause is about: its own, or for an expletive "it" the subject of the
    clause it stands for ("it was wrong for Russia to annex", "it is unacceptable that Israel builds")."""
    subjects = roles.children(clause, "nsubj")
    if subjects and subjects[0].lower_ == "it":
        extraposed = roles.children(clause, "advcl", "ccomp", "xcomp")
        return [t for c in extraposed for t in roles.children(c, "nsubj")][:1]
    return subjects


def _from_speech(clause: Token, cues: Evaluations, speech: frozenset[str]) -> Evaluation | None:
    """ "X said Y was a disgrace", "X said Y made a mistake": a judging clause under a speech verb."""
    verb = clause.head
    acting = clause.lemma_ in _ACT_VERBS
    if clause.dep_ != "ccomp" or not (clause.lemma_ == "be" or acting) or verb.lemma_.lower() not in speech:
        return None
    slots = ("dobj",) if acting else ("attr", "acomp")
    predicate = next(iter(roles.children(clause, *slots)), None)
    subjects = _judged_subjects(clause)
    sources = roles.subject(verb)
    if predicate is None or not subjects or not sources or _negated(clause, verb):
        return None
    judged = subjects[0]
    if judged.i == sources[0].i or not _about_another(judged):
        return None
    sense = _polarity(predicate, cues)
    if sense is None:
        return None
    return Evaluation(predicate, verb, sense, sources, _owners(judged), predicate)


def _from_naming(verb: Token, cues: Evaluations) -> Evaluation | None:
    """ "X called Y a traitor", "X described the raid as aggression"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.naming_verbs or _negated(verb):
        return None
    objects = roles.direct_object(verb)
    as_phrase = (
        roles.prep_objects(verb, "as") if verb.lemma_.lower() != "call" else []
    )  # "called X as Y" is a time
    predicate = next(iter([*roles.children(verb, "oprd"), *as_phrase]), None)
    sources = roles.subject(verb)
    if predicate is None or not objects or not sources or not _about_another(objects[0]):
        return None
    sense = _polarity(predicate, cues)
    if sense is None:
        return None
    return Evaluation(verb, verb, sense, sources, _owners(objects[0]), predicate)


def find_evaluations(sent: Span, cues: Evaluations, speech: frozenset[str]) -> list[Evaluation]:
    """Every judgement in ``sent`` made by a named speaker about someone else."""
    found = []
    for token in sent:
        judged = _from_speech(token, cues, speech) or _from_naming(token, cues)
        if judged is not None:
            found.append(judged)
    return found
