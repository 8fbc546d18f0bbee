"""Statements that take no side, whatever their speaker's stance: a
block's text in, whether it sets a timetable (``timetable``), weighs the
evidence as undecided (``hedge``) or reports what was observed
(``finding``) out; the speakers' roles in, the experts (scholars) among
them out, whose words weigh the evidence (``experts``). ``positions``
leaves such statements in context, ``leaning`` never places them, and
``weighed`` sets aside the cues of a hedge and of a scholar's finding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .bodies import OWN_VOICE
from .concession import CONTRAST
from .cue_words import clause_words, matches
from .cues import Evidence, without
from .data import load, words
from .model import Block
from .patterns import MONTHS
from .set_aside import SetAsideKind, time_frame
from .verbs import past
from .verdicts import EFFECTS
from .wording import normal

WHEN = (*(tuple(p.split()) for p in load("stance")["timetable"]), *((d,) for d in sorted(words("grammar", "weekdays"))))
HABITS = {f"{d}s" for d in words("grammar", "weekdays")}  # "on Fridays": a habit, every week, sets no date
PAST = words("stance", "past_auxiliaries")
TIME_UNITS = words("grammar", "time_units")
AHEAD = {"will", "shall", "can"}  # the modals that put an act ahead
EVIDENCE = words("stance", "evidence_nouns")
UNDECIDED = words("stance", "undecided")
BOTH_WAYS = tuple(tuple(p.split()) for p in load("stance")["both_ways"])
HOLDS = words("stance", "be") | words("stance", "holding")  # "the evidence remains mixed"
HEDGED = "weighs the evidence as undecided ('the studies are mixed'), which takes no side"
OBSERVED = "a scholar's finding, what was observed ('the harbour has silted up a metre since 1990'), which takes no side"
# What a finding never holds: a modal (what will, can or should happen is argued, not observed), the first
# person ("we found ..." argues from the speaker's own study) or the present "is"/"are" (a judgement of what a thing is).
ARGUED = words("stance", "modals") | words("stance", "first_person") | words("stance", "first_person_possessives") | {"us", "me"} | words("stance", "copula")
SCHOLARS = OWN_VOICE | words("stance", "own_voice_roles")


def experts(roles: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The speakers whose role makes them a scholar: a professor, lecturer,
    researcher or academic, or anyone whose role names a university or
    college ("economist at Ulverby University"). Academic freedom lets them
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
    after two years", "we can have the ferry back by next year", "the
    shop will stay open while the road is rebuilt", or how long the work
    will take: ``lasts``): a timetable, which takes no side.
    Ahead: said with one of ``AHEAD``, or a day or date after "on" with no verb in the past
    ("I met them this week", "we marched on Monday" look back)."""
    tokens = normal(text).split()
    at = [i for w in WHEN for i in matches(tokens, w) if tokens[i] not in HABITS]
    day = [t.isdigit() and len(t) <= 2 for t in tokens]  # "14", not the year "2020"
    for i, t in enumerate(tokens):  # a date starts at its day ("14 March") or its month ("March 14")
        if t in MONTHS and i and day[i - 1]:
            at.append(i - 1)
        elif (t in MONTHS and i + 1 < len(tokens) and day[i + 1]) or (t == "after" and period(tokens[i + 1 : i + 4])):
            at.append(i)
    looks_back = PAST & set(tokens) or any(regular_past(t) for t in tokens)
    ahead = AHEAD & set(tokens) or (not looks_back and any(tokens[i - 1 : i] == ["on"] for i in at))
    # "will stay open while the road is rebuilt": a process running sets the time.
    during = AHEAD & set(tokens) and time_frame(clause_words(text)) is not None
    return bool(at) and bool(ahead) or bool(during) or lasts(tokens)


def lasts(tokens: list[str]) -> bool:
    """Whether the words say how long a work ahead will take ("the new pier
    will take two years"; "would", the "will" of reported speech: "she said
    the dredging would take a month"): a measured period, with a word
    before its unit ("a", "two", "about a"); "it will take years to undo"
    weighs a harm, it sets no time."""
    return any(t in ("take", "takes") and period(tokens[i + 2 : i + 4]) and {*AHEAD, "would"} & set(tokens[:i]) for i, t in enumerate(tokens))


def period(tokens: list[str]) -> bool:
    """Whether the words name a period of time ("two years", "the first
    month"), as "after" does before them."""
    return any(t.removesuffix("s") in TIME_UNITS for t in tokens)


def hedge(text: str) -> bool:
    """Whether the words weigh the evidence as undecided and leave it there
    ("the studies on attention are mixed", "the research points in both
    directions"): a noun that names evidence, then in its clause a form of
    "to be" or "remain" with a verdict of undecided in the two words after
    it, or "both ways" / "both directions". Not when a "but" follows: "the
    data are mixed, but ..." grants it and takes a side after."""
    folded = text.casefold()
    if not any(noun in folded for noun in EVIDENCE):  # most blocks name no evidence: a scan of the text spares the words
        return False
    tokens = clause_words(text)
    for i, t in enumerate(tokens):
        if t not in EVIDENCE:
            continue
        end = next((j for j in range(i, len(tokens)) if tokens[j] == "|"), len(tokens))
        clause = tokens[i + 1 : end]
        judged = any(w in HOLDS and UNDECIDED & set(clause[k + 1 : k + 3]) for k, w in enumerate(clause))
        if (judged or any(matches(clause, w) for w in BOTH_WAYS)) and not CONTRAST & set(tokens[end:]):
            return True
    return False


def finding(text: str) -> bool:
    """Whether the words report what was observed: a verb in the past or
    the present perfect ("the harbour has silted up a metre since 1990",
    "ports that cut their fees lost a tenth of their income"), nothing
    ``ARGUED`` and no verb of harm or good (``verdicts.EFFECTS``: "the
    toll has hurt the shops" is a verdict)."""
    tokens = normal(text).split()
    judged = any(t in EFFECTS for t in tokens)  # "the levy has improved the buses" judges what it did
    return not judged and not ARGUED & set(tokens) and any(past(t) for t in tokens)


def weighed(blocks: Sequence[Block], found: Mapping[str, Evidence], scholars: frozenset[str] = frozenset()) -> dict[str, Evidence]:
    """Each block's evidence (``cues.story_evidence``), with the cues of a
    block that is a ``hedge`` or a scholar's ``finding`` (quoted) set aside: the
    evidence weighed or reported, not a side taken ("the studies on
    attention are mixed"; a geologist's "the cliff has retreated ten
    metres since 1990")."""
    gone: dict[str, tuple[SetAsideKind, str]] = {b.id: ("hedged", HEDGED) for b in blocks if hedge(b.text)}
    # A quote: reported speech shifts every verb into the past ("she said the fees had risen").
    gone |= {b.id: ("observed", OBSERVED) for b in blocks if b.kind == "quote" and b.speaker in scholars and b.id not in gone and finding(b.text)}
    return {bid: without(e, {(p, c): gone[bid] for p, cues in e.counted.items() for c in cues}) if bid in gone else e for bid, e in found.items()}


def unplaceable(text: str) -> bool:
    """A timetable or a hedge: words the story's vocabulary never places (``leaning``)."""
    return timetable(text) or hedge(text)
