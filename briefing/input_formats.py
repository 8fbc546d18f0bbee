"""Input formats: the table of readers, one line per format.

In: an input's bytes, its media type (for a fetched page) and URL. Out: the
article's text, the metadata the format carries (title, outlet, url, date,
author) and notes on what was guessed, or ``Unreadable`` with the reason
it is skipped. ``READERS`` maps each format to its reader, the file
extensions it reads and the media types a server names it by; ``kind_of``
and ``kind_of_media`` look a format up, and ``is_article`` tells the files
a folder is searched for. A new input format (``.docx``, say) is a module
with a function ``(data, content_type, url) -> Article`` and one line in
``READERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .decoding import decode_with, header_charsets, html_charsets
from .markdown import markdown_to_text, split_front_matter
from .webpage import HTMLUnavailable, extract_html


@dataclass(frozen=True)
class Article:
    """What a reader found: the body, one paragraph a line, and its metadata."""

    text: str
    meta: dict[str, str | None]
    notes: tuple[str, ...] = ()


class Unreadable(Exception):
    """An input that is skipped; ``str()`` is the reason, as the warning gives it."""


@dataclass(frozen=True)
class Reader:
    """One input format: how it is read, and how an input is known to be in it."""

    read: Callable[[bytes, str, str | None], Article]  # (data, content type, url) -> Article
    extensions: tuple[str, ...]
    media_types: tuple[str, ...] = ()


def _decoded(data: bytes, declared: list[str]) -> tuple[str, list[str]]:
    """Text with plain line ends, and the note on a guessed encoding."""
    text, note = decode_with(data, declared)
    if text is None:
        raise Unreadable("it is binary, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), [note] if note else []


def read_text(data: bytes, content_type: str, url: str | None) -> Article:
    """Plain text, with the same optional front matter as a ``.md`` file."""
    text, notes = _decoded(data, header_charsets(content_type))
    front, body, front_notes = split_front_matter(text)
    if any(front.values()):  # a `---` block of known fields, read as in a .md; any other `---` is text
        return Article(body, front, (*notes, *front_notes))
    return Article(text, {}, tuple(notes))


def read_markdown(data: bytes, content_type: str, url: str | None) -> Article:
    """Markdown: YAML front matter, then the text with its markup stripped."""
    text, notes = _decoded(data, header_charsets(content_type))
    meta, text, front_notes = split_front_matter(text)
    heading, text = markdown_to_text(text)
    meta["title"] = meta.get("title") or heading
    return Article(text, meta, (*notes, *front_notes))


def read_html(data: bytes, content_type: str, url: str | None) -> Article:
    """A web page: its article body and metadata (``webpage``)."""
    text, notes = _decoded(data, html_charsets(data, content_type))
    try:
        found = extract_html(text, url)
    except HTMLUnavailable as exc:
        raise Unreadable(str(exc)) from None
    if found is None:
        raise Unreadable("no article text found in the page")
    body = found.pop("text") or ""
    return Article(body, found, tuple(notes))


# Format -> its reader, the file extensions it reads, the media types it is served as.
READERS: dict[str, Reader] = {
    "text": Reader(read_text, (".txt", ".text")),
    "markdown": Reader(read_markdown, (".md", ".markdown"), ("text/markdown", "text/x-markdown")),
    "html": Reader(read_html, (".html", ".htm", ".xhtml"), ("text/html", "application/xhtml+xml")),
}


def is_article(path: Path) -> bool:
    """Whether a file found in a folder is an article: a reader reads its extension."""
    return any(path.suffix.lower() in reader.extensions for reader in READERS.values())


def kind_of(path: str | Path) -> str:
    """The format a file name (or URL path) calls for: by its extension, else plain text."""
    suffix = Path(str(path)).suffix.lower()
    return next((kind for kind, reader in READERS.items() if suffix in reader.extensions), "text")


def kind_of_media(media_type: str) -> str | None:
    """The format a server's media type names, if a reader reads it."""
    return next((kind for kind, reader in READERS.items() if media_type in reader.media_types), None)
