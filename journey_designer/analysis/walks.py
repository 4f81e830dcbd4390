"""Seeded walks of simulated customers through one journey, redone after an edit only for
the customers the edit can change.

Customer c's random draw at step k is a function of (seed, c, k) alone (a counter-based
generator: splitmix64 of the pair), and the choice at a touchpoint depends only on that
touchpoint's own shares. So a customer's walk does not depend on the other customers, and
after a change of shares only the customers who visited a touchpoint whose shares changed
can walk differently: they walk again, the others keep their walks, and the result is
exactly that of walking everybody again (customers.py keeps the walks and redoes them).
"""

from __future__ import annotations

import numpy as np

from journey_designer.analysis.graph import JourneyGraph

MAX_STEPS = 1_000  # a simulated customer stops after this many touchpoints
MAX_VISITS = 5_000_000  # and the simulation stops when this many visits are made (memory)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_STEP = np.uint64(0x8CB92BA72F3D8DD7)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_MASK = (1 << 64) - 1
_MIXERS = np.random.default_rng(20261201).integers(1, 2**63, size=MAX_STEPS, dtype=np.uint64)


def uniform(seed: int, who: np.ndarray, step: int | np.ndarray) -> np.ndarray:
    """Customer `who`'s draw at `step` in [0, 1), 32 bits (so node + u is exact)."""
    base = np.uint64((seed * 0xD1B54A32D192ED03) & _MASK)
    with np.errstate(over="ignore"):  # wrapping around is the point of a hash
        salt = (np.asarray(step).astype(np.uint64) + np.uint64(1)) * _STEP + base
        x = who.astype(np.uint64) * _GOLDEN + salt
        x ^= x >> np.uint64(30)
        x *= _M1
        x ^= x >> np.uint64(27)
        x *= _M2
        x ^= x >> np.uint64(31)
    return (x >> np.uint64(32)).astype(np.float64) * 2.0**-32


def edge_table(graph: JourneyGraph) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Transitions ordered by source: (source, target, share, key). The key of an edge is
    its source plus the shares of its source's edges up to and including it, summed within
    the source alone (so one touchpoint's keys never move when another's shares change):
    one searchsorted of (node + u) finds the edge a draw u picks."""
    order = np.argsort(graph.src, kind="stable")
    src, tgt, share = graph.src[order], graph.tgt[order], graph.share[order].astype(np.float64)
    first = np.searchsorted(src, src)
    rank = np.arange(len(src)) - first
    within = share.copy()
    for r in range(1, int(rank.max()) + 1 if len(rank) else 0):
        at = np.nonzero(rank == r)[0]
        within[at] = within[at - 1] + share[at]
    return src, tgt, share, src + within


def _mixed(node: np.ndarray, mixer: np.uint64) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (node.astype(np.uint64) + _GOLDEN) * (mixer | np.uint64(1))


def following(table: tuple[np.ndarray, ...], stop: np.ndarray, node: np.ndarray,
              u: np.ndarray) -> np.ndarray:
    """The touchpoint each customer at `node` goes to with draw `u`; -1: the walk ends."""
    if not len(table[3]):
        return np.full(len(node), -1, dtype=np.int64)
    going, edge = _chosen(table, stop, node, u)
    return np.where(going, table[1][edge], -1)


def _chosen(table: tuple[np.ndarray, ...], stop: np.ndarray, node: np.ndarray,
            u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which customers at `node` go on with draw `u`, and by which edge (where they do)."""
    src, tgt, _, keys = table
    pick = np.searchsorted(keys, node + u, side="right")
    edge = np.minimum(pick, len(keys) - 1)
    going = (pick < len(keys)) & (src[edge] == node)
    going[going] &= ~stop[tgt[edge[going]]]
    return going, edge


def walk(graph: JourneyGraph, table: tuple[np.ndarray, ...], stop: np.ndarray, seed: int,
          ids: np.ndarray, guard: bool) -> tuple[list[tuple[np.ndarray, np.ndarray]],
                                                 np.ndarray, np.ndarray, bool]:
    """Walk customers `ids`: the steps (slot, node) and each slot's digest and length."""
    keys = table[3]
    entries = np.array(graph.entries, dtype=np.int64)
    n = len(ids)
    current = entries[np.minimum((uniform(seed, ids, 0) * len(entries)).astype(np.int64),
                                 len(entries) - 1)]
    slot = np.arange(n, dtype=np.int64)
    digest = _mixed(current, _MIXERS[0])
    length = np.ones(n, dtype=np.int64)
    steps = [(slot, current.astype(np.int32))]
    made, truncated = n, False
    for step in range(1, MAX_STEPS):
        if not len(keys) or not len(slot):
            break
        if guard and made > MAX_VISITS:
            truncated = True
            break
        going, edge = _chosen(table, stop, current, uniform(seed, ids[slot], step))
        if not going.any():
            break
        current = table[1][edge[going]]
        slot = slot[going]
        made += len(slot)
        digest[slot] += _mixed(current, _MIXERS[step])
        length[slot] += 1
        steps.append((slot, current.astype(np.int32)))
    return steps, digest ^ length.astype(np.uint64), length, truncated


def laid_out(steps: list[tuple[np.ndarray, np.ndarray]], length: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray]:
    """The walked steps as (start, node): slot s's visits are node[start[s]:start[s + 1]]."""
    start = np.zeros(len(length) + 1, dtype=np.int64)
    np.cumsum(length, out=start[1:])
    node = np.empty(int(start[-1]), dtype=np.int32)
    for step, (slot, at) in enumerate(steps):
        node[start[slot] + step] = at
    return start, node
