"""Derive ``briefing/data/en/people.txt`` from WordNet 3.0's nouns: the
nouns that count people in general, and those of a kind of person or of an
occurrence that WordNet also lists as a person, for ``briefing.things``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun``, ``data.noun``,
``cntlist.rev`` and ``noun.exc`` of the database (a folder given as the
only argument, that one by default). Out: the text file, one noun a line
with its forms.

Nouns of people in general are the one-word lemmas of the top synset of a
person (noun.Tops: "person", "individual", "someone") and of the synsets
of "people" (noun.group). Nouns of a person are the one-word nouns whose
first sense (WordNet orders a word's senses by their frequency in its
tagged corpus; a word that corpus never saw is left out) is filed under
noun.person (the lexicographer files of lexnames(5WN)): a kind of person,
"workers", "patients"; or under noun.event or noun.state, one of whose
senses the tagged corpus counts being filed under noun.person with the
noun printed in lower case (not a personification, "Death"): an
occurrence that is a person too, "case" (an occurrence, and "a person
requiring professional services"), "life" (a state, and "a living
person"). Not a group of people ("families") nor a noun whose first sense
is a thing or a part of the body ("hands", "heads"). A count of people
and a count of persons of one value in one report are one count told two
ways ("14 people ill" / "14 cases", "450 people" / "450 workers"). For a
noun of a person the file keeps its first sense's synset and the kinds of
person above it (WordNet's "@" and "@i" pointers within noun.person): a
count of a kind of the other's person is one count too ("450 employees" /
"450 workers"), but of those only the kinds above each other sense of a
person of the noun that the tagged corpus saw at least half as often as
its first too: a "girl" is a female child 57 times to a young woman's 80,
so "girls" counts no "women". A noun whose first sense is a group of whose members
WordNet names a person (its member meronym: "staff" has "staffer") counts
those persons in its singular ("600 staff", as a collective noun counts
its members), not in its plural ("30 crews", groups); a group whose
members WordNet names no person ("families") counts groups.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.derive_actions import _lexicographer_files
from tools.derive_opposites import _irregular, _synsets
from tools.derive_synonyms import _other_forms, _seen, _tagged_nouns
from tools.derive_verbs import _base36

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "people.txt"
# Lexicographer files (lexnames(5WN)): noun.Tops, noun.event, noun.group, noun.person, noun.state.
TOPS, EVENT, GROUP, PERSON, STATE = 3, 11, 14, 18, 26
GENERAL = "*"  # marks a line of a noun of people in general
HEADER = """\
# Nouns that count people, derived from WordNet 3.0 (Princeton University,
# https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by Princeton
# University, all rights reserved, used under the WordNet licence, which
# permits use, copying and distribution with this notice) by
# tools/derive_people.py: the one-word lemmas of the top synset of a person
# and of the synsets of "people" (marked "*": people in general), and the
# one-word nouns whose first sense is a person ("workers"), or an event or a
# state and one of whose senses the tagged corpus counts is a person
# ("case", "life"), and the singular of a group noun of whose members
# WordNet names a person ("staff": "staffer"). A count of people and a
# count of persons of one value in one report are one count told two ways
# ("14 people ill" / "14 cases"), and so are counts of two kinds of person
# one of which is a kind of the other ("450 employees" / "450 workers"),
# in each of its senses the tagged corpus saw at least half as often as
# its first (not "girls" / "women": a girl is a child as often).
#
# One noun a line: its forms as the engine compares them (British spellings
# folded, "-ies" to "-y": briefing.forms.spelling); for a noun whose first
# sense is a person, after "|" two fields separated by "|": that sense's
# synset and the kinds of person above it, and for a group noun those of
# the persons it has as members (synset numbers in base 36). Derived; do
# not edit by hand.
"""


def _lemmas(data: Path) -> dict[str, list[str]]:
    """Each synset's lemmas as WordNet prints them (a capital kept)."""
    found = {}
    for line in data.read_text("latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            found[fields[0]] = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
    return found


def main(folder: Path) -> None:
    lemmas = _lemmas(folder / "data.noun")
    files = _lexicographer_files(folder / "data.noun")
    plural = _irregular(folder / "noun.exc")
    _, pointers = _synsets(folder / "data.noun")
    number = {offset: _base36(n) for n, offset in enumerate(lemmas)}
    seen = _seen(folder)

    def above(own: list[str]) -> set[str]:
        """The kinds of person above persons' synsets (WordNet's "@" and
        "@i" pointers, in noun.person)."""
        found, step = list(own), list(own)
        while step:
            step = [t for o in step for s, t, pos, _ in pointers[o] if s in ("@", "@i") and pos == "n" and files[t] == PERSON and t not in found]
            found += step
        return set(found[len(own) :])

    def kinds(own: list[str], common: list[str]) -> str:
        """Persons' synsets and the kinds of person above them, as fields;
        of those only the kinds above, or one of, each synset of
        ``common`` too."""
        found = above(own)
        for other in common:
            found &= above([other]) | {other}
        return f" | {' '.join(sorted(number[o] for o in own))} | " + " ".join(sorted(number[o] for o in found))

    def common(noun: str, senses: list[str]) -> list[str]:
        """The noun's other senses of a person the tagged corpus saw at
        least half as often as its first ("girl": a female child 57 times
        to a young woman's 80), as ``derive_synonyms._only_under``."""
        return [o for n, o in enumerate(senses[1:], 2) if files[o] == PERSON and seen.get((noun, n), 0) * 2 >= max(seen.get((noun, 1), 0), 1)]

    def members(first: str) -> list[str]:
        """The persons WordNet makes members of a group ("%m": "staff" has
        "staffer")."""
        return [t for s, t, pos, _ in pointers[first] if s == "%m" and pos == "n" and files[t] == PERSON]

    general = {w for o, ws in lemmas.items() if files[o] in (TOPS, GROUP) and ws[0] in ("person", "people") for w in ws}
    lines = []
    for noun, senses, tagged in _tagged_nouns(folder):
        forms = _other_forms(noun, plural)
        if noun in general:
            lines.append(" ".join([GENERAL, noun, *forms]))
        elif files[senses[0]] == PERSON:
            lines.append(" ".join([noun, *forms]) + kinds([senses[0]], common(noun, senses)))
        elif files[senses[0]] == GROUP and members(senses[0]):
            lines.append(noun + kinds(members(senses[0]), []))  # the singular only: "600 staff" counts members, "30 crews" groups
        elif files[senses[0]] in (EVENT, STATE) and any(files[o] == PERSON and noun in lemmas[o] for o in senses[:tagged]):
            lines.append(" ".join([noun, *forms]))
    OUT.write_text(HEADER + "\n".join(sorted(lines)) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
