"""Mentions: the words that name a speaker, read back from a speech verb or
forward from an inverted one (pass one of attribution).

In: the ``Token`` run of one sentence and where its speech verb stands. Out:
a ``Mention`` for the speaker (a name, a pronoun, "the minister", "his
spokesman", "a Labour MP", "a spokesman for the Tolvik Trust") or None,
read where ``asides.skip_back`` lands, past asides, adverbs, appositions
set off by commas or dashes ("Ana Roe, a Tolvik councillor, said") and
places after "of". The word lists,
``Mention``, ``Parsed`` and the name helpers are in ``mention_words``;
nothing here looks beyond the sentence; ``attribution`` resolves the
mentions across the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import things
from .asides import skip_back
from .mention_words import (
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    COMPANY_WORDS,
    DETERMINERS,
    NOT_NAMES,
    NOT_SPEAKERS,
    OPENERS,
    ORG_JOINERS,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLES_AND_BODIES,
    SPEECH,
    TITLE_WORDS,
    Mention,
    is_name_word,
    name_end,
    name_run,
    org_name,
    org_names,
    role_before,
    unnamed_group,
)
from .not_names import is_place
from .sentence_tokens import WORD, Token, towns_state


def opening_name(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Jo Roe, a pollster who works with the Fairway Group, a think tank,
    said": the name that opens the clause, however long the apposition that
    commas set off between it and the verb (names inside it are not the speaker),
    and past an adverb before the verb ("..., also said")."""
    while verb > 4 and not toks[verb - 1].capital and (toks[verb - 1].low in AUX or toks[verb - 1].low.endswith("ly")):
        verb -= 1
    if verb < 4 or toks[verb - 1].text != ",":
        return None
    start = next((j + 1 for j in range(verb - 1, -1, -1) if toks[j].quote >= 0 or toks[j].text in {";", ":"}), 0)
    while start < verb and toks[start].low in {"but", "and", "yet", "so", "still", "then"}:
        start += 1  # "But Jo Roe, ..., said"; never past "At" or "In" ("At Fairway Park, where ...")
    end = start
    while end < verb and is_name_word(toks[end]) and not toks[end].possessive:
        end += 1
    run_end = end
    if end < verb and toks[end].text == "(":  # "Jo Roe (R-Ohio), a farmer, said": past the tag
        end = next((j + 1 for j in range(end + 1, min(verb, end + 6)) if toks[j].text == ")"), end)
    if end == start or end >= verb - 2 or toks[end].text != "," or is_name_word(toks[end + 1]):
        return None  # not "Name, ..."; or a list of names ("Roe, Ray and Lee, all members, said")
    if any(t.quote >= 0 for t in toks[end:verb]):
        return None
    found = mention_back([*toks[start:run_end], Token.make("said", 0, 0)], run_end - start)
    return found if found is not None and found.kind in {"name", "body"} else None


_CLITIC = re.compile(r"(\w+)['’](?:s|d|ve|ll|re)")  # "he's", "they've"


def mention_back(toks: Sequence[Token], verb: int) -> Mention | None:
    """The words naming the subject of the speech verb at ``verb``."""
    opening = opening_name(toks, verb)
    if opening is not None:
        return opening
    i = skip_back(toks, verb - 1)
    if i < 0 or toks[i].quote >= 0:
        return None
    word = toks[i]
    clitic = _CLITIC.fullmatch(word.text.lower())
    if clitic and clitic.group(1) in PRONOUNS:
        return Mention("pronoun", word.text, head=clitic.group(1))  # "he's said", "they've said"
    if word.possessive:
        return None
    owner = next((j for j in (i - 1, i - 2) if j >= 0 and word.low in OWN_VOICE and toks[j].possessive and is_name_word(toks[j])), -1)
    if owner >= 0:  # "Roe's (Twitter) account posted": the owner writes under their own name
        return Mention("name", " ".join(t.printed for t in toks[name_run(toks, owner):owner + 1]))
    if word.low in PRONOUNS:
        return Mention("pronoun", word.text, head=word.low)
    if is_name_word(word) and word.low not in PERSON_ROLES:
        start = name_run(toks, i)
        member = spokesperson_for_office(toks, start) or _member_of(toks, start) or _people_of(toks, start, i)
        if member is not None:
            return member
        text = " ".join(t.text for t in toks[start:i + 1])
        org = next((o for o in org_names(toks) if o.endswith(text) and o != text), None)
        if org and org.split()[0].lower() not in PERSON_ROLES:  # "the Secretary of State" is a person's office
            return Mention("body", org)  # "the Association of Continental Carmakers said", "the Office of the Surveyor said"
        before = start - 1 if toks[start - 1].low != "the" else start - 2
        if before > 0 and toks[before].low in PREPOSITIONS and toks[before - 1].low in PERSON_ROLES:
            return _description(toks, i + 1)  # "the MP for Liverpool Walton", "a spokesman for the Fairway Trust"
        group = unnamed_group(toks, start, i)
        if group is not None:
            return group
        words = [t.bare for t in toks[start:i + 1]]
        if is_place(words) or start == i and towns_state(toks, i):
            return None
        if len(words) > 1 and words[-1].lower() in _BODY_ENDS or (
            any(w.lower() in BODY_WORDS for w in words)
            and not any(w.lower().rstrip(".") in TITLE_WORDS for w in words[:-1])  # "Labour MP Jo Roe"
        ):
            return Mention("body", org_name([t.text for t in toks[start:i + 1]]))
        return Mention("name", text, role=role_before(toks, start))
    if word.low in ROLES_AND_BODIES or _role_before_phrase(toks, i) is not None:
        return _description(toks, i + 1)
    return None


def spokesperson_for_office(toks: Sequence[Token], start: int) -> Mention | None:
    """"A spokesman for the Police Commissioner, Jane Roe, said": a name set
    off after a spokesperson's description that ends in an office is in
    apposition to the office, its holder (the Guardian and Observer style
    guide, "spokesman": "a spokesman for the home secretary, Jo Roe"), so
    the spokesperson speaks, for that person. A name set off after "A
    spokesman," or after a body ("for the company, John Doe,") or a name
    ("for Mayor Ivo Trell, John Doe,") is the spokesperson's own."""
    if start < 4 or toks[start - 1].text != "," or toks[start - 2].low not in OFFICE_HEADS:
        return None
    begin = start - 2
    while begin > 0 and start - begin <= 9 and WORD.match(toks[begin - 1].text) and toks[begin - 1].quote < 0:
        begin -= 1
        if toks[begin].low.startswith("spokes"):
            break
    head = toks[begin]
    if not head.low.startswith("spokes") or toks[begin + 1].low not in {"for", "of"}:
        return None
    opening = begin
    while opening > 0 and toks[opening - 1].low in DETERMINERS:
        opening -= 1
    if opening > 0 and not (toks[opening - 1].text in {",", ":", ";", "—"} or toks[opening - 1].quote >= 0 or toks[opening - 1].low in SPEECH):
        return None
    end = name_end(toks, start)
    owner = " ".join(t.printed for t in toks[start:end])
    role = " ".join(t.text for t in toks[begin:start - 1])  # "spokesman for the Police Commissioner": whom it speaks for, by office
    return Mention("possessive", " ".join(t.text for t in toks[opening:start - 1]), head=head.low, role=role, owner=owner)


# The role nouns of an office a spokesperson may speak for: a person's, not
# a body's ("for the union", "for the regulator" name the body itself).
OFFICE_HEADS = PERSON_ROLES - BODY_NOUNS - BODY_WORDS


OWN_VOICE = frozenset({"account", "feed", "handle"})  # where a person posts in their own name

def _member_of(toks: Sequence[Token], start: int) -> Mention | None:
    """"Jane Roe of the Fairway Institute said": the person, not the body
    that the run of capitalised words before the verb names."""
    j = start - 1
    if j >= 0 and toks[j].low == "the":
        j -= 1
    if j < 1 or toks[j].low not in {"of", "at"} or not is_name_word(toks[j - 1]) or toks[j - 1].possessive:
        return None
    person = mention_back(toks, j)
    if person is None or person.kind != "name" or len(person.text.split()) < 2:
        return None
    return person


def _people_of(toks: Sequence[Token], start: int, end: int) -> Mention | None:
    """"The family of Ana Roe, who was hurt in May, said", "Friends of Ana
    Roe say": a plain noun that opens its clause, before "of" and a name,
    is who speaks, described by whose they are; not the name. Not a role
    ("the mayor of Tolvik", read as a description) nor a body ("the Bank of
    Tolvik"), nor a word that heads no speaker ("the rest of")."""
    if start < 2 or toks[start - 1].low != "of":
        return None
    noun = toks[start - 2]
    begin = start - 3 if start >= 3 and toks[start - 3].low == "the" else start - 2
    opens = begin == 0 or toks[begin - 1].quote >= 0 or toks[begin - 1].text in {",", ";", ":"}
    if not opens or not noun.text.isalpha() or (noun.capital and start - 2 != begin):
        return None
    if noun.low in _NOT_A_PEOPLE_NOUN:
        return None
    words = [t.text for t in toks[begin:end + 1]]
    return Mention("described", " ".join([words[0].lower(), *words[1:]]), head=noun.low)


# Made once, not once a word: the last word of a body's name, nouns that
# head no "the people of" phrase, the words a description reaching back
# from its head stops at, and those a description reaching forward holds.
_BODY_ENDS = BODY_NOUNS | COMPANY_WORDS | BODY_WORDS
_NOT_A_PEOPLE_NOUN = ROLES_AND_BODIES | BODY_WORDS | NOT_SPEAKERS | PRONOUNS | NOT_NAMES
_DESCRIPTION_STOPS = PREPOSITIONS | SPEECH | AUX | OPENERS | RELATIVES
_IN_DESCRIPTION = ROLES_AND_BODIES | DETERMINERS


def _head_of_description(toks: Sequence[Token], end: int) -> int | None:
    """Where the role or body noun of a description ending at ``end`` stands
    ("spokesman" in "a spokesman for the Fairway Trust"); None without one."""
    i = end - 1
    j = i
    while j >= 0 and (toks[j].capital or toks[j].low == "the"):
        j -= 1
    if j > 0 and toks[j].low in PREPOSITIONS and toks[j - 1].low in PERSON_ROLES:
        i = j - 1  # back over "for the Fairway Trust", "for Mayor Lind"
    role = _role_before_phrase(toks, i)
    i = i if role is None else role  # back over "of a pro-ferry campaign", "on the bypass"
    while i >= 0 and (toks[i].capital or toks[i].low in PREPOSITIONS) and toks[i].low not in ROLES_AND_BODIES:
        i -= 1  # back over "for Liverpool Walton"
    return i if i >= 0 and toks[i].low in ROLES_AND_BODIES else None


def _role_before_phrase(toks: Sequence[Token], i: int) -> int | None:
    """"the treasurer of a pro-ferry campaign", "the chairman of the board",
    "the trust's chief planner on the bypass": where the role of a person
    stands before a preposition and the plain noun phrase it governs,
    which ends at ``i``; that phrase says which role, and the holder of the
    role is who is described, not the campaign or the board. The phrase holds
    lower-case words, a determiner or a hyphenated word only (no clause,
    no verb of saying), and the description opens its clause: set off
    after a name ("Jo Roe, the firm's rival for the lease, said") it is
    that person's apposition, and the name speaks; after a verb, a
    relative "who" set off after it speaks of the role's holder ("met the
    treasurer of a campaign, who said"), where a "which" leaves the
    campaign speaking. None when no role stands so."""
    j = i
    while j > 1 and i - j < 5 and toks[j].quote < 0 and _PHRASE_WORD.fullmatch(toks[j].text) and toks[j].low not in _PHRASE_STOPS:
        j -= 1
    role = j - 1
    if j == i or toks[j].low not in PREPOSITIONS or not toks[j].text.islower() or toks[role].low not in _PERSON_NOT_BODY:
        return None
    begin = role
    while begin > 0 and role - begin < 4 and (toks[begin - 1].possessive or toks[begin - 1].low in DETERMINERS or _PHRASE_WORD.fullmatch(toks[begin - 1].text)):
        begin -= 1
    opens = begin == 0 or toks[begin - 1].low in OPENERS or toks[begin - 1].quote >= 0
    who = i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].low == "who"  # "met the treasurer of a campaign, who said"
    return role if opens or who else None


_PHRASE_WORD = re.compile(r"[a-z][a-z-]*|[a-z]+-[A-Z][\w-]*")  # "campaign", "pro-Tolvik"
_PHRASE_STOPS = _DESCRIPTION_STOPS - DETERMINERS  # made once, not once a word
_PERSON_NOT_BODY = PERSON_ROLES - BODY_NOUNS


def _description(toks: Sequence[Token], end: int) -> Mention | None:
    """"the MP for Liverpool Walton", "his spokesman", "a Labour MP"."""
    head_at = _head_of_description(toks, end)
    if head_at is None:
        return None
    begin = head_at
    while begin - 1 >= 0 and end - begin < 8:
        word = toks[begin - 1]
        if word.possessive or word.low in DETERMINERS:
            begin -= 1
            break
        inside_name = word.low in ORG_JOINERS and begin >= 2 and toks[begin - 2].capital and toks[begin].capital  # "a Department of Transport spokesman"
        if not inside_name and (word.quote >= 0 or not WORD.match(word.text) or word.low in _DESCRIPTION_STOPS):
            break  # "a version which critics said": the speakers are the critics, not the version
        begin -= 1
    words = toks[begin:end]
    head = toks[head_at].low
    first = words[0]
    described = words[1:] if first.low in DETERMINERS or first.possessive else words
    role = " ".join(t.text for t in described)
    text = " ".join(t.text for t in words)
    if first.possessive and toks[head_at].capital:
        body = next((o for o in org_names(toks) if o.endswith(text)), None)
        if body:  # "the Maritime Porters' Union said": a plural owner inside a body's name does not end it
            return Mention("body", body, head=head)
    if first.possessive:
        return Mention("possessive", text, head=head, owner=first.bare)
    owner = _body_spoken_for(toks, begin, head_at, end) if head.startswith("spokes") else None
    if owner:
        return Mention("possessive", text, head=head, owner=owner)
    if first.low in {"his", "her", "their", "its"}:
        return Mention("possessive", text, head=head, owner=first.low)
    if head in BODY_NOUNS and head not in PERSON_ROLES:
        return Mention("body", role if first.low in DETERMINERS else text, head=head)
    if first.low in {"a", "an"}:
        return Mention("indefinite", text, head=head, role=role)
    if first.low in {"one", "another"}:  # "One official said": an unnamed person, described, not a body
        return Mention("described", " ".join([first.low, *(t.text for t in words[1:])]), head=head)
    if first.low in DETERMINERS:
        return Mention("definite", text, head=head, role=role)
    return Mention("body", text, head=head)


def _body_spoken_for(toks: Sequence[Token], begin: int, head_at: int, end: int) -> str | None:
    """The body a spokesperson speaks for, named after "for" ("a spokesman
    for the Fairway Trust") or, capitalised, before the role word ("a
    Department of Health spokesman")."""
    if head_at + 2 < end and toks[head_at + 1].low == "for":
        return org_name([t.text for t in toks[head_at + 2:end]])
    body = toks[begin + 1:head_at]
    if toks[begin].low in DETERMINERS and body and body[0].capital and all(t.capital or t.low in ORG_JOINERS for t in body):
        return org_name([t.text for t in body])
    return None


def mention_forward(toks: Sequence[Token], start: int) -> Mention | None:
    """The speaker after an inverted verb: '"...," said Jo Bloggs'."""
    if start >= len(toks) or toks[start].quote >= 0:
        return None
    if toks[start].low in PRONOUNS:
        return Mention("pronoun", toks[start].text, head=toks[start].low)
    end = start
    while end < len(toks) and (is_name_word(toks[end]) or toks[end].low in _IN_DESCRIPTION):
        end += 1
        if toks[end - 1].possessive:
            break
    if end == start:
        return None
    for k in range(end, min(end + 3, len(toks) - 1)):
        if toks[k].capital or toks[k].quote >= 0 or not toks[k].text[:1].isalpha():
            break
        if toks[k].low in PERSON_ROLES and is_name_word(toks[k + 1]):
            return mention_forward(toks, k)  # "Democratic presidential nominee Jo Roe": the person, not the adjective
    last = end - 1
    if end < len(toks) and toks[end].low == "of":  # "said the Office of the Surveyor of the County": one body
        whole = org_names(toks[start:])
        if whole and whole[0].startswith(org_name([t.text for t in toks[start:end]])):
            return Mention("body", whole[0])
    if is_name_word(toks[last]) and toks[last].low not in PERSON_ROLES:
        if _names_a_thing(toks, start, end):
            return None
        return mention_back([*toks[start : last + 1], Token.make("said", 0, 0)], last + 1 - start)
    return _description(toks, end)


def _names_a_thing(toks: Sequence[Token], start: int, end: int) -> bool:
    """"The Marsh Road depot will close ...": names after "the" that modify
    the noun of a concrete thing after them (``things.listed``: a building,
    a vehicle, a machine) name that thing, which says nothing."""
    if toks[start].low not in DETERMINERS or end >= len(toks):
        return False
    head = toks[end]
    return not head.capital and head.text.isalpha() and things.listed(head.low)
