"""Leaning: placed blocks in, the same blocks out with the words of a
speaker who gives no cue placed by the story's own vocabulary.

The quotes the cue rules place are examples of each position's language
in this story. A speaker the rules left in context because they said no
cue at all (no cue counted, set aside or carried: not a hedging expert,
whose cues fall on both sides or were set aside) is compared, all their
words pooled, with each position's placed words: the content words (a
crude stem of each; no names, numbers or function words, and none that
every position's quotes use) weighted by how much they separate the
positions (log-odds with a prior of one, as in Monroe, Colaresi and
Quinn's "Fightin' Words", 2008). The speaker goes to a position only when
at least ``MIN_WORDS`` of their words lean to it, at most a third as many
lean elsewhere, and its weight beats every other's by ``MARGIN``. A
question, a timetable or the outlets' own voice is never placed so; the
reason names the shared words. Learns from the story only: nothing but
the thresholds is tuned.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence, Set
from dataclasses import replace

from .data import words
from .model import CONTEXT_ID, SPEECH_KINDS, Block
from .wording import FUNCTION_WORDS, SENTENCE_BREAK, typographic

MIN_WORDS = 3  # separating words that lean to the position, at the least
MARGIN = 4.0  # summed log-odds by which the position beats every other
MIN_ODDS = 0.5  # a word leans to a position when its log-odds pass this
SHOWN = 5  # words named in the reason
# The universal determiners and pronouns ("every", "everyone"), function words as "each" and "all" are, which
# say how many, not of what.
UNIVERSALS = words("stance", "universals")
_SKIPPED = FUNCTION_WORDS | UNIVERSALS  # made once, not per word
# Inflections stripped to a crude stem, longest first, so "wages" and
# "wage", "sailings" and "sailing" meet; the stem keeps four letters.
SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "ly", "s")


def stem(word: str) -> str:
    """``word`` without its first inflection in ``SUFFIXES``."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(word in lower case, whether it is a name) for each word: capitalised
    after a sentence's first word."""
    found = []
    for sentence in SENTENCE_BREAK.split(typographic(text)):
        for i, word in enumerate(re.findall(r"[^\W_]+", sentence)):
            found.append((word.casefold(), i > 0 and word[0].isupper()))
    return found


def _content(tokens: list[tuple[str, bool]], names: Set[str]) -> dict[str, str]:
    """Stem -> the first word it came from, for a block's content words."""
    out: dict[str, str] = {}
    for word, _ in tokens:
        if len(word) > 2 and word.isalpha() and word not in _SKIPPED and word not in names:
            out.setdefault(stem(word), word)
    return out


def lean(
    blocks: Sequence[Block], eligible: Set[str], labels: dict[str, str], timetable: Callable[[str], bool], answering: Set[str] = frozenset()
) -> list[Block]:
    """``blocks`` (placed) with the context blocks of ``eligible`` speakers
    (who said no cue) placed by the words they share with one position's
    placed blocks, when that evidence is strong and one-sided. The words of
    ``answering`` speakers, placed by a view they report to answer it
    ("Critics call the loan a waste"), are that view's, so they teach
    nothing."""
    said = {b.id: _tokens(b.text) for b in blocks if b.speaker and b.kind in SPEECH_KINDS}
    names = {w for tokens in said.values() for w, name in tokens if name}
    names |= {w for who in {b.speaker for b in blocks if b.speaker} for w, _ in _tokens(who)}
    seen: dict[str, Counter[str]] = defaultdict(Counter)  # position -> stem -> blocks that use it
    sizes: Counter[str] = Counter()  # position -> blocks
    for b in blocks:
        if b.id in said and b.position != CONTEXT_ID and b.speaker not in eligible | answering:
            seen[b.position or ""].update(_content(said[b.id], names).keys())
            sizes[b.position or ""] += 1
    if len(seen) < 2:
        return list(blocks)
    movable = [b for b in blocks if _open(b, eligible, timetable)]
    pooled: dict[str, dict[str, str]] = defaultdict(dict)
    for b in movable:
        for s, word in _content(said[b.id], names).items():
            pooled[b.speaker or ""].setdefault(s, word)
    everywhere = set.intersection(*(set(c) for c in seen.values()))  # words of every position's quotes separate none
    decided = {name: found for name, words in pooled.items() if (found := _decide(words, everywhere, seen, sizes, labels))}
    moved = {b.id: decided[b.speaker] for b in movable if b.speaker in decided}
    return [replace(b, position=moved[b.id][0], reason=moved[b.id][1]) if b.id in moved else b for b in blocks]


def _open(block: Block, eligible: Set[str], timetable: Callable[[str], bool]) -> bool:
    """A block the vocabulary may place: an eligible speaker's own words in
    context, with no question in them and no timetable."""
    return (
        block.speaker in eligible
        and block.kind in SPEECH_KINDS
        and block.position == CONTEXT_ID
        and "?" not in block.text  # a question's side is the reader's guess
        and not timetable(block.text)
    )


def _decide(
    words: dict[str, str], everywhere: Set[str], seen: dict[str, Counter[str]], sizes: Counter[str], labels: dict[str, str]
) -> tuple[str, str] | None:
    """(position, reason) when the pooled ``words``, less those in
    ``everywhere``, lean clearly to one position's placed blocks, else None."""
    weight: dict[str, float] = defaultdict(float)
    leaning: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for s, word in words.items():
        if s in everywhere or not any(s in c for c in seen.values()):
            continue
        odds = {p: _log_odds(s, p, seen, sizes) for p in seen}
        best = max(sorted(odds), key=lambda p: odds[p])
        if odds[best] > MIN_ODDS:
            weight[best] += odds[best]
            leaning[best].append((odds[best], word))
    if not weight:
        return None
    ranked = sorted(weight, key=lambda p: (-weight[p], p))
    top, rest = ranked[0], ranked[1:]
    others = sum(len(leaning[p]) for p in rest)
    if len(leaning[top]) < MIN_WORDS or 3 * others > len(leaning[top]) or any(weight[top] - weight[p] < MARGIN for p in rest):
        return None
    shown = ", ".join(w for _, w in sorted(leaning[top], key=lambda x: (-x[0], x[1]))[:SHOWN])
    return top, f"placed by the words it shares with the quotes placed in {labels[top]!r}: {shown}"


def _log_odds(s: str, pid: str, seen: dict[str, Counter[str]], sizes: Counter[str]) -> float:
    """How much more often ``pid``'s blocks use the stem than the others'
    do, as log-odds with a prior of one block each way."""
    mine, n = seen[pid][s], sizes[pid]
    theirs = sum(c[s] for p, c in seen.items() if p != pid)
    m = sum(v for p, v in sizes.items() if p != pid)
    return math.log((mine + 1) / (n - mine + 1)) - math.log((theirs + 1) / (m - theirs + 1))
