"""How `briefing init`'s draft groups speakers and whose words a group's cues are."""

from briefing.draft import _cues, _groups
from briefing.model import Block


def _blocks(said: dict[str, list[str]], kind: str = "quote") -> list[tuple[str, list[Block]]]:
    """Each speaker's words as blocks, in the order given (most quoted first)."""
    ranked, n = [], 0
    for who, texts in said.items():
        blocks = []
        for text in texts:
            n += 1
            blocks.append(Block(f"B{n}", kind, who, text, ("S1", "S2"), (0, n, 0, 0)))
        ranked.append((who, blocks))
    return ranked


def test_a_speaker_who_answers_a_groups_later_member_joins_the_other_group():
    # Owen Pike answers Nell Hart ("campaigners call the ferry a lifeline") and
    # so heads the other group; Rosa Lunn shares Hart's words. Ivo Tarn shares
    # a word with Hart too, but dismisses Lunn's point as a view others hold:
    # he is on Pike's side, though he answers neither seed.
    ranked = _blocks(
        {
            "Nell Hart": ["The ferry is a lifeline for the island.", "Cut the ferry and the village empties by winter, when trade is thin."],
            "Owen Pike": ["Campaigners call the ferry a lifeline. The island needs a bridge, and this ferry is not one."],
            "Rosa Lunn": ["Our harbour cafes depend on the early boat. Without it the village empties."],
            "Ivo Tarn": ["Cafe owners say the harbour cafes depend on the early boat. That is simply untrue.", "Trade is thin by winter already."],
        }
    )
    assert _groups(ranked, {}) == [["Nell Hart", "Rosa Lunn"], ["Owen Pike", "Ivo Tarn"]]


def test_a_draft_cue_is_said_by_no_one_outside_the_group():
    # Ivo Lamb, in neither group, and Tom Reeve's reported speech use phrases
    # Ada Pell uses too: neither phrase is her group's own.
    by = dict(
        _blocks(
            {
                "Ada Pell": ["The sea wall must be rebuilt before the storm season, and the night market kept open."],
                "Tom Reeve": ["Guests will simply stay in the next town."],
                "Ivo Lamb": ["Engineers inspect the sea wall every spring."],
            }
        )
    )
    by["Tom Reeve"] += _blocks({"Tom Reeve": ["Tom Reeve said the storm season had emptied the campsites."]}, "statement")[0][1]
    cues = _cues(["Ada Pell"], ["Tom Reeve"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "night market" in c], cues
    assert not [c for c in cues if "sea wall" in c or "storm season" in c], cues
