"""Statements that take no side, whatever their speaker's stance: a
block's text in, whether it sets a timetable out; the speakers' roles in,
the experts (scholars) among them out, whose words weigh the evidence.
``positions`` leaves a timetable in context and ``leaning`` places neither."""

from __future__ import annotations

from collections.abc import Iterable

from .bodies import OWN_VOICE
from .cues import matches
from .data import load, words
from .patterns import MONTHS
from .wording import normal

WHEN = (*(tuple(p.split()) for p in load("stance")["timetable"]), *((d,) for d in sorted(words("grammar", "weekdays"))))
PAST = words("stance", "past_auxiliaries")
TIME_UNITS = words("grammar", "time_units")
SCHOLARS = OWN_VOICE | words("stance", "own_voice_roles")


def experts(roles: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The speakers whose role makes them a scholar: a professor, lecturer,
    researcher or academic, or anyone whose role names a university or
    college ("economist at Lorr University"). Academic freedom lets them
    speak as themselves, and they weigh evidence rather than argue a side:
    a point they grant before a "but" does not count (``cues``), and the
    story's vocabulary does not place them (``leaning``)."""
    return frozenset(name for name, role in roles if SCHOLARS & set(normal(role).split()))


def regular_past(word: str) -> bool:
    """A regular past tense ("marched", "voted"): "-ed" after a stem of three
    letters or more, not "-eed", which ends more verbs in the present
    ("need", "speed", "proceed") than in the past ("agreed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def timetable(text: str) -> bool:
    """Whether the words set a date or a time ahead ("we will meet them
    on Thursday", "the vote closes on 14 March", "it will be reviewed
    after two years"): a timetable, which takes no side. Ahead: said with
    "will" or "shall", or a day or date after "on" with no verb in the past
    ("I met them this week", "we marched on Monday" look back)."""
    tokens = normal(text).split()
    at = [i for w in WHEN for i in matches(tokens, w)]
    day = [t.isdigit() and len(t) <= 2 for t in tokens]  # "14", not the year "2020"
    for i, t in enumerate(tokens):  # a date starts at its day ("14 March") or its month ("March 14")
        if t in MONTHS and i and day[i - 1]:
            at.append(i - 1)
        elif (t in MONTHS and i + 1 < len(tokens) and day[i + 1]) or (t == "after" and period(tokens[i + 1 : i + 4])):
            at.append(i)
    past = PAST & set(tokens) or any(regular_past(t) for t in tokens)
    ahead = {"will", "shall"} & set(tokens) or (not past and any(tokens[i - 1 : i] == ["on"] for i in at))
    return bool(at) and bool(ahead)


def period(tokens: list[str]) -> bool:
    """Whether the words name a period of time ("two years", "the first
    month"), as "after" does before them."""
    return any(t.removesuffix("s") in TIME_UNITS for t in tokens)
