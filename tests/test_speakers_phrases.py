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


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # the person a question is put to answers it: a "he" or "she" after it is them, never the askers
        (("Ivo Dan spoke first.", "Many reporters came.", "Reporters asked Tova Brenner about the levy.", '"We will not raise it," he said.'), "Tova Brenner"),
        (("Ivo Dan spoke first.", "Reporters pressed Mayor Tova Brenner on the levy. He said it would not rise."), "Tova Brenner"),
        (("Ivo Dan spoke first.", "A crowd at the dock questioned Tova Brenner about the levy.", '"It will not rise," he said.'), "Tova Brenner"),
        # near cases: a person met, or a person's view doubted, is no one asked, nor one of two asked; nor a pronoun that may mean the asker named in full
        (("Ivo Dan met Tova Brenner about the levy on Tuesday.", '"It will not rise," he said.'), "Ivo Dan"),
        (("Ivo Dan questioned Tova Brenner's figures on Tuesday.", '"It will not rise," he said.'), "Ivo Dan"),
        (("Ivo Dan spoke first.", "Many reporters came.", "Reporters asked Ada Roe and Tova Brenner about the levy.", '"It will not rise," he said.'), "Ivo Dan"),
        (("Mr. Ivo Dan spoke.", "Ms. Ada Roe spoke.", "Ivo Dan asked Ada Roe about the levy.", '"It will not rise," he said.'), "Ivo Dan"),
        # a surname that is also a noun of people ("baker", "sellers") names an asker too
        (("Ivo Dan spoke first.", "Ms. Sellers asked Tova Brenner about the levy.", '"It will not rise," she said.'), "Sellers"),
        (("Ivo Dan spoke first.", "Baker asked Tova Brenner about the levy.", '"It will not rise," he said.'), "Baker"),
    ],
)
def test_the_person_asked_answers(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker
