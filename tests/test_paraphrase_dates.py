"""A year told from the day an article was printed (issue 10, paraphrased
facts): "two years ago", "last year" or "next year" in a dated article is
the year in figures (``forms.dated``), so it joins a wording that prints
the year, and stays apart from one that prints another; without a date
nothing changes. All sentences are made up."""

import pytest

from briefing.forms import dated
from briefing.merge import consolidate
from briefing.model import Statement


def blocks(a: str, b: str, first: str | None, second: str | None = "2026-06-10"):
    """The blocks of two event sentences from two outlets, dated ``first``
    and ``second`` (None: undated)."""
    statements = [Statement("S1", "event", a, None, (0, 0, 0)), Statement("S2", "event", b, None, (0, 0, 0))]
    return consolidate(statements, ["S1", "S2"], dates={k: v for k, v in (("S1", first), ("S2", second)) if v})


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("The mill was fined two years ago.", "The mill was fined in 2024."),
        ("The mill was fined 3 years ago.", "The mill was fined in 2023."),
        ("The mill was fined a year ago.", "The mill was fined in 2025."),
        ("Last year the mill was fined.", "In 2025 the mill was fined."),
        ("The ward opens on 4 May next year.", "The ward opens on 4 May in 2027."),
        ("The ward opened earlier this year.", "The ward opened earlier in 2026."),
        ("The mill was built twenty-five years ago.", "The mill was built in 2001."),
        ("The firm moved to Tarvia last year.", "The firm moved to Tarvia in 2025."),
        # a span back from any day, a final year, a year's own thing, or no number: as printed
        ("Sales fell over the last year.", "Sales fell over the last year."),
        ("Sales will rise in the next year.", "Sales will rise in the next year."),
        ("Last year's sales fell.", "Last year's sales fell."),
        ("The mill was a ruin many years ago.", "The mill was a ruin many years ago."),
        ("She signed for a last year at the club.", "She signed for a last year at the club."),
        ("Sales rose 3% this year-on-year.", "Sales rose 3% this year-on-year."),
        # part of a longer figure: not a year to guess
        ("The mill was fined 1.5 years ago.", "The mill was fined 1.5 years ago."),
        ("The mill was built twenty five years ago.", "The mill was built twenty five years ago."),
    ],
)
def test_a_relative_year_is_the_year_of_the_date(text, out):
    assert dated(text, "2026-06-10") == out


def test_without_a_date_nothing_changes():
    assert dated("The mill was fined two years ago.", None) == "The mill was fined two years ago."
    assert dated("The mill was fined two years ago.", "") == "The mill was fined two years ago."


def test_a_year_ago_joins_the_year_it_names():
    a = "The Harl mill was fined £40,000 two years ago for polluting the river."
    b = "The Harl mill was fined £40,000 in 2024 for polluting the river."
    assert len(blocks(a, b, "2026-06-10")) == 1
    # another year, or no date to tell it by: two facts
    assert len(blocks(a, b, "2027-06-10")) == 2
    assert len(blocks(a, b, None)) == 2


def test_next_year_joins_the_day_it_names():
    a = "Diggers will move onto the Penlow site on 4 May next year."
    b = "On 4 May 2027 the diggers will move onto the Penlow site, the council said."
    assert len(blocks(a, b, "2026-06-10")) == 1
    assert len(blocks(a, b, "2027-01-05")) == 2
    # an undated "next year" leaves the year out, as a wording may
    assert len(blocks(a, b, None)) == 1
    # another act on that day stays apart
    assert len(blocks(a, "Work on the Penlow site will begin on 4 May 2027.", "2026-06-10")) == 2


def test_last_year_in_two_dated_articles():
    # each outlet's "last year" is the year before its own date
    a = "The Orm harbour handled 7.3 million containers last year."
    b = "Last year 7.3m containers passed through the Orm harbour, its owners said."
    assert len(blocks(a, b, "2026-03-02", "2026-09-03")) == 1
    assert len(blocks(a, b, "2027-03-02", "2026-09-03")) == 2
