"""How a quotation's frame names its speaker, read from one sentence and
its neighbours: ``Parsed`` sentences in, a name, a speaker or a yes/no out.

'Kasich resisted: "..."' and '"...," Roe shot back' print who spoke with no
verb of saying (``framing_name``); a reaction before a bare quotation
introduces its speaker (``introduced``); '"Is it?" Roe asked.' is a short
sentence that only names who spoke the quotation before it
(``attribution_tail``); 'Roe was asked: "..."' puts the question to Roe
(``put_to``). ``speakers.Article`` decides what each means for the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .mention_words import SPEECH, Parsed
from .quotes import QUOTE_MARKS, outside_quotes
from .resolver import matches_after

FRAME_WORDS = 4  # '"...," an angry Jo Roe replied': the name within this many words after the quotation


def framing_name(p: Parsed, subject: str | None) -> str | None:
    """The person named in the frame of a direct quotation that no verb of
    saying attributes: the name just before a colon that opens it ("Jo Roe:
    ...", "And Jo Roe gloated: ...", the first of two: "More from Roe and
    Ray: ..."; else the sentence's subject, "Roe
    apologized for it: ..."), or the name right after a quotation that opens
    the sentence ('"...," Roe shot back', '"...!" beamed Jo Roe'), or the
    subject of a sentence that leads into it after a comma ("Roe went on to
    say, ..."). Whatever the verb, that frame is how English prints who spoke."""
    if not p.direct:
        return None
    text = p.sentence.text
    first = next((q for q in p.sentence.quotes if text[q.start:q.end] == p.direct[0]), None)
    if first is None:
        return None
    before, after = text[: first.start].strip().rstrip(QUOTE_MARKS).strip(), text[first.end :]
    if before.endswith(":"):
        words = before[:-1].split()[-5:]  # "Jo Roe and Bo Ray:"
        return next((n for n in p.names if n.split()[-1] in words), subject)  # "Roe and Ray:" is Roe's, as "Roe and Ray said" is
    if not before and subject and subject.split()[-1] in re.findall(r"\w[\w'’-]*", after)[:FRAME_WORDS]:
        return subject
    return subject if before.endswith(",") else None


def introduced(parsed: Sequence[Parsed], index: int, person: Callable[[str], str]) -> str | None:
    """'Roe was not convinced. "It will never pay."': a quotation with no
    speaker of its own after a sentence of the same paragraph that opens on
    a person and says nothing (a reaction) is that person's."""
    before = parsed[index - 1] if index else None
    if before is None or before.speaker is not None or before.sentence.quotes or not before.subject:
        return None
    if before.sentence.paragraph != parsed[index].sentence.paragraph:
        return None
    who = person(before.subject)
    # A lone capitalised word no one was named by before ("Born abroad, ...") is no person.
    known = len(before.subject.split()) > 1 or any(person(n) == who for q in parsed[: index - 1] for n in q.names)
    return who if known and before.subject.split()[0] in before.sentence.text.split()[:4] else None


def attribution_tail(quote: Parsed, after: Parsed) -> bool:
    """'"Is it?" Jane Roe asked.': a short sentence of the same paragraph,
    with no quotation, that only names who spoke the quotation before it."""
    text = after.sentence.text
    return (
        after.sentence.paragraph == quote.sentence.paragraph
        and not after.sentence.quotes
        and len(text.split()) <= 8
        and quote.sentence.text.rstrip()[-1:] in QUOTE_MARKS
        and text.rstrip()[-1:] == "."
    )


# The patterns that follow a name are compiled once and matched after each
# place it is printed (``matches_after``): a pattern per name overflowed re's
# cache of 512 and was compiled again for almost every sentence of a big build.
_ASKED = re.compile(r"\s+(?:is|are|was|were|has been|have been|had been|being|got|gets)\s+(?:\w+ly\s+|also\s+|then\s+|again\s+)?asked\b")


def put_to(p: Parsed, words: str | None) -> bool:
    """'Roe was asked: "..."', "Roe was asked whether ...": ``words`` (that
    name the speaker, or the subject) are the subject of a passive "asked"
    with no other verb of saying after it ("... and said it would stay" is
    Roe's answer)."""
    if not words:
        return False
    text = outside_quotes(p.sentence.text)
    found = next(matches_after(words, _ASKED, text), None)
    return found is not None and not any(w in SPEECH for w in re.findall(r"[a-z]+", text[found.end():]))
