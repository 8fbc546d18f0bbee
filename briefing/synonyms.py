"""Synonyms in their first sense, for matching facts told in other words.

In: a word as printed. Out: the sets of synonyms it belongs to, each by its
line in ``data/en/synonyms.txt`` (derived from WordNet 3.0 by
``tools/derive_synonyms.py``: one-word nouns and verbs whose first sense is
one synset, "begin" / "start" / "commence"). Two words are synonyms when
they share a set. A word is looked up as printed, lower-cased and with its
British spelling folded (``forms.spelling``), never by its stem: a stem
stands for words of other senses ("state" of "statement"), and sets are
never chained ("build" / "construct" and "building" / "edifice" are two).
A noun of people or of things and the kind right above it in WordNet
("motorist" / "driver") are read apart (``above``, ``data/en/kinds_above.txt``,
derived by the same script): one level, never two kinds under one.
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


@cache
def _kinds() -> Keyed[str]:
    return keyed("kinds_above.txt", _above)


def _above(lines: list[str]) -> dict[str, str]:
    """Each form of a noun with the kinds right above it, each by its lemma
    ("=driver") and its forms ("driver", "drivers"), and its own lemma
    ("motorist": "=motorist"; a kind, "driver", its own lemma at least):
    one string, split when asked (a run reads a bucket of the table for
    each word it looks up, and strings are read fastest)."""
    found: dict[str, set[str]] = {}
    for line in lines:
        noun, _, kind = line.partition(" | ")
        forms, kinds = noun.split(), kind.split()
        for form in forms:
            found.setdefault(form, set()).update(["=" + forms[0], "=" + kinds[0], *kinds])
        for form in kinds:
            found.setdefault(form, set()).add("=" + kinds[0])
    return {form: " ".join(sorted(kinds)) for form, kinds in found.items()}


@per_build
def kinds(word: str) -> tuple[str, ...]:
    """A noun of ``kinds_above.txt`` (as printed) and the kinds right above
    it, by their lemmas ("motorists": "driver", "motorist"); none
    for a word the table lacks. What the fact index offers a pair by: a
    noun and its kind share one (``above`` decides)."""
    found = _kinds().get(spelling(word.casefold()), "")
    return tuple(k[1:] for k in found.split() if k[0] == "=")


def above(one: str, other: str) -> bool:
    """``other`` (as printed) names the kind right above ``one``
    ("motorists" / "drivers"): one level only, never two kinds under one
    (``data/en/kinds_above.txt``)."""
    return spelling(other.casefold()) in _kinds().get(spelling(one.casefold()), "").split()
