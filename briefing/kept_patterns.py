"""Regular expressions compiled while the modules import, kept between runs.

In: a block of imports (``kept``), and a name for them. Out: the same
modules, whose patterns (``re.compile`` at module level) are made from
the programs CPython's compiler made for them in a run before, instead of
compiled anew. ``re`` parses and compiles a pattern in Python code the
first time a process asks for it, though what it makes depends only on the
pattern, its flags and the Python: a seed build spent a sixth of its CPU
time compiling the same 180 patterns at import.

A pattern's program is what ``re``'s compiler hands ``_sre.compile`` (its
code, groups and group names). While the block runs, ``re``'s compiler is
this module's ``_compile``: a pattern kept for this Python
(``data.store.recalled``, keyed by ``sys.version``) is made from its
program; any other is compiled as ``re`` compiles it, and its program is
kept only when the pattern made from it equals the one ``re`` made (a
``Pattern`` equals another of the same code, flags and text), so a Python
whose compiler works otherwise keeps nothing and changes nothing. The
programs of one block's patterns are written again when they changed;
patterns compiled after the imports (the names of a story) are never kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from typing import Any

from .data import store

Program = tuple[Any, ...]  # the arguments of ``_sre.compile``


@contextmanager
def kept(name: str) -> Iterator[None]:
    """Inside the block, a pattern compiled is made from the program kept
    under ``name`` when there is one; after it, the programs of the
    block's patterns are kept when they changed."""
    try:
        modules: list[Any] = [import_module(module) for module in ("re._compiler", "re._parser", "_sre")]
        compiler, parser, sre = modules
        compile_anew: Callable[[Any, int], re.Pattern[Any]] = compiler.compile
    except (ImportError, AttributeError):  # another Python: nothing kept
        yield
        return
    recalled = store.recalled(f"patterns-{name}")
    programs: dict[tuple[str | bytes, int], Program] = recalled if isinstance(recalled, dict) else {}
    used: dict[tuple[str | bytes, int], Program] = {}

    def compile_kept(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return compile_anew(pattern, flags)
        program = programs.get((pattern, flags))
        if program is None:
            made = compile_anew(pattern, flags)
            program = _program(compiler, parser, pattern, flags)
            if sre.compile(*program) != made:
                return made
        used[pattern, flags] = program
        found: re.Pattern[Any] = sre.compile(*program)
        return found

    compiler.compile = compile_kept  # ``re`` calls it by its module's name
    try:
        yield
    finally:
        compiler.compile = compile_anew
        if used and used.keys() != programs.keys():  # none: the modules were imported before
            store.remember(f"patterns-{name}", used)


def _program(compiler: Any, parser: Any, pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``."""
    parsed = parser.parse(pattern, flags)
    names = parsed.state.groupdict
    groups: list[str | None] = [None] * parsed.state.groups
    for group, n in names.items():
        groups[n] = group
    code = list(map(int, compiler._code(parsed, flags)))  # plain ints: its opcodes are named ones, which marshal does not store
    return pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(names), tuple(groups)
