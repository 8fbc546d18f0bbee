"""When a wording tells its act: done, or yet to be done.

In: two wordings' lower-case words in order (one string each, as
``fact_profile.Profile.sequence`` keeps them). Out: whether one tells as
done an act the other tells as yet to be done (``apart``): "the bridge was
closed" / "the bridge is due to close", "closed" / "will close", "began" /
"is set to begin". The past and the planned are two facts: a bridge that
will close has not closed, and an outlet that reports the closing reports
another event than one that reports the plan.

A verb is told as done in a past form after a past or perfect auxiliary,
"not" and "been" between ("was closed", "has been closed", "had not
closed"), after a modal of likelihood and a perfect ("may have closed",
"must have been closed"), or in a bare past form when no past form nor
auxiliary came before it in the sentence ("the council closed the bridge"; not "work is due to begin, with
the first homes finished in 2030", a participle that tells what a noun
will be); as so now, a present state, in a past participle right after a
present form of "be" ("is closed", "are not open"), which is the done
act's side against the act ahead ("is closed" / "will close" are two facts,
"is closed" / "was closed" one; "is closed" / "will be closed", a state
ahead, may tell one closure going on, "until Friday", and are not set
apart); as yet to be done after a modal, the auxiliaries of "be" and
"have" between ("will close", "will be closed", "would cost", "will have
closed"), or after
the "to" of an infinitive that a present form of "be" ("is to close", "is
due to close", "is expected to close") or a present verb in "-s" ("plans
to close") puts before it (Quirk et al. 1985, 4.41 ff., expressions of
future time; 4.58 ff., a modal before a perfect). A "to" after a past ("voted to close", "had to leave",
"managed to escape"), a present going on ("is being paid"), a perfect
after "could", "should" or "would" ("would have closed": what was not
done), or a verb
after any other word ("will now close") tells neither; a pair is read only
on a verb both print, each told one way alone: two wordings that name
their act by two verbs are left to ``verbs``.
"""

from __future__ import annotations

from .caches import per_build
from .data import words
from .verbs import form

_OPERATORS = words("grammar", "ellipsis_operators")  # English's auxiliaries and modals
# English's modals (stance.toml's closed class) and their negatives as the tokenizer leaves them.
_MODALS = words("stance", "modals") | {"can't", "couldn't", "mightn't", "mustn't", "shan't", "shouldn't", "won't", "wouldn't"}
_PRESENT_BE = frozenset({"am", "are", "is"})
# The auxiliaries of aspect and voice a verb phrase puts between ("will have been closed").
_BETWEEN = frozenset(w for w in _OPERATORS if w[:2] in ("be", "ar", "is", "wa", "we", "ha")) | {"being", "not"}
_AUXILIARIES = _OPERATORS | _BETWEEN | _MODALS
_PAST = frozenset(w for w in _BETWEEN if w[:2] in ("wa", "we", "ha")) | {"been"}  # "was", "has", "been": what is done
# A modal before a perfect: "will have closed" tells it ahead; "may have
# closed", "must have closed" tell it done, as likely; "could", "should",
# "would have closed" tell what was not done (Quirk et al. 1985, 4.58 ff.).
_AHEAD = frozenset({"will", "shall", "won't", "shan't"})
_LIKELY = frozenset({"may", "might", "must", "mightn't", "mustn't"})


def apart(our_words: str, their_words: str) -> bool:
    """One wording tells as done, or as so now, an act the other tells as
    yet to be done (see the module docstring)."""
    ours, theirs = _told(our_words), _told(their_words)
    return _before(ours, theirs) or _before(theirs, ours)


def _before(ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...]) -> bool:
    """``ours`` (``_told``) tells as done an act ``theirs`` tells as yet to
    be done, or as so now an act it tells ahead, not as a state ahead ("is
    closed" / "will close"; "is closed" / "will be closed" may tell one
    closure going on)."""
    (done, now, planned, _), (their_done, their_now, their_planned, their_states) = ours, theirs
    ahead = their_planned - their_done - their_now  # the past and the present state are one side: "was closed" / "is closed"
    return bool((done - planned) & ahead or (now - planned) & (ahead - their_states))


@per_build  # merge and disputes compare one wording with many
def _told(sequence: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs (lemmas) a wording tells as done, those it tells as so
    now (a present state), those it tells as yet to be done, and of these
    those told as a state ahead ("will be closed", "is to be closed")."""
    done: set[str] = set()
    now: set[str] = set()
    planned: set[str] = set()
    states: set[str] = set()
    words = sequence.split(" ")
    shown = False  # a past form or an auxiliary came before: a bare past form after it may tell what a noun is
    for n, word in enumerate(words):
        lemma, past = (None, False) if word in _AUXILIARIES else form(word)
        at = n - 1
        while at >= 0 and words[at] in _BETWEEN:
            at -= 1
        between = words[at + 1 : n]
        if lemma is not None and at >= 0 and words[at] in _MODALS and past and "have" in between:
            # a perfect after a modal: "will have closed" is ahead, "may have closed" done
            if words[at] in _AHEAD or words[at] in _LIKELY:
                (planned if words[at] in _AHEAD else done).add(lemma)
        elif lemma is not None and at >= 0 and (words[at] in _MODALS or words[at] == "to" and _ahead(words[:at])):
            planned.add(lemma)
            if past and set(between) - {"not"} == {"be"}:
                states.add(lemma)
        elif lemma is not None and past and (_PAST.intersection(between) or n == at + 1 and not shown):
            done.add(lemma)
        elif lemma is not None and past and between[:1] and between[0] in _PRESENT_BE and set(between[1:]) <= {"not"}:
            now.add(lemma)  # "is closed": so now; not "is being closed", going on
        shown = shown or past or word in _AUXILIARIES
    return frozenset(done), frozenset(now), frozenset(planned), frozenset(states)


def _ahead(before: list[str]) -> bool:
    """The words before a "to" of the infinitive put its verb ahead: a
    present form of "be", right before it or one word before ("is to",
    "is due to", "are expected to"), or a present verb in "-s" ("plans to")."""
    if before[-1:] and before[-1] in _PRESENT_BE or before[-2:-1] and before[-2] in _PRESENT_BE:
        return True
    lemma, past = form(before[-1]) if before else (None, False)
    return lemma is not None and not past and before[-1].endswith("s") and before[-1] != lemma
