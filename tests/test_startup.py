"""A run imports only what it needs (the speed itself is measured by
benchmarks/startup.py, not here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SEEDS

HEAVY = ("jinja2", "numpy", "weasyprint", "yaml", "http.client", "ssl", "trafilatura")
OTHER_COMMANDS = ("briefing.draft", "briefing.explain")  # what only ``init`` and ``explain`` use


def heavy_imports_of(tmp_path, *formats: str, inputs: str = str(SEEDS)) -> list[str]:
    """The heavy modules, and those of the other commands, loaded by a
    fresh ``briefing build`` of ``formats``."""
    args = ["build", inputs, "--out", str(tmp_path), "-q"] + [a for f in formats for a in ("--format", f)]
    code = (
        "import json, sys\n"
        "from briefing.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY + OTHER_COMMANDS!r} if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_json_build_from_files_imports_no_template_engine_fetcher_pdf_or_numpy(tmp_path):
    assert heavy_imports_of(tmp_path, "json") == []
    assert (tmp_path / "briefing.json").is_file()


def test_a_markdown_build_imports_jinja_and_nothing_else_heavy(tmp_path):
    assert heavy_imports_of(tmp_path, "md", "json") == ["jinja2"]


def test_front_matter_still_reads_with_yaml_loaded_on_demand(tmp_path, make_articles):
    folder = make_articles({"a.md": "---\noutlet: Harbour Post\ntitle: Ferry pier closed\n---\n"
                                    "The county council closed the old ferry pier on Monday after an inspection."})
    assert heavy_imports_of(tmp_path / "out", "json", inputs=str(folder)) == ["yaml"]
    data = json.loads((tmp_path / "out" / "briefing.json").read_text())
    assert data["sources"][0]["outlet"] == "Harbour Post" and data["sources"][0]["title"] == "Ferry pier closed"


def test_the_modules_imported_before_the_imports_block_leave_tomllib_to_it():
    """``compiled`` and the data package it needs are imported before any
    block; tomllib (whose patterns are long to compile) is imported where a
    TOML file is first read, inside one, so its patterns are kept."""
    code = "import sys\nimport briefing.compiled\nprint('tomllib' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_templates_render_without_a_bytecode_cache_when_no_safe_folder_exists(tmp_path, monkeypatch, seed_briefing):
    import tempfile

    from briefing.render import Options
    from briefing.render.templates import environment, render_text

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    env = environment.__wrapped__(tmp_path, False)  # a fresh environment, not the cached one
    assert env.bytecode_cache is None
    (tmp_path / "t.md.j2").write_text("{{ b.title }}")
    environment.cache_clear()
    assert render_text(seed_briefing, "t.md.j2", Options(templates=tmp_path)) == seed_briefing.title
    environment.cache_clear()


def test_the_pdf_import_leaves_the_library_finder_as_it_found_it():
    code = (
        "import ctypes.util\n"
        "find = ctypes.util.find_library\n"
        "import briefing.render.pdf\n"
        "print(ctypes.util.find_library is find)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


def test_the_library_finder_is_put_back_when_the_import_fails(monkeypatch):
    import ctypes.util

    from briefing.render import pdf

    def cache_only(name: str) -> None:
        return None

    monkeypatch.setattr(ctypes.util, "_findSoname_ldconfig", cache_only, raising=False)  # Linux's, on any system
    find = ctypes.util.find_library
    with pytest.raises(ImportError), pdf._libraries_from_the_loader_cache():
        assert ctypes.util.find_library is cache_only  # the loader's cache only, while it lasts
        raise ImportError("no libpango")
    assert ctypes.util.find_library is find
    monkeypatch.delattr(ctypes.util, "_findSoname_ldconfig")  # no such helper (not Linux, another Python)
    with pdf._libraries_from_the_loader_cache():
        assert ctypes.util.find_library is find
