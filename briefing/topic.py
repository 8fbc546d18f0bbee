"""What the sources share, for a briefing with no spec yet: sources and
blocks in; their words and phrases, the subject they name and a neutral
title out (the title of a briefing built without a spec, and of the draft
``briefing.toml`` that ``draft`` writes).

The title names the subject the most sources share (their most widely
used two-word phrase, with the word most of them print after it, or a
name the titles share when no title holds that phrase; a speaker the
headlines name more often, when there is one) and the speakers the most sources quote; it never takes one
outlet's headline for several (one source's own headline is its title;
sources that share no subject give each one's headline), nor a headline
with a word to watch. Phrases are the runs of words a cue or a subject can
be: they begin and end with a content word inside one clause.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import and_

from . import wording
from .caches import per_build
from .data import words
from .headlines import cited, headline
from .lexicon import SUBJECTIVE, language, load
from .mapping import Map, in_order
from .messages import counted
from .model import SPEECH_KINDS, Block, Source
from .no_side import regular_past
from .positions import speakers
from .quotes import quote_spans
from .wording import normal, typographic

# Closed-class words (most indefinite pronouns among them), and the commonest
# adverbs and words of time and quantity: words that name no subject and
# separate no side.
FUNCTION_WORDS = wording.FUNCTION_WORDS | words("grammar", "plain_words") | words("grammar", "indefinite_pronouns")
DETERMINERS = words("grammar", "determiners") | {"our"}
PREPOSITIONS = words("grammar", "prepositions")
# Words that open a clause's object or a new clause ("... makes | no
# difference", "a minute | they are not paid", "never seen | anybody"): a phrase that stops right
# before one ends on a verb without its object, or mid-clause.
OBJECT_OPENERS = DETERMINERS | words("grammar", "personal_pronouns") | words("grammar", "indefinite_pronouns") | {"no", "every", "some", "any", "my", "your", "nobody", "nothing"}
# A cue stops before none of these either: a particle of a phrasal verb ("went | up").
CUT_BEFORE = OBJECT_OPENERS | words("grammar", "phrasal_particles")
# Spelled-out numbers: a cue or a subject holds no figure, in digits or in
# words ("forty one years", "three branch libraries"); "one" is left out, as
# it is more often a pronoun ("the one way").
NUMBER_WORDS = (words("grammar", "number_units") - {"one"}) | words("grammar", "number_tens") | words("grammar", "number_scales")
# The simple prepositions of place (Quirk et al., A Comprehensive Grammar of
# the English Language, 9.15): what follows one in a description says where
# the speakers were, not who they are.
PLACE_PREPOSITIONS = {"at", "in", "on", "near", "inside", "outside"}
# Capitalised words that name a day or a month, never a story.
CALENDAR = words("grammar", "weekdays") | {m.casefold() for m in calendar.month_name if m}
SENTENCE_OPENERS = {".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "—", "–", "-"}
# Where a phrase ends: sentence and clause punctuation, brackets, a dash.
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]…—–]+|\s-\s")
# Words after which a verb stands in its bare form ("agreed to work together",
# "will work together"): the infinitive "to" and the modals and "do" among
# English's operators (Quirk et al. 1985, 3.21-3.23); "be" and "have" take a
# participle or a noun phrase instead. A phrase that follows one and never an
# article is a verb phrase, which names no subject.
BARE_VERB_MARKERS = {"to"} | (words("grammar", "ellipsis_operators") - {
    "am", "are", "is", "was", "were", "be", "been", "has", "have", "had",
    "aren't", "isn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
})
MAX_TITLES = 3  # sources that share no subject: up to this many headlines make the title


def words_of(text: str) -> list[str]:
    return normal(text).split()


@per_build  # a story's words come back in every source: each is tested once
def content(word: str) -> bool:
    return len(word) > 2 and not word.isdigit() and word not in FUNCTION_WORDS and word not in language()["speech_verbs"]


def phrases(text: str, sizes: Sequence[int] = (2, 3), stops: Set[str] = OBJECT_OPENERS) -> set[str]:
    """Runs of ``sizes`` words that begin and end with a content word, with
    no "and"/"or"/"but" inside (two phrases, not one), no word twice, and
    inside one clause: none runs across a full stop, comma or dash ("Nothing
    is permanent. If the trial ..." gives no "permanent if the trial"), nor
    ends inside a hyphenated word ("sails half" of "sails half-empty"), nor
    right before a word of ``stops``."""
    out = set()
    for clause in CLAUSE_BREAK.split(text):
        words = words_of(clause)
        for n in sizes:
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if (
                    content(run[0]) and content(run[-1]) and not set(run[1:-1]) & {"and", "or", "but"}
                    and len(set(run)) == n and not _in_compound(clause, run)
                    and (i + n == len(words) or words[i + n] not in stops)
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


def tokenise(text: str) -> list[str]:
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


@dataclass(frozen=True, slots=True)
class _Phrases:
    """One source's two-word phrases of its own words that ``subject`` may
    take: each as printed, in order (``printed``; its key is its
    casefold), whether it follows an article or a possessive, whether it
    follows "to" or a modal (``BARE_VERB_MARKERS``) and whether a content
    word follows it (``after_article``, ``after_bare_marker``, ``cut_short``: 1 or 0 for
    each), whether it opens a sentence, where its case tells nothing
    (``opening``: the same), the word in lower case that follows a phrase where it can end a
    noun phrase (``followed``: casefold phrase and word), the content word in
    lower case before it, after an article (``preceded``: the same), and the two-word
    phrases of its title (``titled``)."""

    printed: list[str]
    after_article: bytes
    after_bare_marker: bytes
    cut_short: bytes
    opening: bytes
    followed: frozenset[tuple[str, str]]
    preceded: frozenset[tuple[str, str]]
    titled: frozenset[str]


def _phrases_of(exclude: Set[str], roles: Set[str], heads: Set[str], text_title: tuple[str, str]) -> _Phrases:
    """``_Phrases`` of one source's text and title: needs only them and the
    words to leave out, so sources can be read in any process."""
    text, title = text_title
    tokens = tokenise(_narration(text))
    keys = [t.casefold() for t in tokens] + ["."]
    # each token's test once, not once for each pair it stands in
    is_content = list(map(content, keys))
    # A day names no story; a figure ("24,000-seat", "three") is a detail each outlet may give its own way.
    usable = [(c or _coded(t)) and k not in exclude and k not in CALENDAR and k not in NUMBER_WORDS and not _figure(t) for c, k, t in zip(is_content, keys, tokens + ["."])]
    printed, after_article, after_bare_marker, cut_short, opening, followed, preceded = [], bytearray(), bytearray(), bytearray(), bytearray(), set(), set()
    for i in compress(range(len(tokens) - 1), map(and_, usable, usable[1:])):
        key = f"{keys[i]} {keys[i + 1]}"
        if keys[i + 1] not in heads and key not in roles:
            printed.append(f"{tokens[i]} {tokens[i + 1]}")
            after_article.append(i > 0 and keys[i - 1] in DETERMINERS)
            after_bare_marker.append(i > 0 and keys[i - 1] in BARE_VERB_MARKERS)
            cut_short.append(is_content[i + 2])
            opening.append(i == 0 or tokens[i - 1] in SENTENCE_OPENERS)
            # The word before, when an article comes before it and it is printed in the same case: "a post
            # office counter", "the Coastal Broadcasting Network"; not "to end ...".
            same_case = tokens[i - 1][0].isupper() == tokens[i][0].isupper()
            if i > 1 and keys[i - 2] in DETERMINERS and same_case and usable[i - 1] and keys[i - 1] not in NUMBER_WORDS:
                preceded.add((key, tokens[i - 1]))
            if i + 2 < len(tokens) and tokens[i + 2].islower() and _can_end_phrase(keys[i + 2]):
                followed.add((key, tokens[i + 2]))
    title_words = [(t.casefold(), content(t.casefold()) or _coded(t)) for t in tokenise(title)]
    titled = frozenset({f"{a} {b}" for (a, a_ok), (b, b_ok) in zip(title_words, title_words[1:]) if a_ok and b_ok})
    return _Phrases(
        printed, bytes(after_article), bytes(after_bare_marker), bytes(cut_short), bytes(opening), frozenset(followed), frozenset(preceded), titled
    )


def _figure(word: str) -> bool:
    """Whether a word as printed is a figure ("40", "1,500", "2m" of "£2m",
    "000-seat"): one holding a digit and no capital. One with a capital
    ("5G", "M25", "Covid-19", "A38") is a name, which a title may hold."""
    return any(map(str.isdigit, word)) and not any(map(str.isupper, word))


def _coded(word: str) -> bool:
    """Whether a word as printed is a name made of capitals and digits
    ("5G", "M25"): a content word, however short."""
    return any(map(str.isdigit, word)) and any(map(str.isupper, word))


def subject(
    sources: Sequence[Source], exclude: Set[str], roles: Set[str] = frozenset(), heads: Set[str] = frozenset(), each: Map = in_order
) -> str | None:
    """The two-word phrase the most sources use, as most often printed; none
    with a word of ``exclude`` (names), none of the ``roles`` phrases, none
    ending in a role's head noun of ``heads`` (an office: "prime minister"),
    none printed after "to" or a modal and never after an article (a verb
    phrase: "work together"). A
    phrase whose head, its last word, is printed in lower case inside a
    sentence is preferred ("harbour dues", "Dunmarrow weir"; not "Kelby
    Vale": a name is more often a place); then the phrase in most titles;
    then a common-noun phrase, seen after an article or a possessive ("the
    congestion charge"; never "the become law") and complete (not mostly
    followed by another content word, as "biggest economic" is); then the
    phrase in most sources. Only the outlets' own words count: a
    phrase from a quotation is a speaker's framing ("a witch hunt"), and the
    title would take it over. Each source's phrases are found by ``each``
    (the build's process pool for many sources); they are counted here."""
    reach: Counter[str] = Counter()
    in_titles: Counter[str] = Counter()
    forms: Counter[str] = Counter()  # each phrase as printed; its key is its casefold
    inside: Counter[str] = Counter()  # the same, where it opens no sentence
    after_article: Counter[str] = Counter()
    after_bare_marker: Counter[str] = Counter()
    cut_short: Counter[str] = Counter()
    next_word: dict[str, Counter[str]] = defaultdict(Counter)  # sources that print a word after the phrase, by the word
    word_before: dict[str, Counter[str]] = defaultdict(Counter)  # and before it
    for found in each(partial(_phrases_of, exclude, roles, heads), [(s.text, s.title or "") for s in sources]):
        keys = list(map(str.casefold, found.printed))
        reach.update(set(keys))
        forms.update(found.printed)
        inside.update(compress(found.printed, (not o for o in found.opening)))
        after_article.update(compress(keys, found.after_article))
        after_bare_marker.update(compress(keys, found.after_bare_marker))
        cut_short.update(compress(keys, found.cut_short))
        in_titles.update(found.titled)
        for key, word in found.followed:
            next_word[key][word] += 1
        for key, word in found.preceded:
            word_before[key][word] += 1
    # A phrase with a word of the neutrality lexicon ("a great wealth") would
    # make the title take the outlets' tone.
    # An outlet's name ("Harbour Radio") is who reports, not what.
    outlets = [f" {normal(s.outlet)} " for s in sources if s.outlet]
    # A verb phrase ("work together" of "agreed to work together") names no subject.
    shared = {
        p for p in reach
        if reach[p] >= min(2, len(sources)) and not load().find(p) and not any(f" {p} " in o for o in outlets)
        and not (after_bare_marker[p] and not after_article[p])
    }
    if not shared:
        return _title_name(sources, exclude) or _title_word(sources, exclude)
    printed, within = _by_phrase(forms, shared), _by_phrase(inside, shared)

    def form(p: str) -> str:
        """As most often printed inside a sentence (the first word of one is capitalised whatever it is)."""
        seen = within[p] or printed[p]
        return min(seen, key=lambda f: (-seen[f], f))

    def named(p: str) -> bool:
        return form(p).split()[-1][:1].isupper()

    def common(p: str) -> bool:
        return not named(p) and after_article[p] > 0 and cut_short[p] * 2 <= sum(printed[p].values())

    best = min(shared, key=lambda p: (named(p), -in_titles[p], not common(p), -reach[p], p))
    if in_titles[best]:
        return _whole(form(best), next_word[best], word_before[best], reach[best])
    # A phrase no title holds is a detail of the story; a name two titles
    # share ("Quillmere", "Brexit") says what it is about. Short of one, a
    # verb and its object ("opened fire") names nothing: a common noun the
    # titles share ("shooting"), or no subject, is better than a wrong one.
    verb = not common(best) and _past(best.split()[0])
    return _title_name(sources, exclude) or (_title_word(sources, exclude) if verb else _whole(form(best), next_word[best], word_before[best], reach[best]))


def _by_phrase(forms: Counter[str], keys: Set[str]) -> dict[str, Counter[str]]:
    """The printed ``forms`` of each phrase of ``keys``, with their counts."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for f, n in forms.items():
        if f.casefold() in keys:
            found[f.casefold()][f] = n
    return found


@per_build  # asked of each word after each phrase of every source: each word is tested once
def _can_end_phrase(key: str) -> bool:
    """A word (printed in lower case: not a name) that can end a noun
    phrase: no closed-class word, speech verb, figure or punctuation, nor
    a regular past tense, which after a subject is its verb ("port board
    voted"): "week" of "school week" is one; "will" and "voted" are not."""
    return len(key) > 2 and key.replace("-", "").isalpha() and not _past(key) and key not in wording.FUNCTION_WORDS and key not in language()["speech_verbs"]


def _past(key: str) -> bool:
    """Whether a word is a regular past tense (``no_side.regular_past``:
    "voted"; not "need"), not a compound adjective ("consultant-led")."""
    return "-" not in key and regular_past(key)


def _whole(phrase: str, after: Counter[str], before: Counter[str], uses: int) -> str:
    """The phrase with the word that follows it, and the one before it, in
    most of the ``uses`` sources that print it: a phrase most outlets print
    as a piece of a longer one ("four-day school" of "four-day school week",
    "office counter" of "post office counter") says less than the whole, and
    reads as cut off. One outlet's habit is no such sign: a phrase one
    source prints is never lengthened."""
    for beside, join in ((after, "{} {}"), (before, "{1} {0}")):
        word, n = min(beside.items(), key=lambda kv: (-kv[1], kv[0]), default=("", 0))
        if n * 2 > max(uses, 2) and not load().find(join.format(phrase, word)):
            phrase = join.format(phrase, word)
    return phrase


def _title_name(sources: Sequence[Source], exclude: Set[str]) -> str | None:
    """The name (a word the outlets print capitalised, mostly on its own, not
    as a piece of a longer name) the most titles hold, in two titles at
    least and in the outlets' own words; not a word of ``exclude``, of an
    outlet's name, a weekday or a month."""
    skip = set(exclude) | {w for s in sources for w in words_of(s.outlet or "")} | CALENDAR
    in_titles = Counter(w for s in sources for w in {t.casefold() for t in tokenise(s.title or "")})
    printed: dict[str, Counter[str]] = defaultdict(Counter)
    in_longer: Counter[str] = Counter()  # printed beside another capitalised word: part of a longer name
    for s in sources:
        tokens = tokenise(_narration(s.text))
        for before, t, after in zip(["."] + tokens, tokens, tokens[1:] + ["."]):
            printed[t.casefold()][t] += 1
            in_longer[t.casefold()] += before not in SENTENCE_OPENERS and before[0].isupper() or after[0].isupper()
    proper = proper_words(sources)
    names = [
        w for w in in_titles
        if in_titles[w] >= 2 and printed[w] and w in proper and content(w) and w not in skip
        and in_longer[w] * 2 <= printed[w].total()
    ]
    best = min(names, key=lambda w: (-in_titles[w], -printed[w].total(), w), default=None)
    return min(printed[best], key=lambda f: (-printed[best][f], f)) if best else None


def _title_word(sources: Sequence[Source], exclude: Set[str]) -> str | None:
    """The word the most titles hold, in two at least, that two sources or
    more print in lower case in their own words (a common noun:
    "shooting"); no name, no word of ``exclude``, no day or month, no verb
    in the past tense, no figure ("4pm", "twelve")."""
    in_titles = Counter(w for s in sources for w in {t.casefold() for t in tokenise(s.title or "")})
    lower = Counter(w for s in sources for w in {t for t in tokenise(_narration(s.text)) if t.islower()})
    proper = proper_words(sources)
    words = [
        w for w, n in in_titles.items()
        if n >= 2 and lower[w] >= 2 and content(w) and w not in exclude and w not in CALENDAR and w not in NUMBER_WORDS and w not in proper and not _past(w) and not _figure(w)
    ]
    return min(words, key=lambda w: (-in_titles[w], -lower[w], w), default=None)


def topic_of(sources: Sequence[Source], blocks: Sequence[Block], each: Map = in_order) -> str | None:
    """The subject, leaving out the speakers' names and roles: a role's own
    phrases ("finance chief") and any phrase ending in a role's head noun
    ("prime minister" for a role "minister", "county attorney" for
    "attorney for the county")."""
    roles = [b.speaker_role for b in blocks if b.speaker_role]
    heads = {_head(r) for r in roles}
    said = {b.speaker for b in blocks if b.speaker and b.kind in SPEECH_KINDS}
    phrases_of_roles = {p for r in roles for p in phrases(r, (2,))} | {p for s in said for p in described_phrases(s)}
    names = {w for s in said for w in name_words(s)}
    found = subject(sources, names, phrases_of_roles, heads, each)
    return _headlined(sources, speakers(blocks), found) or found


def _headlined(sources: Sequence[Source], ranked: Sequence[tuple[str, list[Block]]], found: str | None) -> str | None:
    """The speaker the headlines name more often than ``found`` (the
    subject), in two at least, and more often than any other speaker: the
    person or body a reader knows the story by ("Vell says she will stay"
    and "Vell stays on" name Ada Vell). Headlines that name two speakers as
    often ("Vell and Rusk clash", "Rusk takes on Vell") name no one the
    story is known by: to name one would tell it from that one's side. A
    speaker is a name of two words or more (a description, "the harbour",
    names no one), counted by its last word, as a headline names a person
    by their surname, a word the sources print capitalised (not "Water" of
    "Quarnock Water", a common noun); never an outlet, nor one who only
    reports (``headlines.cited``): the headline is read without the outlet's name
    a page's title carries (``headline``). ``ranked`` is in the order of
    ``speakers``, most quoted first."""
    titles = [" ".join(tokenise(headline(s) or "")).casefold() for s in sources]
    in_titles = Counter(w for t in titles for w in set(t.split()))
    least = max(2, sum(f" {found.casefold()} " in f" {t} " for t in titles) + 1) if found else 2
    outlets = cited(sources, ranked)
    names = [n for n, _ in ranked if n not in outlets and len(n.split()) > 1 and all(w[:1].isupper() for w in n.split())]  # a description names no one
    counts = [(k, n) for n in names if (k := in_titles[n.split()[-1].casefold()]) >= least]
    proper = proper_words(sources) if counts else set()  # the whole text read only when a headline names a speaker
    counts = [(k, n) for k, n in counts if n.split()[-1].casefold() in proper]
    most = max((k for k, _ in counts), default=0)
    named = [n for k, n in counts if k == most]
    return named[0] if len(named) == 1 else None


def name_words(speaker: str) -> set[str]:
    """The words of a speaker's name, which never name the subject: all of
    a name ("Aldric Tadley", "Brimwater Ferries"); of a description of one
    word before a preposition of place ("volunteers" of "volunteers at the
    site of the landslide": what follows places them, and may be the story),
    that word, not the place it names, which may be the story's ("Cordale"
    of "Cordale's campaigners"). A longer description's words may name the
    subject ("care" of "care providers" in "care home"): its phrases are
    left out whole (``described_phrases``)."""
    words = _described(speaker)
    if words is None:
        return {w for t in tokenise(speaker) for w in words_of(t)}
    kept = {w for t in words for w in words_of(t)}
    return kept if len([w for w in kept if content(w)]) <= 1 else set()


def described_phrases(speaker: str) -> set[str]:
    """A description's two-word phrases ("health board" of "the health
    board", "harbour master" of "spokeswoman for the harbour master"),
    which never name the subject; none for a name."""
    words = _described(speaker)
    return phrases(" ".join(words), (2,)) if words else set()


def _described(speaker: str) -> list[str] | None:
    """A description's words in lower case before a preposition of place;
    None for a name (no word in lower case)."""
    words = tokenise(speaker)
    if not any(w[:1].islower() for w in words):
        return None
    words = words[: next((i for i, w in enumerate(words) if i and w.casefold() in PLACE_PREPOSITIONS), len(words))]
    return [t for t in words if not t[:1].isupper()]


def _head(role: str) -> str:
    """A role's head noun: its last word before a preposition ("chair" of
    "chair of the board")."""
    words = words_of(role)
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i), len(words))
    return words[cut - 1] if words else ""


def neutral_title(sources: Sequence[Source], blocks: Sequence[Block], each: Map = in_order) -> str:
    """The shared subject and the two most quoted speakers. One outlet's
    headline is never the title of several; with one source, its own
    headline is the fairest title there is, and when the sources share no
    subject each one's headline says what the briefing holds, unless it
    holds a word of the neutrality lexicon. ``each`` maps the per-source
    work (``mapping.Map``)."""
    return title_from(sources, speakers(blocks), topic_of(sources, blocks, each))


def _watched(text: str) -> bool:
    """Whether ``text`` holds one of Wikipedia's words to watch ("mocks",
    "so-called"): a headline with one takes its outlet's tone. A word only
    subjective ("wins") is not held against it, as in the neutrality stage."""
    return any(hit.category != SUBJECTIVE for hit in load().find(text))


def title_from(sources: Sequence[Source], ranked: Sequence[tuple[str, list[Block]]], topic: str | None) -> str:
    """``neutral_title`` from the speakers, most quoted first, and the topic;
    an outlet is no speaker the title names (``headlines.cited``), and a
    topic that is one of the two it names (``_headlined``) is named once, first."""
    own = [h if h and not _watched(h) else None for h in map(headline, sources)]
    if len(sources) == 1 and own[0]:
        return own[0]
    outlets = cited(sources, ranked)
    everyone = [name for name, _ in ranked if name not in outlets]
    if topic in everyone[:2]:
        return f"Statements by {_people([topic, *(n for n in everyone if n != topic)])}"
    topic = topic[0].upper() + topic[1:] if topic else None
    people, n_sources = _people(everyone), counted(len(sources), "source")
    if topic and people:
        return f"{topic}: statements by {people}"
    if topic:
        return f"{topic}: {n_sources}"
    if all(own) and len(own) <= MAX_TITLES:
        return " / ".join(t for t in own if t)
    return f"Statements by {people}" if people else f"Briefing from {n_sources}"


def _people(everyone: Sequence[str]) -> str:
    """The first two speakers, "and others" after them when there are more."""
    return ", ".join(everyone[:2]) + " and others" if len(everyone) > 2 else " and ".join(everyone)


def proper_words(sources: Sequence[Source]) -> set[str]:
    """Words the sources print capitalised inside a sentence at least as
    often as not: names of people, places, bodies and peoples ("Quillmere",
    "Senate", "Welsh"). A sentence's first word tells nothing and is not
    counted."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in sources:
        for paragraph in s.text.split("\n"):
            tokens = tokenise(paragraph)
            for before, word in zip(["."] + tokens, tokens):
                if word[0].isalpha() and before not in SENTENCE_OPENERS:
                    seen[word.casefold()] += 1
                    capital[word.casefold()] += word[0].isupper()
    return {w for w in seen if capital[w] * 2 >= seen[w]}
