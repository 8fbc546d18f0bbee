"""Synonyms in their first sense, for matching facts told in other words.

In: a word as printed. Out: the sets of synonyms it belongs to, each by its
line in ``data/en/synonyms.txt`` (derived from WordNet 3.0 by
``tools/derive_synonyms.py``: one-word nouns and verbs whose first sense is
one synset, "begin" / "start" / "commence"). Two words are synonyms when
they share a set. A word is looked up as printed, lower-cased and with its
British spelling folded (``forms.spelling``), never by its stem: a stem
stands for words of other senses ("state" of "statement"), and sets are
never chained ("build" / "construct" and "building" / "edifice" are two).
The table is read on first use: most builds have no fact to match.
"""

from __future__ import annotations

from functools import cache

from .caches import per_build
from .data import Keyed, keyed
from .forms import spelling


@cache
def _table() -> Keyed[frozenset[int]]:
    return keyed("synonyms.txt", _sets)


def _sets(lines: list[str]) -> dict[str, frozenset[int]]:
    found: dict[str, list[int]] = {}  # a list per form, not a set: 6.8 -> 5.0 ms, the same frozensets
    for n, line in enumerate(lines):
        for form in line.replace("|", " ").split():
            found.setdefault(form, []).append(n)
    return {form: frozenset(sets) for form, sets in found.items()}


@per_build  # a story's words repeat from sentence to sentence
def sets(word: str) -> frozenset[int]:
    """The sets of synonyms ``word`` belongs to (none for most words)."""
    return _table().get(spelling(word.casefold()), frozenset())
