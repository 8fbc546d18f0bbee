"""The summary's "What happened": which fact blocks the tool prints in its
own voice, from the plainest outlets.

In: the background blocks (most widely reported first), the commentary
blocks, and each outlet's profile. Out: at most three blocks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .. import lexicon
from ..data import words
from ..model import Block, Disputed, Profile, Reading
from ..patterns import YEAR
from ..quotes import outside_quotes

SUMMARY_EVENTS = 3
# What ties a line to the sentence before it: a conjunction or a pronoun that
# opens it ("But ...", "It ..."), or the auxiliary a left-out verb phrase leaves at its end ("... it wasn't.").
POINTING_BACK = words("grammar", "sentence_coordinators") | words("grammar", "personal_pronouns")
ELLIPSIS = words("grammar", "ellipsis_operators")
# The demonstratives, a closed class: one that opens a line points back to what came before
# ("This time around ...", "That could change.", "That week ..."), but for a near one before
# the present's unit of time ("This week ...", "These summers ...").
DEMONSTRATIVES = {"this", "that", "these", "those"}
NEAR = {"this", "these"}
TIME_UNITS = words("grammar", "time_units")
_WORD = re.compile(r"(?<![\w'’])[A-Za-z][A-Za-z'’]*")  # whole words: not the "am" of "4am"
_CONTENT_WORD = re.compile(r"[a-z][a-z'’-]{3,}")
_LOWER = re.compile(r"\b[a-z]")


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.lower()))


def own_voice(profiles: Sequence[Profile]) -> dict[str, float]:
    """Per source, how much of it is in its own voice: its distinct loaded
    words and its commentary blocks per block it reported."""
    return {p.source: (len(p.loaded) + p.commentary) / max(p.blocks, 1) for p in profiles}


_FIGURE_WORD = re.compile(r"\d[\d,.]+\d")  # "38.5", "1,900", "212": a figure of three digits or more, not an age ("16")


def _told_plainer(context: Sequence[Block], blocks: Sequence[Block], voice: Mapping[str, float]) -> set[str]:
    """The lines one outlet alone reports whose figure (not a year) an
    outlet in a plainer voice prints too: the same event, told plainly
    elsewhere, so this outlet's wording of it is not the tool's."""
    printed: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        for figure in _FIGURE_WORD.findall(b.text):
            printed[figure].update(b.sources)
    out = set()
    for b in context:
        figures = {f for f in _FIGURE_WORD.findall(b.text) if not re.fullmatch(YEAR, f)}
        mine = voice.get(b.sources[0], 0.0)
        if len(b.sources) == 1 and any(voice.get(s, mine) < mine for f in figures for s in printed[f]):
            out.add(b.id)
    return out


def _stands_alone(text: str) -> bool:
    """A line a reader can take without the sentence printed before it: it
    neither opens with a conjunction, a pronoun or a demonstrative that
    points back to that sentence ("This time around", not "This week") nor
    ends on the auxiliary of a verb phrase it leaves out."""
    found = [w.replace("’", "'") for w in _WORD.findall(text)]
    if not found:
        return False
    # Each word as printed: "US" that opens a line is no "us", "May" that ends one is a month.
    first, last = found[0], found[-1]
    then = found[1].lower().removesuffix("s") if len(found) > 1 else ""
    demonstrative = first.lower() in DEMONSTRATIVES and not (first.lower() in NEAR and then in TIME_UNITS)
    return not (first == first.capitalize() and (first.lower() in POINTING_BACK or demonstrative)) and last not in ELLIPSIS


def _printed(reading: Reading) -> tuple[frozenset[str], re.Pattern[str]]:
    """Who prints ``reading`` and the reading whole, not inside a longer
    figure or word ("21 million" holds no "1 million"): made once a reading,
    not once for each block it is tested against (``_prints``)."""
    return frozenset(reading.sources), re.compile(rf"(?<![\w.,]){re.escape(reading.text)}(?!\w)")


def _prints(block: Block, reading: tuple[frozenset[str], re.Pattern[str]]) -> bool:
    """Whether ``block`` prints a reading (``_printed``) as its own sources do."""
    sources, whole = reading
    return not sources.isdisjoint(block.sources) and whole.search(block.text) is not None


def summary_events(context: tuple[Block, ...], commentary: list[Block], limit: int = SUMMARY_EVENTS,
                   voice: Mapping[str, float] | None = None, blocks: Sequence[Block] = (),
                   disputed: Sequence[Disputed] = ()) -> list[Block]:
    """The lines of "What happened": fact blocks (events, figures) in the
    outlets' plain voice, most widely reported first, then one per source
    for variety. A block with a loaded word of an outlet's own is left
    out, and so is one that some outlet told only as its opinion (most of
    its words inside one commentary block from another source). A line
    only one outlet reports has nobody else's wording to check it by: it is
    taken only with no subjective word outside its quotes at all, a
    capitalised one included ("Greedy ..."). A line of fewer than three
    words, or with no word in lower case, tells nothing that happened: a
    dateline cut off its sentence ("HARWICK, Vt."), a bridge to a quote
    ("Ross continued."), and nor does one that needs the sentence before it
    (``_stands_alone``). At most ``limit``. The lines one outlet alone
    reports are taken from the plainest outlets first (``own_voice``): the
    lexicons miss some loaded words ("spewing"), and an outlet that uses
    many they do find likely uses those too; one whose figure a plainer
    outlet prints too is left to that outlet (``_told_plainer``). A line
    that prints one reading of a detail the outlets dispute ("cost 40
    million" where another prints 45) is left out too: in the tool's voice
    it would take that reading's side; "Disputed details" shows both."""
    opinion = [(set(c.sources), _content_words(c.text)) for c in commentary]
    readings = [_printed(r) for d in disputed for r in d.readings]
    events: list[Block] = []
    alone = {b.id: (voice or {}).get(b.sources[0], 0.0) for b in context if len(b.sources) == 1}
    plainer = _told_plainer(context, blocks, voice or {})
    for b in sorted(context, key=lambda b: (b.id in alone, alone.get(b.id, 0.0))):
        if b.kind not in ("event", "statistic") or b.outlet_terms or lexicon.opinion_score(b.text) or b.id in plainer:
            continue
        if any(_prints(b, r) for r in readings):
            continue
        if len(b.text.split()) < 3 or not _LOWER.search(b.text) or not _stands_alone(b.text):
            continue
        if len(b.sources) == 1 and lexicon.load().any_subjective(outside_quotes(b.text)):
            continue
        words = _content_words(b.text)
        if any(sources - set(b.sources) and len(words & told) * 5 >= len(words) * 3 for sources, told in opinion):
            continue
        if len(b.sources) > 1 or all(e.sources[0] != b.sources[0] for e in events):
            events.append(b)
            if len(events) == limit:
                break
    return events
