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
        ("Mira Tesslow declined to comment.", ("name", "Mira Tesslow")),
        ("Mira Tesslow has declined to comment Friday on the blasting schedule.", ("name", "Mira Tesslow")),
        # ... and a listed verb of saying after it
        ("Mira Tesslow refused to say when blasting would resume.", ("name", "Mira Tesslow")),
        ("The quarry trust has declined to respond to questions about the dust.", ("body", "quarry trust")),
        # "deny" of a claim, with what is denied and to whom it was said
        ("Mira Tesslow denied the rumours to the parish council.", ("name", "Mira Tesslow")),
        ("Mira Tesslow denied it to the parish council.", ("name", "Mira Tesslow")),
        ("Mira Tesslow denied links to the haulage firm.", ("name", "Mira Tesslow")),
        ("Mira Tesslow denied her part in the blasting.", ("name", "Mira Tesslow")),
        ("She denied them.", ("pronoun", "She")),
        ("Mira Tesslow is denying that the blasting cracked the chapel.", ("name", "Mira Tesslow")),
        # "protest" with what was said, or with an object
        ("Mira Tesslow protested that the dust limits were too loose.", ("name", "Mira Tesslow")),
        ("The hauliers were protesting the new weight limits.", ("described", "the hauliers")),
        # a noun of saying as the object of a verb of general meaning, with what was said after it
        ("Mira Tesslow made several comments about the blasting schedule.", ("name", "Mira Tesslow")),
        ("Mira Tesslow gave a short speech about the chapel roof.", ("name", "Mira Tesslow")),
        ("The quarry trust issued a statement expressing regret for the dust.", ("described", "the quarry trust")),
        ("Mira Tesslow delivered a blunt message: the lane would stay shut.", ("name", "Mira Tesslow")),
        # a participle of talking with its topic opens a clause of the subject, as one of saying does
        ("Mira Tesslow opened by talking about the chapel roof.", ("name", "Mira Tesslow")),
        ("Mira Tesslow was on the radio on Monday, talking about the chapel roof.", ("name", "Mira Tesslow")),
        ("Mira Tesslow toured the quarry before speaking at length about the dust.", ("name", "Mira Tesslow")),
    ],
)
def test_speech_that_stays_or_is_found(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plain form after "seems to" is a state of mind, not saying
        "Mira Tesslow seems to agree with the hauliers.",
        # a verb of refusing in its -ing form opens a participle clause, not a verb group of the words before it
        ('As the debate went on and Roe stood by her remark on Monday that "the lane is finished," refusing to acknowledge'
         " that not all hauliers disagree, Ray tried again to rebut her."),
        # a verb of refusing with no verb of saying after it
        "Mira Tesslow refused to pay the blasting fine.",
        "The quarry trust declined to renew the haulage contract.",
        # ... nor with one that also names an act: a refusal to act, not an answer
        "Police declined to charge the quarry foreman.",
        "Mira Tesslow declined to call the police.",
        "Mira Tesslow refused to warn the hauliers.",
        # "comment" after "to" of no carrying verb: a purpose, or a noun
        "The rule gives residents a week to comment.",
        # "deny" of withholding: whom a thing is kept from, or a bare noun and to whom
        "The quarry trust is denying access to the hauliers.",
        "The quarry gate staff denied them entry on Monday.",
        "The county court denied bail.",
        # "protest" of a demonstration: an adverbial after it, or nothing
        "The villagers were protesting outside the quarry gates.",
        "The villagers protested at the gates and went home.",
        "The villagers are protesting.",
        # a noun of saying with nothing said after it, a relative clause, a claim of money, a passive
        "Mira Tesslow gave a speech on Monday.",
        "Mira Tesslow gave a long speech that ran past midnight.",
        "Mira Tesslow made a claim on her insurance.",
        "Mira Tesslow was given a statement about the dust.",
        "Mira Tesslow made a donation about the size of the chapel fund.",
        "Mira Tesslow gave a speech about 20 minutes long.",
        # the plain form after another's object is not the subject's verb, nor is a verb after another's noun
        "Rafe Quillon heard Mira Tesslow make a speech about the chapel roof.",
        "The mayor's office gave a statement about the dust.",
        # a noun after a preposition is no object of the verb; a verb in a clause of its own
        "The blasting went on past midnight, giving rise to more questions about the permit.",
        "Mira Tesslow visited her uncle, who had given speeches criticizing the quarry.",
        # a colon that ends the sentence introduces a block quote: nothing said in the sentence itself
        "Mira Tesslow issued the following statement:",
        # an -ing form of the light verb: a clause of its own
        "The quarry trust has embarrassed everyone by making careless statements about the dust.",
        # a participle of talking with no topic
        "Mira Tesslow toured the quarry, speaking to the hauliers.",
        "Mira Tesslow left after talking to the hauliers for an hour.",
        # "speaking of which" links the discourse: it names no topic
        "Mira Tesslow was on the radio, speaking of which the quarry shut.",
    ],
)
def test_no_saying_in_the_same_shapes(text):
    assert speaker(text) is None
