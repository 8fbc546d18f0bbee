"""Bulleted lists in the PDF: the bullet hangs left of the text, as an
outside marker would, and is tagged as the item's label (PDF/UA)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
weasyprint = pytest.importorskip("weasyprint")

CSS = (Path(__file__).resolve().parent.parent / "templates" / "briefing.css").read_text(encoding="utf-8")
LONG = "The ferry timetable was changed twice this winter, and each change was announced a day late " * 3
HTML = f"""<!DOCTYPE html><html lang="en"><head><title>Lists</title><style>{CSS}</style></head><body>
<ul class="blocks"><li id="one"><span class="t">{LONG}</span> <span class="bid">B1</span></li>
<li id="two"><span class="t">A short line.</span></li></ul>
<ul class="warnings"><li id="warn">{LONG}</li></ul>
</body></html>"""


@pytest.fixture(scope="module")
def document():
    return weasyprint.HTML(string=HTML).render(pdf_tags=True)


def _lines(document, anchor):
    """The line boxes of the list item ``anchor``, in order."""
    page = document.pages[0]._page_box
    item = next(box for box in page.descendants() if getattr(box, "element", None) is not None
                and box.element.get("id") == anchor and box.element_tag == "li")
    return [box for box in item.descendants() if type(box).__name__ == "LineBox"]


def _text_x(line):
    """Where the line's own text starts (after the bullet on the first line)."""
    texts = [box for box in line.descendants() if type(box).__name__ == "TextBox"
             and not box.element_tag.endswith("::marker") and box.text.strip()]
    return texts[0].position_x


def test_wrapped_lines_of_a_bulleted_item_start_under_its_first_words(document):
    lines = _lines(document, "one")
    assert len(lines) > 2
    first = _text_x(lines[0])
    assert all(abs(_text_x(line) - first) < 0.5 for line in lines[1:])
    bullet = next(box for box in lines[0].descendants() if type(box).__name__ == "TextBox" and box.text.startswith("•"))
    assert bullet.position_x < first


def test_a_list_without_bullets_keeps_its_lines_flush(document):
    lines = _lines(document, "warn")
    assert len(lines) > 1
    assert abs(_text_x(lines[0]) - _text_x(lines[1])) < 0.5


def test_each_bullet_is_tagged_as_its_items_label(document):
    reader = pypdf.PdfReader(io.BytesIO(document.write_pdf(pdf_tags=True)))
    labels = []

    def walk(node, parent):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if node.get("/S") == "/Lbl":
            labels.append(parent)
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else []
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object"):
                walk(kid, node.get("/S"))

    walk(reader.trailer["/Root"]["/StructTreeRoot"], None)
    assert labels == ["/LI", "/LI"]
