"""The words `briefing init`'s draft picks: a neutral title (the subject
the sources share, a headline, the question) and the cue phrases of its
two positions, taken from the speakers' own words."""

import json
import re
import tomllib

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.draft import _cues
from briefing.headlines import headline
from briefing.model import Block, Source
from briefing.spec import parse_spec
from briefing.story_words import phrases
from briefing.topic import described_phrases, name_words, subject


def _drafted(folder, tmp_path) -> dict:
    """The draft ``briefing init`` writes for ``folder``, read as TOML."""
    result = CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "drafted.toml")])
    assert result.exit_code == 0, result.output
    return tomllib.loads((tmp_path / "drafted.toml").read_text("utf-8"))


def test_the_title_takes_its_subject_from_the_outlets_words_not_a_quotation(make_articles, tmp_path):
    # Both outlets quote "a long winter"; both write "the tram line" in their own words.
    folder = make_articles(
        {
            "a.txt": "Council approves tram extension\nThe council voted on Tuesday to extend the tram line to the airport.\n"
            'Ruth Amber, who runs a cafe on the route, said: "We face a long winter of roadworks."\n',
            "b.txt": "Tram vote passes\nCouncillors approved work on the tram line on Tuesday.\n"
            '"It will be a long winter for every shop on this street," said Ruth Amber.\n',
        }
    )
    result = CliRunner().invoke(main, ["init", str(folder), "-o", str(tmp_path / "b.toml")])
    assert result.exit_code == 0, result.output
    title = tomllib.loads((tmp_path / "b.toml").read_text())["title"]
    assert title.lower().startswith("tram line") and "winter" not in title.lower()


# Two sides, two speakers each (who share a word with each other, not with
# the other side), in three outlets; the quotes name a place and give figures.
WIND = {
    "a.txt": "Turbines approved for Carvel Fell\n"
    "The planning board approved twelve wind turbines on Carvel Fell on Monday.\n"
    'Nell Ardwyn, who runs the energy cooperative, said: "Cheaper power for every home in Carvel is worth a few masts."\n'
    'Owen Tarr, a sheep farmer, said: "The turbines will scar the open hillside for a generation."\n'
    'Bea Lurn of the walkers\' club said: "Nobody will climb the open hillside on Carvel Fell to stare at 140 metre towers."\n',
    "b.txt": "Wind farm vote splits Carvel\n"
    '"Cheaper power for every home in Carvel is worth a few masts," said Nell Ardwyn.\n'
    'Engineer Sol Brae said: "Local jobs and cheaper bills come with the maintenance contract."\n'
    '"The turbines will scar the open hillside for a generation," said Owen Tarr.\n',
    "c.txt": "Carvel Fell wind farm gets the go-ahead\n"
    'Sol Brae said: "Local jobs and cheaper bills come with the maintenance contract."\n'
    'Bea Lurn said: "Nobody will climb the open hillside on Carvel Fell to stare at 140 metre towers."\n'
    'Owen Tarr said the turbines would scar the open hillside.\n',
}


def test_draft_cues_come_from_each_speaker_of_a_side_and_hold_no_name_or_figure(make_articles, tmp_path):
    folder = make_articles(WIND)
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    spec = parse_spec(tomllib.loads((folder / "briefing.toml").read_text("utf-8")))
    words = {"Nell Ardwyn": "cheaper power for every home is worth a few masts",
             "Sol Brae": "local jobs and cheaper bills come with the maintenance contract",
             "Owen Tarr": "the turbines will scar the open hillside for a generation",
             "Bea Lurn": "nobody will climb the open hillside to stare at metre towers"}
    for position in spec.positions:
        # Each side's cues are drawn from both its speakers, not the most quoted one only.
        said_by = {n for c in position.cues for n, w in words.items() if set(c.split()) <= set(w.split())}
        assert len(said_by) == 2, (position.cues, said_by)
        assert not any("carvel" in c or any(ch.isdigit() for ch in c) for c in position.cues)


def test_the_title_names_what_the_titles_share_and_never_an_office(make_articles, tmp_path):
    # The outlets share "prime minister" (an office: the head of the speaker's
    # role) and "storm damage" (in no title); both titles name the town.
    folder = make_articles(
        {
            "a.txt": "Quenby harbour wall to be rebuilt\nThe prime minister visited Quenby on Monday to see the storm damage.\n"
            'Ida Vosk, the minister for the coast, said: "The wall will be rebuilt before winter."\n',
            "b.txt": "Repairs promised for Quenby\nThe prime minister came to Quenby on Monday.\n"
            "The storm damage was worst on the quay.\n"
            'Ida Vosk, the minister for the coast, said: "We will rebuild the wall."\n',
        }
    )
    spec = _drafted(folder, tmp_path)
    assert spec["title"] == "Quenby: statements by Ida Vosk"
    assert spec["question"] == "What is disputed about Quenby?"


def test_a_phrase_ending_in_the_head_of_a_speakers_role_is_an_office_not_the_subject(make_articles, tmp_path):
    # "Ida Vosk, the minister for the coast": "prime minister" ends in her role's head noun.
    texts = ["The prime minister toured the quay after the sea wall collapsed.", "The prime minister said the sea wall would be rebuilt."]
    sources = [Source(f"S{n}", f"{n}.txt", text, "0") for n, text in enumerate(texts, 1)]
    assert subject(sources, set()) == "prime minister"
    assert subject(sources, set(), heads={"minister"}) == "sea wall"


def test_a_verb_phrase_the_titles_share_is_no_subject_but_a_noun_phrase_is():
    def titled(texts: list[tuple[str, str]]) -> str | None:
        sources = [Source(f"S{n}", f"{n}.txt", body, "0", title=title) for n, (title, body) in enumerate(texts, 1)]
        return subject(sources, set())

    # "stay open", "pull back" follow "to" and "will", never an article: verb phrases, whatever the titles share.
    libraries = [
        ("Libraries to stay open later", "The town libraries will stay open until nine, the library board said."),
        ("Town libraries will stay open on Sundays", "Libraries in the town are to stay open on Sundays from May, the library board said."),
    ]
    assert titled(libraries) == "library board"
    caterers = [
        ("Caterers to pull back from school meals", "Two caterers plan to pull back from the school meals contract."),
        ("Caterers will pull back, board told", "The caterers will pull back from school meals, the board heard."),
    ]
    assert titled(caterers) == "school meals"
    # A noun phrase printed after "to" is still one when an article comes before it elsewhere.
    rail = [
        ("Cuts to rail fares in the north", "The government announced cuts to rail fares."),
        ("What the rail fares cut means", "The rail fares will fall by a tenth."),
    ]
    assert titled(rail) == "rail fares"


def test_a_cue_phrase_stays_inside_one_clause():
    found = phrases("Nothing is permanent. If the trial fails, the road reopens - rain or shine.", (2, 3, 4))
    assert "nothing is permanent" in found and "trial fails" in found and "road reopens" in found
    assert not {p for p in found if "permanent if" in p or "fails the" in p or "reopens rain" in p}


def test_a_cue_phrase_neither_begins_nor_ends_on_a_word_of_time():
    found = phrases("The pier closed three winters ago and the boats already sail from Tolvik today.", (2, 3, 4))
    assert "pier closed" in found and "boats already sail" in found
    assert not {p for p in found if p.split()[0] in ("ago", "already", "today") or p.split()[-1] in ("ago", "already", "today")}, found


def _quote(n, speaker, text):
    return Block(f"B{n}", "quote", speaker, text, ("S1", "S2"), (0, n, 0, 0))


def test_a_draft_cue_is_not_made_only_of_words_the_other_side_uses():
    by = {
        "Ada Pask": [_quote(1, "Ada Pask", "We need to make sure the harbour wall is rebuilt.")],
        "Tom Reskin": [_quote(2, "Tom Reskin", "I am sure we need the money more than we need to make a wall.")],
    }
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "harbour" in c]
    assert not [c for c in cues if set(c.split()) <= {"we", "need", "to", "make", "sure", "the"}], cues


def test_a_headline_loses_the_site_name_the_section_and_a_capitalised_label():
    def title(text, outlet=None):
        return headline(Source("S1", "a.html", "Body.", "0" * 64, outlet=outlet, title=text))

    site = "The Fellmoor and District Echo"  # as long as a headline: told by the outlet's name alone
    assert title(f"Dam gates opened as reservoir nears the top | {site}", "fellmooranddistrictecho.example") == (
        "Dam gates opened as reservoir nears the top"
    )
    assert title("Dam gates opened as reservoir nears the top - Fellmoor Echo", "Fellmoor Echo") == (
        "Dam gates opened as reservoir nears the top"
    )
    assert title("Opinion – Why the reservoir should never have been built") == "Why the reservoir should never have been built"
    assert title("LIVE: Dam gates opened at Fellmoor") == "Dam gates opened at Fellmoor"
    assert title("Fellmoor's dam - and its critics") == "Fellmoor's dam - and its critics"
    assert title(None) is None


def test_one_source_is_titled_by_its_own_headline_and_unrelated_sources_by_theirs(make_articles, tmp_path):
    def title_of(articles, name):
        for old in (tmp_path / "articles").glob("*"):
            old.unlink()
        out = tmp_path / name
        assert CliRunner().invoke(main, ["build", str(make_articles(articles)), "--out", str(out), "--format", "json"]).exit_code == 0
        return json.loads((out / "briefing.json").read_text())["title"]

    one = {
        "echo.md": '---\ntitle: "Dam gates opened as reservoir nears the top | Fellmoor Echo"\noutlet: "Fellmoor Echo"\n---\n'
        "The gates of the Fellmoor dam were opened overnight as the reservoir rose two metres.\n"
        'Nell Garrow, the water board engineer, said: "We opened the gates to protect the wall."\n'
        '"The fields below are under water again," said Piet Onslow, a farmer.\n',
    }
    assert title_of(one, "one") == "Dam gates opened as reservoir nears the top"
    two = {
        "a.txt": 'Bakery owner fears for the quay\nEdda Quill said: "We lost everything in the cellar."\n',
        "b.txt": 'Chess club wins regional cup\n"It was a long season," said the coach, Ivo Marsh.\n',
    }
    assert title_of(two, "two") == "Bakery owner fears for the quay / Chess club wins regional cup"
    # A headline with a word to watch takes its outlet's tone: never the title.
    mocks = {
        "echo.md": '---\ntitle: "Mayor mocks critics of the harbour wall"\noutlet: "Fellmoor Echo"\n---\n'
        "The harbour wall at Fellmoor will be raised by a metre, the mayor said on Monday.\n"
        'Mayor Ada Quell said: "The harbour wall has kept this town dry for a century."\n'
        '"The harbour wall blocks our view of the sea," said Piet Onslow, a fisherman.\n',
    }
    title = title_of(mocks, "mocks")
    assert "mocks" not in title.casefold() and "Ada Quell" in title, title


def test_a_draft_cue_holds_no_number_spelled_out():
    by = {
        "Ada Pask": [_quote(1, "Ada Pask", "The pier is forty-one years old and needs two million pounds of repairs.")],
        "Tom Reskin": [_quote(2, "Tom Reskin", "Anglers have fished from it every summer.")],
    }
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "repairs" in c or "pier" in c], cues
    assert not [c for c in cues if {"forty", "two", "million"} & set(c.split())], cues


def test_a_cue_phrase_never_ends_inside_a_hyphenated_word():
    found = phrases("The trams run half-empty through the well-kept old town.", (2, 3, 4))
    assert "trams run half empty" in found and "well kept old town" in found
    assert not {p for p in found if p.endswith(("half", "well")) or p.startswith(("empty", "kept"))}, found


def test_a_described_speaker_keeps_the_place_it_names_free_to_be_the_subject():
    # A name is never the subject; a description's body is not either, but
    # the place it names may be what the story is about.
    assert name_words("Ewan Macandrew") == {"ewan", "macandrew"}
    assert described_phrases("the health board") == {"health board"} and not name_words("the health board")
    assert "quenmore" not in name_words("Quenmore's fishermen") and "fishermen" in name_words("Quenmore's fishermen")
    assert name_words("anglers at the weir on the night of the flood") == {"anglers"}


def test_a_cue_phrase_does_not_stop_where_an_object_or_a_clause_begins():
    found = phrases("Out on the farms it makes no difference, and every hour in the cab is an hour they lose.", (2, 3, 4))
    assert "makes no difference" in found and "hour in the cab" in found
    assert not {p for p in found if p.endswith(("farms it makes", "makes", "cab is an hour"))}, found


def test_a_draft_cue_is_shown_as_the_speaker_printed_it():
    by = {
        "Ada Pask": [_quote(1, "Ada Pask", "Commuters avoid a half-empty tram the depot's never fixed, and who can blame them?")],
        "Tom Reskin": [_quote(2, "Tom Reskin", "The depot keeps forty drivers in work.")],
    }
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "half-empty" in c] and [c for c in cues if "depot's" in c], cues
    assert not [c for c in cues if " s " in f" {c} " or " t " in f" {c} "], cues


def test_a_subject_most_outlets_print_as_the_start_of_a_longer_phrase_is_given_whole():
    def titled(texts: list[str]) -> str | None:
        sources = [Source(f"S{n}", f"{n}.txt", text, "0", title=text.split(".")[0]) for n, text in enumerate(texts, 1)]
        return subject(sources, set())

    # Two of three outlets go on from "river crossing" to "toll": the title says "river crossing toll".
    tolls = ["Drivers will pay the river crossing toll from May.", "The river crossing toll is to rise.", "A river crossing opened in Dunkerry in 1971."]
    assert titled(tolls) == "river crossing toll"
    # One outlet's next word, a verb after the phrase, a word of time or a name is no part of it.
    assert titled([*tolls[1:], "Crews fixed the river crossing on Monday."]) == "river crossing"
    voted = ["The harbour trust voted to sell the quay.", "The harbour trust voted on Friday.", "The harbour trust met again."]
    assert titled(voted) == "harbour trust"
    named = ["The river crossing Dunkerry needs is years away.", "The river crossing Dunkerry wants is costly."]
    assert titled(named) == "river crossing"


# Texts that print a name after "the", a common noun mostly with no determiner, and one mostly with one.
_NAMED = ["The Assembly voted on Monday.", "A vote in the Assembly is due.", "Members of the Assembly met in Dunkerry."]

_BARE = ["Councillors argued about school meals funding.", "She has long backed free school meals.", "Support for school meals grew."]

_COUNTED = ["The new bus lane opens in May.", "Traders fear a bus lane outside their doors.", "Tolbury Road bus lane works begin."]

_PRICED = ["Tolvik weighs a $40 million tidal barrage.", "Anglers oppose tidal barrage plans.", "It is a 300 million tidal barrage."]


@pytest.mark.parametrize(
    ("topic", "texts", "question"),
    [
        # A common noun takes "the"; a plural and a name do not.
        ("congestion charge", (), "the congestion charge"),
        ("parking charges", (), "parking charges"),
        ("bus pass", (), "the bus pass"),
        ("Quenby", (), "Quenby"),
        (None, (), "this story"),
        # A name the outlets print after "the" takes it.
        ("Assembly", _NAMED, "the Assembly"),
        ("Dunkerry", _NAMED, "Dunkerry"),
        # A mass noun the outlets print with no determiner takes none.
        ("school meals funding", _BARE, "school meals funding"),
        ("bus lane", _COUNTED, "the bus lane"),
        ("tidal barrage", [], "the tidal barrage"),
        # An amount before the noun counts it, as an article does.
        ("tidal barrage", _PRICED, "the tidal barrage"),
    ],
)
def test_the_draft_question_names_the_subject_with_the_or_without_as_the_outlets_print_it(topic, texts, question):
    from briefing.draft import _about

    assert _about(topic, texts) == question


def test_a_verb_and_its_object_names_no_subject_and_a_piece_of_a_longer_phrase_is_given_whole():
    def titled(texts: list[tuple[str, str]]) -> str | None:
        sources = [Source(f"S{n}", f"{n}.txt", body, "0", title=title) for n, (title, body) in enumerate(texts, 1)]
        return subject(sources, set())

    # The titles share nothing and the one phrase the outlets share is a verb with its object: no subject
    # rather than a wrong one.
    fired = [("Panic at the county fair", "A man opened fire near the rides."), ("Rides shut after attack", "Someone opened fire at dusk.")]
    assert titled(fired) is None
    # Most outlets print the word before it, after an article: it is part of the subject.
    counter = [("Mill town loses its bank", "Bills can be paid at a post office counter."), ("Cash worries grow", "The post office counter is open daily.")]
    assert titled(counter) == "post office counter"
    # A verb before it ("to end"), or a figure, is not.
    ending = [("Births to move", "They plan to end consultant-led births."), ("Unit to shut", "Plans to end consultant-led births were approved.")]
    assert titled(ending) == "consultant-led births"


def test_a_draft_cue_names_no_office_and_cuts_no_phrasal_verb():
    by = {
        "Ada Pask": [_quote(1, "Ada Pask", "I told the harbour master that our mooring fees went up again and the slipway crumbles.")],
        "Tom Reskin": [_quote(2, "Tom Reskin", "Anglers have fished from it every summer.")],
    }
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), {"harbour master"}), (set(), set()), "\0")
    assert [c for c in cues if "slipway" in c], cues
    # An office a speaker's role names speaks of a person, not a side; "went" is cut from its "up".
    assert not [c for c in cues if "harbour master" in c or c.endswith("went")], cues


def test_a_draft_cue_is_a_speakers_own_words_not_a_view_they_report_or_deny():
    by = {
        "Ada Pask": [_quote(1, "Ada Pask", "The owners say rent controls will choke building. We have heard that before, and families still sleep in cars.")],
        "Tom Reskin": [_quote(2, "Tom Reskin", "Anglers have fished from it every summer.")],
    }
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "families" in c or "sleep in cars" in c], cues
    assert not [c for c in cues if {"owners", "controls", "choke"} & set(c.split())], cues
    denied = {"Ada Pask": [_quote(1, "Ada Pask", "This is not a luxury tower. It is homes for nurses and bus drivers.")], "Tom Reskin": by["Tom Reskin"]}
    cues = _cues(["Ada Pask"], ["Tom Reskin"], denied, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "nurses" in c] and not [c for c in cues if "luxury" in c], cues


def test_a_common_noun_the_titles_share_is_the_subject_when_no_phrase_is():
    def titled(texts: list[tuple[str, str]], outlet: str | None = None) -> str | None:
        sources = [Source(f"S{n}", f"{n}.txt", body, "0", title=title, outlet=outlet) for n, (title, body) in enumerate(texts, 1)]
        return subject(sources, set())

    # No phrase is shared; two titles hold "flooding", which the outlets print in lower case.
    flood = [
        ("Flooding closes the valley road", "The flooding reached the mill by noon."),
        ("Flooding: what the council knew", "Residents blamed the flooding on the weir."),
        ("Mill owners count the cost", "Insurers were called to the mill."),
    ]
    assert titled(flood) == "flooding"
    # A day, or the outlet's own name, is no subject; a name's word before it, after an article, is part of it.
    days = [("Vote today", "The vote was on Tuesday night."), ("Vote count", "Counting began on Tuesday night.")]
    assert titled(days) is None
    radio = [("A", "Listen to Harbour Radio for news."), ("B", "Harbour Radio reported it first.")]
    assert titled(radio, outlet="Harbour Radio") is None
    network = [("A", "The Dunkerry Coastal Network said so."), ("B", "It was on the Dunkerry Coastal Network.")]
    assert titled(network) == "Dunkerry Coastal Network"


def test_a_longer_description_of_a_speaker_leaves_its_words_free_for_the_subject(make_articles, tmp_path):
    # "care" of the described speaker "private care providers" must not stop
    # "care home", the story's subject, from titling the draft.
    folder = make_articles({
        "a.txt": "Council to shut Fenley care home\nThe council will shut the Fenley care home in May.\n"
        'Private care providers in Ostley say they have beds for the residents.\n'
        'Nan Fell, whose father lives there, said: "He has lived in that care home for nine years."\n',
        "b.txt": "Families fight care home closure\nFamilies gathered outside the care home on Friday.\n"
        '"We have room for every resident," said Oli Brann, who runs two homes in Ostley.\n'
        'Nan Fell said: "He has lived in that care home for nine years."\n',
    })
    spec = _drafted(folder, tmp_path)
    assert spec["title"].startswith("Care home:") and spec["question"] == "What is disputed about the care home?", spec
    assert described_phrases("Private care providers in Ostley") == {"care providers"}
    assert not name_words("Private care providers in Ostley") and name_words("volunteers at the weir") == {"volunteers"}


def test_a_draft_cue_holds_no_verb_of_saying_or_belief_in_any_form():
    from briefing.draft import _usable

    assert _usable("price of water", set())
    assert not _usable("councillor keeps saying nobody", set())
    assert not _usable("think we can run", set())
    assert not _usable("they claimed otherwise", set())
    # "according to" attributes the words after it as a verb of saying does
    assert not _usable("according to the warden", set()) and not _usable("figures according to", set())


def test_a_draft_cue_stops_before_according_to():
    from briefing.draft import CUE_STOPS

    found = phrases("Ferry fares rose sharply according to the island trust.", (2, 3, 4), CUE_STOPS)
    assert "ferry fares rose sharply" not in found and "fares rose" in found, found


def test_a_draft_cue_does_not_run_past_the_preposition_that_ends_a_clause():
    from briefing.draft import _usable

    # "the timetable they signed up to | is the one ...": pieces of two clauses
    assert not _usable("signed up to is", set()) and not _usable("worked with has closed", set())
    assert _usable("signed up to the timetable", set()) and _usable("need to have more buses", set())
    # a modal is finite too ("the depot they fought for | should stay"); "be", "do", "have" after "to" are infinitives
    assert not _usable("fought for should stay", set()) and not _usable("planned for can wait", set())
    assert _usable("fought to be heard", set()) and _usable("want to do more", set())
    # capitalised after the preposition, an operator's word is a name: a month, a person
    assert _usable("april to may closure", set(), "The April to May closure of the lido hurts.")
    assert _usable("sold to will harrow", set(), "The boatyard was sold to Will Harrow.")
    assert not _usable("april to may closure", set(), "Shut in April to may closure, they said.")
    # the same two words printed in lower case elsewhere in the text leave the phrase in doubt
    assert not _usable("up to may fail", set(), "The deal we signed up to may fail. It runs from April to May.")
    assert not _usable("fought for will close", set(), "The depot we fought for will close. Ask Will Orme, who fought for Will.")


def test_a_draft_cue_does_not_open_a_claim_of_common_ground():
    from briefing.draft import _usable

    # "Nobody disputes that ferries ..." grants what follows: both sides may say it
    assert not _usable("nobody disputes that ferries", set()) and not _usable("no one would deny", set())
    # a denial that is no claim of common ground is a side's point
    assert _usable("nobody checked the boats", set()) and _usable("ferries nobody disputes", set())


def test_a_draft_cue_does_not_end_on_a_copula_of_seeming():
    from briefing.draft import _usable

    # what the new timetable "looks" or "seemed" is cut off; the copula inside a phrase is whole
    assert not _usable("new timetable looks", set()) and not _usable("tunnel plan seemed", set())
    assert _usable("timetable looks fair", set()) and _usable("seems fair to drivers", set())


def test_an_indefinite_pronoun_neither_begins_nor_ends_a_cue_phrase():
    found = phrases("Nobody checked whether anyone else would cut ferry fares for someone.", (2, 3, 4))
    assert "cut ferry fares" in found and "nobody checked" in found  # a denial can be a side's point
    assert not {p for p in found if {p.split()[0], p.split()[-1]} & {"anyone", "else", "someone"}}, found


def test_a_cue_phrase_does_not_stop_before_a_verb_of_saying_or_an_indefinite_object():
    from briefing.draft import CUE_STOPS

    framed = phrases("The harbour master keeps saying the quay is safe.", (2, 3, 4), CUE_STOPS)
    assert "quay is safe" in framed and not {p for p in framed if p.endswith("keeps")}, framed
    cut = phrases("I have never seen anybody on the night buses.", (2, 3, 4))
    assert "night buses" in cut and "never seen" not in cut, cut


def test_a_draft_cue_never_runs_out_of_a_quotation_inside_the_quote():
    # "the ‘fair price’ promise" quotes a slogan: "broke the 'fair" is a piece of two phrases;
    # a plural's possessive ("the growers' market") is one phrase.
    ada = ["They broke the \u2018fair price\u2019 promise to every grower.", "The growers' market stays open all winter."]
    by = {"Ada Pask": [_quote(n, "Ada Pask", t) for n, t in enumerate(ada, 1)], "Tom Reskin": [_quote(3, "Tom Reskin", "The depot keeps forty drivers in work.")]}
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "growers' market" in c], cues
    assert not [c for c in cues if re.search(r"(^|\s)'|[^s]'(\s|$)", c)], cues


def test_the_title_names_the_speaker_the_headlines_name_more_than_the_subject(tmp_path):
    def title_of(files: dict[str, str], name: str) -> str:
        folder = tmp_path / name / "articles"  # each case in a folder of its own
        folder.mkdir(parents=True)
        for file, text in files.items():
            (folder / file).write_text(text, encoding="utf-8")
        return _drafted(folder, tmp_path / name)["title"]

    # Two headlines name Vell by her surname; the outlets' shared phrase, "ferry timetable", is in none.
    vell = {
        "a.txt": "Vell refuses to step down\nThe ferry timetable was cut in March. Critics blame the mayor.\n"
        'Ada Vell said: "I was elected to finish this job and I will."\n'
        'Tom Rusk, who leads the opposition group, said: "She has lost the trust of the islanders."\n',
        "b.txt": "Pressure grows on Vell\nAnger over the ferry timetable has grown since March.\n"
        '"I will stay until the work is done," Ada Vell said.\n'
        '"Her time is up," said Tom Rusk.\n',
    }
    assert title_of(vell, "vell") == "Statements by Ada Vell and Tom Rusk"  # named once, first
    # A headline that names the ferry timetable as often as Vell keeps it as the subject.
    both = {**vell, "a.txt": "Vell defends the ferry timetable" + vell["a.txt"][vell["a.txt"].index("\n"):],
            "b.txt": "Ferry timetable: pressure grows on Vell" + vell["b.txt"][vell["b.txt"].index("\n"):]}
    assert title_of(both, "both").startswith("Ferry timetable: statements by")
    # A body's last word the outlets print in lower case ("water") is a common noun, not a name headlines use for it.
    water = {
        "a.txt": "Water bills to rise again\nThe pumping station upgrade will add to every bill, Quarnock Water said. Clean water costs more, and water from the hills is scarce.\n"
        '"The pumping station upgrade cannot wait," said a spokesman for Quarnock Water.\n',
        "b.txt": "Anger as water bills rise\nThe pumping station upgrade was approved on Monday. Households use less water in winter and more water in summer.\n"
        '"Quarnock Water must justify this," said Ola Brisk, who chairs the residents\' group.\n',
    }
    assert not title_of(water, "water").startswith("Quarnock Water")
    # Headlines that name both sides as often name no one the story is known by: neither leads the title.
    clash = {**vell, "b.txt": "Rusk takes on Vell" + vell["b.txt"][vell["b.txt"].index("\n"):]}
    clash["a.txt"] = clash["a.txt"].replace("Vell refuses to step down", "Vell and Rusk clash")
    assert title_of(clash, "clash").startswith("Ferry timetable: statements by")
    # An outlet the articles cite is never the subject, though its name is in every page title it prints.
    cited = {
        name: f'---\ntitle: "{head} | Skerry Gazette"\noutlet: "Skerry Gazette"\n---\n\n'
        + f"The ferry timetable was cut, the Skerry Gazette reported {day}.\n\n" + quotes
        for name, head, day, quotes in [
            ("a.md", "Islanders count the cost of ferry cuts", "on Monday", 'Ada Vell said: "The cut saves money."\n\nTom Rusk said: "It strands us."\n'),
            ("b.md", "Rusk takes the ferry fight to the council", "in March", '"The cut saves money," Ada Vell said.\n\n"It strands us," said Tom Rusk.\n'),
        ]
    }
    title = title_of(cited, "cited")
    assert title.startswith("Ferry timetable: statements by"), title
