"""Fetching articles over HTTP: a URL in, its bytes out, or a ``FetchError``
whose message says why not.

* only ``http`` and ``https`` URLs, and only redirects to them;
* a timeout for each network step and for the whole download;
* a size limit, checked against ``Content-Length`` and while reading;
* a local cache, by default ``.briefing-cache/`` in the current folder, one
  body and one small JSON record per URL, named by the sha256 of the URL as
  given. A rebuild reads the cache instead of the network; ``refresh=True``
  fetches anew (and replaces the cached copy).

The standard library's ``urllib.request`` does the work, with an opener that
has no ``file:``, ``ftp:`` or ``data:`` handlers.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import ssl
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SCHEMES = ("http", "https")
CACHE_DIR = ".briefing-cache"
TIMEOUT = 20.0
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"


class FetchError(Exception):
    """A URL that gave no usable bytes; ``str(error)`` is the reason, worded
    to follow ``URL: ``."""


@dataclass(frozen=True)
class Fetched:
    """What a URL gave.

    url: the URL as given; final_url: after redirects.
    content_type: the server's ``Content-Type`` header ("" when none).
    from_cache: read from the local cache rather than the network.
    note: a problem that did not stop the fetch (the cache could not be written).
    """

    url: str
    final_url: str
    data: bytes
    content_type: str = ""
    from_cache: bool = False
    note: str | None = None


def is_url(text: str) -> bool:
    """``text`` is written as a URL (``scheme://...``), whatever the scheme."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme[:1].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme)


def check_url(url: str) -> str | None:
    """Why ``url`` is not fetched, or None when it may be."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        return f"skipped, not a valid URL ({exc})"
    if parts.scheme.lower() not in SCHEMES:
        return f"skipped, only http and https URLs are fetched, not {parts.scheme or 'this'}:"
    if not parts.hostname:
        return "skipped, not a valid URL (no host name)"
    if any(ch.isspace() for ch in url.strip()):
        return "skipped, not a valid URL (it contains spaces)"
    return None


def default_cache_dir() -> Path:
    return Path.cwd() / CACHE_DIR


def cache_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def _user_agent() -> str:
    try:
        version = metadata.version("briefing")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"briefing/{version} (article reader)"


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https, and only a few."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urllib.parse.urljoin(req.full_url, location.strip())
            if check_url(target):
                if fp is not None:
                    fp.close()
                raise FetchError(f"skipped, redirected to {target}, which is not fetched (only http and https)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def opener() -> urllib.request.OpenerDirector:
    """An opener for http and https only (proxies from the environment are
    honoured)."""
    director = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        _RedirectHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        director.add_handler(handler)
    return director


def _limit(max_bytes: int) -> str:
    return f"over the {max_bytes:,}-byte limit"


def _network_reason(exc: BaseException, timeout: float) -> str:
    """The words for a failed request."""
    if isinstance(exc, urllib.error.HTTPError):
        if 300 <= exc.code < 400:
            return "skipped, too many redirects"
        return f"skipped, the server answered HTTP {exc.code} {exc.reason or ''}".rstrip()
    if isinstance(exc, urllib.error.URLError):
        if not isinstance(exc.reason, BaseException):
            return f"skipped, cannot be fetched ({exc.reason})"
        exc = exc.reason
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"skipped, no answer within {timeout:g} s"
    if isinstance(exc, socket.gaierror):
        return "skipped, the host name cannot be resolved"
    if isinstance(exc, ConnectionRefusedError):
        return "skipped, the connection was refused"
    if isinstance(exc, ssl.SSLError):
        return f"skipped, the secure connection failed ({exc.reason or exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"skipped, the server sent a broken answer ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"skipped, cannot be fetched ({exc.strerror or exc})"
    return f"skipped, cannot be fetched ({type(exc).__name__}: {exc})"


def _decompress(data: bytes, encoding: str, max_bytes: int) -> bytes:
    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"skipped, the server sent an unsupported content encoding ({encoding})")
    try:
        inflater = zlib.decompressobj(47 if encoding != "deflate" else 15)
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        try:  # "deflate" is often sent raw, without the zlib header
            inflater = zlib.decompressobj(-15)
            out = inflater.decompress(data, max_bytes + 1)
        except zlib.error as exc:
            raise FetchError(f"skipped, the compressed answer is broken ({exc})") from None
    if len(out) > max_bytes:
        raise FetchError(f"skipped, {_limit(max_bytes)} once uncompressed")
    return out


def download(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """Fetch ``url`` from the network (no cache); raises ``FetchError``."""
    reason = check_url(url)
    if reason:
        raise FetchError(reason)
    request = urllib.request.Request(url.strip(), headers={"User-Agent": _user_agent(), "Accept": ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with opener().open(request, timeout=timeout) as response:
            announced = response.headers.get("Content-Length", "").strip()
            if announced.isdigit() and int(announced) > max_bytes:
                raise FetchError(f"skipped, the server announces {int(announced):,} bytes, {_limit(max_bytes)}")
            chunks: list[bytes] = []
            total = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"skipped, the download took longer than {timeout:g} s")
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"skipped, {_limit(max_bytes)}")
                chunks.append(chunk)
            encoding = response.headers.get("Content-Encoding", "").strip().lower()
            data = _decompress(b"".join(chunks), encoding, max_bytes)
            return Fetched(
                url=url,
                final_url=response.geturl() or url,
                data=data,
                content_type=response.headers.get("Content-Type", "") or "",
            )
    except FetchError:
        raise
    except Exception as exc:  # every network failure becomes one reason
        raise FetchError(_network_reason(exc, timeout)) from None


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_cache(url: str, cache_dir: Path) -> Fetched | None:
    """The cached copy of ``url``, or None when there is none or it is damaged."""
    key = cache_key(url)
    try:
        record = json.loads((cache_dir / f"{key}.json").read_text("utf-8"))
        data = (cache_dir / f"{key}.body").read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("url") != url or record.get("sha256") != hashlib.sha256(data).hexdigest():
        return None
    return Fetched(
        url=url,
        final_url=str(record.get("final_url") or url),
        data=data,
        content_type=str(record.get("content_type") or ""),
        from_cache=True,
    )


def write_cache(fetched: Fetched, cache_dir: Path) -> None:
    """Keep ``fetched`` for the next build; the record is written last, so a
    half-written entry is never read."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    ignore = cache_dir / ".gitignore"
    if not ignore.exists():
        _write_atomic(ignore, b"# made by briefing: fetched pages, safe to delete\n*\n")
    key = cache_key(fetched.url)
    record = {
        "url": fetched.url,
        "final_url": fetched.final_url,
        "content_type": fetched.content_type,
        "sha256": hashlib.sha256(fetched.data).hexdigest(),
        "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    _write_atomic(cache_dir / f"{key}.body", fetched.data)
    _write_atomic(cache_dir / f"{key}.json", json.dumps(record, indent=1, sort_keys=True).encode("utf-8"))


def fetch(
    url: str,
    *,
    cache_dir: Path | None = None,
    refresh: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """``url``'s bytes, from the cache when it has them (unless ``refresh``),
    else from the network, then cached. Raises ``FetchError``."""
    reason = check_url(url)
    if reason:
        raise FetchError(reason)
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not refresh:
        cached = read_cache(url, folder)
        if cached is not None and len(cached.data) <= max_bytes:
            return cached
    fetched = download(url, timeout, max_bytes)
    try:
        write_cache(fetched, folder)
    except OSError as exc:
        note = f"fetched, but not cached: {folder} cannot be written ({exc.strerror or exc})"
        return Fetched(fetched.url, fetched.final_url, fetched.data, fetched.content_type, False, note)
    return fetched
