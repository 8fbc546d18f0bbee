"""The past and the planned (issue 10, paraphrased facts): one wording
that tells an act as done ("was closed", "has reopened", "the firm emptied
the depot") and another that tells the same verb's act as yet to be done
("is due to close", "will reopen", "plans to empty") are two facts
(``tense``), however near their words, and so are a present state ("is
closed") and the act ahead ("will close"); the past and the present state,
a present state and a state ahead ("will be closed until Friday"), or two
wordings that tell it one way, stay one fact; "may have closed" is done, "will have
closed" planned, and a participle that tells what a noun will be, a "to"
after a past ("voted to close") or a present going on ("is being paid")
tells neither.
All sentences are made up."""

import pytest

from briefing import tense
from briefing.fact_profile import profile
from briefing.paraphrase import conflict, one_fact

TWO_FACTS = [
    ("The Penwyn footbridge was closed to cyclists after a safety check.", "The Penwyn footbridge is due to close to cyclists after a safety check."),
    ("The Penwyn footbridge was closed to cyclists after a safety check.", "The Penwyn footbridge will close to cyclists after a safety check."),
    ("Vellin council closed the Penwyn footbridge to cyclists on Tuesday.", "Vellin council will close the Penwyn footbridge to cyclists on Tuesday."),
    ("The Treluss lido has reopened to swimmers after lengthy repairs.", "The Treluss lido is set to reopen to swimmers after lengthy repairs."),
    ("The Treluss lido reopened to swimmers after lengthy repairs.", "The Treluss lido will be reopened to swimmers after lengthy repairs."),
    ("Cawdell Logistics emptied its Ockridge depot and moved the drivers to Ostwick.", "Cawdell Logistics plans to empty its Ockridge depot and move the drivers to Ostwick."),
    ("The old grain silo at Dallow Quay had been demolished by the harbour board.", "The old grain silo at Dallow Quay is to be demolished by the harbour board."),
    # a perfect after a modal of likelihood is done, as likely
    ("The Ruthin Street bakery may have closed for good after the flood.", "The Ruthin Street bakery will close for good after the flood."),
    ("The Ruthin Street bakery must have been sold to a property firm last year.", "The Ruthin Street bakery is to be sold to a property firm next year."),
    # a present state against the act ahead
    ("The Garnock swing bridge is closed to lorries because of a fault.", "The Garnock swing bridge will close to lorries because of a fault."),
    ("The coastal path at Trevan Head is closed after a landslip.", "The coastal path at Trevan Head is due to close after a landslip."),
]

ONE_FACT = [
    ("The Penwyn footbridge is due to close to cyclists after a safety check.", "The Penwyn footbridge will close to cyclists after a safety check, the council said."),
    ("The Treluss lido reopened to swimmers after lengthy repairs.", "The Treluss lido has reopened to swimmers after long repairs."),
    ("The Treluss lido has been reopened to swimmers after lengthy repairs.", "The Treluss lido reopened to swimmers after lengthy repairs last week."),
    # the past and the present state are one side
    ("The Garnock swing bridge is closed to lorries because of a fault.", "The Garnock swing bridge was closed to lorries because of a fault."),
    ("The Garnock swing bridge is closed to lorries because of a fault.", "The council closed the Garnock swing bridge to lorries because of a fault."),
    ("The Ruthin Street bakery may have closed for good after the flood.", "The Ruthin Street bakery closed for good after the flood, neighbours said."),
    # a present state and a state ahead may tell one closure going on
    ("The Tollard road is closed until Friday after a burst water main.", "The Tollard road will be closed until Friday after a burst water main."),
    ("Schools in Ebbing are closed on Monday because of the snow.", "Schools in Ebbing are to be closed on Monday because of the snow."),
    # the future perfect is the plan
    ("The Ruthin Street bakery will have been sold to a property firm by March.", "The Ruthin Street bakery will be sold to a property firm by March."),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_the_past_and_the_planned_are_two_facts(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
    assert conflict(profile(a), profile(b)) == "tense"


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_act_told_one_way_is_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(
    ("sentence", "done", "now", "planned"),
    [
        ("the quay was rebuilt", {"rebuild"}, set(), set()),
        ("the harbour board has not rebuilt the quay", {"rebuild"}, set(), set()),
        ("the quay will have been rebuilt", set(), set(), {"rebuild"}),
        ("the quay is expected to reopen in june", set(), {"expect"}, {"reopen"}),
        ("the trust expects to reopen the quay", set(), set(), {"reopen"}),
        # a perfect after a modal of likelihood: done; after "would": not done
        ("the quay may have been rebuilt", {"rebuild"}, set(), set()),
        ("the board must have sold the quay", {"sell"}, set(), set()),
        ("the quay would have reopened", set(), set(), set()),
        # a "to" after a past: a decision or a duty, not the act ahead
        ("the board voted to reopen the quay", {"vote"}, set(), set()),
        ("around 90 families had to leave the quay", set(), set(), set()),
        # a present state; a present going on tells neither
        ("the quay is closed", set(), {"close"}, set()),
        ("the quays are not closed", set(), {"close"}, set()),
        ("the quay is being rebuilt by the trust", set(), set(), set()),
        # a bare past after another verb may tell what a noun will be
        ("work is due to begin with the first berths finished in 2031", set(), set(), {"begin"}),
        # a word between a modal and its verb: not read
        ("the quay will soon reopen", set(), set(), set()),
    ],
)
def test_when_a_wording_tells_its_act(sentence, done, now, planned):
    assert tense._told(sentence)[:3] == (frozenset(done), frozenset(now), frozenset(planned))


def test_a_state_ahead_is_a_plan_read_apart():
    assert tense._told("the road will not be closed until friday")[2:] == ({"close"}, {"close"})
    assert tense._told("the road is to be closed")[2:] == ({"close"}, {"close"})
    assert tense._told("the road will close")[2:] == ({"close"}, frozenset())
    assert tense._told("the road will have been closed")[2:] == ({"close"}, frozenset())


def test_two_verbs_of_one_act_are_left_to_verbs():
    # "shut" / "will close": no verb both print, no reading of time
    assert not tense.apart("the council shut the depot", "the council will close the depot")
