"""Placement across a speaker's blocks: a clear stance carries to their other
words, a point granted gives way to them, and some words take no side whatever
the speaker's stance (a timetable, evidence weighed as undecided, a scholar's
finding, a cue only named before it is judged); the story's words place only
with two positions; what the outlet reports a speaker wants is their aim."""

from dataclasses import replace

from placing import SPECS, make_block

from briefing.cues import evidence, story_evidence
from briefing.explain import explain
from briefing.model import Block, Briefing, PositionSpec, Spec
from briefing.positions import place


def test_stance_carries_only_when_clear():
    spec = Spec("T", None, SPECS)
    clear = [make_block("It means faster trains.", n=1), make_block("It means fewer lorries.", n=2), make_block("We have said so for years.", n=3)]
    assert place(clear, spec).blocks[2].position == "yes"
    torn = [make_block("It means faster trains.", n=1), make_block("It is a waste of money.", n=2), make_block("We have said so for years.", n=3)]
    assert place(torn, spec).blocks[2].position == "context"


def test_a_point_granted_gives_way_to_the_speakers_other_words():
    spec = Spec("T", None, SPECS)
    granted = [make_block("Of course it means fewer lorries.", n=1), make_block("It is a waste of money.", n=2)]
    placed = place(granted, spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and "speaker stance" in placed[0].reason
    # Granted with nothing on another side, it is the speaker's view.
    assert place(granted[:1], spec).blocks[0].position == "yes"
    # "Yes, ... . But not ..." denies what was granted.
    denied = evidence(make_block("Yes, it means faster trains. But not for this town."), SPECS)
    assert denied.counted == {} and denied.ignored[0].kind == "denied"
    assert place([make_block("Yes, it means faster trains. But not for this town.")], spec).blocks[0].position == "no"


def test_explain_gives_the_reason_place_used():
    spec = Spec("T", None, SPECS)
    placed = place([make_block("Of course it means fewer lorries.", n=1), make_block("It is a waste of money.", n=2)], spec)
    text = explain(Briefing("T", None, (), placed.positions, placed.blocks), spec)
    assert "set aside in B1" in text and "the speaker's other words take another side" in text


def test_a_point_granted_then_answered_with_but_speaks_for_the_other_side():
    spec = Spec("T", None, SPECS)
    # One quote, cut into a block a sentence: the "But" of the next block answers the first.
    granted = Block("B1", "quote", "Ona Brisk", "Nobody is against fewer lorries.", ("S1",), (0, 2, 0, 0))
    answer = Block("B2", "quote", "Ona Brisk", "But this scheme will not deliver them.", ("S1",), (0, 2, 0, 1))
    placed = place([granted, answer], spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and "answered with a 'but'" in placed[0].reason
    # The same sentence with no answer after it stands as the speaker's view.
    assert place([granted], spec).blocks[0].position == "yes"
    # A "but" in another paragraph answers nothing here.
    apart = replace(answer, first=(0, 3, 0, 0))
    assert place([granted, apart], spec).blocks[0].position == "yes"


def test_a_cue_the_sentence_only_names_before_judging_it_does_not_count():
    spec = Spec("T", None, SPECS)
    named = make_block("Faster trains are a promise nobody will keep.", n=1)
    story = [named, make_block("It is a waste of money.", n=2)]
    placed = place(story, spec).blocks
    assert [b.position for b in placed] == ["no", "no"]
    assert story_evidence(story, SPECS)["B1"].ignored[0].kind == "renamed"
    # With nothing else from the speaker, the judgement may go either way: context, and no stance to carry.
    alone = place([named, make_block("We have said so for years.", n=2)], spec).blocks
    assert [b.position for b in alone] == ["context", "context"]
    # A cue the speaker asserts is firm.
    firm = [make_block("Faster trains are what this coast needs.", n=1), story[1]]
    assert story_evidence(firm, SPECS)["B1"].counted == {"yes": ["faster trains"]}


def test_a_timetable_in_a_side_taking_speakers_own_words_takes_no_side():
    spec = Spec("T", None, SPECS)
    clear = [make_block("It means faster trains.", n=1), make_block("It means fewer lorries.", n=2)]
    ahead = ("We will put our case to the board on Friday.", "The petition closes on 14 May.", "Our members will vote next week.")
    for text in (*ahead, "We need to see the figures on Friday.", "The scheme will be reviewed after two years."):
        placed = place([*clear, make_block(text, n=3)], spec).blocks[2]
        assert placed.position == "context" and "timetable" in placed.reason, text
    # A time looking back, a habit, or a year is no timetable: the stance carries.
    back = ("I met the board this week and nothing changed.", "The lorries come on a Monday.", "In May 2019 we were promised this.")
    for text in (*back, "We marched on Friday.", "After two years of delays we gave up.", "The vans will run on Saturdays."):
        assert place([*clear, make_block(text, n=3)], spec).blocks[2].position == "yes", text
    # A spokesperson's timetable goes with the one they speak for.
    voice = [make_block("It means faster trains.", "Tobias Wren", n=1), make_block("It means fewer lorries.", "Tobias Wren", n=2)]
    office = make_block("The minister will reply on Friday.", "Hal Grey", n=3)
    assert place([*voice, office], spec, roles=(("Hal Grey", "spokesman for Wren"),)).blocks[2].position == "yes"


def test_a_timetable_from_a_speaker_the_spec_lists_takes_no_side():
    spec = Spec("T", None, SPECS, actors=(("Ona Brisk", "yes"),), from_file=True)
    placed = place([make_block("We will meet the ferry crews on Thursday.", n=1), make_block("It will change nothing for the coast.", n=2)], spec)
    assert [b.position for b in placed.blocks] == ["context", "yes"]
    assert "a timetable" in placed.blocks[0].reason


def test_a_statement_that_weighs_the_evidence_as_undecided_takes_no_side():
    spec = Spec("T", None, SPECS)
    clear = [make_block("It means faster trains.", n=1), make_block("It means fewer lorries.", n=2)]
    for text in ("The studies on freight are mixed, and I promise nothing.", "The research on faster trains is inconclusive.",
                 "The evidence points both ways.", "The evidence on freight remains unclear."):
        placed = place([*clear, make_block(text, n=3)], spec).blocks[2]
        assert placed.position == "context" and "undecided" in placed.reason, text
    # Its cue is the evidence weighed, not a side: it does not count for the speaker either.
    alone = place([make_block("The data on faster trains are unclear.", n=1), make_block("We will see.", n=2)], spec).blocks
    assert [b.position for b in alone] == ["context", "context"]
    # Evidence judged clear, a "but" after the hedge, or "mixed" said of something else take a side.
    for text in ("The evidence is clear: it means faster trains.", "The data are mixed, but it means faster trains.",
                 "A mixed crowd came for faster trains."):
        assert place([make_block(text, n=1)], spec).blocks[0].position == "yes", text


def test_a_scholars_point_granted_before_a_but_weighs_the_evidence():
    spec = Spec("T", None, SPECS)
    weighed = "Towns with a tunnel get faster trains, but the bill runs for decades."
    said = [make_block(weighed, "Nell Stroud", n=1), make_block("It depends on the freight.", "Nell Stroud", n=2)]
    scholar = place(said, spec, roles=(("Nell Stroud", "economist at Marrow University"),)).blocks
    assert [b.position for b in scholar] == ["context", "context"] and "scholar" in story_evidence(said, SPECS, {"Nell Stroud"})["B1"].ignored[0].why
    # The same words from one who argues a side keep their cue, and carry.
    assert [b.position for b in place(said, spec, roles=(("Nell Stroud", "mayor of Marrow"),)).blocks] == ["yes", "yes"]
    # A scholar's cue said outright is their view.
    plain = [make_block("The tunnel means faster trains.", "Nell Stroud", n=1)]
    assert place(plain, spec, roles=(("Nell Stroud", "professor of transport"),)).blocks[0].position == "yes"


def test_with_three_positions_the_storys_words_place_nothing():
    # A middle way between two sides shares their words: with three positions cues and stances place, not words.
    said = [
        ("Ona Brisk", "It means faster trains for commuters who stand on the platform at Saxley every morning."),
        ("Tobias Wren", "Fewer lorries, and commuters get a platform at Saxley that works each morning."),
        ("Ada Corr", "It is a waste of money that will drown farmland and poison the wells."),
        ("Hal Grey", "They will flood the valley, and the farmland and the wells go under."),
        ("Ivo Renk", "Commuters wait on a cold platform every morning."),
    ]
    blocks = [make_block(text, who, n=n) for n, (who, text) in enumerate(said, 1)]
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    assert place(blocks, Spec("T", None, SPECS)).blocks[4].position == "yes"
    assert place(blocks, Spec("T", None, (*SPECS, middle))).blocks[4].position == "context"


def test_what_the_outlet_reports_a_speaker_wants_is_their_aim():
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    spec = Spec("T", None, (*SPECS, middle))
    said = make_block("The question is what we know about the rock.", "Ada Corr", n=2)
    for text in (
        "Senator Ada Corr, a Saxley Liberal, wants a second survey first.",
        "Ada Corr proposes a second survey before any digging.",
        "Ada Corr wants to ask the board for a second survey.",  # asking for something is an aim, not a question
    ):
        placed = place([Block("B1", "event", None, text, ("S1",), (0, 0, 1, 0)), said], spec).blocks
        assert [b.position for b in placed] == ["context", "later"], text
        assert "what the outlet reports Ada Corr wants" in placed[1].reason
    # Only what she wants, named at the sentence's opening: not what she met about, nor what her critics want.
    # "Wants to know who ..." asks a question; it names no aim.
    for text in ("Ada Corr met engineers to talk about a second survey.", "Critics of Ada Corr want a second survey.", "Ada Corr wants to know who will pay for a second survey."):
        placed = place([Block("B1", "event", None, text, ("S1",), (0, 0, 1, 0)), said], spec).blocks
        assert placed[1].position == "context", text
