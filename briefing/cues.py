"""Cue evidence: one block (or a story's blocks) and the spec's positions
in, the cues that count for each position and those set aside, with why,
out (``Evidence``).

A cue matches in any regular tense or number ("voted" for "vote"), and a
cue of three words or more with a few words set inside it ("pay sixty
pounds a month to come to work" for "pay to come to work"), or with a
possessive after one of its words ("Vell's amendment"). With
two positions labelled for and against one proposal, a stance stated on the
proposal itself ("we back the plan", "the campaign against the bill") or
a verdict said of it ("the tax is welcome", "the rise will hurt small
farms", "the ban will protect children": ``verdicts``) is a cue of that
side too; beside a label that keeps what is ("Keep the toll" / "Scrap the
toll"), one said of what it keeps ("the toll protects the causeway", "the
toll costs us") speaks for keeping it or for the change. It counts
only where the speaker says it in their own voice: not negated ("this is not
a tax on ..."; "I don't have a car" tells what the speaker lacks, which
``positions`` never reads as a denial of that side), not inside a view they report ("critics say ...", "they
keep telling us ...", "we are told ...", "they call it ...", "the minister
talks about ...") or echo right after reporting it,
not dismissed ("the so-called ...", "the idea that ... is absurd", "who
believes ...?"), not in a condition ("if ...,"; but "if you ..., you ..."
states a rule), and not granted before an answer ("..., but ...";
"although ..."; "Of course ... ." then another side in the speaker's other
words; "Yes, ... . But not ..." denies it; "Nobody disputes that ..."
claims common ground, which places no one). A cue a sentence only names
before judging it ("X is a ...") does not count: the judgement may go
either way. ``positions`` weighs this evidence into a placement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .data import load, words
from .lexicon import language
from .model import SPEECH_KINDS, Block, PositionSpec
from .quotes import QUOTE_MARKS, SINGLE_MARKS
from .verdicts import BE, MODALS, verdicts
from .wording import FUNCTION_WORDS, as_printed, normal, typographic

_WORDS = load("stance")  # each list's header there says why it holds its words
NEGATORS = words("stance", "negators")
NEGATION_WINDOW = 3  # words before a cue in which a negator denies it
MAX_GAP = 4  # words a speaker may set inside a long cue ("pay sixty pounds a month to come to work")
CONTRAST = words("stance", "contrast")  # what follows outweighs what precedes
CONCESSIVE = words("stance", "concessive")  # a clause conceded, up to its comma
CONDITIONAL = words("stance", "conditional")  # a clause that supposes, up to its comma, asserts nothing
FIRST_PERSON = words("stance", "first_person")
NO_ONE = words("stance", "no_one")  # "nobody says ..." reports no one's view
CONCEDING_OPENERS = tuple(tuple(o.split()) for o in _WORDS["conceding_openers"])  # "granted, ...", "nobody denies ..."
DISPUTING = words("stance", "disputing")  # "nobody disputes that ...": a point claimed as common ground
OF_COURSE = ("of", "course")  # concessive wherever it stands ("..., of course.")
REPORTING_VERBS = words("stance", "reporting_verbs")  # "critics say", "they keep telling us": a view framed as someone's
CALLS = words("stance", "calls")
PASSIVE = words("stance", "passive")  # "we are told ...": someone else's view put to the speaker
PARTICIPLES = words("stance", "participles")
HELPERS = words("stance", "helpers")  # between a reporting verb and its subject; adverbs in -ly are skipped too
SO_CALLED = ("so", "called")  # the speaker's label for a view they dismiss ("the so-called plan")
PROPOSITION_NOUNS = words("stance", "proposition_nouns")  # "the idea that ... is absurd"
DENYING_VERDICTS = words("stance", "denying_verdicts")
WHERE_WHEN = words("stance", "where_when")  # "but not here": a "not" that takes back the point granted
# Why a cue found does not count (``SetAside.kind``): granted points and weak cues apart.
GrantKind = Literal["granted", "denied", "common"]
WeakKind = Literal["conceded"]
SetAsideKind = Literal["negated", "lacked", "reported", "dismissed", "condition", "echoed", "hedged", "renamed", GrantKind, WeakKind]
GRANTED: dict[GrantKind, str] = {
    "granted": "granted ('of course', 'nobody denies ...'), then answered with a 'but'",
    "denied": "granted, then denied ('but not ...')",
    "common": "claimed as common ground ('nobody disputes that ...'), which either side may grant",
}
# Cues that count only when nothing else the speaker says takes another side.
WEAK: dict[WeakKind, str] = {
    "conceded": "conceded ('but', 'although', 'of course')",
}
# "Faster trains are a promise nobody will keep": the judgement may go either way.
RENAMED = "only names what the sentence then judges ('... is a ...'), which may go either way"
# A stance stated on a proposal ("we back the plan", "a critic of the
# plan"); the proposal is a noun that names one, or a word both labels
# share ("against the toll" for "For/Against the toll").
SUPPORTING = words("stance", "supporting")
OPPOSING = words("stance", "opposing")
PROPOSALS = words("stance", "proposals")
OURS = words("stance", "first_person_possessives")  # "our party opposes the plan"
REPORTED_HOLDERS = words("stance", "reported_holders")  # the outlet's "X said it would vote against ..."
FOR_LABELS = tuple(_WORDS["for_labels"])  # in order: the first found names the for side
AGAINST_LABELS = tuple(_WORDS["against_labels"])
STATUS_QUO = words("stance", "status_quo")
UNASKED = tuple(tuple(p.split()) for p in _WORDS["unasked"])  # "nobody asked us": a decision's grievance
RELATIVE = words("grammar", "relative_pronouns") - {"that"}  # "that" opens clauses of every kind
COPULA = words("stance", "copula")
POSSESSION = words("stance", "possession")
# "Zippa spokeswoman", "spokesman for the trust": whom a spokesperson speaks for.
SPOKES = re.compile(r"^(?P<who>.+?)\s+spokes\w+$|^spokes\w+\s+(?:for|of)\s+(?:the\s+)?(?P<for>.+)$", re.I)


@dataclass(frozen=True)
class SetAside:
    """A cue found in a block that does not count: ``kind`` says why in one
    word (one of ``SetAsideKind``), ``why`` in words."""

    position: str
    cue: str
    kind: SetAsideKind
    why: str


@dataclass(frozen=True)
class Evidence:
    """The cues found in a block: those that count, per position, and those
    set aside."""

    counted: dict[str, list[str]]
    ignored: tuple[SetAside, ...] = ()
    weak: tuple[tuple[str, str, WeakKind], ...] = ()  # (position, cue, kind in WEAK): counted only because nothing else in the block turns


@cache
def _cue_words(cue: str) -> tuple[str, ...]:
    return tuple(normal(cue).split())


def clause_words(sentence: str) -> list[str]:
    """Words in normal form, with ``|`` where punctuation ends a clause."""
    return ["|" if t in ",;:()" or t == " - " else t for t in re.findall(r"[^\W_]+|[,;:()]| - ", typographic(sentence).casefold())]


@cache
def _bases(token: str) -> frozenset[str]:
    """The words ``token`` may be a regular inflection of ("votes", "voted",
    "voting" -> "vote"; "banned", "banning" -> "ban"; "studies", "studied"
    -> "study"), so a cue matches whatever the tense or number the speaker
    uses. A base is at least three letters, four when an "e" is restored,
    so "being" is not "be", nor "feed" "fee" or "thing" "the"; a doubled
    last consonant is undone before "-ed" and "-ing", but for "l", "s", "f"
    and "z", which English doubles in the base ("fill", "miss")."""
    cuts = [token[: -len(end)] for end in ("s", "es", "ed", "ing") if token.endswith(end) and len(token) - len(end) >= 3]
    restored = token[:-1] if token.endswith("ed") else token[:-3] + "e" if token.endswith("ing") else ""
    stem = token[:-2] if token.endswith("ed") else token[:-3] if token.endswith("ing") else ""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsfz":
        cuts.append(stem[:-1])
    if len(token) >= 5 and token[-3:] in ("ies", "ied"):
        cuts.append(token[:-3] + "y")
    return frozenset([token, *cuts, *([restored] if len(restored) >= 4 else [])])


def matches(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where ``words`` stand in ``tokens``, each word in any regular form."""
    if not words:
        return list(range(len(tokens) + 1))
    first, rest = words[0], words[1:]
    # The first word alone rules out most places: the rest is read only there.
    return [
        i for i in range(len(tokens) - len(rest))
        if first in _bases(tokens[i]) and all(w in _bases(t) for t, w in zip(tokens[i + 1 : i + 1 + len(rest)], rest, strict=True))
    ]


def _cue_at(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue stands: as written, or for a two-word cue, the second word
    then a form of "to be" (after a modal, if any) then the first ("the
    buses are empty", "the trains will be faster" for "empty buses",
    "faster trains"): the same quality said of the thing as a predicate."""
    found = matches(tokens, words) or (_gapped(tokens, words) if len(words) >= 3 else []) or _possessed(tokens, words)
    if len(words) == 2:
        for i in range(len(tokens) - 2):
            j = i + 1 + (tokens[i + 1] in MODALS)
            if words[1] in _bases(tokens[i]) and tokens[j] in BE and j + 1 < len(tokens) and words[0] in _bases(tokens[j + 1]):
                found.append(i)
    return sorted(found)


def _possessed(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue stands with a possessive "'s" after one of its words
    ("Arden's bypass" for "arden bypass"): the same noun phrase."""
    if len(words) < 2 or "s" not in tokens[1:]:
        return []
    kept = [i for i, t in enumerate(tokens) if not (t == "s" and i and tokens[i - 1] != "|")]
    return [kept[i] for i in matches([tokens[i] for i in kept], words)]


def _gapped(tokens: list[str], words: tuple[str, ...]) -> list[int]:
    """Where a cue of three words or more stands with a few words set inside
    it at one place ("pay sixty pounds a month to come to work" for "pay to
    come to work", "the poorest tenth of households" for "the poorest
    households"): at most ``MAX_GAP`` words, none a negator, and no clause
    break among them."""
    found = []
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        for i in matches(tokens, head):
            start = i + cut
            for end in range(start + 1, min(start + MAX_GAP, len(tokens)) + 1):
                if tokens[end - 1] == "|" or tokens[end - 1] in NEGATORS:
                    break
                if matches(tokens[end : end + len(tail)], tail):
                    found.append(i)
                    break
    return sorted(set(found))


def _why_not(tokens: list[str], at: int, own: frozenset[str], frame: int = 0, question: bool = False) -> tuple[SetAsideKind, str] | None:
    """Why the cue at ``tokens[at]`` is not the speaker's own view (kind, in
    words), if it is not. ``question``: the sentence ends with "?"."""
    clause_start = max((i + 1 for i in range(at) if tokens[i] == "|"), default=0)
    before = tokens[max(clause_start, at - NEGATION_WINDOW) : at]
    negator = next((i for i in range(max(clause_start, at - NEGATION_WINDOW), at) if tokens[i] in NEGATORS), None)
    if negator is not None:
        shown = "n’t" if tokens[negator] == "t" else repr(tokens[negator])
        if _lacks(tokens, negator, at):
            return "lacked", f"negated ({shown} before it) as what the speaker does not have, not a claim denied"
        return "negated", f"negated ({shown} before it)"
    if matches(before, SO_CALLED):
        return "dismissed", "dismissed as 'so-called'"
    verdict = _verdict(tokens, at)
    if verdict:
        return "dismissed", f"dismissed ('the {verdict[0]} that ... is {verdict[1]}')"
    supposed = next((i for i in range(clause_start, at) if tokens[i] in CONDITIONAL), None)
    if supposed is not None and "|" in tokens[at:] and not _principle(tokens, supposed, at):
        return "condition", f"a condition ({tokens[supposed]!r} ...), not a stance"
    segment_start = max((i + 1 for i in range(at) if tokens[i] in CONTRAST), default=0)
    for i in range(max(segment_start, frame), at):
        w = tokens[i]
        if _reports(tokens, i):
            if question and "who" in tokens[clause_start:i]:
                return "dismissed", f"in a question that doubts it (who ... {w} ...?)"
            if i > 0 and tokens[i - 1] in PASSIVE and w in PARTICIPLES:
                return "reported", f"inside a view put to the speaker ({tokens[i - 1]} {w} ...)"
            subject, denied = _subject(tokens, i)
            if subject not in own | NO_ONE | {"|", "and"}:
                return "reported", f"inside a view the speaker reports ({subject} {w} ...)"
            if denied and subject in own:
                return "negated", f"negated ({denied!r} before {w!r})"
    return None


def _subject(tokens: list[str], verb: int) -> tuple[str, str | None]:
    """The subject of the reporting verb at ``tokens[verb]`` (the nearest
    word before it that is no auxiliary, helper, adverb in -ly or negator;
    the stem of a contracted "n't", as "don" in "don t", goes with its "t"),
    and the negator between them, if any: "I don't think it is X" denies X
    in the speaker's own voice, as "it is not X" does."""
    skipped = language()["auxiliaries"] | HELPERS
    denied = None
    j = verb - 1
    while j >= 0:
        word = tokens[j]
        if word in NEGATORS:
            denied = "n’t" if word == "t" else word
            j -= 2 if word == "t" else 1
        elif word in skipped or word.endswith("ly"):
            j -= 1
        else:
            return word, denied
    return "|", denied


def _lacks(tokens: list[str], negator: int, at: int) -> bool:
    """Whether the denial before a cue says what the speaker lacks ("I don't
    have a smartphone", "we haven't got a car"): "I" or "we" in the two
    words before the negator, a verb of possession between it and the cue.
    A complaint of one's own lack, not a denial of the other side's claim."""
    return bool(FIRST_PERSON & set(tokens[max(0, negator - 2) : negator]) and POSSESSION & set(tokens[negator + 1 : at]))


def _reports(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a reporting verb: "so-called" labels a view
    the speaker dismisses and "call for" demands, neither reports one."""
    if tokens[i] not in REPORTING_VERBS:
        return False
    if tokens[i] in CALLS:
        return tokens[i - 1 : i] != ["so"] and tokens[i + 1 : i + 2] not in (["for"], ["on"])
    return True


def _principle(tokens: list[str], supposed: int, at: int) -> bool:
    """"If you pay taxes, you deserve a say": a condition put to the generic
    "you" and answered with "you" states a rule the speaker holds, not a
    condition on their support."""
    comma = tokens.index("|", at)
    answer = tokens[comma + 1 : comma + 3]
    return tokens[supposed + 1 : supposed + 2] == ["you"] and "you" in answer


def _verdict(tokens: list[str], at: int) -> tuple[str, str] | None:
    """The noun and verdict when the cue sits in "the idea that ... is absurd"
    (the verdict within two words of the "is" that follows the cue)."""
    that = next((i for i in range(at - 1, 0, -1) if tokens[i] == "that" and tokens[i - 1] in PROPOSITION_NOUNS), None)
    if that is None:
        return None
    for i in range(at + 1, len(tokens)):
        verdict = next((w for w in tokens[i + 1 : i + 3] if w in DENYING_VERDICTS), None)
        if tokens[i] in ("is", "was") and verdict:
            return tokens[that - 1], verdict
    return None


def _conceded(tokens: list[str], at: int, following: list[str]) -> GrantKind | Literal["conceded"] | None:
    """How the speaker grants the cue: "conceded" when it sits before a "but"
    (in its sentence or opening the next), in an "although ..." clause or in
    a sentence that grants a point ("of course", "nobody denies ...");
    "granted" when a sentence that grants it is then answered with a "but";
    "denied" when the answer is "but not ..."."""
    turn = next((i for i in range(at, len(tokens)) if tokens[i] in CONTRAST), None)
    answer = tokens[turn + 1 : turn + 3] if turn is not None else following[1:3] if following[:1] and following[0] in CONTRAST else None
    # An opener grants the point after it, not itself ("Nobody asked us" is a grievance, not common ground).
    grants = matches(tokens, OF_COURSE) or any(tuple(tokens[: len(o)]) == o and at >= len(o) for o in CONCEDING_OPENERS)
    if answer is not None:
        denies = bool(answer) and answer[0] in NEGATORS and (answer[1:] in ([], ["|"]) or answer[1] in WHERE_WHEN)
        return "denied" if denies else "granted" if grants else "conceded"
    start = max((i for i in range(at) if tokens[i] in CONCESSIVE), default=None)
    if start is not None and "|" not in tokens[start:at] and "|" in tokens[at:]:
        return "conceded"
    if _common_ground(tokens[:at]):
        return "common"
    return "conceded" if grants else None


def _common_ground(tokens: list[str]) -> bool:
    """Whether the sentence opens by claiming what follows as common ground
    ("Nobody disputes that ...", "No one would deny that ..."): a point the
    speaker grants whatever their side, so it places no one, even with no
    "but" after it ("The question is ...")."""
    for opener in CONCEDING_OPENERS:  # only "nobody" and "no one" go on with a verb
        if tuple(tokens[: len(opener)]) == opener:
            verb = next((t for t in tokens[len(opener) :] if t not in MODALS), "")
            return bool(_bases(verb) & DISPUTING)
    return False


def _renamed(tokens: list[str], at: int, n: int) -> Literal["renamed"] | None:
    """"renamed" when the sentence opens on the cue and says what the thing
    is ("a toll on lorries is a tax on the valley by another name"): the judgement
    is in what follows "is a", so the cue only names the thing."""
    end = at + n
    copula = next((i for i in range(end, min(len(tokens), end + 3)) if tokens[i] in COPULA), None)
    if copula is None or at > 3 or "|" in tokens[:copula]:
        return None
    return "renamed" if tokens[copula + 1 : copula + 2] in (["a"], ["an"]) else None


def _spec_cues(tokens: list[str], present: set[str], specs: Sequence[PositionSpec]) -> list[tuple[str, str, int, int]]:
    """(position, cue, where, length in words) for each cue of the spec in the sentence."""
    found = []
    for spec in specs:
        for cue in spec.cues:
            words = _cue_words(cue)
            if words and words[0] in present:  # most cues are absent: one set test spares the scan
                found += [(spec.id, cue, at, len(words)) for at in _cue_at(tokens, words)]
    return found


def _sides(specs: Sequence[PositionSpec]) -> tuple[dict[str, str], bool] | None:
    """("for" and "against" -> position id, whether the labels name the
    sides) when the spec has two positions for and against one proposal:
    labelled so ("For the toll" / "Against the toll"), or one label keeping
    what is ("Keep the pier open", "For keeping the pier") and the other
    changing it ("Close the pier"); else None."""
    if len(specs) != 2:
        return None
    heads = [normal(p.label).split()[:2] for p in specs]
    first = {(h[0] if h else ""): p.id for h, p in zip(heads, specs, strict=True)}
    pro = next((first[w] for w in FOR_LABELS if w in first), None)
    con = next((first[w] for w in AGAINST_LABELS if w in first), None)
    if pro and con:
        return {"for": pro, "against": con}, True
    # "Keep ...", "Leave ...", "For keeping ...": the side of what is now; the other proposes the change.
    keeping = [p.id for h, p in zip(heads, specs, strict=True) if h and (h[0] in STATUS_QUO or (h[0] in FOR_LABELS and h[1:] and _bases(h[1]) & STATUS_QUO))]
    if len(keeping) != 1:
        return None
    change = next(p.id for p in specs if p.id != keeping[0])
    return {"for": change, "against": keeping[0]}, False


def _stances(tokens: list[str], specs: Sequence[PositionSpec], holders: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """A stance stated on the proposal itself, as a cue of the for or the
    against position: a verb or preposition of support or opposition with
    the proposal as its object within four words ("we back the plan", "who
    joined the campaign against the bill", "will vote against the toll"),
    held by one of ``holders`` named earlier in its clause ("those who oppose
    the plan say ..." is someone else's stance); a verdict said of it
    (``verdicts``), or of what a label keeps, the other way round ("the toll
    protects the causeway" beside "Keep the toll": for keeping it); and the
    grievance of not being asked ("nobody asked us",
    "we were never consulted"), which objects to how it was decided."""
    found_sides = _sides(specs)
    if not found_sides:
        return []
    sides, labelled = found_sides
    # The proposal's own words are those both labels share ("the toll" in "For
    # the toll" and "Against the toll"), not one side's ("... that riders are employees");
    # beside "Keep the toll" / "Scrap the toll" the shared words name what is kept, so only
    # a noun that names a proposal ("the plan") is one, and not one the keeping label names
    # ("Leave the firm to deliver its plan": backing that plan is keeping).
    first, second = ({w for w in normal(p.label).split()[1:] if w not in FUNCTION_WORDS} for p in specs)
    kept = next(p for p in specs if p.id == sides["against"])
    objects = PROPOSALS | (first & second) if labelled else PROPOSALS - set(normal(kept.label).split())
    # What is kept, judged to do good, speaks for keeping it ("the tariff protects the mills" beside
    # "Keep the tariff" / "Scrap the tariff"), judged to do harm, for the change: what it does is the
    # case for keeping or changing it. Backing the thing itself is no stance ("we back the pier"
    # beside "Close the pier to boats" / "Keep the pier open": both sides may keep it).
    kept_objects = frozenset() if labelled else frozenset(first & second)
    turned = {"for": sides["against"], "against": sides["for"]}
    found = []
    for i, t in enumerate(tokens):
        side = "for" if _bases(t) & SUPPORTING else "against" if _bases(t) & OPPOSING else None
        # Within four words, the "s" of a possessive not counted ("backs the chief constable's decision").
        reach = i + 5 + tokens[i + 1 : i + 7].count("s")
        end = next((j for j in range(i + 1, min(len(tokens), reach)) if tokens[j] == "|" or tokens[j] in objects), None)
        if not side or end is None or tokens[end] == "|":
            continue
        start = max((k + 1 for k in range(i) if tokens[k] == "|"), default=0)
        # The holder opens the clause, is named just before it ("Ann Lee, a critic of the plan, said"),
        # or opens the clause before a relative one ("Ann Lee, who ..., backs the plan").
        if holders.intersection(tokens[start:i] + _subject_before(tokens, start)) or (start >= 2 and tokens[start - 2] in holders):
            found.append((sides[side], " ".join(tokens[i : end + 1]), i, end + 1 - i))
    unasked = [(sides["against"], " ".join(tokens[i : i + len(w)]), i, len(w)) for w in UNASKED for i in matches(tokens, w)]
    return found + verdicts(tokens, sides, objects) + verdicts(tokens, turned, kept_objects) + unasked


def _voiced(role: str | None) -> frozenset[str]:
    """The head noun of whom a spokesperson speaks for ("commissioner" of
    "spokesman for the Police and Crime Commissioner"): in their words "The
    commissioner supports the plan" is the principal's stance, as "we
    support" is ("mayor" of "the mayor's spokeswoman" too); empty for anyone
    else."""
    spokes = SPOKES.match(role or "")
    return frozenset([w for w in normal(spokes.group("for") or spokes.group("who")).split() if w != "s"][-1:]) if spokes else frozenset()


def _subject_before(tokens: list[str], start: int) -> list[str]:
    """The words before a relative clause set off by commas that ends just
    before ``start`` ("Ann Lee" in "Ann Lee, who was hurt in March, has
    welcomed the plan"): the subject the clause at ``start`` goes on with;
    empty when no such clause stands there."""
    if start < 2:
        return []
    at = max((k + 1 for k in range(start - 1) if tokens[k] == "|"), default=0)
    if at == 0 or tokens[at] not in RELATIVE:
        return []
    return tokens[max((k + 1 for k in range(at - 1) if tokens[k] == "|"), default=0) : at - 1]


def evidence(block: Block, specs: Sequence[PositionSpec], after: str = "") -> Evidence:
    """Cues of each position in the block's words (all its wordings), the
    block alone but for ``after``, the speaker's next sentence (a "But ..."
    there answers the block); ``story_evidence`` weighs its concessions
    against the speaker's other words."""
    counted: dict[str, list[str]] = defaultdict(list)
    ignored: list[SetAside] = []
    weak: list[tuple[str, str, WeakKind]] = []
    # "I say", "she said ... and claimed", the outlet's "Kell said" frame the
    # speaker's own view, not one they report.
    own = FIRST_PERSON | {"he", "she"} | frozenset(normal(block.speaker or "").split())
    wordings = [(block.text, block.kind == "statement"), *((v.text, v.kind == "paraphrase") for v in block.variants)]
    for text, reported in dict.fromkeys(wordings):
        sentences = re.split(r"(?<=[.!?;])\s+", text)
        for n, sentence in enumerate(sentences):
            tokens = clause_words(sentence)
            present = {base for t in tokens for base in _bases(t)}
            following = clause_words(sentences[n + 1] if n + 1 < len(sentences) else after)
            # In reported speech the outlet's first verb ("the company said") is its frame.
            frame = next((i + 1 for i, t in enumerate(tokens) if t in language()["speech_verbs"]), 0) if reported else 0
            question = sentence.rstrip(" " + QUOTE_MARKS + SINGLE_MARKS).endswith("?")
            # A stance on the proposal is the speaker's when they hold it: "we
            # oppose ..." in their words, "she", "who" or their name in the outlet's.
            holders = own | REPORTED_HOLDERS if reported else FIRST_PERSON | OURS | _voiced(block.speaker_role)
            # A stance is shown as printed ("backs the chief constable's decision"), not in normal form.
            stances = [(pid, as_printed(cue, sentence), at, size) for pid, cue, at, size in _stances(tokens, specs, holders)]
            for pid, cue, at, size in [*_spec_cues(tokens, present, specs), *stances]:
                why = _why_not(tokens, at, own, frame, question)
                granted = None if why else _conceded(tokens, at, following) or _renamed(tokens, at, size)
                if why:
                    ignored.append(SetAside(pid, cue, *why))
                elif granted == "renamed":
                    ignored.append(SetAside(pid, cue, granted, RENAMED))
                elif granted == "conceded":
                    weak.append((pid, cue, granted))
                elif granted:
                    ignored.append(SetAside(pid, cue, granted, GRANTED[granted]))
                elif cue not in counted[pid]:
                    counted[pid].append(cue)
    kept = []
    for pid, cue, kind in weak:  # a conceded cue counts unless the speaker turns to another side
        if any(other != pid for other in counted):
            ignored.append(SetAside(pid, cue, kind, f"{WEAK[kind]}, then another side"))
        elif cue not in counted[pid]:
            counted[pid].append(cue)
            kept.append((pid, cue, kind))
    return Evidence({k: v for k, v in counted.items() if v}, tuple(dict.fromkeys(ignored)), tuple(kept))


def without(e: Evidence, gone: Mapping[tuple[str, str], tuple[SetAsideKind, str]]) -> Evidence:
    """``e`` with the cues ``gone`` ((position, cue) -> (kind, why)) no longer counted."""
    hit = [(pid, c) for pid, cues in e.counted.items() for c in cues if (pid, c) in gone]
    if not hit:
        return e
    counted = {pid: [c for c in cues if (pid, c) not in gone] for pid, cues in e.counted.items()}
    kept = tuple(w for w in e.weak if w[:2] not in gone)
    return Evidence({k: v for k, v in counted.items() if v}, e.ignored + tuple(SetAside(*h, *gone[h]) for h in hit), kept)


EXPERT = "a scholar weighing the evidence, not taking a side"
ECHOED = "echoes a view the speaker has just reported ('they say ...'), to answer it"


def story_evidence(blocks: Sequence[Block], specs: Sequence[PositionSpec], experts: Set[str] = frozenset()) -> dict[str, Evidence]:
    """Each block's evidence, with a cue set aside where the speaker echoes
    a view they have just reported, and a conceded cue set aside when the
    speaker's other words (not conceded) take another side or the speaker
    is one of the ``experts`` (scholars, ``no_side.experts``), who weigh a
    point before a "but" rather than grant it: what ``place`` and
    ``briefing explain`` both read."""
    # A quote is cut into one block a sentence: the next sentence is the block
    # that follows in the same source paragraph, from the same speaker.
    at = {(b.first, b.speaker): b for b in blocks}
    nxt = {b.id: at.get(((*b.first[:3], b.first[3] + 1), b.speaker)) for b in blocks}
    found = {b.id: evidence(b, specs, n.text if (n := nxt[b.id]) else "") for b in blocks}
    for b in blocks:
        # "They say the toll will empty the port. The toll will empty the
        # port of smugglers": words repeated right after reporting them are
        # the other side's, taken up to be answered, not the speaker's claim.
        heard = {(m.position, m.cue) for m in found[b.id].ignored if m.kind == "reported"}
        for echo in (b, nxt[b.id]) if heard and b.kind in SPEECH_KINDS else ():
            if echo is not None:
                found[echo.id] = without(found[echo.id], dict.fromkeys(heard, ("echoed", ECHOED)))
    firm: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        if b.speaker and b.kind in SPEECH_KINDS:
            e = found[b.id]
            weak = {w[:2] for w in e.weak}
            firm[b.speaker].update(pid for pid, cues in e.counted.items() if any((pid, c) not in weak for c in cues))
    for b in blocks:
        if not b.speaker or b.kind not in SPEECH_KINDS:
            continue
        e, expert = found[b.id], b.speaker in experts
        why = EXPERT if expert else "the speaker's other words take another side"
        gone = {(pid, cue): (kind, f"{WEAK[kind]}; {why}") for pid, cue, kind in e.weak if expert or firm[b.speaker] - {pid}}
        found[b.id] = without(e, gone)
    return found
