"""Derive ``briefing/data/en/synonyms.txt`` from WordNet 3.0's nouns and verbs.

Run once where the WordNet database is installed (Debian: ``apt-get install
wordnet-base``, files in ``/usr/share/wordnet``); the project needs neither
WordNet nor this script to run. In: ``index.*`` and ``*.exc`` of
the database for nouns and verbs, ``data.noun`` and ``cntlist.rev`` (a folder given as the only
argument, that one by default). Out: the text file, one set of synonyms a
line with the forms of each word.

Two one-word lemmas are synonyms when the synset of the first sense of one
(WordNet orders a word's senses by their frequency in its tagged corpus, and
a word whose senses that corpus never saw is left out) is the first sense of
the other too: "begin" and "start" (both first "take the
first step or steps in carrying out an action"), not "rise" and "increase"
(the first sense of "rise" is to move upward). A rarer sense is never
followed: a word printed in a news sentence is far likelier in its first
sense, and a wrong synonym would join two different facts. It writes
``kinds_above.txt`` too: each noun of people or of things (animals,
artifacts, the body, food, natural objects, plants, substances: WordNet's
lexicographer files) with the nouns whose first sense is the synset right
above its own first sense (one level, its hypernym: "motorist" / "driver",
"factory" / "plant"): an outlet may name a thing or a person by the kind it
is. A noun the tagged corpus never saw counts with its one sense when it
has only one ("motorist"). Never two levels, nor two kinds under one ("car"
/ "truck" are two things), nor a noun with another sense of its own
lexicographer file, not under the kind, that the tagged corpus
(``cntlist.rev``) saw at least half as often as its first: "girl" (80, a
young woman, under "woman") is a female child 57 times, under "child", and
a girl hurt is no woman hurt; "gun" (72, under "weapon") is artillery 25
times and keeps its kind. The light verbs
of English grammars are left out, as ``derive_opposites`` leaves them out.
WordNet 3.0 is (c) Princeton University, under the WordNet licence (free to
use, copy, modify and distribute with its copyright notice).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from briefing.forms import spelling
from tools.derive_opposites import LIGHT, _forms

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "synonyms.txt"
KINDS_OUT = OUT.with_name("kinds_above.txt")
KIND_FILES = {"05", "06", "08", "13", "17", "18", "20", "27"}  # WordNet's lexicographer files of animals, artifacts, the body, food, natural objects, people, plants, substances
POS = ("noun", "verb")  # adjectives left out: their first senses are loose ("crisp" / "sharp")
HEADER = """\
# Synonyms in their first sense, derived from WordNet 3.0 (Princeton
# University, https://wordnet.princeton.edu; WordNet 3.0 Copyright 2006 by
# Princeton University, all rights reserved, used under the WordNet licence,
# which permits use, copying and distribution with this notice) by
# tools/derive_synonyms.py: one-word lemmas whose first sense is one synset
# ("begin" / "start" / "commence"). Two outlets that print one for the other
# report the same thing in their own words.
#
# One set a line, each word with its forms (British spellings folded, "-ies"
# to "-y": briefing.forms.spelling), the words apart by "|". Derived; do
# not edit by hand.
"""


KINDS_HEADER = """\
# Nouns of people and of things and the kind right above each, derived from
# WordNet 3.0 (Princeton University, https://wordnet.princeton.edu; WordNet
# 3.0 Copyright 2006 by Princeton University, all rights reserved, used
# under the WordNet licence, which permits use, copying and distribution
# with this notice) by tools/derive_synonyms.py: two one-word nouns of
# animals, artifacts, the body, food, natural objects, people, plants or
# substances, the first sense of the second the synset right above the
# first sense of the first (its hypernym: "motorist" / "driver", "factory"
# / "plant"). An outlet may name a person or a thing by the kind it is.
# Not a noun with another sense of the same lexicographer file, elsewhere
# than under the kind, that the tagged corpus saw at least half as often
# as the first ("girl": a female child, not a woman).
#
# One pair a line, each noun with its forms (British spellings folded,
# "-ies" to "-y": briefing.forms.spelling), the kind after "|". Derived;
# do not edit by hand.
"""


def _first_senses(folder: Path, pos: str) -> dict[str, list[str]]:
    """Each first-sense synset of ``pos`` with the one-word lemmas whose first sense it is."""
    held: dict[str, list[str]] = defaultdict(list)
    for line in (folder / f"index.{pos}").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        # tagged: how many of its senses the tagged corpus saw; none, and its
        # first sense is a guess (and the word rare in running text).
        tagged = int(fields[-count - 1])
        if tagged and lemma.isalpha() and lemma.islower() and lemma not in LIGHT:
            held[fields[-count]].append(lemma)
    return {synset: sorted(lemmas) for synset, lemmas in held.items() if len(lemmas) > 1}


def _nouns(folder: Path) -> Iterator[tuple[str, list[str], int]]:
    """Each one-word lower-case noun of ``index.noun``, with its senses
    (synset offsets, the commonest first) and how many of them the tagged
    corpus counts."""
    for line in (folder / "index.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        found = line.split()
        noun, count = found[0], int(found[2])
        if noun.isalpha() and noun.islower():
            yield noun, found[-count:], int(found[-count - 1])


def _tagged_nouns(folder: Path) -> Iterator[tuple[str, list[str], int]]:
    """The nouns of ``_nouns`` that the tagged corpus saw."""
    return ((noun, senses, tagged) for noun, senses, tagged in _nouns(folder) if tagged)


def _other_forms(noun: str, plural: dict[str, set[str]]) -> list[str]:
    """A noun's forms but itself, as the engine compares them: its
    irregular plurals (``plural``, from ``noun.exc``) and the regular one too
    (WordNet lists "busses" and no "buses")."""
    return sorted({spelling(f) for f in _noun_forms(noun, set()) | plural[noun]} - {noun})


def _noun_forms(noun: str, irregular: set[str]) -> set[str]:
    """A noun's lemma and plurals: the irregular ones of ``noun.exc``, else
    those WordNet's morphy(7WN) reads back ("-s", and "-men" for "-man":
    "women"; of "human" a form never printed)."""
    if irregular:
        return {noun} | irregular
    if noun.endswith("man"):
        return {noun, noun + "s", noun[:-3] + "men"}
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return {noun, noun + "es"}
    return {noun, noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"}


def _seen(folder: Path) -> dict[tuple[str, int], int]:
    """How often the tagged corpus saw each sense of a noun: ``cntlist.rev``,
    by the noun and the sense's number (1, the first)."""
    seen = {}
    for line in (folder / "cntlist.rev").read_text("latin-1").splitlines():
        key, number, count = line.split()
        noun, _, sense = key.partition("%")
        if sense.startswith("1:"):
            seen[noun, int(number)] = int(count)
    return seen


def _only_under(noun: str, senses: list[str], kind: str, files: dict[str, str], above: dict[str, list[str]], seen: dict[tuple[str, int], int]) -> bool:
    """Whether ``kind`` stands for ``noun`` in each of its common senses:
    no other sense in the lexicographer file of its first (people,
    artifacts...) lies elsewhere than ``kind`` itself or right under it and
    was seen at least half as often as the first ("girl", a female child 57
    times to 80, under "child" and not "woman")."""
    return not any(
        files[synset] == files[senses[0]] and synset != kind and kind not in above[synset] and seen.get((noun, number), 0) * 2 >= max(seen.get((noun, 1), 0), 1)
        for number, synset in enumerate(senses[1:], 2)
    )


def _kinds_above(folder: Path, irregular: dict[str, set[str]]) -> Iterator[str]:
    """A row for each one-word noun of people or things (``KIND_FILES``)
    and a noun whose first sense is the synset right above its own (its
    hypernym: "motorist" / "driver", "factory" / "plant"). A noun's first
    sense is the tagged corpus's commonest, or the one sense of a noun with
    one ("motorist", which the corpus never saw)."""
    indexed = list(_nouns(folder))  # index.noun, read once
    every = {noun: senses for noun, senses, _ in indexed}
    first = {noun: senses[0] for noun, senses, tagged in indexed if tagged or len(senses) == 1}
    files, above = {}, {}
    for line in (folder / "data.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = [fields[at + 1 + 4 * i : at + 3 + 4 * i] for i in range(int(fields[at]))]
        files[fields[0]], above[fields[0]] = fields[1], [offset for symbol, offset in pointers if symbol == "@"]
    nouns: dict[str, list[str]] = defaultdict(list)
    for noun, synset in first.items():
        nouns[synset].append(noun)
    seen = _seen(folder)
    for noun, synset in first.items():
        if files[synset] in KIND_FILES:
            for kind in (k for up in above[synset] if _only_under(noun, every[noun], up, files, above, seen) for k in nouns.get(up, ()) if k != noun):
                yield " | ".join(" ".join([w, *sorted({spelling(f) for f in _noun_forms(w, irregular[w])} - {w})]) for w in (noun, kind))


def main(folder: Path) -> None:
    rows = []
    for pos in POS:
        irregular: dict[str, set[str]] = defaultdict(set)
        for line in (folder / f"{pos}.exc").read_text("latin-1").splitlines():
            form, *lemmas = line.split()
            for lemma in lemmas:
                irregular[lemma].add(form)
        for lemmas in _first_senses(folder, pos).values():
            inflect = _forms if pos == "verb" else _noun_forms
            forms = [inflect(w, irregular[w]) for w in lemmas]
            rows.append(" | ".join(" ".join([w, *sorted({spelling(f) for f in fs} - {w})]) for w, fs in zip(lemmas, forms)))
        if pos == "noun":
            above = sorted(set(_kinds_above(folder, irregular)))
    OUT.write_text(HEADER + "".join(f"{row}\n" for row in sorted(set(rows))), "utf-8")
    KINDS_OUT.write_text(KINDS_HEADER + "".join(f"{row}\n" for row in above), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet"))
