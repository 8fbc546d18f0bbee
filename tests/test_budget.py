"""The budget of the readable formats: which blocks a big story shows, the
sections folded into a short list, and the notes that say what was left out."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import briefing_of

from briefing.cli import main
from briefing.model import Block
from briefing.render import Options, render
from briefing.render.budget import BACKGROUND, FLOOR, Limits, by_reach, choose
from briefing.render.view import build_view


def block(n: int, reach: int) -> Block:
    return Block(f"B{n}", "quote", "Ada Trell", f"words {n}", tuple(f"S{i}" for i in range(1, reach + 1)), (n, 0, 0, 0))


def test_a_small_story_shows_everything():
    sections = [[block(1, 2), block(2, 1)], [block(3, 1)]]
    assert choose(sections, Limits(blocks=10)) == [tuple(s) for s in sections]


def test_every_section_gets_its_top_blocks_when_they_all_fit():
    # Section 0 was reported far more widely; section 1 still keeps its top FLOOR blocks.
    wide = by_reach([block(n, 9) for n in range(1, 21)])
    narrow = by_reach([block(n, 1) for n in range(21, 31)])
    background = by_reach([block(n, 1) for n in range(31, 51)])
    shown = choose([wide, narrow, background], Limits(blocks=30))
    assert sum(map(len, shown)) == 30
    assert len(shown[1]) == FLOOR and len(shown[2]) == BACKGROUND
    assert shown[0] == tuple(wide[: 30 - FLOOR - BACKGROUND])  # the rest by reach, a prefix of the section


def test_when_sections_do_not_fit_the_widest_reported_are_shown_and_the_rest_get_none():
    speakers = [by_reach([block(10 * s + k, reach=s) for k in range(5)]) for s in range(1, 21)]
    background = [block(999, 1)]
    shown = choose([*speakers, background], Limits(blocks=13))
    kept = [n for n, blocks in enumerate(shown[:-1]) if blocks]
    assert kept == [16, 17, 18, 19]  # (13 - 1 background) // FLOOR sections, by the reach of their blocks
    assert sum(map(len, shown)) == 13 and shown[-1] == (background[0],)


def test_max_blocks_caps_each_section_inside_the_budget():
    sections = [by_reach([block(n, 1) for n in range(1, 9)]), [block(9, 1)]]
    assert [len(s) for s in choose(sections, Limits(blocks=None, per_section=2))] == [2, 1]


def many_speakers(make_articles, n: int):
    """A story without a spec: one section per speaker, each speaker quoted
    by one or two outlets (even-numbered speakers by both)."""
    people = [f"{first} {last}" for first, last in zip(
        ["Ada", "Bram", "Cleo", "Dov", "Esme", "Fitz", "Gwen", "Hal", "Ines", "Jory", "Kit", "Lale"],
        ["Trell", "Quist", "Rowe", "Sallow", "Tarn", "Umber", "Vance", "Wyld", "Yarrow", "Zell", "Orme", "Nast"])][:n]
    lines = [f'{p} said: "The new ferry timetable for the western isles will need {k + 3} more crews by spring."'
             for k, p in enumerate(people)]
    both = "\n".join(line for k, line in enumerate(lines) if k % 2 == 0)
    return make_articles({"a.txt": "\n".join(lines), "b.txt": both})


def test_a_story_over_budget_folds_sections_and_says_what_was_left_out(make_articles):
    b = briefing_of(many_speakers(make_articles, 12))
    view = build_view(b, "test", budget=FLOOR * 2 + 1)
    assert len(view.sections) == 2 and len(view.folded) == 10
    assert {s.roles[0][0] for s in view.sections} <= {"Ada Trell", "Cleo Rowe", "Esme Tarn", "Gwen Vance", "Ines Yarrow", "Kit Orme"}
    md = render(b, "md", Options(budget=FLOOR * 2 + 1)).decode()
    assert "Also quoted" in md and "- Bram Quist: 1 block" in md
    assert "briefing.json has all of them" in md and "10 other speakers, reported by fewer outlets" in md
    assert len(b.blocks) >= 12  # the JSON keeps everything


def test_budget_zero_on_the_command_line_shows_every_block(make_articles, tmp_path):
    folder = many_speakers(make_articles, 12)
    full = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md", "--format", "json", "--budget", "0"])
    assert full.exit_code == 0, full.output
    md = (tmp_path / "briefing.md").read_text()
    ids = [x["id"] for x in json.loads((tmp_path / "briefing.json").read_text())["blocks"]]
    assert all(f"`{i}`" in md for i in ids) and "Also quoted" not in md
    cut = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path), "--format", "md", "--budget", "4"])
    assert cut.exit_code == 0 and "Also quoted" in (tmp_path / "briefing.md").read_text()


def test_the_seed_briefing_is_inside_the_default_budget(seed_briefing):
    view = build_view(seed_briefing, "test")
    assert not view.folded and view.shown_blocks == len(seed_briefing.blocks)
    assert all(s.omitted == 0 for s in view.sections) and view.context.omitted == 0


def test_balance_shares_and_colours_come_from_the_view(seed_briefing):
    rows = build_view(seed_briefing, "test").balance
    assert [r.row.position for r in rows] == [p.id for p in seed_briefing.positions]
    assert abs(sum(int(r.block_share) for r in rows) - 100) <= len(rows)
    assert [r.colour.css for r in rows] == ["pos-0", "pos-1", "pos-ctx"]
    ends = [float(r.block_bar.x) + float(r.block_bar.width) for r in rows]
    assert ends == sorted(ends) and abs(ends[-1] - 1000) < 0.5
