"""Claims beside a quote: the reported speech a sentence with a direct quote
carries outside its marks.

``claims_beside`` takes one ``Sentence`` with its quotations and returns two
texts or None: the claim reported before the quote ("Roe said the fund was
empty but added, '...'") and the one after it ('"...," Roe said, citing the
cost.'). Attribution turns each into a statement of the quote's speaker.
"""

from __future__ import annotations

import re

from .data import words
from .mention_words import PREPOSITIONS, RELATIVES
from .model import Sentence
from .quotes import QUOTE_MARKS, SINGLE_OPENING
from .saying_verbs import PARTICIPLE_CUES, REPORTING

# What attaches a further claim, outside the marks, after a quote: '"...,"
# Roe said, citing the cost.', '..., Roe said, who said the fund was empty.',
# '..., Roe said, before adding that the fund was "nearly empty."': a
# participle of saying (the supplementive clause's subject is the main
# clause's, Quirk et al. 1985, 15.58), or "calling" (what the speaker
# called someone, in the same words), which may quote fragments of its own
# but not open a quotation ('..., adding, "..."' is a second quote).
_AFTER_PARTICIPLES = "|".join(sorted(PARTICIPLE_CUES | {"calling"}))
_AFTER_QUOTE = re.compile(
    r",\s+(?:(?:before|while)\s+)?((?:(?:also|again|then|not even)\s+)?(?:" + _AFTER_PARTICIPLES + r"|"
    r"who\s+(?:also\s+)?(?:said|says|added))\b(?![\s,:]*[" + QUOTE_MARKS + SINGLE_OPENING + r"])[^:]+)$"
)
# What hands over from a reported claim to the quote that follows it: "Roe
# said the fund was empty but added, '...'", "... and said: '...'".
_HANDOVER = re.compile(
    r"(?:,?\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:added|said|says|continued|went on)|,\s+(?:adding|saying))"
    r"\s*[,:]?\s*$|\s*:\s*$"
)
# '"...," Roe said, but she also said the fund was "nearly empty."', '...,
# though she added that ...': a further claim of the same speaker (a
# pronoun points back to them) in a clause joined by a conjunction or a
# concessive subordinator, which may quote fragments of its own.
_ALSO_SAID = re.compile(
    r",\s+(?:but|and|though|although)\s+((?:he|she)\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\s+(?![,:" + QUOTE_MARKS + SINGLE_OPENING + r"])\S.*)$"
)
MIN_CLAIM_WORDS = 4  # "Roe said:" introduces a quote; "Roe said the fund was empty:" also claims
# A claim set off before an inverted attribution of a few words that ends
# on its verb: "The fund is empty, Roe said, adding, '...'".
_INVERTED = re.compile(r"^(.+),\s+(?:[^,\s]+\s+){1,5}([^,\s]+)$")
SUBORDINATORS = words("grammar", "subordinators")


def claims_beside(sentence: Sentence, said_by: str | None = None) -> tuple[str | None, str | None]:
    """Reported speech that a sentence with a direct quote carries outside
    its marks: a claim before the quote ("Roe said the fund was empty but
    added, '...'") and one after it ('"...," Roe said, citing the cost.',
    '"...," Roe said, but she also said ...'); None where there is none.
    ``said_by`` is the speaker as the sentence prints them ("Roe", "she")."""
    text = sentence.text
    if not sentence.quotes:
        return None, None
    prefix = text[: sentence.quotes[0].start].rstrip().rstrip(QUOTE_MARKS + SINGLE_OPENING)
    before = None
    handover = _HANDOVER.search(prefix)
    if handover and not any(mark in prefix for mark in QUOTE_MARKS):
        claim = prefix[: handover.start()].strip()
        before = claim if _claims(claim, said_by, colon=handover.group().strip() == ":") else None
    after = _after_quote(sentence)
    if after:
        return before, after
    also = _ALSO_SAID.search(text, sentence.quotes[0].end)
    return before, also.group(1).strip() if also and also.group(2) in REPORTING else None


def _after_quote(sentence: Sentence) -> str | None:
    """The claim a participle attaches after the first quote, outside the
    marks (one inside a later quote is the quote's own words)."""
    at = sentence.quotes[0].end
    while found := _AFTER_QUOTE.search(sentence.text, at):
        inside = next((q for q in sentence.quotes if q.start <= found.start() < q.end), None)
        if inside is None:
            return found.group(1).strip()
        at = inside.end
    return None


def _claims(text: str, said_by: str | None, colon: bool) -> bool:
    """Whether the words before a handover to a quote report a claim: "Roe
    said the plan, which she welcomed, was late", or a claim before an
    inverted attribution, "The plan was late, Roe said"; not "Roe said:"
    nor "the MP asked of the minister", which only introduce the quote.
    Before a colon only the first: "Later that day, Roe said:" opens with
    when, not what, she said."""
    low = [w.strip(",").lower() for w in text.split()]
    verb = _own_verb(text, said_by)
    if verb is None:  # no speaker printed before the verb: the last verb of saying
        verb = max((n for n, w in enumerate(low) if w in REPORTING), default=None)
    said = low[verb + 1:] if verb is not None else []
    if len(said) >= MIN_CLAIM_WORDS and (said[0] not in PREPOSITIONS or "that" in said):
        return True
    inverted = None if colon else _INVERTED.match(text)
    if not inverted or inverted.group(2).lower() not in REPORTING:
        return False
    claim = inverted.group(1).split()
    opener = claim[0].lower() in PREPOSITIONS | SUBORDINATORS  # "In a statement, Roe said, adding, ..."
    opener = opener or (claim[0].endswith(("ed", "ing")) and len(claim) > 1 and claim[1].islower())  # "Asked about it, Roe said"
    return len(claim) >= MIN_CLAIM_WORDS and not opener


def _own_verb(text: str, said_by: str | None) -> int | None:
    """The index of the speaker's own verb of saying among the words of
    ``text``: the first one within three words after where the speaker is
    printed ("Roe said", "Roe has also said"), so that a verb of saying
    inside the claim ("Roe said she welcomed the plan") or a noun that is
    also such a verb ("past reports") is not taken for it; None when the
    speaker is not printed there, or is set off by a comma or a relative
    clause ("Roe, who said ..., said:")."""
    if not said_by:
        return None
    printed = text.split()
    name = said_by.split()
    starts = [n for n in range(len(printed) - len(name) + 1) if [w.strip(",") for w in printed[n:n + len(name)]] == name]
    if not starts or printed[starts[-1] + len(name) - 1].endswith(","):
        return None
    end = starts[-1] + len(name)
    for n in range(end, min(end + 3, len(printed))):
        word = printed[n].lower()
        if word in RELATIVES or printed[n - 1].endswith(","):
            return None
        if word.strip(",") in REPORTING:
            return n
    return None
