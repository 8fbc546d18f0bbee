"""Details each wording adds (issue 10, paraphrased facts): a name one
outlet prints only where a capital tells nothing (it opens the sentence) is
printed by both, and so is a name the other prints by its initials ("the
KWA"); a day of the week one adds and a place or a month the
other adds are two details, each left out by the other
(``paraphrase._named_apart``); a month's abbreviation is the month
(``fact_profile._word_stem``); "is due to", "is set to", "is scheduled to"
tell when, as "will" does (``grammar.timetabled``). Two days, two months,
two places, another figure, the opposite act or a denial stay apart. Of
the two words a count is read with ("four secondary schools"), the first
is what it counts and the second a word of what happened
(``paraphrase._counted_words``). All sentences are made up."""

import pytest

from briefing.fact_profile import profile, stems
from briefing.paraphrase import one_fact

ONE_FACT = [
    # a name the other prints at the opening of its sentence
    ("A Tellow licensing panel voted 5-2 on Monday to approve a permit for a gravel quarry.",
     "Tellow councillors voted 5-2 on Monday to approve the permit for the Garrick Hill gravel quarry."),
    # a name and its initials
    ("The Kelby Water Authority and the police are investigating the oil spill into the Trell river.",
     "The KWA and the police are investigating the oil spill into the Trell river."),
    # a day one adds, a place the other adds
    ("The Arden tunnel was closed to lorries on Friday after a flood in its northern bore.",
     "The Arden tunnel near Wexley was closed to lorries after a flood in its northern bore."),
    ("Ninety pupils at Corran Primary were sent home on Thursday after the heating failed in the main hall.",
     "Ninety pupils at Corran Primary in Lisk were sent home after the heating failed in the main hall."),
    # a month's abbreviation
    ("Bus drivers at Pellow depot will strike for 72 hours from Nov. 3 over a pay offer.",
     "Bus drivers at Pellow depot will strike for 72 hours from November 3 over a pay offer."),
    # a month's abbreviation is no name of a place against the place the other adds
    ("Bus drivers at the Quenby depot will strike for 72 hours from Nov. 3 over a pay offer.",
     "Bus drivers at the Quenby depot in Ardley will strike for 72 hours from November 3 over a pay offer."),
    # a timetable: "is scheduled to", "is due to", "is set to", "will"
    ("Repairs to the pier are due to start in June.", "Repair work on the pier is scheduled to start in June."),
    ("The Tarn arena is due to open on 2 May 2029.", "The Tarn arena is set to open on May 2, 2029."),
    # a count read with two words, a place one adds and the other describes
    ("Four secondary schools in Wexley were shut on Tuesday.", "Four secondary schools near the quarry were shut on Tuesday."),
]

TWO_FACTS = [
    # two days, two months, two places, initials of another name
    ("The Kelby Water Authority and the police are investigating the oil spill into the Trell river.",
     "The KWB and the police are investigating the oil spill into the Trell river."),
    ("The KWA and the police are investigating the oil spill into the Trell river.",
     "The EPO and the police are investigating the oil spill into the Trell river."),
    # initials that begin a name of their own name another body
    ("The Kelby Water Authority fined the Trell mill £40,000 for the spill.", "KWA Holdings fined the Trell mill £40,000 for the spill."),
    ("The Kelby Water Authority and the police are investigating the oil spill into the Trell river.",
     "The KWA and the police are investigating the oil spill into the Tarn river."),
    ("The Arden tunnel was closed to lorries on Friday after a flood in its northern bore.",
     "The Arden tunnel was closed to lorries on Saturday after a flood in its northern bore."),
    ("The Arden tunnel near Wexley was closed to lorries after a flood in its northern bore.",
     "The Arden tunnel near Tarnby was closed to lorries after a flood in its northern bore."),
    ("Bus drivers at Pellow depot will strike for 72 hours from Nov. 3 over a pay offer.",
     "Bus drivers at Pellow depot will strike for 72 hours from Dec. 3 over a pay offer."),
    ("Repairs to the pier are due to start in June.", "Repair work on the pier is scheduled to start in July."),
    ("The Tarn arena is due to open on 2 May 2029.", "The Tarn arena is set to open on May 3, 2029."),
    # another act, figure, kind or day on a count of two words
    ("Four secondary schools in Wexley were shut on Tuesday.", "Four secondary schools near the quarry were inspected on Tuesday."),
    ("Four secondary schools in Wexley were shut on Tuesday.", "Five secondary schools near the quarry were shut on Tuesday."),
    ("Four secondary schools in Wexley were shut on Tuesday.", "Four primary schools near the quarry were shut on Tuesday."),
    ("Four secondary schools in Wexley were shut on Tuesday.", "Four secondary schools near the quarry were reopened on Tuesday."),
    ("Four secondary schools in Wexley were shut on Tuesday.", "Four secondary schools near the quarry were shut on Wednesday."),
    ("Eight firefighters attended the blaze at the Corran depot.", "Eight firefighters were injured at the Corran depot."),
    # another figure
    ("Ninety pupils at Corran Primary were sent home on Thursday after the heating failed in the main hall.",
     "Sixty pupils at Corran Primary in Lisk were sent home after the heating failed in the main hall."),
    # the opposite act, and a denial
    ("Repairs to the pier are due to start in June.", "Repair work on the pier is scheduled to finish in June."),
    ("The Tarn arena is due to open on 2 May 2029.", "The Tarn arena is set to close on May 2, 2029."),
    ("The Tarn arena is due to open on 2 May 2029.", "The Tarn arena is not set to open on May 2, 2029."),
    ("A Tellow licensing panel voted 5-2 on Monday to approve a permit for a gravel quarry.",
     "Tellow councillors voted 5-2 on Monday to reject the permit for the Garrick Hill gravel quarry."),
    ("A Tellow licensing panel voted 5-2 on Monday to approve a permit for a gravel quarry.",
     "Tellow councillors voted 6-1 on Monday to approve the permit for the Garrick Hill gravel quarry."),
]


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_details_each_wording_adds_are_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_another_day_place_figure_or_act_is_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))


def test_a_word_of_a_timetable_is_one_only_after_a_form_of_be():
    # "be set to", "be due to" (a word between: "is now due to") tell when;
    # without "be", "set to work" is a verb of its own, a word of what happened
    assert "set" not in stems("The Hebble volunteers are set to clear the towpath.")
    assert "due" not in stems("Repairs to the Hebble towpath are now due to start.")
    assert "set" in stems("The Hebble volunteers set to work on the towpath.")
    assert "due" in stems("The Hebble towpath closed, due to flooding.")
