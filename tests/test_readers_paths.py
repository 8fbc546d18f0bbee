"""Two inputs with the same file name in different folders are told apart
by the shortest end of their paths that is unique: ``init`` drafts one
``[[sources]]`` entry for each, and each entry's metadata reaches its own
file only."""

import json
import tomllib
from pathlib import Path

from click.testing import CliRunner

from briefing import readers
from briefing.cli import main
from briefing.readers import short_names

ARTICLE = "Ward {n} votes on the new footbridge\n" 'Councillor Bea Stroud said: "The footbridge will be open by spring, in ward {n} as elsewhere."\n'


def test_a_path_is_cut_to_its_shortest_unique_end():
    paths = [Path("news/north/story.md"), Path("news/south/story.md"), Path("news/south/other.md"), Path("x/north/story.md")]
    assert short_names(paths) == ["news/north/story.md", "south/story.md", "other.md", "x/north/story.md"]
    assert short_names([Path("one.txt")]) == ["one.txt"]


def test_same_file_name_in_two_folders_gets_two_sources_entries(tmp_path):
    for n, folder in enumerate(("north", "south"), 1):
        (tmp_path / "news" / folder).mkdir(parents=True)
        (tmp_path / "news" / folder / "story.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    news = tmp_path / "news"
    assert [s.path for s in readers.load([str(news)]).sources] == ["north/story.txt", "south/story.txt"]

    runner = CliRunner()
    assert runner.invoke(main, ["init", str(news)]).exit_code == 0
    spec_file = news / "briefing.toml"
    entries = tomllib.loads(spec_file.read_text(encoding="utf-8"))["sources"]
    assert [e["path"] for e in entries] == ["north/story.txt", "south/story.txt"]

    # The user names each outlet; each name must reach its own file only.
    text = spec_file.read_text(encoding="utf-8")
    for folder in ("north", "south"):
        text = text.replace(f'path = "{folder}/story.txt"', f'path = "{folder}/story.txt"\noutlet = "{folder.title()} Ledger"', 1)
    spec_file.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(news), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "matches no input" not in result.stderr
    sources = json.loads((out / "briefing.json").read_text())["sources"]
    assert [(s["path"], s["outlet"]) for s in sources] == [("north/story.txt", "North Ledger"), ("south/story.txt", "South Ledger")]
