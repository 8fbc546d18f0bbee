"""How often the draft spec of ``briefing init`` puts a speaker on the side
a reader would, on the stories of ``tests/corpus``.

    python benchmarks/draft.py [FOLDER]

(``FOLDER``: a folder of stories, each with its ``briefing.toml``;
``tests/corpus`` by default, ``tests/placement`` the hand-written
placement stories.)

For each story, the side of each speaker is the position most of their
statements take in a build with the story's hand-written ``briefing.toml``
(speakers it leaves in context are not counted). The draft is scored two
ways, each under the mapping of its two positions to the hand spec's
positions that agrees best: ``guessed``, the group its ``[actors]``
comments guess for the speaker; ``placed``, the position most of their
statements take in a build with the draft unedited (in context counts as
wrong). It prints one line per story and the totals.
"""

from __future__ import annotations

import itertools
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from briefing.draft import draft_spec
from briefing.model import CONTEXT_ID, SPEECH_KINDS, Briefing
from briefing.pipeline import build, consolidate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
GUESS = re.compile(r'^# "(.+)" = "(position-\d)"$', re.M)


def sides(briefing: Briefing | None) -> dict[str, str]:
    """Each speaker's position: the one most of their statements take."""
    held: dict[str, Counter[str]] = defaultdict(Counter)
    for b in briefing.blocks if briefing else ():
        if b.speaker and b.kind in SPEECH_KINDS and b.position:
            held[b.speaker][b.position] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in held.items()}


def agreement(truth: dict[str, str], drafted: dict[str, str]) -> int:
    """Speakers on their side, under the best mapping of the draft's positions."""
    ids = sorted(set(truth.values()))
    mappings = itertools.permutations(ids, 2) if len(ids) > 1 else [(ids[0], None)]
    return max(
        sum({"position-1": a, "position-2": b}.get(drafted.get(name, "")) == side for name, side in truth.items())
        for a, b in mappings
    )


def main() -> int:
    totals: Counter[str] = Counter()
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.toml"
        for story in sorted(p for p in folder.iterdir() if (p / "briefing.toml").is_file()):
            hand = sides(build([str(story)], story / "briefing.toml").briefing)
            truth = {name: side for name, side in hand.items() if side != CONTEXT_ID}
            read = consolidate([str(story)])
            draft.write_text(draft_spec(read.sources, read.blocks, read.roles), encoding="utf-8")
            guessed = agreement(truth, dict(GUESS.findall(draft.read_text("utf-8"))))
            placed = agreement(truth, sides(build([str(story)], draft).briefing))
            print(f"{story.name:20} guessed {guessed:2}/{len(truth):<2}  placed {placed:2}/{len(truth)}")
            totals.update(guessed=guessed, placed=placed, speakers=len(truth))
    print(f"{'all':20} guessed {totals['guessed']:2}/{totals['speakers']}  placed {totals['placed']:2}/{totals['speakers']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
