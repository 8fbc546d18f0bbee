"""Quotation marks and how they pair: the one place every stage reads them from.

In: a paragraph's text. Out: its quoted stretches (``quote_spans``), the text
with them blanked out (``outside_quotes``), and the mark sets the other stages
use to strip a quotation's edges or to recognise where one opens or closes.

Every mark a language prints is listed here once; the regular expressions
elsewhere are built from these strings. A mark opens or closes by the
characters around it (a space before, a letter after: it opens), so the same
mark may open in one language and close in another (“ opens in English and
closes German „…“); ``OPENING`` and ``CLOSING`` settle only the marks the
context leaves undecided (``"quoted"`` in the middle of a word run).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .model import Span

QUOTE_MARKS = "\"“”„‟«»"  # the double marks: English “…”, German „…“ and »…«, French and Swiss «…»
OPENING = "“„‟«"  # marks read as opening when the characters around them do not tell
CLOSING = "”»"  # marks read as closing, likewise
SINGLE_MARKS = "'‘’‚‛‹›"  # single marks, apostrophes too: only ever stripped at a quotation's edges
SINGLE_OPENING = SINGLE_MARKS.replace("’", "")  # "’" before a word is far more often an apostrophe ("’90s")
# A straight mark for each curly one: how wordings are compared across outlets.
STRAIGHT = {**dict.fromkeys(QUOTE_MARKS, '"'), **dict.fromkeys(SINGLE_MARKS, "'")}
_MARK = re.compile(f"[{QUOTE_MARKS}]")
_OPENS_BEFORE = "([—–-/"  # characters after which a mark opens
_CLOSES_BEFORE = ".,;:!?)]—–-'’"  # characters before which a mark closes

# A transcript line: "ORTIZ: You're the chief executive." (a speaker's name in
# capitals, a colon, their words with no quotation marks).
TRANSCRIPT = re.compile(r"^(?P<label>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}):\s+(?=\S)")


def _role(text: str, i: int) -> str:
    """open, close or either, from the mark and the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in _OPENS_BEFORE) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE):
        return "close"
    if text[i] in OPENING:
        return "open"
    if text[i] in CLOSING:
        return "close"
    return "either"


def _outer_marks(text: str, marks: list[int]) -> list[int]:
    """The marks of the outer quotations where a quotation is set inside
    another with the same double marks ('“They call it a “temporary” fix.”'):
    only when every mark reads as opening or closing and they nest without a
    stray one; otherwise ``marks`` as they are, paired in order."""
    depth, outer = 0, []
    for i in marks:
        role = _role(text, i)
        if role == "either":
            return marks
        depth += 1 if role == "open" else -1
        if depth < 0:
            return marks
        if (role == "open" and depth == 1) or (role == "close" and depth == 0):
            outer.append(i)
    return outer if depth == 0 else marks


def quote_spans(text: str) -> tuple[tuple[Span, ...], bool, bool]:
    """Quoted stretches of a paragraph, whether its first quotation was
    opened before it began, and whether its last one is left open.

    Unbalanced marks never raise: an unclosed quotation runs to the end of
    the paragraph (the news convention for a quote that goes on in the next
    paragraph), and a lone closing mark closes a quotation opened before it."""
    marks = [m.start() for m in _MARK.finditer(text)]
    transcript = TRANSCRIPT.match(text)
    if transcript and not marks and len(transcript.group("label")) > 2:
        return (Span(transcript.end(), len(text), True),), False, False
    spans: list[Span] = []
    opened_before = False
    if len(marks) % 2 and _role(text, marks[0]) == "close":
        # A lone closing mark first: the quotation began before this text.
        spans.append(Span(0, marks[0], True))
        opened_before = True
        marks = marks[1:]
    left_open = False
    marks = _outer_marks(text, marks)
    for start, end in zip(marks[0::2], marks[1::2]):
        spans.append(Span(start + 1, end, True))
    if len(marks) % 2:
        spans.append(Span(marks[-1] + 1, len(text), True))
        left_open = True
    return tuple(s for s in spans if s.end > s.start), opened_before, left_open


_SINGLE_OPENS_AFTER = " ([—–-/:"  # characters after which a single mark may open a quotation
_SINGLE_CLOSES_AFTER = ",.!?"  # a quoted sentence's own end before the mark: surely a closing one
_SINGLE_CLOSES_BEFORE = ".,;:!?)—–-"


def single_quoted(paragraphs: Sequence[str]) -> list[str]:
    """An article that quotes with single marks, as many British outlets
    print ('We will appeal,' she said; a quote inside one in double marks),
    with its marks swapped to the American style (“We will appeal,” she
    said; ‘…’ inside), so that every stage reads its quotations as it reads
    “…”. An article that prints a double mark outside a single-marked
    quotation quotes with double marks: it keeps its single marks as they are
    (quotes inside quotes, a nickname, the marks of a quotation that runs
    over paragraphs), and so does every apostrophe."""
    pairs = [_single_pairs(p) if any(mark in p for mark in SINGLE_MARKS) else [] for p in paragraphs]
    for text, found in zip(paragraphs, pairs):
        if any(not any(start < m.start() < end for start, end in found) for m in _MARK.finditer(text)):
            return list(paragraphs)
    return [_swapped(text, found) if found else text for text, found in zip(paragraphs, pairs)]


def _single_pairs(text: str) -> list[tuple[int, int]]:
    """Where single-marked quotations open and close. A single mark opens a
    quotation before a letter, at the paragraph's start or after a space, a
    bracket, a dash or a colon; one closes it after a letter or a quoted
    sentence's own end (",.!?") and before a space, the end or punctuation.
    Each opening mark pairs with the first closing mark before the next
    opening one that follows a quoted sentence's end, else with the first
    closing mark: in "'It's the drivers' money,' he said" the plural
    possessive does not close it. A mark left unpaired is no quotation's."""
    opens, closes = [], []
    for i, mark in enumerate(text):
        if mark not in SINGLE_MARKS:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if mark in SINGLE_OPENING and before in _SINGLE_OPENS_AFTER and after.isalpha():
            opens.append(i)
        elif (before.isalpha() or before in _SINGLE_CLOSES_AFTER) and (after.isspace() or after in _SINGLE_CLOSES_BEFORE):
            closes.append(i)
    pairs = []
    for n, start in enumerate(opens):
        limit = opens[n + 1] if n + 1 < len(opens) else len(text)
        inside = [i for i in closes if start < i < limit]
        ends = [i for i in inside if text[i - 1] in _SINGLE_CLOSES_AFTER] or inside
        if ends:
            pairs.append((start, ends[0]))
    return pairs


def _swapped(text: str, pairs: Sequence[tuple[int, int]]) -> str:
    """The single-marked quotations in double marks, and the double marks
    inside them in single ones; the words unchanged."""
    chars = list(text)
    for start, end in pairs:
        chars[start], chars[end] = "“", "”"
    for m in _MARK.finditer(text):
        chars[m.start()] = "‘" if not m.start() or text[m.start() - 1] in _SINGLE_OPENS_AFTER else "’"
    return "".join(chars)


# Kept for the sentences read last: the stages ask it of one sentence several
# times in a row (its speaker, a question put to someone, the topic it goes
# on with, its kind), and finding the quotations was a tenth of attribution.
@lru_cache(maxsize=1 << 12)
def outside_quotes(text: str) -> str:
    """``text`` with every quotation (marks included) blanked out: the words
    the outlet wrote in its own voice."""
    spans, _, _ = quote_spans(text)
    out: list[str] = []
    cursor = 0  # blanked up to here; the spans come in order and may touch once widened to their marks
    for span in spans:
        start, end = max(span.start - 1, cursor), min(span.end + 1, len(text))
        if end > start:
            out += (text[cursor:start], " " * (end - start))
            cursor = end
    return "".join(out) + text[cursor:] if out else text
