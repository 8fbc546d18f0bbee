"""The index of facts (``fact_index.candidates``): the quick tests it puts
to a pair before ``_near`` and ``_anchored`` never drop a pair that those
keep, and the pairs it gives are those an all-pairs reading keeps. All
sentences are made up."""

from itertools import combinations

from briefing import fact_index, fact_profile, nearness, paraphrase

SENTENCES = [
    # Near: most words in common.
    "The Orvale council approved the new tram depot at the harbour on Tuesday.",
    "Orvale councillors approved a new tram depot for the harbour on Tuesday.",
    # Held by a count of a thing and two words of what happened.
    "Brannock Foods will create 2,500 jobs at its new bakery.",
    "The bakery will create 2,500 jobs, Brannock Foods said.",
    # Held by a day of a month.
    "Quillan ferry back on 14 March.",
    "The ferry returned to Quillan harbour on March 14 after repairs.",
    # A figure in common and little else.
    "Police in Tessby counted 2,500 people at the march.",
    "Ticket sales at Tessby Rovers reached 2,500 for the cup tie.",
    # Held by a span of time, and two words and a set of synonyms ("said" / "says").
    "The league said the suspension was set to run for at least a fortnight.",
    "The league says the ban will probably last at least a fortnight.",
    # Nothing in common.
    "Heavy rain closed the coast road near Dunhallow overnight.",
    "A second reading of the water bill is due in the spring.",
]


def test_the_quick_tests_keep_every_pair_near_or_anchored():
    views = [v for text in SENTENCES for v in fact_profile.views(text)]
    for a, b in combinations(views, 2):
        words = sum(s[0] not in "#@~" for s in a) + sum(s[0] not in "#@~" for s in b)
        assert fact_index._kept(a, b, words) == (nearness._near(a, b) or nearness._anchored(a, b)), (a, b)


def test_the_index_gives_the_pairs_an_all_pairs_reading_keeps():
    stems = [fact_profile.stems(text) for text in SENTENCES]
    every = [(a, b) for a, b in combinations(range(len(stems)), 2) if nearness._near(stems[a], stems[b]) or nearness._anchored(stems[a], stems[b])]
    assert every  # the sentences hold near and anchored pairs
    assert fact_index.candidates(stems, range(len(stems))) == every


def test_a_set_of_synonyms_in_common_is_a_word_in_common():
    # Without it the pair shares three words of fifteen: not anchored, never judged.
    said, says = SENTENCES[8:10]
    assert fact_index.fact_pairs([fact_profile.views(said), fact_profile.views(says)], [0, 1]) == [(0, 1)]
    assert paraphrase.one_fact(fact_profile.profile(said), fact_profile.profile(says))


def test_a_nouns_kinds_are_probed_after_its_words():
    # each sentence's kind marks are rarer than any of its words: probed first,
    # they would spend every probe and the near pair would never meet
    words = ["orval", "counc", "appro", "tram", "depot", "harbo"]
    ours, theirs = [f"~kours{n}" for n in range(8)], [f"~ktheirs{n}" for n in range(8)]
    assert fact_index.candidates([ours + words, theirs + words], ["S1", "S2"]) == [(0, 1)]
