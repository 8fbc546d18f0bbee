"""What a stance in a quote is taken on (``cues``' stances): a clause's
words (``cue_words.clause_words``), where the stance's word stands and the
words that name the proposal in; whether the proposal is its object, its
aim, its holder's description or the thing undone.

An advocate's "for" takes the proposal as its aim only when it names it
first ("campaigned for the ban", not "for the ban to be dropped"). A noun
for those who hold a stance after the proposal's possessive describes its
holder when it stands as their description ("one of the plan's critics",
"we are the scheme's backers"), not as a verb's object ("we met the plan's
critics", "we spoke to one of the plan's critics"). A stance taken on the
proposal's undoing ("we oppose the plan's withdrawal", "we welcome the
repeal of the bill", "we oppose scrapping the plan"), or striven for with
its undoing as the aim ("pushed for the plan's withdrawal"), is the
opposite stance on the proposal: the undoing is a verb that takes a thing
away (``verdicts.DIRECTIONS``, from WordNet) or annuls one
(``ANNULLING``, WordNet's "cancel officially"), in "-ing" or as its noun
of action. One on the undoing of what the proposal owns ("the lifting of
the plan's height limit") is a stance on neither.
"""

from __future__ import annotations

from collections.abc import Set

from . import actions
from .cue_words import bases
from .data import words
from .verdicts import DIRECTIONS
from .wording import FUNCTION_WORDS

OPENERS = words("grammar", "determiners") | words("grammar", "possessive_determiners")
ANNULLING = words("stance", "annulling")  # "repeal", "revoke": with ``DIRECTIONS``' verbs of taking away, what undoes a proposal
BEING = words("stance", "passive")  # the forms of "to be": "we are the scheme's backers"
PREPOSITIONS = words("grammar", "prepositions")
# The subjects of a cleft or an existential sentence (Quirk et al. 1985, 18.25 and 18.44: "it", "there"),
# and the demonstratives ("this is the plan's critics' view"): no holder of what follows "to be".
DUMMY_SUBJECTS = ("it", "there", "this", "that")
WH_CLEFT = "what"  # a clause opened by "what" before "to be" ("what we need is the plan's backers", Quirk et al. 1985, 18.29)
# A part of a group: English's quantifiers that name some of it, not the negative "few" (Quirk et al. 1985,
# 5.25), and "one", before the group or a partitive "of the" ("Some critics ...", "One of the critics ...").
PARTS = (words("grammar", "quantifiers") - {"few"}) | {"one"}
AMONG = ("among", "amongst")


def owner_before(tokens: list[str], i: int, objects: Set[str]) -> int | None:
    """Where the proposal's possessive stands before the noun of stance at
    ``i`` ("the plan's fiercest critics": at most two words between, none
    a function word), when it describes the holder: opening its clause, as
    an apposition ("Ann Lee, the plan's critic, said") or after a form of
    "to be" ("we are the scheme's backers"), alone or as a part of the group
    ("one of the plan's critics", "some of ...": ``PARTS``) or after "among"
    ("I am among the plan's critics"); not the object of a verb ("we met the
    plan's critics", "we spoke to one of the plan's critics", "I sat among
    the plan's critics"), nor after "it is", "there are" or a clause opened
    by "what" ("it was the plan's critics who ...", "what we need is the
    plan's backers", clefts). None when it does not."""
    k = i - 1
    while k > i - 3 and k > 0 and tokens[k] not in FUNCTION_WORDS:
        k -= 1
    if k < 1 or tokens[k] != "s" or tokens[k - 1] not in objects:
        return None
    det = k - 2 if k >= 2 and tokens[k - 2] in OPENERS else k - 1
    if det >= 2 and tokens[det - 1] == "of" and tokens[det - 2] in PARTS:  # "one of the plan's critics"
        det -= 2
    elif det >= 1 and tokens[det - 1] in AMONG:
        det -= 1
    before = tokens[det - 1] if det else "|"
    # "it was the plan's critics who ...", "there are the plan's critics", "what we need is the plan's backers": a cleft or
    # an existential "to be" describes no holder.
    opening = max((j + 1 for j in range(det) if tokens[j] == "|"), default=0)
    dummy = before in BEING and ((det >= 2 and tokens[det - 2] in DUMMY_SUBJECTS) or tokens[opening] == WH_CLEFT)
    return k - 1 if before == "|" or (before in BEING and not dummy) else None


def undoes(word: str, objects: Set[str]) -> bool:
    """Whether a word names the undoing of a thing: the "-ing" form of a
    verb that takes a thing away (``DIRECTIONS``: "scrapping") or annuls
    one (``ANNULLING``: "repealing"), or a noun of such an action
    ("withdrawal", "repeal": ``actions.named``); not a word that names a
    proposal itself ("ban")."""
    if word in objects:
        return False
    # British English doubles a last "l" before "-ing" ("cancelling", "annulling"), which ``bases`` keeps.
    done = {b.removesuffix("l") if b.endswith("ll") else b for b in bases(word)} if word.endswith("ing") else set(actions.named(word))
    return any(DIRECTIONS.get(v) == "remove" or v in ANNULLING for v in done)


def undone(tokens: list[str], i: int, end: int, objects: Set[str]) -> int | None:
    """Where the words end of the stance at ``i`` taken on the undoing of
    the proposal at ``end``, not on the proposal (0 when it is not): a noun
    of undoing before "of" and the proposal ("the repeal of the law"), an
    "-ing" form of undoing before it and its determiners ("scrapping the
    plan"), or a noun of undoing after the proposal's possessive, in the
    singular, ending its phrase (a clause break or a function word after
    it, not a preposition: "the plan's withdrawal"; not "the plan's cuts
    to the buses", what the plan itself takes away, nor "the tunnel's
    extraction fans", a thing it has). None when what is undone is the
    proposal's own ("the lifting of the plan's height limit", "scrapping
    the plan's toll"), or the noun after the possessive is spelt as its
    verb and may name a thing as well as the undoing ("the tunnel's lift",
    "the plan's repeal"): that stance is on neither."""
    for j in range(i + 1, end):
        if undoes(tokens[j], objects) and (tokens[j + 1] == "of" or (tokens[j].endswith("ing") and all(t in OPENERS for t in tokens[j + 1 : end]))):
            return None if tokens[end + 1 : end + 2] == ["s"] else end
    owned = owned_after(tokens, end)
    after = tokens[end + 3 : end + 4]
    ends = after in ([], ["|"]) or (after[0] in FUNCTION_WORDS and after[0] not in PREPOSITIONS)
    if not owned or owned.endswith("s") or not ends or not undoes(owned, objects):
        return 0
    return None if owned in actions.named(owned) else end + 2


def owned_after(tokens: list[str], end: int) -> str:
    """The word after the possessive "s" of the proposal at ``end`` ("the
    plan's withdrawal", "the plan's critics"); "" when none follows."""
    return tokens[end + 2] if tokens[end + 1 : end + 2] == ["s"] and end + 2 < len(tokens) else ""


def aim(after: list[str], objects: Set[str]) -> bool:
    """Whether the words after an advocate's "for" name the proposal as the
    aim itself, its noun first or after one determiner ("for the ban", "for
    our plan"; not "for a new scheme"), not as what is to be done to ("for
    the plan to be dropped") nor as the owner of the aim ("for the plan's
    withdrawal")."""
    noun = 1 if after[:1] and after[0] in OPENERS else 0
    return after[noun : noun + 1] != [] and after[noun] in objects and after[noun + 1 : noun + 2] not in (["to"], ["s"])
