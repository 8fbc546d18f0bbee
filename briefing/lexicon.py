"""Words to watch: the packaged lexicon (``data/words_to_watch.toml``) in,
term look-ups out.

``find`` lists the terms a text contains, by category; ``opinion_score``
weighs them to tell an outlet's own evaluative voice from plain reporting.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_WORD = re.compile(r"[\w'’‐–-]+")


@dataclass(frozen=True)
class Hit:
    """A term found in a text: the words as printed, and their category."""

    term: str
    category: str
    weight: int
    neutral: str | None = None  # the neutral word to use instead, where the lexicon gives one
    report: bool = True  # False for hints that only count towards opinion


@dataclass(frozen=True)
class Lexicon:
    patterns: tuple[tuple[str, int, str | None, bool, re.Pattern[str]], ...]
    first_words: frozenset[str]  # each term's longest word, to skip texts with none in one set test
    prefixes: tuple[tuple[int, frozenset[str]], ...]  # the same for "desperate*" terms, by length

    def find(self, text: str) -> tuple[Hit, ...]:
        """Every listed term in ``text``, in order of appearance."""
        words = set(_WORD.findall(text.lower()))
        if not words & self.first_words and not any({w[:n] for w in words} & stems for n, stems in self.prefixes):
            return ()
        hits: list[tuple[int, Hit]] = []
        for category, weight, neutral, report, pattern in self.patterns:
            for match in pattern.finditer(text):
                hits.append((match.start(), Hit(match.group(0), category, weight, neutral, report)))
        hits.sort(key=lambda item: (item[0], item[1].term))
        return tuple(hit for _, hit in hits)


def _compile(terms: list[str]) -> re.Pattern[str]:
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+").replace(r"\-", "[-‐–]")
        alternatives.append(body + (r"\w*" if term.endswith("*") else ""))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.I)


@cache
def load() -> Lexicon:
    """The packaged words-to-watch lexicon."""
    data = tomllib.loads(resources.files("briefing.data").joinpath("words_to_watch.toml").read_text("utf-8"))
    firsts = [max(term.lower().split(), key=len) for entry in data.values() for term in entry["terms"]]
    stems: dict[int, set[str]] = {}
    for first in firsts:
        if first.endswith("*"):
            stems.setdefault(len(first) - 1, set()).add(first[:-1])
    return Lexicon(
        tuple(
            (name, int(entry.get("weight", 1)), entry.get("neutral"), entry.get("report", True), _compile(entry["terms"]))
            for name, entry in sorted(data.items())
        ),
        frozenset(f for f in firsts if not f.endswith("*")),
        tuple((n, frozenset(v)) for n, v in sorted(stems.items())),
    )


@cache
def language() -> dict[str, frozenset[str]]:
    """The vocabulary of news reporting (``data/language.toml``), as sets."""
    data = tomllib.loads(resources.files("briefing.data").joinpath("language.toml").read_text("utf-8"))
    return {key: frozenset(values) for key, values in data.items()}


def opinion_score(text: str) -> int:
    """How strongly ``text`` reads as opinion: the summed weights of its terms."""
    return sum(hit.weight for hit in load().find(text))
