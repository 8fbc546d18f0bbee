"""Derive ``briefing/data/en/things.txt`` from WordNet 3.0's nouns: the
nouns of concrete things, and how two of them stand to each other, for
``briefing.things``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun``, ``data.noun`` and
``noun.exc`` of the database (a folder given as the only argument, that one
by default). Out: the text file, one noun a line.

A noun of a thing is a one-word noun whose first sense (WordNet orders a
word's senses by their frequency in its tagged corpus, and those of a word
that corpus never saw as its lexicographers listed them, the usual sense
first: "ferry" is first a boat, then the act of ferrying) is filed under a
concrete kind: an artifact, a natural object, an animal, a plant, food, a
substance or a part of the body (the lexicographer files of lexnames(5WN)).
A noun left out for want of a tagged sense would let its thing be put for
another ("the ferry" / "the bridge" will be out of service). People, groups and places are
left out: outlets name them by role and description ("campaigners" /
"activists", "the town" / "the city"), which WordNet does not relate. For
each the file keeps its forms (the plural, regular or of ``noun.exc``), the
synsets of all its senses, and all the hypernyms above them (WordNet's "@"
and "@i" pointers, to the top): two nouns name one thing, or one a kind of
the other ("lorry" / "truck", "library" / "building"), when one's synsets
meet the other's synsets or hypernyms; otherwise they name two things
("depot" / "library"), which two near wordings of a fact may not swap.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from tools.derive_actions import _lexicographer_files
from tools.derive_opposites import _irregular, _synsets
from tools.derive_synonyms import _nouns, _other_forms
from tools.derive_verbs import _base36

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "things.txt"
# Lexicographer files of concrete things (lexnames(5WN)): noun.animal,
# noun.artifact, noun.body, noun.food, noun.object, noun.plant, noun.substance.
THINGS = {5, 6, 8, 13, 17, 20, 27}
HEADER = """\
# Nouns of concrete things, derived from WordNet 3.0 (Princeton University,
# https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by Princeton
# University, all rights reserved, used under the WordNet licence, which
# permits use, copying and distribution with this notice) by
# tools/derive_things.py: one-word nouns whose first sense is an artifact,
# a natural object, an animal, a plant, food, a substance or a part of the
# body ("depot", "library", "lorry"). Two near wordings of a fact that put
# one for another that WordNet does not relate report two things ("the old
# depot" / "the old library").
#
# One noun a line: its forms as the engine compares them (British spellings
# folded, "-ies" to "-y": briefing.forms.spelling), then after "|" two
# fields separated by "|": the synsets of its senses, and all the hypernyms
# above them (synset numbers in base 36). A synset no other noun's fields
# can meet is left out. Derived; do not edit by hand.
"""


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.noun")
    files = _lexicographer_files(folder / "data.noun")
    plural = _irregular(folder / "noun.exc")
    number = {offset: n for n, offset in enumerate(words)}

    def above(offsets: set[str]) -> set[str]:
        found: set[str] = set()
        step = offsets
        while step:
            step = {t for o in step for s, t, pos, _ in pointers[o] if s in ("@", "@i") and pos == "n"} - found
            found |= step
        return found

    fields = {}
    for noun, senses, _ in _nouns(folder):
        if files[senses[0]] in THINGS:
            own = set(senses)
            fields[noun] = (own, above(own) - own)
    # A synset is kept only where another noun's fields may meet it
    # (``briefing.things``: own meets own or above).
    owners = Counter(o for own, _ in fields.values() for o in own)
    met = {o for o, n in owners.items() if n > 1}.union(*(up for _, up in fields.values()))
    lines = []
    for noun, (own, up) in sorted(fields.items()):
        forms = [noun, *_other_forms(noun, plural)]
        ids = [" ".join(sorted(_base36(number[o]) for o in group)) for group in (own & met, up & set(owners))]
        lines.append(" ".join(forms) + " | " + " | ".join(ids))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
