"""Placement precision: statements a careful reader answers or leaves in
context though a cue of one side sits in them (issue 13). Sentences written
for these tests; fictional names and places."""

from briefing.cues import evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

SPECS = (
    PositionSpec("yes", "For the tunnel", ("faster trains", "fewer lorries")),
    PositionSpec("no", "Against the tunnel", ("waste of money", "flood the valley")),
)


def _block(text: str, speaker: str = "Ona Brisk", n: int = 1) -> Block:
    return Block(f"B{n}", "quote", speaker, text, ("S1",), (0, 0, n, 0))


def test_a_negative_subject_denies_the_cue_of_the_group_it_names():
    for text in (
        "Not one of the engineers has shown that the tunnel would flood the valley.",
        "None of the surveys found it would flood the valley.",
        "The board knows that not a single study says it will flood the valley.",
    ):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "negated", text
    # A speaker who says no cue of their own and denies one side's answers it: the other side.
    spec = Spec("T", None, SPECS)
    placed = place([_block("Not one of the objectors has shown it will flood the valley.")], spec).blocks[0]
    assert placed.position == "yes", placed.reason


def test_a_group_that_does_something_or_the_speakers_own_is_left_alone():
    for text in (
        "One of the engineers has shown that the tunnel would flood the valley.",
        "None of us can sleep since they said it would flood the valley.",  # the speaker's own group
        "None of this matters if the tunnel is a waste of money.",  # a condition after it sets the cue aside instead
    ):
        found = evidence(_block(text), SPECS)
        assert all(s.kind != "negated" for s in found.ignored), text
    assert evidence(_block("One of the engineers has shown that the tunnel would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}
    assert evidence(_block("None of us can sleep since they said it would flood the valley."), SPECS).ignored[0].kind == "reported"
