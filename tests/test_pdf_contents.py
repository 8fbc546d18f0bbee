"""The contents list in the PDF: a dotted leader from each entry to its
page number, the dots on one grid down the list, drawn in few pieces."""

from __future__ import annotations

from pathlib import Path

import pytest

weasyprint = pytest.importorskip("weasyprint")

CSS = (Path(__file__).resolve().parent.parent / "templates" / "briefing.css").read_text(encoding="utf-8")
TITLES = ("Tolls", "Who pays for the ferry pier", "The slipway", "Berths and moorings after the storms")
HTML = f"""<!DOCTYPE html><html lang="en"><head><title>Contents</title><style>{CSS}</style></head><body>
<nav class="toc"><ol>{"".join(f'<li><a href="#s{n}">{n}. {t}</a></li>' for n, t in enumerate(TITLES, 1))}</ol></nav>
{"".join(f'<section id="s{n}" style="break-before: page"><h2>{t}</h2></section>' for n, t in enumerate(TITLES, 1))}
</body></html>"""


def _texts(box):
    return [b for b in box.descendants() if type(b).__name__ == "TextBox"]


@pytest.fixture(scope="module")
def lines():
    """(label, dots from left to right, number): the text boxes of each contents line."""
    page = weasyprint.HTML(string=HTML).render(pdf_tags=True).pages[0]._page_box
    found = []
    for line in (b for b in page.descendants() if type(b).__name__ == "LineBox"):
        leader = next((b for b in line.descendants() if b.is_leader), None)
        if leader is None:
            continue
        dots = sorted(_texts(leader), key=lambda b: b.position_x)
        rest = [t for t in _texts(line) if t not in dots]
        found.append((rest[0], dots, rest[-1]))
    assert len(found) == len(TITLES)
    return found


def test_each_entry_ends_in_dots_and_its_page_number(lines):
    for n, (label, dots, number) in enumerate(lines, 1):
        assert label.text == f"{n}. {TITLES[n - 1]}"
        assert number.text.strip() == str(n + 1)
        assert dots and all(set(d.text) == {"."} for d in dots)


def test_the_dots_run_from_the_entry_to_its_number(lines):
    """No more than two dots' width is left empty after the entry and before the number."""
    for label, dots, number in lines:
        dot = dots[0].width / len(dots[0].text)
        assert dots[0].position_x - (label.position_x + label.width) < 2 * dot
        assert number.position_x - (dots[-1].position_x + dots[-1].width) < 2 * dot + number.width


def test_the_dots_stand_in_columns_down_the_list(lines):
    dot = lines[0][1][0].width / len(lines[0][1][0].text)
    right = max(d.position_x + d.width for _, dots, _ in lines for d in dots)
    for _, dots, _ in lines:
        for d in dots:
            steps = (right - d.position_x) / dot
            assert abs(steps - round(steps)) < 0.01


def test_the_dots_are_drawn_in_runs_not_one_by_one(lines):
    """Each piece of a leader is drawn as a text of its own: one dot a piece
    made a third of the texts of a briefing's PDF."""
    for _, dots, _ in lines:
        assert sum(len(d.text) for d in dots) >= 2 * len(dots)
