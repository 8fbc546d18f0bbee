"""Which words name the person a sentence is about: the person an inverted
verb of saying or a closing phrase names ('"...," said Rye College
historian Jo Bell', "..., noted the Gazette's Jo Bell"), and, for the
article-level resolver (``speakers``), whether a capitalised run of a
parsed sentence is a person at all: an ordinary word that only opens it
("Hours later, ..."), a modifier of a noun ("A Thorsby poll"), a body or
a group ("Kaldovan Air Force", "Harbor Party officials"), or the owner of
what opens it ("Jo Roe's new plan ...").

In: the tokens of one sentence (``sentence_tokens.tokens``) and an index in it, or
one ``mention_words.Parsed`` sentence. Out: a ``Mention`` or a name, or a yes/no.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .mention_words import (
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    COMPANY_WORDS,
    GROUP_HEADS,
    PARTY_MEMBERS,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    Mention,
    Parsed,
    is_name_word,
    name_end,
)
from .mentions import mention_forward
from .not_names import is_place
from .quotes import QUOTE_MARKS, SINGLE_OPENING
from .resolver import matches_after
from .roles import strip_titles
from .sentence_tokens import Token
from .verdicts import MODALS

if TYPE_CHECKING:
    from .resolver import Names


# -- the person an inverted verb or a closing phrase names ------------------


def closing_person(toks: Sequence[Token], start: int) -> Mention | None:
    """"..., noted the Gazette's Jo Bell.", "According to local historian Jo
    Bell, ...": the person named at the end of a short phrase from ``start``
    to the end of its clause, past an outlet's possessive and the role words
    before the name (no preposition: "a spokesman for the Gazette" is no one
    named)."""
    end = next((k for k in range(start, len(toks)) if toks[k].text in {",", ".", ";", ":"} or toks[k].quote >= 0), len(toks))
    phrase = toks[start:end]
    if not phrase or len(phrase) > 6 or not is_name_word(phrase[-1]) or any(t.low in PREPOSITIONS | PRONOUNS | AUX | MODALS for t in phrase):
        return None  # "..., said he would welcome Ray": a clause, not a name
    owner = max((k + 1 for k, t in enumerate(phrase) if t.possessive), default=0)  # past "the Gazette's"
    return forward_person(phrase, owner)


def forward_person(toks: Sequence[Token], start: int) -> Mention | None:
    """The person an inverted verb names past titles, outlets and employers:
    'said another Twitter user, Jo Bell', 'said Rye College historian Jo Bell'."""
    k = start
    while k < len(toks) and k - start < 12 and toks[k].quote < 0 and toks[k].text not in {".", ";", ":"}:
        if not is_name_word(toks[k]):
            k += 1
            continue
        end = name_end(toks, k)
        run = toks[k:end]
        words = [t.printed for t in run]
        role = _role_it_modifies(toks, end)
        if role >= 0:
            return mention_forward(toks, role)  # "said a retired Tide Board press aide": the aide, unnamed
        if run[-1].possessive or is_place(words) or words[-1].lower() in BODY_WORDS:
            k = end
            if words[-1].lower() in BODY_WORDS:  # the body's name goes on past "of": "Department of Transport", "Bank of the North"
                while k + 1 < len(toks) and toks[k].low == "of":
                    k += 2 if toks[k + 1].low == "the" else 1
                    k = name_end(toks, k) if k < len(toks) and is_name_word(toks[k]) else k
            continue
        _, rest = strip_titles(words)
        if rest:
            return Mention("name", " ".join(rest))
        k = end  # "said undecided Republican voter Jo Roe": a party or a role, the name comes later
    return None


def _role_it_modifies(toks: Sequence[Token], end: int) -> int:
    """"said a retired Tide Board press aide": a name before
    lower-case words that end in a role noun no name follows describes an
    unnamed person; where that role noun is (-1 if none)."""
    for j in range(end, min(end + 3, len(toks))):
        if toks[j].capital or toks[j].quote >= 0 or not toks[j].text.isalpha():
            return -1
        if toks[j].low in PERSON_ROLES:
            return j if j + 1 >= len(toks) or not is_name_word(toks[j + 1]) else -1
    return -1


# -- which capitalised run is a person the sentence is about ---------------


def opens_sentence(raw: str, p: Parsed, names: Names, ordinary: Collection[str]) -> bool:
    """A single capitalised word that opens the sentence ("Hastily", "Hours
    later", "Horrified at ...") and that is an ordinary word of the sources
    (``resolver.ordinary_words``), never in a full name: not a person."""
    word = raw.strip()
    return (
        " " not in word
        and p.sentence.text.lstrip(QUOTE_MARKS + SINGLE_OPENING + " ").startswith(word)
        and word.lower() in ordinary
        and word not in names.by_first
        and word not in names.by_last
    )


def after_opener(p: Parsed) -> str | None:
    """The name that follows a sentence's introductory phrase, where that
    phrase ends at a comma or a dash ("Horrified at the news, Jo Roe ...",
    "Hastily ending the call ― Jo Roe ...")."""
    text = p.sentence.text
    return next((n for n in p.names[1:] if re.search(r"[,―—–]\s+(?:\w+\.?\s+)?" + re.escape(n.split()[-1]) + r"\b", text)), None)


# Nouns that a capitalised run right before them modifies (an English noun
# adjunct): a body, a group, a document, a scheme ("the Thorsby poll",
# "Roe supporters", "the Northern Rail system").
MODIFIED = BODY_NOUNS | GROUP_HEADS | {"system", "program", "programme", "plan", "scheme", "act", "law", "bill", "policy"}


_TITLE_WORD = re.compile(r"[A-Z][a-z]+\.?\s+")
_OWNS = re.compile(r"['’]s?\s")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def possessor(p: Parsed) -> str | None:
    """"Jo Roe's new plan came with caveats": the person whose possession
    opens the sentence as its subject, the one a "she" after it speaks of."""
    if not p.names:
        return None
    text, name = p.sentence.text, p.names[0]
    title = _TITLE_WORD.match(text)  # "Dr Jo Roe's": the name after one title word, else at the start
    printed = {name, name.partition(" ")[2] or name}  # "Ms. Roe's" is parsed "Ms Roe": the name after its title
    return name if any(text.startswith(form, at) and _OWNS.match(text, at + len(form)) for form in printed for at in (0, title.end() if title else 0)) else None


def modifies_noun(p: Parsed, raw: str) -> bool:
    """"A Thorsby poll found", "the Northern Rail system": the capitalised
    run is a modifier of the lower-case noun right after it, not a person."""
    after = next(matches_after(raw, _NEXT_WORD, p.sentence.text), None)
    return after is not None and after.group(1) in MODIFIED


def names_a_body(name: str) -> bool:
    """"Kaldovan Air Force", "Northfield Borough Council": a capitalised run
    ending in a noun of a body or a company is an organisation, never a
    person "he" or "she" points to."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in BODY_NOUNS | COMPANY_WORDS


def names_a_group(name: str) -> bool:
    """"Democratic party officials", "Republicans", "Fairway Bank executives":
    a capitalised run ending in the plural of a group or of a party's
    member names a group, whom a later "they" points back to."""
    last = name.split()[-1].lower()
    return last.endswith("s") and (last in GROUP_HEADS or last[:-1] in PARTY_MEMBERS)
