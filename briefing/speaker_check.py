"""Whether a resolved speaker names someone who can speak: a speaker name
in (as ``speakers`` resolved it), the speaker it stands for or None out.

The words that name a speaker are sometimes no one's: a document or an
account ("Roe's letter" is Roe speaking), a law or a part of one ("the
Fourth Amendment", "the Clean Water Act"), a recording ("the video"), a lone common noun that is
capitalised only because it opens a sentence or a heading ("Company",
"Organization"). Every speaker passes this one check, so the rules are in
one place and every reader of speakers sees the same names. ``a_role``
is the same check for a role printed with a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from .data import words
from .lexicon import language

_WORDS = language()
# Nouns of the medium of saying ("letter", "statement", "tweet"), what is
# written or posted, whose words are its author's, and of the occasion of
# saying ("rally", "hearing"), whose words are its speakers': neither speaks.
DOCUMENTS = _WORDS["saying_nouns"] | _WORDS["saying_occasions"]
LAW_TEXTS = words("reporting", "law_texts")
# A recording shows what happened: the words in it are those of the people it
# shows ("the video shows a man shouting ..."), so a description it heads
# ("the video", "the dashcam footage") is no speaker; a name ending in one
# ("Harbour Video") is a body. A report, a study, a poll or a record ("the
# data suggest ...") has authors who publish it, and stays an unnamed source
# (``group_heads``: "a poll found"), as PolNeAR's annotators take it.
RECORDINGS = words("reporting", "recording_nouns")
# Nouns that never name a speaker alone, capitalised only as a sentence's
# first word: an occasion, a fragment, a document, a law.
NO_ONE = _WORDS["not_speakers"] | DOCUMENTS | LAW_TEXTS
# Alone and capitalised at a sentence's start, a common noun of a group, a
# body or a role, or the plural of a role, is the unnamed source it
# describes ("Critics" -> "critics", "Nurses" -> "nurses", "Campaign" ->
# "the campaign"): a body that no body is called by alone (not "Congress",
# "Senate", "Police": ``proper_body_words``).
GROUPS = _WORDS["group_heads"]
PROPER = _WORDS["proper_body_words"]
ROLES = _WORDS["person_roles"]
BODIES = (_WORDS["body_nouns"] | ROLES) - PROPER
# "Roe's letter", "Roe's", "the Pemberton brothers' statement": an owner, and what of theirs.
_OWNED = re.compile(r"^(?P<owner>.+?)['’]s?(?: (?P<head>[\w-]+))?$")


def checked(speaker: str | None, ordinary: Set[str], person: Callable[[str], str] = str) -> str | None:
    """``speaker``; or the possessor of a document ("Roe's letter" ->
    ``person("Roe")``; "Roe's" alone too); or for a lone capitalised common
    noun, the group or body it describes ("Critics" -> "critics"), None when
    it describes no one (``NO_ONE``, or one of ``ordinary``: the words the
    sources never capitalise inside a sentence); None for a law."""
    if not speaker:
        return speaker
    owned = _OWNED.match(speaker)
    if owned and (owned["head"] is None or owned["head"].lower() in DOCUMENTS):
        owner = owned["owner"]
        if " " not in owner:  # one word opening a sentence is printed in lower case with its description
            owner = person(owner[:1].upper() + owner[1:])
        return checked(owner, ordinary, person)
    last = speaker.split()[-1]
    described = not any(w[:1].isupper() and not w.isupper() for w in speaker.split())  # "the CCTV footage": no name
    if last.lower() in LAW_TEXTS or (last in RECORDINGS and described):
        return None
    low = speaker.lower()
    if " " in speaker or not speaker[:1].isupper() or low in PROPER:
        return speaker
    if low in GROUPS or low.endswith("s") and low[:-1] in ROLES:
        return low  # "Critics", "Nurses": the plural of a role names a group
    if low in NO_ONE or (low in ordinary and low not in BODIES):
        return None
    return f"the {low}" if low in BODIES else speaker


TITLES_ONLY = _WORDS["courtesy_titles"]


_OWNER_CUT = re.compile(r"\w['’]s?$")


def a_role(role: str) -> bool:
    """Whether ``role`` describes its holder: not an aside in brackets
    ("(Ms)", "(should resign ..."), a courtesy title alone ("Ms"), or an
    owner cut from what they own ("president's")."""
    bare = role.strip(" ,.")
    return bool(bare) and not bare.startswith("(") and bare.lower() not in TITLES_ONLY and not _OWNER_CUT.search(bare)
