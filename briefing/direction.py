"""Which way a report goes: whether two wordings of one fact take opposite
sides.

In: the content stems (five-letter truncations, ``forms.STEM``) that one
wording holds and the other lacks, or two wordings' stems and their
lower-case words in order. Out: whether they take opposite sides
(``opposed``: approved / rejected; WordNet's verbs of opposite direction,
hire / fire; ``opposite_adjectives``: its adjectives of opposite sense,
new / old) or put for a verb one that tells another thing (``verb_put``:
"will hire" / "will cut", ``verbs.differ``), or one tells an action
ended that the other tells going on or begun (``ended``: "ended their
inquiry" / "are investigating"). ``paraphrase.conflict`` calls them all:
a fact and its opposite are never one block. And, from the words of
what happened that each of two near wordings prints and the other lacks,
whether one names another action than the other (``another_action``:
"start dredging" / "start piling", "the closure" / "the sale", at one
place; ``other_actions``: a noun of an action on each side, wherever they
differ, "Demolition of" / "Building work on").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import cache

from . import actions, synonyms, verbs
from .data import load, table, words
from .forms import STEM, UNIT_WORDS, bounds, holds_figure, number_word, spelling
from .patterns import MONTHS
from .wording import EDIT_WORDS, FUNCTION_WORDS, swapped

OWN_WORDS = 3  # a pair that adds more words of its own than this is read at one place only (``other_actions``)
# Closed-class words, the particles of phrasal verbs ("knocked down") and
# the words of a figure ("per cent") name no action.
_DETERMINERS = words("grammar", "determiners")
_CLOSED = FUNCTION_WORDS | words("grammar", "phrasal_particles") | UNIT_WORDS
_ENDING = words("grammar", "terminative_verbs")  # "ended its inquiry": the action ended
_ENDING_PHRASAL = frozenset(tuple(v.split()) for v in words("grammar", "terminative_phrasal_verbs"))  # "called off the search"
_ENDING_HEADS = _ENDING | {verb for verb, _ in _ENDING_PHRASAL}  # the words an ending opens with: the rest are passed over
_SUBORDINATORS = words("grammar", "subordinators")
_RECIPROCAL = words("grammar", "reciprocal_verbs")  # "X met Y" / "Y met X": one act
_BE_FORMS = words("stance", "passive")  # the forms of "be": before a verb's past, a passive
_PLACING = words("grammar", "time_comparatives")  # "earlier on Monday": when, no comparison
# The words of one day or period after them ("on Monday", "this week", "today", "in the evening")
_ONE_TIME = words("grammar", "weekdays") | frozenset(m for m in MONTHS if len(m) > 3) | words("grammar", "time_units") | {"day", "today", "tomorrow", "tonight", "yesterday"}
_TIME_LINKS = frozenset({"at", "in", "on", "that", "the", "this"})
_MODALS = words("stance", "modals")  # "will leave earlier on Monday": a time compared with the usual one


@cache
def _sides() -> dict[str, list[tuple[int, int]]]:
    """Each stem of ``outcome_opposites`` with the pairs it takes a side of:
    a sentence takes a side when it holds one."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pairs = ((a, b) for a, bs in load("reporting")["outcome_opposites"].items() for b in bs)
    for pair, stems in enumerate(pairs):
        for side, stem in enumerate(stems):
            found[stem].append((pair, side))
    return found


@cache
def _opposites(name: str, cut: int | None) -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]:
    """The words of opposite sense WordNet gives in the list file ``name``
    (``opposites.txt``: verbs of opposite direction, hire / fire, buy /
    sell; ``opposite_adjectives.txt``: adjectives, new / old; their forms
    spelt as ``paraphrase`` folds words): each form cut to ``cut`` letters
    with the words it may be, and the pairs of opposite words (both
    orders)."""
    return table(name, _opposite_words, cut)


def _opposite_words(lines: list[str], cut: int | None) -> tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]:
    found: dict[str, set[str]] = defaultdict(set)
    pairs: set[tuple[str, str]] = set()
    for line in lines:
        printed, _, others = line.partition("|")
        word, *_ = forms = printed.split()
        for form in forms:
            found[form[:cut]].add(word)
        pairs.update(p for other in others.split() for p in ((word, other), (other, word)))
    return {form: frozenset(ws) for form, ws in found.items()}, frozenset(pairs)


def _against(ours: Collection[str], theirs: Collection[str], name: str, cut: int | None) -> bool:
    of, opposite = _opposites(name, cut)
    theirs_words = {w for s in theirs for w in of.get(s, ())}
    return any((v, w) in opposite for s in ours for v in of.get(s, ()) for w in theirs_words)


def opposed(ours: Collection[str], theirs: Collection[str]) -> bool:
    """Words one sentence holds and the other lacks take opposite sides
    (approved / rejected, hire / fire): read on those words only, as one
    sentence may print both sides ("rose, then fell") and the other one."""
    held = _sides()
    sides = {side for s in theirs for side in held.get(s, ())}
    if any((pair, 1 - side) in sides for s in ours for pair, side in held.get(s, ())):
        return True
    return _against(ours, theirs, "opposites.txt", STEM)


def opposite_adjectives(our_words: str, their_words: str, inflected: bool = True) -> bool:
    """Two wordings (their lower-case words in order, one string), of which
    one prints an adjective and the other its opposite (WordNet's antonyms:
    "40 new homes" / "40 old homes"), each a word the other lacks: read on
    whole words, as an adjective's stem may be a noun's ("voluntary" /
    "volunteers"). A comparative and its opposite count so ("will pay
    more" / "will pay less", "higher" / "lower" fares), but not as a bound
    before a figure ("more than 400", read apart: ``forms.bounds``).
    ``inflected`` false: the adjectives as WordNet lists them only, no
    comparative nor superlative form ("higher", "worse")."""
    ours, theirs = _unbound(our_words.split(" ")), _unbound(their_words.split(" "))
    if not inflected:
        of = _opposites("opposite_adjectives.txt", None)[0]
        ours, theirs = {w for w in ours if w in of.get(w, ())}, {w for w in theirs if w in of.get(w, ())}
    return _against(ours - theirs, theirs - ours, "opposite_adjectives.txt", None)


def _unbound(words: list[str]) -> set[str]:
    """``words`` but those of a bound before a figure (``forms.bounds``)
    and a comparative of time that places the event (``_placing``)."""
    held = bounds(words) if holds_figure(words) else {}
    return {w for n, w in enumerate(words) if n not in held and not _placing(words, n)}


def _placing(words: list[str], n: int) -> bool:
    """The word at ``n`` is a comparative of time before a phrase naming
    one day or period ("later on Monday", "earlier this week", "later in
    the day") after a verb told as done ("confirmed it earlier on
    Monday"): it tells when the event fell in it, no comparison. Not
    before a plural ("earlier on weekdays"), nor after a modal or with no
    past before it ("will leave earlier on Monday", "start later in the
    day from September"): a timetable changed."""
    if words[n] not in _PLACING or _MODALS.intersection(words[:n]) or not any(map(verbs.past, words[:n])):
        return False
    for word in words[n + 1 : n + 4]:
        if word in _ONE_TIME:
            return True
        if word not in _TIME_LINKS:
            return False
    return False


def ended(our_words: str, their_words: str) -> bool:
    """One of two wordings (their lower-case words in order, one string),
    not the other, tells an action ended: a verb of ending
    (``grammar.terminative_verbs``) the place shows is a verb, before a
    determiner and a noun of an action or before a form in "-ing" of a verb
    ("have ended their inquiry", "stopped searching"; a phrasal verb of
    ending, "called off the search": ``_phrasal_end``), against "are
    investigating" or "launched a search". A verb of ending alone ("the
    count finished", "ended up in hospital") may tell how a thing came
    to rest, not that an action ended."""
    return _ends(our_words.split(" ")) != _ends(their_words.split(" "))


def _ends(words: list[str]) -> bool:
    return any(
        w in _ENDING_HEADS and (w in _ENDING and _action_after(words[n + 1:]) or _phrasal_end(words, n)) and verbs.shown([w], before)
        for n, (before, w) in enumerate(zip(["", *words], words))
    )


def _phrasal_end(words: list[str], n: int) -> bool:
    """A phrasal verb of ending (``grammar.terminative_phrasal_verbs``) at
    ``n``, its particle right before the action it ends ("called off the
    search") or right after it ("called the search off")."""
    after = words[n + 1:]
    if len(after) > 1 and (words[n], after[0]) in _ENDING_PHRASAL:
        return _action_after(after[1:])
    return len(after) > 2 and (words[n], after[2]) in _ENDING_PHRASAL and _action_after(after[:2])


def _action_after(words: list[str]) -> bool:
    """The words after a verb of ending name the action it ends: a
    determiner and a noun of an action ("their inquiry"), or a form in
    "-ing" of a verb ("searching")."""
    if len(words) > 1 and words[0] in _DETERMINERS:
        return actions.noun(words[1])
    return bool(words) and words[0].endswith("ing") and verbs.listed(words[0])


def verb_put(ours: Collection[str], theirs: Collection[str], our_words: str, their_words: str) -> bool:
    """Two wordings (their stems, and their words in order as one string)
    the same word for word but for one verb put for another that tells
    another thing ("will hire 350 staff" / "will cut 350 staff":
    ``verbs.differ``). Only a pair whose stems differ by a word or two on
    one side can be one (the other may add a cut-off clause), so the
    alignment is made for few pairs."""
    if min(len(set(ours) - set(theirs)), len(set(theirs) - set(ours))) > EDIT_WORDS or our_words == their_words:
        return False
    found = swapped(our_words.split(" "), their_words.split(" "))
    return found is not None and verbs.differ(*found)


def another_action(our_words: str, their_words: str, counted: bool) -> bool:
    """Two near wordings (their lower-case words in order, one string) the
    same word for word but at one place, where a word or two of an action
    (a form of a verb WordNet lists, "dredging", "strike", "loan", or a noun
    of an action, "closure", "sale": ``actions``) stands for a word or two
    of an action that is no synonym (``synonyms``; a synonym elsewhere,
    "start" / "begin", is the same word) nor one WordNet relates to it
    (``actions.related``): "will start dredging" / "will start piling", "a
    strike" / "a ballot", "the closure" / "the sale": one action put for
    another, two facts. A verb the place shows is one ("will inspect" / "will repaint") is
    ``verb_put``'s to judge when the pair shares a count of a thing
    (``counted``): the same count in one story is one figure told twice
    ("handled" / "served 4.1 million passengers")."""
    ours, theirs = our_words.split(" "), their_words.split(" ")
    theirs = [next((o for o in ours if synonyms.sets(o) & synonyms.sets(t)), t) for t in theirs]
    found = swapped(ours, theirs)
    if found is None:
        return False
    one, other, before = found
    # A thing put for a thing ("lorries" / "trucks") may be one told two
    # ways WordNet's first senses miss: only words of an action count.
    if not (any(map(actions.listed, one)) and any(map(actions.listed, other))):
        return False
    if counted and (verbs.shown(one, before) or verbs.shown(other, before)):
        return False
    return not any(synonyms.sets(x) & synonyms.sets(y) or actions.related(x, y) for x in one for y in other)


def other_actions(our_words: str, their_words: str) -> bool:
    """Two near wordings (their lower-case words in order, one string), each
    of which adds at most ``OWN_WORDS`` words of its own (no form nor
    synonym of any of the other's), each print among them a noun of an
    action (``actions.noun``: "demolition", "march"; not a word its place
    shows is a verb, ``verbs.shown``) that names no action of the other's
    words WordNet relates to it (``actions.related``). Read wherever the
    wordings differ, at one place or more ("Demolition of the depot is
    expected to begin" / "Building work on the depot is set to start"): one
    action put for another, two facts. A verb alone is not read so (WordNet
    lists too few of the verbs news writing puts for one another:
    "expected" / "plans" to start); nor a pair that tells more in its own
    words, where one outlet's nouns of an action ("a chorus of calls", "an
    interview request") are another's verbs."""
    ours, theirs = our_words.split(" "), their_words.split(" ")
    mine, yours = _own(ours, theirs), _own(theirs, ours)
    if not (0 < len(mine) <= OWN_WORDS and 0 < len(yours) <= OWN_WORDS):
        return False
    ours_lone, theirs_lone = _lone_action(mine, theirs), _lone_action(yours, ours)
    if not (ours_lone or theirs_lone):
        return False
    # Another action, or a thing put for the action ("an inquiry into" / "a
    # memorial for"): the other's own words name no action at all, and one
    # is a noun (a determiner before it).
    return (ours_lone or _thing(mine)) and (theirs_lone or _thing(yours))


def _thing(own: list[tuple[str, str]]) -> bool:
    return not any(actions.listed(x) for x, _ in own) and any(before in _DETERMINERS for _, before in own)


def _own(ours: list[str], theirs: list[str]) -> list[tuple[str, str]]:
    """The open-class words of ``ours`` (no figure) that ``theirs`` prints
    in no form (the same first ``STEM`` letters) nor synonym, each with the
    word before it."""
    forms = {spelling(y)[:STEM] for y in theirs}  # each of theirs read once, not once for each of ours
    sets = frozenset[int]().union(*map(synonyms.sets, theirs))
    return [
        (x, ours[n - 1] if n else "") for n, x in enumerate(ours)
        if x not in _CLOSED and not x[0].isdigit() and not number_word(x)
        and spelling(x)[:STEM] not in forms and not synonyms.sets(x) & sets
    ]


def _lone_action(own: list[tuple[str, str]], theirs: list[str]) -> bool:
    # A word the place shows is a verb ("knocked", "to start") is no noun.
    return any(actions.noun(x) and not verbs.shown([x], before) and not any(actions.related(x, y) for y in theirs) for x, before in own)


def roles_swapped(our_words: str, their_words: str) -> bool:
    """Two wordings (their lower-case words in order, one string) that print
    one verb with its doer and its patient swapped: the words of the
    phrase before the verb in one are those of the phrase after it in the
    other, and the other way round, and neither phrase is the other's in
    the same place ("Anglers on the reservoir blame the council" / "The
    council blames anglers on the reservoir"); not a verb of a relation
    that holds both ways ("X met Y" / "Y met X": ``reciprocal_verbs``). A passive's phrases are read
    the other way round ("Anglers were blamed by the council": the council
    blames). Each verb is read where the place shows a verb in both
    (``_verbal``), at its first place; a detail that moves ("crews cleared
    the road on Monday" / "On Monday, crews cleared the road") is no phrase
    of either (``_roles``)."""
    ours, theirs = our_words.split(" "), their_words.split(" ")
    our_verbs, their_verbs = _verbs_at(ours), _verbs_at(theirs)
    for lemma in our_verbs.keys() & their_verbs.keys() - _RECIPROCAL:
        (doer, done), (their_doer, their_done) = _roles(ours, our_verbs[lemma]), _roles(theirs, their_verbs[lemma])
        if doer & their_done and done & their_doer and not (doer & their_doer or done & their_done):
            return True
    return False


def _verbs_at(words: list[str]) -> dict[str, int]:
    """Each verb ``words`` print where the place shows a verb (``_verbal``),
    by its lemma, at its first place."""
    found: dict[str, int] = {}
    for n in range(len(words)):
        lemma = _verbal(words, n)
        if lemma is not None and lemma not in found:
            found[lemma] = n
    return found


def _verbal(words: list[str], n: int) -> str | None:
    """The lemma of the verb at ``n``, when its form or the word before
    it shows a verb: a past form, a form after a modal or "to", or a form
    after a word of content (a subject's last word, "crews cleared",
    "anglers blame"); not after a determiner or a preposition ("the fish
    deaths"). None for a closed-class word and any other."""
    word = words[n]
    if word in _CLOSED:
        return None
    lemma, past = verbs.form(word)
    before = words[n - 1] if n else ""
    if lemma is None or not (past or verbs.cue(before) or before and before not in _CLOSED and not before[0].isdigit()):
        return None
    return lemma


def _roles(words: list[str], at: int) -> tuple[set[str], set[str]]:
    """The stems of the doer and of the patient of the verb at ``at``: the
    words of content before it back to a past form of a verb, a form of
    "be" or a subordinator ("after", "when": another clause), and those
    right after it, a determiner or a number before them, up to the next
    closed-class word or past form of a verb (its object: "the council" of "blame the council for
    ..."; none in "reopened to swimmers"); the two the other way round in a passive
    (a past form after a form of "be" among its auxiliaries: "was sued",
    not "is to sue")."""
    before: set[str] = set()
    start = at - 1
    while start >= 0 and words[start] in _CLOSED and words[start] not in _SUBORDINATORS:  # its auxiliaries: "was", "will have"
        start -= 1
    for n in range(start, -1, -1):
        if words[n] in _SUBORDINATORS or words[n] in _BE_FORMS or verbs.form(words[n])[1]:
            break
        if _content(words[n]):
            before.add(spelling(words[n])[:STEM])
    passive = verbs.form(words[at])[1] and any(w in _BE_FORMS for w in words[start + 1 : at])
    after: set[str] = set()
    for n, word in enumerate(words[at + 1 :]):
        if after and verbs.form(word)[1]:  # "says the operator caused ...": the object ends at the next clause's verb
            break
        if _content(word):
            after.add(spelling(word)[:STEM])
        elif after or not (word in _DETERMINERS or word[0].isdigit() or number_word(word) or passive and word == "by" and n == 0):
            break
    return (after, before) if passive else (before, after)


def _content(word: str) -> bool:
    return word not in _CLOSED and not word[0].isdigit() and not number_word(word)
