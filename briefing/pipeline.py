"""The orchestrator: paths in, a ``Briefing`` out, one stage after another.

    paths ─► readers ─► clean ─► sentences ─► attribution ─► merge ─► positions ─► neutrality

``consolidate`` runs the stages up to merge (``briefing init`` needs no
more); ``build`` runs them all.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from . import attribution, caches, clean, collector, coverage, merge, neutrality, positions, readers, sentences
from .corpus import Printed, gathered, printed
from .inputs import is_url
from .mapping import Progress, in_order, one_then_other
from .messages import display
from .model import Block, Briefing, Paragraph, Source, SourceMeta, Spec
from .saying import Parsed, parse
from .spec import DRAFT_LABEL, DRAFT_NOTE, SPEC_NAME, find_spec, load_spec, matched_actors, not_the_spec, unused
from .title import neutral_title

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

if TYPE_CHECKING:
    from concurrent.futures import Executor

Report = Callable[[str, int, int], None]
T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Result:
    """The briefing, the warnings met on the way, and seconds per stage."""

    briefing: Briefing | None
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]
    spec: Spec | None = None  # the spec read, None when there was none


# Below this many sources a process pool costs more than it saves
# (measured with benchmarks/run.py; forking and pickling are about 0.1 s).
POOL_MIN_SOURCES = 200
CHUNKS = 32  # chunks per worker in each map of the pool
WORKER_CACHE_ITEMS = 256  # a worker's per-build caches hold the texts of at most this many items


# The words of ``Printed`` this process has sent back since its caches were
# last cleared: the corpus keeps only their union, so each is sent once, not
# once an article (sent every time, they cost the build process 28 MB of
# peak memory at 3,200 articles).
_SENT: tuple[caches.Known[None], ...] = (caches.known(), caches.known(), caches.known())


def _unsent(words: frozenset[str], sent: caches.Known[None]) -> frozenset[str]:
    new = frozenset(w for w in words if w not in sent)
    sent.update(dict.fromkeys(new))
    return new


def _parsed(paragraphs: Sequence[Paragraph]) -> tuple[list[Parsed], Printed]:
    """One source's paragraphs, split into sentences and each parsed, and
    what it prints that the corpus gathers (read here, by the workers, not
    by the corpus on one core), less the words sent before (``_SENT``)."""
    parsed = [parse(s) for s in sentences.split(paragraphs)]
    read = printed(parsed)
    lower, inside, named = (_unsent(words, sent) for words, sent in zip((read.lower, read.inside, read.named), _SENT))
    return parsed, read._replace(lower=lower, inside=inside, named=named)


class _Stage(Generic[T, U]):
    """One stage's work in a worker: the first item of a new stage clears
    the worker's per-build caches of texts (not of words: ``caches.per_word``),
    which hold the texts of the stage before, and gives the memory freed
    back (``collector.trim``); a worker serves the whole build, and kept they set its peak
    memory (at 10,000 articles 110 -> 169 MB a worker once the workers read
    each article's speakers too).

    The work is pickled once, here, and unpickled once per worker and
    stage: the executor sends it with every chunk, and the work that reads
    articles carries the corpus (0.4 MB pickled at 3,200 articles, 20 ms
    to dump and load), which would otherwise be pickled for each chunk."""

    current = -1  # the stage this worker process last worked for
    done = 0  # items of it done since the caches were last cleared
    loaded: tuple[int, Callable[..., object]] = (-1, lambda item: item)  # the stage whose work this worker unpickled, and that work

    def __init__(self, work: Callable[[T], U], stage: int) -> None:
        import pickle  # only for a pool, as multiprocessing: a small build does not pay for it

        self.work, self.stage = pickle.dumps(work), stage

    def __call__(self, item: T) -> U:
        if _Stage.current != self.stage or _Stage.done >= WORKER_CACHE_ITEMS:
            caches.clear(words=False)
            if _Stage.current != self.stage:
                collector.trim()
            _Stage.current, _Stage.done = self.stage, 0
        if _Stage.loaded[0] != self.stage:
            import pickle  # a worker has it already, from multiprocessing

            _Stage.loaded = (self.stage, pickle.loads(self.work))
        _Stage.done += 1
        return cast(U, _Stage.loaded[1](item))


class _Pool:
    """Per-source work (``clean``, sentence splitting and parsing, reading
    each article's speakers) and per-block work (words to watch), on every
    core when there are many sources, in one process otherwise. Results come
    back in input order, so the output is the same either way. ``start``
    forks the workers once the inputs are listed (before any is read, so
    the workers start small); they serve the rest of the build."""

    def __init__(self) -> None:
        self.workers = 1
        self.executor: Executor | None = None
        self.stages = 0  # maps run so far: each is a stage to the workers

    @staticmethod
    def workers_for(sources: int) -> int:
        """How many processes a build of ``sources`` uses."""
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        return min(cores, sources // (POOL_MIN_SOURCES // 2)) if sources >= POOL_MIN_SOURCES else 1

    def start(self, sources: int) -> None:
        self.workers = self.workers_for(sources)
        if self.workers > 1 and self.executor is None:
            # Imported only for a pool: a small build does not pay for them.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # fork: the workers start with the parent's imports and compiled patterns.
            context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context)

    def trim(self) -> None:
        """After a stage of a big build, its freed memory given back
        (``collector.trim``); a small build has little to give."""
        if self.workers > 1:
            collector.trim()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor:
            self.executor.shutdown(cancel_futures=True)

    def map(self, work: Callable[[T], U], items: Sequence[T], progress: Progress = lambda done, total: None) -> list[U]:
        """``work`` on every item, in order (a ``mapping.Map``); ``progress(done, total)``."""
        if not self.executor:
            return in_order(work, items, progress)
        out = []
        self.stages += 1
        staged: _Stage[T, U] = _Stage(work, self.stages)
        # Many small chunks: a worker that has run out of chunks waits for
        # the other's last one (with 8 chunks a worker, one was 625 articles
        # at 10,000, over a second of parsing).
        for n, result in enumerate(self.executor.map(staged, items, chunksize=max(1, len(items) // (CHUNKS * self.workers))), 1):
            out.append(result)
            progress(n, len(items))
        return out

    def beside(self, on_pool: Callable[[], T], alone: Callable[[], U]) -> tuple[T, U]:
        """``on_pool()`` (work the pool's workers do, which the build process
        mostly waits on) and ``alone()`` (work on one core, which does not
        need the other's result), at the same time: ``alone`` runs in a
        thread of the build process while it waits. With no workers, one
        after the other; the results are the same either way."""
        if not self.executor:
            return one_then_other(on_pool, alone)
        from concurrent.futures import ThreadPoolExecutor  # only for a pool, as above

        with ThreadPoolExecutor(1) as side:
            running = side.submit(alone)
            return on_pool(), running.result()


@dataclass(frozen=True)
class Consolidated:
    """The stages up to merge: sources, blocks, speakers' roles, warnings."""

    sources: tuple[Source, ...]
    blocks: tuple[Block, ...]
    roles: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # words to watch attribution read (``Attributed.terms``)
    described: tuple[tuple[str, str], ...] = ()  # the other roles the sources give (``Attributed.described``)


def _with_metadata(sources: Sequence[Source], meta: Sequence[SourceMeta]) -> tuple[Source, ...]:
    """The spec's ``[[sources]]`` values replace what was read (so a wrong
    outlet can be corrected)."""
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
    return tuple(out)


def consolidate(
    paths: Sequence[str],
    pattern: str | None = None,
    report: Report = lambda stage, done, total: None,
    meta: Sequence[SourceMeta] = (),
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
    pool: _Pool | None = None,
) -> Consolidated:
    """Read, clean, split, attribute and merge; ``meta`` fills missing
    metadata. ``pool`` is the build's (it is started here), else one of its own."""
    if pool is None:
        with collector.paused(), _Pool() as own:
            return consolidate(paths, pattern, report, meta, url_list=url_list, refresh=refresh, cache_dir=cache_dir, pool=own)
    caches.clear()  # a build's cached texts are its own
    timings: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def done(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings.append((name, now - clock))
        clock = now

    report("read", 0, 1)
    # The workers are forked once the inputs are listed, before any is read,
    # and read the files themselves: they need none of the parent's texts
    # (measured at 10,000 articles it makes little difference, 143 -> 142 MB
    # a worker, as the texts are small beside what a worker's own work holds).
    loaded = readers.load(paths, pattern, url_list=url_list, refresh=refresh, cache_dir=cache_dir, listed=pool.start, each=pool.map)
    with_meta = _with_metadata(loaded.sources, meta)
    warnings = list(loaded.warnings)
    cleaned = clean.site_repeats(pool.map(clean.clean, with_meta, lambda n, total: report("read", n, total)))
    sources = tuple(c.source for c in cleaned)
    done("read")
    if not sources:
        return Consolidated((), (), (), tuple(warnings), tuple(timings))
    read = pool.map(_parsed, [c.paragraphs for c in cleaned], lambda n, total: report("sentences", n, total))
    parsed, prints = [p for p, _ in read], gathered([r for _, r in read])
    del cleaned, with_meta, loaded, read  # the inputs as read and cleaned: their sentences are parsed now
    done("sentences")
    # The workers forked before the parses existed, so they stay small;
    # each article is sent to them, and the corpus once to each (``_Stage``).
    attributed = attribution.attribute(parsed, lambda n, total: report("attribution", n, total), pool.map, prints)
    del parsed, prints  # the parses take more memory than the statements made of them: gone before merge
    pool.trim()
    done("attribution")
    report("merge", 0, 1)
    blocks = merge.consolidate(attributed.statements, [s.id for s in sources], pool.map, pool.beside, {s.id: s.date for s in sources if s.date})
    pool.trim()  # merge's index and pairs
    report("merge", 1, 1)
    done("merge")
    return Consolidated(sources, blocks, attributed.roles, tuple(warnings), tuple(timings), attributed.terms, attributed.described)


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
    pool = _Pool()
    try:
        with collector.paused(), pool:  # the workers fork inside: they pause too
            return _build(paths, spec_path, pattern, report, pool, url_list=url_list, refresh=refresh, cache_dir=cache_dir)
    finally:
        caches.clear()  # the texts of a finished build are not kept
        pool.trim()


def _build(
    paths: Sequence[str],
    spec_path: Path | None,
    pattern: str | None,
    report: Report,
    pool: _Pool,
    *,
    url_list: str | Path | None,
    refresh: bool,
    cache_dir: Path | None,
) -> Result:
    spec_file = spec_path or find_spec([p for p in paths if not is_url(p)])
    spec = load_spec(spec_file) if spec_file else None
    articles, skipped = not_the_spec(paths, spec_file)
    read = consolidate(
        articles, pattern, report, spec.sources if spec else (), url_list=url_list, refresh=refresh, cache_dir=cache_dir, pool=pool
    )
    warnings = [*skipped, *read.warnings]
    if spec_file and spec and read.sources:  # with nothing read, every line would be named
        # A body [actors] lists is no speaker, but its members' roles name it.
        speakers = {b.speaker for b in read.blocks if b.speaker} | positions.listed_bodies(dict(spec.actors), dict(read.roles))
        spec = matched_actors(spec, speakers)
        warnings += [f"{display(spec_file)}: {w}" for w in unused(spec, [s.path for s in read.sources], speakers)]
        warnings += [
            f"{display(spec_file)}: [outlets] {display(name)!r} matches no source's outlet; check its spelling against [[sources]]"
            for name in coverage.unmatched(spec.outlets, read.sources)
        ]
    if spec is None and read.sources:  # with nothing read, how statements would be grouped is no news
        warnings.append(NO_SPEC_WARNING)
    if not read.sources:
        return Result(None, tuple(warnings), read.timings, spec)
    clock = time.perf_counter()
    report("positions", 0, 1)
    if spec:
        used, placed = spec, positions.place(read.blocks, spec, read.roles, read.described)
    else:  # the speakers' sections are made on one core while the workers draft the title (placing reads no title)
        drafted = Spec(title="", question=None, positions=(), from_file=False)
        title, placed = pool.beside(
            lambda: neutral_title(read.sources, read.blocks, read.roles, pool.map), lambda: positions.place(read.blocks, drafted, read.roles, sources=read.sources)
        )
        used = replace(drafted, title=title)
    report("positions", 1, 1)
    placing = time.perf_counter() - clock
    clock = time.perf_counter()
    report("neutrality", 0, 1)
    # The disputed details are read on one core while the workers find the
    # words to watch (they read none of what those add to a block).
    watched, disputed = pool.beside(lambda: neutrality.mark_loaded(placed.blocks, pool.map, read.terms), lambda: neutrality.disputed(placed.blocks))
    marked = watched.blocks
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
        disputed=disputed,
        balance=rows,
        profiles=neutrality.profiles(watched, read.sources, labels),
        warnings=tuple(notes),
        spec_from_file=used.from_file,
        notice=(DRAFT_NOTE if any(p.label.startswith(DRAFT_LABEL) for p in spec.positions) else None) if spec else NO_SPEC_NOTE,
        document=used.document,
        outlet_groups=used.outlets,
    )
    report("neutrality", 1, 1)
    timings = (*read.timings, ("positions", placing), ("neutrality", time.perf_counter() - clock))
    return Result(briefing, (*warnings, *notes), timings, spec)
