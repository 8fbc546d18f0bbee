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
otherwise keeps nothing and changes nothing. Whatever fails on the way (a
program ``_sre`` rejects, a ``re`` of other internals, a stored value of
another shape, a value ``marshal`` cannot store, a folder that cannot be
written) is compiled as ``re`` or ``dataclasses`` compiles it, and nothing
of it is kept. A method's code is what
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
import contextlib
import dataclasses
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from types import CodeType
from typing import Any

from .data import store

Program = tuple[Any, ...]  # the arguments of ``_sre.compile``
Patterns = dict[tuple[str | bytes, int], Program]
Methods = dict[str, CodeType]
_LOCK = threading.RLock()  # held by the thread in a block


@contextmanager
def kept(name: str) -> Iterator[None]:
    """Inside the block, the patterns and dataclass methods compiled are
    made from those kept under ``name``; after it, what the block compiled
    is kept when it changed. A block begun while another thread is in one
    changes nothing (``re`` and ``dataclasses`` are the process's)."""
    if not _LOCK.acquire(blocking=False):
        yield
        return
    try:
        patterns, methods = _recalled(name)
        used: tuple[Patterns, Methods] = ({}, {})
        with _patterns(patterns, used[0]), _methods(methods, used[1]):
            yield
        if any(used) and used != (patterns, methods):  # nothing: all imported before; another: some compiled anew
            with contextlib.suppress(Exception):  # what cannot be kept costs the next run only the time
                store.remember(f"compiled-{name}", used, kept)
    finally:
        _LOCK.release()


def _recalled(name: str) -> tuple[Patterns, Methods]:
    """What a run before kept under ``name``; nothing when it is of another
    shape than ``kept`` writes (each entry is checked as it is used)."""
    try:
        recalled = store.recalled(f"compiled-{name}", kept)
    except Exception:  # a value that cannot be read is none
        return {}, {}
    if type(recalled) is tuple and len(recalled) == 2 and all(type(part) is dict for part in recalled):
        return recalled[0], recalled[1]
    return {}, {}


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
        if type(pattern) not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
            return compile_anew(pattern, flags)
        try:
            program = programs.get((pattern, flags))
            if type(program) is tuple and len(program) == 6 and type(program[0]) is type(pattern) and program[0] == pattern:
                found: re.Pattern[Any] = sre.compile(*program)
                used[pattern, flags] = program
                return found
        except Exception:  # a program _sre rejects: compiled anew
            pass
        made = compile_anew(pattern, flags)
        try:
            program = _program(compiler, parser, pattern, flags)
            if sre.compile(*program) == made:  # else another compiler than this module knows: nothing kept
                used[pattern, flags] = program
        except Exception:  # a ``re`` of other internals: nothing kept
            pass
        return made

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
        if type(source) is not str:
            return builtins.exec(source, globals, locals)
        code = codes.get(source)
        if type(code) is CodeType:
            try:
                builtins.exec(code, globals, locals)  # defines the methods: run again, the same
                used[source] = code
                return None
            except Exception:  # code of another source: made anew, and an error of the source raised again there
                pass
        code = compile(source, "<string>", "exec", dont_inherit=True)
        builtins.exec(code, globals, locals)
        used[source] = code
        return None

    dataclasses.exec = exec_kept  # type: ignore[attr-defined]  # found before the builtin by its functions
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
