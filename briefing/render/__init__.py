"""Rendering: a ``Briefing`` in, ``briefing.md|html|pdf|json`` out.

Templates come from the packaged ``templates`` folder; a user's
``--templates DIR`` overrides any of them by name, and a user template can
extend a packaged one as ``default:NAME``. Each output is written to a
temporary file in the output folder and renamed into place, so an
interrupted build never leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import jinja2

from ..model import Briefing
from .view import build_view, inner_quotes, markdown_escape, url_parts

FORMATS = ("md", "html", "pdf", "json")


def template_dir() -> Path:
    """The packaged templates: inside the installed package, or the
    project's top-level ``templates/`` when running from a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("briefing's templates are missing from this installation")


def generator() -> str:
    try:
        return f"briefing {metadata.version('briefing')}"
    except metadata.PackageNotFoundError:
        return "briefing"


@dataclass(frozen=True)
class Options:
    """Rendering choices from the command line."""

    templates: Path | None = None
    paper: str = "a4"
    pdf_variant: str = "pdf/ua-1"
    max_blocks: int | None = None


def environment(user_dir: Path | None = None, autoescape: bool = True) -> jinja2.Environment:
    default = jinja2.FileSystemLoader(str(template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders += [jinja2.PrefixLoader({"default": default}, delimiter=":"), default]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_escape
    env.filters["inner_quotes"] = inner_quotes
    env.filters["url_parts"] = url_parts
    return env


def render_text(briefing: Briefing, name: str, options: Options = Options()) -> str:
    """Render template ``name`` (``briefing.md.j2``, ``briefing.html.j2``)."""
    env = environment(options.templates, autoescape=name.endswith(".html.j2"))
    view = build_view(briefing, generator(), options.max_blocks)
    return env.get_template(name).render(view=view, b=briefing, options=options)


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes files private; outputs are ordinary files
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def render(briefing: Briefing, fmt: str, options: Options = Options()) -> bytes:
    """One format's bytes."""
    if fmt == "json":
        from .json import to_json

        return to_json(briefing).encode("utf-8")
    if fmt == "md":
        return render_text(briefing, "briefing.md.j2", options).encode("utf-8")
    html = render_text(briefing, "briefing.html.j2", options)
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
    for n, fmt in enumerate(formats):
        report("render", n, len(formats))
        path = out_dir / f"briefing.{fmt}"
        atomic_write(path, render(briefing, fmt, options))
        written.append(path)
    report("render", len(formats), len(formats))
    return written
