"""Per-source work in a process pool (cleaning, parsing, reading each
article's speakers with what all articles print) gives the same briefing as
in one process."""

import os

import pytest
from conftest import briefing_of

from briefing import pipeline
from briefing.render import render

ARTICLES = {
    "a.txt": 'Harbour master Ines Vohl said: "The new pier will open to ferries in the spring."\n'
    "The pier cost the district 3.2 million to build.",
    "b.txt": 'Ines Vohl, the harbour master, said: "The new pier will open to ferries in spring."\n'
    'Fisherman Aled Roe said: "Nobody asked the crews where the pier should go."',
    "c.txt": "The district council approved the pier in a vote on Tuesday.\n"
    '"Nobody asked the crews where the pier should go," Roe said.',
    "d.txt": 'Vohl added: "Work on the breakwater starts next month."',
}


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    """Two cores, whatever the machine has: a pool of two workers is what
    these tests compare with one process (a one-core machine would start
    none)."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def test_a_pool_changes_nothing_but_the_cores_used(make_articles, monkeypatch):
    folder = make_articles(ARTICLES)
    alone = briefing_of(folder)
    monkeypatch.setattr(pipeline, "POOL_MIN_SOURCES", 2)
    assert pipeline._Pool.workers_for(len(ARTICLES)) == 2
    pooled = briefing_of(folder)
    assert render(pooled, "json") == render(alone, "json")
    assert render(pooled, "md") == render(alone, "md")
    assert any(len(b.sources) == 2 and b.kind == "quote" for b in pooled.blocks)
    # "Vohl added" is resolved in a worker with the full name other articles print.
    last = next(s.id for s in pooled.sources if s.path.endswith("d.txt"))
    assert [b.speaker for b in pooled.blocks if last in b.sources] == ["Ines Vohl"]


def test_a_build_keeps_no_texts_once_done_and_a_cold_build_is_the_same(make_articles):
    from briefing import lexicon, wording

    folder = make_articles(ARTICLES)
    first = briefing_of(folder)
    # The per-build caches (normal forms, lexicon finds) are emptied at the end.
    assert wording.normal.cache_info().currsize == 0
    assert lexicon.Lexicon.find.cache_info().currsize == 0
    wording.normal("Texts cached by some earlier caller")
    assert render(briefing_of(folder), "json") == render(first, "json")


def test_files_read_on_the_pool_keep_their_order_ids_and_warnings(make_articles, monkeypatch):
    from briefing import readers

    folder = make_articles({**ARTICLES, "b2.txt": "   \n"})  # an empty file between two articles
    alone = readers.load([str(folder)])
    monkeypatch.setattr(pipeline, "POOL_MIN_SOURCES", 2)
    with pipeline._Pool() as pool:
        pooled = readers.load([str(folder)], listed=pool.start, each=pool.map)
        assert pool.executor is not None
    assert pooled == alone
    assert [(s.id, s.path) for s in pooled.sources] == [("S1", "a.txt"), ("S2", "b.txt"), ("S3", "c.txt"), ("S4", "d.txt")]
    assert [w.split(":")[0].endswith("b2.txt") for w in pooled.warnings] == [True]


def _alone_and_pooled(folder, monkeypatch):
    """The briefing of ``folder`` built in one process, then on a pool."""
    alone = briefing_of(folder)
    monkeypatch.setattr(pipeline, "POOL_MIN_SOURCES", 2)
    return alone, briefing_of(folder)


def test_work_beside_the_pool_gives_the_same_disputed_details_and_title(make_articles, monkeypatch):
    """With a pool, the disputed details are read (and, without a spec, the
    speakers' sections made) in a thread beside the workers: the same
    briefing as one process builds."""
    folder = make_articles(
        {
            "a.txt": "The storm damaged 1,400 homes across the Tessel valley, the agency said.\n"
            'Relief officer Mira Talsen said: "Every family in the valley will get help this week."',
            "b.txt": "The storm damaged about 1,500 homes across the Tessel valley.\n"
            '"Every family in the valley will get help this week," Talsen said.',
            "c.txt": "Roads into the Tessel valley reopened on Friday.",
        }
    )
    alone, pooled = _alone_and_pooled(folder, monkeypatch)
    assert [dict(d.readings) for d in pooled.disputed if d.kind == "figure"] == [{"1,400": ("S1",), "1,500": ("S2",)}]
    assert pooled.title == alone.title and "Talsen" in pooled.title
    assert render(pooled, "json") == render(alone, "json")


def test_facts_told_in_own_words_join_alike_when_their_stems_are_read_on_the_pool(make_articles, monkeypatch):
    """With a pool, merge reads the facts' stems on the workers while it
    links the wordings on one core: the same blocks as one process makes."""
    folder = make_articles(
        {
            "a.txt": "The Velmar county council approved a new ferry terminal for the northern harbour on Monday.\n"
            "Crews will begin dredging the channel in March.",
            "b.txt": "On Monday, Velmar county councillors approved the northern harbour's new ferry terminal.\n"
            "The terminal will cost 40 million to build.",
            "c.txt": "Dredging of the harbour channel by crews begins in March, officials confirmed.",
        }
    )
    alone, pooled = _alone_and_pooled(folder, monkeypatch)
    assert render(pooled, "json") == render(alone, "json")
    assert [b.sources for b in pooled.blocks if b.kind == "event"] == [("S1", "S2"), ("S1", "S3")]


def test_stems_of_views_read_on_the_pool_are_given_again_in_this_process_until_the_build_ends():
    from briefing import caches, fact_profile
    from briefing.nearness import SYNONYM

    caches.clear()
    text = "The Tessel ferry carried 300 passengers on its first crossing."
    worked_out = fact_profile.stems(text)
    caches.clear()
    # A stand-in for the pool's map: what it returns is what stems gives
    # here, the first view without its synonym sets.
    read = (("from-the-pool", SYNONYM + "7"), ("core",))
    assert fact_profile.read_views([text], lambda work, items: [read for _ in items]) == [read]
    assert fact_profile.stems(text) == ("from-the-pool",)
    caches.clear()
    assert fact_profile.stems(text) == worked_out
    caches.clear()


def test_records_cross_the_pool_whole():
    """The records the workers send and receive are pickled as their field
    values (``model._pickled_by_fields``): each comes back equal, every
    field in its place, defaults that were set included."""
    import pickle

    from briefing.model import Paragraph, Sentence, Source, Span, Statement

    records = [
        Source("S3", "a/pier.txt", "Body text.", "ab12", outlet="Harbour Gazette", date="2026-03-02", author="Nell Pryce"),
        Paragraph("S3", 4, 'Vohl said: "The pier opens in spring."'),
        Sentence("S3", 4, 1, 'Vohl said: "The pier opens in spring."', (Span(12, 37, True),)),
        Statement("S3", "statement", "Vohl said the pier opens soon", "Ines Vohl", (4, 1, 0), "harbour master", ("opens soon",)),
    ]
    for record in records:
        back = pickle.loads(pickle.dumps(record))
        assert type(back) is type(record) and back == record
    assert pickle.loads(pickle.dumps(records[3])).speaker_role == "harbour master"


def test_each_map_of_the_pool_runs_its_own_work(monkeypatch):
    """A worker unpickles a map's work once and keeps it for the map's
    chunks: the next map, with other work, is not answered by the last."""
    from functools import partial

    monkeypatch.setattr(pipeline, "POOL_MIN_SOURCES", 2)
    words = ["pier", "breakwater", "ferry", "quay", "harbour", "crane"] * 20
    with pipeline._Pool() as pool:
        pool.start(len(words))
        assert pool.executor is not None
        assert pool.map(str.upper, words) == [w.upper() for w in words]
        assert pool.map(len, words) == [len(w) for w in words]
        assert pool.map(partial(str.count, "harbour master"), words) == ["harbour master".count(w) for w in words]


def test_the_collector_is_paused_while_a_build_runs_and_back_on_after(make_articles, monkeypatch):
    import gc

    from briefing import merge

    folder = make_articles(ARTICLES)
    seen = []
    consolidate = merge.consolidate

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return consolidate(*args, **kwargs)

    monkeypatch.setattr(merge, "consolidate", watched)
    assert gc.isenabled()
    briefing = briefing_of(folder)
    assert seen == [False]
    assert gc.isenabled()
    # The JSON render pauses it too, and leaves it on.
    from briefing.render import json as json_render

    rendering = []
    write = json_render._write

    def written(*args, **kwargs):
        rendering.append(gc.isenabled())
        return write(*args, **kwargs)

    monkeypatch.setattr(json_render, "_write", written)
    assert render(briefing, "json").startswith(b"{\n")
    assert rendering and not any(rendering)
    assert gc.isenabled()


def test_a_pause_inside_another_leaves_the_collector_off_until_the_outer_one_ends():
    import gc

    from briefing import collector

    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with collector.paused():
            raise ValueError("a build that fails")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_big_build_gives_freed_memory_back_after_its_stages_and_a_small_one_does_not(make_articles, monkeypatch):
    from briefing import collector

    folder = make_articles(ARTICLES)
    trims = []
    monkeypatch.setattr(collector, "trim", lambda: trims.append(1))
    alone = briefing_of(folder)
    assert trims == []
    monkeypatch.setattr(pipeline, "POOL_MIN_SOURCES", 2)
    pooled = briefing_of(folder)
    assert len(trims) == 3  # before merge, after it, and when the build ends (the workers' own are theirs)
    assert render(pooled, "json") == render(alone, "json")
    collector.trim()  # the real one: harmless wherever it runs


@pytest.mark.parametrize("c_library", [TypeError, OSError, object], ids=["windows", "no library", "no malloc_trim"])
def test_giving_memory_back_does_nothing_where_the_c_library_has_no_malloc_trim(monkeypatch, c_library):
    import ctypes

    from briefing import collector

    def opened(name):
        if isinstance(c_library, type) and issubclass(c_library, Exception):
            raise c_library("no C library")
        return c_library()

    monkeypatch.setattr(ctypes, "CDLL", opened)
    collector._malloc_trim.cache_clear()
    try:
        assert collector._malloc_trim() is None
        collector.trim()
    finally:
        collector._malloc_trim.cache_clear()


def test_the_stems_a_worker_sends_back_are_one_copy_each():
    import pickle

    from briefing import fact_profile

    def through_a_worker(work, items, progress=None):
        return [pickle.loads(pickle.dumps(work(item))) for item in items]

    texts = [
        "The tram operator raised fares by 12% on the harbour line.",
        "Fares on the harbour line rose by 12% after the tram operator's decision.",
    ]
    one, two = fact_profile.read_views(texts, through_a_worker)
    shared = set(one[0]) & set(two[0])
    assert shared
    first = {s: s for s in one[0]}
    assert all(s is first[s] for s in two[0] if s in shared)
    assert [list(v) for v in one] == [list(v) for v in fact_profile.views(texts[0])]


def test_a_worker_clearing_its_texts_keeps_what_it_read_of_each_word():
    from briefing import caches

    calls: list[str] = []

    @caches.per_build
    def of_text(text: str) -> int:
        calls.append(text)
        return len(text)

    @caches.per_word
    def of_word(word: str) -> str:
        calls.append(word)
        return word.upper()

    def read() -> None:
        of_text("The tide turned at noon.")
        of_word("tide")

    read()
    caches.clear(words=False)  # what a worker does every few hundred items
    read()
    assert calls == ["The tide turned at noon.", "tide", "The tide turned at noon."]
    caches.clear()  # a build's end forgets both
    read()
    assert calls[3:] == ["The tide turned at noon.", "tide"]
