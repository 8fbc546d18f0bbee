"""Text filters the templates use: source text in, text safe to lay out out.

``markdown_escape`` makes source text inert in Markdown, ``inner_quotes``
turns a quote within a quote to single marks, ``url_parts`` cuts a URL where
a line may break, and ``web_link`` decides which URLs become links.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# Markdown escaping: only what a CommonMark/GFM renderer would misread, so a
# wiki editor reads the raw file as text (a hyphen inside a word, an
# underscore in a file name, a bracket in running prose stay as they are).
_MD_INLINE = re.compile(
    r"[`*|]"  # code spans, emphasis (never pairing with the templates' own * and `), table cells
    r"|\\(?=[!-/:-@\[-`{-~]|$)"  # a backslash that would escape what follows
    r"|(?<![^\W_])_|_(?![^\W_])"  # an underscore that could open or close emphasis (not one inside a word)
    r"|\](?=[(\[:])"  # the end of a link text: [text](url), [text][ref], [ref]: url
    r"|\[(?=\^|\[|[Ss]\d+\])"  # a footnote, a wiki link [[...]], or one of the briefing's own source links (any case)
)
_MD_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))")
_MD_HTML = re.compile(r"<(?=[A-Za-z/!?])|&(?=#?\w+;)")  # a tag, an autolink, an entity
_MD_BRACKET = re.compile(r"(?<!\\)[\[\]]")  # a bracket not escaped yet
_MD_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")
_WEB_URL = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)
_URL_PART = re.compile(r"[^/?&#]*/|[?&#][^/?&#]*|[^/?&#]+")  # a URL's path cut where a line may break


def markdown_escape(text: object, link_text: bool = False) -> str:
    """Source text made inert in Markdown, on one line: no emphasis, link,
    heading, list, table cell or raw HTML can come out of it. ``link_text``:
    the text goes between a link's brackets, so every bracket is escaped."""
    value = " ".join(("" if text is None else str(text)).split())
    value = _MD_HTML.sub(lambda m: "&lt;" if m.group() == "<" else "&amp;", value)
    value = _MD_INLINE.sub(lambda m: "\\" + m.group(), value)
    if link_text:
        value = _MD_BRACKET.sub(r"\\\g<0>", value)
    for mark in "~$":  # strikethrough and maths need two of the same mark
        if value.count(mark) > 1:
            value = value.replace(mark, "\\" + mark)
    value = _MD_LINE_START.sub(lambda m: m.group() + "\\" if m.group()[0].isdigit() else "\\" + m.group(), value)
    return _MD_CLOSING_HASHES.sub(r"\\\1", value)  # a closing # run would be dropped from a heading


def web_link(url: str | None) -> str | None:
    """``url`` as a link target when it is an http(s) URL, percent-encoding
    only what a Markdown or HTML link could not carry (spaces, <, >, quotes,
    backslashes, backticks, control and format characters such as
    bidirectional overrides); the rest, non-ASCII letters included, stays as
    written. None for anything else (``javascript:``, ``file:``,
    ``data:``...), which is then shown as text."""
    value = (url or "").strip()
    if not _WEB_URL.match(value):
        return None
    return "".join(quote(c, safe="") if c in '<>"\\`' or unicodedata.category(c)[0] in "CZ" else c for c in value)


def inner_quotes(text: object) -> str:
    """A quotation shown inside the briefing's own double marks, with the
    double marks in it turned single (‘ ’ within “ ”), as typesetting does
    for a quote within a quote. Only when they pair up; the words, and the
    text in briefing.json, are unchanged."""
    value = "" if text is None else str(text)
    straight = value.count('"')
    if straight % 2 or value.count("“") != value.count("”"):
        return value
    parts = value.split('"')
    value = "".join(p + ("‘" if i % 2 == 0 else "’") for i, p in enumerate(parts[:-1])) + parts[-1]
    return value.replace("“", "‘").replace("”", "’")


def url_parts(url: str) -> tuple[str, ...]:
    """A URL cut where a line may break: after the host and after each /,
    and before ?, & and #, so a long one wraps between its parts and never
    inside "https://"."""
    head, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    pieces = _URL_PART.findall(path)
    return (head + sep + host + slash, *pieces) if sep else (url,)


def lead(text: str) -> str:
    """``text`` to begin a line, heading or cell: its first letter upper case
    ("the port authority:" -> "The port authority:"), as English starts a
    sentence; the rest as the sources print it."""
    return text[:1].upper() + text[1:]
