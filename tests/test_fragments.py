"""Who said a quoted fragment: the framing sentence's subject, the "he" or
"she" that sentence binds, and the person a surname that is also a body's
word names (issue #10). Every sentence is written for the test."""

import pytest

from briefing.model import Block, Paragraph, Variant
from briefing.neutrality import mark_loaded
from briefing.saying import parse
from briefing.sentences import split
from briefing.speakers import Article, Corpus


def speaker_of(text):
    """The words pass one takes for the speaker of one sentence."""
    found = parse(split([Paragraph("s", 0, text)])[0]).speaker
    return (found.kind, found.text) if found else None


def speakers(*paragraphs):
    """The resolved speaker of each sentence of one article."""
    parsed = [parse(s) for s in split([Paragraph("s", i, t) for i, t in enumerate(paragraphs)])]
    return Article(parsed, Corpus.build([parsed])).read().speakers


@pytest.mark.parametrize(
    "text,expected",
    [
        # the main subject is no person: the participle is said by the subject of the clause it follows
        ('It came after Ona Brill chided the mayor on Friday for the delays, accusing him of having "lost another month."',
         ("name", "Ona Brill")),
        ('The vote came as Ona Brill turned down a seat on the board, saying such a seat would "deepen the rift."',
         ("name", "Ona Brill")),
        ('It came after he met the board, accusing it of having "lost the plot."', ("pronoun", "he")),
        # a person as the main subject still says it
        ('Ona Brill spoke after Ivo Pell left, saying the vote was "a farce."', ("name", "Ona Brill")),
    ],
)
def test_a_participle_after_a_subordinate_clause_is_said_by_its_subject(text, expected):
    assert speaker_of(text) == expected


def test_no_one_speaks_a_participle_of_a_clause_without_a_person():
    assert speaker_of("The storm hit after the council met, saying nothing about the damage.") is None


def test_a_pronoun_in_a_framing_sentence_is_its_subjects():
    said = speakers(
        "Mayor Ivo Pell opened the meeting on Monday.",
        'Councillor Ona Brill lashed out at what she called "a rigged vote."',
        'In an interview, Tam Roe mocked the plan for what he called its "endless delays."',
    )
    assert said[1:] == ("Ona Brill", "Tam Roe")


def test_a_pronoun_after_a_name_that_is_not_the_subject_keeps_the_person_spoken_of():
    said = speakers(
        "Councillor Ivo Pell took questions on Monday.",
        "The former mayor has a son, Tam, with a rare illness, and he said the clinic must stay open.",
    )
    assert said[1] == "Ivo Pell"


def test_a_surname_that_is_a_body_word_is_the_person_a_later_he_or_she_speaks_of():
    said = speakers(
        "Former Mayor Mara Church met Ivo Pell on Monday.",
        "In an interview, Church warned Pell would lose the vote.",
        '"It will fail, and everyone knows it," she said.',
    )
    assert said == (None, "Mara Church", "Mara Church")


def test_plural_titles_do_not_end_a_sentence():
    text = "Ona Brill told Sens. Ivo Pell and Tam Roe that she regretted the delay."
    assert [s.text for s in split([Paragraph("s", 0, text)])] == [text]


def test_a_label_quoted_in_a_paraphrase_of_a_quote_is_a_loaded_term():
    quote = Block(
        "B1", "quote", "Ona Brill", "This harbour shambles ends today.", ("S1", "S2"), (0, 0, 0, 0),
        variants=(Variant("S2", "Ona Brill took office, vowing to end “this harbour shambles.”", "paraphrase"),),
    )
    (marked,) = mark_loaded([quote])
    assert "this harbour shambles" in marked.loaded_terms
