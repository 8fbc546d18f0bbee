"""Words of an action: whether a word names an action, and whether two name
one.

In: words as printed ("closure", "dredging", "walkout"). Out: whether a
word names an action (``listed``: a form of a verb WordNet lists, or a noun
of an action, one with a sense WordNet files under acts or events:
``data/en/actions.txt``, derived by ``tools/derive_actions.py``), and
whether two such words name one action (``related``): forms of one verb or
of two verbs WordNet relates (``verbs.related``), a noun and a verb it is
derivationally related to, or to one WordNet relates ("closure" / "shut"),
or two nouns of one synset or one a kind of the other within two steps
("walkout" / "strike"). "The closure of the library" and "the sale of the
library" name two actions; ``direction.another_action`` reads them. And
the verbs a noun of an action names (``named``: "construction" /
"construct"), which ``paraphrase`` reads as the same word. The table is
read the first time a build compares facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import verbs
from .data import Keyed, keyed
from .forms import spelling


@dataclass(frozen=True, slots=True)
class Action:
    """A noun of an action as ``data/en/actions.txt`` gives it."""

    verbs: tuple[str, ...]  # the verbs it is derivationally related to ("close", "walk out")
    own: frozenset[str]  # its synsets of acts and events
    near: frozenset[str]  # the synsets one or two hypernym steps above them


@cache
def _table() -> Keyed[str]:
    """Each form of a noun of an action with the rest of its line, read into
    an ``Action`` only when a word asks (``_read``): a build looks up every
    word of its facts, and few are nouns of an action."""
    return keyed("actions.txt", _forms)


def _forms(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        forms, _, rest = line.partition(" |")
        for form in forms.split():  # a dict made for each line took a third of the time
            found[form] = rest
    return found


@cache
def _read(fields: str) -> Action:
    named, own, near = fields.split("|")
    return Action(tuple(v.replace("_", " ") for v in named.split()), frozenset(own.split()), frozenset(near.split()))


def _noun(word: str) -> Action | None:
    found = _table().get(spelling(word.casefold()))
    return None if found is None else _read(found)


def listed(word: str) -> bool:
    """A word as printed names an action: a form of a verb WordNet lists
    ("dredging", "strike") or a noun of an action ("closure", "vigil")."""
    return verbs.listed(word) or _noun(word) is not None


def noun(word: str) -> bool:
    """A word as printed is a noun of an action ("closure", "walkout")."""
    return _noun(word) is not None


def related(one: str, other: str) -> bool:
    """Two words as printed name one action (see the module docstring)."""
    if verbs.related(one, other):
        return True
    a, b = _noun(one), _noun(other)
    if a is not None and b is not None and (a.own & (b.own | b.near) or b.own & a.near):
        return True
    # Through the verbs a noun names, only the close relations: two ways to
    # do one thing ("walk out" / "march", both ways to protest) are two actions.
    return any(verbs.close(x, y) for x in (one, *named(one)) for y in (other, *named(other)) if (x, y) != (one, other))


def named(word: str) -> tuple[str, ...]:
    """The verbs a noun of an action as printed is derivationally related to
    ("closure": "close"); none for any other word."""
    found = _noun(word)
    return found.verbs if found else ()
