"""A count of people told two ways (issue 10, the same count of different
nouns): a count of people in general and a count of persons of one value
("40 people" / "40 cases", "212 people" / "212 passengers"), and counts of
two kinds of person one of which is a kind of the other ("120 employees" /
"120 workers"), are one count (``things.one_count``, nouns from WordNet
3.0: ``data/en/people.txt``, ``tools/derive_people.py``), when one wording
only adds words to the other (``aligned.aligned``); one value counting
two lots of beings, or people and what is no being, is two counts
(``things.counted_apart``). All sentences are made up."""

import pytest
from conftest import two_outlets

from briefing import aligned, fact_profile, paraphrase, synonyms, things

# One count of people: two blocks without ``one_count``.
ONE_COUNT = [
    ("Lindon health board figures show 40 cases of measles in the county this spring.", "Lindon health board figures show 40 people with measles in the county this spring."),
    ("Rescuers pulled 17 people from the rubble of the Corvale market after the quake.", "Rescuers pulled 17 survivors from the rubble of the Corvale market after the quake."),
    ("The Brisk ferry carried 212 people when it ran aground off Tollan Point.", "The Brisk ferry carried 212 passengers when it ran aground off Tollan Point."),
    ("Vaccination teams reached 3,000 individuals in the Marden valley last month.", "Vaccination teams reached 3,000 people in the Marden valley last month."),
    # two kinds of person, one a kind of the other
    ("The Dunsley mill will cut 120 employees from its payroll in March.", "The Dunsley mill will cut 120 workers from its payroll in March."),
    ("Some 40 passengers on the Tarlby ferry were stranded overnight.", "Some 40 travelers on the Tarlby ferry were stranded overnight."),
    # a group noun's singular counts its members, persons WordNet names ("staff": "staffer", a kind of worker)
    ("About 240 staff at the Kelby depot were sent home on Tuesday.", "About 240 workers at the Kelby depot were sent home on Tuesday."),
    # a kind of person the list holds, and people in general: one count, whatever they did
    ("Eighty volunteers searched the Skelby moor for the missing walker overnight.", "Eighty people searched the Skelby moor for the missing walker overnight."),
]

# Two counts of one value: one block without ``counted_apart``.
TWO_COUNTS = [
    ("Police in Stanmore arrested 14 men after the brawl outside the Lark stadium.", "Police in Stanmore arrested 14 children after the brawl outside the Lark stadium."),
    ("Police in Stanmore arrested 14 men after the brawl outside the Lark stadium.", "Police in Stanmore arrested 14 women after the brawl outside the Lark stadium."),
    ("The flood forced 30 families from their homes in Dunmere on Friday.", "The flood forced 30 people from their homes in Dunmere on Friday."),
    ("Inspectors have confirmed 23 deaths from salmonella at the Orley fair.", "Inspectors have confirmed 23 people ill with salmonella at the Orley fair."),
    # a group noun's plural counts groups
    ("Five crews were sent to the blaze at the Kelby depot on Tuesday.", "Five workers were sent to the blaze at the Kelby depot on Tuesday."),
    # the verb both print after the count is what two lots did, no noun in common
    ("Sixty paramedics worked through the night at the Lorne showground on Tuesday.", "Sixty people worked through the night at the Lorne showground on Tuesday."),
    ("Thirty wardens arrived at Tollby beach after the alarm was raised.", "Thirty people arrived at Tollby beach after the alarm was raised."),
    # two nouns of persons the people list does not hold, neither one count with the other
    ("Twelve welders marched through the streets of Delby on Saturday afternoon.", "Twelve bakers marched through the streets of Delby on Saturday afternoon."),
]


@pytest.mark.parametrize(("a", "b"), ONE_COUNT)
def test_a_count_of_people_and_of_persons_of_one_value_is_one_count(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 1
    monkeypatch.setattr(things, "one_count", lambda *_: False)
    monkeypatch.setattr(synonyms, "above", lambda *_: False)  # "travelers" is the kind right above "passengers" (test_paraphrase_kinds)
    assert len(two_outlets(a, b)) == 2


@pytest.mark.parametrize(("a", "b"), TWO_COUNTS)
def test_one_value_counting_two_lots_is_two_counts(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 2
    monkeypatch.setattr(things, "counted_apart", lambda *_: False)
    monkeypatch.setattr(things, "_other_persons", lambda *_: False)  # one kind of person put for another word for word (test_paraphrase_acts)
    assert len(two_outlets(a, b)) == 1


def test_people_in_general_are_one_count_with_a_person_not_with_a_group_or_a_thing():
    assert things.one_count("people", "cases") and things.one_count("cases", "people")  # an occurrence that is a person too
    assert things.one_count("persons", "workers") and things.one_count("people", "individuals")
    assert not things.one_count("workers", "nurses")  # two kinds of person, neither a kind of the other
    assert things.one_count("employees", "workers") and things.one_count("workers", "employees")  # an employee is a kind of worker
    assert not things.one_count("drivers", "workers") and not things.one_count("men", "workers")
    assert things.one_count("staff", "employees") and not things.one_count("staffs", "employees")  # members, not groups
    assert not things.one_count("families", "people") and not things.one_count("family", "people")  # no member WordNet names
    assert not things.one_count("people", "families")  # a group of people
    assert not things.one_count("people", "hands")  # first a part of the body
    assert not things.one_count("people", "homes")


def test_a_count_is_stemmed_as_the_others_only_in_a_wording_that_adds_no_other_word_of_what_happened():
    people = fact_profile.profile("Clinic staff said 12 people were treated for tick fever in June.")
    cases = fact_profile.profile("Clinic staff treated 12 cases of tick fever in June.")
    assert aligned.aligned(cases, people).stems >= {"#12 peopl", "peopl"}
    ruled_out = fact_profile.profile("Clinic staff ruled out 12 cases of tick fever in June.")
    assert aligned.aligned(ruled_out, people).stems == ruled_out.stems


def test_counts_of_one_value_are_read_apart_only_when_they_count_no_noun_in_common():
    def apart(one, other):
        def nouns(text):
            return paraphrase._counted_nouns(fact_profile.profile(text).stems)

        return things.counted_apart(nouns(one), nouns(other), fact_profile.profile(one).sequence, fact_profile.profile(other).sequence)

    assert apart("Nine nurses on the ward backed the strike.", "Nine doctors on the ward backed the strike.")
    assert apart("Nine nurses on the ward backed the strike.", "Nine beds on the ward were closed.")  # people and a thing
    assert apart("Doctors recorded 14 cases of flu this week.", "Doctors recorded 14 deaths from flu this week.")  # "Death" is a person only as a personification
    assert not apart("Nine members of the union backed the strike.", "Nine union members backed the strike.")
    assert not apart("Forty bus drivers walked out on Monday.", "Forty lorry drivers walked out on Monday.")  # "drivers", a noun: whom, both
    assert apart("Sixty paramedics worked through the night.", "Sixty people worked through the night.")  # "worked": a verb, what they did
    assert apart("Sixty paramedics worked through the night.", "Sixty welders worked through the night.")
    assert not apart("Sixty paramedics worked through the night.", "Sixty paramedics worked through the weekend.")
    assert not apart("Forty wounded soldiers were flown home on Monday.", "Forty wounded were flown home on Monday.")  # a past form printed first in both: what it counts
    assert not apart("Nine nurses on the ward backed the strike.", "Seven doctors on the ward backed the strike.")  # figures differ: not this rule's
    assert not apart("The storm damaged 300 homes in the valley.", "The storm damaged 300 houses in the valley.")  # no beings
