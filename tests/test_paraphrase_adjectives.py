"""Adjectives of opposite sense (issue 10 item 3, precision of paraphrased
facts): one wording prints an adjective where the other prints its
opposite (WordNet's antonyms, ``data/en/opposite_adjectives.txt``: "new" /
"old", "public" / "private"), the rest alike: two things, two facts
(``direction.opposite_adjectives``). An adjective one wording adds or drops is a
detail. All sentences are made up."""

import pytest

from briefing import direction
from briefing.fact_profile import profile
from briefing.paraphrase import one_fact

OPPOSITE = [
    ("The Tarrow council will build 40 new homes on the Orlin Road site.", "The Tarrow council will build 40 old homes on the Orlin Road site."),
    ("The Brackley trust will sell 12 public toilets along the seafront.", "The Brackley trust will sell 12 private toilets along the seafront."),
    ("Water levels in the Kessel reservoir were high on Monday, the Wendle board said.", "Water levels in the Kessel reservoir were low on Monday, the Wendle board said."),
]

ONE_FACT = [
    # an adjective added is a detail
    ("The Tarrow council will build 40 new homes on the Orlin Road site.", "The Tarrow council will build 40 homes on the Orlin Road site."),
    # an adjective printed alike by both
    ("The Tarrow council will build 40 new homes on the Orlin Road site.", "The Tarrow council is to build 40 new homes at the Orlin Road site."),
]


@pytest.mark.parametrize(("a", "b", "one"), [(a, b, False) for a, b in OPPOSITE] + [(a, b, True) for a, b in ONE_FACT])
def test_an_adjective_put_for_its_opposite_is_another_fact_one_added_a_detail(a, b, one, monkeypatch):
    assert one_fact(profile(a), profile(b)) is one
    assert one_fact(profile(b), profile(a)) is one
    # without the rule, every pair is one fact
    monkeypatch.setattr(direction, "opposite_adjectives", lambda *_, **__: False)
    assert one_fact(profile(a), profile(b))


def test_opposite_adjectives_are_read_on_whole_words_each_wording_adds():
    assert direction.opposite_adjectives("40 new homes", "40 old homes")
    # both sides printed by one wording ("new and old") oppose nothing
    assert not direction.opposite_adjectives("40 new and old homes", "40 homes")
    # a noun whose first letters are an adjective's is no adjective
    assert not direction.opposite_adjectives("the volunteers helped", "the staff involved helped")
