"""Roles: the words of one sentence that say what a named person is. Tokens
and the span of a name in; a role out, or None: an office set off before
the name ("the Prime Minister, Sir Alan Brook"), an apposition after it
(", a shadow education minister,", ", regional secretary of the Bakers'
Union,"), a spokesperson's principal ("spokeswoman for Pemberton"; "spokesman
for his" after "his spokesman", whose the article says: ``owned_by``), plain
words after an inverted verb ("retired ferryman"), a description set off
before it ("A union spokesman, Ivo Dan,"). ``printed_beside`` gathers them
for ``saying.parse``; ``named_after_description`` is the speaker of '"...,"
said a union spokesman, Ivo Dan.'. ``TITLE_ROLES`` spells out abbreviated
titles; ``strip_titles`` splits the title or role word off the front of a
name ("Sir Alan Brook"). One role per person across all sources, and the
keys roles are compared by, are in ``role_choice``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .data import words
from .mention_words import (
    APPOSITION_OPENERS,
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    COURTESY,
    DETERMINERS,
    NOT_NAMES,
    OPENERS,
    PERSON_ROLES,
    PLURAL_OWNER,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH,
    TITLE_WORDS,
    Mention,
    is_name_word,
    name_end,
    name_run,
    role_before,
)
from .mentions import spokesperson_for_office
from .saying_verbs import is_cue
from .sentence_tokens import Token

# Abbreviated titles and the office each names ("Sen." -> senator).
TITLE_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "prof": "professor",
               "cllr": "councillor", "supt": "superintendent", "det": "detective", "insp": "inspector",
               "sgt": "sergeant", "gen": "general", "capt": "captain", "col": "colonel"}


def strip_titles(words: list[str]) -> tuple[str | None, list[str]]:
    """Split "Labour MP Jo Hale" / "Sir Alan Brook" / "Ecologist Idrun
    Marrin" into the last title or role word and the name after it;
    "Secretary of State Jo Hale" into the office with its complement and
    the name (``_complemented``)."""
    cut = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLE_WORDS), default=-1)
    if cut < 0 and len(words) >= 3 and _JOB.search(words[0].lower()):
        cut = 0
    if cut >= 0 and (name := _complemented(words[cut:])):
        return " ".join(words[cut:-name]), words[-name:]
    return (words[cut].rstrip(".") if cut >= 0 else None), words[cut + 1:]


def office_start(toks: Sequence[Token], start: int, end: int, begin: int) -> int:
    """Where the run of capitalised words ``start`` to ``end`` (inclusive)
    begins when an office and its "of" or "for" stand before it and it ends
    in a full name ("Secretary of State Jo Hale": the run "State Jo Hale"
    begins at "Secretary", ``_complemented``); else ``start``."""
    office = start - 2
    if office >= begin and toks[start - 1].low in {"of", "for"} and toks[office].capital and toks[office].low in TITLE_WORDS:
        return office if _complemented([t.text for t in toks[office:end + 1]]) else start
    return start


def _complemented(words: list[str]) -> int:
    """"Secretary of State Jo Hale", "Director of National Intelligence
    Jo F. Hale": an office whose "of" or "for" phrase names its department
    (AP Stylebook, "titles": capitalised before a name), then a full name:
    how many words the name has (two, or three with a middle initial; 0
    when the words are no such office and name: a surname alone after the
    department is left as it was, as "Secretary of State Hale" cannot say
    where the department ends)."""
    if len(words) < 5 or words[1].lower() not in {"of", "for"}:
        return 0
    return 3 if len(words) >= 6 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2


def titled_person(words: list[str]) -> bool:
    """"Ms. Park", "Councillor Hana Park", "President Lena Fox": a name after
    a courtesy title, or a full name after an office, is a person's even when
    its last word also names bodies and places ("park", "fox", "church" are
    surnames too); the title says so. "Prime Minister's Office" is no person:
    after an office, a single word is not enough; nor is "Office of the
    Surveyor of the County": a name opens with a capital, never "of the"."""
    title, rest = strip_titles(words)
    if title is None or not rest or not rest[0][:1].isupper() or any(w.lower() in BODY_WORDS for w in rest[:-1]):
        return False
    return title.lower() in COURTESY or len(rest) >= 2


# Nouns for a trade or a field of study ("ecologist", "physician",
# "photographer", and the agent nouns of making: "filmmaker", "toymaker"):
# before a full name, a job title, not a given name.
_JOB = re.compile(r"..(?:ist|ician|grapher|maker)$")


def _owner(toks: Sequence[Token], at: int) -> str:
    """Who the possessive at ``at`` names: "Pemberton" for "Minister Pemberton's"
    (the title left out, so it matches the speaker's name), "the health
    minister" for "the health minister's"."""
    if is_name_word(toks[at]):
        _, rest = strip_titles([t.printed for t in toks[name_run(toks, at):at + 1]])
        return " ".join(rest)
    begin = at
    while begin - 1 >= 0 and at - begin < 4:
        word = toks[begin - 1]
        if word.low in DETERMINERS:
            begin -= 1
            break
        if not word.low.isalpha() or word.capital or word.low in PREPOSITIONS | SPEECH | AUX:
            break
        begin -= 1
    return " ".join(t.low for t in toks[begin:at + 1])


def _spokesperson_at(toks: Sequence[Token], k: int) -> str | None:
    """"spokeswoman for Pemberton" when ``toks[k]`` is "spokeswoman" after
    "Pemberton's"; "spokesman for his" after "his", for the reader of the
    article to say whose (``owned_by``)."""
    if not 0 < k < len(toks) or not toks[k].low.startswith("spokes"):
        return None
    if toks[k - 1].low in POSSESSIVES:
        return f"{toks[k].low} for {toks[k - 1].low}"
    owner = _owner(toks, k - 1) if toks[k - 1].possessive else None
    return f"{toks[k].low} for {owner}" if owner else None


def owned_by(role: str) -> str | None:
    """The pronoun a role says whose it is ("his" in "spokesman for his"), else None."""
    last = role.rsplit(" ", 1)[-1]
    return last if last in POSSESSIVES and " for " in role else None


def spokesperson_role(toks: Sequence[Token], start: int, end: int) -> str | None:
    """A spokesperson named with whom they speak for, before or after the name
    that runs from ``start`` to ``end``: "Pemberton's spokeswoman, Juno Vance,",
    "the minister's spokesman Ivo Dan", "Juno Vance, Pemberton's spokeswoman,".
    Their words are their principal's, so the role says whose: "spokeswoman
    for Pemberton"."""
    before = start - 2 if start >= 2 and toks[start - 1].text == "," else start - 1
    after = end + 3 if end + 1 < len(toks) and toks[end + 1].text == "," else -1
    return _spokesperson_at(toks, before) or _spokesperson_at(toks, after)


def description_after_verb(toks: Sequence[Token], start: int) -> str | None:
    """'"...," said retired miner Ivo Brant': the plain words between an
    inverted verb of saying and the name describe the person, whatever
    the words ("retired schoolteacher", "local shopkeeper")."""
    k = start - 1
    while k >= 0 and start - k <= 4 and toks[k].quote < 0 and toks[k].low.isalpha() and not toks[k].capital:
        if toks[k].low in SPEECH:
            break
        if toks[k].low in DETERMINERS | PREPOSITIONS | AUX | PRONOUNS or toks[k].low.endswith("ly"):
            return None
        k -= 1
    inverted = 0 < k < start - 1 and toks[k].low in SPEECH and (toks[k - 1].quote >= 0 or toks[k - 1].text == ",")
    return " ".join(t.text for t in toks[k + 1:start]) if inverted else None


_NUMBERS = words("grammar", "number_units") | words("grammar", "number_tens")
# Words that never head a description of a person: the closed classes and
# the plain words of time and quantity ("a week later", "a day after").
_NOT_DESCRIBING = words("grammar", "function_words") | words("grammar", "stop_words") | words("grammar", "plain_words")
# Made once, not once a word: the words a description's words never are.
_NOT_A_NOUN = _NOT_DESCRIBING | SPEECH | AUX
_NOT_IN_OPENING = _NOT_A_NOUN - {"former"}  # "Former bus driver Elsa Marrow"
_OFFICE_WORDS = TITLE_WORDS - COURTESY


def described_opening(toks: Sequence[Token], start: int) -> str | None:
    """"Local builder Ivo Dan said", "Mother of three Ana Roe said": the
    words that open the sentence before a name, all but the first in lower
    case, are common nouns and their modifiers, whatever the noun: the
    person's description. Not an opening of time or manner ("Last week",
    "Visibly angry", "Speaking outside"): no function word, plain word of
    time or adverb; "of" only before a number ("father of two")."""
    if not 2 <= start <= 5 or not toks[0].capital or toks[0].low in OPENERS | NOT_NAMES or toks[0].low.endswith("ing"):
        return None
    if toks[start].low.rstrip(".") in _OFFICE_WORDS:
        return None  # "Centre party MP Eskil Aune": the office's words are read with the office; not "Dr"
    phrase = toks[:start]
    for k, t in enumerate(phrase):
        number = t.low == "of" and 0 < k < start - 1 and (phrase[k + 1].low in _NUMBERS or phrase[k + 1].text.isdigit())
        if t.quote >= 0 or not (t.low.isalpha() or t.text.isdigit() or "-" in t.low) or (k and t.capital):
            return None
        counted = k and phrase[k - 1].low == "of" and (t.low in _NUMBERS or t.text.isdigit())
        if not (number or counted) and (t.low in _NOT_IN_OPENING or t.low.endswith("ly")):
            return None
    return " ".join(t.text for t in phrase)


def office_comma_before(toks: Sequence[Token], start: int) -> str | None:
    """"the Prime Minister, Sir Alan Brook": an office set off before a name."""
    if start < 2 or toks[start - 1].text != "," or toks[start - 2].low not in PERSON_ROLES:
        return None
    begin = start - 2
    while begin - 1 >= 0 and toks[begin - 1].capital and toks[begin - 1].low not in NOT_NAMES:
        begin -= 1
    if begin - 1 < 0 or toks[begin - 1].low not in {"the", "present", "current", "former"}:
        return None
    return " ".join(t.text for t in toks[begin:start - 1])


def _modified_role(toks: Sequence[Token], at: int) -> bool:
    """"regional secretary of ...", "deputy chief executive": plain words
    in lower case, then a role noun, open the phrase at ``at``."""
    for k in range(at, min(at + 3, len(toks))):
        tok = toks[k]
        if tok.quote >= 0 or tok.capital or not tok.low.isalpha() or tok.low in DETERMINERS | PREPOSITIONS | PRONOUNS | AUX | SPEECH:
            return False
        if tok.low in PERSON_ROLES:
            return k > at
    return False


def _owned(words: Sequence[Token]) -> bool:
    """"the ferry union's secretary": the article goes with the possessive
    body before the role, and stays ("ferry union's secretary" reads cut)."""
    return next((t.possessive for t in words[1:] if t.possessive or t.low in PREPOSITIONS), False)


def _closes(toks: Sequence[Token], end: int) -> bool:
    """Whether the name that ends before ``end`` closes its phrase: at the
    end, before a comma or a verb of saying ("..., Ivo Dan, said", "said
    a union spokesman, Ivo Dan.")."""
    return end >= len(toks) or toks[end].text in {",", ";", ")", "—", "–"} or toks[end].low in SPEECH


def described_before(toks: Sequence[Token], start: int, end: int) -> str | None:
    """"A union spokesman, Ivo Dan, said", "said a council spokeswoman, Ivo
    Dan.", "A spokesman for the union, Ivo Dan,": a description that opens
    its clause (after an inverted verb of saying too) and the name set off
    after it, running from ``start`` to ``end`` (inclusive), are one
    person; the description is the role, whole, without its article but
    before a possessive ("the union's lawyer")."""
    if start < 3 or toks[start - 1].text != "," or not _closes(toks, end + 1) or spokesperson_for_office(toks, start):
        return None  # "A spokesman for the commissioner, Jo Roe,": Jo Roe is the commissioner
    begin = start - 1
    while begin > 0 and start - begin <= 9 and re.match(r"\w", toks[begin - 1].text) and toks[begin - 1].quote < 0 and toks[begin - 1].low not in SPEECH:
        begin -= 1
    before = toks[begin - 1] if begin > 0 else None
    inverted = before is not None and before.low in SPEECH and begin >= 2 and (toks[begin - 2].quote >= 0 or toks[begin - 2].text == ",")
    opens = before is None or before.quote >= 0 or before.text in {",", ":", "—", "–"} or inverted
    words = toks[begin:start - 1]
    if opens and words and words[0].low in POSSESSIVES:
        return _kin(words[1:], toks, end)
    owner = len(words) >= 2 and words[0].possessive and not words[-1].low.startswith("spokes")  # those are spokesperson_role's
    if not opens or len(words) < 2 or not (words[0].low in {"a", "an", "the"} or owner):
        return None
    heads = [k for k, t in enumerate(words) if t.low in PERSON_ROLES and (k == len(words) - 1 or words[k + 1].low in PREPOSITIONS)]
    if not heads or any(t.low in PRONOUNS | AUX for t in words):
        return None  # "The bill, Ivo Dan said,": no person described
    kept = owner or _owned(words)  # "Pemberton's campaign manager", "the union's lawyer": whose, kept
    role = [t.text for t in words[0 if kept else 1:]]
    role = role[1:] if not kept and role[0].lower() in {"present", "current"} else role  # "the present Prime Minister": the office
    return " ".join([role[0].lower() if role[0].lower() in DETERMINERS else role[0], *role[1:]])


def _kin(words: Sequence[Token], toks: Sequence[Token], end: int) -> str | None:
    """"His sister, Ana Roe, said", "Its chief executive, Ivo Dan,": the
    plain words after a possessive pronoun, set off before a name that a
    comma closes too, say what the person is to someone the sentence does
    not name; the words, without the pronoun ("sister", "chief executive"),
    not an owner guessed. Not "His plan, Ivo Dan said, ...": no comma after
    the name."""
    if end + 1 >= len(toks) or toks[end + 1].text != "," or not 0 < len(words) <= 4:
        return None
    if any(t.capital or not t.low.isalpha() or t.low in _NOT_DESCRIBING or t.low in SPEECH for t in words):
        return None
    return " ".join(t.text for t in words)


def named_after_description(toks: Sequence[Token], i: int) -> Mention | None:
    """'"...," said a union spokesman, Ivo Dan.': after an inverted verb of
    saying at ``i``, the name set off after a description is who speaks,
    with the description as their role (``described_before``)."""
    if i < 1 or not is_cue(toks, i) or not (toks[i - 1].quote >= 0 or toks[i - 1].text == ","):
        return None
    comma = next((k for k in range(i + 1, min(len(toks), i + 11)) if not re.match(r"\w", toks[k].text) or toks[k].quote >= 0), -1)
    if comma < 0 or toks[comma].text != ",":
        return None
    office = spokesperson_for_office(toks, comma + 1)
    if office is not None:
        return office  # "said a spokesman for the commissioner, Jo Roe": the commissioner's
    end = name_end(toks, comma + 1)
    _, rest = strip_titles([t.printed for t in toks[comma + 1:end]])
    role = described_before(toks, comma + 1, end - 1) if rest else None
    return Mention("name", " ".join(rest), role=role) if role else None


def apposition_after(toks: Sequence[Token], end: int, person: bool = True) -> tuple[str | None, int]:
    """", a shadow education minister," or ", regional secretary of the
    Bakers' Union," after a name: the role, whole, and where it ends; for a
    ``person`` (not a place after a preposition), whatever the noun after
    "a", and a clause of what they do (", who runs a cafe,"). A
    possessive keeps its article (", the union's lawyer,": "the union's
    lawyer"): the body is part of what the person is."""
    if end >= len(toks) or toks[end].text != ",":
        return None, end
    # a semicolon closes it too: in a list of people with roles, the next person follows it
    close = next((i for i in range(end + 1, len(toks)) if toks[i].text in {",", ";"}), len(toks))
    if close == end + 2 and toks[end + 1].text.isdigit():
        return apposition_after(toks, close, person)  # ", 24, who rides for Ridora,": past the age
    # A possessive opens one too (", Stavely's chief planning officer,", ", the mayor's lawyer,"): a role noun must follow.
    if end + 1 >= len(toks) or not (toks[end + 1].low in APPOSITION_OPENERS | PERSON_ROLES or toks[end + 1].possessive or _modified_role(toks, end + 1)):
        return None, end
    if toks[end + 1].low == "both" and all(t.low != "and" for t in toks[max(0, end - 6):end]):
        return None, end  # "such as Roe, both former mayors and ...": after one name, the next of a list, not Roe's role
    words = list(toks[end + 1:close])
    body = _body_of(words)
    if body:
        return body, close + 1
    indefinite, clause = words[0].low in {"a", "an"}, words[0].low == "who"
    if clause:
        words = _who_is(words)
    elif words[0].low in {"a", "an", "the"} and not _owned(words):
        words = words[1:]
    cut = next((i for i, t in enumerate(words) if (i or not clause) and t.low in {"who", "which", "whose", "whom"}), len(words))
    words = words[:cut]
    if words and len(words) <= 12 and (any(t.low in PERSON_ROLES for t in words) or person and (clause or indefinite and _described(words))):
        return " ".join(t.text for t in words), close + 1
    return None, close + 1


def _described(words: Sequence[Token]) -> bool:
    """What a person is, after "a" or "an": a ``_common_noun_phrase``, or
    two joined by "and" (", a ferry pilot and co-chair of the Harbour
    Pilots Guild,": two things they are, each a description)."""
    if _common_noun_phrase(words):
        return True
    at = next((k for k, t in enumerate(words) if t.low == "and"), 0)
    second = words[at + 1 :]
    second = second[1:] if second and second[0].low in {"a", "an"} else second
    return at > 0 and _common_noun_phrase(words[:at]) and _common_noun_phrase(second)


def _common_noun_phrase(words: Sequence[Token]) -> bool:
    """", a welder from Stavely,": after "a" or "an", lower-case words up to
    a preposition (where a place or a body may follow, capitalised) name
    what the person is, whatever the noun; not a time ("a week later") and
    not a clause (no verb of saying, no pronoun)."""
    head = next((k for k, t in enumerate(words) if t.low in PREPOSITIONS), len(words))
    described = words[:head]
    return 0 < len(described) <= 4 and len(words) <= 7 and all(
        t.low.isalpha() or "-" in t.low for t in described
    ) and not any(t.capital or t.low in _NOT_A_NOUN or t.low in PRONOUNS or t.low.endswith("ly") for t in described)


_VERB_FORM = re.compile(r"[a-z]+(?:s|ed|en)")  # a participle or a verb's third person


def _who_is(words: list[Token]) -> list[Token]:
    """", who is a retired nurse," reads as "retired nurse"; ", who runs
    a cafe on the quay," (a verb of what the person does, not of saying
    or of being asked) is kept whole, as a clause; anything else, nothing."""
    if len(words) < 3:
        return []  # ", who, in the end, said"
    if words[1].low in {"is", "was"} and words[2].low in {"a", "an"}:
        return words[3:] if _common_noun_phrase(words[3:]) or any(t.low in PERSON_ROLES for t in words[3:]) else []
    at = 2 if words[1].low in {"has", "had"} else 1  # "who has lived here for forty years"
    verb = words[at] if len(words) > at + 1 else None
    if verb is None or len(words) > 10 or verb.low in _NOT_A_NOUN or not _VERB_FORM.fullmatch(verb.text):
        return []
    return words if not any(t.quote >= 0 or t.low in SPEECH | PRONOUNS for t in words[at + 1:]) else []


def _body_of(words: Sequence[Token]) -> str | None:
    """", of the Riders' Guild,": a body named after "of" is the one the
    person belongs to, printed "member of the Riders' Guild" (a place after
    "of" is where they are from, no role: the name must hold a word of bodies
    or be owned by a plural)."""
    if len(words) < 3 or words[0].low != "of" or words[1].low != "the":
        return None
    run = words[2:]
    owners = any(PLURAL_OWNER.search(t.text) for t in run[:-1])  # "the Riders' Guild": a body of riders
    if not all(t.capital for t in run) or not (owners or any(t.low in BODY_WORDS | BODY_NOUNS for t in run)):
        return None
    return "member of the " + " ".join(t.text for t in run)


def printed_beside(toks: Sequence[Token], start: int, end: int) -> list[str]:
    """Every role the sentence prints with the name that runs from ``start``
    to ``end`` (inclusive): before it, set off after it, or a description
    set off before it."""
    # after a preposition ("sent to Carrow Point, a crossing of two hours"), a place more often than a person
    apposition, _ = apposition_after(toks, end + 1, person=start == 0 or toks[start - 1].low not in PREPOSITIONS)
    found = (
        role_before(toks, start) or described_opening(toks, start), apposition, office_comma_before(toks, start), spokesperson_role(toks, start, end),
        description_after_verb(toks, start), described_before(toks, start, end),
    )
    return [role for role in found if role]
