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
cost them"); "not" after the modal turns the verdict. The proposal must
head the subject: after a verb in "-ing" or a noun of an action and a
preposition ("scrapping the toll would hurt", "a delay to the bill will
hurt") the verdict is said of that action, and counts for the proposal
only when the action is the proposal's own ("cutting the hours will hurt"
beside "For cutting the hours", "closing the depot would hurt" or "the
closure of the depot would hurt" beside "Close the depot": ``doing``).

What a label's action takes away (``acted_on``: "the hours" of "For
cutting the hours") is judged the other way: a good it does ("the hours
help readers") is the case against taking it away.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set

from . import actions
from .data import lines, table, words
from .wording import normal

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
# Verbs of an action that takes a thing away ("remove") or makes it ("make"), from WordNet (``directions.txt``, its header);
# a form two verbs of opposite kinds share tells no direction.
def _directions(lines: list[str]) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Each form of one kind with its kind, and each form with the "-ing"
    forms of its verb ("scrap": "scrapping")."""
    kinds: dict[str, set[str]] = defaultdict(set)
    gerunds: dict[str, frozenset[str]] = {}
    for kind, *forms in (line.split() for line in lines):
        ing = frozenset(f for f in forms if f.endswith("ing"))  # once a verb, not once a form
        for form in forms:
            kinds[form].add(kind)
            gerunds[form] = gerunds.get(form, frozenset()) | ing
    return {form: kind for form, (kind, *others) in kinds.items() if not others}, gerunds


DIRECTIONS, _GERUNDS = table("directions.txt", _directions)  # kept between runs (``data.table``): 8 ms a run to read
OPENERS = words("stance", "for_labels") | words("stance", "against_labels")  # "For ...", "Against ..."
DETERMINERS = words("grammar", "determiners")
APPOSITIVE = 6  # at most this many words between the commas after the proposal


def verdicts(tokens: list[str], sides: dict[str, str], objects: frozenset[str], turned: frozenset[str] = frozenset()) -> list[tuple[str, str, int, int]]:
    """The verdicts said of the proposal (any of ``objects``) in ``tokens``,
    or of what it would take away or keeps (any of ``turned``, judged the
    other way round: "the toll protects the causeway" beside "Keep the
    toll" / "Scrap the toll" speaks for keeping it):
    as a predicate, the proposal, a form of "to be" (after a modal, if any),
    "not" if any, an adverb if any ("long", "-ly"), then an adjective of
    approval or disapproval; as an agent, the proposal, a modal if any,
    a form of "to have" (or of "to be" before "-ing") if any, "not" if
    any, then a verb of harm (against) or of good (for) with an object
    (``_effect``). After the proposal's own verb in "-ing" ("scrapping the
    toll would hurt"), or a noun of an action that names it ("the
    scrapping of the toll"), the verdict is said of the proposal; after another
    such verb, or after a noun of an action and a preposition ("a delay to
the bill"), of no side (``_head``). The cue stands at the
    proposal, so a view reported or supposed before it is set aside as any
    cue is."""
    found = []
    padded = [*tokens, "|", "|", "|", "|"]  # the words after the last one end a clause
    named = objects | turned
    other = {"for": sides["against"], "against": sides["for"]}
    for i, t in enumerate(tokens):
        if t not in named:
            continue
        head = _head(tokens, i, named, objects)
        if head and (head in objects or any(_GERUNDS.get(v, frozenset()) & objects for v in (head, *actions.named(head)))):
            judged = sides
        elif head:
            continue
        else:
            judged = other if t in turned else sides
        verb = _after_subject(padded, i)
        j = verb + (padded[verb] in MODALS)
        denied = padded[j + 1] in NOT
        k = j + 1 + denied + (padded[j + 1 + denied] == "long" or padded[j + 1 + denied].endswith("ly"))
        side = "for" if padded[k] in APPROVING else "against" if padded[k] in DISAPPROVING else None
        if padded[j] in BE and side:
            found.append((judged[_turned(side, denied)], " ".join([t, *padded[verb : k + 1]]), i, 1))
            continue
        # "has (not) improved", "is (not) hurting": a form of "to have", or of "to be" before "-ing" (not a passive, "was hurt by").
        perfect = j + (padded[j] in HAVE or (padded[j] in BE and padded[j + 1 + (padded[j + 1] in NOT)].endswith("ing")))
        h = perfect + (padded[perfect] in NOT)
        effect = _effect(padded[h], padded[h + 1])
        if effect and not (padded[h + 1] in NEGATIVE_OBJECTS and padded[h + 2] in EXCEPTING):
            denied = h > perfect or padded[h + 1] in NEGATIVE_OBJECTS
            found.append((judged[_turned(effect, denied)], " ".join([t, *padded[verb : h + 2]]), i, 1))
    return found


def acted_on(label: str, shared: Set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of what the action of a label takes away, and of what its
    action acts on when its direction cannot be told, among ``shared``, the
    words that name the proposal. The action is the label's verb ("Scrap
    the levy"), the verb in "-ing" after "For" or "Against" ("For cutting
    the hours"), or a noun of an action before a preposition or at the end
    ("For a ban on vapes", "Against the closure"); its direction is the
    verb's (``DIRECTIONS``), or that of the verbs a noun names
    ("closure": "close"). What an action that makes ("build", "raise")
    acts on is judged as the proposal is: (empty, empty)."""
    found = _action(label)
    if found is None:
        return frozenset(), frozenset()
    action, verb = found
    kinds = {DIRECTIONS.get(action)} if verb else {DIRECTIONS.get(v) for v in (action, *actions.named(action)) if v in DIRECTIONS} or {None}
    things = frozenset(shared) - {action}
    kind = kinds.pop() if len(kinds) == 1 else None
    return (things, frozenset()) if kind == "remove" else (frozenset(), frozenset()) if kind == "make" else (frozenset(), things)


def doing(label: str) -> frozenset[str]:
    """The "-ing" forms of a label's verb ("scrapping" of "Scrap the levy"),
    when ``DIRECTIONS`` lists it: "scrapping the levy would hurt" judges
    the action the label proposes."""
    found = _action(label)
    return _GERUNDS.get(found[0], frozenset()) if found and found[1] else frozenset()


def _action(label: str) -> tuple[str, bool] | None:
    """The word of a label's action (``acted_on``) and whether it is its verb."""
    label_words = normal(label).split()
    at = int(label_words[:1] != [] and label_words[0] in OPENERS)
    opened = at
    while at < len(label_words) and label_words[at] in DETERMINERS:
        at += 1
    if at >= len(label_words):
        return None
    action, after = label_words[at], label_words[at + 1 : at + 2]
    if at == opened and (action.endswith("ing") if opened else actions.listed(action)):  # "For cutting ...", "Scrap ..."
        return action, True
    headed = not after or after[0] in PREPOSITIONS  # "a ban on vapes", not "the search order"
    return (action, False) if headed and (action in DIRECTIONS or actions.noun(action)) else None


def _head(tokens: list[str], i: int, named: frozenset[str], objects: frozenset[str]) -> str | None:
    """The word the proposal's words that end at ``i`` (and their
    determiners) are the object of, when it heads the subject: a verb in
    "-ing" before them ("scrapping the toll"), or before a preposition
    before them a noun of an action ("a delay to the bill": ``actions``) or
    one of ``objects`` ("the ban on jet skis"); None when they head it
    themselves ("a bed at the home costs us": the home's cost)."""
    start = i
    while start and ((tokens[start - 1] in named and not _gerund(tokens[start - 1])) or tokens[start - 1] in DETERMINERS):
        start -= 1
    before = tokens[start - 1] if start else "|"
    if _gerund(before):
        return before
    noun = tokens[start - 2] if start >= 2 and before in PREPOSITIONS else "|"
    return noun if noun in objects or actions.noun(noun) else None


def _gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing")


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
