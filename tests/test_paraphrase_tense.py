"""The past and the planned (issue 10, paraphrased facts): one wording
that tells an act as done ("was closed", "has reopened", "the firm emptied
the depot") and another that tells the same verb's act as yet to be done
("is due to close", "will reopen", "plans to empty") are two facts
(``tense``), however near their words; two wordings that tell it one way
stay one fact, and a participle that tells what a noun will be, a "to"
after a past ("voted to close") or a present ("is closed") tells neither.
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
]

ONE_FACT = [
    ("The Penwyn footbridge is due to close to cyclists after a safety check.", "The Penwyn footbridge will close to cyclists after a safety check, the council said."),
    ("The Treluss lido reopened to swimmers after lengthy repairs.", "The Treluss lido has reopened to swimmers after long repairs."),
    ("The Treluss lido has been reopened to swimmers after lengthy repairs.", "The Treluss lido reopened to swimmers after lengthy repairs last week."),
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
    ("sentence", "done", "planned"),
    [
        ("the quay was rebuilt", {"rebuild"}, set()),
        ("the harbour board has not rebuilt the quay", {"rebuild"}, set()),
        ("the quay will have been rebuilt", set(), {"rebuild"}),
        ("the quay is expected to reopen in june", set(), {"reopen"}),
        ("the trust expects to reopen the quay", set(), {"reopen"}),
        # a "to" after a past: a decision or a duty, not the act ahead
        ("the board voted to reopen the quay", {"vote"}, set()),
        ("around 90 families had to leave the quay", set(), set()),
        # a present: what is so now, or going on
        ("the quay is closed", set(), set()),
        ("the quay is being rebuilt by the trust", set(), set()),
        # a bare past after another verb may tell what a noun will be
        ("work is due to begin with the first berths finished in 2031", set(), {"begin"}),
        # a word between a modal and its verb: not read
        ("the quay will soon reopen", set(), set()),
    ],
)
def test_when_a_wording_tells_its_act(sentence, done, planned):
    assert tense._told(sentence) == (frozenset(done), frozenset(planned))


def test_two_verbs_of_one_act_are_left_to_verbs():
    # "shut" / "will close": no verb both print, no reading of time
    assert not tense.apart("the council shut the depot", "the council will close the depot")
