"""Placement of a speaker with no cue of their own by how the outlet frames
them: set against the speaker before with a contrast ("But Ona Brisk said
...": ``answers.contrasts``), as one of those who do not agree with
them ("Not everyone agrees.": ``answers.rebuttals``), or as one of a group
whose stance the outlet states ("Parents opposed to the tunnel say ...":
``minority``). Every sentence here is invented (fictional people, bodies
and places)."""

import test_minority

from briefing.model import Block
from briefing.positions import place

SPEC = test_minority.SPEC  # "For the tunnel" / "Against the tunnel"
_said = test_minority._said  # a block opening paragraph ``n``
QUIET = "I cross the estuary twice a day with my van."  # no cue of either side


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


def _group(sentence: str, role: str, *between: Block) -> set[str | None]:
    """Ona Brisk's side when her quote with no cue comes after the outlet's ``sentence`` and any blocks, with ``role``."""
    blocks = [_said(sentence, None, 1, "event"), *between, _said(QUIET, "Ona Brisk", 2 + len(between))]
    return _brisk_with(blocks, role)


def _brisk_with(blocks: list[Block], role: str) -> set[str | None]:
    return {b.position for b in place(blocks, SPEC, roles=(("Ona Brisk", role),)).blocks if b.speaker == "Ona Brisk"}


def test_one_of_a_group_whose_stance_the_outlet_states_takes_its_side():
    assert _group("Parents opposed to the tunnel say the walk to the ferry is long.", "father of three") == {"no"}
    assert _group("Pilots who back the tunnel filled the harbour office.", "harbour pilot") == {"yes"}
    assert _group("Local traders have come out against the tunnel.", "trader at the fish market") == {"no"}
    reason = next(b.reason for b in place([_said("Local traders have come out against the tunnel.", None, 1, "event"), _said(QUIET, "Ona Brisk", 2)],
                                          SPEC, roles=(("Ona Brisk", "trader"),)).blocks if b.speaker)
    assert "introduced after the outlet's sentence on a group's stance" in reason and "'traders'" in reason
    # The outlet's sentence between may describe her, by name.
    named = _said("Ona Brisk has sold fish on the quay since 1998.", None, 2, "event")
    assert _group("Local traders have come out against the tunnel.", "trader", named) == {"no"}


def test_no_side_from_a_group_she_is_not_one_of_or_a_stance_not_the_groups_own_now():
    assert _group("Local traders have come out against the tunnel.", "trader") == {"no"}
    # Her role is not one of the group: the outlet frames others.
    assert _group("Local traders have come out against the tunnel.", "retired teacher") == {"context"}
    # A person named, not a group (his sister is no member of him); a view the sentence reports as another's.
    assert _group("Ivo Dan has come out against the tunnel.", "sister of Ivo Dan") == {"context"}
    assert _group("The council says traders oppose the tunnel.", "trader") == {"context"}
    # A former stance, one granted before a "but", a plan named by its aim (another plan), two sides.
    for sentence in ("Traders who once backed the tunnel filled the hall.", "Local traders backed the tunnel but not its fares.",
                     "Local traders rejected a plan to widen the tunnel.", "Local traders back the tunnel, and local pilots oppose the tunnel."):
        assert _group(sentence, "trader") == {"context"}, sentence
    # Another speaker between, or an outlet's sentence between that does not name her: she is not the one introduced.
    assert _group("Local traders have come out against the tunnel.", "trader", _said("The estuary is wide here.", "Ivo Dan", 2)) == {"context"}
    assert _group("Local traders have come out against the tunnel.", "trader", _said("The tunnel would open in 2031.", None, 2, "event")) == {"context"}
    # Her words heard before in the article: the sentence does not introduce her.
    heard = [_said("The estuary is wide here.", "Ona Brisk", 0), _said("Local traders have come out against the tunnel.", None, 1, "event"), _said(QUIET, "Ona Brisk", 2)]
    assert _brisk_with(heard, "trader") == {"context"}
