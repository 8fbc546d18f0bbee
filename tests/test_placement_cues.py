"""Placement, one block's cues: how a cue's words match (any tense or number,
a possessive or a few words set inside, said as a predicate) and that a cue
counts only in the speaker's own voice: not negated, reported, dismissed,
conceded before a turn, put as a condition, a question or common ground."""



from placing import SPECS, make_block

from briefing.cues import evidence
from briefing.model import PositionSpec, Spec
from briefing.positions import place


def test_a_plain_cue_counts():
    assert evidence(make_block("The tunnel means faster trains for the whole coast."), SPECS).counted == {"yes": ["faster trains"]}


def test_a_cue_matches_in_any_tense_or_number():
    assert evidence(make_block("Last winter the works flooded the valley twice."), SPECS).counted == {"no": ["flood the valley"]}
    assert evidence(make_block("We keep wasting money on it, a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    assert evidence(make_block("Flooding the valley is what they plan."), SPECS).counted == {"no": ["flood the valley"]}
    # A different word that merely starts the same is not an inflection.
    assert evidence(make_block("The floodgates of the valley are old."), SPECS).counted == {}
    fees = (PositionSpec("no", "Against the fee", ("fee",)),)
    assert evidence(make_block("They feed the horses."), fees).counted == {}
    assert evidence(make_block("Both fees went up."), fees).counted == {"no": ["fee"]}


def test_a_cue_with_a_possessive_inside_is_the_same_noun_phrase():
    specs = (PositionSpec("yes", "Build the bypass", ("vell amendment", "ring road")), PositionSpec("no", "Spare the green belt", ("green belt",)))
    assert evidence(make_block("I would back the bill with Senator Vell's amendment, and not without it."), specs).counted == {"yes": ["vell amendment"]}
    assert evidence(make_block("The ring road's cost is the point."), specs).counted == {"yes": ["ring road"]}
    # The possessive of another word between them is no such phrase.
    assert evidence(make_block("Vell's plan for the amendment is late."), specs).counted == {}


def test_a_long_cue_counts_with_a_few_words_set_inside_it():
    specs = (PositionSpec("no", "Against the toll", ("pay to cross the bridge",)), PositionSpec("yes", "For the toll", ("fewer lorries",)))
    for text in ("A carer will pay nine pounds a week to cross the bridge.", "We pay more to cross the bridge than to park."):
        assert evidence(make_block(text), specs).counted == {"no": ["pay to cross the bridge"]}, text
    # Too many words inside, a clause break or a negator among them, or a short cue: no match.
    for text in (
        "We pay our staff well above the county average wage to cross the bridge.",
        "We pay, and then we cross the bridge.",
        "We will pay not a penny more to cross the bridge.",
    ):
        assert evidence(make_block(text), specs).counted == {}, text
    assert evidence(make_block("There are fewer heavy lorries now."), specs).counted == {}


def test_a_two_word_cue_counts_when_said_as_a_predicate():
    for text in ("Its trains are faster than any bus on the coast.", "With the tunnel, the trains will be faster."):
        assert evidence(make_block(text), SPECS).counted == {"yes": ["faster trains"]}, text
    # The predicate denied, or the words in another sense, is no cue.
    assert evidence(make_block("The trains are not faster, only dearer."), SPECS).counted == {}
    assert evidence(make_block("The trains are on time and buses are faster."), SPECS).counted == {}
    # Reported as another's view, it is set aside like the cue as written.
    assert evidence(make_block("The board says the trains are faster."), SPECS).ignored[0].kind == "reported"


def test_a_negated_cue_does_not_count():
    found = evidence(make_block("It will not flood the valley, whatever you hear."), SPECS)
    assert found.counted == {} and "negated" in found.ignored[0].why
    assert evidence(make_block("This won't mean faster trains for anyone."), SPECS).counted == {}


def test_a_view_the_speaker_denies_holding_is_negated_not_reported():
    # "I don't think X": the speaker's own denial of X (the subject is "I", not the "t" of "n't")
    found = evidence(make_block("I don't think the new line would flood the valley."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "negated" and "think" in found.ignored[0].why
    found = evidence(make_block("We do not believe it is a waste of money."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "negated"
    # Without the negator the speaker's "I think" is their view.
    assert evidence(make_block("I think it would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


def test_a_denial_turned_by_a_second_negation_takes_no_side():
    spec = Spec("T", None, SPECS)
    for text in (
        "I don't think anyone can deny it is a waste of money.",
        "I don't think I have ever seen such a waste of money.",
        "People who don't think it is a waste of money are fooling themselves.",
    ):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "twice", text
        assert place([make_block(text)], spec).blocks[0].position == "context", text
    # A single denial still denies the cue, and speaks for the other side.
    assert place([make_block("I don't think it is a waste of money.")], spec).blocks[0].position == "yes"
    assert place([make_block("I don't think it will ever be a waste of money.")], spec).blocks[0].position == "yes"


def test_what_the_speaker_says_they_do_not_have_is_no_denial_of_a_side():
    spec = Spec("T", None, (PositionSpec("yes", "For the tunnel", ("faster trains",)), PositionSpec("no", "Against the tunnel", ("boat", "waste of money"))))
    for text in ("I don't have a boat, and I never will.", "We haven't got a boat any more."):
        found = evidence(make_block(text), spec.positions)
        assert found.counted == {} and found.ignored[0].kind == "lacked", text
        assert "does not have" in found.ignored[0].why
        assert place([make_block(text), make_block("My brother sails to Oxlade.", n=2)], spec).blocks[0].position == "context", text
    # A claim denied, in any person, still takes the other side; so does what another is said not to have.
    for text in ("It is not a waste of money.", "We are not a waste of money.", "The board has no boat."):
        assert evidence(make_block(text), spec.positions).ignored[0].kind == "negated", text
        assert place([make_block(text)], spec).blocks[0].position == "yes", text


def test_but_not_denies_the_point_only_when_it_takes_it_back():
    assert evidence(make_block("It means faster trains, but not at this price."), SPECS).ignored[0].kind == "denied"
    # "but not" that sets a limit leaves the point standing.
    assert evidence(make_block("It means fewer lorries, but not fewer buses."), SPECS).counted == {"yes": ["fewer lorries"]}


def test_a_cue_in_an_indirect_question_after_to_is_no_stance():
    # "want to know who ...", "need to understand why ...": the speaker asks, and takes no side
    for text in ("I want to know who will pay for the faster trains.", "We need to understand why it would flood the valley."):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and "indirect question" in found.ignored[0].why, text
    # Without "to" the speaker states what they know.
    assert evidence(make_block("I know how much the faster trains would help us."), SPECS).counted == {"yes": ["faster trains"]}


def test_a_cue_in_a_condition_is_not_a_stance():
    found = evidence(make_block("If it brings fewer lorries, we will back it."), SPECS)
    assert found.counted == {} and "condition" in found.ignored[0].why
    assert evidence(make_block("If the vote is lost, it will still mean fewer lorries."), SPECS).counted == {"yes": ["fewer lorries"]}
    # "Whether ..." puts the alternative, or the question, and asserts neither.
    whether = evidence(make_block("Whether the board builds it to flood the valley is for the courts, not for us."), SPECS)
    assert whether.counted == {} and "'whether'" in whether.ignored[0].why
    assert evidence(make_block("Whether or not you like it, it will flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


def test_a_condition_put_to_the_generic_you_states_a_principle():
    assert evidence(make_block("If you pay for faster trains, you deserve them on time."), SPECS).counted == {"yes": ["faster trains"]}
    assert evidence(make_block("If you care about fewer lorries, then you build the tunnel."), SPECS).counted == {"yes": ["fewer lorries"]}
    # Answered by someone else, it stays a condition on their support.
    assert evidence(make_block("If you can show us fewer lorries, we will back it."), SPECS).counted == {}


def test_an_open_whether_clause_takes_no_side():
    spec = Spec("T", None, SPECS)
    for text in ("I have not decided whether to back the tunnel.", "We are still asking ourselves whether it means faster trains"):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "condition", text
        assert place([make_block(text)], spec).blocks[0].position == "context", text
    # Without "whether" the same words are the speaker's.
    assert evidence(make_block("I have decided to back the tunnel."), SPECS).counted == {"yes": ["back the tunnel"]}


def test_a_view_the_speaker_reports_does_not_count():
    found = evidence(make_block("Opponents claim it is a waste of money, and they are wrong about that."), SPECS)
    assert found.counted == {} and "reports" in found.ignored[0].why
    # The speaker's own "I say" is their view.
    assert evidence(make_block("I say it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}


def test_the_outlets_said_frame_of_reported_speech_is_not_a_reported_view():
    block = make_block("Ona Brisk said the tunnel was a waste of money.", kind="statement")
    assert evidence(block, SPECS).counted == {"no": ["waste of money"]}


def test_a_view_of_nobody_or_of_the_speaker_is_not_a_reported_one():
    # The view told counts; not being told what the speaker now knows is no grievance (``grievances._withheld``).
    assert evidence(make_block("Nobody told us the works would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}
    said = make_block("In a letter, the council said the plan was sound and argued it was a waste of money to wait.", "Tarn Council", "statement")
    assert evidence(said, SPECS).counted == {"no": ["waste of money"]}


def test_views_others_keep_telling_or_promise_are_reported_but_my_saying_is_mine():
    assert evidence(make_block("They keep telling us it means faster trains."), SPECS).counted == {}
    assert evidence(make_block("They promise fewer lorries."), SPECS).ignored[0].kind == "reported"
    assert evidence(make_block("I am saying it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}


def test_a_view_put_to_the_speaker_in_the_passive_is_reported():
    found = evidence(make_block("We are told it means faster trains."), SPECS)
    assert found.counted == {} and found.ignored[0].kind == "reported"
    assert evidence(make_block("It was said the works would flood the valley."), SPECS).counted == {}
    # The speaker's own perfect tense is active: their view.
    assert evidence(make_block("We have said it is a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    spec = Spec("T", None, SPECS)
    told = [make_block("We are told it means faster trains.", n=1), make_block("It will not mean faster trains here.", n=2)]
    assert [b.position for b in place(told, spec).blocks] == ["no", "no"]


def test_a_wish_is_not_a_reported_view():
    assert evidence(make_block("Our members want fewer lorries on the valley road."), SPECS).counted == {"yes": ["fewer lorries"]}
    # The wish counts, and so does the grievance of what "they" now ask (``grievances.imposed``).
    assert evidence(make_block("Now they want us to flood the valley for a road?"), SPECS).counted == {"no": ["flood the valley", "now they want"]}
    assert evidence(make_block("They want you to believe it means faster trains."), SPECS).ignored[0].kind == "reported"


def test_a_label_or_line_another_uses_is_reported_but_a_call_for_is_a_demand():
    called = evidence(make_block("The council calls it a waste of money. I call it a lifeline."), SPECS)
    assert called.counted == {} and called.ignored[0].kind == "reported"
    talked = evidence(make_block("The minister talks about faster trains while the line stays shut."), SPECS)
    assert talked.counted == {} and talked.ignored[0].kind == "reported"
    assert evidence(make_block("The union has called for fewer lorries on the coast road."), SPECS).counted == {"yes": ["fewer lorries"]}
    assert evidence(make_block("We call on the board to stop this waste of money."), SPECS).counted == {"no": ["waste of money"]}
    assert evidence(make_block("The so-called faster trains never came.", "Ivo Tarrant"), SPECS).ignored[0].kind == "dismissed"


def test_a_view_the_speaker_dismisses_does_not_count_and_speaks_for_the_other_side():
    for text in (
        "Their so-called faster trains are a fantasy.",
        "The idea that this means fewer lorries is absurd.",
        "Who really believes it will bring faster trains?",
    ):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and found.ignored[0].kind == "dismissed", text
    # The same cue asked about with no doubt, or in an idea no one denies, is the speaker's.
    assert evidence(make_block("Will it bring faster trains?"), SPECS).counted == {"yes": ["faster trains"]}
    assert evidence(make_block("The idea that it means faster trains is popular."), SPECS).counted == {"yes": ["faster trains"]}
    placed = place([make_block("Their so-called faster trains are a fantasy.")], Spec("T", None, SPECS)).blocks
    assert placed[0].position == "no" and "so-called" in placed[0].reason


def test_what_is_conceded_before_but_gives_way_to_what_follows():
    found = evidence(make_block("Faster trains would be nice, but it is a waste of money."), SPECS)
    assert found.counted == {"no": ["waste of money"]}
    # Without a turn to another side, the cue before "but" stands.
    assert evidence(make_block("We want faster trains, but the work must start soon."), SPECS).counted == {"yes": ["faster trains"]}


def test_it_is_true_that_grants_a_point_a_but_then_answers():
    for text in ("It is true that the tunnel means fewer lorries.", "It's true that it means fewer lorries."):
        found = evidence(make_block(text), SPECS, after="But the rock under the hill is unknown.")
        assert found.counted == {} and [m.kind for m in found.ignored] == ["granted"], text
    # Not at the opening, "true" grants nothing: "the fewer lorries are true relief" is the speaker's point.
    assert evidence(make_block("Fewer lorries are true relief for the town."), SPECS, after="But we must wait.").counted == {"yes": ["fewer lorries"]}


def test_two_points_conceded_to_each_side_cancel_whichever_comes_first():
    # "True, ..." with no "but" grants every point after it: one of each side says no side.
    for text in ("True, the tunnel means fewer lorries, and it is a waste of money.", "It is true that it is a waste of money, and we get faster trains."):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and sorted(m.kind for m in found.ignored) == ["conceded", "conceded"], text
        assert place([make_block(text)], Spec("T", None, SPECS)).blocks[0].position == "context", text
    # A point conceded counts when the speaker says no other side.
    assert evidence(make_block("True, the tunnel means fewer lorries and faster trains."), SPECS).counted == {"yes": ["faster trains", "fewer lorries"]}


def test_a_point_claimed_as_common_ground_places_no_one():
    # "Nobody disputes that ...": either side may grant it, with a "but" after it or none.
    for text in ("Nobody disputes that it means fewer lorries.", "No one would deny that the tunnel brings faster trains."):
        found = evidence(make_block(text), SPECS)
        assert found.counted == {} and [m.kind for m in found.ignored] == ["common"], text
    # "Nobody wants ..." claims no common ground: a plain cue after it still counts when nothing else turns.
    assert evidence(make_block("Nobody wants a waste of money."), SPECS).counted == {"no": ["waste of money"]}
    middle = PositionSpec("later", "A tunnel, but only after a second survey", ("second survey",))
    said = [make_block("Nobody disputes that the tunnel means fewer lorries.", "Pia Holm", n=1), make_block("The question is what we know about the rock.", "Pia Holm", n=2)]
    # With three positions the one who grants it takes no side, and their other words carry none.
    assert [b.position for b in place(said, Spec("T", None, (*SPECS, middle))).blocks] == ["context", "context"]
    # With two, common ground granted is no point for the other side either.
    assert [b.position for b in place(said, Spec("T", None, SPECS)).blocks] == ["context", "context"]
