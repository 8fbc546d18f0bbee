"""Words taken for a speaker that name no one who speaks: a document is
its author's words, a law or a part of one never speaks, a lone common
noun capitalised at a sentence's start is no name (the group or body it
describes, or no one). Sentences written for
the test (one paragraph per string)."""

import pytest
from conftest import speakers

from briefing.mention_words import org_names
from briefing.model import Paragraph, Sentence
from briefing.role_choice import choose_roles
from briefing.saying import parse
from briefing.sentence_tokens import tokens
from briefing.sentences import split
from briefing.speaker_check import checked
from briefing.speakers import Article, Corpus


def read(*paragraphs):
    parsed = [parse(s) for s in split([Paragraph("s", i, t) for i, t in enumerate(paragraphs)])]
    return Article(parsed, Corpus.build([parsed])).read()


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # a document or a post: its author speaks
        (("Councillor Runa Vesk wrote to the mayor on Friday.", "Vesk's letter said the bridge was \"a danger to every child in Altmoor.\""), "Runa Vesk"),
        # a law, or a part of one, is cited, never a speaker
        (("\"Every citizen may carry a lantern after dark,\" the Ninth Amendment of the Ostland charter says.",), None),
        (("The Harbour Safety Act says every ferry must carry two pilots.",), None),
        # a noun of a body that no body is called by alone is the body it describes, not a name
        (("Organization said the rally would go ahead.",), "the organization"),
        # the plural of a role noun is a group, printed in lower case
        (("Nurses said the ward was full.",), "nurses"),
        (("Unions said the offer was too low.",), "unions"),
        # a recording shows what happened: the words in it are those of the people it shows
        (("The dashcam footage shows the lorry crossing the median.",), None),
        (('According to the footage, "the ferry never slowed down."',), None),
        (("According to the CCTV recording, the van left the depot at nine.",), None),
        (("The bodycam video said nothing about the stop.",), None),
        # a report, a study, a poll or a record has authors who publish it: by design an unnamed source
        (("The report said the pier was beyond repair.",), "the report"),
        (("The data suggest that ferry use has fallen by a fifth.",), "the data"),
        # a name that ends in a recording's noun is a body's
        (("Harbour Video said the footage was genuine.",), "Harbour Video"),
    ],
)
def test_a_speaker_that_names_no_one_who_speaks_is_left_out(paragraphs, speaker):
    assert read(*paragraphs).speakers[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # a body's noun after "the" when the sources name no such body: a description, not a name "Company"
        (("The company said the plant would close.",), "the company"),
        (("The board said the repairs could not wait.",), "the board"),
        # a description reaching back from its head stops at a word that opens a clause
        (("She moved to Tolvik, where local farmers say the soil is poor.",), "local farmers"),
        (("The plan stalled although farmers said it was fair.",), "farmers"),
        (("The toll was approved by the Assembly, whose members said it was fair.",), "members"),
        # a word that opens a clause heads no subject, and a relative clause's subject is no source
        (("In the school where both claim to have studied, Ana Berg said the toll was fair.",), "Ana Berg"),
        (("The depot was sold to Ivo Trell, whom county news reports describe as the mayor's nephew.",), None),
    ],
)
def test_an_unnamed_source_is_described_by_its_own_phrase_alone(paragraphs, speaker):
    assert read(*paragraphs).speakers[-1] == speaker


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Edda Quill's statement", "Edda Quill"),
        ("the Voss brothers' letter", "the Voss brothers"),
        ("the mayor's", "the mayor"),
        ("Edda Quill's campaign", "Edda Quill's campaign"),  # a campaign speaks for its candidate: a body, kept
        ("O'Dare", "O'Dare"),
        ("Congress", "Congress"),  # a body called by its noun alone
        ("officials", "officials"),
        ("Fourth Amendment", None),
        ("Critics", "critics"),
        ("Times", "Times"),  # a newspaper called by its last word
        ("Interview", None),
    ],
)
def test_the_check_keeps_people_bodies_and_groups(name, expected):
    assert checked(name, frozenset()) == expected


def test_a_word_the_sources_never_capitalise_inside_a_sentence_is_no_name_alone():
    assert checked("Overnight", frozenset({"overnight"})) is None
    assert checked("Ilse Overnight", frozenset({"overnight"})) == "Ilse Overnight"


def test_a_role_is_a_description_not_a_title_an_aside_or_an_owner():
    pairs = [
        ("Runa Vesk", "(Ms)"), ("Runa Vesk", "Ms"), ("Runa Vesk", "(should step down at once"),
        ("Runa Vesk", "mayor's"), ("Runa Vesk", "councillor for Altmoor"),
        ("Ivo Brant", "(Mr)"),
    ]
    assert choose_roles(pairs) == (("Runa Vesk", "councillor for Altmoor"),)


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        # a place inside "in ..." is never the verb's subject: the group in it is
        ("Stallholders in Varnholm say the square will empty when the post office shuts.", "stallholders in Varnholm"),
        ("The dockworkers in Kestral Bay said the harbour was silting up.", "the dockworkers in Kestral Bay"),
        # figures, data and records are where a number comes from, not who speaks
        ("Rents in Dornwick rose by a tenth last year, according to city figures.", None),
        ("Burglaries fell by a third, according to the data.", None),
        # a formal title before a name (AP Stylebook: "sheriff") is no part of the name, nor is a loaded word before it
        ("Embattled Sheriff Dale Brandt said the county jail was full.", "Dale Brandt"),
        # a record whose keeper is named is the keeper's
        ("Burglaries fell by a third, according to figures released by the Harbour Police.", "Harbour Police"),
    ],
)
def test_a_place_or_a_record_is_not_the_speaker(sentence, speaker):
    assert read(sentence).speakers[-1] == speaker


def test_an_outlets_loaded_adjective_is_not_part_of_a_role():
    pairs = [("Ada Voss", "Furious mum"), ("Bo Lind", "a heartbroken dad of two"), ("Cy Mott", "local builder"), ("Di Arne", "Grand Master")]
    assert choose_roles(pairs) == (("Ada Voss", "mum"), ("Bo Lind", "a dad of two"), ("Cy Mott", "local builder"), ("Di Arne", "Grand Master"))


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # an adverb particle opening a sentence is no name ("Up in the polls, ...")
        (("Down in the count, Selka Brun changed course, saying the fees would be cut.",), None),
        (("Up on the stage, Selka Brun spoke first.", "\"We will cut the fees,\" she said."), "Selka Brun"),
        # near case: a surname that begins with a particle's letters is a name
        (("Ivo Upton said the fees would be cut.",), "Ivo Upton"),
        # a state set off after a town is the town's, never a person
        (("A farmer who lives near Kelso, Ore., wrote to the board.",), None),
        (("The mayor of Tarnby, Mont., said the fees were fair.",), "the mayor"),
        # ... also a state's traditional abbreviation (Chicago Manual of Style) and its USPS code
        (("A farmer from Kelso, Tex., wrote to the board.",), "a farmer"),
        (("A farmer in Selwick, DC, wrote to the board.",), "a farmer"),
        # near case: the same letters that open a name are a name
        (("Tex Rimmer said the fees were fair.",), "Tex Rimmer"),
        # the town before such a state is a place: the reply it introduces is no one's named
        (("One reader who works near Kelso, Tex., sent this reply:", '"The fees are unfair and the bridge is late."'), None),
        # near case: a person named before the same words introduces their words
        (("Ivo Dan, who works near Kelso, sent this reply:", '"The fees are unfair and the bridge is late."'), "Ivo Dan"),
        # a person's role before a preposition and the phrase it governs: the role's holder, not the phrase
        (("The treasurer of a pro-ferry campaign said the fees were unfair.",), "the treasurer of a pro-ferry campaign"),
        (("The chairman of the board said the fees were unfair.",), "the chairman of the board"),
        (("The trust's chief planner on the bypass said the fees were unfair.",), "trust's chief planner on the bypass"),
        # near cases: the person the article gives the role, and such a description set off after a name
        (("Board chairman Ivo Dan opened the plant.", "The chairman of the board said the fees were unfair."), "Ivo Dan"),
        (("Ivo Dan, the trust's rival for the lease, said the fees were unfair.",), "Ivo Dan"),
        # near case: a name set off after a town's office is the holder's
        (("The mayor of Tarnby, Ivo Dan, said the fees were fair.",), "Ivo Dan"),
        # a passive participle after the noun of a description: the person it was done to does not speak
        (("Ivo Dan was the third official charged in the port inquiry.",), None),
        (("Selka Brun was the only candidate asked about the fees.",), None),
        # near cases: the same verb with its subject before it, or not after "be", is saying
        (("Selka Brun charged that the fees were a sham.",), "Selka Brun"),
        (("The third man charged that the inquiry was a sham.",), "the third man"),
        # a body's office no one is named to keeps its words: a chief executive is no executive
        (("The mill's chief executive said sales had doubled.",), "mill's chief executive"),
        (("The mill's spokesman said sales had doubled.",), "mill's spokesperson"),
        # a body's office: the one person the article gives it speaks
        (("Dora Velt, the bakery's chief executive, opened the plant.", "The bakery's chief executive said sales had doubled."), "Dora Velt"),
        # two people hold it: neither
        (
            ("Dora Velt, the bakery's chief executive, met Ivo Dan, the bakery's chief executive, last year.", "The bakery's chief executive said sales had doubled."),
            "bakery's chief executive",
        ),
    ],
)
def test_who_speaks_past_words_that_name_no_speaker(paragraphs, speaker):
    assert read(*paragraphs).speakers[-1] == speaker


def test_a_bodys_name_ends_before_a_day_or_a_month():
    found = {
        # a day or a month after a body's name is when it acted, no part of the name
        "The appeal may fail, judging by the hearing before the Marrow Appeals Court Thursday.": ("Marrow Appeals Court",),
        "The vote of the Kelso Harbour Board March was close.": ("Kelso Harbour Board",),
        # near cases: a capitalised word after a body's word that is no day or month stays in the name
        "The appeal went before the Marrow Appeals Court Board.": ("Marrow Appeals Court Board",),
        "The Tenants Alliance Against Eviction said the fees were unfair.": ("Tenants Alliance Against Eviction",),
        # near case: a day with a capitalised word after it is within the name
        "The Kelso Friday Market Trust said the fees were unfair.": ("Kelso Friday Market Trust",),
    }
    assert {text: org_names(tokens(Sentence("s", 0, 0, text, ()))) for text in found} == found


@pytest.mark.parametrize(
    "paragraphs,last_two",
    [
        # "for a" or "of the" and a capital after a body's word go on the body's name: the body speaks, its end is no person
        (("Ivo Dan spoke first.", "The Council for a Fairer Tolvik Budget said fees would rise.", '"It is late," he said.'), ("Council for a Fairer Tolvik Budget", "Ivo Dan")),
        (("Ivo Dan spoke first.", "The Trust for an Open Kelby Shore said fees would rise.", '"It is late," he said.'), ("Trust for an Open Kelby Shore", "Ivo Dan")),
        # near cases: a day after "for a" is when, not a name's part; "of the" went on a body's name before
        (("Ivo Dan spoke first.", "The bill went to the Senate for a Tuesday vote, Jo Roe said."), (None, "Jo Roe")),
        (("Ivo Dan spoke first.", "The Office of the Surveyor said fees would rise.", '"It is late," he said.'), ("Office of the Surveyor", "Ivo Dan")),
    ],
)
def test_a_body_for_a_cause_is_one_name(paragraphs, last_two):
    assert speakers(*paragraphs)[-2:] == last_two


def test_a_thing_asked_of_a_body_is_no_part_of_its_name():
    # "for a" and capitals go on a body's name only where they end the phrase: a noun after them is the thing asked for
    found = {
        "The union asked the City Council for a Kelby Road study.": ("City Council", "Kelby Road"),
        "Ivo Dan asked the Board for a Kelby audit on Monday.": (),
        "She left the Council for a Tolvik Airways job.": (),
        "Lawyers petitioned the Appeals Court for a Writ of review.": ("Appeals Court",),
        "The Council for a Fairer Tolvik Budget opposed the levy.": ("Council for a Fairer Tolvik Budget",),
        "Ivo Dan, who chairs the Trust for an Open Kelby Shore, spoke.": ("Trust for an Open Kelby Shore",),
    }
    assert {text: org_names(tokens(Sentence("s", 0, 0, text, ()))) for text in found} == found
