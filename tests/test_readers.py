"""Real-world input: saved web pages, URLs, folders and bad input that never
breaks a build. URLs are served by a local server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import test_fetch
from click.testing import CliRunner
from conftest import ROOT
from markdown_it import MarkdownIt

from briefing import files, input_formats, inputs, readers
from briefing.cli import main
from briefing.pipeline import build

site = test_fetch.site  # the local server on 127.0.0.1, and no proxy in the way
no_proxy = test_fetch.no_proxy
HOSTILE = ROOT / "tests" / "data" / "hostile"
SPEC = 'title = "T"\nquestion = "Q?"\n[[positions]]\nid = "yes"\nlabel = "Yes"\ncues = ["go ahead"]\n'
GOOD = 'Jo Bell said: "We should go ahead with the plan now."\n'

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mayor resigns over housing row - Northern Post</title>
<meta property="og:site_name" content="Northern Post">
<meta property="og:title" content="Mayor resigns over housing row">
<meta name="author" content="Ann Writer">
<meta property="article:published_time" content="2024-11-05T08:00:00Z">
<link rel="canonical" href="https://post.example/news/mayor-resigns">
<script>var SCRIPTWORD = 1;</script><style>.x { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">NAVWORD News</a></li></ul></nav></header>
<div class="ad-container">ADWORD Advertisement: cheap sofas</div>
<div id="sponsored-links"><p>SPONSORWORD Loans for everyone, apply today and save a lot of money.</p></div>
<main><article>
<h1>Mayor resigns over housing row</h1>
<figure><img src="m.jpg" alt="The mayor"><figcaption>CAPTIONWORD The mayor outside the town hall.</figcaption></figure>
<p>The mayor of Northtown resigned on Tuesday after weeks of pressure over the housing scheme.</p>
<p>"I have done my best for this town," Mayor Ruth Kay said in a statement.</p>
<p class="image-caption">CAPTIONWORD The town hall at night.</p>
<p>Her deputy, Sam Fry, will act as mayor until an election is held in the spring.</p>
<p>Opposition members welcomed the decision but said questions remained about the costs.</p>
</article>
<aside class="related-stories"><h2>Related</h2><ul><li><a href="/1">RELATEDWORD Another mayor quits</a></li></ul></aside>
<div class="related-articles"><a href="/2">RELATEDWORD Housing row explained</a></div>
</main>
<footer><p>FOOTERWORD Copyright Northern Post</p></footer>
<script>document.write("SCRIPTWORD")</script>
</body></html>
"""
FURNITURE = ("SCRIPTWORD", "NAVWORD", "ADWORD", "SPONSORWORD", "CAPTIONWORD", "RELATEDWORD", "FOOTERWORD", "color: red")


def run(*args: str):
    return CliRunner().invoke(main, ["build", *args])


def warning_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]


# --------------------------------------------------------------------------- HTML


def test_html_article_and_metadata(tmp_path):
    page = tmp_path / "mayor.html"
    page.write_text(ARTICLE_PAGE, encoding="utf-8")
    source, message = readers.read_file(page, "S1")
    assert message is None and source is not None
    assert source.title == "Mayor resigns over housing row"
    assert source.outlet == "Northern Post"
    assert source.author == "Ann Writer"
    assert source.date == "2024-11-05"
    assert source.url == "https://post.example/news/mayor-resigns"
    assert source.path == "mayor.html"
    assert source.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()
    for word in FURNITURE:
        assert word not in source.text, word
    lines = source.text.splitlines()  # one paragraph a line
    assert "The mayor of Northtown resigned on Tuesday after weeks of pressure over the housing scheme." in lines
    assert '"I have done my best for this town," Mayor Ruth Kay said in a statement.' in lines
    assert "Opposition members welcomed the decision but said questions remained about the costs." in lines


def test_a_page_with_no_site_name_is_read_for_the_one_its_title_prints_beside_the_headline(tmp_path):
    body = (
        "<body><article><h1>Ferry fares to rise in spring</h1>"
        "<p>The island's ferry operator said on Friday that fares on every route would rise by a tenth from April.</p>"
        "<p>Passengers who travel daily will be offered a season ticket at the old price, the operator added.</p>"
        "</article></body></html>"
    )
    for title, outlet in [
        ("Ferry fares to rise in spring | Island Courier", "Island Courier"),
        ("Island Courier &ndash; Ferry fares to rise in spring", "Island Courier"),
        ("Ferry fares to rise in spring - Travel | Island Courier", "Island Courier"),
        ("Ferry fares to rise in spring", None),
    ]:
        page = tmp_path / "ferry.html"
        page.write_text(f"<html><head><title>{title}</title></head>{body}", encoding="utf-8")
        source, _ = readers.read_file(page, "S1")
        assert source is not None and source.title == "Ferry fares to rise in spring" and source.outlet == outlet, title


def test_html_goes_through_the_pipeline(tmp_path):
    (tmp_path / "a.htm").write_text(ARTICLE_PAGE, encoding="utf-8")
    result = build([str(tmp_path)])
    b = result.briefing
    assert b is not None and b.sources[0].outlet == "Northern Post"
    quotes = [x for x in b.blocks if x.kind == "quote"]
    assert any(x.speaker == "Ruth Kay" and "I have done my best for this town" in x.text for x in quotes)
    assert not any(word in x.text for x in b.blocks for word in FURNITURE)


def test_html_declared_charset_is_honoured_without_a_warning(tmp_path):
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
            "<article><p>Café owners called the plan “a disaster” for the town’s high street on Monday.</p>"
            "<p>The council said it would publish its response to the consultation in the summer.</p></article>"
            "</body></html>")
    page = tmp_path / "cp.html"
    page.write_bytes(body.encode("cp1252"))
    source, message = readers.read_file(page, "S1")
    assert message is None
    assert "Café owners called the plan “a disaster” for the town’s high street" in source.text


def test_html_fragment_without_html_tag(tmp_path):
    page = tmp_path / "frag.html"
    page.write_text("<p>The bridge reopened on Friday after three months of repairs to its deck.</p>"
                    "<p>Drivers had faced long diversions through the town centre since June.</p>")
    source, _ = readers.read_file(page, "S1")
    assert source is not None and "The bridge reopened on Friday" in source.text


def test_html_without_an_article_is_skipped_with_a_reason(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    assert readers.read_file(page, "S1") == (None, f"{page}: skipped, no article text found in the page")


def test_a_txt_build_does_not_import_trafilatura(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    code = (
        "import sys; from briefing.pipeline import build; "
        f"r = build([{str(tmp_path)!r}]); assert r.briefing is not None; "
        "print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- URLs


def test_url_on_the_command_line_is_fetched_and_cached(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = site.add("/news/mayor", ARTICLE_PAGE.encode())
    result = build([url])
    source = result.briefing.sources[0]
    assert source.path == url  # the URL exactly as given
    assert source.outlet == "Northern Post" and source.url == "https://post.example/news/mayor-resigns"
    assert source.sha256 == hashlib.sha256(ARTICLE_PAGE.encode()).hexdigest()
    assert (tmp_path / ".briefing-cache").is_dir()
    again = build([url])
    assert site.hits["/news/mayor"] == 1 and again.briefing.sources[0].text == source.text
    build([url], refresh=True)
    assert site.hits["/news/mayor"] == 2


def test_urls_file_and_paths_keep_input_order(site, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    first = site.add("/1", ARTICLE_PAGE.encode())
    text = site.add("/2.txt", b"Sam Ray said: \"The plan will fail the town.\"\n", headers={"Content-Type": "text/plain"})
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# morning reading\n\n{text}\n  {first}  \nnot a url\nftp://127.0.0.1/x\n{text}\n")
    result = build([str(tmp_path / "in"), first], url_list=listing, cache_dir=tmp_path / "cache")
    assert [s.path for s in result.briefing.sources] == ["a.txt", first, text]
    assert [s.id for s in result.briefing.sources] == ["S1", "S2", "S3"]
    warnings = "\n".join(result.warnings)
    assert f"{listing}:5: skipped, 'not a url' is not a URL" in warnings
    assert "ftp://127.0.0.1/x: skipped, only http and https URLs are fetched" in warnings
    assert f"{first}: skipped, the same URL is given twice" in warnings


def test_failed_urls_are_one_line_each_and_the_build_goes_on(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = site.add("/good", ARTICLE_PAGE.encode())
    missing = site.url("/missing")
    image = site.add("/img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, headers={"Content-Type": "image/png"})
    (tmp_path / "urls.txt").write_text(f"{good}\n{missing}\n{image}\nhttp://127.0.0.1:1/closed\n")
    result = run("--urls", "urls.txt", "--out", "out", "--format", "json")
    assert result.exit_code == 0, result.output
    lines = warning_lines(result)
    assert f"warning: {missing}: skipped, the server answered HTTP 404 Not Found" in lines
    assert f"warning: {image}: skipped, the server sent image/png, not an article page" in lines
    assert any(line.startswith("warning: http://127.0.0.1:1/closed: skipped, ") for line in lines)
    assert "Traceback" not in result.output
    data = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert len(data["sources"]) == 1


def test_a_rebuild_reads_the_cache_even_when_the_server_is_gone(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = site.add("/story", ARTICLE_PAGE.encode())
    assert run(url, "--out", "o1", "--format", "md").exit_code == 0
    site.routes.clear()  # the server now answers 404 to everything
    cached = run(url, "--out", "o2", "--format", "md")
    assert cached.exit_code == 0 and not warning_lines(cached)[:-1]  # only the no-spec note
    assert (tmp_path / "o1" / "briefing.md").read_text() == (tmp_path / "o2" / "briefing.md").read_text()
    refreshed = run(url, "--refresh", "--out", "o3", "--format", "md")
    assert refreshed.exit_code == 1
    assert f"warning: {url}: skipped, the server answered HTTP 404 Not Found" in warning_lines(refreshed)


def test_a_missing_urls_file_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = run(str(tmp_path / "a.txt"), "--urls", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"), "--format", "md")
    assert result.exit_code == 0
    assert any("nope.txt: the URL list cannot be read" in line for line in warning_lines(result))


def test_url_content_types(site, tmp_path):
    md = site.add("/a.md", b"---\noutlet: Wire\n---\n# Head line\n\nJo Bell said: \"We go ahead.\"\n",
                  headers={"Content-Type": "text/markdown"})
    plain_html = site.add("/page", ARTICLE_PAGE.encode(), headers={"Content-Type": "text/plain"})
    untyped = site.add("/untyped", b"Plain words from a server that names no type.\n", headers={"Content-Type": None})
    loaded = readers.load([md, plain_html, untyped], cache_dir=tmp_path)
    by_path = {s.path: s for s in loaded.sources}
    assert by_path[md].outlet == "Wire" and by_path[md].title == "Head line"
    assert by_path[plain_html].outlet == "Northern Post"  # HTML served as text/plain is still read as HTML
    assert by_path[untyped].text.startswith("Plain words")
    assert by_path[untyped].url == untyped


# --------------------------------------------------------------------------- folders


def test_folders_recursive_sorted_hidden_and_spec_skipped(make_articles, tmp_path):
    folder = make_articles({"b.txt": GOOD, "a.md": GOOD, "page.html": ARTICLE_PAGE, "notes.json": "{}",
                            ".secret.txt": GOOD}, spec=SPEC)
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "sub" / "deeper" / "c.txt").write_text(GOOD)
    (folder / "sub" / "0.txt").write_text(GOOD)
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text(GOOD)
    files, warnings = inputs.expand([str(folder)])
    assert [p.relative_to(folder).as_posix() for p in files] == ["a.md", "b.txt", "page.html", "sub/0.txt", "sub/deeper/c.txt"]
    assert not warnings
    only_md, _ = inputs.expand([str(folder)], "*.md")
    assert [p.name for p in only_md] == ["a.md"]
    result = run(str(folder), "--glob", "*.txt", "--out", str(tmp_path / "o"), "--format", "json")
    data = json.loads((tmp_path / "o" / "briefing.json").read_text())
    assert [s["path"] for s in data["sources"]] == ["b.txt", "0.txt", "c.txt"]
    assert result.exit_code == 0


def test_a_glob_that_matches_nothing_in_a_folder_is_named(make_articles):
    folder = make_articles({"a.md": GOOD, "b.md": GOOD})
    files, warnings = inputs.expand([str(folder)], "*.txt")
    assert not files and warnings == [f"{folder}: no file in this folder matches --glob '*.txt'"]


# --------------------------------------------------------------------------- bad input


EXPECTED = {
    "empty.txt": "skipped, it is empty",
    "blank.md": "skipped, it is empty",
    "picture.txt": "skipped, it is binary, not text",
    "fake.html": "skipped, it is binary, not text",
    "no_article.html": "skipped, no article text found in the page",
    "long_line.txt": "skipped, its text is one line of 60,000 characters, over the 50,000-character limit",
    "windows.txt": "not UTF-8, read as Windows-1252",
    "latin1.txt": "not UTF-8, read as Windows-1252",
    "utf16.txt": "read as UTF-16 (it starts with a byte-order mark)",
    "unbalanced.txt": "2 quotation marks do not pair up",
}


def test_hostile_folder_gives_one_line_per_bad_file(tmp_path):
    result = run(str(HOSTILE), "--out", str(tmp_path), "--format", "md", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = [line for line in warning_lines(result) if str(HOSTILE) in line]  # about files, not the briefing's balance
    assert len(lines) == len(EXPECTED), lines
    for name, reason in EXPECTED.items():
        mine = [line for line in lines if line.startswith(f"warning: {HOSTILE / name}: ")]
        assert len(mine) == 1 and reason in mine[0], (name, mine)
    data = json.loads((tmp_path / "briefing.json").read_text())
    assert sorted(s["path"] for s in data["sources"]) == [
        "article.html", "good.txt", "latin1.txt", "markup.md", "unbalanced.txt", "utf16.txt", "windows.txt"]
    strict = run(str(HOSTILE), "--strict", "--out", str(tmp_path / "s"), "--format", "md")
    assert strict.exit_code == 1 and not (tmp_path / "s").exists()


def test_encodings_are_read_correctly():
    loaded = readers.load([str(HOSTILE)])
    text = {s.path: s.text for s in loaded.sources}
    assert "Café owners said the plan was “a disaster” for trade – and Ms Lopez’s office" in text["windows.txt"]
    assert "Zürich-based investors, said Jürgen Weiß" in text["latin1.txt"]
    assert text["utf16.txt"].startswith('Tom Reed said: "The schools are already full')


def test_a_one_megabyte_line_and_an_oversized_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "line.txt").write_text("word " * 200_000 + "\n")
    (folder / "mixed.txt").write_text(GOOD + "x" * 1_000_000 + "\nSam Ray said: \"The plan will fail.\"\n")
    (folder / "huge.txt").write_bytes(b"a" * (files.MAX_BYTES + 1))
    result = run(str(folder), "--out", str(tmp_path / "o"), "--format", "json")
    assert result.exit_code == 0
    lines = warning_lines(result)
    assert f"warning: {folder / 'line.txt'}: skipped, its text is one line of 1,000,000 characters, over the 50,000-character limit for a paragraph" in lines
    assert f"warning: {folder / 'huge.txt'}: skipped, 5,242,881 bytes is over the 5,242,880-byte limit" in lines
    assert f"warning: {folder / 'mixed.txt'}: a line of up to 1,000,000 characters left out, over the 50,000-character limit for a paragraph" in lines
    data = json.loads((tmp_path / "o" / "briefing.json").read_text())
    assert [s["path"] for s in data["sources"]] == ["good.txt", "mixed.txt"]


def test_missing_path_and_folder_without_articles(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "only_json").mkdir()
    (tmp_path / "only_json" / "x.json").write_text("{}")
    (tmp_path / "a.txt").write_text(GOOD)
    result = run(str(tmp_path / "a.txt"), str(tmp_path / "nope"), str(tmp_path / "empty_dir"), str(tmp_path / "only_json"),
                 "--out", str(tmp_path / "o"), "--format", "md")
    assert result.exit_code == 0
    lines = warning_lines(result)
    assert f"warning: {tmp_path / 'nope'}: no such file or folder" in lines
    assert f"warning: {tmp_path / 'empty_dir'}: no articles found in this folder" in lines
    assert f"warning: {tmp_path / 'only_json'}: no articles found in this folder" in lines


def test_nothing_usable_exits_1_without_a_traceback(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    for name in ("empty.txt", "picture.txt", "fake.html", "no_article.html", "long_line.txt"):
        (folder / name).write_bytes((HOSTILE / name).read_bytes())
    result = run(str(folder), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert "no usable source" in result.stderr and "Traceback" not in result.output
    assert len(warning_lines(result)) == 5  # the five files; with nothing read, no word on the missing spec
    assert not (tmp_path / "o").exists()


def test_odd_file_names_stay_on_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "new\nline.txt").write_bytes(b"")
    result = run(str(folder), "--out", str(tmp_path / "o"), "--format", "md")
    assert result.exit_code == 0
    assert any("new\\nline.txt: skipped, it is empty" in line for line in warning_lines(result))


def test_a_reader_bug_is_a_warning_not_a_traceback(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.html").write_text(ARTICLE_PAGE)

    def broken(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(input_formats, "extract_html", broken)
    result = run(str(tmp_path), "--out", str(tmp_path / "o"), "--format", "md")
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert f"warning: {tmp_path / 'b.html'}: skipped, it could not be read (RuntimeError: parser exploded)" in warning_lines(result)


# --------------------------------------------------------------------------- nothing lost


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_inputs_are_never_modified_and_other_outputs_are_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in HOSTILE.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    before = _snapshot(folder)
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefing.json").write_text("old json")
    (out / "notes.txt").write_text("mine")
    result = run(str(folder), "--out", str(out), "--format", "md")
    assert result.exit_code == 0
    assert _snapshot(folder) == before
    assert (out / "briefing.json").read_text() == "old json" and (out / "notes.txt").read_text() == "mine"
    assert "\n# " in (out / "briefing.md").read_text()
    assert sorted(p.name for p in out.iterdir()) == ["briefing.json", "briefing.md", "notes.txt"]


def test_an_interrupted_render_leaves_the_old_output_whole(tmp_path, monkeypatch):
    from briefing import files

    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefing.pdf").write_bytes(b"%PDF old and whole")

    class Interrupted(Exception):
        pass

    real = os.fdopen

    def failing_fdopen(fd, *args, **kwargs):
        handle = real(fd, *args, **kwargs)
        handle.write(b"%PDF-1.7 half")
        handle.close()
        raise Interrupted("killed while writing")

    monkeypatch.setattr(files.os, "fdopen", failing_fdopen)
    with pytest.raises(Interrupted):
        files.write_atomic(out / "briefing.pdf", b"%PDF-1.7 new")
    assert (out / "briefing.pdf").read_bytes() == b"%PDF old and whole"
    assert [p.name for p in out.iterdir()] == ["briefing.pdf"]  # no temporary file left behind


# --------------------------------------------------------------------------- hostile content


HOSTILE_WORDS = 'Eve Hart said: "<script>alert(1)</script> [link](http://evil.example) # {{ 7*7 }} {% if x %}y{% endif %} **bold** | a | b |"'


@pytest.mark.parametrize("name, body", [
    ("a.txt", HOSTILE_WORDS + "\n"),
    ("a.html", "<html><head><title>T</title></head><body><article><p>"
               + HOSTILE_WORDS.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               + "</p><p>The council met on Monday to discuss the plan for the town.</p></article></body></html>"),
])
def test_markup_in_articles_shows_as_text_in_every_format(tmp_path, name, body):
    import pypdf

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(body)
    (folder / "briefing.toml").write_text(SPEC)
    out = tmp_path / "out"
    result = run(str(folder), "--out", str(out))
    assert result.exit_code == 0, result.output
    shown = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render((out / "briefing.md").read_text())
    assert "<script>" not in shown and 'href="http://evil.example"' not in shown and "<strong>bold" not in shown
    assert "{{ 7*7 }}" in shown and "**bold** | a | b |" in shown
    html = (out / "briefing.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "{% if x %}y{% endif %}" in html and "49" not in html.split("</head>")[1]
    data = json.loads((out / "briefing.json").read_text())
    texts = " ".join(b["text"] for b in data["blocks"])
    assert "<script>alert(1)</script>" in texts and "{{ 7*7 }}" in texts and "{% if x %}y{% endif %}" in texts
    pdf_text = " ".join(page.extract_text() for page in pypdf.PdfReader(out / "briefing.pdf").pages)
    assert "<script>alert(1)</script>" in pdf_text and "{{ 7*7 }}" in pdf_text


def test_a_title_or_outlet_typed_with_extra_spaces_is_read_with_single_ones():
    data = b'---\ntitle: "Council  backs the   harbour plan"\noutlet: "Tolvik\\n Herald"\n---\nJo Bell said: "We should go ahead."\n'
    source, warning = readers.read_bytes(data, "a.md", "S1", "markdown")
    assert warning is None and source.title == "Council backs the harbour plan" and source.outlet == "Tolvik Herald"
