"""How a speaker's role is read beside their name (``briefing.roles``), each
on a sentence written for the test: fictional people, places and bodies."""

import pytest
from conftest import briefing_of

from briefing.model import Paragraph
from briefing.resolver import ordinary_words
from briefing.role_choice import capitalised_words, choose_roles
from briefing.saying import parse
from briefing.sentences import split

QUOTE = '"We lose money every week."'


def roles(text):
    """The (name, role) pairs one sentence prints."""
    return set(parse(split([Paragraph("s", 0, text)])[0]).roles)


@pytest.mark.parametrize(
    "text,name,role",
    [
        # a relative clause of what the person does is kept whole; "who is a ..." reads as the noun
        (f"Nessa Quill, who runs a bakery on the harbour, said: {QUOTE}", "Nessa Quill", "who runs a bakery on the harbour"),
        (f"Orla Penrule, who chaired the review, said: {QUOTE}", "Orla Penrule", "who chaired the review"),
        (f"Orla Penrule, who is a retired welder, said: {QUOTE}", "Orla Penrule", "retired welder"),
        (f"Orla Penrule, 24, who has driven a bus for six years, said: {QUOTE}", "Orla Penrule", "who has driven a bus for six years"),
        # a long apposition with a role noun, whole
        (f"Orla Penrule, transport spokeswoman for the opposition group on Quenmore County Council, said: {QUOTE}",
         "Orla Penrule", "transport spokeswoman for the opposition group on Quenmore County Council"),
        # a possessive pronoun's noun set off before the name: the noun, no owner guessed
        (f"His brother, Tomas Greig, said: {QUOTE}", "Tomas Greig", "brother"),
        (f"Its chief executive, Tomas Greig, said: {QUOTE}", "Tomas Greig", "chief executive"),
        (f"Her cousin, Dara Fernleigh, a lorry driver, said: {QUOTE}", "Dara Fernleigh", "cousin"),
        (f"Her cousin, Dara Fernleigh, a lorry driver, said: {QUOTE}", "Dara Fernleigh", "lorry driver"),
        # an office with its department before a full name: the office whole
        (f"Secretary of State Ana Dahlby said: {QUOTE}", "Ana Dahlby", "secretary of state"),
        (f"Director of Port Safety Ana J. Dahlby said: {QUOTE}", "Ana J. Dahlby", "director of port safety"),
        # lower-case words opening the sentence before a name describe the person, whatever the noun
        (f"Local plumber Gideon Harte said: {QUOTE}", "Gideon Harte", "Local plumber"),
        (f"Mother of two Elsa Marrick said: {QUOTE}", "Elsa Marrick", "Mother of two"),
        (f"Former bus driver Elsa Marrick said: {QUOTE}", "Elsa Marrick", "Former bus driver"),
        # an indefinite apposition after an inverted verb, whatever the noun
        (f'{QUOTE[:-2]}," said Gideon Harte, a welder from Quenmore.', "Gideon Harte", "welder from Quenmore"),
        # two indefinite descriptions joined by "and", whatever the nouns: both, whole
        (f"Ilka Borrow, a net mender and keeper of the Quay Anglers Club, said: {QUOTE}",
         "Ilka Borrow", "net mender and keeper of the Quay Anglers Club"),
        (f"Ilka Borrow, a grandmother and a keen cyclist, said: {QUOTE}", "Ilka Borrow", "grandmother and a keen cyclist"),
        (f'{QUOTE[:-2]}," said Gideon Harte, a baker from Quenmore and Kelby.', "Gideon Harte", "baker from Quenmore and Kelby"),
        # "of" a body: a member of it, printed so the same-body rule reads the body after "of"
        (f"Gideon Harte, of the Riders' Guild, said: {QUOTE}", "Gideon Harte", "member of the Riders' Guild"),
        (f"Gideon Harte, of the Tram Drivers Union, said: {QUOTE}", "Gideon Harte", "member of the Tram Drivers Union"),
        # an abbreviation keeps its full stops, in a name and in a role
        (f'{QUOTE[:-2]}," said Amos Q. Vendry, a U.S. Senate candidate.', "Amos Q. Vendry", "U.S. Senate candidate"),
        # in a list of people with roles, a semicolon ends one person's role
        ("The board heard from Orla Penrule, the former tax commissioner; Tomas Greig, the deputy head of the port; and Ann Roe.",
         "Orla Penrule", "former tax commissioner"),
        ("The board heard from Orla Penrule, the former tax commissioner; Tomas Greig, the deputy head of the port; and Ann Roe.",
         "Tomas Greig", "deputy head of the port"),
        # whom a person works for stays in the role, for placement to carry the principal's side
        (f'{QUOTE[:-2]}," said Gideon Harte, campaign manager for Ilka Borrow.', "Gideon Harte", "campaign manager for Ilka Borrow"),
        (f'{QUOTE[:-2]}," said Gideon Harte, press secretary to Ilka Borrow.', "Gideon Harte", "press secretary to Ilka Borrow"),
        (f'{QUOTE[:-2]}," said Borrow\'s spokesman Gideon Harte.', "Gideon Harte", "spokesman for Borrow"),
    ],
)
def test_a_role_printed_beside_a_name(text, name, role):
    assert (name, role) in roles(text)


def test_both_after_one_name_opens_the_next_of_a_list_not_that_persons_role():
    listed = f"The toll lost backers such as Mira Pask, both former harbour wardens and the town’s 2019 candidate, Ivo Brand, who said: {QUOTE}"
    assert not any(role.startswith("both") for _, role in roles(listed))
    assert ("Mira Pask", "retired welder") in roles(f"Mira Pask, a retired welder, said: {QUOTE}")


@pytest.mark.parametrize(
    "text",
    [
        # openings of time or manner, a clause of being asked or of saying, a time after "a", a place after "of"
        "Last week Gideon Harte said the pay offer was far too low.",
        "Visibly angry Gideon Harte said the pay offer was far too low.",
        "Speaking afterwards Gideon Harte said the pay offer was far too low.",
        f"Gideon Harte, who was asked about the vote, said: {QUOTE}",
        f"Gideon Harte, who says the plan is wrong, added: {QUOTE}",
        f"Gideon Harte, who has asked the council for a meeting, said: {QUOTE}",
        f"Gideon Harte, 15, said: {QUOTE}",
        f"Gideon Harte, who, in the end, said: {QUOTE}",
        f"Gideon Harte, who has, said: {QUOTE}",
        f'{QUOTE[:-2]}," said Gideon Harte, a day after the vote.',
        f'{QUOTE[:-2]}," said Gideon Harte, a day later and a mile away.',
        f"Gideon Harte, a baker and his wife, said: {QUOTE}",
        f"Gideon Harte, of the Netherlands, said: {QUOTE}",
        # a possessive pronoun's noun before a name the verb follows is the thing said about, not the person
        'His plan, Gideon Harte said, is "a waste of money for everyone".',
    ],
)
def test_no_role_where_the_words_describe_no_one(text):
    assert not {role for name, role in roles(text) if name == "Gideon Harte"}


def test_a_noun_describes_a_person_before_a_clause_does():
    chosen = dict(choose_roles([("Orla Penrule", "who led the harbour review for seven years"), ("Orla Penrule", "professor")]))
    assert chosen["Orla Penrule"] == "professor"
    assert dict(choose_roles([("Orla Penrule", "who led the harbour review")]))["Orla Penrule"] == "who led the harbour review"


def test_a_plural_possessive_body_keeps_its_apostrophe(make_articles):
    folder = make_articles({"a.txt": "Harbour trade has fallen this year.\nThe Couriers' union said the pay offer was far too low."})
    assert {blk.speaker for blk in briefing_of(folder).blocks if blk.speaker} == {"Couriers' union"}


def test_words_before_an_office_are_not_read_apart_from_it():
    assert "Harbour party" not in {role for _, role in roles(f"Harbour party MP Lena Vosk said: {QUOTE}")}
    assert ("Lena Vosk", "Marine biologist") in roles(f"Marine biologist Dr Lena Vosk said: {QUOTE}")


def speakers_and_roles(make_articles, files):
    b = briefing_of(make_articles(files))
    return {blk.speaker for blk in b.blocks if blk.kind == "quote"}, dict(b.roles)


def test_a_common_noun_opening_a_sentence_before_a_full_name_is_a_label(make_articles):
    said = '"The bus comes twice a day," said one pensioner on the quay.\nPensioner Gideon Harte said: "I cannot get to the clinic."'
    speakers, found = speakers_and_roles(make_articles, {"a.txt": said})
    assert "Gideon Harte" in speakers and found["Gideon Harte"] == "pensioner"


def test_a_noun_of_people_before_a_full_name_is_a_label_though_never_printed_in_lower_case(make_articles):
    said = ('Plumber Ivo Sandell said: "The new pipes burst within a week."\n'
            'Weaver Tamsin Loame said: "We had no water for days."\n'
            'Mayor Bea Vennick said: "The contractor will pay for the repairs."')
    speakers, found = speakers_and_roles(make_articles, {"a.txt": said})
    assert {"Ivo Sandell", "Tamsin Loame", "Bea Vennick"} <= speakers
    assert found["Ivo Sandell"] == "plumber" and found["Tamsin Loame"] == "weaver"
    assert found["Bea Vennick"] == "mayor"  # a title stays a title, as before


@pytest.mark.parametrize(
    "said,speaker",
    [
        # opening a two-word name elsewhere, the word is a given name
        ('Dean Corwell said: "The pipes burst."\nDean Corwell Askel said: "We had no water."', "Dean Corwell Askel"),
        # an initial after it: a given name and a middle initial
        ('Hunter B. Morlan said: "We had no water for days."', "Hunter B. Morlan"),
    ],
)
def test_a_noun_of_people_that_is_a_given_name_stays_in_the_name(make_articles, said, speaker):
    assert speaker in speakers_and_roles(make_articles, {"a.txt": said})[0]


@pytest.mark.parametrize(
    "files,speakers",
    [
        # a word before a full name printed elsewhere: one person
        ({"a.txt": 'Cabbie Gideon Harte said: "I cannot get to the clinic."', "b.txt": 'Gideon Harte said: "The fares are too high."'},
         {"Gideon Harte"}),
        # a three-word name with no sign of a label stays whole
        ({"a.txt": 'Ada Mae Tull said: "I cannot get to the clinic."'}, {"Ada Mae Tull"}),
    ],
)
def test_a_first_word_is_a_label_only_on_evidence(make_articles, files, speakers):
    assert speakers_and_roles(make_articles, files)[0] == speakers


def test_a_body_named_in_a_clause_does_not_make_its_head_the_body(make_articles):
    said = "Gwen Pardoe, who heads the dockers union, spoke on Monday.\nThe union said the plan was wrong."
    b = briefing_of(make_articles({"a.txt": said}))
    assert {blk.speaker for blk in b.blocks if blk.speaker} == {"the union"}
    assert dict(b.roles)["Gwen Pardoe"] == "who heads the dockers union"


def test_a_role_capitalised_only_before_a_name_or_to_open_a_sentence_is_printed_in_lower_case():
    # common: words the sources print in lower case and capitalise inside a sentence only in a title before a name
    common = {"harbour", "opposition", "majority"}
    pairs = [("Orla Penrule", "Harbour master"), ("Ivo Dan", "Chief Constable"), ("Ada Lux", "Tory leader"), ("Bo Rasmer", "Opposition MP"), ("Cy Moll", "Senate Majority Leader")]
    chosen = dict(choose_roles(pairs, common))
    assert chosen == {"Orla Penrule": "harbour master", "Ivo Dan": "chief constable", "Ada Lux": "Tory leader", "Bo Rasmer": "opposition MP", "Cy Moll": "Senate Majority Leader"}


def test_a_party_is_a_name_not_a_title_word():
    # "Republican" is a party member's word for a role ("the Ohio Republican said"), but a party's name
    assert "republican" in capitalised_words(["The vote split the Republican caucus, and Republican Sen. Ada Lux said no."]).names
    assert "chief" not in capitalised_words(["The vote was close, said Chief Constable Bo Rasmer."]).names


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_ordinary():
    # the scan for names' words also finds every word capitalised inside a sentence, titles' too
    found = capitalised_words(["Hours later, the pier shut.", "The ferry ran for hours, and Tarbeck Mills said so.", "Mills opened, said Chief Constable Orla Penrule."])
    assert ordinary_words(frozenset({"hours", "mills", "later", "chief"}), found.inside) == {"hours", "later"}
    assert "tarbeck" in found.names and "chief" not in found.names  # a title before a name says nothing of its words


def test_the_sources_say_which_words_of_a_title_are_names(make_articles):
    said = (
        "Chief Planning Officer Ivo Dunlo said the depot would close.\n"
        "Cattle farmer Orla Penrule said the lane was too narrow for cattle trucks.\n"
        "Most of the Senate backs the depot, and Senate Majority Leader Ada Lux said it was needed.\n"
        "Glenwater MP Tom Sabin said the depot was too small.\n"
        "Ostrup Borough Council's cabinet approved it, and the council will pay.\n"
        "Council leader Ivo Mern said the depot would open in May.\n"
    )
    roles = dict(briefing_of(make_articles({"a.txt": said})).roles)
    assert roles["Ivo Dunlo"] == "chief planning officer"
    assert roles["Orla Penrule"] == "cattle farmer"  # "cattle" is printed in lower case too
    assert roles["Ada Lux"].startswith("Senate ")  # "Senate" is capitalised where no name follows: a name
    assert roles["Tom Sabin"] == "Glenwater MP"  # never printed in lower case: perhaps a name, kept
    assert roles["Ivo Mern"] == "council leader"  # capitalised only as the kind a longer name ends in


def test_a_title_after_the_noun_it_heads_is_kept_whole(make_articles):
    # "union President Ivo Mern": the lower-case noun before the title is part of the role
    roles = dict(briefing_of(make_articles({"a.txt": 'The offer was "an insult to every porter," said union President Ivo Mern.\n'})).roles)
    assert roles["Ivo Mern"] == "union president"
    # a person's role before a title is a role of its own, not the title's ("nominee Gov. Ada Lux")
    roles = dict(briefing_of(make_articles({"b.txt": "Liberal leadership nominee Gov. Ada Lux said the depot would close.\n"})).roles)
    assert roles["Ada Lux"] == "Liberal leadership nominee"


def test_a_role_set_off_after_a_name_may_open_with_a_possessive(make_articles):
    said = "Ivo Mern, Ostrup's chief planning officer, said the depot would close.\n" '"It will not reopen," said Ada Lux, the harbour board\'s lawyer.\n'
    roles = dict(briefing_of(make_articles({"a.txt": said})).roles)
    assert roles["Ivo Mern"] == "Ostrup's chief planning officer"
    assert roles["Ada Lux"] == "the harbour board's lawyer"
