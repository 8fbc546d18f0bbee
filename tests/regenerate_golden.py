"""Regenerate tests/golden/ from seeds/ after an intended change:

    .venv/bin/python tests/regenerate_golden.py
"""

from pathlib import Path

from briefing.pipeline import build
from briefing.render import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
FORMATS = ("md", "json")


def main() -> None:
    briefing = build([str(ROOT / "seeds")]).briefing
    GOLDEN.mkdir(exist_ok=True)
    for fmt in FORMATS:
        (GOLDEN / f"briefing.{fmt}").write_bytes(render(briefing, fmt))
        print(f"wrote {GOLDEN / f'briefing.{fmt}'}")


if __name__ == "__main__":
    main()
