"""The consolidation engine: ``Statement`` records from every source in,
``Block`` records out, one per thing said, however many outlets said it.

1. Normalise (case, curly quotes, dashes, soft hyphens, brackets, spacing)
   and key on the exact normal form: a node per (family, normal form), for
   every statement and every quoted fragment of reported speech.
2. Link near-variants ("racial or cultural" / "racial for cultural") with
   rapidfuzz, comparing a wording only with the candidates that share one of
   its rarest words (an inverted index with a bound on bucket size), never
   all pairs. A shorter wording that is a stretch, or a whole sentence, of a
   longer one links too. Two quotes one outlet prints one after the other
   (one speaker, one paragraph) join another outlet's quote that holds most
   words of each.
3. Text first: a quote of substance (``substantive``) links whatever speaker
   each outlet's parse gave it, so long as the words are the same; shorter
   wordings need one speaker. The outlets' own reports link only when no
   figure, name or direction conflicts.
4. Reported speech joins the quote its fragments stand in (when it cites
   two, it is shown whole under the one it quotes most and by its quoted
   words under the other); the same fact in each outlet's own words joins
   (``paraphrase``), never a quote's block.
5. Union-find the links. A block's text is the most complete wording,
   verbatim; every other source's differing wording is kept as a variant;
   its speaker is voted by the outlets (``voice``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
from rapidfuzz import fuzz, process

from . import lexicon, paraphrase
from .model import SPEECH_KINDS, Block, Statement, Variant
from .sentences import outside_quotes
from .voice import Voice, named, person
from .wording import FUNCTION_WORDS, STOP_WORDS, normal, substantive, words_of

LINK_SCORE = 88.0       # ratio of two whole wordings that say the same thing
STRETCH_SCORE = 90.0    # partial ratio for a shorter wording inside a longer one
STRETCH_MIN_WORDS = 6
RARE_WORDS = 4          # at most this many of a wording's rarest words probe the index
PREFIX_SHARE = 0.8      # share of its words a near-variant keeps
BUCKET_LIMIT = 64       # a word shared by more wordings than this is not rare
FRAGMENT_MIN_WORDS = 3
FRAGMENT_SHARED_WORDS = 5  # reported speech quoting the same five or more words is one block
PIECE_MIN_WORDS = 4     # a sentence or clause of a quote printed whole inside another
SHORTENED_MIN_WORDS = 8
KIND_RANK = {"quote": 0, "statement": 1, "statistic": 2, "event": 3, "commentary": 4}
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

    # Computed once per node: a build compares each node with dozens of others.
    @cached_property
    def size(self) -> int:
        return self.key.count(" ") + 1

    @cached_property
    def words(self) -> frozenset[str]:
        return words_of(self.key)

    @cached_property
    def content(self) -> frozenset[str]:
        """Its open-class words: what makes a wording one person's."""
        return frozenset(w for w in self.words if len(w) > 1 and w not in FUNCTION_WORDS)


def _nodes(statements: Sequence[Statement], voice: Voice) -> list[_Node]:
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
            # Narrative has no speaker: only words of substance tell whose they are.
            if key.count(" ") + 1 >= FRAGMENT_MIN_WORDS and (statement.kind == "statement" or substantive(key)):
                family = ("" if substantive(key) else speakers[index] or "", "quote")
                found[(family, key)][1].append(index)
                printed.setdefault((family, key), fragment)
    nodes = _in_parts(statements, speakers)
    for (family, key), (members, quoting) in found.items():
        said = [speakers[i] for i in members + quoting if speakers[i]]
        nodes.append(
            _Node(
                family,
                key,
                tuple(members),
                frozenset(statements[m].source_id for m in members),
                frozenset(person(speaker) for speaker in said),
                tuple(dict.fromkeys(quoting)),
                printed[(family, key)],
            )
        )
    return nodes


def _in_parts(statements: Sequence[Statement], speakers: Sequence[str | None]) -> list[_Node]:
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
                family = ("" if substantive(key) else speakers[i] or "", "quote")
                said = frozenset({person(speakers[i])} if speakers[i] else ())
                nodes.append(_Node(family, key, (), frozenset({source}), said, (), f"{a.text} {b.text}", (i, j)))
    return nodes


_NARRATIVE = ("", "narrative")
_COMMENTARY = ("", "commentary")
_OPEN_QUOTE = ("", "quote")  # quotes of substance, and quotes nobody was given
_SPEECH = ("any", "statement")  # where quotes of substance meet every speaker's reported speech
_QUOTES = ("any", "quote")  # where a quote nobody was given meets every speaker's quotes
_UNQUOTED = (_SPEECH, _NARRATIVE, _COMMENTARY)  # where a quote of substance meets its words printed unquoted


def _channels(node: _Node) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The index buckets a node files under, and those it probes: its
    family; for a quote, every person it was given (a shorter quote of theirs
    must meet it); a quote of substance also probes narrative and every
    speaker's reported speech (an outlet may print the words unquoted, in
    its own opinion too), and a quote nobody was given probes every
    speaker's quotes."""
    own = [node.family]
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


def _may_link(a: _Node, b: _Node) -> bool:
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


def _candidate_pairs(nodes: Sequence[_Node]) -> list[tuple[int, int]]:
    """Pairs of nodes that may be variants of each other.

    Prefix filtering: each wording probes the index only with its rarest
    words (as many as a wording can lose and still score ``LINK_SCORE``), and
    finds every other wording that contains one of them. Two wordings that
    share most of their words always meet; a word too common to tell
    anything (a bucket over ``BUCKET_LIMIT``) is never used."""
    frequency: dict[str, int] = defaultdict(int)
    words = [sorted({w for w in node.key.split() if w not in STOP_WORDS}) for node in nodes]
    channels = [_channels(node) for node in nodes]
    buckets: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    for index, ws in enumerate(words):
        for w in ws:
            frequency[w] += 1
            for channel in channels[index][0]:
                buckets[(channel, w)].append(index)
    met: set[tuple[int, int]] = set()
    for a, ws in enumerate(words):
        prefix = len(ws) - math.ceil(PREFIX_SHARE * len(ws)) + 1
        found: set[int] = set()
        unquoted: set[int] = set()
        crossing = _UNQUOTED if nodes[a].family == _OPEN_QUOTE else ()
        for w in sorted(ws, key=lambda w: (frequency[w], w))[: min(prefix, RARE_WORDS)]:
            for channel in channels[a][1]:
                bucket = buckets.get((channel, w), ())
                if len(bucket) <= BUCKET_LIMIT:
                    (unquoted if channel in crossing else found).update(bucket)
        # Most wordings a quote meets unquoted lack one of its words: judged
        # here, at once, not pair by pair below (the test ``_may_link`` ends with).
        found.update(b for b in unquoted if _words_stand(nodes[a], nodes[b]))
        found.discard(a)
        met.update((a, b) if a < b else (b, a) for b in found)
    # Two nodes meet through several words and channels: judged once.
    return sorted(pair for pair in met if _may_link(nodes[pair[0]], nodes[pair[1]]))


def _words_stand(a: _Node, b: _Node) -> bool:
    """The content words of the shorter wording all stand in the longer (of
    two as long, either way round)."""
    if len(a.key) == len(b.key):
        return a.content <= b.words or b.content <= a.words
    shorter, longer = (a, b) if len(a.key) < len(b.key) else (b, a)
    return shorter.content <= longer.words


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


def _consistent(a: _Node, b: _Node) -> bool:
    """Two outlets' own reports (not quotes) that score alike are the same
    fact only if no figure, name or direction conflicts ("1,400" / "1,500")."""
    if "quote" in (a.family[1], b.family[1]):
        return True
    return not paraphrase.conflict(paraphrase.profile(a.text), paraphrase.profile(b.text))


def _piece(a: _Node, b: _Node) -> bool:
    """One quote printed whole inside another: a sentence or clause of it
    ("Nothing happened to her." in a quote that goes on), as an outlet that
    splits a quote, or joins two, prints it."""
    short, long = sorted((a.key, b.key), key=len)
    return a.family[1] == b.family[1] == "quote" and short.count(" ") + 1 >= PIECE_MIN_WORDS and f" {short} " in f" {long} "


def _groups(statements: Sequence[Statement], voice: Voice) -> list[tuple[list[int], list[tuple[int, tuple[str, ...]]]]]:
    """Statements that say the same thing, grouped: each group's members,
    and the reported-speech statements attached to it as paraphrases, each
    with the fragments to show of it (none: the whole sentence)."""
    nodes = _nodes(statements, voice)
    uf = _UnionFind(len(nodes))
    lengths = np.array([len(node.key) for node in nodes])
    word_counts = np.array([node.size for node in nodes])
    words = [node.words for node in nodes]
    by_left: dict[int, list[int]] = defaultdict(list)
    within: dict[int, set[int]] = defaultdict(set)  # fragment node -> quote nodes it stands in
    spans: dict[int, set[int]] = defaultdict(set)  # quote in parts -> other outlets' quotes that hold both parts

    def link(a: int, b: int) -> None:
        if not (nodes[a].parts or nodes[b].parts):
            uf.union(a, b)
            return
        # A quote in parts matches another outlet's printed quote that holds
        # most words of each part, not one part alone.
        parts, other = (nodes[a].parts, b) if nodes[a].parts else (nodes[b].parts, a)
        held = all(len(words_of(normal(statements[p].text)) & words[other]) >= 0.8 * len(words_of(normal(statements[p].text))) for p in parts)
        if nodes[other].members and not nodes[other].parts and held:
            spans[a if nodes[a].parts else b].add(other)
    for a, b in _candidate_pairs(nodes):
        by_left[a].append(b)
    for a, rights in by_left.items():
        # Score each node's candidates in one batch.
        right = np.array(rights)
        scores = process.cdist([nodes[a].key], [nodes[b].key for b in rights], scorer=fuzz.ratio, score_cutoff=LINK_SCORE)[0]
        for b in right[scores > 0]:
            if _consistent(nodes[a], nodes[int(b)]):
                link(a, int(b))
        for b in right[scores == 0]:
            if not _piece(nodes[a], nodes[int(b)]) or nodes[a].parts or nodes[int(b)].parts:
                continue
            if nodes[a].members and nodes[int(b)].members:
                uf.union(a, int(b))
            else:  # a short fragment may stand in two quotes: it cites, it does not join them
                within[a if not nodes[a].members else int(b)].add(int(b) if not nodes[a].members else a)
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
                if _consistent(nodes[a], nodes[int(b)]):
                    link(a, int(b))
            # A quote with a phrase cut from its middle: every word kept, in order.
            for b in stretch[partial == 0]:
                if _shortened(nodes[a].key, nodes[int(b)].key) and _consistent(nodes[a], nodes[int(b)]):
                    link(a, int(b))
    # Reported speech joins what its fragments linked to: the one quote it
    # cites, or other outlets' reported speech quoting the same words. One
    # that cites two different quotes is a paraphrase of each, and they stay
    # two blocks.
    node_of = {m: n for n, node in enumerate(nodes) for m in node.members}
    for parted, others in spans.items():
        for part in nodes[parted].parts:
            for other in others:
                uf.union(node_of[part], other)
    cited: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))  # statement -> root -> fragment keys
    shared: dict[int, bool] = defaultdict(bool)  # words long enough for reported speech to join on
    for n, node in enumerate(nodes):
        shared[uf.find(n)] |= node.key.count(" ") + 1 >= FRAGMENT_SHARED_WORDS
        for s in node.quoting:
            for root in {uf.find(n)} | {uf.find(q) for q in within[n]}:
                cited[s][root].add(node.key)
    quoted = {uf.find(n) for n, node in enumerate(nodes) if any(statements[m].kind == "quote" for m in node.members)}
    paraphrase_of: dict[int, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    joins = []
    for s, by_root in sorted(cited.items()):
        homes = sorted(set(by_root) & quoted, key=lambda root: (-sum(k.count(" ") + 1 for k in by_root[root]), root))
        if len(homes) > 1:
            # Shown whole under the quote it cites most; under each other
            # quote, only the words it quotes of that one.
            paraphrase_of[homes[0]].append((s, ()))
            for home in homes[1:]:
                paraphrase_of[home].append((s, tuple(f for f in statements[s].fragments if normal(f) in by_root[home])))
        else:
            joins += [(node_of[s], root) for root in set(homes) | {root for root in by_root if shared[root]}]
    joins += _short_citations(statements, nodes, uf, node_of)
    for a, b in joins:
        uf.union(a, b)
    _join_facts(statements, nodes, uf, voice)
    grouped: dict[int, list[int]] = defaultdict(list)
    for n, node in enumerate(nodes):
        grouped[uf.find(n)].extend(node.members)
    extra: dict[int, set[tuple[int, tuple[str, ...]]]] = defaultdict(set)
    for home, cites in paraphrase_of.items():
        extra[uf.find(home)].update(cites)
    # A paraphrase shown with the quotes it cites needs no block of its own.
    shown = {s for cites in paraphrase_of.values() for s, _ in cites}
    return [
        group
        for root, members in grouped.items()
        if members and not (len(members) == 1 and members[0] in shown)
        for group in _by_voice(statements, sorted(members), sorted(extra.get(root, ())), voice)
    ]


def _by_voice(
    statements: Sequence[Statement], members: list[int], extra: list[tuple[int, tuple[str, ...]]], voice: Voice
) -> list[tuple[list[int], list[tuple[int, tuple[str, ...]]]]]:
    """A group split between the people several outlets each name as saying
    its words. Text first overrules one outlet's parse; it does not overrule
    two or more outlets that agree: the same line from two people, each named
    by two outlets or more, is two statements (a talking point both sides
    repeat, a statement read out by two officials). A statement goes to the
    person its outlet names, else to the wording it is closest to."""
    quotes = [statements[m] for m in members if statements[m].kind == "quote"]
    if len({s.source_id for s in quotes}) < 4:
        return [(members, extra)]  # two people named by two outlets each need four
    said = voice.readings(quotes)
    confirmed = [person(name) for name, sources in said if len(sources) > 1]
    if len(confirmed) < 2:
        return [(members, extra)]
    parts: dict[str, list[int]] = {who: [] for who in confirmed}

    for m in members:
        if person(statements[m].speaker or "") in parts:
            parts[person(statements[m].speaker or "")].append(m)
    named_parts = {who: list(found) for who, found in parts.items()}

    def home(s: Statement) -> str:
        who = person(s.speaker or "")
        if who in parts:
            return who
        key = normal(s.text)
        return max(confirmed, key=lambda p: (max(fuzz.ratio(key, normal(statements[m].text)) for m in named_parts[p]), -confirmed.index(p)))

    for m in members:
        if person(statements[m].speaker or "") not in parts:
            parts[home(statements[m])].append(m)
    cites: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for s, fragments in extra:
        cites[home(statements[s])].append((s, fragments))
    return [(sorted(parts[who]), cites[who]) for who in confirmed]


def _short_citations(statements: Sequence[Statement], nodes: Sequence[_Node], uf: _UnionFind, node_of: dict[int, int]) -> list[tuple[int, int]]:
    """Reported speech that quotes only a word or two ("praised the move for
    its “integrity”") joins the quote of that person that holds those words,
    when exactly one does."""
    quotes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for n, node in enumerate(nodes):
        if any(statements[m].kind == "quote" for m in node.members):
            for who in node.speakers:
                quotes[who].append((uf.find(n), f" {node.key} "))
    joins = []
    for index, s in enumerate(statements):
        keys = [normal(f) for f in s.fragments if normal(f)]
        if s.kind != "statement" or not s.speaker or not keys or any(k.count(" ") + 1 >= FRAGMENT_MIN_WORDS for k in keys):
            continue
        homes = {root for root, text in quotes[person(s.speaker)] if all(f" {k} " in text for k in keys)}
        if len(homes) == 1:
            joins.append((node_of[index], homes.pop()))
    return joins


def _join_facts(statements: Sequence[Statement], nodes: Sequence[_Node], uf: _UnionFind, voice: Voice) -> None:
    """Join the same fact reported by several outlets in their own words
    (``paraphrase``): never two groups that share a source or hold a quote,
    never two people's reported speech (named in full, or more than once)."""
    facts = [n for n, node in enumerate(nodes) if node.members and statements[node.members[0]].kind in paraphrase.FACT_KINDS]
    sources: dict[int, set[str]] = defaultdict(set)
    quoted = set()  # a quote's group takes no paraphrased facts
    for n, node in enumerate(nodes):
        root = uf.find(n)
        sources[root] |= node.sources
        if any(statements[m].kind == "quote" for m in node.members):
            quoted.add(root)
    said = [statements[nodes[n].members[0]] for n in facts]
    profiles = [paraphrase.profile(s.text, s.speaker) for s in said]
    for a, b in paraphrase.candidates(profiles, [s.source_id for s in said]):
        speakers = [said[a].speaker, said[b].speaker]
        # Facts told by two different speakers stay apart; a description
        # ("the union") is a speaker here: two may be two bodies.
        if all(speaker and (voice.strong(speaker) or not named(speaker)) for speaker in speakers) and person(speakers[0]) != person(speakers[1]):
            continue
        ra, rb = uf.find(facts[a]), uf.find(facts[b])
        if ra == rb or ra in quoted or rb in quoted or sources[ra] & sources[rb] or paraphrase.conflict(profiles[a], profiles[b]):
            continue
        uf.union(ra, rb)
        sources[uf.find(ra)] = sources[ra] | sources[rb]


def consolidate(statements: Sequence[Statement], source_order: Sequence[str]) -> tuple[Block, ...]:
    """Merge every source's statements into blocks, ordered by where each
    block was first reported; ids ``B1``, ``B2`` ... in that order."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    voice = Voice.of(statements, rank)
    blocks = [
        _block([statements[m] for m in members], [_shown(statements[s], fragments) for s, fragments in extra], rank, voice)
        for members, extra in _groups(statements, voice)
    ]
    blocks.sort(key=lambda b: b.first)
    return tuple(replace(b, id=f"B{n}") for n, b in enumerate(blocks, 1))


def _shown(statement: Statement, fragments: tuple[str, ...]) -> Statement:
    """A paraphrase as a block shows it: whole, or (when it is shown whole
    under another quote) only the longest of the words it quotes of this one,
    as the outlet printed them."""
    return replace(statement, text=max(fragments, key=len)) if fragments else statement


def _framed(text: str) -> bool:
    """The outlet's own words around a quote hold a word to watch."""
    return any(hit.report for hit in lexicon.load().find(outside_quotes(text)))


def _block(members: list[Statement], paraphrases: list[Statement], rank: dict[str, int], voice: Voice) -> Block:
    members = sorted(members, key=lambda s: (rank[s.source_id], s.order))
    # A fact that some outlets report in their own voice and others as
    # someone's reported speech is shown as the outlets' report.
    told = [s for s in members if s.kind not in SPEECH_KINDS]
    shown = members if any(s.kind == "quote" for s in members) or not told else told
    kind = min((s.kind for s in shown), key=KIND_RANK.__getitem__)
    canonical = max((s for s in members if s.kind == kind), key=lambda s: (len(normal(s.text)), -rank[s.source_id], len(s.text)))
    variants: list[Variant] = []
    seen = {normal(canonical.text)}  # case, hyphens, quote marks and brackets are no difference
    for s in members:
        wording = normal(s.text)
        if wording not in seen and s.kind == kind:
            seen.add(wording)
            variants.append(Variant(s.source_id, s.text, "wording"))
    reporters = {s.source_id for s in members if s.kind == kind}
    # An outlet's reported speech that quotes the block; a lead that repeats
    # the article's own quote adds nothing, unless the outlet frames it in
    # loaded words of its own ("X assailed ...", "X admitted she ...").
    for s in sorted([s for s in members if s.kind != kind] + paraphrases, key=lambda s: (rank[s.source_id], s.order)):
        if (s.source_id not in reporters or _framed(s.text)) and normal(s.text) not in seen:
            seen.add(normal(s.text))
            variants.append(Variant(s.source_id, s.text, "paraphrase"))
    reporters |= {s.source_id for s in members}
    sources = sorted(reporters | {s.source_id for s in paraphrases}, key=rank.__getitem__)
    first = min((rank[s.source_id], *s.order) for s in members)
    readings = voice.readings(members + paraphrases) if kind in SPEECH_KINDS else ()
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
