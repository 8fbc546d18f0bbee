"""Derive ``briefing/data/en/actions.txt`` from WordNet 3.0's nouns: the nouns
of an action ("closure", "sale", "vigil") and the verbs they name, for
``briefing.actions``.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.noun``, ``data.noun``,
``noun.exc`` and ``data.verb`` of the database (a folder given as the only
argument, that one by default). Out: the text file, one noun a line.

A noun of an action is a one-word noun one of whose senses WordNet's
lexicographers file under acts or events (``noun.act``, ``noun.event``: the
lexicographer files of lexnames(5WN)): "closure", "sale", "walkout", and
"vigil", whose commonest sense is a period of sleeplessness (a noun put for
another at the one place two near wordings differ names what happened
there; reading it as an action keeps two facts apart, which costs less than
a wrong join). Measured (2026-12-01) against the commonest sense alone: the
same corpus pairs and BASIL joins, "protest" / "vigil" kept apart, "rally" /
"demonstration" (a gathering first, then a tennis exchange) no longer
joined.
For each the file keeps its forms (the plural, regular or of ``noun.exc``),
the verbs its senses of acts and events are derivationally related to
(WordNet's "+" pointer: "closure" / "close", "demolition" / "demolish"),
those senses' synsets, and the synsets one or two hypernym steps above
them ("walkout" is a kind of "strike"): two nouns of actions are one action
when they share a synset or one is near the other, or when verbs they name
are related (``briefing.verbs``). A noun of an action tells what happened as
a verb does: "approved the closure of the library" and "approved the sale of
the library" are two facts.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from briefing.forms import spelling
from tools.derive_opposites import _forms, _irregular, _synsets
from tools.derive_verbs import _base36

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "actions.txt"
ACTS = {4, 11}  # lexicographer file numbers of noun.act and noun.event (lexnames(5WN))
HEADER = """\
# Nouns of an action, derived from WordNet 3.0 (Princeton University,
# https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by Princeton
# University, all rights reserved, used under the WordNet licence, which
# permits use, copying and distribution with this notice) by
# tools/derive_actions.py: one-word nouns with a sense of an act or an event
# ("closure", "sale", "walkout"). Two near wordings that put one
# for another that WordNet does not relate report two things ("approved the
# closure of the library" / "approved the sale of the library").
#
# One noun a line: its forms as the engine compares them (British spellings
# folded, "-ies" to "-y": briefing.forms.spelling), then after "|" three
# fields separated by "|": the verbs its senses of acts and events are
# derivationally related to ("walk_out" for "walk out"), those senses'
# synsets, and the synsets one or two hypernym steps above them (synset
# numbers in base 36). A synset no other noun's fields can meet is left
# out. Derived; do not edit by hand.
"""


def _lexicographer_files(data: Path) -> dict[str, int]:
    found = {}
    for line in data.read_text("latin-1").splitlines():
        if not line.startswith("  "):
            offset, lexicographer, *_ = line.split()
            found[offset] = int(lexicographer)
    return found


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.noun")
    verbs, _ = _synsets(folder / "data.verb")
    files = _lexicographer_files(folder / "data.noun")
    plural = _irregular(folder / "noun.exc")
    number = {offset: n for n, offset in enumerate(words)}

    def hypernyms(offsets: set[str]) -> set[str]:
        return {target for o in offsets for s, target, pos, _ in pointers[o] if s in ("@", "@i") and pos == "n"}

    fields = {}
    for line in (folder / "index.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        found = line.split()
        noun, senses = found[0], found[-int(found[2]) :]
        if not noun.isalpha() or not any(files[o] in ACTS for o in senses):
            continue
        acts = {o for o in senses if files[o] in ACTS}
        named = set()
        for o in acts:
            place = words[o].index(noun) + 1
            for symbol, target, pos, link in pointers[o]:
                if symbol == "+" and pos == "v" and int(link[:2], 16) == place:
                    verb = verbs[target][int(link[2:], 16) - 1]
                    if verb.replace("_", "").isalpha():
                        named.add(verb)
        near = hypernyms(acts)
        fields[noun] = (sorted(named), acts, (near | hypernyms(near)) - acts)
    # A synset is kept only where another noun's fields may meet it
    # (``briefing.actions``: own meets own or near).
    owners = Counter(o for _, acts, _ in fields.values() for o in acts)
    held = set(owners)
    met = {o for o, n in owners.items() if n > 1}.union(*(near for _, _, near in fields.values()))
    lines = []
    for noun, (named, acts, near) in sorted(fields.items()):
        forms = [noun, *sorted({spelling(f) for f in _forms(noun, plural[noun]) if not f.endswith(("ed", "ing"))} - {noun})]
        ids = [" ".join(sorted(_base36(number[o]) for o in group)) for group in (acts & met, near & held)]
        lines.append(" ".join(forms) + " | " + " | ".join([" ".join(named), *ids]))
    OUT.write_text(HEADER + "\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
