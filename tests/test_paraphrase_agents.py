"""A reaction and the event it reacts to, told by subjects that name
different agents, are two facts (``agents``); one agent named two ways is
one."""

import pytest
from conftest import two_outlets

from briefing import agents

# One outlet tells what a group thought of an act, the other the act.
REACTION_AND_EVENT = [
    ("Fishing crews welcomed the Dunmere council's decision to open talks on a new harbour wall.",
     "The town council of Dunmere voted 6-5 on Monday to open talks on a new harbour wall."),
    ("Shopkeepers criticised the council's plan to close the Elm Street car park in June.",
     "The council agreed a plan to close the Elm Street car park in June."),
    ("Parents condemned the trust's decision to shut the Corley nursery ward next spring.",
     "The health trust decided to shut the Corley nursery ward next spring."),
    ("Nurses praised the board's vote to fund a new night shuttle for the Halden hospital staff.",
     "The board voted to fund a new night shuttle for the Halden hospital staff."),
    ("Cyclists hailed the county's move to build a new bridge over the river Tamsin at Orrby.",
     "The county agreed to build a new bridge over the river Tamsin at Orrby."),
    ("Residents welcomed the ministry's promise to rebuild the flood wall at Pellam by winter.",
     "The ministry promised to rebuild the flood wall at Pellam by winter."),
    ("Farmers slammed the agency's ruling to cut water for the Ashby valley farms in August.",
     "The agency ruled to cut water for the Ashby valley farms in August."),
    ("Teachers welcomed the district's decision to hire forty new teachers for the Brenn schools.",
     "The district decided to hire forty new teachers for the Brenn schools."),
    ("Tenants condemned the landlord's decision to raise rents at the Kilby estate by a fifth.",
     "The landlord decided to raise rents at the Kilby estate by a fifth."),
    ("Anglers criticised the authority's decision to drain the Morwick reservoir this summer.",
     "The water authority decided to drain the Morwick reservoir this summer."),
]

# One agent named two ways: a member for the body, a body with or without
# its place, a kind for the thing, a name for the description.
ONE_AGENT = [
    ("The council voted on Monday to open talks on a new harbour wall at Dunmere.",
     "Councillors voted on Monday to open talks on a new harbour wall at Dunmere."),
    ("The Dunmere council voted on Monday to open talks on a new harbour wall.",
     "The town council voted on Monday to open talks on a new harbour wall."),
    ("The town council of Dunmere welcomed the plan to open talks on a new harbour wall.",
     "The Dunmere council welcomed the plan to open talks on a new harbour wall."),
    ("Senators voted on Tuesday to raise the Tamsin river toll for lorries.",
     "The senate voted on Tuesday to raise the Tamsin river toll for lorries."),
    ("The board approved a grant of 2.1 million pounds for the Orrby ferry route.",
     "Members agreed to a grant of 2.1 million pounds for the Orrby ferry route."),
    ("Police said a lorry hit the Kelby bridge on the ring road late on Friday night.",
     "A lorry hit the Kelby bridge on the ring road late on Friday night."),
]


@pytest.mark.parametrize(("a", "b"), REACTION_AND_EVENT)
def test_a_reaction_is_not_the_event_it_reacts_to(a, b):
    assert len(two_outlets(a, b)) == 2


@pytest.mark.parametrize(("a", "b"), ONE_AGENT)
def test_one_agent_named_two_ways_is_one_fact(a, b):
    blocks = two_outlets(a, b)
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_the_subject_is_read_only_where_the_main_clause_shows_it():
    assert agents.agent("Fishing crews welcomed the council's decision.") == ("crews", True)
    assert agents.agent("The town council of Dunmere voted to open talks.") == ("council", False)
    # a verb of saying with a clause, a passive, an opening clause, a name: none
    assert agents.agent("Police said the man was arrested at the quay.") is None
    assert agents.agent("The man was arrested at the quay on Friday.") is None
    assert agents.agent("After the vote, residents criticised the council.") is None
    assert agents.agent("Ann Roe welcomed the decision.") is None


def test_heads_differ_unless_one_stem_synonyms_or_a_kind():
    assert agents.differ(("crews", True), ("council", False))
    assert not agents.differ(("councillors", False), ("council", True))
    assert not agents.differ(("truck", True), ("vehicle", False))
    # neither clause a reaction: the rule does not apply
    assert not agents.differ(("crews", False), ("council", False))
