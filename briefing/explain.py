"""Why each speaker sits where they do: a built ``Briefing`` and its ``Spec``
in, plain text for a terminal out (``briefing explain``).

It lists each speaker with the sections their words were placed in and why
(the cues matched, the stance carried, a cue of the other side taken as
the point answered, or a timetable kept in context: each block's
``reason``), the cues set aside (negated, reported, dismissed, conceded,
granted then denied) and where, the speakers
left unplaced, the cues that matched nothing, those most speakers say,
and the positions with no material; without a spec, the speakers who have
no section of their own (an outlet, one who only reports) and why. It only reads what
``positions`` decided and asks ``cues.story_evidence`` for the cues, the
same evidence ``positions.place`` weighed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .cues import Evidence, story_evidence
from .messages import excerpt
from .model import CONTEXT_ID, SPEECH_KINDS, Block, Briefing, Spec
from .no_side import experts, weighed
from .positions import voices

EXCERPT_CHARS = 72  # a statement's first words, enough to know it by
# What a user can do about what the lists above them show.
PLACE_ONE = "(to place a speaker, add a phrase from their words to a position's cues, or give them a position in [actors])"
REWORD = "(a cue matches its words side by side, in any regular tense or number: shorten it, or copy it from a speaker's words)"
# A cue in the words of most speakers ("the", the story's subject) is likely to tell no side
# apart: listed when this many speakers say it at least, and more than half of all who speak.
COMMON_SPEAKERS = 4
COMMON = "(words most speakers use tell no side apart: keep such a cue only if they all hold that position)"


def explain(briefing: Briefing, spec: Spec | None, speaker: str | None = None) -> str:
    """The explanation; ``speaker`` (part of a name, any case) keeps only
    the speakers whose names hold it."""
    if spec is None:
        return _no_spec(briefing, speaker)
    labels = {p.id: p.label for p in briefing.positions}
    roles = dict(briefing.roles)
    lines = [f"{briefing.title}", ""]
    by_speaker = defaultdict(list)
    matched: set[str] = set()
    said_by: dict[str, set[str]] = defaultdict(set)  # a cue -> the speakers in whose words it was found
    story = weighed(briefing.blocks, story_evidence(briefing.blocks, spec.positions, experts(briefing.roles), voices(briefing.blocks, roles)))
    for b in briefing.blocks:
        found = story[b.id]
        found_here = {*(c for cues in found.counted.values() for c in cues), *(m.cue for m in found.ignored)}
        matched |= found_here
        if b.speaker and b.kind in SPEECH_KINDS:
            for cue in found_here:
                said_by[cue].add(b.speaker)
            if speaker is None or holds(b.speaker, speaker):
                by_speaker[b.speaker].append((b, found))
    unplaced = []
    lines.append("Speakers, and why each statement is where it is:")
    order = list(labels)
    for name, items in sorted(by_speaker.items(), key=lambda kv: _rank(kv[1], order)):
        where = sorted({_placed(b) for b, _ in items}, key=lambda p: (p == CONTEXT_ID, order.index(p)))
        if where == [CONTEXT_ID]:
            unplaced.append(name)
            continue
        role = f" ({roles[name]})" if roles.get(name) else ""
        lines.append(f"  {name}{role}: " + "; ".join(labels[p] for p in where))
        lines += _reasons(items, labels)
    if not set(by_speaker) - set(unplaced):
        lines.append("  none placed")
    # Under --speaker, "none" would say the whole story has no one unplaced.
    if unplaced or speaker is None:
        lines += ["", "Speakers left unplaced (their words are in Background and context):"]
        for name in unplaced:
            lines.append(f"  {name}:")
            lines += _reasons(by_speaker[name], labels)
        lines.append(f"  {PLACE_ONE}" if unplaced else "  none")
    if speaker is not None:  # the rest is about the whole story, not one speaker
        return "\n".join(lines) + "\n"
    lines += ["", "Cues that matched nothing in these sources:"]
    silent = [(p.label, c) for p in spec.positions for c in p.cues if c not in matched]
    lines += [f'  "{c}" ({label})' for label, c in silent] + [f"  {REWORD}"] if silent else ["  none"]
    lines += _common(spec, said_by, {b.speaker for b in briefing.blocks if b.speaker and b.kind in SPEECH_KINDS})
    lines += ["", "Positions with no material:"]
    held = {b.position for b in briefing.blocks}
    empty = [p.label for p in spec.positions if p.id not in held]
    lines += [f"  {label}" for label in empty] or ["  none"]
    return "\n".join(lines) + "\n"


def _no_spec(briefing: Briefing, speaker: str | None) -> str:
    """Without a spec: that statements are grouped by speaker, the speakers
    who have no section (an outlet, one who only reports) with why, and how
    to write a spec."""
    left: dict[str, list[tuple[Block, Evidence]]] = defaultdict(list)
    for b in briefing.blocks:
        if b.speaker and b.kind in SPEECH_KINDS and _placed(b) == CONTEXT_ID and (speaker is None or holds(b.speaker, speaker)):
            left[b.speaker].append((b, Evidence({})))
    lines = ["No spec: statements are grouped by speaker, so no speaker is placed in a position."]
    if left:
        lines += ["", "Speakers with no section of their own (their words are in Background and context):"]
        labels = {p.id: p.label for p in briefing.positions}
        for name, items in left.items():
            lines.append(f"  {name}:")
            lines += _reasons(items, labels)
        lines.append("")
    lines.append("Run `briefing init` on the articles to draft a briefing.toml, edit it, and explain again.")
    return "\n".join(lines) + "\n"


def _common(spec: Spec, said_by: dict[str, set[str]], speakers: set[str]) -> list[str]:
    """The cues most speakers say (``said_by``, of all ``speakers``), under
    a heading; none when no cue is."""
    common = [
        f'  "{c}" ({p.label}): in the words of {n} of {len(speakers)} speakers'
        for p in spec.positions for c in p.cues
        if (n := len(said_by[c])) >= COMMON_SPEAKERS and n * 2 > len(speakers)
    ]
    return ["", "Cues that most speakers say:", *common, f"  {COMMON}"] if common else []


def holds(name: str, part: str) -> bool:
    """Whether speaker ``name`` holds ``part`` (``--speaker``), in any case."""
    return part.casefold() in name.casefold()


def printed_with(briefing: Briefing, part: str) -> str:
    """For a ``--speaker`` no speaker's name holds: the speakers of the
    statements whose words print it ("Jo Roe of the charity Age Forward
    said ..." given to Age Forward), each with their first such block, so a
    person can look them up; empty when none does."""
    found: dict[str, str] = {}
    for block in briefing.blocks:
        if block.speaker and holds(block.text, part):
            found.setdefault(block.speaker, block.id)
    return ", ".join(f"{name} ({bid})" for name, bid in found.items())


def _reasons(items: list[tuple[Block, Evidence]], labels: dict[str, str]) -> list[str]:
    """One speaker's statements under each reason that placed them (a
    stance carried to ten statements is said once), each statement with its
    first words, so a reader sees which one it is without the JSON."""
    by_reason: dict[tuple[str, str], list[tuple[Block, Evidence]]] = defaultdict(list)
    for b, found in items:
        by_reason[(_placed(b), _why(b, found, labels))].append((b, found))
    lines = []
    # The statements whose own cues placed them come first: a stance carried
    # from them ("other words match ... (cue X)") reads after the cue it names.
    for (pid, reason), group in sorted(by_reason.items(), key=_not_by_own_cue):
        # Most reasons name the position they place in; the others are headed with it.
        lines.append(f"    {reason if labels[pid] in reason else f'{labels[pid]}: {reason}'}")
        for b, found in group:
            text = excerpt(b.text, EXCERPT_CHARS)
            lines.append(f"      {b.id} " + (f"“{text}”" if b.kind == "quote" else f"(reported) {text}"))
            lines += _set_aside([(b, found)], labels)
    return lines


def _not_by_own_cue(entry: tuple[tuple[str, str], list[tuple[Block, Evidence]]]) -> bool:
    """Whether no statement of a reason's group holds a cue of the position it is in."""
    (pid, _), group = entry
    return not any(found.counted.get(pid) for _, found in group)


def _why(block: Block, found: Evidence, labels: dict[str, str]) -> str:
    """The block's reason; for one left in context though it holds cues,
    what it holds: cues of two positions or more, none ahead ("residues" of one
    side, "buffer strips" of the other) weigh each other out, which "no cue
    in these words" would hide."""
    tied = {pid: cues for pid, cues in found.counted.items() if cues}
    if _placed(block) != CONTEXT_ID or len(tied) < 2:
        return block.reason or ""
    held = "; ".join(", ".join(f'"{c}"' for c in cues) + f" ({labels[pid]})" for pid, cues in tied.items())
    return f"cues of more than one position, none ahead of the others, so no side: {held}"


def _rank(items: list[tuple[Block, Evidence]], order: list[str]) -> tuple[int, int]:
    """Speakers listed by the position most of their statements are in, in
    the spec's order, and the most quoted first within it."""
    held = Counter(_placed(b) for b, _ in items if _placed(b) != CONTEXT_ID)
    main = min(held, key=lambda p: (-held[p], order.index(p))) if held else CONTEXT_ID
    return order.index(main), -len(items)


def _placed(block: Block) -> str:
    """The block's position: a ``Briefing`` holds placed blocks only."""
    assert block.position is not None, block.id
    return block.position


def _set_aside(items: Iterable[tuple[Block, Evidence]], labels: dict[str, str]) -> list[str]:
    """The cues found in these blocks that did not count, and why: each cue
    once per block, with the first reason found (its text is read before
    an outlet's sentence that carries it again, which can name another)."""
    first: dict[tuple[str, str, str], str] = {}
    for b, found in items:
        for m in found.ignored:
            first.setdefault((b.id, m.position, m.cue), m.why)
    return [f'        set aside in {bid}: "{cue}" ({labels[pid]}), {why}' for (bid, pid, cue), why in first.items()]
