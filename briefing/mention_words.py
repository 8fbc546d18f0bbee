"""Mention words: the word lists, the two records and the name helpers
that reading a sentence's speakers is built on.

In: ``Token`` runs of one sentence. Out: the word sets (speech verbs, titles,
roles, body words), ``Mention`` (words that name a speaker) and ``Parsed``
(what the first pass read in a sentence), where a run of name words starts
and ends, the role written before a name, an unnamed group ("many experts"),
and the organisation names a sentence holds ("the Tolvik Dockers' Union").
``mentions`` and the modules after it import these; this module imports none
of them, so the organisation code does not make an import circle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from . import lexicon
from .data import lines, words
from .model import Sentence
from .not_names import MONTHS, WEEKDAYS, is_place, never_a_name
from .sentence_tokens import WORD, Token, either_apostrophe

_WORDS = lexicon.language()
SPEECH = _WORDS["speech_verbs"]
PARTICIPLES = _WORDS["speech_participles"]
AUX = either_apostrophe(_WORDS["auxiliaries"])  # "wouldn't", "wouldn’t"
TITLES = _WORDS["titles"]
GIVEN_TITLES = _WORDS["given_name_titles"]
PARTY_MEMBERS = words("reporting", "party_members")
PERSON_ROLES = _WORDS["person_roles"] | PARTY_MEMBERS  # "the Ohio Democrat said"
BODY_NOUNS = _WORDS["body_nouns"]
BODY_WORDS = _WORDS["proper_body_words"]
PRONOUNS = _WORDS["pronouns"]
OPENERS = _WORDS["openers"]
DETERMINERS = words("grammar", "determiners")
# "his spokesman", "its chief executive", "her friend": whose, without naming them.
POSSESSIVES = words("grammar", "possessive_determiners")
PREPOSITIONS = words("grammar", "prepositions")
# Relative pronouns (a closed class): each opens a relative clause.
RELATIVES = words("grammar", "relative_pronouns")
ADVERBIAL_PREPOSITIONS = words("grammar", "adverbial_prepositions")
PARTICLES = words("grammar", "name_particles")
APPOSITION_OPENERS = words("reporting", "apposition_openers")
ASIDES = words("grammar", "asides")
# Capitalised words that open a clause without naming anyone.
NOT_NAMES = DETERMINERS | PREPOSITIONS | PRONOUNS | words("grammar", "clause_openers")
# Role words that make a description an office ("minister"), preferred when
# choosing the role a briefing shows.
OFFICES = TITLES | _WORDS["office_roles"]
COURTESY = _WORDS["courtesy_titles"]
# A person's role or a body's noun ("the mayor", "the council"), and a
# title or role before a name ("Sen.", "Labour MP"): the unions below are
# made once, not once a word.
ROLES_AND_BODIES = PERSON_ROLES | BODY_NOUNS
TITLE_WORDS = TITLES | PERSON_ROLES
_NOT_IN_ROLE = DETERMINERS | PREPOSITIONS | SPEECH | AUX | PRONOUNS  # what a role before a name never holds
_ROLE_OPENERS = OPENERS | {"and", "or", "including"}

@dataclass(frozen=True)
class Mention:
    """Words that name a speaker, as written, and what kind of reference they are.

    kind: name | pronoun | definite ("the MP") | indefinite ("a Labour MP") |
    possessive ("his spokesman") | body ("the government", "Downing Street").
    """

    kind: str
    text: str
    head: str = ""
    role: str | None = None
    owner: str | None = None
    # where in the sentence the cue word it was read from begins ("said",
    # "according"): -1 when no cue word named it (``cue_rules.cued``, and the
    # participle and second-verb rules of ``sentence_rules``)
    cue: int = field(default=-1, compare=False)


@dataclass(frozen=True)
class Parsed:
    """What the first pass read in one sentence."""

    sentence: Sentence
    speaker: Mention | None
    direct: tuple[str, ...]
    fragments: tuple[str, ...]
    names: tuple[str, ...]
    subject: str | None
    roles: tuple[tuple[str, str], ...]
    orgs: tuple[str, ...] = ()
    quote_speakers: tuple[Mention | None, ...] = ()  # per direct quote, or per clause, when they differ
    clauses: tuple[tuple[int, int], ...] = ()  # (start, end) of each clause when two report different speakers
    group: Mention | None = None  # the unnamed group that opens a sentence with no direct quote (``subjects.opening_group``)


@cache
def people_nouns() -> frozenset[str]:
    """The common nouns of people (``data/en/person_nouns.txt``, from WordNet),
    read when a name may open with one ("Baker Ann Kestley")."""
    return frozenset(lines("person_nouns.txt"))


def is_name_word(token: Token) -> bool:
    return (
        token.capital
        and token.low not in NOT_NAMES
        and token.low.split("'", 1)[0].split("’", 1)[0] not in PRONOUNS  # "I'm", "We're"
        and (token.low not in OPENERS or token.low in TITLES)
        and not never_a_name(token.low, token.text)
    )


PLURAL_OWNER = re.compile(r"s['’]$")  # "Farmers’": a plural's possessive, inside a name
OWNER_END = re.compile(r"['’]s$")  # "Brook’s": a singular's possessive


def name_run(toks: Sequence[Token], end: int) -> int:
    """Start index of the run of capitalised words that ends at ``end``."""
    start = end
    while start - 1 >= 0:
        before = toks[start - 1]
        if before.possessive and not PLURAL_OWNER.search(before.text):
            break  # "Brook’s" ends a run; "Farmers’ Alliance" does not
        if is_name_word(before) or (before.low in PARTICLES and start - 2 >= 0 and is_name_word(toks[start - 2])):
            start -= 1
            continue
        break
    return start


def name_end(toks: Sequence[Token], start: int) -> int:
    """Where the run of name words from ``start`` (titles included) ends."""
    end = start
    while end < len(toks) and is_name_word(toks[end]):
        end += 1
    return end


def role_before(toks: Sequence[Token], start: int) -> str | None:
    """"safeguarding minister" in "safeguarding minister Jess Phillips"."""
    end = start
    if end == 0 or toks[end - 1].low not in PERSON_ROLES or toks[end - 1].quote >= 0:
        return None
    begin = end - 1
    while begin - 1 >= 0 and end - begin < 5:
        word = toks[begin - 1]
        if word.quote >= 0 or not WORD.match(word.text) or word.low in _NOT_IN_ROLE:
            break
        if word.low in _ROLE_OPENERS or word.possessive:
            break
        begin -= 1
    return " ".join(t.text for t in toks[begin:end])



GROUP_HEADS = _WORDS["group_heads"]  # plural and collective heads of an unnamed source ("experts said", "aides say")
QUANTIFIERS = words("grammar", "quantifiers")
_NOT_A_GROUP_OPENER = BODY_WORDS | TITLE_WORDS  # made once, not once a word
# Words that never head a speaker: a fragment, a share of a poll.
NOT_SPEAKERS = _WORDS["not_speakers"]


def unnamed_group(toks: Sequence[Token], start: int, head: int) -> Mention | None:
    """"Leading Democrats said", "Many Republicans say": an unnamed group (not
    a person, not the party as a body) described by a quantifier or an ordinary
    word opening the sentence; not "Senate Democrats" or "Ohio Republicans"."""
    group = toks[head]
    if group.low not in GROUP_HEADS or group.possessive:
        return None
    if start == head and start > 0 and toks[start - 1].low in QUANTIFIERS and toks[start - 1].capital == (start == 1):
        return Mention("described", f"{toks[start - 1].low} {group.bare}", head=group.low)
    first = toks[start]
    if start != 0 or head != start + 1 or first.possessive or first.low in _NOT_A_GROUP_OPENER or is_place([first.bare]):
        return None
    return Mention("described", f"{first.low} {group.bare}", head=group.low)



ORG_JOINERS = words("grammar", "organisation_joiners")
COMPANY_WORDS = _WORDS["company_words"]
ORG_SUFFIXES = _WORDS["company_suffixes"]


def org_name(words: Sequence[str]) -> str:
    """An organisation's name without "The" before it or "Inc." after it."""
    words = [w[:-2] if OWNER_END.search(w) else w for w in words]
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in ORG_SUFFIXES and len(words) > 1:
        words = words[:-1]
    return " ".join(words)


# Built once, not per token: org_names runs on every sentence.
# A subordinator opens a clause, never a body's name: "As the Gazette
# reported" names the Gazette, not "As the Gazette".
_ORG_STARTS_NOT = (NOT_NAMES | words("grammar", "subordinators") | WEEKDAYS) - {"the"}  # nor "Monday the Trust"
# A day or a month that no capitalised word follows ends a body's name, as
# when it acted; "Against" of "Alliance Against Hunger" does not, nor a day
# within a name ("the Kelso Friday Market Trust").
_DATES = WEEKDAYS | MONTHS
_ARTICLES = frozenset({"the", "a", "an"})
_ORG_WORDS = BODY_WORDS | BODY_NOUNS | COMPANY_WORDS | {"fc", "association", "alliance", "federation", "institute", "council"}


def _of_the_name(toks: Sequence[Token], i: int, j: int) -> bool:
    """"the Office of the Surveyor of the County", "the Council for a
    Fairer Budget": "of" or "for" and an article before a capital go on a
    body's name when the words before them hold a body's word (a body "of
    the" place or office, or "for a" cause, is one body), not before a day
    or a month ("the Senate for a Tuesday vote"); never after a person's
    title alone ("President of the Council" names a person). Other than
    "of the", only where the capitals end the phrase (``_cause_ends``)."""
    return (
        j + 2 < len(toks) and toks[j].low in {"of", "for"} and toks[j + 1].low in _ARTICLES
        and toks[j + 2].capital and toks[j + 2].low not in _DATES
        and any(t.low in _ORG_WORDS for t in toks[i:j])
        and (toks[j].low == "of" and toks[j + 1].low == "the" or _cause_ends(toks, j + 2))
    )


def _cause_ends(toks: Sequence[Token], k: int) -> bool:
    """"The Council for a Fairer Budget said": the capitals after "for a"
    end a body's name when no common noun they modify comes next, only a
    mark, a function word but "of", an auxiliary or a verb (one of speech,
    or in "-ed"); "asked the Council for a Kelby Road study", "left the Board
    for a Tolvik Airways job" ask or leave a body for a thing."""
    while k < len(toks) and toks[k].capital:
        k += 1
    if k == len(toks) or not toks[k].low.isalpha() or toks[k].text[0].isupper():
        return True
    low = toks[k].low
    return low != "of" and lexicon.follows_name(low)


def _date_after(toks: Sequence[Token], j: int) -> bool:
    """"the Appeals Court Tuesday.": a day or a month after a body's name
    that no capitalised word follows is when it acted, no part of the name."""
    return toks[j].low in _DATES and not (j + 1 < len(toks) and toks[j + 1].capital)


def org_names(toks: Sequence[Token]) -> tuple[str, ...]:
    """Names of organisations: runs of capitalised words (joined by "of",
    "for", and "and" after the first word of a name "the" opens: "the Tolvik
    and District Health Trust") that hold a word of bodies ("Association",
    "Council", "FC", "Therapeutics")."""
    found = []
    i = 0
    while i < len(toks):
        if not toks[i].capital or toks[i].low in _ORG_STARTS_NOT:
            i += 1
            continue
        j = i + 1
        after_the = i + 1 if toks[i].low == "the" else i if i > 0 and toks[i - 1].low == "the" else -2  # "the Tolvik and District ..."
        while j < len(toks) and (
            (toks[j].capital and toks[j - 1].quote < 0 and not toks[j - 1].possessive or PLURAL_OWNER.search(toks[j - 1].text))
            and toks[j].capital and not _date_after(toks, j)  # "the Appeals Court Tuesday": the day is no part
            or (toks[j].low in ORG_JOINERS and j + 1 < len(toks) and toks[j + 1].capital)
            or _of_the_name(toks, i, j)
            or (toks[j].low in _ARTICLES and toks[j - 1].low in {"of", "for"} and j + 1 < len(toks) and toks[j + 1].capital)
            or (toks[j].low == "and" and j == after_the + 1 and j + 1 < len(toks) and toks[j + 1].capital)
        ):
            j += 1
            if toks[j - 1].possessive and not PLURAL_OWNER.search(toks[j - 1].text):
                break
        words = [t.text for t in toks[i:j]]
        lows = {t.low for t in toks[i:j]}
        if len(words) >= 2 and lows & _ORG_WORDS and unnamed_group(toks, i, j - 1) is None:  # not "Leading Democrats"
            found.append(org_name(words))
        i = j
    return tuple(found)
