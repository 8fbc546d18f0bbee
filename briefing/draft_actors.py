"""The ``[actors]`` table of ``briefing init``'s draft: each speaker, who
they are, their words a reader would know them by and the group guessed
for them. Named speakers come first, most quoted first, each followed by
whoever speaks for them (a spokesperson, an office); then the unnamed
voices, descriptions and groups ("officials", "some residents"), which no
one person answers for. Also how the draft writes a value and a comment.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence, Set

from .data import words
from .mention_words import PREPOSITIONS, RELATIVES, ROLES_AND_BODIES, TITLES
from .messages import counted, excerpt
from .model import Block
from .no_side import regular_past
from .not_names import WEEKDAYS
from .positions import principal
from .resolver import FULL_FORMS
from .role_choice import capitalised_words
from .sentences import ABBREVIATIONS
from .speaker_check import GROUPS
from .story_words import DETERMINERS, FUNCTION_WORDS
from .things import being
from .unnamed import is_description

QUOTE_CHARS = 140  # a speaker's words shown in a comment are cut at this length
# A quotation shorter than this names a thing or echoes a word ("Today", "a
# lifeline"), no view a reader can judge: a longer one shows the speaker first.
QUOTE_WORDS = 4
ACTORS_HELP = [
    "# Speakers, most quoted first, with their most widely reported words. Each line's position is",
    "# the draft's guess: to use a line, remove its # and give the id of the position the speaker",
    "# holds. A speaker listed here is placed in that position whatever their words, even words that",
    "# take no side (\"I have fished here all my life\"; only a timetable, \"We vote on Thursday\", stays in",
    "# context), so list only those whose side is certain.",
    '# A body may be listed too ("Harbour Workers\' Union" = "position-1"): its spokespeople, and members whose words take no side, take it.',
    "# Whoever speaks for a speaker (a spokesperson, an office) is listed right after them.",
    "[actors]",
]
# Words no office or description opens on: a subordinator opens a clause
# ("once appointed ..."), a preposition (Quirk et al. 1985, 9.7, "like" among
# them) a phrase that describes another word, and "neither" or "either" one half of a
# pair joined ("neither the warden nor ...", 13.33). Not "of": after a name
# it names what the speaker belongs to ("of the Quay Workers' Union", which
# the role reader prints so when it does not read it as "member of ...").
NOT_A_ROLE_START = words("grammar", "subordinators") | (PREPOSITIONS - {"of"}) | {"like", "neither", "either"}
UNNAMED_HELP = [
    "",
    "# Unnamed voices: descriptions and groups the articles quote, not one named person. List one",
    "# only if everyone it describes holds that position.",
]


def toml_value(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(text: str) -> str:
    """Text fit for one comment line."""
    return excerpt(text, QUOTE_CHARS)


def clause_role(role: str) -> bool:
    """Whether a speaker's role as read is a piece of a clause, not an office
    or a description: one that opens on a word of ``NOT_A_ROLE_START`` in
    lower case ("though columnist", "like"), or ends on a verb in the past
    tense ("harbour staff confirmed": the sentence's verb read on) and
    holds no relative pronoun (one that does is a description whose own
    clause ends on its verb: "resident whose cellar flooded"); not a word
    in "-ed" after a determiner, a noun or an adjective ("lawyer for the
    accused"), nor a compound ("the red-bearded"). The draft shows no such
    role; the outlet's sentence says who they are."""
    printed = role.split()
    if not printed or printed[0] in NOT_A_ROLE_START:
        return True
    last, before = printed[-1], printed[-2].casefold() if len(printed) > 1 else ""
    return (
        bool(before) and last.islower() and "-" not in last and regular_past(last) and before not in DETERMINERS
        and not RELATIVES.intersection(map(str.casefold, printed))
    )


def read_roles(roles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each speaker's role as read, but none that is a piece of a clause (``clause_role``)."""
    return {name: role for name, role in roles if not clause_role(role)}


def unnamed(speaker: str, capitalised: Set[str], lower: Set[str]) -> bool:
    """Whether a speaker is a description or a group, not a name: one in
    lower case ("officials", "the mayor's office"), one whose last word,
    the noun that says what it is, is in lower case ("State officials",
    "Tarrow group"), or one whose first word the texts capitalise only
    where a sentence begins (``capitalised``: the words they capitalise
    inside a sentence, in lower case), a word of its own ("Residents",
    "Porters": a name alone, a surname, is printed inside sentences too)
    or one they print in lower case (``lower``) as well, in a description:
    one with a word in lower case ("Critics of Keelside Marina"), ending on
    a role, a body or a group ("Former Treasurer", "Local Residents") or on
    a word the texts print in lower case and never capitalise inside a
    sentence, or opening on a past tense (a verb read on: "Replied
    Wendel"); not a person whose first name is a word ("Rose Quennock",
    "fares rose": a surname is no such word)."""
    words = speaker.split()
    if is_description(speaker) or words[-1][:1].islower():
        return True
    first, last = words[0].casefold(), words[-1].casefold()
    if words[0].isupper() or first in capitalised:
        return False
    if len(words) == 1:
        return True
    described = (
        any(w[:1].islower() for w in words) or bool({last, last.removesuffix("s")} & (ROLES_AND_BODIES | GROUPS))
        or (last in lower and last not in capitalised) or regular_past(first)
    )
    return first in lower and described


def voices_and_misread(
    ranked: Sequence[tuple[str, list[Block]]], roles: Mapping[str, str], texts: Iterable[str]
) -> tuple[set[str], set[str]]:
    """Which speakers of ``ranked`` are ``unnamed`` and which ``_misread`` in the story told by ``texts``."""
    texts = list(texts)
    lower = {w for t in texts for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", t)}
    capitalised = capitalised_words(texts).inside
    voices = {name for name, _ in ranked if unnamed(name, capitalised, lower)}
    return voices, {name for name, blocks in ranked if _misread(name, blocks, roles.get(name), capitalised, lower)}


def _misread(name: str, blocks: Sequence[Block], role: str | None, capitalised: Set[str], lower: Set[str]) -> bool:
    """Whether a speaker is no person or body but words read as one's name,
    which the draft leaves out: a speaker with no role and no quotation of
    ``QUOTE_WORDS`` or more whose name ends on a day of the week ("Ilse
    Wendel Tuesday"), or names no person, group or body and ends on a
    function word ("the quarrel over": a phrase cut off) or is a word of the
    language alone, capitalised as a name is: one the texts print in lower
    case (``lower``) and capitalise only where a sentence begins
    (``capitalised``: those they capitalise inside one), "Shortly"; not
    "Residents", a group, "day-trippers", a description, a surname printed
    inside a sentence, nor a name the language has no word for."""
    if role or any(b.kind == "quote" and len(b.text.split()) >= QUOTE_WORDS for b in blocks):
        return False
    words = name.split()
    last = words[-1].casefold()
    if last in WEEKDAYS:  # ends no one's name: "Ilse Wendel Tuesday" ran on into the sentence's time
        return True
    if being(last) or {last, last.removesuffix("s")} & (ROLES_AND_BODIES | GROUPS):
        return False
    return (words[-1].islower() and last in FUNCTION_WORDS) or (len(words) == 1 and name[:1].isupper() and last in lower and last not in capitalised)


def role_holders(voices: Iterable[str], names: Sequence[str], roles: Mapping[str, str]) -> dict[str, str]:
    """Each unnamed voice that is "the" and an office ("the president",
    "the harbour master") -> the one named speaker of ``names`` whose role
    is that office (``_holds``); none when two are: the draft lists it
    beside them, as perhaps the same."""
    voices = set(voices)
    found = {}
    for voice in voices:
        office = [w.casefold() for w in voice.split()[1:]] if voice.startswith("the ") else []
        if not office:
            continue
        holders = [n for n in names if n not in voices and _holds(roles.get(n, ""), office)]
        if len(holders) == 1:
            found[voice] = holders[0]
    return found


def _holds(role: str, office: list[str]) -> bool:
    """Whether a ``role`` is the ``office``: its words up to a preposition
    end with it, after no word but the capitalised ones of a name, a place or
    a body ("Tolbury harbour master", "harbour master of Tolbury", not
    "former harbour master")."""
    printed = role.split()
    cut = next((i for i, w in enumerate(printed) if i and w.casefold() in PREPOSITIONS), len(printed))
    printed = printed[:cut]
    before = printed[: len(printed) - len(office)]
    return [w.casefold().strip(".,'’") for w in printed[len(before) :]] == office and all(w[:1].isupper() for w in before)


def actor_table(
    ranked: Sequence[tuple[str, list[Block]]],
    roles: Mapping[str, str],
    side: Mapping[str, int],
    voices: Set[str] = frozenset(),
    holders: Mapping[str, str] | None = None,
    cited: Set[str] = frozenset(),
) -> list[str]:
    """The commented ``[actors]`` table: the named speakers in ``ranked``
    order, each followed by whoever speaks for them and by the voices that
    name their office (``holders``: ``role_holders``), then the other
    unnamed ``voices``; ``side``: the group guessed for each speaker, none
    for an outlet (``cited``: ``headlines.cited``), which the line says."""
    names = [name for name, _ in ranked]
    by = dict(ranked)
    role = dict(roles)
    head = {name: h for name in names if (h := principal(name, names, role))}
    holders = holders or {}
    after = {**head, **holders}  # whom a speaker is listed right after
    lines = list(ACTORS_HELP)
    listed: set[str] = set()

    def listing(name: str) -> None:
        listed.add(name)
        group = "outlet" if name in cited else side.get(name)
        lines.extend(_actor_lines(name, by[name], role.get(name), group, head.get(name), holders.get(name) or same_as(name, names)))
        for voice in names:
            if after.get(voice) == name and voice not in listed:
                listing(voice)

    for name in names:
        # Under whom they speak for, unless that is an unnamed voice and they are not.
        if name not in listed and name not in voices and (name not in after or after[name] in voices):
            listing(name)
    if rest := [name for name in names if name not in listed]:
        lines += UNNAMED_HELP
        for name in rest:
            if name not in listed:
                listing(name)
    if not ranked:
        lines.append('# "Jane Doe" = "position-1"   (no speaker was found in these articles)')
    return lines


def _actor_lines(
    name: str, blocks: list[Block], role: str | None, group: int | str | None, head: str | None = None, same: str | None = None
) -> list[str]:
    """A speaker's commented ``[actors]`` entry: who they are, their most
    widely reported words (a quotation long enough to hold a view before
    a shorter one), whom they speak for (``head``), another listed
    speaker they may be (``same``), and the group guessed for them (none
    when ``group`` is "outlet": the draft left them out)."""
    # Their own quoted words when they have any; reported speech is the outlet's sentence.
    top = min(blocks, key=lambda b: (b.kind != "quote", len(b.text.split()) < QUOTE_WORDS, -len(b.sources), b.first))
    words = f"“{_comment(top.text)}”" if top.kind == "quote" else f"reported: {_comment(top.text)}"
    lines = [
        f"# {_comment(name)}{f' ({_comment(role)})' if role else ''}, {'quoted' if top.kind == 'quote' else 'reported'} in "
        f"{counted(len({s for b in blocks for s in b.sources}), 'source')}:",
        f"#   {words}",
    ]
    # With no role read, the outlet's sentence that reports them often says who they are.
    told = next((b for b in sorted(blocks, key=lambda b: b.first) if b.kind != "quote"), None)
    if not role and top.kind == "quote" and told:
        lines.append(f"#   reported: {_comment(told.text)}")
    if head:  # a spokesperson or an office: one line for the one they speak for places both
        lines.append(f"#   speaks for {_comment(head)}: a line for {_comment(head)} places these words too")
    if same:
        lines.append(f"#   perhaps the same as {toml_value(same)}, listed too: if so, give both lines the same position")
    guess = (
        '""  # no group: an outlet, or one the articles cite as reporting, relays what others did or said'
        if group == "outlet" else f'"position-{group}"' if group else '""  # no group guessed: their words lean to neither'
    )
    return [*lines, f"# {toml_value(name)} = {guess}"]


def same_as(name: str, names: Sequence[str]) -> str | None:
    """Another listed speaker ``name`` may be, the most quoted first: the
    same words but for case and a leading "the" ("the company", "Company"),
    the same surname (after any title: "Sen. Bill Kristol") with the first
    name left out, cut to an initial or to
    a common diminutive ("Kristol", "B. Kristol", "Bill Kristol" for
    "William Kristol"; not "Ana Kristol", a relative; a surname misprinted
    with a letter dropped, "Kristl", as well), or a body named by its
    head noun ("the council", "Carrowby City Council"), a name with an
    abbreviation after it ("Tolbury Harriers AFC", "Tolbury Harriers"), or
    a name of two words or more with capitalised words before it, an office
    printed as a title ("Harbour Master Ola Brask", "Ola Brask"). The sources did not
    make them one, so the draft only says so, for the user to judge."""
    def bare(n: str) -> str:
        return re.sub(r"^the\s+", "", n.casefold())

    def person(n: str) -> list[str]:
        """A name's words, less the titles before it ("Sen.", "Reps"): one
        abbreviated, or one before two words or more ("Judge Ann Lee"); not
        a word alone before one ("General Ferries", "Justice Board")."""
        words = n.split()
        while len(words) > 1 and _title(words[0]) and (len(words) > 2 or words[0].endswith(".") or words[0].casefold() in ABBREVIATIONS):
            words = words[1:]
        return words if all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words) else []

    def first_names(a: str, b: str) -> bool:
        a, b = a.casefold().rstrip("."), b.casefold().rstrip(".")
        return a == b or a == b[:1] or b == a[:1] or a in FULL_FORMS.get(b, ()) or b in FULL_FORMS.get(a, ())

    def surnames(a: str, b: str) -> bool:
        """The same surname, or one misprinted with a letter dropped ("Osery"
        for "Ossery"), not a plural's ("Councils" for "Council")."""
        short, long = sorted((a, b), key=len)
        dropped = len(long) == len(short) + 1 and long != short + "s" and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
        return a == b or (len(short) >= 4 and dropped)

    mine = person(name)
    for other in (n for n in names if n != name):
        theirs = person(other)
        if bare(other) == bare(name):
            return other
        if mine and theirs and surnames(mine[-1], theirs[-1]) and mine != theirs and (len(mine) == 1 or len(theirs) == 1 or first_names(mine[0], theirs[0])):
            return other
        longer, shorter = (mine, theirs) if len(mine) > len(theirs) else (theirs, mine)
        if shorter and longer[: len(shorter)] == shorter and all(w.isupper() for w in longer[len(shorter) :]):
            return other
        # An office printed before a full name as a title ("Harbour Master Ola Brask").
        if len(shorter) >= 2 and len(longer) > len(shorter) and longer[-len(shorter) :] == shorter:
            return other
        said = name.split()[1:]
        if name.startswith("the ") and len(theirs) > 1 and said[-1].casefold() == theirs[-1].casefold() and {w for w in said if w[:1].isupper()} <= set(theirs):
            return other
    return None


def _title(word: str) -> bool:
    """Whether a word is a title or the plural of one ("Sen.", "Reps")."""
    low = word.casefold().rstrip(".")
    return bool({low, low.removesuffix("s")} & TITLES)
