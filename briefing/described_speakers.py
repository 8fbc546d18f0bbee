"""Who a description of a speaker means, for pass two (``speakers.Article``
reads an article with it): "the senator", "the Oregon Republican", "a
former official", "his spokesman", "the firm's chief executive". A
definite description points back to a person the article spoke of or the
sources give that role; an indefinite one stays a description until a name
follows; a possessive one is the owner's spokesperson or the role's one
holder.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from .body_names import named_body
from .corpus import Corpus
from .data import words
from .mention_words import BODY_NOUNS, COURTESY, OFFICES, PERSON_ROLES, Mention, Parsed
from .owners import possessed
from .people import People
from .resolver import ROLE_GENDER, pointing_words
from .role_choice import role_head, role_key, same_office
from .unnamed import described

DESCRIBED_BACK = 2  # "the MP said": the person named within this many sentences before, when no one holds the office
OWNER_PRONOUNS = words("grammar", "owner_possessives")


class Descriptions:
    """The rules for descriptions of ``speakers.Article``, which holds the
    state they read (declared here)."""

    parsed: Sequence[Parsed]
    corpus: Corpus
    people: People
    local: set[str]
    orgs: list[str]
    roles: list[tuple[str, str]]
    pending: list[int]
    last_named: tuple[str, int] | None
    index: int
    person: Callable[[str], str]
    pronoun: Callable[[str], str | None]

    def description(self, mention: Mention, index: int | None) -> str | None:
        """"the senator", "the Oregon Republican", "a former official": the
        one person the sources give a role of two words or more ("the
        health secretary"); for a definite description, the person it points
        back to (``definite``); an indefinite one stays a description until
        a name follows (``settle_pending``)."""
        key = role_key(mention.role or mention.head)
        known = self.corpus.role_map.get(key, Counter())
        pointing = pointing_words(key) if mention.kind == "definite" else None
        if pointing:  # "the Oregon Republican": the one it describes, else no one named
            return self.people.described_as(pointing) or described(mention.text)
        if len(known) == 1 and len(key.split()) >= 2:
            return next(iter(known))
        if mention.kind == "definite":
            return self.definite(mention, key, known)
        if index is None:
            return None
        self.pending.append(index)
        return described(mention.text)  # "a former official", until a name follows

    def definite(self, mention: Mention, key: str, known: Counter[str]) -> str:
        """"the senator said": the person last spoken of whom the sources
        give that role, or its head word ("the secretary" for "Health
        secretary"), or that this article gave it on the way ("A Labour MP
        ... Jo Roe"), or calls by that office ("Congresswoman Ana Ruiz"), or
        the same office in other words ("the minister" for
        a secretary, ``role_choice.same_office``); else the one person of all
        sources who holds it; else the person just named, when nothing
        says otherwise (``named_before``); else the description itself ("the
        judge"), as when the last sentence that names a holder names two
        (``two_holders``)."""
        offices = same_office(role_head(key))
        holders: Counter[str] = Counter()
        for word in sorted(offices):
            holders.update(self.corpus.role_map.get(word, Counter()))
        given_here = {name for name, role in self.roles if role_head(role_key(role)) in offices}  # "A Southampton MP ..."
        if self.two_holders(set(known) | set(holders) | given_here):
            return described(mention.text)
        speaker = (
            self.people.holding(known) or self.people.holding(holders) or self.people.holding(given_here)
            or self.people.called(offices)
        )
        if speaker is None and len(holders) == 1:
            speaker = next(iter(holders))
        return speaker or self.named_before(role_head(key), offices) or described(mention.text)

    def two_holders(self, holders: set[str]) -> bool:
        """"President Roe met President Trell. The president said ...": the
        last sentence before this one that names a holder of the office names
        two of them, so the description may mean either and recency chooses
        neither; it stays a description."""
        for p in reversed(self.parsed[:self.index]):
            named = {self.person(name) for name in p.names} & holders
            if named:
                return len(named) > 1
        return False

    def named_before(self, head: str, offices: frozenset[str]) -> str | None:
        """"Colleague Jo Roe set out her demands. Pressed on them, the MP
        said ...": when no one in the sources holds the office, a definite
        description points back to the person the sentence before (or the
        one before it) named, preferring its subject, when the sources give
        that person no other office and not the other gender. Only for an
        office ("the mayor", not "the nurse", who is as often someone only
        described), and only a person the sources quote or give a role (a
        sentence's subject may be a law or a place)."""
        if self.last_named is None or self.index - self.last_named[1] > DESCRIBED_BACK or not offices & OFFICES - COURTESY:
            return None
        who = self.last_named[0]
        if who not in self.corpus.speaking and who not in self.corpus.roled:
            return None
        held = self.corpus.offices.get(who, frozenset())
        gender = ROLE_GENDER.get(head)
        if (held and not held & offices) or (gender and self.corpus.genders.get(who, gender) != gender):
            return None
        return who

    def possessive(self, mention: Mention, subject: str | None) -> str | None:
        """"his spokesman" (the subject's, or the person last spoken of),
        "Roe's spokeswoman": the owner's spokesperson, not the owner; "the
        firm's chief executive": the one person this article (else all
        sources) gives that role, none of two; "its
        spokesman" the organisation's last named, as "it" is (with none,
        the description as printed); "a spokeswoman for the trust": the
        trust named before's; "the island's housing office": a body its
        owner's words name, as printed."""
        owner = mention.owner or ""
        if owner == "its":
            body = self.pronoun("it")
            return possessed(body, mention) if body else described(mention.text)
        if owner[:1].islower() and owner not in OWNER_PRONOUNS:
            if mention.head not in PERSON_ROLES:
                return mention.text  # "the island's statistics office": a body, whole, not the owner's "office"
            holders = self.corpus.role_map.get(role_key(mention.text), Counter())
            here = [name for name in holders if name in self.local] or list(holders)  # "Ana Roe, the firm's chief executive,"
            if len(here) == 1:
                return here[0]
            if here:
                return described(mention.text)  # two hold it: no one of them
        owner_name = (subject or self.people.last) if owner in OWNER_PRONOUNS else self.person(owner)
        if owner in BODY_NOUNS:  # "a spokeswoman for the trust": the trust named before, as "the trust said" is
            owner_name = named_body(owner, self.orgs, self.corpus.bodies) or owner_name
        return possessed(owner_name, mention) if owner_name else None
