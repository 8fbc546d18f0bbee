"""The subject the draft's title names (``topic.subject``): made-up stories."""

from __future__ import annotations

import pytest

from briefing.model import Block, Source
from briefing.topic import subject

# Each story: its sources' (title, text), and the subject expected.
STORIES = {
    # "Harbour dues" is capitalised only where a sentence begins: a common noun, not a name.
    "case_inside_sentences": (
        [
            ("Harbour dues to rise", "Harbour dues will rise in April. The council said the fishing fleet would pay more."),
            ("Anger over harbour dues", "Harbour dues pay for the dredging. Skippers said the harbour dues were too high. The fishing fleet met on Friday."),
        ],
        "harbour dues",
    ),
    # "Dunmarrow weir" names a weir; "Orlanby Partnership", as often in the titles, is a name;
    # "river bank" is in no title.
    "thing_named_before_a_name": (
        [
            ("Orlanby Partnership starts work on Dunmarrow weir", "Engineers began work on the Dunmarrow weir on Monday. "
             "The Orlanby Partnership paid for the survey of the river bank."),
            ("Dunmarrow weir repairs begin, says Orlanby Partnership", "Repairs to the Dunmarrow weir will take a year, "
             "the Orlanby Partnership said. The river bank is closed."),
        ],
        "Dunmarrow weir",
    ),
    # A thing named, seen after an article, is a common-noun phrase: it comes before "crews start",
    # in as many titles and sources but never after one.
    "thing_named_after_an_article": (
        [
            ("Crews start on Dunmarrow weir", "Crews start on the Dunmarrow weir on Monday. The survey of the weir took a year."),
            ("Dunmarrow weir: crews start today", "Repairs to the Dunmarrow weir begin today, and crews start early."),
        ],
        "Dunmarrow weir",
    ),
    # "000-seat arena", a piece of a figure, is in both titles: no subject.
    "no_figure": (
        [
            ("City backs 12,000-seat arena", "The city approved a 12,000-seat arena on the docks. The arena site lies below the sea wall."),
            ("Critics fear for 12,000-seat arena", "Work on the 12,000-seat arena starts soon. Critics say the arena site is too small."),
        ],
        "arena site",
    ),
    # A sum of money ("£2m") and a count ("1,500") are figures too.
    "no_sum_of_money": (
        [
            ("City backs £2m pool", "The city approved a £2m pool by the docks. The pool site lies below the sea wall. It holds 1,500 swimmers."),
            ("Critics fear for £2m pool", "Work on the £2m pool starts soon. Critics say the pool site is too small for 1,500 swimmers."),
        ],
        "pool site",
    ),
    # "5G" and "Covid-19" hold digits, with a capital: names, not figures, and a title may hold them.
    "name_with_a_digit": (
        [
            ("Villagers oppose 5G mast", "Villagers in Brackley Fen oppose the new 5G mast beside the chapel. The 5G mast would stand 20 metres tall."),
            ("Anger at 5G mast plan", "A 5G mast planned for the green has angered residents. Builders said the 5G mast was safe."),
        ],
        "5G mast",
    ),
    "name_with_a_hyphened_number": (
        [
            ("Covid-19 inquiry opens", "The Covid-19 inquiry opened in Welham. Witnesses told the Covid-19 inquiry about masks."),
            ("Covid-19 inquiry hears from nurses", "Nurses spoke at the Covid-19 inquiry. The Covid-19 inquiry sits until May."),
        ],
        "Covid-19 inquiry",
    ),
    # A figure in words ("three ballots") is a detail each outlet may give its own way, as one in digits is.
    "no_figure_in_words": (
        [
            ("Result stands", "Officials said the three ballots were lost. Three ballots were found in a box at the village hall."),
            ("Count ends", "After the count, three ballots went to the other side at the village hall."),
        ],
        "village hall",
    ),
    # A time of day the titles share ("2am") is a figure, not the common noun they name.
    "no_time_of_day": (
        [
            ("Bars must shut at 2am", "Every bar in Welham must shut at 2am from June, councillors decided."),
            ("Anger at 2am closing for bars", "Owners say a 2am closing will cost jobs. Each bar has a licence review."),
        ],
        None,
    ),
    # ... and so is a figure in words the titles share ("twelve").
    "no_number_word_in_titles": (
        [
            ("Council keeps twelve", "The council will keep twelve of its wardens, officials said."),
            ("Wardens: only twelve stay", "Only twelve will remain on duty after the cuts."),
        ],
        None,
    ),
    # "Assembly approved" and "council voted" are a subject and its verb, however capitalised or
    # widely printed: the thing they decided is the subject.
    "subject_and_verb": (
        [
            ("Vote on the quay", "The Assembly approved the mooring levy on Tuesday. Boat owners will pay it from May."),
            ("Owners face new charge", "On Tuesday the Assembly approved a mooring levy for all boats, after the council voted."),
            ("Skippers count the cost", "The levy starts in May, a month after the council voted."),
        ],
        "mooring levy",
    ),
    # A name in "-ed" is no verb ("Kelby United", a club), nor is a noun in "-ed" ("watershed").
    "name_in_ed": (
        [
            ("Kelby United stadium plan backed", "The council backed a new stadium for Kelby United on Monday. Fans of Kelby United have waited ten years."),
            ("Kelby United get their ground", "Kelby United will move to the new stadium in 2028, the club said."),
        ],
        "Kelby United",
    ),
    "noun_in_ed": (
        [
            ("Farms told to protect Brellan watershed", "Farmers must fence off streams in the Brellan watershed, the agency said."),
            ("Brellan watershed rules tighten", "New rules for the Brellan watershed start in June. Farmers in the Brellan watershed object."),
        ],
        "Brellan watershed",
    ),
    # One source prints "rising" and "pays" after its phrase: no sign of a longer one.
    "one_source_not_lengthened": (
        [("Skippers count the cost", "The harbour levy rising worries skippers. Skippers say the harbour levy pays for little.")],
        "harbour levy",
    ),
}


@pytest.mark.parametrize("story", STORIES)
def test_the_subject_is_a_thing_named_in_the_outlets_words(story):
    texts, expected = STORIES[story]
    sources = [Source(f"S{n}", f"{n}.txt", body, "0", title=title) for n, (title, body) in enumerate(texts, 1)]
    assert subject(sources, set()) == expected


def _source(n: int, text: str, outlet: str | None) -> Source:
    return Source(f"S{n}", f"{n}.md", text, str(n), outlet=outlet)


def _quoted(names: tuple[str, ...], text: str, sources: tuple[str, ...] = ("S1",)) -> list[tuple[str, list[Block]]]:
    """Each of ``names`` as a speaker of one quotation, in the order ``speakers`` gives."""
    return [(n, [Block(f"B{i}", "quote", n, text, sources, (0, i, 0, 0))]) for i, n in enumerate(names)]


def test_an_outlet_of_the_sources_is_named_by_its_name_its_own_desk_or_the_end_of_its_name_after_the():
    from briefing.headlines import outlets_among

    sources = [
        _source(1, "The Tolbury Evening Gazette said the quay would close. Later the Gazette added that the ferry would run.", "The Tolbury Evening Gazette"),
        _source(2, "Skerry Radio News said the vote was close.", "Skerry Radio News"),
    ]
    def said(*names: str) -> list[tuple[str, list[Block]]]:
        return _quoted(names, "The quay is closed.", ("S1", "S2"))

    names = ["Tolbury Evening Gazette", "the Tolbury Evening Gazette", "Gazette", "Skerry Radio News Poll", "Skerry Radio News", "Ada Vell"]
    assert outlets_among(sources, said(*names)) == set(names) - {"Ada Vell"}
    # A name that holds an outlet's name after a first name is a person, and a word inside one is no short form of it.
    assert outlets_among(sources, said("Ines Skerry Radio News", "Radio")) == set()
    # A last word the texts print without "the", after a title, is a surname: a person of that name.
    person = [_source(1, "Ms Gazette said the quay would close. Ida Gazette is the harbour master. The Tolbury Evening Gazette agreed.", "Tolbury Evening Gazette")]
    assert outlets_among(person, said("Gazette")) == set()
    # An outlet of one word opens the names of other bodies too: they are no desk of it.
    lantern = [_source(1, "The Lantern said rents would rise. Lantern Housing Trust said they would not.", "The Lantern")]
    assert outlets_among(lantern, said("Lantern Housing Trust", "Lantern")) == {"Lantern"}


def test_the_title_names_no_outlet_of_the_sources_among_its_speakers():
    from briefing.title import neutral_title

    sources = [
        _source(1, "Ida Rusk said the pier survey was wrong. The Pellby Gazette said it had seen the pier survey.", "The Pellby Gazette"),
        _source(2, "Ola Brenn said the pier survey was sound.", "Quay Radio"),
    ]
    names = ("Ida Rusk", "Pellby Gazette", "Ola Brenn", "Quay Radio Poll")
    blocks = [b for _, bs in _quoted(names, "The pier survey is out.") for b in bs]
    assert neutral_title(sources, blocks, ()) == "Pier survey: statements by Ida Rusk and Ola Brenn"


def test_a_subject_that_is_a_speaker_is_named_once_first_among_the_speakers():
    from briefing.title import title_from

    sources = [_source(n, "The quay wall is to be rebuilt.", None) for n in (1, 2)]
    names = ["Ida Rusk", "Ola Brenn", "Tam Orrin"]
    # the headlines name Ola Brenn, though Ida Rusk is quoted more
    assert title_from(sources, names, "Ola Brenn") == "Statements by Ola Brenn, Ida Rusk and others"
    assert title_from(sources, names, "quay wall") == "Quay wall: statements by Ida Rusk, Ola Brenn and others"
    # one the title would not name anyway is the subject alone
    assert title_from(sources, names, "Tam Orrin") == "Tam Orrin: statements by Ida Rusk, Ola Brenn and others"


def test_a_title_names_the_named_speakers_before_a_group_and_no_word_misread_as_a_name():
    from briefing.draft import draft_spec
    from briefing.title import neutral_title

    sources = [
        _source(1, "Ada Vell said the ferry timetable would change. The ferry leaves shortly after noon.", None),
        _source(2, "Tam Orrin said the ferry timetable was fixed, and Ada Vell agreed.", None),
    ]
    said = [
        ("Shortly", "statement", "Shortly after, the pier closed.", ("S1", "S2")),  # a word read as a name
        ("Harbour officials", "quote", "The ferry timetable is under review.", ("S1", "S2")),  # a group, not one person
        ("Ada Vell", "quote", "The ferry timetable must change.", ("S1", "S2")),
        ("Tam Orrin", "quote", "The ferry timetable stays as it is.", ("S2",)),
    ]
    blocks = [Block(f"B{i}", kind, name, text, ids, (0, i, 0, 0)) for i, (name, kind, text, ids) in enumerate(said)]
    title = "Ferry timetable: statements by Ada Vell, Tam Orrin and others"
    assert neutral_title(sources, blocks, ()) == title
    # with one named speaker, the group comes second: the word read as a name is never named
    assert neutral_title(sources, blocks[:3], ()) == "Ferry timetable: statements by Ada Vell and Harbour officials"
    # the build with no spec and the draft spec of `briefing init` give one title
    assert f'title = "{title}"' in draft_spec(sources, blocks, ()).splitlines()


def test_a_title_names_a_person_whose_first_name_is_a_word_among_the_named():
    from briefing.title import neutral_title

    sources = [
        _source(1, "Rose Quennock said the ferry timetable would change. Fares rose in May.", None),
        _source(2, "Rose Quennock, who runs the cafe, said the ferry timetable was wrong. Tam Orrin and Ida Rusk disagreed.", None),
    ]
    said = [
        ("Harbour officials", "The ferry timetable is under review.", ("S1", "S2")),
        ("Rose Quennock", "The ferry timetable must change.", ("S1", "S2")),
        ("Tam Orrin", "The ferry timetable stays as it is.", ("S2",)),
        ("Ida Rusk", "The ferry timetable stays.", ("S2",)),
    ]
    blocks = [Block(f"B{i}", "quote", name, text, ids, (0, i, 0, 0)) for i, (name, text, ids) in enumerate(said)]
    # "rose" is printed in lower case and "Rose" only where a sentence opens: still a person's name
    assert neutral_title(sources, blocks, ()) == "Ferry timetable: statements by Rose Quennock, Tam Orrin and others"
