"""Who acts on whom in one event frame: :func:`event_actors` fills the named sides from the resolved
argument heads (actors stage); :func:`placed_actors` completes them by the coding conventions once
the event's place is known (places stage; see actors/conventions.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.actors.conventions import (
    implicit_actors,
    implied_country,
    moved_to,
    only_country,
    settled,
    unnamed_agent,
    with_country,
)
from eventwire.actors.phrase import conjuncts
from eventwire.actors.words import actor_words
from eventwire.events import roles
from eventwire.events.decide import of_the_state
from eventwire.events.ontology import is_joint
from eventwire.models import Actor

if TYPE_CHECKING:
    from eventwire.events.frames import EventFrame
    from eventwire.events.lexicon import Sense


def _identity(actor: Actor) -> tuple[str | None, str | None]:
    """What makes two mentions one actor: its name (else its words) and its code."""
    return actor.name or actor.text, actor.code


def _without(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    """``actors`` but those of ``others``, also when named again in other words ("France and the
    United States urged both sides": "both sides" are not France and the United States)."""
    taken = {_identity(a) for a in others}
    return [a for a in actors if _identity(a) not in taken]


def _distinct(actors: list[Actor]) -> list[Actor]:
    """``actors`` with each one once, also when two of its phrases name it ("slammed Trump's latest
    comments": the comments' owner and Trump)."""
    seen: set[tuple[str | None, str | None]] = set()
    kept = []
    for actor in actors:
        if _identity(actor) not in seen:
            seen.add(_identity(actor))
            kept.append(actor)
    return kept


def _first_other(
    tokens: list[Token], resolved: dict[int, list[Actor]], excluded: Callable[[Actor], bool]
) -> list[Actor]:
    """The first resolved actor among ``tokens`` that is not ``excluded``."""
    for token in tokens:
        for actor in resolved.get(token.i, []):
            if not excluded(actor):
                return [actor]
    return []


def _joint_pair(frame: EventFrame, source: list[Actor]) -> bool:
    """True for a joint act whose named source holds actors of two countries or more ("France and
    Germany held talks"): the wire gold's convention codes one as the source, the rest as target."""
    countries = {a.country for a in source if a.country}
    return is_joint(frame.sense.type, frame.sense.cameo) and len(source) > 1 and len(countries) > 1


_RECIPROCALS = (frozenset({"each", "other"}), frozenset({"one", "another"}))


def _reciprocal(token: Token) -> bool:
    """True for "each other" and "one another" (the parser heads either word)."""
    words = {token.lower_} | {c.lower_ for c in token.children if c.dep_ == "det"}
    return any(pair <= words for pair in _RECIPROCALS)


def _split(source: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    return source[:1], source[1:]


def event_actors(frame: EventFrame, resolved: dict[int, list[Actor]]) -> None:
    """Fill ``frame.source``, ``frame.target`` and ``frame.attribution_actor`` from ``resolved``
    (actors by token index): a reporting speaker stands for a pronoun source, a passive's left-out
    agent for a missing one; a missing target falls back to the frame's near, then far candidates."""
    source = [a for t in frame.source_heads for a in resolved.get(t.i, [])]
    speaker = frame.attribution.head
    if not source and speaker is not None and any(_speaker_pronoun(t, speaker) for t in frame.source_heads):
        source = list(resolved.get(speaker.i, []))
    elif source and speaker is not None and _speaker_among(frame.source_heads):
        named = {a.country for a in source}  # "'Xi and I discussed ways,' Trump said": Trump too
        source += [a for a in resolved.get(speaker.i, []) if a.country not in named]
    if not source and frame.implied_agent is not None:
        source = unnamed_agent(frame.implied_agent)
    target = _distinct([a for t in frame.target_heads for a in resolved.get(t.i, [])])
    named_target = bool(target)
    if frame.split_pair and len(source) > 1 and not target:
        source, target = _split(source)  # "clashes between X and Y"
    target = _without(target, source)
    mutual = (frame.mutual and not is_joint(frame.sense.type, frame.sense.cameo)) or any(
        _reciprocal(t) for t in frame.target_heads
    )  # "exchanged views" is joint: one side with the other
    if not target and len(source) > 1 and mutual:
        target, named_target = list(source), True  # "Armenia and Azerbaijan accused each other"
    own = {(a.text, a.code) for a in source} | {_identity(a) for a in source}
    countries = {a.country for a in source if a.country}
    if not target:  # nor the source named again in other words: "Xi said HE had talks with Trump"
        target = _first_other(
            frame.fallback_heads,
            resolved,
            lambda a: (
                not own.isdisjoint({(a.text, a.code), _identity(a)})
                or (a.code == a.country and a.country in countries)
            ),
        )
    if not target:
        sectors = {a.sector for a in source} | {None, "MIL"}
        target = _first_other(
            frame.fallback_foreign, resolved, lambda a: a.country in countries and a.sector in sectors
        )
    if target and not named_target and _joint_pair(frame, source):
        source, target = _split(source)  # "X and Y discussed Syria": X with Y, not with Syria
    frame.source, frame.target = source, target
    head = frame.attribution.head
    if head is not None and resolved.get(head.i):
        frame.attribution_actor = settled(resolved[head.i][:1])[0]  # a speaker is placed by no act


def own_side_warning(frame: EventFrame) -> None:
    """A caution about the source's own side ("Trump warned that the United States might take
    additional measures") is a threat, aimed at whom the places stage finds (the sentence's one other
    country, "against Venezuela"): ``frame.own_side_sense`` with no target."""
    if frame.own_side_sense is None or not frame.target:
        return
    own = {a.country for a in frame.source if a.country}
    if own and all(a.country in own for a in frame.target):
        frame.sense, frame.target = frame.own_side_sense, []


_NON_PERSONAL = frozenset({"it", "that", "which", "this"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def act_noun_types(nouns: Mapping[str, Sequence[Sense]]) -> dict[str, frozenset[str]]:
    """The types the event lexicon gives each noun, a multiword noun's under its last word too
    ("exercise": MOBILIZE from "military exercise"), for :func:`named_act_agent`."""
    found: dict[str, set[str]] = {}
    for key, senses in nouns.items():
        for word in {key, key.split()[-1]}:
            found.setdefault(word, set()).update(s.type for s in senses)
    return {word: frozenset(types) for word, types in found.items()}


def named_act_agent(
    head: Token, earlier: list[EventFrame], noun_types: Mapping[str, frozenset[str]], own: set[str]
) -> list[Actor]:
    """Who did the act a definite noun names again: the source of :func:`named_act`'s event, or []."""
    act = named_act(head, earlier, noun_types, own)
    return list(act.source) if act is not None else []


def named_act(
    head: Token, earlier: list[EventFrame], noun_types: Mapping[str, frozenset[str]], own: set[str]
) -> EventFrame | None:
    """The event a definite noun names again: "condemned the exercises" after "China launched
    drills", "called the move unfair" after "Trump imposed a tariff". The latest earlier event,
    before ``head``, whose trigger (or the trigger's object: "signed a deal" is "the deal") has the
    noun's lemma or a type the lexicon gives the noun (any type for a noun of ``act_nouns``: "the
    move", "the decision"), which is asserted or planned (not only weighed, feared or denied), and
    whose source is named and of no country of ``own``, the source of the event at hand; None when
    ``head`` is not such a noun (one with an owner or a modifier that names an actor: "Pyongyang's
    launch", "the Chinese drills", "the launch by Iran") or no earlier event fits."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not _definite(head):
        return None
    if any(c.dep_ == "poss" or c.ent_type_ in _NAMED or c.lower_ in ("by", "of") for c in head.children):
        return None
    types = noun_types.get(lemma, frozenset())
    generic = lemma in actor_words("act_nouns")
    deed = lemma in actor_words("deed_nouns")
    for frame in reversed(earlier):
        countries = {a.country for a in frame.source if a.country}
        named = any(a.text or a.country or a.code for a in frame.source)  # an unnamed agent tells nothing
        if frame.trigger.i >= head.i or not named or countries & own:
            continue
        if frame.factuality not in _DONE:  # "until Moscow agreed": no act to name again
            continue
        if deed and frame.sense.type in _WORDS_ONLY:
            continue
        if generic or lemma in _act_words(frame.trigger) or frame.sense.type in types:
            return frame
    return None


def _definite(noun: Token) -> bool:
    """A noun with a definite determiner, its own or the word before it (the parser may hang "the" on
    a quoted adjective after the noun: "called the suspension 'unacceptable'")."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    own = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    return own or (before is not None and before.dep_ == "det" and before.lower_ in _DEFINITE)


def within_named_act(frame: EventFrame, earlier: list[EventFrame]) -> bool:
    """Give an attack that a passive with no agent names again, by the same word, in its "in" phrase
    the sides of that attack: "26 civilians had been killed IN THE STRIKES" after "India struck nine
    sites in Pakistan" is India's (as "the strikes killed" is: :func:`named_act_agent`), and its
    victims, of no country named, are of the country struck. Only the act's own word counts, not its
    type ("killed in the attack" after "refugees fled the fighting" names nothing). False, changing
    nothing, for any other frame."""
    if frame.implied_agent != "" or frame.sense.type != "ASSAULT":
        return False
    for noun in roles.prep_objects(frame.trigger, "in"):
        if noun.lemma_.lower() in actor_words("act_nouns"):
            continue
        act = named_act(noun, earlier, {}, set())
        if act is not None:
            frame.source, frame.implied_agent = list(act.source), None
            frame.target = moved_to(frame.target, only_country(act.target))
            return True
    return False


def within_adjoined_act(frame: EventFrame, earlier: list[EventFrame]) -> bool:
    """Give the victims of an attack told by a participle hung on another attack ("air strikes hit
    Gaza City, KILLING 30 people", "missiles struck the Polish town of Przemysl, KILLING three
    people") the country of that attack's target when the text names none of their own (a
    :class:`StoryActor`, given the story's country for want of a better one; unchanged when that
    target has no one country). False, changing nothing, for any other frame."""
    trigger = frame.trigger
    if frame.sense.type != "ASSAULT" or trigger.dep_ != "advcl" or trigger.tag_ != "VBG":
        return False
    return _struck_by(frame, next((f for f in reversed(earlier) if f.trigger.i == trigger.head.i), None))


def struck_by_named_act(
    frame: EventFrame, earlier: list[EventFrame], noun_types: Mapping[str, frozenset[str]]
) -> bool:
    """Give the victims of an attack whose subject names an earlier attack again ("said THE STRIKES
    killed civilians" after "India launched missile strikes on Pakistan") the country that attack
    struck when the text names none of their own (as :func:`within_adjoined_act`). False, changing
    nothing, for any other frame."""
    heads = frame.source_heads[:1]
    if frame.sense.type != "ASSAULT" or not heads or heads[0].head.i != frame.trigger.i:
        return False
    return _struck_by(frame, named_act(heads[0], earlier, noun_types, set()))


def _struck_by(frame: EventFrame, act: EventFrame | None) -> bool:
    """Give the frame's victims of no named country the country ``act``, an attack, struck (each
    :class:`StoryActor` moved; unchanged when that target has no one country), and remember the
    attack as the frame's ``named_attack`` for the places stage (:func:`struck_victims`). False,
    changing nothing, when ``act`` is None or no attack."""
    if act is None or act.sense.type != "ASSAULT":
        return False
    frame.target = moved_to(frame.target, only_country(act.target))
    frame.named_attack = act
    return True


_WORDS_ONLY = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})  # acts a deed noun does not name
_DONE = frozenset({"asserted", "planned"})  # acts done or announced, which a definite noun can name
_RELATIVES = frozenset({"which", "that"})


def denied_accuser(
    frame: EventFrame, earlier: list[EventFrame], denials: frozenset[str], claims: frozenset[str]
) -> list[Actor]:
    """Whom a denial told in a relative clause answers: the source of the accusation the clause
    hangs on ("Congo accused Rwanda of backing M23, WHICH Kigali denies", "..., a charge Kigali
    denies": Congo). The denial is a relative clause of a verb of ``denials`` whose object is the
    relative pronoun or is left out; its antecedent is in the accusation (or is a noun of ``claims``
    set beside it); the accusation is the latest of ``earlier`` whose trigger governs it. [] when
    the frame is no such denial or no accusation fits."""
    verb = frame.trigger
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in denials:
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if any(c.lower_ in _RELATIVES and c.dep_ != "dobj" for c in objects):
        return []  # "a minister WHO denies the charge": the relative is its subject
    if any(c.dep_ == "dobj" and c.lower_ not in _RELATIVES for c in objects):
        return []
    antecedent = verb.head
    if antecedent.lemma_.lower() in claims:
        antecedent = antecedent.head
    governing = {antecedent.i, *(a.i for a in antecedent.ancestors)}
    for accusation in reversed(earlier):
        if accusation.sense.type == "ACCUSE" and accusation.trigger.i in governing and accusation.source:
            return list(accusation.source)
    return []


def answered_accuser(frame: EventFrame, earlier: list[EventFrame]) -> list[Actor]:
    """Whom a denial (``charge_answers``) answers when it names no one of another side: the source
    of the latest of ``earlier`` accusations aimed at the denier's country ("Ukraine accused Russia
    of shelling a hospital. Moscow denied targeting civilians": Ukraine), as the wire gold codes a
    denial of a named actor's charge (REJECT, the accuser as target). A target taken from inside the
    denied act ("denied targeting CIVILIANS") is of the denier's own country or none; a target of
    another country ("denied the claims BY UKRAINE") is kept. [] when the frame is no such denial
    or no accusation fits."""
    verb = frame.trigger
    answers = actor_words("charge_answers")
    if frame.sense.type != "REJECT" or frame.sense.cameo != "120" or verb.lemma_.lower() not in answers:
        return []
    own = {a.country for a in frame.source if a.country}
    if not own or any(a.country not in own for a in frame.target):
        return []
    codes = {a.code for a in frame.source}
    for accusation in reversed(earlier):
        if accusation.sense.type != "ACCUSE" or accusation.factuality not in _DONE or not accusation.source:
            continue
        accused = {a.country for a in accusation.target}
        if accused & own and not {a.code for a in accusation.source} <= codes:
            return list(accusation.source)
    return []


def _act_words(trigger: Token) -> set[str]:
    """The words a later noun may name an act by: its trigger's, or its trigger's object's ("signed
    a deal" is "the deal", "imposed tariffs" is "the tariffs")."""
    return {trigger.lemma_.lower(), *(c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj")}


def assumed_source(heads: list[Token], country: str | None) -> list[Actor]:
    """The source of an event whose named source the coder cannot place: a proper name, a personal
    pronoun ("he", "they", "I" in a quote) or a common noun ("the committee", "the bill's authors",
    "investigators", "the plan") that no dictionary, article memory or speaker resolves is taken to
    be of ``country``, the story's country (none without one): the wire gold gives such sources that
    country about a third of the time (docs/accuracy.md, Session 13). "It", "that" and "which" are
    not: they stand for anything. The actors stage marks such a frame ``source_assumed``, which
    lowers its confidence."""
    if country is None or not heads:
        return []
    head = heads[0]
    if head.pos_ in ("PROPN", "NOUN") or (head.pos_ == "PRON" and head.lower_ not in _NON_PERSONAL):
        return [Actor(text=head.text, country=country, code=country)]
    return []


def home_names(actors: list[Actor], country: str | None) -> list[Actor]:
    """Names the coder knows nothing of ("Diane Shima Rwigara": no country, sector or code) taken to
    be of ``country``, the story's country, as an unplaced source is (:func:`assumed_source`)."""
    if country is None:
        return actors
    return [
        a.model_copy(update={"country": country, "code": country})
        if a.text and a.country is None and a.sector is None and a.code is None
        else a
        for a in actors
    ]


def struck_victims(frame: EventFrame) -> list[Actor]:
    """The frame's target, its victims of no named country settled in the country its
    ``named_attack`` struck, now that the places stage has given that attack its whole target
    ("strikes on nine sites in Pakistan"), so that a dateline does not move them to its own."""
    attack = frame.named_attack
    country = only_country(attack.target) if attack is not None else None
    return settled(moved_to(frame.target, country)) if country is not None else frame.target


def placed_actors(
    frame: EventFrame, dateline_country: str | None = None, named: list[str] | None = None
) -> bool:
    """Apply the conventions for implicit actors to a located frame of an article whose dateline is
    in ``dateline_country`` and whose sentence names the countries ``named``; False when the event
    cannot be coded (its left-out agent has no country and the frame names no other source), except
    an attack on a victim of known country: its attacker stays unnamed (no source)."""
    if frame.implied_agent:  # police, courts: of where they act, else the story's; not of those they act on
        place = frame.location
        here = place.country if place is not None and place.source == "clause" else None
        frame.source = with_country(frame.source, here or dateline_country)
    frame.target = _in_jurisdiction(frame)
    aimed_at = implied_country(dateline_country, named or [], frame.source)
    frame.target = _not_self_threat(frame, aimed_at)
    untargeted = not frame.target
    frame.source, frame.target = implicit_actors(
        frame.source, frame.target, frame.sense.type, frame.location, aimed_at, dateline_country
    )
    if untargeted and frame.target and _joint_pair(frame, frame.source):
        frame.source, frame.target = _split(frame.source)  # "X and Y met": X with Y, not the story's country
    if frame.implied_agent is None or any(a.country or (a.text and a.code) for a in frame.source):
        return True
    if _unnamed_attacker(frame):
        frame.source = []
        return True
    return False


def _not_self_threat(frame: EventFrame, aimed_at: str | None) -> list[Actor]:
    """The frame's target, or none where a threat's every target is its source named again and the
    sentence names another country to aim it at ("China's foreign ministry warned that Beijing would
    take resolute measures if the United States insisted": not a threat of China to itself)."""
    codes = {a.code for a in frame.source if a.code and a.country}
    own = {a.country for a in frame.source}
    if frame.sense.type != "THREATEN" or not codes or not frame.target or aimed_at in (None, *own):
        return frame.target
    return [] if all(a.code in codes for a in frame.target) else frame.target


def _in_jurisdiction(frame: EventFrame) -> list[Actor]:
    """The frame's target, where a legal act (an arrest, a charge, a conviction) by the organs of one
    state falls on a group of no named country that the actors stage gave the story's country for
    want of a better one (a :class:`StoryActor`) and no place of the clause moves: that group is of
    the acting state ("Malian authorities arrested dozens of protesters" in a NIAMEY story)."""
    legal = "legal" in (frame.sense.context or "").split(";")
    here = frame.location is not None and frame.location.source == "clause"
    state = bool(frame.source) and of_the_state(frame)
    if not legal or here or not state:
        return frame.target
    return moved_to(frame.target, only_country(frame.source))


def _unnamed_attacker(frame: EventFrame) -> bool:
    """An attack whose attacker the text does not name, not even by kind, on a victim of known
    country ("a car bomb killed three soldiers", "five U.N. troops were wounded"): event data codes
    it with no source, on its type and target alone (the wire gold's convention)."""
    unknown = frame.implied_agent == "" and frame.sense.type == "ASSAULT"
    return unknown and any(a.country for a in frame.target)


_FIRST_PERSON = frozenset({"i", "we"})


def _speaker_among(heads: list[Token]) -> bool:
    """True for a first person coordinated with a named source ("Xi and I", "they and we")."""
    return any(c.lower_ in _FIRST_PERSON and c.pos_ == "PRON" for h in heads for c in h.conjuncts)


def _speaker_pronoun(token: Token, speaker: Token) -> bool:
    """A pronoun that can stand for the one who reports the event ("it said it would", "rebels
    said they would", "a group said they would"); "they" after a named person is the people
    talked about ("they kept firing", imam Mohamed Abdel Fattah said), but after several names
    it is them ("Mali, Burkina Faso and Niger announced they would quit")."""
    if token.pos_ != "PRON":
        return False
    plural = token.lower_ in ("they", "them")
    return not plural or speaker.ent_type_ != "PERSON" or len(conjuncts(speaker)) > 1
