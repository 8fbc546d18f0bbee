"""The names of two wordings of a fact: whether a name one prints is one
the other prints too, longer or shorter, or another name that ends alike.

In: each wording's names as runs of stems ("Tarrow Estuary Crossing" ->
``("tarro", "estua", "cross")``: ``fact_profile.Profile.runs``). Out:
whether one of one wording's names is none of the other's (``unmatched``)
and whether two names that end alike are two (``renamed``), for
``paraphrase``.
"""

from __future__ import annotations

from collections.abc import Collection


def unmatched(ours: Collection[tuple[str, ...]], theirs: Collection[tuple[str, ...]]) -> bool:
    """One of our names is none of theirs: one name is another when they end
    alike ("Ann Roe" / "Roe") or one holds the other's words ("Osmerby
    Estuary" / "Osmerby Estuary Crossing")."""
    def same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)

    return any(not any(same(run, other) for other in theirs) for run in ours)


def renamed(ours: Collection[tuple[str, ...]], theirs: Collection[tuple[str, ...]]) -> bool:
    """Two names, each of which the other sentence prints in no form, that
    end alike: "Kelvale Bridge" / "Stavely Bridge", "Ann Roe" / "Bob Roe"
    (not "Ann Roe" / "Ann Mary Roe", nor "Ida Quell" beside "Tam Quell"
    / "Ida Quell"). Names are known by their last word, which alone would
    make these one."""
    def alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return set(a) <= set(b) or set(b) <= set(a)
    lone = [a for a in ours if not any(alike(a, b) for b in theirs)]
    others = [b for b in theirs if not any(alike(a, b) for a in ours)]
    return any(a[-1] == b[-1] for a in lone for b in others)
