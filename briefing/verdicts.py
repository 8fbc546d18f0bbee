"""Verdicts said of a proposal: a clause's words (``cue_words.clause_words``),
the for and against position ids and the words that name the proposal in,
(position id, the words, where they stand, 1) out, for ``cues`` to count
as that side's cue.

Two forms: the proposal as the subject of "to be" and an adjective of
approval or disapproval ("the tax is welcome", "the scheme would be
unworkable"), and the proposal as the agent of a harm done to someone
("the rise will hurt small farms", "the bill will cost them dearly"),
which judges it as plainly as "unfair" does, or of a good done to someone
("the ban will protect children", "the levy has improved the buses"), as
plainly as "welcome" does. An appositive set off by
commas may stand after the proposal ("the bill, published on Monday, will
cost them"); "not" after the modal turns the verdict.
"""

from __future__ import annotations

from .data import lines, words

APPROVING = words("stance", "approving")
DISAPPROVING = words("stance", "disapproving")
HARMING = words("stance", "harming")
COSTS = words("stance", "costs")  # "cost" harms a person ("will cost us"), not a budget ("will cost four million")
OBJECT_PRONOUNS = words("stance", "object_pronouns")
NEGATIVE_OBJECTS = words("stance", "negative_objects")  # "will improve nothing" denies the good
# The prepositions of exception after a negative object ("will hurt nobody but the farmers", "will benefit
# nobody but the developers"): the verb then acts on a few, and which side that takes it does not say.
EXCEPTING = ("but", "except")
PREPOSITIONS = words("grammar", "prepositions")
BE = words("stance", "be")
MODALS = words("stance", "modals")
NOT = ("not", "never", "t")  # "t" of "won't", "can't", split off by the tokenizer
HAVE = ("has", "have", "had")  # the perfect: "the levy has improved the buses"
# Verbs of harm and of good derived from the General Inquirer (``effects.txt``, its header).
EFFECTS = {form: kind for kind, *forms in (line.split() for line in lines("effects.txt")) for form in forms}
APPOSITIVE = 6  # at most this many words between the commas after the proposal


def verdicts(tokens: list[str], sides: dict[str, str], objects: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """The verdicts said of the proposal (any of ``objects``) in ``tokens``:
    as a predicate, the proposal, a form of "to be" (after a modal, if any),
    "not" if any, an adverb if any ("long", "-ly"), then an adjective of
    approval or disapproval; as an agent, the proposal, a modal if any,
    a form of "to have" (or of "to be" before "-ing") if any, "not" if
    any, then a verb of harm (against) or of good (for) with an object
    (``_effect``). The cue stands at the
    proposal, so a view reported or supposed before it is set aside as any
    cue is."""
    found = []
    padded = [*tokens, "|", "|", "|", "|"]  # the words after the last one end a clause
    for i, t in enumerate(tokens):
        if t not in objects:
            continue
        verb = _after_subject(padded, i)
        j = verb + (padded[verb] in MODALS)
        denied = padded[j + 1] in NOT
        k = j + 1 + denied + (padded[j + 1 + denied] == "long" or padded[j + 1 + denied].endswith("ly"))
        side = "for" if padded[k] in APPROVING else "against" if padded[k] in DISAPPROVING else None
        if padded[j] in BE and side:
            found.append((sides[_turned(side, denied)], " ".join([t, *padded[verb : k + 1]]), i, 1))
            continue
        # "has (not) improved", "is (not) hurting": a form of "to have", or of "to be" before "-ing" (not a passive, "was hurt by").
        perfect = j + (padded[j] in HAVE or (padded[j] in BE and padded[j + 1 + (padded[j + 1] in NOT)].endswith("ing")))
        h = perfect + (padded[perfect] in NOT)
        effect = _effect(padded[h], padded[h + 1])
        if effect and not (padded[h + 1] in NEGATIVE_OBJECTS and padded[h + 2] in EXCEPTING):
            denied = h > perfect or padded[h + 1] in NEGATIVE_OBJECTS
            found.append((sides[_turned(effect, denied)], " ".join([t, *padded[verb : h + 2]]), i, 1))
    return found


def _after_subject(padded: list[str], i: int) -> int:
    """Where the verb after the proposal at ``i`` stands: right after it, or
    after an appositive set off by commas ("the bill, published on Monday,
    will ...")."""
    if padded[i + 1] != "|":
        return i + 1
    close = next((k for k in range(i + 2, i + 3 + APPOSITIVE) if k < len(padded) and padded[k] == "|"), None)
    return close + 1 if close is not None and close + 1 < len(padded) else i + 1


def _effect(verb: str, after: str) -> str | None:
    """The side a verb takes: "against" when ``verb`` does harm to the
    object ``after`` it (a verb of harm before any word that goes on the
    clause, or "cost" before a person), "for" when it does good to it, else
    None. A preposition or "that" after the verb opens no object it acts on
    ("contributes to", "ensures that")."""
    if after == "|" or after == "that" or after in PREPOSITIONS:
        return None
    if verb in HARMING or (verb in COSTS and after in OBJECT_PRONOUNS) or EFFECTS.get(verb) == "harm":
        return "against"
    return "for" if EFFECTS.get(verb) == "good" else None


def _turned(side: str, denied: bool) -> str:
    return {"for": "against", "against": "for"}[side] if denied else side
