"""The view of coverage by outlet group: a ``coverage.Coverage`` in, what the
templates' "Coverage by ..." section lays out out (rows of counts with
each group's share as a CSS width for the bars, the one-side-only points,
the headlines side by side as table rows). None without an ``[outlets]``
table, so nothing of it is shown then.

Bar colours follow the scale's order (``grp-0``, ``grp-1``...), never a
party's colour: the same scale can be regional vs national press.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from ..coverage import Counts, Coverage, OneSide, coverage
from ..messages import counted
from ..model import Briefing, Source
from ..spec import UNRATED

NOTE = (
    "The groups are those of the spec's [outlets] table{cited}, chosen by whoever wrote it; briefing rates no "
    "outlet itself. Coverage can differ by group because of when each outlet published, what it chose to focus on "
    "and how many of its articles are here, as well as {scale}."
)
GROUP_COLOURS = 6  # grp-0 ... grp-5 in briefing.css, then round again


@dataclass(frozen=True)
class Cell:
    """One group's count in a row, its share of the row as a CSS width
    (for the bar) and its colour class."""

    group: str
    count: int
    width: str
    css: str


@dataclass(frozen=True)
class Row:
    """One row of the coverage-by-group table: its label and a cell per group."""

    label: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class GroupsView:
    """The coverage-by-group section as the templates lay it out."""

    title: str  # the section's heading, "Coverage by lean"
    note: str  # whose groups these are, and what else coverage reflects
    coverage: Coverage
    css: dict[str, str]  # group -> colour class
    story: tuple[Row, ...]  # sources, blocks
    positions: tuple[Row, ...]
    one_side: tuple[OneSide, ...]
    omitted: str  # how many one-side points --max-blocks left out, said in words; "" for none
    outlets: tuple[tuple[str, tuple[str, ...]], ...]  # group -> its outlets' names
    headlines: tuple[tuple[Source | None, ...], ...]  # table rows: one headline per group, None where a group has fewer


def _row(label: str, counts: Counts, css: dict[str, str]) -> Row:
    total = sum(n for _, n in counts)
    return Row(label, tuple(Cell(g, n, f"{100 * n / total:.1f}%" if total else "0%", css[g]) for g, n in counts))


def _capped(side: OneSide, most: int | None) -> OneSide:
    """At most ``most`` points of one group, its blocks first."""
    if most is None:
        return side
    return OneSide(side.group, side.blocks[:most], side.disputed[: max(0, most - len(side.blocks))])


def _points(sides: tuple[OneSide, ...]) -> int:
    return sum(len(o.blocks) + len(o.disputed) for o in sides)


def _omitted(n: int) -> str:
    if not n:
        return ""
    return f"{counted(n, 'further point')}, reported by fewer outlets, left out here; briefing.json has them all."


def groups_view(b: Briefing, max_blocks: int | None = None) -> GroupsView | None:
    """``max_blocks`` caps
    each group's one-side-only list (``briefing.json`` keeps them all)."""
    found = coverage(b)
    if found is None:
        return None
    css = {g: "grp-unrated" if g == UNRATED else f"grp-{n % GROUP_COLOURS}" for n, g in enumerate(found.groups)}
    one_side = tuple(_capped(o, max_blocks) for o in found.one_side)
    outlets = tuple(
        (g, tuple(dict.fromkeys(s.label for s in b.sources if found.group_of[s.id] == g)))
        for g in found.groups
    )
    return GroupsView(
        title=f"Coverage by {found.scale}",
        note=NOTE.format(cited=f", taken from {found.rated_by}" if found.rated_by else "", scale=found.scale),
        coverage=found,
        css=css,
        story=(_row("Sources", found.sources, css), _row("Blocks reported", found.blocks, css)),
        positions=tuple(_row(p.label, p.blocks, css) for p in found.positions),
        one_side=one_side,
        omitted=_omitted(_points(found.one_side) - _points(one_side)),
        outlets=outlets,
        headlines=tuple(zip_longest(*(sources for _, sources in found.headlines))),
    )
