"""What counts as a cue match: the cue as written, in the text's regular
inflections of it (a doubled consonant and "-ies" included), with a hyphen
read as a space; a cue written inflected does not match the base form."""

import pytest

from briefing.cues import evidence
from briefing.model import Block, PositionSpec

BAN = (
    PositionSpec("ban", "For the ban", ("ban", "stop the ferry", "subsidy")),
    PositionSpec("keep", "Against the ban", ("fences", "long-term loan")),
)


def _said(text: str) -> dict[str, list[str]]:
    return evidence(Block("B1", "quote", "Tova Lind", text, ("S1",), (0, 0, 1, 0)), BAN).counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # A doubled consonant before "-ed" or "-ing" is the base word.
        ("Banning them was overdue.", {"ban": ["ban"]}),
        ("They should have banned them years ago.", {"ban": ["ban"]}),
        ("We stopped the ferry in March.", {"ban": ["stop the ferry"]}),
        # A consonant the base itself doubles stays: "bann" is no word, "banner" no inflection.
        ("The banner hung on the pier.", {}),
        # A plural or past in "-ies" or "-ied" is the word in "-y".
        ("Both subsidies ran out.", {"ban": ["subsidy"]}),
        ("Subsidies, again.", {"ban": ["subsidy"]}),
        # A cue written inflected does not match its base form: "A fence costs
        # more than my farm earns" is the other side's complaint of it.
        ("A fence costs more than my farm earns.", {}),
        ("Fences work.", {"keep": ["fences"]}),
        # A hyphen reads as a space, either way.
        ("A long term loan would do.", {"keep": ["long-term loan"]}),
        ("A long-term loan would do.", {"keep": ["long-term loan"]}),
    ],
)
def test_a_cue_matches_its_regular_forms_as_written(text, counted):
    assert _said(text) == counted
