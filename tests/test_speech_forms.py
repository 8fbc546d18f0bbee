"""Forms of reported speech and who speaks in them, on sentences written for
these tests: each form the engine reads, and sentences of the same shape
that are nobody's speech (the outlet's own narrative, "it is said that", a
headline with no verb of saying)."""

import pytest
from conftest import speaker, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the growers said they had never seen such rain.", "most of the growers"),
        ("Two of the drivers told reporters the brakes had failed.", "two of the drivers"),
        ("But several of their neighbours argue that the levy is too steep.", "several of their neighbours"),
        ("Each of the three bidders insisted that its offer was the lowest.", "each of the three bidders"),
        ("All but three of the members said they would stay on the board.", "all but three of the members"),
    ],
)
def test_a_partitive_subject_is_the_part_that_spoke(text, expected):
    """A part of a group (a quantifier or a number, "of", a definite phrase)
    said it, not the whole group named after "of"."""
    assert speaker(text) == ("described", expected)


def test_a_partitive_speaker_is_the_group_a_following_they_points_to():
    assert speakers("Some of the ferry crews said the timetable was unworkable.", "They said the night sailings should stop.") == (
        "some of the ferry crews",
        "some of the ferry crews",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Most of the growers planted barley this year.",  # the outlet's narrative: no verb of saying
        "It is said that most of the growers will leave the valley.",  # nobody is named
        "Most of the growers quit",  # a headline
        "Many of them said the ferry was late.",  # a pronoun: the part of no group the sources name
    ],
)
def test_a_partitive_that_speaks_for_no_one(text):
    assert speaker(text) is None


def test_a_partitive_inside_another_subject_is_not_the_speaker():
    assert speaker("Pat Lorne, like most of the growers, said the levy was unfair.") == ("name", "Pat Lorne")
    assert speaker("The mayor met most of the growers and said the levy would stay.") == ("definite", "The mayor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A county judge sided with the growers, saying the quota broke the lease.", "a county judge"),
        ("The two councils declined to release the minutes, saying the talks were still under way.", "the two councils"),
        ("Two nurses walked out of the meeting, saying the rota was unfair.", "two nurses"),
        ("But several dock workers have refused to return, arguing that the cranes are unsafe.", "several dock workers"),
    ],
)
def test_a_participle_of_saying_after_an_unnamed_subject(text, expected):
    """The participle clause is said by the unnamed source that opens the sentence."""
    assert speaker(text) == ("described", expected)


@pytest.mark.parametrize(
    "text",
    [
        "A county judge sided with the growers, ending a dispute of ten years.",  # the participle is no verb of saying
        "The two councils declined to release the minutes.",  # the outlet's narrative
        "It is said that the two councils declined to release the minutes.",  # nobody is named
        "Two nurses walk out over rota",  # a headline
        "Saying nothing, a county judge sided with the growers.",  # the participle opens the sentence
    ],
)
def test_an_unnamed_subject_with_no_participle_of_saying(text):
    assert speaker(text) is None
