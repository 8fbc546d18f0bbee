"""The applicant a question of permission names ("Should Tarn Aggregates be
allowed to ...?") and the speakers who are it or speak for it, placed with
the side that grants the leave. Every question, name and sentence here is
invented."""

from briefing.applicant import applicant
from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

PIT = (
    PositionSpec("dig", "Let the digging go ahead", ("new jobs",)),
    PositionSpec("halt", "Stop the digging", ("dust on the school",)),
)


def _quote(text: str, speaker: str, n: int) -> Block:
    return Block(f"B{n}", "quote", speaker, text, ("S0",), (0, n, 0, 0))


def _placed(question: str, roles: tuple[tuple[str, str], ...]) -> list[str | None]:
    blocks = [
        _quote("There will be dust on the school every dry day.", "Pia Mork", 1),
        _quote("We have surveyed the slope for six years.", "Oskar Vell", 2),
    ]
    return [b.position for b in place(blocks, Spec("Pit", question, PIT), roles).blocks]


def test_a_question_of_permission_names_its_applicant():
    assert applicant("Should Tarn Aggregates be allowed to dig a second pit at Holm Edge?") == "Tarn Aggregates"
    assert applicant("Should the county let Brisk Haulage run lorries at night?") == "Brisk Haulage"
    assert applicant("Should midwives in the valley be able to run their own clinics?") == "midwives"
    assert applicant("Should The Lantern pub in Orby be allowed to open until 2am?") == "Lantern"
    # A question of no permission names no applicant.
    assert applicant("Should the county build a second pit at Holm Edge?") is None
    assert applicant("Should the county allow more lorries on the pit road?") is None
    assert applicant(None) is None


def test_the_applicant_and_those_who_speak_for_it_take_the_side_that_grants_the_leave():
    question = "Should Tarn Aggregates be allowed to dig a second pit at Holm Edge?"
    assert _placed(question, (("Oskar Vell", "site manager at Tarn Aggregates"),)) == ["halt", "dig"]
    assert _placed(question, (("Oskar Vell", "spokesman for Tarn Aggregates"),)) == ["halt", "dig"]
    # A role that names only a word of it, or another body: no side.
    assert _placed(question, (("Oskar Vell", "director of Tarn Valley Walkers"),)) == ["halt", "context"]
    assert _placed(question, (("Oskar Vell", "geologist"),)) == ["halt", "context"]


def test_a_group_asking_leave_speaks_only_through_a_body_named_for_it():
    question = "Should quarry workers be allowed to work a longer shift?"
    assert _placed(question, (("Oskar Vell", "secretary of the Union of Quarry Workers"),)) == ["halt", "dig"]
    # One of the group speaks for themselves.
    assert _placed(question, (("Oskar Vell", "quarry worker for twenty years"),)) == ["halt", "context"]
    # Nor does a speaker named as the group, nor a role that names it with no body in capitals.
    assert _placed(question, (("Oskar Vell", "quarry workers' representative"),)) == ["halt", "context"]
    blocks = [_quote("There will be dust on the school every dry day.", "Pia Mork", 1), _quote("We have surveyed the slope for six years.", "quarry workers", 2)]
    assert [b.position for b in place(blocks, Spec("Pit", question, PIT)).blocks] == ["halt", "context"]


def test_a_timetable_of_the_applicants_speaker_says_they_are_placed_by_the_question():
    question = "Should Tarn Aggregates be allowed to dig a second pit at Holm Edge?"
    blocks = [_quote("There will be dust on the school every dry day.", "Pia Mork", 1), _quote("We will send the county our plans next week.", "Oskar Vell", 2)]
    timetable = place(blocks, Spec("Pit", question, PIT), (("Oskar Vell", "spokesman for Tarn Aggregates"),)).blocks[1]
    assert timetable.position == "context"
    assert "Oskar Vell is placed with 'Let the digging go ahead'" in timetable.reason


def test_a_question_of_giving_names_its_recipient_who_takes_the_side_that_gives():
    assert applicant("Should the county lend its spare lorries to Tarn Aggregates?") == "Tarn Aggregates"
    assert applicant("Should the county sell the old pit to the Quillmoor Gliding Club?") == "Quillmoor Gliding Club"
    question = "Should the county pay for a new haul road for Tarn Aggregates?"
    assert _placed(question, (("Oskar Vell", "managing director of Tarn Aggregates"),)) == ["halt", "dig"]
    # A gift stopped, refused or kept up, one not given, or a recipient in lower case or not at the end: no recipient.
    for question in ("Should the county stop paying for the haul road to Tarn Aggregates?", "Should the county refuse to lease the pit to Tarn Aggregates?",
                     "Should the county keep leasing the pit to Tarn Aggregates?", "Should the county build a haul road for Tarn Aggregates?",
                     "Should the county lend £2m to quarry workers?", "Should the county lend £2m to Tarn Aggregates for a haul road?"):
        assert applicant(question) is None, question
        assert _placed(question, (("Oskar Vell", "managing director of Tarn Aggregates"),)) == ["halt", "context"], question
