"""How near two sentences' stems are: the measures ``paraphrase`` and
``fact_index`` share.

In: two sentences' stems (``fact_profile.stems``: content stems, quantities
marked ``QUANTITY``, days of a month marked ``DATE``; in the index, sets of
synonyms marked ``SYNONYM`` too). Out: whether they are near (``_near``:
at least ``NEAR_STEMS`` stems in common and ``NEAR_SHARE`` of all), or held
together by a quantity or a day and most of their words (``_anchored``),
and how near (``nearness``). A quantity both print stands for the noun it
counts; one only one prints is a detail left out (``_words``).
"""

from __future__ import annotations

from collections.abc import Collection

from .forms import SPAN_STEMS

NEAR_STEMS = 5
NEAR_SHARE = 0.5     # of the stems of both sentences together (Dice), so a short
                     # sentence is never one fact with a long one that merely holds its words
ANCHOR_SHARE = NEAR_SHARE  # a pair that shares a quantity ("2,500 jobs", "£340m") needs fewer
ANCHOR_STEMS = 2     # stems in common: this many besides the quantity, both words printed
                     # lower-case and not the noun it counts
HELD_STEMS = 4       # a short wording of this many stems may be held whole by a longer one (``paraphrase._held``)
QUANTITY = "#"  # marks a quantity ("#2500 jobs") among a sentence's stems
DATE = "@"      # and a day of a month ("@04-01")
SYNONYM = "~"   # and a set of synonyms ("~221"), among the stems a sentence is indexed by
MARKS = (QUANTITY, DATE, SYNONYM)


def _share(a: Collection[str], b: Collection[str]) -> float:
    """The share of two sentences' distinct stems that they hold in common."""
    return 2 * len(set(a).intersection(b)) / (len(a) + len(b))


def nearness(a: Collection[str], b: Collection[str]) -> float:
    """The share of two sentences' stems (``stems``) that they hold in
    common, their quantities and dates set aside (``_words``)."""
    return _share(_words(a), _words(b))


def _words(stems: Collection[str], shared: Collection[str] = ()) -> list[str]:
    """Stems without the quantities and dates but those in ``shared``: what
    nearness is measured on. A figure one outlet prints and the other does
    not is a detail left out, which an outlet may do; one both print is a
    word in common, which stands for the noun it counts ("#60 votes" for
    "votes": one word, not two)."""
    counted = {q.partition(" ")[2] for q in shared if q[0] == QUANTITY}
    if "h" in counted:  # a span of time in common stands for its words ("two years")
        counted |= SPAN_STEMS
    return [s for s in stems if (s[0] not in MARKS or s in shared) and s not in counted]


def _near(a: Collection[str], b: Collection[str], least: int = NEAR_STEMS) -> bool:
    shared = set(a).intersection(b)
    a, b = _words(a, shared), _words(b, shared)
    return len(set(a).intersection(b)) >= least and _share(a, b) >= NEAR_SHARE


def _counted(shared: Collection[str]) -> bool:
    """Quantities two sentences share hold them together: a count of a
    thing or a span of time ("2,500 jobs", "three years"), or two sums or
    shares ("from £6 to £9"); one sum or share alone does not ("spend £2m
    on roads" / "on schools")."""
    found = [q.partition(" ")[2] for q in shared if q[0] == QUANTITY]
    return len(found) > 1 or any(what.isalpha() and (len(what) > 1 or what == "h") for what in found)


def _anchored(a: Collection[str], b: Collection[str], held: bool = False) -> bool:
    """Two short sentences that share a quantity (``_counted``) or a day of a
    month, and most of their words: the same count of the same thing in one
    story is one figure reported twice ("will create 2,500 jobs" /
    "promised 2,500 jobs"); one event on one day is one event, when no
    wording adds a word of what happened (``_one_fact``: ``reworded``).
    In the index a set of synonyms both sentences' words belong to
    (``SYNONYM``) is a word in common, as ``aligned.aligned`` makes it
    ("said" / "says"), not a word more on each side. ``held``: a sum both
    share holds them too (``paraphrase._summed``)."""
    shared = set(a).intersection(b)
    if not (held or _counted(shared) or any(s[0] == DATE for s in shared)):
        return False
    common = _common(shared)
    return common >= ANCHOR_STEMS and 2 * common >= ANCHOR_SHARE * (len(_words(a)) + len(_words(b)))


def _common(shared: Collection[str]) -> int:
    """How many words two sentences hold in common (``shared``: their stems
    in common; a set of synonyms is one word), a figure past the first
    counted as one: two values both print ("from £6 to £9", "60
    firefighters and 12 engines") hold a pair as a value and a word do."""
    values = {s.partition(" ")[0] for s in shared if s[0] == QUANTITY}
    return sum(s[0] not in (QUANTITY, DATE) for s in shared) + max(0, len(values) - 1)
