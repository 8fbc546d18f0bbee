"""Derive ``briefing/data/en/verbs.txt`` from WordNet 3.0's verbs: how two
verbs stand to each other, for ``briefing.verbs``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``data.verb`` and ``verb.exc`` of the
database (a folder given as the only
argument, that one by default). Out: the text file, one verb a line.

The verbs are WordNet's one-word verbs and its phrasal verbs of a verb and
one adverbial particle ("lay off", "take on"; the particles of Quirk et
al., "A Comprehensive Grammar of the English Language", 16.3). Synsets are
numbered in the order of ``data.verb``. For each verb the file keeps:

- its lemma and its irregular forms of ``verb.exc`` ("won", "laid off":
  a phrasal verb inflects its verb); the engine undoes regular endings;
- whether WordNet gives an antonym for one of its own synsets ("!"), and
  its own synsets;
- the synsets one or two hypernym steps above them, and the verb groups
  (WordNet's "$" pointer) of its own synsets;
- its parents (one hypernym step) apart, for coordinate terms: only a
  narrow parent, one with at most ``NARROW`` troponyms ("forbid": "bar",
  "ban"), not a general verb ("move": "climb", "slip");
- the synsets opposite to it: the antonyms (WordNet's "!" pointer) of its
  own synsets, of their parents and of their verb groups ("climb" goes
  under "rise", whose antonym is "fall"), and the parents of the antonyms
  of its troponyms, one step down, when no more general than
  ``OPPOSITE_NARROW`` troponyms ("erect", a way to build, is opposite to
  "raze", a way to destroy: "build" is opposite to "destroy", and so to
  "demolish" below it);
- the synsets of its ``FIRST`` commonest senses (WordNet orders a verb's
  senses in ``index.verb`` by their frequency in its tagged corpus), the
  parents of the commonest (one hypernym step: "launch" is a way to
  "open" in its sense of beginning an action; of the commonest only, as
  "shoot" is first to hit with a missile, and only third to kill so), and
  the verbs the definitions of those senses name ("recruit": "seek to
  employ"; "hike": "increase"), English light verbs left out: a verb
  defined by another is related to it, as gloss overlap relates word
  senses (Lesk, "Automatic sense disambiguation using machine readable
  dictionaries", 1986; Banerjee and Pedersen, "Extended gloss overlaps as
  a measure of semantic relatedness", 2003);
- of those commonest senses, the ones its tagged corpus counts
  (``tagsense_cnt`` of ``index.verb``; the first alone for a verb it never
  tagged), which alone make two verbs of one meaning (``verbs.alike``):
  "resign" is tagged in its first sense only, to leave a job, never in its
  second, to step down, under which "retire" goes.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from briefing.forms import spelling
from tools.derive_opposites import LIGHT, _synsets

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "verbs.txt"
FIRST = 3  # a verb's commonest senses, whose definitions relate it to the verbs they name
OPPOSITE_NARROW = 20  # an opposite found one step down is kept only when as narrow as this ("destroy": 14; "change, alter": 401)
NARROW = 12  # a parent with at most this many troponyms is a narrow sense ("forbid"), not a general verb ("move": 96)
PARTICLES = {"about", "across", "along", "around", "away", "back", "by", "down", "in", "off", "on", "out", "over", "round", "through", "up"}
HEADER = """\
# How two verbs stand to each other, derived from WordNet 3.0 (Princeton
# University, https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by
# Princeton University, all rights reserved, used under the WordNet licence,
# which permits use, copying and distribution with this notice) by
# tools/derive_verbs.py. Two wordings of one report that differ only in one
# verb say the same thing when WordNet relates the two verbs (one synset,
# one a hypernym of the other within two steps, one verb group, one narrow
# parent)
# and neither is opposite to the other (an antonym of the verb, of its
# parent or of its verb group, or the parent of an antonym of a troponym
# of it): briefing.verbs.
#
# One verb a line: its lemma and irregular forms, as the engine compares
# them (British spellings folded: briefing.forms.spelling), then after "|"
# fields of synset numbers in base 36, separated by "|": its own
# synsets (after "!" when WordNet gives an antonym for one of them), the
# synsets near it (hypernyms within two steps, verb groups), its narrow
# parents (of at most 12 troponyms), the synsets opposite to it, the
# synsets of its three commonest senses, the verbs their definitions
# name (words, not numbers), and the parents of its commonest sense that
# are one of the three commonest senses of some verb, and of the three
# commonest, those WordNet's tagged corpus counts. A synset no other verb's fields
# can meet is left out.
# Derived; do not edit by hand.
"""


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _definitions(data: Path) -> dict[str, str]:
    """Each synset's definition: its gloss up to the first example or
    second definition ("seek to employ")."""
    found = {}
    for line in data.read_text("latin-1").splitlines():
        if not line.startswith("  "):
            head, _, gloss = line.partition("|")
            found[head.split()[0]] = gloss.split(";")[0]
    return found


def _first_senses(index: Path) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each verb's ``FIRST`` commonest synsets, in WordNet's order, and how
    many of them its tagged corpus counts (``tagsense_cnt``; at least the
    first): the order of the senses it never tagged tells nothing of how
    common they are."""
    found, tagged = {}, {}
    for line in index.read_text("latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            count = int(fields[2])
            found[fields[0]] = fields[-count:][:FIRST]
            tagged[fields[0]] = max(1, min(FIRST, int(fields[-count - 1])))
    return found, tagged


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.verb")
    number = {offset: n for n, offset in enumerate(words)}
    irregular: dict[str, set[str]] = defaultdict(set)
    for line in (folder / "verb.exc").read_text("latin-1").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            irregular[lemma].add(form)

    def linked(offsets: set[str], symbol: str) -> set[str]:
        return {target for o in offsets for s, target, pos, _ in pointers[o] if s == symbol and pos == "v"}

    senses: dict[str, set[str]] = defaultdict(set)
    for offset, lemmas in words.items():
        for lemma in lemmas:
            parts = lemma.split("_")
            if parts[0].isalpha() and (len(parts) == 1 or (len(parts) == 2 and parts[1] in PARTICLES)):
                senses[lemma].add(offset)
    children: dict[str, int] = defaultdict(int)
    troponyms: dict[str, set[str]] = defaultdict(set)
    for offset, found in pointers.items():
        for symbol, target, pos, _ in found:
            children[target] += symbol == "@" and pos == "v"
            if symbol == "@" and pos == "v":
                troponyms[target].add(offset)
    definitions, (first, tagged) = _definitions(folder / "data.verb"), _first_senses(folder / "index.verb")

    def lemma_of(word: str) -> str | None:
        for ending, put in (("", ""), ("ies", "y"), ("es", ""), ("es", "e"), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
            if word.endswith(ending) and (found := word[: len(word) - len(ending)] + put) in first:
                return found
        return irregular_lemma.get(word)

    irregular_lemma = {form: lemma for lemma, forms in irregular.items() for form in forms}
    named = {
        lemma: sorted({n for o in first.get(lemma, ()) for w in re.findall(r"[a-z]+", definitions[o]) if (n := lemma_of(w)) and n not in LIGHT | {"be", lemma}})
        for lemma in senses
    }
    fields = {}
    for lemma, own in senses.items():
        parents = linked(own, "@")
        near = parents | linked(parents, "@") | linked(own, "$")
        narrow = {p for p in parents if children[p] <= NARROW}
        # Opposites one step down: the parents of the antonyms of its
        # troponyms ("erect", a way to build, is opposite to "raze", a way
        # to destroy), never itself, a verb above it or a general verb.
        below = {p for p in linked(linked({t for o in own for t in troponyms[o]}, "!"), "@") if children[p] <= OPPOSITE_NARROW} - own - near
        fields[lemma] = (own, near - own, narrow, linked(own | parents | linked(own, "$"), "!") | below)
    # A synset is kept in a field only where another verb's field may hold it
    # (``briefing.verbs``: own meets own, near or opposite; parent meets
    # parent or opposite): the rest can never make two verbs related.
    held = [set().union(*(f[i] for f in fields.values())) for i in range(4)]
    keep = (held[0] | held[1] | held[3], held[0], held[2] | held[3], held[0] | held[2])
    commonest = {o for found in first.values() for o in found}  # a parent of a commonest sense matters only as another verb's
    lines = []
    for lemma in sorted(senses):
        verb, _, particle = lemma.partition("_")
        past = sorted(spelling(f) for f in irregular[verb] if f != verb)
        printed = [lemma.replace("_", " "), *(f"{f} {particle}".strip() for f in past)]
        flag = "!" if linked(senses[lemma], "!") else ""
        ids = [" ".join(sorted(_base36(number[o]) for o in group & kept)) for group, kept in zip(fields[lemma], keep)]
        ids += [" ".join(sorted(_base36(number[o]) for o in first.get(lemma, ()))), " ".join(named[lemma])]
        ids.append(" ".join(sorted(_base36(number[o]) for o in linked(set(first.get(lemma, ())[:1]), "@") & commonest)))
        ids.append(" ".join(sorted(_base36(number[o]) for o in first.get(lemma, ())[: tagged.get(lemma, 1)])))
        lines.append(",".join(printed) + " |" + flag + " | ".join(ids))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
