"""Bodies: the body a speaker belongs to, by their role ("nurse at Ulverby
General", "Ridora's country manager") or as a minister of the government,
the ``[actors]`` bodies a speaker's role names, the fellows of a
speaker with no cue of their own, the group the outlet introduces such a
speaker as one of, and the position whose label names the group their role
is one of (``positions`` gives them that side).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set
from functools import cache

from .cue_words import bases, matches
from .cues import PREPOSITIONS, SPOKES, title
from .data import lines, words
from .model import Block, PositionSpec
from .wording import FUNCTION_WORDS, normal

GOVERNMENT, NOT_GOVERNMENT = words("stance", "government"), words("stance", "not_government")
OWN_VOICE = words("stance", "own_voice_bodies")  # a university's staff speak for themselves
INTEREST_GROUPS = words("stance", "interest_groups")
# "Department for Forest Lands", "Department of Health": the name of a
# ministry in Britain, the United States and most of the Commonwealth (a
# police or a university department is named after what it serves).
_MINISTRY = re.compile(r"\bDepartment (?:for|of) [A-Z]")
FIRMS = words("stance", "firms")
EXECUTIVES = tuple(tuple(t.split()) for t in sorted(words("stance", "executives")))
_HOLDERS = re.compile(r"\b(\w+s)['’](?!\w)")  # "the nurses' strike": a plural possessive names whose position it is
# "Another youth worker, Ivo Renk, said ...": the outlet's sentence opening on "another" and a description in lower
# case set off before the speaker's name, one more of a group already named.
# No possessive nor preposition in it: "another lock keeper's wife", "another critic of lock keepers" are others.
_ANOTHER = re.compile(r"^(?:and\s+)?another\s+(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+", re.I)


def body(name: str, role: str) -> tuple[str, ...]:
    """The body a speaker belongs to, in normal words: the government for a
    minister, a ministry (by its name, "Department of Health") or the
    government's spokesperson ("government spokesman"); else the body the role names (``_named``), of
    two words or more (one word, "the council", names no one body: its
    officers and its members differ). Empty when none, or when it is a
    place whose staff speak for themselves."""
    words = normal(f"{name} {role}").split()
    ministry = _MINISTRY.search(f"{name} {role}") and not OWN_VOICE & set(words)  # not a university's "Department of History"
    spokes = SPOKES.match(role)
    voiced = normal(spokes.group("for") or spokes.group("who")).split()[-1:] if spokes else []
    if (GOVERNMENT & set(words) or ministry or voiced == ["government"]) and not NOT_GOVERNMENT & set(words):
        return ("government",)
    named = _named(role)
    return named if len(named) > 1 and not OWN_VOICE & set(named) else ()


def _named(role: str) -> tuple[str, ...]:
    """The body a role names, after its last "of" or "at" or before its
    "'s" ("nurse at Ulverby General", "Ridora's country manager"), or ()."""
    words = normal(role).split()
    if "s" in words[1:]:
        words = words[: words.index("s")]
    elif at := [i for i, w in enumerate(words) if w in ("of", "at")]:
        words = words[at[-1] + 1 :]
    else:
        return ()
    return _bare(words)


def _bare(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(words[1:] if words[:1] in (["the"], ["a"]) else words)


def listed_bodies(actors: Mapping[str, str], roles: Mapping[str, str]) -> set[str]:
    """The ``[actors]`` names that a speaker's role names as their body
    ("Allied Nurses' Union" for "regional secretary of the Allied Nurses'
    Union"): bodies whose stance their members and spokespeople take."""
    return {a for a in actors if any(_member(role, _bare(normal(a).split())) for role in roles.values())}


def _member(role: str, of: tuple[str, ...]) -> bool:
    """Whether ``role`` names the body ``of``: as its body, or as the one a
    spokesperson speaks for ("spokeswoman for the union")."""
    spokes = SPOKES.match(role)
    return bool(_same(_named(role), of) or (spokes and matches(list(of), tuple(normal(spokes.group("for") or spokes.group("who")).split()))))


def fellows_of(
    tallies: Mapping[str, Counter[str]], stance: Mapping[str, str | None], actors: Mapping[str, str], roles: dict[str, str], listed: Set[str]
) -> dict[str, tuple[str, str]]:
    """Speaker -> (a side-taker of the same body, the body), for each speaker
    with no cue of their own whose body's side-takers all take one side:
    its other speakers ("nurse at Ulverby General" with "liver specialist at
    Ulverby General Hospital"; a minister with the other ministers), or the
    body itself when the spec's ``[actors]`` lists it (``listed``); a role
    naming an interest group by its head noun alone ("member of the
    association") is of the side-takers whose body's name ends in it."""
    bodies = {s: _bare(normal(s).split()) if s in listed else body(s, roles.get(s, "")) for s in [*tallies, *sorted(listed)] if stance.get(s)}
    by_first: dict[str, list[str]] = defaultdict(list)  # bodies that can be one share their first word
    for s, theirs in bodies.items():
        if theirs:
            by_first[theirs[0]].append(s)
    found = {}
    for name, counts in tallies.items():
        if stance.get(name) or counts or name in actors:
            continue
        role = roles.get(name, "")
        mine = body(name, role)
        near = by_first.get(mine[0], []) if mine else []
        fellows = [s for s in near if s != name and _same(mine, bodies[s])] + [s for s in sorted(listed) if s in bodies and _member(role, bodies[s])]
        group = _interest_group(role) if not mine else None
        fellows += [s for s in bodies if group and s != name and bodies[s][-1:] == (group,)]
        if fellows and len({stance[s] for s in fellows}) == 1:
            found[name] = (fellows[0], " ".join(mine or bodies[fellows[0]]))
    return found


def heads_a_firm(name: str, role: str) -> bool:
    """Whether the role is an executive's of a named body that is no
    government, interest group or university ("chief executive of Quillmere
    Water", "managing director at Ferrow Freight"): the head a spokesperson
    "for the company" speaks for."""
    words = normal(role).split()
    named = body(name, role)
    return bool(named) and named != ("government",) and named[-1] not in INTEREST_GROUPS and any(words[: len(t)] == list(t) for t in EXECUTIVES)


def heads_the_company(role: str) -> bool:
    """Whether the role is an executive's of a body named only as "the
    company" or "the firm" ("the company's managing director"): news style
    names a firm in full once, then by that word."""
    words = normal(role).split()
    return _named(role) in (("company",), ("firm",)) and any(matches(words, t) for t in EXECUTIVES)


def a_firm(named: Sequence[str]) -> bool:
    """Whether a body named in full may be a firm: none of the government,
    an interest group or a place whose staff speak for themselves."""
    return bool(named) and not (GOVERNMENT | INTEREST_GROUPS | OWN_VOICE) & set(named)


def _interest_group(role: str) -> str | None:
    """The head noun of a role that names its body by "the" and that noun
    alone ("member of the association"), when it is an interest group's:
    the story names that body in full elsewhere."""
    words = normal(role).split()
    named = _named(role)
    at = len(words) - len(named)
    return named[0] if len(named) == 1 and words[at - 1 : at] == ["the"] and named[0] in INTEREST_GROUPS else None


def _same(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One body, named in full or by its first words ("Ulverby General" for
    "Ulverby General Hospital")."""
    short, long = sorted((one, other), key=len)
    return bool(short) and long[: len(short)] == short


def introduced(
    blocks: Sequence[Block], tallies: Mapping[str, Counter[str]], stance: Mapping[str, str | None], actors: Mapping[str, str], roles: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """Speaker -> (the group the outlet introduces them as one of, the word
    of its name their role names one of): a speaker
    with no cue of their own nor side, whose first words in an article come
    after the outlet's sentence on a group (a speaker described, not
    named: "harbour pilots", "the family of Ivo Renk") whose own words take a
    side, with only speakers of that side between, and whose role shares a
    word of who the group are or names a kind of them (``one_of``), as does
    the description the outlet gives them after "another" ("Another youth
    worker, Ivo Renk, said ...": ``_another``), in any
    regular number ("sheep farmer" and "farmers"; "foster father of twins" and
    "parents"; "chair of the
    Harbour Pilots' Guild" right after "Harbour pilots have welcomed the
    plan"). A news story opens on a group's stance, then quotes some of it,
    one after another; anyone else between closes the group."""
    found: dict[str, tuple[str, str]] = {}
    seen: set[tuple[int, str]] = set()  # (article, speaker) already heard there
    opened: Block | None = None  # the group's sentence, while every block since is by a speaker on its side
    for b in sorted(blocks, key=lambda b: b.first):
        name = b.speaker
        group = opened.speaker if opened and opened.first[0] == b.first[0] else None
        if name and (b.first[0], name) not in seen:
            seen.add((b.first[0], name))
            if group and not (tallies.get(name) or stance.get(name) or name in actors or name in found):
                shared = one_of(group, roles.get(name, "")) or one_of(group, _another(b.text, name))
                if shared:
                    found[name] = (group, shared)
        if name and not name[:1].isupper() and tallies.get(name) and stance.get(name):
            opened = b
        elif not (group and name and (stance.get(name) == stance.get(group) or found.get(name, ("",))[0] == group)):
            opened = None
    return found


def _another(text: str, name: str) -> str:
    """The description the outlet's sentence that opens on "another" gives
    the speaker it names right after it ("Another youth worker, Ivo Renk,
    said ..."): one more of a group already named, whatever their role;
    else ""."""
    m = _ANOTHER.match(text)
    if not m or PREPOSITIONS & set(normal(m.group("kind")).split()):
        return ""
    return m.group("kind") if re.match(re.escape(name) + r"(?![\w'’])", text[m.end() :]) else ""


def one_of(group: str, role: str) -> str | None:
    """A word that makes a role one of the group: a word of the group's
    name before any preposition, its head noun and the words before it
    after any determiner ("pilots" of "some pilots"), in
    any regular number ("growers" of "growers in the southern valleys" for
    "fruit grower"; "bar" of "bar staff" for "bar manager"), or its head
    noun, of which the role's is a kind ("parents" for "foster father of twins",
    WordNet's hyponym: ``_kinds``), since a place
    or a circumstance shared says nothing of who a speaker is, nor does
    whom the group is of or for ("a lawyer for the flood victims" is not
    one of "families of the flood victims"); or the one the group is of,
    named in full after an "of" of the role too ("sister of Ivo Renk" of
    "the family of Ivo Renk"). None when none."""
    words = [w for w in normal(group).split() if w != "the"]
    words = words[next((i for i, w in enumerate(words) if w not in FUNCTION_WORDS), len(words)) :]  # not "some" of "some parents"
    cut = next((i for i, w in enumerate(words) if w in FUNCTION_WORDS), len(words))
    mine = normal(role).split()
    shared = sorted(w for w in set(words[:cut]) - FUNCTION_WORDS if matches(mine, (w,)) or any(matches([w], (r,)) for r in mine))
    of = _bare(words[cut + 1 :]) if words[cut : cut + 1] == ["of"] else ()
    if not shared and of and not FUNCTION_WORDS & set(of) and matches(mine, ("of", *of)):
        shared = [w for w in of if w not in FUNCTION_WORDS][:1]
    head, kind = words[cut - 1 : cut], title(role)
    if not shared and head and kind and (bases(head[0]) | set(head)) & _kinds().get(kind[0], frozenset()):
        shared = head  # "parents" of "a foster father of twins", a kind of parent (WordNet)
    return shared[0] if shared else None


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """Noun of a person -> the nouns of people it is a kind of (``data/en/kinds.txt``, from WordNet)."""
    return {noun: frozenset(kinds) for noun, *kinds in (line.split() for line in lines("kinds.txt"))}


def label_holders(
    tallies: Mapping[str, Counter[str]], stance: Mapping[str, str | None], actors: Mapping[str, str], roles: Mapping[str, str], specs: Sequence[PositionSpec]
) -> dict[str, tuple[str, str]]:
    """Speaker -> (position, the group), for each speaker with no cue of
    their own nor side whose role names, in the singular, the group a
    position's label names as its holders by a plural possessive: the
    role's head noun, its last word before a preposition ("ward nurse for
    nineteen years" under "Behind the nurses' strike"; not "family liaison
    officer" under "the families' appeal"); of one position only."""
    groups: dict[str, set[str]] = defaultdict(set)
    for p in specs:
        for m in _HOLDERS.finditer(p.label):
            groups[m.group(1).casefold()].add(p.id)
    found = {}
    for name, counts in tallies.items():
        head = title(roles.get(name, ""))
        group = next((g for w in head for g in (f"{w}s", f"{w}es", f"{w[:-1]}ies") if len(groups.get(g, ())) == 1), None)
        if group and not counts and not stance.get(name) and name not in actors:
            found[name] = (next(iter(groups[group])), group)
    return found
