"""Placement by the groups the outlets write about: labels that keep what
is and change it give the proposal's for and against sides; a stance's
holder named before a relative clause; a speaker the outlet introduces
right after a group's stance, as one of that group; the stance the outlet's
own sentence says a speaker holds; the grievances of not being asked or
told and of what "they" now ask or take. Every sentence here is invented (fictional people, bodies and
places)."""

from dataclasses import replace

from briefing.cues import evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

TUNNEL = (
    PositionSpec("yes", "For the tunnel", ("faster trains",)),
    PositionSpec("no", "Against the tunnel", ("waste of money",)),
)


def _said(text: str, speaker: str | None, n: int, kind: str = "quote", article: int = 0) -> Block:
    return Block(f"B{article}{n}", kind, speaker, text, (f"S{article}",), (article, n, 0, 0))


def test_labels_that_keep_what_is_and_change_it_are_the_against_and_for_sides():
    keep = (PositionSpec("close", "Close the pier to boats", ()), PositionSpec("keep", "Keep the pier open", ()))
    assert evidence(_said("We welcome the plan.", "Ona Brisk", 1), keep).counted == {"close": ["welcome the plan"]}
    assert evidence(_said("We will fight this decision.", "Ona Brisk", 1), keep).counted == {"keep": ["fight this decision"]}
    assert evidence(_said("The proposal is unfair.", "Ona Brisk", 1), keep).counted == {"keep": ["proposal is unfair"]}
    # A word both labels share names what is kept, not the change: backing it is no stance on the proposal.
    assert evidence(_said("We back the pier.", "Ona Brisk", 1), keep).counted == {}
    # A proposal noun the keeping label names is what is kept: backing it is no stance for the change.
    firm = (PositionSpec("seize", "Place the ferry firm under the council", ()), PositionSpec("leave", "Leave the firm to deliver its plan", ()))
    assert evidence(_said("We back the plan.", "Ona Brisk", 1), firm).counted == {}
    assert evidence(_said("We welcome the decision.", "Ona Brisk", 1), firm).counted == {"seize": ["welcome the decision"]}
    keeping = (PositionSpec("sell", "For selling the pier", ()), PositionSpec("stay", "For keeping the pier", ()))
    assert evidence(_said("We oppose the plan.", "Ona Brisk", 1), keeping).counted == {"stay": ["oppose the plan"]}
    # Two labels that keep, or none, or three positions: no sides.
    both = (PositionSpec("a", "Keep the pier", ()), PositionSpec("b", "Keep the pier open at night", ()))
    neither = (PositionSpec("a", "Close the pier", ()), PositionSpec("b", "Sell the pier", ()))
    three = (*keep, PositionSpec("sell", "Sell the pier", ()))
    for specs in (both, neither, three):
        assert evidence(_said("We welcome the plan.", "Ona Brisk", 1), specs).counted == {}, specs


def test_the_holder_of_a_stance_may_stand_before_a_relative_clause():
    family = "the family of Ivo Renk"
    said = _said("The family of Ivo Renk, who was hurt in a fall in May, has welcomed the plan.", family, 1, "statement")
    assert evidence(said, TUNNEL).counted == {"yes": ["welcomed the plan"]}
    # The clause before the relative one names someone else: their stance, not the speaker's.
    others = _said("Critics, who say the cost is high, oppose the plan.", family, 1, "statement")
    assert evidence(others, TUNNEL).counted == {}
    # A clause that is not relative ("In May, ...") names no subject to go on with.
    dated = _said("In May, after a fall, pilots opposed the plan.", family, 1, "statement")
    assert evidence(dated, TUNNEL).counted == {}
    # A "whose" clause's subject is what is possessed: the neighbours' stance, not the speaker's, named before it.
    theirs = _said("Ona Brisk, whose neighbours oppose the plan, said the lane was quiet.", "Ona Brisk", 1, "statement")
    assert evidence(theirs, TUNNEL).counted == {}
    # After a "whose" clause, the sentence goes on with the speaker: that stance is hers.
    hers = _said("Ona Brisk, whose neighbours were flooded in March, opposes the plan.", "Ona Brisk", 1, "statement")
    assert evidence(hers, TUNNEL).counted == {"no": ["opposes the plan"]}


def test_a_speaker_the_outlet_introduces_right_after_a_groups_stance_takes_its_side():
    spec = Spec("T", None, TUNNEL)
    group = _said("Harbour pilots have welcomed the plan.", "harbour pilots", 1, "statement")
    intro = _said("Ona Brisk, chair of the Harbour Pilots' Guild, said it was a good day.", "Ona Brisk", 2, "statement")
    quote = _said("My father worked this harbour for forty years.", "Ona Brisk", 3)
    roles = (("Ona Brisk", "chair of the Harbour Pilots' Guild"),)
    placed = place([group, intro, quote], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["yes", "yes", "yes"]
    assert "introduced after the outlet's words on harbour pilots" in placed[2].reason
    # The word in another number is the same word ("pilot" and "pilots").
    pilot = (("Ona Brisk", "pilot for twenty years"),)
    assert place([group, intro, quote], spec, roles=pilot).blocks[2].position == "yes"
    # A role that shares no word with the group is no sign of being one of it.
    other = (("Ona Brisk", "retired teacher"),)
    assert place([group, intro, quote], spec, roles=other).blocks[2].position == "context"
    # A group with no side, a named person before, or another article: no side given.
    unsure = _said("Harbour pilots are divided over the plan.", "harbour pilots", 1, "statement")
    named = _said("Harbour Pilots said it was a waste of money.", "Harbour Pilots", 1, "statement")
    for before in (unsure, named, _said(group.text, group.speaker or "", 1, "statement", article=1)):
        assert place([before, intro, quote], spec, roles=roles).blocks[2].position == "context", before.text
    # Heard earlier in the article, the speaker is not introduced by the group's sentence.
    earlier = _said("We have waited long enough.", "Ona Brisk", 0)
    assert place([earlier, group, intro, quote], spec, roles=roles).blocks[3].position == "context"
    # A group's stance may be a harm it says the proposal does it.
    harmed = _said("Harbour pilots say the plan will cost them their moorings.", "harbour pilots", 1, "statement")
    assert place([harmed, intro, quote], spec, roles=roles).blocks[2].position == "no"
    # A speaker with a cue of their own keeps it.
    own = _said("It is a waste of money.", "Ona Brisk", 4)
    assert [b.position for b in place([group, intro, quote, own], spec, roles=roles).blocks][2:] == ["no", "no"]


def test_a_group_introduces_the_speakers_quoted_one_after_another_on_its_side():
    spec = Spec("T", None, TUNNEL)
    group = _said("Pilots and lock keepers say the plan is a waste of money.", "lock keepers", 1, "statement")
    first = _said("It is a waste of money, and the valley will flood.", "Ona Brisk", 2)
    later = _said("My shift ends at midnight.", "Ivo Renk", 3)
    roles = (("Ivo Renk", "lock keeper at Dunmarsh"),)
    placed = place([group, first, later], spec, roles=roles).blocks
    assert [b.position for b in placed] == ["no", "no", "no"]
    assert "introduced after the outlet's words on lock keepers" in placed[2].reason
    # Another side's speaker, or the outlet's own sentence, between them closes the group.
    other = _said("The tunnel means faster trains.", "Ada Corr", 2)
    aside = _said("The locks were rebuilt in 1952.", None, 2, "event")  # ("Not everyone at the locks agrees." answers them: test_framing)
    for between in (other, aside):
        assert place([group, between, later], spec, roles=roles).blocks[2].position == "context", between.text
    # A place the group is named by says nothing of who a speaker is.
    local = _said("Lock keepers in Dunmarsh say the plan is a waste of money.", "lock keepers in dunmarsh", 1, "statement")
    assert place([local, first, later], spec, roles=roles).blocks[2].position == "no"
    assert place([local, first, later], spec, roles=(("Ivo Renk", "teacher in Dunmarsh"),)).blocks[2].position == "context"


def _after_the_group(group: str, opening: str) -> str | None:
    """Where Ivo Renk's cue-less quote goes after the outlet's sentence on a group and his introduction."""
    said = [_said(group, "lock keepers", 1, "statement"), _said(opening, "Ivo Renk", 2, "statement"), _said("My shift ends at midnight.", "Ivo Renk", 3)]
    return place(said, Spec("T", None, TUNNEL)).blocks[2].position


def test_another_one_of_the_group_the_outlet_names_is_one_of_it_whatever_their_role():
    against, welcomed = "Lock keepers say the plan is a waste of money.", "Lock keepers have welcomed the plan."
    # "Another lock keeper, Ivo Renk, said ...": one more of the group just named, with no role given; its side.
    assert _after_the_group(against, "Another lock keeper, Ivo Renk, said the gates were oiled on Sunday.") == "no"
    assert _after_the_group(against, "And another lock keeper, Ivo Renk, said the gates were oiled on Sunday.") == "no"
    assert _after_the_group(welcomed, "Another lock keeper, Ivo Renk, said the gates were oiled on Sunday.") == "yes"
    # One more of something else, or "another" not before his name: no side.
    assert _after_the_group(against, "Another sailor, Ivo Renk, said the gates were oiled on Sunday.") == "context"
    assert _after_the_group(against, "Another lock keeper said Ivo Renk had oiled the gates on Sunday.") == "context"
    # One more of someone else: of whom the group is ("another lock keeper's wife"), or of what a preposition names; or
    # another name that begins like his.
    for opening in ("Another lock keeper's wife, Ivo Renk, said", "Another critic of lock keepers, Ivo Renk, said", "Another lock keeper, Ivo Renkova, said"):
        assert _after_the_group(against, f"{opening} the gates were oiled on Sunday.") == "context", opening
    # A contrast sets him against the group ("But Roe said ...": answers.answering), "another" or not.
    assert _after_the_group(against, "But another lock keeper, Ivo Renk, said the gates were oiled on Sunday.") == "yes"


def test_a_group_is_matched_by_who_they_are_not_by_whom_they_are_of_or_for():
    spec = Spec("T", None, TUNNEL)
    group = _said("Families of the flood victims say the plan is a waste of money.", "families of the flood victims", 1, "statement")
    quote = _said("The hearing is set for the spring.", "Ivo Renk", 2)
    for role, side in {
        # Whom the group is of, shared by a role for someone else, says nothing of who the speaker is.
        "a lawyer for the flood victims": "context",
        "chair of the flood victims' trust": "context",
        # The group's own noun, in either number, does.
        "who speaks for the families": "no",
        "a family liaison officer": "no",
    }.items():
        assert place([group, quote], spec, roles=(("Ivo Renk", role),)).blocks[1].position == side, role
    # The one a group is of, named in full after the role's own "of", is whom both belong to.
    kin = _said("The family of Ada Corr says the plan is a waste of money.", "the family of Ada Corr", 1, "statement")
    for role, side in {"sister of Ada Corr": "no", "a friend of Nell Corr": "context", "lawyer for Ada Corr": "context"}.items():
        assert place([kin, quote], spec, roles=(("Ivo Renk", role),)).blocks[1].position == side, role


def _placed_by_the_outlets_sentence(cases: dict[str, str]) -> None:
    """Each outlet's sentence on Ivo Renk, then his own cue-less quote: where the quote is placed."""
    spec = Spec("T", None, TUNNEL)
    quote = _said("My hives are ten yards from the old line.", "Ivo Renk", 2)
    for text, side in cases.items():
        kind = "commentary" if "reckless" in text else "event"
        placed = place([_said(text, None, 1, kind), quote], spec).blocks
        assert placed[1].position == side, text
        if side != "context":
            assert "in what the outlet says of Ivo Renk" in placed[1].reason, placed[1].reason


def test_the_stance_the_outlets_sentence_on_a_speaker_states_is_theirs():
    cases = {
        "Ivo Renk, who keeps bees on Dunmarsh Lane, backs the plan.": "yes",
        "Ivo Renk, a critic of the plan, was blunt.": "no",
        "Beekeeper Ivo Renk opposes the proposal.": "no",
        # The outlet's own loaded words around it do not hide the stance it reports.
        "Ivo Renk, who has led the fight against the reckless plan, was blunt.": "no",
        # Only the opening names the speaker's stance: a relative clause further on is another's.
        "Ivo Renk met Ona Brisk, who backs the plan.": "context",
        "Ivo Renk's neighbours back the plan.": "context",
        "Ivo Renk keeps bees on Dunmarsh Lane.": "context",
        # What is his ("whose sons") holds its own stance; a view he reports is not his.
        "Ivo Renk, whose sons back the plan, keeps bees.": "context",
        "Ivo Renk, who says critics oppose the plan, keeps bees.": "context",
        # In a "whom" clause he is the object: the stance is its subject's.
        "Ivo Renk, whom the mayor asked to back the plan, keeps bees.": "context",
    }
    _placed_by_the_outlets_sentence(cases)
    spec = Spec("T", None, TUNNEL)
    quote = _said("My hives are ten yards from the old line.", "Ivo Renk", 2)
    # A cue of the spec in the outlet's sentence is the outlet's, not a stance the speaker holds.
    placed = place([_said("Ivo Renk, who keeps bees, lives where the faster trains would run.", None, 1, "event"), quote], spec).blocks
    assert placed[1].position == "context"


def test_the_grievance_of_not_being_asked_is_a_stance_against_the_proposal():
    for text in (
        "Nobody asked us.", "We were never consulted about any of it.", "No one asked the people who live on the coast.",
        "The crews had not been consulted.", "We weren't consulted.", "The board decided without consulting the town.",
        "Why did nobody tell the parents?", "No one has told the crews where they will work.", "We were never told.",
        "Nobody from the ferry company has told us what happens next.", "No one at the trust asked the porters.",
        "No one told the anglers anything until the lake was drained.", "We were never told about the closure.",
    ):
        found = evidence(_said(text, "Ona Brisk", 1), TUNNEL)
        assert list(found.counted) == ["no"] and not found.weak, text
    # Not asking is no grievance; nor is consulting that did happen.
    for text in ("We are not asking for money.", "We were consulted twice last spring.", "I never told my sister.", "Nobody tells a story better.",
                 "Nobody from the ferry company came to the meeting.", "Nobody at the market knew when it would open.",
                 "Nobody from home, we asked, could come."):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # Not told what the speaker now states, or a question about the proposal itself: a supporter may say it too.
    for text in ("Nobody told us it would be this easy.", "No one has told us when the tunnel will open.", "We were never told why the tunnel was late."):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # Reported, negated or supposed, it is no grievance of the speaker's.
    for text in ("They say nobody asked them.", "It is not true that nobody asked you.", "If nobody asked them, they should complain."):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # Said, then answered with the other side's case, it gives way.
    assert evidence(_said("Nobody asked me. But it will mean faster trains.", "Ona Brisk", 1), TUNNEL).counted == {"yes": ["faster trains"]}
    # "Nobody denies ..." still grants the point after it.
    assert evidence(_said("Nobody denies it is a waste of money. But jobs matter.", "Ona Brisk", 1), TUNNEL).counted == {}
    # With no sides for and against one proposal, it takes none.
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(_said("Nobody asked us.", "Ona Brisk", 1), named).counted == {}
    spec = Spec("T", None, TUNNEL)
    said = [_said("Nobody asked the families on the hill.", "Ivo Renk", 1), _said("My cows graze there.", "Ivo Renk", 2)]
    placed = place(said, spec).blocks
    assert [b.position for b in placed] == ["no", "no"] and 'cue "nobody asked"' in placed[0].reason


def test_a_spokespersons_stance_counts_in_the_principals_so_a_concession_does_not_set_their_side():
    spec = Spec("T", None, TUNNEL)
    roles = (("Ada Lunn", "harbour commissioner"), ("Ivo Renk", "spokesman for the harbour commissioner"))
    said = [
        replace(_said("The commissioner supports the tunnel and will say so at the inquiry.", "Ivo Renk", 1), speaker_role=roles[1][1]),
        _said("Nobody wants a waste of money on this coast.", "Ada Lunn", 2),
        _said("For two years, on one line, it is the right call.", "Ada Lunn", 3),
    ]
    placed = place(said, spec, roles=roles).blocks
    # Her own words grant the other side's point; her spokesman states her stance: she is for the tunnel.
    assert [b.position for b in placed] == ["yes", "yes", "yes"]
    assert "in the words of Ivo Renk" in placed[2].reason
    # Without the spokesman, her concession is the only cue she says, and it counts.
    assert [b.position for b in place(said[1:], spec, roles=roles).blocks] == ["no", "no"]
    # The same words from a speaker who speaks for no one add to nobody else's stance.
    other = (("Ada Lunn", "harbour commissioner"), ("Ivo Renk", "ferry captain"))
    assert [b.position for b in place(said, spec, roles=other).blocks][1:] == ["no", "no"]


def test_with_three_positions_the_label_taking_the_proposal_whole_is_for_and_a_middle_way_takes_no_bare_stance():
    mill = (
        PositionSpec("build", "Approve the mill as proposed", ()),
        PositionSpec("cap", "Approve it only with a cap on river water", ()),
        PositionSpec("refuse", "Reject the mill", ()),
    )
    assert evidence(_said("We back the plan.", "Ona Brisk", 1), mill).counted == {"build": ["back the plan"]}
    assert evidence(_said("We oppose the mill.", "Ona Brisk", 1), mill).counted == {"refuse": ["oppose the mill"]}
    assert evidence(_said("The scheme is unfair.", "Ona Brisk", 1), mill).counted == {"refuse": ["scheme is unfair"]}
    # Backing it on a condition is the middle way's point, not a bare stance for it.
    for text in ("We back the plan with a cap on the river.", "We would back the plan only if the river is spared."):
        assert evidence(_said(text, "Ona Brisk", 1), mill).counted == {}, text
    # A label keeping what is, or one saying no, is against; of two that change things, the one taking it whole is for.
    lanes = (
        PositionSpec("all", "Bus lanes on every street in the town", ()),
        PositionSpec("some", "Bus lanes on the two main roads", ()),
        PositionSpec("keep", "Keep the roads as they are", ()),
    )
    assert evidence(_said("We welcome the plan.", "Ona Brisk", 1), lanes).counted == {"all": ["welcome the plan"]}
    tolls = (
        PositionSpec("toll", "A toll that exempts local drivers", ()),
        PositionSpec("none", "No toll on the bridge", ()),
        PositionSpec("full", "A toll for all drivers", ()),
    )
    assert evidence(_said("We fight this decision.", "Ona Brisk", 1), tolls).counted == {"none": ["fight this decision"]}
    # Two labels that change things, neither taking it whole, or two that keep or refuse: no sides.
    for specs in (
        (lanes[1], PositionSpec("trams", "Trams on the two main roads", ()), lanes[2]),
        (mill[0], mill[2], PositionSpec("old", "Keep the old mill", ())),
    ):
        assert evidence(_said("We welcome the plan.", "Ona Brisk", 1), specs).counted == {}, specs


def test_an_accusation_a_former_stance_or_a_nested_clause_in_the_description_is_not_the_speakers():
    cases = {
        "Ivo Renk, accused of opposing the plan, keeps bees.": "context",
        "Ivo Renk, who once backed the plan, has changed his mind.": "context",
        "Ivo Renk, who used to back the plan, keeps bees.": "context",
        "Ivo Renk, a former critic of the plan, keeps bees.": "context",
        "Ivo Renk, who chairs the group that opposes the plan, keeps bees.": "context",
        "Ivo Renk leads a club which backs the plan.": "context",
        # His own stance, stated now, is still his; "that" before a proposal is no relative pronoun.
        "Ivo Renk, who chairs the beekeepers' club, opposes that plan.": "no",
        "Ivo Renk, who now backs the plan, keeps bees.": "yes",
        "Ivo Renk, who once again backed the plan, keeps bees.": "yes",  # "once again" is now, not then
    }
    _placed_by_the_outlets_sentence(cases)


def test_a_speaker_whose_role_is_a_kind_of_the_groups_noun_is_one_of_the_group():
    # WordNet's hyponyms: a father is a parent, a surgeon a doctor, a grandmother a grandparent.
    spec = Spec("T", None, TUNNEL)
    quote = _said("The lane floods every February.", "Ona Brisk", 2)
    for text, group, role, side in (
        ("Parents say the plan is a waste of money.", "parents", "foster father of twins", "no"),
        ("Doctors at the clinic have welcomed the plan.", "doctors at the clinic", "surgeon at Dunmarsh", "yes"),
        ("Some grandparents say the plan is a waste of money.", "some grandparents", "grandmother of five", "no"),
    ):
        placed = place([_said(text, group, 1, "statement"), quote], spec, roles=(("Ona Brisk", role),)).blocks
        assert placed[1].position == side, role
        assert f"introduced after the outlet's words on {group}" in placed[1].reason
    # Not the other way round (a parent is no father), nor a role of another kind.
    for text, group, role in (
        ("Fathers say the plan is a waste of money.", "fathers", "parent"),
        ("Parents say the plan is a waste of money.", "parents", "retired surgeon"),
        ("Doctors at the clinic have welcomed the plan.", "doctors at the clinic", "grandmother of five"),
    ):
        placed = place([_said(text, group, 1, "statement"), quote], spec, roles=(("Ona Brisk", role),)).blocks
        assert placed[1].position == "context", role


def test_what_those_who_decide_now_ask_or_take_is_a_grievance_against_the_proposal():
    for text in (
        "Now they want us to pay for parking at the station.", "And now they're taking the ferry away.",
        "Now they tell us to drive to the next town.", "Now they have asked us to leave by spring.",
        "But now they expect me to queue outside.", "Now they are taking the clinic from us.", "Now they make us pay to park.",
    ):
        found = evidence(_said(text, "Ona Brisk", 1), TUNNEL)
        assert list(found.counted) == ["no"], text
    # Not opening the sentence, nothing asked of the speaker nor taken from them, or negated: no grievance read.
    for text in (
        "Now they have a clinic on the island.", "Now we want answers.", "They said that now they want a vote.",
        "Now they don't want to hear from us.", "Now they know the station is safe.",
        "Now they want to learn to swim.", "Now they take the bus every day.", "Now they ask the pupils to read aloud.",
        "Now they ask parents to drive.",
    ):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # No infinitive, so no demand ("tell us" what is so, "ask us" a question); or the proposal itself
    # named in what they ask, which its supporters may be asked too (by "they" who oppose it).
    for text in (
        "Now they tell us the line will open late.", "Now they ask us what we think.",
        "Now they want us to scrap the tunnel.", "Now they expect us to wait years for a tunnel.",
    ):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # With no sides for and against one proposal, it takes none.
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(_said("Now they want us to pay for it.", "Ona Brisk", 1), named).counted == {}
    spec = Spec("T", None, TUNNEL)
    # The grievance places the speaker's other words too.
    placed = place([_said("I have driven this road for thirty years.", "Ona Brisk", 1), _said("Now they want me to pay to use it.", "Ona Brisk", 2)], spec).blocks
    assert [b.position for b in placed] == ["no", "no"]
    # A speaker whose other words clearly take the other side names the delay to answer it.
    supporter = [
        _said("The tunnel means faster trains.", "Ivo Renk", 1),
        _said("Faster trains bring the jobs back.", "Ivo Renk", 2),
        _said("Now they want us to wait another year.", "Ivo Renk", 3),
    ]
    assert [b.position for b in place(supporter, spec).blocks] == ["yes", "yes", "yes"]


def test_not_coming_or_bothering_to_tell_is_the_grievance_of_not_being_told():
    for text in ("Nobody came to tell the tenants why.", "No one has bothered to tell us anything.",
                 "Nobody from the water board has come to tell the stallholders what happens next.", "No one at the market bothered to tell the porters."):
        found = evidence(_said(text, "Ona Brisk", 1), TUNNEL)
        assert list(found.counted) == ["no"] and not found.weak, text
    # Not told what the speaker now states, or the proposal's own timing; coming or bothering to do something else.
    for text in ("Nobody came to tell us it would be this quick.", "Nobody has come to tell us when the tunnel will open.",
                 "Nobody came to the meeting.", "No one bothered to read the survey.", "Somebody came to tell us why."):
        assert evidence(_said(text, "Ona Brisk", 1), TUNNEL).counted == {}, text
    # The grievance places the speaker, and so their words with no cue.
    said = [_said("I have sold fish on this square since 1994.", "Ivo Renk", 1), _said("Nobody at the council has come to tell the stallholders anything.", "Ivo Renk", 2)]
    assert [b.position for b in place(said, Spec("T", None, TUNNEL)).blocks] == ["no", "no"]
