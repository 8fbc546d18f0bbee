"""What is the outlets' own, not the story's: an outlet's headline, read
from the title its page carries (the title of a briefing of one source, and
one of several when they share no subject, ``title.title_from``), and the
speakers who only report (an outlet or a journalist the articles cite) or
are an outlet of the sources, whom a draft's groups and a title leave out
(``cited``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import Block, Source
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


def reporters(ranked: Sequence[tuple[str, list[Block]]]) -> set[str]:
    """The speakers who only report: never quoted, and named in every
    statement of theirs as what reported it ("The Quayside Courier reported
    on Friday that ...", "as our correspondents Ana Lee and Ben Orr report
    from ..."): an outlet or a journalist the articles cite relays what others
    did or said, and takes no side by it. Not one a claim is "according
    to": a campaign's figures are as often given so as an outlet's; nor a
    description (its last word not capitalised: "Harbour officials reported
    progress", "the trust reported a loss"), a party reporting its own doings,
    where an outlet and a journalist are named."""
    found = set()
    for name, blocks in ranked:
        if any(b.kind == "quote" for b in blocks) or not (name.split() or [""])[-1][:1].isupper():
            continue
        reports = re.compile(rf"\b{re.escape(name)}\s+(?:\w+\s+)?report(?:s|ed)?\b", re.I).search  # once per speaker, not per statement
        if all(reports(b.text) for b in blocks):
            found.add(name)
    return found


def cited(sources: Sequence[Source], ranked: Sequence[tuple[str, list[Block]]]) -> set[str]:
    """The speakers of ``ranked`` who are the outlets, not the story: those
    who only report (``reporters``) and an outlet of the sources
    (``outlets_among``). An outlet's own report is how the story reaches
    the reader, not a side of it; a title's "statements by" names none."""
    return reporters(ranked) | outlets_among(sources, ranked)


def outlets_among(sources: Sequence[Source], ranked: Sequence[tuple[str, list[Block]]]) -> set[str]:
    """The speakers of ``ranked`` that are an outlet of the ``sources``: its
    name, with or without "the" ("Pellby Gazette" for "The Pellby
    Gazette"), a name its name opens when that is two words or more (its
    own desk or poll, "Pellby Gazette Poll"; one word opens other bodies'
    names too, "The Lantern" and "Lantern Housing Trust"), or the end of
    its name that the texts their words come from print after "the" more
    often than not, as a paper is called by its last words ("the Gazette";
    not "Gazette" where they print "Ms Gazette said": a person of that
    surname)."""
    printed = sorted({s.outlet for s in sources if s.outlet})
    outlets = {tuple(normal(p).removeprefix("the ").split()) for p in printed} - {()}
    tails = {o[i:] for o in outlets for i in range(1, len(o))}
    text = {s.id: s.text for s in sources}
    whole = re.compile("|".join(map(re.escape, printed)) or "(?!)", re.I)
    found = set()
    for name, blocks in ranked:
        words = tuple(normal(name).removeprefix("the ").split())
        if words in outlets or any(words[:n] in outlets for n in range(2, len(words))):
            found.add(name)
        elif words in tails:
            # Where the texts print an outlet's whole name, its last word is no short form of it.
            texts = [whole.sub(" ", text[i]) for i in sorted({i for b in blocks for i in b.sources}) if i in text]
            found |= {name} if after_the(name, texts) else set()
    return found


def after_the(name: str, texts: Iterable[str]) -> bool:
    """Whether the ``texts`` print ``name`` after "the" more often than not."""
    before = [m.group(1).casefold() for t in texts for m in re.finditer(rf"(\w*)\W+{re.escape(name)}\b", t)]
    return before.count("the") * 2 > len(before)
