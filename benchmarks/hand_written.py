"""Per-story scores on the hand-written stories of ``tests/``: placement
(``tests/placement``) and paraphrased facts (``tests/corpus``).

    python benchmarks/hand_written.py [placement|facts] [--misses] [--only NAME,...]

``placement``: for each quote of a story's ``expected.toml``, the position
of the block holding it must be the one a careful reader gives (the measure
of ``tests/test_placement.py``). ``facts``: every pair of wordings of one
``[[facts]]`` entry must be in one block (recall) and no ``[[apart]]`` pair
or two different facts may share one (wrong joins; the measure of
``tests/test_merge.py``). One line per story, then the totals; ``--misses``
prints each quote placed elsewhere and each fact pair left apart.
"""

from __future__ import annotations

import argparse
import tomllib
from itertools import combinations
from pathlib import Path

from briefing.model import Briefing
from briefing.pipeline import build
from briefing.sentences import boundaries
from briefing.wording import normal

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _stories(folder: Path, only: set[str]) -> list[tuple[Path, dict, Briefing]]:
    found = []
    for story in sorted(p for p in folder.iterdir() if p.is_dir() and (not only or p.name in only)):
        expected = story / "expected.toml"
        if not expected.exists():
            continue
        b = build([str(story)]).briefing
        assert b is not None, story
        found.append((story, tomllib.loads(expected.read_text("utf-8")), b))
    return found


def placed(gold: dict, b: Briefing) -> list[tuple[dict, set[str]]]:
    """Each quote of a story's ``expected.toml`` with the positions of the
    blocks that hold it. A quote of several sentences is held by the blocks
    of its sentences (the engine makes a block of each), so all of them must
    be in the expected position."""
    # each block's wordings normalised once a story, not once a quote
    told = [(x.position, [normal(t) for t in (x.text, *(v.text for v in x.variants))]) for x in b.blocks]
    found = []
    for q in gold["quotes"]:
        text = q["text"]
        keys = [normal(text[s:e]) for s, e in boundaries(text)] or [normal(text)]
        found.append((q, {position for position, texts in told if any(k in t for k in keys for t in texts)}))
    return found


def placement(only: set[str], misses: bool) -> tuple[int, int]:
    right = total = 0
    for story, gold, b in _stories(TESTS / "placement", only):
        scored = placed(gold, b)
        ok = sum(found == {q["position"]} for q, found in scored)
        if misses:
            for q, found in scored:
                if found != {q["position"]}:
                    print(f"  {story.name}: {q['position']} <- {sorted(found)}: {q['text'][:90]}")
        print(f"{story.name:20} {ok:3}/{len(scored):3}")
        right, total = right + ok, total + len(scored)
    return right, total


def _home(b: Briefing, path: str, snippet: str) -> str | None:
    sid = next(s.id for s in b.sources if s.path == path)
    key = normal(snippet)
    found = sorted(x.id for x in b.blocks if sid in x.sources and any(key in normal(t) for t in ([v.text for v in x.variants if v.source == sid] or [x.text])))
    return found[0] if len(found) == 1 else None


def facts(only: set[str], misses: bool) -> tuple[int, int]:
    joined = total = wrong = 0
    for story, gold, b in _stories(TESTS / "corpus", only):
        if "facts" not in gold:
            continue
        groups = [[(item, _home(b, *item)) for item in f["items"]] for f in gold["facts"]]
        pairs = [(x, y) for homes in groups for x, y in combinations(homes, 2)]
        ok = sum(x[1] is not None and x[1] == y[1] for x, y in pairs)
        apart = [[_home(b, *item) for item in a["items"]] for a in gold.get("apart", [])]
        apart += [[g[0][1], h[0][1]] for g, h in combinations(groups, 2)]
        bad = sum(x is not None and x == y for x, y in apart)
        print(f"{story.name:20} {ok:3}/{len(pairs):3} joined, {bad} wrong")
        if misses:
            for x, y in pairs:
                if x[1] is None or x[1] != y[1]:
                    print(f"  apart: {x[0][1][:70]!r} | {y[0][1][:70]!r}")
        joined, total, wrong = joined + ok, total + len(pairs), wrong + bad
    print(f"wrong joins: {wrong}")
    return joined, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("measure", choices=("placement", "facts"), nargs="?", default="placement")
    parser.add_argument("--misses", action="store_true", help="print what is placed or kept wrongly")
    parser.add_argument("--only", default="", help="comma-separated story names")
    args = parser.parse_args(argv)
    only = {x for x in args.only.split(",") if x}
    right, total = (placement if args.measure == "placement" else facts)(only, args.misses)
    print(f"total {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
