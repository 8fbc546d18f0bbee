"""How `briefing init`'s draft groups speakers and whose words a group's cues are."""

from briefing.draft import _cues, _groups
from briefing.model import Block
from briefing.story_words import phrases


def _blocks(said: dict[str, list[str]], kind: str = "quote") -> list[tuple[str, list[Block]]]:
    """Each speaker's words as blocks, in the order given (most quoted first)."""
    ranked, n = [], 0
    for who, texts in said.items():
        blocks = []
        for text in texts:
            n += 1
            blocks.append(Block(f"B{n}", kind, who, text, ("S1", "S2"), (0, n, 0, 0)))
        ranked.append((who, blocks))
    return ranked


def test_a_speaker_who_answers_a_groups_later_member_joins_the_other_group():
    # Owen Pike answers Nell Hart ("campaigners call the ferry a lifeline") and
    # so heads the other group; Rosa Lunn shares Hart's words. Ivo Tarn shares
    # a word with Hart too, but dismisses Lunn's point as a view others hold:
    # he is on Pike's side, though he answers neither seed.
    ranked = _blocks(
        {
            "Nell Hart": ["The ferry is a lifeline for the island.", "Cut the ferry and the village empties by winter, when trade is thin."],
            "Owen Pike": ["Campaigners call the ferry a lifeline. The island needs a bridge, and this ferry is not one."],
            "Rosa Lunn": ["Our harbour cafes depend on the early boat. Without it the village empties."],
            "Ivo Tarn": ["Cafe owners say the harbour cafes depend on the early boat. That is simply untrue.", "Trade is thin by winter already."],
        }
    )
    assert _groups(ranked, {}) == [["Nell Hart", "Rosa Lunn"], ["Owen Pike", "Ivo Tarn"]]


def test_a_draft_cue_is_said_by_no_one_outside_the_group():
    # Ivo Lamb, in neither group, and Tom Reeve's reported speech use phrases
    # Ada Trell uses too: neither phrase is her group's own.
    by = dict(
        _blocks(
            {
                "Ada Trell": ["The sea wall must be rebuilt before the storm season, and the night market kept open."],
                "Tom Reeve": ["Guests will simply stay in the next town."],
                "Ivo Lamb": ["Engineers inspect the sea wall every spring."],
            }
        )
    )
    by["Tom Reeve"] += _blocks({"Tom Reeve": ["Tom Reeve said the storm season had emptied the campsites."]}, "statement")[0][1]
    cues = _cues(["Ada Trell"], ["Tom Reeve"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "night market" in c], cues
    assert not [c for c in cues if "sea wall" in c or "storm season" in c], cues


def test_a_speaker_named_as_answering_the_first_seeds_the_other_group_whatever_their_words():
    # The outlet says Kurt Amsel answers Sara Vell ("Amsel disagreed."): he
    # seeds the other group, though Jo Prell is more quoted.
    ranked = _blocks(
        {
            "Sara Vell": ["The night tram must stay for students and nurses.", "Students and nurses ride it home after late shifts."],
            "Jo Prell": ["Visitors come for the lakes.", "The lakes fill every summer."],
            "Kurt Amsel": ["Students and nurses can ride the early bus."],
        }
    )
    assert _groups(ranked, {})[1][0] == "Jo Prell"
    groups = _groups(ranked, {}, named={("Kurt Amsel", "Sara Vell")})
    assert groups[1][0] == "Kurt Amsel" and "Sara Vell" in groups[0], groups


def test_a_speaker_named_as_answering_a_member_joins_the_other_group():
    # Lio Brask shares words with Eva Kohl's group only, but the outlet
    # says he answers Dag Ruud, a later member of it ("Brask disagreed."):
    # that counts before the words.
    ranked = _blocks(
        {
            "Eva Kohl": ["The canal path needs lamps and benches."],
            "Tor Nesse": ["Lamps on the canal path would harm the reeds."],
            "Dag Ruud": ["Benches bring cyclists to the cafes."],
            "Lio Brask": ["The cafes need those cyclists."],
            "Una Falk": ["The council meets on Tuesday."],
        }
    )
    assert "Lio Brask" in _groups(ranked, {}, named={("Tor Nesse", "Eva Kohl")})[0]
    groups = _groups(ranked, {}, named={("Tor Nesse", "Eva Kohl"), ("Lio Brask", "Dag Ruud")})
    assert "Lio Brask" in groups[1] and "Dag Ruud" in groups[0], groups


def test_a_speaker_sharing_words_only_with_a_groups_later_member_joins_that_group():
    # Mona Sethi shares no word with either seed, only with Olek Varga,
    # who shares Rhea Lund's: she is in Lund's group, not left out.
    ranked = _blocks(
        {
            "Rhea Lund": ["The orchard feeds the whole valley.", "Cut the orchard and the valley starves."],
            "Piers Hobb": ["A car park brings shoppers to the square.", "The square is empty most afternoons."],
            "Olek Varga": ["The valley needs its orchard and the apple pickers who tend it."],
            "Mona Sethi": ["Our apple pickers have worked those rows for forty years."],
        }
    )
    groups = _groups(ranked, {})
    assert groups == [["Rhea Lund", "Olek Varga", "Mona Sethi"], ["Piers Hobb"]], groups


def test_with_no_answer_by_name_the_next_most_quoted_seeds_the_other_group():
    # Nobody is said to answer Alma Kerr. Finn Ode, quoted next most, shares
    # her words ("harbour", "dredging"); Vera Lisk shares none, and is the
    # furthest by words, but a report's next voice is most often the other side.
    ranked = _blocks(
        {
            "Alma Kerr": ["Dredging the harbour brings the big ships back.", "The harbour dies without dredging.", "Trade needs deep water."],
            "Finn Ode": ["Dredging stirs up the harbour mud and kills the oyster beds.", "Oyster beds take decades to recover."],
            "Vera Lisk": ["My cafe opens at six for the fishermen.", "Summer visitors fill the benches."],
            "Gus Brann": ["The council meets on Thursday."],
            "Ines Toll": ["Nothing has been decided."],
        }
    )
    assert [g[0] for g in _groups(ranked, {})] == ["Alma Kerr", "Finn Ode"]


def test_a_draft_cue_leaves_no_comparison_cut_in_half():
    from briefing.draft import CUE_SIZES, CUE_STOPS, _usable

    def cues(text: str) -> set[str]:
        return {p for p in phrases(text, CUE_SIZES, CUE_STOPS) if _usable(p, set())}

    # "are cleaner | than ...", "pays consultants | more than ...", "rise twice as fast | as ...": the comparison dangles
    found = cues("Electric ferries are cleaner than diesel boats on the short crossings.")
    assert {"electric ferries", "cleaner than diesel boats", "short crossings"} <= found, found
    assert not {p for p in found if p.endswith("cleaner")}, found
    found = cues("The trust pays consultants more than its wardens.")
    assert "trust pays" in found and "pays consultants" not in found, found
    found = cues("Mooring fees rise twice as fast as pensions on the canal.")
    assert "mooring fees" in found and not {p for p in found if p.endswith(("twice", "fast"))}, found
    # the second half of a comparison alone: "fast as pensions", "run than lorries"
    assert not {p for p in found if p.split()[1] in ("as", "than")}, found
    assert not _usable("run than lorries", set()) and not _usable("served as warden", set())
    assert _usable("cheaper than lorries", set()) and _usable("worse than lorries", set())


def test_a_draft_cue_never_runs_across_a_dash_typed_as_two_hyphens():
    by = dict(_blocks({"Ada Trell": ["The old sluices rot -- orchards flood every spring."], "Tom Reeve": ["The farmers want a new pumping station."]}))
    cues = _cues(["Ada Trell"], ["Tom Reeve"], by, (set(), set()), (set(), set()), "\0")
    assert "old sluices rot" in cues and not [c for c in cues if "--" in c], cues


def test_a_draft_cue_does_not_end_in_the_first_words_of_a_clause_that_opens():
    from briefing.draft import CUE_SIZES, CUE_STOPS, _usable

    found = {p for p in phrases("Mooring fees that our members pay have doubled.", CUE_SIZES, CUE_STOPS) if _usable(p, set())}
    assert "members pay have doubled" in found and not {p for p in found if "that" in p.split()}, found
    assert not _usable("plain that this rule", set()) and not _usable("locks that leak", set())
    # three words after it hold the clause's verb
    assert _usable("lock that is always jammed", set()) and _usable("jetty that s always flooded", set())


def test_a_draft_cue_does_not_end_in_the_first_words_of_a_relative_clause():
    from briefing.draft import CUE_SIZES, CUE_STOPS, _usable

    found = {p for p in phrases("Tenants who rent upstairs pay the boiler levy.", CUE_SIZES, CUE_STOPS) if _usable(p, set())}
    assert "boiler levy" in found and not {p for p in found if "who" in p.split()}, found
    found = {p for p in phrases("Owners whose boats sank last winter got nothing back.", CUE_SIZES, CUE_STOPS) if _usable(p, set())}
    assert "boats sank" in found and not {p for p in found if "whose" in p.split()}, found
    assert not _usable("wardens whom residents", set()) and not _usable("sheds which flood", set())
    # three words on, the clause holds its verb: no longer cut short
    assert _usable("gates which are always locked", set())


def test_a_draft_cue_names_no_one_word_role_of_a_speaker():
    from briefing.draft import draft_spec
    from briefing.model import Source

    said = {
        "Ilse Wendel": ["The slipway must be rebuilt before the autumn gales.", "Gales wreck the old slipway."],
        "Corin Hask": ["The treasurer hides the ferry accounts from the islanders.", "Islanders deserve open ferry accounts."],
    }
    ranked = _blocks(said)
    text = "Ilse Wendel spoke. Corin Hask spoke.\n"
    draft = draft_spec([Source(f"S{n}", f"{n}.txt", text, str(n)) for n in (1, 2)], [b for _, bs in ranked for b in bs], [("Ilse Wendel", "treasurer")])
    cues = " ".join(line for line in draft.splitlines() if line.startswith("cues = "))
    assert "ferry" in cues and "treasurer" not in cues, cues


def test_a_draft_cue_does_not_stop_before_the_of_phrase_or_the_possessive_it_needs():
    from briefing.draft import CUE_SIZES, CUE_STOPS

    # "any kind | of deal", "a total lack | of respect": the noun before "of" is cut from its complement
    found = phrases("We will never sign any kind of deal. It shows a total lack of respect.", CUE_SIZES, CUE_STOPS)
    assert not {p for p in found if p.endswith(("kind", "lack"))}, found
    assert {"kind of deal", "total lack of respect"} <= found, found
    # "the miller | 's daughter": the owner without what is owned
    found = phrases("Nobody asked the miller's daughter about the weir.", CUE_SIZES, CUE_STOPS)
    assert "nobody asked the miller" not in found and "asked the miller" not in found, found
    assert "miller s daughter" in found, found


def test_a_follower_listed_before_the_one_they_follow_joins_where_that_one_ends():
    # The harbour master's spokesman is listed first; the harbour master, whose words
    # share Kit Arno's, is Dora Venn's office: both go to Venn's group.
    said = {
        "Dora Venn": ["Dredging keeps the channel open for the trawlers.", "Without dredging the trawlers leave."],
        "Kit Arno": ["The seals breed on the sandbank every spring."],
        "the harbour master's spokesman": ["We will answer in writing."],
        "the harbour master": ["The sandbank moves every spring, seals or not."],
    }
    joins = {"the harbour master's spokesman": "the harbour master", "the harbour master": "Dora Venn"}
    groups = _groups(_blocks(said), {}, joins=joins)
    assert groups == [["Dora Venn", "the harbour master's spokesman", "the harbour master"], ["Kit Arno"]], groups
