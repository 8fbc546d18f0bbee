"""Quotation marks of several languages, read through the one list in
``briefing/quotes.py``, on sentences written for the test."""

import ast
import re
from pathlib import Path

import pytest
from conftest import briefing_of

import briefing
from briefing.quotes import outside_quotes, quote_spans, single_quoted


def quoted(text):
    spans, _, _ = quote_spans(text)
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Linde said: \u201eThe ferry will run all winter.\u201c",  # German „…“
        "Mara Linde said: \u00bbThe ferry will run all winter.\u00ab",  # German »…«
        "Mara Linde said: \u00abThe ferry will run all winter.\u00bb",  # French and Swiss «…»
        "Mara Linde said: \u201cThe ferry will run all winter.\u201d",  # English “…”
    ],
)
def test_each_languages_marks_enclose_the_words_they_quote(text):
    assert quoted(text) == ["The ferry will run all winter."]
    assert outside_quotes(text).split() == ["Mara", "Linde", "said:"]


def test_german_closing_mark_closes_though_english_opens_with_it():
    # “ closes a German quotation: a second quotation after it still pairs.
    text = "\u201eWe wait,\u201c said Mara Linde, \u201edrei Jahre schon.\u201c"
    assert quoted(text) == ["We wait,", "drei Jahre schon."]


def test_a_german_quoted_sentence_is_read_as_a_quote_of_its_speaker(make_articles):
    folder = make_articles(
        {
            "a.txt": "The harbour board met in Kesselfeld on Tuesday.\n"
            "\u201eThe ferry will run all winter, whatever the weather,\u201c said Mara Linde, the board\u2019s chair.\n"
            "The board will meet again in March.",
        }
    )
    quotes = [b for b in briefing_of(folder).blocks if "ferry will run all winter" in b.text]
    assert [(b.kind, b.speaker, b.text) for b in quotes] == [
        ("quote", "Mara Linde", "The ferry will run all winter, whatever the weather")
    ]


# --------------------------------------------------------------------------- one home

_DOUBLE = set("\u201c\u201d\u201e\u201f\u00ab\u00bb")
_CLASS = re.compile(r"\[[^\]]*\]")


def _lists_marks(text):
    """A string that lists quotation marks: a regular-expression character
    class with one in it, or a run of marks and punctuation with two or more."""
    if any(_DOUBLE & set(c) for c in _CLASS.findall(text)):
        return True
    marks = (_DOUBLE | {'"'}) & set(text)
    return len(marks) >= 2 and bool(_DOUBLE & marks) and not any(ch.isalnum() for ch in text)


def test_the_mark_finder_tells_a_list_of_marks_from_text_that_prints_them():
    assert _lists_marks('[^!?"\u201c\u201d]{0,80}') and _lists_marks("\u201c\u201d\u00bb") and _lists_marks(" \"'\u201d\u2019")
    assert not _lists_marks("Who said \u201c{}\u201d") and not _lists_marks("[a-z]+") and not _lists_marks("\u201c")


def test_no_module_but_quotes_lists_quotation_marks():
    # a newcomer adding a language's marks edits briefing/quotes.py and nothing else
    package = Path(briefing.__file__).parent
    found = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "quotes.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _lists_marks(node.value)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Edda Morn said: 'The weir will be rebuilt by June.'", "Edda Morn said: “The weir will be rebuilt by June.”"),
        ("'We will appeal,' said Edda Morn.", "“We will appeal,” said Edda Morn."),
        # A plural possessive inside the quotation does not close it.
        ("'It is the anglers' money,' she said.", "“It is the anglers' money,” she said."),
        ("She called the plan 'a wasted decade' at the anglers' meeting.", "She called the plan “a wasted decade” at the anglers' meeting."),
        # Apostrophes alone, a mark left open: unchanged.
        ("The anglers' club has met since the '90s and it's still Ann's.", None),
        ("'The weir will be rebuilt, and the path", None),
    ],
)
def test_single_marks_quote_as_double_marks_do_in_an_article_that_prints_no_double_mark(printed, read):
    assert single_quoted(["The trust met on Monday.", printed]) == ["The trust met on Monday.", read or printed]


def test_a_quote_inside_a_single_marked_quote_is_in_double_marks_and_the_two_swap():
    printed = "'The ranger told us \"keep off the dunes\" and we did,' said Edda Morn."
    assert single_quoted([printed]) == ["“The ranger told us ‘keep off the dunes’ and we did,” said Edda Morn."]


def test_an_article_that_quotes_with_double_marks_keeps_its_single_marks():
    # A quotation running over paragraphs: its middle one prints no double mark.
    article = ['Edda Morn said: "The weir will be rebuilt.', "They told us 'wait a year' and we waited.", 'That is over."']
    assert single_quoted(article) == article


def test_a_quote_printed_in_single_marks_joins_the_same_quote_in_double_marks(make_articles):
    words = "The weir at Colbeck will be rebuilt before the salmon run, whatever the survey finds."
    folder = make_articles(
        {
            "wire.txt": f'Edda Morn, who chairs the river trust, said: "{words}"\n\nThe trust met on Monday.',
            "tabloid.txt": f"River trust boss Edda Morn said: '{words}'\n\nShe added: 'We will see.'",
        }
    )
    b = briefing_of(folder)
    (block,) = [x for x in b.blocks if "salmon run" in x.text]
    assert block.kind == "quote" and block.speaker == "Edda Morn" and len(block.sources) == 2
    assert [x.text for x in b.blocks if x.speaker == "Edda Morn" and "see" in x.text] == ["We will see."]


@pytest.mark.parametrize(
    "text,expected",
    [
        # each quotation blanked with its marks; the rest, and the length, kept
        ('Ola Brin said "yes" and "no" twice.', "Ola Brin said       and      twice."),
        # two quotations that touch: the marks between them are blanked once
        ('"One""Two" ended it.', "           ended it."),
        # a quotation left open runs to the end; a lone closing mark closes one opened before
        ('Ola Brin said: "We will stay', "Ola Brin said:              "),
        ('stay open," Ola Brin said.', " " * 12 + "Ola Brin said."),
        ("No quotation here.", "No quotation here."),
    ],
)
def test_outside_quotes_blanks_every_quotation_and_its_marks(text, expected):
    assert outside_quotes(text) == expected
