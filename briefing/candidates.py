"""Wordings and the pairs of them worth comparing, for ``merge``.

In: every source's ``Statement`` records and the ``Voice`` of the story.
Out: ``nodes`` -- one ``Node`` per distinct (family, normal form): each
statement's wording, each quoted fragment of reported speech, and two quotes
one source printed one after the other -- and ``candidate_pairs``, the pairs
of nodes that may be one statement (found through an inverted index of their
rarest words, never all pairs, and allowed by ``_may_link``: one way of
reporting and one speaker, or words of substance whoever said them).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, filterfalse

from .model import Statement
from .voice import Voice, person
from .wording import FUNCTION_WORDS, STOP_WORDS, edit_places, normal, substantive, titled, words_of

RARE_WORDS = 4          # at most this many of a wording's rarest words probe the index
PREFIX_SHARE = 0.8      # share of its words a near-variant keeps
BUCKET_LIMIT = 64       # a word shared by more wordings than this is not rare
FRAGMENT_MIN_WORDS = 3
FRAGMENT_SHARED_WORDS = 5  # reported speech quoting the same five or more words is one block


def _family(statement: Statement, speaker: str | None) -> tuple[str, str]:
    """Wordings are compared within one way of reporting (quotes with quotes,
    reported speech with reported speech, narrative with narrative,
    commentary with commentary) and, but
    for quotes of substance, within one speaker: a quote of substance is the
    same statement whoever each outlet's parse says spoke it."""
    if statement.kind == "quote":
        return ("" if substantive(normal(statement.text)) else speaker or "", "quote")
    if statement.kind == "statement":
        return (speaker or "", "statement")
    if statement.kind == "commentary":
        return _COMMENTARY  # an outlet's opinion is its own: never one block with a fact it wraps
    return ("", "narrative")


@dataclass(frozen=True, slots=True)
class Node:
    """One distinct normal form within a family.

    members: the statements worded so; quoting: reported-speech statements
    that quote these words as a fragment (a node may have only those);
    sources: of the members; speakers: the persons (``_person``) that members
    and quoting statements were given; parts: two quotes one source printed
    one after the other, which another may print as one (no members)."""

    family: tuple[str, str]
    key: str
    members: tuple[int, ...]
    sources: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()
    quoting: tuple[int, ...] = ()
    text: str = ""  # one wording as printed, for its names and figures
    parts: tuple[int, ...] = ()

    # Word sets come from bounded caches, not one kept per node: a set costs
    # about 2 KB, and a build of 10,000 articles has some 150,000 nodes.
    @property
    def size(self) -> int:
        return self.key.count(" ") + 1

    @property
    def words(self) -> frozenset[str]:
        return words_of(self.key)

    @property
    def content(self) -> frozenset[str]:
        """Its open-class words: what makes a wording one person's."""
        return _content(self.key)


@lru_cache(maxsize=1 << 12)
def _content(key: str) -> frozenset[str]:
    return frozenset(w for w in words_of(key) if len(w) > 1 and w not in FUNCTION_WORDS)


def forget() -> None:
    """Drop the cached word sets (some 20 MB): no stage after merge asks for them."""
    words_of.cache_clear()
    _content.cache_clear()


def nodes(statements: Sequence[Statement], voice: Voice) -> list[Node]:
    """A node per distinct (family, normal form), for every statement's
    wording and every quoted fragment of three or more words in reported
    speech (of substance in narrative): a fragment is a quote too, and links
    like one. A lone-word speaker given once or a description ("the
    reporter"; ``voice.Voice.strong``) is too weak to keep a wording apart: it
    counts as none."""
    found: dict[tuple[tuple[str, str], str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    printed: dict[tuple[tuple[str, str], str], str] = {}
    speakers = [s.speaker if s.speaker and voice.strong(s.speaker) else None for s in statements]
    for index, statement in enumerate(statements):
        at = (_family(statement, speakers[index]), normal(statement.text))
        printed.setdefault(at, statement.text)
        found[at][0].append(index)
        for fragment in statement.fragments:
            key = normal(fragment)
            # Narrative has no speaker: only words of substance tell whose they
            # are. A quoted title (a book, a programme) is nobody's words.
            if key.count(" ") + 1 >= FRAGMENT_MIN_WORDS and (statement.kind == "statement" or substantive(key)) and not titled(fragment):
                family = ("" if substantive(key) else speakers[index] or "", "quote")
                found[(family, key)][1].append(index)
                printed.setdefault((family, key), fragment)
    nodes = _in_parts(statements, speakers)
    # Most nodes have one source and one speaker, and many nodes the same
    # ones: each distinct set is kept once, not once per node.
    shared: dict[frozenset[str], frozenset[str]] = {}
    for (family, key), (members, quoting) in found.items():
        said = [s for i in members + quoting if (s := speakers[i])]
        sources = frozenset(statements[m].source_id for m in members)
        persons = frozenset(person(speaker) for speaker in said)
        nodes.append(
            Node(
                family,
                key,
                tuple(members),
                shared.setdefault(sources, sources),
                shared.setdefault(persons, persons),
                tuple(dict.fromkeys(quoting)),
                printed[(family, key)],
            )
        )
    return nodes


def _in_parts(statements: Sequence[Statement], speakers: Sequence[str | None]) -> list[Node]:
    """A node for every two quotes of one speaker that a source prints one
    after the other in a paragraph: another outlet may print them as one."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, statement in enumerate(statements):
        by_source[statement.source_id].append(index)
    nodes = []
    for source, indices in sorted(by_source.items()):
        indices.sort(key=lambda i: statements[i].order)
        for i, j in zip(indices, indices[1:]):
            a, b = statements[i], statements[j]
            if a.kind == b.kind == "quote" and a.order[0] == b.order[0] and speakers[i] == speakers[j]:
                key = f"{normal(a.text)} {normal(b.text)}"
                speaker = speakers[i]
                family = ("" if substantive(key) else speaker or "", "quote")
                said = frozenset({person(speaker)} if speaker else ())
                nodes.append(Node(family, key, (), frozenset({source}), said, (), f"{a.text} {b.text}", (i, j)))
    return nodes


_NARRATIVE = ("", "narrative")
_COMMENTARY = ("", "commentary")
_OPEN_QUOTE = ("", "quote")  # quotes of substance, and quotes nobody was given
_SPEECH = ("any", "statement")  # where quotes of substance meet every speaker's reported speech
_QUOTES = ("any", "quote")  # where a quote nobody was given meets every speaker's quotes
_UNQUOTED = (_SPEECH, _NARRATIVE, _COMMENTARY)  # where a quote of substance meets its words printed unquoted


def _channels(node: Node) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The index buckets a node files under, and those it probes: its
    family; for a quote, every person it was given (a shorter quote of theirs
    must meet it); a quote of substance also probes narrative and every
    speaker's reported speech (an outlet may print the words unquoted, in
    its own opinion too), and a quote nobody was given probes every
    speaker's quotes."""
    own: list[tuple[str, ...]] = [node.family]
    if node.family[1] == "quote":
        own += [("person", p) for p in sorted(node.speakers)]
    if node.family[1] == "statement":
        return [*own, _SPEECH], own
    if node.family == _OPEN_QUOTE:
        # A quote nobody was given meets everyone's.
        return own, [*own, *_UNQUOTED] + ([] if node.speakers else [_QUOTES])
    if node.family[1] == "quote":
        return [*own, _QUOTES], own
    return own, own


def _numbered_channels(nodes: Sequence[Node]) -> tuple[list[tuple[list[int], list[int]]], dict[tuple[str, ...], int]]:
    """Each node's ``_channels`` (filed under, probed), numbered, and the
    numbers. Most nodes share their family and speakers with many others
    (every narrative node files and probes alike): each pair is read once."""
    channel_ids: dict[tuple[str, ...], int] = {}
    numbered: dict[tuple[tuple[str, str], frozenset[str]], tuple[list[int], list[int]]] = {}
    channels = []
    for node in nodes:
        at = (node.family, node.speakers)
        if at not in numbered:
            own, probed = _channels(node)
            numbered[at] = ([channel_ids.setdefault(c, len(channel_ids)) for c in own], [channel_ids.setdefault(c, len(channel_ids)) for c in probed])
        channels.append(numbered[at])
    return channels, channel_ids


def _may_link(a: Node, b: Node) -> bool:
    """Two wordings may be one statement: one way of reporting and one
    speaker; two quotes given one person; or, when the shorter wording is
    of substance, two quotes whoever they were given, or a quote and a
    sentence that prints its words unquoted. Two wordings printed by one
    source are two things said."""
    if not a.sources.isdisjoint(b.sources):
        return False
    if not a.members and not b.members and min(a.size, b.size) < FRAGMENT_SHARED_WORDS:
        return False  # two outlets quoting the same short phrase may report two things
    if a.family == b.family != _OPEN_QUOTE:
        return True
    kinds = {a.family[1], b.family[1]}
    if "quote" not in kinds:
        return False
    shorter, longer = (a, b) if len(a.key) <= len(b.key) else (b, a)
    if a.speakers & b.speakers or (kinds == {"quote"} and not (a.speakers and b.speakers)):
        return kinds == {"quote"}  # one speaker, or a quote nobody was given
    # Across speakers the words must be of substance and the same words: the
    # shorter's content words all stand in the longer (cut, elided, printed
    # otherwise; "stands or falls on the rethink" and "... on the promise"
    # are two quotes). A fragment of one person's reported speech found in
    # another person's sentence ("called it 'an act of folly'") is two people
    # using one phrase: a fragment meets the same words unquoted only when
    # one side names nobody.
    quote = a if a.family[1] == "quote" else b
    return (
        shorter.content <= longer.words
        and (kinds == {"quote"} or (quote.family == _OPEN_QUOTE and bool(quote.members or not (a.speakers and b.speakers))))
        and substantive(shorter.key)
    )


@dataclass(frozen=True, slots=True)
class Numbered:
    """Every node's distinct words as int ids (``ids``, ascending, in an
    int array each), the words numbered in the order of their rarity (held
    by the fewest nodes first, then alphabetically) and the stop words after
    the rest, from ``stop`` on; the ids of the words that are not a
    wording's content (``plain``: function words and single letters,
    ``_content``'s complement); and each node's key length in characters
    (``lengths``), read for millions of pairs. Int arrays instead of string
    sets: tests of one node's words against another's run in C, with no
    cache to miss (a big build has some 150,000 nodes)."""

    ids: list[array]
    stop: int
    plain: frozenset[int]
    lengths: array

    def content(self, node: int) -> frozenset[int]:
        return frozenset(w for w in self.ids[node] if w not in self.plain)


def numbered(nodes: Sequence[Node]) -> Numbered:
    """The nodes' words, numbered (see ``Numbered``). Each key is split
    twice rather than every key's words held at once (165 MB at 10,000
    articles); the ids are 16-bit where the words allow."""
    held: Counter[str] = Counter()  # word -> the nodes that hold it
    for node in nodes:
        held.update(set(node.key.split()))
    rarest = sorted((w for w in held if w not in STOP_WORDS), key=lambda w: (held[w], w))
    vocabulary = rarest + sorted(STOP_WORDS.intersection(held))
    number = {w: i for i, w in enumerate(vocabulary)}
    size = "H" if len(vocabulary) <= 1 << 16 else "I"
    ids = [array(size, sorted(set(map(number.__getitem__, node.key.split())))) for node in nodes]
    plain = frozenset(i for i, w in enumerate(vocabulary) if len(w) < 2 or w in FUNCTION_WORDS)
    return Numbered(ids, len(rarest), plain, array("i", (len(node.key) for node in nodes)))


def candidate_pairs(nodes: Sequence[Node], words: Numbered | None = None) -> Iterator[tuple[int, list[int]]]:
    """Pairs of nodes that may be variants of each other: each node with the
    later nodes it may be (left < right), in the order of the nodes.
    ``words``: the nodes' ``numbered`` words, when the caller has them.

    Prefix filtering: each wording probes the index only with its rarest
    words (as many as a wording can lose and still score ``LINK_SCORE``), and
    finds every other wording that contains one of them. Two wordings that
    share most of their words always meet; a word too common to tell
    anything (a bucket over ``BUCKET_LIMIT``) is never used, nor a stop word.
    Words and channels are numbered (words in the order of rarity, ties
    broken on the words), and buckets and pairs are int arrays: the index
    costs a few bytes per word, not an object."""
    numbers = words or numbered(nodes)
    # Each node's words but the stop words, rarest first: a node's probes
    # are the first of its own, with no sort per node.
    width = numbers.stop
    keys = [ids[: bisect_left(ids, width)] for ids in numbers.ids]
    channels, channel_ids = _numbered_channels(nodes)
    crossing = {channel_ids.get(c) for c in _UNQUOTED}
    buckets: dict[int, array] = defaultdict(lambda: array("i"))
    for index, ws in enumerate(keys):
        for channel in channels[index][0]:
            at = channel * width
            for w in ws:
                buckets[at + w].append(index)
    unquoted_test = _Unquoted(numbers, buckets, [c for c in crossing if c is not None])
    met: dict[int, array] = defaultdict(lambda: array("i"))  # lower node -> higher nodes it met
    for a, ws in enumerate(keys):
        prefix = _probes(len(ws), nodes[a].size if nodes[a].family[1] == "quote" else 0)
        found: set[int] = set()
        unquoted: set[int] = set()
        open_quote = nodes[a].family == _OPEN_QUOTE
        for w in ws[:prefix]:
            for channel in channels[a][1]:
                bucket = buckets.get(channel * width + w, ())
                if len(bucket) <= BUCKET_LIMIT:
                    (unquoted if open_quote and channel in crossing else found).update(bucket)
        # Most wordings a quote meets unquoted lack one of its words: judged
        # here, at once, not pair by pair below (the test ``_may_link`` ends with).
        if unquoted:
            found |= unquoted_test.stand(a, unquoted - found)
        found.discard(a)
        met[a].extend(b for b in found if b > a)
        for b in found:
            if b < a:
                met[b].append(a)
    del buckets, keys, unquoted_test
    # Two nodes meet through several words and channels: judged once.
    for a in sorted(met):
        rights = _linkable(nodes, a, sorted(set(met.pop(a))))
        if rights:
            yield a, rights


def _probes(words: int, quote_size: int) -> int:
    """How many of a wording's rarest words probe the index: as many as it
    can lose and still share ``PREFIX_SHARE`` of its words, plus one; for a
    quote of ``quote_size`` words, at least one more than the places an
    outlet's edits may replace in it (``wording.edit_places``), so a quote
    with two words swapped still meets the original. Never more than
    ``RARE_WORDS``."""
    prefix = words - math.ceil(PREFIX_SHARE * words) + 1
    return min(max(prefix, edit_places(quote_size) + 1), RARE_WORDS)


def _linkable(nodes: Sequence[Node], a: int, others: list[int]) -> list[int]:
    """Of ``others``, those ``_may_link`` allows with ``a``. Most pairs are
    two wordings of one family, ``a`` with members: judged inline, as a big
    story has over a million pairs."""
    node = nodes[a]
    if node.members and node.family != _OPEN_QUOTE:
        family, sources = node.family, node.sources
        return [b for b in others if sources.isdisjoint(nodes[b].sources) and (nodes[b].family == family or _may_link(node, nodes[b]))]
    return [b for b in others if _may_link(node, nodes[b])]


class _Unquoted:
    """The test a quote of substance puts to the wordings it meets
    unquoted (narrative, reported speech, commentary): the content words of
    the shorter all stand in the longer (of two as long, either way round),
    ``Node.content <= Node.words`` on numbered words. Hardly any pass (none
    of 563,000 at 3,200 articles), so both ways are narrowed in C first:
    the quote's content words are looked up in the index (``buckets`` of
    the ``crossing`` channels, where every wording it meets unquoted is
    filed under one), rarest first; another wording's rarest content word
    must be the quote's."""

    PROBED = 512  # a content word held by more wordings than this is tested word set by word set

    def __init__(self, words: Numbered, buckets: dict[int, array], crossing: list[int]) -> None:
        self.words, self.buckets, self.crossing = words, buckets, crossing
        self.width = words.stop
        self.lengths = words.lengths
        # Each wording's rarest content word (-1: none): ids go by rarity.
        self.rarest = array("i", (next(filterfalse(words.plain.__contains__, ids), -1) for ids in words.ids))

    def _holding(self, word: int) -> list[array]:
        return [bucket for channel in self.crossing if (bucket := self.buckets.get(channel * self.width + word))]

    def stand(self, a: int, others: set[int]) -> set[int]:
        """Of ``others``, those where the shorter's content stands in the longer."""
        ids, lengths, length = self.words.ids, self.lengths, self.lengths[a]
        content = self.words.content(a)
        longer = others
        for w in sorted(content):
            holding = self._holding(w)
            if not longer or sum(map(len, holding)) > self.PROBED:
                break
            longer = longer.intersection(chain.from_iterable(holding))
        out = {b for b in longer if lengths[b] >= length and content.issubset(ids[b])}
        # Another's content stands in a's words when all its words are a's or plain.
        mine, plain = set(ids[a]) | {-1}, self.words.plain
        shortlist = compress(others, map(mine.__contains__, map(self.rarest.__getitem__, others)))
        out.update(b for b in shortlist if lengths[b] <= length and plain.issuperset(w for w in ids[b] if w not in mine))
        return out
