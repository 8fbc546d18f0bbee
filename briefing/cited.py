"""Sources named after their cue word: whatever "according to" governs
("according to early returns", "according to him"), and an unnamed source
that ends the sentence after an inverted verb ("..., said several
observers.").

In: the tokens of one sentence (``sentence_tokens.tokens``) and where the
source begins. Out: the ``Mention`` of the source, or None. The subjects
before a verb, and the words they are made of, are in ``subjects`` and
``unnamed_sources``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anonymity import RELATIVE_OPENERS
from .mention_words import AUX, DETERMINERS, NOT_SPEAKERS, PREPOSITIONS, PRONOUNS, QUANTIFIERS, Mention, is_name_word
from .saying_verbs import REPORTING
from .sentence_tokens import Token
from .subjects import SPECIFIERS, described
from .unnamed_sources import NOT_IN_PHRASE

# Object pronouns after "according to" ("according to him"): the person a subject pronoun would be.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def cited_source(toks: Sequence[Token], start: int) -> Mention | None:
    """"according to early returns", "according to the summary", "according
    to him": whatever "according to" governs is the source, whatever its
    head, for the phrase names nothing but a source. The noun phrase from
    ``start`` as written, to the end of its clause or to the first word that
    opens a clause or a participle phrase ("the schedule published
    Thursday", "emails unearthed in ..."); an object pronoun points back
    as its subject form would. None when no noun ends the phrase."""
    if start < len(toks) and toks[start].low in OBJECT_PRONOUNS:
        return Mention("pronoun", toks[start].text, head=OBJECT_PRONOUNS[toks[start].low])
    end = start
    while end < len(toks) and end - start < 8 and toks[end].quote < 0 and re.match(r"\w", toks[end].text):
        tok = toks[end]
        participle = end > start and tok.low.endswith("ed") and not tok.capital and _ends_phrase(toks, end + 1)
        # a clause opens with a relative word or a subject pronoun ("an account she gave")
        if tok.low in RELATIVE_OPENERS | {"which"} | AUX | REPORTING | PRONOUNS or participle:
            break
        end += 1
    if end == start or toks[end - 1].low in DETERMINERS | PREPOSITIONS | QUANTIFIERS | NOT_SPEAKERS | PRONOUNS:
        return None
    words = [t.text for t in toks[start:end]]
    if toks[start].low in DETERMINERS | QUANTIFIERS or not is_name_word(toks[start]):
        words[0] = words[0].lower()
    return Mention("described", " ".join(words), head=toks[end - 1].low)


def _ends_phrase(toks: Sequence[Token], k: int) -> bool:
    """Whether a participle before ``k`` opens a phrase of its own ("the
    schedule published Thursday", "emails unearthed in ..."), not one that
    modifies the noun after it ("a leading expert")."""
    return k >= len(toks) or toks[k].capital or toks[k].low in PREPOSITIONS or not re.match(r"[a-z]", toks[k].text)


def described_after(toks: Sequence[Token], start: int) -> Mention | None:
    """"..., said several observers.", "..., said experts.", "..., said some
    families.": an unnamed source of lower-case words from ``start``, right
    after an inverted verb, to the end of the sentence; its head a group or
    a role (``described``) or any noun a specifier opens ("some families").
    No adverb, preposition or clause ("said privately", "said in a
    statement", "said last week")."""
    end = start
    while end < len(toks) and toks[end].quote < 0 and re.match(r"[a-z]", toks[end].text) and end - start < 5:
        end += 1
    head = end - 1
    if head < start or any(re.match(r"\w", t.text) for t in toks[end:]):
        return None
    phrase = toks[start:end]
    if any(t.low in NOT_IN_PHRASE | PREPOSITIONS for t in phrase) or toks[head].low in NOT_SPEAKERS | PRONOUNS:
        return None
    if toks[head].low.endswith(("ly", "ing")):
        return None
    found = described(toks, head)
    if found is not None and head - len(found.text.split()) + 1 == start:
        return found
    specified = toks[start].low in SPECIFIERS and head > start
    return Mention("described", " ".join(t.low for t in phrase), head=toks[head].low) if specified else None
