"""Quotations and what stands beside them (briefing.saying, briefing.claims): the
claims outside the quotation marks, two clauses with two speakers, how quotation marks
pair and where a quoted question ends, on sentences written for the test."""

import pytest
from conftest import speaker

from briefing.attribution import attribute
from briefing.claims import claims_beside
from briefing.model import Paragraph
from briefing.quotes import quote_spans
from briefing.saying import parse
from briefing.sentences import split


def claims(text):
    sentence = split([Paragraph("s", 0, text)])[0]
    said_by = parse(sentence).speaker
    return claims_beside(sentence, said_by.text if said_by else None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("\u201cIt will close,\u201d Ada Quill said, citing the cost of repairs.", (None, "citing the cost of repairs.")),
        ("\u201cWe will try,\u201d said Ada Quill, who said the depot was too old.", (None, "who said the depot was too old.")),
        ("Ada Quill said the depot was too old to save but added, \u201cWe will try.\u201d",
         ("Ada Quill said the depot was too old to save", None)),
        ("Ada Quill said the depot was too old to save: \u201cWe will try.\u201d", ("Ada Quill said the depot was too old to save", None)),
        # a verb of saying inside the claim does not cut it short
        ("Ada Quill said she welcomed the plan and added, \u201cWe will try.\u201d", ("Ada Quill said she welcomed the plan", None)),
        # a claim before an inverted attribution
        ("The depot will close in the spring, Ada Quill said, adding, \u201cWe cannot pay for it.\u201d",
         ("The depot will close in the spring, Ada Quill said", None)),
        ("The depot, which is old, will shut, Ada Quill said, adding, \u201cWe cannot pay for it.\u201d",
         ("The depot, which is old, will shut, Ada Quill said", None)),
    ],
)
def test_claims_beside_a_quote(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a participle of saying after the attribution may quote a fragment of its own
        ("\u201cThe ferry runs late,\u201d Ada Quill said, adding that the crews were \u201cworn out.\u201d",
         "adding that the crews were \u201cworn out.\u201d"),
        ("\u201cThe ferry runs late,\u201d said Ada Quill, before adding that the crews were tired.", "adding that the crews were tired."),
        ("\u201cThe ferry runs late,\u201d Ada Quill told the board, while arguing the timetable should change.",
         "arguing the timetable should change."),
        ("\u201cThe ferry runs late,\u201d Ada Quill said, calling the timetable \u201ca work of fiction.\u201d",
         "calling the timetable \u201ca work of fiction.\u201d"),
        ("\u201cThe ferry runs late,\u201d Ada Quill wrote, urging the board to buy a second boat.", "urging the board to buy a second boat."),
    ],
)
def test_a_participle_of_saying_after_the_attribution_is_a_claim(text, expected):
    assert claims(text) == (None, expected)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe ferry runs late,\u201d Ada Quill said, adding, \u201cThe crews are worn out.\u201d",  # a second quote
        "\u201cThe ferry runs late,\u201d Ada Quill said, before leaving the pier.",  # no saying
        "\u201cThe ferry runs late,\u201d Ada Quill said while waiting for the boat.",
        # a participle inside a later quote is the quote's own words
        "\u201cThe ferry runs late,\u201d Ada Quill said, \u201cand we keep saying so, calling on the board to act.\u201d",
    ],
)
def test_no_participle_claim_after_a_quote(text):
    assert claims(text) == (None, None)


def test_a_claim_that_holds_a_passage_of_its_own_is_that_quote_only():
    text = ("\u201cThe ferry runs late,\u201d Ada Quill said, adding that \u201cthe crews have worked every weekend since the "
            "spring and cannot go on like this.\u201d")
    statements = attribute([[parse(s) for s in split([Paragraph("s", 0, text)])]]).statements
    assert [s.kind for s in statements] == ["quote", "quote"]


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, Ada Quill said: \u201cWe will try.\u201d",  # the verb only introduces the quote
        "Ada Quill, who said the depot was too old, said: \u201cWe will try.\u201d",
        "Facing the council, Ada Quill asked of the transit board: \u201cWho will pay?\u201d",
        "\u201cWe will try,\u201d Ada Quill said, and the crowd cheered.",
        # an opening phrase or clause says when or how, not what: no claim
        "Asked about the depot on Monday, Ada Quill said, adding, \u201cWe will try.\u201d",
        "In a statement on Monday, Ada Quill said, adding, \u201cWe will try.\u201d",
        "Later that day at the depot, Ada Quill said: \u201cWe will try.\u201d",
        "When asked how his proposed toll would affect Lurn, Ada Quill said: \u201cThere will be exceptions.\u201d",
        # a noun that is also a verb of saying ("reports") in an opening phrase reports nothing
        "Replying to the mayor, who cites earlier, shorter reports on the harbour, Ada Quill said: \u201cWe will try.\u201d",
        # a verb of saying in a relative clause is someone else's
        "Ada Quill responded to critics who said the plan was dead: \u201cWe will try.\u201d",
    ],
)
def test_no_claim_beside_a_quote(text):
    assert claims(text) == (None, None)


def clauses(text):
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    return [(text[a:b], m.text) for (a, b), m in zip(parsed.clauses, parsed.quote_speakers)]


def test_two_clauses_with_two_speakers_are_two_statements():
    assert clauses("Tomas Vordak said the depot was empty, while Ines Moll said it was full.") == [
        ("Tomas Vordak said the depot was empty", "Tomas Vordak"),
        ("Ines Moll said it was full.", "Ines Moll"),
    ]
    assert clauses("The council says the depot is safe; Ines Moll, a planner, said it would close.")[1][1] == "Ines Moll"
    assert clauses("While Tomas Vordak said the depot was empty, Ines Moll insisted it was full.") == [
        ("While Tomas Vordak said the depot was empty", "Tomas Vordak"),
        ("Ines Moll insisted it was full.", "Ines Moll"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Vordak said the depot was empty, but he added that it would reopen.",  # one speaker, named again
        "Tomas Vordak said the depot was old and that it would close.",
        "Tomas Vordak toured the depot, and the crowd cheered.",
        "As the Harbor Gazette reported, Tomas Vordak said the depot would close.",  # the outlet relays, no clause of its own
    ],
)
def test_one_speaker_is_one_statement(text):
    assert clauses(text) == []


@pytest.mark.parametrize(
    "text,quoted",
    [
        # curly marks nested inside a quotation: one quotation, the inner words in it
        ("“They call it a “temporary” bridge, but it has stood for years.” ― Alma Brook",
         ["They call it a “temporary” bridge, but it has stood for years."]),
        # two quotations side by side are two, not one nested in the other
        ("He called it “temporary” and she called it “a disgrace”.", ["temporary", "a disgrace"]),
        # a quotation left open at the end of a paragraph is not read as nesting
        ("She said “the bridge is “temporary” and then", ["the bridge is ", " and then"]),
    ],
)
def test_quotation_marks_pair_as_they_nest(text, quoted):
    spans, _, _ = quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == quoted


@pytest.mark.parametrize(
    "text,sentences",
    [
        # a quoted question or exclamation, then a name and a verb of saying: one sentence
        ('"Why build the wall there?" Ines Moll asked. The council met.', ['"Why build the wall there?" Ines Moll asked.', "The council met."]),
        ('"Not again!" Dr. Moll said at the meeting.', ['"Not again!" Dr. Moll said at the meeting.']),
        # a quoted question, then a new sentence that is not its attribution
        ('"Why build the wall there?" The council met on Monday.', ['"Why build the wall there?"', "The council met on Monday."]),
        # a quoted statement ends its sentence whatever follows
        ('"The wall is built." Ines Moll said the cost was high.', ['"The wall is built."', "Ines Moll said the cost was high."]),
    ],
)
def test_a_quoted_question_keeps_the_attribution_that_follows_it(text, sentences):
    assert [s.text for s in split([Paragraph("s", 0, text)])] == sentences


def test_a_quoted_question_is_given_to_the_name_after_it():
    assert speaker('"Why build the wall there?" Ines Moll asked.') == ("name", "Ines Moll")
