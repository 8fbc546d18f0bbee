"""Page furniture rules, on lines written for these tests (not the seeds)."""

import pytest

from briefing.clean import clean, find_date, furniture_reason, split_paragraphs
from briefing.model import Source


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this story",
        "Loading video...",
        "Advertisement",
        "Sign up to our morning newsletter",
        "Read more: Ministers face fresh questions over rail fares",
        "Related: Five things we learned from the budget",
        "Share this article",
        "Image caption: Protesters outside the town hall",
        "© 2024 Northern Post. All rights reserved",
        "To read the full report, click here",
        "The Breakfast Show with Amy Lee 6am - 10am",
        "Drive with Tom Ince 4pm–7pm",
        "Councillor Jo SmithCouncillor Jo Smith",
        "Donate now to keep our newsroom independent",
        "Republish this article under a free licence",
        "Reporting by Kim Lo; Editing by Sam Green",
        "This article was amended on 3 May 2024 to correct a date",
        "Kim Lo is the Gazette's health correspondent and has covered the NHS since 2015.",
        "Additional reporting by Sam Green; Tom Wu in Leeds contributed to this report.",
        "Appeared in the March 2, 2025, print edition.",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The council said the scheme would raise £12m a year from 6am to 10am traffic.",
        "Ms Lee told reporters she would read more of the report before deciding.",
        "Related businesses in the area have already reported a fall in trade.",
        "Dr Ann Lee is the trust's medical director and said the unit would close.",
    ],
)
def test_article_sentences_are_kept(line):
    assert furniture_reason(line) is None


def test_title_date_and_furniture_from_a_page():
    text = "\n".join(
        [
            "Late Show with Ann Bell 10pm - 1am",
            "Town votes to close the old library",
            "4 March 2024, 09:10",
            "Listen to this article",
            "The town council voted on Tuesday to close the library.",
            "Sub-heading with no full stop",
            "The town council voted on Tuesday to close the library.",
            "Residents said they would appeal.",
        ]
    )
    cleaned = clean(Source("S1", "a.txt", text, "x"))
    assert cleaned.source.title == "Town votes to close the old library"
    assert cleaned.source.date == "2024-03-04"
    assert [p.text for p in cleaned.paragraphs] == [
        "The town council voted on Tuesday to close the library.",
        "Residents said they would appeal.",
    ]


def test_a_text_without_a_headline_has_no_title():
    cleaned = clean(Source("S1", "a.txt", "The mayor resigned on Friday.\nShe gave no reason.", "x"))
    assert cleaned.source.title is None


def test_hard_wrapped_prose_is_joined_but_line_per_paragraph_is_not():
    wrapped = "The council met on Monday evening to discuss\nthe budget for next year, which is expected\nto include cuts to the bus service."
    assert len(split_paragraphs(wrapped)) == 1
    lines = "The council met on Monday.\nIt discussed the budget.\nCuts are expected."
    assert len(split_paragraphs(lines)) == 3


@pytest.mark.parametrize(
    "text,iso",
    [("12 January 2025, 13:30", "2025-01-12"), ("March 3, 2024", "2024-03-03"), ("2023-11-02", "2023-11-02"), ("31 February 2024", None)],
)
def test_dates(text, iso):
    assert find_date(text) == iso


def test_a_headline_that_opens_with_a_quote_is_the_title():
    text = '"We cannot wait": Residents demand action as river floods again\nThe river burst its banks on Monday.'
    cleaned = clean(Source("S1", "a.txt", text, "x"))
    assert cleaned.source.title.startswith('"We cannot wait"')
    assert [p.text for p in cleaned.paragraphs] == ["The river burst its banks on Monday."]
