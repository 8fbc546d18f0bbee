"""Warning and error lines: a name or message in, text fit for one line of
a terminal out.

* ``display`` escapes control and bidirectional characters (``\\x1b``,
  ``\\u202e``) and replaces undecodable bytes, so a file name or a page's
  text cannot move the cursor, run escape sequences or read reversed.
* ``one_line`` folds a message onto one line: a warning is always one line.
* ``strerror`` is what an error says in a warning: the system's words
  for an ``OSError``, else the error itself.
* ``counted`` is a count with its noun, plural unless one.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional marks, embeddings,
# overrides and isolates: on a terminal they can move the cursor, run
# escape sequences or show a line reversed.
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def display(name: object) -> str:
    """Text fit for one line of a terminal: control and bidirectional
    characters shown escaped (``\\x1b``, ``\\u202e``), undecodable bytes
    replaced."""
    try:
        text = str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that is not an undecodable byte
        text = str(name).encode("utf-8", "backslashreplace").decode("utf-8")
    return _TERMINAL_UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    named = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(char)
    return named or (f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}")


def one_line(message: str) -> str:
    return " ".join(message.splitlines())


def strerror(exc: BaseException) -> str:
    """The system's words for an error (``No such file or directory``), or
    the error's own message."""
    return str(getattr(exc, "strerror", None) or exc)


def excerpt(text: str, size: int) -> str:
    """Text fit for one line, cut to ``size`` characters with an ellipsis:
    whitespace, control and line-separator characters flattened to spaces."""
    flat = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\s]+", " ", text).strip()
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one: "1 source", "3 sources"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
