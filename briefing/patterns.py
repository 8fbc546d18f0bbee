"""Patterns of numbers and dates in news text, written once for every stage.

In: nothing (constants). Out: regular-expression sources for a number as
printed, a percentage, a year of modern reporting, and the month names with
their numbers, which ``clean`` reads datelines with, ``kinds`` tells a
statistic by, ``neutrality`` compares figures with and ``not_names`` keeps
out of names.
"""

from __future__ import annotations

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
