"""Verdicts said of a proposal, and the side they take when the labels'
action takes away what the verdict is said of: a good done by what "For
cutting ..." would cut is the case against cutting it; a good done by what
"For building ..." would build, the case for building it. Sentences and
labels written for these tests."""

import pytest

from briefing.cues import evidence
from briefing.model import Block, PositionSpec
from briefing.verdicts import acted_on, doing


def _counted(labels: tuple[str, ...], text: str) -> dict[str, list[str]]:
    specs = tuple(PositionSpec(f"p{n}", label, ()) for n, label in enumerate(labels))
    return dict(evidence(Block("B1", "quote", "Tova Lind", text, ("S1",), (0, 0, 1, 0)), specs).counted)


CUT = ("For cutting the ferry timetable", "Against cutting the ferry timetable")
BUILD = ("For building the ferry terminal", "Against building the ferry terminal")
BAN = ("For a ban on jet skis", "Against a ban on jet skis")
DEPOT = ("Close the Marrow depot", "Keep the Marrow depot open")
SCRAP = ("Scrap the harbour levy", "Scrap it only with a rebate for fishers", "Reject any change to the harbour levy")
WALL = ("Build the harbour wall", "Build it only with a fish pass", "Reject the harbour wall")


@pytest.mark.parametrize(
    ("labels", "text", "side"),
    [
        # What a removing action takes away: its good speaks against the action, its harm for it.
        (CUT, "The ferry timetable protects the oldest islanders.", "p1"),
        (CUT, "The timetable will harm the harbour budget.", "p0"),
        (CUT, "The ferry timetable will not improve the islanders' lives.", "p0"),
        # The action itself as the subject is judged as the proposal is.
        (CUT, "Cutting the ferry timetable would hurt the oldest islanders.", "p1"),
        # What a making action makes: its good speaks for the action.
        (BUILD, "The ferry terminal will protect the oldest islanders.", "p0"),
        (BUILD, "The terminal would harm the dunes.", "p1"),
        # A noun of an action that takes away ("a ban on ...").
        (BAN, "Jet skis will harm swimmers.", "p0"),
        (BAN, "The ban on jet skis will protect swimmers.", "p0"),
        # A label's own verb, beside a middle way and a label that rejects the change.
        (SCRAP, "The harbour levy protects the quay.", "p2"),
        (SCRAP, "The levy will harm the fishers.", "p0"),
        (WALL, "The harbour wall will protect the quay.", "p0"),
        # The label's verb in "-ing" as the subject: a verdict of the change the label proposes.
        (SCRAP, "Scrapping the levy would hurt the quay.", "p2"),
        (WALL, "Building the wall would protect the quay.", "p0"),
        (DEPOT, "Closing the depot would hurt forty families.", "p1"),
        (DEPOT, "The closure of the depot would hurt forty families.", "p1"),
        (CUT, "A cut to the ferry timetable would hurt the oldest islanders.", "p1"),
        # Beside a label that keeps it open, what is kept speaks for keeping it.
        (DEPOT, "The depot protects forty jobs.", "p1"),
        (DEPOT, "A bed at the depot costs us dearly.", "p0"),
    ],
)
def test_a_verdict_takes_the_side_the_action_gives_it(labels: tuple[str, ...], text: str, side: str) -> None:
    assert list(_counted(labels, text)) == [side]


@pytest.mark.parametrize(
    ("labels", "text"),
    [
        # A verb whose direction WordNet does not tell: what it acts on is judged by no side.
        (("For trundling the ferry timetable", "Against trundling the ferry timetable"), "The timetable protects the islanders."),
        # Said of an action done to the proposal, not of the proposal.
        (("For the harbour levy", "Against the harbour levy"), "A delay to the levy will hurt the buses."),
        (DEPOT, "Selling the depot would hurt forty families."),
    ],
)
def test_a_verdict_of_something_else_takes_no_side(labels: tuple[str, ...], text: str) -> None:
    assert _counted(labels, text) == {}


def test_a_verdict_on_the_proposal_still_counts_beside_an_unknown_action() -> None:
    assert _counted(("For trundling the ferry timetable", "Against trundling the ferry timetable"), "The plan is welcome.") == {"p0": ["plan is welcome"]}


@pytest.mark.parametrize(
    ("label", "shared", "found"),
    [
        ("For cutting the ferry timetable", {"cutting", "ferry", "timetable"}, ({"ferry", "timetable"}, set())),
        ("Scrap the harbour levy", {"harbour", "levy"}, ({"harbour", "levy"}, set())),
        ("Against the closure of the depot", {"closure", "depot"}, ({"depot"}, set())),
        ("For raising the harbour levy", {"raising", "harbour", "levy"}, (set(), set())),
        ("For trundling the ferry timetable", {"trundling", "ferry", "timetable"}, (set(), {"ferry", "timetable"})),
        # "search" qualifies the order, which heads the label: no action read.
        ("For the search order", {"search", "order"}, (set(), set())),
    ],
)
def test_acted_on_reads_the_labels_action(label: str, shared: set[str], found: tuple[set[str], set[str]]) -> None:
    assert acted_on(label, shared) == found


def test_doing_gives_the_gerunds_of_a_labels_verb() -> None:
    assert doing("Close the Marrow depot") == {"closing"}
    assert doing("For a ban on jet skis") == frozenset()  # a noun, no verb
