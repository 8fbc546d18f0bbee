"""``briefing.json``: a ``Briefing`` in, JSON text out, following
``briefing.schema.json`` (schema ``briefing/1``). Keys are emitted in a fixed
order so the same input gives byte-identical output."""

from __future__ import annotations

import json
from dataclasses import fields

from ..model import Briefing

SCHEMA = "briefing/1"


def to_data(b: Briefing) -> dict:
    data = {
        "schema": SCHEMA,
        "title": b.title,
        "question": b.question,
        "date": b.date,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "outlet": s.outlet,
                "title": s.title,
                "date": s.date,
                "url": s.url,
                "author": s.author,
                "sha256": s.sha256,
            }
            for s in b.sources
        ],
        "positions": [
            {"id": p.id, "label": p.label, "actors": list(p.actors), "mixed": list(p.mixed)} for p in b.positions
        ],
        "blocks": [
            {
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
            for x in b.blocks
        ],
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
            {"topic": d.topic, "kind": d.kind, "readings": [{"text": t, "sources": list(s)} for t, s in d.readings]} for d in b.disputed
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
    return data | ({"document": document} if document else {})


def render(briefing: Briefing, options: object) -> bytes:
    """``briefing.json``'s bytes (no option changes them)."""
    return to_json(briefing).encode("utf-8")


def to_json(b: Briefing) -> str:
    return json.dumps(to_data(b), ensure_ascii=False, indent=2) + "\n"
