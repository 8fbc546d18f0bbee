"""Patterns compiled at import are built from the programs kept by the run
before (``briefing.programs``), and match as compiled ones do."""

import _sre
import marshal
import re
from re import _compiler, _parser

import pytest

from briefing import programs

# Made-up patterns of the kinds the modules compile: flags, named groups, classes, lookarounds.
PATTERNS = [
    (r"(?P<verb>said|told)\s+(?P<who>[A-Z][a-z]+)", 0),
    (r"(?<![\w-])(?:pier|quay|slip\w*)(?![\w-])", re.I),
    (r"""^(?:
        listen\ to\ (?:this\ )?ferry | tide\ tables?\b
    )""", re.I | re.X),
    (r"[\u2018\u2019'](\d{2})s?", 0),
]
TEXTS = ["Ona said Brill twice", "the QUAY and the slipway-side pier", "Listen to this ferry", "tide table", "in the ’90s"]


def _compiled():
    re.purge()  # re's own cache would answer without compiling
    with programs.kept():
        return [re.compile(text, flags) for text, flags in PATTERNS]


def _same(made):
    re.purge()
    for (text, flags), pattern in zip(PATTERNS, made):
        plain = re.compile(text, flags)
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for sample in TEXTS:
            assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "briefing"


def test_a_pattern_compiled_once_is_built_from_its_kept_program_the_next_time(cache, monkeypatch):
    first = _compiled()
    [kept] = cache.iterdir()
    written = kept.read_bytes()
    kept.write_bytes(written)  # a new time stamp, to tell whether it is written again
    stamp = kept.stat().st_mtime_ns

    def never(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(_parser, "parse", never)
    again = _compiled()
    monkeypatch.undo()
    _same(first)
    _same(again)
    assert kept.stat().st_mtime_ns == stamp and kept.read_bytes() == written  # the same programs: not written again


def test_a_damaged_file_or_another_interpreters_is_not_read(cache):
    _compiled()
    [kept] = cache.iterdir()
    stamp, digest, programs_kept = marshal.loads(kept.read_bytes())
    for wrong in (b"\x00damaged", marshal.dumps((("3.99", 0, 4), digest, programs_kept)), marshal.dumps((stamp, digest, programs_kept + b"x"))):
        kept.write_bytes(wrong)
        _same(_compiled())
        assert kept.read_bytes() != wrong  # written again, from the patterns compiled


def test_without_a_writable_cache_the_patterns_are_compiled_as_usual(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _same(_compiled())
    assert blocked.read_text() == ""


def test_only_the_block_is_covered_and_re_is_as_it_was_after_it_even_after_an_error(cache):
    before = (_compiler.compile, _sre.compile)
    with pytest.raises(re.error), programs.kept():
        re.compile("(?P<unclosed")
    assert (_compiler.compile, _sre.compile) == before
    re.purge()
    with programs.kept():
        re.compile(r"inside\s+\w+")
    re.compile(r"outside, a story's name: Ona\s+Brill")
    [kept] = cache.iterdir()
    _, _, programs_kept = marshal.loads(kept.read_bytes())
    assert [text for text, _ in marshal.loads(programs_kept)] == [r"inside\s+\w+"]
