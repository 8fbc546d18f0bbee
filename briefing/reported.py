"""Reported speech in one sentence: where what someone is reported to have
said begins or ends, and the outlet's own frame around it.

In: a sentence's text. Out: the words the outlet wrote in its own voice
(``outlet_wording``: "X angrily complained that", not what followed), cut
at the cue attribution reads as the sentence's (``saying.speaker_of``), and
whether a verb of saying puts the quotation after it in someone's mouth
(``said_before``). ``neutrality`` counts an outlet's loaded words in these
only. The verbs of saying are ``data/en/reporting.toml``'s.
"""

from __future__ import annotations

import re

from .data import words
from .mention_words import Mention
from .model import Kind, Sentence
from .quotes import QUOTE_MARKS, quote_spans
from .saying import speaker_of
from .saying_verbs import saying_form
from .sentence_tokens import tokens

_LETTERS = re.compile(r"[A-Za-z]+")
_CLAUSE_END = re.compile(r"[.;!?]")


def said_before(text: str, start: int) -> bool:
    """A verb or participle of saying (``saying_form``) in the last 40
    characters of the clause before ``start`` ("describing the repairs as
    “far too slow”", "adding that it was “money well spent”"): the quoted
    words after it are that speaker's."""
    window = text[max(0, start - 60) : start]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    return any(len(clause) - m.end() <= 40 and saying_form(m.group(0).lower()) for m in _LETTERS.finditer(clause))


# What a verb of saying may take before its "that" or colon: "X warned
# reporters on Monday that ...".
_THAT_AFTER = re.compile(r"(?:\s+(?!that\b)[\w'’,-]+){0,6}?\s*(?:\bthat\b|:)")
# A closing attribution is a comment clause, never joined on by a
# conjunction nor a relative clause (", which they describe as ...").
_NOT_CLOSING = sorted(words("grammar", "sentence_coordinators") | words("grammar", "subordinators") | words("grammar", "relative_pronouns"))
_CLOSING = re.compile(rf",[{QUOTE_MARKS}]?\s+(?!(?:{'|'.join(_NOT_CLOSING)})\b)")
_SAID = frozenset({"said", "say", "says", "saying"})  # take what was said with no "that"
CLOSING_CLAUSE = 60  # characters: the speaker of a closing attribution, and each clause after its verb


def _cue(text: str) -> Mention | None:
    """The speaker a sentence names by a cue of saying (``saying.speaker_of``,
    as attribution reads it), with where that cue begins; None when none does."""
    found = speaker_of(tokens(Sentence("", 0, 0, text, quote_spans(text)[0])))
    return found if found is not None and found.cue >= 0 else None


def _attribution_after(text: str, speaker: Mention, verb: re.Match[str]) -> tuple[int, int] | None:
    """The span of an attribution set after what it reports: a closing one
    (", Jo Roe said on Friday.", ", said Jo Roe, who chairs the guild."),
    the last clause or two, 60 characters or fewer each, with no "that" or
    colon after the verb; or one set inside the sentence between commas
    ("The levy, Jo Roe said, is ..."). The speaker and the cue are in it,
    after its comma; a speaker named before the comma is the subject of
    the sentence, not of such a clause ("Jo Roe, who ..., thanked the board")."""
    commas = [m for m in _CLOSING.finditer(text, 0, verb.start()) if verb.start() - m.end() <= CLOSING_CLAUSE]
    if not commas or "," in text[commas[-1].end() : verb.start()] or speaker.text.lower() not in text[commas[-1].end() :].lower():
        return None
    start, rest = commas[-1].start(), text[verb.end() :]
    if rest.lstrip().startswith(","):  # set inside: what follows is reported too
        return start, text.index(",", verb.end()) + 1
    if len(rest.split(",")) > 2 or any(len(clause) > CLOSING_CLAUSE for clause in rest.split(",")) or _THAT_AFTER.match(text, verb.end()):
        return None
    return start, len(text)


def _content_start(text: str, verb: re.Match[str]) -> int | None:
    """Where what the speaker is reported to have said begins after the
    cue: past "according to X,", past the verb and its "that" or colon, or
    right after "said" ("Jo Roe said the levy ..."); None after a verb with
    an object of the outlet's ("Jo Roe slammed the levy")."""
    low = verb.group(0).lower()
    if low == "according":
        comma = text.find(",", verb.end())
        return comma + 1 if comma >= 0 else None
    that = _THAT_AFTER.match(text, verb.end()) if saying_form(low) else None
    return that.end() if that else verb.end() if low in _SAID else None


def outlet_wording(text: str, kind: Kind) -> str:
    """The outlet's own words in a sentence: in reported speech, the frame
    that names the speaker and the verb ("X angrily complained that"), not
    what the speaker is reported to have said, which is theirs as a quote
    is; all of any other sentence."""
    if kind != "statement":
        return text
    speaker = _cue(text)
    verb = _LETTERS.match(text, speaker.cue) if speaker is not None else None
    if speaker is None or verb is None:
        return text
    after = _attribution_after(text, speaker, verb)
    if after is not None:
        return text[after[0] : after[1]]
    return text[: _content_start(text, verb)]
