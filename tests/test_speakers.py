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


def test_office_with_no_holder_stays_a_description_not_the_last_person_named():
    r = read("Priya Nair opened the clinic on Monday.", "The minister said the waiting lists would fall.")
    assert r.speakers[1] == "the minister"
    r = read("Mayor Lin Obi spoke on Monday.", "The governor said the bill was dead.")
    assert r.speakers[1] == "the governor"


def test_office_named_in_other_words_points_to_its_holder():
    r = read("Priya Nair, the health secretary, opened the clinic.", "The minister said the waiting lists would fall.")
    assert r.speakers[1] == "Priya Nair"
    r = read("Rep. Kip Arno spoke on Monday.", "The congressman said the bill was dead.")
    assert r.speakers[1] == "Kip Arno"
    r = read("Congresswoman Ana Ruiz spoke on Monday.", "The representative said the bill was dead.")
    assert r.speakers[1] == "Ana Ruiz"
    r = read("Sen. Mara Dell spoke on Monday.", "The lawmaker said the bill was dead.")
    assert r.speakers[1] == "Mara Dell"


def test_office_goes_to_the_holder_last_spoken_of():
    r = read("Sen. Mara Dell spoke first.", "Sen. Kip Arno replied.", "Then Lin Obi, a farmer, stood up.", "The senator said the bill was dead.")
    assert r.speakers[3] == "Kip Arno"


def test_office_given_by_an_opening_description_points_to_the_person_it_resolved_to():
    r = read("A Green councillor has criticised the car park.", "June Okafor says the land should be a park.", "Ivo Pell disagreed.", "The councillor said the vote was rushed.")
    assert r.speakers[3] == "June Okafor"


def test_office_given_after_a_copula_points_to_its_holder():
    r = read("Lin Obi has become the first Green mayor of the town.", "Ivo Pell, a farmer, disagreed.", "The mayor said the market would stay.")
    assert r.speakers[2] == "Lin Obi"


def test_backbencher_is_an_mp():
    r = read("Tom Ash, a Labour MP, spoke on Monday.", "The backbencher said the vote was rushed.")
    assert r.speakers[1] == "Tom Ash"


def test_a_question_put_to_someone_is_not_theirs_and_the_answer_is():
    r = read("Mayor Lin Obi took questions on Monday.", 'Obi was asked: "Will the market close?"', '"No. The market stays where it is."')
    assert r.speakers[1:] == (None, "Lin Obi")
    r = read("Mayor Lin Obi took questions on Monday.", 'She was asked: "Will the market close?"', '"No, it stays," she said.')
    assert r.speakers[1:] == (None, "Lin Obi")


def test_a_question_reported_without_quotes_is_not_the_answer():
    r = read("Mayor Lin Obi took questions on Monday.", "Obi was asked whether the market would close.", "She said it would stay.")
    assert r.speakers[1:] == (None, "Lin Obi")


def test_a_question_goes_to_the_asker_named_after_by():
    r = read("Mayor Lin Obi took questions on Monday.", 'Obi was asked by Ivo Pell: "Will the market close?"')
    assert r.speakers[1] == "Ivo Pell"
    r = read("Mayor Lin Obi took questions on Monday.", "Obi was asked by radio host Ivo Pell whether the market would close.")
    assert r.speakers[1] == "Ivo Pell"


def test_the_answer_in_the_same_sentence_as_the_question_stays_theirs():
    r = read("Mayor Lin Obi took questions on Monday.", "Asked whether the market would close, Obi said it would stay.")
    assert r.speakers[1] == "Lin Obi"
    r = read("Mayor Lin Obi took questions on Monday.", "Obi was asked if the market would close and said it would stay.")
    assert r.speakers[1] == "Lin Obi"
    r = read("Mayor Lin Obi took questions on Monday.", 'Obi, who was asked about the market, said: "It stays."')
    assert r.speakers[1] == "Lin Obi"
