"""Files read and written safely: a path in, bytes (or a finished file) out.

* ``read_regular`` reads a regular file only (never a FIFO, socket or
  device, which could block or never end), checks its size before reading
  and never reads more than the limit; ``follow_links=False`` refuses a
  symbolic link as well.
* ``write_atomic`` writes to a temporary file beside the target and renames
  it into place, so a reader never sees half a file. The temporary file is
  named ``.NAME.PID.XXXXXXXX.tmp``.
* ``remove_stale`` removes such files whose process is gone (a build killed
  while writing); the renderer calls it before each output it writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # the most an input (a file, a fetched page) may hold


class NotRegular(OSError):
    """The path is a folder, FIFO, socket or device, not a regular file."""


class TooLarge(OSError):
    """The file is over the size limit; ``size`` is what it holds (at least)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size:,} bytes")
        self.size = size


def read_regular(path: str | Path, max_bytes: int, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises
    ``NotRegular``, ``TooLarge`` or another ``OSError``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)  # a FIFO must not block the open
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular("not a regular file")
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size)
        data = handle.read(max_bytes + 1)  # the file may have grown since fstat
    if len(data) > max_bytes:
        raise TooLarge(len(data))
    return data


def _temp_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.(\d+)\.[A-Za-z0-9_]+\.tmp")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def remove_stale(folder: Path, name: str) -> None:
    """Remove ``folder``'s temporary files for ``name`` left by processes
    that are gone (a build killed while writing)."""
    if os.name != "posix":  # os.kill(pid, 0) asks nothing elsewhere
        return
    pattern = _temp_pattern(name)
    try:
        entries = os.listdir(folder)
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            with contextlib.suppress(OSError):  # gone already, or not ours to remove
                (folder / entry).unlink()


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place.
    ``private``: readable by the user only (mkstemp's 0600); otherwise the
    usual permissions for a new file (0666 less the umask)."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
