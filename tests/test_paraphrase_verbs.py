"""Verbs of one meaning (issue 10 item 3): a verb one outlet puts for
another's is the same word when one of the three commonest senses of one
is one of the other's, or the parent of the other's commonest (WordNet
3.0, ``verbs.alike``), and neither is opposite to the other; only where
the place shows a verb. All sentences are made up."""

import pytest

from briefing import caches, paraphrase, verbs
from briefing.merge import consolidate
from briefing.model import Statement


def blocks_of(a, b):
    return consolidate([Statement("S1", "event", a, None, (0, 0, 0)), Statement("S2", "event", b, None, (0, 0, 0))], ["S1", "S2"])


ONE_FACT = [
    # "launch" is a way to "open" in its sense of beginning an action
    ("The Orvale harbour authority said it had opened an inquiry.", "The Orvale harbour authority has launched an inquiry."),
    ("Every flooded household in Brenlow will receive £50 from the fund.", "Every flooded household in Brenlow will get £50 from the fund."),
    ("The Tolby trust has cut bus fares for pensioners.", "The Tolby trust has reduced bus fares for pensioners."),
]

TWO_FACTS = [
    ("The Kelso board has approved the new depot.", "The Kelso board has rejected the new depot."),
    ("The Harwick mill has hired 40 staff.", "The Harwick mill has fired 40 staff."),
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
    assert len(blocks_of(a, b)) == 1


def test_verbs_of_one_meaning_are_what_joins_them(monkeypatch):
    # without the verbs' senses the inquiry pair is two blocks, too few words in common
    a, b = ONE_FACT[0]
    monkeypatch.setattr(verbs, "senses", lambda *_: (frozenset(), frozenset(), False))
    caches.clear()  # the senses are read once a word a build
    assert len(blocks_of(a, b)) == 2
    monkeypatch.undo()
    caches.clear()


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_verbs_of_other_meanings_are_two_facts(a, b):
    assert len(blocks_of(a, b)) == 2


def test_only_the_commonest_senses_relate_two_verbs():
    assert verbs.alike("opened", "launched") and verbs.alike("received", "got") and verbs.alike("cut", "reduced")
    assert not verbs.alike("passed", "died")  # "pass away" is a rare sense of "pass"
    assert not verbs.alike("hit", "killed") and not verbs.alike("asked", "told")
    assert not verbs.alike("opened", "closed")  # opposite


def test_a_word_is_read_as_a_verb_only_where_the_place_shows_it():
    assert verbs.senses("opened")[2] and not verbs.senses("open")[2]  # a past
    assert verbs.cue("will") and not verbs.cue("the")
    assert verbs.senses("plans")[0] and not verbs.senses("plans")[2]  # "the plans" shows no verb
    # the senses of a verb are read for "has opened" and "will open", not for "the open inquiry"
    def verb_senses(text):
        return {n for stem, n in paraphrase.profile(text).senses if stem.startswith("open") and n[0] in (paraphrase.VERB, paraphrase.PARENT)}

    assert verb_senses("The harbour authority has opened an inquiry.") == verb_senses("The harbour authority will open an inquiry.") != set()
    assert verb_senses("The harbour authority backed the open inquiry.") == set()
