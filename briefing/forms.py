"""Normal forms of what outlets write differently for one thing, for
``paraphrase``.

In: a sentence's text (``figures``) or one lower-case word (``spelling``).
Out: its figures as values in one form ("£340m", "£340 million" and "340
million pounds" are all 340000000; "eighty-two per cent" is 82; "1.2km" is
1200 metres, "an 11-mile" one 11 miles of 1609.344 metres, "3,000t" and
"3,000 metric tons" 3,000 tonnes), the quantities among them (a value with its currency, "%", its
unit or the noun it counts: "2,500 new jobs" counts jobs, "nine of its
vans" vans; "two days" is 48 hours), its days of a month and its times of
day ("2.15am" and "02:15" are "02:15"; "3rd May" and "May 3" one day), its
ranks ("3rd" and "third" are "third"); a year told from the day an
article was printed in figures (``dated``: "two years ago" in 2026 is
"in 2024"); and a word's British spelling folded
to the American one where a five-letter stem would still tell them apart
("metre"/"meter", "labour"/"labor"), by the regular patterns of the
spelling lists of "American and British English spelling differences"
(Wikipedia), the classes VarCon also lists: -our/-or, -tre/-ter and
-bre/-ber, and ae/oe for e between consonants. The rest of those classes
(-ise/-ize, -lled/-led, -ogue/-og, -ence/-ense) already share a stem's
first five letters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .caches import per_word
from .data import load
from .patterns import MONTHS
from .wording import FUNCTION_WORDS

STEM = 5  # letters of a word that stand for it in a comparison: a truncation stemmer ("repai" of "repairs")
SIGNS = "£$€"  # a currency's sign before a number ("£1,500m")
# A comma after a number ends it ("March 1, 2027"); one between digits groups them ("1,400").
# A time of day ("2.15am", "6 pm", "14:30") is one token, read as one
# value on the 24-hour clock ("02:15", "18:00": ``_clock``).
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s?([ap])\.?m\b\.?|(\d{1,2}):(\d\d)\b", re.I)
# An ordinal in figures ("3rd", "21st") is one token: a rank, or a day of a month ("3rd May").
_RANK_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)\b", re.I)
_TOKEN = re.compile(_CLOCK.pattern + f"|[{SIGNS}%]|" + _RANK_DIGITS.pattern + r"|\d(?:[\d,]*\d)?(?:\.\d+)?|[A-Za-z][A-Za-z'’]*", re.I)
_UNITS = {word: n for n, word in enumerate(load("grammar")["number_units"])}
_TENS = {word: 10 * n for n, word in enumerate(load("grammar")["number_tens"], 2)}
_NUMBER_VALUES = _UNITS | _TENS  # a number's word, "zero" to "ninety", and its value
# Ordinals in words, by English morphology: a cardinal with "-th" ("sixth"),
# "-y" to "-ieth" ("twentieth"), and the irregular ones of every grammar
# ("first", "second", "third", "fifth", "eighth", "ninth", "twelfth"). (News
# styles print the ranks past the ninth in figures: "21st", not
# "twenty-first".)
_IRREGULAR_RANKS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}


def _rank_word(cardinal: str) -> str:
    return _IRREGULAR_RANKS.get(cardinal) or (cardinal[:-1] + "ieth" if cardinal.endswith("y") else cardinal + "th")


_RANKS = {_rank_word(w): n for w, n in _NUMBER_VALUES.items() if n}
_RANK_NAMES = {n: w for w, n in _RANKS.items()}


def rank(word: str) -> int | None:
    """The rank an ordinal gives, in figures or words, lower case ("3rd",
    "third"), or None."""
    found = _RANK_DIGITS.fullmatch(word)
    return int(found.group(1)) if found else _RANKS.get(word)


def rank_name(value: int) -> str:
    """An ordinal as a word where it is one ("third" of 3), else its figures
    and "th" ("125th"): one name for a rank however printed."""
    return _RANK_NAMES.get(value) or f"{value}th"
# Scale words after a number ("4.1 million", "£340m", "£2bn"). "m" after a
# bare number of 1,000 or more is metres ("a 1,200m runway"), not millions.
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
SCALE_WORDS = frozenset(_SCALES)
# A scale word's abbreviation after a number, spelled out ("£6.5m" is
# "£6.5 million" word for word): "m" only after a sum or a number under
# 1,000, as ``figures`` reads it (after more, it is metres).
_SCALE_NAMES = {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CURRENCIES = {"£": "£", "$": "$", "€": "€", "pound": "£", "pounds": "£", "sterling": "£", "dollar": "$", "dollars": "$", "euro": "€", "euros": "€"}
_SYMBOLS = frozenset(SIGNS)


def scale_name(word: str, before: str) -> str:
    """``word`` (lower case) spelled out when it abbreviates a scale after
    the number ``before``, its currency's sign printed ("m" after "6.5" or
    "£1,500": "million"; after "1,500", metres), else ``word``."""
    name = _SCALE_NAMES.get(word)
    number = _NUMBER.fullmatch(before.lstrip(SIGNS).replace(",", ""))
    return name if name is not None and number is not None and (word != "m" or before[0] in _SYMBOLS or float(number.group()) < 1000) else word
# Lengths in metres, weights in grams and spans of time in hours: outlets
# print one distance in metres, kilometres or miles (American papers spell
# "meters"), one load in tonnes or metric tons, one strike as "48 hours" or
# "two days".
_MEASURES = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), (1, "m")),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), (1e3, "m")),
    **dict.fromkeys(("mile", "miles"), (1609.344, "m")),  # the statute mile ("an 11-mile detour", "of 11 miles")
    # weights in grams: a tonne is a metric ton ("3,000t", "3,000 tonnes",
    # "3,000 metric tons"); a ton alone is a short or a long ton, no tonne
    **dict.fromkeys(("t", "tonne", "tonnes"), (1e6, "g")),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"), (1e3, "g")),
    **dict.fromkeys(("hour", "hours"), (1, "h")),
    **dict.fromkeys(("day", "days"), (24, "h")),
    **dict.fromkeys(("week", "weeks"), (168, "h")),
    **dict.fromkeys(("fortnight", "fortnights"), (336, "h")),
    # a year of 365 days and a month its twelfth: "12 months" is a year,
    # and "a month" is neither "four weeks" nor "30 days" (two counts kept
    # apart rather than one joined wrongly)
    **dict.fromkeys(("month", "months"), (730, "h")),
    **dict.fromkeys(("year", "years"), (8760, "h")),
}
# "a week" is one week where it is a span: at the start, after a
# preposition or adverb of measure ("for a week", "at least a week") or a
# verb of duration ("last a week"); after a noun, a figure, a scale word or
# "once" it is a rate ("£30 a week", "£2m a year", "once a year"), no figure.
_SPANS = frozenset(w for w, (_, unit) in _MEASURES.items() if unit == "h")
SPAN_STEMS = frozenset(w[:STEM] for w in _SPANS)  # the words of a span as ``paraphrase`` stems them
_SPAN_AFTER = (FUNCTION_WORDS - {"once", *_SCALES}) | {"least", "most", "last", "lasts", "lasted", "take", "takes", "took", "spend", "spends", "spent"}
# Words of "more" that may stand between a number and its span ("three
# more years", "two further weeks").
_MORE = frozenset({"more", "further", "extra", "additional", "full", "whole"})
# "half" before "of" or a determiner is a share, 50% ("half of the homes",
# "half the staff"); "half a million" and "half an hour" are not read.
_HALF_OF = frozenset({"of", "the", "all", "its", "their", "his", "her", "our", "those", "these"})
# Words that say what a figure is ("pounds", "per cent", "metres"): read
# with the figure, not as words of what happened. Not time: "a day" in
# "41,000 vehicles a day" is a word of the fact.
UNIT_WORDS = frozenset(w for w, (_, unit) in _MEASURES.items() if unit != "h" and len(w) > 1) | {*_CURRENCIES, "percent", "cent", "metric"} - _SYMBOLS
_UNIT_NAMES = frozenset(w for w in _MEASURES if len(w) > 1) | {"metric"}  # a unit's name in full, which may follow a scale word
COUNTED_WORDS = 2  # a quantity counts the first open-class word or the second after it ("2,500 new jobs")


@dataclass(frozen=True, slots=True)
class Figures:
    """``values``: every number, in one form; ``quantities``: those with
    what they are ("2500 jobs", "340000000 £", "82 %"); ``dates``: a day of
    a month, however printed ("1 April", "April 1", "Apr. 1": "04-01"), and
    a time of day ("8pm", "20:00": "20:00")."""

    values: frozenset[str]
    quantities: frozenset[str]
    dates: frozenset[str] = frozenset()


def _day(printed: list[str], at: int) -> str | None:
    """The day and month a number at ``printed[at]`` ("3", "3rd") gives with
    a month's name (capitalised: "may" is a verb) before or after it."""
    number = _RANK_DIGITS.sub(r"\1", printed[at])
    if not number.isdigit() or not 1 <= int(number) <= 31:
        return None
    for month in printed[at - 1 : at] + printed[at + 1 : at + 2]:
        if month[:1].isupper() and month.casefold() in MONTHS:
            return f"{MONTHS[month.casefold()]:02d}-{int(number):02d}"
    return None


def number_word(word: str) -> bool:
    """A lower-case word that is a number written out ("two", "eighty-two")."""
    head, _, tail = word.partition("-")
    return (head in _UNITS and not tail) or (head in _TENS and (not tail or tail in _UNITS))


def _form(value: float) -> str:
    value = round(value, 6)  # 4.1 * 1e6 is 4099999.9999999995
    return str(int(value)) if value == int(value) else format(value, ".6g")


def _spelled(tokens: list[str], at: int) -> tuple[float, int] | None:
    """A number written in words at ``tokens[at]`` ("eighty-two", "forty
    five", "three hundred"), and the index after it. "One" alone is as
    often a pronoun ("no one"): only with "hundred" or a scale after it."""
    word = tokens[at]
    head, _, tail = word.partition("-")
    if head in _TENS and (not tail or tail in _UNITS):
        value, end = _TENS[head] + _UNITS.get(tail, 0), at + 1
        if not tail and end < len(tokens) and tokens[end] in _UNITS:
            value, end = value + _UNITS[tokens[end]], end + 1
    elif word in _UNITS:
        value, end = _UNITS[word], at + 1
    else:
        return None
    if end < len(tokens) and tokens[end] == "hundred":
        value, end = value * 100, end + 1
    elif word == "one" and not (end < len(tokens) and tokens[end] in _SCALES):
        return None
    return value, end


_NONE = Figures(frozenset(), frozenset())
# A sentence with no digit and no number word has no figure: most need no
# closer look (a big build reads some 150,000 facts).
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS])
_FIGURE_WORDS = _NUMBER_WORDS | _SPANS | _RANKS.keys() | {"half"}  # words that may give a figure with no digit


def holds_figure(words: Sequence[str]) -> bool:
    """Whether a sentence's words (in order) may hold a figure: a digit, or
    a word of a number ("twenty-two") or a span (as ``figures`` asks)."""
    return _may_hold(" ".join(words))


def _may_hold(text: str) -> bool:
    return bool(_DIGIT.search(text)) or not _FIGURE_WORDS.isdisjoint(_LETTERS.findall(text.casefold()))


def figures(text: str) -> Figures:
    """The figures of ``text`` in one form (see the module docstring)."""
    if not _may_hold(text):
        return _NONE
    # A time of day opens on a digit (``_CLOCK``): a word is none, and is not matched against it.
    found = [(t, _clock(t) if t[0].isdigit() else None) for t in (m.group() for m in _TOKEN.finditer(text))]
    clocks = {c for _, c in found if c is not None}  # a time of day holds a pair as a day does
    # a time of day no clock shows ("15 p.m.", a typing slip) is no figure
    values, dates, printed = _ranks([t for t, c in found if c is None and not (t[0].isdigit() and _CLOCK.fullmatch(t))])
    tokens = [t.casefold() for t in printed]
    values |= clocks
    dates |= clocks
    quantities: set[str] = set()
    at = 0
    while at < len(tokens):
        currency = _CURRENCIES.get(tokens[at - 1]) if at and tokens[at - 1] in _SYMBOLS else None
        if tokens[at][0].isdigit():
            value, end = float(tokens[at].replace(",", "")), at + 1
        elif (tokens[at] in _NUMBER_WORDS or "-" in tokens[at]) and (spelled := _spelled(tokens, at)) is not None:  # most words are none
            value, end = spelled
        elif tokens[at] in ("a", "an") and tokens[at + 1 : at + 2] and tokens[at + 1] in _SPANS and (not at or tokens[at - 1] in _SPAN_AFTER):
            value, end = 1.0, at + 1
        elif tokens[at] == "half" and tokens[at + 1 : at + 2] and tokens[at + 1] in _HALF_OF:
            values.add("50")
            quantities.add("50 %")
            at += 1
            continue
        else:
            at += 1
            continue
        if tokens[end : end + 1] and tokens[end] in _MORE and tokens[end + 1 : end + 2] and tokens[end + 1] in _SPANS:
            end += 1  # "three more years" is a span of three years
        if tokens[end : end + 1] and tokens[end] in _SCALES and tokens[end + 1 : end + 2] and tokens[end + 1] in _UNIT_NAMES:
            value, end = value * _SCALES[tokens[end]], end + 1  # "three thousand tonnes", "2 million miles"
        if tokens[end : end + 2] in (["metric", "ton"], ["metric", "tons"]):
            end += 1
            tokens[end] = "tonnes"  # a metric ton is a tonne
        after = tokens[end] if end < len(tokens) else ""
        unit: str | None
        if after in _MEASURES and not (after == "m" and (currency or value < 1000)) and not (after == "t" and currency):
            factor, unit = _MEASURES[after]
            value, end = value * factor, end + 1
        else:
            if after in _SCALES:
                value, end = value * _SCALES[after], end + 1
            after = tokens[end] if end < len(tokens) else ""
            unit = "%" if after in ("%", "percent") or tokens[end : end + 2] == ["per", "cent"] else currency or _CURRENCIES.get(after)
        values.add(_form(value))
        if (day := _day(printed, at)) is not None:
            dates.add(day)
        elif unit:
            quantities.add(f"{_form(value)} {unit}")
        elif not _named(printed, at) and not _YEAR.fullmatch(printed[at]):
            # A noun printed with a capital is a date's month or day, or a name: no count.
            quantities.update(f"{_form(value)} {spelling(t)[:STEM]}" for t in _counted(printed, end) if len(t) > 1)
        at = max(end, at + 1)
    return Figures(frozenset(values), frozenset(quantities), frozenset(dates))


def _ranks(printed: list[str]) -> tuple[set[str], set[str], list[str]]:
    """The ranks among ``printed`` (tokens) by their names ("3rd", "third":
    "third") and the days of a month one gives ("3rd May": "05-03", its
    value 3), and the tokens but those: a rank counts nothing."""
    values, dates, rest = set(), set(), []
    for at, token in enumerate(printed):
        place = rank(token.casefold())
        if place is None:
            rest.append(token)
        elif (day := _day(printed, at)) is not None:
            dates.add(day)
            values.add(str(place))
        else:
            values.add(rank_name(place))
    return values, dates, rest


def _clock(token: str) -> str | None:
    """A token that is a time of day on the 24-hour clock ("2.15am":
    "02:15", "12 pm": "12:00"), or None."""
    found = _CLOCK.fullmatch(token)
    if found is None:
        return None
    hour, minute, half, hour24, minute24 = found.groups()
    if hour24 is not None:
        return f"{int(hour24):02d}:{minute24}" if int(hour24) < 24 and int(minute24) < 60 else None
    return f"{int(hour) % 12 + (12 if half.casefold() == 'p' else 0):02d}:{minute or '00'}" if 0 < int(hour) <= 12 else None


def _counted(printed: list[str], end: int) -> list[str]:
    """The nouns a number ending at ``printed[end]`` counts (lower case; a
    word printed with a capital is a name): the words of
    ``COUNTED_WORDS`` after it up to a closed-class word ("2,500 new jobs";
    "eleven were treated" counts nothing), or after "of" and a determiner,
    a partitive ("14 of its products" counts products)."""
    if printed[end : end + 1] == ["of"] and printed[end + 1 : end + 2] and printed[end + 1] in _HALF_OF:
        end += 2
    found = []
    for t in printed[end : end + COUNTED_WORDS]:
        if not (t.islower() and t.isalpha()) or t in FUNCTION_WORDS or t in _UNITS:
            break
        found.append(t)
    return found


def _named(printed: list[str], at: int) -> bool:
    """The number at ``printed[at]`` is part of a name: "Measure 12",
    "Platform 9" count nothing."""
    before = printed[at - 1] if at else ""
    return before[:1].isupper() and before.casefold() not in FUNCTION_WORDS


_YEAR = re.compile(r"(?:19|20)\d\d")  # a year ("opened in 2031 and closed") counts nothing


_OUR = re.compile(r"(?<=\w{3})our(?=s?$|ed$|ing$|ite|able|ful|less)")  # labour, colour, neighbour, favourite
_RE = re.compile(r"(?<=[tb])re(?=s?$|d$)")  # metre, centre, fibre, theatre
_AE = re.compile(r"(?<=[^aeiou])[ao]e(?=[^aeiou])")  # paediatric, manoeuvre, anaemia


@per_word  # three substitutions a word, asked by the stems, verbs, things and synonyms of the same words
def spelling(word: str) -> str:
    """A lower-case word with its British spelling folded to the American
    (see the module docstring), and a plural in -ies to its singular
    ("lorries" / "lorry", which a five-letter stem still tells apart);
    other words as they are."""
    if len(word) < 5:
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    return _AE.sub("e", _RE.sub("er", _OUR.sub("or", word)))


# Words that bound a figure rather than state it (approximators and
# comparative quantifiers, a grammatical class), each with the values it
# admits, in steps of the figure's rounding below and above it: "more than
# 300" holds 340, "nearly 2,000" holds 1,950, "about 1,000" holds 1,040,
# "about 1,500" does not hold 1,400.
_INF = float("inf")
_BOUNDS = {
    **dict.fromkeys(("more than", "over", "at least", "a minimum of", "upwards of", "in excess of"), (0.0, _INF)),
    **dict.fromkeys(("fewer than", "less than", "under", "up to", "at most", "a maximum of", "no more than"), (-_INF, 0.0)),
    **dict.fromkeys(("about", "around", "approximately", "roughly", "some", "an estimated"), (-1.0, 1.0)),
    **dict.fromkeys(("nearly", "almost", "just under"), (-1.0, 0.0)),
    "just over": (0.0, 1.0),
}
_BOUND_WORDS = re.compile(r"((?:[a-z]+\s+){0,2}[a-z]+)\s*[" + SIGNS + r"]?\s*$")
APPROXIMATE = 0.1  # the rounding of a figure: half a step of its last significant digit, at most a tenth of it


def span(before: str, printed: str, value: float) -> tuple[float, float]:
    """The values a figure holds: ``value``, or after a bound in the words
    ``before`` it (``_BOUNDS``), the values the bound admits, in steps of
    the rounding the figure's last significant digit implies ("2,000":
    half a thousand, at most a tenth of the figure)."""
    found = _BOUND_WORDS.search(before.casefold())
    tail = found.group(1).split() if found else []
    below, above = next((_BOUNDS[w] for n in (3, 2, 1) if len(tail) >= n and (w := " ".join(tail[-n:])) in _BOUNDS), (0.0, 0.0))
    digits = printed.split()[0].lstrip(SIGNS).rstrip("%mbn").replace(",", "")
    whole, _, decimals = digits.partition(".")
    step = min((10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))) / 2, value * APPROXIMATE)
    return value + below * step, value + above * step


# A bound before a figure read as the side it bounds: "at least", "a
# minimum of" and "more than" are one lower bound. (The words of an
# approximate figure, "roughly", "nearly", stay words.)
LOWER, UPPER = ">", "<"
_SIDES = {b: LOWER if above == _INF else UPPER for b, (below, above) in _BOUNDS.items() if _INF in (above, -below)}
# a bound's words, then a figure: digits, a number's word, or "a" and a span ("a week")
_BOUND = re.compile(
    r"(?:^| )(" + "|".join(sorted(map(re.escape, _SIDES), key=len, reverse=True)) + r") (?=[" + SIGNS + r"]?\d|(?:"
    + "|".join(sorted(sorted(_NUMBER_WORDS), key=len, reverse=True)) + r")\b|an? (?:" + "|".join(sorted(sorted(_SPANS), key=len, reverse=True)) + r")\b)"
)


def bounds(words: Sequence[str]) -> dict[int, str]:
    """The places in ``words`` (a sentence's words in order, a sum's sign
    printed with its number: "£2") of the words of a bound right before a
    figure ("at least 400", "a minimum of a week", "up to 40"), each with
    the side the bound holds
    (``LOWER``, ``UPPER``) at its first word and "" at the rest: how the
    figure is held (``span``), no word of what happened."""
    text = " ".join(words).casefold()
    found: dict[int, str] = {}
    for match in _BOUND.finditer(text):
        at, phrase = text.count(" ", 0, match.start(1)), match.group(1)
        found.update({at: _SIDES[phrase], **dict.fromkeys(range(at + 1, at + phrase.count(" ") + 1), "")})
    return found


# A year told from the day an article was printed: "last year", "next
# year", "this year", "two years ago"; not "the last year" nor "the next
# year", twelve months from any day ("over the last year"), nor "a last
# year", a final one, nor "last year's" or "this year-on-year", which may
# name a thing of that year or a span; nor a part of a longer figure ("1.5
# years ago", "twenty-five" or "twenty five years ago" when the count is
# not read whole: ``_years``).
_RELATIVE_YEAR = re.compile(r"(?<!\bthe )(?<!\ba )\b(last|next|this) year\b(?![-'’])|(?<![-.,])\b([a-z]+(?:-[a-z]+)?|\d{1,2}) years? ago\b", re.I)
_YEAR_STEPS = {"last": -1, "next": 1, "this": 0}


def dated(text: str, date: str | None) -> str:
    """``text`` with each year it tells from the day it was printed
    (``date``, ISO 8601: "2026-11-10") in figures, as an outlet that gives
    the year prints it: "fined two years ago" is "fined in 2024", "on March
    1 next year" "on March 1 in 2027". Without a date, ``text``."""
    if not date or not date[:4].isdigit() or "year" not in text.casefold():  # the cheap test first: most sentences tell no year
        return text
    year = int(date[:4])

    def resolved(match: re.Match[str]) -> str:
        step, back = match.groups()
        count = -_YEAR_STEPS[step.casefold()] if step else _years(back.casefold(), text[: match.start()])
        return match.group(0) if count is None else f"{'I' if match.group(0)[0].isupper() else 'i'}n {year - count}"

    return _RELATIVE_YEAR.sub(resolved, text)


def _years(count: str, before: str) -> int | None:
    """How many years ``count`` tells ("3", "a", "two", "twenty-five");
    None for a word that is no number ("many") or the last word of one
    written with a space ("twenty five")."""
    if count.isdigit():
        return int(count)
    if count in ("a", "an"):
        return 1
    head, _, tail = count.partition("-")
    if not number_word(count) or before.split()[-1:] and before.split()[-1].casefold() in _TENS:
        return None
    return _NUMBER_VALUES[head] + _UNITS.get(tail, 0)
