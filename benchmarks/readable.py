"""Readable-output benchmark: a big story in all four formats against JSON only.

    python benchmarks/readable.py                  # 800 articles, no spec
    python benchmarks/readable.py --articles 200 --workdir /tmp/readable
    python benchmarks/readable.py --check          # exit 1 when a target is missed

``generate.py`` writes the articles (its ``briefing.toml`` is removed, so
statements are grouped by speaker: a section per speaker, the hardest case
for a bounded briefing). Then, each in a fresh subprocess with default
options, ``briefing build --format json`` and ``briefing build`` (all four
formats) run on them; each is timed by the CPU seconds the child used
(user + system, ``RUSAGE_CHILDREN``), which other processes disturb less
than wall time. It prints both, their ratio, the PDF's pages and the size of
each file, and what the briefing shows: blocks shown of all, sections shown
and folded.

Targets (issue 15, item 3): all four formats within 5x the JSON-only build,
and a PDF of at most 80 pages.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import cpu_of, pages  # benchmarks/ is on sys.path when this runs as a script

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 5.0
PAGES_TARGET = 80


def shown(out: Path) -> str:
    """What the Markdown shows of what the JSON holds."""
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    md = (out / "briefing.md").read_text(encoding="utf-8")
    blocks = len(set(re.findall(r"`(B\d+)`", md)))
    sections = len(re.findall(r"^## \d+\. ", md, re.M))
    return (f"{blocks:,} of {len(data['blocks']):,} blocks in the Markdown (ids cited), {sections} numbered sections "
            f"for {len(data['positions']):,} positions and {len(data['sources']):,} sources")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=800, help="articles to generate (default 800)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--workdir", type=Path, help="keep the articles and outputs here (default: a temporary folder)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="readable-"))
    try:
        corpus, json_out, all_out = work / "articles", work / "json", work / "all"
        if not corpus.is_dir():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(args.articles), str(corpus),
                            "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        (corpus / "briefing.toml").unlink(missing_ok=True)
        build = [sys.executable, "-m", "briefing", "build", str(corpus), "-q"]
        json_cpu = cpu_of([*build, "--format", "json", "--out", str(json_out)])
        all_cpu = cpu_of([*build, "--out", str(all_out)])
        ratio, n_pages = all_cpu / json_cpu, pages(all_out / "briefing.pdf")
        print(f"{args.articles} articles, no spec, default options")
        print(f"  JSON only    {json_cpu:7.1f} CPU-s")
        print(f"  all formats  {all_cpu:7.1f} CPU-s   x{ratio:.2f} the JSON-only build (target <= {RATIO_TARGET:g})")
        print(f"  PDF          {n_pages} pages (target <= {PAGES_TARGET})")
        print("  " + ", ".join(f"briefing.{ext} {(all_out / f'briefing.{ext}').stat().st_size / 1e6:.2f} MB"
                               for ext in ("md", "html", "pdf", "json")))
        print(f"  {shown(all_out)}")
        ok = ratio <= RATIO_TARGET and n_pages <= PAGES_TARGET
        print(f"targets: {'met' if ok else 'MISSED'}")
        return 0 if ok or not args.check else 1
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
