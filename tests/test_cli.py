"""The command line, through click's CliRunner."""

import gc
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from markdown_it import MarkdownIt

from briefing.cli import main

SPEC = 'title = "T"\nquestion = "Q?"\n[[positions]]\nid = "yes"\nlabel = "Yes"\ncues = ["go ahead"]\n'


def test_build_writes_markdown_and_json(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--format", "md", "--format", "json"])
    assert result.exit_code == 0, result.output
    first, title = (tmp_path / "briefing.md").read_text().split("\n")[:2]
    assert first.startswith("<!-- generator: briefing ") and title.startswith("# ")
    assert json.loads((tmp_path / "briefing.json").read_text())["schema"] == "briefing/1"


@pytest.mark.parametrize("flag", ["--output", "-o"])
def test_build_takes_output_as_init_spells_it(tmp_path, flag):
    result = CliRunner().invoke(main, ["build", str(SEEDS), flag, str(tmp_path / "o"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "briefing.json").is_file()


def test_build_into_the_input_folder_never_reads_its_own_output(make_articles):
    folder = make_articles(
        {"a.txt": 'Jo Bell said: "We should go ahead with the plan now."', "b.txt": 'Ann Hale said: "The plan is too costly for the town."'},
        spec=SPEC,
    )
    out = folder / "out"
    args = ["build", str(folder), "--out", str(out), "--format", "md", "--format", "html", "--format", "json"]
    first = CliRunner().invoke(main, args)
    again = CliRunner().invoke(main, args)
    assert first.exit_code == again.exit_code == 0, again.output
    assert "briefing.md: skipped, a briefing that briefing wrote" in again.stderr
    assert "briefing.html: skipped, a briefing that briefing wrote" in again.stderr
    assert len(json.loads((out / "briefing.json").read_text())["sources"]) == 2


def test_help_teaches():
    result = CliRunner().invoke(main, ["build", "-h"])
    assert result.exit_code == 0 and "Examples:" in result.output and "--spec" in result.output


def test_bad_inputs_are_warned_and_skipped(make_articles, tmp_path):
    folder = make_articles(
        {"good.txt": 'Jo Bell said: "We should go ahead with the plan now."', "empty.txt": "", "bin.txt": b"\x00\x01\x02"},
        spec=SPEC,
    )
    result = CliRunner().invoke(main, ["build", str(folder), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"), "--format", "md"])
    assert result.exit_code == 0
    assert "empty.txt: skipped, it is empty" in result.stderr
    assert "bin.txt: skipped, it is binary" in result.stderr
    assert "missing.txt: no such file or folder" in result.stderr
    assert "Traceback" not in result.output
    strict = CliRunner().invoke(main, ["build", str(folder), "--strict", "--out", str(tmp_path / "s"), "--format", "md"])
    assert strict.exit_code == 1


def test_no_usable_source_exits_1(make_articles, tmp_path):
    folder = make_articles({"empty.txt": "  \n"})
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md"])
    assert result.exit_code == 1
    assert "no usable source" in result.stderr
    assert "briefing.toml" not in result.stderr  # with nothing read, no hint on how statements would be grouped


def test_a_command_pauses_the_collector_only_while_it_runs(make_articles, tmp_path):
    # the CLI pauses Python's cyclic collector for its command (a seed build's passes found nothing);
    # a process that runs several commands, or fails one, gets it back as it was
    folder = make_articles({"a.txt": 'Mayor Ivo Dan said: "The ferry runs again on Monday."'})
    assert gc.isenabled()
    assert CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "ok"), "--format", "json"]).exit_code == 0
    assert gc.isenabled()
    assert CliRunner().invoke(main, ["build", str(folder / "missing.txt"), "--out", str(tmp_path / "no")]).exit_code == 1
    assert gc.isenabled()


def test_bad_spec_is_a_clear_error(make_articles, tmp_path):
    folder = make_articles({"a.txt": "The mayor resigned."}, spec='title = "T"\n')
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md"])
    assert result.exit_code == 2
    assert "positions" in result.stderr and "Traceback" not in result.output


def test_without_spec_groups_by_speaker_and_warns(make_articles, tmp_path):
    folder = make_articles({"a.txt": 'Jo Bell said: "The plan is good for the town."\nSam Ray said: "The plan will fail."'})
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert "briefing.toml" in result.stderr
    data = json.loads((tmp_path / "briefing.json").read_text())
    assert [p["label"] for p in data["positions"]] == ["Statements by Jo Bell", "Statements by Sam Ray", "Background and context"]


def test_without_spec_and_without_quotes_the_summary_says_no_one_is_quoted(make_articles, tmp_path):
    folder = make_articles({"a.txt": "The county council closed the old ferry pier on Monday after an inspection found cracks in two piles."})
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md", "--format", "html"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "briefing.md").read_text()
    summary = md.split("> *Who is quoted:*", 1)[1].split("> *Sources:*", 1)[0]
    assert "No one is quoted in these sources." in summary
    assert "No one is quoted in these sources." in (tmp_path / "briefing.html").read_text()


def test_hostile_text_cannot_inject_markdown(make_articles, tmp_path):
    folder = make_articles({"a.txt": 'Eve Hart said: "<script>alert(1)</script> [click](http://evil) # {{ 7*7 }} **bold**"'}, spec=SPEC)
    CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md"])
    md = (tmp_path / "briefing.md").read_text()
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)  # as a wiki shows it
    assert "<script>" not in html and 'href="http://evil"' not in html and "<strong>bold" not in html
    assert "{{ 7*7 }}" in html and "**bold**" in html


def test_max_blocks_keeps_the_most_reported_and_says_what_was_left_out(make_articles):
    from briefing.render import Options, render

    topics = ["buses", "cycle lanes", "parking", "tram line", "footpaths", "bridges"]
    quotes = [f'"On {t} our answer is plain, and the ring road work on {t} starts soon."' for t in topics]
    folder = make_articles(
        {
            "a.txt": "\n".join(f"Jo Bell said: {q}" for q in quotes),
            "b.txt": f"Jo Bell said: {quotes[5]}",
        },
        spec=SPEC.replace('["go ahead"]', '["ring road"]'),
    )
    from conftest import briefing_of

    b = briefing_of(folder)
    md = render(b, "md", Options(max_blocks=2)).decode()
    assert "On bridges our answer" in md  # reported by two outlets: kept first
    assert sum(f"On {t} our answer" in md for t in topics[:5]) == 1
    assert "4 further blocks, reported by fewer outlets, left out" in md
    assert len(b.blocks) == 6  # the JSON keeps everything


def test_progress_off_a_terminal_is_one_plain_line_per_stage_start_and_end_and_silent_with_quiet(tmp_path):
    # CliRunner's stderr is no terminal, as a log's or CI's is not
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--format", "md", "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "[" not in result.stderr and "%" not in result.stderr  # no bar drawn
    ends = [line for line in lines if not line.endswith(": started")]
    stages = [line.split(":")[0] for line in ends]
    assert stages == ["read", "sentences", "attribution", "merge", "positions", "neutrality", "render"]
    assert [line for line in lines if line.endswith(": started")] == [f"{stage}: started" for stage in stages]  # each heard of before its work
    assert re.fullmatch(r"read: 5 done in \d+\.\d s", ends[0]) and re.fullmatch(r"render: 2 done in \d+\.\d s", ends[-1])
    assert re.fullmatch(r"merge: done in \d+\.\d s", ends[3])  # one step: no count
    for at, line in enumerate(lines):  # a stage heard of before it is done starts after the one before ends, before its own end
        if line.endswith(": started"):
            stage = stages.index(line.split(":")[0])
            assert (lines.index(ends[stage - 1]) if stage else -1) < at < lines.index(ends[stage]), line
    quiet = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--format", "md", "-q"])
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_a_stage_with_nothing_to_count_ends_when_the_next_starts_and_one_cut_short_never_ends(capsys):
    from briefing.cli import StageBars

    lines = StageBars(quiet=False, terminal=False)
    lines("fetch", 0, 3)
    lines("sort", 0, 4)
    lines("sort", 2, 4)
    lines.close()  # as on an error
    lines("write", 0, 2)
    assert [re.sub(r"\d+\.\d s", "S", line) for line in capsys.readouterr().err.splitlines()] == [
        "fetch: started", "fetch: 0 done in S", "sort: started", "write: started",
    ]


def test_a_stage_heard_of_only_when_done_has_one_line_with_the_seconds_since_the_stage_before(capsys, monkeypatch):
    from briefing import cli

    now = [10.0]
    monkeypatch.setattr(cli.time, "perf_counter", lambda: now[0])
    lines = cli.StageBars(quiet=False, terminal=False)
    now[0] = 10.5
    lines("merge", 0, 1)
    now[0] = 13.0
    lines("merge", 1, 1)
    now[0] = 17.5  # the next stage reports only its end, 4.5 s of work later
    lines("place", 1, 1)
    assert capsys.readouterr().err.splitlines() == ["merge: started", "merge: done in 3.0 s", "place: done in 4.5 s"]


def test_stage_bars_draw_each_stage_on_a_terminal(capsys):
    from briefing.cli import StageBars

    bars = StageBars(quiet=False, terminal=True)
    for stage in ("read", "merge"):
        bars(stage, 0, 2)
        bars(stage, 2, 2)
    bars.close()
    err = capsys.readouterr().err
    assert "read" in err and "merge" in err and "started" not in err  # click draws the bars themselves only on a terminal


def test_wide_corpus_keeps_the_matrix_and_differences_bounded(make_articles):
    from conftest import briefing_of

    from briefing.render.view import COVERAGE_COLUMNS, build_view

    files = {f"{n:02d}.txt": f'Jo Bell said: "The ring road will open in the spring of next year, {n} weeks early."'
             for n in range(COVERAGE_COLUMNS + 5)}
    b = briefing_of(make_articles(files, spec=SPEC.replace('["go ahead"]', '["ring road"]')))
    view = build_view(b, "test", max_blocks=1)
    assert len(view.coverage_sources) == COVERAGE_COLUMNS
    assert len(view.differences) <= 1
    assert view.omitted_differences == len([x for x in b.blocks if x.variants]) - len(view.differences)


def test_the_readme_quick_start_for_your_own_story_works_as_written(tmp_path, monkeypatch):
    """Every `briefing` line of the README's quick start for one's own story,
    run as written in a fresh folder holding news/ (the editor line skipped:
    the draft builds as it is)."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    quick = readme[readme.index("## Quick start"):readme.index("## Using it")]
    block = quick[quick.index("\nbriefing init") + 1:]
    commands = [line.split("#")[0].split() for line in block[: block.index("```")].splitlines() if line.startswith("briefing ")]
    assert [c[1] for c in commands] == ["init", "build", "explain"]
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text('Ada Trell said: "The harbour wall must be rebuilt before winter."\n', "utf-8")
    (news / "b.txt").write_text('Tom Reeve said: "The money belongs to the school, not the harbour wall."\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        result = CliRunner().invoke(main, command[1:])
        assert result.exit_code == 0, (command, result.output)
    assert (news / "briefing.toml").is_file() and (tmp_path / "report" / "briefing.pdf").is_file()
    assert "Ada Trell" in result.stdout  # explain, last


def test_init_and_explain_report_their_progress_too(monkeypatch, tmp_path):
    import briefing.cli

    seen = []

    class Recorder:
        def __init__(self, enabled):
            pass

        def __call__(self, stage, done, total):
            seen.append(stage)

        def close(self):
            pass

    monkeypatch.setattr(briefing.cli, "StageBars", Recorder)
    for args in (["init", str(SEEDS), "--output", str(tmp_path / "draft.toml")], ["explain", str(SEEDS)]):
        seen.clear()
        assert CliRunner().invoke(main, args).exit_code == 0
        assert len(set(seen)) >= 3, (args, set(seen))


NO_OUTLET = {
    "ferry.txt": (
        "Ferry pier to close for repairs\n\n"
        "Harbour master Ilse Varn said the pier would shut in March while divers checked the piles.\n\n"
        'Councillor Odo Brant said: "The islanders deserve better than this."'
    ),
    "pier.md": (
        '---\ntitle: "Pier repairs start in March"\noutlet: "Tarrow Weekly"\n---\n'
        'Councillor Odo Brant said: "The islanders deserve better than this."\n\n'
        'Ilse Varn said: "The divers start on the north side."'
    ),
}


def test_without_a_spec_the_briefing_names_speakers_not_positions_and_counts_outlets_truly(make_articles, tmp_path):
    folder = make_articles(NO_OUTLET)
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md", "--format", "html"])
    assert result.exit_code == 0, result.output
    md, html = (tmp_path / "briefing.md").read_text(), (tmp_path / "briefing.html").read_text()
    # One file names its outlet, the other does not: its headline is no second outlet.
    assert "2 sources: 1 from 1 outlet, 1 with no outlet named" in md
    assert "2 articles: 1 from 1 outlet, 1 with no outlet named" in html
    # A section is one speaker's words: no "who holds it", and the summary names each speaker once.
    assert "Who holds it" not in md and "Who holds it" not in html
    summary = md.split("> *Who is quoted:*", 1)[1].split("> *Sources:*", 1)[0]
    assert "Statements by" not in summary and "> - Odo Brant (councillor)" in summary
    assert "| Section | Blocks |" in md and "Speakers it quoted" in md
    # An empty background says so, as the HTML does.
    assert "with no speaker or in an outlet's own report, most widely reported first.\n\nNo background material was found." in md
    # Reported speech from the source with no outlet is credited to its article, by headline.
    assert "As the article “Ferry pier to close for repairs” reported it:" in md
    assert "As the article “Ferry pier to close for repairs” reported it:" in html
    assert "weigh no section above another" in html and '<th scope="col">Section</th>' in html


def test_with_a_spec_the_sections_are_positions_and_say_who_holds_them(make_articles, tmp_path):
    folder = make_articles(NO_OUTLET, spec=SPEC.replace('["go ahead"]', '["deserve better"]'))
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "briefing.md").read_text()
    assert "**Who holds it:** Odo Brant" in md and "> - **Yes:** Odo Brant (councillor)" in md and "| Position | Blocks |" in md


def test_without_a_spec_the_summary_names_the_most_reported_speakers_and_counts_the_rest(make_articles, tmp_path):
    names = ["Ada Bellows", "Bram Crane", "Cora Dunn", "Dev Ellery", "Edda Frost", "Finn Garrow", "Gus Hartle", "Hana Ives", "Ivo Jessop", "Jana Kell"]
    words = ("new", "clear", "cheap", "slow", "bold", "fair", "small", "big", "green", "safe")
    lines = [f'{name} said: "The harbour needs a {word} plan this year."' for name, word in zip(names, words)]
    folder = make_articles({"a.txt": "\n".join(lines)})
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md"])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "briefing.md").read_text()
    summary = md.split("> *Who is quoted:*", 1)[1].split("> *Sources:*", 1)[0]
    assert summary.count("> - ") == 9 and "> - 2 other speakers, each in a section of their own below." in summary
    assert "## 10. Statements by" in md  # every speaker still has a section


def test_a_source_with_no_outlet_is_listed_by_its_whole_headline_once(make_articles, tmp_path):
    long_title = "Ferry pier to close for repairs while divers check every pile on the north side of the harbour"
    folder = make_articles({**NO_OUTLET, "ferry.txt": NO_OUTLET["ferry.txt"].replace("Ferry pier to close for repairs", long_title)})
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md", "--format", "html"])
    assert result.exit_code == 0, result.output
    md, html = (tmp_path / "briefing.md").read_text(), (tmp_path / "briefing.html").read_text()
    listed = md.split("Sources\n", 1)[1]
    assert f"**“{long_title}”**. File: ferry.txt." in listed and listed.count(long_title) == 1
    assert f"<strong>“{long_title}”</strong>. <span" in html
    # A source with its outlet keeps the outlet as its name and its headline beside it.
    assert "**Tarrow Weekly**: “Pier repairs start in March”" in listed


@pytest.mark.parametrize("command", ["build", "init", "explain"])
def test_an_unforeseen_error_is_one_line_naming_it_and_where_never_a_traceback(make_articles, tmp_path, monkeypatch, command):
    import briefing.cli

    def broken(*args, **kwargs):
        raise ValueError("could not read '9 o'clock'")

    monkeypatch.setattr(briefing.cli, "consolidate" if command == "init" else "build", broken)
    folder = make_articles({"a.txt": 'Ada Vell said: "The pier opens at nine."\n'})
    result = CliRunner().invoke(main, [command, str(folder), *(["--out", str(tmp_path / "out")] if command == "build" else [])])
    assert result.exit_code == 1 and "Traceback" not in result.output and not (tmp_path / "out").exists()
    [line] = result.stderr.splitlines()
    assert re.fullmatch(
        r"error: briefing failed on these articles: ValueError: could not read '9 o'clock' \(at test_cli\.py:\d+\); "
        r"this is a bug in briefing: please report it with the articles",
        line,
    )


@pytest.mark.parametrize("command", ["build", "init", "explain"])
def test_no_paths_and_no_sample_folder_here_says_what_to_give(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command])
    assert result.exit_code == 2 and not list(tmp_path.iterdir())
    assert result.stderr.splitlines() == [
        f"error: no articles named: give their files or folder (briefing {command} news/); "
        "with none, the sample articles in ./seeds are used, and there is no ./seeds here"
    ]
