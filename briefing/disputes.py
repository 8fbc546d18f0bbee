"""Disputed details: facts from different outlets, near enough to be one
fact told two ways, that disagree on which way it went or on who.

In: the briefing's blocks. Out: a ``Disputed`` detail for each pair of
wordings (a block's text or a variant, from outlets that share no block)
nearer than ``paraphrase.RIVAL_SHARE`` that take opposite sides (approved /
rejected), or nearer than ``SWAP_SHARE`` with one name in full put for
another; each with both wordings and their sources. Nearness, profiles
and conflicts are ``paraphrase``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import fact_index, fact_profile, paraphrase
from .model import Block, Disputed, Reading

SWAP_SHARE = 0.75  # nearer than this when all that differs is a name for a name

_TOPICS = {"opposite": "Which way it went", "names": "Who or what"}


def _swapped(a: fact_profile.Profile, b: fact_profile.Profile) -> bool:
    """One name in full for another in full ("Mina Corliss" / "Otto Frane"),
    not an abbreviation or a title for a name ("the A.G." / "Blumenthal")."""
    ours, theirs = a.names - b.names, b.names - a.names
    return len(ours) == len(theirs) == 1 and ours <= a.full_names and theirs <= b.full_names


def disputes(blocks: Sequence[Block]) -> tuple[Disputed, ...]:
    """Facts from different outlets nearer than ``paraphrase.RIVAL_SHARE`` that take
    opposite sides (approved / rejected), or nearer than ``SWAP_SHARE`` with
    one name swapped for another: each a disputed detail with both wordings
    and their sources. Figures are ``neutrality``'s; a negation, or names
    that differ in looser wordings, keep two blocks apart but are too often
    a different way of telling (an abbreviation, "the only vote against") to be
    shown as a dispute."""
    told: list[tuple[int, str, tuple[str, ...]]] = []  # (block, wording, its sources)
    for n, block in enumerate(blocks):
        if block.kind in paraphrase.FACT_KINDS:
            own = {v.source for v in block.variants}
            told.append((n, block.text, tuple(s for s in block.sources if s not in own) or block.sources))
            told += [(n, v.text, (v.source,)) for v in block.variants]
    words = [fact_profile.stems(text) for _, text, _ in told]
    profiles: dict[int, fact_profile.Profile] = {}  # made only for the few pairs near enough to be rivals

    def made(i: int) -> fact_profile.Profile:
        if i not in profiles:
            profiles[i] = fact_profile.profile(told[i][1], blocks[told[i][0]].speaker)
        return profiles[i]

    out = []
    for a, b in fact_index.candidates(words, [n for n, _, _ in told]):
        (block_a, text_a, sources_a), (block_b, text_b, sources_b) = told[a], told[b]
        if set(blocks[block_a].sources) & set(blocks[block_b].sources):
            continue
        near = paraphrase.nearness(words[a], words[b])
        if near < paraphrase.RIVAL_SHARE:
            continue
        pa, pb = made(a), made(b)
        what = paraphrase.conflict(pa, pb)
        if what == "names" and (near < SWAP_SHARE or not _swapped(pa, pb)):
            continue
        if what in _TOPICS:
            out.append(Disputed(_TOPICS[what], (Reading(text_a, sources_a), Reading(text_b, sources_b)), kind="detail"))
    return tuple(out)
