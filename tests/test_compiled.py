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


# Whatever fails in the kept path is compiled as ``re`` and ``dataclasses``
# compile it, and never fails a run.


def _behaves_as_plain(plain: list[re.Pattern]) -> None:
    with compiled.kept("test"):
        made = _compiled()
        buoy, tide = _make_classes()
    assert made == plain
    assert buoy("marker") == buoy("marker", 2.5) and tide(1.0) < tide(2.0)
    assert _COMPILER.compile is _COMPILER_COMPILE and not hasattr(dataclasses, "exec")


_COMPILER_COMPILE = _COMPILER.compile


@pytest.mark.parametrize("garbage", [
    "no tuple", (1, 2, 3), ({}, []), ([], {}), ({("x", 0): "no program"}, {"x": "print('no code')"}),
])
def test_a_stored_value_of_another_shape_is_not_used(cache, monkeypatch, garbage):
    plain = _compiled()
    monkeypatch.setattr(store, "recalled", lambda *args: garbage)
    _behaves_as_plain(plain)


def test_stored_programs_and_methods_of_the_wrong_kind_are_made_anew_and_written_again(cache):
    plain = _compiled()
    with compiled.kept("test"):
        _compiled()
        _make_classes()
    patterns, methods = store.recalled("compiled-test", compiled.kept)
    wrong = compile("raise ValueError('another source')", "<string>", "exec")
    bad = ({key: (key[0], key[1], [255, 255], 0, {}, (None,)) for key in patterns}, dict.fromkeys(methods, wrong))
    store.remember("compiled-test", bad, compiled.kept)  # programs _sre rejects, code of another source
    _behaves_as_plain(plain)
    assert store.recalled("compiled-test", compiled.kept) == (patterns, methods)  # the right ones, written again


@pytest.mark.parametrize("error", [TypeError, AttributeError, RuntimeError])
def test_a_re_of_other_internals_keeps_nothing(cache, monkeypatch, error):
    """``re._parser.parse`` or ``re._compiler._code`` of another signature,
    or ``_sre.compile`` rejecting what this module made."""
    plain = _compiled()

    def failing(*args):
        raise error("another Python")

    monkeypatch.setattr(compiled, "_program", failing)
    _behaves_as_plain(plain)
    recalled = store.recalled("compiled-test", compiled.kept)
    assert recalled is None or recalled[0] == {}


def test_sre_rejecting_a_kept_program_compiles_anew(cache, monkeypatch):
    plain = _compiled()
    with compiled.kept("test"):
        _compiled()
    sre = import_module("_sre")
    real = sre.compile

    def rejecting(*args):
        if sys._getframe(1).f_code.co_name == "compile_kept":  # only this module's calls: re's own still work
            raise RuntimeError("invalid SRE code")
        return real(*args)

    monkeypatch.setattr(sre, "compile", rejecting)
    _behaves_as_plain(plain)


def test_a_value_that_cannot_be_stored_fails_nothing(cache, monkeypatch):
    def unstorable(*args):
        raise ValueError("unmarshallable object")

    monkeypatch.setattr(store, "remember", unstorable)
    _behaves_as_plain(_compiled())


def test_a_cache_folder_that_cannot_be_made_fails_nothing(tmp_path, monkeypatch):
    (tmp_path / "briefing").write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    plain = _compiled()
    _behaves_as_plain(plain)
    _behaves_as_plain(plain)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/no/home")
    monkeypatch.setenv("HOME", "")
    _behaves_as_plain(plain)


def test_a_block_while_another_thread_is_in_one_changes_nothing(cache):
    import threading

    inside, done = threading.Event(), threading.Event()

    def other() -> None:
        with compiled.kept("other"):
            inside.set()
            done.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    hooked = _COMPILER.compile
    assert hooked is not _COMPILER_COMPILE
    with compiled.kept("test"):
        assert _COMPILER.compile is hooked  # the other thread's, left as it is
        _compiled()
    done.set()
    thread.join()
    assert _COMPILER.compile is _COMPILER_COMPILE and not hasattr(dataclasses, "exec")
    assert store.recalled("compiled-test", compiled.kept) is None


def test_two_runs_at_once_both_import_and_leave_nothing_hooked(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    check = ("import dataclasses, re._compiler, briefing.cli; from briefing import lexicon; lexicon.load(); "
             "assert re._compiler.compile.__module__ == 're._compiler' and not hasattr(dataclasses, 'exec')")
    runs = [subprocess.Popen([sys.executable, "-c", check], env=env) for _ in range(3)]
    assert [run.wait(120) for run in runs] == [0, 0, 0]
    stored = sorted((tmp_path / "briefing" / "data").glob("compiled-*"))
    assert len(stored) == 2 and all(isinstance(store._read(path), tuple) for path in stored)
    assert subprocess.run([sys.executable, "-c", check], env=env).returncode == 0
