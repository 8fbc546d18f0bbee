"""A noun of people or of things put for the kind right above it in WordNet
3.0 (issue 10 item 3, recall): "Motorists" / "Drivers", "factory" /
"plant", "puppy" / "dog" name one lot or one thing, by the kind it is
(``synonyms.above``, ``data/en/kinds_above.txt`` derived by
``tools/derive_synonyms.py``; ``aligned._kinds``). One level only: two
kinds under one ("motorists" / "cyclists"), two levels apart ("car" /
"vehicle") or the kind above qualified by a word the other wording lacks
("lorry drivers" / "motorists": ``aligned._qualified``,
``things._one_kind``) or a noun with another common sense under another
kind ("girl", a female child as often as a young woman, / "woman") are not
read so, and another figure, place, act, a denial or
roles swapped still keep two facts. All sentences are made up."""

import pytest

from briefing import synonyms
from briefing.fact_profile import profile
from briefing.paraphrase import one_fact

ONE_FACT = [
    ("Motorists face a nine-mile detour through Stanby.", "Drivers face a nine-mile detour through Stanby."),
    ("The Kelso plant shut on Friday.", "The Kelso factory shut on Friday."),
    ("A puppy was rescued from the Sollis canal on Sunday.", "A dog was rescued from the Sollis canal on Sunday."),
    ("Police seized a gun at a house in Ferrowby on Sunday.", "Police seized a weapon at a house in Ferrowby on Sunday."),
    # the kind below qualified: a cut of a kind of it
    ("Local motorists face a nine-mile detour through Stanby.", "Drivers face a nine-mile detour through Stanby."),
]

TWO_FACTS = [
    # two kinds under one kind
    ("Motorists face a nine-mile detour through Stanby.", "Cyclists face a nine-mile detour through Stanby."),
    # another figure, another place
    ("Motorists face a nine-mile detour through Stanby.", "Drivers face a six-mile detour through Stanby."),
    ("Motorists face a nine-mile detour through Stanby.", "Drivers face a nine-mile detour through Sollis."),
    # a verb of opposite direction, a denial
    ("The Kelso plant opened on Friday.", "The Kelso factory closed on Friday."),
    ("The Kelso plant shut on Friday.", "The Kelso factory did not shut on Friday."),
    # the doer and the patient swapped
    ("Drivers blamed the Stanby council for the long detour.", "The Stanby council blamed motorists for the long detour."),
    # another thing put at another place
    ("Motorists face a steep rise in fuel bills.", "Drivers face a steep rise in parking bills."),
    # the kind above qualified by a word the other lacks: another kind under it
    ("Lorry drivers face a nine-mile detour through Stanby.", "Motorists face a nine-mile detour through Stanby."),
    ("Police seized an air weapon at a house in Ferrowby on Sunday.", "Police seized a gun at a house in Ferrowby on Sunday."),
    # a noun whose other common sense lies under another kind: a girl is
    # a child as often as a young woman, a manager runs a team as well as a firm
    ("A girl was hurt when a car hit a bus shelter in Stanby on Friday.", "A woman was hurt when a car hit a bus shelter in Stanby on Friday."),
    ("The Kelso manager was sacked on Monday.", "The Kelso administrator was sacked on Monday."),
]


def linked(one, other):
    """One of two nouns names the kind right above the other, either way round."""
    return synonyms.above(one, other) or synonyms.above(other, one)


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_a_noun_and_the_kind_right_above_it_are_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_a_kind_keeps_another_figure_place_act_or_role_apart(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))


def test_one_level_only():
    assert linked("drivers", "Motorists") and linked("factory", "plant")
    assert not linked("motorist", "chauffeur")  # two kinds of driver
    assert not linked("motorist", "cyclist")
    assert not linked("cars", "vehicles")  # a car is a motor vehicle, a kind of vehicle two levels up
    assert not linked("jury", "trial")  # no noun of people or things


def test_not_a_kind_of_only_one_common_sense():
    assert not linked("girl", "woman")  # a female child 57 times to a young woman's 80
    assert not linked("manager", "administrator")  # in sport, who trains a team
    assert linked("gun", "weapon")  # artillery 25 times to 72: rarer than half
