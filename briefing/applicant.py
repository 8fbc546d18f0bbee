"""Applicant: the spec's question and the speakers in, the speakers who are
the one the question asks leave for, or speak for it, out, with the side
that grants it.

A question of permission names who would do the thing if allowed ("Should
Ebbing Salvage be allowed to raise the wreck?", "Should the county let
Tolvar Gravel widen its pit?", "Should wardens be able to fine
cyclists ...?"): the applicant, who asks for it. An applicant wants what it
applies for, so a speaker with no cue of their own who is the applicant,
speaks for it or heads it (their name is its name, or their role names it:
"managing director of Ebbing Salvage", "spokesman for Tolvar Gravel") takes
the side that grants it, the for side of the labels (``cues.label_sides``).
So does a question that asks whether to give a thing to a body named at
its end, or for it ("Should the council pay for a new boathouse for the
Orby Sailing Club?", "... lease the quay to Tarn Fisheries?": Levin's
verbs of giving, not stopped, refused nor kept up): its recipient wants it.
The applicant is named in full, not by a word of it ("Salvage"); a group
named in lower case ("park wardens", "harbour pilots") only by a body
named for it, in capitals, in the role ("Guild of Park Wardens", "Pellby
Harbour Pilots' Forum"), since one of a group may speak for themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .cue_words import NEGATORS, bases, matches
from .cues import REFUSAL, STATUS_QUO, label_sides
from .data import words
from .model import PositionSpec
from .wording import FUNCTION_WORDS, normal

PREPOSITIONS = words("grammar", "prepositions")
# "Should X be allowed to ...", "be permitted to", "be able to": X asks leave.
_ALLOWED = re.compile(r"^\s*(?:should|can|may|must|will)\s+(?P<who>.+?)\s+be\s+(?:allowed|permitted|able)\s+to\b", re.I)
# "Should the council let X ...", "allow X to ...", "permit X to ...": X, a name in capitals or the one word after the verb.
_LET = re.compile(r"\b(?:let|allow|permit)\s+(?P<who>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*|[a-z]+)\b")
GIVING = words("stance", "giving")  # "lend", "lease": Levin's verbs of giving
# "... to Tarn Fisheries?", "... for the Orby Sailing Club?": a body named in capitals that ends the question.
_TO = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*\?\s*$")


def applicant(question: str | None) -> str | None:
    """The one ``question`` asks leave for (or would give a thing to: ``_recipient``), as printed, up to a preposition
    ("park wardens" of "park wardens in Pellby"), and only its name when it
    has one ("Ledra" of "The Ledra inn"),
    without function words ("the", "more"); None for a question of no
    permission."""
    found = _ALLOWED.match(question or "") or _LET.search(question or "") or _recipient(question or "")
    if not found:
        return None
    who = found.group("who").split()
    who = who[: next((i for i, w in enumerate(who) if w.casefold() in PREPOSITIONS), len(who))]
    named = [w for w in who if w[:1].isupper() and normal(w) not in FUNCTION_WORDS]
    kept = named or [w for w in who if normal(w) not in FUNCTION_WORDS]  # not "more" of "allow more homes"
    return " ".join(kept) or None


def _recipient(question: str) -> re.Match[str] | None:
    """The body named at the end of a question that asks whether to give it
    a thing (``GIVING``, in any regular form: "Should the council pay for a
    new boathouse for the Orby Sailing Club?"): it wants what it would be
    given, as an applicant wants leave."""
    found = _TO.search(question)
    said = normal(question[: found.start()]).split() if found else []
    verb = next((i for i, w in enumerate(said) if bases(w) & GIVING), None)
    # Not a gift stopped, refused or kept up ("stop paying for ...", "keep paying ..."): its recipient wants no change.
    return found if verb is not None and not any(w in NEGATORS or {w, *bases(w)} & (REFUSAL | STATUS_QUO) for w in said[:verb]) else None


def applicants(question: str | None, specs: Sequence[PositionSpec], quiet: Sequence[str], roles: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Speaker -> (the position that grants the leave, the applicant) for
    each of the ``quiet`` speakers (no cue of their own, no side) who is the
    applicant, speaks for it or heads it; empty when the labels tell no for
    side, or the question asks no leave."""
    who = applicant(question)
    found_sides = label_sides(tuple(specs))
    if not who or not found_sides:
        return {}
    named = tuple(normal(who).split())
    group = not who[:1].isupper()
    found = {}
    for name in quiet:
        role = roles.get(name, "")
        printed = " ".join(w for w in role.split() if w[:1].isupper())  # a body's name in the role ("Guild of Park Wardens")
        if (not group and tuple(normal(name).split()) == named) or matches(normal(printed if group else role).split(), named):
            found[name] = (found_sides[0]["for"], who)
    return found
