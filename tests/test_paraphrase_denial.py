"""A denial of a clause is the clause said with "not" (issue 10, a negation
one side has): "denied that the auditors found errors" / "said the
auditors found no errors" are one claim, and "denied that" / "said" the
same clause two (``fact_profile._DENIAL``). All sentences are made up."""

import re

import pytest
from conftest import two_outlets

from briefing import fact_profile, paraphrase

ONE_CLAIM = [
    ("The Brenmouth trust denied that its auditors had found errors in the 2022 accounts.", "The Brenmouth trust said its auditors had found no errors in the 2022 accounts."),
    ("The Tolby council denies that the Marsh Lane depot will close next spring.", "The Tolby council says the Marsh Lane depot will not close next spring."),
    ("The Tolby council denied that it would not close the Marsh Lane depot next spring.", "The Tolby council said it would close the Marsh Lane depot next spring."),
]

TWO_CLAIMS = [
    ("The Brenmouth trust denied that its auditors had found errors in the 2022 accounts.", "The Brenmouth trust said its auditors had found errors in the 2022 accounts."),
    ("The Tolby council denies that the Marsh Lane depot will close next spring.", "The Tolby council says the Marsh Lane depot will close next spring."),
]


@pytest.mark.parametrize(("a", "b"), ONE_CLAIM)
def test_a_denial_that_a_clause_is_true_is_the_clause_negated(a, b, monkeypatch):
    assert len(two_outlets(a, b)) == 1
    monkeypatch.setattr(fact_profile, "_DENIAL", re.compile(r"(?!)"))
    assert len(two_outlets(a, b)) == 2


@pytest.mark.parametrize(("a", "b"), TWO_CLAIMS)
def test_a_denial_and_the_claim_it_denies_stay_two_claims(a, b):
    assert len(two_outlets(a, b)) == 2
    assert paraphrase.conflict(fact_profile.profile(a), fact_profile.profile(b)) in ("opposite", "negation")  # "deny" / "say" are opposites too


def test_a_denial_of_a_noun_negates_nothing():
    assert not fact_profile.profile("The Tolby council denied the claims about the Marsh Lane depot.").negated
    assert fact_profile.profile("The Tolby council denied that the Marsh Lane depot would close.").negated


# A verb of denial that ends the sentence, after a comma and who denies it,
# denies the clause before it: an attribution put after.
DENIED_AFTER = [
    ("The Wexby ferry service will return in May.", "The Wexby ferry service will return in May, the operator denied."),
    ("The Tolby council will sell the Marsh Lane depot next spring.", "The Tolby council will sell the Marsh Lane depot next spring, its leader denies."),
]


@pytest.mark.parametrize(("a", "b"), DENIED_AFTER)
def test_a_clause_denied_after_it_is_not_the_clause(a, b, monkeypatch):
    assert not paraphrase.one_fact(fact_profile.profile(a), fact_profile.profile(b))
    assert not paraphrase.one_fact(fact_profile.profile(b), fact_profile.profile(a))
    monkeypatch.setattr(fact_profile, "_DENIAL", re.compile(r"(?!)"))
    assert paraphrase.one_fact(fact_profile.profile(a), fact_profile.profile(b))


def test_a_verb_of_denial_that_ends_no_clause_negates_nothing():
    # it denies a noun ("a claim"), and the sentence does not end with it
    assert not fact_profile.profile("The Marsh Lane depot will close, a claim the council denied in May.").negated
