"""The consolidation engine: ``Statement`` records from every source in,
``Block`` records out, one per thing said, however many outlets said it.

1. Normalise (case, curly quotes, dashes, soft hyphens, brackets, spacing)
   and key on the exact normal form: a node per (family, normal form), for
   every statement and every quoted fragment of reported speech; the nodes
   and the pairs of them worth comparing come from ``candidates``.
2. Link near-variants ("racial or cultural" / "racial for cultural") with
   rapidfuzz, comparing a wording only with the candidates that share one of
   its rarest words (an inverted index with a bound on bucket size), never
   all pairs. A shorter wording that is a stretch, or a whole sentence, of a
   longer one links too. Two quotes one outlet prints one after the other
   (one speaker, one paragraph) join another outlet's quote that holds most
   words of each, or that runs them together and cuts one short, or its
   reported speech that quotes from each.
3. Text first: a quote of substance (``substantive``) links whatever speaker
   each outlet's parse gave it, so long as the words are the same; shorter
   wordings need one speaker. The outlets' own reports link only when no
   figure, name or direction conflicts, with them or with any report
   already linked to either (a wording that leaves a figure out bridges no
   two that differ in it).
4. Reported speech joins the quote its fragments stand in (when it cites
   two, it is shown whole under the one it quotes most and by its quoted
   words under the other); the same fact in each outlet's own words joins
   (``paraphrase``), never a quote's block.
5. Union-find the links. A block's text is the most complete wording,
   verbatim; every other source's differing wording is kept as a variant;
   its speaker is voted by the outlets (``voice``); ``blocks`` makes it.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from . import collector, fact_index, fact_profile, forms, paraphrase
from .blocks import block, first_reported, shown
from .candidates import FRAGMENT_SHARED_WORDS, Node, Numbered, candidate_pairs, numbered
from .candidates import forget as forget_word_sets
from .candidates import nodes as candidate_nodes
from .mapping import Beside, Map, in_order, one_then_other
from .model import Block, Statement
from .one_body import Bodies
from .unionfind import UnionFind
from .voice import Voice, named, person
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


Group = tuple[list[int], list[tuple[int, tuple[str, ...]]]]  # members, and paraphrases with the fragments shown


class _Links:
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
        roads" / "on schools": ``paraphrase.reworded``) and no figure, name or
        direction conflicts ("1,400" / "1,500"), between them or any report
        already linked to either: a
        shorter wording that leaves a figure out does not bridge two that
        differ in it."""
        nodes = self.nodes
        if "quote" in (nodes[a].family[1], nodes[b].family[1]):
            return True
        if paraphrase.reworded(self.profile(a), self.profile(b)):
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


def _linked(statements: Sequence[Statement], nodes: Sequence[Node]) -> _Links:
    """Every node scored against its candidates."""
    words = numbered(nodes)
    links = _Links(statements, nodes, words)
    for a, rights in candidate_pairs(nodes, words):
        links.score(a, rights)
    return links


def _groups(statements: Sequence[Statement], voice: Voice, each: Map, beside: Beside, dates: Mapping[str, str]) -> list[Group]:
    """Statements that say the same thing, grouped: each group's members,
    and the reported-speech statements attached to it as paraphrases, each
    with the fragments to show of it (none: the whole sentence). The facts'
    stems (a fifth of merge at 10,000 articles) are read on the pool
    (``each``) while the nodes are linked on one core (``beside``); a
    fact's years told from its source's date are read in figures (``forms.dated``)."""
    nodes = candidate_nodes(statements, voice)
    facts = [n for n, node in enumerate(nodes) if node.members and statements[node.members[0]].kind in paraphrase.FACT_KINDS]
    firsts = [statements[nodes[n].members[0]] for n in facts]
    texts = [forms.dated(s.text, dates.get(s.source_id)) for s in firsts]
    views, links = beside(lambda: fact_profile.read_views(texts, each), lambda: _linked(statements, nodes))
    uf = links.sets
    node_of = {m: n for n, node in enumerate(nodes) for m in node.members}
    for whole, others in links.spans.items():
        for part in nodes[whole].parts:
            for other in others:
                uf.union(node_of[part], other)
    paraphrase_of, joins = _citations(statements, nodes, links, node_of)
    joins += _short_citations(statements, nodes, uf, node_of)
    for a, b in joins:
        uf.union(a, b)
    _join_facts(statements, nodes, uf, voice, facts, views, texts)
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


def _citations(
    statements: Sequence[Statement], nodes: Sequence[Node], links: _Links, node_of: dict[int, int]
) -> tuple[dict[int, list[tuple[int, tuple[str, ...]]]], list[tuple[int, int]]]:
    """Reported speech joins what its fragments linked to: the one quote it
    cites, or other outlets' reported speech quoting the same words. One
    that cites two different quotes is a paraphrase of each, and they stay
    two blocks; it joins both only when another outlet prints the two one
    after the other and no outlet prints either without the other
    (``_apart``). Out: the paraphrases of each quote's root (with the
    fragments to show), and the (node, root) pairs to join."""
    uf = links.sets
    cited: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))  # statement -> root -> fragment keys
    shared: dict[int, bool] = defaultdict(bool)  # words long enough for reported speech to join on
    for n, node in enumerate(nodes):
        shared[uf.find(n)] |= node.key.count(" ") + 1 >= FRAGMENT_SHARED_WORDS
        for s in node.quoting:
            for root in {uf.find(n)} | {uf.find(q) for q in links.within[n]}:
                cited[s][root].add(node.key)
    printers: dict[int, set[str]] = defaultdict(set)  # quote root -> the sources that print it
    for node in nodes:
        for m in node.members:
            if statements[m].kind == "quote":
                printers[uf.find(node_of[m])].add(statements[m].source_id)
    parted = _parted(nodes, uf, node_of)
    paraphrase_of: dict[int, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    joins = []
    for s, by_root in sorted(cited.items()):
        homes = sorted([root for root in by_root if root in printers], key=lambda root: (-sum(k.count(" ") + 1 for k in by_root[root]), root))
        if len(homes) > 1 and (not parted.get(frozenset(homes), set()) - {statements[s].source_id} or _apart(homes, printers)):
            # Shown whole under the quote it cites most; under each other
            # quote, only the words it quotes of that one.
            paraphrase_of[homes[0]].append((s, ()))
            for home in homes[1:]:
                paraphrase_of[home].append((s, tuple(f for f in statements[s].fragments if normal(f) in by_root[home])))
        else:
            joins += [(node_of[s], root) for root in set(homes) | {root for root in by_root if shared[root]}]
    return paraphrase_of, joins


def _apart(homes: Sequence[int], printers: dict[int, set[str]]) -> bool:
    """Each of two quotes is printed by an outlet that does not print the
    other: two statements, reported apart, even where another outlet runs
    them together. A passage that holds both is cited under each; it does
    not weld them into one block."""
    return all(printers[home] - printers[other] for home in homes for other in homes if other != home)


def _parted(nodes: Sequence[Node], uf: UnionFind, node_of: dict[int, int]) -> dict[frozenset[int], set[str]]:
    """The sources that print two quotes one after the other (``Node.parts``),
    by the roots of the two: another outlet that reports them in one
    sentence reports one statement, as when it prints them as one quote."""
    parted: dict[frozenset[int], set[str]] = defaultdict(set)
    for node in nodes:
        if node.parts:
            parted[frozenset(uf.find(node_of[p]) for p in node.parts)] |= node.sources
    return parted


def _by_voice(statements: Sequence[Statement], members: list[int], extra: list[tuple[int, tuple[str, ...]]], voice: Voice) -> list[Group]:
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


def _short_citations(statements: Sequence[Statement], nodes: Sequence[Node], uf: UnionFind, node_of: dict[int, int]) -> list[tuple[int, int]]:
    """Reported speech that quotes only a few words, fewer than a piece of a
    quote (``PIECE_MIN_WORDS``: "praised the move for its “integrity”", "said
    they had “weighed every option”"), joins the quote of that person that
    holds those words, when exactly one does."""
    quotes: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for n, node in enumerate(nodes):
        if any(statements[m].kind == "quote" for m in node.members):
            for who in node.speakers:
                quotes[who].append((uf.find(n), f" {node.key} "))
    joins = []
    for index, s in enumerate(statements):
        keys = [normal(f) for f in s.fragments if normal(f)]
        if s.kind != "statement" or not s.speaker or not keys or any(k.count(" ") + 1 >= PIECE_MIN_WORDS for k in keys):
            continue
        homes = {root for root, text in quotes[person(s.speaker)] if all(f" {k} " in text for k in keys)}
        if len(homes) == 1:
            joins.append((node_of[index], homes.pop()))
    return joins


def _join_facts(
    statements: Sequence[Statement], nodes: Sequence[Node], uf: UnionFind, voice: Voice, facts: Sequence[int], views: Sequence[Sequence[tuple[str, ...]]], texts: Sequence[str]
) -> None:
    """Join the same fact reported by several outlets in their own words
    (``paraphrase``): never two groups that share a source or hold a quote,
    never two people's reported speech (named in full, or more than once),
    and only when no fact of one group differs from a fact of the other in a
    figure or a direction: a wording that leaves a figure out ("82% backed
    the strike") does not bridge two that differ in it ("on a turnout of
    71%" / "of 61%"). Names are left to each pair: outlets name the same
    body in part and in other ways ("the water project", "Roe's group").
    ``facts``: the nodes of facts; ``views``: each one's ``fact_profile.views``; ``texts``: its text as matched (``forms.dated``)."""
    sources: dict[int, frozenset[str]] = {}
    quoted = set()  # a quote's group takes no paraphrased facts
    for n, node in enumerate(nodes):
        root = uf.find(n)
        # A node's own set stands for a group of one (most of them): no copy.
        sources[root] = sources[root] | node.sources if root in sources else node.sources
        if any(statements[m].kind == "quote" for m in node.members):
            quoted.add(root)
    said = [statements[nodes[n].members[0]] for n in facts]
    # Every fact's stems are indexed; its full profile is made only for the
    # few facts that meet another (a build of 10,000 articles has 150,000 facts).
    pairs = fact_index.fact_pairs(views, [s.source_id for s in said])
    profiles: dict[int, fact_profile.Profile] = {}
    told: dict[int, list[int]] = defaultdict(list)  # a group's root -> its facts
    for i, n in enumerate(facts):
        told[uf.find(n)].append(i)

    def profile(i: int) -> fact_profile.Profile:
        if i not in profiles:
            profiles[i] = fact_profile.profile(texts[i], said[i].speaker, said[i].speaker_role)
        return profiles[i]

    def agree(x: int, y: int) -> bool:
        return paraphrase.conflict(profile(x), profile(y), names=False) is None

    bodies = Bodies((s.speaker, s.speaker_role) for s in said if s.speaker)
    for a, b in pairs:
        one, two = said[a].speaker, said[b].speaker
        # Facts told by two different speakers stay apart, unless they are
        # one body (``one_body``); a description ("the union") is a speaker
        # here: two may be two bodies.
        if (
            one and two and all(voice.strong(s) or not named(s) for s in (one, two)) and person(one) != person(two)
            and not bodies.one((one, said[a].speaker_role), (two, said[b].speaker_role))
        ):
            continue
        ra, rb = uf.find(facts[a]), uf.find(facts[b])
        if ra == rb or ra in quoted or rb in quoted or sources[ra] & sources[rb] or not paraphrase.one_fact(profile(a), profile(b)):
            continue
        if not all(agree(x, y) for x in told[ra] for y in told[rb]):
            continue
        uf.union(ra, rb)
        root = uf.find(ra)
        sources[root] = sources[ra] | sources[rb]
        told[root] = told.pop(ra) + told.pop(rb)


def consolidate(
    statements: Sequence[Statement], source_order: Sequence[str], each: Map = in_order, beside: Beside = one_then_other, dates: Mapping[str, str] | None = None
) -> tuple[Block, ...]:
    """Merge every source's statements into blocks, ordered by where each
    block was first reported; ids ``B1``, ``B2`` ... in that order. ``each``
    and ``beside``: the pipeline's pool, for a big build (``mapping``); ``dates``: each dated source's date, by its id."""
    rank = {sid: i for i, sid in enumerate(source_order)}
    # Merge makes millions of small objects and no reference cycles: the
    # collector's full passes over a big story's heap found nothing and
    # cost a tenth of its time (``collector``: paused for the whole build).
    with collector.paused():
        voice = Voice.of(statements, rank)
        groups = [([statements[m] for m in members], extra) for members, extra in _groups(statements, voice, each, beside, dates or {})]
        # In the order they were first reported, so each block is made with
        # its id (a copy of each block to number it cost a tenth of merge).
        groups.sort(key=lambda group: first_reported(group[0], rank))
        blocks = tuple(
            block(f"B{n}", members, [shown(statements[s], fragments) for s, fragments in extra], rank, voice)
            for n, (members, extra) in enumerate(groups, 1)
        )
    forget_word_sets()
    return blocks
