"""Words to watch and inflection (``tools/derive_subjective.py``): an
inflected form is as common as its base form, so a plural noun or a verb's
form whose word is everyday ("tension", "fall", "become") is no loaded term
of the outlet's; an adjective of verdict keeps its own rating. Sentences
written for these tests; fictional places."""

from briefing.neutrality import outlet_terms


def test_a_form_of_an_everyday_verb_is_what_happened():
    for text in (
        "Ferry fares have fallen since the second boat arrived.",
        "The harbour is becoming busier every summer.",
        "The crew fought the fire for six hours and lost the boathouse.",
    ):
        assert outlet_terms(text, "event") == (), text


def test_the_plural_of_an_everyday_noun_is_the_story():
    for text in (
        "Tensions between the two harbour boards eased on Friday.",
        "Police made four arrests after the riots in the old town.",
    ):
        assert outlet_terms(text, "event") == (), text


def test_a_verdict_stays_loaded_beside_them():
    found = set(outlet_terms("Tensions rose after the board's bogus and callous figures.", "event"))
    assert {"bogus", "callous"} <= found and "tensions" not in found
    assert "devastating" in outlet_terms("Fares have fallen after a devastating winter for the ferry.", "event")
