"""A sentence's first clause, when the sentence tells two things.

In: a sentence (narrative or reported speech). Out: its first clause, or
None. ``paraphrase`` compares a first clause with the sentences other
outlets print: one that reports the two things apart prints the first as
a sentence of its own ("Work will start in May" of "Work will start in May
and last two years", "... in May, after the board voted ...").
"""

from __future__ import annotations

import re

from .not_names import dateline_end

# Where a first clause ends: a comma and a conjunction or relative ("...,
# and ...", "..., which ..."), a semicolon, a clause of time ("... after
# the board voted"), a second infinitive ("due to start in May and to take
# ...") or an attribution put after ("..., according to the firm").
_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas|with|which|according\s+to)\s|\sand\s+to\s|\s(?:after|before|once|until)\s", re.I)
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
    if found and len(body[: found.start()].split()) >= LEAD_WORDS:
        return body[: found.start()]
    return None
