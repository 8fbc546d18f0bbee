"""A block from the statements merge joined: one group's statements in
(those it links and the reported speech shown under it), one ``Block``
out: its kind (a quote before a statement, a statistic, an event, then
commentary), its most complete wording verbatim, every other outlet's
differing wording as a variant, the outlets that reported it, where it was
first reported, and the speaker the outlets' readings vote for (``voice``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from . import lexicon
from .model import SPEECH_KINDS, Block, Statement, Variant
from .quotes import outside_quotes
from .voice import Voice
from .wording import normal

KIND_RANK = {"quote": 0, "statement": 1, "statistic": 2, "event": 3, "commentary": 4}


def first_reported(members: Sequence[Statement], rank: dict[str, int]) -> tuple[int, int, int, int]:
    """Where a block was first reported: the first source's rank, then the place in it."""
    return min((rank[s.source_id], *s.order) for s in members)


def shown(statement: Statement, fragments: tuple[str, ...]) -> Statement:
    """A paraphrase as a block shows it: whole, or (when it is shown whole
    under another quote) only the longest of the words it quotes of this one,
    as the outlet printed them."""
    return replace(statement, text=max(fragments, key=len)) if fragments else statement


def _framed(text: str) -> bool:
    """The outlet's own words around a quote hold a word to watch."""
    return any(hit.report for hit in lexicon.load().find(outside_quotes(text)))


def block(block_id: str, members: list[Statement], paraphrases: list[Statement], rank: dict[str, int], voice: Voice) -> Block:
    members = sorted(members, key=lambda s: (rank[s.source_id], s.order))
    # A fact that some outlets report in their own voice and others as
    # someone's reported speech is shown as the outlets' report.
    told = [s for s in members if s.kind not in SPEECH_KINDS]
    shown = members if any(s.kind == "quote" for s in members) or not told else told
    kind = min((s.kind for s in shown), key=KIND_RANK.__getitem__)
    canonical = max((s for s in members if s.kind == kind), key=lambda s: (len(normal(s.text)), -rank[s.source_id], len(s.text)))
    variants: list[Variant] = []
    # Case, hyphens, quote marks and brackets are no difference. Each outlet
    # keeps its own wording, even one another outlet prints too, so no
    # outlet is cited for the canonical text it did not print.
    shown_text = normal(canonical.text)
    seen: set[tuple[str, str]] = set()
    for s in members:
        wording = normal(s.text)
        if wording != shown_text and (s.source_id, wording) not in seen and s.kind == kind:
            seen.add((s.source_id, wording))
            variants.append(Variant(s.source_id, s.text, "wording"))
    reporters = {s.source_id for s in members if s.kind == kind}
    # An outlet's reported speech that quotes the block; a lead that repeats
    # the article's own quote adds nothing, unless the outlet frames it in
    # loaded words of its own ("X assailed ...", "X admitted she ...").
    for s in sorted([s for s in members if s.kind != kind] + paraphrases, key=lambda s: (rank[s.source_id], s.order)):
        wording = normal(s.text)
        if (s.source_id not in reporters or _framed(s.text)) and wording != shown_text and (s.source_id, wording) not in seen:
            seen.add((s.source_id, wording))
            variants.append(Variant(s.source_id, s.text, "paraphrase"))
    reporters |= {s.source_id for s in members}
    sources = sorted(reporters | {s.source_id for s in paraphrases}, key=rank.__getitem__)
    first = first_reported(members, rank)
    readings = voice.readings(members + paraphrases) if kind in SPEECH_KINDS else ()
    speaker = readings[0].text if readings else None
    role = next((s.speaker_role for s in members + paraphrases if s.speaker_role and s.speaker == speaker), None)
    return Block(
        id=block_id,
        kind=kind,
        speaker=speaker,
        speaker_role=role,
        text=canonical.text,
        sources=tuple(sources),
        first=first,
        variants=tuple(variants),
        speaker_readings=readings if len(readings) > 1 else (),
    )
