"""Placement of a speaker the outlet sets apart from a group's view ("Not
everyone ... is worried.", "Crews ... see it differently."), and the groups
named with a quantifier ("some pilots") or by "the change" (a government
spokesman: ``test_placement_precision``). Every sentence here is invented
(fictional people, bodies and places)."""

from briefing.cues import label_sides
from briefing.minority import group_view, named_by_stance
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

TUNNEL = (
    PositionSpec("yes", "For the tunnel", ("faster trains",)),
    PositionSpec("no", "Against the tunnel", ("waste of money",)),
)
SPEC = Spec("T", None, TUNNEL)


def _said(text: str, speaker: str | None, n: int, kind: str = "quote", article: int = 0) -> Block:
    return Block(f"B{article}{n}", kind, speaker, text, (f"S{article}",), (article, n, 0, 0))


def _story(turn: str, *between: str) -> list[Block]:
    """A side-taker, the outlet's turn, any outlet's sentences, then a speaker with no cue."""
    return [
        _said("It is a waste of money.", "Per Lund", 1),
        _said(turn, None, 2, "event"),
        *(_said(text, None, 3 + n, "event") for n, text in enumerate(between)),
        _said("I cross the estuary twice a day with my van.", "Ona Brisk", 9),
    ]


def test_the_group_a_universal_denied_speaks_of_holds_the_view_its_predicate_states():
    for text in ("Not every commuter on the ferry is worried.", "Not all ferry crews are opposed.", "Not every skipper is unhappy.",
                 "Not everybody at the market opposes the plan."):
        assert group_view(text) == "against", text
    for text in ("Not every pilot wants the tunnel.", "Not all traders are happy.", "Not everyone backs the council."):
        assert group_view(text) == "for", text
    # No universal denied, a predicate of neither, a second negation or a condition: no view.
    for text in ("Every commuter on the ferry is worried.", "Not every delay is easy to forgive.", "Not everyone rides the trains.",
                 "Not every driver is not worried.", "Not everyone is worried if the fares stay low.", "Not every critic spoke."):
        assert group_view(text) is None, text


def test_the_speaker_set_apart_right_after_takes_the_side_the_groups_view_is_not():
    placed = place(_story("Not every commuter on the ferry is worried."), SPEC).blocks
    assert [b.position for b in placed] == ["no", "context", "yes"]
    assert "set apart by the outlet from a group's view" in placed[2].reason
    assert place(_story("Not every pilot wants the tunnel."), SPEC).blocks[2].position == "no"
    # The outlet's sentence between may describe her, by name.
    named = _story("Not every pilot wants the tunnel.", "Ona Brisk has worked the estuary boats since 1998.")
    assert place(named, SPEC).blocks[3].position == "no"


def test_no_side_is_set_apart_without_the_turn_right_before_a_speaker_with_no_cue():
    # An outlet's sentence between that does not name her, or no turn: no side.
    other = _story("Not every commuter on the ferry is worried.", "The tunnel would open in 2031.")
    assert place(other, SPEC).blocks[3].position == "context"
    assert place(_story("Some in the valley are worried."), SPEC).blocks[2].position == "context"
    # Her own cue places her; her words heard before in the article are not introduced by the turn.
    own = _story("Not every commuter on the ferry is worried.")
    own[2] = _said("It is a waste of money.", "Ona Brisk", 9)
    assert place(own, SPEC).blocks[2].position == "no"
    heard = [_said("The estuary is wide here.", "Ona Brisk", 0), *_story("Not every commuter on the ferry is worried.")]
    assert place(heard, SPEC).blocks[3].position == "context"
    # Labels that tell no for and against side apart: no side.
    neither = Spec("T", None, (PositionSpec("close", "Close the pier", ()), PositionSpec("sell", "Sell the pier", ())))
    assert place(_story("Not every commuter on the ferry is worried."), neither).blocks[2].position == "context"


def test_a_group_named_with_a_quantifier_or_a_proposal_called_the_change_introduces_its_speakers():
    group = _said("Some pilots say the change will hurt the harbour.", "some pilots", 1, "statement")
    quote = _said("My father worked this harbour for forty years.", "Ona Brisk", 2)
    placed = place([group, quote], SPEC, roles=(("Ona Brisk", "pilot"),)).blocks
    assert [b.position for b in placed] == ["no", "no"]
    assert "introduced after the outlet's words on some pilots" in placed[1].reason
    welcomed = _said("Many pilots have welcomed the change.", "many pilots", 1, "statement")
    assert place([welcomed, quote], SPEC, roles=(("Ona Brisk", "pilot"),)).blocks[1].position == "yes"
    # A role that shares no word with the group's noun: no side.
    assert place([group, quote], SPEC, roles=(("Ona Brisk", "retired teacher"),)).blocks[1].position == "context"


def test_a_group_the_outlet_says_sees_it_differently_answers_the_speaker_before():
    said = _said("It means faster trains for the coast.", "Per Lund", 1)
    reply = _said("My van sits in the queue for an hour.", "Ona Brisk", 3)
    for text in ("Crews on the night boats see it differently.", "Many drivers disagree.", "A few drivers disagree.", "But the ferry crews were not convinced."):
        placed = place([said, _said(text, None, 2, "event"), reply], SPEC).blocks
        assert placed[2].position == "no" and "answers Per Lund" in placed[2].reason, text
    # Her quotation may open the next paragraph.
    turn = Block("B2", "event", None, "Crews on the night boats see it differently.", ("S0",), (0, 2, 0, 0))
    below = Block("B3", "quote", "Ona Brisk", "My van sits in the queue for an hour.", ("S0",), (0, 3, 0, 0))
    assert place([said, turn, below], SPEC).blocks[2].position == "no"
    # A subject named, a pronoun or a group denied is no group; one who agrees, or the same view seen, answers no one.
    for text in ("Mayor Ada Corr sees it differently.", "They see it differently.", "Nobody disagrees.", "Not everyone disagrees.", "No one sees it differently.",
                 "Few drivers disagree.", "Many drivers agree.", "Crews on the night boats see it too."):
        assert place([said, _said(text, None, 2, "event"), reply], SPEC).blocks[2].position == "context", text


def test_a_label_that_names_another_way_instead_of_the_proposal_is_a_middle_way():
    three = (PositionSpec("sell", "Sell the pier", ()), PositionSpec("keep", "Keep the pier", ()), PositionSpec("lease", "Lease the pier to a trust instead", ()))
    assert label_sides(three) == ({"for": "sell", "against": "keep"}, False)
    # So the outlet's "Not everyone ... is opposed." before a speaker gives them the for side.
    spec = Spec("T", None, three)
    story = [_said("Not everyone at the boatyard is opposed.", None, 1, "event"), _said("I'd sail from here tomorrow.", "Ona Brisk", 2)]
    assert place(story, spec).blocks[1].position == "sell"
    # Without the "instead", two labels change things and neither is the proposal's whole: no sides.
    two_ways = (*three[:2], PositionSpec("lease", "Lease the pier to a trust", ()))
    assert label_sides(two_ways) is None


def test_a_group_named_by_its_stance_on_the_proposal_holds_that_side():
    for text in ("Critics say the tunnel will drain the harbour budget.", "Opponents of the tunnel packed the hall on Monday.",
                 "The tunnel's critics insist the old ferry is enough."):
        assert named_by_stance(text, TUNNEL) is not None and named_by_stance(text, TUNNEL)[1] == "no", text
    for text in ("Supporters such as the harbour master argue the trains will bring trade.", "The plan's backers point to the queues."):
        assert named_by_stance(text, TUNNEL) is not None and named_by_stance(text, TUNNEL)[1] == "yes", text
    # Holders of another's stance, of something else, a negation or a condition, a group named otherwise: none.
    for text in ("Her critics say the figures are wrong.", "Critics of the council say it spends too much.",
                 "Critics do not agree on the route.", "Supporters will rally if the vote is close.", "Parents say the trains are late."):
        assert named_by_stance(text, TUNNEL) is None, text


def test_some_or_one_of_a_group_named_by_its_stance_is_named_by_it_too():
    for text, side in {"Some critics of the tunnel say the estuary will silt up.": "no", "One of the tunnel's backers is a ferry pilot.": "yes",
                       "Many of the opponents of the plan live on the estuary.": "no", "Most of the scheme's supporters work in town.": "yes"}.items():
        found = named_by_stance(text, TUNNEL)
        assert found is not None and found[1] == side, text
    # "Few" says not many; a part of another's critics, or of a group not named by its stance: none.
    for text in ("Few critics of the tunnel expected the vote.", "Some critics of the council say it spends too much.", "One of the pilots backs the plan.",
                 "Critics of the tunnel's backers say they are paid.", "Some critics of the tunnel's backers say they are paid."):
        assert named_by_stance(text, TUNNEL) is None, text


def test_the_speaker_quoted_right_after_a_group_named_by_its_stance_is_one_of_them():
    placed = place(_story("The tunnel's backers say the valley has waited long enough.", "Ona Brisk drives a delivery van."), SPEC).blocks
    assert [b.position for b in placed] == ["no", "context", "context", "yes"]
    assert "introduced after the outlet's sentence on the proposal's backers" in placed[3].reason
    group = _said("Opponents of the tunnel say the estuary will silt up.", "opponents of the tunnel", 2, "statement")
    assert place([group, _said("I cross the estuary twice a day with my van.", "Ona Brisk", 9)], SPEC).blocks[1].position == "no"
    # A sentence between that does not name her, or a group of another's critics: no side.
    apart = _story("The tunnel's backers say the valley has waited long enough.", "The tunnel would open in 2031.")
    assert place(apart, SPEC).blocks[3].position == "context"
    assert place(_story("His critics say the mayor has waited too long."), SPEC).blocks[2].position == "context"
    # Set against them by a contrast that opens the sentence between or her words: no side of theirs.
    for between in ("But Ona Brisk sees it another way.", "However, Ona Brisk drives a delivery van."):
        turned = _story("The tunnel's backers say the valley has waited long enough.", between)
        assert place(turned, SPEC).blocks[3].position == "context", between


def test_a_speaker_introduced_by_its_right_after_a_bodys_stance_takes_the_bodys_side():
    def story(body: str, intro: str) -> list[Block]:
        return [
            _said(body, None, 1, "event"),
            _said(intro, "Ona Brisk", 2, "statement"),
            _said("Half our diggers stand in the yard until March.", "Ona Brisk", 3),
        ]

    intro = "Its finance director, Ona Brisk, said orders had fallen all winter."
    placed = place(story("Yarrowby Plant Hire supports the tunnel, as do two of its rivals.", intro), SPEC).blocks
    assert [b.position for b in placed] == ["context", "yes", "yes"]
    assert 'introduced by "its" right after the outlet\'s sentence on a body\'s stance' in placed[2].reason
    assert place(story("The Quillmoor Walking Club opposes the tunnel.", intro), SPEC).blocks[2].position == "no"
    # No "its" that makes her the body's, a body with no stance or one denied, or a stance on something else: no side.
    for body, said in (
        ("Yarrowby Plant Hire backs the tunnel.", "Ona Brisk, who drives a digger, said orders had fallen all winter."),
        ("Yarrowby Plant Hire rents out diggers.", intro),
        ("Yarrowby Plant Hire does not back the tunnel.", intro),
        ("Yarrowby Plant Hire backs the new harbour wall.", intro),
    ):
        assert place(story(body, said), SPEC).blocks[2].position == "context", (body, said)
    # A body named by one word, or described by one in the singular, is one "its" stands for; a plural group is none.
    for body, side in (("Dunvarro backs the tunnel.", "yes"), ("Dunvarro has opposed the tunnel.", "no"),
                       ("The glaziers' guild opposes the tunnel.", "no"), ("Glaziers oppose the tunnel.", "context"),
                       ("Glaziers have long opposed the tunnel.", "context"), ("Glaziers strongly oppose the tunnel.", "context")):
        assert place(story(body, intro), SPEC).blocks[2].position == side, body
    # A plural with no "s" ("police", "staff") agrees with a plural verb: none "its" stands for; a singular verb makes one body.
    for body, side in (("Police back the tunnel.", "context"), ("Staff have opposed the tunnel.", "context"),
                       ("Harbour staff were opposed to the tunnel.", "context"), ("The crew backs the tunnel.", "yes"),
                       ("The harbour press has opposed the tunnel.", "no"), ("The ferry company will back the tunnel.", "yes")):
        assert place(story(body, intro), SPEC).blocks[2].position == side, body
    # With no verb in concord (a past, a modal), a noun plural with no "s" is many too; a singular head stays one body.
    for body, side in (("Police backed the tunnel.", "context"), ("Harbour people opposed the tunnel.", "context"),
                       ("The harbour police would back the tunnel.", "context"), ("The harbour trust opposed the tunnel.", "no"),
                       ("Fishermen opposed the tunnel.", "context"), ("Townspeople backed the tunnel.", "context")):
        assert place(story(body, intro), SPEC).blocks[2].position == side, body
    # A noun of stance in apposition or a participle is no verb in concord: the head's number tells.
    for body, side in (("The crew, a longtime opponent of the tunnel, met on Monday.", "no"),
                       ("The harbour union opposing the tunnel met on Monday.", "no"), ("Dockers opposing the tunnel met on Monday.", "context")):
        assert place(story(body, intro), SPEC).blocks[2].position == side, body
    # Her own cue places her.
    own = story("Yarrowby Plant Hire backs the tunnel.", intro)
    own[2] = _said("It is a waste of money.", "Ona Brisk", 3)
    assert place(own, SPEC).blocks[2].position == "no"
