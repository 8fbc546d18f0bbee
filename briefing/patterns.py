"""Patterns of numbers and dates in news text, written once for every stage.

In: nothing (constants). Out: regular expressions for a number as printed,
a percentage, a year of modern reporting, a date and a time of day, and the
month names with their numbers, which ``clean`` reads datelines with,
``kinds`` tells a statistic by, ``neutrality`` compares figures with and
``not_names`` keeps out of names; and ``Needs``, a slow pattern searched
only in a text that holds a word every match of it holds.
"""

from __future__ import annotations

import re

from .decoding import CharMap

NUMBER = r"\d[\d,]*(?:\.\d+)?"  # "3", "1,400", "12.5"
PERCENT = r"%|per\s*cent|percent"
YEAR = r"(?:1[89]|20)\d\d"  # 1800-2099: a number of this shape is read as a year, not a quantity
# English month names and the abbreviations news style uses (AP, Guardian style), with their numbers.
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A date as news prints it, with groups day, month (a name or a number) and
# year: "3 March 2025", "March 3, 2025", "2025-03-03".
DATES = (
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}"  # a time of day: "9am", "10.30 p.m.", "13:30"


class Needs:
    """A pattern searched only in a line that holds one of ``words`` (lower
    case) or opens with one of ``starts``, as every match of it does: most
    lines do not, and a search of many alternatives, case-blind, tries each
    at every character (26 µs a line for ``clean``'s promotion lines, the read
    stage's largest cost). For a case-blind pattern the words are looked
    for in the line folded as ``re.IGNORECASE`` folds it, so it finds what
    it found before."""

    _FOLD = CharMap({ord("İ"): "i", ord("ı"): "i", ord("ſ"): "s"})  # what re.IGNORECASE matches to "i" and "s" and lower() does not

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...], starts: tuple[str, ...] = ()) -> None:
        self.pattern, self.words, self.starts, self.fold = pattern, words, starts, bool(pattern.flags & re.IGNORECASE)

    def search(self, line: str) -> re.Match[str] | None:
        text = self._FOLD(line).lower() if self.fold else line
        return self.pattern.search(line) if text.startswith(self.starts) or any(word in text for word in self.words) else None
