"""Normal forms of figures, dates and spellings (briefing.forms), on
sentences written for these tests."""

from briefing.forms import figures, spelling


def _values(text):
    return figures(text).values


def test_one_sum_of_money_printed_four_ways_is_one_value():
    ways = ("The footbridge will cost £18 million.", "The £18m footbridge", "a £18million footbridge", "a footbridge costing 18 million pounds")
    assert {frozenset(figures(w).quantities) for w in ways} == {frozenset({"18000000 £"})}
    # A thousand times more is another sum, though both print "18".
    assert _values("The footbridge will cost £18bn.") != _values("The footbridge will cost £18m.")


def test_numbers_in_words_shares_and_lengths_are_figures():
    assert figures("Sixty-four per cent of tenants voted yes.").quantities == figures("64% of tenants voted yes.").quantities == {"64 %"}
    assert _values("forty five ferries") == _values("45 ferries") == {"45"}
    assert _values("three hundred lamps") == {"300"}
    assert _values("a 2.4km cycle lane") == _values("a 2,400-metre cycle lane") == _values("a 2,400 meters cycle lane") == {"2400"}
    # A span of time in hours: one stoppage printed two ways, and not a third.
    assert figures("a stoppage of three days").quantities == figures("a 72-hour stoppage").quantities == {"72 h"}
    assert figures("a stoppage of three weeks").quantities == {"504 h"}
    # "m" after a bare figure of a thousand or more is metres, before it millions.
    assert _values("a 1,500m sea wall") == {"1500"} and _values("3m visitors") == {"3000000"}
    # "One" alone is as often a pronoun.
    assert _values("No one came to the meeting.") == set()


def test_a_quantity_counts_the_noun_after_it_but_not_a_name_or_a_year():
    assert figures("The mill will hire 350 new staff.").quantities == {"350 new", "350 staff"}
    assert figures("Voters backed Proposition 12 in 2019 and moved on.").quantities == set()


def test_a_day_of_a_month_is_one_date_however_printed():
    ways = ("on 9 July", "from July 9", "by Jul. 9", "on 9 July 2032")
    assert {figures(w).dates for w in ways} == {frozenset({"07-09"})}
    assert figures("we may 9 times").dates == frozenset()


def test_british_spellings_fold_to_american_and_other_words_stay():
    assert [spelling(w) for w in ("labour", "neighbours", "colourful", "metres", "centre", "fibres", "paediatric", "ferries")] == [
        "labor", "neighbors", "colorful", "meters", "center", "fibers", "pediatric", "ferry",
    ]
    assert [spelling(w) for w in ("hour", "flour", "tournament", "genre", "theory", "aerial")] == ["hour", "flour", "tournament", "genre", "theory", "aerial"]
