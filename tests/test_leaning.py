"""The story's own vocabulary: a speaker who says no cue goes with the
position whose placed quotes share their words, only when the evidence is
strong and one-sided. Fictional stories, written for these tests."""

import json

from briefing.explain import explain
from briefing.leaning import stem
from briefing.model import Block, Briefing, PositionSpec, Spec
from briefing.pipeline import build
from briefing.positions import Placed, place
from briefing.render import render

SPEC = Spec(
    "T",
    None,
    (
        PositionSpec("yes", "For the tunnel", ("faster trains", "fewer lorries")),
        PositionSpec("no", "Against the tunnel", ("waste of money", "flood the valley")),
    ),
)
# Two speakers a side, placed by their cues, each side with words of its own.
PLACED = (
    ("Ona Brisk", "It means faster trains for commuters who stand on the platform at Quenmore every morning."),
    ("Tobias Wren", "Fewer lorries, and commuters get a platform at Quenmore that works each morning."),
    ("Ada Corr", "It is a waste of money that will drown farmland and poison the wells."),
    ("Hal Grey", "They will flood the valley, and the farmland and the wells go under."),
)


def _placed(*said: tuple[str, str], roles: tuple[tuple[str, str], ...] = ()) -> Placed:
    blocks = [Block(f"B{n}", "quote", who, text, ("S1",), (0, n, 0, 0)) for n, (who, text) in enumerate((*PLACED, *said), 1)]
    return place(blocks, SPEC, roles=roles)


def _story(*said: tuple[str, str], roles: tuple[tuple[str, str], ...] = ()) -> list[Block]:
    return list(_placed(*said, roles=roles).blocks)


def test_a_speaker_with_no_cue_goes_with_the_side_whose_words_they_share():
    placed = _story(("Ivo Renk", "Commuters wait on a cold platform every morning."), ("Ivo Renk", "I have done it for nine years."))
    assert [b.position for b in placed[:4]] == ["yes", "yes", "no", "no"]
    assert placed[4].position == "yes"
    assert placed[4].reason == "placed by the words it shares with the quotes placed in 'For the tunnel': commuters, morning, platform"
    # Their other words go with them, pooled: the speaker is placed, not one sentence.
    assert placed[5].position == "yes" and placed[5].reason == placed[4].reason
    # The other side's words place with the other side.
    assert _story(("Ivo Renk", "Poison in my wells would ruin my farmland."))[4].position == "no"


def test_an_even_split_too_few_words_or_a_name_place_nothing():
    for text in (
        "Commuters on the platform each morning watch farmland and wells go under.",  # both sides' words
        "Commuters like it.",  # one word
        "Commuters at Quenmore need a platform.",  # a place's name is no word of a side's
        "Commuters wait there every morning.",  # "every", as "each", says how many, not of what: two words
    ):
        placed = _story(("Ivo Renk", text))[4]
        assert placed.position == "context" and "no cue" in placed.reason, text


def test_a_timetable_a_question_or_a_scholar_stays_in_context():
    # A neutral officer's timetable: no side, whatever its words.
    dated = _story(("Pia Landa", "Commuters will hear on the platform on Friday morning."))[4]
    assert dated.position == "context" and "no cue" in dated.reason
    asked = _story(("Ivo Renk", "Do commuters on the platform want this every morning?"))[4]
    assert asked.position == "context"
    scholar = _story(("Nell Strode", "Commuters wait on a cold platform every morning."), roles=(("Nell Strode", "professor of transport"),))
    assert scholar[4].position == "context"
    # A speaker whose cue was set aside (a condition) is weighing the sides: not placed by words.
    hedged = _story(("Ivo Renk", "If it brings faster trains, commuters on the platform every morning gain."))[4]
    assert hedged.position == "context"


def test_with_one_position_placed_there_is_nothing_to_compare():
    said = (*PLACED[:2], ("Ivo Renk", "Commuters wait on a cold platform every morning."))
    blocks = [Block(f"B{n}", "quote", who, text, ("S1",), (0, n, 0, 0)) for n, (who, text) in enumerate(said, 1)]
    assert place(blocks, SPEC).blocks[2].position == "context"


def test_explain_gives_the_shared_words_in_one_line():
    placed = _placed(("Ivo Renk", "Commuters wait on a cold platform every morning."))
    text = explain(Briefing("T", None, (), placed.positions, placed.blocks), SPEC)
    assert "  Ivo Renk: For the tunnel\n    placed by the words it shares with the quotes placed in 'For the tunnel': commuters, morning, platform\n" in text


def test_a_stem_joins_a_words_inflections():
    assert {stem(w) for w in ("wages", "wage")} == {"wage"}
    assert {stem(w) for w in ("sailings", "sailing")} == {"sail"}
    assert stem("bus") == "bus" and stem("news") == "news"


def test_the_built_briefing_places_a_silent_speaker_by_the_storys_words(make_articles):
    articles = {
        "a.txt": "The Coastal Rail Trust wants a tunnel under Marrick Hill.\n\n"
        'Ona Brisk, who chairs the trust, said: "It means faster trains for commuters who stand on the platform every morning."\n\n'
        'Ada Corr, a farmer, said: "It is a waste of money that will drown farmland and poison the wells."\n\n'
        'Ivo Renk, a season-ticket holder, said: "Commuters wait on a cold platform every morning."\n',
        "b.txt": "Work on a tunnel under Marrick Hill may start in spring.\n\n"
        'Tobias Wren, a rail planner, said: "Fewer lorries, and commuters get a platform that works each morning."\n\n'
        'Hal Grey, who keeps sheep in the valley, said: "They will flood the valley, and the farmland and the wells go under."\n',
    }
    spec = 'title = "T"\n[[positions]]\nid = "yes"\nlabel = "For the tunnel"\ncues = ["faster trains", "fewer lorries"]\n'
    spec += '[[positions]]\nid = "no"\nlabel = "Against the tunnel"\ncues = ["waste of money", "flood the valley"]\n'
    folder = str(make_articles(articles, spec=spec))
    briefing = build([folder]).briefing
    renk = [b for b in briefing.blocks if b.speaker == "Ivo Renk"]
    assert [b.position for b in renk] == ["yes"] and renk[0].reason.startswith("placed by the words it shares with the quotes placed in 'For the tunnel'")
    # The JSON records the reason, the same bytes on every build.
    data = json.loads(render(briefing, "json"))
    assert renk[0].reason in json.dumps(data, ensure_ascii=False)
    assert render(build([folder]).briefing, "json") == render(briefing, "json")
