"""Web pages: a saved or fetched page's HTML in; the article's text (one
paragraph a line) and metadata (title, outlet, author, date, canonical url)
out, or None when the page holds no article.

``prune`` first takes plain page furniture out of the tree by general
rules (tags that are never text; roles, class and id words that mark
navigation, adverts, related links, captions, sharing and cookie bars;
hidden elements), never what holds the article; trafilatura then extracts
the body and metadata. trafilatura is imported only when a page is read,
so a build from text files does not pay for it.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# HTML's own vocabulary and web pages' conventions, not a language's words: the
# element names of the HTML standard, the landmark roles of WAI-ARIA, and the
# class and id words page templates use for furniture (in English whatever the
# article's language). They belong with the tree walk that reads them, so they
# stay here rather than in ``briefing/data/<language>``.
# Elements that are never article text.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "aside", "figcaption", "iframe", "form",
    "button", "select", "textarea", "svg", "canvas", "video", "audio", "object", "embed", "dialog",
    "menu",
})
# First words of class and id values that mark page furniture.
_DROP_WORDS = frozenset({
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising",
    "advertorial", "adsbygoogle", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "promo",
    "promos", "promoted", "promotion", "promotions", "related", "recommended", "recommendations",
    "outbrain", "taboola", "newsletter", "newsletters", "signup", "subscribe", "subscription",
    "share", "shares", "sharing", "sharebar", "social", "caption", "captions", "breadcrumb",
    "breadcrumbs", "cookie", "cookies", "consent", "paywall", "comments", "nav", "navbar",
    "navigation", "menu", "sidebar", "footer", "masthead", "popup", "modal", "trending", "mostread",
    "most-read",
})
# ARIA landmark roles of page furniture.
_DROP_ROLES = frozenset({
    "navigation", "complementary", "search", "dialog", "alertdialog", "contentinfo",
})
# The page's frame and the article's own elements: never furniture, whatever their class.
_KEEP_TAGS = frozenset({
    "html", "head", "body", "main", "article",
})
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


class HTMLUnavailable(RuntimeError):
    """trafilatura (or lxml_html_clean, which it needs) is not installed."""


def _trafilatura():
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - an installation problem
        raise HTMLUnavailable(
            f"reading HTML needs trafilatura and lxml_html_clean (pip install trafilatura lxml_html_clean): {exc}"
        ) from None
    return trafilatura


def _furniture(element: HtmlElement) -> bool:
    """An element that is plainly page furniture by its tag, role, class,
    id or hidden state."""
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower().rpartition("}")[2]
    if tag in _KEEP_TAGS:
        return False
    if tag in _DROP_TAGS:
        return True
    get = element.get
    if (get("role") or "").strip().lower() in _DROP_ROLES:
        return True
    if get("hidden") is not None or (get("aria-hidden") or "").strip().lower() == "true":
        return True
    if _HIDDEN_STYLE.search(get("style") or ""):
        return True
    for value in (get("class") or "", get("id") or ""):
        for token in value.split():
            words = [w for w in _WORD_SPLIT.split(token) if w]
            if token.lower() in _DROP_WORDS or (words and words[0].lower() in _DROP_WORDS):
                return True
    return False


def prune(tree: HtmlElement) -> int:
    """Take page furniture out of an lxml HTML tree in place; returns how many
    elements went. An element that holds the article (an ``<article>`` or
    ``<main>``, or more than half the page's text) is never taken out."""
    body = tree.find(".//body")
    total = len(body.text_content()) if body is not None else 0
    doomed: list = []
    gone: set = set()  # lxml keeps one proxy per node while it is referenced, so identity holds
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _furniture(element):
            continue
        if any(a in gone for a in element.iterancestors()):
            continue
        if element.find(".//article") is not None or element.find(".//main") is not None:
            continue
        code = element.tag.lower() in ("script", "style", "noscript", "template")
        if not code and total > 500 and len(element.text_content()) * 2 > total:
            continue
        doomed.append(element)
        gone.add(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail and element.tail.strip():  # the text after the element stays
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
    return len(doomed)


# What sits between a headline and the site's or section's name in a page
# title ("Headline | Site", "Opinion - Headline"): the separators sites print.
TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+|\s+::\s+")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
SITE_WORDS = 6  # a site's name is a few words; more is a second headline or a section's blurb


def title_site(html: str, headline: str | None) -> str | None:
    """The site's name that a page's <title> prints before or after the
    ``headline`` the article reader found, when it names no site otherwise
    (the last part after the headline: "Headline | Business | Site")."""
    found = _TITLE.search(html)
    if not found or not headline:
        return None
    whole = " ".join(unescape(found.group(1)).split())
    if whole.startswith(headline):
        parts = TITLE_PARTS.split(whole[len(headline) :])
        name = parts[-1] if len(parts) > 1 and not parts[0] else ""
    elif whole.endswith(headline):
        parts = TITLE_PARTS.split(whole[: -len(headline)])
        name = parts[0] if len(parts) > 1 and not parts[-1] else ""
    else:
        return None
    return name if name and name[0].isupper() and len(name.split()) <= SITE_WORDS else None


def extract_html(html: str, url: str | None = None) -> dict[str, str | None] | None:
    """The article in a page: ``text`` (one paragraph a line), ``title``,
    ``outlet``, ``author``, ``date``, ``url`` (canonical); None when the page
    holds no article text. Raises ``HTMLUnavailable`` without trafilatura."""
    trafilatura = _trafilatura()
    html = html.lstrip("\ufeff")
    tree = trafilatura.load_html(html)
    if tree is None or len(tree) < 1:  # a fragment without <html>: give it one
        tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        return None
    prune(tree)
    result = trafilatura.extract(
        tree,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
    )
    if not result:
        return None
    data = json.loads(result)
    text = data.get("text") or ""
    if not text.strip():
        return None

    def field(key: str) -> str | None:
        value = data.get(key)
        return " ".join(str(value).split()) or None if value else None

    title, hostname = field("title"), field("hostname")
    site = field("source-hostname")  # the page's own site name, else its host name
    return {
        "text": text,
        "title": title,
        "outlet": (site if site != hostname else None) or title_site(html, title) or hostname,
        "author": field("author"),
        "date": field("date"),
        "url": field("source") or url,
    }
