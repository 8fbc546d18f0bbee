"""``briefing.json``: a ``Briefing`` in, JSON text out, following
``briefing/data/briefing.schema.json`` (schema ``briefing/1``). Keys are
emitted in a fixed order so the same input gives byte-identical output.
With an ``[outlets]`` table in the spec, each source has its ``group``, each
block the ``groups`` that reported it, and ``coverage`` the counts by
group; without one, none of these keys is written."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from .. import collector
from ..coverage import Coverage, coverage
from ..model import Block, Briefing, Source

_string = json.encoder.encode_basestring  # C, as json.dumps(..., ensure_ascii=False) uses

SCHEMA = "briefing/1"
SCHEMA_FILE = Path(__file__).resolve().parent.parent / "data" / "briefing.schema.json"  # shipped in the wheel


def to_data(b: Briefing) -> dict:
    """The briefing as the plain values ``json`` writes."""
    return _data(b, lambda make, items: list(map(make, items)))


class _Each:
    """``make`` of each item, made as it is written (``render``): a big
    briefing's tree of dicts, made whole, took more memory than its bytes."""

    def __init__(self, make: Callable[[Any], object], items: Sequence[Any]) -> None:
        self.make, self.items = make, items

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[object]:
        return map(self.make, self.items)


_SOURCE_FIELDS = ("id", "path", "outlet", "title", "date", "url", "author", "sha256")  # a source's values, in order
Each = Callable[[Callable[[Any], object], Sequence[Any]], object]  # a list, or an ``_Each``


def _data(b: Briefing, each: Each) -> dict:
    """The briefing's values, its sources and blocks (with their outlet
    groups, when the spec has an ``[outlets]`` table) made by ``each``."""
    found = coverage(b)

    def source(s: Source) -> dict:
        values = {name: getattr(s, name) for name in _SOURCE_FIELDS}
        return values | ({"group": found.group_of[s.id]} if found else {})

    def block(x: Block) -> dict:
        values = {
            "id": x.id,
            "position": x.position,
            "kind": x.kind,
            "speaker": x.speaker,
            "speaker_role": x.speaker_role,
            "text": x.text,
            "sources": list(x.sources),
            "variants": [{"source": v.source, "text": v.text, "kind": v.kind} for v in x.variants],
            "reason": x.reason,
            "loaded_terms": list(x.loaded_terms),
            "loaded_terms_outlet": list(x.outlet_terms),
            "leans": x.leans,
        }
        return values | ({"groups": list(found.block_groups[x.id])} if found else {})

    data = {
        "schema": SCHEMA,
        "title": b.title,
        "question": b.question,
        "date": b.date,
        "sources": each(source, b.sources),
        "positions": [
            {"id": p.id, "label": p.label, "actors": list(p.actors), "mixed": list(p.mixed)} for p in b.positions
        ],
        "blocks": each(block, b.blocks),
        "balance": [
            {
                "position": r.position,
                "blocks": r.blocks,
                "words": r.words,
                "speakers": r.speakers,
                "outlets": r.outlets,
            }
            for r in b.balance
        ],
        "disputed": [
            {"topic": d.topic, "kind": d.kind, "readings": [{"text": r.text, "sources": list(r.sources)} for r in d.readings]} for d in b.disputed
        ],
        "profiles": [
            {
                "source": p.source,
                "loaded_terms": list(p.loaded),
                "commentary": p.commentary,
                "blocks": p.blocks,
                "positions_quoted": list(p.positions),
            }
            for p in b.profiles
        ],
        "warnings": list(b.warnings),
    }
    document = {f.name: getattr(b.document, f.name) for f in fields(b.document) if getattr(b.document, f.name)}
    return data | ({"document": document} if document else {}) | ({"coverage": _coverage(found, b)} if found else {})


def _coverage(found: Coverage, b: Briefing) -> dict:
    """Coverage by the spec's outlet groups, when it has a table."""
    return {
        "scale": found.scale,
        **({"rated_by": found.rated_by} if found.rated_by else {}),
        "groups": list(found.groups),
        "story": [{"group": g, "sources": n, "blocks": m} for (g, n), (_, m) in zip(found.sources, found.blocks)],
        "positions": [
            {"position": p.position, "groups": [{"group": g, "blocks": n} for g, n in p.blocks]} for p in found.positions
        ],
        "one_side": [
            {"group": o.group, "blocks": [x.id for x in o.blocks], "disputed": [b.disputed.index(d) for d in o.disputed]}
            for o in found.one_side
        ],
    }


def render(briefing: Briefing, options: object) -> bytes:
    """``briefing.json``'s bytes (no option changes them): the text of
    ``json.dumps(data, ensure_ascii=False, indent=2)``, written by
    ``_write`` into one byte buffer."""
    out = io.BytesIO()
    pieces: list[str] = []
    with collector.paused():  # a big briefing's data is millions of objects and no cycles
        _write(_data(briefing, _Each), "\n", pieces, out)
    out.write("".join(pieces).encode("utf-8"))
    out.write(b"\n")
    return out.getvalue()


_FLUSH = 1 << 14  # pieces held before they are written out as bytes
_SCALARS = {True: "true", False: "false", None: "null"}


def _write(value: object, newline: str, pieces: list[str], out: io.BytesIO) -> None:
    """``value`` as ``json`` prints it with an indent of two: ``newline`` is
    a line break and the indent of the line ``value`` stands on. With an
    indent ``json`` encodes in Python through nested generators, a piece at
    a time (4.5 s for a briefing of 10,000 articles); here only the
    nesting is Python and each string is encoded in C. Pieces are written
    out as bytes every ``_FLUSH``: one list of every piece took more memory
    than the briefing itself."""
    if isinstance(value, str):
        pieces.append(_string(value))
    elif isinstance(value, dict):
        if not value:
            pieces.append("{}")
            return
        inner = newline + "  "
        opening = "{" + inner
        for key, item in value.items():
            pieces += (opening, _string(key), ": ")
            _write(item, inner, pieces, out)
            opening = "," + inner
        pieces.append(newline + "}")
    elif isinstance(value, (list, tuple, _Each)):
        if not len(value):
            pieces.append("[]")
            return
        inner = newline + "  "
        opening = "[" + inner
        for item in value:
            pieces.append(opening)
            _write(item, inner, pieces, out)
            opening = "," + inner
        pieces.append(newline + "]")
        if len(pieces) > _FLUSH:
            out.write("".join(pieces).encode("utf-8"))
            pieces.clear()
    elif value is None or isinstance(value, bool):
        pieces.append(_SCALARS[value])
    elif isinstance(value, (int, float)):
        pieces.append(json.dumps(value))
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
