"""Python's cyclic garbage collector, paused while a build runs, and the
memory a finished stage freed, given back.

In: a block of work (a build, a render). Out: the same work, with no full
passes of the collector over the heap. A build makes millions of small
objects that live until it ends and no reference cycles worth finding: in
a build of 3,200 articles every full pass found nothing, and the passes
took 15 % of the build process's CPU time (its JSON render, 40 %). Memory is
still freed by reference counting as it is now; the collector is switched
back on, as it was, when the block ends. The pool's workers are forked
inside it, and pause with it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collections inside the block; the collector's state as
    it was afterwards (a pause inside another changes nothing)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def kept() -> Iterator[None]:
    """``paused``, and what the block made is left out of every later pass
    (``gc.freeze``): for imports, whose modules, tables and patterns live as
    long as the process. A pause alone only defers the work: the first
    collection after it would walk all of them."""
    with paused():
        yield
        gc.freeze()


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none."""
    import ctypes  # only for a big build: a small one has little to give back

    try:
        return ctypes.CDLL(None).malloc_trim
    # No C library opened by no name (Windows: TypeError), or one without
    # malloc_trim (macOS, musl).
    except (OSError, AttributeError, TypeError):
        return None


def trim() -> None:
    """Give the pages of freed memory back to the system (glibc; elsewhere
    nothing). A stage's freed strings and tables leave free pages inside
    the C heap that Python's small-object arenas and a big render's buffer
    do not reuse: at 3,200 articles without a spec the build process held
    37 MB of them after merge, and the JSON render's buffer came on top."""
    found = _malloc_trim()
    if found is not None:
        found(0)
