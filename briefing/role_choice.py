"""Roles across all sources: one role per person, and the keys roles are
compared by. In: the (name, role) pairs every source's sentences gave
(``roles.printed_beside``) and the words the sources print in lower case.
Out: ``choose_roles`` keeps one role per person, in running text's case
(what attribution prints); ``role_key``/``role_head``/``same_office`` are
the keys "the minister said" is resolved by; ``capitalised_words`` are the
words the sources capitalise inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from itertools import takewhile
from string import ascii_lowercase
from typing import NamedTuple

from .data import load, words
from .lexicon import load as load_lexicon
from .mention_words import OFFICES, PARTY_MEMBERS, TITLE_WORDS
from .speaker_check import a_role

# One office named in different words (the sources are in the list's header).
SAME_OFFICE = tuple(frozenset(group) for _, group in sorted(load("reporting")["same_office"].items()))
# Words for a member of a legislature that also name the members' own
# offices, but not the other way round: a lawmaker or legislator is any
# member (AP Stylebook, "lawmaker"); a backbencher or frontbencher is an MP
# (UK Parliament glossary, "backbencher").
MEMBERS = words("reporting", "legislators")
BROADER = {"lawmaker": MEMBERS, "legislator": MEMBERS, "backbencher": frozenset({"mp"}), "frontbencher": frozenset({"mp"})}


def is_clause(role: str) -> bool:
    """Whether a role is a relative clause ("who runs a cafe"): it says what
    the person does, names no office and no body they speak for."""
    return role.lower().startswith("who ")


def role_key(role: str) -> str:
    """A role as a key: lower case, "a"/"the"/"former" and the like left off."""
    words = role.lower().split()
    while words and words[0] in {"a", "an", "the", "present", "former", "current"}:
        words = words[1:]
    return " ".join(words)


def role_head(key: str) -> str:
    """The role noun a role phrase is about: "minister" in "shadow education
    minister"; none in a clause ("who heads the union" is no union)."""
    words = key.split()
    if is_clause(key):
        return ""
    return next((w for w in reversed(words) if w in TITLE_WORDS and w not in {"mr", "ms"}), words[-1] if words else "")


def same_office(head: str) -> frozenset[str]:
    """The role nouns that name the office ``head`` names ("minister":
    minister, secretary; "lawmaker": lawmaker, senator, representative, ...)."""
    words = {head}.union(*(group for group in SAME_OFFICE if head in group))
    return frozenset(words | BROADER.get(head, frozenset()))


def _unloaded(role: str) -> str:
    """A role is printed in the tool's voice, so an outlet's loaded
    adjective before its noun ("Furious gran", "heartbroken dad", "a
    controversial sheriff") is left out, as the lexicon rates it (VADER,
    Pattern, the General Inquirer): the noun is the role. Not before a
    capitalised word, which is a name's ("Grand Duke")."""
    words = role.split()
    lexicon = load_lexicon()
    start = 1 if words and words[0].lower() in {"a", "an", "the"} else 0
    end = start
    while end < len(words) - 1 and words[end + 1][:1].islower() and lexicon.is_subjective(words[end].lower()):
        end += 1
    return " ".join(words[:start] + words[end:]) if end > start else role


# Title words, but not a party's member ("Democrat", "Republican"): a party is a name.
_ROLE_WORDS = TITLE_WORDS - PARTY_MEMBERS
# A run of capitalised words inside a sentence (after a lower-case word or a comma).
_CAPITAL_RUN = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


class Capitalised(NamedTuple):
    """The words a story capitalises inside its sentences, from one scan (``capitalised_words``)."""

    inside: frozenset[str]  # every one of two letters or more after a lower-case word or a comma, in lower case
    names: frozenset[str]  # those of runs without a title or role word (``capitalised_words``)


def capitalised_words(texts: Iterable[str]) -> Capitalised:
    """The words ``texts`` capitalise inside a sentence (``_bare``), but
    for a run that holds a title or role word ("said Chief Planning
    Officer Ann Lee"): there a title is capitalised because a name follows
    (AP Stylebook, "titles"), which says nothing of its words. What is
    left is names' words: "Senate", "Labour", "Ferrow" of "Ferrow County".
    ``inside`` keeps every word capitalised after a lower-case word or a
    comma, for ``resolver.ordinary_words``: one scan of a story's sentences
    serves both (two took 0.14 CPU-s per 924 articles)."""
    inside: set[str] = set()
    names: set[str] = set()
    for text in texts:
        for run in _CAPITAL_RUN.findall(text):
            if " " not in run:  # most runs are one word: the same as below, in fewer steps
                low = run.lower()
                if len(run) > 1:
                    inside.add(low)
                bare = _bare(low) if "'" in low or "’" in low else low
                if bare not in _ROLE_WORDS:
                    names.add(bare)
                continue
            printed = run.split(" ")
            inside.update(w.lower() for w, before in zip(printed, ["a", *printed]) if len(w) > 1 and before[-1] in ascii_lowercase)
            run_words = [_bare(w) for w in printed]
            if _ROLE_WORDS.isdisjoint(run_words):
                # The last word of a longer name is often a common noun naming its kind ("Quillmere Borough Council").
                names.update(run_words[: max(1, len(run_words) - 1)])
    return Capitalised(frozenset(inside), frozenset(names))


def _bare(word: str) -> str:
    """A word in lower case, without a possessive's ending."""
    low = word.lower()
    return re.sub(r"['’]s?$", "", low) if "'" in low or "’" in low else low


def _running_text(role: str, common: Collection[str]) -> str:
    """A role as running text prints it: the capitalised words that open it
    put in lower case when each is a title or role word or a ``common``
    one (printed in lower case, and capitalised inside a sentence only in a
    title before a name: ``capitalised_words``), as a title is capitalised
    only before a name and a sentence's first word only there: "Chief
    Constable" reads "chief constable", as does "Chief Planning Officer"
    (words between two title words), "Cattle farmer" "cattle farmer"
    where the sources print "cattle", "Opposition MP" "opposition MP" (an
    abbreviation kept); a run holding a name, or a word never printed in
    lower case, stays as printed ("Senate Majority Leader", "Southampton MP")."""
    words = role.split(" ")
    run = len(list(takewhile(lambda w: w[:1].isupper(), words)))
    opening = [w for w in words[:run] if not (len(w) > 1 and w.isupper())]  # "MP", "NHS": kept as printed
    # "Chief Planning Officer": the words between two title words are the title's too.
    titled = len(opening) > 1 and _bare(opening[0]) in _ROLE_WORDS and _bare(opening[-1]) in _ROLE_WORDS
    if any(w[1:] != w[1:].lower() or not (titled or _bare(w) in _ROLE_WORDS or _bare(w) in common) for w in opening):
        return role
    return " ".join([w if len(w) > 1 and w.isupper() else w.lower() for w in words[:run]] + words[run:])


def choose_roles(pairs: Sequence[tuple[str, str]], common: Collection[str] | None = None) -> tuple[tuple[str, str], ...]:
    """One role per person, in running text's case (``_running_text``)
    where the sources' ``common`` words are given, else as printed: a
    noun before a clause ("professor" before "who led the inquiry": the
    clause is kept for those no noun describes), then the fullest
    description the sources give (up to six words), an office ("minister")
    before other nouns, then the most often given."""
    by_person: dict[str, Counter[str]] = defaultdict(Counter)
    for name, role in pairs:
        role = _unloaded(role.strip(" ,"))
        if a_role(role):
            by_person[name][role if common is None else _running_text(role, common)] += 1
    def rank(item: tuple[str, int]) -> tuple:
        role, count = item
        words = role.lower().split()
        return (is_clause(role), -min(len(words), 6), not OFFICES.intersection(words), -count, len(role), role)

    return tuple((name, sorted(counter.items(), key=rank)[0][0]) for name, counter in sorted(by_person.items()))
