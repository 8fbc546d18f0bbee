"""The orchestrator: paths in, a ``Briefing`` out, one stage after another.

    paths ─► readers ─► clean ─► sentences ─► attribution ─► merge ─► positions ─► neutrality
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import attribution, clean, merge, neutrality, positions, readers, sentences
from .fetch import is_url
from .model import Briefing, Source, Spec
from .spec import SPEC_NAME, find_spec, load_spec

NO_SPEC_WARNING = (
    f"no {SPEC_NAME} found: statements are grouped by speaker. To group them by position, "
    f"write a {SPEC_NAME} beside the articles (title, question, and [[positions]] with id, label "
    "and cues; see README) or pass --spec FILE."
)


@dataclass(frozen=True)
class Result:
    """The briefing, the warnings met on the way, and seconds per stage."""

    briefing: Briefing | None
    warnings: tuple[str, ...]
    timings: tuple[tuple[str, float], ...]


def default_spec(sources: Sequence[Source]) -> Spec:
    title = next((s.title for s in sources if s.title), None) or "Briefing"
    return Spec(title=title, question=None, positions=(), from_file=False)


def _with_metadata(sources: Sequence[Source], spec: Spec) -> tuple[Source, ...]:
    """Fill what a source lacks from the spec's ``[[sources]]`` tables."""
    meta = {m.path: m for m in spec.sources}
    out = []
    for s in sources:
        m = meta.get(s.path)
        if m:
            s = replace(
                s,
                outlet=s.outlet or m.outlet,
                title=s.title or m.title,
                date=s.date or m.date,
                url=s.url or m.url,
            )
        out.append(s)
    return tuple(out)


def build(
    paths: Sequence[str],
    spec_path: Path | None = None,
    pattern: str | None = None,
    report: Callable[[str, int, int], None] = lambda stage, done, total: None,
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
) -> Result:
    """Run every stage; ``report(stage, done, total)`` hears how far each has got.

    ``paths`` may hold URLs; ``url_list`` is a file of URLs, one a line.
    Fetched pages are cached in ``cache_dir`` (default ``.briefing-cache``
    in the current folder); ``refresh`` fetches them anew.

    Raises ``spec.SpecError`` for a spec that cannot be used."""
    timings: list[tuple[str, float]] = []
    clock = time.perf_counter()

    def done(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings.append((name, now - clock))
        clock = now

    report("read", 0, 1)
    loaded = readers.load(paths, pattern, url_list=url_list, refresh=refresh, cache_dir=cache_dir)
    warnings = list(loaded.warnings)
    spec_file = spec_path or find_spec([p for p in paths if not is_url(p)])
    spec = load_spec(spec_file) if spec_file else default_spec(loaded.sources)
    if not spec_file:
        warnings.append(NO_SPEC_WARNING)
    with_meta = _with_metadata(loaded.sources, spec)
    cleaned = []
    for n, source in enumerate(with_meta, 1):
        cleaned.append(clean.clean(source))
        report("read", n, len(with_meta))
    cleaned = clean.site_repeats(cleaned)
    sources = tuple(c.source for c in cleaned)
    done("read")
    if not sources:
        return Result(None, tuple(warnings), tuple(timings))
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
    placed = positions.place(blocks, spec)
    report("positions", 1, 1)
    done("positions")
    marked = neutrality.mark_loaded(placed.blocks)
    rows = neutrality.balance(marked, placed.positions, sources)
    labels = {p.id: p.label for p in placed.positions}
    notes = list(neutrality.balance_warnings(rows)) if spec.from_file else [NO_SPEC_WARNING]
    briefing = Briefing(
        title=spec.title,
        question=spec.question,
        sources=sources,
        positions=placed.positions,
        blocks=marked,
        roles=attributed.roles,
        disputed=neutrality.disputed(marked),
        balance=rows,
        profiles=neutrality.profiles(marked, sources, labels),
        warnings=tuple(notes),
        spec_from_file=spec.from_file,
    )
    report("neutrality", 1, 1)
    done("neutrality")
    warnings.extend(n for n in notes if n != NO_SPEC_WARNING)
    return Result(briefing, tuple(warnings), tuple(timings))
