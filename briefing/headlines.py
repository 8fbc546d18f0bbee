"""An outlet's own headline, read from the title its page carries: the
title of a briefing of one source, and one of several when they share no
subject (``topic.title_from``)."""

from __future__ import annotations

import re

from .model import Source
from .webpage import TITLE_PARTS
from .wording import normal

# A label printed before a headline in capitals ("LIVE:", "WATCH:").
KICKER = re.compile(r"^[A-Z][A-Z ]{1,20}:\s+(?=\S)")
SHORT_PART = 3  # words: a part this short beside a longer one names a site or a section


def headline(source: Source) -> str | None:
    """The source's own headline without the furniture a page title carries:
    a part that is the outlet's name, a short part (a site or section name)
    beside a longer one, a capitalised label before it."""
    def squash(text: str) -> str:
        return re.sub(r"^the|[^a-z0-9]", "", normal(text).replace(" ", ""))

    outlet = squash(source.outlet or "")
    parts = [p.strip() for p in TITLE_PARTS.split(source.title or "") if p.strip()]
    parts = [p for p in parts if not (outlet and squash(p) and (squash(p) in outlet or outlet in squash(p)))]
    if any(len(p.split()) > SHORT_PART for p in parts):
        parts = [p for p in parts if len(p.split()) > SHORT_PART]
    title = KICKER.sub("", " - ".join(parts))
    return title or None
