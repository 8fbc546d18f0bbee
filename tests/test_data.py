"""The word lists under ``briefing/data`` are well formed: a list word that
is not as the engine compares words (lower case, no spaces around it) or is
listed twice is a mistake that silently never matches or hides an edit."""

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from briefing import data
from briefing.cues import evidence
from briefing.fact_profile import profile
from briefing.model import Block, PositionSpec
from briefing.not_names import never_a_name
from briefing.positions import principal

FILES = sorted((Path(data.__file__).parent / data.LANGUAGE).glob("*.toml"))
CAPITALISED = {("places_us", "unabbreviated_states")}  # matched against names as printed


def _lists(path):
    """Every list in the file, also those inside its tables."""
    found = []
    for key, value in tomllib.loads(path.read_text("utf-8")).items():
        table = value if isinstance(value, dict) else {"": value}
        found += [(key, words) for words in table.values() if isinstance(words, list)]
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_word_list_is_listed_once_in_the_form_it_is_compared_in(path):
    assert _lists(path), f"{path.name} holds no list"
    for key, words in _lists(path):
        assert all(isinstance(w, str) and w and w == w.strip() for w in words), key
        if (path.stem, key) not in CAPITALISED:
            assert [w for w in words if w != w.lower()] == [], key
        assert [w for w, n in Counter(words).items() if n > 1] == [], key


def test_words_reads_a_list_as_a_set():
    assert data.words("grammar", "weekdays") == frozenset(data.load("grammar")["weekdays"])
    assert "monday" in data.words("grammar", "weekdays")


def test_the_two_negator_lists_do_what_their_headers_say():
    # The placement stage's list holds the negative adverbs: "hardly" denies the cue after it.
    specs = (PositionSpec("yes", "For the tunnel", ("faster trains",)), PositionSpec("no", "Against the tunnel", ("waste of money",)))
    hardly = evidence(Block("B1", "quote", "Ona Brisk", "We will hardly see faster trains on this coast.", ("S1",), (0, 0, 1, 0)), specs)
    assert hardly.counted == {} and hardly.ignored[0].kind == "negated"
    # The paraphrase test counts negations for polarity: "neither ... nor" is one denial, not two.
    assert profile("Neither Ilsa Varn nor her deputy approved the harbour levy.").negated
    assert not profile("Ilsa Varn and her deputy approved the harbour levy.").negated


def test_a_month_that_is_a_given_name_may_name_a_person_and_the_others_never():
    assert not never_a_name("june", "June") and not never_a_name("may", "May")
    assert never_a_name("january", "January") and never_a_name("sept", "Sept")


def test_an_office_named_in_the_unit_list_speaks_for_its_principal():
    speakers = ["Tova Rusk", "Ilan Moor"]
    assert principal("Tova Rusk's press office", speakers, {}) == "Tova Rusk"
    assert principal("Tova Rusk’s campaign", speakers, {}) == "Tova Rusk"
    assert principal("Tova Rusk's garden", speakers, {}) is None  # not a unit that speaks for anyone
