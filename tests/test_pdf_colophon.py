"""The PDF's colophon never stands alone on a last page: when the page before
is full, the paragraph before it moves over with it."""

from __future__ import annotations

from pathlib import Path

import pytest

weasyprint = pytest.importorskip("weasyprint")

CSS = (Path(__file__).resolve().parent.parent / "templates" / "briefing.css").read_text(encoding="utf-8")


def _pages(paragraphs: int, colophon: bool) -> list[set[str]]:
    """The ids of the paragraphs (and of the colophon) on each page."""
    body = "".join(f'<p id="p{i}">The tide table for the harbour was checked again on day {i}.</p>'
                   for i in range(paragraphs))
    if colophon:
        body += '<footer class="colophon" id="colophon"><p>Made by a test from two sources.</p></footer>'
    html = f"<!DOCTYPE html><html lang='en'><head><title>T</title><style>{CSS}</style></head><body>{body}</body></html>"
    pages = []
    for page in weasyprint.HTML(string=html).render().pages:
        ids = {box.element.get("id") for box in page._page_box.descendants()
               if getattr(box, "element", None) is not None and box.element.get("id")}
        pages.append(ids)
    return pages


def test_a_full_last_page_sends_its_last_paragraph_over_with_the_colophon():
    # As many paragraphs as fill the first page exactly: the colophon has no room left there.
    full = len(_pages(120, colophon=False)[0])
    pages = _pages(full, colophon=True)
    assert len(pages) == 2
    assert "colophon" in pages[1]
    assert f"p{full - 1}" in pages[1], "the colophon stands alone on the last page"


def test_a_colophon_with_room_stays_on_the_page_of_the_text():
    pages = _pages(5, colophon=True)
    assert len(pages) == 1 and "colophon" in pages[0]
