"""Decoding: an input's bytes in; its text, or None for what is plainly not
text, and a note when the encoding was a guess, out.

* ``decode_with``: byte-order marks first, then the charsets the input
  declares (``header_charsets`` from an HTTP header, ``html_charsets`` adds
  a page's meta tag), then UTF-8, with cp1252 then latin-1 as fallbacks.
  Data with NUL bytes or many control characters is binary, not text.
* ``remove_not_text``: control characters and bidirectional overrides out
  of text that was read.
* ``drop_long_lines``: lines over ``MAX_LINE`` characters left out, with
  how many went.
* ``CharMap``: a ``str.translate`` table that skips texts holding none of
  its characters (also used by ``clean`` and ``wording``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping, Sequence

MAX_LINE = 50_000  # characters; no article paragraph is this long

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)

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


class CharMap:
    """``str.translate`` with ``table``, called only on a text that holds
    one of its characters: ``translate`` with a dict looks every character
    up in Python (about 0.5 ms for a 3 KB article), while the search for one
    of them runs in C, some twenty times faster, and most texts hold none."""

    def __init__(self, table: Mapping[int, str | int | None]) -> None:
        self.table = table
        self._found = re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]")

    def __call__(self, text: str) -> str:
        return text.translate(self.table) if self._found.search(text) else text


_CONTROLS = CharMap(dict.fromkeys(c for c in range(32) if chr(c) not in "\n\r\t\f"))

# Not text, removed when an article is read: control characters other than
# tab, line breaks and form feed (an escape sequence would run when the
# Markdown is shown on a terminal), and the bidirectional embeddings,
# overrides and isolates, which would reorder what follows them in the
# outputs (a citation or block id shown reversed). The marks (LRM, RLM, ALM)
# do no such harm.
_NOT_TEXT = CharMap({**_CONTROLS.table, **dict.fromkeys([*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)])})


def remove_not_text(text: str) -> str:
    """``text`` without the characters that are not text (``_NOT_TEXT``)."""
    return _NOT_TEXT(text)


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
    controls = len(text) - len(_CONTROLS(text))
    if controls > max(8, len(text) // 100):
        return None, None
    return text, note


def decode(data: bytes) -> str | None:
    """Bytes to text: BOMs honoured, UTF-8 preferred, cp1252 then latin-1 as
    fallbacks. None for data that is plainly not text."""
    return decode_with(data)[0]


def header_charsets(content_type: str) -> list[str]:
    """Charsets an HTTP ``Content-Type`` header declares."""
    return _HEADER_CHARSET.findall(content_type or "")


def html_charsets(data: bytes, content_type: str = "") -> list[str]:
    """Charsets a page declares: the HTTP header's first, then its own meta."""
    found = header_charsets(content_type)[:1]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        found.append(meta.group(1).decode("ascii", "replace"))
    return found


def drop_long_lines(text: str) -> tuple[str, int, int]:
    """``text`` without its lines over MAX_LINE characters; how many went and
    the longest one's length."""
    lines = text.split("\n")
    long = [len(line) for line in lines if len(line) > MAX_LINE]
    if not long:
        return text, 0, 0
    return "\n".join(line for line in lines if len(line) <= MAX_LINE), len(long), max(long)
