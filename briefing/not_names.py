"""Capitalised words that never name a speaker: days and months, party and
state tags ("D-N.Y."), places, datelines, and the words that open a sentence or an
introductory phrase ("During", "Although", "Speaking"). General English
and US/UK news usage, not the words of any one story."""

from __future__ import annotations

import re

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    "january february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()  # not April, June, August: names too
)
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
# US state abbreviations as AP style prints them after a city ("Medford, Ore.").
STATES = frozenset(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn.
    Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn.
    Vt. Va. Wash. W.Va. Wis. Wyo.""".replace(".\n", "\n").replace(". ", " ").rstrip(".").split()
)
# A dateline or a heading before a dash: "HARBOURTON, Maine —", "Lisbon (AFP) –",
# "RATES RISE AGAIN - ": a place or a title, never the sentence's subject.
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z'’.&-]+(?:\s+[A-Z0-9][A-Z0-9'’.&,-]*)*|[A-Z][\w'’.-]*(?=[^—–\"“”]{0,30}\([A-Z]{2,}\)))"
    r"(?:,[^—–\"“”()]{1,25})?(?:\s*\([A-Z]{2,}\))?\s+(?:—|–|--?)\s+"
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
