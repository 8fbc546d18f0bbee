"""Attribution rules, each on text written for the test."""

from pathlib import Path

import pytest
from conftest import blocks_with, briefing_of


def speaker_of(folder_or_briefing, words):
    """The speaker and kind of the first block holding ``words``; the block must exist."""
    b = briefing_of(folder_or_briefing) if isinstance(folder_or_briefing, Path) else folder_or_briefing
    found = blocks_with(b, words)
    assert found, f"no block contains {words!r}"
    return found[0].speaker, found[0].kind


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

# One article "a.txt" each, and for each words the speaker of the first block
# that holds them, or (speaker, kind) where the kind is checked too.
SPEAKERS_IN_ONE_ARTICLE = [
    pytest.param(
        (
            "Tom Marando, the union's general secretary, spoke after the vote.\n\n"
            "He said: \u201cThis is the first time in twenty years that members have voted to strike.\n\n"
            "\u201cThey have been pushed to it by a decade of pay cuts.\n\n"
            "\u201cWe will not back down until the offer improves.\u201d\n\n"
            "The employer declined to comment."
        ),
        {
            "first time in twenty years": ("Tom Marando", "quote"),
            "decade of pay cuts": ("Tom Marando", "quote"),
            "will not back down": ("Tom Marando", "quote"),
        },
        id="quote_over_several_paragraphs_keeps_its_speaker",
    ),
    pytest.param(
        'Anna Dahlby said she was "deeply disappointed by the ruling" and would appeal.',
        {"deeply disappointed by the ruling": ("Anna Dahlby", "statement")},
        id="fragment_in_reported_speech_is_a_statement",
    ),
    pytest.param(
        "A Green councillor has criticised the new car park.\nJune Okonkwe says the land should have been a park.",
        {"criticised the new car park": ("June Okonkwe", "statement")},
        id="opening_indefinite_description_takes_the_name_that_follows",
    ),
    pytest.param(
        "Mayor Ken Adesola did not attend and his spokesman said he was \u201cfocused on the budget\u201d.",
        {"focused on the budget": "Ken Adesola's spokesperson"},
        id="possessive_spokesperson",
    ),
    pytest.param(
        (
            "The Harbor Transit Authority will close the Dalgren depot in May.\n"
            "It said the land would be sold to pay for new buses.\n"
            "The depot has been losing money for a decade, two former managers said.\n"
            "A retired engineer said the roof had leaked for years."
        ),
        {
            "land would be sold": "Harbor Transit Authority",
            "losing money for a decade": "two former managers",
            "roof had leaked": "a retired engineer",
        },
        id="unnamed_sources_stay_descriptions_and_it_is_the_organisation",
    ),
    pytest.param(
        (
            "The rally filled the hall.\n"
            '"Nobody should be blamed for this," said Ida Brunow, 44, a nurse. Born abroad, she will vote for the first'
            ' time in May. "It is not fair to anyone at all."'
        ),
        {"not fair to anyone": "Ida Brunow"},
        id="a_later_quote_of_the_paragraph_keeps_its_speaker",
    ),
    pytest.param(
        (
            '"The depot has to close," Ida Brunow said.\n'
            "The board meets on Friday.\n"
            '"We cannot keep paying for a building nobody uses."'
        ),
        {"nobody uses": "Ida Brunow"},
        id="a_quotation_paragraph_after_a_line_of_narrative_keeps_the_speaker",
    ),
    pytest.param(
        (
            "Mayor Alma Ferrand opened the new tram bridge on Monday.\n"
            "Mrs Ferrand cut the ribbon in the rain.\n"
            "Her chief engineer Tomas Quill said his team had worked through the winter.\n"
            '"The bridge will carry its first trams by the spring," she said.\n'
            '"We finished a whole month early," he said.'
        ),
        {
            "first trams by the spring": "Alma Ferrand",
            "a whole month early": "Tomas Quill",
        },
        id="he_and_she_go_to_the_last_person_of_that_gender",
    ),
    pytest.param(
        (
            "Rosa Imbert has run the village bakery for thirty years.\n"
            "Her stall stands at the open market every weekend.\n"
            "Open Market traders filled the square on Saturday morning.\n"
            '"Saturdays are what keep the bakery going," she said.'
        ),
        {"keep the bakery going": "Rosa Imbert"},
        id="a_capitalised_run_of_common_words_is_no_one_to_point_back_to",
    ),
    pytest.param(
        (
            "The harbour debate moved online on Sunday.\n"
            "Mayor Ines Vordak wrote on her blog:\n"
            "The ferry will keep running all winter. Nobody on the island will be cut off.\n"
            "Councillor Remy Stahl called the promise premature.\n"
            "The ferry carried 9,000 passengers last winter.\n"
        ),
        {
            "The ferry will keep running all winter.": ("Ines Vordak", "quote"),
            "Nobody on the island will be cut off.": ("Ines Vordak", "quote"),
            "called the promise premature": "Remy Stahl",  # the block ends with its paragraph
            "9,000 passengers last winter": (None, "statistic"),
        },
        id="a_post_set_off_as_its_own_paragraph_is_the_introduced_speakers_quote",
    ),
    pytest.param(
        "The schedule for the week:\nThe ferry sails at six and returns at nine.\n",
        {"The ferry sails at six": None},
        id="a_paragraph_after_a_colon_that_introduces_nobody_stays_narrative",
    ),
    pytest.param(
        (
            'Dana Wexfield said: "The harbour plan is sound."\n\nIda Brunow issued the following statement:\n\n'
            '"We will reopen the harbour once engineers have inspected the sea wall."'
        ),
        {"reopen the harbour once engineers": "Ida Brunow"},
        id="a_sentence_that_announces_a_statement_gives_the_next_paragraph_its_speaker",
    ),
    # A bare quotation whose sentence names no one stays with the speaker before it.
    pytest.param(
        'Dana Wexfield said: "The harbour plan is sound."\n\n"It will pay for itself within ten years."',
        {"pay for itself within ten years": ("Dana Wexfield", "quote")},
        id="quote_after_a_narrative_sentence_keeps_the_earlier_speaker",
    ),
    pytest.param(
        (
            "Councillor Brann Oddsen said the new fees would drive boats away.\n"
            "Hella Marsk rejected his figures.\n"
            '"We have a waiting list of forty boats," she said.'
        ),
        {"waiting list of forty": "Hella Marsk"},
        id="a_possessive_pronoun_after_a_name_is_no_sign_of_that_persons_gender",
    ),
    pytest.param(
        (
            'Petra Salvik said: "The ferry will run twice a day from May."\n'
            'Ivo Renk was not convinced. "Twice a day is not a timetable anyone can work to."\n'
            '"Ivo Renk has sailed here for years," Salvik said. Born inland, he was a teacher. "He knows the tides."'
        ),
        {
            "not a timetable anyone": "Ivo Renk",
            # A sentence that opens on a word no one was named by leaves the quote to the speaker before.
            "knows the tides": "Petra Salvik",
        },
        id="a_quote_after_a_reaction_sentence_is_the_reacting_persons",
    ),
    pytest.param(
        (
            "Organizers of the march say the route will change. The streets were quiet on Sunday. "
            "The march starts at noon. They say it will be peaceful."
        ),
        {"it will be peaceful": "organizers of the march"},
        id="they_is_the_group_that_spoke_a_few_sentences_before",
    ),
    # A list of readers' quotations, each with its speaker after a dash on
    # the same line or the line below, the marks not always the right way round.
    pytest.param(
        (
            "Residents of Port Aldwin gave their views on the sea wall.\n\n"
            "“The wall will save the lower town. The tide reaches the square every winter.”\n― Mira Castrow\n\n"
            "”I have lived here forty years and never seen the council move so slowly.”― Tobias Wren\n"
            "“They call it a “temporary” wall, but nothing here is temporary.” ― Lionel Ostcombe\n"
            "“My shop flooded twice last year. I cannot afford a third time.”— Petra Ivanova, shop owner"
        ),
        {
            "tide reaches the square every winter": ("Mira Castrow", "quote"),
            "never seen the council move so slowly": ("Tobias Wren", "quote"),
            "temporary” wall, but nothing here is temporary": ("Lionel Ostcombe", "quote"),
            "cannot afford a third time": ("Petra Ivanova", "quote"),
        },
        id="quotations_each_followed_by_a_dash_and_a_name_are_that_persons",
    ),
    pytest.param(
        (
            'Olaf Brunow spoke first. "The wall can wait," Brunow said.\n\n'
            '"We have waited long enough for the council to act on the sea wall."\n\n-Mira Castrow, Port Aldwin.\n\n'
            '"The harbour belongs to all of us, not only to the boat owners."\n\n-Mayor Tobias Wren, speaking after the vote.'
        ),
        {
            "waited long enough for the council": ("Mira Castrow", "quote"),
            "harbour belongs to all of us": ("Tobias Wren", "quote"),
        },
        id="a_quotation_paragraph_then_a_line_with_a_hyphen_and_a_name",
    ),
    pytest.param(
        (
            "Sen. Ines Callaby, R-Neb., said the grain bill was dead for the year.\n"
            "Rep. Milo Tarvin (R-KS) said he would bring it back in the spring.\n"
            "Farm Secretary Ruth Abney met both of them on Friday.\n"
            '"Nobody in my state wants this bill," the Nebraska Republican said.\n'
            '"The farmers cannot wait," the Kansas Republican added.\n'
            '"It is a matter of weeks," he said.'
        ),
        {
            "Nobody in my state wants": "Ines Callaby",
            "farmers cannot wait": "Milo Tarvin",
            "matter of weeks": "Milo Tarvin",
        },
        id="a_description_by_party_and_state_points_to_the_person_it_fits",
    ),
    pytest.param(
        (
            "Gov. Wren Hadley, D-Ore., signed the ferry budget last spring.\n"
            "Dock manager Abel Fesk showed reporters the rusting pier.\n"
            '"We kept every ferry running," the former governor said.'
        ),
        {"kept every ferry running": "Wren Hadley"},
        id="an_office_only_description_points_to_its_holder",
    ),
    pytest.param(
        (
            "Lena Ostrow, a Democrat from Vermont, opposed the pipeline.\n"
            "Sen. Hugo Brunow, a Democrat from Maine, backed it.\n"
            "Energy analyst Pia Lorne reviewed the route on Monday.\n"
            '"This pipe will cross three rivers," the Vermont Democrat said.\n'
            '"We need the gas by winter," the Maine senator said.'
        ),
        {
            "cross three rivers": "Lena Ostrow",
            "gas by winter": "Hugo Brunow",
        },
        id="a_description_matches_the_roles_the_sources_give",
    ),
    pytest.param(
        (
            "Sen. Ines Callaby, R-Neb., said the grain bill was dead for the year.\n"
            "Farm Secretary Ruth Abney met her on Friday.\n"
            '"The grain bill deserves a vote," the Idaho Democrat said.\n'
            '"I will vote against it," she said.'
        ),
        {
            "deserves a vote": "the Idaho Democrat",
            "I will vote against it": "Ruth Abney",
        },
        id="a_description_that_fits_no_one_stays_a_description",
    ),
    pytest.param(
        (
            "Ohio Republican Cora Vinton opened the hearing on the canal.\n"
            "Nevada Sen. Bo Lindgrel asked about its cost.\n"
            "Clerk Amy Dorr read the roll.\n"
            '"The canal will pay for itself," the Ohio Republican said.\n'
            '"Not in my lifetime," the Nevada senator replied.'
        ),
        {
            "pay for itself": "Cora Vinton",
            "Not in my lifetime": "Bo Lindgrel",
        },
        id="a_party_or_state_printed_before_the_name_describes_the_person",
    ),
    pytest.param(
        (
            "Sen. Ivo Grell, R-Utah, and Sen. Tara Munk, D-Utah, toured the dam on Sunday.\n"
            "Engineer Sol Pardo showed them the cracks.\n"
            '"The dam must be rebuilt," the GOP senator from Utah said.\n'
            '"The state cannot pay for it alone," the Democratic senator from Utah said.'
        ),
        {
            "dam must be rebuilt": "Ivo Grell",
            "cannot pay for it alone": "Tara Munk",
        },
        id="a_description_in_other_words_for_the_same_party_and_state",
    ),
]


@pytest.mark.parametrize("article,speakers", SPEAKERS_IN_ONE_ARTICLE)
def test_speakers_in_one_article(make_articles, article, speakers):
    b = briefing_of(make_articles({"a.txt": article}))
    for words, expected in speakers.items():
        speaker, kind = speaker_of(b, words)
        assert ((speaker, kind) if isinstance(expected, tuple) else speaker) == expected, words


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
