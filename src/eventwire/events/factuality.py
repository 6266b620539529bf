"""Factuality of an event clause: asserted, negated, denied, planned or hypothetical.

Reads the dependency parse around the event's anchor (the verb that carries the clause, or the
trigger noun for a nominal event). The rules, in order of precedence:

- denied: the clause sits under a denial predicate ("Mexico denied reports that Trump threatened...",
  "the army denied attacking"), directly or through a claim noun ("denied media reports suggesting...").
- negated: a negation on the anchor or its auxiliaries ("was not present", "did not meet", "no agreement"),
  a negating control verb ("failed to reach a deal"), a negated phrase the event word sits in
  ("found no evidence of gunfire", "no plans to meet", "without any clashes", "escaped execution"),
  or a subject that is no one ("no country has imposed sanctions", "nobody was hurt").
- hypothetical: a modal of possibility ("may", "could", "would"), also on the verb an indefinite
  event noun is the subject of ("a Chinese attack could trigger a war"), a condition ("if",
  "unless"), a question, expectation by others ("are expected to", "is likely to"), or the act of
  an accusation ("accused Qatar of supporting militants").
- planned: future auxiliaries ("will meet"), plan and intent verbs ("plans to", "expected to begin"
  said of the actor itself), or modifiers such as "planned", "upcoming".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.events import phrasal, roles
from eventwire.events.clauses import another_partys_clause, denier_adjunct, own_clause, own_tense, told_past
from eventwire.events.cues import FactualityCues, load_factuality_cues
from eventwire.events.unrealised import feared_nodes, infinitive_of, refused_stance, unrealised
from eventwire.models import Factuality
from eventwire.spans import (
    is_condition,
    is_participial_adjunct,
    is_to_infinitive,
    labelled_children,
    sentence_of,
    span_text,
    subtree_set,
)

_DENIED_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "dobj", "advcl", "prep", "conj"})
_EMBEDDING_DEPS = frozenset(
    {"ccomp", "xcomp", "acl", "relcl", "advcl", "pcomp", "dobj", "pobj", "prep", "conj", "acomp", "attr"}
)


def _contrasted(conjunct: Token, contrast: frozenset[str]) -> bool:
    """True for the second half of "did not attack the ship BUT seized its crew": its own clause."""
    if conjunct.dep_ != "conj":
        return False
    between = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    between += [c for c in conjunct.children if c.dep_ == "cc"]
    return any(c.lower_ in contrast for c in between)


def _clause_chain(anchor: Token, stop: frozenset[str]) -> Iterator[Token]:
    """The anchor and the verbs above it, up to (not including) a reporting verb in ``stop``, and
    not across a contrastive conjunction ("but") or from a conjunct with a tense of its own or a
    clause the writer tells in a past tense (events.clauses)."""
    contrast = load_factuality_cues().contrast_conjunctions
    node = anchor
    yield node
    while (
        node.head != node
        and node.dep_ in _EMBEDDING_DEPS
        and not _contrasted(node, contrast)
        and not own_tense(node)
        and not told_past(node)
    ):
        node = node.head
        if node.lemma_.lower() in stop:
            return
        yield node


def denies_a_named_claim(verb: Token, clause: Token) -> bool:
    """True for "..., a charge Kigali denies" / "..., an allegation Moscow rejected": a denial after
    the clause, whose own phrase names the claim it denies. The parser may hang the clause before it
    on the denial verb, but what is denied is the content of that claim, not the report of it, and
    the clause is no complement of the denial (events.extract)."""
    cues = load_factuality_cues()
    for child in verb.children:
        if clause.i < child.i < verb.i and child.dep_ in ("nsubj", "npadvmod", "dobj", "attr"):
            words = [child, *child.children]
            if any(w.lemma_.lower() in cues.claim_nouns for w in words):
                return True
    return False


def _asked_for(trigger: Token, cues: FactualityCues) -> bool:
    """True for an act named as what is asked for: "called for her RELEASE", "calls for an END to",
    "renewed its calls for a WITHDRAWAL" (the "for" hung on the verb whose object asks), "pushed for
    LIFTING the sanctions" (a gerund)."""
    if trigger.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    act = roles.first_conjunct(trigger)
    prep = act.head
    slot = "pcomp" if trigger.pos_ == "VERB" else "pobj"  # "for LIFTING", "for the RELEASE"
    if act.dep_ != slot or prep.lower_ != "for":
        return False
    askers = [prep.head, *roles.children(prep.head, "dobj")]
    return any(a.lemma_.lower() in cues.request_words for a in askers)


def _is_denied(anchor: Token, cues: FactualityCues, reporting: frozenset[str]) -> bool:
    """True for an act inside what a denial verb denies. A relative clause is the writer's own
    description of its noun ("denied backing the rebels, who seized the city": the seizure is not
    denied), and a verb coordinated with the denial, or a clause told in a past tense, may be a
    clause of its own ("denied any involvement and said it would retaliate", "..., and Britain
    has called", "..., while Israel said": events.clauses); a finite verb the parser hung on what
    is denied is coordinated with the verb roles.finite_partner finds ("denied targeting civilians
    and accused Thailand")."""
    node = anchor
    while node.head != node and node.dep_ != "relcl":
        partner = roles.finite_partner(node)
        if partner is not None:  # "denied targeting civilians and ACCUSED Thailand": not denied
            node = partner
            continue
        parent = node.head
        lemma = parent.lemma_.lower()
        if (node.dep_ == "conj" and another_partys_clause(node)) or told_past(node):
            return False
        if lemma in cues.denial_verbs and parent.pos_ == "VERB" and node.dep_ in _DENIED_DEPS:
            if (node.dep_ == "conj" and own_clause(node)) or denier_adjunct(node, reporting):
                return False
            return not denies_a_named_claim(parent, node)
        if lemma in cues.claim_nouns and parent.head.lemma_.lower() in cues.denial_verbs:
            return True
        node = parent
    return False


def _disputed_claim(anchor: Token, cues: FactualityCues, reporting: frozenset[str]) -> bool:
    """True for a reported act that a claim noun after it says someone denied: "the RSF said it had
    seized the palace, a claim the army denied", "said they had fired a missile, a report denied by
    the UAE". The act is reported by a verb in ``reporting``; the noun follows a comma, hangs on
    that verb or inside its clause, and a denial verb describes it. An act of the writer's own
    ("ordered the expulsion of 35 Russians over what he said was hacking, allegations Moscow
    denied") is not the claim."""
    report = next((t for t in anchor.ancestors if t.lemma_.lower() in reporting), None)
    if report is None:
        return False
    clause = subtree_set(report)
    doc = anchor.doc
    for noun in anchor.sent[anchor.i - anchor.sent.start + 1 :]:
        if noun.lemma_.lower() not in cues.claim_nouns or noun.head.i not in clause:
            continue
        if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
            continue
        described = (c for c in noun.children if c.dep_ in ("relcl", "acl"))
        if any(c.lemma_.lower() in cues.denial_verbs for c in described):
            return True
    return False


def _unconfirmed_claim(anchor: Token, cues: FactualityCues) -> bool:
    """True for the content of a claim that the clause above it leaves unconfirmed: "officials could
    not confirm reports that jets had struck the airport", "declined to confirm claims that ..."."""
    node = anchor
    while node.head != node and node.dep_ in _EMBEDDING_DEPS:
        parent = node.head
        if parent.pos_ == "NOUN" and parent.lemma_.lower() in cues.claim_nouns:
            verb = parent.head.head if parent.dep_ == "pobj" else parent.head
            if verb.pos_ not in ("VERB", "AUX"):
                return False
            return negated_token(verb, cues) or verb.head.lemma_.lower() in cues.negating_verbs
        node = parent
    return False


def _is_alleged(anchor: Token, cues: FactualityCues) -> bool:
    """ "accused Qatar OF SUPPORTING militants", "blamed Russia FOR HELPING": the act of an accusation,
    and the acts coordinated with it ("of fostering violence and COORDINATING with China"). A
    to-infinitive below it is what the alleged act was for, alleged with it ("accused the opposition
    of sponsoring gangs TO ATTACK police stations", :func:`factuality`); a noun or a clause with a
    tense of its own below it is told in its own right ("colluding on the FBI's INVESTIGATION",
    "charges that Doha DENIES")."""
    anchor = roles.first_conjunct(anchor)
    prep = anchor.head
    if anchor.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return False
    owner = prep.head  # the parser may hang the "of" on the accused: "accused POLITICIANS of sponsoring"
    verb = owner.head if owner.dep_ == "dobj" else owner
    return verb.lemma_.lower() in cues.allegation_verbs


def negated_token(token: Token, cues: FactualityCues) -> bool:
    for child in labelled_children(token, ("neg", "det", "advmod")):
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in ("no", "never")):
            return True
    return False


def _inherits_negation(anchor: Token) -> bool:
    """A conjoined verb with its own tense or subject ("does not recognize X and urges Y") has its own
    polarity; a bare one shares the negated auxiliary ("did not meet or talk")."""
    if anchor.dep_ != "conj":
        return True
    if _contrasted(anchor, load_factuality_cues().contrast_conjunctions):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
    return not own_subject and anchor.tag_ not in ("VBD", "VBZ", "VBP")


def determined_by_no(noun: Token) -> bool:
    """ "NO evidence", "NO country": a noun its determiner "no" negates."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _preposition_words(prep: Token) -> set[str]:
    """A preposition alone and with the adverb the parser hangs on it ("without"; "instead of",
    "rather than")."""
    return {prep.lower_, *(f"{c.lower_} {prep.lower_}" for c in prep.children if c.dep_ == "advmod")}


_NOUN_LINKS = frozenset({"pobj", "pcomp", "prep", "conj", "compound", "acl", "relcl"})


def _negated_phrase(token: Token, cues: FactualityCues) -> bool:
    """True for an event word inside a phrase that is negated as a whole: under a noun with "no"
    ("found no EVIDENCE of gunfire", "there were no PLANS for Trump to meet"), after a negating
    preposition ("without any clashes", "instead of attacking the town"), the object of an averting
    verb ("escaped execution and torture"), or "any" under a negated verb ("had not heard of any
    fighting"). The phrase is climbed through prepositions, conjuncts and to-infinitives, not finite
    clauses ("no doubt that ...")."""
    node, negative_polarity = token, False
    while node.dep_ in _NOUN_LINKS and node.head != node:
        parent = node.head
        clause = node.dep_ in ("acl", "relcl")
        if clause and not (is_to_infinitive(node) and parent.pos_ in ("NOUN", "PROPN")):
            return False
        if node.dep_ in ("pobj", "pcomp") and _preposition_words(parent) & cues.negating_prepositions:
            return True
        negative_polarity |= any(c.dep_ == "det" and c.lower_ == "any" for c in node.children)
        if parent.pos_ in ("VERB", "AUX"):
            return negative_polarity and any(c.dep_ == "neg" for c in parent.children)
        if determined_by_no(parent):
            return True
        node = parent
    return node.dep_ in ("dobj", "nsubjpass") and _cancelled(node, cues)


_NAME_STARTS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _cancelled(obj: Token, cues: FactualityCues) -> bool:
    """True for the object of a verb of ``cancel_verbs`` ("cancelled the talks", "called OFF the
    strike"), and for what a naming "call" names ("called the pact an embarrassment", "an offensive
    the U.N. has called ethnic cleansing"): no act of the one who calls it so. A "call" with only
    its object convenes it ("unions called a general strike")."""
    verb = obj.head
    if not cues.cancel_verbs.isdisjoint(phrasal.phrasal_keys(verb)):
        return True
    if verb.lemma_.lower() != "call" or obj.dep_ != "dobj":
        return False
    after = _after_phrase(obj)
    named = after is not None and after.pos_ in _NAME_STARTS and after.head != obj
    return verb.dep_ == "relcl" or named or any(c.dep_ in ("oprd", "acomp") for c in verb.children)


_DESCRIBING = frozenset({"relcl", "acl"})


def _after_phrase(noun: Token) -> Token | None:
    """The first word after ``noun`` that is neither punctuation nor in a clause describing it
    ("called the agreement, which was reached under Obama, THE worst deal"; an apposition may be
    what a naming "call" names, so it counts). A "relative clause" the parser makes of a bare noun
    phrase right after the noun is no such clause ("called the agreement THE worst deal ever
    signed")."""
    doc, i = noun.doc, noun.i + 1
    while i < len(doc):
        if doc[i].is_punct or doc[i].is_space:
            i += 1
            continue
        opening = [c for c in noun.children if c.dep_ in _DESCRIBING and c.left_edge.i == i]
        told = doc[i - 1].is_punct or doc[i - 1].is_space or doc[i].lower_ in roles.RELATIVE_PRONOUNS
        if not opening or not (told or opening[0].dep_ == "acl"):
            return doc[i]
        i = opening[0].right_edge.i + 1
    return None


def _no_subject(verb: Token, cues: FactualityCues) -> bool:
    """True for a clause whose subject is no one: "no country has imposed sanctions", "nobody was
    hurt", "none of the ministers attended", "neither side has commented", "neither Moscow nor
    Beijing backed it"."""
    subjects = labelled_children(verb, ("nsubj", "nsubjpass"))
    return any(
        s.lower_ in cues.negative_pronouns or determined_by_no(s) or _neither(s, cues) for s in subjects
    )


def _neither(noun: Token, cues: FactualityCues) -> bool:
    """ "NEITHER side", "NEITHER Moscow nor Beijing": a subject a negative determiner governs."""
    return any(c.dep_ in ("det", "preconj") and c.lower_ in cues.negative_pronouns for c in noun.children)


def _supposed_act(anchor: Token, cues: FactualityCues) -> bool:
    """True for an act an indefinite noun names as the subject of a modal: what would follow from it,
    not that it happened ("a Chinese attack on Taiwan COULD constitute a threat", "an Israeli strike
    WOULD trigger a war"); not "the attack could have killed hundreds", a real one."""
    if anchor.pos_ != "NOUN" or anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = anchor.head
    perfect = any(c.lemma_ == "have" for c in labelled_children(verb, ("aux",)))
    if perfect or not has_aux(verb, cues.hypothetical_modals):
        return False
    determiners = [c.lower_ for c in anchor.children if c.dep_ in ("det", "poss")]
    return not determiners or determiners[0] in ("a", "an", "any")


def has_aux(token: Token, words: frozenset[str]) -> bool:
    return any(c.lower_ in words for c in labelled_children(token, ("aux", "auxpass")))


PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def do_aux(token: Token, tags: frozenset[str]) -> bool:
    """A "do" auxiliary of one of ``tags``: present "does not recognize", "do not support" (VBZ,
    VBP); past "did not support" (VBD)."""
    return any(c.lemma_ == "do" and c.tag_ in tags for c in labelled_children(token, ("aux",)))


def _conditional(token: Token, cues: FactualityCues) -> bool:
    return any(child.lower_ in cues.conditional_markers for child in labelled_children(token, ("mark",)))


def _awaited(node: Token, cues: FactualityCues) -> bool:
    """What an act waits for, not done yet: an "until" clause in the present ("vowed to stay until the
    president RESIGNS") or under a future, a modal or an infinitive ("would keep raising the cost
    until Moscow AGREED"); under a past act it tells what happened ("fought until the army WITHDREW")."""
    marks = labelled_children(node, ("mark",))
    if node.dep_ != "advcl" or not any(m.lower_ in cues.awaiting_markers for m in marks):
        return False
    if node.tag_ in PRESENT_TAGS or node.tag_ == "VB":
        return True
    head = node.head
    waiting = has_aux(head, cues.future_auxiliaries | cues.hypothetical_modals) or is_to_infinitive(head)
    return waiting or head.tag_ in ("VB", *PRESENT_TAGS)


def _likely(node: Token, cues: FactualityCues) -> bool:
    """ "X is likely to meet", "X is able to strike": a likelihood, not a plan ("X is expected to
    meet" is planned: the expecting verb is a plan verb)."""
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in cues.hypothetical_adjectives


def _purpose(node: Token, cues: FactualityCues) -> bool:
    """ "sent jets TO BOMB the town", "deployed tanks TO STRIKE": an aim, not an act."""
    if node.dep_ not in ("advcl", "xcomp") or node.head.lemma_.lower() not in cues.purpose_verbs:
        return False
    return is_to_infinitive(node)


def _scheduled_by_be(node: Token, cues: FactualityCues) -> bool:
    """ "the president IS TO MEET", "EU leaders are to declare": "be" with a to-infinitive schedules
    an act, unless its subject is an aim ("our aim is to build", "the thing to do is to help"), no
    one ("it was crucial to coordinate") or the idiom "is to blame"."""
    if (
        node.dep_ != "xcomp"
        or node.head.lemma_ != "be"
        or not is_to_infinitive(node)
        or node.lemma_ == "blame"
    ):
        return False
    subjects = roles.children(node.head, "nsubj")
    return bool(subjects) and all(
        s.lemma_.lower() not in cues.aim_nouns and s.lower_ not in ("it", "this", "that", "what", "which")
        for s in subjects
    )


def _goal(node: Token) -> bool:
    """ "agreed to work TOWARD ENDING the war", "steps towards normalising ties": an act worked
    towards is a goal, not an act done."""
    return node.dep_ == "pcomp" and node.head.lower_ in ("toward", "towards")


def _reported_future(node: Token, stop: frozenset[str]) -> bool:
    """ "said they would meet": "would" under a past reporting verb is the future of the reported
    statement, an intention rather than a possibility (unless the clause itself is conditional)."""
    if not has_aux(node, frozenset({"would", "'d"})) or node.dep_ != "ccomp":
        return False
    if is_condition(node):
        return False
    speech = node.head
    tensed = speech.head if is_participial_adjunct(speech) else speech  # "accused Peru, ADDING it would"
    if tensed.tag_ == "VBG" and tensed.dep_ == "pcomp":  # "met him a day after ANNOUNCING it would"
        tensed = next((a for a in tensed.ancestors if a.pos_ in ("VERB", "AUX")), tensed)
    return speech.lemma_.lower() in stop and tensed.tag_ in ("VBD", "VBN")


_ASPECTUAL = frozenset({"begin", "start"})


def _under_way(verb: Token) -> bool:
    """A past "began"/"started" reports an act already under way ("officers who began deploying"),
    not a plan ("will begin deploying", "begins talks next week")."""
    return verb.lemma_.lower() in _ASPECTUAL and verb.tag_ in ("VBD", "VBN")


def _carried_plan(anchor: Token, trigger: Token, cues: FactualityCues) -> Factuality | None:
    """An act named as the object of a verb of planning or weighing is not done yet: "were
    preparing a major attack" (planned), "is considering sanctions" (hypothetical)."""
    if trigger == anchor or anchor.pos_ != "VERB":
        return None
    lemma = anchor.lemma_.lower()
    if lemma in cues.plan_object_verbs:
        return "planned"
    if lemma in cues.hypothetical_object_verbs:
        return "hypothetical"
    return None


_PLANNED_DEPS = frozenset({"xcomp", "ccomp", "prep"})


def _planned_node(node: Token, below: Token | None, cues: FactualityCues) -> bool:
    """A clause of the chain above the anchor that plans its act: a future auxiliary, a verb of
    planning whose complement or purpose the chain comes up from (``below``: "plans TO MEET", "aimed
    AT ending", "set out TO HELP"; not a clause that only tells when, "protesters set fire to homes,
    a day after police KILLED 19"), an adjective of readiness ("ready to talk"), "is to" / "is due
    to", or a noun of planning with its infinitive ("a plan to attack")."""
    if has_aux(node, cues.future_auxiliaries):
        return True
    plan_verb = node.lemma_.lower() in cues.plan_verbs and node.pos_ in ("VERB", "AUX")
    complement = below is not None and (below.dep_ in _PLANNED_DEPS or is_to_infinitive(below))
    if complement and plan_verb and not _under_way(node):
        return True
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in cues.plan_adjectives:
        return True
    return _scheduled_by_be(node, cues) or infinitive_of(node, cues.plan_nouns)


def factuality(anchor: Token, trigger: Token, stop: frozenset[str]) -> Factuality:
    """Classify the clause anchored at ``anchor``; ``stop`` holds the reporting-verb lemmas."""
    cues = load_factuality_cues()
    if _is_denied(anchor, cues, stop) or _disputed_claim(anchor, cues, stop):
        return "denied"
    if _is_alleged(anchor, cues) or _unconfirmed_claim(anchor, cues) or _asked_for(trigger, cues):
        return "hypothetical"
    chain = list(_clause_chain(anchor, stop))
    scope = chain[:2] if _inherits_negation(anchor) else chain[:1]
    scope = [n for n in scope if n == anchor or n.lemma_.lower() not in cues.affirming_nouns]
    negated = negated_token(trigger, cues) or any(negated_token(n, cues) for n in scope)
    negated = negated or any(n.lemma_.lower() in cues.negating_verbs and n != anchor for n in chain)
    negated = negated or any(refused_stance(n, cues) for n in scope)
    if negated or any(_negated_phrase(t, cues) for t in {trigger, anchor}) or _no_subject(anchor, cues):
        return "hypothetical" if _conditional(anchor, cues) else "negated"  # "if it does not agree"
    if span_text(sentence_of(anchor)).rstrip().endswith("?") or _supposed_act(anchor, cues):
        return "hypothetical"
    carried = _carried_plan(anchor, trigger, cues)
    if carried is not None:
        return carried
    # the nearest clause of a bill that a vote enacts is the vote's act, not a proposal; a clause
    # further up ("voted for an amendment to demand ...") keeps its own cues
    enacted = next((n for n in chain if roles.enacting_verb(n) is not None), None)
    feared = feared_nodes(chain, cues)
    for node in chain:
        if _reported_future(node, stop):
            return "planned"
        if node == enacted:
            continue
        if (
            has_aux(node, cues.hypothetical_modals)
            or _conditional(node, cues)
            or _likely(node, cues)
            or unrealised(node, stop, cues)
            or (node != anchor and is_to_infinitive(anchor) and _is_alleged(node, cues))
            or _awaited(node, cues)
            or node.i in feared
        ):
            return "hypothetical"
        if node != anchor and node.lemma_.lower() in cues.hypothetical_verbs:
            return "hypothetical"
    if any(
        _planned_node(node, below, cues)
        for below, node in zip([None, *chain], chain, strict=False)
        if node != enacted
    ):
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in cues.hypothetical_modifiers for c in trigger.children):
        return "hypothetical"
    if any(c.dep_ == "amod" and c.lower_ in cues.plan_modifiers for c in trigger.children):
        return "planned"
    if any(_purpose(node, cues) or _goal(node) for node in chain):
        return "hypothetical"
    return "asserted"


def intent_code(
    event_type: str, factuality_value: str, announced: bool = True, offered: bool = False
) -> str | None:
    """The CAMEO code of the intent, offer, concession or threat a planned act amounts to, if any: an
    offer only when ``offered`` ("willing to withdraw"), a concession or threat only when ``announced``
    by its own side ("said it would withdraw"); one only scheduled ("troops will attack") is itself."""
    if factuality_value != "planned":
        return None
    cues = load_factuality_cues()
    offer = cues.offer_codes.get(event_type) if offered else None
    if not announced:
        return cues.intent_codes.get(event_type) or offer
    own = cues.threat_codes.get(event_type) or cues.announcement_codes.get(event_type)
    return cues.intent_codes.get(event_type) or offer or own
