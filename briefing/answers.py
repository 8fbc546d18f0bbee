"""Answers: placed-so-far stances in, who answers whom out, for
``positions`` to give a speaker with no cue of their own a side.

Each function reads the blocks (and the speakers' roles and stances so
far) and returns (speaker, whom or what they answer, the sentence that
shows it): a speaker the outlet introduces as disagreeing ("Roe
disagreed.") or with a contrast right after another's words ("But Roe
said the crane had failed twice."), a speaker whose quote opens on a side-taker's view ("Police
say ...", "Unlike the police, ...") or on the view of a proposal's critics or supporters ("Critics
say the ban ..."), a speaker the outlet reports disputing a side-taker's
claim ("Renk disputed the trust's forecast."), and a speaker of the
opposition (against the government's side). ``answering`` gives the side
an answer to a side-taker and the opposition's are worth, ``positions``
that of an answer to critics or supporters (``critics``). ``joined`` finds
the opposite of an answer: a speaker the outlet reports signing a
side-taker's petition or joining their campaign, who takes their side.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence, Set

from .bodies import body
from .concession import CONTRAST
from .cue_words import NEGATORS, bases, clause_words, matches
from .cues import OPPOSING, OPPOSITION, OURS, SUPPORTING, title
from .data import load, words
from .minority import denied_universal
from .model import SPEECH_KINDS, Block, PositionSpec
from .set_aside import CONTRASTING, DENYING, OPERATORS, REPORTING_VERBS, contrast_opening
from .wording import FUNCTION_WORDS, SENTENCE_BREAK, normal

# "Roe disagreed.", "Roe was not convinced.": the "disagree" group of reporting verbs.
DISAGREES = words("stance", "disagrees")
CERTAIN = words("stance", "certain")  # "the mayor is confident ...": a view held, as "believes" says it
UNMOVED = tuple(tuple(p.split()) for p in load("stance")["unmoved"])  # matched as phrases
PRONOUNS = words("grammar", "personal_pronouns")
NO_GROUP = NEGATORS | words("stance", "negative_objects")  # "Nobody disagrees.", "Not everyone disagrees.": no group that does
FEW = words("stance", "negative_quantifiers")  # "Few disagree.", not "A few parents disagree."
AGREEING = words("stance", "agreeing")
OPENING = frozenset(p[0] for p in CONTRASTING)  # a phrase of contrast's first word: the only sentences ``_apart`` reads
APART = 4  # words of whom "Unlike ...," names, at most: a holder, as before a reporting verb
ADDITIVE = words("stance", "additive")  # "But Roe also said ...": joined to what was said, not set against it
JOINING = words("stance", "joining")  # "signed the anglers' petition": another's demand taken up
COLLECTIVE = words("stance", "collective_actions")
# "the anglers' count": a plural possessive, its apostrophe after the "s" (not a word in quotation marks, "'facts'").
_PLURAL_POSSESSIVE = re.compile(r"(?<![\w'‘’])(\w+s)['’](?=\s)")


def rebuttals(blocks: Sequence[Block]) -> list[tuple[str, str, str]]:
    """(speaker, whom they answer, the sentence) for "Roe disagreed. "..."":
    a sentence with no speaker in which a person is the subject of a verb of
    disagreement ("But farmer Roe hit back."), with that person's quotation right after it, answers the
    last other speaker of the same article before it; so does one whose
    subject is a group, named by no name nor pronoun ("Crews on the night
    boats see it differently.") or a universal denied before a verb of
    agreement that ends the sentence ("Not everyone agrees.", "Not all the
    crews are convinced."), with the quotation of one of them right after
    it or opening the next paragraph."""
    ordered = sorted(blocks, key=lambda b: b.first)
    at = {b.first[:3]: b for b in ordered}
    found = []
    for n, b in enumerate(ordered):
        words = normal(b.text).split()
        unshared = _unshared(words)
        verb = min([i for i, w in enumerate(words) if w in DISAGREES] + [i for w in UNMOVED for i in matches(words, w)] + unshared, default=None)
        if b.speaker or verb is None:
            continue
        # The one who disagrees is the verb's subject: named before it, after any role ("But farmer Ivo Renk hit back."), or a group.
        group = verb in unshared or _group(b.text, words[verb])
        reply = at.get((*b.first[:2], b.first[2] + 1)) or (at.get((b.first[0], b.first[1] + 1, 0)) if group else None)
        if reply is None or reply.kind != "quote" or not reply.speaker:
            continue
        if normal(reply.speaker).split()[-1] not in words[:verb] and not group:
            continue
        before = next((x for x in reversed(ordered[:n]) if x.first[0] == b.first[0] and x.speaker and x.kind in SPEECH_KINDS), None)
        if before is not None and before.speaker and before.speaker != reply.speaker:
            found.append((reply.speaker, before.speaker, b.text))
    return found


def contrasts(blocks: Sequence[Block]) -> list[tuple[str, str, str]]:
    """(speaker, whom they answer, the sentence) for "The port says the new
    crane is safe. But Ivo Renk said it had failed twice.": the outlet's
    report of a speaker's words that opens on a coordinator of contrast ("But",
    "However": what follows outweighs what precedes), their first words in
    the article, right after the words of another speaker, sets them against
    that speaker; not with an additive adjunct ("But Renk also said ..."),
    which joins the two."""
    ordered = sorted(blocks, key=lambda b: b.first)
    heard: set[tuple[int, str]] = set()  # (article, speaker) already heard there
    found = []
    for before, b in zip([None, *ordered], ordered, strict=False):
        name = b.speaker
        if not name or (b.first[0], name) in heard:
            continue
        heard.add((b.first[0], name))
        words = normal(b.text).split()
        if b.kind != "statement" or words[:1] == [] or words[0] not in CONTRAST or ADDITIVE & set(words):
            continue
        other = before.speaker if before is not None and before.first[0] == b.first[0] and before.kind in SPEECH_KINDS else None
        if other and other != name:
            found.append((name, other, b.text))
    return found


def _unshared(words: list[str]) -> list[int]:
    """Where the verb of agreement stands in "Not everyone agrees.", "Not
    all the crews are convinced.": a universal denied opening the sentence,
    its verb of agreement followed by nothing but function words ("Not
    everyone agrees with that."; not "... agrees with the critics", who may
    be anyone, nor "... is convinced the fares will rise", a view), and no
    second negation; empty for any other sentence."""
    if not denied_universal(words) or NEGATORS & set(words[2:]):
        return []
    at = next((i for i, w in enumerate(words) if w in AGREEING), None)
    return [at] if at is not None and set(words[at + 1 :]) <= FUNCTION_WORDS else []


def _group(sentence: str, verb: str) -> bool:
    """Whether the printed words before the ``verb`` name a group: some,
    not a pronoun, none denied ("Nobody disagrees.", "Not everyone
    disagrees.", "Few disagree." say that few or none do; "A few parents
    disagree." that some do), in a sentence that names no one
    (no word capitalised past the first: not "The council hit back at Ivo
    Renk.")."""
    printed = sentence.split()
    subject = printed[: next((i for i, w in enumerate(printed) if verb in normal(w).split()), 0)]
    said = normal(" ".join(subject)).split()
    denied = NO_GROUP & set(said) or any(w in FEW and said[i - 1 : i] != ["a"] for i, w in enumerate(said))
    return bool(subject) and normal(subject[0]) not in PRONOUNS and not denied and not any(w[:1].isupper() for w in printed[1:])


def reports(
    blocks: Sequence[Block], roles: Mapping[str, str], stance: Mapping[str, str | None], quiet: Set[str], spokes: bool = False
) -> list[tuple[str, str, str]]:
    """(speaker, whose view they open on, the sentence) for a quote of one
    of the ``quiet`` speakers with a sentence that opens on another's view
    ("Police say it will cost too much.", "The minister tells us ...") or
    sets the speaker apart from another ("Unlike the police, ..."): the
    holder, a noun before a reporting verb, names the side-taking speakers
    whose name, role or body holds it ("chair of the Fernock Police
    Federation"), all on one side; never the speaker's own ("our union
    says"), nor a pronoun or "people". Of spokespeople only when ``spokes``
    (they voice that view, "The superintendent believes ...", of a holder
    named by their title; also "The superintendent is confident ..."),
    else of all others (they answer it)."""
    known_by = _known_by(roles, stance, spokes)
    found = []
    for b in blocks:
        # A spokesperson voices a principal's view ("The mayor believes ..."):
        # whose view they open on says nothing of whom they answer.
        if b.kind != "quote" or b.speaker is None or b.speaker not in quiet or ("spokes" in roles.get(b.speaker, "").casefold()) != spokes:
            continue
        own = set(normal(f"{b.speaker} {roles.get(b.speaker, '')}").split())
        for sentence in SENTENCE_BREAK.split(b.text):
            words = normal(sentence).split()
            verb = next((i for i, w in enumerate(words[:4]) if w in REPORTING_VERBS), 0) or (_certain(words) if spokes else 0)
            apart = not verb and not spokes and words[:1] and words[0] in OPENING  # "Unlike the police, ..."
            before = _apart(sentence) if apart else words[:verb]
            held = [w for w in before if w not in FUNCTION_WORDS]
            if not held or held != before[len(before) - len(held) :] or OURS & set(before) or held[-1] in own:
                continue
            holders = {s: v for s, v in known_by.get(held[-1], {}).items() if s != b.speaker}
            if holders and len(set(holders.values())) == 1:
                found.append((b.speaker, next(iter(holders)), sentence))
    return found


def _known_by(roles: Mapping[str, str], stance: Mapping[str, str | None], spokes: bool = False) -> dict[str, dict[str, str]]:
    """Word -> the side-takers known by it (name, role or body; with
    ``spokes``, the title only: a spokesperson voices a person by their
    title, "The superintendent believes ...", not a body), and their side."""
    known_by: dict[str, dict[str, str]] = defaultdict(dict)
    for s, side in stance.items():
        if side:
            for w in title(roles.get(s, "")) if spokes else _names(s, roles.get(s, "")):
                known_by[w][s] = side
    return known_by


def disputes(blocks: Sequence[Block], roles: Mapping[str, str], stance: Mapping[str, str | None], quiet: Set[str]) -> list[tuple[str, str, str]]:
    """(speaker, whose claim they dispute, the sentence) for the outlet's
    report that one of the ``quiet`` speakers disputes or rejects what
    others put forward, named by their possessive, singular or plural,
    within four words ("Ona Brisk disputed the trust's forecast.", "Renk
    rejected the anglers' count": ``DENYING``, ``_possessives``,
    ``_possessed``)."""
    found = []
    known_by = _known_by(roles, stance)
    for b, said, verb in _reported_doing(blocks, quiet, DENYING):
        rest = said[verb + 1 : verb + 5]
        at = rest.index("s") if "s" in rest[1:] else 0  # "the campaign's": the holder before the possessive
        if holders := _possessed(rest[at - 1] if at else "", b.speaker or "", roles, known_by):
            found.append((b.speaker or "", min(holders), b.text))
    return found


def joined(blocks: Sequence[Block], roles: Mapping[str, str], stance: Mapping[str, str | None], quiet: Set[str]) -> dict[str, tuple[str, str]]:
    """Speaker -> (a side-taker whose demand they take up, the sentence) for
    the outlet's report that one of the ``quiet`` speakers signed or joined
    the petition or campaign of others named by their possessive or before
    it ("Ona Brisk, who signed the anglers' petition, said ...", "has joined
    the union's campaign": ``JOINING``, ``COLLECTIVE``, ``_possessed``):
    the speaker takes their side."""
    found: dict[str, tuple[str, str]] = {}
    known_by = _known_by(roles, stance)
    for b, said, verb in _reported_doing(blocks, quiet, JOINING):
        rest = said[verb + 1 : verb + 6]
        at = next((k for k, w in enumerate(rest) if w in COLLECTIVE), 0)
        holder = rest[at - 1 - (rest[at - 1 : at] == ["s"])] if at > 1 else ""  # "the union's campaign", "the anglers' petition"
        if b.speaker not in found and (holders := _possessed(holder, b.speaker or "", roles, known_by)):
            found[b.speaker or ""] = (min(holders), b.text)
    return found


def _reported_doing(blocks: Sequence[Block], quiet: Set[str], verbs: Set[str]) -> Iterator[tuple[Block, list[str], int]]:
    """(block, its words in normal form with each possessive's "s",
    ``_possessives``, where the verb stands) for each of
    the outlet's statements on one of the ``quiet`` speakers, named before
    a verb of ``verbs`` in any regular form, not denied ("did not dispute",
    "never signed")."""
    for b in blocks:
        if b.kind != "statement" or b.speaker is None or b.speaker not in quiet:
            continue
        words = _possessives(b.text)
        verb = next((i for i, w in enumerate(words) if bases(w) & verbs), None)
        if verb is not None and normal(b.speaker).split()[-1] in words[:verb] and not NEGATORS & set(words[:verb]):
            yield b, words, verb


def _possessives(text: str) -> list[str]:
    """The words of a sentence in normal form, each possessive, singular or
    plural, a holder and an "s" after it ("the union's campaign", "the
    anglers' count": "union s", "anglers s"), as ``normal`` leaves only the
    singular's."""
    return normal(_PLURAL_POSSESSIVE.sub(r"\1's", text)).split()


def _possessed(holder: str, speaker: str, roles: Mapping[str, str], known_by: Mapping[str, dict[str, str]]) -> dict[str, str]:
    """The side-takers whose name, role or body holds the ``holder`` word
    (``known_by``, of ``_known_by``), in any regular number, with their
    side, when they all take one; never the speaker, nor a word of the
    speaker's own name or role; else empty."""
    if not holder or holder in FUNCTION_WORDS or holder in normal(f"{speaker} {roles.get(speaker, '')}").split():
        return {}
    holders = {s: v for w in {holder, *bases(holder)} for s, v in known_by.get(w, {}).items() if s != speaker}
    return holders if len(set(holders.values())) == 1 else {}


def _apart(sentence: str) -> list[str]:
    """The words of whom a sentence that opens on a phrase of contrast sets
    the speaker apart from, up to its comma ("Unlike the engineers, we
    ...", "In contrast to the mayor, ..."): their view, answered; at most
    ``APART`` words, none when no such phrase opens it."""
    tokens = clause_words(sentence)
    opening = contrast_opening(tokens)
    end = tokens.index("|") if opening and "|" in tokens else 0
    return tokens[len(opening) : end] if 0 < end - len(opening) <= APART else []


def _certain(words: list[str]) -> int:
    """Where the verb of a view held with certainty begins ("the mayor is
    confident ...", "the chair has been clear that ..."): the
    auxiliaries before an adjective of ``CERTAIN`` in the first five
    words; 0 when none."""
    at = next((i for i, w in enumerate(words[:5]) if w in CERTAIN), 0)
    start = at
    while start and words[start - 1] in OPERATORS:
        start -= 1
    return start if start < at else 0


def opposition(tallies: Mapping[str, Counter[str]], stance: Mapping[str, str | None], roles: Mapping[str, str]) -> dict[str, str]:
    """Speaker -> a member of the government with a side, for each speaker
    of the opposition ("who speaks on housing for the opposition", "the
    shadow chancellor") with no cue of their own nor side, when the
    government's speakers with a side all take one."""
    ministers = [s for s in tallies if stance.get(s) and body(s, roles.get(s, "")) == ("government",)]
    if len({stance[s] for s in ministers}) != 1:
        return {}
    return {
        name: ministers[0]
        for name, counts in tallies.items()
        if not counts and not stance.get(name) and OPPOSITION & set(normal(f"{name} {roles.get(name, '')}").split())
    }


def answering(
    blocks: Sequence[Block],
    tallies: Mapping[str, Counter[str]],
    stance: Mapping[str, str | None],
    actors: Mapping[str, str],
    roles: Mapping[str, str],
    opposite: Mapping[str, str],
    two: bool,
) -> dict[str, tuple[str, str, str]]:
    """Speaker -> (side, whom they answer, the sentence; "" for the
    opposition) for who says no cue of their own, has no side from the
    spec, and answers a side-taker (``rebuttals``, ``contrasts``,
    ``reports``, ``disputes``) or, of the opposition, the government's speakers
    (``opposition``, with ``two`` positions only: of three, opposing the
    government says nothing of which other side one takes): the side
    ``opposite`` the one answered (the other of two; of three, the for or
    against side the labels tell apart, when the one answered holds the
    other; who answers a middle way takes no side). The first answer found
    counts; a side given here may be answered in turn."""
    held = dict(stance)
    found: dict[str, tuple[str, str, str]] = {}
    if not opposite:
        return found
    quiet = {name for name, counts in tallies.items() if not counts}
    answered = [*rebuttals(blocks), *contrasts(blocks), *reports(blocks, roles, held, quiet), *disputes(blocks, roles, held, quiet)]
    for name, other, how in answered:
        side = opposite.get(held.get(other) or "")
        if side and not tallies[name] and name not in actors and name not in found:
            held[name], found[name] = side, (side, other, how)
    for name, minister in opposition(tallies, held, roles).items() if two else ():
        side = opposite.get(held[minister] or "")
        if side and name not in actors and name not in found:
            held[name], found[name] = side, (side, minister, "")
    return found


def _names(name: str, role: str) -> set[str]:
    """The words a speaker is known by: name, role, and body."""
    return {*normal(f"{name} {role}").split(), *body(name, role)}


def critics(blocks: Sequence[Block], specs: Sequence[PositionSpec], quiet: Set[str]) -> dict[str, tuple[str, str, str]]:
    """Speaker -> (position, the holders, the sentence) for a speaker of
    ``quiet`` whose quote opens a sentence on the view of a proposal's
    critics or supporters (the nouns for those who hold a stance: "Critics
    say a ban drives ...", "Its supporters claim the loan ..."), naming
    right after the verb what only one position's label names: who reports
    its critics' view to answer it holds that position; its supporters',
    the other of two. Of one side only; none when the speaker reports both."""
    named = {p.id: set(normal(p.label).split()) - FUNCTION_WORDS for p in specs}
    found: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for b in blocks:
        if b.kind != "quote" or b.speaker is None or b.speaker not in quiet:
            continue
        for sentence in SENTENCE_BREAK.split(b.text):
            words = normal(sentence).split()
            verb = next((i for i, w in enumerate(words[:4]) if w in REPORTING_VERBS), 0)
            holder = words[verb - 1] if verb else ""
            one = holder.removesuffix("s")
            stance = "against" if one in OPPOSING else "for" if one in SUPPORTING else None
            if not stance or not holder.endswith("s"):  # a group of holders: "critics", not the verb "supports"
                continue
            rest = words[verb + 1 :]
            rest = rest[rest[:1] == ["that"] :]
            start = next((i for i, w in enumerate(rest) if w not in FUNCTION_WORDS), len(rest))
            end = next((i for i in range(start, len(rest)) if rest[i] in FUNCTION_WORDS), len(rest))
            target = [p.id for p in specs if named[p.id] & set(rest[start : min(end, start + 3)])]
            if len(target) != 1 or (stance == "for" and len(specs) != 2):
                continue
            side = target[0] if stance == "against" else next(p.id for p in specs if p.id != target[0])
            found[b.speaker].add((side, holder, sentence))
    return {name: min(seen) for name, seen in found.items() if len({side for side, _, _ in seen}) == 1}
