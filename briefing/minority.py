"""Minority: the outlet's sentence on a group's view of the proposal that
sets the next speaker apart from it ("Not every commuter is worried.",
"Not every farmer wants the rule."), or that states it before one of the
group ("Parents opposed to the tunnel say ..."), for ``positions`` to give
a speaker with no cue of their own the side that view is not, or is.

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

The outlet's sentence that states a group's stance on the proposal
("Parents opposed to the tunnel say ...", "Local shopkeepers have backed
the plan") introduces the speaker quoted right after it as one of them,
when their role names one of the group (``bodies.one_of``: "father of
three" of "parents"): they take the group's side. Only a group described,
not named (no capital past the sentence's first word: "Ivo Dan has backed
the plan" is no group a "sister of Ivo Dan" is one of); not a stance the
sentence reports ("The council says residents oppose ..."), nor a former
one ("who once backed ..."): ``described.not_theirs``. A group named by its
stance ("Critics say ...", "The plan's backers say ...") needs no role:
the speaker quoted right after it is one of them, unless a "But" or
"However" between sets them against it. A body named (in capitals, or by
one word opening the sentence: "Tarnco backs ...") or described in the
singular ("The union backs ...", not "Parents back ..." nor "Police
have backed ...": no plural is "its"; the number is the verb's concord
with its subject, else the noun's "-s" or a plural with none, "Police
backed ...") whose stance the outlet's sentence states ("Yarrowby Plant Hire
supports the plan, as do two of its rivals.") speaks through the speaker
whose introduction right after it opens on "Its" ("Its finance director,
Ona Brisk, said ..."): the possessive makes them the body's own, whatever
their title, so they take its side.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import NamedTuple

from .bodies import one_of
from .concession import CONTRAST
from .cue_words import NEGATORS, bases, clause_words
from .cues import ADVOCATING, OPPONENTS, OPPOSING, STANCE_HOLDERS, SUPPORTERS, SUPPORTING, evidence, label_sides, proposal_words
from .data import words
from .described import WANTING, not_theirs, stance_cue
from .model import SPEECH_KINDS, Block, PositionSpec
from .set_aside import CONDITIONAL, OPERATORS
from .stance_objects import PARTS
from .verdicts import BE
from .wording import normal

UNIVERSALS = words("stance", "universals")  # "every", "everyone", "all"
PRONOUNS = words("stance", "universal_pronouns")  # "everyone": a whole subject, no head noun after it
SINGULAR = words("stance", "singular_auxiliaries")  # "the union has backed ...": one body
PLURAL = words("stance", "plural_auxiliaries")  # "police have backed ...": many
UNMARKED = tuple(sorted(words("stance", "unmarked_plurals")))  # "police", "people": plural with no "s", in compounds too ("fishermen")


def set_apart(blocks: Sequence[Block], specs: Sequence[PositionSpec], quiet: Set[str], roles: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Speaker -> (position, why) for each of the ``quiet`` speakers (no cue
    of their own, no side) whose first words in an article come right after
    the outlet's "Not every ..." sentence on a group's view: the side the
    group's is not; or right after the outlet's sentence on a group's
    stance, as one of the group by their role (``roles``), or on a body's,
    named or singular (``_singular``), introduced by "Its ...": its side."""
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
        outlets = not b.speaker or (b.kind == "statement" and not b.speaker[:1].isupper())  # the outlet's words, or a group's it describes
        held = group_view(b.text) if outlets else None
        stated = named_by_stance(b.text, specs) if outlets and not held else None
        group = group_stance(b.text, specs) if outlets and not (held or stated) else None
        if group and not group.named:  # a group described, not named
            stated = group.group, group.position
        after = _next_speaker(ordered[n + 1 :], b) if held or stated or group else None  # only after a sentence on a group or a body
        name = after.speaker if after else None
        if not after or not name or name not in quiet or (b.first[0], name) in heard or name in found:
            continue
        if held:
            found[name] = (sides["against" if held == "for" else "for"], f"set apart by the outlet from a group's view ({b.text!r})")
        elif stated and bases(stated[0].split()[-1]) & STANCE_HOLDERS and not _contrasted(ordered[n + 1 :], after):
            found[name] = (stated[1], f"introduced after the outlet's sentence on the proposal's {stated[0].split()[-1]} ({b.text!r}) as one of them")
        elif stated and (word := one_of(stated[0], roles.get(name, ""))):
            found[name] = (stated[1], f"introduced after the outlet's sentence on a group's stance ({b.text!r}) as one of them (their role names one of {word!r})")
        elif (owner := _its(group, stated)) and normal(after.text).split()[:1] == ["its"]:
            # "Its chief executive, Ivo Dan, said ...": the body's, named in capitals or in the singular ("Tarnco", "the union")
            found[name] = (owner, f"introduced by \"its\" right after the outlet's sentence on a body's stance ({b.text!r}), as its own")
    return found


def named_by_stance(sentence: str, specs: Sequence[PositionSpec]) -> tuple[str, str] | None:
    """(the group, the position) for the outlet's sentence that opens on a
    group named by its stance on the proposal: a noun for those who hold one
    (``cues.SUPPORTERS``, ``cues.OPPONENTS``), alone ("Critics say ...",
    "Supporters such as ..."), after the proposal's possessive ("The
    scheme's backers say ...") or before "of" and the proposal ("Opponents
    of the toll ..."); the proposal, its noun or a word both labels share
    (``cues.proposal_words``); some or one of them too, after a quantifier
    or "one" and a partitive "of" ("Some critics of the toll ...", "One of
    the scheme's backers ...": ``PARTS``). Not the holders of another's
    stance ("Her critics", "Critics of the council", "Critics of the
    toll's backers"), nor a sentence with
    a negation or a condition. None for any other."""
    found_sides = label_sides(tuple(specs))
    if not found_sides:
        return None
    objects = proposal_words(specs)
    tokens = clause_words(sentence)
    at = int(tokens[:1] != [] and tokens[0] in PARTS)
    at += 2 * (at == 1 and tokens[1:3] == ["of", "the"])  # "one of the", "some of the"
    at += int(tokens[at : at + 1] == ["the"])
    if tokens[at + 1 : at + 2] == ["s"] and tokens[at] in objects:  # "the scheme's backers"
        at += 2
    holder = bases(tokens[at]) if at < len(tokens) else frozenset()
    side = "for" if holder & SUPPORTERS else "against" if holder & OPPONENTS else None
    after = tokens[at + 1 :]
    if after[:1] == ["of"]:  # "of the toll", not "of the council" nor "of the toll's backers"
        named = 2 if after[1:2] == ["the"] else 1
        side = side if after[named : named + 1] and after[named] in objects and after[named + 1 : named + 2] != ["s"] else None
    if not side or (NEGATORS | CONDITIONAL) & set(after):
        return None
    return " ".join(tokens[: at + 1]), found_sides[0][side]


class Group(NamedTuple):
    """A group or body whose stance on the proposal the outlet's sentence
    states: its words before the stance, the position, whether it is named
    (a capital past the sentence's first word: "Yarrowby Plant Hire",
    "Ivo Dan") and whether "its" may stand for it (``_singular``)."""

    group: str
    position: str
    named: bool
    one: bool


def group_stance(sentence: str, specs: Sequence[PositionSpec]) -> Group | None:
    """The ``Group`` of the outlet's sentence that states the stance on the
    proposal of the group or body it opens on ("Parents opposed to the tunnel
    say ...": "parents"; "Yarrowby Plant Hire backs the plan"), of one side
    only; None for any other, and for a stance granted before a "but"
    ("backed the tunnel but not its timing") or on a plan named by its aim
    ("rejected a plan to widen the road"), which may be another plan than
    the proposal."""
    printed = sentence.split()
    stance = next((i for i, w in enumerate(printed) if bases(normal(w)) & (SUPPORTING | OPPOSING | ADVOCATING)), 0)
    if not stance:  # no group opens the sentence before a word of stance
        return None
    group = " ".join(printed[:stance])  # the speaker of the sentence: the group it opens on, who holds what it states
    found = evidence(Block("group", "statement", group, sentence, (), (0, 0, 0, 0)), specs)
    granted = {cue for _, cue, _ in found.weak}
    held = {pid: kept for pid, cues in found.counted.items() if (kept := [c for c in cues if stance_cue(c) and c not in granted])}
    if len(held) != 1:
        return None
    pid, cues = next(iter(held.items()))
    at = sentence.find(cues[0])  # a stance is shown as printed
    said = normal(sentence[: max(at, 0)]).split()
    aim = normal(sentence[at + len(cues[0]) :]).split()[:1] == ["to"]
    if not said or aim or not_theirs(said):
        return None
    named = any(w[:1].isupper() for w in sentence[:at].split()[1:])
    # A word of stance after a comma is in apposition ("The union, a longtime supporter of ..."), no verb of the subject's.
    verb = "" if any(w.endswith(",") for w in printed[:stance]) else normal(printed[stance])
    return Group(" ".join(said), pid, named, _singular(said, verb))


def _its(group: Group | None, stated: tuple[str, str] | None) -> str | None:
    """The position of the body "its" may stand for, right after the
    outlet's sentence on its stance: one named in capitals, or a group
    ``_singular`` (a group named by its stance, "The plan's critic", by its
    noun alone); None for a plural group."""
    if group:
        return group.position if group.named or group.one else None
    return stated[1] if stated and _singular(stated[0].split(), "") else None


def _singular(said: list[str], verb: str) -> bool:
    """Whether a group's words before its stance (``said``) and the word of
    stance (``verb``) are said of one body "its" may stand for, by
    subject-verb concord: its first auxiliary in the singular ("the union
    has", "police have": ``singular_auxiliaries``, ``plural_auxiliaries``)
    or, with none, a present verb in "-s" ("Tarnco backs", "staff back");
    else, as in the past ("backed"), a participle ("opposing"), after a
    modal or with no verb (``verb`` empty: "The union, a supporter of
    ..."), its head, the last word before any auxiliary and past any adverb
    in "-ly" ("the union", "Tarnco strongly"), is no plural (ends in no
    "s" but a double one: "the press"; not "parents", "the guild's
    members", nor one plural with no "s" or ending in one: "police",
    "fishermen", "townspeople", ``unmarked_plurals``)."""
    at = next((i for i, w in enumerate(said) if w in OPERATORS), len(said))
    auxiliary = said[at] if at < len(said) else ""
    if auxiliary in SINGULAR or auxiliary in PLURAL:
        return auxiliary in SINGULAR
    if not auxiliary and verb and not verb.endswith(("ed", "ing")):
        return verb.endswith("s") and not verb.endswith("ss")
    head = said[:at]
    while head and head[-1].endswith("ly"):
        head.pop()
    return bool(head) and not head[-1].endswith(UNMARKED) and (not head[-1].endswith("s") or head[-1].endswith("ss"))


def _contrasted(rest: Sequence[Block], speaker: Block) -> bool:
    """Whether a sentence from the group's up to the speaker's first words
    opens on a contrast ("But the mayor said ...", "However, ..."), which
    sets the speaker against the group rather than among them."""
    for x in rest:
        if CONTRAST & set(normal(x.text).split()[:1]):
            return True
        if x is speaker:
            return False
    return False


def _next_speaker(rest: Sequence[Block], b: Block) -> Block | None:
    """The speech block right after ``b`` in its article; the outlet's
    sentences between must name its speaker ("Not every farmer wants the
    rule. Sigurd Ulvang keeps goats ... "..."")."""
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
    if not denied_universal(tokens):
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


def denied_universal(tokens: list[str]) -> bool:
    """Whether a sentence's words in normal form open on a universal denied
    ("Not every farmer ...", "Not everyone ...", "Not all the crews ...")."""
    return tokens[:1] == ["not"] and bool(UNIVERSALS & set(tokens[1:2]))


def _attitude(token: str) -> str | None:
    found = bases(token)
    return "for" if found & SUPPORTING else "against" if found & OPPOSING else None
