"""Whose words: the speaker of a block, decided by every outlet's
attribution.

In: the statements of one block (and of the whole briefing, for how widely
each name is given). Out: the speaker readings, the majority first; a block
shows the first and, when there are several, the outlets' disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .caches import per_build
from .model import SPEECH_KINDS, Reading, Statement
from .wording import NAME_SUFFIXES, unaccented


@per_build  # merge asks for every statement's speaker, and a story has a few thousand
def person(name: str) -> str:
    """Two speaker names are one person when they end alike ("Mike Ruiz",
    "Michael Ruiz", "Mayor Michael Ruiz"); a generational suffix goes with
    the surname ("Ruiz Jr" is "Michael Ruiz Jr.", not "Michael Ruiz", and
    not every "Jr")."""
    words = re.findall(r"[^\W_]+", unaccented(name).casefold())  # Calderón, Calderon
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        return f"{words[-2]} {words[-1]}"
    return words[-1] if words else ""


def named(name: str) -> bool:
    """The speaker is called by a name, not described: its last word is
    capitalised ("Ann Lee", "Members"; not "the reporter", "several
    senators", "the mayor's office")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper()


def full_name(name: str) -> bool:
    """A name of two or more words ("Ann Lee", "Ridge Water Board")."""
    return " " in name.strip() and named(name)


@dataclass(frozen=True)
class Voice:
    """Decides a block's speaker from every outlet's attribution.

    rank: each source's position; reach: in how many sources each speaker
    name is given anything (a person the outlets quote throughout the story
    is the likelier speaker when two outlets disagree one to one)."""

    rank: dict[str, int]
    reach: dict[str, int]

    @classmethod
    def of(cls, statements: Sequence[Statement], rank: dict[str, int]) -> Voice:
        reach: dict[str, set[str]] = defaultdict(set)
        for s in statements:
            if s.speaker:
                reach[s.speaker].add(s.source_id)
        return cls(rank, {speaker: len(sources) for speaker, sources in reach.items()})

    def strong(self, name: str) -> bool:
        """A full name, or a name the outlets give more than once: evidence
        that outweighs a lone word ("Members", "Friday") a parse took for a
        name, and any description ("the reporter", "a former official"), which
        could stand for anyone."""
        return full_name(name) or (named(name) and self.reach.get(name, 0) > 1)

    def readings(self, statements: Sequence[Statement]) -> tuple[Reading, ...]:
        """Each person the outlets name as the speaker, with the sources that
        name them, the majority first. One vote per source, for the name it
        gives most often; a source that names nobody does not vote, a
        lone-word name ("Friday", "Members", often a parse's mistake) counts
        only when no source gives a full name, and a description ("the
        reporter") only when no source gives a name."""
        said: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for s in statements:
            if s.speaker and s.kind in SPEECH_KINDS:
                said[s.source_id][s.speaker] += 1
        votes = {source: max(sorted(names), key=lambda n: (names[n], self.reach.get(n, 0))) for source, names in said.items()}
        for evidence in (full_name, self.strong, named):  # a full name, else a name given more than once, else any name
            if any(evidence(name) for name in votes.values()):
                votes = {source: name for source, name in votes.items() if evidence(name)}
                break
        persons: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for source, name in votes.items():
            persons[person(name)][name].append(source)

        def weight(names: dict[str, list[str]]) -> tuple[int, int, int]:
            sources = [s for found in names.values() for s in found]
            return (len(sources), max(self.reach.get(n, 0) for n in names), -min(self.rank[s] for s in sources))

        out: list[Reading] = []
        for names in sorted(persons.values(), key=weight, reverse=True):
            name = max(sorted(names), key=lambda n: (len(names[n]), self.reach.get(n, 0)))
            out.append(Reading(name, tuple(sorted((s for found in names.values() for s in found), key=self.rank.__getitem__))))
        return tuple(out)
