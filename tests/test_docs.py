"""The README against the code: the options its table lists are those
``briefing build --help`` prints, and the template blocks and files it
names exist (as sqlite-utils checks its documentation against its CLI)."""

import re
from pathlib import Path

from click.testing import CliRunner

from briefing.cli import main
from briefing.input_formats import READERS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(heading):
    """The README's text from ``heading`` to the next heading of its level or above."""
    level = heading.split()[0]
    start = README.index(f"\n{heading}\n")
    end = re.search(rf"\n#{{1,{len(level)}}} ", README[start + 1 :])
    return README[start : start + 1 + end.start()] if end else README[start:]


def _table_options(text):
    """The options (``--spec``, ``-q``) and arguments (``PATHS``) in the first
    column of the first Markdown table in ``text``."""
    table = re.search(r"^\|.*(?:\n\|.*)*", text, re.M)
    found = set()
    for row in re.findall(r"^\| *(`(?:[^|\\]|\\.)*?) *\|", table.group(0) if table else "", re.M):  # a cell may hold an escaped \|
        for name in re.findall(r"`([^`]+)`", row):
            found.add(name.split()[0])
    return found


def _help_options(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    usage = re.search(r"Usage: \S+ \S+ \[OPTIONS\] \[?([A-Z]+)", result.output)
    names = re.findall(r"^  ((?:-\w|--[\w-]+)(?:, --[\w-]+)*)", result.output, re.M)  # "-o, --out, --output": every alias
    return {name for aliases in names for name in aliases.split(", ")} | ({usage.group(1)} if usage else set())


def test_readme_option_table_lists_the_options_build_help_prints():
    documented = _table_options(_section("## Using it"))
    assert documented, "no option table found under 'Using it'"
    assert documented == _help_options("build") - {"-h", "--help"}


def test_readme_default_glob_lists_the_extensions_the_readers_read():
    row = re.search(r"^\| `--glob PATTERN` \|.*\|(.*)\|$", _section("## Using it"), re.M)
    assert row, "no --glob row in the option table"
    documented = set(re.findall(r"`\*(\.\w+)`", row.group(1)))
    assert documented == {ext for reader in READERS.values() for ext in reader.extensions}


def test_table_parser_reads_options_and_arguments():
    # the parser itself, on a table written for the test: a test of nothing if it read no rows
    table = "| option | meaning |\n|---|---|\n| `PATHS` | inputs |\n| `-q`, `--quiet` | less |\n| `--paper a4\\|letter` | size |\n\nText.\n\n| `--other` | a second table |\n"
    assert _table_options(table) == {"PATHS", "-q", "--quiet", "--paper"}


def test_every_template_block_and_file_the_readme_names_exists():
    text = _section("### Your own templates")
    listed = re.search(r"The HTML template's blocks are (.*?)\.\n", text, re.S)
    assert listed, "the README no longer lists the HTML template's blocks"
    names = re.findall(r"`(\w+)`", listed.group(1))
    html = (ROOT / "templates" / "briefing.html.j2").read_text(encoding="utf-8")
    defined = set(re.findall(r"{%-? *block (\w+)", html))
    assert len(names) > 5 and not set(names) - defined
    assert not set(re.findall(r"{% block (\w+) %}", text)) - defined  # the example overrides a real block
    for template in re.findall(r"`(briefing\.[\w.]+)`", text):
        if template != "briefing.json":
            assert (ROOT / "templates" / template).is_file(), template
