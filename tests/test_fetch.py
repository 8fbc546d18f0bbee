"""Fetching: a local HTTP server on 127.0.0.1 (port 0) started by the tests;
never the internet."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import socket
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing import fetch
from briefing.fetch import FetchError
from briefing.inputs import is_url

PAGE = b"<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


class Site:
    """What the test server answers: ``routes[path]`` is a ``(status,
    headers, body)`` tuple or a function of the request handler."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.routes: dict[str, object] = {}
        self.hits: Counter[str] = Counter()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes = PAGE, status: int = 200, headers: dict | None = None) -> str:
        self.routes[path] = (status, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}, body)
        return self.url(path)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        site.hits[self.path] += 1
        route = site.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self.send_response(status)
        for key, value in headers.items():
            if value is not None:
                self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """A proxy in the environment must not see the tests' requests."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def site():
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = Site(server.server_address[1])  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.site  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_fetch_gives_bytes_and_content_type(site, tmp_path):
    url = site.add("/story")
    got = fetch.fetch(url, cache_dir=tmp_path)
    assert got.data == PAGE and got.content_type.startswith("text/html")
    assert got.url == url and got.final_url == url and not got.from_cache


def test_cache_is_keyed_by_sha256_of_the_url_and_spares_a_second_fetch(site, tmp_path):
    url = site.add("/story")
    fetch.fetch(url, cache_dir=tmp_path)
    key = hashlib.sha256(url.encode()).hexdigest()
    assert (tmp_path / f"{key}.body").read_bytes() == PAGE
    record = json.loads((tmp_path / f"{key}.json").read_text())
    assert record["url"] == url and record["sha256"] == hashlib.sha256(PAGE).hexdigest()
    assert (tmp_path / ".gitignore").exists()
    again = fetch.fetch(url, cache_dir=tmp_path)
    assert again.from_cache and again.data == PAGE and site.hits["/story"] == 1
    fresh = fetch.fetch(url, cache_dir=tmp_path, refresh=True)
    assert not fresh.from_cache and site.hits["/story"] == 2


def test_refresh_replaces_the_cached_copy(site, tmp_path):
    url = site.add("/story", b"<html><body><p>old</p></body></html>")
    fetch.fetch(url, cache_dir=tmp_path)
    site.add("/story", b"<html><body><p>new</p></body></html>")
    assert b"old" in fetch.fetch(url, cache_dir=tmp_path).data
    assert b"new" in fetch.fetch(url, cache_dir=tmp_path, refresh=True).data
    assert b"new" in fetch.fetch(url, cache_dir=tmp_path).data


def test_a_damaged_cache_entry_is_fetched_again(site, tmp_path):
    url = site.add("/story")
    fetch.fetch(url, cache_dir=tmp_path)
    key = hashlib.sha256(url.encode()).hexdigest()
    (tmp_path / f"{key}.body").write_bytes(b"trunc")
    got = fetch.fetch(url, cache_dir=tmp_path)
    assert got.data == PAGE and not got.from_cache and site.hits["/story"] == 2
    (tmp_path / f"{key}.json").write_text("{not json")
    assert fetch.fetch(url, cache_dir=tmp_path).data == PAGE


def test_default_cache_is_in_the_current_folder(site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fetch.fetch(site.add("/story"))
    assert (tmp_path / ".briefing-cache" / ".gitignore").exists()
    assert len(list((tmp_path / ".briefing-cache").glob("*.body"))) == 1


def test_an_unwritable_cache_is_a_note_not_a_failure(site, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    got = fetch.fetch(site.add("/story"), cache_dir=blocker)
    assert got.data == PAGE and got.note and "not cached" in got.note


def test_timeout(site, tmp_path):
    def slow(handler):
        time.sleep(1.5)
        handler.send_response(200)
        handler.end_headers()

    site.routes["/slow"] = slow
    # The answer comes after 1.5 s: a fetch that waited for it would raise nothing.
    with pytest.raises(FetchError, match=r"no complete answer within 0\.3 s"):
        fetch.fetch(site.url("/slow"), cache_dir=tmp_path, timeout=0.3)


def test_a_download_that_trickles_is_cut_at_the_timeout(site, tmp_path):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(40):
                handler.wfile.write(b"x" * 70_000)
                handler.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass

    site.routes["/trickle"] = trickle
    with pytest.raises(FetchError, match=r"no complete answer within 0\.5 s"):
        fetch.fetch(site.url("/trickle"), cache_dir=tmp_path, timeout=0.5, max_bytes=100_000_000)


def test_size_limit_from_content_length(site, tmp_path):
    url = site.add("/big", b"x" * 2000)
    with pytest.raises(FetchError, match="announces 2,000 bytes, over the 1,000-byte limit"):
        fetch.fetch(url, cache_dir=tmp_path, max_bytes=1000)
    assert not list(tmp_path.glob("*.body"))


def test_size_limit_while_reading_without_content_length(site, tmp_path):
    url = site.add("/big", b"x" * 200_000, headers={"Content-Length": None})
    with pytest.raises(FetchError, match="over the 100,000-byte limit"):
        fetch.fetch(url, cache_dir=tmp_path, max_bytes=100_000)


def test_gzip_is_unpacked_within_the_limit(site, tmp_path):
    url = site.add("/gz", gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})
    assert fetch.fetch(url, cache_dir=tmp_path).data == PAGE
    bomb = site.add("/bomb", gzip.compress(b"\0" * 500_000), headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="limit once uncompressed"):
        fetch.fetch(bomb, cache_dir=tmp_path, max_bytes=100_000)


@pytest.mark.parametrize("status, words", [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")])
def test_http_errors_are_one_clear_reason(site, tmp_path, status, words):
    url = site.add("/err", b"nope", status=status)
    with pytest.raises(FetchError, match=words) as caught:
        fetch.fetch(url, cache_dir=tmp_path)
    assert "\n" not in str(caught.value)
    assert not list(tmp_path.glob("*.body"))


def test_connection_refused(tmp_path):
    with pytest.raises(FetchError, match="refused"):
        fetch.fetch(f"http://127.0.0.1:{free_port()}/x", cache_dir=tmp_path, timeout=2)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,hi", "javascript:alert(1)", "gopher://127.0.0.1/", "http://",
     "http://127.0.0.1:99999/", "https:///nohost"],
)
def test_only_http_and_https_urls_with_a_host_are_fetched(url, tmp_path):
    with pytest.raises(FetchError, match="skipped, (only http and https|not a valid URL)"):
        fetch.fetch(url, cache_dir=tmp_path)
    assert not tmp_path.joinpath(".gitignore").exists()


def test_redirects_are_followed_to_http_only(site, tmp_path):
    site.add("/final")
    moved = site.add("/moved", b"", status=302, headers={"Location": "/final"})
    got = fetch.fetch(moved, cache_dir=tmp_path)
    assert got.data == PAGE and got.final_url == site.url("/final") and got.url == moved
    to_file = site.add("/evil", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="redirected to file:///etc/passwd, which is not fetched"):
        fetch.fetch(to_file, cache_dir=tmp_path)
    loop = site.add("/loop", b"", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="too many redirects"):
        fetch.fetch(loop, cache_dir=tmp_path)


def test_a_broken_answer_is_a_reason(site, tmp_path):
    def garbage(handler):
        handler.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")

    site.routes["/garbage"] = garbage
    with pytest.raises(FetchError, match="skipped, "):
        fetch.fetch(site.url("/garbage"), cache_dir=tmp_path)


def test_is_url():
    assert is_url("https://example.org/a") and is_url("ftp://x") and is_url("HTTP://X")
    assert not is_url("seeds") and not is_url("a/b.txt") and not is_url("://x")
    assert not is_url("C:\\news\\a.txt")


def drip(data: bytes, pause: float):
    """A route that sends ``data`` a byte at a time, ``pause`` seconds apart
    (at most 100 bytes, so the server thread ends soon anyway)."""

    def route(handler):
        try:
            for byte in data[:100]:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass

    return route


BODY = b"<html><body><p>" + b"y" * 60 + b"</p></body></html>"


@pytest.mark.parametrize("answer", [
    b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"p" * 60 + b"\r\n\r\n" + PAGE,  # slow headers
    b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + BODY,  # slow body
])
def test_a_server_that_drips_bytes_is_cut_at_the_deadline(site, tmp_path, answer):
    # 100 bytes over 5 s, each wait far below the timeout: only a deadline
    # for the whole answer cuts it (a timeout per read would wait for all of it).
    site.routes["/drip"] = drip(answer, 0.05)
    with pytest.raises(FetchError, match=r"no complete answer within 1 s"):
        fetch.fetch(site.url("/drip"), cache_dir=tmp_path, timeout=1)
    assert not list(tmp_path.glob("*.body"))


def test_a_body_shorter_than_its_content_length_is_an_error(site, tmp_path):
    def short(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(PAGE) + 500))
        handler.end_headers()
        handler.wfile.write(PAGE)
        handler.close_connection = True

    site.routes["/short"] = short
    with pytest.raises(FetchError, match=rf"cut short \({len(PAGE)} of the {len(PAGE) + 500} bytes announced\)"):
        fetch.fetch(site.url("/short"), cache_dir=tmp_path)
    assert not list(tmp_path.glob("*.body"))


# --------------------------------------------------------------------------- a cache that was tampered with


def _cached(site, tmp_path) -> tuple[str, Path]:
    url = site.add("/story")
    fetch.fetch(url, cache_dir=tmp_path)
    return url, tmp_path / f"{fetch.cache_key(url)}.body"


def test_the_cache_folder_and_files_are_private(site, tmp_path):
    folder = tmp_path / "cache"
    fetch.fetch(site.add("/story"), cache_dir=folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o077 == 0 for p in folder.iterdir())


@pytest.mark.parametrize("suffix", [".body", ".json"])
def test_a_fifo_in_the_cache_is_not_read(site, tmp_path, suffix):
    url, body = _cached(site, tmp_path)
    entry = body.with_suffix(suffix)
    entry.unlink()
    os.mkfifo(entry)
    got = fetch.fetch(url, cache_dir=tmp_path)  # fetched again, not blocked on the FIFO (no writer: it would wait for ever)
    assert got.data == PAGE and not got.from_cache


def test_a_link_to_a_device_in_the_cache_is_not_read(site, tmp_path):
    url, body = _cached(site, tmp_path)
    body.unlink()
    body.symlink_to("/dev/zero")
    got = fetch.fetch(url, cache_dir=tmp_path)
    assert got.data == PAGE and not got.from_cache


def test_a_link_to_a_file_with_the_right_digest_does_not_replace_the_article(site, tmp_path):
    url, body = _cached(site, tmp_path)
    planted = tmp_path / "elsewhere.html"
    planted.write_bytes(PAGE)  # same digest, but not the cache's own file
    body.unlink()
    body.symlink_to(planted)
    got = fetch.fetch(url, cache_dir=tmp_path)
    assert not got.from_cache and site.hits["/story"] == 2


def test_an_oversized_cache_body_is_not_read(site, tmp_path):
    url, body = _cached(site, tmp_path)
    assert fetch.read_cache(url, tmp_path, max_bytes=len(PAGE)) is not None
    assert fetch.read_cache(url, tmp_path, max_bytes=len(PAGE) - 1) is None
    body.write_bytes(b"x" * 100)  # the digest no longer matches what is read
    assert fetch.read_cache(url, tmp_path) is None
