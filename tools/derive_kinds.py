"""Derive ``briefing/data/en/kinds.txt`` from WordNet 3.0's nouns: for each
noun of a person, the nouns of people it is a kind of ("mother": "parent";
"surgeon": "doctor"), for ``briefing.bodies`` to tell a speaker's role one
of a group the outlet names ("Parents say ..." then "a foster father of twins").

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun`` and ``data.noun`` of the
database (a folder given as the only argument, that one by default). Out:
the text file, one noun a line, then its kinds.

A noun's kinds are the one-word nouns of the senses above its first sense
(WordNet orders a word's senses by their frequency in its tagged corpus; a
word that corpus never saw is left out), along WordNet's hypernym pointers
("@", "@i"), that are filed under noun.person (lexnames(5WN)), as its first
sense must be: the noun.Tops "person" above them all is no group's kind.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.derive_actions import _lexicographer_files
from tools.derive_beings import PERSON, above
from tools.derive_opposites import _synsets
from tools.derive_synonyms import _tagged_nouns

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "kinds.txt"
HEADER = """\
# Nouns of people and the nouns of people they are a kind of, derived from
# WordNet 3.0 (Princeton University, https://wordnet.princeton.edu; WordNet
# 3.0 Copyright 2006 by Princeton University, all rights reserved, used
# under the WordNet licence, which permits use, copying and distribution
# with this notice) by tools/derive_kinds.py: for each one-word noun whose
# first sense is filed under noun.person, the one-word nouns of the senses
# above it filed there too ("mother": "parent"). A speaker whose role is a
# kind of a group's noun is one of that group.
#
# One noun a line, then its kinds, in their base forms. Derived; do not
# edit by hand.
"""


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.noun")
    files = _lexicographer_files(folder / "data.noun")

    lines = []
    for noun, (first, *_), _ in _tagged_nouns(folder):
        if files[first] == PERSON:
            kinds = sorted({w for o in above(pointers, first, lambda o: files[o] == PERSON) for w in words[o] if w.isalpha() and w.islower()} - {noun})
            lines.extend([" ".join([noun, *kinds])] if kinds else [])
    OUT.write_text(HEADER + "\n".join(sorted(lines)) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
