"""Subjects of a verb of saying: the rules that find who a verb's subject
is when it is not simply a name before it.

In: the tokens of one sentence (``sentence_tokens.tokens``) and the index of a
word in it. Out: the ``Mention`` of the subject, or None. Here are a whole
noun phrase that opens its clause ("the trade group says", "some families
said"), an unnamed source kept as written (``described``: "the local
paper", "several party operatives"), the first of two coordinated subjects
("Roe and Ray said") and the unnamed group that opens a sentence; the
unnamed sources described by what follows their head ("experts on rail
freight", "senior aides who have seen it", "a senior official, who asked
not to be named,", "those close to the mayor", "most of the growers") are
in ``unnamed_sources``. The words of saying and the verb groups that carry
them ("continues to insist") are in ``saying_verbs``, the sources named
after their cue in ``cited``. ``saying`` combines them into the named forms
of saying; the person an inverted verb names, and which capitalised run is
a person, are in ``subject_names``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .anonymity import RELATIVE_OPENERS
from .asides import skip_back
from .data import words
from .lexicon import language
from .mention_words import (
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    DETERMINERS,
    GROUP_HEADS,
    NOT_SPEAKERS,
    OPENERS,
    PERSON_ROLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    ROLES_AND_BODIES,
    Mention,
    is_name_word,
    unnamed_group,
)
from .mentions import mention_back, opening_name
from .saying_verbs import REPORTING, SAYING_NOUNS, is_cue
from .sentence_tokens import WORD, Token
from .verdicts import MODALS

# Openers of an introductory phrase that ends at the first comma ("During the
# debate, ...", "Speaking to reporters, ...").
INTRODUCERS = language()["introducers"]


# Words a description reaching back from its head never passes: a
# conjunction, a pronoun, a word that opens a clause ("..., where farmers
# say", "because residents said": the farmers, the residents).
CLAUSE_WORDS = PRONOUNS | words("grammar", "relative_pronouns") | words("grammar", "relative_adverbs") | words("grammar", "subordinators")
_DESCRIPTION_ENDS = {"and", "or", "than", "but"} | CLAUSE_WORDS
_NO_SUBJECT_HEAD = NOT_SPEAKERS | CLAUSE_WORDS | AUX  # made once, not once a word
_NO_SUBJECT_WORD = {"of", "than"} | CLAUSE_WORDS | PREPOSITIONS
CLAUSE_OPENERS = words("grammar", "clause_boundaries")
UNNAMED_HEADS = words("reporting", "unnamed_source_heads")
# A verb of saying or an auxiliary: a clause's verb, which no subject's phrase holds.
CLAUSE_VERBS = REPORTING | AUX
_NOT_IN_DESCRIPTION = CLAUSE_VERBS | OPENERS - {"this"}
_NOT_IN_SUBJECT = CLAUSE_OPENERS | CLAUSE_VERBS | OPENERS
_GROUP_OR_UNNAMED = GROUP_HEADS | UNNAMED_HEADS


def described(toks: Sequence[Token], head: int) -> Mention | None:
    """An unnamed source, kept as written: "several party operatives",
    "the newspaper", "a new poll by the university". ``head`` is its last word."""
    word = toks[head]
    if word.quote >= 0 or word.low in NOT_SPEAKERS or word.low in PRONOUNS:
        return None
    singular = word.low[:-1] if word.low.endswith("s") else word.low
    if word.low not in _GROUP_OR_UNNAMED and singular not in ROLES_AND_BODIES:
        return None
    begin = head
    while begin - 1 >= 0 and head - begin < 7:
        before = toks[begin - 1]
        if before.quote >= 0 or not WORD.match(before.text) or before.low in _NOT_IN_DESCRIPTION:
            break
        if before.low in _DESCRIPTION_ENDS:
            break
        if before.low in PREPOSITIONS and before.low != "of":
            break
        begin -= 1
        if before.low in DETERMINERS or before.possessive:
            break
    words = [t.text for t in toks[begin:head + 1]]
    if toks[begin].text[:1].isdigit() or any(t.low in {"percent", "%", "per"} for t in toks[begin:head]) or occasion(toks, begin, head):
        return None
    if words[0].lower() in DETERMINERS | {"several", "two", "three", "four", "some"} or not words[0][:1].isupper():
        words[0] = words[0].lower()
    elif words[0].lower() not in BODY_NOUNS and words[0][:1].isupper() and begin == 0:
        words[0] = words[0] if is_name_word(toks[begin]) and begin > 0 else words[0][:1].lower() + words[0][1:]
    return Mention("described", " ".join(words), head=word.low)


def occasion(toks: Sequence[Token], begin: int, head: int) -> bool:
    """"He hit back in a letter posted online", "..., on a post
    shared by the club": a statement, post or letter after a preposition is
    where someone's words were printed, not who spoke them; the statement is
    its author's (the sentence's subject), so it names no speaker."""
    return toks[head].low in SAYING_NOUNS and begin > 0 and toks[begin - 1].low in PREPOSITIONS


# Verbs of saying whose form no noun shares, beside the past in -ed: "her friend said", "his son writes".
PAST_OR_THIRD = frozenset({"said", "says", "told", "tells", "wrote", "writes"})
# What may open a described subject instead of an article: a quantifier, a
# possessive or a number word ("some families", "her friend", "one delegate", "each side").
NUMBER_WORDS = words("grammar", "number_units")
SPECIFIERS = QUANTIFIERS | POSSESSIVES | {"each", "another", "every"} | (NUMBER_WORDS - {"zero"})


def _specified_subject(toks: Sequence[Token], begin: int, head: int) -> bool:
    """Whether "some families", "her friend" from ``begin`` to ``head`` is the
    subject of the verb right after it: not the object of a preposition
    ("bundlers in both parties said"), headed by a noun ("all five
    states", "some may recall"), before a verb that is no plural noun
    ("another eight states have ..."), and after a possessive, a verb no
    noun shares ("her friend said", not "his initial tweet", "her odd
    comments", "his assumption, stated ...")."""
    if begin > 0 and toks[begin - 1].low in PREPOSITIONS or toks[head].low in SPECIFIERS | DETERMINERS | MODALS:
        return False  # "all five states", "some may recall": no noun heads the phrase
    verb = toks[head + 1] if head + 1 < len(toks) else None
    if verb is None:
        return False
    if toks[begin].low not in POSSESSIVES:
        return verb.low in PAST_OR_THIRD or not verb.low.endswith("s")  # "another eight states": a noun, not "states"
    return verb.low in AUX or verb.low.endswith("ed") or verb.low in PAST_OR_THIRD


def clause_subject(toks: Sequence[Token], head: int) -> Mention | None:
    """A whole noun phrase that opens its clause before a verb of saying:
    "The league veteran said", "Cement makers argue", "..., the trade group says"."""
    word = toks[head]
    if not word.text.replace("-", "").isalpha() or word.low in _NO_SUBJECT_HEAD or word.low.endswith(("ly", "ing")):
        # a hyphenated head is a word too ("the front-runner"), but not a share ("three-quarters");
        # a clause's opening word heads no subject ("the city where both claim ...")
        return None
    parts = word.low.split("-")
    if len(parts) > 1 and any(part in NUMBER_WORDS or part.rstrip("s") in NOT_SPEAKERS for part in parts):
        return None
    begin = head
    while begin - 1 >= 0 and head - begin < 6:
        before = toks[begin - 1]
        if before.quote >= 0 or not before.text[:1].isalnum() or before.low in _NOT_IN_SUBJECT:
            break
        if before.low in _NO_SUBJECT_WORD:
            return None  # "..., whom county news reports describe as": a relative clause's subject is no source
        begin -= 1
    if begin > 0 and toks[begin - 1].low in SPECIFIERS:
        begin -= 1  # "some families", "each side", "one Tolvik delegate"
    opens = begin == 0 or toks[begin - 1].low in CLAUSE_OPENERS or toks[begin - 1].low in OPENERS
    first = toks[begin]
    plural = word.low.endswith("s") and not word.low.endswith("ss") and not word.capital
    specified = first.low in SPECIFIERS and begin < head and not word.capital and _specified_subject(toks, begin, head)
    # "..., forecasters say": one plural word right before the verb, after a clause boundary
    alone = plural and begin == head and (begin == 0 or toks[begin - 1].text in CLAUSE_OPENERS) and head + 1 < len(toks) and is_cue(toks, head + 1)
    if not opens or not (first.low in {"the", "a", "an"} or specified or (plural and (begin < head or alone))):
        return None
    if first.low in NOT_SPEAKERS and not specified:
        return None
    if any(t.text[:1].isdigit() for t in toks[begin:head + 1]) or (begin == head and not alone):
        return None
    if occasion(toks, begin, head):
        return None
    words = [t.text for t in toks[begin:head + 1]]
    words[0] = words[0].lower() if first.low in DETERMINERS or not is_name_word(first) or begin == 0 else words[0]
    return Mention("described", " ".join(words), head=word.low)


def first_conjunct(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Jane Roe and Sam Ray said", "Officials and their advisers say": of a
    subject of two, the first, which heads it. Only when that first one
    opens its clause ("Roe praised Ray and Lee said" has two clauses) or
    follows the quotation ('"...," Jane Roe and Sam Ray wrote')."""
    last = skip_back(toks, verb - 1)
    k = last
    while k > 0 and last - k < 10 and toks[k].quote < 0 and WORD.match(toks[k].text) and toks[k].low != "and":
        if toks[k].low in CLAUSE_VERBS:
            return None
        k -= 1
    if k <= 0 or k == last or toks[k].low != "and" or opening_name(toks, verb) is not None:
        return None  # "Jo Roe, the chair of the panel on Roads, Rail and Harbours, said": the list is inside Roe's apposition
    first = mention_back(toks, k)
    if first is None or first.kind not in {"name", "pronoun", "described"}:
        first = described(toks, k - 1)
    if first is None or (first.kind == "described" and not first.head.endswith("s") and is_name_word(toks[last])):
        return None  # "GOP contender and former surgeon Jo Roe said": one person, described twice
    begin = k - len(first.text.split())
    if first.kind == "name" and k - begin == 1 and toks[last].low in GROUP_HEADS | PERSON_ROLES and all(t.capital for t in toks[k + 1 : last]):
        # "Harbour and Rail officials said": names that modify one plural head are one group
        first = Mention("described", " ".join(t.text for t in toks[begin : last + 1]), head=toks[last].low)
    before = toks[begin - 1] if begin > 0 else None
    # the subject opens its clause, also right after the quotation it attributes ('"...," Roe and Ray wrote')
    opens = before is None or before.quote >= 0 or before.text in CLAUSE_OPENERS or before.low in (OPENERS | {"both"}) - {"the"}
    return first if opens else None


def plural_group(tok: Token) -> bool:
    """The plural of a group or of a person's role: "residents", "farmers"."""
    return tok.quote < 0 and tok.low.endswith("s") and (tok.low in GROUP_HEADS or tok.low[:-1] in PERSON_ROLES)


def _after_introduction(toks: Sequence[Token]) -> int:
    """Where the clause begins after an opening phrase of time or place set
    off by a comma ("On Monday, the unions ..."), else 0."""
    if not toks or toks[0].low not in PREPOSITIONS | INTRODUCERS:
        return 0
    comma = next((k for k in range(1, min(len(toks), 6)) if toks[k].text == ","), -1)
    return comma + 1 if comma > 0 else 0


_LOWER_FIRST = re.compile(r"[a-z]")


def opening_group(toks: Sequence[Token]) -> Mention | None:
    """"Residents packed the hall", "But many angry farmers blocked the road":
    the unnamed group (or party, "Democrats walked out") that opens a sentence
    as the subject of whatever verb follows; the group a later "they" may mean.
    Only a determiner or a quantifier and one word after it, or an ordinary
    word opening the sentence ("Leading Democrats"), may come before the
    group ("Ivo Trell met residents" opens with a person, not a group)."""
    start = _after_introduction(toks)
    while start < len(toks) and (toks[start].low in OPENERS - {"the"} or toks[start].text == ","):
        start += 1
    head = start
    if head < len(toks) and toks[head].low in DETERMINERS | QUANTIFIERS:
        head += 1
        modifier = head + 1 < len(toks) and toks[head].bare.isalpha() and toks[head].text.islower()  # "the nurses' unions"
        head += modifier and plural_group(toks[head + 1])
    elif start == 0 and len(toks) > 2 and plural_group(toks[1]) and unnamed_group(toks, 0, 1):
        head = 1
    if head + 2 >= len(toks) or not plural_group(toks[head]) or toks[head].possessive:
        return None
    relative = toks[head + 1].text == "," and toks[head + 2].low in RELATIVE_OPENERS | {"which"}  # "The unions, which ..., rejected"
    if not relative and (toks[head + 1].capital or not _LOWER_FIRST.match(toks[head + 1].text)):
        return None  # the group is the subject of the verb that follows it
    words = [t.text for t in toks[start:head]] + [toks[head].bare]  # "the nurses' unions"
    if toks[start].low in DETERMINERS | QUANTIFIERS or (start == 0 and toks[start].low not in BODY_WORDS):
        words[0] = words[0].lower()
    return Mention("described", " ".join(words), head=toks[head].low)
