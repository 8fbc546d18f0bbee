"""Scale benchmark: briefings for growing synthetic corpora, against a naive
all-pairs baseline, with merge precision and recall against known truth.

    python benchmarks/run.py                       # quick: N = 200, 800 with a spec; baseline at 200
    python benchmarks/run.py --full                # N = 800, 3200, 10000, with and without a spec; baseline at 200
    python benchmarks/run.py --sizes 800,3200 --no-spec --baseline-sizes 200
    python benchmarks/run.py --check               # exit 1 when a target fails
    python benchmarks/run.py --profile 3200 --no-spec   # pyinstrument profile of one build

For every size the corpus is generated (``generate.py``) into a temporary
folder (the no-spec build reads the same articles, linked into a folder
without ``briefing.toml``), then one subprocess per size and mode runs
``pipeline.build`` and renders JSON, so that each build's peak memory
(``ru_maxrss``) is its own. Stage times come from ``Result.timings``;
``render`` is ``briefing.render.render(b, "json")``; CPU time is the build
process's and its pool workers'. The baseline, in its own subprocess, splits
every article into sentences with the pipeline's own reader, cleaner and
splitter, then scores all pairs with ``rapidfuzz.process.cdist(...,
scorer=fuzz.ratio, score_cutoff=88, workers=1)`` in row chunks.

Targets (ratios within one run, so the machine's speed cancels out):

* linear: 4x the articles costs at most x4.4 the wall time (build + JSON
  render; between sizes that are not 4x apart, the growth is scaled to 4x
  by its exponent), with and without a spec;
* the 10,000-article build (JSON only) takes at most 2.5x the baseline's
  all-pairs scoring on 200;
* merge precision 1.000 and recall >= 0.999 on the synthetic truth;
* peak memory (the build process plus its pool workers) at most 1 GB.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import scale_child

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

STAGES = ("read", "sentences", "attribution", "merge", "positions", "neutrality", "render")
GB = 1024**3
TARGET_SCALING = 4.4                 # time ratio allowed for 4x the articles
TARGET_PRECISION = 1.0
TARGET_RECALL = 0.999
TARGET_MEMORY = 1 * GB
TARGET_BASELINE = (10_000, 200, 2.5)  # the build of 10,000 within 2.5x the baseline's time on 200
QUICK_SIZES, QUICK_BASELINE = "200,800", "200"
FULL_SIZES, FULL_BASELINE = "800,3200,10000", "200"
MODES = ("spec", "no-spec")


def run_child(kind: str, folder: Path, repeat: int = 1) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, str(folder), "--repeat", str(repeat)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"{kind} child failed on {folder} (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- profile


def without_spec(folder: Path) -> Path:
    """The corpus's articles and truth, linked into a folder without
    ``briefing.toml``: the build groups statements by speaker."""
    bare = folder.with_name(folder.name + "-no-spec")
    bare.mkdir(exist_ok=True)
    for file in folder.iterdir():
        if file.name != "briefing.toml" and not (bare / file.name).exists():
            os.link(file, bare / file.name)
    return bare


def profile(size: int, seed: int, workdir: Path, lines: int, no_spec: bool) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        # A dev tool, not a dependency of briefing: installed on first use.
        print("pyinstrument is missing: installing it with pip", file=sys.stderr)
        if subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyinstrument"]).returncode != 0:
            raise SystemExit("could not install pyinstrument: pip install pyinstrument") from None
        from pyinstrument import Profiler
    from generate import generate

    from briefing import pipeline
    from briefing.render import render

    folder = workdir / f"n{size}"
    generate(size, folder, seed)
    folder = without_spec(folder) if no_spec else folder
    warm = pipeline.build([str(ROOT / "seeds")])
    render(warm.briefing, "json")
    profiler = Profiler(interval=0.001)
    profiler.start()
    result = pipeline.build([str(folder)])
    render(result.briefing, "json")
    profiler.stop()
    print(f"## pyinstrument, build + JSON render of {size} articles{' without a spec' if no_spec else ''}\n")
    print("stage times: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings))
    print("\n### call tree (top)\n")
    tree = profiler.output_text(unicode=True, color=False, short_mode=True)
    print("\n".join(tree.splitlines()[:lines]))
    print("\n### flat, by self time (top 30)\n")
    flat = profiler.output_text(unicode=True, color=False, flat=True)
    print("\n".join(flat.splitlines()[:36]))


# ---------------------------------------------------------------- report


def _mb(n: int | None) -> str:
    return f"{n / 1024**2:,.0f} MB" if n else "-"


def table(results: dict[int, dict], baselines: dict[int, dict]) -> str:
    out = []
    head = ["N", *STAGES, "wall s", "CPU s", "peak RSS", "blocks", "quote blocks", "precision", "recall"]
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    for n, r in sorted(results.items()):
        cells = [f"{n:,}", *(f"{r['timings'].get(s, 0.0):.2f} ({r.get('stage_cpu', {}).get(s, 0.0):.1f})" for s in STAGES),
                 f"{r['total']:.2f}", f"{r['cpu']:.2f}",
                 _mb(r["peak_rss"]), f"{r['blocks']:,}", f"{r['quote_blocks']:,} / {r['truth_quotes']:,}",
                 f"{r['precision']:.3f}", f"{r['recall']:.3f}"]
        out.append("| " + " | ".join(cells) + " |")
    out.append("")
    out.append("Times in seconds (stages: wall time, and in brackets the CPU of the build process and its pool workers "
               "in the stage, sampled every 50 ms). \"quote blocks\" is blocks of kind quote / distinct quotes the generator printed.")
    for n, r in sorted(results.items()):
        workers = (f"; {r['workers']} pool workers ({r['cpu_workers']:.2f} CPU s, peak {_mb(r['peak_worker'])} each, "
                   f"build process {_mb(r['peak_build'])})" if r["workers"] > 1 else "; no pool")
        out.append(
            f"N={n}: {r['occurrences']:,} quote occurrences, {r['unmatched']} not found in any quote block, "
            f"speaker right for {r['speaker_accuracy']:.3f}, {r['blocks_per_quote']:.2f} blocks per reprinted quote, "
            f"pairs true {r['true_pairs']:,} / predicted {r['predicted_pairs']:,}; RSS before build {_mb(r['rss_before'])}{workers}"
        )
    if baselines:
        out.append("")
        out.append("Naive baseline, all pairs: `process.cdist(sents, sents, scorer=fuzz.ratio, score_cutoff=88, workers=1)`")
        out.append("")
        out.append("| N | sentences | pairs | cdist s | split s | pairs >= 88 | peak RSS |")
        out.append("|---|---|---|---|---|---|---|")
        for n, b in sorted(baselines.items()):
            out.append(
                f"| {n:,} | {b['n_sentences']:,} | {b['pairs']:,} | {b['cdist_time']:.2f} | {b['split_time']:.2f} | "
                f"{b['links']:,} | {_mb(b['peak_rss'])} |"
            )
    return "\n".join(out)


def growth_per_4x(small: int, big: int, time_small: float, time_big: float) -> float:
    """The time ratio scaled to 4x the articles by its exponent (x4 is linear)."""
    return (time_big / time_small) ** (math.log(4) / math.log(big / small))


def verdicts(results: dict[int, dict], baselines: dict[int, dict]) -> list[tuple[str, bool | None, str]]:
    out: list[tuple[str, bool | None, str]] = []
    sizes = sorted(results)
    for small, big in zip(sizes, sizes[1:]):
        ratio = results[big]["total"] / results[small]["total"]
        per4 = growth_per_4x(small, big, results[small]["total"], results[big]["total"])
        cpu = growth_per_4x(small, big, results[small]["cpu"], results[big]["cpu"])
        out.append((f"linear {small}->{big}", per4 <= TARGET_SCALING,
                    f"wall x{ratio:.2f} for x{big / small:g} articles = x{per4:.2f} per 4x (CPU x{cpu:.2f} per 4x; allowed x{TARGET_SCALING})"))
    size, base, allowed = TARGET_BASELINE
    if size in results and base in baselines:
        build, naive = results[size]["total"], baselines[base]["cdist_time"]
        out.append((f"{size:,} build <= {allowed}x naive on {base}", build <= allowed * naive,
                    f"build {build:.2f}s vs baseline {naive:.2f}s (ratio {build / naive:.2f})"))
    else:
        out.append((f"{size:,} build <= {allowed}x naive on {base}", None, f"needs size {size} and baseline {base}"))
    for n in sizes:
        r = results[n]
        ok = r["precision"] >= TARGET_PRECISION and r["recall"] >= TARGET_RECALL
        out.append((f"precision {TARGET_PRECISION:.3f}, recall >= {TARGET_RECALL} at {n}", ok, f"P={r['precision']:.4f} R={r['recall']:.4f}"))
    peak = max(r["peak_rss"] for r in results.values())
    out.append(("peak memory <= 1 GB", peak <= TARGET_MEMORY, f"{_mb(peak)} at most"))
    return out


def _revision() -> str:
    """The commit measured, and whether briefing/ had uncommitted changes (read-only git calls)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "briefing"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "revision unknown"
    return f"briefing at {head or '?'}" + (" + uncommitted changes in briefing/" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scale benchmark for briefing.", formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__)
    parser.add_argument("--sizes", help=f"article counts, comma-separated (default {QUICK_SIZES}; --full: {FULL_SIZES})")
    parser.add_argument("--baseline-sizes", help=f"sizes for the naive baseline ('' for none; default {QUICK_BASELINE})")
    parser.add_argument("--full", action="store_true", help="the sizes of the targets, with and without a spec (about 15 min)")
    parser.add_argument("--no-spec", action="store_true", help="build without the corpus's briefing.toml (a section per speaker)")
    parser.add_argument("--both", action="store_true", help="build with and without the spec, and report both")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="builds (and baseline runs) per size; the fastest is reported")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile one build of SIZE articles with pyinstrument and stop")
    parser.add_argument("--profile-lines", type=int, default=70)
    parser.add_argument("--workdir", type=Path, help="keep the generated corpora here (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, folder = args.child
        result = scale_child.build(Path(folder), args.repeat) if kind == "build" else scale_child.baseline(Path(folder), args.repeat)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, args.seed, workdir, args.profile_lines, args.no_spec)
            return 0
        sizes = [int(s) for s in (args.sizes or (FULL_SIZES if args.full else QUICK_SIZES)).split(",") if s.strip()]
        chosen = args.baseline_sizes if args.baseline_sizes is not None else (FULL_BASELINE if args.full else QUICK_BASELINE)
        base_sizes = [int(s) for s in chosen.split(",") if s.strip()]
        modes = MODES if args.full or args.both else (("no-spec",) if args.no_spec else ("spec",))
        results, baselines = measure(workdir, sizes, base_sizes, modes, args.seed, args.repeat)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, seed {args.seed}, {_revision()}")
    failed = False
    for mode in modes:
        print(f"\n### {'with the corpus spec (two positions)' if mode == 'spec' else 'without a spec (a section per speaker)'}\n")
        print(table(results[mode], baselines if mode == modes[-1] else {}))
        print("\nTargets:\n")
        for name, ok, detail in verdicts(results[mode], baselines):
            mark = "PASS" if ok else ("n/a " if ok is None else "FAIL")
            failed |= ok is False
            print(f"- {mark}  {name}: {detail}")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "baselines": baselines}, indent=2))
    return 1 if (failed and args.check) else 0


def measure(workdir: Path, sizes: list[int], base_sizes: list[int], modes: tuple[str, ...], seed: int, repeat: int) -> tuple[dict, dict]:
    """Generate each size's corpus once; build it in every mode; run the baseline on it."""
    from generate import generate

    results: dict[str, dict[int, dict]] = {mode: {} for mode in modes}
    baselines: dict[int, dict] = {}
    for n in sorted(set(sizes) | set(base_sizes)):
        folder = workdir / f"n{n}"
        start = time.perf_counter()
        generate(n, folder, seed)
        print(f"[N={n}] corpus generated in {time.perf_counter() - start:.1f}s", file=sys.stderr, flush=True)
        if n in base_sizes:
            baselines[n] = b = run_child("baseline", folder, repeat)
            print(f"[N={n}] baseline cdist {b['cdist_time']:.2f}s over {b['n_sentences']:,} sentences", file=sys.stderr, flush=True)
        for mode in modes if n in sizes else ():
            r = results[mode][n] = run_child("build", folder if mode == "spec" else without_spec(folder), repeat)
            print(f"[N={n} {mode}] build {r['total']:.2f}s wall, {r['cpu']:.2f}s CPU, peak {_mb(r['peak_rss'])}, "
                  f"P={r['precision']:.3f} R={r['recall']:.3f}", file=sys.stderr, flush=True)
    return results, baselines


if __name__ == "__main__":
    sys.exit(main())
