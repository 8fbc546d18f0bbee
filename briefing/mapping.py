"""How a stage maps its per-item work (per article, per block).

In: a function of one item and the items. Out: its results, in input
order. ``in_order`` runs in this process; the pipeline passes its process
pool's ``map`` (same signature, same order) for a big build, so the stages
need not know about processes. ``Beside``: two pieces of work that need not
wait for each other (``one_then_other`` here; the pipeline's pool runs one
on its workers while the other runs on one core).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
U = TypeVar("U")

Progress = Callable[[int, int], None]  # (done, total)


class Map(Protocol):
    def __call__(self, work: Callable[[T], U], items: Sequence[T], progress: Progress = ...) -> list[U]: ...


class Beside(Protocol):
    def __call__(self, on_pool: Callable[[], T], alone: Callable[[], U]) -> tuple[T, U]: ...


def one_then_other(on_pool: Callable[[], T], alone: Callable[[], U]) -> tuple[T, U]:
    """``on_pool()``, then ``alone()``, in this process."""
    return on_pool(), alone()


def in_order(work: Callable[[T], U], items: Sequence[T], progress: Progress = lambda done, total: None) -> list[U]:
    """``work`` on every item, in this process; ``progress(done, total)``."""
    out = []
    for n, item in enumerate(items, 1):
        out.append(work(item))
        progress(n, len(items))
    return out
