"""care_silence: stretches of a journey where a tier hears nothing.

For tier T, the touchpoints on some path from an entry with no action for T form a
subgraph U. A run of silence starts at a touchpoint of U that is an entry or follows a
covered touchpoint; its length is the longest path inside U from there, counted in
touchpoints — unbounded when that path can reach a loop of U (found through the strongly
connected components of U). A run longer than `care_silence_limit` is a gap, reported
once at its first touchpoint.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from journey_designer.analysis import wording
from journey_designer.analysis.facts import Facts, number
from journey_designer.analysis.flow import JourneyFlow
from journey_designer.analysis.gaps import touchpoint_gap
from journey_designer.analysis.results import Gap


@dataclass(frozen=True, slots=True)
class SilentRun:
    """A run of touchpoints without an action for a tier (journey-local numbering)."""

    start: int
    length: float  # touchpoints; inf when the run can go round a loop
    end: int | None  # last touchpoint of the longest finite run


def silent_runs(flow: JourneyFlow, uncovered: np.ndarray, limit: int) -> tuple[SilentRun, ...]:
    """The runs longer than `limit` in one journey, for one tier's `uncovered` mask."""
    graph = flow.graph
    silent = uncovered & flow.reachable
    if not silent.any():
        return ()
    src, tgt = graph.src, graph.tgt
    starts = {e for e in graph.entries if silent[e]}
    starts.update(tgt[silent[tgt] & ~silent[src] & flow.reachable[src]].tolist())
    inner = silent[src] & silent[tgt]
    sub = nx.DiGraph()
    sub.add_nodes_from(np.nonzero(silent)[0].tolist())
    sub.add_edges_from(zip(src[inner].tolist(), tgt[inner].tolist(), strict=True))
    length, following = _longest_paths(sub, graph.size)
    runs = []
    for start in sorted(starts):
        if length[start] > limit:
            runs.append(SilentRun(start, length[start], _end(start, length, following)))
    return tuple(runs)


def _longest_paths(sub: nx.DiGraph, size: int) -> tuple[list[float], list[int]]:
    """Longest path (in nodes) from every node, and the next node along it (-1: none).

    Nodes on a loop, and nodes from which a loop can be reached, have no longest path
    (inf); the other nodes form a DAG, solved in reverse topological order.
    """
    looping = [n for c in nx.strongly_connected_components(sub) if len(c) > 1 for n in c]
    looping += list(nx.nodes_with_selfloops(sub))
    pred = sub.pred
    endless = set(looping)
    stack = list(endless)
    while stack:
        for before in pred[stack.pop()]:
            if before not in endless:
                endless.add(before)
                stack.append(before)
    length = [0.0] * size
    following = [-1] * size
    for node in endless:
        length[node] = math.inf
    succ = sub.succ
    for node in reversed(_topological(sub, endless)):
        best, best_next = 0.0, -1
        for nxt in succ[node]:
            if length[nxt] > best:
                best, best_next = length[nxt], nxt
        length[node] = 1.0 + best
        following[node] = best_next
    return length, following


def _topological(sub: nx.DiGraph, skip: set[int]) -> list[int]:
    """Kahn's order of the nodes not in `skip` (which contain every loop)."""
    indegree = {n: 0 for n in sub if n not in skip}
    for node in indegree:
        for nxt in sub.succ[node]:
            if nxt in indegree:
                indegree[nxt] += 1
    ready = [n for n, d in indegree.items() if d == 0]
    order: list[int] = []
    while ready:
        node = ready.pop()
        order.append(node)
        for nxt in sub.succ[node]:
            if nxt in indegree:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
    return order


def _end(start: int, length: list[float], following: list[int]) -> int | None:
    if math.isinf(length[start]):
        return None
    node = start
    while following[node] >= 0:
        node = following[node]
    return node


def silence_gaps(f: Facts, tiers: Sequence[int], runs_of: SilenceSource) -> list[Gap]:
    """care_silence gaps of `tiers` in every journey, touchpoint by touchpoint."""
    limit = int(number(f.project.settings.care_silence_limit))
    found: list[tuple[int, int, Gap]] = []
    offset = 0
    for flow in f.flows:
        n = flow.graph.size
        for t in tiers:
            uncovered = ~f.covered[t, offset:offset + n]
            for run in runs_of(flow, uncovered, limit):
                found.append((offset + run.start, t, _gap(f, t, offset, run, limit)))
        offset += n
    return [gap for _, _, gap in sorted(found, key=lambda item: item[:2])]


class SilenceSource:
    """Computes runs, remembering them per (paths of the journey, uncovered mask, limit).

    Runs depend on which transitions exist, not on their shares, so editing a share
    (or anything but paths, entries and the tier's coverage) reuses them.
    """

    def __init__(self, size: int = 256) -> None:
        self._runs: dict[tuple[bytes, bytes, int], tuple[SilentRun, ...]] = {}
        self._size = size

    def __call__(self, flow: JourneyFlow, uncovered: np.ndarray,
                 limit: int) -> tuple[SilentRun, ...]:
        key = (flow.graph.topology, np.packbits(uncovered).tobytes(), limit)
        found = self._runs.get(key)
        if found is None:
            found = silent_runs(flow, uncovered, limit)
            if len(self._runs) >= self._size:
                self._runs.pop(next(iter(self._runs)))
            self._runs[key] = found
        return found


def _gap(f: Facts, t: int, offset: int, run: SilentRun, limit: int) -> Gap:
    g = offset + run.start
    tier, start, lang = f.tier_names[t], f.tps[g].name, f.project.locale
    if math.isinf(run.length):
        message = wording.silent_loop(lang, tier, start)
    else:
        end = f.tps[offset + run.end].name if run.end is not None else start
        message = wording.silent_run(lang, tier, run.length, start, end, limit)
    return touchpoint_gap(f, "care_silence", g, message, tier=t, figure=run.length)
