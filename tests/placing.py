"""What the placement tests share: a spec of two sides on a made-up tunnel,
with two cues each, and a block said by one speaker."""

from briefing.model import Block, PositionSpec

SPECS = (
    PositionSpec("yes", "For the tunnel", ("faster trains", "fewer lorries")),
    PositionSpec("no", "Against the tunnel", ("waste of money", "flood the valley")),
)


def make_block(text: str, speaker: str = "Ona Brisk", kind: str = "quote", n: int = 1) -> Block:
    """Block ``B<n>`` of ``speaker`` saying ``text``, the ``n``-th of its paragraph."""
    return Block(f"B{n}", kind, speaker, text, ("S1",), (0, 0, n, 0))
