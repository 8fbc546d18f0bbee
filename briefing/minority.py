"""Minority: the outlet's sentence that sets the next speaker apart from a
group's view of the proposal ("Not every commuter is worried.", "Not
every farmer wants the rule."), for ``positions`` to give a speaker with
no cue of their own the side that view is not.

News style reports a view as a group's, then turns to a speaker who does
not share it with a universal denied ("not every", "not everyone", "not
all": the negated universal quantifier, Quirk et al. 1985, 10.64): the
group holds what the sentence's predicate says of them, support or
opposition (``cues.SUPPORTING``, ``cues.OPPOSING`` in any regular form:
"is worried", "are opposed", "backs the plan") or a wish (``WANTING``:
"wants the rule", the proposal wished for), and the speaker quoted right
after it is one who does not hold it. The predicate is read as said of the
proposal, so only where the labels tell its for and its against side apart
(``cues.label_sides``). Not a sentence with a second negation or a
condition ("Not everyone is worried, unless ..."), nor one whose predicate
is neither ("Not every delay is easy to forgive", "Not everyone rides the
trains").
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from .cue_words import NEGATORS, bases
from .cues import OPPOSING, SUPPORTING, label_sides
from .data import words
from .described import WANTING
from .model import SPEECH_KINDS, Block, PositionSpec
from .set_aside import CONDITIONAL
from .verdicts import BE
from .wording import normal

UNIVERSALS = words("stance", "universals")  # "every", "everyone", "all"
PRONOUNS = words("stance", "universal_pronouns")  # "everyone": a whole subject, no head noun after it


def set_apart(blocks: Sequence[Block], specs: Sequence[PositionSpec], quiet: Set[str]) -> dict[str, tuple[str, str]]:
    """Speaker -> (position, the outlet's sentence) for each of the
    ``quiet`` speakers (no cue of their own, no side) whose first words in
    an article come right after the outlet's "Not every ..." sentence on a
    group's view: the side the group's is not."""
    found_sides = label_sides(tuple(specs))
    if not found_sides:
        return {}
    sides = found_sides[0]
    ordered = sorted(blocks, key=lambda b: b.first)
    heard: set[tuple[int, str]] = set()  # (article, speaker) already heard there
    found: dict[str, tuple[str, str]] = {}
    for n, b in enumerate(ordered):
        if b.speaker:
            heard.add((b.first[0], b.speaker))
        held = None if b.speaker else group_view(b.text)
        after = _next_speaker(ordered[n + 1 :], b) if held else None  # only after a "Not every ..." sentence
        name = after.speaker if after else None
        if held and name and name in quiet and (b.first[0], name) not in heard and name not in found:
            found[name] = (sides["against" if held == "for" else "for"], b.text)
    return found


def _next_speaker(rest: Sequence[Block], b: Block) -> Block | None:
    """The speech block right after ``b`` in its article; the outlet's
    sentences between must name its speaker ("Not every farmer wants the
    rule. Hans Lid keeps goats ... "..."")."""
    between: list[Block] = []
    for x in rest:
        if x.first[0] != b.first[0]:
            return None
        if x.speaker and x.kind in SPEECH_KINDS:
            last = normal(x.speaker).split()[-1:]
            return x if all(last and last[0] in normal(y.text).split() for y in between) else None
        if x.speaker:
            return None
        between.append(x)
    return None


def group_view(sentence: str) -> str | None:
    """"for" or "against", the view of the proposal a "Not every ..."
    sentence gives the group it sets the next speaker apart from; None for
    any other sentence."""
    tokens = normal(sentence).split()
    if tokens[:1] != ["not"] or tokens[1:2] == [] or tokens[1] not in UNIVERSALS:
        return None
    rest = tokens[2 if tokens[1] in PRONOUNS else 3 :]  # after "everyone", or after "every farmer"'s head noun
    if NEGATORS & set(rest) or CONDITIONAL & set(rest):
        return None
    for i, w in enumerate(rest):
        if w in WANTING:
            return "for"
        said = rest[i + 1 : i + 3] if w in BE else [w]  # "is worried", "is so worried"; "opposes"
        view = next((v for t in said if (v := _attitude(t))), None)
        if view or w in BE:
            return view
    return None


def _attitude(token: str) -> str | None:
    found = bases(token)
    return "for" if found & SUPPORTING else "against" if found & OPPOSING else None
