"""One sum told in other words (issue 10, paraphrased facts): two short
wordings that share a sum and the words of what it is, one adding who
estimated it and the other how it is weighed, are one fact
(``paraphrase._summed``); one that names another thing, action or payer
for the sum, or puts one noun for another where the other prints it, is
another fact. All sentences are made up."""

import pytest
from conftest import two_outlets

ONE_FACT = [
    ("The port board estimated that the dredging would cost £3.4 million.", "The dredging will cost a hefty £3.4m."),
    ("Resurfacing will cost a hefty £2.7m.", "Resurfacing is estimated to cost 2.7 million pounds."),
    ("The trust said the move would cost it about £900,000.", "The move will cost a staggering £900,000."),
]

TWO_FACTS = [
    # another thing, or another action, the sum is for
    ("The council will spend £2m on roads.", "The council will spend £2m on schools."),
    ("The council agreed a loan of £5m.", "The council agreed a grant of £5m."),
    ("Dredging will cost a hefty £3.4m.", "Piling will cost a hefty £3.4m."),
    ("The port board estimated that the dredging would cost £3.4 million.", "The port board estimated that the new crane would cost £3.4 million."),
    ("The resurfacing will cost £2.7m in materials.", "The resurfacing will cost a hefty £2.7m."),
    # who pays, gets or fines: one each
    ("Tenants will pay a fee of £45 a month.", "Landlords will pay a fee of £45 a month."),
    ("The club was fined £20,000 by the league.", "The club was fined £20,000 by the court."),
    ("Fans raised £8,000 for the keeper's family.", "Fans raised £8,000 for the striker's family."),
    ("The move will cost farmers about £900,000.", "The move will cost the fishermen about £900,000."),
    ("The repairs will cost a hefty £3.4m.", "The insurers will pay a hefty £3.4m."),
    # one noun put for another where who is fined or paid sits, whether
    # the nouns name a group, a firm or a person, or no list knows them
    ("The league fined the team £15,000.", "The league fined the winger £15,000."),
    ("The bank paid the firm £4,000.", "The bank paid the welder £4,000."),
    ("The regulator fined the franchise £80,000.", "The regulator fined the contractor £80,000."),
    # and told the other way round: a person WordNet's tagged corpus never saw
    # is who too, one or many
    ("The team was fined £15,000 by the league.", "The league fined the winger £15,000."),
    ("The firm was paid £4,000 by the bank.", "The bank paid the welder £4,000."),
    ("The firm was paid £4,000 by the bank.", "The bank paid the welders £4,000."),
    ("The club was paid £9,000 by the council.", "The council paid the groundsmen £9,000."),
    # another sum, or the other way
    ("The dredging will cost a hefty £3.4m.", "The dredging will cost a hefty £4.3m."),
    ("The firm made a profit of £3m.", "The firm made a loss of £3m."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_sum_with_who_estimated_it_is_one_fact(a, b):
    assert len(two_outlets(a, b)) == 1


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_one_sum_of_another_thing_or_payer_is_two_facts(a, b):
    assert len(two_outlets(a, b)) == 2
