"""Neutrality: placed blocks in; blocks with their loaded terms, the balance
of material per position, disputed details and the warnings a reader needs
out.

* Loaded terms come from the packaged words-to-watch lexicon. Inside a quote
  they are the speaker's words and are reported as such.
* Balance counts, per position, what its holders said (quotes, reported
  speech with its content; not an outlet's narration such as "X slammed
  the plan"): blocks, words, distinct speakers and distinct outlets. Coverage that is lopsided (one position with less than
  half the material of another) or that rests on a single outlet is said in
  a warning; nothing is padded or cut to fake balance.
* Disputed details: figures that differ between outlets for the same point,
  found among blocks that say nearly the same thing with different numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from types import MappingProxyType

from . import data, disputes, lexicon, paraphrase
from .caches import per_build
from .forms import STEM, span
from .mapping import Map, in_order
from .model import (
    CONTEXT_ID,
    SPEECH_KINDS,
    Balance,
    Block,
    Disputed,
    Kind,
    Position,
    Profile,
    Reading,
    Source,
    Span,
    Variant,
)
from .patterns import NUMBER, PERCENT, YEAR
from .quotes import QUOTE_MARKS, SINGLE_MARKS, outside_quotes, quote_spans
from .reported import outlet_wording, said_before
from .unionfind import UnionFind
from .wording import normal

# A figure: "1,400", "12.5%", "41 per cent", "£1.2bn", "$42 million"; a score or
# tally such as "7-4" is one figure.
_FIGURE = re.compile(
    rf"(?<![\w.])\d+[-–]\d+(?![\w.])|(?<![\w.]){NUMBER}(?:\s*(?:{PERCENT}|bn|billion|million|m\b))?", re.I
)


@per_build  # a block asks for each wording's quoted words and own terms up to three times (``watched``, ``own_terms``)
def quoted_words(text: str) -> tuple[str, ...]:
    """Words of one to three set in quotation marks: a label picked out of
    what someone said, or held at arm's length."""
    return _short_quotes(text, quote_spans(text)[0])


def _short_quotes(text: str, spans: Sequence[Span]) -> tuple[str, ...]:
    inner = (text[span.start : span.end].strip(" .,;:!?" + SINGLE_MARKS) for span in spans)
    return tuple(sorted({words for words in inner if 1 <= len(words.split()) <= 3}))


def scare_quotes(text: str, kind: Kind) -> tuple[str, ...]:
    """Quoted words in a sentence nobody is quoted as saying, and no verb of
    saying puts in someone's mouth (``reported.said_before``): the outlet holding
    them at arm's length (scare quotes, an expression of doubt in Words to
    watch)."""
    if kind in SPEECH_KINDS:
        return ()
    spans = quote_spans(text)[0]
    return _short_quotes(text, [s for s in spans if not said_before(text, s.start)])


@per_build
def outlet_terms(text: str, kind: Kind) -> tuple[str, ...]:
    """Words to watch in the outlet's own wording: none in a quote (those are
    the speaker's), none in what a statement reports the speaker said
    (``outlet_wording``), those outside quotation marks elsewhere, and its
    scare quotes."""
    if kind == "quote":
        return ()
    return tuple(sorted(set(lexicon.reported_terms(outside_quotes(outlet_wording(text, kind)))) | set(scare_quotes(text, kind))))


@dataclass(frozen=True)
class Watched:
    """The blocks with the words to watch they contain, and for each block,
    for each of its sources in order, the words to watch in that source's
    own wording of it (``own_terms``), which ``profiles`` counts."""

    blocks: tuple[Block, ...]
    own: tuple[tuple[tuple[str, ...], ...], ...]


def mark_loaded(blocks: Sequence[Block], each: Map = in_order, told: Mapping[str, tuple[str, ...]] = MappingProxyType({})) -> Watched:
    """Each block's words to watch (``watched``) and each source's own
    (``own_terms``), in one visit to the block: both scan the same
    wordings. ``each`` maps in input order (the pipeline's process pool for
    many sources); ``told`` has the ``lexicon.reported_terms`` of texts
    read before (by attribution, on other workers), sent with each block
    for the wordings it holds and their words outside quotation marks
    (``_read``), so they are not read again."""
    found = each(_watched_and_own, [(b, tuple(told.get(w) for w in _read(b))) for b in blocks])
    return Watched(
        tuple(replace(b, loaded_terms=loaded, outlet_terms=outlet) for b, (loaded, outlet, _) in zip(blocks, found)),
        tuple(own for _, _, own in found),
    )


def _wordings(b: Block) -> tuple[str, ...]:
    return (b.text, *(v.text for v in b.variants))


def _read(b: Block) -> tuple[str, ...]:
    """The texts of ``b`` whose words to watch are read here: its wordings
    (``watched``) and their words outside quotation marks (``outlet_terms``)."""
    wordings = _wordings(b)
    return (*wordings, *map(outside_quotes, wordings))


def _watched_and_own(
    item: tuple[Block, tuple[tuple[str, ...] | None, ...]],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    b, told = item
    lexicon.tell((text, terms) for text, terms in zip(_read(b), told) if terms is not None)
    return (*watched(b), own_terms(b))


def watched(b: Block) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words to watch in any outlet's wording of the block, and those
    that are the outlets' own. A label quoted inside reported speech
    ("called the plan a 'giveaway'") is a loaded term of the speaker's: the
    outlet picked it out, also where that sentence joined the quote as its
    paraphrase. Around a quote, an outlet's own words in the sentence that
    reports it ("X admitted that ...") are that outlet's."""
    wordings = _wordings(b)
    loaded = {t for w in wordings for t in lexicon.reported_terms(w)}
    if b.kind != "quote":
        reported = wordings
        outlet = outlet_terms(b.text, b.kind)
    else:
        reported = tuple(v.text for v in b.variants if v.kind == "paraphrase")
        outlet = tuple(sorted({t for w in reported for t in outlet_terms(w, "statement")}))
    loaded.update(t for w in reported for t in quoted_words(w))
    return tuple(sorted(loaded)), outlet


def neutral_verbs(terms: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(loaded reporting verb, the neutral verb a briefing uses instead)."""
    out = []
    for term in terms:
        hit = next((h for h in lexicon.load().find(term) if h.neutral), None)
        if hit and hit.neutral:
            out.append((term, hit.neutral))
    return tuple(out)


_CONTENT = re.compile(f"[{QUOTE_MARKS}]" + r"|\bthat\b|\bsaying\b|:")


def said_by_holder(block: Block) -> bool:
    """What a speaker said: a quote, or reported speech that gives what was
    said. An outlet's narration that only labels it with a loaded verb of
    its own ("X slammed the plan") is not the speaker's material."""
    if block.kind == "quote":
        return True
    if block.kind != "statement" or not block.speaker:
        return False
    return not neutral_verbs(block.outlet_terms) or bool(_CONTENT.search(block.text))


def balance(blocks: Sequence[Block], positions: Sequence[Position], sources: Sequence[Source]) -> tuple[Balance, ...]:
    """Blocks, words, speakers and outlets per position: what its holders
    said; background counts all its blocks but commentary. One pass over
    the blocks: without a spec there is a position per speaker."""
    outlet = {s.id: s.label for s in sources}
    by_position: dict[str, list[Block]] = defaultdict(list)
    for b in blocks:
        counted = b.kind != "commentary" if b.position == CONTEXT_ID else said_by_holder(b)
        if counted and b.position is not None:
            by_position[b.position].append(b)
    rows = []
    for p in positions:
        mine = by_position.get(p.id, [])
        rows.append(
            Balance(
                position=p.id,
                label=p.label,
                blocks=len(mine),
                words=sum(len(b.text.split()) for b in mine),
                speakers=len({b.speaker for b in mine if b.speaker and b.kind in SPEECH_KINDS}),
                outlets=len({outlet[s] for b in mine for s in b.sources}),
            )
        )
    return tuple(rows)


def balance_warnings(rows: Sequence[Balance]) -> tuple[str, ...]:
    """Say so when the coverage itself is lopsided."""
    sides = [r for r in rows if r.position != CONTEXT_ID]
    warnings = []
    if len(sides) >= 2:
        most = max(sides, key=lambda r: (r.words, r.blocks))
        for r in sides:
            if r is not most and (r.words * 2 < most.words or r.blocks * 2 < most.blocks):
                warnings.append(
                    f"Unbalanced coverage: '{r.label}' has {r.blocks} blocks ({r.words} words) against "
                    f"{most.blocks} ({most.words} words) for '{most.label}' in these sources."
                )
    for r in sides:
        if r.blocks and r.outlets == 1:
            warnings.append(f"Single outlet: everything under '{r.label}' comes from one outlet.")
        if not r.blocks:
            warnings.append(f"No material: none of the sources gives words for '{r.label}'.")
    return tuple(warnings)


def profiles(found: Watched, sources: Sequence[Source], labels: dict[str, str]) -> tuple[Profile, ...]:
    """Per source: loaded words in its own voice, share of commentary, positions quoted,
    from what ``mark_loaded`` ``found``. Each block and each variant is
    visited once (not once per source)."""
    loaded: dict[str, set[str]] = defaultdict(set)
    held: dict[str, set[str]] = defaultdict(set)  # source -> positions it quotes
    commentary: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    for b, own in zip(found.blocks, found.own):
        for sid, terms in zip(b.sources, own):
            count[sid] += 1
            commentary[sid] += b.kind == "commentary"
            if b.kind in SPEECH_KINDS and b.position is not None:
                held[sid].add(b.position)
            loaded[sid].update(terms)
    order = {p: i for i, p in enumerate(labels) if p != CONTEXT_ID}  # positions in the briefing's order
    return tuple(
        Profile(
            s.id,
            tuple(sorted(loaded[s.id])),
            commentary[s.id],
            count[s.id],
            # the positions it quotes, not every position for every source (without a spec, one a speaker)
            tuple(labels[p] for p in sorted((p for p in held[s.id] if p in order), key=order.__getitem__)),
        )
        for s in sources
    )


def own_terms(b: Block) -> tuple[tuple[str, ...], ...]:
    """For each of the block's sources, in order, the words to watch in its
    own wording of it (``_own_wordings``)."""
    mine: dict[str, list[Variant]] = defaultdict(list)
    for v in b.variants:
        mine[v.source].append(v)
    return tuple(tuple(t for text, kind in _own_wordings(b, mine.get(sid, ())) for t in outlet_terms(text, kind)) for sid in b.sources)


def _own_wordings(block: Block, mine: Sequence[Variant]) -> list[tuple[str, Kind]]:
    """A source's own printing of the block; else its reported-speech
    sentences that quote the block (its narration, not the quote); else the
    block."""
    wordings = [(v.text, block.kind) for v in mine if v.kind == "wording"] or [(v.text, "statement") for v in mine]
    return wordings or [(block.text, block.kind)]


_WORD = re.compile(r"[^\W\d_][\w'’-]+")
_CONTEXT_STOP = data.words("reporting", "figure_context_stop")
WINDOW = 6
SHARED_WORDS = 2


@dataclass(frozen=True)
class _Figure:
    value: float
    unit: str
    text: str
    source: str
    topic: str
    context: frozenset[str]
    held: tuple[float, float]  # the values it holds: a bound ("more than 300") holds more than one (``forms.span``)


_MONEY = re.compile(r"[$£€]\s*$")
_SCALE = re.compile(r"(bn|billion|million|m)$", re.I)
_PER_CENT = re.compile(r"(%|per\s*cent)$", re.I)
_YEAR = re.compile(YEAR)
_NUMBERED = re.compile(r"\bNo\.?\s*$")  # "No. 10": a name, not a quantity
_TALLY = re.compile(r"\d+[-–]\d+")
_DIGITS = re.compile(r"[\d,.]*")
_DIGIT = re.compile(r"\d")


def _unit(figure: str, before: str) -> str:
    money = _MONEY.search(before)
    scale = _SCALE.search(figure)
    percent = _PER_CENT.search(figure)
    return f"{money.group(0).strip() if money else ''}{'%' if percent else ''}{(scale.group(1)[0].lower()) if scale else ''}"


def _figures_in(block: Block) -> list[_Figure]:
    """The figures each source prints in the block: those of its own
    wordings and, in a fact, of its own telling (an outlet joined to a fact
    by its own words printed none of the block text's figures); else those
    of the block's text (a quote's paraphrase frames the quote with who said
    it and where: "told Channel 4")."""
    own: dict[str, list[str]] = defaultdict(list)
    for v in block.variants:
        if v.kind == "wording" or block.kind in paraphrase.FACT_KINDS:
            own[v.source].append(v.text)
    read = {text: _figures_of(text, block.text) for text in {*chain.from_iterable(own.values()), block.text}}  # each wording once, not once an outlet
    # made directly, not by ``replace``: a big story has hundreds of thousands of figures
    return [
        _Figure(f.value, f.unit, f.text, source, f.topic, f.context, f.held)
        for source in block.sources for text in own.get(source, (block.text,)) for f in read[text]
    ]


def _figures_of(text: str, topic: str) -> tuple[_Figure, ...]:
    """The figures of one wording, each with the words near it (``source`` left empty)."""
    if not _DIGIT.search(text) or not _FIGURE.search(text):  # the cheap test first: most wordings have no digit
        return ()
    # each word by its stem (``forms.STEM``): "repairs" and "repair" near two figures are one word shared
    near = [(m.start(), w[:STEM]) for m in _WORD.finditer(text) if (w := m.group(0).lower()) not in _CONTEXT_STOP]
    starts = [at for at, _ in near]
    out = []
    for m in _FIGURE.finditer(text):
        raw = m.group(0).strip().rstrip(",")  # "from £2, starting": the comma ends the clause, not the figure
        if _YEAR.fullmatch(raw) or _NUMBERED.search(text, 0, m.start()):
            continue
        if _TALLY.fullmatch(raw):
            continue  # a score or tally: not a quantity to compare
        digits = _DIGITS.match(raw)
        value = float(digits.group(0).replace(",", "").rstrip(".") or 0) if digits else 0.0
        # the WINDOW words before the figure and the WINDOW after it
        ends, resumes = bisect_left(starts, m.start()), bisect_right(starts, m.end())
        before = near[max(0, ends - WINDOW) : ends]
        after = near[resumes : resumes + WINDOW]
        held = span(text[max(0, m.start() - 30) : m.start()], raw, value)
        out.append(_Figure(value, _unit(raw, text[: m.start()]), raw, "", topic, frozenset(w for _, w in before + after), held))
    return tuple(out)


def disputed(blocks: Sequence[Block]) -> tuple[Disputed, ...]:
    """Details the outlets report differently.

    Figures: two figures from different outlets disagree when they are of the
    same kind (currency, per cent, scale) and size (within a factor of two),
    differ, and are printed among the same words (at least two shared words
    near each figure). Descriptions: two people each called "the first ...
    to ..." with overlapping words ("first Labour MP" / "first Labour
    politician"). Speakers: a statement the outlets credit to different
    people (``Block.speaker_readings``). Facts told alike but for a
    direction or a name (``disputes``)."""
    out = []
    for members in _figure_groups([f for b in blocks for f in _figures_in(b)]):
        readings: dict[str, set[str]] = defaultdict(set)
        for f in members:
            readings[f.text].add(f.source)
        out.append(Disputed(members[0].topic, tuple(Reading(t, tuple(sorted(s))) for t, s in sorted(readings.items()))))
    speakers = tuple(Disputed(f"Who said “{b.text}”", b.speaker_readings, kind="speaker") for b in blocks if b.speaker_readings)
    return tuple(sorted(out, key=lambda d: d.topic)) + _first_claims(blocks) + speakers + disputes.disputes(blocks)


def _disagree(f: _Figure, g: _Figure, printed: dict[str, set[tuple[str, float]]]) -> bool:
    """Two outlets' figures of one kind and size (within a factor of two)
    that differ, neither outlet printing the other's (``_printed``) nor
    holding it within a bound ("more than $1 million" / "$1.1 million"; two
    roundings side by side, "about 1,400" / "about 1,500", only touch)."""
    if g.source == f.source or g.unit != f.unit or g.value == f.value or not f.value or not g.value:
        return False
    if f.held[0] < g.held[1] and g.held[0] < f.held[1]:
        return False
    if (g.unit, g.value) in printed[f.source] or (f.unit, f.value) in printed[g.source]:
        return False
    return max(f.value, g.value) <= 2 * min(f.value, g.value)


def _printed(figures: Sequence[_Figure]) -> dict[str, set[tuple[str, float]]]:
    """Every (unit, value) each source prints: an outlet that prints the
    other's figure too ("from £2 to £3.50", or the lorries' £6 a sentence
    later) tells of two figures, it does not dispute one."""
    printed: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for f in figures:
        printed[f.source].add((f.unit, f.value))
    return printed


def _figure_groups(figures: Sequence[_Figure]) -> list[list[_Figure]]:
    """Figures that disagree, grouped: found through the words printed near
    them (an index of those words; a word near more than 50 figures tells
    nothing), joined when ``SHARED_WORDS`` of them are shared."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        for w in f.context:
            by_word[w].append(i)
    sets = UnionFind(len(figures))
    linked: set[int] = set()
    printed = _printed(figures)
    for i, f in enumerate(figures):
        shared: dict[int, int] = defaultdict(int)
        for w in f.context:
            if len(by_word[w]) <= 50:
                for j in by_word[w]:
                    if j > i:
                        shared[j] += 1
        for j, count in shared.items():
            if count >= SHARED_WORDS and _disagree(f, figures[j], printed):
                sets.union(i, j)
                linked.update((i, j))
    groups: dict[int, list[_Figure]] = defaultdict(list)
    for i in sorted(linked):
        groups[sets.find(i)].append(figures[i])
    return list(groups.values())


_FIRST = re.compile(
    r"^(?:[A-Z]\w+,?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)(?:,[^,]{1,80},)?\s+(?:has\s+|had\s+)?"
    r"(?:become|became|is|was)\s+the\s+first\s+(?P<what>[^,.;]{3,60}?)\s+to\s+(?P<verb>\w+(?:\s+(?!and\b|or\b)[a-z]\w*)?)"
)


def _first_claims(blocks: Sequence[Block]) -> tuple[Disputed, ...]:
    """Different people each described as "the first ..." for overlapping things."""
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for b in blocks:
        if b.kind == "quote":
            continue
        match = _FIRST.search(b.text)
        if match:
            claims[(match.group("name"), f"the first {match.group('what')} to {match.group('verb')}")].update(b.sources)
    names = {name for name, _ in claims}
    if len(names) < 2:
        return ()
    words = {key: set(normal(key[1]).split()) - {"the", "first", "to"} for key in claims}
    keys = sorted(claims)
    rival = [k for k in keys if any(o[0] != k[0] and words[o] & words[k] for o in keys)]
    if not rival:
        return ()
    return (
        Disputed(
            "Who was “the first”",
            tuple(Reading(f"{name}: {what}", tuple(sorted(claims[(name, what)]))) for name, what in rival),
            kind="description",
        ),
    )
