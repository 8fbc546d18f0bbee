"""Placement precision: statements a careful reader answers or leaves in
context though a cue of one side sits in them (issue 13). Sentences written
for these tests; fictional names and places."""

from placing import SPECS, make_block

from briefing.bodies import body
from briefing.cues import evidence, story_evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.no_side import timetable, weighed
from briefing.positions import place


def _denied(texts: tuple[str, ...], specs: tuple[PositionSpec, ...] = SPECS) -> None:
    """Each text's one cue is set aside as negated, and none counts."""
    for text in texts:
        found = evidence(make_block(text), specs)
        assert found.counted == {} and found.ignored[0].kind == "negated", text


def _not_denied(texts: tuple[str, ...], specs: tuple[PositionSpec, ...] = SPECS) -> None:
    """No text's cue is set aside as negated."""
    for text in texts:
        assert all(s.kind != "negated" for s in evidence(make_block(text), specs).ignored), text


def test_a_negative_subject_naming_a_side_denies_its_cue():
    _denied((
        "None of the critics has shown that the tunnel would flood the valley.",
        "Neither of the opponents offered a survey saying it will flood the valley.",
        "The board knows that not a single campaigner has proof it will flood the valley.",
    ))
    # A speaker who says no cue of their own and denies one side's answers it: the other side.
    spec = Spec("T", None, SPECS)
    placed = place([make_block("Not one of the opponents has a study saying it will flood the valley.")], spec).blocks[0]
    assert placed.position == "yes", placed.reason


def test_a_negative_subject_naming_anyone_else_is_left_alone():
    _not_denied((
        "One of the critics has shown that the tunnel would flood the valley.",  # no negative
        "None of the farmers can rest since they learned it would flood the valley.",  # perhaps the speaker's own side
        "None of us want them to flood the valley.",
        "None of this matters if the tunnel is a waste of money.",  # a condition sets it aside instead
    ))
    assert evidence(make_block("None of us want them to flood the valley."), SPECS).counted == {"no": ["flood the valley"]}
    assert evidence(make_block("One of the critics has shown that the tunnel would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


SCHOLAR = (("Ona Brisk", "geographer at the University of Kell"),)


def test_a_scholars_finding_takes_no_side():
    spec = Spec("T", None, SPECS)
    for text in (
        "Valleys that opened a tunnel got fewer lorries for a year, then the traffic came back.",
        "Lorry counts have fallen by a third since 2017, which meant fewer lorries on the coast road.",
    ):
        assert place([make_block(text)], spec, roles=SCHOLAR).blocks[0].position == "context", text
        b = make_block(text)
        assert weighed([b], {b.id: evidence(b, SPECS)}, frozenset({"Ona Brisk"}))[b.id].ignored[0].kind == "observed"
        # The same words from someone who is no scholar take the side of their cue.
        assert place([make_block(text)], spec).blocks[0].position == "yes", text


def test_a_scholars_argument_still_counts():
    spec = Spec("T", None, SPECS)
    # Reported speech puts every verb in the past: no sign of a finding.
    told = Block("B1", "statement", "Ona Brisk", "Brisk said the tunnel had meant fewer lorries and called for more.", ("S1",), (0, 0, 1, 0))
    assert place([told], spec, roles=SCHOLAR).blocks[0].position == "yes"
    for text in (
        "The tunnel will mean fewer lorries on the coast road.",  # what will happen is argued
        "We counted the traffic and saw fewer lorries on the coast road.",  # the speaker's own study, argued from
        "Fewer lorries is what the coast road needs.",  # a judgement, in the present
        "The bypass has improved the air, with fewer lorries since 2017.",  # a good done: a verdict
    ):
        assert place([make_block(text)], spec, roles=SCHOLAR).blocks[0].position == "yes", text


def test_a_timetable_said_with_can_or_by_next_year():
    assert timetable("The crews can finish the lock gates next year.")
    assert timetable("The ferry will be back in service this year.")
    assert not timetable("I can see the harbour from my window.")
    assert not timetable("We ran the pumps all of last year.")
    # How long a work ahead will take, in the speaker's words or reported.
    assert timetable("The engineer said the new sluice would take two years.")
    assert timetable("Rebuilding the pier will take about a year.")
    assert not timetable("The old sluice took two years to build.")
    assert not timetable("It will take years to undo what the sluice has done.")
    assert not timetable("Closing the road would put pressure on the buses on a Friday night.")


def test_a_cue_in_a_while_clause_of_time_is_no_stance_and_the_sentence_a_timetable():
    spec = Spec("T", None, SPECS)
    said = [
        make_block("It is a waste of money, and it will flood the valley.", "Ivo Kell", n=1),
        make_block("Trains will run to the old timetable while the waste of money is being audited.", "Ivo Kell", n=2),
    ]
    found = evidence(said[1], SPECS)
    assert found.counted == {} and "time frame" in found.ignored[0].why
    assert timetable(said[1].text)
    placed = place(said, spec).blocks
    assert [b.position for b in placed] == ["no", "context"], placed[1].reason


def test_a_while_of_contrast_or_of_a_verdict_is_left_alone():
    for text in (
        "While the tunnel is fair to drivers, it is a waste of money.",
        "While the tunnel is needed, it is a waste of money.",  # "needed" judges, it is no process
        "Prices rose while the waste of money was in force.",
    ):
        assert evidence(make_block(text), SPECS).counted == {"no": ["waste of money"]}, text
        assert not timetable(text), text


HARBOUR = (
    PositionSpec("stay", "Keep the harbour open", ("priced out", "left behind")),
    PositionSpec("shut", "Close the harbour", ("silted up", "cost too much")),
)


def test_a_negative_pronoun_before_a_cue_denies_it():
    _denied((
        "Nobody is being priced out.",
        "No one will be left behind once the boats move to Quarra.",
        "But nobody has been priced out of the moorings.",
        "I can promise the skippers that no one would be left behind.",
        "No one will ever be priced out of this harbour.",  # an adverb among the auxiliaries
        "Nobody is seriously being left behind.",
    ), HARBOUR)
    # A speaker who says no cue of their own and denies one side's answers it: the other side.
    placed = place([make_block("Nobody is being priced out."), make_block("The new quay opens at Quarra.", n=2)], Spec("H", None, HARBOUR)).blocks
    assert [b.position for b in placed] == ["shut", "shut"], placed[0].reason


def test_a_negative_pronoun_with_a_verb_of_its_own_or_elsewhere_is_left_alone():
    _not_denied((
        "No one wants to see the crews priced out.",  # a verb of its own: a point granted
        "Nobody asked us before we were priced out.",  # a grievance
        "Half the crews have been priced out, and nobody cares.",  # the pronoun after the cue
        "None of the skippers can stay now they are priced out.",
    ), HARBOUR)
    assert evidence(make_block("Half the crews have been priced out, and nobody cares."), HARBOUR).counted == {"stay": ["priced out"]}


def _role(text: str, speaker: str, role: str, n: int) -> Block:
    return Block(f"B{n}", "quote", speaker, text, ("S1",), (0, 0, n, 0), speaker_role=role)


def test_a_spokesperson_voices_the_belief_of_a_title_holder_of_the_story():
    spec = Spec("T", None, SPECS)
    mayor = _role("We have waited long enough for this.", "Ada Corr", "mayor", 1)
    for role in ("council spokeswoman", "spokeswoman for the council"):
        said = _role("The mayor believes the tunnel will bring fewer lorries to the square.", "Rhea Sand", role, 2)
        found = story_evidence([mayor, said], SPECS)
        assert found["B2"].counted == {"yes": ["fewer lorries"]}, role
        assert place([mayor, said], spec).blocks[1].position == "yes", role


def test_a_view_reported_by_the_opposition_or_of_no_title_of_the_story_stays_reported():
    mayor = _role("We have waited long enough for this.", "Ada Corr", "mayor", 1)
    for said in (
        _role("The mayor believes the tunnel will bring fewer lorries. It will flood the valley.", "Ivo Kell", "shadow transport spokesman", 2),
        _role("The hauliers believe the tunnel will bring fewer lorries.", "Rhea Sand", "council spokeswoman", 2),
        _role("The mayor believes the tunnel will bring fewer lorries.", "Tam Orr", "ferry skipper", 2),
    ):
        found = story_evidence([mayor, said], SPECS)["B2"]
        assert "yes" not in found.counted and found.ignored[0].kind == "reported", said.speaker_role


def test_the_governments_spokesperson_is_of_the_government():
    for role in ("government spokesman", "spokeswoman for the government"):
        assert body("Hal Grey", role) == ("government",), role
    # The opposition's or another body's spokesperson is not.
    assert body("Hal Grey", "opposition spokesman") == ()
    assert body("Hal Grey", "spokesman for the ferry company") == ()
    # Nor is a scholar of government, nor the shadow government's spokesperson.
    for role in ("professor of government", "lecturer in government", "shadow government spokesman"):
        assert body("Hal Grey", role) == (), role
    spec = Spec("T", None, SPECS)
    said = [make_block("It is a waste of money.", "Tobias Wren", n=1), make_block("The premier is sure the courts will uphold it.", "Hal Grey", n=2)]
    placed = place(said, spec, roles=(("Tobias Wren", "transport minister"), ("Hal Grey", "government spokesman"))).blocks[1]
    assert placed.position == "no" and "'government'" in placed.reason, placed.reason
    # Not from a press officer of another body.
    placed = place(said, spec, roles=(("Tobias Wren", "transport minister"), ("Hal Grey", "spokesman for the ferry company"))).blocks[1]
    assert placed.position == "context", placed.reason


def test_a_view_of_belief_denied_of_anyone_is_negated():
    _denied((
        "Nobody believes the tunnel will bring faster trains.",
        "No one seriously thinks the tunnel will flood the valley.",
        "Nobody is suggesting we should pour a waste of money into it.",
        "No one is saying the tunnel will bring faster trains overnight.",
    ))
    placed = place([make_block("Nobody believes the tunnel will bring faster trains.")], Spec("T", None, SPECS)).blocks[0]
    assert placed.position == "no", placed.reason


def test_a_grievance_or_a_surprise_after_a_negative_pronoun_is_left_alone():
    # "Nobody told us ..." complains of not being told; "no one thought ..." looks back: neither denies the cue.
    texts = (
        "Nobody told us it would flood the valley.",
        "No one said the tunnel would flood the valley.",
        "No one thought the tunnel would bring faster trains so soon.",
    )
    _not_denied(texts)
    assert all(evidence(make_block(text), SPECS).counted for text in texts)


def _next(text: str, n: int, speaker: str = "Ivo Kell") -> Block:
    return Block(f"B{n}", "quote", speaker, text, ("S1",), (0, 0, 1, n))  # sentence n of one quote


def test_a_cue_echoed_alone_as_a_question_challenges_it():
    spec = Spec("T", None, SPECS)
    for first in ("Faster trains?", "A waste of money?", "And fewer lorries?"):
        said = [_next(first, 1), _next("The old line already runs every ten minutes.", 2)]
        found = story_evidence(said, SPECS)["B1"]
        assert found.counted == {} and found.ignored[0].kind == "dismissed", first
        placed = place(said, spec).blocks
        side = "no" if "trains" in first or "lorries" in first else "yes"
        assert [b.position for b in placed] == [side, side], (first, placed[0].reason)


def test_a_question_answered_yes_or_asking_more_than_the_cue_still_counts():
    for answer in ("Yes, every ten minutes to the coast.", "Absolutely.", "Of course, and every ten minutes."):
        said = [_next("Faster trains?", 1), _next(answer, 2)]
        assert story_evidence(said, SPECS)["B1"].counted == {"yes": ["faster trains"]}, answer
    for text in ("Will the tunnel bring faster trains?", "Faster trains are what the coast needs."):
        assert evidence(_next(text, 1), SPECS).counted == {"yes": ["faster trains"]}, text


def test_a_spokesperson_voices_a_title_holders_certainty_as_their_belief():
    spec = Spec("T", None, SPECS)
    mayor = _role("It will bring faster trains and fewer lorries.", "Ada Corr", "mayor", 1)
    roles = (("Ada Corr", "mayor"), ("Rhea Sand", "council spokeswoman"))
    for text in ("The mayor is confident the scheme will work.", "The mayor has been clear that the scheme will work.", "The mayor believes the scheme will work."):
        placed = place([mayor, _role(text, "Rhea Sand", "council spokeswoman", 2)], spec, roles).blocks[1]
        assert placed.position == "yes" and "speaks for Ada Corr" in placed.reason, text
    # Not a certainty of no one named, nor of someone who is no title holder of the story.
    for text in ("It is clear the scheme will work.", "The hauliers are confident the scheme will work."):
        assert place([mayor, _role(text, "Rhea Sand", "council spokeswoman", 2)], spec, roles).blocks[1].position == "context", text


def test_a_spokesperson_voices_the_belief_of_the_one_their_role_names():
    spec = Spec("T", None, SPECS)
    for role, text, side in (
        ("spokeswoman for the ferry company", "The company believes the tunnel is a waste of money.", "no"),
        ("ferry company spokeswoman", "The company thinks the tunnel is a waste of money.", "no"),
        ("spokesman for the commissioner", "The commissioner believes the tunnel will bring fewer lorries.", "yes"),
    ):
        said = _role(text, "Rhea Sand", role, 1)
        assert story_evidence([said], SPECS)["B1"].counted == {side: [c for c in ("waste of money", "fewer lorries") if c in text]}, role
        assert place([said], spec, (("Rhea Sand", role),)).blocks[0].position == side, role
    # Anyone else's belief, in the words of a spokesperson of another, is still reported.
    said = _role("The hauliers believe the tunnel will bring fewer lorries.", "Rhea Sand", "spokeswoman for the ferry company", 1)
    assert story_evidence([said], SPECS)["B1"].ignored[0].kind == "reported"


def test_a_that_clause_the_speaker_disputes_or_rejects_is_denied():
    _denied((
        "We dispute that the tunnel will flood the valley.",
        "I reject the claim that the tunnel is a waste of money.",
        "Frankly, we have firmly rejected suggestions that it would bring faster trains.",
    ))
    told = Block("B1", "statement", "Ona Brisk", "Brisk rejected charges that the tunnel would flood the valley.", ("S1",), (0, 0, 1, 0))
    found = evidence(told, SPECS)
    assert found.counted == {} and found.ignored[0].kind == "negated"  # nor "rejected charges that the tunnel" a stance against it
    placed = place([make_block("We dispute that the tunnel will flood the valley.")], Spec("T", None, SPECS)).blocks[0]
    assert placed.position == "yes", placed.reason


def test_a_dispute_granted_of_another_or_of_a_thing_is_left_alone():
    _not_denied((
        "I don't deny that the tunnel will flood the valley.",  # granted
        "The engineers dispute that the tunnel will flood the valley.",  # another's dispute, reported
        "We challenge the plan that would flood the valley.",  # a relative clause: the plan is opposed
        "We question a scheme that floods the valley.",
        "We deny that this shows any doubt that the tunnel is a waste of money.",  # the cue in a clause nested in the one denied
    ))
    assert evidence(make_block("We challenge the plan that would flood the valley."), SPECS).counted == {"no": ["flood the valley"]}


def test_a_title_holders_words_said_or_claimed_in_a_spokespersons_quote_stay_reported():
    # "The mayor says ..." may be another body's spokesperson reporting a view to answer it; "believes" voices it.
    mayor = _role("We have waited long enough for this.", "Ada Corr", "mayor", 1)
    for text in ("The mayor says the tunnel will bring fewer lorries.", "The mayor keeps telling us the tunnel will bring fewer lorries."):
        found = story_evidence([mayor, _role(text, "Rhea Sand", "hauliers' association spokeswoman", 2)], SPECS)["B2"]
        assert found.counted == {} and found.ignored[0].kind == "reported", text


def test_an_adverb_of_frequency_between_the_speaker_and_their_reporting_verb_keeps_the_view_theirs():
    for text, side in (("We have always said it will flood the valley.", "no"), ("I have often argued that it brings fewer lorries.", "yes")):
        assert evidence(make_block(text), SPECS).counted == {side: [c for c in ("flood the valley", "fewer lorries") if c in text]}, text
    # Another's view, however often they say it, is still reported.
    assert evidence(make_block("They have always said it will flood the valley."), SPECS).ignored[0].kind == "reported"


def test_a_view_of_the_speakers_own_body_named_with_our_is_theirs():
    for text, side in (("Our members tell us it will flood the valley.", "no"), ("Our own engineers believe it will bring faster trains.", "yes")):
        assert evidence(make_block(text), SPECS).counted == {side: [c for c in ("flood the valley", "faster trains") if c in text]}, text
    _denied(("Our members do not believe it will bring faster trains.",))
    # Others, or those the speaker only knows, still hold a view the speaker reports.
    for text in ("They tell our members it will flood the valley.", "My neighbours say it will flood the valley."):
        assert evidence(make_block(text), SPECS).ignored[0].kind == "reported", text


def test_a_view_the_speaker_reports_and_endorses_is_theirs():
    for text, side in (
        ("Many people say it will bring faster trains, and they are right.", "yes"),
        ("Residents rightly say it will flood the valley.", "no"),
        ("The farmers said for years it would flood the valley, and they were right.", "no"),
    ):
        assert evidence(make_block(text), SPECS).counted == {side: [c for c in ("faster trains", "flood the valley") if c in text]}, text
    for text in (
        "Critics say it will flood the valley, but they are not right.",
        "They say it will flood the valley; are they right?",
        "Critics say it will flood the valley. They are wrong.",
    ):
        assert evidence(make_block(text), SPECS).ignored[0].kind == "reported", text
