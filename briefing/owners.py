"""Whose a spokesperson or relative is, read from the words that print them.

The "his" or "her" that owns a role set off by commas ("His spokesman, Ivo
Dan, said": ``kin_pronoun``), and the name of an owner's spokesperson,
member or chief as printed with the owner's possessive ("Harbor Club's
members": ``possessed``). ``speakers.Article`` decides who the owner is.
"""

from __future__ import annotations

import re

from .mention_words import BODY_WORDS, POSSESSIVES, Mention
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


_PLURAL_POSSESSIVE = re.compile(r"\S*s['’]\s")
_PLURAL_END = re.compile(r"[^s]s$")


def possessed(owner_name: str, mention: Mention) -> str:
    """The owner's spokesperson, member, chief ... ("Harbor Club's members"),
    with the role's words as printed after the possessive ("the mill's
    chief executive", "his former press aide": ``role_words``)."""
    head = role_words(mention)
    printed = bool(_PLURAL_POSSESSIVE.match(mention.text)) and owner_name.endswith("s")  # "the Couriers' union"
    # A body's name that ends in a plural noun ("Department for Forest Lands") takes the apostrophe
    # alone, as a plural noun does (Guardian and Observer style guide, "apostrophes"); "Evans's" keeps it.
    body = bool(_PLURAL_END.search(owner_name)) and any(w.islower() or w.lower() in BODY_WORDS for w in owner_name.split()[:-1])
    plural = printed or body
    mark = "'" if plural else "'s"
    return f"{owner_name}{mark} {head}"


def role_words(mention: Mention) -> str:
    """The words of a role owned by a possessive, as printed after it
    ("chief executive" of "the mill's chief executive", "former press
    aide" of "his former press aide", "chief planner on the bypass"): a role of
    several words is another office than its last word (a chief executive
    is no executive of the firm's; a deputy mayor no mayor). Lower-case
    words only; a spokesman or spokeswoman is a spokesperson (the tool's
    own word, neutral in gender); else the role's noun alone."""
    head = "spokesperson" if mention.head.startswith("spokes") else mention.head
    printed = mention.text.split()
    owner = next((k for k in range(len(printed) - 1, -1, -1) if _POSSESSIVE.search(printed[k]) or printed[k].lower() in POSSESSIVES), -1)
    role = printed[owner + 1:]
    at = next((k for k, w in enumerate(role) if w.lower() == mention.head), -1)
    if owner < 0 or len(role) < 2 or at < 0 or not all(_ROLE_WORD.fullmatch(w) for w in role):
        return head
    return " ".join([*role[:at], head, *role[at + 1:]])


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_ROLE_WORD = re.compile(r"[a-z][a-z-]*")
