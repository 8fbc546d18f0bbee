"""Each form of saying (briefing.saying), on sentences written for the test."""

import pytest
from conftest import speaker

from briefing.model import Paragraph
from briefing.saying_verbs import BELIEF
from briefing.sentences import split


@pytest.mark.parametrize(
    "text,expected",
    [
        # subject_says: a name before the verb, with a day, "that", adverbs or an apposition between
        ("Tomas Vordak said Tuesday that the depot would close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak has said repeatedly the depot would close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak argued that the depot should close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak told reporters the depot would close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak, a planner, for example, said the depot would close.", ("name", "Tomas Vordak")),
        # subject_says: a verb group that carries the verb of saying, a progressive, a plural present
        ("Tomas Vordak continues to insist that the depot will close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak went on to say the depot would close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak is insisting the depot will close.", ("name", "Tomas Vordak")),
        ("Freight analysts warn the depot will close.", ("described", "freight analysts")),
        # chain_start: the occasion of saying between the subject and its verb
        ("Ines Moll in a blog post said the depot would close.", ("name", "Ines Moll")),
        ("The council in a letter to residents said the depot would close.", ("body", "council")),
        # first_conjunct: of two subjects, the first heads the subject
        ("Tomas Vordak and Ines Moll said the depot would close.", ("name", "Tomas Vordak")),
        ("Vordak and others said the depot would close.", ("name", "Vordak")),
        ("He and Ines Moll said the depot would close.", ("pronoun", "He")),
        ("Both Vordak and Moll said the depot would close.", ("name", "Vordak")),
        ("Vordak and his neighbours on the eastern side of the valley said the road would flood.", ("name", "Vordak")),
        ('"The road will flood," Tomas Vordak and Ines Moll wrote.', ("name", "Tomas Vordak")),
        # a full name, then "of" and the body it works for
        ("Ines Moll of the Harbour Institute for Coastal Studies said the road would flood.", ("name", "Ines Moll")),
        ("The Bank of Eastwyke said the road would flood.", ("body", "Bank of Eastwyke")),
        # ... and the place they, or the body they work at, are in
        ("Ines Moll of Liberty Chapel in Ohio said the road would flood.", ("name", "Ines Moll")),
        ("Ines Moll from Ohio said the road would flood.", ("name", "Ines Moll")),
        # modified_group: a group described by a clause or phrase before its verb
        ("Senior planners who have seen the figures argue the depot will close.", ("described", "senior planners")),
        ("Farmers hoping for rain say the harvest will be late.", ("described", "farmers")),
        # clause_subject: a quantifier, a number or a possessive opens the subject instead of an article
        ("Some families said they were forced to pay the toll.", ("described", "some families")),
        ("But several ferrymen said they were forced to pay the toll.", ("described", "several ferrymen")),
        ("One Tolvik delegate said he gave away his passes.", ("described", "one Tolvik delegate")),
        ("Each side said the other was to blame for the closure.", ("described", "each side")),
        ("Vordak was also headed to Quenmore, her cousin said.", ("described", "her cousin")),
        ("Some say the toll is unfair.", None),
        ("Another eight depots, with 83 staff, have split shifts.", None),
        ("Riders use four of five depots, but all five depots states its own fares.", None),
        ("Some may recall other deals that soured.", None),
        ("Most said the toll is unfair.", None),
        # ... not the object of a preposition, and after a possessive only before a verb no noun shares
        ("Wealthy donors in both parties said the toll was fair.", ("described", "wealthy donors")),
        ("Two hours after his first tweet, Vordak posted a map of the depot.", ("name", "Vordak")),
        ("Her odd comments on the depot speak to its cost, said Tomas Vordak, a planner.", ("name", "Tomas Vordak")),
        ('His view, plainly stated at the hearing, was that "the depot must close."', None),
        # modified_group: a phrase that ends on a noun that never speaks ("the speech", "a rally") still
        # describes the group; phrases of place joined by "and" are one description, not two clauses
        ("Organisers of the bid to move the rally said they expected delays.", ("described", "organisers")),
        ("Harbour officials in Tolvik and in Quenmore say the depot is unsafe.", ("described", "harbour officials")),
        ("The plan that some say will fail was passed.", None),
        # a word in -ly after a determiner or a possessive is a noun, not an adverb before the verb
        ("The assembly said the depot would close.", ("body", "assembly")),
        # ... also with a hyphenated modifier between ("a pro-union rally"): the role before it speaks
        ("The leader of a pro-harbour assembly said the depot would close.", ("definite", "The leader of a pro-harbour assembly")),
        # near case: an adverb in -ly after a name set off with its description
        ("Ines Moll, a Tolvik-based planner, publicly said the depot would close.", ("name", "Ines Moll")),
        # a pronoun's clitic "'s" or "'re" is "is" or "are" before a participle of saying
        ("She's telling neighbours that the depot will close.", ("pronoun", "She's")),
        ("They’re arguing that the depot must close.", ("pronoun", "They’re")),
        # near case: a possessive before the same word is a noun's
        ("His telling of the story was odd.", None),
        ("A harbour official familiar with the rally said the crowd was peaceful.",
         ("described", "a harbour official familiar with the rally")),
        # qualified_source: up to three words between the article and the role of one unnamed person
        ("A senior harbour safety official familiar with the inquiry said the depot was unsafe.",
         ("described", "a senior harbour safety official familiar with the inquiry")),
        # those_described: "those" and what its people know, a participle or a relative clause
        ("Those close to the mayor say she will not back down.", ("described", "those close to the mayor")),
        ("In May, those polled said the depot was unsafe.", ("described", "those polled")),
        ("Those who know the harbour say the depot is unsafe.", ("described", "those who know the harbour")),
        ("Those who said so were wrong.", None),
        ("Those near the depot worked late.", None),
        # a party tag in brackets between a name and its apposition
        ("Tomas Vordak (R-Idaho), a longtime ferry captain, said the depot was too small.", ("name", "Tomas Vordak")),
        ("Tomas Vordak (D), who chairs the board, said the depot would close.", ("name", "Tomas Vordak")),
        # skip_back: an aside set off by dashes between the subject and its verb
        ("Ines Moll — who chaired the board for three years — states that the depot was a mistake.", ("name", "Ines Moll")),
        ("Ines Moll — after a long pause — told reporters that she had no regrets.", ("name", "Ines Moll")),
        ("Harbor economists — and some Tolvik pilots — warn the depot is unsafe.", ("described", "harbor economists")),
        ("The depot — Tomas Vordak said — will close in May.", ("name", "Tomas Vordak")),
        # "by" and an -ing form after the verb is how the subject spoke, not a passive's agent
        ("Tomas Vordak responded by citing the cost of the depot.", ("name", "Tomas Vordak")),
        # coordinated_verb: ", then" joins a second verb of the subject; an adverb set off opens no name
        ("Ines Moll nodded, then explained that the depot would close.", ("name", "Ines Moll")),
        ("Privately, Ines Moll backs the plan and says it will work.", ("name", "Ines Moll")),
        # clause_subject: a hyphenated head
        ("The mayoral front-runner predicted on Friday that the depot would close.",
         ("described", "the mayoral front-runner")),
        ("Most riders backed the depot, and two-thirds said the ferry was late.", None),
        # _agent: the agent of a passive verb of saying, named right after "by", said it
        ("The depot closure was first reported by the Harbor Gazette.", ("body", "Harbor Gazette")),
        ("Ines Moll has been criticized by Tomas Vordak for the delay.", ("name", "Tomas Vordak")),
        ("The timetable was announced by the transport minister on Monday.", ("described", "the transport minister")),
        ("The depot was closed by the council.", None),
        # after a short opening phrase, the phrase set off by commas is the subject, not an apposition
        ("Last month, the harbour master, a former pilot, said that the depot was unsafe.",
         ("described", "the harbour master")),
        ("In a statement, the Harbor Trust, a charity, said that the depot was unsafe.", ("body", "Harbor Trust")),
        ("On Monday the Harbor Trust said that the depot was unsafe.", ("body", "Harbor Trust")),  # not "Monday the ..."
        # ... and with no comma after the day, the subject before its apposition is the speaker, not the apposition
        ("On Monday the Harbor Trust, a charity, said that the depot was unsafe.", ("body", "Harbor Trust")),
        ("Last month the trust, a charity based in Altmoor, said that the depot was unsafe.", ("body", "trust")),
        # ... but not a phrase that opens with a preposition, nor a subordinate clause
        ("On Monday, during a stop at the depot, now renamed Pask Yard, the candidate boasted of her record.",
         ("definite", "the candidate")),
        ("As many harbour experts, including Ivo Pask, have pointed out, the depot is too old.",
         ("described", "many harbour experts")),
        # the other forms of listed verbs of saying, and manner-of-speaking verbs
        ("Ines Moll repeated that the depot was unsafe.", ("name", "Ines Moll")),
        ("Ines Moll sued the board on Monday, demanding that the depot close.", ("name", "Ines Moll")),
        ("The harbour pilots chanted that the depot must stay open.", ("described", "the harbour pilots")),
        ("The demanding job wore Ines Moll down.", None),
        # a verb of talking with what was talked about reports speech; with whom or where, not
        ("Ines Moll spoke of the gloom in the harbour towns.", ("name", "Ines Moll")),
        ("Every week, Ines Moll talked at length about the toll.", ("name", "Ines Moll")),
        ("Ines Moll was talking about the toll when the lights failed.", ("name", "Ines Moll")),
        ("Ines Moll spoke to reporters on Monday.", None),
        ("Ines Moll talked with the mayor for an hour.", None),
        ("Ines Moll was spoken of as a candidate.", None),  # a passive: she is what was talked about
        ("Trade talks about the toll stalled.", None),  # "talks" as a noun
        ("People who spoke about the toll were angry.", None),
        # ... and in a comment clause opened by "as", before or after what it reports
        ("As reported by the Harbor Gazette, the depot lost money for six years.", ("body", "Harbor Gazette")),
        ("The depot lost money for six years, as first reported by Ines Moll.", ("name", "Ines Moll")),
        ("The depot, as described by Ines Moll, is a ruin.", ("name", "Ines Moll")),
        ("Costs such as reported by the board were not audited.", None),  # "such as" is no comment clause
        ("As the Harbor Gazette reported, the depot lost money.", ("body", "Harbor Gazette")),  # not "As the Harbor Gazette"
        # a place after "in" (a person or body is in a place) and a town before "D.C." are not the speaker
        ("Ines Moll of the Harbor Chapel in Tolvik said the depot would close.", ("name", "Ines Moll")),
        ("One ferry pilot, Tomas Vordak of Washington, D.C., explained that the depot was too small.", ("name", "Tomas Vordak")),
        # skip_back: an adjunct of time or an emphatic pronoun between the subject and its verb
        ("Tomas Vordak has long said that the depot will close.", ("name", "Tomas Vordak")),
        ("The depot, Ines Moll often says, is the oldest in the county.", ("name", "Ines Moll")),
        ("The clerk first said he did not recall the letter.", ("described", "the clerk")),
        ("The Fairhaven Rail Company itself said the deal was off.", ("body", "Fairhaven Rail Company")),
        ("The plan came first, said Ines Moll.", ("name", "Ines Moll")),
        ("The Tolvik Ferry Company this week announced it would cut fares.", ("body", "Tolvik Ferry Company")),
        ("Ivo Pask, the depot chief, this past week announced a new timetable.", ("name", "Ivo Pask")),
        ("Ines Moll last month told reporters the depot would close.", ("name", "Ines Moll")),
        # a pronoun with a clitic ("he's", "they've") is the subject
        ("He's said the depot will close.", ("pronoun", "He's")),
        ("While she’d said the depot would close, the board kept it open.", ("pronoun", "she’d")),
        # plain_form_cue: the plain form of a verb of saying that is also a noun, where only a verb stands
        ("Harbour pilots note that the depot is old.", ("described", "harbour pilots")),
        ("Residents charge that the depot is unsafe.", ("described", "residents")),
        ("The charge that the depot is unsafe was denied.", None),
        ("A worthy opposition would demand more force from the mayor.", None),
        ("His promise to close the depot was broken.", None),
        # an adverbial phrase set off between the subject and the verb describes the saying, not the speaker
        ("The mayor, without giving details, said the depot would close.", ("definite", "The mayor")),
        ("The mayor, after a long pause, said the depot would close.", ("definite", "The mayor")),
        # the passive of a verb of telling: its subject heard it, and no one is named as the speaker
        ("Depot staff were told on Monday that the depot would close.", None),
        ("Ana Roe was warned the depot would close.", None),
        ("Ana Roe was asked about the depot and said it would close.", ("name", "Ana Roe")),
        # clause_subject: one plural word right before the verb, after a clause boundary
        ("If fares keep rising, forecasters say the depot will close.", ("described", "forecasters")),
        ("The depot is unsafe, forecasters say.", ("described", "forecasters")),
        ("Over ten years, deficits would add up to more than the council had predicted.", ("body", "council")),
        # described_after: an unnamed source ends the sentence after an inverted verb
        ("The harbour may be busier than ever, said several observers.", ("described", "several observers")),
        ("The harbour is busy, said some families.", ("described", "some families")),
        ("The harbour is busy, said experts.", ("described", "experts")),
        ("The harbour is busy, said privately.", None),
        # subject_says, inverted and trailing
        ("The depot will close in May, Tomas Vordak said.", ("name", "Tomas Vordak")),
        ("The depot will close in May, said Tomas Vordak, a planner at the agency.", ("name", "Tomas Vordak")),
        ("The depot will close in May, the local paper reported.", ("described", "the local paper")),
        # trailing_source: a source named in the last clause is the source of the whole sentence
        ("In Lisbon, organizers added 160 stewards along the route, the Harbor Gazette reported.", ("body", "Harbor Gazette")),
        ("Two delegates separately pledged to back the mayor, according to Vordak.", ("name", "Vordak")),
        ("The group called for boycotts, according to the Fairway Institute, which monitors campaigns.",
         ("body", "Fairway Institute")),
        # ... but an outlet or body named there only relays the words of a person whose own verb of saying comes first
        ("Ines Moll told the council the depot would close in May, the Harbor Gazette reported.", ("name", "Ines Moll")),
        ("Tomas Vordak says the depot is safe, according to the Harbor Gazette.", ("name", "Tomas Vordak")),
        ("The council says the depot is safe, according to the Harbor Gazette.", ("body", "Harbor Gazette")),
        # ... and not a clause that only reports what someone else said
        ("Vordak told the council that the depot would close, a move critics said would hurt riders.", ("name", "Vordak")),
        ("Ines Moll, whose son is at the school, said she had already complained to the governors.", ("name", "Ines Moll")),
        # an opening subordinate clause: the main clause's verb of saying names the speaker, unless it is a pronoun
        ("While Ines Moll pledged to work with both parties, Tomas Vordak insisted that the depot must close.",
         ("name", "Tomas Vordak")),
        ("Although Tomas Vordak was not charged, he has accused the mayor of lying.", ("name", "Tomas Vordak")),
        ("When Ines Moll said the depot was safe, the crowd cheered.", ("name", "Ines Moll")),
        # ... also after an adverb that premodifies the subordinator
        ("Shortly after Ines Moll was declared the winner, Tomas Vordak told the crowd that he would win.",
         ("name", "Tomas Vordak")),
        ("Soon after Ines Moll spoke, Tomas Vordak insisted that the depot must close.", ("name", "Tomas Vordak")),
        # one person described twice before the name is not two subjects
        ("Green candidate and former surgeon Ines Moll responded on Sunday to claims that she had exaggerated.",
         ("name", "Ines Moll")),
        # the person that closes the clause, past an outlet's possessive or role words before the name
        ("The vote will not change the result, noted the Gazette’s Ines Moll.", ("name", "Ines Moll")),
        ("According to local historian Ines Moll, the depot is older than the town.", ("name", "Ines Moll")),
        # ... but not a clause after the verb that ends on a name
        ("Ines Moll, facing a hard race in the valley, said he would welcome Vordak.", ("name", "Ines Moll")),
        # subject_says: an unnamed source stays a description
        ("The depot will close in May, experts said.", ("described", "experts")),
        ("Several transit planners said the depot would close.", ("described", "several transit planners")),
        ("One senior official said the depot would close.", ("described", "one senior official")),
        ("The depot will close, another Green councillor said.", ("described", "another Green councillor")),
        # according_to
        ("According to Tomas Vordak, the depot will close.", ("name", "Tomas Vordak")),
        ("The depot will close, according to a report by the Harbor Transit Authority.", ("body", "Harbor Transit Authority")),
        ("The depot will close, according to a new survey.", ("described", "a new survey")),
        ("The depot will close, according to people familiar with the plans.", ("described", "people familiar with the plans")),
        ("The depot will close, according to two people briefed on the talks.", ("described", "two people briefed on the talks")),
        # cited_source: whatever "according to" governs is the source, cut where a participle phrase opens
        ("Turnout fell in the valley, according to early returns.", ("described", "early returns")),
        ("According to the minutes, the clerk did not reply at once.", ("described", "the minutes")),
        ("Vordak trained as a welder, according to his biography.", ("described", "his biography")),
        ("According to the timetable published Friday, the depot closes in May.", ("described", "the timetable")),
        ("The depot lost money, according to ledgers unearthed in the archive.", ("described", "ledgers")),
        ("The depot will close, according to a leading planner.", ("described", "a leading planner")),
        ("He left Tolvik when, according to him, the depot closed.", ("pronoun", "him")),
        ("The depot will close, according to some.", None),
        ("The mayor said no, according to an account she gave to the Tolvik Gazette.", ("described", "an account")),
        ("According to recent polling, the depot is popular.", ("described", "recent polling")),
        ("Residents say the depot should stay open.", ("described", "residents")),
        # group_of: an unnamed group and the phrase that says which
        ("Experts on rail freight said the depot would close.", ("described", "experts on rail freight")),
        ("Aides to the mayor say the depot will close.", ("described", "aides to the mayor")),
        # the plural of a person's role is such a group too, never the place or body after it
        ("Nurses at the depot say it will close.", ("described", "nurses at the depot")),
        ("Teachers in Brennmoor say the depot will close.", ("described", "teachers in Brennmoor")),
        # one unnamed source, and what they know: the whole description, never the noun at its end
        ("A person familiar with the talks said the depot would close.", ("described", "a person familiar with the talks")),
        ("A source close to the mayor said the depot would close.", ("described", "a source close to the mayor")),
        ("An aide to the mayor said the depot would close.", ("described", "an aide to the mayor")),
        ("The depot will close, a person briefed on the plan said.", ("described", "a person briefed on the plan")),
        ('"The depot will close," said an official familiar with the plan.', ("described", "an official familiar with the plan")),
        ("A study by Ann Roe and Bo Ray of Tolvik University said the depot would close.", ("described", "a study by Ann Roe and Bo Ray")),
        # one unnamed person described by a relative clause: the person, not a name before it
        ("A nurse who has seen the ward said the depot would close.", ("described", "a nurse")),
        ("Jo Roe, a nurse who has seen the ward, said the depot would close.", ("name", "Jo Roe")),
        ("Roe convened senior staff for a meeting to say the depot will close.", None),
        # ... also when that clause says why the source is not named (the AP Stylebook's reason for
        # anonymity): its verb of saying reports no one else's words; the speaker is the description without it
        ("A senior official who asked not to be named said the depot would close.", ("described", "a senior official")),
        # set off by commas too: a description for good, not one that waits for a name to follow
        ("A senior official, who asked not to be named, said the depot would close.", ("described", "a senior official")),
        ("Two officials, who asked not to be named, said the depot would close.", ("described", "two officials")),
        ("Several aides, who spoke on condition of anonymity, said the depot would close.", ("described", "several aides")),
        ("An aide, who was not authorised to speak publicly, said the mayor was tired.", ("described", "an aide")),
        ("The depot will close, said a nurse who didn’t want to speak on the record.", ("described", "a nurse")),
        ("An aide who spoke on condition of anonymity told reporters the depot would close.", ("described", "an aide")),
        ("Two nurses who asked not to be identified said the depot would close.", ("described", "two nurses")),
        ("The depot will close, said a senior official who asked not to be named.", ("described", "a senior official")),
        ("The depot will close, said two aides, who spoke on condition of anonymity.", ("described", "two aides")),
        ("The depot will close, according to a regulator who requested anonymity.", ("described", "a regulator")),
        ("A nurse, who has seen the ward, said the depot would close.", ("indefinite", "A nurse")),
        # ... but a clause that reports someone else's words gives no speaker, and a name stays the name
        ("An aide who said the mayor was tired told reporters the depot would close.", None),
        ("Jo Roe, who asked not to be named, said the depot would close.", ("name", "Jo Roe")),
        ("Jo Roe, who said publicly that the depot was unsafe, resigned on Monday.", ("name", "Jo Roe")),
        ("The depot will close, said Jo Roe, who spoke on condition of anonymity.", ("name", "Jo Roe")),
        # a phrase with a verb or a clause in it is no description of the speaker
        ("A report by porters who saw the plan said the depot would close.", ("described", "a report")),
        ("Porters shot by the guard said the depot would close.", None),
        ("More porters voted for Roe than for Ray, officials said.", ("body", "officials")),
        # but a second verb of the sentence's subject is not the group's
        ("The mayor met porters at the depot and said it would close.", ("definite", "The mayor")),
        # a body named with "of" before the role word: the whole body
        ("A Department of Harbours spokesman said the depot would close.", ("possessive", "A Department of Harbours spokesman")),
        # a spokesperson for a body or a person, described through them
        ("A spokeswoman for the Harbor Transit Authority said the depot would close.",
         ("possessive", "A spokeswoman for the Harbor Transit Authority")),
        # a person, not the body the person works at
        ("Tomas Vordak of the Harbor Transit Authority said the depot would close.", ("name", "Tomas Vordak")),
        # statement_from
        ("A statement from Dalgren Rail said the depot was safe.", ("name", "Dalgren Rail")),
        # participle_clause, coordinated_verb, partial_quote: the subject of the sentence speaks
        ("Tomas Vordak toured the depot on Monday, saying it would close.", ("name", "Tomas Vordak")),
        ("Tomas Vordak toured the depot and said it would close.", ("name", "Tomas Vordak")),
        # ... and a verb of saying after the participle is part of what they said
        ('Tomas Vordak hit back, saying the depot was safe and adding that he and Moll agreed on "the whole timetable".',
         ("name", "Tomas Vordak")),
        ('Tomas Vordak called the plan "a quiet disaster for riders".', ("name", "Tomas Vordak")),
        ('On Monday, she called the plan "a quiet disaster for riders".', ("pronoun", "she")),
    ],
)
def test_forms_of_saying(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Vordak believes the depot will close.",
        "Tomas Vordak wants the depot to close.",
        "Tomas Vordak hopes the depot will stay open.",
        "Tomas Vordak fears the depot will close.",
        "Some said the depot would close.",
        "Thirty percent said the depot should close.",
        "A survey found 40 per cent of riders use the depot.",
        "When the letter from Dalgren Rail arrived, nobody was surprised.",
        "Councillors in the valley passed a plan that some say will fail.",
    ],
)
def test_not_saying(text):
    assert speaker(text) is None


def test_belief_verbs_are_never_cues():
    assert {"believes", "thinks", "wants", "hopes", "fears", "knows"} <= BELIEF


def test_coordinated_verb_after_an_adverb():
    assert speaker("The judge rubbed his chin, and then said the case was closed.") == ("definite", "The judge")


def test_it_said_is_the_organisation():
    assert speaker("It said the depot would close in May.") == ("pronoun", "It")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cement makers argue that imports grew.", ("described", "cement makers")),
        ("The bill says the depot must close.", ("described", "the bill")),
    ],
)
def test_clause_subject(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize("text", ["In the past said nothing.", "She walked back his remarks and said nothing more than that."])
def test_clause_subject_is_never_a_time_or_a_possessive(text):
    found = speaker(text)
    assert found is None or found[1] not in {"the past", "walked back his"}


def test_the_speakers_of_a_relative_clause_are_its_subject_not_the_noun_it_describes():
    assert speaker("The county passed a longer version which critics said would raise tolls.") == ("body", "critics")
    assert speaker("A plan that campaigners said would close the pool was dropped.") == ("body", "campaigners")


def test_cue_rules_fire_only_at_cue_words():
    """``speaker_in`` tries the cue rules only at ``CUE_WORDS``: on every
    word of the hand-written corpus and of this module's forms of saying
    (where a new rule's sentences come first), a rule that finds a speaker
    does so at one of them (a rule with a new kind of cue word needs it listed)."""
    from pathlib import Path

    from briefing import clean, readers
    from briefing.cue_rules import CUE_RULES, CUE_WORDS
    from briefing.sentence_tokens import tokens

    folders = sorted(str(p) for p in (Path(__file__).parent / "corpus").iterdir() if p.is_dir())
    forms = [text for mark in test_forms_of_saying.pytestmark if mark.name == "parametrize" for text, _ in mark.args[1]]
    articles = [clean.clean(source).paragraphs for source in readers.load(folders).sources]
    articles += [[Paragraph("s", 0, text)] for text in forms]
    fired = 0
    for paragraphs in articles:
        for sentence in split(paragraphs):
            toks = tokens(sentence)
            for i, tok in enumerate(toks):
                found = [rule.__name__ for rule in CUE_RULES if tok.quote < 0 and rule(toks, i) is not None]
                assert not found or tok.low in CUE_WORDS, (sentence.text, tok.text, found)
                fired += bool(found)
    assert fired > 100
