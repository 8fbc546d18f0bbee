"""A thing put for a thing (issue 10 item 3): two near wordings the same
word for word but for a noun of one concrete thing put for a noun of
another that WordNet does not relate are two facts, as two different
numbers are; a noun put for its synonym, for a kind of it or for what it is
a kind of, and a noun WordNet does not list as a thing, stay one fact. All
sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import things

TWO_THINGS = [
    ("The Corley council will sell the old depot on Mill Road to a developer in June.", "The Corley council will sell the old library on Mill Road to a developer in June."),
    ("Flooding closed the museum at Renford for three days last week.", "Flooding closed the theatre at Renford for three days last week."),
    ("The Quenby firm will recall 2,000 faulty heaters sold last winter.", "The Quenby firm will recall 2,000 faulty kettles sold last winter."),
    ("Engineers found a crack in the hospital wall at Tolby on Monday.", "Engineers found a crack in the prison wall at Tolby on Monday."),
    ("The Ormsby trust will restore the old cathedral on Quay Street next spring.", "The Ormsby trust will restore the old stadium on Quay Street next spring."),
    # a noun that owns what happened to it by a possessive is that noun
    ("The Selby hospital's east wall collapsed on Monday night.", "The Selby prison's east wall collapsed on Monday night."),
    ("The Ormsby library's roof was damaged in the storm on Monday.", "The Ormsby museum’s roof was damaged in the storm on Monday."),
    # nouns WordNet's tagged corpus never saw, read by their first sense
    ("The lifeboat at Penmarrow will be out of service for six weeks.", "The pier at Penmarrow will be out of service for six weeks."),
    ("Vandals damaged a tram near the Orwick depot on Saturday night.", "Vandals damaged a pylon near the Orwick depot on Saturday night."),
    ("The kiosk at Selbourne Park will stay shut for a month while it is repaired.", "The hangar at Selbourne Park will stay shut for a month while it is repaired."),
]

ONE_THING = [
    # one a kind of the other, either way round
    ("The Corley council will sell the old library on Mill Road to a developer in June.", "The Corley council will sell the old building on Mill Road to a developer in June."),
    ("Thieves took 40 trucks from the Quenby yard overnight.", "Thieves took 40 vehicles from the Quenby yard overnight."),
    # one synset
    ("The Kelso police found the stolen car in a field near Ardley.", "The Kelso police found the stolen automobile in a field near Ardley."),
    # a noun the tagged corpus never saw, and a kind it is of
    ("Police stopped a scooter on the Dunley road late on Friday.", "Police stopped a vehicle on the Dunley road late on Friday."),
    (
        "The council said the school minibus would stop running on rural routes after the summer term.",
        "The council said the school bus would stop running on rural routes after the summer term.",
    ),
    # a depot is a station
    ("The Corley council will sell the old depot on Mill Road to a developer in June.", "The Corley council will sell the old bus station on Mill Road to a developer in June."),
    ("The Ormsby library's roof was damaged in the storm on Monday.", "The Ormsby building's roof was damaged in the storm on Monday."),
    # a noun WordNet does not list as a thing: read by the other rules only
    ("The toll for lorries on the Penwith bridge will rise to £9 in April.", "The toll for trucks on the Penwith bridge will rise to £9 in April."),
]


@pytest.mark.parametrize(("a", "b"), TWO_THINGS)
def test_one_thing_put_for_another_is_two_facts(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    # The rule on things is what keeps them apart.
    monkeypatch.setattr(things, "another_thing", lambda *_: False)
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), ONE_THING)
def test_a_thing_told_in_other_words_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


def test_nouns_of_things_are_read_from_wordnet():
    assert things.related("depot", "library") is False
    assert things.related("libraries", "buildings") is True  # plural forms
    assert things.related("depot", "station") is True
    assert things.related("campaigners", "activists") is None  # people are not things here
    assert things.related("plan", "scheme") is None
    # a noun the tagged corpus never saw is read by its first sense
    assert things.related("ferries", "bridges") is False
    assert things.related("tram", "vehicle") is True


def test_a_place_that_shows_a_verb_is_no_thing():
    # "will fire" is a verb, whatever nouns WordNet lists ("fire")
    ours, theirs = frozenset({"will", "fire", "staff"}), frozenset({"will", "water", "staff"})
    assert not things.another_thing(ours, theirs, "the mill will fire staff", "the mill will water staff")
    assert things.another_thing(frozenset({"old", "depot"}), frozenset({"old", "library"}), "the old depot", "the old library")
