"""Shared helpers: small inline article folders and the seed briefing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Briefing
from briefing.pipeline import build

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


def briefing_of(folder: Path) -> Briefing:
    result = build([str(folder)])
    assert result.briefing is not None, result.warnings
    return result.briefing


def blocks_with(b: Briefing, words: str):
    """Blocks whose text contains ``words`` (compared on normal form)."""
    from briefing.wording import normal

    key = normal(words)
    return [x for x in b.blocks if key in normal(x.text)]


@pytest.fixture(scope="session")
def seed_briefing() -> Briefing:
    return briefing_of(SEEDS)
