"""A title of several capitalised words before a name is one role ("Deputy
Mayor", "Attorney General"), not its last word: a deputy mayor is no mayor.
Sentences written for these tests; fictional people and places."""

import pytest
from conftest import briefing_of

from briefing.model import Paragraph
from briefing.positions import principal
from briefing.saying import parse
from briefing.sentences import split


def roles(text: str) -> set[tuple[str, str]]:
    """The (name, role) pairs one sentence prints."""
    return set(parse(split([Paragraph("s", 0, text)])[0]).roles)


@pytest.mark.parametrize(
    "text,role",
    [
        ("Attorney General Mira Tolson said the appeal would fail.", "Attorney General"),
        ("Deputy Mayor Ivo Pask said the tram would run by May.", "Deputy Mayor"),
        ("Health Secretary Dana Welk said the wards were short of beds.", "Health Secretary"),
        ("Surgeon General Mira Tolson said the water was safe.", "Surgeon General"),
        ("Senior Vice President Mira Tolson told staff the plant would stay open.", "Senior Vice President"),
        ("Former Mayor Ivo Pask said he had warned of the flooding.", "Former Mayor"),
        # an abbreviated title keeps its office's name after the words before it
        ("Republican Sen. Mira Tolson said the vote would be close.", "Republican senator"),
    ],
)
def test_capitalised_words_before_a_title_are_of_the_role(text, role):
    name = "Ivo Pask" if "Ivo Pask" in text else "Dana Welk" if "Dana Welk" in text else "Mira Tolson"
    assert roles(text) == {(name, role)}


def test_a_title_alone_or_after_a_word_that_opens_the_sentence_is_the_office():
    assert roles("Mayor Ivo Pask said the tram would run by May.") == {("Ivo Pask", "mayor")}
    assert roles("But Mayor Ivo Pask said the tram would run by May.") == {("Ivo Pask", "mayor")}
    assert roles("Sen. Mira Tolson said the vote would be close.") == {("Mira Tolson", "senator")}
    # an office with its "of" phrase is read as before
    assert roles("Secretary of State Mira Tolson said talks went well.") == {("Mira Tolson", "secretary of state")}


def test_a_deputy_is_not_the_holder_of_the_office():
    deputy = dict(roles("Deputy Mayor Ivo Pask said the tram would run by May."))
    speakers = {"Hal Grey": "mayoral spokesman", **deputy}
    assert principal("Hal Grey", ["Hal Grey", "Ivo Pask"], speakers) is None
    mayor = dict(roles("Mayor Ivo Pask said the tram would run by May."))
    assert principal("Hal Grey", ["Hal Grey", "Ivo Pask"], {"Hal Grey": "mayoral spokesman", **mayor}) == "Ivo Pask"


def test_the_briefing_prints_the_whole_title_lower_case_as_a_role_after_the_name(make_articles):
    said = (
        'Deputy Mayor Ivo Pask said: "The tram will run by May."\n'
        "The deputy mayor chairs the transport board, and the mayor is away.\n"
        'Attorney General Mira Tolson said: "The appeal will fail."\n'
    )
    found = dict(briefing_of(make_articles({"a.txt": said})).roles)
    assert found["Ivo Pask"] == "deputy mayor"
    assert found["Mira Tolson"] == "attorney general"
