"""Templates: a ``Briefing`` and a template name in, Markdown or HTML text out.

Jinja2 is imported here only, so a JSON-only build never loads it. One
sandboxed environment is kept per (template folder, autoescape), so each
template is compiled once per process (the HTML one serves both the HTML and
the PDF), and its compiled code is kept on disk between runs by Jinja's
bytecode cache.

Every template, packaged or the user's, runs in Jinja2's immutable sandbox:
it can read the view it is given and nothing else (no Python internals, no
files outside the template folders, no network). A template that fails
raises ``TemplateProblem`` with a one-line reason.
"""

from __future__ import annotations

import inspect
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox

from .. import __version__
from ..messages import counted
from ..model import Briefing
from . import Options, TemplateProblem
from .text import inner_quotes, lead, markdown_escape, url_parts
from .view import View, build_view


def template_dir() -> Path:
    """The packaged templates: inside the installed package, or the
    project's top-level ``templates/`` when running from a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("briefing's templates are missing from this installation")


def generator() -> str:
    return f"briefing {__version__}"


# Whose methods a template may call: plain values (strings, numbers, lists,
# dicts), Jinja's own helpers (loop, cycler, joiner) and markup. Any other
# object in the context (a Path in the options, say) could read or write
# files, so its methods are out of reach.
_CALLABLE_FROM = frozenset({"builtins", "jinja2.runtime", "jinja2.utils", "markupsafe"})


class _Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, calling only the methods of plain values."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._safe_attributes: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        """Jinja's answer, kept per (type of the object, attribute): it
        depends on nothing else (the attribute's name, and the object's type
        tested against functions, methods, types, frames and the mutable
        collections; ``isinstance`` also asks an object's ``__class__``,
        which no object a template here reaches overrides), and a template
        reads the same few attributes of the same few types thousands of
        times (those tests were a third of the seed's Markdown render)."""
        key = (type(obj), attr)
        safe = self._safe_attributes.get(key)
        if safe is None:
            safe = self._safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def is_safe_callable(self, obj: object) -> bool:
        owner = getattr(obj, "__self__", None)
        if owner is not None:
            if inspect.ismodule(owner):
                return False
            module = owner.__module__ if isinstance(owner, type) else type(owner).__module__
            if module not in _CALLABLE_FROM:
                return False
        return super().is_safe_callable(obj)


def _bytecode_cache(kind: str) -> jinja2.BytecodeCache | None:
    """Jinja's bytecode cache, in a folder private to the user in the
    temporary directory; None when there is no safe one (the templates are
    then compiled on each run, and nothing else changes)."""
    try:
        return jinja2.FileSystemBytecodeCache(pattern=f"briefing-{kind}-%s.cache")
    except (OSError, RuntimeError):  # no temporary directory, or one another user owns
        return None


@cache
def environment(user_dir: Path | None = None, autoescape: bool = True) -> jinja2.Environment:
    """The sandbox for one template folder (and the packaged ones); cached,
    so its templates are compiled once per process. Compiled code is also
    kept between runs in Jinja's bytecode cache (a folder private to the
    user in the system's temporary directory), keyed by template name,
    file and a checksum of its source; the kind of escaping is in the file
    name, as a template compiled with one kind must not be used with the
    other."""
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
        bytecode_cache=_bytecode_cache("html" if autoescape else "text"),
    )
    env.filters["md"] = markdown_escape
    env.filters["inner_quotes"] = inner_quotes
    env.filters["url_parts"] = url_parts
    env.filters["counted"] = counted
    env.filters["lead"] = lead
    return env


# The last briefing rendered, with its view and the texts made from it: the
# formats of one build share them (Markdown and HTML one view; the PDF is
# laid out from the HTML already rendered). Keyed by the briefing's identity,
# which holding it here keeps from being reused; only the last is kept.
_LAST: dict[tuple[int, Options], tuple[Briefing, View, dict[str, str]]] = {}


def _shared(briefing: Briefing, options: Options) -> tuple[View, dict[str, str]]:
    key = (id(briefing), options)
    if key not in _LAST:
        _LAST.clear()
        _LAST[key] = (briefing, build_view(briefing, generator(), options.max_blocks, options.budget), {})
    _, view, texts = _LAST[key]
    return view, texts


def render_text(briefing: Briefing, name: str, options: Options) -> str:
    """Render template ``name`` (``briefing.md.j2``, ``briefing.html.j2``)."""
    view, texts = _shared(briefing, options)
    if name not in texts:
        texts[name] = _render(briefing, view, name, options)
    return texts[name]


def _render(briefing: Briefing, view: View, name: str, options: Options) -> str:
    env = environment(options.templates, autoescape=name.endswith(".html.j2"))
    try:
        return env.get_template(name).render(view=view, b=briefing, options=options)
    except jinja2.TemplateNotFound as exc:  # also an OSError: it must not read as a write failure
        raise TemplateProblem(f"{name}: template {exc.name!r} not found in the template folders") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.name or name}, line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateError as exc:  # the sandbox's SecurityError and undefined names are TemplateErrors
        raise TemplateProblem(f"{name}: {type(exc).__name__}: {exc}") from None
