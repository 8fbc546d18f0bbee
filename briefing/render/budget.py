"""What a reader is shown of a big story: every block in, those shown out.

The human-readable formats (Markdown, HTML, PDF) show at most ``BLOCKS``
blocks across the position sections and the background, chosen by reach:
the blocks the most outlets reported, ties in reading order. While every
section can have them, each section first gets its ``FLOOR`` most widely
reported blocks, so a position that outlets reported less is still shown
(with a spec's few positions it always is); when they cannot all have
them (a story without a spec has a section per speaker), the sections
whose top blocks were the most widely reported are shown, as many as the
budget holds, and the view folds the others into a short list. The rest
of the budget goes by reach among the sections shown. Commentary,
differences in wording, disputed details, source profiles and the points
one group of outlets alone reported have budgets of their own.
``briefing.json`` always keeps everything.

``--max-blocks N`` is the older, explicit limit: at most ``N`` blocks in
each section (and ``N`` differences, disputed details and one-group
points), inside the budget. A budget of ``None`` (``--budget 0``) shows
everything, each section still cut at ``--max-blocks`` when given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Block

BLOCKS = 120  # about 25 pages of A4 with their citations; a seed-sized story (under 100 blocks) shows all
FLOOR = 3
BACKGROUND = 10  # the background's events and figures are what happened: never fewer than this
COMMENTARY = 30
DIFFERENCES = 15  # each shows every outlet's wording in full: about a third of a page
DISPUTED = 15
PROFILES = 30
ONE_SIDE = 15  # points reported by one group of outlets only, per group (with an [outlets] table)


@dataclass(frozen=True)
class Limits:
    """How much of each part is shown; None: all of it."""

    blocks: int | None = BLOCKS
    per_section: int | None = None
    commentary: int | None = COMMENTARY
    per_source: int | None = None  # commentary blocks of one source
    differences: int | None = DIFFERENCES
    disputed: int | None = DISPUTED
    profiles: int | None = PROFILES
    one_side: int | None = ONE_SIDE

    @classmethod
    def of(cls, budget: int | None = BLOCKS, max_blocks: int | None = None) -> Limits:
        """The limits for ``--budget`` (None: no budget) and ``--max-blocks``."""
        if budget is None:
            return cls(None, max_blocks, None, max_blocks, max_blocks, max_blocks, None, max_blocks)
        return cls(budget, max_blocks, COMMENTARY, max_blocks, _least(DIFFERENCES, max_blocks), _least(DISPUTED, max_blocks), PROFILES,
                   _least(ONE_SIDE, max_blocks))


def _least(a: int, b: int | None) -> int:
    return a if b is None else min(a, b)


def reach(block: Block) -> tuple:
    """The sort key of "most widely reported first": more outlets first,
    then reading order."""
    return (-len(block.sources), block.first)


def by_reach(blocks: Sequence[Block]) -> list[Block]:
    return sorted(blocks, key=reach)


def first(items: Sequence, limit: int | None) -> tuple:
    """The first ``limit`` items (all when None)."""
    return tuple(items if limit is None else items[:limit])


def choose(sections: Sequence[Sequence[Block]], limits: Limits) -> list[tuple[Block, ...]]:
    """The blocks shown of each section (the last is the background); each
    section's blocks come most widely reported first, and what is shown of
    it is a prefix of them. When every section can have its ``FLOOR`` top
    blocks, each gets them; when not, the sections whose top blocks the
    most outlets reported get them, as many as fit, and the others none.
    The background gets at least ``BACKGROUND``. The rest of the budget
    goes by reach among the sections shown."""
    capped = [first(blocks, limits.per_section) for blocks in sections]
    if limits.blocks is None or sum(map(len, capped)) <= limits.blocks:
        return capped
    *positions, background = capped
    take = [min(FLOOR, len(blocks)) for blocks in positions] + [min(BACKGROUND, limits.blocks, len(background))]
    fit = max(0, limits.blocks - take[-1]) // FLOOR
    if sum(1 for n in take[:-1] if n) > fit:
        ranked = sorted((n for n, blocks in enumerate(positions) if blocks), key=lambda n: [reach(b) for b in positions[n][:FLOOR]])
        for n in ranked[fit:]:
            take[n] = 0
    shown = [n for n, count in enumerate(take) if count] + [len(positions)]
    rest = sorted((reach(b), n) for n in set(shown) for b in capped[n][take[n]:])
    for _, n in rest[: max(0, limits.blocks - sum(take))]:
        take[n] += 1
    return [blocks[:n] for blocks, n in zip(capped, take)]
