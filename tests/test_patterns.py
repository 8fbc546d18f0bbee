"""``patterns.Needs``: a slow pattern searched only where its words are
finds what the pattern alone finds, case-blind patterns included."""

import pytest

from briefing import kinds
from briefing.clean import _CREDIT, _EMBED, _FURNITURE_ANYWHERE, furniture_reason

NEEDS = (_FURNITURE_ANYWHERE, _CREDIT, _EMBED, kinds._PRESCRIBING, kinds._VERDICT, kinds._PREDICTION)


@pytest.mark.parametrize(
    "line",
    [
        "CLICK HERE for the full timetable of the Vell ferry",
        "Sign Up For Our morning briefing from the Tessel valley",
        "Staff at the Quarry Echo contributed to this report.",
        "Follow Mira Talsen on Bluesky for updates from the harbour",
        "— Tamsin Ode (@tamsinode) May 2, 2024",
        "See the clip at pic.twitter.com/abc123 from the quay",
        "A crane lifts the last span into place. (Photo: Ivo Brand/Harbour Gazette)",
        "Getty Images",
        "CLOSE Crews on the pier at dawn",
        "ſubscribe today for the tide tables of the Tessel estuary",  # a long s: re.IGNORECASE reads it as "s"
        "PİN THIS to your board",  # a dotted capital I, which re.IGNORECASE reads as "i"
        "The ferry will close the route to cyclists in the spring.",
        "Work on the breakwater starts next month, Vohl said.",
    ],
)
def test_a_furniture_pattern_searched_only_where_its_words_are_finds_what_it_found(line):
    for needs in NEEDS:
        assert bool(needs.search(line)) == bool(needs.pattern.search(line))
    assert bool(furniture_reason(line)) == (not line.endswith("said.") and "ferry will close" not in line)


@pytest.mark.parametrize(
    ("line", "own_voice"),
    [
        ("The council SHOULD rethink the toll before the spring.", True),
        ("The new timetable is FAR FROM SETTLED.", True),
        ("Such a levy is nothing short of a tax on the harbour towns.", True),
        ("The scheme is unwise and, worse, unfunded.", True),
        ("The plan is ſure to fail.", True),  # a long s
        ("The levy WİLL İNEVİTABLY rise.", True),  # dotted capitals
        ("Tolls on the Tessel bridge rose by a fifth in March.", False),
        ("The ferry left the quay at dawn with forty passengers.", False),
    ],
)
def test_the_outlets_own_verdicts_are_found_where_the_gates_let_them_through(line, own_voice):
    for needs in NEEDS:
        assert bool(needs.search(line)) == bool(needs.pattern.search(line))
    assert kinds._own_voice(line) is own_voice
