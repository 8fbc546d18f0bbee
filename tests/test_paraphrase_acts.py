"""Paraphrased facts, round 2 (issue 10): who or what a fact is of, and how
new writers word the same act. A kind of person put for another, word for
word, is another lot of people ("the fare for tenants" / "for farmers"); a
company's legal form ("Ltd") is no part of which company it is; a number
counts the noun after it up to a closed-class word, or after "of" and a
determiner ("nine of its vans"); a time of day is one value however it is
printed ("4.20am", "04:20"). All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import fact_profile, paraphrase, things
from briefing.forms import figures

OTHER_PEOPLE = [
    ("The fee for tenants at the Arnley estate will rise from £30 to £45.", "The fee for farmers at the Arnley estate will rise from £30 to £45."),
    ("Landlords in Pellow will pay a levy of £90 from next year.", "Tenants in Pellow will pay a levy of £90 from next year."),
]

SAME_PEOPLE = [
    # people in general put for a kind of person: one count of people
    ("Forty tenants at the Arnley estate were moved out on Friday.", "Forty people at the Arnley estate were moved out on Friday."),
    # one person noun printed the same: the rest is what differs
    ("The fee for tenants at the Arnley estate will rise from £30 to £45.", "The fee for tenants at the Arnley estate is to rise from £30 to £45."),
]


@pytest.mark.parametrize(("a", "b"), OTHER_PEOPLE)
def test_one_kind_of_person_put_for_another_is_two_facts(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    monkeypatch.setattr(things, "_other_persons", lambda *_: False)
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), SAME_PEOPLE)
def test_one_lot_of_people_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


def test_the_head_of_each_phrase_tells_the_people():
    assert things._other_persons(["tenants"], ["farm", "workers"])
    assert things._other_persons(["tenants"], ["farmers"])
    assert not things._other_persons(["tenants"], ["people"])
    assert not things._other_persons(["farm", "tenants"], ["people"])
    # one phrase the other written as one word
    assert not things._other_persons(["police", "officers"], ["policemen"])
    assert not things._other_persons(["businessmen"], ["business", "leaders"])
    assert things._other_persons(["farm", "workers"], ["farmers"])


def test_a_legal_form_is_no_part_of_a_company_name():
    one = fact_profile.profile("Corrigan Valves Ltd has shut nine of its depots in the north.")
    other = fact_profile.profile("Corrigan Valves has shut nine of its depots in the north.")
    assert one.names == other.names and one.runs == other.runs
    assert paraphrase.one_fact(one, other)


def test_another_company_of_one_legal_form_is_another_name():
    one = fact_profile.profile("Corrigan Valves Ltd has shut nine of its depots in the north.")
    other = fact_profile.profile("Hallam Valves Ltd has shut nine of its depots in the north.")
    assert not paraphrase.one_fact(one, other)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The firm has sold nine of its vans.", {"9 vans"}),
        ("Twelve of the lorries were towed away.", {"12 lorry"}),
        ("Eight were rescued by the coastguard.", set()),
        ("Seven of them walked home.", set()),
        ("About 300 new homes will be built.", {"300 new", "300 homes"}),
    ],
)
def test_a_number_counts_the_nouns_after_it_up_to_a_closed_class_word(text, counted):
    assert figures(text).quantities == frozenset(counted)


def test_a_count_printed_in_words_and_in_figures_of_a_partitive_is_one_fact():
    a = "The Brisco bakery has withdrawn twelve of its pies from sale."
    b = "The Brisco bakery has withdrawn 12 pies from sale."
    assert len(two_outlets(a, b)) == 1
    assert len(two_outlets(a, "The Brisco bakery has withdrawn 14 pies from sale.")) == 2


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("The alarm sounded at 3.40am.", "03:40"), ("The alarm sounded at 03:40.", "03:40"), ("The doors open at 7 p.m. on Friday.", "19:00"),
        ("Noon is 12pm.", "12:00"), ("Midnight is 12am.", "00:00"),
    ],
)
def test_a_time_of_day_is_one_value_on_the_24_hour_clock(text, clock):
    found = figures(text)
    assert clock in found.values and clock in found.dates


def test_a_decimal_is_no_time_of_day():
    assert figures("Sales rose 2.15 per cent.").values == frozenset({"2.15"})


def test_one_time_of_day_printed_two_ways_is_one_fact_and_another_time_another():
    a = "The Ardwell mill caught fire at about 4.20am on Tuesday."
    assert len(two_outlets(a, "The Ardwell mill caught fire at about 04:20 on Tuesday.")) == 1
    assert len(two_outlets(a, "The Ardwell mill caught fire at about 5.20am on Tuesday.")) == 2
