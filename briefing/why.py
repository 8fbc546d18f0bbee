"""Why a block sits where it does: what the whole story says about each
speaker (their stance, whom they speak for or answer, the group they are
introduced as one of) in, one block's position and the reason it gives out,
for ``positions``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import CONTEXT_ID, SPEECH_KINDS, Block
from .no_side import HEDGED, hedge, timetable

CLEAR_RATIO = 2  # a stance is clear when its cues outnumber any other's this many times


def winner(counts: Counter[str], order: Sequence[str], ratio: int = 1) -> str | None:
    """The position with the most hits, ``ratio`` times any other's (strictly
    more when 1), or None."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    if len(ranked) > 1 and (ranked[0][1] == ranked[1][1] or ranked[0][1] < ratio * ranked[1][1]):
        return None
    return ranked[0][0]


@dataclass(frozen=True)
class Why:
    """What the whole story says about each speaker, to place one block."""

    stance: dict[str, str | None]
    actors: dict[str, str]
    carried: dict[str, tuple[str, str]]  # speaker -> (the principal whose stance they carry, the sentence voicing them or "")
    labels: dict[str, str]
    cues_of: dict[tuple[str, str], list[str]]
    answers: dict[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (whom they answer, the sentence)
    tallies: dict[str, Counter[str]] = field(default_factory=dict)  # speaker -> counted cues per position
    fellows: dict[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (a side-taker of their body, the body)
    members: dict[str, str] = field(default_factory=dict)  # speaker -> the holders a position's label names ("nurses")
    framed: dict[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (the group the outlet introduces them as one of, a shared word)
    views: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # speaker -> (position, the critics or supporters whose view they report, the sentence)
    heads: dict[str, str] = field(default_factory=dict)  # speaker -> the principal they speak for
    spokes: dict[str, str] = field(default_factory=dict)  # speaker -> the principal whose tally holds their words (``voices``)
    apart: dict[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (position, why: the outlet's sentence on a group before them)
    asking: dict[str, str] = field(default_factory=dict)  # speaker -> the applicant the question asks leave for, whom they are or speak for
    joined: dict[str, tuple[str, str]] = field(default_factory=dict)  # speaker -> (a side-taker whose petition or campaign they took up, the sentence)

    def placement(self, block: Block, hits: dict[str, list[str]], order: Sequence[str]) -> tuple[str, str]:
        if block.kind == "commentary":
            return CONTEXT_ID, "the outlet's own voice: shown as commentary, not as fact"
        if not block.speaker or block.kind not in SPEECH_KINDS:
            return CONTEXT_ID, "reported by the outlets with no speaker: background"
        name = block.speaker
        counts = Counter({k: len(v) for k, v in hits.items()})
        if name in self.actors and not counts and timetable(block.text):
            return CONTEXT_ID, f"a timetable, which takes no side, though the spec lists {name} as {self.labels[self.actors[name]]!r}"
        if name in self.actors:
            pid = self.actors[name]
            return pid, f"the spec lists {name} as {self.labels[pid]!r}"
        own = winner(counts, order)
        side = self._answered(name, counts, order) if own else None
        if own and side:
            head = self.heads.get(name, "")
            whose, by = (f"{name}'s other words", name) if self.cues_of.get((name, side)) else (f"{name} speaks for {head}, whose words", head)
            return side, (
                f"cue {_quoted(hits[own])} ({self.labels[own]}) taken as the other side's point: {whose} "
                f"clearly match {self.labels[side]!r} ({_listed(self.cues_of, by, side)})"
            )
        if own:
            return own, f"cue {_quoted(hits[own])} ({self.labels[own]})"
        return self._held(block, name)

    def _held(self, block: Block, name: str) -> tuple[str, str]:
        """Where a block with no cue of its own goes: with the side its
        speaker holds or is given, and why; else context."""
        held = self.stance.get(name)
        if held and name in self.carried:
            head, how = self.carried[name]
            voice = f"speaks for {head}" + (f", opening on their view ({how!r})" if how else "")
            if head in self.actors:
                return held, f"{voice}, which the spec lists as {self.labels[held]!r}"
            if not self.cues_of.get((head, held)):  # their side came from another rule, which their own reason names
                return held, f"{voice}, who is placed with {self.labels[held]!r}"
            return held, f"{voice}, whose words match {self.labels[held]!r} ({_listed(self.cues_of, head, held)})"
        if held and hedge(block.text):
            return CONTEXT_ID, f"{HEDGED}, though {name} is placed with {self.labels[held]!r}"
        if held and timetable(block.text):
            given = any(name in rule for rule in (self.fellows, self.answers, self.members, self.framed, self.views, self.apart, self.asking))
            basis = f"{name} is placed with" if given else f"{name}'s other words match"
            return CONTEXT_ID, f"a timetable, which takes no side, though {basis} {self.labels[held]!r}"
        return self._given(name, held) if held else (CONTEXT_ID, "no cue in these words and no clear stance for the speaker")

    def _given(self, name: str, held: str) -> tuple[str, str]:
        """Why a speaker with no cue of their own holds the side ``held``."""
        other, how = self.answers.get(name, ("", ""))
        if theirs := self.stance.get(other):
            if not how:
                return held, f"of the opposition, so on the side the government's speakers are not ({other}'s words match {self.labels[theirs]!r})"
            return held, f"answers {other} ({how!r}), whose words match {self.labels[theirs]!r}"
        if name in self.fellows:
            fellow, of = self.fellows[name]
            if fellow in self.actors and fellow not in self.tallies:  # a body the spec lists, not a speaker
                return held, f"a member of {fellow}, which the spec lists as {self.labels[held]!r}"
            if fellow in self.actors:
                return held, f"of the same body ({of!r}) as {fellow}, whom the spec lists as {self.labels[held]!r}"
            return held, f"of the same body ({of!r}) as {fellow}, whose words match {self.labels[held]!r} ({_listed(self.cues_of, fellow, held)})"
        if name in self.framed:
            group, word = self.framed[name]
            matched = f"{self.labels[held]!r} ({_listed(self.cues_of, group, held)})"
            return held, f"introduced after the outlet's words on {group}, whose words match {matched}, as one of them (their role names one of {word!r})"
        if name in self.members:
            return held, f"one of the {self.members[name]} the label {self.labels[held]!r} names as its holders (by their role)"
        if name in self.views:
            _, holders, how = self.views[name]
            return held, f"reports the view of {holders} ({how!r}) to answer it, so with {self.labels[held]!r}"
        if name in self.apart:
            return held, f"{self.apart[name][1]}, so with {self.labels[held]!r}"
        if name in self.joined:
            other, how = self.joined[name]
            return held, f"took up the petition or campaign of {other} ({how!r}), whose words match {self.labels[held]!r} ({_listed(self.cues_of, other, held)})"
        if name in self.asking:
            return held, f"is or speaks for {self.asking[name]}, whom the question asks leave or a gift for, so with {self.labels[held]!r}"
        return held, f"speaker stance: {name}'s other words match {self.labels[held]!r} ({_listed(self.cues_of, name, held)})"

    def _answered(self, name: str, counts: Counter[str], order: Sequence[str]) -> str | None:
        """The side a block goes to against its one cue: "Moderate drinkers
        will pay forty cents more", from a speaker whose other words take the
        other side at least twice and clearly, names the other side's point
        to answer it; a spokesperson's other words include their
        principal's, whose words they speak. A block with two cues or more
        is placed by them."""
        if counts.total() != 1 or name not in self.tallies:
            return None
        head = self.heads.get(name, "")
        mine = Counter() if head and self.spokes.get(name) == head else self.tallies[name]  # not twice: the principal's tally holds them
        rest = mine + self.tallies.get(head, Counter()) - counts
        side = winner(rest, order, CLEAR_RATIO)
        return side if side and side not in counts and rest[side] >= CLEAR_RATIO else None


def _quoted(cues: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in cues)


def _listed(cues_of: dict[tuple[str, str], list[str]], name: str, pid: str) -> str:
    """The evidence for a carried stance; a stance the spec gives has none to list."""
    return "cue " + ", ".join(cues_of[(name, pid)]) if cues_of.get((name, pid)) else "as the spec lists them"
