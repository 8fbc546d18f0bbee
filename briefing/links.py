"""Merge's links between wordings (``merge``, steps 2 and 3): near-variants
scored with rapidfuzz against each wording's candidates, a shorter wording
cut from a longer one, a quote printed whole inside another, a quote with
a word or two edited, and two quotes one outlet prints one after the other
matched to another outlet's quote that holds both. The outlets' own
reports link only when no figure, name or direction conflicts
(``Links.consistent``)."""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from . import aligned, fact_profile, paraphrase
from .candidates import Node, Numbered, candidate_pairs, numbered
from .model import Statement
from .unionfind import UnionFind
from .wording import EDIT_PLACES, EDIT_WORDS, edited, normal, substantive, words_of

LINK_SCORE = 88.0       # ratio of two whole wordings that say the same thing
STRETCH_SCORE = 90.0    # partial ratio for a shorter wording inside a longer one
STRETCH_MIN_WORDS = 6
PIECE_MIN_WORDS = 4     # a sentence or clause of a quote printed whole inside another
SHORTENED_MIN_WORDS = 8


def _shortened(a: str, b: str) -> bool:
    """The shorter wording's words all stand in the longer, in order."""
    short, long = sorted((a.split(), b.split()), key=len)
    if len(short) < SHORTENED_MIN_WORDS:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


# Contractions a normal form splits ("we'll" -> "we ll"), read as the words
# they stand for when two outlets' quotes are matched word for word; only
# the ones that stand for one word whatever precedes them.
_CONTRACTED = {"ll": "will", "ve": "have", "re": "are", "m": "am"}


def _spliced(first: str, second: str, other: str, first_held: bool) -> bool:
    """Another outlet runs two quotes together and cuts one short ("We did it
    before and we'll do it again" for "We did it before." "We will do it
    again by ..."): it holds the part it prints whole (``first_held``: the
    first) and ends with at least ``PIECE_MIN_WORDS`` words that open the
    second part, or opens with words that close the first."""
    def spelled(key: str) -> list[str]:
        return [_CONTRACTED.get(w, w) for w in key.split()]

    # Read backwards, the words that close the first part open it.
    words, cut = (spelled(other), spelled(second)) if first_held else (spelled(other)[::-1], spelled(first)[::-1])
    return any(words[-n:] == cut[:n] for n in range(PIECE_MIN_WORDS, min(len(cut), len(words)) + 1))


def _piece(a: Node, b: Node) -> bool:
    """One quote printed whole inside another: a sentence or clause of it
    ("Nothing happened to her." in a quote that goes on), as an outlet that
    splits a quote, or joins two, prints it."""
    if not a.family[1] == b.family[1] == "quote":
        return False
    short, long = sorted((a.key, b.key), key=len)
    return short.count(" ") + 1 >= PIECE_MIN_WORDS and f" {short} " in f" {long} "


def _scoring(key: str, others: list[str], scorer: Callable[..., float], cutoff: float) -> list[int]:
    """The places in ``others`` of those that score at least ``cutoff``
    against ``key``, in order, in one call into rapidfuzz. ``extract``
    rather than ``cdist``: it gives plain lists, so a build does not import
    numpy (a tenth of a small build's CPU time) for a few comparisons."""
    return sorted(i for _, _, i in process.extract(key, others, scorer=scorer, score_cutoff=cutoff, limit=None))


class Links:
    """The links found while each node's candidates are scored: the sets of
    nodes that say the same thing (``sets``), the quotes a fragment stands in
    (``within``: fragment node -> quote nodes) and the quotes another outlet
    prints as one that a source printed in two parts (``spans``: node in
    parts -> other outlets' quotes that hold both parts). ``words``: the
    nodes' words, numbered."""

    def __init__(self, statements: Sequence[Statement], nodes: Sequence[Node], words: Numbered) -> None:
        self.statements = statements
        self.nodes = nodes
        self.ids = words.ids
        # Each node's length and words, read for millions of pairs.
        self.lengths = words.lengths
        self.sizes = array("i", (node.size for node in nodes))
        # Each node's words as a string of their numbers: two nodes share as
        # many words as the longest common subsequence of theirs (both are
        # in ascending order), which rapidfuzz counts in C, a batch at a time.
        self.spelled = ["".join(map(chr, ids)) for ids in words.ids]
        self.sets = UnionFind(len(nodes))
        self.within: dict[int, set[int]] = defaultdict(set)
        self.spans: dict[int, set[int]] = defaultdict(set)
        self.joined: dict[int, list[int]] = {}  # a set's root -> its nodes, once it has two
        self.profiles: dict[int, fact_profile.Profile] = {}

    def consistent(self, a: int, b: int) -> bool:
        """Two outlets' own reports (not quotes) that score alike are the same
        fact only if neither names a thing the other does not ("£2m on
        roads" / "on schools": ``aligned.reworded``) and no figure, name or
        direction conflicts ("1,400" / "1,500"), between them or any report
        already linked to either: a
        shorter wording that leaves a figure out does not bridge two that
        differ in it."""
        nodes = self.nodes
        if "quote" in (nodes[a].family[1], nodes[b].family[1]):
            return True
        if aligned.reworded(self.profile(a), self.profile(b)):
            return False
        ra, rb = self.sets.find(a), self.sets.find(b)
        return ra == rb or not any(
            paraphrase.conflict(self.profile(x), self.profile(y))
            for x in self.joined.get(ra, (a,)) for y in self.joined.get(rb, (b,))
            if "quote" not in (nodes[x].family[1], nodes[y].family[1])
        )

    def profile(self, n: int) -> fact_profile.Profile:
        if n not in self.profiles:
            self.profiles[n] = fact_profile.profile(self.nodes[n].text)
        return self.profiles[n]

    def link(self, a: int, b: int) -> None:
        nodes = self.nodes
        if not (nodes[a].parts or nodes[b].parts):
            ra, rb = self.sets.find(a), self.sets.find(b)
            if ra != rb:
                together = self.joined.pop(ra, [ra]) + self.joined.pop(rb, [rb])
                self.sets.union(a, b)
                self.joined[self.sets.find(a)] = together
            return
        # A quote in parts matches another outlet's printed quote that holds
        # most words of each part, not one part alone; or that runs the two
        # together and cuts one short (``_spliced``).
        parts, other = (nodes[a].parts, b) if nodes[a].parts else (nodes[b].parts, a)
        first, second = (normal(self.statements[p].text) for p in parts)
        held = [len(words_of(k) & nodes[other].words) >= 0.8 * len(words_of(k)) for k in (first, second)]
        if nodes[other].members and not nodes[other].parts and (all(held) or (any(held) and _spliced(first, second, nodes[other].key, held[0]))):
            self.spans[a if nodes[a].parts else b].add(other)

    def score(self, a: int, rights: Sequence[int]) -> None:
        """Node ``a`` against its candidates, in one batch: near-variants
        link, a quote printed whole inside another joins it (or, for a
        fragment, stands in it), then ``stretch``."""
        nodes = self.nodes
        close = _scoring(nodes[a].key, [nodes[b].key for b in rights], fuzz.ratio, LINK_SCORE)
        for b in (rights[i] for i in close):
            if self.consistent(a, b):
                self.link(a, b)
        # Most nodes score near none of their candidates: all go on as they are.
        near = set(close)
        rest = [b for i, b in enumerate(rights) if i not in near] if close else rights
        if nodes[a].family[1] == "quote" and not nodes[a].parts:  # only a quote has pieces (``_piece``)
            for b in rest:
                if nodes[b].parts or not _piece(nodes[a], nodes[b]):
                    continue
                if nodes[a].members and nodes[b].members:
                    self.link(a, b)
                else:  # a short fragment may stand in two quotes: it cites, it does not join them
                    self.within[a if not nodes[a].members else b].add(b if not nodes[a].members else a)
            self.edits(a, rest)
        self.stretch(a, rest)

    def edits(self, a: int, rights: Sequence[int]) -> None:
        """Two outlets' quotes of substance that are one quote with a word
        or two edited at the same places (``wording.edited``: "right" /
        "correct") link when the words replaced change no figure, name or
        negation (``paraphrase.conflict``): a template line said twice with
        another figure or name is two statements. Two people's quotes met
        here only where ``candidates`` allows it (the same content words)."""
        nodes = self.nodes
        node = nodes[a]
        if not node.members or not substantive(node.key):
            return
        words, ids = set(self.ids[a]), self.ids
        for b in rights:
            other = nodes[b]
            if other.family[1] != "quote" or not other.members or other.parts or self.sets.find(a) == self.sets.find(b):
                continue  # not a printed quote, or joined already (a third of the pairs at 3,200 articles)
            # All but the words the edits replace are shared: tested first, in C.
            if len(words.intersection(ids[b])) + EDIT_PLACES * EDIT_WORDS < min(len(words), len(ids[b])):
                continue
            short = min(node.key, other.key, key=len)
            if substantive(short) and edited(node.key, other.key) and paraphrase.conflict(self.profile(a), self.profile(b)) is None:
                self.link(a, b)

    def stretch(self, a: int, rights: Sequence[int]) -> None:
        """A shorter wording cut from a longer one (partial_ratio aligns the
        shorter inside the longer), or with a phrase cut from its middle."""
        nodes = self.nodes
        if nodes[a].size < STRETCH_MIN_WORDS:
            return
        length, lengths, sizes, spelled = self.lengths[a], self.lengths, self.sizes, self.spelled
        shorter = 0.9 * length
        # One is much shorter, long enough, and most of its words stand in
        # the other: tested inline, then in C (``spelled``), as a big story
        # has millions of pairs. No pair sharing fewer words than the
        # cutoff, a bound for all, can pass the test of each.
        apart = [b for b in rights if (lengths[b] < shorter or length < 0.9 * lengths[b]) and sizes[b] >= STRETCH_MIN_WORDS]
        if not apart:
            return
        words = len(spelled[a])
        cutoff = int(0.8 * min(words, *(len(spelled[b]) for b in apart)))
        shared = process.extract(spelled[a], [spelled[b] for b in apart], scorer=LCSseq.similarity, score_cutoff=cutoff, limit=None)
        stretch = [apart[i] for i in sorted(i for _, n, i in shared if n >= 0.8 * min(words, len(spelled[apart[i]])))]
        if not stretch:
            return
        cut = _scoring(nodes[a].key, [nodes[b].key for b in stretch], fuzz.partial_ratio, STRETCH_SCORE)
        for b in (stretch[i] for i in cut):
            if self.consistent(a, b):
                self.link(a, b)
        # A quote with a phrase cut from its middle: every word kept, in order.
        inside = set(cut)
        for i, b in enumerate(stretch):
            if i not in inside and _shortened(nodes[a].key, nodes[b].key) and self.consistent(a, b):
                self.link(a, b)


def linked(statements: Sequence[Statement], nodes: Sequence[Node]) -> Links:
    """Every node scored against its candidates."""
    words = numbered(nodes)
    links = Links(statements, nodes, words)
    for a, rights in candidate_pairs(nodes, words):
        links.score(a, rights)
    return links
