"""Reported speech carried by a participle or an -ing form (briefing.saying_verbs,
briefing.sentence_rules), on sentences written for the test: each rule with
the case it reads as saying and a near case that stays no saying."""

import pytest
from conftest import speaker

from briefing.model import Paragraph
from briefing.saying_verbs import after_be, been_done
from briefing.sentence_tokens import tokens
from briefing.sentences import split


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verb of aspect carries the -ing form of a verb of saying, as "be" does
        ("Then she began dismissing the idea that the quarry would reopen.", ("pronoun", "she")),
        ("Odile Varga kept insisting that the quarry would reopen.", ("name", "Odile Varga")),
        ("Odile Varga has lately started warning that the quarry could reopen.", ("name", "Odile Varga")),
        ("The mill kept running through the strike.", None),
        ("Odile Varga stopped saying the quarry would reopen.", None),
        # "as" before a verb of beginning tells a time: the main clause's speaker
        ("As Odile Varga started tweeting about the levy, her brother said the family was proud.", ("described", "her brother")),
        # a participle clause after "after", "before", "while" or "by", past an adverb
        ("Odile Varga, after initially saying she would not stand, entered the race.", ("name", "Odile Varga")),
        ("Odile Varga, after suddenly falling ill, left the race.", None),
        # not in a that-clause that is the sentence's subject: the sentence is said of the clause
        ("That the union wavered before finally confirming the fee was read as weakness.", None),
        ("That union wavered before finally confirming the fee.", ("definite", "That union")),
        # a described subject after an introductory phrase, then a participle of saying
        ("In March, a county judge sided with the quarrymen, saying the levy was unlawful.", ("described", "a county judge")),
        ("On Monday, several nurses walked out, saying they had not been paid.", ("described", "several nurses")),
        ("In March, flooding closed the lane, forcing drivers to detour.", None),
        ("During the hearing, a county judge sided with the quarrymen, saying the levy was unlawful.", ("described", "a county judge")),
        # "asking" reports saying with the question it puts
        ("Odile Varga followed up by asking whether the quarry would reopen.", ("name", "Odile Varga")),
        ("The chairwoman went round the table, asking each member if the levy should rise.", ("definite", "The chairwoman")),
        ("The landlord let the cottage, asking a high rent for it.", None),
    ],
)
def test_participles_of_saying(text, expected):
    assert speaker(text) == expected


def _tokens(text):
    return tokens(split([Paragraph("s", 0, text)])[0])


def test_the_operator_before_a_participle():
    """One walk back past adverbs and auxiliaries serves both the progressive and the passive."""
    toks = _tokens("Varga is still warning that the lane has already been closed, not reopening.")
    at = {t.low: k for k, t in enumerate(toks)}
    assert after_be(toks, at["warning"]) and not been_done(toks, at["warning"])
    assert been_done(toks, at["closed"])
    assert not been_done(toks, at["lane"]) and not after_be(toks, at["reopening"])


@pytest.mark.parametrize(
    "text,expected",
    [
        # "deny" of what is asked for refuses to grant it, past a determiner or a possessive
        ("The tribunal denied the appeal.", None),
        ("The magistrate denied the haulier's request for a hearing.", None),
        ("The magistrate denied her appeal.", None),
        ("Odile Varga denied that bail had been set.", ("name", "Odile Varga")),
        ("Odile Varga denied the report.", ("name", "Odile Varga")),
        # but a finite verb after the noun makes it the subject of what was denied
        ("Odile Varga denied the appeal had been lodged late.", ("name", "Odile Varga")),
        ("Odile Varga denied her request for a permit would be refused.", ("name", "Odile Varga")),
        ("The magistrate denied the appeal, which had come late.", None),
        # "protest" with a day as its adverbial of time is a demonstration
        ("Stallholders protested Monday.", None),
        ("Stallholders protested yesterday outside the hall.", None),
        ("Residents protested Monday's vote on the fee.", ("described", "residents")),
        ("Residents protested yesterday that the fee was unfair.", ("described", "residents")),
        # past the day, an object or a colon still makes it saying
        ("Residents protested Monday the closure of the lane.", ("described", "residents")),
        ("Residents protested Monday: the fee was unfair.", ("described", "residents")),
        # a light verb with an occasion ("made an appearance") names no saying; a speech does
        ("Odile Varga made an appearance about noon.", None),
        ("Odile Varga gave a speech about the harvest.", ("name", "Odile Varga")),
        ("Odile Varga at a rally on Friday said the levy was unfair.", ("name", "Odile Varga")),
        # "about" before a quantity is "approximately", no topic
        ("Odile Varga issued a statement about an hour after the collision.", None),
        ("Odile Varga issued a statement about forty minutes after the collision.", None),
        ("Odile Varga issued a statement about half an hour after the collision.", None),
        ("Odile Varga issued a statement about a plan to close the lane.", ("name", "Odile Varga")),
        # a topic that opens with a number or "a" and no unit of time is a topic
        ("Odile Varga issued a statement about a dozen lost sheep.", ("name", "Odile Varga")),
        ("Odile Varga gave a speech about one of her rivals.", ("name", "Odile Varga")),
        ("Odile Varga gave a speech about a day of rest.", ("name", "Odile Varga")),
    ],
)
def test_senses_and_occasions_that_are_no_saying(text, expected):
    assert speaker(text) == expected
