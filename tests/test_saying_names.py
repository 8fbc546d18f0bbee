"""Who a sentence names as its speaker and the roles it gives them (briefing.saying's
names, titles, appositions, spokespeople and bodies), on sentences written for the test."""

import pytest
from conftest import speaker

from briefing.model import Paragraph
from briefing.saying import parse
from briefing.sentences import split


@pytest.mark.parametrize(
    "text,expected",
    [
        # names with their tags: the tag and the place are never the name
        ("Sen. Jane Roe, D-N.Y., said the bill would pass.", "Roe"),
        ("Rep. John Doe, R-Ariz., told Fox News the bill would pass.", "Doe"),
        ("Jane Roe (D-Ore.) said the bill would pass.", "Roe"),
        ("Jane Roe of New Mexico said the bill would pass.", "Roe"),
        ("Jane Roe, Republican of Ohio, said the bill would pass.", "Roe"),
        ("Ann Lee, a consultant from Dayton, Ohio, said the bill would pass.", "Lee"),
        # words that open a sentence, days and months are never names
        ("Speaking to reporters, Jane Roe said the bill would pass.", "Roe"),
        ("During Tuesday's hearing, Jane Roe said the bill would pass.", "Roe"),
        ("Roe on Wednesday said the bill would pass.", "Roe"),
    ],
)
def test_names_with_tags(text, expected):
    kind, words = speaker(text)
    assert kind == "name" and words.split()[-1] == expected


def test_a_description_with_a_party_is_not_a_name():
    assert speaker("The levy will pass, the Vermont Democrat said.") == ("definite", "the Vermont Democrat")


def test_a_place_is_never_a_speaker():
    assert speaker("South Dakota said the bill would pass.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Ada Quill, legal director for the rights group Fairway Alliance, said the bill would pass.",
        "Ada Quill, who lives outside the state capital, Sacramento, said the bill would pass.",
        "Ada Quill, a nurse from Medbourne, Ore., who has two children, told lawmakers the bill would pass.",
        "But Ada Quill, deputy director of Fairway Alliance, which wrote the report, said the bill would pass.",
        "Ada Quill, who founded Fairway Alliance, a rights group, said the bill would pass.",
        "Ada Quill, research director for the Fairway Institute, a policy group, said the bill would pass.",
        # an adverb before the verb, after an apposition too long to read back through
        "Ada Quill, executive director of Fairway Nurses United, a union that has backed the governor and that has sent "
        "its members across the state to canvass for him, also said the bill would pass.",
        # "of" a town and its state: the person, not the state
        "Ada Quill of Tolvik, Ore., said the bill would pass.",
        "Another delegate, Ada Quill of Tolvik, Ore., said the bill would pass.",
    ],
)
def test_a_long_apposition_passes_to_the_name(text):
    assert speaker(text) == ("name", "Ada Quill")


def test_two_bodies_in_one_name_are_not_two_speakers():
    assert speaker("The Rail and Harbor departments said the depot would close.") != ("name", "Rail")


def test_a_name_in_an_earlier_clause_is_not_the_speaker():
    assert speaker("When Ada Quill, the mayor, arrived, Tom Dahlby, a farmer, said the bill would pass.") == ("name", "Tom Dahlby")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("\u201cWe are anxious,\u201d said another forum user, Ida Brunow.", "Ida Brunow"),
        ("\u201cIt was never meant to be,\u201d said former Gov. Bill Quarry of Ohio, a Democrat.", "Bill Quarry"),
        ("\u201cIt was never meant to be,\u201d said Rye College historian Ida Brunow.", "Ida Brunow"),
        ("\u201cIf they were serious, they would act,\u201d Brunow fumed on Tuesday.", "Brunow"),
    ],
)
def test_forward_person_after_a_quote(text, expected):
    assert speaker(text) == ("name", expected)


def test_an_opening_participle_is_not_a_name():
    parsed = parse(split([Paragraph("s", 0, "Recalling the old depot, Tomas Vordak smiled.")])[0])
    assert parsed.names == ("Tomas Vordak",) and parsed.subject == "Tomas Vordak"


def roles(text):
    return parse(split([Paragraph("s", 0, text)])[0]).roles


@pytest.mark.parametrize(
    "text,expected",
    [
        # spokesperson_role: whom the spokesperson speaks for, before or after the name, title left out
        ('Mayor Dunlo\'s spokeswoman, Pia Landa, said: "The road will reopen."', "spokeswoman for Dunlo"),
        ("Ivo Pask, Dunlo's spokesman, said the road would reopen.", "spokesman for Dunlo"),
        ("The transport minister's spokesman, Ivo Pask, said the road would reopen.", "spokesman for the transport minister"),
        # description_after_verb: the plain words between an inverted verb and the name
        ('"We will not move," said retired ferryman Edda Lusby, who has lived here for years.', "retired ferryman"),
        ('"We will not move," said local shopkeeper Omar Reis.', "local shopkeeper"),
    ],
)
def test_roles_of_spokespeople_and_descriptions(text, expected):
    assert expected in {role for _, role in roles(text)}


@pytest.mark.parametrize(
    "text",
    [
        '"We will not move," said Omar Reis.',
        '"We will not move," Omar Reis said, and the ferryman agreed.',
        "Ivo Pask, a spokesman, said the road would reopen.",
    ],
)
def test_no_spokesperson_or_description_where_none_is_given(text):
    assert not {role for _, role in roles(text) if " for " in role or role.startswith(("retired", "local"))}


@pytest.mark.parametrize(
    "text,owner",
    [
        # spokesperson_says: the spokesperson speaks for whoever follows "for", lower case too
        ("A spokesman for the harbour board said the depot would close.", "harbour board"),
        ('"The depot will close," said a spokeswoman for the porters\' union.', "porters' union"),
        ('"The depot will close," a spokeswoman for Mayor Tessa Koll said.', "Mayor Tessa Koll"),
    ],
)
def test_a_spokesperson_for_someone(text, owner):
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    assert parsed.speaker.kind == "possessive" and parsed.speaker.head.startswith("spokes") and parsed.speaker.owner == owner


def test_who_speaks_to_a_spokesperson_is_not_one():
    assert speaker("Tomas Vordak told a spokesman for the harbour board the depot would close.") == ("name", "Tomas Vordak")


@pytest.mark.parametrize(
    "text,names",
    [
        # a dateline and an acronym are never a person's name
        ("WASHINGTON (AP) \u2014 Donald Vell said the depot would close.", ("Donald Vell",)),
        ("NORTHFIELD, Minn. \u2014 Rallying his supporters, Tomas Vordak said the depot would close.", ("Tomas Vordak",)),
        ("Tomas Vordak met the NCLB panel.", ("Tomas Vordak",)),
        # nor a people, a party or an adjective of place
        ("Iranians and Ohio-based farmers met Tomas Vordak.", ("Tomas Vordak",)),
        # a town before a state's abbreviation is a place; the abbreviation's letters without its full stop open a given name
        ("Vordak, Mo Vandt and Ines Tallo met in Kelso, Mo., on Monday.", ("Vordak", "Mo Vandt", "Ines Tallo")),
    ],
)
def test_names_a_sentence_mentions(text, names):
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    assert parsed.names == names and parsed.subject == names[0]


@pytest.mark.parametrize(
    "text,name,role",
    [
        # described_before: a description that opens its clause, then the name set off after it
        ("A ferry union spokesman, Nils Arvo, said the boats would stay in port.", "Nils Arvo", "ferry union spokesman"),
        ("The boats will stay in port, said a harbour board spokeswoman, Ines Tallo.", "Ines Tallo", "harbour board spokeswoman"),
        ("A spokesman for the ferry union, Nils Arvo, said the boats would stay in port.", "Nils Arvo", "spokesman for the ferry union"),
        ("The ferry union's district secretary, Nils Arvo, said the boats would stay.", "Nils Arvo", "the ferry union's district secretary"),
        ("Quenmore's campaign manager, Nils Arvo, said the count was fair.", "Nils Arvo", "Quenmore's campaign manager"),
        ("The current ferry union leader, Nils Arvo, said the boats would stay.", "Nils Arvo", "ferry union leader"),
        # apposition_after: a role after the name kept whole, with the body it belongs to
        ("Ines Tallo, district secretary of the Allied Porters' Union, said the boats would stay.", "Ines Tallo", "district secretary of the Allied Porters' Union"),
        ("Ines Tallo, the union's district secretary, said the boats would stay.", "Ines Tallo", "the union's district secretary"),
        ("Ines Tallo, newly elected chair of the harbour board, said the boats would stay.", "Ines Tallo", "newly elected chair of the harbour board"),
    ],
)
def test_a_description_set_off_beside_a_name_is_the_persons_role(text, name, role):
    assert (name, role) in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "He thanked the ferrymen, Nils Arvo said.",  # the description is the object of another verb
        "As a ferryman, Nils Arvo said the boats would stay.",  # "as": a capacity, not an apposition
        "The new timetable, Nils Arvo said, was a mistake.",  # no person described
        "Ines Tallo, Nils Arvo and a ferryman said the boats would stay.",  # a list of people
    ],
)
def test_no_role_where_nothing_describes_the_name(text):
    assert roles(text) == ()


def test_the_name_after_an_inverted_verb_and_a_description_speaks():
    assert speaker('"We stay in port," said a ferry union spokesman, Nils Arvo.') == ("name", "Nils Arvo")
    assert speaker('"We stay in port," said a spokeswoman for the ferry union.')[0] == "possessive"


def test_a_body_word_ends_an_organisations_name_not_a_persons():
    parsed = parse(split([Paragraph("s", 0, "Ines Tallo, district secretary of the Allied Porters' Union, said no.")])[0])
    assert parsed.names == ("Ines Tallo",) and parsed.orgs == ("Allied Porters' Union",)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title before a name set off after a description is that person's name, not an apposition
        ("The leader of the Green group on the council, Councillor Ana Dahlby, said the vote was lost.", ("name", "Councillor Ana Dahlby")),
        ("The chair of the board, Dr Ivo Dan, said the vote was lost.", ("name", "Dr Ivo Dan")),
        ("Jo Roe, Chief Executive Officer, said the vote was lost.", ("name", "Jo Roe")),
        ("Ivo Dan, 49, a navy veteran who now works for the Air Force, said the vote was lost.", ("name", "Ivo Dan")),
        # an unnamed group that opens the sentence, described by a phrase that names a place, is the group
        ("Building firms trading in Marrowby say the new limit will slow every delivery.", ("described", "building firms")),
        ("Nurses at Marrowby General say the new limit will slow every ambulance.", ("described", "nurses at Marrowby General")),
        ("Ana Dahlby of Marrowby said the new limit will slow every fare.", ("name", "Ana Dahlby")),
        # a plural owner inside a capitalised body's name does not end it
        ("The Coastal Porters' Union said the offer was too low.", ("body", "Coastal Porters' Union")),
        ("The Coastal Porters' Union has said it will fight any loss of posts.", ("body", "Coastal Porters' Union")),
        ("The union's lawyer said the offer was too low.", ("possessive", "union's lawyer")),
        # "and" after the first word of a body's name "the" opens joins the name ("the X and District ... Trust")
        ("The Tolvik and District Health Trust said it will charge for parking.", ("body", "Tolvik and District Health Trust")),
        # a statement, post or letter after a preposition is where someone's words were printed, not who spoke
        ('He hit back in a letter posted on his blog: "It is a tax on the poor."', None),
        ("A statement posted on the website said the fares would rise.", ("described", "a statement")),
    ],
)
def test_bodies_groups_and_statements(text, expected):
    assert speaker(text) == expected


def test_a_body_named_with_and_is_one_body_and_no_person():
    parsed = parse(split([Paragraph("s", 0, "The Tolvik and District Health Trust will charge for parking.")])[0])
    assert parsed.orgs == ("Tolvik and District Health Trust",) and parsed.names == () and parsed.subject is None
    assert parse(split([Paragraph("s", 0, "Jo Roe and Tolvik Council met.")])[0]).orgs == ("Tolvik Council",)
    assert parse(split([Paragraph("s", 0, "The Tolvik Council and Quenmore Water Board met.")])[0]).orgs == ("Tolvik Council", "Quenmore Water Board")
