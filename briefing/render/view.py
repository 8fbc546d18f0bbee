"""The view: a ``Briefing`` in, what the templates lay out out.

Everything a template shows is decided here (grouping, ordering, word
diffs, how each source is named and linked, the numbered sections), so the
Markdown and HTML templates only format, and show the same blocks, ids and
citations as ``briefing.json``. It also decides what a big story shows
(``budget.py``), the positions' colours, the balance shares and bars, the
plurals (``counted``) and the "How this briefing was made" text, so the
templates hold layout only. The text filters are in ``text.py``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from .. import lexicon
from ..messages import counted
from ..model import (
    CONTEXT_ID,
    SPEECH_KINDS,
    Balance,
    Block,
    Briefing,
    Disputed,
    Position,
    Profile,
    Source,
)
from ..neutrality import neutral_verbs, said_by_holder
from ..wording import normal
from .budget import BLOCKS, Limits, by_reach, choose, first, reach
from .groups import GroupsView, groups_view
from .summary import own_voice, summary_events
from .text import web_link

SUMMARY_SPEAKERS = 8  # without a spec, the summary names this many speakers; each has a section anyway
COVERAGE_ROWS = 25
COVERAGE_COLUMNS = 20  # a matrix wider than this no longer fits a page with three-digit source numbers
FOLDED_ID = "folded"  # the balance row of the sections folded into a short list
_NOT_IN_SLUG = re.compile(r"[^\w\- ]")
PALETTE = ("#2b6cb0", "#c77c02", "#6b4c9a", "#1f8a80", "#a23b72", "#5c6f1c")  # the positions' colours, in turn


@dataclass(frozen=True)
class SpeakerGroup:
    """One speaker's blocks in a section, with their name and role as shown."""

    name: str | None
    role: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Section:
    """A position's section (or the context): its blocks, by speaker, and how it is shown."""

    number: int
    position: Position
    roles: tuple[tuple[str, str | None], ...]
    groups: tuple[SpeakerGroup, ...]
    blocks: tuple[Block, ...]
    omitted: int = 0  # blocks left out by the budget or --max-blocks (all of them stay in briefing.json)
    slug: str = ""  # the Markdown heading's anchor
    css: str = ""  # the position's colour class: pos-0 ... pos-5, pos-ctx


@dataclass(frozen=True)
class Folded:
    """A section with no block inside the budget: one entry of the short
    list, by its label (a spec's position) or its speaker (without a spec)."""

    position: Position
    label: str
    role: str | None
    blocks: int


@dataclass(frozen=True)
class Colour:
    """A position's colour: its stylesheet class and its fill."""

    css: str  # the class the stylesheet colours (swatches, speaker rules)
    fill: str  # the same colour, for SVG


@dataclass(frozen=True)
class Bar:
    """One segment of a balance bar, in a 1000-wide SVG box."""

    x: str
    width: str


@dataclass(frozen=True)
class BalanceRow:
    """A balance row with its colour, its share of all blocks and words
    (whole percent) and its segments of the two bars."""

    row: Balance
    colour: Colour
    block_share: str
    word_share: str
    block_bar: Bar
    word_bar: Bar


class Run(NamedTuple):
    """Words of an outlet's wording against the block's text: the same
    (``equal``), left out (``delete``) or added (``insert``)."""

    op: Literal["equal", "delete", "insert"]
    words: str


class DiffRow(NamedTuple):
    """One wording of a block, as runs against the block's text, and the
    outlets that print it."""

    sources: tuple[str, ...]
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Difference:
    """A block whose wording differs between outlets, word by word."""

    block: Block
    base_sources: tuple[str, ...]
    rows: tuple[DiffRow, ...]
    paraphrased_by: tuple[str, ...]


@dataclass(frozen=True)
class OutletVoice:
    """An outlet's commentary: the blocks it wrote in its own voice, within the budget."""

    source: Source
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Heading:
    """A numbered top-level section: its number, its title and the anchor
    GitHub, GitLab and MkDocs give its Markdown heading."""

    number: int
    title: str
    slug: str


@dataclass(frozen=True)
class View:
    """Everything the templates lay out, decided here (see the module's docstring)."""

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
    names: dict[str, str] | None = None  # source id -> how the text names it
    links: dict[str, str | None] | None = None  # source id -> its http(s) link, if any
    numbers: dict[str, int] | None = None  # source id -> its number in the list of sources
    heads: dict[str, Heading] | None = None  # the numbered top-level sections after the positions
    folded: tuple[Folded, ...] = ()  # sections with nothing inside the budget, listed briefly
    folded_blocks: int = 0
    omitted_commentary: int = 0
    profiles: tuple[Profile, ...] = ()  # the sources whose framing is shown, in source order
    omitted_profiles: int = 0
    balance: tuple[BalanceRow, ...] = ()
    shown_blocks: int = 0  # blocks shown in the sections and commentary, of len(briefing.blocks)
    method: str = ""  # "How this briefing was made"
    groups: GroupsView | None = None  # coverage by the spec's outlet groups; None without an [outlets] table
    summary_speakers: int = SUMMARY_SPEAKERS


SECTION_TITLES = (
    ("differences", "Where the outlets differ"),
    ("commentary", "Commentary and framing"),
    ("balance", "Balance"),
    ("sources", "Sources"),
    ("method", "How this briefing was made"),
)


def slug(heading: str) -> str:
    """The anchor a GFM renderer gives a heading: lower case, punctuation
    dropped, spaces as hyphens."""
    return _NOT_IN_SLUG.sub("", heading.lower()).replace(" ", "-")


def source_names(sources: tuple[Source, ...]) -> dict[str, str]:
    """Each source's name in running text: its label, with "#2", "#3"... on
    the second and later sources that share one (two articles from one outlet)."""
    seen: dict[str, int] = {}
    names = {}
    for s in sources:
        seen[s.label] = seen.get(s.label, 0) + 1
        names[s.id] = s.label if seen[s.label] == 1 else f"{s.label} #{seen[s.label]}"
    return names


def headings(positions: int, context_label: str, folded_title: str | None = None, groups_title: str | None = None) -> dict[str, Heading]:
    """The short list of folded sections (if any), background and the fixed
    sections, numbered on from the positions; coverage by outlet group, when
    there is a table, after the differences."""
    titles: tuple[tuple[str, str], ...] = ((("folded", folded_title),) if folded_title else ()) + (("context", context_label), *SECTION_TITLES)
    if groups_title:
        at = titles.index(SECTION_TITLES[0]) + 1
        titles = (*titles[:at], ("groups", groups_title), *titles[at:])
    return {key: Heading(n, title, slug(f"{n}. {title}")) for n, (key, title) in enumerate(titles, positions + 1)}


def reporter(block: Block) -> str:
    """The source whose wording is the block's text."""
    differing = {v.source for v in block.variants}
    return next((s for s in block.sources if s not in differing), block.sources[0])


def note(block: Block) -> str:
    """Whose loaded words a block carries, in the tool's neutral words."""
    notes = []
    if block.kind == "quote":
        # In a speaker's own words only the Manual of Style's words to watch
        # are worth a reader's note; the broad subjective list would flag
        # every "failed" or "refused" a politician says.
        listed = [
            t for t in block.loaded_terms
            if t not in block.outlet_terms and any(h.category != lexicon.SUBJECTIVE for h in lexicon.load().find(t))
        ]
        if listed:
            notes.append(f"words to watch, in the speaker's own words: {', '.join(listed)}")
    if block.outlet_terms:
        verbs = dict(neutral_verbs(block.outlet_terms))
        terms = [f"“{t}” (neutral: “{verbs[t]}”)" if t in verbs else f"“{t}”" for t in block.outlet_terms]
        whose = "an outlet's own wording in reporting it: " if block.kind == "quote" else "the outlet's own wording: "
        notes.append(whose + ", ".join(terms))
    return "; ".join(notes)


# A word with the punctuation printed on it, a hyphenated compound cut after
# each hyphen ("half-finished" and "half finished" are the same two words); a
# dash standing alone is no word, and stays inside the run around it.
_PIECE = re.compile(r"[^\s-]*\w[^\s-]*-*")


def word_diff(old: str, new: str) -> tuple[Run, ...]:
    """The runs of words turning ``old`` into ``new``, compared by their
    normal form (``wording.normal``): case, hyphenation and the style of
    quote marks and dashes are no change. A run both print is shown as
    ``new`` prints it, since the row is ``new``'s wording."""
    a, b = list(_PIECE.finditer(old)), list(_PIECE.finditer(new))
    runs: list[Run] = []

    def span(text: str, pieces: list[re.Match[str]], i: int, j: int) -> str:
        return text[pieces[i].start() : pieces[j - 1].end()]

    matcher = difflib.SequenceMatcher(a=[normal(m.group()) for m in a], b=[normal(m.group()) for m in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(Run("equal", span(new, b, j1, j2)))
            continue
        if i2 > i1:
            runs.append(Run("delete", span(old, a, i1, i2)))
        if j2 > j1:
            runs.append(Run("insert", span(new, b, j1, j2)))
    return tuple(runs)


def method(generator: str, sources: int, by_position: bool = True) -> str:
    """How this briefing was made, in the tool's neutral words: the one
    text the Markdown and HTML templates both show. Without a spec
    (``by_position`` false) there are no positions to place blocks under."""
    placed = (
        "Each block was placed under a position by the cue phrases of the spec or by its speaker's other statements"
        if by_position
        else "Each speaker's statements are grouped under their name"
    )
    return (
        f"{generator} read {counted(sources, 'article')}, removed page furniture, split them into sentences and "
        "attributed each quotation and piece of reported speech to a speaker, whose name was resolved to one full "
        "name across all sources. Statements reported by several outlets were merged into one block citing every "
        f"outlet; differing wordings are listed above. {placed}; events and figures with no speaker are background. The tool "
        "states nothing in its own voice: its connecting words are neutral and quotes are verbatim. Block ids "
        "(B1, …) match briefing.json."
    )


def percent(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}" if total else "0"


def colour(position_id: str, index: dict[str, int]) -> Colour:
    """A position's colour: its turn in the palette by its place in the
    spec; grey for background, light grey for the folded sections."""
    if position_id == CONTEXT_ID:
        return Colour("pos-ctx", "#9a9a9a")
    if position_id == FOLDED_ID:
        return Colour("pos-other", "#c9c9c9")
    n = index[position_id] % len(PALETTE)
    return Colour(f"pos-{n}", PALETTE[n])


def _groups(blocks: list[Block], roles: dict[str, str]) -> tuple[SpeakerGroup, ...]:
    """Blocks by speaker; speakers and their blocks most widely reported first."""
    by_speaker: dict[str | None, list[Block]] = {}
    for b in by_reach(blocks):
        by_speaker.setdefault(b.speaker, []).append(b)
    return tuple(SpeakerGroup(name, roles.get(name or ""), tuple(mine)) for name, mine in by_speaker.items())


def difference(b: Block) -> Difference | None:
    """How the outlets' wordings of ``b`` differ from its text, if they do."""
    wordings: dict[str, list[str]] = {}  # text -> the outlets printing it, in variant order
    for v in b.variants:
        if v.kind == "wording":
            wordings.setdefault(v.text, []).append(v.source)
    # A sentence that carries the block's words whole (the quote with its
    # "said X to the Post") is no other wording: its framing words are
    # shown with the block; only one quoting parts of it is listed here.
    whole = f" {normal(b.text)} "
    paraphrases = tuple(dict.fromkeys(v.source for v in b.variants if v.kind == "paraphrase" and whole not in f" {normal(v.text)} "))
    if not wordings and not paraphrases:
        return None
    differing = {s for sources in wordings.values() for s in sources}
    return Difference(
        block=b,
        base_sources=tuple(s for s in b.sources if s not in differing and s not in paraphrases),
        rows=tuple(DiffRow(tuple(sources), word_diff(b.text, text)) for text, sources in wordings.items()),
        paraphrased_by=paraphrases,
    )


def coverage_rows(blocks: tuple[Block, ...], limit: int = COVERAGE_ROWS) -> tuple[Block, ...]:
    """The rows of the coverage matrix: the blocks two or more sources
    reported, most widely reported first; when no block has two sources,
    the first ``limit`` blocks in reading order. At most ``limit`` rows."""
    ranked = by_reach(blocks)
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


def _balance(briefing: Briefing, shown: list[Position], folded: list[Position], folded_label: str) -> tuple[BalanceRow, ...]:
    """The balance rows of the shown sections, then one for the folded
    sections together, then background; with each row's share of all
    blocks and words, its bar segments and its colour."""
    rows = {r.position: r for r in briefing.balance}
    kept = [rows[p.id] for p in shown if p.id in rows]
    if folded:
        ids = {p.id for p in folded}
        said = [b for b in briefing.blocks if b.position in ids and said_by_holder(b)]
        outlet = {s.id: s.label for s in briefing.sources}
        kept.append(Balance(FOLDED_ID, folded_label, sum(rows[i].blocks for i in ids), sum(rows[i].words for i in ids),
                            len({b.speaker for b in said if b.kind in SPEECH_KINDS}), len({outlet[s] for b in said for s in b.sources})))
    kept += [rows[CONTEXT_ID]] if CONTEXT_ID in rows else []
    index = {p.id: n for n, p in enumerate(briefing.positions)}
    totals = {"blocks": sum(r.blocks for r in kept), "words": sum(r.words for r in kept)}
    starts = dict.fromkeys(totals, 0.0)
    out = []
    for r in kept:
        bars = {}
        for metric, total in totals.items():
            width = 1000 * getattr(r, metric) / total if total else 0
            bars[metric] = Bar(f"{starts[metric]:.1f}", f"{width:.1f}")
            starts[metric] += width
        shares = {metric: percent(getattr(r, metric), total) for metric, total in totals.items()}
        out.append(BalanceRow(r, colour(r.position, index), shares["blocks"], shares["words"], bars["blocks"], bars["words"]))
    return tuple(out)


def build_view(briefing: Briefing, generator: str, max_blocks: int | None = None, budget: int | None = BLOCKS) -> View:
    """``budget``: blocks shown across the sections (None: all);
    ``max_blocks`` caps each section (see ``budget.Limits``)."""
    limits = Limits.of(budget, max_blocks)
    roles = dict(briefing.roles)
    ranked = [by_reach([b for b in briefing.blocks if b.position == p.id and b.kind != "commentary"]) for p in briefing.positions]
    chosen = choose(ranked, limits)
    index = {p.id: n for n, p in enumerate(briefing.positions)}
    sections: list[Section] = []
    folded: list[Folded] = []
    for position, mine, shown in zip(briefing.positions, ranked, chosen):
        if mine and not shown and position.id != CONTEXT_ID:
            speaker = position.actors[0] if position.actors and not briefing.spec_from_file else None
            folded.append(Folded(position, speaker or position.label, roles.get(speaker or ""), len(mine)))
            continue
        number = len(sections) + 1
        speaker_groups = _groups(list(shown), roles)
        # Holders in the order of their groups below (most widely reported
        # first), not in the order of the files that first print them.
        rank = {g.name: n for n, g in enumerate(speaker_groups)}
        holders = sorted(position.actors, key=lambda a: rank.get(a, len(rank)))
        sections.append(
            Section(
                number=number,
                position=position,
                roles=tuple((a, roles.get(a)) for a in holders),
                groups=speaker_groups,
                blocks=shown,
                omitted=len(mine) - len(shown),
                slug=slug(f"{number}. {position.label}"),
                css=colour(position.id, index).css,
            )
        )
    context = sections[-1]
    # What happened: from all the background, whatever the budget shows of it.
    all_commentary = [b for b in briefing.blocks if b.kind == "commentary"]
    events = summary_events(tuple(ranked[-1]), all_commentary, voice=own_voice(briefing.profiles), blocks=briefing.blocks,
                            disputed=briefing.disputed)
    per_source: dict[str, list[Block]] = {s.id: [] for s in briefing.sources}
    for b in briefing.blocks:
        for sid in b.sources:
            per_source[sid].append(b)
    in_budget = {b.id for b in first(by_reach(all_commentary), limits.commentary)}
    commentary = tuple(
        OutletVoice(s, first([b for b in per_source[s.id] if b.id in in_budget], limits.per_source))
        for s in briefing.sources
    )
    # Differences only for blocks the briefing shows, most widely reported first.
    shown_commentary = {b.id for c in commentary for b in c.blocks}
    shown_ids = {b.id for sec in sections for b in sec.blocks} | shown_commentary
    all_differences = [d for d in map(difference, briefing.blocks) if d is not None]
    differences = first(sorted((d for d in all_differences if d.block.id in shown_ids), key=lambda d: reach(d.block)), limits.differences)
    rows = coverage_rows(tuple(b for s in sections for b in s.blocks) + tuple(b for c in commentary for b in c.blocks))
    framing = {p.source for p in first(sorted(briefing.profiles, key=lambda p: (-p.commentary, -len(p.loaded))), limits.profiles)}
    profiles = tuple(p for p in briefing.profiles if p.source in framing)
    named = briefing.spec_from_file
    folded_title = ("Other positions" if named else "Also quoted") if folded else None
    folded_label = f"{folded_title} ({counted(len(folded), 'position' if named else 'speaker')})"
    positions = [s.position for s in sections if s.position.id != CONTEXT_ID]
    groups = groups_view(briefing, limits.one_side)
    disputed = first(briefing.disputed, limits.disputed)
    return View(
        briefing=briefing,
        sources={s.id: s for s in briefing.sources},
        sections=tuple(sections[:-1]),
        context=context,
        summary_events=tuple(events),
        differences=tuple(sorted(differences, key=lambda d: d.block.first)),
        omitted_differences=len(all_differences) - len(differences),
        disputed=disputed,
        omitted_disputed=len(briefing.disputed) - len(disputed),
        commentary=tuple(c for c in commentary if c.blocks),
        omitted_commentary=len(all_commentary) - len(shown_commentary),
        generator=generator,
        reporter={b.id: reporter(b) for b in briefing.blocks},
        blocks_per_source={sid: len(mine) for sid, mine in per_source.items()},
        notes={b.id: note(b) for b in briefing.blocks},
        coverage=rows,
        coverage_sources=coverage_columns(rows, briefing.sources),
        names=source_names(briefing.sources),
        links={s.id: web_link(s.url) for s in briefing.sources},
        numbers={s.id: n for n, s in enumerate(briefing.sources, 1)},
        heads=headings(len(sections) - 1, context.position.label, folded_title, groups.title if groups else None),
        groups=groups,
        folded=tuple(folded),
        folded_blocks=sum(f.blocks for f in folded),
        profiles=profiles,
        omitted_profiles=len(briefing.profiles) - len(profiles),
        balance=_balance(briefing, positions, [f.position for f in folded], folded_label),
        shown_blocks=len(shown_ids),
        method=method(generator, len(briefing.sources), briefing.spec_from_file),
    )
