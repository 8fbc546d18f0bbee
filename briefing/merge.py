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

from .model import SPEECH_KINDS, Block, Statement, Variant

LINK_SCORE = 88.0       # ratio of two whole wordings that say the same thing
STRETCH_SCORE = 90.0    # partial ratio for a shorter wording inside a longer one
STRETCH_MIN_WORDS = 6
RARE_WORDS = 4          # at most this many of a wording's rarest words probe the index
PREFIX_SHARE = 0.8      # share of its words a near-variant keeps
BUCKET_LIMIT = 64       # a word shared by more wordings than this is not rare
FRAGMENT_MIN_WORDS = 3
FRAGMENT_SHARED_WORDS = 5  # paraphrases quoting the same five or more words are one block
SHORTENED_MIN_WORDS = 8
SUBSTANCE_WORDS = 8     # a quote this long with this many open-class words is merged
SUBSTANCE_CONTENT = 4   # across outlets whatever speaker each outlet's parse gave it
KIND_RANK = {"quote": 0, "statement": 1, "statistic": 2, "event": 3, "commentary": 4}
_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00ad": None})
_STOP = frozenset("the a an and or of to in on for at by with that this is was are be it as from".split())
# English closed-class words (pronouns, auxiliaries and modals, determiners,
# prepositions, conjunctions, negation): what any speaker says; the rest of a
# wording is what makes it one person's.
_FUNCTION = _STOP | frozenset(
    """i me my we us our you your he him his she her they them their its it's im i'm we're you're they're
    s t d ll ve re m don didn doesn isn wasn aren weren won can couldn wouldn shouldn
    am been being were has have had do does did will would shall should can could may might must
    not no nor but if so than then too very just also there here what which who whom whose when where why how
    all any both each few more most other some such own same these those
    into onto over under about after before between through during without within against up down out off
    again once because while until upon""".split()
)


def typographic(text: str) -> str:
    """``text`` with quote marks, dashes and spacing made uniform."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY)).strip()


@lru_cache(maxsize=1 << 16)
def normal(text: str) -> str:
    """The merge key: lower-case words only, brackets and punctuation gone."""
    return " ".join(re.findall(r"[^\W_]+", typographic(text).casefold()))


def substantive(key: str) -> bool:
    """A wording long enough that two people are very unlikely to say it word
    for word: at least ``SUBSTANCE_WORDS`` words, ``SUBSTANCE_CONTENT`` of them
    open-class (not pronouns, auxiliaries, determiners, prepositions or
    conjunctions). "Thank you" or "We'll see what happens" is not."""
    words = key.split()
    return len(words) >= SUBSTANCE_WORDS and sum(len(w) > 1 and w not in _FUNCTION for w in words) >= SUBSTANCE_CONTENT


def _family(statement: Statement) -> tuple[str, str]:
    """Wordings are compared within one way of reporting (quotes with quotes,
    reported speech with reported speech, narrative with narrative) and, but
    for quotes of substance, within one speaker: a quote of substance is the
    same statement whoever each outlet's parse says spoke it."""
    if statement.kind == "quote":
        return ("" if substantive(normal(statement.text)) else statement.speaker or "", "quote")
    if statement.kind == "statement":
        return (statement.speaker or "", "statement")
    return ("", "narrative")


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
    """One distinct normal form within a family; ``speakers`` are those its
    statements were given (several for a quote of substance)."""

    family: tuple[str, str]
    key: str
    members: tuple[int, ...]
    sources: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()


def _channels(node: _Node) -> set[str]:
    """The index buckets a node files under: its family's speaker, and for a
    quote of substance also every speaker it was given, so that a shorter
    quote of one of them meets it."""
    return {node.family[0]} | (set(node.speakers) if node.family == ("", "quote") else set())


def _may_link(a: _Node, b: _Node) -> bool:
    """Two wordings may be one statement: one way of reporting and one
    speaker, or a quote of substance with a narrative sentence (an outlet that
    printed the words unquoted) or with a shorter quote of a speaker it was
    given. Two wordings of one source are two things said."""
    if a.sources & b.sources:
        return False
    if a.family == b.family:
        return True
    pair = {a.family, b.family}
    if pair == {("", "quote"), ("", "narrative")}:
        return True
    short = a if a.family != ("", "quote") else b
    whole = b if short is a else a
    return whole.family == ("", "quote") and short.family[1] == "quote" and short.family[0] in whole.speakers


def _candidate_pairs(nodes: Sequence[_Node]) -> list[tuple[int, int]]:
    """Pairs of nodes that may be variants of each other.

    Prefix filtering: each wording probes the index only with its rarest
    words (as many as a wording can lose and still score ``LINK_SCORE``), and
    finds every other wording that contains one of them. Two wordings that
    share most of their words always meet; a word too common to tell
    anything (a bucket over ``BUCKET_LIMIT``) is never used."""
    frequency: dict[str, int] = defaultdict(int)
    words = [sorted({w for w in node.key.split() if w not in _STOP}) for node in nodes]
    channels = [_channels(node) for node in nodes]
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, ws in enumerate(words):
        for w in ws:
            frequency[w] += 1
            for channel in channels[index]:
                buckets[(channel, w)].append(index)
    pairs: set[tuple[int, int]] = set()
    for a, ws in enumerate(words):
        prefix = len(ws) - math.ceil(PREFIX_SHARE * len(ws)) + 1
        for w in sorted(ws, key=lambda w: (frequency[w], w))[: min(prefix, RARE_WORDS)]:
            for channel in sorted(channels[a]):
                bucket = buckets[(channel, w)]
                if len(bucket) <= BUCKET_LIMIT:
                    pairs.update((min(a, b), max(a, b)) for b in bucket if b != a and _may_link(nodes[a], nodes[b]))
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


def _may_stretch(a: _Node, b: _Node) -> bool:
    """A narrative sentence inside a quote, or a quote inside a narrative
    sentence, is the same statement only when the shorter is long enough to
    be one person's words."""
    return {a.family[1], b.family[1]} != {"quote", "narrative"} or substantive(min(a.key, b.key, key=len))


def _groups(statements: Sequence[Statement]) -> list[list[int]]:
    """Indices of statements that say the same thing, grouped."""
    by_key: dict[tuple[tuple[str, str], str], list[int]] = defaultdict(list)
    for index, statement in enumerate(statements):
        by_key[(_family(statement), normal(statement.text))].append(index)
    nodes = [
        _Node(
            family,
            key,
            tuple(members),
            frozenset(statements[m].source_id for m in members),
            frozenset(statements[m].speaker for m in members if statements[m].speaker),
        )
        for (family, key), members in by_key.items()
    ]
    uf = _UnionFind(len(nodes))
    lengths = np.array([len(node.key) for node in nodes])
    word_counts = np.array([node.key.count(" ") + 1 for node in nodes])
    words = [frozenset(node.key.split()) for node in nodes]
    by_left: dict[int, list[int]] = defaultdict(list)
    for a, b in _candidate_pairs(nodes):
        by_left[a].append(b)
    for a, rights in by_left.items():
        # Score each node's candidates in one batch.
        right = np.array(rights)
        scores = process.cdist([nodes[a].key], [nodes[b].key for b in rights], scorer=fuzz.ratio, score_cutoff=LINK_SCORE)[0]
        for b in right[scores > 0]:
            uf.union(a, int(b))
        # A shorter wording cut from a longer one (partial_ratio aligns the
        # shorter inside the longer); across families only when the shorter
        # is itself a wording of substance.
        shorter = np.minimum(lengths[right], lengths[a])
        longer = np.maximum(lengths[right], lengths[a])
        fewest_words = np.minimum(word_counts[right], word_counts[a])
        stretch = [
            b
            for b in right[(scores == 0) & (shorter < 0.9 * longer) & (fewest_words >= STRETCH_MIN_WORDS)]
            if _contained(words[a], words[b]) and _may_stretch(nodes[a], nodes[int(b)])
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
    # Two outlets' paraphrases that quote the same words of one speaker (of
    # any speaker, when the words are of substance).
    by_fragment: dict[tuple[str, str], int] = {}
    node_of = {m: n for n, node in enumerate(nodes) for m in node.members}
    for index, statement in enumerate(statements):
        if statement.kind != "statement" or not statement.speaker:
            continue
        for fragment in statement.fragments:
            key = normal(fragment)
            if key.count(" ") + 1 >= FRAGMENT_SHARED_WORDS:
                who = "" if substantive(key) else statement.speaker
                first = by_fragment.setdefault((who, key), node_of[index])
                uf.union(first, node_of[index])
    grouped: dict[int, list[int]] = defaultdict(list)
    for index, node in enumerate(nodes):
        grouped[uf.find(index)].extend(node.members)
    return [sorted(members) for members in grouped.values()]


def _absorbable(statement: Statement) -> bool:
    long_fragments = [f for f in statement.fragments if len(normal(f).split()) >= FRAGMENT_MIN_WORDS]
    return statement.kind == "statement" and bool(long_fragments)


class _QuoteIndex:
    """The quote blocks, found by a speaker they were given or, for a
    fragment of substance, by the words they contain."""

    def __init__(self, groups: Sequence[Sequence[int]], statements: Sequence[Statement]) -> None:
        self.texts: dict[int, str] = {}
        self.by_speaker: dict[str, list[int]] = defaultdict(list)
        self.by_word: dict[str, set[int]] = defaultdict(set)
        for g, members in enumerate(groups):
            if not any(statements[m].kind == "quote" for m in members):
                continue
            self.texts[g] = f" {' '.join(normal(statements[m].text) for m in members)} "
            for speaker in sorted({statements[m].speaker for m in members if statements[m].speaker}):
                self.by_speaker[speaker].append(g)
            for w in set(self.texts[g].split()):
                self.by_word[w].add(g)

    def home(self, key: str, speaker: str | None) -> int | None:
        """The first quote block holding the words ``key``: any speaker's when
        they are of substance, else one of ``speaker``'s."""
        if substantive(key):
            found = set.intersection(*(self.by_word.get(w, set()) for w in set(key.split())))
            candidates = sorted(found)
        else:
            candidates = self.by_speaker.get(speaker or "", [])
        return next((q for q in candidates if f" {key} " in self.texts[q]), None)


def consolidate(statements: Sequence[Statement], source_order: Sequence[str]) -> tuple[Block, ...]:
    """Merge every source's statements into blocks, ordered by where each
    block was first reported; ids ``B1``, ``B2`` ... in that order."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    groups = _groups(statements)
    quotes = _QuoteIndex(groups, statements)
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
            home = quotes.home(key, statement.speaker)
            if home is None:
                homes = set()
                break
            homes.add(home)
        if homes:
            absorbed.add(g)
            for home in homes:
                extra[home].append(statement)
    reach: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.speaker:
            reach[s.speaker].add(s.source_id)
    voice = _Voice(rank, {speaker: len(sources) for speaker, sources in reach.items()})
    blocks = []
    for g, members in enumerate(groups):
        if g in absorbed:
            continue
        blocks.append(_block([statements[m] for m in members], extra.get(g, []), rank, voice))
    blocks.sort(key=lambda b: b.first)
    return tuple(replace(b, id=f"B{n}") for n, b in enumerate(blocks, 1))


def _person(name: str) -> str:
    """Two speaker names are one person when they end alike ("Mike Ruiz",
    "Michael Ruiz", "Mayor Michael Ruiz")."""
    return normal(name).rsplit(" ", 1)[-1]


@dataclass(frozen=True)
class _Voice:
    """Decides a block's speaker from every outlet's attribution.

    rank: each source's position; reach: in how many sources each speaker
    name is given anything (a person the outlets quote throughout the story
    is the likelier speaker when two outlets disagree one to one)."""

    rank: dict[str, int]
    reach: dict[str, int]

    def readings(self, statements: Sequence[Statement]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each person the outlets name as the speaker, with the sources that
        name them, the majority first. One vote per source, for the name it
        gives most often; a source that names nobody does not vote."""
        said: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for s in statements:
            if s.speaker and s.kind in SPEECH_KINDS:
                said[s.source_id][s.speaker] += 1
        persons: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for source, names in said.items():
            name = max(sorted(names), key=lambda n: (names[n], self.reach.get(n, 0)))
            persons[_person(name)][name].append(source)

        def weight(names: dict[str, list[str]]) -> tuple[int, int, int]:
            sources = [s for found in names.values() for s in found]
            return (len(sources), max(self.reach.get(n, 0) for n in names), -min(self.rank[s] for s in sources))

        out = []
        for names in sorted(persons.values(), key=weight, reverse=True):
            name = max(sorted(names), key=lambda n: (len(names[n]), self.reach.get(n, 0)))
            out.append((name, tuple(sorted((s for found in names.values() for s in found), key=self.rank.__getitem__))))
        return tuple(out)


def _block(members: list[Statement], paraphrases: list[Statement], rank: dict[str, int], voice: _Voice) -> Block:
    members = sorted(members, key=lambda s: (rank[s.source_id], s.order))
    paraphrases = sorted(paraphrases, key=lambda s: (rank[s.source_id], s.order))
    kind = min((s.kind for s in members), key=KIND_RANK.__getitem__)
    canonical = max((s for s in members if s.kind == kind), key=lambda s: (len(normal(s.text)), -rank[s.source_id], len(s.text)))
    variants: list[Variant] = []
    seen = {normal(canonical.text)}  # case, hyphens, quote marks and brackets are no difference
    for s in members:
        wording = normal(s.text)
        if wording not in seen:
            seen.add(wording)
            variants.append(Variant(s.source_id, s.text, "wording" if s.kind == kind else "paraphrase"))
    reporters = {s.source_id for s in members}
    for s in paraphrases:
        if s.source_id not in reporters:  # a lead that repeats the article's own quote adds nothing
            variants.append(Variant(s.source_id, s.text, "paraphrase"))
    sources = sorted(reporters | {s.source_id for s in paraphrases}, key=rank.__getitem__)
    first = min((rank[s.source_id], *s.order) for s in members)
    readings = voice.readings(members + paraphrases)
    speaker = readings[0][0] if readings else None
    role = next((s.speaker_role for s in members + paraphrases if s.speaker_role and s.speaker == speaker), None)
    return Block(
        id="",
        kind=kind,
        speaker=speaker,
        speaker_role=role,
        text=canonical.text,
        sources=tuple(sources),
        first=first,
        variants=tuple(variants),
        speaker_readings=readings if len(readings) > 1 else (),
    )
