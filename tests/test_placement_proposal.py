"""Placement by the proposal the labels name: a stance or a verdict said of it
(backed, opposed, welcome, doing good or harm to someone, what a status quo
label keeps) counts for the side it takes, and which labels are the for, the
against and a middle way (a "with", a universal word, a refusal, a "No ..."
label)."""

from dataclasses import replace

from placing import SPECS, make_block

from briefing.cues import evidence
from briefing.model import PositionSpec


def test_a_stance_stated_on_the_proposal_itself_counts_for_that_side():
    assert evidence(make_block("We back the plan, and we will say so at the hearing."), SPECS).counted == {"yes": ["back the plan"]}
    joined = make_block("Ada Corr, who joined the campaign against the tunnel in May, said she feared for the wells.", "Ada Corr", "statement")
    assert evidence(joined, SPECS).counted == {"no": ["against the tunnel"]}
    assert evidence(make_block("Our union will vote against this bill."), SPECS).counted == {"no": ["against this bill"]}
    critic = make_block("Ada Corr, a critic of the tunnel since 2019, said the wells would run dry.", "Ada Corr", "statement")
    assert evidence(critic, SPECS).counted == {"no": ["critic of the tunnel"]}
    # Someone else's stance, in the speaker's words, is not the speaker's.
    assert evidence(make_block("Supporters of the plan say it is cheap. I doubt it."), SPECS).counted == {}
    assert evidence(make_block("Those who oppose the plan say it costs too much. They are wrong."), SPECS).counted == {}
    negated = evidence(make_block("We do not support the scheme as it stands."), SPECS)
    assert negated.counted == {} and negated.ignored[0].kind == "negated"
    worried = make_block("Ada Corr said she was worried by the plan and would write to the board.", "Ada Corr", "statement")
    assert evidence(worried, SPECS).counted == {"no": ["worried by the plan"]}
    assert evidence(make_block("We are pleased with the decision."), SPECS).counted == {"yes": ["pleased with the decision"]}
    # "Against" with no proposal after it states no stance on it.
    assert evidence(make_block("I have nothing against lorries on the coast road."), SPECS).counted == {}
    # The proposal is in both labels: one side's own words are no proposal.
    uneven = (PositionSpec("yes", "For the tunnel and its lorries", ()), PositionSpec("no", "Against the tunnel", ()))
    assert evidence(make_block("We back the tunnel."), uneven).counted == {"yes": ["back the tunnel"]}
    assert evidence(make_block("We back those lorries."), uneven).counted == {}
    short = (PositionSpec("yes", "For the tax", ()), PositionSpec("no", "Against the tax", ()))
    opposes = make_block("Ada Corr, who opposes the tax, said it would close the inn.", "Ada Corr", "statement")
    assert evidence(opposes, short).counted == {"no": ["opposes the tax"]}
    # Positions not labelled for and against one proposal give no such sides.
    named = (PositionSpec("dig", "Dig a tunnel", ("tunnel",)), PositionSpec("span", "Build a bridge", ("bridge",)))
    assert evidence(make_block("We back the plan."), named).counted == {}


def test_a_spokesperson_states_the_principals_stance_and_a_possessive_stands_inside_the_proposal():
    said = replace(make_block("The mayor supports the harbour board's plan and will say so on Friday.", "Ivo Renk"), speaker_role="spokesman for the mayor")
    assert evidence(said, SPECS).counted == {"yes": ["supports the harbour board's plan"]}
    assert evidence(replace(said, speaker_role="the mayor's spokeswoman"), SPECS).counted == {"yes": ["supports the harbour board's plan"]}
    # From anyone else, the mayor's stance is someone else's; and "we" hold one of their own.
    assert evidence(replace(said, speaker_role="campaigner"), SPECS).counted == {}
    assert evidence(make_block("We back the harbour board's plan."), SPECS).counted == {"yes": ["back the harbour board's plan"]}
    # The proposal more than four words on, the "s" not counted, is too far to be the verb's object.
    assert evidence(make_block("We back the old harbour board's long plan."), SPECS).counted == {}


def test_a_verdict_said_of_the_proposal_counts_for_that_side():
    assert evidence(make_block("The tunnel is welcome, but it will not bring back the ferry."), SPECS).counted == {"yes": ["tunnel is welcome"]}
    assert evidence(make_block("This scheme would be unworkable on the coast."), SPECS).counted == {"no": ["scheme would be unworkable"]}
    assert evidence(make_block("The plan was long overdue."), SPECS).counted == {"yes": ["plan was long overdue"]}
    # Denied, it speaks for the other side; supposed or reported, it is no stance of the speaker's.
    assert evidence(make_block("The tunnel is not welcome here."), SPECS).counted == {"no": ["tunnel is not welcome"]}
    assert evidence(make_block("This plan is not unfair."), SPECS).counted == {"yes": ["plan is not unfair"]}
    assert evidence(make_block("If the tunnel is fair, we will back it."), SPECS).ignored[0].kind == "condition"
    assert evidence(make_block("Critics say the tunnel is unfair."), SPECS).ignored[0].kind == "reported"
    # A verdict on something other than the proposal, or with no sides for and against, is none.
    assert evidence(make_block("The weather is unfair to farmers."), SPECS).counted == {}
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(make_block("The plan is welcome."), named).counted == {}


def test_a_proposal_said_to_do_harm_to_someone_is_a_verdict_against_it():
    assert evidence(make_block("The tunnel will hurt every fishing family on the coast."), SPECS).counted == {"no": ["tunnel will hurt every"]}
    said = evidence(make_block("Hill farmers say the plan, drawn up in March, will cost them dearly.", "hill farmers", "statement"), SPECS)
    assert said.counted == {"no": ["plan will cost them"]}
    # Denied, it speaks for the other side; reported or supposed, it is no stance of the speaker's.
    assert evidence(make_block("The tunnel will not harm the valley."), SPECS).counted == {"yes": ["tunnel will not harm the"]}
    assert evidence(make_block("Critics say the tunnel will ruin the coast."), SPECS).ignored[0].kind == "reported"
    assert evidence(make_block("If the scheme threatens the harbour, we will say so."), SPECS).ignored[0].kind == "condition"
    # A cost that is a sum, not a person, is no harm; nor is a harm done by something other than the proposal.
    for text in ("The tunnel will cost four million pounds.", "The scheme costs less than a bridge.", "The storm will hurt the harvest."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    # With no sides for and against one proposal, none.
    named = (PositionSpec("dig", "Dig a tunnel", ()), PositionSpec("span", "Build a bridge", ()))
    assert evidence(make_block("The plan will hurt the town."), named).counted == {}


def test_a_proposal_said_to_do_good_or_a_wider_harm_is_a_verdict_on_it():
    # A verb of good (the General Inquirer's gain senses) is a verdict for it; of harm, against.
    assert evidence(make_block("The tunnel will protect the harbour villages from the winter floods."), SPECS).counted == {"yes": ["tunnel will protect the"]}
    assert evidence(make_block("The scheme has improved the ferry timetable already."), SPECS).counted == {"yes": ["scheme has improved the"]}
    assert evidence(make_block("The plan is hampering every boatyard on the estuary."), SPECS).counted == {"no": ["plan is hampering every"]}
    # Denied, the other side's; reported, nobody's; a passive says what is done to the proposal, not what it does.
    assert evidence(make_block("The tunnel has not improved anything for the islanders."), SPECS).counted == {"no": ["tunnel has not improved anything"]}
    assert evidence(make_block("Its backers say the scheme will enrich the whole coast."), SPECS).ignored[0].kind == "reported"
    for text in ("The plan was hampered by the storms of March.", "The tunnel will lose money for a decade.", "The floods ruined the harvest."):
        assert evidence(make_block(text), SPECS).counted == {}, text


def test_a_verb_of_good_or_harm_needs_an_object_it_acts_on():
    # A negative object denies the good or the harm, as "not" does.
    assert evidence(make_block("The tunnel will improve nothing for the harbour villages."), SPECS).counted == {"no": ["tunnel will improve nothing"]}
    assert evidence(make_block("The tunnel will harm nobody on the coast."), SPECS).counted == {"yes": ["tunnel will harm nobody"]}
    # One followed by an exception says no side: some are harmed, or good is done only to some.
    for text in ("The tunnel will harm nobody but the farmers on the coast.", "The tunnel will improve nothing except the contractors' profits."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    # A preposition or "that" after the verb, or a verb whose value is that of what it brings about, judges nothing.
    for text in (
        "The tunnel will contribute to flooding in the lower town.",
        "The tunnel would ensure that the lower fields flood every spring.",
        "The tunnel will boost lorry traffic through the village.",
    ):
        assert evidence(make_block(text), SPECS).counted == {}, text


def test_what_a_status_quo_label_keeps_judged_speaks_for_keeping_or_changing_it():
    # "Keep the toll" / "Scrap the toll": the toll is what is kept; its good speaks for keeping it, its harm for the change.
    kept = (PositionSpec("keep", "Keep the toll on the causeway", ()), PositionSpec("scrap", "Scrap the toll", ()))
    assert evidence(make_block("The toll protects the causeway from the heaviest lorries."), kept).counted == {"keep": ["toll protects the"]}
    assert evidence(make_block("The toll is hurting every shop on the island."), kept).counted == {"scrap": ["toll is hurting every"]}
    assert evidence(make_block("The toll costs us sixty pounds a month."), kept).counted == {"scrap": ["toll costs us"]}
    assert evidence(make_block("The toll was necessary after the storm."), kept).counted == {"keep": ["toll was necessary"]}
    # Denied, the other way; a sum is no harm to anyone.
    assert evidence(make_block("The toll has not protected anyone."), kept).counted == {"scrap": ["toll has not protected anyone"]}
    assert evidence(make_block("The toll costs four million pounds to collect."), kept).counted == {}


def test_a_with_after_a_labels_verb_is_no_middle_way():
    # "Proceed with ..." takes the proposal; its "with" is the verb's, so "Delay ..." is not the one for it.
    specs = (PositionSpec("go", "Proceed with the merger"), PositionSpec("wait", "Delay the merger"), PositionSpec("no", "Reject the merger"))
    assert "wait" not in evidence(make_block("Our members back the merger."), specs).counted
    # A "with" after the proposal restricts it: the bare label is for it.
    specs = (PositionSpec("toll", "Build the road with tolls"), PositionSpec("road", "Build the road"), PositionSpec("no", "Reject the road"))
    assert evidence(make_block("Our members back the road."), specs).counted == {"road": ["back the road"]}


def test_a_with_after_a_phrasal_verbs_particle_is_no_middle_way():
    # "Go ahead with ..." takes the proposal whole, as "Proceed with ..." does; the "with" after "only" restricts it.
    specs = (PositionSpec("go", "Go ahead with the jetty"), PositionSpec("toll", "Go ahead only with a toll"), PositionSpec("no", "Refuse the jetty"))
    assert evidence(make_block("Our members back the jetty."), specs).counted == {"go": ["back the jetty"]}
    # Beside a delay, two labels change things and neither takes the jetty whole: no for side, and never the delay.
    specs = (PositionSpec("go", "Go ahead with the jetty"), PositionSpec("wait", "Delay the jetty"), PositionSpec("no", "Reject the jetty"))
    assert evidence(make_block("Our members back the jetty."), specs).counted == {}


def test_a_universal_word_in_a_label_on_another_matter_does_not_make_it_the_whole_proposal():
    # "each part", "all residents" are not the package or the tower taken whole: no for side is told apart.
    for first in ("Vote on each part separately", "Let all residents vote first"):
        specs = (PositionSpec("other", first), PositionSpec("go", "Approve the package"), PositionSpec("no", "Reject the package"))
        assert evidence(make_block("Our members back the plan."), specs).counted == {}, first
    # The same proposal taken whole beside a part of it: the whole one is for it.
    specs = (PositionSpec("part", "Approve the package in stages"), PositionSpec("whole", "Approve the package in full"), PositionSpec("no", "Reject the package"))
    assert evidence(make_block("Our members back the plan."), specs).counted == {"whole": ["back the plan"]}


def test_a_label_that_refuses_or_denies_anothers_verb_is_the_against_side():
    # Beside "Build the jetty" and a middle way, a refusal or a negated imperative of its verb rejects the jetty.
    for last in ("Refuse the jetty", "Decline the jetty", "Do not build the jetty", "Don't build the jetty", "Build no jetty"):
        specs = (PositionSpec("yes", "Build the jetty"), PositionSpec("toll", "Build it only with a toll"), PositionSpec("no", last))
        assert evidence(make_block("Our members back the jetty."), specs).counted == {"yes": ["back the jetty"]}, last
        assert evidence(make_block("Our members oppose the jetty."), specs).counted == {"no": ["oppose the jetty"]}, last
    # A wait, a limit or a double denial rejects nothing: no sides are told apart.
    for last in ("Don't decide yet", "Build no more than one jetty", "Don't reject the jetty", "Make no decision yet"):
        specs = (PositionSpec("yes", "Build the jetty"), PositionSpec("toll", "Build it only with a toll"), PositionSpec("no", last))
        assert evidence(make_block("Our members back the jetty."), specs).counted == {}, last


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
            assert evidence(make_block("Our members back the plan."), specs).counted == {"yes": ["back the plan"]}, refuse
            assert evidence(make_block("Our members oppose the plan."), specs).counted == {"no": ["oppose the plan"]}, refuse
    # With three, the refusal is the against side; the label taking it whole is for it.
    specs = (PositionSpec("yes", "Approve the plant as proposed"), PositionSpec("cap", "Approve it only with a cap"), PositionSpec("no", "Turn down the plant"))
    assert evidence(make_block("Our members oppose the plant."), specs).counted == {"no": ["oppose the plant"]}
    # A prohibition beside no verb of consent may be the proposal itself ("Ban ..." beside "Build ..."): no sides.
    for ban in ("Ban the homes", "Stop the homes"):
        specs = (PositionSpec("build", "Build the homes"), PositionSpec("ban", ban))
        assert evidence(make_block("Our members back the plan."), specs).counted == {}, ban


def test_opposing_what_a_no_label_refuses_is_its_stance():
    # "No harbour levy" names what it refuses, which the other labels need not name.
    specs = (PositionSpec("tram", "Build the harbour tramway"), PositionSpec("ferry", "Ferries instead of trams"), PositionSpec("none", "No harbour levy"))
    assert evidence(make_block("We marched against the levy in May."), specs).counted == {"none": ["against the levy"]}
    assert evidence(make_block("Our members oppose the levy."), specs).counted == {"none": ["oppose the levy"]}
    # Backing it is no stance of the for side (the levy need not be the proposal), nor is a label with no "no".
    assert evidence(make_block("Our members back the levy."), specs).counted == {}
    other = (*specs[:2], PositionSpec("none", "Keep the ferry levy as it is"))
    assert evidence(make_block("Our members oppose the levy."), other).counted == {}


def test_a_stance_on_the_undoing_of_the_proposal_is_the_opposite_stance():
    # A noun or "-ing" form of undoing (WordNet's taking away and annulling) with the proposal as its object.
    for text, side in {
        "We oppose the plan's withdrawal.": "yes",
        "Our members will fight the withdrawal of the plan.": "yes",
        "We oppose scrapping the plan.": "yes",
        "I am against any reversal of this decision.": "yes",
        "We welcome the repeal of the bill.": "no",
        "Our parish council backs the scheme's cancellation.": "no",
    }.items():
        assert list(evidence(make_block(text), SPECS).counted) == [side], text
    # What the plan itself takes away (a preposition after the noun, a plural) is the plan's own doing: backing it backs the plan.
    for text in ("We back the plan's cuts to the old freight line.", "We back the plan's cuts.", "We welcome the plan's reduction in lorries."):
        assert list(evidence(make_block(text), SPECS).counted) == ["yes"], text
    # A noun before another after the possessive names a thing the tunnel has; one spelt as its verb may: no undoing.
    assert list(evidence(make_block("We back the tunnel's extraction fans."), SPECS).counted) == ["yes"]
    for text in ("We back the tunnel's lift.", "We welcome the plan's repeal."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    assert list(evidence(make_block("We support the tunnel's withdrawal, and soon."), SPECS).counted) == ["no"]
    # A noun of making, or of undoing something else, turns nothing.
    assert list(evidence(make_block("We back the plan's approval."), SPECS).counted) == ["yes"]
    assert list(evidence(make_block("We oppose the withdrawal of funding for the old line, and the plan."), SPECS).counted) == []
    # The undoing of what the proposal owns is a stance on neither.
    for text in ("We support the lifting of the tunnel's height limit.", "We oppose scrapping the tunnel's toll.", "We welcome the repeal of the plan's quiet hours."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    # British English's doubled "l" before "-ing".
    assert list(evidence(make_block("We oppose cancelling the tunnel."), SPECS).counted) == ["yes"]


def test_the_proposals_possessive_before_a_noun_of_stance_describes_its_holder():
    for text, side in {
        "Ada Corr, one of the plan's fiercest critics, said the wells would run dry.": "no",
        "Ada Corr, the scheme's best-known backer, said the lorries would go.": "yes",
        "I have been among the plan's opponents from the start.": "no",
        "We are the tunnel's supporters, and proud of it.": "yes",
    }.items():
        speaker = "Ada Corr" if text.startswith("Ada") else "Ona Brisk"
        assert list(evidence(make_block(text, speaker, "statement" if speaker == "Ada Corr" else "quote"), SPECS).counted) == [side], text
    # The holders named as the object of a verb, or as another's group, are others.
    for text in ("We met the plan's critics on Monday.", "The plan's critics say the wells will run dry.", "Ona Brisk, whose sons are among the plan's critics, keeps bees.",
                 "We spoke to one of the plan's critics.", "I met some of the plan's critics on Monday.", "I sat among the plan's critics at the hearing."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    # After "to be", what is the speaker's ("my neighbours", "our opponents") or a wh-cleft's "what" is not the speaker.
    for text in ("My neighbours are the plan's critics.", "Our opponents are the plan's critics.", "What we need is the plan's backers in the room."):
        assert evidence(make_block(text), SPECS).counted == {}, text
    replaced = make_block("Ada Corr, who replaced one of the plan's critics, said the wells were fine.", "Ada Corr", "statement")
    assert evidence(replaced, SPECS).counted == {}
    # A cleft's "it" in the outlet's report is no holder.
    for text in ("Ada Corr said it was the plan's critics who had delayed the survey.", "Ada Corr said it was one of the plan's critics who had delayed the survey."):
        assert evidence(make_block(text, "Ada Corr", "statement"), SPECS).counted == {}, text
