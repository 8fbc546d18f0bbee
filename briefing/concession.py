"""Why a cue is not the speaker's own view when they grant it before an
answer: concession, apart from the cue's frame in ``set_aside`` (negation,
reported views, dismissal, conditions). The sentence's words and the cue's
place in, how the speaker grants it (``set_aside.SetAside.kind``) out, or
None when they do not.

Not granted before an answer: "..., but ..." (the "but" in the cue's
sentence or opening the next); "although ..."; "Of course ... ." then
another side in the speaker's other words (``WEAK``: such a cue counts
only when nothing else the speaker says takes another side);
"Granted, ... . But ..." answers a point granted; "Yes, ... . But not ..."
denies it; "Nobody disputes that ..." claims common ground, which places
no one (``GRANTED``).
"""

from __future__ import annotations

from typing import Literal

from .cue_words import NEGATORS, bases, matches
from .data import load, words
from .verdicts import MODALS

_WORDS = load("stance")  # each list's header there says why it holds its words
CONTRAST = words("stance", "contrast")  # what follows outweighs what precedes
CONCESSIVE = words("stance", "concessive")  # a clause conceded, up to its comma
CONCEDING_OPENERS = tuple(tuple(o.split()) for o in _WORDS["conceding_openers"])  # "granted, ...", "nobody denies ..."
DISPUTING = words("stance", "disputing")  # "nobody disputes that ...": a point claimed as common ground
OF_COURSE = ("of", "course")  # concessive wherever it stands ("..., of course.")
WHERE_WHEN = words("stance", "where_when")  # "but not here": a "not" that takes back the point granted
# Why a cue granted does not count (``set_aside.SetAside.kind``): granted points and weak cues apart.
GrantKind = Literal["granted", "denied", "common"]
WeakKind = Literal["conceded"]
GRANTED: dict[GrantKind, str] = {
    "granted": "granted ('of course', 'nobody denies ...'), then answered with a 'but'",
    "denied": "granted, then denied ('but not ...')",
    "common": "claimed as common ground ('nobody disputes that ...'), which either side may grant",
}
# Cues that count only when nothing else the speaker says takes another side.
WEAK: dict[WeakKind, str] = {
    "conceded": "conceded ('but', 'although', 'of course')",
}


def conceded(tokens: list[str], at: int, following: list[str]) -> GrantKind | Literal["conceded"] | None:
    """How the speaker grants the cue: "conceded" when it sits before a "but"
    (in its sentence or opening the next), in an "although ..." clause or in
    a sentence that grants a point ("of course", "nobody denies ...");
    "granted" when a sentence that grants it is then answered with a "but";
    "denied" when the answer is "but not ..."."""
    turn = next((i for i in range(at, len(tokens)) if tokens[i] in CONTRAST), None)
    answer = tokens[turn + 1 : turn + 3] if turn is not None else following[1:3] if following[:1] and following[0] in CONTRAST else None
    # An opener grants the point after it, not itself ("Nobody asked us" is a grievance, not common ground).
    grants = matches(tokens, OF_COURSE) or any(tuple(tokens[: len(o)]) == o and at >= len(o) for o in CONCEDING_OPENERS)
    if answer is not None:
        denies = bool(answer) and answer[0] in NEGATORS and (answer[1:] in ([], ["|"]) or answer[1] in WHERE_WHEN)
        return "denied" if denies else "granted" if grants else "conceded"
    start = max((i for i in range(at) if tokens[i] in CONCESSIVE), default=None)
    if start is not None and "|" not in tokens[start:at] and "|" in tokens[at:]:
        return "conceded"
    if _common_ground(tokens[:at]):
        return "common"
    return "conceded" if grants else None


def _common_ground(tokens: list[str]) -> bool:
    """Whether the sentence opens by claiming what follows as common ground
    ("Nobody disputes that ...", "No one would deny that ..."): a point the
    speaker grants whatever their side, so it places no one, even with no
    "but" after it ("The question is ...")."""
    for opener in CONCEDING_OPENERS:  # only "nobody" and "no one" go on with a verb
        if tuple(tokens[: len(opener)]) == opener:
            verb = next((t for t in tokens[len(opener) :] if t not in MODALS), "")
            return bool(bases(verb) & DISPUTING)
    return False
