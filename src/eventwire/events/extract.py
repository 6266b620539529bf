"""Match lexicon triggers in a parsed sentence and build event frames with their argument heads.

Verb triggers take their arguments from the slots their sense names. Light verbs ("hold", "impose")
hand over to their object noun ("hold talks", "impose sanctions") unless one of their own senses has
a constraint that holds ("sign an agreement"). A trigger that only completes another trigger
("threatened to send troops", "met ... to discuss") is not an event of its own: it selects the sense
of the governing trigger. Nominal events stand alone when a modifier names their actor
("Israeli air strikes on Gaza", "talks between Trump and Pena Nieto").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.attribution import AttributionLexicon, find_attribution
from eventwire.events import phrasal, roles
from eventwire.events.commitments import act_type, as_threat
from eventwire.events.conditions import holds, holds_for_noun
from eventwire.events.decide import noun_sense, verb_sense
from eventwire.events.evaluations import find_evaluations, own_conjuncts
from eventwire.events.factuality import denies_a_named_claim, factuality
from eventwire.events.fallbacks import (
    CIRCUMSTANCE_PREPS,
    NOMINAL_SOURCE_DEPS,
    acted_on,
    authors,
    doers_through_verb,
    fallback_targets,
    implied_agent,
    is_weapon,
    meeting_partners,
    occurring_verb,
    own_subject,
    reciprocal_verb,
    taking_part,
)
from eventwire.events.frames import EventFrame, mark_embedded, without_echoes, without_mishaps
from eventwire.events.lexicon import Lexicon, Sense
from eventwire.events.measures import measure_preps, objects_through_containers
from eventwire.events.nonevents import (
    asks_question,
    background_state,
    campaign_event,
    ended_agreement,
    is_idiom,
)
from eventwire.events.obligations import conditional, find_obligations
from eventwire.events.ontology import JOINT_TYPES
from eventwire.events.reactions import reacting_actors
from eventwire.events.refusals import as_refusal
from eventwire.events.words import event_words
from eventwire.spans import is_to_infinitive, sentence_of, subtree_set, tokens_where

_DEFAULT_TARGET = ("object", "dative")
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})
_BACKGROUND_PREPS = CIRCUMSTANCE_PREPS | {"since", "after", "amid", "because", "following"}
_TOPIC_ONLY_PREPS = frozenset({"into", "about", "over", "against", "of"})  # "a hearing into the killings"


def _relative_clauses(heads: list[Token], verb: Token) -> set[int]:
    """The tokens of relative clauses on the phrases a judgement is about, but for one that makes
    the judgement ("the deal, which Trump has branded the worst ever"): what they tell is the
    writer's, not the judgement's content ("a vocal critic of Boehner, who resigned in 2015")."""
    clauses = [c for head in heads for c in head.children if c.dep_ == "relcl"]
    return {i for c in clauses if verb.i not in (told := subtree_set(c)) for i in told}


def _first_bare_conjunct(token: Token) -> Token:
    """The first of a run of conjoined verbs that share one subject and tense ("to halt the
    offensive and withdraw"); a conjunct with its own subject or tense is a clause of its own."""
    while token.dep_ == "conj" and token.head.i < token.i:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if own_subject or token.tag_ != token.head.tag_:
            break
        token = token.head
    return token


# received acts whose sender may go unnamed ("Seoul has faced criticism", "will face charges"); the
# support, battles and attacks one gets or faces are often figures of speech ("get approval",
# "faces an uphill battle") and need a named sender
_UNNAMED_SENDER_TYPES = frozenset({"ACCUSE"})
_UNNAMED_OCCURRENCES = {"PROTEST": "CVL"}  # the doers of events a verb of occurring tells unnamed
_GIVEN_TYPES = frozenset({"SUPPORT", "AID"})  # acts whose noun's owner or "of" phrase gives them


class EventExtractor:
    """Finds event frames in sentences using one :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon, attribution: AttributionLexicon) -> None:
        self.lexicon = lexicon
        self.attribution = attribution
        self.reporting = attribution.reporting_verbs
        # "ten days of war games", "tons of aid", "$73 million in aid"
        self.measures = lexicon.containers | event_words("spans_of_time") | event_words("sums_of_money")

    def verb_senses(self, token: Token) -> tuple[str, tuple[Sense, ...]] | None:
        if token.pos_ != "VERB":
            return None
        for key in phrasal.phrasal_keys(token):
            senses = self.lexicon.trigger_verbs.get(key)
            if senses:
                return None if is_idiom(token, self.lexicon) else (key, senses)
        return None

    def noun_senses(self, token: Token) -> tuple[Sense, ...] | None:
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in roles.ACTOR_ENTS:
            return None
        senses = self._noun_senses(token)
        if senses is None or is_idiom(token, self.lexicon) or campaign_event(token) or ended_agreement(token):
            return None  # "a request for comment", "a Trump rally", "tore up the deal"
        return senses

    def _noun_senses(self, token: Token) -> tuple[Sense, ...] | None:
        lemma = token.lemma_.lower()
        compounds = roles.children(token, "compound")
        for comp in [*compounds, *roles.children(token, "amod")]:  # "air strike", "military exercise"
            senses = self.lexicon.nouns.get(f"{comp.lemma_.lower()} {lemma}")
            if senses:
                return senses
        own = self.lexicon.trigger_nouns.get(lemma)
        if own or lemma not in self.lexicon.containers:
            return own
        # a container named by its kind: "a mediation mission", "mediation efforts"
        return next(
            (
                self.lexicon.nouns[c.lemma_.lower()]
                for c in compounds
                if c.lemma_.lower() in self.lexicon.nouns
            ),
            None,
        )

    def _choose_verb_sense(self, token: Token, senses: tuple[Sense, ...], key: str) -> Sense | None:
        light = key in self.lexicon.light_verbs

        def yields() -> bool:
            objects = objects_through_containers(token, self.measures)
            return light and any(self.noun_senses(o) for o in objects)

        reporting = token.lemma_.lower() in self.reporting  # "declared a state of siege", not "declared that"
        containers = self.lexicon.containers
        return verb_sense(
            senses,
            lambda when: holds(when, token, containers, self.lexicon.nouns if light else ()),
            constrained_only=reporting or asks_question(token),
            yields=yields,
        )

    def _easing(self, verb: Token) -> Sense | None:
        """The sense "ease" gives a lessening verb's object ("slashed the tariffs", "lowered duties on
        Chinese goods": an easing of sanctions), for ``easing_verbs`` whose own senses read no event."""
        if (
            verb.pos_ != "VERB"
            or verb.lemma_.lower() not in event_words("easing_verbs")
            or is_idiom(verb, self.lexicon)
        ):
            return None
        containers = self.lexicon.containers
        eased = self.lexicon.verbs.get("ease", ())
        return verb_sense(eased, lambda when: holds(when, verb, containers), constrained_only=True)

    def _urging(self, verb: Token) -> Sense | None:
        """A verb that dares or pushes someone to act ("challenged Republican leaders TO WITHDRAW
        support", "pushed Cuba TO IMPROVE human rights"; ``urging_verbs``) demands it
        of its object as a party wanting another to act does (the ``desires`` sense); the act is its
        content."""
        desires = self.lexicon.desires
        if desires is None or verb.lemma_.lower() not in event_words("urging_verbs"):
            return None
        objects = roles.children(verb, "dobj")
        named = any(o.ent_type_ in roles.ACTOR_ENTS for o in objects)
        deps = ("xcomp", "advcl") if named else ("xcomp",)  # the parser may take the act for a purpose
        if not objects or not any(is_to_infinitive(c) for c in roles.children(verb, *deps)):
            return None
        return replace(desires.sense, target=("object",))

    def _threat_of(self, verb: Token, sense: Sense, chosen: Mapping[int, Sense]) -> Sense:
        """A commitment to a violent or coercive act is a threat of it (events/commitments.py)."""

        def noun_type(noun: Token) -> str | None:
            senses = self.noun_senses(noun)
            found = noun_sense(senses, lambda when: holds_for_noun(when, noun)) if senses else None
            return found.type if found else None

        return as_threat(
            verb, sense, self.lexicon, lambda act: act_type(act, chosen, self.lexicon, noun_type)
        )

    def _is_complement(self, token: Token, triggers: set[int]) -> bool:
        """True when ``token`` only completes a governing trigger ("threatened to send", "sent troops to
        attack"), alone or as a bare conjunct of one ("urged Israel to halt the offensive and WITHDRAW").
        A participial adjunct is an act of its own ("cut ties with Qatar, accusing it of ...")."""
        token = _first_bare_conjunct(token)
        head = token.head
        if head == token or head.i not in triggers or head.lemma_.lower() in self.reporting:
            return False
        if denies_a_named_claim(head, token):
            return False  # "X threatened ..., a charge Pretoria denies": the clause is the news
        if token.dep_ in _COMPLEMENT_DEPS:
            return True
        return token.dep_ == "advcl" and is_to_infinitive(token)

    def sentence_frames(self, sent: Span) -> list[EventFrame]:
        chosen: dict[int, Sense] = {}
        for token in tokens_where(sent, pos=("VERB",)):  # verb_senses takes no other word
            match = self.verb_senses(token)
            sense = self._choose_verb_sense(token, match[1], match[0]) if match else None
            sense = sense or self._easing(token) or self._urging(token)
            if sense is not None:
                chosen[token.i] = sense
        chosen = {i: self._threat_of(sent.doc[i], sense, chosen) for i, sense in chosen.items()}
        frames = [
            self._verb_frame(sent.doc[i], sense)
            for i, sense in chosen.items()
            if not self._is_complement(sent.doc[i], set(chosen))
        ]
        used = {f.trigger.i for f in frames} | set(chosen)
        for token in tokens_where(sent, pos=("NOUN", "PROPN")):  # noun_senses takes no other word
            if token.i in used:
                continue
            senses = self.noun_senses(token)
            if senses:
                frame = self._noun_frame(token, senses, set(chosen))
                if frame is not None:
                    frames.append(frame)
        frames = self._with_obligations(sent, without_mishaps(without_echoes(frames)))
        return mark_embedded(self._with_evaluations(sent, frames))

    def _with_obligations(self, sent: Span, frames: list[EventFrame]) -> list[EventFrame]:
        """Replace the events inside "X said Y must ..." clauses by X's demand on Y, those inside
        "X warned that Y would regret ..." by X's threat to Y, those inside "X warned that Y could ..."
        by X's criticism of Y (unless the clause holds a condition), and those inside "X wants Y to
        ..." or "X insisted that Y withdraw" by X's demand on Y (only the lexicon's own verbs govern
        cautions, desires and mandates, not reporting verbs)."""
        lex = self.lexicon
        for cues in (lex.obligations, lex.forewarnings, lex.cautions, lex.desires, lex.mandates):
            if cues is None:
                continue
            reporting = self.reporting if cues is lex.obligations or cues is lex.forewarnings else frozenset()
            caution = cues is lex.cautions
            for found in find_obligations(sent, cues, reporting):
                if caution and conditional(found.clause):
                    continue  # "their security could be affected if ...": a warning of the cost is a threat
                inside = subtree_set(found.clause)
                frames = [f for f in frames if f.anchor.i not in inside and f.trigger.i != found.trigger.i]
                frame = self._frame(found.trigger, found.trigger, cues.sense, found.sources, found.targets)
                if caution and lex.forewarnings is not None and not roles.is_passive(found.clause):
                    frame.own_side_sense = lex.forewarnings.sense  # "warned that the U.S. might act"
                frames.append(frame)
        return frames

    def _with_evaluations(self, sent: Span, frames: list[EventFrame]) -> list[EventFrame]:
        """Add "X said Y's plan was a disgrace" / "X called Y a traitor" judgements; event words
        inside the judgement ("called the incident an attack") are its content, not events. A verb
        that is an event word of its own ("condemned the strike as a violation") makes an event
        even when what it judges is a thing, as it does without the predicate. A one-sided act a
        naming verb judges ("called the trial a witch hunt") is blamed on its doer, found or implied,
        like the act of any other event; a joint one ("described the talks as a failure") is not."""
        cues = self.lexicon.evaluations
        if cues is None:
            return frames
        obligations = self.lexicon.obligations
        speech = self.reporting | (obligations.speech_verbs if obligations else frozenset())
        coded = frozenset(i for f in frames for i in (f.anchor.i, f.trigger.i))
        verb_triggers = frozenset(f.trigger.i for f in frames if not f.nominal)
        for found in find_evaluations(sent, cues, speech, coded):
            inside = subtree_set(found.predicate) - own_conjuncts(found.predicate)
            inside.add(found.verb.i)  # "described the raid as ...": the raid is not the speaker's
            rejected = found.sense is cues.rejection_sense  # "called the allegations absurd"
            if rejected:
                inside |= set().union(*(subtree_set(head) for head in found.targets))
            if found.sense is cues.necessity_sense:  # "it is critical that Congress PASS the bill"
                inside |= subtree_set(found.targets[0].head)
            inside -= _relative_clauses(found.targets, found.verb)  # "a critic of Boehner, WHO RESIGNED"
            frames = [f for f in frames if not {f.anchor.i, f.trigger.i} & inside]
            frame = self._frame(found.trigger, found.verb, found.sense, found.sources, found.targets)
            named_act = found.trigger.i == found.verb.i and any(
                self._one_sided_act(h) for h in found.targets[:1]
            )
            frame.judgement = not rejected and found.verb.i not in verb_triggers and not named_act
            frames.append(frame)
        return frames

    def _one_sided_act(self, noun: Token) -> bool:
        """A noun of an act one side does to another ("the trial", "the tariffs"), not of a joint
        one ("the talks", "the deal")."""
        types = {s.type for s in self.noun_senses(noun) or ()}
        return bool(types) and not types & JOINT_TYPES

    def _frame(
        self,
        trigger: Token,
        anchor: Token,
        sense: Sense,
        sources: list[Token],
        targets: list[Token],
        nominal: bool = False,
        split_pair: bool = False,
    ) -> EventFrame:
        near, far = fallback_targets(anchor)
        sense, fact = as_refusal(sense, factuality(anchor, trigger, self.reporting), anchor)
        return EventFrame(
            trigger=trigger,
            anchor=anchor,
            sense=sense,
            source_heads=sources,
            target_heads=targets,
            fallback_heads=near,
            fallback_foreign=far,
            factuality=fact,
            attribution=find_attribution(anchor, sentence_of(anchor), self.attribution),
            nominal=nominal,
            split_pair=split_pair,
        )

    def _verb_frame(self, token: Token, sense: Sense) -> EventFrame:
        sources, _ = roles.first_filled([token], sense.source or ("subject",))
        targets, _ = roles.first_filled([token], sense.target or _DEFAULT_TARGET)
        implied = None
        if not sources and roles.is_passive(token):
            implied = implied_agent(self.lexicon.implied_agents, token, sense)  # "was arrested in Lebanon"
        elif sources and all(h.head == token and self._same_event(h, sense) for h in sources):
            # "a coalition air strike killed": the coalition; "a roadside bombing killed": not named;
            # "the strikes killed": the strikes, whose agent the actors stage looks for earlier
            named = [c for h in sources for c in h.children if c.dep_ in NOMINAL_SOURCE_DEPS]
            sides = [o for h in sources for o in roles.prep_objects(h, "between")]  # "fighting between"
            sources, implied = named or sides or sources, ""
        elif sources and self._act_as_speaker(token, sources):
            sources = roles.subject(token.head.head)  # "said the strikes killed 26 and VOWED to respond"
        elif sources and all(h.lemma_.lower() in event_words("instruments") for h in sources):
            sources = [c for h in sources for c in authors(h)]  # "a Supreme Court ruling barred"
        elif sources and sense.type == "ASSAULT" and all(is_weapon(h) for h in sources):
            # "a Russian drone killed": Russia; "a landmine wounded five soldiers": not named
            sources, implied = [c for h in sources for c in h.children if c.dep_ in NOMINAL_SOURCE_DEPS], ""
        frame = self._frame(token, token, sense, sources, targets)
        frame.implied_agent, frame.mutual = implied, reciprocal_verb(token)
        speaker = frame.attribution.head
        if implied == "GOV" and speaker is not None:  # "an official said the envoy was summoned"
            frame.source_heads, frame.implied_agent = [speaker], None
        return frame

    def _act_as_speaker(self, verb: Token, sources: list[Token]) -> bool:
        """True for a verbal act (``verbal_acts``) the parser coordinated with a reported clause whose
        subject is an act the lexicon names, a decision or a move ("Pakistan said the strikes killed 26
        civilians and VOWED to respond", "says the decision will cost Slovakia dearly and has
        THREATENED to cut off power"): an act cannot speak, so the verb is the reporter's."""
        clause = verb.head
        if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.reporting:
            return False
        if verb.lemma_.lower() not in event_words("verbal_acts"):
            return False
        subjects = roles.children(clause, "nsubj")
        acts = event_words("renamed_acts") | event_words("instruments")
        return all(
            h in subjects
            and h.pos_ == "NOUN"
            and not h.ent_type_
            and (h.lemma_.lower() in self.lexicon.trigger_nouns or h.lemma_.lower() in acts)
            for h in sources
        )

    def _meets(self, verb: Token) -> bool:
        """True for a verb of meeting ("met Assad during a visit": the visit is that meeting)."""
        found = self.verb_senses(verb)
        return found is not None and any(s.type == "CONSULT" for s in found[1])

    def _same_event(self, noun: Token, sense: Sense) -> bool:
        """True when ``noun`` names an event of the verb's own type ("a bombing killed"; a gerund the
        parser took for a verb: "FIGHTING between the two sides killed")."""
        senses = self.noun_senses(noun)
        if senses is None and noun.tag_ == "VBG":
            senses = self.lexicon.nouns.get(noun.lower_)
        return any(s.type == sense.type for s in senses or ())

    def _measured_by_light_verb(self, noun: Token) -> Token | None:
        """The verb that carries an event noun through a measure of it: a light verb ("launched ten
        days OF war games", "staged a wave OF protests", "announced $73 million IN aid"), or a verb
        of enacting whose object is a container of it ("approved an 18th package OF sanctions
        against Russia"); None otherwise ("described a series of attacks")."""
        owner = noun.head.head
        verb = owner.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in measure_preps(owner):
            return None
        if owner.lemma_.lower() not in self.measures or owner.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        lemma = verb.lemma_.lower()
        enacted = lemma in event_words("enacting_verbs") and owner.lemma_.lower() in self.lexicon.containers
        return verb if lemma in self.lexicon.light_verbs or enacted else None

    def _receives(self, verb: Token, sense: Sense) -> bool:
        """True for a verb whose object's act is done to its subject ("drew criticism"); one of
        winning only for support and aid ("won the backing of parliament", not "won a deal")."""
        words = self.lexicon.receiving_verbs
        if sense.type in _GIVEN_TYPES:
            words = words | self.lexicon.winning_verbs
        return bool(words.intersection(phrasal.phrasal_keys(verb)))

    def _received(self, noun: Token, verb: Token, sense: Sense) -> EventFrame | None:
        """A noun event a receiving verb carries, done to the verb's subject by the noun's or the
        verb's "from" phrase ("drew criticism from X": X criticises the subject), or by its "by"
        phrase; with neither, by an agent left unnamed for the kinds of act that have one ("Seoul
        has faced criticism"), else no event."""
        senders = [*roles.prep_objects(noun, "from"), *roles.prep_objects(verb, "from")]
        senders = senders or roles.prep_objects(noun, "by")
        if not senders and sense.type in _GIVEN_TYPES:
            # support won from its owner: "won the backing OF PARLIAMENT", "won IRAQ's support"
            senders = roles.prep_objects(noun, "of") or roles.children(noun, "poss")
        implied = None
        if not senders and sense.type in _UNNAMED_SENDER_TYPES:
            implied = implied_agent(self.lexicon.implied_agents, noun, sense)
        if not senders and implied is None:
            return None
        frame = self._frame(noun, verb, sense, senders, roles.subject(verb), nominal=True)
        frame.implied_agent = implied  # "Seoul has faced criticism": critics left unnamed
        return frame

    def _noun_frame(self, noun: Token, senses: tuple[Sense, ...], verbs: set[int]) -> EventFrame | None:
        sense = noun_sense(senses, lambda when: holds_for_noun(when, noun))
        through = self._measured_by_light_verb(noun)
        if sense is None or (background_state(noun) and through is None):
            return None
        place = roles.first_conjunct(noun)  # "launched artillery and rocket fire": fire stands for artillery
        if place.dep_ == "dobj" and place.head.i in verbs:
            return None  # "ended mediation efforts": the object of an event verb is part of its event
        head = place.head
        target_slots = sense.target or ("prep:with", "prep:against", "prep:on")
        verb = through or (head.head if place.dep_ == "pobj" and head.dep_ == "prep" else head)
        via_topic = through is None and place.dep_ == "pobj" and head.lower_ in _TOPIC_ONLY_PREPS
        background = place.dep_ == "pobj" and head.lower_ in _BACKGROUND_PREPS  # "after the invasion"
        carried = place.dep_ in ("dobj", "pobj") and not via_topic and not background
        carrier = carried and verb.pos_ == "VERB" and verb.i not in verbs
        lemma = verb.lemma_.lower()
        if carrier and self._is_complement(verb, verbs):
            return None  # "asked China to speed up customs cooperation": the content of the request
        partners = meeting_partners(place, sense.type, target_slots)
        if partners and roles.subject(verb) and not self._meets(verb):  # "asked Comey in a meeting"
            return self._frame(noun, noun, sense, roles.subject(verb), partners, nominal=True)
        if carrier and self._receives(verb, sense):  # "drew criticism from X": X criticises the subject
            return self._received(noun, verb, sense)
        reacting = reacting_actors(noun, verb, self.lexicon) if carrier else []
        if reacting:  # "the move stirred outrage among Palestinians": they react to the subject
            return self._frame(noun, verb, sense, reacting, roles.subject(verb), nominal=True)
        light = lemma in self.lexicon.light_verbs
        owned = not light and any(c.dep_ == "poss" and c.ent_type_ in roles.ACTOR_ENTS for c in noun.children)
        if carrier and not owned and (lemma not in self.reporting or light):  # "Somalia's request": Somalia's
            sources = roles.subject(verb)
            targets, _ = roles.first_filled([noun, verb], target_slots)
            if sources:
                frame = self._frame(noun, verb, sense, sources, targets, nominal=True)
                frame.mutual = reciprocal_verb(verb)  # "X and Y traded accusations"
                return frame
        sources = [
            c for c in noun.children if c.dep_ in NOMINAL_SOURCE_DEPS and c.ent_type_ in roles.ACTOR_ENTS
        ]
        sources = sources or roles.prep_objects(noun, "by") or own_subject(noun, verb)
        sources = sources or taking_part(place, sense.type, verbs)
        anchor = occurring_verb(noun, verbs) or noun  # "talks took place on Tuesday": its clause
        if not sources:  # "a demand made by Iran", "the agreement Sanders reached with Corker"
            sources, doing = doers_through_verb(noun, self.lexicon.light_verbs, self.reporting, verbs)
            anchor = doing or anchor
        split = False
        if not sources:  # "clashes between X and Y", "clashes erupted between X and Y"
            sources, split = roles.prep_objects(noun, "between"), True
            if not sources and noun.dep_ == "nsubj":
                sources = roles.prep_objects(noun.head, "between")
        reached = roles.first_filled([noun, anchor], target_slots)[0] or acted_on(noun, sense, verbs)
        targets = [] if split else reached
        if not sources:
            return self._unnamed_occurrence(noun, anchor, senses, targets)
        return self._frame(noun, anchor, sense, sources, targets, nominal=True, split_pair=split)

    def _unnamed_occurrence(
        self, noun: Token, anchor: Token, senses: tuple[Sense, ...], targets: list[Token]
    ) -> EventFrame | None:
        """An event a verb of occurring says took place, its doers unnamed ("protests erupted in
        Nairobi", "the protests began on June 18"): done by the kind of actor
        :data:`_UNNAMED_OCCURRENCES` gives its type (civilians for protests), placed where it happens;
        None for a noun of another reading too ("the strike took place": labour or military), for
        other events and for a noun no such verb carries ("the protests" named as a topic)."""
        agents = {_UNNAMED_OCCURRENCES.get(s.type) for s in senses}
        if anchor == noun or len(agents) != 1 or None in agents:
            return None
        frame = self._frame(noun, anchor, senses[0], [], targets, nominal=True)
        frame.implied_agent = agents.pop()
        return frame
