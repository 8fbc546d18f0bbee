"""The article-level rules of ``briefing.speakers``, each on sentences
written for the test (one paragraph per string)."""

import pytest

from briefing.frames import framing_name
from briefing.model import Paragraph
from briefing.owners import kin_pronoun
from briefing.saying import parse
from briefing.sentences import split
from briefing.speakers import Article, Corpus
from briefing.unnamed import described, is_description


def read(*paragraphs):
    """The ``Resolved`` speakers of one article made of ``paragraphs``."""
    parsed = [parse(s) for s in split([Paragraph("s", i, t) for i, t in enumerate(paragraphs)])]
    return Article(parsed, Corpus.build([parsed])).read()


MAYOR = "Mayor Lin Obi took questions on Monday."
DEPOT = "Ivo Pask runs the depot."


@pytest.mark.parametrize(
    "paragraphs,speakers",
    [
        # names: a short form and a pronoun go to the full name
        (("Health secretary Priya Pillard announced the plan.", "Ms Pillard said the lists would fall.", "She added that more beds would open."),
         ("Priya Pillard", "Priya Pillard", "Priya Pillard")),
        # pronouns: "it" is the organisation last named; "they" the group that spoke a few sentences before
        (("The Wendham Canoe Club opened a new shed.", "It said the shed cost too much."), (None, "Wendham Canoe Club")),
        (("Its members said the offer was too low.", "Tom Ash, the manager, sat down.", "They said the talks would start soon."),
         ("its members", None, "its members")),
        # "they" after a group that opened a sentence without speaking; never a person, and no "he"
        (("Ivo Pask spoke first.", "Residents of the valley packed the hall.", "They said the toll was unfair."), (None, None, "residents")),
        (("But many angry farmers blocked the road.", "They said the toll was unfair."), (None, "many angry farmers")),
        (("Democrats walked out of the chamber.", "They said the vote was rigged."), (None, "Democrats")),
        (("Ivo Pask met residents on Monday.", "They said the toll was unfair."), (None, None)),
        # ... after an opening phrase of time or place, a possessive before the group, a relative clause after it
        (("On Monday, the unions rejected the offer.", "They said the toll was unfair."), (None, "the unions")),
        (("The porters' unions met on Monday.", "They said the toll was unfair."), (None, "the porters' unions")),
        (("The unions, which represent porters, rejected the offer.", "They said the toll was unfair."), (None, "the unions")),
        (("On Monday, Ivo Pask met the unions.", "They said the toll was unfair."), (None, None)),
        # ... and after a capitalised group that spoke ("Harbor Party officials", "Republicans"), or in a second verb
        (("Harbor Party officials said the toll was fair.", "Ivo Pask disagreed.", "They say the toll will stay."),
         ("Harbor Party officials", None, "Harbor Party officials")),
        (("Republicans said the toll was fair.", "They toured the bridge and said it was safe."), ("Republicans", "Republicans")),
        (("Residents packed the hall.", "He said the toll was unfair."), (None, None)),
        # a possession that opens the sentence makes its owner the one "he" speaks of next
        (("Mr. Ivo Pask spoke first.", "Mr. Tom Ash's new plan came with caveats.", "He said the plan would change."), (None, None, "Tom Ash")),
        (("Mr. Tom Ash spoke first.", "Mr. Ivo Pask read Mr. Ash's plan.", "He said the plan would change."), (None, None, "Ivo Pask")),
        # an ordinary word opening the sentence before a group is no name and no party: a group described
        (("Leading Democrats said the toll would hurt commuters.", "He said the plan was wrong."), ("leading Democrats", None)),
        (("Leading Democrats said the toll would hurt commuters.", "It said the plan was wrong."), ("leading Democrats", None)),
        (("Many Republicans said the toll was unfair.",), ("many Republicans",)),
        (("Senate Democrats said the toll was unfair.",), ("Senate Democrats",)),
        (("Kendall said the toll was unfair.",), ("Kendall",)),
        (("Others said the toll would hurt commuters.",), (None,)),
        # possessive: the owner's spokesperson, not the owner
        (("Councillor Tobias Wren, a Green, spoke first.", "His spokesman said the vote was lost."), (None, "Tobias Wren's spokesperson")),
        # descriptions by party and state: the one described, else the description
        (("Sen. Mara Dell, R-Ore., spoke on Monday.", "Then Sen. Kip Arno, D-Ohio, spoke.", "The Oregon Republican said the bill was dead."),
         (None, None, "Mara Dell")),
        (("Sen. Kip Arno, D-Ohio, spoke.", "The Idaho Republican said the bill was dead."), (None, "the Idaho Republican")),
        # an opening indefinite description waits for the name that follows, else stays a description
        (("A Green councillor has criticised the car park.", "June Okonkwe says the land should have been a park."),
         ("June Okonkwe", "June Okonkwe")),
        (("A former official said the files were lost.", "The files were never found."), ("a former official", None)),
        # ... a new person: never one the article spoke of before it, who also ends the wait
        (("June Okonkwe chairs the Tarn Rowing Club.", 'A council spokeswoman said: "Every member will get a mooring at Ostcombe Quay."',
          "Mrs Okonkwe was unimpressed.", "Ivo Pask, 70, has rowed there since 1975."),
         (None, "a council spokeswoman", None, None)),
        # a bare quote: introduced by a colon, by a reaction, or continuing a quote a few sentences back
        (("Anna Dahlby issued the following statement:", '"We will appeal the ruling at once."'), (None, "Anna Dahlby")),
        (('Anna Dahlby was furious. "It will never pay."',), (None, "Anna Dahlby")),
        (('"We will win," Jo Roe said.', "The hall fell silent.", '"We will not give up."'), ("Jo Roe", None, "Jo Roe")),
        # offices: the holder, in the same or other words; with no holder, the description, not the last person named
        (("Priya Pillard opened the clinic on Monday.", "The minister said the waiting lists would fall."), (None, "the minister")),
        (("Mayor Lin Obi spoke on Monday.", "The governor said the bill was dead."), (None, "the governor")),
        (("Priya Pillard, the health secretary, opened the clinic.", "The minister said the waiting lists would fall."), (None, "Priya Pillard")),
        (("Rep. Kip Arno spoke on Monday.", "The congressman said the bill was dead."), (None, "Kip Arno")),
        (("Congresswoman Ana Ruelas spoke on Monday.", "The representative said the bill was dead."), (None, "Ana Ruelas")),
        (("Sen. Mara Dell spoke on Monday.", "The lawmaker said the bill was dead."), (None, "Mara Dell")),
        (("Tom Ash, a Labour MP, spoke on Monday.", "The backbencher said the vote was rushed."), (None, "Tom Ash")),
        (("The vote was close.", "Labour MP Tom Ash said the vote was rushed.", "The backbencher said the plan was wrong."),
         (None, "Tom Ash", "Tom Ash")),
        (("Sen. Mara Dell spoke first.", "Sen. Kip Arno replied.", "Then Lin Obi, a farmer, stood up.", "The senator said the bill was dead."),
         (None, "Kip Arno", None, "Kip Arno")),
        (("A Green councillor has criticised the car park.", "June Okonkwe says the land should be a park.", "Ivo Pask disagreed.",
          "The councillor said the vote was rushed."), ("June Okonkwe", "June Okonkwe", None, "June Okonkwe")),
        (("Lin Obi has become the first Green mayor of the town.", "Ivo Pask, a farmer, disagreed.", "The mayor said the market would stay."),
         (None, None, "Lin Obi")),
        # no holder anywhere: the person a sentence just before named, quoted or given a role, with no other office
        (("Councillor Tobias Wren spoke on Monday.", "Colleague Mara Dell set out her demands.", "Pressed on them, the MP said the vote was rushed."),
         (None, None, "Mara Dell")),
        (('"We will win," Jo Roe said.', "Pressed on the detail, the senator said the bill was dead."), ("Jo Roe", "Jo Roe")),
        (("Colleague Mara Dell set out her demands.", "The hall was full.", "The depot was shut.", "The MP said the vote was rushed."),
         (None, None, None, "the MP")),
        (("Mara Dell, the mayor, set out her demands.", "The MP said the vote was rushed."), (None, "the MP")),
        (("Tom Ash said he would vote against it.", "The congresswoman said the vote was rushed."), ("Tom Ash", "the congresswoman")),
        (("Mara Dell, a colleague, set out her demands.", "The nurse said the ward was full."), (None, "the nurse")),
        # questions: put to someone, not said by them (the asker's when named); the answer is theirs
        ((MAYOR, 'Obi was asked: "Will the market close?"', '"No. The market stays where it is."'), (None, None, "Lin Obi")),
        ((MAYOR, 'She was asked: "Will the market close?"', '"No, it stays," she said.'), (None, None, "Lin Obi")),
        ((MAYOR, "Obi was asked whether the market would close.", "She said it would stay."), (None, None, "Lin Obi")),
        ((MAYOR, 'Obi was asked by Ivo Pask: "Will the market close?"'), (None, "Ivo Pask")),
        ((MAYOR, "Obi was asked by radio host Ivo Pask whether the market would close."), (None, "Ivo Pask")),
        ((MAYOR, "Asked whether the market would close, Obi said it would stay."), (None, "Lin Obi")),
        ((MAYOR, "Obi was asked if the market would close and said it would stay."), (None, "Lin Obi")),
        ((MAYOR, 'Obi, who was asked about the market, said: "It stays."'), (None, "Lin Obi")),
        # a surname that is also a body's word ("Park", "Fox", "Church") is the person the title or full name says
        (("Councillor Hana Park opened the meeting.", '"The toll is a mistake," Ms. Park said.', "Park said the vote would be close."),
         (None, "Hana Park", "Hana Park")),
        (("Mayor Odile Fox spoke first.", "Odile Fox said the bridge would stay open."), (None, "Odile Fox")),
        (("Councillor Hana Park opened the meeting.", "While Park said the vote would be close, others disagreed."), (None, "Hana Park")),
        # a name printed with and without its accents is one person, under the accented form
        (("Mayor Inés Calvo spoke first.", "Ines Calvo said the bridge would stay open."), (None, "Inés Calvo")),
        (("Councillor Hana Park opened the meeting.", "Victoria Park said the gates would close at dusk."), (None, "Victoria Park")),
        # no false names: a capitalised run that modifies a noun, a poll, a naming participle
        ((DEPOT, "The plan was approved by the Northern Rail Freight system in May.", "He said the depot would close."),
         (None, None, "Ivo Pask")),
        ((DEPOT, "A Halstrom poll found that most voters want the depot closed.", "He said the depot would close."), (None, None, "Ivo Pask")),
        ((DEPOT, "Ana Halstrom is running for mayor.", "The Halstrom campaign said the depot would close.", "She said it would."),
         (None, None, "Halstrom campaign", "Ana Halstrom")),
        ((DEPOT, "According to the Marsh-Tally Poll, most voters want the depot closed.", "He said it would close."),
         (None, "Marsh-Tally Poll", "Ivo Pask")),
        ((DEPOT, 'Dubbed "the Iron Mayor," the official said the depot would close.', "He said it would."), (None, "the official", "Ivo Pask")),
        # an office with its department before a full name ("Secretary of State", AP style) is that person's
        # office, not a body; later the surname alone after it is the same person; without a name it stays the office
        (("Secretary of State Ana Dahlby flew to the port on Monday.", '"We will not pay the toll," she said.'), (None, "Ana Dahlby")),
        (("Director of Port Safety Ana J. Dahlby said the toll was fair.",), ("Ana J. Dahlby",)),
        (("Chief of Staff Ivo Pask met the mayor.", "He said the toll was fair."), (None, "Ivo Pask")),
        (("Ana Dahlby spoke on Monday.", "Secretary of State Dahlby said the toll was fair."), (None, "Ana Dahlby")),
        (("The Secretary of State said the toll was fair.",), ("the Secretary of State",)),
        (("The Bank of England said the toll was fair.",), ("Bank of England",)),
        # a sentence whose subject is "he" or "she" goes on speaking of that person: a name later in it
        # (an object) does not take their place; a name that is the subject does
        (("Ms. Ana Dahlby said the plan was late.", "She met the mayor and Ms. Ines Moll on Monday.", '"We will not wait," she said.'),
         ("Ana Dahlby", None, "Ana Dahlby")),
        (("Mr. Tom Ash said the plan was late.", "But he met the mayor and Mr. Ivo Pask on Monday.", '"We will not wait," he said.'),
         ("Tom Ash", None, "Tom Ash")),
        (("Mr. Tom Ash runs the depot.", "Mr. Ivo Pask met him on Monday.", '"I have not decided," he said.'), (None, None, "Ivo Pask")),
        # ... as is a person whose possession opens the sentence of the "she" ("Ms. Roe's plan ..., but she said")
        (("Ms. Ana Dahlby said the plan was late.", "Ms. Ines Moll said the toll was fair.",
          "Ms. Dahlby's plan is still unclear, but she said it would pass."), ("Ana Dahlby", "Ines Moll", "Ana Dahlby")),
        (("Ms. Ana Dahlby said the plan was late.", "Ms. Ines Moll said the toll was fair.",
          "Ana Dahlby's plan is still unclear, but she said it would pass."), ("Ana Dahlby", "Ines Moll", "Ana Dahlby")),
        # a word printed alone, that no source shows to be a person (a full name, a title, a role, a
        # gender, a sentence spoken), is no one a "he" or "she" points to: a place, a people's adjective
        (("Tolvik has welcomed newcomers for decades, Mayor Ivo Pask said.",
          "Each spring, a few dozen families settle in the town, a short drive from Marrowby.", '"We get a few each week," he said.'),
         ("Ivo Pask", None, "Ivo Pask")),
        (("Ana Dahlby grew up near the port.", "She later moved to Marrowby.", "Marrowby is a quiet town.", '"We get a few each week," she said.'),
         (None, None, None, "Ana Dahlby")),
        (("Rep. Ana Ruelas spoke on Monday.", "The Kaldovan Air Force flew drills near the coast.", '"We must act," she said.'),
         (None, None, "Ana Ruelas")),
        # a gendered role noun or a courtesy title fixes a person's gender: the other pronoun is never them
        (("Ana Dahlby, the depot's chairwoman, opened it.", "The roof leaked on Monday.", '"We will fix it," he said.'), (None, None, None)),
        (("Tom Ash, the depot's chairman, opened it.", "Mrs Ana Dahlby cut the ribbon.", '"We will fix it," he said.'),
         (None, None, "Tom Ash")),
        # "he"/"she" after the subject of their own sentence: that subject, a quoted person of that gender,
        # before the person last spoken of; not a subject inside an opening clause, nor one of the other gender
        (("Ms. Ines Moll said the tolls were fair.", "Mr. Tom Ash said the plan was wrong.",
          "Ines Moll, a lawyer who advises the port, backs what she said is a fair toll."), ("Ines Moll", "Tom Ash", "Ines Moll")),
        (("Mr. Tom Ash said the plan was wrong.", "Mr. Ivo Pask said the plan was late.",
          "Mr. Ash has backed the bridge and would vote for it, he said."), ("Tom Ash", "Ivo Pask", "Tom Ash")),
        (("Mr. Tom Ash said the plan was wrong.", "Mr. Ivo Pask said the plan was late.",
          "If Mr. Ash wins the seat, he said, the depot will stay."), ("Tom Ash", "Ivo Pask", "Ivo Pask")),
        (("Ms. Ines Moll said the tolls were fair.", "Mr. Tom Ash said the plan was wrong.",
          "Ms. Moll backs what he said is a fair toll."), ("Ines Moll", "Tom Ash", "Tom Ash")),
        # "they" after two people who spoke together: the first, who stands for both
        (("Jana Krol and Teo Marsh argued that the depot was not needed.", "Harbour boards can run it, they said."),
         ("Jana Krol", "Jana Krol")),
        # near case: two clauses, one subject: no "they" in it
        (("Jana Krol met Teo Marsh and argued that the depot was not needed.", "Harbour boards can run it, they said."),
         ("Jana Krol", None)),
        # "the president" after a sentence that names two presidents: either, so neither
        (("President Jana Krol met President Teo Marsh at the depot on Monday.", "The president said the talks went well."),
         (None, "the president")),
        # near cases: one president named there, or named last on their own
        (("President Jana Krol met the drivers at the depot on Monday.", "The president said the talks went well."),
         (None, "Jana Krol")),
        (("President Jana Krol met President Teo Marsh at the depot on Monday.", "President Marsh left early.", "The president said the talks went well."),
         (None, None, "Teo Marsh")),
        # "according to her" points back as "she said" would
        (("Ms. Ines Moll ran the depot for a decade.", "The depot lost money after, according to her, the board cut its fares."),
         (None, "Ines Moll")),
    ],
)
def test_speakers(paragraphs, speakers):
    assert read(*paragraphs).speakers == speakers


BOARD = "The Quenmore Water Board will raise its charges in May."


@pytest.mark.parametrize(
    "paragraphs,speakers",
    [
        # "she" right after a sentence spoken by one unnamed person new to the reader is that person
        ((BOARD, "A spokeswoman for the board said the pipes were old.", '"We lose a fifth of the water to leaks," she said.'),
         (None, "Quenmore Water Board's spokesperson", "Quenmore Water Board's spokesperson")),
        (("A council spokeswoman said the road would close.", '"It is not safe," she said.'), ("a council spokeswoman", "a council spokeswoman")),
        # ... not for the other gender, nor after a sentence that names someone else, nor a definite description
        ((DEPOT, "A spokeswoman for the board said the pipes were old.", '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", "Ivo Pask")),
        ((DEPOT, "A spokesman for the board said Tom Ash was wrong.", '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", "Tom Ash")),
        # ... nor after a line of narrative that names and quotes no one, in its paragraph or the next
        ((DEPOT, "A spokesman for the board said the pipes were old. The mains were laid in 1931.", '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", None, "board's spokesperson")),
        ((DEPOT, "A spokeswoman for the board said the pipes were old. The mains were laid in 1931.", '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", None, "Ivo Pask")),
        ((DEPOT, "A spokesman for the board said the pipes were old.", "Tom Ash runs the pumps.", '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", None, "Tom Ash")),
        ((DEPOT, "A spokesman for the board said the pipes were old.", "The mains were laid in 1931.", "They cost a fortune.",
          '"We lose a fifth of the water," he said.'),
         (None, "board's spokesperson", None, None, "Ivo Pask")),
        # a body's name printed with an apostrophe is the spokesperson's owner, not someone else named
        (("Minister Ana Dahlby said the date would not move.", "A spokesman for the Hill Growers' Alliance said the alliance would meet her.",
          '"We will show her the numbers," he said.'),
         ("Ana Dahlby", "Hill Growers Alliance's spokesperson", "Hill Growers Alliance's spokesperson")),
        # "a spokeswoman for the board": the board named before, else the board as printed
        (("A spokeswoman for the board said the pipes were old.",), ("board's spokesperson",)),
        # a statement, letter or post after a preposition is where its author's words were printed, never the speaker
        (("Ivo Marsh said the tax was unfair.", 'He hit back in a letter posted on his blog: "This is a tax on the poor."'),
         ("Ivo Marsh", "Ivo Marsh")),
        ((DEPOT, "Jo Roe said the tax was fair.", 'Pask hit back in a statement posted on his blog: "It is a tax on the poor."'),
         (None, "Jo Roe", "Ivo Pask")),
        (("A statement posted on the website said the fares would rise.",), ("a statement",)),
        # a possessive of a thing, not a person, inside a body's name: the body, whole
        (("The island's housing office said rents rose by a tenth.",), ("island's housing office",)),
        # a body's name that ends in a plural noun takes the apostrophe alone; a person's name keeps "'s"
        (("The Ministry of Coastal Affairs will close two piers.", "A spokesman for the ministry said the piers were unsafe."),
         (None, "Ministry of Coastal Affairs' spokesperson")),
        (("Councillor Dora Evanson spoke first.", "Her spokesman said the vote was lost."), (None, "Dora Evanson's spokesperson")),
        # a name that only modifies the role after it ("a retired Tide Board aide") is no speaker: the aide is, unnamed
        (('"The vote was lost long before today," said a retired Tide Board press aide.',), ("a retired Tide Board press aide",)),
        # a name that modifies a thing ("the Pask Street depot") names no speaker
        (("The Pask Street depot will shut in May, citing a fall in orders.",), (None,)),
        # two names that modify one plural head are one group, not the first name
        (("Ferry and Harbour officials have said the timetable would change in May.",), ("Ferry and Harbour officials",)),
        # an anticipatory "it" before a passive verb of saying names nobody
        (("The Harbour Trust runs the depot.", "After the audit, it was reported that the depot owed the county £4,000."), (None, None)),
    ],
)
def test_unnamed_speakers_and_statements(paragraphs, speakers):
    assert read(*paragraphs).speakers == speakers


@pytest.mark.parametrize(
    "paragraphs,speakers",
    [
        # "the club", "the union": the organisation of that kind the article named before
        (("Fans cheered when Harbour Athletic won the cup.", "Later the club said the ground would be rebuilt."),
         (None, "Harbour Athletic")),
        (("Members of the Coastal Porters' Union voted to strike.", "The union said the offer was too low."),
         (None, "Coastal Porters' Union")),
        # ... never one of another kind, and with none named it stays the description
        (("The Harbour Athletic Supporters' Trust met on Monday.", "Later the club said the ground would be rebuilt."),
         (None, "the club")),
    ],
)
def test_a_bodys_definite_description_is_the_body_named_before(paragraphs, speakers):
    assert read(*paragraphs).speakers == speakers


def test_a_bodys_definite_description_is_the_one_of_its_kind_all_sources_name():
    one, other = (
        [parse(s) for s in split([Paragraph(name, i, t) for i, t in enumerate(texts)])]
        for name, texts in (("a", ["Harbour Athletic will move to a new ground."]), ("b", ["Later the club said it was grateful."]))
    )
    assert Article(other, Corpus.build([one, other])).read().speakers == ("Harbour Athletic",)
    two = [parse(s) for s in split([Paragraph("c", 0, "Quenmore Rovers lost to Harbour Athletic.")])]
    assert Article(other, Corpus.build([one, two, other])).read().speakers == ("the club",)  # two clubs: which one is not said


@pytest.mark.parametrize(
    "paragraphs,role",
    [
        # a kinship set off before a name says whose: the person of the pronoun's gender last spoken of
        (("Tomas Marando was hurt in a fall at the depot.", "His sister, Ana Marando, said the family wanted answers."),
         ("Ana Marando", "sister of Tomas Marando")),
        (("Tomas Marando was hurt in a fall at the depot.", '"We want answers," his sister, Ana Marando, said.'),
         ("Ana Marando", "sister of Tomas Marando")),
        # ... and after a family described by that person: the family speaks, not the person it is named for
        (("The family of Tomas Marando, who was hurt in a fall, has welcomed the inquiry.", "His sister, Ana Marando, said it was late."),
         ("Ana Marando", "sister of Tomas Marando")),
    ],
)
def test_a_kinship_before_a_name_says_whose(paragraphs, role):
    resolved = read(*paragraphs)
    assert resolved.speakers[-1] == role[0] and role in resolved.roles


def test_a_family_described_by_a_person_speaks_not_the_person():
    assert read("The family of Tomas Marando, who was hurt in a fall, has welcomed the inquiry.").speakers == ("the family of Tomas Marando",)
    assert read("Friends of Ana Roe say the inquiry came too late.").speakers == ("friends of Ana Roe",)
    assert read("Tomas Marando, the son of Ana Roe, said the inquiry came too late.").speakers == ("Tomas Marando",)
    assert read("His sister, Ana Marando, said the family wanted answers.").roles == ()  # no one spoken of: whose is not said


def test_roles_given_on_the_way():
    assert ("Priya Pillard", "Health secretary") in read("Health secretary Priya Pillard announced the plan.", "Ms Pillard said it.").roles
    r = read("A Green councillor has criticised the car park.", "June Okonkwe says the land should have been a park.")
    assert ("June Okonkwe", "Green councillor") in r.roles


@pytest.mark.parametrize(
    "paragraphs,role",
    [
        (("Councillor Tobias Wren spoke on Monday.", "His spokesman, Ivo Dan, said the deal was close."), "spokesman for Tobias Wren"),
        (("Councillor Tobias Wren spoke on Monday.", '"It is close," his spokesman, Ivo Dan, said.'), "spokesman for Tobias Wren"),
        (("Councillor Tobias Wren spoke on Monday.", "Ivo Dan, his spokesman, said the deal was close."), "spokesman for Tobias Wren"),
        # whose: the person of the pronoun's gender last spoken of
        (("Tobias Wren said he would sign.", "Ana Ruelas said she would not.", "His spokesman, Ivo Dan, said the deal was close."),
         "spokesman for Tobias Wren"),
        (("Tobias Wren said he would sign.", "Ana Ruelas said she would not.", "Her spokesman, Ivo Dan, said the deal was close."),
         "spokesman for Ana Ruelas"),
    ],
)
def test_a_spokesperson_named_after_his_or_her_speaks_for_that_person(paragraphs, role):
    resolved = read(*paragraphs)
    assert resolved.speakers[-1] == "Ivo Dan"
    assert resolved.roles == (("Ivo Dan", role),)


@pytest.mark.parametrize(
    "sentence,speaker",
    [
        # a name set off after an office is the office's holder, for whom the spokesperson speaks
        ("A spokesman for the Police Commissioner, Nia Brook, said the searches were lawful.", "Nia Brook's spokesperson"),
        ('"The searches were lawful," said a spokeswoman for the health minister, Nia Brook.', "Nia Brook's spokesperson"),
        ("A spokeswoman for the council leader, Cllr Nia Brook, said the searches were lawful.", "Nia Brook's spokesperson"),
        # a name set off after the spokesperson alone, a body or a named principal is the spokesperson's
        ("A spokesman, Tom Vale, said the searches were lawful.", "Tom Vale"),
        ("A spokesman for the ferry company, Tom Vale, said the searches were lawful.", "Tom Vale"),
        ("A spokesman for the union, Tom Vale, said the searches were lawful.", "Tom Vale"),
        ("A spokesman for Mayor Lin Obi, Tom Vale, said the searches were lawful.", "Tom Vale"),
        ('"The searches were lawful," said a spokesman for the ferry company, Tom Vale.', "Tom Vale"),
    ],
)
def test_a_name_set_off_after_a_spokesperson_for_an_office_is_the_office_holder(sentence, speaker):
    assert read(sentence).speakers == (speaker,)


def test_the_office_holder_named_after_a_spokesperson_keeps_their_own_role():
    resolved = read("A spokesman for the Police Commissioner, Nia Brook, said the searches were lawful.", '"Nobody wants them," he said.')
    assert resolved.speakers == ("Nia Brook's spokesperson", "Nia Brook's spokesperson")  # "he" is the spokesman just described
    roles = parse(split([Paragraph("s", 0, "A spokesman for the Police Commissioner, Nia Brook, said it.")])[0]).roles
    assert roles == (("Nia Brook", "Police Commissioner"),)  # not "spokesman for the Police Commissioner"


def test_a_spokesperson_of_no_one_spoken_of_has_no_role_for_a_pronoun():
    assert read("His spokesman, Ivo Dan, said the deal was close.").roles == ()


def test_its_spokesperson_speaks_for_the_organisation_last_named():
    named = read("The Wendham Ferry Company met on Monday.", "Its spokeswoman, Ines Moll, said the fares would rise.")
    assert named.speakers[-1] == "Ines Moll"
    assert named.roles == (("Ines Moll", "spokeswoman for Wendham Ferry Company"),)
    unnamed = read("The Wendham Ferry Company met on Monday.", "Its spokesman said the fares would rise.")
    assert unnamed.speakers[-1] == "Wendham Ferry Company's spokesperson"
    # with no organisation named before, the description as printed
    assert read("Its spokesman said the fares would rise.").speakers == ("its spokesman",)


def test_a_name_that_is_also_an_auxiliary_is_a_name():
    """"Will" inside a run of names, or opening a sentence before a past
    form (no auxiliary takes one), is the person's name, not "will"."""
    assert read("Columnist Ivo Will wrote that the depot would close.", "Will urged the council to act.",
                "In particular, Will wrote, the council can act.").speakers == ("Ivo Will", "Ivo Will", "Ivo Will")
    assert read("Ivo Pask said the depot will close.", "Will the depot close, Ines Moll asked.").speakers == ("Ivo Pask", "Ines Moll")


@pytest.mark.parametrize(
    "text,name",
    [
        ('Jo Roe shrugged: "It is not my decision."', "Jo Roe"),
        # of two names before the colon, the first, as "Roe and Ray said" is Roe's
        ('More from Ann Roe and Bo Ray: "The polls were early, not wrong."', "Ann Roe"),
        ('Then Bo Ray of Tolvik: "The polls were early."', "Bo Ray"),
    ],
)
def test_name_in_the_frame_of_a_quote_without_a_verb_of_saying(text, name):
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    assert framing_name(parsed, parsed.subject) == name


def test_a_naming_participle_opens_a_phrase_and_is_no_name():
    parsed = parse(split([Paragraph("s", 0, 'Nicknamed "the Bulldozer," Lin Obi said the depot would close.')])[0])
    assert "Nicknamed" not in parsed.names


def test_descriptions_are_lower_case_and_never_names():
    assert described("A former official") == "a former official"
    assert is_description("a former official") and not is_description("Jo Roe")


def test_the_words_printed_before_a_name_describe_them_only_where_one_is_a_place_party_or_office_word():
    from briefing.resolver import Names, descriptions, printed_descriptions

    text = "Tarn Valley Republican Mira Olsk said the dam was safe. Later, Mira Olsk added that Yusuf Brunow agreed."
    parsed = [parse(s) for s in split([Paragraph("S1", 0, text)])]
    names = Names.build(parsed)
    found = descriptions([printed_descriptions(parsed)], names.resolve)
    assert "republican" in found[names.resolve("Mira Olsk")]
    # "agreed that Yusuf Brunow", "Later, Mira Olsk": no word of a place, party or office before them
    assert not found.get(names.resolve("Yusuf Brunow"))


@pytest.mark.parametrize(
    "text,role,kin",
    [
        ("His spokesman, Ivo Dan, said the deal was close.", "spokesman", "his"),
        ('"It is close," her spokesman, Ivo Dan, said.', "spokesman", "her"),
        ("Asked about the deal: HER  press secretary , Ivo Dan, would not say.", "Press Secretary", "her"),
        ("The depot closed — his sister, Ana Marando, said it was late.", "sister", "his"),
        # the role must be set off by a comma after it, and the pronoun open the sentence or follow a mark
        ("His spokesman said the deal was close.", "spokesman", None),
        ("Ivo Dan met his sister, Ana Marando, on Monday.", "sister", None),
        ("His sister-in-law, Ana Marando, said it was late.", "sister", None),
        ("His sister, Ana Marando, said it was late.", "spokesman", None),
        # the first pronoun that owns the role says whose
        ("Her brother spoke; his sister, Ana Marando, said it was late.", "sister", "his"),
    ],
)
def test_the_pronoun_that_owns_a_role_set_off_by_a_comma(text, role, kin):
    assert kin_pronoun(text, role) == kin
