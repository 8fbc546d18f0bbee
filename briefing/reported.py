"""Reported speech in one sentence: where what someone is reported to have
said begins or ends, and the outlet's own frame around it.

In: a sentence's text. Out: the words the outlet wrote in its own voice
(``outlet_wording``: "X angrily complained that", not what followed), and
whether a verb of saying puts the quotation after it in someone's mouth
(``said_before``). ``neutrality`` counts an outlet's loaded words in these
only. The verbs of saying are ``data/en/reporting.toml``'s.
"""

from __future__ import annotations

import re
from typing import cast

from . import lexicon
from .model import Kind
from .quotes import QUOTE_MARKS

_LANGUAGE = lexicon.language()
# Verbs of saying, and with them their participles: looked up word by word
# in sets (one alternation of all of them costs a build's start-up more).
_SAYING = _LANGUAGE["speech_verbs"] | _LANGUAGE["more_speech_verbs"]
_SAYING_OR_PARTICIPLE = _SAYING | _LANGUAGE["speech_participles"] | _LANGUAGE["more_speech_participles"]
_LETTERS = re.compile(r"[A-Za-z]+")
_CLAUSE_END = re.compile(r"[.;!?]")


def said_before(text: str, start: int) -> bool:
    """A verb or participle of saying (``_saying_form``) in the last 40
    characters of the clause before ``start`` ("describing the repairs as
    “far too slow”", "adding that it was “money well spent”"): the quoted
    words after it are that speaker's."""
    window = text[max(0, start - 60) : start]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    return any(len(clause) - m.end() <= 40 and _saying_form(m.group(0).lower()) for m in _LETTERS.finditer(clause))


def _saying_form(low: str) -> bool:
    """A verb or participle of saying, or the -ing form of any verb of
    saying ("yelling" of "yelled", "replying" of "replied")."""
    if low in _SAYING_OR_PARTICIPLE:
        return True
    stem = low[:-3] if low.endswith("ing") else ""
    return len(stem) > 2 and (stem + "ed" in _SAYING or (stem.endswith("y") and stem[:-1] + "ied" in _SAYING))


# Where reported speech begins: after a verb of saying and "that" or a colon
# ("X warned reporters on Monday that ..."), after "said" ("X said the ..."),
# after "According to X,"; or where it ends, before a closing attribution
# (", X said." / ", said X, the ...").
_THAT_AFTER = re.compile(r"(?:\s+(?!that\b)[\w'’,-]+){0,6}?\s*(?:\bthat\b|:)")
_SAID_AFTER = re.compile(r"\b(?:said|says)\s|^\W*[Aa]ccording to [^,]{1,80},")
# A closing attribution is a comment clause, never joined on by "and" or
# "but"; only "said" goes before its speaker (", said Jo Roe").
_CLOSING = re.compile(rf",[{QUOTE_MARKS}]?\s+(?!(?:and|but|or)\b)")
_SAID_FIRST = re.compile(r"(?:said|says)\s[^,]{1,60}$")


def _content_after(text: str) -> tuple[int, int] | None:
    """The first cue that reported speech follows: (where it starts, where the speech begins)."""
    found = [(m.start(), m.end()) for m in [_SAID_AFTER.search(text)] if m]
    verb = next((m for m in _LETTERS.finditer(text) if m.group(0) in _SAYING and _THAT_AFTER.match(text, m.end())), None)
    if verb:
        found.append((verb.start(), cast(re.Match[str], _THAT_AFTER.match(text, verb.end())).end()))
    return min(found, key=lambda at: (at[0], -at[1])) if found else None


def _closing_attribution(text: str) -> int | None:
    """Where a closing attribution starts (its comma): the last clause or
    two, of 60 characters or fewer each, either "said" and its speaker or a
    speaker and a verb of saying. The speaker holds no verb of saying
    (", thanked Ms Orr for her remarks" closes none)."""
    for comma in _CLOSING.finditer(text):
        first, _, rest = text[comma.end() :].partition(",")
        if "," in rest or len(rest) > 60:
            continue
        if _SAID_FIRST.match(first):
            return comma.start()
        verbs = [m for m in _LETTERS.finditer(first) if m.group(0) in _SAYING and m.start() >= 2 and first[m.start() - 1].isspace()]
        fits = [m for m in verbs if m.start() - 1 <= 60 and len(first) - m.end() <= 60]
        if fits:
            return None if any(w.group(0) in _SAYING for w in _LETTERS.finditer(first, 0, fits[0].start())) else comma.start()
    return None


def outlet_wording(text: str, kind: Kind) -> str:
    """The outlet's own words in a sentence: in reported speech, the frame
    that names the speaker and the verb ("X angrily complained that"), not
    what the speaker is reported to have said, which is theirs as a quote
    is; all of any other sentence."""
    if kind != "statement":
        return text
    after, before = _content_after(text), _closing_attribution(text)
    if after and not (before is not None and before < after[0]):  # the cue that comes first
        return text[: after[1]]
    return text[before:] if before is not None else text
