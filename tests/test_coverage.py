"""Coverage by outlet group (the spec's [outlets] table), on a story written
for it: tests/data/lighthouse_sale, eight articles from seven fictional
outlets, two rated left, two centre, two right (one of them with two
articles, its name written in lower case without "The" in the table) and one not in the
table. Some points are carried by one group's outlets only, some by
several groups, some by one outlet only."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner
from conftest import ROOT, assert_valid_json, blocks_with, briefing_of, schema, undeclared

from briefing.cli import main
from briefing.coverage import coverage
from briefing.render import Options, render
from briefing.render.json import to_data
from briefing.render.view import build_view

STORY = ROOT / "tests" / "data" / "lighthouse_sale"
SPEC = (STORY / "briefing.toml").read_text(encoding="utf-8")
NO_TABLE = SPEC[: SPEC.index("[outlets]")]


@pytest.fixture(scope="module")
def story():
    return briefing_of(STORY)


def _ids(b, *phrases):
    found = []
    for words in phrases:
        blocks = blocks_with(b, words)
        assert len(blocks) == 1, words
        found.append(blocks[0].id)
    return found


def _section(md: str, heading: str) -> str:
    start = md.index(heading)
    end = md.find("\n## ", start)
    return md[start:end]


def test_sources_and_blocks_are_counted_per_group(story):
    found = coverage(story)
    assert found.scale == "lean"
    assert found.groups == ("left", "centre", "right", "unrated")
    assert dict(found.sources) == {"left": 2, "centre": 2, "right": 3, "unrated": 1}
    # A block counts once for each group whose outlets reported it.
    reported = [x for x in story.blocks if x.kind != "commentary"]
    for group, count in found.blocks:
        assert count == sum(any(found.group_of[s] == group for s in x.sources) for x in reported)
    fenwick = _ids(story, "The lighthouse has stood empty for eleven years")[0]
    assert found.block_groups[fenwick] == ("left", "centre", "right")


def test_outlets_match_ignoring_case_and_the_rest_are_unrated(story):
    found = coverage(story)
    by_outlet = {s.outlet: found.group_of[s.id] for s in story.sources}
    assert by_outlet["The Ledger Post"] == "right"  # written "ledger post" in the table
    assert by_outlet["Harbour Radio"] == "unrated"


def test_each_position_says_which_groups_carried_it(story):
    rows = {p.position: dict(p.blocks) for p in coverage(story).positions}
    assert rows["against"]["centre"] == 0  # no centre outlet carried an argument against the sale
    assert rows["against"]["left"] > 0 and rows["against"]["right"] > 0
    assert rows["for"]["unrated"] == 0
    assert set(rows) == {p.id for p in story.positions}


def test_exactly_the_points_one_side_only_reported(story):
    one_side = {o.group: o for o in coverage(story).one_side}
    assert {g: [x.id for x in o.blocks] for g, o in one_side.items()} == {
        "left": _ids(story, "the town never gets it back"),
        "centre": _ids(story, "planning committee will hear the hotel application"),
        "right": _ids(story, "kept the bidding closed until the final week"),
    }
    # The two outlets rated right print different figures for the offer.
    (figure,) = one_side["right"].disputed
    assert sorted(text for text, _ in figure.readings) == ["2.1 million", "2.4 million"]
    # Not one side's: one outlet's two articles, one outlet alone, a rated and
    # an unrated outlet, two groups.
    listed = {x.id for o in one_side.values() for x in o.blocks}
    for words in ("ask the auditor to look at every letter", "open the gallery to the public",
                  "every summer since the war", "harbour wall repairs"):
        assert not listed & set(_ids(story, words)), words


def test_headlines_of_each_group_side_by_side(story):
    md = render(story, "md").decode()
    table = _section(md, "### Headlines by group")
    lines = [line for line in table.splitlines() if line.startswith("|")]
    assert [c.strip() for c in lines[0].strip("|").split("|")] == ["left", "centre", "right", "unrated"]
    for s in story.sources:
        column = ["left", "centre", "right", "unrated"].index(coverage(story).group_of[s.id])
        assert any(s.title in line.strip("|").split("|")[column] for line in lines[2:]), s.title


def test_the_section_describes_coverage_in_neutral_words(story):
    md = render(story, "md").decode()
    section = _section(md, "## 5. Coverage by lean")
    for group in ("left", "centre", "right"):
        assert f"**Reported only by outlets rated {group}**" in section
    assert "when each outlet published, what it chose to focus on" in section
    assert "briefing rates no outlet itself" in section
    assert "table, taken from the Hollin Bay Press Guide (fictional), 2031 edition, chosen by whoever wrote it" in section
    for judging in ("ignored", "ignore", "blindspot", "failed to", "missed", "bias", "refused"):
        assert not re.search(rf"\b{judging}\b", section, re.I), judging
    summary = md.split("## 1.")[0]
    assert "Coverage by lean" in summary  # in the contents
    assert "*Sources by lean, as the spec groups them:* left 2 · centre 2 · right 3 · unrated 1" in summary


def test_html_and_pdf_show_counts_and_bars(story):
    html = render(story, "html").decode()
    section = html[html.index('<section class="groups"'):html.index('<section class="commentary"')]
    assert "Reported only by outlets rated right" in section
    for bar in re.findall(r'<span class="gbar".*?</span></span>', section):
        widths = [float(w) for w in re.findall(r"width: ([\d.]+)%", bar)]
        assert widths and abs(sum(widths) - 100) < 0.5
    assert '<a href="#groups">' in html
    import io

    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render(story, "pdf"))).pages)
    assert "Coverage by lean" in text and "Headlines by group" in text


def test_json_gives_groups_and_follows_the_schema(story):
    data = assert_valid_json(story)
    assert {s["outlet"]: s["group"] for s in data["sources"]}["Harbour Radio"] == "unrated"
    cov = data["coverage"]
    assert cov["scale"] == "lean" and cov["groups"] == ["left", "centre", "right", "unrated"]
    assert cov["rated_by"] == "the Hollin Bay Press Guide (fictional), 2031 edition"
    assert {r["group"]: r["sources"] for r in cov["story"]} == {"left": 2, "centre": 2, "right": 3, "unrated": 1}
    right = next(o for o in cov["one_side"] if o["group"] == "right")
    assert right["blocks"] == _ids(story, "kept the bidding closed")
    assert data["disputed"][right["disputed"][0]]["kind"] == "figure"
    blocks = {b["id"]: b for b in data["blocks"]}
    assert blocks[_ids(story, "every summer since the war")[0]]["groups"] == ["left"]  # the unrated outlet adds none


def test_the_json_writer_adds_the_groups_as_the_whole_tree_holds_them(story):
    # The writer makes each source's and block's values as it writes them;
    # ``to_data`` makes the whole tree at once: the same text.
    expected = json.dumps(to_data(story), ensure_ascii=False, indent=2) + "\n"
    assert render(story, "json") == expected.encode("utf-8")


def test_without_a_table_nothing_of_it_appears(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    (folder / "briefing.toml").write_text(NO_TABLE, encoding="utf-8")
    b = briefing_of(folder)
    assert b.outlet_groups is None and coverage(b) is None
    assert build_view(b, "briefing").groups is None
    data = json.loads(render(b, "json"))
    assert "coverage" not in data
    assert all("group" not in s for s in data["sources"]) and all("groups" not in x for x in data["blocks"])
    for fmt in ("md", "html"):
        text = render(b, fmt).decode()
        assert "Coverage by" not in text and "Headlines by group" not in text
        assert not re.search(r"\b(rated|unrated|one side)\b", text, re.I)


def test_the_table_adds_to_the_json_and_changes_nothing_else(story, tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    (folder / "briefing.toml").write_text(NO_TABLE, encoding="utf-8")
    without = json.loads(render(briefing_of(folder), "json"))
    with_table = json.loads(render(story, "json"))
    del with_table["coverage"]
    for part, key in (("sources", "group"), ("blocks", "groups")):
        for item in with_table[part]:
            del item[key]
    assert with_table == without


def test_max_blocks_caps_each_groups_list_and_says_so(story):
    md = render(story, "md", Options(max_blocks=1)).decode()
    right = _section(md, "**Reported only by outlets rated right**")
    assert "kept the bidding closed" in right and "Disputed detail" not in right
    assert "*1 further point, reported by fewer outlets, left out here; briefing.json has them all.*" in md


def test_the_section_is_byte_identical_build_after_build(story):
    again = briefing_of(STORY)
    for fmt in ("md", "html", "json"):
        assert render(again, fmt) == render(story, fmt)


def test_the_schema_check_names_a_field_the_schema_lacks(story):
    data = assert_valid_json(story)
    data["coverage"]["one_side"][0]["blindspot"] = True
    data["sources"][0]["lean"] = "left"
    assert undeclared(data, schema()) == [".sources[].lean", ".coverage.one_side[].blindspot"]


def test_any_scale_works(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    table = '[outlets]\nreach = ["national", "regional"]\n"Coastline Wire" = "national"\n"Hollin Bay Courier" = "regional"\n'
    (folder / "briefing.toml").write_text(NO_TABLE + table, encoding="utf-8")
    b = briefing_of(folder)
    found = coverage(b)
    assert found.groups == ("national", "regional", "unrated")
    assert dict(found.sources) == {"national": 1, "regional": 1, "unrated": 6}
    assert found.one_side == ()  # one outlet per group: nothing is a side's
    md = render(b, "md").decode()
    assert "## 5. Coverage by reach" in md
    assert "table, chosen by whoever wrote it" in md and "taken from" not in md  # no rating cited    assert "No point was reported by two or more outlets of one group only." in md


def _cli(make_articles, tmp_path, table: str):
    """A one-article build with ``table`` in the spec (a top-level key goes
    before the first table, anything else after the positions)."""
    folder = make_articles(
        {"a.md": '---\noutlet: "Fenby Gazette"\n---\nMara Quill said: "The toll pays for repairs we have put off for years."\n'},
        spec=NO_TABLE + table if table.startswith("[") else table + NO_TABLE,
    )
    out = tmp_path / "out"
    return CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"]), out


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[outlets]\nlean = ["left", "right"]\n"Fenby Gazette" = "centre"\n',
         "outlets: 'Fenby Gazette' is given 'centre', which is not on the scale 'lean' (its groups are left, right)"),
        ('[outlets]\nlean = ["left", "right"]\n"Fenby Gazette" = "rigth"\n', "(did you mean 'right'?)"),
        ('[outlets]\nlean = ["left", "right"]\n"Fenby Gazette" = 3\n', "outlets: 'Fenby Gazette' must be a group of 'lean' (a string), not a number"),
        ('[outlets]\n"Fenby Gazette" = "left"\n', "outlets: needs one scale, a list of its groups"),
        ("[outlets]\n", "outlets: needs one scale, a list of its groups such as lean = [\"left\", \"centre\", \"right\"]; found none"),
        ('[outlets]\nlean = ["left"]\nreach = ["wide"]\n', "found 2 lists ('lean', 'reach')"),
        ('[outlets]\nlean = ["left", "left"]\n', "outlets: the scale 'lean' names a group twice"),
        ('[outlets]\nlean = ["left", "unrated"]\n', "must not name a group 'unrated'"),
        ('[outlets]\nlean = ["left", 2]\n', "must list its groups as non-empty strings"),
        ('[outlets]\nlean = ["left"]\n"Fenby Gazette" = "left"\n"the fenby  gazette" = "left"\n',
         "'Fenby Gazette' and 'the fenby  gazette' are the same outlet"),
        ('outlets = 5\n', "outlets must be a table, not a number"),
        ('[outlets]\nlean = ["left"]\nrated-by = "a guide"\n', "outlets: unknown key 'rated-by' (did you mean 'rated_by'?)"),
        ('[outlets]\nlean = ["left"]\nrated_by = 2031\n', "outlets: rated_by must name the published rating the groups come from (a string), or be left out"),
    ],
)
def test_a_table_mistake_is_one_clear_line(make_articles, tmp_path, table, message):
    result, out = _cli(make_articles, tmp_path, table)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert "Traceback" not in result.output and not out.exists()


def test_a_source_matches_by_its_site_when_its_outlet_name_differs(make_articles):
    folder = make_articles(
        {
            "a.md": '---\noutlet: "FG Online"\nurl: "https://news.fenby-gazette.example/toll"\n---\nMara Quill said: "The toll pays."\n',
            "b.md": '---\noutlet: "Orme Weekly"\nurl: "https://orme-weekly.example/toll"\n---\nNed Orme said: "It is a tax."\n',
            "c.md": '---\nurl: "https://www.fenby-gazette.example.net/toll"\n---\nMara Quill said: "The toll pays."\n',
        },
        spec=NO_TABLE + '[outlets]\nlean = ["left", "right"]\n"fenby-gazette.example" = "left"\n"Orme Weekly" = "right"\n'
        '"orme-weekly.example" = "left"\n',
    )
    found = coverage(briefing_of(folder))
    # The outlet's name comes before its site; a look-alike domain is another site.
    assert found.group_of == {"S1": "left", "S2": "right", "S3": "unrated"}


def test_two_articles_from_one_site_are_one_outlet(make_articles):
    quote = 'Mara Quill said: "The toll pays for the repairs we have put off for eleven years."\n'
    articles = {
        "a.md": '---\nurl: "https://www.fenby-gazette.example/a"\n---\n' + quote,
        "b.md": '---\nurl: "https://www.fenby-gazette.example/b"\n---\n' + quote,
    }
    table = '[outlets]\nlean = ["left", "right"]\n"fenby-gazette.example" = "left"\n"orme-weekly.example" = "left"\n'
    assert coverage(briefing_of(make_articles(articles, spec=NO_TABLE + table))).one_side == ()
    articles["c.md"] = '---\nurl: "https://orme-weekly.example/c"\n---\n' + quote
    (side,) = coverage(briefing_of(make_articles(articles, spec=NO_TABLE + table))).one_side
    assert side.group == "left" and [x.sources for x in side.blocks] == [("S1", "S2", "S3")]


def test_every_outlet_given_a_group_off_the_scale_is_named(make_articles, tmp_path):
    result, _ = _cli(make_articles, tmp_path, '[outlets]\nlean = ["left", "right"]\n"Fenby Gazette" = "centre"\n"Orme Weekly" = "middle"\n')
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "'Fenby Gazette' is given 'centre'" in lines[0] and "'Orme Weekly' is given 'middle'" in lines[1]


def test_an_outlet_the_table_names_but_no_source_has_is_a_warning(make_articles, tmp_path):
    result, out = _cli(make_articles, tmp_path, '[outlets]\nlean = ["left", "right"]\n"Fenby Gazete" = "left"\n')
    assert result.exit_code == 0, result.output
    assert "[outlets] 'Fenby Gazete' matches no source's outlet" in result.stderr
    assert json.loads((out / "briefing.json").read_text())["sources"][0]["group"] == "unrated"


def test_init_drafts_the_table_with_the_outlets_as_read(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(STORY, folder)
    (folder / "briefing.toml").unlink()
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    draft = (folder / "briefing.toml").read_text(encoding="utf-8")
    assert "# [outlets]" in draft and "[outlets]\n" not in draft.replace("# [outlets]\n", "")
    # A user fills the groups in and removes the #: the outlets' names as drafted match.
    given = {"Marsh Herald": "left", "Hollin Bay Courier": "centre", "The Ledger Post": "right"}
    lines = []
    for line in draft.splitlines():
        name = re.fullmatch(r'# "(.+)" = ""', line)
        if name and name.group(1) in given:
            line = f'"{name.group(1)}" = "{given[name.group(1)]}"'
        elif line in ("# [outlets]", '# lean = ["left", "centre", "right"]'):
            line = line[2:]
        lines.append(line)
    (folder / "briefing.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = coverage(briefing_of(folder))
    assert dict(found.sources) == {"left": 1, "centre": 1, "right": 2, "unrated": 4}
