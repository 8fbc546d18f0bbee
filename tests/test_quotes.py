"""Quotation marks of several languages, read through the one list in
``briefing/quotes.py``, on sentences written for the test."""

import pytest
from conftest import briefing_of

from briefing.quotes import outside_quotes, quote_spans


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
