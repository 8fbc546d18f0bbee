"""The people the sources speak of: the printed full names in, grouped by
person (``person_forms``: "Jane Q. Roe" = "Jane Roe", "Bob Roe" = "Robert
Roe") and indexed for resolving short forms ("Mr Hale" -> "Jo Hale",
``Names``); and, for resolving "he", "she" and descriptions, pass-one ``Parsed``
sentences and canonical names in, a gender cue per person out (the order
in which one article speaks of its people is ``people.People``).

What the sources call each person, as words (``descriptions``), resolves
a description that points back by party, state or office ("the Oregon
Republican", "the Ohio senator"): their roles ("a Republican from Oregon",
"senator" for "Sen.") and their party/state tags ("R-Ore.": republican,
oregon).

A person's gender cue comes only from what the sources print: a courtesy
title ("Mr.", "Mrs.", "Ms.", "Sir", "Dame"), a gendered role word
("spokeswoman", "congressman"), and the pronouns of sentences that speak of
that person alone ("Jane Roe said her plan ..."). Nothing is guessed from a
given name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from .data import load, words
from .lexicon import name_followers
from .mention_words import AUX, GIVEN_TITLES, OWNER_END, PARTY_MEMBERS, PERSON_ROLES, TITLES, Parsed, people_nouns
from .not_names import AP_STATES, POSTAL_STATES, STATE_NAMES
from .quotes import QUOTE_MARKS, SINGLE_MARKS
from .role_choice import is_clause
from .roles import TITLE_ROLES, strip_titles
from .sentence_tokens import bare
from .wording import NAME_SUFFIXES, unaccented

MALE, FEMALE = "m", "f"
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                  "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
# A subject or reflexive pronoun after a name is most often that person; an
# object ("thanked her") or a possessive ("rejected his claim") is often
# someone else, but not a possessive right after "said" ("Roe said her plan").
SUBJECT_PRONOUNS = words("grammar", "gendered_subject_pronouns")
POSSESSIVES = words("grammar", "gendered_possessives")
SAID = words("reporting", "said")
TITLE_GENDER = {"mr": MALE, "sir": MALE, "lord": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE,
                "dame": FEMALE, "lady": FEMALE}
# Role nouns English marks for gender (AP style keeps "-man"/"-woman" forms
# when the person's own usage is known).
ROLE_GENDER = {"spokesman": MALE, "spokeswoman": FEMALE, "congressman": MALE, "congresswoman": FEMALE,
               "chairman": MALE, "chairwoman": FEMALE, "businessman": MALE, "businesswoman": FEMALE,
               "husband": MALE, "wife": FEMALE, "widow": FEMALE, "widower": MALE, "actress": FEMALE,
               "councilman": MALE, "councilwoman": FEMALE, "assemblyman": MALE, "assemblywoman": FEMALE,
               "first lady": FEMALE}
# Common English diminutives of given names ("bill": william, robert), with
# their source in data/en/given_names.toml, and the full forms of each.
DIMINUTIVES: dict[str, list[str]] = load("given_names")["diminutives"]
FULL_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(full for full, shorts in DIMINUTIVES.items() if short in shorts)
    for short in {w for shorts in DIMINUTIVES.values() for w in shorts}
}
TITLE_WEIGHT = 5  # a title or role word is the article's own word for it; one pronoun may point elsewhere
_WORD = re.compile(r"[a-z]+")
_LOWER = re.compile(r"(?<![\w'’.-])[a-z][a-z-]+(?![\w'’-])")


def _person_key(name: str) -> tuple[str, ...]:
    """What two printings of one person's name share: the first and last
    names and any generational suffix ("Jane Q. Roe" = "Jane Roe", but "Jon
    Roe Jr." is not "Jon Roe")."""
    words = [unaccented(w).lower().rstrip(".,") for w in name.split()]  # "Calderón" = "Calderon"
    suffix = words.pop() if len(words) > 2 and words[-1] in NAME_SUFFIXES else ""
    return (words[0], words[-1], suffix)


def person_forms(printed: Iterable[str]) -> dict[tuple[str, ...], list[str]]:
    """Full names as printed, grouped by person: "Jane Q. Roe" with "Jane
    Roe", "Bob Roe" with "Robert Roe" (when no other full form of "Bob" is
    printed with that surname)."""
    forms: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in printed:
        forms[_person_key(name)].append(name)
    # The keys by surname and suffix: each key looks at its own, not at all (quadratic in the names).
    by_surname: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for key in forms:
        by_surname[key[1:]].add(key)
    for key in sorted(forms):
        fits = [k for k in by_surname[key[1:]] if k[0] in FULL_FORMS.get(key[0], ())]
        if len(fits) == 1:
            forms[fits[0]].extend(forms.pop(key))
            by_surname[key[1:]].discard(key)
    return forms


def _labelled(printed: Collection[str], ordinary: Collection[str]) -> dict[str, tuple[str, str]]:
    """"Pensioner Jo Roe", "Baker Ann Kestley": a name of three words or more
    whose first word is a label, not a given name, as (the label, or ""
    when only the name says so; the name after it). A label: a word the
    sources print in lower case and never capitalise inside a sentence (a
    common noun, capitalised only to open one); a common noun of people
    (``people_nouns``) before a full name, unless the sources open a name
    of two words with it ("Dean Hale": a given name) or an initial follows
    it; or any word before a full name printed elsewhere on its own ("Jo
    Roe"): one person either way. A title ("Senator", "Judge") stays the
    title it is (``TITLES``)."""
    keys = {_person_key(name) for name in printed if len(name.split()) == 2}
    given = {name.split()[0] for name in printed if len(name.split()) == 2}
    out = {}
    for name in printed:
        words = name.split()
        if len(words) < 3 or words[0].lower() in TITLES:
            continue
        tail = " ".join(words[1:])
        people_noun = words[0] not in given and len(words[1].rstrip(".")) > 1 and words[0].lower() in people_nouns()
        if words[0].lower() in ordinary or people_noun:
            out[name] = (words[0].lower(), tail)
        elif _person_key(tail) in keys:
            out[name] = ("", tail)
    return out


def _courtesy_title(raw: str, text: str) -> str:
    """The title printed with a name, in lower case without its full stop:
    inside the name as parsed ("Mr. Hale") or right before it ("Mr. Jo
    Hale", whose parse keeps the full name alone); else ""."""
    words = raw.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in TITLE_GENDER:
        return words[0].lower().rstrip(".")
    at = text.find(raw)
    before = text[:at].split()[-1:] if at > 0 else []
    return before[0].lower().rstrip(".") if before else ""


def gender_votes(parsed: Iterable[Parsed], resolve: Callable[[str], str]) -> dict[str, str]:
    """Each canonical person's gender cue, where the sources give one clearly
    (votes for one side at least twice those for the other)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for p in parsed:
        for raw in p.names:
            title = _courtesy_title(raw, p.sentence.text)
            if title in TITLE_GENDER:
                votes[resolve(raw)][TITLE_GENDER[title]] += TITLE_WEIGHT
        for raw, role in p.roles:
            words = role.lower().split()
            cue = ROLE_GENDER.get(" ".join(words[-2:])) or ROLE_GENDER.get(words[-1] if words else "")
            if cue:
                votes[resolve(raw)][cue] += TITLE_WEIGHT
        people = {resolve(raw) for raw in p.names}
        if len(people) == 1:
            text = _outside_quotes(p)
            after = text[text.find(p.names[0].split()[-1]):].lower()  # "Her classmate Jo Roe" is someone else's
            words = _WORD.findall(after)
            cues = {
                PRONOUN_GENDER[w] for i, w in enumerate(words)
                if w in SUBJECT_PRONOUNS or w in POSSESSIVES and i and words[i - 1] in SAID
            }
            if len(cues) == 1:
                votes[next(iter(people))][cues.pop()] += 1
    out = {}
    for name, counter in votes.items():
        (top, n), *rest = counter.most_common() + [("", 0)]
        if n >= 2 * rest[0][1]:
            out[name] = top
    return out


# A party/state tag right after a name: "Jo Roe, R-Ore.,", "Jo Roe (D-N.Y.)".
_TAG = r"\s*,?\s*\(?([DRI])-([A-Z][A-Za-z.]*)"
TAG_PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
# One word per party: "Democratic" is the party's adjective, "GOP" the
# Republican Party (AP Stylebook).
SAME_PARTY = {"democratic": "democrat", "gop": "republican"}
_PLACE_WORDS = frozenset(w for state in STATE_NAMES for w in state.lower().split())
PARTY_WORDS = PARTY_MEMBERS | SAME_PARTY.keys()


def _tag_words(party: str, state: str) -> set[str]:
    """"R", "Ore." -> {republican, oregon}; "D", "N.Y." or "NY" -> {democrat, new, york}."""
    state = state.rstrip(".")
    name = AP_STATES.get(state) or POSTAL_STATES.get(state) or (state if state in STATE_NAMES else "")
    return {TAG_PARTIES[party], *name.lower().split()}


_BEFORE_WORDS = _PLACE_WORDS | PARTY_WORDS | PERSON_ROLES | TITLE_ROLES.keys()


def _before_word(word: str) -> str:
    return OWNER_END.sub("", word).rstrip(".")  # a pattern compiled once: every word before every name is cut here


def _words_before(text: str) -> set[str]:
    """"Ohio Republican", "Vermont Sen." printed before a name: its place,
    party and office words, read back from the name to the first other word."""
    out: set[str] = set()
    for word in reversed(text.lower().split()):
        word = _before_word(word)
        if word not in _BEFORE_WORDS:
            break
        out.add(TITLE_ROLES.get(word, word))
    return out


def _listed_before(name: str, text: str) -> bool:
    """Whether a place, party or office word may stand right before ``name``
    in ``text`` (the run of ``_preceded``'s word characters before the space,
    or any end of it): where none does, ``_preceded`` finds nothing that
    ``_words_before`` keeps, and its scan of the sentence (most of the
    corpus's cost at scale) is skipped."""
    at = text.find(name)
    while at >= 0:
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
            start -= 1
        if end < at and any(_before_word(text[k:end].lower()) in _BEFORE_WORDS for k in range(start, end)):
            return True
        at = text.find(name, at + 1)
    return False


# "Jo Roe is the first Labour MP", "Roe became a senator": a noun after a
# copula describes its subject as an apposition does.
_COPULA = r"\s+(?:is|was|has been|had been|has become|had become|became|becomes)\s+(?:(?:a|an|the)\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)"


# Compiled once and matched after each place the surname is printed: a
# pattern of their own for each name cost a seed build a tenth of its time.
_TAG_AFTER = re.compile(_TAG)
_COPULA_AFTER = re.compile(_COPULA)


BEFORE_MOST = 4  # words read before a name


@lru_cache(maxsize=1 << 12)  # a story's names recur in sentence after sentence; more than re's own cache holds
def _preceded(name: str) -> re.Pattern[str]:
    """A name preceded by up to four words."""
    return re.compile(r"((?:[\w.'’-]+\s+){1," + str(BEFORE_MOST) + "})" + re.escape(name))


def _words_back(text: str, at: int, count: int) -> int:
    """Where the ``count``-th run of non-space characters before ``at`` begins."""
    while count and at:
        while at and text[at - 1].isspace():
            at -= 1
        while at and not text[at - 1].isspace():
            at -= 1
        count -= 1
    return at


def preceded_matches(name: str, text: str) -> Iterator[re.Match[str]]:
    """Each match of ``_preceded(name)`` in ``text``, as its ``finditer``
    finds them. The pattern's words end in spaces, so a match begins at
    most four runs of non-space characters before the printing of the name
    it ends on: each search starts there and ends with that printing
    (``finditer`` tried every place in the sentence, the most of the time
    ``printed_descriptions`` took), then the match at the start it found is
    taken whole, as ``finditer`` takes it (it may end on a later printing)."""
    pattern, cursor = _preceded(name), 0
    at = text.find(name)
    while at >= 0:
        start = max(cursor, _words_back(text, at, BEFORE_MOST + 1))  # one more: ``at`` may fall inside a run
        found = pattern.search(text, start, at + len(name))
        if found:
            match = cast(re.Match[str], pattern.match(text, found.start()))
            yield match
            cursor = match.end()
            at = text.find(name, cursor)
        else:
            at = text.find(name, at + 1)


def matches_after(word: str, suffix: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of ``suffix`` right after ``word`` in ``text``, as
    ``re.finditer(re.escape(word) + suffix.pattern, text)`` finds them."""
    at = text.find(word)
    while at >= 0:
        match = suffix.match(text, at + len(word))
        if match:
            yield match
        at = text.find(word, match.end() if match else at + 1)


def _predicate_words(phrase: str) -> set[str]:
    """The words of a predicate up to the role noun that ends it ("first
    Labour MP to ..." -> first, labour, mp); none when no role noun does."""
    words = phrase.lower().split()
    end = next((i for i, w in enumerate(words) if w in PERSON_ROLES), None)
    return set(words[: end + 1]) if end is not None else set()


@lru_cache(maxsize=1 << 12)  # a story prints its names in sentence after sentence
def _titled(raw: str) -> tuple[str, frozenset[str] | None]:
    """A printed name's last word, and the words of the titles printed
    with it ("Labour MP Jo Roe", "Sen. Jo Roe"; None without a title)."""
    printed = raw.split()
    title, rest = strip_titles(printed)
    return printed[-1], frozenset(_words_before(" ".join(printed[: -len(rest)]))) if title and rest else None


def printed_descriptions(parsed: Iterable[Parsed]) -> dict[str, set[str]]:
    """The words of description ``parsed`` (one article's sentences) prints
    with each name, keyed by the name as printed: the words of every role
    given it, of the titles printed with it ("Labour MP Jo Roe"), of a role
    noun after a copula ("Roe is the first Labour MP"), and its party/state
    tags, expanded. Read where the article is parsed (in the pipeline's
    workers for many articles): ``descriptions`` joins them by person."""
    words: dict[str, set[str]] = defaultdict(set)
    for p in parsed:
        for raw, role in p.roles:
            if not is_clause(role):  # "who heads the union" is not called "union"
                words[raw].update(_WORD.findall(role.lower()))
        text = p.sentence.text
        outside = _outside_quotes(p) if p.names else text  # once a sentence, not once a name
        for raw in p.names:
            last, titles = _titled(raw)
            if titles is not None:
                words[raw].update(titles)
            for tag in matches_after(last, _TAG_AFTER, text):
                words[raw].update(_tag_words(tag.group(1), tag.group(2)))
            for before in preceded_matches(raw, text) if _listed_before(raw, text) else ():
                words[raw].update(_words_before(before.group(1)))
            for after in matches_after(last, _COPULA_AFTER, outside):
                words[raw].update(_predicate_words(after.group(1)))
    return words


def descriptions(printed: Iterable[Mapping[str, set[str]]], resolve: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Each canonical person's words of description, from every article's
    ``printed_descriptions``."""
    words: dict[str, set[str]] = defaultdict(set)
    for article in printed:
        for raw, found in article.items():
            words[resolve(raw)].update(found)
    return {name: frozenset(SAME_PARTY.get(w, w) for w in found) for name, found in words.items()}


def pointing_words(key: str) -> frozenset[str] | None:
    """The words of a description that points back by party or state ("oregon
    republican", "ohio senator", "new york democrat"): a place or party word,
    every other word a place, party or role word. None for any other
    description ("the senator" goes by its role alone). "The senator from
    Ohio" is "the Ohio senator"."""
    words = frozenset(SAME_PARTY.get(w, w) for w in key.split() if w not in {"from", "of"})
    known = _PLACE_WORDS | PARTY_WORDS | PERSON_ROLES
    if words & (_PLACE_WORDS | PARTY_WORDS) and words <= known:
        return words
    return None


def lower_words(parsed: Iterable[Parsed]) -> frozenset[str]:
    """Every word the sources print in lower case: a capitalised run made
    only of such words ("Public Opinion", "National Convention") is a
    heading or an opener, not a person to point "he" or "she" back to."""
    return frozenset(w for p in parsed for w in _LOWER.findall(p.sentence.text))


def ordinary_words(lower: frozenset[str], inside: frozenset[str]) -> frozenset[str]:
    """Of ``lower`` (``lower_words``), the words the sources never capitalise
    inside a sentence (``inside``: ``role_choice.Capitalised.inside``): capitalised,
    they only open one ("Hours later, ...", "Horrified, ..."). "Apple" (a
    company said to say things) is printed capitalised after other words and
    stays a possible name."""
    return lower - inside


def _outside_quotes(p: Parsed) -> str:
    """The sentence less its quotations: a quoted "he" is the speaker's, not the narrator's."""
    text = p.sentence.text
    for span in reversed(p.sentence.quotes):
        text = text[: span.start] + " " + text[span.end :]
    return text


def _modifies_people(name: str, text: str) -> bool:
    """A capitalised run printed only to open the sentence and right before
    a common noun of people (``people_nouns``, from WordNet, singular or
    plural) is that noun's modifier, an adjective or a noun adjunct, not a
    person's full name: "Eastern Pelish voters", "Presumptive Tarvish
    nominee Jo Roe". Inside a sentence the capitals are the name's own:
    "the Tova Brenner voters" name her."""
    opening = _OPENS.match(text)  # always matches, maybe empty
    if not (opening and text.startswith(name, opening.end())):  # not at the opening: a print of it is elsewhere, or none is
        return False
    found = list(re.finditer(re.escape(name) + r"(?:\s+([a-z]+)\b)?", text))
    return all(_OPENS.fullmatch(text[: m.start()]) and m.group(1) and person_noun(m.group(1)) for m in found)


_OPENS = re.compile(rf"[\s{re.escape(QUOTE_MARKS + SINGLE_MARKS)}(]*")  # what may come before a sentence's first word


def _before_verb(name: str, text: str) -> bool:
    """"Grant Ellis has a farm", "Grant Ellis was there": a run that opens
    the sentence right before an auxiliary that agrees with one subject
    only is that verb's subject, one person's name, where a modifier
    capitalised to open the sentence is followed by the noun it modifies
    ("Former Pelish presidents") or is a group's ("Young Pelish have ...").
    (A verb of saying needs no such rule: its subject is read as a speaker.)"""
    opening = _OPENS.match(text)  # always matches, maybe empty
    at = opening.end() if opening else 0
    found = _WORD_AFTER.match(text, at + len(name)) if text.startswith(name, at) else None
    return found is not None and found.group(1) in _ONE_SUBJECT_AUX


_WORD_AFTER = re.compile(r"\s+([a-z][a-z'’]*)")  # the lower-case word after a run: one pattern, not one compiled per name


def _singular(verb: str) -> bool:
    """"has", "isn't", "was": a form in "-s" that agrees with one subject
    only; not a form a plural subject takes too ("have", "had", "will"),
    nor an adverb among the auxiliaries ("nevertheless", "also")."""
    bare = re.sub(r"n['’]t$", "", verb)
    return bare.endswith("s") and not bare.endswith("ss")


_ONE_SUBJECT_AUX = frozenset(filter(_singular, AUX))


def person_noun(word: str) -> bool:
    """A common noun of people, as printed, in the singular or a regular
    plural; not a word that also follows a name as a verb or a function
    word ("have", "accused": WordNet's nouns of "the haves", "the accused")."""
    nouns = people_nouns()
    if word in name_followers():
        return False
    return word in nouns or word.endswith("s") and (word[:-1] in nouns or word.endswith("es") and word[:-2] in nouns)


@dataclass(frozen=True)
class Names:
    """Every person name the corpus prints, indexed by first and last word,
    for resolving short forms."""

    counts: dict[str, int]
    by_first: dict[str, tuple[str, ...]]
    by_last: dict[str, tuple[str, ...]]
    canonical: dict[str, str]  # "Jane Q Roe" -> "Jane Roe" when that is printed more often
    labels: dict[str, str] = field(default_factory=dict)  # "Jo Roe" -> "pensioner" for "Pensioner Jo Roe said"

    @classmethod
    def build(cls, parsed: Sequence[Parsed], ordinary: Collection[str] = ()) -> Names:
        """``ordinary``: the words the sources print in lower case and never
        capitalise inside a sentence (``ordinary_words``). Two words whose
        first is such a word, and whose second the sources never print
        alone as a name, are no full name: capitalised only to open the
        sentence, the first is no given name ("Former Pelish presidents Jo
        Roe and ..."; "Rich Lowe ... Lowe said" is a person, "Pensioner Jo
        Roe" a label and a name, ``_labelled``)."""
        alone = {name for p in parsed for name in p.names if " " not in name}
        printed: Counter[str] = Counter()
        for p in parsed:
            for name in p.names:
                words = name.split()
                opener = len(words) == 2 and words[0].lower() in ordinary and words[1] not in alone and not _before_verb(name, p.sentence.text)
                if len(words) >= 2 and words[0].lower() not in TITLES and not opener and not _modifies_people(name, p.sentence.text):
                    printed[name] += 1
        labelled = _labelled(printed, ordinary)
        for name, (_, tail) in labelled.items():
            printed[tail] += printed.pop(name)
        forms = person_forms(printed)
        canonical = {}
        counts: Counter[str] = Counter()
        for group in forms.values():
            chosen = min(group, key=lambda n: (-printed[n], -len(n), n == unaccented(n), n))  # a tie: the accented form
            for name in group:
                canonical[name] = chosen
                counts[chosen] += printed[name]
        canonical.update((name, canonical[tail]) for name, (_, tail) in labelled.items())
        labels = {canonical[tail]: label for label, tail in labelled.values() if label}
        by_first: dict[str, list[str]] = defaultdict(list)
        by_last: dict[str, list[str]] = defaultdict(list)
        for name in sorted(counts):
            by_first[name.split()[0]].append(name)
            by_last[name.split()[-1]].append(name)
        return cls(
            dict(counts),
            {k: tuple(v) for k, v in by_first.items()},
            {k: tuple(v) for k, v in by_last.items()},
            canonical,
            labels,
        )

    def resolve(self, raw: str, local: Collection[str] = ()) -> str:
        """A canonical full name for ``raw`` ("Mr Hale" -> "Jo Hale")."""
        words = [bare(w) for w in raw.split()]
        title, rest = strip_titles(words)
        if not rest:
            return raw
        if len(rest) >= 2:
            return self.canonical.get(" ".join(rest), " ".join(rest))
        word = rest[0]
        by_given = title is not None and title.lower() in GIVEN_TITLES
        matches = (self.by_first if by_given else self.by_last).get(word, ())
        if not matches:
            matches = self.by_last.get(word, ()) + self.by_first.get(word, ())
        if not matches:
            return f"{title} {word}" if title and title.lower() not in PERSON_ROLES else word
        return min(matches, key=lambda n: (n not in local, -self.counts[n], n))
