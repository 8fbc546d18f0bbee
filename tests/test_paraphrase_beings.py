"""Another act done to the same count of beings (issue 10 item 3): a count
both wordings print holds a verb put for another as one figure told twice
("fell" / "dropped 8%"), unless it counts people, a group of people or
animals (``things.counted_beings``, WordNet 3.0's nouns): what was done to
them is the fact, and a verb put for one WordNet makes a kind of it, or
for one it does not relate at all, is another act (``verbs.another_act``).
All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import things, verbs

# Two acts done to one count of people or animals: kept apart by the count
# of beings alone (without it each pair is one block).
ANOTHER_ACT = [
    ("Police shot two men near the Renford station late on Friday night.", "Police killed two men near the Renford station late on Friday night."),
    ("Gunmen wounded two guards at the Renford bank on Tuesday morning.", "Gunmen killed two guards at the Renford bank on Tuesday morning."),
    ("Soldiers captured 12 rebels in the hills above Corrow on Monday.", "Soldiers killed 12 rebels in the hills above Corrow on Monday."),
    ("Rangers tagged 30 wolves in the Corrow valley last winter.", "Rangers shot 30 wolves in the Corrow valley last winter."),
    ("The Kelso court jailed four men over the harbour fraud on Monday.", "The Kelso court fined four men over the harbour fraud on Monday."),
    ("Police stopped six drivers on the Penwith bridge on Friday night.", "Police arrested six drivers on the Penwith bridge on Friday night."),
    ("The Ormsby school suspended 12 pupils after the fight on Monday.", "The Ormsby school expelled 12 pupils after the fight on Monday."),
    ("Police interviewed nine witnesses after the fire at the Kelby mill.", "Police identified nine witnesses after the fire at the Kelby mill."),
]

# Two acts done to one count of beings that other rules keep apart already.
OTHER_ACTS = [
    ("The Quenby firm hired 300 workers at its Kelby plant last year.", "The Quenby firm sacked 300 workers at its Kelby plant last year."),
    ("Police questioned three teenagers in Kelby on Saturday night.", "Police charged three teenagers in Kelby on Saturday night."),
    ("The Renford hospital treated 14 patients after the crash on the bypass.", "The Renford hospital discharged 14 patients after the crash on the bypass."),
    ("Coastguards rescued five fishermen off the Ardley coast on Sunday.", "Coastguards found five fishermen off the Ardley coast on Sunday."),
    ("The Tolby farm culled 200 cattle after the outbreak last month.", "The Tolby farm sold 200 cattle after the outbreak last month."),
    ("Rebels freed two hostages in the hills above Corrow on Sunday.", "Rebels seized two hostages in the hills above Corrow on Sunday."),
]

# One act told with a verb of one meaning (a synonym, ``verbs.alike``, or
# one WordNet relates by a synset, a narrow parent or a definition), and
# one figure moved by two verbs: one fact.
ONE_FACT = [
    ("Rebels freed two hostages in the hills above Corrow on Sunday.", "Rebels released two hostages in the hills above Corrow on Sunday."),
    ("Gunmen kidnapped two aid workers near the Corrow border post on Sunday.", "Gunmen abducted two aid workers near the Corrow border post on Sunday."),
    ("The Kelso court jailed four men over the harbour fraud on Monday.", "The Kelso court imprisoned four men over the harbour fraud on Monday."),
    ("The Quenby firm dismissed 300 staff at its Kelby plant last year.", "The Quenby firm fired 300 staff at its Kelby plant last year."),
    ("Police arrested two men near the Renford station late on Friday night.", "Police detained two men near the Renford station late on Friday night."),
    ("Two climbers were injured in a fall on the north face of Ben Carrow.", "Two climbers were hurt in a fall on the north face of Ben Carrow."),
    # measures, not beings
    ("Prices at the Kelby market rose 8% in March after the floods.", "Prices at the Kelby market increased 8% in March after the floods."),
    ("Sales at the Tolby store fell 8% in the year to March.", "Sales at the Tolby store dropped 8% in the year to March."),
    ("The Penwith port handled 2.3 million tonnes of grain last year.", "The Penwith port processed 2.3 million tonnes of grain last year."),
    # a count in millions is a tally, not people something was done to
    ("The Orvale airport handled 3.2 million passengers last year.", "The Orvale airport served 3.2 million passengers last year."),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER_ACT)
def test_another_act_done_to_a_count_of_beings_is_two_facts(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    monkeypatch.setattr(things, "counted_beings", lambda *_: frozenset())
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), OTHER_ACTS)
def test_other_acts_done_to_a_count_of_beings_stay_two_facts(a, b):
    assert len(two_outlets(a, b)) == 2


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_act_or_one_measure_told_with_another_verb_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


def test_the_nouns_a_figure_counts_are_read_as_beings_from_wordnet():
    def counted(text):
        return things.counted_beings(text.split())

    assert counted("police shot two armed men") == {"men"}  # the second word after the number
    assert counted("rangers tagged 30 wolves") == {"wolve"}  # an animal, stemmed as a figure's noun is
    assert counted("the club fined 12 staff") == {"staff"}  # a group of people
    assert counted("the firm changed two policies") == set()  # not the police
    assert counted("the firm made 40 batches") == set()  # a group of things
    assert counted("the airport served 3.2 million passengers") == set()  # a tally
    assert counted("police shot the men") == set()  # no figure counts them


def test_on_a_count_of_beings_only_verbs_wordnet_leaves_unrelated_are_added():
    def act(a, b, beings):
        return verbs.another_act(frozenset(a.split()), frozenset(b.split()), a, b, False, beings)

    assert act("gunmen wounded two guards", "gunmen killed two guards", beings=True)
    assert not act("gunmen wounded two guards", "gunmen killed two guards", beings=False)  # no relation, no count of beings
    assert not act("police arrested two men", "police detained two men", beings=True)  # WordNet relates them
    assert not act("police killed two men", "police murdered two men", beings=True)  # one meaning
