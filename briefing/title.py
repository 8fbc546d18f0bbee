"""The title of a briefing built without a spec, and of the draft
``briefing.toml`` that ``draft`` writes: the subject the sources share
(``topic``) and the speakers the most sources quote. It never takes one
outlet's headline for several (one source's own headline is its title;
sources that share no subject give each one's headline), nor a headline
with a word to watch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set

from .draft_actors import read_roles, voices_and_misread
from .headlines import cited, headline
from .lexicon import SUBJECTIVE, load
from .mapping import Map, in_order
from .messages import counted
from .model import Block, Source
from .positions import speakers
from .topic import topic_of

MAX_TITLES = 3  # sources that share no subject: up to this many headlines make the title


def neutral_title(sources: Sequence[Source], blocks: Sequence[Block], roles: Iterable[tuple[str, str]], each: Map = in_order) -> str:
    """The shared subject and the two most quoted speakers, as the draft
    spec's title gives them. One outlet's headline is never the title of
    several; with one source, its own headline is the fairest title there
    is, and when the sources share no subject each one's headline says what
    the briefing holds, unless it holds a word of the neutrality lexicon.
    ``roles``: the speakers' roles as read; ``each`` maps the per-source
    work (``mapping.Map``)."""
    ranked = speakers(blocks)
    outlets = cited(sources, ranked)
    voices, misread = voices_and_misread(ranked, read_roles(roles), (s.text for s in sources))
    topic = topic_of(sources, blocks, [name for name, _ in ranked if name not in outlets], each)
    return title_from(sources, named_first(ranked, outlets | misread, voices), topic)


def named_first(ranked: Sequence[tuple[str, list[Block]]], left_out: Set[str], voices: Set[str]) -> list[str]:
    """The speakers a title may name, most quoted first (``ranked``), but
    the named before the unnamed ``voices`` (descriptions and groups,
    "Harbour officials", whom no title should stand for:
    ``draft_actors.voices_and_misread``); none of ``left_out``: an outlet,
    or one who only reports (``headlines.cited``), and words misread as a
    name ("Shortly")."""
    return [name for name, _ in sorted(ranked, key=lambda nb: nb[0] in voices) if name not in left_out]


def title_from(sources: Sequence[Source], names: list[str], topic: str | None) -> str:
    """``neutral_title`` from the speakers it may name, most quoted first
    (``names``: ``named_first``), and the topic; a topic that is one of the
    two it names (``topic._headlined``) is named once, first."""
    own = [h if h and not _watched(h) else None for h in map(headline, sources)]
    if len(sources) == 1 and own[0]:
        return own[0]
    if topic in names[:2]:
        return f"Statements by {_people([topic, *(n for n in names if n != topic)])}"
    topic = topic[0].upper() + topic[1:] if topic else None
    people, n_sources = _people(names), counted(len(sources), "source")
    if topic and people:
        return f"{topic}: statements by {people}"
    if topic:
        return f"{topic}: {n_sources}"
    if all(own) and len(own) <= MAX_TITLES:
        return " / ".join(t for t in own if t)
    return f"Statements by {people}" if people else f"Briefing from {n_sources}"


def _watched(text: str) -> bool:
    """Whether ``text`` holds one of Wikipedia's words to watch ("mocks",
    "so-called"): a headline with one takes its outlet's tone. A word only
    subjective ("wins") is not held against it, as in the neutrality stage."""
    return any(hit.category != SUBJECTIVE for hit in load().find(text))


def _people(everyone: Sequence[str]) -> str:
    """The first two speakers, "and others" after them when there are more."""
    return ", ".join(everyone[:2]) + " and others" if len(everyone) > 2 else " and ".join(everyone)
