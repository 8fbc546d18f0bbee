"""Placement of who answers another side: a view reported and denied, or never
held, turns the speaker to the other side (with a middle way too, when the
labels tell for and against apart); a verb of disagreement answers the speaker
before; one cue of a side from a speaker clearly on the other is the point
answered; who reports a proposal's critics answers them."""

from dataclasses import replace

from placing import SPECS, make_block

from briefing.cues import story_evidence
from briefing.explain import explain
from briefing.model import Block, Briefing, PositionSpec, Spec
from briefing.positions import place


def test_who_reports_one_sides_view_and_denies_it_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = [make_block("They tell us it means faster trains.", n=1), make_block("It will not mean faster trains for this town.", n=2)]
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and "denies" in placed[0].reason


# A speaker who reports the against side's view, never says it, and says no cue of their own.
NEVER_HELD = (
    make_block("They keep telling us it will flood the valley.", n=1),
    make_block("Have they ever walked these fields?", n=2),
    make_block("My family has farmed here since the war.", n=3),
)


def test_who_reports_one_sides_view_and_never_holds_it_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = list(NEVER_HELD)
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes"] and "never says it" in placed[0].reason
    # One who reports both sides' views takes neither.
    both = [make_block("Critics say it is a waste of money, and backers say it means faster trains.", n=1), make_block("We have said so for years.", n=2)]
    assert [b.position for b in place(both, spec).blocks] == ["context", "context"]
    # One who reports a view and holds that side in their own words keeps it.
    held = [make_block("Rivals argue it is a waste of money.", n=1), make_block("It will flood the valley.", n=2), make_block("We have said so for years.", n=3)]
    assert place(held, spec).blocks[2].position == "no"


def test_with_a_middle_way_who_reports_one_sides_view_and_never_holds_it_takes_the_other():
    # "For" and "against" told apart by the labels, beside a middle way.
    three = Spec("T", None, (*SPECS, PositionSpec("toll", "Build it only with a toll", ("road toll",))))
    blocks = list(NEVER_HELD)
    placed = place(blocks, three).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes"] and "never says it" in placed[0].reason
    # A view of the middle way reported turns no one: either side may answer it.
    middle = [make_block("They keep telling us a road toll will pay for it.", n=1), blocks[1], blocks[2]]
    assert [b.position for b in place(middle, three).blocks] == ["context", "context", "context"]
    # Who says a cue of the middle way may report a side's view on the way to it: not turned.
    toward = [blocks[0], make_block("A road toll would pay for the repairs.", n=2), blocks[2]]
    assert [b.position for b in place(toward, three).blocks] == ["toll", "toll", "toll"]
    # A view dismissed, rather than reported, may lead to the middle: no side.
    dismissed = [make_block("The so-called faster trains are a fantasy.", n=1), blocks[2]]
    assert [b.position for b in place(dismissed, three).blocks] == ["context", "context"]
    # Labels that tell no for and against apart turn nothing.
    ways = (PositionSpec("a", "Dig a tunnel", ("faster trains",)), PositionSpec("b", "Widen the road", ("flood the valley",)))
    apart = Spec("T", None, (*ways, PositionSpec("c", "Run more buses", ("road toll",))))
    assert [b.position for b in place(blocks, apart).blocks] == ["context", "context", "context"]


def test_who_says_no_cue_but_denies_one_sides_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = [make_block("It is not a waste of money.", n=1), make_block("Nobody in Oxlade Vale would drive round the hill for ever.", n=2)]
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes"] and 'denies "waste of money"' in placed[0].reason
    # Denying both sides' points, or denying one beside a cue of one's own, turns no one.
    both = [make_block("It is not a waste of money, and it will not mean faster trains.", n=1), blocks[1]]
    assert [b.position for b in place(both, spec).blocks] == ["context", "context"]
    own = [blocks[0], make_block("It will flood the valley.", n=2), make_block("We have said so for years.", n=3)]
    assert place(own, spec).blocks[2].position == "no"
    # With three positions, a denial says nothing of which other side the speaker takes.
    three = Spec("T", None, (*SPECS, PositionSpec("later", "Decide later", ("more study",))))
    assert place(blocks, three).blocks[1].position == "context"


def test_a_view_reported_then_repeated_is_echoed_not_held():
    spec = Spec("T", None, SPECS)
    story = [
        make_block("They say the works will flood the valley.", n=1),
        make_block("The works will flood the valley only in their leaflets.", n=2),
        make_block("It means fewer lorries.", n=3),
        make_block("We have said so for years.", n=4),
    ]
    # B2 follows B1 in the same paragraph: the repeated cue is set aside, and the speaker's stance is clear.
    story = [replace(b, first=(0, 0, 0, i)) for i, b in enumerate(story)]
    found = story_evidence(story, SPECS)
    assert found["B2"].counted == {} and found["B2"].ignored[0].kind == "echoed"
    assert [b.position for b in place(story, spec).blocks] == ["yes", "yes", "yes", "yes"]
    # Said in the speaker's own voice first, the same words are theirs.
    own = [replace(b, first=(0, 0, 0, i)) for i, b in enumerate([make_block("The works will flood the valley.", n=1), story[1]])]
    assert story_evidence(own, SPECS)["B1"].counted == {"no": ["flood the valley"]}


def test_who_answers_a_speaker_with_a_verb_of_disagreement_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    story = [
        Block("B1", "quote", "Ona Brisk", "It means faster trains for the coast.", ("S1",), (0, 0, 0, 0)),
        Block("B2", "event", None, "Ivo Renk disagreed.", ("S1",), (0, 1, 0, 0)),
        Block("B3", "quote", "Ivo Renk", "My grandfather farmed this valley.", ("S1",), (0, 1, 1, 0)),
    ]
    placed = place(story, spec).blocks
    assert placed[2].position == "no" and "answers Ona Brisk" in placed[2].reason
    for text in ("Renk was not convinced.", "Renk was not persuaded by the plan.", "But retired signalman Ivo Renk hit back.", "Renk was not impressed."):
        assert place([story[0], replace(story[1], text=text), story[2]], spec).blocks[2].position == "no", text
    # A sentence with no disagreement in it, or with the speaker as its object, not its subject, gives no side.
    for text in ("Ivo Renk nodded.", "The council hit back at Ivo Renk."):
        assert place([story[0], replace(story[1], text=text), story[2]], spec).blocks[2].position == "context", text
    # A speaker whose own words take a side keeps it.
    own = [*story, Block("B4", "quote", "Ivo Renk", "We want fewer lorries.", ("S1",), (0, 2, 0, 0))]
    assert place(own, spec).blocks[2].position == "yes"


def _reported(side_taker: str, role: str, statement: str, quote: str) -> Block:
    """Ivo Renk's ``quote``, which has no cue, placed in a story of Ona
    Brisk's words, then the outlet's ``statement`` on him."""
    roles = (("Ona Brisk", role), ("Ivo Renk", "surveyor at Yarrowby Mapping"))
    story = [
        Block("B1", "quote", "Ona Brisk", side_taker, ("S1",), (0, 0, 0, 0)),
        Block("B2", "statement", "Ivo Renk", statement, ("S1",), (0, 1, 0, 0)),
        Block("B3", "quote", "Ivo Renk", quote, ("S1",), (0, 1, 1, 0)),
    ]
    return place(story, Spec("T", None, SPECS), roles=roles).blocks[2]


def test_who_the_outlet_says_disputes_a_side_takers_claim_named_by_its_possessive_takes_the_other_side():
    def placed(statement: str) -> str | None:
        return _reported("It means faster trains for the coast.", "chair of the Valley Tunnel Campaign", statement, "Every line I have surveyed opened a year late.").position

    assert "answers Ona Brisk" in _reported("It means faster trains.", "campaign chair", "Renk disputed the campaign's forecast.", "No.").reason
    for text in ("Ivo Renk, who drew up the line's route, questioned the campaign's timetable.", "Renk disputed the campaign's forecast.",
                 "Renk rejected the campaign's passenger count.", "Renk challenged the tunnel campaign's ridership forecast."):
        assert placed(text) == "no", text
    # No dispute, a dispute denied, whose claim unnamed or named by no side-taker, or another disputing: no side.
    for text in ("Renk checked the campaign's timetable.", "Renk did not dispute the campaign's timetable.", "Renk questioned the timetable.",
                 "Renk questioned the railway's timetable.", "The campaign questioned Renk's figures."):
        assert placed(text) == "context", text


def test_a_dispute_reads_a_plural_possessive_as_the_singular():
    def placed(statement: str) -> str | None:
        return _reported("It means faster trains for the coast.", "glazier", statement, "Every line I have surveyed opened a year late.").position

    for text in ("Renk disputed the glaziers' headcount.", "Renk disputed the glaziers’ headcount.", "Renk disputed the glazier's headcount."):
        assert placed(text) == "no", text
    # A plural in quotation marks is no possessive.
    assert placed("Renk questioned the word 'glaziers' in the notice.") == "context"


def test_who_the_outlet_says_signed_a_side_takers_petition_or_joined_its_campaign_takes_its_side():
    def placed(statement: str, side_taker: str = "The whole scheme is a waste of money.") -> str | None:
        return _reported(side_taker, "angler", statement, "My ovens sit cold by noon.").position

    signed = "Ivo Renk, who signed the anglers' petition in March, bakes bread on the quay."
    assert placed(signed) == "no" and placed(signed, "It means faster trains for the coast.") == "yes"
    assert "took up the petition or campaign of Ona Brisk" in _reported("It is a waste of money.", "angler", signed, "My ovens sit cold.").reason
    for text in ("Renk has joined the angler's campaign.", "Renk joined the anglers campaign in May."):
        assert placed(text) == "no", text
    # A petition of no one's, or of no side-taker, one not signed, a body joined, or another signing: no side.
    for text in ("Renk signed a petition.", "Renk signed the bakers' petition.", "Renk never signed the anglers' petition.",
                 "Renk joined the anglers' club.", "The anglers signed Renk's petition."):
        assert placed(text) == "context", text


def test_a_possessive_that_names_side_takers_on_both_sides_gives_no_side():
    roles = (("Ona Brisk", "angler"), ("Per Lund", "angler"), ("Ivo Renk", "baker"))
    for statement in ("Renk signed the anglers' petition.", "Renk disputed the angler's count."):
        story = [
            Block("B1", "quote", "Ona Brisk", "The whole scheme is a waste of money.", ("S1",), (0, 0, 0, 0)),
            Block("B2", "quote", "Per Lund", "It means faster trains for the coast.", ("S1",), (0, 1, 0, 0)),
            Block("B3", "statement", "Ivo Renk", statement, ("S1",), (0, 2, 0, 0)),
            Block("B4", "quote", "Ivo Renk", "My ovens sit cold by noon.", ("S1",), (0, 2, 1, 0)),
        ]
        assert place(story, Spec("T", None, SPECS), roles=roles).blocks[3].position == "context", statement
        # With the anglers all on one side, the same sentence places him.
        one_side = [*story[:1], replace(story[1], speaker="Ada Holt"), *story[2:]]
        assert place(one_side, Spec("T", None, SPECS), roles=roles).blocks[3].position != "context", statement


# A speaker clearly against the tunnel who names one point of the other side.
ANSWERING = (
    make_block("It will flood the valley.", n=1),
    make_block("The whole scheme is a waste of money.", n=2),
    make_block("Faster trains will run straight past our station.", n=3),
)


def test_one_cue_of_a_side_from_a_speaker_clearly_on_the_other_names_the_point_answered():
    spec = Spec("T", None, SPECS)
    answering = list(ANSWERING)
    placed = place(answering, spec).blocks[2]
    assert placed.position == "no" and "other side's point" in placed.reason and "mixed" in placed.reason
    # One cue elsewhere is no clear side to answer from: the block keeps its own cue.
    once = [make_block("It will flood the valley.", n=1), make_block("Faster trains will run straight past our station.", n=2)]
    assert place(once, spec).blocks[1].position == "yes"
    # Two cues of a side in one block are that block's own case.
    both = [*answering[:2], make_block("Faster trains and fewer lorries, they promised us. Look around.", n=3)]
    assert place(both, spec).blocks[2].position == "yes"


def test_explain_names_a_stance_on_the_proposal_and_a_point_answered():
    spec = Spec("T", None, SPECS)
    placed = place([*ANSWERING, make_block("We oppose the tunnel.", n=4)], spec)
    text = explain(Briefing("T", None, (), placed.positions, placed.blocks), spec)
    assert "  Ona Brisk: Against the tunnel\n" in text
    assert 'cue "oppose the tunnel" (Against the tunnel)' in text.split("B4 ")[0].rstrip().splitlines()[-1]
    assert 'cue "faster trains" (For the tunnel) taken as the other side\'s point' in text.split("B3 ")[0].rstrip().splitlines()[-1]


def test_one_cue_of_the_side_whose_view_the_speaker_reports_answers_that_view():
    spec = Spec("T", None, SPECS)
    said = (
        "Critics say the tunnel will flood the valley.",
        "It means faster trains for the coast.",
        "Families who lose land when we flood the valley will be paid in full.",
        "We will publish the plans.",
    )
    story = [make_block(text, n=n) for n, text in enumerate(said, 1)]
    placed = place(story, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes", "yes"]
    assert "other side's point" in placed[2].reason
    # Without the view reported, one cue a side is no clear stance.
    unreported = place(story[1:], spec).blocks
    assert [b.position for b in unreported] == ["yes", "no", "context"]
    # A cue of that side said with another cue, or twice, is the speaker's own.
    twice = [*story[:3], make_block("It is a waste of money to wait.", n=4)]
    assert place(twice, spec).blocks[2].position == "no"
    # Who reports both sides' views, with one cue of each, answers neither.
    both = [*story, make_block("Backers say it means fewer lorries.", n=5)]
    assert [b.position for b in place(both, spec).blocks][1:3] == ["yes", "no"]


def test_who_reports_a_proposals_critics_to_answer_them_takes_the_position_they_criticise():
    specs = (
        PositionSpec("tunnel", "Dig a tunnel under the strait", ("faster trains",)),
        PositionSpec("bridge", "Build a bridge over the strait", ("cheaper to build",)),
        PositionSpec("ferry", "Keep the ferry", ("ferry works",)),
    )
    spec = Spec("T", None, specs)
    said = [
        make_block("Critics call the bridge an eyesore. They said the same of every bridge on this coast.", "Oren Vale", n=1),
        make_block("It would carry twice the traffic we carry now.", "Oren Vale", n=2),
    ]
    placed = place(said, spec).blocks
    assert [b.position for b in placed] == ["bridge", "bridge"], [b.reason for b in placed]
    assert placed[1].reason.startswith("reports the view of critics ('Critics call the bridge an eyesore.')")
    # "Opponents claim that ...", a view of the proposal's opponents: the same.
    assert place([make_block("Opponents claim that a tunnel would flood.", "Oren Vale")], spec).blocks[0].position == "tunnel"
    # Nothing only one label names right after the verb, a view of both sides, or a scholar: no side.
    for text in ("Critics say it costs too much.", "Critics say the strait is too deep for anything.", "Critics call the bridge ugly. Critics call the tunnel a gamble."):
        assert place([make_block(text, "Oren Vale")], spec).blocks[0].position == "context", text
    scholar = (("Oren Vale", "professor of engineering"),)
    assert place(said[:1], spec, roles=scholar).blocks[0].position == "context"
    # The speaker's own cue decides, and a supporters' view says nothing of which of three sides answers it.
    own = [said[0], make_block("The ferry works, and it always has.", "Oren Vale", n=2)]
    assert [b.position for b in place(own, spec).blocks] == ["ferry", "ferry"]
    backers = [make_block("Its supporters say the bridge will pay for itself.", "Oren Vale")]
    assert place(backers, spec).blocks[0].position == "context"
    # With two positions, who reports the supporters' view of one takes the other.
    two = Spec("T", None, (specs[1], specs[2]))
    assert place(backers, two).blocks[0].position == "ferry"


def test_the_words_of_who_answers_a_reported_view_teach_the_story_vocabulary_nothing():
    specs = (PositionSpec("bridge", "Build a bridge", ("cheaper to build",)), PositionSpec("ferry", "Keep the ferry", ("ferry works",)))
    spec = Spec("T", None, specs)
    others = [
        make_block("It is cheaper to build, and the harbour wall gets mended too.", "Ula Brenn", n=1),
        make_block("The ferry works, and the timetable suits the crews.", "Sven Toll", n=2),
    ]
    critic = make_block("Critics say a bridge would spoil the headland views and the quiet shore.", "Oren Vale", n=3)
    walker = make_block("The headland views and the quiet shore are why I moved here.", "Ada Fenn", n=4)
    placed = place([*others, critic, walker], spec).blocks
    assert placed[2].position == "bridge" and placed[3].position == "context", [b.reason for b in placed]
