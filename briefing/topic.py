"""What the sources share, for a briefing with no spec yet: sources and
blocks in, the subject they name out (``topic_of``: the subject of the
title that ``title`` writes).

The subject is the sources' most widely used two-word phrase, with the
word most of them print after it, or a name the titles share when no
title holds that phrase; a speaker the headlines name more often, when
there is one. Its phrases are ``story_words.phrases`` of the outlets' own
words, none of a speaker's name or role.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import and_

from . import wording
from .caches import per_build
from .data import words
from .headlines import headline
from .lexicon import language, load
from .mapping import Map, in_order
from .model import SPEECH_KINDS, Block, Source
from .no_side import regular_past
from .quotes import quote_spans
from .story_words import DETERMINERS, NUMBER_WORDS, SENTENCE_OPENERS, content, phrases, proper_words, tokenise, words_of
from .verbs import past
from .wording import normal

PREPOSITIONS = words("grammar", "prepositions")
# The simple prepositions of place (Quirk et al., A Comprehensive Grammar of
# the English Language, 9.15): what follows one in a description says where
# the speakers were, not who they are.
PLACE_PREPOSITIONS = {"at", "in", "on", "near", "inside", "outside"}
# Capitalised words that name a day or a month, never a story.
CALENDAR = words("grammar", "weekdays") | {m.casefold() for m in calendar.month_name if m}
# Words after which a verb stands in its bare form ("agreed to work together",
# "will work together"): the infinitive "to" and the modals and "do" among
# English's operators (Quirk et al. 1985, 3.21-3.23); "be" and "have" take a
# participle or a noun phrase instead. A phrase that follows one and never an
# article is a verb phrase, which names no subject.
BARE_VERB_MARKERS = {"to"} | (words("grammar", "ellipsis_operators") - {
    "am", "are", "is", "was", "were", "be", "been", "has", "have", "had",
    "aren't", "isn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
})


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
    phrase: "work together"), none ending on a verb's regular past printed
    in lower case (a subject and its verb: "the Assembly approved"). A
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
    printed, within = _by_phrase(forms, shared), _by_phrase(inside, shared)

    def form(p: str) -> str:
        """As most often printed inside a sentence (the first word of one is capitalised whatever it is)."""
        seen = within[p] or printed[p]
        return min(seen, key=lambda f: (-seen[f], f))

    def named(p: str) -> bool:
        return form(p).split()[-1][:1].isupper()

    def common(p: str) -> bool:
        return not named(p) and after_article[p] > 0 and cut_short[p] * 2 <= sum(printed[p].values())

    # Nor does a subject and its verb ("the harbour board voted"): a phrase whose head, its
    # last word, is a regular past tense (``_past``, as ``_can_end_phrase``), unless a name
    # ("Kelby United").
    shared = {p for p in shared if named(p) or not _past(p.split()[-1])}
    if not shared:
        return _title_name(sources, exclude) or _title_word(sources, exclude)
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
    "voted"; not "need") of a verb WordNet lists (``verbs.past``; not a noun
    in "-ed": "watershed", "seabed", "hatred"), not a compound adjective
    ("consultant-led")."""
    return "-" not in key and regular_past(key) and past(key)


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


def topic_of(sources: Sequence[Source], blocks: Sequence[Block], quoted: Sequence[str], each: Map = in_order) -> str | None:
    """The subject, leaving out the speakers' names and roles: a role's own
    phrases ("finance chief") and any phrase ending in a role's head noun
    ("prime minister" for a role "minister", "county attorney" for
    "attorney for the county"); or a speaker of ``quoted`` the headlines
    name (``_headlined``)."""
    roles = [b.speaker_role for b in blocks if b.speaker_role]
    heads = {_head(r) for r in roles}
    said = {b.speaker for b in blocks if b.speaker and b.kind in SPEECH_KINDS}
    phrases_of_roles = {p for r in roles for p in phrases(r, (2,))} | {p for s in said for p in described_phrases(s)}
    names = {w for s in said for w in name_words(s)}
    found = subject(sources, names, phrases_of_roles, heads, each)
    return _headlined(sources, quoted, found) or found


def _headlined(sources: Sequence[Source], quoted: Sequence[str], found: str | None) -> str | None:
    """The speaker the headlines name more often than ``found`` (the
    subject), in two at least, and more often than any other speaker: the
    person or body a reader knows the story by ("Vell says she will stay"
    and "Vell stays on" name Ada Vell). Headlines that name two speakers as
    often ("Vell and Rusk clash", "Rusk takes on Vell") name no one the
    story is known by: to name one would tell it from that one's side. A
    speaker is a name of two words or more (a description, "the harbour",
    names no one), counted by its last word, as a headline names a person
    by their surname, a word the sources print capitalised (not "Water" of
    "Quarnock Water", a common noun): the headline is read without the
    outlet's name a page's title carries (``headline``). ``quoted``: the
    speakers, most quoted first (``positions.speakers``), none an outlet
    nor one who only reports (``headlines.cited``)."""
    titles = [" ".join(tokenise(headline(s) or "")).casefold() for s in sources]
    in_titles = Counter(w for t in titles for w in set(t.split()))
    least = max(2, sum(f" {found.casefold()} " in f" {t} " for t in titles) + 1) if found else 2
    people = [n for n in quoted if len(n.split()) > 1 and all(w[:1].isupper() for w in n.split())]  # a description names no one
    counts = [(k, n) for n in people if (k := in_titles[n.split()[-1].casefold()]) >= least]
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
