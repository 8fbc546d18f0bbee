"""Derive ``briefing/data/en/beings.txt`` from WordNet 3.0's nouns: the
nouns of people, groups of people and animals, for ``briefing.things``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun``, ``data.noun`` and
``noun.exc`` of the database (a folder given as the only argument, that one
by default). Out: the text file, one noun a line with its forms.

A noun of beings is a one-word noun whose first sense (WordNet orders a
word's senses by their frequency in its tagged corpus; a word that corpus
never saw is left out) is filed under noun.person or noun.animal (the
lexicographer files of lexnames(5WN)), or is the top synset of a person or
an animal (filed under noun.Tops: "person", "animal"), or a social group,
a people or an animal group or below one (noun.group; WordNet's "@" and
"@i" pointers): "workers", "staff", "sheep", "herd"; not "batch" or
"series", groups of things. What is done to a count of beings is the fact ("shot" /
"killed" two men), where a verb put for another may move one figure
("fell" / "dropped 8%").

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from tools.derive_actions import _lexicographer_files
from tools.derive_opposites import _irregular, _synsets
from tools.derive_synonyms import _other_forms, _tagged_nouns

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "beings.txt"
# Lexicographer files (lexnames(5WN)): noun.Tops, noun.animal, noun.group, noun.person.
TOPS, ANIMAL, GROUP, PERSON = 3, 5, 14, 18
# The synsets of beings among noun.Tops and noun.group: those these lemmas head.
ROOTS = ("person", "animal", "social_group", "people", "animal_group")
HEADER = """\
# Nouns of people, groups of people and animals, derived from WordNet 3.0
# (Princeton University, https://wordnet.princeton.edu; WordNet 3.0
# Copyright 2006 by Princeton University, all rights reserved, used under
# the WordNet licence, which permits use, copying and distribution with this
# notice) by tools/derive_beings.py: one-word nouns whose first sense is
# filed under noun.person or noun.animal, or is a person, an animal, a
# social group, a people or an animal group or below one ("workers",
# "staff", "sheep").
# What is done to a count of them is the fact: two near wordings that put
# one act for another on the same count of beings report two facts.
#
# One noun a line: its forms as the engine compares them (British spellings
# folded, "-ies" to "-y": briefing.forms.spelling). Derived; do not edit by
# hand.
"""


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.noun")
    files = _lexicographer_files(folder / "data.noun")
    plural = _irregular(folder / "noun.exc")
    roots = {o for o, lemmas in words.items() if files[o] in (TOPS, GROUP) and lemmas[0] in ROOTS}

    lines = []
    for noun, (first, *_), _ in _tagged_nouns(folder):
        if files[first] in (ANIMAL, PERSON) or (files[first] in (TOPS, GROUP) and {first, *above(pointers, first)} & roots):
            lines.append(" ".join([noun, *_other_forms(noun, plural)]))
    OUT.write_text(HEADER + "\n".join(sorted(lines)) + "\n", "utf-8")


def above(pointers: dict[str, list[tuple[str, ...]]], offset: str, keep: Callable[[str], bool] = lambda o: True) -> set[str]:
    """The senses above ``offset`` along the hypernym pointers ("@", "@i"),
    through those ``keep`` keeps."""
    found: set[str] = set()
    step = {offset}
    while step:
        step = {t for o in step for s, t, pos, _ in pointers[o] if s in ("@", "@i") and pos == "n" and keep(t)} - found
        found |= step
    return found


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
