"""Input and output formats are tables: a new one is one entry, and the
whole build then reads or writes it (on a format made up for the test)."""

from briefing import input_formats, readers
from briefing.input_formats import Article, Reader, kind_of, kind_of_media
from briefing.render import RENDERERS, write


def read_note(data, content_type, url):
    """A made-up format: the first line is the title, the rest the body."""
    title, _, body = data.decode("utf-8").partition("\n")
    return Article(body, {"title": title})


def test_a_new_input_format_is_one_entry_in_the_readers_table(tmp_path, monkeypatch):
    monkeypatch.setitem(input_formats.READERS, "note", Reader(read_note, (".note",), ("text/x-note",)))
    (tmp_path / "a.note").write_text("Ferry talks resume\nThe ferry company and the crews' union met again on Monday.\n")
    (tmp_path / "b.skip").write_text("Not an article format.\n")
    loaded = readers.load([str(tmp_path)])
    assert [(s.path, s.title, s.text.strip()) for s in loaded.sources] == [
        ("a.note", "Ferry talks resume", "The ferry company and the crews' union met again on Monday.")
    ]
    assert kind_of("x/story.NOTE") == "note" and kind_of_media("text/x-note") == "note"


def test_files_and_media_types_find_their_readers():
    assert [kind_of(name) for name in ("a.md", "b.htm", "c.txt", "d.unknown")] == ["markdown", "html", "text", "text"]
    assert [kind_of_media(m) for m in ("text/html", "text/markdown", "image/png")] == ["html", "markdown", None]


def test_a_new_output_format_is_one_entry_in_the_renderers_table(seed_briefing, tmp_path, monkeypatch):
    monkeypatch.setitem(RENDERERS, "txt", lambda briefing, options: briefing.title.encode("utf-8"))
    written = write(seed_briefing, tmp_path, ["txt", "json"])
    assert written == [tmp_path / "briefing.txt", tmp_path / "briefing.json"]
    assert written[0].read_text(encoding="utf-8") == seed_briefing.title
