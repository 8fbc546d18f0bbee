"""Derive ``briefing/data/en/consent.txt`` from WordNet 3.0's verbs: the verbs
of consent ("allow", "grant", "approve") and the verbs of refusal
("refuse", "turn down", "veto", "ban"), for the labels ``briefing.cues``
reads ("Grant the licence" beside "Turn down the licence").

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``data.verb`` of the database (a folder
given as the only argument, that one by default). Out: the text file, one
verb a line.

The verbs of consent are the words of WordNet's senses of giving consent,
each found by its gloss (``CONSENT``: "give an affirmative reply to",
"consent to, give permission", "let have", "make it possible ...",
"receive willingly something given or offered", "give sanction to") and of
the senses directly below them (troponyms: "authorize", "back",
"legalize"). The verbs of refusal are the words of the senses WordNet's
antonym pointers join to those ("forbid", "veto", "refuse", "turn down",
"deny", "disapprove", "prevent"), of the senses two or more of whose words
are among theirs (a sense of refusal WordNet gives no antonym: "prevent,
forestall, foreclose, preclude, forbid", "keep from happening or arising;
make impossible", the converse of "let, allow: make it possible") and of
the senses directly below them all ("ban", "outlaw"; "stop, halt, block":
"stop from happening or developing"). A verb of several words is kept with its particle
("turn down"). A label that opens with a verb of refusal beside one that
opens with a verb of consent is its refusal; "Do not" before a verb of
consent is one too.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from tools.derive_opposites import _synsets

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "consent.txt"
# WordNet 3.0 offsets of the senses of giving consent, with the words and gloss each stands for.
CONSENT = {
    "00797715": "accept, consent, go for: give an affirmative reply to; respond favorably to",
    "00802336": "permit, allow, let, countenance: consent to, give permission",
    "02255480": "allow, grant: let have",
    "02423183": "let, allow, permit: make it possible through a specific action or lack of action for something to happen",
    "02236142": "accept, take, have: receive willingly something given or offered",
    "00806520": "approve, o.k., okay, sanction: give sanction to",
}
SHARED = 2  # words of a sense among those of the antonym senses that make it a sense of refusal too
HEADER = """\
# Verbs of consent and of refusal, derived from WordNet 3.0 (Princeton
# University, https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by
# Princeton University, all rights reserved, used under the WordNet licence,
# which permits use, copying and distribution with this notice) by
# tools/derive_consent.py: the words of WordNet's senses of giving consent
# ("consent to, give permission", "let have", "give sanction to" ...) and of
# the senses just below them, and the words of the senses WordNet's antonym
# pointers join to those, of the senses that share two words or more with
# those and of the senses just below them all. A label that
# opens with a verb of refusal ("Turn down the licence") beside one that
# opens with a verb of consent ("Grant the licence") is its refusal.
#
# One verb a line: "consent" or "refusal", then the verb in its base form
# (a verb of several words with its particles: "turn down"). Derived; do
# not edit by hand.
"""


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.verb")
    below: dict[str, set[str]] = defaultdict(set)
    for offset, found in pointers.items():
        for symbol, target, pos, _ in found:
            if symbol == "~" and pos == "v":
                below[offset].add(target)
    refusing = {t for o in CONSENT for symbol, t, pos, _ in pointers[o] if symbol == "!" and pos == "v"}
    refusal_words = {w for o in refusing for w in words[o]}
    refusing |= {o for o, found in words.items() if len(set(found) & refusal_words) >= SHARED}
    kinds = {"consent": {*CONSENT, *(h for o in CONSENT for h in below[o])}, "refusal": {*refusing, *(h for o in refusing for h in below[o])}}
    verbs = {kind: {w.replace("_", " ") for o in senses for w in words[o] if w.replace("_", "").replace("-", "").isalpha()} for kind, senses in kinds.items()}
    lines = [f"{kind} {v}\n" for kind in ("consent", "refusal") for v in sorted(verbs[kind])]
    OUT.write_text(HEADER + "".join(lines), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
