"""Unnamed sources described by what follows their head, as the subject of
a verb of saying: "experts on rail freight", "people familiar with the
talks" (``group_of``), "a senior official, who asked not to be named,"
(a clause that asks anonymity, ``anonymity``), "senior aides who have
seen it", "farmers hoping for rain", "traders in Tolvik", "those close to
the mayor", "most of the growers".

In: the tokens of one sentence (``sentence_tokens.tokens``) and the index of
a word in it (a verb of saying, or the end of the source's phrase). Out:
the ``Mention`` of the source, or None. The head's own phrase is read by
``subjects.described``; ``cue_rules`` tries these among the named forms of
saying.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anonymity import RELATIVE_OPENERS, asks_anonymity
from .asides import skip_back
from .data import words
from .mention_words import DETERMINERS, GROUP_HEADS, NOT_SPEAKERS, OPENERS, PERSON_ROLES, POSSESSIVES, PREPOSITIONS, PRONOUNS, QUANTIFIERS, Mention, is_name_word
from .saying_verbs import REPORTING, is_cue
from .sentence_tokens import WORD, Token
from .subjects import CLAUSE_OPENERS, CLAUSE_VERBS, CLAUSE_WORDS, UNNAMED_HEADS, described, plural_group

SOURCE_QUALIFIERS = words("reporting", "source_qualifiers")
# Words that open a clause or join a list: a description of a source holds neither.
NOT_IN_SOURCE = words("grammar", "person_relatives") | {"and", "or", "but", "which", "what", "than", "to"}
NOT_IN_PHRASE = CLAUSE_VERBS | NOT_IN_SOURCE  # made once, not once a word
_VERBS_AND_CLAUSE_WORDS = CLAUSE_VERBS | CLAUSE_WORDS
_ONE_PERSON_HEADS = PERSON_ROLES | UNNAMED_HEADS


def group_of(toks: Sequence[Token], end: int, after_verb: bool = False) -> Mention | None:
    """"Experts on river ecology said", "Residents of the valley say",
    "People familiar with the talks said", "A source close to the mayor
    said": an unnamed group (or the plural of a person's role), or one
    person described by a role after "a" or "one", followed by the phrase
    that says which, ending at ``end`` (``qualified_source``), opening its
    clause (or, ``after_verb``, right after an inverted verb of saying:
    "..., said a person familiar with the talks."). The speaker is the
    whole description, not the noun at its end ("the mayor" is not who
    spoke). Not before a second verb ("Roe met experts in Tolvik and said":
    Roe speaks)."""
    if toks[end].low in {"and", "or", "but"}:
        return None
    for k in range(end - 1, max(-1, end - 9), -1):
        if toks[k].quote >= 0 or not WORD.match(toks[k].text) or (toks[k].low in CLAUSE_VERBS and not after_verb):
            return None
        found = qualified_source(toks, k, end)
        if found is not None:
            begin = k - len(found[0].text.split()) + 1
            before = toks[begin - 1] if begin > 0 else None
            opens = before is None or before.low in CLAUSE_OPENERS or (after_verb and is_cue(toks, begin - 1))
            if opens:
                return found[1]
    return None


def qualified_source(toks: Sequence[Token], k: int, end: int) -> tuple[Mention, Mention] | None:
    """The unnamed source whose head is at ``k`` followed by the phrase that
    says which, up to ``end`` (``_qualified``): the head's own phrase
    ("two people") and the whole description ("two people briefed on the
    matter")."""
    if not (_source_head(toks, k) and _qualified(toks, k, end)):
        return None
    group = described(toks, k)
    if group is None:
        return None
    words = [group.text, *(t.text for t in toks[k + 1:end + 1])]
    return group, Mention("described", " ".join(words), head=group.head)


def set_off_anonymity(toks: Sequence[Token], verb: int) -> Mention | None:
    """"A senior official, who asked not to be named, said": one unnamed
    person or a group that opens its clause, then a clause set off by commas
    that asks anonymity (``asks_anonymity``) right before the verb. A
    description for good ("a senior official"), not one that waits for the
    name that follows (``speakers.Article.settle_pending``): none will."""
    if verb < 4 or toks[verb - 1].text != ",":
        return None
    comma = next((k for k in range(verb - 2, max(0, verb - 16), -1) if toks[k].text == ","), -1)
    head = comma - 1
    if head < 0 or not asks_anonymity(toks[comma + 1:verb - 1]):
        return None
    found = described(toks, head)
    if found is None:
        return None
    begin = head - len(found.text.split()) + 1
    opens = begin == 0 or toks[begin - 1].text in CLAUSE_OPENERS
    group = toks[head].low in GROUP_HEADS or plural_group(toks[head])  # "Two officials, who asked not to be named,"
    return found if opens and (group or _one_unnamed(toks, begin, head)) else None


def anonymous_after_verb(toks: Sequence[Token], verb: int) -> Mention | None:
    """"..., said a senior official who asked not to be named.": one
    unnamed person or a group right after an inverted verb of saying,
    followed by a clause that asks anonymity (``asks_anonymity``) to the end
    of the sentence. The speaker is the description without that clause
    ("a senior official"), as before the verb (``modified_group``)."""
    last = skip_back(toks, len(toks) - 1)
    for rel in range(verb + 2, min(last, verb + 8)):
        if toks[rel].low not in RELATIVE_OPENERS:
            continue
        head = rel - 2 if toks[rel - 1].text == "," else rel - 1
        if not asks_anonymity(toks[rel:last + 1]) or not _source_head(toks, head):
            return None
        found = described(toks, head)
        return found if found is not None and head - len(found.text.split()) == verb else None
    return None


def _people_in_place(toks: Sequence[Token], start: int, head: int, verb: int) -> Mention | None:
    """"Traders in Tolvik say": a plural noun that opens the clause, then
    "in" and a name; the name sits inside a prepositional phrase, so it is
    never the subject: the group in the place is ("traders in Tolvik")."""
    place = toks[head + 2:verb]
    word = toks[head]
    if toks[head + 1].low != "in" or not place or not all(is_name_word(t) for t in place):
        return None
    if not re.fullmatch(r"[a-z]+[^s]s", word.low) or (word.capital and head > 0) or word.low in NOT_SPEAKERS:
        return None
    words = [t.text for t in toks[start:verb]]
    words[0] = words[0].lower() if toks[start].low in DETERMINERS | QUANTIFIERS or start == head else words[0]
    return Mention("described", " ".join(words), head=word.low)


def modified_group(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Senior aides who have seen the figures argue", "Farmers hoping for
    rain say", "Organizers of the march said", "A nurse who has seen the
    ward said": a group, or one unnamed person after "a" or "one"
    (``_source_head``), that opens its clause, described by a relative
    clause, a participle or a phrase before its verb."""
    start = verb - 1
    while start > 0 and verb - start < 20 and toks[start - 1].quote < 0 and (toks[start - 1].text not in CLAUSE_OPENERS | {":", "(", ")"} or _joins_phrases(toks, start - 1)):
        start -= 1
    if start > 0 and toks[start - 1].text not in CLAUSE_OPENERS | {":"}:
        return None
    while start < verb and toks[start].low in OPENERS - {"the"}:
        start += 1
    before_verb = skip_back(toks, verb - 1)
    if before_verb < 0 or toks[before_verb].low in PRONOUNS or _fragment(toks, start, before_verb):
        return None  # "... the plan that some say will fail": the fragment speaks, not the group
    for head in range(start, min(verb - 1, start + 6)):
        after = toks[head + 1]
        opens = after.low in RELATIVE_OPENERS | PREPOSITIONS or (after.low.endswith("ing") and not after.capital)
        if not opens:
            continue
        modifier = toks[head + 1:verb]
        reports = any(t.quote >= 0 or t.low in REPORTING for t in modifier) and not asks_anonymity(modifier)
        if reports or sum(t.low in RELATIVE_OPENERS for t in modifier) > 1:
            return None
        group = described(toks, head)
        if group is None:
            return _people_in_place(toks, start, head, verb)
        if not (toks[head].low.endswith("s") or _one_unnamed(toks, start, head)) or head - len(group.text.split()) + 1 != start:
            return None
        return group
    return None


def those_described(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Those close to the mayor say", "Those surveyed said", "Those who
    know him say": the demonstrative "those" opening its clause, described
    by what its people know (a source qualifier and its phrase, as the AP
    Stylebook asks an unnamed source to be described), a past participle
    ("surveyed", "interviewed") or a relative clause with no verb of saying
    of its own, right before the verb: the people so described speak."""
    start = next((k for k in range(verb - 1, max(-1, verb - 12), -1) if toks[k].low == "those"), -1)
    if start < 0 or (start > 0 and toks[start - 1].text not in CLAUSE_OPENERS | {":"} and toks[start - 1].low not in OPENERS):
        return None
    phrase = toks[start + 1:verb]
    if not phrase or any(t.quote >= 0 or not WORD.match(t.text) or t.low in REPORTING for t in phrase):
        return None
    first = phrase[0]
    known = first.low in SOURCE_QUALIFIERS and len(phrase) > 2 and phrase[1].low in PREPOSITIONS
    participle = first.low.endswith("ed") and len(phrase) <= 3
    relative = first.low == "who" and len(phrase) > 1 and not asks_anonymity(phrase)
    if not (known or participle or relative):
        return None
    text = " ".join(t.text for t in toks[start:verb])
    return Mention("described", text[:1].lower() + text[1:], head="those")


# Words that take a part of a group before "of" and a definite noun phrase:
# the quantifiers and the small numbers ("most of the growers", "two of the
# drivers"), not a share of a poll ("half of", "30 percent of": left out on
# purpose, ``NOT_SPEAKERS``) nor "none" (no one spoke).
_PARTS = QUANTIFIERS - {"other"} | {"each"} | (words("grammar", "number_units") - {"zero"})
# What opens the definite phrase of the whole: an article, a demonstrative, a possessive.
_WHOLE_OPENERS = (DETERMINERS - {"a", "an"}) | POSSESSIVES | {"these", "those"}


def partitive(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Most of the growers said", "Two of the drivers told", "Some of its
    members argue": a partitive subject (a quantifier or a number, "of",
    and a definite noun phrase; Quirk et al. 1985, 5.8, partitive
    constructions) that opens its clause right before the verb. That part
    of the group speaks: the whole phrase, not the group after "of"
    ("the growers" did not all say it). Not a pronoun ("most of them"
    points back to no one the sources name)."""
    end = skip_back(toks, verb - 1)
    for of in range(max(1, end - 8), end - 1):
        if toks[of].low != "of" or toks[of - 1].low not in _PARTS or toks[of + 1].low not in _WHOLE_OPENERS:
            continue
        part = of - 1
        if part >= 2 and toks[part - 1].low == "but" and toks[part - 2].low in {"all", "none"}:
            part -= 2  # "all but three of the members": the exception is part of the phrase
        opens = part == 0 or toks[part - 1].text in CLAUSE_OPENERS or toks[part - 1].low in OPENERS
        phrase, head = toks[of + 2:end + 1], toks[end]
        if not opens or not phrase or any(t.quote >= 0 or not t.text[:1].isalnum() or t.low in _VERBS_AND_CLAUSE_WORDS for t in phrase):
            return None
        if not head.bare.isalpha() or head.low in NOT_SPEAKERS:
            return None
        text = " ".join(t.text for t in toks[part:end + 1])
        return Mention("described", text[:1].lower() + text[1:], head=head.low)
    return None


def _joins_phrases(toks: Sequence[Token], k: int) -> bool:
    """"in Ohio and around the country": an "and" at ``k`` that joins two
    phrases of place or time (a preposition follows it) inside one
    description, not two clauses."""
    return toks[k].low == "and" and k + 1 < len(toks) and toks[k + 1].low in PREPOSITIONS


def _fragment(toks: Sequence[Token], start: int, k: int) -> bool:
    """"the plan that some say", "what others say": a word that never heads
    a speaker (``NOT_SPEAKERS``) standing alone before the verb, at the
    start or after a relative word; not the last noun of a phrase ("the
    organisers of the rally said", "critics of the speech say")."""
    alone = k == start or toks[k - 1].low in RELATIVE_OPENERS | {"which", "what"} | CLAUSE_OPENERS
    return toks[k].low in NOT_SPEAKERS and alone


def _source_head(toks: Sequence[Token], k: int) -> bool:
    """The head of an unnamed source at ``k``: a group or the plural of a
    role ("residents", "farmers"), or a role, "person" or "source" after
    "a", "an", "one" or "another" and at most three words ("a senior
    official", "one person", "a senior law enforcement official")."""
    if toks[k].low in GROUP_HEADS or plural_group(toks[k]):
        return True
    singular = toks[k].low in _ONE_PERSON_HEADS
    return singular and any(t.low in {"a", "an", "one", "another"} for t in toks[max(0, k - 4):k])


def _one_unnamed(toks: Sequence[Token], start: int, head: int) -> bool:
    """"A senior official", "one nurse", "people" running from ``start`` to
    ``head``: one unnamed person or a group not printed as a plural in -s,
    not set off after a name ("Jo Roe, a teacher from Tolvik, says" is Jo Roe)."""
    opens = toks[start].low in {"a", "an", "one", "another"} or start == head
    after_name = start >= 2 and toks[start - 1].text in CLAUSE_OPENERS and is_name_word(toks[start - 2])
    return opens and _source_head(toks, head) and not after_name


def _qualified(toks: Sequence[Token], k: int, end: int) -> bool:
    """Whether the head at ``k`` is followed by the phrase that says which,
    up to ``end``: a preposition and what it governs ("experts on rail",
    "an aide to the mayor"), or what an unnamed source knows ("familiar
    with the talks", "close to the mayor", "briefed on the plan"). That
    phrase is a noun phrase: no verb, clause or list in it ("a study by
    economists who ...", "officers shot by ...", "a poll of voters
    released ..."), and it does not stop short of its noun."""
    after = toks[k + 1]
    qualifier = after.low in SOURCE_QUALIFIERS and k + 2 < end and toks[k + 2].low in PREPOSITIONS
    if not (after.low in PREPOSITIONS or qualifier) or toks[end].low in DETERMINERS | PREPOSITIONS:
        return False
    rest = toks[k + (3 if qualifier else 2):end + 1]
    for at, t in enumerate(rest):
        listed = t.low in {"and", "or"} and at + 1 < len(rest) and (rest[at + 1].capital or rest[at + 1].low in PREPOSITIONS)
        if listed:
            continue  # "in Iowa and Ohio", "in the town and around it"
        if t.quote >= 0 or not WORD.match(t.text) or t.low in NOT_IN_PHRASE or (t.low.endswith("ed") and not t.capital):
            return False
    return True
