"""Words to watch: the packaged lexicons (``data/words_to_watch.toml``,
after Wikipedia's Manual of Style, and ``data/subjective.txt``, derived from
published subjectivity and sentiment lexicons) in, term look-ups out.

``find`` lists the terms a text contains, by category; ``opinion_score``
weighs them to tell an outlet's own evaluative voice from plain reporting.
A subjective word is a loaded term of whoever wrote it but weighs nothing
towards opinion: only the curated categories and the rules in ``kinds``
make a sentence commentary. A subjective word that is also a verb of saying
(``en/reporting.toml``: "complained", "denounced") is a loaded reporting
verb, as MOS:SAID's synonyms for "said" are, and gets the neutral verb.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property

from . import compiled
from .caches import Known, known, per_build, per_word
from .data import FOLDER, toml
from .data import load as data_file
from .quotes import QUOTE_MARKS, SINGLE_MARKS
from .sentence_tokens import either_apostrophe
from .wording import FUNCTION_WORDS

_WORD = re.compile(r"[\w'’‐–-]+")
_RUN = re.compile(r"\w+")
_LY_END = re.compile(r"ly(?!\w)")  # where a word run ends in "ly"
_ADVERB = re.compile(r"[a-z]{3,}ly")  # a word run that is an adverb of manner, if any is
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?:-[a-z]+)*(?![\w'’-])")
# An adverb that opens a sentence, set off by a comma ("Bizarrely, the board
# ..."): capitalised only by its place, and the writer's comment on all
# that follows.
_OPENING_ADVERB = re.compile(r"^\W*([A-Z][a-z]+ly),")
# A word that opens a sentence, and the word after it: an adjective
# capitalised only by its place ("Reckless council chiefs ...") is the
# writer's, a name ("Bright said", "Bright has") is followed by a verb or a
# closed-class word (``follows_name``).
_MARKS = re.escape(QUOTE_MARKS + SINGLE_MARKS + "()")
_OPENING = re.compile(rf"(?:^|[.!?][{_MARKS}]*\s+)[{_MARKS}]*([A-Z][a-z]+(?:-[a-z]+)*) ([a-z][a-z'’]*)")
# English prefixes written with a hyphen: they negate, locate in time or
# say for or against, never judge.
_PREFIXES = frozenset({"anti", "co", "counter", "ex", "mid", "no", "non", "post", "pre", "pro", "re", "self", "semi", "sub", "un"})
_ANY_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)*\b")
# The published lexicons list inflections themselves ("bristled",
# "bristling"); an adverb is found through its adjective ("fiercely").
_ADVERB_ENDINGS = (("ly", ""), ("ily", "y"), ("ally", ""), ("ly", "le"))
SUBJECTIVE = "subjective"
MANNER = "manner_of_saying"
SAYING = ("speech_verbs", "more_speech_verbs", "speech_participles", "more_speech_participles")


@dataclass(frozen=True)
class Hit:
    """A term found in a text: the words as printed, and their category."""

    term: str
    category: str
    weight: int
    neutral: str | None = None  # the neutral word to use instead, where the lexicon gives one
    report: bool = True  # False for hints that only count towards opinion


# eq=False: ``find`` is cached per (lexicon, text), and hashing the lexicon by
# value would hash its thousands of words on every call; there is one lexicon.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """The words to watch, read once (``load``), and the look-ups on them."""

    # per category: its name, weight, neutral word, whether it is reported, and its terms
    # (compiled by ``_compile``, as ``load`` reads them)
    categories: tuple[tuple[str, int, str | None, bool, tuple[str, ...]], ...]
    anchors: tuple[tuple[Mapping[str, tuple[frozenset[str], ...]], frozenset[str]], ...]  # per pattern: words its terms must hold (``_anchors``)
    first_words: frozenset[str]  # each term's rarest word (``_rarest``), to skip texts with none in one set test
    prefixes: re.Pattern[str]  # the same for "disgraceful*" terms: a word (``_WORD``) that starts with one
    subjective: frozenset[str] = frozenset()
    # "<adverb> <verb of saying>" and "<verb of saying> <adverb>": the adverb is the writer's colour
    plain_adverbs: frozenset[str] = frozenset()  # "-ly" words that colour nothing ("only", "early")
    manner_verbs: frozenset[str] = frozenset()  # the verbs of saying ``_manner`` looks beside, each one word run
    saying: frozenset[str] = frozenset()  # verbs of saying: a subjective one is shown with a neutral verb

    @cached_property
    def _start_lengths(self) -> frozenset[int]:
        return frozenset(len(start) for _, starts in self.anchors for start in starts)

    @cached_property
    def _longest_start(self) -> re.Pattern[str]:
        """The longest anchor start a word run begins with: any shorter one
        it begins with is a start of this one (a scan in C instead of
        cutting every run at every length)."""
        starts = sorted(sorted({start for _, starts in self.anchors for start in starts}), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, starts)) + ")")

    @per_build  # one Lexicon for the run; kinds and neutrality ask about the same texts
    def find(self, text: str) -> tuple[Hit, ...]:
        """Every listed term in ``text``, in order of appearance."""
        hits: list[tuple[int, Hit]] = []
        lower = text.lower()
        words = set(_WORD.findall(lower))
        if words & self.first_words or self.prefixes.search(lower):
            runs = set(_RUN.findall(lower))
            # each run's start, at every length an anchor has
            heads = {start[:n] for start in self._longest_start.findall(lower) for n in self._start_lengths}
            for (category, weight, neutral, report, terms), (whole, starts) in zip(self.categories, self.anchors):
                if heads.isdisjoint(starts) and not any(need <= runs for word in runs & whole.keys() for need in whole[word]):
                    continue  # none of its terms can be in the text: skip the slow scan
                for match in _compile(terms).finditer(text):
                    hits.append((match.start(), Hit(match.group(0), category, weight, neutral, report)))
        if self._may_be_manner(text):
            hits += [(at, Hit(adverb, MANNER, 0)) for at, adverb in self._manner(text)]
        listed = {at for at, _ in hits}  # a word the curated lists name keeps their category
        hits += [(at, hit) for at, hit in self._subjective(text) if at not in listed]
        hits.sort(key=lambda item: (item[0], item[1].term))
        return tuple(hit for _, hit in hits)

    def _may_be_manner(self, text: str) -> bool:
        """Whether ``manner`` can match: it needs one of its verbs and a word
        ending in "ly", each a whole word run as printed. One set test
        instead of two slow scans of every text (most hold neither); the
        "-ly" word first, by one search in C, as most texts have none."""
        return _LY_END.search(text) is not None and not self.manner_verbs.isdisjoint(_RUN.findall(text))

    def _manner(self, text: str) -> list[tuple[int, str]]:
        """Each "-ly" adverb printed next to a verb of saying, before it or
        after it with only spaces between ("angrily said", "said angrily"),
        and where it starts: a word run (``_RUN``) of at least three lower-case
        letters before "ly", not a plain adverb. Once for each verb beside
        it. One pass over the text's word runs (a pattern of all the verbs
        took longer to compile than a seed build spends reading them)."""
        runs = list(_RUN.finditer(text))
        found = []
        for one, other in zip(runs, runs[1:]):
            if not text[one.end():other.start()].isspace():
                continue
            if other.group() in self.manner_verbs and self._colours(one.group()):
                found.append((one.start(), one.group()))
            if one.group() in self.manner_verbs and self._colours(other.group()):
                found.append((other.start(), other.group()))
        return found

    def _colours(self, word: str) -> bool:
        """Whether a word run is an "-ly" adverb that colours a verb of saying."""
        return _ADVERB.fullmatch(word) is not None and word not in self.plain_adverbs

    def _subjective(self, text: str) -> list[tuple[int, Hit]]:
        """Subjective words as printed, in lower case: a capitalised word is a
        name or a headline's, not the writer's verdict ("Grant", "Bright"),
        unless it is an adverb that opens the sentence or an adjective that
        opens it before the words it describes (``_openings``). A
        hyphenated word is loaded when one of its parts is ("mean-spirited")."""
        listed = set(filter(self._listed, _LOWER_WORD.findall(text)))
        found = [(m.start(), m.group(0)) for m in _LOWER_WORD.finditer(text) if m.group(0) in listed] if listed else []
        opening = _OPENING_ADVERB.match(text)
        found += [(opening.start(1), opening.group(1))] if opening else []
        found += self._openings(text)
        return sorted(
            (at, Hit(word, SUBJECTIVE, 0, _neutral_verb(word.lower()) if word.lower() in self.saying else None))
            for at, word in found
            if self.is_subjective(word.lower())
        )

    @per_word  # a story's words repeat from text to text
    def _listed(self, word: str) -> bool:
        """Whether a lower-case word as printed is subjective; only a word
        ending in "ly" or with a hyphen can be listed by another form."""
        return word in self.subjective or ((word.endswith("ly") or "-" in word) and self.is_subjective(word))

    def is_subjective(self, word: str) -> bool:
        """Whether the lower-case ``word``, or a part of a compound of two or
        three parts ("thin-skinned"), is listed (an adverb by its
        adjective). A compound opened by a prefix ("non-violent",
        "anti-fraud") names a kind, not a verdict; a longer run of hyphens
        is a web address's, not a word."""
        parts = word.split("-")
        if len(parts) == 1 or len(parts) > 3 or parts[0] in _PREFIXES:
            return bool(listed_form(word, self.subjective))
        return any(listed_form(part, self.subjective) for part in (word, *parts) if part)

    def any_subjective(self, text: str) -> bool:
        """Whether any word of ``text``, capitalised or not, is listed: the
        strict test for a line that only one outlet tells, where a name that
        is also an adjective costs a line and a missed adjective costs a
        neutral voice."""
        return any(self.is_subjective(w) for w in {w.lower() for w in _ANY_WORD.findall(text)})

    def _openings(self, text: str) -> list[tuple[int, str]]:
        """The words that open a sentence before a lower-case word that is
        not one a name is followed by, and that the text never capitalises
        elsewhere (where it would be a name: "... said Ann Bright.")."""
        # Only a subjective word can be found: the others ("The", "Council") are dropped
        # before the scan for capitals, which then runs on hardly any text.
        openings = [
            (m.start(1), m.group(1)) for m in _OPENING.finditer(text) if not follows_name(m.group(2)) and self.is_subjective(m.group(1).lower())
        ]
        if not openings:
            return []
        starts = {at for at, _ in openings}
        elsewhere = {m.group(0) for m in _CAPITALISED.finditer(text) if m.start() not in starts}
        return [(at, word) for at, word in openings if word not in elsewhere]


def _neutral_verb(verb: str) -> str:
    """The form of "say" that stands for ``verb`` ("complains" -> "says")."""
    for ending, said in (("ing", "saying"), ("ed", "said"), ("s", "says")):
        if verb.endswith(ending):
            return said
    return "say"


def listed_form(word: str, listed: frozenset[str]) -> str | None:
    """The form of ``word`` that ``listed`` holds: itself, or for an adverb
    its adjective ("fiercely" -> "fierce", "angrily" -> "angry")."""
    if word in listed:
        return word
    for ending, restore in _ADVERB_ENDINGS:
        stem = word[: -len(ending)] + restore
        if word.endswith(ending) and len(stem) >= 4 and stem in listed:
            return stem
    return None


def _rarest(word: str) -> tuple[bool, int]:
    """How rarely ``word`` of a term is printed, as a key for ``max``: a
    word of the open classes over a closed-class one, then the longest."""
    return word not in FUNCTION_WORDS, len(word)


def _anchors(terms: list[str]) -> tuple[dict[str, tuple[frozenset[str], ...]], frozenset[str]]:
    """For each term, the word runs (``_RUN``) any text it matches holds
    whole (the term's bounds and spaces, hyphens and apostrophes end a run),
    filed under the rarest (``_rarest``), or, for a "desperate*" term of
    one run, the run's start. A text is scanned for the terms only when it
    holds every run of one: "said" of "it is said" is in most news
    sentences, and "the" of "at the end of the day" in nearly every one."""
    whole: dict[str, set[frozenset[str]]] = defaultdict(set)
    starts = set()
    for term in terms:
        runs = _RUN.findall(term.lower().rstrip("*"))
        if term.endswith("*") and len(runs) == 1:
            starts.add(runs[0])
        else:
            held = runs[:-1] if term.endswith("*") else runs
            whole[max(held, key=_rarest)].add(frozenset(held))
    return {word: tuple(sorted(needs, key=sorted)) for word, needs in sorted(whole.items())}, frozenset(starts)


@cache
def _compile(terms: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+").replace(r"\-", "[-‐–]")
        alternatives.append(body + (r"\w*" if term.endswith("*") else ""))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)


@cache
def load() -> Lexicon:
    """The packaged words-to-watch lexicon, its patterns compiled, or made
    from what a run before compiled (``compiled``: compiling them took a
    seed build about 8 ms, which a text needing few of them saved only in
    part)."""
    with compiled.kept("lexicon"):
        lexicon = _read()
        for *_, terms in lexicon.categories:
            _compile(terms)
        lexicon._longest_start  # noqa: B018  # compiled here, to be kept
    return lexicon


def _read() -> Lexicon:
    data = toml("words_to_watch.toml")
    subjective = (FOLDER / "subjective.txt").read_text("utf-8").split("\n")
    manner = data.pop(MANNER)
    firsts = [max(term.lower().split(), key=_rarest) for entry in data.values() for term in entry["terms"]]
    # one search in C, where cutting every word at every stem's length made a set per length
    stems = sorted(sorted({re.escape(first[:-1]) for first in firsts if first.endswith("*")}), key=len, reverse=True)
    return Lexicon(
        tuple(
            (name, int(entry.get("weight", 1)), entry.get("neutral"), entry.get("report", True), tuple(entry["terms"]))
            for name, entry in sorted(data.items())
        ),
        tuple(_anchors(entry["terms"]) for _, entry in sorted(data.items())),
        frozenset(f for f in firsts if not f.endswith("*")),
        re.compile(r"(?<![\w'’‐–-])(?:" + "|".join(stems) + ")" if stems else "(?!)"),
        frozenset(w for w in subjective if w and not w.startswith("#")),
        frozenset(manner["plain_adverbs"]),
        frozenset(manner["verbs"]) | language()["speech_verbs"],
        frozenset().union(*(language()[k] for k in SAYING)),
    )


@cache
def name_followers() -> frozenset[str]:
    """Words that follow a name as a verb or a function word ("Bright
    said", "Bright has", "Bright and ..."), never as the noun an adjective
    or a name before it modifies: English's closed classes, the
    auxiliaries (with either apostrophe, "wouldn't", "wouldn’t") and the
    verbs and participles of saying."""
    return FUNCTION_WORDS.union(either_apostrophe(language()["auxiliaries"]), *(language()[k] for k in SAYING))


def follows_name(word: str) -> bool:
    """Whether ``word`` (lower case) is one a name is followed by: a
    ``name_followers`` word or a past tense ("Bright resigned"), where an
    adjective or a name that modifies is followed by a noun."""
    return word in name_followers() or word.endswith("ed")


@cache
def language() -> dict[str, frozenset[str]]:
    """The vocabulary of news reporting (``data/en/reporting.toml``), as sets."""
    return {key: frozenset(values) for key, values in data_file("reporting").items()}


# ``reported_terms`` of texts another process of the build read (a worker
# that attributed the article), handed to this one with its work (``tell``).
_TOLD: Known[tuple[str, ...]] = known()


@per_build  # attribution, the blocks and the outlets' profiles ask for the same texts
def reported_terms(text: str) -> tuple[str, ...]:
    """The terms of ``text`` that are reported as words to watch (``Hit.report``),
    in lower case, each once, in order."""
    if (told := _TOLD.get(text)) is not None:
        return told
    return tuple(sorted({hit.term.lower() for hit in load().find(text) if hit.report}))


def tell(found: Iterable[tuple[str, tuple[str, ...]]]) -> None:
    """``reported_terms`` of texts read in another process, for this one
    to give instead of reading them again (until the caches are cleared)."""
    _TOLD.update(found)


def opinion_score(text: str) -> int:
    """How strongly ``text`` reads as opinion: the summed weights of its terms."""
    return sum(hit.weight for hit in load().find(text))
