"""benchmarks/audit_merges.py on briefings written for the test: which joins
it lists, of which kind, and the precision it counts from judgments."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import audit_merges

QUOTE = "The new bridge will carry every bus in the valley by the spring of next year."


def _block(id, kind, text, sources, variants=()):
    return {"id": id, "kind": kind, "speaker": "Ann Lee", "text": text, "sources": list(sources),
            "variants": [{"source": s, "text": t, "kind": k} for s, t, k in variants]}


def _story(folder: Path, name: str, blocks: list[dict]) -> None:
    (folder / name).mkdir(parents=True)
    (folder / name / "briefing.json").write_text(json.dumps({"blocks": blocks}), encoding="utf-8")


def _blocks(first_id: str) -> list[dict]:
    return [
        _block(first_id, "quote", QUOTE, ["S1", "S2", "S3"], [
            ("S2", "The new bridge will carry every bus in the valley", "wording"),
            ("S3", "Lee said the bridge would “carry every bus in the valley” soon.", "paraphrase"),
        ]),
        _block("B9", "event", "The council approved the bridge on Monday.", ["S1", "S2"],
               [("S2", "Councillors approved the bridge plan on Monday.", "wording")]),
        _block("B10", "quote", "We will see.", ["S1"]),  # one outlet: no join
    ]


def test_joins_by_kind_and_precision_from_judgments(tmp_path):
    _story(tmp_path, "story-one", _blocks("B1"))
    found = audit_merges.audited(tmp_path, sample=60, seed=10)
    assert sorted(j.kind for j in found) == ["cut", "fact", "paraphrase"]
    verdicts = dict(zip(sorted(j.kind for j in found), ("right", "wrong", "passage")))
    judged = tmp_path / "judged.tsv"
    judged.write_text("".join(f"{j.id}\t{verdicts[j.kind]}  # note\n" for j in found), encoding="utf-8")
    report = audit_merges.report(found, audit_merges._judged(judged))
    assert report.splitlines()[-1].split()[-1] == "0.667"  # 1 right, 1 passage, 1 wrong


def test_a_source_printing_the_main_wording_is_a_join_of_the_same_words(tmp_path):
    _story(tmp_path, "story-one", [_block("B1", "quote", QUOTE, ["S1", "S2"])])
    (join,) = audit_merges.audited(tmp_path, sample=60, seed=10)
    assert join.kind == "variant" and join.other == join.main


def test_ids_and_sample_stay_when_block_numbers_change(tmp_path):
    _story(tmp_path / "a", "story-one", _blocks("B1"))
    _story(tmp_path / "b", "story-one", _blocks("B4"))
    ids = [{j.id for j in audit_merges.audited(tmp_path / d, sample=60, seed=10)} for d in ("a", "b")]
    assert ids[0] == ids[1] and len(ids[0]) == 3
