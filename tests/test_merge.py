"""The consolidation engine on statements written for the tests."""

import tomllib
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
from conftest import briefing_of

from briefing.candidates import Node, candidate_pairs
from briefing.merge import consolidate
from briefing.model import Statement
from briefing.render.view import difference
from briefing.wording import normal


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


def test_every_outlet_keeps_its_own_wording_even_one_another_outlet_prints():
    """Two outlets print the same cut wording, a third the whole quote: both
    cut printings are variants, so neither is cited for words it did not
    print, and the differences section shows the wording once, citing both."""
    whole = "The depot will close in March, and forty drivers will lose their jobs."
    cut = "The depot will close in March."
    blocks = consolidate([st("S1", cut), st("S2", whole), st("S3", cut)], ["S1", "S2", "S3"])
    (block,) = blocks
    assert block.text == whole
    assert [(v.source, v.text) for v in block.variants] == [("S1", cut), ("S3", cut)]
    d = difference(block)
    assert d is not None and d.base_sources == ("S2",)
    assert [row.sources for row in d.rows] == [("S1", "S3")]


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
    nodes = [Node(("x", "quote"), f"common words here unique{i}", (i,)) for i in range(50)]
    nodes.append(Node(("x", "quote"), "common words here unique7 extra", (50,)))
    pairs = [(a, b) for a, rights in candidate_pairs(nodes) for b in rights]
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


def test_a_quote_of_substance_is_one_block_whatever_speaker_each_outlet_gave_it():
    words = "The harbour wall has been patched for twenty winters and will not survive another storm."
    blocks = consolidate(
        [st("S1", words, "Tomas Wren"), st("S2", words, "Members"), st("S3", words, "Tomas Wren"), st("S4", words, "Morag Lind")],
        ["S1", "S2", "S3", "S4"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2", "S3", "S4")
    # One vote per outlet; a lone word a parse took for a name does not vote against full names.
    assert blocks[0].speaker == "Tomas Wren"
    assert blocks[0].speaker_readings == (("Tomas Wren", ("S1", "S3")), ("Morag Lind", ("S4",)))


def test_the_same_line_from_two_people_each_named_by_two_outlets_is_two_statements():
    line = "Every family on the estate deserves a landlord who answers the phone and fixes the damp."
    cut = "Every family on the estate deserves a landlord who answers the phone"
    blocks = consolidate(
        [
            st("S1", line, "Tomas Wren"),
            st("S2", line, "Tomas Wren"),
            st("S3", cut, "Morag Lind"),
            st("S4", line, "Morag Lind"),
            st("S5", cut, None),
        ],
        ["S1", "S2", "S3", "S4", "S5"],
    )
    by_speaker = {b.speaker: b.sources for b in blocks}
    # The unnamed outlet's cut goes with the same wording, not with the person named first.
    assert by_speaker == {"Tomas Wren": ("S1", "S2"), "Morag Lind": ("S3", "S4", "S5")}


def test_a_generational_suffix_is_not_a_surname():
    words = "We will see what the judge says."  # too short to merge across speakers
    same = consolidate([st("S1", words, "Ruiz Jr"), st("S2", words, "Michael Ruiz Jr.")], ["S1", "S2"])
    assert len(same) == 1 and same[0].speaker_readings == ()
    # Two people named "Jr" are two people; so are a father and a son.
    for other in ("Tomas Wren Jr", "Michael Ruiz"):
        assert len(consolidate([st("S1", words, "Michael Ruiz Jr."), st("S2", words, other)], ["S1", "S2"])) == 2


def test_outlets_that_agree_on_the_speaker_show_no_disagreement():
    words = "The harbour wall has been patched for twenty winters and will not survive another storm."
    blocks = consolidate([st("S1", words, "Tomas Wren"), st("S2", words, "Mr Wren"), st("S3", words, None)], ["S1", "S2", "S3"])
    assert len(blocks) == 1 and blocks[0].speaker_readings == ()


def test_a_quote_split_into_sentences_joins_the_outlet_that_prints_it_whole():
    blocks = consolidate(
        [
            st("S1", "We looked at every option on the table."),
            st("S1", "In the end the numbers were close."),
            st("S2", "We looked at every option on the table, and in the end the numbers were close."),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_case_and_hyphens_are_no_variant():
    blocks = consolidate(
        [st("S1", "The Prime Minister failed the working-class towns of the north."), st("S2", "The prime minister failed the working class towns of the north")],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].variants == ()


def test_words_of_substance_printed_unquoted_join_the_quote():
    words = "Inchmore cannot be cut off from the mainland while the board argues about spreadsheets"
    blocks = consolidate(
        [st("S1", words + ".", "Ruaridh Balfour"), st("S2", words + ", Balfour wrote on his campaign page.", "Board", kind="statement")],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].kind == "quote" and blocks[0].speaker == "Ruaridh Balfour"
    assert [(v.source, v.kind) for v in blocks[0].variants] == [("S2", "paraphrase")]


def test_reported_speech_quoting_a_word_joins_the_one_quote_that_holds_it():
    blocks = consolidate(
        [
            st("S1", "Thank you, councillor! Courage.", "Ann Lee"),
            st("S2", "Lee praised the councillor's stand for its “courage” online.", kind="statement", fragments=["courage"]),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_reported_speech_quoting_three_words_joins_the_one_quote_that_holds_them():
    quote = "We weighed every option, and the levy is the only one that keeps the ferry running all winter."
    said = "Treasurer Ann Lee said the trust had “weighed every option” and that the levy was the only way."
    other = st("S1", "The levy pays for the winter timetable and nothing else.", "Ann Lee")
    blocks = consolidate([st("S1", quote), other, st("S2", said, kind="statement", fragments=["weighed every option"])], ["S1", "S2"])
    (block,) = [b for b in blocks if "weighed" in b.text]
    assert block.kind == "quote" and block.sources == ("S1", "S2")


def fact(source, text, kind="event", speaker=None):
    return Statement(source, kind, text, speaker, (0, 0, 0))


def _blocks_of_two(one, other):
    """The blocks two outlets' facts make, one each."""
    return len(consolidate([fact("S1", one), fact("S2", other)], ["S1", "S2"]))


def test_one_fact_in_two_outlets_words_is_one_block():
    blocks = consolidate(
        [
            fact("S1", "The Corran Bay port board voted on Tuesday to keep the ferry route to Inchmore for another three years."),
            fact("S2", "The ferry between Corran Bay and Inchmore will keep running for another three years after the port board voted on Tuesday."),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].sources == ("S1", "S2")


def test_facts_that_differ_in_a_figure_a_direction_a_denial_or_a_name_stay_apart():
    for one, other in [
        ("The board approved a subsidy for the route, which carries about 1,400 passengers a week.",
         "The board approved a subsidy for the route, which carries about 1,500 passengers a week."),
        ("The board rejected a proposal to cut the winter timetable to three days a week.",
         "The board approved a proposal to cut the winter timetable to three days a week."),
        ("The harbour master said the pier at Inchmore would be repaired before the summer season.",
         "The harbour master did not say when the pier at Inchmore would be repaired this summer season."),
        ("Councillor Isla Brodie asked for an independent safety inspection before work begins.",
         "Councillor Duncan Reid asked for an independent safety inspection before work begins."),
        # A number spelled out is a figure; accepted / rejected and open / close take sides.
        ("The county council will close three libraries in Dunhallow next spring.",
         "The county council is to close four libraries in Dunhallow next spring."),
        ("The county council will close three libraries in Dunhallow next spring.",
         "The county council will open three libraries in Dunhallow next spring."),
        ("The drivers' union said its members had voted to accept the pay offer.",
         "The drivers' union said its members had voted to reject the pay offer."),
    ]:
        assert _blocks_of_two(one, other) == 2, one


def test_one_persons_two_claims_under_one_name_and_title_stay_two_blocks():
    def said(source, text):
        return replace(fact(source, text, "statement", "Mirela Szabo"), speaker_role="chief engineer of the Halden Water Board")

    # The name and title are most of what the two sentences share: two claims.
    apart = consolidate(
        [
            said("S1", "Mirela Szabo, the Halden Water Board's chief engineer, told local radio the old pipes would last."),
            said("S2", "Mirela Szabo, chief engineer of the Halden Water Board, said the pumping station leaked."),
        ],
        ["S1", "S2"],
    )
    assert len(apart) == 2
    # One claim in two outlets' words: what was said still matches, figures included.
    one = consolidate(
        [
            said("S1", "Mirela Szabo, the Halden Water Board's chief engineer, said the board would replace 40 kilometres of pipe by 2030."),
            said("S2", "Mirela Szabo, chief engineer of the Halden Water Board, said 40 kilometres of pipe would be replaced by the board by 2030."),
        ],
        ["S1", "S2"],
    )
    assert len(one) == 1 and one[0].sources == ("S1", "S2")


def test_a_dateline_is_no_detail_of_the_fact_it_opens():
    wire = "PENHALLOW, Cornwall (UPX) — The harbour trust voted on Monday to dredge the inner basin before the sailing season."
    assert _blocks_of_two(wire, "The Penhallow Harbour Trust voted on Monday to dredge the inner basin before the sailing season begins.") == 1


def test_a_name_printed_longer_in_a_near_wording_is_the_same_name():
    one = "Tolls on the Penhallow Estuary Crossing will rise from £2 to £3 on 1 May to pay for repairs."
    assert _blocks_of_two(one, "Tolls on the Penhallow Estuary will rise from £2 to £3 on 1 May to pay for repairs.") == 1
    # Another name that is none of the first's stays apart, however near.
    assert _blocks_of_two(one, "Tolls on the Kelsey Bridge will rise from £2 to £3 on 1 May to pay for repairs.") == 2


def test_a_speaker_the_sentence_describes_in_lower_case_is_no_name_of_the_fact():
    said = fact("S1", "The group said it would appeal the ruling in the High Court in Penzance within 30 days.", "statement", "Group")
    told = fact("S2", "The Penhallow Anglers Trust plans to appeal the ruling in the High Court in Penzance within 30 days.")
    assert len(consolidate([said, told], ["S1", "S2"])) == 1


def test_a_wording_that_leaves_a_figure_out_does_not_bridge_two_that_differ_in_it():
    vote = "Members of the ferry crews' union backed the strike by 80% to 20%"
    blocks = consolidate([fact("S1", f"{vote} on a turnout of 64%."), fact("S2", f"{vote}."), fact("S3", f"{vote} on a turnout of 46%.")], ["S1", "S2", "S3"])
    assert not [b for b in blocks if {"S1", "S3"} <= set(b.sources)]
    assert len(blocks) == 2  # the shorter wording joins one of them


def test_a_number_spelled_out_is_the_same_figure_as_its_digits():
    one = "The county council will close 3 libraries in Dunhallow next spring."
    other = "The county council will close three libraries in Dunhallow next spring."
    assert _blocks_of_two(one, other) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Too few words in common to be near, but the same count of the same thing.
        ("The trust will pay for hearing checks in 3,600 schools.", "A hearing check scheme will cover 3,600 schools."),
        # Two sums, one printed with a symbol and one in words.
        ("The toll for vans will rise from £4 to £7.", "Van drivers will see the toll rise from four pounds to seven pounds."),
        # A word one outlet prints lower-case is a word of the fact, though the other opens its sentence with it.
        ("Hauliers will pay £9 a trip, up from £6.", "The toll for hauliers will rise to £9 a trip from £6."),
        # A figure written out with its share sign spelled.
        (
            "Sixty-four per cent of the Dunmore tenants' association voted to accept the repairs plan on Monday.",
            "The Dunmore tenants' association voted by 64% to accept the repairs plan on Monday, its chair said.",
        ),
    ],
)
def test_a_short_fact_that_shares_a_count_or_two_sums_and_its_words_is_one_fact(one, other):
    assert _blocks_of_two(one, other) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # One sum for two things, near word for word.
        ("The council will spend £2m on roads.", "The council will spend £2m on schools."),
        ("The council will spend £2m on roads in the north.", "The council will spend £2m on new parks."),
        # Four words and the sum in common are not near: the one word that differs is the news.
        ("The council will spend £2m on roads in the north.", "The council will spend £2m on schools in the north."),
        # "18" in millions and in billions.
        ("The new footbridge will cost £18m, the council said.", "The new footbridge will cost £18bn, the council said."),
        # The same count of another thing.
        ("The trust will pay for hearing checks in 3,600 schools.", "The trust will pay for hearing checks for 3,600 pupils."),
        # The same count, the cap to come and the cap today.
        ("No more than eight lorries will be allowed on the bridge each hour.", "At present up to 12 lorries are allowed on the bridge each hour."),
    ],
)
def test_a_short_fact_that_shares_a_figure_but_not_its_thing_stays_apart(one, other):
    assert _blocks_of_two(one, other) == 2


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The trust will buy 40 acres of farmland near the Ollan river.", "The trust will sell 40 acres of farmland near the Ollan river."),
        ("The Brackley mill will start 200 new looms in the spring.", "The Brackley mill will stop 200 new looms in the spring."),
        ("The Fenwick district will gain 300 teaching posts next year.", "The Fenwick district will lose 300 teaching posts next year."),
        ("The port of Halbury will import 2,000 tonnes of grain each month.", "The port of Halbury will export 2,000 tonnes of grain each month."),
        ("The carrier expanded its fleet by 20 aircraft last year.", "The carrier shrank its fleet by 20 aircraft last year."),
        ("The Corran bank will lend £5m to small farms in the valley.", "The Corran bank will borrow £5m from small farms in the valley."),
        ("The firm said it would hire 350 workers at its Kelso plant this year.", "The firm said it would fire 350 workers at its Kelso plant this year."),
        ("The Tannock school will admit 120 pupils in its first year.", "The Tannock school will exclude 120 pupils in its first year."),
    ],
)
def test_near_facts_whose_verbs_go_opposite_ways_stay_apart(one, other):
    # Verbs of opposite direction (WordNet's antonyms), each a word the other wording lacks.
    assert _blocks_of_two(one, other) == 2


def test_a_wording_that_prints_both_directions_still_joins_one_that_prints_one():
    both = "Shares in the Corran ferry company rose 4% in early trading on Monday before they fell back."
    assert _blocks_of_two(both, "Shares in the Corran ferry company rose 4% in early trading on Monday.") == 1


def test_no_more_than_is_a_limit_not_a_denial():
    assert _blocks_of_two(
        "No more than eight lorries an hour will be allowed over the Kelsey Bridge once it reopens in May.",
        "Once the Kelsey Bridge reopens in May, eight lorries an hour will be allowed over it.",
    ) == 1


def test_near_facts_that_take_opposite_sides_are_disputed():
    from briefing.disputes import disputes

    blocks = consolidate(
        [
            fact("S1", "The company confirmed that water bills in the valley would rise next year."),
            fact("S2", "The company denied that water bills in the valley would rise next year."),
        ],
        ["S1", "S2"],
    )
    found = disputes(blocks)
    assert [(d.kind, [s for _, s in d.readings]) for d in found] == [("detail", [("S1",), ("S2",)])]
    # Verbs of opposite direction too: one outlet's "buy" is another's "sell".
    traded = consolidate(
        [
            fact("S1", "The Ollan trust will buy 40 acres of farmland near the river next spring."),
            fact("S2", "The Ollan trust will sell 40 acres of farmland near the river next spring."),
        ],
        ["S1", "S2"],
    )
    assert [(d.topic, [s for _, s in d.readings]) for d in disputes(traded)] == [("Which way it went", [("S1",), ("S2",)])]


def test_a_figure_is_read_in_each_outlets_own_telling_of_a_fact():
    """An outlet joined to a fact by its own words printed the figures of its
    own wording, not those of the block's text: its other count of the same
    homes is a disputed figure, and a count of another thing is none."""
    from briefing.model import Block, Variant
    from briefing.neutrality import disputed

    told = Block(
        "B1", "event", None, "Fenmoor Water ordered 12,000 homes to boil their water after a parasite was found on Monday.",
        ("S1", "S2"), (0, 0, 0, 0), variants=(Variant("S2", "The parasite was found on Monday, the utility said.", "paraphrase"),),
    )
    other = Block("B2", "event", None, "Some 11,000 homes in the village of Fenmoor in western Wales were told to boil their water.", ("S2",), (1, 0, 0, 0))
    figures = [d for d in disputed([told, other]) if d.kind == "figure"]
    assert [dict(d.readings) for d in figures] == [{"11,000": ("S2",), "12,000": ("S1",)}]
    power = replace(other, text="Some 11,000 households in the valley lost power in the storm on Sunday.")
    assert not [d for d in disputed([told, power]) if d.kind == "figure"]


def _said_by(briefing, path, snippet):
    """The block holding ``snippet`` in the wording of the source at ``path``."""
    sid = next(s.id for s in briefing.sources if s.path == path)
    key = normal(snippet)
    found = {
        b.id
        for b in briefing.blocks
        if sid in b.sources and any(key in normal(t) for t in ([v.text for v in b.variants if v.source == sid] or [b.text]))
    }
    assert len(found) == 1, (path, snippet, found)
    return found.pop()


def _fact_stories():
    for story in sorted((Path(__file__).parent / "corpus").iterdir()):
        expected = story / "expected.toml"
        if expected.exists() and "facts" in (gold := tomllib.loads(expected.read_text("utf-8"))):
            yield story, gold


def test_paraphrased_facts_on_the_corpus_precision_first():
    """Every pair of sentences that the gold says is one fact (recall), and
    every pair it keeps apart, including sentences of two different facts
    (precision), checked on the hand-written stories with [[facts]]. A story
    written blind (before the rules were tuned on it) gives the recall it must
    keep as ``facts_recall``; the others must reach 0.9."""
    wrong = total = 0
    for story, gold in _fact_stories():
        b = briefing_of(story)
        groups = [[_said_by(b, *item) for item in f["items"]] for f in gold["facts"]]
        pairs = [x == y for homes in groups for x, y in combinations(homes, 2)]
        # An apart pair marked ``missed`` is one a blind story's gold keeps apart and the engine still joins.
        apart = [[_said_by(b, *item) for item in a["items"]] for a in gold["apart"] if not a.get("missed")]
        apart += [[g[0], h[0]] for g, h in combinations(groups, 2)]
        wrong += sum(x == y for x, y in apart)
        total += len(pairs)
        assert sum(pairs) / len(pairs) >= gold.get("facts_recall", 0.9), (story.name, sum(pairs), len(pairs))
    assert total >= 8 and wrong == 0  # precision 1.0


def test_disputed_details_on_the_corpus():
    # A dispute marked ``missed`` is one a blind story's gold has and the engine does not find yet.
    for story, gold in _fact_stories():
        b = briefing_of(story)
        for expected in (d for d in gold.get("disputed", []) if not d.get("missed")):
            assert any(
                d.kind == expected["kind"] and all(any(word in text for text, _ in d.readings) for word in expected["readings"])
                for d in b.disputed
            ), (story.name, expected)


def test_the_majority_speaker_and_the_disagreement_on_the_corpus():
    b = briefing_of(Path(__file__).parent / "corpus" / "ferry_route")
    (block,) = [x for x in b.blocks if "patched up for twenty winters" in x.text]
    ids = {s.path: s.id for s in b.sources}
    assert block.speaker == "Tomas Wrenfield"
    assert block.speaker_readings[0] == ("Tomas Wrenfield", (ids["harbour_gazette.md"], ids["west_coast_post.md"]))
    assert any(ids["island_courier.txt"] in sources for _, sources in block.speaker_readings[1:])


def test_a_short_quote_nobody_was_given_joins_the_same_words_of_a_named_speaker():
    blocks = consolidate([st("S1", "Faith made this valley strong.", "Ann Lee"), st("S2", "faith made this valley strong", None)], ["S1", "S2"])
    assert len(blocks) == 1 and blocks[0].speaker == "Ann Lee"


def test_a_full_name_outvotes_a_lone_word_and_accents_make_no_second_person():
    words = "Elephants on the northern plains are being killed at a rate nobody here has seen before."
    statements = [
        st("S1", words, "Friday"),
        st("S1", "A different sentence of the first outlet.", "Friday"),
        st("S2", words, "Ed Royce"),
        st("S3", "Another sentence, from a third outlet.", "Friday"),
    ]
    (block,) = [b for b in consolidate(statements, ["S1", "S2", "S3"]) if "Elephants" in b.text]
    assert block.speaker == "Ed Royce" and block.speaker_readings == ()
    block = consolidate([st("S1", words, "Felipe Calderón"), st("S2", words, "Felipe Calderon")], ["S1", "S2"])[0]
    assert block.speaker_readings == ()


def test_an_outlets_opinion_wrapping_a_fact_stays_its_own_block():
    fact = "The new bridge toll will cost commuters six euros a day from June."
    opinion = "Outrageously, the new bridge toll will cost commuters six euros a day from June, a cynical grab."
    blocks = consolidate(
        [st("S1", fact, None, "event"), st("S2", opinion, None, "commentary"), st("S3", fact.upper(), None, "event")],
        ["S1", "S2", "S3"],
    )
    by_kind = {b.kind: b for b in blocks}
    assert len(blocks) == 2 and by_kind["event"].sources == ("S1", "S3") and by_kind["commentary"].sources == ("S2",)


def test_a_description_as_speaker_does_not_keep_a_quote_apart_nor_outvote_a_name():
    blocks = consolidate(
        [st("S1", "Are you ready for the vote tonight?", "Ivo Marsh"), st("S2", "Are you ready for the vote tonight?", "the reporter")],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].speaker == "Ivo Marsh" and blocks[0].speaker_readings == ()
    # With no name given at all, the description is still the speaker.
    (alone,) = consolidate([st("S1", "We will not sign it.", "a former official")], ["S1"])
    assert alone.speaker == "a former official"


def test_one_persons_quoted_phrase_in_anothers_sentence_does_not_join_them():
    phrase = "a failure of nerve and a failure of planning"
    lee = st("S1", f"Lee called the flood “{phrase}” on Monday.", "Ann Lee", "statement", (phrase,))
    roos = st("S2", "Roos called the flood “a failure of nerve” and “a failure of planning” and asked for an inquiry.", "Piet Roos", "statement",
              ("a failure of nerve", "a failure of planning"))
    assert len(consolidate([lee, roos], ["S1", "S2"])) == 2
    # The same words printed unquoted by an outlet that names nobody are the same report.
    told = st("S2", "The flood was a failure of nerve and a failure of planning, the report found.", None, "event")
    assert len(consolidate([lee, told], ["S1", "S2"])) == 1


WALL = "The harbour wall will be rebuilt before the winter storms arrive."
PAID = "Every family on the quay will be paid for the damage to their homes."


def report_of_both(source):
    """``source``'s one sentence of reported speech quoting ``WALL`` and ``PAID``."""
    return st(
        source,
        "Lee said “the harbour wall will be rebuilt before the winter storms arrive” and that “every family on the quay will be paid for the damage.”",
        "Ann Lee",
        "statement",
        ("the harbour wall will be rebuilt before the winter storms arrive", "every family on the quay will be paid for the damage."),
    )


def test_reported_speech_citing_two_quotes_is_shown_whole_once():
    report = report_of_both("S2")
    # Two paragraphs apart: two statements.
    blocks = consolidate([replace(st("S1", WALL), order=(1, 0, 0)), replace(st("S1", PAID), order=(4, 0, 0)), report], ["S1", "S2"])
    assert [b.sources for b in blocks] == [("S1", "S2"), ("S1", "S2")]
    (whole,), (part,) = (b.variants for b in blocks)
    assert whole.text == report.text and part.text == "every family on the quay will be paid for the damage." and part.kind == "paraphrase"


def test_two_quotes_in_one_paragraph_another_outlet_reports_in_one_sentence_are_one_block():
    (block,) = consolidate([*in_one_paragraph(WALL, PAID), report_of_both("S2")], ["S1", "S2"])
    assert block.sources == ("S1", "S2") and [v.text for v in block.variants if v.kind == "paraphrase"] == [report_of_both("S2").text]
    # The outlet's own sentence summing up its own two quotes is no second outlet's word.
    assert len(consolidate([*in_one_paragraph(WALL, PAID), report_of_both("S1")], ["S1"])) == 2


def test_two_quotes_other_outlets_print_apart_stay_two_blocks_whoever_reports_them_together():
    # S1 prints both in one paragraph and S2 reports both in one sentence,
    # but S3 prints only the first and S4 only the second: two statements.
    wall, paid = replace(st("S3", WALL), order=(2, 0, 0)), replace(st("S4", PAID), order=(5, 0, 0))
    blocks = consolidate([*in_one_paragraph(WALL, PAID), report_of_both("S2"), wall, paid], ["S1", "S2", "S3", "S4"])
    assert [b.sources for b in blocks] == [("S1", "S2", "S3"), ("S1", "S2", "S4")]
    assert [[v.kind for v in b.variants] for b in blocks] == [["paraphrase"], ["paraphrase"]]
    # One outlet printing one of them alone is not enough: the other is never reported apart.
    (block,) = consolidate([*in_one_paragraph(WALL, PAID), report_of_both("S2"), wall], ["S1", "S2", "S3"])
    assert block.sources == ("S1", "S2", "S3")


def test_a_fact_told_in_an_outlets_words_does_not_join_a_quote_block():
    quote = "The ferry to Corran will stop running in March because the council cut its subsidy."
    speech = st("S2", "Lee said the ferry to Corran “will stop running in March because the council cut its subsidy.”", "Ann Lee", "statement",
                ("will stop running in March because the council cut its subsidy.",))
    fact = st("S3", "Officials said ferries to Corran stop running in March as the council cut its yearly subsidy to the operator.", None, "event")
    blocks = consolidate([st("S1", quote), speech, fact], ["S1", "S2", "S3"])
    assert sorted(b.sources for b in blocks) == [("S1", "S2"), ("S3",)]


def in_one_paragraph(*texts):
    """Quotes one outlet (S1) prints one after the other in a paragraph."""
    return [replace(st("S1", text), order=(3, 0, i)) for i, text in enumerate(texts)]


def test_a_quote_one_outlet_prints_in_two_parts_is_one_block_with_anothers_whole_quote():
    first = "We rebuilt the harbour wall in nine weeks and the quay traders lost nothing."
    second = "Every family on the lower quay will be paid for the flood damage, and we will put it in writing."
    parts = in_one_paragraph(first, second)
    whole = st("S2", "We rebuilt the harbour wall in nine weeks, the quay traders lost nothing, and every family on the lower quay will be paid for the flood damage.")
    (block,) = consolidate([*parts, whole], ["S1", "S2"])
    assert block.sources == ("S1", "S2") and block.text == whole.text
    # An outlet that prints only the first part, with other words, holds one part: the second stays apart.
    one = st("S2", "We rebuilt the harbour wall in nine weeks and the quay traders lost nothing, whatever the opposition claims about it.")
    blocks = consolidate([*parts, one], ["S1", "S2"])
    assert [b.sources for b in blocks if second in (b.text, *[v.text for v in b.variants])] == [("S1",)]


def test_an_outlets_opinion_that_prints_a_persons_words_unquoted_joins_their_quote():
    said = "We will not let the valley flood for the sake of a faster motorway junction."
    blocks = consolidate(
        [
            st("S1", said, "Ines Varga", "quote"),
            st("S2", "Shockingly, she wrote that we will not let the valley flood for the sake of a faster motorway junction.",
               None, "commentary"),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1 and blocks[0].kind == "quote" and blocks[0].sources == ("S1", "S2")
    assert [v.kind for v in blocks[0].variants] == ["paraphrase"]



def test_two_peoples_quotes_one_word_apart_stay_two_blocks():
    # Allowing one changed word across speakers merged one misheard BASIL
    # quote but also different quotes built on one stock phrase (the
    # synthetic benchmark's precision fell to 0.996): a quote given two
    # people must keep every content word.
    pairs = [
        ("The ferry board has broken every promise it made to the islanders.", "The ferry board has broken every promise it made to the farmers."),
        # Long, and the word turns one fact into another: a direction, a figure, a name, an object.
        ("The council voted last night to approve the new bridge over the river at Dunmore and work starts soon.",
         "The council voted last night to reject the new bridge over the river at Dunmore and work starts soon."),
        ("We counted four hundred families on the waiting list for a home in the valley this spring alone.",
         "We counted five hundred families on the waiting list for a home in the valley this spring alone."),
        ("The harbour master told us the storm wall at Kilbride will hold through the winter if we patch it.",
         "The harbour master told us the storm wall at Portnahaven will hold through the winter if we patch it."),
        ("People here are right to be angry about the ferry timetable and the way the council pushed it through.",
         "People here are right to be angry about the school closures and the way the council pushed it through."),
        # Two words changed.
        ("The engineers have been down in that tunnel for a month and they cannot believe what they are seeing.",
         "The divers have been down in that tunnel for a month and they cannot believe what they are hearing."),
    ]
    for one, other in pairs:
        blocks = consolidate([st("S1", one, "Ilse Varga"), st("S2", other, "Ruben Okafor")], ["S1", "S2"])
        assert len(blocks) == 2, one


REBUILT = "We’ve rebuilt this harbour wall before, after the storms of the last decade."
AGAIN = "We will rebuild it again by working with every family on the lower quay."


@pytest.mark.parametrize(
    "other",
    [
        "We’ve rebuilt this harbour wall before, after the storms of the last decade, and we’ll rebuild it again.",
        "After the storms of the last decade, we will rebuild it again by working with every family on the lower quay.",
    ],
)
def test_a_quote_another_outlet_runs_together_and_cuts_short_is_one_block(other):
    blocks = consolidate([*in_one_paragraph(REBUILT, AGAIN), st("S2", other)], ["S1", "S2"])
    assert [b.sources for b in blocks] == [("S1", "S2")]


@pytest.mark.parametrize(
    "first, second, other",
    [
        # The first part whole with other words after it, or the second's words not in a row.
        (REBUILT, AGAIN, "We’ve rebuilt this harbour wall before, after the storms of the last decade, and we’ll never forget who helped."),
        (REBUILT, AGAIN, "We’ve rebuilt this harbour wall before, after the storms of the last decade, and it will again be rebuilt."),
        # Two parts that open alike: another outlet's first part alone.
        ("I was talking about the harbour wall and the families on the quay.",
         "I was talking about money, about who pays for the storm damage this winter.",
         "I was talking about the harbour walls and the families on the quay."),
    ],
)
def test_a_quote_that_holds_one_part_does_not_splice_the_other_in(first, second, other):
    blocks = consolidate([*in_one_paragraph(first, second), st("S2", other)], ["S1", "S2"])
    assert [b.sources for b in blocks if second in (b.text, *[v.text for v in b.variants])] == [("S1",)]


# Two wordings the same word for word but for the verb of what happened
# (``verbs.differ``): verbs WordNet makes opposite, or unrelated ones where
# one is a verb of direction, are two facts; synonyms are one.
_OTHER_VERB = [
    ("The Larkspur bakery hired 45 drivers in March.", "The Larkspur bakery sacked 45 drivers in March."),
    ("Ravelston Foods will recruit 60 packers at its Dunlow depot next month.", "Ravelston Foods will cut 60 packers at its Dunlow depot next month."),
    ("The Mossgiel library reopened its reading room on Thursday.", "The Mossgiel library closed its reading room on Thursday."),
    ("The Kestrel Lane clinic opened two new wards this week, the trust said.", "The Kestrel Lane clinic shut two new wards this week."),
    ("Shares in Ferncastle Tools rose 6% in afternoon trading on Tuesday.", "Shares in Ferncastle Tools fell 6% in afternoon trading on Tuesday."),
    ("Prices at the Brindle cattle market climbed 4% in June.", "Prices at the Brindle cattle market slipped 4% in June."),
    ("The Tolland council approved the car park plan by seven votes to two.", "The Tolland council rejected the car park plan by seven votes to two."),
    ("The Harlow planning board backed the riverside housing scheme on Wednesday.", "The Harlow planning board blocked the riverside housing scheme on Wednesday."),
    ("Alder Vale United won the regional final 2-0 at Pennock Road.", "Alder Vale United lost the regional final 2-0 at Pennock Road."),
    ("Caddington Athletic beat Morwick Town 3-2 at home on Saturday.", "Caddington Athletic lost to Morwick Town 3-2 at home on Saturday."),
    ("Officers in Wexcombe arrested nine fishermen at the harbour on Sunday.", "Officers in Wexcombe freed nine fishermen at the harbour on Sunday."),
    ("Border police detained 30 walkers near the Calder Pass overnight.", "Border police released 30 walkers near the Calder Pass overnight."),
    ("The Pellworth airline expanded its network to 14 cities this year.", "The Pellworth airline shrank its network to 14 cities this year."),
    ("The Marnock charity widened its grant scheme to 200 villages.", "The Marnock charity narrowed its grant scheme to 200 villages."),
    ("The Oxley foundry laid off 90 welders in June, the company said.", "The Oxley foundry took on 90 welders in June, the company said."),
    ("The Ribble ferry company set up two night crossings this year.", "The Ribble ferry company shut down two night crossings this year."),
    ("The Tanfield board raised the Bexley bridge toll to £5 on Monday.", "The Tanfield board lowered the Bexley bridge toll to £5 on Monday."),
    ("The regulator increased the Hollin water charge by 3% this year.", "The regulator reduced the Hollin water charge by 3% this year."),
    ("The Greyfield council added 25 wardens to its parks team this spring.", "The Greyfield council removed 25 wardens from its parks team this spring."),
    ("The Crayle assembly passed the inshore fishing bill by 31 votes to 20.", "The Crayle assembly threw out the inshore fishing bill by 31 votes to 20."),
    ("The Fenner drivers' union accepted the 4% pay offer on Friday.", "The Fenner drivers' union refused the 4% pay offer on Friday."),
    ("The Welbourne appeal court upheld the ban on night flights at Ashby airfield.", "The Welbourne appeal court overturned the ban on night flights at Ashby airfield."),
    ("The Ambry academy admitted 40 pupils from the closed Fallow school.", "The Ambry academy expelled 40 pupils from the closed Fallow school."),
    ("Police in Calloway charged two men over the Pinnock barn fire.", "Police in Calloway cleared two men over the Pinnock barn fire."),
    # Verbs a definition relates to a synonym ("recruit", "hike") still differ from their opposites.
    ("The Corrin bus depot recruited 25 drivers for its night routes in June.", "The Corrin bus depot laid off 25 drivers for its night routes in June."),
    ("The Tolsey harbour board hiked the mooring fee by 5% on Monday.", "The Tolsey harbour board cut the mooring fee by 5% on Monday."),
    # Opposite one step down: "demolish" is a way to destroy, as "raze" is, whose antonym "erect" is a way to build.
    ("The Morrow housing trust will build 140 flats on Canal Street next year.", "The Morrow housing trust will demolish 140 flats on Canal Street next year."),
]

_SAME_VERB = [
    ("Work on the Lindqvist footbridge began on Monday, the county said.", "Work on the Lindqvist footbridge started on Monday, the county said."),
    ("The Marrow port handled 2.3 million tonnes of cargo last year.", "The Marrow port processed 2.3 million tonnes of cargo last year."),
    ("The Hobson trust purchased the old Kelmscott mill for £1.2m in May.", "The Hobson trust bought the old Kelmscott mill for £1.2m in May."),
    ("Councillor Petra Lund quit as leader of the Aysgarth council on Tuesday.", "Councillor Petra Lund resigned as leader of the Aysgarth council on Tuesday."),
    ("The Corvan Bay hotel employed 70 seasonal staff last summer.", "The Corvan Bay hotel hired 70 seasonal staff last summer."),
    ("The Ettrick leisure pool closed for repairs on Friday, the council said.", "The Ettrick leisure pool shut for repairs on Friday, the council said."),
    ("The Brandling bus company cut its weekly fares by 10% in May.", "The Brandling bus company reduced its weekly fares by 10% in May."),
    ("The Tilney parish council backed the Gorsey Lane cycle path on Monday.", "The Tilney parish council supported the Gorsey Lane cycle path on Monday."),
    ("Passenger numbers at Kilbride station fell 8% last year.", "Passenger numbers at Kilbride station dropped 8% last year."),
    ("The Plover Athletic board dismissed its manager, Oren Tate, on Sunday.", "The Plover Athletic board sacked its manager, Oren Tate, on Sunday."),
    ("The Yelland council banned barbecues on Sandgate beach this summer.", "The Yelland council barred barbecues on Sandgate beach this summer."),
    # One defined by the other in WordNet: "recruit" is "seek to employ", "hike" is "increase".
    ("The Corrin bus depot hired 25 drivers for its night routes in June.", "The Corrin bus depot recruited 25 drivers for its night routes in June."),
    ("The Tolsey harbour board hiked the mooring fee by 5% on Monday.", "The Tolsey harbour board increased the mooring fee by 5% on Monday."),
    ("Police in Ardmore arrested four men near the north quay on Sunday.", "Police in Ardmore detained four men near the north quay on Sunday."),
    ("The Morrow housing trust will build 140 flats on Canal Street next year.", "The Morrow housing trust will construct 140 flats on Canal Street next year."),
    # A noun for a noun: no verb, and no other thing.
    (
        "Tolls for lorries crossing the Hawkmoor viaduct will double to £8 in May, the trust said.",
        "Tolls for trucks crossing the Hawkmoor viaduct will double to £8 in May, the trust said.",
    ),
]


@pytest.mark.parametrize(("one", "other"), _OTHER_VERB)
def test_near_identical_facts_that_differ_in_the_verb_of_what_happened_stay_apart(one, other):
    assert _blocks_of_two(one, other) == 2


@pytest.mark.parametrize(("one", "other"), _SAME_VERB)
def test_near_identical_facts_whose_verbs_are_synonyms_are_one_fact(one, other):
    assert _blocks_of_two(one, other) == 1


def test_a_verb_put_for_another_is_a_disputed_detail():
    from briefing.disputes import disputes

    one, other = _OTHER_VERB[1]
    blocks = consolidate([fact("S1", one), fact("S2", other)], ["S1", "S2"])
    assert [(d.topic, [s for _, s in d.readings]) for d in disputes(blocks)] == [("Which way it went", [("S1",), ("S2",)])]


def test_only_the_one_place_where_two_wordings_differ_is_swapped():
    from briefing.wording import swapped

    def places(one, other):
        return swapped(one.split(" "), other.split(" "))

    assert places("the mill will hire 40 staff", "the mill will cut 40 staff") == (["hire"], ["cut"], "will")
    # A closed-class word elsewhere is no second place; a cut clause is no place.
    assert places("they added 4 buses to the route", "they removed 4 buses from the route the board said") == (["added"], ["removed"], "they")
    # Two places of content, or words added in the middle: another sentence.
    assert places("the mill will hire 40 staff in may", "the mill will cut 40 jobs in may") is None
    assert places("the mill will hire 40 staff", "the mill will soon hire 40 new staff") is None
