"""Unnamed speakers: a description as the sources print it ("a former
official"), whether a speaker is one, the unnamed person new to the reader
who spoke a sentence, and the person an unnamed speaker is described by
("the family of Ana Roe"). ``speakers.Article`` reads them in order."""

from __future__ import annotations

import re

from .mention_words import DETERMINERS, PERSON_ROLES, Mention, Parsed
from .resolver import ROLE_GENDER


def one_described(p: Parsed, mention: Mention | None, speaker: str | None, index: int) -> tuple[str, int, str | None] | None:
    """The unnamed person who spoke a sentence, new to the reader ("a
    spokeswoman for the board", "one official"), with the gender of their
    description's word; None for a name, a group, a sentence that names
    someone else ("... said Jo Roe was wrong") and a definite description
    ("the official" may be the person named before)."""
    if mention is None or speaker is None or mention.kind not in {"possessive", "indefinite", "described"}:
        return None
    if mention.text.split()[0].lower() == "the":  # "the Ohio senator said": may be the person named before
        return None
    if mention.head not in PERSON_ROLES or (mention.kind != "possessive" and not is_description(speaker)):
        return None
    printed = _unmarked(f"{mention.text} {mention.owner or ''}")  # "the Growers' Alliance" is named "Growers Alliance"
    if any(_unmarked(name) not in printed for name in p.names):
        return None  # "a spokesman for the commissioner, Jo Roe," names only the owner
    return speaker, index, ROLE_GENDER.get(mention.head)


_APOSTROPHE = re.compile("['’]")
_OF = re.compile(r"\bof (.+)$")


def _unmarked(text: str) -> str:
    """Words without their apostrophes, as a name is compared."""
    return _APOSTROPHE.sub("", text)


def whose(p: Parsed, speaker: str | None) -> str | None:
    """"the family of Ana Roe": the person an unnamed speaker is described
    by, whom a "her" after it may speak of ("Her sister, ..., said")."""
    inside = _OF.search(speaker) if speaker and is_description(speaker) else None
    return inside.group(1) if inside and inside.group(1) in p.names and len(inside.group(1).split()) >= 2 else None


def described(text: str) -> str:
    """An unnamed speaker as the sources describe them, clearly not a name:
    "A former official" -> "a former official"."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.lower() in DETERMINERS else text


def is_description(speaker: str) -> bool:
    """A description ("a former official", "experts"), not a name."""
    return speaker[:1].islower()

