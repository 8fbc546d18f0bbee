"""Comparatives (issue 10 item 3): a comparative put for its opposite keeps
two wordings apart ("will pay more" / "will pay less", "higher" /
"lower"; ``direction.opposite_adjectives``), but a comparative of time
before a phrase naming one day or period, after a verb told as done,
places the event and compares nothing ("confirmed it earlier on Monday"
/ "later on Monday": ``direction._placing``; "will leave earlier on
Monday" compares), and a word that only looks like a regular
comparative is another word ("liver" is no form of "live", "forest" none
of "fore": ``tools/derive_opposites.py`` makes a regular form only for an
adjective WordNet 3.0 makes the value of an attribute, or where the form
is no other word it lists). All sentences are made up."""

import pytest

from briefing import direction
from briefing.fact_profile import profile
from briefing.paraphrase import conflict, one_fact

# one event, placed earlier or later in one named day or period
PLACED = [
    ("The council confirmed the closure of the Pelham library earlier on Monday.", "The council confirmed the closure of the Pelham library later on Monday."),
    ("Police named the two men arrested after the raid on Tamsett Street earlier today.", "Police named the two men arrested after the raid on Tamsett Street later today."),
    ("The Marsh Road primary school was evacuated after a gas leak later in the day.", "The Marsh Road primary school was evacuated after a gas leak earlier in the day."),
    ("The Tansey trust said later this week that it had sold the old Wexby mill.", "The Tansey trust said earlier this week that it had sold the old Wexby mill."),
]

# a timetable or a level compared: two facts
COMPARED = [
    ("Shops in the Kelby arcade will open later on Sundays from the first of May.", "Shops in the Kelby arcade will open earlier on Sundays from the first of May."),
    ("The Ferrowby ferry left later than planned because of the fog on the estuary.", "The Ferrowby ferry left earlier than planned because of the fog on the estuary."),
    ("Trains on the Brackmoor line will run later in the evenings from June.", "Trains on the Brackmoor line will run earlier in the evenings from June."),
    ("Rents in the Nettle Lane flats will be higher after the council's review.", "Rents in the Nettle Lane flats will be lower after the council's review."),
    # one day or period named, but a time to come or a present timetable: a time compared with the usual one
    ("The Ferrowby ferry will leave earlier on Monday because of the storm.", "The Ferrowby ferry will leave later on Monday because of the storm."),
    ("Pupils at the Tamsett school will start later in the day from September.", "Pupils at the Tamsett school will start earlier in the day from September."),
    ("Pupils at the Tamsett school start later in the day from September.", "Pupils at the Tamsett school start earlier in the day from September."),
]


@pytest.mark.parametrize(("a", "b"), PLACED)
def test_a_comparative_of_time_before_one_day_places_the_event(a, b):
    assert conflict(profile(a), profile(b)) is None
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), COMPARED)
def test_a_comparative_of_a_timetable_or_a_level_keeps_two_facts(a, b):
    assert conflict(profile(a), profile(b)) in ("opposite", "compared")
    assert not one_fact(profile(a), profile(b))


def test_another_day_is_still_another_fact():
    a = "The council confirmed the closure of the Pelham library earlier on Monday."
    b = "The council confirmed the closure of the Pelham library later on Tuesday."
    assert not one_fact(profile(a), profile(b))


def test_a_word_that_looks_like_a_comparative_is_no_comparative():
    # "liver" of "live" (opposite "recorded"), "cutter" of "cut" ("uncut"), "shutter" of "shut" ("open")
    assert not direction.opposite_adjectives("surgeons at the delby clinic carried out 40 liver transplants", "surgeons at the delby clinic recorded 40 transplants")
    assert not direction.opposite_adjectives("the harbour cutter towed the yacht", "the harbour uncut towed the yacht")
    forms = direction._opposites("opposite_adjectives.txt", None)[0]
    assert not {"liver", "forest", "easter", "cutter", "shutter", "stranger"} & forms.keys()
    # an adjective WordNet grades keeps its regular forms, and so does one whose form is no other word
    assert {"higher", "lower", "older", "younger", "earlier", "later", "cheaper"} <= forms.keys()
    assert direction.opposite_adjectives("fares will be higher", "fares will be lower")
