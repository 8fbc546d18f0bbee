"""A quantity told in other words (issue 10 item 3): "a week" is seven
days, "a fortnight" two weeks, "half of" 50% (``forms``), so two wordings
of one span or share are one fact and two of different spans or shares are
two, as two different numbers are; "a week" after a figure is a rate, no
span. All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing.forms import figures

NOTICE = "The Wendham water company said the boil notice would stay in force for at least {}."
FERRY = "The Renby ferry will be out of service for {} while its engines are repaired."
POWER = "{} the homes in Quenmore lost power during the storm on Tuesday night."

ONE_FACT = [
    (NOTICE.format("a week"), NOTICE.format("seven days")),
    (NOTICE.format("a day"), NOTICE.format("24 hours")),
    (FERRY.format("a fortnight"), FERRY.format("two weeks")),
    (FERRY.format("a month"), FERRY.format("one month")),
    (POWER.format("Half of"), POWER.format("Fifty per cent of")),
    (POWER.format("Half"), POWER.format("50% of")),
    # a span both print holds a short pair together, as a count of a thing does
    ("The Calvert bridge will close for two weeks for repairs.", "The Calvert bridge will shut for a fortnight for repairs."),
    ("Work on the Tessel bypass will take three years, the council said.", "The council said the Tessel bypass would take three years to build."),
]

TWO_FACTS = [
    (NOTICE.format("a week"), NOTICE.format("ten days")),
    (NOTICE.format("a week"), NOTICE.format("a month")),
    (FERRY.format("a fortnight"), FERRY.format("three weeks")),
    (FERRY.format("a year"), FERRY.format("a month")),
    (POWER.format("Half of"), POWER.format("40% of")),
    # but not when who or what differs
    ("Bus drivers in Calvert will strike for two days from 3 May over pay.", "Refuse collectors in Calvert will strike for two days from 3 May over pay."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_quantity_in_other_words_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_two_quantities_are_two_facts(a, b):
    assert len(two_outlets(a, b)) == 2


def test_a_span_is_read_where_it_stands_for_a_length_of_time():
    assert figures("for at least a week").quantities == figures("for at least seven days").quantities == {"168 h"}
    assert figures("the work will last a fortnight").quantities == {"336 h"}
    # after a figure or a noun, "a week" is a rate
    assert figures("tenants will pay £30 a week more").quantities == {"30 £"}
    assert figures("once a year").values == figures("twice a week").values == frozenset()
    assert figures("spend £2m a year").quantities == {"2000000 £"}
    # a word of "more" between a number and its span
    assert figures("for three more years").quantities == figures("for another three years").quantities
    # "half a million" is no share
    assert figures("half a million homes").quantities == frozenset()
