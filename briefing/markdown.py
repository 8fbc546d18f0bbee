"""Markdown: an article's text in; its front matter (title, outlet, url,
date, author) and plain text out.

``split_front_matter`` reads a leading ``---`` YAML block (a ``.md`` file's,
or a ``.txt`` file's whose block holds known fields) with a loader that
takes no aliases and no deep nesting; only single values are kept, and
front matter that is too long or not YAML is left out whole, with a note.
``markdown_to_text`` strips the Markdown a news article is likely to carry
(headings, images, links, emphasis, block quotes, raw HTML tags) and hands back the first
heading as a title candidate.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Raw HTML in Markdown, an open or closing tag as CommonMark defines one
# ('<tweet tweet-id="7">', '</div>', '<br/>'): markup, no words of the article.
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>")


FRONT_MATTER_FIELDS = ("title", "outlet", "url", "date", "author")
MAX_FRONT_MATTER = 64 * 1024  # characters; real front matter is a few lines
MAX_FRONT_MATTER_DEPTH = 16  # lists in mappings in lists...: real front matter is two or three deep


@cache
def _plain_yaml():
    """The YAML module and its loader, imported on first use: most inputs
    have no front matter, and PyYAML costs a build that reads none."""
    import yaml

    class PlainYAML(yaml.SafeLoader):
        """``yaml.safe_load`` without aliases and without deep nesting: front
        matter is a few plain values, aliases are how a few hundred bytes expand
        into gigabytes, and nesting is what the composer recurses on."""

        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("it uses YAML aliases (*name), which are not accepted")
            if self.depth >= MAX_FRONT_MATTER_DEPTH:
                raise yaml.YAMLError("it is nested too deeply")
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return yaml, PlainYAML


def _scalar(value: object) -> str | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip() or None if value is not None else None


def split_front_matter(text: str) -> tuple[dict[str, str | None], str, list[str]]:
    """YAML front matter (title, outlet, url, date, author), the body, and
    notes on what was not read. Only single values are taken; front matter
    that is too long, not YAML or uses aliases is left out whole."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    body = text[match.end():]
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER:
        return {}, body, [f"front matter over the {MAX_FRONT_MATTER:,}-character limit, not read"]
    yaml, loader = _plain_yaml()
    try:
        data = yaml.load(block, Loader=loader)  # a SafeLoader: no Python objects
    except yaml.YAMLError as exc:
        reason = "it is not valid YAML" if isinstance(exc, yaml.MarkedYAMLError) else exc
        return {}, body, [f"front matter not read, {reason}"]
    if not isinstance(data, dict):
        return {}, body, ["front matter not read, it is not a list of 'key: value' lines"]
    values: dict[str, str | None] = {}
    notes = []
    for key in (*FRONT_MATTER_FIELDS, "source", "publisher"):  # source, publisher: other names for outlet
        value = data.get(key)
        if isinstance(value, (dict, list, set, tuple)):
            notes.append(f"front matter {key!r} left out, it is not a single value")
            value = None
        values[key] = _scalar(value)
    meta = {key: values[key] for key in FRONT_MATTER_FIELDS}
    meta["outlet"] = values["outlet"] or values["source"] or values["publisher"]
    return meta, body, notes


def markdown_to_text(body: str) -> tuple[str | None, str]:
    """Strip the Markdown a news article is likely to carry; the first level-1
    or level-2 heading is returned as a title candidate."""
    title = None
    lines = []
    for line in body.splitlines():
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None:
                title = heading.group(1)
                continue
            line = heading.group(1)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub("", line)
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        if _MD_HTML_TAG.search(line):
            line = _MD_HTML_TAG.sub("", line)
            line = line if re.search(r"\w", line) else ""  # a line of markup alone leaves no sentence behind
        lines.append(line)
    return title, "\n".join(lines)
