"""Words that read as event triggers but report no event here: newsroom phrases the lexicon lists
(``not_events``: "did not respond to a request for comment"), states over a span of time ("years of
cooperation"), campaign events ("a Trump rally"), agreements a party leaves ("tore up the deal") and
a publisher's notes on the article itself. Used by :mod:`eventwire.events.extract` and, for idioms
and notes, by the classifier's proposals (:mod:`eventwire.events.learned`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events import roles
from eventwire.events.lexicon import Lexicon
from eventwire.events.words import event_words
from eventwire.spans import tokens_where


def _idiom_keys(token: Token) -> set[str]:
    """ "lemma object", "lemma preposition object", "compound lemma", for a verb without an object
    "lemma infinitive", and for a noun "preposition lemma" or "verb lemma" (what governs it: "in
    charge of", "leading the charge") readings of a trigger, for the not_events list."""
    lemma = token.lemma_.lower()
    keys = {f"{lemma} {o.lemma_.lower()}" for o in roles.direct_object(token)}
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("pobj", "dobj"):
        keys.add(f"{token.head.lemma_.lower()} {lemma}")
    keys |= {f"{c.lemma_.lower()} {lemma}" for c in roles.children(token, "compound")}  # "press release"
    if not roles.children(token, "dobj", "dative"):  # "who asked not to be NAMED": what one asks for oneself
        keys |= {f"{lemma} {x.lemma_.lower()}" for x in roles.children(token, "xcomp")}
    for prep in roles.children(token, "prep"):
        keys |= {f"{lemma} {prep.lower_} {o.lemma_.lower()}" for o in roles.children(prep, "pobj")}
    return keys


def is_idiom(token: Token, lexicon: Lexicon) -> bool:
    """True when ``token`` heads a newsroom phrase the lexicon's ``not_events`` says codes no event
    ("did not respond to a request for comment"); the rules and the classifier's proposals both ask."""
    return bool(lexicon.not_events and _idiom_keys(token) & lexicon.not_events)


def background_state(noun: Token) -> bool:
    """A state over a span of time ("years of cooperation", "decades of conflict"), not one event."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    owner = prep.head
    return owner.lemma_.lower() in event_words("spans_of_time") or owner.ent_type_ == "DATE"


def campaign_event(noun: Token) -> bool:
    """A gathering a candidate or party holds, which protests nothing: "a Trump rally", "his
    campaign rallies", "a rally for Donald Trump", "a rally held by the candidate"
    (``campaign_events``; the owner a person, a possessive pronoun or a ``campaign_words`` noun). A
    rally against something ("their rally against the war"), or of no named owner, stays what the
    lexicon says."""
    if noun.lemma_.lower() not in event_words("campaign_events"):
        return False
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "held their rally AGAINST the war"
    if any(roles.prep_objects(h, "against") for h in holders):
        return False
    for child in noun.children:
        owned = child.dep_ in ("poss", "compound", "nmod") and (
            child.ent_type_ == "PERSON" or child.lemma_.lower() in event_words("campaign_words")
        )
        if owned or (child.dep_ == "poss" and child.pos_ == "PRON"):
            return True
    held = [v for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() == "hold"]
    backers = [*roles.prep_objects(noun, "for"), *(a for v in held for a in roles.subject(v))]
    return any(b.ent_type_ == "PERSON" for b in backers)


def ended_agreement(noun: Token) -> bool:
    """An agreement a party leaves or undoes ("tearing up the nuclear deal", "pulled out of the
    pact", "withdraw from the accord"): an existing agreement, which the verb ends, not a new one
    (``agreement_nouns`` governed by ``ending_verbs``, as object or through "from", "of", "on")."""
    if noun.lemma_.lower() not in event_words("agreement_nouns"):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("from", "of", "on"):
        verb = roles.preposition_owner(verb)
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in event_words("ending_verbs")


def editorial_note(sent: Span) -> bool:
    """A publisher's note on the text itself, which reports no event: "This article was funded in
    part by SAP", "declined to comment for this story" (a ``self_references`` noun after "this").
    "This article of the treaty", "this article 5" name a clause of a text, not the article."""
    for noun in tokens_where(sent, lower=event_words("self_references")):
        children = list(noun.children)
        itself = any(c.dep_ == "det" and c.lower_ == "this" for c in children)
        part_of_text = any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in children)
        if itself and not part_of_text:
            return True
    return False


_QUESTION_MARKERS = frozenset({"whether", "if"})
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})


def asks_question(verb: Token) -> bool:
    """True when what ``verb`` reports is a question ("asked whether the talks would resume",
    "'Where are you going?' Trump asked", where the parser may leave the quote a sentence of its
    own): a question demands nothing of anyone. Only verbs of ``question_verbs`` can ask."""
    if verb.lemma_.lower() not in event_words("question_verbs"):
        return False
    asked_of = roles.children(verb, "dobj", "ccomp", "xcomp", "dative")
    if not asked_of and any(p.lower_ == "about" for p in roles.children(verb, "prep")):
        return True  # "when asked about his taxes", "Trudeau's office, asked about the agenda, said"
    start = verb.sent.start
    if "?" in (t.text for t in verb.doc[max(0, start - 2) : start]):
        return not asked_of
    for clause in [*roles.children(verb, "ccomp"), *roles.children(verb, "parataxis")]:
        if any(m.lower_ in _QUESTION_MARKERS for m in roles.children(clause, "mark")):
            return True
        if clause.doc[clause.left_edge.i].lower_ in _WH_WORDS or any(t.text == "?" for t in clause.subtree):
            return True
    return False
