"""The subject the draft's title names (``topic.subject``): made-up stories."""

from __future__ import annotations

from briefing.model import Source
from briefing.topic import subject


def _titled(stories: list[tuple[str, str]]) -> str | None:
    sources = [Source(f"S{n}", f"{n}.txt", body, "0", title=title) for n, (title, body) in enumerate(stories, 1)]
    return subject(sources, set())


def test_a_phrase_that_opens_sentences_takes_its_case_from_where_it_does_not():
    # "Harbour dues" is capitalised only where a sentence begins: a common noun, not a name.
    found = _titled(
        [
            ("Harbour dues to rise", "Harbour dues will rise in April. The council said the fishing fleet would pay more."),
            ("Anger over harbour dues", "Harbour dues pay for the dredging. Skippers said the harbour dues were too high. The fishing fleet met on Friday."),
        ]
    )
    assert found == "harbour dues"


def test_a_common_noun_after_a_name_is_the_subject_before_a_name_or_a_phrase_no_title_holds():
    # "Dunmarrow weir" names a weir; "Orlanby Partnership", as often in the titles, is a name;
    # "river bank" is in no title.
    found = _titled(
        [
            ("Orlanby Partnership starts work on Dunmarrow weir", "Engineers began work on the Dunmarrow weir on Monday. "
             "The Orlanby Partnership paid for the survey of the river bank."),
            ("Dunmarrow weir repairs begin, says Orlanby Partnership", "Repairs to the Dunmarrow weir will take a year, "
             "the Orlanby Partnership said. The river bank is closed."),
        ]
    )
    assert found == "Dunmarrow weir"


def test_the_subject_holds_no_figure():
    found = _titled(
        [
            ("City backs 12,000-seat arena", "The city approved a 12,000-seat arena on the docks. The arena site lies below the sea wall."),
            ("Critics fear for 12,000-seat arena", "Work on the 12,000-seat arena starts soon. Critics say the arena site is too small."),
        ]
    )
    assert found == "arena site"


def test_one_sources_phrase_is_not_lengthened_by_the_word_it_prints_after_it():
    found = _titled([("Skippers count the cost", "The harbour levy rising worries skippers. Skippers say the harbour levy pays for little.")])
    assert found == "harbour levy"
