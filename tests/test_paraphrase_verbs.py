"""Verbs of one meaning (issue 10 item 3): a verb one outlet puts for
another's is the same word when one of the three commonest senses of one
is one of the other's, or the parent of the other's commonest (WordNet
3.0, ``verbs.alike``), and neither is opposite to the other; only where
the place shows a verb. All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import caches, fact_profile, verbs, word_senses

ONE_FACT = [
    # "launch" is a way to "open" in its sense of beginning an action
    ("The Orvale harbour authority said it had opened an inquiry.", "The Orvale harbour authority has launched an inquiry."),
    ("Every flooded household in Brenlow will receive £50 from the fund.", "Every flooded household in Brenlow will get £50 from the fund."),
    ("The Tolby trust has cut bus fares for pensioners.", "The Tolby trust has reduced bus fares for pensioners."),
]

TWO_FACTS = [
    ("The Kelso board has approved the new depot.", "The Kelso board has rejected the new depot."),
    ("The Quenby mill has hired 40 staff.", "The Quenby mill has fired 40 staff."),
    ("The Orvale council has opened the library.", "The Orvale council has closed the library."),
    ("The Tolby firm has raised prices.", "The Tolby firm has cut prices."),
    # "shoot" is first to hit with a missile, only third to kill so
    ("Police shot a man in Tolby on Friday.", "Police killed a man in Tolby on Friday."),
    ("Ann Roe was arrested in Kelso.", "Ann Roe was questioned in Kelso."),
    ("The Kelso board delayed the vote.", "The Kelso board cancelled the vote."),
    # the verb read, another thing named: still two facts
    ("The Orvale harbour authority has opened an inquiry.", "The Orvale harbour authority has launched an appeal."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_a_verb_of_one_meaning_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


def test_verbs_of_one_meaning_are_what_joins_them(monkeypatch):
    # without the verbs' senses this pair is two blocks, one verb put for
    # another ("opened" / "launched an inquiry" now joins as the inquiry
    # begun: ``grammar.inceptive_verbs``)
    a, b = "Brenlow households will receive £50.", "Brenlow households will get £50."
    monkeypatch.setattr(verbs, "senses", lambda *_: (frozenset(), frozenset(), False))
    caches.clear()  # the senses are read once a word a build
    assert len(two_outlets(a, b)) == 2
    monkeypatch.undo()
    caches.clear()


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_verbs_of_other_meanings_are_two_facts(a, b):
    assert len(two_outlets(a, b)) == 2


def test_only_the_commonest_senses_relate_two_verbs():
    assert verbs.alike("opened", "launched") and verbs.alike("received", "got") and verbs.alike("cut", "reduced")
    assert not verbs.alike("passed", "died")  # "pass away" is a rare sense of "pass"
    assert not verbs.alike("hit", "killed") and not verbs.alike("asked", "told")
    assert not verbs.alike("opened", "closed")  # opposite


def test_a_word_is_read_as_a_verb_only_where_the_place_shows_it():
    assert verbs.senses("opened")[2] and not verbs.senses("open")[2]  # a past
    assert verbs.cue("will") and not verbs.cue("the")
    assert verbs.senses("plans")[0] and not verbs.senses("plans")[2]  # "the plans" shows no verb
    # the senses of a verb are read for "has opened" and "will open", not for "the open ward"
    def verb_senses(text):
        return {n for stem, n in fact_profile.profile(text).senses if stem.startswith("open") and n[0] in (word_senses.VERB, word_senses.PARENT)}

    assert verb_senses("The harbour authority has opened the ferry terminal.") == verb_senses("The harbour authority will open the ferry terminal.") != set()
    assert verb_senses("The harbour authority backed the open terminal.") == set()


# One act told two ways: a verb put for its synonym, or for another form of
# itself (a tense), the rest word for word the same.
ONE_ACT = [
    ("The Orvale council has started work on the new bridge at Kelby this week.", "The Orvale council has begun work on the new bridge at Kelby this week."),
    ("The Tolby trust bought the old mill on Quay Street for the town in March.", "The Tolby trust purchased the old mill on Quay Street for the town in March."),
    ("The Quenby mill will hire 40 new staff at its Kelby plant next year.", "The Quenby mill will employ 40 new staff at its Kelby plant next year."),
    ("The Kelso board approved the plan for a new depot at the harbour on Monday.", "The Kelso board backed the plan for a new depot at the harbour on Monday."),
    ("A gunman killed two guards at the Renford bank on Tuesday morning.", "A gunman murdered two guards at the Renford bank on Tuesday morning."),
    ("The Orvale firm has built a new factory on the edge of Tolby.", "The Orvale firm has constructed a new factory on the edge of Tolby."),
    ("The Corley council will close the public library on Mill Road in June.", "The Corley council will shut the public library on Mill Road in June."),
    ("Two climbers were injured in a fall on the north face of Ben Carrow.", "Two climbers were hurt in a fall on the north face of Ben Carrow."),
    ("The Kelso mayor quit after the vote on the harbour plan on Monday.", "The Kelso mayor resigned after the vote on the harbour plan on Monday."),
    ("Firefighters rescued three walkers from the flooded valley near Ardley on Sunday.", "Firefighters saved three walkers from the flooded valley near Ardley on Sunday."),
    ("The Tolby trust has finished work on the new wing of the county museum.", "The Tolby trust has completed work on the new wing of the county museum."),
    ("The storm damaged 40 homes in the village of Ardley overnight.", "The storm harmed 40 homes in the village of Ardley overnight."),
    # two verbs of saying: what was said is the fact
    ("Ann Roe told reporters in Kelso that the harbour plan would fail next year.", "Ann Roe informed reporters in Kelso that the harbour plan would fail next year."),
    ("The Kelso mayor criticised the harbour plan at the council meeting on Monday.", "The Kelso mayor condemned the harbour plan at the council meeting on Monday."),
    # tenses of one verb
    ("The Kelso board approves the plan for a new depot at the harbour.", "The Kelso board approved the plan for a new depot at the harbour."),
    ("The Corley council has closed the public library on Mill Road for the summer.", "The Corley council closed the public library on Mill Road for the summer."),
    ("The Quenby firm is recalling 2,000 faulty heaters sold in Kelby last winter.", "The Quenby firm recalled 2,000 faulty heaters sold in Kelby last winter."),
]

# One act put for another that WordNet makes a kind of it only through a
# sense that is not among the commonest of both: kept apart by
# ``another_act`` alone (the other rules joined each of them).
ANOTHER_ACT = [
    ("Police shot a man in the Renford town centre on Friday night.", "Police killed a man in the Renford town centre on Friday night."),
    ("The chief executive of the Tolby trust resigned on Monday after the report.", "The chief executive of the Tolby trust retired on Monday after the report."),
    ("The Orvale firm has closed its plant on the edge of Tolby this spring.", "The Orvale firm has sold its plant on the edge of Tolby this spring."),
    # a span of time both print is no figure the act moves
    ("The Kelso board has postponed the vote on the harbour plan for a month.", "The Kelso board has held the vote on the harbour plan for a month."),
]

# One act put for another that other rules keep apart already: still two.
OTHER_ACTS = [
    ("Police arrested two men near the Renford station late on Friday night.", "Police charged two men near the Renford station late on Friday night."),
    ("The Corley council will sell the old depot on Mill Road in June.", "The Corley council will demolish the old depot on Mill Road in June."),
    ("The Orvale firm has bought a new factory on the edge of Tolby.", "The Orvale firm has built a new factory on the edge of Tolby."),
    ("The Kelso board delayed the vote on the harbour plan until June.", "The Kelso board cancelled the vote on the harbour plan until June."),
    ("The Tolby coroner examined the body of the climber on Monday.", "The Tolby coroner buried the body of the climber on Monday."),
    ("The Kelso mayor praised the harbour plan at the council meeting on Monday.", "The Kelso mayor presented the harbour plan at the council meeting on Monday."),
    ("The Kelso police searched the house of the missing climber on Monday.", "The Kelso police sealed the house of the missing climber on Monday."),
]


@pytest.mark.parametrize(("a", "b"), ONE_ACT)
def test_one_act_told_with_another_verb_or_tense_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), ANOTHER_ACT)
def test_a_verb_related_only_in_a_rare_sense_is_another_act(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    monkeypatch.setattr(verbs, "another_act", lambda *_: False)
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), OTHER_ACTS)
def test_other_acts_stay_two_facts(a, b):
    assert len(two_outlets(a, b)) == 2


def test_only_senses_the_tagged_corpus_counts_make_verbs_of_one_meaning():
    # "retire" goes under the second sense of "resign" (to step down), which
    # WordNet's tagged corpus never counts; "quit" is a form of its first
    assert verbs.related("resigned", "retired") and not verbs.alike("resigned", "retired")
    assert verbs.alike("quit", "resigned")
    assert verbs.related("shot", "killed") and not verbs.alike("shot", "killed")


def test_another_act_reads_one_verb_at_one_place():
    def act(a, b, figured=False):
        return verbs.another_act(frozenset(a.split()), frozenset(b.split()), a, b, figured)

    assert act("police shot a man", "police killed a man")
    assert not act("police shot a man", "police shot a man")
    assert not act("police killed a man", "police murdered a man")  # one meaning
    assert not act("the old plan was dropped", "the old scheme was dropped")  # no verb the place shows
    assert not act("police shot a man", "police killed a woman in the town")  # more than one place differs
    assert not act("police shot a man", "police killed a man", figured=True)  # a figure both print holds them
    assert not act("the council banned barbecues", "the council barred barbecues")  # one narrow parent, no kind of the other


# Two verbs WordNet does not relate, neither of direction, whose commonest
# senses go under one parent: two ways of it, two acts, though the pair
# shares a figure ("spilled" / "carried": ways to move a thing).
SIBLING_ACTS = [
    ("A van spilled 20 crates of apples on the Tolby ring road.", "A van carried 20 crates of apples on the Tolby ring road."),
    ("The Kelso tanker spilled 300 barrels near the harbour mouth.", "The Kelso tanker carried 300 barrels near the harbour mouth."),
]


@pytest.mark.parametrize(("a", "b"), SIBLING_ACTS)
def test_two_ways_under_one_parent_are_two_acts(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    monkeypatch.setattr(verbs, "_related", lambda x, y: bool(x.up & y.up))  # siblings taken for one act
    assert len(two_outlets(a, b)) == 1


def test_a_parent_in_common_is_read_only_for_unrelated_verbs():
    assert verbs.differ(["spilled"], ["carried"], "van")
    assert not verbs.differ(["shipped"], ["carried"], "van")  # WordNet relates them: one act
    assert not verbs.differ(["served"], ["handled"], "port")  # no parent in common, no direction
