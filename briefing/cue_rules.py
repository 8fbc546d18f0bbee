"""Forms of saying that hang on a cue word: named rules that find who a
verb of saying ("said"), "according to" or a statement names as speaker.

Each rule reads the tokens of a sentence (``sentence_tokens.tokens``) and the
index ``i`` of a cue word in it, and returns the ``Mention`` of its speaker,
or None. ``speaker_in`` tries them in reading order, then the rules that
hang on the sentence as a whole (a participle clause, a second verb of the
subject, a quoted fragment: ``sentence_rules``); ``saying`` chooses which
cue of a sentence speaks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .anonymity import in_anonymity_clause
from .asides import skip_back
from .cited import cited_source, described_after
from .data import words
from .mention_words import (
    AUX,
    DETERMINERS,
    GROUP_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    Mention,
    name_end,
    org_name,
)
from .mentions import mention_back, mention_forward
from .roles import named_after_description
from .saying_verbs import NOT_BE, PARTICIPLE_CUES, PLAIN_FORMS, PROGRESSIVE, REPORTING, SPEAKING, SPOKE, been_done, chain_start, is_cue
from .sentence_rules import SENTENCE_RULES, participle_at, participle_clause
from .sentence_tokens import Token
from .subject_names import closing_person, forward_person
from .subjects import clause_subject, described, first_conjunct
from .unnamed_sources import (
    anonymous_after_verb,
    group_of,
    modified_group,
    partitive,
    qualified_source,
    set_off_anonymity,
    those_described,
)
from .verdicts import MODALS


def according_to(toks: Sequence[Token], i: int) -> Mention | None:
    """"according to Jane Roe", "according to a statement from the agency"."""
    if toks[i].low != "according" or i + 1 >= len(toks) or toks[i + 1].low != "to":
        return None
    named = mention_forward(toks, i + 2)
    if named is None or named.kind != "name":
        named = closing_person(toks, i + 2) or named  # "according to local historian Jo Bell"
    if named is not None and named.kind == "indefinite":
        named = anonymous_after_verb(toks, i + 1) or named  # "according to a regulator who requested anonymity"
    if named is not None:
        return named
    end = i + 2
    while end < len(toks) and toks[end].quote < 0 and re.match(r"\w", toks[end].text) and end - i < 10:
        end += 1
    for head in range(i + 2, end):  # "a report by the agency": the document, or who wrote it (the first "by")
        if toks[head].low in {"by", "from", "of"} and head + 1 < end:
            by = mention_forward(toks, head + 1)
            if by is not None and by.kind in {"name", "body"}:
                return by
    qualified = next((pair for j in range(i + 2, end - 1) if (pair := qualified_source(toks, j, end - 1))), None)
    if qualified is not None:
        return qualified[1]  # "two people briefed on the matter"
    heads = [j for j in range(i + 2, end) if toks[j].low not in PREPOSITIONS | DETERMINERS]
    ends = (j for j in heads if j + 1 >= end or toks[j + 1].low in PREPOSITIONS)
    first_head = next(ends, None)
    found = described(toks, first_head) if first_head is not None else None
    found = found or next((m for m in map(lambda j: described(toks, j), heads) if m), None)  # "people familiar with"
    found = found or cited_source(toks, i + 2)  # "according to early returns"
    return None if found is not None and found.head in RECORD_NOUNS else found  # "according to city figures"


# Verbs whose object is the person spoken to: "..., told Jo Roe." names the listener.
RECORD_NOUNS = words("reporting", "record_nouns")
ADDRESSING = words("reporting", "addressing_verbs")  # ("asked Jo Roe" may be either: left to the context)


def subject_says(toks: Sequence[Token], i: int) -> Mention | None:
    """"Jane Roe said (Tuesday) (that) ...", "Roe has said repeatedly",
    "experts say", "Roe continues to insist", and the inverted '"...," said
    Roe' / "..., said Jane Roe, a pollster"."""
    if not is_cue(toks, i) or in_anonymity_clause(toks, i):
        return None
    if _passive(toks, i):
        return _agent(toks, i)
    if i > 0 and toks[i - 1].text == "," and toks[i].low not in ADDRESSING:
        inverted = mention_forward(toks, i + 1)  # "..., said Jane Roe, a pollster."
        after = name_end(toks, i + 1)
        if inverted is not None and inverted.kind == "name" and (after >= len(toks) or toks[after].text in {",", ".", ";", "—"}):
            return inverted
        person = closing_person(toks, i + 1)
        if person is not None and len(toks) - i <= 7 and toks[-1].text == person.text.split()[-1]:
            return person  # "..., noted the Gazette's Jo Bell." ends the sentence
    i = chain_start(toks, i)
    last = skip_back(toks, i - 1) if i > 0 else -1
    speaker = partitive(toks, i) or those_described(toks, i) or first_conjunct(toks, i) or (group_of(toks, last) if last > 0 else None) or mention_back(toks, i)
    if speaker is not None and speaker.kind == "name" and not any(t.text == "," for t in toks[:i]):
        speaker = modified_group(toks, i) or speaker  # "Building firms trading in Tolvik say": the firms, not the place
    if speaker is not None and speaker.kind in {"indefinite", "body"}:
        speaker = set_off_anonymity(toks, i) or speaker  # "A senior official, who asked not to be named, said"
    if speaker is not None and speaker.kind == "name" and speaker.text.lower() in GROUP_HEADS:
        low = speaker.text.lower()  # "Residents say": a group, not a person's name
        speaker = Mention("described", low, head=low)
    j = skip_back(toks, i - 1) if i > 0 else -1
    if speaker is None and j >= 0 and toks[j].low == "it" and (j == 0 or toks[j - 1].text == "," or toks[j - 1].low in {"and", "but"}):
        return Mention("pronoun", toks[j].text, head="it")  # "It said", "..., it said."
    if speaker is None and i > 0 and toks[i - 1].low not in {"and", "or", "to", "who", "which", "that"}:
        j = skip_back(toks, i - 1)
        if j >= 0 and toks[j].quote < 0:
            speaker = group_of(toks, j) or modified_group(toks, i) or described(toks, j) or clause_subject(toks, j)
    after_quote = i > 0 and (toks[i - 1].quote >= 0 or toks[i - 1].text == ",")
    if speaker is None and after_quote:
        speaker = mention_forward(toks, i + 1)
        if speaker is None or speaker.kind == "body":  # "said Harbour Board chair Jo Roe": a person past the body, if one is named
            speaker = forward_person(toks, i + 1) or speaker
        last = skip_back(toks, len(toks) - 1)
        if (speaker is None or speaker.kind != "name") and last > i + 2:  # "..., said a person familiar with the talks."
            speaker = group_of(toks, last, after_verb=True) or anonymous_after_verb(toks, i) or speaker
        speaker = speaker or described_after(toks, i + 1)  # "..., said several observers."
    return speaker


def _passive(toks: Sequence[Token], i: int) -> bool:
    """"was told by X" (the speaker comes after), "Staff were told" (the
    subject heard it), "it was reported that" (an anticipatory "it", Quirk
    et al. 1985, 16.34: nobody is named): no speaker before the verb."""
    by = i + 1 < len(toks) and toks[i + 1].low == "by" and not (i + 2 < len(toks) and toks[i + 2].low.endswith("ing"))  # not "responded by saying"
    told = i > 0 and toks[i - 1].low in PASSIVE_BE and (toks[i].low in PASSIVE_NOT_SPEAKER or i > 1 and toks[i - 2].low == "it")
    return by or told or been_done(toks, i)


def _agent(toks: Sequence[Token], i: int) -> Mention | None:
    """"The plan was first reported by the Gazette", "Roe was criticised by
    Ray": the agent of a passive verb of saying, named right after "by",
    said it (the subject is what was said, or the one spoken of). So too in
    a comment clause, "As reported by the Gazette, ..." (Quirk et al. 1985,
    15.54: "as" with a participle of saying), which cites its source as
    "according to" does."""
    k = i - 1
    while k > 0 and (toks[k].low.endswith("ly") or toks[k].low in _AGENT_GAP) and not toks[k].capital:
        k -= 1  # "was first reported by", "has also been criticised by"
    comment = toks[k].low == "as" and (k == 0 or not toks[k - 1].text[:1].isalnum())  # not "such as reported by"
    if k < 0 or i + 2 >= len(toks) or toks[i + 1].low != "by" or not (toks[k].low in PASSIVE_BE or comment):
        return None
    agent = mention_forward(toks, i + 2)
    if agent is not None and agent.kind in {"name", "body"}:
        return agent
    end = next((j for j in range(i + 2, len(toks)) if toks[j].low in _AGENT_STOPS or not toks[j].text[:1].isalnum()), len(toks))
    return described(toks, end - 1) if end - 1 > i + 1 else None  # "by the transport minister on Monday"


# A form of "be" before the participle of a verb of telling makes its
# subject the hearer, not the speaker ("Staff were told", "Roe was warned"):
# these verbs take the hearer as their object (Swan, Practical English
# Usage, "tell" and verbs with two objects). "Roe was asked ... and said"
# and "Roe was quoted as saying" name the speaker, and are not here.
PASSIVE_BE = PROGRESSIVE | NOT_BE | {"being"}
PASSIVE_NOT_SPEAKER = frozenset({"told", "informed", "warned", "advised", "reminded", "assured", "urged"})
# ``_agent``, made once: the words between "be" and its participle besides an
# adverb in -ly ("was first reported by", "has also been"), and the words
# that end the agent's description ("by the minister on Monday").
_AGENT_GAP = AUX - PASSIVE_BE | {"first"}
_AGENT_STOPS = PREPOSITIONS | AUX | MODALS | {"that", "who", "which", "whether", "if"}

WRITINGS = frozenset({"statement", "letter", "memo", "email", "post", "tweet"})


def statement_from(toks: Sequence[Token], i: int) -> Mention | None:
    """"a statement from the agency", "in a statement by Jane Roe"."""
    if toks[i].low not in WRITINGS or i + 2 >= len(toks):
        return None
    if toks[i + 1].low not in {"from", "by"}:
        return None
    introduced = i >= 2 and toks[i - 2].low == "in"
    # "when the letter from the school landed": no one speaks; "a letter
    # from the school, he says": the verb is the pronoun's, not the letter's
    if not introduced and not any(toks[k].low in REPORTING and not toks[k].capital and toks[k - 1].low not in PRONOUNS for k in range(i + 2, min(len(toks), i + 10))):
        return None
    found = mention_forward(toks, i + 2)
    return found if found is not None and found.kind in {"name", "body"} else None


def _spokesperson_phrase(toks: Sequence[Token], begin: int, end: int) -> Mention | None:
    """"a spokeswoman for the drivers' union" in ``toks[begin:end]``, or None."""
    words = toks[begin:end]
    at = next((k for k, t in enumerate(words) if t.low.startswith("spokes")), -1)
    if at < 0 or at + 2 >= len(words) or words[at + 1].low not in {"for", "of"}:
        return None
    if any(t.quote >= 0 or not t.text[:1].isalnum() for t in words) or any(t.low not in DETERMINERS for t in words[:at]):
        return None
    owner = org_name([t.text for t in words[at + 2:]])
    return Mention("possessive", " ".join(t.text for t in words), head=words[at].low, owner=owner) if owner else None


def spokesperson_says(toks: Sequence[Token], i: int) -> Mention | None:
    """"A spokesman for the fire service said", '"...," said a spokeswoman
    for the drivers' union': the spokesperson speaks, for the body or the
    person named after "for", whatever the case of its words."""
    if toks[i].low not in REPORTING or toks[i].capital:
        return None
    last = skip_back(toks, i - 1) if i > 0 else -1
    for begin in range(max(0, last - 8), last):
        if begin == 0 or toks[begin - 1].text in {",", ":", ";", "—"} or toks[begin - 1].quote >= 0:
            found = _spokesperson_phrase(toks, begin, last + 1)
            if found is not None:
                return found
    if i > 0 and (toks[i - 1].quote >= 0 or toks[i - 1].text == ","):
        end = next((k for k in range(i + 1, len(toks)) if toks[k].quote >= 0 or not toks[k].text[:1].isalnum()), len(toks))
        return _spokesperson_phrase(toks, i + 1, end)
    return None


CUE_RULES: tuple[Callable[[Sequence[Token], int], Mention | None], ...] = (
    according_to, named_after_description, spokesperson_says, subject_says, statement_from
)
# The words a cue rule can fire at: each returns None at any other word (its
# first test), so ``speaker_in`` tries them only there (most words are not).
CUE_WORDS = frozenset({"according"} | REPORTING | PARTICIPLE_CUES | PLAIN_FORMS | WRITINGS | SPOKE | SPEAKING)


def cued(toks: Sequence[Token], i: int) -> Mention | None:
    """The speaker the first rule that fires at the cue word ``toks[i]``
    names, with where that cue begins (``Mention.cue``)."""
    for rule in CUE_RULES:
        speaker = rule(toks, i)
        if speaker is not None:
            return replace(speaker, cue=toks[i].start)
    return None


def speaker_in(toks: Sequence[Token], start: int, end: int, whole: bool = False) -> Mention | None:
    """The speaker that the first cue in ``toks[start:end]`` names; with
    ``whole``, also the rules that read the sentence as a whole."""
    window = list(toks[start:end])
    # "Roe hit back, saying ... and adding that she and Ray agreed ...":
    # the verbs after a participle of saying are what the subject said.
    after = participle_at(window) if whole else -1
    first = participle_clause(window) if after > 0 else None
    for i, tok in enumerate(window):
        if i == after and first is not None:
            return first
        if tok.quote >= 0 or tok.low not in CUE_WORDS:
            continue
        speaker = cued(window, i)
        if speaker is not None:
            return speaker
    if whole:
        for sentence_rule in SENTENCE_RULES:
            speaker = sentence_rule(window)
            if speaker is not None:
                return speaker
    return None
