"""Cue evidence: one block (or a story's blocks) and the spec's positions
in, the cues that count for each position and those set aside, with why,
out (``Evidence``).

The cues are found where ``cue_words`` matches them. With
two positions labelled for and against one proposal, a stance stated on the
proposal itself ("we back the plan", "the campaign against the bill") or
a verdict said of it ("the tax is welcome", "the rise will hurt small
farms", "the ban will protect children": ``verdicts``) is a cue of that
side too; beside a label that keeps what is ("Keep the toll" / "Scrap the
toll"), one said of what it keeps ("the toll protects the causeway", "the
toll costs us") speaks for keeping it or for the change. With three
positions or more, the label that takes the proposal whole is for it and
the one that rejects it or keeps what is against it; a middle way ("only
with a cap") takes no side of a bare stance (``_among``). A cue counts
only where the speaker says it in their own voice (``set_aside`` says why
one does not). ``positions`` weighs this evidence into a placement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from .concession import GRANTED, WEAK, WeakKind, conceded
from .cue_words import NEGATORS, bases, clause_words, matches, spec_cues
from .data import lines, load, words
from .grievances import imposed, unasked
from .judged import judged, wanted_whichever
from .lexicon import language
from .model import SPEECH_KINDS, Block, PositionSpec
from .quotes import QUOTE_MARKS, SINGLE_MARKS
from .set_aside import FIRST_PERSON, PROPOSITION_NOUNS, RENAMED, SetAside, SetAsideKind, commented, echoed, renamed, why_not
from .stance_objects import aim, owned_after, owner_before, undoes, undone
from .verdicts import acted_on, doing, verdicts
from .wording import FUNCTION_WORDS, as_printed, normal

_WORDS = load("stance")  # each list's header there says why it holds its words
# A stance stated on a proposal ("we back the plan", "a critic of the
# plan"); the proposal is a noun that names one, or a word both labels
# share ("against the toll" for "For/Against the toll").
SUPPORTERS = words("stance", "supporters")  # nouns for those who hold a stance: "the plan's backers"
OPPONENTS = words("stance", "opponents")
STANCE_HOLDERS = SUPPORTERS | OPPONENTS  # either: "one of the plan's critics"
SUPPORTING = words("stance", "supporting") | SUPPORTERS
OPPOSING = words("stance", "opposing") | OPPONENTS
ADVOCATING = words("stance", "advocating")  # "campaigned for the ban"
PROPOSALS = words("stance", "proposals")
OURS = words("stance", "first_person_possessives")  # "our party opposes the plan"
REPORTED_HOLDERS = words("stance", "reported_holders")  # the outlet's "X said it would vote against ..."
FOR_LABELS = tuple(_WORDS["for_labels"])  # in order: the first found names the for side
AGAINST_LABELS = tuple(_WORDS["against_labels"])
STATUS_QUO = words("stance", "status_quo")
RESTRICTING = words("stance", "restricting_labels")
WHOLE = tuple(tuple(p.split()) for p in _WORDS["whole_labels"])
REFUSING = words("stance", "refusing_labels")
_CONSENT = [line.split(" ", 1) for line in lines("consent.txt")]
# WordNet's verbs of consent ("grant", "allow", "approve") and of refusal ("refuse", "turn down",
# "veto", "ban"): a label opened by one of refusal beside one opened by one of consent refuses
# what it grants. "Keep" is read as keeping what is (``STATUS_QUO``), not WordNet's "keep from".
CONSENTING = frozenset(v for kind, v in _CONSENT if kind == "consent")
REFUSAL = frozenset(v for kind, v in _CONSENT if kind == "refusal") - STATUS_QUO
COMPARATIVES = words("stance", "comparative_quantifiers")
PARTICLES = words("grammar", "phrasal_particles") | words("stance", "label_particles")
RELATIVE = words("grammar", "relative_pronouns") - {"that"}  # "that" opens clauses of every kind
PREPOSITIONS = words("grammar", "prepositions")
OPPOSITION = words("stance", "opposition")  # "shadow", "opposition": a politician, not a press officer, whoever their title
WHOSE = "whose"  # the possessive relative pronoun: its clause's subject is what is possessed ("X, whose sons ...")
# "Ridora spokeswoman", "spokesman for the trust": whom a spokesperson speaks for.
SPOKES = re.compile(r"^(?P<who>.+?)\s+spokes\w+$|^spokes\w+\s+(?:for|of)\s+(?:the\s+)?(?P<for>.+)$", re.I)


@dataclass(frozen=True)
class Evidence:
    """The cues found in a block: those that count, per position, and those
    set aside."""

    counted: dict[str, list[str]]
    ignored: tuple[SetAside, ...] = ()
    weak: tuple[tuple[str, str, WeakKind], ...] = ()  # (position, cue, kind in WEAK): counted only because nothing else in the block turns


@lru_cache(maxsize=32)  # read for every sentence: the labels are parsed once a spec (``draft`` passes many)
def label_sides(specs: tuple[PositionSpec, ...]) -> tuple[dict[str, str], bool] | None:
    """("for" and "against" -> position id, whether the labels name the
    sides) when the spec has two positions for and against one proposal:
    labelled so ("For the toll" / "Against the toll"), or one label keeping
    what is ("Keep the pier open", "For keeping the pier") and the other
    changing it ("Close the pier"), or one refusing what the other takes
    (``_rejects``: "Refuse the licence", "Do not allow the licence" beside
    "Grant the licence"); with three or more, ``_among``; else None."""
    if len(specs) != 2:
        return _among(specs)
    heads = [normal(p.label).split()[:2] for p in specs]
    first = {(h[0] if h else ""): p.id for h, p in zip(heads, specs, strict=True)}
    pro = next((first[w] for w in FOR_LABELS if w in first), None)
    con = next((first[w] for w in AGAINST_LABELS if w in first), None)
    if pro and con:
        return {"for": pro, "against": con}, True
    # "Keep ...", "Leave ...", "For keeping ...": the side of what is now; the other proposes the change.
    keeping = [p.id for h, p in zip(heads, specs, strict=True) if _keeps(h)]
    if len(keeping) == 1:
        change = next(p.id for p in specs if p.id != keeping[0])
        return {"for": change, "against": keeping[0]}, False
    # "Refuse the licence" beside "Grant the licence": the one that refuses what the other takes.
    labels = [normal(p.label).split() for p in specs]
    refusing = [p.id for p, h, other in zip(specs, labels, labels[::-1], strict=True) if h and other and _rejects(h, {other[0]})]
    if len(refusing) != 1:
        return None
    return {"for": next(p.id for p in specs if p.id != refusing[0]), "against": refusing[0]}, True


def _keeps(label: list[str]) -> bool:
    """Whether a label's words keep what is ("Keep ...", "Leave ...", "For keeping ...")."""
    return bool(label) and (label[0] in STATUS_QUO or (label[0] in FOR_LABELS and bool(label[1:]) and bool(bases(label[1]) & STATUS_QUO)))


def _restricts(label: list[str]) -> bool:
    """Whether a label takes the proposal only in part or on a condition
    (``RESTRICTING``); a "with" right after the label's verb, or after the
    verb's particles, is that verb's own preposition ("Proceed with the
    merger", "Go ahead with the merger": the prepositional and
    phrasal-prepositional verbs of Quirk et al. 1985, 16.5-16.6), no
    restriction."""
    rest = 1
    while label[rest : rest + 1] and label[rest] in PARTICLES:
        rest += 1
    return bool(RESTRICTING & set(label[rest + 1 :] if label[rest : rest + 1] == ["with"] else label))


def _rejects(label: list[str], verbs: Set[str]) -> bool:
    """Whether a label rejects the proposal: opened by "against", a negator
    ("No new pier") or a verb of opposition or refusal ("Reject ...",
    "Refuse ..."); or it denies the verb that opens another label
    (``verbs``: "Build the pier" beside "Do not build the pier", "Don't
    build the pier" or "Build no pier"; not "Don't decide yet", a wait, nor
    "Build no more than two", a limit); or, beside a label opened by a verb
    of consent ("Allow ...", "Grant ...", "Approve ..."), it opens with a
    verb of refusal ("Turn down ...", "Veto ...", "Ban ...") or denies a
    verb of consent ("Do not allow ..."), whichever verbs the two use."""
    consented = any(bases(v) & CONSENTING for v in verbs)
    if label[:2] in (["do", "not"], ["don", "t"]):
        denied = bases(label[2]) if label[2:] else frozenset()
        return any(denied & bases(v) for v in verbs) or consented and bool(denied & CONSENTING)
    if label[1:2] == ["no"]:
        return any(bases(label[0]) & bases(v) for v in verbs) and not set(label[2:3]) & COMPARATIVES
    if not label:
        return False
    refusal = bases(label[0]) | {" ".join(label[:2])}  # "turn down": a verb with its particle
    return label[0] in AGAINST_LABELS or label[0] in NEGATORS or bool(bases(label[0]) & (OPPOSING | REFUSING)) or consented and bool(refusal & REFUSAL)


def _named(label: list[str]) -> set[str]:
    """The words of what a label names after its opening verb or word."""
    return {w for w in label[1:] if w not in FUNCTION_WORDS}


def _among(specs: Sequence[PositionSpec]) -> tuple[dict[str, str], bool] | None:
    """The for and against sides of three positions or more: the one label
    for and the one against ("For cutting hours" / "Against cutting hours"
    beside a third way); else the one label that rejects the proposal or
    keeps what is ("Reject the plant", "No cap", "Keep the limit"), against,
    and the one that takes it without condition, for: of the others, the one
    that restricts it in no way ("only with a limit", "that exempts new
    homes": ``RESTRICTING``), or of several, the one that takes it whole
    ("as proposed", "on every road": ``WHOLE``) and names what another of
    them takes in part. A middle way takes no side
    of a bare verdict; None when no two labels are told apart so."""
    heads = {p.id: normal(p.label).split() for p in specs}
    kept = [pid for pid, h in heads.items() if _keeps(h)]
    pro = [pid for pid, h in heads.items() if h[:1] and h[0] in FOR_LABELS and pid not in kept]
    con = [pid for pid, h in heads.items() if h[:1] and h[0] in AGAINST_LABELS]
    if len(pro) == len(con) == 1:
        return {"for": pro[0], "against": con[0]}, True
    rejected = [pid for pid, h in heads.items() if _rejects(h, {o[0] for k, o in heads.items() if k != pid and o})]
    change = [pid for pid, h in heads.items() if pid not in kept + rejected and not _restricts(h)]
    if len(change) > 1:  # the whole of what another label takes in part: a word of its object shared ("each part" is not the package)
        change = [pid for pid in change if any(matches(heads[pid], w) for w in WHOLE) and any(_named(heads[pid]) & _named(heads[o]) for o in change if o != pid)]
    if len(kept + rejected) != 1 or len(change) != 1:
        return None
    return {"for": change[0], "against": (kept + rejected)[0]}, bool(rejected)


def _stances(tokens: list[str], specs: Sequence[PositionSpec], holders: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """A stance stated on the proposal itself, as a cue of the for or the
    against position: a verb or preposition of support or opposition with
    the proposal as its object within four words ("we back the plan", "who
    joined the campaign against the bill", "will vote against the toll"),
    the other way round on its undoing ("we oppose the plan's withdrawal",
    ``stance_objects``), a noun for its holders after its possessive ("one
    of the plan's critics"), an advocate's "for" before it ("campaigned for
    the ban"),
    held by one of ``holders`` named earlier in its clause ("those who oppose
    the plan say ..." is someone else's stance); a verdict said of it
    (``verdicts``), or of what a label keeps, the other way round ("the toll
    protects the causeway" beside "Keep the toll": for keeping it); and the
    grievance of not being asked ("nobody asked us",
    "we were never consulted"), which objects to how it was decided, or of
    what is now asked or taken of the speaker (``grievances``)."""
    found_sides = label_sides(tuple(specs))
    if not found_sides:
        return []
    sides, labelled = found_sides
    objects, first, second = _proposal_words(specs, sides, labelled)
    pair = [p for p in specs if p.id in sides.values()]
    kept = next(p for p in specs if p.id == sides["against"])
    # What is kept, judged to do good, speaks for keeping it ("the tariff protects the mills" beside
    # "Keep the tariff" / "Scrap the tariff"), judged to do harm, for the change: what it does is the
    # case for keeping or changing it. Backing the thing itself is no stance ("we back the pier"
    # beside "Close the pier to boats" / "Keep the pier open": both sides may keep it). With a third
    # way, which may keep it in part, what is kept is no side's.
    kept_objects = frozenset() if labelled or len(specs) > 2 else frozenset(first & second)
    # What the for side's action takes away is judged as what is kept ("For cutting the hours": "the hours help readers").
    change = next(p.label for p in pair if p.id == sides["for"])
    gone, unread = acted_on(change, first & second) if labelled else (frozenset(), frozenset())
    refused = _refused(kept.label)  # "No harbour levy": opposing the levy is that label's stance
    found = []
    for i, t in enumerate(tokens):
        side = "for" if bases(t) & SUPPORTING else "against" if bases(t) & OPPOSING else None
        owner = owner_before(tokens, i, objects) if bases(t) & STANCE_HOLDERS else None
        if side and owner is not None:  # "one of the plan's critics": the proposal's possessive before the noun of stance
            # The holder is the speaker, not what is theirs ("my neighbours are the plan's critics", "our opponents are ...").
            if _held(tokens, owner, holders - OURS):
                found.append((sides[side], " ".join(tokens[owner : i + 1]), owner, i + 1 - owner))
            continue
        # An advocate's "for" ("is fighting for the plan", "campaigned for the ban"); a verb of opposition before it opposes nothing.
        striving = tokens[i + 1 : i + 2] == ["for"] and side != "for"
        if striving:
            side = "for" if bases(t) & ADVOCATING else None
        if not side:
            continue
        # Within four words, the "s" of a possessive not counted ("backs the fire chief's decision"), nor
        # an advocate's "for" or the "of" after an undoing ("opposes the withdrawal of the plan").
        undoing_of = any(tokens[j + 1 : j + 2] == ["of"] and undoes(tokens[j], objects) for j in range(i + 1, i + 4 + striving))
        reach = i + 5 + tokens[i + 1 : i + 7].count("s") + striving + undoing_of
        targets = objects | refused if side == "against" else objects
        end = next((j for j in range(i + 1, min(len(tokens), reach)) if tokens[j] == "|" or tokens[j] in targets), None)
        # "rejected claims that the toll ...": the verb's object is a claim, the proposal is inside it.
        if end is None or tokens[end] == "|" or any(tokens[j] == "that" and tokens[j - 1].removesuffix("s") in PROPOSITION_NOUNS for j in range(i + 2, end)):
            continue
        # "opposes the plan's critics": the proposal owns the verb's object, those who hold a stance on it.
        owned = owned_after(tokens, end)
        if bases(owned) & STANCE_HOLDERS:
            continue
        undoing = undone(tokens, i, end, objects)
        # The aim striven for is the proposal itself ("for the ban", not "for the plan to be dropped"), or its undoing.
        if undoing is None or (striving and not undoing and not aim(tokens[i + 2 : i + 5], objects)):
            continue
        if undoing:  # "we oppose the plan's withdrawal", "pushed for the plan's withdrawal": a stance on its undoing is the other one
            side, end = "for" if side == "against" else "against", undoing
        # Beside a middle way, backing or opposing it on a condition ("we back the bill with the
        # amendment", "only if ...") is no bare stance for or against it.
        rest = tokens[end + 1 : next((j for j in range(end + 1, len(tokens)) if tokens[j] == "|"), len(tokens))]
        if len(specs) > 2 and RESTRICTING & set(rest):
            continue
        if _held(tokens, i, holders):
            found.append((sides[side], " ".join(tokens[i : end + 1]), i, end + 1 - i))
    grievances = unasked(tokens, sides["against"], objects) + imposed(tokens, sides["against"], objects)
    return found + verdicts(tokens, sides, objects - gone - unread | doing(change), kept_objects | gone) + grievances


def proposal_words(specs: Sequence[PositionSpec]) -> frozenset[str]:
    """The words that name the proposal the labels are for and against
    (``_proposal_words``); empty when they tell no for and against apart."""
    found_sides = label_sides(tuple(specs))
    return _proposal_words(specs, *found_sides)[0] if found_sides else frozenset()


def _proposal_words(specs: Sequence[PositionSpec], sides: dict[str, str], labelled: bool) -> tuple[frozenset[str], set[str], set[str]]:
    """The words that name the proposal, and the words of the for and the
    against label after their first. The proposal's own words are those both
    labels share ("the toll" in "For the toll" and "Against the toll"), not
    one side's ("... that riders are employees"); beside "Keep the toll" /
    "Scrap the toll" the shared words name what is kept, so only a noun that
    names a proposal ("the plan") is one, and not one the keeping label
    names ("Leave the firm to deliver its plan": backing that plan is
    keeping)."""
    pair = [p for p in specs if p.id in sides.values()]
    first, second = ({w for w in normal(p.label).split()[1:] if w not in FUNCTION_WORDS} for p in pair)
    kept = next(p for p in specs if p.id == sides["against"])
    objects = PROPOSALS | (first & second) if labelled else PROPOSALS - set(normal(kept.label).split())
    return frozenset(objects), first, second


def _refused(label: str) -> frozenset[str]:
    """The head noun of what a label opened by the negative determiner "no"
    refuses ("levy" of "No harbour levy", "bridge" of "No toll bridge:
    widen the road"): its last word before a clause break or a function word;
    empty for any other label."""
    words = clause_words(label)
    if words[:1] != ["no"]:
        return frozenset()
    named = words[1 : next((i for i, w in enumerate(words) if i and (w == "|" or w in FUNCTION_WORDS)), len(words))]
    return frozenset(named[-1:])


def _voiced(role: str | None) -> frozenset[str]:
    """The head noun of whom a spokesperson speaks for ("commissioner" of
    "spokesman for the Lowmere Water Commissioner"): in their words "The
    commissioner supports the plan" is the principal's stance, as "we
    support" is ("mayor" of "the mayor's spokeswoman" too); empty for anyone
    else."""
    spokes = SPOKES.match(role or "")
    return frozenset([w for w in normal(spokes.group("for") or spokes.group("who")).split() if w != "s"][-1:]) if spokes else frozenset()


def title(role: str) -> list[str]:
    """A role's head noun, its last word before a preposition ("pilot" of
    "harbour pilot for twenty years"), as a list of none or one."""
    words = normal(role).split()
    return next((words[:i] for i, w in enumerate(words) if w in PREPOSITIONS), words)[-1:]


def _held(tokens: list[str], at: int, holders: frozenset[str]) -> bool:
    """Whether the stance whose words begin at ``at`` is held by one of
    ``holders``: one opens its clause, is named just before it ("Ann Lee, a
    critic of the plan, said"), or opens the clause before a relative one
    ("Ann Lee, who ..., backs the plan"); a "whose" clause's stance is held
    by what it possesses ("Ann Lee, whose sons back the plan"), not by her."""
    start = max((k + 1 for k in range(at) if tokens[k] == "|"), default=0)
    if tokens[start] == WHOSE:
        return False
    return bool(holders.intersection(tokens[start:at] + _subject_before(tokens, start))) or (start >= 2 and tokens[start - 2] in holders)


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


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def evidence(block: Block, specs: Sequence[PositionSpec], after: str = "", voiced: frozenset[str] = frozenset()) -> Evidence:
    """Cues of each position in the block's words (all its wordings), the
    block alone but for ``after``, the speaker's next sentence (a "But ..."
    there answers the block), and ``voiced``, the titles a spokesperson
    voices ("The superintendent believes ..." is the principal's view, not
    one reported to answer it; "The superintendent says ..." may be
    another's, answered); ``story_evidence`` weighs its concessions
    against the speaker's other words."""
    counted: dict[str, list[str]] = defaultdict(list)
    ignored: list[SetAside] = []
    weak: list[tuple[str, str, WeakKind]] = []
    # "I say", "she said ... and claimed", the outlet's "Roe said" frame the
    # speaker's own view, not one they report.
    # A spokesperson's "The company believes ..." is the principal's view too, whom their role names.
    own = FIRST_PERSON | {"he", "she"} | frozenset(normal(block.speaker or "").split()) | _voiced(block.speaker_role)
    wordings = [(block.text, block.kind == "statement"), *((v.text, v.kind == "paraphrase") for v in block.variants)]
    for text, reported in dict.fromkeys(wordings):
        sentences = _SENTENCE_END.split(text)
        for n, sentence in enumerate(sentences):
            tokens = clause_words(sentence)
            present = {base for t in tokens for base in bases(t)}
            following = clause_words(sentences[n + 1] if n + 1 < len(sentences) else after)
            # In reported speech the outlet's first verb ("the company said") is its frame.
            frame = next((i + 1 for i, t in enumerate(tokens) if t in language()["speech_verbs"]), 0) if reported else 0
            question = sentence.rstrip(" " + QUOTE_MARKS + SINGLE_MARKS).endswith("?")
            # A stance on the proposal is the speaker's when they hold it: "we
            # oppose ..." in their words, "she", "who" or their name in the outlet's.
            holders = own | REPORTED_HOLDERS if reported else FIRST_PERSON | OURS | _voiced(block.speaker_role)
            # A stance is shown as printed ("backs the fire chief's decision"), not in normal form.
            stances = [(pid, as_printed(cue, sentence), at, size) for pid, cue, at, size in _stances(tokens, specs, holders)]
            cued = spec_cues(tokens, present, specs)
            # "Rebuild it or refurbish it, I don't mind which": alternatives all of one position still want it.
            one_side = wanted_whichever(tokens, cued)
            for k, (pid, cue, at, size) in enumerate([*cued, *stances]):
                why = (
                    why_not(tokens, at, own, frame, question, voiced)
                    # The outlet's own frame of reported speech ("the pier, the council said, is unsafe") is no comment clause.
                    or (None if reported else commented(tokens, at, size, own))
                    or echoed(tokens, at, size, question, following)
                    # A stance said as a verdict reads its own denial and comparison (``verdicts``): only a spec's cue is judged here.
                    or (judged(tokens, at, size, one_side) if k < len(cued) else None)
                )
                granted = None if why else conceded(tokens, at, following) or renamed(tokens, at, size)
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
    said = {*counted, *(pid for pid, _, _ in weak)}  # sides said at all: two conceded ones cancel, whichever comes first
    for pid, cue, kind in weak:  # a conceded cue counts unless the speaker turns to another side
        if any(other != pid for other in said):
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


def story_evidence(
    blocks: Sequence[Block], specs: Sequence[PositionSpec], experts: Set[str] = frozenset(), voices: Mapping[str, str] | None = None
) -> dict[str, Evidence]:
    """Each block's evidence, with a cue set aside where the speaker echoes
    a view they have just reported, and a conceded cue set aside when the
    speaker's other words (not conceded) take another side or the speaker
    is one of the ``experts`` (scholars, ``no_side.experts``), who weigh a
    point before a "but" rather than grant it; a principal's other words
    include those of whoever speaks for them (``voices``: spokesperson ->
    principal, ``positions.voices``), and a spokesperson's "The mayor
    believes ..." voices the story's speaker of that title: what ``place``
    and ``briefing explain`` both read."""
    # A quote is cut into one block a sentence: the next sentence is the block
    # that follows in the same source paragraph, from the same speaker.
    at = {(b.first, b.speaker): b for b in blocks}
    nxt = {b.id: at.get(((*b.first[:3], b.first[3] + 1), b.speaker)) for b in blocks}
    # A spokesperson voices their principal by title ("The superintendent believes ..."): the titles of the
    # story's other speakers. Not the opposition's spokesperson, who answers the minister they name.
    titles = {w for b in blocks if b.speaker_role and b.kind in SPEECH_KINDS for w in title(b.speaker_role)}
    press = {b.speaker_role for b in blocks if SPOKES.match(b.speaker_role or "") and not OPPOSITION & set(normal(b.speaker_role or "").split())}
    voiced = {b.id: frozenset(titles - set(title(b.speaker_role or ""))) if b.speaker_role in press else frozenset() for b in blocks}
    found = {b.id: evidence(b, specs, n.text if (n := nxt[b.id]) else "", voiced[b.id]) for b in blocks}
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
            sides = {pid for pid, cues in e.counted.items() if any((pid, c) not in weak for c in cues)}
            firm[b.speaker].update(sides)
            firm[(voices or {}).get(b.speaker, b.speaker)].update(sides)
    for b in blocks:
        if not b.speaker or b.kind not in SPEECH_KINDS:
            continue
        e, expert = found[b.id], b.speaker in experts
        why = EXPERT if expert else "the speaker's other words take another side"
        gone = {(pid, cue): (kind, f"{WEAK[kind]}; {why}") for pid, cue, kind in e.weak if expert or firm[b.speaker] - {pid}}
        found[b.id] = without(e, gone)
    return found
