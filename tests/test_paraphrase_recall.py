"""Recall of paraphrased facts (issue 10 item 3): the same fact that outlets
tell in their own words (a synonym for a word, a second clause, a day one
of them adds) is one block; and the near pairs these rules must not join.
All sentences are made up."""

from briefing import aligned, clauses, fact_profile, paraphrase
from briefing.merge import consolidate
from briefing.model import Statement


def said(source, text, kind="event"):
    return Statement(source, kind, text, None, (0, 0, 0))


def blocks_of(*texts):
    sources = [f"S{n}" for n in range(1, len(texts) + 1)]
    return consolidate([said(s, t) for s, t in zip(sources, texts)], sources)


def test_a_synonym_in_its_first_sense_is_the_same_word():
    # Four words in common and "start" for "begin": one fact.
    blocks = blocks_of("Ferry crews will start a pay ballot in May.", "Ferry crews will begin a pay ballot in May.")
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_a_synonym_does_not_make_two_different_facts_one():
    # "start" / "begin", but the crews and the ballot differ.
    assert len(blocks_of("Ferry crews will start a pay ballot in May.", "Dock crews will begin a strike ballot in May.")) == 2
    # A word in another sense than the first is no synonym: "cap" is a hat
    # first, so "capped" / "limited" do not count as one word (a miss,
    # never a guess).
    assert len(blocks_of("Harbour berths will be capped at Portlenna quay.", "Harbour berths will be limited at Portlenna quay.")) == 2


def test_synonyms_are_read_by_the_word_not_its_stem():
    # "statement" shares its first five letters with "state", whose first
    # sense as a verb is "say": no synonym of "said".
    one = fact_profile.profile("In a statement, the ferry crews backed the pay offer.")
    other = fact_profile.profile("The ferry crews said they backed the pay offer.")
    assert aligned.aligned(other, one).stems == other.stems
    start = fact_profile.profile("Ferry crews will start a pay ballot in May.")
    begin = fact_profile.profile("Ferry crews will begin a pay ballot in May.")
    assert aligned.aligned(begin, start).stems == start.stems


def test_a_noun_of_an_action_is_the_same_word_as_its_verb_and_its_synonyms():
    # "construction" names "construct", whose first sense is "build"'s.
    built = fact_profile.profile("Kestrel Ports expects the new quay to employ 450 people while it is built.")
    construction = fact_profile.profile("The new quay will need about 450 construction workers, Kestrel Ports said.")
    assert paraphrase.one_fact(built, construction) and paraphrase.one_fact(construction, built)
    # "demolition" names "demolish": no word of building.
    demolition = fact_profile.profile("The new quay will need about 450 demolition workers, Kestrel Ports said.")
    assert not paraphrase.one_fact(built, demolition)


# A sentence that tells two things: when the repairs start, and how long they take.
TWO_THINGS = (
    "Repairs to the Glenmora footbridge will start in June, and the council expects the work "
    "to take about two years and use most of the roads reserve."
)


def test_a_sentence_of_two_facts_joins_the_outlet_that_tells_its_first():
    one = "Repairs to the Glenmora footbridge will start in June."
    blocks = blocks_of(TWO_THINGS, one)
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")
    assert clauses.lead(TWO_THINGS) == "Repairs to the Glenmora footbridge will start in June"


def test_a_later_clause_alone_joins_nothing():
    second = "The council thinks the footbridge job will last roughly two years and eat up most of the roads reserve."
    assert len(blocks_of(TWO_THINGS, second)) == 2


def test_a_first_clause_still_needs_the_whole_sentences_to_agree():
    # The first clauses are one fact; the second clause gives another year.
    two = "Repairs to the Glenmora footbridge will start in June, and the council expects them to end in 2029."
    other = "Repairs to the Glenmora footbridge will start in June, and the council expects them to end in 2031."
    assert len(blocks_of(two, other)) == 2


def test_a_day_or_month_one_outlet_adds_is_a_detail():
    one = "The Arnmouth lock gates will reopen to barges on Tuesday after a winter of repairs."
    other = "The Arnmouth lock gates will reopen to barges after a winter of repairs."
    blocks = blocks_of(one, other)
    assert len(blocks) == 1
    # Two different days are two facts, not a detail left out.
    assert len(blocks_of(one, other.replace("barges after", "barges on Friday after"))) == 2


def test_a_place_one_outlet_adds_to_a_counted_fact_is_a_detail():
    # Held together by two sums, a place one outlet names is a detail.
    one = "The toll for vans on the Kelvale Bridge will rise from £4 to £6 in spring."
    other = "The toll for vans goes up from £4 to £6."
    assert len(blocks_of(one, other)) == 1
    # Another place in the other is no detail left out: two tolls.
    assert len(blocks_of(one, other.replace("vans goes", "vans on the Quenmore Bridge goes"))) == 2


def test_a_first_clause_of_only_who_joins_nothing():
    # The first clause shares a name and its title ("acting harbour
    # master") with the other sentence, and no word of what happened.
    two = "Ferry crews wrote to acting harbour master Tam Greave, which the port trust fears will hold up the winter refit of both boats."
    other = "Acting harbour master Tam Greave stayed silent."
    assert len(blocks_of(two, other)) == 2
    # What happened agrees too: one fact, the title as printed.
    two = "Acting harbour master Tam Greave will close the north slipway in March, and the board expects repairs to last a year."
    other = "Acting harbour master Tam Greave is to close the north slipway in March."
    assert len(blocks_of(two, other)) == 1


def test_one_event_on_one_day_of_a_month_is_one_fact():
    # Too few words in common to be near, but the same day and no word of
    # what happened that the other lacks ("start" is "begin").
    one = "Dredging of the Ollerton channel will start on 12 May 2028."
    other = "Dredging of the Ollerton channel is to begin on May 12, 2028."
    blocks = blocks_of(one, other)
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_one_day_does_not_join_two_events():
    one = "Crews will start dredging the channel on 12 May 2028."
    # Another thing done on that day: a word of what happened each lacks.
    assert len(blocks_of(one, "Crews will begin piling beside the channel on May 12, 2028.")) == 2
    assert len(blocks_of("Dredging will start on 12 May.", "Voting will start on 12 May.")) == 2
    # The opposite of what happened, and another day.
    assert len(blocks_of(one, "Crews will stop dredging the channel on 12 May 2028.")) == 2
    assert len(blocks_of(one, "Crews will start dredging the channel on 14 May 2028.")) == 2


def test_a_day_of_a_month_followed_by_a_comma_is_read_as_a_day():
    from briefing.forms import figures

    assert figures("The vote is set for March 3, 2029, the clerk said.").dates == frozenset({"03-03"})
    assert figures("The firm will hire 1,400 people.").quantities == frozenset({"1400 peopl"})


def test_a_form_of_a_verb_is_the_noun_of_it_when_a_figure_is_shared():
    # "was fined" / "a fine": one act, done for one sum; the index meets
    # the two through the verb "fined" is a form of.
    blocks = blocks_of("Corbel Plastics was fined £2m for the leak.", "Corbel Plastics received a £2m fine for the leak.")
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_a_form_of_a_verb_and_its_noun_need_a_figure_in_common():
    # Nothing shared but the act and what it was for: two near wordings
    # may tell two fines.
    a, b = fact_profile.profile("the club was fined for the pitch invasion"), fact_profile.profile("the club got a fine for the pitch invasion")
    assert aligned.aligned(b, a).stems == b.stems
    # A place both name is where, not what was done: "made" / "will make"
    # an announcement there may be two.
    a = fact_profile.profile("Ruth Calde made a public announcement at Tarnby Grammar School, her old school, in Tarnby.")
    b = fact_profile.profile("Calde will make the announcement from her hometown of Tarnby.")
    assert aligned.aligned(b, a).stems == b.stems
    # Another sum is another fine.
    assert len(blocks_of("Corbel Plastics was fined £2m for the leak.", "Corbel Plastics received a £5m fine for the leak.")) == 2


def test_and_before_a_second_subject_and_its_operator_ends_the_first_clause():
    # no comma: "and" then a subject of a word or three and an auxiliary or modal,
    # when the first clause holds one too
    two = "The Wexby ferry service will return in May and its night sailings will be cut."
    assert clauses.lead(two) == "The Wexby ferry service will return in May"
    # one subject of two names, and a first part with no operator
    assert clauses.lead("Pellam, Orvis and Tandry will pay the Kelby toll from May.") is None
    assert clauses.lead("Repairs to the Wexby pier in May and the new lights will cost £2m.") is None
