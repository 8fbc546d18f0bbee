"""Without a spec, an outlet of the sources and a speaker who only reports
get no section of their own: their statements are background, with a
reason, and ``briefing explain`` says so. Made-up stories."""

from click.testing import CliRunner

from briefing.cli import main
from briefing.model import CONTEXT_ID, Block, Source, Spec
from briefing.pipeline import build
from briefing.positions import place

# Three outlets on a canal lock: the Herald's report is cited by the radio,
# the Ferrow Gazette (no source here) only reports, and Osric Pym is quoted
# as well as said to have reported a fault: he speaks in the story.
STORY = {
    "a_herald.md": '---\ntitle: "Canal lock to stay shut"\noutlet: "The Brindle Herald"\n---\n'
    'Nell Farrant, the lock keeper, said: "The boats have nowhere to turn below the weir."\n'
    'Osric Pym, the council engineer, said: "The gates are older than anyone who works on them."\n',
    "b_radio.md": '---\ntitle: "Boaters wait at the lock"\noutlet: "Owlsmoor Radio"\n---\n'
    "The Brindle Herald reported on Monday that the lock would stay shut until June.\n"
    "The Ferrow Gazette reported that boaters had waited at the lock for two days.\n"
    '"The boats have nowhere to turn below the weir," Nell Farrant said.\n'
    "Osric Pym reported that the lower gates had split along the beam.\n",
    "c_daily.md": '---\ntitle: "Lock repairs delayed"\noutlet: "Corven Daily"\n---\n'
    '"The gates are older than anyone who works on them," said Osric Pym.\n'
    "The Ferrow Gazette reported that the hire firms had cancelled their bookings.\n",
}


def test_an_outlet_and_a_speaker_who_only_reports_get_no_section(make_articles):
    briefing = build([str(make_articles(STORY))]).briefing
    assert briefing is not None
    assert [p.label for p in briefing.positions] == ["Statements by Osric Pym", "Statements by Nell Farrant", "Background and context"]
    relayed = [b for b in briefing.blocks if b.speaker in ("Brindle Herald", "Ferrow Gazette")]
    assert {b.speaker for b in relayed} == {"Brindle Herald", "Ferrow Gazette"}
    assert all(b.position == CONTEXT_ID and "how the story reaches the reader" in (b.reason or "") for b in relayed)
    # A speaker quoted elsewhere keeps every statement in their section, one "reported" too.
    assert {b.position for b in briefing.blocks if b.speaker == "Osric Pym"} == {"osric-pym"}


def test_explain_without_a_spec_names_the_speakers_with_no_section(make_articles):
    folder = make_articles(STORY)
    out = CliRunner().invoke(main, ["explain", str(folder)]).stdout
    assert out.startswith("No spec: statements are grouped by speaker")
    listed = out.split("Speakers with no section of their own")[1]
    assert "  Brindle Herald:" in listed and "  Ferrow Gazette:" in listed and "Osric Pym" not in listed
    assert "how the story reaches the reader" in listed and "the lock would stay shut" in listed
    only = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "gazette"]).stdout
    assert "  Ferrow Gazette:" in only and "Brindle Herald" not in only


def test_explain_without_a_spec_lists_no_one_when_every_speaker_has_a_section(make_articles):
    out = CliRunner().invoke(main, ["explain", str(make_articles({"a_herald.md": STORY["a_herald.md"]}))]).stdout
    assert "No spec: statements are grouped by speaker" in out and "no section of their own" not in out


def test_a_speaker_named_like_an_outlet_but_quoted_keeps_a_section():
    # "Lantern Housing Trust" is no desk of the one-word outlet "The Lantern", and a quoted body speaks.
    sources = [Source("S1", "1.md", "The Lantern said rents would rise. Lantern Housing Trust said they would not.", "1", outlet="The Lantern")]
    blocks = [
        Block("B1", "statement", "Lantern", "The Lantern said rents would rise.", ("S1",), (0, 0, 0, 0)),
        Block("B2", "quote", "Lantern Housing Trust", "Rents will not rise this year.", ("S1",), (0, 1, 0, 0)),
    ]
    placed = place(blocks, Spec(title="", question=None, positions=(), from_file=False), sources=sources)
    assert [p.label for p in placed.positions] == ["Statements by Lantern Housing Trust", "Background and context"]
    assert [b.position for b in placed.blocks] == [CONTEXT_ID, "lantern-housing-trust"]


def test_a_description_that_reports_its_own_doings_keeps_a_section():
    # Officials or a trust "report" their own progress or accounts: a party to the story, not an outlet.
    sources = [Source("S1", "1.md", "", "1", outlet="Welby Echo")]
    blocks = [
        Block("B1", "statement", "Dock officials", "Dock officials reported steady progress on the new crane.", ("S1",), (0, 0, 0, 0)),
        Block("B2", "statement", "the trust", "The trust reported a loss on the winter lettings.", ("S1",), (0, 1, 0, 0)),
        Block("B3", "statement", "Marl Bulletin", "The Marl Bulletin reported that the crane had been delivered.", ("S1",), (0, 2, 0, 0)),
    ]
    placed = place(blocks, Spec(title="", question=None, positions=(), from_file=False), sources=sources)
    assert [p.label for p in placed.positions] == ["Statements by Dock officials", "Statements by the trust", "Background and context"]
