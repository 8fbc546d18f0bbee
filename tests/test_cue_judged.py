"""Cues a sentence judges against (issue 13, wrong sides): a cue of one side
said by the other to compare, deny or take back what it names. Sentences
written for these tests; fictional places and things."""

from briefing.cues import evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

SPECS = (
    PositionSpec("span", "For building the causeway", ("causeway", "quicker crossings")),
    PositionSpec("boat", "For keeping the ferry", ("ferry service", "sea link")),
)


def _block(text: str, speaker: str = "Oda Vell", n: int = 1) -> Block:
    return Block(f"B{n}", "quote", speaker, text, ("S1",), (0, 0, n, 0))


def _found(text: str) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    e = evidence(_block(text), SPECS)
    return e.counted, [(s.cue, s.kind) for s in e.ignored]


def _counted(*texts: str) -> None:
    """Each text's one cue, the causeway, counts, and nothing is set aside."""
    for text in texts:
        assert _found(text) == ({"span": ["causeway"]}, []), text


def _set_aside(kind: str, *texts: str) -> None:
    """Each text's one cue is set aside as ``kind``, and none counts."""
    for text in texts:
        counted, ignored = _found(text)
        assert counted == {} and [k for _, k in ignored] == [kind], text


def test_a_cue_in_the_dearer_side_of_a_comparison_of_cost_is_judged_against():
    _set_aside(
        "judged",
        "A causeway would cost four times as much as a new hull.",
        "The causeway would cost twice as much as the harbour repairs.",
        "A causeway costs more than the whole harbour budget.",
        "Painting the hull is cheaper than a causeway.",
        "A causeway is more expensive than anything the island has built.",
    )


def test_the_cheaper_side_of_a_comparison_of_cost_counts_and_the_dearer_does_not():
    counted, ignored = _found("A causeway would cost 3 times as much as keeping the ferry service for thirty years.")
    assert counted == {"boat": ["ferry service"]} and ignored == [("causeway", "judged")]
    counted, ignored = _found("The ferry service costs less than the causeway's design fees.")
    assert counted == {"boat": ["ferry service"]} and ignored == [("causeway", "judged")]


def test_a_cost_that_compares_no_two_things_leaves_the_cue_counted():
    # Who pays more, a sum, or no standard: no thing is judged dearer than another.
    _counted(
        "The causeway will cost us more than we were promised.",
        "The causeway would cost forty million.",
        "The causeway costs more.",
        "The causeway is the only sensible answer.",
    )


def test_a_block_whose_only_cue_is_the_dearer_thing_goes_with_the_speakers_other_words():
    spec = Spec("T", None, SPECS)
    dearer = _block("A causeway would cost four times as much as a new hull.", "Oda Vell", 1)
    placed = place([dearer, _block("The ferry service is all we need.", "Oda Vell", 2)], spec).blocks
    assert [b.position for b in placed] == ["boat", "boat"] and "speaker stance" in placed[0].reason
    # Alone, it is on no side: a cue may name the harm a side fears as well as the good it wants.
    assert place([dearer], spec).blocks[0].position == "context"


def test_a_cue_that_only_seems_so_until_the_speakers_point_is_taken_back():
    _set_aside(
        "judged",
        "A causeway sounds marvellous until you see what the tide does to it.",
        "The causeway looked simple until the engineers drilled the seabed.",
        "It seems like a sea link until you try to book a crossing in January.",
    )
    # Seeming with no "until", or the cue in the "until" clause itself, is the speaker's point.
    _counted("A causeway sounds marvellous to me.", "The old boat looks fine until you price a causeway.", "We wait until the causeway opens.")


def test_a_negated_comparison_of_likeness_denies_its_standard():
    _set_aside("negated", "A slower crossing is not the same as losing a sea link.", "What they offer is not really like a ferry service at all.")
    # Not denied: likeness asserted, or the negation in another clause.
    assert _found("For us it is the same as a sea link.") == ({"boat": ["sea link"]}, [])
    assert _found("We do not know the tides, but the boat is like a sea link.") == ({"boat": ["sea link"]}, [])


def test_a_cue_that_is_the_subject_of_a_denied_verb_is_denied():
    _set_aside(
        "judged",
        "The causeway will not bring the tourists back.",
        "A causeway won't save anyone an hour.",
        "The ferry service never reaches the north quay.",
        # A verb of coming about or of working needs no object; "going to" is the verb's future, not "to be".
        "Quicker crossings will never happen.",
        "The causeway simply won't work.",
        "The causeway is not going to bring anyone back.",
    )


def test_a_subject_cue_still_counts_when_the_denial_favours_it_or_judges_nothing():
    _counted(
        # A denied harm speaks for the thing; a denied "to be" may deny a charge.
        "The causeway will not harm the seals.",
        "The causeway is not a luxury.",
        # No object: what does not end, or where it goes; a particle or a reflexive pronoun is none.
        "The causeway does not stop at the harbour wall.",
        "The causeway will not go away.",
        "The causeway will not build itself.",
        # Not the subject: the denial is someone else's.
        "Traffic on the causeway will not slow down.",
        # Said plainly.
        "The causeway brings the mainland within reach.",
    )


def test_a_subject_cue_whose_other_verb_is_denied_in_a_clause_of_contrast_is_denied():
    _set_aside(
        "judged",
        "A causeway would only move the queues to the mainland, not end them.",
        "The causeway will shift the problem north, not solve it.",
    )
    # "not" before no verb, or before a verb with no object, or a cue that is not the subject: no denial of the thing.
    _counted("The causeway means calmer streets, not busier ones.", "The causeway lets us travel, not wait.", "We want a causeway, not promises.")


def test_a_cue_renamed_by_another_or_by_a_count_of_more_only_names_the_thing():
    _set_aside("renamed", "A causeway is another promise the council will break.", "A causeway is ten more years of roadworks.")
    # A definite or a partitive predicate names nothing new: the cue counts.
    _counted("A causeway is the fairest way to link the islands.", "A causeway is one of the oldest ideas on the island.")


def test_a_report_after_the_cue_frames_it_as_another_view():
    _set_aside(
        "reported",
        "The causeway, the consultants claim, will pay for itself.",
        "Quicker crossings are coming, or so the council tells us.",
        "The quicker crossings they promise never arrive.",
    )
    # The speaker's own comment, one that endorses the report, or one that dismisses it: the cue is theirs.
    _counted(
        "The causeway, I think, will pay for itself.",
        "The causeway will pay for itself, as the engineers told us.",
        "The causeway will pay for itself, whatever they say.",
        "The causeway they built in the south works well.",
        # A past report at the end may recount a promise to answer it, which the next words do.
        "A causeway by the spring, they promised us.",
    )
    # The outlet's own frame of a speaker's reported words is no comment clause: the words are the speaker's.
    framed = Block("B1", "statement", "Hal Orm", "The causeway, the harbour board said, would open by June.", ("S1",), (0, 0, 1, 0))
    assert evidence(framed, SPECS).counted == {"span": ["causeway"]}
    # "insists", the third person of "insist", reports as "insisted" does.
    assert _found("The harbour board insists the causeway will open by June.") == ({}, [("causeway", "reported")])


def test_a_point_granted_with_sure_is_conceded():
    e = evidence(_block("Sure, the ferry service is a sea link."), SPECS)
    assert [w[2] for w in e.weak] == ["conceded", "conceded"]
    # Answered with a "but", it is granted, and counts for no side.
    answered = evidence(_block("Sure, the ferry service is a sea link."), SPECS, after="But the causeway will last a century.")
    assert answered.counted == {} and {s.kind for s in answered.ignored} == {"granted"}
    # "Sure" inside the sentence grants nothing.
    assert evidence(_block("The ferry service is a sea link, I am sure."), SPECS).weak == ()


def test_a_cue_named_as_a_false_belief_is_judged_against():
    _set_aside(
        "judged",
        "The myth of quicker crossings has cost this island ten years.",
        "It is a fantasy that the causeway will open by 2030.",
        "Enough of this nonsense about a sea link.",
    )
    # The noun said of something else, or denied of the cue, dismisses nothing.
    _counted("The causeway is no myth.", "The myth of the sea serpent brings visitors to the causeway.")


def test_a_cue_among_alternatives_the_speaker_does_not_mind_between_states_no_preference():
    _set_aside(
        "judged",
        "Build a causeway or buy a second hull, I honestly don't mind which.",
        "A new hull or a causeway: it does not matter which.",
        "Pick the causeway or the new hull, we don't care which.",
    )
    # A preference stated, no alternative, or "which" opening a question of its own: the cue counts.
    _counted(
        "Build a causeway or nothing, and I mind which very much.",
        "A causeway, I don't mind which way it runs.",
        "Build the causeway, I don't mind which.",
        "A causeway or a bridge would be fine, and I don't mind which contractor builds it.",
        # The "or" is within the one alternative wanted, not between it and another.
        "Build the causeway now or next spring, I don't mind which.",
        "Build the causeway in wood or in stone, I don't mind which.",
    )
    # The speaker's other words place them.
    placed = place([_block("Build a causeway or buy a second hull, I don't mind which.", n=1), _block("The sea link must stay.", n=2)], Spec("T", None, SPECS))
    assert [b.position for b in placed.blocks] == ["boat", "boat"]


def test_alternatives_the_speaker_does_not_mind_between_that_are_all_one_sides_still_take_it():
    specs = (
        PositionSpec("span", "For building the causeway", ("causeway", "road bridge")),
        PositionSpec("boat", "For keeping the ferry", ("ferry service", "second hull")),
    )
    for text in ("Build a causeway or a road bridge, I don't mind which.", "A road bridge or a causeway: it does not matter which."):
        assert evidence(_block(text), specs).counted == {"span": ["causeway", "road bridge"]}, text
    # One alternative of each side, or one cue beside no cue, is still no preference.
    for text in ("A causeway or a second hull, I don't mind which.", "A causeway or a new quay, it doesn't matter which.",
                 "A causeway or a road bridge or a new quay, I don't mind which.", "A new quay or a causeway or a road bridge, it does not matter which."):
        assert evidence(_block(text), specs).counted == {}, text


def test_alternatives_that_end_on_their_object_pronoun_state_no_preference():
    specs = (
        PositionSpec("keep", "For repairing the pier", ("repair the pier", "mend")),
        PositionSpec("go", "For pulling down the pier", ("pull down", "demolish")),
    )
    for text in ("Mend it or demolish it, I don't mind which.", "Mend them or demolish them, I don't mind which."):
        assert evidence(_block(text), specs).counted == {}, text
    # One verb alone, its object after it, is a preference.
    assert evidence(_block("Mend them, I don't mind which."), specs).counted == {"keep": ["mend"]}

