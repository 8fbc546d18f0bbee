"""Placement: a cue counts only in the speaker's own voice (not negated, not
in a view they report or dismiss, not conceded before a turn to the other
side); a
clear stance carries; an office carries its principal's stance. Measured on
the hand-written stories in tests/placement (fictional, with a spec and the
position a careful reader gives each quote)."""

import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.bodies import body
from briefing.cues import evidence, story_evidence
from briefing.explain import explain
from briefing.model import Block, Briefing, Paragraph, PositionSpec, Spec
from briefing.pipeline import build
from briefing.positions import place, principal
from briefing.saying import parse
from briefing.sentences import split

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from hand_written import placed

STORIES = Path(__file__).parent / "placement"
# 380 of 450 (2026-11-30): 36 of 53 on four_day_week, museum_bronzes and vape_ban (written blind for issue 13's
# seventh round, measured once on its rules: the same quotes as before them), and 344 of 397 on the other 25 after
# the round's rules: a speaker who says no cue but negates one side's (island_ferry
# +2), a long cue with a few words set inside it (hospital_parking +3), the opposition against the government
# (school_phones +1) and a role one of the holders a label names (hospital_strike +2); 336 before it: 296 of 340 on the twenty-two
# older stories (290 before the sixth round's same-body and reported-holder rules, 294 before the story's own
# vocabulary; 141 of 155 on the eleven oldest, 91 of 104 on the six written blind for issue 13's fourth round, 41 of 53
# on the three of its fifth, 23 of 28 on body_cameras and steel_tariff), 40 of 57 on island_ferry, speed_limit and
# hospital_parking (written blind for the sixth round, measured blind on fe9a5ba: 37; 39 with the vocabulary, measured
# once)
# 419 of 503 (2026-11-30, eighth round): rent_cap, sewage_fine and bank_branch, written blind, scored 30 of 53
# (57%) measured once on the round's rules, as on main before them; the other 28 stories 389 of 450 (381 before
# the round: a speaker introduced right after a group's stance, "nobody asked us", a review after a period).
# 422 of 503 (2026-11-30, ninth round, place8b): 390 of 450 on the 28 older stories (a district spokeswoman who
# opens on the superintendent's view), 32 of 53 on the three held-out ones (a mayor's spokesman named with the
# mayor's title; a regulator's "whether ..." clause; a pensioner's "I don't have a smartphone" now in context,
# no longer on the wrong side).
# 467 of 554 (2026-11-30, tenth round, with place9's rules and the three stories of the ninth session): place29's
# rules gave 423 -> 426 of the 31 (a scholar's point granted before a "but" and a statement that the evidence is
# mixed stay in context; a cue only named before "is a" no longer counts, two quotes from a wrong side to context).
# 471 of 554 (2026-11-30, place9, on main 467): a quote that reports a proposal's critics to answer them
# (museum_bronzes +1, vape_ban +2), a member of "the association" (rent_cap +2), a spokeswoman "for the
# company" (sewage_fine +2), a "Department for ..." of the government (pesticide_ban +1), a "mayoral spokesman"
# (bike_share +1); no quote moved to a wrong side. 433 of 503 on the thirty-one older stories, 38 of 51 on the
# three newest.
# 474 of 554 (2026-11-30, eleventh round, place10): "hit back" answers the speaker before (pesticide_ban +1), a
# proposal said to do harm to someone is a verdict against it (fuel_duty +1, by the farmers' group sentence), a
# spokesperson for a firm named in full speaks for "the company's" head (quarry_extension +1).
# 509 of 610 (2026-12-01): the three stories written blind for the tenth session (stop_search, data_center_water,
# farm_payments) placed 38 of 56 before any rule was drawn from them; the floor goes down with them, not the rules.
# 512 of 610 with the eleventh round's rules (place10), measured once on the three: 38 of 56, the same quotes;
# 515 of 610 with a spokesperson's "The commissioner supports the decision" read in stop_search (+3, not blind).
# 516 of 610 with "staff had not been consulted" as the grievance of not being asked (bank_branch +1).
# 517 of 610 with a timetable from a speaker the spec lists kept in context, as anyone's is (stop_search +1).
# 518 of 610 with a verdict said of what a "Keep ..." label keeps ("Larkfield costs us", care_home +1).
# 552 of 670 (2026-12-01): three stories written blind (allotment_homes, nurse_prescribing, seabed_mining)
# placed 36 of 60 on main 69b220e, measured once before any rule was drawn from them; the floor goes down with them.
# 554 of 670 with place11 (2026-12-01): the three blind stories still 36 of 60 under its rules (measured once).
# 555 of 670 with place11b (2026-12-01), its rules drawn from the misses of the three stories blind until then:
# "nobody disputes that ..." claims common ground and places no one (nurse_prescribing: 3 quotes from a wrong side
# to context, and a 4th the story's words had leaned by them), a cue with a possessive inside ("X's amendment",
# nurse_prescribing +2), the story's words place with two positions only (speed_limit: 2 from a wrong side to
# context, 1 right lost). Quotes placed on a side the reader does not give: 19 -> 13 (on another side than the
# reader's 11 -> 5; context quotes placed on a side 8, unchanged).
# 558 of 670 (place11b): what the outlet reports a speaker wants ("Rep. X, a Y Democrat, wants ...") counts as
# their aim (nurse_prescribing +3, drawn from its misses); no other quote moved.
# 555 of 670 on main with place11b and attr11 together: attr11 gives a spokesman's "The commissioner supports ..."
# to the commissioner's spokesman, not the commissioner (right), and the commissioner's own concession then sets her
# side (stop_search -3).
# 557 of 670 with place11c (2026-12-01): the stance the outlet's own sentence on a speaker states ("X, who keeps
# bees, backs the plan"; "X, a critic of the plan, ...") counts as theirs, with two positions (allotment_homes +2,
# a story no longer blind: the rule drawn from its misses); no other quote moved.
# 560 of 670 with place11c (2026-12-01): a group's sentence introduces the speakers quoted one after another on its
# side, not only the first, and a place in the group's name ("farmers in the hills") is no word shared with a
# speaker's role (data_privacy +2, night_buses +1, drawn from their misses; fuel_duty would have lost one by a
# shared place without it); no quote moved to a wrong side.
# 565 of 670 with place11d (2026-12-01): a spokesperson's counted cues add to the tally of the one they speak for,
# whose own concession then gives way to them (stop_search +3, drawn from its misses); no quote moved to a wrong side.
# 567 of 670 with place11d: with three positions, the label taking the proposal whole is for it and the one rejecting
# it or keeping what is against it, a middle way taking no bare stance (data_center_water +2, by the outlet's "against
# the project" on a coalition's chair); no quote moved to a wrong side.
# 567 of 670 with place11e (2026-12-01), the same misses quote for quote: rules against a reviewer's invented cases
# only (an accusation, a former stance or a nested relative clause in the outlet's description of a speaker; "wants
# to know"; an open "whether" clause; a denial turned by a second negation or "ever ... such"), none drawn from a story.
# 594 of 707 (2026-12-01): ridgeline_rail and late_licence, written blind, placed 27 of 37 measured once on main
# 098d617 (all the session's rules but the last precision round); the floor holds.
# 596 of 707 with place12b (2026-12-01): with three positions, a view of the for or against side the labels tell apart,
# reported and never held, turns the speaker to the other, unless they say a cue of the middle way
# (data_center_water +2); no quote moved to a wrong side. Labels of refusal beside consent and the group-name rule of
# bodies.introduced moved no quote.
# 664 of 800 on all 47 stories (2026-12-01, end of the thirteenth session): 645 of 762 on the 45 older ones and
# 19 of 38 on clock_change and civic_hall, written blind this session (19 of 38 before its rules too).
# 600 of 707 on the 42 stories not held out, 596 before (place12d, 2026-12-01): a negative subject naming a side
# ("none of the critics has ...") denies its cue (late_licence +1), a scholar's quoted finding takes no side
# (data_center_water +1, tourist_tax +1, water_fluoride 1 wrong side -> context), a "while" clause of time
# (rider_ruling +1); no quote moved from right to wrong or to context.
FLOOR = 0.82
SPECS = (
    PositionSpec("yes", "For the tunnel", ("faster trains", "fewer lorries")),
    PositionSpec("no", "Against the tunnel", ("waste of money", "flood the valley")),
)


def _block(text: str, speaker: str = "Ona Brisk", kind: str = "quote", n: int = 1) -> Block:
    return Block(f"B{n}", kind, speaker, text, ("S1",), (0, 0, n, 0))


def test_placement_accuracy_on_the_hand_written_stories():
    total = right = 0
    misses = []
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        gold = tomllib.loads((story / "expected.toml").read_text("utf-8"))
        for q, found in placed(gold, build([str(story)]).briefing):
            total += 1
            right += found == {q["position"]}
            if found != {q["position"]}:
                misses.append((story.name, q["text"], found))
    assert total >= 20 and right / total >= FLOOR, misses


def test_a_plain_cue_counts():
    assert evidence(_block("The tunnel means faster trains for the whole coast."), SPECS).counted == {"yes": ["faster trains"]}


def test_a_negated_cue_does_not_count():
    found = evidence(_block("It will not flood the valley, whatever you hear."), SPECS)
    assert found.counted == {} and "negated" in found.ignored[0].why
    assert evidence(_block("This won't mean faster trains for anyone."), SPECS).counted == {}


def test_a_view_the_speaker_denies_holding_is_negated_not_reported():
    # "I don't think X": the speaker's own denial of X (the subject is "I", not the "t" of "n't")
    found = evidence(_block("I don't think the new line would flood the valley."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "negated" and "think" in found.ignored[0].why
    found = evidence(_block("We do not believe it is a waste of money."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "negated"
    # Without the negator the speaker's "I think" is their view.
    assert evidence(_block("I think it would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


def test_a_cue_in_an_indirect_question_after_to_is_no_stance():
    # "want to know who ...", "need to understand why ...": the speaker asks, and takes no side
    for text in ("I want to know who will pay for the faster trains.", "We need to understand why it would flood the valley."):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and "indirect question" in found.ignored[0].why, text
    # Without "to" the speaker states what they know.
    assert evidence(_block("I know how much the faster trains would help us."), SPECS).counted == {"yes": ["faster trains"]}


def test_a_view_the_speaker_reports_does_not_count():
    found = evidence(_block("Opponents claim it is a waste of money, and they are wrong about that."), SPECS)
    assert found.counted == {} and "reports" in found.ignored[0].why
    # The speaker's own "I say" is their view.
    assert evidence(_block("I say it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}


def test_the_outlets_said_frame_of_reported_speech_is_not_a_reported_view():
    block = _block("Ona Brisk said the tunnel was a waste of money.", kind="statement")
    assert evidence(block, SPECS).counted == {"no": ["waste of money"]}


def test_what_is_conceded_before_but_gives_way_to_what_follows():
    found = evidence(_block("Faster trains would be nice, but it is a waste of money."), SPECS)
    assert found.counted == {"no": ["waste of money"]}
    # Without a turn to another side, the cue before "but" stands.
    assert evidence(_block("We want faster trains, but the work must start soon."), SPECS).counted == {"yes": ["faster trains"]}


def test_stance_carries_only_when_clear():
    spec = Spec("T", None, SPECS)
    clear = [_block("It means faster trains.", n=1), _block("It means fewer lorries.", n=2), _block("We have said so for years.", n=3)]
    assert place(clear, spec).blocks[2].position == "yes"
    torn = [_block("It means faster trains.", n=1), _block("It is a waste of money.", n=2), _block("We have said so for years.", n=3)]
    assert place(torn, spec).blocks[2].position == "context"


def test_a_timetable_in_a_side_taking_speakers_own_words_takes_no_side():
    spec = Spec("T", None, SPECS)
    clear = [_block("It means faster trains.", n=1), _block("It means fewer lorries.", n=2)]
    ahead = ("We will put our case to the board on Friday.", "The petition closes on 14 May.", "Our members will vote next week.")
    for text in (*ahead, "We need to see the figures on Friday.", "The scheme will be reviewed after two years."):
        placed = place([*clear, _block(text, n=3)], spec).blocks[2]
        assert placed.position == "context" and "timetable" in placed.reason, text
    # A time looking back, a habit, or a year is no timetable: the stance carries.
    back = ("I met the board this week and nothing changed.", "The lorries come on a Monday.", "In May 2019 we were promised this.")
    for text in (*back, "We marched on Friday.", "After two years of delays we gave up.", "The vans will run on Saturdays."):
        assert place([*clear, _block(text, n=3)], spec).blocks[2].position == "yes", text
    # A spokesperson's timetable goes with the one they speak for.
    voice = [_block("It means faster trains.", "Tobias Wren", n=1), _block("It means fewer lorries.", "Tobias Wren", n=2)]
    office = _block("The minister will reply on Friday.", "Hal Grey", n=3)
    assert place([*voice, office], spec, roles=(("Hal Grey", "spokesman for Wren"),)).blocks[2].position == "yes"


def test_a_statement_that_weighs_the_evidence_as_undecided_takes_no_side():
    spec = Spec("T", None, SPECS)
    clear = [_block("It means faster trains.", n=1), _block("It means fewer lorries.", n=2)]
    for text in ("The studies on freight are mixed, and I promise nothing.", "The research on faster trains is inconclusive.",
                 "The evidence points both ways.", "The evidence on freight remains unclear."):
        placed = place([*clear, _block(text, n=3)], spec).blocks[2]
        assert placed.position == "context" and "undecided" in placed.reason, text
    # Its cue is the evidence weighed, not a side: it does not count for the speaker either.
    alone = place([_block("The data on faster trains are unclear.", n=1), _block("We will see.", n=2)], spec).blocks
    assert [b.position for b in alone] == ["context", "context"]
    # Evidence judged clear, a "but" after the hedge, or "mixed" said of something else take a side.
    for text in ("The evidence is clear: it means faster trains.", "The data are mixed, but it means faster trains.",
                 "A mixed crowd came for faster trains."):
        assert place([_block(text, n=1)], spec).blocks[0].position == "yes", text


def test_a_scholars_point_granted_before_a_but_weighs_the_evidence():
    spec = Spec("T", None, SPECS)
    weighed = "Towns with a tunnel get faster trains, but the bill runs for decades."
    said = [_block(weighed, "Nell Stroud", n=1), _block("It depends on the freight.", "Nell Stroud", n=2)]
    scholar = place(said, spec, roles=(("Nell Stroud", "economist at Marrow University"),)).blocks
    assert [b.position for b in scholar] == ["context", "context"] and "scholar" in story_evidence(said, SPECS, {"Nell Stroud"})["B1"].ignored[0].why
    # The same words from one who argues a side keep their cue, and carry.
    assert [b.position for b in place(said, spec, roles=(("Nell Stroud", "mayor of Marrow"),)).blocks] == ["yes", "yes"]
    # A scholar's cue said outright is their view.
    plain = [_block("The tunnel means faster trains.", "Nell Stroud", n=1)]
    assert place(plain, spec, roles=(("Nell Stroud", "professor of transport"),)).blocks[0].position == "yes"


def test_a_spokesperson_for_a_body_carries_the_stance_of_the_one_whose_role_names_it():
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {"Pia Landa": "spokeswoman for the trust", "Tobias Wren": "chair of the Coastal Rail Trust"}) == "Tobias Wren"
    # Two who could head it, or a role that only works there, name no principal.
    two = {"Pia Landa": "spokeswoman for the trust", "Tobias Wren": "chair of the Coastal Rail Trust", "Ada Corr": "chair of the Valley Trust"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren", "Ada Corr"], two) is None
    assert principal("Pia Landa", ["Pia Landa", "Ada Corr"], {"Pia Landa": "spokeswoman for the trust", "Ada Corr": "nurse at the trust"}) is None


def test_a_lawyer_speaks_for_the_client_and_a_body_with_its_head_is_one_principal():
    spec = Spec("T", None, SPECS)
    roles = (("Ivo Renk", "the union's lawyer"), ("Ada Corr", "general secretary of the Porters' Union"))
    blocks = [
        _block("It means faster trains.", "Ada Corr", n=1),
        _block("It means fewer lorries.", "Porters' union", n=2),
        _block("The board's case rests on a fiction.", "Ivo Renk", n=3),
    ]
    placed = place(blocks, spec, roles=roles).blocks[2]
    assert placed.position == "yes" and "speaks for Ada Corr" in placed.reason
    # A body and its head on different sides leave the lawyer in context; a lawyer by trade speaks for no one.
    split = [blocks[0], _block("It is a waste of money. It will flood the valley.", "Porters' union", n=2), blocks[2]]
    assert place(split, spec, roles=roles).blocks[2].position == "context"
    trade = (("Ivo Renk", "employment lawyer"), roles[1])
    assert place(blocks, spec, roles=trade).blocks[2].position == "context"


def test_a_speaker_with_no_cue_takes_the_side_of_their_bodys_side_takers():
    spec = Spec("T", None, SPECS)
    roles = (("Ada Corr", "surveyor at Marrow Rail Works"), ("Ivo Renk", "welder on the night shift at Marrow Rail"))
    blocks = [_block("It means faster trains.", "Ada Corr", n=1), _block("Our orders book is full to next spring.", "Ivo Renk", n=2)]
    placed = place(blocks, spec, roles=roles).blocks[1]
    assert placed.position == "yes" and "same body ('marrow rail') as Ada Corr" in placed.reason
    # A body whose side-takers differ, a one-word body, a university, or a cue of one's own: no side carried.
    split = [*blocks, _block("It will flood the valley.", "Pia Landa", n=3)]
    both = (*roles, ("Pia Landa", "planner at Marrow Rail Works"))
    assert place(split, spec, roles=both).blocks[1].position == "context"
    assert body("Ivo Renk", "the council's head of parks") == ()
    assert body("Ivo Renk", "lecturer at Marrow University") == ()
    own = place([blocks[0], _block("It is hard to say. It is a waste of money. It means fewer lorries.", "Ivo Renk", n=2)], spec, roles=roles).blocks[1]
    assert "same body" not in own.reason


def test_a_body_the_spec_lists_carries_its_side_to_its_members_and_spokespeople(make_articles):
    spec = Spec("T", None, SPECS, actors=(("Marrow Rail Union", "no"),))
    roles = (("Ivo Renk", "branch secretary of the Marrow Rail Union"), ("Pia Landa", "spokeswoman for the union"), ("Ada Corr", "guard at Marrow Rail Works"))
    blocks = [
        _block("Our members have voted twice.", "Ivo Renk", n=1),
        _block("The ballot papers went out in March.", "Pia Landa", n=2),
        _block("I have driven this line for years.", "Ada Corr", n=3),
        _block("I like my job. It means faster trains.", "Ivo Renk", n=4),
    ]
    placed = place(blocks[:3], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["no", "no", "context"]
    assert "a member of Marrow Rail Union, which the spec lists as 'Against the tunnel'" in placed[0].reason
    assert "speaks for Marrow Rail Union, which the spec lists as 'Against the tunnel'" in placed[1].reason
    # A member's own cues decide for them.
    assert place([blocks[3]], spec, roles=roles).blocks[0].position == "yes"
    # The body is no speaker, yet the spec's line has an effect: no warning that it is unused.
    folder = make_articles(
        {"a.txt": 'Ivo Renk, branch secretary of the Marrow Rail Union, said: "Our members have voted twice."'},
        spec='title = "T"\n[[positions]]\nid = "yes"\nlabel = "Y"\ncues = ["faster trains"]\n[[positions]]\nid = "no"\nlabel = "N"\ncues = ["waste of money"]\n'
        '[actors]\n"Marrow Rail Union" = "no"\n"Odo Finch" = "yes"\n',
    )
    result = build([str(folder)])
    assert [b.position for b in result.briefing.blocks if b.speaker == "Ivo Renk"] == ["no"]
    assert [w for w in result.warnings if "[actors]" in w] == [w for w in result.warnings if "Odo Finch" in w] != []


def test_a_spokesperson_for_an_office_voices_its_holders_stance(make_articles):
    # "A spokesman for the Police Commissioner, Ada Lunn,": Ada Lunn's spokesperson, whose role names the office,
    # so "The commissioner supports ..." in their words is a stance, as "we support" is.
    said = 'A spokesman for the Police Commissioner, Ada Lunn, said: "The commissioner supports the tunnel and will say so at the inquiry."'
    spec = (
        'title = "T"\n[[positions]]\nid = "yes"\nlabel = "For the tunnel"\ncues = ["faster trains"]\n'
        '[[positions]]\nid = "no"\nlabel = "Against the tunnel"\ncues = ["waste of money"]\n'
    )
    placed = build([str(make_articles({"a.txt": said}, spec=spec))]).briefing.blocks
    assert [(b.speaker, b.speaker_role, b.position) for b in placed] == [("Ada Lunn's spokesperson", "spokesman for the Police Commissioner", "yes")]


def test_a_minister_or_a_ministry_takes_the_governments_side_but_not_the_oppositions():
    spec = Spec("T", None, SPECS)
    roles = (("Tobias Wren", "Finance minister"), ("Hal Grey", "Housing minister"))
    said = (
        ("Tobias Wren", "It is a waste of money. It will flood the valley."),
        ("Hal Grey", "Building starts where the need is greatest."),
        ("Works Ministry's spokesperson", "The sums have been checked twice."),
        ("Ada Corr", "We have read the report."),
    )
    blocks = [_block(text, who, n=n) for n, (who, text) in enumerate(said, 1)]
    placed = place(blocks, spec, roles=(*roles, ("Ada Corr", "shadow housing minister"))).blocks
    # The shadow minister is of the opposition, not the government: the other side.
    assert [b.position for b in placed] == ["no", "no", "no", "yes"] and "of the opposition" in placed[3].reason
    assert "same body ('government') as Tobias Wren" in placed[1].reason
    # A ministry's timetable stays in context, like a side-taker's own.
    dated = place([blocks[0], _block("The minister will reply on Friday.", "Works Ministry's spokesperson", n=2)], spec, roles=roles).blocks[1]
    assert dated.position == "context" and "timetable" in dated.reason


def test_an_office_carries_its_principals_stance():
    spec = Spec("T", None, SPECS)
    blocks = [_block("It is a waste of money.", "Tobias Wren", n=1), _block("The minister will reply in writing.", "minister's office", n=2)]
    placed = place(blocks, spec, roles=(("Tobias Wren", "minister"),)).blocks
    assert placed[1].position == "no" and "Tobias Wren" in placed[1].reason
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {"Hal Grey": "spokesman for Tobias Wren"}) == "Tobias Wren"
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {"Hal Grey": "engineer"}) is None


def test_a_spokesperson_for_a_principal_named_with_a_title_speaks_for_that_principal():
    roles = {"Hal Grey": "spokesman for Mayor Tobias Wren", "Tobias Wren": "mayor of Carrow"}
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], roles) == "Tobias Wren"
    spec = Spec("T", None, SPECS)
    blocks = [_block("It is a waste of money.", "Tobias Wren", n=1), _block("The mayor has made her view plain.", "Hal Grey", n=2)]
    placed = place(blocks, spec, roles=tuple(roles.items())).blocks[1]
    assert placed.position == "no" and placed.reason.startswith("speaks for Tobias Wren")
    # A title the principal's role does not hold, or another person of the same surname: no principal.
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "harbour pilot"}) is None
    assert principal("Hal Grey", ["Hal Grey", "Ada Wren"], {**roles, "Ada Wren": "mayor"}) is None


def test_a_spokesperson_named_with_their_principal_carries_the_principals_stance():
    text = 'Mayor Vera Dunn\'s spokeswoman, Pia Landa, said: "The mayor will answer on Friday."'
    roles = dict(parse(split([Paragraph("s", 0, text)])[0]).roles)
    assert principal("Pia Landa", ["Pia Landa", "Vera Dunn", "Ivo Pell"], roles) == "Vera Dunn"
    spec = Spec("T", None, SPECS)
    blocks = [_block("It is a waste of money.", "Vera Dunn", n=1), _block("The mayor will answer on Friday.", "Pia Landa", n=2)]
    assert place(blocks, spec, roles=tuple(roles.items())).blocks[1].position == "no"


def test_who_reports_one_sides_view_and_denies_it_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = [_block("They tell us it means faster trains.", n=1), _block("It will not mean faster trains for this town.", n=2)]
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and "denies" in placed[0].reason


def test_a_cue_in_a_condition_is_not_a_stance():
    found = evidence(_block("If it brings fewer lorries, we will back it."), SPECS)
    assert found.counted == {} and "condition" in found.ignored[0].why
    assert evidence(_block("If the vote is lost, it will still mean fewer lorries."), SPECS).counted == {"yes": ["fewer lorries"]}
    # "Whether ..." puts the alternative, or the question, and asserts neither.
    whether = evidence(_block("Whether the board builds it to flood the valley is for the courts, not for us."), SPECS)
    assert whether.counted == {} and "'whether'" in whether.ignored[0].why
    assert evidence(_block("Whether or not you like it, it will flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


def test_a_view_of_nobody_or_of_the_speaker_is_not_a_reported_one():
    assert evidence(_block("Nobody told us the works would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}
    said = _block("In a letter, the council said the plan was sound and argued it was a waste of money to wait.", "Tarn Council", "statement")
    assert evidence(said, SPECS).counted == {"no": ["waste of money"]}


def test_a_view_the_speaker_dismisses_does_not_count_and_speaks_for_the_other_side():
    for text in (
        "Their so-called faster trains are a fantasy.",
        "The idea that this means fewer lorries is absurd.",
        "Who really believes it will bring faster trains?",
    ):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "dismissed", text
    # The same cue asked about with no doubt, or in an idea no one denies, is the speaker's.
    assert evidence(_block("Will it bring faster trains?"), SPECS).counted == {"yes": ["faster trains"]}
    assert evidence(_block("The idea that it means faster trains is popular."), SPECS).counted == {"yes": ["faster trains"]}
    placed = place([_block("Their so-called faster trains are a fantasy.")], Spec("T", None, SPECS)).blocks
    assert placed[0].position == "no" and "so-called" in placed[0].reason


def test_views_others_keep_telling_or_promise_are_reported_but_my_saying_is_mine():
    assert evidence(_block("They keep telling us it means faster trains."), SPECS).counted == {}
    assert evidence(_block("They promise fewer lorries."), SPECS).ignored[0].kind == "reported"
    assert evidence(_block("I am saying it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}


def test_a_point_granted_gives_way_to_the_speakers_other_words():
    spec = Spec("T", None, SPECS)
    granted = [_block("Of course it means fewer lorries.", n=1), _block("It is a waste of money.", n=2)]
    placed = place(granted, spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and "speaker stance" in placed[0].reason
    # Granted with nothing on another side, it is the speaker's view.
    assert place(granted[:1], spec).blocks[0].position == "yes"
    # "Yes, ... . But not ..." denies what was granted.
    denied = evidence(_block("Yes, it means faster trains. But not for this town."), SPECS)
    assert denied.counted == {} and denied.ignored[0].kind == "denied"
    assert place([_block("Yes, it means faster trains. But not for this town.")], spec).blocks[0].position == "no"


def test_explain_gives_the_reason_place_used():
    spec = Spec("T", None, SPECS)
    placed = place([_block("Of course it means fewer lorries.", n=1), _block("It is a waste of money.", n=2)], spec)
    text = explain(Briefing("T", None, (), placed.positions, placed.blocks), spec)
    assert "set aside in B1" in text and "the speaker's other words take another side" in text


def test_it_is_true_that_grants_a_point_a_but_then_answers():
    for text in ("It is true that the tunnel means fewer lorries.", "It's true that it means fewer lorries."):
        found = evidence(_block(text), SPECS, after="But the rock under the hill is unknown.")
        assert found.counted == {} and [m.kind for m in found.ignored] == ["granted"], text
    # Not at the opening, "true" grants nothing: "the fewer lorries are true relief" is the speaker's point.
    assert evidence(_block("Fewer lorries are true relief for the town."), SPECS, after="But we must wait.").counted == {"yes": ["fewer lorries"]}


def test_two_points_conceded_to_each_side_cancel_whichever_comes_first():
    # "True, ..." with no "but" grants every point after it: one of each side says no side.
    for text in ("True, the tunnel means fewer lorries, and it is a waste of money.", "It is true that it is a waste of money, and we get faster trains."):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and sorted(m.kind for m in found.ignored) == ["conceded", "conceded"], text
        assert place([_block(text)], Spec("T", None, SPECS)).blocks[0].position == "context", text
    # A point conceded counts when the speaker says no other side.
    assert evidence(_block("True, the tunnel means fewer lorries and faster trains."), SPECS).counted == {"yes": ["faster trains", "fewer lorries"]}


def test_a_point_claimed_as_common_ground_places_no_one():
    # "Nobody disputes that ...": either side may grant it, with a "but" after it or none.
    for text in ("Nobody disputes that it means fewer lorries.", "No one would deny that the tunnel brings faster trains."):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and [m.kind for m in found.ignored] == ["common"], text
    # "Nobody wants ..." claims no common ground: a plain cue after it still counts when nothing else turns.
    assert evidence(_block("Nobody wants a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    said = [_block("Nobody disputes that the tunnel means fewer lorries.", "Pia Holm", n=1), _block("The question is what we know about the rock.", "Pia Holm", n=2)]
    # With three positions the one who grants it takes no side, and their other words carry none.
    assert [b.position for b in place(said, Spec("T", None, (*SPECS, middle))).blocks] == ["context", "context"]
    # With two, common ground granted is no point for the other side either.
    assert [b.position for b in place(said, Spec("T", None, SPECS)).blocks] == ["context", "context"]


def test_with_three_positions_the_storys_words_place_nothing():
    # A middle way between two sides shares their words: with three positions cues and stances place, not words.
    said = [
        ("Ona Brisk", "It means faster trains for commuters who stand on the platform at Dunmore every morning."),
        ("Tobias Wren", "Fewer lorries, and commuters get a platform at Dunmore that works each morning."),
        ("Ada Corr", "It is a waste of money that will drown farmland and poison the wells."),
        ("Hal Grey", "They will flood the valley, and the farmland and the wells go under."),
        ("Ivo Renk", "Commuters wait on a cold platform every morning."),
    ]
    blocks = [_block(text, who, n=n) for n, (who, text) in enumerate(said, 1)]
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    assert place(blocks, Spec("T", None, SPECS)).blocks[4].position == "yes"
    assert place(blocks, Spec("T", None, (*SPECS, middle))).blocks[4].position == "context"


def test_what_the_outlet_reports_a_speaker_wants_is_their_aim():
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    spec = Spec("T", None, (*SPECS, middle))
    said = _block("The question is what we know about the rock.", "Ada Corr", n=2)
    for text in (
        "Senator Ada Corr, a Dunmore Liberal, wants a second survey first.",
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


def test_a_cue_with_a_possessive_inside_is_the_same_noun_phrase():
    specs = (PositionSpec("yes", "Build the bypass", ("vell amendment", "ring road")), PositionSpec("no", "Spare the green belt", ("green belt",)))
    assert evidence(_block("I would back the bill with Senator Vell's amendment, and not without it."), specs).counted == {"yes": ["vell amendment"]}
    assert evidence(_block("The ring road's cost is the point."), specs).counted == {"yes": ["ring road"]}
    # The possessive of another word between them is no such phrase.
    assert evidence(_block("Vell's plan for the amendment is late."), specs).counted == {}


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


def test_but_not_denies_the_point_only_when_it_takes_it_back():
    assert evidence(_block("It means faster trains, but not at this price."), SPECS).ignored[0].kind == "denied"
    # "but not" that sets a limit leaves the point standing.
    assert evidence(_block("It means fewer lorries, but not fewer buses."), SPECS).counted == {"yes": ["fewer lorries"]}


def test_a_cue_matches_in_any_tense_or_number():
    assert evidence(_block("Last winter the works flooded the valley twice."), SPECS).counted == {"no": ["flood the valley"]}
    assert evidence(_block("We keep wasting money on it, a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    assert evidence(_block("Flooding the valley is what they plan."), SPECS).counted == {"no": ["flood the valley"]}
    # A different word that merely starts the same is not an inflection.
    assert evidence(_block("The floodgates of the valley are old."), SPECS).counted == {}
    fees = (PositionSpec("no", "Against the fee", ("fee",)),)
    assert evidence(_block("They feed the horses."), fees).counted == {}
    assert evidence(_block("Both fees went up."), fees).counted == {"no": ["fee"]}


def test_a_view_put_to_the_speaker_in_the_passive_is_reported():
    found = evidence(_block("We are told it means faster trains."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "reported"
    assert evidence(_block("It was said the works would flood the valley."), SPECS).counted == {}
    # The speaker's own perfect tense is active: their view.
    assert evidence(_block("We have said it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    spec = Spec("T", None, SPECS)
    told = [_block("We are told it means faster trains.", n=1), _block("It will not mean faster trains here.", n=2)]
    assert [b.position for b in place(told, spec).blocks] == ["no", "no"]


def test_a_view_reported_then_repeated_is_echoed_not_held():
    spec = Spec("T", None, SPECS)
    story = [
        _block("They say the works will flood the valley.", n=1),
        _block("The works will flood the valley only in their leaflets.", n=2),
        _block("It means fewer lorries.", n=3),
        _block("We have said so for years.", n=4),
    ]
    # B2 follows B1 in the same paragraph: the repeated cue is set aside, and the speaker's stance is clear.
    story = [replace(b, first=(0, 0, 0, i)) for i, b in enumerate(story)]
    found = story_evidence(story, SPECS)
    assert found["B2"].counted == {} and found["B2"].ignored[0].kind == "echoed"
    assert [b.position for b in place(story, spec).blocks] == ["yes", "yes", "yes", "yes"]
    # Said in the speaker's own voice first, the same words are theirs.
    own = [replace(b, first=(0, 0, 0, i)) for i, b in enumerate([_block("The works will flood the valley.", n=1), story[1]])]
    assert story_evidence(own, SPECS)["B1"].counted == {"no": ["flood the valley"]}


def test_a_condition_put_to_the_generic_you_states_a_principle():
    assert evidence(_block("If you pay for faster trains, you deserve them on time."), SPECS).counted == {"yes": ["faster trains"]}
    assert evidence(_block("If you care about fewer lorries, then you build the tunnel."), SPECS).counted == {"yes": ["fewer lorries"]}
    # Answered by someone else, it stays a condition on their support.
    assert evidence(_block("If you can show us fewer lorries, we will back it."), SPECS).counted == {}


def test_a_cue_the_sentence_only_names_before_judging_it_does_not_count():
    spec = Spec("T", None, SPECS)
    named = _block("Faster trains are a promise nobody will keep.", n=1)
    story = [named, _block("It is a waste of money.", n=2)]
    placed = place(story, spec).blocks
    assert [b.position for b in placed] == ["no", "no"]
    assert story_evidence(story, SPECS)["B1"].ignored[0].kind == "renamed"
    # With nothing else from the speaker, the judgement may go either way: context, and no stance to carry.
    alone = place([named, _block("We have said so for years.", n=2)], spec).blocks
    assert [b.position for b in alone] == ["context", "context"]
    # A cue the speaker asserts is firm.
    firm = [_block("Faster trains are what this coast needs.", n=1), story[1]]
    assert story_evidence(firm, SPECS)["B1"].counted == {"yes": ["faster trains"]}


def test_who_reports_one_sides_view_and_never_holds_it_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = [
        _block("They keep telling us it will flood the valley.", n=1),
        _block("Have they ever walked these fields?", n=2),
        _block("My family has farmed here since the war.", n=3),
    ]
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes"] and "never says it" in placed[0].reason
    # One who reports both sides' views takes neither.
    both = [_block("Critics say it is a waste of money, and backers say it means faster trains.", n=1), _block("We have said so for years.", n=2)]
    assert [b.position for b in place(both, spec).blocks] == ["context", "context"]
    # One who reports a view and holds that side in their own words keeps it.
    held = [_block("Rivals argue it is a waste of money.", n=1), _block("It will flood the valley.", n=2), _block("We have said so for years.", n=3)]
    assert place(held, spec).blocks[2].position == "no"


def test_who_says_no_cue_but_denies_one_sides_takes_the_other_side():
    spec = Spec("T", None, SPECS)
    blocks = [_block("It is not a waste of money.", n=1), _block("Nobody in Tarrow Vale would drive round the hill for ever.", n=2)]
    placed = place(blocks, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes"] and 'denies "waste of money"' in placed[0].reason
    # Denying both sides' points, or denying one beside a cue of one's own, turns no one.
    both = [_block("It is not a waste of money, and it will not mean faster trains.", n=1), blocks[1]]
    assert [b.position for b in place(both, spec).blocks] == ["context", "context"]
    own = [blocks[0], _block("It will flood the valley.", n=2), _block("We have said so for years.", n=3)]
    assert place(own, spec).blocks[2].position == "no"
    # With three positions, a denial says nothing of which other side the speaker takes.
    three = Spec("T", None, (*SPECS, PositionSpec("later", "Decide later", ("more study",))))
    assert place(blocks, three).blocks[1].position == "context"


def test_what_the_speaker_says_they_do_not_have_is_no_denial_of_a_side():
    spec = Spec("T", None, (PositionSpec("yes", "For the tunnel", ("faster trains",)), PositionSpec("no", "Against the tunnel", ("boat", "waste of money"))))
    for text in ("I don't have a boat, and I never will.", "We haven't got a boat any more."):
        found = evidence(_block(text), spec.positions)
        assert found.counted == {} and found.ignored[0].kind == "lacked", text
        assert "does not have" in found.ignored[0].why
        assert place([_block(text), _block("My brother sails to Tarrow.", n=2)], spec).blocks[0].position == "context", text
    # A claim denied, in any person, still takes the other side; so does what another is said not to have.
    for text in ("It is not a waste of money.", "We are not a waste of money.", "The board has no boat."):
        assert evidence(_block(text), spec.positions).ignored[0].kind == "negated", text
        assert place([_block(text)], spec).blocks[0].position == "yes", text


def test_a_long_cue_counts_with_a_few_words_set_inside_it():
    specs = (PositionSpec("no", "Against the toll", ("pay to cross the bridge",)), PositionSpec("yes", "For the toll", ("fewer lorries",)))
    for text in ("A carer will pay nine pounds a week to cross the bridge.", "We pay more to cross the bridge than to park."):
        assert evidence(_block(text), specs).counted == {"no": ["pay to cross the bridge"]}, text
    # Too many words inside, a clause break or a negator among them, or a short cue: no match.
    for text in (
        "We pay our staff well above the county average wage to cross the bridge.",
        "We pay, and then we cross the bridge.",
        "We will pay not a penny more to cross the bridge.",
    ):
        assert evidence(_block(text), specs).counted == {}, text
    assert evidence(_block("There are fewer heavy lorries now."), specs).counted == {}


def test_a_speaker_of_the_opposition_with_no_cue_takes_the_side_the_government_does_not():
    spec = Spec("T", None, SPECS)
    minister = _block("It means faster trains.", "Tobias Wren", n=1)
    stunt = _block("This is a stunt for the cameras.", "Ada Corr", n=2)
    office = _block("She has read every page of it.", "Ada Corr's office", n=3)
    roles = (("Tobias Wren", "transport minister"), ("Ada Corr", "who speaks on transport for the opposition"))
    placed = place([minister, stunt, office], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["yes", "no", "no"] and "of the opposition" in placed[1].reason
    assert placed[2].reason == "speaks for Ada Corr, who is placed with 'Against the tunnel'"
    shadow = (roles[0], ("Ada Corr", "shadow transport minister"))
    assert place([minister, stunt], spec, roles=shadow).blocks[1].position == "no"
    # No minister with a side, ministers on both sides, or a cue of one's own: no side from the opposition.
    mayor = (("Tobias Wren", "mayor"), roles[1])
    assert place([minister, stunt], spec, roles=mayor).blocks[1].position == "context"
    split = [minister, _block("It is a waste of money.", "Pia Landa", n=4), stunt]
    both = (*roles, ("Pia Landa", "finance minister"))
    assert place(split, spec, roles=both).blocks[2].position == "context"
    own = [minister, _block("It will mean fewer lorries.", "Ada Corr", n=2), _block("We have said so for years.", "Ada Corr", n=3)]
    assert place(own, spec, roles=roles).blocks[2].position == "yes"
    # With three positions, opposing the government says nothing of which other side the speaker takes.
    three = Spec("T", None, (*SPECS, PositionSpec("later", "Decide later", ("more study",))))
    assert place([minister, stunt], three, roles=roles).blocks[1].position == "context"


def test_a_speaker_with_no_cue_whose_role_is_one_of_the_holders_a_label_names_takes_that_position():
    specs = (
        PositionSpec("walkout", "Behind the porters' walkout", ("fair pay",)),
        PositionSpec("end", "End the walkout on the board's terms", ("back to work",)),
    )
    spec = Spec("T", None, specs)
    said = [_block("I have worked nights at Tarrow General for ten years.", "Ivo Renk", n=1)]
    placed = place(said, spec, roles=(("Ivo Renk", "hospital porter for ten years"),)).blocks[0]
    assert placed.position == "walkout" and "one of the porters" in placed.reason
    # Not the role's head noun, a singular possessive ("the board's"), or a cue of one's own: not so placed.
    for role in ("porter liaison officer", "member of the board", "chair of the porters' union"):
        assert place(said, spec, roles=(("Ivo Renk", role),)).blocks[0].position == "context", role
    own = [*said, _block("We must go back to work.", "Ivo Renk", n=2)]
    assert [b.position for b in place(own, spec, roles=(("Ivo Renk", "porter"),)).blocks] == ["end", "end"]
    # A group both labels name places no one.
    both = Spec("T", None, (specs[0], PositionSpec("end", "End the porters' walkout", ("back to work",))))
    assert place(said, both, roles=(("Ivo Renk", "porter"),)).blocks[0].position == "context"


def test_a_two_word_cue_counts_when_said_as_a_predicate():
    for text in ("Its trains are faster than any bus on the coast.", "With the tunnel, the trains will be faster."):
        assert evidence(_block(text), SPECS).counted == {"yes": ["faster trains"]}, text
    # The predicate denied, or the words in another sense, is no cue.
    assert evidence(_block("The trains are not faster, only dearer."), SPECS).counted == {}
    assert evidence(_block("The trains are on time and buses are faster."), SPECS).counted == {}
    # Reported as another's view, it is set aside like the cue as written.
    assert evidence(_block("The board says the trains are faster."), SPECS).ignored[0].kind == "reported"


def test_a_wish_is_not_a_reported_view():
    assert evidence(_block("Our members want fewer lorries on the valley road."), SPECS).counted == {"yes": ["fewer lorries"]}
    assert evidence(_block("Now they want us to flood the valley for a road?"), SPECS).counted == {"no": ["flood the valley"]}
    assert evidence(_block("They want you to believe it means faster trains."), SPECS).ignored[0].kind == "reported"


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


def test_who_opens_on_the_view_of_a_side_taker_they_name_by_body_or_role_answers_it():
    spec = Spec("T", None, SPECS)
    roles = (("Ona Brisk", "chair of the Coastal Ferry Guild"), ("Ivo Renk", "harbour pilot"))
    brisk = _block("It is a waste of money. It will flood the valley.", "Ona Brisk", n=1)
    for text in ("The ferry guild says the tunnel will take their trade. My boat sits idle half the year.", "I sail daily. The guild tells us to wait. We have waited ten years!"):
        placed = place([brisk, _block(text, "Ivo Renk", n=2), _block("We will meet the board on Friday.", "Ivo Renk", n=3)], spec, roles=roles).blocks
        assert placed[1].position == "yes" and "answers Ona Brisk" in placed[1].reason, text
        assert placed[2].position == "context" and "timetable" in placed[2].reason
    # A holder no side-taker is known by, "our" people, or the speaker's own body: no side.
    for text in ("Some people say it will ruin them.", "Our guild says we must wait."):
        assert place([brisk, _block(text, "Ivo Renk", n=2)], spec, roles=roles).blocks[1].position == "context", text
    member = (roles[0], ("Ivo Renk", "member of the Ferry Guild"))
    assert place([brisk, _block("The guild says we must wait.", "Ivo Renk", n=2)], spec, roles=member).blocks[1].position == "context"
    # A spokesperson voices a principal's view: opening on one answers no one.
    voice = (roles[0], ("Ivo Renk", "harbour spokesman"))
    assert place([brisk, _block("The guild believes the pier comes first.", "Ivo Renk", n=2)], spec, roles=voice).blocks[1].position == "context"


def test_a_spokesperson_with_no_principal_found_voices_the_side_taker_they_name_by_title():
    spec = Spec("T", None, SPECS)
    roles = (("Ona Brisk", "harbour master"), ("Ivo Renk", "port spokesman"))
    brisk = _block("It is a waste of money. It will flood the valley.", "Ona Brisk", n=1)
    voiced = _block("The harbour master believes the pier comes first.", "Ivo Renk", n=2)
    placed = place([brisk, voiced], spec, roles=roles).blocks[1]
    assert placed.position == "no" and placed.reason.startswith("speaks for Ona Brisk, opening on their view ('The harbour master believes")
    # Not a spokesperson, a holder named by body rather than title, or a principal found: not so placed.
    assert place([brisk, voiced], spec, roles=(roles[0], ("Ivo Renk", "port engineer"))).blocks[1].position == "yes"
    guild = (("Ona Brisk", "chair of the Ferry Guild"), roles[1])
    assert place([brisk, _block("The guild believes the pier comes first.", "Ivo Renk", n=2)], spec, roles=guild).blocks[1].position == "context"
    own = (*roles, ("Ada Corr", "chair of the port"))
    story = [brisk, _block("It means faster trains and fewer lorries.", "Ada Corr", n=3), voiced]
    assert place(story, spec, roles=own).blocks[2].position == "yes"


def test_a_label_or_line_another_uses_is_reported_but_a_call_for_is_a_demand():
    called = evidence(_block("The council calls it a waste of money. I call it a lifeline."), SPECS)
    assert called.counted == {} and called.ignored[0].kind == "reported"
    talked = evidence(_block("The minister talks about faster trains while the line stays shut."), SPECS)
    assert talked.counted == {} and talked.ignored[0].kind == "reported"
    assert evidence(_block("The union has called for fewer lorries on the coast road."), SPECS).counted == {"yes": ["fewer lorries"]}
    assert evidence(_block("We call on the board to stop this waste of money."), SPECS).counted == {"no": ["waste of money"]}
    assert evidence(_block("The so-called faster trains never came.", "Ivo Tarrant"), SPECS).ignored[0].kind == "dismissed"


# A speaker clearly against the tunnel who names one point of the other side.
ANSWERING = (
    _block("It will flood the valley.", n=1),
    _block("The whole scheme is a waste of money.", n=2),
    _block("Faster trains will run straight past our station.", n=3),
)


def test_one_cue_of_a_side_from_a_speaker_clearly_on_the_other_names_the_point_answered():
    spec = Spec("T", None, SPECS)
    answering = list(ANSWERING)
    placed = place(answering, spec).blocks[2]
    assert placed.position == "no" and "other side's point" in placed.reason and "mixed" in placed.reason
    # One cue elsewhere is no clear side to answer from: the block keeps its own cue.
    once = [_block("It will flood the valley.", n=1), _block("Faster trains will run straight past our station.", n=2)]
    assert place(once, spec).blocks[1].position == "yes"
    # Two cues of a side in one block are that block's own case.
    both = [*answering[:2], _block("Faster trains and fewer lorries, they promised us. Look around.", n=3)]
    assert place(both, spec).blocks[2].position == "yes"


def test_a_block_has_no_position_until_placed_and_a_briefing_holds_placed_blocks_only():
    block = _block("We have said so for years.")
    assert block.position is None
    assert place([block], Spec("T", None, SPECS)).blocks[0].position == "context"
    with pytest.raises(ValueError, match="not placed"):
        Briefing("T", None, (), (), (block,))


def test_a_stance_stated_on_the_proposal_itself_counts_for_that_side():
    assert evidence(_block("We back the plan, and we will say so at the hearing."), SPECS).counted == {"yes": ["back the plan"]}
    joined = _block("Ada Corr, who joined the campaign against the tunnel in May, said she feared for the wells.", "Ada Corr", "statement")
    assert evidence(joined, SPECS).counted == {"no": ["against the tunnel"]}
    assert evidence(_block("Our union will vote against this bill."), SPECS).counted == {"no": ["against this bill"]}
    critic = _block("Ada Corr, a critic of the tunnel since 2019, said the wells would run dry.", "Ada Corr", "statement")
    assert evidence(critic, SPECS).counted == {"no": ["critic of the tunnel"]}
    # Someone else's stance, in the speaker's words, is not the speaker's.
    assert evidence(_block("Supporters of the plan say it is cheap. I doubt it."), SPECS).counted == {}
    assert evidence(_block("Those who oppose the plan say it costs too much. They are wrong."), SPECS).counted == {}
    negated = evidence(_block("We do not support the scheme as it stands."), SPECS)
    assert negated.counted == {} and negated.ignored[0].kind == "negated"
    worried = _block("Ada Corr said she was worried by the plan and would write to the board.", "Ada Corr", "statement")
    assert evidence(worried, SPECS).counted == {"no": ["worried by the plan"]}
    assert evidence(_block("We are pleased with the decision."), SPECS).counted == {"yes": ["pleased with the decision"]}
    # "Against" with no proposal after it states no stance on it.
    assert evidence(_block("I have nothing against lorries on the coast road."), SPECS).counted == {}
    # The proposal is in both labels: one side's own words are no proposal.
    uneven = (PositionSpec("yes", "For the tunnel and its lorries", ()), PositionSpec("no", "Against the tunnel", ()))
    assert evidence(_block("We back the tunnel."), uneven).counted == {"yes": ["back the tunnel"]}
    assert evidence(_block("We back those lorries."), uneven).counted == {}
    short = (PositionSpec("yes", "For the tax", ()), PositionSpec("no", "Against the tax", ()))
    opposes = _block("Ada Corr, who opposes the tax, said it would close the inn.", "Ada Corr", "statement")
    assert evidence(opposes, short).counted == {"no": ["opposes the tax"]}
    # Positions not labelled for and against one proposal give no such sides.
    named = (PositionSpec("dig", "Dig a tunnel", ("tunnel",)), PositionSpec("span", "Build a bridge", ("bridge",)))
    assert evidence(_block("We back the plan."), named).counted == {}


def test_a_spokesperson_states_the_principals_stance_and_a_possessive_stands_inside_the_proposal():
    said = replace(_block("The mayor supports the harbour board's plan and will say so on Friday.", "Ivo Renk"), speaker_role="spokesman for the mayor")
    assert evidence(said, SPECS).counted == {"yes": ["supports the harbour board's plan"]}
    assert evidence(replace(said, speaker_role="the mayor's spokeswoman"), SPECS).counted == {"yes": ["supports the harbour board's plan"]}
    # From anyone else, the mayor's stance is someone else's; and "we" hold one of their own.
    assert evidence(replace(said, speaker_role="campaigner"), SPECS).counted == {}
    assert evidence(_block("We back the harbour board's plan."), SPECS).counted == {"yes": ["back the harbour board's plan"]}
    # The proposal more than four words on, the "s" not counted, is too far to be the verb's object.
    assert evidence(_block("We back the old harbour board's long plan."), SPECS).counted == {}


def test_explain_names_a_stance_on_the_proposal_and_a_point_answered():
    spec = Spec("T", None, SPECS)
    placed = place([*ANSWERING, _block("We oppose the tunnel.", n=4)], spec)
    text = explain(Briefing("T", None, (), placed.positions, placed.blocks), spec)
    assert "  Ona Brisk: Against the tunnel\n" in text
    assert 'cue "oppose the tunnel" (Against the tunnel)' in text.split("B4 ")[0].rstrip().splitlines()[-1]
    assert 'cue "faster trains" (For the tunnel) taken as the other side\'s point' in text.split("B3 ")[0].rstrip().splitlines()[-1]


def test_a_verdict_said_of_the_proposal_counts_for_that_side():
    assert evidence(_block("The tunnel is welcome, but it will not bring back the ferry."), SPECS).counted == {"yes": ["tunnel is welcome"]}
    assert evidence(_block("This scheme would be unworkable on the coast."), SPECS).counted == {"no": ["scheme would be unworkable"]}
    assert evidence(_block("The plan was long overdue."), SPECS).counted == {"yes": ["plan was long overdue"]}
    # Denied, it speaks for the other side; supposed or reported, it is no stance of the speaker's.
    assert evidence(_block("The tunnel is not welcome here."), SPECS).counted == {"no": ["tunnel is not welcome"]}
    assert evidence(_block("This plan is not unfair."), SPECS).counted == {"yes": ["plan is not unfair"]}
    assert evidence(_block("If the tunnel is fair, we will back it."), SPECS).ignored[0].kind == "condition"
    assert evidence(_block("Critics say the tunnel is unfair."), SPECS).ignored[0].kind == "reported"
    # A verdict on something other than the proposal, or with no sides for and against, is none.
    assert evidence(_block("The weather is unfair to farmers."), SPECS).counted == {}
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(_block("The plan is welcome."), named).counted == {}


def test_a_proposal_said_to_do_harm_to_someone_is_a_verdict_against_it():
    assert evidence(_block("The tunnel will hurt every fishing family on the coast."), SPECS).counted == {"no": ["tunnel will hurt every"]}
    said = evidence(_block("Hill farmers say the plan, drawn up in March, will cost them dearly.", "hill farmers", "statement"), SPECS)
    assert said.counted == {"no": ["plan will cost them"]}
    # Denied, it speaks for the other side; reported or supposed, it is no stance of the speaker's.
    assert evidence(_block("The tunnel will not harm the valley."), SPECS).counted == {"yes": ["tunnel will not harm the"]}
    assert evidence(_block("Critics say the tunnel will ruin the coast."), SPECS).ignored[0].kind == "reported"
    assert evidence(_block("If the scheme threatens the harbour, we will say so."), SPECS).ignored[0].kind == "condition"
    # A cost that is a sum, not a person, is no harm; nor is a harm done by something other than the proposal.
    for text in ("The tunnel will cost four million pounds.", "The scheme costs less than a bridge.", "The storm will hurt the harvest."):
        assert evidence(_block(text), SPECS).counted == {}, text
    # With no sides for and against one proposal, none.
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(_block("The plan will hurt the town."), named).counted == {}


def test_a_proposal_said_to_do_good_or_a_wider_harm_is_a_verdict_on_it():
    # A verb of good (the General Inquirer's gain senses) is a verdict for it; of harm, against.
    assert evidence(_block("The tunnel will protect the harbour villages from the winter floods."), SPECS).counted == {"yes": ["tunnel will protect the"]}
    assert evidence(_block("The scheme has improved the ferry timetable already."), SPECS).counted == {"yes": ["scheme has improved the"]}
    assert evidence(_block("The plan is hampering every boatyard on the estuary."), SPECS).counted == {"no": ["plan is hampering every"]}
    # Denied, the other side's; reported, nobody's; a passive says what is done to the proposal, not what it does.
    assert evidence(_block("The tunnel has not improved anything for the islanders."), SPECS).counted == {"no": ["tunnel has not improved anything"]}
    assert evidence(_block("Its backers say the scheme will enrich the whole coast."), SPECS).ignored[0].kind == "reported"
    for text in ("The plan was hampered by the storms of March.", "The tunnel will lose money for a decade.", "The floods ruined the harvest."):
        assert evidence(_block(text), SPECS).counted == {}, text


def test_a_verb_of_good_or_harm_needs_an_object_it_acts_on():
    # A negative object denies the good or the harm, as "not" does.
    assert evidence(_block("The tunnel will improve nothing for the harbour villages."), SPECS).counted == {"no": ["tunnel will improve nothing"]}
    assert evidence(_block("The tunnel will harm nobody on the coast."), SPECS).counted == {"yes": ["tunnel will harm nobody"]}
    # One followed by an exception says no side: some are harmed, or good is done only to some.
    for text in ("The tunnel will harm nobody but the farmers on the coast.", "The tunnel will improve nothing except the contractors' profits."):
        assert evidence(_block(text), SPECS).counted == {}, text
    # A preposition or "that" after the verb, or a verb whose value is that of what it brings about, judges nothing.
    for text in (
        "The tunnel will contribute to flooding in the lower town.",
        "The tunnel would ensure that the lower fields flood every spring.",
        "The tunnel will boost lorry traffic through the village.",
    ):
        assert evidence(_block(text), SPECS).counted == {}, text


def test_what_a_status_quo_label_keeps_judged_speaks_for_keeping_or_changing_it():
    # "Keep the toll" / "Scrap the toll": the toll is what is kept; its good speaks for keeping it, its harm for the change.
    kept = (PositionSpec("keep", "Keep the toll on the causeway", ()), PositionSpec("scrap", "Scrap the toll", ()))
    assert evidence(_block("The toll protects the causeway from the heaviest lorries."), kept).counted == {"keep": ["toll protects the"]}
    assert evidence(_block("The toll is hurting every shop on the island."), kept).counted == {"scrap": ["toll is hurting every"]}
    assert evidence(_block("The toll costs us sixty pounds a month."), kept).counted == {"scrap": ["toll costs us"]}
    assert evidence(_block("The toll was necessary after the storm."), kept).counted == {"keep": ["toll was necessary"]}
    # Denied, the other way; a sum is no harm to anyone.
    assert evidence(_block("The toll has not protected anyone."), kept).counted == {"scrap": ["toll has not protected anyone"]}
    assert evidence(_block("The toll costs four million pounds to collect."), kept).counted == {}


def test_a_timetable_from_a_speaker_the_spec_lists_takes_no_side():
    spec = Spec("T", None, SPECS, actors=(("Ona Brisk", "yes"),), from_file=True)
    placed = place([_block("We will meet the ferry crews on Thursday.", n=1), _block("It will change nothing for the coast.", n=2)], spec)
    assert [b.position for b in placed.blocks] == ["context", "yes"]
    assert "a timetable" in placed.blocks[0].reason


def test_one_cue_of_the_side_whose_view_the_speaker_reports_answers_that_view():
    spec = Spec("T", None, SPECS)
    said = (
        "Critics say the tunnel will flood the valley.",
        "It means faster trains for the coast.",
        "Families who lose land when we flood the valley will be paid in full.",
        "We will publish the plans.",
    )
    story = [_block(text, n=n) for n, text in enumerate(said, 1)]
    placed = place(story, spec).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes", "yes"]
    assert "other side's point" in placed[2].reason
    # Without the view reported, one cue a side is no clear stance.
    unreported = place(story[1:], spec).blocks
    assert [b.position for b in unreported] == ["yes", "no", "context"]
    # A cue of that side said with another cue, or twice, is the speaker's own.
    twice = [*story[:3], _block("It is a waste of money to wait.", n=4)]
    assert place(twice, spec).blocks[2].position == "no"
    # Who reports both sides' views, with one cue of each, answers neither.
    both = [*story, _block("Backers say it means fewer lorries.", n=5)]
    assert [b.position for b in place(both, spec).blocks][1:3] == ["yes", "no"]


def test_who_reports_a_proposals_critics_to_answer_them_takes_the_position_they_criticise():
    specs = (
        PositionSpec("tunnel", "Dig a tunnel under the strait", ("faster trains",)),
        PositionSpec("bridge", "Build a bridge over the strait", ("cheaper to build",)),
        PositionSpec("ferry", "Keep the ferry", ("ferry works",)),
    )
    spec = Spec("T", None, specs)
    said = [
        _block("Critics call the bridge an eyesore. They said the same of every bridge on this coast.", "Oren Vale", n=1),
        _block("It would carry twice the traffic we carry now.", "Oren Vale", n=2),
    ]
    placed = place(said, spec).blocks
    assert [b.position for b in placed] == ["bridge", "bridge"], [b.reason for b in placed]
    assert placed[1].reason.startswith("reports the view of critics ('Critics call the bridge an eyesore.')")
    # "Opponents claim that ...", a view of the proposal's opponents: the same.
    assert place([_block("Opponents claim that a tunnel would flood.", "Oren Vale")], spec).blocks[0].position == "tunnel"
    # Nothing only one label names right after the verb, a view of both sides, or a scholar: no side.
    for text in ("Critics say it costs too much.", "Critics say the strait is too deep for anything.", "Critics call the bridge ugly. Critics call the tunnel a gamble."):
        assert place([_block(text, "Oren Vale")], spec).blocks[0].position == "context", text
    scholar = (("Oren Vale", "professor of engineering"),)
    assert place(said[:1], spec, roles=scholar).blocks[0].position == "context"
    # The speaker's own cue decides, and a supporters' view says nothing of which of three sides answers it.
    own = [said[0], _block("The ferry works, and it always has.", "Oren Vale", n=2)]
    assert [b.position for b in place(own, spec).blocks] == ["ferry", "ferry"]
    backers = [_block("Its supporters say the bridge will pay for itself.", "Oren Vale")]
    assert place(backers, spec).blocks[0].position == "context"
    # With two positions, who reports the supporters' view of one takes the other.
    two = Spec("T", None, (specs[1], specs[2]))
    assert place(backers, two).blocks[0].position == "ferry"


def test_the_words_of_who_answers_a_reported_view_teach_the_story_vocabulary_nothing():
    specs = (PositionSpec("bridge", "Build a bridge", ("cheaper to build",)), PositionSpec("ferry", "Keep the ferry", ("ferry works",)))
    spec = Spec("T", None, specs)
    others = [
        _block("It is cheaper to build, and the harbour wall gets mended too.", "Ula Brenn", n=1),
        _block("The ferry works, and the timetable suits the crews.", "Sven Toll", n=2),
    ]
    critic = _block("Critics say a bridge would spoil the headland views and the quiet shore.", "Oren Vale", n=3)
    walker = _block("The headland views and the quiet shore are why I moved here.", "Ada Fenn", n=4)
    placed = place([*others, critic, walker], spec).blocks
    assert placed[2].position == "bridge" and placed[3].position == "context", [b.reason for b in placed]


def test_a_member_of_an_interest_group_named_by_its_head_noun_takes_the_side_of_its_side_takers():
    spec = Spec("T", None, SPECS)
    chair = _block("The tunnel is a waste of money, and our members know it.", "Ida Strand", n=1)
    member = _block("My haulage bills went up again this year.", "Nils Berg", n=2)
    roles = {"Ida Strand": "chair of the Vell Hauliers' Association", "Nils Berg": "a member of the association"}
    placed = place([chair, member], spec, roles=tuple(roles.items())).blocks
    assert placed[1].position == "no" and "vell hauliers association" in placed[1].reason, placed[1].reason
    listed = place([chair, member], Spec("T", None, SPECS, actors=(("Ida Strand", "no"),)), roles=tuple(roles.items())).blocks[1]
    assert listed.reason == "of the same body ('vell hauliers association') as Ida Strand, whom the spec lists as 'Against the tunnel'"
    # A body whose members vote and differ, a body named with no "the", or two such bodies on both sides: no side.
    for role in ("a member of the council", "a member of an association"):
        council = {"Ida Strand": "chair of the Vell District Council", "Nils Berg": role} if "council" in role else {**roles, "Nils Berg": role}
        assert place([chair, member], spec, roles=tuple(council.items())).blocks[1].position == "context", role
    other = _block("It means faster trains for our members.", "Tor Lund", n=3)
    both = {**roles, "Tor Lund": "head of the Vell Rail Users' Association"}
    assert place([chair, member, other], spec, roles=tuple(both.items())).blocks[1].position == "context"


def test_a_spokesperson_for_the_company_speaks_for_the_head_of_the_firm_the_story_names():
    roles = {"Pia Landa": "spokeswoman for the company", "Tobias Wren": "chief executive of Quenby Water"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], roles) == "Tobias Wren"
    placed = _voiced(roles, "Tobias Wren", "Pia Landa")
    assert placed.position == "yes" and placed.reason.startswith("speaks for Tobias Wren"), placed.reason
    # Not an interest group's head, a worker of the firm, a title with no body, nor a spokesperson for another body.
    for head in ("chief executive of the Quenby Hauliers' Association", "engineer at Quenby Water", "chief executive"):
        assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Tobias Wren": head}) is None, head
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Pia Landa": "spokeswoman for the council"}) is None


def test_a_spokesperson_for_a_firm_named_in_full_speaks_for_the_companys_head_and_in_their_words():
    roles = {"Pia Landa": "spokeswoman for Orrin Gravel", "Tobias Wren": "the company's managing director"}
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], roles) == "Tobias Wren"
    # The firm, a speaker itself, and its head are one principal: the one with a side.
    assert principal("Pia Landa", ["Orrin Gravel", "Pia Landa", "Tobias Wren"], roles, {"Tobias Wren": "yes"}) == "Tobias Wren"
    # Not an interest group's spokesperson, nor a head of another kind of body.
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Pia Landa": "spokeswoman for the Orrin Residents' Association"}) is None
    assert principal("Pia Landa", ["Pia Landa", "Tobias Wren"], {**roles, "Tobias Wren": "the trust's chair"}) is None
    # The spokesperson's one cue of the other side names that side's point, answered in the principal's words.
    spec = Spec("T", None, SPECS)
    head = _block("It means faster trains and fewer lorries.", "Tobias Wren", n=1)
    lone = _block("The water that will flood the valley will be measured every hour.", "Pia Landa", n=2)
    placed = place([head, lone], spec, roles=tuple(roles.items())).blocks[1]
    assert placed.position == "yes" and "Pia Landa speaks for Tobias Wren, whose words clearly match" in placed.reason, placed.reason
    # With no principal found, the cue places the block on its own side.
    alone = {**roles, "Tobias Wren": "the trust's chair"}
    assert place([head, lone], spec, roles=tuple(alone.items())).blocks[1].position == "no"


def test_a_department_named_as_a_ministry_is_of_the_government():
    assert body("Department for Coastal Affairs's spokesperson", "") == ("government",)
    assert body("Lena Holt", "spokeswoman for the Department of Transport") == ("government",)
    # A police department, a department in lower case, or a university's department: not the government.
    assert body("Lena Holt", "chief of the Vell Police Department") == ("vell", "police", "department")
    assert body("Lena Holt", "head of the department of history") == ()
    assert body("Lena Holt", "head of the Department of History at Vell University") == ()
    spec = Spec("T", None, SPECS)
    said = [_block("It is a waste of money.", "Tobias Wren", n=1), _block("The panel's advice was clear.", "Department for Coastal Affairs's spokesperson", n=2)]
    placed = place(said, spec, roles=(("Tobias Wren", "coastal affairs minister"),)).blocks[1]
    assert placed.position == "no" and "'government'" in placed.reason, placed.reason


def test_a_spokesperson_named_by_a_titles_adjective_speaks_for_its_holder():
    roles = {"Hal Grey": "mayoral spokesman", "Tobias Wren": "mayor"}
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], roles) == "Tobias Wren"
    assert principal("Hal Grey", ["Hal Grey", "Ada Corr"], {"Hal Grey": "presidential spokesman", "Ada Corr": "president"}) == "Ada Corr"
    # Another title, or no holder of it among the speakers: no principal.
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "deputy mayor"}) is None
    assert principal("Hal Grey", ["Hal Grey", "Tobias Wren"], {**roles, "Tobias Wren": "harbour pilot"}) is None
    assert _voiced(roles, "Tobias Wren", "Hal Grey").position == "yes"


def _voiced(roles: dict[str, str], head: str, spokes: str) -> Block:
    """The spokesperson's words, placed after their principal says a cue of "yes"."""
    said = [_block("It means faster trains.", head, n=1), _block("Our engineers start in May.", spokes, n=2)]
    return place(said, Spec("T", None, SPECS), roles=tuple(roles.items())).blocks[1]


def test_an_open_whether_clause_takes_no_side():
    spec = Spec("T", None, SPECS)
    for text in ("I have not decided whether to back the tunnel.", "We are still asking ourselves whether it means faster trains"):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "condition", text
        assert place([_block(text)], spec).blocks[0].position == "context", text
    # Without "whether" the same words are the speaker's.
    assert evidence(_block("I have decided to back the tunnel."), SPECS).counted == {"yes": ["back the tunnel"]}


def test_a_denial_turned_by_a_second_negation_takes_no_side():
    spec = Spec("T", None, SPECS)
    for text in (
        "I don't think anyone can deny it is a waste of money.",
        "I don't think I have ever seen such a waste of money.",
        "People who don't think it is a waste of money are fooling themselves.",
    ):
        found = evidence(_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "twice", text
        assert place([_block(text)], spec).blocks[0].position == "context", text
    # A single denial still denies the cue, and speaks for the other side.
    assert place([_block("I don't think it is a waste of money.")], spec).blocks[0].position == "yes"
    assert place([_block("I don't think it will ever be a waste of money.")], spec).blocks[0].position == "yes"


def test_a_with_after_a_labels_verb_is_no_middle_way():
    # "Proceed with ..." takes the proposal; its "with" is the verb's, so "Delay ..." is not the one for it.
    specs = (PositionSpec("go", "Proceed with the merger"), PositionSpec("wait", "Delay the merger"), PositionSpec("no", "Reject the merger"))
    assert "wait" not in evidence(_block("Our members back the merger."), specs).counted
    # A "with" after the proposal restricts it: the bare label is for it.
    specs = (PositionSpec("toll", "Build the road with tolls"), PositionSpec("road", "Build the road"), PositionSpec("no", "Reject the road"))
    assert evidence(_block("Our members back the road."), specs).counted == {"road": ["back the road"]}


def test_a_universal_word_in_a_label_on_another_matter_does_not_make_it_the_whole_proposal():
    # "each part", "all residents" are not the package or the tower taken whole: no for side is told apart.
    for first in ("Vote on each part separately", "Let all residents vote first"):
        specs = (PositionSpec("other", first), PositionSpec("go", "Approve the package"), PositionSpec("no", "Reject the package"))
        assert evidence(_block("Our members back the plan."), specs).counted == {}, first
    # The same proposal taken whole beside a part of it: the whole one is for it.
    specs = (PositionSpec("part", "Approve the package in stages"), PositionSpec("whole", "Approve the package in full"), PositionSpec("no", "Reject the package"))
    assert evidence(_block("Our members back the plan."), specs).counted == {"whole": ["back the plan"]}


def test_a_label_that_refuses_or_denies_anothers_verb_is_the_against_side():
    # Beside "Build the jetty" and a middle way, a refusal or a negated imperative of its verb rejects the jetty.
    for last in ("Refuse the jetty", "Decline the jetty", "Do not build the jetty", "Don't build the jetty", "Build no jetty"):
        specs = (PositionSpec("yes", "Build the jetty"), PositionSpec("toll", "Build it only with a toll"), PositionSpec("no", last))
        assert evidence(_block("Our members back the jetty."), specs).counted == {"yes": ["back the jetty"]}, last
        assert evidence(_block("Our members oppose the jetty."), specs).counted == {"no": ["oppose the jetty"]}, last
    # A wait, a limit or a double denial rejects nothing: no sides are told apart.
    for last in ("Don't decide yet", "Build no more than one jetty", "Don't reject the jetty", "Make no decision yet"):
        specs = (PositionSpec("yes", "Build the jetty"), PositionSpec("toll", "Build it only with a toll"), PositionSpec("no", last))
        assert evidence(_block("Our members back the jetty."), specs).counted == {}, last


def test_a_with_after_a_phrasal_verbs_particle_is_no_middle_way():
    # "Go ahead with ..." takes the proposal whole, as "Proceed with ..." does; the "with" after "only" restricts it.
    specs = (PositionSpec("go", "Go ahead with the jetty"), PositionSpec("toll", "Go ahead only with a toll"), PositionSpec("no", "Refuse the jetty"))
    assert evidence(_block("Our members back the jetty."), specs).counted == {"go": ["back the jetty"]}
    # Beside a delay, two labels change things and neither takes the jetty whole: no for side, and never the delay.
    specs = (PositionSpec("go", "Go ahead with the jetty"), PositionSpec("wait", "Delay the jetty"), PositionSpec("no", "Reject the jetty"))
    assert evidence(_block("Our members back the jetty."), specs).counted == {}


def test_a_label_of_refusal_beside_one_of_consent_is_the_against_side_whatever_the_verbs():
    # Two positions: a verb of refusal, or "do not" before a verb of consent, beside a verb of consent (WordNet's).
    for grant, refuse in (
        ("Grant the late licence", "Refuse the late licence"),
        ("Approve the quarry", "Turn down the quarry"),
        ("Allow the mast", "Veto the mast"),
        ("Approve the mast", "Do not allow the mast"),
        ("Let the festival go ahead", "Ban the festival"),
        # WordNet's "prevent, forestall, forbid" (make impossible) and the senses below it: "stop", "halt", "block".
        ("Let the regatta go ahead", "Stop the regatta"),
        ("Permit the night market", "Halt the night market"),
        ("Approve the pylons", "Block the pylons"),
    ):
        for specs in ((PositionSpec("yes", grant), PositionSpec("no", refuse)), (PositionSpec("no", refuse), PositionSpec("yes", grant))):
            assert evidence(_block("Our members back the plan."), specs).counted == {"yes": ["back the plan"]}, refuse
            assert evidence(_block("Our members oppose the plan."), specs).counted == {"no": ["oppose the plan"]}, refuse
    # With three, the refusal is the against side; the label taking it whole is for it.
    specs = (PositionSpec("yes", "Approve the plant as proposed"), PositionSpec("cap", "Approve it only with a cap"), PositionSpec("no", "Turn down the plant"))
    assert evidence(_block("Our members oppose the plant."), specs).counted == {"no": ["oppose the plant"]}
    # A prohibition beside no verb of consent may be the proposal itself ("Ban ..." beside "Build ..."): no sides.
    for ban in ("Ban the homes", "Stop the homes"):
        specs = (PositionSpec("build", "Build the homes"), PositionSpec("ban", ban))
        assert evidence(_block("Our members back the plan."), specs).counted == {}, ban


def test_opposing_what_a_no_label_refuses_is_its_stance():
    # "No harbour levy" names what it refuses, which the other labels need not name.
    specs = (PositionSpec("tram", "Build the harbour tramway"), PositionSpec("ferry", "Ferries instead of trams"), PositionSpec("none", "No harbour levy"))
    assert evidence(_block("We marched against the levy in May."), specs).counted == {"none": ["against the levy"]}
    assert evidence(_block("Our members oppose the levy."), specs).counted == {"none": ["oppose the levy"]}
    # Backing it is no stance of the for side (the levy need not be the proposal), nor is a label with no "no".
    assert evidence(_block("Our members back the levy."), specs).counted == {}
    other = (*specs[:2], PositionSpec("none", "Keep the ferry levy as it is"))
    assert evidence(_block("Our members oppose the levy."), other).counted == {}


def test_with_a_middle_way_who_reports_one_sides_view_and_never_holds_it_takes_the_other():
    # "For" and "against" told apart by the labels, beside a middle way.
    three = Spec("T", None, (*SPECS, PositionSpec("toll", "Build it only with a toll", ("road toll",))))
    blocks = [
        _block("They keep telling us it will flood the valley.", n=1),
        _block("Have they ever walked these fields?", n=2),
        _block("My family has farmed here since the war.", n=3),
    ]
    placed = place(blocks, three).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes"] and "never says it" in placed[0].reason
    # A view of the middle way reported turns no one: either side may answer it.
    middle = [_block("They keep telling us a road toll will pay for it.", n=1), blocks[1], blocks[2]]
    assert [b.position for b in place(middle, three).blocks] == ["context", "context", "context"]
    # Who says a cue of the middle way may report a side's view on the way to it: not turned.
    toward = [blocks[0], _block("A road toll would pay for the repairs.", n=2), blocks[2]]
    assert [b.position for b in place(toward, three).blocks] == ["toll", "toll", "toll"]
    # A view dismissed, rather than reported, may lead to the middle: no side.
    dismissed = [_block("The so-called faster trains are a fantasy.", n=1), blocks[2]]
    assert [b.position for b in place(dismissed, three).blocks] == ["context", "context"]
    # Labels that tell no for and against apart turn nothing.
    ways = (PositionSpec("a", "Dig a tunnel", ("faster trains",)), PositionSpec("b", "Widen the road", ("flood the valley",)))
    apart = Spec("T", None, (*ways, PositionSpec("c", "Run more buses", ("road toll",))))
    assert [b.position for b in place(blocks, apart).blocks] == ["context", "context", "context"]
