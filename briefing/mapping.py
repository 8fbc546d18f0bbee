"""How a stage maps its per-item work (per article, per block).

In: a function of one item and the items. Out: its results, in input
order. ``in_order`` runs in this process; the pipeline passes its process
pool's ``map`` (same signature, same order) for a big build, so the stages
need not know about processes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
U = TypeVar("U")

Progress = Callable[[int, int], None]  # (done, total)


class Map(Protocol):
    def __call__(self, work: Callable[[T], U], items: Sequence[T], progress: Progress = ...) -> list[U]: ...


def in_order(work: Callable[[T], U], items: Sequence[T], progress: Progress = lambda done, total: None) -> list[U]:
    """``work`` on every item, in this process; ``progress(done, total)``."""
    out = []
    for n, item in enumerate(items, 1):
        out.append(work(item))
        progress(n, len(items))
    return out
