"""Where an event's target or author may be named when its slots name none: the owners of its
object ("rejected an Indian proposal"), the subject of its that-clause, its addressee, and places
and peoples deeper in what it is about; who does a noun event its own phrase does not name; and the
agents an act leaves out or names by a weapon, and verbs whose subjects act on each other (used by
:mod:`eventwire.events.extract`)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from eventwire.events import phrasal, roles
from eventwire.events.factuality import determined_by_no
from eventwire.events.lexicon import Sense
from eventwire.events.words import event_words
from eventwire.spans import TIME_ENTS, subtree_where

# the modifiers that name who did an act: "Israeli strikes", "Somalia's request"
NOMINAL_SOURCE_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
_OBJECT_OWNER_PREPS = frozenset({"of", "by", "from", "against", "on", "to", "for", "with"})
CIRCUMSTANCE_PREPS = frozenset({"despite", "before", "during", "until", "like", "unlike"})
_TOPIC_PREPS = frozenset({"to", "over", "about", "against", "on", "with", "from", "for", "of"})


def _owner(child: Token, obj: Token) -> bool:
    """A named owner of another kind than the object ("an Indian proposal"), or a possessive noun
    ("the government's plan": the resolver decides whether it names an actor)."""
    named = child.ent_type_ in roles.ACTOR_ENTS and child.ent_type_ != obj.ent_type_
    return (child.dep_ in NOMINAL_SOURCE_DEPS and named) or (child.dep_ == "poss" and child.pos_ == "NOUN")


def _object_owners(obj: Token) -> list[Token]:
    """Who an object belongs to or is aimed at: "an Indian proposal", "Haiti's efforts", "the
    ministry's allegations", "an appeal from President Gbagbo", "calls by Belarus", "action against
    Russia", "talks with the opposition", "remarks made by Vance"."""
    owners = [c for c in obj.children if _owner(c, obj)]
    held = [obj]  # nouns a participle's agent may own: the object and its "of" noun
    for prep in roles.children(obj, "prep"):
        objects = roles.children(prep, "pobj")
        if prep.lower_ in _OBJECT_OWNER_PREPS:
            owners.extend(objects)
        if prep.lower_ == "of":
            held.extend(objects)
    return owners + [a for noun in held for a in _participle_agents(noun)]


def _participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of a participle on ``noun``: "remarks MADE BY Vance", "the statement issued by
    the ministry" (also for the "of" noun of an object: "the tone of remarks made by Vance")."""
    return [
        o
        for acl in roles.children(noun, "acl")
        for p in roles.children(acl, "agent")
        for o in roles.children(p, "pobj")
    ]


# acts that stand for their author as a subject: "a court ruling barred him", "a Senate vote blocked"
def authors(act: Token) -> list[Token]:
    """Who issued a ruling, decision or vote: "the court's ruling", "a Supreme Court ruling",
    "a decision by the commission"."""
    owners = [c for c in act.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_)]
    return owners + roles.prep_objects(act, "by") + roles.prep_objects(act, "of")


def _in_circumstance(token: Token, top: Token) -> bool:
    """True when ``token`` sits in a circumstance of the act rather than its content, below ``top``:
    "complete tax reform ... despite investigations of Russian meddling"."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep" and (node.lower_ in CIRCUMSTANCE_PREPS or _venue(node)):
            return True
        node = node.head
    return False


def _venue(prep: Token) -> bool:
    """True for "in"/"at" naming where a gathering meets, not who meets there: "attend the talks IN
    Muscat", "talks scheduled for Sunday IN Muscat" (``gatherings``, or a participle of one)."""
    if prep.lower_ not in ("in", "at"):
        return False
    owner = prep.head.head if prep.head.dep_ == "acl" else prep.head
    return owner.lemma_.lower() in event_words("gatherings")


_FAR_DEPS = frozenset({"pobj", "compound", "amod", "poss", "dobj"})
_FAR_TYPES = frozenset({"GPE", "NORP", "ORG"})


def fallback_targets(anchor: Token) -> tuple[list[Token], list[Token]]:
    """Where a target may hide when no slot names one, or the slot names no actor.

    ``near``: the subject of a that-clause ("demanded that the US cancel"), the owners of the
    object ("rejected an Indian proposal", "praised Haiti's efforts") and of a prepositional
    object that is not a place or time ("agreed to US mediation", "complained over Israeli
    raids"), then the addressee ("complained to the United States about a law"). ``far``:
    places and peoples deeper in the object or complement ("a tax on imports from Mexico",
    "send troops into Mexico"), then whom the complement or purpose clause is aimed at
    ("threatened to retaliate against the bloc", "to use force against protesters", "warned that it
    would retaliate against Israel") and its object ("threatened to attack Ukraine", "warned that
    it would strike the United States"), used only when they are not the source's own country.
    """
    near: list[Token] = []
    clauses = roles.children(anchor, "ccomp")
    if anchor.pos_ == "NOUN":  # "its demands that Burundi's government grant ..."
        clauses += [c for c in roles.children(anchor, "acl") if any(m.lower_ == "that" for m in c.children)]
    for comp in clauses:
        near.extend(t for t in roles.children(comp, "nsubj") if t.pos_ in ("PROPN", "NOUN"))
    objects = roles.direct_object(anchor)
    for obj in objects:
        near.extend(_object_owners(obj))
    preps = roles.children(anchor, "prep")
    topics = [
        o
        for p in preps
        for o in roles.children(p, "pobj")
        if p.lower_ in _TOPIC_PREPS
        or o.lemma_.lower() in event_words("stances")  # "in defiance of Chinese authorities"
    ]
    near.extend(o for t in topics for o in _object_owners(t))
    near.extend(roles.prep_objects(anchor, "to"))
    purposes = [c for c in roles.children(anchor, "advcl") if any(a.lower_ == "to" for a in c.children)]
    scope = [*objects, *roles.children(anchor, "xcomp"), *purposes, *topics]
    far = [
        t
        for h in scope
        for t in subtree_where(h, _FAR_DEPS, _FAR_TYPES)
        if t not in near and not _in_circumstance(t, h)
    ]
    acts = [*roles.children(anchor, "xcomp"), *purposes, *clauses]
    aimed = [o for c in acts for o in roles.prep_objects(c, "against")]
    struck = [o for c in acts for o in roles.direct_object(c)]
    complements = [*aimed, *struck]
    return near, [*far, *(t for t in complements if t not in far)]


_TAKING_PART_PREPS = frozenset({"in", "for"})
_TAKING_PART_TYPES = frozenset({"CONSULT", "COOPERATE"})
_TALKS_HELD_PREPS = frozenset({"after", "following", "during", "at"})  # talks "with" someone, held then
_BEFORE_THE_ACT = frozenset({"after", "following"})


def taking_part(noun: Token, event_type: str, verbs: set[int]) -> list[Token]:
    """The clause's subject, as one side of talks or cooperation it is in or on its way to
    ("negotiators were locked IN talks with", "senators are IN talks with", "the envoy is expected
    in Moscow FOR talks with"), whatever the verb, unless the verb is an event of its own ("met
    Abe for talks"). Not agreement: "they were in agreement that" is a shared view.

    Talks that name their other side are the subject's too when the clause tells what it did after
    or during them ("Modi spoke AFTER talks with Suu Kyi", "Trump said DURING a meeting with
    lawmakers"); after them, also when that is an event of its own ("agreed to lower tariffs after
    talks with Xi": the talks came first)."""
    prep = noun.head
    word = prep.lower_
    if event_type not in _TAKING_PART_TYPES or noun.dep_ != "pobj":
        return []
    held = word in _TALKS_HELD_PREPS and event_type == "CONSULT" and bool(roles.prep_objects(noun, "with"))
    if word not in _TAKING_PART_PREPS and not held:
        return []
    clause = prep.head
    if clause.pos_ not in ("VERB", "AUX") or (clause.i in verbs and word not in _BEFORE_THE_ACT):
        return []
    return roles.subject(clause) if held else roles.children(clause, "nsubj", "nsubjpass")


_MEETING_PREPS = frozenset({"in", "during", "at"})


def meeting_partners(noun: Token, event_type: str, own_slots: tuple[str, ...]) -> list[Token]:
    """The one a verb's act addressed, as the other side of the meeting or call it was done in:
    "asked Comey IN an Oval Office meeting", "told Aoun IN a phone call", "expressed her concerns
    TO Trump DURING a call" (the verb's subject is the first side). Only named actors count, so
    "told reporters at the summit" has none, nor has a place one goes to ("gone to China during a
    visit"); a meeting that names its own sides keeps them."""
    prep = noun.head
    if event_type != "CONSULT" or noun.dep_ != "pobj" or prep.lower_ not in _MEETING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or roles.first_filled([noun], own_slots)[0]:
        return []
    told = [
        *roles.children(verb, "dobj", "dative"),
        *(o for o in roles.prep_objects(verb, "to") if o.ent_type_ != "GPE"),
    ]
    return [a for a in told if a.ent_type_ in roles.ACTOR_ENTS]


def own_subject(noun: Token, verb: Token) -> list[Token]:
    """The clause subject a possessive pronoun points back to: "the rebels insisted on THEIR demands"."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl"):
        return []  # "the judge who ruled against HIS travel ban": not the judge's
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return []
    return roles.subject(verb)


def _object_gap(verb: Token) -> bool:
    """True when a relative clause's object is the noun it describes (no other object)."""
    return all(o.lower_ in roles.RELATIVE_PRONOUNS for o in roles.children(verb, "dobj"))


def _light_verbs_of(noun: Token, reporting: frozenset[str]) -> list[Token]:
    """The verbs that may do ``noun`` without taking it as a plain object: a passive whose subject it
    is, a passive participle after it, a relative clause whose object it is ("the deal Trump struck";
    not "the summit, which made headlines", nor a reporting verb: "a charge that Comey declared
    without foundation" judges the charge)."""
    found = [noun.head] if noun.dep_ == "nsubjpass" else []
    for verb in noun.children:
        if (verb.dep_ == "acl" and verb.tag_ == "VBN") or (
            verb.dep_ == "relcl" and verb.lemma_.lower() not in reporting and _object_gap(verb)
        ):
            found.append(verb)
    return found


def _claimed(noun: Token) -> Token | None:
    """The verb that claims ``noun`` as its subject's act: "the group CLAIMED responsibility for the
    attack", "took credit for the raid" (``claiming_verbs``, ``credit_nouns``); "no group has claimed"
    claims nothing."""
    prep = noun.head
    credit = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if credit.lemma_.lower() not in event_words("credit_nouns"):
        return None
    verb = credit.head
    if credit.dep_ != "dobj" or verb.lemma_.lower() not in event_words("claiming_verbs"):
        return None
    if any(determined_by_no(s) for s in roles.children(verb, "nsubj")):
        return None
    return verb


def doers_through_verb(
    noun: Token, light_verbs: frozenset[str], reporting: frozenset[str], verbs: set[int]
) -> tuple[list[Token], Token | None]:
    """Who does a noun event through a verb that does not take it as a plain object, and that verb:
    the agent of a light verb's passive ("the offensive is being carried out by Iraqi troops") or
    participle ("a demand made by Iran"), the subject of a light verb's relative clause ("the
    agreement Sanders reached with Corker", "talks he had with"; a present "have" is a state: "the
    concern we have"), or who claims the act ("Islamic State claimed responsibility for the attack").
    A verb that is an event of the rules (``verbs``) carries its own frame."""
    claimed = _claimed(noun)
    if claimed is not None:
        return roles.subject(claimed), claimed
    for verb in _light_verbs_of(noun, reporting):
        if verb.pos_ != "VERB" or verb.i in verbs or not light_verbs.intersection(phrasal.phrasal_keys(verb)):
            continue
        if verb.lemma_.lower() == "have" and verb.tag_ not in ("VBD", "VBN"):
            continue
        doers = [  # not a date: "an agreement could be reached BY MID-AUGUST"
            d
            for d in roles.subject(verb)
            if d.i != noun.i and d.lower_ not in roles.RELATIVE_PRONOUNS and d.ent_type_ not in TIME_ENTS
        ]
        if doers:
            return doers, verb
    return [], None


def occurring_verb(noun: Token, verbs: set[int]) -> Token | None:
    """The verb that says when and where ``noun`` happens, whose clause then dates, places and
    qualifies it: "talks TOOK PLACE in Istanbul on Tuesday", "negotiations WILL RESUME on Friday",
    "the meeting WAS HELD in Ankara" (``occurrence_verbs`` with the event as subject,
    ``occurrence_passives`` with it as passive subject). A verb the rules code (``verbs``) has its
    own frame."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i in verbs:
        return None
    if noun.dep_ == "nsubjpass":
        return verb if verb.lemma_.lower() in event_words("occurrence_passives") else None
    if noun.dep_ != "nsubj":
        return None
    objects = (f"{verb.lemma_.lower()} {o.lower_}" for o in roles.direct_object(verb))  # "take place"
    keys = [*phrasal.phrasal_keys(verb), *objects]
    return verb if event_words("occurrence_verbs").intersection(keys) else None


def reciprocal_verb(verb: Token) -> bool:
    """A verb whose subjects act on each other ("Indian and Pakistani troops TRADED fire", "Thai and
    Cambodian troops CLASHED", "have FOUGHT three wars"; not "FOUGHT the rebels")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in event_words("contending_verbs"):
        return all(o.lemma_.lower() in event_words("struggles") for o in roles.children(verb, "dobj"))
    return lemma in event_words("reciprocal_verbs")


def is_weapon(head: Token) -> bool:
    """A weapon named as the doer of an attack ("a landmine", "a drone"), not a force that uses one."""
    return head.lemma_.lower() in event_words("weapon_agents")


def implied_agent(agents: Mapping[str, str], verb: Token, sense: Sense) -> str | None:
    """The sector of the agent an agentless passive leaves out ("was charged": a court), "" when
    its kind is unknown ("were killed"), None when the act has no typical agent."""
    for key in (verb.lemma_.lower(), sense.mode, sense.type):
        if key is not None and key in agents:
            return agents[key]
    return None


_REACHING_TYPES = frozenset({"ASSAULT", "COERCE"})


def acted_on(noun: Token, sense: Sense, verbs: set[int]) -> list[Token]:
    """The object of the verb an attack or a use of force is the subject of, when the rules code no
    event of that verb ("Turkish air strikes POUNDED Kurdish fighters", "a tightening siege has
    pushed people to the verge of famine"): whom the act reaches. [] for other acts, whose verb's
    object is often someone else ("the U.S. sanctions harmed European companies": the sanctions
    are on Russia), for a verb the rules code ("the strikes killed 20": its own frame) and for a
    verb of saying."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i in verbs or sense.type not in _REACHING_TYPES:
        return []
    if verb.lemma_.lower() in event_words("verbal_acts"):
        return []
    return roles.direct_object(verb)
