"""Whether a clause asks anonymity for the source it describes: the AP
Stylebook asks that an unnamed source be described, and why it was
granted anonymity ("who spoke on condition of anonymity", "who asked not to be
named", "who was not authorized to speak publicly"), a relative clause
whose own verb of saying reports no one else's words.

In: the tokens of one sentence (``sentence_tokens.tokens``), or of one
clause. Out: a yes or no. ``unnamed_sources`` reads the source such a clause
describes; ``saying`` skips the verb inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .data import words
from .sentence_tokens import Token

RELATIVE_OPENERS = words("grammar", "person_relatives")
ANONYMITY = words("reporting", "anonymity_words")
UNNAMED_REASONS = words("reporting", "unnamed_reasons")
DENIALS = words("grammar", "negators") | words("reporting", "refusals")


def asks_anonymity(clause: Sequence[Token]) -> bool:
    """Whether ``clause`` is a relative clause that says why a source is not
    named ("who spoke on condition of anonymity", "who asked not to be
    named", not "who said publicly that ..."): its verb of saying reports no
    one else's words, so the source it describes still speaks. One clause,
    no quotation in it."""
    return (
        len(clause) > 1
        and clause[0].low in RELATIVE_OPENERS
        and sum(t.low in RELATIVE_OPENERS for t in clause) == 1
        and all(t.quote < 0 for t in clause)
        and (
            any(t.low in ANONYMITY for t in clause)
            or (any(t.low in UNNAMED_REASONS for t in clause) and any(_denies(t) for t in clause))
        )
    )


def in_anonymity_clause(toks: Sequence[Token], verb: int) -> bool:
    """Whether the verb of saying at ``verb`` opens a clause that asks
    anonymity ("..., who asked not to be named, said"): it is no cue of its
    own; the verb after the clause is."""
    end = next((k for k in range(verb, len(toks)) if toks[k].text == ","), len(toks))
    return verb > 0 and asks_anonymity(toks[verb - 1:end])


def _denies(tok: Token) -> bool:
    """A negator or a refusal, also the clitic of "wasn't", "didn’t"."""
    return tok.low in DENIALS or tok.low.endswith(("n't", "n’t"))
