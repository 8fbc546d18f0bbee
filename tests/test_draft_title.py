"""The subject the draft's title names (``topic.subject``): made-up stories."""

from __future__ import annotations

import pytest

from briefing.model import Source
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
