"""Neutrality and balance, on corpora written for the tests: warnings of one-sided
coverage, the balance table and outlet profiles, the outlets' own commentary."""

import re

import pytest
from bypass import SPEC
from click.testing import CliRunner
from conftest import blocks_with, briefing_of

from briefing import lexicon
from briefing.cli import main
from briefing.kinds import narrative_kind
from briefing.render import render
from briefing.render.templates import template_dir


def test_one_sided_coverage_is_warned_about(make_articles, tmp_path):
    folder = make_articles(
        {
            "a.txt": 'Jo Hask said: "We must build the bypass this year."\n'
            'Jo Hask added: "It will end the congestion on the high street for good."\n'
            'Jo Hask said: "Every shop on the high street wants us to build the bypass."',
            "b.txt": 'Ravi Das said: "It would destroy the meadow."',
        },
        spec=SPEC,
    )
    b = briefing_of(folder)
    rows = {r.position: r for r in b.balance}
    assert rows["for"].blocks == 3 and rows["against"].blocks == 1
    assert rows["for"].speakers == 1 and rows["for"].outlets == 1
    assert any("Unbalanced coverage" in w and "Against the bypass" in w for w in b.warnings)
    assert any("Single outlet" in w for w in b.warnings)
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "o"), "--format", "md"])
    assert "Unbalanced coverage" in result.stderr
    assert "Unbalanced coverage" in (tmp_path / "o" / "briefing.md").read_text()


def test_balanced_coverage_has_no_warning(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Jo Hask said: "We must build the bypass this year."',
            "b.txt": 'Ravi Das said: "It would destroy the meadow for ever."',
            "c.txt": 'Jo Hask said: "We must build the bypass this year."\nRavi Das said: "It would destroy the meadow for ever."',
        },
        spec=SPEC,
    )
    assert not briefing_of(folder).warnings


def test_editorialising_outlet_shows_in_its_profile(make_articles):
    folder = make_articles(
        {
            "plain.txt": "The council will vote on the bypass on Monday.\n"
            'Ravi Das said: "It would destroy the meadow."',
            "opinion.txt": "The council will vote on the bypass on Monday.\n"
            "Make no mistake, this shameful scheme is a disgraceful waste of public money.\n"
            "Frankly, councillors should be ashamed of themselves.",
        },
        spec=SPEC,
    )
    b = briefing_of(folder)
    path = {s.id: s.path for s in b.sources}
    profile = {path[p.source]: p for p in b.profiles}
    assert profile["opinion.txt"].commentary == 2 and profile["plain.txt"].commentary == 0
    assert {"shameful", "make no mistake"} <= set(profile["opinion.txt"].loaded)
    assert not profile["plain.txt"].loaded
    commentary = [x for x in b.blocks if x.kind == "commentary"]
    assert all(x.position == "context" and x.speaker is None for x in commentary)
    md = render(b, "md").decode()
    facts = md.split(". Commentary and framing\n")[0]
    assert "shameful scheme" not in facts


def test_template_wording_is_neutral():
    """Headings and connecting text of every packaged template use no word to watch."""
    for path in template_dir().glob("briefing.*"):
        text = re.sub(r"\{[{%#].*?[}%#]\}", " ", path.read_text(), flags=re.S)
        text = re.sub(r"<[^>]+>", " ", text)
        if path.suffix == ".css":
            continue
        found = {h.term for h in lexicon.load().find(text) if h.report}
        assert not found, (path.name, found)


def test_mixed_speaker_is_placed_by_majority_and_flagged(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Mia Stone said: "We should build the bypass."\n'
            'Mia Stone added: "It would end the congestion."\n'
            'Mia Stone said: "I accept it could destroy the meadow."\n'
            'Mia Stone said: "Nobody wants more traffic in town."',
        },
        spec=SPEC,
    )
    b = briefing_of(folder)
    positions = {p.id: p for p in b.positions}
    assert "Mia Stone" in positions["for"].mixed
    traffic = blocks_with(b, "Nobody wants more traffic")[0]
    assert traffic.position == "for"
    assert "speaker stance" in traffic.reason and "mixed" in traffic.reason
    assert '"build the bypass"' in traffic.reason or '"end the congestion"' in traffic.reason
    meadow = blocks_with(b, "destroy the meadow")[0]
    # Her one cue of the other side, granted ("I accept"), stays with her clear side, and says so.
    assert meadow.position == "for" and 'cue "destroy the meadow"' in meadow.reason and "other side's point" in meadow.reason


def test_actors_table_overrides_inference(make_articles):
    folder = make_articles(
        {"a.txt": 'Mia Stone said: "We should build the bypass."'}, spec=SPEC + '[actors]\n"Mia Stone" = "against"\n'
    )
    block = blocks_with(briefing_of(folder), "build the bypass")[0]
    assert block.position == "against" and "spec lists" in block.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called relief road is nothing of the sort.",  # scare label and verdict
        "Who, then, will pay for the repairs on Elm Street?",  # a question the outlet asks
        "The toll scheme is bound to fail within a year.",  # a forecast nobody is quoted making
        "The plan is a dismal compromise between two bad options.",  # a verdict in a lexicon's word
        "Clearly, the trust never meant to keep the ward open.",  # an editorialising adverb
        "The harbour master made a powerful case for dredging at the meeting.",  # a grade given to an argument
        "The mayor's flimsy bypass scheme bristled with petty and shoddy costings.",  # loaded words piled up
    ],
)
def test_the_outlets_own_verdicts_are_commentary(sentence):
    assert narrative_kind(sentence) == "commentary"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the toll scheme on Tuesday by seven votes to four.",
        "The footbridge was damaged in the storm and will be closed until May.",
        "Councillors asked whether the road would open before the summer.",
        "The vote is set to take place on Monday evening.",
        "The lawyers made a legal case for the appeal on Friday.",
        "After the meeting, tenants said they were thankful that the council had listened.",
    ],
)
def test_plain_reporting_is_not_commentary(sentence):
    assert narrative_kind(sentence) != "commentary"


def test_a_question_or_verdict_inside_a_quote_is_the_speakers():
    assert narrative_kind('Residents asked: "Who will pay for this dismal scheme?"') != "commentary"
    assert narrative_kind('Residents called it "a flimsy, petty and shoddy scheme" on Monday.') != "commentary"


def test_balance_counts_what_holders_said_not_the_outlets_narration(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Jo Hask said: "We must build the bypass this year."\n'
            "Jo Hask slammed the plan to destroy the meadow instead.\n"
            "Jo Hask blasted the delay to build the bypass.",
            "b.txt": 'Ravi Das said: "It would destroy the meadow."',
        },
        spec=SPEC,
    )
    rows = {r.position: r for r in briefing_of(folder).balance}
    assert rows["for"].blocks == 1 and rows["against"].blocks == 1


def test_without_a_spec_each_speaker_is_counted_and_profiled_once(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Mira Oaksey said: "The ferry timetable must change before the winter storms arrive."\n'
            'Tomas Brunow said: "Nobody on the island asked for a later ferry."',
            "b.txt": 'Mira Oaksey said: "The ferry timetable must change before the winter storms arrive."',
            "c.txt": "The harbour board meets on Thursday to discuss the timetable.",
        }
    )
    b = briefing_of(folder)
    label = {p.id: p.label for p in b.positions}
    rows = {label[r.position]: r for r in b.balance}
    oaksey = next(name for name in rows if "Oaksey" in name)
    brunow = next(name for name in rows if "Brunow" in name)
    assert (rows[oaksey].blocks, rows[oaksey].outlets, rows[oaksey].speakers) == (1, 2, 1)
    assert (rows[brunow].blocks, rows[brunow].outlets) == (1, 1)
    path = {s.id: s.path for s in b.sources}
    quoted = {path[p.source]: set(p.positions) for p in b.profiles}
    assert quoted == {"a.txt": {oaksey, brunow}, "b.txt": {oaksey}, "c.txt": set()}
    reported = {path[p.source]: p.blocks for p in b.profiles}
    assert reported["a.txt"] == 2 and reported["b.txt"] == 1
