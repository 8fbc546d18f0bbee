"""Phrases between a speaker and the verb of saying that name no speaker:
a town's state after its comma, the phrase that says which role. Each on
sentences written for the test."""

import pytest
from conftest import speakers


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        # a USPS code after a town is the town's state, as an AP abbreviation is: the phrase is an aside
        ("The mayor of Selwick, DC, said the bridge would close.", "the mayor"),
        ("Ana Roe of Selwick, DC, said the bridge would close.", "Ana Roe"),
        ("The trust, a charity in Selwick, DC, said the bridge would close.", "the trust"),
        ("Its chairman, a farmer from Selwick, DC, said the bridge would close.", "its chairman"),
        ("The mayor, who lives in Selwick, DC, said the bridge would close.", "the mayor"),
        # the same with an AP abbreviation or a state spelled out (they were asides already)
        ("Ana Roe of Selwick, Ore., said the bridge would close.", "Ana Roe"),
        ("The trust, a charity in Selwick, Oregon, said the bridge would close.", "the trust"),
    ],
)
def test_a_towns_state_in_any_form_is_an_aside(sentence, speaker):
    assert speakers(sentence) == (speaker,)


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        # after a verb, "who" set off after a role and its phrase speaks of the role's holder ...
        ("Ivo Pask met the treasurer of a campaign, who said the bridge would close.", "the treasurer of a campaign"),
        # near case: set off after a name, the role is that person's apposition, and "who" leaves the name speaking
        ("Jo Roe, the treasurer of a campaign, who opposed the plan, said the bridge would close.", "Jo Roe"),
        # ... and "which" of the body the phrase names
        ("Ivo Pask met the treasurer of a campaign, which said the bridge would close.", "the campaign"),
        # opening its clause, the role speaks whatever follows
        ("The treasurer of a campaign, which was founded in May, said the bridge would close.", "the treasurer of a campaign"),
    ],
)
def test_a_relative_pronoun_after_a_role_and_its_phrase_says_which_speaks(sentence, speaker):
    assert speakers(sentence) == (speaker,)

