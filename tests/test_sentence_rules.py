"""The forms of saying read from a sentence as a whole (briefing.sentence_rules)
that hang on no verb of saying ("as Roe put it", "Roe talks about"), on
sentences written for the test."""

import pytest
from conftest import speaker, speakers


@pytest.mark.parametrize(
    "text,expected",
    [
        # "as ... put it", before a comma or a quotation
        ('As Mila Strand put it, "the pier is a death trap."', ("name", "Mila Strand")),
        ("The pier, as Mila Strand put it, is a death trap.", ("name", "Mila Strand")),
        ('That is because, as she puts it, "the pier is a death trap."', ("pronoun", "she")),
        # "talks about", "talked about", "is talking about"
        ("Mila Strand talks about the winter she spent mending the pier.", ("name", "Mila Strand")),
        ("Strand talked about her years as the pier's keeper.", ("name", "Strand")),
        ("She is still talking about the pier, weeks after the storm.", ("pronoun", "She")),
        # "talks" after a pronoun, or a one-word name that is not the sentence's first word
        ("She talks about the winter she spent mending the pier.", ("pronoun", "She")),
        ("In the film, Strand talks about her years as the pier's keeper.", ("name", "Strand")),
        # a participle clause: a one-word label before a colon is no subject, the name after it is (and without the label)
        ("Corrected: Mila Strand toured the pier on Friday, saying it was safe.", ("name", "Mila Strand")),
        ("Mila Strand toured the pier on Friday, saying it was safe.", ("name", "Mila Strand")),
    ],
)
def test_forms_of_saying_without_a_verb_of_saying(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # talk yet to happen, a participle that describes a picture, "talks" that may be a noun
        "Mila Strand will talk about the pier on Friday.",
        "The film shows Mila Strand talking about the pier.",
        "Harbour talks about the pier stalled.",
        "The harbour talks about the pier stalled on Monday.",
        # "put" with another object
        "Mila Strand put the plans on the table.",
        # a noun of saying: the rest of the sentence is the outlet's ("was tested"), not the owner's words
        "Her claim that the pier was safe was tested in court.",
    ],
)
def test_no_speaker_where_no_one_is_reported(text):
    assert speaker(text) is None


def test_a_pronoun_that_puts_it_is_the_person_spoken_of():
    said = speakers("Mila Strand opened the pier in May.", 'As she put it, "the pier will outlive us all."')
    assert said == (None, "Mila Strand")
