"""Patterns and dataclass methods compiled while the modules import are
made from what a run before compiled (``compiled``): the same patterns,
matching alike, the same methods, and nothing kept that ``re`` would not
have made."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import types
from importlib import import_module

import pytest

from briefing import compiled
from briefing.data import store

_COMPILER = import_module("re._compiler")
# Made-up patterns of the kinds the modules compile: word alternations, named
# groups, look-arounds, a case-blind verbose one, and bytes.
_PATTERNS = [
    (r"\b(?:gravel|shingle|flint)\s+(?P<count>\d+)\b", 0),
    (r"(?<![\w-])(?:tide|ebb)[-‐–]?tables?(?![\w-])", re.I),
    (r"""^(?:
        ferry\ timetable | harbour\ notice   # two kinds of line
    )\s*:""", re.I | re.X),
    (rb"<meta[^>]+charset=([\w-]+)", 0),
]
_TEXTS = ["Gravel 12 and flint 7", "the Tide-Tables said", "Ferry timetable: at noon", "harbour notice"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "briefing" / "data"


def _compiled() -> list[re.Pattern]:
    re.purge()  # re's own cache would answer before its compiler is asked
    return [re.compile(pattern, flags) for pattern, flags in _PATTERNS]


def test_a_pattern_made_from_a_kept_program_is_the_one_re_compiles(cache):
    plain = _compiled()
    with compiled.kept("test"):
        first = _compiled()  # compiled, and its program kept
    with compiled.kept("test"):
        again = _compiled()  # made from the programs kept
    assert first == plain and again == plain
    for made, one in zip(again, plain):
        for text in _TEXTS:
            subject = text.encode() if isinstance(one.pattern, bytes) else text
            assert [m.span() for m in made.finditer(subject)] == [m.span() for m in one.finditer(subject)]
        assert made.groupindex == one.groupindex and made.groups == one.groups


def test_the_compiler_is_given_back_after_the_block_also_on_an_error(cache):
    compile_anew = _COMPILER.compile
    with pytest.raises(ZeroDivisionError), compiled.kept("test"):
        assert _COMPILER.compile is not compile_anew
        raise ZeroDivisionError
    assert _COMPILER.compile is compile_anew


def test_patterns_compiled_after_the_block_are_not_kept(cache):
    with compiled.kept("test"):
        _compiled()
    re.purge()
    re.compile(r"\bBrackley Mereworth\b")  # a name read from an article
    assert "Mereworth" not in repr(store.recalled("compiled-test", compiled.kept))


def test_a_program_that_makes_another_pattern_is_not_kept(cache, monkeypatch):
    real = compiled._program
    monkeypatch.setattr(compiled, "_program", lambda *args: real(_COMPILER, import_module("re._parser"), "other", 0))
    with compiled.kept("test"):
        made = _compiled()
    assert made == [re.compile(pattern, flags) for pattern, flags in _PATTERNS]
    assert store.recalled("compiled-test", compiled.kept) is None


def test_the_modules_patterns_are_the_same_in_every_run(tmp_path):
    """A pattern joined from a set in the order the set gives would be
    another pattern in each run (the order of a set of strings changes with
    the hash seed): never kept, compiled anew and written again each run."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    folder = tmp_path / "briefing" / "data"
    written = []
    for seed in ("1", "2", "3"):
        subprocess.run([sys.executable, "-c", "import briefing.cli; from briefing import lexicon; lexicon.load()"], env={**env, "PYTHONHASHSEED": seed}, check=True)
        written.append(sorted((stored.name, stored.stat().st_mtime_ns) for stored in folder.glob("compiled-*")))
    assert len(written[0]) == 2 and written[0] == written[1] == written[2]  # the imports' and the lexicon's


def _make_classes() -> tuple[type, type]:
    @dataclasses.dataclass(frozen=True)
    class Buoy:
        """A made-up record: a frozen class with defaults."""

        name: str
        depth: float = 2.5
        tags: tuple[str, ...] = ()

    @dataclasses.dataclass(order=True)
    class Tide:
        """A made-up record: an ordered, mutable class with a factory default."""

        height: float
        marks: list[str] = dataclasses.field(default_factory=list)

    return Buoy, Tide


def test_a_dataclass_made_from_kept_methods_behaves_as_one_made_anew(cache):
    plain = _make_classes()
    with compiled.kept("test"):
        _make_classes()
    assert not hasattr(dataclasses, "exec")  # given back
    (_, methods) = store.recalled("compiled-test", compiled.kept)
    assert methods and all(isinstance(code, types.CodeType) for code in methods.values())
    with compiled.kept("test"):
        buoy, tide = _make_classes()  # from the methods kept
    for made in (plain, (buoy, tide)):
        one, two = made[0]("marker"), made[0]("marker", 4.0, ("red",))
        assert (one.depth, one.tags, repr(two).rsplit("<locals>.")[-1]) == (2.5, (), "Buoy(name='marker', depth=4.0, tags=('red',))")
        assert one == made[0]("marker") != two and hash(one) == hash(made[0]("marker"))
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.depth = 3.0
        low, high = made[1](1.0), made[1](2.0, ["spring"])
        assert low < high and low.marks == [] and low.marks is not made[1](1.0).marks
        low.height = 1.5
    assert [f.name for f in dataclasses.fields(buoy)] == ["name", "depth", "tags"]
