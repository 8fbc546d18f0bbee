"""A draft ``briefing.toml`` for a story with no spec yet (``briefing
init``): sources, blocks and roles in, the text of the draft out.

It takes its title from ``topic``. It groups speakers: the most quoted and
the most quoted who answers them by name ("Roe disagreed.") or whom they
so answer, or else the next most quoted, seed two groups; every other speaker joins the group
whose speakers they do not answer (by name, or holding their words as a
view reported or dismissed), else the group whose words theirs share
most (a spokesperson the group of the one they speak for; an outlet or
a report the articles cite, none), and each
group's candidate cues are phrases from its speakers' quotes that no
speaker outside the group says, taken from each speaker in turn, with no
name, figure or phrase made of the other group's words. It is a guess,
and the file says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import fields
from typing import TYPE_CHECKING

from .answers import rebuttals, reports
from .clean import header_lines
from .concession import conceded
from .cue_words import bases
from .cues import evidence
from .data import words
from .draft_actors import actor_table, read_roles, role_holders, same_as, toml_value, voices_and_misread
from .headlines import after_the, cited
from .judged import SEEMING
from .mention_words import PREPOSITIONS, RELATIVES
from .model import Block, DocumentInfo, PositionSpec, Source
from .positions import principal, speakers
from .set_aside import REPORTING_VERBS
from .spec import DRAFT_LABEL, DRAFT_QUESTION
from .story_words import CUT_BEFORE, DETERMINERS, NUMBER_WORDS, content, phrases, proper_words, tokenise, words_of
from .title import named_first, title_from
from .topic import topic_of
from .wording import as_printed, normal, typographic

if TYPE_CHECKING:
    from .pipeline import Report  # (stage, done, total), as the pipeline reports its stages

# How a speaker holds another's words at arm's length: a view they report
# ("Campaigners call it a lifeline") or dismiss; the two are on different sides.
ANSWERED = {"reported", "dismissed"}
CUES_PER_POSITION = 6
# Verbs that frame a view, in any form (said, saying, claims, think), and
# "according" (to), which attributes words as they do (the engine reads it
# as a cue of saying: ``cue_rules.CUE_WORDS``); not "talk": pupils who
# "actually talked" at break did a thing a cue can name.
SAYING = (
    words("reporting", "speech_verbs") | words("reporting", "speech_participles") | (REPORTING_VERBS - {"talk", "talks", "talked", "talking"}) | {"according"}
)
# A cue stops before none of these either: what a verb of saying frames is
# cut off ("the councilman keeps | saying ...").
# "Than" and "as" bring in what a comparison measures against, "more" and
# "less" make one (Quirk et al. 1985, 15.63-15.69: comparative clauses): a
# cue that stops before one leaves it dangling ("costs far | more than",
# "rose twice as fast | as"), and one whose second word is "as", or "than"
# after no comparative (one in -er, or "worse": 7.74-7.78), has lost its
# first half ("fast as wages", "term than phones"; not "cheaper than buses").
MEASURED_AGAINST = {"than", "as"}
# "Of" brings in the complement of the noun or adjective before it, most
# often one it cannot do without (Quirk et al. 1985, ch. 17, a noun's
# postmodification by a prepositional phrase; ch. 16, adjective complementation:
# "any kind | of", "the edge | of", "a lack | of", "proud | of"), and the
# possessive "'s" (read as "s") the noun its owner is printed before ("the
# miller | 's daughter"): a cue that stops before either reads cut off.
COMPLEMENTED = {"of", "s"}
CUE_STOPS = CUT_BEFORE | SAYING | MEASURED_AGAINST | COMPLEMENTED | {"more", "less"}
# The finite operators (the grammar's auxiliaries and modals, ``ellipsis_operators``,
# but "be" and "been", never finite, and "do" and "have", an infinitive after "to"):
# one right after a preposition ends the clause the preposition closes.
FINITE = words("grammar", "ellipsis_operators") - {"be", "been", "do", "have"}
# RELATIVES (mention_words', not a copy): the relative pronouns (Quirk et al.
# 1985, 17.13), "that" also of a content clause (15.3): each opens a clause a
# cue cuts short when it ends within two words of one ("fees that our",
# "parents who work").
CUE_SIZES = (2, 3, 4)  # words in a cue: four keeps a phrase whole ("take away the parking")
# A quote mark at a word's edge inside a phrase, other than a plural's
# possessive ("farmers' market"): the phrase runs out of a quotation inside
# the quote ("the 'well qualified' rating") and is a piece of two; so is one
# across a dash typed as two hyphens ("the vote -- does it count").
BROKEN = re.compile(r"(?:^|\s)'|(?<!s)'(?=\s|$)|--")
DRAFTING = "draft"  # the stage a progress report names while the speakers are grouped


def _groups(
    ranked: list[tuple[str, list[Block]]],
    roles: dict[str, str],
    names_of: Set[str] = frozenset(),
    seedable: Set[str] | None = None,
    named: Set[tuple[str, str]] = frozenset(),
    joins: Mapping[str, str] | None = None,
    report: Report = lambda stage, done, total: None,
) -> list[list[str]]:
    """Two groups of speakers by shared words, seeded by the first of
    ``ranked`` and one of the next (of ``seedable`` where it can be); a
    speaker who shares no more words with one group than the other is in
    neither. A spokesperson or an office is in the group of the one they
    speak for, whatever their words, and so is a voice that names one's
    office ("the president") or may be them ("Sen. Ola Brask" for "Ola
    Brask"): ``joins``, each to whom they join. ``named``: (speaker, whom they answer)
    as the engine reads it by name ("Roe disagreed.", "The minister says
    ..."), which counts before any words answered. ``report`` hears of
    each speaker grouped (the draft's long step on a big story)."""
    vocab = {name: set().union(*(phrases(b.text, (1,)) for b in bs)) for name, bs in ranked}
    names = [n for n, _ in ranked]
    # Words most speakers use (the story's own vocabulary) separate no one.
    used = Counter(w for v in vocab.values() for w in v)
    vocab = {n: {w for w in v if used[w] * 2 <= len(names)} for n, v in vocab.items()}
    if len(names) < 2:
        return [names, []]

    def overlap(a: set[str], b: set[str]) -> float:
        return len(a & b) / (len(a | b) or 1)

    def by_name(a: str, b: str) -> int:
        return ((a, b) in named) + ((b, a) in named)

    # Each quote's words held at arm's length, found once (any speaker's words may be asked of it).
    held = _held_words(ranked, set().union(*vocab.values()) - names_of)

    def opposed(a: str, b: str) -> tuple[int, int]:
        """How often a and b answer each other: by name, then by words: how
        many of one's words the other's quotes hold only inside a view they
        report or dismiss."""
        return by_name(a, b), len(held[a] & vocab[b]) + len(held[b] & vocab[a])

    def total(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
        by_names, by_words = zip(*pairs, strict=True)
        return sum(by_names), sum(by_words)

    # The second seed: the most quoted who answers the first speaker by name
    # or whom the first so answers (one who does both before either);
    # else the next most quoted, the voice a report gives most room after the
    # first's, most often the other side's (words held at arm's length or few
    # words shared tell a side less surely: the view answered may be a third's).
    rest = [n for n in names[1:] if seedable is None or n in seedable] or names[1:]
    seed_b = min(rest, key=lambda n: (-by_name(names[0], n), names.index(n)))
    groups = [[names[0]], [seed_b]]
    for done, name in enumerate(names[1:], 1):
        report(DRAFTING, done, len(names) - 1)
        if name == seed_b:
            continue
        # Whom they answer: any speaker already in a group, not its seed only.
        answers = [total(opposed(name, member) for member in g) for g in groups]
        # Words shared with all the group has said, not its seed's only.
        scores = [overlap(vocab[name], set().union(*(vocab[m] for m in g))) for g in groups]
        if answers[0] != answers[1]:
            groups[answers.index(min(answers))].append(name)  # the side they do not answer
        elif scores[0] != scores[1]:
            groups[scores.index(max(scores))].append(name)
    # Whom each follows, and whom that one follows in turn, up to a seed or one who
    # follows no one ("the harbour master's spokesman", "the harbour master", Ola
    # Brask): a follower listed before the one they follow goes where that one ends.
    heads = {n: h for n in names if n not in (names[0], seed_b) and (h := principal(n, names, roles) or (joins or {}).get(n))}
    for name in heads:
        chain = [name]
        while chain[-1] in heads and heads[chain[-1]] not in chain:
            chain.append(heads[chain[-1]])
        groups = [[n for n in g if n != name] + ([name] if chain[-1] in g else []) for g in groups]
    return groups


def _held_words(ranked: list[tuple[str, list[Block]]], words: set[str]) -> dict[str, set[str]]:
    """Per speaker, which of ``words`` (the speakers' words, no name among
    them) their quotations hold only inside a view they report or dismiss.
    Reported speech is the outlet's sentence: its "X said" is no view the
    speaker reports."""
    held: dict[str, set[str]] = {}
    for name, blocks in ranked:
        held[name] = set()
        for block in blocks:
            found = words & set(words_of(block.text)) if block.kind == "quote" else set()
            if found:
                ignored = evidence(block, (PositionSpec("answered", "", tuple(sorted(found))),)).ignored
                held[name] |= {s.cue for s in ignored if s.kind in ANSWERED}
    return held


def joined_words(sources: Sequence[Source]) -> tuple[set[str], set[str]]:
    """Words mostly followed by another content word ("high" street,
    "twenty" winters), and words mostly preceded by one (take "away"): a
    phrase that ends or begins with one is most likely a piece of a longer one."""
    after: Counter[str] = Counter()
    before: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in sources:
        for paragraph in s.text.split("\n"):
            words = [t.casefold() for t in tokenise(paragraph)]
            for prev, word, nxt in zip(["."] + words, words, words[1:] + ["."]):
                seen[word] += 1
                after[word] += content(nxt)
                before[word] += content(prev)
    return {w for w in seen if after[w] * 2 > seen[w]}, {w for w in seen if before[w] * 2 > seen[w]}


def _own_words(blocks: list[Block]) -> list[Block]:
    """A speaker's quoted words, most widely reported first; their reported
    speech only when they have none (its sentence is mostly the outlet's:
    "X, who founded the group, said ...")."""
    quotes = [b for b in blocks if b.kind == "quote"]
    return sorted(quotes or blocks, key=lambda b: (-len(b.sources), b.first))


def _cues(
    group: list[str], other: list[str], by: dict[str, list[Block]], excluded: tuple[set[str], set[str]], joined: tuple[set[str], set[str]], topic: str
) -> list[str]:
    """Phrases the group's speakers use and no one outside it says (and
    that hold no name, no office named in a speaker's role, "chief
    executive" or a role of one word, "mayor", whoever speaks of it, and not the story's subject; names and
    offices are ``excluded``), taken from each speaker
    in turn, most quoted first, so that a position is not drafted from one
    speaker's words: each speaker's phrases used by more of the group, then
    by more outlets, then whole (not ending or beginning in a word ``joined``
    to the next or the one before), then the longer. No figure: a number is
    a fact reported, not a side."""
    names, offices = excluded
    # A phrase any speaker outside the group says, quoted or reported, even
    # inside a longer one ("the sea wall every spring"), is not the group's
    # own: the other group's, or of one whose side is unknown. One text, searched once a phrase.
    elsewhere = "\n".join(f" {' '.join(words_of(b.text))} " for n in by if n not in group for b in by[n])
    # A phrase made only of words the other group uses too is common words
    # put together ("need to make sure"), not this group's point.
    words_of_other = set().union(*(words_of(b.text) for n in other for b in _own_words(by[n])))
    outlets: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    mine: list[list[str]] = []
    # A speaker never quoted gives cues only to a group no one quoted: their
    # reported speech is the outlet's sentence, and often a misread one.
    quoted = [n for n in group if any(b.kind == "quote" for b in by[n])]
    for name in quoted or group:
        found: dict[str, None] = {}  # in order of the speaker's most reported words
        for b in _own_words(by[name]):
            candidates = [
                p for p in sorted(phrases(b.text, CUE_SIZES, CUE_STOPS))
                if f" {p} " not in elsewhere and _usable(p, names, b.text) and topic not in p and not any(f" {o} " in f" {p} " for o in offices)
                and {w for w in p.split() if content(w)} - words_of_other
            ]
            # Only what counts as the speaker's own words where they said it: not
            # a view they report ("the landlords say a cap will stop ..."), deny or dismiss.
            own = set(evidence(b, (PositionSpec("draft", "", tuple(candidates)),)).counted.get("draft", ())) if candidates else set()
            for p in (p for p in candidates if p in own):
                printed = shown.setdefault(p, as_printed(p, b.text))
                if BROKEN.search(printed):
                    continue
                found[p] = None
                outlets[p].add(name)  # (speakers, then outlets, below)
                outlets[p].update(b.sources)
        mine.append(list(found))
    speakers_using = Counter(p for phrases_of in mine for p in phrases_of)
    order = {p: i for phrases_of in mine for i, p in enumerate(phrases_of)}
    ranked = [
        sorted(ps, key=lambda p: (-speakers_using[p], -len(outlets[p]), _cut(p, joined), -len(p.split()), order[p]))
        for ps in mine
    ]
    chosen: list[str] = []
    while len(chosen) < CUES_PER_POSITION and any(ranked):
        for ps in ranked:
            # A phrase that shares a word with one chosen adds little: the same point again.
            while ps and set(ps[0].split()) & {w for c in chosen for w in c.split() if content(w)}:
                ps.pop(0)
            if ps and len(chosen) < CUES_PER_POSITION:
                chosen.append(ps.pop(0))
    return [shown[p] for p in chosen]


def _usable(phrase: str, names: Set[str], text: str = "") -> bool:
    """Whether a phrase can be a cue: it holds no name, no figure, in digits
    or in words, and no verb of saying or of belief in any form
    ("landlords say a cap", "keeps saying nobody", "think we can"): that
    words someone's view, theirs or another's, not the point itself; and
    no preposition a finite verb follows ("the plan we agreed to | is
    fair"): the first clause ends after it, so the phrase holds pieces of
    two; but an operator the ``text`` prints capitalised after the
    preposition, each time (``_named``), is a name, as no operator is inside a sentence: a month
    ("shut from March to May each winter"), a person ("sold to Will
    Harrow"). Nor does it end on a copula of seeming in any form ("the deal
    looks"): what a thing seems is the point, and it is cut off; nor open
    a claim of common ground ("nobody disputes that ferries", "no one would
    deny"; not "nobody checked"): the engine reads what follows as granted,
    which either side may say. Nor has it lost the first half of a
    comparison (``MEASURED_AGAINST``: "term than mobile phones"), nor does
    it end within two words of a ``RELATIVES`` word, a "that" or a
    relative pronoun: such a clause is cut before its verb or its object
    more often than not ("fees that our", "clear that this rule", "tenants
    who rent", "owners whose boats sank"; not "lock that is always jammed",
    three words on). A phrase the engine makes opens on a content word and
    holds at most four (``CUE_SIZES``), so no cue holds one at all ("that's"
    too is read as "that s": "tram that s always")."""
    words = phrase.split()
    stranded = any(a in PREPOSITIONS and b in FINITE and not _named(a, b, text) for a, b in zip(words, words[1:]))
    if stranded or _half_compared(words) or RELATIVES & set(words[-3:]) or bases(words[-1]) & SEEMING or conceded(words, len(words), []) == "common":
        return False
    return not set(words) & (names | NUMBER_WORDS | SAYING) and not any(c.isdigit() for c in phrase)


def _named(preposition: str, word: str, text: str) -> bool:
    """Whether ``text`` prints ``word`` right after ``preposition``, and
    capitalised each time: one lower-case "to may" leaves the phrase in doubt."""
    printed = [m.group(1) for m in re.finditer(rf"\b{re.escape(preposition)}\s+({re.escape(word)})\b", typographic(text), re.I)]
    return bool(printed) and all(w[0].isupper() for w in printed)


def _half_compared(words: list[str]) -> bool:
    """Whether a phrase's second word is "as", or "than" after a word that is no comparative."""
    return words[1] == "as" or (words[1] == "than" and not (words[0].endswith("er") or words[0] == "worse"))


def _cut(phrase: str, joined: tuple[set[str], set[str]]) -> int:
    """How many of its ends a phrase has cut from the words around it."""
    words = phrase.split()
    return (words[-1] in joined[0]) + (words[0] in joined[1])


def draft_spec(
    sources: Sequence[Source], blocks: Sequence[Block], roles: Sequence[tuple[str, str]], report: Report = lambda stage, done, total: None
) -> str:
    """The text of a draft ``briefing.toml`` that builds as it is; ``report``
    hears how far the grouping of speakers has gone."""
    role = read_roles(roles)
    # Words misread as a speaker's name ("Shortly") are no one the draft lists.
    everyone = speakers(blocks)
    voices, misread = voices_and_misread(everyone, role, (s.text for s in sources))
    ranked = [(name, bs) for name, bs in everyone if name not in misread]
    by = dict(ranked)
    names = list(by)
    holders = role_holders(voices, names, role)
    excluded = {w for n, _ in everyone for w in words_of(n)} | proper_words(sources)
    joined = joined_words(sources)
    # An outlet of the sources, or one or a report the articles cite ("The Quayside Courier reported ..."), is in no group.
    outlets = cited(sources, everyone)
    topic = topic_of(sources, blocks, [name for name, _ in everyone if name not in outlets])
    # An office: two words of a role ("chief executive"), or a role of one word ("mayor").
    offices = {p for r in role.values() for p in phrases(r, (2,))} | {normal(r) for r in role.values() if len(r.split()) == 1}
    # A seed gives its group's label and first cues: a speaker with no phrase
    # a cue can be ("I don't want one") seeds no group.
    worded = {n for n, bs in ranked if any(_usable(p, excluded, b.text) for b in _own_words(bs) for p in phrases(b.text, CUE_SIZES, CUE_STOPS))}
    # Who answers whom by name, as the engine reads it: "Roe disagreed.", and a
    # quote that opens on one other speaker's view ("The minister says ..."),
    # each speaker taken as a side of their own.
    named = {(a, b) for a, b, _ in (*rebuttals(blocks), *reports(blocks, role, {n: n for n in by}, set(by)))}
    # A description or a group ("Residents") names no group and not the title: the named are ranked before them.
    # A speaker the draft says may be one listed before them is guessed into their group too.
    joins = {**{n: o for i, n in enumerate(names) if (o := same_as(n, names[:i]))}, **holders}
    grouped = [(name, bs) for name, bs in ranked if name not in outlets]
    groups = _groups(sorted(grouped, key=lambda nb: (nb[0] not in worded, nb[0] in voices)), role, excluded, worded, named, joins, report)
    # A headline drops its articles ("County weighs thirsty data center"): the body tells how the subject is named.
    question = f"{DRAFT_QUESTION} {_about(topic, [s.text.replace(s.title, '', 1) if s.title else s.text for s in sources])}?"
    lines = [
        "# A DRAFT spec written by `briefing init` from what the articles share. It builds as it is;",
        "# edit it, then run `briefing build` (and `briefing explain` to see why each speaker is placed).",
        "",
        "# The briefing's title: neutral, naming the subject, not one outlet's headline.",
        f"title = {toml_value(title_from(sources, named_first(everyone, outlets | misread, voices), topic))}",
        "# The contested question, worded so that every side would accept it. This one is a placeholder:",
        '# write the question the sides answer differently ("Should the council ...?").',
        f"question = {toml_value(question)}",
        "# Optional lines for the cover and the PDF's metadata (remove the # to use one): who made the",
        "# briefing, for which organisation, your reference number, a version or date line, a licence or disclaimer.",
        *(f'# {f.name} = ""' for f in fields(DocumentInfo)),
        "",
        "# Positions, shown in this order (the order implies no ranking). DRAFT: the two groups below are",
        "# a guess. Each is named after one main voice: the most quoted speaker, and the one the articles",
        "# say answers them, else the next most quoted. The others joined the group whose speakers they",
        "# do not answer, else whose words they share. Rename each label neutrally, keep the cues that",
        "# really signal the position, add your own, and add positions as the story needs (many have more than two).",
        "#   id    = a short name (letters, digits, - or _), used in [actors]",
        "#   label = the position as the briefing heads it",
        "#   cues  = phrases from speakers' own words that put a statement in this position; a cue",
        "#           matches its words side by side, in any case and any regular tense or number",
    ]
    for n, (group, other) in enumerate([(groups[0], groups[1]), (groups[1], groups[0])], 1):
        cues = _cues(group, other, by, (excluded, offices), joined, normal(topic or "") or "\0") if group else []
        # Only the seed is named: that the others share their view is a guess.
        label = f"{DRAFT_LABEL} {n}: the view of {group[0]}" if group else f"{DRAFT_LABEL} {n}"
        lines += [
            "",
            "[[positions]]",
            f'id = "position-{n}"',
            f"label = {toml_value(label)}",
            "cues = [" + ", ".join(toml_value(c) for c in cues) + "]" + ("" if cues else "  # add phrases of this side"),
        ]
    side = {name: n for n, group in enumerate(groups, 1) for name in group}
    lines += ["", *actor_table(ranked, role, side, voices, holders, outlets)]
    lines += [
        "",
        "# The articles as read. A value here replaces what was read: correct any that is wrong.",
        "# path = the file name (with its folder when two inputs share a name) or URL; outlet, title, date (YYYY-MM-DD), url.",
    ]
    for s in sources:
        lines += ["", "[[sources]]", f"path = {toml_value(s.path)}"]
        for key in ("outlet", "title", "date", "url"):
            value = getattr(s, key)
            lines.append(f"{key} = {toml_value(value)}" if value else _missing(key, header_lines(s) if key == "outlet" else []))
    return "\n".join(lines + _outlets_table(sources)) + "\n"


def _about(topic: str | None, texts: Sequence[str] = ()) -> str:
    """The subject as the question names it: a plural without "the", as
    said of a kind of thing ("disposable vapes"); a name, or a common noun
    the ``texts`` print with no article or possessive before it more often
    than not ("Quillmere", "school meals funding", "flood defence"), as it is; any
    other common noun with "the" ("the congestion charge"), as is a name the
    texts print after "the" more often than not ("the Senate")."""
    if not topic:
        return "this story"
    if re.search(r"[^usai]s$", topic) and topic == topic.lower():
        return topic
    if topic != topic.lower():
        return f"the {topic}" if after_the(topic, texts) else topic
    return topic if _bare(topic, texts) else f"the {topic}"


def _bare(topic: str, texts: Sequence[str]) -> bool:
    """Whether the texts print a common noun with no determiner before it
    more often than not: a mass noun, as "flood defence" is. A
    determiner is an article or a possessive right before it or before the
    one word that comes between ("the new congestion charge", "the city's
    bike share"), a name right before it ("Elmcote House care home"), or
    an amount, which a counted noun follows ("a $2 billion data center")."""
    def determined(before: str, word: str) -> bool:
        if word in DETERMINERS or word.endswith(("'s", "s'")) or word[:1].isupper() or word.isdigit() or word.casefold() in NUMBER_WORDS:
            return True
        return content(word) and (before.casefold() in DETERMINERS or before.endswith(("'s", "s'")))

    pattern = rf"(?:([\w']+)[^\w.;:!?]+)?([\w'-]+)[^\w.;:!?]+{re.escape(topic)}\b"
    found = [determined(m.group(1) or "", m.group(2)) for t in texts for m in re.finditer(pattern, typographic(t))]
    return sum(found) * 2 < len(found)


def _missing(key: str, printed: list[str]) -> str:
    """A commented line for a value not read, which removing its first #
    turns into valid TOML (what follows the value is a comment). For a
    missing outlet, the first name-shaped line the article prints at its
    top is offered as the value, for the user to judge: it is never taken
    as the outlet, since a person's name looks the same."""
    if not printed:
        return f'# {key} = ""   # not found in the article: fill it in and remove the first #'
    also = f" (it also prints {toml_value(printed[1])})" if len(printed) > 1 else ""
    return f"# {key} = {toml_value(printed[0])}   # printed at the top of the article{also}, not read as its outlet: if it is, remove the first #"


def _outlets_table(sources: Sequence[Source]) -> list[str]:
    """A commented ``[outlets]`` table listing the outlets as read, for the
    user to give each a group from a rating they trust (the tool rates none)."""
    outlets = dict.fromkeys(s.outlet for s in sources if s.outlet)
    return [
        "",
        "# Optional: coverage by outlet group. Name a scale and give each outlet a group on it, taken",
        "# from a published rating you trust and cited in rated_by (briefing rates no outlet itself;",
        "# see the README). Remove the # on the lines to use it; an outlet left out is unrated.",
        "# [outlets]",
        '# lean = ["left", "centre", "right"]',
        '# rated_by = ""',
        *(f'# {toml_value(name)} = ""' for name in outlets),
    ]
