"""What happened, as reported: the summary's plain lines, and the figures and
descriptions the outlets dispute."""

import pytest
from conftest import briefing_of

from briefing.model import Block
from briefing.render import render


def test_disputed_figures_and_descriptions(make_articles):
    folder = make_articles(
        {
            "a.txt": "The flood damaged 1,400 homes across the valley, the agency said.\n"
            "Ann Ito became the first woman to lead the rescue service.",
            "b.txt": "Floodwater damaged about 1,500 homes across the valley.\n"
            "Lena Dahlby became the first woman to command the county's rescue teams.",
        }
    )
    b = briefing_of(folder)
    figures = [d for d in b.disputed if d.kind == "figure"]
    assert len(figures) == 1
    assert dict(figures[0].readings) == {"1,400": ("S1",), "1,500": ("S2",)}
    described = [d for d in b.disputed if d.kind == "description"]
    assert described and {r.split(":")[0] for r, _ in described[0].readings} == {"Ann Ito", "Lena Dahlby"}


def test_figures_among_the_same_words_in_other_forms_are_disputed(make_articles):
    folder = make_articles(
        {
            "a.txt": "The trust said on Monday that repairs to the lighthouse roof would cost £3.1 million.",
            "b.txt": "The lighthouse will shut in May, with a repair bill of £3.4 million for its roofs.",
        }
    )
    figures = [d for d in briefing_of(folder).disputed if d.kind == "figure"]
    assert len(figures) == 1 and {text for text, _ in figures[0].readings} == {"3.1 million", "3.4 million"}


def test_unrelated_figures_are_not_disputed(make_articles):
    folder = make_articles(
        {
            "a.txt": "The flood damaged 1,400 homes across the valley.",
            "b.txt": "The club sold 900 tickets for the charity concert on Saturday.",
        }
    )
    assert not briefing_of(folder).disputed


def test_a_line_one_outlet_tells_reaches_the_summary_only_without_any_subjective_word(make_articles):
    folder = make_articles(
        {
            "a.txt": "The ferry timetable for the island changes on Monday.",
            "b.txt": "Cruel as it seems, the island school will close its doors in July.",
            "c.txt": "The harbour board meets again on the first Tuesday of March.",
        }
    )
    md = render(briefing_of(folder), "md").decode().replace("\\", "")
    summary = md.split("*What happened, as reported:*")[1].split("\n\n")[0]
    assert "ferry timetable" in summary and "harbour board meets" in summary
    assert "island school" not in summary  # "Cruel as ..." is no name: too loaded for one outlet's line


def test_what_happened_takes_plain_facts_only(make_articles):
    folder = make_articles(
        {
            "a.txt": "The council approved the toll scheme for the ring road on Tuesday.",
            "b.txt": "The council approved the toll scheme for the ring road on Tuesday.\n"
            "Councillors rammed through a second charge for lorries at the same meeting.",
            "c.txt": "The ring road toll will cost drivers four pounds a day from March.",
            "d.txt": "Shamefully, the ring road toll will cost drivers four pounds a day from March, a reckless grab.",
        }
    )
    b = briefing_of(folder)
    md = render(b, "md").decode().replace("\\", "")
    summary = md.split("*What happened, as reported:*")[1].split("\n\n")[0]
    assert "approved the toll scheme" in summary and "][S1]" in summary and "][S2]" in summary
    assert "rammed through" not in summary  # a loaded word of the outlet's own
    assert "four pounds a day" not in summary  # another outlet told it only as its opinion


def test_what_happened_leaves_out_a_dateline_cut_off_and_a_bridge():
    from briefing.render.summary import summary_events

    def event(n: int, text: str) -> Block:
        return Block(f"B{n}", "event", None, text, ("S1", "S2"), (0, n, 0, 0))

    lines = (event(1, "HALWELL, Vt."), event(2, "Rosk continued."), event(3, "The quay reopened."), event(4, "The council approved the toll on Tuesday."))
    assert [b.text for b in summary_events(lines, [])] == ["The quay reopened.", "The council approved the toll on Tuesday."]


def test_what_happened_takes_only_lines_that_stand_alone():
    from briefing.render.summary import summary_events

    def event(n: int, text: str) -> Block:
        return Block(f"B{n}", "event", None, text, ("S1", "S2"), (0, n, 0, 0))

    lines = (
        event(1, "But the ferry company cancelled the Sunday sailings."),
        event(2, "It was the third closure of the pier this year."),
        event(3, "Everyone expected the vote to pass, and it didn't."),
        event(4, "The county board voted 4-1 to close the pier."),
        event(5, "Repairs to the pier will cost about 2 million dollars."),
        event(6, "So far, 14 boats have moved to the north harbour."),
        event(7, "The harbour will reopen in May."),
        event(8, "US inspectors closed the pier at 4am."),
    )
    assert [b.text for b in summary_events(lines, [], limit=5)] == [
        "The county board voted 4-1 to close the pier.",
        "Repairs to the pier will cost about 2 million dollars.",
        "So far, 14 boats have moved to the north harbour.",
        "The harbour will reopen in May.",
        "US inspectors closed the pier at 4am.",
    ]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("This time around, the ferry company kept the Sunday sailings.", False),
        ("Those repairs took longer than the board had planned.", False),
        # "This week" and "These summers" name the present's time, not a sentence before.
        ("This week the county board voted to close the pier.", True),
        ("These summers the quay holds a market on Saturdays.", True),
        # "That week" and "Those winters" point back to a time named before.
        ("That week the county board voted to close the pier.", False),
        ("Those winters the quay held no market at all.", False),
    ],
)
def test_what_happened_leaves_out_a_line_that_opens_on_a_demonstrative_pointing_back(text, taken):
    from briefing.render.summary import summary_events

    line = Block("B1", "event", None, text, ("S1", "S2"), (0, 1, 0, 0))
    assert bool(summary_events((line,), [])) is taken


def test_what_happened_takes_a_line_one_outlet_reports_from_the_plainest_outlet_first():
    from briefing.model import Profile
    from briefing.render.summary import own_voice, summary_events

    lines = (
        Block("B1", "event", None, "The Tolven quay reopened on Monday.", ("S4", "S5"), (3, 1, 0, 0)),
        Block("B2", "event", None, "Harbour bosses were ordered to pay £2 million after pumping sludge into the bay.", ("S1",), (0, 2, 0, 0)),
        Block("B3", "event", None, "The harbour board met on Tuesday.", ("S2",), (1, 3, 0, 0)),
        Block("B4", "event", None, "The ferry will run twice a day from May.", ("S3",), (2, 4, 0, 0)),
    )
    profiles = (
        Profile("S1", ("greedy", "shameful", "reckless"), 1, 5, ()),
        Profile("S2", (), 0, 6, ()),
        Profile("S3", ("improved",), 0, 8, ()),
    )
    voice = own_voice(profiles)
    assert voice["S1"] > voice["S3"] > voice["S2"]
    chosen = [b.id for b in summary_events(lines, [], limit=3, voice=voice)]
    assert chosen == ["B1", "B3", "B4"]
    assert [b.id for b in summary_events(lines, [], limit=3)] == ["B1", "B2", "B3"]


def test_what_happened_leaves_an_event_to_the_plainer_outlet_that_prints_its_figure():
    from briefing.render.summary import summary_events

    loud = Block("B1", "event", None, "Harbour bosses were ordered to pay £2.5 million after pumping sludge into the bay.", ("S1",), (0, 1, 0, 0))
    plain = Block("B2", "statement", "Ivo Brant", "The harbour board was fined £2.5 million in 2027, its chair said.", ("S2",), (1, 2, 0, 0))
    other = Block("B3", "event", None, "The ferry will run twice a day from 2027.", ("S3",), (2, 3, 0, 0))
    blocks = (loud, plain, other)
    voice = {"S1": 0.5, "S2": 0.1, "S3": 0.6}
    assert [b.id for b in summary_events((loud, other), [], voice=voice, blocks=blocks)] == ["B3"]
    # a year the plainer outlet prints too is no figure of one event (B3); the same figure in a louder outlet leaves the line in
    assert [b.id for b in summary_events((loud, other), [], voice={"S1": 0.1, "S2": 0.5, "S3": 0.6}, blocks=blocks)] == ["B1", "B3"]


def test_two_figures_of_one_account_are_not_disputed_by_an_outlet_that_prints_both(make_articles):
    folder = make_articles(
        {
            "a.txt": "The fare for adults on the Penwarden ferry will rise from £4 to £6.50 in May.",
            "b.txt": "Adults will pay £6.50 on the Penwarden ferry from May, up from £4, the operator said.",
            "c.txt": "The fare for adults on the Penwarden ferry will rise from £4 to £7.50 in May.",
        }
    )
    figures = [d for d in briefing_of(folder).disputed if d.kind == "figure"]
    # Only the outlet that prints another new fare disagrees; "£4," is "£4".
    assert [sorted(t for t, _ in d.readings) for d in figures] == [["6.50", "7.50"]]


def test_what_happened_leaves_out_a_line_that_prints_one_reading_of_a_disputed_figure(make_articles):
    folder = make_articles(
        {
            "a.txt": "The Quenmore footbridge reopened to walkers on Friday after a year of repairs.\n"
            "The county put the cost of the repairs at 4.2 million pounds.",
            "b.txt": "The Quenmore footbridge reopened to walkers on Friday after a year of repairs.\n"
            "The county put the cost of the repairs at 6.8 million pounds.",
        }
    )
    b = briefing_of(folder)
    assert b.disputed, "the two costs are a disputed figure"
    md = render(b, "md").decode().replace("\\", "")
    summary = md.split("*What happened, as reported:*")[1].split("\n\n")[0]
    assert "footbridge reopened" in summary
    assert "million pounds" not in summary  # either cost alone would take its outlet's side
    assert "4.2 million" in md and "6.8 million" in md  # both are still in the briefing
