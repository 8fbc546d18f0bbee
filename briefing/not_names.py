"""Capitalised words that never name a speaker: days and months, party and
state tags ("D-N.Y."), places, datelines, and the words that open a sentence or an
introductory phrase ("During", "Although", "Speaking"). General English
and US/UK news usage, not the words of any one story."""

from __future__ import annotations

import re

from . import patterns
from .data import load, words
from .quotes import QUOTE_MARKS

WEEKDAYS = words("grammar", "weekdays")
MONTHS = frozenset(patterns.MONTHS) - words("given_names", "months_as_names")
# Open a sentence or a phrase, never part of a name; so do the adverb
# particles of phrasal verbs, a closed class ("Out on the pier, ...").
STARTERS = words("grammar", "sentence_starters") | words("grammar", "naming_participles") | words("grammar", "phrasal_particles")
# The United States' places, apart from the general lists (data/en/places_us.toml).
US_STATES = words("places_us", "single_word_states")
PLACE_WORDS = US_STATES | words("places_us", "place_words")  # with a state make a place ("New Hampshire")
PLACE_HEADS = US_STATES | words("places_us", "place_heads")
_PARTY_TAG = re.compile(r"^\(?[DRI]-[A-Z]", re.I)
# US state abbreviations as AP style prints them after a city ("Astoria,
# Ore.") and in a party tag ("R-Ore."), and the traditional ones some
# outlets print instead ("Kelso, Tex."), each with the state it stands for;
# the states AP never abbreviates are printed whole ("R-Ohio"). The USPS
# codes, which some outlets print in party tags ("D-NY") and after a city
# ("Selwick, DC").
AP_STATES: dict[str, str] = load("places_us")["ap_abbreviations"] | load("places_us")["traditional_abbreviations"]
STATES = frozenset(AP_STATES)
STATE_NAMES = frozenset(AP_STATES.values()) | words("places_us", "unabbreviated_states")
POSTAL_STATES: dict[str, str] = load("places_us")["postal_codes"]
# A dateline or a heading before a dash: "HARBOURTON, Maine —", "Lisbon (AFP) –",
# "Stavely (Harbour Wire) —", "Stavely, Vt. —", "RATES RISE AGAIN - ": a place
# or a title, never the sentence's subject. A place in capitals may have
# anything short after a comma; one in Title Case has a bracketed agency, or
# a state (as spelled or as AP abbreviates it) or a date after its comma, so
# that "Meanwhile, Smith —" is no dateline.
_AGENCY = r"\([A-Z][\w&.'’ -]{0,40}\)"
_TITLE_CASE_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_STATE = "|".join(re.escape(w) for w in sorted(sorted(STATES | STATE_NAMES), key=len, reverse=True))
_MONTH_DAY = r"(?:" + "|".join(m.capitalize() for m in sorted(patterns.MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}"
_PLACE_TAIL = rf",\s*(?:{_STATE}|{_MONTH_DAY})\.?(?![\w.])"
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.&-]+(?:\s+[A-Z0-9][A-Z0-9'’.&,-]*)*(?:,[^—–()" + QUOTE_MARKS + r"]{1,25})?(?:\s*" + _AGENCY + r")?"
    rf"|{_TITLE_CASE_PLACE}(?:{_PLACE_TAIL}){{0,2}}\s*{_AGENCY}|{_TITLE_CASE_PLACE}(?:{_PLACE_TAIL}){{1,2}})\s+(?:—|–|--?)\s+"
)


def never_a_name(low: str, text: str) -> bool:
    """A word that is never part of a person's name: a day, a month, a
    sentence opener, a party and state tag ("R-Ky."), a state as AP style
    abbreviates it with a full stop inside ("N.H.")."""
    return (
        low in WEEKDAYS or low in MONTHS or low in STARTERS or bool(_PARTY_TAG.match(text))
        or ("." in text.rstrip(".") and text.rstrip(".") in STATES)
    )


def dateline_end(text: str) -> int:
    """Where a dateline or heading that opens ``text`` ends (0 if none)."""
    found = _DATELINE.match(text)
    return found.end() if found else 0


def is_place(words: list[str]) -> bool:
    """A run of words that names a place: "South Carolina", "New York"."""
    lows = [w.lower().rstrip(".") for w in words]
    return bool(lows) and all(w in PLACE_WORDS for w in lows) and any(w in PLACE_HEADS for w in lows)
