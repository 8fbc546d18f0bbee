"""Who said a quoted fragment: the framing sentence's subject, the "he" or
"she" that sentence binds, and the person a surname that is also a body's
word names (issue #10). Every sentence is written for the test."""

import pytest
from conftest import speaker, speakers

from briefing.attribution import attribute
from briefing.claims import claims_beside
from briefing.model import Block, Paragraph, Variant
from briefing.neutrality import mark_loaded
from briefing.saying import parse
from briefing.sentences import split


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
        ('Ona Brill spoke after Ivo Trell left, saying the vote was "a farce."', ("name", "Ona Brill")),
    ],
)
def test_a_participle_after_a_subordinate_clause_is_said_by_its_subject(text, expected):
    assert speaker(text) == expected


def test_no_one_speaks_a_participle_of_a_clause_without_a_person():
    assert speaker("The storm hit after the council met, saying nothing about the damage.") is None


def test_a_pronoun_in_a_framing_sentence_is_its_subjects():
    said = speakers(
        "Councillor Ona Brill said on Monday that she would vote against the plan.",
        "Mayor Ivo Trell opened the meeting.",
        'Ona Brill lashed out at what she called "a rigged vote."',
    )
    assert said[2] == "Ona Brill"


def test_a_pronoun_after_a_name_that_is_not_the_subject_keeps_the_person_spoken_of():
    said = speakers(
        "Councillor Ivo Trell took questions on Monday.",
        "The former mayor has a son, Tam, with a rare illness, and he said the clinic must stay open.",
    )
    assert said[1] == "Ivo Trell"


def test_a_surname_that_is_a_body_word_is_the_person_a_later_he_or_she_speaks_of():
    said = speakers(
        "Former Mayor Mara Church met Ivo Trell on Monday.",
        "In an interview, Church warned Trell would lose the vote.",
        '"It will fail, and everyone knows it," she said.',
    )
    assert said == (None, "Mara Church", "Mara Church")


def test_plural_titles_do_not_end_a_sentence():
    text = "Ona Brill told Sens. Ivo Trell and Tam Roe that she regretted the delay."
    assert [s.text for s in split([Paragraph("s", 0, text)])] == [text]


def test_a_label_quoted_in_a_paraphrase_of_a_quote_is_a_loaded_term():
    quote = Block(
        "B1", "quote", "Ona Brill", "This harbour shambles ends today.", ("S1", "S2"), (0, 0, 0, 0),
        variants=(Variant("S2", "Ona Brill took office, vowing to end “this harbour shambles.”", "paraphrase"),),
    )
    (marked,) = mark_loaded([quote]).blocks
    assert "this harbour shambles" in marked.loaded_terms


def test_a_surname_that_is_a_body_word_opening_a_sentence_is_its_subject():
    said = speakers(
        "Former Mayor Mara Church met Ivo Trell on Monday.",
        "Church, however, is not worried that Trell will win.",
        '"Voters know better than that," she said.',
    )
    assert said[2] == "Mara Church"


def test_a_quotation_set_out_over_paragraphs_without_marks_between_is_one_quotation():
    paragraphs = [
        Paragraph("s", 0, "Ona Brill wrote on Friday: “The harbour plan is dead."),
        Paragraph("s", 1, "The board knew it for months."),
        Paragraph("s", 2, "We will not pay for their mistakes.”"),
        Paragraph("s", 3, "The board did not reply."),
    ]
    quoted = [bool(s.quotes) and s.quotes[0].start == 0 and s.quotes[0].end == len(s.text) for s in split(paragraphs)]
    assert quoted[1] and not quoted[3]


def test_a_quotation_left_open_without_a_closing_paragraph_does_not_take_the_next_ones():
    paragraphs = [
        Paragraph("s", 0, "Ona Brill wrote on Friday: “The harbour plan is dead."),
        Paragraph("s", 1, "The board did not reply."),
        Paragraph("s", 2, "Its members met on Monday."),
    ]
    assert [s.quotes for s in split(paragraphs)][1:] == [(), ()]


def test_a_further_claim_after_a_quote_with_a_fragment_of_its_own_is_the_speakers():
    text = "“It will close,” Ada Quill said, but she also said the repairs were late and that the board ran “a shambolic process.”"
    (sentence,) = split([Paragraph("s", 0, text)])
    claim = "she also said the repairs were late and that the board ran “a shambolic process.”"
    assert claims_beside(sentence) == (None, claim)
    statements = attribute([[parse(sentence)]]).statements
    assert [(s.kind, s.text, s.speaker) for s in statements] == [
        ("quote", "It will close", "Ada Quill"), ("statement", claim, "Ada Quill"),
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("“It will close,” Ada Quill said, though she added that the repairs were late.", "she added that the repairs were late."),
        ("“It will close,” said Ada Quill, although she conceded the board had “lost the thread.”",
         "she conceded the board had “lost the thread.”"),
    ],
)
def test_a_concessive_clause_of_saying_after_a_quote_is_a_further_claim(text, claim):
    assert claims_beside(split([Paragraph("s", 0, text)])[0]) == (None, claim)


@pytest.mark.parametrize(
    "text",
    [
        "“It will close,” Ada Quill said, though she looked tired.",  # no saying in the clause
        "“It will close,” Ada Quill said, and she said, “We will try.”",  # a second direct quote, not a claim
        "“It will close,” Ada Quill said, and the crowd cheered.",
        "“It will close,” Ada Quill said, but she thinks the board erred.",  # belief is not saying
    ],
)
def test_no_further_claim_without_a_pronoun_and_a_verb_of_saying(text):
    assert claims_beside(split([Paragraph("s", 0, text)])[0]) == (None, None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("This was after Ada Quill’s account posted on Sunday: “The harbour plan is dead.”", ("name", "Ada Quill")),
        ("Ada Quill’s Twitter account posted: “The harbour plan is dead.”", ("name", "Ada Quill")),
        # a spokesperson speaks for the owner, not as them
        ("Ada Quill’s spokesman said: “The harbour plan is dead.”", ("possessive", "Quill’s spokesman")),
    ],
)
def test_a_persons_account_posts_in_their_name(text, expected):
    assert speaker(text) == expected
