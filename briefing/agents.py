"""Who acts in a sentence's main clause: two tellings whose doers differ
are two facts.

In: a sentence (its words as printed). Out: the head noun of its main
clause's subject, when it is a common noun, and whether its verb is a
reaction (``agent``), and whether two such clauses, one a reaction, have
heads that name different agents (``differ``). "Fishing crews welcomed the
council's decision to open talks" and "The council voted to open talks"
share most of their words, but one tells what crews did (a reaction) and
the other what the council did (the event): one block would cite the first
outlet for the vote. Only a reaction is read so: two clauses of one act
whose subjects differ ("The trust agreed" / "Its trustees agreed", "The
port will pay" / "Its owner will pay") are often one fact told of a body
and of its members or its owner.

The main verb is the first word after the opening one that is a past form
of a verb (``verbs.senses``), an auxiliary or a modal (closed grammatical
classes) or a verb of saying; the subject is the words before it, and its head is the last of
them before a preposition ("The town council of Dunmere" -> council). The
subject is not read (no agent) when a comma or a subordinator comes
before the verb (an opening clause or an aside), when the clause is
passive, when a verb of saying carries a clause ("Police said the man
was arrested": who said it is the speaker's, read apart), or when the
head is a pronoun or a capital that does more than open the sentence: a
name and a description may be one agent. Two heads are one agent when their stems are one ("Councillors" /
"council": a member for the body), when they share a set of synonyms
(``synonyms``) or when one is a kind of the other (``things.related``).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import synonyms, things, verbs
from .caches import per_build
from .data import words
from .forms import STEM, spelling
from .saying_verbs import REPORTING

# Auxiliaries and modals mark a finite verb (closed grammatical classes).
_BE = words("grammar", "progressive_be")
_AUXILIARIES = _BE | {"has", "have", "had", "can", "could", "may", "might", "must", "shall", "should", "will", "would"}
_PREPOSITIONS = words("grammar", "prepositions")
_OPENERS = words("grammar", "subordinators") | words("grammar", "adverbial_prepositions") | words("grammar", "clause_openers")
_PRONOUNS = words("grammar", "personal_pronouns") | words("grammar", "indefinite_pronouns")
_SAYING = frozenset(w.casefold() for w in REPORTING)
# A reaction takes a noun phrase ("welcomed the decision"); "said" and
# "told" take a clause or a hearer, never a thing reacted to.
_REACTIONS = _SAYING - words("reporting", "said") - words("reporting", "addressing_verbs")
_OBJECT_OPENERS = words("grammar", "determiners") | words("grammar", "possessive_determiners")


def _noun(word: str) -> bool:
    """A word some table lists as a common noun or a word of one meaning."""
    return bool(synonyms.sets(word)) or things.listed(word)


@per_build
def agent(text: str) -> tuple[str, bool] | None:
    """The head noun of the main clause's subject, lower case, and whether
    its verb is a reaction (a verb of saying with a noun phrase and no
    clause after it: "welcomed the decision"), or None when it cannot be
    read or is no common noun (see the module docstring)."""
    read = _subject(text.replace("’", "'").split())
    if not read:
        return None
    found, reaction = read
    head = found[-1].strip("\"'(").removesuffix("'s")
    lower = head.casefold()
    if lower in _PRONOUNS or not head.isalpha():
        return None
    # A capital is a name ("Parliament", "Roe"), unless it only opens the
    # sentence and prints a plural or a listed noun ("Councillors voted").
    if head[0].isupper() and (len(found) > 1 or not (_noun(lower) or lower.endswith("s") and not lower.endswith("ss"))):
        return None
    return lower, reaction


def _finite(word: str) -> bool:
    """A word that marks a finite verb: an auxiliary, a modal or a past form."""
    return word in _AUXILIARIES or verbs.senses(word)[2]


def _subject(printed: Sequence[str]) -> tuple[list[str], bool] | None:
    """The words of the subject before the main verb, cut at the first
    preposition; None when an opening clause or an aside comes first, when
    the clause is passive (its subject is who it was done to: "The man was
    arrested") or when a verb of saying carries a clause of its own ("Police
    said the man was arrested": who said it is the speaker's, read apart)."""
    if not printed or printed[0].casefold().strip(",") in _OPENERS:
        return None
    bare = [w.strip(",.;:\"'").casefold() for w in printed]
    for n, word in enumerate(bare[1:], 1):
        if not printed[n][0].islower() or not (_finite(word) or word in _SAYING):
            continue
        after = bare[n + 1 : n + 3]
        if word in _BE and any(verbs.senses(w)[2] for w in after):
            return None
        if word in _SAYING and any(_finite(w) for w in bare[n + 1 :]):
            return None
        before = printed[:n]
        if any(w.endswith((",", ";", ":")) for w in before):
            return None
        cut = next((i for i, w in enumerate(before) if i and w.casefold() in _PREPOSITIONS), len(before))
        return list(before[:cut]), word in _REACTIONS and bare[n + 1 : n + 2] != [] and bare[n + 1] in _OBJECT_OPENERS
    return None


def differ(ours: tuple[str, bool] | None, theirs: tuple[str, bool] | None) -> bool:
    """Two main clauses, one of them a reaction, whose heads name different
    agents: both read, their stems differ, they share no set of synonyms
    and neither is a kind of the other."""
    if ours is None or theirs is None or not (ours[1] or theirs[1]):
        return False
    one, other = ours[0], theirs[0]
    if spelling(one)[:STEM] == spelling(other)[:STEM]:
        return False
    singular = [w.removesuffix("s") for w in (one, other)]
    if synonyms.sets(one) & synonyms.sets(other) or synonyms.sets(singular[0]) & synonyms.sets(singular[1]):
        return False
    return not (things.related(one, other) or things.related(*singular))
