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
   reported speech that quotes from each (``links``).
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

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from . import collector, fact_index, fact_profile, forms, paraphrase
from .blocks import block, first_reported, shown
from .candidates import FRAGMENT_SHARED_WORDS, Node
from .candidates import forget as forget_word_sets
from .candidates import nodes as candidate_nodes
from .links import PIECE_MIN_WORDS, Links, linked
from .mapping import Beside, Map, in_order, one_then_other
from .model import Block, Statement
from .one_body import Bodies
from .unionfind import UnionFind
from .voice import Voice, full_name, named, person
from .wording import normal

Group = tuple[list[int], list[tuple[int, tuple[str, ...]]]]  # members, and paraphrases with the fragments shown


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
    views, links = beside(lambda: fact_profile.read_views(texts, each), lambda: linked(statements, nodes))
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
    statements: Sequence[Statement], nodes: Sequence[Node], links: Links, node_of: dict[int, int]
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
    people = {person(s.speaker) for s in statements if s.speaker and full_name(s.speaker)}
    for a, b in pairs:
        one, two = said[a].speaker, said[b].speaker
        # Facts told by two different speakers stay apart, unless they are
        # one body (``one_body``); a description ("the union") is a speaker
        # here: two may be two bodies. One speaker alone is not that speaker
        # and another (``_partner``).
        if (
            one and two and all(voice.strong(s) or not named(s) for s in (one, two)) and person(one) != person(two)
            and not bodies.one((one, said[a].speaker_role), (two, said[b].speaker_role))
        ) or one and two and _partner(said[a], people) != _partner(said[b], people):
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


def _partner(said: Statement, people: set[str]) -> str | None:
    """The person a statement's sentence names right after its speaker and
    "and" ("Ann Roe and Bob Dale said": Dale, when the build names Bob Dale
    in full as a speaker too): the speaker is the first of two subjects
    (``subjects.first_conjunct``), and the two said it together. The words
    after "and" that name no speaker of the build are of one name ("Tarn
    and Wey Railways")."""
    last = (said.speaker or "").split()[-1:]
    printed = last and _after_and(said.text, last[0])
    found = printed and person(printed)
    return found if found and found in people and found != person(said.speaker or "") else None


_EDGE = re.compile(r"\b")
_NAME = re.compile(r"(?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*")  # capitalised words: a name


def _after_and(text: str, word: str) -> str | None:
    """The name right after the first "``word`` and" of ``text`` (``word``
    at a word's start) that one follows: found with two fixed patterns, as
    one built for each speaker is compiled for each (a build names
    thousands)."""
    at = text.find(f"{word} and ")
    while at >= 0:
        if _EDGE.match(text, at) and (name := _NAME.match(text, at + len(word) + 5)):
            return name.group()
        at = text.find(f"{word} and ", at + 1)
    return None


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
