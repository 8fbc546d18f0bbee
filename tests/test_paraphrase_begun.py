"""A verb of beginning before a noun of an action (issue 10, paraphrased
facts): "launched an investigation", "opened an inquiry" tell the action,
begun, as "is investigating" does (``grammar.inceptive_verbs``); such a
short wording, held whole by a longer one, meets it in the index
(``fact_index._held``); a verb of ending before one tells the action
ended (``direction.ended``). Another action, its end, a denial or another
body stay apart. All sentences are made up."""

import pytest

from briefing import direction
from briefing.fact_index import candidates
from briefing.fact_profile import profile, stems, views
from briefing.nearness import SYNONYM
from briefing.paraphrase import one_fact

ONE_FACT = [
    ("The Tarn Rail Authority has launched an investigation.", "The Tarn Rail Authority, the regulator, is investigating."),
    ("The Orvel Harbour Trust has opened an inquiry.", "The Orvel Harbour Trust, the port's owner, is inquiring."),
    ("The Kelso Water Board started an inspection.", "The Kelso Water Board, the regulator, is inspecting."),
]

TWO_FACTS = [
    ("The Tarn Rail Authority has launched an investigation.", "The Tarn Rail Authority has closed its investigation."),
    ("The Tarn Rail Authority has launched an investigation.", "The Tarn Rail Authority has dropped its investigation."),
    ("The Tarn Rail Authority has launched an investigation.", "The Tarn Rail Authority has not launched an investigation."),
    ("The Tarn Rail Authority is investigating.", "The Tarn Rail Authority has completed its investigation."),
    ("The Kell Ports Board has launched an investigation.", "The Tarn Rail Authority has launched an investigation."),
    ("The Tarn Rail Authority has launched a review.", "The Tarn Rail Authority, the regulator, is investigating."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_an_action_begun_is_the_action(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_another_action_its_end_or_its_denial_is_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))


def test_a_short_wording_held_whole_meets_the_longer_in_the_index():
    short, long = ONE_FACT[0]
    assert candidates([stems(short), stems(long)], ["S1", "S2"]) == [(0, 1)]
    # fewer than four stems of its own: too short to be held
    assert candidates([stems("The Tarn Authority is investigating."), stems(long)], ["S1", "S2"]) == []


def test_a_verb_of_beginning_leaves_no_stem_in_the_index():
    # neither as printed nor as the verb it is a form of ("launch"): its
    # stems are those of the action going on
    def own(text):
        return [s for s in views(text)[0] if s[0] != SYNONYM]

    assert own("The Quenby Water Board has launched an investigation.") == own("The Quenby Water Board is investigating.")


# A verb of ending before a noun of an action or a verb in "-ing" tells the
# action ended (``direction.ended``): not the action going on or begun.
ENDED = [
    ("Detectives are investigating the blaze at the Quenby sawmill.", "Detectives have ended their investigation into the blaze at the Quenby sawmill."),
    ("Coastguards began a search for the missing kayaker off Ardley.", "Coastguards stopped searching for the missing kayaker off Ardley."),
    ("The Orvel Harbour Trust is inspecting the pier at Ardley.", "The Orvel Harbour Trust has completed its inspection of the pier at Ardley."),
    ("Bus drivers at the Kelby depot are striking over pay.", "Bus drivers at the Kelby depot have ended their strike over pay."),
    # a phrasal verb of ending, its particle before or after the action
    ("Police in Dunmore began a search for the missing climber on Tuesday.", "Police in Dunmore called off the search for the missing climber on Tuesday."),
    ("Coastguards at Pellow Bay began the search on Tuesday after a dinghy capsized.", "Coastguards at Pellow Bay called the search off on Tuesday after a dinghy capsized."),
    ("The Brenmoor board is holding talks with the union over the pay offer.", "The Brenmoor board broke off its talks with the union over the pay offer."),
]

# A verb of ending that ends no action named after it: how a thing came to
# rest, as either wording tells it.
NOT_ENDED = [
    ("The Kelby tram stopped at 6pm on Sunday, leaving 30 riders stuck.", "The Kelby tram came to a halt at 6pm on Sunday, leaving 30 riders stuck."),
]


@pytest.mark.parametrize(("a", "b"), ENDED)
def test_an_action_ended_is_not_the_action(a, b, monkeypatch):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
    monkeypatch.setattr(direction, "ended", lambda *_: False)
    assert one_fact(profile(a), profile(b))


@pytest.mark.parametrize(("a", "b"), NOT_ENDED)
def test_a_verb_of_ending_alone_ends_no_action(a, b):
    assert one_fact(profile(a), profile(b))
