"""How much of a corpus's text repeats word for word: whole articles,
cleaned paragraphs and sentences (text and quotation spans, all that a
sentence's parse reads), as the pipeline reads them. Work done once per
distinct text could save at most the repeated share.

    python benchmarks/repeats.py FOLDER [FOLDER ...]   # the folders read together, as one build reads them
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing import clean, readers, sentences


def repeats(folders: list[str]) -> dict[str, tuple[int, int]]:
    """(items, distinct items) of each kind in ``folders``."""
    loaded = readers.load(folders, None)
    cleaned = clean.site_repeats([clean.clean(s) for s in loaded.sources])
    paragraphs = [p.text for c in cleaned for p in c.paragraphs]
    said = [(s.text, s.quotes) for c in cleaned for s in sentences.split(c.paragraphs)]
    return {
        "articles": (len(loaded.sources), len({s.text for s in loaded.sources})),
        "paragraphs": (len(paragraphs), len(set(paragraphs))),
        "sentences": (len(said), len(set(said))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    args = parser.parse_args(argv)
    counts = repeats(args.folders)
    print(", ".join(f"{kind} {n:,} ({n - distinct:,} repeated, {(n - distinct) / max(n, 1):.1%})" for kind, (n, distinct) in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
