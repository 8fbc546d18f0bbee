"""Property tests: hypothesis writes article texts (quotes of every kind,
names, punctuation, Unicode) and the pipeline must never crash, every
block's text must stand in one of the sources it cites, and every source id
cited must exist."""

from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import decoding, readers
from briefing.clean import normalise_text
from briefing.pipeline import build
from briefing.quotes import QUOTE_MARKS, SINGLE_MARKS
from briefing.render import render
from briefing.wording import typographic

NAMES = ["Jo Bell", "Sam Ray", "Dr Ann Lee", "María José Núñez", "Ólafur Ragnarsson", "Li Ming", "Sean O'Brien",
         "Jean-Luc Martin", "Zoë Saldaña", "the mayor", "a spokeswoman", "Mr Smith", "She", "He", "They"]
WORDS = ["plan", "council", "town", "will", "go", "ahead", "must", "never", "vote", "£8", "50%", "2024", "No 10",
         "U.S.", "e.g.", "Jan.", "St.", "naïve", "café", "Straße", "东京", "مرحبا", "🙂", "x\u0301", "co-op",
         "well-being", "up—down", "5–4", "don't", "it’s", "[sic]", "(ok)", "#tag", "@user", "*star*", "_u_",
         "<b>", "{{ x }}", "{%", "%}", "&amp;", "|", "`code`", "\\", "http://x.example/a?b=c"]
MARKS = ['"', "“", "”", "„", "«", "»", "'", "‘", "’", "‟"]
ENDS = [".", "!", "?", "…", ",", ";", ":", " —", "", ".”", ',"', "?’"]
VERBS = ["said", "says", "told reporters", "added", "warned", "insisted", "claimed", "argued"]
NOISE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)

word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), NOISE, st.sampled_from(NAMES))
words = st.lists(word, min_size=1, max_size=14).map(" ".join)
mark = st.sampled_from(MARKS)
end = st.sampled_from(ENDS)
name = st.sampled_from(NAMES)
verb = st.sampled_from(VERBS)

sentence = st.one_of(
    st.builds(lambda n, v, o, w, e, c: f"{n} {v}: {o}{w}{e}{c}", name, verb, mark, words, end, mark),
    st.builds(lambda o, w, c, n, v: f"{o}{w},{c} {n} {v}.", mark, words, mark, name, verb),
    st.builds(lambda n, v, w, o, q, c: f"{n} {v} {w} {o}{q}{c}.", name, verb, words, mark, words, mark),
    st.builds(lambda w, e: f"{w}{e}", words, end),
    st.builds(lambda o, w: f"{o}{w}", mark, words),  # a quotation left open
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
article = st.builds(
    lambda paras, sep, title: (title + "\n\n" if title else "") + sep.join(paras),
    st.lists(paragraph, min_size=1, max_size=7),
    st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
    st.one_of(st.none(), words),
)
FORMATS = ["txt", "txt", "md", "html"]


def as_file(text: str, fmt: str) -> bytes:
    """The article as a file of format ``fmt``: HTML gets one ``<p>`` a paragraph."""
    if fmt == "html":
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.splitlines() if p.strip())
        text = f"<!DOCTYPE html><html><head><title>Story</title></head><body><article>{paras}</article></body></html>"
    return text.encode("utf-8", "surrogatepass")
SPEC = """title = "Property"
question = "Go ahead?"
[[positions]]
id = "yes"
label = "Yes"
cues = ["go ahead", "plan"]
[[positions]]
id = "no"
label = "No"
cues = ["never", "vote"]
"""


# An article that quotes with single marks only has them read as double marks
# (quotes.single_quoted): the mark's style is typography, the words are kept.
ONE_MARK = str.maketrans(dict.fromkeys(QUOTE_MARKS + SINGLE_MARKS, '"'))


def occurs(text: str, source_text: str) -> bool:
    """``text`` stands in ``source_text``, typography (quote marks' style
    included) and spacing aside."""
    return typographic(text).translate(ONE_MARK) in typographic(normalise_text(source_text)).translate(ONE_MARK)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(article, st.sampled_from(FORMATS)), min_size=1, max_size=3), st.booleans())
def test_pipeline_never_crashes_and_blocks_are_traceable(texts, with_spec):
    with tempfile.TemporaryDirectory() as folder:
        for n, (text, fmt) in enumerate(texts):
            Path(folder, f"{n:02d}.{fmt}").write_bytes(as_file(text, fmt))
        if with_spec:
            Path(folder, "briefing.toml").write_text(SPEC)
        result = build([folder])
    b = result.briefing
    if b is None:  # nothing usable (e.g. only control characters): said so, not crashed
        assert result.warnings
        return
    ids = {s.id for s in b.sources}
    text_of = {s.id: s.text for s in b.sources}
    position_ids = {p.id for p in b.positions}
    for block in b.blocks:
        assert block.sources and set(block.sources) <= ids, block
        assert any(occurs(block.text, text_of[sid]) for sid in block.sources), block
        assert block.position in position_ids
        for variant in block.variants:
            assert variant.source in ids
            assert occurs(variant.text, text_of[variant.source]), variant
    for profile in b.profiles:
        assert profile.source in ids
    for disputed in b.disputed:
        for _, cited in disputed.readings:
            assert set(cited) <= ids
    data = json.loads(render(b, "json"))
    assert {s["id"] for s in data["sources"]} == ids
    cited = {sid for blk in data["blocks"] for sid in blk["sources"]}
    assert cited <= ids
    md = render(b, "md").decode("utf-8")
    cited = set(re.findall(r"\]\[(S\d+)\]", md))  # reference-style citations, [Outlet][S2]
    assert cited and cited <= ids
    assert cited <= set(re.findall(r"^\[(S\d+)\]: ", md, re.M)), "every citation has its link definition"


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.binary(max_size=3000), article.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["text", "markdown", "html"]), st.sampled_from(["", "text/html; charset=utf-8", "text/plain; charset=klingon"]))
def test_readers_never_raise_and_warn_in_one_line(data, kind, content_type):
    source, message = readers.read_bytes(data, "in.put", "S1", kind, content_type=content_type)
    assert source is not None or message
    if message is not None:
        assert message.startswith("in.put: ") and "\n" not in message and "\r" not in message
    if source is not None:
        assert source.text.strip() and "\r" not in source.text
        assert max(len(line) for line in source.text.split("\n")) <= decoding.MAX_LINE


def test_speakerless_quotes_are_not_joined():
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "a.txt").write_text('They said: "Yes," and then: "No."\n')
        b = build([folder]).briefing
    for block in b.blocks:
        assert occurs(block.text, b.sources[0].text), block.text
