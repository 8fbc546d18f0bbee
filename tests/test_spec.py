"""The spec is checked against its declared schema: one line per mistake,
exit 2, no traceback, nothing written."""

import json

import pytest
from click.testing import CliRunner

from briefing.cli import main

GOOD = '''title = "Harbour bridge tolls"
question = "Should the bridge charge a toll?"  # the cues below come first in each table: any order is valid
[[positions]]
cues = ["pays for repairs"]
label = "For the toll"
id = "for"
[[positions]]
cues = ["tax on commuters"]
label = "Against the toll"
id = "against"
'''
ARTICLE = 'Mara Quill said: "The toll pays for repairs we have put off for years."\n'
OTHER = 'Ned Orme said: "This is a tax on commuters who have no other road into town."\n'


def _build(make_articles, tmp_path, spec):
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER}, spec=spec)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"])
    return result, out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace("question =", "quesiton ="), "unknown key 'quesiton' (did you mean 'question'?)"),
        (lambda s: s.replace("cues = [\"pays", "cue = [\"pays"), "positions #1: unknown key 'cue' (did you mean 'cues'?)"),
        (lambda s: "autor = 'Pat Lee'\n" + s, "unknown key 'autor' (did you mean 'author'?)"),
        (lambda s: "licence = 5\n" + s, "licence must be a string, not a number"),
        (lambda s: "sources = 5\n" + s, "sources must be an array of tables, not a number"),
        (
            lambda s: s.replace("[[positions]]", "[positions]", 1).split("[[positions]]")[0],
            "positions must be an array of tables, not a table (head each one [[positions]], with two brackets)",
        ),
        (lambda s: s.replace('title = "Harbour bridge tolls"', 'title = ["x"]'), "title must be a string, not a list"),
        (lambda s: s + '[[sources]]\npath = "a.txt"\noutlet = 5\n', "sources #1: outlet must be a string, not a number"),
        (lambda s: s + '[actors]\n"Mara Quill" = ["for"]\n', "actors: 'Mara Quill' must be a position id (a string), not a list"),
        (lambda s: s + '[actors]\n"Mara Quill" = {id = "for"}\n', "actors: 'Mara Quill' must be a position id (a string), not a table"),
        (lambda s: s + '[actors]\n"Mara Quill" = "fro"\n', "'fro', which is not a position id (did you mean 'for'?)"),
        (lambda s: s.replace('cues = ["pays', 'wording = ["pays'), "positions #1: unknown key 'wording' (valid keys: id, label, cues)"),
        (lambda s: s + '[actors]\n"Mara Quill" = ""\n', "'Mara Quill' is given no position: write one of the ids (for, against) or put # before the line"),
        (lambda s: s + '[actors]\n"Mara Quill" = "undecided"\n', "'undecided', which is not a position id (the ids are for, against)"),
        (lambda s: s.replace('cues = ["tax on commuters"]', 'cues = "tax on commuters"'), "positions #2: cues must be a list of strings, not a string"),
        (lambda s: s.replace('cues = ["tax on commuters"]', 'cues = ["tax on commuters", 40]'), "positions #2: cues must be a list of strings, not a list holding a number"),
        (lambda s: s.replace('title = "Harbour bridge tolls"', "title = 2025-03-03"), "title must be a string, not a date or time"),
        (lambda s: s.replace('cues = ["tax on commuters"]', 'cues = ["tax on commuters", "Pays for repairs!"]'),
         "positions #2: cue 'Pays for repairs!' is also a cue of 'for'; a phrase can signal one position only"),
        (lambda s: s.replace('id = "against"', 'id = "for"'), "positions #2: id 'for' is used twice"),
        (lambda s: s + '[[sources]]\npath = "a.txt"\ndate = "3 March 2025"\n', "sources #1: date must be a date as YYYY-MM-DD, not '3 March 2025'"),
        (lambda s: s.replace('"Harbour bridge tolls"', "Harbour bridge tolls"), "not valid TOML at line 1, column 9: invalid value (text must be in quotes"),
        (lambda s: s + "[actors]\nMara Quill = 'for'\n", "(a name with spaces or dots must be in quotes, as in \"Jane Doe\" = \"for\")"),
        (lambda s: s.replace("question =", 'title = "again"\nquestion ='), "(a key is given twice in one table)"),
        (lambda s: s.replace('label = "For the toll"', 'Label = "For the toll"'), "unknown key 'Label' (did you mean 'label'?)"),
        # A key the table has already is no hint; with none near, the one key missing is.
        (lambda s: s + '[[sources]]\nfile = "a.txt"\ntitle = "Tolls"\n', "sources #1: unknown key 'file' (did you mean 'path'?)"),
        (lambda s: s.replace('cues = ["tax on commuters"]', 'cues = "tax on commuters"'), "(put it in brackets: ['tax on commuters'])"),
        (lambda s: s + '[actors]\n"Mara Quill" = "For the toll"\n', "'For the toll', which is not a position id (that is the label of 'for': give its id)"),
        (lambda s: s.split("[[positions]]")[0], "positions is missing (add a [[positions]] table with id, label and cues; `briefing init` drafts them)"),
        (lambda s: s.replace('label = "For the toll"\n', ""), "positions #1: label is missing (add label = \"...\")"),
        # An [actors] line written where TOML reads it into another table: under the last
        # [[sources]], under [outlets], or above every header.
        (lambda s: s + '[[sources]]\npath = "a.txt"\n"Ned Orme" = "against"\n',
         "sources #1: 'Ned Orme' = 'against' looks like an [actors] line, but a line belongs to the last [header] above it: move it under [actors]"),
        (lambda s: s + '[outlets]\nlean = ["left", "right"]\n"Quay Post" = "left"\n"Ned Orme" = "against"\n',
         "outlets: 'Ned Orme' = 'against' looks like an [actors] line, but a line belongs to the last [header] above it"),
        (lambda s: '"Ned Orme" = "against"\n' + s, "'Ned Orme' = 'against' looks like an [actors] line, but it comes before any [header]: move it under [actors]"),
        # Table headers misspelt: the one mistake is named, not the actors it leaves with no position to hold.
        (lambda s: s.replace("[[positions]]", "[[position]]") + '[actors]\n"Mara Quill" = "for"\n', "unknown key 'position' (did you mean 'positions'?)"),
        (lambda s: s + '[[actors]]\n"Mara Quill" = "for"\n', "actors must be a table, not an array of tables (head it [actors], with one bracket)"),
    ],
)
def test_a_mistake_is_one_clear_line_and_nothing_is_written(make_articles, tmp_path, change, message):
    result, out = _build(make_articles, tmp_path, change(GOOD))
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("error: ")
    assert "Traceback" not in result.output and not out.exists()


def test_the_missing_key_is_suggested_only_for_the_one_unknown_key():
    from briefing.spec import check

    one = check({"heading": "Ferry", "positions": [{"id": "keep", "label": "Keep the ferry"}]})
    assert one == ["unknown key 'heading' (did you mean 'title'?)"]
    # Two unknown keys: which of them was meant for the title is not known, so neither is said to be.
    two = check({"heading": "Ferry", "footer": "Ferry", "positions": [{"id": "keep", "label": "Keep the ferry"}]})
    assert not any("did you mean 'title'" in p for p in two) and 'title is missing (add title = "...")' in two


def test_every_mistake_is_listed(make_articles, tmp_path):
    result, _ = _build(make_articles, tmp_path, GOOD.replace("question", "qestion").replace("label = \"Against", "lable = \"Against"))
    assert result.exit_code == 2
    assert "'qestion'" in result.stderr and "'lable' (did you mean 'label'?)" in result.stderr


def test_mistakes_of_every_kind_are_listed_in_one_run():
    from briefing.spec import check

    # a type error, a malformed id, a cue of two positions, an actor given no id, an outlet off its scale
    data = {
        "title": 7,
        "positions": [
            {"id": "go on", "label": "Keep the ferry", "cues": ["runs daily"]},
            {"id": "stop", "label": "Stop the ferry", "cues": ["runs daily", 3]},
            {"id": "wait", "label": "Wait", "cues": ["next year"]},
        ],
        "actors": {"Lena Ostrow": "", "Piet Haan": "wiat"},
        "outlets": {"lean": ["left", "right"], "Quay Post": "centre"},
    }
    problems = check(data)
    assert problems[0] == "title must be a string, not a number"
    assert "positions #2: cues must be a list of strings, not a list holding a number" in problems
    assert "positions #1: id 'go on' must be letters, digits, - or _ and not 'context'" in problems
    assert any(p.startswith("actors: 'Lena Ostrow' is given no position") for p in problems)
    assert any(p.startswith("actors: 'Piet Haan' is given position 'wiat'") and "'wait'" in p for p in problems)
    assert any(p.startswith("outlets: 'Quay Post' is given 'centre'") for p in problems)
    assert len(problems) == 6
    # An id of the wrong type is reported once: no actor is held against the ids then, nor a cue.
    broken = {"title": "Ferry", "positions": [{"id": 4, "label": "Keep", "cues": ["runs daily"]}], "actors": {"Piet Haan": "keep"}}
    assert check(broken) == ["positions #1: id must be a string, not a number"]


def test_mistakes_of_every_kind_end_the_build_with_one_line_each(make_articles, tmp_path):
    spec = GOOD.replace('title = "Harbour bridge tolls"', "title = 3").replace('id = "against"', 'id = "for"')
    result, out = _build(make_articles, tmp_path, spec)
    assert result.exit_code == 2 and not out.exists() and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "briefing.toml: " in line]
    assert len(lines) == 2
    assert "title must be a string" in lines[0] and "id 'for' is used twice" in lines[1]


def test_a_source_path_matching_no_input_is_a_warning(make_articles, tmp_path):
    spec = GOOD + '[[sources]]\npath = "missing.txt"\noutlet = "Harbour Times"\n[[sources]]\npath = "a.txt"\noutlet = "Quay Post"\n'
    result, out = _build(make_articles, tmp_path, spec)
    assert result.exit_code == 0
    assert "'missing.txt' matches no input" in result.stderr and "'a.txt'" not in result.stderr
    assert '"Quay Post"' in (out / "briefing.json").read_text()


def test_a_misspelt_source_path_or_actor_is_a_warning_naming_the_nearest(make_articles, tmp_path):
    spec = GOOD + '[actors]\n"Mara Quil" = "for"\n"Odo Finch" = "against"\n[[sources]]\npath = "news/b.txt"\noutlet = "Quay Post"\n'
    result, out = _build(make_articles, tmp_path, spec)
    assert result.exit_code == 0 and (out / "briefing.json").exists()
    warnings = [line for line in result.stderr.splitlines() if "briefing.toml: " in line]
    assert "[[sources]] path 'news/b.txt' matches no input (did you mean 'b.txt'?)" in warnings[0]
    assert "[actors] 'Mara Quil' is no speaker in these sources (did you mean 'Mara Quill'?)" in warnings[1]
    assert "'Odo Finch' is no speaker in these sources (briefing explain lists the speakers)" in warnings[2]
    assert len(warnings) == 3


def test_an_actor_named_without_the_title_the_sources_print_is_that_speaker(make_articles, tmp_path):
    spec = GOOD + '[actors]\n"Ivo Brand" = "against"\n"Brand" = "for"\n'
    said = 'Supervisor Ivo Brand said: "The board has heard us out at last."\n'
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER, "c.txt": said}, spec=spec)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0 and "[actors] 'Ivo Brand'" not in result.stderr
    # a surname alone is not matched: several people may share it (the full name is suggested)
    assert "[actors] 'Brand' is no speaker in these sources (did you mean 'Ivo Brand'?)" in result.stderr
    blocks = json.loads((out / "briefing.json").read_text())["blocks"]
    assert [b["position"] for b in blocks if "heard us out" in b["text"]] == ["against"]


def test_an_actor_written_in_another_case_or_with_a_title_the_sources_leave_out_is_that_speaker(make_articles, tmp_path):
    # "mara quill" is Mara Quill; "Harbour Master Ned Orme" is Ned Orme, whom the sources name bare.
    spec = GOOD + '[actors]\n"mara quill" = "against"\n"Harbour Master Ned Orme" = "for"\n'
    result, out = _build(make_articles, tmp_path, spec)
    assert result.exit_code == 0 and "[actors]" not in result.stderr, result.stderr
    blocks = json.loads((out / "briefing.json").read_text())["blocks"]
    assert {b["speaker"]: b["position"] for b in blocks} == {"Mara Quill": "against", "Ned Orme": "for"}


def test_an_actor_line_in_another_case_beside_the_speakers_own_line_is_named_not_used(make_articles, tmp_path):
    spec = GOOD + '[actors]\n"Mara Quill" = "for"\n"MARA QUILL" = "against"\n'
    result, out = _build(make_articles, tmp_path, spec)
    assert "[actors] 'MARA QUILL' is no speaker in these sources (did you mean 'Mara Quill'?)" in result.stderr
    blocks = json.loads((out / "briefing.json").read_text())["blocks"]
    assert [b["position"] for b in blocks if b["speaker"] == "Mara Quill"] == ["for"]


def test_a_good_spec_builds_without_a_word_about_the_spec(make_articles, tmp_path):
    result, out = _build(make_articles, tmp_path, GOOD)
    assert result.exit_code == 0 and "error" not in result.stderr and "briefing.toml" not in result.stderr
    assert (out / "briefing.json").exists()


def test_the_spec_named_among_the_articles_is_not_read_as_one(make_articles, tmp_path):
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER}, spec=GOOD)
    out = tmp_path / "out"
    spec = str(folder / "briefing.toml")
    alone = CliRunner().invoke(main, ["build", spec, "--out", str(out), "--format", "json"])
    assert alone.exit_code == 1 and not out.exists()
    warnings = [line for line in alone.stderr.splitlines() if line.startswith("warning:")]  # beside the stages' progress lines
    assert warnings[0] == f"warning: {spec}: skipped, it is the spec, not an article (name the articles or their folder, {folder}/)"
    both = CliRunner().invoke(main, ["build", spec, str(folder / "a.txt"), "--out", str(out), "--format", "json"])
    assert both.exit_code == 0, both.output
    assert [s["path"] for s in json.loads((out / "briefing.json").read_text())["sources"]] == ["a.txt"]


def test_a_spec_that_does_not_exist_says_how_to_get_one(make_articles, tmp_path):
    folder = make_articles({"a.txt": ARTICLE})
    result = CliRunner().invoke(main, ["build", str(folder), "--spec", str(tmp_path / "mine.toml"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "mine.toml: no such file (`briefing init` drafts a spec from the articles)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("encoded", "builds"),
    [
        (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), True),  # an editor's byte-order mark before UTF-8
        (GOOD.encode("utf-16"), True),  # an editor's "Unicode": UTF-16 with its mark
        (GOOD.replace("Harbour", "Hàrbour").encode("latin-1"), False),
    ],
)
def test_a_spec_saved_with_a_byte_order_mark_is_read_and_one_in_another_encoding_is_one_line(make_articles, tmp_path, encoded, builds):
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER})
    spec = tmp_path / "mine.toml"
    spec.write_bytes(encoded)
    result = CliRunner().invoke(main, ["build", str(folder), "--spec", str(spec), "--out", str(tmp_path / "out"), "--format", "json"])
    if builds:
        assert result.exit_code == 0, result.output
        assert json.loads((tmp_path / "out" / "briefing.json").read_text())["title"] == "Harbour bridge tolls"
    else:
        assert result.exit_code == 2 and result.stderr.strip().endswith("cannot be read (it is not UTF-8 text: save it as UTF-8)")


def test_a_toml_file_named_among_the_articles_is_not_read_as_one(make_articles, tmp_path):
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER})
    mine = tmp_path / "mine.toml"
    mine.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), str(mine), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0
    assert f"warning: {mine}: skipped, a .toml file is a spec, not an article (to use it, give it as --spec {mine})" in result.stderr
    assert [s["path"] for s in json.loads((out / "briefing.json").read_text())["sources"]] == ["a.txt", "b.txt"]
    # briefing init: a .toml path, there or not, is where the user meant the draft to go
    draft = CliRunner().invoke(main, ["init", str(folder), str(tmp_path / "draft.toml")])
    assert draft.exit_code == 0 and "give it as --output" in draft.stderr
    assert "draft.toml" not in draft.stdout and (folder / "briefing.toml").exists()


def test_an_article_given_as_the_spec_is_named_as_such(make_articles, tmp_path):
    folder = make_articles({"a.txt": ARTICLE, "b.txt": OTHER})
    result = CliRunner().invoke(main, ["build", str(folder), "--spec", str(folder / "a.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    assert result.stderr.strip() == f"error: {folder / 'a.txt'}: not a spec (a spec is a TOML file, as `briefing init` drafts one); give articles as PATHS, not with --spec"
