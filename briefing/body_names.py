"""Which organisation a body's words name, for the speakers of one article.

In: the words that name a body as a speaker (a ``Mention``: "the Velmora
Therapeutics Inc.", "the club", "the union"), the organisations the article
named so far and those all sources name. Out: the body's canonical name
("Velmora Therapeutics", the club the article named before: "Harbour
Athletic"), or the description itself when none is named.
"""

from __future__ import annotations

from collections.abc import Sequence

from .data import words
from .mention_words import BODY_NOUNS, BODY_WORDS, COMPANY_WORDS, DETERMINERS, Mention, Parsed, org_name

CLUB_WORDS = words("reporting", "club_name_words")

# Nouns by which an article refers back to an organisation it has named.
BODY_HEADS = {
    "company": COMPANY_WORDS, "firm": COMPANY_WORDS, "business": COMPANY_WORDS, "group": COMPANY_WORDS,
    "club": CLUB_WORDS,
}


def organisations(p: Parsed) -> tuple[str, ...]:
    """The organisations a sentence names: its bodies, and the names that end
    in a club's word ("Tolvik Rovers", "Harbour FC"), which are no person's."""
    return (*p.orgs, *(n for n in p.names if len(n.split()) >= 2 and n.split()[-1].lower() in CLUB_WORDS))


def _of_kind(head: str, orgs: Sequence[str]) -> list[str]:
    """The organisations of the kind ``head`` names ("club", "union"), in order."""
    kinds = {head} | BODY_HEADS.get(head, frozenset())
    found = []
    for org in orgs:
        org_words = org.lower().split()
        # "the club" is "Harbour Rovers", never "Harbour Rovers Fans' Trust": an organisation is of the kind its last word names
        other_kind = org_words[-1] not in kinds and org_words[-1] in BODY_WORDS | BODY_NOUNS
        if kinds & set(org_words) and not other_kind:
            found.append(org)
    return found


def named_body(head: str, orgs: Sequence[str], bodies: Sequence[str]) -> str | None:
    """"the club", "the union": the organisation of that kind the article
    last named; else, for a club or a company, the one all sources name by
    a last word of that kind ("Harbour Athletic", as "the senator" is the
    one senator of all sources); else None."""
    here = _of_kind(head, orgs)
    if here:
        return here[-1]
    kinds = BODY_HEADS.get(head, frozenset())
    everywhere = {org for org in _of_kind(head, bodies) if org.lower().split()[-1] in kinds}
    return everywhere.pop() if len(everywhere) == 1 else None


def body_name(mention: Mention, orgs: Sequence[str], bodies: Sequence[str] = ()) -> str:
    """The canonical name of a body: as named ("Velmora Therapeutics Inc." ->
    "Velmora Therapeutics"), or, for "the association", "the club", the
    organisation of that kind named before (``named_body``); with none, one
    body's noun is the description in lower case ("the company"), as an
    unnamed source is."""
    words = mention.text.split()
    if any(w[:1].isupper() for w in words if w.lower() not in DETERMINERS):
        return org_name(words)
    named = named_body(mention.head, orgs, bodies)
    if named:
        return named
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if len(words) == 1 and not words[0].endswith("s"):
        return f"the {words[0].lower()}"  # "The company said", none named: a description, not a name "Company"
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]
