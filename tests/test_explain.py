"""`briefing explain` answers "why is this speaker here?" in plain text."""

from click.testing import CliRunner

from briefing.cli import main

SPEC = """title = "Quarry extension at Hollin Edge"
positions = [
  {id = "for", label = "For the extension", cues = ["skilled jobs", "stone for homes"]},
  {id = "against", label = "Against the extension", cues = ["dust on the school", "lorries through the village"]},
  {id = "later", label = "Decide later", cues = ["wait for the survey"]},
]
"""
ARTICLES = {
    "a.txt": 'Quarry manager Pia Strand said: "The extension keeps forty skilled jobs in the dale."\n'
    'Strand said: "We will open the gates to visitors in May."\n'
    'Parish clerk Owen Hale said: "Nobody can say this means no lorries through the village."\n'
    'Geologist Ruth Amsel said: "The seam runs north under the moor."\n',
}


def test_explain_says_why_and_what_matched_nothing(make_articles):
    folder = make_articles(ARTICLES, spec=SPEC)
    result = CliRunner().invoke(main, ["explain", str(folder)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    strand = out[out.index("Pia Strand"):]
    assert 'cue "skilled jobs"' in strand and "speaker stance" in strand  # matched, then carried
    assert "Ruth Amsel" in out[out.index("left unplaced"):]
    silent = out[out.index("matched nothing"):out.index("Positions with no material")]
    assert '"stone for homes"' in silent and '"skilled jobs"' not in silent
    assert "Decide later" in out[out.index("Positions with no material"):]
    assert "negated" in out or "reports" in out  # Owen Hale's cue is set aside, and said so
    # Each list a user can act on says how: an unplaced speaker, a cue that matched nothing.
    assert "to place a speaker, add a phrase from their words" in out[out.index("left unplaced"):out.index("matched nothing")]
    assert "shorten it, or copy it from a speaker's words" in silent


def test_explain_without_a_spec_points_to_init(make_articles):
    folder = make_articles(ARTICLES)
    result = CliRunner().invoke(main, ["explain", str(folder)])
    assert result.exit_code == 0 and "briefing init" in result.stdout


def test_explain_reports_spec_mistakes_like_build(make_articles):
    folder = make_articles(ARTICLES, spec=SPEC.replace(", cues =", ", cuse =", 1))
    result = CliRunner().invoke(main, ["explain", str(folder)])
    assert result.exit_code == 2 and "did you mean 'cues'?" in result.stderr


def test_explain_says_a_reason_once_for_the_statements_it_placed_and_shows_their_first_words(make_articles):
    # Strand's two cue-less statements are carried by the same stance: one reason, two statements under it.
    articles = {"a.txt": ARTICLES["a.txt"] + 'Strand said: "The car park will be resurfaced this summer."\n'}
    folder = make_articles(articles, spec=SPEC)
    out = CliRunner().invoke(main, ["explain", str(folder)]).stdout
    strand = out[out.index("Pia Strand"):out.index("Owen Hale")]
    assert strand.count("speaker stance") == 1
    assert "“We will open the gates to visitors in May.”" in strand
    assert "“The car park will be resurfaced this summer.”" in strand


def test_explain_for_one_speaker_answers_why_they_are_there(make_articles):
    folder = make_articles(ARTICLES, spec=SPEC)
    result = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "strand"])
    assert result.exit_code == 0, result.output
    assert "Pia Strand" in result.stdout and 'cue "skilled jobs"' in result.stdout
    assert "Ruth Amsel" not in result.stdout and "Owen Hale" not in result.stdout



def test_explain_for_one_speaker_lists_unplaced_speakers_only_when_that_speaker_is_one(make_articles):
    # Ruth Amsel is unplaced in the story: asked about Strand, explain must not say "none" are.
    folder = make_articles(ARTICLES, spec=SPEC)
    placed = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "strand"]).stdout
    assert "left unplaced" not in placed and "\n  none\n" not in placed
    unplaced = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "amsel"]).stdout
    assert "Ruth Amsel" in unplaced[unplaced.index("left unplaced"):]

def test_explain_for_a_misspelt_speaker_is_one_line_naming_the_nearest(make_articles):
    folder = make_articles(ARTICLES, spec=SPEC)
    result = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "pia strnad"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    error = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert error == ["error: no speaker's name holds 'pia strnad' (did you mean 'Pia Strand'?)"]


def test_explain_for_a_name_no_speaker_has_points_to_the_statements_that_print_it(make_articles):
    # The attribution may give a person's words to the body named with them; the user asks for the person.
    articles = {"a.txt": ARTICLES["a.txt"] + 'Geologist Ruth Amsel said: "Tom Brack at the survey office mapped the seam in 1990."\n'}
    folder = make_articles(articles, spec=SPEC)
    result = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "tom brack"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    error = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error) == 1 and error[0].startswith("error: no speaker's name holds 'tom brack' (the statements that name it are given to Ruth Amsel (B")


def test_explain_lists_speakers_by_position_in_the_specs_order_most_quoted_first(make_articles):
    articles = {
        "a.txt": 'Parish clerk Owen Hale said: "There will be dust on the school every dry day."\n'
        'Quarry manager Pia Strand said: "The extension keeps skilled jobs in the dale."\n'
        'Ned Crag, a foreman, said: "These are skilled jobs for young people."\n'
        'Ned Crag said: "We need the work."\n',
    }
    folder = make_articles(articles, spec=SPEC)
    out = CliRunner().invoke(main, ["explain", str(folder)]).stdout
    assert out.index("  Ned Crag") < out.index("  Pia Strand") < out.index("  Owen Hale")


def test_a_statement_with_cues_of_two_sides_says_so_not_no_cue(make_articles):
    # One cue of each side and none ahead: the statement stays in context,
    # and explain says what it holds rather than "no cue in these words".
    folder = make_articles({
        "b.txt": 'Lena Ostrow, a surveyor, said: "We measured dust on the school roof, and skilled jobs depend on the site too."\n',
    }, spec=SPEC)
    out = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "ostrow"]).stdout
    unplaced = out[out.index("left unplaced"):]
    assert "Lena Ostrow" in unplaced and "no cue in these words" not in unplaced, out
    assert '"dust on the school" (Against the extension)' in unplaced and '"skilled jobs" (For the extension)' in unplaced, out


def test_the_statement_whose_cue_placed_a_speaker_is_listed_before_the_stance_it_carries(make_articles):
    folder = make_articles({
        "c.txt": 'Quarry foreman Ned Ashby said: "We start at six."\n'
        'Ashby added: "The extension keeps skilled jobs in the dale."\n',
    }, spec=SPEC)
    out = CliRunner().invoke(main, ["explain", str(folder), "--speaker", "ashby"]).stdout
    assert out.index('cue "skilled jobs"') < out.index("speaker stance") < out.index("We start at six"), out


def test_explain_prints_a_stance_as_the_speaker_worded_it_with_its_apostrophe(make_articles):
    # "back the harbour board's closure" is a stance on the proposal, no cue of the spec: it
    # is shown as printed, never in the matching's normal form ("board s closure").
    spec = """title = "Pier closure at Wexmouth"
positions = [
  {id = "for", label = "For the closure", cues = ["unsafe timbers"]},
  {id = "against", label = "Against the closure", cues = ["lifeline for anglers"]},
]
"""
    articles = {"a.txt": 'Councillor Ada Brook said: "We back the harbour board\u2019s closure of the pier."\n'}
    out = CliRunner().invoke(main, ["explain", str(make_articles(articles, spec=spec))]).stdout
    assert "back the harbour board's closure" in out
    assert "board s closure" not in out


def test_explain_names_a_cue_set_aside_once_per_statement(make_articles):
    # The outlet's sentence carrying the quote ("prominent" frames it) is read too: the cue is
    # found twice in one statement, and one line for it is enough.
    spec = (
        'title = "Skerry ferry"\nquestion = "Should the Skerry ferry keep running?"\n'
        'positions = [{id = "keep", label = "Keep the ferry", cues = ["ferry is a lifeline"]},'
        ' {id = "stop", label = "Stop the ferry", cues = ["cut the timetable"]}]\n'
    )
    quote = "We always hear people saying the ferry is a lifeline, when in reality the boats sail half full"
    folder = make_articles(
        {"a.txt": f'"{quote}," said councillor Tilda Quorn, who has emerged a prominent voice of the harbour campaign.\n'},
        spec=spec,
    )
    out = CliRunner().invoke(main, ["explain", str(folder)]).stdout
    assert out.count('"ferry is a lifeline" (Keep the ferry)') == 1, out


def test_explain_lists_a_cue_that_most_speakers_say(make_articles):
    # "quarry" is the story's subject: five of the six speakers say it, on either side.
    spec = SPEC.replace('cues = ["skilled jobs", "stone for homes"]', 'cues = ["skilled jobs", "quarry"]')
    articles = {
        "a.txt": 'Pia Strand said: "The quarry keeps skilled jobs in the dale."\n'
        'Owen Hale said: "The quarry will send lorries through the village all day."\n'
        'Ruth Amsel said: "The quarry face runs north under the moor."\n'
        'Ivo Penn said: "Dust from the quarry will settle on the school."\n'
        'Lise Marr said: "A bigger quarry means dust on the school roof."\n'
        'Cal Dunn said: "The vote is on Tuesday."\n',
    }
    out = CliRunner().invoke(main, ["explain", str(make_articles(articles, spec=spec))]).stdout
    common = out[out.index("Cues that most speakers say:"):out.index("Positions with no material")]
    assert '"quarry" (For the extension): in the words of 5 of 6 speakers' in common
    assert "skilled jobs" not in common and "keep such a cue only if they all hold that position" in common
    # The spec's own cues, each said by one or two speakers: no such list.
    plain = CliRunner().invoke(main, ["explain", str(make_articles(articles, spec=SPEC))]).stdout
    assert "most speakers say" not in plain
