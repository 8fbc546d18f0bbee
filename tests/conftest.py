"""Shared helpers: small inline article folders and the seed briefing.

Every briefing a test builds (through ``briefing.pipeline.build``, which the
CLI calls too) has its JSON checked against the packaged schema, so a field
added without its schema entry fails the test that first writes it."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

import jsonschema
import pytest

# What a run makes of the word lists is kept in the user's cache folder
# (``briefing.data.store``): the suite, and the builds it runs in child
# processes, keep theirs in a folder of their own, set before briefing is
# imported (its modules read word lists at import).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-tests-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)

import briefing.pipeline  # noqa: E402
from briefing.model import Briefing, Paragraph  # noqa: E402
from briefing.render.json import SCHEMA_FILE, to_data  # noqa: E402
from briefing.saying import parse  # noqa: E402
from briefing.sentences import split  # noqa: E402
from briefing.speakers import Article, Corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def make_articles(tmp_path):
    """``make_articles({"a.txt": "...", "b.txt": "..."}, spec="...")`` -> folder."""

    def make(files: dict[str, str | bytes], spec: str | None = None) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir(exist_ok=True)
        for name, body in files.items():
            target = folder / name
            if isinstance(body, bytes):
                target.write_bytes(body)
            else:
                target.write_text(body, encoding="utf-8")
        if spec is not None:
            (folder / "briefing.toml").write_text(spec, encoding="utf-8")
        return folder

    return make


@cache
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def undeclared(data: object, part: dict, where: str = "") -> list[str]:
    """Keys of ``data`` the schema does not declare: the schema says fields
    may be added (so it cannot forbid them for other tools), but the
    project's copy must name every field the project writes."""
    if isinstance(data, list):
        return [k for item in data for k in undeclared(item, part.get("items", {}), f"{where}[]")]
    if not isinstance(data, dict) or "properties" not in part:
        return []
    props = part["properties"]
    return [f"{where}.{key}" for key in data if key not in props] + [
        k for key, value in data.items() if key in props for k in undeclared(value, props[key], f"{where}.{key}")
    ]


def assert_valid_json(b: Briefing) -> dict:
    """``briefing.json`` of ``b``, checked against the packaged schema."""
    data = json.loads(json.dumps(to_data(b), ensure_ascii=False))
    jsonschema.validate(data, schema())
    assert not undeclared(data, schema()), f"fields missing from {SCHEMA_FILE.name}: {undeclared(data, schema())}"
    return data


_build = briefing.pipeline.build


def build(*args, **kwargs) -> briefing.pipeline.Result:
    """``pipeline.build``, with the briefing's JSON checked against the schema."""
    result = _build(*args, **kwargs)
    if result.briefing is not None:
        assert_valid_json(result.briefing)
    return result


# Installed before any test module imports build (conftest is loaded first),
# so tests that import it, and the CLI, build through the check.
briefing.pipeline.build = build


def briefing_of(folder: Path) -> Briefing:
    result = build([str(folder)])
    assert result.briefing is not None, result.warnings
    return result.briefing


def blocks_with(b: Briefing, words: str):
    """Blocks whose text contains ``words`` (compared on normal form)."""
    from briefing.wording import normal

    key = normal(words)
    return [x for x in b.blocks if key in normal(x.text)]


def speaker_of(folder_or_briefing, words):
    """The speaker and kind of the first block holding ``words``; the block must exist."""
    b = briefing_of(folder_or_briefing) if isinstance(folder_or_briefing, Path) else folder_or_briefing
    found = blocks_with(b, words)
    assert found, f"no block contains {words!r}"
    return found[0].speaker, found[0].kind


@pytest.fixture(scope="session")
def seed_briefing() -> Briefing:
    return briefing_of(SEEDS)


def speaker(text):
    """The (kind, words) of the speaker that pass one finds in ``text``, one sentence."""
    parsed = parse(split([Paragraph("s", 0, text)])[0])
    return (parsed.speaker.kind, parsed.speaker.text) if parsed.speaker else None


def speakers(*paragraphs):
    """The resolved speaker of each sentence of one article."""
    parsed = [parse(s) for s in split([Paragraph("s", i, t) for i, t in enumerate(paragraphs)])]
    return Article(parsed, Corpus.build([parsed])).read().speakers


def two_outlets(a: str, b: str):
    """The blocks of two event sentences, one from each of two outlets."""
    from briefing.merge import consolidate
    from briefing.model import Statement

    return consolidate([Statement("S1", "event", a, None, (0, 0, 0)), Statement("S2", "event", b, None, (0, 0, 0))], ["S1", "S2"])
