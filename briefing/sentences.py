"""Sentences: a source's cleaned paragraphs in, ``Sentence`` records out.

Quotation marks are paired first, per paragraph (``quotes.quote_spans``), so
a sentence boundary is never placed inside a quotation: ``He said: “A. B.”``
is one sentence whose quotation the attribution stage splits further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon
from .data import words
from .model import Paragraph, Sentence, Span
from .quotes import QUOTE_MARKS, SINGLE_MARKS, quote_spans

ABBREVIATIONS = words("grammar", "abbreviations")  # after which a full stop does not end a sentence
_BOUNDARY = re.compile(f"[.!?…]+[{SINGLE_MARKS})\\]]*(?=\\s+[{QUOTE_MARKS}{SINGLE_MARKS}(\\[]?[A-Z0-9])")
# '"Why now?" Jo Roe asked.': the name and the verb of saying after a quoted
# question or exclamation are its attribution, not a new sentence.
_MARK_THEN_CAPITAL = re.compile(f"[{QUOTE_MARKS}]" + r"\s+[A-Z]")
_NAME_THEN_VERB = re.compile(f"[{QUOTE_MARKS}]" + r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}([a-z]+)\b")


_WORD_BEFORE_STOP = re.compile(r"([\w.]+)\.$")


def _abbreviation_before(text: str, end: int) -> bool:
    word = _WORD_BEFORE_STOP.search(text[max(0, end - 40) : end + 1])  # a window: long paragraphs stay linear
    if not word:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def boundaries(text: str, quotes: Sequence[Span] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, never cutting a quotation.

    A quotation that ends a sentence (``...heeded.” It comes``) ends it at
    its closing mark."""
    inside = [(q.start, q.end) for q in quotes]
    cuts: list[int] = []
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if any(start <= match.start() < stop for start, stop in inside):
            continue
        if text[match.start()] == "." and _abbreviation_before(text, match.start()):
            continue
        cuts.append(end)
    for _start, stop in inside:
        if stop < len(text) and text[stop - 1] in ".!?…" and _MARK_THEN_CAPITAL.match(text, stop):
            attributed = _NAME_THEN_VERB.match(text, stop)
            if not (text[stop - 1] in "?!" and attributed and attributed.group(1) in lexicon.language()["speech_verbs"]):
                cuts.append(stop + 1)
    spans = []
    begin = 0
    for cut in sorted(set(cuts)):
        if text[begin:cut].strip():
            spans.append((begin, cut))
        begin = cut
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return [_trim(text, s, e) for s, e in spans]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


RUN_ON = 3  # paragraphs without marks that a quotation opened before them may run through


def _quoted_through(marks: Sequence[tuple[tuple[Span, ...], bool, bool]]) -> set[int]:
    """Of paragraphs with these ``quote_spans``, those without a mark that
    lie inside a quotation running over several: one paragraph leaves a
    quotation open, a later one closes it with a lone closing mark, and the
    few between print none (a post or a letter set out line by line with
    its marks only at the ends)."""
    inside: set[int] = set()
    for at, (_, _, left_open) in enumerate(marks):
        if not left_open:
            continue
        end = at + 1
        while end < len(marks) and end - at <= RUN_ON and not marks[end][0]:
            end += 1
        if at + 1 < end < len(marks) and end - at <= RUN_ON + 1 and marks[end][1]:
            inside.update(range(at + 1, end))
    return inside


def split(paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """All sentences of one source, in order."""
    out: list[Sentence] = []
    marks = [quote_spans(p.text) for p in paragraphs]
    quoted = _quoted_through(marks)
    for at, paragraph in enumerate(paragraphs):
        text = paragraph.text
        spans = (Span(0, len(text), True),) if at in quoted else marks[at][0]
        for index, (start, end) in enumerate(boundaries(text, spans)):
            local = tuple(
                Span(max(s.start, start) - start, min(s.end, end) - start, True)
                for s in spans
                if s.start < end and s.end > start
            )
            out.append(
                Sentence(
                    source_id=paragraph.source_id,
                    paragraph=paragraph.index,
                    index=index,
                    text=text[start:end],
                    quotes=local,
                )
            )
    return tuple(out)
