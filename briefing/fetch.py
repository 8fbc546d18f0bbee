"""Fetching articles over HTTP: a URL in, its bytes out, or a ``FetchError``
whose message says why not.

* only ``http`` and ``https`` URLs, and only redirects to them;
* one deadline for connect, headers and body together;
* a size limit, checked against ``Content-Length`` and while reading; a
  body shorter than its ``Content-Length`` is an error;
* a local cache, by default ``.briefing-cache/`` in the current folder
  (created private to the user), one body and one small JSON record per
  URL, named by the sha256 of the URL as given. A rebuild reads the cache
  instead of the network (regular files only, within the size limit, the
  body checked against its digest); ``refresh=True`` fetches anew (and
  replaces the cached copy).

The standard library's ``urllib.request`` does the work, with an opener that
has no ``file:``, ``ftp:`` or ``data:`` handlers.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .files import MAX_BYTES, read_regular, write_atomic
from .messages import strerror

SCHEMES = ("http", "https")
CACHE_DIR = ".briefing-cache"
TIMEOUT = 20.0
MAX_REDIRECTS = 5
MAX_RECORD = 64 * 1024  # bytes of a cache record: a URL or two and a content type
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

    @property
    def media_type(self) -> str:
        """The content type without its parameters: ``text/html``."""
        return self.content_type.split(";")[0].strip()


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
    return f"briefing/{__version__} (article reader)"


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


class _Deadline:
    """The end of one download. Every socket the download opens is shut when
    the time is up, so connect, headers and body together take at most
    ``timeout`` seconds: a server that sends a byte a second cannot hold a
    build (a socket timeout alone bounds only each wait)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.end = time.monotonic() + timeout
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self._timer.cancel()

    def left(self) -> float:
        return max(0.01, self.end - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # the plain socket's shutdown, also under TLS: a blocked read then ends at once
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watched:
    """A connection whose socket is handed to the download's ``_Deadline``."""

    def __init__(self, *args: Any, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        self._create_connection = self._connect

    def _connect(self, address: tuple[str, int], timeout: float, source_address: tuple[str, int] | None = None) -> socket.socket:
        sock = socket.create_connection(address, min(timeout, self._deadline.left()), source_address)
        self._deadline.watch(sock)
        return sock


class _WatchedHTTP(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPS(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        # do_open passes its keywords on to the connection class, which typeshed's protocol does not allow for
        return self.do_open(_WatchedHTTP, req, deadline=self.deadline)  # type: ignore[arg-type]


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        self.context = ssl.create_default_context()
        super().__init__(context=self.context)
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(_WatchedHTTPS, req, context=self.context, deadline=self.deadline)  # type: ignore[arg-type]


def opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    """An opener for http and https only (proxies from the environment are
    honoured), whose connections end at ``deadline``."""
    director = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        _RedirectHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        director.add_handler(handler)
    return director


def _limit(max_bytes: int) -> str:
    return f"over the {max_bytes:,}-byte limit"


def _too_slow(timeout: float) -> str:
    return f"skipped, no complete answer within {timeout:g} s"


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
        return _too_slow(timeout)
    if isinstance(exc, socket.gaierror):
        return "skipped, the host name cannot be resolved"
    if isinstance(exc, ConnectionRefusedError):
        return "skipped, the connection was refused"
    if isinstance(exc, ssl.SSLError):
        return f"skipped, the secure connection failed ({exc.reason or exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"skipped, the server sent a broken answer ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"skipped, cannot be fetched ({strerror(exc)})"
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
    with _Deadline(timeout) as deadline:
        try:
            return _read_answer(opener(deadline), request, url, deadline, max_bytes)
        except FetchError:
            raise
        except Exception as exc:  # every network failure becomes one reason
            raise FetchError(_too_slow(timeout) if deadline.expired else _network_reason(exc, timeout)) from None


def _read_answer(director: urllib.request.OpenerDirector, request: urllib.request.Request, url: str,
                 deadline: _Deadline, max_bytes: int) -> Fetched:
    with director.open(request, timeout=deadline.timeout) as response:
        announced = response.headers.get("Content-Length", "").strip()
        length = int(announced) if announced.isdigit() else None
        if length is not None and length > max_bytes:
            raise FetchError(f"skipped, the server announces {length:,} bytes, {_limit(max_bytes)}")
        chunks: list[bytes] = []
        total = 0
        while chunk := response.read(64 * 1024):
            total += len(chunk)
            if total > max_bytes:
                raise FetchError(f"skipped, {_limit(max_bytes)}")
            chunks.append(chunk)
        if deadline.expired:  # the socket was shut: what was read is only the start
            raise FetchError(_too_slow(deadline.timeout))
        if length is not None and total < length:
            raise FetchError(f"skipped, the answer was cut short ({total:,} of the {length:,} bytes announced)")
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        return Fetched(
            url=url,
            final_url=response.geturl() or url,
            data=_decompress(b"".join(chunks), encoding, max_bytes),
            content_type=response.headers.get("Content-Type", "") or "",
        )


def read_cache(url: str, cache_dir: Path, max_bytes: int = MAX_BYTES) -> Fetched | None:
    """The cached copy of ``url``, or None when there is none or it is
    damaged. Only regular files are read (a link, FIFO or device in the
    cache is not followed), within the size limit, and the body must match
    the digest its record gives."""
    key = cache_key(url)
    try:
        record = json.loads(read_regular(cache_dir / f"{key}.json", MAX_RECORD, follow_links=False).decode("utf-8"))
        data = read_regular(cache_dir / f"{key}.body", max_bytes, follow_links=False)
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
    cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # what a user reads is nobody else's business
    ignore = cache_dir / ".gitignore"
    if not ignore.exists():
        write_atomic(ignore, b"# made by briefing: fetched pages, safe to delete\n*\n", private=True)
    key = cache_key(fetched.url)
    record = {
        "url": fetched.url,
        "final_url": fetched.final_url,
        "content_type": fetched.content_type,
        "sha256": hashlib.sha256(fetched.data).hexdigest(),
        "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_atomic(cache_dir / f"{key}.body", fetched.data, private=True)
    write_atomic(cache_dir / f"{key}.json", json.dumps(record, indent=1, sort_keys=True).encode("utf-8"), private=True)


def fetch(
    url: str,
    *,
    cache_dir: Path | None = None,
    refresh: bool = False,
    timeout: float | None = None,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """``url``'s bytes, from the cache when it has them (unless ``refresh``),
    else from the network, then cached (``timeout``: seconds, default
    ``TIMEOUT``). Raises ``FetchError``."""
    reason = check_url(url)
    if reason:
        raise FetchError(reason)
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    if not refresh:
        cached = read_cache(url, folder, max_bytes)
        if cached is not None:
            return cached
    fetched = download(url, TIMEOUT if timeout is None else timeout, max_bytes)
    try:
        write_cache(fetched, folder)
    except OSError as exc:
        note = f"fetched, but not cached: {folder} cannot be written ({strerror(exc)})"
        return Fetched(fetched.url, fetched.final_url, fetched.data, fetched.content_type, False, note)
    return fetched
