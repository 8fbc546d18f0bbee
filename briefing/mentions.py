"""Mentions: the words that name a speaker, read back from a speech verb or
forward from an inverted one (pass one of attribution).

In: the ``Token`` run of one sentence and where its speech verb stands. Out:
a ``Mention`` for the speaker (a name, a pronoun, "the minister", "his
spokesman", "a Labour MP", "a spokesman for the Tolvik Trust") or None,
passing back over asides, adverbs, appositions set off by commas or dashes
("Ana Roe, a Tolvik councillor, said") and places after "of". The word lists,
``Mention``, ``Parsed`` and the name helpers are in ``mention_words``;
nothing here looks beyond the sentence; ``attribution`` resolves the
mentions across the corpus.
"""

from __future__ import annotations

import re
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
    COMPANY_WORDS,
    DETERMINERS,
    NOT_NAMES,
    NOT_SPEAKERS,
    OPENERS,
    ORG_JOINERS,
    PARTY_MEMBERS,
    PERSON_ROLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH,
    TITLES,
    Mention,
    is_name_word,
    name_end,
    name_run,
    org_name,
    org_names,
    role_before,
    unnamed_group,
)
from .not_names import STATE_NAMES, STATES, WEEKDAYS, is_place, never_a_name
from .sentence_tokens import Token


def _previous_comma(toks: Sequence[Token], end: int) -> int:
    """The comma before ``end``, passing over "Medford, Ore." and quotes; -1 if none."""
    j = end - 1
    while j >= 0:
        if toks[j].quote >= 0:
            return -1
        if toks[j].text == "," and not (j + 1 < len(toks) and (toks[j + 1].text in STATES or is_place([toks[j + 1].text]))):
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
        first.low in APPOSITION_OPENERS | PERSON_ROLES
        or first.text.isdigit()
        or (first.low.endswith("ing") and not first.capital)
        or (len(segment) <= 8 and segment[-1].low in PERSON_ROLES)  # ", Corvane's chief executive,"
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
        first.capital and first.low.rstrip(".") in TITLES | PERSON_ROLES and bool(rest)
        and all(is_name_word(t) and t.low not in PERSON_ROLES for t in rest)
    )


# Words between a subject and its verb: adjuncts of time ("has long said") and an emphatic pronoun ("itself").
MEDIAL = words("grammar", "medial_adverbs") | words("grammar", "intensifiers")
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
    over adverbs and auxiliaries, brackets ("(D-Ore.)") and the appositions
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
            i = _skip_set_off(toks, opening)  # "(D-Ore.)", or an aside closing a clause
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
    "Roe's family said", "the assembly said")."""
    tok = toks[i]
    if not tok.low.endswith("ly") or tok.capital:
        return False
    before = toks[i - 1] if i > 0 else None
    return not (before is not None and (before.low in _NOUN_OPENERS or before.possessive))


_NOUN_OPENERS = DETERMINERS | POSSESSIVES  # made once, not once a word
SET_OFF_DASHES = frozenset({"—", "–"})


def _opening_dash(toks: Sequence[Token], closing: int) -> int:
    """The dash that opens the aside a dash at ``closing`` ends, between a
    subject and its verb ("Pilots — and some dockers — say"), or -1:
    within 25 words, after a word, with no quotation or sentence stop
    inside, and not an aside that attributes ("The depot — Roe said — will
    close" is a clause of its own)."""
    if closing < 2 or toks[closing - 1].low in SPEECH:
        return -1
    for j in range(closing - 1, max(-1, closing - 26), -1):
        tok = toks[j]
        if tok.quote >= 0 or tok.text in {".", ";", ":"}:
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
            if opener in APPOSITION_OPENERS | PERSON_ROLES | PREPOSITIONS or any(t.low in PERSON_ROLES for t in toks[j + 1:j + 5]):
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


def _place_after_of(toks: Sequence[Token], i: int) -> int:
    """For "of New Mexico" or "of Medford, Ore." ending at ``i``, the index
    before "of"; else -1. So too "in Marion" and "from Marion": the place a
    person (or the body before it, "Jo Roe of Fairway Church in Marion") is
    from. A state after a comma says the run before it is a town, known or
    not (AP dateline style); so does "in" after a capitalised word ("the
    Harbor Chapel in Tolvik": a person or body is in a place, never in a
    person)."""
    start = i
    while start - 1 >= 0 and toks[start - 1].capital:
        start -= 1
    town = start == i and toks[i].bare in STATES | STATE_NAMES and start >= 2 and toks[start - 1].text == "," and toks[start - 2].capital
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
        if not (toks[j].capital or toks[j].low in ORG_JOINERS | {"and"}):
            return -1
        start = name_run(toks, j - 1) if toks[j].low == "of" else j
        if j - start >= 2 and not {t.low for t in toks[start:j]} & (BODY_WORDS | BODY_NOUNS) and (start == 0 or toks[start - 1].low not in ORG_JOINERS):
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


def _subject_after_opening(toks: Sequence[Token], comma: int) -> bool:
    """Whether ``comma`` closes the phrase that opens the sentence (no more
    than four words that begin with a preposition or a word of time) and a
    subject follows it, opened by a determiner or a capital ("On Monday, the
    trust, ..."; not "On Monday, during a visit, ...", nor "On Monday the
    trust, a charity, ...", whose subject follows the day before the comma)."""
    first = toks[comma + 1] if comma + 1 < len(toks) else None
    day = next((k for k in range(1, comma) if toks[k].low in WEEKDAYS | TIME_UNITS), -1)
    if 0 < day < comma - 1 and (toks[day + 1].low in DETERMINERS | POSSESSIVES or toks[day + 1].capital):
        return False  # "On Monday the Trust, a charity, said": the subject follows the day, before this comma
    subject = first is not None and (first.low in DETERMINERS | POSSESSIVES or first.capital) and first.low not in _PHRASE_OPENERS
    return subject and 0 < comma <= 4 and toks[0].low in _PHRASE_OPENERS and _previous_comma(toks, comma) < 0


def _opening_name(toks: Sequence[Token], verb: int) -> Mention | None:
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


def mention_back(toks: Sequence[Token], verb: int) -> Mention | None:
    """The words naming the subject of the speech verb at ``verb``."""
    opening = _opening_name(toks, verb)
    if opening is not None:
        return opening
    i = skip_back(toks, verb - 1)
    if i < 0 or toks[i].quote >= 0:
        return None
    word = toks[i]
    clitic = re.fullmatch(r"(\w+)['’](?:s|d|ve|ll|re)", word.text.lower())
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
        before = start - 1 if toks[start - 1].low != "the" else start - 2
        if before > 0 and toks[before].low in PREPOSITIONS and toks[before - 1].low in PERSON_ROLES:
            return _description(toks, i + 1)  # "the MP for Liverpool Walton", "a spokesman for the Fairway Trust"
        group = unnamed_group(toks, start, i)
        if group is not None:
            return group
        text = " ".join(t.text for t in toks[start:i + 1])
        words = [t.bare for t in toks[start:i + 1]]
        if is_place(words):
            return None
        org = next((o for o in org_names(toks) if o.endswith(text) and o != text), None)
        if org:
            return Mention("body", org)  # "the Association of Continental Carmakers said"
        if len(words) > 1 and words[-1].lower() in BODY_NOUNS | COMPANY_WORDS | BODY_WORDS or (
            any(w.lower() in BODY_WORDS for w in words)
            and not any(w.lower().rstrip(".") in TITLES | PERSON_ROLES for w in words[:-1])  # "Labour MP Jo Roe"
        ):
            return Mention("body", org_name([t.text for t in toks[start:i + 1]]))
        return Mention("name", text, role=role_before(toks, start))
    if word.low in PERSON_ROLES | BODY_NOUNS:
        return _description(toks, i + 1)
    return None


def spokesperson_for_office(toks: Sequence[Token], start: int) -> Mention | None:
    """"A spokesman for the Police Commissioner, Jane Roe, said": a name set
    off after a spokesperson's description that ends in an office is in
    apposition to the office, its holder (the Guardian and Observer style
    guide, "spokesman": "a spokesman for the home secretary, Jo Roe"), so
    the spokesperson speaks, for that person. A name set off after "A
    spokesman," or after a body ("for the company, John Doe,") or a name
    ("for Mayor Ivo Pell, John Doe,") is the spokesperson's own."""
    if start < 4 or toks[start - 1].text != "," or toks[start - 2].low not in OFFICE_HEADS:
        return None
    begin = start - 2
    while begin > 0 and start - begin <= 9 and re.match(r"\w", toks[begin - 1].text) and toks[begin - 1].quote < 0:
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
    if noun.low in PERSON_ROLES | BODY_NOUNS | BODY_WORDS | NOT_SPEAKERS | PRONOUNS | NOT_NAMES:
        return None
    words = [t.text for t in toks[begin:end + 1]]
    return Mention("described", " ".join([words[0].lower(), *words[1:]]), head=noun.low)


RELATIVES = words("grammar", "relative_pronouns")


def _head_of_description(toks: Sequence[Token], end: int) -> int | None:
    """Where the role or body noun of a description ending at ``end`` stands
    ("spokesman" in "a spokesman for the Fairway Trust"); None without one."""
    i = end - 1
    j = i
    while j >= 0 and (toks[j].capital or toks[j].low == "the"):
        j -= 1
    if j > 0 and toks[j].low in PREPOSITIONS and toks[j - 1].low in PERSON_ROLES:
        i = j - 1  # back over "for the Fairway Trust", "for Mayor Lind"
    while i >= 0 and (toks[i].capital or toks[i].low in PREPOSITIONS) and toks[i].low not in PERSON_ROLES | BODY_NOUNS:
        i -= 1  # back over "for Liverpool Walton"
    return i if i >= 0 and toks[i].low in PERSON_ROLES | BODY_NOUNS else None


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
        if not inside_name and (word.quote >= 0 or not re.match(r"\w", word.text) or word.low in PREPOSITIONS | SPEECH | AUX | OPENERS | RELATIVES):
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
    while end < len(toks) and (is_name_word(toks[end]) or toks[end].low in PERSON_ROLES | DETERMINERS | BODY_NOUNS):
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
    if is_name_word(toks[last]) and toks[last].low not in PERSON_ROLES:
        return mention_back([*toks[start : last + 1], Token.make("said", 0, 0)], last + 1 - start)
    return _description(toks, end)
