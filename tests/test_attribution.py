"""Attribution rules, each on text written for the test."""

import pytest
from conftest import blocks_with, briefing_of, speaker_of


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        ('Maria Lopez, the council leader, said: "We will fix the roads this year."', "fix the roads this year", "Maria Lopez"),
        ('"We will fix the roads this year," Maria Lopez said.', "fix the roads this year", "Maria Lopez"),
        ('"We will fix the roads this year", said Maria Lopez.', "fix the roads this year", "Maria Lopez"),
        ('Maria Lopez told the Evening Lantern: "We will fix the roads this year."', "fix the roads this year", "Maria Lopez"),
        ("Maria Lopez wrote on X: \u201cWe will fix the roads this year.\u201d", "fix the roads this year", "Maria Lopez"),
        ('According to Maria Lopez, "the roads will be fixed within the year."', "roads will be fixed within the year", "Maria Lopez"),
    ],
)
def test_direct_quote_forms(make_articles, body, words, speaker):
    folder = make_articles({"a.txt": "Roads in the borough are in a poor state.\n" + body})
    assert speaker_of(folder, words) == (speaker, "quote")


def test_short_forms_pronouns_and_descriptions_resolve_to_one_name(make_articles):
    folder = make_articles(
        {
            "a.txt": (
                "Health secretary Priya Pillard announced the plan on Monday.\n"
                'Ms Pillard said: "Waiting lists will fall by spring."\n'
                'She added: "Nobody should wait a year for an operation."\n'
                'The minister later told reporters: "We have the money to do it."'
            ),
            "b.txt": 'Dr Owen Hask, who chairs the doctors\u2019 union, said the plan was "a gimmick".\n'
            '"Waiting lists will not fall by spring," Dr Hask said.',
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "Waiting lists will fall by spring")[0].speaker == "Priya Pillard"
    assert blocks_with(b, "Nobody should wait a year")[0].speaker == "Priya Pillard"
    assert blocks_with(b, "We have the money to do it")[0].speaker == "Priya Pillard"
    assert blocks_with(b, "Waiting lists will not fall by spring")[0].speaker == "Owen Hask"
    assert dict(b.roles)["Priya Pillard"] == "Health secretary"


def test_unbalanced_quote_marks_do_not_crash(make_articles):
    folder = make_articles({"a.txt": 'He said: "this never closes.\nShe replied ” odd mark here.\n"""\n"'})
    assert briefing_of(folder).blocks


def test_narrative_kinds(make_articles):
    folder = make_articles(
        {
            "a.txt": (
                "The bridge closed on Tuesday for repairs.\n"
                "A survey found 62 per cent of drivers use it daily.\n"
                "Frankly, this shameful neglect should never have been allowed.\n"
                "We believe the council has failed residents."
            )
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "bridge closed on Tuesday")[0].kind == "event"
    assert blocks_with(b, "62 per cent of drivers")[0].kind == "statistic"
    assert blocks_with(b, "shameful neglect")[0].kind == "commentary"
    assert blocks_with(b, "council has failed residents")[0].kind == "commentary"


def test_no_10_is_not_a_figure(make_articles):
    folder = make_articles({"a.txt": "The adviser left No 10 in 2021 after a row over strategy."})
    assert blocks_with(briefing_of(folder), "left No 10")[0].kind == "event"


def test_each_quote_keeps_its_own_speaker_in_one_sentence(make_articles):
    folder = make_articles(
        {
            "a.txt": '"We will win the vote on Monday," said Jo Bell, but Sam Ray replied: "We will not let that happen."\n'
            '"Yes," said Ann Lee, "no," said Bob Frain.\n'
            '"The first half of the plan is sound," she said, "but the second half needs work."'
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "We will win the vote")[0].speaker == "Jo Bell"
    assert blocks_with(b, "We will not let that happen")[0].speaker == "Sam Ray"
    assert [x.speaker for x in b.blocks if x.text in ("Yes", "no")] == ["Ann Lee", "Bob Frain"]
    assert blocks_with(b, "the second half needs work")[0].kind == "quote"


def test_quotes_of_a_sentence_without_a_speaker_are_not_joined(make_articles):
    folder = make_articles({"a.txt": 'They said: "Yes," and then: "No."'})
    texts = [x.text for x in briefing_of(folder).blocks]
    assert "Yes, No." not in texts and "Yes" in texts and "No." in texts


def test_organisations_speak_under_one_name(make_articles):
    folder = make_articles(
        {
            "a.txt": "The Moorland Farmers' Alliance met on Monday.\n"
            '"This quota will ruin family farms across the moors," the alliance said in a statement.',
            "b.txt": "Telvane Therapeutics Inc. said on Tuesday that prices would not rise this year.\n"
            'Sen. Maria Oriza (D-Ore.) said: "We will keep asking until we get an answer."',
            "c.txt": "The Moorland Farmers’ Alliance said the deal would ruin family farms.",
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "ruin family farms across the moors")[0].speaker == "Moorland Farmers' Alliance"
    assert blocks_with(b, "the deal would ruin family farms")[0].speaker == "Moorland Farmers' Alliance"
    assert blocks_with(b, "prices would not rise this year")[0].speaker == "Telvane Therapeutics"
    assert blocks_with(b, "We will keep asking")[0].speaker == "Maria Oriza"


@pytest.mark.parametrize("opening,club", [("Tolvik FC agreed a new lease on Monday.", "Tolvik FC"), ("Fans met on Monday.", "the club")])
@pytest.mark.parametrize(
    "said",
    [
        "In a statement, the club said the new stand would open in May.",
        "On Friday, the club said the new stand would open in May.",
        "The club said in a statement that the new stand would open in May.",
        "The new stand would open in May, the club said in a statement.",
    ],
)
def test_the_club_is_no_supporters_trust_named_after_it(make_articles, opening, club, said):
    # "the club" points back to an organisation of that kind: "Tolvik FC" is a club,
    # "Tolvik FC Supporters' Trust" a trust that holds the club's name; with no
    # club named, it stays the club
    trust = "Mara Venn, chair of the Tolvik FC Supporters' Trust, said fans were relieved.\n"
    folder = make_articles({"a.txt": f"{opening}\n{trust}{said}"})
    assert speaker_of(folder, "new stand would open in May")[0] == club


def test_a_question_then_its_asker(make_articles):
    folder = make_articles(
        {
            "a.txt": (
                'Mayor Ines Talbot said: "The depot stays open."\n'
                '"Who will pay for the new roof?" Councillor Bram Ekwueme asked.'
            )
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "Who will pay for the new roof")[0].speaker == "Bram Ekwueme"
    assert not blocks_with(b, "Councillor Bram Ekwueme asked")


def test_one_person_one_name_and_a_job_title_kept_out_of_it(make_articles):
    folder = make_articles(
        {
            "a.txt": (
                "Ecologist Bram Olawunmi said the marsh had lost half its birds in a decade.\n"
                "Hana Q. Pirelli of the Coastal Research Institute said the tides were rising faster than forecast.\n"
                'Jon Avery Jr. said: "My father warned about this marsh forty years ago."'
            ),
            "b.txt": (
                'Hana Pirelli said: "We measured the tides every week for a year."\n'
                'Jon Avery, a retired fisherman, said: "Nobody listened to us back then."\n'
                'Hana Pirelli added: "The sea wall will not hold for long."'
            ),
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "half its birds")[0].speaker == "Bram Olawunmi"
    assert dict(b.roles)["Bram Olawunmi"] == "ecologist"
    assert blocks_with(b, "tides were rising faster")[0].speaker == "Hana Pirelli"
    assert blocks_with(b, "every week for a year")[0].speaker == "Hana Pirelli"
    assert blocks_with(b, "My father warned")[0].speaker == "Jon Avery Jr"
    assert blocks_with(b, "Nobody listened")[0].speaker == "Jon Avery"


def test_a_description_points_back_to_the_last_person_holding_that_role(make_articles):
    folder = make_articles(
        {
            "a.txt": (
                "Senator Ida Marsh toured the flooded valley on Monday.\n"
                "Tom Quill, a farmer, showed the visitors his drowned fields.\n"
                '"This valley needs a flood wall before next winter," the senator said.'
            ),
            "b.txt": "Senator Paul Orrante said the state had no money for new flood walls this year.",
        }
    )
    assert blocks_with(briefing_of(folder), "needs a flood wall")[0].speaker == "Ida Marsh"


@pytest.mark.parametrize(
    "body,speaker",
    [
        ('A spokesman for the Harbor Transit Authority said: "The depot will close in May."', "Harbor Transit Authority's spokesperson"),
        ('A spokeswoman for the ferry workers\' union said: "The depot will close in May."', "ferry workers' union's spokesperson"),
        ('"The depot will close in May," said a spokesman for the county fire service.', "county fire service's spokesperson"),
        # the body named before the role word, "of" inside its name; never the person named next
        ('A Department of Transport spokesman said: "The depot will close in May."', "Department of Transport's spokesperson"),
    ],
)
def test_a_spokesman_for_a_body_speaks_as_its_spokesperson(make_articles, body, speaker):
    folder = make_articles({"a.txt": body + "\nLena Dorsey said the workers would strike."})
    assert speaker_of(folder, "depot will close in May") == (speaker, "quote")


def test_a_second_claim_outside_the_quotation_marks_is_a_statement_of_the_speaker(make_articles):
    folder = make_articles(
        {"a.txt": '"The roof of the depot leaks in every storm," Karin Holby said, adding that the town had no money to fix it.'}
    )
    b = briefing_of(folder)
    assert speaker_of(folder, "leaks in every storm") == ("Karin Holby", "quote")
    claim = blocks_with(b, "no money to fix it")
    assert claim and claim[0].kind == "statement" and claim[0].speaker == "Karin Holby"
    assert "leaks in every storm" not in claim[0].text


def test_a_passage_quoted_after_the_attribution_is_the_speakers_quote_too(make_articles):
    folder = make_articles(
        {
            "a.txt": '"The roof of the depot leaks in every storm," Karin Holby said, adding that '
            '"the buses parked inside it are older than most of the drivers who take them out."\n'
            '"We asked twice," said Ivo Brunow, who called the delay "a scandal."'
        }
    )
    assert speaker_of(folder, "leaks in every storm") == ("Karin Holby", "quote")
    assert speaker_of(folder, "older than most of the drivers") == ("Karin Holby", "quote")
    # A short phrase quoted in passing is not a quote of its own.
    assert not [b for b in briefing_of(folder).blocks if b.kind == "quote" and "scandal" in b.text]


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        ('"We cannot keep patching the sea wall," Corin Abbing shot back.', "keep patching the sea wall", "Corin Abbing"),
        ('"This is the best day the quay has had!" beamed Hal Brenner, a fisherman.', "best day the quay has had", "Hal Brenner"),
        ('Councillor Lena Marsh was unconvinced: "The figures for the wall do not add up."', "figures for the wall do not add up", "Lena Marsh"),
        ('The delay did not surprise engineer Lena Marsh: "Sea walls always cost more than planned."', "Sea walls always cost more", "Lena Marsh"),
        ('"Is the mayor listening? Does anyone on the council care?" reacted Corin Abbing.', "Does anyone on the council care", "Corin Abbing"),
        ('Corin Abbing went on to say, "The quay will be underwater within a decade."', "quay will be underwater within a decade", "Corin Abbing"),
        ('"I cannot tell where the council stands," said undecided Liberal voter Corin Abbing of Marwick.', "cannot tell where the council stands", "Corin Abbing"),
    ],
)
def test_quote_framed_by_a_name_without_a_verb_of_saying(make_articles, body, words, speaker):
    """Whatever the verb ("shot back", "beamed", "was unconvinced"), a name in
    the quotation's frame is its speaker, not the person quoted before."""
    folder = make_articles(
        {"a.txt": 'Mayor Dana Wexfield defended the budget. "The harbour plan is sound," Wexfield said.\n\n' + body}
    )
    assert speaker_of(folder, words) == (speaker, "quote")


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        # a dateline is a place, not the sentence's subject
        ("EL PASO, Texas \u2014 Gov. Ada Quill on Thursday blamed the weather, saying the storm was \u201cthe worst in a generation.\u201d",
         "the worst in a generation", "Ada Quill"),
        # after "told", the name is the one spoken to
        ("\u201cThe plan will pass before the recess,\u201d Ben Ortolan, a close ally of the mayor, told Harbourwire.",
         "plan will pass before the recess", "Ben Ortolan"),
        # a party adjective before a role and a name is not the speaker
        ("Democratic gubernatorial nominee Ada Quill weighed in, saying the plan should pass \u201cwithout any further delay.\u201d",
         "without any further delay", "Ada Quill"),
        # an introductory phrase may hold a place with commas of its own
        ("At a rally in Marwick Falls, N.H., on Monday, Senator Ben Ortolan endorsed Quill, saying she would \u201cmake an outstanding governor.\u201d",
         "make an outstanding governor", "Ben Ortolan"),
        # a word that only opens sentences ("hours" is printed in lower case below) is not a name
        ("Hours later, Ada Quill returned the favour, telling the crowd, \u201cWe owe the fishermen a great deal.\u201d The vote took three hours.",
         "owe the fishermen a great deal", "Ada Quill"),
        ("Ida Brunow chairs the harbour board. The vote took three hours.\n\nHours later, she issued a statement calling on"
         " the council \u201cto rebuild the sea wall before the winter storms.\u201d", "rebuild the sea wall before the winter", "Ida Brunow"),
    ],
)
def test_no_false_names(make_articles, body, words, speaker):
    folder = make_articles({"a.txt": "The harbour vote is due this month.\n\n" + body})
    assert speaker_of(folder, words)[0] == speaker


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        # a long apposition between the name and the verb holds other names
        ('Ivo Brant, a pollster who works with Harbour Watch, a campaign for the quay, said the count was "far closer than anyone expected."',
         "far closer than anyone expected", "Ivo Brant"),
        ('Nora Vantor, editor at large of The Beacon, an influential weekly paper, wrote, "The council has lost its way on the sea wall."',
         "council has lost its way", "Nora Vantor"),
        # a place opening the sentence is not the name that opens the clause
        ("At Fairway Park, where members pay a fortune, Ivo Brant, the club's president, suggested that the losses were \u201cdown to poor management.\u201d",
         "down to poor management", "Ivo Brant"),
        # a cue inside an opening subordinate clause does not attribute what follows
        ('While not everything Vantor says is accurate, Ivo Brant said she is "telling the town what it wants to hear."',
         "telling the town what it wants to hear", "Ivo Brant"),
        ('After Nora Vantor said that the harbour floods at "spring tides," Ivo Brant said: "I do not accept that at all."',
         "I do not accept that at all", "Ivo Brant"),
        ("A fair rent is about $900 a month, according to calculations by Nora Vantor of the Institute of Coastal Studies.",
         "fair rent is about $900 a month", "Nora Vantor"),
        ('In a subsequent tweet, Brant said the board would meet "as soon as the tide allows it."',
         "as soon as the tide allows it", "Ivo Brant"),
        ('When Vantor noted that the wall was old, Brant replied, "Then we will build a new one next spring."',
         "build a new one next spring", "Ivo Brant"),
    ],
)
def test_speaker_is_the_subject_of_the_quotes_own_clause(make_articles, body, words, speaker):
    folder = make_articles({"a.txt": "Ivo Brant and Nora Vantor sit on the harbour board.\n\n" + body})
    assert speaker_of(folder, words)[0] == speaker


def test_a_diminutive_and_the_full_given_name_are_one_person(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Robert Tannery, the harbourmaster, said: "The quay wall is safe for now."',
            "b.txt": 'Bob Tannery said: "We will inspect the quay wall again in spring."\n\n'
            'Pat Odrey said: "The ferry stays." Patricia Odrey and Patrick Odrey sit on the board.',
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "quay wall is safe")[0].speaker == blocks_with(b, "inspect the quay wall")[0].speaker
    # "Pat" may be Patricia or Patrick: with both printed, no guess
    assert blocks_with(b, "The ferry stays")[0].speaker == "Pat Odrey"


def test_liz_and_elizabeth_are_one_person(make_articles):
    """The Old Dominion University list gives "liz" and "lizzie" for Elizabeth."""
    folder = make_articles(
        {
            "a.txt": 'Elizabeth Tannery, the harbourmaster, said: "The quay wall is safe for now."',
            "b.txt": 'Liz Tannery said: "We will inspect the quay wall again in spring."',
        }
    )
    b = briefing_of(folder)
    assert blocks_with(b, "quay wall is safe")[0].speaker == blocks_with(b, "inspect the quay wall")[0].speaker == "Elizabeth Tannery"


def test_a_sentence_that_reports_two_speakers_gives_each_their_clause(make_articles):
    folder = make_articles({"a.txt": "The harbour board said the ferry was safe, but Ines Moll, a pilot, said the hull was rusting."})
    b = briefing_of(folder)
    safe = blocks_with(b, "ferry was safe")
    assert safe and safe[0].speaker != "Ines Moll" and "hull was rusting" not in safe[0].text
    rusting = blocks_with(b, "hull was rusting")
    assert rusting and rusting[0].speaker == "Ines Moll" and "ferry was safe" not in rusting[0].text


@pytest.mark.parametrize(
    "body,words,speaker",
    [
        # a role set off by commas that ends in a list of capitalised words: the name before it speaks, no word of the list
        (
            'Rep. Ivo Kallas, R-Ore., the vice chair of the House panel on Ports, Canals and Ferries, said: "The levy is unfair."',
            "the levy is unfair",
            "Ivo Kallas",
        ),
        (
            'Dana Whitmead, who sits on the board for Trade, Tourism and Fishing, said: "The levy is unfair."',
            "the levy is unfair",
            "Dana Whitmead",
        ),
        # "the X of the Y": one body, not its first word
        ('According to the Office of the Registrar of the Province, "the levy was never collected."', "levy was never collected", "Office of the Registrar of the Province"),
        ("The Office of the Registrar of the Province said the levy was never collected.", "levy was never collected", "Office of the Registrar of the Province"),
        ("The levy was never collected, said the Office of the Registrar of the Province.", "levy was never collected", "Office of the Registrar of the Province"),
        ('The Bank of Meridia said: "The levy was never collected."', "levy was never collected", "Bank of Meridia"),
        # a person's office with "of" stays a description of that person
        ('The President of the Assembly said: "The levy was never collected."', "levy was never collected", "the President of the Assembly"),
        # after the verb, a person named past a body "X of Y" and a role is the speaker, never a word of the body
        ('"The levy was never collected," said the Department of Harbours spokeswoman Ann Lee.', "levy was never collected", "Ann Lee"),
        ('"The levy was never collected," said Bank of the North economist Ivo Marsh.', "levy was never collected", "Ivo Marsh"),
    ],
)
def test_lists_and_of_the_names_do_not_cut_the_speaker(make_articles, body, words, speaker):
    folder = make_articles({"a.txt": "The harbour levy has divided the coast.\n" + body})
    assert speaker_of(folder, words)[0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        # a role noun that opens the sentence is a label, not a given name: by its suffix of a trade ...
        'Toymaker Bram Ostrow said: "Nobody can pay these rents."',
        # ... or because the article prints it in lower case elsewhere
        'Every trader on the quay has seen the rents double.\nTrader Bram Ostrow said: "Nobody can pay these rents."',
    ],
)
def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name(make_articles, body):
    folder = make_articles({"a.txt": "Rents on the quay rose again this spring.\n" + body})
    assert speaker_of(folder, "nobody can pay these rents") == ("Bram Ostrow", "quote")


def test_an_outlet_reporting_what_a_person_said_relays_the_quote(make_articles):
    folder = make_articles(
        {"a.txt": 'The ferry fares doubled in May.\nThe Coastal Herald reported last week that Mayor Ivo Dane had said of the fares: "Nobody can pay these."'}
    )
    assert speaker_of(folder, "nobody can pay these") == ("Ivo Dane", "quote")
