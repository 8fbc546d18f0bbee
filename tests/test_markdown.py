"""The Markdown briefing as a wiki shows it (issue 12), and metadata fields
escaped in every format (issue 14, item 3).

The Markdown is rendered with markdown-it-py (CommonMark with the GFM table
and strikethrough rules, footnotes, and heading anchors as GitHub makes them),
and the checks are on the rendered page's structure."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin

from briefing.pipeline import build
from briefing.readers import read_bytes
from briefing.render import render
from briefing.render.text import inner_quotes, markdown_escape, url_parts, web_link

SPEC = """title = "Harbour toll"
question = "Should the harbour charge a toll?"
[[positions]]
id = "for"
label = "For the toll"
cues = ["pay for the new ferry"]
[[positions]]
id = "against"
label = "Against the toll"
cues = ["tax on fishing families"]
"""
COURIER_URL = "https://courier.example/news/harbour-toll_vote(2031)?ref=front&page=2"
COURIER = f"""---
outlet: The Valley Courier
title: Harbour toll vote splits the council
date: 2031-04-02
url: {COURIER_URL}
---
Mara Lindqvist said: "The harbour toll will pay for the new ferry."

Tomas Ebbe said: "The toll is a tax on fishing families, a cost-of-living blow (or worse)."

The council meets on Friday to vote on the toll.
"""
DAILY = """---
outlet: Northshore Daily
url: https://daily.example/toll
---
# Council weighs harbour toll

Mara Lindqvist said: "The harbour toll will pay for the new ferry."

Tomas Ebbe said: "The toll is a tax on fishing families."
"""
NOTES = 'Ines Farrow said: "Boats already pay a mooring fee, and the quay needs repairs."\n'


def markdown(text: str) -> list[Token]:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin).use(anchors_plugin, max_level=2)
    return md.parse(text)


def walk(tokens: list[Token]):
    for t in tokens:
        yield t
        yield from walk(t.children or [])


def text_of(tokens: list[Token]) -> str:
    """The page's visible text, as a reader sees it."""
    return "".join(t.content for t in walk(tokens) if t.type in ("text", "code_inline"))


def links(tokens: list[Token]) -> list[tuple[str, str]]:
    """(href, link text) for every link on the page."""
    found, inside = [], None
    for t in walk(tokens):
        if t.type == "link_open":
            inside = [t.attrs["href"], ""]
        elif t.type == "link_close" and inside:
            found.append(tuple(inside))
            inside = None
        elif inside is not None and t.type == "text":
            inside[1] += t.content
    return found


def section(tokens: list[Token], title_end: str) -> list[Token]:
    """The tokens under the h2 whose text ends with ``title_end``, up to the next h2."""
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.tag == "h2" and tokens[i + 1].content.endswith(title_end):
            end = next((j for j in range(i + 1, len(tokens)) if tokens[j].type == "heading_open" and tokens[j].tag == "h2"), len(tokens))
            return tokens[i + 3 : end]
    raise AssertionError(f"no section {title_end!r}")


@pytest.fixture(scope="module")
def toll(tmp_path_factory):
    folder = tmp_path_factory.mktemp("toll")
    (folder / "briefing.toml").write_text(SPEC)
    (folder / "a-courier.txt").write_text(COURIER)
    (folder / "b-daily.md").write_text(DAILY)
    (folder / "c_notes_2031.txt").write_text(NOTES)
    result = build([str(folder)])
    assert result.briefing is not None
    return result.briefing


@pytest.fixture(scope="module")
def page(toll):
    raw = render(toll, "md").decode("utf-8")
    return raw, markdown(raw)


def test_txt_front_matter_is_read_like_markdown(toll):
    by_path = {s.path: s for s in toll.sources}
    courier = by_path["a-courier.txt"]
    assert (courier.outlet, courier.title, courier.date, courier.url) == (
        "The Valley Courier", "Harbour toll vote splits the council", "2031-04-02", COURIER_URL)
    assert "outlet:" not in courier.text and not courier.text.startswith("---")
    # A .txt that opens with a rule and no known field keeps its text.
    plain, _ = read_bytes(b"---\nA line between rules\n---\nJo Prell said: \"We wait.\"\n", "p.txt", "S1", "text")
    assert plain.outlet is None and "A line between rules" in plain.text


def test_raw_html_tags_in_markdown_are_markup_not_words():
    body = b'<embed-post post-id="4417"><embed-post/>.\n\nJo Prell said the quay would <b>reopen</b> in May.\n'
    source, _ = read_bytes(body, "p.md", "S1", "markdown")
    assert "post-id" not in source.text and "<b>" not in source.text
    assert "Jo Prell said the quay would reopen in May." in source.text
    assert not any(line.strip() == "." for line in source.text.splitlines())


def test_page_has_one_title_a_contents_list_and_numbered_sections(page, toll):
    _, tokens = page
    headings = [(tokens[i].tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert [h for h in headings if h[0] == "h1"] == [("h1", "Harbour toll")]
    top = [text for tag, text in headings if tag == "h2"]
    assert [int(t.split(".")[0]) for t in top] == list(range(1, len(top) + 1))
    anchors = {t.attrs["id"] for t in walk(tokens) if t.type == "heading_open" and "id" in t.attrs}
    internal = [href for href, _ in links(tokens) if href.startswith("#")]
    contents = [href for href, _ in links(tokens[: next(i for i, t in enumerate(tokens) if t.tag == "blockquote")])]
    assert len(contents) == len(top), "the contents list one link per numbered section"
    assert {href[1:] for href in internal} <= anchors, "every internal link lands on a heading"


def test_sources_are_listed_under_their_heading_with_working_links(page, toll):
    _, tokens = page
    under = section(tokens, "Sources")
    items = [t for t in under if t.type == "list_item_open"]
    assert len(items) == len(toll.sources)
    assert under[0].type == "ordered_list_open"
    listed = text_of(under)
    for name in ("The Valley Courier", "Northshore Daily", "c_notes_2031.txt"):
        assert name in listed
    assert "Harbour toll vote splits the council" in listed and "2031-04-02" in listed
    assert (COURIER_URL, COURIER_URL) in links(under), "the URL is shown intact, as a working link"


def test_citations_name_the_outlet_and_link_to_it_without_back_links(page, toll):
    raw, tokens = page
    cited = links(tokens)
    assert (COURIER_URL, "The Valley Courier") in cited
    assert ("https://daily.example/toll", "Northshore Daily") in cited
    notes = next(s for s in toll.sources if s.path == "c_notes_2031.txt")
    assert any(text == "c_notes_2031.txt" and href.startswith("#") for href, text in cited), "a source with no URL links to the Sources list"
    assert not [t for t in walk(tokens) if t.type.startswith("footnote")], "no footnotes, so no rows of back-links"
    assert not re.search(r"\bS\d+\b", text_of(tokens)), "no source is called by its bare id"
    assert notes.id not in text_of(tokens)


def test_every_block_is_shown_and_the_coverage_matrix_is_a_table(page, toll):
    raw, tokens = page
    shown = {t.content for t in walk(tokens) if t.type == "code_inline"}
    assert {b.id for b in toll.blocks} <= shown
    under = section(tokens, "Where the outlets differ")
    header = text_of(under[next(i for i, t in enumerate(under) if t.type == "thead_open") :][:40])
    assert "Block" in header and "The Valley Courier" in header and "Northshore Daily" in header


def test_raw_markdown_is_readable_with_escapes_only_where_needed(page):
    raw, tokens = page
    assert raw.count("\\") <= 3, [line for line in raw.splitlines() if "\\" in line]
    assert "cost-of-living blow (or worse)" in raw
    assert "c_notes_2031.txt" in raw and "harbour-toll_vote(2031)" in raw


HOSTILE = [
    "# Not a heading",
    "- not a list item",
    "7. not a numbered item",
    "> not a quotation block",
    "<b>not bold</b> and <!-- not a comment -->",
    "[not a link](https://evil.example) ![no picture](https://evil.example/p.png)",
    "[S1] is not a citation and [^1] not a footnote",
    "*not emphasis* and _not emphasis_ and `not code`",
    "a | not | a table cell",
    "~~not struck~~ and $1 to $2",
    "&amp; stays as typed",
    "a trailing hash #",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escape_keeps_text_as_text(text):
    for where in ("{}", "- {}", "# {}", "| {} |\n|---|"):
        tokens = markdown(where.format(markdown_escape(text)))
        kinds = {t.type for t in walk(tokens)}
        assert not kinds & {"link_open", "image", "em_open", "strong_open", "s_open", "code_inline", "html_inline", "html_block",
                            "footnote_ref", "blockquote_open", "ordered_list_open"}, (where, kinds)
        assert text in text_of(tokens), where
    assert markdown_escape("working-class 000_b88.txt (or) [sic]") == "working-class 000_b88.txt (or) [sic]"
    assert markdown_escape("see [[Harbour]]") == "see \\[[Harbour]]", "no Obsidian wiki link"
    assert markdown_escape("about ~40 boats for $9") == "about ~40 boats for $9", "one ~ or $ cannot pair"


# --------------------------------------------------------------- issue 14.3


def test_metadata_is_text_and_only_web_urls_become_links(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "briefing.toml").write_text(SPEC)
    (folder / "a.md").write_text(
        "---\n"
        "outlet: \"<img src=x onerror=alert(1)> [Wire](https://evil.example)\"\n"
        "title: \"**Loud** <b>title</b>\"\n"
        "date: \"<script>alert(1)</script>\"\n"
        "url: \"javascript:alert(1)\"\n"
        "author: \"# Ada Quill\"\n"
        "---\n" + NOTES
    )
    (folder / "b.md").write_text("---\noutlet: Wire\nurl: \"data:text/html,<script>alert(2)</script>\"\n---\n" + NOTES)
    b = build([str(folder)]).briefing
    assert b is not None
    md = render(b, "md").decode()
    shown = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    page = render(b, "html").decode()
    body = page.split("<body>", 1)[1]
    for out in (shown, body):
        assert "<script" not in out and "<img" not in out and "<b>" not in out
        hrefs = re.findall(r'href="([^"]*)"', out)
        assert all(h.startswith("#") for h in hrefs), hrefs  # neither source has a web URL; none in a field becomes a link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "javascript:alert(1)" in shown and "javascript:alert(1)" in body, "a URL that is not a web link is shown as text"
    assert "# Ada Quill" in shown


def test_a_quote_within_a_quote_takes_single_marks_and_keeps_its_words():
    said = 'The mayor called it "a fair fee" and the harbour master said "no".'
    assert inner_quotes(said) == "The mayor called it ‘a fair fee’ and the harbour master said ‘no’."
    assert inner_quotes("She read “Harbour Days” aloud.") == "She read ‘Harbour Days’ aloud."
    unpaired = 'He said "we will see.'
    assert inner_quotes(unpaired) == unpaired, "marks that do not pair up are left as they are"


def test_url_parts_break_only_between_parts():
    url = "https://courier.example/news/2031/harbour-toll?ref=front&page=2#votes"
    parts = url_parts(url)
    assert "".join(parts) == url and parts[0] == "https://courier.example/"
    assert parts[1:] == ("news/", "2031/", "harbour-toll", "?ref=front", "&page=2", "#votes")
    assert url_parts("mailto:desk@courier.example") == ("mailto:desk@courier.example",)


def test_only_web_urls_become_links_and_they_stay_as_written():
    for refused in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://files.example/a",
                    "//courier.example/a", "https:///no-host", "", None):
        assert web_link(refused) is None, refused
    assert web_link("HTTPS://courier.example/Straße/(2031)?a=1&b=2") == "HTTPS://courier.example/Straße/(2031)?a=1&b=2"
    assert web_link('https://courier.example/a b<c>"d\u202e') == "https://courier.example/a%20b%3Cc%3E%22d%E2%80%AE"


def test_a_fact_told_two_ways_is_not_shown_as_a_quotation(make_articles):
    folder = make_articles(
        {
            "a.txt": "Mayor Ines Varga opened the new tram line to Oakfield on Monday morning.",
            "b.txt": "Mayor Ines Varga has opened the new tram line to Oakfield, on Monday.",
        }
    )
    b = build([str(folder)]).briefing
    fact = next(x for x in b.blocks if x.kind == "event" and x.variants)
    differences = section(markdown(render(b, "md").decode()), "Where the outlets differ")
    shown = [t.content for t in walk(differences) if t.type == "inline" and t.content.startswith(f"**`{fact.id}`**")]
    assert len(shown) == 1 and fact.text in shown[0]
    assert f"“{fact.text}”" not in shown[0] and " : " not in shown[0]


def test_the_word_diff_marks_no_change_of_case_hyphen_or_quote_mark():
    from briefing.render.view import word_diff

    canonical = "We have costed every route, and the ferry is the only one that leaves no island cut off."
    variant = "We have ‘costed’ every route – and the Ferry is the only one that leaves no island cut-off."
    # Case, a hyphen for a space, quote marks and a dash are the same words: one run, as the variant prints it.
    assert word_diff(canonical, variant) == (("equal", variant),)
    runs = word_diff(canonical, "We have priced every route, and the ferry is the only one that leaves no island cut-off.")
    assert [(op, text) for op, text in runs if op != "equal"] == [("delete", "costed"), ("insert", "priced")]


def test_the_sources_list_names_an_author_only_when_it_is_not_the_outlet(make_articles):
    note = "The Brisa ferry will stop at Corve pier from the first of May.\n"
    folder = make_articles(
        {
            "a.md": '---\noutlet: "Corve Courier"\nauthor: "Corve Courier"\n---\n' + note,
            "b.md": '---\noutlet: "Ferry Weekly"\nauthor: "Lina Moss"\n---\n' + note,
        }
    )
    b = build([str(folder)]).briefing
    assert b is not None
    for fmt in ("md", "html"):
        sources = render(b, fmt).decode().split("Sources", 2)[-1]
        assert "By Lina Moss." in sources, fmt
        assert "By Corve Courier." not in sources, fmt  # the site signing as itself names no author


def test_a_sentence_carrying_the_whole_quote_is_not_listed_as_a_paraphrase_of_it(make_articles):
    folder = make_articles(
        {
            "a.txt": '"The old pier will reopen to anglers in June once the deck is replaced," boasted harbour master Odile Pask.\n',
            "b.txt": 'Harbour master Odile Pask said the old pier would "reopen to anglers in June" after repairs.\n',
        }
    )
    b = build([str(folder)]).briefing
    assert b is not None
    (block,) = [x for x in b.blocks if x.kind == "quote"]
    assert {v.source for v in block.variants if v.kind == "paraphrase"} == {"S1", "S2"}  # a.txt's kept for its framing word
    md = render(b, "md").decode()
    diff = md.split("### Differences in wording", 1)[1].split("\n## ", 1)[0]
    assert "([a.txt][S1])" in diff  # a.txt printed the words whole: the text's own source
    assert "In paraphrase, quoting parts of it: [b.txt][S2]\n" in diff  # only b.txt quoted parts


def test_who_holds_a_position_lists_its_holders_in_the_order_of_their_groups(make_articles):
    # The first file quotes Nell Ardo; Rufus Penn is quoted by two outlets, so his group comes
    # first, and the holders' line must not follow the files' names instead.
    spec = (
        'title = "Tolsey market hall"\nquestion = "Should the market hall be sold?"\n'
        'positions = [{id = "sell", label = "Sell the hall", cues = ["sell the hall"]},'
        ' {id = "keep", label = "Keep the hall", cues = ["keep the hall"]}]\n'
        '[actors]\n"Nell Ardo" = "sell"\n"Rufus Penn" = "sell"\n'
    )
    penn = 'Councillor Rufus Penn said: "The repairs would cost more than the hall earns in ten years."\n'
    folder = make_articles(
        {
            "a.txt": 'Nell Ardo, who keeps a fruit stall, said: "Half the stalls have stood empty since spring."\n',
            "b.txt": penn,
            "c.txt": penn,
        },
        spec=spec,
    )
    b = build([str(folder)]).briefing
    assert b is not None
    md = render(b, "md").decode()
    section = md.split("## 1. Sell the hall", 1)[1]
    assert section.index("### Rufus Penn") < section.index("### Nell Ardo")
    holders = section.split("**Who holds it:**", 1)[1].split("\n", 1)[0]
    assert holders.index("Rufus Penn") < holders.index("Nell Ardo"), holders


def test_a_speaker_described_in_lower_case_starts_its_line_with_a_capital(make_articles):
    spec = (
        'title = "Kelby ferry fares"\nquestion = "Should ferry fares rise?"\n'
        'positions = [{id = "up", label = "Raise the fares", cues = ["raise the fares"]},'
        ' {id = "hold", label = "Hold the fares", cues = ["hold the fares"]}]\n'
    )
    folder = make_articles(
        {"a.txt": "The crossing to Kelby will cost twelve pounds a trip from June, according to the harbour board.\n"},
        spec=spec,
    )
    b = build([str(folder)]).briefing
    assert b is not None
    (block,) = [x for x in b.blocks if x.speaker]
    assert block.speaker == "the harbour board"  # as the source prints it
    md = render(b, "md").decode()
    assert "\n- The harbour board: As a.txt reported it:" in md
    assert "| **The harbour board:** The crossing" in md  # the coverage table's cell
    html = render(b, "html").decode()
    assert '<span class="who">The harbour board:</span>' in html


def test_one_source_is_counted_as_one_and_not_called_the_newest(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\noutlet: Wrayholm Gazette\ndate: 2031-06-09\n---\n"
        'Ria Moss said: "The lock gates will be shut for the whole summer."\n'
    )
    b = build([str(folder)]).briefing
    assert b is not None
    md, page = render(b, "md").decode(), render(b, "html").decode()
    assert "1 source from 1 outlet · dated 2031-06-09 · " in md and "*Sources:* 1 article, dated 2031-06-09." in md
    assert "<dt>Source dated</dt>" in page and "<strong>Sources:</strong> 1 article, dated 2031-06-09." in page
    assert "newest" not in md.casefold() and "newest" not in page.casefold()
    # a briefing of one statement says "1 block", as it says "1 source"
    assert len(b.blocks) == 1 and " · 1 block\n" in md and "<dd>1 block</dd>" in page
