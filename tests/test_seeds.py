"""Quote-level checks on the sample articles, the schema and determinism."""

import json

import pytest
from conftest import ROOT, assert_valid_json, blocks_with

from briefing.render import render

CARDEN = [
    "The public compassion for the victims, thousands of young British working-class girls and children is real",
    "The public call for justice must be heeded",
    "It is shocking that people in positions of power could have covered up",
    "We must question and challenge the orthodoxy of progressive liberal multiculturalism",
    "have strong records in this area and yet the government has failed to take the high ground",
]


@pytest.mark.parametrize("words", CARDEN)
def test_carden_quotes_are_one_block_with_three_sources(seed_briefing, words):
    found = [b for b in blocks_with(seed_briefing, words) if b.kind == "quote"]
    assert len(found) == 1
    assert found[0].speaker == "Dan Carden"
    assert found[0].sources == ("S2", "S4", "S5")


def test_carden_variant_wordings_are_kept(seed_briefing):
    block = blocks_with(seed_briefing, "It is shocking that people in positions of power")[0]
    texts = {v.source: v.text for v in block.variants}
    assert "racial for cultural" in texts["S4"]
    assert "S5" not in texts and "S5" in block.sources  # "working class" for "working-class" is no other wording
    assert "racial or cultural" in block.text


def test_speakers_on_the_seeds(seed_briefing):
    assert blocks_with(seed_briefing, "Thank you, @DanCardenMP! Integrity.")[0].speaker == "Elon Musk"
    assert blocks_with(seed_briefing, "We've already had inquiries into Telford, into Rotherham")[0].speaker == "Andrew Gwynne"
    for words in ("Like everyone, I am horrified", "The victims must come first", "In fact [it] would mean victims",
                  "the Conservatives deliberately worded the amendment", "it would not have actually created an inquiry"):
        found = blocks_with(seed_briefing, words)
        assert found and found[0].speaker == "Darren Paffey", words
    assert blocks_with(seed_briefing, "Nothing is off the table")[0].speaker == "Jess Phillips"
    assert blocks_with(seed_briefing, "There is still work to be done")[0].speaker == "Kemi Badenoch"
    assert dict(seed_briefing.roles)["Dan Carden"] == "MP for Liverpool Walton"


def test_page_furniture_never_becomes_a_block(seed_briefing):
    text = " ".join(b.text for b in seed_briefing.blocks)
    for furniture in ("CLICKING HERE", "Listen to this article", "Loading audio", "Read more:", "3pm - 6pm",
                      "Dan CardenLabour MP"):
        assert furniture not in text


def test_positions(seed_briefing):
    by_id = {p.id: p for p in seed_briefing.positions}
    assert [p.id for p in seed_briefing.positions] == ["for", "against", "context"]
    assert "Dan Carden" in by_id["for"].actors
    assert "Andrew Gwynne" in by_id["against"].actors
    assert all(b.reason for b in seed_briefing.blocks)


def test_json_follows_the_packaged_schema(seed_briefing):
    data = assert_valid_json(seed_briefing)
    assert data == json.loads(render(seed_briefing, "json"))
    assert {b["id"] for b in data["blocks"]} == {b.id for b in seed_briefing.blocks}


def test_output_is_byte_identical(seed_briefing):
    from briefing.pipeline import build

    again = build([str(ROOT / "seeds")]).briefing
    for fmt in ("md", "json"):
        assert render(seed_briefing, fmt) == render(again, fmt)
