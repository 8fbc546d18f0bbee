"""The view: a ``Briefing`` in, what the templates lay out out.

Everything a template shows is decided here (grouping, ordering, word
diffs), so the Markdown and HTML templates only format, and show the same
blocks, ids and citations as ``briefing.json``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .. import lexicon
from ..model import (
    CONTEXT_ID,
    Block,
    Briefing,
    Disputed,
    Position,
    Source,
)
from ..neutrality import neutral_verbs

SUMMARY_EVENTS = 3
COVERAGE_ROWS = 25
COVERAGE_COLUMNS = 30  # a matrix wider than this no longer fits a page


@dataclass(frozen=True)
class SpeakerGroup:
    name: str | None
    role: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Section:
    number: int
    position: Position
    roles: tuple[tuple[str, str | None], ...]
    groups: tuple[SpeakerGroup, ...]
    blocks: tuple[Block, ...]
    omitted: int = 0  # blocks left out by --max-blocks (all of them stay in briefing.json)


@dataclass(frozen=True)
class Difference:
    """A block whose wording differs between outlets, word by word."""

    block: Block
    base_sources: tuple[str, ...]
    rows: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    paraphrased_by: tuple[str, ...]


@dataclass(frozen=True)
class OutletVoice:
    source: Source
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class View:
    briefing: Briefing
    sources: dict[str, Source]
    sections: tuple[Section, ...]
    context: Section
    summary_events: tuple[Block, ...]
    differences: tuple[Difference, ...]
    commentary: tuple[OutletVoice, ...]
    generator: str
    coverage: tuple[Block, ...] = ()
    reporter: dict[str, str] | None = None
    blocks_per_source: dict[str, int] | None = None
    notes: dict[str, str] | None = None
    disputed: tuple[Disputed, ...] = ()
    omitted_differences: int = 0  # left out by max_blocks, with omitted_disputed
    omitted_disputed: int = 0
    coverage_sources: tuple[Source, ...] = ()


def reporter(block: Block) -> str:
    """The source whose wording is the block's text."""
    differing = {v.source for v in block.variants}
    return next((s for s in block.sources if s not in differing), block.sources[0])


def note(block: Block) -> str:
    """Whose loaded words a block carries, in the tool's neutral words."""
    if block.kind == "quote":
        return f"words to watch, in the speaker's own words: {', '.join(block.loaded_terms)}" if block.loaded_terms else ""
    if not block.outlet_terms:
        return ""
    verbs = dict(neutral_verbs(block.outlet_terms))
    terms = [f"“{t}” (neutral: “{verbs[t]}”)" if t in verbs else f"“{t}”" for t in block.outlet_terms]
    return "the outlet's own wording: " + ", ".join(terms)


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """(op, words) runs turning ``old`` into ``new``: equal, delete, insert."""
    a, b = old.split(), new.split()
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("insert", " ".join(b[j1:j2])))
    return tuple(runs)


def _groups(blocks: list[Block], roles: dict[str, str]) -> tuple[SpeakerGroup, ...]:
    """Blocks by speaker; speakers and their blocks most widely reported first."""
    by_speaker: dict[str | None, list[Block]] = {}
    for b in _by_reach(blocks):
        by_speaker.setdefault(b.speaker, []).append(b)
    return tuple(SpeakerGroup(name, roles.get(name or ""), tuple(mine)) for name, mine in by_speaker.items())


def _by_reach(blocks: list[Block]) -> list[Block]:
    """Most widely reported first; reading order breaks ties."""
    return sorted(blocks, key=lambda b: (-len(b.sources), b.first))


def coverage_rows(blocks: tuple[Block, ...], limit: int = COVERAGE_ROWS) -> tuple[Block, ...]:
    """The rows of the coverage matrix: the blocks two or more sources
    reported, most widely reported first; when no block has two sources,
    the first ``limit`` blocks in reading order. At most ``limit`` rows."""
    ranked = _by_reach(list(blocks))
    shared = [b for b in ranked if len(b.sources) > 1]
    return tuple((shared or ranked)[:limit])


def coverage_columns(rows: tuple[Block, ...], sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """The matrix's columns, in source order: every source, or, when there
    are too many, those that report the most rows."""
    if len(sources) <= COVERAGE_COLUMNS:
        return sources
    hits = {s.id: sum(s.id in b.sources for b in rows) for s in sources}
    keep = set(sorted(hits, key=lambda sid: -hits[sid])[:COVERAGE_COLUMNS])
    return tuple(s for s in sources if s.id in keep)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower())}


def summary_events(context: tuple[Block, ...], commentary: list[Block]) -> list[Block]:
    """The lines of "What happened": fact blocks (events, figures) in the
    outlets' plain voice, most widely reported first, then one per source
    for variety. A block with a loaded word of an outlet's own is left
    out, and so is one that some outlet told only as its opinion (most of
    its words inside one commentary block from another source)."""
    opinion = [(set(c.sources), _content_words(c.text)) for c in commentary]
    events: list[Block] = []
    for b in context:
        if b.kind not in ("event", "statistic") or b.outlet_terms or lexicon.opinion_score(b.text):
            continue
        words = _content_words(b.text)
        if any(sources - set(b.sources) and len(words & told) * 5 >= len(words) * 3 for sources, told in opinion):
            continue
        if len(b.sources) > 1 or all(e.sources[0] != b.sources[0] for e in events):
            events.append(b)
    return events


def build_view(briefing: Briefing, generator: str, max_blocks: int | None = None) -> View:
    """``max_blocks`` caps each section at its most widely reported blocks."""
    roles = dict(briefing.roles)
    sections = []
    for number, position in enumerate(briefing.positions, 1):
        mine = _by_reach([b for b in briefing.blocks if b.position == position.id and b.kind != "commentary"])
        shown = mine[:max_blocks] if max_blocks else mine
        sections.append(
            Section(
                number=number,
                position=position,
                roles=tuple((a, roles.get(a)) for a in position.actors),
                groups=_groups(shown, roles),
                blocks=tuple(shown),
                omitted=len(mine) - len(shown),
            )
        )
    context = next(s for s in sections if s.position.id == CONTEXT_ID)
    events = summary_events(context.blocks, [b for b in briefing.blocks if b.kind == "commentary"])
    differences = []
    for b in briefing.blocks:
        wordings = [v for v in b.variants if v.kind == "wording"]
        paraphrases = tuple(v.source for v in b.variants if v.kind == "paraphrase")
        if not wordings and not paraphrases:
            continue
        differing = {v.source for v in wordings}
        differences.append(
            Difference(
                block=b,
                base_sources=tuple(s for s in b.sources if s not in differing and s not in paraphrases),
                rows=tuple((v.source, word_diff(b.text, v.text)) for v in wordings),
                paraphrased_by=paraphrases,
            )
        )
    per_source: dict[str, list[Block]] = {s.id: [] for s in briefing.sources}
    for b in briefing.blocks:
        for sid in b.sources:
            per_source[sid].append(b)
    commentary = tuple(
        OutletVoice(s, tuple(b for b in per_source[s.id] if b.kind == "commentary")[:max_blocks])
        for s in briefing.sources
    )
    # Differences only for blocks the briefing shows, most widely reported first.
    shown = {b.id for sec in sections for b in sec.blocks} | {b.id for c in commentary for b in c.blocks}
    all_differences = [d for d in differences if d.rows or d.paraphrased_by]
    differences = sorted(
        (d for d in all_differences if d.block.id in shown), key=lambda d: (-len(d.block.sources), d.block.first)
    )[:max_blocks]
    rows = coverage_rows(tuple(b for s in sections for b in s.blocks) + tuple(b for c in commentary for b in c.blocks))
    return View(
        briefing=briefing,
        sources={s.id: s for s in briefing.sources},
        sections=tuple(s for s in sections if s.position.id != CONTEXT_ID),
        context=context,
        summary_events=tuple(events[:SUMMARY_EVENTS]),
        differences=tuple(sorted(differences, key=lambda d: d.block.first)),
        omitted_differences=len(all_differences) - len(differences),
        disputed=briefing.disputed[:max_blocks],
        omitted_disputed=len(briefing.disputed) - len(briefing.disputed[:max_blocks]),
        commentary=tuple(c for c in commentary if c.blocks),
        generator=generator,
        reporter={b.id: reporter(b) for b in briefing.blocks},
        blocks_per_source={sid: len(mine) for sid, mine in per_source.items()},
        notes={b.id: note(b) for b in briefing.blocks},
        coverage=rows,
        coverage_sources=coverage_columns(rows, briefing.sources),
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def markdown_escape(text: object) -> str:
    """Source text made inert in Markdown: no emphasis, links, headings,
    tables or raw HTML can come out of it."""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    return re.sub(r"\s*\n\s*", " ", value)
