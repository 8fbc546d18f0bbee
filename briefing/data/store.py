"""What a run makes of a data file, kept between runs.

In: a data file's path (under ``briefing/data``), the function that makes
a value of its text, and what else that value depends on (the functions
that read it, their arguments). Out: the value, read from the user's cache
folder when a run before made it from the same file with the same code,
else made and stored there for the next run. A value that depends on no
file (``remember``, ``recalled``: what ``compiled`` keeps) is
kept by a name alone, for this version of the package and this Python.

A stored value is found by a key that hashes all it depends on: the
package's version, the Python that made it (``sys.version``: ``marshal``'s
format and the standard library's parsers), the file's bytes, and the
source of the module of each function that reads it; any change to one
misses the key, and the value is made anew. Values are stored with
``marshal`` (plain values only: dicts, lists, tuples, sets, strings,
numbers; anything else is simply not stored), each in its own file named
by its key in ``$XDG_CACHE_HOME/briefing/data`` (``~/.cache/briefing/data``
by default), a folder only the user may read (one another user owns or
others may write in is not used; nor is a file in it that is no regular
file or that another user owns), written through a temporary
file renamed into place and opened by a digest of its name (the key) and
the value's bytes, checked on reading: a file renamed to another key's
name is not read. Each time a value is written, the folder loses the
stored files no run has read or written for 30 days (a read marks a file
used, once a day at most) and the temporary files a killed run left a day
ago or more. A file over 16 MiB (nine times the largest value) is neither
written nor read. A folder that cannot be made or written, or a
stored file that cannot be read, costs only the time: the value is made as
if nothing was kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
import sys
import time
from collections.abc import Callable, Hashable
from functools import cache
from pathlib import Path
from typing import TypeVar

from .. import __version__

T = TypeVar("T")
FOLDER = Path(__file__).parent  # the data files' folder (the package is installed as files, as the templates are)
_MISSING = object()
_DIGEST = 16  # bytes of the digest of the file's name and stored value that opens the file
_LARGEST = 16 * 1024 * 1024  # bytes of the largest file read (nine times the largest value, kinds_above.txt's)
_DAY = 24 * 60 * 60
_UNUSED = {".marshal": 30 * _DAY, ".tmp": _DAY}  # a file of the folder of this suffix, unused for this long, is removed


def folder() -> Path | None:
    """Where values are kept: ``$XDG_CACHE_HOME/briefing/data``, or
    ``~/.cache/briefing/data``; None when the user has no home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base, "briefing", "data")


def _source(part: Hashable) -> bytes:
    """What a key holds of one thing a value depends on, hashed: a
    function's name and the source of its module, or an argument's ``repr``."""
    if not callable(part):
        return hashlib.blake2b(repr(part).encode()).digest()
    return _function(part.__module__, getattr(part, "__qualname__", ""))


@cache  # a run keys several files by the same functions, whose modules do not change while it runs
def _function(module: str, name: str) -> bytes:
    source = Path(getattr(sys.modules[module], "__file__", None) or "").read_bytes()  # no file (a builtin): an OSError, nothing kept
    return hashlib.blake2b(f"{module}.{name}".encode() + source).digest()


def key(path: str, data: bytes, *how: Hashable) -> str:
    """The key of the value made of ``data`` (the file at ``path``) by ``how``."""
    digest = hashlib.blake2b(digest_size=16)
    for text in (__version__, sys.version, path):
        digest.update(text.encode() + b"\0")
    digest.update(hashlib.blake2b(data).digest())
    for part in how:
        digest.update(_source(part))
    return digest.hexdigest()


def kept(path: str, make: Callable[[str], T], *how: Hashable) -> T:
    """``make`` of the text of the data file at ``path``, whose result also
    depends on ``how`` (``make`` itself when nothing else is given): read
    from the cache folder when kept there, else made and kept."""
    data = (FOLDER / path).read_bytes()
    stored = _stored(path, data, how or (make,))
    found = _MISSING if stored is None else _read(stored)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    value = make(data.decode("utf-8"))
    if stored is not None:
        _write(stored, value)
    return value


def recalled(name: str, *how: Hashable) -> object:
    """The value ``remember`` kept under ``name`` in a run of this package
    and Python with the same ``how`` (as ``kept`` takes it); None when
    there is none."""
    stored = _stored(name, b"", how)
    found = _MISSING if stored is None else _read(stored)
    return None if found is _MISSING else found


def remember(name: str, value: object, *how: Hashable) -> None:
    """Keep ``value`` under ``name`` for the next runs (``recalled``)."""
    stored = _stored(name, b"", how)
    if stored is not None:
        _write(stored, value)


def _stored(path: str, data: bytes, how: tuple[Hashable, ...]) -> Path | None:
    """The file the value is kept in; None when there is no cache folder,
    one another user could write in, or no source to key it by (a module
    with no file)."""
    where = folder()
    try:
        if where is None or not _private(where):
            return None
        return where / f"{path.replace('/', '-')}-{key(path, data, *how)}.marshal"
    except OSError:
        return None


def _private(where: Path) -> bool:
    """Whether only this user can write in ``where`` (or it is yet to be
    made, private): nobody else can then plant a value there."""
    try:
        found = where.stat()
    except FileNotFoundError:
        return True
    return _mine(found) and not found.st_mode & 0o022


def _mine(found: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or found.st_uid == os.getuid()


def _read(stored: Path) -> object:
    """The value kept in ``stored``: its bytes after the digest that opens
    the file, when it is a regular file (no link, FIFO or device) this user
    owns."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the open
    try:
        with os.fdopen(os.open(stored, flags), "rb") as file:
            found = os.fstat(file.fileno())
            if not stat.S_ISREG(found.st_mode) or not _mine(found):
                return _MISSING
            kept = memoryview(file.read(_LARGEST + 1))  # a view: no copy of a megabyte for each slice
        if found.st_mtime < time.time() - _DAY:  # used: kept from removal for 30 days more
            with contextlib.suppress(OSError):
                os.utime(stored)
        if len(kept) <= _LARGEST and _digest(stored, kept[_DIGEST:]) == kept[:_DIGEST]:
            return marshal.loads(kept[_DIGEST:])
    except (OSError, EOFError, ValueError, TypeError):  # none kept yet, or a file that is no value
        pass
    return _MISSING


def _digest(stored: Path, payload: bytes | memoryview) -> bytes:
    """What opens a stored file: a digest of its name, which holds the
    value's key, and of the value's bytes."""
    digest = hashlib.blake2b(stored.name.encode() + b"\0", digest_size=_DIGEST)
    digest.update(payload)
    return digest.digest()


def _write(stored: Path, value: object) -> None:
    from ..files import write_atomic  # only when a value is first made

    try:
        payload = marshal.dumps(value)  # type: ignore[arg-type]  # ValueError when it is no plain value
        if len(payload) + _DIGEST > _LARGEST:
            return  # never read back
        stored.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(stored, _digest(stored, payload) + payload, private=True)
        _remove_unused(stored.parent)
    except (OSError, ValueError):  # no folder to write in, or a value marshal cannot store
        pass


def _remove_unused(where: Path) -> None:
    """Remove the files of ``where`` unused for longer than ``_UNUSED`` says
    (by their time of change): stored values no run read for 30 days,
    temporary files a run killed while writing left a day ago."""
    now = time.time()
    with os.scandir(where) as entries:
        for entry in entries:
            unused = _UNUSED.get(os.path.splitext(entry.name)[1])
            with contextlib.suppress(OSError):  # gone already
                if unused is not None and entry.stat(follow_symlinks=False).st_mtime < now - unused:
                    os.unlink(entry.path)
