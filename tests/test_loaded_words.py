"""Loaded words (Wikipedia's words to watch and the subjective lexicons'): whose
they are, the outlet's or the speaker's, and how the briefing shows them."""

import re

import pytest
from bypass import SPEC
from conftest import blocks_with, briefing_of

from briefing import lexicon
from briefing.model import Block, Variant
from briefing.neutrality import mark_loaded, outlet_terms
from briefing.quotes import outside_quotes
from briefing.render import render


def test_loaded_words_in_a_quote_are_the_speakers(make_articles):
    folder = make_articles(
        {"a.txt": 'Ravi Das slammed the plan. He said: "This disgraceful scheme would destroy the meadow, a shocking failure."'},
        spec=SPEC,
    )
    b = briefing_of(folder)
    quote = blocks_with(b, "disgraceful scheme")[0]
    assert quote.kind == "quote" and "disgraceful" in quote.loaded_terms and quote.outlet_terms == ()
    statement = blocks_with(b, "Ravi Das slammed the plan")[0]
    assert statement.outlet_terms == ("slammed",)
    md = render(b, "md").decode().replace("\\", "")
    assert "the outlet's own wording: “slammed” (neutral: “said”)" in md
    own_words = next(line for line in md.splitlines() if "in the speaker's own words:" in line).split("own words:")[1]
    # the reader is shown the Manual of Style's words to watch, not every subjective word a speaker uses
    assert "disgraceful" in own_words and "shocking" in quote.loaded_terms and "shocking" not in own_words


def test_a_loaded_verb_of_saying_is_the_outlets_outside_a_quote_and_the_speakers_inside(make_articles):
    """A verb of saying that the subjective lexicons rate loaded ("complained",
    "threatens") is the outlet's characterisation in its own sentence, shown
    with the neutral verb; inside a quote the same verb is the speaker's,
    left as it was and not called a word to watch."""
    folder = make_articles(
        {
            "a.txt": "Tomas Brunow complained that the bypass would cost the town too much.\n"
            'Lena Okonkwe said: "The farmers complained for years and the council never listened to them."\n'
            "Greta Moss threatens to take the council to court over the meadow.",
        },
        spec=SPEC,
    )
    b = briefing_of(folder)
    statement = blocks_with(b, "Tomas Brunow complained that")[0]
    assert statement.kind != "quote" and "complained" in statement.outlet_terms
    quote = blocks_with(b, "farmers complained for years")[0]
    assert quote.kind == "quote" and quote.outlet_terms == () and "complained" in quote.loaded_terms
    threat = blocks_with(b, "Greta Moss threatens")[0]
    assert "threatens" in threat.outlet_terms
    md = render(b, "md").decode().replace("\\", "")
    assert "“complained” (neutral: “said”)" in md and "“threatens” (neutral: “says”)" in md
    assert "The farmers complained for years" in md
    assert "in the speaker's own words: complained" not in md


def test_words_of_attack_and_of_disapproval_are_loaded_but_crime_and_war_are_the_story():
    fight = "The councillors assailed the mayor and rebuffed her bogus figures."
    assert {"assailed", "rebuffed", "bogus"} <= set(outlet_terms(fight, "event"))
    plain = "A jury heard the robbery and manslaughter charges, and the army moved missiles and rifles to the border."
    assert outlet_terms(plain, "event") == ()


def test_a_ban_reported_plainly_is_the_story_and_the_words_around_it_are_still_loaded():
    plain = "The weedkiller will be banned on all farms from 2029, and pupils are forbidden to vape on the school site."
    assert outlet_terms(plain, "event") == ()
    assert outlet_terms("Ministers outlawed the spray and excluded growers from the review.", "event") == ()
    # the verdict around the ban is still the writer's own
    assert {"cruel", "reckless"} <= set(outlet_terms("The cruel and reckless ban left growers with nothing.", "event"))


def test_a_building_demolished_or_homes_destroyed_is_what_happened_and_a_verdict_on_it_is_still_loaded():
    plain = "Crews demolished the old grain store on Tuesday; a flood destroyed two bridges and wrecked a ferry."
    assert outlet_terms(plain, "event") == ()
    assert outlet_terms("The gale ravaged the orchards and ruined the harvest.", "event") == ()
    # an adjective of verdict made from such a verb stays the writer's
    assert "devastating" in outlet_terms("It was a devastating week for the harbour board.", "event")
    # the attack vocabulary the lexicons rate stays loaded
    assert "assailed" in outlet_terms("Residents assailed the board over the ferry.", "event")


def test_subjective_words_are_the_outlets_loaded_terms_and_names_are_not():
    assert {"bleak", "cruel"} <= set(outlet_terms("The repairs left a bleak and cruel choice for tenants.", "event"))
    assert "bright" not in outlet_terms("Grace Bright chairs the housing committee.", "event")
    assert outlet_terms('Ann Colby said: "It is a bleak, cruel deal."', "quote") == ()
    # an adverb is found through its adjective, as the lexicons list adjectives
    assert "cruelly" in outlet_terms("The tenants were cruelly treated, the report found.", "event")
    # capitalised only because it opens the sentence: the writer's comment on it
    assert "bizarrely" in outlet_terms("Bizarrely, the board closed the pier on Friday.", "event")
    assert outlet_terms("Kelso, a nurse on the ward, spoke on Friday.", "event") == ()


def test_an_adjective_that_opens_a_sentence_is_the_writers_and_a_surname_is_not():
    # capitalised only by its place, before the words it describes
    assert "reckless" in outlet_terms("Reckless council chiefs closed the library on Friday.", "event")
    assert "callous" in outlet_terms("The vote is set. Callous cuts to the bus timetable follow.", "event")
    assert "bright" in outlet_terms("Bright lights lined the harbour wall all night.", "event")
    # a surname that is also an adjective: followed by a verb or a closed-class word
    assert outlet_terms("Bright said the pier would close in May.", "event") == ()
    assert outlet_terms("Bright resigned from the harbour board on Monday.", "event") == ()
    assert outlet_terms("Bright, the harbour master, closed the pier.", "event") == ()
    assert outlet_terms("Bright has chaired the board since 2019.", "event") == ()
    # a name wherever else the text capitalises it
    assert outlet_terms("Bright wants a new pier, Councillor Tom Bright told the meeting.", "event") == ()
    assert outlet_terms("The pier stays shut. Bright lights lined it, said Tom Bright.", "event") == ()


def test_a_compound_with_a_loaded_part_is_loaded_and_a_prefixed_one_is_not():
    assert "grim-faced" in outlet_terms("The grim-faced minister left by the back door.", "event")
    # capitalised by its place and hyphenated: both rules at once
    assert "savage-sounding" in outlet_terms("Savage-sounding fines await drivers in the old town.", "event")
    # a prefix names a kind of thing, not a verdict
    assert outlet_terms("The non-violent march crossed the bridge at noon.", "event") == ()


def test_a_loaded_verb_for_passing_a_measure_is_shown_with_the_neutral_one(make_articles):
    folder = make_articles({"a.txt": "The council rammed through the new parking charges on Monday night."}, spec=SPEC)
    b = briefing_of(folder)
    block = blocks_with(b, "parking charges")[0]
    assert block.outlet_terms == ("rammed through",)
    md = render(b, "md").decode().replace("\\", "")
    assert "“rammed through” (neutral: “passed”)" in md


def test_an_adverb_on_a_verb_of_saying_is_the_outlets_colour():
    assert "angrily" in outlet_terms("The mayor angrily denied that the depot would close.", "event")
    assert "fiercely" in outlet_terms("Tenants fiercely opposed the rent rise.", "event")
    assert not outlet_terms("The board unanimously rejected the bid on Monday.", "event")
    assert not outlet_terms("The Marsh family opposed the plan.", "event")
    # after the verb too; an adverb of time or count there still only reports
    assert "curtly" in outlet_terms("Ms Ide replied curtly that the pier was safe.", "statement")
    assert not outlet_terms("Ms Ide said shortly after noon that nearly 40 boats were moored.", "statement")


def test_what_a_statement_reports_the_speaker_said_is_theirs_and_the_frame_is_the_outlets():
    # the reported content, after the verb or before a closing attribution, is the speaker's
    assert outlet_terms("Pia Lurn said the levy was a bogus and cruel tax on fishermen.", "statement") == ()
    assert outlet_terms("Pia Lurn told the meeting on Friday that the cruel levy must go.", "statement") == ()
    assert outlet_terms("The levy is a cruel sham, Pia Lurn said on Friday.", "statement") == ()
    assert outlet_terms("The levy is a cruel sham, said Pia Lurn, who chairs the guild.", "statement") == ()
    assert outlet_terms("According to Pia Lurn, the levy is a bogus tax.", "statement") == ()
    # the outlet's verb and adverb in the frame stay its own
    assert set(outlet_terms("Pia Lurn angrily complained that the levy was bogus.", "statement")) == {"angrily", "complained"}
    assert set(outlet_terms("The levy is bogus, the furious Pia Lurn said.", "statement")) == {"furious"}
    # a clause joined on by "and" closes no attribution, nor does a verb whose speaker is named before its comma (the subject)
    assert "bogus" in outlet_terms("The stall holders waved bogus permits, and one trader scolded the mayor for it.", "statement")
    assert "attacked" in outlet_terms("Ivo Brand, who has attacked the board, thanked Ms Orr for her remarks.", "statement")
    # nothing is reported without a verb of saying: the outlet's words, all of them
    assert "bogus" in outlet_terms("Pia Lurn slammed the bogus levy.", "statement")
    # an unattributed sentence is the outlet's throughout
    assert "bogus" in outlet_terms("The levy is a bogus tax, and it was passed on Friday.", "event")


def test_a_speakers_reported_words_do_not_count_against_the_outlet_in_its_profile(make_articles):
    folder = make_articles(
        {"a.txt": "The harbour board will vote on the levy on Monday.\n"
         "Pia Lurn said the levy was a cruel, bogus tax on the fleet.\n"
         "The board denied that, the furious Pia Lurn said."},
    )
    b = briefing_of(folder)
    (profile,) = b.profiles
    assert "cruel" not in profile.loaded and "bogus" not in profile.loaded
    block = blocks_with(b, "cruel, bogus tax")[0]
    assert block.kind == "statement" and {"cruel", "bogus"} <= set(block.loaded_terms)


def test_scare_quotes_are_the_outlets_but_a_speakers_quoted_word_is_not():
    assert outlet_terms("The council unveiled its “regeneration” plan for the docks on Monday.", "event") == ("regeneration",)
    assert "reckless" not in outlet_terms("Jo Roe called the plan “reckless” on Monday.", "statement")
    assert not outlet_terms("The council unveiled a plan for the docks, “to bring the waterfront back to life”.", "event")


def test_words_a_verb_of_saying_puts_in_a_speakers_mouth_are_no_scare_quotes():
    told = "The quay reopened on Friday, its harbour master describing the repairs as “far too slow”, with Ms Vey adding that the work was “money well spent”."
    assert outlet_terms(told, "event") == ()
    # with no verb of saying before them, quoted words are the outlet's, held at arm's length
    assert outlet_terms("The board met on Friday to discuss its “heartening” new ferry plan.", "event") == ("heartening",)


def test_words_after_the_ing_form_of_any_verb_of_saying_are_no_scare_quotes():
    # "yelled", "retorted" are verbs of saying: their -ing forms put the words after them in someone's mouth too
    for told in ("The clip shows dock workers yelling “cowards” at the gate.", "Asked about the delay, the pilot was heard retorting “never again”."):
        assert outlet_terms(told, "event") == (), told
    # an -ing form of another verb is no saying
    assert outlet_terms("The crews spent the week repainting the “historic” ferry.", "event") == ("historic",)


def test_a_label_quoted_from_a_speaker_is_a_loaded_term_of_theirs_not_the_outlets():
    def block(kind: str, text: str) -> Block:
        return Block("B1", kind, "Jo Roe", text, ("S1",), (0, 0, 0, 0))

    statement, quote = mark_loaded(
        [block("statement", "Jo Roe called the ferry timetable a “shambles” on Monday."), block("quote", "“A shambles,” she said.")]
    ).blocks
    assert "shambles" in statement.loaded_terms and "shambles" not in statement.outlet_terms
    assert "A shambles" not in quote.loaded_terms  # a quote block is all the speaker's words: nothing is picked out


def test_a_loaded_word_in_another_outlets_wording_of_a_block_is_listed():
    plain = Block("B1", "event", None, "The mayor dropped the ferry plan on Monday.", ("S1", "S2"), (0, 0, 0, 0),
                  variants=(Variant("S2", "The mayor dropped the bogus ferry plan on Monday."),))
    (marked,) = mark_loaded([plain]).blocks
    assert "bogus" in marked.loaded_terms and "bogus" not in marked.outlet_terms


def test_an_outlets_loaded_lead_around_its_own_quote_is_kept_as_its_narration(make_articles):
    quote = "“The ferry board has broken every promise it made to this island,”"
    folder = make_articles(
        {
            "herald.txt": "Mayor Ines Rook admitted on Monday that the ferry board “has broken every promise”.\n"
            f"{quote} Ms Rook said.",
            "gazette.txt": "Mayor Ines Rook said on Monday that the ferry board “has broken every promise”.\n"
            f"{quote} Ms Rook said.\nThe board meets again in June.",
            "post.txt": f"{quote} Mayor Ines Rook said on Monday.",
        }
    )
    b = briefing_of(folder)
    path = {s.id: s.path for s in b.sources}
    (block,) = blocks_with(b, "broken every promise")
    leads = {path[v.source]: v.text for v in block.variants if v.kind == "paraphrase"}
    # the lead in the outlet's own loaded word stays with the quote; a plain one adds nothing
    assert "admitted" in leads["herald.txt"] and "gazette.txt" not in leads
    profile = {path[p.source]: p.loaded for p in b.profiles}
    assert "admitted" in profile["herald.txt"] and "admitted" not in profile["gazette.txt"] + profile["post.txt"]
    assert not any("promise" in term for term in profile["herald.txt"])  # the speaker's words, quoted in the lead
    assert block.outlet_terms == ("admitted",)
    note = next(line for line in render(b, "md").decode().splitlines() if "`B1` —" in line)
    assert "an outlet's own wording in reporting it: “admitted” (neutral: “said”)" in note and "speaker's own words" not in note


def test_an_outlets_loaded_words_around_a_quote_in_the_same_sentence_are_its_own(make_articles):
    quote = "“The old pier is safe and it will stay open all summer,”"
    folder = make_articles(
        {
            "herald.txt": f"{quote} Harbour master Olu Ide said curtly on Friday.",
            "gazette.txt": f"{quote} harbour master Olu Ide said on Friday.",
        }
    )
    b = briefing_of(folder)
    path = {s.id: s.path for s in b.sources}
    (block,) = blocks_with(b, "old pier is safe")
    assert block.kind == "quote" and block.outlet_terms == ("curtly",)
    assert {path[v.source] for v in block.variants if v.kind == "paraphrase"} == {"herald.txt"}
    profile = {path[p.source]: p.loaded for p in b.profiles}
    assert profile["herald.txt"] == ("curtly",) and profile["gazette.txt"] == ()


def test_only_a_verb_of_saying_gets_a_neutral_verb_and_in_its_own_form():
    """An adjective before a noun ("a threatening letter") describes a thing,
    not what someone said: loaded, with no neutral verb. Each form of a
    loaded verb of saying gets the same form of "say"."""
    texts = ("Ines Vordak sent a threatening letter.", "Ines Vordak was complaining, then complains again.")
    found = {h.term: h.neutral for t in texts for h in lexicon.load().find(t)}
    assert found["threatening"] is None
    assert found["complaining"] == "saying" and found["complains"] == "says"


def _manner_by_patterns(lex, text):
    """The rule of manner as two patterns: an "-ly" adverb (three lower-case
    letters before "ly" at least, not a plain one) then a verb of saying
    with spaces between, or the verb then the adverb."""
    adverb = r"\b(?!(?:" + "|".join(sorted(lex.plain_adverbs)) + r")\b)([a-z]{3,}ly)\b"
    verb = r"\b(?:" + "|".join(sorted(lex.manner_verbs, key=len, reverse=True)) + r")\b"
    return sorted((m.start(1), m.group(1)) for pattern in (adverb + r"\s+" + verb, verb + r"\s+" + adverb) for m in re.finditer(pattern, text))


@pytest.mark.parametrize(
    "text",
    [
        "The warden said curtly that the slipway would stay shut.",
        "The warden curtly said so, then wearily added that it would reopen.",
        "Asked twice, the warden replied, curtly, that it would not.",  # a comma between: no adverb of the verb
        "The warden only said it would reopen early.",  # plain adverbs
        "Curtly said the warden, and Grimly said the clerk.",  # capitalised: a name or a sentence's opening
        "The warden said\n\tbriskly: no.",  # any spaces between
        "The warden said briskly_ that ... the clerk said hurriedly2 too.",  # a run that is not all letters
        "She told reporters the plan would cost more, then said sharply replied nothing.",  # one adverb between two verbs
        "",
    ],
)
def test_an_adverb_of_manner_is_found_beside_a_verb_of_saying_as_the_patterns_find_it(text):
    lex = lexicon.load()
    assert sorted(lex._manner(text)) == _manner_by_patterns(lex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bizarrely, the ferry board said angrily that the new timetable was a disgraceful mess.",
        "The harbour master fiercely defended the plan and called her critics lunatics and thugs.",
        "Councillors opposed bitterly the thuggish tactics of the contractor, some people say.",
        "The DISGRACEFULLY late ferry reached the very iconic pier; Ona Brill condemns it loudly.",
        "The new ferry was grossly overpriced, and the pier shamefully late.",
        "Asked about the rally, Ona Brill replied curtly",  # the "-ly" word ends the text
        "Ona Brill, rallying the crew, said sharply: the pier stays shut.",  # "ly" inside a word, then one that ends it
        "At the end of the day the pier, bitterly fought over, was a white elephant.",  # a term of closed-class words but one
        "Tolven's councillors bitterly called the delays outrageously long.",  # a "outrageous*" term, after an apostrophe's word
        # every word of a term of several words, in other cases and spacing, or joined by another dash
        "It Is\tsaid, bitterly, that Critics  say the quay had a WORLD–CLASS cover‐up.",
    ],
)
def test_the_lexicons_shortcuts_drop_no_term(text):
    """``find`` skips the scans that cannot match (no anchor word, no verb
    of manner and "-ly" word): every term that scanning with every pattern
    finds is still found, and a subjective word is found (an adverb by its
    adjective, an adverb that opens the sentence capitalised)."""
    lex = lexicon.load()
    scanned = {(m.group(0), category) for category, _, _, _, terms in lex.categories for m in lexicon._compile(terms).finditer(text)}
    scanned |= {(term, lexicon.MANNER) for _, term in _manner_by_patterns(lex, text)}
    found = {(hit.term, hit.category) for hit in lex.find(text)}
    assert scanned and scanned <= found
    assert any(category in (lexicon.SUBJECTIVE, lexicon.MANNER) and term.lower().endswith("ly") for term, category in found)


def test_the_words_to_watch_attribution_read_are_given_to_the_blocks_not_read_again(make_articles, monkeypatch):
    from briefing import caches, pipeline

    folder = make_articles(
        {
            "a.txt": "The reckless quarry scheme was approved on Friday.\n"
            "Lorries will use the “temporary” haul road from April, a notice says.\n"
            'Parish clerk Wen Abo said: "The haul road is a disgrace."',
            "b.txt": "The quarry scheme was approved on Friday by a narrow vote.\nThe notorious haul road opens in April.\n"
            "The “Quiet Lanes” petition drew 4,000 signatures.",
        }
    )
    read = pipeline.consolidate([str(folder)])
    narrative = {b.text for b in read.blocks if b.kind not in ("quote", "statement")}
    assert narrative and narrative <= set(read.terms)
    caches.clear()
    assert {text: lexicon.reported_terms(text) for text in read.terms} == read.terms  # what a fresh read gives
    assert "reckless" in read.terms["The reckless quarry scheme was approved on Friday."]
    petition = "The “Quiet Lanes” petition drew 4,000 signatures."
    assert petition in narrative and outside_quotes(petition) in read.terms  # what the outlet's own terms read
    caches.clear()
    alone = mark_loaded(read.blocks)
    caches.clear()
    asked: list[str] = []
    find = lexicon.Lexicon.find
    monkeypatch.setattr(lexicon.Lexicon, "find", lambda self, text: asked.append(text) or find(self, text))
    told = mark_loaded(read.blocks, told=read.terms)
    assert told == alone
    assert not set(asked) & set(read.terms)  # no text attribution read is read again
    assert asked  # the quote's wordings are read here
    caches.clear()
