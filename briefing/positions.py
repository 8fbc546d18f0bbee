"""Positions: blocks and the spec in, placed blocks and the briefing's
sections out (``Placed``).

A block goes to the position its own counted cues favour (``cues`` says
which cues count), else to its speaker's stance; a block whose only cue is
of one side, from a speaker whose other words (a spokesperson's include
their principal's) take the other side clearly and at least twice, names
that side's point to answer it and goes with the speaker; so does, with two positions, the one cue of a side whose view the
speaker reports ("critics say ..."), alone in its block, from a speaker
who says the other side's cues. A speaker's counted cues include those
of the outlet's sentence on what they want or propose ("Rep. Ada Corr, a
Ulverby Democrat, wants ...") and of their spokesperson's words ("The
commissioner supports ...": ``voices``). A speaker whose counted
cues fall clearly on one side (twice as many as any other) carries that
stance to their other statements; a view reported and denied or never
held in the speaker's own words counts for the other side (of three
positions, the for or against side the labels tell apart, when the
speaker says no cue of the middle way); with two positions, so does a
view dismissed, granted and answered with a "but", as
does a cue of one side negated by a speaker who says no cue of their own
("It is not a subsidy"). A speaker with no cue of their own introduced as disagreeing with the
speaker before ("Roe disagreed.", "But Roe said ..."), or whose quote
opens on the view of side-takers it names ("Police say ..."), takes the
side they do not (of three positions, the for or against side the labels
tell apart, when the one answered holds the other); with two positions,
so does a speaker of the opposition with no cue of their own ("who speaks
on housing for the opposition", "shadow minister") against the
government's side (``answers.answering``); one the outlet says signed or
joined the petition or campaign of side-takers ("who signed the anglers'
petition") takes theirs (``answers.joined``). A spokesperson, an office ("the mayor's office"),
a lawyer ("the union's lawyer") or staff whose title speaks for another
speaker ("chief of staff to Ada Corr") carries its principal's stance (for a
body, "spokeswoman for the trust", the stance of the one whose role names
it: "chief executive of the Pellby Trust"); a speaker with no cue of their
own takes the side of the side-taking speakers of the same body when they
agree (a named body in their roles, "nurse at Ulverby General" and "surgeon at
Ulverby General Hospital", not a university's; a minister or a ministry with
the government's other speakers), or the side of a body ``[actors]``
lists that their role names, or the position whose label names, by a
plural possessive, the group their role's head noun is one of ("ward
nurse" under "Behind the nurses' strike"), or the side of the group the
outlet introduces them as one of (``bodies.introduced``, ``minority``), or the position
whose proposal they report the critics of, to answer them ("Critics call
the bridge an eyesore": ``answers.critics``), or the side the outlet
sets them apart from ("Not everyone is worried.": ``minority``) or names
them after ("Critics say ...": ``minority``), or, when they are or speak
for the applicant a question of permission names ("Should Ebbing Salvage
be allowed to ...?"), the side that grants it (``applicant``); a timetable in
a side-taking speaker's own words ("we will meet them on Thursday") takes
no side and stays in context. A speaker whose words match two positions is listed as
mixed. A speaker who said no cue and has no side carried may then be
placed, with two positions, by the story's own vocabulary (``leaning``).
``[actors]`` in the spec overrides inference. Narrative with no speaker
(events, figures), the outlets' own commentary and the words of a speaker
with no clear side go to ``context``; every block says why it sits where
it does.

Without a spec, each speaker gets a section of their own, but an outlet of
the sources or a speaker who only reports (``headlines.cited``): an
outlet's report is how the story reaches the reader, not a voice of it, and
its statements go to ``context``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .answers import answering, critics, joined, reports
from .applicant import applicants
from .bodies import FIRMS, SPOKES, a_firm, fellows_of, heads_a_firm, heads_the_company, introduced, label_holders, listed_bodies
from .concession import GRANTED
from .cue_words import matches
from .cues import Evidence, label_sides, story_evidence
from .data import load, words
from .described import described
from .headlines import cited
from .leaning import lean
from .minority import set_apart
from .model import (
    CONTEXT_ID,
    CONTEXT_LABEL,
    SPEECH_KINDS,
    Block,
    Position,
    PositionSpec,
    Source,
    Spec,
)
from .no_side import experts, unplaceable, weighed
from .set_aside import SetAside, SetAsideKind
from .why import CLEAR_RATIO, Why, winner
from .wording import normal

# Set-aside kinds that speak for the other side; not common ground, which either side may claim.
TURNED: tuple[SetAsideKind, ...] = ("dismissed", *(k for k in GRANTED if k != "common"))
OF_TITLE = dict(p.split() for p in load("stance")["title_adjectives"])  # "mayoral" -> "mayor"
_UNITS = "|".join(re.escape(unit) for unit in sorted(words("reporting", "speaking_units")))
_OFFICE = re.compile(rf"^(?:the\s+)?(?P<who>.+?)['’]s?\s+(?:spokes\w+|{_UNITS})$", re.I)
# Staff who speak for whom they serve, of any rank ("top adviser to Roe", "Roe's deputy campaign manager"); not a former one.
_STAFF = "|".join(re.escape(t) for t in sorted(sorted(words("reporting", "speaking_staff")), key=len, reverse=True))
_STAFF_FOR = re.compile(rf"^(?:(?:an?|the)\s+)?(?P<rank>(?:[\w-]+\s+)*?)(?:{_STAFF})\s+(?:to|for|of)\s+(?:the\s+)?(?P<for>.+)$", re.I)
_STAFF_OF = re.compile(rf"^(?:the\s+)?(?P<who>.+?)['’]s?\s+(?P<rank>(?:[\w-]+\s+)*?)(?:{_STAFF})$", re.I)
_FORMER = words("stance", "former")
# Why an outlet's statements have no section of their own without a spec.
_RELAYED = "is an outlet or only reports what others did or said: how the story reaches the reader, not a voice of it"


@dataclass(frozen=True)
class Placed:
    blocks: tuple[Block, ...]
    positions: tuple[Position, ...]


def principal(speaker: str, speakers: Sequence[str], roles: dict[str, str], stance: Mapping[str, str | None] | None = None) -> str | None:
    """Whom a spokesperson, an office, a lawyer or staff (``_voiced``) speaks for: the one other
    speaker whose name holds the principal's words or whose role is the
    principal or names it (a title by its adjective, "mayoral spokesman";
    "the union's lawyer": the union, and "general
    secretary of the Couriers' Union"), or, when none is, whose role names
    it before their title ("council leader" for "a council spokeswoman":
    ``_heads``), or, for "the company" or "the
    firm" when no name holds it, whose role heads a firm, and for a firm
    named in full ("Tolvar Gravel's spokeswoman"), whose role heads "the
    company" or "the firm"; of several, the first with a
    ``stance`` when all those with one agree (a body and its head)."""
    whose = _voiced(speaker, roles.get(speaker, ""))
    who = [OF_TITLE.get(w, w) for w in normal(whose).split()]  # "mayoral": the mayor's
    if not who:
        return None
    found = [s for s in speakers if s != speaker and _is(s, tuple(who), normal(roles.get(s, "")).split())]
    found = found or [s for s in speakers if s != speaker and _heads(tuple(who), normal(roles.get(s, "")).split())]
    if not found and len(who) == 1 and who[0] in FIRMS:  # "for the company", a firm named in full elsewhere: its head's
        found = [s for s in speakers if s != speaker and heads_a_firm(s, roles.get(s, ""))]
    elif a_firm(who) and all(normal(s).split() == who for s in found):  # "Tolvar Gravel's spokeswoman": the firm, or "the company's managing director"
        found += [s for s in speakers if s != speaker and heads_the_company(roles.get(s, ""))]
    sides = {s: side for s in found if (side := (stance or {}).get(s))}
    if len(found) > 1 and len(set(sides.values())) == 1:
        return next(iter(sides))
    return found[0] if len(found) == 1 else None


def _voiced(speaker: str, role: str) -> str:
    """Whom a speaker's name or role says they speak for, as written: a
    spokesperson's, an office's or a lawyer's principal, or that of staff
    whose title speaks for them (``speaking_staff``: "chief of staff to
    Ada Corr", "the mayor's press secretary"), not former staff; else ""."""
    if m := _OFFICE.match(speaker) or SPOKES.match(speaker) or SPOKES.match(role) or _OFFICE.match(role):
        return m.group("who") or m.group("for")
    for text in (speaker, role):
        staff = _STAFF_FOR.match(text) or _STAFF_OF.match(text)
        if staff and not _FORMER & set(normal(staff.group("rank")).split()):
            return staff.groupdict().get("who") or staff.group("for")
    return ""


def voices(blocks: Sequence[Block], roles: Mapping[str, str]) -> dict[str, str]:
    """Who speaks for another speaker of the story: spokesperson, office,
    lawyer or staff -> their ``principal`` (found by name and role alone)."""
    names = list(dict.fromkeys(b.speaker for b in blocks if b.speaker and b.kind in SPEECH_KINDS))
    role_of = dict(roles)
    return {name: head for name in names if (head := principal(name, names, role_of))}


def _is(name: str, who: tuple[str, ...], role: list[str]) -> bool:
    """Whether the speaker ``name`` with ``role`` is the principal ``who``:
    by name, by role, by name after a title their role holds ("Mayor Ada
    Corr" for Ada Corr, the mayor), or as the one whose role names the body
    after "of" ("chief executive of the Pellby Trust" for "spokeswoman for
    the trust")."""
    named = normal(name).split()
    head = role[role.index("of") + 1 :] if "of" in role else []
    title = list(who[: -len(named)])
    titled = len(who) > len(named) and list(who[-len(named) :]) == named and set(title) <= set(role)
    return bool(matches(named, who) or role == list(who) or matches(head, who) or titled)


def _heads(who: tuple[str, ...], role: list[str]) -> bool:
    """Whether a role names the body ``who`` before its title, the English
    noun compound whose first words say whose the head is ("council leader"
    for "a council", "chess club captain" for "the chess club's"): read
    only when no speaker is the principal by ``_is``."""
    return len(role) > 1 and role[:-1] == [w for w in who if w not in ("a", "an", "the", "s")]


def place(
    blocks: Sequence[Block],
    spec: Spec,
    roles: Sequence[tuple[str, str]] = (),
    descriptions: Sequence[tuple[str, str]] = (),
    sources: Sequence[Source] = (),
) -> Placed:
    """Give every block a position and a reason; ``roles`` is each speaker's
    role, ``descriptions`` the other ones the outlets give them; without a
    spec, the ``sources`` name the outlets that get no section."""
    if not spec.from_file:
        return _by_speaker(blocks, sources)
    order = [p.id for p in spec.positions]
    labels = {p.id: p.label for p in spec.positions}
    scholars = experts(roles)
    role_of = dict(roles)
    spokes = voices(blocks, role_of)
    found = weighed(blocks, story_evidence(blocks, spec.positions, scholars, spokes), scholars)
    tallies, cues_of, set_aside = _tally(blocks, found, spec.positions, spokes, role_of, descriptions)
    opposite = _opposite(spec.positions)
    if opposite:
        lone = _lone(blocks, found)
        for name, marks in set_aside.items():
            _turn(name, marks, tallies[name], cues_of, opposite, lone[name], len(order) == 2)
    actors = dict(spec.actors)
    stance = {name: winner(counts, order, CLEAR_RATIO) for name, counts in tallies.items()}
    stance.update(actors)
    sides = answering(blocks, tallies, stance, actors, role_of, opposite, len(order) == 2)  # "Roe disagreed.": the side Roe does not take
    stance.update({name: side for name, (side, _, _) in sides.items()})
    answers = {name: (answered, how) for name, (_, answered, how) in sides.items()}
    # "Ona Brisk, who signed the anglers' petition, said ...": the side of whose demand she takes up
    taken_up = joined(blocks, role_of, stance, {n for n, c in tallies.items() if not c and not stance.get(n) and n not in actors})
    stance.update({name: stance[other] for name, (other, _) in taken_up.items()})
    carried, fellows, heads = _carry(blocks, tallies, stance, actors, role_of)
    members = label_holders(tallies, stance, actors, role_of, spec.positions)
    stance.update({name: pid for name, (pid, _) in members.items()})
    asking = applicants(spec.question, spec.positions, [n for n, c in tallies.items() if not c and not stance.get(n) and n not in actors], role_of)
    stance.update({name: pid for name, (pid, _) in asking.items()})  # "Should Ebbing Salvage be allowed to ...": its own speakers
    framed = introduced(blocks, tallies, stance, actors, role_of)
    stance.update({name: stance[group] for name, (group, _) in framed.items()})
    # Who says no cue and has no side yet; not a scholar (``scholars`` above), who speaks as an independent expert: their "critics say" weighs a view, not answers it.
    unplaced = {n for n, counts in tallies.items() if not counts and not stance.get(n) and n not in {*actors, *scholars}}
    views = critics(blocks, spec.positions, unplaced)
    stance.update({name: pid for name, (pid, _, _) in views.items()})
    apart = set_apart(blocks, spec.positions, unplaced - views.keys(), role_of)
    stance.update({name: pid for name, (pid, _) in apart.items()})
    mixed = {name for name, counts in tallies.items() if len(counts) > 1 and name not in actors}
    placed = []
    why = Why(
        stance, actors, carried, labels, cues_of, answers, dict(tallies), fellows, {n: g for n, (_, g) in members.items()}, framed, views, heads, spokes, apart,
        {n: a for n, (_, a) in asking.items()},
        taken_up,
    )
    for b in blocks:
        pid, reason = why.placement(b, found[b.id].counted, order)
        if b.speaker in mixed and b.kind in SPEECH_KINDS and pid != CONTEXT_ID:
            others = sorted(labels[q] for q in tallies[b.speaker] if q != pid)
            reason += f"; mixed: {b.speaker}'s words also match {', '.join(repr(o) for o in others)}"
        counts = Counter({k: len(v) for k, v in found[b.id].counted.items()})
        leans = winner(counts, order) if b.kind == "commentary" else None
        placed.append(replace(b, position=pid, reason=reason, leans=leans))
    # Who said no cue at all, and has no side carried, may lean by the story's own words;
    # not a scholar, who speaks as an independent expert. With two positions only: with three,
    # each has fewer quotes to learn from and a middle way shares the words of the sides it
    # stands between (on the hand-written stories, 2026-12-01: 1 of 4 leaned right with three, 6 of 6 with two).
    if len(order) == 2:
        silent = {n for n, counts in tallies.items() if not counts and not stance.get(n) and not set_aside[n] and n not in scholars}
        placed = lean(placed, silent, labels, unplaceable, set(views))
    positions = [Position(p.id, p.label, _actors(placed, p.id), tuple(sorted(n for n in mixed if stance.get(n) == p.id))) for p in spec.positions]
    positions.append(Position(CONTEXT_ID, CONTEXT_LABEL, _actors(placed, CONTEXT_ID)))
    return Placed(tuple(placed), tuple(positions))


def _carry(
    blocks: Sequence[Block], tallies: Mapping[str, Counter[str]], stance: dict[str, str | None], actors: Mapping[str, str], roles: dict[str, str]
) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], dict[str, str]]:
    """Stances carried to who has none: a spokesperson's, an office's or a
    lawyer's from the one they speak for (speaker -> (principal, "")), or, for a
    spokesperson whose principal is not found, from the side-taker whose
    view they open on, named by title ("The superintendent believes ...":
    speaker -> (that side-taker, the sentence));
    then, to a
    speaker with no cue of their own, from the side-taking speakers of the
    same body, or from the body when ``[actors]`` lists it (speaker -> (one
    of them, the body)); and every principal found (speaker -> principal).
    ``stance`` gains them."""
    listed = listed_bodies(actors, roles) - set(tallies)  # bodies the spec lists, which are no speaker here
    everyone = [*tallies, *sorted(listed)]
    carried: dict[str, tuple[str, str]] = {}
    heads: dict[str, str] = {}
    for name in tallies:
        head = principal(name, everyone, roles, stance)
        if head:
            heads[name] = head
        if not stance.get(name) and head and stance.get(head):
            stance[name], carried[name] = stance[head], (head, "")
    for name, head, how in reports(blocks, roles, stance, {n for n in tallies if not tallies[n] and not stance.get(n)}, spokes=True):
        if name not in actors and name not in carried and stance.get(head):
            stance[name], carried[name] = stance[head], (head, how)
    fellows = fellows_of(tallies, stance, actors, roles, listed)  # from the stances placed so far, not along a chain of fellows
    stance.update({name: stance[fellow] for name, (fellow, _) in fellows.items()})
    return carried, fellows, heads


def _tally(
    blocks: Sequence[Block],
    found: Mapping[str, Evidence],
    specs: Sequence[PositionSpec],
    spokes: Mapping[str, str],
    roles: Mapping[str, str],
    descriptions: Sequence[tuple[str, str]],
) -> tuple[dict[str, Counter[str]], dict[tuple[str, str], list[str]], dict[str, set[SetAside]]]:
    """Each speaker's counted cues per position, those cues as a reason
    names them, and the cues set aside in their words: from their own words,
    those of whoever speaks for them (``spokes``: "The commissioner supports
    the plan", said by her spokesman, is her stance) and what the outlet's
    sentences and their roles, the chosen one or ``descriptions``, report they
    want or hold (``described``)."""
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    cues_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    set_aside: dict[str, set[SetAside]] = defaultdict(set)
    for b in blocks:
        if b.speaker and b.kind in SPEECH_KINDS:
            tallies[b.speaker].update({})  # every speaker is listed, for ``principal``
            for pid, cues in found[b.id].counted.items():
                tallies[b.speaker][pid] += len(cues)
                cues_of[(b.speaker, pid)].extend(f'"{c}"' for c in cues if f'"{c}"' not in cues_of[(b.speaker, pid)])
                if head := spokes.get(b.speaker):
                    tallies[head][pid] += len(cues)
                    cues_of[(head, pid)].extend(f'"{c}", in the words of {b.speaker}' for c in cues)
            set_aside[b.speaker].update(found[b.id].ignored)
    for said in described(blocks, list(tallies), specs, found, roles, descriptions):  # the outlet's "Rep. Ada Corr wants ...": her aim
        how = "what the outlet reports {} wants" if said.wanted else "what the outlet says of {}"
        for pid, cues in said.counted.items():
            tallies[said.speaker][pid] += len(cues)
            cues_of[(said.speaker, pid)].extend(f'"{c}", in {how.format(said.speaker)}' for c in cues)
    return tallies, cues_of, set_aside


def _lone(blocks: Sequence[Block], found: Mapping[str, Evidence]) -> dict[str, set[str]]:
    """Speaker -> the positions of the cues they say alone in a block (one cue, nothing else)."""
    lone: dict[str, set[str]] = defaultdict(set)
    for b in blocks:
        if b.speaker and b.kind in SPEECH_KINDS and sum(map(len, found[b.id].counted.values())) == 1:
            lone[b.speaker].update(found[b.id].counted)
    return lone


def _opposite(specs: Sequence[PositionSpec]) -> dict[str, str]:
    """Position -> the one a speaker who turns a view of it takes: the other
    of two; of three or more, the for and the against sides the labels tell
    apart (``cues.label_sides``), each the other's; a middle way none."""
    if len(specs) == 2:
        return {specs[0].id: specs[1].id, specs[1].id: specs[0].id}
    found = label_sides(tuple(specs))
    return {found[0]["for"]: found[0]["against"], found[0]["against"]: found[0]["for"]} if found else {}


def _turn(
    name: str, marks: set[SetAside], tally: Counter[str], cues_of: dict[tuple[str, str], list[str]], opposite: Mapping[str, str], lone: set[str], two: bool
) -> None:
    """Who reports one side's view and denies it or never holds it in their
    own words takes the ``opposite`` side; with ``two`` positions, so does
    who dismisses it or grants it and answers it, and who says no cue and
    turns no view but negates the cues of one side: ``tally`` (the
    speaker's counted cues) and ``cues_of`` gain it. With a middle way,
    only a view reported ("critics say ..."), by a speaker who says no cue
    of the middle way: a view dismissed or granted, or a bare denial, may
    lead to the middle as well as to the other side."""
    if set(tally) - set(opposite):
        return
    reported = {(m.position, m.cue) for m in marks if m.kind == "reported"}
    denied = reported & {(m.position, m.cue) for m in marks if m.kind == "negated"}
    # "Critics say it will stifle growth. ... Small firms will get help.": the
    # one cue of the side whose view the speaker reports, alone in its block,
    # from a speaker who says the other side's, answers that view (of one
    # side only: who reports both sides' views answers neither).
    answered = [p for p in sorted({p for p, _ in reported - denied}) if p in opposite and tally[p] == 1 and tally[opposite[p]] and p in lone]
    if len(answered) == 1:
        del tally[answered[0]]
    # "They tell us to X. Have they seen ...?": a view the speaker reports
    # and never holds in their own words is reported to be answered.
    unheld = {(p, c) for p, c in reported - denied if not tally[p]}
    turned = {(p, c, f'reports and denies "{c}"') for p, c in denied}
    turned |= {(p, c, f'reports "{c}" as another\'s view and never says it in their own words') for p, c in unheld}
    negated = {(m.position, m.cue) for m in marks if m.kind == "negated"}
    if two:
        turned |= {(m.position, m.cue, f'"{m.cue}" {m.why}') for m in marks if m.kind in TURNED}
        if not tally and not turned and len({p for p, _ in negated}) == 1:  # "It is not a subsidy", and no other cue
            turned = {(p, c, f'denies "{c}"') for p, c in negated}
    for pid, _, how in sorted(turned):
        if pid in opposite:
            tally[opposite[pid]] += 1
            cues_of[(name, opposite[pid])].append(how)


def _actors(blocks: Sequence[Block], pid: str) -> tuple[str, ...]:
    names: list[str] = []
    for b in sorted(blocks, key=lambda b: b.first):
        if b.position == pid and b.speaker and b.kind in SPEECH_KINDS and b.speaker not in names:
            names.append(b.speaker)
    return tuple(names)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normal(name)).strip("-") or "speaker"


def speakers(blocks: Sequence[Block]) -> list[tuple[str, list[Block]]]:
    """Speakers, most quoted first: by sources that quote them, then blocks;
    named speakers before those described ("some residents", "officials"),
    whom no title, label or first group should stand for."""
    by: dict[str, list[Block]] = defaultdict(list)
    for b in blocks:
        if b.speaker and b.kind in SPEECH_KINDS:
            by[b.speaker].append(b)
    reach = {name: len({s for b in bs for s in b.sources}) for name, bs in by.items()}
    first = {name: min(b.first for b in bs) for name, bs in by.items()}
    order = sorted(by, key=lambda n: (not n[:1].isupper(), -reach[n], -len(by[n]), first[n]))
    return [(name, by[name]) for name in order]


def _by_speaker(blocks: Sequence[Block], sources: Sequence[Source]) -> Placed:
    """No spec: a section per speaker, the most reported first (the order
    of ``init``'s speaker list), as a reader scans for the main voices;
    none for an outlet of the ``sources`` or one who only reports
    (``headlines.cited``, which ``init``'s groups and the title leave out
    too), whose statements are background."""
    ranked = speakers(blocks)
    outlets = cited(sources, ranked)
    ids: dict[str, str] = {}
    for name, _ in ranked:
        if name in outlets:
            continue
        base = slug(name)
        pid, n = base, 2
        while pid in ids.values() or pid == CONTEXT_ID:
            pid, n = f"{base}-{n}", n + 1
        ids[name] = pid
    placed = []
    plain = Why({}, {}, {}, {}, {})
    for b in blocks:
        if b.speaker in ids and b.kind in SPEECH_KINDS:
            placed.append(replace(b, position=ids[b.speaker], reason="no spec: grouped by speaker"))
        elif b.speaker in outlets and b.kind in SPEECH_KINDS:
            placed.append(replace(b, position=CONTEXT_ID, reason=f"no spec: {b.speaker} {_RELAYED}"))
        else:
            pid, reason = plain.placement(b, {}, [])
            placed.append(replace(b, position=pid, reason=reason))
    # The heading says what the section is: one speaker's words, not a position.
    positions = [Position(pid, f"Statements by {name}", (name,)) for name, pid in ids.items()]
    positions.append(Position(CONTEXT_ID, CONTEXT_LABEL, _actors(placed, CONTEXT_ID)))
    return Placed(tuple(placed), tuple(positions))
