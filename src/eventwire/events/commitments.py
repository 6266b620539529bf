"""Commitments to violence, coercion or sanctions as threats: "vowed to continue the offensive".

A verb of ``commitment_verbs`` whose to-infinitive names an act the lexicon itself codes as
violent, coercive or a sanction (a verb trigger, or a light verb with such an event noun as its
object) is a THREATEN of that act, with the act's threat code from ``data/factuality.yaml``
(``threat_codes``, and ``commitment_threat_codes`` for sanctions: "vowed to impose tariffs").
The act's own type decides, so every violent verb and noun of the lexicon counts, not a word list
of the verb's own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from eventwire.events import roles
from eventwire.events.cues import load_factuality_cues
from eventwire.events.lexicon import Lexicon, Sense, cameo_info

ActType = Callable[[Token], str | None]
_THREAT_TARGET = ("xcomp_object", "object", "dative")


def act_type(act: Token, chosen: Mapping[int, Sense], lexicon: Lexicon, noun_type: ActType) -> str | None:
    """The type of the act a to-infinitive names: its own sense, or through a light verb the sense
    of its object ("continue the offensive")."""
    if act.i in chosen:
        return chosen[act.i].type
    if act.lemma_.lower() not in lexicon.light_verbs:
        return None
    return next((t for t in map(noun_type, roles.direct_object(act)) if t is not None), None)


def as_threat(verb: Token, sense: Sense, lexicon: Lexicon, type_of: ActType) -> Sense:
    """``sense``, or the threat a commitment to a violent, coercive or sanctioning act amounts to."""
    if verb.lemma_.lower() not in lexicon.commitment_verbs or sense.type == "THREATEN":
        return sense
    cues = load_factuality_cues()
    codes = {**cues.threat_codes, **cues.commitment_threat_codes}
    for act in roles.children(verb, "xcomp"):
        kind = type_of(act)
        code = codes.get(kind) if kind is not None else None
        if code is not None:
            info = cameo_info(code)
            return Sense(
                "THREATEN", code, info.mode, info.context, _THREAT_TARGET, sense.source, {}, sense.confidence
            )
    return sense
