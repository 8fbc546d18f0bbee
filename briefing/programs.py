"""The regular expressions compiled while briefing's modules are imported,
kept between runs as compiled.

In: the block that imports the modules (``cli``). Out: the same patterns;
each compiled by CPython's own compiler the first time, and the program it
made (what ``re`` hands ``_sre.compile``) kept in the user's cache folder
(``data.cache_folder``), so a later run builds the pattern from its program
and skips the parse and compile in Python: the 165 patterns compiled at
import took a seed build about 50 ms of CPU, built from their programs 2 ms.

A program is kept under its pattern's text and flags, in a file named by
briefing's version and stamped with the interpreter's exact version and
``_sre``'s format, with a hash of its contents: a file of another
interpreter, or damaged, is not read (the patterns are compiled as usual);
``_sre.compile`` checks each program it is given, too. The file holds the
programs the last run's imports used, written again only when they differ
(an edited module's pattern is a new text), and is not written where the
folder cannot be. Only imports are covered: the patterns a build compiles
for one story's names stay out of the file.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regular expression engine: no stubs
import contextlib
import hashlib
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]  # CPython's compiler of patterns: no stubs
from typing import Any

from . import __version__
from .data import cache_folder
from .files import write_atomic

# flags, code, groups, groupindex, indexgroup: ``_sre.compile``'s arguments after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE)


def _file() -> Path:
    return cache_folder() / f"patterns-{__version__}-{sys.implementation.cache_tag}.marshal"


def _read() -> dict[tuple[str, int], Program]:
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):  # none yet, or damaged
        stamp, digest, kept = marshal.loads(_file().read_bytes())
        if stamp == _STAMP and hashlib.blake2b(kept).digest() == digest:
            return dict(marshal.loads(kept))
    return {}


def _write(programs: dict[tuple[str, int], Program]) -> None:
    kept = marshal.dumps(programs)
    with contextlib.suppress(OSError):  # no cache folder, or not ours to write in
        _file().parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(_file(), marshal.dumps((_STAMP, hashlib.blake2b(kept).digest(), kept)), private=True)


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Inside the block, a pattern ``re`` compiles is built from its kept
    program when there is one, and its program caught from CPython's
    compiler when there is none; the programs are written when the block
    ends, if they are not the ones read."""
    programs = _read()
    used: dict[tuple[str, int], Program] = {}
    compile_pattern, build = _compiler.compile, _sre.compile

    def compile_kept(pattern: Any, flags: int = 0) -> Any:
        if type(pattern) is not str or flags & re.DEBUG:
            return compile_pattern(pattern, flags)
        key = (pattern, int(flags))
        program = programs.get(key)
        if program is not None:
            used[key] = program
            return build(pattern, *program)
        caught: list[Program] = []

        def catch(text: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int], indexgroup: tuple[str | None, ...]) -> Any:
            caught.append((int(flags), [int(op) for op in code], groups, dict(groupindex), tuple(indexgroup)))
            return build(text, flags, code, groups, groupindex, indexgroup)

        _sre.compile = catch
        try:
            compiled = compile_pattern(pattern, flags)
        finally:
            _sre.compile = build
        if len(caught) == 1:
            used[key] = caught[0]
        return compiled

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        _compiler.compile = compile_pattern
    if used != programs:
        _write(used)
