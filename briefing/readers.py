"""Readers: input paths in, ``Source`` records and warnings out.

A reader is chosen by the input's extension: ``.txt`` (plain text) and
``.md`` / ``.markdown`` (optional YAML front matter with title, outlet, url,
date, author). Folders are walked recursively in a stable (sorted) order;
hidden files and the spec are skipped. Bad input never raises: it becomes one
warning line naming the file and the reason, and the build goes on.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Source

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS
SPEC_NAME = "briefing.toml"
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Loaded:
    """What reading the inputs gave: usable sources and one line per problem."""

    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


def expand(paths: Iterable[str], pattern: str | None = None) -> tuple[list[Path], list[str]]:
    """Turn the command line's paths into article files, in a stable order."""
    files: list[Path] = []
    warnings: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p
                for p in sorted(path.rglob(pattern or "*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.name != SPEC_NAME
                and (pattern or p.suffix.lower() in ARTICLE_EXTENSIONS)
            ]
            if not found:
                warnings.append(f"{raw}: no articles found in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            warnings.append(f"{raw}: no such file or folder")
    return files, warnings


def decode(data: bytes) -> str | None:
    """Bytes to text: BOMs honoured, UTF-8 preferred, cp1252 then latin-1 as
    fallbacks. None for data that is plainly not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        return None
    return text


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")


def _iso(value: object) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip() or None if value is not None else None


def split_front_matter(text: str) -> tuple[dict[str, str | None], str]:
    """YAML front matter (title, outlet, url, date, author) and the body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text[match.end():]
    meta = {key: _iso(data.get(key)) for key in ("title", "outlet", "url", "date", "author")}
    meta["outlet"] = meta["outlet"] or _iso(data.get("source")) or _iso(data.get("publisher"))
    return meta, text[match.end():]


def markdown_to_text(body: str) -> tuple[str | None, str]:
    """Strip the Markdown a news article is likely to carry; the first level-1
    or level-2 heading is returned as a title candidate."""
    title = None
    lines = []
    for line in body.splitlines():
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None:
                title = heading.group(1)
                continue
            line = heading.group(1)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub("", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        lines.append(line)
    return title, "\n".join(lines)


def read_file(path: Path, source_id: str) -> tuple[Source | None, str | None]:
    """One file to a Source, or None and the reason it was skipped."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, f"{path}: skipped, {size:,} bytes is over the {MAX_BYTES:,}-byte limit"
        data = path.read_bytes()
    except OSError as exc:
        return None, f"{path}: skipped, cannot be read ({exc.strerror or exc})"
    text = decode(data)
    if text is None:
        return None, f"{path}: skipped, it is binary, not text"
    meta: dict[str, str | None] = {}
    if path.suffix.lower() in MARKDOWN_EXTENSIONS:
        meta, text = split_front_matter(text)
        heading, text = markdown_to_text(text)
        meta["title"] = meta.get("title") or heading
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, f"{path}: skipped, it is empty"
    return (
        Source(
            id=source_id,
            path=path.name,
            text=text,
            sha256=hashlib.sha256(data).hexdigest(),
            outlet=meta.get("outlet"),
            title=meta.get("title"),
            date=meta.get("date"),
            url=meta.get("url"),
            author=meta.get("author"),
        ),
        None,
    )


def load(paths: Iterable[str], pattern: str | None = None) -> Loaded:
    """Read every input; ids are given to usable sources in input order."""
    files, warnings = expand(paths, pattern)
    sources: list[Source] = []
    for path in files:
        source, problem = read_file(path, f"S{len(sources) + 1}")
        if source is None:
            warnings.append(problem or f"{path}: skipped")
        else:
            sources.append(source)
    return Loaded(tuple(sources), tuple(warnings))
