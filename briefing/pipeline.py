"""The orchestrator: paths in, a ``Briefing`` out, one stage after another.

    paths ─► readers ─► clean ─► sentences ─► attribution ─► merge ─► positions ─► neutrality

``consolidate`` runs the stages up to merge (``briefing init`` needs no
more); ``build`` runs them all.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import attribution, clean, coverage, merge, neutrality, positions, readers, sentences
from .draft import neutral_title
from .inputs import is_url
from .messages import display
from .model import Block, Briefing, Source, SourceMeta, Spec
from .spec import SPEC_NAME, find_spec, load_spec

NO_SPEC_WARNING = (
    f"no {SPEC_NAME} found: statements are grouped by speaker, not by position. To group them by "
    f"position, run `briefing init` on the articles, edit the {SPEC_NAME} it drafts, and build "
    "again (or pass --spec FILE; see README)."
)
NO_SPEC_NOTE = (
    "No spec was given, so no positions were defined: statements are grouped by speaker, and the "
    f"title is built from what the sources share. A {SPEC_NAME}, which briefing init drafts, "
    "groups them by position."
)

Report = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Result:
    """The briefing, the warnings met on the way, and seconds per stage."""

    briefing: Briefing | None
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]
    spec: Spec | None = None  # the spec read, None when there was none


@dataclass(frozen=True)
class Consolidated:
    """The stages up to merge: sources, blocks, speakers' roles, warnings."""

    sources: tuple[Source, ...]
    blocks: tuple[Block, ...]
    roles: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]


def _with_metadata(sources: Sequence[Source], meta: Sequence[SourceMeta]) -> tuple[tuple[Source, ...], list[str]]:
    """The spec's ``[[sources]]`` values replace what was read (so a wrong
    outlet can be corrected); a table whose path matches no input is named
    in a warning."""
    by_path = {m.path: m for m in meta}
    out = []
    for s in sources:
        m = by_path.get(s.path)
        if m:
            s = replace(
                s,
                outlet=m.outlet or s.outlet,
                title=m.title or s.title,
                date=m.date or s.date,
                url=m.url or s.url,
            )
        out.append(s)
    read = {s.path for s in sources}
    unmatched = [
        f"{SPEC_NAME}: [[sources]] path {display(m.path)!r} matches no input; its metadata is not used"
        for m in meta
        if m.path not in read
    ]
    return tuple(out), unmatched


def consolidate(
    paths: Sequence[str],
    pattern: str | None = None,
    report: Report = lambda stage, done, total: None,
    meta: Sequence[SourceMeta] = (),
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
) -> Consolidated:
    """Read, clean, split, attribute and merge; ``meta`` fills missing metadata."""
    timings: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def done(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings.append((name, now - clock))
        clock = now

    report("read", 0, 1)
    loaded = readers.load(paths, pattern, url_list=url_list, refresh=refresh, cache_dir=cache_dir)
    with_meta, unmatched = _with_metadata(loaded.sources, meta)
    warnings = [*loaded.warnings, *unmatched]
    cleaned = []
    for n, source in enumerate(with_meta, 1):
        cleaned.append(clean.clean(source))
        report("read", n, len(with_meta))
    cleaned = clean.site_repeats(cleaned)
    sources = tuple(c.source for c in cleaned)
    done("read")
    if not sources:
        return Consolidated((), (), (), tuple(warnings), tuple(timings))
    split = []
    for n, c in enumerate(cleaned, 1):
        split.append(sentences.split(c.paragraphs))
        report("sentences", n, len(cleaned))
    done("sentences")
    attributed = attribution.attribute(split, lambda n, total: report("attribution", n, total))
    done("attribution")
    report("merge", 0, 1)
    blocks = merge.consolidate(attributed.statements, [s.id for s in sources])
    report("merge", 1, 1)
    done("merge")
    return Consolidated(sources, blocks, attributed.roles, tuple(warnings), tuple(timings))


def build(
    paths: Sequence[str],
    spec_path: Path | None = None,
    pattern: str | None = None,
    report: Report = lambda stage, done, total: None,
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
) -> Result:
    """Run every stage; ``report(stage, done, total)`` hears how far each has got.

    ``paths`` may hold URLs; ``url_list`` is a file of URLs, one a line.
    Fetched pages are cached in ``cache_dir`` (default ``.briefing-cache``
    in the current folder); ``refresh`` fetches them anew.

    Raises ``spec.SpecError`` for a spec that cannot be used, before any
    article is read."""
    spec_file = spec_path or find_spec([p for p in paths if not is_url(p)])
    spec = load_spec(spec_file) if spec_file else None
    read = consolidate(
        paths, pattern, report, spec.sources if spec else (), url_list=url_list, refresh=refresh, cache_dir=cache_dir
    )
    warnings = list(read.warnings)
    warnings += [
        f"{SPEC_NAME}: [outlets] {display(name)!r} matches no source's outlet; check its spelling against [[sources]]"
        for name in coverage.unmatched(spec.outlets if spec else None, read.sources)
    ]
    if spec is None:
        warnings.append(NO_SPEC_WARNING)
    if not read.sources:
        return Result(None, tuple(warnings), read.timings, spec)
    clock = time.perf_counter()
    used = spec or Spec(title=neutral_title(read.sources, read.blocks), question=None, positions=(), from_file=False)
    placed = positions.place(read.blocks, used, read.roles)
    report("positions", 1, 1)
    placing = time.perf_counter() - clock
    clock = time.perf_counter()
    marked = neutrality.mark_loaded(placed.blocks)
    rows = neutrality.balance(marked, placed.positions, read.sources)
    labels = {p.id: p.label for p in placed.positions}
    notes = neutrality.balance_warnings(rows) if spec else ()
    briefing = Briefing(
        title=used.title,
        question=used.question,
        sources=read.sources,
        positions=placed.positions,
        blocks=marked,
        roles=read.roles,
        disputed=neutrality.disputed(marked),
        balance=rows,
        profiles=neutrality.profiles(marked, read.sources, labels),
        warnings=tuple(notes),
        spec_from_file=used.from_file,
        notice=None if spec else NO_SPEC_NOTE,
        document=used.document,
        outlet_groups=used.outlets,
    )
    report("neutrality", 1, 1)
    timings = (*read.timings, ("positions", placing), ("neutrality", time.perf_counter() - clock))
    return Result(briefing, (*warnings, *notes), timings, spec)
