"""What a speaker sets their view apart from: a cue in a phrase of contrast
("unlike those who ...", "as opposed to ...") is that view, not the
speaker's, and turns them from it like a view reported and never held; a
view reported inside a phrase that opens the sentence ("Despite what
critics claim, ...") ends at its comma, and the main clause after it is
the speaker's own."""

from placing import SPECS, make_block

from briefing.cues import evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

TWO = Spec("T", None, SPECS)
# "For" and "against" told apart by the labels, beside a middle way.
THREE = Spec("T", None, (*SPECS, PositionSpec("toll", "Build it only with a toll", ("road toll",))))


def _sides(text: str, spec: Spec = TWO) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    found = evidence(make_block(text), spec.positions)
    return found.counted, [(m.position, m.kind) for m in found.ignored]


def test_a_cue_in_a_phrase_of_contrast_is_the_view_the_speaker_sets_apart():
    after = "My family has grazed sheep on these slopes for sixty years, unlike the people who fear it will flood the valley."
    assert _sides(after) == ({}, [("no", "reported")])
    # Who sets a side's view apart, and says no cue of their own, takes the other side.
    assert place([make_block(after)], TWO).blocks[0].position == "yes"
    # With a middle way too, when the labels tell for and against apart.
    assert place([make_block(after)], THREE).blocks[0].position == "yes"
    # The complex prepositions of contrast as well, opening the sentence.
    opening = "In contrast to the hauliers promising fewer lorries, the parish council expects a waste of money."
    assert _sides(opening) == ({"no": ["waste of money"]}, [("yes", "reported")])
    assert _sides("As opposed to those who talk of faster trains, we see a waste of money.")[0] == {"no": ["waste of money"]}


def test_with_a_middle_way_the_speakers_own_cue_after_the_contrast_places_them():
    text = "Unlike the councillors who want faster trains at any price, we would build it only with a road toll."
    assert _sides(text, THREE) == ({"toll": ["road toll"]}, [("yes", "reported")])
    placed = place([make_block(text), make_block("The village hall is full every night.", n=2)], THREE).blocks
    assert [b.position for b in placed] == ["toll", "toll"] and "mixed" not in placed[0].reason


def test_what_a_phrase_of_contrast_sets_apart_is_not_the_main_clause():
    # The thing compared with stands in the phrase; the claim after its comma counts.
    assert _sides("Unlike the old viaduct, the tunnel will mean faster trains.") == ({"yes": ["faster trains"]}, [])
    # A cue before the phrase of contrast is the speaker's own.
    assert _sides("It will flood the valley, unlike the quarry road.") == ({"no": ["flood the valley"]}, [])


def test_a_view_reported_in_an_opening_phrase_ends_at_its_comma():
    # "Despite what critics claim, ...": the main clause answers the view, in the speaker's own voice.
    assert _sides("Despite what the campaigners claim, the tunnel means fewer lorries.") == ({"yes": ["fewer lorries"]}, [])
    answered = "Contrary to what the engineers say, the scheme would be a waste of money."
    assert _sides(answered) == ({"no": ["waste of money"]}, [])
    assert place([make_block(answered)], TWO).blocks[0].position == "no"
    # Inside the phrase the view is still reported, and a report with no opening phrase spans its commas.
    assert _sides("When the hauliers claim it means fewer lorries, they forget the quarry.") == ({}, [("yes", "reported")])
    assert _sides("The engineers say that, in a wet winter, it would flood the valley.") == ({}, [("no", "reported")])
    # A "that" clause after a comment set off by commas is still the object of the phrase's report.
    assert _sides("When the hauliers claim, as they did again on Monday, that it means fewer lorries, they forget the quarry.") == ({}, [("yes", "reported")])


def _answer(first: str, reply: str, opener: str | None = None) -> list[Block]:
    """Ona Brisk's words, then (after an outlet's sentence ``opener``, if
    any) Ivo Renk's ``reply``, of one article."""
    story = [Block("B1", "quote", "Ona Brisk", first, ("S1",), (0, 0, 0, 0))]
    if opener:
        story.append(Block("B2", "event", None, opener, ("S1",), (0, 1, 0, 0)))
    return [*story, Block("B3", "quote" if opener else "statement", "Ivo Renk", reply, ("S1",), (0, 1, 1 if opener else 0, 0))]


def test_with_a_middle_way_who_answers_one_side_takes_the_other_the_labels_tell_apart():
    # "Renk disagreed." after the for side's words: the against side, not the toll.
    story = _answer("It means faster trains for the coast.", "My grandfather farmed this valley.", "Ivo Renk disagreed.")
    placed = place(story, THREE).blocks
    assert placed[-1].position == "no" and "answers Ona Brisk" in placed[-1].reason
    # "But Renk said ..." after the against side's words: the for side.
    story = _answer("It is a waste of money.", "But Ivo Renk said the coast had been promised a railway since 1985.")
    assert place(story, THREE).blocks[-1].position == "yes"
    # A quote that opens on the view of a side-taker it names ("The engineer says ...").
    roles = (("Ona Brisk", "chief engineer of the tunnel company"),)
    story = [
        Block("B1", "quote", "Ona Brisk", "The tunnel will mean fewer lorries on the high street.", ("S1",), (0, 0, 0, 0)),
        Block("B3", "quote", "Ivo Renk", "The engineer says the village will be quieter. He does not live on the quarry road.", ("S1",), (0, 2, 0, 0)),
    ]
    assert place(story, THREE, roles).blocks[-1].position == "no"


def test_who_answers_the_middle_way_or_labels_with_no_for_and_against_takes_no_side():
    story = _answer("Only a road toll would pay for it.", "My grandfather farmed this valley.", "Ivo Renk disagreed.")
    assert place(story, THREE).blocks[-1].position == "context"
    # Three labels that tell no for and against apart turn no one.
    labels = (("north", "The northern route", "faster trains"), ("south", "The southern route", "fewer lorries"), ("coast", "The coastal route", "sea view"))
    routes = Spec("R", None, tuple(PositionSpec(pid, label, (cue,)) for pid, label, cue in labels))
    story = _answer("It means faster trains for the coast.", "My grandfather farmed this valley.", "Ivo Renk disagreed.")
    assert place(story, routes).blocks[-1].position == "context"


def test_who_sets_themselves_apart_from_a_side_taker_named_by_role_answers_them():
    roles = (("Ona Brisk", "chief engineer of the tunnel company"),)
    first = Block("B1", "quote", "Ona Brisk", "The tunnel will mean fewer lorries on the high street.", ("S1",), (0, 0, 0, 0))

    def reply(text: str, spec: Spec = THREE) -> tuple[str, str]:
        placed = place([first, Block("B3", "quote", "Ivo Renk", text, ("S1",), (0, 2, 0, 0))], spec, roles).blocks[-1]
        return placed.position, placed.reason

    for spec in (TWO, THREE):
        position, reason = reply("Unlike the engineer, I have lived beside this river all my life.", spec)
        assert position == "no" and reason.startswith("answers Ona Brisk ('Unlike the engineer,")
    assert reply("In contrast to the engineer, I have kept bees on these banks since 1990.")[0] == "no"
    # The speaker's own cue places them; their own body is not set apart; nor a thing with no side.
    assert reply("Unlike the engineer, I would only build it with a road toll.")[0] == "toll"
    assert reply("Unlike our engineers, I have lived beside this river all my life.")[0] == "context"
    assert reply("Unlike the old viaduct, the new bridge has no name yet.")[0] == "context"


def test_a_denial_inside_what_the_speaker_sets_apart_takes_no_side():
    # "Unlike those who do not want X" sets apart a denial of X: which way, a parse would tell.
    text = "Unlike the farmers who never wanted fewer lorries, we have been asking for years."
    assert _sides(text) == ({}, [("yes", "twice")])
    assert place([make_block(text)], TWO).blocks[0].position == "context"
