"""Anaphors: plurals that point back at a coordinated group ("the two", "both", "the two leaders"),
and "it" / "its" standing for a state, an organisation or an institution named before."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.words import actor_words
from eventwire.spans import is_participial_adjunct, labelled_children

_NUMBERS = {"two": 2, "three": 3, "both": 2, "pair": 2}
_EITHER = frozenset({"either", "neither"})
_NEUTER = frozenset({"it", "its"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_THINGS = frozenset({"", "GPE", "ORG", "NORP"})  # not a person, a date, a number ...


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)


def group_size(head: Token) -> int | None:
    """How many members a plural anaphor headed by ``head`` refers back to; None if it is not one.

    "the two" / "the three" / "the pair" / "both" standing alone, or a generic plural noun counted or
    marked by "both" ("the two leaders", "both sides"), or a singular one after "either" or "neither"
    ("either country"). "two of the ..." is a quantity, not an anaphor.
    """
    word = head.lower_
    if any(c.lower_ == "of" for c in labelled_children(head, ("prep",))):
        return None
    if word in _NUMBERS and head.pos_ in ("NUM", "PRON", "DET", "NOUN"):
        if word == "both" or _definite(head):
            return _NUMBERS[word]
        return None
    if head.pos_ != "NOUN" or head.lemma_.lower() not in actor_words("group_nouns"):
        return None
    if head.tag_ == "NN":  # "either country", "neither side": one of the pair, either way
        return 2 if any(c.dep_ == "det" and c.lower_ in _EITHER for c in head.children) else None
    if head.tag_ != "NNS":
        return None
    for child in head.children:
        number = _NUMBERS.get(child.lower_)
        if number is None:
            continue
        if child.lower_ == "both" or (child.dep_ == "nummod" and _definite(head)):
            return number
    return None


def neuter_antecedents(pronoun: Token) -> list[Token]:
    """The subjects an "it" / "its" may refer back to, nearest first: the subjects before it, in its
    own sentence or the one before, that are nouns or names of anything but a person ("the
    government", "the court", "Iran's foreign ministry"); none for an expletive "it". The caller
    takes the first that is an actor.

    "Turkey said the United States has isolated itself and accused it of threatening countries": the
    United States. The subject of the pronoun's own verb is skipped: an object "it" would be "itself",
    and an actor acting on "its" own is no event between two actors. A subject "it" counts only as the
    subject of a verb that is not a copula or a verb of seeming ("it said", not "it is clear")."""
    if pronoun.lower_ not in _NEUTER or pronoun.dep_ == "expl":
        return []
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:  # "its" in "ended its support"
        verb = verb.head
    if pronoun.dep_ in _SUBJECTS and (
        pronoun.dep_ == "nsubjpass" or verb.lemma_.lower() in actor_words("expletive_verbs")
    ):
        return []
    subjects = clause_subjects(verb)
    # "Rwanda denied it, and ITS government said": only the subject "its" is in, not a conjunct's;
    # a subject "it" is only itself ("the EU condemned the coup, and IT called for": the EU)
    own = {t.i for t in ([s for s in subjects if s.is_ancestor(pronoun) or s == pronoun] or subjects)}
    if is_participial_adjunct(verb):  # "X cut ties with Y, accusing it": the adjunct's subject is X's
        own |= {t.i for t in clause_subjects(verb.head)}
    start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    return [
        token
        for token in reversed(pronoun.doc[start : pronoun.i])
        if token.dep_ in _SUBJECTS
        and token.i not in own
        and token.pos_ in ("PROPN", "NOUN")
        and token.ent_type_ in _THINGS
    ]


_PERSONAL_OWNERS = frozenset({"his", "her", "their", "our"})


def owner_subjects(pronoun: Token) -> list[Token]:
    """The subjects a personal possessive ("his country", "their government") may stand for, nearest
    first: those of the verbs above it in its sentence, not the phrase it is in ("Rouhani said his
    country supported the uprising": Rouhani; "'Our nation will respond,' the minister said": the
    minister), nor a subject the possessive is part of ("his government's decision was condemned":
    "his" cannot stand for the decision it owns). The caller takes the first that is of a country."""
    if pronoun.lower_ not in _PERSONAL_OWNERS or pronoun.dep_ != "poss":
        return []
    own = {t.i for t in pronoun.head.subtree}
    found: list[Token] = []
    node = pronoun.head
    while node.head != node:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found.extend(s for s in clause_subjects(node) if s.i not in own and not s.is_ancestor(pronoun))
    return found


def owning_its(head: Token) -> Token | None:
    """The "its" that owns ``head`` ("its army"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)


def clause_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` and of the verbs it is coordinated with ("criticized X and urged it")."""
    found = list(labelled_children(verb, tuple(_SUBJECTS)))
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
        found.extend(labelled_children(verb, tuple(_SUBJECTS)))
    return found


def adjunct_object_antecedents(pronoun: Token) -> list[Token]:
    """The phrases of the main clause an object "him" / "her" / "them" / "it" of a participle adjunct,
    or of a verb that shares an earlier verb's subject, may stand for, in this order: that verb's
    object ("Peru expelled Mexico's ambassador, accusing HIM of interfering": the ambassador;
    "Germany criticized Iran and urged IT to stop": Iran), then the objects of its prepositions and
    of its object's ("cut ties with Qatar, accusing IT of financing terrorism": Qatar). The caller
    takes the first that is an actor."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" else pronoun.head
    if pronoun.lower_ not in ("him", "her", "them", "it") or pronoun.dep_ not in ("dobj", "pobj"):
        return []
    shared = verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children)
    if verb.pos_ != "VERB" or not (is_participial_adjunct(verb) or shared):
        return []
    objects = [o for o in verb.head.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")]
    around = [p for head in (*objects, verb.head) for p in head.children if p.dep_ == "prep"]
    named = [o for p in around for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return objects + sorted(named, key=lambda t: t.i)


def object_pronoun_verb(pronoun: Token) -> Token | None:
    """The verb whose subject an object "him" / "her" cannot stand for ("Macron congratulated Merz
    and invited him": not Macron), or None for any other word."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in _OBJECT_DEPS:
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_TIME_OR_CAUSE = frozenset({"after", "when", "because", "before", "since", "as", "once", "until", "while"})
_PLURAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def plural_antecedents(pronoun: Token) -> list[Token]:
    """The plural phrases a subject "they" of a clause of time or cause may stand for, nearest first:
    those before it in the clauses it hangs from ("accused Chinese coast guard personnel of acting
    like pirates after THEY boarded the boats": the personnel; "police detained protesters after
    THEY blocked a road": the protesters). A "they" that opens its sentence stands for a plural phrase
    of the sentence before (:func:`opening_antecedents`). [] for any other "they" (a speaker's "they"
    is the speaker's: actors/sides.py)."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in _SUBJECTS:
        return []
    verb = pronoun.head
    if verb.dep_ != "advcl":
        return opening_antecedents(pronoun)
    if not any(m.lower_ in _TIME_OR_CAUSE for m in labelled_children(verb, ("mark",))):
        return []
    holders = {a.i for a in verb.ancestors} | {
        p.i for a in verb.ancestors for p in a.children if p.dep_ == "prep"
    }
    before = pronoun.doc[pronoun.sent.start : verb.left_edge.i]
    found = [t for t in before if t.dep_ in _PLURAL_ROLES and t.tag_ in _PLURAL_TAGS and t.head.i in holders]
    return found[::-1]


def opening_antecedents(pronoun: Token) -> list[Token]:
    """The plural phrases of the sentence before that a "they" opening its own sentence may stand
    for: its plural subjects first, then its plural objects, each in the order written ("Taliban
    fighters stormed a checkpoint. THEY killed six officers": the fighters). [] for a "they" after
    other words of its sentence, or in a document's first sentence."""
    sent = pronoun.sent
    if any(not (t.is_punct or t.is_space) for t in pronoun.doc[sent.start : pronoun.i]) or sent.start == 0:
        return []
    before = pronoun.doc[sent.start - 1].sent
    plural = [t for t in before if t.tag_ in _PLURAL_TAGS or (t.pos_ == "PROPN" and _coordinated(t))]
    subjects = [t for t in plural if t.dep_ in _SUBJECTS]
    return subjects + [t for t in plural if t.dep_ in _PLURAL_ROLES and t not in subjects]


def _coordinated(token: Token) -> bool:
    """True for the first of coordinated names ("Mali, Burkina Faso and Niger")."""
    return any(c.dep_ == "conj" for c in token.children)


def pronoun_antecedents(pronoun: Token | None) -> list[Token]:
    """What an "it" / "its" (:func:`neuter_antecedents`) or a "they" of a clause of time or cause
    (:func:`plural_antecedents`) may stand for, nearest first; [] for no pronoun."""
    return [] if pronoun is None else neuter_antecedents(pronoun) or plural_antecedents(pronoun)
