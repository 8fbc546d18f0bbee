"""Positions: blocks and the spec in, placed blocks and the briefing's
sections out.

A block is placed by what its own words say (the spec's cues), else by its
speaker's stance: a speaker whose words match a position's cues carries that
stance to their other statements. A speaker whose words match cues of two
positions is placed by the majority and listed as mixed. ``[actors]`` in the
spec overrides inference. Narrative with no speaker (events, figures) and the
outlets' own commentary go to ``context``; every block says why it sits where
it does.

Without a spec, each speaker gets a section of their own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from .merge import normal
from .model import (
    CONTEXT_ID,
    CONTEXT_LABEL,
    SPEECH_KINDS,
    Block,
    Position,
    PositionSpec,
    Spec,
)


@dataclass(frozen=True)
class Placed:
    blocks: tuple[Block, ...]
    positions: tuple[Position, ...]


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    words = normal(cue).split()
    return re.compile(r"(?<!\S)" + r" ".join(re.escape(w) + r"s?" for w in words) + r"(?!\S)")


def cue_hits(block: Block, specs: Sequence[PositionSpec]) -> dict[str, list[str]]:
    """Cues of each position found in the block's words (all its wordings)."""
    texts = " | ".join(normal(t) for t in (block.text, *(v.text for v in block.variants)))
    hits: dict[str, list[str]] = {}
    for spec in specs:
        found = [cue for cue in spec.cues if _cue_pattern(cue).search(texts)]
        if found:
            hits[spec.id] = found
    return hits


def _winner(counts: Counter[str], order: Sequence[str]) -> str | None:
    """The position with strictly the most hits, or None on a tie."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], order.index(kv[0])))
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def place(blocks: Sequence[Block], spec: Spec) -> Placed:
    """Give every block a position and a reason."""
    if not spec.from_file:
        return _by_speaker(blocks)
    order = [p.id for p in spec.positions]
    labels = {p.id: p.label for p in spec.positions}
    hits = {b.id: cue_hits(b, spec.positions) for b in blocks}
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    evidence: dict[tuple[str, str], list[str]] = defaultdict(list)
    for b in blocks:
        if b.speaker and b.kind in SPEECH_KINDS:
            for pid, cues in hits[b.id].items():
                tallies[b.speaker][pid] += len(cues)
                evidence[(b.speaker, pid)].extend(c for c in cues if c not in evidence[(b.speaker, pid)])
    actors = dict(spec.actors)
    stance = {name: _winner(counts, order) for name, counts in tallies.items()}
    stance.update(actors)
    mixed = {name for name, counts in tallies.items() if len(counts) > 1 and name not in actors}
    placed = []
    for b in blocks:
        pid, reason = _placement(b, hits[b.id], stance, actors, order, labels, evidence)
        if b.speaker in mixed and b.kind in SPEECH_KINDS and pid != CONTEXT_ID:
            others = sorted(labels[q] for q in tallies[b.speaker] if q != pid)
            reason += f"; mixed: {b.speaker}'s words also match {', '.join(repr(o) for o in others)}"
        leans = _winner(Counter({k: len(v) for k, v in hits[b.id].items()}), order) if b.kind == "commentary" else None
        placed.append(replace(b, position=pid, reason=reason, leans=leans))
    positions = [
        Position(p.id, p.label, _actors(placed, p.id), tuple(sorted(n for n in mixed if stance.get(n) == p.id)))
        for p in spec.positions
    ]
    positions.append(Position(CONTEXT_ID, CONTEXT_LABEL, _actors(placed, CONTEXT_ID)))
    return Placed(tuple(placed), tuple(positions))


def _placement(block, hits, stance, actors, order, labels, evidence) -> tuple[str, str]:
    if block.kind == "commentary":
        return CONTEXT_ID, "the outlet's own voice: shown as commentary, not as fact"
    if not block.speaker or block.kind not in SPEECH_KINDS:
        return CONTEXT_ID, "reported by the outlets with no speaker: background"
    if block.speaker in actors:
        pid = actors[block.speaker]
        return pid, f"the spec lists {block.speaker} as {labels[pid]!r}"
    own = _winner(Counter({k: len(v) for k, v in hits.items()}), order)
    if own:
        cues = ", ".join(f'"{c}"' for c in hits[own])
        return own, f"cue {cues} ({labels[own]})"
    held = stance.get(block.speaker)
    if held:
        cues = ", ".join(f'"{c}"' for c in evidence.get((block.speaker, held), [])) or "the spec"
        return held, f"speaker stance: {block.speaker}'s other words match {labels[held]!r} (cue {cues})"
    return CONTEXT_ID, "no cue in these words and no known stance for the speaker"


def _actors(blocks: Sequence[Block], pid: str) -> tuple[str, ...]:
    names: list[str] = []
    for b in sorted(blocks, key=lambda b: b.first):
        if b.position == pid and b.speaker and b.kind in SPEECH_KINDS and b.speaker not in names:
            names.append(b.speaker)
    return tuple(names)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normal(name)).strip("-") or "speaker"


def _by_speaker(blocks: Sequence[Block]) -> Placed:
    """No spec: a section per speaker, in order of first appearance."""
    ids: dict[str, str] = {}
    for b in sorted(blocks, key=lambda b: b.first):
        if b.speaker and b.kind in SPEECH_KINDS and b.speaker not in ids:
            base = slug(b.speaker)
            pid, n = base, 2
            while pid in ids.values() or pid == CONTEXT_ID:
                pid, n = f"{base}-{n}", n + 1
            ids[b.speaker] = pid
    placed = []
    for b in blocks:
        if b.speaker in ids and b.kind in SPEECH_KINDS:
            placed.append(replace(b, position=ids[b.speaker], reason="no spec: grouped by speaker"))
        else:
            pid, reason = _placement(b, {}, {}, {}, [], {}, {})
            placed.append(replace(b, position=pid, reason=reason))
    # The heading says what the section is: one speaker's words, not a position.
    positions = [Position(pid, f"Statements by {name}", (name,)) for name, pid in ids.items()]
    positions.append(Position(CONTEXT_ID, CONTEXT_LABEL, _actors(placed, CONTEXT_ID)))
    return Placed(tuple(placed), tuple(positions))
