"""Merge alone, on the statements of a generated corpus: the stage's CPU
time and peak memory, and a digest of its blocks, with none of the stages
before it in the measure.

    python benchmarks/merge_alone.py 3200                  # no spec, seed 7, three runs
    python benchmarks/merge_alone.py 10000 --repeat 1 --profile 40
    python benchmarks/merge_alone.py 3200 --statements /tmp/s3200.pkl   # reuse, e.g. from another branch

The corpus is generated (``generate.py``, no spec: the harder case) and
read, split and attributed once by ``pipeline.consolidate``, which is
stopped at merge; the statements are pickled to ``--statements`` when it
is given and read from it when it exists, so two trees' merges (main's
and a branch's, run one after the other) start from the same statements.
Each run is ``merge.consolidate`` in this process with the build's caches
cleared: no pool, so the facts' views, which a big build reads on the
pool beside the linking, count here too. It prints CPU and wall seconds,
the blocks and a digest of their ``repr`` (the same digest means the same
blocks), and this process's peak RSS (with the stages before merge, when
it made the statements itself). ``--profile N``: cProfile's top N functions by own
time, of one more run.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from run import without_spec  # noqa: E402

from briefing import caches, merge, pipeline  # noqa: E402
from briefing.model import Statement  # noqa: E402

Statements = tuple[tuple[Statement, ...], list[str]]  # the statements, and the sources in order


def statements_of(folder: Path) -> Statements:
    """The statements ``pipeline.consolidate`` hands to merge for ``folder``."""
    kept: list[Statements] = []
    real = merge.consolidate

    def keep(statements: Sequence[Statement], source_order: Sequence[str], *pool: object) -> tuple[()]:
        kept.append((tuple(statements), list(source_order)))
        return ()

    merge.consolidate = keep  # type: ignore[assignment]
    try:
        pipeline.consolidate([str(folder)])
    finally:
        merge.consolidate = real
    return kept[0]


def once(statements: Statements) -> tuple[float, float, int, str]:
    """CPU and wall seconds of one merge, its blocks and their digest."""
    caches.clear()
    cpu, wall = time.process_time(), time.perf_counter()
    blocks = merge.consolidate(*statements)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu, wall, len(blocks), hashlib.sha256(repr(blocks).encode()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", type=int, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--statements", type=Path, help="pickle of the statements: read when it exists, else written")
    parser.add_argument("--profile", type=int, metavar="N", help="also profile one run and print the top N functions")
    args = parser.parse_args(argv)

    if args.statements and args.statements.exists():
        statements = pickle.loads(args.statements.read_bytes())
    else:
        from generate import generate

        with tempfile.TemporaryDirectory(prefix="briefing-merge-") as tmp:
            folder = Path(tmp) / f"n{args.size}"
            generate(args.size, folder, args.seed)
            statements = statements_of(without_spec(folder))
        if args.statements:
            args.statements.write_bytes(pickle.dumps(statements))
    print(f"{len(statements[0]):,} statements of {len(statements[1]):,} sources")
    for _ in range(args.repeat):
        cpu, wall, blocks, digest = once(statements)
        print(f"merge {cpu:.2f} CPU-s, {wall:.2f} s wall, {blocks:,} blocks, digest {digest}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(once, statements)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
