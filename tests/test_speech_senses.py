"""Reported speech that hangs on a verb of refusing ("declined to comment",
"refused to say"), on a verb of general meaning with a noun of saying
("made comments about", briefing.sentence_rules.eventive_saying) or on a
participle of talking with its topic ("opened by talking about"), and the
senses of "deny" and "protest" that are no saying
(briefing.saying_verbs.other_sense), on sentences written for these tests;
with sentences of the same shape that must keep their reading."""

import pytest
from conftest import speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal to comment is the subject's answer on record: a plain form after "to" of a verb of refusing
        ("The quarry trust declined to comment on the blasting schedule.", ("body", "quarry trust")),
        ("Mira Okonjo declined to comment.", ("name", "Mira Okonjo")),
        ("Mira Okonjo has declined to comment Friday on the blasting schedule.", ("name", "Mira Okonjo")),
        # ... and a listed verb of saying after it
        ("Mira Okonjo refused to say when blasting would resume.", ("name", "Mira Okonjo")),
        ("The quarry trust has declined to respond to questions about the dust.", ("body", "quarry trust")),
        # "deny" of a claim, with what is denied and to whom it was said
        ("Mira Okonjo denied the rumours to the parish council.", ("name", "Mira Okonjo")),
        ("Mira Okonjo denied it to the parish council.", ("name", "Mira Okonjo")),
        ("Mira Okonjo is denying that the blasting cracked the chapel.", ("name", "Mira Okonjo")),
        # "protest" with what was said, or with an object
        ("Mira Okonjo protested that the dust limits were too loose.", ("name", "Mira Okonjo")),
        ("The hauliers were protesting the new weight limits.", ("described", "the hauliers")),
        # a noun of saying as the object of a verb of general meaning, with what was said after it
        ("Mira Okonjo made several comments about the blasting schedule.", ("name", "Mira Okonjo")),
        ("Mira Okonjo gave a short speech about the chapel roof.", ("name", "Mira Okonjo")),
        ("The quarry trust issued a statement expressing regret for the dust.", ("described", "the quarry trust")),
        ("Mira Okonjo delivered a blunt message: the lane would stay shut.", ("name", "Mira Okonjo")),
        # a participle of talking with its topic opens a clause of the subject, as one of saying does
        ("Mira Okonjo opened by talking about the chapel roof.", ("name", "Mira Okonjo")),
        ("Mira Okonjo was on the radio on Monday, talking about the chapel roof.", ("name", "Mira Okonjo")),
        ("Mira Okonjo toured the quarry before speaking at length about the dust.", ("name", "Mira Okonjo")),
    ],
)
def test_speech_that_stays_or_is_found(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plain form after "seems to" is a state of mind, not saying
        "Mira Okonjo seems to agree with the hauliers.",
        # a verb of refusing in its -ing form opens a participle clause, not a verb group of the words before it
        ('As the debate went on and Roe stood by her remark on Monday that "the lane is finished," refusing to acknowledge'
         " that not all hauliers disagree, Ray tried again to rebut her."),
        # a verb of refusing with no verb of saying after it
        "Mira Okonjo refused to pay the blasting fine.",
        "The quarry trust declined to renew the haulage contract.",
        # "comment" after "to" of no carrying verb: a purpose, or a noun
        "The rule gives residents a week to comment.",
        # "deny" of withholding: whom a thing is kept from, or a bare noun and to whom
        "The quarry trust is denying access to the hauliers.",
        "The quarry gate staff denied them entry on Monday.",
        # "protest" of a demonstration: an adverbial after it, or nothing
        "The villagers were protesting outside the quarry gates.",
        "The villagers protested at the gates and went home.",
        "The villagers are protesting.",
        # a noun of saying with nothing said after it, a relative clause, a claim of money, a passive
        "Mira Okonjo gave a speech on Monday.",
        "Mira Okonjo gave a long speech that ran past midnight.",
        "Mira Okonjo made a claim on her insurance.",
        "Mira Okonjo was given a statement about the dust.",
        "Mira Okonjo made a donation about the size of the chapel fund.",
        # a noun after a preposition is no object of the verb; a verb in a clause of its own
        "The blasting went on past midnight, giving rise to more questions about the permit.",
        "Mira Okonjo visited her uncle, who had given speeches criticizing the quarry.",
        # a colon that ends the sentence introduces a block quote: nothing said in the sentence itself
        "Mira Okonjo issued the following statement:",
        # an -ing form of the light verb: a clause of its own
        "The quarry trust has embarrassed everyone by making careless statements about the dust.",
        # a participle of talking with no topic
        "Mira Okonjo toured the quarry, speaking to the hauliers.",
        "Mira Okonjo left after talking to the hauliers for an hour.",
    ],
)
def test_no_saying_in_the_same_shapes(text):
    assert speaker(text) is None
