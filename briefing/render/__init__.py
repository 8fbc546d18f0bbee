"""Rendering: a ``Briefing`` in, ``briefing.md|html|pdf|json`` out, each
format by its renderer in the table ``RENDERERS``.

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
from functools import cache
from importlib import import_module
from pathlib import Path
from types import ModuleType

from .. import compiled
from ..files import remove_stale, write_atomic
from ..model import Briefing
from .budget import BLOCKS


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


Renderer = Callable[[Briefing, Options], bytes]


@cache
def _imported(name: str) -> ModuleType:
    """Module ``name`` of this package, imported when a format first needs
    it (Jinja2 for the templates, WeasyPrint for the PDF, which takes a
    second), its patterns and dataclasses made from what a run before
    compiled (``compiled``)."""
    with compiled.kept(name.lstrip(".")):
        return import_module(name, __package__)


def _template(name: str) -> Renderer:
    """The renderer of a format that is one template's text."""
    return lambda briefing, options: _imported(".templates").render_text(briefing, name, options).encode("utf-8")


def _module(name: str) -> Renderer:
    """The ``render`` function of module ``name``, imported when its format
    is first asked for."""
    return lambda briefing, options: _imported(name).render(briefing, options)


# Format -> its renderer, in the order ``--format`` lists them. A new output
# format is a module with ``render(briefing, options) -> bytes`` and one line here.
RENDERERS: dict[str, Renderer] = {
    "md": _template("briefing.md.j2"),
    "html": _template("briefing.html.j2"),
    "pdf": _module(".pdf"),
    "json": _module(".json"),
}
FORMATS = tuple(RENDERERS)


def render(briefing: Briefing, fmt: str, options: Options = Options()) -> bytes:
    """One format's bytes."""
    return RENDERERS[fmt](briefing, options)


def write(
    briefing: Briefing,
    out_dir: Path,
    formats: Sequence[str],
    options: Options = Options(),
    report: Callable[[str, int, int], None] = lambda stage, done, total: None,
) -> list[Path]:
    """Write each format as ``OUT/briefing.EXT``; returns the paths written."""
    written = []
    for n, fmt in enumerate(formats):
        report("render", n, len(formats))
        path = out_dir / f"briefing.{fmt}"
        data = render(briefing, fmt, options)
        out_dir.mkdir(parents=True, exist_ok=True)
        remove_stale(out_dir, path.name)  # left by a build that was killed while writing
        write_atomic(path, data)
        written.append(path)
    report("render", len(formats), len(formats))
    return written
