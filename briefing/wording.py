"""Wordings in their normal form, shared by every stage that compares text.

In: a wording as printed. Out: the same wording with quote marks, dashes and
spacing made uniform (``typographic``), its merge key (``normal``: lower-case
words only), its set of words, and whether it is long and specific enough
that two people are very unlikely to say it word for word (``substantive``),
whether two normal forms are one quote with a word or two edited
(``edited``), and the one place where two wordings otherwise the same word
for word differ (``swapped``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from .caches import per_build
from .data import words
from .decoding import CharMap
from .quotes import STRAIGHT

SUBSTANCE_WORDS = 8     # a quote this long with this many open-class words is merged
SUBSTANCE_CONTENT = 4   # across outlets whatever speaker each outlet's parse gave it
EDIT_WORDS = 2          # an outlet's edit of a quote replaces at most this many words at one place
EDIT_SPAN = 6           # and makes at most one edit per this many words of the quote
EDIT_PLACES = 2         # and at most this many in all
_TYPOGRAPHY_TABLE: dict[str, str | int | None] = {**STRAIGHT, "–": "-", "—": "-", "\u00ad": None}
_TYPOGRAPHY = CharMap(str.maketrans(_TYPOGRAPHY_TABLE))
STOP_WORDS = words("grammar", "stop_words")
# English closed-class words: what any speaker says; the rest of a wording is what makes it one person's.
FUNCTION_WORDS = STOP_WORDS | words("grammar", "function_words")
NAME_SUFFIXES = words("grammar", "name_suffixes")  # part of a person's name ("Jon Roe Jr." is not "Jon Roe"), never its surname
# Where a quote's sentences part, roughly: after ".", "!" or "?" and a space.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
Opcode = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]  # as difflib gives them


def unaccented(text: str) -> str:
    """``text`` without its accents ("Calderón" -> "Calderon"): outlets that
    print only ASCII drop them from names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_SPACE = re.compile(r"\s+")


def typographic(text: str) -> str:
    """``text`` with quote marks, dashes and spacing made uniform."""
    return _SPACE.sub(" ", _TYPOGRAPHY(unicodedata.normalize("NFKC", text))).strip()


_WORD = re.compile(r"[^\W_]+")


def as_printed(phrase: str, text: str) -> str:
    """A phrase of normal-form words (``normal``) as ``text`` prints it, in
    lower case: "fire chief's decision", "half-empty", "don't", not
    the normal form's "fire chief s decision"; the phrase itself
    when the text does not print its words side by side."""
    found = re.search(r"\b" + r"[\s'-]+".join(map(re.escape, phrase.split())) + r"\b", typographic(text).casefold())
    return _SPACE.sub(" ", found.group(0)) if found else phrase



@per_build
def normal(text: str) -> str:
    """The merge key: lower-case words only, brackets and punctuation gone."""
    # ASCII text has no curly marks, dashes, soft hyphens or compatibility
    # forms to make uniform, and spacing does not change its words: most
    # English text skips ``typographic``, a third of the time.
    folded = text.lower() if text.isascii() else typographic(text).casefold()
    return " ".join(_WORD.findall(folded))


# Bounded, and not per build: a set of a sentence's words costs about 2 KB,
# so 65,536 of them held 120 MB at 10,000 articles; merge asks for the same
# few wordings in turn (8,192 keep 92 % of the hits at 3,200 articles).
@lru_cache(maxsize=1 << 13)
def words_of(key: str) -> frozenset[str]:
    # Interned: the sets of a big build hold one copy of each word, not one
    # per set (half the memory of the cache at 800 articles).
    return frozenset(map(sys.intern, key.split()))


@per_build
def substantive(key: str) -> bool:
    """A wording long enough that two people are very unlikely to say it word
    for word: at least ``SUBSTANCE_WORDS`` words, ``SUBSTANCE_CONTENT`` of them
    open-class (not pronouns, auxiliaries, determiners, prepositions or
    conjunctions). "Thank you" or "We'll see what happens" is not."""
    words = key.split()
    return len(words) >= SUBSTANCE_WORDS and sum(len(w) > 1 and w not in FUNCTION_WORDS for w in words) >= SUBSTANCE_CONTENT


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’]*")


def titled(text: str) -> bool:
    """A quoted title, not someone's words: two or more words, each open-class
    one capitalised ("From Hope to Higher Ground", a book, a programme, a
    slogan), as the Chicago Manual of Style's headline case prints titles. An
    outlet that quotes it names a work; it does not quote its author."""
    found = _TITLE_WORD.findall(text)
    open_class = [w for w in found if w.casefold() not in FUNCTION_WORDS]
    return len(open_class) >= 2 and found[0][0].isupper() and all(w[0].isupper() for w in open_class)


def edit_places(size: int) -> int:
    """How many places an outlet may have edited in a quote of ``size``
    words and it still be the same quote (``edited``): one per
    ``EDIT_SPAN`` words, at most ``EDIT_PLACES``; none in a quote shorter
    than a quote of substance (two people may say it)."""
    return min(EDIT_PLACES, size // EDIT_SPAN) if size >= SUBSTANCE_WORDS else 0


def _places(short: Sequence[str], long: Sequence[str]) -> tuple[int, list[Opcode], list[Opcode]]:
    """Where two word sequences differ: how many places, the cuts (the
    shorter stops short or opens late) and the places where a word or two
    of one stands for a word or two of the other."""
    places = [op for op in SequenceMatcher(None, short, long, autojunk=False).get_opcodes() if op[0] != "equal"]
    cuts = [op for op in places if op[0] == "insert" and (op[1] == 0 or op[1] == len(short))]
    replaced = [op for op in places if op[0] == "replace" and max(op[2] - op[1], op[4] - op[3]) <= EDIT_WORDS]
    return len(places), cuts, replaced


def edited(a: str, b: str) -> bool:
    """Two normal forms are one quote that outlets edited a word or two of:
    aligned word by word, the rest identical and in order, they differ at
    at most ``edit_places`` places, each a word or two replaced by a word or two
    ("right" / "correct", "never" / "not once") with at least
    ``EDIT_WORDS`` words kept between two places; the shorter may also stop short or
    open late (a cut quote). A word added or dropped in the middle is
    another sentence. Whether the words replaced change a figure, a name or
    a negation is the caller's to judge."""
    short, long = sorted((a.split(), b.split()), key=len)
    places, cuts, replaced = _places(short, long)
    # Two places with fewer than EDIT_WORDS words kept between them are one
    # longer change ("in the spring" / "by the end").
    apart = all(second[1] - first[2] >= EDIT_WORDS for first, second in zip(replaced, replaced[1:]))
    return len(cuts) <= 1 and len(cuts) + len(replaced) == places and 0 < len(replaced) <= edit_places(len(short)) and apart


def swapped(a: Sequence[str], b: Sequence[str]) -> tuple[Sequence[str], Sequence[str], str] | None:
    """Two wordings (their words in order) the same word for word but at one
    place, where a word or two of one stands for a word or two of the other
    ("would hire 350" / "would cut 350"); one may stop short or open late,
    and a closed-class word may stand for another elsewhere ("add 40 buses
    to" / "remove 40 buses from"). Out: the words of ``a`` and of ``b``
    there, and the word before them (the same in both; "" at the start).
    None for any other pair."""
    flip = len(a) > len(b)
    short, long = (b, a) if flip else (a, b)
    places, cuts, replaced = _places(short, long)
    if len(cuts) > 1 or len(cuts) + len(replaced) != places or len(replaced) > EDIT_PLACES:
        return None
    changed = [op for op in replaced if not FUNCTION_WORDS.issuperset([*short[op[1] : op[2]], *long[op[3] : op[4]]])]
    if len(changed) != 1:
        return None
    _, i, j, k, m = changed[0]
    before = short[i - 1] if i else ""
    return (long[k:m], short[i:j], before) if flip else (short[i:j], long[k:m], before)
