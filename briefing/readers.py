"""Readers: input paths and URLs in, ``Source`` records and warnings out.

``load`` is the entry point the pipeline calls. It expands the command
line's paths and ``--urls`` list into files and URLs (``inputs``), reads
each file (size limit, regular files only) or fetches each URL (``fetch``:
timeout, size limit, local cache), and turns the bytes into a ``Source``
with the reader the input calls for (``read_bytes``; the readers and the
extensions and media types they read are the table ``input_formats.READERS``):

* ``text`` (``.txt``): plain text, with the same optional front matter as
  a ``.md`` file;
* ``markdown`` (``.md`` / ``.markdown``): YAML front matter (title,
  outlet, url, date, author) and the Markdown stripped (``markdown``);
* ``html`` (``.html`` / ``.htm``, or a URL whose content type or bytes
  say so): the article body and its metadata (``webpage``).

The bytes are decoded by ``decoding`` (declared charsets, UTF-8, fallbacks;
binary refused; control characters and bidirectional overrides removed;
over-long lines left out). Bad input never raises: it becomes one warning
line, ``NAME: reason``, and the build goes on. A file that was read but
needed a guess (an encoding other than UTF-8, an over-long line left out,
quotation marks that do not pair up) is kept, with one line that says so.
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .clean import normalise_text, split_paragraphs
from .decoding import MAX_LINE, drop_long_lines, remove_not_text
from .files import MAX_BYTES, NotRegular, TooLarge, read_regular
from .input_formats import READERS, Unreadable, kind_of, kind_of_media
from .inputs import expand, is_url, read_url_list
from .mapping import Map, in_order
from .messages import display, one_line, strerror
from .model import Source
from .quotes import QUOTE_MARKS, quote_spans

if TYPE_CHECKING:
    from .fetch import Fetched


@dataclass(frozen=True)
class Loaded:
    """What reading the inputs gave: usable sources and one line per problem."""

    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


def unpaired_quotes(text: str) -> list[str]:
    """Where quotation marks do not pair up: a quotation left open that the
    next paragraph does not carry on (the news convention for a quote over
    several paragraphs), or a closing mark with nothing open before it. One
    short excerpt for each, from the mark on."""
    paragraphs = split_paragraphs(normalise_text(text))
    found: list[str] = []
    previous_open: str | None = None
    for paragraph in paragraphs:
        # A paragraph with no mark neither opens, carries on nor closes a quotation.
        spans, opened_before, left_open = quote_spans(paragraph) if any(mark in paragraph for mark in QUOTE_MARKS) else ((), False, False)
        carries_on = paragraph[:1] in QUOTE_MARKS or opened_before
        if previous_open is not None and not carries_on:
            found.append(previous_open)
        if opened_before and previous_open is None:
            found.append(paragraph[: spans[0].end + 1] if spans else paragraph)
        previous_open = paragraph[spans[-1].start - 1:] if left_open and spans else None
    if previous_open is not None:
        found.append(previous_open)
    return found


def _excerpt(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def read_bytes(
    data: bytes,
    name: str,
    source_id: str,
    kind: str,
    *,
    label: str | None = None,
    content_type: str = "",
    url: str | None = None,
) -> tuple[Source | None, str | None]:
    """Bytes already read to a Source. ``kind`` is ``text``, ``markdown`` or
    ``html``; ``name`` is what ``Source.path`` carries (a file's name, a URL
    as given), ``label`` what warnings call the input (default: ``name``).
    Returns the Source (or None) and at most one warning line."""
    label = display(label if label is not None else name)
    if not data.strip():
        return None, f"{label}: skipped, it is empty"
    try:
        article = READERS[kind].read(data, content_type, url)
    except Unreadable as exc:
        return None, one_line(f"{label}: skipped, {exc}")
    text, meta, notes = article.text, article.meta, list(article.notes)
    # after extraction: entities (&#x202e;) and YAML escapes ("\u202e") are characters only now
    text = remove_not_text(text)
    # A value is one line as the briefing prints it: a title or outlet typed with a double space or a
    # line break ("Council  backs plan") is shown with single spaces.
    meta = {key: value and " ".join(remove_not_text(value).split()) for key, value in meta.items()}
    text, dropped, longest = drop_long_lines(text)
    limit = f"over the {MAX_LINE:,}-character limit for a paragraph"
    if not text.strip():
        if dropped:
            return None, f"{label}: skipped, its text is one line of {longest:,} characters, {limit}"
        return None, f"{label}: skipped, it is empty"
    if dropped:
        what = "a line" if dropped == 1 else f"{dropped} lines"
        notes.append(f"{what} of up to {longest:,} characters left out, {limit}")
    unpaired = unpaired_quotes(text)
    if unpaired:
        what = "a quotation mark does" if len(unpaired) == 1 else f"{len(unpaired)} quotation marks do"
        notes.append(
            f"{what} not pair up (first at {_excerpt(unpaired[0])!r}); "
            "an unclosed quotation is read to the end of its paragraph"
        )
    source = Source(
        id=source_id,
        path=display(name),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        date=meta.get("date"),
        url=meta.get("url") or url,
        author=meta.get("author"),
    )
    return source, one_line(f"{label}: {'; '.join(notes)}") if notes else None


def short_names(paths: Sequence[Path]) -> list[str]:
    """Each file by the shortest end of its path that no other file's path
    ends with ("story.md" alone; "a/story.md" and "b/story.md" when two
    folders hold a "story.md"), so a spec's ``[[sources]]`` entry names one
    file. Parts are joined with "/" on every system."""
    parts = [path.absolute().parts for path in paths]
    ends: Counter[tuple[str, ...]] = Counter(p[-n:] for p in set(parts) for n in range(1, len(p) + 1))
    names = []
    for p in parts:
        n = next((n for n in range(1, len(p)) if ends[p[-n:]] == 1), len(p))
        names.append("/".join(p[-n:]))
    return names


def read_file(path: Path, source_id: str, name: str | None = None) -> tuple[Source | None, str | None]:
    """One file to a Source (or None), and at most one warning line: why it
    was skipped, or what was guessed in reading it. ``name`` is the path the
    source carries (the file's name when not given)."""
    try:
        data = read_regular(path, MAX_BYTES)  # the file may have changed since the folder was listed
    except NotRegular:
        return None, f"{display(path)}: skipped, not a regular file or folder"
    except TooLarge as exc:
        return None, f"{display(path)}: skipped, {exc.size:,} bytes is over the {MAX_BYTES:,}-byte limit"
    except OSError as exc:
        return None, one_line(f"{display(path)}: skipped, cannot be read ({strerror(exc)})")
    if _OWN_OUTPUT.search(data[:4096]):
        return None, f"{display(path)}: skipped, a briefing that briefing wrote (its output is never read as an article)"
    return read_bytes(data, name or path.name, source_id, kind_of(path), label=str(path))


# The generator line of briefing's own Markdown and HTML (an output folder
# inside the input folder, or a briefing saved among the articles, would
# otherwise come back as a source that repeats every quote).
_OWN_OUTPUT = re.compile(rb'\A\s*<!-- generator: briefing \S+ -->|<meta name="generator" content="briefing \S+">')


_LOOKS_HTML = re.compile(rb"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I | re.S)


def url_kind(fetched: Fetched) -> str | None:
    """The reader for a fetched page: by content type, then by the URL's
    extension and the bytes themselves; None for what is not an article."""
    mime = fetched.media_type.lower()
    by_type = kind_of_media(mime)
    if by_type:
        return by_type
    if mime and not mime.startswith("text/"):
        return None
    by_name = kind_of(urllib.parse.urlsplit(fetched.final_url).path)
    if by_name != "text":
        return by_name
    return "html" if _LOOKS_HTML.match(fetched.data[:4096]) else "text"


def read_url(
    url: str,
    source_id: str,
    *,
    cache_dir: Path | None = None,
    refresh: bool = False,
    timeout: float | None = None,
) -> tuple[Source | None, str | None]:
    """One URL to a Source (``path`` is the URL exactly as given), and at
    most one warning line."""
    from . import fetch  # the network modules (http.client, ssl) are loaded only when a URL is read

    label = display(url)
    try:
        fetched = fetch.fetch(url, cache_dir=cache_dir, refresh=refresh, timeout=timeout, max_bytes=MAX_BYTES)
    except fetch.FetchError as exc:
        return None, one_line(f"{label}: {exc}")
    kind = url_kind(fetched)
    if kind is None:
        return None, one_line(f"{label}: skipped, the server sent {fetched.media_type}, not an article page")
    source, message = read_bytes(fetched.data, url, source_id, kind, content_type=fetched.content_type,
                                 url=fetched.final_url)
    if fetched.note:
        message = f"{message}; {fetched.note}" if message else f"{label}: {fetched.note}"
    return source, message and one_line(message)


def load(
    paths: Iterable[str],
    pattern: str | None = None,
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
    timeout: float | None = None,
    listed: Callable[[int], None] = lambda inputs: None,
    each: Map = in_order,
) -> Loaded:
    """Read every input (files, folders, URLs, then the URLs of ``url_list``);
    ids are given to usable sources in input order. ``listed(n)`` hears how
    many inputs there are before any is read; ``each`` maps the reading of
    the files (the build's process pool for many; URLs are fetched here,
    one after another, through the cache)."""
    inputs: list[Path | str] = []
    warnings: list[str] = []
    for raw in paths:
        if is_url(raw):
            inputs.append(raw)
        else:
            files, problems = expand([raw], pattern)
            inputs.extend(files)
            warnings.extend(problems)
    if url_list is not None:
        urls, problems = read_url_list(url_list)
        inputs.extend(urls)
        warnings.extend(problems)
    listed(len(inputs))
    files = [item for item in inputs if isinstance(item, Path)]
    read = dict(zip(files, each(_read_listed, list(zip(files, short_names(files))))))
    sources: list[Source] = []
    seen_urls: set[str] = set()
    for item in inputs:
        source_id = f"S{len(sources) + 1}"
        try:
            if isinstance(item, str):
                if item in seen_urls:
                    warnings.append(f"{display(item)}: skipped, the same URL is given twice")
                    continue
                seen_urls.add(item)
                source, message = read_url(item, source_id, cache_dir=cache_dir, refresh=refresh, timeout=timeout)
            else:
                source, message = read[item]
                source = replace(source, id=source_id) if source else None
        except Exception as exc:  # a reader bug must not end the build: the input is skipped
            source, message = None, _could_not_read(item, exc)
        if message:
            warnings.append(message)
        if source is not None:
            sources.append(source)
    return Loaded(tuple(sources), tuple(warnings))


def _read_listed(item: tuple[Path, str]) -> tuple[Source | None, str | None]:
    """A listed file and the name it goes by, read (``read_file``); its id
    is given once all are read, as it counts the usable sources before it."""
    path, name = item
    try:
        return read_file(path, "", name)
    except Exception as exc:  # a reader bug must not end the build: the input is skipped
        return None, _could_not_read(path, exc)


def _could_not_read(item: Path | str, exc: Exception) -> str:
    return one_line(f"{display(item)}: skipped, it could not be read ({type(exc).__name__}: {exc})")
