"""Roles: the words of one sentence that say what a named person is. Tokens
and the span of a name in; a role out, or None: an office set off before
the name ("the Prime Minister, Sir Alan Brook"), an apposition after it
(", a shadow education minister,"), a spokesperson's principal
("spokeswoman for Kessler"), plain words after an inverted verb ("retired
ferryman"). ``TITLE_ROLES`` spells out abbreviated titles; ``strip_titles``
splits the title or role word off the front of a name ("Sir Alan Brook").
``saying.parse`` adds them to the roles of the sentence. Across all
sources, ``choose_roles`` keeps one role per person (what attribution
prints), and ``role_key``/``role_head`` are the keys "the minister said" is
resolved by.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .data import load, words
from .mentions import (
    APPOSITION_OPENERS,
    AUX,
    BODY_WORDS,
    COURTESY,
    DETERMINERS,
    NOT_NAMES,
    OFFICES,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    SPEECH,
    TITLES,
    Token,
    _is_name_word,
    _name_run,
)
from .speaker_check import a_role

# Abbreviated titles and the office each names ("Sen." -> senator).
TITLE_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "prof": "professor",
               "cllr": "councillor", "supt": "superintendent", "det": "detective", "insp": "inspector",
               "sgt": "sergeant", "gen": "general", "capt": "captain", "col": "colonel"}
# One office named in different words (the sources are in the list's header).
SAME_OFFICE = tuple(frozenset(group) for _, group in sorted(load("reporting")["same_office"].items()))
# Words for a member of a legislature that also name the members' own
# offices, but not the other way round: a lawmaker or legislator is any
# member (AP Stylebook, "lawmaker"); a backbencher or frontbencher is an MP
# (UK Parliament glossary, "backbencher").
MEMBERS = words("reporting", "legislators")
BROADER = {"lawmaker": MEMBERS, "legislator": MEMBERS, "backbencher": frozenset({"mp"}), "frontbencher": frozenset({"mp"})}


def strip_titles(words: list[str]) -> tuple[str | None, list[str]]:
    """Split "Labour MP Jo Hale" / "Sir Alan Brook" / "Ecologist Bram
    Oyelaran" into the last title or role word and the name after it."""
    cut = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLES | PERSON_ROLES), default=-1)
    if cut < 0 and len(words) >= 3 and _JOB.search(words[0].lower()):
        cut = 0
    return (words[cut].rstrip(".") if cut >= 0 else None), words[cut + 1:]


def titled_person(words: list[str]) -> bool:
    """"Ms. Park", "Councillor Hana Park", "President Lena Fox": a name after
    a courtesy title, or a full name after an office, is a person's even when
    its last word also names bodies and places ("park", "fox", "church" are
    surnames too); the title says so. "Prime Minister's Office" is no person:
    after an office, a single word is not enough."""
    title, rest = strip_titles(words)
    if title is None or not rest or any(w.lower() in BODY_WORDS for w in rest[:-1]):
        return False
    return title.lower() in COURTESY or len(rest) >= 2


# Nouns for a trade or a field of study ("ecologist", "physician",
# "photographer"): before a full name, a job title, not a given name.
_JOB = re.compile(r"..(?:ist|ician|grapher)$")


def _owner(toks: Sequence[Token], at: int) -> str:
    """Who the possessive at ``at`` names: "Kessler" for "Minister Kessler's"
    (the title left out, so it matches the speaker's name), "the health
    minister" for "the health minister's"."""
    if _is_name_word(toks[at]):
        _, rest = strip_titles([t.bare for t in toks[_name_run(toks, at):at + 1]])
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
    """"spokeswoman for Kessler" when ``toks[k]`` is "spokeswoman" after "Kessler's"."""
    if not 0 < k < len(toks) or not toks[k].low.startswith("spokes") or not toks[k - 1].possessive:
        return None
    owner = _owner(toks, k - 1)
    return f"{toks[k].low} for {owner}" if owner else None


def spokesperson_role(toks: Sequence[Token], start: int, end: int) -> str | None:
    """A spokesperson named with whom they speak for, before or after the name
    that runs from ``start`` to ``end``: "Kessler's spokeswoman, Juno Vance,",
    "the minister's spokesman Ivo Dan", "Juno Vance, Kessler's spokeswoman,".
    Their words are their principal's, so the role says whose: "spokeswoman
    for Kessler"."""
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


def apposition_after(toks: Sequence[Token], end: int) -> tuple[str | None, int]:
    """", a shadow education minister," after a name: the role and where it ends."""
    if end >= len(toks) or toks[end].text != ",":
        return None, end
    close = next((i for i in range(end + 1, len(toks)) if toks[i].text == ","), len(toks))
    if end + 1 >= len(toks) or toks[end + 1].low not in APPOSITION_OPENERS | PERSON_ROLES:
        return None, end
    words = list(toks[end + 1:close])
    if words and words[0].low in {"a", "an", "the"}:
        words = words[1:]
    cut = next((i for i, t in enumerate(words) if t.low in {"who", "which", "whose", "whom"}), len(words))
    words = words[:cut]
    if words and len(words) <= 9 and any(t.low in PERSON_ROLES for t in words):
        return " ".join(t.text for t in words), close + 1
    return None, close + 1


def role_key(role: str) -> str:
    """A role as a key: lower case, "a"/"the"/"former" and the like left off."""
    words = role.lower().split()
    while words and words[0] in {"a", "an", "the", "present", "former", "current"}:
        words = words[1:]
    return " ".join(words)


def role_head(key: str) -> str:
    """The role noun a role phrase is about: "minister" in "shadow education minister"."""
    words = key.split()
    return next((w for w in reversed(words) if w in PERSON_ROLES | TITLES and w not in {"mr", "ms"}), words[-1] if words else "")


def same_office(head: str) -> frozenset[str]:
    """The role nouns that name the office ``head`` names ("minister":
    minister, secretary; "lawmaker": lawmaker, senator, representative, ...)."""
    words = {head}.union(*(group for group in SAME_OFFICE if head in group))
    return frozenset(words | BROADER.get(head, frozenset()))


def choose_roles(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """One role per person: the fullest description the sources give (up to
    six words), an office ("minister") before other nouns, then the most often
    given."""
    by_person: dict[str, Counter[str]] = defaultdict(Counter)
    for name, role in pairs:
        if a_role(role):
            by_person[name][role.strip(" ,")] += 1
    def rank(item: tuple[str, int]) -> tuple:
        role, count = item
        words = role.lower().split()
        return (-min(len(words), 6), not OFFICES.intersection(words), -count, len(role), role)

    return tuple((name, sorted(counter.items(), key=rank)[0][0]) for name, counter in sorted(by_person.items()))
