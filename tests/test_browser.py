"""The HTML briefing laid out by a real browser (issue 12): headless
chromium at a phone's width (390 px) and a desktop's (1280 px), driven
through the DevTools protocol. Skipped when chromium is not installed
(``setup.sh`` installs it). ``BRIEFING_SCREENSHOTS=DIR`` keeps full-page
screenshots there, to look at."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from briefing.render import render


@pytest.fixture(scope="module")
def seed_html(seed_briefing):
    """The seed briefing with an outlet and a long URL on its first source."""
    url = "https://news.example/2025/01/12/council-weighs-a-harbour-toll-for-the-fishing-fleet-and-ferry-service?id=7&page=2"
    first = dataclasses.replace(seed_briefing.sources[0], url=url, outlet="Example News")
    return render(dataclasses.replace(seed_briefing, sources=(first, *seed_briefing.sources[1:])), "html").decode("utf-8")


CHROMIUM = next((path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None)
# Measures the laid-out page: does it scroll sideways, what sticks out of
# the screen, do the tables scroll in their boxes, which fonts set the text.
MEASURE = """(() => {
const width = document.documentElement.clientWidth;
const scrolls = [...document.querySelectorAll("table")].map(t => {
  const box = t.closest(".scroll");
  const style = box ? getComputedStyle(box).overflowX : "";
  return {cls: t.className, boxed: !!box, right: box ? box.getBoundingClientRect().right : 0,
          wider: box ? t.scrollWidth > box.clientWidth : false, scrolls: style === "auto" || style === "scroll"};
});
const outside = [...document.querySelectorAll("body *")].filter(e => !e.closest(".scroll") && e.getClientRects().length
  && e.getBoundingClientRect().right > width + 1).map(e => e.tagName + "." + e.className).slice(0, 5);
const text = [...document.querySelectorAll("p, li, td, th, h1, h2, h3, dd, dt, q, span, a, strong")]
  .filter(e => !e.closest(".bid, .m-id, code") && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
const fonts = [...new Set(text.map(e => getComputedStyle(e).fontFamily))];
const hit = document.querySelector("td.hit");
const rgb = hit ? getComputedStyle(hit).backgroundColor.match(/\\d+/g).map(Number) : [255, 255, 255];
return {width, page: document.documentElement.scrollWidth, scrolls, outside, fonts,
        hit: (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255};
})()"""


def _as_fds_3_and_4(commands: int, replies: int) -> None:
    """In the child: the pipe ends where --remote-debugging-pipe expects them."""
    commands, replies = os.dup(commands), os.dup(replies)  # out of the way of 3 and 4 first
    os.dup2(commands, 3)
    os.dup2(replies, 4)


class Browser:
    """Headless chromium driven through the DevTools protocol on a pipe
    (--remote-debugging-pipe: commands on fd 3, replies on fd 4), so the
    viewport can be a phone's (a headless window is at least 500 px wide)."""

    def __init__(self, profile: Path):
        to_chromium, self._write = os.pipe()
        self._read, from_chromium = os.pipe()
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=lambda: _as_fds_3_and_4(to_chromium, from_chromium),
        )
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer, self._id, self.session = b"", 0, None

    def _message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(self._read, 1 << 20) if ready else b""
            assert chunk, "chromium did not answer in time"
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, timeout: float = 30, **params) -> dict:
        self._id += 1
        command = {"id": self._id, "method": method, "params": params}
        if self.session and not method.startswith(("Target.", "Browser.")):
            command["sessionId"] = self.session
        os.write(self._write, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while (reply := self._message(deadline)).get("id") != self._id:
            pass
        assert "error" not in reply, reply
        return reply["result"]

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self._message(deadline).get("method") != event:
            pass

    def open(self, url: str, width: int) -> None:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 600)
        self.call("Page.enable")
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        finally:
            os.close(self._write)
            os.close(self._read)
            self.process.wait(timeout=10)


def layout_in_chromium(html: str, width: int, tmp_path: Path) -> dict:
    """The page measured at ``width`` CSS pixels."""
    page = tmp_path / f"page-{width}.html"
    page.write_text(html, encoding="utf-8")
    browser = Browser(tmp_path / f"profile-{width}")
    try:
        browser.open(page.as_uri(), width)
        got = browser.call("Runtime.evaluate", expression=MEASURE, returnByValue=True)["result"]["value"]
        if os.environ.get("BRIEFING_SCREENSHOTS"):  # a folder to keep full-page screenshots in, to look at
            shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
            Path(os.environ["BRIEFING_SCREENSHOTS"], f"briefing-{width}.png").write_bytes(base64.b64decode(shot))
    finally:
        browser.close()
    return got


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (setup.sh installs it)")
@pytest.mark.parametrize("width", [390, 1280])
def test_html_layout_in_a_real_browser(seed_html, tmp_path, width):
    got = layout_in_chromium(seed_html, width, tmp_path)
    assert got["width"] == width
    assert got["page"] <= width, f"the page scrolls sideways: {got['outside']}"
    assert not got["outside"], "only the boxes around tables may hold content wider than the screen"
    assert {"balance-table", "disputed", "matrix"} <= {t["cls"].split()[0] for t in got["scrolls"]}
    for table in got["scrolls"]:
        assert table["boxed"] and table["scrolls"] and table["right"] <= width + 1, table
    if width == 390:
        assert any(t["wider"] for t in got["scrolls"]), "on a phone the coverage matrix is wider than its box, and scrolls"
    assert len(got["fonts"]) == 1, f"one font family for the text: {got['fonts']}"
    assert got["hit"] > 0.6, "the coverage matrix's filled cells are light"


