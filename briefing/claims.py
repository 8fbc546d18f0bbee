"""Claims beside a quote: the reported speech a sentence with a direct quote
carries outside its marks.

``claims_beside`` takes one ``Sentence`` with its quotations and returns two
texts or None: the claim reported before the quote ("Roe said the fund was
empty but added, '...'") and the one after it ('"...," Roe said, citing the
cost.'). Attribution turns each into a statement of the quote's speaker.
"""

from __future__ import annotations

import re

from .mention_words import PREPOSITIONS
from .model import Sentence
from .quotes import QUOTE_MARKS, SINGLE_OPENING
from .subjects import REPORTING

# What attaches a further claim, outside the marks, after a quote: '"...,"
# Roe said, citing the cost.', '..., Roe said, who said the fund was empty.'
_AFTER_QUOTE = re.compile(
    r",\s+((?:(?:also|again|then|not even)\s+)?(?:adding|saying|noting|arguing|explaining|warning|citing|suggesting|"
    r"emphasizing|emphasising|repeating|insisting|stressing|acknowledging|recalling|predicting|promising|vowing|"
    r"claiming|who\s+(?:also\s+)?(?:said|says|added))\b[^:" + QUOTE_MARKS + r"]+)$"
)
# What hands over from a reported claim to the quote that follows it: "Roe
# said the fund was empty but added, '...'", "... and said: '...'".
_HANDOVER = re.compile(
    r"(?:,?\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:added|said|says|continued|went on)|,\s+(?:adding|saying))"
    r"\s*[,:]?\s*$|\s*:\s*$"
)
# '"...," Roe said, but she also said the fund was "nearly empty."': a
# further claim of the same speaker (a pronoun points back to them),
# which may quote fragments of its own.
_ALSO_SAID = re.compile(
    r",\s+(?:but|and)\s+((?:he|she)\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\s+(?![,:" + QUOTE_MARKS + SINGLE_OPENING + r"])\S.*)$"
)
MIN_CLAIM_WORDS = 4  # "Roe said:" introduces a quote; "Roe said the fund was empty:" also claims


def claims_beside(sentence: Sentence) -> tuple[str | None, str | None]:
    """Reported speech that a sentence with a direct quote carries outside
    its marks: a claim before the quote ("Roe said the fund was empty but
    added, '...'") and one after it ('"...," Roe said, citing the cost.',
    '"...," Roe said, but she also said ...'); None where there is none."""
    text = sentence.text
    if not sentence.quotes:
        return None, None
    prefix = text[: sentence.quotes[0].start].rstrip().rstrip(QUOTE_MARKS + SINGLE_OPENING)
    before = None
    handover = _HANDOVER.search(prefix)
    if handover and not any(mark in prefix for mark in QUOTE_MARKS):
        claim = prefix[: handover.start()].strip()
        words = [w.strip(",").lower() for w in claim.split()]
        verb = max((n for n, w in enumerate(words) if w in REPORTING), default=None)
        said = words[verb + 1:] if verb is not None else []
        if len(said) >= MIN_CLAIM_WORDS and (said[0] not in PREPOSITIONS or "that" in said):
            before = claim  # not "the MP asked of the minister:", which only introduces the quote
    after = _AFTER_QUOTE.search(text, sentence.quotes[-1].end)
    if after:
        return before, after.group(1).strip()
    also = _ALSO_SAID.search(text, sentence.quotes[0].end)
    return before, also.group(1).strip() if also and also.group(2) in REPORTING else None
