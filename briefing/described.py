"""Described: blocks, speakers and the spec in, the cues of the outlet's own
sentences about a speaker out, for ``positions`` to count as the speaker's.

A sentence of the outlet's own (no speaker) that opens on a named speaker
(after a title, if any) tells what they hold in two ways. When its verb,
after an appositive set off by commas, is one of wanting or proposing
("Rep. Ada Corr, a Ulverby Democrat, wants nurses to finish supervised hours
first"), its cues are the speaker's aim, as if they had said them. And
when its opening clause, or the appositive or relative clause that
describes them, states a stance on the proposal ("Ann Lee, who runs the
corner shop, backs the plan", "Ann Lee, who has led the campaign against
the toll, was blunt"), that stance is theirs: a careful reader places a
speaker from what the outlet says of them. Only that opening: a stance
further on may be another's ("..., and met Bo Hart, who backs the plan"),
as is one in a "whose" or "whom" clause or after a reporting verb (``ELSEWHERE``),
one in a relative clause about another noun inside the description ("X, who
chairs the group that opposes the plan"), one others claim ("accused of
opposing ...") and a former one ("who once backed ..."). "X wants to know
who ..." asks a question: no aim.

The same description in the attribution of a speaker's own words ("Ann
Lee, who voted against the plan, said: ...", "..., said Bo Hart, a
long-standing opponent of the toll") is kept as their role, not in the
block of their words: read the same way, it is the stance of a speaker
who says no cue of their own and of whom no outlet's sentence says one,
whichever outlet gives it (one role is kept per speaker; the others that
outlets give come with it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .cue_words import bases, clause_words, matches
from .cues import ADVOCATING, OPPOSING, PROPOSALS, STANCE_HOLDERS, SUPPORTING, WHOSE, Evidence, evidence
from .data import words
from .model import SPEECH_KINDS, Block, PositionSpec
from .set_aside import INQUIRING, INTERROGATIVES, REPORTING_VERBS
from .stance_objects import OPENERS
from .wording import normal

WANTING = words("stance", "wanting")
STANCE_WORDS = SUPPORTING | OPPOSING | ADVOCATING
# Not the speaker's stance now: a claim others make of them ("accused of opposing ..."), a former one
# ("who once backed ...", "who used to back ...").
NOT_NOW = words("stance", "claimed_of") | words("stance", "former")
USED_TO = ("used", "to")
GIVEN_UP = words("stance", "given_up")  # "who has stopped opposing the plan": a stance no longer held
UNTIL_PAST = words("stance", "until_past")  # "who opposed the plan until recently"
COMPLEMENT_VERBS = words("stance", "complement_verbs")  # "who is a critic of the plan": the noun is theirs
TITLE_WORDS = 2  # words a title may take before a name that opens a sentence ("Rep.", "Dr", "Chief Inspector")
# A stance in a "whose" clause is held by what is the speaker's ("X, whose sons back the plan"), one in a
# "whom" clause by its own subject ("X, whom the mayor asked to back the plan"), and one after a reporting
# verb is a view reported ("X, who says critics oppose the plan"): none is theirs.
ELSEWHERE = REPORTING_VERBS | {WHOSE, "whom"}
# A relative pronoun inside a clause (not the one opening it) opens a clause about its own noun: "X, who chairs
# the group that opposes the plan" says what the group holds. "that" before a proposal noun is a determiner.
_NOUNS = "|".join(sorted(PROPOSALS))
_NESTED = re.compile(rf"(?<![,;:(—–\-\s])\s+(?:who|whom|which|that(?!\s+(?:{_NOUNS})\b))\b", re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s|—")  # where ``clause_words`` puts a "|", in the printed text


@dataclass(frozen=True)
class Described:
    """What an outlet's sentence says a speaker holds.

    speaker: the speaker the sentence opens on.
    counted: position -> its cues in the sentence that are the speaker's.
    wanted: True for a sentence on what they want (all its cues are their
        aim); False for a stance the sentence says they hold.
    """

    speaker: str
    counted: dict[str, list[str]]
    wanted: bool


def described(
    blocks: Sequence[Block],
    speakers: Sequence[str],
    specs: Sequence[PositionSpec],
    found: Mapping[str, Evidence],
    roles: Mapping[str, str],
    descriptions: Sequence[tuple[str, str]] = (),
) -> list[Described]:
    """Each outlet's sentence that opens on one of ``speakers`` and says what
    they want, or states their stance on the proposal (``found``: each
    block's evidence as the outlet's); then the stance their roles state
    (``roles``, and the others ``descriptions`` gives them), of each speaker
    with no cue of their own nor one of those."""
    out = _sentences(blocks, speakers, specs, found)
    cued = {d.speaker for d in out} | {b.speaker for b in blocks if b.speaker and b.kind in SPEECH_KINDS and found[b.id].counted}
    given: dict[str, list[str]] = defaultdict(list)
    for name, role in [*roles.items(), *descriptions]:
        given[name].append(role)
    for name in speakers:
        if name not in cued:
            held: dict[str, list[str]] = defaultdict(list)
            for role in given[name]:
                for pid, cues in _in_role(name, role, specs).items():
                    held[pid].extend(cues)
            if held:
                out.append(Described(name, dict(held), False))
    return out


def _in_role(name: str, role: str, specs: Sequence[PositionSpec]) -> dict[str, list[str]]:
    """The stances of the description an attribution gives a speaker ("who
    voted against the plan", "long-standing opponent of the toll"), read as
    the outlet's sentence "Name, role." is read: a word of support or
    opposition with the proposal as its object, not a cue word of the spec
    ("museum curator" says what they do, not what they hold)."""
    if not any(bases(w) & STANCE_WORDS for w in normal(role).split()):  # no word of a stance cue (``stance_cue``)
        return {}
    opening = _own_clause(f"{name}, {role}.")
    said = clause_words(opening)
    if not_theirs(said):
        return {}
    counted = evidence(Block("role", "statement", name, opening, (), (0, 0, 0, 0)), specs).counted
    return {pid: kept for pid, cues in counted.items() if (kept := [c for c in cues if stance_cue(c) and not _someone_else(said, c)])}


def _someone_else(said: list[str], cue: str) -> bool:
    """Whether the cue is a noun of stance after a determiner ("a", "the",
    "one of the") that a verb of the description's "who" clause takes as
    its object, another person ("who replaced a critic of the plan", "who
    married one of the critics of it"), not the speaker's own description
    after "to be", "become", "remain" or "as" (``complement_verbs``: "who
    is a critic of the plan", "who has long been one of its opponents")."""
    worded = normal(cue).split()
    if not bases(worded[-1] if worded[1:2] == ["s"] else worded[0]) & STANCE_HOLDERS:
        return False  # a verb's stance ("who stopped the survey and opposes the plan")
    at = next((i for i, w in enumerate(said) if w == worded[0]), 0)
    who = next((i for i, w in enumerate(said[:at]) if w == "who"), None)
    article = next((i for i in range(at - 1, max(at - 4, 0), -1) if said[i] in OPENERS), None)
    return who is not None and article is not None and who < article and not COMPLEMENT_VERBS & set(said[who + 1 : article])


def stance_cue(cue: str) -> bool:
    """Whether a cue is a word of support, opposition or advocacy with its
    object (``cues``' stances: "critic of the plan"), or a noun for those
    who hold a stance after the proposal's possessive ("plan's critics"),
    not a cue word of the spec."""
    said = normal(cue).split()
    return bool(bases(said[0]) & STANCE_WORDS) or (said[1:2] == ["s"] and bool(bases(said[-1]) & STANCE_HOLDERS))


def _sentences(blocks: Sequence[Block], speakers: Sequence[str], specs: Sequence[PositionSpec], found: Mapping[str, Evidence]) -> list[Described]:
    """The outlet's sentences of ``described``."""
    names = {tuple(normal(n).split()): n for n in speakers if n[:1].isupper()}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for named in names:
        if named:
            by_first[named[0]].append(named)
    out = []
    for b in blocks:
        if b.speaker or b.kind in SPEECH_KINDS:
            continue
        tokens = clause_words(b.text)
        for at in range(min(TITLE_WORDS + 1, len(tokens))):
            if tokens[at] == "|" or not all(w[:1].isupper() for w in b.text.split()[:at]):  # a title is capitalised
                break
            for named in by_first.get(tokens[at], ()):
                verb = at + len(named)
                if tuple(tokens[at:verb]) != named:
                    continue
                described_by = tokens[verb : verb + 1] == ["|"]  # an appositive: ", a Ulverby Democrat,"
                if described_by:
                    verb = next((i + 1 for i in range(verb + 1, len(tokens)) if tokens[i] == "|"), len(tokens))
                if _asks(tokens[verb : verb + 4]):
                    break  # "wants to know who will pay": a question, not an aim nor a stance
                if b.kind != "commentary" and tokens[verb : verb + 1] and tokens[verb] in WANTING:
                    out.append(Described(names[named], found[b.id].counted, True))
                elif tokens[verb : verb + 1] not in ([], ["s"]):  # not "Ann Lee's critics ..."
                    held = _held(b, names[named], 3 if described_by else 1, specs, found[b.id])
                    if held:
                        out.append(Described(names[named], held, False))
    return out


def _asks(words: list[str]) -> bool:
    """Whether the words after a speaker's name ask a question ("wants to know
    who ...", "wishes to ask whether ..."), which names no aim."""
    return len(words) == 4 and words[0] in WANTING and words[1] == "to" and words[2] in INQUIRING and words[3] in INTERROGATIVES


def _held(b: Block, name: str, clauses: int, specs: Sequence[PositionSpec], as_outlets: Evidence) -> dict[str, list[str]]:
    """The stance cues of the sentence's first ``clauses`` clauses that are
    ``name``'s: those its words count when read as said of them ("who",
    their name) and not when read as the outlet's."""
    cuts = [m.start() for m in _CLAUSE_END.finditer(b.text)]
    opening = _own_clause(b.text[: cuts[clauses - 1]] if len(cuts) >= clauses else b.text)
    said = clause_words(opening)
    if not_theirs(said):
        return {}
    theirs = evidence(replace(b, text=opening, kind="statement", speaker=name, variants=()), specs).counted
    outlets = {c for cues in as_outlets.counted.values() for c in cues}
    return {pid: kept for pid, cues in theirs.items() if (kept := [c for c in cues if c not in outlets])}


def not_theirs(said: list[str]) -> bool:
    """Whether the words of a description put the stance in them elsewhere:
    in another's clause or mouth (``ELSEWHERE``), in the past or in others'
    claims (``_not_now``, "used to"), or given up (``_given_up``)."""
    return bool(ELSEWHERE & set(said)) or _not_now(said) or bool(matches(said, USED_TO)) or _given_up(said)


def _given_up(said: list[str]) -> bool:
    """Whether the description says the stance was given up: "stop",
    "cease" or "quit" before a gerund ("who has stopped opposing the
    plan"), or "until" dated in the past ("who opposed it until recently",
    "until last year")."""
    return any(
        (bases(w) & GIVEN_UP and nxt.endswith("ing")) or (w == "until" and nxt in UNTIL_PAST) for w, nxt in zip(said, said[1:], strict=False)
    )


def _not_now(said: list[str]) -> bool:
    """Whether the description puts the stance in the past or in others'
    mouths; "once again" and "once more" repeat it, now."""
    return any(w in NOT_NOW and not (w == "once" and said[i + 1 : i + 2] in (["again"], ["more"])) for i, w in enumerate(said))


def _own_clause(opening: str) -> str:
    """The opening up to a relative clause inside it, which is about its own noun
    ("Ann Lee, who chairs the group that opposes the plan": the group's stance)."""
    nested = _NESTED.search(opening)
    return opening[: nested.start()] if nested else opening
