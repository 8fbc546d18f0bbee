"""Whether a verb one wording puts for another's says the same thing.

In: the words two wordings print at the one place where they differ
("would hire" / "would cut": ``wording.swapped``), and the word before it.
Out: whether those are two verbs that tell two different things
(``differ``), read from WordNet 3.0's verbs (``data/en/verbs.txt``, derived
by ``tools/derive_verbs.py``; read once, the first time a build meets such
a pair).

Two verbs say the same thing when WordNet relates them: one synset ("buy" /
"purchase"), one a hypernym of the other within two steps ("handle" /
"process"), one verb group, one narrow parent (of a dozen troponyms at
most: "bar" / "ban" are both "forbid"; "climb" / "slip" are both "move",
which has 96), or one defined by the other (the definition of one of its
three commonest senses names a verb of one of the other's: "recruit" is
"seek to employ", and "employ" is a sense of "hire"; "hike" is "increase")
— unless one is opposite to the other (an antonym of the verb, of
its parent or of its verb group: "climb" goes under "rise", opposite to
"fall"; or the parent of an antonym of one of its troponyms: "erect", a
way to build, is opposite to "raze", a way to destroy, so "build" is
opposite to "destroy" and to "demolish" under it). Two verbs WordNet does not relate differ only when one of them is a
verb of direction, one WordNet gives an antonym for ("hire" / "cut", "add" /
"remove", "arrest" / "release"), or their commonest senses go under one
parent, two ways of it ("spilled" / "carried" 20 crates: two ways to move
a thing): two unrelated verbs without one ("served" /
"handled" a count of passengers) are left as one fact, as WordNet lists too
few of the synonyms news writing uses for them. Measured (2026-11-30) on
hand-written word lists of verb pairs, 59 of different things and 43 of
synonyms: the rule keeps 50 apart and joins 37 (on sentences,
``tests/test_merge.py``: 24 of 24 apart, 12 of 12 joined); the same rule
without the exception for verbs of no direction keeps 57 apart but joins
only 33, and splits a right pair of the corpus stories; WordNet's
opposites alone keep 25 apart (13 of the 24 sentences).

A word is read as a verb only where the sentence shows it is one: a past
form ("-ed", or an irregular one: "won"), a phrasal verb ("shut down"), or
a form after a modal or "to" ("will cut"), on one side at least; "the
plan" / "the scheme" are nouns, whatever verbs WordNet lists.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from . import synonyms
from .caches import per_word
from .data import Keyed, keyed
from .forms import spelling
from .saying_verbs import REPORTING
from .wording import EDIT_WORDS, swapped

# English modal auxiliaries, "to" of the infinitive and "do" as auxiliary:
# the word after one is a verb.
_VERB_CUES = frozenset({"can", "could", "may", "might", "must", "shall", "should", "will", "would", "to", "did", "do", "does"})
# Regular inflections, each undone to a lemma to look up ("hired" -> "hire").
_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@dataclass(frozen=True, slots=True)
class Verb:
    """One verb's synsets as ``data/en/verbs.txt`` gives them."""

    own: frozenset[str]
    near: frozenset[str]     # hypernyms within two steps, verb groups
    parents: frozenset[str]  # the narrow ones
    against: frozenset[str]  # antonyms of its synsets, parents and verb groups
    direction: bool          # WordNet gives an antonym for one of its own synsets
    first: frozenset[str] = frozenset()    # the synsets of its three commonest senses
    named: tuple[str, ...] = ()            # the verbs their definitions name ("recruit": "employ")
    up: frozenset[str] = frozenset()       # the parents of the commonest ("launch": "open", begin an action)
    tagged: frozenset[str] = frozenset()   # of ``first``, those WordNet's tagged corpus counts


@cache
def _table() -> tuple[Keyed[str], Keyed[str]]:
    """Each verb's synsets by lemma, as printed (read into a ``Verb`` only
    when a pair asks: ``_read``), and each irregular form's lemma ("won" ->
    "win")."""
    return keyed("verbs.txt", _verbs)


def _verbs(lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    verbs, irregular = {}, {}
    for line in lines:
        printed, _, synsets = line.partition(" |")
        if "," in printed:  # few verbs have irregular forms: a split and an update for each line took a seed build 4 ms
            lemma, *forms = printed.split(",")
            irregular.update(dict.fromkeys(forms, lemma))
        else:
            lemma = printed
        verbs[lemma] = synsets
    return verbs, irregular


@cache
def _read(lemma: str) -> Verb:
    own, near, parents, against, first, named, up, tagged = _table()[0][lemma].split("|")
    return Verb(
        frozenset(own.strip(" !").split()), frozenset(near.split()), frozenset(parents.split()), frozenset(against.split()),
        own.startswith("!"), frozenset(first.split()), tuple(named.split()), frozenset(up.split()), frozenset(tagged.split()),
    )


def _defined(a: Verb, b: Verb) -> bool:
    """A definition of one of ``a``'s commonest senses names a verb of one
    of ``b``'s ("recruit": "seek to employ"; "employ" is a sense of "hire")."""
    verbs = _table()[0]
    return any(not _read(n).own.isdisjoint(b.first) for n in a.named if n in verbs)


def _lemmas(word: str) -> Iterator[tuple[str, bool]]:
    """Each verb a word may be a form of, the likeliest first, and whether
    the form is a past ("-ed", or irregular and no "-ing" or "-s": "won",
    "laid")."""
    verbs, irregular = _table()
    if word in irregular:
        yield irregular[word], not word.endswith(("ing", "s"))
        return
    for ending, put in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            for lemma in (stem + put, stem[:-1] if stem[-1:] == stem[-2:-1] else None):
                if lemma is not None and lemma in verbs:
                    yield lemma, ending == "ed"
    if word in verbs:
        yield word, False


def _lemma(word: str) -> tuple[str | None, bool]:
    """The likeliest verb a word is a form of (``_lemmas``), and whether the
    form is a past."""
    return next(_lemmas(word), (None, False))


@per_word  # asked of the same words by many rules (tense, direction, the verbs' senses)
def form(word: str) -> tuple[str | None, bool]:
    """The likeliest verb a word as printed is a form of, and whether the
    form is a past ("closed": "close", True; "close": "close", False)."""
    return _lemma(spelling(word))


@per_word
def lemmas(word: str) -> frozenset[str]:
    """Every verb a word as printed may be a form of ("fined": "fin",
    "fine"; "a fine": "fine")."""
    return frozenset(lemma for lemma, _ in _lemmas(spelling(word)))


def _verb(words: Sequence[str], before: str) -> tuple[Verb, str, bool] | None:
    """The verb a word or two print, its lemma, and whether the place shows
    it is a verb (a past form, or one after a modal or "to"). Two words are
    a phrasal verb read whole ("laid off"), or a verb and a word beside it
    ("will cut"): the one the place shows is a verb."""
    verbs, _ = _table()
    folded = [spelling(w) for w in words]
    found = []
    for n, word in enumerate(folded):
        lemma, past = _lemma(word)
        if lemma and n == 0 and len(folded) == 2 and f"{lemma} {folded[1]}" in verbs:
            lemma = f"{lemma} {folded[1]}"
            return _read(lemma), lemma, True  # a particle after it: a verb
        if lemma:
            found.append((_read(lemma), lemma, past or (folded[n - 1] if n else before) in _VERB_CUES))
    shown = [f for f in found if f[2]]
    return shown[0] if shown else (found[0] if len(folded) == 1 and found else None)


def shown(words: Sequence[str], before: str) -> bool:
    """A word or two (and the word before them) the place shows are a verb
    (a past form, a phrasal verb, a form after a modal or "to")."""
    found = _verb(words, before)
    return found is not None and found[2]


def differ(ours: Sequence[str], theirs: Sequence[str], before: str) -> bool:
    """The words two wordings print at the one place they differ are two
    verbs that tell two different things (see the module docstring)."""
    one, other = _verb(ours, before), _verb(theirs, before)
    if one is None or other is None or one[1] == other[1] or not (one[2] or other[2]):
        return False
    a, b = one[0], other[0]
    if _opposite(a, b):
        return True
    return not _related(a, b) and bool(a.direction or b.direction or a.up & b.up)


def _opposite(a: Verb, b: Verb) -> bool:
    return bool(a.against & (b.own | b.parents | b.near) or b.against & (a.own | a.parents | a.near))


def _near(a: Verb, b: Verb) -> bool:
    """One synset, or one a hypernym of the other within two steps."""
    return bool(a.own & (b.own | b.near) or b.own & a.near)


def _related(a: Verb, b: Verb) -> bool:
    return _near(a, b) or bool(a.parents & b.parents) or _defined(a, b) or _defined(b, a)


def lemma(word: str) -> str | None:
    """The verb a word as printed is a form of, if WordNet lists it
    ("fined", "fine": "fine")."""
    return form(word)[0]


def past(word: str) -> bool:
    """A word as printed is a past form of a verb WordNet lists ("dropped",
    "saw", "done"): regular in "-ed" or irregular."""
    return form(word)[1]


def listed(word: str) -> bool:
    """A word as printed is a form of a verb WordNet lists ("dredging",
    "strike", "loan"), whatever its place: a word of an action."""
    return lemma(word) is not None


def close(one: str, other: str) -> bool:
    """Two words as printed are forms of one verb or of two verbs of one
    synset, or one a hypernym of the other within two steps, and not
    opposite: ``related`` without the looser relations (a narrow parent in
    common, a definition), for words read as verbs only through the nouns
    of an action that name them ("walkout" / "march": "walk out" and
    "march" are both ways to "protest", two actions)."""
    a, b = lemma(one), lemma(other)
    if a is None or b is None:
        return False
    x, y = _read(a), _read(b)
    return a == b or (_near(x, y) and not _opposite(x, y))


def related(one: str, other: str) -> bool:
    """Two words as printed ("dredging", "dredged") are forms of one verb or
    of two verbs WordNet relates and does not make opposite (see the module
    docstring: "opening" / "closing" are no one action); False when either
    is no verb WordNet lists."""
    a, b = lemma(one), lemma(other)
    if a is None or b is None:
        return False
    x, y = _read(a), _read(b)
    return a == b or (_related(x, y) and not _opposite(x, y))


def senses(word: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """The synsets of the three commonest senses of the verb a word as
    printed (lower case) is a form of, the parents of the commonest, and
    whether the form is a past ("opened", "begun"); none for a word that is
    no verb WordNet lists. A caller reads them only where the place shows
    a verb: a past, or a form after a modal or "to" (``cue``)."""
    lemma, past = form(word)
    if lemma is None:
        return frozenset(), frozenset(), False
    found = _read(lemma)
    return found.first, found.up, past


def cue(word: str) -> bool:
    """A word after which a verb's form is a verb: a modal, "to", "do"."""
    return word in _VERB_CUES


def alike(one: str, other: str) -> bool:
    """Two verbs (lemmas or forms as printed) tell one thing in other
    words: one of the three commonest senses of one is one of the other's,
    or the parent of the other's commonest ("opened" / "launched" an
    inquiry, "received" / "got", "cut" / "reduced"), and neither is
    opposite to the other. Only the commonest senses count, never a rare
    one ("pass" / "die"; "shoot" is first to hit, only third to kill), and
    of those only the ones WordNet's tagged corpus counts: the order of the
    rest tells nothing ("resign" is never tagged in its second sense, to
    step down, under which "retire" goes)."""
    a, b = lemma(one), lemma(other)
    if a is None or b is None or a == b:
        return a is not None and a == b
    x, y = _read(a), _read(b)
    return bool(x.tagged & (y.tagged | y.up) or y.tagged & x.up) and not _opposite(x, y)


def another_act(ours: frozenset[str], theirs: frozenset[str], our_words: str, their_words: str, figured: bool, beings: bool = False) -> bool:
    """Two wordings (their stems, and their lower-case words in order, one
    string each) the same word for word but at one place, where a verb
    (the place shows it is one, on one side at least) stands for another
    that WordNet makes a kind of it, or it of the other, only through a
    sense no verb of one meaning shares (``alike``: not among the commonest
    the tagged corpus counts of both), and that is no synonym of it in
    their first sense (``synonyms``): "police shot a man" / "police killed
    a man" ("shoot" is first to hit, to kill only second), "the chief
    resigned" / "the chief retired" ("retire" goes under a sense of
    "resign" the tagged corpus never counts): two acts, two facts.

    Not in a pair that shares a figure (``figured``: a count, a sum or a
    share; a span of time says how long, not how much), which holds it as
    one figure told twice ("fell" / "dropped 8%", "handled" / "processed
    2.3 million tonnes"). A count of beings both print (``beings``:
    people, a group of people, animals: ``things.counted_beings``) holds no
    figure a verb moves, as what was done to them is the fact: there a
    verb WordNet does not relate to the other at all is another act too
    ("wounded" / "killed" two guards). Verbs WordNet relates otherwise (a
    narrow parent, a definition: "banned" / "barred", "hired" /
    "recruited"), or elsewhere not at all, are left to ``differ`` and ``direction.another_action``, and
    so are two verbs of saying (``saying_verbs.REPORTING``: "told" /
    "informed"), as what was said is the fact. Only a pair whose stems
    differ by a word or two on one side can be one, so the alignment is
    made for few pairs."""
    if figured or min(len(ours - theirs), len(theirs - ours)) > EDIT_WORDS or our_words == their_words:
        return False
    found = swapped(our_words.split(" "), their_words.split(" "))
    if found is None:
        return False
    one, other, before = found
    a, b = _verb(one, before), _verb(other, before)
    if a is None or b is None or a[1] == b[1] or not (a[2] or b[2]) or any(synonyms.sets(x) & synonyms.sets(y) for x in one for y in other):
        return False
    if REPORTING.intersection(one) and REPORTING.intersection(other):
        return False  # verbs of saying ("told" / "informed"): what was said is the fact
    x, y = a[0], b[0]
    return bool(x.own & y.near or y.own & x.near or beings and not _related(x, y)) and not alike(a[1], b[1])
