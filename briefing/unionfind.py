"""Union-find over items numbered 0..n-1: pairs in, groups out.

``merge`` joins the wordings that say the same thing; ``neutrality`` joins
the figures that report the same quantity. A set's root is its lowest
item, so the groups do not depend on the order of the unions.
"""

from __future__ import annotations


class UnionFind:
    """Disjoint sets of the items 0..size-1, with path halving."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
