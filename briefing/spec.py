"""The spec: ``briefing.toml`` in, a ``Spec`` out (or a ``SpecError`` listing
every mistake, one line each).

    title = "..."
    question = "..."
    author = "..."           # optional, for the cover and the PDF metadata:
    organisation = "..."     #   who made it, a reference number, a version
    reference = "..."        #   or date line, a licence or disclaimer
    version = "..."
    licence = "..."
    [[positions]]            # any number, in the order the briefing shows them
    id = "for"
    label = "..."
    cues = ["...", ...]      # phrases that signal the position in speakers' words
    [actors]                 # optional: known stances, override inference
    "Jane Doe" = "for"
    [[sources]]              # optional: metadata for inputs that lack it
    path = "article.txt"
    outlet = "..."
    [outlets]                # optional: a scale the user names and each outlet's group on it
    lean = ["left", "centre", "right"]
    rated_by = "..."         # optional: the published rating the groups come from, cited in the briefing
    "Example Gazette" = "left"

The file is checked against ``SCHEMA`` (keys and types) before it is read:
an unknown key is named with the nearest valid one, a wrong type with the
type expected.
"""

from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import fields, replace
from datetime import date, datetime, time
from pathlib import Path

from .files import TooLarge, read_regular
from .messages import display, strerror
from .model import CONTEXT_ID, DocumentInfo, OutletGroups, PositionSpec, SourceMeta, Spec
from .wording import normal

SPEC_NAME = "briefing.toml"
DRAFT_LABEL = "Draft position"  # how `briefing init` labels the positions it guesses, until the user names them
DRAFT_QUESTION = "What is disputed about"  # how its placeholder question begins, until the user writes theirs
# Said in "How this briefing was made" of a briefing built on a draft's positions: a reader
# of the briefing, who never sees the build's warning, is told no person named them.
DRAFT_NOTE = (
    "Positions whose label begins \"Draft position\" are those briefing init guessed from the words the "
    "speakers use, not yet named or checked by a person: who stands together there is a guess."
)
# A type: how the error message names it, and the test a value must pass.
Type = tuple[str, Callable[[object], bool]]
TEXT: Type = ("a string", lambda v: isinstance(v, str))
# A date as the sources' dates are written, so that the newest is found by
# comparing them: a TOML date, or a string that starts with one.
DATE: Type = (
    "a date as YYYY-MM-DD",
    lambda v: isinstance(v, date | datetime) or (isinstance(v, str) and re.match(r"\d{4}-\d\d-\d\d\b", v) is not None),
)
PHRASES: Type = ("a list of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))
TABLES: Type = ("an array of tables", lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v))
TABLE: Type = ("a table", lambda v: isinstance(v, dict))

# The declared schema: every key a table may hold and its type. The optional
# cover lines (``DocumentInfo``'s fields) are text at the top level.
SCHEMA: dict[str, dict[str, Type]] = {
    "": {
        "title": TEXT, "question": TEXT, **{f.name: TEXT for f in fields(DocumentInfo)},
        "positions": TABLES, "actors": TABLE, "sources": TABLES, "outlets": TABLE,
    },
    "positions": {"id": TEXT, "label": TEXT, "cues": PHRASES},
    "sources": {"path": TEXT, "outlet": TEXT, "title": TEXT, "date": DATE, "url": TEXT},
}
REQUIRED = {"": ("title", "positions"), "positions": ("id", "label"), "sources": ("path",)}


UNRATED = "unrated"  # an outlet the [outlets] table does not list; not a group a scale may name
SCALE_EXAMPLE = 'lean = ["left", "centre", "right"]'
RATED_BY = "rated_by"  # in [outlets]: where the groups come from, not an outlet

LISTED = 6  # a hint lists every input path only when there are this few
MAX_SPEC_BYTES = 1 << 20  # a spec is a page of settings; a FIFO or /dev/zero must not hang the build


class SpecError(ValueError):
    """A spec that cannot be used; ``problems`` has one line per mistake."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


def load_spec(path: Path) -> Spec:
    """Read and check ``path``; every problem is prefixed with the file name."""
    name = display(path)  # a file name is printed with its control characters escaped
    try:
        data = tomllib.loads(_decoded(read_regular(path, MAX_SPEC_BYTES)))
    except TooLarge:
        raise SpecError([f"{name}: cannot be read (over the {MAX_SPEC_BYTES:,}-byte limit for a spec)"]) from None
    except FileNotFoundError:
        raise SpecError([f"{name}: no such file (`briefing init` drafts a spec from the articles)"]) from None
    except UnicodeDecodeError:
        raise SpecError([f"{name}: cannot be read (it is not UTF-8 text: save it as UTF-8)"]) from None
    except OSError as exc:
        raise SpecError([f"{name}: cannot be read ({strerror(exc)})"]) from None
    except tomllib.TOMLDecodeError as exc:
        if path.suffix.casefold() != ".toml":  # an article given as --spec: where the TOML breaks tells nothing
            raise SpecError([f"{name}: not a spec (a spec is a TOML file, as `briefing init` drafts one); give articles as PATHS, not with --spec"]) from None
        raise SpecError([f"{name}: {_toml_error(str(exc))}"]) from None
    try:
        return parse_spec(data)
    except SpecError as exc:
        raise SpecError([f"{name}: {display(p)}" for p in exc.problems]) from None


def _decoded(raw: bytes) -> str:
    """A spec's text: UTF-8, as TOML is, with the byte-order mark an editor
    may put first, or UTF-16 with its mark (an editor's "Unicode")."""
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


# What a new user most often did when TOML reports this (the start of
# tomllib's message), said in their terms.
TOML_HINTS = {
    "Invalid value": 'text must be in quotes, as in title = "..."',
    "Expected '=' after a key": 'a name with spaces or dots must be in quotes, as in "Jane Doe" = "for"',
    "Cannot overwrite a value": "a key is given twice in one table",
    "Cannot declare": "a table is given twice, or a key and a table share a name",
    "Unterminated string": 'a string is not closed with "',
    "Unclosed array": "a list is not closed with ]",
}


def _toml_error(message: str) -> str:
    """tomllib's "Invalid value (at line 3, column 9)" as "not valid TOML at
    line 3, column 9: invalid value", with what most likely caused it."""
    what, _, where = message.partition(" (at ")
    cause = next((h for start, h in TOML_HINTS.items() if what.startswith(start)), None)
    at = f" at {where.rstrip(')')}" if where else ""
    return f"not valid TOML{at}: {what[:1].lower()}{what[1:]}" + (f" ({cause})" if cause else "")


def _check_table(table: dict, kind: str, where: str, ids: Set[str]) -> list[str]:
    """Unknown keys, wrong types and missing keys of one table; a speaker
    given a position id (one of ``ids``) is an [actors] line out of place."""
    fields = SCHEMA[kind]
    problems = []
    missing = [key for key in REQUIRED[kind] if key not in table]
    unknown = [key for key in table if key not in fields]
    meant = set()  # the keys a misspelt one was taken for: not missing too
    for key, value in table.items():
        if key not in fields and isinstance(value, str) and value.strip() in ids:
            problems.append(f"{where}{_misplaced_actor(key, value, top=not kind)}")
        elif key not in fields:
            # A key the table already has is not the one meant ("file" is no
            # "title" beside a title); with no near one, the one key missing is, if this is the one unknown key.
            free = [f for f in fields if f not in table]
            near = nearest(key, free) or (missing[0] if len(missing) == 1 and len(unknown) == 1 else None)
            meant.add(near)
            problems.append(f"{where}unknown key {key!r} ({f'did you mean {near!r}?' if near else 'valid keys: ' + ', '.join(fields)})")
        elif not fields[key][1](value):
            problems.append(f"{where}{key} must be {fields[key][0]}, not {_got(fields[key], value, key)}")
        elif isinstance(value, str) and not value.strip():
            problems.append(f"{where}{key} must not be empty")
    problems += [f"{where}{key} is missing ({_how(key, fields[key])})" for key in missing if key not in meant]
    return problems


def _misplaced_actor(name: str, pid: str, top: bool = False) -> str:
    """An [actors] line that TOML reads into another table, or at the ``top``
    of the file: a line belongs to the last table header above it."""
    where = "it comes before any [header]" if top else "a line belongs to the last [header] above it"
    return f"{name!r} = {pid!r} looks like an [actors] line, but {where}: move it under [actors]"


def _got(expected: Type, value: object, key: str) -> str:
    """What a value of the wrong type is, and the fix when it is plain."""
    if expected is TABLES and isinstance(value, dict):  # [positions] for [[positions]]
        return f"a table (head each one [[{key}]], with two brackets)"
    if expected is TABLE and TABLES[1](value):  # [[actors]] for [actors]
        return f"an array of tables (head it [{key}], with one bracket)"
    if expected is DATE and isinstance(value, str):
        return repr(value)  # a string of the wrong form is shown, so the user sees what is wrong
    if expected is PHRASES and isinstance(value, str):
        return f"a string (put it in brackets: [{value!r}])"
    return _type_name(value)


def _how(key: str, expected: Type) -> str:
    """How a missing key is added."""
    if expected is TABLES:
        example = "id, label and cues; `briefing init` drafts them" if key == "positions" else "path and outlet"
        return f"add a [[{key}]] table with {example}"
    return f'add {key} = "..."'


def nearest(word: str, choices: Iterable[str]) -> str | None:
    """The one of ``choices`` a misspelt ``word`` most likely meant (ignoring case)."""
    folded = {c.casefold(): c for c in reversed(list(choices))}
    near = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[near[0]] if near else None


def hint(word: str, choices: Iterable[str], otherwise: str, listed: bool = True) -> str:
    """"did you mean ...?" with the nearest of ``choices``, or ``otherwise``,
    followed by all of them when ``listed``."""
    choices = list(choices)
    near = nearest(word, choices)
    if near:
        return f"did you mean {near!r}?"
    return f"{otherwise} {', '.join(choices)}" if listed else otherwise


def _type_name(value: object) -> str:
    """How a message names a value's type; a list by what is wrong in it
    ("a list holding a number"), as a list is often the right type."""
    if isinstance(value, list):
        odd = next((v for v in value if not isinstance(v, str)), None)
        return f"a list holding {_type_name(odd)}" if odd is not None else "a list"
    if isinstance(value, date | datetime | time):
        return "a date or time"
    names = {str: "a string", int: "a number", float: "a number", bool: "true/false", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def check(data: dict) -> list[str]:
    """Every problem in a parsed spec, one line each (empty when it is
    usable): a part of the wrong type is reported and the rest is read on,
    so one run names every mistake."""
    tables = {kind: data.get(kind, []) if TABLES[1](data.get(kind, [])) else [] for kind in ("positions", "sources")}
    found, ids = _check_positions(tables["positions"])
    problems = _check_table(data, "", "", set(ids))
    for kind, rows in tables.items():
        for n, row in enumerate(rows, 1):
            problems += _check_table(row, kind, f"{kind} #{n}: ", set(ids))
    if not tables["positions"] and TABLES[1](data.get("positions")):
        problems.append("at least one [[positions]] table is needed")
    problems += found
    # An id of the wrong type, or positions missing or misspelt, were reported above: no actor is held against the ids then.
    known = ids if ids and len(ids) == len(tables["positions"]) else None
    actors = data.get("actors", {})
    for name, pid in actors.items() if isinstance(actors, dict) else ():
        if not isinstance(pid, str):
            problems.append(f"actors: {name!r} must be a position id (a string), not {_type_name(pid)}")
        elif not pid.strip():  # a draft's line for a speaker it could not group, uncommented as it is
            problems.append(f"actors: {name!r} is given no position: write one of the ids ({', '.join(ids)}) or put # before the line")
        elif known is not None and pid not in known:
            problems.append(f"actors: {name!r} is given position {pid!r}, which is not a position id ({_which(pid, tables['positions'], ids)})")
    return problems + (_check_outlets(data["outlets"], set(ids)) if isinstance(data.get("outlets"), dict) else [])


def _which(pid: str, rows: list[dict], ids: list[str]) -> str:
    """The id an ``[actors]`` value meant: the one whose label it gives, or the nearest."""
    labelled = next((row["id"] for row in rows if isinstance(row.get("label"), str) and normal(row["label"]) == normal(pid)), None)
    return f"that is the label of {labelled!r}: give its id" if labelled else hint(pid, ids, "the ids are")


_ID = re.compile(r"[A-Za-z0-9_-]+")


def _check_positions(rows: list[dict]) -> tuple[list[str], list[str]]:
    """The positions' ids (well formed, each once) and cues (none empty, and
    none of two positions: matched as normalised words, it would count for
    both), with the ids."""
    problems: list[str] = []
    ids: list[str] = []
    owner: dict[str, str] = {}
    for n, row in enumerate(rows, 1):
        pid, cues = row.get("id"), row.get("cues", [])
        if not isinstance(pid, str):
            continue  # a wrong type is reported by ``_check_table``
        cues = cues if PHRASES[1](cues) else []
        pid = pid.strip()
        if not _ID.fullmatch(pid) or pid == CONTEXT_ID:
            problems.append(f"positions #{n}: id {pid!r} must be letters, digits, - or _ and not {CONTEXT_ID!r}")
        elif pid in ids:
            problems.append(f"positions #{n}: id {pid!r} is used twice")
        ids.append(pid)
        if any(not c.strip() for c in cues):
            problems.append(f"positions #{n}: cues must not hold an empty phrase")
        for cue in cues:
            first = owner.setdefault(normal(cue), pid)
            if first != pid:
                problems.append(f"positions #{n}: cue {cue!r} is also a cue of {first!r}; a phrase can signal one position only")
    return problems, ids


def outlet_key(name: str) -> str:
    """How an outlet's name is matched: case, spacing, a leading "The" and
    the kind of apostrophe ignored, so "daily post" in the table is the
    source's "The Daily  Post", and "Reader's Weekly" is "Reader’s Weekly"."""
    words = name.casefold().replace("’", "'").split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _check_outlets(table: dict, ids: Set[str]) -> list[str]:
    """The ``[outlets]`` table: one list (the scale: its name and groups),
    every other entry an outlet given one of those groups (not a position
    id: that is an [actors] line out of place)."""
    scales = [key for key, value in table.items() if isinstance(value, list)]
    if len(scales) != 1:
        found = f"{len(scales)} lists ({', '.join(map(repr, scales))})" if scales else "none"
        return [f"outlets: needs one scale, a list of its groups such as {SCALE_EXAMPLE}; found {found}"]
    scale, groups = scales[0], table[scales[0]]
    problems = _check_scale(scale, groups)
    known = groups if not problems else None  # a scale that is itself wrong is not held against the outlets
    seen: dict[str, str] = {}
    for name, group in table.items():
        if name == scale:
            continue
        if name == RATED_BY:
            if not isinstance(group, str) or not group.strip():
                problems.append(f"outlets: {RATED_BY} must name the published rating the groups come from (a string), or be left out")
            continue
        problems += _check_group(name, group, scale, known, ids)
        if not name.strip():
            problems.append("outlets: an outlet's name must not be empty")
        elif outlet_key(name) in seen:
            problems.append(f"outlets: {seen[outlet_key(name)]!r} and {name!r} are the same outlet (names are matched ignoring case, spacing and a leading 'The')")
        seen.setdefault(outlet_key(name), name)
    return problems


def _check_group(name: str, group: object, scale: str, groups: list | None, ids: Set[str]) -> list[str]:
    """One outlet's entry: a group of the scale (a misspelt ``rated_by``,
    and a speaker given one of the position ``ids``, are named as such)."""
    if isinstance(group, str) and group.strip() in ids and group not in (groups or ()):
        return [f"outlets: {_misplaced_actor(name, group)}"]
    if difflib.get_close_matches(name, [RATED_BY], n=1, cutoff=0.8) and not (isinstance(group, str) and group in (groups or ())):
        return [f"outlets: unknown key {name!r} (did you mean {RATED_BY!r}?)"]
    if not isinstance(group, str):
        return [f"outlets: {name!r} must be a group of {scale!r} (a string), not {_type_name(group)}"]
    if groups is not None and group not in groups:
        return [f"outlets: {name!r} is given {group!r}, which is not on the scale {scale!r} ({hint(group, groups, 'its groups are')})"]
    return []


def _check_scale(name: str, groups: list) -> list[str]:
    where = f"outlets: the scale {name!r}"
    if not groups or not all(isinstance(g, str) and g.strip() for g in groups):
        return [f"{where} must list its groups as non-empty strings, as in {SCALE_EXAMPLE}"]
    if len(set(groups)) < len(groups):
        return [f"{where} names a group twice"]
    if UNRATED in groups:
        return [f"{where} must not name a group {UNRATED!r}: that is what an outlet not in the table is called"]
    return []


def _outlet_groups(table: dict) -> OutletGroups:
    """A checked ``[outlets]`` table as a record."""
    scale = next(key for key, value in table.items() if isinstance(value, list))
    outlets = tuple((k, v) for k, v in table.items() if k not in (scale, RATED_BY))
    cited = table.get(RATED_BY) if scale != RATED_BY else None
    return OutletGroups(scale, tuple(table[scale]), outlets, cited.strip() if cited else None)


def parse_spec(data: dict) -> Spec:
    """Check a parsed spec and turn it into a ``Spec``."""
    problems = check(data)
    if problems:
        raise SpecError(problems)
    positions = tuple(
        PositionSpec(p["id"].strip(), p["label"].strip(), tuple(c.strip() for c in p.get("cues", [])))
        for p in data["positions"]
    )
    sources = tuple(
        SourceMeta(
            path=s["path"],
            outlet=s.get("outlet"),
            title=s.get("title"),
            date=str(s["date"]) if "date" in s else None,
            url=s.get("url"),
        )
        for s in data.get("sources", [])
    )
    question = data.get("question")
    document = DocumentInfo(**{f.name: data[f.name].strip() for f in fields(DocumentInfo) if f.name in data})
    return Spec(
        data["title"].strip(),
        question.strip() if question else None,
        positions,
        tuple(sorted(data.get("actors", {}).items())),
        sources,
        document=document,
        outlets=_outlet_groups(data["outlets"]) if "outlets" in data else None,
    )


def matched_actors(spec: Spec, speakers: Set[str]) -> Spec:
    """The spec with an ``[actors]`` name that is no speaker given the one
    speaker it names all the same: the same words in another case ("jon
    roe" for "Jon Roe"), or the same full name with a title the sources
    print before it ("Marit Wendover" for "Supervisor Marit Wendover") or
    the user wrote and the sources do not ("Attorney General Jon Roe" for
    "Jon Roe"): a user writes a person as they know them, not as the parse
    kept them. A name no speaker or several match, or whose speaker has a
    line of their own, stays as written, and ``unused`` names it."""
    def titled(longer: str, shorter: str) -> bool:
        title = longer[: -len(shorter)].split()
        return len(shorter.split()) > 1 and longer.endswith(f" {shorter}") and all(w[:1].isupper() for w in title) and len(title) <= 2

    listed = {name for name, _ in spec.actors}

    def one(name: str) -> str:
        for same in (lambda s: s.casefold() == name.casefold(), lambda s: titled(s, name) or titled(name, s)):
            found = [s for s in speakers if same(s)]
            if found:  # a speaker listed under their own name too keeps that line alone
                return found[0] if len(found) == 1 and found[0] not in listed else name
        return name

    actors = tuple((name if name in speakers else one(name), held) for name, held in spec.actors)
    return replace(spec, actors=actors)


def unused(spec: Spec, paths: Sequence[str], speakers: Set[str]) -> list[str]:
    """The spec's lines a user most likely meant to change: a ``[[sources]]``
    path no input has or an ``[actors]`` name no speaker has (each most
    likely misspelt), and a position still labelled, or the question still
    worded, as ``briefing init`` drafted it."""
    listed = len(paths) <= LISTED
    out = [
        f"[[sources]] path {display(m.path)!r} matches no input "
        f"({hint(m.path, paths, 'the inputs are' if listed else 'paths are as briefing init writes them', listed)}); "
        "its metadata is not used"
        for m in spec.sources
        if m.path not in paths
    ]
    names = sorted(speakers)
    out += [
        f"[actors] {display(name)!r} is no speaker in these sources "
        f"({hint(name, names, 'briefing explain lists the speakers', listed=False)}); the line has no effect"
        for name, _ in spec.actors
        if name not in speakers
    ]
    out += [
        f"positions #{n}: the label {p.label!r} is still the draft's; name the position, and keep only the cues that signal it"
        for n, p in enumerate(spec.positions, 1)
        if p.label.startswith(DRAFT_LABEL)
    ]
    if spec.question and spec.question.startswith(DRAFT_QUESTION):
        out.append(f"the question {spec.question!r} is still the draft's placeholder; write the question the sides answer differently")
    return out


def not_the_spec(paths: Sequence[str], spec_file: Path | None, use: str = "to use it, give it as --spec") -> tuple[list[str], list[str]]:
    """The paths without the spec file itself or any other ``.toml`` path
    (named among the articles by mistake, it would be read as one), and a
    warning for each, saying how to ``use`` one that is not the spec."""
    def same(path: Path) -> bool:
        return spec_file is not None and path.resolve() == spec_file.resolve()

    def is_spec(raw: str) -> bool:
        path = Path(raw)  # a .toml path that does not exist is no article either
        return (path.is_file() and same(path)) or (path.suffix.casefold() == ".toml" and "://" not in raw and not path.is_dir())

    skipped = [
        f"{display(raw)}: skipped, it is the spec, not an article (name the articles or their folder, {display(Path(raw).parent)}/)"
        if same(Path(raw)) else f"{display(raw)}: skipped, a .toml file is a spec, not an article ({use} {display(raw)})"
        for raw in paths if is_spec(raw)
    ]
    return [raw for raw in paths if not is_spec(raw)], skipped


def find_spec(paths: list[str]) -> Path | None:
    """``briefing.toml`` in the first input folder (or beside the first file)."""
    for raw in paths[:1]:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        candidate = folder / SPEC_NAME
        if candidate.is_file():
            return candidate
    return None
