"""Precision of the merge: pairs that look alike but say different things,
of the kinds the audit of joins on real multi-outlet reporting found
(``benchmarks/audit_merges.py``), each kept apart; and their near neighbours
that are one statement, kept together."""

from briefing.merge import consolidate
from briefing.model import Statement
from briefing.wording import titled


def said(source, text, kind="event", speaker=None, fragments=()):
    return Statement(source, kind, text, speaker, (0, 0, 0), fragments=tuple(fragments))


def test_two_facts_that_share_only_who_stay_apart():
    # Name, title and place in common; nothing of what happened.
    one = "Councillor Marta Quill of Dunhallow, the Green leader, is a longtime backer of the tram line."
    other = "Dunhallow Green Councillor Marta Quill said every option should stay open."
    assert len(consolidate([said("S1", one), said("S2", other)], ["S1", "S2"])) == 2


def test_one_fact_about_one_person_in_two_wordings_still_joins():
    one = "Councillor Marta Quill of Dunhallow, the Green leader, resigned from the transport board on Monday."
    other = "Dunhallow Green Councillor Marta Quill resigned from the transport board on Monday."
    blocks = consolidate([said("S1", one), said("S2", other)], ["S1", "S2"])
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def _quote_and_report(report, fragment):
    quote = said("S1", "Every child in this town can go from Harbour Street to the High Hills if we give them the chance.", "quote", "Ann Lee")
    return consolidate([quote, said("S2", report, "statement", "Ann Lee", [fragment])], ["S1", "S2"])


def test_a_quoted_title_is_not_a_quote_of_its_author():
    memoir = "Lee wrote in her memoir, “From Harbour Street to the High Hills,” that teaching had shaped her politics."
    assert len(_quote_and_report(memoir, "From Harbour Street to the High Hills")) == 2


def test_the_same_words_quoted_in_reported_speech_still_join_the_quote():
    report = "Lee said every child “can go from Harbour Street to the High Hills” if given the chance."
    blocks = _quote_and_report(report, "can go from Harbour Street to the High Hills")
    assert len(blocks) == 1 and [v.kind for v in blocks[0].variants] == ["paraphrase"]


def test_titles_are_headline_case_words_not_sentences():
    assert titled("From Harbour Street to the High Hills") and titled("Voices of the Glen")
    assert not titled("can go from Harbour Street to the High Hills")
    assert not titled("Every child can go")
    assert not titled("Dunhallow")
