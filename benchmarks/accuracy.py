"""Accuracy on real reporting: runs the shared evaluation script and prints
its summary.

    .venv/bin/python benchmarks/accuracy.py                 # PolNeAR and BASIL, ~2 min
    .venv/bin/python benchmarks/accuracy.py --only polnear  # attribution alone, ~1 min
    .venv/bin/python benchmarks/accuracy.py --out /tmp/acc  # keep the reports there

It calls ``../shared/eval/accuracy.sh`` relative to the repository's root
(the corpora and scorers live beside the project, never in it; a work tree
nested deeper finds it in the nearest parent that has it), from the root,
with the project's ``.venv``. Full reports with examples of every kind
of error are left in ``OUT/score_polnear.txt`` and ``OUT/score_basil.txt``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path("..") / "shared" / "eval" / "accuracy.sh"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("polnear", "basil"), help="score one corpus only")
    parser.add_argument("--out", help="folder for briefings and reports (default: a new temporary folder)")
    args = parser.parse_args(argv)
    script = next((p / SCRIPT for p in (ROOT, *ROOT.parents) if (p / SCRIPT).exists()), ROOT / SCRIPT)
    if not script.exists():
        print(f"no evaluation script at {script}: the shared corpora are not beside this checkout", file=sys.stderr)
        return 2
    env = dict(os.environ)
    if args.only:
        env["ONLY"] = args.only
    out = args.out or tempfile.mkdtemp(prefix="briefing-accuracy-")
    return subprocess.run(["bash", str(script), out], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
