"""Critics answered: a quote that opens on what the critics of a thing say
("Critics say a ban drives people back to cigarettes", "Critics call the
loan a half-measure") reports their view to answer it, so it speaks for
the position whose label names that thing. Blocks, the spec's positions
and each block's evidence (``cues.story_evidence``) in; the evidence with
that position's cue added out.

The thing is the first word after the reporting verb (and a determiner),
named in one label ("a ban" under "Ban disposable vapes"), or, with two
positions labelled for and against it, in both ("the bill" under "For the
bill" / "Against the bill": the for side). Never "critics call for ..." (a
demand), nor a view that opens on anything else ("Critics say we ...").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .cues import Evidence, matches, reports, sides_of
from .data import words
from .model import Block, PositionSpec
from .wording import FUNCTION_WORDS, SENTENCE_BREAK, normal

CRITICS = words("stance", "critics")


def _attacked(sentence: str, specs: Sequence[PositionSpec]) -> tuple[str, str] | None:
    """(position, the words that name it) when the sentence opens on the
    critics' view of what one position's label names."""
    tokens = normal(sentence).split()
    if len(tokens) < 4 or tokens[0] not in CRITICS or not reports(tokens, 1):
        return None
    at = 2 + (tokens[2] in FUNCTION_WORDS)
    thing = tokens[at]
    if thing in FUNCTION_WORDS:
        return None
    named = [p.id for p in specs if any(matches([thing], (w,)) for w in normal(p.label).split() if w not in FUNCTION_WORDS)]
    sides = sides_of(specs)
    if len(named) == 2 and sides and sides[1]:  # the proposal both labels name: its critics attack the for side
        named = [sides[0]["for"]]
    return (named[0], " ".join(tokens[: at + 1])) if len(named) == 1 else None


def answered(blocks: Sequence[Block], specs: Sequence[PositionSpec], found: Mapping[str, Evidence]) -> dict[str, Evidence]:
    """``found`` with, for each quote that opens a sentence on the critics'
    view of what a position names, that position's cue (the words that
    name it, "critics say a ban")."""
    out = dict(found)
    for b in blocks:
        if b.kind != "quote" or not b.speaker:
            continue
        for sentence in SENTENCE_BREAK.split(b.text):
            hit = _attacked(sentence, specs)
            if hit:
                pid, cue = hit
                e = out[b.id]
                out[b.id] = Evidence({**e.counted, pid: [*e.counted.get(pid, []), cue]}, e.ignored, e.weak)
    return out
