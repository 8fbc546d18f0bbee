"""Asides: what stands between a verb of saying and the last word of its
subject, passed over on the way back (pass one of attribution).

In: the ``Token`` run of one sentence and an index in it. Out:
``skip_back`` gives the index of the last word of the subject, passing back
over adverbs and auxiliaries ("has long said", "Roe publicly said"), times
("Roe last month told"), brackets ("(D-Wyo.)"), asides set off by dashes,
appositions and relative clauses set off by commas ("Ana Roe, a Tolvik
councillor, said") and places or bodies after "of" ("Jane Roe of New
Mexico said"); ``mentions`` reads the speaker there.
"""

from __future__ import annotations

from collections.abc import Sequence

from .data import words
from .lexicon import language
from .mention_words import (
    ADVERBIAL_PREPOSITIONS,
    APPOSITION_OPENERS,
    ASIDES,
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    DETERMINERS,
    ORG_JOINERS,
    PARTY_MEMBERS,
    PERSON_ROLES,
    POSSESSIVES,
    PREPOSITIONS,
    SPEECH,
    TITLE_WORDS,
    is_name_word,
    name_run,
)
from .not_names import STATES, WEEKDAYS, is_place, never_a_name
from .sentence_tokens import Token, towns_state


def _previous_comma(toks: Sequence[Token], end: int) -> int:
    """The comma before ``end``, passing over "Astoria, Ore." and quotes; -1 if none."""
    j = end - 1
    while j >= 0:
        if toks[j].quote >= 0:
            return -1
        if toks[j].text == "," and not (j + 1 < len(toks) and (towns_state(toks, j + 1) or is_place([toks[j + 1].text]))):
            return j
        j -= 1
    return -1


def _sets_off(segment: Sequence[Token]) -> bool:
    """Words between commas that describe the name before them: an apposition
    ("a shadow minister"), a relative clause ("who led the review"), an age
    ("15"), a participle phrase ("speaking in Brussels")."""
    if not segment or _titled_name(segment):
        return False
    first = segment[0]
    return (
        first.low in _APPOSITION_HEADS
        or first.text.isdigit()
        or (first.low.endswith("ing") and not first.capital)
        or (len(segment) <= 8 and segment[-1].low in PERSON_ROLES)  # ", Velmora's chief executive,"
        or (first.low in PREPOSITIONS and len(segment) <= 4)  # ", for example," ", in turn,"
        or (first.low in ADVERBIAL_PREPOSITIONS and len(segment) <= 6)  # ", without giving details,"
        or (len(segment) <= 2 and never_a_name(first.low, first.text))  # ", R-Utah,"
        or first.low in PARTY_MEMBERS  # ", Republican of Ohio,"
        or (len(segment) == 1 and (first.low.endswith("ly") or first.low in ASIDES))  # ", however,"
    )


def _titled_name(segment: Sequence[Token]) -> bool:
    """", Councillor Ana Berg,", ", Dr Ivo Dan,": a title or office before a
    name is the name of the person a description before it describes ("The
    leader of the group, Councillor Ana Berg, said"), not an apposition; ",
    Chief Executive Officer," ends in an office and stays one."""
    first, rest = segment[0], segment[1:]
    return (
        first.capital and first.low.rstrip(".") in TITLE_WORDS and bool(rest)
        and all(is_name_word(t) and t.low not in PERSON_ROLES for t in rest)
    )


# Words between a subject and its verb: adjuncts of time ("has long said") and an emphatic pronoun ("itself").
MEDIAL = words("grammar", "medial_adverbs") | words("grammar", "intensifiers")
# The words that open an apposition, made once, not once a word.
_APPOSITION_HEADS = APPOSITION_OPENERS | PERSON_ROLES
_APPOSITION_OPENING = _APPOSITION_HEADS | PREPOSITIONS
TIME_UNITS = words("grammar", "time_units")
TIME_DETERMINERS = words("grammar", "time_determiners")


def _name_not_modal(toks: Sequence[Token], i: int) -> bool:
    """"Ivo Will wrote", "Will urged the council": a capitalised word that
    is also an auxiliary is a name inside a sentence, or at its start before
    a past form, which no auxiliary takes ("Will they go?")."""
    tok = toks[i]
    past = i + 1 < len(toks) and (toks[i + 1].low.endswith("ed") or toks[i + 1].low in {"said", "told", "wrote"})
    return tok.capital and (i > 0 or past)


def skip_back(toks: Sequence[Token], i: int) -> int:
    """From ``i`` back to the last word of a speech verb's subject, passing
    over adverbs and auxiliaries, brackets ("(D-Wyo.)") and the appositions
    and relative clauses set off by commas."""
    while i >= 0:
        tok = toks[i]
        # "has long said", not "the first said" nor "came first, said"
        medial = tok.low in MEDIAL and i > 0 and toks[i - 1].low not in DETERMINERS and i + 1 < len(toks) and toks[i + 1].text != ","
        if tok.low in TIME_UNITS and i > 1 and toks[i - 1].low in TIME_DETERMINERS and i + 1 < len(toks) and toks[i + 1].text != ",":
            i -= 2  # "The council this week said", "Roe last month told"
            while i >= 0 and toks[i].low in TIME_DETERMINERS:
                i -= 1  # "this past week"
        elif (tok.low in AUX and not _name_not_modal(toks, i)) or _adverb_in_ly(toks, i) or tok.low in WEEKDAYS or medial:
            i -= 1
            if i >= 0 and toks[i].low == "on" and tok.low in WEEKDAYS:
                i -= 1  # "Jane Roe on Tuesday said"
        elif tok.capital and i > 1 and (of := max(_place_after_of(toks, i), _person_before_of(toks, i))) >= 0:
            i = of  # "Jane Roe of New Mexico said", "Jane Roe of the Fairway Institute said"
        elif tok.text in SET_OFF_DASHES and (opening := _opening_dash(toks, i)) > 0:
            i = opening - 1  # "Pilots — and some dockers — say", "Roe — who chaired the board — states"
        elif tok.text == ")":
            opening = next((j for j in range(i - 1, -1, -1) if toks[j].text == "("), -1)
            if opening < 0:
                return i
            i = _skip_set_off(toks, opening)  # "(D-Wyo.)", or an aside closing a clause
        elif tok.low in {"who", "which"} and i > 0 and toks[i - 1].text == ",":
            i = _skip_set_off(toks, i - 1)
        elif tok.text == ",":
            named = _apposition_start(toks, i)
            if named >= 0:
                return named  # "Jane Roe, who lives outside the capital, Sacramento, said"
            i = _skip_set_off(toks, i)
        else:
            return i
    return i


def _adverb_in_ly(toks: Sequence[Token], i: int) -> bool:
    """"has repeatedly said", "Roe publicly said": a word in -ly between a
    subject and its verb is an adverb, unless a determiner or a possessive
    stands right before it, which only a noun follows ("The family said",
    "Roe's family said", "the assembly said"), or one with a hyphenated
    modifier between ("a pro-harbour assembly said": a compound adjective
    before a noun)."""
    tok = toks[i]
    if not tok.low.endswith("ly") or tok.capital:
        return False
    before = toks[i - 1] if i > 0 else None
    if before is not None and "-" in before.text.strip("-") and i > 1:
        before = toks[i - 2]  # "a pro-harbour assembly", "the long-awaited assembly"
    return not (before is not None and (before.low in _NOUN_OPENERS or before.possessive))


_NOUN_OPENERS = DETERMINERS | POSSESSIVES  # made once, not once a word
SET_OFF_DASHES = frozenset({"—", "–"})


def _opening_dash(toks: Sequence[Token], closing: int) -> int:
    """The dash that opens the aside a dash at ``closing`` ends, between a
    subject and its verb ("Pilots — and some dockers — say"), or -1:
    within 25 words, after a word, with no sentence stop inside (a
    quotation inside is the aside's own: "Roe — who once called it "a
    folly" — said"), and not an aside that attributes ("The depot — Roe said — will close" is a clause of its own)."""
    if closing < 2 or toks[closing - 1].low in SPEECH:
        return -1
    for j in range(closing - 1, max(-1, closing - 26), -1):
        tok = toks[j]
        if tok.text in {".", ";", ":"}:
            return -1
        if tok.text in SET_OFF_DASHES:
            return j if j > 0 and toks[j - 1].text[:1].isalnum() else -1
    return -1


def _apposition_start(toks: Sequence[Token], comma: int) -> int:
    """The name before a long apposition or relative clause that ends at
    ``comma`` (", legal director for the rights group Fairway Alliance,"), or -1.
    Of several, the first, when what follows it only describes: in "Ann Lee,
    who founded Fairway Alliance, a rights group, said" Ann Lee speaks."""
    found = -1
    for j in range(comma - 1, max(-1, comma - 26), -1):
        tok = toks[j]
        if tok.quote >= 0 or (tok.low in SPEECH and not tok.capital) or tok.text in {".", ";", ":"}:
            return found
        named = j - 1
        before = toks[named] if named >= 0 else None
        if (
            tok.text == "," and before is not None and j + 1 < comma and is_name_word(before) and not before.possessive
            and before.bare not in STATES and not is_place([before.bare]) and before.low not in BODY_WORDS
        ):
            opener = toks[j + 1].low
            if opener in _APPOSITION_OPENING or any(t.low in PERSON_ROLES for t in toks[j + 1:j + 5]):
                if found >= 0 and not _all_set_off(toks[j + 1:found + 1]):
                    return found  # "When Jo Bell, the mayor, arrived, Sam Ray, a farmer, said": Ray
                found = named
    return found


def _all_set_off(words: Sequence[Token]) -> bool:
    """Every phrase between the commas of ``words`` describes what stands
    before it, as a set-off phrase or a role (", research director for X,")."""
    cuts = [-1, *(k for k, t in enumerate(words) if t.text == ","), len(words)]
    parts = [words[a + 1:b] for a, b in zip(cuts, cuts[1:])]
    return all(_sets_off(part) or any(t.low in PERSON_ROLES for t in part[:4]) for part in parts)


# Made once, not once a word: the words a "Jane Roe of the Fairway
# Institute" run holds besides capitalised ones, and the words that make a
# run a body's.
_RUN_JOINERS = ORG_JOINERS | {"and"}
_BODY_WORDS = BODY_WORDS | BODY_NOUNS


def _place_after_of(toks: Sequence[Token], i: int) -> int:
    """For "of New Mexico" or "of Astoria, Ore." ending at ``i``, the index
    before "of"; else -1. So too "in Marion" and "from Marion": the place a
    person (or the body before it, "Jo Roe of Fairway Church in Marion") is
    from. A state after a comma says the run before it is a town, known or
    not (AP dateline style); so does "in" after a capitalised word ("the
    Harbor Chapel in Tolvik": a person or body is in a place, never in a
    person)."""
    start = i
    while start - 1 >= 0 and toks[start - 1].capital:
        start -= 1
    town = start == i and towns_state(toks, i)
    if town:
        i = start = start - 2
        while start - 1 >= 0 and toks[start - 1].capital:
            start -= 1
    located = start >= 3 and toks[start - 1].low == "in" and toks[start - 2].capital and not toks[start - 2].possessive  # not "Teachers in Tolvik"
    if start > 0 and toks[start - 1].low in {"of", "in", "from"} and (town or located or is_place([t.bare for t in toks[start:i + 1]])):
        return start - 2
    return -1


def _person_before_of(toks: Sequence[Token], i: int) -> int:
    """"Jane Roe of the Fairway Institute" ending at ``i``: the index of "Roe" (a full name opening its phrase), or -1."""
    for j in range(i - 1, max(0, i - 10), -1):
        if not (toks[j].capital or toks[j].low in _RUN_JOINERS):
            return -1
        start = name_run(toks, j - 1) if toks[j].low == "of" else j
        if j - start >= 2 and not {t.low for t in toks[start:j]} & _BODY_WORDS and (start == 0 or toks[start - 1].low not in ORG_JOINERS):
            return j - 1
    return -1


def _skip_set_off(toks: Sequence[Token], comma: int) -> int:
    j = _previous_comma(toks, comma)
    if j >= 0 and _sets_off(toks[j + 1:comma]) and not _subject_after_opening(toks, j):
        return j  # the opening comma: another set-off phrase may stand before it
    return comma - 1


# Words that open a sentence's introductory phrase ("On Monday,", "Last
# month,", "In a statement,"): the phrase after its comma is the subject,
# not an apposition ("On Monday, the trust, a charity, said").
_PHRASE_OPENERS = (language()["introducers"] - words("grammar", "subordinators") - {"unless", "until"}) | TIME_DETERMINERS | WEEKDAYS
_DAY_WORDS = WEEKDAYS | TIME_UNITS  # made once, not once a word


def _subject_after_opening(toks: Sequence[Token], comma: int) -> bool:
    """Whether ``comma`` closes the phrase that opens the sentence (no more
    than four words that begin with a preposition or a word of time) and a
    subject follows it, opened by a determiner or a capital ("On Monday, the
    trust, ..."; not "On Monday, during a visit, ...", nor "On Monday the
    trust, a charity, ...", whose subject follows the day before the comma)."""
    if not (0 < comma <= 4 and toks[0].low in _PHRASE_OPENERS):
        return False  # the cheap tests first: most commas close no opening phrase
    day = next((k for k in range(1, comma) if toks[k].low in _DAY_WORDS), -1)
    if 0 < day < comma - 1 and (toks[day + 1].low in _NOUN_OPENERS or toks[day + 1].capital):
        return False  # "On Monday the Trust, a charity, said": the subject follows the day, before this comma
    first = toks[comma + 1] if comma + 1 < len(toks) else None
    subject = first is not None and (first.low in _NOUN_OPENERS or first.capital) and first.low not in _PHRASE_OPENERS
    return subject and _previous_comma(toks, comma) < 0
