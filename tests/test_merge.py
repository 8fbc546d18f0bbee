"""The consolidation engine on statements written for the tests."""

from briefing.merge import _candidate_pairs, _Node, consolidate, normal
from briefing.model import Statement


def st(source, text, speaker="Ann Lee", kind="quote", fragments=()):
    return Statement(source, kind, text, speaker, (0, 0, 0), fragments=tuple(fragments))


def test_normal_form_ignores_typography():
    assert normal("“Fear (or) favour” — it’s\u00adover") == normal('"fear [or] favour" - it\'sover')


def test_small_wording_differences_merge_with_variants():
    blocks = consolidate(
        [
            st("S1", "The plan will cut bus fares for every pensioner in the county."),
            st("S2", "The plan will cut bus fares for each pensioner in the county."),
            st("S3", "The plan will cut bus fares for every pensioner in the county"),
        ],
        ["S1", "S2", "S3"],
    )
    assert len(blocks) == 1
    block = blocks[0]
    assert block.sources == ("S1", "S2", "S3")
    assert block.text == "The plan will cut bus fares for every pensioner in the county."
    assert [(v.source, v.kind) for v in block.variants] == [("S2", "wording")]


def test_most_complete_wording_wins_and_the_cut_one_is_a_variant():
    blocks = consolidate(
        [
            st("S1", "We cannot staff two units safely"),
            st("S2", "We cannot staff two units safely, and everyone in the trust knows it."),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1
    assert blocks[0].text.endswith("everyone in the trust knows it.")
    assert blocks[0].variants[0].source == "S1"


def test_different_speakers_never_merge():
    blocks = consolidate(
        [st("S1", "The budget is fair to every family.", "Ann Lee"), st("S2", "The budget is fair to every family.", "Bo Chan")],
        ["S1", "S2"],
    )
    assert len(blocks) == 2


def test_unrelated_quotes_stay_apart():
    blocks = consolidate(
        [st("S1", "The plan will cut bus fares for pensioners."), st("S2", "The plan will raise council tax for families.")],
        ["S1", "S2"],
    )
    assert len(blocks) == 2


def test_paraphrase_with_fragments_joins_the_quote_it_cites():
    blocks = consolidate(
        [
            st("S1", "Both parties have let the town down and the council has lost the trust of residents."),
            st(
                "S2",
                "She said the council \u201chas lost the trust of residents\u201d.",
                kind="statement",
                fragments=["has lost the trust of residents"],
            ),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1
    assert blocks[0].sources == ("S1", "S2")
    assert blocks[0].variants[0].kind == "paraphrase"


def test_candidates_come_from_rare_words_not_all_pairs():
    nodes = [_Node(("x", "quote"), f"common words here unique{i}", (i,)) for i in range(50)]
    nodes.append(_Node(("x", "quote"), "common words here unique7 extra", (50,)))
    pairs = _candidate_pairs(nodes)
    assert (7, 50) in pairs
    assert len(pairs) < 50  # far fewer than the 1,275 of all pairs


def test_ids_follow_first_report():
    blocks = consolidate([st("S2", "Second source first words."), st("S1", "First source words here.")], ["S1", "S2"])
    assert [(b.id, b.sources) for b in blocks] == [("B1", ("S1",)), ("B2", ("S2",))]


def test_two_similar_sentences_of_one_source_stay_two_blocks():
    blocks = consolidate(
        [st("S1", "We will build 400 homes in the north of the town."), st("S1", "We will build 500 homes in the south of the town.")],
        ["S1"],
    )
    assert len(blocks) == 2


def test_a_quote_with_a_phrase_cut_from_its_middle_merges():
    blocks = consolidate(
        [
            st("S1", "If there is a flood during the night, we want to be able to open the gates ourselves."),
            st("S2", "If there is a flood, we want to be able to open the gates ourselves."),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_paraphrases_quoting_the_same_words_are_one_block():
    fragment = "based on a fantasy version of rush hour"
    blocks = consolidate(
        [
            st("S1", f"Ann Lee claimed the plan was “{fragment}”.", kind="statement", fragments=[fragment]),
            st("S2", f"Lee told me the traffic model was “{fragment}”.", kind="statement", fragments=[fragment]),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")
