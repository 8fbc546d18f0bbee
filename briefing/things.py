"""Nouns of concrete things: whether a noun one wording puts for another's
names another thing.

In: two near wordings' lower-case words in order (one string each). Out:
whether they are the same word for word but at one place, where a noun of a
thing stands for a noun of another thing (``another_thing``: "the old depot"
/ "the old library"). Nouns of things are those of ``data/en/things.txt``
(derived from WordNet 3.0 by ``tools/derive_things.py``: one-word nouns
whose first sense is an artifact, a natural object, an animal, a plant,
food, a substance or a part of the body, those its tagged corpus never saw
too: "ferry", "tram"); two of them name one thing, or
one a kind of the other, when one's synsets meet the other's synsets or
hypernyms ("truck" / "vehicle", "library" / "building"), or when their first
senses are one synset (``synonyms``). Any other two name two things, as two
different numbers do: never one fact. People, groups and places are not
read so: outlets name them by role and description, which WordNet does not
relate ("campaigners" / "activists"). The table is read the first time a
build meets such a pair.

Nouns of beings are read apart (``counted_beings``): those of people,
groups of people and animals (``data/en/beings.txt``, derived from WordNet
3.0 by ``tools/derive_beings.py``), for the nouns a figure counts: what is
done to a count of people is the fact ("shot" / "killed" two men), where a
verb put for another may move one figure ("fell" / "dropped 8%").

Nouns that count people are read apart too (``one_count``): those of
people in general ("people", "persons") and those of a person, a kind of
one ("workers") or an occurrence that WordNet lists as a person too
("case", "life": ``data/en/people.txt``, derived from WordNet 3.0 by
``tools/derive_people.py``). A count of people and a count of persons of
one value are one count told two ways ("14 people ill" / "14 cases"), and
so are two kinds of person one of which WordNet makes a kind of the other
("120 employees" / "120 workers"), and a group's singular counting its
members ("600 staff": staffers, each an employee); two other kinds of
person ("14 men" / "14 children"), or people and a group of them ("30
people" / "30 families"), are two (``counted_apart``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache

from . import synonyms, verbs
from .data import Keyed, keyed, lines
from .forms import COUNTED_WORDS, SCALE_WORDS, STEM, number_word, spelling
from .mention_words import people_nouns
from .wording import EDIT_WORDS, swapped


@cache
def _table() -> Keyed[str]:
    """Each form of a noun of a thing with the rest of its line, read into
    synsets only when a pair asks (``_read``)."""
    return keyed("things.txt", _forms)


def _forms(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        forms, _, rest = line.partition(" |")
        for form in forms.split():
            found[form] = rest
    return found


@cache
def _read(fields: str) -> tuple[frozenset[str], frozenset[str]]:
    own, above = fields.split("|")
    return frozenset(own.split()), frozenset(above.split())


def _thing(word: str) -> tuple[frozenset[str], frozenset[str]] | None:
    found = _table().get(spelling(word))
    return None if found is None else _read(found)


def listed(word: str) -> bool:
    """Whether a word as printed (lower case) is a noun of a thing."""
    return _thing(word) is not None


def related(one: str, other: str) -> bool | None:
    """Whether two words as printed (lower case) name one thing or one a
    kind of the other; None when either is no noun of a thing."""
    a, b = _thing(one), _thing(other)
    if a is None or b is None:
        return None
    return bool(a[0] & (b[0] | b[1]) or b[0] & a[1]) or bool(synonyms.sets(one) & synonyms.sets(other))


@cache
def _beings() -> frozenset[str]:
    return frozenset(form for line in lines("beings.txt") for form in line.split())


@cache
def _people() -> tuple[frozenset[str], frozenset[str]]:
    """The forms of the nouns of people in general (marked "*") and of the
    nouns of a person, or of a group counted by its singular ("staff")."""
    general: set[str] = set()
    persons: set[str] = set()
    for line in lines("people.txt"):
        forms = line.partition(" |")[0].split()
        if forms[0] == "*":
            general.update(forms[1:])
        else:
            persons.update(forms)
    return frozenset(general), frozenset(persons)


@cache
def _kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each form of a noun whose first sense is a person, or a group of
    persons counted by its singular ("600 staff"), with those persons'
    synsets and the kinds of person above them."""
    found = {}
    for line in lines("people.txt"):
        forms, _, rest = line.partition(" |")
        if rest:
            own, above = rest.split("|")
            for form in forms.split():
                found[form] = (frozenset(own.split()), frozenset(above.split()))
    return found


def one_count(one: str, other: str) -> bool:
    """Two nouns (as printed, lower case) that counts of one value count
    are one count of people: one a noun of people in general ("people"),
    the other one too ("persons") or a noun of a person ("workers",
    "cases"); or two kinds of person, one a kind of the other
    ("employees" / "workers", "passengers" / "travelers"; "staff", of
    whom each is an employee)."""
    general, persons = _people()
    a, b = spelling(one), spelling(other)
    return a in general and (b in general or b in persons) or b in general and a in persons or _kind_of(a, b) or _kind_of(b, a)


def _kind_of(one: str, other: str) -> bool:
    """The persons of ``one`` (a form) are of a kind of person of
    ``other``, or one of them."""
    kinds = _kinds()
    return one in kinds and other in kinds and bool(kinds[other][0] & (kinds[one][0] | kinds[one][1]))


def counted_beings(words: Sequence[str]) -> frozenset[str]:
    """The nouns of beings (people, groups of people, animals) a figure
    counts among ``words`` (lower case, in order): within ``COUNTED_WORDS``
    after a number ("two armed men", "40 sheep"), each as the stem
    ``forms.figures`` gives the noun it counts ("men"). Not after a scale
    word: "4.1 million passengers" is a tally, one figure an airport
    "handled" or "served", not people something was done to."""
    found = set()
    for n, word in enumerate(words):
        if spelling(word) in _beings():
            before = words[max(0, n - COUNTED_WORDS) : n]
            if any(x[:1].isdigit() or number_word(x) for x in before) and SCALE_WORDS.isdisjoint(before):
                found.add(spelling(word)[:STEM])
    return frozenset(found)


def counted_apart(ours: Mapping[str, Collection[str]], theirs: Mapping[str, Collection[str]], our_words: str, their_words: str) -> bool:
    """Two wordings count by one value two lots of beings ("14 men" / "14
    children", "30 families" / "30 people"), or people and what is no
    being ("23 people" / "23 deaths", "38,000 people" / "38,000 homes"),
    or two nouns of persons (``being``: "12 welders" / "12 bakers",
    "60 paramedics" / "60 people"), and not one count of people
    (``one_count``: people in general stand for the kinds of person of
    ``people.txt`` only, those WordNet's tagged corpus counts). ``ours``,
    ``theirs``: the nouns (stems, as ``forms.figures`` gives them) each
    value counts in each wording; their lower-case words in order, one
    string each, tell which are beings (``being``) and which people
    (``_person``). A value that counts one noun in both ("nine
    members" / "nine board members", "40 bus drivers" / "40 lorry
    drivers") counts one lot; a verb both print after it that neither
    counts first is no noun in common: "worked" of "Sixty paramedics
    worked" / "Sixty people worked" tells what two lots did."""
    values = [v for v in ours.keys() & theirs.keys() if not _one_noun(ours[v], theirs[v], our_words, their_words)]
    if not values:
        return False
    for value in values:
        one, other = [_printed(x, our_words) for x in ours[value]], [_printed(y, their_words) for y in theirs[value]]
        if any(one_count(x, y) for x in one for y in other):
            continue
        beings = any(map(being, one)), any(map(being, other))
        people = any(map(_person, one)), any(map(_person, other))
        if all(beings) or people[0] and not beings[1] or people[1] and not beings[0]:
            return True
    return False


def _one_noun(ours: Collection[str], theirs: Collection[str], our_words: str, their_words: str) -> bool:
    """Of the words one value is read with in each wording (stems), both
    print one that is no past form of a verb ("members" of "nine members"
    / "nine board members"), or the first of them in one wording, what it
    counts there, a past form too ("wounded" of "40 wounded" / "40 wounded
    soldiers")."""
    shared = set(ours).intersection(theirs)
    firsts = {_first(ours, our_words), _first(theirs, their_words)}
    return any(n in firsts or not verbs.past(_printed(n, our_words)) for n in shared)


def _first(nouns: Collection[str], words: str) -> str:
    """Of ``nouns`` (stems, as ``forms.figures`` gives them), the one
    printed first in ``words`` (one string)."""
    order = [spelling(w)[:STEM] for w in words.split(" ")]
    return min(sorted(nouns), key=lambda n: order.index(n) if n in order else len(order))


def being(word: str) -> bool:
    """A word as printed is a noun of beings (``counted_beings``) or of
    people or a person (``one_count``), or a common noun of a person, one
    WordNet's tagged corpus never saw too ("winger", "welder":
    ``mention_words.people_nouns``), in the singular or the plural
    ("wingers", "deputies", "witnesses", "groundsmen")."""
    return spelling(word) in _beings() or _a_person(word)


def _singulars(word: str) -> set[str]:
    """What a lower-case word may be the plural of, and the word itself."""
    found = {word, spelling(word), word.removesuffix("s"), word.removesuffix("es")}
    return found | {word[:-3] + "man"} if word.endswith("men") else found


def _a_person(word: str) -> bool:
    """A word as printed is a noun of people or of a person (``_person``),
    or a common noun of a person, one WordNet's tagged corpus never saw too
    ("motorists": ``mention_words.people_nouns``); not a group's ("the
    public")."""
    return _person(word) or not _singulars(word).isdisjoint(people_nouns())


def _person(word: str) -> bool:
    """A word as printed is a noun of people or of a person (``one_count``)."""
    general, persons = _people()
    return spelling(word) in general or spelling(word) in persons


def _printed(stem: str, words: str) -> str:
    """The first of ``words`` (one string) whose stem as a figure's noun is ``stem``."""
    return next((w for w in words.split(" ") if spelling(w)[:STEM] == stem), stem)


def figured(shared: Sequence[tuple[str, str, str]], our_words: str, their_words: str) -> tuple[bool, bool]:
    """Of the quantities two sentences share (value, " ", what it counts):
    whether one holds an act, and whether one counts beings. A span of time
    ("for a month") says how long, not how much: it holds no act; nor does
    a count of beings ("two men"): what was done to them is the fact."""
    counted = counted_beings(our_words.split(" ")) & counted_beings(their_words.split(" ")) if shared else frozenset()
    beings = {value for value, _, what in shared if what in counted}
    return any(what != "h" and value not in beings for value, _, what in shared), bool(beings)


def another_thing(ours: frozenset[str], theirs: frozenset[str], our_words: str, their_words: str) -> bool:
    """Two wordings (their stems, and their lower-case words in order, one
    string each) the same word for word but at one place, where the last
    word of each is a noun of a thing (the head of its phrase, "the old
    depot" / "the old library", or a noun that qualifies it, "the hospital
    wall" / "the prison wall", or owns it, "the hospital's wall"), the
    place shows no verb, and the two name
    two things (``related``). Only a pair whose stems differ by a word or two on one
    side can be one, so the alignment is made for few pairs."""
    if min(len(ours - theirs), len(theirs - ours)) > EDIT_WORDS or our_words == their_words:
        return False
    found = swapped(our_words.split(" "), their_words.split(" "))
    if found is None:
        return False
    one, other, before = found
    if not one or not other or one[-1][:STEM] == other[-1][:STEM]:
        return False
    # Two nouns of persons head the place: a past form before one is its modifier ("Disabled residents" /
    # "Pensioners"), no verb the place shows.
    persons = _a_person(one[-1]) and _a_person(other[-1])
    if not persons and (verbs.shown(one, before) or verbs.shown(other, before)):
        return False
    kin = related(_unowned(one[-1]), _unowned(other[-1]))
    return kin is False or kin is None and _other_persons(one, other)


def _unowned(word: str) -> str:
    """A noun without the possessive it owns a word by ("the hospital's
    40 beds": "hospital")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _other_persons(one: Sequence[str], other: Sequence[str]) -> bool:
    """One noun of a kind of person put for another, the head of each
    phrase ("the fare for cyclists" / "the fare for pensioners", "Lorry
    drivers face" / "Cyclists face"): two lots of people, as two counts of
    them are (``counted_apart``), unless one is people in general
    (``one_count``), the two share a first sense or one is the kind right
    above the other, printed alone (``_one_kind``: "motorists" / "drivers",
    not "motorists" / "lorry drivers") or one phrase
    is the other written as one word ("police officers" / "policemen":
    ``_written_together``). A noun of a person WordNet's tagged corpus
    never saw counts too ("motorists" / "cyclists": ``_a_person``). The
    people of a place are no exception: "residents" / "visitors" are two
    lots, and so are "young residents" / "pensioners" (whether a
    description of residents is another kind of person, "elderly
    residents" / "pensioners", no word list tells)."""
    head, other_head = one[-1], other[-1]
    if not (_a_person(head) and _a_person(other_head)) or _written_together(one, other_head) or _written_together(other, head):
        return False
    return not one_count(head, other_head) and not synonyms.sets(head) & synonyms.sets(other_head) and not _one_kind(one, other)


def _one_kind(one: Sequence[str], other: Sequence[str]) -> bool:
    """The heads of two phrases (the words where two wordings differ), one
    the kind right above the other (``synonyms.above``), the one above
    printed alone: "Drivers" / "Motorists", not "Lorry drivers" /
    "Motorists" (a word before the kind above may make it another kind
    under it, as "trucker" is beside "motorist")."""
    if synonyms.above(one[-1], other[-1]):
        return len(other) == 1
    return synonyms.above(other[-1], one[-1]) and len(one) == 1


def _written_together(phrase: Sequence[str], word: str) -> bool:
    """``word`` is the word before the head of ``phrase`` and a noun of
    people or of a person written as one ("police officers" / "policemen",
    "business leaders" / "businessmen"; not "farm workers" / "farmers")."""
    return len(phrase) > 1 and len(word) > len(phrase[-2]) and word.startswith(phrase[-2]) and _person(word[len(phrase[-2]) :])
