"""Without a spec, the briefing's sections put the most reported speakers
first: by outlets that quote them, then statements, the order of
``briefing init``'s speaker list, whatever order the articles name them in."""

import json

from click.testing import CliRunner

from briefing.cli import main

# A fictional story: the first voice in the first article is quoted by that
# outlet alone; the voice quoted by all three outlets comes later.
STORY = {
    "a_gazette.txt": "Library to close two branches\n"
    'Pim Ostrova, a volunteer at the reading room, said: "The children read here every afternoon after school."\n'
    'Marta Kell, the county librarian, said: "We cannot staff five buildings with the money we have."\n',
    "b_courier.txt": "County cuts library hours\n"
    '"We cannot staff five buildings with the money we have," Marta Kell said.\n'
    'Rolf Dane, who runs the bookshop opposite, said: "The high street loses its busiest door."\n',
    "c_post.txt": "Two library branches face closure\n"
    'Marta Kell said: "We cannot staff five buildings with the money we have."\n'
    '"The high street loses its busiest door," said Rolf Dane.\n',
}


def _sections(folder, out):
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    return [p["label"] for p in json.loads((out / "briefing.json").read_text())["positions"]]


def test_without_a_spec_the_most_reported_speaker_comes_first(make_articles, tmp_path):
    labels = _sections(make_articles(STORY), tmp_path / "out")
    assert labels[:3] == ["Statements by Marta Kell", "Statements by Rolf Dane", "Statements by Pim Ostrova"]


def test_the_sections_follow_init_s_speaker_list(make_articles, tmp_path):
    folder = make_articles(STORY)
    labels = _sections(folder, tmp_path / "out")
    draft = CliRunner().invoke(main, ["init", str(folder)])
    assert draft.exit_code == 0, draft.output
    spec_text = (folder / "briefing.toml").read_text()
    listed = [name for name in ("Marta Kell", "Rolf Dane", "Pim Ostrova") if name in spec_text]
    assert sorted(listed, key=spec_text.index) == [label.removeprefix("Statements by ") for label in labels[:3]]
