"""Attacks that must not work: hostile templates, front matter, caches,
servers (on 127.0.0.1 only), file names and signals. Each test reproduces
the attack and checks that it is refused in one clear line."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_fetch
from click.testing import CliRunner

from briefing.cli import main
from briefing.render import Options

site = test_fetch.site  # a server on 127.0.0.1, and no proxy in the way
no_proxy = test_fetch.no_proxy

STORY = 'Nell Varga said: "The ferry timetable will change in spring."\nThe harbour board met on Tuesday.\n'


def run(*args: str):
    return CliRunner().invoke(main, ["build", *args])


def one_article(tmp_path: Path, name: str = "a.txt", body: str = STORY) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --------------------------------------------------------------------------- 1. templates run in the sandbox


@pytest.mark.parametrize("template, words", [
    ("{{ lipsum.__globals__['os'].popen('echo owned > PWNED').read() }}", "unsafe"),
    ("{{ cycler.__init__.__globals__.os.system('echo owned > PWNED') }}", "unsafe"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    ("{{ options.templates.joinpath('/etc/passwd').read_text() }}", "not safely callable"),
    ("{{ options.templates.cwd().joinpath('PWNED').write_text('owned') }}", "not safely callable"),
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


def test_the_sandbox_kept_answer_per_type_and_attribute_is_jinjas_every_time():
    import jinja2.sandbox

    from briefing.render.templates import environment

    jinja = jinja2.sandbox.ImmutableSandboxedEnvironment()
    ours = environment(None, autoescape=False)
    things = [[], {}, set(), (), "text", 3, len, lambda: 0, str, (n for n in ()), Path("."), Options()]
    names = ["append", "clear", "pop", "add", "keys", "items", "count", "upper", "mro", "gi_frame",
             "__class__", "__globals__", "_private", "templates", "joinpath"]
    for _ in range(2):  # the second time from what was kept
        for thing in things:
            for name in names:
                assert ours.is_safe_attribute(thing, name, None) == jinja.is_safe_attribute(thing, name, None), (thing, name)


def test_packaged_templates_run_in_the_sandbox_too(tmp_path):
    import jinja2.sandbox

    from briefing.render.templates import environment

    assert isinstance(environment(), jinja2.sandbox.ImmutableSandboxedEnvironment)
    folder = one_article(tmp_path)
    result = run(str(folder), "--format", "md", "--format", "html", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "ferry timetable" in (tmp_path / "out" / "briefing.html").read_text()


def test_a_template_may_still_call_the_methods_of_plain_values(tmp_path):
    folder = one_article(tmp_path)
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(
        "{% set c = cycler('x', 'y') %}{% for s in b.sources %}{{ s.path.upper() }} {{ c.next() }} "
        "{{ loop.cycle('odd', 'even') }} {{ '{}-{}'.format(s.id, options.paper) }}{% endfor %}"
    )
    result = run(str(folder), "--templates", str(templates), "--format", "md", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "briefing.md").read_text() == "A.TXT x odd S1-a4"


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
    ("title: " + "[" * 1500 + "]" * 1500, "nested too deeply"),
    ("title: '" + "x" * 70_000 + "'", "over the 65,536-character limit"),
    ("title: [unclosed", "not valid YAML"),
    ("- a list\n- not a mapping", "not a list of 'key: value' lines"),
    ("title: !!python/object/apply:os.system ['echo owned']", "not valid YAML"),
])
def test_front_matter_that_cannot_be_read_is_left_out_with_a_note(front, note):
    from briefing.markdown import split_front_matter

    meta, body, notes = split_front_matter(f"---\n{front}\n---\nThe harbour board met.\n")
    assert meta == {} and body == "The harbour board met.\n" and len(notes) == 1 and note in notes[0]


def test_only_single_values_are_taken_from_front_matter():
    from briefing.markdown import split_front_matter

    meta, _, notes = split_front_matter(
        "---\ntitle: [Harbour, news]\noutlet: {name: Gull Post}\nauthor: Ida Kern\ndate: 2024-05-06\ntags: [a, b]\n---\nText.\n"
    )
    assert meta == {"title": None, "outlet": None, "url": None, "date": "2024-05-06", "author": "Ida Kern"}
    assert notes == ["front matter 'title' left out, it is not a single value",
                     "front matter 'outlet' left out, it is not a single value"]


# --------------------------------------------------------------------------- 5. a slow server cannot hold a build


def test_a_build_is_not_held_by_a_server_that_drips_its_headers(site, tmp_path):
    from briefing import readers

    site.routes["/drip"] = test_fetch.drip(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n" + b"X: " + b"x" * 90, 0.05)
    # Its headers drip for 5 s, a byte each 0.05 s: only the deadline of 1 s for the whole answer skips it so.
    loaded = readers.load([site.url("/drip"), str(one_article(tmp_path))], cache_dir=tmp_path / "cache", timeout=1)
    assert [s.path for s in loaded.sources] == ["a.txt"]
    assert loaded.warnings == (f"{site.url('/drip')}: skipped, no complete answer within 1 s",)


# --------------------------------------------------------------------------- 7. every skipped input is named


def warnings_of(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def test_fifos_and_sockets_in_an_input_folder_are_named_not_read(tmp_path):
    folder = one_article(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock"))
    try:
        result = run(str(folder), "--format", "md", "--out", str(tmp_path / "out"))  # a FIFO read would wait for ever
    finally:
        server.close()
    assert result.exit_code == 0
    lines = warnings_of(result)
    assert any(line.endswith("pipe.txt: skipped, not a regular file (a FIFO, socket or device)") for line in lines)
    assert any(line.endswith("sock: skipped, not a regular file (a FIFO, socket or device)") for line in lines)


def test_an_unreadable_subfolder_is_named(tmp_path, monkeypatch):
    from briefing import inputs

    folder = one_article(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(STORY)
    locked.chmod(0)
    real = os.scandir

    def scandir(path):  # root reads any folder: refuse as the kernel would refuse anyone else
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    try:
        files, warnings = inputs.expand([str(folder)])
        named, alone = inputs.expand([str(locked)])
    finally:
        locked.chmod(0o700)
    assert files == [folder / "a.txt"]
    assert warnings == [f"{locked}: skipped, cannot be listed (Permission denied)"]
    assert named == [] and alone == warnings  # one line, not also "no articles found"


def test_links_are_read_only_inside_the_input_folder(tmp_path):
    from briefing import inputs

    folder = one_article(tmp_path)
    outside = tmp_path / "secret.txt"
    outside.write_text("Private notes.")
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "outside.txt").symlink_to(outside)
    (folder / "dangling.txt").symlink_to(tmp_path / "nothing.txt")
    (folder / "tree").symlink_to(tmp_path)
    (folder / "photo.jpg").symlink_to(outside)  # not an article name: passed over like any other
    files, warnings = inputs.expand([str(folder)])
    assert files == [folder / "a.txt", folder / "inside.txt"]
    assert warnings == [
        f"{folder / 'dangling.txt'}: skipped, a link to nothing",
        f"{folder / 'outside.txt'}: skipped, a link to a file outside the input folder",
        f"{folder / 'tree'}: skipped, a link to a folder (links to folders are not followed)",
    ]


def test_a_file_that_became_a_fifo_after_listing_is_not_waited_for(tmp_path):
    from briefing import readers

    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    source, warning = readers.read_file(fifo, "S1")
    assert source is None and warning == f"{fifo}: skipped, not a regular file or folder"


# --------------------------------------------------------------------------- 8. terminal and text safety

NASTY = "\x1b[2J\x1b]0;owned\x07\u202eevil\x9b31m"


def test_names_printed_to_stderr_have_controls_escaped(tmp_path):
    folder = one_article(tmp_path)
    (folder / f"{NASTY}.txt").write_bytes(b"")
    result = run(str(folder), str(tmp_path / f"{NASTY}.md"), "--format", "md", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert not any(ch in result.stderr for ch in "\x1b\x07\u202e\x9b")
    assert "\\x1b[2J\\x1b]0;owned\\x07\\u202eevil\\x9b31m.txt: skipped, it is empty" in result.stderr
    assert "\\x1b[2J\\x1b]0;owned\\x07\\u202eevil\\x9b31m.md: no such file or folder" in result.stderr
    spec = run(str(folder), "--spec", str(tmp_path / f"{NASTY}.toml"), "--format", "md", "--out", str(tmp_path / "o"))
    assert spec.exit_code != 0 and "\\u202eevil" in spec.stderr
    assert not any(ch in spec.stderr for ch in "\x1b\x07\u202e\x9b")


BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


@pytest.mark.parametrize("name, page", [
    ("a.md", '---\ntitle: "\\u202eHarbour news"\n---\n'
             'Nell Varga said: "The \u202eferry timetable\u202c will \u2067change\u2069 in spring."\n'),
    ("a.html", "<html><head><title>&#x202e;Harbour news</title></head><body><article>"
               "<p>Nell Varga said: &quot;The &#x202E;ferry timetable&#x202C; will &#8295;change&#8297; in spring.&quot;</p>"
               "<p>The harbour board met on Tuesday to hear the ferry operator's plans for the coming year.</p>"
               "</article></body></html>"),
])
def test_bidi_overrides_in_article_text_do_not_reach_the_outputs(tmp_path, name, page):
    folder = one_article(tmp_path, name, page)
    result = run(str(folder), "--format", "md", "--format", "html", "--format", "json", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    for output in ("briefing.md", "briefing.html", "briefing.json"):
        text = (tmp_path / "out" / output).read_text()
        assert "ferry timetable will change in spring" in text
        assert not any(chr(code) in text for code in BIDI), output
    assert json.loads((tmp_path / "out" / "briefing.json").read_text())["sources"][0]["title"] == "Harbour news"


def test_control_characters_in_article_text_do_not_reach_the_outputs(tmp_path):
    folder = one_article(tmp_path, "a.txt", 'Nell Varga said: "The \x1b[2Jferry\x9b timetable will change in spring."\n')
    result = run(str(folder), "--format", "md", "--format", "json", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    for output in ("briefing.md", "briefing.json"):
        text = (tmp_path / "out" / output).read_text()
        assert "[2Jferry timetable will change in spring" in text
        assert not any(code in text for code in ("\x1b", "\x9b", "\\u001b", "\\u009b"))


# --------------------------------------------------------------------------- 9. no litter

CHILD = """
import os, sys, time
real = os.replace

def slow_replace(src, dst):  # the output's temporary file is written; the build is now killed
    if os.path.basename(dst).startswith("briefing."):  # not what a run keeps in the cache folder
        time.sleep(30)
    real(src, dst)

os.replace = slow_replace
from briefing.cli import main
main(sys.argv[1:])
"""


def _killed_while_writing(tmp_path: Path, signum: int) -> tuple[subprocess.Popen, Path]:
    folder = one_article(tmp_path)
    out = tmp_path / "out"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "build", str(folder), "--format", "md", "--out", str(out), "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 30
    while not (out.is_dir() and any(out.iterdir())) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    assert child.poll() is None, child.communicate()
    assert [p.name.startswith(".briefing.md.") for p in out.iterdir()] == [True]
    child.send_signal(signum)
    child.wait(timeout=10)
    return child, out


def test_sigterm_while_writing_leaves_no_temporary_file(tmp_path):
    child, out = _killed_while_writing(tmp_path, signal.SIGTERM)
    assert child.returncode == 128 + signal.SIGTERM
    assert "stopped by signal" in child.stderr.read() and list(out.iterdir()) == []


def test_the_next_build_removes_what_a_killed_build_left(tmp_path):
    child, out = _killed_while_writing(tmp_path, signal.SIGKILL)
    left = list(out.iterdir())
    assert len(left) == 1 and left[0].name.endswith(".tmp")
    running = out / f".briefing.md.{os.getppid()}.abcd1234.tmp"  # a build that is still writing: not touched
    running.write_text("in progress")
    mine = out / "notes.md"
    mine.write_text("not briefing's")
    result = run(str(tmp_path / "in"), "--format", "md", "--out", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted([running.name, "briefing.md", "notes.md"])


# --------------------------------------------------------------------------- 10. --glob


@pytest.mark.parametrize("pattern, words", [("/etc/*", "absolute path"), ("", "empty")])
def test_a_glob_outside_the_input_folders_is_a_clear_error(tmp_path, pattern, words):
    folder = one_article(tmp_path)
    result = run(str(folder), "--glob", pattern, "--format", "md", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and words in result.output and "--glob" in result.output
    no_traceback(result)
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_spec_that_is_a_fifo_or_a_device_is_refused_without_hanging(tmp_path):
    folder = one_article(tmp_path)
    os.mkfifo(tmp_path / "spec.toml")
    for spec in (tmp_path / "spec.toml", Path("/dev/zero")):
        result = run(str(folder), "--spec", str(spec), "--format", "md", "--out", str(tmp_path / "out"))
        assert result.exit_code == 2 and "cannot be read" in result.output
        no_traceback(result)
