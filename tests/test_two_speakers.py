"""A sentence that reports two speakers in two clauses is two statements,
each clause with its own speaker: also where the comma before the joiner is
printed inside closing quotation marks (American style), and where
"whereas", or "while" after a dash, joins the clauses with no comma.
Made-up sentences."""

import pytest
from conftest import briefing_of

from briefing.attribution import read_article
from briefing.corpus import Corpus
from briefing.model import Paragraph
from briefing.saying import parse
from briefing.sentences import split


def clauses(text):
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    return [(text[a:b], m.text) for (a, b), m in zip(parsed.clauses, parsed.quote_speakers)]


def test_a_comma_inside_the_closing_marks_ends_the_first_clause():
    text = "Ines Moll called the depot “a relic of another age,” and Tomas Vordak said it should be kept."
    assert clauses(text) == [
        ("Ines Moll called the depot “a relic of another age,”", "Ines Moll"),
        ("Tomas Vordak said it should be kept.", "Tomas Vordak"),
    ]
    straight = 'The trust said the bridge was "beyond repair," while Ada Quill insisted it could reopen by May.'
    assert clauses(straight) == [
        ('The trust said the bridge was "beyond repair,"', "trust"),
        ("Ada Quill insisted it could reopen by May.", "Ada Quill"),
    ]


def test_a_subordinator_with_no_comma_opens_the_second_clause():
    assert clauses("Ines Moll argues the levy is unfair whereas Tomas Vordak says it is overdue.") == [
        ("Ines Moll argues the levy is unfair", "Ines Moll"),
        ("Tomas Vordak says it is overdue.", "Tomas Vordak"),
    ]
    # "while" after a dash: the dash ends the first clause
    assert clauses("Ines Moll says the depot should shut — while the harbour board insists it should stay open.") == [
        ("Ines Moll says the depot should shut —", "Ines Moll"),
        ("the harbour board insists it should stay open.", "harbour board"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "and" with no comma may join two subjects of one verb
        "The mayor said she and Tomas Vordak told the board the depot would close.",
        # "while" of time: no speaker of its own after it ...
        "Ada Quill said the road would stay shut while crews repaired the bridge.",
        # ... or one inside the first speaker's words: with no comma nor dash, "while" joins no two speakers
        "Ada Quill said the crowd cheered while Ivo Dan announced the result.",
        # with no comma, the second speaker must open its clause: here a participle does, and the
        # speaker named later is another clause's (a relative clause's), or the whole sentence's source
        "Ada Roe says she backs the levy — while keeping her distance from Ivo Dan, who says it is unfair.",
        "Ada Roe said costs rose - a sign of strain - while Ivo Dan was ahead among young voters, according to early polls.",
        # a second clause that opens on a verb or a participle has the first one's subject
        'Ada Roe called the plan "fair and open," and added that Ivo Dan had agreed.',
        "Ada Roe called the plan fair and open, while praising Ivo Dan, who said it would pass.",
        # a capital "Whereas" opens a sentence the splitter left joined after an abbreviation
        "Ada Roe says the vote opens at 9 a.m. Whereas Ivo Dan has backed her, the unions say it is too early.",
        # a quoted phrase with no comma inside it joins nothing
        "Ines Moll called the depot “a relic” and Tomas Vordak agreed.",
        # the same speaker named again in the second clause
        "Ines Moll called the levy “unfair,” but she said it would pass.",
    ],
)
def test_one_speaker_stays_one_statement(text):
    assert clauses(text) == []


def test_each_clause_is_a_statement_of_its_speaker_with_its_words_as_printed():
    text = "Ines Moll called the depot “a relic of another age,” and Tomas Vordak said it should be kept."
    article = [parse(s) for s in split([Paragraph("s", 0, text)])]
    statements, _, _ = read_article(Corpus.build([article]), article)
    assert [(s.text, s.speaker) for s in statements] == [
        ("Ines Moll called the depot “a relic of another age,”", "Ines Moll"),
        ("Tomas Vordak said it should be kept.", "Tomas Vordak"),
    ]
    assert all(s.text in text for s in statements)


def test_a_clause_quoting_words_another_outlet_prints_whole_joins_that_quote(make_articles):
    # The clause keeps the words it quotes: the wire's quote and the paper's clause are one block citing both.
    folder = make_articles(
        {
            "wire.txt": "Depot row\n\n“The depot is a relic of another age and a drain on the budget,” Ines Moll said on Friday.",
            "paper.txt": "Depot row\n\nInes Moll called the depot “a relic of another age,” and Tomas Vordak said it should be kept for the buses.",
        }
    )
    b = briefing_of(folder)
    [quote] = [x for x in b.blocks if x.kind == "quote" and "relic" in x.text]
    assert (quote.speaker, len(quote.sources)) == ("Ines Moll", 2)
    assert [x.speaker for x in b.blocks if "kept for the buses" in x.text] == ["Tomas Vordak"]
