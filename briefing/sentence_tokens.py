"""Tokens: one ``Sentence`` in, its words and punctuation after any
dateline out, each quotation one token (what ``mentions``, ``saying``,
``subjects`` and ``roles`` read).

A ``Token`` keeps its text as printed and where it stands in the sentence,
with its bare and lower-case forms worked out once; ``bare`` strips a
possessive ending from a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Sentence
from .not_names import dateline_end
from .quotes import QUOTE_MARKS, SINGLE_MARKS

# An abbreviation keeps its last full stop, as printed: "U.S.", "F.B.I.", and an
# initial before a name ("Jo Q. Roe"); other words end on a letter or digit.
_TOKEN = re.compile(
    r"(?:[^\W_]\.){2,}(?![\w'’\-])|[A-Z]\.(?=\s+[A-Z])|[^\W_][\w'’.\-@]*(?:\w|(?<=s)['’](?!\w))|[^\W_]|[,:;()—–]"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_END = re.compile(r"\w['’]s$|s['’]$")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark, or a whole quotation (``quote`` >= 0).

    bare: without a possessive ending or a final full stop; low: bare, lower-case.
    Worked out once in ``make``: the parser asks for them many times."""

    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation this token stands for, else -1
    bare: str = ""
    low: str = ""
    possessive: bool = False

    @classmethod
    def make(cls, text: str, start: int, end: int, quote: int = -1) -> Token:
        possessive = bool(_POSSESSIVE_END.search(text))
        bare = _POSSESSIVE.sub("", text) if possessive else text.rstrip(".")
        return cls(text, start, end, quote, bare, bare.lower(), possessive)

    @property
    def printed(self) -> str:
        """The word as printed, without a possessive ending: "Q." stays "Q."."""
        return _POSSESSIVE.sub("", self.text) if self.possessive else self.text

    @property
    def capital(self) -> bool:
        return self.quote < 0 and self.text[:1].isupper()


def tokens(sentence: Sentence) -> list[Token]:
    """Words and punctuation outside quotations, after any dateline; each
    quotation is one token."""
    out: list[Token] = []
    text = sentence.text
    cursor = dateline_end(text)
    cursor = 0 if any(q.start < cursor for q in sentence.quotes) else cursor
    for index, span in enumerate(sentence.quotes):
        out.extend(Token.make(m.group(0), cursor + m.start(), cursor + m.end()) for m in _TOKEN.finditer(text[cursor:span.start]))
        out.append(Token.make(text[span.start:span.end], span.start, span.end, index))
        cursor = span.end
    out.extend(Token.make(m.group(0), cursor + m.start(), cursor + m.end()) for m in _TOKEN.finditer(text[cursor:]))
    return [t for t in out if t.quote >= 0 or t.text.strip(QUOTE_MARKS + SINGLE_MARKS)]


def bare(word: str) -> str:
    """A word without its possessive ending: "Brook’s" -> "Brook"."""
    return _POSSESSIVE.sub("", word) if re.search(r"['’]s?$", word) else word
