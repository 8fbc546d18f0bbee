"""Start-up benchmark: CPU seconds of the seed build, per format.

    python benchmarks/startup.py                    # this checkout
    python benchmarks/startup.py --baseline main    # and a git revision, in the same run
    python benchmarks/startup.py --check            # exit 1 when a target is missed

Each build is ``python -m briefing build seeds --format F --out TMP -q`` in
a fresh subprocess (so imports count, as they do for a user), timed by the
CPU seconds the child used (user + system, ``RUSAGE_CHILDREN``), which
other processes on the machine disturb less than wall time; the fastest of
``--repeat`` runs is kept. Compiled bytecode is written and used, as it is
for an installed package (``PYTHONDONTWRITEBYTECODE`` is dropped from the
children's environment; the first run writes it), and so are the word
lists as read and the patterns and dataclass methods compiled at import
(``briefing/data/store.py``, ``briefing/compiled.py``), each checkout in a
cache folder of its own (``XDG_CACHE_HOME`` in the run's temporary folder),
written by one unmeasured build of every format first: the two checkouts of
``--baseline``, or other runs of briefing on the machine, never replace
each other's kept patterns, which the next run would compile again. A
bare interpreter start (``python -c pass``) is measured in the same run, so
the numbers can be read as ratios.

It prints: CPU seconds of the ``md,json`` build and of each format alone,
the PDF's pages and CPU seconds per page (the PDF build less the JSON
build, which has no rendering, divided by the pages), and the ten costliest
imports of the ``md,json`` build (``python -X importtime``, cumulative).

``--baseline REV`` exports that revision (``git archive``) into a temporary
folder and measures it the same way with the same interpreter, its package
first on ``PYTHONPATH``, alternately with this checkout (one build of the
one, then the same build of the other, ``--repeat`` times), so that a load
that rises or falls during the run weighs on both alike.

Targets (issue 15, item 4): the ``md,json`` seed build at most 0.35 CPU-s;
the PDF at most 0.25 CPU-s a page.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MD_JSON_TARGET = 0.35
PDF_PAGE_TARGET = 0.25
BUILDS = (("md,json", ("md", "json")), ("json", ("json",)), ("md", ("md",)), ("html", ("html",)), ("pdf", ("pdf",)))


def cpu_of(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> float:
    """CPU seconds (user + system) the child process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pages(pdf: Path) -> int:
    """Pages of a PDF: pypdf when installed (a test dependency), else the page objects counted."""
    try:
        import pypdf
    except ImportError:
        return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf.read_bytes()))
    return len(pypdf.PdfReader(str(pdf)).pages)


def build_command(formats: tuple[str, ...], out: Path) -> list[str]:
    args = [sys.executable, "-m", "briefing", "build", str(ROOT / "seeds"), "--out", str(out), "-q"]
    for fmt in formats:
        args += ["--format", fmt]
    return args


def importtime(env: dict[str, str], cwd: Path, out: Path, top: int = 10) -> list[tuple[int, str]]:
    """The ``top`` costliest top-level imports (cumulative microseconds) of the md,json build."""
    done = subprocess.run([sys.executable, "-X", "importtime", *build_command(("md", "json"), out)[1:]],
                          env=env, cwd=cwd, capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # imported by briefing or the interpreter, not deeper
            rows.append((int(match.group(1)), match.group(3)))
    return sorted(rows, reverse=True)[:top]


Checkout = tuple[str, dict[str, str], Path]  # a label, the children's environment, their folder


def measure(checkouts: list[Checkout], repeat: int) -> list[dict[str, float]]:
    """Fastest CPU seconds of each build of each checkout, the checkouts'
    builds alternating, printed as a table per checkout."""
    runs: list[list[dict[str, float]]] = [[] for _ in checkouts]
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / str(n) for n in range(len(checkouts))]
        checkouts = [(label, env | {"XDG_CACHE_HOME": str(Path(tmp) / f"cache{n}")}, cwd) for n, (label, env, cwd) in enumerate(checkouts)]
        for (_, env, cwd), out in zip(checkouts, outs):  # the cache folders written
            cpu_of(build_command(tuple(dict.fromkeys(f for _, formats in BUILDS for f in formats)), out), env, cwd)
        for _ in range(repeat):
            for (_, env, cwd), done in zip(checkouts, runs):
                done.append({"python -c pass": cpu_of([sys.executable, "-c", "pass"], env, cwd)})
            for name, formats in BUILDS:
                for (_, env, cwd), out, done in zip(checkouts, outs, runs):
                    done[-1][name] = cpu_of(build_command(formats, out), env, cwd)
        found = []
        for (label, env, cwd), out, done in zip(checkouts, outs, runs):
            results = {name: min(run[name] for run in done) for name in done[0]}
            results["pdf pages"] = pages(out / "briefing.pdf")
            results["pdf per page"] = (results["pdf"] - results["json"]) / results["pdf pages"]
            report(label, results, importtime(env, cwd, out))
            found.append(results)
    return found


def report(label: str, results: dict[str, float], imports: list[tuple[int, str]]) -> None:
    print(f"\n{label}")
    print(f"  {'build':<16} {'CPU s':>7} {'x python':>9}")
    for name, value in results.items():
        if name in ("pdf pages", "pdf per page"):
            continue
        print(f"  {name:<16} {value:7.3f} {value / results['python -c pass']:9.1f}")
    print(f"  PDF: {results['pdf pages']:.0f} pages, {results['pdf per page']:.3f} CPU-s a page (PDF build less JSON build)")
    print("  costliest imports of the md,json build (cumulative ms, -X importtime):")
    for micro, name in imports:
        print(f"    {micro / 1000:7.1f}  {name}")


def export(revision: str, into: Path) -> Path:
    """The package and templates of ``revision``, unpacked into ``into``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "briefing", "templates"],
                          capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per build; the fastest is kept (default 3)")
    parser.add_argument("--baseline", metavar="REV", help="also measure this git revision, e.g. main or a commit")
    parser.add_argument("--check", action="store_true", help="exit 1 when this checkout misses a target")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    checkouts: list[Checkout] = [("this checkout", env, ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            # Run from the export's folder too: the current folder comes first on sys.path.
            base = export(args.baseline, Path(tmp))
            checkouts.insert(0, (f"baseline {args.baseline}", env | {"PYTHONPATH": str(base)}, base))
        now = measure(checkouts, args.repeat)[-1]
    ok = now["md,json"] <= MD_JSON_TARGET and now["pdf per page"] <= PDF_PAGE_TARGET
    print(f"\ntargets: md,json <= {MD_JSON_TARGET} CPU-s, PDF <= {PDF_PAGE_TARGET} CPU-s a page: {'met' if ok else 'MISSED'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
