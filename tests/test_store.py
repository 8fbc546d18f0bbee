"""What a run makes of a data file is kept between runs (``data.store``):
read back as made, found anew when the file or the code that reads it
changes, and never a cause of failure (no folder, a damaged file, a value
that cannot be stored)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from briefing import actions, data, direction, synonyms, things, verbs, verdicts
from briefing.data import store


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "briefing" / "data"


def _upper(lines: list[str]) -> list[str]:
    return [line.upper() for line in lines]


def _lower(lines: list[str]) -> list[str]:
    return [line.lower() for line in lines]


@pytest.mark.parametrize(("name", "parse", "args"), [
    ("opposites.txt", direction._opposite_words, (5,)),
    ("directions.txt", verdicts._directions, ()),
])
def test_a_table_is_read_back_as_it_was_made(cache, name, parse, args):
    made = parse(data.lines(name), *args)
    assert data.table(name, parse, *args) == made  # made and stored
    assert len(list(cache.iterdir())) == 1
    assert data.table(name, parse, *args) == made  # read back


@pytest.mark.parametrize(("name", "parse"), [
    ("synonyms.txt", synonyms._sets),
    ("things.txt", things._forms),
    ("actions.txt", actions._forms),
])
def test_a_keyed_table_answers_as_the_dict_it_was_made_from(cache, name, parse):
    made = parse(data.lines(name))
    for _ in range(2):  # made and stored, then read back
        found = data.keyed(name, parse)
        assert len(found) == len(made) and dict(found) == made
        assert all(key in found and found.get(key, 0) == found[key] == value for key, value in made.items())  # every key, each way
        assert "qwzxv" not in found and found.get("qwzxv") is None and found.get("qwzxv", 0) == 0
        for other in ("qwzxv", None, 7):  # no key, and no word: as the dict answers
            with pytest.raises(KeyError):
                found[other]
            assert other not in found and found.get(other) is None and found.get(other, 0) == 0
    assert len(list(cache.iterdir())) == 1


def test_the_two_tables_of_one_file_are_kept_together(cache):
    lemmas, irregular = verbs._verbs(data.lines("verbs.txt"))
    found = data.keyed("verbs.txt", verbs._verbs)
    assert [dict(table) for table in found] == [lemmas, irregular]
    assert all(key in table and table.get(key) == table[key] == value for table, made in zip(found, (lemmas, irregular)) for key, value in made.items())
    assert [dict(table) for table in data.keyed("verbs.txt", verbs._verbs)] == [lemmas, irregular]
    assert len(list(cache.iterdir())) == 1


def test_a_look_up_reads_only_the_bucket_its_word_falls_in(cache):
    table = data.keyed("things.txt", things._forms)
    assert len(table._buckets) > 1000
    table.get("kettle")
    "kettle" in table  # noqa: B015
    assert sum(bucket is not None for bucket in table._read) == 1
    assert table.get("kettles") is not None and sum(bucket is not None for bucket in table._read) <= 2


def test_a_word_falls_in_the_same_bucket_in_every_run():
    import subprocess
    import sys

    where = "from briefing import data; print([data._bucket_of(w, 2741) for w in ('kettle', 'naïve', 'ünïcode')])"
    runs = {subprocess.run([sys.executable, "-c", where], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_a_file_larger_than_any_value_is_not_read(cache, monkeypatch):
    made: list[int] = []
    data.table("consent.txt", _counted(made))
    (stored,) = cache.iterdir()
    written = stored.stat().st_mtime_ns
    _age(stored, 0.5)
    monkeypatch.setattr(store, "_LARGEST", 100)
    assert data.table("consent.txt", _counted(made)) == _upper(data.lines("consent.txt"))
    assert len(made) == 2  # made anew, not read
    assert stored.stat().st_mtime_ns < written  # nor written: it would never be read


def test_parsed_toml_is_read_back_as_it_was_parsed(cache):
    import tomllib

    parsed = tomllib.loads((store.FOLDER / "en" / "grammar.toml").read_text("utf-8"))
    assert data.toml("en/grammar.toml") == parsed
    assert data.toml("en/grammar.toml") == parsed
    assert len(list(cache.iterdir())) == 1


def test_a_value_is_kept_apart_for_each_reading_of_it(cache):
    assert data.table("consent.txt", _upper) != data.table("consent.txt", _lower)
    assert len(list(cache.iterdir())) == 2


def test_the_key_changes_with_the_file_the_code_and_the_arguments():
    one = store.key("en/x.txt", b"shovel\ntrowel\n", _upper)
    assert store.key("en/x.txt", b"shovel\ntrowel\n", _upper) == one
    assert store.key("en/x.txt", b"shovel\nrake\n", _upper) != one
    assert store.key("en/y.txt", b"shovel\ntrowel\n", _upper) != one
    assert store.key("en/x.txt", b"shovel\ntrowel\n", _lower) != one
    assert store.key("en/x.txt", b"shovel\ntrowel\n", _upper, 3) != store.key("en/x.txt", b"shovel\ntrowel\n", _upper, 4)
    # arguments equal in Python but printed apart (1 and True) key apart: only functions are hashed once a run
    assert store.key("en/x.txt", b"shovel\ntrowel\n", _upper, 1) != store.key("en/x.txt", b"shovel\ntrowel\n", _upper, True)


def test_a_function_is_keyed_by_its_name_and_its_modules_source_as_read():
    import hashlib
    from pathlib import Path

    source = Path(__file__).read_bytes()
    assert store._source(_upper) == hashlib.blake2b(f"{__name__}._upper".encode() + source).digest()


def test_a_damaged_file_is_made_anew(cache):
    made = data.table("consent.txt", _upper)
    (stored,) = cache.iterdir()
    stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")  # the digest no longer matches
    assert data.table("consent.txt", _upper) == made
    stored.write_bytes(b"")
    assert data.table("consent.txt", _upper) == made


def test_no_folder_to_write_in_costs_only_the_time(tmp_path, monkeypatch):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    assert data.table("consent.txt", _upper) == _upper(data.lines("consent.txt"))


def test_a_value_marshal_cannot_store_is_only_made(cache):
    class Box:
        def __init__(self, lines: list[str]) -> None:
            self.lines = lines

    assert data.table("consent.txt", Box).lines == data.lines("consent.txt")
    assert not cache.exists() or list(cache.iterdir()) == []


def test_the_folder_is_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert store.folder() == tmp_path / "briefing" / "data"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as the XDG rules say
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert store.folder() == tmp_path / "home" / ".cache" / "briefing" / "data"
    monkeypatch.setenv("HOME", "relative")  # no home folder to name: nothing is kept, nothing written in the current folder
    assert store.folder() is None
    assert data.table("consent.txt", _upper) == _upper(data.lines("consent.txt"))


def test_a_folder_others_may_write_in_is_not_used(cache):
    cache.mkdir(parents=True)
    cache.chmod(0o777)
    assert data.table("consent.txt", _upper) == _upper(data.lines("consent.txt"))
    assert list(cache.iterdir()) == []
    cache.chmod(0o700)
    data.table("consent.txt", _upper)
    assert len(list(cache.iterdir())) == 1


def test_a_change_to_how_lines_are_read_finds_the_table_anew(cache, monkeypatch):
    every = data.table("consent.txt", _upper)
    monkeypatch.setattr(data, "_lines", lambda text: text.splitlines()[:1])  # another reading of the file's lines
    first = data.table("consent.txt", _upper)
    assert first == _upper((store.FOLDER / "en" / "consent.txt").read_text("utf-8").splitlines()[:1])
    assert first != every


def test_a_folder_another_user_owns_is_not_used(cache, monkeypatch):
    cache.mkdir(parents=True, mode=0o700)
    uid = store.os.getuid()
    monkeypatch.setattr(store.os, "getuid", lambda: uid + 1)
    assert data.table("consent.txt", _upper) == _upper(data.lines("consent.txt"))
    assert list(cache.iterdir()) == []


def test_a_function_with_no_source_file_is_only_made(cache):
    assert data.table("consent.txt", sorted) == sorted(data.lines("consent.txt"))  # a builtin: nothing to key it by
    assert not cache.exists() or list(cache.iterdir()) == []


def test_a_file_renamed_to_another_keys_name_is_not_read(cache):
    upper = data.table("consent.txt", _upper)
    (upper_file,) = cache.iterdir()
    lower = data.table("consent.txt", _lower)
    (lower_file,) = (found for found in cache.iterdir() if found != upper_file)
    upper_file.replace(lower_file)  # the value of one key under another's name
    assert data.table("consent.txt", _lower) == lower != upper


def _counted(made: list[int]) -> Callable[[str], list[str]]:
    def upper(lines: list[str]) -> list[str]:
        made.append(1)
        return _upper(lines)

    return upper


def test_a_file_another_user_owns_is_not_read(cache, monkeypatch):
    made: list[int] = []
    data.table("consent.txt", _counted(made))
    uid = store.os.getuid()
    monkeypatch.setattr(store, "_private", lambda where: True)  # the folder passes; only the file is another user's
    monkeypatch.setattr(store.os, "getuid", lambda: uid + 1)
    assert data.table("consent.txt", _counted(made)) == _upper(data.lines("consent.txt"))
    assert len(made) == 2  # made anew, not read


def test_a_link_in_the_folder_is_not_followed(cache, tmp_path):
    made: list[int] = []
    data.table("consent.txt", _counted(made))
    (stored,) = cache.iterdir()
    elsewhere = tmp_path / "elsewhere"
    stored.replace(elsewhere)
    stored.symlink_to(elsewhere)  # the right bytes, through a link
    assert data.table("consent.txt", _counted(made)) == _upper(data.lines("consent.txt"))
    assert len(made) == 2
    assert not stored.is_symlink()  # written anew in its place


def _age(path, days: float) -> None:
    when = time.time() - days * 24 * 60 * 60
    os.utime(path, (when, when))


def test_a_write_removes_the_files_unused_for_30_days_and_the_temporary_files_left_a_day_ago(cache):
    data.table("consent.txt", _upper)
    (old,) = cache.iterdir()
    _age(old, 31)
    other = cache / "consent.txt-0123.marshal"  # another checkout's, written 29 days ago
    other.write_bytes(b"")
    _age(other, 29)
    left = cache / ".consent.txt-0123.marshal.99.abcd.tmp"  # a killed run's
    left.write_bytes(b"")
    _age(left, 1.1)
    writing = cache / ".consent.txt-4567.marshal.98.efgh.tmp"  # a run writing now
    writing.write_bytes(b"")
    notes = cache / "notes.txt"  # not the store's
    notes.write_bytes(b"")
    _age(notes, 100)
    data.table("consent.txt", _lower)
    (new,) = set(cache.iterdir()) - {old, other, left, writing, notes}
    assert set(cache.iterdir()) == {new, other, writing, notes}


def test_a_file_read_is_kept_as_used(cache):
    made = data.table("consent.txt", _upper)
    (stored,) = cache.iterdir()
    _age(stored, 29)
    assert data.table("consent.txt", _upper) == made
    assert stored.stat().st_mtime > time.time() - 60  # 30 days more before a write removes it
    _age(stored, 0.5)
    data.table("consent.txt", _upper)
    assert stored.stat().st_mtime < time.time() - 60 * 60  # marked once a day at most
