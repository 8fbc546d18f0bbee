"""The scale benchmark's generator keeps its truth unambiguous: two quotes
that differ only by a word it swaps when an outlet retypes a quote count as
one quote to its uniqueness checks."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import generate_words


def test_a_swapped_word_does_not_make_a_quote_distinct():
    # "plan" <-> "scheme", "people" -> "residents", "never" -> "not once"
    assert generate_words.key("The plan will never reach the people of Dunmarra") == generate_words.key(
        "the scheme will not once reach the residents of Dunmarra"
    )


def test_other_words_still_make_a_quote_distinct():
    assert generate_words.key("The plan will reach Dunmarra") != generate_words.key("The plan will reach Tolvey")
    # a swap word inside a longer word is not that word
    assert generate_words.key("They planned helpful schemes") == "they planned helpful schemes"
