"""A quote that opens on what the critics of a thing say answers them, so it
speaks for the position whose label names that thing (``critics``)."""

from briefing.model import Block, PositionSpec, Spec
from briefing.positions import place

PIER = (
    PositionSpec("ban", "Ban cars on the pier", ("car-free",)),
    PositionSpec("keep", "Keep the pier open to traffic", ("parking",)),
)
MILL = (
    PositionSpec("sell", "Sell the mill to a developer", ("best offer",)),
    PositionSpec("lease", "Lease the mill to the craft guild", ("peppercorn rent",)),
    PositionSpec("hold", "Hold on to the mill and repair it", ("our heritage",)),
)
TOLL = (
    PositionSpec("for", "For the bridge toll", ("repairs",)),
    PositionSpec("against", "Against the bridge toll", ("tax on commuters",)),
)


def _placed(texts: list[str], specs: tuple[PositionSpec, ...], kind: str = "quote") -> list[str | None]:
    blocks = [Block(f"B{n}", kind, "Wren Adley", t, ("S1",), (0, 0, n, 0)) for n, t in enumerate(texts, 1)]
    return [b.position for b in place(blocks, Spec("T", None, specs)).blocks]


def test_a_quote_that_opens_on_the_critics_view_speaks_for_what_they_attack():
    assert _placed(["Critics say a ban would empty the promenade.", "We have waited long enough."], PIER) == ["ban", "ban"]
    assert _placed(["Critics call the lease a giveaway."], MILL) == ["lease"]
    # The proposal both labels name, for and against: its critics attack the for side.
    assert _placed(["Opponents claim the toll will drive shoppers away."], TOLL) == ["for"]


def test_critics_who_demand_or_a_view_on_anything_else_place_nothing():
    assert _placed(["Critics call for a ban by the summer."], PIER) == ["context"]
    assert _placed(["Critics say we should keep the pier as it is."], PIER) == ["context"]
    assert _placed(["Critics say the weather will decide it."], PIER) == ["context"]
    # Not opening on the critics, or not the speaker's quote.
    assert _placed(["The critics I meet say a ban would empty the promenade."], PIER) == ["context"]
    assert _placed(["Critics say a ban would empty the promenade."], PIER, kind="statement") == ["context"]
    # The mill is named by every label: no one position is attacked.
    assert _placed(["Critics say the mill is a ruin."], MILL) == ["context"]
