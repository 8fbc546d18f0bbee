"""Placement of a speaker by the stance the outlet's description of them
states in the attribution of their words ("X, who voted against the plan,
said: ...", "..., said Y, a long-standing opponent of the causeway"), kept
as their role. Every sentence here is invented (fictional people, bodies
and places)."""

from pathlib import Path

from briefing.cues import evidence
from briefing.model import Block, PositionSpec, Spec
from briefing.pipeline import build
from briefing.positions import place

CAUSEWAY = (
    PositionSpec("yes", "Build the causeway", ("shorter crossing",)),
    PositionSpec("no", "Do not build the causeway", ("tidal flats",)),
)
SPEC = Spec("T", None, CAUSEWAY)
QUIET = "The tide was out by noon on Tuesday."  # no cue of either side


def _at(role: str, text: str = QUIET) -> str:
    block = Block("B1", "quote", "Wen Takoda", text, ("S0",), (0, 1, 0, 0))
    return place([block], SPEC, roles=(("Wen Takoda", role),)).blocks[0].position


def test_a_stance_in_the_description_an_attribution_gives_places_a_speaker_with_no_cue():
    for role in ("who voted against the causeway in March", "long-standing opponent of the causeway", "who has long campaigned against the plan",
                 "critic of the scheme"):
        assert _at(role) == "no", role
    # An advocate's "for" names the aim striven for: a verb of opposition before it opposes nothing.
    for role in ("who backed the causeway at the inquiry", "supporter of the scheme since 2021", "who welcomed the plan",
                 "who campaigned for the causeway", "who voted for the plan in May", "who is fighting for the scheme", "who lobbied for this plan"):
        assert _at(role) == "yes", role
    # Striving for the proposal's undoing is opposing it.
    for role in ("who pushed for the plan's withdrawal", "who has campaigned for the repeal of the scheme"):
        assert _at(role) == "no", role


def test_a_description_that_states_no_stance_of_their_own_places_no_one():
    # What they do, a cue word of the spec in a job, another's stance, a former one, one reported.
    for role in ("ferry pilot", "who studies the tidal flats", "who chairs the trust that opposes the causeway", "whose sister backs the causeway",
                 "who once backed the causeway", "former critic of the scheme", "who says the fishermen oppose the plan", "critic of the council",
                 "who called for the scheme to be dropped", "who lobbied for changes to the plan"):
        assert _at(role) == "context", role


def test_the_speakers_own_words_place_them_before_their_description():
    assert _at("supporter of the scheme", "It would ruin the tidal flats.") == "no"


def test_the_attribution_that_describes_the_speaker_places_their_quoted_words(tmp_path: Path):
    (tmp_path / "briefing.toml").write_text(
        'title = "Causeway"\n[[positions]]\nid = "yes"\nlabel = "Build the causeway"\ncues = ["shorter crossing"]\n'
        '[[positions]]\nid = "no"\nlabel = "Do not build the causeway"\ncues = ["tidal flats"]\n'
        '[[sources]]\npath = "a.txt"\noutlet = "The Marsh Gazette"\n',
        "utf-8",
    )
    (tmp_path / "a.txt").write_text(
        "Causeway inquiry adjourned\n\nThe inquiry into the causeway was adjourned on Friday.\n\n"
        'Bram Osterlo, who voted against the causeway last year, said: "My boat leaves the slipway at six every morning."\n\n'
        '"The school bus takes an hour now," said Iris Penwill, a long-standing supporter of the scheme.\n',
        "utf-8",
    )
    result = build([str(tmp_path)])
    assert result.briefing is not None
    where = {b.text[:12]: b.position for b in result.briefing.blocks if b.speaker}
    assert where == {"My boat leav": "no", "The school b": "yes"}, where


def test_an_advocates_for_before_the_proposal_is_support_in_anyones_words():
    def counted(text: str) -> dict[str, list[str]]:
        return evidence(Block("B1", "quote", "Wen Takoda", text, ("S0",), (0, 1, 0, 0)), CAUSEWAY).counted

    assert counted("We will fight for the causeway.") == {"yes": ["fight for the causeway"]}
    assert counted("Our branch voted for the plan.") == {"yes": ["voted for the plan"]}
    assert counted("We will fight the causeway.") == {"no": ["fight the causeway"]}
    # The proposal as what is to be done to, or the owner of an aim that does not undo it, is not the aim.
    for text in ("We pressed for the plan to be shelved.", "We campaigned for the plan's opening.", "We fought for the withdrawal of the plan's funding."):
        assert counted(text) == {}, text
    # Its undoing as the aim is the opposite stance.
    assert counted("We campaigned for the plan's withdrawal.") == {"no": ["campaigned for the plan's withdrawal"]}
    assert counted("Our branch voted for scrapping the causeway.") == {"no": ["voted for scrapping the causeway"]}


def test_a_stance_given_up_or_a_noun_of_another_person_in_a_description_is_not_theirs():
    for role in ("who has stopped opposing the causeway", "who ceased backing the plan", "who opposed the causeway until last year",
                 "who backed the plan until recently", "who replaced a critic of the causeway", "who married an opponent of the plan",
                 "who replaced one of the critics of the causeway", "who met the critic of the plan", "who married one of the causeway's critics"):
        assert _at(role) == "context", role
    # Held still, or the speaker's own noun after "to be", "become" or "as": theirs.
    for role in ("who will oppose the causeway until it is scrapped", "who stopped the survey and opposes the causeway", "who led a survey and opposes the plan",
                 "who is a critic of the causeway",
                 "who has long been an opponent of the plan", "who became a critic of the scheme", "who works as a critic of the scheme"):
        assert _at(role) == "no", role


def test_a_stance_on_those_who_hold_one_on_the_proposal_is_none_on_it():
    # "opposes the causeway's critics": the proposal owns the object, its critics; what they hold is not said.
    for role in ("who opposes the causeway's critics", "who has long backed the plan's opponents"):
        assert _at(role) == "context", role
    assert evidence(Block("B1", "quote", "Wen Takoda", "We back the plan's opponents.", ("S0",), (0, 1, 0, 0)), CAUSEWAY).counted == {}
    # The proposal's possessive before the noun of the speaker's own description: theirs.
    for role, side in {"one of the causeway's critics": "no", "the scheme's best-known backer": "yes", "who is one of the plan's opponents": "no"}.items():
        assert _at(role) == side, role
    # What the proposal owns that is no holder of a stance leaves the stance on the proposal.
    assert _at("who campaigned against the causeway's cost") == "no"


def _two_outlets(tmp_path: Path, first: str, second: str) -> dict[str, str | None]:
    (tmp_path / "briefing.toml").write_text(
        'title = "Causeway"\n[[positions]]\nid = "yes"\nlabel = "Build the causeway"\ncues = ["shorter crossing"]\n'
        '[[positions]]\nid = "no"\nlabel = "Do not build the causeway"\ncues = ["tidal flats"]\n'
        '[[sources]]\npath = "a.txt"\noutlet = "The Marsh Gazette"\n[[sources]]\npath = "b.txt"\noutlet = "Saltby Evening Star"\n',
        "utf-8",
    )
    (tmp_path / "a.txt").write_text(f"Causeway inquiry adjourned\n\nThe inquiry into the causeway was adjourned on Friday.\n\n{first}\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"Causeway hearing put off\n\nThe hearing on the causeway was put off on Friday morning.\n\n{second}\n", "utf-8")
    result = build([str(tmp_path)])
    assert result.briefing is not None
    return {b.text[:12]: b.position for b in result.briefing.blocks if b.speaker}


def test_a_description_one_outlet_gives_places_the_words_another_outlet_reports(tmp_path: Path):
    # The chosen role is the noun one outlet prints ("a retired ferryman"); the other outlet's clause states a stance.
    where = _two_outlets(
        tmp_path,
        'Bram Osterlo, who voted against the causeway last year, said: "My boat leaves the slipway at six every morning."',
        'Bram Osterlo, a retired ferryman from the east shore, said: "I have mended nets on this quay since I was nine."',
    )
    assert where == {"My boat leav": "no", "I have mende": "no"}, where
    where = _two_outlets(
        tmp_path,
        'Bram Osterlo, who backed the causeway at the inquiry, said: "My boat leaves the slipway at six every morning."',
        'Bram Osterlo, a retired ferryman from the east shore, said: "I have mended nets on this quay since I was nine."',
    )
    assert where == {"My boat leav": "yes", "I have mende": "yes"}, where


def test_a_description_that_states_no_stance_of_their_own_places_none_of_their_words(tmp_path: Path):
    # A former stance, and another's, in the other outlet's description: neither is theirs now.
    for clause in ("who once backed the causeway", "whose brother opposes the causeway", "who replaced a critic of the causeway on the board"):
        where = _two_outlets(
            tmp_path,
            f'Bram Osterlo, {clause}, said: "My boat leaves the slipway at six every morning."',
            'Bram Osterlo, a retired ferryman from the east shore, said: "I have mended nets on this quay since I was nine."',
        )
        assert where == {"My boat leav": "context", "I have mende": "context"}, (clause, where)
