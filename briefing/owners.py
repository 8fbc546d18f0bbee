"""Whose a spokesperson or relative is, read from the words that print them.

The "his" or "her" that owns a role set off by commas ("His spokesman, Ivo
Dan, said": ``kin_pronoun``), and the name of an owner's spokesperson,
member or chief as printed with the owner's possessive ("Harbor Club's
members": ``possessed``). ``speakers.Article`` decides who the owner is.
"""

from __future__ import annotations

import re

from .mention_words import BODY_WORDS, Mention
from .quotes import QUOTE_MARKS

# "His sister, ...", ', her spokesman, ...': "his" or "her" opening the sentence or set off by a comma, colon,
# semicolon, dash or quotation mark, then the whitespace before the role it owns (``kin_pronoun``).
_KIN = re.compile(rf"(?:^|[,:;—–{QUOTE_MARKS}]\s*)(his|her)(\s+)", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")


def kin_pronoun(text: str, role: str) -> str | None:
    """"His spokesman, Ivo Dan, said", '"...," her sister, Ana Roe, said':
    the "his" or "her" (lower-case) that owns ``role`` where the role,
    in any case, is set off by a comma after it; None when none does. One
    pattern for every role: the role is compared as text."""
    low = role.lower()
    for kin in _KIN.finditer(text):
        for start in range(kin.start(2) + 1, kin.end() + 1):  # the role may begin inside the run of whitespace
            end = start + len(role)
            if text[start:end].lower() == low and _COMMA_AFTER.match(text, end):
                return kin.group(1).lower()
    return None


def possessed(owner_name: str, mention: Mention) -> str:
    """The owner's spokesperson, member, chief ... ("Harbor Club's members")."""
    head = "spokesperson" if mention.head.startswith("spokes") else mention.head
    printed = bool(re.match(r"\S*s['’]\s", mention.text)) and owner_name.endswith("s")  # "the Couriers' union"
    # A body's name that ends in a plural noun ("Department for Forest Lands") takes the apostrophe
    # alone, as a plural noun does (Guardian and Observer style guide, "apostrophes"); "Evans's" keeps it.
    body = bool(re.search(r"[^s]s$", owner_name)) and any(w.islower() or w.lower() in BODY_WORDS for w in owner_name.split()[:-1])
    plural = printed or body
    mark = "'" if plural else "'s"
    return f"{owner_name}{mark} {head}"
