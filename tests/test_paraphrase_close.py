"""Two short wordings near but for one word (issue 10, paraphrased facts):
four words of what happened in common (printed lower-case by both, not
words of when: "next spring"), each wording adding its own, no figure, no
verb of its own in each, half their stems in common, are one fact
(``paraphrase._close``, ``nearness._close``), and the index offers them
(``fact_index``). Another action, another thing put at one place, another
time, a denial or an opposite stay apart. All sentences are made up."""

import pytest

from briefing.fact_index import fact_pairs
from briefing.fact_profile import profile, views
from briefing.nearness import _close
from briefing.paraphrase import _close as close
from briefing.paraphrase import aligned, one_fact

ONE_FACT = [
    ("Lorry drivers face a long detour around the tidal estuary.", "A long detour around the tidal estuary awaits hauliers."),
    ("Coach passengers face a long wait at the border crossing.", "A long wait at the border crossing awaits travellers."),
]

TWO_FACTS = [
    # another action opens each
    ("Dredging is set to start early next autumn.", "Piling is set to start early next autumn."),
    # another thing put right before a word both print
    ("Bus fares will rise again next spring.", "Train fares will go up again next spring."),
    # a verb of opposite direction
    ("Dredging is set to start early next autumn.", "Work on the channel is due to end early next autumn."),
    # the planned and the past
    ("Dredging is set to start early next autumn.", "Dredging was started early last autumn."),
    # a claim and its denial
    ("Dredging is set to start early next autumn.", "The port denied that dredging would start early next autumn."),
    # another place
    ("Building work on the Harl bypass is set to start next spring.", "Work on the Tenby bypass is scheduled to begin next spring."),
    # words of when are not what happened: "next week" / "next month"
    ("Crews will repaint the old footbridge next week.", "Painters will repaint the old footbridge next month."),
    ("Dredging is set to start early next autumn.", "Work on the channel is due to begin early next autumn."),
    # a verb of its own in each: two acts on one thing
    ("Crews will clear the old towpath next week.", "Workers will close the old towpath next week."),
    ("Crews will clear the old canal towpath near the lock.", "Workers will close the old canal towpath near the lock."),
    # another thing put right before a word both print, no verb of its own in either
    ("Farmers face a steep rise in feed bills.", "Growers face a steep rise in fuel bills."),
    # words in common that are only a name and who: no four words of what happened
    ("Residents of Harl Green Park were given blankets.", "Many residents spent a night at Harl Green Park."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_two_wordings_near_but_for_one_word_are_one_fact(a, b):
    pa, pb = profile(a), profile(b)
    assert one_fact(pa, pb) and one_fact(pb, pa)
    assert close(pa, aligned(pb, pa))
    assert fact_pairs([views(a), views(b)], [1, 2]) == [(0, 1)]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_another_act_thing_time_place_or_a_denial_stays_apart(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))


def test_a_figure_holds_a_short_pair_only_by_its_own_rule():
    # four words in common, each adding its own, and a count in one: the
    # count's stricter rule decides (``_anchored``), not ``_close``
    a = profile("Crews will repaint the old iron viaduct with 40 litres of paint.")
    b = profile("The old iron viaduct will be repainted by council crews.")
    assert not _close(a.stems, b.stems, a.plain & b.plain, a.sequence, b.sequence)


def test_a_wording_held_whole_is_left_to_held():
    # every stem of the shorter is in the longer: ``paraphrase._held`` decides
    a = profile("The old quay will reopen early next spring.")
    b = profile("The old quay and its cafe will reopen early next spring.")
    assert not _close(a.stems, b.stems, a.plain & b.plain, a.sequence, b.sequence)
