"""A figure with a bound ("more than", "nearly", "about") agrees with a
value inside it: no disputed detail (``forms.span``)."""

import pytest
from conftest import briefing_of

from briefing.forms import span


def figures_disputed(make_articles, a, b):
    folder = make_articles({"a.txt": a, "b.txt": b})
    return [d for d in briefing_of(folder).disputed if d.kind == "figure"]


AGREE = [
    ("The appeal raised more than $1 million for the Orrby lifeboat station.", "The appeal raised $1.1 million for the Orrby lifeboat station."),
    ("More than 300 people marched through Kelby town centre on Saturday.", "Some 340 people marched through Kelby town centre on Saturday."),
    ("Nearly 2,000 people signed the petition against the Brenn quarry.", "A total of 1,950 people signed the petition against the Brenn quarry."),
    ("About 1,000 homes lost power across the Ashby valley overnight.", "The storm cut power to 1,040 homes across the Ashby valley overnight."),
    ("Fewer than 60 pupils sat the exam at the Halden school this year.", "Only 52 pupils sat the exam at the Halden school this year."),
]
DISPUTE = [
    ("More than 300 people marched through Kelby town centre on Saturday.", "Some 250 people marched through Kelby town centre on Saturday."),
    ("The flood damaged 1,400 homes across the Tamsin valley.", "Floodwater damaged 1,500 homes across the Tamsin valley."),
    ("About 1,500 homes lost power across the Ashby valley overnight.", "The storm cut power to 1,400 homes across the Ashby valley overnight."),
    ("Nearly 2,000 people signed the petition against the Brenn quarry.", "A total of 2,100 people signed the petition against the Brenn quarry."),
]


@pytest.mark.parametrize(("a", "b"), AGREE)
def test_a_value_within_a_bound_is_not_disputed(make_articles, a, b):
    assert not figures_disputed(make_articles, a, b)


@pytest.mark.parametrize(("a", "b"), DISPUTE)
def test_a_value_outside_a_bound_is_disputed(make_articles, a, b):
    assert len(figures_disputed(make_articles, a, b)) == 1


def test_a_bound_holds_the_values_its_words_admit():
    assert span("more than $", "1 million", 1.0) == (1.0, float("inf"))
    assert span("fewer than", "300", 300.0) == (float("-inf"), 300.0)
    assert span("nearly", "2,000", 2000.0) == (1800.0, 2000.0)  # a tenth of it: less than half the thousand
    assert span("about", "1.5", 1.5) == (1.45, 1.55)  # half a step of the last digit
    assert span("the", "340", 340.0) == (340.0, 340.0)  # no bound: the value alone


def test_two_roundings_side_by_side_are_disputed(make_articles):
    a = "The ferry carries about 1,400 passengers a week to the Orrby isles."
    b = "The ferry carries about 1,500 passengers a week to the Orrby isles."
    assert len(figures_disputed(make_articles, a, b)) == 1
