"""Placement measured: the hand-written stories in tests/placement (fictional,
with a spec and the position a careful reader gives each quote) placed at or
above the floor; a block has no position until placed. The rules themselves
are tested with invented sentences in the other test_placement_*.py files:
cues (a cue counts only in the speaker's own voice), proposal (stances and
verdicts on what the labels name), speaker (a speaker's stance across their
blocks), answers (views reported and answered), voices (whom a speaker speaks
for) and precision (what a careful reader leaves in context)."""

import sys
import tomllib
from pathlib import Path

import pytest
from placing import SPECS, make_block

from briefing.model import Briefing, Spec
from briefing.pipeline import build
from briefing.positions import place

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
# 2026-12-01 (fourteenth session): four stories written blind and measured before any rule of the session
# (bell_times, coastal_retreat, greyhound_racing, streetlight_switchoff: 44 of 80 on b9aaca6, 44 of 80 at the
# end) join the 47 older (667 of 800): 711 of 880 = 0.808.
# 2026-12-01 (fifteenth and sixteenth sessions): grave_reuse and street_market (29 of 38 blind), then
# homework_ban and golf_course (27 of 39 blind on c289c90, 25 of 39 with the sixteenth session's rules)
# join: 778 of 957 = 0.813.
# 2026-12-01 (seventeenth session): beach_dogs and lake_swimming (32 of 39 blind on fb27572, 32 of 39 with the
# session's rules) join: 815 of 996 = 0.818.
# 2026-12-01 (eighteenth session): zoo_elephants and cooling_towers (17 of 39 blind on 0ade3dd, 17 of 39 with
# the session's rules; one quote on a wrong side) join the 57 (820 of 996 with the session's rules): 837 of 1,035.
# 2026-12-02 (nineteenth session): jury_trials and firework_sales (13 of 37 blind on 43788a9, two quotes on a
# wrong side) join: 850 of 1,072 = 0.793 on 43788a9, hence 0.79.
# 2026-12-02 (twentieth session): crematorium_plan and gasworks_site (21 of 36 blind on 0597dc7, five quotes on a
# wrong side) join: 871 of 1,108 = 0.786 on 0597dc7, hence 0.78.
# 2026-12-02 (twenty-first session): street_trees and organ_donation (28 of 40 blind on 148f78e, one quote on a
# wrong side) join: 903 of 1,148 = 0.787 on 148f78e; the floor holds.
FLOOR = 0.78


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


def test_a_block_has_no_position_until_placed_and_a_briefing_holds_placed_blocks_only():
    block = make_block("We have said so for years.")
    assert block.position is None
    assert place([block], Spec("T", None, SPECS)).blocks[0].position == "context"
    with pytest.raises(ValueError, match="not placed"):
        Briefing("T", None, (), (), (block,))
