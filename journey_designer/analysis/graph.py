"""A journey as a directed graph: touchpoints numbered 0..n-1, transitions with shares.

Only transitions with a positive share are paths customers take; broken references
(a transition to a touchpoint that does not exist) are left out here and reported by
validation. Shares are clamped to 0..1, repeated transitions add up, and a touchpoint
whose shares sum to more than 1 (validation allows a rounding excess) is scaled to 1.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from journey_designer.domain import Journey


@dataclass(frozen=True, slots=True, eq=False)
class JourneyGraph:
    """The structure of one journey, numbered for numpy."""

    ids: tuple[str, ...]
    index: dict[str, int]
    src: np.ndarray  # int64, one entry per transition with a positive share
    tgt: np.ndarray
    share: np.ndarray  # float64
    entries: tuple[int, ...]
    exits: tuple[int, ...]
    topology: bytes  # digest of the numbered paths and entries (not the shares, not the ids)

    @property
    def size(self) -> int:
        return len(self.ids)

    def digraph(self) -> nx.DiGraph:
        """A networkx graph of the touchpoints 0..n-1 (made on demand: caches keep arrays)."""
        graph = nx.DiGraph()
        graph.add_nodes_from(range(self.size))
        graph.add_edges_from(zip(self.src.tolist(), self.tgt.tolist(), strict=True))
        return graph

    def successors(self) -> list[list[int]]:
        return _adjacency(self.size, self.src, self.tgt)

    def predecessors(self) -> list[list[int]]:
        return _adjacency(self.size, self.tgt, self.src)


def fingerprint(journey: Journey) -> tuple:
    """Everything the graph and the reach depend on, as one hashable value.

    A cache keyed on it compares it in full on a hit, so equal keys mean equal structure.
    """
    return (
        tuple(tp.id for tp in journey.touchpoints),
        tuple((t.source, t.target, t.share) for t in journey.transitions),
        tuple(journey.entries),
        tuple(journey.exits),
    )


def build_graph(journey: Journey) -> JourneyGraph:
    """Number the touchpoints of `journey` and collect its usable transitions."""
    index: dict[str, int] = {}
    for tp in journey.touchpoints:
        index.setdefault(tp.id, len(index))
    ids = tuple(index)
    src, tgt, share = _edges(journey, index)
    entries = _positions(journey.entries, index)
    digest = hashlib.blake2b(digest_size=20)
    for part in (np.array([len(ids), *entries], dtype=np.int64), src, tgt):
        digest.update(part.tobytes())
        digest.update(b"|")
    return JourneyGraph(
        ids=ids, index=index, src=src, tgt=tgt, share=share, entries=entries,
        exits=_positions(journey.exits, index), topology=digest.digest(),
    )


def _clamped(share: object) -> float:
    if isinstance(share, bool) or not isinstance(share, int | float) or math.isnan(share):
        return 0.0
    return min(1.0, max(0.0, float(share)))


def _edges(journey: Journey, index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    merged: dict[tuple[int, int], float] = {}
    for tr in journey.transitions:
        s, t = index.get(tr.source), index.get(tr.target)
        if s is not None and t is not None:
            merged[(s, t)] = merged.get((s, t), 0.0) + _clamped(tr.share)
    pairs = [(k, v) for k, v in merged.items() if v > 0]
    src = np.fromiter((k[0] for k, _ in pairs), dtype=np.int64, count=len(pairs))
    tgt = np.fromiter((k[1] for k, _ in pairs), dtype=np.int64, count=len(pairs))
    share = np.fromiter((v for _, v in pairs), dtype=np.float64, count=len(pairs))
    if len(share):
        total = np.bincount(src, weights=share, minlength=len(index))
        share = share / np.maximum(total[src], 1.0)
    return src, tgt, share


def _positions(ids: Iterable[str], index: dict[str, int]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(index[i] for i in ids if i in index))


def _adjacency(n: int, frm: np.ndarray, to: np.ndarray) -> list[list[int]]:
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(frm.tolist(), to.tolist(), strict=True):
        adj[a].append(b)
    return adj


def closure(adjacency: Sequence[Sequence[int]], sources: Iterable[int]) -> np.ndarray:
    """Which nodes can be reached from `sources` (included) along `adjacency`."""
    seen = bytearray(len(adjacency))
    stack = list(dict.fromkeys(sources))
    for node in stack:
        seen[node] = 1
    while stack:
        for nxt in adjacency[stack.pop()]:
            if not seen[nxt]:
                seen[nxt] = 1
                stack.append(nxt)
    return np.frombuffer(bytes(seen), dtype=np.uint8).astype(bool)


def component_order(graph: nx.DiGraph, size: int | None = None
                    ) -> tuple[list[list[int]], np.ndarray]:
    """Strongly connected components in topological order, and each node's component.

    Nodes are ints below `size` (default: the number of nodes); absent ones get -1.
    """
    comps = [sorted(c) for c in nx.strongly_connected_components(graph)]
    dag = nx.condensation(graph, scc=comps)
    order = [comps[c] for c in nx.topological_sort(dag)]
    comp_of = np.full(graph.number_of_nodes() if size is None else size, -1, dtype=np.int64)
    for k, members in enumerate(order):
        comp_of[members] = k
    return order, comp_of
