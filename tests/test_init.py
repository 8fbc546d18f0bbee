"""`briefing init` drafts a spec that builds as it is; without a spec the
briefing says it is grouped by speaker and takes no outlet's headline."""

import json
import re
import shlex
import tomllib

import pytest
from click.testing import CliRunner

from briefing.cli import main
from briefing.draft import _cues, draft_spec
from briefing.model import Block, Source
from briefing.positions import speakers
from briefing.spec import parse_spec
from briefing.topic import described_phrases, headline, name_words, phrases, subject

# A fictional story told by three outlets; two sides that use different words.
STORY = {
    "harbour_herald.md": '---\ntitle: "Ferry fares to double, says operator"\noutlet: "Harbour Herald"\n'
    'date: 2024-06-02\nurl: "https://example.org/ferry"\n---\n'
    "The island ferry fare will double from July, the operator announced on Monday.\n"
    'Ilsa Fernleigh, chief executive of Skerry Lines, said: "Fuel costs have tripled and the old boats must be replaced."\n'
    'Tomas Vaness, who chairs the islanders\' council, said: "Families on the island cannot pay double to see a doctor."\n',
    "island_voice.txt": "Islanders angry over ferry fare rise\n"
    "The ferry fare rise was confirmed by Skerry Lines on Monday.\n"
    '"Families on the island cannot pay double to see a doctor," Tomas Vaness said.\n'
    'Ida Roke, a fisherman, said: "Nobody asked the islanders before the vote."\n',
    "coast_daily.txt": "Skerry Lines defends ferry fare rise\n"
    "Skerry Lines said the ferry fare must rise to pay for new boats.\n"
    '"Fuel costs have tripled and the old boats must be replaced," said Ilsa Fernleigh.\n'
    'Tomas Vaness said: "Families on the island cannot pay double to see a doctor."\n',
}


def _drafted(folder, tmp_path) -> dict:
    """The draft ``briefing init`` writes for ``folder``, read as TOML."""
    result = CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "drafted.toml")])
    assert result.exit_code == 0, result.output
    return tomllib.loads((tmp_path / "drafted.toml").read_text("utf-8"))


def _guessed(folder) -> tuple[str, dict[str, str]]:
    """The draft ``briefing init`` writes into ``folder``, and the position it guesses for each speaker."""
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    text = (folder / "briefing.toml").read_text("utf-8")
    return text, dict(re.findall(r'^# "(.+)" = "(position-\d)"$', text, re.M))


def test_init_drafts_a_spec_that_builds(make_articles, tmp_path):
    folder = make_articles(STORY)
    runner = CliRunner()
    result = runner.invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    text = (folder / "briefing.toml").read_text("utf-8")
    spec = parse_spec(tomllib.loads(text))
    assert len(spec.positions) >= 2 and "DRAFT" in text
    assert "Ferry fares to double" not in spec.title and "Tomas Vaness" in spec.title
    assert "ferry fare" in spec.title.lower()
    assert [s.path for s in spec.sources] == sorted(STORY)
    herald = spec.sources[1]
    assert herald.outlet == "Harbour Herald" and herald.date == "2024-06-02" and herald.url == "https://example.org/ferry"
    # Most quoted first, each with their most widely reported words.
    assert text.index('# "Tomas Vaness"') < text.index('# "Ida Roke"')
    assert "cannot pay double to see a doctor" in text
    # Cues separate the speakers: none is shared by both positions.
    cues = [set(p.cues) for p in spec.positions]
    assert cues[0] and not cues[0] & cues[1]
    out = tmp_path / "out"
    built = runner.invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"])
    assert built.exit_code == 0, built.output
    assert json.loads((out / "briefing.json").read_text())["title"] == spec.title
    # Built as drafted, it says which labels, and that the question, are still the draft's; named and written, it says nothing.
    assert "positions #1: the label 'Draft position 1: the view of" in built.stderr and "is still the draft's" in built.stderr
    assert "the question 'What is disputed about" in built.stderr and "still the draft's placeholder" in built.stderr
    named = re.sub(r'label = "Draft position (\d)[^"]*"', r'label = "Side \1"', text)
    (folder / "briefing.toml").write_text(re.sub(r'question = "[^"]*"', 'question = "Should the fare rise?"', named), "utf-8")
    renamed = runner.invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"])
    assert renamed.exit_code == 0 and "still the draft's" not in renamed.stderr


def test_init_never_overwrites_without_force(make_articles, tmp_path):
    folder = make_articles(STORY, spec='title = "mine"\n')
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 2 and "--force" in result.stderr
    assert (folder / "briefing.toml").read_text() == 'title = "mine"\n'
    target = tmp_path / "draft.toml"
    assert CliRunner().invoke(main, ["init", str(folder), "--output", str(target)]).exit_code == 0
    assert CliRunner().invoke(main, ["init", str(folder), "--force"]).exit_code == 0
    assert (folder / "briefing.toml").read_text() == target.read_text()


def test_init_quotes_odd_metadata_safely(make_articles, tmp_path):
    folder = make_articles({"odd.md": '---\ntitle: "A \\"quoted\\" title \\\\ here"\noutlet: "Quay\\tPost"\n---\n'
                            'Ada Lorn said: "We will appeal."\n'})
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    spec = parse_spec(tomllib.loads((folder / "briefing.toml").read_text("utf-8")))
    # quotes and a backslash survive the TOML quoting; a tab is white space, read as one space
    assert spec.sources[0].title == 'A "quoted" title \\ here' and spec.sources[0].outlet == "Quay Post"


def test_without_a_spec_the_briefing_says_it_is_grouped_by_speaker(make_articles, tmp_path):
    folder = make_articles(STORY)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--format", "md", "--format", "json"])
    assert result.exit_code == 0 and "briefing init" in result.stderr
    data = json.loads((out / "briefing.json").read_text())
    assert data["title"] != "Ferry fares to double, says operator" and "Tomas Vaness" in data["title"]
    assert all(p["label"].startswith("Statements by ") for p in data["positions"][:-1])
    md = (out / "briefing.md").read_text()
    summary, method = md.rsplit("How this briefing was made", 1)
    assert "briefing init" not in summary and "Who holds which position" not in summary
    assert "grouped by speaker" in method and "briefing init" in method
    assert "placed under a position" not in method and "grouped under their name" in method


def test_init_shows_a_speakers_own_quote_and_marks_reported_speech_as_reported(make_articles):
    folder = make_articles(
        {
            "a.txt": "Mayor Odile Brand said on Tuesday that the tram depot would close in the spring.\n"
            'Councillor Remy Stahl said: "The depot has served this town for ninety years."\n',
            "b.txt": "Mayor Odile Brand said the tram depot would close in the spring.\n",
        }
    )
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    text = (folder / "briefing.toml").read_text("utf-8")
    assert "#   “The depot has served this town for ninety years.”" in text
    header, brand = text[text.index("# Odile Brand"):].splitlines()[:2]
    assert brand.startswith("#   reported: ") and "“" not in brand
    assert header.endswith(", reported in 2 sources:") and "quoted in 1 source:" in text


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


def test_named_speakers_come_before_described_ones_however_widely_quoted():
    blocks = [
        Block("B1", "quote", "some residents", "The road floods every spring.", ("S1", "S2", "S3"), (0, 0, 0, 0)),
        Block("B2", "quote", "Ada Pask", "We will raise the road.", ("S1",), (0, 1, 0, 0)),
        Block("B3", "quote", "Tom Reskin", "The cost is too high.", ("S1", "S2"), (0, 2, 0, 0)),
    ]
    assert [name for name, _ in speakers(blocks)] == ["Tom Reskin", "Ada Pask", "some residents"]


def test_a_cue_phrase_stays_inside_one_clause():
    found = phrases("Nothing is permanent. If the trial fails, the road reopens - rain or shine.", (2, 3, 4))
    assert "nothing is permanent" in found and "trial fails" in found and "road reopens" in found
    assert not {p for p in found if "permanent if" in p or "fails the" in p or "reopens rain" in p}


def test_a_cue_phrase_neither_begins_nor_ends_on_a_word_of_time():
    found = phrases("The pier closed three winters ago and the boats already sail from Tolvik today.", (2, 3, 4))
    assert "pier closed" in found and "boats already sail" in found
    assert not {p for p in found if p.split()[0] in ("ago", "already", "today") or p.split()[-1] in ("ago", "already", "today")}, found


def test_a_spokesperson_is_guessed_into_the_group_of_the_one_they_speak_for(make_articles):
    # Lina Shand's words share "bridge" and "tolls" with Tom Marando, none with the mayor she speaks for.
    folder = make_articles(
        {
            "a.txt": 'Mayor Ada Quell said: "The harbour needs a second ferry before summer crowds arrive."\n'
            'Tom Marando, who runs the bridge shop, said: "Bridge tolls already drive visitors away from town."\n'
            'Lina Shand, a spokeswoman for Ada Quell, said: "Bridge tolls will not change."\n',
            "b.txt": '"The harbour needs a second ferry before summer crowds arrive," said Ada Quell.\n'
            'Tom Marando said: "Bridge tolls already drive visitors away from town."\n',
        }
    )
    text, guess = _guessed(folder)
    assert guess["Lina Shand"] == guess["Ada Quell"] != guess["Tom Marando"]


def test_a_speaker_never_quoted_gives_no_cues_when_the_group_has_quoted_words(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Ada Pask said: "The new levy pays for clean beaches and lifeguards."\n'
            'Tom Reskin said: "Guests will simply stay in the next town."\n'
            "Ivo Lamb said the decision on clean beaches came after long talks with hoteliers and campsite owners.\n",
            "b.txt": '"The new levy pays for clean beaches and lifeguards," Ada Pask said.\n'
            'Tom Reskin said: "Guests will simply stay in the next town."\n'
            'Una Grevin said: "Guests will pay more for less."\n'
            "Ivo Lamb said the decision on clean beaches came after long talks with hoteliers.\n",
        }
    )
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    spec = parse_spec(tomllib.loads((folder / "briefing.toml").read_text("utf-8")))
    cues = [c for p in spec.positions for c in p.cues]
    assert cues and not [c for c in cues if {"talks", "hoteliers", "decision", "campsite"} & set(c.split())]


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


def test_init_given_the_spec_among_the_articles_leaves_it_out(make_articles, tmp_path):
    folder = make_articles(STORY, spec='title = "mine"\n')
    spec = folder / "briefing.toml"
    result = CliRunner().invoke(main, ["init", str(spec), *(str(folder / name) for name in STORY), "--force"])
    assert result.exit_code == 0 and "skipped, it is the spec, not an article" in result.stderr
    assert [s.path for s in parse_spec(tomllib.loads(spec.read_text("utf-8"))).sources] == list(STORY)


def test_init_writes_the_draft_beside_the_first_article_not_beside_a_toml_named_before_it(make_articles, tmp_path, monkeypatch):
    folder = make_articles(STORY)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old.toml").write_text('title = "old"\n')
    result = CliRunner().invoke(main, ["init", "old.toml", str(folder)])
    assert result.exit_code == 0 and "old.toml: skipped" in result.stderr
    assert (folder / "briefing.toml").is_file() and not (tmp_path / "briefing.toml").exists()


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


def test_the_next_most_quoted_heads_the_other_group_not_the_one_furthest_by_words(make_articles):
    # Cora Lindo and Piet Holk use the same words ("bridge", "town"); Holk
    # repeats Lindo's "lifeline" only as what campaigners say. Mira Sand, on
    # Lindo's side, shares no word with her, and is the furthest by words alone.
    folder = make_articles(
        {
            "a.txt": 'Cora Lindo said: "The old bridge is the lifeline of this town."\n'
            'Cora Lindo added: "Close the bridge and the town dies."\n'
            'Piet Holk said: "Campaigners call the bridge a lifeline. The town needs a safe crossing, and this bridge is not one."\n'
            'Mira Sand, who runs the bakery, said: "Half my customers walk over every morning."\n',
            "b.txt": '"The old bridge is the lifeline of this town," Cora Lindo said.\n'
            'Piet Holk said: "The town deserves a crossing that will stand for a century."\n'
            'Mira Sand said: "My deliveries go out before seven."\n'
            'Ola Dahlby, the council\'s engineer, said: "The survey results will be published in March."\n'
            'Jon Vok, a historian, said: "Stone arches of that age are rare in the region."\n',
        }
    )
    text, guess = _guessed(folder)
    assert guess["Cora Lindo"] != guess["Piet Holk"], text
    assert "the view of Piet Holk" in text


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


def test_init_and_explain_take_the_same_quiet_flag_as_build(make_articles, tmp_path):
    folder = make_articles(STORY)
    quiet = CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "q.toml"), "-q"])
    assert quiet.exit_code == 0 and quiet.stdout == "" and (tmp_path / "q.toml").is_file()
    told = CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "t.toml")])
    assert told.stdout.startswith(f"wrote {tmp_path / 't.toml'}: a draft spec for 3 sources")
    explained = CliRunner().invoke(main, ["explain", str(folder), "--spec", str(tmp_path / "q.toml"), "--quiet"])
    assert explained.exit_code == 0 and "Speakers, and why each statement is where it is:" in explained.stdout


def test_the_draft_shows_a_name_printed_above_the_article_beside_a_missing_outlet(make_articles, tmp_path):
    folder = make_articles({**STORY, "coast_daily.txt": "Skerry Lines defends ferry fare rise\nBy Ann Rudd\nCoast Daily Online\n" + STORY["coast_daily.txt"].split("\n", 1)[1]})
    result = CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "d.toml")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "d.toml").read_text()
    offered = '# outlet = "Coast Daily Online"   # printed at the top of the article, not read as its outlet: if it is, remove the first #'
    assert offered in text
    assert tomllib.loads(text)["sources"][0].get("outlet") is None  # offered, never taken
    # Taking the offer, or filling a missing value, is removing the first "#": the spec stays valid TOML.
    taken = tomllib.loads(text.replace(offered, offered[2:]).replace('# url = ""', 'url = "https://example.org/a"', 1))
    assert taken["sources"][0]["outlet"] == "Coast Daily Online" and any(s.get("url") == "https://example.org/a" for s in taken["sources"])


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


def test_a_speaker_with_no_word_a_cue_can_be_seeds_no_group(make_articles):
    folder = make_articles(
        {
            "a.txt": 'Ada Pask said: "I don\'t have one and I don\'t want one."\n'
            'Tom Reskin, chief executive of the water board, said: "The new reservoir secures supply for thirty years."\n'
            'Una Grevin, a farmer, said: "Flooding the valley drowns the best grazing in the county."\n',
            "b.txt": 'Ada Pask said: "Nobody asked me."\n'
            '"The new reservoir secures supply for thirty years," Tom Reskin said.\n'
            'Una Grevin said: "Flooding the valley drowns the best grazing in the county."\n',
        }
    )
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    spec = parse_spec(tomllib.loads((folder / "briefing.toml").read_text("utf-8")))
    assert all(p.cues for p in spec.positions), spec.positions
    assert "Ada Pask" not in " ".join(p.label for p in spec.positions)


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


def test_a_speaker_with_no_role_read_is_shown_with_the_sentence_that_reports_them():
    from briefing.draft_actors import _actor_lines

    said = [
        Block("B1", "statement", "Ola Brisk", "Ola Brisk, who keeps the harbour kiosk at Tarbeck, said sales had fallen.", ("S1",), (0, 0, 0, 0)),
        _quote(2, "Ola Brisk", "We lost three weekends in June."),
    ]
    lines = _actor_lines("Ola Brisk", said, None, 1)
    assert lines == [
        "# Ola Brisk, quoted in 2 sources:",
        "#   “We lost three weekends in June.”",
        "#   reported: Ola Brisk, who keeps the harbour kiosk at Tarbeck, said sales had fallen.",
        '# "Ola Brisk" = "position-1"',
    ]
    # With a role, the role says who they are; with no group, the line says why it is empty.
    lines = _actor_lines("Ola Brisk", said, "kiosk keeper", None)
    assert lines[0] == "# Ola Brisk (kiosk keeper), quoted in 2 sources:" and not [x for x in lines if "reported:" in x]
    assert lines[-1] == '# "Ola Brisk" = ""  # no group guessed: their words lean to neither'


def test_a_briefing_built_on_the_drafts_positions_tells_its_reader_they_are_guessed(make_articles, tmp_path):
    folder = make_articles(STORY)
    assert CliRunner().invoke(main, ["init", str(folder), "--output", str(tmp_path / "d.toml")]).exit_code == 0
    result = CliRunner().invoke(main, ["build", str(folder), "--spec", str(tmp_path / "d.toml"), "--out", str(tmp_path / "o"), "--format", "md"])
    assert result.exit_code == 0, result.output
    method = (tmp_path / "o" / "briefing.md").read_text().split("How this briefing was made", 1)[1]
    assert "Each block was placed under a position" in method and "guessed from the words the speakers use" in method
    # Once the positions are named, the note goes.
    named = (tmp_path / "d.toml").read_text().replace("Draft position 1: the view of", "Keep fares:").replace("Draft position 2: the view of", "Raise fares:")
    (tmp_path / "n.toml").write_text(named)
    CliRunner().invoke(main, ["build", str(folder), "--spec", str(tmp_path / "n.toml"), "--out", str(tmp_path / "n"), "--format", "md"])
    assert "guessed from the words" not in (tmp_path / "n" / "briefing.md").read_text()


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


def test_the_draft_says_whom_a_spokesperson_speaks_for(make_articles, tmp_path):
    folder = make_articles({
        "a.txt": "Tolbury pier to close\nThe pier will close in June, the council said.\n"
        'Mayor Edda Kestner said: "The pier is beyond repair and the money is better spent on the promenade."\n'
        'Kestner\'s spokeswoman, Juno Vantor, said: "The mayor will meet the traders on Friday."\n'
        'Rolf Amsel, who runs a kiosk on the pier, said: "Forty summers I have sold ice cream here."\n',
        "b.txt": "Traders fight pier closure\n"
        'Rolf Amsel said: "Forty summers I have sold ice cream here."\n'
        'Edda Kestner said: "The pier is beyond repair and the money is better spent on the promenade."\n',
    })
    text = (folder / "briefing.toml").read_text("utf-8") if CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0 else ""
    vantor = text[text.index("# Juno Vantor"):]
    assert "#   speaks for Edda Kestner: a line for Edda Kestner places these words too" in vantor.split('# "Juno Vantor"')[0], text
    assert "speaks for" not in text[text.index("# Rolf Amsel"):].split('# "Rolf Amsel"')[0]


def test_the_draft_says_which_listed_speakers_may_be_one():
    from briefing.draft_actors import same_as

    listed = ["Margaret Ekwueme", "Tinsby City Council", "Ekwueme", "Peggy Ekwueme", "Ana Ekwueme", "the council", "Council", "the family of Tom Ekwueme"]
    # a surname alone, a common diminutive of the first name: perhaps her
    assert same_as("Ekwueme", listed) == "Margaret Ekwueme"
    assert same_as("Peggy Ekwueme", listed) == "Margaret Ekwueme"
    # another first name is another person, a relative perhaps
    assert same_as("Ana Ekwueme", listed) == "Ekwueme"  # only the bare surname may be her
    assert same_as("Ana Ekwueme", ["Margaret Ekwueme", "Ana Ekwueme"]) is None
    # a body by its head noun, and the same words in another case
    assert same_as("the council", listed) == "Tinsby City Council"
    assert same_as("Council", ["the council", "Council"]) == "the council"
    # a description that merely ends in a surname names no one listed
    assert same_as("the family of Tom Ekwueme", listed) is None
    # a surname misprinted with a letter dropped or doubled, alone or after the same first name
    assert same_as("Ekwume", listed) == "Margaret Ekwueme"
    assert same_as("Margaret Ekkwueme", ["Margaret Ekwueme", "Margaret Ekkwueme"]) == "Margaret Ekwueme"
    # one letter changed, or a short name, is another name
    assert same_as("Ekwuene", listed) is None and same_as("Orn", ["Tam Orrn", "Orn"]) is None
    # a name with an abbreviation of its kind after it, either way round; not another word after it
    assert same_as("Tolbury Harriers", ["Tolbury Harriers AFC", "Tolbury Harriers"]) == "Tolbury Harriers AFC"
    assert same_as("Tolbury Harriers AFC", ["Tolbury Harriers AFC", "Tolbury Harriers"]) == "Tolbury Harriers"
    assert same_as("Tolbury Harriers", ["Tolbury Harriers Trust", "Tolbury Harriers"]) is None
    # a plural is not a misprint: "Ferries" are no one ferry company
    assert same_as("Ferries", ["Isle Ferrie", "Ferries"]) is None


def test_a_draft_cue_never_runs_out_of_a_quotation_inside_the_quote():
    # "the ‘fair price’ promise" quotes a slogan: "broke the 'fair" is a piece of two phrases;
    # a plural's possessive ("the growers' market") is one phrase.
    ada = ["They broke the \u2018fair price\u2019 promise to every grower.", "The growers' market stays open all winter."]
    by = {"Ada Pask": [_quote(n, "Ada Pask", t) for n, t in enumerate(ada, 1)], "Tom Reskin": [_quote(3, "Tom Reskin", "The depot keeps forty drivers in work.")]}
    cues = _cues(["Ada Pask"], ["Tom Reskin"], by, (set(), set()), (set(), set()), "\0")
    assert [c for c in cues if "growers' market" in c], cues
    assert not [c for c in cues if re.search(r"(^|\s)'|[^s]'(\s|$)", c)], cues


def test_a_speaker_the_outlet_says_disagrees_with_the_most_quoted_heads_the_other_group(make_articles):
    # Bram Olsen is quoted as often as Lars Dune and first, but the outlet
    # says Dune answers Hanna Moss, the most quoted ("Lars Dune disagreed.").
    folder = make_articles(
        {
            "a.txt": 'Bram Olsen, a tourism officer, said: "Visitors come for the lakes and the mountains."\n'
            'Hanna Moss, who chairs the tram users\' group, said: "The night tram must stay. Students and nurses ride it home."\n'
            'Lars Dune disagreed. "Students and nurses can ride the early bus, and the night tram runs empty," he said.\n',
            "b.txt": '"The night tram must stay," Hanna Moss said. "Students and nurses ride it home. Cut it and the late shift is stranded."\n'
            'Bram Olsen said: "The lakes draw walkers all summer."\n'
            'Lars Dune, who sits on the tram company\'s board, said: "The early bus is cheaper to run."\n',
        }
    )
    text, guess = _guessed(folder)
    assert guess["Hanna Moss"] != guess["Lars Dune"], text
    assert "the view of Lars Dune" in text


def test_the_command_init_says_to_run_next_can_be_pasted_with_a_space_in_a_path(tmp_path):
    folder = tmp_path / "ferry news"
    folder.mkdir()
    (folder / "a.txt").write_text('Tam Ossery said: "The crossing has to run in winter too."\n', encoding="utf-8")
    draft = tmp_path / "my draft.toml"
    told = CliRunner().invoke(main, ["init", str(folder), "-o", str(draft)])
    assert told.exit_code == 0, told.output
    command = told.stdout.strip().split("then run ", 1)[1]
    assert shlex.split(command) == ["briefing", "build", str(folder), "--spec", str(draft)]


def test_the_drafts_word_on_actors_holds_a_listed_speaker_is_placed_but_for_a_timetable(make_articles, tmp_path):
    folder = make_articles({"a.txt": 'Tam Ossery said: "The crossing has to run in winter too."\n'
                                     'Ossery said: "I have fished here all my life."\n'
                                     'Ossery said: "We vote on Thursday."\n'
                                     'Lew Brenk said: "The crossing loses money every winter."\n'})
    draft = tmp_path / "draft.toml"
    assert CliRunner().invoke(main, ["init", str(folder), "-o", str(draft)]).exit_code == 0
    text = draft.read_text("utf-8")
    said = " ".join(line.lstrip("# ") for line in text.splitlines() if line.startswith("# ")).replace("  ", " ")
    assert '("I have fished here all my life"; only a timetable, "We vote on Thursday", stays in context)' in said
    listed = text.replace('# "Tam Ossery" = "position-1"', '"Tam Ossery" = "position-1"').replace('# "Tam Ossery" = "position-2"', '"Tam Ossery" = "position-1"')
    assert '\n"Tam Ossery" = "position-1"' in listed
    draft.write_text(listed, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(folder), "--spec", str(draft), "--out", str(out), "--format", "json"]).exit_code == 0
    placed = {b["text"]: b["position"] for b in json.loads((out / "briefing.json").read_text())["blocks"]}
    assert placed["I have fished here all my life."] == "position-1" and placed["We vote on Thursday."] == "context"


def test_the_draft_reports_its_progress_grouping_the_speakers():
    said = [("Tam Ossery", "The crossing has to run in winter too."), ("Lew Brenk", "The crossing loses money every winter."),
            ("Ena Vosk", "Fares paid for the new ramp last year."), ("Kit Dorr", "The island school needs the early boat.")]
    blocks = [Block(f"B{n}", "quote", who, text, ("S1",), (0, n, 0, 0)) for n, (who, text) in enumerate(said, 1)]
    heard: list[tuple[str, int, int]] = []
    text = " ".join(f'{who} said: "{words}"' for who, words in said)
    draft_spec([Source("S1", "a.txt", text, "0", outlet="Isle Post")], blocks, [], lambda stage, done, total: heard.append((stage, done, total)))
    assert heard and {stage for stage, _, _ in heard} == {"draft"}
    assert [done for _, done, _ in heard] == list(range(1, len(said))) and {total for _, _, total in heard} == {len(said) - 1}
