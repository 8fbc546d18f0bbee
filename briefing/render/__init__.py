"""Rendering: a ``Briefing`` in, ``briefing.md|html|pdf|json`` out.

Templates come from the packaged ``templates`` folder; a user's
``--templates DIR`` overrides any of them by name, and a user template can
extend a packaged one as ``default:NAME`` (``templates.py``, in Jinja2's
sandbox). Each output is written to a temporary file in the output folder
and renamed into place, so an interrupted build never leaves a
half-written file.

Only what a format needs is imported: Jinja2 for Markdown and HTML,
WeasyPrint for the PDF, neither for JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..files import remove_stale, write_atomic
from ..model import Briefing
from .budget import BLOCKS

FORMATS = ("md", "html", "pdf", "json")


@dataclass(frozen=True)
class Options:
    """Rendering choices from the command line."""

    templates: Path | None = None
    paper: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    max_blocks: int | None = None  # per section
    budget: int | None = BLOCKS  # blocks across the sections; None: all (see budget.py)


class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered; ``str()`` is one line."""


HTML = "briefing.html.j2"


def render(briefing: Briefing, fmt: str, options: Options = Options(), html: str | None = None) -> bytes:
    """One format's bytes. ``html``: the HTML already rendered with these
    options, which the PDF is laid out from (rendered here when None)."""
    if fmt == "json":
        from .json import to_json

        return to_json(briefing).encode("utf-8")
    from .templates import render_text  # Jinja2 is imported only for the formats made from templates

    if fmt == "md":
        return render_text(briefing, "briefing.md.j2", options).encode("utf-8")
    if html is None:
        html = render_text(briefing, HTML, options)
    if fmt == "html":
        return html.encode("utf-8")
    from .pdf import to_pdf  # WeasyPrint is imported only when a PDF is asked for

    return to_pdf(html, briefing, options)


def write(
    briefing: Briefing,
    out_dir: Path,
    formats: Sequence[str],
    options: Options = Options(),
    report: Callable[[str, int, int], None] = lambda stage, done, total: None,
) -> list[Path]:
    """Write each format as ``OUT/briefing.EXT``; returns the paths written."""
    written = []
    html = None  # rendered once for both the HTML and the PDF
    for n, fmt in enumerate(formats):
        report("render", n, len(formats))
        path = out_dir / f"briefing.{fmt}"
        if fmt in ("html", "pdf") and html is None:
            from .templates import render_text

            html = render_text(briefing, HTML, options)
        data = render(briefing, fmt, options, html)
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale(out_dir, path.name)  # left by a build that was killed while writing
        write_atomic(path, data)
        written.append(path)
    report("render", len(formats), len(formats))
    return written
