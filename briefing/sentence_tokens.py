"""Tokens: one ``Sentence`` in, its words and punctuation after any
dateline out, each quotation one token (what ``mentions``, ``saying``,
``subjects`` and ``roles`` read).

A ``Token`` keeps its text as printed and where it stands in the sentence,
with its bare and lower-case forms worked out once; ``bare`` strips a
possessive ending from a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .caches import per_word
from .model import Sentence
from .not_names import POSTAL_STATES, STATE_NAMES, STATES, dateline_end

# An abbreviation keeps its last full stop, as printed: "U.S.", "F.B.I.", and an
# initial before a name ("Jo Q. Roe"); other words end on a letter or digit.
_TOKEN = re.compile(
    r"(?:[^\W_]\.){2,}(?![\w'’\-])|[A-Z]\.(?=\s+[A-Z])|[^\W_][\w'’.\-@]*(?:\w|(?<=s)['’](?!\w))|[^\W_]|[,:;()—–]|--?(?=\s)"
)
# A hyphen or two set off by spaces, as plain text prints a dash ("Roe - a
# pollster - said"), is read as the dash it stands for.
_ASCII_DASHES = frozenset({"-", "--"})
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_END = re.compile(r"\w['’]s$|s['’]$")
# A token that is a word, not punctuation nor a quotation (``WORD.match(text)``,
# compiled once: ``re.match(r"\w", text)`` looks the pattern up each time).
WORD = re.compile(r"\w")
_new_tuple = tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark, or a whole quotation (``quote`` >= 0).

    bare: without a possessive ending or a final full stop; low: bare,
    lower-case; capital: a word (not a quotation) that begins with a
    capital letter. Worked out once in ``make``: the parser asks for them
    many times. A named tuple, not a dataclass: a big story makes millions
    of tokens, and a frozen dataclass takes about four times as long to
    make (each field set through ``object.__setattr__``)."""

    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation this token stands for, else -1
    bare: str = ""
    low: str = ""
    possessive: bool = False
    capital: bool = False

    @classmethod
    def make(cls, text: str, start: int, end: int, quote: int = -1) -> Token:
        bare, low, possessive, capital = _forms(text)
        # tuple.__new__, not cls(...): the named tuple's own __new__ is a Python function around it
        return _new_tuple(cls, (text, start, end, quote, bare, low, possessive, quote < 0 and capital))

    @property
    def printed(self) -> str:
        """The word as printed, without a possessive ending: "Q." stays "Q."."""
        return _POSSESSIVE.sub("", self.text) if self.possessive else self.text


def _forms(text: str) -> tuple[str, str, bool, bool]:
    """``text``'s bare and lower-case forms, whether it is possessive, and
    whether it begins with a capital letter."""
    # Only a word with an apostrophe can be possessive: the search is skipped for the rest.
    possessive = ("'" in text or "’" in text) and _POSSESSIVE_END.search(text) is not None
    bare = _POSSESSIVE.sub("", text) if possessive else text.rstrip(".")
    return bare, bare.lower(), possessive, text[:1].isupper()


@per_word
def _word_fields(word: str) -> tuple[int, str, str, bool, bool]:
    """The fields of a word's ``Token`` after its text and place (``quote``
    -1 and its forms), worked out once for each spelling: most words of a
    story recur in sentence after sentence (working them out for every
    token was half the time ``tokens`` took)."""
    return (-1, *_forms(word))


def tokens(sentence: Sentence) -> list[Token]:
    """Words and punctuation outside quotations, after any dateline; each
    quotation is one token."""
    out: list[Token] = []
    text = sentence.text
    cursor = dateline_end(text)
    cursor = 0 if any(q.start < cursor for q in sentence.quotes) else cursor
    for index, span in enumerate(sentence.quotes):
        out += _words(text, cursor, span.start)
        out.append(Token.make(text[span.start:span.end], span.start, span.end, index))
        cursor = span.end
    return out + _words(text, cursor, len(text))


def _words(text: str, begin: int, end: int) -> list[Token]:
    """The words and punctuation of ``text[begin:end]``. No pattern of
    ``_TOKEN`` looks behind its match's start, so searching from ``begin``
    finds what searching the slice finds, with offsets into ``text``; each
    token begins with a letter, a digit or a mark of punctuation, never a
    quotation mark.

    The words come from ``findall`` (no match object per word: ``finditer``
    took twice as long) and each one's place is the next place its text is
    printed from the end of the one before: ``_TOKEN`` matches at any
    letter, digit or such mark, so between two tokens there is none, and a
    token's text cannot begin there."""
    out = []
    find = text.find
    at = begin
    for word in _TOKEN.findall(text, begin, end):
        at = find(word, at)
        after = at + len(word)
        read = "—" if word in _ASCII_DASHES else word
        out.append(_new_tuple(Token, (read, at, after, *_word_fields(read))))
        at = after
    return out


def bare(word: str) -> str:
    """A word without its possessive ending: "Brook’s" -> "Brook"."""
    return _POSSESSIVE.sub("", word)


def either_apostrophe(words: Iterable[str]) -> frozenset[str]:
    """Words as a token's ``low`` may print them, with a straight or a
    curly apostrophe: "wouldn't", "wouldn’t"."""
    return frozenset(word.replace("'", mark) for word in words for mark in "'’")


def towns_state(toks: Sequence[Token], i: int) -> bool:
    """"Astoria, Ore.", "Dover, Delaware": a state set off by
    a comma after a capitalised word is the state of the town before it (AP
    dateline style), never a person's name."""
    state = toks[i].bare
    return (
        i >= 2 and toks[i - 1].text == "," and toks[i - 2].capital and not toks[i - 2].possessive
        and (state in STATES or state in STATE_NAMES or state in POSTAL_STATES)
    )


def before_state(toks: Sequence[Token], i: int, text: str) -> bool:
    """"Astoria, Ore.", "Selwick, DC": a capitalised word set off before a
    state's abbreviation (``towns_state``) is the town, a place, never a
    person's name. An abbreviation only, as printed: AP's or a traditional
    one with its full stop, or a USPS code in capitals. A state spelled out
    may be a given name ("Roe, Georgia Trell and ..."), and so may an
    abbreviation's letters without the stop ("Roe, Mo Trell and ...").
    ``text`` is the sentence the tokens were read from."""
    if i + 2 >= len(toks) or toks[i + 1].text != ",":
        return False
    state = toks[i + 2]
    stop = state.text.endswith(".") or text[state.end:state.end + 1] == "."  # "N.H." keeps its stop, "Ore." prints it after
    return (state.bare in STATES and stop or state.text in POSTAL_STATES) and towns_state(toks, i + 2)
