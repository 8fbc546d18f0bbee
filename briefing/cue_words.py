"""Where a spec's cue phrases stand in a sentence's words: the sentence in,
the places of each cue out (``spec_cues``), for ``cues`` to weigh.

A cue matches in any regular tense or number ("voted" for "vote"), and a
cue of three words or more with a few words set inside it ("pay sixty
pounds a month to come to work" for "pay to come to work"), or with a
possessive after one of its words ("Vell's amendment"); a two-word cue also
as the quality said of the thing ("the buses are empty" for "empty buses").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .data import words
from .model import PositionSpec
from .verdicts import BE, MODALS
from .wording import normal, typographic

NEGATORS = words("stance", "negators")
MAX_GAP = 4  # words a speaker may set inside a long cue ("pay sixty pounds a month to come to work")


@cache
def _cue_words(cue: str) -> tuple[str, ...]:
    return tuple(normal(cue).split())


_CLAUSE_WORD = re.compile(r"[^\W_]+|[,;:()]| - ")


def clause_words(sentence: str) -> list[str]:
    """Words in normal form, with ``|`` where punctuation ends a clause."""
    return ["|" if t in ",;:()" or t == " - " else t for t in _CLAUSE_WORD.findall(typographic(sentence).casefold())]


@cache
def bases(token: str) -> frozenset[str]:
    """The words ``token`` may be a regular inflection of ("votes", "voted",
    "voting" -> "vote"; "banned", "banning" -> "ban"; "studies", "studied"
    -> "study"), so a cue matches whatever the tense or number the speaker
    uses. A base is at least three letters, four when an "e" is restored,
    so "being" is not "be", nor "feed" "fee" or "thing" "the"; a doubled
    last consonant is undone before "-ed" and "-ing", but for "l", "s", "f"
    and "z", which English doubles in the base ("fill", "miss")."""
    cuts = [token[: -len(end)] for end in ("s", "es", "ed", "ing") if token.endswith(end) and len(token) - len(end) >= 3]
    restored = token[:-1] if token.endswith("ed") else token[:-3] + "e" if token.endswith("ing") else ""
    stem = token[:-2] if token.endswith("ed") else token[:-3] if token.endswith("ing") else ""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsfz":
        cuts.append(stem[:-1])
    if len(token) >= 5 and token[-3:] in ("ies", "ied"):
        cuts.append(token[:-3] + "y")
    return frozenset([token, *cuts, *([restored] if len(restored) >= 4 else [])])


def matches(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where ``words`` stand in ``tokens``, each word in any regular form."""
    if not words:
        return list(range(len(tokens) + 1))
    first, rest = words[0], words[1:]
    # The first word alone rules out most places: the rest is read only there.
    return [
        i for i in range(len(tokens) - len(rest))
        if first in bases(tokens[i]) and all(w in bases(t) for t, w in zip(tokens[i + 1 : i + 1 + len(rest)], rest, strict=True))
    ]


def _cue_at(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue stands: as written, or for a two-word cue, the second word
    then a form of "to be" (after a modal, if any) then the first ("the
    buses are empty", "the trains will be faster" for "empty buses",
    "faster trains"): the same quality said of the thing as a predicate."""
    found = matches(tokens, words) or (_gapped(tokens, words) if len(words) >= 3 else []) or _possessed(tokens, words)
    if len(words) == 2:
        for i in range(len(tokens) - 2):
            j = i + 1 + (tokens[i + 1] in MODALS)
            if words[1] in bases(tokens[i]) and tokens[j] in BE and j + 1 < len(tokens) and words[0] in bases(tokens[j + 1]):
                found.append(i)
    return sorted(found)


def _possessed(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue stands with a possessive "'s" after one of its words
    ("Wrenlow's bypass" for "wrenlow bypass"): the same noun phrase."""
    if len(words) < 2 or "s" not in tokens[1:]:
        return []
    kept = [i for i, t in enumerate(tokens) if not (t == "s" and i and tokens[i - 1] != "|")]
    return [kept[i] for i in matches([tokens[i] for i in kept], words)]


def _gapped(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue of three words or more stands with a few words set inside
    it at one place ("pay sixty pounds a month to come to work" for "pay to
    come to work", "the poorest tenth of households" for "the poorest
    households"): at most ``MAX_GAP`` words, none a negator, and no clause
    break among them."""
    found = []
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        for i in matches(tokens, head):
            start = i + cut
            for end in range(start + 1, min(start + MAX_GAP, len(tokens)) + 1):
                if tokens[end - 1] == "|" or tokens[end - 1] in NEGATORS:
                    break
                if matches(tokens[end : end + len(tail)], tail):
                    found.append(i)
                    break
    return sorted(set(found))


def spec_cues(tokens: list[str], present: set[str], specs: Sequence[PositionSpec]) -> list[tuple[str, str, int, int]]:
    """(position, cue, where, length in words) for each cue of the spec in the sentence."""
    found = []
    for spec in specs:
        for cue in spec.cues:
            words = _cue_words(cue)
            if words and words[0] in present:  # most cues are absent: one set test spares the scan
                found += [(spec.id, cue, at, len(words)) for at in _cue_at(tokens, words)]
    return found

