"""What a sentence says, for matching paraphrased facts (``paraphrase``):
its profile, and the stems and views the index reads it by
(``fact_index``).

In: a sentence (narrative or reported speech, never a quote), with its
speaker and role. Out: its ``Profile``: its content stems (open-class
words cut to their first five letters, a truncation stemmer), its names
(runs of capitalised words, each known by its last word, a legal form,
"Ltd", left out, and the speaker's), its figures in one form (``forms``:
"£340m" is "340 million pounds"), its quantities (a count of a thing, a
sum, a share) and days of a month, whether it is negated ("not",
"nobody", "failed to" a verb, and "denied that" a clause), its words in
order, the senses of its words (``word_senses``), its first clause when it
tells two things (``lead``) and its main clause's agent (``agents``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from . import actions, agents, synonyms, things, verbs
from .caches import Known, known, per_build, per_word
from .clauses import lead
from .data import words
from .forms import SCALE_WORDS, SIGNS, Figures, bounds, holds_figure, number_word, rank, rank_name, scale_name
from .forms import figures as figures_of
from .mapping import Map
from .nearness import DATE, QUANTITY, SYNONYM
from .not_names import dateline_end
from .patterns import MONTHS
from .word_senses import FUNCTION, KIND, LEMMA, meets, stem
from .word_senses import senses as senses_of

TITLE_WORDS = 3      # a title before a name ("acting harbour master Ann Roe") is at most this many words,
TITLE_REACH = 60     # printed within this many characters before it

# Closed-class words and courtesy titles carry no content to match on
# (negation is read apart, in ``profile``).
_NEGATION = words("grammar", "negators")
_IMPLICATIVES = words("grammar", "negative_implicatives")  # "failed to approve": not approved
_LEGAL_FORMS = words("reporting", "company_suffixes")  # "Ltd", "Inc": how a company is registered, not which one
# A sum's sign kept ("£1,500m": ``forms.scale_name``); an ordinal in figures one word ("3rd").
_WORD = re.compile(rf"[A-Za-z][\w'’-]*|\d+(?:st|nd|rd|th)\b|[{SIGNS}]?\d[\d,.]*\d|[{SIGNS}]?\d")
_TIMETABLED = words("grammar", "timetabled")  # "is due to start": when, as "will start" tells it
_BE = words("grammar", "progressive_be")  # before it: "be set to" a timetable; "crews set to work" a verb
_INCEPTIVE = words("grammar", "inceptive_verbs")  # before a determiner and a noun of an action, only that it began
_DETERMINERS = words("grammar", "determiners")
# Each month's abbreviation to its name ("sept": "september").
_MONTH_NAMES = {short: max((m for m in MONTHS if MONTHS[m] == n), key=len) for short, n in MONTHS.items()}
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# "No more than eight" is a limit, not a denial.
_LIMIT = re.compile(r"\b(?:no|not)\s+(?:more|less|fewer|later|earlier|longer)\s+than\b", re.I)
# "Denied that" a clause is the clause said with "not": to deny is first to
# "declare untrue" (WordNet 3.0). Without "that" it denies a noun ("denied
# the claims", "denied any wrongdoing"), no clause.
# So is a clause a verb of denial ends, after a comma and who denies it
# (an attribution put after: "the pier will reopen, the trust denied").
_DENIAL = re.compile(r"\bden(?:y|ies|ied|ying)\s+that\b|,\s+(?:[\w'’-]+\s+){1,4}den(?:y|ies|ied)\W*$", re.I)
# A clause that describes a noun: a reduced relative, a participle right
# after a noun of a thing ("a granary storing 900 tonnes of barley"), or a
# relative clause after a comma (", which employs 450 staff"); a count
# within its first words is of the noun it describes (``described``).
_FIGURE_AHEAD = rf"[{SIGNS}]?\d(?:[\d,.]*\d)?[^,;]{{0,40}}"  # a figure, and what it counts, up to the clause's end
_DESCRIBING = re.compile(rf"\b([a-z]+) ([a-z]+ing) ((?:[a-z]+ ){{0,2}}{_FIGURE_AHEAD})|, (?:which|who|that) ((?:[a-z]+ ){{1,2}}{_FIGURE_AHEAD})")


@dataclass(frozen=True, slots=True)
class Profile:
    """What a sentence says, for matching: see the module docstring."""

    stems: frozenset[str]
    names: frozenset[str]
    figures: frozenset[str]
    negated: bool
    full_names: frozenset[str] = frozenset()  # of ``names``, those printed in full ("Mina Corliss")
    plain: frozenset[str] = frozenset()  # of ``stems``, those of words printed lower-case: what happened, not who
    runs: frozenset[tuple[str, ...]] = frozenset()  # each name's stems in order ("Tarrow Estuary Crossing")
    frame: frozenset[str] = frozenset()  # the stems of the speaker's name and role: who said it, not what
    sequence: str = ""  # its words in order, lower-case, one string (a tenth of a tuple's memory): for ``direction.verb_put``
    lead: Profile | None = None  # of the sentence's first clause, when it tells more than one thing (``lead``)
    senses: frozenset[tuple[str, str]] = frozenset()  # stems of words with a synonym, by set, and of verbs, by sense (``aligned``)
    titles: frozenset[str] = frozenset()  # of ``plain``, a title's words printed before a name ("port director Ann Roe"): who
    agent: tuple[str, bool] | None = None  # its main clause's subject's head noun, and whether it reacts ("crews" welcomed): ``agents``
    described: frozenset[str] = frozenset()  # of its quantities, those of a clause that describes a noun (``described``)


@per_word  # not per sentence: a big build reads every fact two or three ways (``views``)
def _content_stem(word: str) -> str | None:
    """``word``'s stem, or None for a word that tells nothing of what
    happened: a function word, a letter, or a number, in words ("two
    ferries") or not, which is a figure. An ordinal in figures is stemmed
    as in words ("3rd": "third")."""
    lower = word.casefold()
    if lower[0].isdigit() and (place := rank(lower)) is not None:
        return stem(rank_name(place))
    return _word_stem(word) if len(lower) > 1 and lower not in FUNCTION and not lower.lstrip(SIGNS)[0].isdigit() and not number_word(lower) else None


def _word_stem(word: str) -> str:
    """``word``'s stem; a month's abbreviation printed with a capital
    ("Oct. 14", AP style) the month's ("October 14")."""
    return stem(_MONTH_NAMES.get(word.casefold(), word) if word[0].isupper() else word)


def _timetabled(words: Sequence[str], n: int) -> bool:
    """The word at ``n``, one of ``_TIMETABLED`` (``_content_stems`` asks
    only of those), is a word of a timetable: after a form of "be" (a word
    between, "is now due to"), before "to" ("is set to open"); without "be"
    it is a verb of its own ("the crews set to work")."""
    return n + 1 < len(words) and words[n + 1] == "to" and any(w.casefold() in _BE for w in words[max(0, n - 2):n])


def _content_stems(words: Sequence[str]) -> tuple[str, ...]:
    """The content stems of ``words``, each once, but a word of a
    timetable before "to" ("due to start", "set to open": when, as "will
    start" tells it) and a verb of beginning before a noun of an action
    ("launched an investigation": the investigation); a scale's abbreviation
    after a number is the scale word ("£6.5m": ``forms.scale_name``), the
    words of a bound before a figure the side it bounds ("at least a week",
    "a minimum of a week": ``forms.bounds``)."""
    found = [None if w.casefold() in _TIMETABLED and _timetabled(words, n) else _content_stem(w) for n, w in enumerate(words)]
    for n, w in enumerate(words[:-2]):  # "launched an investigation": an investigation, begun
        if w.casefold() in _INCEPTIVE and words[n + 1].casefold() in _DETERMINERS and actions.noun(words[n + 2].casefold()):
            found[n] = None
    if holds_figure(words):  # most hold none
        for n, side in bounds(words).items():
            found[n] = side or None
        if not SCALE_WORDS.isdisjoint(words):
            found[1:] = [_content_stem(scale_name(w, before)) if w in SCALE_WORDS else s for before, w, s in zip(words, words[1:], found[1:])]
    return tuple(dict.fromkeys(s for s in found if s is not None))


def _body(text: str) -> str:
    """A sentence without the dateline that opens it ("RENO (KNVR) -"): where
    the outlet filed from, not what it reports."""
    return text[dateline_end(text) :]


_READ: Known[tuple[str, ...]] = known()  # each fact's ``stems``, of the views the pool read for merge


def read_views(texts: Sequence[str], each: Map) -> list[tuple[tuple[str, ...], ...]]:
    """``views`` of each text, by ``each`` (the pipeline's pool for a big
    build); each one's ``stems`` (its first view without its synonym sets)
    are kept for ``stems`` to give for the rest of the build (``disputes``
    asks for the same wordings again). Their strings are interned, here
    and where they are read (a worker's, one copy each in the chunk it
    sends back): from the pool each chunk's came back as copies of their
    own (45 of 180 MiB traced in merge at 3,200 articles), where a build
    has a few thousand distinct stems."""
    found = list(map(_interned, each(interned_views, texts)))
    _READ.update((text, tuple(s for s in told[0] if s[0] != SYNONYM)) for text, told in zip(texts, found))
    return found


def _interned(told: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(map(sys.intern, view)) for view in told)


def interned_views(text: str) -> tuple[tuple[str, ...], ...]:
    """``views``, their strings interned (``read_views``)."""
    return _interned(views(text))


# Per build: ``disputes`` reads the same wordings in the blocks they made.
@per_build
def stems(text: str) -> tuple[str, ...]:
    """A sentence's content stems, each once, and its quantities (marked
    ``QUANTITY``): all ``fact_index.candidates`` needs. A tuple costs a fifth of a set,
    and a big build indexes every fact's."""
    if (found := _READ.get(text)) is not None:
        return found
    body = _body(text)
    words = _WORD.findall(body)
    return _content_stems(words) + _figure_stems(figures_of(body))


def views(text: str) -> tuple[tuple[str, ...], ...]:
    """What ``fact_index.fact_pairs`` indexes a sentence by (read on the pool's
    workers for a big build): its stems with each set of
    synonyms its words belong to (so that "start" and "begin" meet in the
    index; ``aligned`` decides); when it holds a quantity, its stems without
    those of the words printed in capitals after the first (what happened,
    not who or where: ``_core``, for a pair a quantity holds); when it
    tells two things, those of its first clause (``lead``). The first view
    is its ``stems`` with its synonym sets (``read_views``)."""
    body = _body(text)
    words = _WORD.findall(body)
    found = _figure_stems(figures_of(body))
    senses = senses_of(words)
    kinds = {SYNONYM + KIND + k for w in words[:1] + [w for w in words[1:] if w[0].islower() and w not in FUNCTION] for k in synonyms.kinds(w)}
    held = tuple(sorted({SYNONYM + meets(n)[0] for _, n in senses if n[0] != LEMMA} | kinds))
    own = _content_stems(words)  # and the stems of the verbs its words are forms of ("fined": "fine", to meet "a fine")
    whole = own + tuple(sorted({stem(n[1:]) for t, n in senses if n[0] == LEMMA and t in own} - set(own))) + held + found
    told = set()
    if any(s[0] == QUANTITY for s in found):
        core = words[:1] + [w for w in words[1:] if not w[0].isupper()]
        told.add(_content_stems(core) + found)
    first = lead(text)
    if first:
        told.update(views(first))
    return (whole, *sorted(told - {whole}))


def _figure_stems(found: Figures) -> tuple[str, ...]:
    return tuple(sorted([QUANTITY + q for q in found.quantities] + [DATE + d for d in found.dates]))


# Not cached: merge keeps its facts' profiles in a list, and the later
# look-ups (``disputes``) come after a big build's would have left any
# bounded cache (none of 76,000 hit at 3,200 articles).
def profile(text: str, speaker: str | None = None, role: str | None = None, clauses: bool = True) -> Profile:
    first = lead(text) if clauses else None
    text = _body(text)
    words = _WORD.findall(text)
    lower = [w.casefold().lstrip(SIGNS) for w in words]  # a sum's sign is a figure's, read apart
    found = figures_of(text)
    stems = frozenset(_content_stems(words) + _figure_stems(found))
    names, full_names, runs = set(), set(), set()
    titles: set[str] = set()
    opening = ""  # a lone capital that opens the sentence ("Officials said", "Demolition of ...") names nothing
    for match in _NAME.finditer(text):
        run = [w for w in match.group(0).split() if w.casefold() not in FUNCTION and w.casefold().rstrip(".") not in _LEGAL_FORMS]
        if match.start() == 0 and match.group(0).count(" ") == 0:
            opening = match.group(0)
        elif run:
            names.add(_word_stem(run[-1]))
            runs.add(tuple(map(_word_stem, run)))
            titles.update(map(stem, _title_before(text[: match.start()])))
            if len(run) > 1 and all(len(w) > 2 and w[1:].islower() for w in run):
                full_names.add(stem(run[-1]))
    # A speaker is a name of the fact, unless the sentence prints its word in
    # lower case: "Board" of "the board said" is a description, no name.
    if speaker and speaker.split()[-1].casefold() not in words:
        names.add(stem(speaker.split()[-1]))
        runs.add(tuple(map(stem, speaker.split())))
    failed = sum(w in _IMPLICATIVES and after == "to" for w, after in zip(lower, lower[1:]))
    negated = (sum(w in _NEGATION or w.endswith("n't") for w in lower) + failed + len(_DENIAL.findall(text)) - len(_LIMIT.findall(text))) % 2 == 1
    # What happened is told in lower case, and by a word of an action that
    # opens the sentence and heads its phrase, a closed-class word after it
    # ("Demolition of the depot", not "Building work"): who or where is a name.
    heads = bool(opening) and actions.listed(opening) and len(lower) > 1 and lower[1] in FUNCTION
    plain = stems.intersection([stem(w) for w in words if w[0].islower()] + ([stem(opening)] if heads else []))
    frame_words = f"{speaker or ''} {role or ''}".split()
    frame = frozenset(_content_stems(frame_words))
    return Profile(
        stems, frozenset(names), found.values, negated, frozenset(full_names), plain, frozenset(runs), frame, " ".join(lower),
        profile(first, speaker, role, clauses=False) if first else None, senses_of(words),
        plain.intersection(titles), agents.agent(text), described(text) if found.quantities else frozenset(),
    )


def described(text: str) -> frozenset[str]:
    """The quantities (marked ``QUANTITY``) of ``text`` printed in a clause
    that describes a noun (``_DESCRIBING``): "900 tonnes" of "a granary
    storing 900 tonnes of barley was sold". What happened is told elsewhere
    in the sentence; the count tells what the noun is. A participle is read
    so only after a noun of a concrete thing (``things``: after a noun of an
    action, "a ban affecting 40 vans", it tells what was done) and as a
    form of a verb ("storing", not "morning")."""
    found: set[str] = set()
    for match in _DESCRIBING.finditer(text):
        noun, participle, ahead, relative = match.groups()
        if relative is not None or things.listed(noun) and verbs.lemmas(participle) - {participle}:
            found.update(QUANTITY + q for q in figures_of(f"{participle} {ahead}" if relative is None else relative).quantities)
    return frozenset(found)


def _title_before(text: str) -> list[str]:
    """The words of a title printed right before a name: up to three words
    in lower case back from the end of ``text``, up to a function word
    ("crews wrote to acting harbour master" -> acting, harbour,
    master)."""
    found: list[str] = []
    for word in reversed(text[-TITLE_REACH:].split()[-TITLE_WORDS:]):
        if not word[0].islower() or word.casefold() in FUNCTION or not word.replace("-", "").isalpha():
            break
        found.append(word)
    return found
