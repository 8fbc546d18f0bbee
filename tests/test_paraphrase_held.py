"""A short wording held whole by a longer one (issue 10, paraphrased facts):
a sentence of four or more content words, every one of them in a longer
wording that tells one thing and adds no act to it, is that wording cut
(``paraphrase._held``). A longer one that adds an act, a belief, a second
month or another action, or a part the shorter one's thing owns, or says
the opposite, is another fact. All sentences are made up."""

import pytest

from briefing.fact_profile import profile
from briefing.paraphrase import one_fact

ONE_FACT = [
    # "due to" tells when, as "will" does: four words of content besides it
    ("Maintenance dredging is due to start in October.", "Maintenance dredging of the Tull channel is due to start in October, the port said."),
    ("The Orm ferry will resume in August.", "The Orm ferry, the only link to Penlow island, will resume in August."),
    ("Night trains to Ostrey will return in May.", "Night trains between Ostrey and Ardley will return in May, the rail company said."),
    # an owner the shorter one does not name owns the thing itself, not a part of it
    ("The Harl bypass will open in June.", "The county's Harl bypass will open in June, the council said."),
    # an owned word that says it, or a part of the month: who told it, and when
    ("The Quelby museum will shut in March.", "The Quelby museum will shut in March, the museum's director said."),
    ("The Harl bypass will open in June.", "The Harl bypass will open in June, the head of the bypass said."),
    ("The Quelby museum will shut in March.", "The Quelby museum will shut at the end of March."),
]

TWO_FACTS = [
    # another act on the thing, or only a belief that it will happen
    ("The Ostrey school will close in July.", "Staff at the Ostrey school will strike in July over plans to close it."),
    ("The Ostrey library will close in July.", "Campaigners fear the Ostrey library will close in July."),
    ("Dredging is due to start in October.", "Dredging was due to start in October but has been delayed."),
    ("Dredging is due to start in October.", "Dredging of the Tull channel, which the port board approved after a long inquiry, is due to start in October."),
    # the opposite, another month, or the second of two things
    ("The Ostrey library will close in July.", "The Ostrey library will not close in July."),
    ("The Ostrey library will close in July.", "The Ostrey library will close in June."),
    ("Piling is due to start in June.", "Dredging is due to start in October and piling is due to start in June."),
    ("The Orm ferry will resume in August.", "The Orm ferry will resume in August or September."),
    ("The Orm ferry will resume on Monday.", "The Orm ferry will resume on Monday or Tuesday."),
    # a long one that adds much more than it holds: parts of the thing, not the thing
    ("The Ostrey library will close in July.", "The Ostrey library's children's section, reading room, music archive, cafe and local history shelves will close in July."),
    # a part or a belonging of the thing, owned by a possessive or "of"
    ("The Quelby museum will shut in March.", "The Quelby museum's east wing will shut in March."),
    ("The Quelby museum will shut in March.", "The east wing of the Quelby museum will shut in March."),
    ("The Tarn leisure centre will reopen in May.", "The Tarn leisure centre's outdoor pool and gym will reopen in May."),
    ("The Harl bypass will open in June.", "The first section of the Harl bypass will open in June."),
    ("The Pellin galleries will shut in March.", "The Pellin galleries' upper floors will shut in March."),
    # too short to tell a fact by its words alone
    ("Tolls will rise.", "Tolls on the Skell bridge will rise for lorries, the board said."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_a_short_wording_held_whole_is_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_a_longer_wording_that_adds_an_act_is_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
