"""Short wordings near but for one word that stay two facts (issue 10,
paraphrased facts): another action, another thing put at one place,
another time, a denial, an opposite, or other people ("Pupils face a long
walk" / "... awaits teachers"). A rule that joined wordings near but for
one word was tried in session 19 and taken out: it could not tell other
words for the same people from other people. All sentences are made up."""

import pytest

from briefing.fact_profile import profile
from briefing.paraphrase import one_fact

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
    # other people before and after the words in common
    ("Pupils face a long walk to the new school.", "A long walk to the new school awaits teachers."),
    ("Tenants face a long wait for damp repairs.", "A long wait for damp repairs angers landlords."),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_another_act_thing_time_place_or_a_denial_stays_apart(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
