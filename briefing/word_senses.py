"""The senses of a sentence's words, for ``paraphrase`` to see one word
put for another: each word's stem with the sets of synonyms it belongs to
in their first sense (``synonyms``), the verbs it is a form of or names
(``verbs.lemmas``, ``actions.named``), and, where the place shows a verb,
its commonest senses and their parents (``verbs.senses``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from . import actions, synonyms, verbs
from .caches import per_word
from .data import words
from .forms import STEM, UNIT_WORDS, spelling
from .wording import FUNCTION_WORDS

FUNCTION = FUNCTION_WORDS | words("reporting", "plain_titles") | UNIT_WORDS  # words that tell nothing of what happened
VERB = "v"      # a verb's commonest sense among a word's senses ("v9bq"; indexed as "~v9bq")
LEMMA = "="     # a verb a word is a form of or names ("=fine" of "fined", "a fine"; indexed by its stem: ``fact_profile.views``)
PARENT = "^"    # and a parent of one ("^9bq"; indexed as "~v9bq", so that it meets the sense it is)
KIND = "k"       # a noun of people or things, and the kinds right above it (``synonyms.kinds``; indexed as "~kdriver" by ``fact_profile.views``)


@per_word  # a story's words repeat from sentence to sentence
def stem(word: str) -> str:
    return spelling(word.casefold().replace("’", "'").removesuffix("'s"))[:STEM]


def senses(words: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The stems of a sentence's words printed lower-case (or opening it),
    each with the sets of synonyms its word belongs to, and, for a word the
    place shows is a verb, its commonest senses and their parents
    (``verb_senses``)."""
    found = set(chain.from_iterable(map(word_senses, [w for w in words[1:] if w[0].islower()])))
    found.update(word_senses(words[0]) if words else ())
    for n, word in enumerate(words):
        if word[0].islower():
            told, past = verb_senses(word)
            if told and (past or (n and verbs.cue(words[n - 1].casefold()))):
                found.update(told)
    return frozenset(found)


@per_word  # ``paraphrase`` reads every fact's words
def word_senses(word: str) -> tuple[tuple[str, str], ...]:
    """``word``'s stem with each set of synonyms it belongs to, and those of
    the verbs it names when it is a noun of an action ("construction":
    "construct", one with "build"); and each verb it may be a form of or names (``LEMMA``)."""
    if word.casefold() in FUNCTION:
        return ()
    named = actions.named(word)
    sets = synonyms.sets(word).union(*map(synonyms.sets, named))
    acts = verbs.lemmas(word).union(named)
    return tuple((stem(word), str(n)) for n in sorted(sets)) + tuple((stem(word), LEMMA + v) for v in sorted(acts))


@per_word  # ``paraphrase`` reads every fact's words
def verb_senses(word: str) -> tuple[tuple[tuple[str, str], ...], bool]:
    """``word``'s stem with the synsets of its commonest senses as a verb
    (``VERB``) and the parents of the commonest (``PARENT``), and whether
    it is a past form (``verbs.senses``): read where the place shows a
    verb. "opened" and "launched" (an inquiry) meet through "begin an
    action" (``meets``)."""
    first, up, past = verbs.senses(word)
    own = stem(word)
    return tuple((own, VERB + s) for s in sorted(first)) + tuple((own, PARENT + s) for s in sorted(up)), past


def meets(sense: str) -> tuple[str, ...]:
    """The senses a sense meets: a verb's commonest sense meets that sense
    and the verbs it is the parent of; a parent meets only the sense it
    is (two verbs under one parent are two ways, "walk" / "run"); a set
    of synonyms meets itself."""
    if sense[0] == VERB:
        return sense, PARENT + sense[1:]
    return (VERB + sense[1:],) if sense[0] == PARENT else (sense,)
