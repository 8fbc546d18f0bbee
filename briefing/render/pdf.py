"""PDF output: the HTML briefing laid out by WeasyPrint, fetching nothing.

The packaged template uses no external assets (its CSS is inline and its
pictures are inline SVG), so every URL WeasyPrint might be asked to load,
whether from a user template or from source text that slipped through, is
refused by ``RefusingFetcher``: no file is opened and no connection is made.
Those refusals, and WeasyPrint's warnings, are kept off stderr; its real
errors (level ERROR and above) still reach the application's logging.
"""

from __future__ import annotations

import ctypes.util
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from ..model import Briefing
from . import Options
from .templates import render_text

REFUSAL = "briefing fetches no external resource"
_LOGGERS = ("weasyprint", "weasyprint.progress", "fontTools")  # fontTools: font subsetting


class _Quiet(logging.Filter):
    """Pass only real errors: nothing below ERROR, and no refused fetch."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR:
            return False
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not worth a traceback
            return True
        return REFUSAL not in message


@contextmanager
def _quiet_weasyprint() -> Iterator[None]:
    quiet = _Quiet()
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addFilter(quiet)
        if logger.getEffectiveLevel() < logging.ERROR:
            logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            # WeasyPrint 70 leaves its sRGB profile file open for pdf/a-*.
            warnings.simplefilter("ignore", ResourceWarning)
            yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.removeFilter(quiet)
            logger.setLevel(level)


@contextmanager
def _libraries_from_the_loader_cache() -> Iterator[None]:
    """WeasyPrint loads Pango, HarfBuzz and their kin by trying several
    names for each, and cffi looks up each name it cannot load as given
    with ``ctypes.util.find_library``, which on Linux, after the dynamic
    loader's cache, compiles and links a test program (gcc, then ld) for
    every name it has not found: a quarter of a CPU-second at each import.
    The loader's cache alone (``ldconfig -p``) names every library the
    loader can load by a short name; the others are tried by their file
    names too. Elsewhere (no such cache) nothing changes."""
    cache_only = getattr(ctypes.util, "_findSoname_ldconfig", None)
    if cache_only is None:
        yield
        return
    find = ctypes.util.find_library
    ctypes.util.find_library = cache_only
    try:
        yield
    finally:
        ctypes.util.find_library = find


with _quiet_weasyprint(), _libraries_from_the_loader_cache():
    # WeasyPrint parses its own stylesheets at import (progress logging), and
    # without libharfbuzz-subset warns that it will be required some day;
    # the fontTools fallback works, so stay quiet.
    import weasyprint
    from weasyprint.pdf import VARIANTS
    from weasyprint.urls import URLFetcher


class RefusingFetcher(URLFetcher):
    """A URL fetcher that fetches nothing: every URL (file:, http:, data:...)
    is refused before any file or socket is touched."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=frozenset(), allow_redirects=False, fail_on_errors=False)

    def fetch(self, url, headers=None):
        raise ValueError(f"{REFUSAL}: {str(url)[:200]}")

    def open(self, url, data=None, timeout=None):
        raise ValueError(f"{REFUSAL}: {getattr(url, 'full_url', url)!s:.200}")


def render(briefing: Briefing, options: Options) -> bytes:
    """The PDF of the HTML briefing."""
    return to_pdf(render_text(briefing, "briefing.html.j2", options), briefing, options)


def to_pdf(html: str, briefing: Briefing, options: Options) -> bytes:
    """Lay out ``html`` (from ``briefing.html.j2``) as a tagged PDF.

    ``options.pdf_variant`` is one of WeasyPrint's variants (``pdf/ua-1``,
    the default, or ``pdf/a-3b``...); empty or None means a plain tagged PDF.
    The page size comes from the template (``options.paper``)."""
    variant = getattr(options, "pdf_variant", "pdf/ua-1") or None
    if variant is not None and variant not in VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r}; choose one of: {', '.join(sorted(VARIANTS))}")
    settings = {"pdf_variant": variant, "pdf_tags": True}
    with _quiet_weasyprint():
        page = weasyprint.HTML(string=html, base_url=None, url_fetcher=RefusingFetcher())
        document = page.render(**settings)
        meta = document.metadata
        # A user template may drop these; PDF/UA needs a title and a language.
        meta.title = meta.title or briefing.title
        meta.description = meta.description or briefing.question or briefing.title
        meta.lang = meta.lang or "en"
        # The spec's reference, version and licence as Info entries, and no
        # other custom entry (a <meta name="viewport"> is not PDF metadata).
        info = briefing.document
        meta.custom = {k: v for k, v in (("Reference", info.reference), ("Version", info.version), ("Rights", info.licence)) if v}
        data: bytes = document.write_pdf(**settings, custom_metadata=bool(meta.custom))
    return data
