"""One article's people in the order it speaks of them, for resolving
"he", "she" and descriptions (``speakers.Article`` holds one): who was
spoken of last, who of them holds a role, is called by an office, is
described by words, or may be "he" or "she". The corpus's names and the
gender cues and descriptions this reads are in ``resolver``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from .resolver import PRONOUN_GENDER


@dataclass
class People:
    """One article's people, most recently spoken of last."""

    genders: dict[str, str]
    lower: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # from ``descriptions``
    persons: Collection[str] = frozenset()  # who the sources show to be a person (``Corpus.persons``)
    order: list[str] = field(default_factory=list)

    def mention(self, name: str) -> None:
        if all(w.lower() in self.lower for w in name.split()):
            return
        if name in self.order:
            self.order.remove(name)
        self.order.append(name)

    @property
    def last(self) -> str | None:
        return self.order[-1] if self.order else None

    def holding(self, holders: Collection[str]) -> str | None:
        """"the senator": the person last spoken of whom the sources give that role."""
        return next((n for n in reversed(self.order) if n in holders), None)

    def called(self, nouns: frozenset[str]) -> str | None:
        """"the congresswoman": the person last spoken of whom the sources
        call by one of ``nouns`` ("Congresswoman Ana Ruiz")."""
        return next((n for n in reversed(self.order) if self.words.get(n, frozenset()) & nouns), None)

    def described_as(self, words: frozenset[str]) -> str | None:
        """"the Oregon Republican": the person last spoken of whom the sources
        describe by every one of those words; else the one person of all
        sources they describe, if there is only one."""
        found = next((n for n in reversed(self.order) if words <= self.words.get(n, frozenset())), None)
        if found:
            return found
        anywhere = [n for n, own in self.words.items() if words <= own]
        return anywhere[0] if len(anywhere) == 1 else None

    def pronoun(self, head: str) -> str | None:
        """"he"/"she": the person last spoken of whom the sources never gave
        the other gender (an unknown one is as likely as a known one), of
        those the sources show to be a person (``Corpus.persons``): a
        capitalised word printed alone and no more may be a place ("Tolvik
        has a long history. '...,' he said.") or a people's adjective."""
        want = PRONOUN_GENDER.get(head)
        return next((n for n in reversed(self.order) if self.genders.get(n, want) == want and n in self.persons), None)
