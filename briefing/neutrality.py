"""Neutrality: placed blocks in; blocks with their loaded terms, the balance
of material per position, disputed details and the warnings a reader needs
out.

* Loaded terms come from the packaged words-to-watch lexicon. Inside a quote
  they are the speaker's words and are reported as such.
* Balance counts, per position: blocks, words, distinct speakers and
  distinct outlets. Coverage that is lopsided (one position with less than
  half the material of another) or that rests on a single outlet is said in
  a warning; nothing is padded or cut to fake balance.
* Disputed details: figures that differ between outlets for the same point,
  found among blocks that say nearly the same thing with different numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from . import lexicon
from .merge import normal
from .model import CONTEXT_ID, Balance, Block, Disputed, Position, Profile, Source

SPEECH = ("quote", "statement")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s*cent|bn|billion|million|m\b))?", re.I)
DISPUTE_SCORE = 75.0


def mark_loaded(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """Each block with the words to watch it contains."""
    out = []
    for b in blocks:
        terms = sorted({hit.term.lower() for hit in lexicon.load().find(b.text)})
        out.append(replace(b, loaded_terms=tuple(terms)))
    return tuple(out)


def balance(blocks: Sequence[Block], positions: Sequence[Position], sources: Sequence[Source]) -> tuple[Balance, ...]:
    """Blocks, words, speakers and outlets per position (commentary excluded)."""
    outlet = {s.id: s.label for s in sources}
    rows = []
    for p in positions:
        mine = [b for b in blocks if b.position == p.id and b.kind != "commentary"]
        rows.append(
            Balance(
                position=p.id,
                label=p.label,
                blocks=len(mine),
                words=sum(len(b.text.split()) for b in mine),
                speakers=len({b.speaker for b in mine if b.speaker and b.kind in SPEECH}),
                outlets=len({outlet[s] for b in mine for s in b.sources}),
            )
        )
    return tuple(rows)


def balance_warnings(rows: Sequence[Balance]) -> tuple[str, ...]:
    """Say so when the coverage itself is lopsided."""
    sides = [r for r in rows if r.position != CONTEXT_ID]
    warnings = []
    if len(sides) >= 2:
        most = max(sides, key=lambda r: (r.words, r.blocks))
        for r in sides:
            if r is not most and (r.words * 2 < most.words or r.blocks * 2 < most.blocks):
                warnings.append(
                    f"Unbalanced coverage: '{r.label}' has {r.blocks} blocks ({r.words} words) against "
                    f"{most.blocks} ({most.words} words) for '{most.label}' in these sources."
                )
    for r in sides:
        if r.blocks and r.outlets == 1:
            warnings.append(f"Single outlet: everything under '{r.label}' comes from one outlet.")
        if not r.blocks:
            warnings.append(f"No material: none of the sources gives words for '{r.label}'.")
    return tuple(warnings)


def profiles(blocks: Sequence[Block], sources: Sequence[Source], labels: dict[str, str]) -> tuple[Profile, ...]:
    """Per source: loaded words in its own voice, share of commentary, positions quoted."""
    out = []
    for s in sources:
        own = [b for b in blocks if s.id in b.sources]
        narrative = [b for b in own if b.kind not in SPEECH]
        loaded = sorted({t for b in narrative for t in b.loaded_terms} | _own_voice_terms(own, s.id))
        quoted = [labels[p] for p in labels if any(b.position == p and b.kind in SPEECH for b in own) and p != CONTEXT_ID]
        out.append(Profile(s.id, tuple(loaded), sum(b.kind == "commentary" for b in own), len(own), tuple(quoted)))
    return tuple(out)


def _own_voice_terms(blocks: Sequence[Block], source_id: str) -> set[str]:
    """Loaded words in a source's reported-speech sentences, outside the quotes."""
    terms = set()
    for b in blocks:
        if b.kind != "statement":
            continue
        wordings = [b.text] if b.sources[0] == source_id else [v.text for v in b.variants if v.source == source_id]
        for text in wordings:
            outside = re.sub(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]", " ", text)
            terms |= {hit.term.lower() for hit in lexicon.load().find(outside) if hit.weight == 0}
    return terms


def disputed(blocks: Sequence[Block]) -> tuple[Disputed, ...]:
    """Figures that differ between outlets for the same point.

    Every source's wording of every block that carries a figure is compared
    with the others that share a word with it; two wordings are the same point
    when, with their numbers taken out, they read nearly alike."""
    wordings: list[tuple[str, str, str, str]] = []  # (topic, text, figure-free key, source)
    for b in blocks:
        own = {v.source: v.text for v in b.variants if v.kind == "wording"}
        for source in b.sources:
            text = own.get(source, b.text)
            if _figures(text):
                wordings.append((b.text, text, normal(_FIGURE.sub(" ", text)), source))
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, key, _) in enumerate(wordings):
        for w in set(key.split()):
            by_word[w].append(i)
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i, (topic, text, key, source) in enumerate(wordings):
        near = {j for w in set(key.split()) if len(by_word[w]) <= 50 for j in by_word[w] if j > i}
        for j in sorted(near):
            _, other_text, other_key, other_source = wordings[j]
            if source == other_source or fuzz.token_set_ratio(key, other_key) < DISPUTE_SCORE:
                continue
            mine, theirs = _figures(text), _figures(other_text)
            if len(mine) == len(theirs) and mine != theirs:
                for a, b in zip(mine, theirs):
                    if a != b:
                        found[topic][a].add(source)
                        found[topic][b].add(other_source)
    return tuple(
        Disputed(topic, tuple((figure, tuple(sorted(srcs))) for figure, srcs in sorted(readings.items())))
        for topic, readings in sorted(found.items())
    )


def _figures(text: str) -> list[str]:
    """The figures in ``text``, years left out."""
    return [m.group(0).strip() for m in _FIGURE.finditer(text) if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(0))]
