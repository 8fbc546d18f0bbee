"""Rendering: a ``Briefing`` in, ``briefing.md|html|pdf|json`` out, each
format by its renderer in the table ``RENDERERS``.

Templates come from the packaged ``templates`` folder; a user's
``--templates DIR`` overrides any of them by name, and a user template can
extend a packaged one as ``default:NAME``. Each output is written to a
temporary file in the output folder and renamed into place, so an
interrupted build never leaves a half-written file.

Every template, packaged or the user's, runs in Jinja2's immutable sandbox:
it can read the view it is given and nothing else (no Python internals, no
files outside the template folders, no network). A template that fails
raises ``TemplateProblem`` with a one-line reason.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module, metadata
from pathlib import Path

import jinja2
import jinja2.sandbox

from ..files import remove_stale, write_atomic
from ..model import Briefing
from .view import build_view, inner_quotes, markdown_escape, url_parts


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


# Whose methods a template may call: plain values (strings, numbers, lists,
# dicts), Jinja's own helpers (loop, cycler, joiner) and markup. Any other
# object in the context (a Path in the options, say) could read or write
# files, so its methods are out of reach.
_CALLABLE_FROM = frozenset({"builtins", "jinja2.runtime", "jinja2.utils", "markupsafe"})


class _Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, calling only the methods of plain values."""

    def is_safe_callable(self, obj: object) -> bool:
        owner = getattr(obj, "__self__", None)
        if owner is not None:
            if inspect.ismodule(owner):
                return False
            module = owner.__module__ if isinstance(owner, type) else type(owner).__module__
            if module not in _CALLABLE_FROM:
                return False
        return super().is_safe_callable(obj)


class TemplateProblem(Exception):
    """A template that cannot be loaded or rendered; ``str()`` is one line."""


def environment(user_dir: Path | None = None, autoescape: bool = True) -> jinja2.Environment:
    default = jinja2.FileSystemLoader(str(template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders += [jinja2.PrefixLoader({"default": default}, delimiter=":"), default]
    env = _Sandbox(
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
    try:
        return env.get_template(name).render(view=view, b=briefing, options=options)
    except jinja2.TemplateNotFound as exc:  # also an OSError: it must not read as a write failure
        raise TemplateProblem(f"{name}: template {exc.name!r} not found in the template folders") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.name or name}, line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateError as exc:  # the sandbox's SecurityError and undefined names are TemplateErrors
        raise TemplateProblem(f"{name}: {type(exc).__name__}: {exc}") from None


Renderer = Callable[[Briefing, Options], bytes]


def _template(name: str) -> Renderer:
    """The renderer of a format that is one template's text."""
    return lambda briefing, options: render_text(briefing, name, options).encode("utf-8")


def _module(name: str) -> Renderer:
    """The ``render`` function of module ``name``, imported when its format
    is first asked for (WeasyPrint takes a second to import)."""
    return lambda briefing, options: import_module(name, __package__).render(briefing, options)


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
