"""Speakers across the sentences of one article (names, pronouns,
descriptions, quotes that go on), each on an article written for the test."""

import pytest
from conftest import briefing_of, speaker_of

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
