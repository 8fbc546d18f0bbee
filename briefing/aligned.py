"""Words one wording puts for another's, made the other's word so that two
wordings of one fact share them (``aligned``): a synonym in its first sense
("start" / "begin": ``synonyms``), a noun of people or of things for the
kind right above it ("motorists" / "drivers": ``_kinds``), a noun of an
action for the verb it names ("construction" / "built":
``actions.named``), a verb of one meaning in a wording otherwise nearly
word for word ("opened" / "launched" an inquiry: ``verbs.alike``), a
form of a verb for its noun in a pair that shares a figure ("was fined" /
"a £2m fine"), and a count of people for a count of persons of one value
("14 people" / "14 cases": ``things.one_count``). And
whether each of two wordings holds a word of what happened that the other
lacks (``reworded``): one thing put for another, no cut.
"""

from __future__ import annotations

from dataclasses import replace

from . import synonyms, things, verbs
from .fact_profile import Profile
from .nearness import QUANTITY
from .word_senses import FUNCTION, LEMMA, PARENT, VERB, meets, stem

VERB_OWN = 3         # stems each wording may add for a verb of one meaning to count as the same word (``aligned``)


def aligned(b: Profile, a: Profile) -> Profile:
    """``b`` with each word that ``a`` prints a synonym of instead ("start"
    for "begin") stemmed as ``a``'s word, so that the two share it; its
    first clause too. A verb of one meaning ("opened" / "launched" an
    inquiry) counts so only in two wordings that are otherwise nearly word
    for word (each adds at most ``VERB_OWN`` stems the other lacks): a
    looser telling must share its verb. A count of people put for a count
    of persons of one value ("14 people" / "14 cases", "212 passengers":
    ``_counts``) counts so only when one wording does no more than add
    words to the other (``reworded``): "14 people fell ill" is not "14
    cases were ruled out". A noun or a form of one verb ("was fined" / "a fine":
    ``LEMMA``) counts so only in a pair that shares a figure ("£2m"). A
    noun put for the kind right above it ("Motorists" / "Drivers") is
    the other's word, as printed too (``_kinds``)."""
    ours = {n: s for s, n in a.senses if s not in b.stems}
    renamed, verbal = {}, {}
    for t, n in sorted(b.senses):
        for m in meets(n):
            if m in ours and t not in a.stems:
                if n[0] in (VERB, PARENT):
                    if _alike(ours[m], a.sequence, t, b.sequence):
                        verbal[t] = ours[m]
                elif n[0] != LEMMA or a.figures & b.figures:
                    renamed[t] = ours[m]
    kinds, kind_words = _kinds(b, a, renamed)
    renamed.update(kinds)
    if verbal:
        stems = frozenset({**renamed, **verbal}.get(x, x) for x in b.stems)
        if len(stems - a.stems) <= VERB_OWN and len(a.stems - stems) <= VERB_OWN:
            renamed.update(verbal)
    counted, printed = _counts(b, a)
    if counted and not reworded(a, _renamed(b, {**renamed, **counted})):
        return _renamed(b, {**renamed, **counted}, {**kind_words, **printed})
    return _renamed(b, renamed, kind_words) if renamed else b


def _renamed(b: Profile, renamed: dict[str, str], printed: dict[str, str] | None = None) -> Profile:
    """``b`` with its stems (and its first clause's) renamed, and its words
    as printed (``printed``: the nouns a count counts, ``_counts``)."""
    def swap(stems: frozenset[str]) -> frozenset[str]:
        return frozenset(renamed.get(x, _recounted(x, renamed)) for x in stems)
    lead = b.lead and replace(b.lead, stems=swap(b.lead.stems), plain=swap(b.lead.plain))
    sequence = " ".join(printed.get(w, w) for w in b.sequence.split(" ")) if printed else b.sequence
    return replace(b, stems=swap(b.stems), plain=swap(b.plain), lead=lead, sequence=sequence)


def _kinds(b: Profile, a: Profile, renamed: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each word of ``b`` (not a name, nor renamed yet) that names a noun of
    ``a`` by the kind right above it, or the kind right below
    (``synonyms.above``: "Drivers face" / "Motorists face"), to ``a``'s:
    its stem, and the word as printed, so that the two wordings are word
    for word the same there (another word put at another place still
    tells another thing: "Farmers face a rise in feed bills" / "Growers
    face a rise in fuel bills"). Not when the kind above is qualified by
    a word the other wording lacks (``_qualified``: "Lorry drivers" /
    "Motorists", "Young residents" / "Pensioners": the word before it may
    make it another kind under it, as "trucker" is beside "motorist")."""
    ours = {s: _printed(s, a.sequence) for s in sorted(a.stems - b.stems - a.names) if s[0].isalpha()}
    stems, printed = {}, {}
    for t in sorted(t for t in b.stems - a.stems - b.names - renamed.keys() if t[0].isalpha()):
        word = _printed(t, b.sequence)
        match = next((s for s, other in ours.items() if _one_kind(word, b.sequence, other, a.sequence)), None)
        if match is not None:
            stems[t], printed[word] = match, ours[match]
    return stems, printed


def _one_kind(ours: str, our_words: str, theirs: str, their_words: str) -> bool:
    """Two nouns as printed, one right above the other (``synonyms``), the
    one above not qualified by a word the other wording lacks."""
    if synonyms.above(ours, theirs):
        return not _qualified(theirs, their_words, our_words)
    return synonyms.above(theirs, ours) and not _qualified(ours, our_words, their_words)


def _qualified(word: str, words: str, other_words: str) -> bool:
    """The word before ``word``'s first place in ``words`` (one string) is
    no function word and not among ``other_words`` ("lorry" of "lorry
    drivers" against "motorists")."""
    order = words.split(" ")
    at = order.index(word) if word in order else 0
    return at > 0 and order[at - 1] not in FUNCTION and order[at - 1] not in other_words.split(" ")


def _recounted(stem: str, renamed: dict[str, str]) -> str:
    """A quantity counting a noun renamed, counting the new noun ("#2 worke" as "#2 emplo")."""
    value, _, noun = stem[1:].partition(" ")
    return f"{QUANTITY}{value} {renamed[noun]}" if stem[0] == QUANTITY and noun in renamed else stem


def _counts(b: Profile, a: Profile) -> tuple[dict[str, str], dict[str, str]]:
    """Each quantity of ``b`` that a quantity of ``a`` of one value counts
    by another noun, the two one count of people (``things.one_count``:
    "14 cases" / "14 people"), and the noun it counts, each to ``a``'s;
    and the noun as printed to ``a``'s, so that the two wordings are word
    for word the same there."""
    theirs = [q[1:].partition(" ") for q in a.stems - b.stems if q[0] == QUANTITY]
    stems, printed = {}, {}
    for q in sorted(s for s in b.stems - a.stems if s[0] == QUANTITY):
        value, _, noun = q[1:].partition(" ")
        for other in (o for v, _, o in theirs if v == value):
            ours, yours = _printed(noun, b.sequence), _printed(other, a.sequence)
            if things.one_count(ours, yours):
                stems.update({q: f"{QUANTITY}{value} {other}", noun: other})
                printed[ours] = yours
    return stems, printed


def _printed(own: str, words: str) -> str:
    """The first of ``words`` (one string) whose stem ``own`` is."""
    return next((w for w in words.split(" ") if stem(w) == own), own)


def _alike(ours: str, our_words: str, theirs: str, their_words: str) -> bool:
    """The words of two stems are verbs of one meaning, not opposite (``verbs.alike``)."""
    return verbs.alike(_printed(ours, our_words), _printed(theirs, their_words))


def reworded(a: Profile, b: Profile) -> bool:
    """Each of two wordings holds a word of what happened that the other
    lacks: one thing put for another ("spend £2m on roads" / "on schools"),
    which a near wording of a report does not make the same report. (A
    wording that only adds or drops words is a cut, not a rewording.)"""
    return bool(a.plain - b.stems) and bool(b.plain - a.stems)
