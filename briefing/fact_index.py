"""The index of paraphrased facts: the pairs of sentences worth comparing
(``paraphrase``), found by prefix filtering on their rarest stems, never
all pairs.

In: each sentence's stems (``fact_profile.stems``) or views
(``fact_profile.views``) and the group each belongs to (a source, a block).
Out: the pairs of sentences of different groups that are near
(``nearness._near``) or held together by a quantity or a day
(``nearness._anchored``); ``paraphrase.one_fact`` judges them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Sequence
from operator import itemgetter

from .nearness import ANCHOR_SHARE, ANCHOR_STEMS, HELD_STEMS, MARKS, NEAR_SHARE, NEAR_STEMS, SYNONYM, _anchored, _common, _near, _share
from .word_senses import KIND, VERB

BUCKET_LIMIT = 32
_LAST_MARKS = (SYNONYM + VERB, SYNONYM + KIND)  # a verb's sense, a noun's kind among a sentence's stems (``fact_profile.views``)
PROBES = 6  # at most this many of a sentence's rarest stems probe the index


def candidates(stems: Sequence[Collection[str]], groups: Sequence[object]) -> list[tuple[int, int]]:
    """Near pairs of sentences, by their distinct ``stems``, found by prefix
    filtering, never all pairs: a sentence
    probes the index with as many of its rarest stems as it can lose and
    still share half of its own stems (implied by being near), at most
    ``PROBES``, so a near pair nearly always meets (never through a stem
    shared by more than ``BUCKET_LIMIT`` sentences). Two sentences of one group (one
    source, one block) are never a pair."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, ss in enumerate(stems):
        for s in ss:
            buckets[s].append(index)
    # A stem's place in the order of rarity (how many hold it, then the stem): one key to sort by, not a tuple.
    # A verb's senses and a noun's kinds come after every other stem: a verb
    # has several senses, a noun a kind or two and its own, each rare, and
    # would spend the probes on marks that meet no other sentence.
    rarity = {s: place for place, s in enumerate(sorted(buckets, key=lambda s: (s.startswith(_LAST_MARKS), len(buckets[s]), s)))}
    pairs: set[tuple[int, int]] = set()
    for a, ss in enumerate(stems):
        probes = min(PROBES, len(ss) - math.ceil(NEAR_SHARE * len(ss)) + 1)
        found: set[int] = set()
        for s in sorted(ss, key=rarity.__getitem__)[:probes]:
            if len(buckets[s]) <= BUCKET_LIMIT:
                found.update(buckets[s])
        group = groups[a]
        pairs.update((a, b) if a < b else (b, a) for b in found if groups[b] != group)
    # What ``_anchored`` measures, per sentence: its stems but the marked ones (counted in C).
    words = [len(ss) - sum(map(MARKS.__contains__, map(itemgetter(0), ss))) for ss in stems]
    return sorted((a, b) for a, b in pairs if _kept(stems[a], stems[b], words[a] + words[b]))


def _kept(a: Collection[str], b: Collection[str], words: int) -> bool:
    """``_near`` or ``_anchored`` (``words``: the two sentences' stems but
    their figures and synonym sets), told from the stems in common first:
    most pairs the index gives share too few for the one, and too few words
    of all theirs for the other (of 210,000 pairs at 10,000 articles, 185,000
    shared a quantity, which ``_anchored`` alone does not tell apart)."""
    shared = set(a).intersection(b)
    if len(shared) >= NEAR_STEMS and _near(a, b) or _held(a, b, shared):
        return True
    common = _common(shared)
    return common >= ANCHOR_STEMS and 2 * common >= ANCHOR_SHARE * words and _anchored(a, b)


def _held(a: Collection[str], b: Collection[str], shared: set[str]) -> bool:
    """One sentence's stems (its sets of synonyms set aside), ``HELD_STEMS``
    or more, all in the other's, ``NEAR_SHARE`` of both: what
    ``paraphrase._held`` may judge a short wording cut from a longer one."""
    own = sum(s[0] != SYNONYM for s in shared)
    if own < HELD_STEMS:  # most pairs: no need to read all their stems
        return False
    a, b = [s for s in a if s[0] != SYNONYM], [s for s in b if s[0] != SYNONYM]
    return own == min(len(a), len(b)) and _share(a, b) >= NEAR_SHARE


def fact_pairs(told: Sequence[Sequence[tuple[str, ...]]], groups: Sequence[object]) -> list[tuple[int, int]]:
    """Near pairs of facts (``candidates``), each fact indexed by its
    ``views``."""
    owners: list[int] = []
    flat: list[tuple[str, ...]] = []
    for n, each in enumerate(told):
        owners += [n] * len(each)
        flat += each
    found = candidates(flat, [groups[n] for n in owners])
    return sorted({(owners[a], owners[b]) for a, b in found})
