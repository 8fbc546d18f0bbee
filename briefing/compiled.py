"""What the modules compile while they import, kept between runs.

In: a block of imports (``kept``), and a name for them. Out: the same
modules, whose regular expressions (``re.compile`` at module level) and
dataclasses' methods are made from what a run before compiled for them,
as CPython keeps a module's own code compiled (``__pycache__``). Neither
is kept by CPython: ``re`` parses and compiles a pattern in Python code the
first time a process asks for it, and ``dataclasses`` writes each method's
source and compiles it for every class, though what they make depends only
on the pattern or the source and the Python. A seed build spent a sixth of
its CPU time compiling the same 180 patterns, and a tenth compiling the
methods of 65 dataclasses.

A pattern's program is what ``re``'s compiler hands ``_sre.compile`` (its
code, groups and group names). While the block runs, ``re``'s compiler is
``compile_kept``: a pattern kept is made from its program; any other is
compiled as ``re`` compiles it, and its program is kept only when the
pattern made from it equals the one ``re`` made (a ``Pattern`` equals
another of the same code, flags and text), so a Python whose compiler works
otherwise keeps nothing and changes nothing. A method's code is what
``compile`` makes of the source ``dataclasses`` hands ``exec``, with no
future features, as ``exec`` compiles it there; ``exec`` in ``dataclasses``
is ``exec_kept`` while the block runs, which runs the code kept for that
source. What is kept is keyed by the package's version, the Python
(``sys.version``) and this module's source (``data.store.recalled``),
and written again when the block compiled anything else; what is compiled
after the imports (a pattern of a story's names) is never kept.
"""

from __future__ import annotations

import builtins
import dataclasses
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from types import CodeType
from typing import Any

from .data import store

Program = tuple[Any, ...]  # the arguments of ``_sre.compile``
Patterns = dict[tuple[str | bytes, int], Program]
Methods = dict[str, CodeType]


@contextmanager
def kept(name: str) -> Iterator[None]:
    """Inside the block, the patterns and dataclass methods compiled are
    made from those kept under ``name``; after it, what the block compiled
    is kept when it changed."""
    recalled = store.recalled(f"compiled-{name}", kept)
    patterns, methods = recalled if isinstance(recalled, tuple) else ({}, {})
    used: tuple[Patterns, Methods] = ({}, {})
    with _patterns(patterns, used[0]), _methods(methods, used[1]):
        yield
    if any(used) and (used[0].keys(), used[1].keys()) != (patterns.keys(), methods.keys()):  # nothing: all imported before
        store.remember(f"compiled-{name}", used, kept)


@contextmanager
def _patterns(programs: Patterns, used: Patterns) -> Iterator[None]:
    try:
        modules: list[Any] = [import_module(module) for module in ("re._compiler", "re._parser", "_sre")]
        compiler, parser, sre = modules
        compile_anew: Callable[[Any, int], re.Pattern[Any]] = compiler.compile
    except (ImportError, AttributeError):  # another Python: nothing kept
        yield
        return

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


def _program(compiler: Any, parser: Any, pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``."""
    parsed = parser.parse(pattern, flags)
    names = parsed.state.groupdict
    groups: list[str | None] = [None] * parsed.state.groups
    for group, n in names.items():
        groups[n] = group
    code = list(map(int, compiler._code(parsed, flags)))  # plain ints: its opcodes are named ones, which marshal does not store
    return pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(names), tuple(groups)


@contextmanager
def _methods(codes: Methods, used: Methods) -> Iterator[None]:
    if hasattr(dataclasses, "exec"):  # a ``dataclasses`` of its own ``exec``: left as it is
        yield
        return

    def exec_kept(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:
        if isinstance(source, str):
            code = used[source] = codes.get(source) or compile(source, "<string>", "exec", dont_inherit=True)
            return builtins.exec(code, globals, locals)
        return builtins.exec(source, globals, locals)

    dataclasses.exec = exec_kept  # type: ignore[attr-defined]  # found before the builtin by its functions
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
