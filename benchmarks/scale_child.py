"""The scale benchmark's measurements, each in its own process (``run.py
--child KIND FOLDER``): one build of a corpus with its JSON render (wall and
CPU time per stage, peak memory of the build and its pool workers, blocks,
and merge precision and recall against the generator's truth, ``score``),
or the naive baseline (every sentence against every other with rapidfuzz).
"""

from __future__ import annotations

import bisect
import json
import math
import os
import resource
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CDIST_CHUNK_BYTES = 512 * 1024**2   # one float32 score matrix chunk at most this big


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


def build(folder: Path, repeat: int) -> dict:
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


def baseline(folder: Path, repeat: int = 1) -> dict:
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
