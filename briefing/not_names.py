"""Capitalised words that never name a speaker: days and months, party and
state tags ("D-N.Y."), places, datelines, and the words that open a sentence or an
introductory phrase ("During", "Although", "Speaking"). General English
and US/UK news usage, not the words of any one story."""

from __future__ import annotations

import re

from . import patterns
from .quotes import QUOTE_MARKS

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(patterns.MONTHS) - {"april", "may", "june", "august"}  # names too
# Words that open a sentence or a phrase and are not part of a name.
STARTERS = frozenset(
    """during because although though along late early just throughout afterward afterwards
    consider despite between among amid amidst following over under prospective unlike like
    since until upon within without whether except toward towards across against around
    beyond behind beside besides near via per once twice perhaps maybe here thus hence
    already again yes no okay please thanks nearly almost about above below inside outside
    ahead back next whatever whoever wherever whenever everyone everybody someone somebody
    anyone nobody nothing something everything others another""".split()
)
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming""".split()
)
# Words that with a state make a place ("New Hampshire", "South Florida").
PLACE_WORDS = US_STATES | frozenset(
    """new north south east west northern southern eastern western central upstate downtown
    carolina dakota hampshire jersey mexico york island rhode united states america american
    kingdom europe asia africa asian african european county city valley coast""".split()
)
PLACE_HEADS = US_STATES | frozenset(
    "carolina dakota hampshire jersey york mexico states america asia europe africa kingdom island".split()
)
_PARTY_TAG = re.compile(r"^\(?[DRI]-[A-Z]", re.I)
# US state abbreviations as AP style prints them after a city ("Medford,
# Ore.") and in a party tag ("R-Ore."), each with the state it stands for
# (AP Stylebook, "state names"); the eight states AP never abbreviates are
# printed whole ("R-Ohio").
AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
    "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma",
    "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
}
STATES = frozenset(AP_STATES)
STATE_NAMES = frozenset(AP_STATES.values()) | frozenset("Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split())
# The two-letter codes of the US Postal Service (Publication 28), which some
# outlets print in party tags ("D-NY"), in the alphabetical order of the states.
POSTAL_STATES = dict(zip(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
    NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split(),
    sorted(STATE_NAMES),
))
# A dateline or a heading before a dash: "HARBOURTON, Maine —", "Lisbon (AFP) –",
# "RATES RISE AGAIN - ": a place or a title, never the sentence's subject.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.&-]+(?:\s+[A-Z0-9][A-Z0-9'’.&,-]*)*|[A-Z][\w'’.-]*(?=[^—–" + QUOTE_MARKS + r"]{0,30}\([A-Z]{2,}\)))"
    r"(?:,[^—–()" + QUOTE_MARKS + r"]{1,25})?(?:\s*\([A-Z]{2,}\))?\s+(?:—|–|--?)\s+"
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
