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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Trell issued a statement saying the pier was unsafe.", ("name", "Ivo Trell")),
        ("The Harbour Trust sent an email on Friday saying that the pier was unsafe.", ("body", "Harbour Trust")),
        ("Ivo Trell has sent a letter urging the board to shut the pier.", ("name", "Ivo Trell")),
    ],
)
def test_a_message_its_subject_sent_out_says_it(text, expected):
    """"X released a statement saying ...": the statement says it, and X sent it out."""
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Trell received a letter saying the pier was unsafe.",  # the subject got it, did not send it
        "Ivo Trell was sent an email saying the pier was unsafe.",  # a passive: the same
        "Ivo Trell got sent an email saying the pier was unsafe.",  # the passive of "get"
        "Ivo Trell released the Harbour Trust's statement saying the pier was unsafe.",  # someone else's message
        "A statement saying the pier was unsafe was released on Friday.",  # no author named
        "Ivo Trell issued a permit allowing the pier to reopen.",  # no message, no saying
    ],
)
def test_a_message_whose_sender_is_not_the_subject(text):
    assert speaker(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Trell - who once ran the Harbour Trust - said the pier was unsafe.",
        "Ivo Trell -- who once ran the Harbour Trust -- said the pier was unsafe.",
    ],
)
def test_an_aside_between_hyphens_set_off_by_spaces_is_passed_over_as_between_dashes(text):
    """Plain text prints a dash as a hyphen or two between spaces: the aside
    between them is not the subject, as between "—" and "—"."""
    assert speaker(text) == speaker(text.replace(" -- ", " — ").replace(" - ", " — ")) == ("name", "Ivo Trell")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A spokesman for the Harbour Trust — a charity billed as "the friend of every sailor" — noted that the pier was shut.',
         ("possessive", "A spokesman for the Harbour Trust")),
        ('Ivo Trell — who once called the pier "a folly" — said at a rally that it should close.', ("name", "Ivo Trell")),
        ('The guild — its members calling the roster "half-baked" — said it would ballot them.', ("described", "the guild")),
    ],
)
def test_an_aside_between_dashes_may_quote_words_of_its_own(text, expected):
    """An aside set off by dashes (a relative clause, an apposition, an
    absolute clause) is passed over to the subject before it, whatever it
    quotes."""
    assert speaker(text) == expected


def test_a_letter_from_a_body_speaks_by_its_own_verb_not_by_the_verb_of_the_pronoun_after_it():
    assert speaker("A letter from the Harbour Trust says the pier is unsafe.") == ("body", "Harbour Trust")
    assert speakers("Ivo Trell runs the depot.", "He gets angry whenever a letter from the Harbour Trust arrives, he says, as it is always late.") == (
        None,
        "Ivo Trell",
    )
