"""Kinds: what a sentence with no speaker is (a figure, an event, or the
outlet's own opinion), and the opinion of whole paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .mention_words import SPEECH
from .model import Kind, Statement
from .patterns import NUMBER, PERCENT, YEAR, Needs
from .quotes import outside_quotes

_NUMBER = re.compile(rf"(?<![\w.])(?:No\.?\s*|number\s+)?{NUMBER}(?:\s*(?:{PERCENT}|am|pm))?", re.I)
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:ten|\d+)\b|"
    r"\b(?:three quarters|two thirds|a third|a quarter|half) of\b|\bper\s*cent\b|\bpercent\b",
    re.I,
)


_NUMBER_LABEL = re.compile(r"(?:No|number)\b", re.I)
_TIME_OF_DAY = re.compile(r"(?:am|pm)$", re.I)
_MUST = re.compile(r"\bmust\b", re.I)
_YEAR = re.compile(YEAR)


def is_statistic(text: str) -> bool:
    """A sentence that reports a figure: a number that is not a year, a time
    or part of a name ("No 10"), or a proportion in words."""
    for match in _NUMBER.finditer(text):
        number = match.group(0)
        if _NUMBER_LABEL.match(number) or _TIME_OF_DAY.search(number):
            continue
        if _YEAR.fullmatch(number):
            continue
        return True
    return bool(_NUMBER_WORDS.search(text))


# The writer speaking for themselves: "we", "our", "I", "my" ("US" is not "us").
_OWN_PRONOUN = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|ours|I|I'm|I’m|I've|I’ve|[Mm]y|me)\b")
# The outlet prescribing ("should"), unless the modal sits in a reported "that" clause.
# (Each case-blind pattern here is a ``Needs``: searched only where its words are.)
_PRESCRIBING = Needs(re.compile(r"\b(?:should|ought to|would do well to|must not)\b", re.I), ("should", "ought to", "would do well to", "must not"))
# A verdict on something, in the outlet's voice: "is good politics", "is
# misguided", "is nothing of the sort", "is anything but fair".
_VERDICT = Needs(re.compile(
    r"\b(?:is|are|was|were|be|seems?|looks?)\s+(?:not\s+|no\s+)?(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
    r"(?:good|bad|right|wrong|better|worse|fair|unfair|wise|unwise|foolish|sensible|reasonable|"
    r"unreasonable|welcome|overdue|misguided|mistaken|naive|absurd|hollow|"
    r"convincing|unconvincing|persuasive)\b|"
    r"\b(?:nothing of the sort|nothing of the kind|anything but|nothing short of|nothing more than|"
    r"far from (?:clear|certain|settled|over))\b",
    re.I,
), (
    "good", "bad", "right", "wrong", "better", "worse", "fair", "wise", "foolish", "sensible", "reasonable", "welcome", "overdue",
    "misguided", "mistaken", "naive", "absurd", "hollow", "convincing", "persuasive",
    "nothing of the", "anything but", "nothing short of", "nothing more than", "far from ",
))
# A verdict in the lexicons' words: a copula, then within two words a
# subjective word ("is a poor basis", "was plainly unfair"); a participle
# ("was injured") reports what happened to someone and is no verdict.
_COPULA = re.compile(r"\b(?:is|are|was|were|seems?|looks?|remains?)\s+(?:not\s+|no\s+)?(?:(?:a|an|the)\s+)?(?:\w+ly\s+)?([a-z]+)\b")


# A grade given to someone's argument: "made an important point".
_GRADE = re.compile(r"\b(?:made|makes|making|make)\s+(?:a|an)\s+([a-z]+)\s+(?:point|argument|case)\b")
_GRADES = lexicon.language()["argument_grades"]


def _lexicon_verdict(text: str) -> bool:
    """A grade or a copula verdict in a subjective word, unless it sits in
    what someone is reported to have said ("attendees said they were
    thankful")."""
    listed = lexicon.load().subjective
    graded = [m for m in _GRADE.finditer(text) if m.group(1) in _GRADES or lexicon.listed_form(m.group(1), listed)]
    judged = [m for m in _COPULA.finditer(text) if not m.group(1).endswith("ed") and lexicon.listed_form(m.group(1), listed)]
    return any(not _SAID_BEFORE.search(text[: m.start()]) for m in graded + judged)


_SPEECH = "|".join(sorted(SPEECH))  # sorted: the same pattern in every run, so ``compiled`` keeps it
_SAID_BEFORE = re.compile(r"\b(?:" + _SPEECH + r"|according to)\b", re.I)


# A forecast stated as certain, with no one to say it: "the plan is bound to fail".
_PREDICTION = Needs(re.compile(
    r"\b(?:is|are)\s+(?:bound|sure|destined|doomed)\s+to\b|"
    r"\bwill\s+(?:almost\s+)?(?:certainly|surely|inevitably|undoubtedly)\b|\binevitabl[ey]\b",
    re.I,
), ("bound", "sure", "destined", "doomed", "certainly", "inevitabl", "undoubtedly"))
# A question the outlet asks the reader: nobody is quoted, so it is the outlet's voice.
_QUESTION = re.compile(r"\?\s*$")


_REPORTED_THAT = re.compile(r"(?:\b(?:them|demands?|calls?)|ed|" + _SPEECH + r")\s+that\b", re.I)


def _own_voice(text: str) -> bool:
    prescribing = _PRESCRIBING.search(text)
    reported = prescribing and _REPORTED_THAT.search(text[: prescribing.start()])
    if prescribing and not reported:
        return True
    return any(p.search(text) for p in (_OWN_PRONOUN, _VERDICT, _PREDICTION, _QUESTION)) or _lexicon_verdict(text)


# A sentence of the outlet's own that piles up loaded words ("a bogus,
# vindictive scheme ferociously pushed") is its evaluation, even when no
# single word is a verdict: this many distinct ones, in a sentence that
# reports nobody's words (after "cited" or "said" they may be theirs).
DENSE = 3


def _dense(text: str) -> bool:
    return len(lexicon.reported_terms(text)) >= DENSE and not _SAID_BEFORE.search(text)


def narrative_kind(text: str) -> Kind:
    outside = outside_quotes(text)
    if lexicon.opinion_score(outside) + 2 * (_own_voice(outside) or _dense(outside)) >= 2:
        return "commentary"
    return "statistic" if is_statistic(text) else "event"


def opinion_paragraphs(statements: list[Statement]) -> list[Statement]:
    """In a paragraph the outlet gives to its own opinion, an unattributed
    sentence with any sign of opinion ("must", a word to watch) is opinion too."""
    opinion = {(s.source_id, s.order[0]) for s in statements if s.kind == "commentary"}
    out = []
    for s in statements:
        if (
            (s.source_id, s.order[0]) in opinion
            and s.kind == "event"
            and (lexicon.opinion_score(s.text) or _MUST.search(s.text))
        ):
            s = replace(s, kind="commentary")
        out.append(s)
    return out


