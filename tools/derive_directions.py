"""Derive ``briefing/data/en/directions.txt`` from WordNet 3.0's verbs: the
verbs of an action that takes a thing away or makes less of it ("cut",
"scrap", "close", "ban") and those that make it or make more of it
("build", "raise", "extend"), read by ``briefing.verdicts``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.verb``, ``data.verb`` and
``verb.exc`` of the database (a folder given as the only argument, that one
by default). Out: the text file, one verb a line.

The roots of taking away are the transitive synsets of removing, ending,
making less, destroying, closing, abolishing, discontinuing and forbidding
("remove, take away", "get rid of", "end, terminate", "decrease, lessen",
"destroy", "close, shut", "abolish", "discontinue, stop", "forbid,
prohibit"); the roots of making are the synsets WordNet's antonym pointers
give for these ("begin, start", "increase", "open", "establish, found",
"continue, preserve", "permit, allow") and "make, create", the opposite of
"destroy" that WordNet leaves unlinked. A verb takes a thing away when one
of its ``FIRST`` commonest senses (WordNet's order) is a root of taking
away or has one among its hypernyms, and none of those senses does so for
making ("cut": its second sense is "reduce, cut down", under "decrease");
it makes one the other way round ("raise": "increase"). A verb whose
commonest senses are of both kinds, or of neither ("sell", "merge"), is
left out: its direction cannot be told. The commonest senses are those
WordNet's tagged corpus (SemCor) attests, which index.verb lists first in
order of use; of a verb with none, only its first sense is read ("bus":
its rare sense "remove the dishes" is not). Its forms are its lemma and
inflections (regular, or of ``verb.exc``).

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefing.forms import spelling
from tools.derive_opposites import _forms, _irregular, _synsets

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "directions.txt"
FIRST = 3  # a verb's commonest senses, as tools/derive_verbs.py reads them
# The roots of taking away: WordNet 3.0 synset offsets, each with the first words of its synset (checked on reading).
REMOVING = {
    "00173338": "remove take",  # remove, take, take away, withdraw
    "02224073": "get_rid_of remove",
    "02427334": "abolish get_rid_of",
    "00441445": "decrease lessen",  # make smaller
    "00151689": "decrease diminish",  # become smaller
    "01619947": "destroy destruct",
    "00352826": "end terminate",  # bring to an end
    "02680814": "discontinue stop",
    "01345127": "close shut",
    "00795881": "forbid prohibit",
}
CREATE = "01617210"  # make, create: the opposite of "destroy", which has no antonym pointer
HEADER = """\
# Verbs of an action that takes a thing away or makes less of it ("remove")
# and of one that makes it or makes more of it ("make"), derived from
# WordNet 3.0 (Princeton University, https://wordnet.princeton.edu; WordNet
# 3.0 Copyright 2006 by Princeton University, all rights reserved, used
# under the WordNet licence, which permits use, copying and distribution with
# this notice) by tools/derive_directions.py (rule there): a verb whose
# commonest senses fall under removing, ending, making less, destroying,
# closing, abolishing, discontinuing or forbidding, or under their WordNet
# antonyms and "make, create". A good said of what a label's action takes
# away ("For cutting the hours": "the hours help readers") speaks against
# the action. No word comes from an article or a sample.
#
# One verb a line: "remove" or "make", the verb, then its other forms as
# the engine compares them (briefing.forms.spelling). Derived; do not edit
# by hand.
"""


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.verb")
    irregular = _irregular(folder / "verb.exc")
    for offset, first in REMOVING.items():
        assert words[offset][:2] == first.split(), (offset, words[offset])
    assert words[CREATE][:2] == ["make", "create"]
    making = {CREATE} | {t for o in REMOVING for s, t, pos, _ in pointers[o] if s == "!" and pos == "v"}

    def above(offset: str) -> set[str]:
        found, todo = {offset}, [offset]
        while todo:
            for symbol, target, pos, _ in pointers[todo.pop()]:
                if symbol in ("@", "@i") and pos == "v" and target not in found:
                    found.add(target)
                    todo.append(target)
        return found

    lines = []
    for line in (folder / "index.verb").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        # The senses SemCor attests come first, in order of use (index.verb's tagsense_cnt); an untagged verb's order tells no use.
        verb, senses = fields[0], fields[-int(fields[2]) :][: max(1, min(FIRST, int(fields[-int(fields[2]) - 1])))]
        if not verb.isalpha():
            continue
        kinds = {kind for o in senses for kind, roots in (("remove", REMOVING.keys()), ("make", making)) if above(o) & roots}
        if len(kinds) == 1:
            forms = sorted({spelling(f) for f in _forms(verb, irregular[verb])} - {verb})
            lines.append(" ".join([*kinds, verb, *forms]))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
