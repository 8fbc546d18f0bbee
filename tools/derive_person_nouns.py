"""Derive ``briefing/data/en/person_nouns.txt`` from WordNet 3.0's nouns: the
common nouns of people, for ``briefing.resolver`` to tell a label printed
before a name ("Baker Ann Kestley", "Trader Jo Roe") from a given name.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun`` and ``data.noun`` of the
database (a folder given as the only argument, that one by default). Out:
the text file, one noun a line.

A noun of people is a one-word noun whose first sense (WordNet orders a
word's senses by frequency) is filed under noun.person (lexnames(5WN)) and
written there in lower case: a common noun that names a person by what
they do or are ("baker", "trader", "pensioner"), not a person's name
("Frank", filed as "a member of the ancient Germanic peoples" under its
capital). Unlike ``beings.txt``, a noun WordNet's tagged corpus never saw
counts: the nouns of trades are rare in it.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.derive_actions import _lexicographer_files
from tools.derive_beings import PERSON
from tools.derive_people import _lemmas
from tools.derive_synonyms import _nouns

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "person_nouns.txt"
HEADER = """\
# Common nouns of people, derived from WordNet 3.0 (Princeton University,
# https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by Princeton
# University, all rights reserved, used under the WordNet licence, which
# permits use, copying and distribution with this notice) by
# tools/derive_person_nouns.py: one-word nouns whose first sense is filed under
# noun.person and written there in lower case ("baker", not "Frank").
# A word of these printed before a full name is a label, not a given name.
# One noun a line. Derived; do not edit by hand.
"""


def main(folder: Path) -> None:
    files = _lexicographer_files(folder / "data.noun")
    # each noun.person synset's lemmas written in lower case
    lower = {o: {w for w in lemmas if w.islower()} for o, lemmas in _lemmas(folder / "data.noun").items() if files[o] == PERSON}
    nouns = [noun for noun, (first, *_), _ in _nouns(folder) if noun in lower.get(first, ())]
    OUT.write_text(HEADER + "\n".join(sorted(nouns)) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
