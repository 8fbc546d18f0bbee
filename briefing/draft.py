"""What the sources share, for a briefing with no spec yet: sources and
blocks in; a neutral title, and the text of a draft ``briefing.toml``
(``briefing init``), out.

The title names the subject the most sources share (their most widely
used two-word phrase, or a name the titles share when no title holds that
phrase) and the speakers the most sources quote; it never takes one
outlet's headline for several (one source's own headline is its title;
sources that share no subject give each one's headline). The draft
groups speakers: the most quoted and the one who answers their words (a
view reported or dismissed), or else who uses fewest of the same words,
seed two groups; every other speaker joins the seed they do not answer,
else the group whose words theirs share most (a spokesperson the group of
the one they speak for), and each group's candidate cues
are phrases from its speakers' quotes that the other group's never use,
taken from each speaker in turn, with no name, figure or phrase made of
the other group's words. It is a guess, and the file says so.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import fields

from . import wording
from .caches import per_build
from .cues import evidence
from .data import words
from .lexicon import SUBJECTIVE, language, load
from .messages import counted, excerpt
from .model import SPEECH_KINDS, Block, DocumentInfo, PositionSpec, Source
from .positions import principal, speakers
from .quotes import quote_spans
from .spec import DRAFT_LABEL
from .wording import normal, typographic

# Closed-class words, and the commonest adverbs and words of time and
# quantity: words that name no subject and separate no side.
FUNCTION_WORDS = wording.FUNCTION_WORDS | words("grammar", "plain_words")
DETERMINERS = words("grammar", "determiners") | {"our"}
PREPOSITIONS = words("grammar", "prepositions")
# Words that open a clause's object or a new clause ("... makes | no
# difference", "a minute | they are not paid"): a phrase that stops right
# before one ends on a verb without its object, or mid-clause.
OBJECT_OPENERS = DETERMINERS | words("grammar", "personal_pronouns") | {"no", "every", "some", "any", "my", "your"}
# Capitalised words that name a day or a month, never a story.
CALENDAR = words("grammar", "weekdays") | {m.casefold() for m in calendar.month_name if m}
# Spelled-out numbers: a cue holds no figure, in digits or in words ("forty
# one years", "two million pounds"); "one" is left out, as it is more often
# a pronoun ("the one way").
NUMBER_WORDS = (words("grammar", "number_units") - {"one"}) | words("grammar", "number_tens") | words("grammar", "number_scales")
# How a speaker holds another's words at arm's length: a view they report
# ("Campaigners call it a lifeline") or dismiss; the two are on different sides.
ANSWERED = {"reported", "dismissed"}
CUES_PER_POSITION = 6
CUE_SIZES = (2, 3, 4)  # words in a cue: four keeps a phrase whole ("take away the parking")
SENTENCE_OPENERS = {".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "—", "–", "-"}
SEED_POOL = 7  # the second group's seed is sought among this many most quoted speakers
# Where a phrase ends: sentence and clause punctuation, brackets, a dash.
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]…—–]+|\s-\s")
QUOTE_CHARS = 140
MAX_TITLES = 3  # sources that share no subject: up to this many headlines make the title  # a speaker's words shown in a comment are cut at this length


def _words(text: str) -> list[str]:
    return normal(text).split()


@per_build  # a story's words come back in every source: each is tested once
def _content(word: str) -> bool:
    return len(word) > 2 and not word.isdigit() and word not in FUNCTION_WORDS and word not in language()["speech_verbs"]


def phrases(text: str, sizes: Sequence[int] = (2, 3)) -> set[str]:
    """Runs of ``sizes`` words that begin and end with a content word, with
    no "and"/"or"/"but" inside (two phrases, not one), no word twice, and
    inside one clause: none runs across a full stop, comma or dash ("Nothing
    is permanent. If the trial ..." gives no "permanent if the trial"), nor
    ends inside a hyphenated word ("sails half" of "sails half-empty")."""
    out = set()
    for clause in CLAUSE_BREAK.split(text):
        words = _words(clause)
        for n in sizes:
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if (
                    _content(run[0]) and _content(run[-1]) and not set(run[1:-1]) & {"and", "or", "but"}
                    and len(set(run)) == n and not _in_compound(clause, run)
                    and (i + n == len(words) or words[i + n] not in OBJECT_OPENERS)
                ):
                    out.add(" ".join(run))
    return out


def _in_compound(clause: str, run: list[str]) -> bool:
    """Whether the run, as printed in ``clause``, begins or ends inside a
    hyphenated word."""
    if "-" not in clause:
        return False
    printed, text = r"\W+".join(map(re.escape, run)), typographic(clause).casefold()
    # A run the normal form does not print as is (an accent dropped) is kept.
    return re.search(printed, text) is not None and re.search(rf"(?<![\w-]){printed}(?![\w-])", text) is None


def _tokens(text: str) -> list[str]:
    """Words (a hyphenated compound is one: "same-sex") and punctuation."""
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]", typographic(text))


def _narration(text: str) -> str:
    """The outlet's own words: each paragraph with its quotations cut out,
    a full stop where each was, so no phrase runs across a cut."""
    pieces = []
    for paragraph in text.split("\n"):
        last = 0
        for span in quote_spans(paragraph)[0]:
            pieces.append(paragraph[last : max(span.start - 1, 0)])
            last = span.end + 1
        pieces.append(paragraph[last:])
    return " . ".join(pieces)


def subject(sources: Sequence[Source], exclude: set[str], roles: Set[str] = frozenset(), heads: Set[str] = frozenset()) -> str | None:
    """The two-word phrase the most sources use, as most often printed; none
    with a word of ``exclude`` (names), none of the ``roles`` phrases, none
    ending in a role's head noun of ``heads`` (an office: "prime minister"). A
    common-noun phrase is preferred: printed in lower case (a name is more
    often a place), seen after an article or a possessive ("the congestion
    charge"; never "the become law"), and complete (not mostly followed by
    another content word, as "biggest economic" is). Then the phrase in most
    titles, then in most sources. Only the outlets' own words count: a
    phrase from a quotation is a speaker's framing ("a witch hunt"), and the
    title would take it over."""
    reach: Counter[str] = Counter()
    in_titles: Counter[str] = Counter()
    printed: dict[str, Counter[str]] = defaultdict(Counter)
    after_article: Counter[str] = Counter()
    cut_short: Counter[str] = Counter()
    for s in sources:
        tokens = _tokens(_narration(s.text))
        keys = [t.casefold() for t in tokens] + ["."]
        # each token's test once, not once for each pair it stands in
        content = [_content(k) for k in keys]
        usable = [c and k not in exclude for c, k in zip(content, keys)]
        seen = set()
        for i in range(len(tokens) - 1):
            if usable[i] and usable[i + 1] and keys[i + 1] not in heads:
                key = f"{keys[i]} {keys[i + 1]}"
                if key in roles:
                    continue
                seen.add(key)
                printed[key][f"{tokens[i]} {tokens[i + 1]}"] += 1
                after_article[key] += i > 0 and keys[i - 1] in DETERMINERS
                cut_short[key] += content[i + 2]
        reach.update(seen)
        title = [t.casefold() for t in _tokens(s.title or "")]
        in_titles.update({f"{a} {b}" for a, b in zip(title, title[1:]) if _content(a) and _content(b)})
    # A phrase with a word of the neutrality lexicon ("a great wealth") would
    # make the title take the outlets' tone.
    shared = [p for p in reach if reach[p] >= min(2, len(sources)) and not load().find(p)]
    if not shared:
        return _title_name(sources, exclude)

    def form(p: str) -> str:
        return min(printed[p], key=lambda f: (-printed[p][f], f))

    def rank(p: str) -> tuple:
        common = form(p) == p and after_article[p] > 0 and cut_short[p] * 2 <= sum(printed[p].values())
        return (form(p) != p, -in_titles[p], not common, -reach[p], p)

    best = min(shared, key=rank)
    # A phrase no title holds is a detail of the story; a name two titles
    # share ("Harwick", "Brexit") says what it is about.
    return (not in_titles[best] and _title_name(sources, exclude)) or form(best)


def _title_name(sources: Sequence[Source], exclude: set[str]) -> str | None:
    """The name (a word the outlets print capitalised, mostly on its own, not
    as a piece of a longer name) the most titles hold, in two titles at
    least and in the outlets' own words; not a word of ``exclude``, of an
    outlet's name, a weekday or a month."""
    skip = exclude | {w for s in sources for w in _words(s.outlet or "")} | CALENDAR
    in_titles = Counter(w for s in sources for w in {t.casefold() for t in _tokens(s.title or "")})
    printed: dict[str, Counter[str]] = defaultdict(Counter)
    in_longer: Counter[str] = Counter()  # printed beside another capitalised word: part of a longer name
    for s in sources:
        tokens = _tokens(_narration(s.text))
        for before, t, after in zip(["."] + tokens, tokens, tokens[1:] + ["."]):
            printed[t.casefold()][t] += 1
            in_longer[t.casefold()] += before not in SENTENCE_OPENERS and before[0].isupper() or after[0].isupper()
    proper = proper_words(sources)
    names = [
        w for w in in_titles
        if in_titles[w] >= 2 and printed[w] and w in proper and _content(w) and w not in skip
        and in_longer[w] * 2 <= printed[w].total()
    ]
    best = min(names, key=lambda w: (-in_titles[w], -printed[w].total(), w), default=None)
    return min(printed[best], key=lambda f: (-printed[best][f], f)) if best else None


def _topic(sources: Sequence[Source], blocks: Sequence[Block]) -> str | None:
    """The subject, leaving out the speakers' names and roles: a role's own
    phrases ("finance chief") and any phrase ending in a role's head noun
    ("prime minister" for a role "minister", "county attorney" for
    "attorney for the county")."""
    roles = [b.speaker_role for b in blocks if b.speaker_role]
    heads = {_head(r) for r in roles}
    phrases_of_roles = {p for r in roles for p in phrases(r, (2,))}
    names = {w for b in blocks if b.speaker and b.kind in SPEECH_KINDS for w in _name_words(b.speaker)}
    return subject(sources, names, phrases_of_roles, heads)


def _name_words(speaker: str) -> set[str]:
    """The words of a speaker's name, which never name the subject: all of
    a name ("Ewan Maclure", "Westline Ferries"); of a description, its
    words in lower case ("health board"), not the place it names, which
    may be the story's ("Hollin" of "Hollin's campaigners")."""
    words = _tokens(speaker)
    described = any(w[:1].islower() for w in words)
    return {w for t in words if not (described and t[:1].isupper()) for w in _words(t)}


def _head(role: str) -> str:
    """A role's head noun: its last word before a preposition ("chair" of
    "chair of the board")."""
    words = _words(role)
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i), len(words))
    return words[cut - 1] if words else ""


# What sits between a headline and the site's or section's name in a page
# title ("Headline | Site", "Opinion - Headline").
TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+|\s+::\s+")
# A label printed before a headline in capitals ("LIVE:", "WATCH:").
KICKER = re.compile(r"^[A-Z][A-Z ]{1,20}:\s+(?=\S)")
SHORT_PART = 3  # words: a part this short beside a longer one names a site or a section


def headline(source: Source) -> str | None:
    """The source's own headline without the furniture a page title carries:
    a part that is the outlet's name, a short part (a site or section name)
    beside a longer one, a capitalised label before it."""
    def squash(text: str) -> str:
        return re.sub(r"^the|[^a-z0-9]", "", normal(text).replace(" ", ""))

    outlet = squash(source.outlet or "")
    parts = [p.strip() for p in TITLE_PARTS.split(source.title or "") if p.strip()]
    parts = [p for p in parts if not (outlet and squash(p) and (squash(p) in outlet or outlet in squash(p)))]
    if any(len(p.split()) > SHORT_PART for p in parts):
        parts = [p for p in parts if len(p.split()) > SHORT_PART]
    title = KICKER.sub("", " - ".join(parts))
    return title or None


def neutral_title(sources: Sequence[Source], blocks: Sequence[Block]) -> str:
    """The shared subject and the two most quoted speakers. One outlet's
    headline is never the title of several; with one source, its own
    headline is the fairest title there is, and when the sources share no
    subject each one's headline says what the briefing holds, unless it
    holds a word of the neutrality lexicon."""
    return _title(sources, [name for name, _ in speakers(blocks)], _topic(sources, blocks))


def _watched(text: str) -> bool:
    """Whether ``text`` holds one of Wikipedia's words to watch ("mocks",
    "so-called"): a headline with one takes its outlet's tone. A word only
    subjective ("wins") is not held against it, as in the neutrality stage."""
    return any(hit.category != SUBJECTIVE for hit in load().find(text))


def _title(sources: Sequence[Source], everyone: Sequence[str], topic: str | None) -> str:
    """``neutral_title`` from the speakers, most quoted first, and the topic."""
    own = [h if h and not _watched(h) else None for h in map(headline, sources)]
    if len(sources) == 1 and own[0]:
        return own[0]
    names = everyone[:2]
    topic = topic[0].upper() + topic[1:] if topic else None
    people = ", ".join(names) + " and others" if len(everyone) > 2 else " and ".join(names)
    n_sources = counted(len(sources), "source")
    if topic and people:
        return f"{topic}: statements by {people}"
    if topic:
        return f"{topic}: {n_sources}"
    if all(own) and len(own) <= MAX_TITLES:
        return " / ".join(t for t in own if t)
    if people:
        return f"Statements by {people}"
    return f"Briefing from {n_sources}"


def _groups(ranked: list[tuple[str, list[Block]]], roles: dict[str, str], names_of: Set[str] = frozenset()) -> list[list[str]]:
    """Two groups of speakers by shared words; a speaker who shares no more
    words with one group than the other is in neither. A spokesperson or an
    office is in the group of the one they speak for, whatever their words."""
    vocab = {name: set().union(*(phrases(b.text, (1,)) for b in bs)) for name, bs in ranked}
    names = [n for n, _ in ranked]
    # Words most speakers use (the story's own vocabulary) separate no one.
    used = Counter(w for v in vocab.values() for w in v)
    vocab = {n: {w for w in v if used[w] * 2 <= len(names)} for n, v in vocab.items()}
    if len(names) < 2:
        return [names, []]

    def overlap(a: set[str], b: set[str]) -> float:
        return len(a & b) / (len(a | b) or 1)

    blocks = dict(ranked)

    def opposed(a: str, b: str) -> int:
        return _answered(blocks[a], vocab[b] - names_of) + _answered(blocks[b], vocab[a] - names_of)

    # The second seed is a main voice too: among the next most quoted, the one
    # who answers the first speaker's words or whose words the first answers,
    # most; else, with two statements or more where possible, the one whose
    # words are furthest from the first's.
    pool = names[1:SEED_POOL]
    against = {n: opposed(names[0], n) for n in pool}
    main = [n for n in pool if len(blocks[n]) > 1] or pool
    seed_b = min(main if not any(against.values()) else pool, key=lambda n: (-against[n], overlap(vocab[names[0]], vocab[n]), names.index(n)))
    groups = [[names[0]], [seed_b]]
    for name in names[1:]:
        if name == seed_b:
            continue
        answers = [opposed(name, g[0]) for g in groups]
        scores = [overlap(vocab[name], vocab[g[0]]) for g in groups]
        if answers[0] != answers[1]:
            groups[answers.index(min(answers))].append(name)  # the side of the seed they do not answer
        elif scores[0] != scores[1]:
            groups[scores.index(max(scores))].append(name)
    for name in names:
        head = principal(name, names, roles)
        if head and name not in (names[0], seed_b):
            groups = [[n for n in g if n != name] + ([name] if head in g else []) for g in groups]
    return groups


def _answered(blocks: list[Block], others: set[str]) -> int:
    """How many of ``others`` (another speaker's words, no name among them)
    these blocks' quotations hold only inside a view their speaker reports
    or dismisses. Reported speech is the outlet's sentence: its "X said"
    is no view the speaker reports."""
    held: set[str] = set()
    for block in blocks:
        found = others & set(_words(block.text)) if block.kind == "quote" else set()
        if found:
            ignored = evidence(block, (PositionSpec("answered", "", tuple(sorted(found))),)).ignored
            held |= {s.cue for s in ignored if s.kind in ANSWERED}
    return len(held)


def proper_words(sources: Sequence[Source]) -> set[str]:
    """Words the sources print capitalised inside a sentence at least as
    often as not: names of people, places, bodies and peoples ("Harwick",
    "Senate", "Welsh"). A sentence's first word tells nothing and is not
    counted."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in sources:
        for paragraph in s.text.split("\n"):
            tokens = _tokens(paragraph)
            for before, word in zip(["."] + tokens, tokens):
                if word[0].isalpha() and before not in SENTENCE_OPENERS:
                    seen[word.casefold()] += 1
                    capital[word.casefold()] += word[0].isupper()
    return {w for w in seen if capital[w] * 2 >= seen[w]}


def joined_words(sources: Sequence[Source]) -> tuple[set[str], set[str]]:
    """Words mostly followed by another content word ("high" street,
    "twenty" winters), and words mostly preceded by one (take "away"): a
    phrase that ends or begins with one is most likely a piece of a longer one."""
    after: Counter[str] = Counter()
    before: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in sources:
        for paragraph in s.text.split("\n"):
            words = [t.casefold() for t in _tokens(paragraph)]
            for prev, word, nxt in zip(["."] + words, words, words[1:] + ["."]):
                seen[word] += 1
                after[word] += _content(nxt)
                before[word] += _content(prev)
    return {w for w in seen if after[w] * 2 > seen[w]}, {w for w in seen if before[w] * 2 > seen[w]}


def _own_words(blocks: list[Block]) -> list[Block]:
    """A speaker's quoted words, most widely reported first; their reported
    speech only when they have none (its sentence is mostly the outlet's:
    "X, who founded the group, said ...")."""
    quotes = [b for b in blocks if b.kind == "quote"]
    return sorted(quotes or blocks, key=lambda b: (-len(b.sources), b.first))


def _cues(
    group: list[str], other: list[str], by: dict[str, list[Block]], excluded: set[str], joined: tuple[set[str], set[str]], topic: str
) -> list[str]:
    """Phrases the group's speakers use and the other group's never do (and
    that hold no name and not the story's subject), taken from each speaker
    in turn, most quoted first, so that a position is not drafted from one
    speaker's words: each speaker's phrases used by more of the group, then
    by more outlets, then whole (not ending or beginning in a word ``joined``
    to the next or the one before), then the longer. No figure: a number is
    a fact reported, not a side."""
    used_by_other = set().union(*(phrases(b.text, CUE_SIZES) for n in other for b in _own_words(by[n])))
    # A phrase made only of words the other group uses too is common words
    # put together ("need to make sure"), not this group's point.
    words_of_other = set().union(*(_words(b.text) for n in other for b in _own_words(by[n])))
    outlets: dict[str, set[str]] = defaultdict(set)
    mine: list[list[str]] = []
    # A speaker never quoted gives cues only to a group no one quoted: their
    # reported speech is the outlet's sentence, and often a misread one.
    quoted = [n for n in group if any(b.kind == "quote" for b in by[n])]
    for name in quoted or group:
        found: dict[str, None] = {}  # in order of the speaker's most reported words
        for b in _own_words(by[name]):
            for p in sorted(phrases(b.text, CUE_SIZES) - used_by_other):
                words = set(p.split())
                if (
                    not words & (excluded | NUMBER_WORDS) and topic not in p and not any(c.isdigit() for c in p)
                    and {w for w in words if _content(w)} - words_of_other
                ):
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
            while ps and set(ps[0].split()) & {w for c in chosen for w in c.split() if _content(w)}:
                ps.pop(0)
            if ps and len(chosen) < CUES_PER_POSITION:
                chosen.append(ps.pop(0))
    return chosen


def _cut(phrase: str, joined: tuple[set[str], set[str]]) -> int:
    """How many of its ends a phrase has cut from the words around it."""
    words = phrase.split()
    return (words[-1] in joined[0]) + (words[0] in joined[1])


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(text: str) -> str:
    """Text fit for one comment line."""
    return excerpt(text, QUOTE_CHARS)


def draft_spec(sources: Sequence[Source], blocks: Sequence[Block], roles: Sequence[tuple[str, str]]) -> str:
    """The text of a draft ``briefing.toml`` that builds as it is."""
    ranked = speakers(blocks)
    by = dict(ranked)
    excluded = {w for n in by for w in _words(n)} | proper_words(sources)
    joined = joined_words(sources)
    topic = _topic(sources, blocks)
    role = dict(roles)
    groups = _groups(ranked, role, excluded)
    about = (f"the {topic}" if topic == topic.lower() else topic) if topic else "this story"
    question = f"What is disputed about {about}?"
    lines = [
        "# A DRAFT spec written by `briefing init` from what the articles share. It builds as it is;",
        "# edit it, then run `briefing build` (and `briefing explain` to see why each speaker is placed).",
        "",
        "# The briefing's title: neutral, naming the subject, not one outlet's headline.",
        f"title = {_toml(_title(sources, [name for name, _ in ranked], topic))}",
        "# The contested question, worded so that every side would accept it.",
        f"question = {_toml(question)}",
        "# Optional lines for the cover and the PDF's metadata (remove the # to use one):",
        *(f'# {f.name} = ""' for f in fields(DocumentInfo)),
        "",
        "# Positions, shown in this order (the order implies no ranking). DRAFT: the two groups below",
        "# were guessed from which words the speakers use. Rename each label neutrally, keep the cues",
        "# that really signal the position, add your own, and add positions as the story needs.",
        "#   id    = a short name (letters, digits, - or _), used in [actors]",
        "#   label = the position as the briefing heads it",
        "#   cues  = phrases from speakers' own words that put a statement in this position",
    ]
    for n, (group, other) in enumerate([(groups[0], groups[1]), (groups[1], groups[0])], 1):
        cues = _cues(group, other, by, excluded, joined, normal(topic or "") or "\0") if group else []
        # Only the seed is named: that the others share their view is a guess.
        label = f"{DRAFT_LABEL} {n}: the view of {group[0]}" if group else f"{DRAFT_LABEL} {n}"
        lines += [
            "",
            "[[positions]]",
            f'id = "position-{n}"',
            f"label = {_toml(label)}",
            "cues = [" + ", ".join(_toml(c) for c in cues) + "]" + ("" if cues else "  # add phrases of this side"),
        ]
    lines += [
        "",
        "# Speakers, most quoted first, with their most widely reported words. A speaker listed here",
        "# is placed in that position whatever their words; remove the # to use a line.",
        "[actors]",
    ]
    side = {name: n for n, group in enumerate(groups, 1) for name in group}
    for name, bs in ranked:
        # Their own quoted words when they have any; reported speech is the outlet's sentence.
        top = min(bs, key=lambda b: (b.kind != "quote", -len(b.sources), b.first))
        words = f"“{_comment(top.text)}”" if top.kind == "quote" else f"reported: {_comment(top.text)}"
        guess = f'"position-{side[name]}"' if name in side else '""  # no group guessed'
        described = f" ({_comment(role[name])})" if role.get(name) else ""
        lines += [
            f"# {_comment(name)}{described}, {'quoted' if top.kind == 'quote' else 'reported'} in "
            f"{counted(len({s for b in bs for s in b.sources}), 'source')}:",
            f"#   {words}",
            f"# {_toml(name)} = {guess}",
        ]
    if not ranked:
        lines.append('# "Jane Doe" = "position-1"   (no speaker was found in these articles)')
    lines += [
        "",
        "# The articles as read. A value here replaces what was read: correct any that is wrong.",
        "# path = the file name (with its folder when two inputs share a name) or URL; outlet, title, date (YYYY-MM-DD), url.",
    ]
    for s in sources:
        lines += ["", "[[sources]]", f"path = {_toml(s.path)}"]
        for key in ("outlet", "title", "date", "url"):
            value = getattr(s, key)
            lines.append(f"{key} = {_toml(value)}" if value else f'# {key} = ""   (not found in the article)')
    return "\n".join(lines + _outlets_table(sources)) + "\n"


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
        *(f'# {_toml(name)} = ""' for name in outlets),
    ]
