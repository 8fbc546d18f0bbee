"""Negation in other words (issue 10, paraphrased facts): the negative
pronouns ("none", "nobody", "nothing", "nowhere") and the negative
implicative verbs before "to" ("failed to approve": did not approve) deny
what they govern as "not" does (``grammar.negators``,
``grammar.negative_implicatives``): a pair that differs only in them is a
claim and its denial, and two wordings of one denial are one fact. All
sentences are made up."""

import pytest

from briefing.fact_profile import profile
from briefing.paraphrase import one_fact

ONE_FACT = [
    ("None of the 40 water samples from the Tarly reservoir tested positive.",
     "No water sample from the Tarly reservoir tested positive, out of 40."),
    ("Nobody was injured in the fire at the Tarly depot on Monday.", "No one was injured in the fire at the Tarly depot on Monday."),
    ("Talks between the Kelby union and the bus company failed to produce a deal on Friday.",
     "Talks between the Kelby union and the bus company ended without a deal on Friday."),
]

TWO_FACTS = [
    ("The Orvel council failed to approve the harbour budget on Tuesday.", "The Orvel council approved the harbour budget on Tuesday."),
    ("Talks between the Kelby union and the bus company failed to produce a deal on Friday.",
     "Talks between the Kelby union and the bus company produced a deal on Friday."),
    ("Inspectors found nothing wrong at the Tarly reservoir on Monday.", "Inspectors found something wrong at the Tarly reservoir on Monday."),
    ("Nobody was injured in the fire at the Tarly depot on Monday.", "Somebody was injured in the fire at the Tarly depot on Monday."),
    ("None of the 40 water samples from the Tarly reservoir tested positive.",
     "All of the 40 water samples from the Tarly reservoir tested positive."),
    # the same denial of another figure
    ("None of the 40 water samples from the Tarly reservoir tested positive.",
     "No water sample from the Tarly reservoir tested positive, out of 45."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_denial_in_two_wordings_is_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_a_claim_and_its_denial_in_other_words_are_two_facts(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
