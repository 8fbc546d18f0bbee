"""Bodies: the body a speaker belongs to, by their role ("nurse at Lorr
General", "Zippa's country manager") or as a minister of the government,
the ``[actors]`` bodies a speaker's role names, and the fellows of a
speaker with no cue of their own (``positions`` gives them their body's
side).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set

from .cues import matches
from .data import words
from .wording import normal

GOVERNMENT, NOT_GOVERNMENT = words("stance", "government"), words("stance", "not_government")
OWN_VOICE = words("stance", "own_voice_bodies")  # a university's staff speak for themselves
# "Zippa spokeswoman", "spokesman for the trust": whom a spokesperson speaks for.
SPOKES = re.compile(r"^(?P<who>.+?)\s+spokes\w+$|^spokes\w+\s+(?:for|of)\s+(?:the\s+)?(?P<for>.+)$", re.I)


def body(name: str, role: str) -> tuple[str, ...]:
    """The body a speaker belongs to, in normal words: the government for a
    minister or a ministry; else the body the role names (``_named``), of
    two words or more (one word, "the council", names no one body: its
    officers and its members differ). Empty when none, or when it is a
    place whose staff speak for themselves."""
    words = normal(f"{name} {role}").split()
    if GOVERNMENT & set(words) and not NOT_GOVERNMENT & set(words):
        return ("government",)
    named = _named(role)
    return named if len(named) > 1 and not OWN_VOICE & set(named) else ()


def _named(role: str) -> tuple[str, ...]:
    """The body a role names, after its last "of" or "at" or before its
    "'s" ("nurse at Lorr General", "Zippa's country manager"), or ()."""
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
    its other speakers ("nurse at Lorr General" with "liver specialist at
    Lorr General Hospital"; a minister with the other ministers), or the
    body itself when the spec's ``[actors]`` lists it (``listed``)."""
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
        if fellows and len({stance[s] for s in fellows}) == 1:
            found[name] = (fellows[0], " ".join(mine or bodies[fellows[0]]))
    return found


def _same(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One body, named in full or by its first words ("Lorr General" for
    "Lorr General Hospital")."""
    short, long = sorted((one, other), key=len)
    return bool(short) and long[: len(short)] == short
