"""Words to watch and plurals (``tools/derive_subjective.py``): a plural noun
is as common as its singular, so the plural of an everyday noun ("tension",
"arrest", "riot") is no loaded term of the outlet's, while a verdict beside
it still is. Sentences written for these tests; fictional places."""

from briefing.neutrality import outlet_terms


def test_the_plural_of_an_everyday_noun_is_the_story():
    for text in (
        "Tensions between the two harbour boards eased on Friday.",
        "Police made four arrests after the riots in the old town.",
        "The ferry company reported two failures of its loading ramp.",
    ):
        assert outlet_terms(text, "event") == (), text


def test_a_verdict_stays_loaded_beside_them():
    found = set(outlet_terms("Tensions rose after the board's bogus and callous figures.", "event"))
    assert {"bogus", "callous"} <= found and "tensions" not in found
    assert "devastating" in outlet_terms("Two arrests followed a devastating winter for the ferry.", "event")
