"""The consolidation engine: ``Statement`` records from every source in,
``Block`` records out, one per thing said, however many outlets said it.

1. Normalise (case, curly quotes, dashes, soft hyphens, brackets, spacing)
   and key on the exact normal form.
2. Link near-variants ("racial or cultural" / "racial for cultural") with
   rapidfuzz, comparing a wording only with the candidates that share one of
   its rarest words (an inverted index with a bound on bucket size), never
   all pairs. A shorter wording that is a stretch of a longer one links too.
3. Union-find the links. A block's text is the most complete wording,
   verbatim; every other source's differing wording is kept as a variant.
4. Reported speech whose quoted fragments all stand inside one speaker's
   quotes ("the MP said the government “has failed to take the high
   ground”") adds its source to those quote blocks, as a paraphrase, instead
   of standing as a block of its own.

Speakers take part in every key: the same words from two speakers are two
blocks.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from .model import Block, Statement, Variant

LINK_SCORE = 88.0       # ratio of two whole wordings that say the same thing
STRETCH_SCORE = 90.0    # partial ratio for a shorter wording inside a longer one
STRETCH_MIN_WORDS = 6
RARE_WORDS = 4          # at most this many of a wording's rarest words probe the index
PREFIX_SHARE = 0.8      # share of its words a near-variant keeps
BUCKET_LIMIT = 64       # a word shared by more wordings than this is not rare
FRAGMENT_MIN_WORDS = 3
FRAGMENT_SHARED_WORDS = 5  # paraphrases quoting the same five or more words are one block
SHORTENED_MIN_WORDS = 8
KIND_RANK = {"quote": 0, "statement": 1, "statistic": 2, "event": 3, "commentary": 4}
_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00ad": None})
_STOP = frozenset("the a an and or of to in on for at by with that this is was are be it as from".split())


def typographic(text: str) -> str:
    """``text`` with quote marks, dashes and spacing made uniform."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)).strip()


@lru_cache(maxsize=1 << 16)
def normal(text: str) -> str:
    """The merge key: lower-case words only, brackets and punctuation gone."""
    return " ".join(re.findall(r"[^\W_]+", typographic(text).casefold()))


def _family(statement: Statement) -> tuple[str, str]:
    """Wordings are compared only within one speaker and one way of reporting:
    quotes with quotes, reported speech with reported speech, narrative with
    narrative."""
    kind = statement.kind if statement.kind in ("quote", "statement") else "narrative"
    return (statement.speaker or "", kind)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class _Node:
    """One distinct normal form within a speaker family."""

    family: tuple[str, str]
    key: str
    members: tuple[int, ...]
    sources: frozenset[str] = frozenset()


def _candidate_pairs(nodes: Sequence[_Node]) -> list[tuple[int, int]]:
    """Pairs of nodes in one family that may be variants of each other.

    Prefix filtering: each wording probes the index only with its rarest
    words (as many as a wording can lose and still score ``LINK_SCORE``), and
    finds every other wording that contains one of them. Two wordings that
    share most of their words always meet; a word too common to tell
    anything (a bucket over ``BUCKET_LIMIT``) is never used."""
    frequency: dict[str, int] = defaultdict(int)
    words = [sorted({w for w in node.key.split() if w not in _STOP}) for node in nodes]
    buckets: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for index, (node, ws) in enumerate(zip(nodes, words)):
        for w in ws:
            frequency[w] += 1
            buckets[(node.family, w)].append(index)
    pairs: set[tuple[int, int]] = set()
    for a, (node, ws) in enumerate(zip(nodes, words)):
        prefix = len(ws) - math.ceil(PREFIX_SHARE * len(ws)) + 1
        for w in sorted(ws, key=lambda w: (frequency[w], w))[: min(prefix, RARE_WORDS)]:
            bucket = buckets[(node.family, w)]
            if len(bucket) <= BUCKET_LIMIT:
                pairs.update((min(a, b), max(a, b)) for b in bucket if b != a)
    return sorted(pairs)


def _contained(a: frozenset[str], b: frozenset[str]) -> bool:
    """Most words of the smaller set stand in the larger: worth a partial_ratio."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) >= 0.8 * len(small)


def _shortened(a: str, b: str) -> bool:
    """The shorter wording's words all stand in the longer, in order."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) < SHORTENED_MIN_WORDS:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _groups(statements: Sequence[Statement]) -> list[list[int]]:
    """Indices of statements that say the same thing, grouped."""
    by_key: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for index, statement in enumerate(statements):
        by_key[(_family(statement), normal(statement.text))].append(index)
    nodes = [
        _Node(family, key, tuple(members), frozenset(statements[m].source_id for m in members))
        for (family, key), members in by_key.items()
    ]
    uf = _UnionFind(len(nodes))
    lengths = np.array([len(node.key) for node in nodes])
    word_counts = np.array([node.key.count(" ") + 1 for node in nodes])
    words = [frozenset(node.key.split()) for node in nodes]
    by_left: dict[int, list[int]] = defaultdict(list)
    for a, b in _candidate_pairs(nodes):
        # Two different wordings in one source are two things said, not variants.
        if not nodes[a].sources & nodes[b].sources:
            by_left[a].append(b)
    for a, rights in by_left.items():
        # Score each node's candidates in one batch.
        right = np.array(rights)
        scores = process.cdist([nodes[a].key], [nodes[b].key for b in rights], scorer=fuzz.ratio, score_cutoff=LINK_SCORE)[0]
        for b in right[scores > 0]:
            uf.union(a, int(b))
        # A shorter wording cut from a longer one (partial_ratio aligns the
        # shorter inside the longer).
        shorter = np.minimum(lengths[right], lengths[a])
        longer = np.maximum(lengths[right], lengths[a])
        fewest_words = np.minimum(word_counts[right], word_counts[a])
        stretch = [
            b
            for b in right[(scores == 0) & (shorter < 0.9 * longer) & (fewest_words >= STRETCH_MIN_WORDS)]
            if _contained(words[a], words[b])
        ]
        if stretch:
            stretch = np.array(stretch)
            partial = process.cdist(
                [nodes[a].key], [nodes[b].key for b in stretch], scorer=fuzz.partial_ratio, score_cutoff=STRETCH_SCORE
            )[0]
            for b in stretch[partial > 0]:
                uf.union(a, int(b))
            # A quote with a phrase cut from its middle: every word kept, in order.
            for b in stretch[partial == 0]:
                if _shortened(nodes[a].key, nodes[int(b)].key):
                    uf.union(a, int(b))
    # Two outlets' paraphrases that quote the same words of one speaker.
    by_fragment: dict[tuple[str, str], int] = {}
    node_of = {m: n for n, node in enumerate(nodes) for m in node.members}
    for index, statement in enumerate(statements):
        if statement.kind != "statement" or not statement.speaker:
            continue
        for fragment in statement.fragments:
            key = normal(fragment)
            if key.count(" ") + 1 >= FRAGMENT_SHARED_WORDS:
                first = by_fragment.setdefault((statement.speaker, key), node_of[index])
                uf.union(first, node_of[index])
    grouped: dict[int, list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        grouped[uf.find(index)].extend(node.members)
    return [sorted(members) for members in grouped.values()]


def _printed(text: str) -> str:
    """What makes two wordings differ for a reader: not typography, not the
    final full stop."""
    return typographic(text).rstrip(" .,;:!?")


def _absorbable(statement: Statement) -> bool:
    long_fragments = [f for f in statement.fragments if len(normal(f).split()) >= FRAGMENT_MIN_WORDS]
    return statement.kind == "statement" and bool(long_fragments)


def consolidate(statements: Sequence[Statement], source_order: Sequence[str]) -> tuple[Block, ...]:
    """Merge every source's statements into blocks, ordered by where each
    block was first reported; ids ``B1``, ``B2`` ... in that order."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    groups = _groups(statements)
    quotes_by_speaker: dict[str, list[int]] = defaultdict(list)
    for g, members in enumerate(groups):
        first = statements[members[0]]
        if first.speaker and any(statements[m].kind == "quote" for m in members):
            quotes_by_speaker[first.speaker].append(g)
    group_texts = {g: " ".join(normal(statements[m].text) for m in groups[g]) for gs in quotes_by_speaker.values() for g in gs}
    extra: dict[int, list[Statement]] = defaultdict(list)
    absorbed: set[int] = set()
    for g, members in enumerate(groups):
        if len(members) != 1 or not _absorbable(statements[members[0]]):
            continue
        statement = statements[members[0]]
        homes = set()
        for fragment in statement.fragments:
            key = normal(fragment)
            if len(key.split()) < FRAGMENT_MIN_WORDS:
                continue
            home = next((q for q in quotes_by_speaker.get(statement.speaker or "", []) if key in group_texts[q]), None)
            if home is None:
                homes = set()
                break
            homes.add(home)
        if homes:
            absorbed.add(g)
            for home in homes:
                extra[home].append(statement)
    blocks = []
    for g, members in enumerate(groups):
        if g in absorbed:
            continue
        blocks.append(_block([statements[m] for m in members], extra.get(g, []), rank))
    blocks.sort(key=lambda b: b.first)
    return tuple(replace(b, id=f"B{n}") for n, b in enumerate(blocks, 1))


def _block(members: list[Statement], paraphrases: list[Statement], rank: dict[str, int]) -> Block:
    members = sorted(members, key=lambda s: (rank[s.source_id], s.order))
    canonical = max(members, key=lambda s: (len(normal(s.text)), -rank[s.source_id], len(s.text)))
    kind = min((s.kind for s in members), key=KIND_RANK.__getitem__)
    variants: list[Variant] = []
    seen = {_printed(canonical.text)}
    for s in members:
        wording = _printed(s.text)
        if wording not in seen:
            seen.add(wording)
            variants.append(Variant(s.source_id, s.text, "wording"))
    reporters = {s.source_id for s in members}
    for s in sorted(paraphrases, key=lambda s: (rank[s.source_id], s.order)):
        if s.source_id not in reporters:  # a lead that repeats the article's own quote adds nothing
            variants.append(Variant(s.source_id, s.text, "paraphrase"))
    sources = sorted(reporters | {s.source_id for s in paraphrases}, key=rank.__getitem__)
    first = min((rank[s.source_id], *s.order) for s in members)
    role = next((s.speaker_role for s in members if s.speaker_role), None)
    return Block(
        id="",
        kind=kind,
        speaker=canonical.speaker,
        speaker_role=role,
        text=canonical.text,
        sources=tuple(sources),
        first=first,
        variants=tuple(variants),
    )
