"""Paraphrased facts: the same event or claim that outlets report in their
own words.

In: sentences (narrative or reported speech, never quotes) with their
source and speaker. Out: which pairs are one fact, to be merged into one
block, and which are near-matches that differ in a detail, to be shown as
disputed.

A sentence's profile (``fact_profile``) holds its content stems, names,
figures, quantities and days of a month, and whether it is negated. Two sentences are *near*
(``nearness``) when they share at least ``NEAR_STEMS`` stems and at least
``NEAR_SHARE`` of the stems of both together. A near
pair is one fact only when it shares a word of what happened, not only of
who and where (names and titles: "Senator Ann Roe of Kent, the party's
leader, backs the levy" and "Party Leader Ann Roe said ..." share only who),
and nothing in it conflicts: its names and figures nest (an outlet may leave
a detail out, never change it), and its directions agree: both or neither
negated, and no word one holds opposite to a word the other holds instead
(approve / reject; WordNet's verbs of opposite direction, hire / fire, and
its adjectives of opposite sense, new / old, more / less), no verb's doer
and patient are swapped ("Anglers blame the council" / "The council blames
anglers": ``direction.roles_swapped``), and
no verb one wording puts for another's, the rest word for word the same,
tells another thing (``direction``, ``verbs``: "will hire" / "will cut"), nor
a noun of an action each prints that names none of the other's words
("Demolition of" / "Building work on": ``direction.other_actions``), nor
a noun of a thing put for a noun of another ("the old depot" / "the old
library": ``things``). A short pair
that shares a count of a thing, or two sums, or a day of a month (when
neither adds a word of what happened), and two more words of what
happened (or a second count of a thing, or, for a count of ten or more,
the verb of its act: ``_told``) is one fact too, when nothing at all
differs (``_anchored``); so is a pair that shares a sum when what each
adds names no other thing, action or payer, nor puts one word for
another at one place (``_summed``: "the council estimated repairs would
cost £6.5m" / "repairs will cost a hefty £6.5m"; "fined the club" /
"fined the winger" are two). A short wording held whole by a longer one
that tells one thing and adds no act nor a part of the thing to it ("the
museum's east wing") is that wording cut (``_held``). A year told from the
article's date is read in figures (``forms.dated``: "two years ago" /
"in 2024"). A
word one outlet puts for its synonym in their first sense is the same word
(``synonyms``: "start" / "begin"), and so is a noun of an action for the
verb it names or that verb's synonyms (``actions.named``: "construction"
/ "built"), and a form of a verb for a noun of it, in a pair that shares a
figure ("was fined £2m" / "a £2m fine"); a day or month one outlet adds is a
detail, and so is a place or a body in a pair a quantity holds; two names
that end alike but differ before it ("Quorrel Bridge" / "Thaxby Bridge")
differ; a reaction and a clause whose subjects name different agents
tell two facts ("crews welcomed the council's decision" / "the council
voted": ``agents``); a count one wording prints in a clause describing a
thing holds no pair with one that reports the count ("a granary storing
900 tonnes was sold" / "the granary stores 900 tonnes": ``_undescribed``);
a sentence that tells two things is compared by its first clause too
(``clauses``). A near pair that takes opposite sides, or swaps one
name, is a disputed detail (``disputes``). Being wrong costs more than missing a merge,
so every rule errs towards keeping two blocks.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from . import actions, agents, direction, fact_names, tense, things, verbs
from .aligned import _printed, aligned, reworded
from .data import words
from .fact_profile import Profile
from .forms import LOWER, SIGNS, STEM, UPPER, spelling
from .model import Kind
from .nearness import ANCHOR_STEMS, HELD_STEMS, NEAR_SHARE, QUANTITY, _anchored, _counted, _near, nearness
from .patterns import MONTHS
from .word_senses import FUNCTION, VERB, stem
from .wording import swapped

SAID_STEMS = 3       # reported speech: what was said (stems, figures), who said it set aside, shares this many and NEAR_SHARE
RIVAL_SHARE = 0.6    # nearer still, for two sentences to be one fact told two ways
TALLY = 10          # a count of this or more is printed in figures (AP and most house styles: one to nine in words), rare enough to hold a pair with its act
FACT_KINDS: tuple[Kind, ...] = ("statement", "statistic", "event")

_SIDES = frozenset((LOWER, UPPER))  # a figure's bounds ("at least", "at most": ``forms.bounds``)
_SAYING = words("reporting", "speech_verbs")  # who told it, not what happened
_BELIEF = words("reporting", "belief_verbs")
_WEEKDAYS = frozenset(spelling(w)[:STEM] for w in words("grammar", "weekdays"))
_MONTHS = frozenset(spelling(w)[:STEM] for w in MONTHS if len(w) > 3)
_CALENDAR = _WEEKDAYS | _MONTHS


def conflict(a: Profile, b: Profile, names: bool = True) -> str | None:
    """What two near sentences disagree on, or None when they can be one
    fact: "opposite" (approved / rejected; "at least" / "at most" a
    figure; an action ended against the action: ``direction.ended``; "new"
    / "old": ``direction.opposite_adjectives``), "compared" ("higher" /
    "lower": two facts, no dispute; a relation told the other way flips it),
    "negation" (one negated),
    "names" (unless ``names`` is false), "figures" (not nested) or
    "things" (one thing put for another, "the old depot" / "the old
    library": ``things``) or "verbs" (one act put for another, "shot" /
    "killed": ``verbs.another_act``) or "counts" (one value counting two
lots of beings, "14 men" / "14 women": ``things.counted_apart``) or
"agents" (a reaction by others
    than who acted: ``agents``; ``_one_fact`` asks it first, before a
    name printed longer may be let pass) or "tense" (one tells as done an
    act the other tells as yet to be done, "was closed" / "is due to
    close": ``tense``; no dispute, two events) or "roles" (who does it
    and to whom swapped, "Anglers blame the council" / "The council blames
    anglers": ``direction.roles_swapped``; two events)."""
    if tense.apart(a.sequence, b.sequence):
        return "tense"
    if direction.roles_swapped(a.sequence, b.sequence):
        return "roles"
    ours, theirs = a.stems - b.stems, b.stems - a.stems
    if direction.opposed(ours, theirs) or direction.verb_put(a.stems, b.stems, a.sequence, b.sequence) or _SIDES & ours and _SIDES & theirs:
        return "opposite"
    if direction.ended(a.sequence, b.sequence) or direction.opposite_adjectives(a.sequence, b.sequence, inflected=False):  # "ended its inquiry" / "is investigating", "new" / "old"
        return "opposite"
    if direction.opposite_adjectives(a.sequence, b.sequence):  # "her younger sister" may be "her older sibling" told the other way
        return "compared"
    if a.negated != b.negated:
        return "negation"
    if names and _named_apart(a, b):
        return "names"
    if not _nested(a.figures, b.figures) and _figured_alike(a, b):
        return "figures"
    if things.another_thing(a.stems, b.stems, a.sequence, b.sequence):
        return "things"
    if a.figures & b.figures and things.counted_apart(_counted_nouns(a.stems), _counted_nouns(b.stems), a.sequence, b.sequence):
        return "counts"
    shared = [s[1:].partition(" ") for s in a.stems & b.stems if s[0] == QUANTITY]
    figured, beings = things.figured(shared, a.sequence, b.sequence)
    if verbs.another_act(a.stems, b.stems, a.sequence, b.sequence, figured, beings):
        return "verbs"
    if agents.differ(a.agent, b.agent):
        return "agents"
    return None


def _named_apart(a: Profile, b: Profile) -> bool:
    """Each wording names what the other does not print at all, the two of
    one kind: two days of the week ("on Monday" / "on Tuesday"), two
    months, or two names of anything else ("in Kent" / "in Essex"). A name
    the other prints where a capital tells nothing (it opens the sentence:
    "Kelby councillors") is printed by both, and so is one the other
    prints by its initials (``_unprinted``); a day of the week one adds and
    a place the other adds are two details, each left out by the other
    ("closed on Friday" / "closed near Wexley")."""
    ours, theirs = _unprinted(a, b), _unprinted(b, a)
    return any(_name_kind(x) == _name_kind(y) for x in ours for y in theirs)


def _unprinted(a: Profile, b: Profile) -> set[str]:
    """The names of ``a`` that ``b`` does not print: not as a word, nor as
    the initials of a name of several words, one way or the other ("the
    KWA" / "the Kelby Water Authority"), the initials a name of their own
    ("KWA Holdings" is another)."""
    theirs = {_initials(run) for run in b.runs}
    ours = {run[-1] for run in a.runs if (_initials(run),) in b.runs}
    return {x for x in a.names - b.stems - ours if x not in theirs}


def _initials(run: tuple[str, ...]) -> str:
    """The initials of a name of several words, as stemmed ("fso"); none of one word."""
    return "".join(w[0] for w in run)[:STEM] if len(run) > 1 else ""


def _name_kind(name: str) -> int:
    """0 a day of the week, 1 a month, 2 any other name."""
    return 0 if name in _WEEKDAYS else 1 if name in _MONTHS else 2


def _counted_nouns(stems: Collection[str]) -> dict[str, set[str]]:
    """The nouns each value of ``stems``' quantities counts ("#14 men":
    "14": {"men"}), words only (not "£", "%" nor a span of time)."""
    found: dict[str, set[str]] = {}
    for s in stems:
        value, _, what = s[1:].partition(" ")
        if s[0] == QUANTITY and what.isalpha() and len(what) > 1:
            found.setdefault(value, set()).add(what)
    return found


def _figured_alike(a: Profile, b: Profile) -> bool:
    """Of the figures each of two wordings prints and the other lacks, two
    may be one figure changed, not two details each left out: not a time of
    day and the value of a count, a sum or a share the other prints ("at
    6am" / "22,000 vehicles a day"; a bare number, "at 10", or a span, "in
    six hours", may tell a time of day)."""
    ours, theirs = a.figures - b.figures, b.figures - a.figures
    return any(not (_clocked(x, y, b) or _clocked(y, x, a)) for x in ours for y in theirs)


def _clocked(clock: str, value: str, b: Profile) -> bool:
    return ":" in clock and ":" not in value and any(q[0] == QUANTITY and q[1:].partition(" ")[0] == value and not q.endswith(" h") for q in b.stems)


def _nested(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    return ours <= theirs or theirs <= ours


def one_fact(a: Profile, b: Profile) -> bool:
    """Two sentences are one fact (``_one_fact``), or the first clause of one
    or both is (``lead``: "Work will start in May and last two years" /
    "Work is to begin in May") and nothing in the whole sentences conflicts."""
    b = aligned(b, a)
    if _one_fact(a, b):
        return True
    # A first clause against a sentence that tells one thing, or against
    # the other's first clause: never a sentence of two things against the
    # other's first clause, which would join on its second. A clause is
    # short, so two words of what happened must agree, as for a pair a
    # quantity holds: a name and a title ("acting harbour master Ann Roe")
    # are only who.
    pairs = ((a.lead, b if b.lead is None else b.lead), (a if a.lead is None else None, b.lead))
    return (
        any(x is not None and y is not None and len((x.plain - x.titles) & (y.plain - y.titles)) >= ANCHOR_STEMS and _one_fact(x, y) for x, y in pairs)
        and conflict(a, b) is None
    )


def _one_fact(a: Profile, b: Profile) -> bool:
    """Two near sentences are one fact: they share a word of what happened
    (``_in_common``; a name or a title shared is only who or where: two
    facts about one person), and nothing conflicts (``_compatible``). Two sentences of
    reported speech must be near in what they report (its words and
    figures), the words of the speaker's name and role that both print set
    aside: one person's two claims, each introduced by the same name and
    title, share those words and little else."""
    frame = a.frame & b.frame
    a, b = _core(a, b, _CALENDAR), _core(b, a, _CALENDAR)
    a, b = _undescribed(a, b), _undescribed(b, a)
    if agents.differ(a.agent, b.agent):  # what crews did is not what the council did
        return False
    if not _in_common(a, b) or (frame and not _near((a.stems - frame) | a.figures, (b.stems - frame) | b.figures, SAID_STEMS)):
        return False
    if not _near(a.stems, b.stems) and not _held(a, b):
        # Held together by a quantity, not by most of their words: two
        # words of what happened must agree (a word either prints in lower
        # case, though the other opens its sentence with it: "Hauliers will
        # pay"), and nothing may differ, not even a name.
        counted = _counted_words(a.stems & b.stems, a.sequence)
        summed = _summed(a, b)
        return (
            _anchored(_core(a, b).stems, _core(b, a).stems, summed)
            and (summed or _counted(a.stems & b.stems) or not reworded(a, b))
            and _told(a, b, (a.plain | b.plain) & a.stems & b.stems - counted)
            and conflict(a, b) is None
            and not fact_names.renamed(a.runs, b.runs)
        )
    return (
        _compatible(a, b) and not fact_names.renamed(a.runs, b.runs)
        and not direction.another_action(a.sequence, b.sequence, _counted(a.stems & b.stems))
        and not direction.other_actions(a.sequence, b.sequence)
    )


def _held(a: Profile, b: Profile) -> bool:
    """A short wording (``HELD_STEMS`` stems or more, not ``NEAR_STEMS``)
    whose every stem a longer one holds, no less near than ``_near``
    asks, is the longer one cut ("Dredging is due to start in October" /
    "Dredging of the channel is due to start in October, the port
    said"), when the longer tells one thing (no ``lead``) and adds no act
    to it: no verb the place shows but one of saying, no belief ("fear",
    "expect": what someone thinks, not what happened), no action that
    opens it, no second day or month beside the short one's, and no
    part or belonging of what the short one tells of (``_owned``)."""
    short, long = (a, b) if len(a.stems) <= len(b.stems) else (b, a)
    if long.lead is not None or len(short.stems) < HELD_STEMS or not short.plain or not short.stems <= long.stems or nearness(a.stems, b.stems) < NEAR_SHARE:
        return False
    acts = {w for w, n in long.senses if n[0] == VERB}
    added = [(s, _printed(s, long.sequence)) for s in long.stems - short.stems]
    opening = long.sequence.partition(" ")[0]
    if short.stems & _CALENDAR and _times(a) != _times(b) or stem(opening) not in short.stems and actions.listed(opening) or _owned(short, long):
        return False
    return not any(w in _BELIEF or s in acts and w not in _SAYING for s, w in added)


def _owned(short: Profile, long: Profile) -> bool:
    """The longer wording makes a word of the shorter one the owner of a
    word it adds, by a possessive or "of" ("the museum's east wing", "the
    museums' upper floors", "the east wing of the museum" / "the museum"):
    it tells of a part or a belonging of what the shorter one tells of, not
    of that thing. ("Dredging of the channel" / "Dredging": the shorter
    one's word is what is owned, not its owner.) Not an owned word that
    says it ("the museum's director said"), nor a part of a month or day
    ("the end of March")."""
    words = long.sequence.split(" ")
    for n, word in enumerate(words[1:], 1):
        before = words[n - 1]
        if before.endswith(("'s", "’s", "s'", "s’")) and stem(before) in short.stems and word not in FUNCTION and stem(word) not in short.stems and not _says(words, n + 1):
            return True
        if before == "of" and n > 1 and words[n - 2] not in FUNCTION and stem(words[n - 2]) not in short.stems:
            at, owner = next(((k, w) for k, w in enumerate(words[n:], n) if w not in FUNCTION), (n, ""))
            if stem(owner) in short.stems and stem(owner) not in _CALENDAR and not _says(words, at + 1):
                return True
    return False


def _says(words: list[str], at: int) -> bool:
    """The word at ``at`` is a verb of saying: the words before it tell who said it."""
    return at < len(words) and words[at] in _SAYING


def _times(a: Profile) -> frozenset[str]:
    """The days and months ``a`` prints: names, which ``_one_fact`` sets
    aside when only one of a pair prints them (``_core``)."""
    return (a.stems | {s for run in a.runs for s in run}) & _CALENDAR


def _summed(a: Profile, b: Profile) -> bool:
    """A sum both print ("£6.5m") holds two short wordings as a count of a
    thing does (``nearness._counted``) when what each adds to the other
    names no other thing it is the sum of: no noun of a thing, nor of an
    action ("a loan" / "a grant of £5m"), nor an action that opens the
    sentence ("Dredging" / "Piling will cost £3m"), and at most one of
    them adds who (a being, a person or an owner: "Tenants" / "Landlords
    will pay £45"), and no word of one is put for a word of the other
    (``_put_for``). What is left is who estimated it and how it is
    weighed ("the council estimated that repairs would cost £6.5
    million" / "repairs will cost a hefty £6.5m")."""
    if not any(q[0] == QUANTITY and q.partition(" ")[2] in SIGNS for q in a.stems & b.stems):
        return False
    who = []
    for x, y in ((a, b), (b, a)):
        own = [_printed(s, x.sequence) for s in x.plain - y.stems]
        opening = x.sequence.partition(" ")[0]
        if any(things.listed(w) or actions.noun(w) for w in own) or stem(opening) not in y.stems and actions.listed(opening):
            return False
        who.append(any(things.being(w) or w.endswith(("'s", "’s")) for w in own))
    return not all(who) and not _put_for(a, b)


def _put_for(a: Profile, b: Profile) -> bool:
    """Two wordings the same word for word but at one place, where each
    prints a word of content (not ``FUNCTION``) the other lacks and the
    place shows no verb: one noun put for another in one slot, who pays,
    gets or is fined ("fined the club" / "fined the winger"), or of what
    (a word of how it is weighed put for another, "a hefty" / "a huge"
    sum, is kept apart too: being wrong costs more). A verb put for
    another is left to ``verbs.another_act``, which tells the verbs of one
    act ("will spend" / "will invest £2m") from those of two."""
    found = swapped(a.sequence.split(" "), b.sequence.split(" "))
    if found is None:
        return False
    one, other, before = found
    return not (FUNCTION.issuperset(one) or FUNCTION.issuperset(other) or verbs.shown(one, before) or verbs.shown(other, before))


def _undescribed(a: Profile, b: Profile) -> Profile:
    """``a`` without the quantities it shares with ``b`` that only one of
    them prints in a clause describing a noun (``fact_profile.described``):
    "a granary storing 900 tonnes of barley was sold" and "the granary
    stores 900 tonnes of barley" do not share what happened by the count."""
    lone = (a.described ^ b.described) & a.stems & b.stems
    return replace(a, stems=a.stems - lone) if lone else a


def _in_common(a: Profile, b: Profile) -> bool:
    """Two sentences share a word of what happened: one both print in lower
    case, or one prints so and the other opens its sentence with ("the toll
    for vans" / "Vans will be charged"); not a title one prints before a
    name ("the party's leader" / "Party Leader Ann Roe")."""
    return bool(a.plain & b.plain or a.plain & {stem(b.sequence.partition(" ")[0])} or b.plain & {stem(a.sequence.partition(" ")[0])})


def _counted_words(shared: Collection[str], sequence: str) -> set[str]:
    """The word each value of the quantities in ``shared`` counts: of the
    two words after a value ("three primary schools": "#3 primary", "#3
    schools"), the first printed; the second is a word of what happened
    too ("schools", or the verb of "40 nurses walked out")."""
    counted: dict[str, list[str]] = {}
    for q in sorted(shared):
        if q[0] == QUANTITY:
            value, _, noun = q[1:].partition(" ")
            counted.setdefault(value, []).append(noun)
    order = [stem(w) for w in sequence.split(" ")]
    return {min(nouns, key=lambda n: order.index(n) if n in order else len(order)) for nouns in counted.values()}


def _told(a: Profile, b: Profile, words: Collection[str]) -> bool:
    """Enough of what happened in common (``words``: besides the nouns the
    quantities count) for a pair a quantity holds: ``ANCHOR_STEMS`` words;
    or two counts of things ("40 nurses and 6 doctors"); or two
    values and a word that neither prints as a verb, who or what they are
    of ("The toll for vans will rise from £4 to £7" / "Vans will be
    charged £7, up from £4"; an act alone may be done to others:
    "Cyclists will be charged" / "Pensioners will be charged"); or the
    act on a count of ``TALLY`` or more of one noun, a word both print as
    a verb ("About 400 homes were evacuated" / "Around 400 homes in Kelby
    were evacuated on Sunday")."""
    if len(words) >= ANCHOR_STEMS:
        return True
    counts = {q[1:].partition(" ") for q in a.stems & b.stems if q[0] == QUANTITY}
    tallies = {v for v, _, noun in counts if noun.isalpha() and len(noun) > 1}
    verbs = {w for w, n in a.senses if n[0] == VERB}, {w for w, n in b.senses if n[0] == VERB}
    if len(tallies) > 1 or len({v for v, _, _ in counts}) > 1 and not verbs[0].union(verbs[1]).issuperset(words):
        return True
    return any(float(v) >= TALLY for v in tallies) and bool(verbs[0].intersection(verbs[1], words))


def _core(a: Profile, b: Profile, only: Collection[str] | None = None) -> Profile:
    """``a`` without the names it adds to ``b`` (of ``only``): a place, a
    day, a body ("the Kelso firm" / "the firm", "on Monday") that one outlet
    leaves out is a detail, not what happened (whether names agree is
    ``conflict``'s to say). Days and months go from every pair
    (``_CALENDAR``), other names only from a pair a quantity holds: a
    person one outlet names tells who did it."""
    added = {s for run in a.runs for s in run} - a.plain - b.stems
    if only is not None:
        added &= set(only)
    return replace(a, stems=a.stems - added) if added else a


def _compatible(a: Profile, b: Profile) -> bool:
    """Nothing in two sentences conflicts. Names that are not nested by their
    last words may still be one name printed longer or shorter in a pair
    nearer than ``RIVAL_SHARE`` (``fact_names.unmatched``): the nearer the wordings,
    the likelier a longer name is a fuller one, not another."""
    found = conflict(a, b)
    if found == "names" and nearness(a.stems, b.stems) >= RIVAL_SHARE and not (fact_names.unmatched(a.runs, b.runs) and fact_names.unmatched(b.runs, a.runs)):
        return _nested(a.figures, b.figures)
    return found is None
