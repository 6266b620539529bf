"""Judgements as events: a speaker calling an actor, or what it did, bad or good (see lexicon.yaml).

Two constructions carry most criticism and praise in wire copy:

* reported speech whose clause judges its subject: "X said Y's policy was a disgrace",
  "'The decision is illegal,' X said" -- a copular clause under a speech verb; with an expletive
  subject the judged one is the subject of the extraposed clause ("it was wrong for Russia to annex
  Crimea", "it is unacceptable that Israel builds"); a clause whose subject makes or commits a
  judged act judges that subject ("'Washington is making a grave mistake,' X said");
* naming verbs with a predicate: "X called Y a traitor", "X described the raid as aggression";
* reported speech whose clause tells of wrongdoing by its subject: "X said Y lied", "'They are
  undermining the talks,' X said", or denies its subject does right ("does not care").

The judge is the speaker (the subject of the speech or naming verb); the judged actor is the
subject of the clause or the object of the naming verb, with the owners of that phrase ("Y's
policy", "the British decision") as further candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events import phrasal, roles
from eventwire.events.lexicon import Evaluations, Sense
from eventwire.events.words import event_words
from eventwire.spans import subtree_set, tokens_where

_SKIPPED_SUBJECTS = frozenset({"i", "we", "me", "us", "it", "this", "that", "which"})
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_PRAISING = frozenset({"hail", "praise"})  # naming verbs that praise what they name


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
    """The judging word as the lexicon may list it: "disgrace", "war crime", "ethnic cleansing",
    "act of war"."""
    lemma = word.lemma_.lower()
    found = {lemma, word.lower_}
    found |= {f"{c.lemma_.lower()} {lemma}" for c in roles.children(word, "compound", "amod")}
    found |= {f"{lemma} of {o.lemma_.lower()}" for o in roles.prep_objects(word, "of")}
    found |= {o.lemma_.lower() for o in roles.prep_objects(word, "of")}  # "an act of aggression"
    return found


def _polarity(predicate: Token, cues: Evaluations, extraposed: bool = False) -> Sense | None:
    """Criticism or praise by the judging word; with ``extraposed`` (the judged is the subject of a
    clause an expletive "it" stands for) also a demand: "it is CRITICAL that Congress pass"."""
    words = [predicate, *predicate.conjuncts, *roles.children(predicate, "amod")]
    phrases = set().union(*(_phrases(w) for w in words))
    if phrases & cues.negative:
        return cues.negative_sense
    if phrases & cues.positive:
        return cues.positive_sense
    if extraposed and phrases & cues.necessities:
        return cues.necessity_sense
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


def _charge(phrase: Token) -> bool:
    """A charge or a claim named by a naming verb's object ("called THE ALLEGATIONS preposterous")."""
    return phrase.lemma_.lower() in event_words("charge_nouns")


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
    sense = _polarity(predicate, cues, extraposed=judged.head.i != clause.i)
    if sense is None:
        return None
    return Evaluation(predicate, verb, sense, sources, _owners(judged), predicate)


def _naming_predicates(verb: Token, objects: list[Token]) -> list[Token]:
    """What a naming verb calls its object: "called Y A TRAITOR", "described X AS AGGRESSION" or "AS
    ABSURD" (the parser hangs "as" on the verb or on the object), "called the move UNFAIR" or "the
    charges politically MOTIVATED" (an adjective the parser hangs on the object)."""
    found = list(roles.children(verb, "oprd"))
    if verb.lemma_.lower() != "call":  # "called X as Y" is a time
        for word in (verb, *objects):
            found += roles.prep_objects(word, "as")
            found += [
                a
                for p in roles.children(word, "prep")
                if p.lower_ == "as"
                for a in roles.children(p, "amod", "acomp")
            ]
    found += [a for o in objects for a in roles.children(o, "amod", "acl") if a.i > o.i and a.tag_ == "JJ"]
    return found


def _object_under_predicate(verb: Token) -> list[Token]:
    """The object of a naming verb that the parser hung elsewhere, often on a quoted adjective ("called
    the suspension 'unacceptable'"): the last noun between the verb and what it calls it, when no
    other verb comes between."""
    for predicate in roles.children(verb, "oprd"):
        between = verb.doc[verb.i + 1 : predicate.i]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            continue
        nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN")]
        if nouns:
            return nouns[-1:]
    return []


def _named_by_clause(verb: Token) -> tuple[list[Token], Token | None]:
    """What a naming verb names and calls it when the parser reads no object and predicate: a small
    clause ("considers THE YPG A TERRORIST ORGANISATION": the noun with its subject) or a relative
    clause whose object is the predicate ("the YPG, which Turkey considers A TERRORIST GROUP")."""
    for clause in roles.children(verb, "ccomp"):
        subjects = roles.children(clause, "nsubj")
        if clause.pos_ in ("NOUN", "ADJ") and subjects:
            return subjects[:1], clause
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dep")]  # "which" of "which X considers"
    if verb.dep_ != "relcl" or not any(c.lower_ in roles.RELATIVE_PRONOUNS for c in objects):
        return [], None
    predicates = [c for c in roles.children(verb, "dobj") if c.lower_ not in roles.RELATIVE_PRONOUNS]
    return [verb.head], next(iter(predicates), None)


def _renamed_doers(verb: Token) -> list[Token]:
    """Who did the act a naming clause renames: the subject of the clause that a noun of
    ``renamed_acts`` heading the naming verb's relative clause hangs in ("police detained the mayor,
    a move the party called a coup attempt": the police; "sent a bill to the governor, an action
    slammed by critics as discriminatory": the sender); [] for any other naming verb. ("in what
    Taipei called a provocation" is left alone: "a response to what he called the aggression of
    Iran" names its own target.)"""
    renamed = verb.head
    if verb.dep_ not in ("relcl", "acl") or renamed.lemma_.lower() not in event_words("renamed_acts"):
        return []
    clause = next((t for t in (renamed, *renamed.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return [] if clause is None else [s for s in roles.subject(clause) if s.i != verb.i]


def _from_naming(verb: Token, cues: Evaluations) -> Evaluation | None:
    """ "X called Y a traitor", "X described the raid as aggression", "X called the move unfair" (an
    adjective after the object, which the parser may attach to it), "X considers Y a terrorist group"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.naming_verbs or _negated(verb):
        return None
    objects = roles.direct_object(verb) or _object_under_predicate(verb)
    predicate = next(iter(_naming_predicates(verb, objects[:1])), None)
    if predicate is None:
        objects, predicate = _named_by_clause(verb)
    doers = _renamed_doers(verb)
    if doers:  # "a move Chile called a provocation": what the parser may read as the object calls it
        predicate = predicate or next(iter(roles.children(verb, "dobj")), None)
        objects = doers
    sources = roles.subject(verb)
    if predicate is None or not objects or not sources:
        return None
    sense = _polarity(predicate, cues)
    rejects = sense is not cues.positive_sense and verb.lemma_.lower() not in _PRAISING
    if _charge(objects[0]) and rejects and cues.rejection_sense is not None:
        return Evaluation(verb, verb, cues.rejection_sense, sources, [objects[0]], predicate)
    if sense is None or not _about_another(objects[0]):
        return None
    return Evaluation(verb, verb, sense, sources, _owners(objects[0]), predicate)


def _conduct(clause: Token, cues: Evaluations) -> str | None:
    """``"wrong"`` for a clause whose verb (or the verb it leads to: "is trying to undermine") says
    its subject does wrong, ``"denied"`` for one that denies it does right ("does not care", "has
    not kept its word"), else None."""
    verbs = [clause, *(x for x in roles.children(clause, "xcomp") if x.pos_ == "VERB")]
    for verb in verbs:
        keys = set(phrasal.phrasal_keys(verb, frozenset({"prt", "prep"})))
        if keys & cues.misconduct and not _negated(*verbs):
            return "wrong"
        if keys & cues.neglect and _negated(verb, clause):
            return "denied"
    return None


_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _reported_subject(clause: Token, verb: Token) -> Token | None:
    """The subject of a reported clause that is someone other than the speaker: in indirect speech
    ("X said he lied") a personal pronoun is mostly the speaker, in a quote before its speech verb
    ("'He does not care,' X said") it is someone else."""
    subjects = roles.children(clause, "nsubj")
    if not subjects or not _about_another(subjects[0]):
        return None
    if clause.i > verb.i and subjects[0].lower_ in _SPEAKER_PRONOUNS:
        return None
    return subjects[0]


def _from_conduct(clause: Token, cues: Evaluations, coded: frozenset[int]) -> Evaluation | None:
    """ "X said Y lied about it", "'They do not care about their people,' X said": a reported clause
    whose subject does wrong, told by someone else; verbs the rules code themselves (``coded``) are not,
    unless they are misconduct ("X said Y violated the accord")."""
    verb = clause.head
    if cues.conduct_sense is None or clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() not in cues.conduct_speech or _negated(verb):
        return None
    if clause.i in coded and clause.lemma_.lower() not in cues.misconduct:  # "said Y violated": a charge
        return None
    judged = _reported_subject(clause, verb)
    sources = roles.subject(verb)
    if judged is None or not sources or judged.i == sources[0].i:
        return None
    kind = _conduct(clause, cues)
    if kind is None:
        return None
    trigger = clause if kind == "wrong" else verb  # "does not care" is said, not negated
    return Evaluation(trigger, verb, cues.conduct_sense, sources, _owners(judged), clause)


_FEELING_VERBS = frozenset({"be", "remain", "become", "feel", "seem", "appear", "grow", "get"})
_CAUSE_PREPS = frozenset({"by", "about", "over", "with", "at"})
_GLAD_PREPS = _CAUSE_PREPS | {"for"}  # "grateful FOR India's stance"
_STATEMENT_DEPS = frozenset({"ROOT", "ccomp", "xcomp"})  # not a participle ("angered by it, they ...")


def _feeling_clause(word: Token) -> tuple[Token, list[Token]] | None:
    """The clause verb stating a feeling and who feels it: "France IS worried" (an adjective, or a
    stance's noun, after a copula: "she IS a critic of"), or the participle or adjective itself where
    the parser made it the clause's head ("it was TROUBLED by")."""
    first = roles.first_conjunct(word)  # "was saddened and angered by"
    deps: tuple[str, ...]
    if first.dep_ in ("acomp", "attr") and first.head.lemma_.lower() in _FEELING_VERBS:
        clause, deps = first.head, ("nsubj", "nsubjpass")
    elif first.tag_ in ("VBN", "JJ") and first.dep_ in _STATEMENT_DEPS:
        # the parser may head the clause with it; a participle's subject is the cause ("the remarks
        # have worried Tokyo"), an adjective's the one who feels
        clause, deps = first, ("nsubjpass",) if first.tag_ == "VBN" else ("nsubjpass", "nsubj")
    else:
        return None
    if clause.dep_ not in _STATEMENT_DEPS and clause.dep_ != "relcl":
        return None
    feelers = roles.children(clause, *deps)
    if feelers and feelers[0].lower_ in ("who", "which", "that") and clause.dep_ == "relcl":
        feelers = [clause.head]  # "Grybauskaite, who is alarmed by ..."
    return clause, feelers


def _causes(word: Token, clause: Token, preps: frozenset[str] = _CAUSE_PREPS) -> list[Token]:
    """What a feeling is about: the object of its "by", "about", "over", "with" or "at" phrase (or
    ``preps``), else the subject of its "that" clause ("alarmed that the company may have overcharged")."""
    for owner in (word, clause):
        for prep in roles.children(owner, "agent", "prep"):
            if prep.lower_ in preps:
                return roles.children(prep, "pobj")[:1]
    for owner in (word, clause):
        for comp in roles.children(owner, "ccomp"):
            subjects = roles.children(comp, "nsubj", "nsubjpass")
            if subjects and _about_another(subjects[0]):
                return subjects[:1]
    return []


def _from_feeling(word: Token, cues: Evaluations) -> Evaluation | None:
    """ "X said it was deeply troubled by Y's decision", "X is worried about Y's missile tests", "X
    has been critical of Y's policy": the one who states the feeling, or holds the stance toward the
    object of "of", disapproves of its cause (``Evaluations.feelings``, ``Evaluations.stances``);
    "X was grateful for Y's help": a glad feeling approves of it (``Evaluations.glad_feelings``)."""
    stance = word.lower_ in cues.stances  # "critical OF the deal" only
    glad = word.lower_ in cues.glad_feelings
    sense = cues.glad_sense if glad else cues.feeling_sense
    if sense is None or not (stance or glad or word.lower_ in cues.feelings):
        return None
    found = _feeling_clause(word)
    if found is None or not found[1]:
        return None
    clause, feelers = found
    if stance:
        causes = roles.prep_objects(word, "of")[:1]
    else:
        causes = _causes(word, clause, _GLAD_PREPS if glad else _CAUSE_PREPS)
    if not causes or causes[0].i == feelers[0].i:
        return None
    return Evaluation(word, clause, sense, feelers, _owners(causes[0]), word)


def find_evaluations(
    sent: Span, cues: Evaluations, speech: frozenset[str], coded: frozenset[int] = frozenset()
) -> list[Evaluation]:
    """Every judgement in ``sent`` made by a named speaker about someone else (``coded``: indices
    of verbs that already carry an event of the rules)."""
    found = []
    # each reader below takes only a ccomp clause, a verb or a word of feeling
    for token in tokens_where(
        sent, pos=("VERB",), deps=("ccomp",), lower=cues.feelings | cues.glad_feelings | cues.stances
    ):
        judged = (
            _from_speech(token, cues, speech)
            or _from_naming(token, cues)
            or _from_conduct(token, cues, coded)
            or _from_feeling(token, cues)
        )
        if judged is not None:
            found.append(judged)
    return found


def own_conjuncts(predicate: Token) -> set[int]:
    """The tokens of a verb coordinated with a judgement's predicate that pairs with a verb above it
    ("said it was alarmed by the killings and URGED the authorities to ...": the speaker's own act,
    not the content of the judgement)."""
    own: set[int] = set()
    for verb in (c for c in predicate.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        partner = roles.finite_partner(verb)
        if partner is not None and partner.i != predicate.i:
            own |= subtree_set(verb)
    return own
