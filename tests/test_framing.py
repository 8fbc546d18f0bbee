"""Placement of a speaker with no cue of their own by how the outlet frames
them: set against the speaker before with a contrast ("But Ona Brisk said
...": ``answers.contrasts``), or as one of those who do not agree with
them ("Not everyone agrees.": ``answers.rebuttals``). Every sentence here
is invented (fictional people, bodies and places)."""

from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

TUNNEL = (
    PositionSpec("yes", "For the tunnel", ("faster trains",)),
    PositionSpec("no", "Against the tunnel", ("waste of money",)),
)
SPEC = Spec("T", None, TUNNEL)
QUIET = "I cross the estuary twice a day with my van."  # no cue of either side


def _said(text: str, speaker: str | None, n: int, kind: str = "quote", article: int = 0) -> Block:
    """A block opening paragraph ``n``."""
    return Block(f"B{article}{n}", kind, speaker, text, (f"S{article}",), (article, n, 0, 0))


def _contrast(turn: str, *before: Block) -> list[Block]:
    """A side-taker, any blocks, then the outlet's report of Ona Brisk's words and her quote with no cue."""
    return [
        _said("It is a waste of money.", "Per Lund", 1),
        *before,
        _said(turn, "Ona Brisk", 7, "statement"),
        _said(QUIET, "Ona Brisk", 8),
    ]


def _brisk(blocks: list[Block]) -> set[str | None]:
    return {b.position for b in place(blocks, SPEC).blocks if b.speaker == "Ona Brisk"}


def test_a_speaker_introduced_with_a_contrast_right_after_another_takes_the_other_side():
    for turn in ("But Ona Brisk said the crossing times were wrong.", "However, Ona Brisk said the ferry was full by seven."):
        placed = place(_contrast(turn), SPEC).blocks
        assert [b.position for b in placed] == ["no", "yes", "yes"], turn
        assert "answers Per Lund" in placed[2].reason
    # Of a side-taker on the other side, the other way round.
    blocks = _contrast("But Ona Brisk said the crossing times were wrong.")
    blocks[0] = _said("These are faster trains for the coast.", "Per Lund", 1)
    assert _brisk(blocks) == {"no"}


def test_no_contrast_joined_to_the_speaker_before_or_drawn_with_someone_else():
    assert _brisk(_contrast("But Ona Brisk said the crossing times were wrong.")) == {"yes"}
    # An additive adjunct joins her words to what was said; no "But": no contrast.
    assert _brisk(_contrast("But Ona Brisk also said the crossing times were wrong.")) == {"context"}
    assert _brisk(_contrast("Ona Brisk said the crossing times were wrong.")) == {"context"}
    # Another speaker between, with no side: the contrast is with them, not with the side-taker two paragraphs up.
    between = _said("The estuary is wide here.", "Ivo Dan", 3)
    assert _brisk(_contrast("But Ona Brisk said the crossing times were wrong.", between)) == {"context"}
    # The outlet's own sentence between (no speaker): the contrast is with that, not with a speaker.
    fact = _said("The tunnel would open in 2031.", None, 3, "event")
    assert _brisk(_contrast("But Ona Brisk said the crossing times were wrong.", fact)) == {"context"}
    # Not her first words in the article: the turn does not introduce her.
    heard = [_said("The estuary is wide here.", "Ona Brisk", 0), *_contrast("But Ona Brisk said the crossing times were wrong.")]
    assert _brisk(heard) == {"context"}
    # A speaker in another article before her: no one she is set against.
    elsewhere = _contrast("But Ona Brisk said the crossing times were wrong.")
    elsewhere[0] = _said("It is a waste of money.", "Per Lund", 1, article=1)
    assert _brisk(elsewhere) == {"context"}
    # The outlet's "But ..." is a statement; her own quoted "But ..." answers within her words.
    quoted = [_said("It is a waste of money.", "Per Lund", 1), _said("But the crossing times are wrong.", "Ona Brisk", 7), _said(QUIET, "Ona Brisk", 8)]
    assert _brisk(quoted) == {"context"}
    # Her own cue places her, whatever the framing.
    own = _contrast("But Ona Brisk said the crossing times were wrong.")
    own[-1] = _said("It is a waste of money, all of it.", "Ona Brisk", 8)
    assert _brisk(own) == {"no"}


def _turn(turn: str, *between: Block) -> list[Block]:
    """A side-taker, the outlet's sentence, any blocks, then Ona Brisk's quote with no cue opening the next paragraph."""
    return [_said("It is a waste of money.", "Per Lund", 1), _said(turn, None, 2, "event"), *between, _said(QUIET, "Ona Brisk", 3 + len(between))]


def test_one_of_those_a_universal_denied_says_do_not_agree_answers_the_speaker_before():
    for turn in ("Not everyone agrees.", "Not all the pilots are convinced.", "Not everybody on the quay is so sure.",
                 "Not every skipper agrees with that."):
        placed = place(_turn(turn), SPEC).blocks
        assert [b.position for b in placed] == ["no", "context", "yes"], turn
        assert "answers Per Lund" in placed[2].reason
    # No universal denied, a second negation, a view after the adjective, or someone named after the verb: no group that disagrees.
    for turn in ("Everyone agrees.", "Not everyone does not agree.", "Not everyone is convinced the fares will rise.",
                 "Not all the pilots agree with the harbour board."):
        assert _brisk(_turn(turn)) == {"context"}, turn
    # Another speaker right after: the one introduced is he, not Ona Brisk further on.
    assert _brisk(_turn("Not everyone agrees.", _said("The estuary is wide here.", "Ivo Dan", 3))) == {"context"}
