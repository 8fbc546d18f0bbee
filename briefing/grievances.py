"""The grievances a speaker states against a proposal's makers, as cues of
the side against it (``cues`` reads them beside the stances and verdicts):
not being asked or told before the decision ("nobody asked us", "we were
never told", ``unasked``) and what those who decide now ask of the speaker
or take from them ("Now they want us to ...", ``imposed``). Each word
list's header in ``data/en/stance.toml`` says why it holds its words."""

from __future__ import annotations

from .cue_words import bases, matches
from .data import load, words
from .set_aside import NEGATIVE_PRONOUNS
from .verdicts import BE, MODALS

_WORDS = load("stance")
UNASKED = tuple(tuple(p.split()) for p in _WORDS["unasked"])  # "nobody asked us": a decision's grievance
UNTOLD = tuple(tuple(p.split()) for p in _WORDS["untold"])  # "we were never told": one too, of what was withheld
WITHHELD = words("stance", "interrogatives") | frozenset(_WORDS["untold_whole"])  # "nobody told us where ...", "... anything"
IMPOSED = frozenset(_WORDS["imposed"])  # "Now they want me to ...": a decision's grievance too
IMPOSED_BARE = frozenset(_WORDS["imposed_bare"])  # "make us pay": no "to" before the infinitive
IMPOSED_ON = frozenset(_WORDS["imposed_objects"])
TAKING = frozenset(_WORDS["imposed_taking"])  # "Now they're taking the ferry away"
IMPOSED_AUXILIARIES = frozenset(_WORDS["imposed_auxiliaries"])
OPENING_COORDINATORS = words("grammar", "sentence_coordinators")  # "And now they ..."


def unasked(tokens: list[str], against: str, objects: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """The grievance of not being asked or told (``UNASKED``, ``UNTOLD``:
    "nobody asked us", "we were never told"), as a cue of the side against
    the proposal; "nobody" or "no one" may be of a body named after "from"
    or "at" in up to three words ("nobody from the council has told us").
    Not being told is read only of what was withheld (``_withheld``)."""
    present = {base for t in tokens for base in bases(t)}
    phrases = [w for w in UNASKED + UNTOLD if w[0] in present]  # one whose first word stands nowhere matches nowhere
    found = {i: (len(w), w in UNTOLD) for w in phrases for i in matches(tokens, w)}
    for w in phrases:
        lead = next((len(p) for p in NEGATIVE_PRONOUNS if w[: len(p)] == p), 0)  # "nobody", "no one" of a body after "from"
        for i in matches(tokens, w[:lead]) if lead else ():
            of = i + lead
            if i in found or tokens[of : of + 1] not in (["from"], ["at"]):
                continue
            verb = next((k for k in range(of + 2, min(of + 5, len(tokens))) if 0 in matches(tokens[k : k + len(w) - lead], w[lead:])), None)
            if verb is not None and "|" not in tokens[of:verb]:
                found[i] = (verb + len(w) - lead - i, w in UNTOLD)
    return [(against, " ".join(tokens[i : i + n]), i, n) for i, (n, told) in sorted(found.items()) if not told or _withheld(tokens[i + n :], objects)]


def _clause(rest: list[str]) -> list[str]:
    """The words of ``rest`` up to the first clause break (``|``)."""
    return rest[: rest.index("|")] if "|" in rest else rest


def _withheld(rest: list[str], objects: frozenset[str]) -> bool:
    """Whether the clause after "nobody told" says only what was withheld:
    nothing, an object ("the parents", "about the closure"), "anything" or a
    question (``WITHHELD``, "where they will work") that does not name the
    proposal (``objects``: "nobody has told us when the tunnel opens" may be
    impatience for it), and not a stated clause, with a modal or "be"
    ("nobody told us it would be this easy": what the speaker now knows)."""
    clause = _clause(rest)
    asked = next((k for k, w in enumerate(clause[:4]) if w in WITHHELD), None)
    if asked is not None:
        return not objects.intersection(clause[asked:])
    return not (MODALS | BE).intersection(clause)


def imposed(tokens: list[str], against: str, objects: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """The grievance of a sentence that opens on "Now they" and what those
    who decide ask of the speaker ("Now they want me to work on
    Sundays", "And now they tell us to drive": a directive verb, ``IMPOSED``,
    with "me" or "us" and an infinitive after it) or take from them ("Now
    they're taking the ferry away": "take" with "away" or "from me" after
    it), as a cue of the side against the proposal they make; "Now they want
    to learn to swim", "Now they tell us the line opens late" and "Now they
    take the bus" ask and take nothing of the speaker, and "Now they want us
    to wait for the tunnel" names the proposal, whose side what is done with
    it says (``objects``)."""
    at = 1 if tokens[:1] and tokens[0] in OPENING_COORDINATORS else 0
    verb = at + 2 + (tokens[at + 2 : at + 3] != [] and tokens[at + 2] in IMPOSED_AUXILIARIES)
    if tokens[at : at + 2] != ["now", "they"] or verb >= len(tokens):
        return []
    said, rest = bases(tokens[verb]), tokens[verb + 1 :]
    if objects.intersection(_clause(rest)):
        return []
    infinitive = rest[1:2] == ["to"] or (said & IMPOSED_BARE and rest[1:2] != [])
    asked = said & IMPOSED and rest[:1] and rest[0] in IMPOSED_ON and infinitive
    taken = said & TAKING and ("away" in rest or any(w == "from" and rest[k + 1 : k + 2] and rest[k + 1] in IMPOSED_ON for k, w in enumerate(rest)))
    return [(against, " ".join(tokens[at : verb + 1]), at, verb + 1 - at)] if asked or taken else []
