"""What counts as a cue match: the cue as written, in the text's regular
inflections of it (a doubled consonant and "-ies" included), with a hyphen
read as a space; a cue written inflected does not match the base form."""

from briefing.cues import evidence
from briefing.model import Block, PositionSpec

BAN = (
    PositionSpec("ban", "For the ban", ("ban", "stop the ferry", "subsidy")),
    PositionSpec("keep", "Against the ban", ("fences", "long-term loan")),
)


def _said(text: str) -> dict[str, list[str]]:
    return evidence(Block("B1", "quote", "Tova Lind", text, ("S1",), (0, 0, 1, 0)), BAN).counted


def test_a_doubled_consonant_before_ed_or_ing_is_the_base_word():
    assert _said("Banning them was overdue.") == {"ban": ["ban"]}
    assert _said("They should have banned them years ago.") == {"ban": ["ban"]}
    assert _said("We stopped the ferry in March.") == {"ban": ["stop the ferry"]}
    # A consonant the base itself doubles stays: "bann" is no word, "banner" no inflection.
    assert _said("The banner hung on the pier.") == {}


def test_a_plural_or_past_in_ies_or_ied_is_the_word_in_y():
    assert _said("Both subsidies ran out.") == {"ban": ["subsidy"]}
    assert _said("Subsidies, again.") == {"ban": ["subsidy"]}


def test_a_cue_written_inflected_does_not_match_its_base_form():
    # "A fence costs more than my farm earns" is the other side's complaint of it.
    assert _said("A fence costs more than my farm earns.") == {}
    assert _said("Fences work.") == {"keep": ["fences"]}


def test_a_hyphen_reads_as_a_space_either_way():
    assert _said("A long term loan would do.") == {"keep": ["long-term loan"]}
    assert _said("A long-term loan would do.") == {"keep": ["long-term loan"]}
