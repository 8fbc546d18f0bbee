"""Two outlets' quotes that are one quote with a word or two edited
(``wording.edited`` and ``links.Links.edits``), on sentences written for
the tests: the edits join; a changed figure, name or negation, another
speaker, an added word or a short quote stays apart."""

import pytest
from rapidfuzz import fuzz

from briefing.links import LINK_SCORE
from briefing.merge import consolidate
from briefing.model import Statement
from briefing.wording import edited, normal

SWAPPED = (
    "Drivers are right to be angry about the toll and how it came in.",
    "Drivers are correct to be furious about the toll and how it came in.",
)


def blocks_of(one, two, speakers=("Mira Holt", "Mira Holt")):
    # Every pair here is below the link score: only the edit rule can join it.
    assert fuzz.ratio(normal(one), normal(two)) < LINK_SCORE
    statements = [Statement(s, "quote", text, who, (0, 0, 0)) for s, text, who in zip(("S1", "S2"), (one, two), speakers)]
    return consolidate(statements, ["S1", "S2"])


@pytest.mark.parametrize("one, two", [
    SWAPPED,
    # A word replaced by two, and the quote cut short by one outlet.
    (
        "The harbour trust has never paid for a survey this thorough and it shows.",
        "The harbour trust has not once paid for a survey this thorough and it shows, and every skipper in Pellow knows it.",
    ),
    (
        "We should delay the scheme until the walkers have read the whole costly report",
        "We should delay the plan until the walkers have read the whole expensive report, because the villagers of Marrowby have waited long enough.",
    ),
])
def test_a_quote_with_words_swapped_is_one_quote(one, two):
    blocks = blocks_of(one, two)
    assert len(blocks) == 1
    assert blocks[0].sources == ("S1", "S2") and len(blocks[0].variants) == 1


@pytest.mark.parametrize("one, two", [
    ("The county will hire 40 wardens to walk the moorland paths in summer.", "The county will hire sixty wardens to walk the moorland paths on holidays."),
    ("I told Tomas Brant that the ferry contract was signed far too quickly last spring.", "I told Ilse Varga that the ferry contract was signed much too quickly last spring."),
    ("The ward will close before winter whatever the board says about its staffing.", "The ward won't close before winter whatever the trustees say about its staffing."),
])
def test_an_edit_that_changes_a_figure_a_name_or_a_negation_stays_apart(one, two):
    assert edited(normal(one), normal(two))  # aligned as an edit: what it changes keeps it apart
    assert len(blocks_of(one, two)) == 2


def test_two_speakers_each_named_stay_apart():
    # Two people's quotes may join only on the same content words.
    assert len(blocks_of(*SWAPPED, ("Mira Holt", "Oskar Lind"))) == 2


def test_what_is_no_edit():
    def same(a, b):
        return edited(normal(a), normal(b))

    assert same("We will fight this closure in every court in the land", "We will fight this closure in each court in the land")
    # A word added in the middle is another sentence.
    assert not same("We will fight this closure in every court in the land", "We will fight this closure in every higher court in the land")
    # Two places in a quote of eleven words: too much of it differs.
    assert not same("The tax would protect farms in the valley for a decade", "The tax will protect farmers in the valley for a decade")
    # Two words replaced with one kept between: one change of three words.
    assert not same("The new depot will be ready in the spring of next year for the buses", "The new depot will be ready by the end of next year for the buses")
    # A short quote: two people may say it.
    assert not same("We want the road fixed now", "We need the road fixed now")
