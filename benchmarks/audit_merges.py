"""Audit the joins the merge made on real multi-outlet reporting: is each
join the same statement or fact, or two different ones put together?

In: a folder of built briefings, one sub-folder per story, each with its
``briefing.json`` (``benchmarks/accuracy.py --only basil --out DIR`` leaves
them in ``DIR/basil``), and optionally a file of a reader's judgments. Out:
on the terminal, the joins to judge, or the precision by kind of join.

    .venv/bin/python benchmarks/audit_merges.py /tmp/acc/basil --show > /tmp/joins.txt
    .venv/bin/python benchmarks/audit_merges.py /tmp/acc/basil --judged /tmp/judged.tsv

A join is one outlet's wording in a block that cites two or more outlets,
set against the block's main wording: each variant (a differing wording or
a paraphrase), and each outlet that printed the main wording itself. The
joins audited are those of every multi-outlet fact block and every quote
block that holds a paraphrase (the riskiest kinds: words in an outlet's
own voice joined by likeness), and a fixed sample of the other
multi-outlet quote blocks (those whose digest with the seed is lowest, so
the sample stays put when a change adds or drops other blocks). Each is of one kind:

- ``fact``: an outlet's own report or reported speech joined to another's;
- ``paraphrase``: reported speech or narrative joined to a quote block;
- ``cut``: a quote wording much shorter than the main one (cut, spliced);
- ``variant``: a quote wording about as long (words changed, or the same).

The judgments file holds one line per join, ``id<TAB>verdict`` with a
verdict of ``right`` (the same statement or fact), ``passage`` (another
sentence of one passage that an outlet in the block prints, or reports,
as one statement: the same statement, which an outlet may cut or splice),
``wrong`` (different statements or facts) or ``unsure``; ``#`` starts a
comment. Keep it outside the repository: it is about corpus text.
Precision is (right + passage) / (right + passage + wrong).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

FACT_KINDS = {"statement", "statistic", "event"}
CUT_SHARE = 0.8   # a wording with fewer than this share of the main one's words is cut or spliced
KINDS = ("variant", "cut", "paraphrase", "fact")
VERDICTS = ("right", "passage", "wrong", "unsure")


@dataclass(frozen=True)
class Join:
    id: str        # story/digest of the join's texts and source: stable when other blocks change
    kind: str
    speaker: str
    main: str
    other: str


def _kind(block: dict, variant: dict | None) -> str:
    if block["kind"] in FACT_KINDS:
        return "fact"
    if variant is None:
        return "variant"
    if variant["kind"] == "paraphrase":
        return "paraphrase"
    return "cut" if len(variant["text"].split()) < CUT_SHARE * len(block["text"].split()) else "variant"


def _digest(*texts: str) -> str:
    return hashlib.sha1("\n".join(texts).encode("utf-8")).hexdigest()[:12]


def joins(block: dict, story: str) -> list[Join]:
    """Every join of one multi-outlet block. Its id is made of its texts,
    not of block numbers, so judgments carry over to a build that adds or
    drops other blocks."""
    speaker = block.get("speaker") or "-"

    def join(source: str, variant: dict | None) -> Join:
        other = variant["text"] if variant else block["text"]
        return Join(f"{story}/{_digest(block['kind'], block['text'], source, other)}", _kind(block, variant), speaker, block["text"], other)

    out = [join(v["source"], v) for v in block["variants"]]
    own = {v["source"] for v in block["variants"]}
    # Sources with no variant printed the main wording (or one differing
    # only in case or marks); the first of them is the main wording's own.
    out += [join(s, None) for s in [s for s in block["sources"] if s not in own][1:]]
    return out


def audited(folder: Path, sample: int, seed: int) -> list[Join]:
    """The joins to audit: see the module docstring."""
    always: list[list[Join]] = []
    quotes: list[list[Join]] = []
    for path in sorted(folder.glob("*/briefing.json")):
        story = path.parent.name[:8]
        for block in json.loads(path.read_text(encoding="utf-8"))["blocks"]:
            if len(block["sources"]) < 2:
                continue
            risky = block["kind"] in FACT_KINDS or any(v["kind"] == "paraphrase" for v in block["variants"])
            (always if risky else quotes).append(joins(block, story))
    # A fixed sample that stays put when other blocks change: the blocks
    # whose digest (with the seed) is lowest.
    picked = sorted(quotes, key=lambda block: _digest(str(seed), block[0].id.split("/")[0], block[0].main))[:sample]
    return [j for block in always + picked for j in block]


def _judged(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            key, verdict = line.split(None, 1)
            if verdict.strip() not in VERDICTS:
                raise SystemExit(f"{path}: bad verdict in line: {line}")
            out[key] = verdict.strip()
    return out


def report(found: list[Join], judged: dict[str, str]) -> str:
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for j in found:
        counts[j.kind][judged.get(j.id, "unjudged")] += 1
    lines = ["kind        joins  right passage  wrong  unsure  unjudged  precision"]
    total: Counter[str] = Counter()
    for kind in KINDS:
        c = counts[kind]
        total += c
        lines.append(_row(kind, c))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, c: Counter[str]) -> str:
    same = c["right"] + c["passage"]
    precision = f"{same / (same + c['wrong']):.3f}" if same + c["wrong"] else "-"
    return f"{name:<10} {sum(c.values()):>6} {c['right']:>6} {c['passage']:>7} {c['wrong']:>6} {c['unsure']:>7} {c['unjudged']:>9}  {precision}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of built briefings, one sub-folder per story")
    parser.add_argument("--sample", type=int, default=60, help="multi-outlet quote blocks sampled (default 60)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--show", action="store_true", help="print the joins to judge (corpus text: keep it out of the repository)")
    parser.add_argument("--judged", type=Path, help="the judgments file: id<TAB>right|passage|wrong|unsure")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no folder {args.folder}: build the briefings first (benchmarks/accuracy.py --only basil --out DIR)", file=sys.stderr)
        return 2
    found = audited(args.folder, args.sample, args.seed)
    if args.show:
        judged = _judged(args.judged) if args.judged and args.judged.exists() else {}
        for j in found:
            if j.id not in judged:
                other = "(the same wording)" if j.other == j.main else j.other
                print(f"{j.id}\t{j.kind}\t{j.speaker}\n  MAIN: {j.main}\n  JOIN: {other}\n")
        return 0
    print(report(found, _judged(args.judged) if args.judged else {}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
