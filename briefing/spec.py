"""The spec: ``briefing.toml`` in, a ``Spec`` out (or a ``SpecError`` that
says what to fix).

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
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from pathlib import Path

from .model import CONTEXT_ID, DocumentInfo, PositionSpec, SourceMeta, Spec

SPEC_NAME = "briefing.toml"
EXAMPLE = """title = "Council vote on the congestion charge"
question = "Should the city introduce a congestion charge?"
[[positions]]
id = "for"
label = "For the charge"
cues = ["cleaner air", "fund buses"]
[[positions]]
id = "against"
label = "Against the charge"
cues = ["tax on working people", "hurt small businesses"]"""


class SpecError(ValueError):
    """A spec that cannot be used; the message says where and why."""


def _text(value: object, where: str, required: bool = True) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SpecError(f"{where} must be a non-empty string")
    return value.strip()


def load_spec(path: Path) -> Spec:
    """Read and check ``path``."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{path}: cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: not valid TOML ({exc})") from None
    try:
        return parse_spec(data)
    except SpecError as exc:
        raise SpecError(f"{path}: {exc}") from None


def parse_spec(data: dict) -> Spec:
    """Check a parsed spec and turn it into a ``Spec``."""
    title = _text(data.get("title"), "title")
    question = _text(data.get("question"), "question", required=False)
    raw_positions = data.get("positions")
    if not isinstance(raw_positions, list) or not raw_positions:
        raise SpecError("at least one [[positions]] table is needed")
    positions = []
    for n, raw in enumerate(raw_positions, 1):
        if not isinstance(raw, dict):
            raise SpecError(f"positions #{n} must be a table")
        pid = _text(raw.get("id"), f"positions #{n}: id")
        if not re.fullmatch(r"[A-Za-z0-9_-]+", pid) or pid == CONTEXT_ID:
            raise SpecError(f"positions #{n}: id {pid!r} must be letters, digits, - or _ and not {CONTEXT_ID!r}")
        if pid in {p.id for p in positions}:
            raise SpecError(f"positions #{n}: id {pid!r} is used twice")
        cues = raw.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
            raise SpecError(f"positions #{n}: cues must be a list of phrases")
        positions.append(PositionSpec(pid, _text(raw.get("label"), f"positions #{n}: label"), tuple(c.strip() for c in cues)))
    ids = {p.id for p in positions}
    actors = data.get("actors", {})
    if not isinstance(actors, dict):
        raise SpecError("[actors] must be a table of name = position id")
    for name, pid in actors.items():
        if pid not in ids:
            raise SpecError(f"actors: {name!r} is given position {pid!r}, which is not one of {sorted(ids)}")
    sources = []
    for n, raw in enumerate(data.get("sources", []), 1):
        if not isinstance(raw, dict) or "path" not in raw:
            raise SpecError(f"sources #{n} must be a table with a path")
        sources.append(
            SourceMeta(
                path=str(raw["path"]),
                outlet=raw.get("outlet"),
                title=raw.get("title"),
                date=str(raw["date"]) if raw.get("date") is not None else None,
                url=raw.get("url"),
            )
        )
    document = DocumentInfo(**{f.name: _text(data.get(f.name), f.name, required=False) for f in fields(DocumentInfo)})
    return Spec(title, question, tuple(positions), tuple(sorted(actors.items())), tuple(sources), document=document)


def find_spec(paths: list[str]) -> Path | None:
    """``briefing.toml`` in the first input folder (or beside the first file)."""
    for raw in paths[:1]:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        candidate = folder / SPEC_NAME
        if candidate.is_file():
            return candidate
    return None
