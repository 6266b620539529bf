"""Argument slots of a trigger in the dependency parse: subject, object, dative, prepositions.

Slot names follow the lexicon (docs/lexicon.md): ``subject``, ``object``, ``dative``,
``xcomp_object`` and ``prep:<word>``. Subjects are found through passives ("was attacked by
rebels"), control ("agreed to meet": the subject of "agreed"), coordination ("met and agreed";
"was arrested and charged by police": both passive, sharing the one arrested and the police)
and relative clauses ("troops who attacked").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events.partners import gerund_partner, intent_holder, reporter
from eventwire.events.phrasal import small_clauses
from eventwire.events.words import event_words
from eventwire.spans import (
    FINITE_TAGS,
    is_time,
    is_to_infinitive,
    labelled_children,
    named_whole,
    stray_subject,
)

_SAYING = frozenset({"say", "tell", "add", "state", "note", "stress", "write", "tweet", "insist"})
_SUBJECT_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
_RELATIVE = frozenset({"relcl", "acl"})
_CHARGE_PREPS = frozenset({"of", "with"})  # "accused OF", "charged WITH", "armed WITH": passive participles
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def is_passive(verb: Token) -> bool:
    return (
        bool(labelled_children(verb, ("nsubjpass", "auxpass")))
        or _passive_participle(verb)
        or _passive_conjunct(verb) is not None
    )


def _passive_conjunct(verb: Token) -> Token | None:
    """The passive verb a bare participle is coordinated with, sharing its subject and auxiliary
    ("was arrested and CHARGED with subversion", "were killed or WOUNDED") or its noun ("six men
    arrested and ACCUSED of looting"); None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.pos_ != "VERB":
        return None
    if labelled_children(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")):
        return None
    return head if labelled_children(head, ("nsubjpass", "auxpass")) or _passive_participle(head) else None


def _passive_participle(verb: Token) -> bool:
    """A bare past participle read as a passive: fronted ("Asked on CNN whether ..., McConnell
    said": McConnell was asked), with a "by" agent ("a curfew imposed by the army"), after a noun
    with an "of" or "with" phrase ("a company ACCUSED of shipping oil", "a man CHARGED with
    murder", "men ARMED with rifles"), or right after its noun ("six men ARRESTED on Monday").
    Other participles may be misparsed main verbs ("Ana Ruiz, a former U.N. envoy, POSTED on
    Twitter")."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl"):
        return False
    if labelled_children(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")):
        return False
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i
    charged = verb.dep_ == "acl" and any(p.lower_ in _CHARGE_PREPS for p in children(verb, "prep"))
    return fronted or charged or _reduced_relative(verb) or bool(labelled_children(verb, ("agent",)))


def _reduced_relative(verb: Token) -> bool:
    """A past participle that follows its noun with no comma between and has no clause of its own:
    the noun is what was done to ("the activists DETAINED on Monday were released"). Not when the
    noun is no argument of another verb (the root, an apposition) or shares its verb with a second
    subject: the participle is then a main verb the parser hung on its subject
    ("..., a charity group PROTESTED on Tuesday", "villagers RESORTED to blocking roads, officials
    said")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i > verb.i or verb.doc[verb.i - 1].is_punct or noun.dep_ in _UNGOVERNED:
        return False
    if labelled_children(verb, ("ccomp",)):
        return False
    return noun.dep_ not in _SUBJECTS or len(labelled_children(noun.head, (noun.dep_,))) == 1


_SUBJECTS = ("nsubj", "nsubjpass")
# a noun that is no argument of another verb: "Hundreds of students PROTESTED" (the root), "..., a
# charity group PROTESTED" (an apposition)
_UNGOVERNED = frozenset({"ROOT", "appos"})


def children(token: Token, *deps: str) -> list[Token]:
    return labelled_children(token, deps)


def _agent(verb: Token) -> list[Token]:
    """The "by" phrase of a passive, shared by coordinated participles ("were detained and questioned
    BY border guards": the guards detained them too)."""
    for by in children(verb, "agent"):
        return children(by, "pobj")
    shared = _passive_conjunct(verb)
    partners = [shared] if shared is not None else []
    partners += [c for c in children(verb, "conj") if _passive_conjunct(c) == verb]
    for partner in partners:
        for by in children(partner, "agent"):
            return children(by, "pobj")
    return []


_CONTROL_PREPS = frozenset({"of", "for", "from", "with", "over"})
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entity labels that can name a political actor."""


def subject(verb: Token, depth: int = 0) -> list[Token]:
    """The agent of ``verb``: its subject, the "by" phrase of a passive, or an inherited subject."""
    if _blamed_state(verb):  # "said Democrats were TO BLAME": the one who says so blames them
        return _judge_above(verb.head)
    if is_passive(verb):
        agent = _agent(verb)
        if agent or verb.lemma_.lower() not in event_words("stative_passives"):
            return agent
        return children(verb, "nsubjpass")  # "Vietnam is committed to opening up": the state's bearer
    enactor = enacting_verb(verb)
    if depth < 4 and enactor is not None:
        return subject(enactor, depth + 1)  # "the Senate passed a bill that would impose": the Senate
    found = [_gerund_subject(t) for t in children(verb, "nsubj")]
    if found:
        if found[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ in _RELATIVE:
            return [named_whole(verb.head)]
        if found[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp" and verb.head.dep_ in _RELATIVE:
            return [verb.head.head]  # "the attack, which it said KILLED five": the attack
        return found
    holder = intent_holder(verb)
    if depth < 4 and holder is not None:
        return subject(holder, depth + 1)  # "Russia announced plans to withdraw": Russia withdraws
    if depth < 4 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        controller = _object_controller(verb.head)
        if controller:
            return controller  # "accused Greece of attacking": Greece attacks
        return subject(verb.head.head, depth + 1)  # "youths resorted to throwing stones"
    controller = _infinitive_controller(verb)
    if controller:
        return controller  # "prompted Beijing to threaten retaliation": Beijing threatens
    if (
        verb.dep_ == "xcomp"
        and is_passive(verb.head)
        and not _agent(verb.head)
        and children(verb.head, "nsubjpass")
    ):
        # "Trump is expected to meet", "troops were ordered to leave", "Rouhani, who is expected to attend"
        return _relative_to_head(verb.head, children(verb.head, "nsubjpass"))
    stray = stray_subject(verb)
    if stray is not None:
        return [stray]  # "freed the hostages on Monday and ISRAEL released prisoners"
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _SAYING:
        return []  # "said BOMBING inside Qatar did not advance ...": whose bombing, the clause says not
    if depth < 4 and verb.dep_ in _SUBJECT_INHERIT and verb.head != verb:
        partner = gerund_partner(verb) or finite_partner(verb) or reporter(verb) or verb.head
        if _passive_main_clause_partner(verb, partner):  # "troops were deployed and OPENED fire"
            return children(partner, "nsubjpass")
        return subject(partner, depth + 1)
    if (
        verb.dep_ in _RELATIVE
        and verb.head.lemma_.lower() in event_words("messages")
        and verb.head.head != verb.head
    ):
        return subject(verb.head.head, depth + 1)
    if verb.dep_ in _RELATIVE and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    return []


def _enacting_head(noun: Token) -> Token | None:
    """The word a document noun is enacted by, if any: the verb it is the object of ("passed a
    bill"), the subject of in the passive ("the bill was approved"), or that votes for it ("voted
    for legislation", "voted in favor of an amendment")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "for":
        return prep.head
    favor = prep.head
    if prep.lower_ == "of" and favor.lower_ in ("favor", "favour") and favor.dep_ == "pobj":
        return favor.head.head
    return None


def enacting_verb(clause: Token) -> Token | None:
    """The verb that enacts the bill, law or resolution ``clause`` describes: "PASSED a bill that
    would impose sanctions", "VOTED for legislation to impose sanctions", "APPROVED a measure
    imposing sanctions". The clause states the act the vote performs, at the vote's time; None for
    any other clause ("introduced a bill that would impose sanctions" proposes them)."""
    if clause.dep_ not in _RELATIVE or clause.head.lemma_.lower() not in event_words("document_nouns"):
        return None
    if any(s.lower_ not in RELATIVE_PRONOUNS for s in children(clause, "nsubj", "nsubjpass")):
        return None  # a clause with a subject of its own: "passed a bill that Democrats opposed"
    verb = _enacting_head(clause.head)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in event_words("enacting_verbs"):
        return None
    if verb.tag_ == "VB" and not children(verb, "aux"):
        return None  # a bare subjunctive is asked for: "demanded parliament PASS a bill to approve"
    return verb


def _infinitive_controller(verb: Token) -> list[Token]:
    """The named direct object of the verb a to-infinitive completes, which does the infinitive's
    act ("the attack prompted Israel to launch strikes", "Washington persuaded Egypt to send
    troops"); [] when the object is no name or person ("used tear gas to disperse crowds": the
    users disperse them)."""
    if verb.dep_ != "xcomp" or not is_to_infinitive(verb) or verb.head.pos_ != "VERB":
        return []
    return [o for o in children(verb.head, "dobj") if _named_actor(o)]


def _named_actor(token: Token) -> bool:
    """A name, "him"/"her", or a noun a name places ("ISRAELI officials", "EGYPT's minister"), whom
    the actors stage can resolve ("it" and "them" it cannot)."""
    if token.pos_ == "PROPN" or token.ent_type_ in ACTOR_ENTS or token.lower_ in ("him", "her"):
        return True
    return token.pos_ == "NOUN" and any(
        c.ent_type_ in ACTOR_ENTS for c in children(token, "amod", "compound", "poss")
    )


def _object_controller(prep: Token) -> list[Token]:
    """The object that does the act of a gerund after ``prep`` ("accused Greece of attacking",
    "blamed Kenya for shelling", "charged him with inciting"): an actor-like direct object of the
    verb the preposition hangs from: a name, or "him"/"her", whom the actors stage can resolve ("it"
    and "them" it cannot, so those leave the act to the subject as before). Without one, the verb's
    subject does it ("resorted to attacking", "spent money on building")."""
    if prep.lower_ not in _CONTROL_PREPS or prep.head.pos_ != "VERB":
        return []
    return [o for o in children(prep.head, "dobj") if _named_actor(o)]


def _gerund_subject(token: Token) -> Token:
    """The actor of a subject the parser took for a gerund ("The Red Cross operating in Iraq said"):
    the gerund's own subject when it has one."""
    if token.tag_ == "VBG" and token.pos_ == "VERB":
        return next(iter(children(token, "nsubj")), token)
    return token


def _passive_main_clause_partner(verb: Token, partner: Token) -> bool:
    """True when a finite active verb is coordinated with the passive main verb of its sentence, so
    its subject is the passive's grammatical subject, not that verb's missing agent ("Nigerian
    troops were deployed to the village and opened fire"). In a reported or embedded clause the
    parser often hangs a verb of the main clause there ("... said 48 insurgents had been killed but
    denied any civilian casualties"), so only a main clause counts."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or partner.i != verb.head.i:
        return False
    return partner.dep_ == "ROOT" and is_passive(partner) and bool(children(partner, "nsubjpass"))


def finite_partner(verb: Token) -> Token | None:
    """The finite verb a finite verb really coordinates with when the parser hung it on a gerund or
    an infinitive: "convicted Bolsonaro of plotting a coup and SENTENCED him" pairs "sentenced"
    with "convicted", the nearest finite verb above "plotting", and shares its subject; or on a
    reported clause with a modal or a perfect, whose tense it cannot share: "Peru said the army
    would leave the town and CALLED for talks", "China said the ship had intruded and URGED Manila
    to stop" pair the verb with "said" (after a perfect, or a reported state (:func:`_state`), only
    a verb of saying or one with a clause of its own: "said rebels had attacked the town and killed
    five" is the rebels' killing); or on an adverbial clause of another tense, with the nearest verb
    of its own tense above it."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    if _subordinate_of_other_tense(verb):  # "would not step down when her term ENDS and ACCUSED"
        return next((t for t in head.ancestors if t.tag_ == verb.tag_ and t.pos_ in ("VERB", "AUX")), None)
    if children(head, "nsubj", "nsubjpass"):  # "said the army WOULD leave and CALLED for talks"
        auxiliaries = children(head, "aux")
        modal = any(a.tag_ == "MD" for a in auxiliaries)
        says = bool(children(verb, "ccomp", "xcomp")) or verb.lemma_.lower() in event_words("verbal_acts")
        perfect = any(a.lemma_ == "have" for a in auxiliaries) and says
        other_tense = modal or perfect or (says and _state(head))  # "... and URGED Manila to stop"
        if not (other_tense and head.dep_ == "ccomp" and head.head.tag_ == verb.tag_):
            return None
        return _reporter_above(head.head, verb) if says else head.head
    if not (head.tag_ == "VBG" or is_to_infinitive(head)):  # not "did not provide X and sought"
        return None
    return next((t for t in head.ancestors if t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX")), None)


def _reporter_above(partner: Token, verb: Token) -> Token:
    """The verb of saying above a clause that only reports what something showed ("Zelenskiy SAID
    the attack showed that Moscow was not interested in peace and CALLED on allies"), else
    ``partner``."""
    above = partner.head
    if (
        partner.dep_ != "ccomp"
        or above.tag_ != verb.tag_
        or partner.lemma_.lower() in event_words("verbal_acts")
    ):
        return partner
    return above if above.lemma_.lower() in event_words("verbal_acts") else partner


def _subordinate_of_other_tense(verb: Token) -> bool:
    """True for a finite verb with no subject of its own hung on an adverbial clause that a
    subordinating word opens and whose tense differs ("said she would not step down when her term
    ends this month and ACCUSED the government"): it cannot share that clause's subject or tense."""
    head = verb.head
    if head.dep_ != "advcl" or head.tag_ not in FINITE_TAGS or head.tag_ == verb.tag_:
        return False
    opened = bool(children(head, "mark") or children(head, "advmod"))
    return opened and not children(verb, "nsubj", "nsubjpass")


def _state(verb: Token) -> bool:
    """True for a copula or a passive: a reported clause that tells a state or what was done to its
    subject ("said Hamas WAS responsible", "said the ship was SEIZED illegally"), which a verb of
    saying or charging coordinated after it does not share a subject with ("... and VOWED to keep up
    the pressure", "... and URGED Manila to release it")."""
    return verb.lemma_ == "be" or is_passive(verb)


def _blamed_state(verb: Token) -> bool:
    """ "X is TO BLAME" (``predicate_infinitives``): a state of X that someone else judges, not an
    act of X's."""
    if verb.dep_ != "xcomp" or verb.head.lemma_ != "be" or not is_to_infinitive(verb):
        return False
    return verb.lemma_.lower() in event_words("predicate_infinitives")


def _judge_above(clause: Token) -> list[Token]:
    """Who says or holds the clause ``clause`` heads: the subject of the verb, or the owner of the
    noun, it is the complement of ("Trump SAID ...", "HIS belief that ...")."""
    node = clause
    while node.dep_ in ("ccomp", "acl") and node.head != node:
        node = node.head
        found = children(node, "nsubj") if node.pos_ in ("VERB", "AUX") else children(node, "poss")
        if found:
            return found
    return []


def direct_object(verb: Token) -> list[Token]:
    if _blamed_state(verb):
        return children(verb.head, "nsubj")
    if is_passive(verb):
        shared = _passive_conjunct(verb)  # "was arrested and charged": the one arrested is charged
        if shared is not None and not labelled_children(shared, ("nsubjpass", "auxpass")):
            return direct_object(shared)  # a participle's: "six men arrested and charged": the men
        owner = verb if shared is None else shared
        patients = _relative_to_head(owner, children(owner, "nsubjpass"))  # "a gunman who was shot"
        if not patients:
            patients = _passive_gerund_patient(verb)
        if patients or not _passive_participle(verb):
            return patients
        # "the curfew imposed by the army": the curfew; "Backed by the army, the Houthis ...": the Houthis
        return [verb.head] if verb.dep_ == "acl" else children(verb.head, "nsubj", "nsubjpass")
    objects = children(verb, "dobj") or _shifted_object(verb)  # or "found LE PEN guilty"
    return _relative_to_head(verb, objects or [o for c in small_clauses(verb) for o in children(c, "nsubj")])


def _passive_gerund_patient(verb: Token) -> list[Token]:
    """The one a passive gerund without a subject happens to: the subject of the clause it hangs on
    ("villagers fled after BEING ATTACKED", "Navalny was jailed after BEING CONVICTED")."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(
        a.tag_ == "VBG" for a in labelled_children(verb, ("auxpass",))
    ):
        return []
    clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return children(clause, "nsubj", "nsubjpass") if clause.pos_ in ("VERB", "AUX") else []


def _relative_to_head(verb: Token, tokens: list[Token]) -> list[Token]:
    """A relative pronoun stands for the noun its clause modifies ("a pact THAT the US struck")."""
    if verb.dep_ != "relcl":
        return tokens
    return [named_whole(verb.head) if t.lower_ in RELATIVE_PRONOUNS else t for t in tokens]


def _shifted_object(verb: Token) -> list[Token]:
    """An object moved after an "as" phrase, which the parser takes for an apposition
    ("denounced as an ugly crime [Serbia's suppression of ...]")."""
    return [
        a
        for p in children(verb, "prep")
        if p.lower_ == "as"
        for o in children(p, "pobj")
        for a in children(o, "appos")
    ]


def first_conjunct(token: Token) -> Token:
    """The first of the conjoined words ``token`` is one of ("sanctions and a ban": sanctions)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def objects_of_prepositions(token: Token) -> list[Token]:
    """The objects of all of ``token``'s prepositions ("attacked the Fed ON TWITTER", "threatened Iran
    WITH SANCTIONS"), whichever the preposition."""
    preps = [*children(token, "prep"), *_second_words(token)]
    return [o for prep in preps for o in children(prep, "pobj")]


_FIRST_WORDS = frozenset({"out", "away"})  # not "according to", "along with": no slot of the verb


def _second_words(token: Token) -> list[Token]:
    """The second words of ``token``'s two-word prepositions of leaving ("out OF", "away FROM"),
    which the parser hangs on the first one (a preposition, particle or adverb with no object)."""
    firsts = [
        c
        for c in token.children
        if c.lower_ in _FIRST_WORDS
        and c.dep_ in ("prep", "prt", "advmod")
        and not children(c, "pobj", "pcomp")
    ]
    return [q for p in firsts for q in children(p, "prep")]


def preposition_owner(prep: Token) -> Token:
    """The word ``prep`` belongs to: its head, or for the second word of "out of" and "away from" the
    word above the first ("pulled out OF the pact": "pulled")."""
    first = prep.head
    return first.head if first.head != first and prep in _second_words(first.head) else first


def prepositions(token: Token) -> list[Token]:
    """``token``'s prepositions, with a particle the parser gave an object of its own ("called ON
    Republicans to work with them": "on" a particle with "Republicans" as its object), the "for"
    of a for-to clause ("called FOR the governor to resign": its object is the clause's subject) and
    the second word of "out of" and "away from" ("pulled out OF the treaty", "walked away FROM the
    talks": the parser hangs it on an empty first one)."""
    particles = [p for p in children(token, "prt") if children(p, "pobj")]
    marks = [m for c in children(token, "advcl") for m in children(c, "mark") if m.lower_ == "for"]
    return [*children(token, "prep", "agent", "dative"), *_second_words(token), *particles, *marks]


def prep_objects(token: Token, word: str) -> list[Token]:
    """The objects of ``token``'s preposition ``word``; times ("on Sunday") fill no actor slot."""
    out: list[Token] = []
    for prep in prepositions(token):
        if prep.lower_ == word:
            found = children(prep, "pobj", "pcomp") or _stranded_object(prep)
            out.extend(t for t in found if not is_time(t))
    return out


def _stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser left empty because it read a reduced relative as a
    clause ("granted asylum to [five officers holed up ...]": "officers" taken as "holed"'s subject)."""
    if prep.n_rights:
        return []
    after = prep.i + 1
    return [
        t
        for t in prep.doc[after : prep.sent.end]
        if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == after and t.pos_ in ("NOUN", "PROPN")
    ][:1]


def xcomp_objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for comp in children(verb, "xcomp"):
        out.extend(direct_object(comp))
    return out


def slot(token: Token, name: str) -> list[Token]:
    """The head tokens that fill slot ``name`` of ``token`` (a verb or a trigger noun)."""
    if name == "subject":
        return subject(token)
    if name == "object":
        return direct_object(token)
    if name == "dative":
        found = [c for c in token.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        return found or prep_objects(token, "to") or _object_prep(token, "to")
    if name == "xcomp_object":
        return xcomp_objects(token)
    if name.startswith("prep:"):
        return prep_objects(token, name[5:]) or _object_prep(token, name[5:])
    return []


def _object_prep(verb: Token, word: str) -> list[Token]:
    """A verb's preposition the parser hung on its object: "granted asylum TO five officers",
    "gave a warm welcome TO de Klerk" (only for verbs: a noun's own phrases are its own)."""
    if verb.pos_ not in ("VERB", "AUX") or word == "of":
        return []
    return [t for obj in direct_object(verb) for t in prep_objects(obj, word)]


def first_filled(tokens: Iterable[Token], names: Iterable[str]) -> tuple[list[Token], str | None]:
    """The first slot, in the lexicon's order, that some token in ``tokens`` fills."""
    for name in names:
        for token in tokens:
            found = slot(token, name)
            if found:
                return found, name
    return [], None
