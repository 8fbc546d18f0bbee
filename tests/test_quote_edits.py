"""Two outlets' quotes that are one quote with a word or two edited
(``wording.edited`` and ``merge._Links.edits``), on sentences written for
the tests: the edits join, a changed figure, name or negation, another
speaker, an added word or a short quote stays apart."""

from rapidfuzz import fuzz

from briefing.merge import LINK_SCORE, consolidate
from briefing.model import Statement
from briefing.wording import edited, normal


def st(source, text, speaker="Mira Holt"):
    return Statement(source, "quote", text, speaker, (0, 0, 0))


def blocks_of(one, two, speakers=("Mira Holt", "Mira Holt")):
    # Every pair here is below the link score: only the edit rule can join it.
    assert fuzz.ratio(normal(one), normal(two)) < LINK_SCORE
    return consolidate([st("S1", one, speakers[0]), st("S2", two, speakers[1])], ["S1", "S2"])


def test_two_words_swapped_at_the_same_places_is_one_quote():
    one = "Drivers are right to be angry about the toll and how it came in."
    two = "Drivers are correct to be furious about the toll and how it came in."
    blocks = blocks_of(one, two)
    assert len(blocks) == 1
    assert blocks[0].sources == ("S1", "S2") and len(blocks[0].variants) == 1


def test_a_word_replaced_by_two_and_a_cut_quote_are_one_quote():
    assert len(blocks_of(
        "The harbour trust has never paid for a survey this thorough and it shows.",
        "The harbour trust has not once paid for a survey this thorough and it shows, and every skipper in Pellow knows it.",
    )) == 1
    assert len(blocks_of(
        "We should delay the scheme until the walkers have read the whole costly report",
        "We should delay the plan until the walkers have read the whole expensive report, because the villagers of Marrowby have waited long enough.",
    )) == 1


def test_a_changed_figure_name_or_negation_stays_apart():
    # Each pair is aligned as an edit (``edited``); what it changes keeps it apart.
    assert len(blocks_of(
        "The county will hire 40 wardens to walk the moorland paths in summer.",
        "The county will hire sixty wardens to walk the moorland paths on holidays.",
    )) == 2
    assert len(blocks_of(
        "I told Tomas Brant that the ferry contract was signed far too quickly last spring.",
        "I told Ilse Varga that the ferry contract was signed much too quickly last spring.",
    )) == 2
    assert len(blocks_of(
        "The ward will close before winter whatever the board says about its staffing.",
        "The ward won't close before winter whatever the trustees say about its staffing.",
    )) == 2


def test_two_speakers_each_named_stay_apart():
    assert len(blocks_of(
        "Drivers are right to be angry about the toll and how it came in.",
        "Drivers are correct to be furious about the toll and how it came in.",
        ("Mira Holt", "Oskar Lind"),
    )) == 2


def test_what_is_no_edit():
    def same(a, b):
        return edited(normal(a), normal(b))

    assert same("We will fight this closure in every court in the land", "We will fight this closure in each court in the land")
    # A word added in the middle is another sentence.
    assert not same("We will fight this closure in every court in the land", "We will fight this closure in every higher court in the land")
    # Two places in a quote of eleven words: too much of it differs.
    assert not same("The tax would protect farms in the valley for a decade", "The tax will protect farmers in the valley for a decade")
    # Three words replaced at one place.
    assert not same("The new depot will be ready in the spring of next year for the buses", "The new depot will be ready by the end of next year for the buses")
