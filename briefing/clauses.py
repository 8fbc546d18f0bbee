"""A sentence's first clause, when the sentence tells two things.

In: a sentence (narrative or reported speech). Out: its first clause, or
None. ``paraphrase`` compares a first clause with the sentences other
outlets print: one that reports the two things apart prints the first as
a sentence of its own ("Work will start in May" of "Work will start in May
and last two years", "... in May, after the board voted ...").
"""

from __future__ import annotations

import re

from .data import words
from .not_names import dateline_end

# Where a first clause ends: a comma and a conjunction or relative ("...,
# and ...", "..., which ..."), a semicolon, a clause of time ("... after
# the board voted"), a second infinitive ("due to start in May and to take
# ...") or an attribution put after ("..., according to the firm"); and
# "and" before a second subject and its operator (``_AND_CLAUSE``).
_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas|with|which|according\s+to)\s|\sand\s+to\s|\s(?:after|before|once|until)\s", re.I)
# "and" with no comma before a second subject and its auxiliary or modal
# ("... in May and night trains will be cut"): a second clause, when the
# first holds an auxiliary or modal too (Quirk et al. 1985, 13.1: clauses
# joined by "and"); "Orvis and Tandry will" is one subject.
_OPERATORS = sorted(w for w in words("grammar", "ellipsis_operators") if w.isalpha())
_AND_CLAUSE = re.compile(rf"\sand\s+(?=(?:[\w'’-]+\s+){{1,3}}(?:{'|'.join(_OPERATORS)})\s)")
_OPERATOR = re.compile(rf"\b(?:{'|'.join(_OPERATORS)})\b")  # lower case: "may", not "May"
LEAD_WORDS = 5  # a first clause shorter than this tells too little to be a fact of its own


def lead(text: str) -> str | None:
    """The first clause of ``text`` (after its dateline), when it is long
    enough to tell one thing. The clauses after it are never compared
    alone: a sentence joins a fact whole or by its first clause, never by a
    later one, which would let it bridge two facts. (A comma and "and" may
    end no clause, "Pellam, Orvis, and Tandry": the first part then only adds
    a comparison, and the whole sentence is still compared.)"""
    body = text[dateline_end(text) :]
    found = _CLAUSE.search(body)
    joined = _AND_CLAUSE.search(body, 0, found.start() if found else len(body))
    if joined and _OPERATOR.search(body, 0, joined.start()):
        found = joined
    if found and len(body[: found.start()].split()) >= LEAD_WORDS:
        return body[: found.start()]
    return None
