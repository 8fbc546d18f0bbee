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
import bisect
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

STAGES = ("read", "sentences", "attribution", "merge", "positions", "neutrality", "render")
GB = 1024**3
CDIST_CHUNK_BYTES = 512 * 1024**2   # one float32 score matrix chunk at most this big
TARGET_SCALING = 4.4                 # time ratio allowed for 4x the articles
TARGET_PRECISION = 1.0
TARGET_RECALL = 0.999
TARGET_MEMORY = 1 * GB
TARGET_BASELINE = (10_000, 200, 2.5)  # the build of 10,000 within 2.5x the baseline's time on 200
QUICK_SIZES, QUICK_BASELINE = "200,800", "200"
FULL_SIZES, FULL_BASELINE = "800,3200,10000", "200"
MODES = ("spec", "no-spec")


# ---------------------------------------------------------------- scoring


def _word_in(key: str, longer: str) -> bool:
    return f" {key} " in f" {longer} "


def score(briefing, truth: dict) -> dict:
    """Pairwise merge precision and recall of quote occurrences.

    Every (file, quote id) the generator printed is mapped to the quote block
    that the file reports and one of whose wordings has the same normal form
    (``wording.normal``); failing that, to one whose wording contains it. Two occurrences of the
    same quote in one block are a true positive pair; any two occurrences in
    one block are a predicted pair; every two occurrences of one quote are a
    true pair."""
    from briefing.wording import normal

    sid_of = {s.path: s.id for s in briefing.sources}
    exact: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_source: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, b in enumerate(briefing.blocks):
        if b.kind != "quote":
            continue
        # A block keeps each distinct wording once (as its text or a variant),
        # not once per source, so any of its wordings may be a reporter's.
        keys = {normal(b.text)} | {normal(v.text) for v in b.variants if v.kind == "wording"}
        paraphrase_only = {v.source for v in b.variants if v.kind == "paraphrase"}
        for sid in b.sources:
            if sid in paraphrase_only:
                continue
            for key in keys:
                exact[(sid, key)].append(i)
                by_source[sid].append((key, i))
    members: dict[int, list[str]] = defaultdict(list)
    unmatched = 0
    right_speaker = 0
    occurrences = 0
    for qid, q in truth["quotes"].items():
        for file, printed in q["printed"].items():
            occurrences += 1
            sid = sid_of.get(file)
            key = normal(printed)
            # The same words may stand in two blocks of one source (two
            # speakers); the block of the right speaker is the occurrence's.
            found = exact.get((sid, key), [])
            block = next((i for i in found if briefing.blocks[i].speaker == q["speaker"]), found[0] if found else None)
            if block is None:
                block = next((i for k, i in by_source.get(sid, []) if _word_in(key, k)), None)
            if block is None:
                unmatched += 1
                continue
            members[block].append(qid)
            right_speaker += briefing.blocks[block].speaker == q["speaker"]
    predicted = sum(math.comb(len(m), 2) for m in members.values())
    true_pos = sum(math.comb(c, 2) for m in members.values() for c in Counter(m).values())
    actual = sum(math.comb(len(q["printed"]), 2) for q in truth["quotes"].values())
    # Blocks a quote is spread over (1 is perfect), averaged over quotes printed more than once.
    spread: dict[str, set[int]] = defaultdict(set)
    for block, qids in members.items():
        for qid in qids:
            spread[qid].add(block)
    multi = [len(spread[q]) for q, v in truth["quotes"].items() if len(v["printed"]) > 1 and q in spread]
    return {
        "precision": true_pos / predicted if predicted else 1.0,
        "recall": true_pos / actual if actual else 1.0,
        "occurrences": occurrences,
        "unmatched": unmatched,
        "speaker_accuracy": right_speaker / max(1, occurrences - unmatched),
        "truth_quotes": len(truth["quotes"]),
        "true_pairs": actual,
        "predicted_pairs": predicted,
        "blocks_per_quote": sum(multi) / len(multi) if multi else 1.0,
    }


# ---------------------------------------------------------------- children


def _rss_bytes(who: int = resource.RUSAGE_SELF) -> int:
    return resource.getrusage(who).ru_maxrss * 1024  # KiB on Linux


def _cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its finished pool workers."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime


def _live_workers_cpu() -> float:
    """CPU seconds of this process's running children (the pool workers),
    from ``/proc`` (0 where there is none): ``RUSAGE_CHILDREN`` counts a
    worker only once it has ended, at the end of the build."""
    total = 0.0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # it ended meanwhile: RUSAGE_CHILDREN has it now
            total += (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return total


class _CpuClock(threading.Thread):
    """Samples (wall clock, CPU of this process and its pool workers) every
    50 ms while a build runs, so each stage is charged the CPU spent between
    its wall-time bounds (``Result.timings``): on a shared machine CPU is
    the fairer measure, and most of a big build runs on the workers."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[tuple[float, float]] = []
        self.done = threading.Event()

    def sample(self) -> None:
        self.samples.append((time.perf_counter(), sum(_cpu()) + _live_workers_cpu()))

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.sample()

    def stages(self, timings: dict[str, float]) -> dict[str, float]:
        """CPU seconds per stage, the stages taken to follow each other from
        the first sample (taken before the build starts)."""
        self.done.set()
        self.join()
        self.sample()
        walls = [at for at, _ in self.samples]
        out, at = {}, walls[0]
        for stage, seconds in timings.items():
            begin = self.samples[max(0, bisect.bisect_right(walls, at) - 1)][1]
            end = self.samples[max(0, bisect.bisect_right(walls, at + seconds) - 1)][1]
            out[stage], at = end - begin, at + seconds
        return out


def _current_rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def child_build(folder: Path, repeat: int) -> dict:
    from briefing import pipeline
    from briefing.render import render

    # Warm-up on the seeds: lexicon regexes compiled, lazy imports done, so
    # the smallest size is not charged one-off costs (that would flatter the ratios).
    warm = pipeline.build([str(ROOT / "seeds")])
    render(warm.briefing, "json")
    del warm
    before = _current_rss()
    best = None
    peak = None
    for _ in range(repeat):
        cpu_before = _cpu()
        clock = _CpuClock()
        clock.sample()
        clock.start()
        result = pipeline.build([str(folder)])
        start = time.perf_counter()
        data = render(result.briefing, "json")
        timings = dict(result.timings)
        timings["render"] = time.perf_counter() - start
        stage_cpu = clock.stages(timings)
        cpu = [after - was for after, was in zip(_cpu(), cpu_before)]
        if peak is None:
            # The first build's peak (later ones only reuse memory); each pool
            # worker's, counted on top of it (an upper bound: forked workers
            # share pages with this process).
            peak = (_rss_bytes(), _rss_bytes(resource.RUSAGE_CHILDREN), pipeline._Pool.workers_for(len(result.briefing.sources)))
        run = (sum(timings.values()), timings, result, len(data), cpu, stage_cpu)
        del result, data
        if best is None or run[0] < best[0]:
            best = run
        del run
    total, timings, result, json_bytes, cpu, stage_cpu = best
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    b = result.briefing
    out = {
        "n": len(b.sources),
        "timings": timings,
        "stage_cpu": stage_cpu,
        "total": total,
        "cpu": cpu[0] + cpu[1],
        "cpu_workers": cpu[1],
        "peak_rss": peak[0] + (peak[1] * peak[2] if peak[2] > 1 else 0),
        "peak_build": peak[0],
        "peak_worker": peak[1] if peak[2] > 1 else 0,
        "workers": peak[2],
        "rss_before": before,
        "blocks": len(b.blocks),
        "quote_blocks": sum(x.kind == "quote" for x in b.blocks),
        "kinds": dict(Counter(x.kind for x in b.blocks)),
        "json_bytes": json_bytes,
        "warnings": len(result.warnings),
    }
    out.update(score(b, truth))
    return out


def baseline_sentences(folder: Path) -> list[str]:
    """Every sentence of every article, as the pipeline reads and splits them."""
    from briefing import clean, readers, sentences

    loaded = readers.load([str(folder)])
    out = []
    for source in loaded.sources:
        cleaned = clean.clean(source)
        out.extend(s.text for s in sentences.split(cleaned.paragraphs))
    return out


def child_baseline(folder: Path, repeat: int = 1) -> dict:
    import numpy as np
    from rapidfuzz import fuzz, process

    start = time.perf_counter()
    sents = baseline_sentences(folder)
    split_time = time.perf_counter() - start
    n = len(sents)
    rows = max(1, CDIST_CHUNK_BYTES // (4 * max(1, n)))
    cdist_time = math.inf
    for _ in range(repeat):
        links = 0
        start = time.perf_counter()
        for begin in range(0, n, rows):
            scores = process.cdist(sents[begin:begin + rows], sents, scorer=fuzz.ratio, score_cutoff=88, workers=1)
            links += int(np.count_nonzero(scores))
            del scores
        cdist_time = min(cdist_time, time.perf_counter() - start)
    links = (links - n) // 2  # the diagonal scores 100; count each pair once
    return {
        "n_sentences": n,
        "pairs": n * (n - 1) // 2,
        "split_time": split_time,
        "cdist_time": cdist_time,
        "links": links,
        "chunk_rows": rows,
        "peak_rss": _rss_bytes(),
    }


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
        result = child_build(Path(folder), args.repeat) if kind == "build" else child_baseline(Path(folder), args.repeat)
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
