"""One body: two speakers of a paraphrased fact that the engine's own
evidence makes one body, so that merge may join the fact each one tells.

In: every speaker of a build, with the role the outlets give it. Out, for
two speakers: whether one is a body and the other a person whose role names
that body ("Ann Roe, chair of the Kelby Harbour Trust" / "the Kelby Harbour
Trust"), or one is a body's description ("the trust") and the other the one
body of that kind the build names ("Kelby Harbour Trust", "Vantor Ltd" for
"the company", a body its role calls a "campaign group" for "the group"),
or a person whose role names it. Never two people, never two named bodies:
they speak for themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .bodies import INTEREST_GROUPS
from .body_names import BODY_HEADS
from .data import words
from .mention_words import BODY_NOUNS, COMPANY_WORDS, PERSON_ROLES

# The nouns that name one body: of the nouns of bodies, those that are no
# person's title (a union is an interest group, a trade union, though a
# "union" official is a title too) and no plural of people ("officials",
# "residents"), nor an unnamed source.
KINDS = frozenset(
    w for w in BODY_NOUNS
    if (w not in PERSON_ROLES or w in INTEREST_GROUPS) and not (w.endswith("s") and not w.endswith("ss")) and w not in words("reporting", "unnamed_source_heads")
) | COMPANY_WORDS
# A body a role names: "chair of the Kelby Harbour Trust", "spokesman for Vantor Ltd".
_NAMED_IN = re.compile(r"\b(\w+)\s+(?:of|for|at)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
# Who speaks for a body: its head and its spokesperson (``office_roles``,
# "spokes..." by its stem), a firm's executives, the secretary, president
# or director that heads a union, a society or a campaign, and a manager
# (one synset with "director" in WordNet 3.0: "someone who controls
# resources and expenditures"); not a member, a critic nor a scholar, who
# speak for themselves.
_VOICES = words("reporting", "office_roles") | {t.split()[-1] for t in words("stance", "executives")} | {"secretary", "president", "director", "manager"}
_WORD = re.compile(r"[\w'’]+")

Speaker = tuple[str, str | None]  # a name and its role


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


def _described(name: str) -> str | None:
    """The noun of a body's description ("the council" -> council)."""
    found = _words(name)
    return found[1] if len(found) == 2 and found[0] == "the" and found[1] in KINDS else None


def _body(speaker: Speaker) -> tuple[str, frozenset[str]] | None:
    """A named speaker that is a body, in normal words, with the nouns of
    its kind: its name's last word, and its role's when the role is a
    kind of body alone ("campaign group"); None for a person."""
    name, role = speaker
    found = _words(name)
    if len(found) < 2 or not name.split()[-1][:1].isupper():
        return None
    role_words = _words(role or "")
    kinds = {found[-1]} | ({role_words[-1]} if role_words and not _NAMED_IN.search(role or "") else set())
    return (" ".join(found), frozenset(kinds & KINDS)) if kinds & KINDS else None


def _named_in(role: str | None) -> dict[str, frozenset[str]]:
    """The bodies a person's role names them a voice of (``_VOICES``), in
    normal words, with their kind."""
    found = {}
    for match in _NAMED_IN.finditer(role or ""):
        head, body = match.group(1).casefold(), _words(match.group(2))
        if len(body) > 1 and body[-1] in KINDS and (head in _VOICES or head.startswith("spokes")):
            found[" ".join(body)] = frozenset({body[-1]})
    return found


def _of_kind(noun: str, kinds: frozenset[str]) -> bool:
    """A body of these kinds is one that ``noun`` describes ("the company":
    "Vantor Ltd", "Vantor Holdings")."""
    return noun in kinds or bool(BODY_HEADS.get(noun, frozenset()) & kinds)


def _stands_for(speaker: Speaker) -> dict[str, frozenset[str]]:
    """The body a speaker is, or the bodies their role names them a voice of."""
    found = _body(speaker)
    return dict([found]) if found else _named_in(speaker[1])


class Bodies:
    """The named bodies of a build (speakers, and those their roles name),
    for ``one``."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        # In the speakers' order and every kind a body is named by kept, so that no hash order decides.
        self.named: dict[str, frozenset[str]] = {}
        for speaker in dict.fromkeys(speakers):
            for name, kinds in _stands_for(speaker).items():
                self.named[name] = self.named.get(name, frozenset()) | kinds

    def one(self, a: Speaker, b: Speaker) -> bool:
        """Two speakers are one body (see the module docstring)."""
        for x, y in ((a, b), (b, a)):
            noun = _described(x[0])
            if noun is not None:
                bodies = [name for name, kinds in self.named.items() if _of_kind(noun, kinds)]
                return len(bodies) == 1 and bodies[0] in _stands_for(y)
        body_a, body_b = _body(a), _body(b)
        if (body_a is None) == (body_b is None):
            return False  # two people, or two named bodies
        body, person = (body_a, b) if body_a else (body_b, a)
        return body is not None and body[0] in _named_in(person[1])
