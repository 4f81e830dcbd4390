"""The busiest-window contact count of each simulated path, reused across analyses.

A simulated path carries a digest that is the same in every simulation of its journey
(walks.py), and the count of a path depends only on the path and on the tier's contacts
at each touchpoint. After a change of shares most paths are paths already seen: only the
new ones are counted (`counted` says how many paths were counted in all).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from journey_designer.analysis.customers import CustomerPaths

Count = Callable[[CustomerPaths, int], "np.ndarray | None"]  # (paths, customers in all)
Ordered = Callable[[CustomerPaths], CustomerPaths]  # the paths ordered by touchpoint too


class PathCounts:
    """Counts per (journey, a tier's contacts, window), by path digest; least recently
    used dropped first beyond `size` entries."""

    def __init__(self, size: int = 64) -> None:
        self._known: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._size = size
        self.counted = 0

    def most(self, key: tuple, paths: CustomerPaths, count: Count, ordered: Ordered
             ) -> np.ndarray | None:
        """`count(ordered(paths))` per path, counting only paths not seen under `key` before."""
        n = paths.count
        if paths.digest is None:
            most = count(ordered(paths), n)
            self.counted += n if most is not None else 0
            return most
        most = np.zeros(n, dtype=np.int64)
        new = np.ones(n, dtype=bool)
        known = self._known.get(key)
        if known is not None and len(known[0]):
            digests, counts = known
            pos = np.minimum(np.searchsorted(digests, paths.digest), len(digests) - 1)
            found = digests[pos] == paths.digest
            most[found] = counts[pos[found]]
            new = ~found
        if new.any():
            fresh = np.nonzero(new)[0]
            counted = count(ordered(paths if len(fresh) == n else subset(paths, fresh)), n)
            if counted is None:
                return None
            most[fresh] = counted
            self.counted += len(fresh)
        self._known[key] = (paths.digest, most)
        self._known.move_to_end(key)
        if len(self._known) > self._size:
            self._known.popitem(last=False)
        return most


def subset(paths: CustomerPaths, which: np.ndarray) -> CustomerPaths:
    """The paths `which` alone, numbered from 0."""
    lengths = np.diff(paths.start)[which]
    start = np.zeros(len(which) + 1, dtype=np.int64)
    np.cumsum(lengths, out=start[1:])
    at = np.repeat(paths.start[which] - start[:-1], lengths) + np.arange(int(start[-1]))
    customer = np.repeat(np.arange(len(which), dtype=np.int32), lengths)
    return CustomerPaths(paths.method, paths.weight[which], start, paths.node[at], customer,
                         simulated=paths.simulated)
