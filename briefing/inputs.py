"""Inputs: the command line's paths and a ``--urls`` list in; the article
files and URLs to read, in a stable order, and one warning line per problem
out.

A file named on the command line is read whatever it is called. A folder is
walked recursively in sorted order for article files (by extension, or by a
``--glob`` pattern); hidden entries and the spec are passed over silently.
FIFOs, sockets, devices, folders that cannot be listed, links to folders
(never followed: they would read files twice, or leave the input folder) and
links to nothing or to files outside the input folder are skipped, each with
a warning. The extensions of article files are those ``input_formats``
has readers for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PureWindowsPath

from .decoding import decode
from .files import NotRegular, TooLarge, read_regular
from .input_formats import is_article
from .messages import display, one_line, strerror
from .spec import SPEC_NAME

MAX_URL_LIST = 1024 * 1024  # bytes of a --urls file


def is_url(text: str) -> bool:
    """``text`` is written as a URL (``scheme://...``), whatever the scheme."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme[:1].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme)


def check_pattern(pattern: str) -> str | None:
    """Why ``pattern`` cannot select files inside an input folder, or None."""
    if not pattern.strip():
        return "the pattern is empty"
    if pattern.startswith(("/", "\\")) or PureWindowsPath(pattern).drive:  # C:... is absolute on Windows
        return f"'{display(pattern)}' is an absolute path; give a pattern inside the input folders, like '*.md'"
    return None


def _walk(root: Path, folder: Path, pattern: str | None, files: list[Path], warnings: list[str]) -> bool:
    """Add the article files under ``folder`` to ``files``, in sorted order,
    and a warning for each entry that is skipped for a reason worth saying;
    False when ``folder`` itself cannot be listed.

    Hidden entries, the spec and files of other kinds are passed over
    silently. A link to a file is read when the file is inside ``root``;
    links to folders are not followed (they would read files twice, or
    leave the input folder)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        warnings.append(one_line(f"{display(folder)}: skipped, cannot be listed ({strerror(exc)})"))
        return False
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(root, path, pattern, files, warnings)
                continue
            link = entry.is_symlink()
            if link and entry.is_dir():
                warnings.append(f"{display(path)}: skipped, a link to a folder (links to folders are not followed)")
                continue
            if not entry.is_file() and (not link or path.exists()):
                warnings.append(f"{display(path)}: skipped, not a regular file (a FIFO, socket or device)")
                continue
            relative = path.relative_to(root)
            if path.name == SPEC_NAME or not (relative.match(pattern) if pattern else is_article(path)):
                continue
            if link and not path.exists():
                warnings.append(f"{display(path)}: skipped, a link to nothing")
            elif link and not path.resolve().is_relative_to(root.resolve()):
                warnings.append(f"{display(path)}: skipped, a link to a file outside the input folder")
            else:
                files.append(path)
        except OSError as exc:
            warnings.append(one_line(f"{display(path)}: skipped, cannot be read ({strerror(exc)})"))
    return True


def expand(paths: Iterable[str], pattern: str | None = None) -> tuple[list[Path], list[str]]:
    """Turn the command line's paths into article files, in a stable order.

    A file named on the command line is read whatever it is called; a folder
    is searched recursively for article files (or files matching
    ``pattern``)."""
    files: list[Path] = []
    warnings: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                found: list[Path] = []
                if _walk(path, path, pattern, found, warnings) and not found:
                    none = f"no file in this folder matches --glob '{display(pattern)}'" if pattern else "no articles found in this folder"
                    warnings.append(f"{display(raw)}: {none}")
                files.extend(found)
            elif path.is_file():
                files.append(path)
            elif path.exists():
                warnings.append(f"{display(raw)}: skipped, not a regular file or folder")
            else:
                warnings.append(f"{display(raw)}: no such file or folder")
        except (OSError, ValueError) as exc:
            warnings.append(one_line(f"{display(raw)}: skipped, cannot be listed ({strerror(exc)})"))
    return files, warnings


def read_url_list(path: str | Path) -> tuple[list[str], list[str]]:
    """The URLs in a list file, one a line (blank lines and ``#`` comments
    skipped), and a warning per line that is not a URL."""
    label = display(path)
    try:
        data = read_regular(path, MAX_URL_LIST)
    except NotRegular:
        return [], [f"{label}: the URL list is not a regular file"]
    except TooLarge:
        return [], [f"{label}: the URL list is over the {MAX_URL_LIST:,}-byte limit"]
    except OSError as exc:
        return [], [one_line(f"{label}: the URL list cannot be read ({strerror(exc)})")]
    text = decode(data)
    if text is None:
        return [], [f"{label}: the URL list is binary, not text"]
    urls: list[str] = []
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if is_url(entry):
            urls.append(entry)
        else:
            warnings.append(f"{label}:{number}: skipped, {display(entry)!r} is not a URL (one http or https URL a line)")
    if not urls and not warnings:
        warnings.append(f"{label}: the URL list has no URLs")
    return urls, warnings
