"""The outlet's frame around reported speech (``briefing.reported``), cut
where attribution reads the sentence's cue (``saying.speaker_of``): what
the speaker is reported to have said is theirs, the words naming them and
their verb are the outlet's. Sentences written for these tests; fictional
people and places."""

from briefing.neutrality import outlet_terms
from briefing.reported import outlet_wording


def test_an_attribution_after_what_it_reports_is_the_frame():
    # closing, with "according to" as with a verb of saying
    assert outlet_wording("The levy is a bogus tax, according to the harbour guild.", "statement") == ", according to the harbour guild."
    assert outlet_terms("The levy is a bogus tax, according to the harbour guild.", "statement") == ()
    # set inside the sentence between commas: what follows it is reported too
    inside = "The levy, harbour officials said, is a cruel tax on small boats."
    assert outlet_wording(inside, "statement") == ", harbour officials said," and outlet_terms(inside, "statement") == ()
    # the outlet's own adjective in the attribution stays its own
    assert outlet_terms("The levy is a cruel tax, the furious harbour master said.", "statement") == ("furious",)


def test_a_speaker_named_before_a_comma_is_the_subject_and_what_follows_the_verb_is_reported():
    said = "Pia Lund, in a letter to the harbour board on Monday, said the levy was a bogus tax."
    assert outlet_wording(said, "statement") == "Pia Lund, in a letter to the harbour board on Monday, said"
    assert outlet_terms(said, "statement") == ()


def test_say_and_saying_take_what_was_said_with_no_that():
    assert outlet_terms("Harbour traders say the levy is a cruel tax on their catch.", "statement") == ()
    toured = "Pia Lund toured the quay on Friday, saying the levy was a cruel tax."
    assert outlet_wording(toured, "statement") == "Pia Lund toured the quay on Friday, saying"
    # a second verb of the subject is the cue too (``sentence_rules.coordinated_verb``)
    second = "Pia Lund toured the quay on Friday and said the levy was a cruel tax."
    assert outlet_wording(second, "statement") == "Pia Lund toured the quay on Friday and said"
    assert outlet_terms(second, "statement") == ()


def test_a_verb_with_an_object_of_its_own_frames_nothing():
    # what the verb acts on is the outlet's telling, not words put in a mouth
    assert set(outlet_terms("Pia Lund slammed the bogus levy.", "statement")) == {"bogus", "slammed"}
    # a sentence nobody is said to speak in is all the outlet's
    assert outlet_wording("The bogus levy closed the quay.", "statement") == "The bogus levy closed the quay."
