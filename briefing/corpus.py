"""What every source of a story prints about its people, for reading one
article (``speakers.Article``).

In: the pass-one ``Parsed`` sentences of all articles (``saying.parse``),
and what each prints (``Printed``) where it was read with the parse.
Out: ``Corpus``: the full names (``resolver.Names``), who holds which role,
gender cues, the words that describe each person, who speaks somewhere, the
offices each holds and the organisations all sources name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

from .body_names import organisations
from .mention_words import COURTESY, OFFICES, Parsed
from .resolver import Names, descriptions, gender_votes, lower_words, ordinary_words, printed_descriptions
from .role_choice import capitalised_words, role_head, role_key, same_office
from .roles import owned_by


class Printed(NamedTuple):
    """What articles print that the corpus gathers from all: read article
    by article (``printed``; the pipeline's workers read it with the parse,
    about half of ``Corpus.build`` on one core before), then ``gathered``
    into one as soon as it is back, so the build holds one copy of each
    word, not one an article."""

    described: tuple[Mapping[str, set[str]], ...]  # each article's ``resolver.printed_descriptions``
    lower: frozenset[str]  # ``resolver.lower_words``
    inside: frozenset[str]  # ``role_choice.Capitalised.inside``
    named: frozenset[str]  # ``role_choice.Capitalised.names``
    bodies: tuple[str, ...]  # the organisations named (``body_names.organisations``), first printing first


def printed(article: Sequence[Parsed]) -> Printed:
    """What one article's sentences print (``Printed``)."""
    capitalised = capitalised_words(p.sentence.text for p in article)
    bodies = tuple(dict.fromkeys(o for p in article for o in organisations(p)))
    return Printed((printed_descriptions(article),), lower_words(article), capitalised.inside, capitalised.names, bodies)


def gathered(read: Sequence[Printed]) -> Printed:
    """What all of ``read`` print, in their order: the words and bodies
    that all their sentences read at once give, and each one's descriptions."""
    return Printed(
        tuple(d for r in read for d in r.described),
        frozenset[str]().union(*(r.lower for r in read)),
        frozenset[str]().union(*(r.inside for r in read)),
        frozenset[str]().union(*(r.named for r in read)),
        tuple(dict.fromkeys(o for r in read for o in r.bodies)),
    )


@dataclass(frozen=True)
class Corpus:
    """What every source prints about its people, for reading one article."""

    names: Names
    role_map: dict[str, Counter[str]]  # role key -> the people given that role, with counts
    genders: dict[str, str]  # ``resolver.gender_votes``
    lower: frozenset[str]  # ``resolver.lower_words``
    ordinary: frozenset[str]  # ``resolver.ordinary_words``
    words: dict[str, frozenset[str]]  # ``resolver.descriptions``
    roles: tuple[tuple[str, str], ...]  # (canonical name, role) for each role printed with a name
    speaking: frozenset[str]  # the people some sentence names as its speaker
    offices: dict[str, frozenset[str]]  # canonical name -> the offices the sources give them ("mp", "senator")
    roled: frozenset[str]  # the people the sources give some role
    bodies: tuple[str, ...] = ()  # the organisations all sources name, for "the club" an article does not name
    common: frozenset[str] = frozenset()  # ``lower`` less ``role_choice.Capitalised.names``: a role's opening words put in lower case

    @cached_property
    def persons(self) -> frozenset[str]:
        """Who the sources show to be a person, whom "he" or "she" may point
        to: a full name, a gender cue, a role, or a sentence they speak by
        name (a word printed alone and no more may be a place or a people's
        adjective)."""
        return frozenset(self.names.counts) | frozenset(self.genders) | self.speaking | self.roled

    @classmethod
    def build(cls, articles: Sequence[Sequence[Parsed]], read: Printed | None = None) -> Corpus:
        """What all articles' pass-one sentences print about their people;
        ``read``: what they print (``gathered``) where the pipeline's
        workers read it with the parse (read here otherwise, on one core)."""
        every = [p for article in articles for p in article]
        read = gathered([printed(article) for article in articles]) if read is None else read
        lower = read.lower
        ordinary = ordinary_words(lower, read.inside)
        names = Names.build(every, ordinary)
        # A story names its people in every sentence: each printed form is resolved once.
        resolve = cache(names.resolve)
        role_map: dict[str, Counter[str]] = defaultdict(Counter)
        roles = [(resolve(raw), role) for p in every for raw, role in p.roles if not owned_by(role)]  # "his": the article says whose
        roles += sorted(names.labels.items())
        for name, role in roles:
            role_map[role_key(role)][name] += 1
            role_map[role_head(role_key(role))][name] += 1
        speaking = frozenset(resolve(p.speaker.text) for p in every if p.speaker is not None and p.speaker.kind == "name")
        offices: dict[str, set[str]] = defaultdict(set)
        for name, role in roles:
            offices[name].update(same_office(role_head(role_key(role))) & OFFICES - COURTESY)
        words = descriptions(read.described, resolve)
        return cls(
            names, dict(role_map), gender_votes(every, resolve), lower, ordinary,
            words, tuple(roles), speaking, {n: frozenset(o) for n, o in offices.items()},
            frozenset(name for name, _ in roles), read.bodies,
            lower - read.named,
        )
