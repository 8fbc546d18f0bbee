"""Sentences: a source's cleaned paragraphs in, ``Sentence`` records out.

Quotation marks are paired first, per paragraph, so a sentence boundary is
never placed inside a quotation: ``He said: “A. B.”`` is one sentence whose
quotation the attribution stage splits further. Unbalanced marks never
raise: an unclosed quotation runs to the end of its paragraph (the news
convention for a quote that goes on in the next paragraph), and a lone
closing mark closes a quotation opened at the paragraph's start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon
from .model import Paragraph, Sentence, Span

QUOTE_MARKS = "\"“”„«»‟"
_MARK = re.compile(f"[{QUOTE_MARKS}]")
_OPENING = "“„«‟"
_CLOSING = "”»"
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof st sen rep gov gen col capt lt sgt det insp supt cllr rev hon
    jr sr no nos vs v etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft u.s u.k e.g i.e a.m p.m""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+['’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
# '"Why now?" Jo Roe asked.': the name and the verb of saying after a quoted
# question or exclamation are its attribution, not a new sentence.
_NAME_THEN_VERB = re.compile(r"[\"”»]\s+(?:[A-Z][\w.'’-]*\s+){1,4}([a-z]+)\b")


def _role(text: str, i: int) -> str:
    """open, close or either, from the mark and the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-'’"):
        return "close"
    if text[i] in _OPENING:
        return "open"
    if text[i] in _CLOSING:
        return "close"
    return "either"


# A transcript line: "ORTIZ: You're the chief executive." (a speaker's name in
# capitals, a colon, their words with no quotation marks).
TRANSCRIPT = re.compile(r"^(?P<label>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}):\s+(?=\S)")


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
    opened before it began, and whether its last one is left open."""
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


def _abbreviation_before(text: str, end: int) -> bool:
    word = re.search(r"([\w.]+)\.$", text[max(0, end - 40) : end + 1])  # a window: long paragraphs stay linear
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
        if stop < len(text) and text[stop - 1] in ".!?…" and re.match(r"[\"”»]\s+[A-Z]", text[stop:]):
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


def split(paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """All sentences of one source, in order."""
    out: list[Sentence] = []
    previous_left_open = False
    for paragraph in paragraphs:
        text = paragraph.text
        spans, opened_before, left_open = quote_spans(text)
        starts_with_mark = text[:1] in QUOTE_MARKS
        continues = previous_left_open and (starts_with_mark or opened_before)
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
                    continues_quote=continues and index == 0,
                    leaves_quote_open=left_open and end >= len(text.rstrip()),
                )
            )
        previous_left_open = left_open
    return tuple(out)


def outside_quotes(text: str) -> str:
    """``text`` with every quotation (marks included) blanked out: the words
    the outlet wrote in its own voice."""
    spans, _, _ = quote_spans(text)
    chars = list(text)
    for span in spans:
        for i in range(max(span.start - 1, 0), min(span.end + 1, len(text))):
            chars[i] = " "
    return "".join(chars)
