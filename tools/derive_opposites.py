"""Derive ``briefing/data/en/opposites.txt`` from WordNet 3.0's verbs, and
``opposite_adjectives.txt`` from its adjectives.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``data.verb`` and ``verb.exc`` of the
database (a folder given as the only argument, that one by default). Out:
the text file, pairs of verbs of opposite direction with the forms of each.

A pair is two one-word verbs of two synsets that an antonym pointer joins
("hire" / "fire"), each with the other words of its synset ("fire",
"dismiss", "sack"): the synset is the sense the antonym holds for. A verb's
forms are its lemma, its regular inflections ("-s", "-ed", "-ing", with and
without a doubled last consonant) and its irregular ones from ``verb.exc``
("won", "sold"). The light verbs of English grammars ("do", "get", "give",
"go", "have", "make", "take": Jespersen, "A Modern English Grammar", VI;
"Light verb" in Wikipedia) are left out: they carry little meaning of their
own ("get pregnant", "take part"), so the sense their antonym holds for is
rarely the one printed. An adjective's opposites are the words an antonym
pointer joins it to, word to word ("new" / "old"), with no other word of
their synsets (an adjective's synset holds words of many senses), in their
lemma and their irregular forms from ``adj.exc`` ("worse"), but the words
of closed classes (``wording.FUNCTION_WORDS``, the determiners,
quantifiers, prepositions and particles of ``grammar.toml``: "all" /
"some", "up" / "down"): as with a light verb, the sense their antonym holds
for is rarely the one printed, and a bound of a figure ("more than") is
read apart (``forms.bounds``). A regular comparative and superlative
(``_compared``) are made for an adjective WordNet makes the value of an
attribute (its "=" pointer: "high" of "height", "early" of "timing"), which
grades it, and for any other only where the form is no other word WordNet
lists, a noun, a verb or an adjective of its own ("liver" is no form of
"live", nor "forest" of "fore", "cutter" of "cut", "stranger" of
"strange"). WordNet 3.0 is (c) Princeton University, under the WordNet
licence (free to use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing.data import words
from briefing.forms import spelling
from briefing.wording import FUNCTION_WORDS

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "opposites.txt"
ADJECTIVES = OUT.with_name("opposite_adjectives.txt")
CLOSED = FUNCTION_WORDS | words("grammar", "determiners") | words("grammar", "quantifiers") | words("grammar", "prepositions") | words("grammar", "phrasal_particles")
LIGHT = {"do", "get", "give", "go", "have", "make", "take"}
HEADER = """\
# Verbs of opposite direction, derived from WordNet 3.0 (Princeton
# University, https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by
# Princeton University, all rights reserved, used under the WordNet licence,
# which permits use, copying and distribution with this notice) by
# tools/derive_opposites.py: two one-word verbs of two synsets that an
# antonym pointer joins ("hire" / "fire"), with the other words of each synset
# ("dismiss", "sack"). Two near sentences of which one holds a verb and the
# other its opposite, each a word the other lacks, report two different
# things ("will hire 350 staff" / "will fire 350 staff").
#
# One verb a line: the verb, its forms as the engine compares them (British
# spellings folded, "-ies" to "-y": briefing.forms.spelling), then after "|"
# the verbs opposite to it (each pair on one line only). Derived; do not
# edit by hand.
"""

ADJECTIVE_HEADER = """\
# Adjectives of opposite sense, derived from WordNet 3.0 (Princeton
# University, https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by
# Princeton University, all rights reserved, used under the WordNet licence,
# which permits use, copying and distribution with this notice) by
# tools/derive_opposites.py: two one-word adjectives an antonym pointer joins
# word to word ("new" / "old"). Two near sentences of which one holds an
# adjective and the other its opposite, each a word the other lacks, report
# two different things ("40 new homes" / "40 old homes").
#
# One adjective a line, in the format of opposites.txt: the adjective, its
# irregular forms ("worse") or its regular comparative and superlative
# ("higher", "highest"), then after "|" the adjectives opposite to it
# (each pair on one line only). Derived; do not edit by hand.
"""


def _synsets(data: Path) -> tuple[dict[str, list[str]], dict[str, list[tuple[str, ...]]]]:
    words, pointers = {}, {}
    for line in data.read_text("latin-1").splitlines():
        if line.startswith("  "):  # the licence at the top of the file
            continue
        fields = line.split("|")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words[offset] = [fields[4 + 2 * i].casefold().partition("(")[0] for i in range(count)]  # "galore(ip)": where it stands
        at = 4 + 2 * count
        pointers[offset] = [tuple(fields[at + 1 + 4 * i : at + 5 + 4 * i]) for i in range(int(fields[at]))]
    return words, pointers


def _irregular(exc: Path) -> dict[str, set[str]]:
    """Each word's irregular forms, from WordNet's ``verb.exc`` or ``adj.exc``."""
    irregular: dict[str, set[str]] = defaultdict(set)
    for line in exc.read_text("latin-1").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            irregular[lemma].add(form)
    return irregular


def _forms(verb: str, irregular: set[str]) -> set[str]:
    """A verb's lemma and inflections: the past of ``irregular`` where it has
    one ("sold", not "selled")."""
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    stem = verb[:-1] if verb.endswith("e") else verb
    past = verb[:-1] + "ied" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else stem + "ed"
    forms = {verb, third, stem + "ing"} | (irregular or {past})
    if not irregular and len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def main(folder: Path) -> None:
    words, pointers = _synsets(folder / "data.verb")
    irregular = _irregular(folder / "verb.exc")
    pairs = {
        tuple(sorted((a, b))) for offset, target, _ in _antonyms(pointers, "v") for a in words[offset] for b in words[target]
        if a != b and (a + b).replace("-", "").isalpha() and not LIGHT & {a, b}
    }
    _write(OUT, HEADER, pairs, lambda v: _forms(v, irregular[v]))
    _adjectives(folder)


def _antonyms(pointers: dict[str, list[tuple[str, ...]]], part: str) -> Iterator[tuple[str, ...]]:
    """Each antonym pointer between two synsets of one part of speech: the
    synset, the other and the words' numbers in each (two hex digits each)."""
    for offset, found in pointers.items():
        for symbol, target, pos, numbers in found:
            if symbol == "!" and pos == part:
                yield offset, target, numbers


def _write(out: Path, header: str, pairs: set[tuple[str, ...]], forms: Callable[[str], set[str]]) -> None:
    """Write each word of ``pairs`` a line: the word, its ``forms``, and
    after "|" the words opposite to it (each pair once, under its first word)."""
    opposite: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        opposite[a].add(b)
    found = sorted({w for pair in pairs for w in pair})
    lines = "".join(f"{' '.join([w, *sorted({spelling(f) for f in forms(w)} - {w})])} | {' '.join(sorted(opposite[w]))}".rstrip() + "\n" for w in found)
    out.write_text(header + lines, "utf-8")


def _adjectives(folder: Path) -> None:
    """Write ``ADJECTIVES``: each one-word adjective an antonym pointer
    joins, word to word, to another ("new" / "old")."""
    words, pointers = _synsets(folder / "data.adj")
    irregular = _irregular(folder / "adj.exc")
    comparatives = _comparatives(folder / "data.adj")
    participles = {form for forms in _irregular(folder / "verb.exc").values() for form in forms}  # "found", "sold" do not compare
    uncompared = comparatives | participles
    other_words = _lemmas(folder, ("noun", "verb", "adj")) | {form for forms in irregular.values() for form in forms}
    pairs, graded = set(), set()
    for offset, target, numbers in _antonyms(pointers, "a"):
        a, b = words[offset][int(numbers[:2], 16) - 1], words[target][int(numbers[2:], 16) - 1]
        if (a + b).isalpha() and (not CLOSED & {a, b} or {a, b} <= comparatives):
            pairs.add(tuple(sorted((a, b))))
            graded.update(w for w, at in ((a, offset), (b, target)) if any(p[0] == "=" for p in pointers[at]))
    def forms(w: str) -> set[str]:
        made = set() if w in uncompared else _compared(w) - CLOSED
        return irregular[w] or (made if w in graded else made - other_words)
    _write(ADJECTIVES, ADJECTIVE_HEADER, pairs, forms)


def _lemmas(folder: Path, parts: tuple[str, ...]) -> set[str]:
    """The one-word lemmas of WordNet's ``index`` files of ``parts``."""
    return {line.split(" ", 1)[0] for part in parts for line in (folder / f"index.{part}").read_text("latin-1").splitlines() if not line.startswith("  ")}


def _comparatives(data: Path) -> set[str]:
    """The adjectives WordNet glosses as the comparative of another
    ("more": "(comparative of `much' ...)"; "less", "fewer"): words of a
    closed class, kept for their antonyms ("pay more" / "pay less")."""
    found = set()
    for line in data.read_text("latin-1").splitlines():
        fields, _, gloss = line.partition("| ")
        if gloss.startswith("(comparative of"):
            found.update(fields.split()[4 : 4 + 2 * int(fields.split()[3], 16) : 2])
    return {w.partition("(")[0] for w in found}


def _compared(adjective: str) -> set[str]:
    """An adjective's regular comparative and superlative ("higher",
    "highest", "bigger", "earlier"), for those English compares by
    inflection: of one syllable, or of two ending in "-y" (Quirk et al.
    1985, 7.74 ff.); the rest compare with "more" and "most", and so do
    participles ("eyed"; the irregular ones, "sold", "found", are left out
    by the caller, from WordNet's ``verb.exc``: "founder" is another word);
    a form that is a closed-class word ("after" of "aft") is left out."""
    if adjective.endswith("ed"):
        return set()
    syllables = sum(1 for n, c in enumerate(adjective) if c in "aeiouy" and (n == 0 or adjective[n - 1] not in "aeiouy"))
    if adjective.endswith("e") and syllables > 1:
        syllables -= 1
    if syllables == 1 and adjective.endswith("e"):
        return {adjective + "r", adjective + "st"}
    if syllables == 1:
        doubled = len(adjective) > 2 and adjective[-1] not in "aeiouwxy" and adjective[-2] in "aeiou" and adjective[-3] not in "aeiou"
        base = adjective + adjective[-1] if doubled else adjective
        return {base + "er", base + "est"}
    if syllables == 2 and adjective.endswith("y"):
        return {adjective[:-1] + "ier", adjective[:-1] + "iest"}
    return set()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
