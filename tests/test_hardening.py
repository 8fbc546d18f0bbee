"""Attacks that must not work: hostile templates, front matter, caches,
servers (on 127.0.0.1 only), file names and signals. Each test reproduces
the attack and checks that it is refused in one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import main

STORY = 'Nell Varga said: "The ferry timetable will change in spring."\nThe harbour board met on Tuesday.\n'


def run(*args: str):
    return CliRunner().invoke(main, ["build", *args])


def one_article(tmp_path: Path, name: str = "a.txt", body: str | bytes = STORY) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    target = folder / name
    if isinstance(body, bytes):
        target.write_bytes(body)
    else:
        target.write_text(body, encoding="utf-8")
    return folder


def no_traceback(result) -> None:
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)


# --------------------------------------------------------------------------- 1. templates run in the sandbox


@pytest.mark.parametrize("template, words", [
    ("{{ lipsum.__globals__['os'].popen('echo owned > PWNED').read() }}", "unsafe"),
    ("{{ cycler.__init__.__globals__.os.system('echo owned > PWNED') }}", "unsafe"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    ("{% include '/etc/passwd' %}", "'/etc/passwd' not found"),
    ("{% include '../../../../etc/passwd' %}", "not found"),
    ("{% extends 'default:nothing.j2' %}", "not found"),
    ("{% for x in b.sources %}{{ x.id }", "line 1"),
])
def test_a_template_cannot_run_code_or_read_files(tmp_path, monkeypatch, template, words):
    monkeypatch.chdir(tmp_path)
    folder = one_article(tmp_path)
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(template)
    result = run(str(folder), "--templates", str(templates), "--format", "md", "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith("error: template error: ") and words in errors[0]
    assert "cannot write" not in result.stderr and "root:" not in result.output
    no_traceback(result)
    assert not (tmp_path / "PWNED").exists() and not (tmp_path / "out" / "briefing.md").exists()


def test_packaged_templates_run_in_the_sandbox_too(tmp_path):
    from briefing.render import environment

    assert type(environment()).__name__ == "ImmutableSandboxedEnvironment"
    folder = one_article(tmp_path)
    result = run(str(folder), "--format", "md", "--format", "html", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "ferry timetable" in (tmp_path / "out" / "briefing.html").read_text()


# --------------------------------------------------------------------------- 2. front matter is data, not a bomb

BOMB = """---
a: &a ["ho", "ho", "ho", "ho", "ho", "ho", "ho", "ho", "ho"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
title: *g
outlet: *g
---
"""


def test_front_matter_aliases_are_refused_not_expanded(tmp_path):
    folder = one_article(tmp_path, "bomb.md", BOMB + STORY)
    result = run(str(folder), "--format", "json", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "bomb.md: front matter not read, it uses YAML aliases" in result.stderr
    written = tmp_path / "out" / "briefing.json"
    assert written.stat().st_size < 20_000 and '"ho"' not in written.read_text()
    source = json.loads(written.read_text())["sources"][0]
    assert source["title"] is None and source["outlet"] is None


@pytest.mark.parametrize("front, note", [
    ("title: " + "[" * 2000 + "]" * 2000, "nested too deeply"),
    ("title: '" + "x" * 70_000 + "'", "over the 65,536-character limit"),
    ("title: [unclosed", "not valid YAML"),
    ("- a list\n- not a mapping", "not a list of 'key: value' lines"),
    ("title: !!python/object/apply:os.system ['echo owned']", "not valid YAML"),
])
def test_front_matter_that_cannot_be_read_is_left_out_with_a_note(front, note):
    from briefing.readers import split_front_matter

    meta, body, notes = split_front_matter(f"---\n{front}\n---\nThe harbour board met.\n")
    assert meta == {} and body == "The harbour board met.\n" and len(notes) == 1 and note in notes[0]


def test_only_single_values_are_taken_from_front_matter():
    from briefing.readers import split_front_matter

    meta, _, notes = split_front_matter(
        "---\ntitle: [Harbour, news]\noutlet: {name: Gull Post}\nauthor: Ida Kern\ndate: 2024-05-06\ntags: [a, b]\n---\nText.\n"
    )
    assert meta == {"title": None, "outlet": None, "url": None, "date": "2024-05-06", "author": "Ida Kern"}
    assert notes == ["front matter 'title' left out, it is not a single value",
                     "front matter 'outlet' left out, it is not a single value"]
