"""Caches that live for one build.

In: a function of one text (its normal form, the terms it holds). Out: the
same function, remembering every text of the build, forgotten by ``clear``
when a build starts and ends. A bounded LRU cache that a big build
overflows stops holding a story's texts between the stage that first asks
(attribution, merge) and the one that asks again (neutrality), and each text
is then worked out anew: at 10,000 articles that made the later stages grow
faster than the data. Only results that are small (a string, a flag, a
tuple of a few terms) are kept this way; word sets and profiles stay in
bounded caches, as their memory would outweigh the time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
V = TypeVar("V")
_CACHED: list[Any] = []
_WORDS: list[Any] = []  # ``per_word``'s caches, which ``clear(words=False)`` keeps


def per_build(function: F) -> F:
    """``function`` cached until the next ``clear``."""
    cached = cache(function)
    _CACHED.append(cached)
    return cached  # type: ignore[return-value]


def per_word(function: F) -> F:
    """``function`` of one word, cached until the next ``clear`` that
    forgets words: a story's vocabulary bounds what it holds, where texts
    grow with the articles, so a pool worker that clears its texts every
    few hundred items (``clear(words=False)``) keeps it (a fact's word
    senses read anew after each clear made the facts' views a third slower)."""
    cached = cache(function)
    _WORDS.append(cached)
    return cached  # type: ignore[return-value]


class Known(dict[str, V]):
    """Results for this build's texts worked out elsewhere (on the pool's
    workers), for a function of this process to return instead of working
    them out again; forgotten by ``clear``."""

    def cache_clear(self) -> None:
        self.clear()


def known() -> Known[Any]:
    """An empty ``Known``, emptied by every ``clear``."""
    found: Known[Any] = Known()
    _CACHED.append(found)
    return found


def clear(words: bool = True) -> None:
    """Forget every text, and unless ``words`` is False every word: a
    build's texts are not the next one's."""
    for cached in _CACHED + _WORDS if words else _CACHED:
        cached.cache_clear()
