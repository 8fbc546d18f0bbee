"""Coverage by outlet group: a ``Briefing`` whose spec has an ``[outlets]``
table in, a ``Coverage`` out (None without the table).

The groups are the user's (``lean = ["left", "centre", "right"]`` and each
outlet's group); the tool rates no outlet. An outlet is matched by its name
as read (or as ``[[sources]]`` corrects it; ``spec.outlet_key`` says what is
ignored), else by its site (``example.org`` for ``https://www.example.org/...``);
a source the table does not match is "unrated". What is counted:

* per group, its sources and the blocks at least one of them reported;
* per position, the blocks of that position each group's outlets reported;
* reported by one side only: blocks and disputed details that two or more
  outlets reported, all of them rated in the same group (a point one outlet
  carried is that outlet's, not a side's; an unrated outlet's lean is
  unknown, so a point it carried is no one side's);
* each group's headlines, side by side.

Commentary (an outlet's own opinion) is not coverage of the story's points
and is left out of every count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from .model import Block, Briefing, Disputed, OutletGroups, Source
from .spec import UNRATED, outlet_key

Counts = tuple[tuple[str, int], ...]  # (group, count) in the scale's order, "unrated" last


@dataclass(frozen=True)
class OneSide:
    """What only one group's outlets reported, two or more of them."""

    group: str
    blocks: tuple[Block, ...]
    disputed: tuple[Disputed, ...]


@dataclass(frozen=True)
class PositionCounts:
    position: str
    label: str
    blocks: Counts  # the position's blocks each group's outlets reported


@dataclass(frozen=True)
class Coverage:
    """scale: the scale's name; rated_by: the rating the spec cites for the
    groups; groups: its groups, then "unrated" when a source is; group_of: source id -> its group; block_groups: block id ->
    the rated groups whose outlets reported it, in the scale's order."""

    scale: str
    rated_by: str | None
    groups: tuple[str, ...]
    group_of: dict[str, str]
    sources: Counts
    blocks: Counts
    positions: tuple[PositionCounts, ...]
    block_groups: dict[str, tuple[str, ...]]
    one_side: tuple[OneSide, ...]
    headlines: tuple[tuple[str, tuple[Source, ...]], ...]  # (group, its sources with a title)


def _names(s: Source) -> tuple[str, ...]:
    """What a table entry may call a source, first match first: its outlet,
    then its web address's host and each domain the host is under
    (``www.example.org``, ``example.org``), as ratings list outlets by
    name or by site."""
    address = s.url or (s.path if re.match(r"https?://", s.path, re.I) else "")
    parts = (urlsplit(address).hostname or "").split(".")
    return ((outlet_key(s.outlet),) if s.outlet else ()) + tuple(".".join(parts[n:]) for n in range(len(parts) - 1))


def groups_of(table: OutletGroups, sources: Sequence[Source]) -> dict[str, str]:
    """Source id -> the group its outlet is given, or "unrated"."""
    given = {outlet_key(name): group for name, group in table.outlets}
    return {s.id: next((given[n] for n in _names(s) if n in given), UNRATED) for s in sources}


def unmatched(table: OutletGroups | None, sources: Sequence[Source]) -> tuple[str, ...]:
    """The table's outlets that no source has (a misspelt name, most likely)."""
    if table is None:
        return ()
    read = {n for s in sources for n in _names(s)}
    return tuple(name for name, _ in table.outlets if outlet_key(name) not in read)


def _counts(groups: tuple[str, ...], hits: Sequence[str]) -> Counts:
    return tuple((g, hits.count(g)) for g in groups)


def _one_side(groups: tuple[str, ...], items: Sequence[tuple[object, Sequence[str]]], group_of: dict[str, str],
              outlet_of: dict[str, str]) -> dict[str, list]:
    """Per group, the items (with their source ids) that two or more outlets
    reported, all of them in that one rated group."""
    found: dict[str, list] = {g: [] for g in groups}
    for item, sids in items:
        sides = {group_of[s] for s in sids}
        if len(sides) == 1 and UNRATED not in sides and len({outlet_of[s] for s in sids}) > 1:
            found[sides.pop()].append(item)
    return found


def coverage(b: Briefing) -> Coverage | None:
    """The briefing's coverage by the groups of its ``[outlets]`` table."""
    table = b.outlet_groups
    if table is None:
        return None
    group_of = groups_of(table, b.sources)
    groups = table.groups + ((UNRATED,) if UNRATED in group_of.values() else ())
    rank = {g: n for n, g in enumerate(groups)}
    reported = [x for x in b.blocks if x.kind != "commentary"]
    block_groups = {
        x.id: tuple(sorted({group_of[s] for s in x.sources} - {UNRATED}, key=rank.__getitem__)) for x in b.blocks
    }
    reach = {x.id: {group_of[s] for s in x.sources} for x in reported}
    by_position: dict[str | None, list[str]] = defaultdict(list)  # one pass: a position per speaker is possible
    for x in reported:
        by_position[x.position].extend(reach[x.id])
    positions = tuple(PositionCounts(p.id, p.label, _counts(groups, by_position[p.id])) for p in b.positions)
    # One outlet: one name, else one site (two articles of one outlet are not two outlets).
    outlet_of = {s.id: next(iter(_names(s)), s.id) for s in b.sources}
    by_reach = sorted(reported, key=lambda x: (-len(x.sources), x.first))
    blocks = _one_side(table.groups, [(x, x.sources) for x in by_reach], group_of, outlet_of)
    # A rival-speaker reading is about a block already listed on its own.
    details = [(d, sorted({s for r in d.readings for s in r.sources})) for d in b.disputed if d.kind != "speaker"]
    disputed = _one_side(table.groups, details, group_of, outlet_of)
    return Coverage(
        scale=table.scale,
        rated_by=table.rated_by,
        groups=groups,
        group_of=group_of,
        sources=_counts(groups, list(group_of.values())),
        blocks=_counts(groups, [g for x in reported for g in reach[x.id]]),
        positions=positions,
        block_groups=block_groups,
        one_side=tuple(OneSide(g, tuple(blocks[g]), tuple(disputed[g])) for g in table.groups if blocks[g] or disputed[g]),
        headlines=tuple((g, tuple(s for s in b.sources if group_of[s.id] == g and s.title)) for g in groups),
    )
