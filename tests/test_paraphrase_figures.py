"""One figure told in other words (issue 10, paraphrased facts): a length
in miles or kilometres, a weight in tonnes, "t" or metric tons is one
value (``forms``), and two short wordings that share a count of a thing
join on that count with its act, or on two counts of things, when nothing
else in them differs (``paraphrase._told``), or on two values and who
they are of; a bound before a figure is the side it bounds ("at least" /
"a minimum of"), and opposite sides are two facts. All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import fact_profile, paraphrase
from briefing.forms import figures


def test_a_length_in_miles_is_one_value_however_printed():
    found = figures("Buses take a 14-mile detour").quantities
    assert found == figures("a detour of 14 miles").quantities == figures("a fourteen-mile detour").quantities
    assert found != figures("a 14km detour").quantities
    assert found != figures("a 19-mile detour").quantities
    # miles are read with the figure, no word of what happened
    assert figures("a 14-mile detour").quantities == {"22530.8 m"}


def test_a_weight_in_tonnes_is_one_value_however_printed():
    found = figures("about 2,400 tonnes of scrap copper").quantities
    assert found == figures("about 2,400t of scrap copper").quantities == figures("some 2,400 metric tons of copper").quantities
    assert found == figures("2.4 million kg").quantities
    assert figures("two thousand tonnes").quantities == figures("2,000 tonnes").quantities
    # a ton alone is a short or a long ton, no tonne
    assert figures("about 2,400 tons of scrap copper").quantities != found
    # "t" after a currency sign is no weight
    assert figures("a £4t hole").quantities == {"4 £"}


def test_a_scale_abbreviated_after_a_number_is_the_scale_word():
    # "£6.5m" is "£6.5 million" word for word, and "2bn" "2 billion"
    assert fact_profile.profile("Dredging the harbour will cost £8.2m.").stems == fact_profile.profile("Dredging the harbour will cost £8.2 million.").stems
    assert fact_profile.profile("Its debts reached £2bn.").stems == fact_profile.profile("Its debts reached £2 billion.").stems
    # "m" after 1,000 or more is metres, no scale; alone it is no word
    assert "milli" not in fact_profile.profile("The new 1,500m runway opens in June.").stems
    assert "milli" not in fact_profile.profile("The m was painted on the gate.").stems
    # after a sum of 1,000 or more it is a scale: the sign says so
    assert fact_profile.profile("The Ketterby dam will cost £3,200m to rebuild.").stems == fact_profile.profile("The Ketterby dam will cost £3,200 million to rebuild.").stems
    assert fact_profile.profile("Ports lost $1,250m in fees.").stems == fact_profile.profile("Ports lost $1,250 million in fees.").stems
    # a bound before a sum is read as before a bare figure
    assert fact_profile.profile("Repairs will cost more than £4m.").stems == fact_profile.profile("Repairs will cost at least £4m.").stems
    assert "more" not in fact_profile.profile("Repairs will cost more than £4m.").stems


ONE_FACT = [
    # a scale abbreviated or spelled out
    ("The harbour handled 7.3 million containers last year.", "Ostley harbour handled 7.3m containers in 2025."),

    # one length in other units and words order
    ("Lorries face a 14-mile detour via Arlow and Pennick.", "A detour of 14 miles via Arlow and Pennick is in place for lorries."),
    ("Lorries face a fourteen-mile detour via Arlow and Pennick.", "A detour of 14 miles via Arlow and Pennick is in place for lorries."),
    # one weight in tonnes and metric tons
    ("The depot stored about 2,400 tonnes of scrap copper.", "The depot stored about 2,400 metric tons of scrap copper."),
    # a count of a thing and the act on it; a day or a place one adds is a detail
    ("About 250 flats near the quarry were evacuated.", "Around 250 flats in Ostley were evacuated on Friday evening."),
    ("Twelve porters at the quarry were injured.", "Twelve porters were injured on Friday."),
    # one bound in other words ("a minimum of" is "at least", "over" "more than")
    ("The harbour firm expects the berth closure to last a minimum of a fortnight.", "The harbour firm says the berth closure will probably last at least two weeks."),
    ("More than 400 homes near the quarry lost power.", "Over 400 homes near the quarry lost power."),
    # two values and who they are of, though one opens its sentence with it
    ("The fare for cyclists will rise from £4 to £7.", "Cyclists will be charged £7, up from £4."),
    # two counts of things in common
    ("About 40 paramedics and 15 ambulances were sent to the crash.", "Fifteen ambulances and 40 paramedics attended."),
]

TWO_FACTS = [
    ("The harbour handled 7.3 million containers last year.", "Ostley harbour handled 7.3bn containers in 2025."),
    # another length, another weight, a ton for a tonne
    ("Lorries face a 14-mile detour via Arlow and Pennick.", "A detour of 19 miles via Arlow and Pennick is in place for lorries."),
    ("The depot stored about 2,400 tonnes of scrap copper.", "The depot stored about 2,400 tons of scrap copper."),
    # one count, another act
    ("About 250 flats near the quarry were evacuated.", "About 250 flats near the quarry were demolished."),
    # one count, its act, but another place
    ("About 250 flats in Ostley were evacuated.", "About 250 flats in Brandle were evacuated."),
    # one count and its act, but one denied
    ("About 250 flats near the quarry were evacuated.", "About 250 flats near the quarry were not evacuated."),
    # a small count is no tally: two of anything happen often (twelve
    # would join, ``ONE_FACT``)
    ("Two porters at the quarry were injured.", "Two porters were injured on Friday."),
    # two values, but only the act in common: it may be done to others
    ("Cyclists will be charged £7, up from £4.", "Pensioners will be charged £7, up from £4."),
    ("The fare for cyclists will rise from £4 to £7.", "Cyclists will be charged £7, up from £5."),
    # the act one prints as a noun and the other as a verb is still only the act
    ("The charge for cyclists will rise from £4 to £7.", "Pensioners will be charged £7, up from £4."),
    # a lower bound against an upper bound on one figure, or another figure
    ("The harbour firm expects the berth closure to last a minimum of a fortnight.", "The harbour firm says the berth closure will probably last at most two weeks."),
    ("More than 400 homes near the quarry lost power.", "Fewer than 400 homes near the quarry lost power."),
    ("The harbour firm expects the berth closure to last a minimum of a fortnight.", "The harbour firm says the berth closure will probably last at least three weeks."),
    # one of two counts differs
    ("About 40 paramedics and 15 ambulances were sent to the crash.", "Twelve ambulances and 40 paramedics attended."),
]


@pytest.mark.parametrize(("a", "b", "blocks"), [(a, b, 1) for a, b in ONE_FACT] + [(a, b, 2) for a, b in TWO_FACTS])
def test_one_figure_in_other_words_is_one_fact_and_another_figure_or_act_another(a, b, blocks):
    assert len(two_outlets(a, b)) == blocks


def test_a_word_that_opens_one_sentence_is_a_word_in_common_but_a_title_is_not():
    vans = fact_profile.profile("The toll for vans will rise from £4 to £7.")
    assert paraphrase.one_fact(vans, fact_profile.profile("Vans will be charged £7, up from £4."))
    # "leader" of "the party's leader" is printed as a title before a name
    # in the other: who, not what happened
    leader = fact_profile.profile("Senator Ann Roe of Kent, the party's leader, is a longtime backer of farm subsidies.")
    assert not paraphrase.one_fact(leader, fact_profile.profile('Kent Party Leader Ann Roe said "every option should stay open."'))


def test_a_bound_before_a_figure_is_read_as_its_side():
    # "at least" and "a minimum of" are one lower bound, no words of what happened
    least = fact_profile.profile("The harbour firm says the berth closure will last at least two weeks.")
    minimum = fact_profile.profile("The harbour firm says the berth closure will last a minimum of two weeks.")
    assert least.stems == minimum.stems
    # not before a word that is no figure
    assert "least" in fact_profile.profile("At least the berth closure is over.").stems
    # a number in words, hyphenated or not
    assert fact_profile.profile("Up to twenty-two berths will close.").stems == fact_profile.profile("Up to 22 berths will close.").stems


def test_an_ordinal_is_one_rank_in_figures_or_words():
    # a rank however printed, and no count ("3rd" counts nothing)
    assert figures("walked out for the 3rd time").values == figures("walked out for the third time").values == {"third"}
    assert figures("walked out for the 3rd time").quantities == frozenset()
    assert fact_profile.profile("Crews walked out for the 3rd time.").stems == fact_profile.profile("Crews walked out for the third time.").stems
    assert figures("the 112th parade").values == figures("the 112th parade in Ostley").values == {"112th"}
    # a day of a month in an ordinal is the day however printed
    assert figures("from 3rd May").dates == figures("from May 3").dates == figures("from May 3rd").dates == {"05-03"}
    assert len(two_outlets("The toll on the Harnby bridge goes up on 3rd May.", "The Harnby bridge toll will go up on May 3.")) == 1


def test_two_ranks_are_two_figures():
    a = fact_profile.profile("Dock workers at Harnby walked out for the third time this year on Monday.")
    b = fact_profile.profile("Dock workers at Harnby walked out for the 4th time this year on Monday.")
    assert paraphrase.conflict(a, b) == "figures"
    assert len(two_outlets("Harnby council backed a second runway on Monday.", "Harnby council backed a third runway on Monday.")) == 2


def test_a_time_of_day_no_clock_shows_is_no_figure():
    assert figures("Updated 9x15 p.m. on Tuesday").values == {"9"}
    assert figures("the vote at 25:40 on Tuesday").values == frozenset()
    assert figures("the vote at 21:40 on Tuesday").values == {"21:40"}


# A time of day one wording prints and a count the other prints are two
# details, each left out by the other; two times of day, or a time of day
# and a bare number or a span of time, may be one detail changed.
CLOCK_AND_COUNT = [
    ("The Harlowe footbridge was shut at 7am on Tuesday after a lorry hit it.", "The Harlowe footbridge, used by 3,000 people a day, was shut on Tuesday after a lorry hit it."),
]

CLOCK_CHANGED = [
    ("The Harlowe footbridge was closed at 7am on Tuesday after a lorry struck it.", "The Harlowe footbridge was closed at 9am on Tuesday after a lorry struck it."),
    ("The Harlowe footbridge was closed at 7am on Tuesday after a lorry struck it.", "The Harlowe footbridge was closed at 9 on Tuesday after a lorry struck it."),
    ("Ferries to Skelholm will resume at 6am after the storm, the operator said.", "Ferries to Skelholm will resume in 6 hours after the storm, the operator said."),
]


@pytest.mark.parametrize(("a", "b"), CLOCK_AND_COUNT)
def test_a_time_of_day_and_a_count_are_two_details(a, b):
    assert paraphrase.one_fact(fact_profile.profile(a), fact_profile.profile(b))
    assert paraphrase.one_fact(fact_profile.profile(b), fact_profile.profile(a))


@pytest.mark.parametrize(("a", "b"), CLOCK_CHANGED)
def test_a_time_of_day_changed_is_a_figure_changed(a, b):
    assert not paraphrase.one_fact(fact_profile.profile(a), fact_profile.profile(b))
    assert paraphrase.conflict(fact_profile.profile(a), fact_profile.profile(b)) == "figures"
