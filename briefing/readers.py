"""Readers: input paths and URLs in, ``Source`` records and warnings out.

A reader is chosen by the input's extension: ``.txt`` (plain text, with the
same optional front matter as ``.md``),
``.md`` / ``.markdown`` (optional YAML front matter with title, outlet, url,
date, author) and ``.html`` / ``.htm`` (a saved web page: the article body
and its metadata are extracted with trafilatura, navigation, adverts,
related links, captions and scripts left out). A URL (on the command line or
in a ``--urls`` list, one a line) is fetched by ``fetch`` (timeout, size
limit, local cache) and read by the reader its content type calls for.

Folders are walked recursively in a stable (sorted) order; hidden files and
the spec are skipped. Bad input never raises: it becomes one warning line,
``NAME: reason``, and the build goes on. A file that was read but needed a
guess (an encoding other than UTF-8, an over-long line left out) is kept,
with one line that says so.

trafilatura is imported only when an HTML page is read, so a build from
text files does not pay for it.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import fetch
from .clean import normalise_text, split_paragraphs
from .model import Source
from .sentences import QUOTE_MARKS, quote_spans

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
ARTICLE_EXTENSIONS = TEXT_EXTENSIONS + MARKDOWN_EXTENSIONS + HTML_EXTENSIONS
SPEC_NAME = "briefing.toml"
MAX_BYTES = 5 * 1024 * 1024
MAX_LINE = 50_000          # characters; no article paragraph is this long
MAX_URL_LIST = 1024 * 1024  # bytes of a --urls file


@dataclass(frozen=True)
class Loaded:
    """What reading the inputs gave: usable sources and one line per problem."""

    sources: tuple[Source, ...]
    warnings: tuple[str, ...]


def display(name: object) -> str:
    """A file name or URL fit for one line of a warning: control characters
    shown escaped, undecodable bytes replaced."""
    text = str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        text = "".join(ch if ord(ch) >= 32 and ord(ch) != 127 else repr(ch)[1:-1] for ch in text)
    return text


def _one_line(message: str) -> str:
    return " ".join(message.splitlines())


def expand(paths: Iterable[str], pattern: str | None = None) -> tuple[list[Path], list[str]]:
    """Turn the command line's paths into article files, in a stable order."""
    files: list[Path] = []
    warnings: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
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
                    warnings.append(f"{display(raw)}: no articles found in this folder")
                files.extend(found)
            elif path.is_file():
                files.append(path)
            elif path.exists():
                warnings.append(f"{display(raw)}: skipped, not a regular file or folder")
            else:
                warnings.append(f"{display(raw)}: no such file or folder")
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            warnings.append(_one_line(f"{display(raw)}: skipped, cannot be listed ({reason})"))
    return files, warnings


# --------------------------------------------------------------------------- encodings

_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                    "us-ascii": "cp1252", "iso8859-1": "cp1252", "windows-1252": "cp1252"}


def _codec(name: str) -> str | None:
    """Python's name for a declared charset, or None when it is unknown."""
    name = name.strip().strip("\"'").lower()
    name = _BROWSER_ALIASES.get(name, name)  # as browsers do: latin-1 pages are really cp1252
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\n\r\t\f")


def decode_with(data: bytes, declared: Sequence[str] = ()) -> tuple[str | None, str | None]:
    """Bytes to text, and a note when the encoding was a guess.

    BOMs are honoured; then a declared charset (HTTP header, HTML meta);
    then UTF-8, with cp1252 then latin-1 as fallbacks. (None, None) for data
    that is plainly not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "read as UTF-16 (it starts with a byte-order mark)"
        except UnicodeDecodeError:
            return None, None
    if b"\x00" in data:
        return None, None
    text: str | None = None
    note = None
    if not data.startswith(codecs.BOM_UTF8):
        for name in declared:
            codec = _codec(name)
            if codec is None or codec.startswith(("utf-16", "utf-32")):
                continue
            try:
                text = data.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        for encoding, label in (("utf-8-sig", None), ("cp1252", "Windows-1252 / Latin-1"), ("latin-1", "Latin-1")):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if label:
                note = f"not UTF-8, read as {label}"
            break
    assert text is not None  # latin-1 decodes any bytes
    controls = len(text) - len(text.translate(_CONTROLS))
    if controls > max(8, len(text) // 100):
        return None, None
    return text, note


def decode(data: bytes) -> str | None:
    """Bytes to text: BOMs honoured, UTF-8 preferred, cp1252 then latin-1 as
    fallbacks. None for data that is plainly not text."""
    return decode_with(data)[0]


# --------------------------------------------------------------------------- Markdown

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


# --------------------------------------------------------------------------- HTML

# Elements that are never article text.
_DROP_TAGS = frozenset(
    "script style noscript template nav aside figcaption iframe form button select textarea "
    "svg canvas video audio object embed dialog menu".split()
)
# First words of class and id values that mark page furniture.
_DROP_WORDS = frozenset(
    """ad ads adv advert adverts advertisement advertisements advertising advertorial adsbygoogle dfp
    gpt sponsor sponsored sponsors promo promos promoted promotion promotions related recommended
    recommendations outbrain taboola newsletter newsletters signup subscribe subscription share shares
    sharing sharebar social caption captions breadcrumb breadcrumbs cookie cookies consent paywall
    comments nav navbar navigation menu sidebar footer masthead popup modal trending
    mostread most-read""".split()
)
_DROP_ROLES = frozenset("navigation complementary search dialog alertdialog contentinfo".split())
_KEEP_TAGS = frozenset("html head body main article".split())
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


class HTMLUnavailable(RuntimeError):
    """trafilatura (or lxml_html_clean, which it needs) is not installed."""


def _trafilatura():
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - an installation problem
        raise HTMLUnavailable(
            f"reading HTML needs trafilatura and lxml_html_clean (pip install trafilatura lxml_html_clean): {exc}"
        ) from None
    return trafilatura


def _furniture(element) -> bool:
    """An element that is plainly page furniture by its tag, role, class,
    id or hidden state."""
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower().rpartition("}")[2]
    if tag in _KEEP_TAGS:
        return False
    if tag in _DROP_TAGS:
        return True
    get = element.get
    if (get("role") or "").strip().lower() in _DROP_ROLES:
        return True
    if get("hidden") is not None or (get("aria-hidden") or "").strip().lower() == "true":
        return True
    if _HIDDEN_STYLE.search(get("style") or ""):
        return True
    for value in (get("class") or "", get("id") or ""):
        for token in value.split():
            words = [w for w in _WORD_SPLIT.split(token) if w]
            if token.lower() in _DROP_WORDS or (words and words[0].lower() in _DROP_WORDS):
                return True
    return False


def prune(tree) -> int:
    """Take page furniture out of an lxml HTML tree in place; returns how many
    elements went. An element that holds the article (an ``<article>`` or
    ``<main>``, or more than half the page's text) is never taken out."""
    body = tree.find(".//body")
    total = len(body.text_content()) if body is not None else 0
    doomed: list = []
    gone: set = set()  # lxml keeps one proxy per node while it is referenced, so identity holds
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _furniture(element):
            continue
        if any(a in gone for a in element.iterancestors()):
            continue
        if element.find(".//article") is not None or element.find(".//main") is not None:
            continue
        code = element.tag.lower() in ("script", "style", "noscript", "template")
        if not code and total > 500 and len(element.text_content()) * 2 > total:
            continue
        doomed.append(element)
        gone.add(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail and element.tail.strip():  # the text after the element stays
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
    return len(doomed)


def html_charsets(data: bytes, content_type: str = "") -> list[str]:
    """Charsets a page declares: the HTTP header's first, then its own meta."""
    found = []
    header = _HEADER_CHARSET.search(content_type or "")
    if header:
        found.append(header.group(1))
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        found.append(meta.group(1).decode("ascii", "replace"))
    return found


def extract_html(html: str, url: str | None = None) -> dict[str, str | None] | None:
    """The article in a page: ``text`` (one paragraph a line), ``title``,
    ``outlet``, ``author``, ``date``, ``url`` (canonical); None when the page
    holds no article text. Raises ``HTMLUnavailable`` without trafilatura."""
    trafilatura = _trafilatura()
    html = html.lstrip("\ufeff")
    tree = trafilatura.load_html(html)
    if tree is None or len(tree) < 1:  # a fragment without <html>: give it one
        tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        return None
    prune(tree)
    result = trafilatura.extract(
        tree,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
    )
    if not result:
        return None
    data = json.loads(result)
    text = data.get("text") or ""
    if not text.strip():
        return None

    def field(key: str) -> str | None:
        value = data.get(key)
        return " ".join(str(value).split()) or None if value else None

    return {
        "text": text,
        "title": field("title"),
        "outlet": field("source-hostname") or field("hostname"),
        "author": field("author"),
        "date": field("date"),
        "url": field("source") or url,
    }


# --------------------------------------------------------------------------- one input


def _long_lines(text: str) -> tuple[str, int, int]:
    """``text`` without its lines over MAX_LINE characters; how many went and
    the longest one's length."""
    lines = text.split("\n")
    long = [len(line) for line in lines if len(line) > MAX_LINE]
    if not long:
        return text, 0, 0
    return "\n".join(line for line in lines if len(line) <= MAX_LINE), len(long), max(long)


def unpaired_quotes(text: str) -> list[str]:
    """Where quotation marks do not pair up: a quotation left open that the
    next paragraph does not carry on (the news convention for a quote over
    several paragraphs), or a closing mark with nothing open before it. One
    short excerpt for each, from the mark on."""
    paragraphs = split_paragraphs(normalise_text(text))
    found: list[str] = []
    previous_open: str | None = None
    for paragraph in paragraphs:
        spans, opened_before, left_open = quote_spans(paragraph)
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
    declared = html_charsets(data, content_type) if kind == "html" else _HEADER_CHARSET.findall(content_type or "")
    text, note = decode_with(data, declared)
    if text is None:
        return None, f"{label}: skipped, it is binary, not text"
    notes = [note] if note else []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str | None] = {}
    if kind == "markdown":
        meta, text = split_front_matter(text)
        heading, text = markdown_to_text(text)
        meta["title"] = meta.get("title") or heading
    elif kind == "text":
        front, body = split_front_matter(text)
        if any(front.values()):  # a `---` block of known fields, read as in a .md; any other `---` is text
            meta, text = front, body
    elif kind == "html":
        try:
            article = extract_html(text, url)
        except HTMLUnavailable as exc:
            return None, _one_line(f"{label}: skipped, {exc}")
        if article is None:
            return None, f"{label}: skipped, no article text found in the page"
        text = article.pop("text") or ""
        meta = article
    text, dropped, longest = _long_lines(text)
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
    return source, _one_line(f"{label}: {'; '.join(notes)}") if notes else None


def kind_of(path: str | Path) -> str:
    """The reader a file name (or URL path) calls for."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in HTML_EXTENSIONS:
        return "html"
    return "text"


def read_file(path: Path, source_id: str) -> tuple[Source | None, str | None]:
    """One file to a Source (or None), and at most one warning line: why it
    was skipped, or what was guessed in reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, f"{display(path)}: skipped, {size:,} bytes is over the {MAX_BYTES:,}-byte limit"
        data = path.read_bytes()
    except OSError as exc:
        return None, _one_line(f"{display(path)}: skipped, cannot be read ({exc.strerror or exc})")
    return read_bytes(data, path.name, source_id, kind_of(path), label=str(path))


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")
_LOOKS_HTML = re.compile(rb"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.I | re.S)


def url_kind(fetched: fetch.Fetched) -> str | None:
    """The reader for a fetched page: by content type, then by the URL's
    extension and the bytes themselves; None for what is not an article."""
    mime = fetched.content_type.split(";")[0].strip().lower()
    if mime in _HTML_TYPES:
        return "html"
    if mime in _MARKDOWN_TYPES:
        return "markdown"
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
    timeout: float = fetch.TIMEOUT,
) -> tuple[Source | None, str | None]:
    """One URL to a Source (``path`` is the URL exactly as given), and at
    most one warning line."""
    label = display(url)
    try:
        fetched = fetch.fetch(url, cache_dir=cache_dir, refresh=refresh, timeout=timeout, max_bytes=MAX_BYTES)
    except fetch.FetchError as exc:
        return None, _one_line(f"{label}: {exc}")
    kind = url_kind(fetched)
    if kind is None:
        mime = fetched.content_type.split(";")[0].strip()
        return None, _one_line(f"{label}: skipped, the server sent {mime}, not an article page")
    source, message = read_bytes(fetched.data, url, source_id, kind, content_type=fetched.content_type,
                                 url=fetched.final_url)
    if fetched.note:
        message = f"{message}; {fetched.note}" if message else f"{label}: {fetched.note}"
    return source, message and _one_line(message)


def read_url_list(path: str | Path) -> tuple[list[str], list[str]]:
    """The URLs in a list file, one a line (blank lines and ``#`` comments
    skipped), and a warning per line that is not a URL."""
    label = display(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_URL_LIST + 1)
    except OSError as exc:
        return [], [_one_line(f"{label}: the URL list cannot be read ({exc.strerror or exc})")]
    if len(data) > MAX_URL_LIST:
        return [], [f"{label}: the URL list is over the {MAX_URL_LIST:,}-byte limit"]
    text = decode(data)
    if text is None:
        return [], [f"{label}: the URL list is binary, not text"]
    urls: list[str] = []
    warnings: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if fetch.is_url(entry):
            urls.append(entry)
        else:
            warnings.append(f"{label}:{number}: skipped, {display(entry)!r} is not a URL (one http or https URL a line)")
    if not urls and not warnings:
        warnings.append(f"{label}: the URL list has no URLs")
    return urls, warnings


def load(
    paths: Iterable[str],
    pattern: str | None = None,
    *,
    url_list: str | Path | None = None,
    refresh: bool = False,
    cache_dir: Path | None = None,
    timeout: float = fetch.TIMEOUT,
) -> Loaded:
    """Read every input (files, folders, URLs, then the URLs of ``url_list``);
    ids are given to usable sources in input order."""
    inputs: list[Path | str] = []
    warnings: list[str] = []
    for raw in paths:
        if fetch.is_url(raw):
            inputs.append(raw)
        else:
            files, problems = expand([raw], pattern)
            inputs.extend(files)
            warnings.extend(problems)
    if url_list is not None:
        urls, problems = read_url_list(url_list)
        inputs.extend(urls)
        warnings.extend(problems)
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
                source, message = read_file(item, source_id)
        except Exception as exc:  # a reader bug must not end the build: the input is skipped
            source, message = None, _one_line(f"{display(item)}: skipped, it could not be read ({type(exc).__name__}: {exc})")
        if message:
            warnings.append(message)
        if source is not None:
            sources.append(source)
    return Loaded(tuple(sources), tuple(warnings))
