"""The article-level rules of ``briefing.speakers``, each on sentences
written for the test (one paragraph per argument)."""

from briefing.model import Paragraph
from briefing.saying import parse
from briefing.sentences import split
from briefing.speakers import Article, Corpus, described, framing_name, is_description


def read(*paragraphs):
    """The ``Resolved`` speakers of one article made of ``paragraphs``."""
    parsed = [parse(s) for s in split([Paragraph("s", i, t) for i, t in enumerate(paragraphs)])]
    return Article(parsed, Corpus.build([parsed])).read()


def test_short_form_and_pronoun_go_to_the_full_name():
    r = read("Health secretary Priya Nair announced the plan.", "Ms Nair said the lists would fall.", "She added that more beds would open.")
    assert r.speakers[1:] == ("Priya Nair", "Priya Nair")
    assert ("Priya Nair", "Health secretary") in r.roles


def test_it_is_the_organisation_last_named():
    r = read("The Harlow Canoe Club opened a new shed.", "It said the shed cost too much.")
    assert r.speakers[1] == "Harlow Canoe Club"


def test_they_is_the_group_that_spoke_a_few_sentences_before():
    r = read("Its members said the offer was too low.", "Tom Ash, the manager, sat down.", "They said the talks would start soon.")
    assert r.speakers[2] == "its members"


def test_possessive_is_the_owners_spokesperson_not_the_owner():
    r = read("Councillor Tobias Wren, a Green, spoke first.", "His spokesman said the vote was lost.")
    assert r.speakers[1] == "Tobias Wren's spokesperson"


def test_description_by_party_and_state_points_to_the_one_it_describes():
    r = read("Sen. Mara Dell, R-Ore., spoke on Monday.", "Then Sen. Kip Arno, D-Ohio, spoke.", "The Oregon Republican said the bill was dead.")
    assert r.speakers[2] == "Mara Dell"


def test_description_by_party_with_no_one_fitting_stays_a_description():
    r = read("Sen. Kip Arno, D-Ohio, spoke.", "The Idaho Republican said the bill was dead.")
    assert r.speakers[1] == "the Idaho Republican"


def test_opening_indefinite_description_waits_for_the_name_that_follows():
    r = read("A Green councillor has criticised the car park.", "June Okafor says the land should have been a park.")
    assert r.speakers == ("June Okafor", "June Okafor")
    assert ("June Okafor", "Green councillor") in r.roles


def test_indefinite_description_with_no_name_after_it_stays_a_description():
    r = read("A former official said the files were lost.", "The inquiry will report in May.")
    assert r.speakers[0] == "a former official"


def test_sentence_ending_in_a_colon_introduces_the_quote_after_it():
    r = read("Anna Berg issued the following statement:", '"We will appeal the ruling at once."')
    assert r.speakers == (None, "Anna Berg")


def test_reaction_before_a_bare_quote_introduces_its_speaker():
    r = read('Anna Berg was furious. "It will never pay."')
    assert r.speakers[1] == "Anna Berg"


def test_bare_quote_continues_the_last_quote_a_few_sentences_back():
    r = read('"We will win," Jo Roe said.', "The hall fell silent.", '"We will not give up."')
    assert r.speakers[2] == "Jo Roe"


def test_name_in_the_frame_of_a_quote_without_a_verb_of_saying():
    parsed = parse(split([Paragraph("s", 0, 'Jo Roe shrugged: "It is not my decision."')])[0])
    assert framing_name(parsed, parsed.subject) == "Jo Roe"


def test_descriptions_are_lower_case_and_never_names():
    assert described("A former official") == "a former official"
    assert is_description("a former official") and not is_description("Jo Roe")
