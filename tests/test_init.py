"""`briefing init` drafts a spec that builds as it is; without a spec the
briefing says it is grouped by speaker and takes no outlet's headline.
The speakers' table and groups; the words the draft picks (its title and
its cue phrases) are tested in test_init_words.py."""

import json
import re
import shlex
import tomllib

from click.testing import CliRunner

from briefing.cli import main
from briefing.draft import draft_spec
from briefing.model import Block, Source
from briefing.positions import speakers
from briefing.spec import parse_spec

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


def test_named_speakers_come_before_described_ones_however_widely_quoted():
    blocks = [
        Block("B1", "quote", "some residents", "The road floods every spring.", ("S1", "S2", "S3"), (0, 0, 0, 0)),
        Block("B2", "quote", "Ada Pask", "We will raise the road.", ("S1",), (0, 1, 0, 0)),
        Block("B3", "quote", "Tom Reskin", "The cost is too high.", ("S1", "S2"), (0, 2, 0, 0)),
    ]
    assert [name for name, _ in speakers(blocks)] == ["Tom Reskin", "Ada Pask", "some residents"]


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


def test_a_speaker_with_no_role_read_is_shown_with_the_sentence_that_reports_them():
    from briefing.draft_actors import _actor_lines

    said = [
        Block("B1", "statement", "Ola Brisk", "Ola Brisk, who keeps the harbour kiosk at Tarbeck, said sales had fallen.", ("S1",), (0, 0, 0, 0)),
        Block("B2", "quote", "Ola Brisk", "We lost three weekends in June.", ("S1", "S2"), (0, 2, 0, 0)),
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
