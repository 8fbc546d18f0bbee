"""HTML and PDF outputs (issue 3): structure, safety, user templates."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from briefing.pipeline import build  # noqa: E402
from briefing.render import Options, render, write  # noqa: E402
from briefing.render.templates import render_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Long enough to need a line break in the list of sources.
SOURCE_URL = "https://news.example/2025/01/12/council-weighs-a-harbour-toll-for-the-fishing-fleet-and-ferry-service?id=7&page=2"
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
SECTION_TITLES = (
    "Summary",
    "Contents",
    "Where the outlets differ",
    "Commentary and framing",
    "Balance",
    "Sources",
    "How this briefing was made",
)
HOSTILE = (
    '<img src="file:///etc/passwd">',
    '<link rel=stylesheet href="http://127.0.0.1:9/x.css">',
    "<script>alert(1)</script>",
)


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def seed():
    result = build([str(SEEDS)])
    assert result.briefing is not None
    return result.briefing


@pytest.fixture(scope="module")
def seed_with_url(seed):
    """The seed briefing with a URL on its first source."""
    first = dataclasses.replace(seed.sources[0], url=SOURCE_URL, outlet="Example News")
    return dataclasses.replace(seed, sources=(first, *seed.sources[1:]))


@pytest.fixture(scope="module")
def small(seed):
    """A cut-down briefing: quick to lay out for the option tests."""
    return dataclasses.replace(seed, blocks=seed.blocks[:12])


@pytest.fixture(scope="module")
def seed_pdf(seed_with_url):
    return render(seed_with_url, "pdf")


@pytest.fixture(scope="module")
def reader(seed_pdf):
    return pypdf.PdfReader(io.BytesIO(seed_pdf))


@pytest.fixture(scope="module")
def seed_html(seed_with_url):
    return render(seed_with_url, "html").decode("utf-8")


# ---------------------------------------------------------------- helpers


def outline(reader):
    """(depth, title, page) for every outline entry."""
    out = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, " ".join(item.title.split()), reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return out


def links(reader):
    """(page, internal destination or None, external URI or None) per link annotation."""
    found = []
    for number, page in enumerate(reader.pages, 1):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            action = action.get_object() if action is not None else {}
            dest = annot.get("/Dest")
            found.append((number, str(dest) if dest is not None else None, action.get("/URI")))
    return found


def fonts(reader):
    out = {}
    for page in reader.pages:
        for _, font in (page["/Resources"].get("/Font") or {}).items():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = [k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor]
    return out


class Collect(HTMLParser):
    """Tags, attributes, ids and the stack balance of an HTML document."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
            "rect", "path", "circle", "line"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()


def parse(html: str) -> Collect:
    c = Collect()
    c.feed(html)
    c.close()
    return c


# ---------------------------------------------------------------- PDF structure


def test_seed_pdf_is_a_pdf(seed_pdf):
    # Its speed is measured by benchmarks/startup.py (CPU-s a page), not by a timed test.
    assert seed_pdf.startswith(b"%PDF-")


def test_pdf_has_several_pages_with_running_header_and_footer(reader, seed):
    n = len(reader.pages)
    assert n > 1
    assert f"Page 1 of {n}" in reader.pages[0].extract_text()
    third = reader.pages[2].extract_text()
    assert f"Page 3 of {n}" in third
    assert " ".join(seed.title.split()) in " ".join(third.split())


def test_pdf_outline_has_every_section(reader, seed):
    entries = outline(reader)
    assert entries[0][:2] == (0, " ".join(seed.title.split()))
    titles = [title for depth, title, _ in entries if depth == 1]
    assert titles[:2] == ["Summary", "Contents"]
    numbered = titles[2:]  # every top-level section after the contents, numbered in order
    positions = [p.label for p in seed.positions if p.id != "context"]
    expected = [*positions, "Background and context", *SECTION_TITLES[2:]]
    assert numbered == [f"{n}. {title}" for n, title in enumerate(expected, 1)]
    pages = [page for _, _, page in entries]
    assert pages == sorted(pages), "bookmarks out of page order"


def test_toc_page_numbers_match_the_sections(reader):
    pages = {title: page for depth, title, page in outline(reader) if depth == 1}
    toc = next(p.extract_text() for p in reader.pages if "\nContents\n" in p.extract_text())
    lines = [" ".join(line.split()) for line in toc.split("\nContents\n", 1)[1].splitlines()]
    checked = 0
    for title, page in pages.items():
        if title in ("Summary", "Contents"):
            continue
        line = next((line for line in lines if line.startswith(title)), None)
        assert line is not None, f"{title!r} missing from the contents"
        assert line.rstrip().endswith(f" {page}"), f"contents say {line!r}, bookmark says page {page}"
        checked += 1
    assert checked >= 6


def test_pdf_metadata(reader, seed):
    meta = reader.metadata
    assert meta.title == seed.title
    assert meta.subject == seed.question
    assert "briefing" in (meta.get("/Keywords") or "")
    assert str(meta.get("/Creator", "")).startswith("briefing")
    assert meta.author
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_pdf_is_ua_tagged(reader):
    xmp = reader.xmp_metadata
    assert xmp is not None
    parts = [n.value for n in xmp.get_nodes_in_namespace("", "http://www.aiim.org/pdfua/ns/id/")]
    assert parts == ["1"] or 'pdfuaid:part="1"' in xmp.stream.get_data().decode()
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]


def test_pdf_fonts_are_embedded(reader):
    found = fonts(reader)
    assert found
    for name, files in found.items():
        assert "/FontFile2" in files, f"{name} is not embedded"


def test_pdf_links(reader, seed_with_url):
    found = links(reader)
    internal = {dest for _, dest, _ in found if dest}
    external = {uri for _, _, uri in found if uri}
    names = set(reader.named_destinations)
    assert internal <= names, f"links to missing destinations: {internal - names}"
    cited = {s for b in seed_with_url.blocks for s in b.sources}
    assert {f"src-{s}" for s in cited} <= internal, "a cited source has no link to the source list"
    assert {f"src-{s.id}" for s in seed_with_url.sources} <= names
    assert any(d.startswith("block-") for d in internal)
    assert {"sec-1", "context", "differences", "sources", "method"} <= internal
    assert external == {SOURCE_URL}


def test_first_page_carries_the_summary_and_the_contents(reader):
    first = reader.pages[0].extract_text()
    assert "Summary" in first and "\nContents\n" in first, "no half-empty first page: the contents join the summary"


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def test_every_table_fits_the_width_of_the_page(small):
    """Column widths that leave out the cells' padding add up to more than
    the table: a table no wider than the text it stands in."""
    import weasyprint

    document = weasyprint.HTML(string=render(small, "html").decode("utf-8")).render()
    tables = [(box, page) for page in document.pages for box in _boxes(page._page_box) if type(box).__name__ == "TableBox"]
    assert any("profiles" in (box.element.get("class") or "") for box, _ in tables)
    for box, page in tables:
        right = page._page_box.margin_left + page._page_box.width
        assert box.position_x + box.border_width() <= right + 0.5, box.element.get("class")


def test_a_coverage_matrix_longer_than_a_page_starts_under_its_heading(seed):
    """A long matrix breaks between its rows: its heading is not left alone
    at the foot of an otherwise empty page."""
    import weasyprint

    rows = dataclasses.replace(seed, blocks=tuple(dataclasses.replace(b, sources=(b.sources[0],)) for b in seed.blocks))
    document = weasyprint.HTML(string=render(rows, "html").decode("utf-8")).render()

    def on(page, test):
        return any(test(box) for box in _boxes(page._page_box))

    def coverage_heading(box):
        return getattr(box, "element_tag", None) == "h3" and (box.element.text or "").startswith("Which sources reported what")

    heading = next(i for i, page in enumerate(document.pages) if on(page, coverage_heading))
    assert on(document.pages[heading], lambda b: getattr(b, "element_tag", None) == "td")


def test_long_url_breaks_between_its_parts(reader):
    """The URL is laid out whole or broken after a / or a hyphen or before ? & #, never inside a word."""
    text = next(p.extract_text() for p in reader.pages if "news.example" in p.extract_text())
    start = text.index("https://news.example/")
    lines = [line.strip() for line in text[start:].splitlines()]
    joined, pieces = "", []
    for line in lines:
        if joined == SOURCE_URL:
            break
        pieces.append(line[: len(SOURCE_URL) - len(joined)])
        joined += pieces[-1]
    assert joined == SOURCE_URL, lines[:4]
    assert len(pieces) > 1, "the test URL should need a line break"
    for before, after in zip(pieces, pieces[1:]):
        assert before.endswith(("/", "-")) or after[0] in "?&#", (before, after)
    assert pieces[0].startswith("https://news.example/")


def test_every_citation_in_the_html_is_a_link(seed_html, seed_with_url):
    doc = parse(seed_html)
    cites = [a for tag, a in doc.tags if tag == "a" and "cite" in (a.get("class") or "").split()]
    markers = sum(len(b.sources) for b in seed_with_url.blocks if b.kind != "commentary")
    assert len(cites) >= markers
    assert all((a.get("href") or "").startswith("#src-S") for a in cites)
    named = seed_with_url.sources[0]
    assert f'<a class="cite" href="#src-{named.id}">{named.outlet}</a>' in seed_html, "citations name the outlet"
    assert not re.search(r">\[?S\d+\]?<", seed_html), "no source is called by its bare id"


def test_pdf_a_variant(small):
    reader = pypdf.PdfReader(io.BytesIO(render(small, "pdf", Options(pdf_variant="pdf/a-3b"))))
    xmp = reader.xmp_metadata
    assert (xmp.pdfaid_part, xmp.pdfaid_conformance) == ("3", "B")
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def test_unknown_pdf_variant_is_refused(small):
    with pytest.raises(ValueError, match="unknown PDF variant"):
        render(small, "pdf", Options(pdf_variant="pdf/nonsense"))


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size(small, paper, size):
    reader = pypdf.PdfReader(io.BytesIO(render(small, "pdf", Options(paper=paper))))
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


def test_write_puts_both_files_in_place(small, tmp_path):
    paths = write(small, tmp_path, ["html", "pdf"])
    assert [p.name for p in paths] == ["briefing.html", "briefing.pdf"]
    assert paths[1].read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.html", "briefing.pdf"]


# ---------------------------------------------------------------- HTML


def test_html_is_self_contained(seed_html):
    doc = parse(seed_html)
    names = {tag for tag, _ in doc.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    assert "<script" not in seed_html.lower()
    for tag, attrs in doc.tags:
        for key in ("src", "srcset", "action", "formaction", "data", "poster", "xlink:href"):
            assert key not in attrs, f"<{tag} {key}=...>"
        for key, value in attrs.items():
            assert not key.startswith("on"), f"event handler on <{tag}>"
            if key == "style":
                assert "url(" not in (value or "")
        href = attrs.get("href")
        if href is not None and tag == "a" and not href.startswith("#"):
            assert href == SOURCE_URL, f"unexpected external link {href}"
    style = seed_html[seed_html.index("<style>") : seed_html.index("</style>")]
    assert "url(" not in style and "@import" not in style and "http" not in style


def test_html_is_well_formed_html5(seed_html):
    assert seed_html.startswith("<!DOCTYPE html>")
    doc = parse(seed_html)
    assert not doc.errors, doc.errors[:5]
    assert not doc.stack, f"unclosed: {doc.stack}"
    html_tag = next(a for t, a in doc.tags if t == "html")
    assert html_tag.get("lang") == "en"
    metas = {a.get("name"): a.get("content") for t, a in doc.tags if t == "meta" and a.get("name")}
    assert "width=device-width" in metas["viewport"]
    assert {"description", "keywords", "author", "generator"} <= set(metas)
    ids = [a["id"] for _, a in doc.tags if a.get("id")]
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = {a["href"][1:] for t, a in doc.tags if t == "a" and (a.get("href") or "").startswith("#")}
    assert targets <= set(ids), f"links to missing ids: {targets - set(ids)}"
    tinyhtml5 = pytest.importorskip("tinyhtml5")
    parser = tinyhtml5.parser.HTMLParser()
    parser.parse(seed_html)
    assert not parser.errors, parser.errors[:5]


def test_html_has_the_briefing_parts(seed_html, seed_with_url):
    b = seed_with_url
    assert f"<title>{b.title}</title>" in seed_html
    assert "the order implies no ranking" in seed_html
    assert seed_html.count("implies no ranking") == 1
    for s in b.sources:
        assert f'id="src-{s.id}"' in seed_html
    for block in b.blocks:
        assert f'id="block-{block.id}"' in seed_html
    assert 'class="matrix' in seed_html and 'class="hit"' in seed_html
    assert "<svg" in seed_html and "<rect" in seed_html
    assert "<del>" in seed_html and "<ins>" in seed_html
    assert "Page " not in seed_html.split("</style>", 1)[1]  # page numbers come from CSS only
    assert "@media print" in seed_html and "target-counter" in seed_html
    assert "size: A4" in seed_html


def test_letter_paper_in_the_template(small):
    assert "size: letter" in render_text(small, "briefing.html.j2", Options(paper="letter"))


# ---------------------------------------------------------------- hostile input


def _hostile_briefing(folder: Path):
    folder.mkdir()
    (folder / "article.md").write_text(
        textwrap.dedent(
            """\
            ---
            title: "<script>alert(1)</script> Council row"
            outlet: "<img src=\\"file:///etc/passwd\\"> Gazette"
            url: "javascript:alert(1)"
            date: 2025-02-01
            ---
            Councillor Jane Smith said: "We will not accept <script>alert(1)</script> in our town."

            The council met on Tuesday to discuss <img src="file:///etc/passwd"> and <link rel=stylesheet href="http://127.0.0.1:9/x.css"> in the budget.
            """
        ),
        encoding="utf-8",
    )
    return folder


def test_hostile_article_is_shown_as_text(tmp_path):
    b = build([str(_hostile_briefing(tmp_path / "in"))]).briefing
    b = dataclasses.replace(b, question='<link rel=stylesheet href="http://127.0.0.1:9/x.css">?')
    html = render(b, "html").decode("utf-8")
    doc = parse(html)
    names = {tag for tag, _ in doc.tags}
    assert not names & {"script", "img", "link"}
    for raw in HOSTILE:
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert "&lt;link rel=stylesheet href=&#34;http://127.0.0.1:9/x.css&#34;&gt;" in html
    assert 'href="javascript:' not in html  # a non-http source URL is shown, not linked
    assert "javascript:alert(1)" in html


PROBE = r"""
import io, json, logging, os, sys
logging.basicConfig(level=logging.DEBUG, format="LOG %(name)s %(levelname)s %(message)s")
from pathlib import Path
from briefing.pipeline import build
from briefing.render import render, Options
from briefing.render.pdf import to_pdf

events = []
def hook(event, args):
    if event == "open" and args and "passwd" in str(args[0]):
        events.append([event, str(args[0])])
    elif event.startswith("socket.") and event not in ("socket.gethostname",):
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)

b = build([sys.argv[1]]).briefing
pdf = render(b, "pdf")
raw = ('<!DOCTYPE html><html lang="en"><head><title>t</title>'
       '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
       '<style>@import url("http://127.0.0.1:9/y.css"); body { background: url(file:///etc/passwd) }'
       '@font-face { font-family: X; src: url(http://127.0.0.1:9/f.ttf) } p { font-family: X }</style>'
       '</head><body><p>text</p><img src="file:///etc/passwd" alt="x">'
       '<img src="http://127.0.0.1:9/i.png" alt="y"><object data="file:///etc/passwd"></object></body></html>')
pdf2 = to_pdf(raw, b, Options())
print(json.dumps({"events": events, "sizes": [len(pdf), len(pdf2)]}))

# Positive control: WeasyPrint with its default fetcher does open the file.
if os.path.exists("/etc/passwd"):
    import weasyprint
    logging.disable(logging.CRITICAL)
    weasyprint.HTML(string='<img src="file:///etc/passwd" alt="x">').write_pdf()
    print(json.dumps({"control": events[:1]}))
"""


def test_pdf_rendering_opens_no_file_and_no_socket(tmp_path):
    folder = _hostile_briefing(tmp_path / "in")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    result = lines[0]
    assert result["events"] == [], result["events"]
    assert all(size > 1000 for size in result["sizes"])
    if len(lines) > 1:  # the audit hook does see an open when one happens
        assert lines[1]["control"], "the positive control saw nothing: the probe is blind"
    noise = [line for line in proc.stderr.splitlines() if line.strip()]
    assert noise == [], "stderr while rendering the PDF:\n" + "\n".join(noise[:20])


# ---------------------------------------------------------------- user templates


def test_user_template_extends_the_default(small, tmp_path):
    (tmp_path / "briefing.html.j2").write_text(
        '{% extends "default:briefing.html.j2" %}\n'
        "{% block title %}Custom &amp; title{% endblock %}\n"
        "{% block summary %}<p>My own summary.</p>{% endblock %}\n"
        "{% block footer %}<p>Prepared by the test desk.</p>{% endblock %}\n"
        "{% block styles %}{{ super() }} body { color: #123456; }{% endblock %}\n",
        encoding="utf-8",
    )
    options = Options(templates=tmp_path)
    html = render(small, "html", options).decode("utf-8")
    assert "<title>Custom &amp; title</title>" in html
    assert ">Custom &amp; title</h1>" in html
    assert "<p>My own summary.</p>" in html and "What happened, as reported" not in html
    assert "Prepared by the test desk." in html
    assert "color: #123456" in html and "@page" in html  # super() kept the packaged styles
    assert 'id="sources"' in html  # everything else still comes from the packaged template
    default = render(small, "html").decode("utf-8")
    assert "Prepared by the test desk." not in default
    reader = pypdf.PdfReader(io.BytesIO(render(small, "pdf", options)))
    assert reader.metadata.title == "Custom & title"
    assert "Prepared by the test desk." in "".join(p.extract_text() for p in reader.pages)


def test_user_stylesheet_replaces_the_packaged_one(small, tmp_path):
    (tmp_path / "briefing.css").write_text("body { color: #654321; }\n", encoding="utf-8")
    html = render(small, "html", Options(templates=tmp_path)).decode("utf-8")
    assert "color: #654321" in html
    assert "target-counter" not in html


# ---------------------------------------------------------------- attachable

DOCUMENT_SPEC = """title = "Harbour toll"
author = "Ines Farrow"
organisation = "Lakeside Policy Unit"
reference = "LPU-2031-014"
version = "Version 2, 3 April 2031"
licence = "For internal use; not for publication."
[[positions]]
id = "for"
label = "For the toll"
"""


def test_optional_cover_fields_on_the_cover_and_in_the_pdf_metadata(small, reader):
    import tomllib

    from briefing.spec import SpecError, parse_spec

    document = parse_spec(tomllib.loads(DOCUMENT_SPEC)).document
    with pytest.raises(SpecError, match="reference"):
        parse_spec(tomllib.loads(DOCUMENT_SPEC.replace('"LPU-2031-014"', "14")))
    b = dataclasses.replace(small, blocks=small.blocks[:3], document=document)
    html = render(b, "html").decode()
    cover = html.split('<header class="cover"', 1)[1].split("</header>", 1)[0]
    for shown in ("Ines Farrow, Lakeside Policy Unit", "LPU-2031-014", "Version 2, 3 April 2031", "For internal use; not for publication."):
        assert shown in cover
        assert shown in render(b, "md").decode()
    assert json.loads(render(b, "json"))["document"]["reference"] == "LPU-2031-014"
    meta = pypdf.PdfReader(io.BytesIO(render(b, "pdf"))).metadata
    assert meta.author == "Ines Farrow, Lakeside Policy Unit"
    assert (meta.get("/Reference"), meta.get("/Version"), meta.get("/Rights")) == (
        "LPU-2031-014", "Version 2, 3 April 2031", "For internal use; not for publication.")
    # Absent when not given: no empty labels, no JSON key, no PDF entry.
    plain = render(small, "html").decode()
    assert "Prepared by" not in plain and "Reference" not in plain and 'class="licence"' not in plain
    assert "document" not in json.loads(render(small, "json"))
    assert not {"/Reference", "/Version", "/Rights"} & set(reader.metadata), "the seed's spec gives none of them"


def test_a_contents_list_split_by_a_page_leaves_three_entries_on_each(small):
    """The contents list is pushed down the first page step by step: where a
    page ends inside it, each page holds three entries at least, never one
    or two cut off from the rest."""
    import weasyprint

    page = render(small, "html").decode("utf-8")
    head = page.split("<body", 1)[0]
    toc = re.search(r'<nav class="toc".*?</nav>', page, re.S)
    assert toc is not None
    split = []
    for height in (19.0, 19.5, 20.0, 20.5, 21.0, 21.5, 22.0, 22.5, 23.0):
        pdf = weasyprint.HTML(string=f'{head}<body><div style="height:{height}cm"></div>{toc.group(0)}</body></html>').write_pdf()
        counts = [len(re.findall(r"(?m)^\d+\. ", p.extract_text())) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
        assert not {1, 2} & set(counts), (height, counts)
        split += [counts] if min(counts) > 0 and len(counts) > 1 else []
    assert split  # the list was cut by a page at some height, so the rule was put to the test


def test_a_disputed_detail_is_not_cut_from_its_statement_by_a_page(small):
    """Three disputed details of five readings each, pushed down the page
    step by step: the readings of each detail after the first are printed
    on the page that prints its statement, wherever the table breaks (the
    first may be cut where the table starts at a page's foot: moved whole,
    it would leave the table's head row alone)."""
    import weasyprint

    from briefing.model import Disputed, Reading

    topics = ("The marina adds berths by spring.", "The slipway costs more to mend.", "The harbour wall takes longer.")
    details = tuple(
        Disputed(topic, tuple(Reading(f"{n}{k}7 units", (small.sources[k % 2].id,)) for k in range(5)))
        for n, topic in enumerate(topics, 1)
    )
    page = render(dataclasses.replace(small, disputed=details), "html").decode("utf-8")
    head = page.split("<body", 1)[0]
    table = re.search(r'<table class="disputed">.*?</table>', page, re.S)
    assert table is not None
    moved = 0
    for height in (15.0, 16.0, 17.0, 18.0, 19.0, 20.0):
        pdf = weasyprint.HTML(string=f'{head}<body><div style="height:{height}cm"></div>{table.group(0)}</body></html>').write_pdf()
        texts = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
        for n, topic in enumerate(topics[1:], 2):
            on = [i for i, t in enumerate(texts) if topic in t]
            assert len(on) == 1 and all(f"{n}{k}7 units" in texts[on[0]] for k in range(5)), (height, topic)
            moved += on[0] > 0 and topics[n - 2] in texts[on[0] - 1]
    assert moved  # at some height a later detail began on the next page, so the rule was put to the test


def test_a_long_title_runs_in_the_page_head_on_one_line(small):
    import weasyprint
    from weasyprint.formatting_structure import boxes

    def lines(box) -> int:
        return isinstance(box, boxes.LineBox) + sum(lines(c) for c in getattr(box, "children", []))

    title = "Harbour board weighs a toll on every berth, the ferry pier and the slipway after the winter storms " * 2
    document = weasyprint.HTML(string=render(dataclasses.replace(small, title=title), "html").decode("utf-8")).render()
    heads = [m for page in document.pages[1:] for m in page._page_box.children if getattr(m, "at_keyword", "") == "@top-left"]
    assert heads and all(lines(m) == 1 for m in heads)
